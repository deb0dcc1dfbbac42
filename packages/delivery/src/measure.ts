// The whole measurement against GitHub: histories, then the changes each success shipped, then the figures.
import type { GitHubClient, RepoRef } from '@pipeline/github';
import { collectChanges, githubChangeSource } from './changes.ts';
import type { ChangeSource } from './changes.ts';
import { computeDelivery, leadTimeRequests } from './compute.ts';
import type { ComputeOptions, DeliveryWindow } from './compute.ts';
import { readDeliveryHistory } from './history.ts';
import type { DeliveryReport, DeliveryTargets, DeploymentHistory } from './model.ts';

export interface DeliveryQuery {
  /** Each entry selects the environment of that name and its tenant environments (`<entry>/<namespace>`). */
  environments: readonly string[];
  /** Only these services (each gets a row even without deployments); empty means every service found. */
  services?: readonly string[];
  window: DeliveryWindow;
  targets?: DeliveryTargets;
  /** See HistoryQuery. */
  baselineDepth?: number;
  maxScan?: number;
}

/** Figures from histories already read, with `source` telling what each success shipped. */
export async function measureHistories(histories: readonly DeploymentHistory[], source: ChangeSource, options: ComputeOptions): Promise<DeliveryReport> {
  const changes = await collectChanges(leadTimeRequests(histories, options.window), source);
  return computeDelivery(histories, changes, options);
}

/**
 * Reads `repo`'s deployments and commits through the GitHub client and computes the report.
 * A service's deployments are those whose `payload.service` names it; deployments without one
 * belong to a service named after the repository.
 */
export async function measureDelivery(client: GitHubClient, repo: RepoRef, query: DeliveryQuery): Promise<DeliveryReport> {
  if (query.environments.length === 0) throw new RangeError('measureDelivery needs at least one environment, e.g. production');
  const notes: string[] = [];
  const history = await readDeliveryHistory(client, repo, {
    environments: query.environments,
    since: query.window.since,
    fallbackService: repo.repo,
    ...(query.services === undefined ? {} : { services: query.services }),
    ...(query.baselineDepth === undefined ? {} : { baselineDepth: query.baselineDepth }),
    ...(query.maxScan === undefined ? {} : { maxScan: query.maxScan }),
  });
  if (history.truncated) {
    notes.push(`Only the newest ${history.scanned} deployments of ${repo.owner}/${repo.repo} were listed; deployments early in the window may be missing.`);
  }
  const source = githubChangeSource(client, repo, (note) => notes.push(note));
  // The change source adds its notes while the changes are read, before computeDelivery copies them.
  return measureHistories(history.deployments, source, {
    repository: `${repo.owner}/${repo.repo}`,
    window: query.window,
    notes,
    ...(query.targets === undefined ? {} : { targets: query.targets }),
    ...(query.services === undefined || query.services.length === 0 ? {} : { expected: { services: query.services, environments: query.environments } }),
  });
}
