import { createHash } from 'node:crypto';
import type { Hash } from './model.ts';
import { describeIssues, isSpdxExpression, type SchemaVerdict } from './cyclonedx.ts';
import { projectPackages, type MergedComponent, type SbomInput } from './sbom.ts';
// Precompiled from ./spdx-schema.ts by scripts/generate-sbom-validators.ts.
import { validate } from './generated/spdx-2-3-validator.js';

const SPDX_ALG: Record<Hash['alg'], string> = { 'SHA-1': 'SHA1', 'SHA-256': 'SHA256', 'SHA-384': 'SHA384', 'SHA-512': 'SHA512', MD5: 'MD5' };

/** SPDX ids allow only letters, digits, `.` and `-`; a digest of the PURL keeps them unique. */
function spdxId(purl: string): string {
  return `SPDXRef-Package-${createHash('sha256').update(purl).digest('hex').slice(0, 16)}`;
}

type SpdxPackage = Record<string, unknown> & { SPDXID: string };

export function buildSpdx(input: SbomInput, components: readonly MergedComponent[]): Record<string, unknown> {
  const rootId = 'SPDXRef-Package-subject';
  const packages: SpdxPackage[] = [
    {
      SPDXID: rootId,
      name: input.subject.name,
      ...(input.subject.version ? { versionInfo: input.subject.version } : {}),
      downloadLocation: 'NOASSERTION',
      filesAnalyzed: false,
      supplier: `Organization: ${input.author}`,
      primaryPackagePurpose: 'APPLICATION',
      ...(input.subject.purl ? { externalRefs: [{ referenceCategory: 'PACKAGE-MANAGER', referenceType: 'purl', referenceLocator: input.subject.purl }] } : {}),
    },
  ];
  const relationships: Record<string, string>[] = [{ spdxElementId: 'SPDXRef-DOCUMENT', relationshipType: 'DESCRIBES', relatedSpdxElement: rootId }];
  const ids = new Map<string, string>();
  for (const c of components) {
    const id = spdxId(c.purl);
    ids.set(c.purl, id);
    const declared = c.license && isSpdxExpression(c.license) ? c.license : 'NOASSERTION';
    packages.push({
      SPDXID: id,
      name: c.name,
      versionInfo: c.version,
      downloadLocation: 'NOASSERTION',
      filesAnalyzed: false,
      supplier: c.supplier ? `Organization: ${c.supplier}` : 'NOASSERTION',
      licenseConcluded: 'NOASSERTION',
      licenseDeclared: declared,
      copyrightText: 'NOASSERTION',
      primaryPackagePurpose: 'LIBRARY',
      externalRefs: [{ referenceCategory: 'PACKAGE-MANAGER', referenceType: 'purl', referenceLocator: c.purl }],
      ...(c.hashes.length > 0 ? { checksums: c.hashes.map((h) => ({ algorithm: SPDX_ALG[h.alg], checksumValue: h.content })) } : {}),
    });
  }
  for (const lock of input.lockfiles) {
    for (const p of projectPackages(lock)) {
      if (ids.has(p.purl)) continue;
      const id = spdxId(p.purl);
      ids.set(p.purl, id);
      packages.push({ SPDXID: id, name: p.name, ...(p.version ? { versionInfo: p.version } : {}), downloadLocation: 'NOASSERTION', filesAnalyzed: false, supplier: `Organization: ${input.author}`, primaryPackagePurpose: 'APPLICATION', externalRefs: [{ referenceCategory: 'PACKAGE-MANAGER', referenceType: 'purl', referenceLocator: p.purl }] });
      relationships.push({ spdxElementId: rootId, relationshipType: 'CONTAINS', relatedSpdxElement: id });
    }
  }
  const scopeOf = new Map(components.map((c) => [c.purl, c.scope]));
  const edge = (from: string, to: string): void => {
    const a = ids.get(from);
    const b = ids.get(to);
    if (!a || !b) return;
    // A development dependency is written from the dependency's side, as SPDX defines it.
    if (scopeOf.get(to) === 'development') relationships.push({ spdxElementId: b, relationshipType: 'DEV_DEPENDENCY_OF', relatedSpdxElement: a });
    else relationships.push({ spdxElementId: a, relationshipType: 'DEPENDS_ON', relatedSpdxElement: b });
  };
  for (const lock of input.lockfiles) for (const p of projectPackages(lock)) for (const d of p.dependencies) edge(p.purl, d);
  for (const c of components) for (const d of c.dependencies) edge(c.purl, d);
  const namespaceBase = input.tool.url.replace(/\/+$/, '');
  return {
    spdxVersion: 'SPDX-2.3',
    dataLicense: 'CC0-1.0',
    SPDXID: 'SPDXRef-DOCUMENT',
    name: `${input.subject.name}${input.subject.version ? `@${input.subject.version}` : ''}`,
    documentNamespace: `${namespaceBase}/spdx/${encodeURIComponent(input.subject.name)}/${input.serial}`,
    creationInfo: { created: input.timestamp.toISOString().replace(/\.\d{3}Z$/, 'Z'), creators: [`Tool: ${input.tool.name}-${input.tool.version}`, `Organization: ${input.author}`] },
    documentDescribes: [rootId],
    packages,
    relationships,
  };
}

/** Validates SPDX 2.3 JSON against the official schema, reporting every violation. */
export function validateSpdx(json: string): SchemaVerdict {
  let doc: unknown;
  try {
    doc = JSON.parse(json);
  } catch (error) {
    return { valid: false, errors: [`not JSON: ${error instanceof Error ? error.message : String(error)}`] };
  }
  if (validate(doc)) return { valid: true, errors: [] };
  return { valid: false, errors: describeIssues(validate.errors ?? []) };
}
