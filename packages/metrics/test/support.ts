import type { Clock, MetricsSource, QueryOutcome } from '../src/index.ts';

/** A virtual clock: sleeping advances time at once, so long analyses run instantly. */
export class VirtualClock implements Clock {
  sleeps: number[] = [];
  constructor(public time = Date.UTC(2026, 0, 1)) {}
  now(): number {
    return this.time;
  }
  async sleep(ms: number, signal?: AbortSignal): Promise<void> {
    if (signal?.aborted === true) throw signal.reason;
    this.sleeps.push(ms);
    this.time += ms;
    await Promise.resolve();
    // A signal may have been reported while this sleep was pending.
    if (signal !== undefined && signal.aborted) throw signal.reason;
  }
}

export type Answer = number[] | 'unavailable' | ((at: number) => number[] | 'unavailable');

export const vector = (values: number[]): QueryOutcome => ({ ok: true, attempts: 1, data: { type: 'vector', samples: values.map((value, i) => ({ labels: { pod: `p${i}` }, timestamp: 0, value })) } });

/** A MetricsSource whose answers are functions of the query and the evaluation time. */
export function fakeSource(answers: Record<string, Answer>, range: Record<string, (start: number, end: number) => number[]> = {}): MetricsSource & { calls: string[] } {
  const calls: string[] = [];
  const unavailable: QueryOutcome = { ok: false, unavailable: { reason: 'unreachable', message: 'connect ECONNREFUSED 127.0.0.1:9', attempts: 4 } };
  return {
    calls,
    query: (q, at) => {
      calls.push(`query ${q}`);
      const a = answers[q];
      if (a === undefined) return Promise.resolve(vector([]));
      const v = typeof a === 'function' ? a(at) : a;
      return Promise.resolve(v === 'unavailable' ? unavailable : vector(v));
    },
    queryRange: (q, r) => {
      calls.push(`range ${q}`);
      const f = range[q];
      const a = answers[q];
      if (a === 'unavailable') return Promise.resolve(unavailable);
      const values = f === undefined ? [] : f(r.start, r.end);
      return Promise.resolve({ ok: true, attempts: 1, data: { type: 'matrix', series: values.length === 0 ? [] : [{ labels: {}, points: values.map((value, i) => ({ timestamp: r.start + i * r.stepMs, value })) }] } });
    },
  };
}
