import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GITHUB_LIMITS, publishCheckRun, toApiAnnotation } from '../src/index.ts';
import type { CheckAnnotation, CheckRunInput } from '../src/index.ts';
import { startHarness } from './helpers.ts';
import type { Harness } from './helpers.ts';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => {
  await h.gh.close();
});

const SHA = '4f3c2b1a0e9d8c7b6a5f4e3d2c1b0a9f8e7d6c5b';

function annotations(count: number): CheckAnnotation[] {
  return Array.from({ length: count }, (_, i) => ({
    path: `src/module-${i}.ts`,
    startLine: i + 1,
    level: i % 3 === 0 ? 'failure' : 'warning',
    message: `Finding ${i}`,
  }));
}

function input(overrides: Partial<CheckRunInput> = {}): CheckRunInput {
  return { owner: 'acme', repo: 'shop', headSha: SHA, name: 'quality-gate', conclusion: 'failure', title: 'Quality gate failed', summary: 'Coverage fell below 80 %.', ...overrides };
}

function annotationCounts(calls: { body: unknown }[]): number[] {
  return calls.map((c) => ((c.body as { output?: { annotations?: unknown[] } }).output?.annotations ?? []).length);
}

describe('publishCheckRun', () => {
  it('attaches 120 annotations as one create and three updates of at most 50', async () => {
    const result = await publishCheckRun(h.client, input({ annotations: annotations(120), detailsUrl: 'https://ci.example.com/run/9', externalId: 'run-9' }));

    const creates = h.gh.callsTo('checks/create');
    const updates = h.gh.callsTo('checks/update');
    expect(creates).toHaveLength(1);
    expect(creates[0]!.body).toMatchObject({ status: 'in_progress', head_sha: SHA, details_url: 'https://ci.example.com/run/9', external_id: 'run-9' });
    expect(annotationCounts(creates)).toEqual([0]);
    expect(annotationCounts(updates)).toEqual([50, 50, 20]);
    // Only the last update completes the run, after every annotation is attached.
    expect(updates.map((c) => (c.body as { conclusion?: string }).conclusion)).toEqual([undefined, undefined, 'failure']);

    const stored = h.gh.state.repo('acme', 'shop').checkRuns.get(result.id)!;
    expect(stored.annotations).toHaveLength(120);
    expect(stored.annotations.map((a) => a['path'])).toEqual(annotations(120).map((a) => a.path));
    expect(stored.run).toMatchObject({ status: 'completed', conclusion: 'failure', output: { annotations_count: 120 } });
    expect(result).toEqual({ id: result.id, url: `https://github.com/acme/shop/runs/${result.id}`, annotationsSent: 120, annotationsDropped: 0 });
    h.gh.assertNoViolations();
  });

  it('creates a run without annotations completed in one call', async () => {
    const result = await publishCheckRun(h.client, input({ conclusion: 'success', title: 'Passed', summary: 'All good' }));
    expect(h.gh.calls.map((c) => c.operationId)).toEqual(['checks/create']);
    expect(h.gh.state.repo('acme', 'shop').checkRuns.get(result.id)!.run).toMatchObject({ status: 'completed', conclusion: 'success' });
    h.gh.assertNoViolations();
  });

  it('truncates summary and text to 65,535 characters and says so', async () => {
    const long = 'x'.repeat(70_000);
    const result = await publishCheckRun(h.client, input({ summary: long, text: `${long}🙂` }));
    const output = h.gh.state.repo('acme', 'shop').checkRuns.get(result.id)!.run['output'] as { summary: string; text: string };
    for (const value of [output.summary, output.text]) {
      expect(value.length).toBeLessThanOrEqual(GITHUB_LIMITS.checkRunText);
      expect(value.length).toBeGreaterThan(65_000);
      expect(value.endsWith('… truncated')).toBe(true);
    }
    h.gh.assertNoViolations();
  });

  it('caps the total, reports how many were dropped, and says so in the summary', async () => {
    const result = await publishCheckRun(h.client, input({ annotations: annotations(75), maxAnnotations: 60 }));
    expect(result).toMatchObject({ annotationsSent: 60, annotationsDropped: 15 });
    expect(annotationCounts(h.gh.callsTo('checks/update'))).toEqual([50, 10]);
    const stored = h.gh.state.repo('acme', 'shop').checkRuns.get(result.id)!;
    expect(stored.annotations.at(-1)!['path']).toBe('src/module-59.ts');
    expect((stored.run['output'] as { summary: string }).summary).toContain('15 more annotations were not attached to this check run (limit 60)');
    h.gh.assertNoViolations();
  });

  it('completes the run before reporting a batch that failed', async () => {
    h.gh.failNext({ operationId: 'checks/update', status: 422 });
    await expect(publishCheckRun(h.client, input({ annotations: annotations(70) }))).rejects.toMatchObject({ status: 422 });
    const [record] = h.gh.state.repo('acme', 'shop').checkRuns.values();
    expect(record!.run).toMatchObject({ status: 'completed', conclusion: 'failure' });
    expect(record!.annotations).toHaveLength(0);
    h.gh.assertNoViolations();
  });

  it('sends clamped annotations that GitHub accepts', async () => {
    const result = await publishCheckRun(h.client, input({
      annotations: [
        { path: './src\\win.ts', startLine: 10, endLine: 4, startColumn: 3, endColumn: 1, level: 'notice', message: 'm' },
        { path: 'src/b.ts', startLine: 1, endLine: 5, startColumn: 2, endColumn: 9, level: 'failure', message: 'x'.repeat(70_000), title: 't'.repeat(300), rawDetails: 'y'.repeat(70_000) },
      ],
    }));
    const [first, second] = h.gh.state.repo('acme', 'shop').checkRuns.get(result.id)!.annotations;
    expect(first).toMatchObject({ path: 'src/win.ts', start_line: 10, end_line: 10, start_column: 3, end_column: 3 });
    expect(second).toMatchObject({ start_line: 1, end_line: 5, start_column: null, end_column: null });
    expect(Buffer.byteLength(second!['message'] as string)).toBeLessThanOrEqual(64 * 1024);
    expect(Buffer.byteLength(second!['raw_details'] as string)).toBeLessThanOrEqual(64 * 1024);
    expect((second!['title'] as string).length).toBe(255);
    h.gh.assertNoViolations();
  });
});

