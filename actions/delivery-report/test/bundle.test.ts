// The built bundle (dist/delivery-report/index.js) as the runner runs it: Node 24 with the runner's
// environment contract, against the GitHub double (and Debian's Pushgateway when there is one),
// with the recorded shop history moved so that its window ends now. `npm test` rebuilds dist before
// the tests run; DELIVERY_REPORT_BUNDLE=<dir> runs another build of it (one made into a temporary
// directory with PIPELINE_DIST_DIR=<dir> node scripts/build.ts delivery-report).
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runAction } from '../../../test/support/runner/index.ts';
import { startGitHubDouble } from '../../../test/support/github-double/index.ts';
import type { GitHubDouble } from '../../../test/support/github-double/index.ts';
import { obtainPushgateway, startPushgateway } from '../../../test/support/pushgateway.ts';
import type { Pushgateway } from '../../../test/support/pushgateway.ts';
import { loadRecorded, seedDouble } from '../../../packages/delivery/test/recorded.ts';

const root = join(import.meta.dirname, '..', '..', '..');
const bundleDir = process.env['DELIVERY_REPORT_BUNDLE'] ? resolve(process.env['DELIVERY_REPORT_BUNDLE']) : join(root, 'dist', 'delivery-report');
const entry = join(bundleDir, 'index.js');
const shop = loadRecorded('shop-two-weeks');
const overall = shop.expected.overall as { leadTime: { medianSeconds: number; p90Seconds: number }; timeToRestore: { medianSeconds: number } };

let gh: GitHubDouble;

beforeAll(() => {
  if (!existsSync(entry)) throw new Error(`${entry} is missing: run 'node scripts/build.ts delivery-report' first (npm test does).`);
});
beforeEach(async () => {
  gh = await startGitHubDouble();
  seedDouble(gh, shop, { endingAt: new Date(Math.floor(Date.now() / 1000) * 1000) });
});
afterEach(async () => {
  await gh.close();
});

function run(inputs: Record<string, string>) {
  return runAction({ entry, action: join(root, 'delivery-report', 'action.yml'), inputs: { window: '14d', ...inputs }, githubApiUrl: gh.url, token: 'ghs_bundle', env: { GITHUB_REPOSITORY: shop.repository } });
}

describe('delivery-report bundle', () => {
  it('writes the recorded figures to its outputs and the job summary', async () => {
    const result = await run({});
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({
      'deployment-frequency': '4.5',
      'lead-time-median-seconds': String(overall.leadTime.medianSeconds),
      'lead-time-p90-seconds': String(overall.leadTime.p90Seconds),
      'change-failure-rate': '0.25',
      'time-to-restore-median-seconds': String(overall.timeToRestore.medianSeconds),
      'targets-met': 'false',
    });
    expect(result.outputs['pushed']).toBeUndefined();
    const report = JSON.parse(result.outputs['report'] ?? '{}') as { services: unknown[] };
    for (const [i, row] of shop.expected.services.entries()) expect(report.services[i]).toMatchObject({ ...row, weeks: expect.any(Array) });
    expect(result.summary).toContain('| web | production | ❌ 3 | ✅ 2.5 h · 3.1 d (15 changes) | ❌ 25 % (2 of 8) | ❌ 30 min (2 restored) |');
    expect(result.summary).toContain('```mermaid\nxychart-beta');
    expect(result.leaks).toEqual([]);
    gh.assertNoViolations();
  });

  it('fails with an annotation naming the input when the window is not a duration', async () => {
    const result = await run({ window: 'a month' });
    expect(result.exitCode).toBe(1);
    expect(result.annotations).toContainEqual(expect.objectContaining({ level: 'error', message: expect.stringContaining("Input 'window' has an invalid value 'a month'") }));
    expect(gh.calls).toEqual([]);
  });
});

const binary = await obtainPushgateway({ log: () => undefined });

describe.skipIf(binary.path === undefined)(binary.path === undefined ? `delivery-report bundle and Pushgateway: skipped, ${binary.reason}` : 'delivery-report bundle and Debian\'s Pushgateway', () => {
  let gw: Pushgateway;
  beforeAll(async () => {
    gw = await startPushgateway(binary.path!);
  });
  afterAll(async () => {
    await gw.stop();
  });

  it('pushes every row, and the gateway exposes the figures', async () => {
    const result = await run({ 'pushgateway-url': gw.url, 'pushgateway-job': 'bundle_test' });
    expect(result.exitCode).toBe(0);
    expect(result.outputs['pushed']).toBe('2');
    const samples = await gw.scrape();
    const value = (name: string, labels: Record<string, string>): number | undefined =>
      samples.find((s) => s.name === name && Object.entries({ job: 'bundle_test', repository: 'acme/shop', environment: 'production', ...labels }).every(([k, v]) => s.labels[k] === v))?.value;
    expect(value('pipeline_delivery_lead_time_seconds', { service: 'web', quantile: '0.5' })).toBe(9000);
    expect(value('pipeline_delivery_change_failure_ratio', { service: 'api' })).toBe(0.25);
    expect(value('pipeline_delivery_deployment_frequency_per_week', { service: 'web' })).toBe(3);
  });

  it('fails the step, after the summary and outputs, when the gateway is not there', async () => {
    // A port that was just free: nothing listens there.
    const server = createServer().listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    const { port } = server.address() as AddressInfo;
    await new Promise((resolve) => server.close(resolve));
    const result = await run({ 'pushgateway-url': `http://127.0.0.1:${port}`, 'pushgateway-job': 'bundle_test' });
    expect(result.exitCode).toBe(1);
    expect(result.outputs['deployment-frequency']).toBe('4.5');
    expect(result.summary).toContain('## Delivery metrics: acme/shop');
    expect(result.annotations).toContainEqual(expect.objectContaining({ level: 'error', message: expect.stringMatching(/^The Pushgateway did not take the figures of api · production after 4 attempt\(s\): ECONNREFUSED$/) }));
  });
});
