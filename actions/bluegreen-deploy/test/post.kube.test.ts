// The post: step (dist/bluegreen-deploy/post.js) with the main step's saved state and the same
// inputs, as the runner runs it: it scales the previous colour down once its scale-down-delay
// has passed, and releases a Lease that a killed main step still held.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestNamespace, deleteTestNamespace, KubeHttp, useTestCluster } from '../../../test/kube/index.ts';
import type { ClusterLease, KubeObject } from '../../../test/kube/index.ts';
import type { RunActionResult } from '../../../test/support/runner/index.ts';
import { appManifests, postEntry, runDeploy, Workspace } from './support/scenario.ts';

const APP = 'shop';

let lease: ClusterLease;
let http: KubeHttp;
const namespaces: string[] = [];
const ws = new Workspace();

interface Deploy extends KubeObject {
  spec: { replicas: number };
}
interface LeaseObject extends KubeObject {
  spec?: { holderIdentity?: string; leaseDurationSeconds?: number };
}

beforeAll(async () => {
  lease = await useTestCluster();
  http = new KubeHttp({ server: lease.info.server, token: lease.info.admin.token, ca: lease.info.caPem });
}, 180_000);

afterAll(async () => {
  for (const n of namespaces) await deleteTestNamespace(http, n);
  ws.dispose();
  await lease.release();
});

async function namespace(prefix: string): Promise<string> {
  const name = await createTestNamespace(http, prefix);
  namespaces.push(name);
  return name;
}

function inputsFor(ns: string, manifests: string, extra: Record<string, string> = {}): Record<string, string> {
  return { namespace: ns, service: APP, manifests, timeout: '60s', ...extra };
}

function main(ns: string, image: string, extra: Record<string, string> = {}, options: { timeoutMs?: number; env?: Record<string, string> } = {}): Promise<RunActionResult> {
  const file = `deploy/${ns}.yaml`;
  ws.write(file, appManifests({ app: APP, image, replicas: 1, ...(options.env === undefined ? {} : { env: options.env }) }));
  const guard = options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs };
  return runDeploy({ workspace: ws, kubeconfig: lease.info.kubeconfig, inputs: inputsFor(ns, file, extra), ...guard });
}

/** The post step gets the main step's state and the same inputs, as on a runner. */
function post(ns: string, mainRun: RunActionResult, extra: Record<string, string> = {}): Promise<RunActionResult> {
  return runDeploy({ workspace: ws, kubeconfig: lease.info.kubeconfig, entryPath: postEntry, state: mainRun.state, inputs: inputsFor(ns, `deploy/${ns}.yaml`, extra), timeoutMs: 60_000 });
}

const replicas = async (ns: string, colour: string) => (await http.get<Deploy>(`/apis/apps/v1/namespaces/${ns}/deployments/${APP}-${colour}`)).spec.replicas;
const annotations = async (ns: string) => (await http.get<KubeObject>(`/api/v1/namespaces/${ns}/services/${APP}`)).metadata.annotations ?? {};
const holder = async (ns: string) => (await http.find<LeaseObject>(`/apis/coordination.k8s.io/v1/namespaces/${ns}/leases/bluegreen-${APP}`))?.spec?.holderIdentity;

function ok(result: RunActionResult): void {
  expect(result.exitCode, result.stdout + result.stderr).toBe(0);
  expect(result.annotations.filter((a) => a.level === 'error')).toEqual([]);
}

