// The four delivery figures (DORA) per service and environment over a window, computed from
// deployment histories and the commits each successful deployment shipped. Pure: the GitHub
// reading lives in history.ts and changes.ts.
import { environmentSelected, outcomeOf, SEED_TARGETS } from './model.ts';
import type { Change, DeliveryFigures, DeliveryReport, DeliveryTargets, DeploymentHistory, Outcome, Rating, ServiceDelivery, WeekFigures } from './model.ts';
import { median, quantile } from './stats.ts';

export const WEEK_MS = 7 * 24 * 3600 * 1000;

export interface DeliveryWindow {
  since: Date;
  until: Date;
}

/** The commits a successful deployment shipped: those reachable from `head` and not from `base`. */
export interface LeadTimeRequest {
  deploymentId: number;
  service: string;
  environment: string;
  /** The commit of the previous successful deployment of the service to the environment; undefined when none was read. */
  base: string | undefined;
  head: string;
}

export interface ComputeOptions {
  /** `owner/repo`, for the report. */
  repository: string;
  window: DeliveryWindow;
  targets?: DeliveryTargets;
  /**
   * Rows that must appear even without a deployment in the window (frequency 0 is a figure too):
   * every service here in every environment here that has no row under it.
   */
  expected?: { services: readonly string[]; environments: readonly string[] };
  /** Notes from reading the history, carried into the report. */
  notes?: readonly string[];
}

interface Classified {
  history: DeploymentHistory;
  outcome: Outcome;
  createdAt: number;
}

interface LeadSample {
  /** When the shipping deployment was created: it decides the week. */
  deployedAt: number;
  seconds: number;
}

interface Incident {
  start: number;
  restoredAt: number | undefined;
}

/** What one service and environment contributes; the pooled figures merge these. */
interface Parts {
  inWindow: Classified[];
  leadSamples: LeadSample[];
  incidents: Incident[];
}

function checkWindow(window: DeliveryWindow): { since: number; until: number } {
  const since = window.since.getTime();
  const until = window.until.getTime();
  if (!(Number.isFinite(since) && Number.isFinite(until) && since < until)) {
    throw new RangeError(`the window must start before it ends, got ${window.since.toISOString()} to ${window.until.toISOString()}`);
  }
  return { since, until };
}

const groupKey = (service: string, environment: string): string => `${service}\u0000${environment}`;

function groupHistories(histories: readonly DeploymentHistory[]): Map<string, Classified[]> {
  const groups = new Map<string, Classified[]>();
  for (const history of histories) {
    const key = groupKey(history.service, history.environment);
    const list = groups.get(key) ?? [];
    list.push({ history, outcome: outcomeOf(history.statuses), createdAt: Date.parse(history.createdAt) });
    groups.set(key, list);
  }
  return groups;
}

type Succeeded = Classified & { outcome: { kind: 'success'; at: number } };

function successesInOrder(group: readonly Classified[]): Succeeded[] {
  return group
    .filter((c): c is Succeeded => c.outcome.kind === 'success')
    .sort((a, b) => a.outcome.at - b.outcome.at || a.history.id - b.history.id);
}

/**
 * One request per successful deployment created inside the window, oldest success first. Its base
 * is the previous successful deployment of the same service to the same environment, whenever that
 * was: a failed deployment in between shipped nothing, so its commits count from the success that
 * finally carried them.
 */
export function leadTimeRequests(histories: readonly DeploymentHistory[], window: DeliveryWindow): LeadTimeRequest[] {
  const { since, until } = checkWindow(window);
  const requests: LeadTimeRequest[] = [];
  for (const group of groupHistories(histories).values()) {
    const successes = successesInOrder(group);
    successes.forEach((d, i) => {
      if (d.createdAt < since || d.createdAt >= until) return;
      requests.push({ deploymentId: d.history.id, service: d.history.service, environment: d.history.environment, base: successes[i - 1]?.history.sha, head: d.history.sha });
    });
  }
  return requests;
}

