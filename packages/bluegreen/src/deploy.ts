// The blue/green state machine: deploy, promote, abort and status over plain Deployments and
// Services. Every step is recorded on the stable Service before it is taken, so a run that dies
// leaves enough behind for the next one to resume or undo it; and the stable route is only ever
// switched to a colour whose every replica is ready.
import { ConfigurationError } from '@pipeline/core';
import type { Logger } from '@pipeline/core';
import { applyObjects, diagnosePod, formatPlan, isForbidden, isNotFound, planObjects, RolloutError, waitForRollout, waitForServiceEndpoints } from '@pipeline/kube';
import type { ApplyInput, Deployment, KubeClient, Manifest, PlanEntry, Pod } from '@pipeline/kube';
import type { AnalysisResult } from '@pipeline/metrics';
import { ANNOTATIONS, blueGreenState, colourLabelOf, colourServiceName, deploymentName, LABELS, otherColour, selectorString } from './convention.ts';
import type { BlueGreenState, Colour, Progress, Service } from './convention.ts';
import { preflight } from './preflight.ts';
import type { Finding, PreflightLevels } from './preflight.ts';
import { render } from './render.ts';
import type { Rendered } from './render.ts';
import { readyAndStaying, rollback, waitForOnly, waitForReadyPods } from './rollback.ts';
import { createRoute, parseRouteId } from './routes.ts';
import type { RouteSpec, TrafficRoute } from './routes.ts';

export type InterruptedPolicy = 'rollback' | 'resume' | 'fail';
export type DeployResult = 'promoted' | 'unchanged' | 'rolled-back' | 'aborted' | 'paused' | 'planned' | 'status';

export interface StepRecord {
  name: string;
  kind: 'housekeeping' | 'recover' | 'apply' | 'rollout' | 'ready-gate' | 'smoke-test' | 'shift' | 'analysis' | 'promote' | 'rollback' | 'scale-down';
  startedAt: number;
  endedAt: number;
  /** The new colour's share of traffic after this step. */
  weight?: number;
  verdict?: 'pass' | 'fail' | 'inconclusive';
  detail?: string;
}

export interface PreviewTarget {
  namespace: string;
  /** The Service that selects only the new colour. */
  service: string;
  colour: Colour;
  revision: string;
}

export interface SmokeResult {
  ok: boolean;
  detail: string;
}

export interface StepAnalysisRequest {
  namespace: string;
  identity: Record<string, string>;
  colourLabel: string;
  newColour: Colour;
  baselineColour: Colour | undefined;
  deployment: Deployment | undefined;
  weight: number;
  /** At 100 %: when the baseline colour stopped serving, so its metrics are read as of then. */
  baselineIdleSince?: number;
  signal?: AbortSignal;
}

/** GitHub Deployments, or anything else that tracks a deploy's lifecycle. */
export interface DeploymentTracker {
  /** Creates the deployment record and marks it in progress; resolves its id. */
  start(info: { namespace: string; service: string; revision: string; colour: Colour }): Promise<number | undefined>;
  finish(id: number, state: 'success' | 'failure' | 'inactive', description: string): Promise<void>;
}

export interface DeployHooks {
  smokeTest?: (preview: PreviewTarget) => Promise<SmokeResult>;
  analyse?: (request: StepAnalysisRequest) => Promise<AnalysisResult>;
  tracker?: DeploymentTracker;
}

export interface Target {
  namespace: string;
  service: string;
}

export interface CommonConfig extends Target {
  route: RouteSpec;
  timeoutMs: number;
  scaleDownDelayMs: number;
  runUrl: string;
}

export interface DeployConfig extends CommonConfig {
  manifests: readonly Manifest[];
  steps: readonly number[];
  preflight: PreflightLevels;
  autoPromote: boolean;
  onInterrupted: InterruptedPolicy;
  dryRun: boolean;
}

export interface DeployDeps {
  kube: KubeClient;
  logger: Logger;
  hooks?: DeployHooks;
  now?: () => number;
  signal?: AbortSignal;
}

export interface DeployOutcome {
  result: DeployResult;
  namespace: string;
  service: string;
  activeColour: Colour | undefined;
  previousColour: Colour | undefined;
  revision: string | undefined;
  deploymentId: number | undefined;
  /** Why a deploy was rolled back or aborted. */
  reason?: string;
  steps: StepRecord[];
  findings: Finding[];
  /** Dry run: the objects that would change, and the steps that would follow. */
  plan?: string;
  analyses: { weight: number; analysis: AnalysisResult }[];
}

class Recorder {
  readonly steps: StepRecord[] = [];
  readonly analyses: { weight: number; analysis: AnalysisResult }[] = [];
  constructor(private readonly now: () => number, private readonly logger: Logger) {}

