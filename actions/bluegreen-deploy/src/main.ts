import { maskSecret, parseInputs, readRunContext, runAction, saveState, setOutputs } from '@pipeline/core';
import type { Logger } from '@pipeline/core';
import { runBlueGreen } from './action.ts';
import { inputSchema } from './inputs.ts';

await runAction(async (logger: Logger) => {
  const inputs = parseInputs(inputSchema, { mask: (s) => maskSecret(s) });
  const outcomes = await runBlueGreen(inputs, {
    context: readRunContext(),
    logger,
    mask: (s) => maskSecret(s),
    setOutputs: (outputs) => setOutputs(outputs),
    writeSummary: (summary) => summary.write(),
    saveState: (name, value) => saveState(name, value),
  });
  const failed = outcomes.filter((o) => o.result === 'rolled-back');
  if (failed.length > 0) {
    logger.error(`Rolled back: ${failed.map((o) => `${o.namespace}/${o.service} (${o.reason ?? 'failed'})`).join('; ')}`);
    process.exitCode = 1;
  }
});
