// Tenant waves through the bundle: tenant-isolate's tenants file (each tenant's namespace is its
// name) with `canary: [t1]` then `rest: ["*"]` deploys namespace by namespace, wave by wave, and a
// version that fails in the canary wave never reaches the later tenants.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestNamespace, deleteTestNamespace, KubeHttp, useTestCluster } from '../../../test/kube/index.ts';
import type { ClusterLease, KubeObject } from '../../../test/kube/index.ts';
import type { RunActionResult } from '../../../test/support/runner/index.ts';
import { appManifests, runDeploy, Workspace } from './support/scenario.ts';

const APP = 'shop';

let lease: ClusterLease;
let http: KubeHttp;
let tenants: string[] = [];
const ws = new Workspace();

interface Deploy extends KubeObject {
  spec: { replicas: number; template: { spec: { containers: { image: string }[] } } };
}
interface Svc extends KubeObject {
  spec: { selector: Record<string, string> };
}

beforeAll(async () => {
  lease = await useTestCluster();
  http = new KubeHttp({ server: lease.info.server, token: lease.info.admin.token, ca: lease.info.caPem });
  tenants = [await createTestNamespace(http, 'bg-wave-a'), await createTestNamespace(http, 'bg-wave-b'), await createTestNamespace(http, 'bg-wave-c')];
}, 180_000);

afterAll(async () => {
  for (const t of tenants) await deleteTestNamespace(http, t);
  ws.dispose();
  await lease.release();
});

function deployAll(image: string, options: { names?: string[]; inputs?: Record<string, string> } = {}): Promise<RunActionResult> {
  ws.write('deploy/app.yaml', appManifests({ app: APP, image, replicas: 1 }));
  // tenant-isolate's format: the tenant's name is its namespace; the other keys are tenant-isolate's own.
  const names = options.names ?? tenants;
  const tenantsYaml = ['tenants:', ...names.map((t, i) => `  - name: ${t}\n    tier: small\n    owners: { users: [user${i}@example.com], groups: [team-${i}] }`)].join('\n');
  return runDeploy({
    workspace: ws,
    kubeconfig: lease.info.kubeconfig,
    timeoutMs: 240_000,
    inputs: {
      service: APP, manifests: 'deploy/app.yaml', tenants: tenantsYaml, waves: `canary: [${names[0] ?? ''}]\nrest: ["*"]`, 'scale-down-delay': '0s', timeout: '60s', ...options.inputs,
    },
  });
}

const serviceVersion = async (namespace: string) => (await http.get<Svc>(`/api/v1/namespaces/${namespace}/services/${APP}`)).metadata.resourceVersion;

interface NamespaceResult {
  namespace: string;
  result: string;
  active: string | null;
}
interface Timing {
  namespace: string;
  kind: string;
}

const image = async (namespace: string, colour: string) => (await http.find<Deploy>(`/apis/apps/v1/namespaces/${namespace}/deployments/${APP}-${colour}`))?.spec.template.spec.containers[0]?.image;

