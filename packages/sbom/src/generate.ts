import { randomUUID } from 'node:crypto';
import { buildCycloneDx, describeIssues, serializeCycloneDx } from './cyclonedx.ts';
import { validateCycloneDx16 } from './cyclonedx-schema.ts';
import type { LockfileResult } from './model.ts';
import { ntiaFromCycloneDx, scoreNtia, type NtiaScore } from './ntia.ts';
import type { MergedComponent, SbomInput } from './sbom.ts';

export type SbomFormat = 'cyclonedx' | 'spdx';

export interface GeneratedSbom {
  documents: { format: SbomFormat; json: string }[];
  components: MergedComponent[];
  ntia: NtiaScore;
}

/** Raised when our own document fails its schema: a bug in this action, never the user's fault. */
export class InvalidDocumentError extends Error {
  override readonly name = 'InvalidDocumentError';
}

export interface GenerateOptions {
  subject: SbomInput['subject'];
  author: string;
  tool: SbomInput['tool'];
  formats: readonly SbomFormat[];
  timestamp?: Date;
  serial?: string;
}

/** Builds, validates and scores the documents for a set of read lockfiles. */
export async function generateSbom(lockfiles: LockfileResult[], options: GenerateOptions): Promise<GeneratedSbom> {
  const input: SbomInput = {
    subject: options.subject,
    lockfiles,
    author: options.author,
    tool: options.tool,
    timestamp: options.timestamp ?? new Date(),
    serial: options.serial ?? randomUUID(),
  };
  const { bom, components } = buildCycloneDx(input);
  const cdx = serializeCycloneDx(bom);
  // Parsed once: the schema check and the NTIA score both read the document as written.
  const parsed: unknown = JSON.parse(cdx);
  const documents: GeneratedSbom['documents'] = [];
  if (options.formats.includes('cyclonedx')) {
    const issues = validateCycloneDx16(parsed);
    if (issues) throw new InvalidDocumentError(`the CycloneDX document this action produced does not validate against the CycloneDX 1.6 schema: ${describeIssues(issues).slice(0, 5).join('; ')}`);
    documents.push({ format: 'cyclonedx', json: cdx });
  }
  if (options.formats.includes('spdx')) {
    // Loaded only when asked for: CycloneDX alone is the common case.
    const { buildSpdx, validateSpdx } = await import('./spdx.ts');
    const spdx = `${JSON.stringify(buildSpdx(input, components), null, 2)}\n`;
    const verdict = validateSpdx(spdx);
    if (!verdict.valid) throw new InvalidDocumentError(`the SPDX document this action produced does not validate against the SPDX 2.3 schema: ${verdict.errors.slice(0, 5).join('; ')}`);
    documents.push({ format: 'spdx', json: spdx });
  }
  return { documents, components, ntia: scoreNtia(ntiaFromCycloneDx(parsed)) };
}
