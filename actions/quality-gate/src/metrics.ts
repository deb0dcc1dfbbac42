import type { StoredBaseline } from '@pipeline/baseline';
import { computeDiffCoverage, type CoverageReport, type DiffCoverage, type Finding, type FindingsReport, type LoadReport, type Ratio, type TestReport } from '@pipeline/reports';

type Unit = '%' | 'count' | 'ms' | 'points';

interface MetricSpec {
  unit: Unit;
  description: string;
}

/** Every metric a policy condition may name. Percentages are 0-100. */
export const METRICS = {
  'tests.total': { unit: 'count', description: 'test cases run (retries folded)' },
  'tests.passed': { unit: 'count', description: 'test cases that passed, flaky ones included' },
  'tests.failed': { unit: 'count', description: 'test cases that failed or errored' },
  'tests.errors': { unit: 'count', description: 'test cases that errored' },
  'tests.skipped': { unit: 'count', description: 'test cases skipped or disabled' },
  'tests.flaky': { unit: 'count', description: 'test cases that passed only on a retry' },
  'tests.pass-rate': { unit: '%', description: 'passed / (total - skipped)' },
  'coverage.lines': { unit: '%', description: 'covered executable lines, all reports merged' },
  'coverage.branches': { unit: '%', description: 'covered branches' },
  'coverage.functions': { unit: '%', description: 'covered functions' },
  'coverage.new-lines': { unit: '%', description: 'covered executable lines among the lines changed since the merge base' },
  'coverage.delta': { unit: 'points', description: 'line coverage minus the baseline line coverage, in percentage points' },
  'findings.total': { unit: 'count', description: 'lint and SARIF findings' },
  'findings.error': { unit: 'count', description: 'findings at error level' },
  'findings.warning': { unit: 'count', description: 'findings at warning level' },
  'findings.note': { unit: 'count', description: 'findings at note level' },
  'findings.new': { unit: 'count', description: 'findings not in the baseline (or, with no baseline, on changed lines)' },
  'findings.new.error': { unit: 'count', description: 'new findings at error level' },
  'findings.new.warning': { unit: 'count', description: 'new findings at warning level' },
  'findings.new.note': { unit: 'count', description: 'new findings at note level' },
  'load.requests': { unit: 'count', description: 'requests made by the load test' },
  'load.error-rate': { unit: '%', description: 'failed requests / requests' },
  'load.p95-ms': { unit: 'ms', description: '95th percentile response time (worst across load reports)' },
  'load.p99-ms': { unit: 'ms', description: '99th percentile response time' },
  'load.avg-ms': { unit: 'ms', description: 'mean response time' },
  'load.p95-regression': { unit: '%', description: 'p95 change against the baseline, in percent (positive is slower)' },
} as const satisfies Record<string, MetricSpec>;

export type MetricName = keyof typeof METRICS;

export function isMetricName(name: string): name is MetricName {
  return Object.hasOwn(METRICS, name);
}

/** A metric's value, or why there is none: absence is reported, never treated as a pass. */
export type MetricValue = { value: number } | { value?: undefined; missing: string };

export type Metrics = Record<MetricName, MetricValue>;

/** What a default-branch run stores for later pull requests to compare against. */
export interface Baseline extends StoredBaseline {
  createdAt: string;
  coverageLines?: number;
  loadP95Ms?: number;
  findings: string[];
}

export interface NewCode {
  /** Changed lines per file on the new side, or why they are unknown. */
  changed?: Map<string, Set<number>>;
  missing?: string;
}

export interface MergedCoverage {
  lines?: Ratio;
  branches?: Ratio;
  functions?: Ratio;
  /** Per file, executable line to hits, merged across reports (covered if any report covers it). */
  files: Map<string, Map<number, number>>;
}

export function mergeCoverage(reports: readonly CoverageReport[]): MergedCoverage {
  const files = new Map<string, Map<number, number>>();
  const add = (a: Ratio | undefined, b: Ratio | undefined): Ratio | undefined =>
    b === undefined ? a : { covered: (a?.covered ?? 0) + b.covered, total: (a?.total ?? 0) + b.total };
  let summaryLines: Ratio | undefined;
  let branches: Ratio | undefined;
  let functions: Ratio | undefined;
  for (const report of reports) {
    branches = add(branches, report.totals.branches);
    functions = add(functions, report.totals.functions);
    if (!report.perLine) {
      summaryLines = add(summaryLines, report.totals.lines);
      continue;
    }
    for (const file of report.files) {
      let lines = files.get(file.path);
      if (!lines) {
        lines = new Map();
        files.set(file.path, lines);
      }
      for (const [line, hits] of file.lines) lines.set(line, Math.max(lines.get(line) ?? 0, hits));
    }
  }
  let lines = summaryLines;
  if (files.size > 0) {
    let covered = 0;
    let total = 0;
    for (const map of files.values()) {
      for (const hits of map.values()) {
        total += 1;
        if (hits > 0) covered += 1;
      }
    }
    lines = add(lines, { covered, total });
  }
  return { files, ...(lines ? { lines } : {}), ...(branches ? { branches } : {}), ...(functions ? { functions } : {}) };
}

export interface MetricInputs {
  tests: readonly TestReport[];
  coverage: readonly CoverageReport[];
  findings: readonly FindingsReport[];
  load: readonly LoadReport[];
  newCode: NewCode;
  newCodeMinLines: number;
  baseline: Baseline | undefined;
  baselineMissing: string;
}

export interface ComputedMetrics {
  metrics: Metrics;
  diff: DiffCoverage | undefined;
  newFindings: Finding[] | undefined;
  /** How "new" was decided, for the summary. */
  newFindingsBasis: string;
}

const pct = (r: Ratio | undefined): number | undefined => (r && r.total > 0 ? (r.covered / r.total) * 100 : undefined);

