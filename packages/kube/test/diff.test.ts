import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../src/index.ts';
import { canonicalQuantity, diffObject, formatChange, normaliseQuantities, parseQuantity, secretRedactor } from '../src/index.ts';

interface Container {
  name: string;
  image: string;
  args: string[];
  ports?: { containerPort: number; protocol?: string }[];
  env: { name: string; value: string }[];
  resources: { requests: { cpu: number | string; memory: string } };
  [field: string]: unknown;
}

interface PodSpec {
  containers: Container[];
  tolerations: Record<string, unknown>[];
  [field: string]: unknown;
}

type Dep = KubeObject & {
  spec: { replicas: number; template: { metadata?: unknown; spec: PodSpec }; [field: string]: unknown };
};

const desired: Dep = {
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name: 'web', namespace: 'shop', labels: { app: 'web' } },
  spec: {
    replicas: 2,
    selector: { matchLabels: { app: 'web' } },
    template: {
      metadata: { labels: { app: 'web' } },
      spec: {
        containers: [{
          name: 'app',
          image: 'sample-app:v1',
          args: ['--port', '8080'],
          ports: [{ containerPort: 8080 }],
          env: [{ name: 'MODE', value: 'prod' }],
          resources: { requests: { cpu: 0.5, memory: '1Gi' } },
        }],
        tolerations: [{ key: 'dedicated', operator: 'Exists' }],
      },
    },
  },
};

/** What the apiserver hands back: defaults everywhere, canonical quantities, status and metadata of its own. */
function live(patch: (o: Dep) => void = () => undefined): KubeObject {
  const o = structuredClone(desired);
  o.metadata = { ...o.metadata, uid: 'u-1', resourceVersion: '42', generation: 3, creationTimestamp: '2024-01-01T00:00:00Z', annotations: { 'deployment.kubernetes.io/revision': '3' } };
  o.spec.strategy = { type: 'RollingUpdate', rollingUpdate: { maxSurge: '25%', maxUnavailable: '25%' } };
  o.spec.revisionHistoryLimit = 10;
  const c = o.spec.template.spec.containers[0]!;
  c.ports![0]!.protocol = 'TCP';
  c.resources.requests.cpu = '500m';
  c.imagePullPolicy = 'IfNotPresent';
  c.terminationMessagePath = '/dev/termination-log';
  o.spec.template.spec.tolerations[0]!['effect'] = '';
  o.spec.template.spec.dnsPolicy = 'ClusterFirst';
  o['status'] = { replicas: 2, availableReplicas: 2 };
  patch(o);
  return o;
}

describe('diffObject', () => {
  it('sees no change when the server only added defaults, status and metadata, or canonicalised quantities', () => {
    expect(diffObject(desired, live(), { fieldManager: 'pipeline' })).toEqual([]);
  });

  it('reports a whole-object add for an object that does not exist', () => {
    expect(diffObject(desired, undefined)).toEqual([{ path: '', kind: 'add', after: desired }]);
  });

  it('reports changed scalars, keyed list items by key, and atomic lists whole', () => {
    const changes = diffObject(desired, live((o) => {
      o.spec.replicas = 3;
      o.spec.template.spec.containers[0]!.image = 'sample-app:v0';
      o.spec.template.spec.containers[0]!.env = [{ name: 'MODE', value: 'dev' }];
      o.spec.template.spec.containers[0]!.args = ['--port', '9090'];
      o.spec.template.spec.containers[0]!.resources.requests.memory = '512Mi';
      o.metadata.labels = { app: 'web', extra: 'kept' };
    }));
    expect(changes).toEqual([
      { path: 'spec.replicas', kind: 'change', before: 3, after: 2 },
      { path: 'spec.template.spec.containers[name=app].image', kind: 'change', before: 'sample-app:v0', after: 'sample-app:v1' },
      { path: 'spec.template.spec.containers[name=app].args', kind: 'change', before: ['--port', '9090'], after: ['--port', '8080'] },
      { path: 'spec.template.spec.containers[name=app].env[name=MODE].value', kind: 'change', before: 'dev', after: 'prod' },
      { path: 'spec.template.spec.containers[name=app].resources.requests.memory', kind: 'change', before: '512Mi', after: '1Gi' },
    ]);
  });

  it('reports list items and fields that are missing live as adds, with readable paths for odd keys', () => {
    const want = structuredClone(desired);
    want.metadata.annotations = { 'app.kubernetes.io/version': '1.2' };
    const changes = diffObject(want, live((o) => {
      o.spec.template.spec.containers[0]!.env = [];
      o.spec.template.spec.tolerations = [];
    }));
    expect(changes).toEqual([
      { path: 'metadata.annotations["app.kubernetes.io/version"]', kind: 'add', after: '1.2' },
      { path: 'spec.template.spec.containers[name=app].env', kind: 'add', after: [{ name: 'MODE', value: 'prod' }] },
      { path: 'spec.template.spec.tolerations', kind: 'add', after: [{ key: 'dedicated', operator: 'Exists' }] },
    ]);
  });

  it('reports fields our manager owns but no longer sets as removals (managedFields)', () => {
    const want = structuredClone(desired);
    delete want.metadata.labels;
    want.spec.template.spec.containers[0]!.env = [];
    delete want.spec.template.spec.containers[0]!.ports;
    const have = live((o) => {
      o.spec.template.spec.containers[0]!.env.push({ name: 'OTHER', value: 'theirs' });
      o.metadata.managedFields = [
        { manager: 'pipeline', operation: 'Apply', fieldsType: 'FieldsV1', fieldsV1: {
          'f:metadata': { 'f:labels': { 'f:app': {} } },
          'f:spec': { 'f:replicas': {}, 'f:template': { 'f:spec': { 'f:containers': { 'k:{"name":"app"}': {
            '.': {}, 'f:env': { 'k:{"name":"MODE"}': { '.': {}, 'f:name': {}, 'f:value': {} } },
            'f:ports': { 'k:{"containerPort":8080,"protocol":"TCP"}': { '.': {}, 'f:containerPort': {} } },
          } } } } },
        } },
        // Fields another manager owns are never ours to remove.
        { manager: 'kubectl-edit', operation: 'Update', fieldsV1: { 'f:spec': { 'f:template': { 'f:spec': { 'f:containers': { 'k:{"name":"app"}': { 'f:env': { 'k:{"name":"OTHER"}': {} } } } } } } } },
      ];
    });
    expect(diffObject(want, have, { fieldManager: 'pipeline' })).toEqual([
      { path: 'metadata.labels', kind: 'remove', before: { app: 'web' } },
      { path: 'spec.template.spec.containers[name=app].env[name=MODE]', kind: 'remove', before: { name: 'MODE', value: 'prod' } },
      { path: 'spec.template.spec.containers[name=app].ports', kind: 'remove', before: [{ containerPort: 8080, protocol: 'TCP' }] },
    ]);
  });

  it('compares a Secret\'s stringData with the base64 data the server keeps, and redacts its values', () => {
    const secret: KubeObject = { apiVersion: 'v1', kind: 'Secret', metadata: { name: 's' }, stringData: { password: 'hunter2' } };
    const same = { ...secret, data: { password: Buffer.from('hunter2').toString('base64') } };
    delete (same as Record<string, unknown>)['stringData'];
    expect(diffObject(secret, same)).toEqual([]);
    const changes = diffObject(secret, { ...same, data: { password: Buffer.from('old').toString('base64') } });
    expect(changes.map((c) => formatChange(c, { redact: secretRedactor(secret) }))).toEqual(['~ data.password: (sensitive) → (sensitive)']);
  });

  it('formats changes one per line, cutting long values', () => {
    expect(formatChange({ path: 'spec.replicas', kind: 'change', before: 2, after: 3 })).toBe('~ spec.replicas: 2 → 3');
    expect(formatChange({ path: 'metadata.labels.tier', kind: 'add', after: 'gold' })).toBe('+ metadata.labels.tier: "gold"');
    expect(formatChange({ path: 'spec.paused', kind: 'remove', before: true })).toBe('- spec.paused (was true)');
    expect(formatChange({ path: 'x', kind: 'add', after: 'y'.repeat(300) }, { maxValueLength: 20 })).toBe(`+ x: "${'y'.repeat(18)}…`);
  });
});

