import type { Logger } from '@pipeline/core';
import type { KubeClient } from './client.ts';
import type { KubeObject } from './types.ts';
import { WaitTimeoutError, watchUntil } from './watch.ts';

// ---- the wire shapes read here -------------------------------------------------------------------

export interface LabelSelector {
  matchLabels?: Record<string, string>;
  matchExpressions?: { key: string; operator: 'In' | 'NotIn' | 'Exists' | 'DoesNotExist'; values?: string[] }[];
}

export interface Condition {
  type: string;
  status: 'True' | 'False' | 'Unknown';
  reason?: string;
  message?: string;
  lastUpdateTime?: string;
  lastTransitionTime?: string;
}

export interface Deployment extends KubeObject {
  spec?: { replicas?: number; selector?: LabelSelector; paused?: boolean; progressDeadlineSeconds?: number; [field: string]: unknown };
  status?: {
    observedGeneration?: number;
    replicas?: number;
    updatedReplicas?: number;
    readyReplicas?: number;
    availableReplicas?: number;
    unavailableReplicas?: number;
    conditions?: Condition[];
  };
}

export interface ContainerState {
  waiting?: { reason?: string; message?: string };
  running?: { startedAt?: string };
  terminated?: { exitCode?: number; reason?: string; message?: string; finishedAt?: string };
}

export interface ContainerStatus {
  name: string;
  ready: boolean;
  restartCount: number;
  image?: string;
  state?: ContainerState;
  lastState?: ContainerState;
}

export interface Pod extends KubeObject {
  spec?: { nodeName?: string; [field: string]: unknown };
  status?: {
    phase?: string;
    reason?: string;
    message?: string;
    conditions?: Condition[];
    containerStatuses?: ContainerStatus[];
    initContainerStatuses?: ContainerStatus[];
  };
}

export interface KubeEvent extends KubeObject {
  involvedObject?: { kind?: string; name?: string; namespace?: string; uid?: string };
  reason?: string;
  message?: string;
  type?: string;
  count?: number;
  firstTimestamp?: string | null;
  lastTimestamp?: string | null;
  eventTime?: string | null;
  series?: { count?: number; lastObservedTime?: string };
}

// ---- pure logic ------------------------------------------------------------------------------------

/** Renders a label selector as the `labelSelector` query parameter. */
export function selectorToString(selector: LabelSelector | undefined): string {
  const parts: string[] = [];
  for (const [k, v] of Object.entries(selector?.matchLabels ?? {})) parts.push(`${k}=${v}`);
  for (const e of selector?.matchExpressions ?? []) {
    const values = (e.values ?? []).join(',');
    if (e.operator === 'In') parts.push(`${e.key} in (${values})`);
    else if (e.operator === 'NotIn') parts.push(`${e.key} notin (${values})`);
    else if (e.operator === 'Exists') parts.push(e.key);
    else parts.push(`!${e.key}`);
  }
  return parts.join(',');
}

export interface RolloutStatus {
  done: boolean;
  /** Set when the rollout can no longer succeed on its own. */
  failed?: 'ProgressDeadlineExceeded';
  message: string;
}

/** kubectl rollout status's rules for a Deployment, over its status as the controller reports it. */
export function deploymentRolloutStatus(d: Deployment): RolloutStatus {
  const name = d.metadata.name;
  const generation = d.metadata.generation ?? 0;
  const status = d.status ?? {};
  if ((status.observedGeneration ?? 0) < generation) return { done: false, message: `Waiting for deployment "${name}" spec update to be observed...` };
  const progressing = status.conditions?.find((c) => c.type === 'Progressing');
  if (progressing?.reason === 'ProgressDeadlineExceeded') {
    return { done: false, failed: 'ProgressDeadlineExceeded', message: `deployment "${name}" exceeded its progress deadline${progressing.message === undefined ? '' : `: ${progressing.message}`}` };
  }
  const desired = d.spec?.replicas ?? 1;
  const updated = status.updatedReplicas ?? 0;
  const replicas = status.replicas ?? 0;
  const available = status.availableReplicas ?? 0;
  if (updated < desired) return { done: false, message: `Waiting for deployment "${name}" rollout to finish: ${updated} out of ${desired} new replicas have been updated...` };
  if (replicas > updated) return { done: false, message: `Waiting for deployment "${name}" rollout to finish: ${replicas - updated} old replicas are pending termination...` };
  if (available < updated) return { done: false, message: `Waiting for deployment "${name}" rollout to finish: ${available} of ${updated} updated replicas are available...` };
  return { done: true, message: `deployment "${name}" successfully rolled out` };
}

