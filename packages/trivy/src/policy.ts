import { ConfigurationError } from '@pipeline/core';
import type { TrivyFinding } from './findings.ts';
import { isExpired, ruleMatches, type IgnoreRule } from './ignore.ts';
import { severityRank, type Severity } from './severity.ts';
import { vexFor, type VexStatement } from './vex.ts';

export type SuppressionReason = 'vex' | 'ignore-file' | 'unfixed' | 'trivy';

export interface Suppressed {
  finding: TrivyFinding;
  reason: SuppressionReason;
  /** What the user wrote: the VEX status and justification, or the ignore file and line with its statement. */
  detail: string;
}

export interface SlaBreach {
  finding: TrivyFinding;
  ageDays: number;
  slaDays: number;
}

export interface PolicyOptions {
  /** Findings at or above this fail the gate; undefined reports without failing. */
  failOn: Severity | undefined;
  ignoreUnfixed: boolean;
  ignores: readonly IgnoreRule[];
  vex: readonly VexStatement[];
  /** Fingerprints of the base commit's findings; undefined when there is no baseline. */
  baseline: ReadonlySet<string> | undefined;
  /** Gate only on findings missing from the baseline. */
  newOnly: boolean;
  /** Days a fixable finding of a severity may stay open after it was published. */
  slaDays: Partial<Record<Severity, number>>;
  now: Date;
}

export interface PolicyResult {
  /** Everything still reported after suppressions, most severe first. */
  active: TrivyFinding[];
  suppressed: Suppressed[];
  /** Active findings missing from the baseline; every active finding when there is no baseline. */
  newFindings: TrivyFinding[];
  baselineUsed: boolean;
  /** Active findings that fail the severity gate (only new ones with `newOnly`). */
  gating: TrivyFinding[];
  slaBreaches: SlaBreach[];
  /** Rules past their expiry date: they no longer suppress anything, and fail the gate so someone reviews them. */
  expiredIgnores: IgnoreRule[];
  /** Rules that matched nothing: probably stale or misspelt. */
  unusedIgnores: IgnoreRule[];
  passed: boolean;
  /** One line per reason the gate failed, for the log, summary and comment. */
  failures: string[];
}

const DAY_MS = 86_400_000;

export function bySeverity(a: TrivyFinding, b: TrivyFinding): number {
  return severityRank(b.severity) - severityRank(a.severity) || b.score - a.score || a.id.localeCompare(b.id);
}

/**
 * Applies the user's policy to what Trivy found. Reporting and failing are separate:
 * every unsuppressed finding is reported, and only those at or above `failOn` (and new,
 * with `newOnly`) or past their SLA fail the gate.
 */
export function evaluatePolicy(findings: readonly TrivyFinding[], trivySuppressed: readonly Suppressed[], options: PolicyOptions): PolicyResult {
  const today = options.now.toISOString().slice(0, 10);
  const expiredIgnores = options.ignores.filter((rule) => isExpired(rule, today));
  const liveIgnores = options.ignores.filter((rule) => !isExpired(rule, today));
  const used = new Set<IgnoreRule>();
  const active: TrivyFinding[] = [];
  const suppressed: Suppressed[] = [...trivySuppressed];

  for (const finding of findings) {
    for (const rule of options.ignores) if (ruleMatches(rule, finding)) used.add(rule);
    const vex = options.vex.length > 0 ? vexFor(options.vex, finding) : undefined;
    if (vex && (vex.status === 'not_affected' || vex.status === 'fixed')) {
      suppressed.push({ finding, reason: 'vex', detail: [vex.status, vex.justification, vex.statement].filter(Boolean).join(': ') + ` (${vex.source})` });
      continue;
    }
    const rule = liveIgnores.find((r) => ruleMatches(r, finding));
    if (rule) {
      suppressed.push({ finding, reason: 'ignore-file', detail: `${rule.file}:${rule.line}${rule.statement ? `: ${rule.statement}` : ''}` });
      continue;
    }
    if (options.ignoreUnfixed && finding.kind === 'vulnerability' && finding.fixedVersion === undefined) {
      suppressed.push({ finding, reason: 'unfixed', detail: `no fixed version${finding.status ? ` (${finding.status})` : ''}` });
      continue;
    }
    active.push(finding);
  }
  active.sort(bySeverity);

  const baselineUsed = options.baseline !== undefined;
  const newFindings = options.baseline ? active.filter((f) => !options.baseline?.has(f.fingerprint)) : active;
  const threshold = options.failOn === undefined ? undefined : severityRank(options.failOn);
  const pool = options.newOnly ? newFindings : active;
  const gating = threshold === undefined ? [] : pool.filter((f) => severityRank(f.severity) >= threshold);

  const slaBreaches: SlaBreach[] = [];
  for (const finding of active) {
    const sla = options.slaDays[finding.severity];
    if (sla === undefined || finding.fixedVersion === undefined || finding.publishedDate === undefined) continue;
    const published = Date.parse(finding.publishedDate);
    if (Number.isNaN(published)) continue;
    const ageDays = Math.floor((options.now.getTime() - published) / DAY_MS);
    if (ageDays > sla) slaBreaches.push({ finding, ageDays, slaDays: sla });
  }

  const failures: string[] = [];
  if (gating.length > 0) {
    failures.push(`${gating.length} ${options.newOnly ? 'new ' : ''}finding(s) at or above ${options.failOn ?? ''}`);
  }
  if (slaBreaches.length > 0) failures.push(`${slaBreaches.length} fixable finding(s) open longer than their SLA`);
  if (expiredIgnores.length > 0) failures.push(`${expiredIgnores.length} expired ignore rule(s) to review`);
  return {
    active,
    suppressed,
    newFindings,
    baselineUsed,
    gating,
    slaBreaches,
    expiredIgnores,
    unusedIgnores: options.ignores.filter((rule) => !used.has(rule)),
    passed: failures.length === 0,
    failures,
  };
}

/**
 * `sla-days`: `critical: 7, high: 30` (commas or newlines). Severities not listed have no SLA.
 */
export function parseSlaDays(text: string | undefined): Partial<Record<Severity, number>> {
  const result: Partial<Record<Severity, number>> = {};
  if (text === undefined || text.trim() === '') return result;
  for (const part of text.split(/[,\n]/).map((p) => p.trim()).filter(Boolean)) {
    const match = /^([A-Za-z]+)\s*[:=]\s*(\d+)$/.exec(part);
    const severity = match ? (match[1] ?? '').toUpperCase() : '';
    if (!match || !['CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'UNKNOWN'].includes(severity)) {
      throw new ConfigurationError(`Input 'sla-days': '${part}' is not understood; expected entries such as 'critical: 7, high: 30' (severity: days).`, { input: 'sla-days' });
    }
    result[severity as Severity] = Number(match[2]);
  }
  return result;
}
