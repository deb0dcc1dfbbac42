import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { baselineCommit, chooseBaselineStore } from '@pipeline/baseline';
import { exec, maskSecret, pullRequestOf, type Logger, type OutputValue, type RunContext, type SummaryBuilder } from '@pipeline/core';
import { trivyPlatform, type ToolCache } from '@pipeline/trivy';
import { trivyBaselineNaming } from './baseline.ts';
import { actionsDbCache } from './db-cache.ts';
import { installSource } from './install-source.ts';
import type { ArtifactUploader } from './publish.ts';
import { annotate, headline, renderSummary } from './report.ts';
import { provideTrivy, scan, type ScanDeps, type ScanInputs, type ScanOutcome, type TrivyRequest } from './scan.ts';
import { withActionsCache } from './tool-cache.ts';

export type { ScanInputs, ScanOutcome, TrivyRequest } from './scan.ts';

/**
 * Where the scan's results go. The action's entry passes the runner's step summary and
 * output file; the root action (ci-gate) collects them into its one summary instead.
 */
export interface TrivyScanDeps {
  logger: Logger;
  context: RunContext;
  /** Receives the job-summary section; called only when the `summary` input is on. */
  summary: (section: SummaryBuilder) => void;
  setOutputs: (outputs: Record<string, OutputValue>) => void;
  /** The process environment, which @actions/tool-cache reads; process.env in production. */
  env?: NodeJS.ProcessEnv;
  /** Where the SARIF and report go when code scanning cannot take them; the runner's artifact service by default. */
  artifacts?: ArtifactUploader;
}

export interface TrivyScanRun {
  outcome: ScanOutcome;
  passed: boolean;
  headline: string;
}

type InstallDeps = Pick<ScanDeps, 'installSource' | 'loadToolCache'>;

/** How Trivy is installed on a runner: pinned checksums, the tool cache, backed by the Actions cache. */
export function runnerInstallDeps(context: RunContext, logger: Logger, env: NodeJS.ProcessEnv = process.env): InstallDeps {
  // @actions/tool-cache needs a tool directory; hosted runners set one, bare self-hosted ones may not.
  if (!env['RUNNER_TOOL_CACHE'] && context.runnerTemp) {
    env['RUNNER_TOOL_CACHE'] = join(context.runnerTemp, 'tool-cache');
    mkdirSync(env['RUNNER_TOOL_CACHE'], { recursive: true });
  }
  return {
    // Loaded only when Trivy must be installed: it brings @actions/core and an HTTP client.
    loadToolCache: async (): Promise<ToolCache> => withActionsCache(await import('@actions/tool-cache'), logger, env),
    installSource: installSource(env),
  };
}

/** The Trivy trivy-scan would run, installed the same way, for another stage that needs it. */
export function provideRunnerTrivy(request: TrivyRequest, context: RunContext, logger: Logger, env: NodeJS.ProcessEnv = process.env): Promise<ScanOutcome['trivy']> {
  return provideTrivy(request, { logger, ...runnerInstallDeps(context, logger, env) });
}

/**
 * Installs Trivy, scans once, applies the policy, and publishes the results (summary,
 * annotations, SARIF upload, sticky comment). Failing the step is the caller's decision,
 * so a composition can run further stages after a failed scan.
 */
export async function runTrivyScan(inputs: ScanInputs, deps: TrivyScanDeps): Promise<TrivyScanRun> {
  const { logger, context } = deps;
  const env = deps.env ?? process.env;
  const pr = pullRequestOf(context);
  const key = (inputs.category ?? `${inputs.scanType}-${inputs.target}`).replace(/[^A-Za-z0-9._-]+/g, '_');

  const baselines = await chooseBaselineStore({ mode: inputs.baseline, path: inputs.baselinePath, naming: trivyBaselineNaming(key), context, logger });
  const install = runnerInstallDeps(context, logger, env);

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
      ...install,
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
        const list = namespaces.length > 0 ? [...namespaces] : [config.namespace ?? 'default'];
        return { images: await listRunningImages((path) => client.request({ method: 'GET', path }), list), context: config.context, namespaces: list };
      },
    },
  );

  const cut = annotate(outcome, logger);
  if (cut > 0) logger.info(`${cut} more misconfiguration/secret annotation(s) not shown; the job summary lists them.`);
  if (inputs.summary) deps.summary(renderSummary(outcome, context.runUrl || undefined));

  const { policy } = outcome;
  const severity = (s: string): number => policy.active.filter((f) => f.severity === s).length;
  deps.setOutputs({
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
  const { publish, runnerArtifacts } = await import('./publish.ts');
  const published = await publish(outcome, { inputs, context, pr, logger, artifacts: deps.artifacts ?? runnerArtifacts(env) });
  deps.setOutputs({ 'sarif-id': published.sarifId, 'artifact-name': published.artifactName });

  return { outcome, passed: policy.passed, headline: headline(outcome) };
}
