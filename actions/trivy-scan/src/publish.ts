import { createHash } from 'node:crypto';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Logger, PullRequestRef, RunContext } from '@pipeline/core';
import { classifyGitHubError, createGitHubClient, upsertStickyComment, withDegrade, type GitHubClient } from '@pipeline/github';
import { renderComment } from './report.ts';
import type { ScanInputs, ScanOutcome } from './scan.ts';

export interface PublishContext {
  inputs: ScanInputs;
  context: RunContext;
  pr: PullRequestRef | undefined;
  logger: Logger;
  artifacts: ArtifactUploader;
}

/** The runner's artifact service, where results go when code scanning cannot take them. */
export interface ArtifactUploader {
  /** False when the runner has no artifact service (ACTIONS_RUNTIME_TOKEN or ACTIONS_RESULTS_URL unset). */
  readonly available: boolean;
  /** Uploads `files` (all under `root`) as one artifact; throws when the service refuses. */
  upload(name: string, files: readonly string[], root: string): Promise<{ id: number | undefined; size: number | undefined }>;
}

export function runnerArtifacts(env: NodeJS.ProcessEnv = process.env): ArtifactUploader {
  return {
    available: Boolean(env['ACTIONS_RUNTIME_TOKEN'] && env['ACTIONS_RESULTS_URL']),
    async upload(name, files, root) {
      // Loaded only when an artifact is due: it brings the Azure storage SDK.
      const { DefaultArtifactClient } = await import('@actions/artifact');
      const uploaded = await new DefaultArtifactClient().uploadArtifact(name, [...files], root);
      return { id: uploaded.id, size: uploaded.size };
    },
  };
}

/**
 * Artifact names are unique within a workflow run, across its jobs: the job and the category
 * (which already tells apart the scans of one job) make them so. The hash keeps two
 * categories apart that differ only in characters an artifact name cannot hold.
 */
