import type { Logger } from '@pipeline/core';
import type { Clock } from './clock.ts';
import { systemClock } from './clock.ts';
import type { JudgeName, MetricDefinition } from './definitions.ts';
import { PromQLError } from './errors.ts';
import { checkRatio, checkThreshold, combine, compareMannWhitney, DEFAULT_MANN_WHITNEY, worstValue } from './judges.ts';
import type { Judgement, MannWhitneySettings, Outcome } from './judges.ts';
import type { MetricsSource, QueryData, QueryOutcome } from './prometheus.ts';
import { formatValue } from './values.ts';

export type NoDataPolicy = 'fail' | 'inconclusive' | 'ignore';
export const NO_DATA_POLICIES: readonly NoDataPolicy[] = ['fail', 'inconclusive', 'ignore'];
export type Verdict = 'pass' | 'fail' | 'inconclusive';

/** A Kubernetes crash signal (restarts, CrashLoopBackOff, readiness drops): it ends the analysis at once. */
export interface CrashSignal {
  kind: string;
  message: string;
  pod?: string;
  /** ms since the epoch. */
  at: number;
}

/** Started with the analysis; `report` ends it immediately. Returns how to stop watching. */
export interface SignalSource {
  start(report: (signal: CrashSignal) => void): (() => void | Promise<void>) | Promise<() => void | Promise<void>>;
}

export interface Measurement {
  at: number;
  outcome: Outcome;
  reason: string;
  /** Whether this measurement counted toward consecutive failures (no-data under `fail`, or a failing value). */
  failing: boolean;
  newValue?: number;
  baselineValue?: number;
  test?: Judgement['test'];
  /** Why Prometheus could not answer, when it could not. */
  unavailable?: string;
}

export interface MetricReport {
  name: string;
  critical: boolean;
  judge: JudgeName;
  direction: MetricDefinition['direction'];
  query: string;
  baselineQuery: string | undefined;
  outcome: Verdict;
  reason: string;
  breached: boolean;
  /** The rule or test that fired at the breach. */
  firingRule?: string;
  /** The first failing measurement of the streak that breached (the start of MTTR). */
  firstFailingAt?: number;
  breachedAt?: number;
  measurements: Measurement[];
}

export type StopCause = { kind: 'critical'; metric: string } | { kind: 'breach'; metric: string } | { kind: 'signal'; signal: CrashSignal } | { kind: 'cancelled' };

export interface AnalysisResult {
  verdict: Verdict;
  reason: string;
  /** Metrics whose outcome is fail. */
  breached: string[];
  startedAt: number;
  endedAt: number;
  /** Set when the analysis ended before its duration. */
  stop?: StopCause;
  /** The earliest failing sample behind the verdict: a breached metric's first failure, or a crash signal. */
  firstFailureAt?: number;
  metrics: MetricReport[];
  signals: CrashSignal[];
}

export interface AnalysisOptions {
  metrics: readonly MetricDefinition[];
  source: MetricsSource;
  judge?: JudgeName;
  intervalMs: number;
  durationMs: number;
  /** Consecutive failing measurements a metric tolerates; it breaches on the next (default 0). */
  failureLimit?: number;
  /**
   * The fewest samples a verdict may rest on: per colour for mann-whitney (default 10), and the
   * fewest measurements with data before a threshold metric may pass (default 1).
   */
  minSamples?: number;
  noData?: NoDataPolicy;
  mannWhitney?: Partial<Omit<MannWhitneySettings, 'minSamples'>>;
  /** How far back each mann-whitney evaluation reads samples (default: the duration). */
  windowMs?: number;
  /** Range-query resolution for mann-whitney (default: the interval). */
  stepMs?: number;
  signals?: SignalSource;
  /**
   * When the baseline colour has no data now, read it as it was at this instant (epoch ms). After
   * a full switch the previous colour still runs but serves nothing, so its live rates are 0/0;
   * its figures from just before the switch are the baseline that still means something.
   */
  baselineFallbackAt?: number;
  /** End the analysis at the first breach of any metric, not only of a critical one. */
  failFast?: boolean;
  clock?: Clock;
  logger?: Logger;
  signal?: AbortSignal;
  /** Called after each measurement, for progress output. */
  onMeasurement?: (metric: string, measurement: Measurement) => void;
}

