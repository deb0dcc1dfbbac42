import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigurationError, MemoryLogger, type Exec, type ExecResult } from '@pipeline/core';
import { describe, expect, it } from 'vitest';
import { ChecksumMismatchError, DEFAULT_TRIVY_VERSION, TRIVY_CHECKSUMS, classifyTrivyError, installTrivy, releaseAssetUrl, scanArgs, sha256File, trivyPlatform, updateVulnDb, validateImageRef, vulnDbCurrentUntil, type ToolCache } from '../src/index.ts';

const THROTTLED = `2026-11-22T04:00:00Z\tFATAL\tFatal error\tinit error: DB error: failed to download vulnerability DB: database download error: OCI repository error: 1 error occurred:
\t* GET https://mirror.gcr.io/v2/aquasec/trivy-db/manifests/2: TOOMANYREQUESTS: retry-after: 1.00925ms, allowed: 44000/minute`;

function result(exitCode: number, stderr = ''): ExecResult {
  return { exitCode, signal: null, stdout: '', stderr, timedOut: false, truncated: false };
}

describe('database mirrors', () => {
  it('classifies Trivy errors', () => {
    expect(classifyTrivyError(THROTTLED)).toBe('rate-limited');
    expect(classifyTrivyError('GET https://ghcr.io/v2/...: unexpected status code 503 Service Unavailable')).toBe('server');
    expect(classifyTrivyError('init error: DB error: --skip-db-update cannot be specified on the first run')).toBe('db');
    expect(classifyTrivyError('unable to find the specified image')).toBe('other');
  });

  it('walks the mirror list, then retries the list with a doubling pause, then fails with advice', async () => {
    const seen: string[] = [];
    const exec: Exec = async (_file, args) => {
      seen.push(args[args.indexOf('--db-repository') + 1] ?? '');
      return result(1, THROTTLED);
    };
    const sleeps: number[] = [];
    const logger = new MemoryLogger();
    const error = await updateVulnDb({ trivy: 'trivy', cacheDir: '/c', repositories: ['a/db:2', 'b/db:2'], exec, logger, timeoutMs: 1000, rounds: 3, backoffMs: 100, sleep: async (ms) => void sleeps.push(ms) }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as ConfigurationError).message).toMatch(/Could not download Trivy's vulnerability database from any of a\/db:2, b\/db:2 \(6 attempt\(s\)\)/);
    expect((error as ConfigurationError).message).toMatch(/'db-repositories'.*'offline: true'/);
    expect(seen).toEqual(['a/db:2', 'b/db:2', 'a/db:2', 'b/db:2', 'a/db:2', 'b/db:2']);
    expect(sleeps).toEqual([100, 200]);
    expect(logger.messages('warning')[0]).toBe('Vulnerability database download from a/db:2 rate limited (TOOMANYREQUESTS); trying the next mirror.');
  });

  it('stops at the first mirror that answers and does not pause after a non-transient failure', async () => {
    let calls = 0;
    const ok = await updateVulnDb({ trivy: 't', cacheDir: '/c', repositories: ['a', 'b', 'c'], exec: async () => (++calls === 2 ? result(0) : result(1, THROTTLED)), logger: new MemoryLogger(), timeoutMs: 1000 });
    expect(ok).toEqual({ repository: 'b', attempts: 2 });
    const sleeps: number[] = [];
    await expect(updateVulnDb({ trivy: 't', cacheDir: '/c', repositories: ['a'], exec: async () => result(1, 'unauthorized: authentication required'), logger: new MemoryLogger(), timeoutMs: 1000, sleep: async (ms) => void sleeps.push(ms) })).rejects.toThrow(/1 attempt/);
    expect(sleeps).toEqual([]);
  });
});

