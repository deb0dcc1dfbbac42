// The committed bundle (dist/rollback-guard/index.js) under the runner harness, against Debian's
// Prometheus scraping real sample-app pods on the test control plane (1 s scrape, file_sd kept in
// sync by the kubelet simulator), load through the plane's Service proxy, the contract-validated
// GitHub double and a local webhook receiver. `npm test` rebuilds dist before the tests run.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGitHubClient } from '@pipeline/github';
import { startGitHubDouble } from '../../../test/support/github-double/index.ts';
import type { GitHubDouble } from '../../../test/support/github-double/index.ts';
import { runAction } from '../../../test/support/runner/index.ts';
import type { RunActionResult } from '../../../test/support/runner/index.ts';
import { createTestNamespace, deleteTestNamespace, KubeHttp, startPrometheus, startServiceProxy, useTestCluster, waitFor } from '../../../test/kube/index.ts';
import type { ClusterLease, PrometheusServer, ServiceProxy } from '../../../test/kube/index.ts';
import { createBlueGreen, startLoad, startWebhookReceiver } from './support/scenario.ts';
import type { Load, WebhookReceiver } from './support/scenario.ts';

const root = join(import.meta.dirname, '..', '..', '..');
const entry = join(process.env['ROLLBACK_GUARD_DIST'] ?? join(root, 'dist', 'rollback-guard'), 'index.js');
const action = join(root, 'rollback-guard', 'action.yml');
const TOKEN = 'ghs_rollback_guard_test_token_0123456789';

let lease: ClusterLease;
let http: KubeHttp;
let ns: string;
let proxy: ServiceProxy | undefined;
let prometheus: PrometheusServer | undefined;
let gh: GitHubDouble | undefined;
let hook: WebhookReceiver | undefined;
const loads = new Map<string, Load>();
const temps: string[] = [];

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'rollback-guard-'));
  temps.push(dir);
  return dir;
}

interface Service {
  metadata: { annotations?: Record<string, string> };
  spec: { selector: Record<string, string> };
}

function guard(inputs: Record<string, string>, timeoutMs = 60_000): Promise<RunActionResult> {
  return runAction({
    entry,
    action,
    timeoutMs,
    // The harness removes its own RUNNER_TEMP; the analysis JSON is read after the run.
    runnerTemp: tempDir(),
    token: TOKEN,
    ...(gh === undefined ? {} : { githubApiUrl: gh.url }),
    inputs: {
      'prometheus-url': prometheus?.url ?? '',
      kubeconfig: lease.info.kubeconfig,
      namespace: ns,
      interval: '1s',
      duration: '6s',
      'rate-window': '5s',
      'min-samples': '3',
      ...inputs,
    },
  });
}

function describeRun(name: string, r: RunActionResult): void {
  console.log(`[rollback-guard] ${name}: exit ${r.exitCode} in ${r.durationMs} ms, outputs ${JSON.stringify(r.outputs)}`);
  for (const a of r.annotations.filter((x) => x.level === 'error' || x.level === 'warning')) console.log(`[rollback-guard]   ${a.level}: ${a.message.slice(0, 300)}`);
  if (r.exitCode !== 0 && r.exitCode !== 1) console.log(r.stdout.slice(-3000), r.stderr.slice(-2000));
}

interface AnalysisFile {
  metrics: { name: string; measurements: { outcome: string }[] }[];
  stop?: { kind: string };
  signals: { kind: string }[];
  rollback: { scaledUp: boolean; to: string } | null;
}

function analysisOf(r: RunActionResult): AnalysisFile {
  return JSON.parse(readFileSync(r.outputs['analysis-path'] ?? '', 'utf8')) as AnalysisFile;
}

const service = (app: string) => http.get<Service>(`/api/v1/namespaces/${ns}/services/${app}`);

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

