// Runs the root action's bundle (dist/ci-gate/index.js) as the runner would, with the root
// action.yml, on the project's own reports (test/fixtures/own) and lockfiles, against a local
// release server serving the Trivy stand-in (test/support/trivy, answering with Trivy's real
// reports from ../shared/fixtures/trivy-json) and the contract-validated GitHub double.
// CI_GATE_DIST runs another build instead: a bundle file, or a dist directory holding ci-gate/index.js
// (`PIPELINE_DIST_DIR=/tmp/d node scripts/build.ts ci-gate`, then `CI_GATE_DIST=/tmp/d`).
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startGitHubDouble, type GitHubDouble } from '../../../test/support/github-double/index.ts';
import { runAction, type RunActionOptions, type RunActionResult } from '../../../test/support/runner/index.ts';
import { startReleaseServer, type ReleaseServer } from '../../../test/support/trivy/release-server.ts';

const root = join(import.meta.dirname, '..', '..', '..');
const override = process.env['CI_GATE_DIST'];
const entry = override ? (override.endsWith('.js') ? override : join(override, 'ci-gate', 'index.js')) : join(root, 'dist', 'ci-gate', 'index.js');
const action = join(root, 'action.yml');
const fixtures = process.env['PIPELINE_FIXTURES'] ?? join(root, '..', 'shared', 'fixtures');
const trivyReports = join(fixtures, 'trivy-json', 'trivy');
const present = existsSync(trivyReports);
const TOKEN = 'ghs_ci_gate_test_token_0123456789abc';
const VERSION = '0.74.0';
const SHA = 'f'.repeat(40);
// npm-with-suppressed: one HIGH vulnerability left after Trivy's own VEX suppression, so the default fail-on (high) fails.
const FS_REPORT = 'npm-with-suppressed.json.golden';
const REPORTS = 'reports/vitest-junit.xml\nreports/core.lcov\nreports/eslint.sarif';

if (!present) console.log(`ci-gate bundle tests with the trivy-scan stage skipped: no Trivy reports at ${trivyReports} (set PIPELINE_FIXTURES).`);

let gh: GitHubDouble;
let releases: ReleaseServer;

beforeAll(async () => {
  if (!existsSync(entry)) throw new Error(`${entry} is missing: run 'node scripts/build.ts ci-gate' first (npm test does), or point CI_GATE_DIST at a private build.`);
  gh = await startGitHubDouble();
  gh.state.addPullRequest({ owner: 'owner', repo: 'repo', number: 5 });
  releases = await startReleaseServer();
});

afterAll(async () => {
  await gh?.close();
  await releases?.close();
});

beforeEach(() => {
  gh.calls.length = 0;
});

const repository = { full_name: 'owner/repo', name: 'repo', owner: { login: 'owner' }, default_branch: 'main' };
const push = { name: 'push', payload: { ref: 'refs/heads/main', repository } };
const pushEnv = { GITHUB_REPOSITORY: 'owner/repo', GITHUB_SHA: SHA, GITHUB_REF: 'refs/heads/main', GITHUB_JOB: 'gate' };

interface Box {
  ws: string;
  /** RUNNER_TEMP, kept after the step so the files it wrote can be read. */
  temp: string;
  toolCache: string;
  log: string;
}

/** A checkout with copies of the project's own reports and one of its generated lockfiles. */
function box(): Box {
  const dir = mkdtempSync(join(tmpdir(), 'ci-gate-bundle-'));
  const ws = join(dir, 'ws');
  cpSync(join(root, 'test', 'fixtures', 'own'), join(ws, 'reports'), { recursive: true });
  cpSync(join(root, 'test', 'fixtures', 'lockfiles', 'npm-v3'), ws, { recursive: true });
  mkdirSync(join(dir, 'tool-cache'));
  mkdirSync(join(dir, 'temp'));
  return { ws, temp: join(dir, 'temp'), toolCache: join(dir, 'tool-cache'), log: join(dir, 'trivy-argv.jsonl') };
}

function run(b: Box, inputs: Record<string, string>, extra: Omit<RunActionOptions, 'entry'> = {}): Promise<RunActionResult> {
  return runAction({
    entry,
    action,
    githubApiUrl: gh.url,
    token: TOKEN,
    timeoutMs: 90_000,
    workspace: b.ws,
    runnerTemp: b.temp,
    event: push,
    ...extra,
    inputs,
    env: {
      ...pushEnv,
      RUNNER_TOOL_CACHE: b.toolCache,
      STANDIN_TRIVY_LOG: b.log,
      STANDIN_TRIVY_FIXTURES: trivyReports,
      STANDIN_TRIVY_REPORTS: JSON.stringify({ '.': FS_REPORT }),
      PIPELINE_TEST_TRIVY_RELEASES: JSON.stringify({ baseUrl: releases.url, checksums: { [VERSION]: { 'Linux-64bit': releases.sha256, 'Linux-ARM64': releases.sha256 } } }),
      ...extra.env,
    },
  });
}

