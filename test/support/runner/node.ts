import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

/** The runtime `runs.using: node24` gives an action on the runner. */
export const RUNNER_NODE_MAJOR = 24;

export const REPO_ROOT = join(import.meta.dirname, '..', '..', '..');

export class NodeVersionError extends Error {
  override readonly name = 'NodeVersionError';
}

export interface NodeResolution {
  /** The running Node: used as is when it is already the runner's major. */
  current?: { path: string; version: string };
  /** The repository's pinned Node, from the `node` devDependency. */
  repoNode?: string;
  /** Reports the version of a Node binary; injectable so the fallback path is testable. */
  probe?: (path: string) => string | undefined;
}

function major(version: string): number {
  return Number(version.replace(/^v/, '').split('.')[0]);
}

function probeVersion(path: string): string | undefined {
  const result = spawnSync(path, ['-p', 'process.versions.node'], { encoding: 'utf8', timeout: 15_000 });
  return result.status === 0 ? result.stdout.trim() : undefined;
}

/**
 * The Node binary to run bundles with. A bundle that only works on a newer or older
 * Node than the runner's would pass here and fail for users, so anything other than
 * major 24 is refused rather than silently used.
 */
export function resolveNode24(options: NodeResolution = {}): string {
  const current = options.current ?? { path: process.execPath, version: process.versions.node };
  if (major(current.version) === RUNNER_NODE_MAJOR) return current.path;
  const repoNode = options.repoNode ?? join(REPO_ROOT, 'node_modules', '.bin', 'node');
  const version = (options.probe ?? probeVersion)(repoNode);
  if (version !== undefined && major(version) === RUNNER_NODE_MAJOR) return repoNode;
  throw new NodeVersionError(
    `Actions run on node${RUNNER_NODE_MAJOR}, but the test process runs Node ${current.version} and ${repoNode} ` +
      `${version === undefined ? 'could not be run' : `is Node ${version}`}. Install the root devDependencies ('node' pins ${RUNNER_NODE_MAJOR}).`,
  );
}

let cached: string | undefined;

/** {@link resolveNode24} for this process, resolved once. */
export function node24(): string {
  cached ??= resolveNode24();
  return cached;
}
