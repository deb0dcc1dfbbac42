// GitHub Deployments and deployment statuses for continuous delivery: create a deployment,
// report its progress, retire the ones it replaced, and answer "was this image staged?".
import type { RestEndpointMethodTypes } from '@octokit/plugin-rest-endpoint-methods';
import type { GitHubClient } from './client.ts';
import { classifyGitHubError } from './errors.ts';
import { GITHUB_LIMITS } from './limits.ts';
import type { RepoRef } from './repo-ref.ts';

type ApiDeployment = RestEndpointMethodTypes['repos']['listDeployments']['response']['data'][number];
type ApiDeploymentStatus = RestEndpointMethodTypes['repos']['listDeploymentStatuses']['response']['data'][number];

/** Every state GitHub records on a deployment status. */
export type DeploymentState = 'error' | 'failure' | 'inactive' | 'in_progress' | 'queued' | 'pending' | 'success';

/** The states this library writes (`pending` is GitHub's legacy initial state; `queued`/`in_progress` replace it). */
export type WritableDeploymentState = Exclude<DeploymentState, 'pending'>;

export interface CreateDeploymentInput {
  /** The branch, tag or SHA being deployed, e.g. `refs/heads/main` or `main`. */
  ref: string;
  /**
   * The exact commit being deployed (40 or 64 hex digits). GitHub's API takes only a ref and
   * resolves a branch when the request arrives, which may be a newer commit than the one built;
   * with `sha` the deployment is created at that commit (sent as the ref) and `ref` is kept in
   * the payload as `payload.ref` unless the payload already has one.
   */
  sha?: string;
  /** e.g. `staging`, `production`. */
  environment: string;
  description?: string;
  /**
   * Facts a later check needs, e.g. `{ digest: 'sha256:…', images: { web: 'ghcr.io/org/web@sha256:…' } }`.
   * `payloadHasDigest` reads `digest`, `image` and `images` (see there).
   */
  payload?: Record<string, unknown>;
  /** GitHub's default is `deploy`. */
  task?: string;
  /** GitHub's default is true for `production`, false otherwise. */
  productionEnvironment?: boolean;
  /** An environment that will stop existing (a preview); GitHub shows an inactive one as destroyed. */
  transientEnvironment?: boolean;
}

/** What callers keep of a created deployment. */
export interface DeploymentRef {
  id: number;
  sha: string;
  ref: string;
  environment: string;
  task: string;
  /** The API URL of the deployment. */
  url: string;
  createdAt: string;
}

export interface DeploymentStatusInfo {
  id: number;
  state: DeploymentState;
  description: string;
  environment: string | undefined;
  environmentUrl: string | undefined;
  logUrl: string | undefined;
  /** Login of who set it, e.g. `github-actions[bot]`. */
  creator: string | undefined;
  createdAt: string;
}

export interface DeploymentInfo extends DeploymentRef {
  description: string | null;
  /** The payload as an object; a payload GitHub stored as a non-object string reads as `{}`. */
  payload: Record<string, unknown>;
  creator: string | undefined;
  productionEnvironment: boolean;
  transientEnvironment: boolean;
  /** The newest status; undefined when none was ever set. */
  latestStatus: DeploymentStatusInfo | undefined;
  /** Every status, newest first; only with `withStatuses: true`. */
  statuses?: DeploymentStatusInfo[];
}

export interface DeploymentStatusInput {
  state: WritableDeploymentState;
  /** Where the deployed service answers; GitHub links it from the environment. */
  environmentUrl?: string;
  /** Where the deployment's output is, e.g. the workflow run. */
  logUrl?: string;
  /** Whitespace is collapsed and the text cut to GitHub's 140 characters. */
  description?: string;
  /**
   * GitHub's `auto_inactive` (GitHub's default: true): a `success` adds `inactive` to earlier
   * successful deployments of the environment. GitHub documents it for non-production
   * environments only, so callers that must retire production deployments use deactivatePrevious.
   */
  autoInactive?: boolean;
}