/** Waiting reasons after which a container will not start without a change to the manifest or the cluster. */
export const FATAL_WAITING_REASONS: ReadonlySet<string> = new Set([
  'CrashLoopBackOff', 'ImagePullBackOff', 'InvalidImageName', 'ErrImageNeverPull', 'CreateContainerConfigError', 'CreateContainerError', 'RunContainerError',
]);

export interface PodProblem {
  pod: string;
  container: string | undefined;
  /** CrashLoopBackOff, ImagePullBackOff, ErrImagePull, NotReady, Restarting, Unschedulable ... */
  reason: string;
  message: string | undefined;
  restarts: number;
  /** Whether waiting longer cannot help. */
  fatal: boolean;
}

/**
 * What keeps a pod from being ready: waiting reasons, crash restarts (with the last exit), a
 * container that runs but fails its readiness probe, or a pod that cannot be scheduled.
 */
export function diagnosePod(pod: Pod, options: { maxRestarts?: number } = {}): PodProblem[] {
  const name = pod.metadata.name;
  const problems: PodProblem[] = [];
  const maxRestarts = options.maxRestarts ?? 3;
  const statuses = [...(pod.status?.initContainerStatuses ?? []), ...(pod.status?.containerStatuses ?? [])];
  for (const s of statuses) {
    const waiting = s.state?.waiting;
    const last = s.lastState?.terminated;
    const lastExit = last === undefined ? '' : ` (last exit ${String(last.exitCode ?? '?')}${last.reason === undefined ? '' : ` ${last.reason}`})`;
    if (waiting?.reason !== undefined && waiting.reason !== 'ContainerCreating' && waiting.reason !== 'PodInitializing') {
      problems.push({
        pod: name,
        container: s.name,
        reason: waiting.reason,
        message: `${waiting.message ?? ''}${waiting.reason === 'CrashLoopBackOff' ? lastExit : ''}`.trim() || undefined,
        restarts: s.restartCount,
        fatal: FATAL_WAITING_REASONS.has(waiting.reason) || (waiting.reason === 'ErrImagePull' && s.restartCount > 0),
      });
      continue;
    }
    if (s.restartCount >= maxRestarts) {
      problems.push({ pod: name, container: s.name, reason: 'Restarting', message: `restarted ${s.restartCount} times${lastExit}`, restarts: s.restartCount, fatal: true });
      continue;
    }
    if (s.state?.running !== undefined && !s.ready && (pod.status?.containerStatuses ?? []).includes(s)) {
      problems.push({ pod: name, container: s.name, reason: 'NotReady', message: 'running but not ready (readiness probe not passing yet)', restarts: s.restartCount, fatal: false });
    }
  }
  const scheduled = pod.status?.conditions?.find((c) => c.type === 'PodScheduled');
  if (scheduled?.status === 'False') {
    problems.push({ pod: name, container: undefined, reason: scheduled.reason ?? 'Unschedulable', message: scheduled.message, restarts: 0, fatal: false });
  }
  if (pod.status?.phase === 'Failed') {
    problems.push({ pod: name, container: undefined, reason: pod.status.reason ?? 'Failed', message: pod.status.message, restarts: 0, fatal: true });
  }
  return problems;
}

export interface EventSummary {
  /** Kind/name of the object the event is about. */
  object: string;
  type: string;
  reason: string;
  message: string;
  count: number;
  lastSeen: string | undefined;
}

function eventTime(e: KubeEvent): string | undefined {
  return e.series?.lastObservedTime ?? e.lastTimestamp ?? e.eventTime ?? e.firstTimestamp ?? e.metadata.creationTimestamp ?? undefined;
}

/** Most recent first, at most `limit`. */
export function summariseEvents(events: readonly KubeEvent[], limit = 10): EventSummary[] {
  return [...events]
    .sort((a, b) => (eventTime(b) ?? '').localeCompare(eventTime(a) ?? ''))
    .slice(0, limit)
    .map((e) => ({
      object: `${e.involvedObject?.kind ?? '?'}/${e.involvedObject?.name ?? '?'}`,
      type: e.type ?? 'Normal',
      reason: e.reason ?? '',
      message: (e.message ?? '').trim(),
      count: e.series?.count ?? e.count ?? 1,
      lastSeen: eventTime(e),
    }));
}

// ---- waiting ---------------------------------------------------------------------------------------

export type RolloutFailure = 'ProgressDeadlineExceeded' | 'PodFailure' | 'Timeout' | 'NotFound';

