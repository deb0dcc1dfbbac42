import { describe, expect, it } from 'vitest';
import { sleep } from '../src/index.ts';

describe('sleep', () => {
  it('resolves after the time has passed, treating a negative time as none', async () => {
    const started = performance.now();
    await sleep(30);
    expect(performance.now() - started).toBeGreaterThanOrEqual(25);
    await expect(sleep(-5)).resolves.toBeUndefined();
  });

  it('rejects with the abort reason at once, whether aborted before or during the wait', async () => {
    const reason = new Error('cancelled');
    await expect(sleep(10_000, AbortSignal.abort(reason))).rejects.toBe(reason);
    const controller = new AbortController();
    const started = performance.now();
    const waiting = sleep(10_000, controller.signal);
    setTimeout(() => controller.abort(reason), 10);
    await expect(waiting).rejects.toBe(reason);
    expect(performance.now() - started).toBeLessThan(5000);
  });
});
