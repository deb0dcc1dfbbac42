import { SummaryBuilder, cell, type AnnotationProperties, type Logger } from '@pipeline/core';
import { SEVERITIES, type Severity, type TrivyFinding } from '@pipeline/trivy';
import type { ScanOutcome } from './scan.ts';

const ICON: Record<Severity, string> = { CRITICAL: '🟥', HIGH: '🟧', MEDIUM: '🟨', LOW: '🟦', UNKNOWN: '⬜' };
const ORDER = [...SEVERITIES].reverse();

export function headline(outcome: ScanOutcome): string {
  const { policy } = outcome;
  const what = `${policy.active.length} finding(s)${policy.baselineUsed ? `, ${policy.newFindings.length} new` : ''}, ${policy.suppressed.length} suppressed`;
  return policy.passed ? `Trivy scan passed: ${what}.` : `Trivy scan failed: ${policy.failures.join('; ')} (${what}).`;
}

function counts(findings: readonly TrivyFinding[]): Record<Severity, number> {
  const result: Record<Severity, number> = { CRITICAL: 0, HIGH: 0, MEDIUM: 0, LOW: 0, UNKNOWN: 0 };
  for (const f of findings) result[f.severity] += 1;
  return result;
}

function where(f: TrivyFinding): string {
  if (f.kind === 'vulnerability') return `${f.pkgName ?? ''} ${f.installedVersion ?? ''}`.trim();
  return f.file ? `${f.file}${f.startLine ? `:${f.startLine}` : ''}` : f.target;
}

function idCell(f: TrivyFinding): string {
  return f.url ? `[${cell(f.id)}](${f.url})` : cell(f.id);
}

function row(f: TrivyFinding, isNew: boolean | undefined): string[] {
  return [`${ICON[f.severity]} ${f.severity}`, idCell(f), cell(where(f)), cell(f.fixedVersion ?? (f.kind === 'vulnerability' ? 'no fix' : '')), cell(f.target), ...(isNew === undefined ? [] : [isNew ? '**new**' : ''])];
}

