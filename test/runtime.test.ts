import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import TotalsReporter, { countTotals, formatTotals } from './support/vitest-totals-reporter.ts';
import type { CountableModule } from './support/vitest-totals-reporter.ts';

const ROOT = join(import.meta.dirname, '..');

describe('runtime parity', () => {
  it('runs the tests on Node 24, the runtime of runs.using: node24', () => {
    expect(Number(process.versions.node.split('.')[0])).toBe(24);
  });
});

describe('totals reporter', () => {
  const module = (state: string, tests: string[]): CountableModule => ({
    state: () => state,
    children: { allTests: () => tests.map((test) => ({ result: () => ({ state: test }) })) },
  });

  it('counts test cases by state', () => {
    const totals = countTotals([module('failed', ['passed', 'failed', 'skipped', 'passed']), module('passed', ['passed', 'pending'])], 0);
    expect(totals).toEqual({ passed: 3, failed: 1, skipped: 2 });
    expect(formatTotals(totals)).toBe('tests: 3 passed, 1 failed, 2 skipped');
  });

  it('counts a file that failed outside its tests, and unhandled errors, as failures', () => {
    expect(countTotals([module('failed', []), module('failed', ['skipped'])], 2)).toEqual({ passed: 0, failed: 4, skipped: 1 });
  });

  it('writes the line alone on a line', () => {
    let written = '';
    new TotalsReporter({ write: (text) => (written += text) }).onTestRunEnd([], [], 'passed');
    expect(written).toBe('\ntests: 0 passed, 0 failed, 0 skipped\n');
  });

  describe('in a real vitest run', () => {
    const dirs: string[] = [];
    afterAll(async () => {
      await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
    });

    it('ends the output with the totals line', async () => {
      const dir = await mkdtemp(join(tmpdir(), 'totals-reporter-'));
      dirs.push(dir);
      // Globals, because a project in a temporary directory cannot resolve 'vitest'.
      await writeFile(
        join(dir, 'sample.test.ts'),
        ["it('passes', () => {});", "it('fails', () => { throw new Error('no'); });", "it.skip('skipped', () => {});", "it.todo('todo');", ''].join('\n'),
      );
      await writeFile(join(dir, 'broken.test.ts'), "throw new Error('broken at import');\n");
      const vitest = join(ROOT, 'node_modules', 'vitest', 'vitest.mjs');
      const reporter = join(ROOT, 'test', 'support', 'vitest-totals-reporter.ts');
      const { code, output } = await new Promise<{ code: number | null; output: string }>((done, fail) => {
        // junit first: it logs after its asynchronous file write, the case the reporter must still end after.
        const args = [vitest, 'run', '--root', dir, '--globals', `--reporter=${reporter}`, '--reporter=default', '--reporter=junit', `--outputFile.junit=${join(dir, 'junit.xml')}`];
        const child = spawn(process.execPath, args, {
          env: { ...process.env, NO_COLOR: '1' },
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        let text = '';
        child.stdout.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
        child.stderr.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
        child.on('error', fail);
        child.on('close', (exitCode) => done({ code: exitCode, output: text }));
      });
      expect(code).toBe(1);
      expect(output).toContain('JUNIT report written');
      expect(output.trimEnd().split('\n').at(-1)).toBe('tests: 1 passed, 2 failed, 2 skipped');
    });
  });
});
