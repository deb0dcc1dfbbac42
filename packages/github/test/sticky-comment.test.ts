import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GITHUB_LIMITS, stickyMarker, upsertStickyComment } from '../src/index.ts';
import { startHarness } from './helpers.ts';
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

const target = { owner: 'acme', repo: 'shop', issueNumber: 42, marker: 'quality-gate' };
const MARKER = '<!-- pipeline:quality-gate -->';

function bodies(): string[] {
  return h.gh.state.repo('acme', 'shop').commentsOn(42).map((c) => c['body'] as string);
}

describe('upsertStickyComment', () => {
  it('creates the comment once, then updates it in place and never duplicates it', async () => {
    const created = await upsertStickyComment(h.client, { ...target, body: '## Quality gate\nfailed' });
    expect(created).toMatchObject({ action: 'created', duplicatesDeleted: 0 });
    expect(created.url).toBe(`https://github.com/acme/shop/issues/42#issuecomment-${created.id}`);

    const updated = await upsertStickyComment(h.client, { ...target, body: '## Quality gate\npassed' });
    expect(updated).toMatchObject({ id: created.id, action: 'updated' });
    const unchanged = await upsertStickyComment(h.client, { ...target, body: '## Quality gate\npassed' });
    expect(unchanged).toMatchObject({ id: created.id, action: 'unchanged' });

    expect(bodies()).toEqual([`${MARKER}\n## Quality gate\npassed`]);
    expect(h.gh.callsTo('issues/create-comment')).toHaveLength(1);
    expect(h.gh.callsTo('issues/update-comment')).toHaveLength(1);
    h.gh.assertNoViolations();
  });

  it('with createIfMissing false, creates nothing but still brings an existing comment up to date', async () => {
    const skipped = await upsertStickyComment(h.client, { ...target, body: 'passed', createIfMissing: false });
    expect(skipped.action).toBe('skipped');
    expect(bodies()).toEqual([]);
    await upsertStickyComment(h.client, { ...target, body: 'failed' });
    const updated = await upsertStickyComment(h.client, { ...target, body: 'passed', createIfMissing: false });
    expect(updated.action).toBe('updated');
    expect(bodies()).toEqual([`${MARKER}\npassed`]);
    h.gh.assertNoViolations();
  });

  it('updates the newest of two existing copies and deletes the other', async () => {
    const older = h.gh.state.addIssueComment({ owner: 'acme', repo: 'shop', issueNumber: 42, body: `${MARKER}\nold run`, createdAt: new Date('2025-01-01T10:00:00Z') });
    const newer = h.gh.state.addIssueComment({ owner: 'acme', repo: 'shop', issueNumber: 42, body: `${MARKER}\nnewer run`, createdAt: new Date('2025-01-01T10:00:05Z') });

    const result = await upsertStickyComment(h.client, { ...target, body: 'this run' });

    expect(result).toMatchObject({ id: newer['id'], action: 'updated', duplicatesDeleted: 1 });
    expect(h.gh.callsTo('issues/delete-comment').map((c) => c.path)).toEqual([`/repos/acme/shop/issues/comments/${String(older['id'])}`]);
    expect(bodies()).toEqual([`${MARKER}\nthis run`]);
    h.gh.assertNoViolations();
  });

  it('leaves alone comments that merely quote the marker, and other markers', async () => {
    const quoting = `> ${MARKER}\nWhy does the bot post this?`;
    h.gh.state.addIssueComment({ owner: 'acme', repo: 'shop', issueNumber: 42, body: quoting, user: { login: 'mona' } });
    h.gh.state.addIssueComment({ owner: 'acme', repo: 'shop', issueNumber: 42, body: '<!-- pipeline:trivy-scan -->\nscan results' });

    await upsertStickyComment(h.client, { ...target, body: 'gate' });

    expect(bodies()).toEqual([quoting, '<!-- pipeline:trivy-scan -->\nscan results', `${MARKER}\ngate`]);
    h.gh.assertNoViolations();
  });

  it('finds its comment beyond the first page of a busy pull request', async () => {
    for (let i = 0; i < 120; i += 1) h.gh.state.addIssueComment({ owner: 'acme', repo: 'shop', issueNumber: 42, body: `review ${i}`, user: { login: 'reviewer' } });
    const ours = h.gh.state.addIssueComment({ owner: 'acme', repo: 'shop', issueNumber: 42, body: `${MARKER}\nbefore` });

    const result = await upsertStickyComment(h.client, { ...target, body: 'after' });

    expect(result).toMatchObject({ id: ours['id'], action: 'updated' });
    expect(h.gh.callsTo('issues/list-comments').map((c) => c.query['page'] ?? '1')).toEqual(['1', '2']);
    expect(h.gh.callsTo('issues/create-comment')).toHaveLength(0);
    h.gh.assertNoViolations();
  });

  it('caps the body at 65,536 characters including the marker', async () => {
    await upsertStickyComment(h.client, { ...target, body: 'row\n'.repeat(20_000) });
    const [body] = bodies();
    expect(body!.length).toBeLessThanOrEqual(GITHUB_LIMITS.commentBody);
    expect(body!.startsWith(`${MARKER}\nrow\n`)).toBe(true);
    expect(body!.endsWith('… truncated')).toBe(true);
    h.gh.assertNoViolations();
  });

  it('refuses a marker that would break out of the HTML comment', () => {
    expect(stickyMarker('sbom')).toBe('<!-- pipeline:sbom -->');
    expect(() => stickyMarker('x --> <b>')).toThrow(/letters, digits/);
  });
});
