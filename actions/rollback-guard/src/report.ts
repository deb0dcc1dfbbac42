import { cell, escapeMarkdown, SummaryBuilder } from '@pipeline/core';
import { formatValue } from '@pipeline/metrics';
import type { AnalysisResult, Measurement, MetricReport } from '@pipeline/metrics';
import type { RollbackResult } from '@pipeline/bluegreen';

/** Everything a guard run decided, for the summary, the webhook and the analysis JSON. */
export interface GuardOutcome {
  namespace: string;
  service: string;
  newColour: string;
  baselineColour: string | undefined;
  analysis: AnalysisResult;
  onBreach: 'rollback' | 'report';
  rollback: RollbackResult | undefined;
  /** Set when a rollback was needed but failed. */
  rollbackError: string | undefined;
  mttrSeconds: number | undefined;
  runUrl: string | undefined;
}

/** The names behind `breached`: metrics, plus `kubernetes` when a crash signal decided. */
export function breachedNames(outcome: GuardOutcome): string[] {
  const names = [...outcome.analysis.breached];
  if (outcome.analysis.stop?.kind === 'signal') names.push('kubernetes');
  return names;
}

export function headline(o: GuardOutcome): string {
  const subject = `${o.namespace}/${o.service} (${o.newColour}${o.baselineColour === undefined ? '' : ` vs ${o.baselineColour}`})`;
  const verdict = o.analysis.verdict.toUpperCase();
  const rolled = o.rollback === undefined ? '' : o.rollback.dryRun ? '; rollback planned (dry run)' : `; rolled back to ${o.rollback.to}${o.mttrSeconds === undefined ? '' : ` (MTTR ${o.mttrSeconds.toFixed(1)} s)`}`;
  const failedRollback = o.rollbackError === undefined ? '' : `; ROLLBACK FAILED: ${o.rollbackError}`;
  return `rollback-guard ${verdict} for ${subject}: ${o.analysis.reason}${rolled}${failedRollback}`;
}

/** The measurement a metric's verdict rests on: the breaching one, else the latest with data. */
export function decisiveMeasurement(m: MetricReport): Measurement | undefined {
  if (m.breachedAt !== undefined) {
    const atBreach = m.measurements.find((x) => x.at === m.breachedAt);
    if (atBreach !== undefined) return atBreach;
  }
  return [...m.measurements].reverse().find((x) => x.newValue !== undefined || x.baselineValue !== undefined) ?? m.measurements.at(-1);
}

export function describeTest(x: Measurement | undefined): string | undefined {
  const t = x?.test;
  if (t === undefined) return undefined;
  return `U=${formatValue(t.u, 6)} p=${formatValue(t.pValue, 3)} (α=${formatValue(t.alpha, 3)}, ${t.method}, n=${t.nNew}/${t.nBaseline}); HL=${formatValue(t.hodgesLehmann)} (${formatValue(t.relativeShift * 100, 3)}%); CLES=${formatValue(t.cles, 3)}`;
}

const OUTCOME_ICON: Record<string, string> = { pass: '✅', fail: '❌', inconclusive: '⚠️' };

const MAX_POINTS = 60;

/** A mermaid xychart of one metric's new-colour (first line) and baseline (second line) values. */
export function metricChart(m: MetricReport, startedAt: number): string | undefined {
  const points = m.measurements.filter((x) => x.newValue !== undefined && Number.isFinite(x.newValue));
  if (points.length < 2) return undefined;
  const step = Math.ceil(points.length / MAX_POINTS);
  const shown = points.filter((_, i) => i % step === 0 || i === points.length - 1);
  const withBaseline = shown.every((x) => x.baselineValue !== undefined && Number.isFinite(x.baselineValue));
  const num = (v: number | undefined) => String(Number((v ?? 0).toPrecision(4)));
  const lines = [
    'xychart-beta',
    `  title "${m.name.replace(/"/g, "'")}"`,
    `  x-axis "seconds since start" [${shown.map((x) => Math.round((x.at - startedAt) / 1000)).join(', ')}]`,
    '  y-axis "value"',
    `  line [${shown.map((x) => num(x.newValue)).join(', ')}]`,
  ];
  if (withBaseline) lines.push(`  line [${shown.map((x) => num(x.baselineValue)).join(', ')}]`);
  return lines.join('\n');
}

