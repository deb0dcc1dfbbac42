import { ConfigurationError } from '@pipeline/core';
import type { Logger } from '@pipeline/core';
import { serviceEndpoints, WaitTimeoutError, waitForRollout, waitForServiceEndpoints, watchUntil } from '@pipeline/kube';
import type { Deployment, KubeClient, KubeObject } from '@pipeline/kube';
import { ANNOTATIONS, deploymentName, selectorString } from './convention.ts';
import type { BlueGreenState, Colour } from './convention.ts';
import { createRoute, parseRouteId } from './routes.ts';

export interface RollbackOptions {
  reason: string;
  timeoutMs: number;
  dryRun?: boolean;
  logger?: Logger;
  now?: () => number;
  signal?: AbortSignal;
}

export interface RollbackStep {
  at: number;
  action: 'scale-up' | 'wait-ready' | 'switch' | 'wait-endpoints' | 'planned';
  detail: string;
}

export interface RollbackResult {
  from: Colour;
  to: Colour;
  dryRun: boolean;
  scaledUp: boolean;
  replicas: number;
  /** When the stable Service's ready endpoints were the previous colour's pods only (ms). */
  restoredAt: number | undefined;
  steps: RollbackStep[];
}

/**
 * Puts all traffic back on the previous colour without ever pointing the stable route at pods
 * that are not ready: scale the previous colour up if it was scaled down, wait until every
 * replica is ready, and only then switch the selector and record it in annotations. Finally it
 * waits until the Service's endpoints are the previous colour's pods, which is when traffic is
 * restored.
 */
export async function rollback(client: KubeClient, state: BlueGreenState, options: RollbackOptions): Promise<RollbackResult> {
  const now = options.now ?? Date.now;
  const { namespace, service, colourLabel } = state;
  const from = state.active;
  const to = state.previous;
  const steps: RollbackStep[] = [];
  const step = (action: RollbackStep['action'], detail: string) => {
    steps.push({ at: now(), action, detail });
    options.logger?.info(`Rollback: ${detail}`);
  };
  const deadline = now() + options.timeoutMs;
  const name = deploymentName(state.deploymentName, to);
  const ref = { apiVersion: 'apps/v1', kind: 'Deployment', namespace, name };
  const target = await client.find<Deployment>(ref, options.signal);
  if (target === undefined) {
    throw new ConfigurationError(`Cannot roll back ${namespace}/${service} to ${to}: Deployment ${namespace}/${name} does not exist. The previous colour must be kept (bluegreen-deploy keeps it for scale-down-delay).`, { input: 'service' });
  }
  const current = target.spec?.replicas ?? 1;
  const active = await client.find<Deployment>({ ...ref, name: deploymentName(state.deploymentName, from) }, options.signal);
  const replicas = current > 0 ? current : Math.max(1, state.previousReplicas ?? active?.spec?.replicas ?? 1);
  const scaledUp = current === 0;
  const patch = { spec: { selector: { ...state.labels, [colourLabel]: to } }, metadata: { annotations: rollbackAnnotations(state, options.reason, now()) } };

  if (options.dryRun === true) {
    if (scaledUp) step('planned', `would scale Deployment ${namespace}/${name} from 0 to ${replicas} replicas and wait until they are ready`);
    else step('planned', `would wait until Deployment ${namespace}/${name} has ${replicas} ready replicas`);
    step('planned', `would switch Service ${namespace}/${service} selector ${colourLabel}: ${from} → ${to} and record the rollback in its annotations`);
    return { from, to, dryRun: true, scaledUp, replicas, restoredAt: undefined, steps };
  }

  if (scaledUp) {
    step('scale-up', `scaling Deployment ${namespace}/${name} from 0 to ${replicas} replicas`);
    // Under a lock, its signal: once the lock is lost another run owns the service, so nothing more is written.
    options.signal?.throwIfAborted();
    await client.mergePatch(ref, { spec: { replicas } });
  }
  step('wait-ready', `waiting until Deployment ${namespace}/${name} has ${replicas} ready replicas`);
  await waitForRollout(client, { namespace, name }, {
    timeoutMs: Math.max(1, deadline - now()),
    ...(options.logger === undefined ? {} : { logger: options.logger }),
    ...(options.signal === undefined ? {} : { signal: options.signal }),
  });
  const readyPods = await waitForReadyPods(client, namespace, { ...state.labels, [colourLabel]: to }, replicas, {
    timeoutMs: Math.max(1, deadline - now()),
    ...(options.signal === undefined ? {} : { signal: options.signal }),
    ...(options.logger === undefined ? {} : { logger: options.logger }),
  });
  step('switch', `switching Service ${namespace}/${service} selector ${colourLabel}: ${from} → ${to}`);
  options.signal?.throwIfAborted();
  await client.mergePatch({ apiVersion: 'v1', kind: 'Service', namespace, name: service }, patch);
  step('wait-endpoints', `waiting until Service ${namespace}/${service} routes only to ${to} pods`);
  const restoredAt = await waitForOnly(client, { namespace, service }, new Set(readyPods), replicas, {
    deadline, now, ...(options.signal === undefined ? {} : { signal: options.signal }),
  });
  const route = parseRouteId(state.routeId);
  if (route !== undefined && route.method !== 'service') {
    step('switch', `settling ${route.method} route ${route.name ?? service} on ${to}`);
    await createRoute(client, { namespace, service }, route).settle(to, options.signal);
  }
  step('wait-endpoints', `traffic restored on ${to}`);
  return { from, to, dryRun: false, scaledUp, replicas, restoredAt, steps };
}

