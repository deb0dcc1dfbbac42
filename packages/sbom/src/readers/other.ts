import { ConfigurationError } from '@pipeline/core';
import type { Component, LockfileResult, ProjectPackage } from '../model.ts';
import { purlOf } from '../purl.ts';
import { LineIndex, corrupt, isRecord, parseJson, stringRecord } from '../text.ts';
import { addUnique, assignScopes, markDirect } from './graph.ts';
import { parseToml, records } from './toml.ts';
import type { ReaderInput } from './types.ts';

interface GoRequire {
  path: string;
  version: string;
  indirect: boolean;
  line: number;
}

/**
 * go.mod's require and replace directives (the grammar is small and stable; Go's own
 * parser is not available in JavaScript). go.sum proves the versions were resolved.
 */
export function readGoModules(input: ReaderInput): LockfileResult {
  const goMod = input.file.endsWith('go.mod') ? { file: input.file, text: input.text } : input.manifest('go.mod');
  if (!goMod) throw new ConfigurationError(`${input.file} has no go.mod next to it; a go.sum alone does not say which modules the build uses.`, { file: input.file });
  const goSum = input.file.endsWith('go.sum') ? { file: input.file, text: input.text } : input.manifest('go.sum');
  const requires: GoRequire[] = [];
  const replaces = new Map<string, { path: string; version: string | undefined }>();
  let moduleName = 'root';
  let block: string | undefined;
  for (const [i, raw] of goMod.text.split(/\r?\n/).entries()) {
    const indirect = /\/\/\s*indirect\b/.test(raw);
    const line = raw.replace(/\/\/.*$/, '').trim();
    if (line === '') continue;
    if (line === ')') {
      block = undefined;
      continue;
    }
    const open = /^(require|replace|exclude|retract|tool|godebug|ignore)\s*\($/.exec(line);
    if (open) {
      block = open[1];
      continue;
    }
    let directive = block;
    let rest = line;
    const single = /^(module|go|toolchain|require|replace|exclude|retract|tool|godebug|ignore)\s+(.*)$/.exec(line);
    if (!block && single) {
      directive = single[1];
      rest = single[2] ?? '';
    } else if (!block) {
      throw corrupt(goMod.file, 'go.mod', `unknown directive '${line.slice(0, 40)}'`, i + 1);
    }
    const fields = rest.split(/\s+/).map((f) => f.replace(/^"|"$/g, ''));
    if (directive === 'module') moduleName = fields[0] ?? moduleName;
    if (directive === 'require') {
      if (!fields[0] || !fields[1] || !/^v\d/.test(fields[1])) throw corrupt(goMod.file, 'go.mod', `require '${rest}' is not 'module vX.Y.Z'`, i + 1);
      requires.push({ path: fields[0], version: fields[1], indirect, line: i + 1 });
    }
    if (directive === 'replace') {
      const arrow = fields.indexOf('=>');
      const from = fields[0];
      const to = fields[arrow + 1];
      if (arrow < 0 || !from || !to) throw corrupt(goMod.file, 'go.mod', `replace '${rest}' has no '=>'`, i + 1);
      replaces.set(from, { path: to, version: fields[arrow + 2] });
    }
  }
  const sumLines = new Set((goSum?.text ?? '').split(/\r?\n/).map((l) => l.split(/\s+/).slice(0, 2).join(' ').replace(/\/go\.mod$/, '')));
  const components: Component[] = [];
  const root: ProjectPackage = { name: moduleName, path: '', purl: purlOf('golang', moduleName, undefined), dependencies: [] };
  for (const req of requires) {
    const replaced = replaces.get(req.path);
    // A replacement by a local directory is part of this checkout, not a dependency.
    if (replaced && (replaced.path.startsWith('./') || replaced.path.startsWith('../') || replaced.path.startsWith('/'))) continue;
    const path = replaced?.path ?? req.path;
    const version = replaced?.version ?? req.version;
    if (goSum && !sumLines.has(`${path} ${version}`)) {
      throw new ConfigurationError(
        `${goMod.file}:${req.line}: ${goSum.file} does not match its manifest: it has no checksum for ${path} ${version}. Run 'go mod tidy' and commit go.sum.`,
        { file: goMod.file, line: req.line },
      );
    }
    const purl = purlOf('golang', path, version);
    components.push({ name: path, version, purl, ecosystem: 'golang', scope: 'runtime', direct: !req.indirect, hashes: [], dependencies: [], line: req.line });
    if (!req.indirect) root.dependencies.push(purl);
  }
  return { file: goMod.file, kind: 'go', ecosystem: 'golang', root, workspaces: [], components };
}

export function readCargoLock(input: ReaderInput): LockfileResult {
  const doc = parseToml(input.text, input.file, 'Cargo.lock');
  const lines = new LineIndex(input.text);
  const packages = records(doc['package']);
  const byNameVersion = new Map<string, Component>();
  const byName = new Map<string, Component[]>();
  const members: ProjectPackage[] = [];
  const memberOf = new Map<Record<string, unknown>, ProjectPackage>();
  let cursor = 0;
  for (const pkg of packages) {
    const name = String(pkg['name'] ?? '');
    const version = String(pkg['version'] ?? '');
    if (!name || !version) throw corrupt(input.file, 'Cargo.lock', 'a [[package]] has no name or version', lines.find('[[package]]', cursor));
    const at = input.text.indexOf(`name = "${name}"\nversion = "${version}"`, cursor);
    if (at >= 0) cursor = at;
    if (pkg['source'] === undefined) {
      // No source: a member of this workspace (or a path dependency inside it).
      const member: ProjectPackage = { name, version, path: '', purl: purlOf('cargo', name, version), dependencies: [] };
      members.push(member);
      memberOf.set(pkg, member);
      continue;
    }
    const checksum = typeof pkg['checksum'] === 'string' && /^[0-9a-f]{64}$/.test(pkg['checksum']) ? [{ alg: 'SHA-256' as const, content: pkg['checksum'] }] : [];
    const component: Component = { name, version, purl: purlOf('cargo', name, version), ecosystem: 'cargo', scope: 'runtime', direct: false, hashes: checksum, dependencies: [], ...(at >= 0 ? { line: lines.lineAt(at) } : {}) };
    byNameVersion.set(`${name} ${version}`, component);
    byName.set(name, [...(byName.get(name) ?? []), component]);
  }
  const memberByName = new Map(members.map((m) => [m.name, m]));
  // `name`, `name version` or `name version (source)`: the version is only written when ambiguous.
  const resolve = (ref: string): string | undefined => {
    const [name = '', version] = ref.split(' ');
    if (version) return byNameVersion.get(`${name} ${version}`)?.purl ?? memberByName.get(name)?.purl;
    return byName.get(name)?.[0]?.purl ?? memberByName.get(name)?.purl;
  };
  for (const pkg of packages) {
    const deps = Array.isArray(pkg['dependencies']) ? pkg['dependencies'].filter((d): d is string => typeof d === 'string') : [];
    const target = memberOf.get(pkg) ?? byNameVersion.get(`${String(pkg['name'])} ${String(pkg['version'])}`);
    if (target) for (const dep of deps) addUnique(target.dependencies, resolve(dep));
  }
  const manifest = input.manifest('Cargo.toml');
  const cargoToml = manifest ? parseToml(manifest.text, manifest.file, 'Cargo.toml') : {};
  const rootName = isRecord(cargoToml['package']) ? String(cargoToml['package']['name']) : undefined;
  const root = members.find((m) => m.name === rootName) ?? members[0] ?? { name: 'root', path: '', purl: purlOf('cargo', 'root', undefined), dependencies: [] };
  const components = [...byNameVersion.values()];
  markDirect(components, members);
  // Cargo.lock does not separate dev-dependencies; Cargo.toml does, for the root crate.
  const devOnly = new Set(Object.keys(isRecord(cargoToml['dev-dependencies']) ? cargoToml['dev-dependencies'] : {}));
  const runtimeRoots = members.flatMap((m) => (m === root ? m.dependencies.filter((p) => !components.some((c) => c.purl === p && devOnly.has(c.name))) : m.dependencies));
  if (manifest) assignScopes(components, runtimeRoots);
  return { file: input.file, kind: 'cargo', ecosystem: 'cargo', root, workspaces: members.filter((m) => m !== root), components };
}

/** Gemfile.lock: indented `name (version[-platform])` specs per source section, then DEPENDENCIES and CHECKSUMS. */
export function readGemfileLock(input: ReaderInput): LockfileResult {
  const text = input.text;
  if (/^<<<<<<< /m.test(text)) throw corrupt(input.file, 'Gemfile.lock', 'it contains merge conflict markers', new LineIndex(text).find('<<<<<<<'));
  const lines = text.split(/\r?\n/);
  let section = '';
  let inSpecs = false;
  let current: { component?: Component; project?: ProjectPackage } = {};
  const byName = new Map<string, Component[]>();
  const components: Component[] = [];
  const projects: ProjectPackage[] = [];
  const edges: [Component | ProjectPackage, string][] = [];
  const declared: string[] = [];
  const checksums = new Map<string, string>();
  for (const [i, line] of lines.entries()) {
    if (/^[A-Z]/.test(line)) {
      section = line.trim();
      inSpecs = false;
      continue;
    }
    if (line.trim() === '') continue;
    if (section === 'GEM' || section === 'PATH' || section === 'GIT') {
      if (line === '  specs:') {
        inSpecs = true;
        continue;
      }
      if (!inSpecs) continue;
      const spec = /^ {4}(\S+) \(([^)]+)\)$/.exec(line);
      if (spec?.[1] && spec[2]) {
        const [version = '', ...platform] = spec[2].split('-');
        const qualifiers = platform.length > 0 && !/^\d/.test(platform[0] ?? '') ? { platform: platform.join('-') } : undefined;
        const fullVersion = qualifiers ? version : spec[2];
        const purl = purlOf('gem', spec[1], fullVersion, qualifiers);
        if (section === 'PATH') {
          const project: ProjectPackage = { name: spec[1], version: fullVersion, path: '', purl, dependencies: [] };
          projects.push(project);
          current = { project };
        } else {
          const component: Component = { name: spec[1], version: fullVersion, purl, ecosystem: 'gem', scope: 'runtime', direct: false, hashes: [], dependencies: [], line: i + 1 };
          components.push(component);
          byName.set(spec[1], [...(byName.get(spec[1]) ?? []), component]);
          current = { component };
        }
        continue;
      }
      const dep = /^ {6}(\S+)/.exec(line);
      const owner = current.component ?? current.project;
      if (dep?.[1] && owner) {
        edges.push([owner, dep[1]]);
        continue;
      }
      throw corrupt(input.file, 'Gemfile.lock', `unexpected line '${line.trim().slice(0, 60)}' in ${section} specs`, i + 1);
    }
    if (section === 'DEPENDENCIES') {
      const name = /^ {2}(\S+?)!?(\s|$)/.exec(line)?.[1];
      if (name) declared.push(name);
    }
    if (section === 'CHECKSUMS') {
      const m = /^ {2}(\S+) \(([^)]+)\) sha256=([0-9a-f]{64})/.exec(line);
      if (m?.[1] && m[2] && m[3]) checksums.set(`${m[1]} ${m[2]}`, m[3]);
    }
  }
  if (!lines.some((l) => /^(GEM|PATH|GIT)$/.test(l))) throw corrupt(input.file, 'Gemfile.lock', 'it has no GEM, PATH or GIT section', 1);
  const projectByName = new Map(projects.map((p) => [p.name, p]));
  for (const c of components) {
    const sum = checksums.get(`${c.name} ${c.purl.includes('platform=') ? `${c.version}-${decodeURIComponent(/platform=([^&]+)/.exec(c.purl)?.[1] ?? '')}` : c.version}`);
    if (sum) c.hashes.push({ alg: 'SHA-256', content: sum });
  }
  // Platform variants of one gem share its dependencies; an edge points at every variant.
  for (const [owner, name] of edges) {
    for (const target of byName.get(name) ?? []) addUnique(owner.dependencies, target.purl);
    addUnique(owner.dependencies, projectByName.get(name)?.purl);
  }
  const root: ProjectPackage = { name: 'root', path: '', purl: purlOf('gem', 'root', undefined), dependencies: [] };
  for (const name of declared) {
    for (const target of byName.get(name) ?? []) addUnique(root.dependencies, target.purl);
    addUnique(root.dependencies, projectByName.get(name)?.purl);
  }
  const all = [root, ...projects];
  markDirect(components, all);
  return { file: input.file, kind: 'bundler', ecosystem: 'gem', root, workspaces: projects, components };
}

