import { describe, expect, it } from 'vitest';
import type { Pod } from '@pipeline/kube';
import { PodSignalDetector } from '../src/signals.ts';

function pod(name: string, status: { ready?: boolean; restarts?: number; waiting?: string; lastExit?: number }, deleting = false): Pod {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name, ...(deleting ? { deletionTimestamp: '2026-01-01T00:00:00Z' } : {}) },
    status: {
      phase: 'Running',
      conditions: [{ type: 'Ready', status: status.ready === true ? 'True' : 'False' }],
      containerStatuses: [{
        name: 'app',
        ready: status.ready === true,
        restartCount: status.restarts ?? 0,
        state: status.waiting === undefined ? { running: {} } : { waiting: { reason: status.waiting } },
        ...(status.lastExit === undefined ? {} : { lastState: { terminated: { exitCode: status.lastExit, reason: 'Error' } } }),
      }],
    },
  };
}

describe('PodSignalDetector', () => {
  it('reports CrashLoopBackOff at first sight, with the last exit', () => {
    const d = new PodSignalDetector();
    const signals = d.observe([pod('web-green-1', { waiting: 'CrashLoopBackOff', restarts: 2, lastExit: 1 })], 1000);
    expect(signals).toEqual([{ kind: 'CrashLoopBackOff', pod: 'web-green-1', at: 1000, message: "container 'app' is in CrashLoopBackOff after 2 restarts (last exit 1 Error)" }]);
  });

  it('ignores restarts from before the first look and reports new ones once', () => {
    const d = new PodSignalDetector();
    expect(d.observe([pod('p', { ready: true, restarts: 4 })], 0)).toEqual([]);
    expect(d.observe([pod('p', { ready: true, restarts: 4 })], 1000)).toEqual([]);
    const restart = d.observe([pod('p', { ready: true, restarts: 5, lastExit: 137 })], 2000);
    expect(restart.map((s) => [s.kind, s.message])).toEqual([['Restart', "container 'app' restarted (4 → 5) (last exit 137 Error)"]]);
    expect(d.observe([pod('p', { ready: true, restarts: 6 })], 3000)).toEqual([]);
  });

  it('reports a readiness drop only after the grace period, and never for a pod that was never Ready', () => {
    const d = new PodSignalDetector({ readinessGraceMs: 2000 });
    expect(d.observe([pod('a', { ready: true }), pod('b', { ready: false })], 0)).toEqual([]);
    expect(d.observe([pod('a', { ready: false }), pod('b', { ready: false })], 1000)).toEqual([]);
    // One probe blip that recovers is noise.
    expect(d.observe([pod('a', { ready: true }), pod('b', { ready: false })], 1500)).toEqual([]);
    expect(d.observe([pod('a', { ready: false }), pod('b', { ready: false })], 2000)).toEqual([]);
    const drop = d.observe([pod('a', { ready: false }), pod('b', { ready: false })], 4000);
    expect(drop).toHaveLength(1);
    expect(drop[0]).toMatchObject({ kind: 'ReadinessDrop', pod: 'a', at: 4000 });
    expect(drop[0]!.message).toMatch(/has not been for 2\.0 s/);
  });

  it('skips pods that are being deleted (a scale-down is not a crash)', () => {
    const d = new PodSignalDetector({ readinessGraceMs: 0 });
    d.observe([pod('a', { ready: true })], 0);
    expect(d.observe([pod('a', { ready: false, waiting: 'CrashLoopBackOff' }, true)], 1000)).toEqual([]);
  });
});
