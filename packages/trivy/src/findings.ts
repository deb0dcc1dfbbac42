import { hash } from 'node:crypto';
import type { TrivyCvss, TrivyMisconfiguration, TrivyReport, TrivyResult, TrivyVulnerability } from './report.ts';
import { SEVERITY_SCORE, toSeverity, type Severity } from './severity.ts';

export type FindingKind = 'vulnerability' | 'misconfiguration' | 'secret' | 'license';

/** One thing Trivy reported, flattened out of its Result, in the shape the policy and every output use. */
export interface TrivyFinding {
  kind: FindingKind;
  /** VulnerabilityID, misconfiguration ID, secret RuleID or license name. */
  id: string;
  severity: Severity;
  /** The Result's Target: an image and OS, a lock file, a config file. */
  target: string;
  /** The Result's Class: os-pkgs, lang-pkgs, config, secret, license, license-file. */
  resultClass: string;
  title: string;
  description?: string;
  url?: string;
  pkgName?: string;
  purl?: string;
  installedVersion?: string;
  fixedVersion?: string;
  /** Trivy's vulnerability status: fixed, affected, will_not_fix, fix_deferred, end_of_life... */
  status?: string;
  /** A repository file the finding is in, for annotations and SARIF (config, secret, license-file). */
  file?: string;
  startLine?: number;
  endLine?: number;
  /** 0-10, from CVSS when present, else from the severity. */
  score: number;
  publishedDate?: string;
  /** Stable across commits: see `fingerprintOf`. */
  fingerprint: string;
}

export interface ExtractedFindings {
  findings: TrivyFinding[];
  /** Findings Trivy itself suppressed (VEX, ignore files) and listed in ExperimentalModifiedFindings. */
  suppressedByTrivy: { finding: TrivyFinding; status: string; statement: string; source: string }[];
  /** Config checks that passed, per target, so the summary can show coverage of the scan. */
  misconfSuccesses: number;
}

/** Sources tried in order for a CVSS score: the one Trivy graded the severity from, then NVD, then GHSA. */
function cvssScore(cvss: Record<string, TrivyCvss> | undefined, preferred: string | undefined): number | undefined {
  if (!cvss) return undefined;
  const order = [preferred, 'nvd', 'ghsa', 'redhat', ...Object.keys(cvss)].filter((s): s is string => s !== undefined);
  for (const source of order) {
    const entry = cvss[source];
    const score = entry?.V40Score ?? entry?.V3Score ?? entry?.V2Score;
    if (typeof score === 'number' && score >= 0 && score <= 10) return score;
  }
  return undefined;
}

function digest(parts: readonly string[]): string {
  return hash('sha256', parts.join('\u0000'), 'hex').slice(0, 32);
}

/**
 * The identity of a finding across scans: Trivy's own `Fingerprint` when it wrote one,
 * otherwise the vulnerability ID with the package (its PURL, else name and path) and
 * the target. Lines are left out, so a config finding that moves keeps its identity.
 */
export function fingerprintOf(parts: { kind: FindingKind; id: string; target: string; pkg?: string; extra?: string }, trivyFingerprint?: string): string {
  if (trivyFingerprint) return trivyFingerprint;
  return `pipeline:${digest([parts.kind, parts.id, parts.pkg ?? '', parts.target, parts.extra ?? ''])}`;
}

/** Repository files Trivy names as targets; images ("alpine:3.19 (alpine 3.19.1)") and language names are not files. */
function fileOfTarget(result: TrivyResult): string | undefined {
  const target = result.Target ?? '';
  if (result.Class === 'os-pkgs' || target === '' || target.includes(' (')) return undefined;
  if (result.Class === 'license' || (result.Class === 'lang-pkgs' && !/[./]/.test(target))) return undefined;
  // Files inside archives ("chart.tgz:templates/pod.yaml") are reported on the archive.
  return target.split(':')[0];
}

function vulnerability(result: TrivyResult, v: TrivyVulnerability): TrivyFinding {
  const severity = toSeverity(v.Severity);
  const id = v.VulnerabilityID ?? 'UNKNOWN-ID';
  const target = result.Target ?? '';
  const pkg = v.PkgIdentifier?.PURL ?? [v.PkgName ?? v.PkgID ?? '', v.InstalledVersion ?? '', v.PkgPath ?? ''].join('@');
  const finding: TrivyFinding = {
    kind: 'vulnerability',
    id,
    severity,
    target,
    resultClass: result.Class ?? '',
    title: v.Title ?? id,
    score: cvssScore(v.CVSS, v.SeveritySource) ?? SEVERITY_SCORE[severity],
    fingerprint: fingerprintOf({ kind: 'vulnerability', id, target, pkg }, v.Fingerprint),
  };
  if (v.Description !== undefined) finding.description = v.Description;
  if (v.PrimaryURL !== undefined) finding.url = v.PrimaryURL;
  if (v.PkgName !== undefined) finding.pkgName = v.PkgName;
  if (v.PkgIdentifier?.PURL !== undefined) finding.purl = v.PkgIdentifier.PURL;
  if (v.InstalledVersion !== undefined) finding.installedVersion = v.InstalledVersion;
  if (v.FixedVersion !== undefined && v.FixedVersion !== '') finding.fixedVersion = v.FixedVersion;
  if (v.Status !== undefined) finding.status = v.Status;
  if (v.PublishedDate !== undefined) finding.publishedDate = v.PublishedDate;
  const file = fileOfTarget(result);
  if (file !== undefined) finding.file = v.PkgPath ?? file;
  return finding;
}

