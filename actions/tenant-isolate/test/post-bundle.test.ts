// The post step's bundle (dist/tenant-isolate/post.js) under the runner harness, with the state
// a main step leaves. The kube suite chains it after a real main run; this covers the cases a
// cluster adds nothing to. `npm test` rebuilds dist before the tests run.
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { writeTempKubeconfig } from '@pipeline/kube';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runAction } from '../../../test/support/runner/index.ts';
import type { RunActionResult } from '../../../test/support/runner/index.ts';
import { DEPLOYER_KUBECONFIG_STATE } from '../src/cleanup.ts';

const root = join(import.meta.dirname, '..', '..', '..');
const entry = join(root, 'dist', 'tenant-isolate', 'post.js');
const action = join(root, 'tenant-isolate', 'action.yml');

let runnerTemp: string;
beforeAll(() => {
  if (!existsSync(entry)) throw new Error(`${entry} is missing: run 'node scripts/build.ts tenant-isolate' first (npm test does).`);
});
beforeEach(async () => {
  runnerTemp = await mkdtemp(join(tmpdir(), 'tenant-isolate-post-bundle-'));
});
afterEach(async () => {
  await rm(runnerTemp, { recursive: true, force: true });
});

// The runner gives the post step the main step's inputs again, and the state main saved.
function post(state: Record<string, string>): Promise<RunActionResult> {
  return runAction({ entry, action, runnerTemp, inputs: { tenants: 'tenants.yaml', 'deployer-kubeconfig-for': 'team-a' }, state, timeoutMs: 30_000 });
}

describe('tenant-isolate post bundle', () => {
  it('removes the kubeconfig named in state from RUNNER_TEMP', async () => {
    const { path } = await writeTempKubeconfig('apiVersion: v1\nkind: Config\n', { RUNNER_TEMP: runnerTemp });
    const result = await post({ [DEPLOYER_KUBECONFIG_STATE]: path });
    expect(result.exitCode, result.stdout).toBe(0);
    expect(result.stdout).toContain(`Removed the deployer kubeconfig ${path}.`);
    expect(existsSync(dirname(path))).toBe(false);
    expect(result.annotations.filter((a) => a.level !== 'debug')).toEqual([]);
  });

  it('succeeds quietly when main minted nothing (no state)', async () => {
    const result = await post({});
    expect(result.exitCode).toBe(0);
    expect(result.annotations.filter((a) => a.level !== 'debug')).toEqual([]);
  });

  it('keeps a file it did not write, with a warning, and does not fail the job', async () => {
    const foreign = join(runnerTemp, 'workspace-copy', 'kubeconfig');
    await mkdir(dirname(foreign));
    await writeFile(foreign, 'apiVersion: v1\n');
    const result = await post({ [DEPLOYER_KUBECONFIG_STATE]: foreign });
    expect(result.exitCode).toBe(0);
    expect(existsSync(foreign)).toBe(true);
    expect(result.annotations).toEqual([{ level: 'warning', message: `Kept ${foreign}: it is not a kubeconfig tenant-isolate wrote under RUNNER_TEMP.` }]);
  });
});
