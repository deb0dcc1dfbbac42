// Acceptance point 3: the weighted route methods, with the bundle under the runner harness against
// the control plane. gateway-api runs for real: the Gateway API CRDs are installed, and user
// traffic goes through a gateway double that follows the HTTPRoute's backendRefs weights to the
// colour Services' ready endpoints, while Debian's Prometheus scrapes the pods for the step
// analysis. ingress-nginx has no controller here, so it is checked as far as the API objects go:
// the canary Ingress over time, the main Ingress left alone, the stable Service switched at 100.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  assertServedByReadyPods, createTestNamespace, deleteTestNamespace, installGatewayApiCrds, KubeHttp, observeRoute, reflect, startGatewayProxy, startLoad,
  startFaultProxy, startPrometheus, startServiceProxy, useTestCluster, waitFor,
} from '../../../test/kube/index.ts';
import type { ClusterLease, FaultProxy, GatewayProxy, HTTPRoute, KubeObject, LoadReport, PrometheusServer, RouteObserver, ServiceProxy } from '../../../test/kube/index.ts';
import type { RunActionResult } from '../../../test/support/runner/index.ts';
import { appManifests, runDeploy, Workspace } from './support/scenario.ts';

let lease: ClusterLease;
let http: KubeHttp;
const namespaces: string[] = [];
const cleanups: (() => Promise<void> | void)[] = [];

interface Svc extends KubeObject {
  spec: { selector: Record<string, string> };
}

interface StepTiming {
  step: string;
  kind: string;
  seconds: number;
  weight?: number;
  verdict?: string;
}

beforeAll(async () => {
  lease = await useTestCluster();
  http = new KubeHttp({ server: lease.info.server, token: lease.info.admin.token, ca: lease.info.caPem });
}, 180_000);

afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  for (const ns of namespaces) await deleteTestNamespace(http, ns).catch(() => undefined);
  http?.close();
  await lease?.release();
});

async function namespace(prefix: string): Promise<string> {
  const ns = await createTestNamespace(http, prefix);
  namespaces.push(ns);
  return ns;
}

function timings(r: RunActionResult): StepTiming[] {
  return JSON.parse(r.outputs['step-timings'] ?? '[]') as StepTiming[];
}

function describeRun(name: string, r: RunActionResult): void {
  console.log(`[routes] ${name}: exit ${r.exitCode}, result ${r.outputs['result']}, active ${r.outputs['active-color']}, ${r.outputs['api-requests']} API requests, ${(r.durationMs / 1000).toFixed(1)} s`);
  for (const s of timings(r)) console.log(`[routes]   ${s.kind.padEnd(10)} ${String(s.seconds).padStart(7)} s ${s.weight === undefined ? '' : `${s.weight}% `}${s.verdict ?? ''} ${s.step}`);
  // The analysis logs one line per measurement: `<metric>: <outcome> — new <value>: <reason>`.
  for (const line of r.stdout.split('\n').filter((l) => /^http-5xx-ratio: /.test(l))) console.log(`[routes]     ${line.slice(0, 200)}`);
  for (const a of r.annotations.filter((x) => x.level === 'error')) console.log(`[routes]   error: ${a.message.slice(0, 400)}`);
}

function describeLoad(name: string, r: LoadReport): void {
  const codes: Record<string, number> = {};
  for (const f of r.failures) codes[String(f.status ?? f.error)] = (codes[String(f.status ?? f.error)] ?? 0) + 1;
  console.log(`[routes] ${name}: ${r.total} requests, ${r.failed} failed ${JSON.stringify(codes)}, by version ${JSON.stringify(r.byVersion)}, max schedule lag ${r.maxScheduleLagMs} ms`);
}

/**
 * Distinct values of `read()` over time. The weights change seconds apart (each step waits for
 * its analysis), so a 20 ms poll sees every state the gateway double applied.
 */
