// The library end to end through Octokit against the contract-validated GitHub double, seeded
// with the recorded histories: the figures must be the ones worked out by hand.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createGitHubClient } from '@pipeline/github';
import type { GitHubClient } from '@pipeline/github';
import { measureDelivery } from '../src/index.ts';
import { startGitHubDouble } from '../../../test/support/github-double/index.ts';
import type { GitHubDouble } from '../../../test/support/github-double/index.ts';
import { loadRecorded, recordedHistories, repoOf, seedDouble, windowOf } from './recorded.ts';
import type { RecordedName } from './recorded.ts';

let gh: GitHubDouble;
let client: GitHubClient;

beforeEach(async () => {
  gh = await startGitHubDouble();
  client = createGitHubClient({ token: 'ghs_delivery_report_test', baseUrl: gh.url, timeScale: 0 });
});

afterEach(async () => {
  await gh.close();
});

describe.each<RecordedName>(['shop-two-weeks', 'billing-tenants'])('measureDelivery on the recorded %s', (name) => {
  const recorded = loadRecorded(name);

  it('gives the hand-worked figures through the Deployments and compare APIs', async () => {
    const ids = seedDouble(gh, recorded);
    const report = await measureDelivery(client, repoOf(recorded), { environments: recorded.environments, window: windowOf(recorded) });
    expect(report.repository).toBe(recorded.repository);
    expect(report.services).toHaveLength(recorded.expected.services.length);
    for (const [i, row] of recorded.expected.services.entries()) expect(report.services[i]).toMatchObject(row);
    expect(report.overall).toMatchObject(recorded.expected.overall);
    const baseless = (recorded.expected.baselessDeployments ?? []).map((n) => ids.get(recorded.deployments.find((d) => d.name === n)!.id));
    expect(report.notes.map((note) => Number(/deployment (\d+) has no earlier/.exec(note)?.[1])).sort()).toEqual(baseless.sort());
    // Statuses are read only for the selected environments (never staging or production-eu).
    expect(gh.callsTo('repos/list-deployment-statuses')).toHaveLength(recordedHistories(recorded).length);
    gh.assertNoViolations();
  });
});

