import { maskSecret, parseInputs, readRunContext, runAction, setOutputs, type Logger } from '@pipeline/core';
import { inputSchema } from './inputs.ts';
import { runSbom, type ArtifactUploader } from './run.ts';
import { renderSummary } from './summary.ts';
import { appendFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigurationError, exec } from '@pipeline/core';

await runAction(async (logger: Logger) => {
  const inputs = parseInputs(inputSchema, { mask: (s) => maskSecret(s) });
  const context = readRunContext();
  const token = inputs.githubToken;
  const artifacts: ArtifactUploader = {
    async upload(name, files, root) {
      if (!process.env['ACTIONS_RUNTIME_TOKEN'] || !process.env['ACTIONS_RESULTS_URL']) return false;
      // Loaded only when there is an artifact service, which keeps cold start short.
      const { DefaultArtifactClient } = await import('@actions/artifact');
      await new DefaultArtifactClient().uploadArtifact(name, files, root);
      return true;
    },
  };
  const github = token
    ? async () => {
      const { createGitHubClient } = await import('@pipeline/github');
      return createGitHubClient({ token, baseUrl: context.apiUrl, logger });
    }
    : undefined;
  // Trivy is installed only for an image, through the same installer and checksums as trivy-scan.
  const imageScanner = async (image: string): Promise<string> => {
    const trivy = await import('@pipeline/trivy');
    try {
      trivy.validateImageRef(image);
    } catch (error) {
      if (error instanceof ConfigurationError) throw new ConfigurationError(error.message.replace("Input 'target'", "Input 'image'"), { input: 'image' });
      throw error;
    }
    if (!process.env['RUNNER_TOOL_CACHE']) process.env['RUNNER_TOOL_CACHE'] = join(context.runnerTemp || context.workspace, 'tool-cache');
    const toolCache = await import('@actions/tool-cache');
    const installed = await trivy.installTrivy({ version: trivy.DEFAULT_TRIVY_VERSION, platform: trivy.trivyPlatform(), toolCache, logger });
    const out = join(mkdtempSync(join(context.runnerTemp || context.workspace, 'sbom-trivy-')), 'image.cdx.json');
    // CycloneDX output lists packages only; no vulnerability database is fetched.
    const run = await exec(installed.path, ['image', '--format', 'cyclonedx', '--output', out, '--quiet', '--', image], { timeoutMs: 15 * 60_000 });
    if (run.exitCode !== 0) throw new ConfigurationError(`Trivy could not describe image '${image}' (exit ${String(run.exitCode)}): ${run.stderr.trim().split('\n').slice(-5).join(' ')}`, { input: 'image' });
    return readFileSync(out, 'utf8');
  };
  const result = await runSbom(inputs, context, { logger, artifacts, imageScanner, ...(github ? { github } : {}) });

  const comps = result.sbom.components;
  if (inputs.summary && process.env['GITHUB_STEP_SUMMARY']) {
    appendFileSync(
      process.env['GITHUB_STEP_SUMMARY'],
      renderSummary({
        lockfiles: result.lockfiles,
        components: comps.length,
        runtime: comps.filter((c) => c.scope === 'runtime').length,
        development: comps.filter((c) => c.scope === 'development').length,
        direct: comps.filter((c) => c.direct).length,
        ntia: result.sbom.ntia,
        minScore: inputs.minScore,
        licenses: result.licenses,
        files: Object.values(result.files).filter((p): p is string => p !== undefined),
        ...(result.submission ? { submission: result.submission } : {}),
        notes: result.notes,
      }),
    );
  }
  setOutputs({
    'cyclonedx-path': result.files.cyclonedx,
    'spdx-path': result.files.spdx,
    paths: Object.values(result.files).filter((p) => p !== undefined).join('\n'),
    components: comps.length,
    score: result.sbom.ntia.score,
    'license-verdict': result.licenses.verdict,
    'snapshot-id': result.snapshotId,
    'artifact-name': result.artifactName,
    'release-asset-url': result.releaseAssetUrl,
  });
  if (result.failed.length > 0) {
    logger.error(`SBOM check failed: ${result.failed.join('; ')}.`);
    process.exitCode = 1;
  } else {
    logger.info(`SBOM: ${comps.length} components, NTIA score ${result.sbom.ntia.score}%, licenses ${result.licenses.verdict}.`);
  }
});
