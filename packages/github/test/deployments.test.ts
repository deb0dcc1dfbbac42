import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  classifyGitHubError,
  createDeployment,
  deactivatePrevious,
  DeploymentError,
  findDeployments,
  findSuccessfulDeployment,
  getDeployment,
  hasSuccessfulDeployment,
  latestDeploymentStatus,
  listDeploymentStatuses,
  payloadHasDigest,
  setDeploymentStatus,
  truncateDescription,
  withDegrade,
} from '../src/index.ts';
import type { GitHubClient } from '../src/index.ts';
import { startHarness, TOKEN } from './helpers.ts';
import type { Harness } from './helpers.ts';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => {
  await h.gh.close();
});

const repo = { owner: 'acme', repo: 'shop' };
const RUN = 'https://github.com/acme/shop/actions/runs/42';
const digest = (n: number): string => `sha256:${n.toString(16).padStart(64, '0')}`;

function mainSha(): string {
  return h.gh.state.repo('acme', 'shop').refs.get('heads/main')!;
}

/** A deployment that reached `states` in order, the way a deploy job would report it. */
async function deployed(client: GitHubClient, environment: string, states: ('in_progress' | 'success' | 'failure' | 'inactive')[], payload: Record<string, unknown> = {}): Promise<number> {
  const { id } = await createDeployment(client, repo, { ref: 'main', environment, payload });
  for (const state of states) await setDeploymentStatus(client, repo, id, { state, autoInactive: false });
  return id;
}