describe('the post step', () => {
  it('has nothing to scale down after scale-down-delay: 0s, which the main step did itself', async () => {
    const ns = await namespace('bg-post-zero');
    ok(await main(ns, 'sample-app:v1', { 'scale-down-delay': '0s' }));
    const second = await main(ns, 'sample-app:v2', { 'scale-down-delay': '0s' });
    ok(second);
    expect(await replicas(ns, 'blue')).toBe(0);
    expect((await annotations(ns))['pipeline.dev/scale-down-at']).toBeUndefined();
    const after = await post(ns, second, { 'scale-down-delay': '0s' });
    ok(after);
    expect(await replicas(ns, 'green')).toBe(1);
    expect(await holder(ns)).toBe('');
  }, 120_000);

  it('scales the previous colour down once scale-down-delay has passed, and not before', async () => {
    const ns = await namespace('bg-post-delay');
    ok(await main(ns, 'sample-app:v1', { 'scale-down-delay': '2s' }));
    const second = await main(ns, 'sample-app:v2', { 'scale-down-delay': '2s' });
    ok(second);
    expect(second.outputs['previous-color']).toBe('blue');
    const at = (await annotations(ns))['pipeline.dev/scale-down-at'];
    expect(at).toBeDefined();
    expect(second.state['bluegreen-locks']).toContain(ns);

    // Still inside the delay (the main step only just promoted): the previous colour stays warm.
    const early = Date.parse(at ?? '') - Date.now();
    if (early > 300) {
      ok(await post(ns, second, { 'scale-down-delay': '2s' }));
      expect(await replicas(ns, 'blue')).toBe(1);
    }

    await new Promise((resolve) => setTimeout(resolve, Math.max(0, Date.parse(at ?? '') - Date.now()) + 200));
    const late = await post(ns, second, { 'scale-down-delay': '2s' });
    ok(late);
    expect(late.stdout).toMatch(new RegExp(`Scaled ${APP}-blue down: its scale-down-delay ended at `));
    expect(await replicas(ns, 'blue')).toBe(0);
    expect(await replicas(ns, 'green')).toBe(1);
    const after = await annotations(ns);
    expect(after['pipeline.dev/scale-down-at']).toBeUndefined();
    expect(after['pipeline.dev/active-color']).toBe('green');
  }, 120_000);

  it('releases the Lease that a killed main step still held', async () => {
    const ns = await namespace('bg-post-kill');
    ok(await main(ns, 'sample-app:v1', { 'scale-down-delay': '0s' }));
    // v2 never becomes ready, so the main step is still waiting for the rollout, lock held, when it is killed.
    const killed = await main(ns, 'sample-app:v2', { 'scale-down-delay': '0s', 'lock-ttl': '60s' }, { timeoutMs: 8000, env: { READY_AFTER_MS: '600000' } });
    expect(killed.timedOut).toBe(true);
    expect(killed.exitCode).not.toBe(0);
    const held = await holder(ns);
    expect(held).toMatch(/^https:\/\/github\.com\/acme\/shop\/actions\/runs\/\d+\/attempts\/1$/);
    expect(JSON.parse(killed.state['bluegreen-locks'] ?? '[]')).toEqual([{ namespace: ns, service: APP, identity: held }]);

    const after = await post(ns, killed, { 'scale-down-delay': '0s' });
    ok(after);
    expect(after.stdout).toContain(`Released the lock on ${ns}/${APP}, which the main step still held`);
    expect(await holder(ns)).toBe('');
    // The interrupted deploy is left for the next run's on-interrupted policy: post does not guess.
    expect(JSON.parse((await annotations(ns))['pipeline.dev/progress'] ?? '{}')).toMatchObject({ target: 'green', phase: 'rollout' });
    expect(await replicas(ns, 'blue')).toBe(1);

    // And the next run gets the lock at once instead of waiting out the TTL, and rolls the interrupted deploy back.
    const next = await main(ns, 'sample-app:v2', { 'scale-down-delay': '0s', 'lock-wait': 'false' });
    ok(next);
    expect(next.stdout).toMatch(/was interrupted at rollout; rolling it back first/);
    expect(next.outputs['result']).toBe('promoted');
    expect(next.outputs['active-color']).toBe('green');
    expect((await annotations(ns))['pipeline.dev/progress']).toBeUndefined();
  }, 120_000);

  it('does nothing without saved state', async () => {
    const ns = await namespace('bg-post-none');
    const result = await runDeploy({ workspace: ws, kubeconfig: lease.info.kubeconfig, entryPath: postEntry, inputs: inputsFor(ns, 'deploy/none.yaml') });
    ok(result);
    expect(result.stdout).not.toContain('Released');
  }, 60_000);
});
