import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '@pipeline/core';
import { readLockfile, scanLockfiles } from '../src/index.ts';

const own = join(import.meta.dirname, '..', '..', '..', 'test', 'fixtures', 'lockfiles');

function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sbom-scan-'));
  cpSync(own, join(dir, 'repo'), { recursive: true });
  return dir;
}

describe('scanning a monorepo', () => {
  it('reads every lockfile under path, minus exclude globs and node_modules', async () => {
    const ws = workspace();
    mkdirSync(join(ws, 'repo', 'npm-v3', 'node_modules', 'x'), { recursive: true });
    writeFileSync(join(ws, 'repo', 'npm-v3', 'node_modules', 'x', 'package-lock.json'), '{');
    const all = await scanLockfiles({ workspace: ws, path: 'repo', exclude: [] });
    expect(all.lockfiles.map((l) => l.file)).toEqual([
      'repo/npm-v1/package-lock.json',
      'repo/npm-v2/package-lock.json',
      'repo/npm-v3/package-lock.json',
      'repo/pnpm/pnpm-lock.yaml',
      'repo/yarn-berry/yarn.lock',
      'repo/yarn-classic/yarn.lock',
    ]);
    const some = await scanLockfiles({ workspace: ws, path: 'repo', exclude: ['yarn-*/**', 'npm-v1/**'] });
    expect(some.lockfiles.map((l) => l.kind)).toEqual(['npm', 'npm', 'pnpm']);
  });

  it('reports lockfiles of ecosystems without a native reader', async () => {
    const ws = workspace();
    writeFileSync(join(ws, 'repo', 'gradle.lockfile'), '# gradle\n');
    expect((await scanLockfiles({ workspace: ws, path: 'repo', exclude: [] })).unsupported).toEqual(['repo/gradle.lockfile']);
  });

  it('refuses a path outside the workspace', async () => {
    await expect(scanLockfiles({ workspace: workspace(), path: '../../etc', exclude: [] })).rejects.toThrow(/resolves outside the workspace/);
  });
});

describe('corrupt lockfiles name the file and line', () => {
  const cases: [string, string, RegExp, number][] = [
    ['pnpm-lock.yaml', "lockfileVersion: '9.0'\nimporters:\n  .:\n    dependencies: [\n", /pnpm-lock\.yaml:\d+ is not a valid pnpm-lock\.yaml/, 5],
    ['Cargo.lock', 'version = 4\n\n[[package]]\nname = "a"\nversion = \n', /Cargo\.lock:5 is not a valid Cargo\.lock/, 5],
    ['go.mod', 'module example.com/x\n\nrequire (\n\tgithub.com/a/b\n)\n', /go\.mod:4 is not a valid go\.mod/, 4],
    ['composer.lock', '{\n  "packages": [\n    { "name": "a/b", }\n  ]\n}\n', /composer\.lock:3 is not a valid composer\.lock/, 3],
    ['yarn.lock', '# yarn lockfile v1\n\n<<<<<<< HEAD\na@1:\n  version "1"\n', /yarn\.lock:3 is not a valid yarn\.lock \(v1\).*merge conflict/, 3],
  ];
  it.each(cases)('%s', async (name, text, message, line) => {
    const dir = mkdtempSync(join(tmpdir(), 'sbom-bad-'));
    writeFileSync(join(dir, name), text);
    let caught: unknown;
    try {
      await readLockfile(dir, join(dir, name));
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ConfigurationError);
    expect((caught as ConfigurationError).message).toMatch(message);
    expect((caught as ConfigurationError).line).toBe(line);
    expect((caught as ConfigurationError).file).toBe(name);
  });

  it('go.sum without a checksum for a required module does not match go.mod', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sbom-go-'));
    writeFileSync(join(dir, 'go.mod'), 'module example.com/x\n\ngo 1.22\n\nrequire github.com/a/b v1.2.3\n');
    writeFileSync(join(dir, 'go.sum'), 'github.com/a/b v1.2.2 h1:abc=\n');
    await expect(readLockfile(dir, join(dir, 'go.mod'))).rejects.toThrow(/go\.mod:5: go\.sum does not match its manifest: it has no checksum for github\.com\/a\/b v1\.2\.3/);
  });
});
