import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MemoryLogger, parseInputs } from '@pipeline/core';
import { createDeployment, createGitHubClient } from '@pipeline/github';
import type { GitHubClient } from '@pipeline/github';
import type { AnalysisResult } from '@pipeline/metrics';
import { startGitHubDouble } from '../../../test/support/github-double/index.ts';
import type { GitHubDouble } from '../../../test/support/github-double/index.ts';
import { incidentBody, incidentMarker, incidentTitle, reportBreachToGitHub } from '../src/incident.ts';
import type { GitHubReportOptions, IncidentFacts } from '../src/incident.ts';
import { inputSchema } from '../src/inputs.ts';
import type { GuardOutcome } from '../src/report.ts';

const T0 = Date.UTC(2026, 0, 1, 12, 0, 0);
const TOKEN = 'ghs_incident_test_token_0123456789abcdef';
const RUN = 'https://github.com/acme/shop/actions/runs/7';

function analysis(overrides: Partial<AnalysisResult> = {}): AnalysisResult {
  return {
    verdict: 'fail',
    reason: 'breached: http-5xx-rate (0.12 > threshold 0.05)',
    breached: ['http-5xx-rate'],
    startedAt: T0,
    endedAt: T0 + 4000,
    stop: { kind: 'critical', metric: 'http-5xx-rate' },
    firstFailureAt: T0 + 2000,
    signals: [],
    metrics: [
      {
        name: 'http-5xx-rate', critical: true, judge: 'threshold', direction: 'increase-is-bad', query: 'q5', baselineQuery: 'q5b',
        outcome: 'fail', reason: '0.12 > threshold 0.05', breached: true, firingRule: '0.12 > threshold 0.05', firstFailingAt: T0 + 2000, breachedAt: T0 + 3000,
        measurements: [
          { at: T0 + 2000, outcome: 'fail', reason: '0.1 > threshold 0.05', failing: true, newValue: 0.1, baselineValue: 0.001 },
          { at: T0 + 3000, outcome: 'fail', reason: '0.12 > threshold 0.05', failing: true, newValue: 0.12, baselineValue: 0.001 },
        ],
      },
      {
        name: 'latency-p95', critical: false, judge: 'threshold', direction: 'increase-is-bad', query: 'ql', baselineQuery: undefined,
        outcome: 'pass', reason: 'ok', breached: false,
        measurements: [{ at: T0 + 3000, outcome: 'pass', reason: 'ok', failing: false, newValue: 0.2 }],
      },
    ],
    ...overrides,
  };
}

function outcome(overrides: Partial<GuardOutcome> = {}): GuardOutcome {
  return {
    namespace: 'shop', service: 'web', newColour: 'green', baselineColour: 'blue', analysis: analysis(), onBreach: 'rollback',
    rollback: { from: 'green', to: 'blue', dryRun: false, scaledUp: true, replicas: 3, restoredAt: T0 + 5000, steps: [] },
    rollbackError: undefined, mttrSeconds: 3, runUrl: RUN, ...overrides,
  };
}

const facts: IncidentFacts = { environment: 'production', deploymentId: 17, deploymentMarked: true, runUrl: RUN };

