import yaml from 'js-yaml';
import type { Component, LockfileResult, ProjectPackage } from '../model.ts';
import { purlOf } from '../purl.ts';
import { LineIndex, corrupt, isRecord, sriToHashes } from '../text.ts';
import { addUnique, assignScopes, markDirect, splitDescriptor } from './graph.ts';
import { readJsManifest } from './js-manifests.ts';
import type { ReaderInput } from './types.ts';

interface PnpmPackage {
  name?: string;
  version?: string;
  resolution?: { integrity?: string; tarball?: string };
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  dev?: boolean;
}

type ImporterDeps = Record<string, string | { specifier?: string; version?: string }>;

/** `/name@1.0.0(peer@2)` (v6-v8), `name@1.0.0(peer@2)` (v9), `/name/1.0.0` (v5) to name and version. */
function parseKey(key: string): { name: string; version: string } {
  const bare = key.replace(/^\//, '').replace(/\(.*$/, '');
  const { name, range } = splitDescriptor(bare);
  if (range) return { name, version: range };
  // v5 keys separate the version with a slash.
  const slash = bare.lastIndexOf('/');
  return { name: bare.slice(0, slash), version: bare.slice(slash + 1) };
}

export function readPnpmLock(input: ReaderInput): LockfileResult {
  const { file, text } = input;
  let doc: unknown;
  try {
    // js-yaml parses a 1 MB lockfile several times faster than the yaml package.
    doc = yaml.load(text, { filename: file, json: true });
  } catch (error) {
    const line = error instanceof yaml.YAMLException ? error.mark.line + 1 : undefined;
    throw corrupt(file, 'pnpm-lock.yaml', error instanceof yaml.YAMLException ? error.reason : String(error), line);
  }
  if (!isRecord(doc) || doc['lockfileVersion'] === undefined) throw corrupt(file, 'pnpm-lock.yaml', 'it has no lockfileVersion', 1);
  const major = Number.parseFloat(String(doc['lockfileVersion']));
  const packages = (isRecord(doc['packages']) ? doc['packages'] : {}) as Record<string, PnpmPackage>;
  // v9 splits metadata (packages) from the resolved graph (snapshots).
  const snapshots = (major >= 9 && isRecord(doc['snapshots']) ? doc['snapshots'] : packages) as Record<string, PnpmPackage>;
  const prefix = major >= 9 ? '' : '/';

  const lines = new LineIndex(text);
  const packagesAt = text.search(/^packages:/m);
  let cursor = Math.max(0, packagesAt);
  const byKey = new Map<string, Component>();
  const byPurl = new Map<string, Component>();
  for (const key of Object.keys(packages)) {
    const meta = packages[key] ?? {};
    const parsed = parseKey(key);
    const name = meta.name ?? parsed.name;
    const version = meta.version ?? parsed.version;
    const purl = purlOf('npm', name, version);
    let component = byPurl.get(purl);
    if (!component) {
      const at = text.indexOf(key, cursor);
      if (at >= 0) cursor = at;
      component = { name, version, purl, ecosystem: 'npm', scope: meta.dev === true ? 'development' : 'runtime', direct: false, hashes: sriToHashes(meta.resolution?.integrity), dependencies: [], ...(at >= 0 ? { line: lines.lineAt(at) } : {}) };
      byPurl.set(purl, component);
    }
    byKey.set(key, component);
  }
  const resolveRef = (dep: string, ref: string): string | undefined => {
    if (ref.startsWith('link:')) return undefined;
    // An alias (`npm:other@1.0.0` before v9, `other@1.0.0` in v9) names the real package.
    const aliased = ref.replace(/^npm:/, '');
    const candidates = /^@?[^@(]+@/.test(aliased) ? [`${prefix}${aliased}`] : [`${prefix}${dep}@${ref}`, `${prefix}${dep}/${ref}`];
    for (const c of candidates) {
      const hit = byKey.get(c) ?? byKey.get(c.replace(/\(.*$/, ''));
      if (hit) return hit.purl;
    }
    return undefined;
  };
  for (const [key, snap] of Object.entries(snapshots)) {
    const component = byKey.get(key) ?? byKey.get(key.replace(/\(.*$/, ''));
    if (!component || !isRecord(snap)) continue;
    const entry = snap as PnpmPackage;
    for (const [dep, ref] of Object.entries({ ...entry.dependencies, ...entry.optionalDependencies })) addUnique(component.dependencies, resolveRef(dep, String(ref)));
  }

  const importers = isRecord(doc['importers']) ? (doc['importers'] as Record<string, Record<string, ImporterDeps>>) : { '.': doc as Record<string, ImporterDeps> };
  const projects: ProjectPackage[] = [];
  const byPath = new Map<string, ProjectPackage>();
  for (const path of Object.keys(importers)) {
    const dir = path === '.' ? '' : path;
    const manifest = readJsManifest(input, dir);
    const name = manifest?.name ?? (dir || 'root');
    const project: ProjectPackage = { name, path: dir, purl: purlOf('npm', name, manifest?.version), dependencies: [], ...(manifest?.version ? { version: manifest.version } : {}) };
    projects.push(project);
    byPath.set(dir, project);
  }
  const runtimeRoots: string[] = [];
  for (const [path, importer] of Object.entries(importers)) {
    const project = byPath.get(path === '.' ? '' : path);
    if (!project) continue;
    for (const field of ['dependencies', 'optionalDependencies', 'devDependencies'] as const) {
      for (const [dep, spec] of Object.entries(importer[field] ?? {})) {
        const ref = typeof spec === 'string' ? spec : spec.version ?? '';
        let target: string | undefined;
        if (ref.startsWith('link:')) {
          const linked = joinPath(path === '.' ? '' : path, ref.slice('link:'.length));
          target = byPath.get(linked)?.purl;
        } else {
          target = resolveRef(dep, ref);
        }
        addUnique(project.dependencies, target);
        if (target && field !== 'devDependencies') runtimeRoots.push(target);
      }
    }
  }
  const components = [...byPurl.values()];
  markDirect(components, projects);
  if (major >= 9 || !Object.values(packages).some((p) => p.dev !== undefined)) assignScopes(components, runtimeRoots);
  const [root, ...workspaces] = projects;
  return { file, kind: 'pnpm', ecosystem: 'npm', root: root ?? { name: 'root', path: '', purl: purlOf('npm', 'root', undefined), dependencies: [] }, workspaces, components };
}

function joinPath(base: string, relative: string): string {
  const parts = base ? base.split('/') : [];
  for (const part of relative.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.' && part !== '') parts.push(part);
  }
  return parts.join('/');
}
