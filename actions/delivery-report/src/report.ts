// What delivery-report shows: the job summary (tables and mermaid charts against the seed's
// targets), the log lines and the step outputs.
import { cell, escapeMarkdown, SummaryBuilder } from '@pipeline/core';
import type { OutputValue } from '@pipeline/core';
import { targetsMet } from '@pipeline/delivery';
import type { DeliveryFigures, DeliveryReport, DeliveryTargets, Rating, ServiceDelivery, WeekFigures } from '@pipeline/delivery';

const ICON: Record<Rating, string> = { 'met': '✅', 'missed': '❌', 'no-data': '➖', 'not-applicable': '⚪' };

/** Seconds as a person reads them: 45 s, 25 min, 2.5 h, 3.1 d. */
export function formatDuration(seconds: number): string {
  if (seconds < 120) return `${Math.round(seconds)} s`;
  if (seconds < 2 * 3600) return `${Math.round(seconds / 60)} min`;
  if (seconds < 48 * 3600) return `${Number((seconds / 3600).toFixed(1))} h`;
  return `${Number((seconds / 86400).toFixed(1))} d`;
}

export function formatPercent(ratio: number): string {
  return `${Number((ratio * 100).toFixed(1))} %`;
}

function formatPerWeek(perWeek: number): string {
  return String(Number(perWeek.toFixed(1)));
}

function label(row: Pick<ServiceDelivery, 'service' | 'environment'>): string {
  return `${row.service} · ${row.environment}`;
}

export function targetLine(t: DeliveryTargets): string {
  return `at least ${formatPerWeek(t.deploymentsPerWeek)} deploys/week · lead time below ${formatDuration(t.leadTimeSeconds)} · change failure rate below ${formatPercent(t.changeFailureRatio)} · time to restore below ${formatDuration(t.timeToRestoreSeconds)}`;
}

function frequencyCell(f: DeliveryFigures): string {
  return `${ICON[f.deploymentFrequency.rating]} ${formatPerWeek(f.deploymentFrequency.perWeek)}`;
}

function leadCell(f: DeliveryFigures): string {
  const { leadTime: l } = f;
  if (l.medianSeconds === null) return `${ICON[l.rating]} no change shipped`;
  return `${ICON[l.rating]} ${formatDuration(l.medianSeconds)} · ${formatDuration(l.p90Seconds ?? l.medianSeconds)} (${l.changes} ${l.changes === 1 ? 'change' : 'changes'})`;
}

function failureCell(f: DeliveryFigures): string {
  const { changeFailureRate: c } = f;
  if (c.ratio === null) return `${ICON[c.rating]} nothing finished`;
  return `${ICON[c.rating]} ${formatPercent(c.ratio)} (${c.failed} of ${c.finished})`;
}

function restoreCell(f: DeliveryFigures): string {
  const { timeToRestore: t } = f;
  const open = t.open > 0 ? `, ${t.open} still open` : '';
  if (t.incidents === 0) return `${ICON[t.rating]} nothing failed`;
  if (t.medianSeconds === null) return `${ICON[t.rating]} none restored${open}`;
  return `${ICON[t.rating]} ${formatDuration(t.medianSeconds)} (${t.restored} restored${open})`;
}

function deploymentsCell(f: DeliveryFigures): string {
  const d = f.deployments;
  return `${d.total}: ${d.succeeded} succeeded, ${d.failed} failed${d.unfinished > 0 ? `, ${d.unfinished} unfinished` : ''}`;
}

/** One log line per service and environment. */
export function headline(row: ServiceDelivery): string {
  return `${label(row)}: ${formatPerWeek(row.deploymentFrequency.perWeek)} deploys/week (${row.deploymentFrequency.rating}), `
    + `lead time ${row.leadTime.medianSeconds === null ? 'no data' : formatDuration(row.leadTime.medianSeconds)} (${row.leadTime.rating}), `
    + `change failure rate ${row.changeFailureRate.ratio === null ? 'no data' : formatPercent(row.changeFailureRate.ratio)} (${row.changeFailureRate.rating}), `
    + `time to restore ${row.timeToRestore.medianSeconds === null ? 'no data' : formatDuration(row.timeToRestore.medianSeconds)} (${row.timeToRestore.rating})`;
}

const quote = (text: string): string => `"${text.replace(/"/g, "'")}"`;
const weekLabel = (week: WeekFigures): string => week.start.slice(5, 10);

/** Bars of successful deployments per week, with the target as a line. */
export function deploysChart(title: string, weeks: readonly WeekFigures[], target: number): string | undefined {
  if (weeks.length < 2) return undefined;
  const top = Math.max(target, ...weeks.map((w) => w.succeeded));
  return [
    'xychart-beta',
    `  title ${quote(`${title}: successful deploys per week (line: target)`)}`,
    `  x-axis [${weeks.map((w) => quote(weekLabel(w))).join(', ')}]`,
    `  y-axis "deploys" 0 --> ${Math.ceil(top * 1.2)}`,
    `  bar [${weeks.map((w) => w.succeeded).join(', ')}]`,
    `  line [${weeks.map(() => target).join(', ')}]`,
  ].join('\n');
}

