import { ConfigurationError, resolveInWorkspace, toRepoRelative, type Exec, type Logger } from '@pipeline/core';
import type { CoverageReport, DiffCoverage, Finding, FindingsReport, LoadReport, ParsedReport, ReportFormat, TestCase, TestReport } from '@pipeline/reports';
import type { BaselineStore } from './baseline.ts';
import { evaluatePolicy, type Verdict } from './evaluate.ts';
import { changedLines } from './git.ts';
import { computeMetrics, type Baseline, type Metrics, type NewCode } from './metrics.ts';
import type { Policy } from './policy.ts';

export const FORMATS: readonly ReportFormat[] = ['junit', 'lcov', 'cobertura', 'istanbul-final', 'istanbul-summary', 'jacoco', 'sarif', 'checkstyle', 'k6', 'locust'];

export interface GateDeps {
  logger: Logger;
  exec: Exec;
  readReport: (path: string, options: { workspace: string; format?: ReportFormat; maxBytes?: number }) => Promise<ParsedReport>;
  glob: (pattern: string, cwd: string) => Promise<string[]>;
  baselines: BaselineStore | undefined;
}

export interface GateOptions {
  workspace: string;
  /** Report globs are relative to this directory (inside the workspace). */
  workingDirectory: string;
  reports: readonly string[];
  ifNoFiles: 'error' | 'warn' | 'ignore';
  policy: Policy;
  maxReportBytes: number;
  /** The branch or commit new code is measured against (a PR's base); none on pushes. */
  base: string | undefined;
  /** Set on default-branch runs: store this run's results as the baseline for that commit. */
  saveBaselineFor: string | undefined;
}

export interface GateResult {
  verdict: Verdict;
  metrics: Metrics;
  policyOrigin: string;
  reports: { source: string; format: ReportFormat; kind: ParsedReport['kind'] }[];
  tests: TestReport[];
  coverage: CoverageReport[];
  load: LoadReport[];
  findingsReports: number;
  failedTests: TestCase[];
  allFindings: Finding[];
  newFindings: Finding[] | undefined;
  newFindingsBasis: string;
  diff: DiffCoverage | undefined;
  mergeBase: string | undefined;
  baseline: Baseline | undefined;
  /** One sentence on what the new-code comparison was based on, for every report. */
  baselineNote: string;
}

interface ReportSpec {
  pattern: string;
  format?: ReportFormat;
}

/** `junit:reports/*.xml` forces a format; a plain glob is detected by content. */
export function parseReportSpec(entry: string): ReportSpec {
  const match = /^([a-z0-9-]+):(.+)$/.exec(entry);
  if (match && FORMATS.includes(match[1] as ReportFormat)) return { format: match[1] as ReportFormat, pattern: match[2]?.trim() ?? '' };
  if (match && !match[2]?.startsWith('/') && !match[2]?.startsWith('\\')) {
    throw new ConfigurationError(`Input 'reports' entry '${entry}' names an unknown format '${match[1]}'. Formats: ${FORMATS.join(', ')}; or give a plain glob to detect the format by content.`, { input: 'reports' });
  }
  return { pattern: entry };
}

async function collectFiles(options: GateOptions, deps: GateDeps): Promise<{ path: string; format?: ReportFormat }[]> {
  const cwd = resolveInWorkspace(options.workspace, options.workingDirectory, { input: 'working-directory' });
  const seen = new Set<string>();
  const files: { path: string; format?: ReportFormat }[] = [];
  for (const entry of options.reports) {
    const spec = parseReportSpec(entry);
    const matches = (await deps.glob(spec.pattern, cwd)).sort();
    if (matches.length === 0) {
      const message = `Input 'reports': the pattern '${spec.pattern}' matched no files under ${toRepoRelative(options.workspace, cwd) || '.'}.`;
      if (options.ifNoFiles === 'error') throw new ConfigurationError(`${message} Check the path, or set 'if-no-files' to 'warn' or 'ignore'.`, { input: 'reports' });
      if (options.ifNoFiles === 'warn') deps.logger.warning(message);
      continue;
    }
    for (const match of matches) {
      const path = resolveInWorkspace(options.workspace, match, { input: 'reports' });
      if (seen.has(path)) continue;
      seen.add(path);
      files.push(spec.format ? { path, format: spec.format } : { path });
    }
  }
  return files;
}

