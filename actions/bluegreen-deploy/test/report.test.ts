import { describe, expect, it } from 'vitest';
import type { DeployOutcome, StepRecord } from '@pipeline/bluegreen';
import { buildSummary, stepTimings, timeline, weightChart } from '../src/report.ts';

const T0 = 1_700_000_000_000;

function step(kind: StepRecord['kind'], name: string, from: number, to: number, extra: Partial<StepRecord> = {}): StepRecord {
  return { kind, name, startedAt: T0 + from, endedAt: T0 + to, ...extra };
}

function outcome(namespace: string, result: DeployOutcome['result'], steps: StepRecord[], extra: Partial<DeployOutcome> = {}): DeployOutcome {
  return {
    result, namespace, service: 'shop', activeColour: 'green', previousColour: 'blue', revision: 'abc123def456', deploymentId: 17, steps, findings: [], analyses: [], ...extra,
  };
}

const promoted = outcome('t1', 'promoted', [
  step('apply', 'Apply green (abc123def456) to t1', 0, 400),
  step('rollout', 'Wait for shop-green to roll out', 400, 5400),
  step('shift', 'Shift 10% of traffic to green', 5400, 5500, { weight: 10 }),
  step('analysis', 'Analyse green at 10%', 5500, 15_500, { weight: 10, verdict: 'pass', detail: 'all metrics passed' }),
  step('shift', 'Switch the stable Service shop to green', 15_500, 16_000, { weight: 100 }),
  step('promote', 'Promote green (abc123def456)', 16_000, 16_100, { weight: 100 }),
]);
const rolledBack = outcome('t2', 'rolled-back', [
  step('apply', 'Apply green: now; # odd', 20_000, 20_300),
  step('rollout', 'Wait for shop-green to roll out', 20_300, 25_000, { verdict: 'fail', detail: 'CrashLoopBackOff' }),
  step('rollback', 'Roll back t2/shop to blue', 25_000, 26_000),
], { activeColour: 'blue', previousColour: 'green', reason: 'pods crash' });

describe('the job summary', () => {
  it('has a mermaid timeline with a section per namespace, failed steps critical and shifts active', () => {
    const chart = timeline([promoted, rolledBack]) as string;
    expect(chart.split('\n').slice(0, 4)).toEqual(['gantt', '  title Blue/green steps (seconds from start)', '  dateFormat x', '  axisFormat %M:%S']);
    expect(chart).toContain('  section t1/shop\n  Apply green (abc123def456) to t1 :s0_0, 0, 400\n');
    expect(chart).toContain('  Shift 10% of traffic to green :active, s0_2, 5400, 5500');
    expect(chart).toContain('  Analyse green at 10% — pass :s0_3, 5500, 15500');
    expect(chart).toContain('  section t2/shop');
    expect(chart).toContain('  Wait for shop-green to roll out — fail :crit, s1_1, 20300, 25000');
    // Mermaid reads ':' ';' and '#' as syntax: they must not reach a task name.
    expect(chart).toContain('  Apply green  now    odd :s1_0, 20000, 20300');
    expect(timeline([outcome('t3', 'status', [])])).toBeUndefined();
  });

  it('charts the new colour\'s share of traffic when there are at least two shifts', () => {
    expect(weightChart(promoted)).toBe([
      'xychart-beta',
      '  title "t1/shop: % of traffic on the new colour"',
      '  x-axis ["5.5s", "16.0s"]',
      '  y-axis "percent" 0 --> 100',
      '  line [10, 100]',
    ].join('\n'));
    expect(weightChart(rolledBack)).toBeUndefined();
  });

  it('renders the result table, both charts and the step table', () => {
    const markdown = buildSummary('deploy', [promoted, rolledBack]).render();
    expect(markdown).toContain('## bluegreen-deploy: deploy');
    expect(markdown.match(/```mermaid\n/g)).toHaveLength(2);
    expect(markdown).toContain('```mermaid\ngantt\n');
    expect(markdown).toContain('```mermaid\nxychart-beta\n');
    expect(markdown).toMatch(/\| ✅ \| t1 \| shop \| promoted \| green \| blue \| abc123def456 \| 17 \| {2}\|/);
    expect(markdown).toMatch(/\| ↩️ \| t2 \| shop \| rolled-back \| blue \| green \| abc123def456 \| 17 \| pods crash \|/);
    expect(markdown).toContain('| t1 | Analyse green at 10% | 10% | 10.0 s | pass | all metrics passed |');
  });

  it('shows a dry run\'s plan and the preflight warnings', () => {
    const planned = outcome('t1', 'planned', [], {
      plan: 'Deployment shop-green: create\nthen switch', findings: [{ rule: 'resources', level: 'warning', message: "container 'app' has no resource limits" }],
    });
    const markdown = buildSummary('deploy', [planned]).render();
    expect(markdown).toContain('Plan for t1/shop');
    expect(markdown).toContain('Deployment shop-green: create\nthen switch');
    expect(markdown).toContain('Preflight warnings for t1');
    expect(markdown).toContain('**resources**');
    expect(markdown).not.toContain('```mermaid');
  });
});

describe('the step-timings output', () => {
  it('lists every step of every namespace with seconds, weight and verdict', () => {
    const timings = JSON.parse(stepTimings([promoted, rolledBack])) as Record<string, unknown>[];
    expect(timings).toHaveLength(9);
    expect(timings[0]).toEqual({ namespace: 't1', step: 'Apply green (abc123def456) to t1', kind: 'apply', seconds: 0.4 });
    expect(timings[3]).toEqual({ namespace: 't1', step: 'Analyse green at 10%', kind: 'analysis', seconds: 10, weight: 10, verdict: 'pass' });
    expect(timings[7]).toEqual({ namespace: 't2', step: 'Wait for shop-green to roll out', kind: 'rollout', seconds: 4.7, verdict: 'fail' });
    expect(JSON.parse(stepTimings([]))).toEqual([]);
  });
});
