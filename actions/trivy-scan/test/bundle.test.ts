// Runs the built bundle (dist/trivy-scan/index.js) as the runner would, against a local
// release server that serves a stand-in `trivy` (test/support/trivy), Trivy's real reports
// from ../shared/fixtures/trivy-json, the contract-validated GitHub double, and the results
// service double (Actions cache and artifacts, test/support/results-service).
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { trivyPlatform } from '@pipeline/trivy';
import { startGitHubDouble, type GitHubDouble } from '../../../test/support/github-double/index.ts';
import { startResultsService, type ResultsService } from '../../../test/support/results-service/index.ts';
import { runAction, type RunActionOptions, type RunActionResult } from '../../../test/support/runner/index.ts';
import { startReleaseServer, type ReleaseServer } from '../../../test/support/trivy/release-server.ts';
import { validateSarif } from '../../../test/support/trivy/sarif-schema.ts';

const root = join(import.meta.dirname, '..', '..', '..');
// TRIVY_SCAN_DIST runs another build: a bundle file, or a dist directory holding trivy-scan/index.js
// (`PIPELINE_DIST_DIR=/tmp/d node scripts/build.ts trivy-scan`, then `TRIVY_SCAN_DIST=/tmp/d`).
const override = process.env['TRIVY_SCAN_DIST'];
const entry = override ? (override.endsWith('.js') ? override : join(override, 'trivy-scan', 'index.js')) : join(root, 'dist', 'trivy-scan', 'index.js');
const action = join(root, 'trivy-scan', 'action.yml');
const fixtures = process.env['PIPELINE_FIXTURES'] ?? join(root, '..', 'shared', 'fixtures');
const reports = join(fixtures, 'trivy-json', 'trivy');
const present = existsSync(reports);
const TOKEN = 'ghs_trivy_scan_test_token_0123456789';
const VERSION = '0.74.0';
const IMAGE = 'ghcr.io/aquasecurity/trivy-test-images:alpine-39';
const OLD_IMAGE = 'ghcr.io/aquasecurity/trivy-test-images:alpine-310';

if (!present) console.log(`trivy-scan bundle tests skipped: no Trivy reports at ${reports} (set PIPELINE_FIXTURES).`);

let gh: GitHubDouble;
let releases: ReleaseServer;
let results: ResultsService;

beforeAll(async () => {
  if (!existsSync(entry)) throw new Error(`${entry} is missing: run 'node scripts/build.ts trivy-scan' first (npm test does), or point TRIVY_SCAN_DIST at a private build.`);
  gh = await startGitHubDouble();
  // The pull requests the events below name; GitHub refuses comments on absent ones.
  for (const number of [9, 11]) gh.state.addPullRequest({ owner: 'owner', repo: 'repo', number });
  releases = await startReleaseServer();
  results = await startResultsService();
});

afterAll(async () => {
  await gh?.close();
  await releases?.close();
  await results?.close();
});

beforeEach(() => {
  gh.calls.length = 0;
});

interface Sandbox {
  dir: string;
  toolCache: string;
  cacheDir: string;
  log: string;
}

function sandbox(): Sandbox {
  const dir = mkdtempSync(join(tmpdir(), 'trivy-scan-'));
  const s = { dir, toolCache: join(dir, 'tool-cache'), cacheDir: join(dir, 'trivy-cache'), log: join(dir, 'argv.jsonl') };
  mkdirSync(s.toolCache);
  return s;
}

function calls(box: Sandbox): string[][] {
  if (!existsSync(box.log)) return [];
  return readFileSync(box.log, 'utf8').trim().split('\n').filter(Boolean).map((line) => (JSON.parse(line) as { argv: string[] }).argv);
}

function workspace(files: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'trivy-ws-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.push(`${relative(dir, p)}:${statSync(p).size}`);
    }
  };
  walk(dir);
  return out.sort();
}

interface Run {
  box: Sandbox;
  reports: Record<string, string>;
  inputs: Record<string, string>;
  throttled?: string;
  ws?: string;
  checksum?: string;
}

