// bluegreen-deploy benchmark on the real control plane (etcd + kube-apiserver + controller-manager,
// pods run by the kubelet simulator with real readiness probes). Side by side in one run, round by
// round, alternating sample-app v2/v1:
//
// - ours, `route-method: service`: the bundle under the runner harness, as a real process;
// - ours, `route-method: gateway-api` with traffic-steps 10,50,100 (Gateway API CRDs installed,
//   HTTPRoute `shop` in front of Service `shop`), no analysis;
// - the kubectl path k8s-deploy takes: `kubectl apply -f` of the idle colour's Deployment,
//   `kubectl rollout status`, `kubectl patch` of the Service selector.
//
// The control plane's share of each deploy is measured independently, by watching from this
// process: from the new ReplicaSet's ADDED event to the event in which its last pod turns Ready.
// Overhead = wall time of the deploy − that share. Between rounds the colour that served before is
// scaled to 0 (untimed, as the post step or a later run does after scale-down-delay), so every
// deploy starts the new colour from nothing. minReadySeconds is 0, so Ready means available.
// After the rounds, one more deploy of each route method goes through a pass-through apiserver proxy,
// which sorts its requests by purpose (lock, discovery, reads, apply, waits, ...): where the request
// count goes.
// Usage: npm run bench -- bluegreen-deploy [--rounds 4] [--trace]
// --trace: also list every request of those two deploys.
// BLUEGREEN_DIST=<dir> runs a private build instead of dist/bluegreen-deploy.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { exec } from '@pipeline/core';
import { parseAllDocuments, stringify } from 'yaml';
import { appManifests, entry, runDeploy, Workspace } from '../actions/bluegreen-deploy/test/support/scenario.ts';
import { node24 } from '../test/support/runner/index.ts';
import type { RunActionResult } from '../test/support/runner/index.ts';
import {
  createTestNamespace, installGatewayApiCrds, KubeHttp, obtainKubectl, reflect, startFaultProxy, startTestCluster, waitFor,
} from '../test/kube/index.ts';
import type { KubeObject, RecordedRequest } from '../test/kube/index.ts';

const roundsArg = process.argv.indexOf('--rounds');
const rounds = roundsArg > 0 ? Number(process.argv[roundsArg + 1]) : 4;
if (!Number.isInteger(rounds) || rounds < 1) throw new Error(`--rounds must be a whole number of at least 1, not '${process.argv[roundsArg + 1] ?? ''}'`);
const trace = process.argv.includes('--trace');
const REPLICAS = 2;
const APP = 'shop';
const OVERHEAD_TARGET_MS = 1000;
const REQUEST_TARGET = 40;

interface Pod extends KubeObject {
  status?: { conditions?: { type: string; status: string }[] };
}

type Colour = 'blue' | 'green';
const other = (c: Colour): Colour => (c === 'blue' ? 'green' : 'blue');

/** One deploy, as measured. */
interface Sample {
  totalMs: number;
  /** New ReplicaSet seen → all its pods seen Ready. */
  controlPlaneMs: number;
  requests: number;
  /** Per step kind, for ours (from the `step-timings` output). */
  steps?: Record<string, number>;
}

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length === 0 ? Number.NaN : s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};
const ms = (v: number): string => (Number.isNaN(v) ? '-' : `${Math.round(v)} ms`);

/** The sample app as a user writes it, with a template that differs every deploy (a new ReplicaSet each time). */
function manifests(image: string, deploy: number): string {
  const docs = parseAllDocuments(appManifests({ app: APP, image, replicas: REPLICAS, env: { BENCH_DEPLOY: String(deploy) } })).map((d) => d.toJS() as Record<string, unknown>);
  for (const d of docs) {
    // Ready then means available: the control plane's time is the pods' time to Ready, for both paths alike.
    if (d['kind'] === 'Deployment') (d['spec'] as Record<string, unknown>)['minReadySeconds'] = 0;
  }
  return docs.map((d) => stringify(d)).join('---\n');
}

