import { parseSyml } from '@yarnpkg/parsers';
import type { Component, LockfileResult, ProjectPackage } from '../model.ts';
import { purlOf } from '../purl.ts';
import { LineIndex, corrupt, isRecord, sriToHashes, stringRecord } from '../text.ts';
import { addUnique, assignScopes, markDirect, splitDescriptor } from './graph.ts';
import { readJsManifest, type JsManifest } from './js-manifests.ts';
import type { ReaderInput } from './types.ts';

interface YarnEntry {
  version?: string;
  resolution?: string;
  integrity?: string;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
}

export function readYarnLock(input: ReaderInput): LockfileResult {
  const berry = /^__metadata:/m.test(input.text);
  return berry ? readBerry(input) : readClassic(input);
}

function projectOf(manifest: JsManifest | undefined, path: string): ProjectPackage {
  const name = manifest?.name ?? 'root';
  return { name, path, purl: purlOf('npm', name, manifest?.version), dependencies: [], ...(manifest?.version ? { version: manifest.version } : {}) };
}

/** Yarn's own parser (@yarnpkg/parsers) reads both the v1 format and Berry's YAML subset. */
function parseYarnSyml(file: string, what: string, text: string): Record<string, unknown> {
  try {
    return parseSyml(text) as Record<string, unknown>;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const line = /line (\d+)/i.exec(message)?.[1];
    throw corrupt(file, what, message.split('\n')[0] ?? message, line ? Number(line) : undefined);
  }
}

