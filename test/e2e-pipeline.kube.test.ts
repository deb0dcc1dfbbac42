// End-to-end proof of the pipeline (issue 9, acceptance 4). A job player
// (test/support/e2e/player.ts) reads the YAML of the service repository's workflow
// (test/support/e2e/workflows/service.yml: ci.yml, then deploy.yml to staging) and of its
// production dispatch (test/support/e2e/workflows/production.yml: production.yml, which calls
// deploy.yml with tenant waves) and plays their jobs in `needs:` order, step by step:
// - our actions run as their real bundles under the runner harness, with the `with:` written in
//   the workflows, evaluated by GitHub's expression engine; nothing of it is repeated here;
// - `run:` steps run for real under bash (the changed-services selection, the digest hand-over,
//   deploy.yml's input checks, the consumer's own tests);
// - what this machine cannot do is played by recorded stand-ins, each named in
//   test/support/e2e/stand-ins.ts with what it emulates: actions/checkout (git fetch from the
//   local service repository), docker/setup-qemu-action, docker/setup-buildx-action,
//   docker/login-action, docker/build-push-action (pushes by digest to a registry double),
//   actions/upload-artifact and actions/download-artifact (the run's artifact store),
//   docker/metadata-action, actions/github-script (the script itself, run against the GitHub
//   double), and the `docker` program of `run:` steps (test/support/e2e/tools).
// Against: a private control plane whose kubelet simulator pulls images by digest from the
// registry double, Debian's Prometheus scraping the pods, the contract-validated GitHub double,
// and the project's Trivy stand-in in the runner's tool cache (answering with Trivy's real reports
// from the shared fixtures, read in place).
// PIPELINE_E2E_DIST=<dir> runs a private build (PIPELINE_DIST_DIR=<dir> node scripts/build.ts
// ci-gate trivy-scan sbom tenant-isolate bluegreen-deploy rollback-guard) instead of dist/.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGitHubClient, findSuccessfulDeployment, payloadHasDigest } from '@pipeline/github';
import type { GitHubClient } from '@pipeline/github';
import { clusterInfo, KubeHttp, startLoad, startPrometheus, startServiceProxy, startTestCluster } from './kube/index.ts';
import type { KubeObject, LoadHandle, LoadReport, PrometheusServer, ServiceProxy, TestCluster } from './kube/index.ts';
import { condition, interpolate, template, toJson } from './support/e2e/expressions.ts';
import type { Json, Scope } from './support/e2e/expressions.ts';
import { coerceInputs, expandMatrix, JobPlayer, ourAction } from './support/e2e/player.ts';
import type { StepRecord, WorkflowRun } from './support/e2e/player.ts';
import { relabelTargets } from './support/e2e/prometheus-targets.ts';
import type { TargetRelabeller } from './support/e2e/prometheus-targets.ts';
import { RegistryDouble } from './support/e2e/registry.ts';
import { ServiceRepo } from './support/e2e/service-repo.ts';
import { recordedStandIns } from './support/e2e/stand-ins.ts';
import type { StandIn } from './support/e2e/stand-in.ts';
import { IMAGE_SCAN_REPORT, trivyMachine } from './support/e2e/trivy-machine.ts';
import type { TrivyMachine } from './support/e2e/trivy-machine.ts';
import { startGitHubDouble } from './support/github-double/index.ts';
import type { GitHubDouble } from './support/github-double/index.ts';
import { runAction } from './support/runner/index.ts';
import { REPO_ROOT } from './support/runner/node.ts';
import { checkReferences, checkWorkflowSyntax } from './support/workflows/index.ts';

const fixtures = process.env['PIPELINE_FIXTURES'] ?? join(REPO_ROOT, '..', 'shared', 'fixtures');
const present = existsSync(join(fixtures, 'trivy-json', 'trivy', IMAGE_SCAN_REPORT)) && existsSync(join(fixtures, 'sbom', 'trivy'));
if (!present) console.log(`Skipping the end-to-end pipeline test: it needs Trivy's real reports under ${fixtures} (set PIPELINE_FIXTURES).`);
const dist = process.env['PIPELINE_E2E_DIST'];

