// In-process tests of the action's flow with injected dependencies (artifact service, logger).
import { cpSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MemoryLogger, parseInputs, readRunContext } from '@pipeline/core';
import { inputSchema } from '../src/inputs.ts';
import { artifactName, runSbom, type ArtifactUploader } from '../src/run.ts';

const own = join(import.meta.dirname, '..', '..', '..', 'test', 'fixtures', 'lockfiles');

function setup(inputs: Record<string, string>, env: Record<string, string> = {}) {
  const ws = mkdtempSync(join(tmpdir(), 'sbom-run-'));
  cpSync(join(own, 'npm-v3'), join(ws, 'npm-v3'), { recursive: true });
  const vars = Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v]));
  const context = readRunContext({ GITHUB_WORKSPACE: ws, RUNNER_TEMP: join(ws, 'tmp'), GITHUB_REPOSITORY: 'o/r', GITHUB_JOB: 'build', GITHUB_SHA: 'e'.repeat(40), ...env });
  return { ws, context, inputs: parseInputs(inputSchema, { env: vars }) };
}

describe('artifact upload', () => {
  it('uploads the written files under a name unique to the matrix cell', async () => {
    const uploads: { name: string; files: string[] }[] = [];
    const artifacts: ArtifactUploader = {
      upload: async (name, files) => {
        uploads.push({ name, files });
        return true;
      },
    };
    for (const cell of ['{"os":"linux"}', '{"os":"windows"}']) {
      const { context, inputs } = setup({ 'matrix-key': cell, format: 'cyclonedx,spdx', submission: 'off' });
      const result = await runSbom(inputs, context, { logger: new MemoryLogger(), artifacts });
      expect(result.artifactName).toBe(uploads.at(-1)?.name);
    }
    expect(uploads).toHaveLength(2);
    expect(uploads[0]?.name).not.toBe(uploads[1]?.name);
    expect(uploads[0]?.files.map((f) => f.split('/').pop())).toEqual(['sbom.cdx.json', 'sbom.spdx.json']);
  });

  it('says so when the runner has no artifact service, and uploads nothing on dry-run', async () => {
    const none: ArtifactUploader = { upload: async () => false };
    const { context, inputs } = setup({ submission: 'off' });
    expect((await runSbom(inputs, context, { logger: new MemoryLogger(), artifacts: none })).notes.join('\n')).toMatch(/no artifact service/);
    let called = false;
    const spy: ArtifactUploader = {
      upload: async () => {
        called = true;
        return true;
      },
    };
    const dry = setup({ 'dry-run': 'true' });
    await runSbom(dry.inputs, dry.context, { logger: new MemoryLogger(), artifacts: spy });
    expect(called).toBe(false);
  });

  it('a refused upload is a warning naming the artifact and the files, and the SBOM stands', async () => {
    const refusing: ArtifactUploader = { upload: () => Promise.reject(new Error('Failed to CreateArtifact: Received non-retryable error: Failed request: (409) Conflict: an artifact with this name already exists on the workflow run')) };
    const { context, inputs } = setup({ submission: 'off', 'artifact-name': 'sbom-taken' });
    const logger = new MemoryLogger();
    const result = await runSbom(inputs, context, { logger, artifacts: refusing });
    expect(result.artifactName).toBeUndefined();
    expect(result.files.cyclonedx).toBeDefined();
    const warnings = logger.records.filter((e) => e.level === 'warning').map((e) => e.message);
    expect(warnings).toEqual([expect.stringMatching(/^Could not upload the workflow artifact 'sbom-taken': .*\(409\) Conflict.*The SBOM files stay at \/\S+\/sbom\.cdx\.json; give 'artifact-name' a name unique in the run\.$/)]);
  });

  it('derives default names from the job, matrix key and path', () => {
    const context = readRunContext({ GITHUB_JOB: 'sbom' });
    expect(artifactName(context, '', '.')).toBe('sbom-sbom');
    expect(artifactName(context, '', 'services/a')).not.toBe(artifactName(context, '', 'services/b'));
    expect(artifactName(context, '{"n":1}', '.')).toMatch(/^sbom-sbom-[0-9a-f]{8}$/);
  });
});

describe('formats and lockfiles', () => {
  it('refuses an unknown format, and a path without lockfiles', async () => {
    const bad = setup({ format: 'xml' });
    await expect(runSbom(bad.inputs, bad.context, { logger: new MemoryLogger() })).rejects.toThrow(/Input 'format' has 'xml'/);
    const empty = setup({ path: 'npm-v3/packages' });
    await expect(runSbom(empty.inputs, empty.context, { logger: new MemoryLogger() })).rejects.toThrow(/No lockfile found under 'npm-v3\/packages'/);
  });
});

describe('image mode', () => {
  const fixtures = process.env['PIPELINE_FIXTURES'] ?? join(import.meta.dirname, '..', '..', '..', '..', 'shared', 'fixtures');
  const golden = join(fixtures, 'sbom', 'trivy', 'pom-cyclonedx.json.golden');

  it.skipIf(!existsSync(golden))("rebuilds Trivy's CycloneDX for the image, validated, scored, license-checked, never submitted", async () => {
    const { context, inputs } = setup({ image: 'ghcr.io/acme/app:1.0', format: 'cyclonedx' });
    const scanned: string[] = [];
    let submitted = false;
    const result = await runSbom(inputs, context, {
      logger: new MemoryLogger(),
      imageScanner: async (image) => {
        scanned.push(image);
        return readFileSync(golden, 'utf8');
      },
      github: async () => {
        submitted = true;
        throw new Error('the dependency graph is for repositories, not images');
      },
    });
    expect(scanned).toEqual(['ghcr.io/acme/app:1.0']);
    expect(submitted).toBe(false);
    expect(result.sbom.components.map((c) => c.purl)).toContain('pkg:maven/com.example/log4shell@1.0-SNAPSHOT');
    const doc = JSON.parse(readFileSync(result.files.cyclonedx ?? '', 'utf8')) as { metadata: { component: { name: string } } };
    expect(doc.metadata.component.name).toBe('ghcr.io/acme/app:1.0');
  });

  it('says Trivy is needed when it is not available', async () => {
    const { context, inputs } = setup({ image: 'alpine:3.20' });
    await expect(runSbom(inputs, context, { logger: new MemoryLogger() })).rejects.toThrow(/Input 'image' needs Trivy/);
  });
});