export interface FindDeploymentsQuery {
  environment?: string;
  sha?: string;
  ref?: string;
  task?: string;
  /** At most this many deployments, newest first (default 100). */
  limit?: number;
  /** Also read each deployment's whole status history (one more paginated request per deployment). */
  withStatuses?: boolean;
}

export interface DeactivatePreviousInput {
  environment: string;
  /** The deployment that stays active: the one this run just reported `success` for. */
  keepId: number;
  /** Newest deployments of the environment examined (default 100). */
  scanLimit?: number;
  /** The inactive status's description (default: "Superseded by deployment <keepId>"). */
  description?: string;
}

export interface SuccessfulDeploymentQuery {
  environment: string;
  sha?: string;
  /** Only deployments whose payload passes count, e.g. `payloadHasDigest('sha256:…')`. */
  payloadMatch?: (payload: Record<string, unknown>) => boolean;
  /** Newest deployments of the environment examined (default 100). */
  scanLimit?: number;
}

export type DeploymentErrorReason = 'not-found' | 'conflict' | 'auto-merged' | 'invalid';

/**
 * A deployment request GitHub refused, with a message that says why. It keeps GitHub's HTTP
 * status and response so `classifyGitHubError` sorts it as it would the original error.
 */
export class DeploymentError extends Error {
  override readonly name = 'DeploymentError';
  readonly reason: DeploymentErrorReason;
  readonly status: number;
  readonly response: { headers?: Record<string, string | number | undefined>; data?: unknown } | undefined;

