// rollback-guard benchmark: MTTR with real Prometheus at a 1 s scrape on the test control plane.
// A blue/green sample app takes steady load through the plane's Service proxy; the stable Service
// is switched from healthy blue (v1) to green (v2 failing every second request), the guard starts
// with the switch, and MTTR is measured at the proxy: from the first failed response to the last
// one, when all traffic is back on blue. The target is ≤ 2 scrape intervals + 1 s. In the same run
// the figure for a Flagger-default-like analysis (interval 1m × threshold 5) is printed beside it.
// Usage: npm run bench -- rollback-guard [--runs 3]
import { KubeClient } from '@pipeline/kube';
import { PrometheusClient } from '@pipeline/metrics';
import type { Logger } from '@pipeline/core';
import { runGuard } from '../actions/rollback-guard/src/guard.ts';
import { createBlueGreen, startLoad } from '../actions/rollback-guard/test/support/scenario.ts';
import { createTestNamespace, KubeHttp, startPrometheus, startServiceProxy, startTestCluster, waitFor } from '../test/kube/index.ts';

const runsArg = process.argv.indexOf('--runs');
const runs = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 3;
const SCRAPE_S = 1;
const TARGET_S = 2 * SCRAPE_S + 1;
// Flagger's defaults: analysis every `interval: 1m`, roll back after `threshold: 5` failed checks.
const FLAGGER = { intervalS: 60, threshold: 5 };

const quiet: Logger = {
  debug: () => undefined,
  info: () => undefined,
  notice: () => undefined,
  warning: () => undefined,
  error: (m) => process.stderr.write(`  guard error: ${m}\n`),
  group: (_n, fn) => fn(),
};

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

const cluster = await startTestCluster();
const http = new KubeHttp({ server: cluster.server, token: cluster.admin.token, ca: cluster.caPem });
const proxy = await startServiceProxy({ endpoint: http.endpoint, log: () => undefined });
const prometheus = await startPrometheus({ targetsFile: cluster.prometheusTargetsFile });
const { client } = await KubeClient.fromConfig({ kubeconfig: cluster.kubeconfig, mask: () => undefined });
const source = new PrometheusClient({ url: prometheus.url, timeoutMs: 3000 });
try {
  const ns = await createTestNamespace(http, 'bench-guard');
  await createBlueGreen(http, ns, 'web', { blue: { image: 'sample-app:v1', replicas: 2 }, green: { image: 'sample-app:v2', replicas: 2, env: { ERROR_RATE: '0.5' } } }, { active: 'blue' });
  await waitFor('blue behind the stable route', () => Promise.resolve(proxy.backends(ns, 'web').length === 2 ? true : undefined), { timeoutMs: 60_000, intervalMs: 100 });
  await waitFor('green ready', async () => {
    const d = await http.get<{ status: { readyReplicas?: number } }>(`/apis/apps/v1/namespaces/${ns}/deployments/web-green`);
    return d.status.readyReplicas === 2 ? true : undefined;
  }, { timeoutMs: 60_000, intervalMs: 200 });
  const address = await proxy.address(ns, 'web', 80);
  const results: { proxyS: number; guardS: number | undefined; failed: number; sent: number }[] = [];
  for (let run = 1; run <= runs; run++) {
    const load = startLoad(address, 2);
    // Blue's baseline traffic reaches Prometheus before the switch.
    await new Promise((resolve) => setTimeout(resolve, 4000));
    await http.mergePatch(`/api/v1/namespaces/${ns}/services/web`, { spec: { selector: { app: 'web', colour: 'green' } }, metadata: { annotations: { 'pipeline.dev/active-color': 'green' } } });
    const guard = await runGuard({
      namespace: ns, service: 'web', metrics: 'http-5xx-rate', workspace: process.cwd(), judge: 'threshold', confidence: 0.99, effect: 'hodges-lehmann', tolerance: 0.2,
      baseline: 'previous-color', intervalMs: 500, durationMs: 60_000, failureLimit: 0, minSamples: 1,
      // Green has no request series until its first scrape with traffic: that wait is not a failure.
      noData: 'inconclusive', rateWindow: '3s', onBreach: 'rollback', kubeSignals: true, dryRun: false, timeoutMs: 60_000,
    }, { kube: client, source, logger: quiet });
    // Requests in flight at the switch finish within a second; after that every failure would be a leak.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const r = await load.stop();
    const proxyS = r.firstFailureAt === undefined || r.lastFailureAt === undefined ? 0 : (r.lastFailureAt - r.firstFailureAt) / 1000;
    results.push({ proxyS, guardS: guard.mttrSeconds, failed: r.failed, sent: r.sent });
    console.log(`run ${run}: verdict ${guard.analysis.verdict}, rolled back ${guard.rollback?.to ?? 'no'}; at the proxy ${r.failed} of ${r.sent} requests failed over ${proxyS.toFixed(2)} s; guard MTTR ${guard.mttrSeconds?.toFixed(2) ?? '-'} s`);
    if (guard.rollback === undefined) break;
  }
  // Later runs reuse green's pods, whose request series already exist in Prometheus, so their
  // rate() needs no second scrape: run 1 is the cold case and is printed on its own.
  const proxyMedian = median(results.map((r) => r.proxyS));
  console.log(`cold run (green's series new to Prometheus): ${results[0]?.proxyS.toFixed(2) ?? '-'} s at the proxy`);
  // Flagger needs `threshold` failed checks `interval` apart after the same detection lag as ours.
  const flaggerS = FLAGGER.intervalS * FLAGGER.threshold;
  console.log('');
  console.log(`rollback-guard MTTR at the Service proxy (1 s scrape, interval 0.5 s, rate window 3 s): median ${proxyMedian.toFixed(2)} s over ${results.length} run(s); target ≤ ${TARGET_S} s (2 scrape intervals + 1 s): ${proxyMedian <= TARGET_S ? 'met' : 'NOT met'}`);
  console.log(`Flagger-default-like (interval ${FLAGGER.intervalS} s × threshold ${FLAGGER.threshold}): ≥ ${flaggerS} s before the rollback starts`);
  console.log(`ratio: ${proxyMedian > 0 ? (flaggerS / proxyMedian).toFixed(0) : '∞'}× faster; the seeds' target was 30 min (${(1800 / Math.max(proxyMedian, 0.001)).toFixed(0)}×)`);
} finally {
  client.close();
  await prometheus.stop();
  await proxy.stop();
  http.close();
  await cluster.stop();
}
