import { describe, expect, it } from 'vitest';
import { compareMannWhitney, DEFAULT_MANN_WHITNEY } from '../src/index.ts';

// mulberry32: a small seeded PRNG, so the measured rates are the same on every run.
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Log-normal latencies (median 100 ms, σ = 0.5 in log space), the usual shape of request latency. */
function latencies(random: () => number, n: number, scale: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const u1 = 1 - random();
    const u2 = random();
    const normal = Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    out.push(scale * 0.1 * Math.exp(0.5 * normal));
  }
  return out;
}

function rate(trials: number, seed: number, shift: number): { failRate: number; testRejections: number } {
  const random = prng(seed);
  let fails = 0;
  let rejections = 0;
  for (let i = 0; i < trials; i++) {
    const baseline = latencies(random, 50, 1);
    const candidate = latencies(random, 50, shift);
    const j = compareMannWhitney(candidate, baseline, 'increase-is-bad', DEFAULT_MANN_WHITNEY);
    if (j.outcome === 'fail') fails += 1;
    if (j.test !== undefined && j.test.pValue < j.test.alpha) rejections += 1;
  }
  return { failRate: fails / trials, testRejections: rejections / trials };
}

describe('mann-whitney judge accuracy on generated samples (seeded, n = 50 per side, default settings)', () => {
  // 10 000 trials put the standard error of a 1% rate at 0.1 points, so the bound tests the judge, not the noise.
  const trials = 10_000;

  it('equal distributions: false-positive rate ≤ 1% at the default confidence', () => {
    const { failRate, testRejections } = rate(trials, 20261122, 1);
    console.log(`[accuracy] equal distributions, ${trials} trials: judge fail rate ${(failRate * 100).toFixed(2)}%, U-test alone rejects ${(testRejections * 100).toFixed(2)}% (confidence ${DEFAULT_MANN_WHITNEY.confidence})`);
    expect(failRate).toBeLessThanOrEqual(0.01);
    expect(testRejections).toBeLessThanOrEqual(0.0125);
  });

  it('2× latency shift: detection ≥ 95%', () => {
    const { failRate } = rate(2000, 424242, 2);
    console.log(`[accuracy] 2× latency shift, 2000 trials: detection ${(failRate * 100).toFixed(2)}%`);
    expect(failRate).toBeGreaterThanOrEqual(0.95);
  });
});
