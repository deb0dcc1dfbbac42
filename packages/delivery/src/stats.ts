/**
 * The `p` quantile (0–1) by linear interpolation between the closest ranks, the definition R calls
 * type 7 and numpy and spreadsheets use by default: with the values sorted, h = (n − 1)·p and the
 * result is x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋+1] − x[⌊h⌋]). So the median of an even count is the mean of
 * the middle two, and a hand calculation gives the same figure as the code. Undefined when empty.
 */
export function quantile(values: readonly number[], p: number): number | undefined {
  if (!(p >= 0 && p <= 1)) throw new RangeError(`quantile: p must be from 0 to 1, got ${p}`);
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const h = (sorted.length - 1) * p;
  const low = Math.floor(h);
  const lower = sorted[low] ?? 0;
  const upper = sorted[Math.min(low + 1, sorted.length - 1)] ?? lower;
  return lower + (h - low) * (upper - lower);
}

export function median(values: readonly number[]): number | undefined {
  return quantile(values, 0.5);
}
