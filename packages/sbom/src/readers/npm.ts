import { ConfigurationError } from '@pipeline/core';
import type { Component, LockfileResult, ProjectPackage } from '../model.ts';
import { purlOf } from '../purl.ts';
import { LineIndex, corrupt, isRecord, parseJson, sriToHashes, stringRecord } from '../text.ts';
import type { ReaderInput } from './types.ts';

interface NpmEntry {
  name?: string;
  version?: string;
  resolved?: string;
  integrity?: string;
  license?: unknown;
  link?: boolean;
  dev?: boolean;
  devOptional?: boolean;
  optional?: boolean;
  peer?: boolean;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  peerDependenciesMeta?: Record<string, { optional?: boolean }>;
  workspaces?: unknown;
}

const NM = 'node_modules/';

function nameFromKey(key: string): string {
  const at = key.lastIndexOf(NM);
  return at < 0 ? key : key.slice(at + NM.length);
}

/** Node's module resolution over lockfile locations: nearest `node_modules` upwards. */
function resolveLocation(packages: Record<string, NpmEntry>, from: string, dep: string): string | undefined {
  let base = from;
  for (;;) {
    const candidate = base ? `${base}/${NM}${dep}` : `${NM}${dep}`;
    if (packages[candidate]) return candidate;
    if (base === '') return undefined;
    const at = base.lastIndexOf(`/${NM}`);
    base = at >= 0 ? base.slice(0, at) : '';
  }
}

/** Lockfile v1 nests `dependencies`; flatten it into v2's location-keyed `packages`. */
function flattenV1(tree: Record<string, unknown>, prefix: string, out: Record<string, NpmEntry>): void {
  for (const [name, raw] of Object.entries(tree)) {
    if (!isRecord(raw)) continue;
    const key = `${prefix}${NM}${name}`;
    const entry: NpmEntry = { name, dependencies: stringRecord(raw['requires']) };
    if (typeof raw['version'] === 'string') {
      // v1 writes `file:`/git specs into version; a registry version is a plain semver.
      entry.version = raw['version'];
    }
    if (typeof raw['integrity'] === 'string') entry.integrity = raw['integrity'];
    if (typeof raw['resolved'] === 'string') entry.resolved = raw['resolved'];
    if (raw['dev'] === true) entry.dev = true;
    if (raw['optional'] === true) entry.optional = true;
    out[key] = entry;
    if (isRecord(raw['dependencies'])) flattenV1(raw['dependencies'], `${key}/`, out);
  }
}

function licenseOf(value: unknown): string | undefined {
  if (typeof value === 'string' && value.trim() !== '') return value.trim();
  if (isRecord(value) && typeof value['type'] === 'string') return value['type'];
  return undefined;
}

function versionOf(entry: NpmEntry): string | undefined {
  const v = entry.version;
  if (!v) return undefined;
  // Aliased (`npm:pkg@1.0.0`) versions keep the real package's version.
  const alias = /^npm:(.+)@([^@]+)$/.exec(v);
  return alias ? alias[2] : v;
}

