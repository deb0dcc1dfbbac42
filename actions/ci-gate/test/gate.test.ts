// The composition with injected stages: order, isolation of failures, outputs and the step's verdict.
import { describe, expect, it } from 'vitest';
import { ConfigurationError, MemoryLogger, SummaryBuilder } from '@pipeline/core';
import { gateHeadline, gateOutputs, renameInput, runStages, stepFails, type Stage, type StageVerdict } from '../src/gate.ts';
import type { StageName } from '../src/inputs.ts';

/** A stage that records that it ran, writes a section and outputs, then returns or throws. */
function fake(name: StageName, ran: string[], result: StageVerdict | Error, outputs: Record<string, string | number> = {}, extra: Partial<Stage> = {}): Stage {
  return {
    name,
    ...extra,
    async run(sinks) {
      ran.push(name);
      sinks.summary(new SummaryBuilder().heading(`${name} section`, 2));
      sinks.setOutputs(outputs);
      if (result instanceof Error) throw result;
      return result;
    },
  };
}

const tick = (): (() => number) => {
  let now = 0;
  return () => (now += 250);
};

describe('runStages', () => {
  it('runs every stage in order even after one failed and one stopped on an error', async () => {
    const ran: string[] = [];
    const logger = new MemoryLogger();
    const verdict = await runStages(
      [
        fake('quality-gate', ran, new ConfigurationError("Input 'reports': the pattern 'x.xml' matched no files under .", { input: 'reports' })),
        fake('trivy-scan', ran, { passed: false, headline: 'Trivy scan failed: 1 finding(s) at or above HIGH' }, { findings: 1, 'new-findings': 1, passed: 'false' }),
        fake('sbom', ran, { passed: true, headline: 'SBOM: 3 components' }, { components: 3, paths: 'a\nb' }),
      ],
      { logger, failureLevel: 'error', clock: tick() },
    );

    expect(ran).toEqual(['quality-gate', 'trivy-scan', 'sbom']);
    expect(verdict.passed).toBe(false);
    expect(verdict.stages.map((s) => [s.name, s.status, s.durationMs])).toEqual([
      ['quality-gate', 'error', 250],
      ['trivy-scan', 'failed', 250],
      ['sbom', 'passed', 250],
    ]);
    // A stage that stopped still keeps the section it wrote before it stopped.
    expect(verdict.stages[0]!.section).toBeInstanceOf(SummaryBuilder);
    const errors = logger.records.filter((r) => r.level === 'error');
    expect(errors.map((r) => [r.message, r.properties?.title])).toEqual([
      ["Input 'reports': the pattern 'x.xml' matched no files under .", "quality-gate: Input 'reports'"],
      ['trivy-scan: Trivy scan failed: 1 finding(s) at or above HIGH', 'trivy-scan'],
    ]);
    expect(logger.messages('info')).toContain('sbom: SBOM: 3 components');

    expect(gateOutputs(verdict)).toEqual({
      passed: false,
      'failed-stages': 'quality-gate,trivy-scan',
      'quality-gate-outcome': 'error',
      'trivy-scan-outcome': 'failed',
      'sbom-outcome': 'passed',
      findings: 1,
      'trivy-scan-new-findings': 1,
      components: 3,
    });
    expect(gateHeadline(verdict)).toBe('CI gate failed: quality-gate did not finish, trivy-scan failed');
  });

  it('does not run a skipped stage, and skipped stages do not fail the gate', async () => {
    const ran: string[] = [];
    const logger = new MemoryLogger();
    const verdict = await runStages(
      [fake('quality-gate', ran, { passed: true, headline: 'ok' }, {}, { skip: "no 'reports' given" }), fake('trivy-scan', ran, { passed: true, headline: 'clean' }), fake('sbom', ran, { passed: true, headline: 'ok' })],
      { logger, failureLevel: 'error' },
    );
    expect(ran).toEqual(['trivy-scan', 'sbom']);
    expect(verdict.passed).toBe(true);
    expect(verdict.stages[0]).toMatchObject({ status: 'skipped', headline: "no 'reports' given", outputs: {} });
    expect(verdict.stages[0]!.section).toBeUndefined();
    expect(logger.messages('info')).toContain("[1/3] quality-gate: skipped: no 'reports' given.");
    expect(gateOutputs(verdict)).toMatchObject({ passed: true, 'failed-stages': '', 'quality-gate-outcome': 'skipped' });
    expect(gateHeadline(verdict)).toBe('CI gate passed: trivy-scan, sbom (1 skipped)');
  });

  it('annotates a failed verdict as a warning when the step will not fail on it', async () => {
    const logger = new MemoryLogger();
    await runStages([fake('trivy-scan', [], { passed: false, headline: 'Trivy scan failed' })], { logger, failureLevel: 'warning' });
    expect(logger.messages('warning')).toEqual(['trivy-scan: Trivy scan failed']);
    expect(logger.messages('error')).toEqual([]);
  });

  it('names the root action\'s input when a stage reports its own name for it', async () => {
    const logger = new MemoryLogger();
    const bad = new ConfigurationError("Input 'format' has 'xml': use 'cyclonedx' (CycloneDX 1.6 JSON), 'spdx' (SPDX 2.3 JSON) or both, comma-separated.", { input: 'format' });
    const verdict = await runStages([fake('sbom', [], bad, {}, { renamed: { format: 'sbom-format' } })], { logger, failureLevel: 'error' });
    expect(logger.records.find((r) => r.level === 'error')).toMatchObject({ message: expect.stringMatching(/^Input 'sbom-format' has 'xml'/), properties: { title: "sbom: Input 'sbom-format'" } });
    expect(verdict.stages[0]!.headline).toMatch(/^Input 'sbom-format' has 'xml'/);
  });

  it('reports a bug in a stage as a bug, with the stack only in debug output, and goes on', async () => {
    const ran: string[] = [];
    const logger = new MemoryLogger();
    const verdict = await runStages([fake('quality-gate', ran, new TypeError("Cannot read properties of undefined (reading 'x')")), fake('sbom', ran, { passed: true, headline: 'ok' })], { logger, failureLevel: 'error' });
    expect(ran).toEqual(['quality-gate', 'sbom']);
    expect(logger.messages('error')).toEqual(["Unexpected error in quality-gate (a bug in pipeline, please report it): Cannot read properties of undefined (reading 'x')"]);
    expect(logger.messages('debug').join('\n')).toContain('TypeError');
    expect(verdict.stages[0]!.status).toBe('error');
  });
});

