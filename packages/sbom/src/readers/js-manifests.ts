import type { ReaderInput } from './types.ts';
import { isRecord, parseJson, stringRecord } from '../text.ts';

export interface JsManifest {
  path: string;
  name: string;
  version?: string;
  runtime: Record<string, string>;
  development: Record<string, string>;
  workspaces: string[];
}

/** package.json of the root or a workspace (relative directory), when it exists. */
export function readJsManifest(input: ReaderInput, dir: string): JsManifest | undefined {
  const found = input.manifest(dir ? `${dir}/package.json` : 'package.json');
  if (!found) return undefined;
  const doc = parseJson(found.text, found.file, 'package.json');
  if (!isRecord(doc)) return undefined;
  const ws = doc['workspaces'];
  const workspaces = Array.isArray(ws) ? ws : isRecord(ws) && Array.isArray(ws['packages']) ? ws['packages'] : [];
  return {
    path: dir,
    name: typeof doc['name'] === 'string' ? doc['name'] : dir.split('/').pop() || 'root',
    ...(typeof doc['version'] === 'string' ? { version: doc['version'] } : {}),
    runtime: { ...stringRecord(doc['dependencies']), ...stringRecord(doc['optionalDependencies']) },
    development: stringRecord(doc['devDependencies']),
    workspaces: workspaces.filter((w): w is string => typeof w === 'string'),
  };
}