function run(r: Run, extra: Omit<RunActionOptions, 'entry'> = {}): Promise<RunActionResult> {
  return runAction({
    entry,
    action,
    githubApiUrl: gh.url,
    token: TOKEN,
    timeoutMs: 60_000,
    ...(r.ws ? { workspace: r.ws } : {}),
    ...extra,
    inputs: { 'cache-dir': r.box.cacheDir, ...r.inputs },
    env: {
      RUNNER_TOOL_CACHE: r.box.toolCache,
      STANDIN_TRIVY_LOG: r.box.log,
      STANDIN_TRIVY_FIXTURES: reports,
      STANDIN_TRIVY_REPORTS: JSON.stringify(r.reports),
      STANDIN_TRIVY_THROTTLED: r.throttled ?? '',
      PIPELINE_TEST_TRIVY_RELEASES: JSON.stringify({ baseUrl: releases.url, checksums: { [VERSION]: { 'Linux-64bit': r.checksum ?? releases.sha256, 'Linux-ARM64': r.checksum ?? releases.sha256 } } }),
      ...extra.env,
    },
  });
}

/** The Actions cache and artifact services, as a hosted runner announces them to the step. */
function withRuntime(extra: Omit<RunActionOptions, 'entry'> = {}, token = results.token): Omit<RunActionOptions, 'entry'> {
  return { ...extra, actionsRuntime: { ...results.runtime, token }, env: { ...results.blobProxyEnv, ...extra.env } };
}

const releaseDownloads = (): number => releases.requests.filter((p) => p.includes(`/download/v${VERSION}/`)).length;

function errors(result: RunActionResult): string {
  return result.annotations.filter((a) => a.level === 'error').map((a) => a.message).join('\n');
}

function warnings(result: RunActionResult): string {
  return result.annotations.filter((a) => a.level === 'warning').map((a) => a.message).join('\n');
}

function expectCleanFailure(result: RunActionResult, pattern: RegExp): void {
  expect(result.exitCode).toBe(1);
  expect(errors(result)).toMatch(pattern);
  expect(result.stdout + result.stderr).not.toMatch(/^\s+at .+\(.+:\d+:\d+\)$/m);
  expect(errors(result)).not.toMatch(/a bug in pipeline/);
}