function rollbackAnnotations(state: BlueGreenState, reason: string, at: number): Record<string, string | null> {
  return {
    [ANNOTATIONS.activeColour]: state.previous,
    [ANNOTATIONS.previousColour]: state.active,
    [ANNOTATIONS.activeRevision]: state.previousRevision ?? null,
    [ANNOTATIONS.previousRevision]: state.activeRevision ?? null,
    [ANNOTATIONS.failedColour]: state.active,
    [ANNOTATIONS.failedRevision]: state.activeRevision ?? null,
    [ANNOTATIONS.rolledBackAt]: new Date(at).toISOString(),
    // Annotation values have no length limit of their own, but the object has 256 KiB in all.
    [ANNOTATIONS.rollbackReason]: reason.slice(0, 1024),
    // The failed colour is the one to scale down now; nothing of the undone deploy is left to resume.
    [ANNOTATIONS.progress]: null,
    [ANNOTATIONS.scaleDownAt]: null,
  };
}

interface PodLike extends KubeObject {
  status?: { conditions?: { type: string; status: string }[] };
}

export const readyAndStaying = (p: PodLike): boolean => p.metadata.deletionTimestamp === undefined && p.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True') === true;

/**
 * Waits, by watch, until at least `minReady` pods matching `labels` are Ready and not terminating,
 * and returns their names. A Deployment can report its rollout done a moment before its pods agree:
 * when the same ReplicaSet is scaled down and up again (a deploy retried right after its undo), the
 * controller may compute the status from a pod that is already terminating. The pods are the word.
 */
export async function waitForReadyPods(
  client: KubeClient,
  namespace: string,
  labels: Record<string, string>,
  minReady: number,
  options: { timeoutMs: number; signal?: AbortSignal; logger?: Logger },
): Promise<string[]> {
  const selector = selectorString(labels);
  return watchUntil<PodLike, string[]>(client, { apiVersion: 'v1', kind: 'Pod', namespace, labelSelector: selector }, (pods) => {
    const ready = [...pods.values()].filter(readyAndStaying).map((p) => p.metadata.name);
    return ready.length >= minReady ? ready : undefined;
  }, {
    timeoutMs: options.timeoutMs,
    description: `${minReady} Ready pod${minReady === 1 ? '' : 's'} ${selector} in ${namespace}`,
    ...(options.signal === undefined ? {} : { signal: options.signal }),
    ...(options.logger === undefined ? {} : { logger: options.logger }),
  });
}

export async function waitForOnly(
  client: KubeClient,
  target: { namespace: string; service: string },
  pods: ReadonlySet<string>,
  minReady: number,
  options: { deadline: number; now: () => number; signal?: AbortSignal },
): Promise<number> {
  // By watch: the moment the endpoints controller publishes the switch is when traffic follows it.
  try {
    await waitForServiceEndpoints(client, target, {
      minReady,
      pods: [...pods],
      only: true,
      timeoutMs: Math.max(1, options.deadline - options.now()),
      ...(options.signal === undefined ? {} : { signal: options.signal }),
    });
  } catch (error) {
    if (!(error instanceof WaitTimeoutError)) throw error;
    const last = await serviceEndpoints(client, target, options.signal === undefined ? {} : { signal: options.signal });
    throw new Error(`Service ${target.namespace}/${target.service} still routes to ${last.ready.map((e) => e.pod ?? e.address).join(', ') || 'nothing'} after the switch (timeout)`, { cause: error });
  }
  return options.now();
}