export class RolloutError extends Error {
  override readonly name = 'RolloutError';
  readonly reason: RolloutFailure;
  readonly problems: PodProblem[];
  readonly events: EventSummary[];
  readonly status: RolloutStatus | undefined;
  constructor(reason: RolloutFailure, summary: string, problems: PodProblem[], events: EventSummary[], status: RolloutStatus | undefined) {
    const lines = [summary];
    for (const p of problems.slice(0, 10)) {
      lines.push(`  pod ${p.pod}${p.container === undefined ? '' : ` container ${p.container}`}: ${p.reason}${p.message === undefined ? '' : ` (${p.message})`}${p.restarts > 0 ? `, ${p.restarts} restarts` : ''}`);
    }
    if (events.length > 0) {
      lines.push('  recent events:');
      for (const e of events) lines.push(`    ${e.lastSeen ?? ''} ${e.type} ${e.object} ${e.reason}: ${e.message}${e.count > 1 ? ` (x${e.count})` : ''}`.replace(/^ {4} /, '    '));
    }
    super(lines.join('\n'));
    this.reason = reason;
    this.problems = problems;
    this.events = events;
    this.status = status;
  }
}

export interface RolloutOptions {
  /** Overall limit; the Deployment's own progressDeadlineSeconds ends the wait earlier when the controller reports it exceeded. */
  timeoutMs: number;
  signal?: AbortSignal;
  logger?: Logger;
  /** Fail as soon as a new pod is in CrashLoopBackOff, ImagePullBackOff and the like (default true). */
  failFast?: boolean;
  /** Restarts of a new pod's container that count as failing (default 3). */
  maxRestarts?: number;
  /** Events listed per object in a failure report (default 10). */
  eventLimit?: number;
  /** Each distinct progress message, e.g. for a `::group::` while waiting. */
  onProgress?: (message: string) => void;
  /**
   * The Deployment as a write just returned it (an apply's answer): the wait starts from it and
   * watches from its resourceVersion, instead of reading and listing it again.
   */
  initial?: Deployment;
}

export interface RolloutResult {
  deployment: Deployment;
  message: string;
  durationMs: number;
  /** Watches restarted from a fresh list (410 Gone or errors) during the wait. */
  relists: number;
}

interface Target {
  namespace: string;
  name: string;
}

/** The pod-template-hash of the Deployment's current ReplicaSet, which marks its new pods. */
async function newPodHash(client: KubeClient, d: Deployment, signal: AbortSignal): Promise<string | undefined> {
  const revision = d.metadata.annotations?.['deployment.kubernetes.io/revision'];
  if (revision === undefined) return undefined;
  const sets = await client.list('apps/v1', 'ReplicaSet', { namespace: d.metadata.namespace ?? '', labelSelector: selectorToString(d.spec?.selector), signal });
  const current = sets.items.find((rs) =>
    rs.metadata.annotations?.['deployment.kubernetes.io/revision'] === revision &&
    (rs.metadata.ownerReferences ?? []).some((o) => o.uid === d.metadata.uid));
  return current?.metadata.labels?.['pod-template-hash'];
}

async function eventsFor(client: KubeClient, namespace: string, names: readonly string[], limit: number, signal?: AbortSignal): Promise<EventSummary[]> {
  const all: KubeEvent[] = [];
  for (const name of names) {
    try {
      const list = await client.list<KubeEvent>('v1', 'Event', { namespace, fieldSelector: `involvedObject.name=${name}`, ...(signal === undefined ? {} : { signal }) });
      all.push(...list.items);
    } catch {
      // Events are best effort: a diagnosis without them is still a diagnosis.
    }
  }
  return summariseEvents(all, limit);
}

/**
 * Waits, by watch, until a Deployment has rolled out: the controller has observed the latest
 * spec and every desired replica is updated and available. Fails with a RolloutError carrying pod
 * reasons and recent events when the progress deadline is exceeded, a new pod cannot start
 * (failFast), or the overall timeout passes. Watches resume across 410 Gone with a relist.
 */
