/**
 * Rank statistics for the Mann-Whitney judge. Written out here rather than pulled from a
 * package because the judge must report exactly how U and p were obtained (exact or normal,
 * with which corrections), and the npm candidates do not expose that.
 */

export type Alternative = 'two-sided' | 'greater' | 'less';

export interface MannWhitneyOptions {
  /** `greater`: x tends to be larger than y. */
  alternative?: Alternative;
  /** 0.5 continuity correction in the normal approximation (R's and SciPy's default). */
  continuity?: boolean;
  /**
   * `auto` (the default) uses the exact null distribution when there are no ties and both
   * samples have fewer than 50 values, as R's wilcox.test does; otherwise the normal approximation.
   * `exact` also works with ties (the permutation distribution of the mid-rank sum) for up to
   * 100 values in all.
   */
  method?: 'auto' | 'exact' | 'normal';
}

export interface MannWhitneyResult {
  /** U of the first sample: the number of pairs (x, y) with x > y, ties counting one half. R's W. */
  u: number;
  /** U of the second sample, n1·n2 − u. */
  uOther: number;
  n1: number;
  n2: number;
  pValue: number;
  alternative: Alternative;
  method: 'exact' | 'normal';
  /** The standardised statistic of the normal approximation (with the corrections applied); undefined when exact. */
  z: number | undefined;
  /** Whether the pooled sample had ties (the variance was tie-corrected). */
  ties: boolean;
  /** Common-language effect size: P(X > Y) + ½·P(X = Y) = u / (n1·n2). */
  cles: number;
}

interface Ranking {
  ranks: number[];
  /** Sizes of the groups of tied values (only groups larger than one). */
  tieGroups: number[];
}

/** Mid-ranks (1-based) of the pooled values; ±Infinity rank at the ends, NaN is not allowed. */
export function midRanks(values: readonly number[]): Ranking {
  const order = values.map((v, i) => ({ v, i })).sort((a, b) => (a.v < b.v ? -1 : a.v > b.v ? 1 : 0));
  const ranks = new Array<number>(values.length).fill(0);
  const tieGroups: number[] = [];
  // Walk the sorted values group by group; every member of a group of equal values gets their mean rank.
  let groupStart = 0;
  order.forEach((entry, k) => {
    const next = order[k + 1];
    if (next !== undefined && next.v === entry.v) return;
    const size = k + 1 - groupStart;
    const rank = (groupStart + 1 + k + 1) / 2;
    for (const member of order.slice(groupStart, k + 1)) ranks[member.i] = rank;
    if (size > 1) tieGroups.push(size);
    groupStart = k + 1;
  });
  return { ranks, tieGroups };
}

/**
 * Counts of the null distribution of U for sample sizes m and n (no ties): entry u is the number
 * of the C(m+n, m) arrangements with U = u. Built with additions only, from
 * c(u; m, n) = c(u − n; m − 1, n) + c(u; m, n − 1), so it stays accurate in floating point.
 */
export function exactUDistribution(m: number, n: number): Float64Array {
  let previous: Float64Array[] = Array.from({ length: m + 1 }, () => Float64Array.of(1));
  for (let nn = 1; nn <= n; nn++) {
    const current: Float64Array[] = [];
    previous.forEach((withFewerY, mm) => {
      const row = new Float64Array(mm * nn + 1);
      row.set(withFewerY);
      const smaller = current[mm - 1];
      if (smaller !== undefined) smaller.forEach((count, u) => (row[u + nn] = (row[u + nn] ?? 0) + count));
      current.push(row);
    });
    previous = current;
  }
  return previous[m] ?? Float64Array.of(1);
}

/** Φ, the standard normal CDF. */
export function normalCdf(z: number): number {
  if (z === Infinity) return 1;
  if (z === -Infinity) return 0;
  return 0.5 * erfc(-z / Math.SQRT2);
}

/**
 * Complementary error function; Chebyshev fit with fractional error below 1.2e-7 everywhere
 * (Press et al., Numerical Recipes, erfcc), which is ample for p-values reported to 4 digits.
 */
export function erfc(x: number): number {
  const z = Math.abs(x);
  const t = 1 / (1 + 0.5 * z);
  const poly = -z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398
    + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))));
  const r = t * Math.exp(poly);
  return x >= 0 ? r : 2 - r;
}

const EXACT_LIMIT = 50;
const EXACT_TIES_LIMIT = 100;

/**
 * P(W ≤ observed) and P(W ≥ observed) for the rank sum W of the first n1 of the pooled mid-ranks,
 * over all C(N, n1) equally likely assignments. Doubled mid-ranks are integers, so the subset-sum
 * counts are exact; the counts are built by additions only.
 */
