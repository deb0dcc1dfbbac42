import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, sep } from 'node:path';
import { ConfigurationError, resolveInWorkspace, toRepoRelative } from '@pipeline/core';
import { globSync } from 'tinyglobby';
import type { LockfileKind, LockfileResult } from './model.ts';
import { readNpmLock } from './readers/npm.ts';
import { readCargoLock, readComposerLock, readGemfileLock, readGoModules } from './readers/other.ts';
import { readPnpmLock } from './readers/pnpm.ts';
import { readPipfileLock, readPoetryLock, readRequirements, readUvLock } from './readers/python.ts';
import type { Reader, ReaderInput } from './readers/types.ts';
import { readYarnLock } from './readers/yarn.ts';

const READERS: { kind: LockfileKind | 'yarn'; match: (name: string, dir?: string) => boolean; read: Reader }[] = [
  { kind: 'npm', match: (n) => n === 'package-lock.json' || n === 'npm-shrinkwrap.json', read: readNpmLock },
  { kind: 'yarn', match: (n) => n === 'yarn.lock', read: readYarnLock },
  { kind: 'pnpm', match: (n) => n === 'pnpm-lock.yaml', read: readPnpmLock },
  { kind: 'requirements', match: (n, dir = '') => /^requirements.*\.txt$/.test(n) || (basename(dir) === 'requirements' && n.endsWith('.txt')), read: readRequirements },
  { kind: 'poetry', match: (n) => n === 'poetry.lock', read: readPoetryLock },
  { kind: 'uv', match: (n) => n === 'uv.lock', read: readUvLock },
  { kind: 'pipenv', match: (n) => n === 'Pipfile.lock', read: readPipfileLock },
  { kind: 'go', match: (n) => n === 'go.mod', read: readGoModules },
  { kind: 'cargo', match: (n) => n === 'Cargo.lock', read: readCargoLock },
  { kind: 'bundler', match: (n) => n === 'Gemfile.lock', read: readGemfileLock },
  { kind: 'composer', match: (n) => n === 'composer.lock', read: readComposerLock },
];

/** Lockfiles of ecosystems without a native reader: Trivy reads them, when it is available. */
export const UNKNOWN_LOCKFILES = ['gradle.lockfile', 'packages.lock.json', 'mix.lock', 'pubspec.lock', 'Package.resolved', 'conan.lock', 'paket.lock', 'Podfile.lock', 'bun.lock', 'bun.lockb', 'deno.lock'];

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

export function readerFor(file: string): Reader | undefined {
  return READERS.find((r) => r.match(basename(file), dirname(file)))?.read;
}

/** Reads one lockfile; `file` is absolute, the result names it relative to the workspace. */
export function readLockfile(workspace: string, file: string): LockfileResult {
  const reader = readerFor(file);
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

export function scanLockfiles(options: ScanOptions): ScanResult {
  const target = resolveInWorkspace(options.workspace, options.path, { input: 'path' });
  if (!existsSync(target)) throw new ConfigurationError(`Input 'path' is '${options.path}', which does not exist in the workspace.`, { input: 'path' });
  if (statSync(target).isFile()) {
    const name = basename(target);
    if (UNKNOWN_LOCKFILES.includes(name)) return { lockfiles: [], unsupported: [toRepoRelative(options.workspace, target)] };
    return { lockfiles: [readLockfile(options.workspace, target)], unsupported: [] };
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
    if (readerFor(file) === readRequirements && !/==/.test(readFileSync(file, 'utf8'))) continue;
    lockfiles.push(readLockfile(options.workspace, file));
  }
  return { lockfiles, unsupported };
}

export function relativeTo(base: string, path: string): string {
  return relative(base, path).split(sep).join('/');
}