interface MetricState {
  def: MetricDefinition;
  judge: JudgeName;
  measurements: Measurement[];
  streak: number;
  streakStart: number | undefined;
  breach: { at: number; firstFailingAt: number; rule: string } | undefined;
}

function valuesOf(data: QueryData): number[] {
  switch (data.type) {
    case 'vector':
      return data.samples.map((s) => s.value);
    case 'scalar':
      return [data.value];
    case 'matrix':
      return data.series.flatMap((s) => s.points.map((p) => p.value));
    case 'string':
      return [];
  }
}

/** An answer that holds no usable value: no series, or only NaN (a 0/0 rate without traffic). */
function lacksData(outcome: QueryOutcome): boolean {
  return outcome.ok && valuesOf(outcome.data).every((v) => Number.isNaN(v));
}

function unavailableJudgement(outcome: QueryOutcome & { ok: false }, side: string): Judgement & { unavailable: string } {
  const u = outcome.unavailable;
  return { outcome: 'no-data', reason: `Prometheus unavailable for the ${side} (${u.reason}, ${u.attempts} attempt${u.attempts === 1 ? '' : 's'}): ${u.message}`, unavailable: u.message };
}

class Cancelled extends Error {}

/**
 * Evaluates every metric every interval for the duration. A critical breach, a crash signal or
 * cancellation ends it early. No data is never a pass: depending on `noData` it counts as a
 * failure, makes the metric inconclusive, or is skipped; a metric with nothing but skipped
 * measurements is inconclusive.
 */