describe('toApiAnnotation', () => {
  it('keeps columns only on single-line annotations and fills the required fields', () => {
    expect(toApiAnnotation({ path: 'a.ts', startLine: 3, startColumn: 5, endColumn: 9, level: 'warning', message: 'w' }))
      .toEqual({ path: 'a.ts', start_line: 3, end_line: 3, start_column: 5, end_column: 9, annotation_level: 'warning', message: 'w' });
    expect(toApiAnnotation({ path: 'a.ts', startLine: 3, endLine: 4, startColumn: 5, endColumn: 9, level: 'warning', message: 'w' }))
      .toEqual({ path: 'a.ts', start_line: 3, end_line: 4, annotation_level: 'warning', message: 'w' });
  });

  it('replaces an empty message, which GitHub rejects, and repairs line numbers below 1', () => {
    expect(toApiAnnotation({ path: 'a.ts', startLine: 0, level: 'failure', message: '  ', title: 'Rule broken' }))
      .toMatchObject({ start_line: 1, end_line: 1, message: 'Rule broken', title: 'Rule broken' });
  });

  it('cuts a multi-byte message on a character boundary within 64 KiB', () => {
    const { message } = toApiAnnotation({ path: 'a.ts', startLine: 1, level: 'notice', message: '€'.repeat(30_000) });
    expect(Buffer.byteLength(message)).toBeLessThanOrEqual(64 * 1024);
    expect(message).not.toContain('\uFFFD');
    expect(message.endsWith('… truncated')).toBe(true);
  });
});
