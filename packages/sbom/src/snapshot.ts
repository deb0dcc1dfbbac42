import { createHash } from 'node:crypto';
import type { LockfileResult } from './model.ts';
import { projectPackages } from './sbom.ts';

/** The body of `POST /repos/{owner}/{repo}/dependency-graph/snapshots`. */
export interface DependencySnapshot {
  version: 0;
  sha: string;
  ref: string;
  job: { correlator: string; id: string; html_url?: string };
  detector: { name: string; version: string; url: string };
  scanned: string;
  manifests: Record<string, { name: string; file: { source_location: string }; resolved: Record<string, ResolvedDependency> }>;
}

export interface ResolvedDependency {
  package_url: string;
  relationship: 'direct' | 'indirect';
  scope: 'runtime' | 'development';
  dependencies: string[];
}

export interface SnapshotContext {
  /** The commit the dependencies belong to: a pull request's head, never its merge commit. */
  sha: string;
  ref: string;
  workflow: string;
  job: string;
  /** `toJSON(matrix)` of the job, so matrix jobs do not replace each other's snapshots. */
  matrixKey: string;
  runId: number;
  runUrl: string;
  detector: { name: string; version: string; url: string };
  scanned: Date;
}

/** GitHub keeps one snapshot per correlator: workflow, job and matrix cell must all be in it. */
export function correlatorOf(workflow: string, job: string, matrixKey: string): string {
  const base = `${workflow}_${job}`;
  const matrix = matrixKey.trim();
  if (matrix === '' || matrix === 'null' || matrix === '{}') return base;
  return `${base}_${createHash('sha256').update(matrix).digest('hex').slice(0, 12)}`;
}

/**
 * One manifest per lockfile with `resolved` keyed by PURL. Workspace packages are part of
 * the project, so they are not listed; their own dependencies count as direct.
 */
export function buildSnapshot(lockfiles: readonly LockfileResult[], context: SnapshotContext): DependencySnapshot {
  const manifests: DependencySnapshot['manifests'] = {};
  for (const lock of lockfiles) {
    const own = new Set(projectPackages(lock).map((p) => p.purl));
    const direct = new Set(projectPackages(lock).flatMap((p) => p.dependencies));
    const resolved: Record<string, ResolvedDependency> = {};
    for (const c of lock.components) {
      resolved[c.purl] = {
        package_url: c.purl,
        relationship: c.direct || direct.has(c.purl) ? 'direct' : 'indirect',
        scope: c.scope,
        dependencies: c.dependencies.filter((d) => !own.has(d)),
      };
    }
    manifests[lock.file] = { name: lock.file, file: { source_location: lock.file }, resolved };
  }
  return {
    version: 0,
    sha: context.sha,
    ref: context.ref,
    job: { correlator: correlatorOf(context.workflow, context.job, context.matrixKey), id: String(context.runId), ...(context.runUrl ? { html_url: context.runUrl } : {}) },
    detector: context.detector,
    scanned: context.scanned.toISOString(),
    manifests,
  };
}

/** The commit and ref to submit for: on pull requests the head commit and branch, not the merge ref. */
export function snapshotTarget(eventName: string, payload: Record<string, unknown>, sha: string, ref: string): { sha: string; ref: string } {
  const pr = payload['pull_request'] as { head?: { sha?: string; ref?: string } } | undefined;
  if ((eventName === 'pull_request' || eventName === 'pull_request_target') && pr?.head?.sha) {
    return { sha: pr.head.sha, ref: pr.head.ref ? `refs/heads/${pr.head.ref}` : ref };
  }
  return { sha, ref };
}