export async function runAnalysis(options: AnalysisOptions): Promise<AnalysisResult> {
  const clock = options.clock ?? systemClock;
  const judge = options.judge ?? 'threshold';
  const noData = options.noData ?? 'fail';
  const failureLimit = options.failureLimit ?? 0;
  const { intervalMs, durationMs } = options;
  if (!(intervalMs > 0) || !(durationMs > 0)) throw new RangeError(`interval and duration must be positive (got ${intervalMs} and ${durationMs} ms)`);
  if (options.metrics.length === 0) throw new RangeError('an analysis needs at least one metric');
  const mw: MannWhitneySettings = { ...DEFAULT_MANN_WHITNEY, ...options.mannWhitney, minSamples: options.minSamples ?? DEFAULT_MANN_WHITNEY.minSamples };
  const thresholdMinSamples = options.minSamples ?? 1;
  const windowMs = options.windowMs ?? durationMs;
  const stepMs = options.stepMs ?? intervalMs;

  const states: MetricState[] = options.metrics.map((def) => ({ def, judge: def.judge ?? judge, measurements: [], streak: 0, streakStart: undefined, breach: undefined }));
  const signals: CrashSignal[] = [];
  const wake = new AbortController();
  const onCancel = () => wake.abort(new Cancelled('cancelled'));
  options.signal?.addEventListener('abort', onCancel, { once: true });
  if (options.signal?.aborted === true) onCancel();
  const startedAt = clock.now();
  let stop: StopCause | undefined;
  const stopWatching = await options.signals?.start((signal) => {
    signals.push(signal);
    if (stop === undefined) stop = { kind: 'signal', signal };
    wake.abort(new Cancelled('signal'));
  });

  const fallbackAt = options.baselineFallbackAt;
  const historic = new Map<string, QueryOutcome>();

  const measure = async (state: MetricState, at: number, deadline: number): Promise<Judgement & { unavailable?: string }> => {
    const { def } = state;
    const call = { deadline, signal: wake.signal };
    const ask = async (query: string, when = at): Promise<QueryOutcome> => {
      try {
        return await options.source.query(query, when, call);
      } catch (error) {
        throw error instanceof PromQLError ? error.forMetric(def.name) : error;
      }
    };
    const askRange = async (query: string, end = at): Promise<QueryOutcome> => {
      try {
        return await options.source.queryRange(query, { start: end - windowMs, end, stepMs }, call);
      } catch (error) {
        throw error instanceof PromQLError ? error.forMetric(def.name) : error;
      }
    };
    const baselineQuery = def.baselineRatio !== undefined && def.baselineValue === undefined ? def.baselineQuery : undefined;
    // The U test reads both colours' series over the window; the latest value is needed only for a threshold or a ratio.
    const compareSeries = state.judge === 'mann-whitney' && baselineQuery !== undefined;
    const needLatest = def.threshold !== undefined || !compareSeries;
    const [latestNew, liveBase, rangeNew, liveRangeBase] = await Promise.all([
      needLatest ? ask(def.query) : undefined,
      !compareSeries && baselineQuery !== undefined ? ask(baselineQuery) : undefined,
      compareSeries ? askRange(def.query) : undefined,
      compareSeries ? askRange(baselineQuery) : undefined,
    ]);
    let historicAt: number | undefined;
    const orHistoric = async (live: QueryOutcome | undefined, kind: 'instant' | 'range'): Promise<QueryOutcome | undefined> => {
      if (fallbackAt === undefined || baselineQuery === undefined || live === undefined || !lacksData(live)) return live;
      const key = `${def.name}\u0000${kind}`;
      let past = historic.get(key);
      if (past === undefined) {
        past = kind === 'instant' ? await ask(baselineQuery, fallbackAt) : await askRange(baselineQuery, fallbackAt);
        // The past does not change: one good answer serves every later tick.
        if (past.ok) historic.set(key, past);
      }
      if (past.ok && lacksData(past)) return live;
      historicAt = fallbackAt;
      return past;
    };
    const latestBase = await orHistoric(liveBase, 'instant');
    const rangeBase = await orHistoric(liveRangeBase, 'range');
    if (latestNew?.ok === false) return unavailableJudgement(latestNew, 'new colour');
    if (rangeNew?.ok === false) return unavailableJudgement(rangeNew, 'new colour');
    if (rangeBase?.ok === false) return unavailableJudgement(rangeBase, 'baseline');
    if (latestBase?.ok === false) return unavailableJudgement(latestBase, 'baseline');
    const newValue = latestNew?.ok === true ? worstValue(valuesOf(latestNew.data), def.direction) : undefined;
    const parts: Judgement[] = [];
    if (def.threshold !== undefined) parts.push(checkThreshold(newValue, def.threshold, def.direction));
    if (def.baselineRatio !== undefined) {
      if (rangeNew?.ok === true && rangeBase?.ok === true) {
        parts.push(compareMannWhitney(valuesOf(rangeNew.data), valuesOf(rangeBase.data), def.direction, mw));
      } else {
        const baselineValue = def.baselineValue ?? (latestBase?.ok === true ? worstValue(valuesOf(latestBase.data), def.direction) : undefined);
        parts.push(checkRatio(newValue, baselineValue, def.baselineRatio, def.direction));
      }
    }
    const judged = combine(parts);
    return historicAt === undefined ? judged : { ...judged, reason: `${judged.reason} (baseline as of ${new Date(historicAt).toISOString()}: it serves no traffic now)` };
  };

  const record = (state: MetricState, at: number, judgement: Judgement & { unavailable?: string }): void => {
    const failing = judgement.outcome === 'fail' || (judgement.outcome === 'no-data' && noData === 'fail');
    const m: Measurement = { at, outcome: judgement.outcome, reason: judgement.reason, failing };
    if (judgement.newValue !== undefined) m.newValue = judgement.newValue;
    if (judgement.baselineValue !== undefined) m.baselineValue = judgement.baselineValue;
    if (judgement.test !== undefined) m.test = judgement.test;
    if (judgement.unavailable !== undefined) m.unavailable = judgement.unavailable;
    state.measurements.push(m);
    options.onMeasurement?.(state.def.name, m);
    if (state.breach !== undefined) return;
    if (failing) {
      state.streak += 1;
      state.streakStart ??= at;
      if (state.streak > failureLimit && at - state.streakStart >= state.def.forMs) {
        state.breach = { at, firstFailingAt: state.streakStart, rule: judgement.outcome === 'no-data' ? `no data (no-data: fail): ${judgement.reason}` : judgement.reason };
        options.logger?.warning(`Metric '${state.def.name}' breached: ${state.breach.rule}`);
      }
    } else if (judgement.outcome === 'pass') {
      state.streak = 0;
      state.streakStart = undefined;
    }
  };

  const ticks = Math.max(1, Math.floor(durationMs / intervalMs));
  try {
    for (let k = 1; k <= ticks && stop === undefined; k++) {
      const due = startedAt + Math.min(k * intervalMs, durationMs);
      const wait = due - clock.now();
      if (wait > 0) {
        try {
          await clock.sleep(wait, wake.signal);
        } catch (error) {
          if (wake.signal.aborted) break;
          throw error;
        }
      }
      if (wake.signal.aborted) break;
      const at = clock.now();
      const deadline = startedAt + Math.min((k + 1) * intervalMs, durationMs + intervalMs);
      let judgements: (Judgement & { unavailable?: string })[];
      try {
        judgements = await Promise.all(states.map((s) => measure(s, at, deadline)));
      } catch (error) {
        if (wake.signal.aborted) break;
        throw error;
      }
      states.forEach((s, i) => {
        const judgement = judgements[i];
        if (judgement !== undefined) record(s, at, judgement);
      });
      const critical = states.find((s) => s.def.critical && s.breach !== undefined);
      const any = options.failFast === true ? states.find((s) => s.breach !== undefined) : undefined;
      if (critical !== undefined) stop = { kind: 'critical', metric: critical.def.name };
      else if (any !== undefined) stop = { kind: 'breach', metric: any.def.name };
    }
  } finally {
    options.signal?.removeEventListener('abort', onCancel);
    await stopWatching?.();
  }
  if (stop === undefined && options.signal?.aborted === true) stop = { kind: 'cancelled' };

  const metrics = states.map((s) => report(s, noData, thresholdMinSamples));
  const breached = metrics.filter((m) => m.outcome === 'fail').map((m) => m.name);
  const failures = [...metrics.map((m) => m.firstFailingAt), ...signals.map((s) => s.at)].filter((t): t is number => t !== undefined);
  let verdict: Verdict;
  let reason: string;
  if (stop?.kind === 'signal') {
    verdict = 'fail';
    reason = `Kubernetes signal ${stop.signal.kind}${stop.signal.pod === undefined ? '' : ` on ${stop.signal.pod}`}: ${stop.signal.message}`;
  } else if (breached.length > 0) {
    verdict = 'fail';
    reason = `breached: ${metrics.filter((m) => m.outcome === 'fail').map((m) => `${m.name} (${m.reason})`).join('; ')}`;
  } else if (stop?.kind === 'cancelled') {
    verdict = 'inconclusive';
    reason = 'the analysis was cancelled before its duration';
  } else if (metrics.some((m) => m.outcome === 'inconclusive')) {
    verdict = 'inconclusive';
    reason = `inconclusive: ${metrics.filter((m) => m.outcome === 'inconclusive').map((m) => `${m.name} (${m.reason})`).join('; ')}`;
  } else {
    verdict = 'pass';
    reason = `all ${metrics.length} metric${metrics.length === 1 ? '' : 's'} passed`;
  }
  const result: AnalysisResult = { verdict, reason, breached, startedAt, endedAt: clock.now(), metrics, signals };
  if (stop !== undefined) result.stop = stop;
  if (verdict === 'fail' && failures.length > 0) result.firstFailureAt = Math.min(...failures);
  return result;
}

