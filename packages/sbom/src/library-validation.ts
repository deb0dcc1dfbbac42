// The CycloneDX library's own JSON validator, for documents of any CycloneDX version. It
// compiles the schema with ajv when first used and reads the schema files next to the
// library on disk, so it belongs to tests and tools, never to the action's bundle: nothing
// the action imports reaches this module (its package export is `@pipeline/sbom/library-validation`).
import * as Spec from '@cyclonedx/cyclonedx-library/Spec';
import { JsonStrictValidator } from '@cyclonedx/cyclonedx-library/Validation';
import { describeIssues, type OtherVersionValidator, type SchemaVerdict } from './cyclonedx.ts';
import type { AjvIssue } from './cyclonedx-schema.ts';

const VERSIONS: Record<string, Spec.Version> = {
  '1.2': Spec.Version.v1dot2,
  '1.3': Spec.Version.v1dot3,
  '1.4': Spec.Version.v1dot4,
  '1.5': Spec.Version.v1dot5,
  '1.6': Spec.Version.v1dot6,
  '1.7': Spec.Version.v1dot7,
};

/** The library's strict JSON validator for one version. */
export async function validateWithLibrary(json: string, version: Spec.Version): Promise<SchemaVerdict> {
  const result = await new JsonStrictValidator(version).validate(json);
  if (result === null) return { valid: true, errors: [] };
  return { valid: false, errors: describeIssues(Array.isArray(result) ? (result as AjvIssue[]) : [result as AjvIssue]) };
}

/** For `validateCycloneDx(json, libraryValidator)`: versions other than 1.6 through the library. */
export const libraryValidator: OtherVersionValidator = async (json, specVersion) => {
  const version = VERSIONS[specVersion];
  if (!version) return { valid: false, errors: [`specVersion ${JSON.stringify(specVersion)} is not a CycloneDX version with a JSON schema (1.2 to 1.7)`] };
  return validateWithLibrary(json, version);
};