describe('what measureDelivery asks GitHub', () => {
  it('compares each pair of deployed commits once, and a redeploy not at all', async () => {
    const shop = loadRecorded('shop-two-weeks');
    seedDouble(gh, shop);
    await measureDelivery(client, repoOf(shop), { environments: shop.environments, window: windowOf(shop) });
    // web: D101 D103 D105 D106 D109 (D107 redeploys D106's commit); api: A201 A202 A204.
    expect(gh.callsTo('repos/compare-commits-with-basehead')).toHaveLength(8);
    expect(gh.callsTo('repos/get-commit')).toHaveLength(0);
    gh.assertNoViolations();
  });

  it("asks once for tenants that deploy the same commits, and reads a baseless deployment's commit alone", async () => {
    const billing = loadRecorded('billing-tenants');
    seedDouble(gh, billing);
    await measureDelivery(client, repoOf(billing), { environments: billing.environments, window: windowOf(billing) });
    // t1's b0...b2, b2...b3 and b3...b5; t2's T203 and T204 repeat t1's last two pairs.
    expect(gh.callsTo('repos/compare-commits-with-basehead')).toHaveLength(3);
    // T201 and P301 have no earlier success.
    expect(gh.callsTo('repos/get-commit')).toHaveLength(2);
    gh.assertNoViolations();
  });

  it('only reads the deployments of the services asked for, and adds a row for an asked-for service without any', async () => {
    const shop = loadRecorded('shop-two-weeks');
    seedDouble(gh, shop);
    const report = await measureDelivery(client, repoOf(shop), { environments: shop.environments, services: ['api', 'search'], window: windowOf(shop) });
    expect(report.services.map((s) => `${s.service} ${s.environment}`)).toEqual(['api production', 'search production']);
    expect(report.services[0]).toMatchObject(shop.expected.services.find((s) => s['service'] === 'api')!);
    expect(report.services[1]!.deploymentFrequency).toEqual({ perWeek: 0, rating: 'missed' });
    gh.assertNoViolations();
  });

  it('pages a compare of more than 100 commits, and GitHub’s 250-commit answer is never the last word', async () => {
    const { owner, repo } = { owner: 'acme', repo: 'monolith' };
    const success = Date.parse('2025-03-05T12:00:00Z');
    const minute = 60_000;
    const base = gh.state.addCommit({ owner, repo, message: 'base', committedAt: new Date(success - 2 * 86_400_000), branch: 'main' });
    let parent = base.sha;
    let head = base.sha;
    // 230 commits, the i-th (1-based) committed 231 - i minutes before the deployment succeeded:
    // lead times are 1..230 minutes.
    for (let i = 1; i <= 230; i += 1) {
      head = gh.state.addCommit({ owner, repo, parents: [parent], message: `change ${i}`, committedAt: new Date(success - (231 - i) * minute), branch: 'main' }).sha;
      parent = head;
    }
    gh.state.addDeployment({ owner, repo, sha: base.sha, environment: 'production', payload: { service: 'app' }, createdAt: '2025-03-02T11:00:00Z', statuses: [{ state: 'success', createdAt: '2025-03-02T11:05:00Z' }] });
    gh.state.addDeployment({ owner, repo, sha: head, environment: 'production', payload: { service: 'app' }, createdAt: new Date(success - 10 * minute), statuses: [{ state: 'success', createdAt: new Date(success) }] });
    const report = await measureDelivery(client, { owner, repo }, { environments: ['production'], window: { since: new Date('2025-03-03T00:00:00Z'), until: new Date('2025-03-10T00:00:00Z') } });
    // n = 230: median h = 114.5 between 115 and 116 min = 115.5 min; p90 h = 206.1 between 207 and 208 min = 207.1 min.
    expect(report.services[0]!.leadTime).toEqual({ changes: 230, sumSeconds: (230 * 231 / 2) * 60, medianSeconds: 115.5 * 60, p90Seconds: 207.1 * 60, rating: 'met' });
    expect(gh.callsTo('repos/compare-commits-with-basehead').map((c) => c.query['page'])).toEqual(['1', '2', '3']);
    gh.assertNoViolations();
  });

  it('falls back to the deployed commit alone, with a note, when GitHub cannot compare', async () => {
    const shop = loadRecorded('shop-two-weeks');
    seedDouble(gh, shop);
    const sha = (name: string): string => shop.commits.find((c) => c.name === name)!.sha;
    // As if w0, D100's commit, had been force-pushed away: GitHub answers 404 to web's D101 compare.
    gh.on('GET', '/repos/{owner}/{repo}/compare/{basehead}', (request, tools) => (request.params['basehead'] === `${sha('w0')}...${sha('w2')}`
      ? { status: 404, body: { message: 'Not Found', documentation_url: request.operation.docsUrl, status: '404' } }
      : tools.passThrough()));
    const report = await measureDelivery(client, repoOf(shop), { environments: shop.environments, window: windowOf(shop) });
    expect(report.notes).toEqual([`GitHub cannot compare ${sha('w0').slice(0, 7)}...${sha('w2').slice(0, 7)} in acme/shop (a commit was force-pushed away?); that deployment's lead time counts only its own commit.`]);
    // D101's changes a0 w1 w2 shrink to w2 alone (5400 s).
    const web = report.services.find((s) => s.service === 'web')!;
    expect(web.leadTime.changes).toBe(13);
    expect(web.leadTime.sumSeconds).toBe(1154700 - 174600 - 9000);
    gh.assertNoViolations();
  });

  it('says so when the listing limit stops before the window starts', async () => {
    const shop = loadRecorded('shop-two-weeks');
    seedDouble(gh, shop);
    const report = await measureDelivery(client, repoOf(shop), { environments: shop.environments, window: windowOf(shop), maxScan: 5 });
    expect(report.notes[0]).toBe('Only the newest 5 deployments of acme/shop were listed; deployments early in the window may be missing.');
    // The five newest: D110, D109, D108, D107, A204.
    expect(report.overall.deployments.total).toBe(5);
    gh.assertNoViolations();
  });
});