describe('database freshness', () => {
  const now = new Date('2026-11-22T12:00:00Z');
  const cacheDir = (meta: object | undefined): string => {
    const dir = mkdtempSync(join(tmpdir(), 'trivy-db-'));
    mkdirSync(join(dir, 'db'));
    writeFileSync(join(dir, 'db', 'trivy.db'), 'db');
    if (meta) writeFileSync(join(dir, 'db', 'metadata.json'), JSON.stringify(meta));
    return dir;
  };
  const repositories = ['mirror.gcr.io/aquasec/trivy-db:2', 'ghcr.io/aquasecurity/trivy-db:2'];

  it("needs no download while Trivy's own rule says so: NextUpdate ahead, or downloaded within the hour", () => {
    const ahead = { Version: 2, NextUpdate: '2026-11-22T18:00:00Z', DownloadedAt: '2026-11-22T06:00:00Z' };
    expect(vulnDbCurrentUntil(cacheDir(ahead), repositories, now)).toEqual(new Date('2026-11-22T18:00:00Z'));
    const recent = { Version: 2, NextUpdate: '2026-11-22T11:00:00Z', DownloadedAt: '2026-11-22T11:30:00Z' };
    expect(vulnDbCurrentUntil(cacheDir(recent), repositories, now)).toEqual(new Date('2026-11-22T12:30:00Z'));
  });

  it('downloads when the database is due, of another schema, unreadable or absent', () => {
    expect(vulnDbCurrentUntil(cacheDir({ Version: 2, NextUpdate: '2026-11-22T06:00:00Z', DownloadedAt: '2026-11-22T05:00:00Z' }), repositories, now)).toBeUndefined();
    expect(vulnDbCurrentUntil(cacheDir({ Version: 1, NextUpdate: '2026-11-23T00:00:00Z' }), repositories, now)).toBeUndefined();
    expect(vulnDbCurrentUntil(cacheDir({ Version: 2, NextUpdate: '2026-11-23T00:00:00Z' }), ['mirror.example/trivy-db:3'], now)).toBeUndefined();
    expect(vulnDbCurrentUntil(cacheDir({ Version: 2, NextUpdate: '2026-11-23T00:00:00Z' }), ['mirror.example/trivy-db'], now)).toBeUndefined();
    expect(vulnDbCurrentUntil(cacheDir(undefined), repositories, now)).toBeUndefined();
    expect(vulnDbCurrentUntil(mkdtempSync(join(tmpdir(), 'trivy-db-')), repositories, now)).toBeUndefined();
  });
});

describe('argv', () => {
  const base = { target: '.', scanners: ['vuln', 'secret'] as const, skipDirs: ['node_modules', '-x'], timeoutMs: 90_000, cacheDir: '/cache', output: '/out.json', listAllPackages: false, offline: false, emptyIgnoreFile: '/none' };
  it('builds one JSON scan with every option as its own argument and the target after --', () => {
    expect(scanArgs({ ...base, scanType: 'fs' })).toEqual([
      'fs', '--format', 'json', '--output', '/out.json', '--cache-dir', '/cache', '--timeout', '90s', '--exit-code', '0', '--no-progress',
      '--scanners', 'vuln,secret', '--skip-db-update', '--ignorefile', '/none', '--skip-dirs', 'node_modules', '--skip-dirs', '-x', '--', '.',
    ]);
    expect(scanArgs({ ...base, scanType: 'image', offline: true, target: 'alpine:3.19' })).toEqual(expect.arrayContaining(['--skip-java-db-update', '--offline-scan']));
    expect(scanArgs({ ...base, scanType: 'config' })).not.toContain('--scanners');
    const sbom = scanArgs({ ...base, scanType: 'sbom', target: 'bom.json' });
    expect(sbom[sbom.indexOf('--scanners') + 1]).toBe('vuln');
  });

  it.each(['alpine', 'alpine:3.19', 'ghcr.io/org/app:1.2.3', 'localhost:5000/a/b@sha256:' + 'a'.repeat(64), 'registry.example.com/team/app_x-y:v1.0'])('accepts image %s', (ref) => {
    expect(() => validateImageRef(ref)).not.toThrow();
  });
  it.each(['Alpine', 'ghcr.io/org/app:', 'app:tag with space', '--rm', 'a@sha256:123'])('refuses image %s', (ref) => {
    expect(() => validateImageRef(ref)).toThrow(/not a valid image reference/);
  });
});

