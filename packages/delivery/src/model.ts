// The shapes the delivery (DORA) figures are computed from and reported in, and the rules that
// sort a GitHub deployment into a service, an environment and an outcome.
import type { DeploymentState } from '@pipeline/github';

/** One status GitHub recorded on a deployment. */
export interface StatusEvent {
  state: DeploymentState;
  /** ISO 8601, as GitHub writes `created_at`. */
  createdAt: string;
}

/** A deployment reduced to what the figures need. */
export interface DeploymentHistory {
  id: number;
  service: string;
  /** GitHub's environment name, e.g. `production` or bluegreen-deploy's per-tenant `production/t1`. */
  environment: string;
  /** The deployed commit. */
  sha: string;
  createdAt: string;
  /** The whole status history, in any order. */
  statuses: readonly StatusEvent[];
}

/** A commit that reached an environment with a deployment. */
export interface Change {
  sha: string;
  /** The commit's committer date (its author date when GitHub has no committer date). */
  committedAt: string;
}

/** The seed's targets; every figure is rated against one of them. */
export interface DeliveryTargets {
  /** Successful deployments per week: met at this many or more. */
  deploymentsPerWeek: number;
  /** Median lead time for changes in seconds: met below this. */
  leadTimeSeconds: number;
  /** Failed over finished deployments (0–1): met below this. */
  changeFailureRatio: number;
  /** Median time to restore in seconds: met below this. */
  timeToRestoreSeconds: number;
}

/** "10+ deploys/week, lead time < 4 h, MTTR < 30 min, change failure rate < 5%". */
export const SEED_TARGETS: Readonly<DeliveryTargets> = Object.freeze({
  deploymentsPerWeek: 10,
  leadTimeSeconds: 4 * 3600,
  changeFailureRatio: 0.05,
  timeToRestoreSeconds: 30 * 60,
});

/**
 * `no-data`: nothing to judge (no change shipped, no deployment finished), which is never a pass.
 * `not-applicable`: time to restore when nothing failed, so nothing needed restoring.
 */
export type Rating = 'met' | 'missed' | 'no-data' | 'not-applicable';

export interface WeekFigures {
  /** Start of the 7-day bucket (the window's start plus whole weeks), ISO 8601. */
  start: string;
  /** End of the bucket; the last one ends at the window's end and may be shorter. */
  end: string;
  succeeded: number;
  failed: number;
  /** Median lead time of the changes first shipped by the bucket's deployments; null without any. */
  leadTimeMedianSeconds: number | null;
}

export interface DeliveryFigures {
  /** Deployments created inside the window, by outcome. */
  deployments: { total: number; succeeded: number; failed: number; unfinished: number };
  deploymentFrequency: { perWeek: number; rating: Rating };
  leadTime: { changes: number; sumSeconds: number; medianSeconds: number | null; p90Seconds: number | null; rating: Rating };
  changeFailureRate: { failed: number; finished: number; ratio: number | null; rating: Rating };
  timeToRestore: {
    /** Failure episodes that began inside the window. */
    incidents: number;
    restored: number;
    /** Episodes with no successful deployment after them yet. */
    open: number;
    sumSeconds: number;
    medianSeconds: number | null;
    rating: Rating;
  };
  weeks: WeekFigures[];
}

export interface ServiceDelivery extends DeliveryFigures {
  service: string;
  environment: string;
}

export interface DeliveryReport {
  /** `owner/repo`. */
  repository: string;
  window: { since: string; until: string; seconds: number };
  targets: DeliveryTargets;
  /** One row per service and environment, sorted by service, then environment. */
  services: ServiceDelivery[];
  /** Every selected deployment pooled together. */
  overall: DeliveryFigures;
  /** What the figures could not see, e.g. a deployment whose earlier baseline was not found. */
  notes: string[];
}

export type Outcome =
  | { kind: 'success'; at: number }
  | { kind: 'failure'; at: number }
  | { kind: 'unfinished' };

const FAILED: ReadonlySet<DeploymentState> = new Set(['failure', 'error']);

/**
 * A deployment failed when any status says `failure` or `error`: rollback-guard marks a deployment
 * `failure` after its `success`, so a later failure overrides an earlier success. It failed at its
 * first such status. Otherwise it succeeded at its first `success` (a later `inactive` only means a
 * newer deployment replaced it). With neither it is unfinished (queued, in progress, or retired
 * while in progress by a run that died) and counts towards no rate.
 */
export function outcomeOf(statuses: readonly StatusEvent[]): Outcome {
  let failedAt: number | undefined;
  let succeededAt: number | undefined;
  for (const status of statuses) {
    const at = Date.parse(status.createdAt);
    if (Number.isNaN(at)) continue;
    if (FAILED.has(status.state)) failedAt = Math.min(failedAt ?? at, at);
    else if (status.state === 'success') succeededAt = Math.min(succeededAt ?? at, at);
  }
  if (failedAt !== undefined) return { kind: 'failure', at: failedAt };
  if (succeededAt !== undefined) return { kind: 'success', at: succeededAt };
  return { kind: 'unfinished' };
}

/**
 * The service a deployment belongs to: `payload.service` (bluegreen-deploy writes
 * `{ namespace, service, revision, colour, images, run }`), else `fallback`, the repository's name,
 * for a repository whose deployments carry no service (one repository, one service). Deployments
 * are never split by parsing environment names: the environment stays a dimension of its own.
 */
export function serviceOf(payload: Readonly<Record<string, unknown>>, fallback: string): string {
  const service = payload['service'];
  return typeof service === 'string' && service.trim() !== '' ? service.trim() : fallback;
}

/**
 * Whether a GitHub environment is one of the requested ones: the name itself, or a tenant
 * environment under it (`production/t1` under `production`, as bluegreen-deploy names them when it
 * deploys to several namespaces). `production-eu` is not under `production`.
 */
export function environmentSelected(requested: readonly string[], environment: string): boolean {
  return requested.some((r) => environment === r || environment.startsWith(`${r}/`));
}
