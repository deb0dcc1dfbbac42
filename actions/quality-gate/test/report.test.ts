import type { CoverageReport, Finding, TestCase, TestReport } from '@pipeline/reports';
import { describe, expect, it } from 'vitest';
import { evaluatePolicy } from '../src/evaluate.ts';
import type { GateResult } from '../src/gate.ts';
import { computeMetrics } from '../src/metrics.ts';
import { loadPolicy } from '../src/policy.ts';
import { buildAnnotations, ranges, renderComment, renderSummary } from '../src/report.ts';

async function result(over: Partial<GateResult> = {}): Promise<GateResult> {
  const policy = await loadPolicy('- tests.failed == 0\n- coverage.new-lines >= 80', '/', { newCodeMinLines: 1 });
  const failed: TestCase[] = Array.from({ length: 3 }, (_, i) => ({ suite: 's', name: `t${i}`, file: 'src/a.ts', line: 10 + i, status: 'failed', message: 'boom' }));
  const findings: Finding[] = [
    { tool: 'eslint', ruleId: 'w', level: 'warning', message: 'warn', file: 'src/a.ts', line: 3, fingerprint: 'w' },
    { tool: 'eslint', ruleId: 'e', level: 'error', message: 'err', file: 'src/a.ts', line: 4, fingerprint: 'e' },
  ];
  const tests: TestReport[] = [{ kind: 'tests', format: 'junit', source: 'j.xml', cases: failed, totals: { total: 4, passed: 1, failed: 3, errors: 0, skipped: 0, flaky: 0, durationMs: 1 } }];
  const coverage: CoverageReport[] = [
    { kind: 'coverage', format: 'lcov', source: 'l', perLine: true, files: [{ path: 'src/a.ts', lines: new Map([[1, 0], [2, 0], [3, 1], [7, 0]]) }], totals: { lines: { covered: 1, total: 4 } } },
  ];
  const computed = computeMetrics({
    tests,
    coverage,
    findings: [{ kind: 'findings', format: 'sarif', source: 's', findings }],
    load: [],
    newCode: { changed: new Map([['src/a.ts', new Set([1, 2, 3, 4, 7])]]) },
    newCodeMinLines: 1,
    baseline: undefined,
    baselineMissing: 'no baseline stored',
  });
  return {
    verdict: evaluatePolicy(policy, computed.metrics),
    metrics: computed.metrics,
    policyOrigin: 'inline policy',
    reports: [],
    tests,
    coverage,
    load: [],
    findingsReports: 1,
    failedTests: failed,
    allFindings: findings,
    newFindings: computed.newFindings,
    newFindingsBasis: computed.newFindingsBasis,
    diff: computed.diff,
    mergeBase: 'abc',
    baseline: undefined,
    baselineNote: 'No baseline.',
    ...over,
  };
}

describe('report', () => {
  it('collapses line numbers into ranges', () => {
    expect(ranges([1, 2, 3, 5, 7, 8])).toEqual(['1-3', '5', '7-8']);
    expect(ranges([])).toEqual([]);
  });

  it('orders annotations: failed tests, new errors, uncovered new code, then the rest', async () => {
    const annotations = buildAnnotations(await result());
    expect(annotations.map((a) => `${a.level}:${a.title.split(':')[0]}`)).toEqual([
      'failure:Test failed',
      'failure:Test failed',
      'failure:Test failed',
      'failure:eslint',
      'warning:Changed lines not covered by tests',
      'warning:Changed lines not covered by tests',
      'warning:eslint',
    ]);
    expect(annotations[4]).toMatchObject({ path: 'src/a.ts', startLine: 1, endLine: 2, message: 'Lines 1-2 were changed but no test covers them.' });
  });

  it('renders the verdict, the conditions and the charts, and keeps the comment small', async () => {
    const r = await result();
    const md = renderSummary(r).render();
    expect(md).toContain('❌ Quality gate failed: 2 condition(s) not met');
    expect(md).toContain('| `tests.failed == 0` | 3 | ❌ failed |');
    expect(md).toContain('| `coverage.new-lines >= 80` | 25% | ❌ failed |');
    expect(md).toContain('pie showData title Test results');
    expect(md).toContain('xychart-beta');
    const comment = renderComment(r, { runUrl: 'https://github.com/o/r/actions/runs/1' });
    expect(comment).toContain('[run](https://github.com/o/r/actions/runs/1)');
    expect(comment.length).toBeLessThan(65_536);
  });
});
