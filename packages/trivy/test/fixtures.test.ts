// Conformance on Trivy's own integration-test goldens (../shared/fixtures/trivy-json), read in
// place. The expected counts are read from PROVENANCE.md, which records them from the reports.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluatePolicy, extractFindings, parseTrivyJson, toSarif, type Severity } from '../src/index.ts';
import { validateSarif } from '../../../test/support/trivy/sarif-schema.ts';

const root = join(import.meta.dirname, '..', '..', '..');
const fixtures = process.env['PIPELINE_FIXTURES'] ?? join(root, '..', 'shared', 'fixtures');
const present = existsSync(join(fixtures, 'trivy-json'));

interface Expected {
  file: string;
  results: number;
  vulns: number;
  bySeverity: Record<string, number>;
  misconfFailures: number;
  misconfSuccesses: number;
  secrets: number;
  licenses: number;
}

function expectations(): Expected[] {
  const text = readFileSync(join(fixtures, 'PROVENANCE.md'), 'utf8');
  const rows: Expected[] = [];
  const re = /^\| (trivy-json\/\S+) \|.*\\\| Results=(\d+); vulns=(\d+) (\{[^}]*\}); misconf failures=(\d+) \(successes (\d+)\); secrets=(\d+); licenses=(\d+);/gm;
  for (const m of text.matchAll(re)) {
    rows.push({
      file: m[1]!,
      results: Number(m[2]),
      vulns: Number(m[3]),
      bySeverity: JSON.parse(m[4]!) as Record<string, number>,
      misconfFailures: Number(m[5]),
      misconfSuccesses: Number(m[6]),
      secrets: Number(m[7]),
      licenses: Number(m[8]),
    });
  }
  return rows;
}

const NOW = new Date('2026-11-22T00:00:00Z');
const basePolicy = { failOn: undefined, ignoreUnfixed: false, ignores: [], vex: [], baseline: undefined, newOnly: false, slaDays: {}, now: NOW };

if (!present) console.log(`Trivy conformance skipped: no fixtures at ${join(fixtures, 'trivy-json')} (set PIPELINE_FIXTURES).`);

describe.skipIf(!present)('Trivy JSON goldens', () => {
  const cases = present ? expectations() : [];

  it('finds every trivy-json report listed in PROVENANCE.md', () => {
    expect(cases.length).toBeGreaterThanOrEqual(16);
  });

  it.each(cases.map((c) => [c.file, c] as const))('%s matches the recorded counts', (_, expected) => {
    const report = parseTrivyJson(readFileSync(join(fixtures, expected.file), 'utf8'), expected.file);
    expect(report.Results ?? []).toHaveLength(expected.results);
    const { findings, misconfSuccesses } = extractFindings(report);
    const count = (kind: string): number => findings.filter((f) => f.kind === kind).length;
    expect(count('vulnerability')).toBe(expected.vulns);
    expect(count('misconfiguration')).toBe(expected.misconfFailures);
    expect(misconfSuccesses).toBe(expected.misconfSuccesses);
    expect(count('secret')).toBe(expected.secrets);
    expect(count('license')).toBe(expected.licenses);
    const severities: Partial<Record<Severity, number>> = {};
    for (const f of findings.filter((x) => x.kind === 'vulnerability')) severities[f.severity] = (severities[f.severity] ?? 0) + 1;
    expect(severities).toEqual(expected.bySeverity);

    const sarif = toSarif(evaluatePolicy(findings, [], basePolicy).active, { category: `trivy/${expected.file}`, toolVersion: report.Trivy?.Version ?? 'dev' });
    expect(validateSarif(sarif.log)).toEqual([]);
    expect(sarif.log.runs[0]!.results).toHaveLength(findings.length);
    expect(sarif.log.runs[0]!.automationDetails.id).toBe(`trivy/${expected.file}/`);
  });

  it('uses Trivy\'s Fingerprint when present and a stable derived one otherwise', () => {
    const alpine = extractFindings(parseTrivyJson(readFileSync(join(fixtures, 'trivy-json/trivy/alpine-39.json.golden'), 'utf8'), 'a'));
    expect(alpine.findings.every((f) => f.fingerprint.startsWith('sha256:'))).toBe(true);
    const pom = extractFindings(parseTrivyJson(readFileSync(join(fixtures, 'trivy-json/trivy/pom.json.golden'), 'utf8'), 'p'));
    const again = extractFindings(parseTrivyJson(readFileSync(join(fixtures, 'trivy-json/trivy/pom.json.golden'), 'utf8'), 'p'));
    expect(pom.findings.map((f) => f.fingerprint)).toEqual(again.findings.map((f) => f.fingerprint));
    expect(new Set(pom.findings.map((f) => f.fingerprint)).size).toBe(pom.findings.length);
  });

  it('maps CVSS to security-severity and keeps misconfig and secret locations', () => {
    const alpine = extractFindings(parseTrivyJson(readFileSync(join(fixtures, 'trivy-json/trivy/alpine-39.json.golden'), 'utf8'), 'a'));
    const cve = alpine.findings.find((f) => f.id === 'CVE-2019-1549')!;
    expect(cve.score).toBe(5.3); // SeveritySource nvd, V3Score 5.3
    const sarif = toSarif(alpine.findings, { category: 'image' });
    const rule = sarif.log.runs[0]!.tool.driver.rules.find((r) => r.id === 'CVE-2019-1549')!;
    expect(rule.properties['security-severity']).toBe('5.3');

    const helm = extractFindings(parseTrivyJson(readFileSync(join(fixtures, 'trivy-json/trivy/helm.json.golden'), 'utf8'), 'h'));
    const ksv = helm.findings.find((f) => f.id === 'KSV-0001')!;
    expect(ksv).toMatchObject({ file: 'testchart.tar.gz', startLine: 19, endLine: 22 });
    const secrets = extractFindings(parseTrivyJson(readFileSync(join(fixtures, 'trivy-json/trivy/secrets.json.golden'), 'utf8'), 's'));
    expect(secrets.findings.map((f) => [f.id, f.file, f.startLine])).toEqual([
      ['aws-access-key-id', 'deploy.sh', 3],
      ['mysecret', 'deploy.sh', 7],
    ]);
  });

  it('shows what Trivy itself suppressed (ExperimentalModifiedFindings)', () => {
    const npm = extractFindings(parseTrivyJson(readFileSync(join(fixtures, 'trivy-json/trivy/npm-with-suppressed.json.golden'), 'utf8'), 'n'));
    expect(npm.suppressedByTrivy.map((s) => [s.finding.id, s.status])).toEqual(
      (JSON.parse(readFileSync(join(fixtures, 'trivy-json/trivy/npm-with-suppressed.json.golden'), 'utf8')) as { Results: { ExperimentalModifiedFindings: { Finding: { VulnerabilityID: string }; Status: string }[] }[] }).Results[0]!.ExperimentalModifiedFindings.map((m) => [
        m.Finding.VulnerabilityID,
        m.Status,
      ]),
    );
  });
});
