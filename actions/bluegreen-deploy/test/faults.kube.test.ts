// Proof "Fault injection": the bundle deploys through the fault-injecting proxy in front of the
// apiserver while each distinct API call of a full deploy (ingress-nginx, steps 10/50/100) fails
// in turn, at each of its occurrences, with every fault kind. An observer watching the apiserver
// directly asserts that the stable Service only ever routes to ready pods, and after every
// faulted run a clean re-run must converge to the intended end state.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestNamespace, deleteTestNamespace, KubeHttp, startFaultProxy, useTestCluster } from '../../../test/kube/index.ts';
import type { ClusterLease, Fault, FaultProxy, FaultVerb, RecordedRequest } from '../../../test/kube/index.ts';
import { guardRoute } from '../../../test/kube/route-guard.ts';
import type { RouteGuard } from '../../../test/kube/route-guard.ts';
import type { RunActionResult } from '../../../test/support/runner/index.ts';
import { activeColour, errorsOf, expectConverged, manifestsFor, other, runBg, SERVICE } from './support/resilience.ts';
import type { Colour } from './support/resilience.ts';
import { Workspace } from './support/scenario.ts';

type FaultName = '500' | '502' | '503' | '504' | '429' | '409' | 'reset' | 'stall' | 'watch-close' | 'watch-gone';

const FAULTS: Record<FaultName, Fault> = {
  '500': { kind: 'status', code: 500 },
  '503': { kind: 'status', code: 503 },
  // What a load balancer in front of the apiserver answers when its backend fails or is too slow.
  '502': { kind: 'status', code: 502 },
  '504': { kind: 'status', code: 504 },
  '429': { kind: 'status', code: 429, retryAfterSeconds: 1 },
  '409': { kind: 'status', code: 409 },
  reset: { kind: 'reset' },
  // No answer at all, then the connection drops: a hung apiserver or a dead load balancer.
  stall: { kind: 'stall', ms: 1000 },
  'watch-close': { kind: 'watch-close', afterEvents: 1 },
  'watch-gone': { kind: 'watch-gone' },
};
const KINDS: readonly FaultName[] = ['500', '502', '503', '504', '429', '409', 'reset', 'stall', 'watch-close', 'watch-gone'];
const FOR_WATCHES_ONLY: ReadonlySet<FaultName> = new Set(['watch-close', 'watch-gone']);
// Faults the client is built to ride out (retries of idempotent calls, watch resumption) go
// several to a run. A 409 is final for whatever call gets it, so each gets a run of its own.
const ALONE: ReadonlySet<FaultName> = new Set(['409']);
const BATCH = 12;
// Two services in two namespaces take faults side by side: a deploy mostly waits on the control plane.
const LANES = 2;
const ROUTE = { 'route-method': 'ingress-nginx', 'traffic-steps': '10,50,100' };

/** A call of the deploy in API terms, with the names that change from run to run as `{target}`, `{from}`, `{ns}`. */
interface Call {
  verb: FaultVerb;
  resource: string;
  namespaced: boolean;
  name: string | undefined;
}

interface PlannedFault {
  call: Call;
  occurrence: number;
  fault: FaultName;
  tries: number;
}

interface Lane {
  ns: string;
  version: string;
  guard: RouteGuard | undefined;
}

const callKey = (c: Call): string => `${c.verb} ${c.resource}${c.name === undefined ? '' : ` ${c.name}`}`;
const label = (p: PlannedFault): string => `${p.fault} on ${callKey(p.call)} #${p.occurrence}`;

let lease: ClusterLease;
let http: KubeHttp;
let proxy: FaultProxy;
const lanes: Lane[] = [];
const ws = new Workspace();

beforeAll(async () => {
  lease = await useTestCluster();
  http = new KubeHttp({ server: lease.info.server, token: lease.info.admin.token, ca: lease.info.caPem });
  for (let i = 0; i < LANES; i++) lanes.push({ ns: await createTestNamespace(http, 'bg-faults'), version: 'v1', guard: undefined });
  proxy = await startFaultProxy(lease.info);
  for (const v of ['v1', 'v2']) ws.write(`deploy/${v}.yaml`, manifestsFor(v, { ingress: true }));
}, 180_000);

afterAll(async () => {
  for (const lane of lanes) lane.guard?.stop();
  await proxy.stop();
  for (const lane of lanes) await deleteTestNamespace(http, lane.ns);
  ws.dispose();
  await lease.release();
});