const SERVICE_WORKFLOW = 'test/support/e2e/workflows/service.yml';
const PRODUCTION_WORKFLOW = 'test/support/e2e/workflows/production.yml';
const SERVICE = 'sample';
const IMAGE = 'ghcr.io/acme/shop/sample';
const STAGING = 'shop-staging';
const TENANTS = ['tenant-a', 'tenant-b'];
const NAMESPACES = [STAGING, ...TENANTS];
const TOKEN = 'ghs_e2e_pipeline_token_0123456789abcdef';
const REPOSITORY = { full_name: 'acme/shop', name: 'shop', owner: { login: 'acme' }, default_branch: 'main' };

let cluster: TestCluster;
let admin: KubeHttp;
let registry: RegistryDouble;
let relabeller: TargetRelabeller;
let prometheus: PrometheusServer;
let proxy: ServiceProxy;
let gh: GitHubDouble;
let github: GitHubClient;
let trivy: TrivyMachine;
let repo: ServiceRepo;
let standIns: Record<string, StandIn>;
const players: JobPlayer[] = [];
const loads = new Map<string, LoadHandle>();
const phases: { name: string; from: number; to: number }[] = [];
let kubeconfig = '';

interface Svc extends KubeObject {
  spec: { selector: Record<string, string> };
}
interface Deploy extends KubeObject {
  spec: { replicas: number; template: { spec: { containers: { name: string; image: string }[] } } };
}

function newPlayer(event: { name: string; payload: Record<string, Json> }, sha: string): JobPlayer {
  const player = new JobPlayer({
    root: REPO_ROOT,
    ...(dist === undefined ? {} : { dist }),
    repository: 'acme/shop',
    event,
    sha,
    ref: 'refs/heads/main',
    runId: 7000 + players.length,
    apiUrl: gh.url,
    token: TOKEN,
    vars: { PROMETHEUS_URL: prometheus.url },
    standIns,
    tools: registry.toolBox(),
    machineEnv: (action) => trivy.env(action),
    toolCache: trivy.toolCache,
    reviewers: { production: 'release-manager' },
    log: (line) => console.log(`[e2e] ${line}`),
  });
  players.push(player);
  return player;
}

/** A push of `sha` to main, `before` being the previous head. */
function pushed(before: string, sha: string): JobPlayer {
  return newPlayer({ name: 'push', payload: { ref: 'refs/heads/main', before, after: sha, repository: REPOSITORY, sender: { login: 'octocat' } } }, sha);
}

/** Actions → production → Run workflow, on main. */
function dispatched(inputs: Record<string, string>): JobPlayer {
  return newPlayer({ name: 'workflow_dispatch', payload: { ref: 'refs/heads/main', inputs, repository: REPOSITORY, sender: { login: 'octocat' } } }, repo.head());
}

function stepOf(player: JobPlayer, step: string, workflow?: string): StepRecord {
  const found = player.steps.filter((s) => s.step === step && (workflow === undefined || s.workflow === workflow));
  expect(found, `step '${step}' played once`).toHaveLength(1);
  return found[0] as StepRecord;
}

function digestOf(run: WorkflowRun, job: string): string {
  return (JSON.parse(run.jobs[job]?.outputs['digests'] ?? '{}') as Record<string, string>)[SERVICE] ?? '';
}

async function serving(namespace: string): Promise<{ selector: Record<string, string>; image: string | undefined; resourceVersion: string | undefined }> {
  const svc = await admin.get<Svc>(`/api/v1/namespaces/${namespace}/services/${SERVICE}`);
  const colour = svc.spec.selector['color'] ?? '';
  const deployment = await admin.find<Deploy>(`/apis/apps/v1/namespaces/${namespace}/deployments/${SERVICE}-${colour}`);
  return { selector: svc.spec.selector, image: deployment?.spec.template.spec.containers[0]?.image, resourceVersion: svc.metadata.resourceVersion };
}

async function deploymentsOf(environment: string): Promise<{ id: number; sha: string; images: Record<string, string>; state: string | undefined }[]> {
  const { data } = await github.rest.repos.listDeployments({ owner: 'acme', repo: 'shop', environment, per_page: 100 });
  return Promise.all(data.map(async (d) => {
    const statuses = await github.rest.repos.listDeploymentStatuses({ owner: 'acme', repo: 'shop', deployment_id: Number(d.id), per_page: 100 });
    const payload = (typeof d.payload === 'string' ? {} : d.payload) as { images?: Record<string, string> };
    return { id: Number(d.id), sha: d.sha, images: payload.images ?? {}, state: statuses.data.find((s) => s.state !== 'inactive')?.state };
  }));
}

/** production.yml's refusal, for a digest with no successful deployment among `checked` staging deployments. */
function refusal(digest: string, checked: number): string {
  return `${digest} has no successful deployment in 'staging' (newest ${checked} deployments checked). Deploy it to staging first; production takes only staged digests.`;
}