function recordStates<T>(read: () => T, everyMs = 20): { states: { at: number; value: T }[]; stop: () => { at: number; value: T }[] } {
  const states: { at: number; value: T }[] = [];
  let last = '';
  const tick = () => {
    const value = read();
    const key = JSON.stringify(value, (_k, v: unknown) => (v !== null && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort()) : v));
    if (key !== last) {
      last = key;
      states.push({ at: Date.now(), value });
    }
  };
  tick();
  const timer = setInterval(tick, everyMs);
  return { states, stop: () => {
    clearInterval(timer);
    tick();
    return states;
  } };
}

/** The share of answers from `version` (errors included) among the app's answers to requests sent in [from, to). */
function share(r: LoadReport, version: string, from: number, to: number): { share: number; n: number } {
  const inWindow = r.responses.filter((x) => x.at >= from && x.at < to && x.version !== undefined);
  return { share: inWindow.filter((x) => x.version === version).length / Math.max(1, inWindow.length), n: inWindow.length };
}

describe('gateway-api: HTTPRoute backendRefs weights through a gateway', () => {
  it('shifts v1 → v2 over 10/50/100 with passing analyses and 0 failed requests, keeps a crashing v3 away from traffic, and takes a failing v3 back at 10%', async () => {
    const ns = await namespace('bg-gw');
    const crds = await installGatewayApiCrds(http);
    console.log(`[routes] Gateway API CRDs: ${crds.map((c) => `${c.name} ${c.outcome} (${c.servedVersions.join(', ')})`).join('; ')}`);
    const ws = new Workspace();
    cleanups.push(() => ws.dispose());
    // The user's HTTPRoute travels with the manifests and names the stable Service; bluegreen-deploy
    // creates it on the first deploy only and from then on owns just its weights.
    const route = {
      apiVersion: 'gateway.networking.k8s.io/v1beta1',
      kind: 'HTTPRoute',
      metadata: { name: 'shop' },
      spec: { parentRefs: [{ name: 'shop-gateway' }], hostnames: ['shop.example.test'], rules: [{ backendRefs: [{ name: 'shop', port: 80 }] }] },
    };
    const gw: GatewayProxy = await startGatewayProxy({ kube: http, namespace: ns, route: 'shop', log: (l) => console.log(`[gateway] ${l}`) });
    cleanups.push(() => gw.close());
    const prometheus: PrometheusServer = await startPrometheus({ targetsFile: lease.info.prometheusTargetsFile });
    cleanups.push(() => prometheus.stop());
    const observer: RouteObserver = await observeRoute({ kube: http, namespace: ns, service: 'shop' });
    cleanups.push(() => observer.stop());

    // The test Prometheus labels each target with the pod's colour as `colour` (what a
    // kubernetes_sd relabelling would do), so the metric names that label itself.
    const errorRatio = (codes: string) => `sum(rate(http_requests_total{namespace="${ns}",app="shop",colour="{{colour}}"${codes}}[{{window}}]))`;
    const analysis = [
      `prometheus-url: ${prometheus.url}`,
      'interval: 1s',
      'duration: 4s',
      'rate-window: 5s',
      'min-samples: 1',
      // The new colour's series start with its first request: the first seconds of a step have no data yet.
      'no-data: ignore',
      'metrics: |',
      '  - name: http-5xx-ratio',
      `    query: '(${errorRatio(',code=~"5.."')} or vector(0)) / ${errorRatio('')}'`,
      '    direction: increase-is-bad',
      '    threshold: 0.05',
      '    critical: true',
    ].join('\n');
    const deployV = (image: string, extra: Record<string, string> = {}, kubeconfig = lease.info.kubeconfig) => {
      ws.write('deploy/app.yaml', appManifests({ app: 'shop', image, extra: [route] }));
      return runDeploy({
        workspace: ws,
        kubeconfig,
        timeoutMs: 180_000,
        inputs: { namespace: ns, service: 'shop', manifests: 'deploy/app.yaml', 'route-method': 'gateway-api', 'traffic-steps': '10,50,100', 'scale-down-delay': '5m', timeout: '150s', ...extra },
      });
    };
    // Every version of the HTTPRoute as written (a watch delivers each one), next to what the
    // gateway double applied when polled.
    const written: Record<string, number>[] = [];
    const routes = reflect<HTTPRoute>(http, {
      path: `/apis/gateway.networking.k8s.io/v1beta1/namespaces/${ns}/httproutes`,
      fieldSelector: 'metadata.name=shop',
      onChange: (type, o) => {
        if (type !== 'DELETED') written.push(Object.fromEntries((o.spec.rules?.[0]?.backendRefs ?? []).map((b) => [b.name, b.weight ?? 1])));
      },
    });
    cleanups.push(() => routes.stop());
    await routes.synced;
    const weightsDuring = async (run: () => Promise<RunActionResult>) => {
      const from = written.length;
      const rec = recordStates(() => gw.currentWeights());
      const result = await run();
      await waitFor('the gateway double to apply the last written weights', () => Promise.resolve(JSON.stringify(gw.currentWeights()) === JSON.stringify(written.at(-1) ?? {}) ? true : undefined), { timeoutMs: 5000, intervalMs: 20 });
      return { result, states: rec.stop(), written: written.slice(from) };
    };

    // v1, the first deploy: the route is created from the manifests; with no colour serving yet
    // there is nothing to shift from, so it goes to the new colour at once (no partial steps).
    const v1 = await weightsDuring(() => deployV('sample-app:v1'));
    describeRun('v1 (first deploy)', v1.result);
    expect(v1.result.exitCode, v1.result.stdout.slice(-4000)).toBe(0);
    expect(v1.result.outputs['result']).toBe('promoted');
    expect(v1.result.outputs['active-color']).toBe('blue');
    console.log(`[routes] v1 HTTPRoute weights written: ${v1.written.map((w) => JSON.stringify(w)).join(' → ')}; applied by the gateway when polled: ${v1.states.map((s) => JSON.stringify(s.value)).join(' → ')}`);
    // Without an analysis the steps follow each other within milliseconds, too fast for a poll to see each.
    expect(v1.written[0]).toEqual({ shop: 1 });
    expect(v1.written.at(-1)).toEqual({ 'shop-blue': 100, 'shop-green': 0 });
    expect(v1.written.filter((w) => (w['shop-blue'] ?? 0) > 0 && (w['shop-blue'] ?? 0) < 100)).toEqual([]);
    expect(v1.states.at(-1)?.value).toEqual({ 'shop-blue': 100, 'shop-green': 0 });
    expect(v1.states.every((s) => (s.value['shop-green'] ?? 0) === 0)).toBe(true);

    await waitFor('both blue pods behind the gateway', () => Promise.resolve(gw.endpoints('shop-blue', 80).length === 2 ? true : undefined), { timeoutMs: 30_000, intervalMs: 100 });
    const load2 = startLoad({ url: gw.url('/'), rps: 40 });
    await new Promise((r) => setTimeout(r, 1500));
    // Writes of the route are conditional on its generation, so a gateway controller's status
    // writes do not get in the way; a 409 still can (a proxy, another client). v2 goes through the
    // fault proxy, and its first write of the route meets one: it reads the route again and retries.
    const faults: FaultProxy = await startFaultProxy(lease.info);
    cleanups.push(() => faults.stop());
    const conflict = faults.inject({ match: { verb: 'patch', resource: 'httproutes', namespace: ns, name: 'shop' }, fault: { kind: 'status', code: 409, message: 'the object has been modified; please apply your changes to the latest version and try again' }, nth: 1, times: 1 });
    const v2 = await weightsDuring(() => deployV('sample-app:v2', { analysis }, faults.kubeconfig));
    await new Promise((r) => setTimeout(r, 1000));
    const during2 = await load2.stop();
    describeRun('v2', v2.result);
    describeLoad('v1 → v2 through the gateway', during2);
    console.log(`[routes] v2 weights: ${v2.states.map((s) => `${JSON.stringify(s.value)} @${((s.at - during2.startedAt) / 1000).toFixed(1)}s`).join(' → ')}`);
    expect(v2.result.exitCode, v2.result.stdout.slice(-4000)).toBe(0);
    expect(v2.result.outputs['result']).toBe('promoted');
    expect(v2.result.outputs['active-color']).toBe('green');
    // Three steps, three writes of the route (plus the one that met the conflict); settling on green needed none.
    const routePatches = faults.requests.filter((r) => r.info?.resource === 'httproutes' && r.info.verb === 'patch');
    console.log(`[routes] v2 HTTPRoute patches: ${routePatches.map((r) => r.status ?? r.fault).join(', ')}`);
    expect(conflict.fired).toBe(1);
    expect(routePatches.map((r) => r.status)).toEqual([409, 200, 200, 200]);
    expect(v2.written).toEqual([{ 'shop-green': 10, 'shop-blue': 90 }, { 'shop-green': 50, 'shop-blue': 50 }, { 'shop-green': 100, 'shop-blue': 0 }]);
    expect(v2.states.map((s) => s.value)).toEqual([
      { 'shop-blue': 100, 'shop-green': 0 },
      { 'shop-green': 10, 'shop-blue': 90 },
      { 'shop-green': 50, 'shop-blue': 50 },
      { 'shop-green': 100, 'shop-blue': 0 },
    ]);
    const analyses2 = timings(v2.result).filter((s) => s.kind === 'analysis');
    expect(analyses2.map((s) => [s.weight, s.verdict])).toEqual([[10, 'pass'], [50, 'pass'], [100, 'pass']]);
    expect(during2.failed).toBe(0);
    // action: status reads the route the deploy recorded on the Service, even in a run given no route-method.
    const statusRun = await runDeploy({ workspace: ws, kubeconfig: lease.info.kubeconfig, timeoutMs: 60_000, inputs: { namespace: ns, service: 'shop', manifests: 'deploy/app.yaml', action: 'status' } });
    expect(statusRun.exitCode, statusRun.stdout.slice(-2000)).toBe(0);
    expect(statusRun.outputs['result']).toBe('status');
    expect(JSON.parse(statusRun.outputs['results'] ?? '[]')).toMatchObject([{ namespace: ns, result: 'status', reason: expect.stringMatching(/^gateway-api\/shop: (green 100%, blue 0%|blue 0%, green 100%)$/) }]);
    expect(assertServedByReadyPods(during2, observer)).toEqual([]);
    // The gateway double splits exactly; what users saw follows the weights step by step.
    const [, at10, at50, at100] = v2.states.map((s) => s.at) as [number, number, number, number];
    const split10 = share(during2, 'v2', at10, at50);
    const split50 = share(during2, 'v2', at50, at100);
    console.log(`[routes] v2 share of answers: ${(split10.share * 100).toFixed(1)}% of ${split10.n} at the 10% step, ${(split50.share * 100).toFixed(1)}% of ${split50.n} at 50%, then ${JSON.stringify(during2.byVersion)} in all`);
    expect(split10.share).toBeGreaterThan(0.05);
    expect(split10.share).toBeLessThan(0.15);
    expect(split50.share).toBeGreaterThan(0.4);
    expect(split50.share).toBeLessThan(0.6);
    expect(during2.responses.filter((x) => x.at > at100 + 200).every((x) => x.version === 'v2')).toBe(true);
    let svc = await http.get<Svc>(`/api/v1/namespaces/${ns}/services/shop`);
    expect(svc.spec.selector).toEqual({ app: 'shop', color: 'green' });
    expect(svc.metadata.annotations?.['pipeline.dev/route']).toBe('gateway-api/shop');

    // v3-crash never gets a request: the rollout fails before the first step, and the route stays on green.
    const load3 = startLoad({ url: gw.url('/'), rps: 40 });
    const v3crash = await weightsDuring(() => deployV('sample-app:v3-crash', { analysis }));
    const during3 = await load3.stop();
    describeRun('v3-crash', v3crash.result);
    describeLoad('v3-crash through the gateway', during3);
    expect(v3crash.result.exitCode).toBe(1);
    expect(v3crash.result.outputs['result']).toBe('rolled-back');
    expect(v3crash.result.outputs['active-color']).toBe('green');
    expect(v3crash.written).toEqual([]);
    expect(v3crash.states.map((s) => s.value)).toEqual([{ 'shop-green': 100, 'shop-blue': 0 }]);
    expect(timings(v3crash.result).some((s) => s.kind === 'shift' || s.kind === 'analysis')).toBe(false);
    expect(during3.failed).toBe(0);
    expect(during3.byVersion['v3']).toBeUndefined();

    // v3-errors fails its analysis at 10%: the route goes back to 100% green. The only failures
    // are the 500s v3 itself answered to its 10% while that analysis ran.
    const load4 = startLoad({ url: gw.url('/'), rps: 40 });
    const v3errors = await weightsDuring(() => deployV('sample-app:v3-errors', { analysis }));
    await new Promise((r) => setTimeout(r, 500));
    const during4 = await load4.stop();
    describeRun('v3-errors', v3errors.result);
    describeLoad('v3-errors through the gateway', during4);
    console.log(`[routes] v3-errors weights: ${v3errors.states.map((s) => `${JSON.stringify(s.value)} @${((s.at - during4.startedAt) / 1000).toFixed(1)}s`).join(' → ')}`);
    for (const f of during4.failures) console.log(`[routes]   failed request at +${((f.at - during4.startedAt) / 1000).toFixed(2)} s: ${f.status ?? f.error}`);
    expect(v3errors.result.exitCode).toBe(1);
    expect(v3errors.result.outputs['result']).toBe('rolled-back');
    expect(v3errors.result.outputs['active-color']).toBe('green');
    expect(v3errors.written).toEqual([{ 'shop-blue': 10, 'shop-green': 90 }, { 'shop-green': 100, 'shop-blue': 0 }]);
    expect(v3errors.states.map((s) => s.value)).toEqual([{ 'shop-green': 100, 'shop-blue': 0 }, { 'shop-blue': 10, 'shop-green': 90 }, { 'shop-green': 100, 'shop-blue': 0 }]);
    const analyses4 = timings(v3errors.result).filter((s) => s.kind === 'analysis');
    expect(analyses4.map((s) => [s.weight, s.verdict])).toEqual([[10, 'fail']]);
    const [, shifted, restored] = v3errors.states.map((s) => s.at) as [number, number, number];
    const fromV3 = during4.responses.filter((x) => x.version === 'v3');
    // Every v3 answer was to a request sent while v3 had its 10% (20 ms poll of the double as slack),
    // and those were about a tenth of the traffic of that window.
    expect(fromV3.every((x) => x.at >= shifted - 50 && x.at <= restored + 50)).toBe(true);
    const window4 = share(during4, 'v3', shifted, restored);
    console.log(`[routes] v3-errors: v3 answered ${fromV3.length} requests (${fromV3.filter((x) => x.status >= 500).length} of them 500), ${(window4.share * 100).toFixed(1)}% of the ${window4.n} sent in its ${((restored - shifted) / 1000).toFixed(1)} s at 10%`);
    expect(during4.failed).toBeGreaterThan(0);
    expect(during4.failures.every((f) => f.status === 500)).toBe(true);
    expect(during4.failed).toBe(fromV3.filter((x) => x.status === 500).length);
    // ERROR_RATE 0.5 is deterministic: at most every second v3 answer fails.
    expect(during4.failed).toBeLessThanOrEqual(Math.ceil(fromV3.length / 2));
    expect(fromV3.length).toBeLessThanOrEqual(Math.ceil(((restored - shifted) / 1000 + 0.2) * 40 * 0.1) + 2);
    svc = await http.get<Svc>(`/api/v1/namespaces/${ns}/services/shop`);
    expect(svc.spec.selector).toEqual({ app: 'shop', color: 'green' });
    expect(svc.metadata.annotations?.['pipeline.dev/failed-color']).toBe('blue');
    expect(svc.metadata.annotations?.['pipeline.dev/progress']).toBeUndefined();
    expect(gw.currentWeights()).toEqual({ 'shop-green': 100, 'shop-blue': 0 });
    expect(observer.violations()).toEqual([]);
    console.log(`[routes] gateway stats: ${JSON.stringify(gw.stats())}`);
  }, 600_000);
});