  async run<T>(kind: StepRecord['kind'], name: string, fn: () => Promise<T>, extra: Partial<StepRecord> = {}): Promise<T> {
    const startedAt = this.now();
    try {
      const value = await this.logger.group(name, fn);
      this.steps.push({ kind, name, startedAt, endedAt: this.now(), ...extra });
      return value;
    } catch (error) {
      this.steps.push({ kind, name, startedAt, endedAt: this.now(), verdict: 'fail', detail: error instanceof Error ? error.message : String(error), ...extra });
      throw error;
    }
  }
}

/** A deploy that failed in a way that was handled: traffic is back on the old colour. */
class RolledBack extends Error {}

const serviceRef = (t: Target) => ({ apiVersion: 'v1', kind: 'Service', namespace: t.namespace, name: t.service });
const deploymentRef = (namespace: string, name: string) => ({ apiVersion: 'apps/v1', kind: 'Deployment', namespace, name });

const hasColour = (svc: Service | undefined): boolean => colourLabelOf(svc?.spec?.selector) !== undefined;

async function readService(kube: KubeClient, target: Target, signal?: AbortSignal): Promise<Service | undefined> {
  return kube.find<Service>(serviceRef(target), signal);
}

/**
 * Annotations (and optionally the selector) in one merge patch. With the lock's signal, nothing is
 * written once the lock is lost: another run owns the service then.
 */
async function patchService(
  kube: KubeClient, target: Target, annotations: Record<string, string | null>, selector?: Record<string, string>, signal?: AbortSignal,
): Promise<Service> {
  signal?.throwIfAborted();
  return kube.mergePatch<Service>(serviceRef(target), {
    metadata: { annotations },
    ...(selector === undefined ? {} : { spec: { selector } }),
  });
}

const progressText = (p: Progress): string => JSON.stringify(p);

interface ShiftContext {
  kube: KubeClient;
  logger: Logger;
  rec: Recorder;
  now: () => number;
  signal: AbortSignal | undefined;
  config: CommonConfig;
  hooks: DeployHooks;
  route: TrafficRoute;
  colourLabel: string;
  identity: Record<string, string>;
  base: string;
  replicas: number;
  progress: Progress;
  deadline: number;
}

const remaining = (ctx: { deadline: number; now: () => number }): number => Math.max(1, ctx.deadline - ctx.now());

async function writeProgress(ctx: ShiftContext, changes: Partial<Progress>, selector?: Record<string, string>): Promise<void> {
  ctx.progress = { ...ctx.progress, ...changes, updatedAt: new Date(ctx.now()).toISOString() };
  await patchService(ctx.kube, ctx.config, { [ANNOTATIONS.progress]: progressText(ctx.progress) }, selector, ctx.signal);
}

/** Runs the traffic steps from `first` on; ends promoted, paused or rolled back (by throwing RolledBack). */
async function shiftTraffic(ctx: ShiftContext, first: number, autoPromote: boolean): Promise<'promoted' | 'paused'> {
  const { kube, rec, config, route, progress } = ctx;
  const target = progress.target;
  const from = progress.from;
  const targetDeployment = deploymentName(ctx.base, target);
  let switchedAt: number | undefined;
  for (let i = Math.max(0, first); i < progress.steps.length; i++) {
    const weight = progress.steps[i] as number;
    if (weight === 100 && !autoPromote) {
      await writeProgress(ctx, { phase: 'paused' });
      ctx.logger.notice(`${config.namespace}/${config.service}: ${target} (${progress.revision}) is waiting for promotion at ${i === 0 ? 'no' : `${progress.steps[i - 1] ?? 0}%`} traffic; run bluegreen-deploy with action: promote (or abort)`);
      return 'paused';
    }
    if (weight < 100) {
      await rec.run('shift', `Shift ${weight}% of traffic to ${target}`, async () => {
        await writeProgress(ctx, { phase: 'shifting', step: i });
        await route.shift(target, weight, ctx.signal);
      }, { weight });
    } else {
      await rec.run('shift', `Switch the stable Service ${config.service} to ${target}`, async () => {
        if (route.weighted) await route.shift(target, 100, ctx.signal);
        const pods = await healthyReadyPods(kube, config.namespace, { ...ctx.identity, [ctx.colourLabel]: target }, ctx.signal);
        if (pods.length < ctx.replicas) throw new RolledBack(`only ${pods.length} of ${ctx.replicas} ${target} pods are Ready; not switching the stable Service to them`);
        ctx.progress = { ...ctx.progress, phase: 'shifting', step: i, updatedAt: new Date(ctx.now()).toISOString() };
        // The selector and the record of it change in one write: no reader sees one without the other.
        await patchService(kube, config, { [ANNOTATIONS.progress]: progressText(ctx.progress) }, { ...ctx.identity, [ctx.colourLabel]: target }, ctx.signal);
        const signal = ctx.signal === undefined ? {} : { signal: ctx.signal };
        await waitForOnly(kube, config, new Set(pods), ctx.replicas, { deadline: ctx.now() + remaining(ctx), now: ctx.now, ...signal });
        if (route.weighted) await route.settle(target, ctx.signal);
        switchedAt = ctx.now();
      }, { weight });
    }
    if (ctx.hooks.analyse !== undefined) {
      const deployment = await kube.find<Deployment>(deploymentRef(config.namespace, targetDeployment), ctx.signal);
      const analysis = await rec.run('analysis', `Analyse ${target} at ${weight}%`, () => (ctx.hooks.analyse as NonNullable<DeployHooks['analyse']>)({
        namespace: config.namespace,
        identity: ctx.identity,
        colourLabel: ctx.colourLabel,
        newColour: target,
        baselineColour: from,
        deployment,
        weight,
        ...(weight === 100 && switchedAt !== undefined ? { baselineIdleSince: switchedAt } : {}),
        ...(ctx.signal === undefined ? {} : { signal: ctx.signal }),
      }), { weight });
      rec.analyses.push({ weight, analysis });
      const last = rec.steps.at(-1);
      if (last !== undefined) {
        last.verdict = analysis.verdict;
        last.detail = analysis.reason;
      }
      // No data is never a pass: an inconclusive step is not good enough to send more traffic.
      if (analysis.verdict !== 'pass') throw new RolledBack(`analysis at ${weight}% was ${analysis.verdict}: ${analysis.reason}`);
    }
  }
  return 'promoted';
}