describe.skipIf(!present)('trivy-scan install and database', () => {
  it('downloads, verifies and caches Trivy, fetches the DB, scans once and uploads SARIF', async () => {
    const box = sandbox();
    const first = await run({ box, reports: { [IMAGE]: 'alpine-39.json.golden' }, inputs: { 'scan-type': 'image', target: IMAGE } }, { runnerTemp: join(box.dir, 'runner-temp') });
    // alpine-39: CRITICAL 2, MEDIUM 4; the default fail-on is high.
    expect(first.outputs).toMatchObject({ passed: 'false', findings: '6', critical: '2', high: '0', suppressed: '0' });
    expect(first.exitCode).toBe(1);
    expect(releases.requests.filter((p) => p.includes(`/download/v${VERSION}/`))).toHaveLength(1);
    expect(first.stdout).toContain("matches the suite's pinned checksum");

    const argv = calls(box);
    expect(argv.map((a) => a.includes('--download-db-only'))).toEqual([true, false]);
    expect(argv[0]).toEqual(expect.arrayContaining(['--db-repository', 'mirror.gcr.io/aquasec/trivy-db:2', '--cache-dir', box.cacheDir]));
    const scan = argv[1]!;
    expect(scan.slice(0, 3)).toEqual(['image', '--format', 'json']);
    expect(scan.slice(-2)).toEqual(['--', IMAGE]);
    expect(scan).toEqual(expect.arrayContaining(['--skip-db-update', '--scanners', 'vuln,secret', '--exit-code', '0']));

    const sarif = JSON.parse(readFileSync(first.outputs['sarif-path']!, 'utf8')) as { runs: { automationDetails: { id: string }; results: unknown[] }[] };
    expect(validateSarif(sarif)).toEqual([]);
    expect(sarif.runs[0]!.results).toHaveLength(6);
    expect(sarif.runs[0]!.automationDetails.id).toBe(`trivy/image/${IMAGE}/`);
    const upload = gh.callsTo('code-scanning/upload-sarif');
    expect(upload.map((c) => c.status)).toEqual([202]);
    expect(upload[0]!.body).toMatchObject({ commit_sha: expect.stringMatching(/^[0-9a-f]{40}$/), ref: 'refs/heads/main' });
    expect(first.outputs['sarif-id']).toBeTruthy();
    expect(first.summary).toContain('Trivy scan failed: 2 finding(s) at or above HIGH');
    expect(first.summary).toContain('CVE-2019-14697');
    expect(first.leaks).toEqual([]);
    gh.assertNoViolations();

    // Second run on the same runner: the tool cache answers, nothing is downloaded again.
    const second = await run({ box, reports: { [IMAGE]: 'alpine-39.json.golden' }, inputs: { 'scan-type': 'image', target: IMAGE, 'fail-on': 'critical', 'upload-sarif': 'false' } });
    expect(second.stdout).toContain('found in the tool cache');
    expect(releases.requests.filter((p) => p.includes(`/download/v${VERSION}/`))).toHaveLength(1);
    expect(second.outputs['passed']).toBe('false');
  });

  it('refuses an archive whose digest is not the pinned one, naming both digests', async () => {
    const box = sandbox();
    const wrong = 'f'.repeat(64);
    const result = await run({ box, checksum: wrong, reports: { [IMAGE]: 'alpine-39.json.golden' }, inputs: { 'scan-type': 'image', target: IMAGE } });
    expectCleanFailure(result, new RegExp(`Checksum mismatch .*expected sha256 ${wrong}, got ${releases.sha256}`));
    expect(calls(box)).toEqual([]);
    expect(readdirSync(box.toolCache)).toEqual([]);
  });

  it('moves to the next mirror when one answers TOOMANYREQUESTS', async () => {
    const box = sandbox();
    const result = await run({ box, throttled: 'mirror.gcr.io', reports: { [IMAGE]: 'alpine-39.json.golden' }, inputs: { 'scan-type': 'image', target: IMAGE, 'fail-on': 'none', 'upload-sarif': 'false' } });
    expect(result.exitCode).toBe(0);
    expect(warnings(result)).toMatch(/download from mirror.gcr.io\/aquasec\/trivy-db:2 rate limited \(TOOMANYREQUESTS\); trying the next mirror/);
    const downloads = calls(box).filter((a) => a.includes('--download-db-only')).map((a) => a[a.indexOf('--db-repository') + 1]);
    expect(downloads).toEqual(['mirror.gcr.io/aquasec/trivy-db:2', 'ghcr.io/aquasecurity/trivy-db:2']);
    expect(result.stdout).toContain('Vulnerability database is current (from ghcr.io/aquasecurity/trivy-db:2)');
  });

  it('scans offline with a cached database, and fails clearly without one', async () => {
    const box = sandbox();
    const none = await run({ box, reports: { [IMAGE]: 'alpine-39.json.golden' }, inputs: { 'scan-type': 'image', target: IMAGE, offline: 'true' } });
    expectCleanFailure(none, /'offline' is true but there is no vulnerability database in cache-dir/);

    await run({ box, reports: { [IMAGE]: 'alpine-39.json.golden' }, inputs: { 'scan-type': 'image', target: IMAGE, 'fail-on': 'none', 'upload-sarif': 'false' } });
    const before = calls(box).length;
    const offline = await run({ box, reports: { [IMAGE]: 'alpine-39.json.golden' }, inputs: { 'scan-type': 'image', target: IMAGE, offline: 'true', 'fail-on': 'none', 'upload-sarif': 'false' } });
    expect(offline.exitCode).toBe(0);
    const made = calls(box).slice(before);
    expect(made).toHaveLength(1);
    expect(made[0]).toEqual(expect.arrayContaining(['--skip-db-update', '--skip-java-db-update', '--offline-scan']));
  });

  it('uses a preinstalled Trivy from trivy-path without downloading', async () => {
    const box = sandbox();
    const bin = join(box.dir, 'bin');
    mkdirSync(bin);
    copyFileSync(join(root, 'test', 'support', 'trivy', 'stand-in-trivy.js'), join(bin, 'trivy'));
    chmodSync(join(bin, 'trivy'), 0o755);
    const requestsBefore = releases.requests.length;
    const result = await run({ box, reports: { [IMAGE]: 'alpine-39.json.golden' }, inputs: { 'scan-type': 'image', target: IMAGE, 'trivy-path': join(bin, 'trivy'), 'fail-on': 'critical', 'upload-sarif': 'false' } });
    expect(result.stdout).toContain(`Using the preinstalled Trivy at ${join(bin, 'trivy')}`);
    expect(releases.requests.length).toBe(requestsBefore);
    expect(result.outputs['critical']).toBe('2');
  });
});