function failuresIn(report: LoadReport, from: number, to: number): number {
  return report.failures.filter((f) => f.at >= from && f.at <= to).length;
}

function phase<T>(name: string, body: () => Promise<T>): Promise<T> {
  const from = Date.now();
  return body().finally(() => phases.push({ name, from, to: Date.now() }));
}

/** The state before this story: v1 serves staging and every production tenant, their namespaces made by tenant-isolate. */
async function bootstrap(v1: string): Promise<void> {
  const tenantIsolate = ourAction(REPO_ROOT, 'tenant-isolate', dist);
  const bluegreen = ourAction(REPO_ROOT, 'bluegreen-deploy', dist);
  for (const tenants of ['deploy/staging-tenants.yaml', 'deploy/tenants.yaml']) {
    const result = await runAction({ entry: tenantIsolate.main, action: tenantIsolate.file, workspace: repo.dir, inputs: { tenants, kubeconfig }, timeoutMs: 120_000 });
    expect(result.exitCode, result.stdout + result.stderr).toBe(0);
  }
  const deploy = { service: SERVICE, manifests: `deploy/${SERVICE}/`, images: `app=${IMAGE}@${v1}`, 'require-digest': 'true', kubeconfig, timeout: '3m', summary: 'false' };
  for (const where of [{ namespace: STAGING }, { tenants: 'deploy/tenants.yaml', waves: '{all: ["*"]}' }]) {
    const result = await runAction({ entry: bluegreen.main, action: bluegreen.file, workspace: repo.dir, inputs: { ...deploy, ...where }, timeoutMs: 240_000 });
    expect(result.exitCode, result.stdout + result.stderr).toBe(0);
  }
}

beforeAll(async () => {
  if (!present) return;
  registry = new RegistryDouble();
  cluster = await startTestCluster({ simulator: { images: registry.simulatorImages() } });
  const info = clusterInfo(cluster);
  kubeconfig = info.kubeconfig;
  admin = new KubeHttp({ server: info.server, token: info.admin.token, ca: info.caPem });
  relabeller = relabelTargets(info.prometheusTargetsFile, join(info.stateDir, 'targets-relabelled.json'));
  prometheus = await startPrometheus({ targetsFile: relabeller.file });
  proxy = await startServiceProxy({ endpoint: { server: info.server, token: info.admin.token, ca: info.caPem }, namespaces: NAMESPACES });
  gh = await startGitHubDouble();
  github = createGitHubClient({ token: TOKEN, baseUrl: gh.url, timeScale: 0 });
  trivy = trivyMachine({ fixtures, registry });
  repo = new ServiceRepo({ service: SERVICE, image: IMAGE, stagingNamespace: STAGING, productionTenants: TENANTS });
  standIns = recordedStandIns({ repository: repo.dir, registry });
}, 300_000);

afterAll(async () => {
  const reports = new Map<string, LoadReport>();
  for (const [namespace, load] of loads) reports.set(namespace, await load.stop());
  if (players.length > 0) {
    const steps = players.flatMap((p) => p.steps);
    const kinds = ['action', 'post', 'run', 'stand-in', 'skipped'] as const;
    const standInUses = new Map<string, number>();
    for (const s of steps.filter((x) => x.kind === 'stand-in')) standInUses.set((s.uses ?? '').split('@')[0] ?? '', (standInUses.get((s.uses ?? '').split('@')[0] ?? '') ?? 0) + 1);
    const jobs = players.flatMap((p) => p.jobs);
    const calls = jobs.filter((j) => !steps.some((s) => s.workflow === j.workflow && s.job === j.job)).filter((j) => j.result !== 'skipped');
    console.log(`[e2e] workflow runs played: ${players.length}; jobs played: ${jobs.length - calls.length - jobs.filter((j) => j.result === 'skipped').length} with steps`
      + ` + ${calls.length} reusable-workflow calls; jobs skipped by their if/needs: ${jobs.filter((j) => j.result === 'skipped').length}`);
    console.log(`[e2e] steps: ${kinds.map((k) => `${k} ${steps.filter((s) => s.kind === k).length}`).join(', ')}`);
    console.log(`[e2e] stand-ins used: ${[...standInUses].map(([k, n]) => `${k} ×${n}`).join(', ')}; tool stand-ins: docker (tags applied ${[...registry.images.values()].reduce((n, i) => n + i.tags.length, 0)})`);
    console.log(`[e2e] Trivy stand-in calls: ${trivy.calls().length}; registry: ${registry.images.size} images pushed, ${registry.pulls.length} pulls by the kubelet simulator`);
    for (const [namespace, report] of reports) {
      const byPhase = phases.map((p) => `${p.name} ${failuresIn(report, p.from, p.to)}`).join(', ');
      console.log(`[e2e] load ${namespace}: ${report.total} requests, ${report.failed} failed (by phase: ${byPhase}); answers by version ${JSON.stringify(report.byVersion)}; max schedule lag ${Math.round(report.maxScheduleLagMs)} ms`);
    }
  }
  for (const p of players) p.dispose();
  relabeller?.stop();
  await proxy?.stop();
  await prometheus?.stop();
  admin?.close();
  await cluster?.stop();
  await gh?.close();
  registry?.dispose();
  trivy?.dispose();
  repo?.dispose();
}, 120_000);

