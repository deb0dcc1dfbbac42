import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '@pipeline/core';
import { BUILT_IN_TEMPLATES, defaultMetrics, defineMetric, loadMetrics, parseMetrics } from '../src/index.ts';

const context = { labels: { namespace: 'shop', app: 'web' }, newColour: 'green', baselineColour: 'blue', rateWindow: '30s', cpuLimitCores: 0.5, memoryLimitBytes: 268435456 };

function configError(fn: () => unknown): ConfigurationError {
  try {
    fn();
  } catch (error) {
    if (error instanceof ConfigurationError) return error;
    throw error;
  }
  throw new Error('expected a ConfigurationError');
}

describe('built-in templates', () => {
  it('carry the seed defaults', () => {
    expect(BUILT_IN_TEMPLATES['http-5xx-rate']).toMatchObject({ threshold: 0.05, direction: 'increase-is-bad', critical: true });
    expect(BUILT_IN_TEMPLATES['latency-p95']).toMatchObject({ baselineRatio: 2, direction: 'increase-is-bad' });
    expect(BUILT_IN_TEMPLATES['error-rate']).toMatchObject({ threshold: 0.01, forMs: 300_000 });
    expect(BUILT_IN_TEMPLATES['cpu']).toMatchObject({ threshold: 0.9, forMs: 600_000 });
    expect(BUILT_IN_TEMPLATES['memory']).toMatchObject({ threshold: 0.9, forMs: 600_000 });
  });

  it('render conventional PromQL for the new colour and the baseline colour', () => {
    const all = defaultMetrics(context);
    expect(all.map((m) => m.name)).toEqual(['http-5xx-rate', 'latency-p95', 'error-rate', 'cpu', 'memory']);
    const [errors, latency, , cpu, memory] = all;
    expect(errors?.query).toBe('(sum(rate(http_requests_total{namespace="shop",app="web",colour="green",code=~"5.."}[30s])) or vector(0)) / sum(rate(http_requests_total{namespace="shop",app="web",colour="green"}[30s]))');
    expect(latency?.query).toBe('histogram_quantile(0.95, sum by (le) (rate(http_request_duration_seconds_bucket{namespace="shop",app="web",colour="green"}[30s])))');
    expect(latency?.baselineQuery).toBe('histogram_quantile(0.95, sum by (le) (rate(http_request_duration_seconds_bucket{namespace="shop",app="web",colour="blue"}[30s])))');
    expect(cpu?.query).toBe('max(rate(process_cpu_seconds_total{namespace="shop",app="web",colour="green"}[30s])) / 0.5');
    expect(memory?.query).toBe('max(process_resident_memory_bytes{namespace="shop",app="web",colour="green"}) / 268435456');
  });

  it('skip what the context cannot support, and escape label values', () => {
    expect(defaultMetrics({ labels: { app: 'a"b' }, newColour: 'green' }).map((m) => m.name)).toEqual(['http-5xx-rate', 'error-rate']);
    expect(defineMetric({ template: 'http-5xx-rate' }, { labels: { app: 'a"b' }, newColour: 'green', colourLabel: 'track' }).query).toContain('app="a\\"b",track="green"');
  });
});

describe('parseMetrics', () => {
  it('reads template names, overrides and custom queries', () => {
    const defs = parseMetrics([
      'metrics:',
      '  - http-5xx-rate',
      '  - template: latency-p95',
      '    baseline-ratio: 3',
      '    critical: true',
      '  - name: queue-depth',
      '    query: max(queue_depth{ {{selector}} })',
      '    direction: increase-is-bad',
      '    threshold: 100',
      '    baseline-ratio: 1.5',
      '    for: 2m',
      '  - name: throughput',
      '    query: sum(rate(http_requests_total{ {{selector}} }[{{window}}]))',
      '    direction: decrease-is-bad',
      '    baseline-ratio: 2',
      '    baseline-value: 40',
      '    judge: threshold',
    ].join('\n'), context);
    expect(defs.map((d) => [d.name, d.critical, d.baselineRatio, d.forMs])).toEqual([
      ['http-5xx-rate', true, undefined, 0], ['latency-p95', true, 3, 0], ['queue-depth', false, 1.5, 120_000], ['throughput', false, 2, 0],
    ]);
    expect(defs[2]?.baselineQuery).toBe('max(queue_depth{ namespace="shop",app="web",colour="blue" })');
    expect(defs[3]).toMatchObject({ baselineValue: 40, direction: 'decrease-is-bad', judge: 'threshold' });
  });

  it.each([
    ['- template: p99\n', /input 'metrics':1: metric 'p99' field 'template' is 'p99', which is not a built-in template; valid templates are http-5xx-rate/],
    ['- name: x\n  query: up\n', /metric 'x' needs a 'threshold', a 'baseline-ratio', or both/],
    ['- name: x\n  query: up\n  threshold: high\n', /metric 'x' field 'threshold' is 'high'; expected a finite number/],
    ['- name: x\n  query: up\n  threshold: 1\n  direction: either\n', /field 'direction' 'either' needs a 'baseline-ratio'/],
    ['- name: x\n  query: up\n  threshold: 1\n  for: soon\n', /field 'for' is 'soon'; expected a duration/],
    ['- name: x\n  query: up\n  baseline-ratio: 2\n', /field 'baseline-ratio' needs a baseline: use \{\{selector\}\}/],
    ['- name: x\n  query: up{ {{pod}} }\n  threshold: 1\n', /uses an unknown placeholder \{\{pod\}\}/],
    ['- name: x\n  query: up\n  threshold: 1\n  treshold: 2\n', /has an unknown field 'treshold'/],
    ['- http-5xx-rate\n- http-5xx-rate\n', /input 'metrics':2: metric 'http-5xx-rate' is defined twice \(first at line 1\)/],
    ['name: x\n', /must be a YAML list of metrics/],
    ['- [unclosed\n', /is not valid YAML/],
  ])('rejects %j with a message naming the metric and field', (yaml, message) => {
    const error = configError(() => parseMetrics(yaml, context, { input: 'metrics' }));
    expect(error.message).toMatch(message);
    expect(error.input).toBe('metrics');
  });

  it('needs the limits for cpu and memory', () => {
    expect(configError(() => parseMetrics('- cpu', { labels: {}, newColour: 'g' })).message).toMatch(/metric 'cpu' field 'query' needs the container CPU limit/);
  });

  it('loads a file from the workspace and reports its line numbers', async () => {
    const workspace = await mkdtemp(join(tmpdir(), 'metrics-defs-'));
    try {
      await writeFile(join(workspace, 'analysis.yml'), '- http-5xx-rate\n- name: slow\n  query: up\n  threshold: 1\n  critical: maybe\n');
      const error = await loadMetrics('analysis.yml', context, { workspace }).catch((e: unknown) => e as ConfigurationError);
      expect(error).toBeInstanceOf(ConfigurationError);
      expect(error).toMatchObject({ file: 'analysis.yml', line: 2 });
      expect((error as Error).message).toMatch(/^analysis\.yml:2: metric 'slow' field 'critical' must be true or false/);
      await writeFile(join(workspace, 'analysis.yml'), '- http-5xx-rate\n');
      expect((await loadMetrics('analysis.yml', context, { workspace })).map((m) => m.name)).toEqual(['http-5xx-rate']);
      await expect(loadMetrics('../outside.yml', context, { workspace })).rejects.toThrow(/outside the workspace/);
      expect((await loadMetrics('- latency-p95\n', context, { workspace }))[0]?.name).toBe('latency-p95');
    } finally {
      await rm(workspace, { recursive: true, force: true });
    }
  });
});
