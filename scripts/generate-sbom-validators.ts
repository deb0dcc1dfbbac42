// Precompiles the JSON-schema validators the sbom action runs (CycloneDX 1.6 and SPDX 2.3)
// with ajv's standalone code generation, so the action never compiles a schema at run time
// and its bundle carries no schema compiler. A unit test fails when the committed files
// differ from what this renders from the schemas in node_modules.
// Usage: node scripts/generate-sbom-validators.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv, _, str, stringify, type KeywordCxt, type Options } from 'ajv';
import standalone from 'ajv/dist/standalone/index.js';
import { getSchemaTypes } from 'ajv/dist/compile/validate/dataType.js';
import { duplicatePair, formats, type ScalarType } from '../packages/sbom/src/schema-runtime.ts';
import { SPDX_2_3_SCHEMA } from '../packages/sbom/src/spdx-schema.ts';

const root = join(import.meta.dirname, '..');
const cdxSchemas = join(root, 'node_modules', '@cyclonedx', 'cyclonedx-library', 'res', 'schema');
const outDir = join('packages', 'sbom', 'src', 'generated');

export interface GeneratedFile {
  /** Repository-relative path. */
  path: string;
  text: string;
}

function readSchema(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(cdxSchemas, name), 'utf8')) as Record<string, unknown>;
}

// Keywords whose value is a subschema, a list of them, or a map of them. Only annotation
// keywords at schema positions are dropped below, never a property that happens to be
// named `description`.
const SCHEMA_MAPS = new Set(['properties', 'patternProperties', 'definitions', '$defs', 'dependencies']);
const SCHEMA_VALUES = new Set(['additionalProperties', 'additionalItems', 'contains', 'propertyNames', 'not', 'if', 'then', 'else']);
const SCHEMA_LISTS = new Set(['allOf', 'anyOf', 'oneOf']);
const ANNOTATIONS = new Set(['title', 'description', 'examples', '$comment', 'meta:enum']);

/**
 * The schema without its annotations (titles, descriptions, examples, comments). They carry
 * no validation semantics, but the generated code embeds schema objects for error messages,
 * and the annotations are a third of the CycloneDX validator's size and load time.
 */
export function withoutAnnotations(schema: unknown): unknown {
  if (schema === null || typeof schema !== 'object' || Array.isArray(schema)) return schema;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema as Record<string, unknown>)) {
    if (ANNOTATIONS.has(key)) continue;
    if (SCHEMA_MAPS.has(key) && value !== null && typeof value === 'object' && !Array.isArray(value)) {
      // `dependencies` values are either a subschema or a list of property names.
      out[key] = Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, Array.isArray(v) ? v : withoutAnnotations(v)]));
    } else if (key === 'items') {
      out[key] = Array.isArray(value) ? value.map(withoutAnnotations) : withoutAnnotations(value);
    } else if (SCHEMA_LISTS.has(key) && Array.isArray(value)) {
      out[key] = value.map(withoutAnnotations);
    } else if (SCHEMA_VALUES.has(key)) {
      out[key] = withoutAnnotations(value);
    } else {
      out[key] = value;
    }
  }
  return out;
}

const SCALARS = new Set<string>(['string', 'number', 'integer', 'boolean', 'null']);

/**
 * Replaces ajv's quadratic `uniqueItems` with a call to the linear `duplicatePair`, at the
 * same place in the keyword order and with ajv's own error message and params, so the
 * first error reported for a document is the one the library's validator reports.
 */
function useLinearUniqueItems(ajv: Ajv): void {
  const group = ajv.RULES.rules.find((g) => g.type === 'array');
  const at = group?.rules.findIndex((r) => r.keyword === 'uniqueItems') ?? -1;
  const next = group?.rules[at + 1]?.keyword;
  if (!group || at < 0) throw new Error('ajv no longer defines uniqueItems in its array rules; revisit useLinearUniqueItems');
  ajv.removeKeyword('uniqueItems');
  ajv.addKeyword({
    keyword: 'uniqueItems',
    type: 'array',
    schemaType: 'boolean',
    ...(next ? { before: next } : {}),
    error: {
      message: ({ params }) => str`must NOT have duplicate items (items ## ${params['j']} and ${params['i']} are identical)`,
      params: ({ params }) => _`{i: ${params['i']}, j: ${params['j']}}`,
    },
    code(cxt: KeywordCxt) {
      const { gen, data, schema, parentSchema } = cxt;
      if (schema !== true) return;
      // ajv compares scalar-typed items by value, walking from the end; the helper does the same.
      const itemTypes = parentSchema.items ? getSchemaTypes(parentSchema.items) : [];
      const scalar = itemTypes.length > 0 && itemTypes.every((t) => SCALARS.has(t)) ? (itemTypes as ScalarType[]) : undefined;
      const find = gen.scopeValue('func', { key: duplicatePair, ref: duplicatePair, code: _`runtime.duplicatePair` });
      const pair = gen.const('pair', scalar ? _`${find}(${data}, ${stringify(scalar)})` : _`${find}(${data})`);
      cxt.setParams({ i: _`${pair}.i`, j: _`${pair}.j` });
      cxt.fail(_`${pair} !== undefined`);
    },
  });
  const moved = ajv.RULES.rules.find((g) => g.type === 'array')?.rules.findIndex((r) => r.keyword === 'uniqueItems');
  if (moved !== at) throw new Error(`uniqueItems moved from rule ${at} to ${String(moved)} of the array rules`);
}

