/**
 * Runs a bundled action (`dist/<action>/index.js`) as a real Node 24 child process
 * under the runner's environment contract, and reads back everything a workflow
 * would see: outputs, exported env, state, PATH additions, the job summary, and the
 * annotations, masks and groups from the workflow-command protocol.
 */
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { findLeaks, parseWorkflowCommands } from './commands.ts';
import type { Annotation, LogGroup } from './commands.ts';
import { parseKeyValueFile, parsePathFile } from './file-commands.ts';
import { node24, REPO_ROOT } from './node.ts';

export { bundleAction, removeBundles } from './bundle.ts';
export { findLeaks, parseCommandLine, parseWorkflowCommands, unescapeData, unescapeProperty } from './commands.ts';
export type { Annotation, AnnotationLevel, LogGroup, ParsedCommands, WorkflowCommand } from './commands.ts';
export { FileCommandError, parseKeyValueFile, parsePathFile } from './file-commands.ts';
export { NodeVersionError, node24, resolveNode24, RUNNER_NODE_MAJOR } from './node.ts';
export type { NodeResolution } from './node.ts';

export interface RunActionOptions {
  /** The bundle to run; relative paths are taken from the repository root. */
  entry: string;
  /** By input name as in action.yml (`github-token`), passed as the runner names them. */
  inputs?: Record<string, string>;
  /** Extra variables; they override the runner defaults below. */
  env?: Record<string, string>;
  event?: { name: string; payload: object };
  /** GITHUB_WORKSPACE; a fresh empty directory when omitted. */
  workspace?: string;
  /** Working directory of the process; the workspace, as on the runner, when omitted. */
  cwd?: string;
  /** RUNNER_TEMP; pass the same directory to a main and its post step to share it. */
  runnerTemp?: string;
  /** Hang guard: SIGTERM to the process group after this, SIGKILL 2 s later. Default 60 s. */
  timeoutMs?: number;
  /**
   * Kills the step's process group with SIGKILL when aborted, with no warning and no cleanup, as
   * when the runner machine dies mid-step. The result then says `killed: true`.
   */
  signal?: AbortSignal;
  githubApiUrl?: string;
  /**
   * The workflow's `github.token`: the value of `${{ github.token }}` in action.yml
   * defaults and, following the suite's convention, the default of `github-token`.
   */
  token?: string;
  /**
   * State saved by the main step (its result's `state`), passed as `STATE_<name>` to a
   * post step. Pass the main step's inputs again too: the runner gives them to both.
   */
  state?: Record<string, string>;
  /**
   * The action's metadata. When given, declared defaults fill inputs not passed and
   * undeclared inputs draw the runner's "Unexpected input(s)" warning, as on a runner.
   */
  action?: string;
  /**
   * The Actions services the runner announces to the step (Actions cache, artifacts). Without
   * it the step sees none of their variables, as on a runner that has none (act, some GHES).
   */
  actionsRuntime?: ActionsRuntime;
}

/**
 * What a hosted runner passes a JavaScript step about the job's Actions services
 * (actions/runner, NodeScriptActionHandler): ACTIONS_RUNTIME_URL and ACTIONS_RUNTIME_TOKEN,
 * ACTIONS_CACHE_URL when the job has one, ACTIONS_RESULTS_URL, and ACTIONS_CACHE_SERVICE_V2
 * while the cache runs on the results service (github.com today).
 */
export interface ActionsRuntime {
  /** ACTIONS_RESULTS_URL: the results service, which holds the cache (v2) and artifacts. */
  resultsUrl: string;
  /** ACTIONS_RUNTIME_TOKEN: the job's JWT for those services; treated as a secret like the runner does. */
  token: string;
  /** ACTIONS_CACHE_URL: the legacy cache service's address. */
  cacheUrl?: string;
  /** ACTIONS_RUNTIME_URL; the results URL when omitted. */
  runtimeUrl?: string;
  /** ACTIONS_CACHE_SERVICE_V2 (`True`); on unless false. */
  cacheServiceV2?: boolean;
}

function actionsRuntimeVariables(runtime: ActionsRuntime | undefined): Record<string, string> {
  if (runtime === undefined) return {};
  return {
    ACTIONS_RUNTIME_URL: runtime.runtimeUrl ?? runtime.resultsUrl,
    ACTIONS_RUNTIME_TOKEN: runtime.token,
    ACTIONS_RESULTS_URL: runtime.resultsUrl,
    ...(runtime.cacheUrl !== undefined ? { ACTIONS_CACHE_URL: runtime.cacheUrl } : {}),
    ...(runtime.cacheServiceV2 === false ? {} : { ACTIONS_CACHE_SERVICE_V2: 'True' }),
  };
}

