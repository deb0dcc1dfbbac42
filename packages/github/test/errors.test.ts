import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pullRequestOf } from '@pipeline/core';
import type { RunContext } from '@pipeline/core';
import { classifyGitHubError, publishCheckRun, upsertStickyComment, withDegrade } from '../src/index.ts';
import { startHarness, TOKEN } from './helpers.ts';
import type { Harness } from './helpers.ts';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
  // GitHub refuses comments on pull requests that do not exist, and so does the double.
  h.gh.state.addPullRequest({ owner: 'acme', repo: 'shop', number: 42 });
});
afterEach(async () => {
  await h.gh.close();
});

async function failure(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected the call to fail');
    },
    (error: unknown) => error,
  );
}

describe('classifyGitHubError', () => {
  it('sorts real Octokit errors from the API', async () => {
    const repo = { owner: 'acme', repo: 'shop' };
    const client = h.clientFor({ retries: 0 });
    h.gh.readOnlyToken(TOKEN);
    const readOnly = await failure(client.rest.checks.create({ ...repo, name: 'gate', head_sha: 'abc' }));
    const notFound = await failure(client.rest.pulls.get({ ...repo, pull_number: 999 }));
    h.gh.failNext({ status: 500 });
    const server = await failure(client.rest.repos.get(repo));
    h.gh.secondaryRateLimit({ times: 1, retryAfterSeconds: 120 });
    const limited = await failure(h.clientFor({ retries: 0 }).rest.repos.get(repo));
    h.gh.failNext({ status: 403, body: { message: 'Must have admin rights to Repository.', documentation_url: 'https://docs.github.com/rest' } });
    const admin = await failure(client.rest.repos.get(repo));

    expect([readOnly, notFound, server, limited, admin].map(classifyGitHubError)).toEqual(['forbidden-read-only', 'not-found', 'server', 'rate-limited', 'other']);
    h.gh.assertNoViolations();
  });

  it('recognises a 422 and anything that is not an HTTP error', async () => {
    const error = await failure(h.client.rest.checks.create({ owner: 'acme', repo: 'shop', name: 'gate', head_sha: 'abc', status: 'completed' }));
    expect(classifyGitHubError(error)).toBe('validation');
    expect(classifyGitHubError(new TypeError('fetch failed'))).toBe('other');
    expect(classifyGitHubError('boom')).toBe('other');
    h.gh.assertNoViolations();
  });
});

describe('withDegrade', () => {
  function forkContext(fromFork: boolean): RunContext {
    return {
      owner: 'acme',
      repo: 'shop',
      eventName: 'pull_request',
      payload: { pull_request: { number: 42, head: { sha: 'abc', repo: { full_name: fromFork ? 'contributor/shop' : 'acme/shop' } }, base: { sha: 'def', ref: 'main', repo: { full_name: 'acme/shop' } } } },
      sha: 'abc',
      ref: 'refs/pull/42/merge',
      workflow: 'ci',
      job: 'gate',
      runId: 1,
      runAttempt: 1,
      actor: 'contributor',
      serverUrl: 'https://github.com',
      apiUrl: h.gh.url,
      workspace: '/tmp',
      runnerTemp: '/tmp',
      runUrl: 'https://github.com/acme/shop/actions/runs/1',
    };
  }

  it('turns a read-only token into a warning instead of a failure', async () => {
    h.gh.readOnlyToken(TOKEN);
    const pr = pullRequestOf(forkContext(true));
    const result = await withDegrade(
      h.logger,
      'create the check run',
      () => publishCheckRun(h.client, { owner: 'acme', repo: 'shop', headSha: 'abc', name: 'gate', conclusion: 'failure', title: 't', summary: 's' }),
      { fromFork: pr?.fromFork === true },
    );
    expect(result).toBeUndefined();
    expect(h.logger.messages('warning')).toEqual([
      'Could not create the check run: this pull request comes from a fork, and GitHub gives fork pull requests a read-only GITHUB_TOKEN. Results are in the job summary instead.',
    ]);
    h.gh.assertNoViolations();
  });

  it('names the missing permission when the pull request is not from a fork', async () => {
    h.gh.readOnlyToken(TOKEN);
    const pr = pullRequestOf(forkContext(false));
    await withDegrade(h.logger, 'update the pull request comment', () => upsertStickyComment(h.client, { owner: 'acme', repo: 'shop', issueNumber: 42, marker: 'gate', body: 'b' }), {
      fromFork: pr?.fromFork === true,
      permission: 'pull-requests: write',
    });
    expect(h.logger.messages('warning')).toEqual([
      'Could not update the pull request comment: the token is read-only (a pull request from a fork gets a read-only GITHUB_TOKEN) or lacks `pull-requests: write`; grant it under `permissions:` in the workflow. Results are in the job summary instead.',
    ]);
    h.gh.assertNoViolations();
  });

  it('returns the result when the call succeeds and rethrows every other error', async () => {
    await expect(withDegrade(h.logger, 'read', async () => 7)).resolves.toBe(7);
    h.gh.failNext({ status: 404 });
    await expect(withDegrade(h.logger, 'read the repository', () => h.client.rest.repos.get({ owner: 'acme', repo: 'shop' }))).rejects.toMatchObject({ status: 404 });
    expect(h.logger.messages('warning')).toEqual([]);
    h.gh.assertNoViolations();
  });
});