export async function runGate(options: GateOptions, deps: GateDeps): Promise<GateResult> {
  const files = await collectFiles(options, deps);
  const parsed: ParsedReport[] = [];
  await deps.logger.group(`Reading ${files.length} report(s)`, async () => {
    for (const file of files) {
      const report = await deps.readReport(file.path, { workspace: options.workspace, maxBytes: options.maxReportBytes, ...(file.format ? { format: file.format } : {}) });
      deps.logger.info(`${report.source}: ${report.format} (${describe(report)})`);
      parsed.push(report);
    }
  });
  const tests = parsed.filter((r): r is TestReport => r.kind === 'tests');
  const coverage = parsed.filter((r): r is CoverageReport => r.kind === 'coverage');
  const findings = parsed.filter((r): r is FindingsReport => r.kind === 'findings');
  const load = parsed.filter((r): r is LoadReport => r.kind === 'load');

  let newCode: NewCode = { missing: 'this run is not for a pull request, so there is no new code to measure' };
  let mergeBase: string | undefined;
  if (options.base) {
    const changed = await changedLines(deps.exec, options.workspace, options.base);
    newCode = changed;
    mergeBase = changed.mergeBase;
    if (changed.missing) deps.logger.warning(`New-code conditions cannot be judged: ${changed.missing}.`);
  }

  let baseline: Baseline | undefined;
  let baselineMissing: string;
  if (!deps.baselines) {
    baselineMissing = 'baselines are off';
  } else if (!mergeBase) {
    baselineMissing = options.base ? 'no baseline: the merge base is unknown' : 'no baseline applies to this run';
  } else {
    baseline = await deps.baselines.load(mergeBase);
    baselineMissing = `no baseline is stored for the merge base ${mergeBase.slice(0, 12)} (baselines are saved by runs on the default branch)`;
  }

  const computed = computeMetrics({ tests, coverage, findings, load, newCode, newCodeMinLines: options.policy.newCodeMinLines, baseline, baselineMissing });
  const verdict = evaluatePolicy(options.policy, computed.metrics);

  if (options.saveBaselineFor && deps.baselines) {
    const toSave: Baseline = {
      version: 1,
      sha: options.saveBaselineFor,
      createdAt: new Date().toISOString(),
      findings: findings.flatMap((r) => r.findings.map((f) => f.fingerprint)),
      ...(computed.metrics['coverage.lines'].value === undefined ? {} : { coverageLines: computed.metrics['coverage.lines'].value }),
      ...(computed.metrics['load.p95-ms'].value === undefined ? {} : { loadP95Ms: computed.metrics['load.p95-ms'].value }),
    };
    await deps.baselines.save(toSave);
    deps.logger.info(`Stored the baseline for ${options.saveBaselineFor.slice(0, 12)} in ${deps.baselines.description}.`);
  }

  const baselineNote = baseline
    ? `Compared with the baseline of merge base \`${baseline.sha.slice(0, 12)}\`.`
    : options.saveBaselineFor && deps.baselines
      ? `Stored as the baseline for \`${options.saveBaselineFor.slice(0, 12)}\`.`
      : `No baseline: ${baselineMissing.replace(/^no baseline: /, '')}.`;

  return {
    verdict,
    metrics: computed.metrics,
    policyOrigin: options.policy.origin,
    reports: parsed.map((r) => ({ source: r.source, format: r.format, kind: r.kind })),
    tests,
    coverage,
    load,
    findingsReports: findings.length,
    failedTests: tests.flatMap((r) => r.cases.filter((c) => c.status === 'failed' || c.status === 'error')),
    allFindings: findings.flatMap((r) => r.findings),
    newFindings: computed.newFindings,
    newFindingsBasis: computed.newFindingsBasis,
    diff: computed.diff,
    mergeBase,
    baseline,
    baselineNote,
  };
}

function describe(report: ParsedReport): string {
  switch (report.kind) {
    case 'tests':
      return `${report.totals.total} tests, ${report.totals.failed + report.totals.errors} failed`;
    case 'coverage':
      return `${report.totals.lines.covered}/${report.totals.lines.total} lines`;
    case 'findings':
      return `${report.findings.length} findings`;
    case 'load':
      return `${report.requests} requests, p95 ${report.p95Ms} ms`;
  }
}

/** The normalised results file other steps and the baseline read. */
export function resultsJson(result: GateResult): unknown {
  return {
    version: 1,
    passed: result.verdict.passed,
    policy: result.policyOrigin,
    conditions: result.verdict.results.map((r) => ({
      condition: r.condition.text,
      metric: r.condition.metric,
      operator: r.condition.op,
      threshold: r.condition.threshold,
      severity: r.condition.severity,
      status: r.status,
      ...(r.actual === undefined ? {} : { actual: r.actual }),
      ...(r.reason === undefined ? {} : { reason: r.reason }),
    })),
    metrics: Object.fromEntries(Object.entries(result.metrics).map(([k, v]) => [k, v.value === undefined ? { missing: v.missing } : { value: v.value }])),
    reports: result.reports,
    mergeBase: result.mergeBase ?? null,
    baseline: result.baseline ? { sha: result.baseline.sha, createdAt: result.baseline.createdAt } : null,
    failedTests: result.failedTests.map((t) => ({ suite: t.suite, name: t.name, classname: t.classname, file: t.file, line: t.line, status: t.status, message: t.message })),
    newFindings: result.newFindings ?? null,
    newCode: result.diff ?? null,
  };
}