export interface RunActionResult {
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  /** True when the hang guard had to kill the process. */
  timedOut: boolean;
  /** True when `signal` aborted while the process was still running, so it was SIGKILLed. */
  killed: boolean;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  /** Variables exported through GITHUB_ENV. */
  env: Record<string, string>;
  /** Values saved through GITHUB_STATE, ready to pass as `state` to the post step. */
  state: Record<string, string>;
  /** Directories added through GITHUB_PATH. */
  path: string[];
  summary: string;
  annotations: Annotation[];
  masked: string[];
  /** Masked values (and the token) that still appear in stdout or stderr. */
  leaks: string[];
  groups: LogGroup[];
  durationMs: number;
}

const KILL_GRACE_MS = 2_000;
const DEFAULT_TIMEOUT_MS = 60_000;

/** Variables kept from the parent: enough to run programs, nothing that changes behaviour. */
const INHERITED = ['PATH', 'HOME', 'TMPDIR', 'LANG', 'LC_ALL'];

/** Owned by the harness: the action must get the files the harness reads back. */
const RESERVED = ['GITHUB_OUTPUT', 'GITHUB_ENV', 'GITHUB_STATE', 'GITHUB_PATH', 'GITHUB_STEP_SUMMARY', 'GITHUB_EVENT_PATH'];

export const DEFAULT_SHA = 'a3f1e8c2b7d94e05f6a1c3b8d2e7f9a0b4c6d8e1';

