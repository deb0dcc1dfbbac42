import type { Component, LockfileResult, ProjectPackage } from './model.ts';

/** Everything one run knows, independent of the output format. */
export interface SbomInput {
  /** The subject: usually the repository (`owner/repo`) at a commit. */
  subject: { name: string; version?: string; purl?: string };
  lockfiles: LockfileResult[];
  /** Organisation that produced the document (NTIA "author"); the repository owner by default. */
  author: string;
  tool: { name: string; version: string; url: string };
  timestamp: Date;
  /** Stable document id (CycloneDX serial number, SPDX namespace suffix). */
  serial: string;
}

export interface MergedComponent extends Component {
  /** Every lockfile the component was found in, with its line. */
  locations: { file: string; line?: number }[];
  supplier?: string;
}

/**
 * One component per PURL across all lockfiles: a package locked in two lockfiles of a
 * monorepo is one package. It is runtime if any lockfile uses it at runtime, direct if any
 * project declares it.
 */
export function mergeComponents(lockfiles: readonly LockfileResult[]): MergedComponent[] {
  const byPurl = new Map<string, MergedComponent>();
  for (const lock of lockfiles) {
    for (const c of lock.components) {
      const location = c.line === undefined ? { file: lock.file } : { file: lock.file, line: c.line };
      const existing = byPurl.get(c.purl);
      if (!existing) {
        const supplier = supplierOf(c);
        byPurl.set(c.purl, { ...c, dependencies: [...c.dependencies], hashes: [...c.hashes], locations: [location], ...(supplier ? { supplier } : {}) });
        continue;
      }
      existing.locations.push(location);
      if (c.scope === 'runtime') existing.scope = 'runtime';
      if (c.direct) existing.direct = true;
      for (const d of c.dependencies) if (!existing.dependencies.includes(d)) existing.dependencies.push(d);
      if (existing.hashes.length === 0) existing.hashes.push(...c.hashes);
      if (!existing.license && c.license) existing.license = c.license;
    }
  }
  return [...byPurl.values()];
}

/**
 * The supplier as far as the coordinates say it: a Composer vendor, an npm scope, or the
 * account of a Go module on a code host. Anything else is left unknown rather than guessed.
 */
export function supplierOf(c: Component): string | undefined {
  if (c.ecosystem === 'composer') return c.name.split('/')[0];
  if (c.ecosystem === 'npm' && c.name.startsWith('@')) return c.name.slice(1).split('/')[0];
  if (c.ecosystem === 'golang') {
    const [host, owner] = c.name.split('/');
    if (host && owner && /^(github\.com|gitlab\.com|bitbucket\.org|codeberg\.org)$/.test(host)) return owner;
  }
  return undefined;
}

export function projectPackages(lock: LockfileResult): ProjectPackage[] {
  return [lock.root, ...lock.workspaces];
}
