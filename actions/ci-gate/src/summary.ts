import { appendFileSync, statSync } from 'node:fs';
import { STEP_SUMMARY_LIMIT_BYTES, SummaryBuilder, cell, truncateUtf8 } from '@pipeline/core';
import { gateHeadline, type GateVerdict, type StageReport, type StageStatus } from './gate.ts';

const ICON: Record<StageStatus, string> = { passed: '✅', failed: '❌', error: '⚠️', skipped: '⏭️' };
const SEPARATOR = '\n';

const bytes = (text: string): number => Buffer.byteLength(text, 'utf8');

function seconds(ms: number): string {
  return ms < 100 ? '—' : `${(ms / 1000).toFixed(1)} s`;
}

export interface GateSummaryOptions {
  runUrl?: string;
  /** Why a failed verdict does not fail the step, when it does not (`fail: false`, dry-run). */
  notFailing?: string;
  limitBytes?: number;
}

function header(verdict: GateVerdict, options: GateSummaryOptions): string {
  const s = new SummaryBuilder();
  // The headline and note are the gate's own words (stage names), not user text: no escaping needed.
  s.heading(`${verdict.passed ? '✅' : '❌'} ${gateHeadline(verdict)}`, 1);
  if (!verdict.passed && options.notFailing) s.text(`_${options.notFailing}_`);
  s.table(
    ['Stage', 'Result', 'Details', 'Time'],
    verdict.stages.map((r) => [cell(r.name), `${ICON[r.status]} ${r.status === 'error' ? 'did not finish' : r.status}`, cell(r.headline), seconds(r.durationMs)]),
    { priority: 0 },
  );
  if (options.runUrl) s.text(`[Workflow run](${options.runUrl})`, 0);
  // The header is small and fixed; it is never what has to give way.
  return s.render();
}

/** A stage's own section and, for a stage that stopped early, what stopped it. */
function sectionsOf(report: StageReport): SummaryBuilder[] {
  const own = report.section ? [report.section] : [];
  if (report.status !== 'error') return own;
  const stopped = new SummaryBuilder();
  stopped.heading(`⚠️ ${report.name} did not finish`, 2, 0);
  stopped.text(['```text', (report.detail ?? report.headline).replace(/```/g, "'''"), '```'].join('\n'), 0);
  return [...own, stopped];
}

/**
 * Shares `budget` bytes between sections the way water fills vessels: sections smaller
 * than an even share keep all they need, and what they leave is split among the larger
 * ones. So one stage with a huge findings table cannot push another stage's verdict out.
 */
export function shareBudget(needs: readonly number[], budget: number): number[] {
  const shares = needs.map(() => 0);
  let left = Math.max(0, budget);
  const order = needs.map((need, index) => ({ need, index })).sort((a, b) => a.need - b.need);
  for (const [position, { need, index }] of order.entries()) {
    const even = Math.floor(left / (order.length - position));
    shares[index] = Math.min(need, even);
    left -= shares[index] ?? 0;
  }
  return shares;
}

/**
 * The one job summary: a header with the combined verdict and a table of stages, then
 * each stage's own section in order, all within `limitBytes` (GitHub's 1 MiB by default).
 */
export function renderGateSummary(verdict: GateVerdict, options: GateSummaryOptions = {}): string {
  const limit = options.limitBytes ?? STEP_SUMMARY_LIMIT_BYTES;
  const head = header(verdict, options);
  const sections = verdict.stages.flatMap(sectionsOf);
  const budget = limit - bytes(head) - sections.length * bytes(SEPARATOR);
  if (budget <= 0) return truncateUtf8(head, limit);
  const natural = sections.map((s) => s.render(budget));
  const shares = shareBudget(natural.map(bytes), budget);
  const rendered = natural.map((text, i) => (bytes(text) <= (shares[i] ?? 0) ? text : sections[i]?.render(shares[i]) ?? ''));
  return [head, ...rendered].join(SEPARATOR);
}

/** Appends to the step summary file, leaving room for what earlier steps' writes in this step used. */
export function writeStepSummary(render: (limitBytes: number) => string, path: string | undefined = process.env['GITHUB_STEP_SUMMARY']): string | undefined {
  if (!path) return undefined;
  let used = 0;
  try {
    used = statSync(path).size;
  } catch {
    used = 0;
  }
  const markdown = render(Math.max(0, STEP_SUMMARY_LIMIT_BYTES - used));
  appendFileSync(path, markdown);
  return markdown;
}
