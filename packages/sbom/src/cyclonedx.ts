import * as Enums from '@cyclonedx/cyclonedx-library/Enums';
import * as Models from '@cyclonedx/cyclonedx-library/Models';
import * as Serialize from '@cyclonedx/cyclonedx-library/Serialize';
import * as Spec from '@cyclonedx/cyclonedx-library/Spec';
import { validateCycloneDx16, type AjvIssue } from './cyclonedx-schema.ts';
import parseSpdx from 'spdx-expression-parse';
import type { Hash } from './model.ts';
import { mergeComponents, projectPackages, type MergedComponent, type SbomInput } from './sbom.ts';

const HASH_ALG: Record<Hash['alg'], Enums.HashAlgorithm> = {
  'SHA-1': Enums.HashAlgorithm['SHA-1'],
  'SHA-256': Enums.HashAlgorithm['SHA-256'],
  'SHA-384': Enums.HashAlgorithm['SHA-384'],
  'SHA-512': Enums.HashAlgorithm['SHA-512'],
  MD5: Enums.HashAlgorithm.MD5,
};

export function isSpdxExpression(expression: string): boolean {
  try {
    parseSpdx(expression);
    return true;
  } catch {
    return false;
  }
}

function licenseOf(expression: string): Models.License {
  const single = /^[A-Za-z0-9.+-]+$/.test(expression) ? expression.replace(/\+$/, '') : undefined;
  if (single !== undefined && single === expression && isSpdxExpression(expression)) return new Models.SpdxLicense(expression);
  if (isSpdxExpression(expression)) return new Models.LicenseExpression(expression);
  return new Models.NamedLicense(expression);
}

/** Builds the CycloneDX 1.6 model: the lockfiles' projects nest under the subject, third-party packages are top-level. */
export function buildCycloneDx(input: SbomInput): { bom: Models.Bom; components: MergedComponent[] } {
  const bom = new Models.Bom({ serialNumber: `urn:uuid:${input.serial}` });
  const tool = new Models.Component(Enums.ComponentType.Application, input.tool.name, { version: input.tool.version, group: 'pipeline' });
  tool.externalReferences.add(new Models.ExternalReference(input.tool.url, Enums.ExternalReferenceType.Website));
  const subject = new Models.Component(Enums.ComponentType.Application, input.subject.name, {
    bomRef: input.subject.purl ?? `subject:${input.subject.name}`,
    ...(input.subject.version ? { version: input.subject.version } : {}),
    ...(input.subject.purl ? { purl: input.subject.purl } : {}),
    supplier: new Models.OrganizationalEntity({ name: input.author }),
  });
  bom.metadata = new Models.Metadata({
    timestamp: input.timestamp,
    tools: new Models.Tools({ components: new Models.ComponentRepository([tool]) }),
    authors: new Models.OrganizationalContactRepository([new Models.OrganizationalContact({ name: input.author })]),
    supplier: new Models.OrganizationalEntity({ name: input.author }),
    component: subject,
  });

  const merged = mergeComponents(input.lockfiles);
  const refs = new Map<string, Models.Component>();
  for (const c of merged) {
    const component = new Models.Component(Enums.ComponentType.Library, c.name, {
      bomRef: c.purl,
      version: c.version,
      purl: c.purl,
      scope: c.scope === 'development' ? Enums.ComponentScope.Optional : Enums.ComponentScope.Required,
      ...(c.supplier ? { supplier: new Models.OrganizationalEntity({ name: c.supplier }) } : {}),
    });
    for (const h of c.hashes) component.hashes.set(HASH_ALG[h.alg], h.content);
    if (c.license) component.licenses.add(licenseOf(c.license));
    component.properties.add(new Models.Property('pipeline:scope', c.scope));
    component.properties.add(new Models.Property('pipeline:direct', String(c.direct)));
    for (const l of c.locations) component.properties.add(new Models.Property('pipeline:lockfile', l.line ? `${l.file}:${l.line}` : l.file));
    refs.set(c.purl, component);
    bom.components.add(component);
  }

  // Project packages (lockfile roots and workspace members) are parts of the subject.
  const projects = new Map<string, Models.Component>();
  for (const lock of input.lockfiles) {
    for (const p of projectPackages(lock)) {
      if (projects.has(p.purl) || refs.has(p.purl)) continue;
      const component = new Models.Component(Enums.ComponentType.Application, p.name, {
        bomRef: p.purl,
        purl: p.purl,
        ...(p.version ? { version: p.version } : {}),
        supplier: new Models.OrganizationalEntity({ name: input.author }),
      });
      component.properties.add(new Models.Property('pipeline:lockfile', lock.file));
      if (p.path) component.properties.add(new Models.Property('pipeline:workspace-path', p.path));
      projects.set(p.purl, component);
      subject.components.add(component);
    }
  }
  const node = (purl: string): Models.Component | undefined => refs.get(purl) ?? projects.get(purl);
  for (const lock of input.lockfiles) {
    for (const p of projectPackages(lock)) {
      const from = projects.get(p.purl);
      if (!from) continue;
      for (const d of p.dependencies) {
        const to = node(d);
        if (to) from.dependencies.add(to.bomRef);
      }
    }
    const root = projects.get(lock.root.purl);
    if (root) subject.dependencies.add(root.bomRef);
  }
  for (const c of merged) {
    const from = refs.get(c.purl);
    if (!from) continue;
    for (const d of c.dependencies) {
      const to = node(d);
      if (to) from.dependencies.add(to.bomRef);
    }
  }
  return { bom, components: merged };
}