export function defaultArtifactName(job: string, category: string): string {
  const slug = category
    .replace(/^trivy\//, '')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  const hash = createHash('sha256').update(category).digest('hex').slice(0, 8);
  return `trivy-scan-${job || 'job'}-${slug ? `${slug}-` : ''}${hash}`;
}

/** The files of the fallback artifact, under stable names whatever the paths were. */
function artifactFiles(outcome: ScanOutcome): [string, string][] {
  return [
    [outcome.paths.sarif, 'trivy-results.sarif'],
    [outcome.paths.report, 'trivy-report.json'],
    ...(outcome.paths.cyclonedx ? [[outcome.paths.cyclonedx, 'trivy-sbom.cdx.json'] as [string, string]] : []),
  ];
}

/**
 * Uploads the SARIF and the JSON report as a workflow artifact. Staged under RUNNER_TEMP,
 * never in the workspace, since the outputs may live in different directories. A refusal
 * is a warning: the results are still in the job summary.
 */
async function uploadFallbackArtifact(outcome: ScanOutcome, name: string, { context, logger, artifacts }: PublishContext): Promise<string | undefined> {
  let stage: string | undefined;
  try {
    // A directory of its own, never one derived from the name (which may be `..`).
    stage = mkdtempSync(join(context.runnerTemp || tmpdir(), 'trivy-scan-artifact-'));
    const root = stage;
    const files = artifactFiles(outcome).map(([from, as]) => {
      copyFileSync(from, join(root, as));
      return join(root, as);
    });
    const uploaded = await artifacts.upload(name, files, root);
    logger.info(`The SARIF and the JSON report are in the workflow artifact '${name}'${uploaded.id !== undefined ? ` (id ${uploaded.id})` : ''}.`);
    return name;
  } catch (error) {
    logger.warning(`Could not upload the workflow artifact '${name}': ${error instanceof Error ? error.message : String(error)}. The results are in the job summary, and the SARIF file is at ${outcome.paths.sarif} until the job ends.`);
    return undefined;
  } finally {
    if (stage) rmSync(stage, { recursive: true, force: true });
  }
}

export interface UploadResult {
  id: string;
  url: string;
}

/**
 * POST /repos/{owner}/{repo}/code-scanning/sarifs: the SARIF gzip-compressed and
 * base64-encoded, for the commit and ref this run is for.
 */
export interface SarifUpload {
  owner: string;
  repo: string;
  commitSha: string;
  ref: string;
  sarifJson: string;
  /** A file: URI of the checkout, so GitHub can make absolute paths relative. */
  checkoutUri?: string;
}

export async function uploadSarif(client: GitHubClient, input: SarifUpload): Promise<UploadResult> {
  const response = await client.rest.codeScanning.uploadSarif({
    owner: input.owner,
    repo: input.repo,
    commit_sha: input.commitSha,
    ref: input.ref,
    sarif: gzipSync(input.sarifJson).toString('base64'),
    tool_name: 'Trivy',
    ...(input.checkoutUri ? { checkout_uri: input.checkoutUri } : {}),
  });
  return { id: response.data.id ?? '', url: response.data.url ?? '' };
}

/** GitHub answers 403/404 when code scanning is off (no Advanced Security) or the token cannot write security events. */
function codeScanningUnavailable(error: unknown): boolean {
  const kind = classifyGitHubError(error);
  if (kind === 'not-found') return true;
  const message = error instanceof Error ? error.message : String(error);
  return kind === 'other' && /Advanced Security|code scanning is not enabled|security_events/i.test(message);
}

export interface Published {
  sarifId?: string;
  /** The workflow artifact holding the SARIF and the report, when code scanning did not take them. */
  artifactName?: string;
}

/**
 * Sends results where GitHub shows them: the code-scanning upload and the sticky comment.
 * Neither may fail the step: a fork's read-only token, or a repository without code
 * scanning, gets a warning, the job summary and a workflow artifact with the SARIF and
 * the report instead.
 */
export async function publish(outcome: ScanOutcome, publishContext: PublishContext): Promise<Published> {
  const { inputs, context, pr, logger, artifacts } = publishContext;
  if (inputs.dryRun) {
    logger.info('dry-run: nothing is uploaded or commented; the job summary and files have the results.');
    return {};
  }
  const artifactName = inputs.artifactName ?? defaultArtifactName(context.job, outcome.category);
  const fallback = artifacts.available
    ? `The SARIF and the JSON report go to the workflow artifact '${artifactName}' instead, and the job summary has the results.`
    : `Results are in the job summary and in ${outcome.paths.sarif}; this runner has no artifact service, so upload that file with actions/upload-artifact to keep it.`;
  const result: Published = {};
  const keepAsArtifact = async (): Promise<void> => {
    if (!artifacts.available) return;
    const uploaded = await uploadFallbackArtifact(outcome, artifactName, publishContext);
    if (uploaded) result.artifactName = uploaded;
  };

  const token = inputs.githubToken;
  if (!token || !context.owner) {
    logger.info(`No github-token, so no code-scanning upload or pull-request comment. ${inputs.uploadSarif ? fallback : 'The job summary has the results.'}`);
    if (inputs.uploadSarif) await keepAsArtifact();
    return result;
  }
  const client = createGitHubClient({ token, baseUrl: context.apiUrl, logger });
  const degrade = { fromFork: pr?.fromFork === true };

  if (inputs.uploadSarif) {
    try {
      const upload = await withDegrade(
        logger,
        'upload SARIF to code scanning',
        () =>
          uploadSarif(client, {
            owner: context.owner,
            repo: context.repo,
            commitSha: context.sha,
            ref: context.ref,
            sarifJson: outcome.sarif.json,
            checkoutUri: pathToFileURL(context.workspace).href,
          }),
        { ...degrade, permission: 'security-events: write', fallback },
      );
      if (upload) {
        result.sarifId = upload.id;
        logger.info(`SARIF uploaded to code scanning (id ${upload.id}, category ${outcome.category}).`);
      }
    } catch (error) {
      if (!codeScanningUnavailable(error)) throw error;
      logger.warning(`Could not upload SARIF: code scanning is not available for this repository (it needs GitHub Advanced Security on private repositories). ${fallback}`);
    }
    if (result.sarifId === undefined) await keepAsArtifact();
  }

  if (outcome.images && outcome.imageOf) {
    const imageOf = outcome.imageOf;
    const critical = outcome.policy.active.flatMap((finding) => {
      const image = imageOf.get(finding);
      return finding.severity === 'CRITICAL' && image ? [{ finding, image }] : [];
    });
    const { syncCriticalIssues } = await import('./cluster.ts');
    await withDegrade(
      logger,
      'open or close issues for CRITICAL findings',
      () =>
        syncCriticalIssues(
          client,
          { owner: context.owner, repo: context.repo, scope: outcome.issueScope ?? outcome.category, findings: critical, ...(context.runUrl ? { runUrl: context.runUrl } : {}) },
          logger,
        ),
      { permission: 'issues: write' },
    );
  }

  if (pr && inputs.comment !== 'off') {
    const body = renderComment(outcome, context.runUrl || undefined);
    const comment = (): ReturnType<typeof upsertStickyComment> =>
      upsertStickyComment(client, {
        owner: context.owner,
        repo: context.repo,
        issueNumber: pr.number,
        marker: 'trivy-scan',
        body,
        // Quiet on clean pull requests in auto mode, but an earlier failing comment is brought up to date.
        createIfMissing: inputs.comment === 'always' || outcome.policy.newFindings.length > 0 || !outcome.policy.passed,
      });
    await withDegrade(logger, 'update the pull-request comment', comment, { ...degrade, permission: 'pull-requests: write' });
  }
  return result;
}