export function readComposerLock(input: ReaderInput): LockfileResult {
  const doc = parseJson(input.text, input.file, 'composer.lock');
  if (!isRecord(doc) || !Array.isArray(doc['packages'])) throw corrupt(input.file, 'composer.lock', "it has no 'packages' list", 1);
  const lines = new LineIndex(input.text);
  const byName = new Map<string, Component>();
  const requires = new Map<string, string[]>();
  for (const [section, scope] of [['packages', 'runtime'], ['packages-dev', 'development']] as const) {
    for (const pkg of records(doc[section])) {
      const name = String(pkg['name'] ?? '');
      const version = String(pkg['version'] ?? '');
      if (!name || !version) continue;
      const dist = isRecord(pkg['dist']) ? pkg['dist'] : {};
      const shasum = typeof dist['shasum'] === 'string' && /^[0-9a-f]{40}$/.test(dist['shasum']) ? [{ alg: 'SHA-1' as const, content: dist['shasum'] }] : [];
      const licenses = Array.isArray(pkg['license']) ? pkg['license'].filter((l): l is string => typeof l === 'string') : [];
      const line = lines.find(`"name": "${name.replace(/\//g, '\\/')}"`) ?? lines.find(`"name": "${name}"`);
      const component: Component = { name, version, purl: purlOf('composer', name, version), ecosystem: 'composer', scope, direct: false, hashes: shasum, dependencies: [], ...(line ? { line } : {}) };
      // composer writes several licenses as a disjunction: the user may pick one.
      if (licenses.length > 0) component.license = licenses.length === 1 ? (licenses[0] as string) : `(${licenses.join(' OR ')})`;
      byName.set(name.toLowerCase(), component);
      requires.set(name.toLowerCase(), Object.keys(stringRecord(pkg['require'])));
    }
  }
  for (const [name, deps] of requires) {
    const c = byName.get(name);
    if (c) for (const dep of deps) addUnique(c.dependencies, byName.get(dep.toLowerCase())?.purl);
  }
  const manifest = input.manifest('composer.json');
  const composerJson = manifest ? parseJson(manifest.text, manifest.file, 'composer.json') : {};
  const m = isRecord(composerJson) ? composerJson : {};
  const rootName = typeof m['name'] === 'string' ? m['name'] : 'root/root';
  const root: ProjectPackage = { name: rootName, path: '', purl: purlOf('composer', rootName, undefined), dependencies: [] };
  const runtime = Object.keys(stringRecord(m['require']));
  for (const dep of [...runtime, ...Object.keys(stringRecord(m['require-dev']))]) addUnique(root.dependencies, byName.get(dep.toLowerCase())?.purl);
  if (manifest) {
    const missing = [...runtime, ...Object.keys(stringRecord(m['require-dev']))].find((d) => !/^(php|ext-|lib-|composer-)/.test(d) && !byName.has(d.toLowerCase()));
    if (missing) {
      const line = new LineIndex(manifest.text).find(`"${missing}"`);
      throw new ConfigurationError(`${manifest.file}${line ? `:${line}` : ''}: ${input.file} does not match its manifest: ${missing} is required but not locked. Run 'composer update --lock' and commit composer.lock.`, { file: manifest.file, ...(line ? { line } : {}) });
    }
  }
  const components = [...byName.values()];
  markDirect(components, [root]);
  return { file: input.file, kind: 'composer', ecosystem: 'composer', root, workspaces: [], components };
}
