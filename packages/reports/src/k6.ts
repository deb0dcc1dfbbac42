import { ConfigurationError } from '@pipeline/core';
import { describeJson, isRecord, parseJsonReport, readAllText } from './istanbul.ts';
import type { LoadReport, ParseContext } from './model.ts';
import type { ReportInput } from './xml/reader.ts';

type Json = Record<string, unknown>;

/**
 * Parses a k6 end-of-test summary: the file `k6 run --summary-export` writes,
 * where each metric's statistics sit on the metric itself
 * (`"http_req_duration": { "avg": .., "p(95)": .. }`), or the `data` object
 * `handleSummary` receives, serialised with `JSON.stringify`, where they sit under
 * `values` (`"http_req_duration": { "type": "trend", "values": { .. } }`).
 *
 * `http_req_failed` is a rate of failed requests, so its `passes` counts
 * requests that FAILED (k6 names rate outcomes, not request outcomes: grafana/k6#2306).
 * Durations are milliseconds in both shapes.
 */
export async function parseK6(input: ReportInput, ctx: ParseContext): Promise<LoadReport> {
  const data = parseJsonReport(await readAllText(input), ctx, 'a k6 summary (--summary-export or handleSummary JSON)');
  const metrics = isRecord(data) ? data['metrics'] : undefined;
  if (!isRecord(metrics)) {
    throw new ConfigurationError(
      `${ctx.source} is not a k6 summary: it has no "metrics" object. Write it with \`k6 run --summary-export <file>\` or JSON.stringify(data) in handleSummary.`,
      { file: ctx.source },
    );
  }
  const requestsMetric = metric(metrics, 'http_reqs');
  const requests = requestsMetric === undefined ? undefined : count(requestsMetric['count']);
  if (requests === undefined) {
    throw new ConfigurationError(
      `${ctx.source} has no http_reqs count: the k6 test made no HTTP requests, or the summary was trimmed. The load gate needs HTTP request metrics.`,
      { file: ctx.source },
    );
  }
  const failedMetric = metric(metrics, 'http_req_failed');
  if (failedMetric === undefined) {
    throw new ConfigurationError(
      `${ctx.source} has no http_req_failed metric (k6 v0.31 and later record it), so the error rate is unknown. Upgrade k6 or keep the metric in the summary.`,
      { file: ctx.source },
    );
  }
  const failedRequests = failedCount(failedMetric, requests, ctx);
  const duration = metric(metrics, 'http_req_duration');
  const p95 = duration === undefined ? undefined : finite(duration['p(95)']);
  if (duration === undefined || p95 === undefined) {
    throw new ConfigurationError(
      `${ctx.source} has no http_req_duration p(95). Keep 'p(95)' in the summaryTrendStats option (it is there by default).`,
      { file: ctx.source },
    );
  }
  const report: LoadReport = {
    kind: 'load',
    format: 'k6',
    source: ctx.source,
    requests,
    failedRequests,
    errorRate: requests > 0 ? failedRequests / requests : 0,
    p95Ms: p95,
  };
  const p99 = finite(duration['p(99)']);
  if (p99 !== undefined) report.p99Ms = p99;
  const avg = finite(duration['avg']);
  if (avg !== undefined) report.avgMs = avg;
  const median = finite(duration['med']) ?? finite(duration['p(50)']);
  if (median !== undefined) report.medianMs = median;
  const rate = finite(requestsMetric?.['rate']);
  if (rate !== undefined) report.requestsPerSecond = rate;
  return report;
}

/** A metric's statistics, from either summary shape. */
function metric(metrics: Json, name: string): Json | undefined {
  const entry = metrics[name];
  if (!isRecord(entry)) return undefined;
  return isRecord(entry['values']) ? entry['values'] : entry;
}

function failedCount(failed: Json, requests: number, ctx: ParseContext): number {
  const passes = count(failed['passes']);
  if (passes !== undefined) return passes;
  // handleSummary's `rate`, --summary-export's `value`: the failed fraction.
  const rate = finite(failed['rate']) ?? finite(failed['value']);
  if (rate === undefined || rate < 0 || rate > 1) {
    throw new ConfigurationError(
      `${ctx.source}: http_req_failed has neither a "passes" count nor a rate between 0 and 1 (found ${describeJson(failed['rate'] ?? failed['value'])}).`,
      { file: ctx.source },
    );
  }
  return Math.round(rate * requests);
}

function count(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : undefined;
}

function finite(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}
