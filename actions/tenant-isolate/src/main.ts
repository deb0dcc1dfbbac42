import { maskSecret, parseInputs, readRunContext, runAction, saveState, setOutputs } from '@pipeline/core';
import type { Logger } from '@pipeline/core';
import { runTenantIsolate } from './action.ts';
import { inputSchema } from './inputs.ts';

await runAction(async (logger: Logger) => {
  const inputs = parseInputs(inputSchema, { mask: (s) => maskSecret(s) });
  const context = readRunContext();
  await runTenantIsolate(inputs, {
    workspace: context.workspace,
    runnerTemp: context.runnerTemp,
    env: process.env,
    logger,
    mask: (s) => maskSecret(s),
    setOutputs: (outputs) => setOutputs(outputs),
    saveState: (name, value) => saveState(name, value),
    writeSummary: (summary) => summary.write(),
  });
});
