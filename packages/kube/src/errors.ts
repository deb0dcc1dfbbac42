import type { KubeStatus } from './types.ts';

/** The apiserver answered with an error status. */
export class KubeApiError extends Error {
  override readonly name = 'KubeApiError';
  readonly method: string;
  readonly path: string;
  readonly status: number;
  /** The Status reason: NotFound, Conflict, AlreadyExists, Forbidden, Invalid, Expired ... */
  readonly reason: string | undefined;
  readonly statusObject: KubeStatus | undefined;
  /** From the Retry-After header (or the Status' retryAfterSeconds), when the server sent one. */
  readonly retryAfterMs: number | undefined;

  constructor(init: { method: string; path: string; status: number; statusObject?: KubeStatus; retryAfterMs?: number; text?: string }) {
    const status = init.statusObject;
    const detail = status?.message ?? (init.text === undefined || init.text === '' ? '' : init.text.slice(0, 300));
    super(`${init.method} ${init.path}: ${init.status}${status?.reason === undefined ? '' : ` ${status.reason}`}${detail === '' ? '' : `: ${detail}`}`);
    this.method = init.method;
    this.path = init.path;
    this.status = init.status;
    this.reason = status?.reason;
    this.statusObject = status;
    this.retryAfterMs = init.retryAfterMs;
  }
}

/** The request never got an answer: refused, reset, hung up or timed out. */
export class KubeConnectionError extends Error {
  override readonly name = 'KubeConnectionError';
  readonly method: string;
  readonly path: string;
  /** ECONNRESET, ECONNREFUSED, ETIMEDOUT, EPIPE ... */
  readonly code: string;

  constructor(method: string, path: string, code: string, message: string, cause?: unknown) {
    super(`${method} ${path}: ${message}`, cause === undefined ? undefined : { cause });
    this.method = method;
    this.path = path;
    this.code = code;
  }
}

export function isKubeApiError(error: unknown, status?: number): error is KubeApiError {
  return error instanceof KubeApiError && (status === undefined || error.status === status);
}

export const isNotFound = (error: unknown): boolean => isKubeApiError(error, 404);
export const isConflict = (error: unknown): boolean => isKubeApiError(error, 409);
export const isGone = (error: unknown): boolean => isKubeApiError(error, 410);
export const isForbidden = (error: unknown): boolean => isKubeApiError(error, 403);