describe.skipIf(!present)('trivy-scan with the Actions cache', () => {
  it('saves Trivy and the database to the Actions cache, and a fresh runner restores both without downloading anything', async () => {
    const box = sandbox();
    const ws = join(box.dir, 'workspace');
    const temp = join(box.dir, 'runner-temp');
    // A hosted runner is a new machine for every job, with the same paths: wipe them, keep them
    // (the cache version hashes the paths, and archive entries are relative to the workspace).
    const freshRunner = (): void => {
      for (const dir of [box.toolCache, box.cacheDir, temp, ws]) rmSync(dir, { recursive: true, force: true });
      for (const dir of [box.toolCache, temp, ws]) mkdirSync(dir);
    };
    const scan = (): Promise<RunActionResult> =>
      run({ box, ws, reports: { [IMAGE]: 'alpine-39.json.golden' }, inputs: { 'scan-type': 'image', target: IMAGE, 'fail-on': 'none', 'upload-sarif': 'false' } }, withRuntime({ runnerTemp: temp }));
    const platform = trivyPlatform();
    const downloads = releaseDownloads();
    const known = results.cacheEntries.length;

    freshRunner();
    const first = await scan();
    expect(first.exitCode).toBe(0);
    expect(releaseDownloads()).toBe(downloads + 1);
    expect(calls(box).filter((a) => a.includes('--download-db-only'))).toHaveLength(1);
    const saved = results.cacheEntries.slice(known).filter((e) => e.finalized);
    expect(saved.map((e) => e.key)).toEqual([`pipeline-tool-v1-trivy-${VERSION}-${platform}`, expect.stringMatching(new RegExp(`^pipeline-trivy-db-v1-${platform}-\\d{4}-\\d{2}-\\d{2}$`))]);
    const reservations = results.callsTo('CreateCacheEntry').length;

    freshRunner();
    const logged = calls(box).length;
    const second = await scan();
    expect(second.exitCode).toBe(0);
    expect(second.stdout).toContain(`trivy ${VERSION} restored from the Actions cache`);
    expect(second.stdout).toContain(`Vulnerability database restored from the Actions cache (${saved[1]!.key})`);
    expect(second.stdout).toMatch(/Vulnerability database is current until \S+; nothing to download/);
    // No release download, no database download: the stand-in ran once, for the scan.
    expect(releaseDownloads()).toBe(downloads + 1);
    expect(calls(box).slice(logged).map((a) => [a[0], a.includes('--download-db-only')])).toEqual([['image', false]]);
    expect(second.outputs).toMatchObject({ findings: '6', critical: '2' });
    // Both entries were restored, so nothing was saved again.
    expect(results.callsTo('CreateCacheEntry')).toHaveLength(reservations);
    expect(results.blobCalls.filter((c) => c.operation === 'get-blob' && saved.some((e) => e.blobPath === c.path)).length).toBeGreaterThanOrEqual(2);
    expect(warnings(second)).toBe('');
    expect(second.leaks).toEqual([]);
    results.assertNoViolations();
  });
});

