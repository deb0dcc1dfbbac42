import { ConfigurationError } from '@pipeline/core';
import type { Logger } from '@pipeline/core';
import { serviceEndpoints, waitForRollout } from '@pipeline/kube';
import type { Deployment, KubeClient, KubeObject, ServiceEndpoints } from '@pipeline/kube';
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
  /** How often endpoints are read while waiting for the switch to take effect. */
  pollMs?: number;
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
    await client.mergePatch(ref, { spec: { replicas } });
  }
  step('wait-ready', `waiting until Deployment ${namespace}/${name} has ${replicas} ready replicas`);
  await waitForRollout(client, { namespace, name }, {
    timeoutMs: Math.max(1, deadline - now()),
    ...(options.logger === undefined ? {} : { logger: options.logger }),
    ...(options.signal === undefined ? {} : { signal: options.signal }),
  });
  const readyPods = await readyPodsOf(client, namespace, { ...state.labels, [colourLabel]: to }, options.signal);
  if (readyPods.length < replicas) {
    throw new Error(`Deployment ${namespace}/${name} reported ready, but only ${readyPods.length} of ${replicas} pods are Ready; not switching traffic to it`);
  }
  step('switch', `switching Service ${namespace}/${service} selector ${colourLabel}: ${from} → ${to}`);
  await client.mergePatch({ apiVersion: 'v1', kind: 'Service', namespace, name: service }, patch);
  step('wait-endpoints', `waiting until Service ${namespace}/${service} routes only to ${to} pods`);
  const restoredAt = await waitForOnly(client, { namespace, service }, new Set(readyPods), replicas, {
    deadline, now, pollMs: options.pollMs ?? 100, ...(options.signal === undefined ? {} : { signal: options.signal }),
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

export async function readyPodsOf(client: KubeClient, namespace: string, labels: Record<string, string>, signal?: AbortSignal): Promise<string[]> {
  const pods = await client.list<PodLike>('v1', 'Pod', { namespace, labelSelector: selectorString(labels), ...(signal === undefined ? {} : { signal }) });
  return pods.items
    .filter((p) => p.metadata.deletionTimestamp === undefined && p.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True') === true)
    .map((p) => p.metadata.name);
}

export async function waitForOnly(
  client: KubeClient,
  target: { namespace: string; service: string },
  pods: ReadonlySet<string>,
  minReady: number,
  options: { deadline: number; now: () => number; pollMs: number; signal?: AbortSignal },
): Promise<number> {
  let last: ServiceEndpoints | undefined;
  for (;;) {
    last = await serviceEndpoints(client, target, options.signal === undefined ? {} : { signal: options.signal });
    const ours = last.ready.filter((e) => e.pod !== undefined && pods.has(e.pod)).length;
    if (ours >= minReady && last.ready.every((e) => e.pod !== undefined && pods.has(e.pod))) return options.now();
    if (options.now() >= options.deadline) {
      throw new Error(`Service ${target.namespace}/${target.service} still routes to ${last.ready.map((e) => e.pod ?? e.address).join(', ') || 'nothing'} after the switch (timeout)`);
    }
    await new Promise((resolve) => setTimeout(resolve, options.pollMs));
  }
}
