// The figures in Prometheus's text format, pushed with retries; then the same push against
// Debian's prometheus-pushgateway started here, read back from the gateway's own /metrics.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeDelivery, deliveryExposition, groupingPath, measureHistories, PushError, pushDelivery } from '../src/index.ts';
import type { DeliveryReport } from '../src/index.ts';
import { obtainPushgateway, parseExposition, startPushgateway } from '../../../test/support/pushgateway.ts';
import type { ExposedSample, Pushgateway } from '../../../test/support/pushgateway.ts';
import { loadRecorded, recordedChangeSource, recordedHistories, windowOf } from './recorded.ts';
import type { RecordedName } from './recorded.ts';

async function reportOf(name: RecordedName): Promise<DeliveryReport> {
  const recorded = loadRecorded(name);
  return measureHistories(recordedHistories(recorded), recordedChangeSource(recorded), { repository: recorded.repository, window: windowOf(recorded) });
}

describe('groupingPath', () => {
  it('writes plain values as they are and values with a slash (or empty) in base64url', () => {
    expect(groupingPath('pipeline_delivery', [['service', 'web'], ['environment', 'production']])).toBe('/metrics/job/pipeline_delivery/service/web/environment/production');
    expect(groupingPath('pipeline_delivery', [['repository', 'acme/shop'], ['environment', 'production/t1'], ['service', '']])).toBe(
      `/metrics/job/pipeline_delivery/repository@base64/${Buffer.from('acme/shop').toString('base64url')}/environment@base64/${Buffer.from('production/t1').toString('base64url')}/service@base64/=`,
    );
    expect(() => groupingPath('j', [['job', 'x']])).toThrow(RangeError);
    expect(() => groupingPath('j', [['bad-name', 'x']])).toThrow(RangeError);
  });
});

describe('deliveryExposition', () => {
  it("writes web's recorded figures as gauges and summaries", async () => {
    const report = await reportOf('shop-two-weeks');
    const web = report.services.find((s) => s.service === 'web')!;
    const text = deliveryExposition(web, { windowSeconds: report.window.seconds, targets: report.targets });
    const samples = parseExposition(text);
    const value = (name: string, labels: Record<string, string> = {}): number | undefined =>
      samples.find((s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v))?.value;
    expect(text).toContain('# TYPE pipeline_delivery_lead_time_seconds summary\n');
    expect(text).toContain('# TYPE pipeline_delivery_deployment_frequency_per_week gauge\n');
    expect(value('pipeline_delivery_deployment_frequency_per_week')).toBe(3);
    expect(value('pipeline_delivery_deployments', { outcome: 'unfinished' })).toBe(2);
    expect(value('pipeline_delivery_lead_time_seconds', { quantile: '0.5' })).toBe(9000);
    expect(value('pipeline_delivery_lead_time_seconds', { quantile: '0.9' })).toBe(268200);
    expect(value('pipeline_delivery_lead_time_seconds_sum')).toBe(1154700);
    expect(value('pipeline_delivery_lead_time_seconds_count')).toBe(15);
    expect(value('pipeline_delivery_change_failure_ratio')).toBe(0.25);
    expect(value('pipeline_delivery_time_to_restore_seconds', { quantile: '0.5' })).toBe(1800);
    expect(value('pipeline_delivery_target_met', { metric: 'lead_time_seconds' })).toBe(1);
    expect(value('pipeline_delivery_target_met', { metric: 'time_to_restore_seconds' })).toBe(0);
    expect(value('pipeline_delivery_window_seconds')).toBe(14 * 86400);
  });

  it('leaves out figures without data instead of writing 0', () => {
    const empty = computeDelivery([], new Map(), {
      repository: 'acme/shop',
      window: { since: new Date('2025-03-03T00:00:00Z'), until: new Date('2025-03-10T00:00:00Z') },
      expected: { services: ['web'], environments: ['production'] },
    });
    const text = deliveryExposition(empty.services[0]!, { windowSeconds: empty.window.seconds, targets: empty.targets });
    expect(text).not.toContain('pipeline_delivery_change_failure_ratio');
    expect(text).not.toContain('quantile=');
    expect(text).toContain('pipeline_delivery_lead_time_seconds_count 0\n');
    expect(text).toContain('pipeline_delivery_target_met{metric="lead_time_seconds"} 0\n');
    // Nothing failed, so there is nothing to rate time to restore against.
    expect(text).not.toContain('pipeline_delivery_target_met{metric="time_to_restore_seconds"}');
  });
});