function partsOf(group: readonly Classified[], changes: ReadonlyMap<number, readonly Change[]>, since: number, until: number): Parts {
  const inWindow = group.filter((c) => c.createdAt >= since && c.createdAt < until);
  // A commit counts once per service and environment, at the first success that shipped it: after
  // a rollback to an older commit the next compare would list it again.
  const shipped = new Set<string>();
  const leadSamples: LeadSample[] = [];
  for (const d of successesInOrder(group)) {
    if (d.createdAt < since || d.createdAt >= until) continue;
    for (const change of changes.get(d.history.id) ?? []) {
      if (shipped.has(change.sha)) continue;
      shipped.add(change.sha);
      const committed = Date.parse(change.committedAt);
      if (Number.isNaN(committed)) continue;
      // Clock skew between the committer's machine and GitHub must not make a lead time negative.
      leadSamples.push({ deployedAt: d.createdAt, seconds: Math.max(0, (d.outcome.at - committed) / 1000) });
    }
  }
  // Time to restore: an episode begins at the first failure after a success (consecutive failures
  // are one episode) and ends at the next success of the same service in the same environment.
  const events = group
    .filter((c) => c.outcome.kind !== 'unfinished')
    .map((c) => ({ kind: c.outcome.kind, at: (c.outcome as { at: number }).at, id: c.history.id }))
    .filter((e) => e.at < until)
    .sort((a, b) => a.at - b.at || a.id - b.id);
  const incidents: Incident[] = [];
  let open: number | undefined;
  for (const event of events) {
    if (event.kind === 'failure') open ??= event.at;
    else if (open !== undefined) {
      incidents.push({ start: open, restoredAt: event.at });
      open = undefined;
    }
  }
  if (open !== undefined) incidents.push({ start: open, restoredAt: undefined });
  return { inWindow, leadSamples, incidents: incidents.filter((i) => i.start >= since) };
}

/**
 * Figures are kept to the thousandth (a millisecond for durations): the timestamps they come from
 * have millisecond resolution, and a hand calculation then matches the report digit for digit.
 */
function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

function roundOrNull(value: number | undefined): number | null {
  return value === undefined ? null : round(value);
}

function belowTarget(value: number | null, target: number): Rating {
  if (value === null) return 'no-data';
  return value < target ? 'met' : 'missed';
}

function weeksOf(parts: readonly Parts[], since: number, until: number): WeekFigures[] {
  const weeks: WeekFigures[] = [];
  for (let start = since; start < until; start += WEEK_MS) {
    const end = Math.min(start + WEEK_MS, until);
    const inside = (t: number): boolean => t >= start && t < end;
    const deployments = parts.flatMap((p) => p.inWindow).filter((c) => inside(c.createdAt));
    const lead = parts.flatMap((p) => p.leadSamples).filter((s) => inside(s.deployedAt)).map((s) => s.seconds);
    weeks.push({
      start: new Date(start).toISOString(),
      end: new Date(end).toISOString(),
      succeeded: deployments.filter((c) => c.outcome.kind === 'success').length,
      failed: deployments.filter((c) => c.outcome.kind === 'failure').length,
      leadTimeMedianSeconds: roundOrNull(median(lead)),
    });
  }
  return weeks;
}