function report(state: MetricState, noData: NoDataPolicy, thresholdMinSamples: number): MetricReport {
  const { def } = state;
  const base = {
    name: def.name, critical: def.critical, judge: state.judge, direction: def.direction, query: def.query, baselineQuery: def.baselineQuery, measurements: state.measurements,
  };
  if (state.breach !== undefined) {
    return { ...base, outcome: 'fail', reason: state.breach.rule, breached: true, firingRule: state.breach.rule, firstFailingAt: state.breach.firstFailingAt, breachedAt: state.breach.at };
  }
  const counted = state.measurements.filter((m) => m.outcome !== 'no-data' || noData !== 'ignore');
  const last = counted.at(-1);
  const outcome = (verdict: Verdict, reason: string): MetricReport => ({ ...base, outcome: verdict, reason, breached: false });
  if (last === undefined) {
    return outcome('inconclusive', state.measurements.length === 0 ? 'not measured' : `no measurement had data (${state.measurements.length} skipped under no-data: ignore)`);
  }
  if (last.outcome === 'no-data') {
    return noData === 'fail'
      ? { ...outcome('fail', `no data at the end (no-data: fail): ${last.reason}`), firstFailingAt: state.streakStart ?? last.at }
      : outcome('inconclusive', `no data (no-data: inconclusive): ${last.reason}`);
  }
  if (last.outcome === 'fail') {
    const held = last.at - (state.streakStart ?? last.at);
    return outcome('inconclusive', `failing but not yet breached (${state.streak} consecutive, held ${Math.round(held / 1000)} s of ${Math.round(def.forMs / 1000)} s): ${last.reason}`);
  }
  if (last.outcome === 'inconclusive') return outcome('inconclusive', last.reason);
  if (state.judge === 'threshold' || def.baselineRatio === undefined) {
    const withData = counted.filter((m) => m.outcome !== 'no-data').length;
    if (withData < thresholdMinSamples) return outcome('inconclusive', `only ${withData} measurement${withData === 1 ? '' : 's'} with data; min-samples is ${thresholdMinSamples}`);
  }
  return outcome('pass', `${last.reason}${last.newValue === undefined ? '' : ` (latest ${formatValue(last.newValue)})`}`);
}

