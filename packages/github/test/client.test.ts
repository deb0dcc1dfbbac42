import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConfigurationError } from '@pipeline/core';
import { classifyGitHubError, createGitHubClient } from '../src/index.ts';
import { startHarness, TOKEN } from './helpers.ts';
import type { Harness } from './helpers.ts';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => {
  await h.gh.close();
});

const run = { owner: 'acme', repo: 'shop', name: 'gate', head_sha: 'abc', status: 'in_progress' as const };

describe('createGitHubClient', () => {
  it('honours retry-after on a secondary rate limit in real time, then succeeds', async () => {
    h.gh.secondaryRateLimit({ operationId: 'repos/get', times: 1, retryAfterSeconds: 1 });
    const repo = await h.clientFor({ timeScale: 1 }).rest.repos.get({ owner: 'acme', repo: 'shop' });

    expect(repo.data.full_name).toBe('acme/shop');
    const [limited, retried] = h.gh.callsTo('repos/get');
    expect([limited!.status, retried!.status]).toEqual([403, 200]);
    expect(retried!.receivedAt - limited!.receivedAt).toBeGreaterThanOrEqual(1000);
    expect(h.logger.messages('warning')).toEqual(["GitHub's secondary rate limit was hit (GET /repos/{owner}/{repo}). Retrying in 1 s as GitHub asks (retry 1 of 3)."]);
    h.gh.assertNoViolations();
  });

  it('scales the retry-after wait by timeScale, so tests stay fast', async () => {
    h.gh.secondaryRateLimit({ operationId: 'checks/create', times: 2, retryAfterSeconds: 3 });
    const created = await h.clientFor({ timeScale: 0.1 }).rest.checks.create(run);

    expect(created.status).toBe(201);
    const [first, second, third] = h.gh.callsTo('checks/create');
    expect([first!.status, second!.status, third!.status]).toEqual([403, 403, 201]);
    expect(second!.receivedAt - first!.receivedAt).toBeGreaterThanOrEqual(300);
    expect(third!.receivedAt - first!.receivedAt).toBeLessThan(3000);
    h.gh.assertNoViolations();
  });

  it('gives up on a secondary rate limit after its retries', async () => {
    h.gh.secondaryRateLimit({ times: 5, retryAfterSeconds: 30 });
    const error: unknown = await h.clientFor({ retries: 2 }).rest.checks.create(run).catch((e: unknown) => e);
    expect(classifyGitHubError(error)).toBe('rate-limited');
    expect(h.gh.callsTo('checks/create')).toHaveLength(3);
    expect(h.logger.messages('warning').at(-1)).toMatch(/Giving up after 2 retries/);
    h.gh.assertNoViolations();
  });

  it('retries a 5xx answer with back-off and succeeds', async () => {
    h.gh.failNext({ operationId: 'repos/get', status: 502, times: 2 });
    const repo = await h.client.rest.repos.get({ owner: 'acme', repo: 'shop' });
    expect(repo.data.full_name).toBe('acme/shop');
    expect(h.gh.callsTo('repos/get').map((c) => c.status)).toEqual([502, 502, 200]);
    h.gh.assertNoViolations();
  });

  it('stops retrying a 5xx after the configured retries', async () => {
    h.gh.failNext({ status: 503, times: 10 });
    await expect(h.clientFor({ retries: 1 }).rest.repos.get({ owner: 'acme', repo: 'shop' })).rejects.toMatchObject({ status: 503 });
    expect(h.gh.callsTo('repos/get')).toHaveLength(2);
    h.gh.assertNoViolations();
  });

  it('does not retry errors that will not change (404, 422)', async () => {
    h.gh.failNext({ operationId: 'repos/get', status: 404 });
    await expect(h.client.rest.repos.get({ owner: 'acme', repo: 'shop' })).rejects.toMatchObject({ status: 404 });
    expect(h.gh.callsTo('repos/get')).toHaveLength(1);
    h.gh.assertNoViolations();
  });

  it('waits once for a primary rate limit that resets within a minute', async () => {
    h.gh.primaryRateLimit({ operationId: 'repos/get', times: 1, resetSeconds: 2 });
    await h.client.rest.repos.get({ owner: 'acme', repo: 'shop' });
    expect(h.gh.callsTo('repos/get').map((c) => c.status)).toEqual([403, 200]);
    expect(h.logger.messages('warning')).toEqual([expect.stringContaining('Waiting once and retrying.')]);

    h.gh.primaryRateLimit({ operationId: 'repos/get', times: 1, resetSeconds: 3600 });
    await expect(h.client.rest.repos.get({ owner: 'acme', repo: 'shop' })).rejects.toMatchObject({ status: 403 });
    expect(h.logger.messages('warning').at(-1)).toContain('Not retrying');
    h.gh.assertNoViolations();
  });

  it('authenticates with the token, sends a user agent, and never logs the token', async () => {
    h.gh.failNext({ operationId: 'repos/get', status: 500 });
    await h.clientFor({ userAgent: 'quality-gate/3.0.0' }).rest.repos.get({ owner: 'acme', repo: 'shop' });
    expect(h.gh.calls.every((c) => c.token === TOKEN)).toBe(true);
    expect(h.gh.calls[0]!.userAgent).toMatch(/^quality-gate\/3\.0\.0 octokit-core\.js/);
    expect(h.logger.messages('debug')).toEqual([
      expect.stringMatching(/^GitHub API GET .*\/repos\/acme\/shop -> 500 in \d+ ms$/),
      expect.stringMatching(/-> 200 in/),
    ]);
    expect(JSON.stringify(h.logger.records)).not.toContain(TOKEN);
    h.gh.assertNoViolations();
  });

  it('uses GITHUB_API_URL when no base URL is given, so GHES and the double work', async () => {
    const saved = process.env['GITHUB_API_URL'];
    process.env['GITHUB_API_URL'] = `${h.gh.url}/`;
    try {
      const client = createGitHubClient({ token: TOKEN, timeScale: 0 });
      await client.rest.repos.get({ owner: 'acme', repo: 'shop' });
    } finally {
      if (saved === undefined) delete process.env['GITHUB_API_URL'];
      else process.env['GITHUB_API_URL'] = saved;
    }
    expect(h.gh.callsTo('repos/get')).toHaveLength(1);
    h.gh.assertNoViolations();
  });

  it('goes through an injected fetch', async () => {
    const seen: string[] = [];
    const client = h.clientFor({ fetch: (input, init) => {
      seen.push(String(input));
      return fetch(input, init);
    } });
    await client.rest.repos.get({ owner: 'acme', repo: 'shop' });
    expect(seen).toEqual([`${h.gh.url}/repos/acme/shop`]);
  });

  it('rejects an empty token as a configuration mistake naming the input', () => {
    expect(() => createGitHubClient({ token: ' ' })).toThrow(ConfigurationError);
    expect(() => createGitHubClient({ token: '' })).toThrow(/github-token/);
  });
});