describe('createDeployment and setDeploymentStatus', () => {
  it('creates a deployment that neither merges nor waits for status checks, then reports in_progress and success with its URLs', async () => {
    const ref = await createDeployment(h.client, repo, {
      ref: 'refs/heads/main',
      sha: mainSha(),
      environment: 'staging',
      description: 'web v1.2.3',
      payload: { digest: digest(1) },
      productionEnvironment: false,
    });
    expect(ref).toMatchObject({ sha: mainSha(), ref: mainSha(), environment: 'staging', task: 'deploy' });
    const [create] = h.gh.callsTo('repos/create-deployment');
    expect(create?.body).toEqual({
      ref: mainSha(),
      environment: 'staging',
      auto_merge: false,
      required_contexts: [],
      description: 'web v1.2.3',
      // The branch name survives in the payload although the deployment is pinned to the commit.
      payload: { digest: digest(1), ref: 'refs/heads/main' },
      production_environment: false,
    });

    const progress = await setDeploymentStatus(h.client, repo, ref.id, { state: 'in_progress', logUrl: RUN, description: 'rolling out green' });
    expect(progress).toMatchObject({ state: 'in_progress', logUrl: RUN, environment: 'staging' });
    const success = await setDeploymentStatus(h.client, repo, ref.id, { state: 'success', environmentUrl: 'https://staging.shop.example', logUrl: RUN });
    expect(success).toMatchObject({ state: 'success', environmentUrl: 'https://staging.shop.example', logUrl: RUN, creator: 'github-actions[bot]' });

    const [found] = await findDeployments(h.client, repo, { environment: 'staging', withStatuses: true });
    expect(found).toMatchObject({ id: ref.id, payload: { digest: digest(1), ref: 'refs/heads/main' }, productionEnvironment: false, latestStatus: { state: 'success' } });
    expect(found?.statuses?.map((s) => s.state)).toEqual(['success', 'in_progress']);
    expect(found?.statuses?.[0]?.environmentUrl).toBe('https://staging.shop.example');
    expect(await getDeployment(h.client, repo, ref.id)).toMatchObject({ id: ref.id, environment: 'staging', description: 'web v1.2.3', latestStatus: { id: success.id, state: 'success' } });
    h.gh.assertNoViolations();
  });

  it('sends the ref alone when no sha is given, and refuses a sha that is not a full commit id', async () => {
    const ref = await createDeployment(h.client, repo, { ref: 'main', environment: 'production', task: 'deploy:migrations' });
    expect(ref).toMatchObject({ ref: 'main', sha: mainSha(), task: 'deploy:migrations' });
    expect(h.gh.callsTo('repos/create-deployment')[0]?.body).toEqual({ ref: 'main', environment: 'production', auto_merge: false, required_contexts: [], task: 'deploy:migrations' });
    await expect(createDeployment(h.client, repo, { ref: 'main', sha: 'abc123', environment: 'production' })).rejects.toThrow(/full commit SHA/);
    await expect(createDeployment(h.client, repo, { ref: 'main', environment: ' ' })).rejects.toThrow(/environment name/);
    h.gh.assertNoViolations();
  });

  it('marks a deployment failure, and cuts a long description to GitHub\'s 140 characters on one line', async () => {
    const { id } = await createDeployment(h.client, repo, { ref: 'main', environment: 'production' });
    const reason = `rollback-guard: breached http-5xx-rate\n(${'0.31 > threshold 0.05; '.repeat(10)})`;
    const status = await setDeploymentStatus(h.client, repo, id, { state: 'failure', description: reason, logUrl: RUN });
    expect(status.state).toBe('failure');
    expect(status.description).toHaveLength(140);
    expect(status.description.startsWith('rollback-guard: breached http-5xx-rate (0.31 > threshold 0.05;')).toBe(true);
    expect(status.description.endsWith('…')).toBe(true);
    expect((await latestDeploymentStatus(h.client, repo, id))?.state).toBe('failure');
    h.gh.assertNoViolations();
  });

  it('gives a clear, still classifiable error for a deployment that does not exist', async () => {
    const error = await setDeploymentStatus(h.client, repo, 987654, { state: 'success' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DeploymentError);
    expect((error as DeploymentError).reason).toBe('not-found');
    expect((error as Error).message).toMatch(/^GitHub deployment 987654 was not found in acme\/shop: it does not exist/);
    expect(classifyGitHubError(error)).toBe('not-found');
    await expect(listDeploymentStatuses(h.client, repo, 987654)).rejects.toThrow(/deployment 987654 was not found/);
    await expect(latestDeploymentStatus(h.client, repo, 987654)).rejects.toBeInstanceOf(DeploymentError);
    await expect(getDeployment(h.client, repo, 987654)).rejects.toMatchObject({ reason: 'not-found', status: 404 });
    h.gh.assertNoViolations();
  });

  it('explains GitHub\'s 202 "merged instead", 409 conflict and 422 unknown ref', async () => {
    h.gh.on('POST', '/repos/{owner}/{repo}/deployments', () => ({ status: 202, body: { message: 'Auto-merged main into topic-branch on deployment.' } }));
    await expect(createDeployment(h.client, repo, { ref: 'topic-branch', environment: 'staging' })).rejects.toMatchObject({
      reason: 'auto-merged',
      message: expect.stringMatching(/created no deployment of topic-branch to staging in acme\/shop \(HTTP 202\).*GitHub said: Auto-merged main/) as unknown,
    });
    // GitHub documents the 409 without a body.
    h.gh.on('POST', '/repos/{owner}/{repo}/deployments', () => ({ status: 409 }));
    const conflict = await createDeployment(h.client, repo, { ref: 'topic-branch', environment: 'staging' }).catch((e: unknown) => e);
    expect(conflict).toMatchObject({ reason: 'conflict', status: 409 });
    expect((conflict as Error).message).toMatch(/409 Conflict\): the ref has a merge conflict .* or failed required commit status checks/);
    h.gh.on('POST', '/repos/{owner}/{repo}/deployments', (_request, tools) => tools.passThrough());
    const invalid = await createDeployment(h.client, repo, { ref: 'no-such-branch', environment: 'staging' }).catch((e: unknown) => e);
    expect(invalid).toMatchObject({ reason: 'invalid', status: 422 });
    expect((invalid as Error).message).toMatch(/GitHub said: Validation Failed; No ref found for: no-such-branch\.$/);
    expect(classifyGitHubError(invalid)).toBe('validation');
    h.gh.assertNoViolations();
  });

  it('lets a read-only token\'s refusal through for the caller to degrade', async () => {
    const { id } = await createDeployment(h.client, repo, { ref: 'main', environment: 'staging' });
    h.gh.readOnlyToken(TOKEN);
    const error = await createDeployment(h.client, repo, { ref: 'main', environment: 'staging' }).catch((e: unknown) => e);
    expect(classifyGitHubError(error)).toBe('forbidden-read-only');
    const result = await withDegrade(h.logger, 'report the deployment', () => setDeploymentStatus(h.client, repo, id, { state: 'success' }), { permission: 'deployments: write' });
    expect(result).toBeUndefined();
    expect(h.logger.records.some((r) => r.level === 'warning' && r.message.includes('`deployments: write`'))).toBe(true);
    h.gh.assertNoViolations();
  });
});

