// Proof "Crash safety": the action is SIGKILLed at random points of a deploy (seeded delays over
// the deploy's duration, or the moment the apiserver proxy sees the n-th request), then run again
// as the runner's next attempt. The re-run must follow on-interrupted (roll back, or resume the
// same revision), never route to unready pods (an observer watches the apiserver directly), and
// end in the intended state.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestNamespace, deleteTestNamespace, KubeHttp, startFaultProxy, useTestCluster } from '../../../test/kube/index.ts';
import type { ClusterLease, FaultProxy } from '../../../test/kube/index.ts';
import { guardRoute } from '../../../test/kube/route-guard.ts';
import type { RouteGuard } from '../../../test/kube/route-guard.ts';
import type { RunActionResult } from '../../../test/support/runner/index.ts';
import { errorsOf, expectConverged, manifestsFor, readService, runBg, SERVICE } from './support/resilience.ts';
import { Workspace } from './support/scenario.ts';

const SEED = 20_240_501;
const KILLS = 30;
const ROUTE = { 'route-method': 'ingress-nginx', 'traffic-steps': '10,50,100' };

/** mulberry32: reproducible "random" kill points. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

let lease: ClusterLease;
let http: KubeHttp;
let ns: string;
let proxy: FaultProxy;
let guard: RouteGuard | undefined;
const ws = new Workspace();

beforeAll(async () => {
  lease = await useTestCluster();
  http = new KubeHttp({ server: lease.info.server, token: lease.info.admin.token, ca: lease.info.caPem });
  ns = await createTestNamespace(http, 'bg-crash');
  proxy = await startFaultProxy(lease.info);
  for (const v of ['v1', 'v2']) ws.write(`deploy/${v}.yaml`, manifestsFor(v, { ingress: true }));
}, 180_000);

afterAll(async () => {
  guard?.stop();
  await proxy.stop();
  await deleteTestNamespace(http, ns);
  ws.dispose();
  await lease.release();
});

type Trigger = { kind: 'after-ms'; ms: number } | { kind: 'at-request'; n: number };

const describeTrigger = (t: Trigger): string => (t.kind === 'after-ms' ? `after ${t.ms} ms` : `at request ${t.n}`);

/** Where the killed deploy stood, from the progress it recorded on the Service. */
function stateOf(progress: string | undefined): string {
  if (progress === undefined) return 'no deploy in progress';
  const p = JSON.parse(progress) as { phase: string; step: number };
  return p.phase === 'shifting' ? `shifting step ${p.step + 1}` : p.phase;
}

