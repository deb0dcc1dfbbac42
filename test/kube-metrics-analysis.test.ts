// The analysis library against real components: Debian's Prometheus scraping real sample-app
// pods on the test control plane, with load driven through the plane's loopback Service proxy.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defineMetric, isPromQLError, PrometheusClient, runAnalysis } from '@pipeline/metrics';
import type { AnalysisOptions, AnalysisResult, MetricDefinition } from '@pipeline/metrics';
import { createTestNamespace, deleteTestNamespace, KubeHttp, sampleAppDeployment, startPrometheus, startServiceProxy, useTestCluster, waitFor } from './kube/index.ts';
import type { ClusterLease, PrometheusServer, ServiceProxy } from './kube/index.ts';

let lease: ClusterLease;
let http: KubeHttp;
let ns: string;
let proxy: ServiceProxy | undefined;
let prometheus: PrometheusServer | undefined;
let client: PrometheusClient;
const loads: Load[] = [];

const APPS = { ok: 'sample-app:v2', errors: 'sample-app:v2-errors', slow: 'sample-app:v2-slow' } as const;
type Scenario = keyof typeof APPS;

function deployment(app: string, colour: string, image: string, version: string): unknown {
  return sampleAppDeployment({ name: `${app}-${colour}`, image, labels: { app, colour, version }, selector: { app, colour } });
}

interface Load {
  stop(): Promise<{ sent: number; failed: number }>;
}

