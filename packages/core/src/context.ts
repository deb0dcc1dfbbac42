import { readFileSync } from 'node:fs';
import { ConfigurationError } from './errors.ts';

/** The slice of the runner's `GITHUB_*` context the suite uses, read once at the entry point. */
export interface RunContext {
  owner: string;
  repo: string;
  eventName: string;
  /** The parsed webhook payload from `GITHUB_EVENT_PATH`, or `{}` when there is none. */
  payload: Record<string, unknown>;
  sha: string;
  ref: string;
  workflow: string;
  job: string;
  runId: number;
  runAttempt: number;
  actor: string;
  serverUrl: string;
  apiUrl: string;
  workspace: string;
  runnerTemp: string;
  /** Link to this run, for check runs, deployments and comments. */
  runUrl: string;
}

export interface PullRequestRef {
  number: number;
  headSha: string;
  baseSha: string;
  baseRef: string;
  /** True when the head lives in another repository: the token is then read-only. */
  fromFork: boolean;
}

export function readRunContext(env: NodeJS.ProcessEnv = process.env): RunContext {
  const [owner = '', repo = ''] = (env['GITHUB_REPOSITORY'] ?? '/').split('/');
  const eventPath = env['GITHUB_EVENT_PATH'];
  let payload: Record<string, unknown> = {};
  if (eventPath) {
    try {
      const parsed: unknown = JSON.parse(readFileSync(eventPath, 'utf8'));
      if (parsed && typeof parsed === 'object') payload = parsed as Record<string, unknown>;
    } catch (error) {
      throw new ConfigurationError(`GITHUB_EVENT_PATH '${eventPath}' is not a readable JSON event payload.`, { file: eventPath, cause: error });
    }
  }
  const serverUrl = (env['GITHUB_SERVER_URL'] ?? 'https://github.com').replace(/\/+$/, '');
  const runId = Number(env['GITHUB_RUN_ID'] ?? 0);
  return {
    owner,
    repo,
    eventName: env['GITHUB_EVENT_NAME'] ?? '',
    payload,
    sha: env['GITHUB_SHA'] ?? '',
    ref: env['GITHUB_REF'] ?? '',
    workflow: env['GITHUB_WORKFLOW'] ?? '',
    job: env['GITHUB_JOB'] ?? '',
    runId,
    runAttempt: Number(env['GITHUB_RUN_ATTEMPT'] ?? 1),
    actor: env['GITHUB_ACTOR'] ?? '',
    serverUrl,
    apiUrl: (env['GITHUB_API_URL'] ?? 'https://api.github.com').replace(/\/+$/, ''),
    workspace: env['GITHUB_WORKSPACE'] ?? process.cwd(),
    runnerTemp: env['RUNNER_TEMP'] ?? '',
    runUrl: owner && runId ? `${serverUrl}/${owner}/${repo}/actions/runs/${runId}` : '',
  };
}

/** The pull request this run is for, from `pull_request`/`pull_request_target` payloads. */
export function pullRequestOf(context: RunContext): PullRequestRef | undefined {
  const pr = context.payload['pull_request'] as
    | { number?: number; head?: { sha?: string; repo?: { full_name?: string } | null }; base?: { sha?: string; ref?: string; repo?: { full_name?: string } } }
    | undefined;
  if (!pr || typeof pr.number !== 'number') return undefined;
  const headRepo = pr.head?.repo?.full_name;
  const baseRepo = pr.base?.repo?.full_name ?? `${context.owner}/${context.repo}`;
  return {
    number: pr.number,
    headSha: pr.head?.sha ?? context.sha,
    baseSha: pr.base?.sha ?? '',
    baseRef: pr.base?.ref ?? '',
    fromFork: headRepo !== undefined && headRepo !== baseRepo,
  };
}
