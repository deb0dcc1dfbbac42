import type { Direction, MetricDefinition } from './definitions.ts';
import { hodgesLehmann, mannWhitneyU, median } from './stats.ts';
import type { Alternative } from './stats.ts';
import { formatValue } from './values.ts';

/** One evaluation of one metric. `no-data` is its own outcome so that it can never be read as a pass. */
export type Outcome = 'pass' | 'fail' | 'inconclusive' | 'no-data';

export interface MannWhitneyEvidence {
  u: number;
  pValue: number;
  /** 1 − confidence. */
  alpha: number;
  method: 'exact' | 'normal';
  z: number | undefined;
  alternative: Alternative;
  nNew: number;
  nBaseline: number;
  /** Median of the pairwise differences new − baseline. */
  hodgesLehmann: number;
  /** hodgesLehmann relative to the baseline median (0.5 = 50% higher). */
  relativeShift: number;
  /** P(new > baseline) + ½·P(new = baseline). */
  cles: number;
  effect: EffectMeasure;
  tolerance: number;
}

export interface Judgement {
  outcome: Outcome;
  /** Human-readable: the rule or test that fired, or why none could. */
  reason: string;
  /** The new colour's value (latest, worst series). */
  newValue?: number;
  /** The baseline's value (latest, or the fixed value). */
  baselineValue?: number;
  test?: MannWhitneyEvidence;
}

export type EffectMeasure = 'hodges-lehmann' | 'cles';

export interface MannWhitneySettings {
  /** 1 − α of the one-sided (or, for `either`, two-sided) test. */
  confidence: number;
  effect: EffectMeasure;
  /**
   * How large the effect must be as well as significant: for hodges-lehmann the shift relative
   * to the baseline median (0.2 = 20%), for cles the distance from ½ (0.1 = P(new > base) > 0.6).
   */
  tolerance: number;
  /** Per colour, after NaN samples are dropped. */
  minSamples: number;
}

export const DEFAULT_MANN_WHITNEY: MannWhitneySettings = { confidence: 0.99, effect: 'hodges-lehmann', tolerance: 0.2, minSamples: 10 };

const SEVERITY: Record<Outcome, number> = { pass: 0, inconclusive: 1, 'no-data': 2, fail: 3 };

/** The worse of several partial judgements: real failing data beats missing data, which beats doubt. */
export function combine(parts: readonly Judgement[]): Judgement {
  if (parts.length === 0) return { outcome: 'inconclusive', reason: 'nothing to judge' };
  const worst = parts.reduce((a, b) => (SEVERITY[b.outcome] > SEVERITY[a.outcome] ? b : a));
  const merged: Judgement = { outcome: worst.outcome, reason: parts.map((p) => p.reason).join('; ') };
  const newValue = parts.find((p) => p.newValue !== undefined)?.newValue;
  const baselineValue = parts.find((p) => p.baselineValue !== undefined)?.baselineValue;
  const test = parts.find((p) => p.test !== undefined)?.test;
  if (newValue !== undefined) merged.newValue = newValue;
  if (baselineValue !== undefined) merged.baselineValue = baselineValue;
  if (test !== undefined) merged.test = test;
  return merged;
}

/**
 * The value that matters among several series (one per pod, say): the worst one for the
 * direction. NaN series (0/0 rates with no traffic) are skipped; none left means no data.
 */
export function worstValue(values: readonly number[], direction: Direction): number | undefined {
  const usable = values.filter((v) => !Number.isNaN(v));
  if (usable.length === 0) return undefined;
  return direction === 'decrease-is-bad' ? Math.min(...usable) : Math.max(...usable);
}

export function checkThreshold(value: number | undefined, threshold: number, direction: Direction): Judgement {
  if (value === undefined || Number.isNaN(value)) return { outcome: 'no-data', reason: 'the new colour has no data' };
  const bad = direction === 'decrease-is-bad' ? value < threshold : value > threshold;
  const op = direction === 'decrease-is-bad' ? (bad ? '<' : '≥') : bad ? '>' : '≤';
  return { outcome: bad ? 'fail' : 'pass', reason: `${formatValue(value)} ${op} threshold ${formatValue(threshold)}`, newValue: value };
}

