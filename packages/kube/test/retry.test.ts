import { describe, expect, it } from 'vitest';
import type { RetryPolicy } from '../src/index.ts';
import { DEFAULT_RETRY_POLICY, KubeApiError, KubeConnectionError, classifyFailure, isIdempotentRequest, parseRetryAfter, withRetry } from '../src/index.ts';

const status = (code: number, retryAfterMs?: number, message?: string) =>
  new KubeApiError({ method: 'GET', path: '/x', status: code, statusObject: { kind: 'Status', code, reason: 'R', ...(message === undefined ? {} : { message }) }, ...(retryAfterMs === undefined ? {} : { retryAfterMs }) });
const conn = (code: string) => new KubeConnectionError('GET', '/x', code, code);

describe('classifyFailure', () => {
  it('retries idempotent requests on 429, 5xx (not 501) and connection failures', () => {
    for (const e of [status(429), status(500), status(502), status(503), status(504), conn('ECONNRESET'), conn('ECONNREFUSED'), conn('ETIMEDOUT'), conn('EPIPE')]) {
      expect(classifyFailure(e, true).retryable).toBe(true);
    }
    for (const e of [status(400), status(401), status(403), status(404), status(409), status(410), status(422), status(501), conn('EUNKNOWN'), new Error('bug')]) {
      expect(classifyFailure(e, true).retryable).toBe(false);
    }
  });

  it('retries a non-idempotent request only when the server provably did not act on it', () => {
    expect(classifyFailure(status(429), false).retryable).toBe(true);
    expect(classifyFailure(conn('ECONNREFUSED'), false).retryable).toBe(true);
    expect(classifyFailure(status(500), false)).toEqual({ retryable: false, why: '500 R after a non-idempotent request' });
    expect(classifyFailure(status(503), false).retryable).toBe(false);
    expect(classifyFailure(conn('ECONNRESET'), false)).toEqual({ retryable: false, why: 'ECONNRESET after a non-idempotent request' });
    expect(classifyFailure(conn('ETIMEDOUT'), false).retryable).toBe(false);
  });

  it('carries Retry-After, and does not retry a 500 that can never succeed', () => {
    expect(classifyFailure(status(429, 2000), true)).toEqual({ retryable: true, why: '429 R', retryAfterMs: 2000 });
    expect(classifyFailure(status(500, undefined, 'failed to create typed patch object: .spec.ports: element 0: ...'), true).retryable).toBe(false);
  });
});

describe('parseRetryAfter and isIdempotentRequest', () => {
  it('reads delay-seconds and HTTP dates', () => {
    expect(parseRetryAfter('3')).toBe(3000);
    expect(parseRetryAfter(['1', '9'])).toBe(1000);
    expect(parseRetryAfter('Wed, 21 Oct 2015 07:28:10 GMT', Date.parse('Wed, 21 Oct 2015 07:28:00 GMT'))).toBe(10_000);
    expect(parseRetryAfter(undefined)).toBeUndefined();
    expect(parseRetryAfter('soon')).toBeUndefined();
  });

  it('classes requests by what a repeat would do', () => {
    expect(isIdempotentRequest('GET', undefined, undefined)).toBe(true);
    expect(isIdempotentRequest('DELETE', undefined, undefined)).toBe(true);
    expect(isIdempotentRequest('PATCH', 'application/apply-patch+yaml', {})).toBe(true);
    expect(isIdempotentRequest('PATCH', 'application/merge-patch+json', {})).toBe(true);
    expect(isIdempotentRequest('PATCH', 'application/json-patch+json', [])).toBe(false);
    expect(isIdempotentRequest('PUT', 'application/json', { metadata: { resourceVersion: '7' } })).toBe(true);
    expect(isIdempotentRequest('PUT', 'application/json', { metadata: {} })).toBe(false);
    expect(isIdempotentRequest('POST', 'application/json', {})).toBe(false);
  });
});

describe('withRetry', () => {
  const sleeps: number[] = [];
  const policy: RetryPolicy = {
    ...DEFAULT_RETRY_POLICY,
    retries: 3,
    minTimeoutMs: 1,
    maxTimeoutMs: 4,
    randomize: false,
    sleep: async (ms) => {
      sleeps.push(ms);
    },
  };

  it('retries transient failures of idempotent calls until one succeeds', async () => {
    const failures = [status(503), conn('ECONNRESET')];
    let calls = 0;
    const result = await withRetry(async () => {
      calls += 1;
      const next = failures.shift();
      if (next !== undefined) throw next;
      return 'ok';
    }, { idempotent: true, policy, describe: 'GET /x' });
    expect(result).toBe('ok');
    expect(calls).toBe(3);
  });

  it('gives up after the configured retries with the last error', async () => {
    let calls = 0;
    const outcome = withRetry(async () => {
      calls += 1;
      throw status(500);
    }, { idempotent: true, policy, describe: 'GET /x' });
    await expect(outcome).rejects.toMatchObject({ status: 500 });
    expect(calls).toBe(4);
  });

  it('sends a create once when it may have landed', async () => {
    let calls = 0;
    await expect(withRetry(async () => {
      calls += 1;
      throw conn('ECONNRESET');
    }, { idempotent: false, policy, describe: 'POST /x' })).rejects.toBeInstanceOf(KubeConnectionError);
    expect(calls).toBe(1);
  });

  it('waits out Retry-After on top of the backoff, capped by the policy', async () => {
    sleeps.length = 0;
    const failures = [status(429, 1000), status(429, 600_000)];
    await withRetry(async () => {
      const next = failures.shift();
      if (next !== undefined) throw next;
      return 'ok';
    }, { idempotent: true, policy, describe: 'GET /x' });
    // The first Retry-After less the 1 ms backoff p-retry adds; the second capped at 30 s, less 2 ms.
    expect(sleeps).toEqual([999, 29_998]);
  });
});