function misconfiguration(result: TrivyResult, m: TrivyMisconfiguration): TrivyFinding {
  const severity = toSeverity(m.Severity);
  const id = m.ID ?? m.AVDID ?? 'UNKNOWN-CHECK';
  const target = result.Target ?? '';
  const finding: TrivyFinding = {
    kind: 'misconfiguration',
    id,
    severity,
    target,
    resultClass: result.Class ?? 'config',
    title: m.Title ?? id,
    score: SEVERITY_SCORE[severity],
    fingerprint: fingerprintOf({ kind: 'misconfiguration', id, target, extra: `${m.CauseMetadata?.Resource ?? ''}\u0000${m.Message ?? ''}` }),
  };
  const description = [m.Message, m.Resolution].filter(Boolean).join(' ');
  if (description !== '') finding.description = description;
  if (m.PrimaryURL !== undefined) finding.url = m.PrimaryURL;
  const file = fileOfTarget(result);
  if (file !== undefined) finding.file = file;
  if (m.CauseMetadata?.StartLine) finding.startLine = m.CauseMetadata.StartLine;
  if (m.CauseMetadata?.EndLine) finding.endLine = m.CauseMetadata.EndLine;
  return finding;
}

/** Flattens every Result into findings. Passed config checks are counted, not listed. */
export function extractFindings(report: TrivyReport): ExtractedFindings {
  const findings: TrivyFinding[] = [];
  const suppressedByTrivy: ExtractedFindings['suppressedByTrivy'] = [];
  let misconfSuccesses = 0;
  for (const result of report.Results ?? []) {
    const target = result.Target ?? '';
    for (const v of result.Vulnerabilities ?? []) findings.push(vulnerability(result, v));
    // Passed checks are listed only with --include-non-failures; the summary always counts them.
    let passed = 0;
    for (const m of result.Misconfigurations ?? []) {
      if (m.Status === 'PASS' || m.Status === 'EXCEPTION') passed += 1;
      else findings.push(misconfiguration(result, m));
    }
    misconfSuccesses += result.MisconfSummary?.Successes ?? passed;
    for (const s of result.Secrets ?? []) {
      const severity = toSeverity(s.Severity);
      const id = s.RuleID ?? 'secret';
      const finding: TrivyFinding = {
        kind: 'secret',
        id,
        severity,
        target,
        resultClass: result.Class ?? 'secret',
        title: s.Title ?? id,
        score: SEVERITY_SCORE[severity],
        file: target,
        // The match is redacted by Trivy, so it identifies the occurrence without holding the secret.
        fingerprint: fingerprintOf({ kind: 'secret', id, target, extra: s.Match ?? '' }),
      };
      if (s.Category !== undefined) finding.description = `${s.Category} secret`;
      if (s.StartLine) finding.startLine = s.StartLine;
      if (s.EndLine) finding.endLine = s.EndLine;
      findings.push(finding);
    }
    for (const l of result.Licenses ?? []) {
      const severity = toSeverity(l.Severity);
      const id = l.Name ?? 'unknown-license';
      const finding: TrivyFinding = {
        kind: 'license',
        id,
        severity,
        target,
        resultClass: result.Class ?? 'license',
        title: `${l.Category ?? 'restricted'} license ${id}${l.PkgName ? ` in ${l.PkgName}` : ''}`,
        score: SEVERITY_SCORE[severity],
        fingerprint: fingerprintOf({ kind: 'license', id, target, pkg: l.PkgName ?? l.FilePath ?? '' }),
      };
      if (l.PkgName) finding.pkgName = l.PkgName;
      if (l.FilePath) finding.file = l.FilePath;
      if (l.Link) finding.url = l.Link;
      findings.push(finding);
    }
    for (const modified of result.ExperimentalModifiedFindings ?? []) {
      if (!modified.Finding) continue;
      const inner: TrivyResult = { ...result, Vulnerabilities: [], Misconfigurations: [] };
      const finding = modified.Type === 'misconfiguration' ? misconfiguration(inner, modified.Finding) : vulnerability(inner, modified.Finding);
      suppressedByTrivy.push({ finding, status: modified.Status ?? 'ignored', statement: modified.Statement ?? '', source: modified.Source ?? 'Trivy' });
    }
  }
  return { findings, suppressedByTrivy, misconfSuccesses };
}
