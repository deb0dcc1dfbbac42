import { ConfigurationError } from '@pipeline/core';
import { PackageURL } from 'packageurl-js';
import type { Component, Hash, LockfileResult } from './model.ts';
import { isRecord } from './text.ts';

const HASH_ALGS = new Set<Hash['alg']>(['SHA-1', 'SHA-256', 'SHA-384', 'SHA-512', 'MD5']);

interface CdxComponent {
  'bom-ref'?: string;
  type?: string;
  name?: string;
  group?: string;
  version?: string;
  purl?: string;
  hashes?: { alg?: string; content?: string }[];
  licenses?: ({ license?: { id?: string; name?: string } } & { expression?: string })[];
  components?: CdxComponent[];
}

function licenseOf(c: CdxComponent): string | undefined {
  const parts = (c.licenses ?? []).map((l) => l.expression ?? l.license?.id ?? l.license?.name).filter((l): l is string => !!l);
  if (parts.length === 0) return undefined;
  return parts.length === 1 ? parts[0] : parts.map((p) => (/\s/.test(p) ? `(${p})` : p)).join(' AND ');
}

interface TrivyGraph {
  components: Component[];
  /** PURLs the scanned target itself depends on. */
  direct: string[];
  metadata: CdxComponent;
}

/**
 * Trivy's CycloneDX output in the model the native readers produce. Components without
 * a PURL (Trivy's per-file "application" nodes) only carry the graph.
 */
function readTrivyGraph(json: string, what: string, where: { input: string } | { file: string }): TrivyGraph {
  let doc: unknown;
  try {
    doc = JSON.parse(json);
  } catch (error) {
    throw new Error(`Trivy wrote output that is not JSON for ${what}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  if (!isRecord(doc) || doc['bomFormat'] !== 'CycloneDX') throw new ConfigurationError(`Trivy's output for ${what} is not a CycloneDX document.`, where);
  const flat: CdxComponent[] = [];
  const walk = (list: unknown): void => {
    for (const c of Array.isArray(list) ? (list as CdxComponent[]) : []) {
      flat.push(c);
      walk(c.components);
    }
  };
  walk(doc['components']);
  const edges = new Map<string, string[]>();
  for (const d of Array.isArray(doc['dependencies']) ? (doc['dependencies'] as { ref?: string; dependsOn?: string[] }[]) : []) if (d.ref) edges.set(d.ref, d.dependsOn ?? []);
  const purlOfRef = new Map(flat.filter((c) => c['bom-ref'] && c.purl).map((c) => [c['bom-ref'] as string, c.purl as string]));
  // Edges through PURL-less nodes (a lockfile inside the image) lead on to their packages.
  const resolve = (ref: string, seen = new Set<string>()): string[] => {
    const purl = purlOfRef.get(ref);
    if (purl) return [purl];
    if (seen.has(ref)) return [];
    seen.add(ref);
    return (edges.get(ref) ?? []).flatMap((r) => resolve(r, seen));
  };
  const byPurl = new Map<string, Component>();
  for (const c of flat) {
    if (!c.purl || !c.name) continue;
    const name = c.group ? `${c.group}/${c.name}` : c.name;
    const hashes = (c.hashes ?? []).filter((h): h is Hash => HASH_ALGS.has(h.alg as Hash['alg']) && /^[0-9a-f]+$/i.test(h.content ?? '')).map((h) => ({ alg: h.alg, content: h.content.toLowerCase() }));
    const license = licenseOf(c);
    const deps = [...new Set((edges.get(c['bom-ref'] ?? c.purl) ?? []).flatMap((r) => resolve(r)))].filter((p) => p !== c.purl);
    if (!byPurl.has(c.purl)) byPurl.set(c.purl, { name, version: c.version ?? '', purl: c.purl, ecosystem: 'other', scope: 'runtime', direct: false, hashes, dependencies: deps, ...(license ? { license } : {}) });
  }
  const metadata = isRecord(doc['metadata']) && isRecord(doc['metadata']['component']) ? (doc['metadata']['component'] as CdxComponent) : {};
  const rootRef = metadata['bom-ref'] ?? '';
  const direct = [...new Set((edges.get(rootRef) ?? []).flatMap((r) => resolve(r)))];
  for (const purl of direct) {
    const c = byPurl.get(purl);
    if (c) c.direct = true;
  }
  return { components: [...byPurl.values()], direct, metadata };
}

/**
 * Turns Trivy's CycloneDX output for an image into the model the native readers produce,
 * so the image SBOM is rebuilt, validated, scored and license-checked like any other.
 */
export function readTrivyCycloneDx(json: string, image: string): LockfileResult {
  const { components, direct, metadata } = readTrivyGraph(json, `'${image}'`, { input: 'image' });
  const rootPurl = metadata.purl ?? `pkg:oci/${encodeURIComponent(image.replace(/[:@].*$/, '').split('/').pop() ?? image)}`;
  return {
    file: image,
    kind: 'image',
    ecosystem: 'other',
    root: { name: metadata.name ?? image, path: '', purl: rootPurl, dependencies: direct },
    workspaces: [],
    components,
  };
}

/**
 * Turns Trivy's CycloneDX output for one lockfile of an ecosystem without a native reader
 * (`trivy fs <file>`) into a lockfile result. Trivy records no scope for these, so every
 * package counts as runtime; the project is named by its lockfile, as nothing else names it.
 */
export function readTrivyLockfile(json: string, file: string): LockfileResult {
  const { components, direct } = readTrivyGraph(json, file, { file });
  return {
    file,
    kind: 'trivy',
    ecosystem: 'other',
    root: { name: file, path: '', purl: new PackageURL('generic', undefined, file, undefined, undefined, undefined).toString(), dependencies: direct },
    workspaces: [],
    components,
  };
}