/** The same Deployment rendered as one colour, for the kubectl path: `<app>-<colour>` with the colour label. */
function colourDeployment(image: string, deploy: number, colour: Colour): string {
  const text = manifests(image, deploy);
  const deployment = parseAllDocuments(text).map((d) => d.toJS() as { kind: string; metadata: { name: string; labels?: Record<string, string> }; spec: { selector: { matchLabels: Record<string, string> }; template: { metadata: { labels: Record<string, string> } } } }).find((d) => d.kind === 'Deployment');
  if (deployment === undefined) throw new Error('appManifests gave no Deployment');
  deployment.metadata.name = `${APP}-${colour}`;
  deployment.metadata.labels = { ...deployment.metadata.labels, color: colour };
  deployment.spec.selector.matchLabels = { ...deployment.spec.selector.matchLabels, color: colour };
  deployment.spec.template.metadata.labels = { ...deployment.spec.template.metadata.labels, color: colour };
  return stringify(deployment);
}

const cluster = await startTestCluster();
const http = new KubeHttp({ server: cluster.server, token: cluster.admin.token, ca: cluster.caPem });
const wsService = new Workspace();
const wsGateway = new Workspace();
const kubectlDir = new Workspace();

// Watch events are stamped on arrival, on this process's clock: the independent measure of the control plane.
const rsSeen = new Map<string, { namespace: string; deployment: string; at: number }>();
const readyAt = new Map<string, Map<string, number>>();
const podsByColour = new Map<string, Set<string>>();
const replicaSets = reflect<KubeObject>(http, {
  path: '/apis/apps/v1/replicasets',
  onChange: (type, rs) => {
    const owner = rs.metadata.ownerReferences?.find((o) => o.kind === 'Deployment');
    if (type === 'ADDED' && owner !== undefined) rsSeen.set(rs.metadata.uid ?? rs.metadata.name, { namespace: rs.metadata.namespace ?? '', deployment: owner.name, at: performance.now() });
  },
});
const pods = reflect<Pod>(http, {
  path: '/api/v1/pods',
  onChange: (type, pod) => {
    const key = `${pod.metadata.namespace ?? ''}/${pod.metadata.labels?.['color'] ?? ''}`;
    const uid = pod.metadata.uid ?? pod.metadata.name;
    const set = podsByColour.get(key) ?? new Set<string>();
    if (type === 'DELETED') set.delete(uid);
    else set.add(uid);
    podsByColour.set(key, set);
    const rs = pod.metadata.ownerReferences?.find((o) => o.kind === 'ReplicaSet');
    const ready = pod.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True') === true;
    if (type === 'DELETED' || rs === undefined || !ready || pod.metadata.deletionTimestamp !== undefined) return;
    const times = readyAt.get(rs.uid) ?? new Map<string, number>();
    if (!times.has(uid)) times.set(uid, performance.now());
    readyAt.set(rs.uid, times);
  },
});

/** The control plane's share of the deploy that started at `since`: the new ReplicaSet of `deployment` until all its pods were Ready. */
function controlPlaneMs(namespace: string, deployment: string, since: number): number {
  const created = [...rsSeen].filter(([, r]) => r.namespace === namespace && r.deployment === deployment && r.at >= since);
  if (created.length !== 1) throw new Error(`expected one new ReplicaSet of ${namespace}/${deployment}, saw ${created.length}`);
  const [uid, rs] = created[0]!;
  const times = [...(readyAt.get(uid)?.values() ?? [])].sort((a, b) => a - b);
  const last = times[REPLICAS - 1];
  if (last === undefined) throw new Error(`${namespace}/${deployment}: only ${times.length} of ${REPLICAS} new pods were seen Ready`);
  return last - rs.at;
}

/** Untimed: the colour that served before goes to 0, and its pods are gone before the next deploy. */
async function scaleToZero(namespace: string, colour: Colour): Promise<void> {
  await http.mergePatch(`/apis/apps/v1/namespaces/${namespace}/deployments/${APP}-${colour}`, { spec: { replicas: 0 } });
  await waitFor(`${namespace} ${colour} pods gone`, () => Promise.resolve((podsByColour.get(`${namespace}/${colour}`)?.size ?? 0) === 0 ? true : undefined), { timeoutMs: 60_000, intervalMs: 50 });
}

