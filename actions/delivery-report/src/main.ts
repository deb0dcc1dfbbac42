import { maskSecret, parseInputs, readRunContext, runAction, setOutputs } from '@pipeline/core';
import type { Logger } from '@pipeline/core';
import { createGitHubClient } from '@pipeline/github';
import { runDeliveryReport } from './action.ts';
import { inputSchema } from './inputs.ts';
import { buildSummary, deliveryOutputs } from './report.ts';

await runAction(async (logger: Logger) => {
  const inputs = parseInputs(inputSchema, { mask: (s) => maskSecret(s) });
  const context = readRunContext();
  const github = createGitHubClient({ token: inputs.githubToken, baseUrl: context.apiUrl, logger });
  const run = await runDeliveryReport(inputs, { github, current: { owner: context.owner, repo: context.repo }, logger });
  if (inputs.summary) buildSummary(run.report).write();
  setOutputs(deliveryOutputs(run.report, run.pushed?.length));
  if (run.pushError !== undefined) {
    logger.error(run.pushError);
    process.exitCode = 1;
  }
});
