import type { LockfileResult } from '../model.ts';

export interface ReaderInput {
  /** Repository-relative path, used in messages and annotations. */
  file: string;
  text: string;
  /** Reads a file relative to the lockfile's directory (a manifest), or undefined when it does not exist. */
  manifest(relative: string): { file: string; text: string } | undefined;
  /** Directories (relative to the lockfile's) matching a workspace glob that hold a package.json. */
  workspaceDirs?(pattern: string): string[];
}

export type Reader = (input: ReaderInput) => LockfileResult;
