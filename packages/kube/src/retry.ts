import { sleep } from '@pipeline/core';
import type { Logger } from '@pipeline/core';
import pRetry from 'p-retry';
import { KubeApiError, KubeConnectionError } from './errors.ts';

export interface RetryPolicy {
  /** Retries after the first attempt. */
  retries: number;
  minTimeoutMs: number;
  maxTimeoutMs: number;
  factor: number;
  /** Spreads concurrent clients' retries (multiplies each delay by 1–2). */
  randomize: boolean;
  /** A Retry-After longer than this is capped, so a misbehaving server cannot park the run. */
  maxRetryAfterMs: number;
  /** No retry starts after this long since the first attempt. */
  maxRetryTimeMs: number;
  /** How Retry-After waits happen; tests inject a recorder. */
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  retries: 5,
  minTimeoutMs: 200,
  maxTimeoutMs: 5000,
  factor: 2,
  randomize: true,
  maxRetryAfterMs: 30_000,
  maxRetryTimeMs: 60_000,
  sleep,
};

/** Transport failures after which the request may simply be sent again (if it is idempotent). */
const RETRYABLE_CODES = new Set([
  'ECONNRESET', 'ECONNREFUSED', 'ECONNABORTED', 'EPIPE', 'ETIMEDOUT', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH',
  'UND_ERR_SOCKET', 'UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_CLOSED',
]);
const RETRYABLE_STATUSES = new Set([429, 500, 502, 503, 504]);

export interface FailureClass {
  retryable: boolean;
  /** A short reason for logs: "503 ServiceUnavailable", "ECONNRESET", "409 Conflict (not transient)". */
  why: string;
  retryAfterMs?: number;
}

/**
 * Decides whether a failed request may be sent again. Idempotent requests (get, list, watch,
 * apply-patch, update with a resourceVersion, delete) are retried on 429, 5xx other than 501, and
 * connection failures. A non-idempotent one (a create) is retried only when the server provably
 * did not act on it: the connection was refused, or it answered 429, which the apiserver's
 * max-in-flight and priority-and-fairness filters send before any handler runs. A reset or a 5xx
 * after a create may have landed, so that is never retried blindly.
 */
export function classifyFailure(error: unknown, idempotent: boolean): FailureClass {
  if (error instanceof KubeApiError) {
    const why = `${error.status}${error.reason === undefined ? '' : ` ${error.reason}`}`;
    if (error.status === 429) {
      return error.retryAfterMs === undefined ? { retryable: true, why } : { retryable: true, why, retryAfterMs: error.retryAfterMs };
    }
    if (!RETRYABLE_STATUSES.has(error.status)) return { retryable: false, why };
    // Some apiservers answer 500 for an apply patch they can never merge (on 1.20, a port list item
    // without `protocol`); sending it again cannot help.
    if (error.status === 500 && /failed to create typed (patch )?object/.test(error.statusObject?.message ?? '')) return { retryable: false, why: `${why} (the patch cannot be merged)` };
    if (!idempotent) return { retryable: false, why: `${why} after a non-idempotent request` };
    return error.retryAfterMs === undefined ? { retryable: true, why } : { retryable: true, why, retryAfterMs: error.retryAfterMs };
  }
  const code = errorCode(error);
  if (code === undefined || !RETRYABLE_CODES.has(code)) return { retryable: false, why: code ?? 'not a transport error' };
  if (!idempotent && code !== 'ECONNREFUSED') return { retryable: false, why: `${code} after a non-idempotent request` };
  return { retryable: true, why: code };
}

function errorCode(error: unknown): string | undefined {
  if (error instanceof KubeConnectionError) return error.code;
  if (typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string') return error.code;
  return undefined;
}

/** Retry-After as delay-seconds or an HTTP date; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | string[] | undefined, now: number = Date.now()): number | undefined {
  const raw = Array.isArray(value) ? value[0] : value;
  if (raw === undefined || raw.trim() === '') return undefined;
  const text = raw.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/**
 * Whether sending a request twice has the same effect as sending it once. PATCH is idempotent for
 * apply, merge and strategic-merge patches, not for JSON patches (an `add` to a list appends twice);
 * PUT only with a resourceVersion, so a repeat cannot overwrite someone else's later write.
 */
export function isIdempotentRequest(method: string, contentType: string | undefined, body: unknown): boolean {
  switch (method.toUpperCase()) {
    case 'GET':
    case 'HEAD':
    case 'DELETE':
      return true;
    case 'PATCH':
      return contentType !== 'application/json-patch+json';
    case 'PUT': {
      const metadata = typeof body === 'object' && body !== null ? (body as { metadata?: { resourceVersion?: unknown } }).metadata : undefined;
      return typeof metadata?.resourceVersion === 'string' && metadata.resourceVersion !== '';
    }
    default:
      return false;
  }
}

export interface RetryOptions {
  idempotent: boolean;
  policy: RetryPolicy;
  /** "GET /api/v1/..." for log lines. */
  describe: string;
  logger?: Logger;
  signal?: AbortSignal;
}

/** Runs `attempt` under the policy: exponential backoff (p-retry), at least Retry-After when the server asked for it. */
export async function withRetry<T>(attempt: (n: number) => Promise<T>, options: RetryOptions): Promise<T> {
  const { policy } = options;
  return pRetry(attempt, {
    retries: policy.retries,
    minTimeout: policy.minTimeoutMs,
    maxTimeout: policy.maxTimeoutMs,
    factor: policy.factor,
    randomize: policy.randomize,
    maxRetryTime: policy.maxRetryTimeMs,
    ...(options.signal === undefined ? {} : { signal: options.signal }),
    // p-retry calls this only when a retry is still allowed, right before its own backoff delay.
    shouldRetry: async ({ error, attemptNumber, retriesConsumed }) => {
      const failure = classifyFailure(error, options.idempotent);
      if (!failure.retryable) return false;
      const backoff = Math.min(policy.maxTimeoutMs, policy.minTimeoutMs * policy.factor ** retriesConsumed);
      const extra = failure.retryAfterMs === undefined ? 0 : Math.max(0, Math.min(failure.retryAfterMs, policy.maxRetryAfterMs) - backoff);
      options.logger?.debug(`${options.describe}: ${failure.why} on attempt ${attemptNumber}; retrying${failure.retryAfterMs === undefined ? '' : ` after Retry-After ${failure.retryAfterMs} ms`}`);
      if (extra > 0) await policy.sleep(extra, options.signal);
      return true;
    },
  });
}