function tiedRankSumTails(ranks: readonly number[], n1: number): { lower: number; upper: number } {
  const doubled = ranks.map((r) => Math.round(2 * r));
  const observed = doubled.slice(0, n1).reduce((a, b) => a + b, 0);
  const maxSum = [...doubled].sort((a, b) => b - a).slice(0, n1).reduce((a, b) => a + b, 0);
  // counts[k][s]: subsets of size k with doubled rank sum s.
  const counts = Array.from({ length: n1 + 1 }, () => new Float64Array(maxSum + 1));
  if (counts[0] !== undefined) counts[0][0] = 1;
  doubled.forEach((r, i) => {
    for (let k = Math.min(i + 1, n1); k >= 1; k--) {
      const into = counts[k];
      const from = counts[k - 1];
      if (into === undefined || from === undefined) continue;
      for (let s = maxSum - r; s >= 0; s--) {
        const c = from[s] ?? 0;
        if (c !== 0) into[s + r] = (into[s + r] ?? 0) + c;
      }
    }
  });
  const full = counts[n1] ?? new Float64Array(1);
  let total = 0;
  let lower = 0;
  let upper = 0;
  full.forEach((c, s) => {
    total += c;
    if (s <= observed) lower += c;
    if (s >= observed) upper += c;
  });
  return { lower: lower / total, upper: upper / total };
}

/**
 * The Mann-Whitney U (Wilcoxon rank-sum) test of x against y. The normal approximation uses the
 * tie-corrected variance and, unless disabled, the 0.5 continuity correction, exactly as R's
 * wilcox.test (correct = TRUE) and SciPy's mannwhitneyu (use_continuity=True) do.
 */
export function mannWhitneyU(x: readonly number[], y: readonly number[], options: MannWhitneyOptions = {}): MannWhitneyResult {
  const alternative = options.alternative ?? 'two-sided';
  const n1 = x.length;
  const n2 = y.length;
  if (n1 === 0 || n2 === 0) throw new RangeError(`mannWhitneyU needs two non-empty samples (got ${n1} and ${n2})`);
  if ([...x, ...y].some(Number.isNaN)) throw new RangeError('mannWhitneyU cannot rank NaN; drop NaN samples first');
  const { ranks, tieGroups } = midRanks([...x, ...y]);
  let r1 = 0;
  for (const rank of ranks.slice(0, n1)) r1 += rank;
  const u = r1 - (n1 * (n1 + 1)) / 2;
  const mn = n1 * n2;
  const ties = tieGroups.length > 0;
  const method = options.method ?? 'auto';
  const exact = method === 'exact' || (method === 'auto' && !ties && n1 < EXACT_LIMIT && n2 < EXACT_LIMIT);
  if (exact && ties && n1 + n2 > EXACT_TIES_LIMIT) throw new RangeError(`the exact distribution with ties is limited to ${EXACT_TIES_LIMIT} values; use the normal approximation`);
  const base = { u, uOther: mn - u, n1, n2, alternative, ties, cles: u / mn };
  if (exact && ties) {
    const { lower, upper } = tiedRankSumTails(ranks, n1);
    const pValue = alternative === 'greater' ? upper : alternative === 'less' ? lower : Math.min(1, 2 * Math.min(lower, upper));
    return { ...base, pValue, method: 'exact', z: undefined };
  }
  if (exact) {
    const counts = exactUDistribution(n1, n2);
    let total = 0;
    for (const c of counts) total += c;
    const cdf = (k: number): number => {
      let s = 0;
      for (const c of counts.subarray(0, Math.max(0, k + 1))) s += c;
      return s / total;
    };
    const lower = cdf(u);
    const upper = 1 - cdf(u - 1);
    const pValue = alternative === 'greater' ? upper : alternative === 'less' ? lower : Math.min(1, 2 * Math.min(lower, upper));
    return { ...base, pValue, method: 'exact', z: undefined };
  }
  const n = n1 + n2;
  const tieTerm = tieGroups.reduce((s, t) => s + t ** 3 - t, 0);
  const sigma = Math.sqrt((mn / 12) * (n + 1 - tieTerm / (n * (n - 1))));
  const diff = u - mn / 2;
  const continuity = options.continuity ?? true;
  const correction = !continuity ? 0 : alternative === 'two-sided' ? Math.sign(diff) * 0.5 : alternative === 'greater' ? 0.5 : -0.5;
  // All values tied: the statistic carries no information, so nothing can be rejected.
  if (sigma === 0) return { ...base, pValue: 1, method: 'normal', z: 0 };
  const z = (diff - correction) / sigma;
  const pValue = alternative === 'greater' ? 1 - normalCdf(z) : alternative === 'less' ? normalCdf(z) : Math.min(1, 2 * Math.min(normalCdf(z), 1 - normalCdf(z)));
  return { ...base, pValue, method: 'normal', z };
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const upper = sorted[mid] ?? Number.NaN;
  return sorted.length % 2 === 1 ? upper : ((sorted[mid - 1] ?? Number.NaN) + upper) / 2;
}

/**
 * Hodges–Lehmann estimate of the shift of x relative to y: the median of all pairwise
 * differences x_i − y_j. Two equal infinities differ by 0 here (they are tied), not by NaN.
 */
export function hodgesLehmann(x: readonly number[], y: readonly number[]): number {
  const diffs: number[] = [];
  for (const a of x) {
    for (const b of y) diffs.push(a === b ? 0 : a - b);
  }
  return median(diffs);
}
