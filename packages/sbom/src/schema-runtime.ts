// What the precompiled validators in ./generated call at run time. They were generated from
// the official schemas by scripts/generate-sbom-validators.ts with ajv's standalone code
// generation, so only these helpers ship in the action, never ajv's schema compiler.
import equal from 'fast-deep-equal';
import { fullFormats } from 'ajv-formats/dist/formats.js';
import idnEmail from 'ajv-formats-draft2019/formats/idn-email.js';

export { equal };

/**
 * Length in code points, as JSON Schema counts `minLength`/`maxLength` (ajv's ucs2length:
 * a surrogate pair is one character, a lone surrogate is one too, as the string iterator does).
 */
export function ucs2length(text: string): number {
  let length = 0;
  for (const _ of text) length += 1;
  return length;
}

/**
 * The formats the CycloneDX library registers before it validates: ajv-formats' full set,
 * idn-email from ajv-formats-draft2019, and iri-reference accepted as is.
 */
export const formats = { ...fullFormats, 'idn-email': idnEmail, 'iri-reference': true as const };

/**
 * A cheap key that deep-equal values always share: the type, and for an object its sorted
 * keys with their scalar values. Unequal values may share it too (it does not escape); those
 * are told apart by a deep comparison, so only look-alikes are ever compared pairwise.
 */
function shallowKey(value: unknown): string {
  if (value === null || typeof value !== 'object') return `${typeof value}:${String(value)}`;
  if (Array.isArray(value)) return `[${value.length}`;
  const record = value as Record<string, unknown>;
  let key = '{';
  for (const k of Object.keys(record).sort()) {
    const v = record[k];
    key += `${k}\u0000${v === null || typeof v !== 'object' ? `${typeof v}:${String(v)}` : Array.isArray(v) ? `[${v.length}` : '{'}\u0001`;
  }
  return key;
}

export type ScalarType = 'string' | 'number' | 'integer' | 'boolean' | 'null';

function hasType(item: unknown, types: readonly ScalarType[]): boolean {
  return types.some((t) => (t === 'null' ? item === null : t === 'integer' ? Number.isInteger(item) : typeof item === t));
}

/**
 * `uniqueItems` in about linear time. ajv compares every pair of items, which is quadratic:
 * 95% of the validation time on a few thousand components. This compares only items that
 * look alike, and finds the same pair ajv reports, so the error message is ajv's own.
 * - `scalarTypes` absent (items may be objects): ajv reports the highest index that repeats
 *   an earlier item, and the nearest earlier copy.
 * - `scalarTypes` given (items declared as scalars): ajv walks from the end, skips items of
 *   other types, and reports the first repeated item with its nearest later copy.
 */
export function duplicatePair(items: readonly unknown[], scalarTypes?: readonly ScalarType[]): { i: number; j: number } | undefined {
  if (scalarTypes) {
    const seen = new Map<unknown, number>();
    for (let i = items.length - 1; i >= 0; i--) {
      const item = items[i];
      if (!hasType(item, scalarTypes)) continue;
      const j = seen.get(item);
      if (j !== undefined) return { i, j };
      seen.set(item, i);
    }
    return undefined;
  }
  // Per look-alike group, the indices seen so far; ajv's answer is the highest index equal
  // to an earlier item, paired with the nearest such earlier item.
  const groups = new Map<string, number[]>();
  let pair: { i: number; j: number } | undefined;
  for (const [i, item] of items.entries()) {
    const key = shallowKey(item);
    const earlier = groups.get(key);
    if (!earlier) {
      groups.set(key, [i]);
      continue;
    }
    for (let n = earlier.length - 1; n >= 0; n--) {
      const j = earlier[n] as number;
      if (equal(item, items[j])) {
        pair = { i, j };
        break;
      }
    }
    earlier.push(i);
  }
  return pair;
}
