import type { Component, Hash, LockfileResult, ProjectPackage } from '../model.ts';
import { purlOf } from '../purl.ts';
import { LineIndex, corrupt, isRecord, parseJson } from '../text.ts';
import { addUnique, assignScopes, markDirect } from './graph.ts';
import { parseToml, records } from './toml.ts';
import type { ReaderInput } from './types.ts';

/** PEP 503 normalised name, the key every Python lockfile's references agree on. */
export function normalise(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-');
}

function sha256(value: unknown): Hash[] {
  if (typeof value !== 'string') return [];
  const m = /^sha256:([0-9a-f]{64})$/i.exec(value.trim());
  return m?.[1] ? [{ alg: 'SHA-256', content: m[1].toLowerCase() }] : [];
}

function component(name: string, version: string, line: number | undefined, hashes: Hash[] = []): Component {
  return { name, version, purl: purlOf('pypi', name, version), ecosystem: 'pypi', scope: 'runtime', direct: false, hashes, dependencies: [], ...(line ? { line } : {}) };
}

function projectFromPyproject(input: ReaderInput): { project: ProjectPackage; runtime: string[]; development: string[] } {
  const found = input.manifest('pyproject.toml');
  const doc = found ? parseToml(found.text, found.file, 'pyproject.toml') : {};
  const project = isRecord(doc['project']) ? doc['project'] : {};
  const poetry = isRecord(doc['tool']) && isRecord(doc['tool']['poetry']) ? doc['tool']['poetry'] : {};
  const name = String(project['name'] ?? poetry['name'] ?? 'root');
  const version = typeof (project['version'] ?? poetry['version']) === 'string' ? String(project['version'] ?? poetry['version']) : undefined;
  const requirement = (spec: unknown): string | undefined => (typeof spec === 'string' ? /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(spec)?.[1] : undefined);
  const runtime = (Array.isArray(project['dependencies']) ? project['dependencies'] : []).map(requirement).filter((n): n is string => !!n);
  if (isRecord(poetry['dependencies'])) runtime.push(...Object.keys(poetry['dependencies']).filter((n) => n !== 'python'));
  const development: string[] = [];
  const groups = isRecord(doc['dependency-groups']) ? doc['dependency-groups'] : {};
  for (const list of Object.values(groups)) if (Array.isArray(list)) development.push(...list.map(requirement).filter((n): n is string => !!n));
  const poetryGroups = isRecord(poetry['group']) ? poetry['group'] : {};
  for (const group of Object.values(poetryGroups)) if (isRecord(group) && isRecord(group['dependencies'])) development.push(...Object.keys(group['dependencies']));
  if (isRecord(poetry['dev-dependencies'])) development.push(...Object.keys(poetry['dev-dependencies']));
  return { project: { name, path: '', purl: purlOf('pypi', name, version), dependencies: [], ...(version ? { version } : {}) }, runtime, development };
}

function finish(file: string, kind: LockfileResult['kind'], root: ProjectPackage, components: Map<string, Component>, runtime: string[], development: string[]): LockfileResult {
  const runtimeRoots: string[] = [];
  for (const [names, isRuntime] of [[runtime, true], [development, false]] as const) {
    for (const name of names) {
      const target = components.get(normalise(name))?.purl;
      addUnique(root.dependencies, target);
      if (isRuntime && target) runtimeRoots.push(target);
    }
  }
  const list = [...components.values()];
  markDirect(list, [root]);
  assignScopes(list, runtimeRoots);
  return { file, kind, ecosystem: 'pypi', root, workspaces: [], components: list };
}

export function readPoetryLock(input: ReaderInput): LockfileResult {
  const doc = parseToml(input.text, input.file, 'poetry.lock');
  const lines = new LineIndex(input.text);
  const byName = new Map<string, Component>();
  const packages = records(doc['package']);
  let cursor = 0;
  const groupsOf = new Map<string, unknown>();
  for (const pkg of packages) {
    const name = String(pkg['name'] ?? '');
    const version = String(pkg['version'] ?? '');
    if (!name || !version) throw corrupt(input.file, 'poetry.lock', 'a [[package]] has no name or version', lines.find('[[package]]', cursor));
    const at = input.text.indexOf(`name = "${name}"`, cursor);
    if (at >= 0) cursor = at;
    const files = records(pkg['files']);
    byName.set(normalise(name), component(name, version, at >= 0 ? lines.lineAt(at) : undefined, files.flatMap((f) => sha256(f['hash'])).slice(0, 1)));
    groupsOf.set(normalise(name), pkg['groups']);
  }
  for (const pkg of packages) {
    const c = byName.get(normalise(String(pkg['name'])));
    if (!c || !isRecord(pkg['dependencies'])) continue;
    for (const dep of Object.keys(pkg['dependencies'])) addUnique(c.dependencies, byName.get(normalise(dep))?.purl);
  }
  const { project, runtime, development } = projectFromPyproject(input);
  const result = finish(input.file, 'poetry', project, byName, runtime, development);
  // Poetry 2 records the groups a package belongs to; that is more exact than reachability.
  for (const c of result.components) {
    const groups = groupsOf.get(normalise(c.name));
    if (Array.isArray(groups)) c.scope = groups.includes('main') ? 'runtime' : 'development';
  }
  return result;
}

