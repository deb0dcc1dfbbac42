import { describe, expect, it } from 'vitest';
import { checkRatio, checkThreshold, combine, compareMannWhitney, DEFAULT_MANN_WHITNEY, worstValue } from '../src/index.ts';

const base = Array.from({ length: 20 }, (_, i) => 100 + i);

describe('threshold and ratio checks', () => {
  it('are direction-aware', () => {
    expect(checkThreshold(0.06, 0.05, 'increase-is-bad')).toMatchObject({ outcome: 'fail', reason: '0.06 > threshold 0.05' });
    expect(checkThreshold(0.04, 0.05, 'increase-is-bad').outcome).toBe('pass');
    expect(checkThreshold(40, 50, 'decrease-is-bad')).toMatchObject({ outcome: 'fail', reason: '40 < threshold 50' });
    expect(checkRatio(250, 100, 2, 'increase-is-bad')).toMatchObject({ outcome: 'fail', reason: '250 > 2× baseline 100 (200)' });
    expect(checkRatio(40, 100, 2, 'increase-is-bad').outcome).toBe('pass');
    expect(checkRatio(40, 100, 2, 'decrease-is-bad')).toMatchObject({ outcome: 'fail', reason: '40 < baseline 100 ÷ 2 (50)' });
    expect(checkRatio(40, 100, 2, 'either').outcome).toBe('fail');
    expect(checkRatio(250, 100, 2, 'either').outcome).toBe('fail');
    expect(checkRatio(150, 100, 2, 'either').outcome).toBe('pass');
  });

  it('treat NaN and missing as no data, ±Inf as values', () => {
    expect(checkThreshold(Number.NaN, 1, 'increase-is-bad').outcome).toBe('no-data');
    expect(checkThreshold(undefined, 1, 'increase-is-bad').outcome).toBe('no-data');
    expect(checkThreshold(Number.NEGATIVE_INFINITY, 1, 'decrease-is-bad')).toMatchObject({ outcome: 'fail', reason: '-Inf < threshold 1' });
    expect(checkRatio(1, Number.NaN, 2, 'increase-is-bad').outcome).toBe('no-data');
    expect(checkRatio(1, Number.NEGATIVE_INFINITY, 2, 'increase-is-bad').outcome).toBe('inconclusive');
    expect(worstValue([Number.NaN, 3, 7], 'increase-is-bad')).toBe(7);
    expect(worstValue([Number.NaN, 3, 7], 'decrease-is-bad')).toBe(3);
    expect(worstValue([Number.NaN], 'increase-is-bad')).toBeUndefined();
  });

  it('combine: failing data beats missing data, which beats doubt', () => {
    const pass = { outcome: 'pass', reason: 'p' } as const;
    const doubt = { outcome: 'inconclusive', reason: 'i' } as const;
    const none = { outcome: 'no-data', reason: 'n' } as const;
    const fail = { outcome: 'fail', reason: 'f' } as const;
    expect(combine([pass, doubt]).outcome).toBe('inconclusive');
    expect(combine([pass, none, doubt]).outcome).toBe('no-data');
    expect(combine([none, fail]).outcome).toBe('fail');
    expect(combine([pass, fail]).reason).toBe('p; f');
  });
});

describe('compareMannWhitney', () => {
  it('fails only a significant change in the bad direction that exceeds the tolerance', () => {
    const higher = base.map((v) => v * 1.5);
    expect(compareMannWhitney(higher, base, 'increase-is-bad', DEFAULT_MANN_WHITNEY).outcome).toBe('fail');
    expect(compareMannWhitney(higher, base, 'decrease-is-bad', DEFAULT_MANN_WHITNEY).outcome).toBe('pass');
    expect(compareMannWhitney(higher, base, 'either', DEFAULT_MANN_WHITNEY).outcome).toBe('fail');
    const lower = base.map((v) => v * 0.5);
    expect(compareMannWhitney(lower, base, 'decrease-is-bad', DEFAULT_MANN_WHITNEY).outcome).toBe('fail');
    // +11%: clearly significant with 20 samples a side, but inside the 20% tolerance.
    const slightly = base.map((v) => v + 12);
    const within = compareMannWhitney(slightly, base, 'increase-is-bad', DEFAULT_MANN_WHITNEY);
    expect(within.test!.pValue).toBeLessThan(0.01);
    expect(within.outcome).toBe('pass');
    expect(within.reason).toMatch(/Hodges–Lehmann shift 12 \(\+11\.0% of baseline median 109\.5, tolerance \+20\.0%\)/);
  });

  it('can gate on CLES instead', () => {
    const slightly = base.map((v) => v + 12);
    const cles = compareMannWhitney(slightly, base, 'increase-is-bad', { ...DEFAULT_MANN_WHITNEY, effect: 'cles', tolerance: 0.1 });
    expect(cles.test!.cles).toBeGreaterThan(0.6);
    expect(cles.outcome).toBe('fail');
  });

  it('drops NaN samples, ranks +Inf, and handles a zero baseline median', () => {
    const zeros = Array.from({ length: 12 }, () => 0);
    const errors = Array.from({ length: 12 }, (_, i) => (i % 2 === 0 ? 0.5 : 0.4));
    const r = compareMannWhitney([...errors, Number.NaN, Number.POSITIVE_INFINITY], zeros, 'increase-is-bad', DEFAULT_MANN_WHITNEY);
    expect(r.outcome).toBe('fail');
    expect(r.test).toMatchObject({ nNew: 13, nBaseline: 12, relativeShift: Number.POSITIVE_INFINITY });
    expect(compareMannWhitney(zeros, zeros, 'increase-is-bad', DEFAULT_MANN_WHITNEY).outcome).toBe('pass');
  });
});