  constructor(message: string, reason: DeploymentErrorReason, status: number, options: { cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.reason = reason;
    this.status = status;
    this.response = responseOf(options.cause);
  }
}

const DEFAULT_LIMIT = 100;
const PAGE_SIZE = 100;
/** Status lookups in flight at once; the client's throttling paces them further. */
const LOOKUP_CONCURRENCY = 8;
const ACTIVE_STATES: ReadonlySet<DeploymentState> = new Set(['success', 'in_progress', 'queued', 'pending']);

function responseOf(error: unknown): DeploymentError['response'] {
  if (typeof error !== 'object' || error === null) return undefined;
  const response = (error as { response?: unknown }).response;
  return typeof response === 'object' && response !== null ? (response as DeploymentError['response']) : undefined;
}

function statusOf(error: unknown): number | undefined {
  const status = typeof error === 'object' && error !== null ? (error as { status?: unknown }).status : undefined;
  return typeof status === 'number' ? status : undefined;
}

/** GitHub's own words from an error body: its message and each error's message or code. */
function githubSays(error: unknown): string {
  const data = responseOf(error)?.data;
  if (typeof data !== 'object' || data === null) return '';
  const { message, errors } = data as { message?: unknown; errors?: unknown };
  const detail = (e: unknown): string => {
    if (typeof e === 'string') return e;
    if (typeof e !== 'object' || e === null) return '';
    const { message: text, code } = e as { message?: unknown; code?: unknown };
    return typeof text === 'string' ? text : typeof code === 'string' ? code : '';
  };
  const details = Array.isArray(errors) ? errors.map(detail) : [];
  const text = [typeof message === 'string' ? message : '', ...details].filter((s) => s !== '').join('; ');
  return text === '' ? '' : ` GitHub said: ${text}.`;
}

function where(repo: RepoRef): string {
  return `${repo.owner}/${repo.repo}`;
}

/** One line of at most `max` characters, GitHub's documented maximum for a deployment status description. */
export function truncateDescription(text: string, max: number = GITHUB_LIMITS.deploymentStatusDescription): string {
  const line = text.replace(/\s+/g, ' ').trim();
  if (line.length <= max) return line;
  let end = max - 1;
  const code = line.charCodeAt(end - 1);
  // Never leave half a surrogate pair.
  if (code >= 0xd800 && code <= 0xdbff) end -= 1;
  return `${line.slice(0, end)}…`;
}

/** A deployment payload as an object: GitHub may return it as a JSON string, or as a string that is not JSON. */
export function payloadObject(payload: unknown): Record<string, unknown> {
  let value = payload;
  if (typeof payload === 'string') {
    try {
      value = payload === '' ? {} : JSON.parse(payload);
    } catch {
      value = {};
    }
  }
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function toRef(d: ApiDeployment): DeploymentRef {
  return { id: Number(d.id), sha: d.sha, ref: d.ref, environment: d.environment, task: d.task, url: d.url, createdAt: d.created_at };
}

function toInfo(d: ApiDeployment): DeploymentInfo {
  return {
    ...toRef(d),
    description: d.description ?? null,
    payload: payloadObject(d.payload),
    creator: d.creator?.login,
    productionEnvironment: d.production_environment ?? d.environment === 'production',
    transientEnvironment: d.transient_environment ?? false,
    latestStatus: undefined,
  };
}

function toStatus(s: ApiDeploymentStatus): DeploymentStatusInfo {
  const optional = (v: string | null | undefined): string | undefined => (v === undefined || v === null || v === '' ? undefined : v);
  return {
    id: Number(s.id),
    state: s.state,
    description: s.description,
    environment: optional(s.environment),
    environmentUrl: optional(s.environment_url),
    logUrl: optional(s.log_url) ?? optional(s.target_url),
    creator: s.creator?.login,
    createdAt: s.created_at,
  };
}

/** The deployment's statuses are unreadable because it does not exist: a clear error instead of Octokit's bare 404. */
function notFound(repo: RepoRef, deploymentId: number, error: unknown): DeploymentError {
  return new DeploymentError(
    `GitHub deployment ${deploymentId} was not found in ${where(repo)}: it does not exist, was deleted, or belongs to another repository (GitHub also answers 404 when the token cannot see the repository).`,
    'not-found',
    404,
    { cause: error },
  );
}

async function mapLimited<T, R>(items: readonly T[], fn: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (let i = 0; i < items.length; i += LOOKUP_CONCURRENCY) {
    results.push(...await Promise.all(items.slice(i, i + LOOKUP_CONCURRENCY).map(fn)));
  }
  return results;
}

function checkLimit(name: string, value: number): number {
  if (!Number.isInteger(value) || value < 1) throw new RangeError(`${name} must be a positive integer, got ${value}`);
  return value;
}

/**
 * Creates a deployment. A CD tool decides for itself what to deploy, so GitHub is told neither
 * to merge the default branch into the ref (`auto_merge: false`: a deploy must never create
 * commits, and a merge would deploy something that was not built) nor to wait for commit status
 * contexts (`required_contexts: []`: the workflow's own `needs:` already gates the deploy, and
 * statuses from unrelated integrations must not block or fail it).
 */
export async function createDeployment(client: GitHubClient, repo: RepoRef, input: CreateDeploymentInput): Promise<DeploymentRef> {
  if (input.ref.trim() === '') throw new RangeError('createDeployment needs a ref (a branch, tag or SHA).');
  if (input.environment.trim() === '') throw new RangeError('createDeployment needs an environment name, e.g. staging or production.');
  if (input.sha !== undefined && !/^(?:[0-9a-f]{40}|[0-9a-f]{64})$/.test(input.sha)) {
    throw new RangeError(`createDeployment's sha must be a full commit SHA (40 or 64 lowercase hex digits), got '${input.sha}'.`);
  }
  const payload = input.sha !== undefined && input.sha !== input.ref && !('ref' in (input.payload ?? {}))
    ? { ...input.payload, ref: input.ref }
    : input.payload;
  const target = input.sha ?? input.ref;
  const what = `deployment of ${target} to ${input.environment} in ${where(repo)}`;
  let response: RestEndpointMethodTypes['repos']['createDeployment']['response'];
  try {
    response = await client.rest.repos.createDeployment({
      owner: repo.owner,
      repo: repo.repo,
      ref: target,
      environment: input.environment,
      auto_merge: false,
      required_contexts: [],
      ...(payload === undefined ? {} : { payload }),
      ...(input.task === undefined ? {} : { task: input.task }),
      ...(input.description === undefined ? {} : { description: input.description }),
      ...(input.productionEnvironment === undefined ? {} : { production_environment: input.productionEnvironment }),
      ...(input.transientEnvironment === undefined ? {} : { transient_environment: input.transientEnvironment }),
    });
  } catch (error) {
    const status = statusOf(error);
    if (status === 409) {
      throw new DeploymentError(`GitHub refused the ${what} (409 Conflict): the ref has a merge conflict with the default branch or failed required commit status checks.${githubSays(error)}`, 'conflict', 409, { cause: error });
    }
    if (status === 422) {
      throw new DeploymentError(`GitHub refused the ${what} (422): check that the ref exists in the repository and the environment name is valid.${githubSays(error)}`, 'invalid', 422, { cause: error });
    }
    throw error;
  }
  // 202 is GitHub's "merged the default branch into the ref instead of deploying"; with
  // auto_merge off it should not happen, but if it does nothing was deployed.
  if (response.status !== 201 || !('id' in response.data)) {
    const message = 'message' in response.data && typeof response.data.message === 'string' ? ` GitHub said: ${response.data.message}` : '';
    throw new DeploymentError(`GitHub created no ${what} (HTTP ${response.status}); it merged the default branch into the ref instead. Deploy again once the ref is up to date.${message}`, 'auto-merged', response.status);
  }
  return toRef(response.data as ApiDeployment);
}

/** Adds a status to a deployment; a deployment that does not exist is a DeploymentError with reason `not-found`. */
export async function setDeploymentStatus(client: GitHubClient, repo: RepoRef, deploymentId: number, input: DeploymentStatusInput): Promise<DeploymentStatusInfo> {
  try {
    const { data } = await client.rest.repos.createDeploymentStatus({
      owner: repo.owner,
      repo: repo.repo,
      deployment_id: deploymentId,
      state: input.state,
      ...(input.description === undefined ? {} : { description: truncateDescription(input.description) }),
      ...(input.environmentUrl === undefined ? {} : { environment_url: input.environmentUrl }),
      ...(input.logUrl === undefined ? {} : { log_url: input.logUrl }),
      ...(input.autoInactive === undefined ? {} : { auto_inactive: input.autoInactive }),
    });
    return toStatus(data);
  } catch (error) {
    if (statusOf(error) === 404) throw notFound(repo, deploymentId, error);
    if (statusOf(error) === 422) {
      throw new DeploymentError(`GitHub refused the '${input.state}' status for deployment ${deploymentId} in ${where(repo)} (422).${githubSays(error)}`, 'invalid', 422, { cause: error });
    }
    throw error;
  }
}

/** One deployment with its latest status; a deployment that does not exist is a DeploymentError with reason `not-found`. */
export async function getDeployment(client: GitHubClient, repo: RepoRef, deploymentId: number): Promise<DeploymentInfo> {
  let info: DeploymentInfo;
  try {
    const { data } = await client.rest.repos.getDeployment({ owner: repo.owner, repo: repo.repo, deployment_id: deploymentId });
    info = toInfo(data);
  } catch (error) {
    if (statusOf(error) === 404) throw notFound(repo, deploymentId, error);
    throw error;
  }
  info.latestStatus = await latestDeploymentStatus(client, repo, deploymentId);
  return info;
}

/** The newest status of a deployment (GitHub lists newest first), or undefined when it has none. */
export async function latestDeploymentStatus(client: GitHubClient, repo: RepoRef, deploymentId: number): Promise<DeploymentStatusInfo | undefined> {
  try {
    const { data } = await client.rest.repos.listDeploymentStatuses({ owner: repo.owner, repo: repo.repo, deployment_id: deploymentId, per_page: 1 });
    return data[0] === undefined ? undefined : toStatus(data[0]);
  } catch (error) {
    if (statusOf(error) === 404) throw notFound(repo, deploymentId, error);
    throw error;
  }
}

/** Every status of a deployment, newest first. */
export async function listDeploymentStatuses(client: GitHubClient, repo: RepoRef, deploymentId: number): Promise<DeploymentStatusInfo[]> {
  try {
    const statuses = await client.paginate(client.rest.repos.listDeploymentStatuses, { owner: repo.owner, repo: repo.repo, deployment_id: deploymentId, per_page: PAGE_SIZE });
    return statuses.map(toStatus);
  } catch (error) {
    if (statusOf(error) === 404) throw notFound(repo, deploymentId, error);
    throw error;
  }
}

/**
 * Pages through deployments newest first (GitHub's order), narrowed by GitHub's own filters,
 * and stops requesting pages once `keep` says enough.
 */
async function scanDeployments(client: GitHubClient, repo: RepoRef, query: Omit<FindDeploymentsQuery, 'limit' | 'withStatuses'>, limit: number, onPage: (page: DeploymentInfo[]) => Promise<boolean>): Promise<void> {
  let seen = 0;
  const pages = client.paginate.iterator(client.rest.repos.listDeployments, {
    owner: repo.owner,
    repo: repo.repo,
    per_page: Math.min(PAGE_SIZE, limit),
    ...(query.environment === undefined ? {} : { environment: query.environment }),
    ...(query.sha === undefined ? {} : { sha: query.sha }),
    ...(query.ref === undefined ? {} : { ref: query.ref }),
    ...(query.task === undefined ? {} : { task: query.task }),
  });
  for await (const { data } of pages) {
    const page = data.slice(0, limit - seen).map(toInfo);
    seen += page.length;
    const more = await onPage(page);
    if (!more || seen >= limit) return;
  }
}

/** Deployments matching GitHub's filters, newest first, each with its latest status (and, if asked, its whole history). */
export async function findDeployments(client: GitHubClient, repo: RepoRef, query: FindDeploymentsQuery = {}): Promise<DeploymentInfo[]> {
  const limit = checkLimit('limit', query.limit ?? DEFAULT_LIMIT);
  const found: DeploymentInfo[] = [];
  await scanDeployments(client, repo, query, limit, async (page) => {
    await mapLimited(page, async (d) => {
      if (query.withStatuses === true) {
        d.statuses = await listDeploymentStatuses(client, repo, d.id);
        d.latestStatus = d.statuses[0];
      } else {
        d.latestStatus = await latestDeploymentStatus(client, repo, d.id);
      }
    });
    found.push(...page);
    return true;
  });
  return found;
}

/**
 * Marks `inactive` every earlier deployment of the environment that still looks active, and
 * returns their ids. "Earlier" is a smaller id (GitHub's ids only grow), so a newer deployment
 * made by a concurrent run is never retired by an older run that finished late. "Looks active"
 * is a latest status of `success`, or `in_progress`/`queued`/`pending`: once a later deployment
 * has succeeded, an earlier one still "in progress" was left behind by a run that died (deploys
 * to one environment are serialised by the workflow's concurrency group and the deploy lock),
 * and GitHub would otherwise show it in progress forever. `failure` and `error` are kept, so the
 * history still shows what failed. Only the newest `scanLimit` deployments are examined: each
 * successful deploy retires what came before it, so older ones are inactive already.
 */
export async function deactivatePrevious(client: GitHubClient, repo: RepoRef, input: DeactivatePreviousInput): Promise<number[]> {
  const limit = checkLimit('scanLimit', input.scanLimit ?? DEFAULT_LIMIT);
  const description = input.description ?? `Superseded by deployment ${input.keepId}`;
  const changed: number[] = [];
  await scanDeployments(client, repo, { environment: input.environment }, limit, async (page) => {
    const earlier = page.filter((d) => d.id < input.keepId && d.environment === input.environment);
    const latest = await mapLimited(earlier, async (d) => ({ d, status: await latestDeploymentStatus(client, repo, d.id) }));
    for (const { d, status } of latest) {
      if (status === undefined || !ACTIVE_STATES.has(status.state)) continue;
      try {
        await setDeploymentStatus(client, repo, d.id, { state: 'inactive', description });
        changed.push(d.id);
      } catch (error) {
        // Deleted between the listing and now: nothing left to retire.
        if (classifyGitHubError(error) !== 'not-found') throw error;
      }
    }
    return true;
  });
  return changed;
}

/**
 * Whether the deployment counts as having succeeded: its newest status other than `inactive`
 * is `success`. A deployment superseded by a later one (success, then inactive) still counts;
 * one that was marked `failure` after its success (rolled back) does not.
 */
async function succeeded(client: GitHubClient, repo: RepoRef, d: DeploymentInfo): Promise<boolean> {
  d.latestStatus = await latestDeploymentStatus(client, repo, d.id);
  if (d.latestStatus?.state === 'success') return true;
  if (d.latestStatus?.state !== 'inactive') return false;
  d.statuses = await listDeploymentStatuses(client, repo, d.id);
  return d.statuses.find((s) => s.state !== 'inactive')?.state === 'success';
}

/**
 * The newest deployment to `environment` (optionally at `sha`, optionally with a matching
 * payload) that succeeded, or undefined. Payloads are filtered before any status is read, so
 * only candidates cost a request.
 */
export async function findSuccessfulDeployment(client: GitHubClient, repo: RepoRef, query: SuccessfulDeploymentQuery): Promise<DeploymentInfo | undefined> {
  const limit = checkLimit('scanLimit', query.scanLimit ?? DEFAULT_LIMIT);
  let match: DeploymentInfo | undefined;
  await scanDeployments(client, repo, { environment: query.environment, ...(query.sha === undefined ? {} : { sha: query.sha }) }, limit, async (page) => {
    for (const d of page) {
      if (query.payloadMatch !== undefined && !query.payloadMatch(d.payload)) continue;
      if (await succeeded(client, repo, d)) {
        match = d;
        return false;
      }
    }
    return true;
  });
  return match;
}

/** True when `environment` has a successful deployment matching the query (see findSuccessfulDeployment). */
export async function hasSuccessfulDeployment(client: GitHubClient, repo: RepoRef, query: SuccessfulDeploymentQuery): Promise<boolean> {
  return (await findSuccessfulDeployment(client, repo, query)) !== undefined;
}

/**
 * A payload matcher for an image digest (`sha256:<64 hex>`). The suite's deployments record
 * what they rolled out in the payload: `digest` (one image), `image` (one reference such as
 * `ghcr.io/org/web@sha256:…`) and `images` (a map of name to reference, or a list of
 * references). Any of them naming the digest matches.
 */
export function payloadHasDigest(digest: string): (payload: Record<string, unknown>) => boolean {
  const wanted = digest.trim().toLowerCase();
  if (!/^[a-z0-9]+(?:[+._-][a-z0-9]+)*:[a-f0-9]{32,}$/.test(wanted)) {
    throw new RangeError(`'${digest}' is not an image digest; expected the form sha256:<64 hex digits>.`);
  }
  const names = (ref: unknown): boolean => typeof ref === 'string' && (ref.toLowerCase() === wanted || ref.toLowerCase().endsWith(`@${wanted}`));
  return (payload) => {
    if (names(payload['digest']) || names(payload['image'])) return true;
    const images = payload['images'];
    if (Array.isArray(images)) return images.some(names);
    if (typeof images === 'object' && images !== null) return Object.values(images).some(names);
    return false;
  };
}
