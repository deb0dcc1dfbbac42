import { maskSecret, parseInputs, readRunContext, runAction, setOutputs, type Logger } from '@pipeline/core';
import { inputSchema } from './inputs.ts';
import { runQualityGate } from './run.ts';

await runAction(async (logger: Logger) => {
  const inputs = parseInputs(inputSchema, { mask: (s) => maskSecret(s) });
  const run = await runQualityGate(inputs, { logger, context: readRunContext(), summary: (section) => section.write(), setOutputs: (outputs) => setOutputs(outputs) });

  if (run.passed) {
    logger.info(run.headline);
  } else if (inputs.fail) {
    logger.error(run.headline);
    process.exitCode = 1;
  } else {
    logger.warning(`${run.headline} (not failing the step because 'fail' is false)`);
  }
});
