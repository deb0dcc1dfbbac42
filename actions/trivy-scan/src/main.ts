import { maskSecret, parseInputs, readRunContext, runAction, setOutputs, type Logger } from '@pipeline/core';
import { inputSchema } from './inputs.ts';
import { runTrivyScan } from './run.ts';

await runAction(async (logger: Logger) => {
  const inputs = parseInputs(inputSchema, { mask: (s) => maskSecret(s) });
  const run = await runTrivyScan(inputs, { logger, context: readRunContext(), summary: (section) => section.write(), setOutputs: (outputs) => setOutputs(outputs) });

  if (run.passed) {
    logger.info(run.headline);
  } else if (inputs.dryRun) {
    logger.warning(`${run.headline} (dry-run: not failing the step)`);
  } else {
    logger.error(run.headline);
    process.exitCode = 1;
  }
});
