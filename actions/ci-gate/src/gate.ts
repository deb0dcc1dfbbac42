import { ConfigurationError, isConfigurationError, type AnnotationProperties, type Logger, type OutputValue, type SummaryBuilder } from '@pipeline/core';
import type { StageName } from './inputs.ts';

/** Where a stage's results go: the gate keeps them for its one summary and its outputs. */
export interface StageSinks {
  summary: (section: SummaryBuilder) => void;
  setOutputs: (outputs: Record<string, OutputValue>) => void;
}

/** What a stage that ran to a verdict returns. */
export interface StageVerdict {
  passed: boolean;
  headline: string;
}

export interface Stage {
  name: StageName;
  /** Why the stage does not run with these inputs; absent when it runs. */
  skip?: string;
  /**
   * Inputs of the stage's own action that the root action names differently
   * (`format` → `sbom-format`), so an error names the input the user actually set.
   */
  renamed?: Readonly<Record<string, string>>;
  run(sinks: StageSinks): Promise<StageVerdict>;
}

/** `error`: the stage stopped before reaching a verdict (a user mistake or a bug). */
export type StageStatus = 'passed' | 'failed' | 'error' | 'skipped';

export interface StageReport {
  name: StageName;
  status: StageStatus;
  /** The stage's headline, the error's first line, or why it was skipped. */
  headline: string;
  /** The error's whole message, for the summary. */
  detail?: string;
  /** The stage's own summary section, when it wrote one (also when it failed later). */
  section?: SummaryBuilder;
  outputs: Record<string, OutputValue>;
  durationMs: number;
}

export interface GateVerdict {
  /** True when no stage failed or stopped with an error (skipped stages do not count). */
  passed: boolean;
  stages: StageReport[];
}

export interface RunStagesOptions {
  logger: Logger;
  /** How a failed verdict is annotated: `warning` when the step will not fail on it (fail: false, dry-run). */
  failureLevel: 'error' | 'warning';
  clock?: () => number;
}

/** Rewrites an error's input name to the root action's (its message names the input in quotes). */
export function renameInput(error: ConfigurationError, renamed: Readonly<Record<string, string>>): ConfigurationError {
  const to = error.input === undefined ? undefined : renamed[error.input];
  if (error.input === undefined || to === undefined) return error;
  const message = error.message.split(`'${error.input}'`).join(`'${to}'`);
  const where = { ...(error.file === undefined ? {} : { file: error.file }), ...(error.line === undefined ? {} : { line: error.line }) };
  return new ConfigurationError(message, { ...where, input: to, cause: error });
}

function reportError(stage: Stage, error: unknown, logger: Logger): { headline: string; detail: string } {
  if (isConfigurationError(error)) {
    const named = renameInput(error, stage.renamed ?? {});
    const props: AnnotationProperties = { title: named.input === undefined ? stage.name : `${stage.name}: Input '${named.input}'` };
    if (named.file !== undefined) props.file = named.file;
    if (named.line !== undefined) props.startLine = named.line;
    for (const [i, line] of named.message.split('\n').entries()) logger.error(line, i === 0 ? props : {});
    return { headline: named.message.split('\n')[0] ?? '', detail: named.message };
  }
  const message = error instanceof Error ? error.message : String(error);
  logger.error(`Unexpected error in ${stage.name} (a bug in pipeline, please report it): ${message}`, { title: stage.name });
  if (error instanceof Error && error.stack) logger.debug(error.stack);
  return { headline: `Unexpected error: ${message.split('\n')[0] ?? ''}`, detail: message };
}

/**
 * Runs every stage in order, each to its end: a failed or broken stage does not stop the
 * ones after it, so one run shows the user everything that needs fixing. Each stage's
 * summary section and outputs are kept for the one summary and the combined outputs.
 */
