// Where results go when code scanning cannot take them: the workflow artifact, through an
// injected uploader (the bundle tests run the real @actions/artifact against the results double).
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MemoryLogger, inputVariable, parseInputs, readRunContext, type RunContext } from '@pipeline/core';
import { evaluatePolicy, toSarif } from '@pipeline/trivy';
import { describe, expect, it } from 'vitest';
import { inputSchema } from '../src/inputs.ts';
import { defaultArtifactName, publish, type ArtifactUploader } from '../src/publish.ts';
import type { ScanInputs, ScanOutcome } from '../src/scan.ts';

interface Setup {
  outcome: ScanOutcome;
  context: RunContext;
  scanInputs: ScanInputs;
}

function setup(inputs: Record<string, string> = {}): Setup {
  const dir = mkdtempSync(join(tmpdir(), 'trivy-publish-'));
  const runnerTemp = join(dir, 'temp');
  const workspace = join(dir, 'workspace');
  mkdirSync(runnerTemp);
  mkdirSync(workspace);
  const category = 'trivy/image/ghcr.io/acme/api:1.0';
  const sarif = toSarif([], { category });
  const paths = { report: join(runnerTemp, 'trivy-report.json'), sarif: join(workspace, 'out', 'scan.sarif') };
  mkdirSync(join(workspace, 'out'));
  writeFileSync(paths.report, '{"SchemaVersion":2}');
  writeFileSync(paths.sarif, sarif.json);
  const policy = evaluatePolicy([], [], { failOn: undefined, ignoreUnfixed: false, ignores: [], vex: [], baseline: undefined, newOnly: false, slaDays: {}, now: new Date() });
  const outcome: ScanOutcome = {
    report: { SchemaVersion: 2 },
    policy,
    sarif,
    paths,
    trivy: { path: '/opt/trivy', version: '0.74.0' },
    failOn: undefined,
    newOnly: false,
    baseline: undefined,
    misconfSuccesses: 0,
    scanType: 'image',
    target: 'ghcr.io/acme/api:1.0',
    category,
  };
  const env = Object.fromEntries(Object.entries({ 'scan-type': 'image', target: outcome.target, ...inputs }).map(([name, value]) => [inputVariable(name), value]));
  const context = readRunContext({ GITHUB_REPOSITORY: 'acme/api', GITHUB_JOB: 'scan', GITHUB_WORKSPACE: workspace, RUNNER_TEMP: runnerTemp });
  return { outcome, context, scanInputs: parseInputs(inputSchema, { env }) };
}

function recorder(fail?: Error): ArtifactUploader & { uploads: { name: string; files: Record<string, string>; root: string }[] } {
  const uploads: { name: string; files: Record<string, string>; root: string }[] = [];
  return {
    available: true,
    uploads,
    async upload(name, files, root) {
      uploads.push({ name, root, files: Object.fromEntries(files.map((f) => [f.slice(root.length + 1), readFileSync(f, 'utf8')])) });
      if (fail) throw fail;
      return { id: 7, size: 100 };
    },
  };
}

describe('artifact names', () => {
  it('are valid artifact names, unique per job and category, even for categories that differ only in forbidden characters', () => {
    const names = [defaultArtifactName('scan', 'trivy/image/ghcr.io/acme/api:1.0'), defaultArtifactName('scan', 'trivy/image/ghcr.io/acme/api/1.0'), defaultArtifactName('build', 'trivy/image/ghcr.io/acme/api:1.0')];
    expect(new Set(names).size).toBe(3);
    for (const name of names) expect(name).toMatch(/^trivy-scan-[A-Za-z0-9._-]+$/);
    expect(names[0]).toMatch(/^trivy-scan-scan-image-ghcr\.io-acme-api-1\.0-[0-9a-f]{8}$/);
    expect(defaultArtifactName('', '///')).toMatch(/^trivy-scan-job-[0-9a-f]{8}$/);
  });
});

describe('the fallback artifact', () => {
  it('holds the SARIF and the report under stable names when there is no token, staged outside the workspace', async () => {
    const { outcome, context, scanInputs } = setup({ 'github-token': '' });
    const artifacts = recorder();
    const logger = new MemoryLogger();
    const published = await publish(outcome, { inputs: scanInputs, context, pr: undefined, logger, artifacts });
    const name = defaultArtifactName('scan', outcome.category);
    expect(published).toEqual({ artifactName: name });
    expect(artifacts.uploads).toHaveLength(1);
    expect(artifacts.uploads[0]!.name).toBe(name);
    expect(artifacts.uploads[0]!.files).toEqual({ 'trivy-results.sarif': outcome.sarif.json, 'trivy-report.json': '{"SchemaVersion":2}' });
    expect(artifacts.uploads[0]!.root.startsWith(context.runnerTemp)).toBe(true);
    // The staging copy is gone once uploaded.
    expect(existsSync(artifacts.uploads[0]!.root)).toBe(false);
    expect(readdirSync(context.workspace, { recursive: true }).map(String).sort()).toEqual(['out', join('out', 'scan.sarif')]);
    expect(logger.messages('warning')).toEqual([]);
    expect(logger.messages('info').join('\n')).toContain(`workflow artifact '${name}' (id 7)`);
  });

  it('takes the artifact-name input, and turns a refused upload into a warning', async () => {
    const { outcome, context, scanInputs } = setup({ 'github-token': '', 'artifact-name': 'trivy-api' });
    const artifacts = recorder(new Error('Failed to CreateArtifact: Received non-retryable error: Failed request: (409) Conflict: an artifact with this name already exists on the workflow run'));
    const logger = new MemoryLogger();
    expect(await publish(outcome, { inputs: scanInputs, context, pr: undefined, logger, artifacts })).toEqual({});
    expect(artifacts.uploads.map((u) => u.name)).toEqual(['trivy-api']);
    expect(logger.messages('warning')).toEqual([
      `Could not upload the workflow artifact 'trivy-api': Failed to CreateArtifact: Received non-retryable error: Failed request: (409) Conflict: an artifact with this name already exists on the workflow run. The results are in the job summary, and the SARIF file is at ${outcome.paths.sarif} until the job ends.`,
    ]);
  });

  it('is not uploaded on dry-run, without upload-sarif, or where the runner has no artifact service', async () => {
    for (const inputs of [{ 'dry-run': 'true', 'github-token': '' }, { 'upload-sarif': 'false', 'github-token': '' }]) {
      const { outcome, context, scanInputs } = setup(inputs);
      const artifacts = recorder();
      expect(await publish(outcome, { inputs: scanInputs, context, pr: undefined, logger: new MemoryLogger(), artifacts })).toEqual({});
      expect(artifacts.uploads).toEqual([]);
    }
    const { outcome, context, scanInputs } = setup({ 'github-token': '' });
    const logger = new MemoryLogger();
    const none: ArtifactUploader = {
      available: false,
      upload: () => Promise.reject(new Error('not called')),
    };
    expect(await publish(outcome, { inputs: scanInputs, context, pr: undefined, logger, artifacts: none })).toEqual({});
    expect(logger.messages('info').join('\n')).toContain('this runner has no artifact service, so upload that file with actions/upload-artifact');
  });

  it('rejects artifact names the artifact service would refuse', () => {
    const env = { [inputVariable('artifact-name')]: 'trivy/api' };
    expect(() => parseInputs(inputSchema, { env })).toThrow(/artifact-name/);
  });
});
