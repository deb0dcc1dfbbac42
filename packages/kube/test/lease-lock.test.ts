import { describe, expect, it } from 'vitest';
import type { Lease } from '../src/index.ts';
import { formatMicroTime, leaseExpiresAt, leaseState, parseMicroTime } from '../src/index.ts';

const T0 = Date.parse('2024-05-01T10:00:00.000Z');

function lease(spec: NonNullable<Lease['spec']>): Lease {
  return { apiVersion: 'coordination.k8s.io/v1', kind: 'Lease', metadata: { name: 'deploy-web', namespace: 'shop', resourceVersion: '1' }, spec };
}

describe('MicroTime', () => {
  it('parses RFC 3339 with micro- and nanoseconds and offsets, and formats what the API stores', () => {
    expect(parseMicroTime('2024-05-01T10:00:00.123456Z')).toBe(T0 + 123);
    expect(parseMicroTime('2024-05-01T10:00:00.123456789Z')).toBe(T0 + 123);
    expect(parseMicroTime('2024-05-01T10:00:00Z')).toBe(T0);
    expect(parseMicroTime('2024-05-01T12:00:00.5+02:00')).toBe(T0 + 500);
    expect(parseMicroTime('yesterday')).toBeUndefined();
    expect(parseMicroTime(undefined)).toBeUndefined();
    expect(formatMicroTime(T0 + 7)).toBe('2024-05-01T10:00:00.007000Z');
    expect(parseMicroTime(formatMicroTime(T0 + 7))).toBe(T0 + 7);
  });
});

describe('leaseState', () => {
  const held = lease({ holderIdentity: 'run-1', leaseDurationSeconds: 15, acquireTime: formatMicroTime(T0 - 60_000), renewTime: formatMicroTime(T0) });

  it('tells our own lease from one held by another', () => {
    expect(leaseState(held, 'run-1', T0 + 1000)).toBe('ours');
    expect(leaseState(held, 'run-2', T0 + 1000)).toBe('held');
    expect(leaseState(undefined, 'run-2', T0)).toBe('absent');
  });

  it('expires only after renewTime + leaseDurationSeconds has passed', () => {
    expect(leaseExpiresAt(held.spec)).toBe(T0 + 15_000);
    expect(leaseState(held, 'run-2', T0 + 14_999)).toBe('held');
    expect(leaseState(held, 'run-2', T0 + 15_000)).toBe('held');
    expect(leaseState(held, 'run-2', T0 + 15_001)).toBe('expired');
  });

  it('falls back to acquireTime, treats a cleared holder as free, and a lease without times as expired', () => {
    const neverRenewed = lease({ holderIdentity: 'run-1', leaseDurationSeconds: 10, acquireTime: formatMicroTime(T0) });
    expect(leaseExpiresAt(neverRenewed.spec)).toBe(T0 + 10_000);
    expect(leaseState(neverRenewed, 'run-2', T0 + 5000)).toBe('held');
    expect(leaseState(lease({ holderIdentity: '', leaseDurationSeconds: 1, renewTime: formatMicroTime(T0) }), 'run-2', T0)).toBe('free');
    expect(leaseState(lease({}), 'run-2', T0)).toBe('free');
    expect(leaseState(lease({ holderIdentity: 'run-1' }), 'run-2', T0)).toBe('expired');
  });
});
