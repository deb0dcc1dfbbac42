import type { GitHubClient } from '@pipeline/github';
import { ConfigurationError, type Logger } from '@pipeline/core';
import type { DependencySnapshot } from './snapshot.ts';

export type SubmissionMode = 'auto' | 'required' | 'off';

export interface SubmissionResult {
  submitted: boolean;
  id?: number;
  /** Why nothing was submitted, when it was not. */
  reason?: string;
}

/**
 * Submits the snapshot. The client retries 5xx answers and secondary rate limits with
 * back-off. A token that may not write (no `contents: write`, or a fork's read-only token)
 * is a warning, unless the user asked for submission to be required.
 */
export async function submitSnapshot(
  client: GitHubClient,
  repo: { owner: string; repo: string },
  snapshot: DependencySnapshot,
  mode: SubmissionMode,
  logger: Logger,
): Promise<SubmissionResult> {
  if (mode === 'off') return { submitted: false, reason: "submission is 'off'" };
  try {
    const response = await client.request('POST /repos/{owner}/{repo}/dependency-graph/snapshots', { ...repo, ...snapshot });
    return { submitted: true, id: response.data.id };
  } catch (error) {
    // Imported here, not at the top: Octokit stays out of the start-up path of every run.
    const { classifyGitHubError } = await import('@pipeline/github');
    const kind = classifyGitHubError(error);
    if (kind !== 'forbidden-read-only' && kind !== 'not-found') throw error;
    const reason =
      kind === 'forbidden-read-only'
        ? "the token may not write the dependency graph: grant 'contents: write' under 'permissions:' (a pull request from a fork always gets a read-only token)"
        : 'the dependency graph is not enabled for this repository (Settings > Code security)';
    if (mode === 'required') throw new ConfigurationError(`Dependency submission failed because ${reason}. Set 'submission: auto' to only warn.`, { input: 'submission' });
    logger.warning(`Dependency snapshot not submitted: ${reason}. The SBOM is still written and uploaded.`);
    return { submitted: false, reason };
  }
}

export interface ReleaseRef {
  id: number;
  uploadUrl: string;
  tag: string;
}

/** The release of a `release` event, when this run is one. */
export function releaseOf(eventName: string, payload: Record<string, unknown>): ReleaseRef | undefined {
  if (eventName !== 'release') return undefined;
  const release = payload['release'] as { id?: number; upload_url?: string; tag_name?: string } | undefined;
  if (!release || typeof release.id !== 'number' || typeof release.upload_url !== 'string') return undefined;
  return { id: release.id, uploadUrl: release.upload_url, tag: release.tag_name ?? '' };
}

/**
 * Attaches a file to the release, replacing an asset of the same name (GitHub refuses a
 * duplicate name, and a re-run must not fail on its own earlier upload).
 */
export async function attachReleaseAsset(
  client: GitHubClient,
  repo: { owner: string; repo: string },
  release: ReleaseRef,
  asset: { name: string; data: Buffer; contentType: string },
): Promise<{ id: number; url: string; replaced: boolean }> {
  const existing = await client.paginate(client.rest.repos.listReleaseAssets, { ...repo, release_id: release.id, per_page: 100 });
  const old = existing.find((a) => a.name === asset.name);
  if (old) await client.rest.repos.deleteReleaseAsset({ ...repo, asset_id: old.id });
  const uploaded = await client.rest.repos.uploadReleaseAsset({
    ...repo,
    release_id: release.id,
    url: release.uploadUrl,
    name: asset.name,
    // Octokit sends a string body as-is; the data is the document's text.
    data: asset.data.toString('utf8'),
    headers: { 'content-type': asset.contentType, 'content-length': asset.data.length },
  });
  return { id: uploaded.data.id, url: uploaded.data.browser_download_url, replaced: old !== undefined };
}
