import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { exec, pullRequestOf, resolveInWorkspace, type Inputs, type Logger, type OutputValue, type RunContext, type SummaryBuilder } from '@pipeline/core';
import { baselineCommit, chooseBaselineStore } from '@pipeline/baseline';
import { readReport } from '@pipeline/reports';
import { glob } from 'tinyglobby';
import { gateBaselineNaming } from './baseline.ts';
import { runGate, resultsJson, type GateResult } from './gate.ts';
import type { inputSchema } from './inputs.ts';
import { loadPolicy } from './policy.ts';
import { headline, renderSummary } from './report.ts';

export type QualityGateInputs = Inputs<typeof inputSchema>;

/**
 * Where the gate's results go. The action's entry passes the runner's step summary and
 * output file; the root action (ci-gate) collects them into its one summary instead.
 */
export interface QualityGateDeps {
  logger: Logger;
  context: RunContext;
  /** Receives the job-summary section; called only when the `summary` input is on. */
  summary: (section: SummaryBuilder) => void;
  setOutputs: (outputs: Record<string, OutputValue>) => void;
  /**
   * Report only: no check run, no pull-request comment and no stored baseline. The action
   * itself has no such input; the root action's `dry-run` sets it.
   */
  dryRun?: boolean;
}

export interface QualityGateRun {
  result: GateResult;
  passed: boolean;
  headline: string;
  resultsPath: string;
}

/**
 * Reads the reports, judges them against the policy, writes the results file, and
 * publishes the verdict (summary, check run, sticky comment). Failing the step is the
 * caller's decision, so a composition can run further stages after a failed gate.
 */
export async function runQualityGate(inputs: QualityGateInputs, deps: QualityGateDeps): Promise<QualityGateRun> {
  const { logger, context } = deps;
  const pr = pullRequestOf(context);
  const policy = await loadPolicy(inputs.policy, context.workspace, { newCodeMinLines: inputs.newCodeMinLines });

  const baselines = await chooseBaselineStore({ mode: inputs.baseline, path: inputs.baselinePath, naming: gateBaselineNaming(inputs.checkName), context, logger });

  const result = await runGate(
    {
      workspace: context.workspace,
      workingDirectory: inputs.workingDirectory,
      reports: inputs.reports,
      ifNoFiles: inputs.ifNoFiles,
      policy,
      maxReportBytes: inputs.maxReportSize * 1024 * 1024,
      base: inputs.baseRef ?? pr?.baseSha,
      saveBaselineFor: deps.dryRun ? undefined : baselineCommit(context, pr),
    },
    {
      logger,
      exec,
      readReport,
      glob: (pattern, cwd) => glob(pattern, { cwd, absolute: true, onlyFiles: true, dot: true, followSymbolicLinks: false, expandDirectories: false }),
      baselines,
    },
  );

  const resultsPath = inputs.resultsPath
    ? resolveInWorkspace(context.workspace, inputs.resultsPath, { input: 'results-path' })
    : join(context.runnerTemp || context.workspace, 'quality-gate', 'results.json');
  mkdirSync(dirname(resultsPath), { recursive: true });
  writeFileSync(resultsPath, `${JSON.stringify(resultsJson(result), null, 2)}\n`);

  // The summary goes out before any GitHub call, so it stands even when those fail.
  const summary = renderSummary(result, context.runUrl ? { runUrl: context.runUrl } : {});
  if (inputs.summary) deps.summary(summary);
  if (deps.dryRun) {
    logger.info('dry-run: no check run or pull-request comment, and no baseline stored; the job summary has the results.');
  } else {
    // Octokit is only loaded when there is something to publish, which keeps cold start short.
    const { publish } = await import('./publish.ts');
    await publish(result, summary, { inputs, context, pr, logger });
  }

  const m = result.metrics;
  deps.setOutputs({
    passed: result.verdict.passed,
    'results-path': resultsPath,
    tests: m['tests.total'].value,
    failed: m['tests.failed'].value,
    coverage: m['coverage.lines'].value?.toFixed(2),
    'new-code-coverage': m['coverage.new-lines'].value?.toFixed(2),
    'new-findings': m['findings.new'].value,
  });
  return { result, passed: result.verdict.passed, headline: headline(result), resultsPath };
}
