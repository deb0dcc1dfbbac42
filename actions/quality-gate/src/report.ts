import { SummaryBuilder, cell } from '@pipeline/core';
import type { Finding, TestCase } from '@pipeline/reports';
import { formatValue } from './evaluate.ts';
import type { GateResult } from './gate.ts';

export interface Annotation {
  path: string;
  startLine: number;
  endLine: number;
  level: 'failure' | 'warning' | 'notice';
  title: string;
  message: string;
  rawDetails?: string;
}

const STATUS_ICON = { passed: '✅', failed: '❌', skipped: '⏭️' } as const;

export function headline(result: GateResult): string {
  const { verdict } = result;
  const evaluated = verdict.results.filter((r) => r.status !== 'skipped').length;
  const passed = verdict.results.filter((r) => r.status === 'passed').length;
  if (verdict.passed) return `Quality gate passed: ${passed} of ${evaluated} conditions met${verdict.warnings ? `, ${verdict.warnings} warning(s)` : ''}`;
  return `Quality gate failed: ${verdict.failures} condition(s) not met`;
}

function conditionRows(result: GateResult): string[][] {
  return result.verdict.results.map((r) => {
    const c = r.condition;
    const icon = r.status === 'failed' && c.severity === 'warning' ? '⚠️' : STATUS_ICON[r.status];
    return [`\`${cell(c.text)}\``, r.actual === undefined ? cell(r.reason ?? '—') : formatValue(c.metric, r.actual), `${icon} ${r.status}${c.severity === 'warning' ? ' (warning)' : ''}`];
  });
}

/** The markdown shared by the job summary and the check run, sized by the caller's budget. */
export function renderSummary(result: GateResult, options: { runUrl?: string } = {}): SummaryBuilder {
  const s = new SummaryBuilder();
  const m = result.metrics;
  s.heading(`${result.verdict.passed ? '✅' : '❌'} ${headline(result)}`, 2);
  s.text(`Policy: ${result.policyOrigin}. ${result.baselineNote}`, 0);
  s.table(['Condition', 'Actual', 'Result'], conditionRows(result), { priority: 0, noun: 'conditions' });

  const v = (name: keyof typeof m): string => formatValue(name, m[name].value);
  if (result.tests.length > 0) {
    s.heading('Tests', 3, 1);
    s.table(['Total', 'Passed', 'Failed', 'Errors', 'Skipped', 'Flaky'], [[v('tests.total'), v('tests.passed'), v('tests.failed'), v('tests.errors'), v('tests.skipped'), v('tests.flaky')]], { priority: 1 });
    const total = m['tests.total'].value ?? 0;
    if (total > 0) {
      const slices = [
        ['passed', (m['tests.passed'].value ?? 0) - (m['tests.flaky'].value ?? 0)],
        ['flaky', m['tests.flaky'].value ?? 0],
        ['failed', m['tests.failed'].value ?? 0],
        ['skipped', m['tests.skipped'].value ?? 0],
      ].filter(([, n]) => Number(n) > 0);
      s.mermaid(`pie showData title Test results\n${slices.map(([k, n]) => `  "${k}" : ${n}`).join('\n')}`, 4);
    }
    const failed = result.failedTests;
    if (failed.length > 0) {
      s.heading('Failed tests', 4, 2);
      s.table(
        ['Test', 'Where', 'Message'],
        failed.map((t) => [cell(`${t.classname ? `${t.classname} › ` : ''}${t.name}`), cell(t.file ? `${t.file}${t.line ? `:${t.line}` : ''}` : t.suite), cell(t.message ?? t.status)]),
        { priority: 3, noun: 'failed tests' },
      );
    }
  }

  if (result.coverage.length > 0) {
    s.heading('Coverage', 3, 1);
    s.table(
      ['Lines', 'Branches', 'Functions', 'New lines', 'Delta'],
      [[v('coverage.lines'), v('coverage.branches'), v('coverage.functions'), m['coverage.new-lines'].value === undefined ? cell(m['coverage.new-lines'].missing) : v('coverage.new-lines'), v('coverage.delta')]],
      { priority: 1 },
    );
    const lines = m['coverage.lines'].value;
    const fresh = m['coverage.new-lines'].value;
    if (lines !== undefined) {
      const bars = [lines, ...(fresh === undefined ? [] : [fresh])].map((x) => x.toFixed(1));
      s.mermaid(`xychart-beta\n  title "Line coverage (%)"\n  x-axis ["overall"${fresh === undefined ? '' : ', "new code"'}]\n  y-axis "%" 0 --> 100\n  bar [${bars.join(', ')}]`, 4);
    }
    const diff = result.diff;
    if (diff && diff.files.length > 0) {
      s.details(
        `New code coverage by file (${diff.covered}/${diff.measured} changed lines covered)`,
        [
          '| File | Covered | Uncovered lines |',
          '| --- | --- | --- |',
          ...diff.files.map((f) => `| ${cell(f.path)} | ${f.covered}/${f.measured} | ${cell(ranges(f.uncoveredLines).join(', ') || '—')} |`),
        ].join('\n'),
        5,
      );
    }
  }

  if (result.findingsReports > 0) {
    s.heading('Findings', 3, 1);
    s.table(
      ['', 'Error', 'Warning', 'Note', 'Total'],
      [
        ['All', v('findings.error'), v('findings.warning'), v('findings.note'), v('findings.total')],
        ['New', v('findings.new.error'), v('findings.new.warning'), v('findings.new.note'), v('findings.new')],
      ],
      { priority: 1 },
    );
    s.text(`_New findings: ${result.newFindingsBasis}._`, 2);
    if (result.newFindings && result.newFindings.length > 0) {
      s.table(['Level', 'Rule', 'Where', 'Message'], sortFindings(result.newFindings).map((f) => [f.level, cell(`${f.tool}/${f.ruleId}`), cell(where(f)), cell(firstLine(f.message))]), {
        priority: 3,
        noun: 'new findings',
      });
    }
  }

  if (result.load.length > 0) {
    s.heading('Load test', 3, 1);
    s.table(['Requests', 'Error rate', 'p95', 'p99', 'Mean', 'p95 vs baseline'], [[v('load.requests'), v('load.error-rate'), v('load.p95-ms'), v('load.p99-ms'), v('load.avg-ms'), v('load.p95-regression')]], {
      priority: 1,
    });
  }
  s.details('Reports read', result.reports.map((r) => `- \`${cell(r.source)}\` (${r.format})`).join('\n') || '_none_', 6);
  if (options.runUrl) s.text(`[Workflow run](${options.runUrl})`, 0);
  return s;
}