export function serializeCycloneDx(bom: Models.Bom): string {
  const serializer = new Serialize.JsonSerializer(new Serialize.JSON.Normalize.Factory(Spec.Spec1dot6));
  return serializer.serialize(bom, { sortLists: true, space: 2 });
}

export interface SchemaVerdict {
  valid: boolean;
  /** The validator's messages, one per violation. */
  errors: string[];
}

/** Checks a CycloneDX version other than 1.6 (library-validation.ts has the library's validator for it). */
export type OtherVersionValidator = (json: string, specVersion: string) => Promise<SchemaVerdict>;

const JSON_SCHEMA_VERSIONS = new Set(['1.2', '1.3', '1.4', '1.5', '1.6', '1.7']);

export function describeIssues(issues: readonly AjvIssue[]): string[] {
  return issues.map((e) => `${e.instancePath || '/'} ${e.message ?? JSON.stringify(e)}${e.params && 'additionalProperty' in e.params ? ` '${String(e.params['additionalProperty'])}'` : ''}`);
}

/**
 * Validates CycloneDX JSON against the official schema of its own specVersion. 1.6, what
 * this action writes, is checked in-process by the precompiled validator. Other versions
 * only occur in third-party documents and go to `otherVersions`; the action never needs
 * it, so the library's validator (and the schema compiler it brings) stays out of the bundle.
 */
export async function validateCycloneDx(json: string, otherVersions?: OtherVersionValidator): Promise<SchemaVerdict> {
  let doc: unknown;
  try {
    doc = JSON.parse(json);
  } catch (error) {
    return { valid: false, errors: [`not JSON: ${error instanceof Error ? error.message : String(error)}`] };
  }
  const specVersion = (doc as { specVersion?: unknown } | null)?.specVersion;
  if (typeof specVersion !== 'string' || !JSON_SCHEMA_VERSIONS.has(specVersion)) {
    return { valid: false, errors: [`specVersion ${JSON.stringify(specVersion)} is not a CycloneDX version with a JSON schema (1.2 to 1.7)`] };
  }
  if (specVersion === '1.6') {
    const issues = validateCycloneDx16(doc);
    return issues === null ? { valid: true, errors: [] } : { valid: false, errors: describeIssues(issues) };
  }
  if (!otherVersions) return { valid: false, errors: [`CycloneDX ${specVersion} was not checked: only 1.6, the version this action writes, is validated without the library's validator (validateWithLibrary)`] };
  return otherVersions(json, specVersion);
}
