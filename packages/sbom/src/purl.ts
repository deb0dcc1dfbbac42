import { PackageURL } from 'packageurl-js';
import type { Ecosystem } from './model.ts';

/**
 * PURLs as the PURL specification writes them for each type, built by packageurl-js so
 * encoding (`%40` for npm scopes) and per-type normalisation (PyPI names) match peers.
 */
export function purlOf(ecosystem: Ecosystem, name: string, version: string | undefined, qualifiers?: Record<string, string>): string {
  let namespace: string | undefined;
  let base = name;
  if (ecosystem === 'npm' || ecosystem === 'golang' || ecosystem === 'composer') {
    const slash = name.lastIndexOf('/');
    if (slash > 0) {
      namespace = name.slice(0, slash);
      base = name.slice(slash + 1);
    }
  }
  const q = qualifiers && Object.keys(qualifiers).length > 0 ? qualifiers : undefined;
  return new PackageURL(ecosystem, namespace, base, version || undefined, q, undefined).toString();
}