/**
 * The new colour's Ready pods, from one list. Pods that restarted or cannot start fail the deploy,
 * even when they happen to be Ready right now.
 */
async function healthyReadyPods(kube: KubeClient, namespace: string, labels: Record<string, string>, signal?: AbortSignal): Promise<string[]> {
  const pods = await kube.list<Pod>('v1', 'Pod', { namespace, labelSelector: selectorString(labels), ...(signal === undefined ? {} : { signal }) });
  const problems = pods.items.filter((p) => p.metadata.deletionTimestamp === undefined).flatMap((p) => diagnosePod(p, { maxRestarts: 1 }));
  if (problems.length > 0) throw new RolledBack(`the new pods are not healthy: ${problems.slice(0, 5).map((p) => `${p.pod}: ${p.reason}${p.message === undefined ? '' : ` (${p.message})`}`).join('; ')}`);
  return pods.items.filter(readyAndStaying).map((p) => p.metadata.name);
}

async function finishPromotion(ctx: ShiftContext, previousReplicas: number | undefined): Promise<void> {
  const { kube, config, progress } = ctx;
  const at = ctx.now();
  const from = progress.from;
  await ctx.rec.run('promote', `Promote ${progress.target} (${progress.revision})`, async () => {
    await patchService(kube, config, {
      [ANNOTATIONS.activeColour]: progress.target,
      [ANNOTATIONS.previousColour]: from ?? null,
      [ANNOTATIONS.activeRevision]: progress.revision,
      [ANNOTATIONS.previousRevision]: progress.fromRevision ?? null,
      [ANNOTATIONS.previousReplicas]: previousReplicas === undefined ? null : String(previousReplicas),
      [ANNOTATIONS.deploymentId]: progress.deploymentId === undefined ? null : String(progress.deploymentId),
      [ANNOTATIONS.promotedAt]: new Date(at).toISOString(),
      [ANNOTATIONS.scaleDownAt]: from === undefined ? null : new Date(at + config.scaleDownDelayMs).toISOString(),
      [ANNOTATIONS.progress]: null,
    }, undefined, ctx.signal);
  }, { weight: 100 });
  // Promoted is promoted: GitHub failing to hear about it must not undo the deploy.
  if (progress.deploymentId !== undefined) {
    await ctx.hooks.tracker?.finish(progress.deploymentId, 'success', `${progress.target} (${progress.revision}) serves ${config.namespace}/${config.service}`).catch((error: unknown) => {
      ctx.logger.warning(`Could not mark GitHub deployment ${progress.deploymentId} successful: ${error instanceof Error ? error.message : String(error)}`);
    });
  }
  if (from === undefined || config.scaleDownDelayMs !== 0) return;
  // The deploy is promoted and recorded as such: a failed scale-down must not undo it. The
  // scale-down-at annotation stays, so the next run (or the post: step) finishes the job.
  try {
    await scaleDown(kube, config, ctx.base, from, ctx.rec, ctx.signal);
  } catch (error) {
    if (ctx.signal?.aborted === true) throw error;
    ctx.logger.warning(`${config.namespace}/${config.service} is promoted, but scaling ${deploymentName(ctx.base, from)} down failed (${error instanceof Error ? error.message : String(error)}); the next run or the post: step scales it down`);
  }
}

async function scaleDown(kube: KubeClient, target: Target, base: string, colour: Colour, rec: Recorder, signal?: AbortSignal): Promise<void> {
  await rec.run('scale-down', `Scale ${deploymentName(base, colour)} down to 0`, async () => {
    const ref = deploymentRef(target.namespace, deploymentName(base, colour));
    if ((await kube.find(ref, signal)) !== undefined) {
      signal?.throwIfAborted();
      await kube.mergePatch(ref, { spec: { replicas: 0 } });
    }
    await patchService(kube, target, { [ANNOTATIONS.scaleDownAt]: null }, undefined, signal);
  });
}

