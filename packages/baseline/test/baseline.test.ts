import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MemoryLogger } from '@pipeline/core';
import { describe, expect, it } from 'vitest';
import { baselineCommit, chooseBaselineStore, type StoredBaseline } from '../src/index.ts';

interface Doc extends StoredBaseline {
  items: string[];
}
const naming = { scope: 'test', key: 'k', filePrefix: 'k-', isValid: (v: Partial<Doc>) => Array.isArray(v.items) };

describe('baselines', () => {
  it('stores per commit in a directory and refuses documents of another shape or commit', async () => {
    const workspace = mkdtempSync(join(tmpdir(), 'baseline-'));
    const store = await chooseBaselineStore<Doc>({ mode: 'auto', path: 'store', naming, context: { workspace, runnerTemp: '' }, logger: new MemoryLogger() });
    await store!.save({ version: 1, sha: 'abc', items: ['x'] });
    expect(await store!.load('abc')).toEqual({ version: 1, sha: 'abc', items: ['x'] });
    expect(await store!.load('def')).toBeUndefined();
    writeFileSync(join(workspace, 'store', 'k-def.json'), JSON.stringify({ version: 1, sha: 'def', other: [] }));
    expect(await store!.load('def')).toBeUndefined();
    writeFileSync(join(workspace, 'store', 'k-ghi.json'), JSON.stringify({ version: 1, sha: 'abc', items: [] }));
    expect(await store!.load('ghi')).toBeUndefined();
  });

  it('is off when asked, refuses a path outside the workspace, and says why there is none', async () => {
    const logger = new MemoryLogger();
    const context = { workspace: mkdtempSync(join(tmpdir(), 'baseline-')), runnerTemp: '/tmp' };
    expect(await chooseBaselineStore<Doc>({ mode: 'off', path: 'x', naming, context, logger })).toBeUndefined();
    await expect(chooseBaselineStore<Doc>({ mode: 'auto', path: '../x', naming, context, logger })).rejects.toThrow(/outside the workspace/);
    expect(await chooseBaselineStore<Doc>({ mode: 'auto', path: undefined, naming, context, logger })).toBeUndefined();
    expect(logger.messages('info').join()).toMatch(/Actions cache is not available/);
  });

  it('stores only for pushes to the default branch', () => {
    const payload = { repository: { default_branch: 'main' } };
    expect(baselineCommit({ payload, ref: 'refs/heads/main', sha: 's' }, undefined)).toBe('s');
    expect(baselineCommit({ payload, ref: 'refs/heads/feature', sha: 's' }, undefined)).toBeUndefined();
    expect(baselineCommit({ payload, ref: 'refs/heads/main', sha: 's' }, { number: 1, headSha: 'h', baseSha: 'b', baseRef: 'main', fromFork: false })).toBeUndefined();
    expect(baselineCommit({ payload: {}, ref: 'refs/heads/main', sha: 's' }, undefined)).toBeUndefined();
  });
});