/** What a request of a deploy is for, from its verb, resource and query (an apply is the only PATCH with force=true). */
const CATEGORIES = [
  'lock: Lease acquire and release',
  'discovery: API groups and versions',
  'reads: stable Service, HTTPRoute, Deployments',
  'apply: server-side apply of the colour',
  'records: progress, selector, promotion on the Service',
  'waits: lists and watches (rollout, ready pods, endpoints)',
  'traffic: HTTPRoute weight writes',
  'other',
] as const;
type Category = (typeof CATEGORIES)[number];

function categorise(r: RecordedRequest): Category {
  const i = r.info;
  if (i === undefined) return 'discovery: API groups and versions';
  if (i.resource === 'leases') return 'lock: Lease acquire and release';
  if (i.verb === 'list' || i.verb === 'watch') return 'waits: lists and watches (rollout, ready pods, endpoints)';
  if (i.verb === 'get') return 'reads: stable Service, HTTPRoute, Deployments';
  if (i.verb === 'patch' && /[?&]force=true(&|$)/.test(r.path)) return 'apply: server-side apply of the colour';
  if (i.verb === 'patch' && i.resource === 'httproutes') return 'traffic: HTTPRoute weight writes';
  if (i.verb === 'patch' && i.resource === 'services' && i.name === APP) return 'records: progress, selector, promotion on the Service';
  return 'other';
}

function check(run: RunActionResult, what: string): void {
  if (run.exitCode !== 0 || run.outputs['result'] !== 'promoted') {
    throw new Error(`${what}: exit ${String(run.exitCode)}, result ${run.outputs['result'] ?? '-'}\n${(run.stdout + run.stderr).slice(-4000)}`);
  }
}

