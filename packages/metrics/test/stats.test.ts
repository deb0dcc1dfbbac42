import { describe, expect, it } from 'vitest';
import { exactUDistribution, hodgesLehmann, mannWhitneyU, midRanks, normalCdf } from '../src/index.ts';

// Published reference values. Each case names its source; the numbers are those printed there.
describe('Mann-Whitney U against published reference values', () => {
  // NAG Library, g08ajf example (no ties): https://support.nag.com/numeric/cl/nagdoc_fl26.2/examples/baseresults/g08ajfe.r.html
  // "Test statistic = 86.0000, Normal statistic = -2.7838, Tail probability = 0.0027, Exact tail probability = 0.0022"
  const nagNoTies1 = [13.0, 5.8, 11.7, 6.5, 12.3, 6.7, 9.2, 6.9, 10.0, 7.3, 16.0, 7.0, 10.5, 8.5, 9.0, 7.5];
  const nagNoTies2 = [17.0, 6.2, 10.1, 8.0, 15.3, 8.2, 15.0, 9.6, 14.9, 10.4, 14.2, 9.8, 13.8, 11.0, 14.0, 11.1, 12.9, 11.6, 12.8, 12.0, 13.1, 12.4, 11.9];

  it('NAG g08ajf, no ties: exact lower-tail p and the continuity-corrected normal statistic', () => {
    const exact = mannWhitneyU(nagNoTies1, nagNoTies2, { alternative: 'less' });
    expect(exact).toMatchObject({ u: 86, method: 'exact', ties: false });
    expect(exact.pValue).toBeCloseTo(0.0022, 4);
    const normal = mannWhitneyU(nagNoTies1, nagNoTies2, { alternative: 'less', method: 'normal' });
    expect(normal.z).toBeCloseTo(-2.7838, 4);
    expect(normal.pValue).toBeCloseTo(0.0027, 4);
  });

  // NAG Library, g08amc example (ties): https://support.nag.com/numeric/cl/nagdoc_cl26/examples/data/g08amce.d.html (data) and
  // https://support.nag.com/numeric/nl/nagdoc_27cpp/examples/baseresults/g08amce.r.html (results):
  // "Test statistic = 86.0000, Normal Statistic = -2.8039, Approximate tail probability = 0.0025"
  it('NAG g08amc, with ties: tie-corrected variance with continuity correction, and the exact permutation tail', () => {
    const g1 = [13, 6, 12, 7, 12, 7, 10, 7, 10, 7, 16, 7, 10, 8, 9, 8];
    const g2 = [17, 6, 10, 8, 15, 8, 15, 10, 15, 10, 14, 10, 14, 11, 14, 11, 13, 12, 13, 12, 13, 12, 12];
    const r = mannWhitneyU(g1, g2, { alternative: 'less' });
    expect(r).toMatchObject({ u: 86, method: 'normal', ties: true });
    expect(r.z).toBeCloseTo(-2.8039, 4);
    expect(r.pValue).toBeCloseTo(0.0025, 4);
    // "Exact tail probability = 0.0020" (NAG computes it with ties, as the permutation distribution of the rank sum).
    const exact = mannWhitneyU(g1, g2, { alternative: 'less', method: 'exact' });
    expect(exact).toMatchObject({ u: 86, method: 'exact' });
    expect(exact.pValue).toBeCloseTo(0.0020, 4);
  });

  // R wilcox.test(x, y) as printed at https://endmemo.com/r/wilcoxon.php (ties, so R uses the
  // normal approximation with continuity correction):
  // "W = 51.5, p-value = 0.5966" and, with the second y, "W = 0, p-value = 0.001364"
  it("R's wilcox.test, two-sided with ties", () => {
    const x = [1, 5, 9, 24, 56, 21, 3, 7, 21, 4];
    const first = mannWhitneyU(x, [12, 15, 5, 9, 9, 14, 56, 22, 3, 7, 32, 5]);
    expect(first.u).toBe(51.5);
    expect(first.pValue).toBeCloseTo(0.5966, 4);
    const second = mannWhitneyU(x, [1233, 4356, 987, 39999, 1111, 200000]);
    expect(second.u).toBe(0);
    expect(second.pValue).toBeCloseTo(0.001364, 6);
  });

  // ClickHouse mannWhitneyUTest('greater') example: https://clickhouse.com/docs/zh/reference/functions/aggregate-functions/mannWhitneyUTest
  // (mirrored at https://volcengine.com/docs/6464/1362965): samples 10,11,12 vs 1,2,3 give (9, 0.04042779918503192)
  // with the normal approximation and continuity correction.
  it('ClickHouse mannWhitneyUTest, one-sided normal approximation', () => {
    const r = mannWhitneyU([10, 11, 12], [1, 2, 3], { alternative: 'greater', method: 'normal' });
    expect(r.u).toBe(9);
    expect(r.pValue).toBeCloseTo(0.04042779918503192, 7);
  });
});

