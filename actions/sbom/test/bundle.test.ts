// Runs the built bundle (dist/sbom/index.js) as the runner would, against the
// contract-validated GitHub double. `npm test` rebuilds dist before the tests run;
// SBOM_BUNDLE=<dir> runs another build of it (one made into a temporary directory).
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startGitHubDouble, type GitHubDouble } from '../../../test/support/github-double/index.ts';
import { startResultsService, type ResultsService } from '../../../test/support/results-service/index.ts';
import { runAction, type RunActionOptions, type RunActionResult } from '../../../test/support/runner/index.ts';
import { validateCycloneDx, validateSpdx } from '@pipeline/sbom';

const root = join(import.meta.dirname, '..', '..', '..');
const bundleDir = process.env['SBOM_BUNDLE'] ? resolve(process.env['SBOM_BUNDLE']) : join(root, 'dist', 'sbom');
const entry = join(bundleDir, 'index.js');
const action = join(root, 'sbom', 'action.yml');
const own = join(root, 'test', 'fixtures', 'lockfiles');
const TOKEN = 'ghs_sbom_test_token_0123456789abcdef';
const READ_ONLY = 'ghs_sbom_read_only_token_0123456789';

let gh: GitHubDouble;

beforeAll(async () => {
  if (!existsSync(entry)) throw new Error(`${entry} is missing: run 'node scripts/build.ts sbom' first (npm test does).`);
  gh = await startGitHubDouble();
  gh.readOnlyToken(READ_ONLY);
});

afterAll(async () => {
  await gh?.close();
});

beforeEach(() => {
  gh.calls.length = 0;
});

/** A workspace holding copies of the project's own generated lockfiles. */
function workspace(...dirs: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'sbom-ws-'));
  for (const d of dirs) cpSync(join(own, d), join(dir, d), { recursive: true });
  return dir;
}

function run(options: Omit<RunActionOptions, 'entry'>): Promise<RunActionResult> {
  return runAction({ entry, action, githubApiUrl: gh.url, token: TOKEN, timeoutMs: 60_000, ...options });
}

const push = { name: 'push', payload: { ref: 'refs/heads/main', repository: { full_name: 'owner/repo', name: 'repo', owner: { login: 'owner' }, default_branch: 'main' } } };
const env = { GITHUB_REPOSITORY: 'owner/repo', GITHUB_SHA: 'a'.repeat(40), GITHUB_REF: 'refs/heads/main', GITHUB_WORKFLOW: 'CI', GITHUB_JOB: 'sbom', GITHUB_RUN_ID: '42' };

function errors(result: RunActionResult): string {
  return result.annotations.filter((a) => a.level === 'error').map((a) => `${a.file ?? ''}:${a.line ?? ''} ${a.message}`).join('\n');
}

function expectCleanFailure(result: RunActionResult, pattern: RegExp): void {
  expect(result.exitCode).toBe(1);
  expect(errors(result)).toMatch(pattern);
  expect(result.stdout + result.stderr).not.toMatch(/^\s+at .+\(.+:\d+:\d+\)$/m);
}

