import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigurationError } from '@pipeline/core';
import { describe, expect, it } from 'vitest';
import { evaluatePolicy } from '../src/evaluate.ts';
import type { Metrics, MetricValue } from '../src/metrics.ts';
import { DEFAULT_CONDITIONS, loadPolicy, parseCondition } from '../src/policy.ts';

const ws = mkdtempSync(join(tmpdir(), 'qg-policy-'));
const load = (raw: string | undefined) => loadPolicy(raw, ws, { newCodeMinLines: 5 });

function metrics(values: Record<string, number | undefined>): Metrics {
  return new Proxy({} as Metrics, {
    get: (_, key: string): MetricValue => (values[key] === undefined ? { missing: `no data for ${key}` } : { value: values[key] as number }),
  });
}

describe('parseCondition', () => {
  it('reads metric, operator, threshold and percent sugar', async () => {
    expect(parseCondition('load.error-rate <= 1%')).toMatchObject({ metric: 'load.error-rate', op: '<=', threshold: 1 });
    expect(parseCondition('  coverage.lines>=80.5 ')).toMatchObject({ metric: 'coverage.lines', op: '>=', threshold: 80.5, text: 'coverage.lines>=80.5' });
  });

  it.each([
    ['coverage.lines => 80', /not valid/],
    ['coverage.everything >= 80', /unknown metric 'coverage.everything'.*Known metrics: tests.total/],
    ['tests.failed == 0%', /measured in count, not percent/],
    ['coverage.lines >= eighty', /not valid/],
  ])('rejects %j with a message saying what is valid', (text, message) => {
    expect(() => parseCondition(text)).toThrow(message);
  });
});

describe('loadPolicy', () => {
  it('defaults to the Sonar-way-like policy whose conditions skip when their data is absent', async () => {
    const policy = await load(undefined);
    expect(policy.conditions.map((c) => c.text)).toEqual([...DEFAULT_CONDITIONS]);
    expect(policy.conditions.every((c) => c.ifMissing === 'skip')).toBe(true);
  });

  it('reads inline YAML lists, mappings with extends/new-code, and object conditions', async () => {
    expect((await load('- tests.failed == 0\n- coverage.lines >= 80')).conditions.map((c) => c.text)).toEqual(['tests.failed == 0', 'coverage.lines >= 80']);
    const policy = await load('extends: default\nnew-code:\n  min-lines: 20\nconditions:\n  - condition: findings.new.warning == 0\n    severity: warning\n');
    expect(policy.newCodeMinLines).toBe(20);
    expect(policy.conditions).toHaveLength(DEFAULT_CONDITIONS.length + 1);
    expect(policy.conditions.at(-1)).toMatchObject({ severity: 'warning', ifMissing: 'fail' });
  });

  it('reads a policy file inside the workspace and points errors at its line', async () => {
    writeFileSync(join(ws, 'gate.yml'), 'conditions:\n  - tests.failed == 0\n  - coverage.lines >= lots\n');
    let error: unknown;
    try {
      await load('gate.yml');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error).toMatchObject({ file: 'gate.yml', line: 3 });
  });

  it('refuses a policy file outside the workspace, unknown keys, anchors and empty policies', async () => {
    await expect(load('../../etc/policy.yml')).rejects.toThrow(/outside the workspace/);
    await expect(load('condition:\n  - tests.failed == 0')).rejects.toThrow(/unknown key 'condition'/);
    await expect(load('conditions: []')).rejects.toThrow(/no conditions/);
    await expect(load('missing.yml')).rejects.toThrow(/cannot be read/);
    await expect(load('a: &x [1]\nb: *x')).rejects.toThrow(ConfigurationError);
  });
});

describe('evaluatePolicy', () => {
  it('passes and fails on values, with warnings never failing the gate', async () => {
    const policy = await load('- tests.failed == 0\n- coverage.lines >= 80\n- condition: findings.warning == 0\n  severity: warning');
    const verdict = evaluatePolicy(policy, metrics({ 'tests.failed': 0, 'coverage.lines': 79.99, 'findings.warning': 3 }));
    expect(verdict.results.map((r) => r.status)).toEqual(['passed', 'failed', 'failed']);
    expect(verdict).toMatchObject({ passed: false, failures: 1, warnings: 1 });
  });

  it('never passes a condition without data: user conditions fail, default ones skip', async () => {
    const user = evaluatePolicy(await load('- coverage.new-lines >= 80'), metrics({}));
    expect(user.passed).toBe(false);
    expect(user.results[0]).toMatchObject({ status: 'failed', reason: 'no data: no data for coverage.new-lines' });
    const defaults = evaluatePolicy(await load(undefined), metrics({}));
    expect(defaults.results.every((r) => r.status === 'skipped')).toBe(true);
  });

  it('compares floating-point values without rounding surprises', async () => {
    const verdict = evaluatePolicy(await load('- coverage.lines >= 80'), metrics({ 'coverage.lines': (4 / 5) * 100 }));
    expect(verdict.passed).toBe(true);
  });
});