describe.skipIf(!present)('trivy-scan policy, reporting and GitHub', () => {
  it('annotates secrets at file:line and writes nothing in the workspace but the requested outputs', async () => {
    const box = sandbox();
    const ws = workspace({ 'deploy.sh': '#!/bin/sh\n', '.trivyignore': '# none yet\nCVE-0000-1111\n' });
    const before = listFiles(ws);
    // With the Actions cache on: Trivy and the database are saved, and the archives never touch the workspace.
    const result = await run({ box, ws, reports: { '.': 'secrets.json.golden' }, inputs: { 'scan-type': 'fs', target: '.', scanners: 'secret', 'fail-on': 'critical', 'upload-sarif': 'false' } }, withRuntime());
    expect(result.exitCode).toBe(1);
    const located = result.annotations.filter((a) => a.file === 'deploy.sh').map((a) => [a.level, a.line, a.title]);
    expect(located).toEqual([
      ['error', 3, 'aws-access-key-id (CRITICAL)'],
      ['warning', 7, 'mysecret (HIGH)'],
    ]);
    expect(result.annotations.find((a) => a.title === 'Unused ignore rule')).toMatchObject({ level: 'warning', file: '.trivyignore', line: 2 });
    expect(listFiles(ws)).toEqual(before);
    // The scan never reads an ignore file on its own: the suite applies them, to report expired and unused rules.
    expect(calls(box).at(-1)).toEqual(expect.arrayContaining(['--ignorefile']));

    rmSync(box.toolCache, { recursive: true });
    mkdirSync(box.toolCache);
    // Trivy restored from the Actions cache this time; its archive is unpacked outside the workspace too.
    const requested = await run({ box, ws, reports: { '.': 'secrets.json.golden' }, inputs: { 'scan-type': 'fs', target: '.', scanners: 'secret', 'fail-on': 'none', 'upload-sarif': 'false', 'sarif-path': 'out/trivy.sarif' } }, withRuntime());
    expect(requested.exitCode).toBe(0);
    expect(requested.stdout).toContain('restored from the Actions cache');
    expect(listFiles(ws).filter((f) => !before.includes(f)).map((f) => f.split(':')[0])).toEqual(['out/trivy.sarif']);
    results.assertNoViolations();
  });

  it('stores a baseline on the default branch and gates a pull request on new findings only', async () => {
    const box = sandbox();
    const ws = workspace({ 'README.md': 'x\n' });
    const baseSha = 'b'.repeat(40);
    const repository = { full_name: 'owner/repo', name: 'repo', owner: { login: 'owner' }, default_branch: 'main' };
    const push = await run(
      { box, ws, reports: { [OLD_IMAGE]: 'alpine-310.json.golden' }, inputs: { 'scan-type': 'image', target: OLD_IMAGE, category: 'app-image', 'baseline-path': '.baselines', 'fail-on': 'none' } },
      { env: { GITHUB_SHA: baseSha, GITHUB_REF: 'refs/heads/main' }, event: { name: 'push', payload: { ref: 'refs/heads/main', repository } } },
    );
    expect(push.exitCode).toBe(0);
    expect(existsSync(join(ws, '.baselines', `trivy-scan-app-image-${baseSha}.json`))).toBe(true);

    const pr = {
      name: 'pull_request',
      payload: { action: 'synchronize', number: 9, pull_request: { number: 9, head: { sha: 'c'.repeat(40), ref: 'feature', repo: { full_name: 'owner/repo' } }, base: { sha: baseSha, ref: 'main', repo: { full_name: 'owner/repo' } } }, repository },
    };
    const result = await run({ box, ws, reports: { [OLD_IMAGE]: 'alpine-39.json.golden' }, inputs: { 'scan-type': 'image', target: OLD_IMAGE, category: 'app-image', 'baseline-path': '.baselines', 'fail-on': 'critical', 'fail-on-new-only': 'true' } }, { event: pr });
    const oldFps = new Set((JSON.parse(readFileSync(join(ws, '.baselines', `trivy-scan-app-image-${baseSha}.json`), 'utf8')) as { fingerprints: string[] }).fingerprints);
    const current = (JSON.parse(readFileSync(join(reports, 'alpine-39.json.golden'), 'utf8')) as { Results: { Vulnerabilities: { Fingerprint: string; Severity: string }[] }[] }).Results[0]!.Vulnerabilities;
    const fresh = current.filter((v) => !oldFps.has(v.Fingerprint));
    expect(result.outputs['new-findings']).toBe(String(fresh.length));
    expect(result.outputs['passed']).toBe(String(!fresh.some((v) => v.Severity === 'CRITICAL')));
    expect(result.summary).toContain(`Compared with the baseline of \`${baseSha.slice(0, 12)}\``);
    const comments = gh.state.repo('owner', 'repo').commentsOn(9);
    expect(comments).toHaveLength(1);
    expect(String(comments[0]!['body'])).toContain('<!-- pipeline:trivy-scan -->');
    expect(String(comments[0]!['body'])).toContain(`${fresh.length} new finding(s)`);
    gh.assertNoViolations();
  });

  it('degrades to the summary, a workflow artifact and a warning on a fork pull request (read-only token)', async () => {
    const box = sandbox();
    const token = 'ghs_fork_read_only_trivy_abcdef';
    gh.readOnlyToken(token);
    const ws = workspace({ 'README.md': 'x\n' });
    const before = listFiles(ws);
    const event = {
      name: 'pull_request',
      payload: {
        number: 11,
        pull_request: {
          number: 11,
          head: { sha: 'd'.repeat(40), ref: 'f', repo: { full_name: 'someone/repo', fork: true } },
          base: { sha: 'e'.repeat(40), ref: 'main', repo: { full_name: 'owner/repo', fork: false } },
        },
        repository: { full_name: 'owner/repo', default_branch: 'main' },
      },
    };
    // A fork's job still has the Actions services; its cache writes go to the pull request's scope.
    const runtimeToken = results.issueToken({
      cacheScopes: [
        { scope: 'refs/pull/11/merge', permission: 3 },
        { scope: 'refs/heads/main', permission: 1 },
      ],
    });
    const fork = (): Promise<RunActionResult> =>
      run({ box, ws, reports: { [IMAGE]: 'alpine-39.json.golden' }, inputs: { 'scan-type': 'image', target: IMAGE, 'fail-on': 'none' } }, withRuntime({ token, event, runnerTemp: join(box.dir, 'temp') }, runtimeToken));
    const result = await fork();
    expect(result.exitCode).toBe(0);
    const name = result.outputs['artifact-name']!;
    // Named after the job and the category, so parallel scans of one run do not collide.
    expect(name).toMatch(/^trivy-scan-build-image-ghcr.io-aquasecurity-trivy-test-images-alpine-39-[0-9a-f]{8}$/);
    expect(warnings(result)).toMatch(new RegExp(`Could not upload SARIF to code scanning: this pull request comes from a fork.*The SARIF and the JSON report go to the workflow artifact '${name}' instead`));
    expect(result.annotations.some((a) => a.message.includes('Resource not accessible by integration'))).toBe(false);
    expect(result.summary).toContain('Trivy scan passed');

    const artifact = results.artifactFiles(name);
    expect([...artifact.keys()].sort()).toEqual(['trivy-report.json', 'trivy-results.sarif']);
    expect(artifact.get('trivy-results.sarif')!.toString()).toBe(readFileSync(result.outputs['sarif-path']!, 'utf8'));
    expect(artifact.get('trivy-report.json')!.toString()).toBe(readFileSync(result.outputs['report-path']!, 'utf8'));
    expect(validateSarif(JSON.parse(artifact.get('trivy-results.sarif')!.toString()))).toEqual([]);
    expect(listFiles(ws)).toEqual(before);

    // The same name again in this run (another step, or a re-run of the job): the service refuses it, and that is a warning too.
    const again = await fork();
    expect(again.exitCode).toBe(0);
    expect(warnings(again)).toMatch(new RegExp(`Could not upload the workflow artifact '${name}': .*409.*The results are in the job summary`));
    expect(errors(again)).toBe('');
    expect(again.outputs['artifact-name']).toBeUndefined();
    gh.assertNoViolations();
    results.assertNoViolations();
  });

  it('applies .trivyignore.yaml and OpenVEX from the workspace, failing on an expired rule at its line', async () => {
    const box = sandbox();
    const vex = {
      '@context': 'https://openvex.dev/ns/v0.2.0',
      '@id': 'https://example.com/vex/gomod',
      author: 'test',
      timestamp: '2024-01-01T00:00:00Z',
      version: 1,
      statements: [{ vulnerability: { name: 'CVE-2022-23628' }, products: [{ '@id': 'pkg:golang/github.com/open-policy-agent/opa' }], status: 'not_affected', justification: 'vulnerable_code_not_in_execute_path' }],
    };
    const ignore = ['vulnerabilities:', '  - id: CVE-2021-38561', '    statement: text parsing only of trusted tags', '  - id: GMS-2022-20', '    paths: ["submod/go.mod"]', '    expired_at: 2024-06-30', ''].join('\n');
    const ws = workspace({ 'go.mod': 'module x\n', '.trivyignore.yaml': ignore, 'vex.json': JSON.stringify(vex) });
    const result = await run({ box, ws, reports: { '.': 'gomod.json.golden' }, inputs: { vex: 'vex.json', 'fail-on': 'none', 'upload-sarif': 'false' } });
    // gomod: 5 vulnerabilities; VEX hides CVE-2022-23628, the ignore file CVE-2021-38561; the expired rule hides nothing.
    expect(result.outputs).toMatchObject({ findings: '3', suppressed: '2', passed: 'false' });
    expect(result.exitCode).toBe(1);
    expect(result.annotations.find((a) => a.title === 'Expired ignore rule')).toMatchObject({ level: 'error', file: '.trivyignore.yaml', line: 4 });
    expect(result.summary).toContain('text parsing only of trusted tags');
    expect(result.summary).toContain('vex: not_affected: vulnerable_code_not_in_execute_path (vex.json)');
  });

  it('writes a CycloneDX SBOM with trivy convert from the same report, without a second scan', async () => {
    const box = sandbox();
    const ws = workspace({ 'package-lock.json': '{}' });
    const result = await run({ box, ws, reports: { '.': 'npm-with-suppressed.json.golden' }, inputs: { target: '.', format: 'cyclonedx', 'fail-on': 'none', 'upload-sarif': 'false' } });
    expect(result.exitCode).toBe(0);
    const argv = calls(box);
    expect(argv.filter((a) => a[0] === 'fs')).toHaveLength(1);
    expect(argv.find((a) => a[0] === 'fs')).toContain('--list-all-pkgs');
    expect(argv.find((a) => a[0] === 'convert')).toEqual(['convert', '--format', 'cyclonedx', '--output', result.outputs['cyclonedx-path'], result.outputs['report-path']]);
    // Trivy itself suppressed one finding through VEX; it is shown as suppressed.
    expect(result.outputs['suppressed']).toBe('1');
    expect(result.summary).toContain('1 suppressed finding');
  });
});