describe('deactivatePrevious', () => {
  it('retires earlier successful and abandoned deployments of the environment, keeps failures, newer deployments and other environments', async () => {
    const oldSuccess = await deployed(h.client, 'production', ['in_progress', 'success']);
    const failed = await deployed(h.client, 'production', ['in_progress', 'failure']);
    const abandoned = await deployed(h.client, 'production', ['in_progress']);
    const staging = await deployed(h.client, 'staging', ['success']);
    const current = await deployed(h.client, 'production', ['in_progress', 'success']);
    const newer = await deployed(h.client, 'production', ['in_progress']);

    const changed = await deactivatePrevious(h.client, repo, { environment: 'production', keepId: current });

    expect(changed.sort()).toEqual([oldSuccess, abandoned].sort());
    const latest = async (id: number) => (await latestDeploymentStatus(h.client, repo, id))?.state;
    expect(await latest(oldSuccess)).toBe('inactive');
    expect(await latest(abandoned)).toBe('inactive');
    expect(await latest(failed)).toBe('failure');
    expect(await latest(current)).toBe('success');
    expect(await latest(newer)).toBe('in_progress');
    expect(await latest(staging)).toBe('success');
    expect((await listDeploymentStatuses(h.client, repo, oldSuccess))[0]?.description).toBe(`Superseded by deployment ${current}`);
    // Idempotent: nothing left to retire.
    expect(await deactivatePrevious(h.client, repo, { environment: 'production', keepId: current })).toEqual([]);
    h.gh.assertNoViolations();
  });
});

describe('over more than one page', () => {
  it('pages through 130 deployments and stops at the limit', async () => {
    const ids: number[] = [];
    for (let i = 0; i < 130; i += 1) ids.push((await createDeployment(h.client, repo, { ref: 'main', environment: 'staging', payload: { digest: digest(i) } })).id);
    await createDeployment(h.client, repo, { ref: 'main', environment: 'production' });

    const all = await findDeployments(h.client, repo, { environment: 'staging', limit: 500 });
    expect(all.map((d) => d.id)).toEqual([...ids].reverse());
    expect(all.every((d) => d.latestStatus === undefined)).toBe(true);
    const pages = h.gh.callsTo('repos/list-deployments');
    expect(pages.map((c) => [c.query['page'] ?? '1', c.query['per_page'], c.query['environment']])).toEqual([['1', '100', 'staging'], ['2', '100', 'staging']]);

    const before = h.gh.callsTo('repos/list-deployments').length;
    const newest = await findDeployments(h.client, repo, { environment: 'staging', limit: 5 });
    expect(newest.map((d) => d.id)).toEqual(ids.slice(-5).reverse());
    expect(h.gh.callsTo('repos/list-deployments').slice(before).map((c) => c.query['per_page'])).toEqual(['5']);

    // The oldest staging deployment succeeded; only it carries digest 0, on the second page.
    await setDeploymentStatus(h.client, repo, ids[0]!, { state: 'success' });
    const lookups = h.gh.callsTo('repos/list-deployment-statuses').length;
    expect(await hasSuccessfulDeployment(h.client, repo, { environment: 'staging', payloadMatch: payloadHasDigest(digest(0)), scanLimit: 200 })).toBe(true);
    // Payloads are filtered before statuses are read: one status lookup, for the one candidate.
    expect(h.gh.callsTo('repos/list-deployment-statuses').slice(lookups).map((c) => c.path)).toEqual([`/repos/acme/shop/deployments/${ids[0]!}/statuses`]);
    // Within the default scan of 100 it is out of reach, and the answer is no rather than a guess.
    expect(await hasSuccessfulDeployment(h.client, repo, { environment: 'staging', payloadMatch: payloadHasDigest(digest(0)) })).toBe(false);

    const keep = ids.at(-1)!;
    for (const id of ids.slice(-3)) await setDeploymentStatus(h.client, repo, id, { state: 'success', autoInactive: false });
    const changed = await deactivatePrevious(h.client, repo, { environment: 'staging', keepId: keep, scanLimit: 200 });
    expect(changed.sort((a, b) => a - b)).toEqual([ids[0]!, ids[127]!, ids[128]!]);
    h.gh.assertNoViolations();
  }, 60_000);
});

