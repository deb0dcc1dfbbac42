import { describe, expect, it } from 'vitest';
import { FingerprintDeduper, findingFingerprint, stableHash } from '../src/fingerprint.ts';

describe('findingFingerprint', () => {
  it('is the stable hash of tool, rule, file and identity, with no file as empty', () => {
    expect(findingFingerprint({ tool: 't', ruleId: 'r', file: 'a.ts', identity: 'message:m' })).toBe(stableHash(['t', 'r', 'a.ts', 'message:m']));
    expect(findingFingerprint({ tool: 't', ruleId: 'r', file: undefined, identity: 'message:m' })).toBe(stableHash(['t', 'r', '', 'message:m']));
    expect(findingFingerprint({ tool: 't', ruleId: 'r', file: 'a.ts', identity: 'message:m' })).toMatch(/^[0-9a-f]{32}$/);
  });
});

describe('FingerprintDeduper', () => {
  it('keeps first occurrences and numbers repeats, across many distinct fingerprints', () => {
    const deduper = new FingerprintDeduper();
    const prints = Array.from({ length: 20_000 }, (_, i) => stableHash([String(i)]));
    // Every fingerprint once, then every third one again, then the first one a third time.
    expect(prints.map((p) => deduper.unique(p))).toEqual(prints);
    const again = prints.filter((_, i) => i % 3 === 0);
    expect(again.map((p) => deduper.unique(p))).toEqual(again.map((p) => `${p}:2`));
    expect(deduper.unique(prints[0] ?? '')).toBe(`${prints[0] ?? ''}:3`);
    expect(deduper.unique(prints[1] ?? '')).toBe(`${prints[1] ?? ''}:2`);
  });

  it('tells apart strings of any shape, a repeat\'s suffixed form included', () => {
    const deduper = new FingerprintDeduper();
    const words = ['', 'Aa', 'BB', 'AaAa', 'BBBB', 'AaBB', 'BBAa', 'x:2', 'x'];
    expect(words.map((w) => deduper.unique(w))).toEqual(words);
    expect(deduper.unique('x')).toBe('x:2');
    expect(deduper.unique('x:2')).toBe('x:2:2');
  });
});
