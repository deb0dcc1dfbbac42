// Proof "Concurrency": runs on one service are serialised by the Lease lock. Five simultaneous
// runs each deploy in turn; a run that may not wait fails at once naming the holder's run; a
// lock left by a dead run is taken over once its TTL has passed. Who held the lock when each
// change was written is read from the apiserver's own history (one resourceVersion order for the
// Lease and the Service), not from the runs' logs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestNamespace, deleteTestNamespace, KubeHttp, startFaultProxy, useTestCluster } from '../../../test/kube/index.ts';
import type { ClusterLease, FaultProxy, KubeObject } from '../../../test/kube/index.ts';
import { guardRoute } from '../../../test/kube/route-guard.ts';
import type { RecordedChange, RouteGuard } from '../../../test/kube/route-guard.ts';
import type { RunActionResult } from '../../../test/support/runner/index.ts';
import { errorsOf, expectConverged, LEASE, lockIdentity, manifestsFor, readLease, runBg, runUrl, SERVICE } from './support/resilience.ts';
import { Workspace } from './support/scenario.ts';

const RUNS = 5;

let lease: ClusterLease;
let http: KubeHttp;
let ns: string;
let guard: RouteGuard;
let proxy: FaultProxy;
const ws = new Workspace();
let runs = 0;
let requests = 0;

beforeAll(async () => {
  lease = await useTestCluster();
  http = new KubeHttp({ server: lease.info.server, token: lease.info.admin.token, ca: lease.info.caPem });
  ns = await createTestNamespace(http, 'bg-lock');
  proxy = await startFaultProxy(lease.info);
  ws.write('deploy/r0.yaml', manifestsFor('v1', { release: 'r0' }));
  const first = await deploy('deploy/r0.yaml', 80_000, {});
  expect(first.exitCode, first.stdout + first.stderr).toBe(0);
  guard = await guardRoute({
    kube: http,
    namespace: ns,
    service: SERVICE,
    extra: [{ kind: 'Lease', path: `/apis/coordination.k8s.io/v1/namespaces/${ns}/leases`, fieldSelector: `metadata.name=${LEASE}` }],
  });
}, 180_000);

afterAll(async () => {
  guard.stop();
  await proxy.stop();
  console.log(`concurrency: ${runs} runs, ${requests} API requests by the runs; the observer saw ${guard.recorder.changes().length} changes`);
  await deleteTestNamespace(http, ns);
  ws.dispose();
  await lease.release();
});

async function deploy(manifests: string, runId: number, inputs: Record<string, string>, kubeconfig = lease.info.kubeconfig): Promise<RunActionResult> {
  runs += 1;
  const result = await runBg({ workspace: ws, kubeconfig, namespace: ns, manifests, runId, inputs: { timeout: '120s', ...inputs } });
  requests += Number(result.outputs['api-requests'] ?? 0);
  return result;
}

interface LeaseObject extends KubeObject {
  spec?: { holderIdentity?: string; renewTime?: string; acquireTime?: string; leaseDurationSeconds?: number; leaseTransitions?: number };
}

const holderOf = (c: RecordedChange): string => (c.object as LeaseObject | undefined)?.spec?.holderIdentity ?? '';
const progressRun = (o: KubeObject | undefined): string | undefined => {
  const text = o?.metadata.annotations?.['pipeline.dev/progress'];
  return text === undefined ? undefined : (JSON.parse(text) as { run: string }).run;
};
const ours = (o: KubeObject | undefined): string => JSON.stringify({
  selector: (o as { spec?: { selector?: unknown } } | undefined)?.spec?.selector,
  annotations: Object.entries(o?.metadata.annotations ?? {}).filter(([k]) => k.startsWith('pipeline.dev/')),
});

/**
 * Who held the lock, and who wrote the stable Service's selector or pipeline.dev annotations,
 * since `since`, in the apiserver's order; asserts that every such write happened while its
 * writer held the lock.
 */
function lockHistory(since: number): { holders: string[]; writers: string[] } {
  const changes = guard.recorder.changes().filter((c) => c.rv > since);
  const initial = guard.recorder.changes('Lease').filter((c) => c.rv <= since).at(-1);
  let holder = initial === undefined ? '' : holderOf(initial);
  let previous = guard.recorder.changes('Service').filter((c) => c.rv <= since).at(-1)?.object;
  const holders: string[] = [];
  const writers: string[] = [];
  for (const c of changes) {
    if (c.kind === 'Lease') {
      holder = holderOf(c);
      if (holder !== '') holders.push(holder);
      continue;
    }
    if (c.kind !== 'Service') continue;
    // A write carries its run in the progress it records. Clearing it is either the promotion, by the
    // run that recorded it, or the recovery of an interrupted run, whose reason names the recovering run.
    const reason = c.object?.metadata.annotations?.['pipeline.dev/rollback-reason'];
    const recoveredBy = reason === previous?.metadata.annotations?.['pipeline.dev/rollback-reason'] ? undefined : /rolled back by (\S+)$/.exec(reason ?? '')?.[1];
    const writer = progressRun(c.object) ?? recoveredBy ?? progressRun(previous);
    const changed = ours(c.object) !== ours(previous);
    previous = c.object;
    if (!changed || writer === undefined) continue;
    writers.push(writer);
    expect(holder, `the Service was changed by ${writer} at rv ${c.rv} while the lock was held by ${holder || 'nobody'}`).toBe(`${writer}/attempts/1`);
  }
  return { holders, writers };
}

