import { ConfigurationError } from '@pipeline/core';
import type { TrivyFinding } from './findings.ts';

export type VexStatus = 'not_affected' | 'affected' | 'fixed' | 'under_investigation';

export interface VexStatement {
  vulnerability: string;
  aliases: string[];
  /** Package URLs (products and their subcomponents); empty means every product. */
  products: string[];
  status: VexStatus;
  justification?: string;
  statement?: string;
  source: string;
}

const STATUSES: readonly VexStatus[] = ['not_affected', 'affected', 'fixed', 'under_investigation'];

interface RawProduct {
  '@id'?: string;
  identifiers?: { purl?: string };
  subcomponents?: RawProduct[];
}

interface RawStatement {
  vulnerability?: string | { name?: string; '@id'?: string; aliases?: string[] };
  products?: (string | RawProduct)[];
  status?: string;
  justification?: string;
  impact_statement?: string;
  status_notes?: string;
}

function productIds(product: string | RawProduct): string[] {
  if (typeof product === 'string') return [product];
  const own = [product['@id'], product.identifiers?.purl].filter((id): id is string => typeof id === 'string');
  return [...own, ...(product.subcomponents ?? []).flatMap(productIds)];
}

/** Reads an OpenVEX document (https://openvex.dev); statements are kept in document order. */
export function parseOpenVex(text: string, source: string): VexStatement[] {
  let doc: { '@context'?: string; statements?: RawStatement[] };
  try {
    doc = JSON.parse(text) as typeof doc;
  } catch (error) {
    throw new ConfigurationError(`VEX document '${source}' is not valid JSON: ${error instanceof Error ? error.message : String(error)}.`, { file: source, cause: error });
  }
  if (typeof doc !== 'object' || doc === null || !Array.isArray(doc.statements) || !String(doc['@context'] ?? '').includes('openvex')) {
    throw new ConfigurationError(`VEX document '${source}' is not OpenVEX: expected an object with "@context": "https://openvex.dev/ns/..." and a "statements" list.`, { file: source });
  }
  return doc.statements.map((raw, index) => {
    const vuln = typeof raw.vulnerability === 'string' ? { name: raw.vulnerability } : raw.vulnerability ?? {};
    const name = vuln.name ?? vuln['@id'];
    const status = raw.status as VexStatus;
    if (!name || !STATUSES.includes(status)) {
      throw new ConfigurationError(`VEX document '${source}', statement ${index + 1}: needs a vulnerability name and a status of ${STATUSES.join(', ')}.`, { file: source });
    }
    const statement: VexStatement = { vulnerability: name, aliases: vuln.aliases ?? [], products: (raw.products ?? []).flatMap(productIds), status, source };
    if (raw.justification) statement.justification = raw.justification;
    const note = raw.impact_statement ?? raw.status_notes;
    if (note) statement.statement = note;
    return statement;
  });
}

function purlBase(purl: string): string {
  return purl.replace(/[?#].*$/, '');
}

/** A product names a package with or without its version; qualifiers (arch, distro) never decide. */
function productMatches(product: string, purl: string | undefined): boolean {
  if (purl === undefined) return false;
  const p = purlBase(product);
  const f = purlBase(purl);
  return p === f || (!p.includes('@') && f.startsWith(`${p}@`));
}

/** The statement that decides a finding: the last one in the documents that names it. */
export function vexFor(statements: readonly VexStatement[], finding: TrivyFinding): VexStatement | undefined {
  if (finding.kind !== 'vulnerability') return undefined;
  let match: VexStatement | undefined;
  for (const s of statements) {
    if (s.vulnerability !== finding.id && !s.aliases.includes(finding.id)) continue;
    if (s.products.length > 0 && !s.products.some((p) => productMatches(p, finding.purl))) continue;
    match = s;
  }
  return match;
}