function figuresOf(parts: readonly Parts[], since: number, until: number, targets: DeliveryTargets): DeliveryFigures {
  const deployments = parts.flatMap((p) => p.inWindow);
  const succeeded = deployments.filter((c) => c.outcome.kind === 'success').length;
  const failed = deployments.filter((c) => c.outcome.kind === 'failure').length;
  const perWeek = round(succeeded / ((until - since) / WEEK_MS));

  const lead = parts.flatMap((p) => p.leadSamples).map((s) => s.seconds);
  const leadMedian = roundOrNull(median(lead));

  const finished = succeeded + failed;
  const ratio = finished === 0 ? null : failed / finished;

  const incidents = parts.flatMap((p) => p.incidents);
  const restoredSeconds = incidents.flatMap((i) => (i.restoredAt === undefined ? [] : [(i.restoredAt - i.start) / 1000]));
  const open = incidents.filter((i) => i.restoredAt === undefined);
  const restoreMedian = roundOrNull(median(restoredSeconds));
  // An episode still open after the target has missed it already, whatever the median says.
  const openTooLong = open.some((i) => (until - i.start) / 1000 >= targets.timeToRestoreSeconds);
  let restoreRating: Rating;
  if (incidents.length === 0) restoreRating = 'not-applicable';
  else if (openTooLong) restoreRating = 'missed';
  else restoreRating = belowTarget(restoreMedian, targets.timeToRestoreSeconds);

  return {
    deployments: { total: deployments.length, succeeded, failed, unfinished: deployments.length - finished },
    deploymentFrequency: { perWeek, rating: perWeek >= targets.deploymentsPerWeek ? 'met' : 'missed' },
    leadTime: {
      changes: lead.length,
      sumSeconds: round(lead.reduce((a, b) => a + b, 0)),
      medianSeconds: leadMedian,
      p90Seconds: roundOrNull(quantile(lead, 0.9)),
      rating: belowTarget(leadMedian, targets.leadTimeSeconds),
    },
    changeFailureRate: { failed, finished, ratio, rating: belowTarget(ratio, targets.changeFailureRatio) },
    timeToRestore: {
      incidents: incidents.length,
      restored: restoredSeconds.length,
      open: open.length,
      sumSeconds: round(restoredSeconds.reduce((a, b) => a + b, 0)),
      medianSeconds: restoreMedian,
      rating: restoreRating,
    },
    weeks: weeksOf(parts, since, until),
  };
}

/**
 * The report: one row per service and environment with a deployment created inside the window
 * (plus the `expected` ones), and the pooled figures. `changes` maps a successful deployment's id to
 * the commits it shipped (see leadTimeRequests); a deployment missing from it shipped nothing.
 */
export function computeDelivery(histories: readonly DeploymentHistory[], changes: ReadonlyMap<number, readonly Change[]>, options: ComputeOptions): DeliveryReport {
  const { since, until } = checkWindow(options.window);
  const targets = options.targets ?? { ...SEED_TARGETS };
  const notes = [...(options.notes ?? [])];
  for (const request of leadTimeRequests(histories, options.window)) {
    if (request.base === undefined) {
      notes.push(`${request.service} · ${request.environment}: deployment ${request.deploymentId} has no earlier successful deployment in the history read, so its lead time counts only its own commit ${request.head.slice(0, 7)}.`);
    }
  }

  const rows: { service: string; environment: string; parts: Parts }[] = [];
  for (const group of groupHistories(histories).values()) {
    const parts = partsOf(group, changes, since, until);
    const first = parts.inWindow[0]?.history;
    if (first !== undefined) rows.push({ service: first.service, environment: first.environment, parts });
  }
  for (const service of options.expected?.services ?? []) {
    for (const environment of options.expected?.environments ?? []) {
      if (rows.some((r) => r.service === service && environmentSelected([environment], r.environment))) continue;
      rows.push({ service, environment, parts: { inWindow: [], leadSamples: [], incidents: [] } });
    }
  }
  rows.sort((a, b) => a.service.localeCompare(b.service) || a.environment.localeCompare(b.environment));

  const services: ServiceDelivery[] = rows.map((r) => ({ service: r.service, environment: r.environment, ...figuresOf([r.parts], since, until, targets) }));
  return {
    repository: options.repository,
    window: { since: new Date(since).toISOString(), until: new Date(until).toISOString(), seconds: (until - since) / 1000 },
    targets,
    services,
    overall: figuresOf(rows.map((r) => r.parts), since, until, targets),
    notes,
  };
}

/** Whether every figure is met (time to restore may also be not-applicable: nothing failed). */
export function targetsMet(figures: DeliveryFigures): boolean {
  return figures.deploymentFrequency.rating === 'met'
    && figures.leadTime.rating === 'met'
    && figures.changeFailureRate.rating === 'met'
    && (figures.timeToRestore.rating === 'met' || figures.timeToRestore.rating === 'not-applicable');
}
