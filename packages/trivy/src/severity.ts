import { ConfigurationError } from '@pipeline/core';

export const SEVERITIES = ['UNKNOWN', 'LOW', 'MEDIUM', 'HIGH', 'CRITICAL'] as const;
export type Severity = (typeof SEVERITIES)[number];

const RANK: Record<Severity, number> = { UNKNOWN: 0, LOW: 1, MEDIUM: 2, HIGH: 3, CRITICAL: 4 };

export function severityRank(severity: Severity): number {
  return RANK[severity];
}

/** Trivy's own spelling is upper case; anything it does not know is UNKNOWN, as in Trivy. */
export function toSeverity(value: string | undefined): Severity {
  const upper = (value ?? '').toUpperCase();
  return (SEVERITIES as readonly string[]).includes(upper) ? (upper as Severity) : 'UNKNOWN';
}

/** For inputs: `high`, `HIGH` and `High` all mean HIGH; anything else is a mistake. */
export function parseSeverity(value: string, where: { input?: string; file?: string; line?: number }): Severity {
  const upper = value.trim().toUpperCase();
  if (!(SEVERITIES as readonly string[]).includes(upper)) {
    const name = where.input !== undefined ? `Input '${where.input}'` : `'${where.file ?? ''}'${where.line !== undefined ? ` line ${where.line}` : ''}`;
    throw new ConfigurationError(`${name}: '${value}' is not a severity; expected one of ${SEVERITIES.join(', ')} (any case).`, where);
  }
  return upper as Severity;
}

/**
 * GitHub's `security-severity` when a finding carries no CVSS score: the values Trivy's
 * own SARIF writer uses, which land each level in GitHub's matching band
 * (critical > 9.0, high 7.0-8.9, medium 4.0-6.9, low 0.1-3.9).
 */
export const SEVERITY_SCORE: Record<Severity, number> = { CRITICAL: 9.5, HIGH: 8.0, MEDIUM: 5.5, LOW: 2.0, UNKNOWN: 0.0 };