export async function runStages(stages: readonly Stage[], options: RunStagesOptions): Promise<GateVerdict> {
  const { logger } = options;
  const clock = options.clock ?? (() => performance.now());
  const reports: StageReport[] = [];
  for (const [index, stage] of stages.entries()) {
    const label = `[${index + 1}/${stages.length}] ${stage.name}`;
    if (stage.skip !== undefined) {
      logger.info(`${label}: skipped: ${stage.skip}.`);
      reports.push({ name: stage.name, status: 'skipped', headline: stage.skip, outputs: {}, durationMs: 0 });
      continue;
    }
    logger.info(`${label}`);
    const report: StageReport = { name: stage.name, status: 'error', headline: '', outputs: {}, durationMs: 0 };
    const sinks: StageSinks = {
      summary: (section) => {
        report.section = section;
      },
      setOutputs: (outputs) => {
        Object.assign(report.outputs, outputs);
      },
    };
    const started = clock();
    try {
      const verdict = await stage.run(sinks);
      report.status = verdict.passed ? 'passed' : 'failed';
      report.headline = verdict.headline;
      if (verdict.passed) logger.info(`${stage.name}: ${verdict.headline}`);
      else logger[options.failureLevel](`${stage.name}: ${verdict.headline}`, { title: stage.name });
    } catch (error) {
      const { headline, detail } = reportError(stage, error, logger);
      report.headline = headline;
      report.detail = detail;
    }
    report.durationMs = clock() - started;
    reports.push(report);
  }
  return { passed: reports.every((r) => r.status === 'passed' || r.status === 'skipped'), stages: reports };
}

/** Each stage's outputs under the root action's names; a name two stages share gets the stage as prefix. */
export const STAGE_OUTPUTS: Readonly<Record<StageName, Readonly<Record<string, string>>>> = {
  'quality-gate': {
    'results-path': 'results-path',
    tests: 'tests',
    failed: 'failed',
    coverage: 'coverage',
    'new-code-coverage': 'new-code-coverage',
    'new-findings': 'quality-gate-new-findings',
  },
  'trivy-scan': {
    findings: 'findings',
    'new-findings': 'trivy-scan-new-findings',
    critical: 'critical',
    high: 'high',
    suppressed: 'suppressed',
    'report-path': 'report-path',
    'sarif-path': 'sarif-path',
    'sarif-id': 'sarif-id',
  },
  sbom: {
    'cyclonedx-path': 'cyclonedx-path',
    'spdx-path': 'spdx-path',
    components: 'components',
    score: 'score',
    'license-verdict': 'license-verdict',
    'snapshot-id': 'snapshot-id',
    'artifact-name': 'artifact-name',
    'release-asset-url': 'release-asset-url',
  },
};

/** The root action's outputs: the combined verdict, each stage's outcome, and the stages' key outputs. */
export function gateOutputs(verdict: GateVerdict): Record<string, OutputValue> {
  const outputs: Record<string, OutputValue> = {
    passed: verdict.passed,
    'failed-stages': verdict.stages.filter((s) => s.status === 'failed' || s.status === 'error').map((s) => s.name).join(','),
  };
  for (const stage of verdict.stages) {
    outputs[`${stage.name}-outcome`] = stage.status;
    for (const [from, to] of Object.entries(STAGE_OUTPUTS[stage.name])) {
      const value = stage.outputs[from];
      if (value !== undefined) outputs[to] = value;
    }
  }
  return outputs;
}

/** One line for the log and the summary header. */
export function gateHeadline(verdict: GateVerdict): string {
  const ran = verdict.stages.filter((s) => s.status !== 'skipped');
  if (verdict.passed) return `CI gate passed: ${ran.length === 0 ? 'no stage ran' : ran.map((s) => s.name).join(', ')}${ran.length === verdict.stages.length ? '' : ` (${verdict.stages.length - ran.length} skipped)`}`;
  const bad = verdict.stages.filter((s) => s.status === 'failed' || s.status === 'error');
  return `CI gate failed: ${bad.map((s) => (s.status === 'error' ? `${s.name} did not finish` : `${s.name} failed`)).join(', ')}`;
}

/**
 * Whether the step fails. A stage that stopped on an error always fails it, as each action
 * does on its own; a failed verdict fails it unless `fail` is false or this is a dry run.
 */
export function stepFails(verdict: GateVerdict, options: { fail: boolean; dryRun: boolean }): boolean {
  if (verdict.stages.some((s) => s.status === 'error')) return true;
  return !verdict.passed && options.fail && !options.dryRun;
}
