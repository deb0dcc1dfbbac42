import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { maskSecret, parseInputs, readRunContext, resolveInWorkspace, runAction, setOutputs, type Logger } from '@pipeline/core';
import { KubeClient } from '@pipeline/kube';
import { parsePrometheusAuth, PrometheusClient } from '@pipeline/metrics';
import { guardJson, runGuard } from './guard.ts';
import { inputSchema } from './inputs.ts';
import { breachedNames, buildSummary, headline } from './report.ts';

await runAction(async (logger: Logger) => {
  const inputs = parseInputs(inputSchema, { mask: (s) => maskSecret(s) });
  const context = readRunContext();
  const auth = parsePrometheusAuth(inputs.prometheusAuth);
  // The raw input is masked as a whole; the credential inside it must be masked on its own too.
  if (auth?.kind === 'bearer') maskSecret(auth.token);
  if (auth?.kind === 'basic') maskSecret(auth.password);
  const source = new PrometheusClient({
    url: inputs.prometheusUrl,
    ...(auth === undefined ? {} : { auth }),
    // Retries stop at the next tick (the engine's deadline), but a single answer may take longer
    // than a short interval on a busy server: timing out at 1 s would turn load into no-data.
    timeoutMs: Math.min(10_000, Math.max(3000, inputs.interval)),
    logger,
  });
  const { client } = await KubeClient.fromConfig({
    ...(inputs.kubeconfig === undefined ? {} : { kubeconfig: inputs.kubeconfig }),
    ...(inputs.context === undefined ? {} : { context: inputs.context }),
    mask: (s) => maskSecret(s),
    workspace: context.workspace,
    logger,
  });
  try {
    const run = await runGuard({
      namespace: inputs.namespace,
      service: inputs.service,
      metrics: inputs.metrics,
      workspace: context.workspace,
      judge: inputs.judge,
      confidence: inputs.confidence,
      effect: inputs.effect,
      tolerance: inputs.tolerance,
      baseline: inputs.baseline,
      intervalMs: inputs.interval,
      durationMs: inputs.duration,
      failureLimit: inputs.failureLimit,
      minSamples: inputs.minSamples,
      noData: inputs.noData,
      rateWindow: inputs.rateWindow,
      onBreach: inputs.onBreach,
      kubeSignals: inputs.kubeSignals,
      dryRun: inputs.dryRun,
      timeoutMs: inputs.timeout,
      runUrl: context.runUrl,
    }, { kube: client, source, logger });

    const analysisPath = inputs.analysisPath
      ? resolveInWorkspace(context.workspace, inputs.analysisPath, { input: 'analysis-path' })
      : join(context.runnerTemp || context.workspace, 'rollback-guard', 'analysis.json');
    mkdirSync(dirname(analysisPath), { recursive: true });
    writeFileSync(analysisPath, guardJson(run));
    if (inputs.summary) buildSummary(run).write();

    const verdict = run.analysis.verdict;
    const notify = inputs.notifyOn === 'always' || verdict === 'fail' || (inputs.notifyOn === 'not-pass' && verdict === 'inconclusive');
    // The publishers are loaded only when there is something to publish, which keeps cold start short.
    if (inputs.notifyWebhook !== undefined && notify) {
      const { postWebhook } = await import('./notify.ts');
      const delivery = await postWebhook(inputs.notifyWebhook, run);
      if (delivery.error === undefined) logger.info(`Notified the webhook (${delivery.format}, HTTP ${delivery.status ?? '?'})`);
      else logger.warning(`Could not notify the webhook (${delivery.format}) after ${delivery.attempts} attempt(s): ${delivery.error}`);
    }
    const deploymentId = inputs.deploymentId ?? run.state.deploymentId;
    let incidentUrl: string | undefined;
    const tellGitHub = verdict === 'fail' && ((deploymentId !== undefined && !inputs.dryRun) || inputs.incidentIssue);
    if (tellGitHub && inputs.githubToken === undefined) {
      logger.info('github-token is empty: no GitHub deployment status and no incident issue.');
    } else if (tellGitHub && inputs.githubToken !== undefined) {
      const [{ createGitHubClient }, { reportBreachToGitHub }] = await Promise.all([import('@pipeline/github'), import('./incident.ts')]);
      const github = createGitHubClient({ token: inputs.githubToken, baseUrl: context.apiUrl, logger });
      const reported = await reportBreachToGitHub(github, logger, run, {
        repo: { owner: context.owner, repo: context.repo },
        deploymentId,
        environment: inputs.environment,
        incidentIssue: inputs.incidentIssue,
        incidentLabels: inputs.incidentLabels,
        dryRun: inputs.dryRun,
        runUrl: context.runUrl === '' ? undefined : context.runUrl,
      });
      incidentUrl = reported.incident?.url;
    }

    setOutputs({
      verdict,
      breached: breachedNames(run).join(','),
      'rolled-back': run.rollback !== undefined && !run.rollback.dryRun && run.rollbackError === undefined,
      'mttr-seconds': run.mttrSeconds?.toFixed(3),
      'analysis-path': analysisPath,
      'incident-issue': incidentUrl,
    });
    if (verdict === 'pass') logger.info(headline(run));
    else if (verdict === 'inconclusive') logger.warning(headline(run));
    else {
      logger.error(headline(run));
      process.exitCode = 1;
    }
  } finally {
    client.close();
  }
});
