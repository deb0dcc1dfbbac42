/**
 * NTIA "minimum elements" (2021): per component supplier, name, version, a unique
 * identifier and its dependency relationships; per document the author and a timestamp.
 * The score is the mean coverage of the seven elements, in percent.
 */
export interface NtiaScore {
  score: number;
  elements: { element: NtiaElement; covered: number; total: number }[];
  /** Human-readable gaps, e.g. `supplier: 812 of 1,677 components`. */
  missing: string[];
}

export type NtiaElement = 'supplier' | 'name' | 'version' | 'unique identifier' | 'dependency relationships' | 'author' | 'timestamp';

export interface NtiaSubject {
  components: { name?: string; version?: string; supplier?: string; purl?: string; ref: string }[];
  /** Refs that appear as the subject of a dependency relationship. */
  related: Set<string>;
  author: boolean;
  timestamp: boolean;
}

/** Reads the elements from a CycloneDX JSON document (ours or anyone's). */
export function ntiaFromCycloneDx(doc: unknown): NtiaSubject {
  const d = (doc ?? {}) as {
    metadata?: { authors?: unknown[]; tools?: unknown; timestamp?: string; supplier?: unknown; manufacture?: unknown };
    components?: unknown[];
    dependencies?: { ref?: string; dependsOn?: string[] }[];
  };
  const flat: NtiaSubject['components'] = [];
  const walk = (list: unknown[] | undefined): void => {
    for (const raw of list ?? []) {
      const c = raw as { name?: string; version?: string; supplier?: { name?: string }; publisher?: string; purl?: string; cpe?: string; swid?: unknown; 'bom-ref'?: string; components?: unknown[] };
      flat.push({
        ref: c['bom-ref'] ?? '',
        ...(c.name ? { name: c.name } : {}),
        ...(c.version ? { version: c.version } : {}),
        ...(c.supplier?.name ?? c.publisher ? { supplier: c.supplier?.name ?? c.publisher } : {}),
        ...(c.purl ?? c.cpe ? { purl: c.purl ?? c.cpe } : {}),
      });
      walk(c.components);
    }
  };
  walk(d.components);
  const related = new Set<string>();
  for (const dep of d.dependencies ?? []) if (dep.ref) related.add(dep.ref);
  return { components: flat, related, author: (d.metadata?.authors?.length ?? 0) > 0 || d.metadata?.manufacture !== undefined || d.metadata?.supplier !== undefined, timestamp: typeof d.metadata?.timestamp === 'string' };
}

export function scoreNtia(subject: NtiaSubject): NtiaScore {
  const total = subject.components.length;
  const count = (f: (c: NtiaSubject['components'][number]) => boolean): number => subject.components.filter(f).length;
  const elements: NtiaScore['elements'] = [
    { element: 'supplier', covered: count((c) => !!c.supplier), total },
    { element: 'name', covered: count((c) => !!c.name), total },
    { element: 'version', covered: count((c) => !!c.version), total },
    { element: 'unique identifier', covered: count((c) => !!c.purl), total },
    { element: 'dependency relationships', covered: count((c) => subject.related.has(c.ref)), total },
    { element: 'author', covered: subject.author ? 1 : 0, total: 1 },
    { element: 'timestamp', covered: subject.timestamp ? 1 : 0, total: 1 },
  ];
  const ratio = (e: NtiaScore['elements'][number]): number => (e.total === 0 ? 1 : e.covered / e.total);
  const score = Math.round((elements.reduce((sum, e) => sum + ratio(e), 0) / elements.length) * 1000) / 10;
  const missing = elements
    .filter((e) => e.covered < e.total)
    .map((e) => (e.total === 1 ? `${e.element}: not recorded` : `${e.element}: ${(e.total - e.covered).toLocaleString('en-US')} of ${e.total.toLocaleString('en-US')} components`));
  return { score, elements, missing };
}
