import { describe, expect, it } from 'vitest';
import { analysisJson, defineMetric, isPromQLError, NO_DATA_POLICIES, pollingSignals, PromQLError, runAnalysis } from '../src/index.ts';
import type { AnalysisOptions, MetricDefinition, SignalSource } from '../src/index.ts';
import { fakeSource, VirtualClock } from './support.ts';
import type { Answer } from './support.ts';

const context = { labels: { app: 'web' }, newColour: 'green', baselineColour: 'blue', rateWindow: '30s' };
const errors = defineMetric({ template: 'http-5xx-rate' }, context);
const latency = defineMetric({ template: 'latency-p95' }, context);
const errorRate = defineMetric({ template: 'error-rate' }, context);

function run(metrics: MetricDefinition[], answers: Record<string, Answer>, extra: Partial<AnalysisOptions> = {}, range: Parameters<typeof fakeSource>[1] = {}) {
  const clock = new VirtualClock();
  const source = fakeSource(answers, range);
  return { clock, source, result: runAnalysis({ metrics, source, clock, intervalMs: 10_000, durationMs: 60_000, ...extra }) };
}

describe('runAnalysis', () => {
  it('passes healthy metrics after evaluating each every interval for the duration, with evidence', async () => {
    const { result, clock } = run([errors, latency], { [errors.query]: [0.001], [latency.query]: [0.12], [latency.baselineQuery!]: [0.1] });
    const r = await result;
    expect(r.verdict).toBe('pass');
    expect(r.metrics.map((m) => m.measurements.length)).toEqual([6, 6]);
    expect(clock.sleeps).toEqual([10_000, 10_000, 10_000, 10_000, 10_000, 10_000]);
    expect(r.metrics[1]?.measurements[0]).toMatchObject({ outcome: 'pass', newValue: 0.12, baselineValue: 0.1 });
    expect(r.metrics[1]?.reason).toContain('within 2× of baseline 0.1');
  });

  it('a critical breach ends the analysis at once, naming the rule and the first failing sample', async () => {
    const { result, clock } = run([errors, latency], {
      [errors.query]: (at) => (at - Date.UTC(2026, 0, 1) >= 30_000 ? [0.02, 0.5] : [0]),
      [latency.query]: [0.1], [latency.baselineQuery!]: [0.1],
    });
    const r = await result;
    expect(r.verdict).toBe('fail');
    expect(r.stop).toEqual({ kind: 'critical', metric: 'http-5xx-rate' });
    expect(r.breached).toEqual(['http-5xx-rate']);
    expect(r.metrics[0]?.firingRule).toBe('0.5 > threshold 0.05');
    expect(r.firstFailureAt).toBe(Date.UTC(2026, 0, 1) + 30_000);
    expect(clock.time - Date.UTC(2026, 0, 1)).toBe(30_000);
  });

  it('tolerates failure-limit consecutive failures; the next one breaches', async () => {
    const spiky = (fails: number) => (at: number) => {
      const k = (at - Date.UTC(2026, 0, 1)) / 10_000;
      return [k >= 2 && k < 2 + fails ? 0.3 : 0];
    };
    const tolerated = await run([errors], { [errors.query]: spiky(2) }, { failureLimit: 2 }).result;
    expect(tolerated.verdict).toBe('pass');
    expect(tolerated.metrics[0]?.measurements.filter((m) => m.outcome === 'fail')).toHaveLength(2);
    const breached = await run([errors], { [errors.query]: spiky(3) }, { failureLimit: 2 }).result;
    expect(breached.verdict).toBe('fail');
    expect(breached.metrics[0]?.breachedAt).toBe(Date.UTC(2026, 0, 1) + 40_000);
    expect(breached.metrics[0]?.firstFailingAt).toBe(Date.UTC(2026, 0, 1) + 20_000);
  });

  it("honours 'for': error-rate must stay above 1% for 5 minutes", async () => {
    const long = { intervalMs: 60_000, durationMs: 10 * 60_000 };
    const briefly = await run([errorRate], { [errorRate.query]: (at) => [(at - Date.UTC(2026, 0, 1)) / 60_000 <= 3 ? 0.05 : 0] }, long).result;
    expect(briefly.verdict).toBe('pass');
    const sustained = await run([errorRate], { [errorRate.query]: [0.05] }, long).result;
    expect(sustained.verdict).toBe('fail');
    const m = sustained.metrics[0]!;
    expect(m.breachedAt! - m.firstFailingAt!).toBe(5 * 60_000);
    // Still failing when the duration ends, but not for long enough: neither a pass nor a breach.
    const short = await run([errorRate], { [errorRate.query]: [0.05] }, { intervalMs: 60_000, durationMs: 3 * 60_000 }).result;
    expect(short.verdict).toBe('inconclusive');
    expect(short.metrics[0]?.reason).toMatch(/failing but not yet breached/);
  });

  it('a crash signal ends the analysis immediately with fail, before any metric has data', async () => {
    let report: ((s: { kind: string; message: string; pod?: string; at: number }) => void) | undefined;
    let stopped = false;
    const signals: SignalSource = {
      start: (r) => {
        report = r;
        return () => {
          stopped = true;
        };
      },
    };
    const { result, source } = run([errors], {
      [errors.query]: (at) => {
        if (at - Date.UTC(2026, 0, 1) === 20_000) report?.({ kind: 'CrashLoopBackOff', message: 'back-off 10s restarting failed container', pod: 'web-green-1', at });
        return [];
      },
    }, { noData: 'ignore', signals });
    const r = await result;
    expect(r.verdict).toBe('fail');
    expect(r.stop).toMatchObject({ kind: 'signal', signal: { kind: 'CrashLoopBackOff', pod: 'web-green-1' } });
    expect(r.reason).toContain('CrashLoopBackOff on web-green-1');
    expect(source.calls).toHaveLength(2);
    expect(stopped).toBe(true);
  });

  it('NaN is no data, +Inf is a real (failing) value', async () => {
    const nan = await run([errors], { [errors.query]: [Number.NaN] }, { noData: 'inconclusive' }).result;
    expect(nan.verdict).toBe('inconclusive');
    expect(nan.metrics[0]?.measurements[0]).toMatchObject({ outcome: 'no-data' });
    const inf = await run([latency], { [latency.query]: [Number.POSITIVE_INFINITY], [latency.baselineQuery!]: [0.1] }).result;
    expect(inf.verdict).toBe('fail');
    expect(inf.metrics[0]?.firingRule).toContain('+Inf > 2× baseline 0.1');
    const infBaseline = await run([latency], { [latency.query]: [0.1], [latency.baselineQuery!]: [Number.POSITIVE_INFINITY] }).result;
    expect(infBaseline.verdict).toBe('inconclusive');
    // One pod reporting NaN (no traffic) does not hide another pod's failing value.
    const mixed = await run([errors], { [errors.query]: [Number.NaN, 0.4] }).result;
    expect(mixed.verdict).toBe('fail');
  });

  it('a rejected PromQL query fails the analysis with the metric name and Prometheus\'s message', async () => {
    const source = fakeSource({});
    source.query = () => Promise.reject(new PromQLError({ query: 'sum(', status: 400, errorType: 'bad_data', prometheusMessage: '1:5: parse error: unclosed left parenthesis' }));
    const error = await runAnalysis({ metrics: [errors], source, clock: new VirtualClock(), intervalMs: 1000, durationMs: 5000 }).catch((e: unknown) => e);
    expect(isPromQLError(error)).toBe(true);
    expect((error as PromQLError).metric).toBe('http-5xx-rate');
    expect((error as Error).message).toMatch(/^Metric 'http-5xx-rate': its PromQL query was rejected by Prometheus \(400 bad_data\): 1:5: parse error: unclosed left parenthesis/);
  });

  it('mann-whitney below min-samples is inconclusive, never a pass', async () => {
    const few = () => [0.1, 0.11, 0.12];
    const r = await run([latency], { [latency.query]: [0.1], [latency.baselineQuery!]: [0.1] }, { judge: 'mann-whitney' }, { [latency.query]: few, [latency.baselineQuery!]: few }).result;
    expect(r.verdict).toBe('inconclusive');
    expect(r.metrics[0]?.reason).toContain('too few samples (new 3, baseline 3; min-samples 10)');
  });

  it('mann-whitney fails a slower colour with U, p and the Hodges–Lehmann shift in evidence', async () => {
    const base = (start: number) => Array.from({ length: 30 }, (_, i) => 0.1 + ((i * 7 + start / 1000) % 13) / 1000);
    const slow = (start: number) => base(start).map((v) => v * 3);
    const r = await run([latency], { [latency.query]: [0.3], [latency.baselineQuery!]: [0.1] }, { judge: 'mann-whitney' }, { [latency.query]: slow, [latency.baselineQuery!]: base }).result;
    expect(r.verdict).toBe('fail');
    const m = r.metrics[0]!.measurements[0]!;
    expect(m.test).toMatchObject({ alternative: 'greater', nNew: 30, nBaseline: 30, u: 900 });
    expect(m.test!.pValue).toBeLessThan(1e-9);
    expect(m.test!.relativeShift).toBeGreaterThan(1.5);
    expect(r.metrics[0]?.firingRule).toMatch(/Mann-Whitney U=900, p=.* < α=0.01; Hodges–Lehmann shift/);
  });
});

