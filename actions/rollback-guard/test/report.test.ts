import { describe, expect, it } from 'vitest';
import type { AnalysisResult, MannWhitneyEvidence } from '@pipeline/metrics';
import { createGitHubClient } from '@pipeline/github';
import { MemoryLogger } from '@pipeline/core';
import { startGitHubDouble } from '../../../test/support/github-double/index.ts';
import type { RollbackResult } from '@pipeline/bluegreen';
import { markDeploymentFailure, postWebhook } from '../src/notify.ts';
import { breachedNames, buildSummary, genericPayload, headline, metricChart, slackPayload, webhookFormat } from '../src/report.ts';
import type { GuardOutcome } from '../src/report.ts';
import { startWebhookReceiver } from './support/scenario.ts';

const T0 = Date.UTC(2026, 0, 1, 12, 0, 0);

const test: MannWhitneyEvidence = {
  u: 49, pValue: 0.000845, alpha: 0.01, method: 'normal', z: 3.1, alternative: 'greater', nNew: 7, nBaseline: 7,
  hodgesLehmann: 0.1455, relativeShift: 1.5, cles: 1, effect: 'hodges-lehmann', tolerance: 0.2,
};

function analysis(overrides: Partial<AnalysisResult> = {}): AnalysisResult {
  return {
    verdict: 'fail',
    reason: 'breached: latency-p95 (Mann-Whitney …)',
    breached: ['latency-p95'],
    startedAt: T0,
    endedAt: T0 + 3000,
    stop: { kind: 'breach', metric: 'latency-p95' },
    firstFailureAt: T0 + 2000,
    signals: [],
    metrics: [
      {
        name: 'latency-p95', critical: false, judge: 'mann-whitney', direction: 'increase-is-bad', query: 'q_new', baselineQuery: 'q_base',
        outcome: 'fail', reason: 'Mann-Whitney U=49 …', breached: true, firingRule: 'Mann-Whitney U=49, p=8.45e-4', firstFailingAt: T0 + 2000, breachedAt: T0 + 3000,
        measurements: [
          { at: T0 + 1000, outcome: 'pass', reason: 'ok', failing: false, newValue: 0.1, baselineValue: 0.097 },
          { at: T0 + 2000, outcome: 'fail', reason: 'U…', failing: true, newValue: 0.2425, baselineValue: 0.097, test },
          { at: T0 + 3000, outcome: 'fail', reason: 'U…', failing: true, newValue: Number.POSITIVE_INFINITY, baselineValue: 0.097, test },
        ],
      },
      {
        name: 'http-5xx-rate', critical: true, judge: 'threshold', direction: 'increase-is-bad', query: 'q5', baselineQuery: undefined,
        outcome: 'pass', reason: '0 ≤ threshold 0.05', breached: false,
        measurements: [{ at: T0 + 1000, outcome: 'pass', reason: '0 ≤ threshold 0.05', failing: false, newValue: 0 }],
      },
    ],
    ...overrides,
  };
}

const rolledBack: RollbackResult = { from: 'green', to: 'blue', dryRun: false, scaledUp: true, replicas: 2, restoredAt: T0 + 4000, steps: [] };

function outcome(overrides: Partial<GuardOutcome> = {}): GuardOutcome {
  return {
    namespace: 'shop', service: 'web', newColour: 'green', baselineColour: 'blue', analysis: analysis(), onBreach: 'rollback',
    rollback: rolledBack, rollbackError: undefined, mttrSeconds: 2, runUrl: 'https://github.com/o/r/actions/runs/1', ...overrides,
  };
}

