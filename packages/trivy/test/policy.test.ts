import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigurationError } from '@pipeline/core';
import { describe, expect, it } from 'vitest';
import { evaluatePolicy, extractFindings, parseIgnoreFile, parseOpenVex, parseSlaDays, parseTrivyJson, toSarif, type PolicyOptions, type TrivyFinding } from '../src/index.ts';
import { validateSarif } from '../../../test/support/trivy/sarif-schema.ts';

const root = join(import.meta.dirname, '..', '..', '..');
const fixtures = process.env['PIPELINE_FIXTURES'] ?? join(root, '..', 'shared', 'fixtures');
const dir = join(fixtures, 'trivy-json', 'trivy');
const present = existsSync(dir);

function load(name: string): TrivyFinding[] {
  return extractFindings(parseTrivyJson(readFileSync(join(dir, name), 'utf8'), name)).findings;
}

const NOW = new Date('2026-11-22T12:00:00Z');
const base: PolicyOptions = { failOn: undefined, ignoreUnfixed: false, ignores: [], vex: [], baseline: undefined, newOnly: false, slaDays: {}, now: NOW };

function thrown(fn: () => unknown): ConfigurationError {
  try {
    fn();
  } catch (error) {
    if (error instanceof ConfigurationError) return error;
    throw error;
  }
  throw new Error('expected a ConfigurationError');
}

describe('ignore files', () => {
  it('reads plain .trivyignore with comments and exp: dates', () => {
    const rules = parseIgnoreFile('# accepted\nCVE-2019-1549\n\nCVE-2019-1563 exp:2024-01-31 # old\n', '.trivyignore');
    expect(rules).toEqual([
      { id: 'CVE-2019-1549', file: '.trivyignore', line: 2 },
      { id: 'CVE-2019-1563', expiresAt: '2024-01-31', file: '.trivyignore', line: 4 },
    ]);
  });

  it('names the file and line of a malformed plain entry', () => {
    const error = thrown(() => parseIgnoreFile('CVE-1\nCVE-2 expires:tomorrow\n', '.trivyignore'));
    expect(error.message).toMatch(/^\.trivyignore:2: 'expires:tomorrow' is not understood/);
    expect(error.line).toBe(2);
  });

  it('reads .trivyignore.yaml sections with paths, purls, statements and expiry', () => {
    const yaml = [
      'vulnerabilities:',
      '  - id: CVE-2019-1549',
      '    purls: ["pkg:apk/alpine/libcrypto1.1@1.1.1b-r1"]',
      '    statement: fork() is never called',
      '  - id: CVE-2019-1563',
      '    expired_at: 2025-01-01',
      'misconfigurations:',
      '  - id: AVD-DS-0002',
      '    paths: ["Dockerfile"]',
      'secrets:',
      '  - id: github-pat',
    ].join('\n');
    const rules = parseIgnoreFile(yaml, '.trivyignore.yaml');
    expect(rules.map((r) => [r.id, r.line, r.kinds, r.expiresAt])).toEqual([
      ['CVE-2019-1549', 2, ['vulnerability'], undefined],
      ['CVE-2019-1563', 5, ['vulnerability'], '2025-01-01'],
      ['AVD-DS-0002', 8, ['misconfiguration'], undefined],
      ['github-pat', 11, ['secret'], undefined],
    ]);
  });

  it.each([
    ['vulnerabilities:\n  - id: CVE-1\n    expired_at: soon\n', /\.trivyignore\.yaml:3: expired_at 'soon'/],
    ['vulnerabilities:\n  - idd: CVE-1\n', /\.trivyignore\.yaml:2: an entry of 'vulnerabilities' has no 'id'/],
    ['vulns:\n  - id: CVE-1\n', /\.trivyignore\.yaml:1: unknown section 'vulns'/],
    ['vulnerabilities:\n  - id: CVE-1\n   bad: [\n', /\.trivyignore\.yaml:\d+: not valid YAML/],
  ])('names the line of a malformed YAML entry: %j', (text, pattern) => {
    expect(thrown(() => parseIgnoreFile(text, '.trivyignore.yaml')).message).toMatch(pattern);
  });
});