export function readUvLock(input: ReaderInput): LockfileResult {
  const doc = parseToml(input.text, input.file, 'uv.lock');
  const lines = new LineIndex(input.text);
  // uv may lock two versions of one name for different markers, so versions stay apart.
  const byName = new Map<string, Component[]>();
  const packages = records(doc['package']);
  let rootPkg: Record<string, unknown> | undefined;
  let cursor = 0;
  const owners = new Map<Record<string, unknown>, Component>();
  for (const pkg of packages) {
    const name = String(pkg['name'] ?? '');
    const source = isRecord(pkg['source']) ? pkg['source'] : {};
    if (source['editable'] === '.' || source['virtual'] === '.') {
      rootPkg = pkg;
      continue;
    }
    const version = String(pkg['version'] ?? '');
    if (!name || !version) throw corrupt(input.file, 'uv.lock', 'a [[package]] has no name or version', lines.find('[[package]]', cursor));
    const at = input.text.indexOf(`name = "${name}"`, cursor);
    if (at >= 0) cursor = at;
    const sdist = isRecord(pkg['sdist']) ? pkg['sdist'] : {};
    const c = component(name, version, at >= 0 ? lines.lineAt(at) : undefined, sha256(sdist['hash']));
    byName.set(normalise(name), [...(byName.get(normalise(name)) ?? []), c]);
    owners.set(pkg, c);
  }
  const refs = (value: unknown): { name: string; version?: string }[] =>
    records(value).map((d) => ({ name: String(d['name'] ?? ''), ...(typeof d['version'] === 'string' ? { version: d['version'] } : {}) })).filter((d) => d.name !== '');
  const resolve = (ref: { name: string; version?: string }): Component[] => {
    const all = byName.get(normalise(ref.name)) ?? [];
    return ref.version ? all.filter((c) => c.version === ref.version) : all;
  };
  const groups = (value: unknown): { name: string; version?: string }[] => (isRecord(value) ? Object.values(value).flatMap(refs) : []);
  for (const [pkg, c] of owners) {
    for (const ref of [...refs(pkg['dependencies']), ...groups(pkg['optional-dependencies'])]) for (const target of resolve(ref)) addUnique(c.dependencies, target.purl);
  }
  const fromManifest = projectFromPyproject(input);
  const name = String(rootPkg?.['name'] ?? fromManifest.project.name);
  const version = typeof rootPkg?.['version'] === 'string' ? rootPkg['version'] : fromManifest.project.version;
  const root: ProjectPackage = { name, path: '', purl: purlOf('pypi', name, version), dependencies: [], ...(version ? { version } : {}) };
  const runtime = rootPkg ? [...refs(rootPkg['dependencies']), ...groups(rootPkg['optional-dependencies'])] : fromManifest.runtime.map((n) => ({ name: n }));
  const development = rootPkg ? groups(rootPkg['dev-dependencies']) : fromManifest.development.map((n) => ({ name: n }));
  const runtimeRoots: string[] = [];
  for (const [list, isRuntime] of [[runtime, true], [development, false]] as const) {
    for (const ref of list) {
      for (const target of resolve(ref)) {
        addUnique(root.dependencies, target.purl);
        if (isRuntime) runtimeRoots.push(target.purl);
      }
    }
  }
  const components = [...byName.values()].flat();
  markDirect(components, [root]);
  assignScopes(components, runtimeRoots);
  return { file: input.file, kind: 'uv', ecosystem: 'pypi', root, workspaces: [], components };
}

