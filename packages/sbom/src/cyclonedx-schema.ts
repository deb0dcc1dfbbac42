import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import addFormats2019 from 'ajv-formats-draft2019';
// The schemas are the ones @cyclonedx/cyclonedx-library ships and validates with. They are
// imported as JSON so the bundle carries them: the library finds them through `__dirname`
// at run time, which an ES-module bundle does not have.
import bom16 from '../../../node_modules/@cyclonedx/cyclonedx-library/res/schema/bom-1.6.SNAPSHOT.schema.json' with { type: 'json' };
import jsf from '../../../node_modules/@cyclonedx/cyclonedx-library/res/schema/jsf-0.82.SNAPSHOT.schema.json' with { type: 'json' };
import spdx from '../../../node_modules/@cyclonedx/cyclonedx-library/res/schema/spdx.SNAPSHOT.schema.json' with { type: 'json' };

export interface AjvIssue {
  instancePath?: string;
  message?: string;
  params?: Record<string, unknown>;
}

type Compiled = ((data: unknown) => boolean) & { errors?: AjvIssue[] | null };
let compiled: Compiled | undefined;

/** JSON with sorted keys: two JSON values are deep-equal exactly when these strings are equal. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

type KeywordValidate = ((schema: boolean, data: unknown[]) => boolean) & { errors?: AjvIssue[] };

/**
 * `uniqueItems` as ajv checks it compares every pair of items, which is quadratic: 95% of
 * the validation time on a few thousand components. This keyword decides the same thing
 * (no two items deep-equal) in linear time and reports it with ajv's own message.
 */
const uniqueItems: KeywordValidate = (schema, data) => {
  uniqueItems.errors = [];
  if (!schema) return true;
  // ajv reports the duplicate with the highest index and the nearest earlier copy of it.
  const last = new Map<string, number>();
  let pair: { i: number; j: number } | undefined;
  for (const [i, item] of data.entries()) {
    const key = canonical(item);
    const j = last.get(key);
    if (j !== undefined) pair = { i, j };
    last.set(key, i);
  }
  if (pair) {
    uniqueItems.errors = [{ message: `must NOT have duplicate items (items ## ${pair.j} and ${pair.i} are identical)`, params: pair }];
    return false;
  }
  return true;
};

function renameUniqueItems(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(renameUniqueItems);
  if (schema === null || typeof schema !== 'object') return schema;
  return Object.fromEntries(Object.entries(schema as Record<string, unknown>).map(([k, v]) => (k === 'uniqueItems' ? ['linearUniqueItems', v] : [k, renameUniqueItems(v)])));
}

/**
 * The library's strict JSON validator for CycloneDX 1.6, rebuilt with the same ajv
 * options, formats and schema map, so it runs inside the bundle. A test checks it gives
 * the library's own verdicts.
 */
export function validateCycloneDx16(doc: unknown): AjvIssue[] | null {
  if (!compiled) {
    const ajv = new Ajv({
      useDefaults: false,
      strict: false,
      strictSchema: false,
      addUsedSchema: false,
      schemas: { 'http://cyclonedx.org/schema/spdx.SNAPSHOT.schema.json': spdx, 'http://cyclonedx.org/schema/jsf-0.82.SNAPSHOT.schema.json': jsf },
      loadSchema: (uri: string) => {
        throw new Error(`Remote schemas are disabled: ${uri}`);
      },
    });
    addFormats.default(ajv);
    addFormats2019(ajv, { formats: ['idn-email'] });
    ajv.addFormat('iri-reference', true);
    ajv.addKeyword({ keyword: 'linearUniqueItems', type: 'array', schemaType: 'boolean', errors: true, validate: uniqueItems });
    compiled = ajv.compile(renameUniqueItems(bom16) as object) as Compiled;
  }
  return compiled(doc) ? null : (compiled.errors ?? []);
}
