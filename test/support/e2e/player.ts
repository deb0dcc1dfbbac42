// A small, honest job player: it reads a workflow's YAML and plays its jobs in `needs:` order,
// step by step, the way the runner would.
// - `uses:` of this repository's actions (`./<action>`, `<owner>/pipeline/<action>@<ref>`,
//   `<owner>/pipeline@<ref>`) run the real bundle named by the action's metadata (`runs.main`,
//   then `runs.post` at the end of the job) under the runner harness, with the `with:` written in
//   the YAML, evaluated by GitHub's expression engine.
// - `uses:` of reusable workflows in this repository are played recursively with their evaluated
//   `with:` (typed as the callee declares) and `secrets:`.
// - `run:` steps run for real under bash, with the runner's environment contract (GITHUB_OUTPUT,
//   GITHUB_ENV, ...) and the tool stand-ins first on PATH.
// - Any other `uses:` needs a recorded stand-in, or the player refuses the step.
// Jobs run one after another (GitHub runs independent jobs in parallel; the order is a valid one).
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { data } from '@actions/expressions';
import { parse as parseYaml } from 'yaml';
import { parseKeyValueFile, parsePathFile, parseWorkflowCommands, runAction } from '../runner/index.ts';
import type { Annotation, RunActionResult } from '../runner/index.ts';
import { findActionMetadata, resolveUses } from '../workflows/index.ts';
import { condition, evaluateTree, interpolate, template, toJson } from './expressions.ts';
import type { Json, Scope } from './expressions.ts';
import { declared, jobOrder, needsOf, readWorkflowSpec } from './model.ts';
import type { InputSpec, JobSpec, WorkflowSpec } from './model.ts';
import { standInKey } from './stand-in.ts';
import type { ArtifactStore, StandIn } from './stand-in.ts';

export type Result = 'success' | 'failure' | 'skipped';

export interface StepRecord {
  workflow: string;
  job: string;
  step: string;
  kind: 'action' | 'post' | 'stand-in' | 'run' | 'skipped';
  uses?: string;
  outcome: Result;
  outputs: Record<string, string>;
  durationMs: number;
  /** Error annotations the step printed (or the stand-in's error). */
  errors: string[];
  /** The runner harness's record, for steps of our actions. */
  run?: RunActionResult;
}

export interface JobRecord {
  workflow: string;
  job: string;
  name: string;
  result: Result;
  outputs: Record<string, string>;
  environment?: string;
  concurrency?: string;
}

export interface WorkflowRun {
  file: string;
  result: Result;
  outputs: Record<string, Json>;
  jobs: Record<string, { result: Result; outputs: Record<string, string> }>;
}

/** Tools that `run:` steps find first on PATH (stand-ins for programs this machine lacks). */
export interface ToolBox {
  binDir: string;
  env: Record<string, string>;
  /** Called after each `run:` step, so a tool's recorded effects reach the doubles. */
  afterStep?: () => void;
}

export interface PlayerOptions {
  /** The pipeline repository: its actions, dist/ and .github/workflows/. */
  root: string;
  /** A private build to run instead of dist/: `<dist>/<action>/index.js`. */
  dist?: string;
  /** The consumer repository the run belongs to, `owner/name`. */
  repository: string;
  event: { name: string; payload: Record<string, Json> };
  sha: string;
  ref: string;
  runId: number;
  apiUrl: string;
  token: string;
  vars: Record<string, string>;
  standIns: Record<string, StandIn>;
  tools: ToolBox;
  /** Variables the runner machine gives our actions' processes (the Trivy stand-in's settings). */
  machineEnv?: (action: string) => Record<string, string>;
  /** The runner image's tool cache (RUNNER_TOOL_CACHE), shared by every job; each job gets an empty one otherwise. */
  toolCache?: string;
  /** Secrets of GitHub environments; they win over the secrets passed in, as on GitHub. */
  environmentSecrets?: Record<string, Record<string, string>>;
  /** Environments with required reviewers, and who approves their jobs (a stand-in for the review). */
  reviewers?: Record<string, string>;
  stepTimeoutMs?: number;
  log?: (line: string) => void;
}

export interface ActionRuns {
  file: string;
  name: string;
  main: string;
  post?: string;
  postIf?: string;
}

