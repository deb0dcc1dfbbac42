import { gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createGitHubClient } from '@pipeline/github';
import type { GitHubClient } from '@pipeline/github';
import { GitHubDouble, startGitHubDouble } from './support/github-double/index.ts';

let gh: GitHubDouble;
let client: GitHubClient;

beforeEach(async () => {
  gh = await startGitHubDouble();
  client = createGitHubClient({ token: 'ghs_double_test', baseUrl: gh.url, timeScale: 0 });
});

afterEach(async () => {
  await gh.close();
});

interface RawOptions {
  body?: unknown;
  /** null sends no authorization header. */
  token?: string | null;
  headers?: Record<string, string>;
}

async function api(method: string, path: string, options: RawOptions = {}): Promise<{ status: number; body: unknown; headers: Headers }> {
  const headers: Record<string, string> = { accept: 'application/vnd.github+json', ...options.headers };
  if (options.token !== null) headers['authorization'] ??= `Bearer ${options.token ?? 'ghs_raw'}`;
  const init: RequestInit = { method, headers };
  if (options.body !== undefined) {
    headers['content-type'] ??= 'application/json';
    init.body = typeof options.body === 'string' ? options.body : JSON.stringify(options.body);
  }
  const response = await fetch(`${gh.url}${path}`, init);
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined, headers: response.headers };
}

const annotation = { path: 'src/a.ts', start_line: 3, end_line: 3, annotation_level: 'warning', message: 'Unused variable' };

describe('request validation against GitHub\'s OpenAPI description', () => {
  it('rejects a route GitHub does not have, and says so in assertNoViolations', async () => {
    const response = await api('GET', '/repos/acme/shop/check-suns');
    expect(response.status).toBe(404);
    expect(gh.violations).toEqual([expect.objectContaining({ kind: 'unknown-route', path: '/repos/acme/shop/check-suns' })]);
    expect(() => gh.assertNoViolations()).toThrow(/unknown-route.*check-suns/);
  });

  it('rejects a method the route does not have', async () => {
    const response = await api('PUT', '/repos/acme/shop/check-runs', { body: {} });
    expect(response.status).toBe(404);
    expect(gh.violations[0]?.message).toContain('has no PUT operation (it has POST)');
  });

  it('rejects a check run whose annotation has an invalid annotation_level', async () => {
    const response = await api('POST', '/repos/acme/shop/check-runs', {
      body: { name: 'lint', head_sha: 'a'.repeat(40), output: { title: 't', summary: 's', annotations: [{ ...annotation, annotation_level: 'error' }] } },
    });
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ message: expect.stringContaining('annotation_level') });
    expect(gh.violations).toEqual([
      expect.objectContaining({ kind: 'invalid-request', operationId: 'checks/create', message: expect.stringContaining('/output/annotations/0/annotation_level must be equal to one of the allowed values') }),
    ]);
    expect(gh.state.repo('acme', 'shop').checkRuns.size).toBe(0);
  });

  it('rejects more than 50 annotations in one request, a missing required field, and a malformed body', async () => {
    await api('POST', '/repos/acme/shop/check-runs', {
      body: { name: 'lint', head_sha: 'abc', output: { title: 't', summary: 's', annotations: Array.from({ length: 51 }, () => annotation) } },
    });
    await api('POST', '/repos/acme/shop/check-runs', { body: { name: 'lint' } });
    const malformed = await api('POST', '/repos/acme/shop/issues/1/comments', { body: '{"body": ' });
    expect(malformed.body).toMatchObject({ message: 'Problems parsing JSON' });
    const messages = gh.violations.map((v) => v.message);
    expect(messages).toEqual([
      expect.stringContaining('/output/annotations must NOT have more than 50 items'),
      expect.stringContaining("must have required property 'head_sha'"),
      expect.stringContaining('body is not valid JSON'),
    ]);
  });

  it('checks path and query parameters, including ones GitHub does not declare', async () => {
    await api('GET', '/repos/acme/shop/issues/1/comments?per_page=lots');
    await api('GET', '/repos/acme/shop/issues/1/comments?perpage=100');
    await api('GET', '/repos/acme/shop/check-runs/not-a-number');
    expect(gh.violations.map((v) => v.message)).toEqual([
      expect.stringContaining('query/per_page must be integer'),
      "query parameter 'perpage' is not declared for issues/list-comments",
      expect.stringContaining('path/check_run_id must be integer'),
    ]);
  });

  it('requires a token, and records which token each call used', async () => {
    const anonymous = await api('GET', '/repos/acme/shop', { token: null });
    expect(anonymous.status).toBe(401);
    expect(gh.violations).toEqual([expect.objectContaining({ kind: 'unauthenticated' })]);
    gh.violations.length = 0;
    await api('GET', '/repos/acme/shop', { headers: { authorization: 'token ghp_classic' } });
    await client.rest.repos.get({ owner: 'acme', repo: 'shop' });
    expect(gh.callsTo('repos/get').map((c) => c.token)).toEqual(['ghp_classic', 'ghs_double_test']);
    gh.assertNoViolations();
  });

  it('accepts a valid check run and answers with a check-run that validates', async () => {
    const created = await client.rest.checks.create({
      owner: 'acme',
      repo: 'shop',
      name: 'lint',
      head_sha: 'a'.repeat(40),
      conclusion: 'failure',
      output: { title: '1 warning', summary: 'One finding', annotations: [annotation as { path: string; start_line: number; end_line: number; annotation_level: 'warning'; message: string }] },
    });
    expect(created.status).toBe(201);
    expect(created.data).toMatchObject({ name: 'lint', status: 'completed', conclusion: 'failure', output: { annotations_count: 1 } });
    expect(created.data.url).toBe(`${gh.url}/repos/acme/shop/check-runs/${created.data.id}`);
    const listed = await client.rest.checks.listAnnotations({ owner: 'acme', repo: 'shop', check_run_id: Number(created.data.id) });
    expect(listed.data).toEqual([expect.objectContaining({ path: 'src/a.ts', annotation_level: 'warning', message: 'Unused variable' })]);
    expect(gh.callsTo('checks/create')[0]).toMatchObject({ method: 'POST', path: '/repos/acme/shop/check-runs', status: 201 });
    gh.assertNoViolations();
  });

  it('enforces GitHub\'s rule that a completed check run needs a conclusion', async () => {
    await expect(client.rest.checks.create({ owner: 'acme', repo: 'shop', name: 'lint', head_sha: 'abc', status: 'completed' })).rejects.toMatchObject({ status: 422 });
    gh.assertNoViolations();
  });
});