beforeAll(async () => {
  lease = await useTestCluster();
  const { info } = lease;
  http = new KubeHttp({ server: info.server, token: info.admin.token, ca: info.caPem });
  ns = await createTestNamespace(http, 'guard');
  proxy = await startServiceProxy({ endpoint: http.endpoint, namespaces: [ns] });
  gh = await startGitHubDouble();
  hook = await startWebhookReceiver();
  await createBlueGreen(http, ns, 'ok', { blue: { image: 'sample-app:v1' }, green: { image: 'sample-app:v2' } }, { active: 'green' });
  await createBlueGreen(http, ns, 'err', { blue: { image: 'sample-app:v1' }, green: { image: 'sample-app:v2', env: { ERROR_RATE: '0.1' } } }, { active: 'green' });
  await createBlueGreen(http, ns, 'slow', { blue: { image: 'sample-app:v1', env: { LATENCY_MS: '50' } }, green: { image: 'sample-app:v2', env: { LATENCY_MS: '150' } } }, { active: 'green' });
  await createBlueGreen(http, ns, 'gone', { blue: { image: 'sample-app:v1' }, green: { image: 'sample-app:v2' } }, { active: 'green' });
  prometheus = await startPrometheus({ targetsFile: info.prometheusTargetsFile });
  const apps = ['ok', 'err', 'slow', 'gone'];
  for (const app of apps) {
    for (const svc of [app, `${app}-blue-direct`]) {
      await waitFor(`${svc} behind the proxy`, () => Promise.resolve(proxy!.backends(ns, svc).length === 1 ? true : undefined), { timeoutMs: 40_000, intervalMs: 100 });
      loads.set(svc, startLoad(await proxy!.address(ns, svc, 80), 1));
    }
  }
  await prometheus.waitForQuery(`count(sum by (app, colour) (rate(http_requests_total{namespace="${ns}"}[5s])) > 0)`, (s) => Number(s[0]?.value[1] ?? 0) === apps.length * 2, 40_000);
  // Enough history for 5 s rates and for the Mann-Whitney window.
  await new Promise((resolve) => setTimeout(resolve, 7000));
}, 150_000);

