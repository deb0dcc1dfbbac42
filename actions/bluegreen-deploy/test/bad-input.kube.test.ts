// Bad input: every case fails before any change, with exit code 1, one clear ::error:: that
// names the input or file and says what is valid, and no stack trace. The namespace's objects
// are compared before and after each run through the API.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestNamespace, deleteTestNamespace, gatewayApiVersion, KubeHttp, startControlPlane, useTestCluster, waitFor } from '../../../test/kube/index.ts';
import type { ClusterLease, KubeList, KubeObject } from '../../../test/kube/index.ts';
import type { RunActionResult } from '../../../test/support/runner/index.ts';
import { appManifests, runDeploy, Workspace } from './support/scenario.ts';
import type { AppManifestOptions } from './support/scenario.ts';

let lease: ClusterLease;
let http: KubeHttp;
let ns: string;
const ws = new Workspace();
const created: string[] = [];

const APP = 'shop';

beforeAll(async () => {
  lease = await useTestCluster();
  http = new KubeHttp({ server: lease.info.server, token: lease.info.admin.token, ca: lease.info.caPem });
  ns = await createTestNamespace(http, 'bg-bad');
  created.push(ns);
  ws.write('deploy/v1.yaml', appManifests({ app: APP, image: 'sample-app:v1', replicas: 1 }));
  const first = await runDeploy({ workspace: ws, kubeconfig: lease.info.kubeconfig, inputs: { namespace: ns, service: APP, manifests: 'deploy/v1.yaml', timeout: '60s' } });
  expect(first.exitCode, first.stdout + first.stderr).toBe(0);
  expect(first.outputs['result']).toBe('promoted');
}, 180_000);

afterAll(async () => {
  for (const n of created) await deleteTestNamespace(http, n);
  ws.dispose();
  await lease.release();
});

/** What a change would show: every Deployment, ReplicaSet and Service with its resourceVersion. */
async function snapshot(namespace: string, kube: KubeHttp = http): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const [kind, path] of [['Deployment', `/apis/apps/v1/namespaces/${namespace}/deployments`], ['ReplicaSet', `/apis/apps/v1/namespaces/${namespace}/replicasets`], ['Service', `/api/v1/namespaces/${namespace}/services`], ['ConfigMap', `/api/v1/namespaces/${namespace}/configmaps`]] as const) {
    const list = await kube.get<KubeList<KubeObject>>(path);
    for (const item of list.items) out[`${kind}/${item.metadata.name}`] = item.metadata.resourceVersion ?? '';
  }
  return out;
}

async function leaseHolder(namespace: string, kube: KubeHttp = http): Promise<string | undefined> {
  const l = await kube.find<{ spec?: { holderIdentity?: string } }>(`/apis/coordination.k8s.io/v1/namespaces/${namespace}/leases/bluegreen-${APP}`);
  return l?.spec?.holderIdentity;
}

function run(inputs: Record<string, string>, namespace = ns, kubeconfig = lease.info.kubeconfig): Promise<RunActionResult> {
  return runDeploy({ workspace: ws, kubeconfig, timeoutMs: 60_000, inputs: { namespace, service: APP, manifests: 'deploy/v1.yaml', timeout: '30s', ...inputs } });
}

/** Exit 1, exactly one error annotation matching `message` (and its title or file), and no stack trace anywhere. */
function expectRefused(result: RunActionResult, message: RegExp, where: { title?: string; file?: string }): void {
  const log = result.stdout + result.stderr;
  expect(result.exitCode, log).toBe(1);
  expect(result.timedOut).toBe(false);
  const errors = result.annotations.filter((a) => a.level === 'error');
  expect(errors.length, log).toBeGreaterThan(0);
  const first = errors[0];
  expect(first?.message, log).toMatch(message);
  if (where.title !== undefined) expect(first?.title, log).toBe(where.title);
  if (where.file !== undefined) expect(first?.file, log).toBe(where.file);
  expect(log).not.toContain('Unexpected error');
  expect(log).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  expect(log).not.toMatch(/%0A\s+at /);
  expect(result.outputs['result']).toBeUndefined();
}

async function expectUnchanged(namespace: string, before: Record<string, string>, kube: KubeHttp = http): Promise<void> {
  expect(await snapshot(namespace, kube)).toEqual(before);
  expect(await leaseHolder(namespace, kube) ?? '').toBe('');
}