/** The weekly median lead time in hours, with the target as a line; weeks without a change are left out. */
export function leadTimeChart(title: string, weeks: readonly WeekFigures[], targetSeconds: number): string | undefined {
  const shown = weeks.flatMap((w) => (w.leadTimeMedianSeconds === null ? [] : [{ ...w, median: w.leadTimeMedianSeconds }]));
  if (shown.length < 2) return undefined;
  const hours = (s: number): number => Number((s / 3600).toFixed(2));
  return [
    'xychart-beta',
    `  title ${quote(`${title}: median lead time per week, hours (second line: target)`)}`,
    `  x-axis [${shown.map((w) => quote(weekLabel(w))).join(', ')}]`,
    '  y-axis "hours"',
    `  line [${shown.map((w) => hours(w.median)).join(', ')}]`,
    `  line [${shown.map(() => hours(targetSeconds)).join(', ')}]`,
  ].join('\n');
}

function chartsOf(title: string, figures: DeliveryFigures, targets: DeliveryTargets): string[] {
  return [deploysChart(title, figures.weeks, targets.deploymentsPerWeek), leadTimeChart(title, figures.weeks, targets.leadTimeSeconds)]
    .filter((c): c is string => c !== undefined);
}

export function buildSummary(report: DeliveryReport): SummaryBuilder {
  const s = new SummaryBuilder();
  const days = Number((report.window.seconds / 86400).toFixed(1));
  s.heading(`Delivery metrics: ${escapeMarkdown(report.repository)}, last ${days} days`, 2);
  s.text([
    `**Window:** ${report.window.since.slice(0, 16).replace('T', ' ')} → ${report.window.until.slice(0, 16).replace('T', ' ')} UTC`,
    `**Targets:** ${targetLine(report.targets)}`,
    `${ICON.met} met · ${ICON.missed} missed · ${ICON['no-data']} no data (never a pass) · ${ICON['not-applicable']} not applicable`,
  ].join('  \n'), 0);
  const header = ['Service', 'Environment', 'Deploys/week', 'Lead time (median · p90)', 'Change failure rate', 'Time to restore (median)', 'Deployments in the window'];
  const row = (service: string, environment: string, f: DeliveryFigures): string[] =>
    [service, environment, frequencyCell(f), leadCell(f), failureCell(f), restoreCell(f), cell(deploymentsCell(f))];
  const rows = report.services.map((r) => row(cell(r.service), cell(r.environment), r));
  if (report.services.length === 0) {
    s.text('_No deployment of the selected services and environments was created in the window._', 1);
  } else {
    if (report.services.length > 1) rows.push(row('**All together**', '', report.overall));
    s.table(header, rows, { priority: 1, noun: 'services' });
  }
  if (report.notes.length > 0) s.text(report.notes.map((n) => `- ${escapeMarkdown(n)}`).join('\n'), 2);
  const sections = [
    ...(report.services.length > 1 ? [{ title: 'All together', charts: chartsOf('All together', report.overall, report.targets), priority: 3 }] : []),
    ...report.services.map((r) => ({ title: label(r), charts: chartsOf(label(r), r, report.targets), priority: 4 })),
  ].filter((section) => section.charts.length > 0);
  if (sections.length === 0 && report.services.length > 0) s.text('_The weekly charts need a window of at least two weeks._', 4);
  for (const section of sections) {
    s.heading(escapeMarkdown(section.title), 3, section.priority);
    for (const chart of section.charts) s.mermaid(chart, section.priority);
  }
  return s;
}

/** Each row's figures that missed their target or had no data, as `service@environment:figure`. */
export function missedFigures(report: DeliveryReport): string[] {
  const missed: string[] = [];
  for (const r of report.services) {
    const where = `${r.service}@${r.environment}`;
    const bad = (rating: Rating): boolean => rating === 'missed' || rating === 'no-data';
    if (bad(r.deploymentFrequency.rating)) missed.push(`${where}:deployment-frequency`);
    if (bad(r.leadTime.rating)) missed.push(`${where}:lead-time`);
    if (bad(r.changeFailureRate.rating)) missed.push(`${where}:change-failure-rate`);
    if (bad(r.timeToRestore.rating)) missed.push(`${where}:time-to-restore`);
  }
  return missed;
}

export function deliveryOutputs(report: DeliveryReport, pushed: number | undefined): Record<string, OutputValue> {
  const { overall } = report;
  const optional = (v: number | null): OutputValue => (v === null ? undefined : v);
  return {
    report: JSON.stringify(report),
    'deployment-frequency': overall.deploymentFrequency.perWeek,
    'lead-time-median-seconds': optional(overall.leadTime.medianSeconds),
    'lead-time-p90-seconds': optional(overall.leadTime.p90Seconds),
    'change-failure-rate': optional(overall.changeFailureRate.ratio),
    'time-to-restore-median-seconds': optional(overall.timeToRestore.medianSeconds),
    'targets-met': report.services.length > 0 && report.services.every((r) => targetsMet(r)),
    missed: missedFigures(report).join(','),
    pushed,
  };
}
