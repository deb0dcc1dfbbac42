import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConfigurationError, MemoryLogger, parseInputs } from '@pipeline/core';
import { createGitHubClient } from '@pipeline/github';
import type { GitHubClient } from '@pipeline/github';
import { runDeliveryReport } from '../src/action.ts';
import { inputSchema } from '../src/inputs.ts';
import { buildSummary, deliveryOutputs, deploysChart, formatDuration, leadTimeChart, missedFigures } from '../src/report.ts';
import { startGitHubDouble } from '../../../test/support/github-double/index.ts';
import type { GitHubDouble } from '../../../test/support/github-double/index.ts';
import { loadRecorded, repoOf, seedDouble } from '../../../packages/delivery/test/recorded.ts';
import type { Recorded } from '../../../packages/delivery/test/recorded.ts';

let gh: GitHubDouble;
let github: GitHubClient;
let logger: MemoryLogger;

beforeEach(async () => {
  gh = await startGitHubDouble();
  github = createGitHubClient({ token: 'ghs_delivery_action', baseUrl: gh.url, timeScale: 0 });
  logger = new MemoryLogger();
});

afterEach(async () => {
  await gh.close();
});

const DAY = 86_400_000;

function inputs(env: Record<string, string> = {}) {
  return parseInputs(inputSchema, { env: { 'INPUT_GITHUB-TOKEN': 't', ...env } });
}

/** The action's run over a recording: the window ends at the recording's end and is as long. */
async function runOn(recorded: Recorded, env: Record<string, string> = {}, fetchImpl?: typeof globalThis.fetch) {
  seedDouble(gh, recorded);
  const until = new Date(recorded.window.until);
  const days = (until.getTime() - Date.parse(recorded.window.since)) / DAY;
  return runDeliveryReport(inputs({ INPUT_WINDOW: `${days}d`, ...env }), {
    github, current: repoOf(recorded), logger, now: until, pushRetryDelayMs: 1, ...(fetchImpl === undefined ? {} : { fetch: fetchImpl }),
  });
}

describe('inputs', () => {
  it('defaults to production over 30 days, pushing nothing', () => {
    const parsed = inputs();
    expect(parsed).toMatchObject({ environments: ['production'], services: [], window: 30 * DAY, pushgatewayJob: 'pipeline_delivery', summary: true });
    expect(parsed.pushgatewayUrl).toBeUndefined();
    expect(parsed.repository).toBeUndefined();
  });

  it('names the input and what would be valid', () => {
    expect(() => inputs({ INPUT_WINDOW: '2h' })).toThrow(/Input 'window' has an invalid value '2h': expected a duration .* between 1d and 366d/);
    expect(() => inputs({ INPUT_REPOSITORY: 'shop' })).toThrow(/Input 'repository' has an invalid value 'shop': expected 'owner\/name'/);
    expect(() => inputs({ 'INPUT_PUSHGATEWAY-URL': 'pushgateway:9091' })).toThrow(/Input 'pushgateway-url' has an invalid value '\*\*\*'/);
    expect(() => parseInputs(inputSchema, { env: {} })).toThrow(/Input 'github-token' is required/);
  });
});

describe('runDeliveryReport', () => {
  it('reports the recorded figures as outputs', async () => {
    const shop = loadRecorded('shop-two-weeks');
    const run = await runOn(shop);
    const outputs = deliveryOutputs(run.report, run.pushed?.length);
    const overall = shop.expected.overall as { leadTime: { medianSeconds: number; p90Seconds: number }; timeToRestore: { medianSeconds: number } };
    expect(outputs).toMatchObject({
      'deployment-frequency': 4.5,
      'lead-time-median-seconds': overall.leadTime.medianSeconds,
      'lead-time-p90-seconds': overall.leadTime.p90Seconds,
      'change-failure-rate': 0.25,
      'time-to-restore-median-seconds': overall.timeToRestore.medianSeconds,
      'targets-met': false,
      pushed: undefined,
    });
    expect(outputs['missed']).toBe([
      'api@production:deployment-frequency', 'api@production:lead-time', 'api@production:change-failure-rate', 'api@production:time-to-restore',
      'web@production:deployment-frequency', 'web@production:change-failure-rate', 'web@production:time-to-restore',
    ].join(','));
    expect(JSON.parse(String(outputs['report']))).toEqual(run.report);
    expect(logger.messages('info')).toContain('web · production: 3 deploys/week (missed), lead time 2.5 h (met), change failure rate 25 % (missed), time to restore 30 min (missed)');
    gh.assertNoViolations();
  });

  it('meets every target for the healthy tenant, and reports on another repository when asked', async () => {
    const billing = loadRecorded('billing-tenants');
    seedDouble(gh, billing);
    const run = await runDeliveryReport(inputs({ INPUT_WINDOW: '2d', INPUT_REPOSITORY: 'acme/billing', INPUT_SERVICES: 'billing-api' }), {
      github, current: { owner: 'acme', repo: 'elsewhere' }, logger, now: new Date(billing.window.until),
    });
    expect(run.report.repository).toBe('acme/billing');
    expect(missedFigures(run.report)).toEqual(['billing-api@production/t2:change-failure-rate']);
    expect(deliveryOutputs(run.report, undefined)['targets-met']).toBe(false);
    expect(logger.messages('notice')).toEqual([expect.stringContaining('billing-api · production/t2: deployment')]);
  });

  it('pushes one group per row and counts them; a refused push is reported, not thrown', async () => {
    const shop = loadRecorded('shop-two-weeks');
    const puts: string[] = [];
    const accept: typeof fetch = async (input) => {
      puts.push(String(input));
      return new Response('', { status: 200 });
    };
    const run = await runOn(shop, { 'INPUT_PUSHGATEWAY-URL': 'http://gw.test:9091', 'INPUT_PUSHGATEWAY-JOB': 'dora' }, accept);
    expect(run.pushed?.length).toBe(2);
    expect(deliveryOutputs(run.report, run.pushed?.length)['pushed']).toBe(2);
    expect(puts.every((u) => u.startsWith('http://gw.test:9091/metrics/job/dora/repository@base64/'))).toBe(true);

    const refuse: typeof fetch = async () => new Response('text format parsing error', { status: 400 });
    gh.state.repo('acme', 'shop').deployments.clear();
    const refused = await runOn(shop, { 'INPUT_PUSHGATEWAY-URL': 'http://gw.test:9091' }, refuse);
    expect(refused.pushed).toBeUndefined();
    expect(refused.pushError).toBe('The Pushgateway did not take the figures of api · production after 1 attempt(s): HTTP 400: text format parsing error');
  });

  it('turns a repository GitHub will not show into a ConfigurationError naming the input', async () => {
    gh.failNext({ operationId: 'repos/list-deployments', status: 404 });
    const error = await runDeliveryReport(inputs({ INPUT_REPOSITORY: 'acme/secret' }), { github, current: { owner: 'acme', repo: 'shop' }, logger }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error).toMatchObject({ input: 'repository', message: expect.stringContaining('GitHub answered 404 for acme/secret') });
  });

  it('warns when nothing was deployed in the window', async () => {
    const run = await runDeliveryReport(inputs(), { github, current: { owner: 'acme', repo: 'quiet' }, logger, now: new Date('2025-03-17T00:00:00Z') });
    expect(run.report.services).toEqual([]);
    expect(logger.messages('warning')).toEqual(['No deployment to production was created in acme/quiet in the window; every figure is empty.']);
    expect(deliveryOutputs(run.report, undefined)['targets-met']).toBe(false);
    expect(buildSummary(run.report).render()).toContain('_No deployment of the selected services and environments was created in the window._');
  });
});