/**
 * Scales the previous colour down once its scale-down-delay has passed (and no deploy is in
 * flight): called at the start of every run and by the `post:` step.
 */
export async function scaleDownExpired(kube: KubeClient, target: Target, deps: HousekeepingDeps): Promise<boolean> {
  return scaleDownExpiredOf(kube, target, await readService(kube, target, deps.signal), deps);
}

interface HousekeepingDeps {
  logger: Logger;
  now?: () => number;
  signal?: AbortSignal;
}

/** scaleDownExpired with the stable Service as the caller has just read it. */
async function scaleDownExpiredOf(kube: KubeClient, target: Target, svc: Service | undefined, deps: HousekeepingDeps): Promise<boolean> {
  if (svc === undefined || !hasColour(svc)) return false;
  const state = blueGreenState(svc);
  const now = (deps.now ?? Date.now)();
  if (state.progress !== undefined || state.scaleDownAt === undefined || state.scaleDownAt > now) return false;
  const rec = new Recorder(deps.now ?? Date.now, deps.logger);
  await scaleDown(kube, target, state.deploymentName, state.previous, rec, deps.signal);
  deps.logger.info(`Scaled ${deploymentName(state.deploymentName, state.previous)} down: its scale-down-delay ended at ${new Date(state.scaleDownAt).toISOString()}`);
  return true;
}

/**
 * Puts all traffic back on `progress.from` after a failed or aborted deploy, scales the new colour
 * down and records why. The stable route never points at unready pods: when it already selects
 * the new colour, the shared rollback waits for the old colour to be ready before switching.
 */
async function undo(ctx: ShiftContext, reason: string, state: 'failure' | 'inactive'): Promise<void> {
  const { kube, config, progress } = ctx;
  const from = progress.from;
  await ctx.rec.run('rollback', `Roll back ${config.namespace}/${config.service} to ${from ?? '(nothing)'}`, async () => {
    const svc = await readService(kube, config, ctx.signal);
    const selecting = svc === undefined || !hasColour(svc) ? undefined : blueGreenState(svc);
    if (from !== undefined && selecting !== undefined && selecting.active === progress.target) {
      await rollback(kube, { ...selecting, previous: from, previousRevision: progress.fromRevision }, {
        reason, timeoutMs: remaining(ctx), logger: ctx.logger, now: ctx.now, ...(ctx.signal === undefined ? {} : { signal: ctx.signal }),
      });
    } else if (from !== undefined && ctx.route.weighted) {
      await ctx.route.settle(from, ctx.signal);
    }
    await patchService(kube, config, {
      [ANNOTATIONS.progress]: null,
      [ANNOTATIONS.failedColour]: progress.target,
      [ANNOTATIONS.failedRevision]: progress.revision,
      [ANNOTATIONS.rolledBackAt]: new Date(ctx.now()).toISOString(),
      [ANNOTATIONS.rollbackReason]: reason.slice(0, 1024),
    }, undefined, ctx.signal);
    // A first deploy has nothing to fall back on: its pods stay for inspection, unrouted only if never switched.
    if (from !== undefined) {
      const ref = deploymentRef(config.namespace, deploymentName(ctx.base, progress.target));
      if ((await kube.find(ref, ctx.signal)) !== undefined) {
        ctx.signal?.throwIfAborted();
        await kube.mergePatch(ref, { spec: { replicas: 0 } });
      }
    }
    if (progress.deploymentId !== undefined) await ctx.hooks.tracker?.finish(progress.deploymentId, state, reason.slice(0, 140));
  });
}

function outcome(result: DeployResult, config: Target, rec: Recorder, fields: Partial<DeployOutcome>): DeployOutcome {
  return {
    result,
    namespace: config.namespace,
    service: config.service,
    activeColour: undefined,
    previousColour: undefined,
    revision: undefined,
    deploymentId: undefined,
    findings: [],
    ...fields,
    steps: rec.steps,
    analyses: rec.analyses,
  };
}

async function namespaceExists(kube: KubeClient, namespace: string, signal?: AbortSignal): Promise<boolean> {
  try {
    return (await kube.find({ apiVersion: 'v1', kind: 'Namespace', name: namespace }, signal)) !== undefined;
  } catch (error) {
    // A deployer confined to its namespace may not read Namespaces; the apply will tell.
    if (isForbidden(error)) return true;
    throw error;
  }
}

function planText(
  rendered: Rendered,
  entries: readonly PlanEntry[],
  target: Colour,
  from: Colour | undefined,
  steps: readonly number[],
  route: TrafficRoute,
  config: DeployConfig,
  analysed: boolean,
): string {
  const then = analysed ? ', then analyse' : '';
  const lines = [formatPlan(entries), '', `Then, for ${config.namespace}/${config.service} (${route.id}):`];
  lines.push(`  wait until Deployment ${rendered.deployment.metadata.name} has ${rendered.replicas} ready replicas and Service ${colourServiceName(config.service, target)} lists them all as ready endpoints`);
  for (const w of steps) {
    if (w < 100) lines.push(`  shift ${w}% of ${route.id} traffic to ${target}${then}`);
    else lines.push(`  switch Service ${config.service} selector ${from === undefined ? '' : `${from} → `}${target}${route.weighted ? ` and settle ${route.id} on ${target}` : ''}${then}`);
  }
  if (from !== undefined) lines.push(config.scaleDownDelayMs === 0 ? `  scale ${from} down at once` : `  keep ${from} warm for ${Math.round(config.scaleDownDelayMs / 1000)} s, then scale it down`);
  return lines.join('\n');
}

