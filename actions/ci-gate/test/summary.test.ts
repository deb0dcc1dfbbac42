// The one job summary: header with the combined verdict, one section per stage, all within GitHub's 1 MiB.
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STEP_SUMMARY_LIMIT_BYTES, SummaryBuilder } from '@pipeline/core';
import type { GateVerdict, StageReport } from '../src/gate.ts';
import { renderGateSummary, shareBudget, writeStepSummary } from '../src/summary.ts';

const bytes = (text: string): number => Buffer.byteLength(text, 'utf8');

/** A stage section like the actions write: a verdict heading first, then a table of `rows` rows. */
function section(title: string, rows: number): SummaryBuilder {
  const s = new SummaryBuilder().heading(title, 2);
  s.text(`Verdict line of ${title}.`, 0);
  s.table(['ID', 'Where', 'Message'], Array.from({ length: rows }, (_, i) => [`ID-${i}`, `src/file-${i}.ts:${i}`, `a finding message long enough to take room ${'x'.repeat(60)}`]), { priority: 5, noun: 'findings' });
  return s;
}

function report(name: StageReport['name'], status: StageReport['status'], headline: string, rows?: number, detail?: string): StageReport {
  return { name, status, headline, outputs: {}, durationMs: status === 'skipped' ? 0 : 1500, ...(rows === undefined ? {} : { section: section(`${name} section`, rows) }), ...(detail ? { detail } : {}) };
}

const verdictOf = (...stages: StageReport[]): GateVerdict => ({ passed: stages.every((s) => s.status === 'passed' || s.status === 'skipped'), stages });

describe('renderGateSummary', () => {
  it('puts the combined verdict and a stage table first, then each stage\'s section in order', () => {
    const markdown = renderGateSummary(
      verdictOf(report('quality-gate', 'skipped', "no 'reports' given"), report('trivy-scan', 'failed', 'Trivy scan failed: 1 finding(s) at or above HIGH', 3), report('sbom', 'passed', 'SBOM: 3 components', 2)),
      { runUrl: 'https://github.com/o/r/actions/runs/1' },
    );
    const lines = markdown.split('\n');
    expect(lines[0]).toBe('# ❌ CI gate failed: trivy-scan failed');
    expect(markdown).toContain('| quality-gate | ⏭️ skipped | no \'reports\' given | — |');
    expect(markdown).toContain('| trivy-scan | ❌ failed | Trivy scan failed: 1 finding(s) at or above HIGH | 1.5 s |');
    expect(markdown).toContain('| sbom | ✅ passed | SBOM: 3 components | 1.5 s |');
    expect(markdown).toContain('[Workflow run](https://github.com/o/r/actions/runs/1)');
    expect(markdown.indexOf('## trivy-scan section')).toBeGreaterThan(markdown.indexOf('| sbom |'));
    expect(markdown.indexOf('## sbom section')).toBeGreaterThan(markdown.indexOf('## trivy-scan section'));
    expect(markdown).not.toContain('quality-gate section');
  });

  it('shows what stopped a stage that did not finish, after what it had written', () => {
    const markdown = renderGateSummary(verdictOf(report('quality-gate', 'error', "Input 'reports': no files", 1, "Input 'reports': no files\nCheck the path.")));
    expect(markdown).toContain('| quality-gate | ⚠️ did not finish |');
    expect(markdown).toMatch(/## quality-gate section[\s\S]*## ⚠️ quality-gate did not finish\n\n```text\nInput 'reports': no files\nCheck the path.\n```/);
  });

  it('says why a failed verdict does not fail the step', () => {
    const markdown = renderGateSummary(verdictOf(report('sbom', 'failed', 'SBOM check failed')), { notFailing: 'dry-run: a failed verdict does not fail the step' });
    expect(markdown.split('\n').slice(0, 3).join('\n')).toContain('_dry-run: a failed verdict does not fail the step_');
  });

  it('fits three huge sections into 1 MiB, and a small section is never cut for a big one', () => {
    const verdict = verdictOf(report('quality-gate', 'failed', 'Quality gate failed', 12_000), report('trivy-scan', 'failed', 'Trivy scan failed', 12_000), report('sbom', 'passed', 'SBOM ok', 4));
    const markdown = renderGateSummary(verdict);
    expect(bytes(markdown)).toBeLessThanOrEqual(STEP_SUMMARY_LIMIT_BYTES);
    expect(bytes(markdown)).toBeGreaterThan(STEP_SUMMARY_LIMIT_BYTES * 0.9);
    for (const name of ['quality-gate', 'trivy-scan', 'sbom']) {
      expect(markdown).toContain(`## ${name} section`);
      expect(markdown).toContain(`Verdict line of ${name} section.`);
    }
    // The small section is whole; the big ones say how many rows they left out.
    expect(markdown).toContain('| ID-3 | src/file-3.ts:3 |');
    expect(markdown.match(/_\d+ more findings not shown\._/g)).toHaveLength(2);
  });

  it('stays within a smaller budget, as when earlier steps already wrote to the summary', () => {
    const verdict = verdictOf(report('trivy-scan', 'failed', 'Trivy scan failed', 500), report('sbom', 'passed', 'SBOM ok', 500));
    const markdown = renderGateSummary(verdict, { limitBytes: 30_000 });
    expect(bytes(markdown)).toBeLessThanOrEqual(30_000);
    expect(markdown).toContain('## trivy-scan section');
    expect(markdown).toContain('## sbom section');
  });
});

describe('shareBudget', () => {
  it('gives small needs all they ask and splits the rest evenly', () => {
    expect(shareBudget([100, 5_000, 10_000], 6_100)).toEqual([100, 3_000, 3_000]);
    expect(shareBudget([100, 200], 1_000)).toEqual([100, 200]);
    expect(shareBudget([], 1_000)).toEqual([]);
    expect(shareBudget([10, 10], -5)).toEqual([0, 0]);
  });
});

describe('writeStepSummary', () => {
  it('appends within what is left of the 1 MiB after earlier writes in the step', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'ci-gate-summary-')), 'summary.md');
    const earlier = STEP_SUMMARY_LIMIT_BYTES - 40_000;
    writeFileSync(path, 'x'.repeat(earlier));
    const verdict = verdictOf(report('trivy-scan', 'failed', 'Trivy scan failed', 5_000), report('sbom', 'passed', 'SBOM ok', 5));
    const written = writeStepSummary((limit) => renderGateSummary(verdict, { limitBytes: limit }), path);
    expect(statSync(path).size).toBeLessThanOrEqual(STEP_SUMMARY_LIMIT_BYTES);
    expect(readFileSync(path, 'utf8').slice(earlier)).toBe(written);
    expect(written).toContain('## sbom section');
    expect(writeStepSummary(() => 'never', undefined)).toBeUndefined();
  });
});