describe('quantities', () => {
  it('parses values in every notation', () => {
    expect(parseQuantity('500m')).toBe(0.5);
    expect(parseQuantity('1Gi')).toBe(2 ** 30);
    expect(parseQuantity('1e3')).toBe(1000);
    expect(parseQuantity('1.5k')).toBe(1500);
    expect(parseQuantity(2)).toBe(2);
    expect(parseQuantity('lots')).toBeUndefined();
    expect(parseQuantity('1Gb')).toBeUndefined();
  });

  it('prints the apiserver\'s canonical form', () => {
    const cases: [string | number, string][] = [
      ['0.1', '100m'], [0.5, '500m'], ['1', '1'], [1, '1'], ['1000', '1k'], ['1500', '1500'], ['2000m', '2'],
      ['0.125Gi', '128Mi'], ['1024Mi', '1Gi'], ['1536', '1536'], ['1.5Gi', '1536Mi'], ['512Ki', '512Ki'], ['0.5Ki', '512'],
      ['1e3', '1e3'], ['1.5e3', '1500'], ['100Mi', '100Mi'], ['0', '0'], ['0.0000000001', '1n'], ['-1', '-1'], ['12Ti', '12Ti'],
    ];
    for (const [input, canonical] of cases) expect([input, canonicalQuantity(input)]).toEqual([input, canonical]);
    expect(canonicalQuantity('lots')).toBeUndefined();
  });

  it('writes the quantities of built-in kinds canonically before apply, and leaves other fields and kinds alone', () => {
    const quota = normaliseQuantities({ apiVersion: 'v1', kind: 'ResourceQuota', metadata: { name: 'q' }, spec: { hard: { cpu: 4, 'requests.memory': '0.5Gi', pods: 10 } } });
    expect(quota['spec']).toEqual({ hard: { cpu: '4', 'requests.memory': '512Mi', pods: '10' } });
    const limits = normaliseQuantities({ apiVersion: 'v1', kind: 'LimitRange', metadata: { name: 'l' }, spec: { limits: [{ type: 'Container', max: { cpu: 2 }, default: { memory: '0.25Gi' } }] } });
    expect(limits['spec']).toEqual({ limits: [{ type: 'Container', max: { cpu: '2' }, default: { memory: '256Mi' } }] });
    const deployment = normaliseQuantities(desired) as Dep;
    expect(deployment.spec.template.spec.containers[0]!.resources.requests).toEqual({ cpu: '500m', memory: '1Gi' });
    expect(deployment.spec.replicas).toBe(2);
    expect(desired.spec.template.spec.containers[0]?.resources.requests.cpu).toBe(0.5);
    const custom = { apiVersion: 'example.com/v1', kind: 'Widget', metadata: { name: 'w' }, spec: { hard: { cpu: 4 } } };
    expect(normaliseQuantities(custom)).toEqual(custom);
  });
});