/**
 * Work under a lock stops when the lock's signal aborts; it then fails with the signal's reason
 * (the lock was lost, and why) rather than with whichever request the abort happened to cut short.
 */
async function whileHeld<T>(signal: AbortSignal | undefined, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (signal?.aborted === true && signal.reason instanceof Error && error !== signal.reason) throw signal.reason;
    throw error;
  }
}

/** action: deploy. */
export function deploy(config: DeployConfig, deps: DeployDeps): Promise<DeployOutcome> {
  return whileHeld(deps.signal, () => deployHeld(config, deps));
}

async function deployHeld(config: DeployConfig, deps: DeployDeps): Promise<DeployOutcome> {
  const { kube, logger } = deps;
  const now = deps.now ?? Date.now;
  const hooks = deps.hooks ?? {};
  const rec = new Recorder(now, logger);
  const deadline = now() + config.timeoutMs;
  const route = createRoute(kube, config, config.route);

  let live = await readService(kube, config, deps.signal);
  let state = hasColour(live) ? blueGreenState(live as Service) : undefined;
  const colourLabel = state?.colourLabel ?? 'color';
  const probe = render({ namespace: config.namespace, service: config.service, manifests: config.manifests, live, colourLabel, target: 'blue', serving: 'blue' }, config.route.name);
  const revision = probe.revision;

  // An unfinished deploy is dealt with by the policy, never guessed at. `resuming` is the one this
  // run carries on (on-interrupted: resume, same revision); any other is undone first.
  let resuming: Progress | undefined;
  const interrupted = state?.progress;
  if (interrupted !== undefined && state !== undefined) {
    if (interrupted.phase === 'paused') {
      if (interrupted.revision === revision) {
        logger.notice(`${config.namespace}/${config.service}: revision ${revision} is already deployed to ${interrupted.target} and waiting for promotion`);
        return outcome('paused', config, rec, { activeColour: state.active, previousColour: state.previous, revision, deploymentId: interrupted.deploymentId });
      }
      throw new ConfigurationError(`${config.namespace}/${config.service}: revision ${interrupted.revision} (${interrupted.target}, by ${interrupted.run}) is waiting for promotion; run this action with action: promote or action: abort before deploying ${revision}`, { input: 'action' });
    }
    const same = interrupted.revision === revision;
    const policy = config.onInterrupted;
    if (policy === 'fail') {
      throw new ConfigurationError(`${config.namespace}/${config.service}: a deploy of ${interrupted.revision} to ${interrupted.target} by ${interrupted.run} stopped at ${interrupted.phase} (step ${interrupted.step + 1} of ${interrupted.steps.length}) and on-interrupted is 'fail'; run action: abort, or set on-interrupted to 'rollback' or 'resume'`, { input: 'on-interrupted' });
    }
    if (policy === 'resume' && same && !config.dryRun) {
      resuming = interrupted;
      logger.notice(`${config.namespace}/${config.service}: resuming the interrupted deploy of ${revision} to ${interrupted.target} (by ${interrupted.run}) at ${interrupted.phase}, step ${Math.max(1, interrupted.step + 1)} of ${interrupted.steps.length}`);
    } else if (!config.dryRun) {
      logger.notice(`${config.namespace}/${config.service}: a deploy of ${interrupted.revision} to ${interrupted.target} by ${interrupted.run} was interrupted at ${interrupted.phase}; ${policy === 'resume' ? 'it carried another revision, so ' : ''}rolling it back first`);
      // The interrupted run's traffic moved along the route it recorded, whatever this run was given.
      const recorded = createRoute(kube, config, recordedRoute(state, config));
      const ctx: ShiftContext = {
        kube, logger, rec, now, signal: deps.signal, config, hooks, route: recorded, colourLabel,
        identity: state.labels, base: state.deploymentName, replicas: 1, progress: interrupted, deadline,
      };
      await undo(ctx, `interrupted run ${interrupted.run} rolled back by ${config.runUrl}`, 'failure');
      live = await readService(kube, config, deps.signal);
      state = hasColour(live) ? blueGreenState(live as Service) : undefined;
    }
  }

  const serving = state?.active;
  const target: Colour = resuming !== undefined ? resuming.target : serving === undefined ? 'blue' : otherColour(serving);
  const from = resuming !== undefined ? resuming.from : serving;
  const rendered = render({
    namespace: config.namespace, service: config.service, manifests: config.manifests, live, colourLabel, target, serving,
  }, config.route.name);

  const findings = preflight({
    deployment: rendered.deployment,
    where: rendered.source === undefined ? `Deployment ${rendered.deploymentName}` : `${rendered.source.file} (Deployment ${rendered.deploymentName})`,
    identity: rendered.identity,
    namespace: config.namespace,
    // The Service lives in it, so it exists.
    namespaceExists: live !== undefined || await namespaceExists(kube, config.namespace, deps.signal),
  }, config.preflight);
  for (const f of findings.filter((x) => x.level === 'warning')) logger.warning(`preflight ${f.rule}: ${f.message}`);
  const errors = findings.filter((f) => f.level === 'error');
  if (errors.length > 0) {
    throw new ConfigurationError(`Preflight failed for ${config.namespace}/${config.service}; nothing was changed:\n${errors.map((f) => `- ${f.rule}: ${f.message}`).join('\n')}\n(Each rule can be set to warning or off through the 'preflight' input.)`, { input: 'manifests' });
  }
  const routeExists = await route.check(deps.signal).then(() => true, (error: unknown) => {
    if (error instanceof ConfigurationError && rendered.routeObjects.length > 0 && !/CRD|not serve/.test(error.message)) return false;
    throw error;
  });
  // With nothing serving by colour yet there is nothing to shift from: the first deploy goes to 100 at once.
  const steps = route.weighted && from !== undefined ? config.steps : [100];
  if (!config.dryRun) {
    // Housekeeping only after the input has proven valid: a bad deploy changes nothing at all.
    // Under the lock nobody else writes the Service, so the copy read above is still current.
    await scaleDownExpiredOf(kube, config, live, { logger, now, ...(deps.signal === undefined ? {} : { signal: deps.signal }) });
    if (resuming === undefined && state?.progress === undefined && state?.activeRevision === revision) {
      const active = await kube.find<Deployment>(deploymentRef(config.namespace, deploymentName(rendered.deploymentName, state.active)), deps.signal);
      if ((active?.status?.readyReplicas ?? 0) >= rendered.replicas) {
        logger.notice(`${config.namespace}/${config.service}: revision ${revision} already serves on ${state.active}; nothing to deploy`);
        return outcome('unchanged', config, rec, { activeColour: state.active, previousColour: state.previous, revision, deploymentId: state.deploymentId, findings });
      }
    }
  }
  const objects: ApplyInput[] = [
    ...rendered.others,
    rendered.colourServices.blue,
    rendered.colourServices.green,
    rendered.stable,
    ...(routeExists ? [] : rendered.routeObjects),
    rendered.deployment,
  ];

  if (config.dryRun) {
    // The server validates and admits every object (dryRun=All); the plan says what would change.
    await applyObjects(kube, objects, { dryRun: true, force: true, logger, ...(deps.signal === undefined ? {} : { signal: deps.signal }) });
    const entries = await planObjects(kube, objects, deps.signal === undefined ? {} : { signal: deps.signal });
    const plan = planText(rendered, entries, target, from, steps, route, config, hooks.analyse !== undefined);
    logger.info(plan);
    return outcome('planned', config, rec, { activeColour: serving, previousColour: from, revision, findings, plan });
  }

  // A resumed deploy keeps its GitHub deployment, even one that stopped before any traffic moved: none is left in progress forever.
  const deploymentId = resuming !== undefined
    ? resuming.deploymentId
    : await hooks.tracker?.start({ namespace: config.namespace, service: config.service, revision, colour: target });
  const startedAt = new Date(now()).toISOString();
  const ctx: ShiftContext = {
    kube,
    logger,
    rec,
    now,
    signal: deps.signal,
    config,
    hooks,
    route,
    colourLabel,
    identity: rendered.identity,
    base: rendered.deploymentName,
    replicas: rendered.replicas,
    deadline,
    progress: resuming !== undefined ? { ...resuming, run: config.runUrl } : {
      run: config.runUrl, target, revision, from, fromRevision: state?.activeRevision, phase: 'rollout', step: -1, steps: [...steps], deploymentId, startedAt, updatedAt: startedAt,
    },
  };
  const previous = from === undefined ? undefined : await kube.find<Deployment>(deploymentRef(config.namespace, deploymentName(rendered.deploymentName, from)), deps.signal);
  try {
    const applied = await rec.run('apply', `Apply ${target} (${revision}) to ${config.namespace}`, async () => {
      // The record goes first when the Service exists, so a run that dies mid-apply is seen as interrupted.
      const record = {
        [ANNOTATIONS.progress]: progressText(ctx.progress),
        [ANNOTATIONS.deploymentName]: rendered.deploymentName === config.service ? null : rendered.deploymentName,
        [ANNOTATIONS.route]: route.id,
        [ANNOTATIONS.scaleDownAt]: null,
      };
      if (live !== undefined) await patchService(kube, config, record, undefined, deps.signal);
      const applied = await applyObjects(kube, objects, { force: true, logger, ...(deps.signal === undefined ? {} : { signal: deps.signal }) });
      if (live === undefined) await patchService(kube, config, record, undefined, deps.signal);
      return applied.find((r) => r.object.kind === 'Deployment' && r.object.metadata.name === rendered.deployment.metadata.name)?.object as Deployment | undefined;
    });
    await rec.run('rollout', `Wait for ${rendered.deployment.metadata.name} to roll out`, async () => {
      try {
        await waitForRollout(kube, { namespace: config.namespace, name: rendered.deployment.metadata.name }, {
          timeoutMs: remaining(ctx),
          logger,
          // The apply's answer is where the wait starts: no second read of what was just written.
          ...(applied === undefined ? {} : { initial: applied }),
          onProgress: (m) => logger.info(m),
          ...(deps.signal === undefined ? {} : { signal: deps.signal }),
        });
      } catch (error) {
        if (error instanceof RolloutError) throw new RolledBack(error.message);
        throw error;
      }
    });
    const preview = colourServiceName(config.service, target);
    await rec.run('ready-gate', `Wait until ${preview} has ${rendered.replicas} ready endpoints`, async () => {
      const pods = await waitForReadyPods(kube, config.namespace, { ...rendered.identity, [colourLabel]: target, [LABELS.revision]: revision }, rendered.replicas, {
        timeoutMs: remaining(ctx),
        logger,
        ...(deps.signal === undefined ? {} : { signal: deps.signal }),
      });
      await waitForServiceEndpoints(kube, { namespace: config.namespace, service: preview }, {
        minReady: rendered.replicas,
        pods,
        timeoutMs: remaining(ctx),
        logger,
        ...(deps.signal === undefined ? {} : { signal: deps.signal }),
      });
    });
    if (hooks.smokeTest !== undefined) {
      const smoke = hooks.smokeTest;
      await rec.run('smoke-test', `Smoke-test ${preview}`, async () => {
        const result = await smoke({ namespace: config.namespace, service: preview, colour: target, revision });
        if (!result.ok) throw new RolledBack(`smoke test against ${preview} failed: ${result.detail}`);
        logger.info(`Smoke test passed: ${result.detail}`);
      });
    }
    const ended = await shiftTraffic(ctx, resuming?.step ?? -1, config.autoPromote);
    if (ended === 'paused') {
      return outcome('paused', config, rec, { activeColour: from ?? target, previousColour: from === undefined ? undefined : target, revision, deploymentId, findings });
    }
    await finishPromotion(ctx, previous?.spec?.replicas);
    return outcome('promoted', config, rec, { activeColour: target, previousColour: from, revision, deploymentId, findings });
  } catch (error) {
    const reason = await undoAfter(ctx, error);
    return outcome('rolled-back', config, rec, { activeColour: from, previousColour: target, revision, deploymentId, findings, reason });
  }
}