/** A bounded request loop against a loopback address: a few workers, a request cap, a stop switch. */
function startLoad(address: string, workers = 3, maxRequests = 20_000): Load {
  let stopped = false;
  let sent = 0;
  let failed = 0;
  const worker = async () => {
    while (!stopped && sent < maxRequests) {
      sent += 1;
      try {
        const res = await fetch(`http://${address}/`, { signal: AbortSignal.timeout(5000) });
        await res.arrayBuffer();
        if (res.status >= 500) failed += 1;
      } catch {
        failed += 1;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    }
  };
  const running = Promise.all(Array.from({ length: workers }, worker));
  return {
    stop: async () => {
      stopped = true;
      await running;
      return { sent, failed };
    },
  };
}

function metric(template: string, scenario: Scenario): MetricDefinition {
  return defineMetric({ template }, { labels: { namespace: ns, app: `web-${scenario}` }, newColour: 'green', baselineColour: 'blue', rateWindow: '5s' });
}

function analyse(metrics: MetricDefinition[], extra: Partial<AnalysisOptions> = {}): Promise<AnalysisResult> {
  return runAnalysis({ metrics, source: client, intervalMs: 1000, durationMs: 6000, failureLimit: 1, ...extra });
}

function describeResult(name: string, r: AnalysisResult): void {
  console.log(`[metrics] ${name}: ${r.verdict} in ${r.endedAt - r.startedAt} ms — ${r.reason}`);
  for (const m of r.metrics) console.log(`[metrics]   ${m.name}: ${m.measurements.map((x) => `${x.outcome}(${x.newValue ?? '-'}/${x.baselineValue ?? '-'})`).join(' ')}`);
}

beforeAll(async () => {
  lease = await useTestCluster();
  const { info } = lease;
  http = new KubeHttp({ server: info.server, token: info.admin.token, ca: info.caPem });
  ns = await createTestNamespace(http, 'metrics');
  proxy = await startServiceProxy({ endpoint: http.endpoint, namespaces: [ns] });
  for (const [scenario, image] of Object.entries(APPS)) {
    const app = `web-${scenario}`;
    await http.post(`/apis/apps/v1/namespaces/${ns}/deployments`, deployment(app, 'blue', 'sample-app:v1', 'v1'));
    await http.post(`/apis/apps/v1/namespaces/${ns}/deployments`, deployment(app, 'green', image, 'v2'));
    // The stable Service spans both colours, as during a 50% traffic step.
    await http.post(`/api/v1/namespaces/${ns}/services`, { metadata: { name: app }, spec: { selector: { app }, ports: [{ name: 'http', port: 80, targetPort: 'http' }] } });
  }
  prometheus = await startPrometheus({ targetsFile: info.prometheusTargetsFile });
  client = new PrometheusClient({ url: prometheus.url, timeoutMs: 2000, retry: { retries: 1, minDelayMs: 100 } });
  for (const scenario of Object.keys(APPS)) {
    const app = `web-${scenario}`;
    await waitFor(`both colours of ${app} behind the proxy`, () => Promise.resolve(proxy!.backends(ns, app).length === 2 ? true : undefined), { timeoutMs: 30_000, intervalMs: 100 });
    loads.push(startLoad(await proxy!.address(ns, app, 80)));
  }
  // Both colours of every app scraped with traffic, then enough history for rates and the U test's window.
  await prometheus.waitForQuery(`count(sum by (app, colour) (rate(http_requests_total{namespace="${ns}"}[5s])) > 0)`, (s) => Number(s[0]?.value[1] ?? 0) === 6, 40_000);
  await new Promise((resolve) => setTimeout(resolve, 8000));
}, 120_000);

afterAll(async () => {
  for (const load of loads) {
    const { sent, failed } = await load.stop();
    console.log(`[metrics] load: ${sent} requests, ${failed} failed`);
  }
  await prometheus?.stop();
  await proxy?.stop();
  if (http !== undefined) {
    await deleteTestNamespace(http, ns).catch(() => undefined);
    http.close();
  }
  await lease?.release();
});

describe('analysis against real Prometheus and sample-app pods', () => {
  it('judges healthy v2, v2-errors and v2-slow against v1 concurrently, with both judges', async () => {
    const [healthy, errors, slow, slowMw] = await Promise.all([
      analyse([metric('http-5xx-rate', 'ok'), metric('latency-p95', 'ok')]),
      analyse([metric('http-5xx-rate', 'errors'), metric('latency-p95', 'errors')]),
      analyse([metric('http-5xx-rate', 'slow'), metric('latency-p95', 'slow')]),
      analyse([metric('latency-p95', 'slow')], { judge: 'mann-whitney', windowMs: 15_000 }),
    ]);
    describeResult('healthy v2', healthy!);
    describeResult('v2-errors', errors!);
    describeResult('v2-slow (threshold)', slow!);
    describeResult('v2-slow (mann-whitney)', slowMw!);

    expect(healthy!.verdict).toBe('pass');
    expect(healthy!.metrics.every((m) => m.measurements.length >= 5)).toBe(true);

    expect(errors!.verdict).toBe('fail');
    expect(errors!.breached).toContain('http-5xx-rate');
    expect(errors!.stop).toEqual({ kind: 'critical', metric: 'http-5xx-rate' });
    const fired = errors!.metrics.find((m) => m.name === 'http-5xx-rate')!;
    // -errors fails every second request: half of green's responses are 500s.
    expect(fired.measurements.at(-1)?.newValue).toBeGreaterThan(0.3);
    expect(fired.firingRule).toMatch(/> threshold 0\.05/);

    expect(slow!.verdict).toBe('fail');
    expect(slow!.breached).toEqual(['latency-p95']);
    const latency = slow!.metrics.find((m) => m.name === 'latency-p95')!;
    expect(latency.firingRule).toMatch(/> 2× baseline/);
    expect(latency.measurements.at(-1)?.newValue).toBeGreaterThan(0.25);

    expect(slowMw!.verdict).toBe('fail');
    const test = slowMw!.metrics[0]!.measurements.at(-1)!.test!;
    console.log(`[metrics] v2-slow U=${test.u} p=${test.pValue.toExponential(2)} n=${test.nNew}/${test.nBaseline} HL=${test.hodgesLehmann.toFixed(3)} s`);
    expect(test.pValue).toBeLessThan(test.alpha);
    expect(test.nNew).toBeGreaterThanOrEqual(10);
    expect(slowMw!.metrics[0]!.firingRule).toMatch(/^Mann-Whitney U=/);
  }, 40_000);

  it('a query whose metrics have vanished yields no-data: fail or inconclusive by policy, never pass', async () => {
    const vanished = [metric('http-5xx-rate', 'ok'), metric('latency-p95', 'ok')];
    // Green goes away: its target leaves file_sd and Prometheus marks its series stale.
    await http.mergePatch(`/apis/apps/v1/namespaces/${ns}/deployments/web-ok-green`, { spec: { replicas: 0 } });
    // rate() still sees the last samples for one window after the staleness marker; wait until the metrics' own queries are empty.
    for (const m of vanished) await prometheus!.waitForQuery(m.query, (s) => s.length === 0, 30_000);
    const [failPolicy, inconclusivePolicy, ignorePolicy] = await Promise.all([
      analyse(vanished, { durationMs: 3000, noData: 'fail' }),
      analyse(vanished, { durationMs: 3000, noData: 'inconclusive' }),
      analyse(vanished, { durationMs: 3000, noData: 'ignore', judge: 'mann-whitney' }),
    ]);
    describeResult('vanished, no-data: fail', failPolicy!);
    describeResult('vanished, no-data: inconclusive', inconclusivePolicy!);
    describeResult('vanished, no-data: ignore (mann-whitney)', ignorePolicy!);
    expect(failPolicy!.verdict).toBe('fail');
    expect(inconclusivePolicy!.verdict).toBe('inconclusive');
    expect(ignorePolicy!.verdict).toBe('inconclusive');
    for (const r of [failPolicy!, inconclusivePolicy!]) {
      expect(r.metrics.flatMap((m) => m.measurements).every((m) => m.outcome === 'no-data')).toBe(true);
    }
  }, 40_000);

  it('reports invalid PromQL with Prometheus\'s own message', async () => {
    const bad = { ...metric('http-5xx-rate', 'ok'), name: 'broken', query: 'sum(rate(http_requests_total[5s]' };
    const error = await analyse([bad], { durationMs: 1000 }).catch((e: unknown) => e);
    expect(isPromQLError(error)).toBe(true);
    expect((error as Error).message).toMatch(/^Metric 'broken': its PromQL query was rejected by Prometheus \(400 bad_data\): .*parse error/);
  });

  it('with Prometheus down, the no-data policy applies and the evidence says why', async () => {
    const metrics = [metric('http-5xx-rate', 'slow')];
    const server = prometheus!;
    prometheus = undefined;
    await server.stop();
    const [failPolicy, inconclusivePolicy] = await Promise.all([
      analyse(metrics, { durationMs: 2000, noData: 'fail' }),
      analyse(metrics, { durationMs: 2000, noData: 'inconclusive' }),
    ]);
    describeResult('Prometheus down, no-data: fail', failPolicy!);
    describeResult('Prometheus down, no-data: inconclusive', inconclusivePolicy!);
    expect(failPolicy!.verdict).toBe('fail');
    expect(inconclusivePolicy!.verdict).toBe('inconclusive');
    const evidence = failPolicy!.metrics[0]!.measurements[0]!;
    expect(evidence).toMatchObject({ outcome: 'no-data', failing: true });
    expect(evidence.unavailable).toContain('ECONNREFUSED');
    expect(evidence.reason).toMatch(/^Prometheus unavailable for the new colour \(unreachable, 2 attempts\)/);
  });
});
