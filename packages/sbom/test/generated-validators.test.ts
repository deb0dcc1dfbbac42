// The precompiled schema validators: fresh against the schemas in node_modules, and the
// linear uniqueItems they call agrees with ajv's own quadratic one.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import { describe, expect, it } from 'vitest';
import { renderSbomValidators, withoutAnnotations } from '../../../scripts/generate-sbom-validators.ts';
import { duplicatePair, ucs2length } from '../src/schema-runtime.ts';

const root = join(import.meta.dirname, '..', '..', '..');

describe('generated validators', () => {
  it('are what scripts/generate-sbom-validators.ts renders from the schemas now in node_modules', () => {
    const rendered = renderSbomValidators();
    expect(rendered.map((f) => f.path).sort()).toEqual([
      'packages/sbom/src/generated/cyclonedx-1-6-validator.d.ts',
      'packages/sbom/src/generated/cyclonedx-1-6-validator.js',
      'packages/sbom/src/generated/spdx-2-3-validator.d.ts',
      'packages/sbom/src/generated/spdx-2-3-validator.js',
    ]);
    for (const file of rendered) {
      const committed = readFileSync(join(root, file.path), 'utf8');
      // A plain boolean keeps a 700 KiB diff out of the report; the message says what to run.
      expect(committed === file.text, `${file.path} is stale: run 'node scripts/generate-sbom-validators.ts' and commit the result`).toBe(true);
    }
  }, 60_000);

  it('leave out annotations, never properties that are named like them', () => {
    const schema = {
      title: 'Component',
      description: 'drop me',
      type: 'object',
      properties: { description: { type: 'string', description: 'drop me too' }, title: { $comment: 'x', type: 'string' } },
      definitions: { a: { examples: ['x'], 'meta:enum': { a: 'A' }, enum: ['a'] } },
      oneOf: [{ title: 'one', required: ['description'] }],
      dependencies: { description: ['title'] },
      items: [{ title: 't', type: 'string' }],
      enum: [{ title: 'a value, not a schema' }],
    };
    expect(withoutAnnotations(schema)).toEqual({
      type: 'object',
      properties: { description: { type: 'string' }, title: { type: 'string' } },
      definitions: { a: { enum: ['a'] } },
      oneOf: [{ required: ['description'] }],
      dependencies: { description: ['title'] },
      items: [{ type: 'string' }],
      enum: [{ title: 'a value, not a schema' }],
    });
  });
});

const builtIn = new Map<string, ValidateFunction>();

/** ajv's built-in uniqueItems, for the pair it reports. */
function ajvPair(schema: object, data: unknown[]): { i: number; j: number } | undefined {
  const key = JSON.stringify(schema);
  // allErrors: with items of the wrong type, `items` fails first and would hide uniqueItems.
  const validate = builtIn.get(key) ?? new Ajv({ strict: false, allErrors: true }).compile(schema);
  builtIn.set(key, validate);
  if (validate(data)) return undefined;
  const error = validate.errors?.find((e) => e.keyword === 'uniqueItems');
  return error ? { i: Number(error.params['i']), j: Number(error.params['j']) } : undefined;
}

/** A small deterministic generator (mulberry32), so the cases are the same on every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('linear uniqueItems', () => {
  const next = random(42);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const value = (depth: number): unknown => {
    const kind = pick(depth > 1 ? ['s', 'n', 'b'] : ['s', 'n', 'b', 'o', 'a', 'o']);
    if (kind === 's') return pick(['a', 'b', '1']);
    if (kind === 'n') return pick([1, 2, 1.0]);
    if (kind === 'b') return pick([true, false, null]);
    if (kind === 'a') return [value(depth + 1), value(depth + 1)].slice(0, pick([0, 1, 2]));
    // Objects with the same members in another key order are equal.
    const entries = (['x', 'y', 'z'] as const).filter(() => next() < 0.6).map((k) => [k, value(depth + 1)] as const);
    return Object.fromEntries(next() < 0.5 ? entries : [...entries].reverse());
  };

  it('finds the pair ajv reports, for objects, arrays and scalars in any key order', () => {
    for (let n = 0; n < 400; n++) {
      const items = Array.from({ length: Math.floor(next() * 7) }, () => value(0));
      expect(duplicatePair(items), JSON.stringify(items)).toEqual(ajvPair({ type: 'array', uniqueItems: true }, items));
    }
  });

  it('finds the pair ajv reports for items declared as strings, walking from the end and skipping other types', () => {
    for (let n = 0; n < 400; n++) {
      const items = Array.from({ length: Math.floor(next() * 7) }, () => pick(['a', 'b', 'c', 1, 1, null]));
      expect(duplicatePair(items, ['string']), JSON.stringify(items)).toEqual(ajvPair({ type: 'array', items: { type: 'string' }, uniqueItems: true }, items));
    }
  });

  it('tells look-alikes apart by their nested members, as ajv does', () => {
    // Every item has the same shallow key; only the nested value separates them.
    const items = Array.from({ length: 300 }, (_, i) => ({ type: 'library', name: 'same', properties: [{ name: 'n', value: String(i % 150) }] }));
    expect(duplicatePair(items)).toEqual(ajvPair({ type: 'array', uniqueItems: true }, items));
    expect(duplicatePair(items)).toEqual({ i: 299, j: 149 });
  });
});

describe('ucs2length', () => {
  it('counts code points as ajv does: a surrogate pair is one, a lone surrogate is one', () => {
    expect(ucs2length('abc')).toBe(3);
    expect(ucs2length('a😀b')).toBe(3);
    expect(ucs2length('\ud83d')).toBe(1);
    expect(ucs2length('\ud83dx')).toBe(2);
  });
});