describe('rank statistics', () => {
  it('the exact distribution with ties equals brute-force enumeration of every assignment', () => {
    const x = [1, 2, 2, 3];
    const y = [2, 3, 3, 4, 5];
    const pooled = [...x, ...y];
    const { ranks } = midRanks(pooled);
    const observed = ranks.slice(0, x.length).reduce((a, b) => a + b, 0);
    let total = 0;
    let lower = 0;
    let upper = 0;
    // Every subset of size 4 of the 9 pooled positions, as a bit mask.
    for (let mask = 0; mask < 1 << pooled.length; mask++) {
      const members = ranks.filter((_, i) => (mask >> i) & 1);
      if (members.length !== x.length) continue;
      const sum = members.reduce((a, b) => a + b, 0);
      total += 1;
      if (sum <= observed + 1e-9) lower += 1;
      if (sum >= observed - 1e-9) upper += 1;
    }
    expect(total).toBe(126);
    expect(mannWhitneyU(x, y, { alternative: 'less', method: 'exact' }).pValue).toBeCloseTo(lower / total, 12);
    expect(mannWhitneyU(x, y, { alternative: 'greater', method: 'exact' }).pValue).toBeCloseTo(upper / total, 12);
    expect(mannWhitneyU(x, y, { method: 'exact' }).pValue).toBeCloseTo(Math.min(1, 2 * Math.min(lower, upper) / total), 12);
  });

  it('the exact U distribution sums to C(m+n, m) and is symmetric', () => {
    const d = exactUDistribution(4, 6);
    expect([...d].reduce((a, b) => a + b, 0)).toBe(210);
    expect([...d]).toEqual([...d].reverse());
  });

  it('Φ matches the familiar quantiles', () => {
    expect(normalCdf(-1.959963984540054)).toBeCloseTo(0.025, 7);
    expect(normalCdf(0)).toBeCloseTo(0.5, 6);
    expect(normalCdf(Infinity)).toBe(1);
  });

  it('Hodges–Lehmann shift of a shifted sample is the shift', () => {
    const base = [1, 2, 3, 4, 5];
    expect(hodgesLehmann(base.map((v) => v + 10), base)).toBe(10);
  });

  it('ranks ±Inf at the ends and refuses NaN', () => {
    const r = mannWhitneyU([Infinity, Infinity, 5], [1, 2, -Infinity], { alternative: 'greater' });
    expect(r.u).toBe(9);
    expect(hodgesLehmann([Infinity], [Infinity])).toBe(0);
    expect(() => mannWhitneyU([Number.NaN], [1])).toThrow(/NaN/);
  });

  it('all values tied: nothing can be rejected', () => {
    expect(mannWhitneyU([0, 0, 0, 0], [0, 0, 0], { alternative: 'greater' }).pValue).toBe(1);
  });
});
