import type { CoverageReport, Finding, FindingsReport, LoadReport, TestReport } from '@pipeline/reports';
import { describe, expect, it } from 'vitest';
import { computeMetrics, mergeCoverage, type MetricInputs } from '../src/metrics.ts';

const cov = (files: Record<string, [number, number][]>, extra: Partial<CoverageReport> = {}): CoverageReport => ({
  kind: 'coverage',
  format: 'lcov',
  source: 'lcov.info',
  perLine: true,
  files: Object.entries(files).map(([path, lines]) => ({ path, lines: new Map(lines) })),
  totals: { lines: { covered: 0, total: 0 } },
  ...extra,
});

const finding = (fingerprint: string, level: Finding['level'], file: string, line: number): Finding => ({ tool: 'eslint', ruleId: 'r', level, message: 'm', file, line, fingerprint });
const findings = (...list: Finding[]): FindingsReport => ({ kind: 'findings', format: 'sarif', source: 'x.sarif', findings: list });
const tests = (totals: Partial<TestReport['totals']>): TestReport => ({
  kind: 'tests',
  format: 'junit',
  source: 'junit.xml',
  cases: [],
  totals: { total: 0, passed: 0, failed: 0, errors: 0, skipped: 0, flaky: 0, durationMs: 0, ...totals },
});
const load = (p95Ms: number, requests: number, failedRequests: number): LoadReport => ({ kind: 'load', format: 'k6', source: 'k6.json', requests, failedRequests, errorRate: failedRequests / requests, p95Ms });

const base = (over: Partial<MetricInputs>): MetricInputs => ({
  tests: [],
  coverage: [],
  findings: [],
  load: [],
  newCode: { missing: 'not a pull request' },
  newCodeMinLines: 1,
  baseline: undefined,
  baselineMissing: 'no baseline stored',
  ...over,
});

describe('mergeCoverage and diffCoverage', () => {
  it('merges reports line by line: a line is covered when any report covers it', () => {
    const merged = mergeCoverage([cov({ 'src/a.ts': [[1, 0], [2, 3]] }), cov({ 'src/a.ts': [[1, 2], [3, 0]], 'src/b.ts': [[1, 0]] })]);
    expect(merged.lines).toEqual({ covered: 2, total: 4 });
  });
});

describe('computeMetrics', () => {
  it('sums tests, counting errors as failures', () => {
    const { metrics } = computeMetrics(base({ tests: [tests({ total: 10, passed: 6, failed: 1, errors: 1, skipped: 2, flaky: 1 }), tests({ total: 5, passed: 5 })] }));
    expect(metrics['tests.total']).toEqual({ value: 15 });
    expect(metrics['tests.failed']).toEqual({ value: 2 });
    expect(metrics['tests.pass-rate'].value).toBeCloseTo((11 / 13) * 100);
  });

  it('reports every absent metric with the reason, never a zero', () => {
    const { metrics } = computeMetrics(base({}));
    expect(metrics['tests.failed']).toEqual({ missing: 'no test report was read' });
    expect(metrics['coverage.new-lines']).toEqual({ missing: 'no coverage report was read' });
    expect(metrics['findings.new.error'].value).toBeUndefined();
    expect(metrics['load.p95-regression']).toEqual({ missing: 'no load-test report was read' });
  });

  it('skips diff coverage below the minimum of changed executable lines', () => {
    const coverage = [cov({ 'a.ts': [[1, 0], [2, 1]] })];
    const changed = new Map([['a.ts', new Set([1, 2])]]);
    const few = computeMetrics(base({ coverage, newCode: { changed }, newCodeMinLines: 5 }));
    expect(few.metrics['coverage.new-lines']).toEqual({ missing: 'only 2 changed executable line(s), below the minimum of 5' });
    expect(few.diff?.files[0]?.uncoveredLines).toEqual([1]);
    const enough = computeMetrics(base({ coverage, newCode: { changed }, newCodeMinLines: 2 }));
    expect(enough.metrics['coverage.new-lines']).toEqual({ value: 50 });
  });

  it('finds new findings by fingerprint against the baseline, else on changed lines', () => {
    const report = findings(finding('old', 'error', 'a.ts', 1), finding('new', 'error', 'a.ts', 7), finding('new2', 'warning', 'b.ts', 2));
    const withBaseline = computeMetrics(base({ findings: [report], baseline: { version: 1, sha: 'abc', createdAt: '', findings: ['old'] } }));
    expect(withBaseline.metrics['findings.new.error']).toEqual({ value: 1 });
    expect(withBaseline.metrics['findings.new']).toEqual({ value: 2 });
    const byDiff = computeMetrics(base({ findings: [report], newCode: { changed: new Map([['a.ts', new Set([7])]]) } }));
    expect(byDiff.newFindings?.map((f) => f.fingerprint)).toEqual(['new']);
    expect(byDiff.newFindingsBasis).toContain('findings on changed lines count as new');
  });

  it('computes load error rate in percent and the p95 regression against the baseline', () => {
    const { metrics } = computeMetrics(
      base({ load: [load(300, 1000, 5), load(600, 1000, 15)], baseline: { version: 1, sha: 'abc', createdAt: '', findings: [], loadP95Ms: 500, coverageLines: 70 } }),
    );
    expect(metrics['load.error-rate']).toEqual({ value: 1 });
    expect(metrics['load.p95-ms']).toEqual({ value: 600 });
    expect(metrics['load.p95-regression'].value).toBeCloseTo(20);
  });

  it('uses totals-only coverage for the overall figure but not for new code', () => {
    const summary = cov({}, { format: 'istanbul-summary', perLine: false, totals: { lines: { covered: 80, total: 100 } } });
    const { metrics } = computeMetrics(base({ coverage: [summary], newCode: { changed: new Map([['a.ts', new Set([1])]]) } }));
    expect(metrics['coverage.lines']).toEqual({ value: 80 });
    expect(metrics['coverage.new-lines']).toEqual({ missing: 'the coverage reports have totals only, no per-line data' });
  });
});
