// The real stages wired as the bundle wires them, run in-process on the project's own reports
// and lockfiles (no Trivy: that stage is covered by the bundle test with the Trivy stand-in).
import { cpSync, existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MemoryLogger, inputVariable, parseInputs, readRunContext } from '@pipeline/core';
import { gateOutputs, runStages } from '../src/gate.ts';
import { inputSchema } from '../src/inputs.ts';
import { planStages, runnerStages } from '../src/stages.ts';
import { renderGateSummary } from '../src/summary.ts';

const root = join(import.meta.dirname, '..', '..', '..');
const SHA = 'c'.repeat(40);

/** A checkout holding copies of the project's own reports and one of its generated lockfiles. */
function checkout(): { ws: string; temp: string; eventPath: string } {
  const base = mkdtempSync(join(tmpdir(), 'ci-gate-stages-'));
  const ws = join(base, 'ws');
  cpSync(join(root, 'test', 'fixtures', 'own'), join(ws, 'reports'), { recursive: true });
  cpSync(join(root, 'test', 'fixtures', 'lockfiles', 'npm-v3'), join(ws, 'app'), { recursive: true });
  const temp = join(base, 'temp');
  mkdirSync(temp);
  const eventPath = join(base, 'event.json');
  writeFileSync(eventPath, JSON.stringify({ ref: 'refs/heads/main', repository: { full_name: 'o/r', default_branch: 'main' } }));
  return { ws, temp, eventPath };
}

async function gate(settings: Record<string, string>) {
  const { ws, temp, eventPath } = checkout();
  const context = readRunContext({ GITHUB_WORKSPACE: ws, RUNNER_TEMP: temp, GITHUB_REPOSITORY: 'o/r', GITHUB_SHA: SHA, GITHUB_REF: 'refs/heads/main', GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: eventPath, GITHUB_JOB: 'gate' });
  const inputs = parseInputs(inputSchema, { env: Object.fromEntries(Object.entries(settings).map(([k, v]) => [inputVariable(k), v])) });
  const logger = new MemoryLogger();
  // No runner services in this environment: no artifact upload, no Actions cache, no tool cache.
  const verdict = await runStages(runnerStages(planStages(inputs), inputs, { context, logger, env: { RUNNER_TEMP: temp } }), { logger, failureLevel: 'error' });
  return { ws, verdict, logger };
}

const REPORTS = 'reports/vitest-junit.xml\nreports/core.lcov\nreports/eslint.sarif';

describe('the real stages in one process', () => {
  it('judges the project\'s own reports and describes its lockfile, with one section per stage', async () => {
    const { ws, verdict, logger } = await gate({ stages: 'quality-gate, sbom', reports: REPORTS, policy: '- tests.failed == 0\n- coverage.lines >= 45', path: 'app', 'baseline-path': '.baselines' });

    expect(verdict.stages.map((s) => [s.name, s.status])).toEqual([
      ['quality-gate', 'passed'],
      ['trivy-scan', 'skipped'],
      ['sbom', 'passed'],
    ]);
    const outputs = gateOutputs(verdict);
    // vitest-junit.xml: 18 tests, none failed; core.lcov: 130 of 285 lines (see test/fixtures/own/README.md).
    expect(outputs).toMatchObject({ passed: true, tests: 18, failed: 0, coverage: '45.61', 'quality-gate-outcome': 'passed', 'trivy-scan-outcome': 'skipped', 'sbom-outcome': 'passed' });
    expect(Number(outputs['components'])).toBeGreaterThan(0);
    expect(existsSync(String(outputs['cyclonedx-path']))).toBe(true);
    expect(existsSync(String(outputs['results-path']))).toBe(true);
    // A default-branch push stores the gate's baseline.
    expect(existsSync(join(ws, '.baselines', `quality-gate-${SHA}.json`))).toBe(true);
    expect(logger.messages('info')).toContain('No github-token, so no check run or pull-request comment; the job summary has the results.');

    const markdown = renderGateSummary(verdict);
    expect(markdown.split('\n')[0]).toBe('# ✅ CI gate passed: quality-gate, sbom (1 skipped)');
    expect(markdown.indexOf('Quality gate passed: 2 of 2 conditions met')).toBeGreaterThan(0);
    expect(markdown.indexOf('## SBOM generated')).toBeGreaterThan(markdown.indexOf('Quality gate passed: 2 of 2 conditions met'));
  });

  it('runs sbom after quality-gate could not read its reports, and stores nothing on a dry run', async () => {
    const { ws, verdict, logger } = await gate({ stages: 'quality-gate, sbom', reports: 'reports/missing-*.xml', path: 'app', 'baseline-path': '.baselines', 'dry-run': 'true', 'sbom-format': 'spdx' });
    expect(verdict.stages.map((s) => s.status)).toEqual(['error', 'skipped', 'passed']);
    expect(logger.records.find((r) => r.level === 'error')).toMatchObject({ message: expect.stringMatching(/^Input 'reports': the pattern 'reports\/missing-\*\.xml' matched no files/), properties: { title: "quality-gate: Input 'reports'" } });
    expect(gateOutputs(verdict)).toMatchObject({ passed: false, 'failed-stages': 'quality-gate', 'spdx-path': expect.stringMatching(/\.spdx\.json$/) });
    expect(existsSync(join(ws, '.baselines'))).toBe(false);
  });

  it('names sbom-format, not sbom\'s own format, when the SBOM stage refuses it', async () => {
    const { verdict, logger } = await gate({ stages: 'sbom', path: 'app', 'sbom-format': 'xml' });
    expect(verdict.stages.at(-1)).toMatchObject({ status: 'error', headline: expect.stringMatching(/^Input 'sbom-format' has 'xml'/) });
    expect(logger.records.find((r) => r.level === 'error')?.properties?.title).toBe("sbom: Input 'sbom-format'");
  });
});