export function renderSummary(outcome: ScanOutcome, runUrl?: string): SummaryBuilder {
  const { policy } = outcome;
  const s = new SummaryBuilder();
  s.heading(`${policy.passed ? '✅' : '❌'} ${headline(outcome)}`, 2);
  const c = counts(policy.active);
  const cNew = counts(policy.newFindings);
  const gate = outcome.failOn ? `fails on ${outcome.newOnly ? 'new ' : ''}findings at **${outcome.failOn}** and above` : 'reports without failing (fail-on: none)';
  s.text(`\`trivy ${outcome.scanType} ${cell(outcome.target)}\` with Trivy ${outcome.trivy.version}; the gate ${gate}.`);
  s.table(['Severity', 'Findings', ...(policy.baselineUsed ? ['New'] : [])], ORDER.map((sev) => [`${ICON[sev]} ${sev}`, String(c[sev]), ...(policy.baselineUsed ? [String(cNew[sev])] : [])]), { priority: 0 });
  if (outcome.baseline) {
    s.text(outcome.baseline.found ? `Compared with the baseline of \`${outcome.baseline.sha.slice(0, 12)}\`.` : `No baseline is stored for \`${outcome.baseline.sha.slice(0, 12)}\`, so every finding counts as new.`);
  }
  if (policy.failures.length > 0) s.text(policy.failures.map((f) => `- ❌ ${f}`).join('\n'), 0);
  if (policy.slaBreaches.length > 0) {
    s.heading('Past their SLA', 3, 1);
    s.table(['Severity', 'ID', 'Package', 'Published', 'Age (days)', 'SLA (days)'], policy.slaBreaches.map((b) => [b.finding.severity, idCell(b.finding), cell(where(b.finding)), cell(b.finding.publishedDate?.slice(0, 10)), String(b.ageDays), String(b.slaDays)]), { priority: 1, noun: 'findings' });
  }
  if (policy.expiredIgnores.length > 0 || policy.unusedIgnores.length > 0) {
    s.heading('Ignore rules', 3, 2);
    s.table(['Rule', 'Where', 'Problem'], [
      ...policy.expiredIgnores.map((r) => [cell(r.id), cell(`${r.file}:${r.line}`), `expired on ${r.expiresAt ?? ''}: no longer applied`]),
      ...policy.unusedIgnores.filter((r) => !policy.expiredIgnores.includes(r)).map((r) => [cell(r.id), cell(`${r.file}:${r.line}`), 'matched nothing']),
    ], { priority: 2, noun: 'rules' });
  }
  if (policy.active.length > 0) {
    s.heading('Findings', 3, 3);
    const newSet = new Set(policy.newFindings);
    s.table(['Severity', 'ID', 'Package / location', 'Fixed in', 'Target', ...(policy.baselineUsed ? ['New'] : [])], policy.active.map((f) => row(f, policy.baselineUsed ? newSet.has(f) : undefined)), { priority: 5, noun: 'findings' });
  }
  if (policy.suppressed.length > 0) {
    s.details(`${policy.suppressed.length} suppressed finding(s)`, [
      '| Severity | ID | Package / location | Why |',
      '| --- | --- | --- | --- |',
      ...policy.suppressed.map((x) => `| ${x.finding.severity} | ${idCell(x.finding)} | ${cell(where(x.finding))} | ${cell(`${x.reason}: ${x.detail}`)} |`),
    ].join('\n'), 6);
  }
  const notes = [`SARIF: ${outcome.sarif.kept} result(s) in \`${outcome.paths.sarif}\`${outcome.sarif.cut > 0 ? `, ${outcome.sarif.cut} left out to stay within GitHub's limits` : ''}.`];
  if (outcome.misconfSuccesses > 0) notes.push(`${outcome.misconfSuccesses} configuration check(s) passed.`);
  if (runUrl) notes.push(`[Workflow run](${runUrl})`);
  s.text(notes.join(' '), 4);
  return s;
}

/** The sticky pull-request comment: only what this pull request introduces. */
export function renderComment(outcome: ScanOutcome, runUrl?: string): string {
  const { policy } = outcome;
  const fresh = policy.newFindings;
  const lines = [`### ${policy.passed ? '✅' : '❌'} Trivy: ${fresh.length === 0 ? 'no new findings' : `${fresh.length} new finding(s)`}`, ''];
  if (!policy.baselineUsed) lines.push('_No baseline of the base commit was found, so every finding is listed as new._', '');
  if (policy.failures.length > 0) lines.push(...policy.failures.map((f) => `- ❌ ${f}`), '');
  if (fresh.length > 0) {
    lines.push('| Severity | ID | Package / location | Fixed in |', '| --- | --- | --- | --- |');
    for (const f of fresh.slice(0, 100)) lines.push(`| ${ICON[f.severity]} ${f.severity} | ${idCell(f)} | ${cell(where(f))} | ${cell(f.fixedVersion ?? '')} |`);
    if (fresh.length > 100) lines.push('', `_${fresh.length - 100} more in the job summary._`);
  }
  if (runUrl) lines.push('', `[Full results](${runUrl})`);
  return lines.join('\n');
}

/** Misconfigurations and secrets at file:line, where a reviewer sees them; the rest is in the summary. */
export function annotate(outcome: ScanOutcome, logger: Logger, max = 50): number {
  const gating = new Set(outcome.policy.gating);
  const located = outcome.policy.active.filter((f) => (f.kind === 'misconfiguration' || f.kind === 'secret') && f.file !== undefined);
  for (const f of located.slice(0, max)) {
    const props: AnnotationProperties = { title: `${f.id} (${f.severity})`, file: f.file ?? '' };
    if (f.startLine !== undefined) props.startLine = f.startLine;
    if (f.endLine !== undefined) props.endLine = f.endLine;
    const text = `${f.title}${f.description ? `: ${f.description}` : ''}`;
    if (gating.has(f)) logger.error(text, props);
    else if (f.severity === 'LOW' || f.severity === 'UNKNOWN') logger.notice(text, props);
    else logger.warning(text, props);
  }
  for (const r of outcome.policy.expiredIgnores) logger.error(`Ignore rule '${r.id}' expired on ${r.expiresAt ?? ''} and no longer applies; fix the finding or renew the rule with a statement.`, { file: r.file, startLine: r.line, title: 'Expired ignore rule' });
  for (const r of outcome.policy.unusedIgnores.filter((u) => !outcome.policy.expiredIgnores.includes(u))) {
    logger.warning(`Ignore rule '${r.id}' matched no finding; remove it if it is stale.`, { file: r.file, startLine: r.line, title: 'Unused ignore rule' });
  }
  return Math.max(0, located.length - max);
}