export function readNpmLock(input: ReaderInput): LockfileResult {
  const { file, text } = input;
  const doc = parseJson(text, file, 'package-lock.json');
  if (!isRecord(doc)) throw corrupt(file, 'package-lock.json', 'the top level is not an object', 1);
  const lockVersion = doc['lockfileVersion'];
  if (lockVersion !== 1 && lockVersion !== 2 && lockVersion !== 3) {
    throw corrupt(file, 'package-lock.json', `lockfileVersion ${JSON.stringify(lockVersion)} is not 1, 2 or 3`, new LineIndex(text).find('"lockfileVersion"') ?? 1);
  }
  const manifest = input.manifest('package.json');
  const manifestDoc = manifest ? parseJson(manifest.text, manifest.file, 'package.json') : undefined;
  const rootManifest = isRecord(manifestDoc) ? (manifestDoc as NpmEntry) : undefined;

  let packages: Record<string, NpmEntry>;
  if (isRecord(doc['packages'])) {
    packages = doc['packages'] as Record<string, NpmEntry>;
  } else {
    packages = { '': { ...(rootManifest ?? {}), name: (doc['name'] as string | undefined) ?? rootManifest?.name ?? 'root', version: (doc['version'] as string | undefined) ?? rootManifest?.version ?? '' } };
    if (isRecord(doc['dependencies'])) flattenV1(doc['dependencies'], '', packages);
  }
  const rootEntry = packages[''] ?? {};
  if (manifest && rootManifest && isRecord(doc['packages'])) checkManifest(file, manifest, rootManifest, rootEntry);

  const lines = new LineIndex(text);
  // Entries appear in file order, so each search resumes where the previous one ended.
  let cursor = 0;
  const lineOfKey = (key: string): number | undefined => {
    const needle = isRecord(doc['packages']) ? `"${key}": {` : `"${nameFromKey(key)}": {`;
    const at = text.indexOf(needle, cursor);
    if (at < 0) return undefined;
    cursor = at + needle.length;
    return lines.lineAt(at);
  };

  const rootName = rootEntry.name ?? rootManifest?.name ?? 'root';
  const project = new Map<string, ProjectPackage>();
  const projectPurl = (name: string, version: string | undefined): string => purlOf('npm', name, version);
  const root: ProjectPackage = { name: rootName, path: '', purl: projectPurl(rootName, rootEntry.version), dependencies: [], ...(rootEntry.version ? { version: rootEntry.version } : {}) };
  project.set('', root);
  for (const [key, entry] of Object.entries(packages)) {
    if (key === '' || key.includes(NM)) continue;
    const name = entry.name ?? key.split('/').pop() ?? key;
    project.set(key, { name, path: key, purl: projectPurl(name, entry.version), dependencies: [], ...(entry.version ? { version: entry.version } : {}) });
  }

  const byKey = new Map<string, Component>();
  const byPurl = new Map<string, Component>();
  for (const [key, entry] of Object.entries(packages)) {
    const line = key.includes(NM) ? lineOfKey(key) : undefined;
    if (!key.includes(NM) || entry.link) continue;
    const version = versionOf(entry);
    if (!version) continue;
    const alias = /^npm:(.+)@[^@]+$/.exec(entry.version ?? '')?.[1];
    const name = alias ?? entry.name ?? nameFromKey(key);
    const purl = purlOf('npm', name, version);
    let component = byPurl.get(purl);
    const scope = entry.dev === true || entry.devOptional === true ? 'development' : 'runtime';
    if (!component) {
      component = { name, version, purl, ecosystem: 'npm', scope, direct: false, hashes: sriToHashes(entry.integrity), dependencies: [], ...(line ? { line } : {}) };
      const license = licenseOf(entry.license);
      if (license) component.license = license;
      byPurl.set(purl, component);
    } else if (scope === 'runtime') {
      component.scope = 'runtime';
    }
    byKey.set(key, component);
  }

  const targetOf = (from: string, dep: string): string | undefined => {
    const location = resolveLocation(packages, from, dep);
    if (location === undefined) return undefined;
    const entry = packages[location];
    if (entry?.link && typeof entry.resolved === 'string') return project.get(entry.resolved)?.purl;
    return byKey.get(location)?.purl;
  };
  const depsOf = (entry: NpmEntry): string[] => [
    ...Object.keys(entry.dependencies ?? {}),
    ...Object.keys(entry.optionalDependencies ?? {}),
    ...Object.keys(entry.peerDependencies ?? {}).filter((p) => entry.peerDependenciesMeta?.[p]?.optional !== true),
  ];

  for (const [key, component] of byKey) {
    const entry = packages[key];
    if (!entry) continue;
    for (const dep of depsOf(entry)) {
      const target = targetOf(key, dep);
      if (target && target !== component.purl && !component.dependencies.includes(target)) component.dependencies.push(target);
    }
  }
  const purlToComponent = new Map([...byKey.values()].map((c) => [c.purl, c]));
  for (const [key, pkg] of project) {
    const entry = key === '' && !isRecord(doc['packages']) ? rootManifest ?? {} : packages[key] ?? {};
    for (const dep of [...depsOf(entry), ...Object.keys(entry.devDependencies ?? {})]) {
      const target = targetOf(key, dep);
      if (!target) continue;
      if (!pkg.dependencies.includes(target)) pkg.dependencies.push(target);
      const component = purlToComponent.get(target);
      if (component) component.direct = true;
    }
  }

  const workspaces = [...project.values()].filter((p) => p !== root);
  return { file, kind: 'npm', ecosystem: 'npm', root, workspaces, components: [...byPurl.values()] };
}

/** `npm ci` refuses a lockfile whose root does not list what package.json declares; so do we. */
function checkManifest(file: string, manifest: { file: string; text: string }, declared: NpmEntry, locked: NpmEntry): void {
  const lines = new LineIndex(manifest.text);
  for (const field of ['dependencies', 'devDependencies', 'optionalDependencies'] as const) {
    const want = stringRecord(declared[field]);
    const have = { ...stringRecord(locked.dependencies), ...stringRecord(locked.devDependencies), ...stringRecord(locked.optionalDependencies) };
    for (const [name, spec] of Object.entries(want)) {
      if (have[name] === spec) continue;
      const line = lines.find(`"${name}"`);
      const problem = have[name] === undefined ? `${name}@${spec} is declared but not in the lockfile` : `${name} is declared as ${spec} but locked as ${have[name]}`;
      throw new ConfigurationError(
        `${manifest.file}${line ? `:${line}` : ''}: ${file} does not match its manifest: ${problem} (${field}). Run 'npm install' and commit the updated lockfile.`,
        { file: manifest.file, ...(line ? { line } : {}) },
      );
    }
  }
}