/**
 * After a failed step: put traffic back and return why. A lost lock means another run owns the
 * service now, so nothing is touched and the error goes up; so does an undo that fails, leaving
 * the recorded progress for the next run's on-interrupted policy.
 */
async function undoAfter(ctx: ShiftContext, error: unknown): Promise<string> {
  if (ctx.signal?.aborted === true) throw error;
  const expected = error instanceof RolledBack;
  const reason = expected ? error.message : `failed: ${error instanceof Error ? error.message : String(error)}`;
  ctx.logger.error(`${ctx.config.namespace}/${ctx.config.service}: ${reason}`);
  try {
    await undo(ctx, reason, 'failure');
  } catch (undoError) {
    ctx.logger.error(`Rolling back ${ctx.config.namespace}/${ctx.config.service} failed too: ${undoError instanceof Error ? undoError.message : String(undoError)}; a re-run will find the deploy interrupted and apply on-interrupted`);
    throw expected ? undoError : error;
  }
  return reason;
}

async function inFlight(kube: KubeClient, config: CommonConfig, action: 'promote' | 'abort', signal?: AbortSignal): Promise<{ state: BlueGreenState; progress: Progress }> {
  const svc = await readService(kube, config, signal);
  if (svc === undefined) throw new ConfigurationError(`Service ${config.namespace}/${config.service} does not exist, so there is nothing to ${action}`, { input: 'service' });
  const state = hasColour(svc) ? blueGreenState(svc) : undefined;
  if (state?.progress === undefined) {
    const what = action === 'promote' ? 'waiting for promotion' : 'in progress';
    const hint = action === 'promote' ? '; deploy with auto-promote: false first' : '';
    throw new ConfigurationError(`${config.namespace}/${config.service} has no deploy ${what}, so there is nothing to ${action}${hint}`, { input: 'action' });
  }
  if (action === 'promote' && state.progress.phase !== 'paused') {
    throw new ConfigurationError(`${config.namespace}/${config.service}: the deploy of ${state.progress.revision} by ${state.progress.run} is not waiting for promotion (it stopped at ${state.progress.phase}); re-run the deploy or abort it`, { input: 'action' });
  }
  return { state, progress: state.progress };
}

