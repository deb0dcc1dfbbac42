import { describe, expect, it } from 'vitest';
import {
  computeDelivery,
  environmentSelected,
  leadTimeRequests,
  measureHistories,
  outcomeOf,
  payloadObject,
  quantile,
  SEED_TARGETS,
  serviceOf,
  targetsMet,
} from '../src/index.ts';
import type { Change, DeploymentHistory } from '../src/index.ts';
import { loadRecorded, recordedChangeSource, recordedHistories, windowOf } from './recorded.ts';
import type { RecordedName } from './recorded.ts';

const at = (iso: string): number => Date.parse(iso);

describe('outcomeOf', () => {
  it('fails a deployment on its first failure or error, even after a success (a rollback)', () => {
    expect(outcomeOf([
      { state: 'in_progress', createdAt: '2025-03-04T13:00:00Z' },
      { state: 'success', createdAt: '2025-03-04T13:20:00Z' },
      { state: 'failure', createdAt: '2025-03-04T13:50:00Z' },
    ])).toEqual({ kind: 'failure', at: at('2025-03-04T13:50:00Z') });
    // Statuses come newest first from GitHub; order must not matter.
    expect(outcomeOf([
      { state: 'failure', createdAt: '2025-03-06T10:09:00Z' },
      { state: 'error', createdAt: '2025-03-06T10:05:00Z' },
    ])).toEqual({ kind: 'failure', at: at('2025-03-06T10:05:00Z') });
  });

  it('counts a superseded success (success, then inactive) as a success at its first success', () => {
    expect(outcomeOf([
      { state: 'inactive', createdAt: '2025-03-03T10:30:00Z' },
      { state: 'success', createdAt: '2025-02-28T09:10:00Z' },
    ])).toEqual({ kind: 'success', at: at('2025-02-28T09:10:00Z') });
  });

  it('leaves queued, in-progress and retired-while-running deployments unfinished', () => {
    expect(outcomeOf([])).toEqual({ kind: 'unfinished' });
    expect(outcomeOf([{ state: 'queued', createdAt: '2025-03-16T20:00:00Z' }])).toEqual({ kind: 'unfinished' });
    expect(outcomeOf([
      { state: 'in_progress', createdAt: '2025-03-13T10:30:00Z' },
      { state: 'inactive', createdAt: '2025-03-13T11:00:00Z' },
    ])).toEqual({ kind: 'unfinished' });
  });
});

describe('services and environments', () => {
  it("takes the service from bluegreen-deploy's payload, else the repository's name", () => {
    expect(serviceOf({ namespace: 'shop', service: 'web', revision: '2', colour: 'green' }, 'shop')).toBe('web');
    expect(serviceOf({}, 'billing')).toBe('billing');
    expect(serviceOf({ service: '  ' }, 'billing')).toBe('billing');
    expect(serviceOf({ service: 42 }, 'billing')).toBe('billing');
    expect(serviceOf(payloadObject('{"service":"api"}'), 'shop')).toBe('api');
    expect(serviceOf(payloadObject('not json'), 'shop')).toBe('shop');
  });

  it('selects an environment and its tenant environments, not its namesakes', () => {
    expect(environmentSelected(['production'], 'production')).toBe(true);
    expect(environmentSelected(['production'], 'production/t1')).toBe(true);
    expect(environmentSelected(['production'], 'production-eu')).toBe(false);
    expect(environmentSelected(['production'], 'staging')).toBe(false);
    expect(environmentSelected(['staging', 'production-eu'], 'production-eu')).toBe(true);
  });
});

describe('quantile', () => {
  it('interpolates between the closest ranks (type 7)', () => {
    expect(quantile([5400, 900, 3600, 1500], 0.5)).toBe(2550);
    expect(quantile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.9)).toBeCloseTo(9.1, 10);
    expect(quantile([7], 0.9)).toBe(7);
    expect(quantile([], 0.5)).toBeUndefined();
    expect(() => quantile([1], 1.5)).toThrow(RangeError);
  });
});

describe.each<RecordedName>(['shop-two-weeks', 'billing-tenants'])('recorded history %s', (name) => {
  const recorded = loadRecorded(name);

  it('gives the figures worked out by hand', async () => {
    const report = await measureHistories(recordedHistories(recorded), recordedChangeSource(recorded), { repository: recorded.repository, window: windowOf(recorded) });
    expect(report.services).toHaveLength(recorded.expected.services.length);
    for (const [i, row] of recorded.expected.services.entries()) expect(report.services[i]).toMatchObject(row);
    expect(report.overall).toMatchObject(recorded.expected.overall);
    const { since, until } = recorded.window;
    expect(report.window).toEqual({ since: new Date(since).toISOString(), until: new Date(until).toISOString(), seconds: (at(until) - at(since)) / 1000 });
    expect(report.targets).toEqual(SEED_TARGETS);
  });
});