export function readPipfileLock(input: ReaderInput): LockfileResult {
  const doc = parseJson(input.text, input.file, 'Pipfile.lock');
  if (!isRecord(doc) || !isRecord(doc['_meta'])) throw corrupt(input.file, 'Pipfile.lock', 'it has no _meta section', 1);
  const lines = new LineIndex(input.text);
  const byName = new Map<string, Component>();
  const sections: Record<string, Set<string>> = { default: new Set(), develop: new Set() };
  for (const section of ['default', 'develop'] as const) {
    const entries = isRecord(doc[section]) ? doc[section] : {};
    const sectionAt = input.text.indexOf(`"${section}"`);
    for (const [name, raw] of Object.entries(entries)) {
      if (!isRecord(raw)) continue;
      sections[section]?.add(normalise(name));
      if (byName.has(normalise(name))) continue;
      const version = typeof raw['version'] === 'string' ? raw['version'].replace(/^==/, '') : '';
      if (!version) continue;
      const hashes = Array.isArray(raw['hashes']) ? raw['hashes'].flatMap(sha256).slice(0, 1) : [];
      byName.set(normalise(name), component(name, version, lines.find(`"${name}": {`, Math.max(0, sectionAt)), hashes));
    }
  }
  // Pipfile.lock keeps no edges; the Pipfile says which packages the project asked for.
  const pipfile = input.manifest('Pipfile');
  const manifest = pipfile ? parseToml(pipfile.text, pipfile.file, 'Pipfile') : {};
  const declared = (key: string): string[] => (isRecord(manifest[key]) ? Object.keys(manifest[key]) : []);
  const root: ProjectPackage = { name: 'root', path: '', purl: purlOf('pypi', 'root', undefined), dependencies: [] };
  const runtime = pipfile ? declared('packages') : [...(sections['default'] ?? [])];
  const development = pipfile ? declared('dev-packages') : [...(sections['develop'] ?? [])];
  const result = finish(input.file, 'pipenv', root, byName, runtime, development);
  for (const c of result.components) c.scope = sections['default']?.has(normalise(c.name)) ? 'runtime' : 'development';
  return result;
}

/** pip-compile output: `name==version` with `--hash` continuations and `# via` comments. */
export function readRequirements(input: ReaderInput): LockfileResult {
  const lines = input.text.split(/\r?\n/);
  const byName = new Map<string, Component>();
  const via = new Map<string, string[]>();
  const direct = new Set<string>();
  let current: Component | undefined;
  let inVia = false;
  for (const [i, raw] of lines.entries()) {
    const line = raw.trim();
    if (line === '') continue;
    if (line.startsWith('#')) {
      const comment = line.replace(/^#\s*/, '');
      if (!current) continue;
      if (comment.startsWith('via')) {
        inVia = true;
        const rest = comment.slice(3).trim();
        if (rest) recordVia(rest, current);
      } else if (inVia && raw.startsWith('    #   ')) {
        recordVia(comment, current);
      } else {
        inVia = false;
      }
      continue;
    }
    if (line.startsWith('--hash=')) {
      if (current) current.hashes.push(...sha256(line.replace(/^--hash=/, '').replace(/\s*\\$/, '')).filter(() => current?.hashes.length === 0));
      continue;
    }
    if (line.startsWith('-')) continue;
    const m = /^([A-Za-z0-9][A-Za-z0-9._-]*)(\[[^\]]*\])?\s*===?\s*([^\s;\\#]+)/.exec(line);
    if (!m?.[1] || !m[3]) {
      throw corrupt(input.file, 'pinned requirements file', `line '${line.slice(0, 60)}' is not pinned as name==version (generate it with pip-compile or 'pip freeze')`, i + 1);
    }
    current = component(m[1], m[3], i + 1);
    inVia = false;
    if (!byName.has(normalise(m[1]))) byName.set(normalise(m[1]), current);
    const hash = /--hash=(\S+)/.exec(line)?.[1];
    if (hash) current.hashes.push(...sha256(hash));
  }
  function recordVia(text: string, target: Component): void {
    if (text.startsWith('-r') || text.startsWith('-c')) {
      direct.add(normalise(target.name));
      return;
    }
    const parent = /^([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(text)?.[1];
    if (parent) via.set(normalise(parent), [...(via.get(normalise(parent)) ?? []), target.purl]);
  }
  for (const [parent, children] of via) {
    const c = byName.get(parent);
    if (c) for (const child of children) addUnique(c.dependencies, child);
  }
  const root: ProjectPackage = { name: 'root', path: '', purl: purlOf('pypi', 'root', undefined), dependencies: [] };
  // Without `# via` annotations every pinned line counts as declared by the project.
  const declared = direct.size > 0 ? [...direct] : [...byName.keys()];
  return finish(input.file, 'requirements', root, byName, declared, []);
}