describe('the incident issue\'s content', () => {
  it('says what breached, the rollback, the deployment and the run', () => {
    const body = incidentBody(outcome(), facts);
    expect(body).toContain('rollback-guard found a breach in **shop/web in production**.');
    for (const row of [
      '| Service | `web` |',
      '| Namespace | `shop` |',
      '| Environment | `production` |',
      '| Colours | green (new) against blue |',
      '| Verdict | fail: breached: http-5xx-rate (0.12 > threshold 0.05) |',
      '| Breached | `http-5xx-rate` |',
      '| Rollback | rolled back green → blue (scaled blue up to 3 first); traffic restored 3.0 s after the first failing sample. |',
      '| GitHub deployment | 17, marked `failure` |',
      '| Watched | 2026-01-01T12:00:00Z to 2026-01-01T12:00:04Z (4.0 s) |',
      `| Run | ${RUN} |`,
      // Only what failed is listed, at the measurement that breached.
      '| `http-5xx-rate` (critical) | 0.12 | 0.001 | 0.12 > threshold 0.05 |',
    ]) expect(body).toContain(row);
    expect(body).not.toContain('latency-p95');
    expect(incidentTitle(outcome(), 'production')).toBe('Incident: shop/web in production failed rollback-guard (http-5xx-rate)');
  });

  it('tells a dry run, a report-only breach, a failed rollback and a crash signal apart', () => {
    const dry = incidentBody(outcome({ rollback: { from: 'green', to: 'blue', dryRun: true, scaledUp: false, replicas: 1, restoredAt: undefined, steps: [{ at: T0, action: 'planned', detail: 'would switch Service shop/web selector colour: green → blue' }] } }), { ...facts, deploymentMarked: false });
    expect(dry).toContain('| Rollback | planned only (dry run), nothing changed: would switch Service shop/web selector colour: green → blue |');
    expect(dry).toContain('| GitHub deployment | 17 (dry run: not marked) |');
    const report = incidentBody(outcome({ rollback: undefined, onBreach: 'report', mttrSeconds: undefined }), { ...facts, environment: undefined, deploymentId: undefined });
    expect(report).toContain('| Rollback | none: `on-breach` is `report`, so traffic stays on green. |');
    expect(report).toContain('| Environment | not set |');
    expect(report).toContain('| GitHub deployment | none recorded |');
    expect(report).toContain('a breach in **shop/web**.');
    const failed = incidentBody(outcome({ rollback: undefined, rollbackError: 'blue never became ready | timeout' }), facts);
    expect(failed).toContain('| Rollback | **failed**: blue never became ready \\| timeout. Traffic may still be on green. |');
    const signal = { kind: 'CrashLoopBackOff', message: 'back-off restarting failed container', pod: 'web-green-1', at: T0 + 500 };
    const crashed = incidentBody(outcome({ analysis: analysis({ breached: [], metrics: [], stop: { kind: 'signal', signal }, signals: [signal] }) }), facts);
    expect(crashed).toContain('| Breached | `kubernetes` |');
    expect(crashed).toContain('| CrashLoopBackOff | web-green-1 | back-off restarting failed container |');
  });

  it('keys the issue by namespace, service and environment, safely inside an HTML comment', () => {
    expect(incidentMarker('shop', 'web', 'production')).toBe('incident:shop/web:production');
    expect(incidentMarker('shop', 'web', undefined)).toBe('incident:shop/web');
    expect(incidentMarker('team--a', 'web', 'Staging EU')).toBe('incident:team-%2Da/web:Staging%20EU');
  });
});

