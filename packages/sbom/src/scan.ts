import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, sep } from 'node:path';
import { ConfigurationError, resolveInWorkspace, toRepoRelative } from '@pipeline/core';
import { globSync } from 'tinyglobby';
import type { LockfileKind, LockfileResult } from './model.ts';
import type { Reader, ReaderInput } from './readers/types.ts';

// Each reader, with the parser it needs (YAML, TOML, Yarn's SYML), is loaded only when a
// lockfile of its kind is found: most runs read one ecosystem, and start-up time counts.
const READERS: { kind: LockfileKind | 'yarn'; match: (name: string, dir?: string) => boolean; load: () => Promise<Reader> }[] = [
  { kind: 'npm', match: (n) => n === 'package-lock.json' || n === 'npm-shrinkwrap.json', load: async () => (await import('./readers/npm.ts')).readNpmLock },
  { kind: 'yarn', match: (n) => n === 'yarn.lock', load: async () => (await import('./readers/yarn.ts')).readYarnLock },
  { kind: 'pnpm', match: (n) => n === 'pnpm-lock.yaml', load: async () => (await import('./readers/pnpm.ts')).readPnpmLock },
  {
    kind: 'requirements',
    match: (n, dir = '') => /^requirements.*\.txt$/.test(n) || (basename(dir) === 'requirements' && n.endsWith('.txt')),
    load: async () => (await import('./readers/python.ts')).readRequirements,
  },
  { kind: 'poetry', match: (n) => n === 'poetry.lock', load: async () => (await import('./readers/python.ts')).readPoetryLock },
  { kind: 'uv', match: (n) => n === 'uv.lock', load: async () => (await import('./readers/python.ts')).readUvLock },
  { kind: 'pipenv', match: (n) => n === 'Pipfile.lock', load: async () => (await import('./readers/python.ts')).readPipfileLock },
  { kind: 'go', match: (n) => n === 'go.mod', load: async () => (await import('./readers/other.ts')).readGoModules },
  { kind: 'cargo', match: (n) => n === 'Cargo.lock', load: async () => (await import('./readers/other.ts')).readCargoLock },
  { kind: 'bundler', match: (n) => n === 'Gemfile.lock', load: async () => (await import('./readers/other.ts')).readGemfileLock },
  { kind: 'composer', match: (n) => n === 'composer.lock', load: async () => (await import('./readers/other.ts')).readComposerLock },
];

/**
 * Lockfiles (and Maven's pom.xml, which Java projects have instead) of ecosystems without a
 * native reader: Trivy reads them, when the user allows it and it can be installed.
 */
export const UNKNOWN_LOCKFILES = ['gradle.lockfile', 'pom.xml', 'packages.lock.json', 'mix.lock', 'pubspec.lock', 'Package.resolved', 'conan.lock', 'paket.lock', 'Podfile.lock', 'bun.lock', 'bun.lockb', 'deno.lock'];

const KNOWN_PATTERNS = ['**/package-lock.json', '**/npm-shrinkwrap.json', '**/yarn.lock', '**/pnpm-lock.yaml', '**/requirements*.txt', '**/requirements/*.txt', '**/poetry.lock', '**/uv.lock', '**/Pipfile.lock', '**/go.mod', '**/Cargo.lock', '**/Gemfile.lock', '**/composer.lock'];
const ALWAYS_IGNORED = ['**/node_modules/**', '**/.git/**', '**/vendor/**', '**/.venv/**', '**/target/**'];

export interface ScanOptions {
  workspace: string;
  /** Directory or lockfile, relative to the workspace. */
  path: string;
  /** Globs relative to `path` that are skipped. */
  exclude: readonly string[];
}

export interface ScanResult {
  lockfiles: LockfileResult[];
  /** Repository-relative lockfiles of ecosystems we do not read natively. */
  unsupported: string[];
}

function entryFor(file: string): (typeof READERS)[number] | undefined {
  return READERS.find((r) => r.match(basename(file), dirname(file)));
}

/** The reader for a lockfile, by its name; undefined when no native reader reads it. */
export async function readerFor(file: string): Promise<Reader | undefined> {
  return entryFor(file)?.load();
}

/** Reads one lockfile; `file` is absolute, the result names it relative to the workspace. */
export async function readLockfile(workspace: string, file: string): Promise<LockfileResult> {
  const reader = await readerFor(file);
  if (!reader) throw new ConfigurationError(`${toRepoRelative(workspace, file)} is not a lockfile this action reads.`, { file: toRepoRelative(workspace, file) });
  return reader(readerInput(workspace, file));
}

export function readerInput(workspace: string, file: string): ReaderInput {
  const dir = dirname(file);
  const rel = toRepoRelative(workspace, file);
  return {
    file: rel,
    text: readFileSync(file, 'utf8'),
    manifest(relativePath) {
      const path = join(dir, relativePath);
      if (!existsSync(path)) return undefined;
      return { file: toRepoRelative(workspace, path), text: readFileSync(path, 'utf8') };
    },
    workspaceDirs(pattern) {
      const clean = pattern.replace(/\/+$/, '');
      return globSync(`${clean}/package.json`, { cwd: dir, ignore: ['**/node_modules/**'], followSymbolicLinks: false })
        .map((p) => dirname(p).split(sep).join('/'))
        .filter((p) => p !== '.' && !p.startsWith('..'));
    },
  };
}

export async function scanLockfiles(options: ScanOptions): Promise<ScanResult> {
  const target = resolveInWorkspace(options.workspace, options.path, { input: 'path' });
  if (!existsSync(target)) throw new ConfigurationError(`Input 'path' is '${options.path}', which does not exist in the workspace.`, { input: 'path' });
  if (statSync(target).isFile()) {
    const name = basename(target);
    if (UNKNOWN_LOCKFILES.includes(name)) return { lockfiles: [], unsupported: [toRepoRelative(options.workspace, target)] };
    return { lockfiles: [await readLockfile(options.workspace, target)], unsupported: [] };
  }
  const found = globSync([...KNOWN_PATTERNS, ...UNKNOWN_LOCKFILES.map((n) => `**/${n}`)], {
    cwd: target,
    ignore: [...ALWAYS_IGNORED, ...options.exclude],
    absolute: true,
    dot: false,
    followSymbolicLinks: false,
  }).sort();
  const lockfiles: LockfileResult[] = [];
  const unsupported: string[] = [];
  for (const file of found) {
    const name = basename(file);
    if (UNKNOWN_LOCKFILES.includes(name)) {
      unsupported.push(toRepoRelative(options.workspace, file));
      continue;
    }
    // A requirements file that pins nothing is an input of pip-compile, not a lockfile.
    if (entryFor(file)?.kind === 'requirements' && !/==/.test(readFileSync(file, 'utf8'))) continue;
    lockfiles.push(await readLockfile(options.workspace, file));
  }
  return { lockfiles, unsupported };
}

export function relativeTo(base: string, path: string): string {
  return relative(base, path).split(sep).join('/');
}
