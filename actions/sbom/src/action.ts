import type { Logger, OutputValue, RunContext, SummaryBuilder } from '@pipeline/core';
import type { GitHubClient } from '@pipeline/github';
import { runSbom, type ArtifactUploader, type RunDeps, type RunResult, type SbomInputs } from './run.ts';
import { buildSummary } from './summary.ts';

export type { ArtifactUploader, RunResult, SbomInputs } from './run.ts';

/**
 * What runSbom needs plus where its results go. The action's entry passes the runner's step
 * summary and output file; the root action (ci-gate) collects them into its one summary.
 */
export interface SbomActionDeps extends RunDeps {
  context: RunContext;
  /** Receives the job-summary section; called only when the `summary` input is on. */
  summary: (section: SummaryBuilder) => void;
  setOutputs: (outputs: Record<string, OutputValue>) => void;
}

export interface SbomActionRun {
  result: RunResult;
  passed: boolean;
  headline: string;
}

/** The runner's artifact service, when the runner has one. */
export function runnerArtifacts(env: NodeJS.ProcessEnv = process.env): ArtifactUploader {
  return {
    async upload(name, files, root) {
      if (!env['ACTIONS_RUNTIME_TOKEN'] || !env['ACTIONS_RESULTS_URL']) return false;
      // Loaded only when there is an artifact service, which keeps cold start short.
      const { DefaultArtifactClient } = await import('@actions/artifact');
      await new DefaultArtifactClient().uploadArtifact(name, files, root);
      return true;
    },
  };
}

/** A lazily created client: Octokit is loaded only when something is submitted or attached. */
export function githubClientFactory(token: string | undefined, context: RunContext, logger: Logger): (() => Promise<GitHubClient>) | undefined {
  if (!token) return undefined;
  return async () => {
    const { createGitHubClient } = await import('@pipeline/github');
    return createGitHubClient({ token, baseUrl: context.apiUrl, logger });
  };
}

/**
 * Generates, checks and publishes the SBOM, then reports it (summary section and outputs).
 * Failing the step is the caller's decision, so a composition can go on after a failed check.
 */
export async function runSbomAction(inputs: SbomInputs, deps: SbomActionDeps): Promise<SbomActionRun> {
  const { context, summary, setOutputs, ...runDeps } = deps;
  const result = await runSbom(inputs, context, runDeps);

  const comps = result.sbom.components;
  const files = Object.values(result.files).filter((p): p is string => p !== undefined);
  if (inputs.summary) {
    summary(
      buildSummary({
        lockfiles: result.lockfiles,
        components: comps.length,
        runtime: comps.filter((c) => c.scope === 'runtime').length,
        development: comps.filter((c) => c.scope === 'development').length,
        direct: comps.filter((c) => c.direct).length,
        ntia: result.sbom.ntia,
        minScore: inputs.minScore,
        licenses: result.licenses,
        files,
        ...(result.submission ? { submission: result.submission } : {}),
        notes: result.notes,
      }),
    );
  }
  setOutputs({
    'cyclonedx-path': result.files.cyclonedx,
    'spdx-path': result.files.spdx,
    paths: files.join('\n'),
    components: comps.length,
    score: result.sbom.ntia.score,
    'license-verdict': result.licenses.verdict,
    'snapshot-id': result.snapshotId,
    'artifact-name': result.artifactName,
    'release-asset-url': result.releaseAssetUrl,
  });
  const passed = result.failed.length === 0;
  const headline = passed
    ? `SBOM: ${comps.length} components, NTIA score ${result.sbom.ntia.score}%, licenses ${result.licenses.verdict}.`
    : `SBOM check failed: ${result.failed.join('; ')}.`;
  return { result, passed, headline };
}
