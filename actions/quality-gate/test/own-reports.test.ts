// Reports this project produced with real tools (see test/fixtures/own/README.md): one coverage
// run written in four formats must read to the same line figures, and the gate must agree.
import { join } from 'node:path';
import { readReport, type CoverageReport } from '@pipeline/reports';
import { describe, expect, it } from 'vitest';
import { evaluatePolicy } from '../src/evaluate.ts';
import { computeMetrics } from '../src/metrics.ts';
import { loadPolicy } from '../src/policy.ts';

const root = join(import.meta.dirname, '..', '..', '..');
const own = (name: string): string => join(root, 'test', 'fixtures', 'own', name);

describe('the project\'s own reports', () => {
  it('reads the same line coverage from LCOV, Cobertura, Istanbul final and summary of one run', async () => {
    const formats = ['core.lcov', 'core-cobertura.xml', 'core-coverage-final.json', 'core-coverage-summary.json'];
    const reports = (await Promise.all(formats.map((f) => readReport(own(f), { workspace: root })))) as CoverageReport[];
    expect(reports.map((r) => r.format)).toEqual(['lcov', 'cobertura', 'istanbul-final', 'istanbul-summary']);
    for (const report of reports) expect(report.totals.lines).toEqual({ covered: 130, total: 285 });
    // Per-line formats agree file by file, line by line, on what was covered. Cobertura's
    // <source> is the absolute checkout the report was made in (/work/main); in a clone
    // elsewhere that lies outside the workspace and the path rightly stays absolute, so files
    // are compared by their repository path.
    const repoPath = (path: string): string => path.slice(path.indexOf('packages/core/'));
    const covered = (r: CoverageReport): string[] => r.files.flatMap((f) => [...f.lines].filter(([, h]) => h > 0).map(([l]) => `${repoPath(f.path)}:${l}`)).sort();
    expect(covered(reports[1]!)).toEqual(covered(reports[0]!));
    expect(covered(reports[2]!)).toEqual(covered(reports[0]!));
    expect(reports[0]!.files.map((f) => f.path)).toContain('packages/core/src/inputs.ts');
    expect(reports[1]!.files.map((f) => repoPath(f.path))).toContain('packages/core/src/inputs.ts');
  });

  it('reads vitest\'s JUnit and ESLint\'s SARIF, and the gate judges them', async () => {
    const junit = await readReport(own('vitest-junit.xml'), { workspace: root });
    const sarif = await readReport(own('eslint.sarif'), { workspace: root });
    const lcov = await readReport(own('core.lcov'), { workspace: root });
    if (junit.kind !== 'tests' || sarif.kind !== 'findings' || lcov.kind !== 'coverage') throw new Error('wrong kinds');
    expect(junit.totals).toMatchObject({ total: 18, passed: 18, failed: 0, skipped: 0 });
    expect(sarif.findings).toHaveLength(191);
    expect(new Set(sarif.findings.map((f) => f.level))).toEqual(new Set(['warning']));
    expect(new Set(sarif.findings.map((f) => f.tool))).toEqual(new Set(['ESLint']));

    const policy = await loadPolicy('- tests.failed == 0\n- coverage.lines >= 45\n- coverage.lines >= 50\n- findings.error == 0', root, { newCodeMinLines: 5 });
    const { metrics } = computeMetrics({
      tests: [junit],
      coverage: [lcov],
      findings: [sarif],
      load: [],
      newCode: { missing: 'not a pull request' },
      newCodeMinLines: 5,
      baseline: undefined,
      baselineMissing: 'none',
    });
    expect(metrics['coverage.lines'].value).toBeCloseTo(45.61, 2);
    expect(evaluatePolicy(policy, metrics).results.map((r) => r.status)).toEqual(['passed', 'passed', 'failed', 'passed']);
  });
});
