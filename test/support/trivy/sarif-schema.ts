import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv, type ErrorObject } from 'ajv';
import addFormatsModule from 'ajv-formats';

// ajv-formats is CommonJS with `exports.default`; under NodeNext the default import is the module object.
const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;

let validator: ((data: unknown) => boolean) & { errors?: ErrorObject[] | null | undefined } | undefined;

/**
 * Validates against the SARIF 2.1.0 schema. The schema is draft-04; its only draft-04
 * trait is the root `id`, so it is compiled by ajv's draft-07 engine with that renamed.
 * Its `language` pattern is not valid as a Unicode regular expression, hence `unicodeRegExp: false`.
 */
export function validateSarif(log: unknown): string[] {
  if (!validator) {
    const schema = JSON.parse(readFileSync(join(import.meta.dirname, 'sarif-schema-2.1.0.json'), 'utf8')) as Record<string, unknown>;
    const { $schema: _draft, id, ...rest } = schema;
    const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
    addFormats(ajv);
    validator = ajv.compile({ ...rest, $id: String(id) });
  }
  if (validator(log)) return [];
  return (validator.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`);
}
