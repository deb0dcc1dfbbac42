import { Octokit } from '@octokit/core';
import { paginateRest } from '@octokit/plugin-paginate-rest';
import { restEndpointMethods } from '@octokit/plugin-rest-endpoint-methods';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import type { ThrottlingOptions } from '@octokit/plugin-throttling';
import { ConfigurationError, errorMessage } from '@pipeline/core';
import type { Logger } from '@pipeline/core';
import Bottleneck from 'bottleneck/light.js';

const PipelineOctokit = Octokit.plugin(retry, throttling, restEndpointMethods, paginateRest);

/** The Octokit instance domain code receives: REST methods, pagination, retry and throttling. */
export type GitHubClient = InstanceType<typeof PipelineOctokit>;

export interface GitHubClientOptions {
  token: string;
  /** REST API root; defaults to `GITHUB_API_URL` (set by the runner, also on GHES), then https://api.github.com. */
  baseUrl?: string;
  userAgent?: string;
  logger?: Logger;
  /** Retries after a 5xx answer or a secondary rate limit (default 3). */
  retries?: number;
  fetch?: typeof fetch;
  /**
   * Multiplies every wait: retry back-off, `retry-after`, and the spacing GitHub asks
   * for between writes. 1 (the default) is real time; tests pass a small fraction.
   */
  timeScale?: number;
}

const DEFAULT_API_URL = 'https://api.github.com';
/** GitHub retries a primary rate limit only when the reset is this close. */
const MAX_PRIMARY_WAIT_SECONDS = 60;

const silentLogger: Logger = {
  debug: () => undefined,
  info: () => undefined,
  notice: () => undefined,
  warning: () => undefined,
  error: () => undefined,
  group: (_name, fn) => fn(),
};

function describeRequest(options: { method?: string; url?: string }): string {
  return `${options.method ?? 'GET'} ${options.url ?? ''}`;
}

/**
 * Builds the client every action uses. The token is never logged here; the entry point
 * masks it with the runner before anything else runs.
 */
export function createGitHubClient(options: GitHubClientOptions): GitHubClient {
  if (options.token.trim() === '') {
    throw new ConfigurationError('The GitHub token is empty. Pass `github-token: ${{ github.token }}` (the default) or a token with the permissions this action needs.', { input: 'github-token' });
  }
  const logger = options.logger ?? silentLogger;
  const retries = options.retries ?? 3;
  const scale = options.timeScale ?? 1;
  if (!(scale >= 0)) throw new RangeError(`timeScale must be 0 or more, got ${scale}`);
  const baseUrl = (options.baseUrl ?? process.env['GITHUB_API_URL'] ?? DEFAULT_API_URL).replace(/\/+$/, '');
  const baseFetch = options.fetch ?? globalThis.fetch;

  // One debug line per HTTP attempt, so retries are visible in the step's debug log.
  const loggingFetch: typeof fetch = async (input, init) => {
    const started = performance.now();
    const response = await baseFetch(input, init);
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    logger.debug(`GitHub API ${init?.method ?? 'GET'} ${url} -> ${response.status} in ${Math.round(performance.now() - started)} ms`);
    return response;
  };

  const throttle: ThrottlingOptions = {
    retryAfterBaseValue: 1000 * scale,
    onRateLimit: (retryAfter: number, request: { method?: string; url?: string }, _octokit: unknown, retryCount: number): boolean => {
      const retrying = retryCount < 1 && retryAfter <= MAX_PRIMARY_WAIT_SECONDS;
      logger.warning(
        `GitHub's rate limit is exhausted (${describeRequest(request)}); it resets in ${retryAfter} s. ` +
        (retrying ? 'Waiting once and retrying.' : 'Not retrying: the wait is too long or the retry already happened.'),
      );
      return retrying;
    },
    onSecondaryRateLimit: (retryAfter: number, request: { method?: string; url?: string }, _octokit: unknown, retryCount: number): boolean => {
      const retrying = retryCount < retries;
      logger.warning(
        `GitHub's secondary rate limit was hit (${describeRequest(request)}). ` +
        (retrying ? `Retrying in ${retryAfter} s as GitHub asks (retry ${retryCount + 1} of ${retries}).` : `Giving up after ${retries} retries.`),
      );
      return retrying;
    },
  };
  if (scale !== 1) {
    // The plugin's default limiters are shared by the whole process and pace writes 1 s
    // (3 s when they notify people) apart, as GitHub recommends; scaled clients get their own.
    throttle.write = new Bottleneck.Group({ maxConcurrent: 1, minTime: 1000 * scale });
    throttle.notifications = new Bottleneck.Group({ maxConcurrent: 1, minTime: 3000 * scale });
  }

  return new PipelineOctokit({
    auth: options.token,
    baseUrl,
    userAgent: options.userAgent ?? 'pipeline-actions',
    request: { fetch: loggingFetch },
    // Octokit's plugins pass an Error as a second argument; only its message is kept.
    log: {
      debug: (message: string) => logger.debug(message),
      info: (message: string) => logger.info(message),
      warn: (message: string, ...rest: unknown[]) => logger.warning([message, ...rest.map(errorMessage)].join(': ')),
      error: (message: string, ...rest: unknown[]) => logger.error([message, ...rest.map(errorMessage)].join(': ')),
    },
    retry: { retries, retryAfterBaseValue: 1000 * scale },
    throttle,
  });
}
