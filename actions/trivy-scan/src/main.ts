import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { baselineCommit, chooseBaselineStore } from '@pipeline/baseline';
import { exec, maskSecret, parseInputs, pullRequestOf, readRunContext, runAction, setOutputs, type Logger } from '@pipeline/core';
import { trivyPlatform, type ToolCache } from '@pipeline/trivy';
import { trivyBaselineNaming } from './baseline.ts';
import { actionsDbCache } from './db-cache.ts';
import { inputSchema } from './inputs.ts';
import { installSource } from './install-source.ts';
import { annotate, headline, renderSummary } from './report.ts';
import { scan } from './scan.ts';
import { withActionsCache } from './tool-cache.ts';

await runAction(async (logger: Logger) => {
  const inputs = parseInputs(inputSchema, { mask: (s) => maskSecret(s) });
  const context = readRunContext();
  const pr = pullRequestOf(context);
  const key = (inputs.category ?? `${inputs.scanType}-${inputs.target}`).replace(/[^A-Za-z0-9._-]+/g, '_');

  const baselines = await chooseBaselineStore({ mode: inputs.baseline, path: inputs.baselinePath, naming: trivyBaselineNaming(key), context, logger });
  // @actions/tool-cache needs a tool directory; hosted runners set one, bare self-hosted ones may not.
  if (!process.env['RUNNER_TOOL_CACHE'] && context.runnerTemp) {
    process.env['RUNNER_TOOL_CACHE'] = join(context.runnerTemp, 'tool-cache');
    mkdirSync(process.env['RUNNER_TOOL_CACHE'], { recursive: true });
  }

  const outcome = await scan(
    inputs,
    {
      workspace: context.workspace,
      runnerTemp: context.runnerTemp,
      saveBaselineFor: baselineCommit(context, pr),
      compareWith: pr?.baseSha || undefined,
      now: new Date(),
    },
    {
      exec,
      logger,
      // Loaded only when Trivy must be installed: it brings @actions/core and an HTTP client.
      loadToolCache: async (): Promise<ToolCache> => withActionsCache(await import('@actions/tool-cache'), logger),
      installSource: installSource(),
      dbCache: (cacheDir) => actionsDbCache(cacheDir, trivyPlatform(), new Date(), logger),
      baselines,
      listImages: async (namespaces) => {
        // The Kubernetes client is loaded only for cluster-images.
        const { KubeClient } = await import('@pipeline/kube');
        const { listRunningImages } = await import('./cluster.ts');
        const { client, config } = await KubeClient.fromConfig({
          ...(inputs.kubeconfig ? { kubeconfig: inputs.kubeconfig } : {}),
          ...(inputs.context ? { context: inputs.context } : {}),
          mask: (s) => maskSecret(s),
          workspace: context.workspace,
          logger,
        });
        const list = namespaces.length > 0 ? namespaces : [config.namespace ?? 'default'];
        return listRunningImages((path) => client.request({ method: 'GET', path }), list);
      },
    },
  );

  const cut = annotate(outcome, logger);
  if (cut > 0) logger.info(`${cut} more misconfiguration/secret annotation(s) not shown; the job summary lists them.`);
  if (inputs.summary) renderSummary(outcome, context.runUrl || undefined).write();

  const { policy } = outcome;
  const severity = (s: string): number => policy.active.filter((f) => f.severity === s).length;
  setOutputs({
    passed: policy.passed,
    findings: policy.active.length,
    'new-findings': policy.baselineUsed ? policy.newFindings.length : undefined,
    critical: severity('CRITICAL'),
    high: severity('HIGH'),
    suppressed: policy.suppressed.length,
    'report-path': outcome.paths.report,
    'sarif-path': outcome.paths.sarif,
    'cyclonedx-path': outcome.paths.cyclonedx,
  });

  // Octokit is loaded only when there is something to publish, which keeps cold start short.
  const { publish } = await import('./publish.ts');
  const published = await publish(outcome, { inputs, context, pr, logger });
  setOutputs({ 'sarif-id': published.sarifId });

  if (policy.passed) {
    logger.info(headline(outcome));
  } else if (inputs.dryRun) {
    logger.warning(`${headline(outcome)} (dry-run: not failing the step)`);
  } else {
    logger.error(headline(outcome));
    process.exitCode = 1;
  }
});