describe('sbom bundle on a push', () => {
  it('writes valid CycloneDX and SPDX, scores them, and submits a snapshot keyed by PURL', async () => {
    const ws = workspace('npm-v3', 'pnpm');
    const result = await run({ workspace: ws, event: push, env, inputs: { format: 'cyclonedx, spdx', output: 'out/bom.cdx.json', 'matrix-key': '{"node":24}' } });
    expect(result.exitCode, result.stdout).toBe(0);
    // pnpm records no licenses; the same packages in npm-v3's lockfile do, and one PURL is one component.
    expect(result.outputs).toMatchObject({ components: '11', 'license-verdict': 'pass', 'cyclonedx-path': join(ws, 'out', 'bom.cdx.json'), 'spdx-path': join(ws, 'out', 'bom.spdx.json') });
    expect(Number(result.outputs['score'])).toBeGreaterThan(80);
    expect(await validateCycloneDx(readFileSync(join(ws, 'out', 'bom.cdx.json'), 'utf8'))).toEqual({ valid: true, errors: [] });
    expect(validateSpdx(readFileSync(join(ws, 'out', 'bom.spdx.json'), 'utf8'))).toEqual({ valid: true, errors: [] });
    expect(result.summary).toContain('NTIA minimum elements');
    expect(result.summary).toContain('| MIT |');

    const snapshots = gh.callsTo('dependency-graph/create-repository-snapshot');
    expect(snapshots).toHaveLength(1);
    type Resolved = Record<string, { package_url: string; relationship: string; scope: string; dependencies: string[] }>;
    type Body = { sha: string; ref: string; job: { correlator: string }; detector: { name: string; url: string }; manifests: Record<string, { resolved: Resolved }> };
    const body = snapshots[0]?.body as Body;
    expect(body.sha).toBe('a'.repeat(40));
    expect(body.ref).toBe('refs/heads/main');
    expect(body.job.correlator).toMatch(/^CI_sbom_[0-9a-f]{12}$/);
    expect(body.detector).toMatchObject({ name: 'pipeline-sbom', url: expect.stringMatching(/^https:\/\//) });
    const npm = body.manifests['npm-v3/package-lock.json']?.resolved ?? {};
    expect(npm['pkg:npm/chalk@4.1.2']).toEqual({ package_url: 'pkg:npm/chalk@4.1.2', relationship: 'direct', scope: 'runtime', dependencies: ['pkg:npm/ansi-styles@4.3.0', 'pkg:npm/supports-color@7.2.0'] });
    expect(npm['pkg:npm/is-number@7.0.0']).toMatchObject({ relationship: 'direct', scope: 'development' });
    expect(npm['pkg:npm/ms@2.1.2']).toMatchObject({ relationship: 'indirect', scope: 'runtime' });
    expect(Object.keys(body.manifests)).toEqual(['npm-v3/package-lock.json', 'pnpm/pnpm-lock.yaml']);
    expect(result.outputs['snapshot-id']).toMatch(/^\d+$/);
    expect(result.leaks).toEqual([]);
    gh.assertNoViolations();
  });

  it('retries the submission after a server error', async () => {
    gh.failNext({ operationId: 'dependency-graph/create-repository-snapshot', status: 502, times: 1 });
    const result = await run({ workspace: workspace('yarn-berry'), event: push, env, inputs: {} });
    expect(result.exitCode, result.stdout).toBe(0);
    expect(gh.callsTo('dependency-graph/create-repository-snapshot').map((c) => c.status)).toEqual([502, 201]);
    gh.assertNoViolations();
  });

  it('fails on a denied license with an annotation on the lockfile line', async () => {
    const ws = workspace('yarn-classic', 'npm-v3');
    const result = await run({ workspace: ws, event: push, env, inputs: { 'deny-licenses': 'WTFPL', submission: 'off' } });
    expectCleanFailure(result, /left-pad@1\.3\.0 is licensed WTFPL, which deny-licenses forbids/);
    const annotation = result.annotations.find((a) => a.level === 'error' && a.message.includes('left-pad'));
    const lockText = readFileSync(join(ws, 'npm-v3', 'package-lock.json'), 'utf8').split('\n');
    expect(annotation?.file).toBe('npm-v3/package-lock.json');
    expect(lockText[(annotation?.line ?? 0) - 1]).toContain('"node_modules/left-pad"');
    expect(result.outputs['license-verdict']).toBe('fail');
    expect(result.summary).toContain('License violations');
  });

  it('lets an excepted package through and says why in the summary', async () => {
    const result = await run({
      workspace: workspace('npm-v3'),
      event: push,
      env,
      inputs: { 'allow-licenses': 'MIT, ISC', 'license-exceptions': 'pkg:npm/left-pad reviewed by legal, LEGAL-7', 'unknown-license': 'fail', submission: 'off' },
    });
    expect(result.exitCode, errors(result)).toBe(0);
    expect(result.outputs['license-verdict']).toBe('pass');
    expect(result.summary).toContain('reviewed by legal, LEGAL-7');
  });

  it('fails when the NTIA score is below min-score and lists what is missing', async () => {
    const result = await run({ workspace: workspace('npm-v3'), event: push, env, inputs: { 'min-score': '99', submission: 'off' } });
    expectCleanFailure(result, /NTIA minimum-elements score [\d.]+% is below min-score 99% \(missing: supplier/);
  });
});

describe('sbom bundle contents', () => {
  it('carries no native module and no schema compiler: the validators are precompiled', () => {
    const files = readdirSync(bundleDir, { recursive: true, encoding: 'utf8' });
    expect(files.filter((f) => f.endsWith('.node'))).toEqual([]);
    const sources = files
      .filter((f) => f.endsWith('.js.map'))
      .flatMap((f) => (JSON.parse(readFileSync(join(bundleDir, f), 'utf8')) as { sources: string[] }).sources);
    // The library's validators bring ajv's compiler and, for XML, libxmljs2 (a native module,
    // bundled whenever it is installed); the action checks its JSON with the precompiled one.
    const forbidden = /cyclonedx-library\/dist\.node\/validation\/|node_modules\/(libxmljs2?|xmlbuilder2)\/|node_modules\/ajv\/dist\/(core|compile)\b/;
    expect(sources.filter((s) => forbidden.test(s))).toEqual([]);
    expect(sources.some((s) => s.includes('packages/sbom/src/generated/cyclonedx-1-6-validator.js'))).toBe(true);
  });
});

describe('sbom bundle and lockfiles without a native reader', () => {
  it("warns on the lockfile and leaves it out with 'fallback: none'", async () => {
    const ws = workspace('npm-v3');
    writeFileSync(join(ws, 'gradle.lockfile'), '# This is a Gradle generated file for dependency locking.\ncom.google.guava:guava:31.1-jre=compileClasspath\nempty=\n');
    const result = await run({ workspace: ws, event: push, env, inputs: { fallback: 'none', submission: 'off' } });
    expect(result.exitCode, errors(result)).toBe(0);
    const warning = result.annotations.find((a) => a.level === 'warning' && a.file === 'gradle.lockfile');
    expect(warning?.message).toMatch(/does not read natively, and 'fallback' is 'none'/);
    expect(result.outputs['components']).toBe('11');
  });
});

describe('sbom bundle and GitHub permissions', () => {
  it('warns when the token may not submit, and fails with submission: required', async () => {
    const warned = await run({ workspace: workspace('npm-v3'), event: push, env, inputs: { 'github-token': READ_ONLY } });
    expect(warned.exitCode, errors(warned)).toBe(0);
    expect(warned.annotations.filter((a) => a.level === 'warning').map((a) => a.message).join('\n')).toMatch(/contents: write/);
    const failed = await run({ workspace: workspace('npm-v3'), event: push, env, inputs: { 'github-token': READ_ONLY, submission: 'required' } });
    expectCleanFailure(failed, /Dependency submission failed because the token may not write/);
  });

  it("submits the pull request's head commit, not the merge commit", async () => {
    const head = 'b'.repeat(40);
    const pr = {
      name: 'pull_request',
      payload: { number: 5, pull_request: { number: 5, head: { sha: head, ref: 'feature', repo: { full_name: 'owner/repo' } }, base: { sha: 'c'.repeat(40), ref: 'main', repo: { full_name: 'owner/repo' } } } },
    };
    const result = await run({ workspace: workspace('npm-v3'), event: pr, env: { ...env, GITHUB_SHA: 'd'.repeat(40), GITHUB_REF: 'refs/pull/5/merge' }, inputs: {} });
    expect(result.exitCode, errors(result)).toBe(0);
    const body = gh.callsTo('dependency-graph/create-repository-snapshot')[0]?.body as { sha: string; ref: string };
    expect(body).toMatchObject({ sha: head, ref: 'refs/heads/feature' });
    gh.assertNoViolations();
  });

  it('attaches the SBOM to the release and replaces an older asset of the same name', async () => {
    const created = await fetch(`${gh.url}/repos/owner/repo/releases`, { method: 'POST', headers: { authorization: `token ${TOKEN}`, 'content-type': 'application/json' }, body: JSON.stringify({ tag_name: 'v1.2.3' }) });
    const release = (await created.json()) as { id: number; upload_url: string };
    const uploadUrl = release.upload_url.replace(/\{.*\}$/, '');
    await fetch(`${uploadUrl}?name=sbom.cdx.json`, { method: 'POST', headers: { authorization: `token ${TOKEN}`, 'content-type': 'application/json' }, body: '{"old":true}' });
    gh.calls.length = 0;
    const event = { name: 'release', payload: { action: 'published', release: { ...release, tag_name: 'v1.2.3' }, repository: { full_name: 'owner/repo' } } };
    const result = await run({ workspace: workspace('pnpm'), event, env: { ...env, GITHUB_REF: 'refs/tags/v1.2.3' }, inputs: { output: 'sbom.cdx.json', submission: 'off' } });
    expect(result.exitCode, errors(result)).toBe(0);
    expect(gh.callsTo('repos/delete-release-asset')).toHaveLength(1);
    const uploads = gh.callsTo('repos/upload-release-asset');
    expect(uploads).toHaveLength(1);
    expect(uploads[0]?.query['name']).toBe('sbom.cdx.json');
    expect(result.outputs['release-asset-url']).toContain('/releases/download/v1.2.3/sbom.cdx.json');
    const listed = (await (await fetch(`${gh.url}/repos/owner/repo/releases/${release.id}/assets`, { headers: { authorization: `token ${TOKEN}` } })).json()) as { name: string; size: number }[];
    expect(listed.map((a) => a.name)).toEqual(['sbom.cdx.json']);
    expect(listed[0]?.size).toBeGreaterThan(1000);
    gh.assertNoViolations();
  });
});

describe('sbom bundle and the workflow artifact', () => {
  let results: ResultsService;
  beforeAll(async () => {
    results = await startResultsService();
  });
  afterAll(async () => {
    await results?.close();
  });
  // The Actions results service as a hosted runner announces it to the step (ACTIONS_RESULTS_URL, ACTIONS_RUNTIME_TOKEN).
  const runtime = (): Pick<RunActionOptions, 'actionsRuntime' | 'env'> => ({ actionsRuntime: results.runtime, env: { ...env, ...results.blobProxyEnv } });

  it('uploads the SBOM files through the real @actions/artifact client, one artifact per matrix cell', async () => {
    const ws = workspace('npm-v3');
    const cells = await Promise.all(['{"node":22}', '{"node":24}'].map((key) =>
      run({ workspace: ws, event: push, ...runtime(), inputs: { format: 'cyclonedx, spdx', output: `out/${key.replace(/\D/g, '')}/bom.cdx.json`, 'matrix-key': key, submission: 'off' } })));
    for (const result of cells) {
      expect(result.exitCode, errors(result)).toBe(0);
      const name = result.outputs['artifact-name'] ?? '';
      expect(name).toMatch(/^sbom-sbom-[0-9a-f]{8}$/);
      const files = results.artifactFiles(name);
      expect([...files.keys()].sort()).toEqual(['bom.cdx.json', 'bom.spdx.json']);
      expect(files.get('bom.cdx.json')?.toString()).toBe(readFileSync(result.outputs['cyclonedx-path'] ?? '', 'utf8'));
      expect(files.get('bom.spdx.json')?.toString()).toBe(readFileSync(result.outputs['spdx-path'] ?? '', 'utf8'));
    }
    expect(cells[0]?.outputs['artifact-name']).not.toBe(cells[1]?.outputs['artifact-name']);
    results.assertNoViolations();
  });

  it('an artifact the service refuses (the name taken in this run) is a warning, not a failed SBOM', async () => {
    const ws = workspace('pnpm');
    const inputs = { output: 'bom.cdx.json', submission: 'off', 'artifact-name': 'sbom-twice' };
    const first = await run({ workspace: ws, event: push, ...runtime(), inputs });
    expect(first.exitCode, errors(first)).toBe(0);
    expect(first.outputs['artifact-name']).toBe('sbom-twice');
    const again = await run({ workspace: ws, event: push, ...runtime(), inputs });
    expect(again.exitCode, errors(again)).toBe(0);
    expect(again.annotations.filter((a) => a.level === 'warning').map((a) => a.message).join('\n')).toMatch(/artifact 'sbom-twice'.*409/);
    expect(again.outputs['artifact-name']).toBeUndefined();
    expect(again.outputs['cyclonedx-path']).toBe(join(ws, 'bom.cdx.json'));
    results.assertNoViolations();
  });
});

describe('sbom bundle on bad input', () => {
  it('names the file and line of a corrupt lockfile', async () => {
    const ws = workspace('npm-v3');
    writeFileSync(join(ws, 'npm-v3', 'package-lock.json'), '{\n  "name": "x",\n  "lockfileVersion": 3,\n  "packages": {\n    "": { "name": "x" },,\n  }\n}\n');
    const result = await run({ workspace: ws, event: push, env, inputs: { submission: 'off' } });
    expectCleanFailure(result, /npm-v3\/package-lock\.json:5 .*is not a valid package-lock\.json/);
    expect(result.annotations.find((a) => a.level === 'error')).toMatchObject({ file: 'npm-v3/package-lock.json', line: 5 });
  });

  it('refuses a lockfile that does not match its manifest', async () => {
    const ws = workspace('npm-v3');
    const manifest = JSON.parse(readFileSync(join(ws, 'npm-v3', 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    manifest.dependencies['left-pad'] = '1.2.0';
    writeFileSync(join(ws, 'npm-v3', 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    const result = await run({ workspace: ws, event: push, env, inputs: { submission: 'off' } });
    expectCleanFailure(result, /npm-v3\/package\.json:\d+ .*does not match its manifest: left-pad is declared as 1\.2\.0 but locked as 1\.3\.0/);
  });

  it('refuses a path that escapes the workspace', async () => {
    const result = await run({ workspace: workspace('npm-v3'), event: push, env, inputs: { path: '../..', submission: 'off' } });
    expectCleanFailure(result, /Input 'path' '\.\.\/\.\.' resolves outside the workspace/);
  });

  it('refuses an image reference that is not one, before installing anything', async () => {
    const result = await run({ workspace: workspace('npm-v3'), event: push, env, inputs: { image: 'Not An Image!', submission: 'off' } });
    expectCleanFailure(result, /Input 'image': 'Not An Image!' is not a valid image reference/);
    expect(gh.calls).toEqual([]);
  });

  it('refuses a license expression it cannot parse', async () => {
    const result = await run({ workspace: workspace('npm-v3'), event: push, env, inputs: { 'deny-licenses': 'GPL-3.0 OR', submission: 'off' } });
    expectCleanFailure(result, /Input 'deny-licenses' has 'GPL-3\.0 OR', which is not an SPDX license expression/);
  });
});
