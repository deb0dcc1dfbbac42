import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { MemoryLogger } from '@pipeline/core';
import { writeTempKubeconfig } from '@pipeline/kube';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { removeDeployerKubeconfig } from '../src/cleanup.ts';

let runnerTemp: string;
let env: NodeJS.ProcessEnv;
beforeEach(async () => {
  runnerTemp = await mkdtemp(join(tmpdir(), 'tenant-isolate-post-'));
  env = { RUNNER_TEMP: runnerTemp };
});
afterEach(async () => {
  await rm(runnerTemp, { recursive: true, force: true });
});

describe('removeDeployerKubeconfig (the post step)', () => {
  it('removes the kubeconfig main wrote under RUNNER_TEMP, with its directory', async () => {
    const { path } = await writeTempKubeconfig('apiVersion: v1\nkind: Config\n', env);
    const logger = new MemoryLogger();
    expect(await removeDeployerKubeconfig({ path, env, logger })).toBe('removed');
    expect(existsSync(path)).toBe(false);
    expect(existsSync(dirname(path))).toBe(false);
    expect(logger.messages('info')).toEqual([`Removed the deployer kubeconfig ${path}.`]);
    // A second post (a re-run of the job's cleanup) finds nothing and does not complain.
    const again = new MemoryLogger();
    expect(await removeDeployerKubeconfig({ path, env, logger: again })).toBe('already-gone');
    expect(again.messages('warning')).toEqual([]);
  });

  it('does nothing when main minted no kubeconfig', async () => {
    const logger = new MemoryLogger();
    expect(await removeDeployerKubeconfig({ path: '', env, logger })).toBe('nothing-minted');
    expect(logger.records.filter((r) => r.level !== 'debug')).toEqual([]);
  });

  it('keeps, with a warning, a file it did not write: a tampered state cannot delete elsewhere', async () => {
    const foreign = join(runnerTemp, 'someone-else', 'kubeconfig');
    await mkdir(dirname(foreign));
    await writeFile(foreign, 'apiVersion: v1\n');
    const logger = new MemoryLogger();
    expect(await removeDeployerKubeconfig({ path: foreign, env, logger })).toBe('refused');
    expect(existsSync(foreign)).toBe(true);
    expect(logger.messages('warning')).toEqual([`Kept ${foreign}: it is not a kubeconfig tenant-isolate wrote under RUNNER_TEMP.`]);
  });

  it('keeps a kubeconfig of ours that lies under another RUNNER_TEMP', async () => {
    const other = await mkdtemp(join(tmpdir(), 'tenant-isolate-other-'));
    try {
      const { path } = await writeTempKubeconfig('apiVersion: v1\n', { RUNNER_TEMP: other });
      expect(await removeDeployerKubeconfig({ path, env, logger: new MemoryLogger() })).toBe('refused');
      expect(existsSync(path)).toBe(true);
    } finally {
      await rm(other, { recursive: true, force: true });
    }
  });
});