afterAll(async () => {
  for (const [name, load] of loads) {
    const r = await load.stop();
    console.log(`[rollback-guard] load ${name}: ${r.sent} requests, ${r.failed} failed, versions ${JSON.stringify(r.versions)}`);
  }
  await prometheus?.stop();
  await proxy?.stop();
  await hook?.close();
  await gh?.close();
  if (http !== undefined) {
    await deleteTestNamespace(http, ns).catch(() => undefined);
    http.close();
  }
  await lease?.release();
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

describe('rollback-guard bundle against real Prometheus and the control plane', () => {
  it('passes healthy v2; fails 10% 5xx and rolls back; fails 3× latency under both judges', async () => {
    const github = createGitHubClient({ token: TOKEN, baseUrl: gh!.url, timeScale: 0 });
    const { data: deployment } = await github.rest.repos.createDeployment({ owner: 'owner', repo: 'repo', ref: 'main', environment: 'production', auto_merge: false, required_contexts: [] });
    const deploymentId = (deployment as { id: number }).id;
    const errLoadBefore = loads.get('err')!.snapshot();

    const [healthy, errors, slow, slowMw] = await Promise.all([
      // Prometheus ignores the header; it is here to prove the credential is masked.
      // A 2 s interval and one tolerated failure keep a busy 2-core machine's slow query from reading as an outage.
      guard({ service: 'ok', 'prometheus-auth': 'Bearer prom-s3cret-token-value', interval: '2s', duration: '8s', 'failure-limit': '1' }),
      guard({ service: 'err', 'deployment-id': String(deploymentId), 'notify-webhook': `${hook!.url}/hooks/guard`, duration: '20s' }),
      guard({ service: 'slow', metrics: 'latency-p95', 'on-breach': 'report' }),
      guard({ service: 'slow', metrics: 'latency-p95', judge: 'mann-whitney', 'min-samples': '5', 'on-breach': 'report' }),
    ]);
    describeRun('healthy v2', healthy);
    describeRun('v2 with 10% 5xx', errors);
    describeRun('v2 with 3× latency (threshold)', slow);
    describeRun('v2 with 3× latency (mann-whitney)', slowMw);

    expect(healthy.exitCode).toBe(0);
    expect(healthy.outputs).toMatchObject({ verdict: 'pass', breached: '', 'rolled-back': 'false' });
    expect(healthy.outputs['mttr-seconds']).toBeUndefined();
    expect((await service('ok')).spec.selector['colour']).toBe('green');
    expect(healthy.summary).toContain('rollback-guard: pass');
    expect(healthy.summary).toContain('```mermaid\nxychart-beta');
    expect(healthy.leaks).toEqual([]);
    expect(healthy.masked).toContain('prom-s3cret-token-value');

    expect(errors.exitCode).toBe(1);
    expect(errors.outputs).toMatchObject({ verdict: 'fail', breached: 'http-5xx-rate', 'rolled-back': 'true' });
    // A critical breach ends the analysis at once instead of waiting out the 20 s.
    expect(errors.durationMs).toBeLessThan(15_000);
    const mttr = Number(errors.outputs['mttr-seconds']);
    expect(mttr).toBeGreaterThan(0);
    expect(mttr).toBeLessThan(10);
    const rolled = await service('err');
    expect(rolled.spec.selector).toEqual({ app: 'err', colour: 'blue' });
    expect(rolled.metadata.annotations).toMatchObject({ 'pipeline.dev/active-color': 'blue', 'pipeline.dev/failed-color': 'green', 'pipeline.dev/previous-color': 'green' });
    expect(rolled.metadata.annotations?.['pipeline.dev/rollback-reason']).toMatch(/http-5xx-rate/);
    // A threshold-only metric has no baseline value: the baseline column says so rather than inventing one.
    expect(errors.summary).toMatch(/\| `http-5xx-rate` \(critical\) \| ❌ fail \| 0\.\d+ \| — \| threshold \| 0\.\d+ > threshold 0\.05 \|/);
    expect(errors.summary).toMatch(/> threshold 0\.05/);
    expect(errors.summary).toContain('**Rolled back** green → blue');
    // Traffic really went back: v1 answers through the stable route after the switch.
    await waitFor('v1 answers on the stable route', () => Promise.resolve((loads.get('err')!.snapshot().versions['v1'] ?? 0) > (errLoadBefore.versions['v1'] ?? 0) + 20 ? true : undefined), { timeoutMs: 10_000, intervalMs: 100 });
    // The webhook got the same facts as the summary.
    expect(hook!.received).toHaveLength(1);
    const message = hook!.received[0]!;
    expect(message.path).toBe('/hooks/guard');
    expect(message.body).toMatchObject({ source: 'pipeline/rollback-guard', verdict: 'fail', service: 'err', breached: ['http-5xx-rate'], rolledBack: true, newColour: 'green', baselineColour: 'blue' });
    const metric = (message.body as { metrics: { name: string; newValue: number; baselineValue: number; rule: string }[] }).metrics[0]!;
    expect(metric.name).toBe('http-5xx-rate');
    expect(metric.newValue).toBeGreaterThan(0.05);
    expect(metric.rule).toMatch(/> threshold 0\.05/);
    // The GitHub deployment is marked failed, within GitHub's contract.
    const statuses = gh!.callsTo('repos/create-deployment-status');
    expect(statuses).toHaveLength(1);
    expect(statuses[0]!.body).toMatchObject({ state: 'failure' });
    gh!.assertNoViolations();

    for (const [name, r] of [['threshold', slow], ['mann-whitney', slowMw]] as const) {
      expect(r.exitCode, name).toBe(1);
      expect(r.outputs, name).toMatchObject({ verdict: 'fail', breached: 'latency-p95', 'rolled-back': 'false' });
    }
    expect(slow.summary).toMatch(/> 2× baseline/);
    expect(slowMw.summary).toMatch(/Mann-Whitney U=/);
    expect(slowMw.summary).toMatch(/U=\S+ p=\S+ \(α=0\.01/);
    expect((await service('slow')).spec.selector['colour']).toBe('green');
  }, 90_000);

  it('fails a crash-looping v2 from Kubernetes signals before any metric has data, warming the scaled-down blue first', async () => {
    await createBlueGreen(http, ns, 'crash', { blue: { image: 'sample-app:v1', replicas: 0 }, green: { image: 'sample-app:v2-crash' } }, {
      active: 'green', annotations: { 'pipeline.dev/previous-replicas': '1' },
    });
    await waitFor('a green pod exists', async () => {
      const pods = await http.get<{ items: unknown[] }>(`/api/v1/namespaces/${ns}/pods`, { labelSelector: 'app=crash,colour=green' });
      return pods.items.length > 0 ? true : undefined;
    }, { timeoutMs: 20_000, intervalMs: 200 });
    // An independent observer: when the stable route first selects blue, blue must already be ready.
    let observing = true;
    let readyAtSwitch: number | undefined;
    const observer = (async () => {
      while (observing && readyAtSwitch === undefined) {
        const blue = await http.get<{ status: { readyReplicas?: number } }>(`/apis/apps/v1/namespaces/${ns}/deployments/crash-blue`);
        if ((await service('crash')).spec.selector['colour'] === 'blue') readyAtSwitch = blue.status.readyReplicas ?? 0;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    })();
    // The first measurement is 10 s away: any verdict before it comes from the signals.
    const r = await guard({ service: 'crash', metrics: 'http-5xx-rate', interval: '10s', duration: '30s', 'no-data': 'inconclusive' });
    observing = false;
    await observer;
    // Read before the selector, so a ready count of 1 here means blue was ready before the switch.
    expect(readyAtSwitch).toBe(1);
    describeRun('crash-looping v2', r);
    expect(r.exitCode).toBe(1);
    expect(r.outputs).toMatchObject({ verdict: 'fail', breached: 'kubernetes', 'rolled-back': 'true' });
    const analysis = analysisOf(r);
    expect(analysis.stop?.kind).toBe('signal');
    expect(analysis.metrics[0]!.measurements).toHaveLength(0);
    expect(analysis.signals[0]!.kind).toMatch(/^(CrashLoopBackOff|Restart|ReadinessDrop)$/);
    expect(analysis.rollback).toMatchObject({ scaledUp: true, to: 'blue' });
    expect(r.summary).toMatch(/\| (CrashLoopBackOff|Restart|ReadinessDrop) \| crash-green-/);
    const svc = await service('crash');
    expect(svc.spec.selector['colour']).toBe('blue');
    const blue = await http.get<{ status: { readyReplicas?: number } }>(`/apis/apps/v1/namespaces/${ns}/deployments/crash-blue`);
    expect(blue.status.readyReplicas).toBe(1);
  }, 60_000);

  it('a v2 whose metrics vanish is never a pass: fail or inconclusive by policy', async () => {
    await http.mergePatch(`/apis/apps/v1/namespaces/${ns}/deployments/gone-green`, { spec: { replicas: 0 } });
    await prometheus!.waitForQuery(`sum(rate(http_requests_total{namespace="${ns}",app="gone",colour="green"}[5s]))`, (s) => s.length === 0, 30_000);
    const common = { service: 'gone', metrics: 'http-5xx-rate\nlatency-p95', duration: '3s', 'on-breach': 'report', 'kube-signals': 'false' };
    const [fail, inconclusive, ignoreMw] = await Promise.all([
      guard({ ...common, 'no-data': 'fail' }),
      guard({ ...common, 'no-data': 'inconclusive' }),
      guard({ ...common, 'no-data': 'ignore', judge: 'mann-whitney' }),
    ]);
    describeRun('vanished, no-data: fail', fail);
    describeRun('vanished, no-data: inconclusive', inconclusive);
    describeRun('vanished, no-data: ignore (mann-whitney)', ignoreMw);
    expect(fail.outputs).toMatchObject({ verdict: 'fail', breached: 'http-5xx-rate,latency-p95', 'rolled-back': 'false' });
    expect(fail.exitCode).toBe(1);
    expect(inconclusive.outputs['verdict']).toBe('inconclusive');
    expect(inconclusive.exitCode).toBe(0);
    expect(ignoreMw.outputs['verdict']).toBe('inconclusive');
    expect(inconclusive.annotations.some((a) => a.level === 'warning' && /rollback-guard INCONCLUSIVE/.test(a.message))).toBe(true);
  }, 40_000);

  it('after a full switch the idle previous colour is judged as it was at the switch: the default metrics pass a healthy v2 and fail a slow one', async () => {
    const apps = { idle: { LATENCY_MS: '50' }, idleslow: { LATENCY_MS: '150' } };
    for (const [app, green] of Object.entries(apps)) {
      await createBlueGreen(http, ns, app, { blue: { image: 'sample-app:v1', env: { LATENCY_MS: '50' } }, green: { image: 'sample-app:v2', env: green } }, { active: 'green' });
    }
    const direct: Load[] = [];
    for (const app of Object.keys(apps)) {
      for (const svc of [app, `${app}-blue-direct`]) {
        await waitFor(`${svc} behind the proxy`, () => Promise.resolve(proxy!.backends(ns, svc).length === 1 ? true : undefined), { timeoutMs: 40_000, intervalMs: 100 });
        const load = startLoad(await proxy!.address(ns, svc, 80), 1);
        loads.set(svc, load);
        if (svc.endsWith('-blue-direct')) direct.push(load);
      }
    }
    const served = (colour: string) => `count(sum by (app) (rate(http_requests_total{namespace="${ns}",app=~"idle|idleslow",colour="${colour}"}[5s])) > 0)`;
    await prometheus!.waitForQuery(served('blue'), (s) => Number(s[0]?.value[1] ?? 0) === 2, 40_000);
    await new Promise((resolve) => setTimeout(resolve, 6000));
    // The switch: blue stops serving; green carries everything, as after a promotion.
    for (const load of direct) await load.stop();
    const switchedAt = new Date(Date.now() - 500).toISOString();
    await prometheus!.waitForQuery(served('blue'), (s) => s.length === 0, 30_000);

    // Without the switch time (what every guard did before), the idle baseline reads as missing data.
    const unknown = await guard({ service: 'idle', 'on-breach': 'report', 'kube-signals': 'false' });
    describeRun('idle baseline, switch time unknown', unknown);
    expect(unknown.outputs).toMatchObject({ verdict: 'fail', breached: 'latency-p95' });
    expect(unknown.summary).toContain('the baseline has no data');

    for (const app of Object.keys(apps)) {
      await http.mergePatch(`/api/v1/namespaces/${ns}/services/${app}`, { metadata: { annotations: { 'pipeline.dev/promoted-at': switchedAt, 'pipeline.dev/previous-color': 'blue' } } });
    }
    const [healthy, slow] = await Promise.all([
      guard({ service: 'idle', 'on-breach': 'report', 'kube-signals': 'false' }),
      guard({ service: 'idleslow', 'on-breach': 'report', 'kube-signals': 'false' }),
    ]);
    describeRun('idle baseline, healthy v2 (default metrics)', healthy);
    describeRun('idle baseline, 3× latency (default metrics)', slow);
    expect(healthy.exitCode).toBe(0);
    expect(healthy.outputs).toMatchObject({ verdict: 'pass', breached: '' });
    expect(healthy.summary).toContain(`baseline as of ${switchedAt}`);
    expect(slow.exitCode).toBe(1);
    expect(slow.outputs).toMatchObject({ verdict: 'fail', breached: 'latency-p95', 'rolled-back': 'false' });
    expect(slow.summary).toMatch(/> 2× baseline \S+ \(\S+\) \(baseline as of /);
  }, 120_000);

  it('reports an invalid PromQL query with the metric name and Prometheus\'s message', async () => {
    const r = await guard({ service: 'ok', metrics: '- name: broken\n  query: sum(rate(http_requests_total{ {{selector}} }[5s])\n  threshold: 1', duration: '2s', 'kube-signals': 'false' });
    describeRun('invalid PromQL', r);
    expect(r.exitCode).toBe(1);
    const error = r.annotations.find((a) => a.level === 'error');
    expect(error?.message).toMatch(/^Metric 'broken': its PromQL query was rejected by Prometheus \(400 bad_data\): .*parse error/);
    expect(r.outputs['verdict']).toBeUndefined();
  });

  it('with Prometheus down, the no-data policy applies', async () => {
    const url = `http://127.0.0.1:${await freePort()}`;
    const common = { service: 'slow', 'prometheus-url': url, metrics: 'http-5xx-rate', duration: '2s', 'on-breach': 'report', 'kube-signals': 'false' };
    const [fail, inconclusive, dryRun] = await Promise.all([
      guard({ ...common, 'no-data': 'fail' }),
      guard({ ...common, 'no-data': 'inconclusive' }),
      guard({ ...common, 'no-data': 'fail', 'on-breach': 'rollback', 'dry-run': 'true' }),
    ]);
    describeRun('Prometheus down, no-data: fail', fail);
    describeRun('Prometheus down, no-data: inconclusive', inconclusive);
    expect(fail.outputs).toMatchObject({ verdict: 'fail', breached: 'http-5xx-rate' });
    expect(inconclusive.outputs['verdict']).toBe('inconclusive');
    expect(fail.summary).toMatch(/Prometheus unavailable for the new colour \(unreachable/);
    // A dry run judges and plans the rollback but changes nothing.
    expect(dryRun.outputs).toMatchObject({ verdict: 'fail', 'rolled-back': 'false' });
    expect(dryRun.summary).toMatch(/\*\*Rollback \(dry run\):\*\* would wait until Deployment \S+\/slow-blue has 1 ready replicas; would switch Service \S+\/slow selector colour: green → blue/);
    expect((await service('slow')).spec.selector['colour']).toBe('green');
  });
});
