// Lockfiles this project generated with the real package managers (see test/fixtures/lockfiles/README.md).
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readLockfile, type LockfileResult } from '../src/index.ts';

const root = join(import.meta.dirname, '..', '..', '..', 'test', 'fixtures', 'lockfiles');
const read = (dir: string, file: string): Promise<LockfileResult> => readLockfile(root, join(root, dir, file));
const byName = (lock: LockfileResult, name: string) => lock.components.find((c) => c.name === name);

const EXPECTED = ['@sindresorhus/is@4.6.0', 'ansi-styles@4.3.0', 'chalk@4.1.2', 'color-convert@2.0.1', 'color-name@1.1.4', 'has-flag@4.0.0', 'is-number@7.0.0', 'left-pad@1.3.0', 'supports-color@7.2.0'];
const WORKSPACE_ONLY = ['debug@4.3.4', 'ms@2.1.2'];

const cases: [string, string, LockfileResult['kind']][] = [
  ['npm-v3', 'package-lock.json', 'npm'],
  ['npm-v2', 'package-lock.json', 'npm'],
  ['yarn-classic', 'yarn.lock', 'yarn-classic'],
  ['yarn-berry', 'yarn.lock', 'yarn-berry'],
  ['pnpm', 'pnpm-lock.yaml', 'pnpm'],
];

describe.each(cases)('%s lockfile with a workspace', (dir, file, kind) => {
  let lock: LockfileResult;
  beforeAll(async () => {
    lock = await read(dir, file);
  });

  it('lists every locked package once, with a PURL, and the workspace as part of the project', () => {
    expect(lock.kind).toBe(kind);
    expect(lock.components.map((c) => `${c.name}@${c.version}`).sort()).toEqual([...EXPECTED, ...WORKSPACE_ONLY].sort());
    expect(byName(lock, '@sindresorhus/is')?.purl).toBe('pkg:npm/%40sindresorhus/is@4.6.0');
    expect(lock.root.name).toBe(`sample-${dir}`);
    expect(lock.workspaces.map((w) => [w.name, w.path])).toEqual([['@sample/app', 'packages/app']]);
    expect(lock.components.some((c) => c.name === '@sample/app')).toBe(false);
  });

  it('marks direct and indirect, runtime and development', () => {
    expect(byName(lock, 'chalk')).toMatchObject({ direct: true, scope: 'runtime' });
    expect(byName(lock, 'is-number')).toMatchObject({ direct: true, scope: 'development' });
    expect(byName(lock, 'debug')).toMatchObject({ direct: true, scope: 'runtime' });
    expect(byName(lock, 'ansi-styles')).toMatchObject({ direct: false, scope: 'runtime' });
    expect(byName(lock, 'ms')).toMatchObject({ direct: false, scope: 'runtime' });
  });

  it('keeps the dependency graph, including the workspace edges', () => {
    expect(byName(lock, 'chalk')?.dependencies.sort()).toEqual(['pkg:npm/ansi-styles@4.3.0', 'pkg:npm/supports-color@7.2.0']);
    expect(byName(lock, 'supports-color')?.dependencies).toEqual(['pkg:npm/has-flag@4.0.0']);
    expect(lock.root.dependencies).toContain('pkg:npm/chalk@4.1.2');
    expect(lock.workspaces[0]?.dependencies).toEqual(['pkg:npm/debug@4.3.4']);
  });

  it('records the line of every entry', () => {
    for (const c of lock.components) expect(c.line).toBeGreaterThan(0);
  });
});

describe('integrity and licenses', () => {
  it('decodes SRI integrity into SHA-512 hex for npm, yarn v1 and pnpm', async () => {
    for (const [dir, file] of [['npm-v3', 'package-lock.json'], ['yarn-classic', 'yarn.lock'], ['pnpm', 'pnpm-lock.yaml']] as const) {
      const chalk = byName(await read(dir, file), 'chalk');
      expect(chalk?.hashes).toEqual([{ alg: 'SHA-512', content: expect.stringMatching(/^[0-9a-f]{128}$/) }]);
    }
  });

  it('reads the license npm records in v2/v3 lockfiles', async () => {
    expect(byName(await read('npm-v3', 'package-lock.json'), 'left-pad')?.license).toBe('WTFPL');
    expect(byName(await read('npm-v3', 'package-lock.json'), 'chalk')?.license).toBe('MIT');
  });
});

describe('npm lockfile v1 (npm 6)', () => {
  it('reads the nested tree with dev flags and requires edges', async () => {
    const lock = await read('npm-v1', 'package-lock.json');
    expect(lock.components.map((c) => `${c.name}@${c.version}`).sort()).toEqual(EXPECTED);
    expect(byName(lock, 'is-number')).toMatchObject({ direct: true, scope: 'development' });
    expect(byName(lock, 'chalk')).toMatchObject({ direct: true, scope: 'runtime' });
    expect(byName(lock, 'color-convert')?.dependencies).toEqual(['pkg:npm/color-name@1.1.4']);
  });
});