function readClassic(input: ReaderInput): LockfileResult {
  const { file, text } = input;
  const lines = new LineIndex(text);
  const conflict = lines.find('<<<<<<<');
  if (conflict !== undefined) throw corrupt(file, 'yarn.lock (v1)', 'it contains unresolved merge conflict markers', conflict);
  if (!/^# yarn lockfile v1/m.test(text)) throw corrupt(file, 'yarn.lock (v1)', "it has neither the '# yarn lockfile v1' header nor Berry's __metadata", 1);
  const object = parseYarnSyml(file, 'yarn.lock (v1)', text) as Record<string, YarnEntry>;
  const byDescriptor = new Map<string, Component>();
  const byPurl = new Map<string, Component>();
  let cursor = 0;
  for (const [descriptor, entry] of Object.entries(object)) {
    const { name } = splitDescriptor(descriptor);
    if (!isRecord(entry) || typeof entry.version !== 'string') throw corrupt(file, 'yarn.lock (v1)', `the entry '${descriptor}' has no version`, lines.find(descriptor));
    const purl = purlOf('npm', name, entry.version);
    let component = byPurl.get(purl);
    if (!component) {
      const at = text.indexOf(`${descriptor}`, cursor);
      if (at >= 0) cursor = at;
      component = { name, version: entry.version, purl, ecosystem: 'npm', scope: 'runtime', direct: false, hashes: sriToHashes(typeof entry.integrity === 'string' ? entry.integrity : undefined), dependencies: [], ...(at >= 0 ? { line: lines.lineAt(at) } : {}) };
      byPurl.set(purl, component);
    }
    byDescriptor.set(descriptor, component);
  }
  for (const [descriptor, entry] of Object.entries(object)) {
    const component = byDescriptor.get(descriptor);
    if (!component) continue;
    for (const [dep, range] of Object.entries({ ...entry.dependencies, ...entry.optionalDependencies })) addUnique(component.dependencies, byDescriptor.get(`${dep}@${range}`)?.purl);
  }
  return finishJs(input, 'yarn-classic', [...byPurl.values()], (dep, range) => byDescriptor.get(`${dep}@${range}`)?.purl);
}

/** Berry writes ranges with their protocol (`npm:^1.0.0`); package.json usually omits `npm:`. */
function berryDescriptor(dep: string, range: string): string[] {
  return /^[a-z]+:/.test(range) ? [`${dep}@${range}`] : [`${dep}@npm:${range}`, `${dep}@${range}`];
}

function readBerry(input: ReaderInput): LockfileResult {
  const { file, text } = input;
  const lines = new LineIndex(text);
  const conflict = lines.find('<<<<<<<');
  if (conflict !== undefined) throw corrupt(file, 'yarn.lock (Berry)', 'it contains unresolved merge conflict markers', conflict);
  const doc = parseYarnSyml(file, 'yarn.lock (Berry)', text);
  const byDescriptor = new Map<string, Component>();
  const byPurl = new Map<string, Component>();
  const workspaceDescriptors = new Map<string, string>();
  let cursor = 0;
  for (const [key, raw] of Object.entries(doc)) {
    if (key === '__metadata' || !isRecord(raw)) continue;
    const entry = raw as YarnEntry;
    const descriptors = key.split(/,\s*/);
    const resolution = entry.resolution ?? '';
    const { name, range } = splitDescriptor(resolution);
    if (range.startsWith('workspace:')) {
      for (const d of descriptors) workspaceDescriptors.set(d, range.slice('workspace:'.length));
      continue;
    }
    if (!entry.version || !name) continue;
    const purl = purlOf('npm', name, entry.version);
    let component = byPurl.get(purl);
    if (!component) {
      const at = text.indexOf(`${descriptors[0]}`, cursor);
      if (at >= 0) cursor = at;
      component = { name, version: entry.version, purl, ecosystem: 'npm', scope: 'runtime', direct: false, hashes: [], dependencies: [], ...(at >= 0 ? { line: lines.lineAt(at) } : {}) };
      byPurl.set(purl, component);
    }
    for (const d of descriptors) byDescriptor.set(d, component);
  }
  const lookup = (dep: string, range: string): string | undefined => {
    for (const d of berryDescriptor(dep, range)) {
      const hit = byDescriptor.get(d)?.purl;
      if (hit) return hit;
    }
    return undefined;
  };
  for (const [key, raw] of Object.entries(doc)) {
    if (key === '__metadata' || !isRecord(raw)) continue;
    const component = byDescriptor.get(key.split(/,\s*/)[0] ?? '');
    if (!component) continue;
    for (const [dep, range] of Object.entries(stringRecord((raw as YarnEntry).dependencies))) addUnique(component.dependencies, lookup(dep, range));
  }
  const workspacePaths = [...new Set(workspaceDescriptors.values())].filter((p) => p !== '.');
  return finishJs(input, 'yarn-berry', [...byPurl.values()], lookup, workspacePaths);
}

/**
 * Links the project's own packages (root and workspaces, from their package.json) to the
 * locked components, marks direct dependencies, and derives scopes from the runtime edges.
 */
export function finishJs(
  input: ReaderInput,
  kind: 'yarn-classic' | 'yarn-berry' | 'pnpm',
  components: Component[],
  lookup: (dep: string, range: string) => string | undefined,
  knownWorkspacePaths: string[] = [],
): LockfileResult {
  const rootManifest = readJsManifest(input, '');
  const root = projectOf(rootManifest, '');
  const workspacePaths = new Set(knownWorkspacePaths);
  for (const pattern of rootManifest?.workspaces ?? []) for (const dir of input.workspaceDirs?.(pattern) ?? []) workspacePaths.add(dir);
  const manifests: [ProjectPackage, JsManifest | undefined][] = [[root, rootManifest]];
  for (const path of [...workspacePaths].sort()) {
    const manifest = readJsManifest(input, path);
    manifests.push([projectOf(manifest, path), manifest]);
  }
  const projectByName = new Map(manifests.map(([p]) => [p.name, p.purl]));
  const runtimeRoots: string[] = [];
  for (const [project, manifest] of manifests) {
    if (!manifest) continue;
    for (const [field, runtime] of [[manifest.runtime, true], [manifest.development, false]] as const) {
      for (const [dep, range] of Object.entries(field)) {
        const target = range.startsWith('workspace:') || range.startsWith('link:') ? projectByName.get(dep) : lookup(dep, range) ?? projectByName.get(dep);
        addUnique(project.dependencies, target);
        if (runtime && target) runtimeRoots.push(target);
      }
    }
  }
  const projects = manifests.map(([p]) => p);
  markDirect(components, projects);
  if (rootManifest) assignScopes(components, runtimeRoots);
  return { file: input.file, kind, ecosystem: 'npm', root, workspaces: projects.slice(1), components };
}
