import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { exec, maskSecret, parseInputs, pullRequestOf, readRunContext, resolveInWorkspace, runAction, setOutputs, type Logger } from '@pipeline/core';
import { baselineCommit, chooseBaselineStore } from '@pipeline/baseline';
import { readReport } from '@pipeline/reports';
import { glob } from 'tinyglobby';
import { gateBaselineNaming } from './baseline.ts';
import { runGate, resultsJson } from './gate.ts';
import { inputSchema } from './inputs.ts';
import { loadPolicy } from './policy.ts';
import { headline } from './report.ts';

await runAction(async (logger: Logger) => {
  const inputs = parseInputs(inputSchema, { mask: (s) => maskSecret(s) });
  const context = readRunContext();
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
      saveBaselineFor: baselineCommit(context, pr),
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

  // Octokit is only loaded when there is something to publish, which keeps cold start short.
  const { publish } = await import('./publish.ts');
  await publish(result, { inputs, context, pr, logger });

  const m = result.metrics;
  setOutputs({
    passed: result.verdict.passed,
    'results-path': resultsPath,
    tests: m['tests.total'].value,
    failed: m['tests.failed'].value,
    coverage: m['coverage.lines'].value?.toFixed(2),
    'new-code-coverage': m['coverage.new-lines'].value?.toFixed(2),
    'new-findings': m['findings.new'].value,
  });

  if (result.verdict.passed) {
    logger.info(headline(result));
  } else if (inputs.fail) {
    logger.error(headline(result));
    process.exitCode = 1;
  } else {
    logger.warning(`${headline(result)} (not failing the step because 'fail' is false)`);
  }
});