function normalise(r: RecordedRequest, ns: string, target: Colour): Call | undefined {
  const info = r.info;
  if (info === undefined || (info.namespace !== undefined && info.namespace !== ns)) return undefined;
  const names: Record<string, string> = { [`${SERVICE}-${target}`]: '{target}', [`${SERVICE}-${other(target)}`]: '{from}', [ns]: '{ns}' };
  if (info.namespace === undefined && info.name !== ns) return undefined;
  const name = info.name === undefined ? undefined : names[info.name] ?? info.name;
  return { verb: info.verb, resource: info.subresource === undefined ? info.resource : `${info.resource}/${info.subresource}`, namespaced: info.namespace !== undefined, name };
}

function concreteName(call: Call, ns: string, target: Colour): string | undefined {
  switch (call.name) {
    case '{target}':
      return `${SERVICE}-${target}`;
    case '{from}':
      return `${SERVICE}-${other(target)}`;
    case '{ns}':
      return ns;
    default:
      return call.name;
  }
}

let runId = 50_000;
let runs = 0;

function deploy(ns: string, version: string, kubeconfig: string, timeout: string): Promise<RunActionResult> {
  runs += 1;
  return runBg({ workspace: ws, kubeconfig, namespace: ns, manifests: `deploy/${version}.yaml`, runId: ++runId, inputs: { ...ROUTE, timeout } });
}

