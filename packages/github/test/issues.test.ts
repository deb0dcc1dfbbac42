import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { issueMarker, upsertIssue, withDegrade } from '../src/index.ts';
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
const MARKER = '<!-- pipeline:incident:shop/web:production -->';
const input = { marker: 'incident:shop/web:production', title: 'Incident: shop/web in production', body: 'First breach', labels: ['incident', 'rollback'], comment: 'Another breach' };

function issues(): { number: number; state: string; title: string; body: string; labels: string[]; comments: string[] }[] {
  const state = h.gh.state.repo('acme', 'shop');
  return [...state.issues.values()].map((i) => ({
    number: i['number'] as number,
    state: i['state'] as string,
    title: i['title'] as string,
    body: i['body'] as string,
    labels: (i['labels'] as { name: string }[]).map((l) => l.name),
    comments: state.commentsOn(i['number'] as number).map((c) => c['body'] as string),
  }));
}

describe('upsertIssue', () => {
  it('opens the issue once, then comments on it instead of opening a duplicate', async () => {
    const created = await upsertIssue(h.client, repo, input);
    expect(created).toEqual({ action: 'created', number: 1, url: 'https://github.com/acme/shop/issues/1' });
    const commented = await upsertIssue(h.client, repo, input);
    expect(commented).toMatchObject({ action: 'commented', number: 1, url: 'https://github.com/acme/shop/issues/1' });
    expect(commented.commentUrl).toMatch(/^https:\/\/github\.com\/acme\/shop\/issues\/1#issuecomment-\d+$/);
    // Without a comment of its own, the body is the comment.
    await upsertIssue(h.client, repo, { marker: input.marker, title: input.title, body: input.body, labels: input.labels });

    expect(issues()).toEqual([{ number: 1, state: 'open', title: input.title, body: `${MARKER}\nFirst breach`, labels: ['incident', 'rollback'], comments: ['Another breach', 'First breach'] }]);
    // The search asks GitHub for open issues carrying the first label only.
    expect(h.gh.callsTo('issues/list-for-repo').map((c) => c.query)).toEqual(Array(3).fill({ state: 'open', per_page: '100', labels: 'incident' }));
    h.gh.assertNoViolations();
  });

  it('keeps one issue per marker: another service gets its own', async () => {
    await upsertIssue(h.client, repo, input);
    await upsertIssue(h.client, repo, { ...input, marker: 'incident:shop/cart:production', title: 'Incident: shop/cart' });
    await upsertIssue(h.client, repo, input);
    expect(issues().map((i) => [i.title, i.comments.length])).toEqual([[input.title, 1], ['Incident: shop/cart', 0]]);
    h.gh.assertNoViolations();
  });

  it('opens a new issue once the old one is closed', async () => {
    await upsertIssue(h.client, repo, input);
    await h.client.rest.issues.update({ owner: 'acme', repo: 'shop', issue_number: 1, state: 'closed' });
    const again = await upsertIssue(h.client, repo, input);
    expect(again).toMatchObject({ action: 'created', number: 2 });
    expect(issues().map((i) => [i.number, i.state, i.comments.length])).toEqual([[1, 'closed', 0], [2, 'open', 0]]);
    h.gh.assertNoViolations();
  });

  it('only counts open issues with the search label whose body has the marker on a line of its own', async () => {
    // Someone removed the label: GitHub's filter no longer returns it, so a new one is opened.
    await h.client.rest.issues.create({ owner: 'acme', repo: 'shop', title: 'unlabelled', body: `${MARKER}\nold`, labels: ['bug'] });
    // Someone quoted the marker in another incident issue.
    await h.client.rest.issues.create({ owner: 'acme', repo: 'shop', title: 'quoting', body: `Why is this here?\n> ${MARKER}`, labels: ['incident'] });
    const result = await upsertIssue(h.client, repo, input);
    expect(result).toMatchObject({ action: 'created', number: 3 });
    // A person edited the body above the marker; it is still ours.
    await h.client.rest.issues.update({ owner: 'acme', repo: 'shop', issue_number: 3, body: `Owner: @mona\n\n${MARKER}\nFirst breach` });
    expect(await upsertIssue(h.client, repo, input)).toMatchObject({ action: 'commented', number: 3 });
    expect(issues().map((i) => [i.title, i.comments.length])).toEqual([['unlabelled', 0], ['quoting', 0], [input.title, 1]]);
    h.gh.assertNoViolations();
  });

  it('after a race left two open copies, comments on the oldest', async () => {
    await h.client.rest.issues.create({ owner: 'acme', repo: 'shop', title: 'first', body: `${MARKER}\na`, labels: ['incident'] });
    await h.client.rest.issues.create({ owner: 'acme', repo: 'shop', title: 'second', body: `${MARKER}\nb`, labels: ['incident'] });
    expect(await upsertIssue(h.client, repo, input)).toMatchObject({ action: 'commented', number: 1 });
    h.gh.assertNoViolations();
  });

  it('finds its issue beyond the first page of open incidents', async () => {
    const ours = await upsertIssue(h.client, repo, input);
    for (let i = 0; i < 105; i += 1) await h.client.rest.issues.create({ owner: 'acme', repo: 'shop', title: `other ${i}`, body: 'other', labels: ['incident'] });
    expect(await upsertIssue(h.client, repo, input)).toMatchObject({ action: 'commented', number: ours.number });
    expect(h.gh.callsTo('issues/list-for-repo').slice(1).map((c) => c.query['page'] ?? '1')).toEqual(['1', '2']);
    h.gh.assertNoViolations();
  }, 30_000);

  it('with a read-only token, reads but cannot write: withDegrade turns it into a warning', async () => {
    h.gh.readOnlyToken(TOKEN);
    const result = await withDegrade(h.logger, 'open the incident issue', () => upsertIssue(h.client, repo, input), { permission: 'issues: write' });
    expect(result).toBeUndefined();
    expect(h.logger.records.filter((r) => r.level === 'warning').map((r) => r.message)).toEqual([
      expect.stringMatching(/^Could not open the incident issue: the token is read-only .* lacks `issues: write`/) as unknown,
    ]);
    expect(h.gh.callsTo('issues/list-for-repo')).toHaveLength(1);
    expect(issues()).toEqual([]);
    h.gh.assertNoViolations();
  });

  it('caps the body at GitHub\'s 65,536 characters and refuses a marker that would break out of the comment', async () => {
    await upsertIssue(h.client, repo, { ...input, body: 'row\n'.repeat(20_000) });
    const [issue] = issues();
    expect(issue!.body.length).toBeLessThanOrEqual(65_536);
    expect(issue!.body.startsWith(`${MARKER}\nrow\n`)).toBe(true);
    expect(issueMarker('incident:shop/web%20app:staging')).toBe('<!-- pipeline:incident:shop/web%20app:staging -->');
    expect(() => issueMarker('incident:a--b')).toThrow(/without '--'/);
    expect(() => issueMarker('x --> <b>')).toThrow(/HTML comment/);
    await expect(upsertIssue(h.client, repo, { ...input, title: ' ' })).rejects.toThrow(/needs a title/);
    h.gh.assertNoViolations();
  });
});