try {
  await Promise.all([replicaSets.synced, pods.synced]);
  const kubectlBinary = await obtainKubectl();
  await installGatewayApiCrds(http);
  const nsService = await createTestNamespace(http, 'bench-bg-service');
  const nsGateway = await createTestNamespace(http, 'bench-bg-gateway');
  const nsKubectl = await createTestNamespace(http, 'bench-bg-kubectl');
  await http.post(`/apis/gateway.networking.k8s.io/v1beta1/namespaces/${nsGateway}/httproutes`, {
    apiVersion: 'gateway.networking.k8s.io/v1beta1',
    kind: 'HTTPRoute',
    metadata: { name: APP },
    spec: { parentRefs: [{ name: 'public' }], rules: [{ backendRefs: [{ name: APP, port: 80 }] }] },
  });
  const kubeEnv = { ...process.env, KUBECONFIG: cluster.kubeconfigPath };

  const ours = async (ws: Workspace, namespace: string, image: string, deploy: number, extra: Record<string, string>): Promise<RunActionResult> => {
    ws.write('deploy/app.yaml', manifests(image, deploy));
    return runDeploy({ workspace: ws, kubeconfig: cluster.kubeconfig, inputs: { namespace, service: APP, manifests: 'deploy/app.yaml', timeout: '120s', ...extra } });
  };
  /** The kubectl path, each command a process as in a workflow; -v=6 lists every API request. */
  const kubectlRun = async (args: string[]): Promise<{ ms: number; requests: number }> => {
    const started = performance.now();
    const r = await exec(kubectlBinary, [...args, '-v=6'], { env: kubeEnv, timeoutMs: 180_000 });
    const took = performance.now() - started;
    if (r.exitCode !== 0) throw new Error(`kubectl ${args.join(' ')} exited ${String(r.exitCode)}: ${r.stderr.slice(-2000)}`);
    return { ms: took, requests: r.stderr.split('\n').filter((l) => / (GET|POST|PUT|PATCH|DELETE) https?:\/\//.test(l)).length };
  };
  const kubectlDeploy = async (image: string, deploy: number, colour: Colour): Promise<{ ms: number; requests: number }> => {
    const file = kubectlDir.write(`${colour}-${deploy}.yaml`, colourDeployment(image, deploy, colour));
    const steps = [
      await kubectlRun(['apply', '-n', nsKubectl, '-f', join(kubectlDir.dir, file)]),
      await kubectlRun(['rollout', 'status', '-n', nsKubectl, `deployment/${APP}-${colour}`, '--timeout=120s']),
      await kubectlRun(['patch', 'service', APP, '-n', nsKubectl, '-p', JSON.stringify({ spec: { selector: { app: APP, color: colour } } })]),
    ];
    return { ms: steps.reduce((a, s) => a + s.ms, 0), requests: steps.reduce((a, s) => a + s.requests, 0) };
  };

  process.stdout.write(`bluegreen-deploy: ${rounds} rounds, ${REPLICAS} replicas, Kubernetes ${cluster.version}, bundle ${entry}\n`);
  // The first deploy of each path creates blue from nothing; it is set-up, not measured.
  check(await ours(wsService, nsService, 'sample-app:v1', 0, {}), 'first deploy (service)');
  check(await ours(wsGateway, nsGateway, 'sample-app:v1', 0, { 'route-method': 'gateway-api', 'traffic-steps': '100' }), 'first deploy (gateway-api)');
  const blue = kubectlDir.write('blue-0.yaml', colourDeployment('sample-app:v1', 0, 'blue'));
  await kubectlRun(['apply', '-n', nsKubectl, '-f', join(kubectlDir.dir, blue)]);
  await kubectlRun(['rollout', 'status', '-n', nsKubectl, `deployment/${APP}-blue`, '--timeout=120s']);
  const svcFile = join(kubectlDir.dir, 'service.yaml');
  await writeFile(svcFile, stringify({ apiVersion: 'v1', kind: 'Service', metadata: { name: APP }, spec: { selector: { app: APP, color: 'blue' }, ports: [{ name: 'http', port: 80, targetPort: 'http', protocol: 'TCP' }] } }));
  await kubectlRun(['apply', '-n', nsKubectl, '-f', svcFile]);

  const samples = { service: [] as Sample[], gateway: [] as Sample[], kubectl: [] as Sample[] };
  const active: Record<'service' | 'gateway' | 'kubectl', Colour> = { service: 'blue', gateway: 'blue', kubectl: 'blue' };
  const stepsOf = (run: RunActionResult): Record<string, number> => {
    const out: Record<string, number> = {};
    for (const s of JSON.parse(run.outputs['step-timings'] ?? '[]') as { kind: string; seconds: number }[]) out[s.kind] = (out[s.kind] ?? 0) + s.seconds * 1000;
    return out;
  };
  for (let round = 1; round <= rounds; round++) {
    const image = round % 2 === 1 ? 'sample-app:v2' : 'sample-app:v1';
    const line: string[] = [];
    for (const [path, ns, ws, extra] of [
      ['service', nsService, wsService, {}],
      ['gateway', nsGateway, wsGateway, { 'route-method': 'gateway-api', 'traffic-steps': '10,50,100' }],
    ] as const) {
      const target = other(active[path]);
      const since = performance.now();
      const run = await ours(ws, ns, image, round, extra);
      check(run, `round ${round} (${path})`);
      const sample: Sample = { totalMs: run.durationMs, controlPlaneMs: controlPlaneMs(ns, `${APP}-${target}`, since), requests: Number(run.outputs['api-requests']), steps: stepsOf(run) };
      samples[path].push(sample);
      line.push(`${path} ${ms(sample.totalMs)} (plane ${ms(sample.controlPlaneMs)}, ${sample.requests} requests)`);
      await scaleToZero(ns, active[path]);
      active[path] = target;
    }
    const target = other(active.kubectl);
    const since = performance.now();
    const k = await kubectlDeploy(image, round, target);
    const sample: Sample = { totalMs: k.ms, controlPlaneMs: controlPlaneMs(nsKubectl, `${APP}-${target}`, since), requests: k.requests };
    samples.kubectl.push(sample);
    line.push(`kubectl ${ms(sample.totalMs)} (plane ${ms(sample.controlPlaneMs)}, ${sample.requests} requests)`);
    await scaleToZero(nsKubectl, active.kubectl);
    active.kubectl = target;
    process.stdout.write(`round ${round} (${image}): ${line.join('; ')}\n`);
  }
  // The floor under every run: Node starting and loading the bundle, which then stops at an invalid input before any API call.
  const starts: number[] = [];
  for (let i = 0; i < 3; i++) {
    const run = await runDeploy({ workspace: wsService, kubeconfig: cluster.kubeconfig, inputs: { namespace: nsService, service: APP, action: 'nope' } });
    if (run.exitCode !== 1) throw new Error(`a run with action 'nope' should fail on its input; exit ${String(run.exitCode)}`);
    starts.push(run.durationMs);
  }
  const bare: number[] = [];
  for (let i = 0; i < 3; i++) {
    const started = performance.now();
    await exec(node24(), ['-e', '0']);
    bare.push(performance.now() - started);
  }
  // One more deploy per route method through a pass-through proxy, which sees (and sorts) every request.
  const traced: { name: string; counted: string; requests: RecordedRequest[] }[] = [];
  const proxy = await startFaultProxy(cluster);
  try {
    for (const [path, name, ns, ws, extra] of [
      ['service', 'service', nsService, wsService, {}],
      ['gateway', 'gateway-api', nsGateway, wsGateway, { 'route-method': 'gateway-api', 'traffic-steps': '10,50,100' }],
    ] as const) {
      const target = other(active[path]);
      const from = proxy.requests.length;
      ws.write('deploy/app.yaml', manifests(rounds % 2 === 0 ? 'sample-app:v2' : 'sample-app:v1', rounds + 1));
      const run = await runDeploy({ workspace: ws, kubeconfig: proxy.kubeconfig, inputs: { namespace: ns, service: APP, manifests: 'deploy/app.yaml', timeout: '120s', ...extra } });
      check(run, `traced deploy (${name})`);
      traced.push({ name, counted: run.outputs['api-requests'] ?? '-', requests: proxy.requests.slice(from) });
      active[path] = target;
    }
  } finally {
    await proxy.stop();
  }
  if (trace) {
    for (const t of traced) {
      process.stdout.write(`\ntraced ${t.name} deploy: ${t.counted} requests counted by the action, ${t.requests.length} seen by the proxy\n`);
      for (const r of t.requests) {
        const i = r.info;
        process.stdout.write(`  ${r.method.padEnd(6)} ${(i === undefined ? r.path : `${i.verb} ${i.resource}${i.name === undefined ? '' : `/${i.name}`}`).padEnd(48)} ${String(r.status ?? '-').padEnd(4)} ${categorise(r).split(':')[0] ?? ''}\n`);
      }
    }
  }

  const summary = (xs: Sample[]) => ({
    total: median(xs.map((s) => s.totalMs)),
    plane: median(xs.map((s) => s.controlPlaneMs)),
    overhead: median(xs.map((s) => s.totalMs - s.controlPlaneMs)),
    requests: median(xs.map((s) => s.requests)),
    maxRequests: Math.max(...xs.map((s) => s.requests)),
  });
  const svc = summary(samples.service);
  const gw = summary(samples.gateway);
  const kc = summary(samples.kubectl);
  const row = (name: string, s: ReturnType<typeof summary>, requestTarget?: number): string =>
    `  ${name.padEnd(42)} ${ms(s.total).padStart(9)} ${ms(s.plane).padStart(9)} ${ms(s.overhead).padStart(9)} ${String(s.requests).padStart(9)} (max ${s.maxRequests})${requestTarget === undefined ? '' : `, target ≤ ${requestTarget}: ${s.requests <= requestTarget ? 'PASS' : 'MISS'}`}\n`;
  process.stdout.write(`\nmedians over ${rounds} deploys each (wall = whole run; plane = new ReplicaSet → all its pods Ready; overhead = wall − plane)\n`);
  process.stdout.write(`  ${''.padEnd(42)} ${'wall'.padStart(9)} ${'plane'.padStart(9)} ${'overhead'.padStart(9)} ${'requests'.padStart(9)}\n`);
  process.stdout.write(row('bluegreen-deploy, route-method service', svc));
  process.stdout.write(row('bluegreen-deploy, gateway-api 10,50,100', gw, REQUEST_TARGET));
  process.stdout.write(row('kubectl apply + rollout status + patch', kc));
  process.stdout.write(`  ${'floor: Node + bundle load, stops at an input'.padEnd(42)} ${ms(median(starts)).padStart(9)}\n`);
  process.stdout.write(`  ${'floor: node -e 0'.padEnd(42)} ${ms(median(bare)).padStart(9)}\n`);

  const kinds = ['apply', 'rollout', 'ready-gate', 'shift', 'promote'];
  process.stdout.write(`\nbluegreen-deploy's own steps (median ms; "outside" = process start, inputs, kubeconfig, lock, state read, preflight, outputs)\n`);
  for (const [name, xs] of [['service', samples.service], ['gateway-api', samples.gateway]] as const) {
    const parts = kinds.map((k) => `${k} ${Math.round(median(xs.map((s) => s.steps?.[k] ?? 0)))}`);
    const outside = median(xs.map((s) => s.totalMs - Object.values(s.steps ?? {}).reduce((a, b) => a + b, 0)));
    process.stdout.write(`  ${name.padEnd(12)} ${parts.join(', ')}, outside ${Math.round(outside)}\n`);
  }

  process.stdout.write(`\nwhere the API requests go: one more deploy of each, through a pass-through proxy${trace ? ' (listed above)' : ' (--trace lists them)'}\n`);
  process.stdout.write(`  ${''.padEnd(58)} ${traced.map((t) => t.name.padStart(11)).join(' ')}\n`);
  for (const c of CATEGORIES) {
    const counts = traced.map((t) => t.requests.filter((r) => categorise(r) === c).length);
    if (c === 'other' && counts.every((n) => n === 0)) continue;
    process.stdout.write(`  ${c.padEnd(58)} ${counts.map((n) => String(n).padStart(11)).join(' ')}\n`);
  }
  process.stdout.write(`  ${'total seen by the proxy'.padEnd(58)} ${traced.map((t) => String(t.requests.length).padStart(11)).join(' ')}\n`);
  process.stdout.write(`  ${'total counted by the action (its api-requests output)'.padEnd(58)} ${traced.map((t) => t.counted.padStart(11)).join(' ')}\n`);

  const verdict = (ok: boolean): string => (ok ? 'PASS' : 'MISS');
  process.stdout.write('\n');
  process.stdout.write(`  overhead (service): ${ms(svc.overhead)}, of which ${ms(median(starts))} is Node starting the bundle; target ≤ ${OVERHEAD_TARGET_MS} ms: ${verdict(svc.overhead <= OVERHEAD_TARGET_MS)}\n`);
  process.stdout.write(`  overhead (gateway-api, 3 steps, no analysis): ${ms(gw.overhead)}; target ≤ ${OVERHEAD_TARGET_MS} ms: ${verdict(gw.overhead <= OVERHEAD_TARGET_MS)}\n`);
  process.stdout.write(`  API requests for a 3-step shift (gateway-api): median ${gw.requests} (max ${gw.maxRequests}); target ≤ ${REQUEST_TARGET}: ${verdict(gw.requests <= REQUEST_TARGET)}${gw.maxRequests > REQUEST_TARGET ? ` (the max is above it)` : ''}; service method: median ${svc.requests} (max ${svc.maxRequests})\n`);
  process.stdout.write(`  kubectl path / ours (service), wall time: ${(kc.total / svc.total).toFixed(2)}× (target > 1: ours faster): ${verdict(kc.total > svc.total)}\n`);
  process.stdout.write(`  kubectl path / ours (gateway-api, 3 steps), wall time: ${(kc.total / gw.total).toFixed(2)}×\n`);
  process.stdout.write([
    '',
    'What each path does:',
    '  bluegreen-deploy: takes the Lease lock, reads the state on the stable Service, runs preflight, records progress, applies',
    '    the colour Deployment, both colour Services and the stable Service (server-side apply), waits for the rollout by watch,',
    '    waits until the preview Service\'s EndpointSlices list every new pod ready, then moves traffic (service: selector and',
    '    progress in one write, then waits until the stable Service\'s endpoints are the new pods only; gateway-api: HTTPRoute',
    '    weights 10 → 50 → 100, then the selector, then settles the route), records the promotion, releases the lock.',
    '  kubectl path: three processes (apply, rollout status, patch); it never checks that the Service\'s endpoints follow,',
    '    takes no lock, records nothing to resume from, and has no readiness gate beyond the rollout status.',
    '',
  ].join('\n'));
} finally {
  wsService.dispose();
  wsGateway.dispose();
  kubectlDir.dispose();
  replicaSets.stop();
  pods.stop();
  http.close();
  await cluster.stop();
}