describe('pushDelivery with a scripted gateway', () => {
  interface Seen { url: string; method: string; headers: Record<string, string>; body: string }

  function gateway(statuses: number[]): { fetch: typeof fetch; seen: Seen[] } {
    const seen: Seen[] = [];
    const fake: typeof fetch = async (input, init) => {
      seen.push({ url: String(input), method: init?.method ?? 'GET', headers: { ...(init?.headers as Record<string, string>) }, body: String(init?.body) });
      const status = statuses.shift() ?? 200;
      return new Response(status === 200 ? '' : 'push rejected', { status });
    };
    return { fetch: fake, seen };
  }

  it('PUTs one group per service and environment, retrying 5xx answers', async () => {
    const report = await reportOf('billing-tenants');
    const { fetch, seen } = gateway([503, 502, 200, 200, 200]);
    const pushed = await pushDelivery(report, { url: 'http://gateway.test:9091/prefix/', job: 'pipeline_delivery', fetch, retryDelayMs: 1 });
    expect(pushed.map((p) => [p.service, p.environment, p.status, p.attempts])).toEqual([
      ['billing', 'production', 200, 3],
      ['billing-api', 'production/t1', 200, 1],
      ['billing-api', 'production/t2', 200, 1],
    ]);
    expect(seen.map((s) => s.method)).toEqual(['PUT', 'PUT', 'PUT', 'PUT', 'PUT']);
    expect(seen[3]!.url).toBe(`http://gateway.test:9091/prefix${groupingPath('pipeline_delivery', [['repository', 'acme/billing'], ['service', 'billing-api'], ['environment', 'production/t1']])}`);
    expect(seen[3]!.headers['content-type']).toBe('text/plain; version=0.0.4; charset=utf-8');
    expect(seen[3]!.headers['authorization']).toBeUndefined();
  });

  it('does not repeat a push the gateway refuses, and never names the URL', async () => {
    const report = await reportOf('billing-tenants');
    const { fetch, seen } = gateway([400]);
    const error = await pushDelivery(report, { url: 'https://bot:s3cret@gateway.test', job: 'pipeline_delivery', fetch, retryDelayMs: 1 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PushError);
    expect(error).toMatchObject({ status: 400, attempts: 1, message: 'The Pushgateway did not take the figures of billing · production after 1 attempt(s): HTTP 400: push rejected' });
    expect(seen).toHaveLength(1);
    // The credentials became basic auth; fetch refuses URLs that carry them.
    expect(seen[0]!.url.startsWith('https://gateway.test/metrics/job/')).toBe(true);
    expect(seen[0]!.headers['authorization']).toBe(`Basic ${Buffer.from('bot:s3cret').toString('base64')}`);
  });

  it('gives up after its attempts when the gateway cannot be reached', async () => {
    const report = await reportOf('billing-tenants');
    let calls = 0;
    const refused: typeof fetch = () => {
      calls += 1;
      return Promise.reject(new TypeError('fetch failed', { cause: Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }) }));
    };
    await expect(pushDelivery(report, { url: 'http://gateway.test', job: 'j', fetch: refused, attempts: 3, retryDelayMs: 1 })).rejects.toThrow(/after 3 attempt\(s\): ECONNREFUSED$/);
    expect(calls).toBe(3);
  });
});

const binary = await obtainPushgateway({ log: () => undefined });