describe('hasSuccessfulDeployment', () => {
  it('answers by environment, commit and payload digest; a rolled-back deployment does not count, a superseded one does', async () => {
    await deployed(h.client, 'staging', ['in_progress', 'success'], { images: { web: `ghcr.io/acme/web@${digest(1)}` } });
    await deployed(h.client, 'staging', ['in_progress', 'failure'], { image: `ghcr.io/acme/web@${digest(2)}` });
    // Succeeded, then rollback-guard marked it failed.
    await deployed(h.client, 'staging', ['in_progress', 'success', 'failure'], { digest: digest(3) });
    // Succeeded, then superseded by a later deploy.
    await deployed(h.client, 'staging', ['in_progress', 'success', 'inactive'], { images: [`ghcr.io/acme/web@${digest(4)}`] });
    await deployed(h.client, 'production', ['success'], { digest: digest(5) });
    await deployed(h.client, 'staging', ['in_progress'], { digest: digest(6) });

    const staged = (n: number) => hasSuccessfulDeployment(h.client, repo, { environment: 'staging', payloadMatch: payloadHasDigest(digest(n)) });
    expect(await staged(1)).toBe(true);
    expect(await staged(2)).toBe(false);
    expect(await staged(3)).toBe(false);
    expect(await staged(4)).toBe(true);
    expect(await staged(5)).toBe(false);
    expect(await staged(6)).toBe(false);
    expect(await hasSuccessfulDeployment(h.client, repo, { environment: 'production', payloadMatch: payloadHasDigest(digest(5)) })).toBe(true);
    expect(await hasSuccessfulDeployment(h.client, repo, { environment: 'staging', sha: mainSha() })).toBe(true);
    expect(await hasSuccessfulDeployment(h.client, repo, { environment: 'staging', sha: 'f'.repeat(40) })).toBe(false);
    expect(await hasSuccessfulDeployment(h.client, repo, { environment: 'qa' })).toBe(false);

    const match = await findSuccessfulDeployment(h.client, repo, { environment: 'staging', payloadMatch: payloadHasDigest(digest(4)) });
    expect(match?.statuses?.map((s) => s.state)).toEqual(['inactive', 'success', 'in_progress']);
    expect(h.gh.callsTo('repos/list-deployments').every((c) => c.query['environment'] !== undefined)).toBe(true);
    h.gh.assertNoViolations();
  });
});

describe('pure helpers', () => {
  it('payloadHasDigest reads digest, image and images, and refuses something that is not a digest', () => {
    const match = payloadHasDigest(digest(7).toUpperCase().replace('SHA256', 'sha256'));
    expect(match({ digest: digest(7) })).toBe(true);
    expect(match({ image: `registry.example:5000/team/web@${digest(7)}` })).toBe(true);
    expect(match({ images: { web: `ghcr.io/a/web@${digest(1)}`, worker: `ghcr.io/a/worker@${digest(7)}` } })).toBe(true);
    expect(match({ images: [`ghcr.io/a/web@${digest(7)}`] })).toBe(true);
    expect(match({ image: `ghcr.io/a/web:${digest(7).slice(7)}` })).toBe(false);
    expect(match({ digest: digest(8), image: 42 })).toBe(false);
    expect(() => payloadHasDigest('web:1.2.3')).toThrow(/not an image digest/);
  });

  it('truncateDescription keeps one line and never splits a surrogate pair', () => {
    expect(truncateDescription('  short\n text ')).toBe('short text');
    const emoji = `${'x'.repeat(138)}😀😀`;
    const cut = truncateDescription(emoji);
    expect(cut).toBe(`${'x'.repeat(138)}…`);
    expect(truncateDescription('y'.repeat(141))).toBe(`${'y'.repeat(139)}…`);
  });
});
