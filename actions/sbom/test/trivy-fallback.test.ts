// Lockfiles without a native reader go to Trivy: installed by the real installer (checksum
// checked) from a local release server that serves the project's Trivy stand-in
// (test/support/trivy), which answers with Trivy's real CycloneDX golden for a Maven pom.xml
// (../shared/fixtures/sbom/trivy, read in place).
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigurationError, MemoryLogger, exec, parseInputs, readRunContext, type RunContext } from '@pipeline/core';
import { validateCycloneDx } from '@pipeline/sbom';
import { DEFAULT_TRIVY_VERSION, installTrivy, trivyPlatform } from '@pipeline/trivy';
import { startReleaseServer, type ReleaseServer } from '../../../test/support/trivy/release-server.ts';
import { inputSchema } from '../src/inputs.ts';
import { runSbom, type SbomInputs } from '../src/run.ts';
import { trivySources, type TrivySources } from '../src/trivy.ts';

const root = join(import.meta.dirname, '..', '..', '..');
const own = join(root, 'test', 'fixtures', 'lockfiles');
const fixtures = process.env['PIPELINE_FIXTURES'] ?? join(root, '..', 'shared', 'fixtures');
const goldens = join(fixtures, 'sbom', 'trivy');
const present = existsSync(join(goldens, 'pom-cyclonedx.json.golden'));
if (!present) console.log(`Skipping the Trivy fallback tests that need Trivy's golden output: ${goldens} is absent (set PIPELINE_FIXTURES).`);

const POM = '<project xmlns="http://maven.apache.org/POM/4.0.0">\n  <modelVersion>4.0.0</modelVersion>\n  <groupId>com.example</groupId>\n  <artifactId>log4shell</artifactId>\n  <version>1.0-SNAPSHOT</version>\n</project>\n';

let releases: ReleaseServer;
const saved = { toolCache: process.env['RUNNER_TOOL_CACHE'], temp: process.env['RUNNER_TEMP'] };

beforeAll(async () => {
  releases = await startReleaseServer();
  // @actions/tool-cache reads both when it downloads and caches.
  const base = mkdtempSync(join(tmpdir(), 'sbom-trivy-tc-'));
  process.env['RUNNER_TOOL_CACHE'] = join(base, 'cache');
  process.env['RUNNER_TEMP'] = join(base, 'temp');
});

afterAll(async () => {
  await releases?.close();
  if (saved.toolCache === undefined) delete process.env['RUNNER_TOOL_CACHE'];
  else process.env['RUNNER_TOOL_CACHE'] = saved.toolCache;
  if (saved.temp === undefined) delete process.env['RUNNER_TEMP'];
  else process.env['RUNNER_TEMP'] = saved.temp;
});

interface Setup {
  ws: string;
  logger: MemoryLogger;
  sources: TrivySources;
  /** argv of every stand-in call. */
  calls: () => string[][];
  /** How often the installer ran. */
  installs: () => number;
  inputs: SbomInputs;
  context: RunContext;
}

/** A workspace with an npm lockfile and Maven projects; `reports` maps each pom.xml (relative) to the stand-in's answer. */
function setup(inputs: Record<string, string>, reports: Record<string, string>, poms: string[] = ['java/pom.xml']): Setup {
  const ws = mkdtempSync(join(tmpdir(), 'sbom-fallback-'));
  cpSync(join(own, 'npm-v3'), join(ws, 'npm-v3'), { recursive: true });
  for (const pom of poms) {
    mkdirSync(join(ws, pom, '..'), { recursive: true });
    writeFileSync(join(ws, pom), POM);
  }
  const log = join(ws, '..', `${ws.split('/').pop() ?? 'ws'}-trivy.log`);
  const logger = new MemoryLogger();
  const platform = trivyPlatform();
  let installs = 0;
  const sources = trivySources({
    install: async () => {
      installs += 1;
      const checksums = { [DEFAULT_TRIVY_VERSION]: { [platform]: releases.sha256 } };
      return (await installTrivy({ version: DEFAULT_TRIVY_VERSION, platform, downloadBaseUrl: releases.url, checksums, toolCache: await import('@actions/tool-cache'), logger })).path;
    },
    exec,
    logger,
    workDir: join(ws, '..', `${ws.split('/').pop() ?? 'ws'}-temp`),
    env: {
      ...process.env,
      STANDIN_TRIVY_LOG: log,
      STANDIN_TRIVY_FIXTURES: goldens,
      STANDIN_TRIVY_REPORTS: JSON.stringify(Object.fromEntries(Object.entries(reports).map(([file, report]) => [join(ws, file), report]))),
    },
  });
  const vars = Object.fromEntries(Object.entries({ submission: 'off', ...inputs }).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v]));
  const context = readRunContext({ GITHUB_WORKSPACE: ws, RUNNER_TEMP: join(ws, 'tmp'), GITHUB_REPOSITORY: 'o/r', GITHUB_JOB: 'build', GITHUB_SHA: 'e'.repeat(40) });
  const calls = (): string[][] => (existsSync(log) ? readFileSync(log, 'utf8').trim().split('\n').map((l) => (JSON.parse(l) as { argv: string[] }).argv) : []);
  return { ws, logger, sources, calls, installs: () => installs, inputs: parseInputs(inputSchema, { env: vars }), context };
}