/**
 * Adapts a polling check (list the workload's pods, look for restarts, CrashLoopBackOff or
 * readiness drops) into a SignalSource. Polling stops with the analysis; a failing check is
 * reported to `onError` and polled again, since a transient API error is not a crash.
 */
export interface PollingSignalsOptions {
  intervalMs: number;
  clock?: Clock;
  onError?: (error: unknown) => void;
}

export function pollingSignals(check: (signal: AbortSignal) => Promise<CrashSignal[]>, options: PollingSignalsOptions): SignalSource {
  const clock = options.clock ?? systemClock;
  return {
    start(report) {
      const stopped = new AbortController();
      const loop = (async () => {
        while (!stopped.signal.aborted) {
          try {
            for (const signal of await check(stopped.signal)) report(signal);
          } catch (error) {
            if (stopped.signal.aborted) return;
            options.onError?.(error);
          }
          await clock.sleep(options.intervalMs, stopped.signal).catch(() => undefined);
        }
      })();
      return async () => {
        stopped.abort();
        await loop;
      };
    },
  };
}

/**
 * The analysis as JSON for the action's artifact. JSON has no NaN or ±Infinity (JSON.stringify
 * would write null), so they are written the way Prometheus writes them: "NaN", "+Inf", "-Inf".
 */
export function analysisJson(result: AnalysisResult): string {
  return JSON.stringify(result, (_key, value: unknown) => {
    if (typeof value !== 'number' || Number.isFinite(value)) return value;
    return Number.isNaN(value) ? 'NaN' : value > 0 ? '+Inf' : '-Inf';
  }, 2);
}
