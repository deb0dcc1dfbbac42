import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigurationError } from '@pipeline/core';
import { analysisSchema, parseAnalysisConfig } from '../src/analysis.ts';

const workspace = mkdtempSync(join(tmpdir(), 'bg-analysis-'));
afterAll(() => rmSync(workspace, { recursive: true, force: true }));

function refusal(text: string): ConfigurationError {
  try {
    parseAnalysisConfig(text, workspace);
  } catch (error) {
    if (error instanceof ConfigurationError) return error;
    throw error;
  }
  throw new Error(`accepted: ${text}`);
}

describe('the analysis input', () => {
  it('reads inline YAML with rollback-guard\'s keys, filling in the defaults', () => {
    const config = parseAnalysisConfig('prometheus-url: http://127.0.0.1:9090\ninterval: 5s\nduration: 30s\nmetrics: [http-5xx-rate, latency-p95]\nno-data: inconclusive', workspace);
    expect(config).toMatchObject({
      prometheusUrl: 'http://127.0.0.1:9090',
      interval: 5000,
      duration: 30_000,
      metrics: 'http-5xx-rate\nlatency-p95',
      noData: 'inconclusive',
      judge: 'threshold',
      failureLimit: 0,
      kubeSignals: true,
    });
  });

  it('reads a YAML file in the workspace by path', () => {
    mkdirSync(join(workspace, '.github'), { recursive: true });
    writeFileSync(join(workspace, '.github', 'analysis.yaml'), 'prometheus-url: http://prom:9090\njudge: mann-whitney\nfailure-limit: 2\n');
    expect(parseAnalysisConfig('.github/analysis.yaml', workspace)).toMatchObject({ prometheusUrl: 'http://prom:9090', judge: 'mann-whitney', failureLimit: 2 });
  });

  it('refuses an unknown key, listing the valid ones', () => {
    const error = refusal('prometheus-url: http://prom:9090\nthreshold: 0.1');
    expect(error.input).toBe('analysis');
    expect(error.message).toBe(`Input 'analysis' has an unknown key 'threshold'; valid keys are ${Object.keys(analysisSchema).join(', ')}`);
  });

  it('refuses a path that does not exist, or leads out of the workspace', () => {
    expect(refusal('missing.yaml').message).toBe("Input 'analysis' names missing.yaml, which does not exist; give inline YAML (prometheus-url: …) or the path of a YAML file in the workspace");
    expect(refusal('../../etc/passwd').message).toMatch(/^Input 'analysis' '\.\.\/\.\.\/etc\/passwd' resolves outside the workspace/);
  });

  it('refuses YAML that is not a mapping, or does not parse', () => {
    expect(refusal('- prometheus-url: x\n- b').message).toBe("Input 'analysis' must be a YAML mapping (prometheus-url: …, metrics: …)");
    expect(refusal('prometheus-url: [unclosed\nx: 1').message).toMatch(/^Input 'analysis' is not valid YAML \(/);
  });

  it('prefixes a bad value with where it came from', () => {
    expect(refusal('interval: 5s').message).toMatch(/^Input 'analysis': .*prometheus-url/);
    const error = refusal('prometheus-url: http://prom:9090\njudge: bayes');
    expect(error.message).toMatch(/^Input 'analysis': .*judge/);
    expect(error.input).toBe('analysis');
  });
});
describe('the analysis input', () => {
  it('takes metrics as a YAML list of mappings, not only as a block string', () => {
    const config = parseAnalysisConfig('prometheus-url: http://prom:9090\nmetrics:\n  - name: errors\n    query: sum(rate(x[1m]))\n    threshold: 0.05\n', '/tmp');
    expect(config.metrics).toContain('name: errors');
    expect(config.metrics).toContain('threshold: 0.05');
    expect(config.metrics).not.toContain('[object Object]');
  });

  it('keeps a list of template names as names', () => {
    expect(parseAnalysisConfig('prometheus-url: http://prom:9090\nmetrics: [http-5xx-rate, latency-p95]', '/tmp').metrics).toBe('http-5xx-rate\nlatency-p95');
  });
});