describe('response validation', () => {
  it('records a violation when the double itself answers off-contract', async () => {
    gh.on('GET', '/repos/{owner}/{repo}', () => ({ status: 200, body: { id: 'not-a-number' } }));
    await client.rest.repos.get({ owner: 'acme', repo: 'shop' });
    expect(gh.violations.length).toBeGreaterThan(0);
    expect(gh.violations.every((v) => v.kind === 'invalid-response')).toBe(true);
    expect(gh.violations.map((v) => v.message)).toContain('the double answered off-contract: response 200/id must be integer');
  });

  it('refuses an override for an operation GitHub does not have', () => {
    expect(() => gh.on('GET', '/repos/{owner}/{repo}/check-suns', () => ({ status: 200 }))).toThrow(/has no operation GET/);
  });

  it('lets an override adjust the built-in answer', async () => {
    gh.on('GET', '/repos/{owner}/{repo}', async (_request, tools) => {
      const response = await tools.passThrough();
      return { ...response, body: { ...(response.body as object), default_branch: 'trunk' } };
    });
    const repo = await client.rest.repos.get({ owner: 'acme', repo: 'shop' });
    expect(repo.data.default_branch).toBe('trunk');
    expect(repo.data.full_name).toBe('acme/shop');
    gh.assertNoViolations();
  });

  it('answers 501 and records an operation it does not implement', async () => {
    await expect(client.request('GET /repos/{owner}/{repo}/topics', { owner: 'acme', repo: 'shop', request: { retries: 0 } })).rejects.toMatchObject({ status: 501 });
    expect(gh.violations[0]).toMatchObject({ kind: 'unhandled', operationId: 'repos/get-all-topics' });
  });

  it('answers every built-in operation on-contract', async () => {
    const owner = 'acme';
    const repo = 'shop';
    await expect(client.rest.users.getAuthenticated()).rejects.toMatchObject({ status: 403 });
    gh.identify('ghp_personal', { login: 'mona' });
    const personal = createGitHubClient({ token: 'ghp_personal', baseUrl: gh.url, timeScale: 0 });
    expect((await personal.rest.users.getAuthenticated()).data.login).toBe('mona');
    const repository = await client.rest.repos.get({ owner, repo });
    const main = await client.rest.git.getRef({ owner, repo, ref: `heads/${repository.data.default_branch}` });
    const sha = main.data.object.sha;
    await client.rest.git.createRef({ owner, repo, ref: 'refs/heads/release', sha });
    await client.rest.git.updateRef({ owner, repo, ref: 'heads/release', sha: 'b'.repeat(40), force: true });
    expect((await client.rest.git.listMatchingRefs({ owner, repo, ref: 'heads/' })).data.map((r) => r.ref)).toEqual(['refs/heads/main', 'refs/heads/release']);
    await client.rest.git.deleteRef({ owner, repo, ref: 'heads/release' });
    await client.rest.git.getCommit({ owner, repo, commit_sha: sha });
    expect((await client.rest.repos.getCommit({ owner, repo, ref: 'main' })).data.sha).toBe(sha);
    expect((await client.rest.repos.compareCommitsWithBasehead({ owner, repo, basehead: `${sha}...main` })).data.status).toBe('identical');

    gh.state.addPullRequest({ owner, repo, number: 7, headSha: 'c'.repeat(40), forkOwner: 'contributor' });
    const pr = await client.rest.pulls.get({ owner, repo, pull_number: 7 });
    expect(pr.data.head.repo?.full_name).toBe('contributor/shop');

    const run = await client.rest.checks.create({ owner, repo, name: 'gate', head_sha: sha, status: 'in_progress' });
    await client.rest.checks.update({ owner, repo, check_run_id: Number(run.data.id), conclusion: 'success', output: { title: 'ok', summary: 'ok' } });
    await client.rest.checks.get({ owner, repo, check_run_id: Number(run.data.id) });
    await client.rest.checks.listAnnotations({ owner, repo, check_run_id: Number(run.data.id) });
    expect((await client.rest.checks.listForRef({ owner, repo, ref: 'main' })).data.total_count).toBe(1);

    const issue = await client.rest.issues.create({ owner, repo, title: 'Rollback of v1.2.3', body: 'Details', labels: ['incident'], assignees: ['octocat'] });
    await client.rest.issues.update({ owner, repo, issue_number: issue.data.number, state: 'closed' });
    await client.rest.issues.get({ owner, repo, issue_number: issue.data.number });
    expect(await client.rest.issues.listForRepo({ owner, repo, state: 'all', labels: 'incident' })).toMatchObject({ data: [{ number: issue.data.number, state: 'closed' }] });
    const comment = await client.rest.issues.createComment({ owner, repo, issue_number: 7, body: 'hello' });
    await client.rest.issues.updateComment({ owner, repo, comment_id: comment.data.id, body: 'hello again' });
    await client.rest.issues.getComment({ owner, repo, comment_id: comment.data.id });
    await client.rest.issues.listComments({ owner, repo, issue_number: 7 });
    await client.rest.issues.deleteComment({ owner, repo, comment_id: comment.data.id });

    const first = await client.rest.repos.createDeployment({ owner, repo, ref: 'main', environment: 'staging', auto_merge: false, required_contexts: [] });
    const firstId = (first.data as { id: number }).id;
    await client.rest.repos.createDeploymentStatus({ owner, repo, deployment_id: firstId, state: 'success', environment_url: 'https://shop.example.com' });
    const second = await client.rest.repos.createDeployment({ owner, repo, ref: sha, environment: 'staging', auto_merge: false, required_contexts: [] });
    const secondId = (second.data as { id: number }).id;
    await client.rest.repos.createDeploymentStatus({ owner, repo, deployment_id: secondId, state: 'success', log_url: 'https://ci.example.com/run/1' });
    const firstStatuses = await client.rest.repos.listDeploymentStatuses({ owner, repo, deployment_id: firstId });
    expect(firstStatuses.data.map((s) => s.state)).toEqual(['inactive', 'success']);
    await client.rest.repos.getDeployment({ owner, repo, deployment_id: secondId });
    // GitHub documents auto_inactive for non-production environments only: production keeps its earlier success.
    const prodFirst = (await client.rest.repos.createDeployment({ owner, repo, ref: 'main', environment: 'production', auto_merge: false, required_contexts: [] })).data as { id: number };
    await client.rest.repos.createDeploymentStatus({ owner, repo, deployment_id: prodFirst.id, state: 'success' });
    const prodSecond = (await client.rest.repos.createDeployment({ owner, repo, ref: sha, environment: 'production', auto_merge: false, required_contexts: [] })).data as { id: number };
    await client.rest.repos.createDeploymentStatus({ owner, repo, deployment_id: prodSecond.id, state: 'success' });
    expect((await client.rest.repos.listDeploymentStatuses({ owner, repo, deployment_id: prodFirst.id })).data.map((s) => s.state)).toEqual(['success']);
    expect((await client.rest.repos.listDeployments({ owner, repo, environment: 'staging' })).data).toHaveLength(2);
    await client.rest.repos.deleteDeployment({ owner, repo, deployment_id: firstId });

    const sarif = gzipSync(JSON.stringify({ version: '2.1.0', runs: [{ tool: { driver: { name: 'Trivy' } }, results: [] }] })).toString('base64');
    const upload = await client.rest.codeScanning.uploadSarif({ owner, repo, commit_sha: sha, ref: 'refs/heads/main', sarif });
    await client.rest.codeScanning.getSarif({ owner, repo, sarif_id: upload.data.id! });
    expect(gh.state.repo(owner, repo).sarifUploads.get(upload.data.id!)?.toolName).toBe('Trivy');
    await client.rest.dependencyGraph.createRepositorySnapshot({
      owner,
      repo,
      version: 0,
      sha,
      ref: 'refs/heads/main',
      job: { correlator: 'sbom', id: '1' },
      detector: { name: 'pipeline-sbom', version: '1.0.0', url: 'https://github.com/acme/pipeline' },
      scanned: new Date().toISOString(),
      manifests: {},
    });

    const release = await client.rest.repos.createRelease({ owner, repo, tag_name: 'v1.0.0', name: 'v1.0.0', draft: true });
    await client.rest.repos.updateRelease({ owner, repo, release_id: Number(release.data.id), draft: false });
    const asset = await client.request({ method: 'POST', url: release.data.upload_url, name: 'sbom.json', data: '{"bomFormat":"CycloneDX"}', headers: { 'content-type': 'application/json' } });
    await client.rest.repos.getReleaseAsset({ owner, repo, asset_id: (asset.data as { id: number }).id });
    expect((await client.rest.repos.listReleaseAssets({ owner, repo, release_id: Number(release.data.id) })).data.map((a) => a.name)).toEqual(['sbom.json']);
    await client.rest.repos.deleteReleaseAsset({ owner, repo, asset_id: (asset.data as { id: number }).id });
    await client.rest.repos.getRelease({ owner, repo, release_id: Number(release.data.id) });
    await client.rest.repos.getReleaseByTag({ owner, repo, tag: 'v1.0.0' });
    await client.rest.repos.getLatestRelease({ owner, repo });
    await client.rest.repos.listReleases({ owner, repo });
    await client.rest.repos.deleteRelease({ owner, repo, release_id: Number(release.data.id) });

    gh.assertNoViolations();
    const exercised = new Set(gh.calls.map((c) => c.operationId));
    expect(GitHubDouble.handledOperations().filter((id) => !exercised.has(id))).toEqual([]);
  });

  it('answers 404 to comments on an issue or pull request that does not exist, as GitHub does', async () => {
    await expect(client.rest.issues.createComment({ owner: 'acme', repo: 'shop', issue_number: 404, body: 'x' })).rejects.toMatchObject({ status: 404 });
    await expect(client.rest.issues.listComments({ owner: 'acme', repo: 'shop', issue_number: 404 })).rejects.toMatchObject({ status: 404 });
    gh.state.addPullRequest({ owner: 'acme', repo: 'shop', number: 404 });
    await expect(client.rest.issues.createComment({ owner: 'acme', repo: 'shop', issue_number: 404, body: 'x' })).resolves.toMatchObject({ status: 201 });
    gh.assertNoViolations();
  });

  it('paginates with the link header Octokit follows', async () => {
    gh.state.addPullRequest({ owner: 'acme', repo: 'shop', number: 3 });
    for (let i = 0; i < 5; i += 1) gh.state.addIssueComment({ owner: 'acme', repo: 'shop', issueNumber: 3, body: `comment ${i}` });
    const firstPage = await api('GET', '/repos/acme/shop/issues/3/comments?per_page=2');
    expect(firstPage.headers.get('link')).toBe(
      `<${gh.url}/repos/acme/shop/issues/3/comments?per_page=2&page=2>; rel="next", <${gh.url}/repos/acme/shop/issues/3/comments?per_page=2&page=3>; rel="last"`,
    );
    const all = await client.paginate(client.rest.issues.listComments, { owner: 'acme', repo: 'shop', issue_number: 3, per_page: 2 });
    expect(all.map((c) => c.body)).toEqual(['comment 0', 'comment 1', 'comment 2', 'comment 3', 'comment 4']);
    gh.assertNoViolations();
  });
});