describe('job summary', () => {
  it('tables every row against the targets and charts the weeks', async () => {
    const run = await runOn(loadRecorded('shop-two-weeks'));
    const markdown = buildSummary(run.report).render();
    expect(markdown).toContain('## Delivery metrics: acme/shop, last 14 days');
    expect(markdown).toContain('**Targets:** at least 10 deploys/week · lead time below 4 h · change failure rate below 5 % · time to restore below 30 min');
    expect(markdown).toContain('| web | production | ❌ 3 | ✅ 2.5 h · 3.1 d (15 changes) | ❌ 25 % (2 of 8) | ❌ 30 min (2 restored) | 10: 6 succeeded, 2 failed, 2 unfinished |');
    expect(markdown).toContain('| api | production | ❌ 1.5 | ❌ 21.7 h · 48 h (12 changes) | ❌ 25 % (1 of 4) | ❌ 46.1 h (1 restored) | 4: 3 succeeded, 1 failed |');
    expect(markdown).toContain('| **All together** |  | ❌ 4.5 |');
    // web's weeks: 3 and 3 successful deploys; median lead time 8700 s and 44400 s.
    expect(markdown).toContain([
      '```mermaid',
      'xychart-beta',
      '  title "web · production: successful deploys per week (line: target)"',
      '  x-axis ["03-03", "03-10"]',
      '  y-axis "deploys" 0 --> 12',
      '  bar [3, 3]',
      '  line [10, 10]',
      '```',
    ].join('\n'));
    expect(markdown).toContain('  line [2.42, 12.33]\n  line [4, 4]');
    expect((markdown.match(/```mermaid/g) ?? []).length).toBe(6);
  });

  it('charts nothing for a window under two weeks, and says why', async () => {
    const run = await runOn(loadRecorded('billing-tenants'));
    const markdown = buildSummary(run.report).render();
    expect(markdown).not.toContain('```mermaid');
    expect(markdown).toContain('_The weekly charts need a window of at least two weeks._');
    expect(markdown).toContain('| billing-api | production/t1 | ✅ 10.5 | ✅ 70 min · 2.2 h (5 changes) | ✅ 0 % (0 of 3) | ⚪ nothing failed | 3: 3 succeeded, 0 failed |');
    expect(markdown).toContain(`- billing-api · production/t2: deployment`);
  });

  it('leaves weeks without a shipped change out of the lead time chart', () => {
    const week = (start: string, lead: number | null) => ({ start, end: start, succeeded: 1, failed: 0, leadTimeMedianSeconds: lead });
    expect(leadTimeChart('x', [week('2025-03-03T00:00:00.000Z', 3600), week('2025-03-10T00:00:00.000Z', null)], 14400)).toBeUndefined();
    expect(leadTimeChart('x', [week('2025-03-03T00:00:00.000Z', 3600), week('2025-03-10T00:00:00.000Z', null), week('2025-03-17T00:00:00.000Z', 7200)], 14400))
      .toContain('  x-axis ["03-03", "03-17"]\n  y-axis "hours"\n  line [1, 2]');
    expect(deploysChart('a "quoted" name', [week('2025-03-03T00:00:00.000Z', null), week('2025-03-10T00:00:00.000Z', null)], 10)).toContain("title \"a 'quoted' name:");
  });

  it('formats durations as a person reads them', () => {
    expect([45, 1500, 1800, 9000, 78150, 268200].map(formatDuration)).toEqual(['45 s', '25 min', '30 min', '2.5 h', '21.7 h', '3.1 d']);
  });
});