describe('tenant waves', () => {
  it('deploys the canary tenant first, then the rest, one namespace at a time', async () => {
    const result = await deployAll('sample-app:v1');
    expect(result.exitCode, result.stdout + result.stderr).toBe(0);
    expect(result.outputs['result']).toBe('promoted');
    const results = JSON.parse(result.outputs['results'] ?? '[]') as NamespaceResult[];
    expect(results.map((r) => [r.namespace, r.result, r.active])).toEqual(tenants.map((t) => [t, 'promoted', 'blue']));
    // Wave by wave and namespace by namespace: each namespace's steps come as one block, in order.
    const timings = JSON.parse(result.outputs['step-timings'] ?? '[]') as Timing[];
    const order = timings.map((t) => t.namespace).filter((n, i, all) => all[i - 1] !== n);
    expect(order).toEqual(tenants);
    expect(timings.filter((t) => t.kind === 'promote').map((t) => t.namespace)).toEqual(tenants);
    const waveLines = result.stdout.split('\n').filter((l) => l.startsWith('Wave '));
    expect(waveLines).toEqual([`Wave 'canary': ${tenants[0] ?? ''}`, `Wave 'rest': ${tenants.slice(1).join(', ')}`]);
    for (const t of tenants) {
      expect(await image(t, 'blue')).toBe('sample-app:v1');
      expect((await http.get<Svc>(`/api/v1/namespaces/${t}/services/${APP}`)).spec.selector).toEqual({ app: APP, color: 'blue' });
    }
    expect(result.summary.match(/ {2}section /g)).toHaveLength(3);
  }, 240_000);

  it('stops after the canary wave when the new version fails there, leaving the later tenants untouched', async () => {
    const untouched = await Promise.all(tenants.slice(1).map(async (t) => (await http.get<Svc>(`/api/v1/namespaces/${t}/services/${APP}`)).metadata.resourceVersion));
    const result = await deployAll('sample-app:v2-crash');
    expect(result.exitCode, result.stdout + result.stderr).toBe(1);
    expect(result.outputs['result']).toBe('rolled-back');
    const results = JSON.parse(result.outputs['results'] ?? '[]') as NamespaceResult[];
    expect(results.map((r) => [r.namespace, r.result, r.active])).toEqual([[tenants[0], 'rolled-back', 'blue']]);
    const warning = result.annotations.find((a) => a.level === 'warning' && a.message.startsWith('Stopped after'));
    expect(warning?.message).toBe(`Stopped after ${tenants[0] ?? ''} rolled back; not deployed: ${tenants.slice(1).join(', ')}`);
    // The canary is back on v1; the others never saw v2.
    expect(await image(tenants[0] ?? '', 'blue')).toBe('sample-app:v1');
    expect((await http.get<Svc>(`/api/v1/namespaces/${tenants[0] ?? ''}/services/${APP}`)).spec.selector).toEqual({ app: APP, color: 'blue' });
    for (const [i, t] of tenants.slice(1).entries()) {
      expect(await http.find(`/apis/apps/v1/namespaces/${t}/deployments/${APP}-green`)).toBeUndefined();
      expect(await serviceVersion(t)).toBe(untouched[i]);
    }
  }, 240_000);

  it('refuses a tenant whose namespace does not exist before the first wave changes anything', async () => {
    const absent = `${tenants[2] ?? ''}-gone`;
    const before = await Promise.all(tenants.map(serviceVersion));
    const result = await deployAll('sample-app:v3', { names: [...tenants, absent] });
    expect(result.exitCode, result.stdout + result.stderr).toBe(1);
    const error = result.annotations.find((a) => a.level === 'error');
    expect(error?.title).toBe("Input 'tenants'");
    expect(error?.message).toBe(`Namespace '${absent}' does not exist, so there is nothing to deploy there and nothing was changed; create it first (tenant-isolate does, with quota and policies), or fix the tenants' names in 'tenants'`);
    expect(await Promise.all(tenants.map(serviceVersion))).toEqual(before);
    expect(result.outputs['results']).toBeUndefined();
  }, 60_000);

  it('reports the tenants it finished when a later one fails: here, another run holds the second tenant\'s lock', async () => {
    const [first = '', second = '', third = ''] = tenants;
    const now = new Date().toISOString().replace(/\.(\d{3})Z$/, '.$1000Z');
    // The earlier runs left the released Lease behind; another run takes it now.
    await http.mergePatch(`/apis/coordination.k8s.io/v1/namespaces/${second}/leases/bluegreen-${APP}`, {
      spec: { holderIdentity: 'https://github.com/acme/shop/actions/runs/1/attempts/1', leaseDurationSeconds: 300, acquireTime: now, renewTime: now },
    });
    const untouched = await serviceVersion(third);
    const result = await deployAll('sample-app:v3', { inputs: { 'lock-wait': 'false' } });
    expect(result.exitCode, result.stdout + result.stderr).toBe(1);
    const error = result.annotations.find((a) => a.level === 'error');
    expect(error?.title).toBe("Input 'lock-wait'");
    expect(error?.message).toContain('https://github.com/acme/shop/actions/runs/1/attempts/1');
    const results = JSON.parse(result.outputs['results'] ?? '[]') as NamespaceResult[];
    expect(results.map((r) => [r.namespace, r.result, r.active])).toEqual([[first, 'promoted', 'green']]);
    expect(result.outputs['result'] ?? '').toBe('');
    expect(result.summary).toContain(`section ${first}/${APP}`);
    expect(await image(first, 'green')).toBe('sample-app:v3');
    expect(await http.find(`/apis/apps/v1/namespaces/${second}/deployments/${APP}-green`)).toBeUndefined();
    expect(await serviceVersion(third)).toBe(untouched);
  }, 120_000);
});