function contextFor(config: CommonConfig, deps: DeployDeps, state: BlueGreenState, progress: Progress, replicas: number): ShiftContext {
  const now = deps.now ?? Date.now;
  return {
    kube: deps.kube,
    logger: deps.logger,
    rec: new Recorder(now, deps.logger),
    now,
    signal: deps.signal,
    config,
    hooks: deps.hooks ?? {},
    // Promote and abort move traffic along the route the deploy recorded, not whatever this run was given.
    route: createRoute(deps.kube, config, recordedRoute(state, config)),
    colourLabel: state.colourLabel,
    identity: state.labels,
    base: state.deploymentName,
    replicas,
    progress,
    deadline: now() + config.timeoutMs,
  };
}

/** action: promote — the remaining steps of a deploy that paused for manual promotion. */
export function promote(config: CommonConfig, deps: DeployDeps): Promise<DeployOutcome> {
  return whileHeld(deps.signal, () => promoteHeld(config, deps));
}

async function promoteHeld(config: CommonConfig, deps: DeployDeps): Promise<DeployOutcome> {
  const { state, progress } = await inFlight(deps.kube, config, 'promote', deps.signal);
  const target = await deps.kube.find<Deployment>(deploymentRef(config.namespace, deploymentName(state.deploymentName, progress.target)), deps.signal);
  if (target === undefined) throw new ConfigurationError(`Deployment ${config.namespace}/${deploymentName(state.deploymentName, progress.target)} is gone; there is nothing to promote. Run action: abort, then deploy again`, { input: 'action' });
  const ctx = contextFor(config, deps, state, progress, target.spec?.replicas ?? 1);
  const previous = progress.from === undefined
    ? undefined
    : await deps.kube.find<Deployment>(deploymentRef(config.namespace, deploymentName(state.deploymentName, progress.from)), deps.signal);
  try {
    const first = progress.steps.findIndex((w, i) => i > progress.step && w === 100);
    await shiftTraffic(ctx, first === -1 ? progress.step + 1 : first, true);
    await finishPromotion(ctx, previous?.spec?.replicas);
    return outcome('promoted', config, ctx.rec, { activeColour: progress.target, previousColour: progress.from, revision: progress.revision, deploymentId: progress.deploymentId });
  } catch (error) {
    const reason = await undoAfter(ctx, error);
    return outcome('rolled-back', config, ctx.rec, { activeColour: progress.from, previousColour: progress.target, revision: progress.revision, deploymentId: progress.deploymentId, reason });
  }
}