describe.skipIf(!present)('fallback: trivy (the default)', () => {
  it('warns, installs Trivy once, and adds the packages Trivy lists to a validated SBOM', async () => {
    const s = setup({ format: 'cyclonedx,spdx' }, { 'java/pom.xml': 'pom-cyclonedx.json.golden', 'legacy/pom.xml': 'pom-cyclonedx.json.golden' }, ['java/pom.xml', 'legacy/pom.xml']);
    const result = await runSbom(s.inputs, s.context, { logger: s.logger, lockfileScanner: s.sources.lockfile });

    expect(result.lockfiles).toEqual([
      { file: 'npm-v3/package-lock.json', kind: 'npm', components: 11 },
      { file: 'java/pom.xml', kind: 'trivy', components: 2 },
      { file: 'legacy/pom.xml', kind: 'trivy', components: 2 },
    ]);
    const purls = result.sbom.components.map((c) => c.purl);
    expect(purls).toEqual(expect.arrayContaining(['pkg:maven/com.example/log4shell@1.0-SNAPSHOT', 'pkg:maven/com.fasterxml.jackson.core/jackson-databind@2.9.1', 'pkg:npm/chalk@4.1.2']));
    // One PURL found through two poms is one component, located in both.
    expect(result.sbom.components.find((c) => c.purl === 'pkg:maven/com.fasterxml.jackson.core/jackson-databind@2.9.1')?.locations).toEqual([{ file: 'java/pom.xml' }, { file: 'legacy/pom.xml' }]);
    expect(await validateCycloneDx(readFileSync(result.files.cyclonedx ?? '', 'utf8'))).toEqual({ valid: true, errors: [] });

    const warnings = s.logger.records.filter((e) => e.level === 'warning');
    expect(warnings.map((w) => w.message)).toEqual(expect.arrayContaining([expect.stringMatching(/^java\/pom\.xml is a lockfile this action does not read natively; its packages are read with Trivy/)]));
    expect(warnings.find((w) => w.message.startsWith('java/pom.xml'))?.properties).toMatchObject({ file: 'java/pom.xml' });

    expect(s.installs()).toBe(1);
    expect(releases.requests.filter((p) => p.startsWith('/aquasecurity/trivy/releases/download/'))).toHaveLength(1);
    expect(s.calls()).toEqual(
      ['java/pom.xml', 'legacy/pom.xml'].map((f) => ['fs', '--format', 'cyclonedx', '--output', expect.stringMatching(/trivy\.cdx\.json$/), '--quiet', '--', join(s.ws, f)]),
    );
  });

  it('names the file, says what Trivy said and how to go on when Trivy fails on it', async () => {
    const s = setup({}, { 'java/pom.xml': 'fail:run error: fs scan error: scan error: scan failed: failed analysis: pom.xml: unable to parse POM: XML syntax error on line 3' });
    const error = await runSbom(s.inputs, s.context, { logger: s.logger, lockfileScanner: s.sources.lockfile }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as ConfigurationError).file).toBe('java/pom.xml');
    expect((error as ConfigurationError).message).toMatch(/^java\/pom\.xml has no native reader, and Trivy could not read it: Trivy could not describe java\/pom\.xml \(it exited with code 1\): .*unable to parse POM.* Set 'fallback: none'/);
  });
});

describe('fallback: none, and Trivy missing', () => {
  it('only warns, leaves the lockfile out and installs nothing', async () => {
    const s = setup({ fallback: 'none' }, {});
    const before = releases.requests.length;
    const result = await runSbom(s.inputs, s.context, { logger: s.logger, lockfileScanner: s.sources.lockfile });
    expect(result.lockfiles.map((l) => l.file)).toEqual(['npm-v3/package-lock.json']);
    expect(result.notes.join('\n')).toMatch(/java\/pom\.xml is a lockfile this action does not read natively, and 'fallback' is 'none'/);
    expect(releases.requests.length).toBe(before);
    expect(s.installs()).toBe(0);
    expect(s.calls()).toEqual([]);
  });

  it('fails with what to do when nothing but unsupported lockfiles is found', async () => {
    const s = setup({ fallback: 'none', path: 'java' }, {});
    await expect(runSbom(s.inputs, s.context, { logger: s.logger, lockfileScanner: s.sources.lockfile })).rejects.toThrow(/found java\/pom\.xml\), and 'fallback' is 'none'\. Set 'fallback: trivy'/);
  });

  it('says Trivy is needed, naming the file, when the runner cannot provide it', async () => {
    const s = setup({}, {});
    const error = await runSbom(s.inputs, s.context, { logger: s.logger }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as ConfigurationError).message).toBe("java/pom.xml has no native reader, and Trivy is not available on this runner to read it. Set 'fallback: none' to leave it out of the SBOM with a warning, or add it to 'exclude'.");
  });

  it('refuses a fallback it does not know, naming the input', () => {
    expect(() => parseInputs(inputSchema, { env: { INPUT_FALLBACK: 'syft' } })).toThrow(/fallback/);
  });
});
