// delivery-report's work once the inputs are parsed: measure through GitHub, then push to the
// Pushgateway when one is given. main.ts only wires the runner to it.
import { ConfigurationError, errorMessage } from '@pipeline/core';
import type { Logger } from '@pipeline/core';
import { measureDelivery, PushError, pushDelivery } from '@pipeline/delivery';
import type { DeliveryReport, PushedGroup } from '@pipeline/delivery';
import { classifyGitHubError } from '@pipeline/github';
import type { GitHubClient, RepoRef } from '@pipeline/github';
import type { DeliveryInputs } from './inputs.ts';
import { headline } from './report.ts';

export interface DeliveryDeps {
  github: GitHubClient;
  /** The repository the workflow runs in; `repository` overrides it. */
  current: RepoRef;
  logger: Logger;
  /** The window ends now. */
  now?: Date;
  fetch?: typeof fetch;
  /** The first wait between push attempts (tests shrink it). */
  pushRetryDelayMs?: number;
}

export interface DeliveryRun {
  report: DeliveryReport;
  /** Undefined when no `pushgateway-url` was given. */
  pushed: PushedGroup[] | undefined;
  /** Why the push failed; the figures are still reported. */
  pushError: string | undefined;
}

type MeasureInputs = Pick<DeliveryInputs, 'repository' | 'environments' | 'services' | 'window' | 'pushgatewayUrl' | 'pushgatewayJob'>;

function repoOf(inputs: MeasureInputs, current: RepoRef): RepoRef {
  if (inputs.repository === undefined) return current;
  const [owner = '', repo = ''] = inputs.repository.split('/');
  return { owner, repo };
}

/** GitHub's 404 and 403 on reading deployments are the caller's token or repository, not a bug. */
function explain(error: unknown, repo: RepoRef): unknown {
  const kind = classifyGitHubError(error);
  const name = `${repo.owner}/${repo.repo}`;
  const status = (error as { status?: unknown }).status;
  if (kind === 'not-found') {
    return new ConfigurationError(`GitHub answered 404 for ${name}: the repository does not exist or the token cannot see it. Check 'repository', or give a 'github-token' that can read it.`, { input: 'repository', cause: error });
  }
  if (kind === 'forbidden-read-only' || (status === 403 && kind === 'other')) {
    return new ConfigurationError(`The token may not read the deployments or commits of ${name} (${errorMessage(error)}). Give the job 'permissions: { deployments: read, contents: read }', or a 'github-token' that has them.`, { input: 'github-token', cause: error });
  }
  return error;
}

export async function runDeliveryReport(inputs: MeasureInputs, deps: DeliveryDeps): Promise<DeliveryRun> {
  const repo = repoOf(inputs, deps.current);
  if (repo.owner === '' || repo.repo === '') throw new ConfigurationError("No repository to report on: set 'repository' (owner/name), or run in GitHub Actions, which sets GITHUB_REPOSITORY", { input: 'repository' });
  const until = deps.now ?? new Date();
  const window = { since: new Date(until.getTime() - inputs.window), until };
  if (inputs.environments.length === 0) throw new ConfigurationError("Input 'environments' lists no environment; name at least one, such as production", { input: 'environments' });
  const report = await deps.logger.group(`Deployments of ${repo.owner}/${repo.repo} (${inputs.environments.join(', ')})`, async () => {
    try {
      return await measureDelivery(deps.github, repo, {
        environments: inputs.environments,
        window,
        ...(inputs.services.length === 0 ? {} : { services: inputs.services }),
      });
    } catch (error) {
      throw explain(error, repo);
    }
  });
  if (report.services.length === 0) deps.logger.warning(`No deployment to ${inputs.environments.join(', ')} was created in ${repo.owner}/${repo.repo} in the window; every figure is empty.`);
  for (const row of report.services) deps.logger.info(headline(row));
  for (const note of report.notes) deps.logger.notice(note);

  if (inputs.pushgatewayUrl === undefined) return { report, pushed: undefined, pushError: undefined };
  try {
    const pushed = await pushDelivery(report, {
      url: inputs.pushgatewayUrl,
      job: inputs.pushgatewayJob,
      ...(deps.fetch === undefined ? {} : { fetch: deps.fetch }),
      ...(deps.pushRetryDelayMs === undefined ? {} : { retryDelayMs: deps.pushRetryDelayMs }),
    });
    deps.logger.info(`Pushed ${pushed.length} group(s) to the Pushgateway (job ${inputs.pushgatewayJob}).`);
    return { report, pushed, pushError: undefined };
  } catch (error) {
    if (error instanceof RangeError) throw new ConfigurationError(`Input 'pushgateway-url': ${error.message}`, { input: 'pushgateway-url', cause: error });
    if (!(error instanceof PushError)) throw error;
    return { report, pushed: undefined, pushError: error.message };
  }
}
