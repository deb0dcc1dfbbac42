// The baseline store through the real @actions/cache, against the results-service double: what a
// default-branch run stores is what a pull request of that repository reads.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MemoryLogger } from '@pipeline/core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { startResultsService, type ResultsService } from '../../../test/support/results-service/index.ts';
import { ActionsCacheBaselineStore, actionsCacheAvailable, chooseBaselineStore, type StoredBaseline } from '../src/index.ts';

interface Doc extends StoredBaseline {
  items: string[];
}
const naming = { scope: 'test', key: 'ci', filePrefix: 'ci-', isValid: (v: Partial<Doc>) => Array.isArray(v.items) };

let results: ResultsService;
let box: string;

beforeAll(async () => {
  results = await startResultsService();
});
afterAll(async () => {
  await results?.close();
});
beforeEach(() => {
  box = mkdtempSync(join(tmpdir(), 'baseline-cache-'));
  for (const [name, value] of Object.entries(results.processEnv)) vi.stubEnv(name, value);
});
afterEach(() => {
  vi.unstubAllEnvs();
  rmSync(box, { recursive: true, force: true });
});

/** One job on a fresh hosted runner: the same paths every time, nothing left from the last job. */
function job(): { workspace: string; runnerTemp: string } {
  const workspace = join(box, 'work', 'repo', 'repo');
  const runnerTemp = join(box, 'work', '_temp');
  rmSync(join(box, 'work'), { recursive: true, force: true });
  mkdirSync(workspace, { recursive: true });
  mkdirSync(runnerTemp, { recursive: true });
  vi.stubEnv('GITHUB_WORKSPACE', workspace);
  vi.stubEnv('RUNNER_TEMP', runnerTemp);
  return { workspace, runnerTemp };
}

describe('baselines in the Actions cache', () => {
  it('stores a default-branch baseline that a pull request reads, and keeps the first one of a commit', async () => {
    expect(await actionsCacheAvailable()).toBe(true);
    const logger = new MemoryLogger();
    const main = await chooseBaselineStore<Doc>({ mode: 'auto', path: undefined, naming, context: job(), logger });
    expect(main).toBeInstanceOf(ActionsCacheBaselineStore);
    await main!.save({ version: 1, sha: 'a'.repeat(40), items: ['CVE-1'] });
    expect(results.cacheEntries.map((e) => [e.key, e.scope, e.finalized])).toEqual([[`pipeline-test-v1-ci-${'a'.repeat(40)}`, 'refs/heads/main', true]]);

    // A pull request's job: its own scope first, the default branch readable.
    const pullRequest = results.issueToken({
      cacheScopes: [
        { scope: 'refs/pull/3/merge', permission: 3 },
        { scope: 'refs/heads/main', permission: 1 },
      ],
    });
    vi.stubEnv('ACTIONS_RUNTIME_TOKEN', pullRequest);
    const pr = new ActionsCacheBaselineStore<Doc>(job().runnerTemp, naming, logger);
    expect(await pr.load('a'.repeat(40))).toEqual({ version: 1, sha: 'a'.repeat(40), items: ['CVE-1'] });
    expect(await pr.load('b'.repeat(40))).toBeUndefined();

    // A re-run of the same commit finds the key taken; the stored baseline stays the first one.
    vi.stubEnv('ACTIONS_RUNTIME_TOKEN', results.token);
    const rerun = new ActionsCacheBaselineStore<Doc>(job().runnerTemp, naming, logger);
    await rerun.save({ version: 1, sha: 'a'.repeat(40), items: ['CVE-2'] });
    expect(results.callsTo('CreateCacheEntry').at(-1)).toMatchObject({ status: 409, error: { code: 'already_exists' } });
    expect(await new ActionsCacheBaselineStore<Doc>(job().runnerTemp, naming, logger).load('a'.repeat(40))).toMatchObject({ items: ['CVE-1'] });
    results.assertNoViolations();
  });
});
