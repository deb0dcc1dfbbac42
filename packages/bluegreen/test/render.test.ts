import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '@pipeline/core';
import type { KubeObject, Manifest } from '@pipeline/kube';
import { render } from '../src/render.ts';
import type { RenderInput, ServiceObject } from '../src/render.ts';

function manifest(object: KubeObject, document: number): Manifest {
  return { object, source: { file: 'deploy/app.yaml', document, line: document * 10 } };
}

function userDeployment(options: { name?: string; labels?: Record<string, string>; image?: string; replicas?: number } = {}): KubeObject {
  const labels = options.labels ?? { app: 'shop' };
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: options.name ?? 'shop', labels: { team: 'checkout' }, annotations: { owner: 'ops' } },
    spec: {
      replicas: options.replicas ?? 2,
      selector: { matchLabels: { ...labels } },
      template: { metadata: { labels: { ...labels } }, spec: { containers: [{ name: 'app', image: options.image ?? 'shop:1' }] } },
    },
  };
}

const userService: KubeObject = {
  apiVersion: 'v1',
  kind: 'Service',
  metadata: { name: 'shop', labels: { team: 'checkout' }, annotations: { 'example.com/owner': 'ops' } },
  spec: { selector: { app: 'shop' }, ports: [{ name: 'http', port: 80, targetPort: 'http', nodePort: 30080 }], type: 'NodePort' },
};

const configMap: KubeObject = { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'shop-config' }, data: { a: '1' } };

function input(overrides: Partial<RenderInput> = {}): RenderInput {
  return {
    namespace: 'prod',
    service: 'shop',
    manifests: [manifest(userDeployment(), 1), manifest(userService, 2), manifest(configMap, 3)],
    live: undefined,
    colourLabel: 'color',
    target: 'green',
    serving: 'blue',
    ...overrides,
  };
}

function refusal(fn: () => unknown): ConfigurationError {
  try {
    fn();
  } catch (error) {
    if (error instanceof ConfigurationError) return error;
    throw error;
  }
  throw new Error('accepted');
}

