import type { Logger } from '@pipeline/core';
import { analyseColour, deploymentName, readBlueGreenState, rollback } from '@pipeline/bluegreen';
import type { BlueGreenState, Colour, RollbackResult } from '@pipeline/bluegreen';
import type { Deployment, KubeClient } from '@pipeline/kube';
import { analysisJson, systemClock } from '@pipeline/metrics';
import type { Clock, EffectMeasure, JudgeName, MetricDefinition, MetricsSource, NoDataPolicy } from '@pipeline/metrics';
import type { GuardOutcome } from './report.ts';

export interface GuardConfig {
  namespace: string;
  service: string;
  /** The `metrics` input; undefined means the seed defaults. */
  metrics: string | undefined;
  workspace: string;
  judge: JudgeName;
  confidence: number;
  effect: EffectMeasure;
  tolerance: number;
  baseline: 'previous-color' | 'fixed';
  intervalMs: number;
  durationMs: number;
  failureLimit: number;
  minSamples: number;
  noData: NoDataPolicy;
  rateWindow: string;
  onBreach: 'rollback' | 'report';
  kubeSignals: boolean;
  dryRun: boolean;
  timeoutMs: number;
  runUrl?: string;
}

export interface GuardDeps {
  kube: KubeClient;
  source: MetricsSource;
  logger: Logger;
  clock?: Clock;
  /** How often the new colour's pods are listed for crash signals (default: min(interval, 1 s)). */
  signalPollMs?: number;
  /** How long a once-Ready pod must stay unready to count as a readiness drop (default 3 s). */
  readinessGraceMs?: number;
  signal?: AbortSignal;
}

export interface GuardRun extends GuardOutcome {
  state: BlueGreenState;
  metricsUsed: MetricDefinition[];
}

/**
 * One guard run: read the blue/green state from the stable Service, judge the active (new)
 * colour against the other one, and on a fail verdict roll traffic back (unless told only to
 * report). Every dependency comes in through `deps`, so it runs the same against the test plane.
 */
export async function runGuard(config: GuardConfig, deps: GuardDeps): Promise<GuardRun> {
  const { kube, logger } = deps;
  const clock = deps.clock ?? systemClock;
  const state = await readBlueGreenState(kube, { namespace: config.namespace, service: config.service });
  const [active, previous] = await Promise.all([
    kube.find<Deployment>({ apiVersion: 'apps/v1', kind: 'Deployment', namespace: state.namespace, name: deploymentName(state.deploymentName, state.active) }, deps.signal),
    kube.find<Deployment>({ apiVersion: 'apps/v1', kind: 'Deployment', namespace: state.namespace, name: deploymentName(state.deploymentName, state.previous) }, deps.signal),
  ]);
  let baselineColour: Colour | undefined;
  if (config.baseline === 'previous-color') {
    if ((previous?.status?.readyReplicas ?? 0) > 0) baselineColour = state.previous;
    else logger.warning(`The previous colour (${state.previous}) runs no ready pods, so there is no concurrent baseline; only thresholds and fixed 'baseline-value's are judged.`);
  }
  const { analysis, metrics } = await analyseColour(
    {
      namespace: state.namespace,
      identity: state.labels,
      colourLabel: state.colourLabel,
      newColour: state.active,
      baselineColour,
      deployment: active,
      // Once promoted (nothing in flight), the previous colour serves nothing: its live rates are
      // empty, so the analysis reads them as they were at the switch.
      ...(baselineColour !== undefined && state.progress === undefined && state.switchedAt !== undefined ? { baselineIdleSince: state.switchedAt } : {}),
    },
    {
      metrics: config.metrics,
      workspace: config.workspace,
      judge: config.judge,
      confidence: config.confidence,
      effect: config.effect,
      tolerance: config.tolerance,
      intervalMs: config.intervalMs,
      durationMs: config.durationMs,
      failureLimit: config.failureLimit,
      minSamples: config.minSamples,
      noData: config.noData,
      rateWindow: config.rateWindow,
      kubeSignals: config.kubeSignals,
    },
    {
      kube,
      source: deps.source,
      logger,
      clock,
      ...(deps.signalPollMs === undefined ? {} : { signalPollMs: deps.signalPollMs }),
      ...(deps.readinessGraceMs === undefined ? {} : { readinessGraceMs: deps.readinessGraceMs }),
      ...(deps.signal === undefined ? {} : { signal: deps.signal }),
      onStart: (used: MetricDefinition[]) => logger.info(`Guarding ${state.namespace}/${state.service}: ${state.active} (new)${baselineColour === undefined ? '' : ` against ${baselineColour}`}; ${used.length} metric(s): ${used.map((m) => m.name).join(', ')}`),
    },
  );

  let rolledBack: RollbackResult | undefined;
  let rollbackError: string | undefined;
  if (analysis.verdict === 'fail' && config.onBreach === 'rollback') {
    try {
      rolledBack = await rollback(kube, state, {
        reason: analysis.reason,
        timeoutMs: config.timeoutMs,
        dryRun: config.dryRun,
        logger,
        now: () => clock.now(),
        ...(deps.signal === undefined ? {} : { signal: deps.signal }),
      });
    } catch (error) {
      rollbackError = (error as Error).message;
      logger.error(`Rollback of ${state.namespace}/${state.service} to ${state.previous} failed: ${rollbackError}`);
    }
  }
  const restoredAt = rolledBack?.restoredAt;
  const mttrSeconds = restoredAt !== undefined && analysis.firstFailureAt !== undefined ? Math.max(0, restoredAt - analysis.firstFailureAt) / 1000 : undefined;
  return {
    namespace: state.namespace,
    service: state.service,
    newColour: state.active,
    baselineColour,
    analysis,
    onBreach: config.onBreach,
    rollback: rolledBack,
    rollbackError,
    mttrSeconds,
    runUrl: config.runUrl,
    state,
    metricsUsed: metrics,
  };
}

/** The analysis JSON artifact: the engine's result plus what the guard did about it. */
export function guardJson(run: GuardRun): string {
  const analysis = JSON.parse(analysisJson(run.analysis)) as Record<string, unknown>;
  return `${JSON.stringify({
    service: { namespace: run.namespace, name: run.service, colourLabel: run.state.colourLabel, newColour: run.newColour, baselineColour: run.baselineColour ?? null },
    ...analysis,
    onBreach: run.onBreach,
    rollback: run.rollback ?? null,
    rollbackError: run.rollbackError ?? null,
    mttrSeconds: run.mttrSeconds ?? null,
  }, null, 2)}\n`;
}
