import type { Logger } from '@pipeline/core';

export type GitHubErrorKind = 'forbidden-read-only' | 'not-found' | 'rate-limited' | 'validation' | 'server' | 'other';

interface HttpErrorLike {
  status: number;
  message: string;
  response?: { headers?: Record<string, string | number | undefined>; data?: unknown };
}

function asHttpError(error: unknown): HttpErrorLike | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const candidate = error as Partial<HttpErrorLike>;
  return typeof candidate.status === 'number' && typeof candidate.message === 'string' ? (candidate as HttpErrorLike) : undefined;
}

function apiMessage(error: HttpErrorLike): string {
  const data = error.response?.data;
  const message = typeof data === 'object' && data !== null ? (data as { message?: unknown }).message : undefined;
  return typeof message === 'string' ? `${message} ${error.message}` : error.message;
}

/**
 * Sorts an Octokit error into what callers act on. GitHub answers 403 both for a
 * token that may not write (a fork's GITHUB_TOKEN, a missing `permissions:` entry) and
 * for rate limits, so the body and headers decide.
 */
export function classifyGitHubError(error: unknown): GitHubErrorKind {
  const http = asHttpError(error);
  if (!http) return 'other';
  const message = apiMessage(http);
  const headers = http.response?.headers ?? {};
  if (http.status === 429) return 'rate-limited';
  if (http.status === 403) {
    if (/rate limit/i.test(message) || String(headers['x-ratelimit-remaining']) === '0') return 'rate-limited';
    if (/Resource not accessible by (integration|personal access token)/i.test(message)) return 'forbidden-read-only';
    return 'other';
  }
  if (http.status === 404) return 'not-found';
  if (http.status === 400 || http.status === 422) return 'validation';
  if (http.status >= 500) return 'server';
  return 'other';
}

export interface DegradeContext {
  /** Known from the event payload: `pullRequestOf(context)?.fromFork` in @pipeline/core. */
  fromFork?: boolean;
  /** The `permissions:` entry the call needs, e.g. `checks: write`. */
  permission?: string;
  /** Where the results went instead (default: the job summary). */
  fallback?: string;
}

/**
 * Runs a write that only adds convenience (a check run, a PR comment). When the token
 * may not write, GitHub's "Resource not accessible by integration" becomes a warning
 * that says why and where the results are, and the result is undefined. Every other
 * error still propagates.
 */
export async function withDegrade<T>(logger: Logger, what: string, fn: () => Promise<T>, context: DegradeContext = {}): Promise<T | undefined> {
  try {
    return await fn();
  } catch (error) {
    if (classifyGitHubError(error) !== 'forbidden-read-only') throw error;
    const fallback = context.fallback ?? 'Results are in the job summary instead.';
    let reason: string;
    if (context.fromFork === true) {
      reason = 'this pull request comes from a fork, and GitHub gives fork pull requests a read-only GITHUB_TOKEN';
    } else if (context.permission !== undefined) {
      reason = `the token is read-only (a pull request from a fork gets a read-only GITHUB_TOKEN) or lacks \`${context.permission}\`; grant it under \`permissions:\` in the workflow`;
    } else {
      reason = 'the token is read-only (a pull request from a fork gets a read-only GITHUB_TOKEN)';
    }
    logger.warning(`Could not ${what}: ${reason}. ${fallback}`);
    return undefined;
  }
}