describe('bad input fails before any change', () => {
  it('refuses manifests without a Deployment matching the service', async () => {
    ws.write('deploy/other.yaml', appManifests({ app: 'cart', image: 'sample-app:v2', replicas: 1, service: false }));
    const before = await snapshot(ns);
    const result = await run({ manifests: 'deploy/other.yaml' });
    expectRefused(result, /no Deployment whose pod labels match Service 'shop'.*Deployments found: cart/, { title: "Input 'manifests'" });
    await expectUnchanged(ns, before);
  });

  it.each([
    ['10,5,100', /goes from 10% to 5%/],
    ['0', /has 0%, outside 1\.\.100/],
    ['150', /has 150%, outside 1\.\.100/],
    ['abc', /'abc', which is not a whole number/],
  ])('refuses traffic-steps %s', async (steps, problem) => {
    const before = await snapshot(ns);
    const result = await run({ 'traffic-steps': steps, 'route-method': 'gateway-api' });
    expectRefused(result, problem, { title: "Input 'traffic-steps'" });
    expect(result.annotations.find((a) => a.level === 'error')?.message).toContain('such as 10,50,100');
    await expectUnchanged(ns, before);
  });

  it('refuses an unknown route-method, listing the valid ones', async () => {
    const before = await snapshot(ns);
    const result = await run({ 'route-method': 'istio' });
    expectRefused(result, /service.*gateway-api.*ingress-nginx/, { title: "Input 'route-method'" });
    await expectUnchanged(ns, before);
  });

  it('refuses route-method gateway-api when the cluster does not serve HTTPRoute', async () => {
    // The shared plane may have the Gateway API CRDs (other files install them), so this case gets
    // a control plane of its own that never had them: a real apiserver answering discovery.
    const plane = await startControlPlane();
    try {
      const kube = new KubeHttp({ server: plane.server, token: plane.admin.token, ca: plane.caPem });
      expect(await gatewayApiVersion(kube)).toBeUndefined();
      const fresh = await createTestNamespace(kube, 'bg-bad-gw');
      // The controller-manager publishes kube-root-ca.crt into a new namespace a moment after it
      // is created; the snapshot must not race that write, which is none of the action's doing.
      await waitFor('kube-root-ca.crt in the new namespace', async () => ((await kube.find(`/api/v1/namespaces/${fresh}/configmaps/kube-root-ca.crt`)) === undefined ? undefined : true), { timeoutMs: 30_000, intervalMs: 100 });
      const before = await snapshot(fresh, kube);
      const result = await run({ 'route-method': 'gateway-api' }, fresh, plane.kubeconfig);
      expectRefused(result, /route-method 'gateway-api' needs the Gateway API HTTPRoute CRD .*install the Gateway API CRDs, or use route-method 'service' or 'ingress-nginx'/, { title: "Input 'route-method'" });
      await expectUnchanged(fresh, before, kube);
    } finally {
      await plane.stop();
    }
  }, 120_000);

  it('refuses action: promote with nothing waiting for promotion', async () => {
    const before = await snapshot(ns);
    const result = await run({ action: 'promote' });
    expectRefused(result, /has no deploy waiting for promotion, so there is nothing to promote; deploy with auto-promote: false first/, { title: "Input 'action'" });
    await expectUnchanged(ns, before);
  });

  it.each([
    ['no readiness probe', ['readiness'], {}, /readiness-probe: .*container 'app' has no readinessProbe/],
    ['maxUnavailable unset', ['max-unavailable'], {}, /max-unavailable: .*maxUnavailable is unset \(Kubernetes defaults it to 25%\); set it to 0/],
    ['no resources', ['resources'], {}, /resources: .*container 'app' has no resource requests or limits/],
    ['an image without a digest under require-digest', [], { 'require-digest': 'true' }, /image-digest: .*image 'sample-app:v2' has no @sha256: digest/],
  ] as [string, AppManifestOptions['omit'], Record<string, string>, RegExp][])('refuses preflight failure: %s', async (_name, omit, inputs, rule) => {
    ws.write('deploy/preflight.yaml', appManifests({ app: APP, image: 'sample-app:v2', replicas: 1, ...(omit === undefined ? {} : { omit }) }));
    const before = await snapshot(ns);
    const result = await run({ manifests: 'deploy/preflight.yaml', ...inputs });
    expectRefused(result, /^Preflight failed for .*; nothing was changed:$/, {});
    const errorLines = result.annotations.filter((a) => a.level === 'error').map((a) => a.message).join('\n');
    expect(errorLines).toMatch(rule);
    expect(errorLines).toContain('deploy/preflight.yaml');
    expect(errorLines).toContain("can be set to warning or off through the 'preflight' input");
    await expectUnchanged(ns, before);
  });

  it('refuses a namespace that does not exist', async () => {
    const missing = `${ns}-absent`;
    const result = await run({}, missing);
    expectRefused(result, new RegExp(`^Namespace '${missing}' does not exist, so there is nothing to deploy there and nothing was changed; create it first`), { title: "Input 'namespace'" });
    expect(await http.find(`/api/v1/namespaces/${missing}`)).toBeUndefined();
  });

  it('refuses a manifests path outside the workspace', async () => {
    const before = await snapshot(ns);
    const result = await run({ manifests: '../../etc/passwd' });
    expectRefused(result, /'\.\.\/\.\.\/etc\/passwd' resolves outside the workspace/, { title: "Input 'manifests'" });
    await expectUnchanged(ns, before);
  });

  it('refuses a truncated YAML manifest, naming the file and line', async () => {
    const whole = appManifests({ app: APP, image: 'sample-app:v2', replicas: 1 });
    // Cut inside a flow sequence so the document cannot parse.
    ws.write('deploy/truncated.yaml', `${whole.slice(0, whole.indexOf('containers:'))}containers: [{ name: app, image: "sample-app:v2`);
    const before = await snapshot(ns);
    const result = await run({ manifests: 'deploy/truncated.yaml' });
    expectRefused(result, /deploy\/truncated\.yaml/, { file: 'deploy/truncated.yaml' });
    const error = result.annotations.find((a) => a.level === 'error');
    expect(error?.line).toBeGreaterThan(0);
    await expectUnchanged(ns, before);
  });
});
