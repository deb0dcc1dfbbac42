// The job summary: what serves now, per namespace, and a mermaid timeline of every step.
import { cell, escapeMarkdown, SummaryBuilder } from '@pipeline/core';
import type { DeployOutcome, StepRecord } from '@pipeline/bluegreen';

const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;

const ICON: Record<DeployOutcome['result'], string> = {
  promoted: '✅', unchanged: '🟰', 'rolled-back': '↩️', aborted: '⏹️', paused: '⏸️', planned: '📝', status: 'ℹ️',
};

function stepLabel(step: StepRecord): string {
  const bits = [step.name];
  if (step.verdict !== undefined) bits.push(step.verdict);
  return bits.join(' — ').replaceAll(/[:;#]/g, ' ');
}

/** A gantt chart of the steps: one section per namespace, failed steps marked critical. */
export function timeline(outcomes: readonly DeployOutcome[]): string | undefined {
  const all = outcomes.flatMap((o) => o.steps);
  if (all.length === 0) return undefined;
  const origin = Math.min(...all.map((s) => s.startedAt));
  const lines = ['gantt', '  title Blue/green steps (seconds from start)', '  dateFormat x', '  axisFormat %M:%S'];
  for (const o of outcomes) {
    if (o.steps.length === 0) continue;
    lines.push(`  section ${o.namespace}/${o.service}`);
    o.steps.forEach((s, i) => {
      const tag = s.verdict === 'fail' ? 'crit, ' : s.kind === 'shift' ? 'active, ' : '';
      const start = s.startedAt - origin;
      const end = Math.max(start + 1, s.endedAt - origin);
      lines.push(`  ${stepLabel(s)} :${tag}s${outcomes.indexOf(o)}_${i}, ${start}, ${end}`);
    });
  }
  return lines.join('\n');
}

/** Weight over time for one namespace, from the shift steps: what share the new colour had. */
export function weightChart(outcome: DeployOutcome): string | undefined {
  const shifts = outcome.steps.filter((s) => s.weight !== undefined && s.kind === 'shift');
  if (shifts.length < 2) return undefined;
  const origin = outcome.steps[0]?.startedAt ?? 0;
  const x = shifts.map((s) => `"${((s.endedAt - origin) / 1000).toFixed(1)}s"`).join(', ');
  const y = shifts.map((s) => String(s.weight ?? 0)).join(', ');
  return ['xychart-beta', `  title "${outcome.namespace}/${outcome.service}: % of traffic on the new colour"`, `  x-axis [${x}]`, '  y-axis "percent" 0 --> 100', `  line [${y}]`].join('\n');
}

export function buildSummary(action: string, outcomes: readonly DeployOutcome[]): SummaryBuilder {
  const s = new SummaryBuilder();
  s.heading(`bluegreen-deploy: ${action}`, 2);
  s.table(['', 'Namespace', 'Service', 'Result', 'Active', 'Previous', 'Revision', 'Deployment', 'Reason'], outcomes.map((o) => [
    ICON[o.result],
    cell(o.namespace),
    cell(o.service),
    cell(o.result),
    cell(o.activeColour ?? '—'),
    cell(o.previousColour ?? '—'),
    cell(o.revision ?? '—'),
    cell(o.deploymentId === undefined ? '—' : String(o.deploymentId)),
    cell(o.reason ?? ''),
  ]));
  const chart = timeline(outcomes);
  if (chart !== undefined) s.mermaid(chart);
  for (const o of outcomes) {
    const weights = weightChart(o);
    if (weights !== undefined) s.mermaid(weights, 5);
  }
  const rows = outcomes.flatMap((o) => o.steps.map((st) => [cell(`${o.namespace}`), cell(st.name), cell(st.weight === undefined ? '' : `${st.weight}%`), cell(seconds(st.endedAt - st.startedAt)), cell(st.verdict ?? 'ok'), cell(st.detail ?? '')]));
  if (rows.length > 0) s.table(['Namespace', 'Step', 'Weight', 'Took', 'Verdict', 'Detail'], rows, { priority: 5 });
  for (const o of outcomes) {
    if (o.plan !== undefined) s.details(`Plan for ${o.namespace}/${o.service}`, `\`\`\`\n${o.plan}\n\`\`\``);
    const warnings = o.findings.filter((f) => f.level === 'warning');
    if (warnings.length > 0) s.details(`Preflight warnings for ${o.namespace}`, warnings.map((f) => `- **${f.rule}**: ${escapeMarkdown(f.message)}`).join('\n'));
  }
  return s;
}

/** `step-timings` output: every step with its duration in seconds. */
export function stepTimings(outcomes: readonly DeployOutcome[]): string {
  return JSON.stringify(outcomes.flatMap((o) => o.steps.map((s) => ({
    namespace: o.namespace,
    step: s.name,
    kind: s.kind,
    seconds: Number(((s.endedAt - s.startedAt) / 1000).toFixed(3)),
    ...(s.weight === undefined ? {} : { weight: s.weight }),
    ...(s.verdict === undefined ? {} : { verdict: s.verdict }),
  }))));
}