function trivyCalls(b: Box): string[][] {
  if (!existsSync(b.log)) return [];
  return readFileSync(b.log, 'utf8').trim().split('\n').filter(Boolean).map((line) => (JSON.parse(line) as { argv: string[] }).argv);
}

const annotations = (result: RunActionResult, level: 'error' | 'warning'): string[] => result.annotations.filter((a) => a.level === level).map((a) => a.message);

function expectNoStackTrace(result: RunActionResult): void {
  expect(result.stdout + result.stderr).not.toMatch(/^\s+at .+\(.+:\d+:\d+\)$/m);
}

describe.skipIf(!present)('the root action on a push to main', () => {
  it('runs quality-gate, trivy-scan and sbom in one step, with one summary and one failing verdict', async () => {
    const b = box();
    const result = await run(b, { reports: REPORTS, policy: '- tests.failed == 0\n- coverage.lines >= 45\n- findings.error == 0' });

    expect(result.exitCode).toBe(1);
    expect(result.outputs).toMatchObject({
      passed: 'false',
      'failed-stages': 'trivy-scan',
      'quality-gate-outcome': 'passed',
      'trivy-scan-outcome': 'failed',
      'sbom-outcome': 'passed',
      tests: '18',
      failed: '0',
      coverage: '45.61',
      findings: '1',
      high: '1',
      critical: '0',
      'license-verdict': expect.stringMatching(/^(pass|warn)$/),
    });
    expect(Number(result.outputs['components'])).toBeGreaterThan(0);
    expect(JSON.parse(readFileSync(result.outputs['cyclonedx-path']!, 'utf8'))).toMatchObject({ bomFormat: 'CycloneDX', specVersion: '1.6' });
    expect(annotations(result, 'error')).toEqual(expect.arrayContaining([expect.stringMatching(/^trivy-scan: Trivy scan failed: 1 finding\(s\) at or above HIGH/), 'CI gate failed: trivy-scan failed']));

    // One job summary: the combined verdict first, then one section per stage, in order.
    const summary = result.summary;
    expect(summary.split('\n')[0]).toBe('# ❌ CI gate failed: trivy-scan failed');
    expect(summary.match(/^# /gm)).toHaveLength(1);
    const order = ['| quality-gate | ✅ passed', '| trivy-scan | ❌ failed', '| sbom | ✅ passed', '## ✅ Quality gate passed: 3 of 3 conditions met', '## ❌ Trivy scan failed', '## SBOM generated'].map((text) => summary.indexOf(text));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect(order).toEqual([...order].sort((x, y) => x - y));
    expect(Buffer.byteLength(summary)).toBeLessThanOrEqual(1024 * 1024);

    // One process, one Trivy: installed once, the database fetched once, the workspace scanned once.
    expect(releases.requests.filter((p) => p.includes(`/download/v${VERSION}/`))).toHaveLength(1);
    expect(trivyCalls(b).map((argv) => argv[0] === 'fs' ? 'fs' : argv.includes('--download-db-only') ? 'db' : argv[0])).toEqual(['db', 'fs']);

    // Each stage still published where GitHub shows it.
    expect(gh.callsTo('checks/create').map((c) => (c.body as { name: string; conclusion: string })).map((b2) => [b2.name, b2.conclusion])).toEqual([['quality-gate', 'success']]);
    expect(gh.callsTo('code-scanning/upload-sarif').map((c) => c.status)).toEqual([202]);
    expect(result.outputs['sarif-id']).toBeTruthy();
    expect(gh.callsTo('dependency-graph/create-repository-snapshot').map((c) => c.status)).toEqual([201]);
    expect(result.masked).toContain(TOKEN);
    expect(result.leaks).toEqual([]);
    expectNoStackTrace(result);
    gh.assertNoViolations();
  });

  it('passes when every stage passes, and a dry run publishes nothing and does not fail the step', async () => {
    const passing = await run(box(), { reports: REPORTS, 'fail-on': 'critical', 'upload-sarif': 'false', submission: 'off' });
    expect(passing.exitCode).toBe(0);
    expect(passing.outputs).toMatchObject({ passed: 'true', 'failed-stages': '', 'trivy-scan-outcome': 'passed' });
    expect(passing.summary.split('\n')[0]).toBe('# ✅ CI gate passed: quality-gate, trivy-scan, sbom');

    gh.calls.length = 0;
    const dry = await run(box(), { reports: REPORTS, 'dry-run': 'true' });
    expect(dry.exitCode).toBe(0);
    expect(dry.outputs).toMatchObject({ passed: 'false', 'trivy-scan-outcome': 'failed' });
    expect(annotations(dry, 'warning')).toEqual(expect.arrayContaining([expect.stringMatching(/^trivy-scan: Trivy scan failed/), 'CI gate failed: trivy-scan failed (dry-run: a failed verdict does not fail the step)']));
    expect(annotations(dry, 'error')).toEqual([]);
    expect(dry.summary).toContain('_dry-run: a failed verdict does not fail the step_');
    expect(gh.calls).toEqual([]);
  });

  it('runs the other stages when one cannot run, and reports all three', async () => {
    const b = box();
    const result = await run(b, { reports: 'reports/none-*.xml', 'fail-on': 'none', 'upload-sarif': 'false', submission: 'off' });
    expect(result.exitCode).toBe(1);
    expect(result.outputs).toMatchObject({ passed: 'false', 'failed-stages': 'quality-gate', 'quality-gate-outcome': 'error', 'trivy-scan-outcome': 'passed', 'sbom-outcome': 'passed' });
    const error = result.annotations.find((a) => a.level === 'error' && a.title === "quality-gate: Input 'reports'");
    expect(error?.message).toMatch(/^Input 'reports': the pattern 'reports\/none-\*\.xml' matched no files/);
    expect(result.summary).toContain('## ⚠️ quality-gate did not finish');
    expect(result.summary).toContain('Trivy scan passed');
    expect(trivyCalls(b).filter((argv) => argv[0] === 'fs')).toHaveLength(1);
    expectNoStackTrace(result);
  });

  it('degrades to the summary on a fork pull request, with a warning per stage instead of a failure', async () => {
    const token = 'ghs_ci_gate_fork_read_only_abcdef';
    gh.readOnlyToken(token);
    const event = {
      name: 'pull_request',
      payload: { number: 5, pull_request: { number: 5, head: { sha: 'd'.repeat(40), ref: 'f', repo: { full_name: 'someone/repo' } }, base: { sha: 'e'.repeat(40), ref: 'main', repo: { full_name: 'owner/repo' } } }, repository },
    };
    const result = await run(box(), { reports: REPORTS, 'fail-on': 'critical' }, { token, event, env: { GITHUB_REF: 'refs/pull/5/merge' } });
    expect(result.exitCode).toBe(0);
    expect(result.outputs['passed']).toBe('true');
    const warned = annotations(result, 'warning').join('\n');
    expect(warned).toMatch(/Could not create the check run: this pull request comes from a fork/);
    expect(warned).toMatch(/Could not upload SARIF to code scanning: this pull request comes from a fork/);
    expect(result.annotations.some((a) => a.message.includes('Resource not accessible by integration'))).toBe(false);
    expect(result.summary.split('\n')[0]).toBe('# ✅ CI gate passed: quality-gate, trivy-scan, sbom');
    gh.assertNoViolations();
  });
});

describe('the root action without the Trivy stage', () => {
  it('gates the project\'s own reports and lockfile with stages: quality-gate, sbom', async () => {
    const result = await run(box(), { stages: 'quality-gate, sbom', reports: REPORTS, submission: 'off', 'sbom-format': 'cyclonedx, spdx' });
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({ passed: 'true', 'trivy-scan-outcome': 'skipped', tests: '18' });
    // A push has no new code to measure.
    expect(result.outputs['new-code-coverage']).toBeUndefined();
    expect(statSync(result.outputs['spdx-path']!).size).toBeGreaterThan(0);
    expect(result.summary).toContain("| trivy-scan | ⏭️ skipped | not in 'stages' |");
    expect(result.outputs['findings']).toBeUndefined();
  });

  it('refuses bad inputs before any stage runs, naming the input', async () => {
    const unknown = await run(box(), { stages: 'quality-gate, lint', reports: REPORTS });
    expect(unknown.exitCode).toBe(1);
    expect(annotations(unknown, 'error')).toEqual(["Input 'stages' names an unknown stage 'lint': use any of quality-gate, trivy-scan, sbom."]);
    expect(unknown.outputs).toEqual({});
    expect(unknown.summary).toBe('');

    const image = await run(box(), { image: 'Not An Image!' });
    expect(annotations(image, 'error')[0]).toMatch(/^Input 'image': 'Not An Image!' is not a valid image reference/);
    expectNoStackTrace(image);
  });
});