describe('a baseline that serves no traffic any more', () => {
  const switchedAt = Date.UTC(2026, 0, 1) - 60_000;
  // The previous colour's live rates are 0/0 after the switch; before it they were real.
  const idleSince = (values: number[]) => (at: number) => (at <= switchedAt ? values : [Number.NaN]);

  it('is read as it was at the switch, once, and the reason says so', async () => {
    const { result, source } = run([latency], { [latency.query]: [0.12], [latency.baselineQuery!]: idleSince([0.1]) }, { baselineFallbackAt: switchedAt });
    const r = await result;
    expect(r.verdict).toBe('pass');
    expect(r.metrics[0]?.measurements[0]).toMatchObject({ outcome: 'pass', newValue: 0.12, baselineValue: 0.1 });
    expect(r.metrics[0]?.reason).toContain(`baseline as of ${new Date(switchedAt).toISOString()}`);
    // Six live baseline reads plus one historic read that every later tick reuses.
    expect(source.calls.filter((c) => c === `query ${latency.baselineQuery!}`)).toHaveLength(7);
  });

  it('still fails a slower new colour against the baseline from before the switch', async () => {
    const r = await run([latency], { [latency.query]: [0.5], [latency.baselineQuery!]: idleSince([0.1]) }, { baselineFallbackAt: switchedAt }).result;
    expect(r.verdict).toBe('fail');
    expect(r.metrics[0]?.firingRule).toMatch(/^0\.5 > 2× baseline 0\.1 \(0\.2\) \(baseline as of /);
  });

  it('mann-whitney compares against the window that ended at the switch', async () => {
    const base = (start: number) => Array.from({ length: 30 }, (_, i) => 0.1 + ((i * 7 + start / 1000) % 13) / 1000);
    const r = await run([latency], {}, { judge: 'mann-whitney', baselineFallbackAt: switchedAt }, {
      [latency.query]: (start) => base(start).map((v) => v * 3),
      [latency.baselineQuery!]: (_start, end) => (end <= switchedAt ? base(end) : []),
    }).result;
    expect(r.verdict).toBe('fail');
    expect(r.metrics[0]!.measurements[0]!.test).toMatchObject({ nNew: 30, nBaseline: 30 });
  });

  it('live baseline data wins over the past, and no past data stays no-data', async () => {
    const live = await run([latency], { [latency.query]: [0.12], [latency.baselineQuery!]: [0.1] }, { baselineFallbackAt: switchedAt }).result;
    expect(live.metrics[0]?.reason).not.toContain('baseline as of');
    const never = await run([latency], { [latency.query]: [0.12], [latency.baselineQuery!]: [Number.NaN] }, { baselineFallbackAt: switchedAt }).result;
    expect(never.verdict).toBe('fail');
    expect(never.metrics[0]?.reason).toContain('the baseline has no data');
  });
});

describe('no-data is never a pass', () => {
  for (const judge of ['threshold', 'mann-whitney'] as const) {
    for (const noData of NO_DATA_POLICIES) {
      it(`${judge} judge, no-data: ${noData} — empty results`, async () => {
        const r = await run([latency, errors], {}, { judge, noData }).result;
        expect(r.verdict).not.toBe('pass');
        expect(r.verdict).toBe(noData === 'fail' ? 'fail' : 'inconclusive');
        for (const m of r.metrics) expect(m.outcome).not.toBe('pass');
      });

      it(`${judge} judge, no-data: ${noData} — Prometheus unavailable`, async () => {
        const r = await run([latency, errors], { [latency.query]: 'unavailable', [latency.baselineQuery!]: 'unavailable', [errors.query]: 'unavailable' }, { judge, noData }).result;
        expect(r.verdict).toBe(noData === 'fail' ? 'fail' : 'inconclusive');
        expect(r.metrics[0]?.measurements[0]?.unavailable).toContain('ECONNREFUSED');
      });

      it(`${judge} judge, no-data: ${noData} — the baseline alone has no data`, async () => {
        const values = () => Array.from({ length: 20 }, (_, i) => 0.1 + i / 1000);
        const r = await run([latency], { [latency.query]: [0.1] }, { judge, noData }, { [latency.query]: values }).result;
        expect(r.verdict).toBe(noData === 'fail' ? 'fail' : 'inconclusive');
        expect(r.metrics[0]?.measurements[0]?.reason).toMatch(/baseline has no (data|samples)/);
      });
    }
  }

  it('with no-data: ignore, gaps are skipped but the metric still passes on the data it has', async () => {
    const r = await run([errors], { [errors.query]: (at) => ((at - Date.UTC(2026, 0, 1)) % 20_000 === 0 ? [0] : []) }, { noData: 'ignore' }).result;
    expect(r.verdict).toBe('pass');
  });

  it('with no-data: fail, a gap within failure-limit is tolerated but a final gap is a failure', async () => {
    const gapThenData = await run([errors], { [errors.query]: (at) => ((at - Date.UTC(2026, 0, 1)) === 10_000 ? [] : [0]) }, { failureLimit: 1 }).result;
    expect(gapThenData.verdict).toBe('pass');
    const endsInGap = await run([errors], { [errors.query]: (at) => ((at - Date.UTC(2026, 0, 1)) >= 60_000 ? [] : [0]) }, { failureLimit: 1 }).result;
    expect(endsInGap.verdict).toBe('fail');
  });
});

describe('engine options and helpers', () => {
  it('failFast ends the analysis at the first breach of a non-critical metric', async () => {
    const slow = { [latency.query]: [0.5], [latency.baselineQuery!]: [0.1] };
    const patient = await run([latency], slow).result;
    expect(patient.stop).toBeUndefined();
    expect(patient.metrics[0]?.measurements).toHaveLength(6);
    const fast = await run([latency], slow, { failFast: true }).result;
    expect(fast.stop).toEqual({ kind: 'breach', metric: 'latency-p95' });
    expect(fast.metrics[0]?.measurements).toHaveLength(1);
  });

  it('pollingSignals turns a polled crash check into an immediate stop', async () => {
    let polls = 0;
    const errorsSeen: string[] = [];
    const signals = pollingSignals(async () => {
      polls += 1;
      if (polls === 3) throw new Error('apiserver hiccup');
      return polls >= 4 ? [{ kind: 'restart', message: 'container app restarted (restartCount 1)', pod: 'web-green-x', at: Date.now() }] : [];
    }, { intervalMs: 5, onError: (e) => errorsSeen.push(String(e)) });
    const started = Date.now();
    const r = await runAnalysis({ metrics: [errors], source: fakeSource({ [errors.query]: [0] }), intervalMs: 50, durationMs: 10_000, signals });
    expect(r.verdict).toBe('fail');
    expect(r.stop).toMatchObject({ kind: 'signal', signal: { kind: 'restart', pod: 'web-green-x' } });
    expect(Date.now() - started).toBeLessThan(5000);
    expect(errorsSeen).toEqual(['Error: apiserver hiccup']);
  });

  it('cancellation ends the analysis as inconclusive (never pass) unless a metric already breached', async () => {
    const controller = new AbortController();
    const healthy = run([errors], { [errors.query]: (at) => {
      if (at - Date.UTC(2026, 0, 1) === 20_000) controller.abort(new Error('job cancelled'));
      return [0];
    } }, { signal: controller.signal });
    const r = await healthy.result;
    expect(r).toMatchObject({ verdict: 'inconclusive', stop: { kind: 'cancelled' } });
    expect(r.metrics[0]?.measurements).toHaveLength(2);
  });

  it('analysisJson keeps NaN and ±Inf as Prometheus spells them', async () => {
    const r = await run([latency], { [latency.query]: [Number.POSITIVE_INFINITY], [latency.baselineQuery!]: [0.1] }, { durationMs: 10_000 }).result;
    const json = JSON.parse(analysisJson(r)) as { metrics: { measurements: { newValue: unknown }[] }[] };
    expect(json.metrics[0]?.measurements[0]?.newValue).toBe('+Inf');
  });
});
