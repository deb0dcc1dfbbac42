// Analysis of one colour against the other, shared by bluegreen-deploy (at every traffic step)
// and rollback-guard (after the deploy). The configuration keys are rollback-guard's inputs.
import { boolean, ConfigurationError, duration, inputVariable, number, oneOf, parseInputs, string } from '@pipeline/core';
import type { Inputs, Logger } from '@pipeline/core';
import { parseQuantity } from '@pipeline/kube';
import type { Deployment, KubeClient } from '@pipeline/kube';
import { defaultMetrics, formatValue, loadMetrics, pollingSignals, runAnalysis, systemClock, TEMPLATE_NAMES } from '@pipeline/metrics';
import type { AnalysisResult, Clock, MetricDefinition, MetricsSource, SignalSource, TemplateContext } from '@pipeline/metrics';
import { isDocument, parseDocument, stringify } from 'yaml';
import { selectorString } from './convention.ts';
import type { Colour } from './convention.ts';
import { podSignalCheck } from './signals.ts';
import { readYamlInput } from './yaml-input.ts';

/** The analysis settings, named as rollback-guard's inputs so one configuration serves both. */
export const analysisSchema = {
  'prometheus-url': string({ required: true }),
  'prometheus-auth': string({ secret: true }),
  metrics: string(),
  judge: oneOf(['threshold', 'mann-whitney'], { default: 'threshold' }),
  confidence: number({ default: 0.99, min: 0.5, max: 0.999999 }),
  effect: oneOf(['hodges-lehmann', 'cles'], { default: 'hodges-lehmann' }),
  tolerance: number({ default: 0.2, min: 0 }),
  interval: duration({ default: '30s', min: '100ms', max: '1h' }),
  duration: duration({ default: '10m', min: '100ms', max: '24h' }),
  'failure-limit': number({ default: 0, integer: true, min: 0, max: 1000 }),
  'min-samples': number({ default: 10, integer: true, min: 1, max: 100_000 }),
  'no-data': oneOf(['fail', 'inconclusive', 'ignore'], { default: 'fail' }),
  'rate-window': string({ default: '1m' }),
  'kube-signals': boolean({ default: true }),
};
export type AnalysisConfig = Inputs<typeof analysisSchema>;

/**
 * The `analysis` input of bluegreen-deploy: inline YAML, or the workspace path of a YAML file,
 * holding rollback-guard's analysis inputs (`prometheus-url`, `metrics`, `interval`, `duration` …).
 */
export function parseAnalysisConfig(text: string, workspace: string, input = 'analysis'): AnalysisConfig {
  const { text: yamlText, where } = readYamlInput(text, { workspace, input, example: 'prometheus-url: …' });
  const doc = parseDocument(yamlText, { prettyErrors: false });
  if (!isDocument(doc) || doc.errors.length > 0) throw new ConfigurationError(`${where} is not valid YAML (${doc.errors[0]?.code ?? 'parse error'}); expected a mapping of rollback-guard analysis inputs such as prometheus-url and metrics`, { input });
  const value: unknown = doc.toJS();
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new ConfigurationError(`${where} must be a YAML mapping (prometheus-url: …, metrics: …)`, { input });
  const env: NodeJS.ProcessEnv = {};
  for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
    if (!(key in analysisSchema)) throw new ConfigurationError(`${where} has an unknown key '${key}'; valid keys are ${Object.keys(analysisSchema).join(', ')}`, { input });
    // A list of template names stays a plain list; metric mappings go back to YAML, which is what the metrics reader takes.
    const plain = Array.isArray(v) && v.every((x) => typeof x !== 'object' || x === null);
    env[inputVariable(key)] = plain ? (v as unknown[]).map(String).join('\n') : typeof v === 'object' && v !== null ? stringify(v) : String(v);
  }
  try {
    return parseInputs(analysisSchema, { env });
  } catch (error) {
    if (error instanceof ConfigurationError) throw new ConfigurationError(`${where}: ${error.message}`, { input, cause: error });
    throw error;
  }
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