export function computeMetrics(input: MetricInputs): ComputedMetrics {
  const values: Partial<Record<MetricName, MetricValue>> = {};
  const set = (name: MetricName, value: number | undefined, missing: string): void => {
    values[name] = value === undefined || Number.isNaN(value) ? { missing } : { value };
  };

  const noTests = 'no test report was read';
  const counts = { total: 0, passed: 0, failed: 0, errors: 0, skipped: 0, flaky: 0 };
  for (const report of input.tests) {
    counts.total += report.totals.total;
    counts.passed += report.totals.passed;
    counts.failed += report.totals.failed + report.totals.errors;
    counts.errors += report.totals.errors;
    counts.skipped += report.totals.skipped;
    counts.flaky += report.totals.flaky;
  }
  const haveTests = input.tests.length > 0;
  for (const key of ['total', 'passed', 'failed', 'errors', 'skipped', 'flaky'] as const) set(`tests.${key}`, haveTests ? counts[key] : undefined, noTests);
  const ran = counts.total - counts.skipped;
  set('tests.pass-rate', haveTests && ran > 0 ? (counts.passed / ran) * 100 : undefined, haveTests ? 'every test was skipped' : noTests);

  const merged = mergeCoverage(input.coverage);
  const noCoverage = input.coverage.length === 0 ? 'no coverage report was read' : 'the coverage reports have no data of this kind';
  set('coverage.lines', pct(merged.lines), noCoverage);
  set('coverage.branches', pct(merged.branches), noCoverage);
  set('coverage.functions', pct(merged.functions), noCoverage);
  const lines = pct(merged.lines);
  set(
    'coverage.delta',
    lines !== undefined && input.baseline?.coverageLines !== undefined ? lines - input.baseline.coverageLines : undefined,
    lines === undefined ? noCoverage : input.baseline ? 'the baseline has no line coverage' : input.baselineMissing,
  );

  let diff: DiffCoverage | undefined;
  if (input.coverage.length === 0) {
    set('coverage.new-lines', undefined, 'no coverage report was read');
  } else if (merged.files.size === 0) {
    set('coverage.new-lines', undefined, 'the coverage reports have totals only, no per-line data');
  } else if (!input.newCode.changed) {
    set('coverage.new-lines', undefined, input.newCode.missing ?? 'the changed lines are unknown');
  } else {
    diff = computeDiffCoverage(input.coverage, input.newCode.changed, { minLines: input.newCodeMinLines });
    if (diff.skipped || diff.percent === undefined) {
      set('coverage.new-lines', undefined, `only ${diff.measured} changed executable line(s), below the minimum of ${input.newCodeMinLines}`);
    } else {
      set('coverage.new-lines', diff.percent, '');
    }
  }

  const all = input.findings.flatMap((r) => r.findings);
  const haveFindings = input.findings.length > 0;
  const noFindings = 'no lint or SARIF report was read';
  set('findings.total', haveFindings ? all.length : undefined, noFindings);
  for (const level of ['error', 'warning', 'note'] as const) set(`findings.${level}`, haveFindings ? all.filter((f) => f.level === level).length : undefined, noFindings);

  let newFindings: Finding[] | undefined;
  let basis: string;
  if (!haveFindings) {
    basis = noFindings;
  } else if (input.baseline) {
    const known = new Set(input.baseline.findings);
    newFindings = all.filter((f) => !known.has(f.fingerprint));
    basis = `compared by fingerprint with the baseline of ${input.baseline.sha.slice(0, 12)}`;
  } else if (input.newCode.changed) {
    const changed = input.newCode.changed;
    newFindings = all.filter((f) => f.file !== undefined && f.line !== undefined && changed.get(f.file)?.has(f.line) === true);
    basis = `${input.baselineMissing}; findings on changed lines count as new`;
  } else {
    basis = `${input.baselineMissing}, and ${input.newCode.missing ?? 'the changed lines are unknown'}`;
  }
  set('findings.new', newFindings?.length, basis);
  for (const level of ['error', 'warning', 'note'] as const) set(`findings.new.${level}`, newFindings?.filter((f) => f.level === level).length, basis);

  const noLoad = 'no load-test report was read';
  const haveLoad = input.load.length > 0;
  const requests = input.load.reduce((n, r) => n + r.requests, 0);
  const failed = input.load.reduce((n, r) => n + r.failedRequests, 0);
  const p95 = haveLoad ? Math.max(...input.load.map((r) => r.p95Ms)) : undefined;
  const p99s = input.load.map((r) => r.p99Ms).filter((v): v is number => v !== undefined);
  const avg = requests > 0 ? input.load.reduce((n, r) => n + (r.avgMs ?? Number.NaN) * r.requests, 0) / requests : undefined;
  set('load.requests', haveLoad ? requests : undefined, noLoad);
  set('load.error-rate', haveLoad && requests > 0 ? (failed / requests) * 100 : undefined, haveLoad ? 'the load test made no requests' : noLoad);
  set('load.p95-ms', p95, noLoad);
  set('load.p99-ms', p99s.length > 0 ? Math.max(...p99s) : undefined, haveLoad ? 'the load reports have no p99' : noLoad);
  set('load.avg-ms', avg, haveLoad ? 'the load reports have no mean' : noLoad);
  const baseP95 = input.baseline?.loadP95Ms;
  set(
    'load.p95-regression',
    p95 !== undefined && baseP95 !== undefined && baseP95 > 0 ? ((p95 - baseP95) / baseP95) * 100 : undefined,
    p95 === undefined ? noLoad : input.baseline ? 'the baseline has no load-test p95' : input.baselineMissing,
  );

  return { metrics: values as Metrics, diff, newFindings, newFindingsBasis: basis };
}