describe('bluegreen-deploy under API faults', () => {
  it('rides out, rolls back or fails safely on every fault of every call, never routes to unready pods, and a clean re-run converges', async () => {
    const started = Date.now();
    // Each service exists and serves v1 before anything is measured.
    await Promise.all(lanes.map(async (lane) => {
      const first = await deploy(lane.ns, 'v1', lease.info.kubeconfig, '60s');
      expect(first.exitCode, first.stdout + first.stderr).toBe(0);
    }));

    // The distinct calls of a clean deploy, in both directions; an occurrence counts only if both deploys made it.
    const recording = lanes[0] as Lane;
    const counts: Map<string, { call: Call; n: number }>[] = [];
    for (let i = 0; i < 2; i++) {
      recording.version = recording.version === 'v1' ? 'v2' : 'v1';
      const target = other(await activeColour(http, recording.ns));
      const from = proxy.requests.length;
      const clean = await deploy(recording.ns, recording.version, proxy.kubeconfig, '60s');
      expect(clean.exitCode, clean.stdout + clean.stderr).toBe(0);
      const seen = new Map<string, { call: Call; n: number }>();
      for (const r of proxy.requests.slice(from)) {
        const call = normalise(r, recording.ns, target);
        if (call === undefined) continue;
        const entry = seen.get(callKey(call)) ?? { call, n: 0 };
        entry.n += 1;
        seen.set(callKey(call), entry);
      }
      counts.push(seen);
    }
    const calls = [...(counts[0] ?? new Map<string, { call: Call; n: number }>()).values()]
      .map(({ call, n }) => ({ call, n: Math.min(n, counts[1]?.get(callKey(call))?.n ?? 0) }))
      .filter((c) => c.n > 0);
    console.log(`distinct calls of a clean deploy: ${calls.length} (${calls.reduce((s, c) => s + c.n, 0)} requests)\n${calls.map((c) => `  ${callKey(c.call)} ×${c.n}`).join('\n')}`);

    // One fault per call, occurrence and kind.
    const planned: PlannedFault[] = [];
    for (const { call, n } of calls) {
      for (const fault of KINDS.filter((k) => call.verb === 'watch' || !FOR_WATCHES_ONLY.has(k))) {
        for (let occurrence = 1; occurrence <= n; occurrence++) planned.push({ call, occurrence, fault, tries: 0 });
      }
    }
    const queue: PlannedFault[][] = [];
    for (const fault of KINDS) {
      const ofKind = planned.filter((p) => p.fault === fault);
      if (ALONE.has(fault)) for (const p of ofKind) queue.push([p]);
      else for (let i = 0; i < ofKind.length; i += BATCH) queue.push(ofKind.slice(i, i + BATCH));
    }

    for (const lane of lanes) lane.guard = await guardRoute({ kube: http, namespace: lane.ns, service: SERVICE });
    const outcomes: Record<string, number> = {};
    const firedByKind: Partial<Record<FaultName, number>> = {};
    const neverFired: string[] = [];
    let injected = 0;
    let scenarios = 0;
    let failed = false;

    const scenario = async (lane: Lane, batch: PlannedFault[]): Promise<void> => {
      const n = ++scenarios;
      const guard = lane.guard as RouteGuard;
      const target = other(await activeColour(http, lane.ns));
      lane.version = lane.version === 'v1' ? 'v2' : 'v1';
      // Several occurrences of one call in a batch: each earlier fault adds one retry of that call, which the proxy counts too.
      const earlier = new Map<string, number>();
      const handles = batch.map((p) => {
        const key = callKey(p.call);
        const shift = earlier.get(key) ?? 0;
        earlier.set(key, shift + 1);
        const name = concreteName(p.call, lane.ns, target);
        return proxy.inject({
          match: { verb: p.call.verb, resource: p.call.resource, ...(p.call.namespaced ? { namespace: lane.ns } : {}), ...(name === undefined ? {} : { name }) },
          fault: FAULTS[p.fault],
          nth: p.occurrence + shift,
          times: 1,
        });
      });
      const faulted = await deploy(lane.ns, lane.version, proxy.kubeconfig, '30s');
      for (const h of handles) h.remove();
      // promoted (the client rode the fault out), rolled-back, or failed before or without a result.
      const outcome = faulted.outputs['result'] ?? 'failed';
      outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
      const fired: string[] = [];
      batch.forEach((p, i) => {
        if ((handles[i]?.fired ?? 0) > 0) {
          injected += 1;
          firedByKind[p.fault] = (firedByKind[p.fault] ?? 0) + 1;
          fired.push(label(p));
        } else if (p.tries < 2) {
          // The run took another path (an earlier fault of the batch ended it): this one goes again, alone.
          queue.push([{ ...p, tries: p.tries + 1 }]);
        } else {
          neverFired.push(label(p));
        }
      });
      const what = fired.join(', ') || '(nothing fired)';
      if (faulted.timedOut) throw new Error(`the run with ${what} hung:\n${faulted.stdout}`);
      if (outcome !== 'promoted' || faulted.exitCode !== 0) {
        console.log(`[${n}] ${lane.version} → ${target}: ${what}: ${outcome} (exit ${String(faulted.exitCode)}): ${errorsOf(faulted).replace(/\s+/g, ' ').slice(0, 300)}`);
      }

      const clean = await deploy(lane.ns, lane.version, lease.info.kubeconfig, '60s');
      const violations = guard.violations();
      if (violations.length > 0) {
        console.log(`faulted run with ${what}:\n${faulted.stdout}\nclean re-run:\n${clean.stdout}\n${violations.map((v) => `${v.message}\n${guard.around(v.rv)}`).join('\n')}`);
      }
      expect(violations, `after ${what}:\n${violations.map((v) => v.message).join('\n')}`).toEqual([]);
      expect(clean.exitCode, `clean re-run after ${what} (faulted run: ${outcome})\n${clean.stdout}${clean.stderr}`).toBe(0);
      // A faulted run that got through already promoted the revision; the clean re-run then changes nothing.
      if (outcome === 'promoted') expect(clean.outputs['result']).toBe('unchanged');
      else expect(['promoted', 'unchanged']).toContain(clean.outputs['result']);
      await expectConverged(http, lane.ns, lane.version);
    };

    await Promise.all(lanes.map(async (lane) => {
      for (let batch = queue.shift(); batch !== undefined && !failed; batch = queue.shift()) {
        try {
          await scenario(lane, batch);
        } catch (error) {
          failed = true;
          throw error;
        }
      }
    }));

    const seconds = Math.round((Date.now() - started) / 1000);
    const changes = lanes.reduce((sum, lane) => sum + (lane.guard?.recorder.changes().length ?? 0), 0);
    console.log(`fault injection: ${injected} faults injected (${Object.entries(firedByKind).map(([k, n]) => `${k}: ${n}`).join(', ')}) in ${scenarios} faulted runs; ${runs} runs in all, ${proxy.requests.length} requests through the proxy, ${seconds} s`);
    console.log(`faulted runs ended: ${Object.entries(outcomes).map(([k, n]) => `${k}: ${n}`).join(', ')}; the observers saw ${changes} changes and 0 violations`);
    expect(neverFired, 'every planned fault is injected').toEqual([]);
    expect(injected).toBeGreaterThanOrEqual(200);
    for (const lane of lanes) expect(lane.guard?.violations()).toEqual([]);
  }, 1_200_000);
});