/** Consecutive duplicates merged: [a, a, b, a] → [a, b, a]. */
const blocks = <T>(items: readonly T[]): T[] => items.filter((x, i) => i === 0 || items[i - 1] !== x);

describe('bluegreen-deploy lock', () => {
  it(`serialises ${RUNS} simultaneous runs on one service: each deploys in turn, alone, and the end state is whole`, async () => {
    const since = guard.recorder.changes().at(-1)?.rv ?? 0;
    const ids = Array.from({ length: RUNS }, (_, i) => 81_000 + i);
    ids.forEach((id, i) => ws.write(`deploy/r${i + 1}.yaml`, manifestsFor('v2', { release: `r${i + 1}` })));
    const results = await Promise.all(ids.map((id, i) => deploy(`deploy/r${i + 1}.yaml`, id, { 'lock-wait': 'true' })));
    results.forEach((r, i) => {
      expect(r.exitCode, `run ${ids[i] ?? ''}: ${errorsOf(r)}\n${r.stdout}`).toBe(0);
      expect(r.outputs['result']).toBe('promoted');
    });
    const waited = results.filter((r) => /is held by .*; waiting/.test(r.stdout)).length;
    expect(waited, 'all but the first run waited for the lock').toBeGreaterThanOrEqual(RUNS - 1);

    const { holders, writers } = lockHistory(since);
    // One turn each, in one piece: no run wrote between another's writes, and the lock passed from run to run.
    expect(blocks(holders).sort()).toEqual(ids.map((id) => lockIdentity(id)).sort());
    expect(blocks(writers).sort()).toEqual(ids.map((id) => runUrl(id)).sort());
    expect(blocks(writers).map((w) => `${w}/attempts/1`)).toEqual(blocks(holders));

    // The last to hold the lock deployed last: its release serves, with consistent annotations and selector.
    const last = ids.findIndex((id) => lockIdentity(id) === blocks(holders).at(-1));
    await expectConverged(http, ns, 'v2', `r${last + 1}`);
    expect(guard.violations()).toEqual([]);
    console.log(`lock order: ${blocks(holders).map((h) => h.replace(/^.*\/runs\//, 'run ')).join(' → ')}; ${waited} runs waited; ${writers.length} Service writes, each under its writer's lock`);
  }, 300_000);

  it('with lock-wait: false, a second run fails at once naming the holder and changes nothing', async () => {
    ws.write('deploy/slow.yaml', manifestsFor('v1', { release: 'slow', readyAfterMs: 4000 }));
    ws.write('deploy/eager.yaml', manifestsFor('v1', { release: 'eager' }));
    const holder = deploy('deploy/slow.yaml', 82_001, {});
    for (let i = 0; i < 200 && (await readLease(http, ns))?.spec?.holderIdentity !== lockIdentity(82_001); i++) await new Promise((r) => setTimeout(r, 50));
    expect((await readLease(http, ns))?.spec?.holderIdentity).toBe(lockIdentity(82_001));
    const since = guard.recorder.changes().at(-1)?.rv ?? 0;
    const eager = await deploy('deploy/eager.yaml', 82_002, { 'lock-wait': 'false' });
    expect(eager.exitCode).toBe(1);
    expect(eager.durationMs).toBeLessThan(5000);
    const error = eager.annotations.find((a) => a.level === 'error');
    expect(error?.message).toContain(runUrl(82_001));
    expect(error?.message).toContain('lock-wait');
    const first = await holder;
    expect(first.exitCode, errorsOf(first)).toBe(0);
    expect(first.outputs['result']).toBe('promoted');
    const touched = guard.recorder.changes('Service').filter((c) => c.rv > since && progressRun(c.object) === runUrl(82_002));
    expect(touched).toEqual([]);
    await expectConverged(http, ns, 'v1', 'slow');
    console.log(`lock-wait false: failed after ${Math.round(eager.durationMs)} ms with: ${error?.message ?? ''}`);
  }, 120_000);

  it('takes over a lock left by a dead run once its TTL has passed, and not before', async () => {
    const dead = 'https://github.com/acme/shop/actions/runs/1/attempts/1';
    const plant = async (renewedMsAgo: number, ttlSeconds: number): Promise<number> => {
      const current = await readLease(http, ns) as LeaseObject;
      const renewed = new Date(Date.now() - renewedMsAgo).toISOString().replace('Z', '000Z');
      await http.put(`/apis/coordination.k8s.io/v1/namespaces/${ns}/leases/${LEASE}`, {
        ...current,
        spec: { holderIdentity: dead, leaseDurationSeconds: ttlSeconds, acquireTime: renewed, renewTime: renewed, leaseTransitions: current.spec?.leaseTransitions ?? 0 },
      });
      return current.spec?.leaseTransitions ?? 0;
    };

    // Renewed a second ago with a 4 s TTL: the run must wait about 3 s, then take it over.
    ws.write('deploy/after-dead.yaml', manifestsFor('v2', { release: 'after-dead' }));
    const transitions = await plant(1000, 4);
    const expiresIn = 3000;
    const waited = await deploy('deploy/after-dead.yaml', 83_001, { 'lock-wait': 'true' });
    expect(waited.exitCode, errorsOf(waited)).toBe(0);
    expect(waited.stdout).toContain(`is held by ${dead}; waiting`);
    expect(waited.stdout).toContain(`acquired by ${lockIdentity(83_001)} (taken over after expiry)`);
    expect(waited.durationMs).toBeGreaterThan(expiresIn - 500);
    const after = await readLease(http, ns);
    expect(after?.spec?.leaseTransitions).toBeGreaterThan(transitions);
    await expectConverged(http, ns, 'v2', 'after-dead');

    // Long expired: taken over at once, even by a run that may not wait.
    ws.write('deploy/long-dead.yaml', manifestsFor('v1', { release: 'long-dead' }));
    await plant(60_000, 3);
    const immediate = await deploy('deploy/long-dead.yaml', 83_002, { 'lock-wait': 'false' });
    expect(immediate.exitCode, errorsOf(immediate)).toBe(0);
    expect(immediate.stdout).toContain('(taken over after expiry)');
    expect(immediate.stdout).not.toContain('is held by');
    await expectConverged(http, ns, 'v1', 'long-dead');
    expect(guard.violations()).toEqual([]);
    console.log(`stale lock: taken over after ${Math.round(waited.durationMs)} ms of a run (the lease had ${expiresIn} ms left); an expired one at once (${Math.round(immediate.durationMs)} ms run)`);
  }, 120_000);

  it('a run whose lock renewal hangs stops before its lease runs out and writes nothing after; the next run takes over and undoes its leftovers', async () => {
    ws.write('deploy/lost.yaml', manifestsFor('v2', { release: 'lost', readyAfterMs: 6000 }));
    ws.write('deploy/successor.yaml', manifestsFor('v2', { release: 'successor' }));
    const since = guard.recorder.changes().at(-1)?.rv ?? 0;
    // The first update of the Lease (the acquire) goes through; the first renewal hangs, as behind a dead apiserver.
    const hang = proxy.inject({ match: { verb: 'update', resource: 'leases', namespace: ns, name: LEASE }, fault: { kind: 'stall' }, nth: 2, times: 1 });
    const loser = deploy('deploy/lost.yaml', 84_001, { 'lock-wait': 'false' }, proxy.kubeconfig);
    for (let i = 0; i < 200 && (await readLease(http, ns))?.spec?.holderIdentity !== lockIdentity(84_001); i++) await new Promise((r) => setTimeout(r, 50));
    const successor = deploy('deploy/successor.yaml', 84_002, { 'lock-wait': 'true' });
    const [lost, next] = await Promise.all([loser, successor]);
    hang.remove();
    expect(hang.fired).toBe(1);
    expect(lost.exitCode).not.toBe(0);
    expect(lost.stdout).toMatch(/Lease .* lost: not renewed since/);
    expect(errorsOf(lost), 'the run says why it stopped').toMatch(/lease .* lost: not renewed since/);
    expect(lost.durationMs, 'the lost run stops instead of finishing its 6 s rollout').toBeLessThan(6000);
    expect(next.exitCode, errorsOf(next) + next.stdout).toBe(0);
    expect(next.outputs['result']).toBe('promoted');
    expect(next.stdout).toMatch(/was interrupted at rollout; rolling it back first/);
    const { holders, writers } = lockHistory(since);
    expect(blocks(holders)).toEqual([lockIdentity(84_001), lockIdentity(84_002)]);
    expect(blocks(writers)).toEqual([runUrl(84_001), runUrl(84_002)]);
    await expectConverged(http, ns, 'v2', 'successor');
    expect(guard.violations()).toEqual([]);
    console.log(`lost lock: the run stopped after ${Math.round(lost.durationMs)} ms (${(errorsOf(lost).split('\n')[0] ?? '').slice(0, 160)}); its successor took over and promoted in ${Math.round(next.durationMs)} ms`);
  }, 120_000);
});