describe('render', () => {
  it('names the colour Deployment after the user\'s and gives it the colour in labels, selector and pod labels', () => {
    const r = render(input(), undefined);
    expect(r.deploymentName).toBe('shop');
    expect(r.identity).toEqual({ app: 'shop' });
    expect(r.replicas).toBe(2);
    expect(r.source).toEqual({ file: 'deploy/app.yaml', document: 1, line: 10 });
    const d = r.deployment;
    expect(d.metadata).toEqual({
      name: 'shop-green',
      namespace: 'prod',
      labels: { team: 'checkout', 'app.kubernetes.io/managed-by': 'pipeline', 'pipeline.dev/service': 'shop', color: 'green', 'pipeline.dev/revision': r.revision },
      annotations: { owner: 'ops', 'pipeline.dev/revision': r.revision },
    });
    expect(d.spec?.selector).toEqual({ matchLabels: { app: 'shop', color: 'green' } });
    expect((d.spec?.['template'] as { metadata: unknown }).metadata).toEqual({ labels: { app: 'shop', color: 'green', 'pipeline.dev/revision': r.revision } });
    // The selector must not carry the revision: a Deployment's selector is immutable, the revision changes every deploy.
    expect(JSON.stringify(d.spec?.selector)).not.toContain('revision');
  });

  it('leaves out the metadata the server owns, so an exported manifest applies as a new object', () => {
    const exported = userDeployment();
    exported.metadata = {
      ...exported.metadata, namespace: 'staging', uid: '6f1c', resourceVersion: '4711', generation: 3, creationTimestamp: '2026-01-01T00:00:00Z', selfLink: '/apis/apps/v1/x',
      managedFields: [{ manager: 'kubectl', operation: 'Update' }],
    };
    const r = render(input({ manifests: [manifest(exported, 1), manifest(userService, 2), manifest(configMap, 3)] }), undefined);
    expect(Object.keys(r.deployment.metadata).sort()).toEqual(['annotations', 'labels', 'name', 'namespace']);
    expect(r.deployment.metadata.namespace).toBe('prod');
    expect(r.revision).toBe(render(input(), undefined).revision);
    const exportedMap = { ...configMap, metadata: { ...configMap.metadata, resourceVersion: '12', uid: 'a1' }, status: {} };
    const others = render(input({ manifests: [manifest(userDeployment(), 1), manifest(userService, 2), manifest(exportedMap, 3)] }), undefined).others;
    expect(others.map((m) => m.object)).toEqual([{ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'shop-config', namespace: 'prod' }, data: { a: '1' } }]);
  });

  it('renders one preview Service per colour selecting only that colour, without node ports', () => {
    const r = render(input(), undefined);
    for (const colour of ['blue', 'green'] as const) {
      expect(r.colourServices[colour]).toEqual({
        apiVersion: 'v1',
        kind: 'Service',
        metadata: { name: `shop-${colour}`, namespace: 'prod', labels: { 'app.kubernetes.io/managed-by': 'pipeline', 'pipeline.dev/service': 'shop', 'pipeline.dev/role': 'colour', color: colour } },
        spec: { selector: { app: 'shop', color: colour }, ports: [{ protocol: 'TCP', name: 'http', port: 80, targetPort: 'http' }] },
      });
    }
  });

  it('pins the stable Service to the colour that serves now, keeping the user\'s spec and annotations', () => {
    const r = render(input({ target: 'green', serving: 'blue' }), undefined);
    expect(r.stable).toEqual({
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: 'shop', namespace: 'prod', labels: { team: 'checkout' }, annotations: { 'example.com/owner': 'ops' } },
      spec: { selector: { app: 'shop', color: 'blue' }, type: 'NodePort', ports: [{ protocol: 'TCP', name: 'http', port: 80, targetPort: 'http', nodePort: 30080 }] },
    });
    // A first deploy serves the colour it deploys only once it is switched; the caller passes serving = target.
    expect(render(input({ target: 'blue', serving: 'blue' }), undefined).stable.spec?.selector).toEqual({ app: 'shop', color: 'blue' });
  });

  it('takes the stable Service from the cluster when the manifests leave it out, without its cluster IPs or our annotations', () => {
    const live: ServiceObject = {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: 'shop', namespace: 'prod', annotations: { 'pipeline.dev/active-color': 'green' }, resourceVersion: '9' },
      spec: { selector: { app: 'shop', colour: 'green' }, clusterIP: '10.0.0.7', clusterIPs: ['10.0.0.7'], ports: [{ port: 80 }] },
    };
    const r = render(input({ manifests: [manifest(userDeployment(), 1)], live, colourLabel: 'colour', target: 'blue', serving: 'green' }), undefined);
    expect(r.identity).toEqual({ app: 'shop' });
    expect(r.stable.metadata).toEqual({ name: 'shop', namespace: 'prod' });
    expect(r.stable.spec).toEqual({ selector: { app: 'shop', colour: 'green' }, ports: [{ protocol: 'TCP', port: 80 }] });
    expect(r.deployment.spec?.selector).toEqual({ matchLabels: { app: 'shop', colour: 'blue' } });
  });

  it('keeps the revision across colours and changes it with the pod template or the replicas', () => {
    const blue = render(input({ target: 'blue', serving: 'green' }), undefined).revision;
    const green = render(input(), undefined).revision;
    expect(blue).toMatch(/^[0-9a-f]{12}$/);
    expect(green).toBe(blue);
    const release = (deployment: KubeObject) => [manifest(deployment, 1), manifest(userService, 2), manifest(configMap, 3)];
    const withImage = (image: string) => render(input({ manifests: release(userDeployment({ image })) }), undefined).revision;
    expect(withImage('shop:1')).toBe(blue);
    expect(withImage('shop:2')).not.toBe(blue);
    expect(render(input({ manifests: [manifest(userDeployment({ replicas: 3 }), 1), manifest(userService, 2), manifest(configMap, 3)] }), undefined).revision).not.toBe(blue);
    // The other objects belong to the release too: a changed ConfigMap is a new revision.
    const changedMap = { ...configMap, data: { a: '2' } };
    expect(render(input({ manifests: [manifest(userDeployment(), 1), manifest(userService, 2), manifest(changedMap, 3)] }), undefined).revision).not.toBe(blue);
  });

  it('passes other objects through with the namespace filled in, and sets route objects apart', () => {
    const route: KubeObject = { apiVersion: 'gateway.networking.k8s.io/v1', kind: 'HTTPRoute', metadata: { name: 'shop' }, spec: {} };
    const crd: KubeObject = { apiVersion: 'apiextensions.k8s.io/v1', kind: 'CustomResourceDefinition', metadata: { name: 'x.example.com' } };
    const r = render(input({ manifests: [manifest(userDeployment(), 1), manifest(userService, 2), manifest(configMap, 3), manifest(route, 4), manifest(crd, 5)] }), undefined);
    expect(r.others.map((m) => [m.object.kind, m.object.metadata.namespace])).toEqual([['ConfigMap', 'prod'], ['CustomResourceDefinition', undefined]]);
    expect(r.routeObjects.map((m) => [m.object.kind, m.object.metadata.namespace])).toEqual([['HTTPRoute', 'prod']]);
    // A route with another name is not the service's route unless 'route' names it.
    expect(render(input({ manifests: [manifest(userDeployment(), 1), manifest(userService, 2), manifest(route, 4)] }), 'edge').routeObjects).toEqual([]);
  });

  it('refuses manifests without a Deployment matching the Service, naming manifests and the Deployments it saw', () => {
    const error = refusal(() => render(input({ manifests: [manifest(userDeployment({ name: 'cart', labels: { app: 'cart' } }), 1), manifest(userService, 2)] }), undefined));
    expect(error.input).toBe('manifests');
    expect(error.message).toBe('The manifests have no Deployment whose pod labels match Service \'shop\' (selector {"app":"shop"} plus the colour); Deployments found: cart. Add the service\'s Deployment, or fix \'service\'');
    const none = refusal(() => render(input({ manifests: [manifest(userService, 1)] }), undefined));
    expect(none.message).toContain('they contain no Deployment at all');
  });

  it('refuses two Deployments matching the Service, naming both with their documents', () => {
    const error = refusal(() => render(input({ manifests: [manifest(userDeployment(), 1), manifest(userDeployment({ name: 'shop-canary' }), 2), manifest(userService, 3)] }), undefined));
    expect(error.input).toBe('manifests');
    expect(error.message).toBe("Several Deployments in the manifests match Service 'shop': shop (deploy/app.yaml document #1 (line 10)), shop-canary (deploy/app.yaml document #2 (line 20)); a blue/green service has exactly one");
  });

  it('refuses a stable Service that is neither in the cluster nor in the manifests, or has no selector but the colour', () => {
    expect(refusal(() => render(input({ manifests: [manifest(userDeployment(), 1)] }), undefined)).message).toMatch(/^Service prod\/shop does not exist and the manifests do not define it/);
    const colourOnly = { ...userService, spec: { selector: { color: 'blue' }, ports: [] } };
    const error = refusal(() => render(input({ manifests: [manifest(userDeployment(), 1), manifest(colourOnly, 2)] }), undefined));
    expect(error.input).toBe('service');
    expect(error.message).toContain('has no selector besides the colour');
  });
});