describe('renameInput', () => {
  it('keeps the file and line, and leaves errors about other inputs alone', () => {
    const error = new ConfigurationError("Input 'target': 'X!' is not a valid image reference.", { input: 'target', file: 'a.yml', line: 3 });
    const renamed = renameInput(error, { target: 'image' });
    expect([renamed.message, renamed.input, renamed.file, renamed.line]).toEqual(["Input 'image': 'X!' is not a valid image reference.", 'image', 'a.yml', 3]);
    const other = new ConfigurationError("Input 'scanners' is empty.", { input: 'scanners' });
    expect(renameInput(other, { target: 'image' })).toBe(other);
  });
});

describe('stepFails', () => {
  const verdict = (...statuses: ('passed' | 'failed' | 'error' | 'skipped')[]): Parameters<typeof stepFails>[0] => ({
    passed: statuses.every((s) => s === 'passed' || s === 'skipped'),
    stages: statuses.map((status, i) => ({ name: (['quality-gate', 'trivy-scan', 'sbom'] as const)[i]!, status, headline: '', outputs: {}, durationMs: 0 })),
  });

  it.each([
    ['a passed gate', verdict('passed', 'skipped', 'passed'), { fail: true, dryRun: false }, false],
    ['a failed verdict', verdict('passed', 'failed', 'passed'), { fail: true, dryRun: false }, true],
    ["a failed verdict with 'fail: false'", verdict('passed', 'failed', 'passed'), { fail: false, dryRun: false }, false],
    ['a failed verdict on a dry run', verdict('failed', 'passed', 'passed'), { fail: true, dryRun: true }, false],
    ['a stage that could not run, even on a dry run', verdict('error', 'passed', 'passed'), { fail: false, dryRun: true }, true],
  ])('%s', (_, v, options, expected) => {
    expect(stepFails(v, options)).toBe(expected);
  });
});