describe('reportBreachToGitHub against the GitHub double', () => {
  let gh: GitHubDouble;
  let client: GitHubClient;
  let logger: MemoryLogger;
  const repo = { owner: 'acme', repo: 'shop' };
  const options = (overrides: Partial<GitHubReportOptions> = {}): GitHubReportOptions => ({
    repo, deploymentId: undefined, environment: undefined, incidentIssue: true, incidentLabels: ['incident', 'rollback'], dryRun: false, runUrl: RUN, now: () => T0 + 60_000, ...overrides,
  });
  const issues = () => [...gh.state.repo('acme', 'shop').issues.values()];
  const warnings = () => logger.records.filter((r) => r.level === 'warning').map((r) => r.message);

  beforeEach(async () => {
    gh = await startGitHubDouble();
    client = createGitHubClient({ token: TOKEN, baseUrl: gh.url, timeScale: 0 });
    logger = new MemoryLogger();
  });
  afterEach(async () => {
    await gh.close();
  });

  it('marks the deployment failed, opens the issue keyed by the deployment\'s environment, then comments on a second breach', async () => {
    const deployment = await createDeployment(client, repo, { ref: 'main', environment: 'production' });

    const first = await reportBreachToGitHub(client, logger, outcome(), options({ deploymentId: deployment.id }));
    expect(first).toMatchObject({ deploymentMarked: true, environment: 'production', incident: { action: 'created', number: 1, url: 'https://github.com/acme/shop/issues/1' } });
    const [issue] = issues();
    expect(issue?.['title']).toBe('Incident: shop/web in production failed rollback-guard (http-5xx-rate)');
    expect(String(issue?.['body'])).toMatch(/^<!-- pipeline:incident:shop\/web:production -->\nrollback-guard found a breach/);
    expect(String(issue?.['body'])).toContain(`| GitHub deployment | ${deployment.id}, marked \`failure\` |`);
    expect((issue?.['labels'] as { name: string }[]).map((l) => l.name)).toEqual(['incident', 'rollback']);
    expect(gh.callsTo('repos/create-deployment-status').map((c) => c.body)).toEqual([{ state: 'failure', description: 'rollback-guard: breached: http-5xx-rate (0.12 > threshold 0.05)', log_url: RUN }]);

    const second = await reportBreachToGitHub(client, logger, outcome({ rollback: undefined, onBreach: 'report' }), options({ deploymentId: deployment.id }));
    expect(second.incident).toMatchObject({ action: 'commented', number: 1 });
    expect(issues()).toHaveLength(1);
    const [comment] = gh.state.repo('acme', 'shop').commentsOn(1);
    expect(String(comment?.['body'])).toMatch(/^\*\*Breached again\*\* \(2026-01-01T12:01:00\.000Z\)\n\n/);
    expect(String(comment?.['body'])).toContain('| Rollback | none: `on-breach` is `report`');
    const added = logger.records.filter((r) => r.level === 'info' && r.message.startsWith('Added the breach to open incident issue '));
    expect(added.map((r) => r.message)).toEqual([expect.stringMatching(/issue https:\/\/github\.com\/acme\/shop\/issues\/1#issuecomment-\d+$/) as unknown]);
    expect(warnings()).toEqual([]);
    gh.assertNoViolations();
  });

  it('in a dry run opens the issue but leaves the deployment alone; the environment input wins', async () => {
    const deployment = await createDeployment(client, repo, { ref: 'main', environment: 'production' });
    const report = await reportBreachToGitHub(client, logger, outcome(), options({ deploymentId: deployment.id, dryRun: true, environment: 'prod-eu' }));
    expect(report).toMatchObject({ deploymentMarked: false, environment: 'prod-eu', incident: { action: 'created' } });
    expect(gh.callsTo('repos/create-deployment-status')).toHaveLength(0);
    expect(gh.callsTo('repos/get-deployment')).toHaveLength(0);
    expect(String(issues()[0]?.['body'])).toMatch(/^<!-- pipeline:incident:shop\/web:prod-eu -->/);
    gh.assertNoViolations();
  });

  it('does nothing for a pass, and no issue with incident-issue off', async () => {
    const deployment = await createDeployment(client, repo, { ref: 'main', environment: 'production' });
    expect(await reportBreachToGitHub(client, logger, outcome({ analysis: analysis({ verdict: 'pass', breached: [] }) }), options({ deploymentId: deployment.id }))).toEqual({ deploymentMarked: false, environment: undefined, incident: undefined });
    const noIssue = await reportBreachToGitHub(client, logger, outcome(), options({ deploymentId: deployment.id, incidentIssue: false }));
    expect(noIssue).toMatchObject({ deploymentMarked: true, incident: undefined });
    expect(gh.calls.filter((c) => c.path.includes('/issues'))).toHaveLength(0);
    gh.assertNoViolations();
  });

  it('degrades a read-only token to warnings, and still returns', async () => {
    const deployment = await createDeployment(client, repo, { ref: 'main', environment: 'production' });
    gh.readOnlyToken(TOKEN);
    const report = await reportBreachToGitHub(client, logger, outcome(), options({ deploymentId: deployment.id }));
    expect(report).toEqual({ deploymentMarked: false, environment: 'production', incident: undefined });
    expect(warnings()).toEqual([
      expect.stringMatching(/^Could not mark deployment \d+ as failed: .*`deployments: write`/) as unknown,
      expect.stringMatching(/^Could not open or update the incident issue: .*`issues: write`.*The breach is in the job summary and the analysis JSON instead\.$/) as unknown,
    ]);
    expect(issues()).toEqual([]);
    gh.assertNoViolations();
  });

  it('turns an unknown deployment and a GitHub outage into warnings instead of failing the guard', async () => {
    const report = await reportBreachToGitHub(client, logger, outcome(), options({ deploymentId: 999_999 }));
    // The issue is still opened, keyed without an environment.
    expect(report).toMatchObject({ deploymentMarked: false, environment: undefined, incident: { action: 'created' } });
    expect(String(issues()[0]?.['body'])).toMatch(/^<!-- pipeline:incident:shop\/web -->/);
    expect(warnings()).toEqual([
      expect.stringMatching(/^Could not mark GitHub deployment 999999 as failed: GitHub deployment 999999 was not found in acme\/shop/) as unknown,
      expect.stringMatching(/^Could not read the environment of GitHub deployment 999999 for the incident issue \(set `environment` to name it\)/) as unknown,
    ]);

    // Every attempt of the issue search fails (the client retries 5xx three times).
    gh.failNext({ operationId: 'issues/list-for-repo', status: 503, times: 4 });
    const outage = await reportBreachToGitHub(client, logger, outcome(), options({ environment: 'production' }));
    expect(outage.incident).toBeUndefined();
    expect(warnings().at(-1)).toMatch(/^Could not open or update the incident issue: /);
    gh.assertNoViolations();
  });

  it('warns when GitHub drops the labels, since the issue could not be found again', async () => {
    gh.on('POST', '/repos/{owner}/{repo}/issues', async (_request, tools) => {
      const created = await tools.passThrough();
      const issue = created.body as Record<string, unknown>;
      issue['labels'] = [];
      return created;
    });
    const report = await reportBreachToGitHub(client, logger, outcome(), options({ environment: 'production' }));
    expect(report.incident).toMatchObject({ action: 'created', labelsDropped: true });
    expect(warnings()).toEqual([expect.stringMatching(/^GitHub dropped the labels of incident issue https:\/\/github\.com\/acme\/shop\/issues\/1 .* add the label 'incident' by hand\.$/) as unknown]);
    gh.assertNoViolations();
  });
});

describe('the incident inputs', () => {
  const base = { INPUT_NAMESPACE: 'shop', INPUT_SERVICE: 'web', 'INPUT_PROMETHEUS-URL': 'http://prometheus:9090' };

  it('opens issues labelled incident and rollback unless told otherwise', () => {
    const inputs = parseInputs(inputSchema, { env: base });
    expect([inputs.incidentIssue, inputs.incidentLabels, inputs.environment]).toEqual([true, ['incident', 'rollback'], undefined]);
    const custom = parseInputs(inputSchema, { env: { ...base, 'INPUT_INCIDENT-ISSUE': 'false', 'INPUT_INCIDENT-LABELS': 'sev1\nrollback, web', INPUT_ENVIRONMENT: 'production' } });
    expect([custom.incidentIssue, custom.incidentLabels, custom.environment]).toEqual([false, ['sev1', 'rollback', 'web'], 'production']);
    expect(() => parseInputs(inputSchema, { env: { ...base, 'INPUT_INCIDENT-ISSUE': 'yes' } })).toThrow(/Input 'incident-issue' has an invalid value 'yes': expected 'true' or 'false'/);
  });
});