/** action: abort — all traffic back on the colour that served before the deploy. */
export function abort(config: CommonConfig, deps: DeployDeps, reason = 'aborted'): Promise<DeployOutcome> {
  return whileHeld(deps.signal, () => abortHeld(config, deps, reason));
}

async function abortHeld(config: CommonConfig, deps: DeployDeps, reason: string): Promise<DeployOutcome> {
  const { state, progress } = await inFlight(deps.kube, config, 'abort', deps.signal);
  const ctx = contextFor(config, deps, state, progress, 1);
  await undo(ctx, `${reason} by ${config.runUrl}`, 'failure');
  return outcome('aborted', config, ctx.rec, { activeColour: progress.from, previousColour: progress.target, revision: progress.revision, deploymentId: progress.deploymentId, reason });
}

/** The route a deploy recorded on the Service: where its traffic moves, whatever this run was given. */
function recordedRoute(state: BlueGreenState, config: CommonConfig): RouteSpec {
  return parseRouteId(state.routeId) ?? config.route;
}

/** action: status — what serves now, read-only. */
export async function status(config: CommonConfig, deps: Pick<DeployDeps, 'kube' | 'logger' | 'signal' | 'now'>): Promise<DeployOutcome & { state: BlueGreenState | undefined; weights: Partial<Record<Colour, number>> | undefined }> {
  const svc = await readService(deps.kube, config, deps.signal);
  const state = svc !== undefined && hasColour(svc) ? blueGreenState(svc) : undefined;
  const rec = new Recorder(deps.now ?? Date.now, deps.logger);
  let weights: Partial<Record<Colour, number>> | undefined;
  const spec = state === undefined ? undefined : recordedRoute(state, config);
  const route = spec === undefined || spec.method === 'service' ? undefined : createRoute(deps.kube, config, spec);
  if (route !== undefined) {
    weights = await route.weights(deps.signal).catch((error: unknown) => {
      if (isNotFound(error) || error instanceof ConfigurationError) return undefined;
      throw error;
    });
  }
  const split = weights === undefined ? undefined : Object.entries(weights).map(([colour, percent]) => `${colour} ${percent}%`).join(', ');
  return {
    ...outcome('status', config, rec, {
      activeColour: state?.active,
      previousColour: state?.previous,
      revision: state?.activeRevision,
      deploymentId: state?.deploymentId,
      // What the weighted route sends where: the one thing the selector does not tell.
      ...(split === undefined || route === undefined ? {} : { reason: `${route.id}: ${split}` }),
    }),
    state,
    weights,
  };
}