export async function waitForRollout(client: KubeClient, target: Target, options: RolloutOptions): Promise<RolloutResult> {
  const started = Date.now();
  const known = options.initial;
  const fromWrite = known !== undefined && known.metadata.name === target.name && (known.metadata.namespace ?? target.namespace) === target.namespace && (known.metadata.resourceVersion ?? '') !== ''
    ? known
    : undefined;
  const initial = fromWrite ?? await client.find<Deployment>({ apiVersion: 'apps/v1', kind: 'Deployment', namespace: target.namespace, name: target.name }, options.signal);
  if (initial === undefined) throw new RolloutError('NotFound', `Deployment ${target.namespace}/${target.name} does not exist`, [], [], undefined);
  const stop = new AbortController();
  const onAbort = () => stop.abort(options.signal?.reason);
  options.signal?.addEventListener('abort', onAbort, { once: true });
  const eventLimit = options.eventLimit ?? 10;
  const description = `Deployment ${target.namespace}/${target.name} rollout`;
  let relists = 0;
  let latest: Deployment | undefined = initial;
  let lastMessage = '';
  let hash: { revision: string; value: string | undefined } | undefined;
  const podHash = async (d: Deployment): Promise<string | undefined> => {
    const revision = d.metadata.annotations?.['deployment.kubernetes.io/revision'] ?? '';
    if (hash?.revision !== revision || hash.value === undefined) hash = { revision, value: await newPodHash(client, d, stop.signal) };
    return hash.value;
  };
  const newPods = async (d: Deployment): Promise<Pod[]> => {
    const h = await podHash(d);
    const pods = await client.list<Pod>('v1', 'Pod', { namespace: target.namespace, labelSelector: selectorToString(d.spec?.selector), signal: stop.signal });
    return pods.items.filter((p) => h === undefined || p.metadata.labels?.['pod-template-hash'] === h);
  };
  const diagnose = async (reason: RolloutFailure, summary: string, status: RolloutStatus | undefined, known?: PodProblem[]): Promise<RolloutError> => {
    const d = latest;
    let problems = known ?? [];
    if (known === undefined && d !== undefined) {
      try {
        problems = (await newPods(d)).flatMap((p) => diagnosePod(p, { maxRestarts: options.maxRestarts ?? 3 }));
      } catch {
        problems = [];
      }
    }
    const podNames = [...new Set(problems.map((p) => p.pod))].slice(0, 5);
    const owners = [target.name];
    if (d !== undefined && hash?.value !== undefined) owners.push(`${target.name}-${hash.value}`);
    const events = await eventsFor(client, target.namespace, [...podNames, ...owners], eventLimit);
    return new RolloutError(reason, summary, problems, events, status);
  };

  const deploymentWatch = watchUntil<Deployment, RolloutResult>(client, {
    apiVersion: 'apps/v1', kind: 'Deployment', namespace: target.namespace, fieldSelector: `metadata.name=${target.name}`,
  }, async (objects) => {
    const d = objects.get(`${target.namespace}/${target.name}`);
    if (d === undefined) throw await diagnose('NotFound', `Deployment ${target.namespace}/${target.name} does not exist`, undefined, []);
    latest = d;
    const status = deploymentRolloutStatus(d);
    if (status.message !== lastMessage) {
      lastMessage = status.message;
      options.logger?.info(status.message);
      options.onProgress?.(status.message);
    }
    if (status.failed !== undefined) throw await diagnose('ProgressDeadlineExceeded', `Deployment ${target.namespace}/${target.name} failed: ${status.message}`, status);
    return status.done ? { deployment: d, message: status.message, durationMs: Date.now() - started, relists } : undefined;
  }, {
    timeoutMs: options.timeoutMs,
    signal: stop.signal,
    description,
    ...(fromWrite === undefined ? {} : { initial: { items: [{ ...fromWrite, metadata: { ...fromWrite.metadata, namespace: target.namespace } }], resourceVersion: fromWrite.metadata.resourceVersion ?? '' } }),
    onRelist: () => {
      relists += 1;
    },
    ...(options.logger === undefined ? {} : { logger: options.logger }),
  });

  // Pods are watched alongside, so a new pod that cannot start fails the wait at once instead of at the deadline.
  // A Deployment's selector is immutable, so one pod watch serves the whole wait.
  const podWatch = options.failFast === false ? new Promise<never>(() => undefined) : watchUntil<Pod, never>(client, {
    apiVersion: 'v1', kind: 'Pod', namespace: target.namespace, labelSelector: selectorToString(initial.spec?.selector),
  }, async (objects) => {
    const fatal: PodProblem[] = [];
    for (const pod of objects.values()) {
      const problems = diagnosePod(pod, { maxRestarts: options.maxRestarts ?? 3 });
      if (!problems.some((p) => p.fatal)) continue;
      const h = await podHash(latest ?? initial);
      if (h !== undefined && pod.metadata.labels?.['pod-template-hash'] !== h) continue;
      fatal.push(...problems);
    }
    if (fatal.length === 0) return undefined;
    throw await diagnose('PodFailure', `Deployment ${target.namespace}/${target.name} cannot become available: new pods are failing`, latest === undefined ? undefined : deploymentRolloutStatus(latest), fatal);
  }, { signal: stop.signal, description: `pods of ${description}`, ...(options.logger === undefined ? {} : { logger: options.logger }) });
  podWatch.catch(() => undefined);

  try {
    return await Promise.race([deploymentWatch, podWatch]);
  } catch (error) {
    if (error instanceof WaitTimeoutError) {
      throw await diagnose('Timeout', `Deployment ${target.namespace}/${target.name} did not finish rolling out within ${Math.round(options.timeoutMs / 1000)} s: ${lastMessage || 'no status yet'}`, latest === undefined ? undefined : deploymentRolloutStatus(latest));
    }
    throw error;
  } finally {
    stop.abort(new Error('rollout wait finished'));
    options.signal?.removeEventListener('abort', onAbort);
    deploymentWatch.catch(() => undefined);
  }
}