export function buildSummary(o: GuardOutcome): SummaryBuilder {
  const a = o.analysis;
  const s = new SummaryBuilder();
  s.heading(`${OUTCOME_ICON[a.verdict] ?? ''} rollback-guard: ${a.verdict} — ${escapeMarkdown(`${o.namespace}/${o.service}`)}`, 2);
  const facts = [
    `**New colour:** ${o.newColour}${o.baselineColour === undefined ? '' : ` · **baseline:** ${o.baselineColour}`} · **watched** ${((a.endedAt - a.startedAt) / 1000).toFixed(1)} s`,
    `**Why:** ${escapeMarkdown(a.reason)}`,
  ];
  if (a.stop?.kind === 'critical' || a.stop?.kind === 'breach') facts.push(`**Ended early:** ${a.stop.kind} breach of \`${a.stop.metric}\``);
  if (a.stop?.kind === 'signal') facts.push(`**Ended early:** Kubernetes signal \`${a.stop.signal.kind}\``);
  if (o.rollback !== undefined) {
    facts.push(o.rollback.dryRun
      ? `**Rollback (dry run):** ${o.rollback.steps.map((st) => escapeMarkdown(st.detail)).join('; ')}`
      : `**Rolled back** ${o.rollback.from} → ${o.rollback.to}${o.rollback.scaledUp ? ` (scaled up to ${o.rollback.replicas} first)` : ''}${o.mttrSeconds === undefined ? '' : `; **MTTR ${o.mttrSeconds.toFixed(1)} s** from the first failing sample to traffic restored`}`);
  } else if (a.verdict === 'fail' && o.onBreach === 'report') {
    facts.push('**No rollback:** `on-breach` is `report`.');
  }
  if (o.rollbackError !== undefined) facts.push(`**Rollback failed:** ${escapeMarkdown(o.rollbackError)}`);
  s.text(facts.join('  \n'), 0);
  const rows = a.metrics.map((m) => {
    const x = decisiveMeasurement(m);
    return [
      `\`${m.name}\`${m.critical ? ' (critical)' : ''}`,
      `${OUTCOME_ICON[m.outcome] ?? ''} ${m.outcome}`,
      cell(x?.newValue === undefined ? 'no data' : formatValue(x.newValue)),
      cell(x?.baselineValue === undefined ? '—' : formatValue(x.baselineValue)),
      cell(m.judge),
      cell(m.firingRule ?? m.reason),
      cell(describeTest(x) ?? ''),
      cell(m.measurements.length),
    ];
  });
  s.table(['Metric', 'Outcome', `New (${o.newColour})`, `Baseline${o.baselineColour === undefined ? '' : ` (${o.baselineColour})`}`, 'Judge', 'Rule or test that decided', 'Test statistics', 'Measurements'], rows, { priority: 1, noun: 'metrics' });
  if (a.signals.length > 0) {
    s.table(['Signal', 'Pod', 'Seen after', 'Message'], a.signals.map((sg) => [cell(sg.kind), cell(sg.pod ?? ''), cell(`${((sg.at - a.startedAt) / 1000).toFixed(1)} s`), cell(sg.message)]), { priority: 1, noun: 'signals' });
  }
  for (const m of a.metrics) {
    const chart = metricChart(m, a.startedAt);
    if (chart === undefined) continue;
    const hasBaseline = chart.split('\n').filter((l) => l.startsWith('  line')).length === 2;
    s.text(`**${escapeMarkdown(m.name)}** — ${o.newColour}${hasBaseline ? ` (first line) vs ${o.baselineColour ?? 'baseline'} (second line)` : ''}`, 4);
    s.mermaid(chart, 4);
  }
  for (const m of a.metrics) {
    s.details(`${m.name}: queries and every measurement`, [
      `New: \`${m.query}\``,
      m.baselineQuery === undefined ? '' : `Baseline: \`${m.baselineQuery}\``,
      '',
      ...m.measurements.map((x) => `- +${((x.at - a.startedAt) / 1000).toFixed(1)} s ${x.outcome}: ${escapeMarkdown(x.reason)}`),
    ].join('\n'));
  }
  return s;
}