interface JobFrame {
  workflow: WorkflowSpec;
  jobId: string;
  label: string;
  inputs: Record<string, Json>;
  secrets: Record<string, string>;
  needs: Record<string, Json>;
  matrix: Record<string, Json>;
  workspace: string;
  runnerTemp: string;
  toolCache: string;
  eventPath: string;
}

const INHERITED = ['HOME', 'LANG', 'LC_ALL', 'TMPDIR'];
const DEFAULT_STEP_TIMEOUT_MS = 15 * 60_000;

function refName(ref: string): { name: string; type: string } {
  if (ref.startsWith('refs/tags/')) return { name: ref.slice('refs/tags/'.length), type: 'tag' };
  return { name: ref.replace(/^refs\/(heads\/)?/, ''), type: 'branch' };
}

function errorsOf(annotations: Annotation[]): string[] {
  return annotations.filter((a) => a.level === 'error').map((a) => (a.title === undefined ? a.message : `${a.title}: ${a.message}`));
}

function stringMap(value: Json, where: string): Record<string, string> {
  if (value === null) return {};
  if (typeof value !== 'object' || Array.isArray(value)) throw new Error(`${where} must be a mapping`);
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, v === null ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v)]));
}

function sameJson(a: Json | undefined, b: Json | undefined): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** GitHub's matrix expansion: the product of the vectors, then `exclude`, then `include` (extending matching legs, else adding one). */
export function expandMatrix(matrix: Json, where: string): Record<string, Json>[] {
  if (matrix === null) return [{}];
  if (typeof matrix !== 'object' || Array.isArray(matrix)) throw new Error(`${where} must be a mapping`);
  const { include, exclude, ...vectors } = matrix;
  let legs: Record<string, Json>[] = Object.keys(vectors).length === 0 ? [] : [{}];
  for (const [key, values] of Object.entries(vectors)) {
    if (!Array.isArray(values)) throw new Error(`${where}.${key} must be a list (got ${JSON.stringify(values)})`);
    legs = legs.flatMap((leg) => values.map((v) => ({ ...leg, [key]: v })));
  }
  for (const ex of Array.isArray(exclude) ? exclude : []) {
    if (ex === null || typeof ex !== 'object' || Array.isArray(ex)) continue;
    legs = legs.filter((leg) => !Object.entries(ex).every(([k, v]) => sameJson(leg[k], v)));
  }
  const original = legs.map((leg) => ({ ...leg }));
  for (const item of Array.isArray(include) ? include : include === undefined || include === null ? [] : [include]) {
    if (item === null || typeof item !== 'object' || Array.isArray(item)) throw new Error(`${where}.include items must be mappings`);
    const matching = original.map((_, i) => i).filter((i) => Object.entries(item).every(([k, v]) => !(k in vectors) || sameJson(original[i]?.[k], v)));
    if (matching.length > 0) {
      for (const i of matching) legs[i] = { ...legs[i], ...item };
    } else {
      legs.push({ ...item });
    }
  }
  if (legs.length === 0) throw new Error(`${where} expands to no jobs`);
  return legs;
}

/** Inputs as the callee declares them: typed, defaults filled, unknown and missing required ones refused. */
export function coerceInputs(specs: Record<string, InputSpec | null>, given: Record<string, data.ExpressionData>, where: string): Record<string, Json> {
  const lower = new Map(Object.keys(specs).map((k) => [k.toLowerCase(), k]));
  for (const name of Object.keys(given)) if (!lower.has(name.toLowerCase())) throw new Error(`${where} passes input '${name}', which is not declared (declared: ${Object.keys(specs).join(', ')})`);
  const out: Record<string, Json> = {};
  for (const [name, rawSpec] of Object.entries(specs)) {
    const spec = rawSpec ?? {};
    const key = Object.keys(given).find((k) => k.toLowerCase() === name.toLowerCase());
    const value = key === undefined ? undefined : given[key];
    const type = spec.type ?? 'string';
    if (value === undefined) {
      if (spec.required === true && spec.default === undefined) throw new Error(`${where} does not pass required input '${name}'`);
      out[name] = (spec.default ?? (type === 'boolean' ? false : type === 'number' ? 0 : '')) as Json;
      continue;
    }
    if (type === 'boolean') {
      if (value.kind !== data.Kind.Boolean) throw new Error(`${where} input '${name}' is type boolean, got ${JSON.stringify(toJson(value))}`);
      out[name] = toJson(value);
    } else if (type === 'number') {
      if (value.kind !== data.Kind.Number) throw new Error(`${where} input '${name}' is type number, got ${JSON.stringify(toJson(value))}`);
      out[name] = toJson(value);
    } else {
      if (value.kind === data.Kind.Array || value.kind === data.Kind.Dictionary) throw new Error(`${where} input '${name}' is type ${type}, got an ${value.kind === data.Kind.Array ? 'array' : 'object'}`);
      const text = value.coerceString();
      if (type === 'choice' && Array.isArray(spec.options) && !spec.options.map(String).includes(text)) throw new Error(`${where} input '${name}' is '${text}', not one of ${spec.options.join(', ')}`);
      out[name] = text;
    }
  }
  return out;
}

