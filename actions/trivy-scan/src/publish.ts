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

/**
 * Sends results where GitHub shows them: the code-scanning upload and the sticky comment.
 * Neither may fail the step: a fork's read-only token, or a repository without code
 * scanning, gets a warning and the job summary (and the SARIF file) instead.
 */
export async function publish(outcome: ScanOutcome, { inputs, context, pr, logger }: PublishContext): Promise<{ sarifId?: string }> {
  if (inputs.dryRun) {
    logger.info('dry-run: nothing is uploaded or commented; the job summary and files have the results.');
    return {};
  }
  const token = inputs.githubToken;
  if (!token || !context.owner) {
    logger.info('No github-token, so no code-scanning upload or pull-request comment; the job summary has the results.');
    return {};
  }
  const client = createGitHubClient({ token, baseUrl: context.apiUrl, logger });
  const degrade = { fromFork: pr?.fromFork === true };
  const fallback = `Results are in the job summary and in ${outcome.paths.sarif}; upload that file with actions/upload-artifact to keep it.`;
  const result: { sarifId?: string } = {};

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
      () => syncCriticalIssues(client, { owner: context.owner, repo: context.repo, findings: critical, ...(context.runUrl ? { runUrl: context.runUrl } : {}) }, logger),
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