export type WebhookFormat = 'slack' | 'json';

/** hooks.slack.com takes only Slack's shape; any other receiver gets the generic document. */
export function webhookFormat(url: string): WebhookFormat {
  try {
    return /(^|\.)slack\.com$/i.test(new URL(url).hostname) ? 'slack' : 'json';
  } catch {
    return 'json';
  }
}

const jsonNumber = (v: number | undefined): number | string | null => (v === undefined ? null : Number.isFinite(v) ? v : formatValue(v));

/** The generic JSON message: the same facts as the summary, machine-readable. */
export function genericPayload(o: GuardOutcome): Record<string, unknown> {
  const a = o.analysis;
  return {
    source: 'pipeline/rollback-guard',
    text: headline(o),
    verdict: a.verdict,
    reason: a.reason,
    namespace: o.namespace,
    service: o.service,
    newColour: o.newColour,
    baselineColour: o.baselineColour ?? null,
    breached: breachedNames(o),
    rolledBack: o.rollback !== undefined && !o.rollback.dryRun,
    rollbackError: o.rollbackError ?? null,
    mttrSeconds: o.mttrSeconds ?? null,
    startedAt: new Date(a.startedAt).toISOString(),
    endedAt: new Date(a.endedAt).toISOString(),
    runUrl: o.runUrl ?? null,
    metrics: a.metrics.map((m) => {
      const x = decisiveMeasurement(m);
      return {
        name: m.name,
        outcome: m.outcome,
        critical: m.critical,
        judge: m.judge,
        newValue: jsonNumber(x?.newValue),
        baselineValue: jsonNumber(x?.baselineValue),
        rule: m.firingRule ?? m.reason,
        test: x?.test === undefined ? null : { ...x.test, relativeShift: jsonNumber(x.test.relativeShift), z: jsonNumber(x.test.z) },
      };
    }),
    signals: a.signals.map((s) => ({ kind: s.kind, pod: s.pod ?? null, message: s.message, at: new Date(s.at).toISOString() })),
  };
}

/** Slack's incoming-webhook shape: `text` as the fallback, blocks with a line per metric. */
export function slackPayload(o: GuardOutcome): Record<string, unknown> {
  const a = o.analysis;
  const mrkdwn = (text: string) => ({ type: 'mrkdwn', text: text.slice(0, 2900) });
  const metricLines = a.metrics.map((m) => {
    const x = decisiveMeasurement(m);
    const test = describeTest(x);
    return `${OUTCOME_ICON[m.outcome] ?? ''} *${m.name}* ${m.outcome}: new ${formatValue(x?.newValue)}${x?.baselineValue === undefined ? '' : `, baseline ${formatValue(x.baselineValue)}`} — ${m.firingRule ?? m.reason}${test === undefined ? '' : ` (${test})`}`;
  });
  const signalLines = a.signals.map((s) => `☸️ *${s.kind}*${s.pod === undefined ? '' : ` on \`${s.pod}\``}: ${s.message}`);
  const blocks: Record<string, unknown>[] = [
    { type: 'section', text: mrkdwn(`*${headline(o)}*`) },
    { type: 'section', text: mrkdwn([...signalLines, ...metricLines].join('\n') || 'no metrics') },
  ];
  if (o.runUrl !== undefined) blocks.push({ type: 'context', elements: [mrkdwn(`<${o.runUrl}|workflow run>`)] });
  return { text: headline(o), blocks };
}