interface IngressPath {
  path?: string;
  pathType?: string;
  backend?: { service?: { name: string; port?: { number?: number } } };
}

interface Ingress extends KubeObject {
  spec?: { ingressClassName?: string; rules?: { host?: string; http?: { paths?: IngressPath[] } }[] };
}

interface CanaryState {
  rv: number;
  type: string;
  canary: string | undefined;
  weight: string | undefined;
  backends: string[];
  hosts: (string | undefined)[];
}

describe('ingress-nginx: canary Ingress weights, as far as the API objects go', () => {
  it('moves the canary weight 10 → 50 → 100 → 0 onto the new colour (100 → 0 on a first deploy) and switches the stable Service at 100, leaving the main Ingress alone', async () => {
    const ns = await namespace('bg-ing');
    const ws = new Workspace();
    cleanups.push(() => ws.dispose());
    const main: Ingress = {
      apiVersion: 'networking.k8s.io/v1',
      kind: 'Ingress',
      metadata: { name: 'shop', annotations: { 'nginx.ingress.kubernetes.io/proxy-body-size': '8m' } },
      spec: {
        ingressClassName: 'nginx',
        rules: [{ host: 'shop.example.test', http: { paths: [{ path: '/', pathType: 'Prefix', backend: { service: { name: 'shop', port: { number: 80 } } } }] } }],
      },
    };
    const created = await http.post<Ingress>(`/apis/networking.k8s.io/v1/namespaces/${ns}/ingresses`, main);
    const canaries: CanaryState[] = [];
    const ingresses = reflect<Ingress>(http, {
      path: `/apis/networking.k8s.io/v1/namespaces/${ns}/ingresses`,
      fieldSelector: 'metadata.name=shop-canary',
      onChange: (type, o) => canaries.push({
        rv: Number(o.metadata.resourceVersion),
        type,
        canary: o.metadata.annotations?.['nginx.ingress.kubernetes.io/canary'],
        weight: o.metadata.annotations?.['nginx.ingress.kubernetes.io/canary-weight'],
        backends: (o.spec?.rules ?? []).flatMap((r) => (r.http?.paths ?? []).map((p) => `${p.backend?.service?.name ?? '?'}:${p.backend?.service?.port?.number ?? '?'}`)),
        hosts: (o.spec?.rules ?? []).map((r) => r.host),
      }),
    });
    cleanups.push(() => ingresses.stop());
    await ingresses.synced;
    const proxy: ServiceProxy = await startServiceProxy({ endpoint: http.endpoint, namespaces: [ns] });
    cleanups.push(() => proxy.stop());
    const observer = await observeRoute({ kube: http, namespace: ns, service: 'shop' });
    cleanups.push(() => observer.stop());
    const deployV = (image: string) => {
      ws.write('deploy/app.yaml', appManifests({ app: 'shop', image }));
      return runDeploy({
        workspace: ws,
        kubeconfig: lease.info.kubeconfig,
        inputs: { namespace: ns, service: 'shop', manifests: 'deploy/app.yaml', 'route-method': 'ingress-nginx', 'traffic-steps': '10,50,100', 'scale-down-delay': '5m', timeout: '90s' },
      });
    };
    const weightsOf = (from: number) => canaries.slice(from).map((c) => c.weight);

    const first = await deployV('sample-app:v1');
    describeRun('ingress v1 (first deploy)', first);
    expect(first.exitCode, first.stdout.slice(-4000)).toBe(0);
    expect(first.outputs['result']).toBe('promoted');
    expect(first.outputs['active-color']).toBe('blue');
    console.log(`[routes] canary during v1: ${canaries.map((c) => `${c.weight}→${c.backends.join(',')}`).join(' | ')}`);
    // The first deploy has no colour to shift from: straight to 100, then settled.
    expect(weightsOf(0)).toEqual(['100', '0']);
    expect(canaries.every((c) => c.backends.join() === 'shop-blue:80')).toBe(true);

    const url = `http://${await proxy.address(ns, 'shop', 80, 30_000)}/`;
    const load = startLoad({ url, rps: 40, closeEvery: 5 });
    await new Promise((r) => setTimeout(r, 1500));
    const before = canaries.length;
    const second = await deployV('sample-app:v2');
    await new Promise((r) => setTimeout(r, 1500));
    const during = await load.stop();
    describeRun('ingress v2', second);
    describeLoad('ingress v1 → v2 through the stable Service', during);
    const v2 = canaries.slice(before);
    console.log(`[routes] canary during v2: ${v2.map((c) => `${c.weight}→${c.backends.join(',')} (rv ${c.rv})`).join(' | ')}`);
    expect(second.exitCode, second.stdout.slice(-4000)).toBe(0);
    expect(second.outputs['result']).toBe('promoted');
    expect(second.outputs['active-color']).toBe('green');
    expect(v2.map((c) => c.weight)).toEqual(['10', '50', '100', '0']);
    for (const c of v2) {
      expect(c).toMatchObject({ type: 'MODIFIED', canary: 'true', backends: ['shop-green:80'], hosts: ['shop.example.test'] });
    }
    // The stable Service switched to green after the canary reached 100 and before it was settled to 0.
    const switched = observer.selectorHistory().filter((s) => s.selector?.['color'] === 'green');
    expect(switched).toHaveLength(1);
    const switchRv = (switched[0] as { rv: number }).rv;
    console.log(`[routes] stable Service selector → green at rv ${switchRv}; canary 100 at rv ${v2[2]?.rv}, 0 at rv ${v2[3]?.rv}`);
    expect(switchRv).toBeGreaterThan((v2[2] as CanaryState).rv);
    expect(switchRv).toBeLessThan((v2[3] as CanaryState).rv);
    const canary = await http.get<Ingress>(`/apis/networking.k8s.io/v1/namespaces/${ns}/ingresses/shop-canary`);
    expect(canary.spec?.ingressClassName).toBe('nginx');
    expect(canary.metadata.labels?.['pipeline.dev/service']).toBe('shop');
    // The main Ingress is the user's: never written.
    const after = await http.get<Ingress>(`/apis/networking.k8s.io/v1/namespaces/${ns}/ingresses/shop`);
    expect(after.metadata.resourceVersion).toBe(created.metadata.resourceVersion);
    expect(after.spec).toEqual(created.spec);

    expect(during.failed).toBe(0);
    expect(during.byVersion['v2']).toBeGreaterThan(0);
    expect(assertServedByReadyPods(during, observer)).toEqual([]);
    expect(observer.violations()).toEqual([]);
    const svc = await http.get<Svc>(`/api/v1/namespaces/${ns}/services/shop`);
    expect(svc.spec.selector).toEqual({ app: 'shop', color: 'green' });
    expect(svc.metadata.annotations?.['pipeline.dev/route']).toBe('ingress-nginx/shop');
  }, 400_000);
});