/** The runner's name for an input: `INPUT_` + upper-cased name, spaces as `_`, hyphens kept. */
export function inputEnvName(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

interface PullRequestPayload {
  number: number;
  head?: { ref?: string };
  base?: { ref?: string };
}

function pullRequestOf(event: { name: string; payload: object }): PullRequestPayload | undefined {
  if (event.name !== 'pull_request' && event.name !== 'pull_request_target') return undefined;
  const pr = (event.payload as { pull_request?: Partial<PullRequestPayload> }).pull_request;
  return pr && typeof pr.number === 'number' ? (pr as PullRequestPayload) : undefined;
}

function refName(ref: string): { name: string; type: string } {
  if (ref.startsWith('refs/tags/')) return { name: ref.slice('refs/tags/'.length), type: 'tag' };
  if (ref.startsWith('refs/heads/')) return { name: ref.slice('refs/heads/'.length), type: 'branch' };
  return { name: ref.replace(/^refs\//, ''), type: 'branch' };
}

function graphqlUrl(apiUrl: string): string {
  const trimmed = apiUrl.replace(/\/+$/, '');
  return trimmed.endsWith('/api/v3') ? `${trimmed.slice(0, -'/v3'.length)}/graphql` : `${trimmed}/graphql`;
}

/** The variables a hosted runner sets for a JavaScript action step, before inputs. */
function runnerEnvironment(options: RunActionOptions, paths: { workspace: string; runnerTemp: string }, eventName: string): Record<string, string> {
  const explicit = options.env ?? {};
  const pick = (name: string, fallback: string): string => explicit[name] ?? fallback;
  const pr = options.event ? pullRequestOf(options.event) : undefined;
  const repository = pick('GITHUB_REPOSITORY', 'owner/repo');
  const ref = pick('GITHUB_REF', pr ? `refs/pull/${pr.number}/merge` : 'refs/heads/main');
  const apiUrl = pick('GITHUB_API_URL', options.githubApiUrl ?? 'https://api.github.com');
  return {
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_ACTION: '__run',
    GITHUB_ACTOR: 'octocat',
    GITHUB_TRIGGERING_ACTOR: pick('GITHUB_ACTOR', 'octocat'),
    GITHUB_API_URL: apiUrl,
    GITHUB_GRAPHQL_URL: graphqlUrl(apiUrl),
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REPOSITORY: repository,
    GITHUB_REPOSITORY_OWNER: repository.split('/')[0] ?? '',
    GITHUB_SHA: DEFAULT_SHA,
    GITHUB_REF: ref,
    GITHUB_REF_NAME: refName(ref).name,
    GITHUB_REF_TYPE: refName(ref).type,
    GITHUB_HEAD_REF: pr?.head?.ref ?? '',
    GITHUB_BASE_REF: pr?.base?.ref ?? '',
    GITHUB_RUN_ID: '9876543210',
    GITHUB_RUN_NUMBER: '42',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_JOB: 'build',
    GITHUB_WORKFLOW: 'CI',
    GITHUB_EVENT_NAME: eventName,
    GITHUB_WORKSPACE: paths.workspace,
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    RUNNER_NAME: 'GitHub Actions 1000000001',
    RUNNER_ENVIRONMENT: 'github-hosted',
    RUNNER_TEMP: paths.runnerTemp,
    ...actionsRuntimeVariables(options.actionsRuntime),
    ...explicit,
  };
}

function defaultPayload(env: Record<string, string>): object {
  const repository = env['GITHUB_REPOSITORY'] ?? 'owner/repo';
  const [owner = '', name = ''] = repository.split('/');
  return {
    ref: env['GITHUB_REF'],
    before: '0'.repeat(40),
    after: env['GITHUB_SHA'],
    repository: { full_name: repository, name, owner: { login: owner } },
    sender: { login: env['GITHUB_ACTOR'] },
  };
}

interface ActionInputSpec {
  default?: unknown;
}

/** Evaluates the few `${{ }}` contexts that appear in input defaults; anything else is refused, not guessed. */
function evaluateDefault(value: string, input: string, contexts: Record<string, string>): string {
  return value.replace(/\$\{\{\s*([\w.-]+)\s*\}\}/g, (_, expression: string) => {
    const resolved = contexts[expression];
    if (resolved === undefined) throw new Error(`The harness cannot evaluate '\${{ ${expression} }}' in the default of input '${input}'.`);
    return resolved;
  });
}

function actionInputs(file: string): Map<string, ActionInputSpec> {
  const metadata = parseYaml(readFileSync(resolve(REPO_ROOT, file), 'utf8')) as { inputs?: Record<string, ActionInputSpec | null> } | null;
  return new Map(Object.entries(metadata?.inputs ?? {}).map(([name, spec]) => [name, spec ?? {}]));
}

/** INPUT_* variables as the runner builds them, plus the warnings the runner would print. */
function inputVariables(options: RunActionOptions, env: Record<string, string>): { variables: Record<string, string>; warnings: Annotation[] } {
  const given = { ...options.inputs };
  const variables: Record<string, string> = {};
  const warnings: Annotation[] = [];
  if (options.action !== undefined) {
    const declared = actionInputs(options.action);
    const contexts: Record<string, string> = {
      'github.token': options.token ?? '',
      'github.workspace': env['GITHUB_WORKSPACE'] ?? '',
      'github.repository': env['GITHUB_REPOSITORY'] ?? '',
      'github.server_url': env['GITHUB_SERVER_URL'] ?? '',
      'github.api_url': env['GITHUB_API_URL'] ?? '',
      'runner.temp': env['RUNNER_TEMP'] ?? '',
    };
    const lower = new Set(Object.keys(given).map((name) => name.toLowerCase()));
    for (const [name, spec] of declared) {
      if (lower.has(name.toLowerCase()) || spec.default === undefined || spec.default === null) continue;
      variables[inputEnvName(name)] = evaluateDefault(String(spec.default), name, contexts);
    }
    const known = new Set([...declared.keys()].map((name) => name.toLowerCase()));
    const unexpected = Object.keys(given).filter((name) => !known.has(name.toLowerCase()));
    if (unexpected.length > 0) {
      const valid = [...declared.keys()].map((name) => `'${name}'`).join(', ');
      warnings.push({ level: 'warning', message: `Unexpected input(s) ${unexpected.map((name) => `'${name}'`).join(', ')}, valid inputs are [${valid}]` });
    }
  } else if (options.token !== undefined && !Object.keys(given).some((name) => name.toLowerCase() === 'github-token')) {
    given['github-token'] = options.token;
  }
  for (const [name, value] of Object.entries(given)) variables[inputEnvName(name)] = value;
  return { variables, warnings };
}

interface Exit {
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  timedOut: boolean;
  killed: boolean;
  stdout: string;
  stderr: string;
}

function execute(node: string, entry: string, cwd: string, env: Record<string, string>, timeoutMs: number, kill: AbortSignal | undefined): Promise<Exit> {
  return new Promise((done, fail) => {
    // Its own process group, so the guard also stops children that hold the pipes open.
    const child = spawn(node, [entry], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    let timedOut = false;
    let killed = false;
    let exited = false;
    let exitCode: number | null = null;
    let signal: NodeJS.Signals | null = null;
    const killGroup = (sig: NodeJS.Signals): void => {
      if (child.pid === undefined) return;
      try {
        process.kill(-child.pid, sig);
      } catch {
        // The group is already gone.
      }
    };
    let escalation: NodeJS.Timeout | undefined;
    const guard = setTimeout(() => {
      timedOut = true;
      killGroup('SIGTERM');
      escalation = setTimeout(() => killGroup('SIGKILL'), KILL_GRACE_MS);
    }, timeoutMs);
    const onKill = (): void => {
      if (exited) return;
      killed = true;
      killGroup('SIGKILL');
    };
    if (kill?.aborted === true) onKill();
    else kill?.addEventListener('abort', onKill, { once: true });
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.on('error', (error) => {
      clearTimeout(guard);
      clearTimeout(escalation);
      kill?.removeEventListener('abort', onKill);
      fail(error);
    });
    child.on('exit', (code, sig) => {
      exited = true;
      exitCode = code;
      signal = sig;
    });
    child.on('close', () => {
      clearTimeout(guard);
      clearTimeout(escalation);
      kill?.removeEventListener('abort', onKill);
      // The runner cleans up orphan processes when a step ends; so does the harness.
      killGroup('SIGKILL');
      done({ exitCode, signal, timedOut, killed, stdout: Buffer.concat(stdout).toString('utf8'), stderr: Buffer.concat(stderr).toString('utf8') });
    });
  });
}

/** Runs one action step (main or post) and returns what the runner would record. */
export async function runAction(options: RunActionOptions): Promise<RunActionResult> {
  const entry = resolve(REPO_ROOT, options.entry);
  if (!existsSync(entry)) throw new Error(`No bundle at ${entry}; build it first ('npm run build').`);
  const reserved = Object.keys(options.env ?? {}).filter((name) => RESERVED.includes(name));
  if (reserved.length > 0) throw new Error(`runAction owns ${reserved.join(', ')}: the harness creates those files and reads them back.`);
  const node = node24();

  const root = await mkdtemp(join(tmpdir(), 'pipeline-run-'));
  try {
    const workspace = options.workspace ?? join(root, 'workspace');
    const runnerTemp = options.runnerTemp ?? join(root, 'temp');
    const commandDir = join(root, '_runner_file_commands');
    await Promise.all([mkdir(workspace, { recursive: true }), mkdir(runnerTemp, { recursive: true }), mkdir(commandDir)]);
    const files = {
      GITHUB_OUTPUT: join(commandDir, `set_output_${randomUUID()}`),
      GITHUB_ENV: join(commandDir, `set_env_${randomUUID()}`),
      GITHUB_STATE: join(commandDir, `save_state_${randomUUID()}`),
      GITHUB_PATH: join(commandDir, `add_path_${randomUUID()}`),
      GITHUB_STEP_SUMMARY: join(commandDir, `step_summary_${randomUUID()}`),
      GITHUB_EVENT_PATH: join(root, 'event.json'),
    };
    await Promise.all(Object.values(files).map((file) => writeFile(file, '')));

    const eventName = options.event?.name ?? 'push';
    const runnerEnv = runnerEnvironment(options, { workspace, runnerTemp }, eventName);
    await writeFile(files.GITHUB_EVENT_PATH, JSON.stringify(options.event?.payload ?? defaultPayload(runnerEnv), null, 2));

    const inherited = Object.fromEntries(INHERITED.flatMap((name) => (process.env[name] === undefined ? [] : [[name, process.env[name]]])));
    const { variables, warnings } = inputVariables(options, runnerEnv);
    const state = Object.fromEntries(Object.entries(options.state ?? {}).map(([name, value]) => [`STATE_${name}`, value]));
    const env: Record<string, string> = { ...inherited, ...runnerEnv, ...variables, ...state, ...files };

    const started = performance.now();
    const exit = await execute(node, entry, options.cwd ?? workspace, env, options.timeoutMs ?? DEFAULT_TIMEOUT_MS, options.signal);
    const durationMs = performance.now() - started;

    const read = (file: string): Promise<string> => readFile(file, 'utf8');
    const [outputs, exported, saved, path, summary] = await Promise.all([
      read(files.GITHUB_OUTPUT).then((text) => parseKeyValueFile(text, 'GITHUB_OUTPUT')),
      read(files.GITHUB_ENV).then((text) => parseKeyValueFile(text, 'GITHUB_ENV')),
      read(files.GITHUB_STATE).then((text) => parseKeyValueFile(text, 'GITHUB_STATE')),
      read(files.GITHUB_PATH).then(parsePathFile),
      read(files.GITHUB_STEP_SUMMARY),
    ]);
    const fromStdout = parseWorkflowCommands(exit.stdout);
    const fromStderr = parseWorkflowCommands(exit.stderr);
    const masked = [...fromStdout.masked, ...fromStderr.masked];
    const secrets = [...masked, ...(options.token ? [options.token] : []), ...(options.actionsRuntime ? [options.actionsRuntime.token] : [])];
    return {
      ...exit,
      outputs,
      env: exported,
      state: saved,
      path,
      summary,
      annotations: [...warnings, ...fromStdout.annotations, ...fromStderr.annotations],
      masked,
      leaks: findLeaks(`${exit.stdout}\n${exit.stderr}`, secrets),
      groups: fromStdout.groups,
      durationMs,
    };
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}
