// The CycloneDX 1.6 JSON schema check, precompiled: see scripts/generate-sbom-validators.ts.
import { validate, type ValidationIssue } from './generated/cyclonedx-1-6-validator.js';

export type AjvIssue = Partial<ValidationIssue>;

/**
 * The library's strict JSON validator for CycloneDX 1.6: its schema, schema map, ajv
 * options and formats, compiled ahead of time. A test checks it gives the library's own
 * verdicts, and another that it is regenerated whenever the schema in node_modules changes.
 */
export function validateCycloneDx16(doc: unknown): AjvIssue[] | null {
  return validate(doc) ? null : (validate.errors ?? []);
}
