import { ConfigurationError } from '@pipeline/core';
import { describe, expect, it } from 'vitest';
import { parseK6 } from '../src/k6.ts';
import type { ParseContext } from '../src/model.ts';

/*
 * No k6 output is among the shared fixtures, so these two follow the documented
 * shapes (and a real --summary-export file seen in the wild): the flat shape of
 * `k6 run --summary-export`, whose default trend stats stop at p(95), and the
 * `data` argument of handleSummary, whose statistics sit under `values` and
 * here include p(99) through `summaryTrendStats`. In both, http_req_failed
 * "passes" counts requests that failed.
 */
const SUMMARY_EXPORT = JSON.stringify({
  root_group: { name: '', path: '', id: 'd41d8cd98f00b204e9800998ecf8427e', groups: {}, checks: { 'status is 200': { name: 'status is 200', path: '::status is 200', id: '6210a8cd14cd70477eba5c5e4cb3fb5f', passes: 1575, fails: 12 } } },
  metrics: {
    checks: { passes: 1575, fails: 12, value: 0.9924385633270321 },
    data_received: { count: 577013, rate: 192109.89048638876 },
    http_req_duration: { avg: 3.5204889, min: 1.30915, med: 3.257406, max: 20.708473, 'p(90)': 4.8978468, 'p(95)': 7.1183232 },
    'http_req_duration{expected_response:true}': { avg: 3.51, min: 1.30915, med: 3.25, max: 20.708473, 'p(90)': 4.89, 'p(95)': 7.1 },
    http_req_failed: { passes: 12, fails: 1575, value: 0.007561436672967864 },
    http_reqs: { count: 1587, rate: 528.3810797155491 },
    iteration_duration: { avg: 3.98, min: 1.56, med: 3.63, max: 29.61, 'p(90)': 5.59, 'p(95)': 8.26 },
    iterations: { count: 1587, rate: 528.3810797155491 },
    vus: { value: 10, min: 10, max: 10 },
    vus_max: { value: 15, min: 10, max: 15 },
  },
});

const HANDLE_SUMMARY = JSON.stringify({
  root_group: { name: '', path: '', id: 'd41d8cd98f00b204e9800998ecf8427e', groups: [], checks: [] },
  options: { summaryTrendStats: ['avg', 'min', 'med', 'max', 'p(90)', 'p(95)', 'p(99)'], summaryTimeUnit: '', noColor: false },
  state: { isStdOutTTY: false, isStdErrTTY: false, testRunDurationMs: 30012.4 },
  metrics: {
    http_reqs: { type: 'counter', contains: 'default', values: { count: 9000, rate: 299.87 } },
    http_req_failed: { type: 'rate', contains: 'default', values: { rate: 0.01, passes: 90, fails: 8910 }, thresholds: { 'rate<0.05': { ok: true } } },
    http_req_duration: {
      type: 'trend',
      contains: 'time',
      values: { avg: 41.2, min: 10.3, med: 35.9, max: 912.4, 'p(90)': 80.1, 'p(95)': 120.5, 'p(99)': 310.2 },
      thresholds: { 'p(95)<500': { ok: true } },
    },
    vus: { type: 'gauge', contains: 'default', values: { value: 0, min: 0, max: 50 } },
  },
});

const ctx: ParseContext = { source: 'load/summary.json', workspace: '/home/runner/work/app' };

async function failure(text: string): Promise<ConfigurationError> {
  try {
    await parseK6(text, ctx);
  } catch (error) {
    if (error instanceof ConfigurationError) return error;
    throw error;
  }
  throw new Error('expected a ConfigurationError');
}

describe('parseK6', () => {
  it('reads the flat --summary-export shape, where http_req_failed passes are failures', async () => {
    expect(await parseK6(SUMMARY_EXPORT, ctx)).toEqual({
      kind: 'load',
      format: 'k6',
      source: 'load/summary.json',
      requests: 1587,
      failedRequests: 12,
      errorRate: 12 / 1587,
      p95Ms: 7.1183232,
      avgMs: 3.5204889,
      medianMs: 3.257406,
      requestsPerSecond: 528.3810797155491,
    });
  });

  it('reads the handleSummary shape with values, including p(99)', async () => {
    expect(await parseK6(HANDLE_SUMMARY, ctx)).toEqual({
      kind: 'load',
      format: 'k6',
      source: 'load/summary.json',
      requests: 9000,
      failedRequests: 90,
      errorRate: 0.01,
      p95Ms: 120.5,
      p99Ms: 310.2,
      avgMs: 41.2,
      medianMs: 35.9,
      requestsPerSecond: 299.87,
    });
  });

  it('derives failures from the rate when there is no passes count', async () => {
    const onlyRate = JSON.parse(HANDLE_SUMMARY) as { metrics: { http_req_failed: { values: Record<string, number> } } };
    onlyRate.metrics.http_req_failed.values = { rate: 0.02 };
    expect((await parseK6(JSON.stringify(onlyRate), ctx)).failedRequests).toBe(180);
    const onlyValue = JSON.parse(SUMMARY_EXPORT) as { metrics: { http_req_failed: Record<string, number> } };
    onlyValue.metrics.http_req_failed = { value: 0 };
    expect((await parseK6(JSON.stringify(onlyValue), ctx)).errorRate).toBe(0);
  });

  it('accepts a run with zero requests without dividing by zero', async () => {
    const text = JSON.stringify({ metrics: { http_reqs: { count: 0, rate: 0 }, http_req_failed: { passes: 0, fails: 0, value: 0 }, http_req_duration: { avg: 0, med: 0, 'p(95)': 0 } } });
    expect(await parseK6(text, ctx)).toMatchObject({ requests: 0, failedRequests: 0, errorRate: 0 });
  });

  it.each([
    ['{"root_group": {}}', 'has no "metrics" object'],
    ['{"metrics": {"iterations": {"count": 3}}}', 'has no http_reqs count'],
    ['{"metrics": {"http_reqs": {"count": 3}}}', 'has no http_req_failed metric'],
    ['{"metrics": {"http_reqs": {"count": 3}, "http_req_failed": {"value": 3}}}', 'neither a "passes" count nor a rate between 0 and 1'],
    ['{"metrics": {"http_reqs": {"count": 3}, "http_req_failed": {"value": 0}, "http_req_duration": {"avg": 1}}}', "Keep 'p(95)' in the summaryTrendStats"],
    ['{"metrics": ', 'is not valid JSON at line 1'],
  ])('refuses %s', async (text, message) => {
    const error = await failure(text);
    expect(error.message).toContain(message);
    expect(error.message.startsWith('load/summary.json')).toBe(true);
  });
});
