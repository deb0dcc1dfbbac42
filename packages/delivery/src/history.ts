// Reads the deployment histories of the selected environments and services from GitHub's
// Deployments API, for the window and just enough before it to find each lead time's baseline.
import { findDeployments, payloadObject } from '@pipeline/github';
import type { DeploymentInfo, GitHubClient, RepoRef } from '@pipeline/github';
import { environmentSelected, serviceOf } from './model.ts';
import type { DeploymentHistory } from './model.ts';

export interface HistoryQuery {
  /** Each entry selects the environment of that name and its tenant environments (`<entry>/<namespace>`). */
  environments: readonly string[];
  /** Only these services; empty or undefined means every service. */
  services?: readonly string[];
  since: Date;
  /** The service of deployments whose payload names none: usually the repository's name. */
  fallbackService: string;
  /**
   * Deployments created before `since` kept per service and environment (default 3): the newest
   * successful one among them is the base the window's first lead time is measured from.
   */
  baselineDepth?: number;
  /** Deployments listed at most while looking for those (default 3000), whatever the environment. */
  maxScan?: number;
}

export interface DeliveryHistory {
  deployments: DeploymentHistory[];
  /** Deployments listed (all environments). */
  scanned: number;
  /** True when `maxScan` stopped the listing before the window's start was passed. */
  truncated: boolean;
}

const PAGE_SIZE = 100;

function toHistory(d: DeploymentInfo, service: string): DeploymentHistory {
  return {
    id: d.id,
    service,
    environment: d.environment,
    sha: d.sha,
    createdAt: d.createdAt,
    statuses: (d.statuses ?? []).map((s) => ({ state: s.state, createdAt: s.createdAt })),
  };
}

/**
 * Two passes, so the costly part stays small. First the deployment list alone (100 per request,
 * newest first, every environment, because GitHub filters environments by exact name only and the
 * tenant environments are not known in advance): it finds, per environment, how many of its newest
 * deployments are needed — those created inside the window, and the `baselineDepth` before it of
 * each service seen inside it. Then per environment `findDeployments` reads exactly that many with
 * their status histories, one request per deployment.
 */
export async function readDeliveryHistory(client: GitHubClient, repo: RepoRef, query: HistoryQuery): Promise<DeliveryHistory> {
  const since = query.since.getTime();
  const depth = query.baselineDepth ?? 3;
  const maxScan = query.maxScan ?? 3000;
  if (!Number.isInteger(maxScan) || maxScan < 1) throw new RangeError(`maxScan must be a positive integer, got ${maxScan}`);
  if (!Number.isInteger(depth) || depth < 0) throw new RangeError(`baselineDepth must be 0 or a positive integer, got ${depth}`);
  const wanted = (service: string): boolean => query.services === undefined || query.services.length === 0 || query.services.includes(service);

  /** Per environment: deployments seen so far, and how many of the newest are needed. */
  const needed = new Map<string, { seen: number; need: number }>();
  const inWindow = new Set<string>();
  const before = new Map<string, number>();
  let scanned = 0;
  let truncated = false;
  const pages = client.paginate.iterator(client.rest.repos.listDeployments, { owner: repo.owner, repo: repo.repo, per_page: Math.min(PAGE_SIZE, maxScan) });
  for await (const { data } of pages) {
    for (const d of data) {
      scanned += 1;
      if (!environmentSelected(query.environments, d.environment)) continue;
      const env = needed.get(d.environment) ?? { seen: 0, need: 0 };
      needed.set(d.environment, env);
      env.seen += 1;
      const service = serviceOf(payloadObject(d.payload), query.fallbackService);
      if (!wanted(service)) continue;
      const key = `${service}\u0000${d.environment}`;
      if (Date.parse(d.created_at) >= since) {
        inWindow.add(key);
        env.need = env.seen;
      } else if (inWindow.has(key)) {
        const count = (before.get(key) ?? 0) + 1;
        before.set(key, count);
        if (count <= depth) env.need = env.seen;
      }
    }
    const oldest = data.at(-1);
    const pastWindow = oldest !== undefined && Date.parse(oldest.created_at) < since;
    if (pastWindow && [...inWindow].every((key) => (before.get(key) ?? 0) >= depth)) break;
    if (scanned >= maxScan) {
      truncated = !pastWindow;
      break;
    }
  }

  const deployments: DeploymentHistory[] = [];
  for (const [environment, { need }] of needed) {
    if (need === 0) continue;
    const found = await findDeployments(client, repo, { environment, limit: need, withStatuses: true });
    for (const d of found) {
      const service = serviceOf(d.payload, query.fallbackService);
      // The list may have moved on since the first pass; what is not wanted is dropped again.
      if (d.environment === environment && wanted(service)) deployments.push(toHistory(d, service));
    }
  }
  return { deployments, scanned, truncated };
}