describe('the explainable verdict', () => {
  it('summarises every metric with new and baseline values, the rule or test, and a chart', () => {
    const md = buildSummary(outcome()).render();
    expect(md).toContain('## ❌ rollback-guard: fail — shop/web');
    expect(md).toContain('**Rolled back** green → blue (scaled up to 2 first); **MTTR 2.0 s**');
    // The decisive measurement is the breaching one, +Inf spelled as Prometheus does.
    expect(md).toContain('| `latency-p95` | ❌ fail | +Inf | 0.097 | mann-whitney | Mann-Whitney U=49, p=8.45e-4 | U=49 p=8.45e-4 (α=0.01, normal, n=7/7); HL=0.1455 (150%); CLES=1 | 3 |');
    expect(md).toContain('| `http-5xx-rate` (critical) | ✅ pass | 0 | — | threshold | 0 ≤ threshold 0.05 |  | 1 |');
    // Non-finite values cannot be drawn; the chart holds the finite ones, with the baseline as a second line.
    expect(md).toContain('```mermaid\nxychart-beta\n  title "latency-p95"\n  x-axis "seconds since start" [1, 2]\n  y-axis "value"\n  line [0.1, 0.2425]\n  line [0.097, 0.097]\n```');
    expect(md).toContain('New: `q_new`');
  });

  it('draws no chart from fewer than two finite points', () => {
    expect(metricChart(analysis().metrics[1]!, T0)).toBeUndefined();
  });

  it('names a crash signal as the breach and says when only reporting', () => {
    const signal = { kind: 'CrashLoopBackOff', message: 'container app …', pod: 'web-green-1', at: T0 + 500 };
    const o = outcome({ analysis: analysis({ breached: [], stop: { kind: 'signal', signal }, signals: [signal] }), rollback: undefined, onBreach: 'report', mttrSeconds: undefined });
    expect(breachedNames(o)).toEqual(['kubernetes']);
    const md = buildSummary(o).render();
    expect(md).toContain('**Ended early:** Kubernetes signal `CrashLoopBackOff`');
    expect(md).toContain('| CrashLoopBackOff | web-green-1 | 0.5 s | container app … |');
    expect(md).toContain('**No rollback:** `on-breach` is `report`.');
  });

  it('gives the webhook the same facts, JSON-safe', () => {
    const body = genericPayload(outcome());
    expect(body).toMatchObject({ verdict: 'fail', service: 'web', breached: ['latency-p95'], rolledBack: true, mttrSeconds: 2, baselineColour: 'blue' });
    const [latency] = body['metrics'] as { newValue: unknown; baselineValue: unknown; rule: string; test: { pValue: number } }[];
    expect(latency).toMatchObject({ newValue: '+Inf', baselineValue: 0.097, rule: 'Mann-Whitney U=49, p=8.45e-4', test: { pValue: 0.000845 } });
    expect(JSON.parse(JSON.stringify(body))).toEqual(body);
    const slack = slackPayload(outcome());
    expect(slack['text']).toBe(headline(outcome()));
    expect(JSON.stringify(slack['blocks'])).toContain('*latency-p95* fail: new +Inf, baseline 0.097');
  });

  it('picks Slack\'s shape for Slack URLs only', () => {
    expect(webhookFormat('https://hooks.slack.com/services/T/B/x')).toBe('slack');
    expect(webhookFormat('https://example.org/hooks/slack.com')).toBe('json');
    expect(webhookFormat('http://127.0.0.1:9/x')).toBe('json');
  });
});

describe('notifications', () => {
  it('POSTs the generic JSON to a local receiver, retrying a 503', async () => {
    const receiver = await startWebhookReceiver();
    let calls = 0;
    const flaky: typeof fetch = async (input, init) => {
      calls += 1;
      if (calls === 1) return new Response('busy', { status: 503 });
      return fetch(input, init);
    };
    try {
      const delivery = await postWebhook(`${receiver.url}/hook`, outcome(), { fetch: flaky, retryDelayMs: 1 });
      expect(delivery).toEqual({ format: 'json', status: 200, attempts: 2 });
      expect(receiver.received).toHaveLength(1);
      expect(receiver.received[0]).toMatchObject({ path: '/hook', contentType: 'application/json', body: { source: 'pipeline/rollback-guard', verdict: 'fail' } });
    } finally {
      await receiver.close();
    }
  });

  it('returns a failed delivery without the URL instead of throwing', async () => {
    // A port that was free a moment ago: nothing listens (fetch itself refuses well-known ports such as 1).
    const receiver = await startWebhookReceiver();
    await receiver.close();
    const delivery = await postWebhook(`${receiver.url}/secret-token-path`, outcome(), { attempts: 2, retryDelayMs: 1 });
    expect(delivery.status).toBeUndefined();
    expect(delivery.attempts).toBe(2);
    expect(delivery.error).toBe('ECONNREFUSED');
  });

  it('marks the GitHub deployment failure within GitHub\'s contract', async () => {
    const gh = await startGitHubDouble();
    try {
      const client = createGitHubClient({ token: 't0ken', baseUrl: gh.url, timeScale: 0 });
      const { data } = await client.rest.repos.createDeployment({ owner: 'o', repo: 'r', ref: 'main', environment: 'production', auto_merge: false, required_contexts: [] });
      const id = (data as { id: number }).id;
      const logger = new MemoryLogger();
      const description = `rollback-guard: ${'x'.repeat(200)}`;
      expect(await markDeploymentFailure(client, logger, { owner: 'o', repo: 'r', deploymentId: id, description, logUrl: 'https://github.com/o/r/actions/runs/1' })).toBe(true);
      const [call] = gh.callsTo('repos/create-deployment-status');
      expect(call?.body).toMatchObject({ state: 'failure', log_url: 'https://github.com/o/r/actions/runs/1' });
      expect((call?.body as { description: string }).description).toHaveLength(140);
      // A read-only token degrades to a warning instead of failing the guard.
      gh.readOnlyToken('t0ken');
      expect(await markDeploymentFailure(client, logger, { owner: 'o', repo: 'r', deploymentId: id, description: 'x' })).toBe(false);
      expect(logger.records.some((r) => r.level === 'warning' && r.message.includes('deployments: write'))).toBe(true);
      gh.assertNoViolations();
    } finally {
      await gh.close();
    }
  });
});