describe('install', () => {
  function fakeToolCache(archive: string): ToolCache & { downloads: string[] } {
    const cached = new Map<string, string>();
    const downloads: string[] = [];
    return {
      downloads,
      find: (tool, version, arch) => cached.get(`${tool}/${version}/${arch ?? ''}`) ?? '',
      downloadTool: async (url) => {
        downloads.push(url);
        return archive;
      },
      extractTar: async () => {
        const dir = mkdtempSync(join(tmpdir(), 'x-'));
        writeFileSync(join(dir, 'trivy'), readFileSync(archive));
        return dir;
      },
      cacheDir: async (dir, tool, version, arch) => {
        cached.set(`${tool}/${version}/${arch ?? ''}`, dir);
        return dir;
      },
    };
  }

  it('maps runner platforms and release URLs as GitHub names them', () => {
    expect(trivyPlatform('linux', 'x64')).toBe('Linux-64bit');
    expect(trivyPlatform('darwin', 'arm64')).toBe('macOS-ARM64');
    expect(() => trivyPlatform('win32', 'x64')).toThrow(/trivy-path/);
    expect(releaseAssetUrl('https://github.com/', '0.74.0', 'Linux-ARM64')).toBe('https://github.com/aquasecurity/trivy/releases/download/v0.74.0/trivy_0.74.0_Linux-ARM64.tar.gz');
  });

  it('ships a digest for every platform it installs on, for every version, the default included', () => {
    const platforms = ['Linux-64bit', 'Linux-ARM64', 'macOS-64bit', 'macOS-ARM64'] as const;
    expect(Object.keys(TRIVY_CHECKSUMS)).toContain(DEFAULT_TRIVY_VERSION);
    for (const [version, digests] of Object.entries(TRIVY_CHECKSUMS)) {
      expect(Object.keys(digests).sort(), version).toEqual([...platforms].sort());
      for (const platform of platforms) expect(digests[platform], `${version} ${platform}`).toMatch(/^[0-9a-f]{64}$/);
    }
    // A digest copied into the wrong platform's slot would still look well formed.
    const all = Object.values(TRIVY_CHECKSUMS).flatMap((d) => Object.values(d));
    expect(new Set(all).size).toBe(all.length);
  });

  it('verifies against the table, caches, and answers from the cache next time', async () => {
    const archive = join(mkdtempSync(join(tmpdir(), 'a-')), 'trivy.tar.gz');
    writeFileSync(archive, 'archive bytes');
    const digest = await sha256File(archive);
    const tc = fakeToolCache(archive);
    const options = { version: '9.9.9', platform: 'Linux-64bit' as const, checksums: { '9.9.9': { 'Linux-64bit': digest } }, toolCache: tc, logger: new MemoryLogger() };
    const first = await installTrivy(options);
    expect(first).toMatchObject({ fromCache: false, sha256: digest });
    const second = await installTrivy(options);
    expect(second.fromCache).toBe(true);
    expect(tc.downloads).toHaveLength(1);
  });

  it('refuses a mismatch with both digests and caches nothing', async () => {
    const archive = join(mkdtempSync(join(tmpdir(), 'a-')), 'trivy.tar.gz');
    writeFileSync(archive, 'replaced release');
    const tc = fakeToolCache(archive);
    const error = await installTrivy({ version: '9.9.9', platform: 'Linux-64bit', checksums: { '9.9.9': { 'Linux-64bit': '0'.repeat(64) } }, toolCache: tc, logger: new MemoryLogger() }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ChecksumMismatchError);
    expect((error as ChecksumMismatchError).message).toContain(`expected sha256 ${'0'.repeat(64)}, got ${await sha256File(archive)}`);
    expect(tc.find('trivy', '9.9.9', 'Linux-64bit')).toBe('');
  });
});