describe('the job player reads workflows as the runner does', () => {
  const scope = (contexts: Scope['contexts'], failed = false): Scope => ({ contexts, failed, where: 'test' });

  it('adds success() to conditions without a status function, and keeps types of whole expressions', () => {
    expect(condition('inputs.push', scope({ inputs: { push: true } }))).toBe(true);
    expect(condition('inputs.push', scope({ inputs: { push: true } }, true))).toBe(false);
    expect(condition("${{ !cancelled() && inputs.cmd != '' }}", scope({ inputs: { cmd: 'x' } }, true))).toBe(true);
    expect(condition("failure() && steps.migrate.outcome == 'success'", scope({ steps: { migrate: { outcome: 'success' } } }, true))).toBe(true);
    expect(condition(undefined, scope({}, true))).toBe(false);
    expect(toJson(template("${{ github.event_name != 'pull_request' }}", scope({ github: { event_name: 'push' } })))).toBe(true);
    expect(interpolate('deploy-${{ inputs.environment }}-${{ inputs.service }}', scope({ inputs: { environment: 'staging', service: 'api' } }))).toBe('deploy-staging-api');
    // deploy.yml's analysis: literal braces inside a string literal do not end the expression.
    expect(interpolate("${{ inputs.analysis || format('{{\"duration\":\"{0}\"}}', inputs.step) }}", scope({ inputs: { analysis: '', step: '2m' } }))).toBe('{"duration":"2m"}');
    expect(interpolate('${{ fromJSON(needs.ci.outputs.digests)[matrix.service] }}', scope({ needs: { ci: { outputs: { digests: '{"api":"sha256:1"}' } } }, matrix: { service: 'api' } }))).toBe('sha256:1');
  });

  it('the workflows it plays parse with GitHub\'s parser and pass only declared inputs', async () => {
    expect(await checkWorkflowSyntax(REPO_ROOT, [SERVICE_WORKFLOW, PRODUCTION_WORKFLOW, '.github/workflows/ci.yml', '.github/workflows/deploy.yml', '.github/workflows/production.yml'])).toEqual([]);
    expect(checkReferences(REPO_ROOT, { files: [SERVICE_WORKFLOW, PRODUCTION_WORKFLOW] })).toEqual([]);
  });

  it('expands matrices and types reusable-workflow inputs as GitHub does', () => {
    expect(expandMatrix({ include: [{ service: 'a' }, { service: 'b' }] }, 'm')).toEqual([{ service: 'a' }, { service: 'b' }]);
    expect(expandMatrix({ service: ['a', 'b'], include: [{ service: 'a', extra: 1 }, { service: 'c' }] }, 'm')).toEqual([{ service: 'a', extra: 1 }, { service: 'b' }, { service: 'c' }]);
    const specs = { push: { type: 'boolean' as const, default: true }, services: { type: 'string' as const, required: true } };
    expect(coerceInputs(specs, { services: template('x', scope({})) }, 'call')).toEqual({ push: true, services: 'x' });
    expect(() => coerceInputs(specs, { services: template('x', scope({})), push: template('true', scope({})) }, 'call')).toThrow("input 'push' is type boolean");
    expect(() => coerceInputs(specs, {}, 'call')).toThrow("does not pass required input 'services'");
    expect(() => coerceInputs(specs, { services: template('x', scope({})), extra: template('y', scope({})) }, 'call')).toThrow("passes input 'extra', which is not declared");
  });
});

