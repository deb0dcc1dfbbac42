import type { Logger, PullRequestRef, RunContext, SummaryBuilder } from '@pipeline/core';
import { createGitHubClient, publishCheckRun, upsertStickyComment, withDegrade } from '@pipeline/github';
import type { Inputs } from '@pipeline/core';
import type { GateResult } from './gate.ts';
import type { inputSchema } from './inputs.ts';
import { buildAnnotations, headline, renderComment } from './report.ts';

export interface PublishContext {
  inputs: Inputs<typeof inputSchema>;
  context: RunContext;
  pr: PullRequestRef | undefined;
  logger: Logger;
}

const CHECK_SUMMARY_LIMIT = 65_535;

/**
 * Reports the verdict where GitHub shows it: check run with annotations (its text is
 * the job summary's, cut to the check's limit), sticky PR comment. Each write degrades
 * to a warning when the token cannot write (fork pull requests), so the job summary,
 * written before this, always stands.
 */
export async function publish(result: GateResult, summary: SummaryBuilder, { inputs, context, pr, logger }: PublishContext): Promise<void> {
  const token = inputs.githubToken;
  if (!token || !context.owner) {
    logger.info('No github-token, so no check run or pull-request comment; the job summary has the results.');
    return;
  }
  const client = createGitHubClient({ token, baseUrl: context.apiUrl, logger });
  const annotations = buildAnnotations(result);
  const degrade = { fromFork: pr?.fromFork === true };
  const createCheck = (): ReturnType<typeof publishCheckRun> =>
    publishCheckRun(client, {
      owner: context.owner,
      repo: context.repo,
      headSha: pr?.headSha ?? context.sha,
      name: inputs.checkName,
      conclusion: result.verdict.passed ? 'success' : 'failure',
      title: headline(result),
      summary: summary.render(CHECK_SUMMARY_LIMIT),
      annotations,
      maxAnnotations: inputs.maxAnnotations,
      ...(context.runUrl ? { detailsUrl: context.runUrl } : {}),
    });
  const check = await withDegrade(logger, 'create the check run', createCheck, { ...degrade, permission: 'checks: write' });
  if (check && check.annotationsDropped > 0) logger.info(`${check.annotationsDropped} more annotation(s) not shown on the check run; the job summary lists them.`);

  if (!pr || inputs.comment === 'off') return;
  const body = renderComment(result, { ...(context.runUrl ? { runUrl: context.runUrl } : {}), ...(check?.url ? { checkUrl: check.url } : {}) });
  const comment = (): ReturnType<typeof upsertStickyComment> =>
    upsertStickyComment(client, {
      owner: context.owner,
      repo: context.repo,
      issueNumber: pr.number,
      marker: inputs.checkName,
      body,
      // A passing PR gets no new comment in auto mode, but an old failing one is brought up to date.
      createIfMissing: inputs.comment === 'always' || !result.verdict.passed,
    });
  await withDegrade(logger, 'update the pull-request comment', comment, { ...degrade, permission: 'pull-requests: write' });
}