describe('GitHub double: commits and compare', () => {
  const owner = 'acme';
  const repo = 'graph';

  /** a - b - c - d on main, and e branching from b (a hotfix), then f merging d and e. */
  function seedGraph(): Record<'a' | 'b' | 'c' | 'd' | 'e' | 'f', string> {
    const add = (message: string, parents: string[], minutes: number): string =>
      gh.state.addCommit({ owner, repo, message, parents, committedAt: new Date(Date.parse('2025-03-01T00:00:00Z') + minutes * 60_000) }).sha;
    const a = add('a', [], 0);
    const b = add('b', [a], 10);
    const c = add('c', [b], 20);
    const d = add('d', [c], 30);
    const e = add('e', [b], 25);
    const f = add('f', [d, e], 40);
    return { a, b, c, d, e, f };
  }

  const compare = async (basehead: string, query: Record<string, number> = {}) =>
    (await client.rest.repos.compareCommitsWithBasehead({ owner, repo, basehead, ...query })).data;

  it('answers ahead, behind, identical and diverged with the commits head adds, oldest first', async () => {
    const g = seedGraph();
    const ahead = await compare(`${g.a}...${g.d}`);
    expect([ahead.status, ahead.ahead_by, ahead.behind_by, ahead.total_commits]).toEqual(['ahead', 3, 0, 3]);
    expect(ahead.commits.map((c) => c.commit.message)).toEqual(['b', 'c', 'd']);
    expect(ahead.merge_base_commit.sha).toBe(g.a);
    expect(ahead.commits[0]!.commit.committer?.date).toBe('2025-03-01T00:10:00Z');
    const behind = await compare(`${g.d}...${g.b}`);
    expect([behind.status, behind.ahead_by, behind.behind_by, behind.commits.length]).toEqual(['behind', 0, 2, 0]);
    const same = await compare(`${g.c}...${g.c}`);
    expect([same.status, same.total_commits]).toEqual(['identical', 0]);
    const diverged = await compare(`${g.d}...${g.e}`);
    expect([diverged.status, diverged.ahead_by, diverged.behind_by, diverged.merge_base_commit.sha]).toEqual(['diverged', 1, 2, g.b]);
    const merged = await compare(`${g.c}...${g.f}`);
    expect(merged.commits.map((c) => c.commit.message)).toEqual(['e', 'd', 'f']);
    expect(merged.commits[2]!.parents.map((p) => p.sha)).toEqual([g.d, g.e]);
    gh.assertNoViolations();
  });

  it('takes branches and abbreviated SHAs, and answers 404 for what it does not know', async () => {
    const g = seedGraph();
    gh.state.repo(owner, repo).refs.set('heads/release', g.d);
    const named = await compare(`${g.a.slice(0, 7)}...release`);
    expect(named.total_commits).toBe(3);
    await expect(compare(`${g.a}...${'0'.repeat(40)}`)).rejects.toMatchObject({ status: 404 });
    await expect(compare('main')).rejects.toMatchObject({ status: 404 });
    gh.assertNoViolations();
  });

  it('lists at most 250 commits unless asked for pages, and gives files on the first page only', async () => {
    let parent: string[] = [];
    for (let i = 0; i < 260; i += 1) parent = [gh.state.addCommit({ owner, repo, message: `c${i}`, parents: parent, committedAt: new Date(Date.parse('2025-03-01T00:00:00Z') + i * 60_000), branch: 'main' }).sha];
    const first = gh.state.repo(owner, repo).commits.keys().next().value!;
    const whole = await compare(`${first}...main`);
    expect([whole.total_commits, whole.commits.length]).toEqual([259, 250]);
    const page3 = await compare(`${first}...main`, { per_page: 100, page: 3 });
    expect(page3.commits.map((c) => c.commit.message)).toEqual(Array.from({ length: 59 }, (_, i) => `c${i + 201}`));
    expect(page3.files).toBeUndefined();
    expect((await compare(`${first}...main`, { per_page: 100, page: 1 })).files).toEqual([]);
    gh.assertNoViolations();
  });

  it("answers a seeded commit's lookups with its own dates, message and parents", async () => {
    const g = seedGraph();
    const { data } = await client.rest.repos.getCommit({ owner, repo, ref: g.f });
    expect([data.commit.message, data.commit.committer?.date, data.parents.map((p) => p.sha)]).toEqual(['f', '2025-03-01T00:40:00Z', [g.d, g.e]]);
    const git = await client.rest.git.getCommit({ owner, repo, commit_sha: g.b });
    expect([git.data.message, git.data.author.date, git.data.parents.map((p) => p.sha)]).toEqual(['b', '2025-03-01T00:10:00Z', [g.a]]);
    gh.assertNoViolations();
  });

  it('keeps a seeded deployment\'s times and whole status history, newest first', async () => {
    const seeded = gh.state.addDeployment({
      owner, repo, sha: 'a'.repeat(40), environment: 'production/t1', payload: { service: 'web' }, createdAt: '2025-03-04T13:00:00Z',
      statuses: [{ state: 'in_progress', createdAt: '2025-03-04T13:00:00Z' }, { state: 'success', createdAt: '2025-03-04T13:20:00Z' }, { state: 'failure', createdAt: '2025-03-04T13:50:00Z' }],
    });
    const id = Number(seeded['id']);
    const listed = (await client.rest.repos.listDeployments({ owner, repo, environment: 'production/t1' })).data;
    expect(listed.map((d) => [d.id, d.created_at, d.payload])).toEqual([[id, '2025-03-04T13:00:00Z', { service: 'web' }]]);
    const statuses = (await client.rest.repos.listDeploymentStatuses({ owner, repo, deployment_id: id })).data;
    expect(statuses.map((s) => [s.state, s.created_at, s.environment])).toEqual([
      ['failure', '2025-03-04T13:50:00Z', 'production/t1'],
      ['success', '2025-03-04T13:20:00Z', 'production/t1'],
      ['in_progress', '2025-03-04T13:00:00Z', 'production/t1'],
    ]);
    gh.assertNoViolations();
  });
});