describe.skipIf(!present)('the pipeline, end to end: ci.yml → deploy.yml (staging) → production.yml (waves)', () => {
  let v2 = '';
  let v2Commit = '';

  it('a good release goes from CI through staging to production in waves, canary first, with 0 failed requests under load', async () => {
    // v1, from an earlier CI run, serves staging and both tenants; then the load starts.
    const first = repo.initialCommit('sample-app:v1');
    const v1 = `sha256:${createHash('sha256').update('sample-app:v1 built before this story').digest('hex')}`;
    registry.push({ repository: IMAGE, digest: v1, from: 'sample-app:v1', platforms: ['linux/amd64'], labels: {} });
    await bootstrap(v1);
    for (const namespace of NAMESPACES) {
      loads.set(namespace, startLoad({ url: `http://${await proxy.address(namespace, SERVICE, 80)}/`, rps: 10, closeEvery: 10, timeoutMs: 5000 }));
    }

    await phase('good release', async () => {
      v2Commit = repo.release('sample-app:v2');
      const service = await pushed(first, v2Commit).play(SERVICE_WORKFLOW, { KUBECONFIG: kubeconfig });
      expect(service.jobs['ci']?.result).toBe('success');
      expect(service.jobs['ci']?.outputs['gate-passed']).toBe('true');
      v2 = digestOf(service, 'ci');
      expect(v2).toMatch(/^sha256:[0-9a-f]{64}$/);
      // Built from the pushed commit, pushed by digest, and tagged only after the gate and both scans.
      const built = registry.images.get(v2);
      expect(built).toMatchObject({ repository: IMAGE, from: 'sample-app:v2', platforms: ['linux/amd64', 'linux/arm64'] });
      expect(built?.tags).toEqual([`${IMAGE}:sha-${v2Commit}`, `${IMAGE}:develop-${v2Commit}`]);
      expect(service.jobs['staging']).toMatchObject({ result: 'success', outputs: { result: 'promoted' } });
      // rollback-guard watched the new colour; with 10 s it takes one measurement, short of the
      // 10 (min-samples) a pass needs, so its verdict is inconclusive unless something breached.
      expect(service.jobs['staging']?.outputs['guard-verdict']).not.toBe('fail');
      expect(service.jobs['staging']?.outputs['rolled-back']).not.toBe('true');
      const staged = await deploymentsOf('staging');
      expect(staged.map((d) => [d.sha, d.images['app'], d.state])).toEqual([[v2Commit, `${IMAGE}@${v2}`, 'success']]);
      expect(await serving(STAGING)).toMatchObject({ image: `${IMAGE}@${v2}` });

      const production = dispatched({ service: SERVICE, digest: v2 });
      const release = await production.play(PRODUCTION_WORKFLOW, { KUBECONFIG: kubeconfig });
      expect(release.result, JSON.stringify(release.jobs)).toBe('success');
      expect(release.jobs['release']?.outputs).toMatchObject({ 'staged-sha': v2Commit, result: 'promoted' });
      expect(release.jobs['release']?.outputs['rolled-back']).not.toBe('true');
      // The staged check (github-script's own script, run against the double) agrees with @pipeline/github.
      const staging = await findSuccessfulDeployment(github, { owner: 'acme', repo: 'shop' }, { environment: 'staging', payloadMatch: payloadHasDigest(v2) });
      expect(stepOf(production, 'Find the successful staging deployment of the digest').outputs).toMatchObject({ sha: v2Commit, 'deployment-id': String(staging?.id) });
      expect(production.approvals).toEqual([`production: deploy ${SERVICE} to production approved by release-manager`]);
      // Waves: the canary tenant first, then the rest, each promoted.
      const deploy = stepOf(production, 'Blue/green deploy');
      expect((JSON.parse(deploy.outputs['results'] ?? '[]') as { namespace: string; result: string }[]).map((r) => [r.namespace, r.result])).toEqual([['tenant-a', 'promoted'], ['tenant-b', 'promoted']]);
      expect(deploy.run?.stdout.split('\n').filter((l) => l.startsWith('Wave '))).toEqual(["Wave 'canary': tenant-a", "Wave 'rest': tenant-b"]);
      for (const tenant of TENANTS) {
        expect(await serving(tenant)).toMatchObject({ image: `${IMAGE}@${v2}` });
        expect((await deploymentsOf(`production/${tenant}`)).map((d) => [d.images['app'], d.state])).toEqual([[`${IMAGE}@${v2}`, 'success']]);
      }
    });

    // Every request through each namespace's stable Service succeeded, from v1 to v2.
    const window = phases.at(-1) ?? { from: 0, to: 0 };
    for (const namespace of NAMESPACES) {
      const report = loads.get(namespace)?.snapshot();
      expect(report?.total).toBeGreaterThan(0);
      expect(failuresIn(report as LoadReport, window.from, window.to), `${namespace}: ${JSON.stringify(report?.failures.slice(0, 5))}`).toBe(0);
      expect(report?.byVersion['v1']).toBeGreaterThan(0);
      expect(report?.byVersion['v2']).toBeGreaterThan(0);
      expect(report?.responses.at(-1)?.version).toBe('v2');
    }
    for (const p of players) expect(p.problems).toEqual([]);
    expect(gh.violations).toEqual([]);
  }, 20 * 60_000);

  it('a broken release is rolled back automatically in staging and never reaches production', async () => {
    expect(v2, 'the good release ran first').not.toBe('');
    const before = await Promise.all(TENANTS.map(serving));
    await phase('broken release', async () => {
      const previous = repo.head();
      const v3Commit = repo.release('sample-app:v3-errors');
      const service = await pushed(previous, v3Commit).play(SERVICE_WORKFLOW, { KUBECONFIG: kubeconfig });
      expect(service.jobs['ci']?.result).toBe('success');
      const v3 = digestOf(service, 'ci');
      expect(registry.images.get(v3)?.from).toBe('sample-app:v3-errors');
      // The step analysis saw v3's 500s and put staging back on v2; the staging job failed.
      expect(service.jobs['staging']).toMatchObject({ result: 'failure', outputs: { result: 'rolled-back' } });
      const staged = await deploymentsOf('staging');
      expect(staged.find((d) => d.images['app'] === `${IMAGE}@${v3}`)?.state).toBe('failure');
      expect(await serving(STAGING)).toMatchObject({ image: `${IMAGE}@${v2}` });

      // Someone dispatches production with it anyway: the staged check refuses, nothing deploys.
      const production = dispatched({ service: SERVICE, digest: v3 });
      const release = await production.play(PRODUCTION_WORKFLOW, { KUBECONFIG: kubeconfig });
      expect(release.result).toBe('failure');
      const check = stepOf(production, 'Find the successful staging deployment of the digest');
      expect(check.outcome).toBe('failure');
      expect(check.errors).toEqual([refusal(v3, staged.length)]);
      expect(production.jobs.find((j) => j.job === 'deploy' && j.workflow === '.github/workflows/production.yml')?.result).toBe('skipped');
      for (const tenant of TENANTS) expect((await deploymentsOf(`production/${tenant}`)).some((d) => d.images['app'] === `${IMAGE}@${v3}`)).toBe(false);
    });
    expect(await Promise.all(TENANTS.map(serving))).toEqual(before);
    const window = phases.at(-1) ?? { from: 0, to: 0 };
    for (const tenant of TENANTS) {
      const report = loads.get(tenant)?.snapshot() as LoadReport;
      expect(failuresIn(report, window.from, window.to)).toBe(0);
      expect(report.byVersion['v3']).toBeUndefined();
    }
    for (const p of players) expect(p.problems).toEqual([]);
    expect(gh.violations).toEqual([]);
  }, 10 * 60_000);

  it('production refuses a digest that was never staged', async () => {
    expect(v2, 'the good release ran first').not.toBe('');
    const unstaged = `sha256:${createHash('sha256').update('an image nobody deployed to staging').digest('hex')}`;
    await phase('unstaged digest', async () => {
      const production = dispatched({ service: SERVICE, digest: unstaged });
      const release = await production.play(PRODUCTION_WORKFLOW, { KUBECONFIG: kubeconfig });
      expect(release.result).toBe('failure');
      const staged = await deploymentsOf('staging');
      expect(stepOf(production, 'Find the successful staging deployment of the digest').errors).toEqual([refusal(unstaged, staged.length)]);
      expect(production.jobs.find((j) => j.job === 'deploy' && j.workflow === '.github/workflows/production.yml')?.result).toBe('skipped');
      expect(production.steps.filter((s) => s.kind === 'action')).toEqual([]);
    });
    for (const tenant of TENANTS) expect(await serving(tenant)).toMatchObject({ image: `${IMAGE}@${v2}` });
    for (const p of players) expect(p.problems).toEqual([]);
    expect(gh.violations).toEqual([]);
  }, 5 * 60_000);
});