/** ajv's standalone output requires its runtime helpers; the action imports ours instead. */
const RUNTIME: Record<string, string> = {
  'require("ajv/dist/runtime/ucs2length").default': 'runtime.ucs2length',
  'require("ajv/dist/runtime/equal").default': 'runtime.equal',
};

/**
 * Plain JavaScript, not TypeScript: the bundler copies it as written, where a .ts file
 * would be re-printed with one indent level per nested schema (four times the size).
 */
function moduleText(code: string, source: string): string {
  let body = code.replace(/^"use strict";\n/, '');
  for (const [from, to] of Object.entries(RUNTIME)) body = body.split(from).join(to);
  const left = /require\([^)]*\)/.exec(body);
  if (left) throw new Error(`the generated validator requires ${left[0]}, which schema-runtime.ts does not provide`);
  return [
    '/* eslint-disable */',
    `// Generated by scripts/generate-sbom-validators.ts from ${source}. Do not edit:`,
    '// run `node scripts/generate-sbom-validators.ts` (a unit test fails when this file is stale).',
    "import * as runtime from '../schema-runtime.ts';",
    body.endsWith('\n') ? body : `${body}\n`,
  ].join('\n');
}

/** The types of the generated module, for the TypeScript code that imports it. */
function declarationText(source: string): string {
  return [
    `// Generated by scripts/generate-sbom-validators.ts with ${source}. Do not edit.`,
    '/** One schema violation, as ajv reports it. */',
    'export interface ValidationIssue {',
    '  instancePath: string;',
    '  schemaPath: string;',
    '  keyword: string;',
    '  params: Record<string, unknown>;',
    '  message?: string;',
    '}',
    '',
    '/** True when `data` is valid; otherwise false, with the violations in `validate.errors`. */',
    'export declare const validate: ((data: unknown) => boolean) & { errors?: ValidationIssue[] | null };',
    'export default validate;',
    '',
  ].join('\n');
}

function files(name: string, code: string, source: string): GeneratedFile[] {
  return [
    { path: join(outDir, `${name}.js`), text: moduleText(code, source) },
    { path: join(outDir, `${name}.d.ts`), text: declarationText(`${name}.js`) },
  ];
}

/** ES module source with one statement per line (reviewable diffs); formats come from the runtime module. */
const CODE = { source: true, esm: true, lines: true, formats: _`runtime.formats` } satisfies NonNullable<Options['code']>;

/** The CycloneDX 1.6 validator, with the options, formats and schema map of the library's strict JSON validator. */
function cycloneDx16(): GeneratedFile[] {
  const ajv = new Ajv({
    useDefaults: false,
    strict: false,
    strictSchema: false,
    addUsedSchema: false,
    code: CODE,
  });
  ajv.addSchema(withoutAnnotations(readSchema('spdx.SNAPSHOT.schema.json')) as object, 'http://cyclonedx.org/schema/spdx.SNAPSHOT.schema.json');
  ajv.addSchema(withoutAnnotations(readSchema('jsf-0.82.SNAPSHOT.schema.json')) as object, 'http://cyclonedx.org/schema/jsf-0.82.SNAPSHOT.schema.json');
  for (const [name, format] of Object.entries(formats)) ajv.addFormat(name, format);
  useLinearUniqueItems(ajv);
  const validate = ajv.compile(withoutAnnotations(readSchema('bom-1.6.SNAPSHOT.schema.json')) as object);
  return files('cyclonedx-1-6-validator', standalone.default(ajv, validate), '@cyclonedx/cyclonedx-library/res/schema/bom-1.6.SNAPSHOT.schema.json (with spdx and jsf-0.82)');
}

/** The SPDX 2.3 validator, reporting every violation. */
function spdx23(): GeneratedFile[] {
  const ajv = new Ajv({ strict: false, allErrors: true, code: CODE });
  const validate = ajv.compile(SPDX_2_3_SCHEMA);
  return files('spdx-2-3-validator', standalone.default(ajv, validate), 'packages/sbom/src/spdx-schema.ts');
}

export function renderSbomValidators(): GeneratedFile[] {
  return [...cycloneDx16(), ...spdx23()];
}

if (import.meta.main) {
  for (const file of renderSbomValidators()) {
    writeFileSync(join(root, file.path), file.text);
    console.log(`wrote ${file.path} (${Math.round(file.text.length / 1024)} KiB)`);
  }
}