describe('fault injection', () => {
  it('refuses a fault for an operation GitHub does not have', () => {
    expect(() => gh.failNext({ operationId: 'checks/create-run', status: 500 })).toThrow(/no operationId 'checks\/create-run'/);
  });

  it('fails the next matching call with GitHub\'s error body, then recovers', async () => {
    gh.state.addPullRequest({ owner: 'acme', repo: 'shop', number: 1 });
    gh.failNext({ operationId: 'repos/get', status: 404, times: 2 });
    await expect(client.rest.repos.get({ owner: 'acme', repo: 'shop' })).rejects.toMatchObject({ status: 404, response: { data: { message: 'Not Found' } } });
    await client.rest.issues.listComments({ owner: 'acme', repo: 'shop', issue_number: 1 });
    await expect(client.rest.repos.get({ owner: 'acme', repo: 'shop' })).rejects.toMatchObject({ status: 404 });
    await expect(client.rest.repos.get({ owner: 'acme', repo: 'shop' })).resolves.toMatchObject({ status: 200 });
    gh.assertNoViolations();
  });

  it('answers a secondary rate limit with a 403, GitHub\'s message and retry-after', async () => {
    gh.secondaryRateLimit({ times: 1, retryAfterSeconds: 7 });
    const response = await api('POST', '/repos/acme/shop/issues/1/comments', { body: { body: 'hi' } });
    expect(response.status).toBe(403);
    expect(response.headers.get('retry-after')).toBe('7');
    expect(response.body).toMatchObject({ message: expect.stringMatching(/^You have exceeded a secondary rate limit/) });
    gh.assertNoViolations();
  });

  it('makes every write with a read-only token fail as a fork pull request\'s token does', async () => {
    gh.readOnlyToken('ghs_fork');
    const read = await api('GET', '/repos/acme/shop', { token: 'ghs_fork' });
    const write = await api('POST', '/repos/acme/shop/check-runs', { token: 'ghs_fork', body: { name: 'lint', head_sha: 'abc' } });
    const other = await api('POST', '/repos/acme/shop/check-runs', { token: 'ghs_other', body: { name: 'lint', head_sha: 'abc', status: 'in_progress' } });
    expect([read.status, write.status, other.status]).toEqual([200, 403, 201]);
    expect(write.body).toEqual({ message: 'Resource not accessible by integration', documentation_url: expect.stringMatching(/^https:\/\/docs\.github\.com\/.*#create-a-check-run$/), status: '403' });
    gh.assertNoViolations();
  });
});