/** The sticky pull-request comment: verdict and conditions only, details live in the run. */
export function renderComment(result: GateResult, options: { runUrl?: string; checkUrl?: string }): string {
  const s = new SummaryBuilder();
  s.heading(`${result.verdict.passed ? '✅' : '❌'} ${headline(result)}`, 3);
  s.table(['Condition', 'Actual', 'Result'], conditionRows(result), { priority: 0, noun: 'conditions' });
  const links = [options.checkUrl ? `[details](${options.checkUrl})` : '', options.runUrl ? `[run](${options.runUrl})` : ''].filter(Boolean);
  s.text(`${result.baselineNote}${links.length > 0 ? ` ${links.join(' · ')}` : ''}`, 1);
  return s.render(60_000);
}

const LEVEL_RANK = { error: 0, warning: 1, note: 2 } as const;

function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort((a, b) => LEVEL_RANK[a.level] - LEVEL_RANK[b.level] || (a.file ?? '').localeCompare(b.file ?? '') || (a.line ?? 0) - (b.line ?? 0));
}

function where(f: Finding): string {
  return f.file ? `${f.file}${f.line ? `:${f.line}` : ''}` : '—';
}

function firstLine(text: string): string {
  const line = text.split('\n')[0] ?? '';
  return line.length > 300 ? `${line.slice(0, 297)}...` : line;
}

/** Collapses sorted line numbers into `a-b` ranges. */
export function ranges(lines: readonly number[]): string[] {
  const out: string[] = [];
  let start: number | undefined;
  let prev = 0;
  for (const line of lines) {
    if (start !== undefined && line === prev + 1) {
      prev = line;
      continue;
    }
    if (start !== undefined) out.push(start === prev ? `${start}` : `${start}-${prev}`);
    start = line;
    prev = line;
  }
  if (start !== undefined) out.push(start === prev ? `${start}` : `${start}-${prev}`);
  return out;
}

/**
 * Annotations in priority order: failed tests, new error findings, uncovered new
 * code, then new warnings and notes. The caller cuts the tail and says how many.
 */
export function buildAnnotations(result: GateResult): Annotation[] {
  const out: Annotation[] = [];
  for (const t of result.failedTests) {
    if (!t.file) continue;
    out.push({
      path: t.file,
      startLine: t.line ?? 1,
      endLine: t.line ?? 1,
      level: 'failure',
      title: `Test ${t.status}: ${testTitle(t)}`.slice(0, 255),
      message: t.message ?? `Test ${t.status}`,
      ...(t.details ? { rawDetails: t.details } : {}),
    });
  }
  // When new is unknown (no baseline and no diff), only errors are annotated, to keep noise down.
  const findings = sortFindings(result.newFindings ?? result.allFindings.filter((f) => f.level === 'error'));
  const located = findings.filter((f): f is Finding & { file: string } => f.file !== undefined);
  const toAnnotation = (f: Finding & { file: string }): Annotation => ({
    path: f.file,
    startLine: f.line ?? 1,
    endLine: f.endLine ?? f.line ?? 1,
    level: f.level === 'error' ? 'failure' : f.level === 'warning' ? 'warning' : 'notice',
    title: `${f.tool}: ${f.ruleId}`.slice(0, 255),
    message: f.message || f.ruleId,
  });
  out.push(...located.filter((f) => f.level === 'error').map(toAnnotation));
  for (const file of result.diff?.files ?? []) {
    for (const range of ranges(file.uncoveredLines)) {
      const [a, b = a] = range.split('-').map(Number);
      out.push({
        path: file.path,
        startLine: a ?? 1,
        endLine: b ?? a ?? 1,
        level: 'warning',
        title: 'Changed lines not covered by tests',
        message: a === b ? `Line ${a} was changed but no test covers it.` : `Lines ${a}-${b} were changed but no test covers them.`,
      });
    }
  }
  out.push(...located.filter((f) => f.level !== 'error').map(toAnnotation));
  return out;
}

function testTitle(t: TestCase): string {
  return t.classname ? `${t.classname}.${t.name}` : t.name;
}