function literal(value: unknown): data.ExpressionData {
  if (typeof value === 'boolean') return new data.BooleanData(value);
  if (typeof value === 'number') return new data.NumberData(value);
  if (value === null || value === undefined) return new data.Null();
  return new data.StringData(String(value));
}

/** Runs a script like the runner's default shell on Linux: `bash --noprofile --norc -eo pipefail {0}`. */
interface BashResult {
  exitCode: number | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
}

function runBash(script: string, options: { cwd: string; env: Record<string, string>; timeoutMs: number; scriptDir: string }): Promise<BashResult> {
  const file = join(options.scriptDir, `${randomUUID()}.sh`);
  writeFileSync(file, script);
  return new Promise((done, fail) => {
    const child = spawn('bash', ['--noprofile', '--norc', '-eo', 'pipefail', file], { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let timedOut = false;
    const guard = setTimeout(() => {
      timedOut = true;
      if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
    }, options.timeoutMs);
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.stderr.on('data', (c: Buffer) => err.push(c));
    child.on('error', (error) => {
      clearTimeout(guard);
      fail(error);
    });
    child.on('close', (code) => {
      clearTimeout(guard);
      rmSync(file, { force: true });
      done({ exitCode: code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8'), timedOut });
    });
  });
}

/**
 * One of this repository's actions, as its metadata names its bundles: `dir` is the action's
 * directory ('' for the root action). With `dist`, bundles under dist/ are taken from there.
 */
export function ourAction(root: string, dir: string, dist?: string, where = dir): ActionRuns {
  const file = findActionMetadata(root, dir);
  if (file === undefined) throw new Error(`${where}: no action.yml in '${dir || '.'}'`);
  const meta = parseYaml(readFileSync(join(root, file), 'utf8')) as { runs?: { using?: string; main?: string; post?: string; 'post-if'?: string } };
  const runs = meta.runs ?? {};
  if (runs.using !== 'node24' || runs.main === undefined) throw new Error(`${where}: ${file} is not a node24 action with runs.main`);
  const entry = (path: string): string => {
    const absolute = resolve(root, dirname(file), path);
    const committed = join(root, 'dist');
    return dist === undefined || !absolute.startsWith(`${committed}/`) ? absolute : join(dist, relative(committed, absolute));
  };
  return {
    file: join(root, file),
    name: dir === '' ? 'ci-gate' : dir,
    main: entry(runs.main),
    ...(runs.post === undefined ? {} : { post: entry(runs.post), postIf: runs['post-if'] ?? 'always()' }),
  };
}

export class JobPlayer {
  readonly steps: StepRecord[] = [];
  readonly jobs: JobRecord[] = [];
  /** `<environment>: approved by <who>` for every job that waited for required reviewers. */
  readonly approvals: string[] = [];
  /** Inputs our actions did not declare, and similar contract problems the runner would only warn about. */
  readonly problems: string[] = [];
  private readonly artifacts: ArtifactStore = new Map();
  private readonly dirs: string[] = [];
  private readonly log: (line: string) => void;
  private topName = '';
  private readonly options: PlayerOptions;

  constructor(options: PlayerOptions) {
    this.options = options;
    this.log = options.log ?? (() => undefined);
  }

  /** Plays a workflow from its trigger; a dispatch's inputs come from the event, as on GitHub. */
  async play(file: string, secrets: Record<string, string> = {}): Promise<WorkflowRun> {
    const spec = readWorkflowSpec(resolve(this.options.root, file), file);
    this.topName = spec.name;
    const trigger = this.options.event.name;
    const raw = trigger === 'workflow_dispatch' ? this.options.event.payload['inputs'] : undefined;
    const given = raw !== null && typeof raw === 'object' && !Array.isArray(raw) ? Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, literal(v)])) : {};
    const typed = trigger === 'workflow_dispatch' ? coerceInputs(declared<InputSpec | null>(spec, trigger, 'inputs'), given, `${file} (dispatch)`) : {};
    return this.playWorkflow(spec, typed, secrets);
  }

  /** Removes the job directories (workspaces, RUNNER_TEMP) of every job played. */
  dispose(): void {
    for (const dir of this.dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  }

  private github(frame: JobFrame | undefined, jobId: string): Json {
    const o = this.options;
    const { name, type } = refName(o.ref);
    return {
      token: o.token,
      job: jobId,
      ref: o.ref,
      ref_name: name,
      ref_type: type,
      sha: o.sha,
      repository: o.repository,
      repository_owner: o.repository.split('/')[0] ?? '',
      run_id: String(o.runId),
      run_number: '1',
      run_attempt: '1',
      actor: 'octocat',
      triggering_actor: 'octocat',
      workflow: this.topName,
      event_name: o.event.name,
      event: o.event.payload,
      server_url: 'https://github.com',
      api_url: o.apiUrl,
      graphql_url: `${o.apiUrl}/graphql`,
      workspace: frame?.workspace ?? '',
      action: '',
      head_ref: '',
      base_ref: '',
    };
  }

  private scope(frame: JobFrame, extra: Partial<Scope['contexts']>, failed: boolean, where: string): Scope {
    return {
      contexts: {
        github: this.github(frame, frame.jobId),
        inputs: frame.inputs,
        vars: this.options.vars,
        secrets: { ...frame.secrets, GITHUB_TOKEN: this.options.token },
        needs: frame.needs,
        matrix: frame.matrix,
        strategy: {},
        runner: { os: 'Linux', arch: 'X64', name: 'job-player', temp: frame.runnerTemp, tool_cache: this.options.toolCache ?? frame.toolCache, environment: 'github-hosted' },
        env: {},
        steps: {},
        job: {},
        ...extra,
      },
      failed,
      where,
    };
  }

  private async playWorkflow(spec: WorkflowSpec, inputs: Record<string, Json>, secrets: Record<string, string>): Promise<WorkflowRun> {
    const results: WorkflowRun['jobs'] = {};
    for (const jobId of jobOrder(spec)) {
      const job = spec.jobs[jobId] as JobSpec;
      results[jobId] = await this.playJob(spec, jobId, job, inputs, secrets, results);
    }
    const outputSpecs = declared<{ value?: string }>(spec, 'workflow_call', 'outputs');
    const scope: Scope = {
      contexts: { github: this.github(undefined, ''), inputs, vars: this.options.vars, jobs: results as unknown as Json },
      failed: false,
      where: `${spec.file} on.workflow_call.outputs`,
    };
    const outputs = Object.fromEntries(Object.entries(outputSpecs).map(([name, o]) => [name, toJson(template(o.value ?? '', { ...scope, where: `${scope.where}.${name}` }))]));
    const result: Result = Object.values(results).some((r) => r.result === 'failure') ? 'failure' : 'success';
    return { file: spec.file, result, outputs, jobs: results };
  }

  private newFrame(
    spec: WorkflowSpec, jobId: string, label: string, inputs: Record<string, Json>, secrets: Record<string, string>, needs: Record<string, Json>, matrix: Record<string, Json>,
  ): JobFrame {
    const root = mkdtempSync(join(tmpdir(), 'e2e-job-'));
    this.dirs.push(root);
    const frame: JobFrame = {
      workflow: spec, jobId, label, inputs, secrets, needs, matrix,
      workspace: join(root, 'workspace'), runnerTemp: join(root, 'temp'), toolCache: join(root, 'tool-cache'), eventPath: join(root, 'event.json'),
    };
    for (const dir of [frame.workspace, frame.runnerTemp, frame.toolCache]) mkdirSync(dir, { recursive: true });
    writeFileSync(frame.eventPath, JSON.stringify(this.options.event.payload));
    return frame;
  }

  private async playJob(spec: WorkflowSpec, jobId: string, job: JobSpec, inputs: Record<string, Json>, secrets: Record<string, string>, done: WorkflowRun['jobs']): Promise<{ result: Result; outputs: Record<string, string> }> {
    const needs: Record<string, Json> = Object.fromEntries(needsOf(job).map((n) => [n, done[n] as unknown as Json]));
    const where = `${spec.file} jobs.${jobId}`;
    const base = this.newFrame(spec, jobId, jobId, inputs, secrets, needs, {});
    const needsFailed = needsOf(job).some((n) => done[n]?.result !== 'success');
    if (!condition(job.if, this.scope(base, {}, needsFailed, `${where}.if`))) {
      this.jobs.push({ workflow: spec.file, job: jobId, name: jobId, result: 'skipped', outputs: {} });
      this.log(`job ${spec.file} ${jobId}: skipped`);
      return { result: 'skipped', outputs: {} };
    }
    const matrix = job.strategy?.matrix === undefined ? null : evaluateTree(job.strategy.matrix, this.scope(base, {}, false, `${where}.strategy.matrix`));
    const legs = expandMatrix(matrix, `${where}.strategy.matrix`);
    let result: Result = 'success';
    const outputs: Record<string, string> = {};
    for (const leg of legs) {
      const label = Object.keys(leg).length === 0 ? jobId : `${jobId} (${Object.values(leg).map((v) => (typeof v === 'object' ? JSON.stringify(v) : String(v))).join(', ')})`;
      const frame = Object.keys(leg).length === 0 ? base : this.newFrame(spec, jobId, label, inputs, secrets, needs, leg);
      const legResult = job.uses === undefined ? await this.playSteps(frame, job) : await this.playCall(frame, job);
      // Matrix legs share the job's outputs: the last leg to set one wins, as on GitHub.
      Object.assign(outputs, legResult.outputs);
      if (legResult.result === 'failure') result = 'failure';
    }
    return { result, outputs };
  }

  private jobName(frame: JobFrame, job: JobSpec): string {
    return job.name === undefined ? frame.label : interpolate(job.name, this.scope(frame, {}, false, `${frame.workflow.file} jobs.${frame.jobId}.name`));
  }

  private async playCall(frame: JobFrame, job: JobSpec): Promise<{ result: Result; outputs: Record<string, string> }> {
    const where = `${frame.workflow.file} jobs.${frame.jobId}`;
    const target = resolveUses(job.uses ?? '', { local: true });
    if (target?.kind !== 'workflow') throw new Error(`${where}: '${job.uses ?? ''}' is not a reusable workflow of this repository; the player plays only those`);
    const callee = readWorkflowSpec(resolve(this.options.root, target.path), target.path);
    const scope = this.scope(frame, {}, false, `${where}.with`);
    const given = Object.fromEntries(Object.entries(job.with ?? {}).map(([k, v]) => [k, typeof v === 'string' ? template(v, { ...scope, where: `${where}.with.${k}` }) : literal(v)]));
    const inputs = coerceInputs(declared<InputSpec | null>(callee, 'workflow_call', 'inputs'), given, `${where} (${target.path})`);
    const declaredSecrets = Object.keys(declared(callee, 'workflow_call', 'secrets'));
    let secrets: Record<string, string>;
    if (job.secrets === 'inherit') {
      secrets = { ...frame.secrets };
    } else {
      secrets = {};
      for (const [name, value] of Object.entries(job.secrets ?? {})) {
        if (!declaredSecrets.some((d) => d.toLowerCase() === name.toLowerCase())) throw new Error(`${where} passes secret '${name}', which ${target.path} does not declare`);
        secrets[name] = interpolate(value, { ...scope, where: `${where}.secrets.${name}` });
      }
    }
    this.log(`job ${frame.workflow.file} ${this.jobName(frame, job)}: calls ${target.path}`);
    const run = await this.playWorkflow(callee, inputs, secrets);
    const outputs = stringMap(run.outputs as Json, `${target.path} outputs`);
    this.jobs.push({ workflow: frame.workflow.file, job: frame.label, name: this.jobName(frame, job), result: run.result, outputs });
    return { result: run.result, outputs };
  }

  private runnerVariables(frame: JobFrame, stepId: string): Record<string, string> {
    const o = this.options;
    const { name, type } = refName(o.ref);
    return {
      CI: 'true',
      GITHUB_ACTIONS: 'true',
      GITHUB_ACTION: stepId,
      GITHUB_ACTOR: 'octocat',
      GITHUB_TRIGGERING_ACTOR: 'octocat',
      GITHUB_API_URL: o.apiUrl,
      GITHUB_GRAPHQL_URL: `${o.apiUrl}/graphql`,
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_REPOSITORY: o.repository,
      GITHUB_REPOSITORY_OWNER: o.repository.split('/')[0] ?? '',
      GITHUB_SHA: o.sha,
      GITHUB_REF: o.ref,
      GITHUB_REF_NAME: name,
      GITHUB_REF_TYPE: type,
      GITHUB_HEAD_REF: '',
      GITHUB_BASE_REF: '',
      GITHUB_RUN_ID: String(o.runId),
      GITHUB_RUN_NUMBER: '1',
      GITHUB_RUN_ATTEMPT: '1',
      GITHUB_JOB: frame.jobId,
      GITHUB_WORKFLOW: this.topName,
      GITHUB_EVENT_NAME: o.event.name,
      GITHUB_WORKSPACE: frame.workspace,
      RUNNER_OS: 'Linux',
      RUNNER_ARCH: 'X64',
      RUNNER_NAME: 'job-player',
      RUNNER_ENVIRONMENT: 'github-hosted',
      RUNNER_TEMP: frame.runnerTemp,
      RUNNER_TOOL_CACHE: o.toolCache ?? frame.toolCache,
    };
  }

  private loadAction(dir: string, where: string): ActionRuns {
    return ourAction(this.options.root, dir, this.options.dist, where);
  }

  private async playSteps(frame: JobFrame, job: JobSpec): Promise<{ result: Result; outputs: Record<string, string> }> {
    const spec = frame.workflow;
    const where = `${spec.file} jobs.${frame.jobId}`;
    const name = this.jobName(frame, job);
    const envScope = this.scope(frame, {}, false, `${where}.env`);
    const jobEnv = { ...stringMap(evaluateTree(spec.env, envScope), `${spec.file} env`), ...stringMap(evaluateTree(job.env ?? {}, envScope), `${where}.env`) };
    const environment = job.environment === undefined ? undefined : evaluateTree(job.environment, this.scope(frame, {}, false, `${where}.environment`));
    const environmentName = typeof environment === 'string' ? environment : environment !== null && typeof environment === 'object' && !Array.isArray(environment) ? String(environment['name'] ?? '') : undefined;
    const concurrency = job.concurrency === undefined ? undefined : evaluateTree(job.concurrency, this.scope(frame, {}, false, `${where}.concurrency`));
    const record: JobRecord = {
      workflow: spec.file, job: frame.label, name, result: 'success', outputs: {},
      ...(environmentName === undefined ? {} : { environment: environmentName }),
      ...(concurrency === undefined ? {} : { concurrency: typeof concurrency === 'string' ? concurrency : JSON.stringify(concurrency) }),
    };
    if (environmentName !== undefined) {
      const approver = this.options.reviewers?.[environmentName];
      if (approver !== undefined) this.approvals.push(`${environmentName}: ${name} approved by ${approver}`);
      frame.secrets = { ...frame.secrets, ...this.options.environmentSecrets?.[environmentName] };
    }
    this.log(`job ${spec.file} ${name}${environmentName === undefined ? '' : ` (environment ${environmentName})`}`);

    const steps: Record<string, Json> = {};
    const exported: Record<string, string> = {};
    const paths: string[] = [];
    const posts: { runs: ActionRuns; inputs: Record<string, string>; env: Record<string, string>; state: Record<string, string>; label: string; uses: string }[] = [];
    let failed = false;
    const list = job.steps ?? [];
    for (const [index, step] of list.entries()) {
      const stepWhere = `${where}.steps[${index}]`;
      const label = step.name ?? step.id ?? step.uses ?? `step ${index + 1}`;
      const stepId = step.id ?? `__step${index}`;
      const contexts = { steps, env: { ...jobEnv, ...exported } as Json, job: { status: failed ? 'failure' : 'success' } };
      const stepScope = this.scope(frame, contexts, failed, stepWhere);
      if (!condition(step.if, { ...stepScope, where: `${stepWhere}.if` })) {
        steps[stepId] = { outputs: {}, outcome: 'skipped', conclusion: 'skipped' };
        this.steps.push({ workflow: spec.file, job: frame.label, step: label, kind: 'skipped', ...(step.uses === undefined ? {} : { uses: step.uses }), outcome: 'skipped', outputs: {}, durationMs: 0, errors: [] });
        continue;
      }
      const stepEnv = { ...jobEnv, ...exported, ...stringMap(evaluateTree(step.env ?? {}, { ...stepScope, where: `${stepWhere}.env` }), `${stepWhere}.env`) };
      // The step's own env is visible to its `with:` expressions, as on the runner.
      const withScope: Scope = { ...stepScope, contexts: { ...stepScope.contexts, env: stepEnv }, where: `${stepWhere}.with` };
      const withValues = Object.fromEntries(Object.entries(step.with ?? {}).map(([k, v]) => [k, interpolate(v, { ...withScope, where: `${stepWhere}.with.${k}` })]));
      const runner = this.runnerVariables(frame, stepId);
      const pathValue = [...paths, process.env['PATH'] ?? ''].join(':');
      const timeoutMs = Math.min(this.options.stepTimeoutMs ?? DEFAULT_STEP_TIMEOUT_MS, ((step['timeout-minutes'] ?? job['timeout-minutes'] ?? 360) as number) * 60_000);
      const started = performance.now();
      let outcome: Result;
      let outputs: Record<string, string> = {};
      let errors: string[] = [];
      let kind: StepRecord['kind'];
      let run: RunActionResult | undefined;
      if (step.run !== undefined) {
        kind = 'run';
        const script = interpolate(step.run, { ...withScope, where: `${stepWhere}.run` });
        const files = { GITHUB_OUTPUT: join(frame.runnerTemp, `out-${randomUUID()}`), GITHUB_ENV: join(frame.runnerTemp, `env-${randomUUID()}`), GITHUB_PATH: join(frame.runnerTemp, `path-${randomUUID()}`), GITHUB_STEP_SUMMARY: join(frame.runnerTemp, `summary-${randomUUID()}`) };
        for (const f of Object.values(files)) writeFileSync(f, '');
        const inherited = Object.fromEntries(INHERITED.flatMap((n) => (process.env[n] === undefined ? [] : [[n, process.env[n] as string]])));
        const cwd = step['working-directory'] === undefined ? frame.workspace : resolve(frame.workspace, interpolate(step['working-directory'], withScope));
        const env = { ...inherited, ...this.options.tools.env, ...runner, GITHUB_EVENT_PATH: frame.eventPath, ...files, ...stepEnv, PATH: [this.options.tools.binDir, pathValue].join(':') };
        const result = await runBash(script, { cwd, env, timeoutMs, scriptDir: frame.runnerTemp });
        this.options.tools.afterStep?.();
        const commands = [parseWorkflowCommands(result.stdout), parseWorkflowCommands(result.stderr)];
        errors = errorsOf(commands.flatMap((c) => c.annotations));
        outcome = result.exitCode === 0 && !result.timedOut ? 'success' : 'failure';
        outputs = parseKeyValueFile(readFileSync(files.GITHUB_OUTPUT, 'utf8'), 'GITHUB_OUTPUT');
        Object.assign(exported, parseKeyValueFile(readFileSync(files.GITHUB_ENV, 'utf8'), 'GITHUB_ENV'));
        paths.unshift(...parsePathFile(readFileSync(files.GITHUB_PATH, 'utf8')));
        if (outcome === 'failure') {
          if (errors.length === 0) errors = [`exit code ${String(result.exitCode)}${result.timedOut ? ' (timed out)' : ''}`];
          this.log(`  ${label} failed:\n${result.stdout.slice(-2000)}\n${result.stderr.slice(-2000)}`);
        }
      } else {
        const uses = step.uses ?? '';
        const target = resolveUses(uses, { local: true });
        if (target?.kind === 'workflow') throw new Error(`${stepWhere}: '${uses}' is a reusable workflow; call it from a job`);
        if (target !== undefined) {
          kind = 'action';
          const runs = this.loadAction(target.dir, stepWhere);
          run = await this.runOurs(runs.main, runs, frame, withValues, { ...this.options.machineEnv?.(runs.name), ...runner, ...stepEnv, PATH: pathValue }, timeoutMs);
          outcome = run.exitCode === 0 ? 'success' : 'failure';
          outputs = run.outputs;
          errors = errorsOf(run.annotations);
          Object.assign(exported, run.env);
          paths.unshift(...run.path);
          const env = { ...this.options.machineEnv?.(runs.name), ...runner, ...stepEnv, PATH: pathValue };
          if (runs.post !== undefined) posts.push({ runs, inputs: withValues, env, state: run.state, label, uses });
          if (outcome === 'failure') this.log(`  ${label} failed (${runs.name}, exit ${String(run.exitCode)}${run.timedOut ? ', timed out' : ''}):\n${run.stdout.slice(-3000)}\n${run.stderr.slice(-2000)}`);
          for (const warning of run.annotations.filter((a) => a.level === 'warning')) this.log(`    warning (${runs.name}): ${warning.message.slice(0, 300)}`);
        } else {
          kind = 'stand-in';
          const standIn = this.options.standIns[standInKey(uses)];
          if (standIn === undefined) throw new Error(`${stepWhere}: no recorded stand-in for '${uses}'; the player cannot run it here`);
          const result = await standIn.run({
            uses, with: withValues, env: { ...runner, ...stepEnv, PATH: pathValue, GITHUB_EVENT_PATH: frame.eventPath }, workspace: frame.workspace, runnerTemp: frame.runnerTemp,
            event: this.options.event, token: this.options.token, apiUrl: this.options.apiUrl, artifacts: this.artifacts, log: this.log,
          });
          outcome = result.error === undefined ? 'success' : 'failure';
          outputs = result.outputs ?? {};
          errors = result.error === undefined ? [] : [result.error];
        }
      }
      const durationMs = performance.now() - started;
      steps[stepId] = { outputs, outcome, conclusion: outcome };
      this.steps.push({
        workflow: spec.file, job: frame.label, step: label, kind, outcome, outputs, durationMs, errors,
        ...(step.uses === undefined ? {} : { uses: step.uses }), ...(run === undefined ? {} : { run }),
      });
      this.log(`  ${outcome === 'success' ? 'ok  ' : 'FAIL'} ${label} [${kind}] ${Math.round(durationMs)} ms${errors.length > 0 ? ` — ${errors.join(' | ').slice(0, 600)}` : ''}`);
      if (outcome === 'failure') failed = true;
    }

    // Post steps run in reverse order, after every step, whatever happened (post-if: always()).
    for (const post of posts.reverse()) {
      const postScope = this.scope(frame, { steps, job: { status: failed ? 'failure' : 'success' } }, failed, `${post.runs.file} runs.post-if`);
      if (!condition(post.runs.postIf, postScope)) continue;
      const started = performance.now();
      const run = await this.runOurs(post.runs.post ?? '', post.runs, frame, post.inputs, post.env, 120_000, post.state);
      const outcome: Result = run.exitCode === 0 ? 'success' : 'failure';
      this.steps.push({ workflow: spec.file, job: frame.label, step: `Post ${post.label}`, kind: 'post', uses: post.uses, outcome, outputs: {}, durationMs: performance.now() - started, errors: errorsOf(run.annotations), run });
      this.log(`  ${outcome === 'success' ? 'ok  ' : 'FAIL'} Post ${post.label} [post] ${Math.round(performance.now() - started)} ms`);
      if (outcome === 'failure') failed = true;
    }

    const outScope = this.scope(frame, { steps, env: jobEnv as Json }, failed, `${where}.outputs`);
    const outputs = Object.fromEntries(Object.entries(job.outputs ?? {}).map(([k, v]) => [k, interpolate(v, { ...outScope, where: `${where}.outputs.${k}` })]));
    record.result = failed ? 'failure' : 'success';
    record.outputs = outputs;
    this.jobs.push(record);
    return { result: record.result, outputs };
  }

  private async runOurs(
    entry: string, runs: ActionRuns, frame: JobFrame, inputs: Record<string, string>, env: Record<string, string>, timeoutMs: number, state?: Record<string, string>,
  ): Promise<RunActionResult> {
    if (!existsSync(entry)) throw new Error(`${entry} does not exist: build the action (PIPELINE_DIST_DIR=<dir> node scripts/build.ts ${runs.name}) and point the player at it`);
    const result = await runAction({
      entry,
      action: runs.file,
      inputs,
      env,
      event: this.options.event,
      workspace: frame.workspace,
      runnerTemp: frame.runnerTemp,
      githubApiUrl: this.options.apiUrl,
      token: this.options.token,
      timeoutMs,
      ...(state === undefined ? {} : { state }),
    });
    for (const warning of result.annotations.filter((a) => a.level === 'warning' && a.message.startsWith('Unexpected input(s)'))) {
      this.problems.push(`${frame.workflow.file} ${frame.label} ${runs.name}: ${warning.message}`);
    }
    return result;
  }
}
