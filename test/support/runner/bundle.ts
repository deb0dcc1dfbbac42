import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { node24, REPO_ROOT } from './node.ts';

const NCC_CLI = join(REPO_ROOT, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');

const bundles = new Map<string, Promise<string>>();
const outputDirs: string[] = [];

function runNcc(entry: string, outDir: string): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(node24(), [NCC_CLI, 'build', entry, '-o', outDir, '--target', 'es2023', '--quiet'], {
      cwd: REPO_ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.on('error', fail);
    child.on('close', (code) => {
      if (code === 0) done();
      else fail(new Error(`ncc build of ${entry} exited with ${code}:\n${output}`));
    });
  });
}

/**
 * Bundles a TypeScript action entry with ncc, as the release build does, into a
 * fresh temporary directory, and returns the path of its `index.js`. Each entry is
 * bundled once per test process: the build takes seconds, the bundle never changes
 * within a run.
 */
export function bundleAction(entry: string): Promise<string> {
  const absolute = resolve(REPO_ROOT, entry);
  let bundle = bundles.get(absolute);
  if (bundle === undefined) {
    bundle = (async () => {
      const outDir = await mkdtemp(join(tmpdir(), 'pipeline-bundle-'));
      outputDirs.push(outDir);
      await runNcc(absolute, outDir);
      return join(outDir, 'index.js');
    })();
    bundles.set(absolute, bundle);
  }
  return bundle;
}

/** Removes every bundle this process built; call from `afterAll`. */
export async function removeBundles(): Promise<void> {
  const dirs = outputDirs.splice(0);
  bundles.clear();
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
}
