import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '@pipeline/core';
import { buildSnapshot, correlatorOf, evaluateLicenses, ntiaFromCycloneDx, parseLicensePolicy, scoreNtia, snapshotTarget, type Component, type LockfileResult } from '../src/index.ts';

function component(name: string, license?: string, extra: Partial<Component> = {}): Component {
  return { name, version: '1.0.0', purl: `pkg:npm/${name}@1.0.0`, ecosystem: 'npm', scope: 'runtime', direct: true, hashes: [], dependencies: [], ...(license ? { license } : {}), ...extra };
}

const policy = (p: Partial<{ allow: string[]; deny: string[]; unknown: 'fail' | 'warn' | 'ignore'; exceptions: string[] }>) =>
  parseLicensePolicy({ allow: p.allow ?? [], deny: p.deny ?? [], unknown: p.unknown ?? 'warn', exceptions: p.exceptions ?? [] });

describe('license policy', () => {
  it('passes an OR expression when one choice avoids every denied license', () => {
    const report = evaluateLicenses([component('dual', '(MIT OR GPL-3.0-only)'), component('gpl', 'GPL-3.0-only'), component('both', 'MIT AND GPL-3.0-only')], policy({ deny: ['GPL-3.0-only'] }));
    expect(report.findings.map((f) => [f.component.name, f.problem])).toEqual([['gpl', 'denied'], ['both', 'denied']]);
    expect(report.verdict).toBe('fail');
  });

  it('allows only what allow-licenses lists, with + ranges and exceptions as spdx-satisfies defines them', () => {
    const report = evaluateLicenses(
      [component('a', 'MIT'), component('b', 'Apache-2.0'), component('c', 'GPL-3.0-or-later'), component('d', 'BSD-3-Clause')],
      policy({ allow: ['MIT', 'Apache-2.0', 'GPL-2.0+'] }),
    );
    expect(report.findings.map((f) => [f.component.name, f.problem])).toEqual([['d', 'not-allowed']]);
  });

  it('treats a missing or non-SPDX license by unknown-license', () => {
    const comps = [component('none'), component('named', 'Some Custom License')];
    expect(evaluateLicenses(comps, policy({ unknown: 'fail' })).verdict).toBe('fail');
    expect(evaluateLicenses(comps, policy({ unknown: 'warn' })).verdict).toBe('warn');
    expect(evaluateLicenses(comps, policy({ unknown: 'ignore' })).findings).toEqual([]);
  });

  it('applies exceptions by PURL, PURL without version, name or name@version, and keeps the reason', () => {
    const comps = [component('x', 'GPL-3.0-only'), component('y', 'GPL-3.0-only'), component('z', 'GPL-3.0-only')];
    const report = evaluateLicenses(comps, policy({ deny: ['GPL-3.0-only'], exceptions: ['pkg:npm/x vendored fork, LEGAL-1', 'y@1.0.0: approved'] }));
    expect(report.excepted).toEqual([
      { purl: 'pkg:npm/x@1.0.0', license: 'GPL-3.0-only', reason: 'vendored fork, LEGAL-1' },
      { purl: 'pkg:npm/y@1.0.0', license: 'GPL-3.0-only', reason: 'approved' },
    ]);
    expect(report.findings.map((f) => f.component.name)).toEqual(['z']);
    expect(report.byLicense.get('GPL-3.0-only')).toBe(3);
  });

  it('rejects unparsable or compound policy entries and exceptions without a reason', () => {
    expect(() => policy({ deny: ['GPL-3.0 OR'] })).toThrow(ConfigurationError);
    expect(() => policy({ allow: ['MIT OR ISC'] })).toThrow(/without AND\/OR/);
    expect(() => policy({ exceptions: ['pkg:npm/x'] })).toThrow(/followed by its reason/);
  });
});

describe('NTIA minimum elements', () => {
  it('scores the seven elements and names what is missing', () => {
    const doc = {
      metadata: { timestamp: '2026-01-01T00:00:00Z' },
      components: [{ 'bom-ref': 'a', name: 'a', version: '1', purl: 'pkg:npm/a@1', supplier: { name: 'A' } }, { 'bom-ref': 'b', name: 'b' }],
      dependencies: [{ ref: 'a', dependsOn: [] }],
    };
    const score = scoreNtia(ntiaFromCycloneDx(doc));
    // supplier .5, name 1, version .5, id .5, relationships .5, author 0, timestamp 1 => 4/7
    expect(score.score).toBe(57.1);
    expect(score.missing).toEqual(['supplier: 1 of 2 components', 'version: 1 of 2 components', 'unique identifier: 1 of 2 components', 'dependency relationships: 1 of 2 components', 'author: not recorded']);
  });
});

describe('dependency snapshot', () => {
  const lock: LockfileResult = {
    file: 'web/package-lock.json',
    kind: 'npm',
    ecosystem: 'npm',
    root: { name: 'web', path: '', purl: 'pkg:npm/web@1.0.0', dependencies: ['pkg:npm/a@1.0.0', 'pkg:npm/app@2.0.0'] },
    workspaces: [{ name: 'app', path: 'app', purl: 'pkg:npm/app@2.0.0', dependencies: ['pkg:npm/b@1.0.0'] }],
    components: [component('a', 'MIT', { dependencies: ['pkg:npm/c@1.0.0'] }), component('b', 'MIT', { direct: true }), component('c', 'MIT', { direct: false, scope: 'development' })],
  };

  it('keys resolved packages by PURL with relationship, scope and PURL dependencies', () => {
    const snapshot = buildSnapshot([lock], { sha: 'f'.repeat(40), ref: 'refs/heads/main', workflow: 'CI', job: 'sbom', matrixKey: '', runId: 7, runUrl: '', detector: { name: 'd', version: '1', url: 'https://x' }, scanned: new Date(0) });
    expect(snapshot.job).toEqual({ correlator: 'CI_sbom', id: '7' });
    expect(snapshot.manifests['web/package-lock.json']?.resolved).toEqual({
      'pkg:npm/a@1.0.0': { package_url: 'pkg:npm/a@1.0.0', relationship: 'direct', scope: 'runtime', dependencies: ['pkg:npm/c@1.0.0'] },
      'pkg:npm/b@1.0.0': { package_url: 'pkg:npm/b@1.0.0', relationship: 'direct', scope: 'runtime', dependencies: [] },
      'pkg:npm/c@1.0.0': { package_url: 'pkg:npm/c@1.0.0', relationship: 'indirect', scope: 'development', dependencies: [] },
    });
  });

  it('gives each matrix cell its own correlator', () => {
    expect(correlatorOf('CI', 'sbom', '{"os":"linux"}')).not.toBe(correlatorOf('CI', 'sbom', '{"os":"macos"}'));
    expect(correlatorOf('CI', 'sbom', 'null')).toBe('CI_sbom');
  });

  it("uses a pull request's head commit and branch", () => {
    expect(snapshotTarget('pull_request', { pull_request: { head: { sha: 'h', ref: 'feat' } } }, 'merge', 'refs/pull/1/merge')).toEqual({ sha: 'h', ref: 'refs/heads/feat' });
    expect(snapshotTarget('push', {}, 's', 'refs/heads/main')).toEqual({ sha: 's', ref: 'refs/heads/main' });
  });
});
