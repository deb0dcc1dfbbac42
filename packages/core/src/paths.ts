import { realpathSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { ConfigurationError } from './errors.ts';

function inside(root: string, candidate: string): boolean {
  const rel = relative(root, candidate);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

function real(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

/**
 * Resolves a user-supplied path and refuses it when it escapes the workspace,
 * by `..` or by a symlink, so an input can never make the action read or write
 * elsewhere on the runner.
 */
export function resolveInWorkspace(workspace: string, path: string, what: { input?: string; file?: string } = {}): string {
  const root = real(resolve(workspace));
  const absolute = resolve(root, path);
  const label = what.input ? `Input '${what.input}'` : 'Path';
  if (!inside(root, absolute) || !inside(root, real(absolute))) {
    throw new ConfigurationError(`${label} '${path}' resolves outside the workspace (${root}); use a path inside the repository checkout.`, what);
  }
  return absolute;
}

/** Repository-relative form with forward slashes, as GitHub annotations expect. */
export function toRepoRelative(workspace: string, path: string): string {
  const rel = isAbsolute(path) ? relative(workspace, path) : path;
  return rel.split(sep).join('/').replace(/^\.\//, '');
}