describe.skipIf(!present)('policy on real reports', () => {
  it('reports everything but fails only at or above fail-on', () => {
    const findings = load('alpine-39.json.golden'); // CRITICAL 2, MEDIUM 4
    const report = evaluatePolicy(findings, [], { ...base, failOn: 'HIGH' });
    expect(report.active).toHaveLength(6);
    expect(report.gating.map((f) => f.severity)).toEqual(['CRITICAL', 'CRITICAL']);
    expect(report.passed).toBe(false);
    expect(evaluatePolicy(findings, [], { ...base, failOn: undefined }).passed).toBe(true);
    expect(evaluatePolicy(load('alpine-310.json.golden'), [], { ...base, failOn: 'HIGH' }).passed).toBe(true);
  });

  it('suppresses through .trivyignore, reports expired rules as failures and unused ones separately', () => {
    const findings = load('alpine-39.json.golden');
    const medium = findings.find((f) => f.severity === 'MEDIUM')!.id;
    const critical = findings.filter((f) => f.severity === 'CRITICAL');
    const ignores = parseIgnoreFile(`${medium}\n${critical[0]!.id} exp:2025-01-01\nCVE-0000-0000\n`, '.trivyignore');
    const result = evaluatePolicy(findings, [], { ...base, failOn: 'CRITICAL', ignores });
    expect(result.suppressed.map((s) => [s.finding.id, s.reason, s.detail])).toEqual(findings.filter((f) => f.id === medium).map(() => [medium, 'ignore-file', '.trivyignore:1']));
    // The expired rule no longer suppresses: its findings gate again.
    expect(result.gating).toEqual(critical);
    expect(result.expiredIgnores.map((r) => r.line)).toEqual([2]);
    expect(result.unusedIgnores.map((r) => r.id)).toEqual(['CVE-0000-0000']);
    expect(result.failures).toContain('1 expired ignore rule(s) to review');
  });

  it('applies OpenVEX not_affected the way Trivy did for gomod-vex.json.golden', () => {
    const vex = parseOpenVex(
      JSON.stringify({
        '@context': 'https://openvex.dev/ns/v0.2.0',
        '@id': 'https://example.com/vex-1',
        author: 'test',
        timestamp: '2024-01-01T00:00:00Z',
        version: 1,
        statements: [
          { vulnerability: { name: 'CVE-2022-23628' }, products: [{ '@id': 'pkg:golang/github.com/open-policy-agent/opa' }], status: 'not_affected', justification: 'vulnerable_code_not_in_execute_path' },
          { vulnerability: { name: 'CVE-2021-38561' }, products: [{ '@id': 'pkg:golang/golang.org/x/text@v0.3.6' }], status: 'under_investigation' },
        ],
      }),
      'vex.openvex.json',
    );
    const result = evaluatePolicy(load('gomod.json.golden'), [], { ...base, vex });
    const withVex = load('gomod-vex.json.golden');
    expect(result.active.map((f) => f.fingerprint).sort()).toEqual(withVex.map((f) => f.fingerprint).sort());
    expect(result.suppressed.map((s) => [s.finding.id, s.reason, s.detail])).toEqual([['CVE-2022-23628', 'vex', 'not_affected: vulnerable_code_not_in_execute_path (vex.openvex.json)']]);
  });

  it('ignore-unfixed suppresses findings without a fixed version and says so', () => {
    const findings = load('ubi-7-comprehensive.json.golden');
    const unfixed = findings.filter((f) => f.fixedVersion === undefined);
    const result = evaluatePolicy(findings, [], { ...base, ignoreUnfixed: true });
    expect(result.suppressed.filter((s) => s.reason === 'unfixed')).toHaveLength(unfixed.length);
    expect(result.active).toHaveLength(findings.length - unfixed.length);
  });

  it('gates only on new findings against a baseline with fail-on-new-only', () => {
    const before = load('alpine-310.json.golden');
    const after = load('alpine-39.json.golden');
    const baseline = new Set(before.map((f) => f.fingerprint));
    const result = evaluatePolicy(after, [], { ...base, failOn: 'MEDIUM', baseline, newOnly: true });
    const expectedNew = after.filter((f) => !baseline.has(f.fingerprint));
    expect(result.baselineUsed).toBe(true);
    expect(result.newFindings.map((f) => f.fingerprint).sort()).toEqual(expectedNew.map((f) => f.fingerprint).sort());
    // Against itself, nothing is new and the gate passes although MEDIUM findings exist.
    const same = evaluatePolicy(after, [], { ...base, failOn: 'MEDIUM', baseline: new Set(after.map((f) => f.fingerprint)), newOnly: true });
    expect(same.newFindings).toEqual([]);
    expect(same.passed).toBe(true);
    expect(evaluatePolicy(after, [], { ...base, failOn: 'MEDIUM', baseline: new Set(after.map((f) => f.fingerprint)) }).passed).toBe(false);
  });

  it('fails fixable findings published longer ago than their SLA', () => {
    const findings = load('npm-with-suppressed.json.golden'); // CVE-2017-20165 HIGH, published 2023-01-09, fixed in 3.1.0
    const sla = parseSlaDays('critical: 7, high: 30');
    expect(sla).toEqual({ CRITICAL: 7, HIGH: 30 });
    const late = evaluatePolicy(findings, [], { ...base, slaDays: sla });
    const expectedAge = Math.floor((NOW.getTime() - Date.parse('2023-01-09T10:15:10.447Z')) / 86_400_000);
    expect(late.slaBreaches.map((b) => [b.finding.id, b.ageDays, b.slaDays])).toEqual([['CVE-2017-20165', expectedAge, 30]]);
    expect(late.passed).toBe(false);
    const early = evaluatePolicy(findings, [], { ...base, slaDays: sla, now: new Date('2023-01-20T00:00:00Z') });
    expect(early.slaBreaches).toEqual([]);
    expect(thrown(() => parseSlaDays('critical 7')).message).toMatch(/Input 'sla-days': 'critical 7' is not understood/);
  });
});

