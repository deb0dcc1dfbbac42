import { isMap, isScalar } from 'yaml';
import { entries } from './repo.ts';

export type Level = 'none' | 'read' | 'write';

const RANK: Record<Level, number> = { none: 0, read: 1, write: 2 };

/** A `permissions:` value: a shorthand that covers every scope, or a level per scope (absent scopes are none). */
export type Permissions = { kind: 'all'; level: 'read' | 'write' } | { kind: 'scopes'; scopes: Map<string, Level> };

function isLevel(value: unknown): value is Level {
  return value === 'none' || value === 'read' || value === 'write';
}

/** Reads a `permissions:` node; undefined when it is neither a shorthand nor a mapping of levels. */
export function readPermissions(node: unknown): Permissions | undefined {
  if (isScalar(node)) {
    if (node.value === 'read-all') return { kind: 'all', level: 'read' };
    if (node.value === 'write-all') return { kind: 'all', level: 'write' };
    return undefined;
  }
  if (!isMap(node)) return undefined;
  const scopes = new Map<string, Level>();
  for (const item of entries(node)) {
    const value = isScalar(item.value) ? item.value.value : undefined;
    if (isLevel(value)) scopes.set(String(item.key.value), value);
  }
  return { kind: 'scopes', scopes };
}

export function levelOf(permissions: Permissions, scope: string): Level {
  return permissions.kind === 'all' ? permissions.level : (permissions.scopes.get(scope) ?? 'none');
}

export function covers(granted: Level, wanted: Level): boolean {
  return RANK[granted] >= RANK[wanted];
}

/** The scopes a `permissions:` value asks for at more than none, with their levels. */
export function requested(permissions: Permissions): Array<[string, Level]> {
  if (permissions.kind === 'all') return [['*', permissions.level]];
  return [...permissions.scopes].filter(([, level]) => level !== 'none');
}
