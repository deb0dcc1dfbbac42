import { describe, expect, it } from 'vitest';
import type { AnalysisResult } from '@pipeline/metrics';
import { postWebhook } from '../src/notify.ts';
import type { GuardOutcome } from '../src/report.ts';

const analysis: AnalysisResult = { verdict: 'fail', reason: 'breached: http-5xx-rate', breached: ['http-5xx-rate'], startedAt: 0, endedAt: 1000, signals: [], metrics: [] };
const outcome: GuardOutcome = {
  namespace: 'shop', service: 'web', newColour: 'green', baselineColour: 'blue', analysis, onBreach: 'report',
  rollback: undefined, rollbackError: undefined, mttrSeconds: undefined, runUrl: undefined,
};

/** A fetch that answers with the given statuses in turn and records when each call came. */
function answering(...statuses: number[]): { fetch: typeof fetch; calls: number[] } {
  const calls: number[] = [];
  const fake: typeof fetch = async () => {
    calls.push(performance.now());
    return new Response('', { status: statuses[calls.length - 1] ?? 200 });
  };
  return { fetch: fake, calls };
}

describe('postWebhook retries (p-retry)', () => {
  it('retries 429 and 5xx with growing waits, and reports the final answer', async () => {
    const flaky = answering(429, 502, 200);
    expect(await postWebhook('http://127.0.0.1:9/hook', outcome, { fetch: flaky.fetch, retryDelayMs: 20 })).toEqual({ format: 'json', status: 200, attempts: 3 });
    const [a = 0, b = 0, c = 0] = flaky.calls;
    // 20 ms, then 40 ms: the wait doubles.
    expect(b - a).toBeGreaterThanOrEqual(18);
    expect(c - b).toBeGreaterThanOrEqual(38);

    const down = answering(503, 503);
    expect(await postWebhook('http://127.0.0.1:9/hook', outcome, { fetch: down.fetch, attempts: 2, retryDelayMs: 1 })).toEqual({ format: 'json', status: 503, attempts: 2, error: 'HTTP 503' });
  });

  it('does not send a message again that the receiver refused', async () => {
    const refused = answering(404, 200);
    expect(await postWebhook('https://hooks.slack.com/services/T/B/secret', outcome, { fetch: refused.fetch, retryDelayMs: 1 })).toEqual({ format: 'slack', status: 404, attempts: 1, error: 'HTTP 404' });
    expect(refused.calls).toHaveLength(1);
  });

  it('does not retry a programming error such as a malformed URL', async () => {
    let calls = 0;
    const broken: typeof fetch = async () => {
      calls += 1;
      throw new TypeError('Failed to parse URL');
    };
    expect(await postWebhook('not a url', outcome, { fetch: broken, retryDelayMs: 1 })).toEqual({ format: 'json', status: undefined, attempts: 1, error: 'TypeError' });
    expect(calls).toBe(1);
  });
});
