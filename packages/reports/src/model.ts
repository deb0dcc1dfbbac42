/**
 * One model for every report the suite reads. Parsers for JUnit, coverage, lint,
 * security and load-test formats all produce one of these shapes, with every file
 * path already normalised to repository-relative POSIX form.
 */

export type ReportFormat =
  | 'junit'
  | 'lcov'
  | 'cobertura'
  | 'istanbul-final'
  | 'istanbul-summary'
  | 'jacoco'
  | 'sarif'
  | 'checkstyle'
  | 'k6'
  | 'locust';

export type ReportKind = 'tests' | 'coverage' | 'findings' | 'load';

export type TestStatus = 'passed' | 'failed' | 'error' | 'skipped' | 'flaky';

export interface TestCase {
  /** Name of the innermost enclosing test suite. */
  suite: string;
  name: string;
  classname?: string;
  /** Repository-relative source file, when the producer says or it can be derived. */
  file?: string;
  line?: number;
  status: TestStatus;
  durationMs?: number;
  /** First line of the failure/error message. */
  message?: string;
  /** Full failure text (stack trace), capped by the parser. */
  details?: string;
  /** How many extra runs (rerunFailure/flakyFailure or repeated cases) were folded into this one. */
  retries?: number;
}

export interface TestTotals {
  total: number;
  passed: number;
  failed: number;
  errors: number;
  skipped: number;
  flaky: number;
  durationMs: number;
}

export interface TestReport {
  kind: 'tests';
  format: 'junit';
  /** The report file, repository-relative. */
  source: string;
  /**
   * One case per distinct test, repeated runs folded, in document order. Passing
   * cases are only listed when asked for (`keepPassed`: readReport's default is
   * false, parseJunit's true); they are always counted in `totals`, so count
   * tests from the totals, never from this list.
   */
  cases: TestCase[];
  totals: TestTotals;
}

export interface Ratio {
  covered: number;
  total: number;
}

export interface FileCoverage {
  /** Repository-relative POSIX path of the covered source file. */
  path: string;
  /** Executable line number to hit count (0 means measured and not covered). */
  lines: Map<number, number>;
  branches?: Ratio;
  functions?: Ratio;
}

export interface CoverageReport {
  kind: 'coverage';
  format: 'lcov' | 'cobertura' | 'istanbul-final' | 'istanbul-summary' | 'jacoco';
  source: string;
  files: FileCoverage[];
  /** Totals as the producer states them; for summary-only formats this is all there is. */
  totals: { lines: Ratio; branches?: Ratio; functions?: Ratio };
  /** False when the format carries only totals (istanbul-summary): no per-line data, so no diff coverage. */
  perLine: boolean;
}

export type FindingLevel = 'error' | 'warning' | 'note';

export interface Finding {
  tool: string;
  ruleId: string;
  level: FindingLevel;
  message: string;
  file?: string;
  line?: number;
  endLine?: number;
  column?: number;
  endColumn?: number;
  /** Stable identity across commits: partialFingerprints when given, else derived from rule, file and message. */
  fingerprint: string;
  /** GitHub's 0-10 security severity, when the producer gives one. */
  securitySeverity?: number;
}

export interface FindingsReport {
  kind: 'findings';
  format: 'sarif' | 'checkstyle';
  source: string;
  findings: Finding[];
}

export interface LoadReport {
  kind: 'load';
  format: 'k6' | 'locust';
  source: string;
  requests: number;
  failedRequests: number;
  /** Failed requests / requests, from 0 to 1. */
  errorRate: number;
  p95Ms: number;
  p99Ms?: number;
  avgMs?: number;
  medianMs?: number;
  requestsPerSecond?: number;
}

export type ParsedReport = TestReport | CoverageReport | FindingsReport | LoadReport;

/** What every parser gets besides the bytes. */
export interface ParseContext {
  /** Report file as shown to users (repository-relative when inside the workspace). */
  source: string;
  /** Absolute workspace root that producer paths are made relative to. */
  workspace: string;
}