describe('the shop recording in detail', () => {
  const recorded = loadRecorded('shop-two-weeks');
  const sha = (commit: string): string => recorded.commits.find((c) => c.name === commit)!.sha;

  it('measures each success from the previous success of the same service, skipping failures', () => {
    const requests = leadTimeRequests(recordedHistories(recorded), windowOf(recorded));
    const web = requests.filter((r) => r.service === 'web').map((r) => [r.deploymentId, r.base, r.head]);
    expect(web).toEqual([
      [101, sha('w0'), sha('w2')],
      [103, sha('w2'), sha('w4')],
      [105, sha('w4'), sha('w5')],
      [106, sha('w5'), sha('w8')],
      [107, sha('w8'), sha('w8')],
      [109, sha('w8'), sha('w10')],
    ]);
    const api = requests.filter((r) => r.service === 'api').map((r) => [r.deploymentId, r.base, r.head]);
    expect(api).toEqual([[201, sha('a0'), sha('a1')], [202, sha('a1'), sha('a3')], [204, sha('a3'), sha('a4')]]);
  });

  it('rates the median time to restore of exactly 30 min as missed: the target is below 30 min', async () => {
    const report = await measureHistories(recordedHistories(recorded), recordedChangeSource(recorded), { repository: recorded.repository, window: windowOf(recorded) });
    const web = report.services.find((s) => s.service === 'web')!;
    expect(web.timeToRestore.medianSeconds).toBe(SEED_TARGETS.timeToRestoreSeconds);
    expect(web.timeToRestore.rating).toBe('missed');
    expect(targetsMet(web)).toBe(false);
    expect(report.notes).toEqual([]);
  });

  it('rates against the targets it is given', async () => {
    const targets = { deploymentsPerWeek: 3, leadTimeSeconds: 9001, changeFailureRatio: 0.3, timeToRestoreSeconds: 1801 };
    const report = await measureHistories(recordedHistories(recorded), recordedChangeSource(recorded), { repository: recorded.repository, window: windowOf(recorded), targets });
    const web = report.services.find((s) => s.service === 'web')!;
    expect([web.deploymentFrequency.rating, web.leadTime.rating, web.changeFailureRate.rating, web.timeToRestore.rating]).toEqual(['met', 'met', 'met', 'met']);
    expect(targetsMet(web)).toBe(true);
  });
});

describe('the billing recording in detail', () => {
  const recorded = loadRecorded('billing-tenants');

  it('says which deployments had no earlier success to measure from', async () => {
    const report = await measureHistories(recordedHistories(recorded), recordedChangeSource(recorded), { repository: recorded.repository, window: windowOf(recorded) });
    const idOf = (n: string): number => recorded.deployments.find((d) => d.name === n)!.id;
    expect(report.notes).toHaveLength(recorded.expected.baselessDeployments!.length);
    for (const n of recorded.expected.baselessDeployments!) expect(report.notes.some((note) => note.includes(`deployment ${idOf(n)} has no earlier successful deployment`))).toBe(true);
    const t1 = report.services.find((s) => s.environment === 'production/t1')!;
    expect(targetsMet(t1)).toBe(true);
  });

  it('adds a row for an expected service without deployments, which is never a pass', async () => {
    const histories = recordedHistories(recorded).filter((h) => h.service === 'billing-api');
    const report = await measureHistories(histories, recordedChangeSource(recorded), {
      repository: recorded.repository,
      window: windowOf(recorded),
      expected: { services: ['billing-api', 'ledger'], environments: ['production'] },
    });
    expect(report.services.map((s) => `${s.service} ${s.environment}`)).toEqual(['billing-api production/t1', 'billing-api production/t2', 'ledger production']);
    const ledger = report.services[2]!;
    expect(ledger.deployments).toEqual({ total: 0, succeeded: 0, failed: 0, unfinished: 0 });
    expect(ledger.deploymentFrequency).toEqual({ perWeek: 0, rating: 'missed' });
    expect(ledger.leadTime).toMatchObject({ changes: 0, medianSeconds: null, rating: 'no-data' });
    expect(ledger.changeFailureRate).toMatchObject({ ratio: null, rating: 'no-data' });
    expect(ledger.timeToRestore).toMatchObject({ incidents: 0, rating: 'not-applicable' });
    expect(targetsMet(ledger)).toBe(false);
  });
});