describe('bluegreen-deploy killed mid-run', () => {
  it(`is SIGKILLed at ${KILLS}+ random points; every re-run rolls back or resumes safely and converges`, async () => {
    const random = seeded(SEED);
    const started = Date.now();
    let runId = 70_000;
    let runs = 0;

    /** One attempt through the proxy (so the n-th request can trigger the kill), killed at `trigger`. */
    const killedRun = async (version: string, id: number, attempt: number, trigger: Trigger, inputs: Record<string, string>): Promise<RunActionResult> => {
      runs += 1;
      const kill = new AbortController();
      let timer: NodeJS.Timeout | undefined;
      let poll: NodeJS.Timeout | undefined;
      // The n-th request is held (never reaches the apiserver) until the kill lands: the crash happens exactly before it.
      const stall = trigger.kind === 'at-request' ? proxy.inject({ match: {}, fault: { kind: 'stall' }, nth: trigger.n, times: 1 }) : undefined;
      if (trigger.kind === 'after-ms') timer = setTimeout(() => kill.abort(), trigger.ms);
      else poll = setInterval(() => {
        if ((stall?.fired ?? 0) > 0) kill.abort();
      }, 5);
      try {
        return await runBg({ workspace: ws, kubeconfig: proxy.kubeconfig, namespace: ns, manifests: `deploy/${version}.yaml`, runId: id, attempt, signal: kill.signal, inputs: { ...ROUTE, ...inputs } });
      } finally {
        clearTimeout(timer);
        clearInterval(poll);
        stall?.remove();
      }
    };
    const rerun = (version: string, id: number, attempt: number, inputs: Record<string, string>): Promise<RunActionResult> => {
      runs += 1;
      return runBg({ workspace: ws, kubeconfig: lease.info.kubeconfig, namespace: ns, manifests: `deploy/${version}.yaml`, runId: id, attempt, inputs: { ...ROUTE, ...inputs } });
    };

    const first = await rerun('v1', ++runId, 1, {});
    expect(first.exitCode, first.stdout + first.stderr).toBe(0);
    // How long a clean deploy takes and how many requests it makes: the ranges kill points are drawn from.
    const before = proxy.requests.length;
    const probe = await killedRun('v2', ++runId, 1, { kind: 'after-ms', ms: 600_000 }, {});
    expect(probe.exitCode, probe.stdout + probe.stderr).toBe(0);
    const requests = proxy.requests.slice(before).filter((r) => r.info !== undefined).length;
    const duration = probe.durationMs;
    console.log(`a clean deploy: ${Math.round(duration)} ms, ${requests} API requests`);
    let version = 'v2';

    guard = await guardRoute({ kube: http, namespace: ns, service: SERVICE });
    let kills = 0;
    let scenarios = 0;
    const recoveries: Record<string, number> = {};
    const leftBehind: Record<string, number> = {};
    while (kills < KILLS && scenarios < KILLS * 2) {
      scenarios += 1;
      version = version === 'v1' ? 'v2' : 'v1';
      const id = ++runId;
      const trigger: Trigger = scenarios % 2 === 0
        ? { kind: 'after-ms', ms: Math.round(300 + random() * duration) }
        : { kind: 'at-request', n: 1 + Math.floor(random() * requests) };
      const killed = await killedRun(version, id, 1, trigger, {});
      if (!killed.killed) {
        // The deploy finished before the kill point came: nothing to recover, but it must be right.
        expect(killed.exitCode, killed.stdout + killed.stderr).toBe(0);
        await expectConverged(http, ns, version);
        continue;
      }
      kills += 1;
      let attempt = 2;
      // Every fourth crash also kills the attempt that is recovering from it.
      if (scenarios % 4 === 3) {
        const second: Trigger = { kind: 'after-ms', ms: Math.round(300 + random() * duration * 1.5) };
        const again = await killedRun(version, id, attempt, second, {});
        attempt += 1;
        if (again.killed) kills += 1;
        else expect(again.exitCode, again.stdout + again.stderr).toBe(0);
      }
      const policy = scenarios % 3 === 0 ? 'resume' : 'rollback';
      const left = (await readService(http, ns)).metadata.annotations?.['pipeline.dev/progress'];
      const state = stateOf(left);
      leftBehind[state] = (leftBehind[state] ?? 0) + 1;
      const recovered = await rerun(version, id, attempt, { 'on-interrupted': policy });
      const log = recovered.stdout;
      const how = /resuming the interrupted deploy/.test(log) ? 'resumed' : /was interrupted at .* rolling it back first/.test(log) ? 'rolled back' : 'nothing to recover';
      recoveries[`${policy}: ${how}`] = (recoveries[`${policy}: ${how}`] ?? 0) + 1;
      const violations = guard.violations();
      if (violations.length > 0 || recovered.exitCode !== 0) {
        console.log(`killed ${describeTrigger(trigger)}:\n${killed.stdout}\nre-run (${policy}):\n${log}\n${recovered.stderr}\n${violations.map((v) => `${v.message}\n${guard?.around(v.rv) ?? ''}`).join('\n')}`);
      }
      expect(violations).toEqual([]);
      expect(recovered.exitCode, `re-run after a kill ${describeTrigger(trigger)}: ${errorsOf(recovered)}`).toBe(0);
      // With nothing left behind the killed run may already have promoted this revision: the re-run then has nothing to do.
      if (left === undefined) expect(['promoted', 'unchanged']).toContain(recovered.outputs['result']);
      else expect(recovered.outputs['result']).toBe('promoted');
      // What was left behind decides what the re-run must do; it never guesses.
      expect(how).toBe(left === undefined ? 'nothing to recover' : policy === 'rollback' ? 'rolled back' : 'resumed');
      await expectConverged(http, ns, version);
    }
    console.log(`crash safety: ${kills} SIGKILLs in ${scenarios} deploys (seed ${SEED}); left behind: ${Object.entries(leftBehind).map(([k, n]) => `${k} ${n}`).join(', ')}; re-runs: ${Object.entries(recoveries).map(([k, n]) => `${k} ${n}`).join(', ')}; ${runs} runs, ${proxy.requests.length} requests through the proxy, ${Math.round((Date.now() - started) / 1000)} s; 0 route violations`);
    expect(kills).toBeGreaterThanOrEqual(20);
    expect(guard.violations()).toEqual([]);
  }, 900_000);
});