describe.skipIf(!present)('SARIF within GitHub limits', () => {
  function many(n: number): TrivyFinding[] {
    const seeds = [...load('alpine-39.json.golden'), ...load('helm.json.golden'), ...load('secrets.json.golden')];
    return Array.from({ length: n }, (_, i) => {
      const seed = seeds[i % seeds.length]!;
      return { ...seed, fingerprint: `fp-${i}`, target: `${seed.target}#${i}` };
    });
  }

  it('keeps the 25,000 most severe results and says how many were cut', () => {
    const findings = many(25_300);
    const sarif = toSarif(findings, { category: 'big' });
    const run = sarif.log.runs[0]!;
    expect(run.results).toHaveLength(25_000);
    expect(sarif.cut).toBe(300);
    expect(run.invocations[0]!.toolExecutionNotifications[0]!.message.text).toMatch(/^300 of 25300 findings were left out/);
    const rank = { CRITICAL: 4, HIGH: 3, MEDIUM: 2, LOW: 1, UNKNOWN: 0 } as const;
    const byFingerprint = new Map(findings.map((f) => [f.fingerprint, f]));
    const kept = new Set(run.results.map((r) => r.partialFingerprints['trivyFingerprint/v1']));
    const keptMin = Math.min(...run.results.map((r) => rank[byFingerprint.get(r.partialFingerprints['trivyFingerprint/v1']!)!.severity]));
    const dropped = findings.filter((f) => !kept.has(f.fingerprint));
    expect(Math.max(...dropped.map((f) => rank[f.severity]))).toBeLessThanOrEqual(keptMin);
    expect(sarif.log.runs.length).toBeLessThanOrEqual(20);
    expect(validateSarif(sarif.log)).toEqual([]);
  });

  it('shrinks until the gzipped file fits the size limit', () => {
    const findings = many(2000);
    const full = toSarif(findings, { category: 'small' });
    const limit = Math.floor(full.gzippedBytes / 3);
    const sarif = toSarif(findings, { category: 'small', limits: { gzippedBytes: limit } });
    expect(sarif.gzippedBytes).toBeLessThanOrEqual(limit);
    expect(sarif.cut).toBeGreaterThan(0);
    expect(sarif.kept + sarif.cut).toBe(2000);
    expect(validateSarif(sarif.log)).toEqual([]);
  });
});