describe('computeDelivery edge cases', () => {
  const window = { since: new Date('2025-03-03T00:00:00Z'), until: new Date('2025-03-10T00:00:00Z') };
  const deployment = (id: number, sha: string, created: string, statuses: [DeploymentHistory['statuses'][number]['state'], string][]): DeploymentHistory => ({
    id, service: 'web', environment: 'production', sha, createdAt: created, statuses: statuses.map(([state, createdAt]) => ({ state, createdAt })),
  });

  it('counts a commit once, at its first success, when a rollback makes a later compare list it again', () => {
    // 1 ships X at 10:00; 2 rolls back to W (nothing new); 3 ships X again at 12:00.
    const histories = [
      deployment(1, 'x', '2025-03-04T09:50:00Z', [['success', '2025-03-04T10:00:00Z']]),
      deployment(2, 'w', '2025-03-04T10:50:00Z', [['success', '2025-03-04T11:00:00Z']]),
      deployment(3, 'x', '2025-03-04T11:50:00Z', [['success', '2025-03-04T12:00:00Z']]),
    ];
    const changes = new Map<number, Change[]>([
      [1, [{ sha: 'x', committedAt: '2025-03-04T09:00:00Z' }]],
      [3, [{ sha: 'x', committedAt: '2025-03-04T09:00:00Z' }]],
    ]);
    const report = computeDelivery(histories, changes, { repository: 'acme/shop', window });
    // X: 1 h at deployment 1; deployment 3's copy is not counted again (it would be 3 h).
    expect(report.services[0]!.leadTime).toMatchObject({ changes: 1, medianSeconds: 3600, p90Seconds: 3600, sumSeconds: 3600 });
  });

  it('never gives a negative lead time when a commit is dated after its deployment (clock skew)', () => {
    const histories = [deployment(1, 'x', '2025-03-04T09:50:00Z', [['success', '2025-03-04T10:00:00Z']])];
    const changes = new Map<number, Change[]>([[1, [{ sha: 'x', committedAt: '2025-03-04T10:05:00Z' }]]]);
    expect(computeDelivery(histories, changes, { repository: 'acme/shop', window }).services[0]!.leadTime.medianSeconds).toBe(0);
  });

  it('keeps consecutive failures as one episode, and an episode still open past the target as missed', () => {
    const histories = [
      deployment(1, 'a', '2025-03-04T09:00:00Z', [['success', '2025-03-04T09:10:00Z']]),
      deployment(2, 'b', '2025-03-04T10:00:00Z', [['failure', '2025-03-04T10:10:00Z']]),
      deployment(3, 'c', '2025-03-04T10:20:00Z', [['error', '2025-03-04T10:25:00Z']]),
      deployment(4, 'd', '2025-03-04T10:30:00Z', [['success', '2025-03-04T10:40:00Z']]),
      deployment(5, 'e', '2025-03-09T23:00:00Z', [['failure', '2025-03-09T23:10:00Z']]),
    ];
    const report = computeDelivery(histories, new Map(), { repository: 'acme/shop', window });
    // Episode 1: 10:10 -> 10:40 = 1800 s. Episode 2 is open for 50 min at the window's end.
    expect(report.services[0]!.timeToRestore).toEqual({ incidents: 2, restored: 1, open: 1, sumSeconds: 1800, medianSeconds: 1800, rating: 'missed' });
  });

  it('does not start an episode before the window, nor count restores after it', () => {
    const histories = [
      deployment(1, 'a', '2025-03-02T23:00:00Z', [['failure', '2025-03-02T23:10:00Z']]),
      deployment(2, 'b', '2025-03-03T00:10:00Z', [['success', '2025-03-03T00:20:00Z']]),
      deployment(3, 'c', '2025-03-09T23:50:00Z', [['failure', '2025-03-09T23:55:00Z']]),
      deployment(4, 'd', '2025-03-09T23:56:00Z', [['success', '2025-03-10T00:05:00Z']]),
    ];
    const restore = computeDelivery(histories, new Map(), { repository: 'acme/shop', window }).services[0]!.timeToRestore;
    // Only deployment 3's episode began in the window, and at the window's end it was 5 min old.
    expect(restore).toEqual({ incidents: 1, restored: 0, open: 1, sumSeconds: 0, medianSeconds: null, rating: 'no-data' });
  });

  it('refuses a window that ends before it starts', () => {
    expect(() => computeDelivery([], new Map(), { repository: 'acme/shop', window: { since: window.until, until: window.since } })).toThrow(RangeError);
  });
});