export interface ColourAnalysisTarget {
  namespace: string;
  /** The service's identity labels (the stable selector without the colour). */
  identity: Record<string, string>;
  colourLabel: string;
  newColour: Colour;
  /** The colour compared against, when it runs ready pods. */
  baselineColour: Colour | undefined;
  /** When the baseline colour stopped serving (the promotion): its metrics are read as of then if it has none now. */
  baselineIdleSince?: number;
  /** The new colour's Deployment, for the CPU/memory limit templates. */
  deployment: Deployment | undefined;
}

export interface ColourAnalysisSettings extends Omit<AnalysisConfig, 'prometheusUrl' | 'prometheusAuth' | 'interval' | 'duration'> {
  intervalMs: number;
  durationMs: number;
  workspace: string;
}

export interface ColourAnalysisDeps {
  kube: KubeClient;
  source: MetricsSource;
  logger: Logger;
  clock?: Clock;
  signalPollMs?: number;
  readinessGraceMs?: number;
  signal?: AbortSignal;
  /** Called with the metrics about to be judged, before the first measurement. */
  onStart?: (metrics: MetricDefinition[]) => void;
}

/** Judges the new colour's metrics (and, with kube signals, its pods) for one window. */
export async function analyseColour(
  target: ColourAnalysisTarget,
  settings: ColourAnalysisSettings,
  deps: ColourAnalysisDeps,
): Promise<{ analysis: AnalysisResult; metrics: MetricDefinition[] }> {
  const { kube, logger } = deps;
  const clock = deps.clock ?? systemClock;
  const limits = firstContainerLimits(target.deployment);
  const context: TemplateContext = {
    labels: { namespace: target.namespace, ...target.identity },
    colourLabel: target.colourLabel,
    newColour: target.newColour,
    rateWindow: settings.rateWindow,
    ...(target.baselineColour === undefined ? {} : { baselineColour: target.baselineColour }),
    ...(limits.cpu === undefined ? {} : { cpuLimitCores: limits.cpu }),
    ...(limits.memory === undefined ? {} : { memoryLimitBytes: limits.memory }),
  };
  const metrics = settings.metrics === undefined ? defaultMetrics(context) : await loadMetrics(expandTemplateList(settings.metrics), context, { workspace: settings.workspace, input: 'metrics' });
  deps.onStart?.(metrics);
  let signals: SignalSource | undefined;
  if (settings.kubeSignals) {
    const labelSelector = selectorString({ ...target.identity, [target.colourLabel]: target.newColour });
    signals = pollingSignals(podSignalCheck(kube, { namespace: target.namespace, labelSelector }, { now: () => clock.now(), readinessGraceMs: deps.readinessGraceMs ?? 3000 }), {
      intervalMs: deps.signalPollMs ?? Math.min(settings.intervalMs, 1000),
      clock,
      onError: (error) => logger.debug(`Listing pods for crash signals failed (will retry): ${(error as Error).message}`),
    });
  }
  const analysis = await runAnalysis({
    metrics,
    source: deps.source,
    judge: settings.judge,
    intervalMs: settings.intervalMs,
    durationMs: settings.durationMs,
    failureLimit: settings.failureLimit,
    minSamples: settings.minSamples,
    noData: settings.noData,
    mannWhitney: { confidence: settings.confidence, effect: settings.effect, tolerance: settings.tolerance },
    clock,
    logger,
    ...(signals === undefined ? {} : { signals }),
    ...(target.baselineIdleSince === undefined ? {} : { baselineFallbackAt: target.baselineIdleSince }),
    ...(deps.signal === undefined ? {} : { signal: deps.signal }),
    onMeasurement: (name, m) => {
      const baseline = m.baselineValue === undefined ? '' : `, baseline ${formatValue(m.baselineValue)}`;
      logger.info(`${name}: ${m.outcome} — new ${formatValue(m.newValue)}${baseline}: ${m.reason}`);
    },
  });
  return { analysis, metrics };
}
