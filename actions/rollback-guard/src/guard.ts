import type { Logger } from '@pipeline/core';
import { parseQuantity } from '@pipeline/kube';
import type { Deployment, KubeClient } from '@pipeline/kube';
import { analysisJson, defaultMetrics, formatValue, loadMetrics, pollingSignals, runAnalysis, systemClock, TEMPLATE_NAMES } from '@pipeline/metrics';
import type { Clock, EffectMeasure, JudgeName, MetricDefinition, MetricsSource, NoDataPolicy, SignalSource, TemplateContext } from '@pipeline/metrics';
import { deploymentName, readBlueGreenState, rollback } from './bluegreen.ts';
import type { BlueGreenState, RollbackResult } from './bluegreen.ts';
import type { GuardOutcome } from './report.ts';
import { podSignalCheck } from './signals.ts';

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
 * `metrics: http-5xx-rate, latency-p95` (template names, comma- or newline-separated) is the
 * common case; it is turned into the YAML list the metrics library reads. Anything else is passed
 * through as YAML or a path.
 */
export function expandTemplateList(raw: string): string {
  const names = raw.split(/[\n,]/).map((s) => s.trim()).filter((s) => s !== '');
  if (names.length > 0 && names.every((n) => TEMPLATE_NAMES.includes(n))) return names.map((n) => `- ${n}`).join('\n');
  return raw;
}

function firstContainerLimits(d: Deployment | undefined): { cpu?: number; memory?: number } {
  const containers = (d?.spec?.['template'] as { spec?: { containers?: { resources?: { limits?: Record<string, string> } }[] } } | undefined)?.spec?.containers ?? [];
  const limits = containers[0]?.resources?.limits ?? {};
  const cpu = parseQuantity(limits['cpu']);
  const memory = parseQuantity(limits['memory']);
  return { ...(cpu === undefined ? {} : { cpu }), ...(memory === undefined ? {} : { memory }) };
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
    kube.find<Deployment>({ apiVersion: 'apps/v1', kind: 'Deployment', namespace: state.namespace, name: deploymentName(state.service, state.active) }, deps.signal),
    kube.find<Deployment>({ apiVersion: 'apps/v1', kind: 'Deployment', namespace: state.namespace, name: deploymentName(state.service, state.previous) }, deps.signal),
  ]);
  let baselineColour: string | undefined;
  if (config.baseline === 'previous-color') {
    if ((previous?.status?.readyReplicas ?? 0) > 0) baselineColour = state.previous;
    else logger.warning(`The previous colour (${state.previous}) runs no ready pods, so there is no concurrent baseline; only thresholds and fixed 'baseline-value's are judged.`);
  }
  const limits = firstContainerLimits(active);
  const context: TemplateContext = {
    labels: { namespace: state.namespace, ...state.labels },
    colourLabel: state.colourLabel,
    newColour: state.active,
    rateWindow: config.rateWindow,
    ...(baselineColour === undefined ? {} : { baselineColour }),
    ...(limits.cpu === undefined ? {} : { cpuLimitCores: limits.cpu }),
    ...(limits.memory === undefined ? {} : { memoryLimitBytes: limits.memory }),
  };
  const metrics = config.metrics === undefined ? defaultMetrics(context) : await loadMetrics(expandTemplateList(config.metrics), context, { workspace: config.workspace, input: 'metrics' });
  logger.info(`Guarding ${state.namespace}/${state.service}: ${state.active} (new)${baselineColour === undefined ? '' : ` against ${baselineColour}`}; ${metrics.length} metric(s): ${metrics.map((m) => m.name).join(', ')}`);

  let signals: SignalSource | undefined;
  if (config.kubeSignals) {
    const labelSelector = Object.entries({ ...state.labels, [state.colourLabel]: state.active }).map(([k, v]) => `${k}=${v}`).join(',');
    signals = pollingSignals(podSignalCheck(kube, { namespace: state.namespace, labelSelector }, { now: () => clock.now(), readinessGraceMs: deps.readinessGraceMs ?? 3000 }), {
      intervalMs: deps.signalPollMs ?? Math.min(config.intervalMs, 1000),
      clock,
      onError: (error) => logger.debug(`Listing pods for crash signals failed (will retry): ${(error as Error).message}`),
    });
  }

  const analysis = await runAnalysis({
    metrics,
    source: deps.source,
    judge: config.judge,
    intervalMs: config.intervalMs,
    durationMs: config.durationMs,
    failureLimit: config.failureLimit,
    minSamples: config.minSamples,
    noData: config.noData,
    mannWhitney: { confidence: config.confidence, effect: config.effect, tolerance: config.tolerance },
    clock,
    logger,
    ...(signals === undefined ? {} : { signals }),
    ...(deps.signal === undefined ? {} : { signal: deps.signal }),
    onMeasurement: (name, m) => logger.info(`${name}: ${m.outcome} — new ${formatValue(m.newValue)}${m.baselineValue === undefined ? '' : `, baseline ${formatValue(m.baselineValue)}`}: ${m.reason}`),
  });

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