describe.skipIf(binary.path === undefined)(binary.path === undefined ? `Debian's prometheus-pushgateway: skipped, ${binary.reason}` : "Debian's prometheus-pushgateway", () => {
  let gw: Pushgateway;
  beforeAll(async () => {
    gw = await startPushgateway(binary.path!);
  });
  afterAll(async () => {
    await gw.stop();
  });

  const find = (samples: ExposedSample[], name: string, labels: Record<string, string>): number | undefined =>
    samples.find((s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v))?.value;

  it('takes both recorded reports and exposes their figures under their grouping labels', async () => {
    const shop = await reportOf('shop-two-weeks');
    const billing = await reportOf('billing-tenants');
    await pushDelivery(shop, { url: gw.url, job: 'pipeline_delivery' });
    await pushDelivery(billing, { url: gw.url, job: 'pipeline_delivery' });
    const samples = await gw.scrape();
    const web = { job: 'pipeline_delivery', repository: 'acme/shop', service: 'web', environment: 'production' };
    expect(find(samples, 'pipeline_delivery_deployment_frequency_per_week', web)).toBe(3);
    expect(find(samples, 'pipeline_delivery_lead_time_seconds', { ...web, quantile: '0.5' })).toBe(9000);
    expect(find(samples, 'pipeline_delivery_lead_time_seconds', { ...web, quantile: '0.9' })).toBe(268200);
    expect(find(samples, 'pipeline_delivery_lead_time_seconds_count', web)).toBe(15);
    expect(find(samples, 'pipeline_delivery_change_failure_ratio', web)).toBe(0.25);
    expect(find(samples, 'pipeline_delivery_time_to_restore_seconds', { ...web, quantile: '0.5' })).toBe(1800);
    const api = { ...web, service: 'api' };
    expect(find(samples, 'pipeline_delivery_lead_time_seconds', { ...api, quantile: '0.5' })).toBe(78150);
    expect(find(samples, 'pipeline_delivery_time_to_restore_seconds', { ...api, quantile: '0.5' })).toBe(165900);
    // The tenant environment's slash travelled base64-encoded and came out whole.
    const t2 = { job: 'pipeline_delivery', repository: 'acme/billing', service: 'billing-api', environment: 'production/t2' };
    expect(find(samples, 'pipeline_delivery_deployment_frequency_per_week', t2)).toBe(10.5);
    expect(find(samples, 'pipeline_delivery_lead_time_seconds', { ...t2, quantile: '0.5' })).toBe(6300);
    expect(find(samples, 'pipeline_delivery_change_failure_ratio', t2)).toBe(0.25);
    expect(find(samples, 'pipeline_delivery_time_to_restore_seconds', { ...t2, quantile: '0.5' })).toBe(1200);
    expect(find(samples, 'pipeline_delivery_target_met', { ...t2, metric: 'time_to_restore_seconds' })).toBe(1);
    // The gateway stamps every group it took.
    const groups = samples.filter((s) => s.name === 'push_time_seconds' && s.labels['job'] === 'pipeline_delivery');
    expect(groups.map((s) => `${s.labels['repository']} ${s.labels['service']} ${s.labels['environment']}`).sort()).toEqual([
      'acme/billing billing production',
      'acme/billing billing-api production/t1',
      'acme/billing billing-api production/t2',
      'acme/shop api production',
      'acme/shop web production',
    ]);
  });

  it("replaces a group's figures on the next push, so a figure without data disappears", async () => {
    await pushDelivery(await reportOf('shop-two-weeks'), { url: gw.url, job: 'replace_test' });
    const quiet = computeDelivery([], new Map(), {
      repository: 'acme/shop',
      window: { since: new Date('2025-03-17T00:00:00Z'), until: new Date('2025-03-31T00:00:00Z') },
      expected: { services: ['web'], environments: ['production'] },
    });
    await pushDelivery(quiet, { url: gw.url, job: 'replace_test' });
    const web = { job: 'replace_test', repository: 'acme/shop', service: 'web', environment: 'production' };
    const samples = await gw.scrape();
    expect(find(samples, 'pipeline_delivery_deployment_frequency_per_week', web)).toBe(0);
    expect(find(samples, 'pipeline_delivery_lead_time_seconds', { ...web, quantile: '0.5' })).toBeUndefined();
    expect(find(samples, 'pipeline_delivery_change_failure_ratio', web)).toBeUndefined();
    // api was not in the second report: its group keeps the first push.
    expect(find(samples, 'pipeline_delivery_deployment_frequency_per_week', { ...web, service: 'api' })).toBe(1.5);
  });
});