describe.skipIf(!present)('trivy-scan on bad input', () => {
  let box: Sandbox;
  beforeAll(() => {
    box = sandbox();
  });

  it.each([
    ['an unknown scan-type', { 'scan-type': 'container' }, {}, /Input 'scan-type' has an invalid value 'container'/],
    ['a malformed image reference', { 'scan-type': 'image', target: 'Ghcr.io/Org/App:latest!' }, {}, /'Ghcr.io\/Org\/App:latest!' is not a valid image reference/],
    ['a truncated report', { 'scan-type': 'image', target: IMAGE }, { [IMAGE]: 'truncated:alpine-39.json.golden' }, /Trivy report '.*trivy-report\.json' cannot be read: it is not complete JSON/],
    [
      'Trivy failing',
      { 'scan-type': 'image', target: IMAGE },
      { [IMAGE]: 'fail:run error: image scan error: unable to inspect the image (ghcr.io/x): authentication required' },
      /Trivy exited with code 1:\n.*authentication required/,
    ],
    [
      'a database error during the scan',
      { 'scan-type': 'image', target: IMAGE },
      { [IMAGE]: 'fail:init error: DB error: failed to download vulnerability DB: OCI repository error' },
      /DB error[\s\S]*list reachable mirrors in 'db-repositories', or restore a database into 'cache-dir' and set 'offline: true'/,
    ],
    ['an unknown scanner', { scanners: 'vuln,malware' }, {}, /Input 'scanners': 'malware' not known/],
    ['a cache inside the workspace', { 'cache-dir': '' }, {}, /cache-dir.*inside the workspace/],
    ['a bad fail-on', { 'fail-on': 'severe' }, {}, /Input 'fail-on' has an invalid value 'severe'/],
    ['a version without a pinned checksum', { version: '0.50.0' }, {}, /Trivy 0\.50\.0 for Linux-\w+ has no checksum in the suite's table/],
  ])('%s exits 1 with an ::error:: and no stack trace', async (_, inputs: Record<string, string>, reportMap: Record<string, string>, pattern) => {
    const ws = workspace();
    const fixed: Record<string, string> = { 'fail-on': 'none', 'upload-sarif': 'false', ...inputs };
    // An empty cache-dir in the table stands for a directory inside this test's workspace.
    if (inputs['cache-dir'] === '') fixed['cache-dir'] = join(ws, '.cache', 'trivy');
    const result = await run({ box, ws, reports: reportMap, inputs: fixed });
    expectCleanFailure(result, pattern);
  });

  it('names a malformed ignore file and its line', async () => {
    const ws = workspace({ '.trivyignore.yaml': 'vulnerabilities:\n  - id: CVE-2019-14697\n    expired_at: next-year\n' });
    const result = await run({ box, ws, reports: { '.': 'alpine-39.json.golden' }, inputs: { 'fail-on': 'none', 'upload-sarif': 'false' } });
    expectCleanFailure(result, /\.trivyignore\.yaml:3: expired_at 'next-year' of 'CVE-2019-14697' is not a date/);
    expect(result.annotations.find((a) => a.level === 'error')).toMatchObject({ file: '.trivyignore.yaml', line: 3 });
  });
});