export function checkRatio(value: number | undefined, baseline: number | undefined, ratio: number, direction: Direction): Judgement {
  if (value === undefined || Number.isNaN(value)) return { outcome: 'no-data', reason: 'the new colour has no data' };
  if (baseline === undefined || Number.isNaN(baseline)) return { outcome: 'no-data', reason: 'the baseline has no data', newValue: value };
  const evidence = { newValue: value, baselineValue: baseline };
  if (!Number.isFinite(baseline)) return { outcome: 'inconclusive', reason: `the baseline is ${formatValue(baseline)}, so no ratio can be formed`, ...evidence };
  const upper = baseline * ratio;
  const lower = baseline / ratio;
  const tooHigh = direction !== 'decrease-is-bad' && value > upper;
  const tooLow = direction !== 'increase-is-bad' && value < lower;
  if (tooHigh) return { outcome: 'fail', reason: `${formatValue(value)} > ${ratio}× baseline ${formatValue(baseline)} (${formatValue(upper)})`, ...evidence };
  if (tooLow) return { outcome: 'fail', reason: `${formatValue(value)} < baseline ${formatValue(baseline)} ÷ ${ratio} (${formatValue(lower)})`, ...evidence };
  return { outcome: 'pass', reason: `${formatValue(value)} within ${ratio}× of baseline ${formatValue(baseline)}`, ...evidence };
}

/** The threshold judge: the latest values against the threshold and/or the baseline ratio. */
export function judgeThreshold(def: MetricDefinition, newValue: number | undefined, baselineValue: number | undefined): Judgement {
  const parts: Judgement[] = [];
  if (def.threshold !== undefined) parts.push(checkThreshold(newValue, def.threshold, def.direction));
  if (def.baselineRatio !== undefined) parts.push(checkRatio(newValue, def.baselineValue ?? baselineValue, def.baselineRatio, def.direction));
  return combine(parts);
}

const ALTERNATIVE: Record<Direction, Alternative> = { 'increase-is-bad': 'greater', 'decrease-is-bad': 'less', either: 'two-sided' };

/**
 * The Mann-Whitney comparison (Kayenta's approach): the new colour's samples against the
 * baseline's over the same window. It fails only when the difference is both significant at the
 * confidence and larger than the effect tolerance, in the bad direction. Too few samples on
 * either side is inconclusive, never a pass.
 */
export function compareMannWhitney(newSamples: readonly number[], baselineSamples: readonly number[], direction: Direction, settings: MannWhitneySettings): Judgement {
  const x = newSamples.filter((v) => !Number.isNaN(v));
  const y = baselineSamples.filter((v) => !Number.isNaN(v));
  if (x.length === 0) return { outcome: 'no-data', reason: 'the new colour has no samples in the window' };
  if (y.length === 0) return { outcome: 'no-data', reason: 'the baseline has no samples in the window' };
  const newValue = median(x);
  const baselineValue = median(y);
  if (x.length < settings.minSamples || y.length < settings.minSamples) {
    return { outcome: 'inconclusive', reason: `too few samples (new ${x.length}, baseline ${y.length}; min-samples ${settings.minSamples})`, newValue, baselineValue };
  }
  const alternative = ALTERNATIVE[direction];
  const result = mannWhitneyU(x, y, { alternative });
  const hl = hodgesLehmann(x, y);
  const relativeShift = baselineValue === 0 || !Number.isFinite(baselineValue) ? (hl === 0 ? 0 : Math.sign(hl) * Number.POSITIVE_INFINITY) : hl / Math.abs(baselineValue);
  const alpha = 1 - settings.confidence;
  const test: MannWhitneyEvidence = {
    u: result.u, pValue: result.pValue, alpha, method: result.method, z: result.z, alternative, nNew: x.length, nBaseline: y.length,
    hodgesLehmann: hl, relativeShift, cles: result.cles, effect: settings.effect, tolerance: settings.tolerance,
  };
  const effect = settings.effect === 'cles' ? result.cles - 0.5 : relativeShift;
  const large = direction === 'increase-is-bad' ? effect > settings.tolerance : direction === 'decrease-is-bad' ? effect < -settings.tolerance : Math.abs(effect) > settings.tolerance;
  const significant = result.pValue < alpha;
  const effectText = settings.effect === 'cles'
    ? `CLES ${formatValue(result.cles, 3)} (tolerance ±${settings.tolerance} around 0.5)`
    : `Hodges–Lehmann shift ${formatValue(hl)} (${formatShare(relativeShift)} of baseline median ${formatValue(baselineValue)}, tolerance ${formatShare(settings.tolerance)})`;
  const testText = `Mann-Whitney U=${formatValue(result.u, 6)}, p=${formatValue(result.pValue, 3)} (${alternative}, ${result.method}, n=${x.length}/${y.length}) ${significant ? '<' : '≥'} α=${formatValue(alpha, 3)}`;
  return { outcome: significant && large ? 'fail' : 'pass', reason: `${testText}; ${effectText}`, newValue, baselineValue, test };
}

function formatShare(share: number): string {
  if (!Number.isFinite(share)) return share > 0 ? '+Inf' : '-Inf';
  return `${share >= 0 ? '+' : ''}${(share * 100).toFixed(1)}%`;
}
