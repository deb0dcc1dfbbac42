import { maskSecret, parseInputs, readRunContext, runAction, setOutputs, type Logger } from '@pipeline/core';
import { gateHeadline, gateOutputs, runStages, stepFails } from './gate.ts';
import { inputSchema } from './inputs.ts';
import { planStages, runnerStages } from './stages.ts';
import { renderGateSummary, writeStepSummary } from './summary.ts';

await runAction(async (logger: Logger) => {
  const inputs = parseInputs(inputSchema, { mask: (s) => maskSecret(s) });
  const context = readRunContext();
  const plan = planStages(inputs);
  const lenient = inputs.dryRun ? 'dry-run: a failed verdict does not fail the step' : inputs.fail ? undefined : "'fail' is false: a failed verdict does not fail the step";

  const verdict = await runStages(runnerStages(plan, inputs, { context, logger }), { logger, failureLevel: lenient ? 'warning' : 'error' });
  const fails = stepFails(verdict, { fail: inputs.fail, dryRun: inputs.dryRun });
  const notFailing = !verdict.passed && !fails ? lenient : undefined;

  if (inputs.summary) {
    writeStepSummary((limitBytes) => renderGateSummary(verdict, { limitBytes, ...(context.runUrl ? { runUrl: context.runUrl } : {}), ...(notFailing ? { notFailing } : {}) }));
  }
  setOutputs(gateOutputs(verdict));

  const headline = gateHeadline(verdict);
  if (fails) {
    logger.error(headline);
    process.exitCode = 1;
  } else if (notFailing) {
    logger.warning(`${headline} (${notFailing})`);
  } else {
    logger.info(headline);
  }
});
