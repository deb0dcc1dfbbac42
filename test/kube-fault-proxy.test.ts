import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FaultProxy } from './kube/fault-proxy.ts';
import { startFaultProxy } from './kube/fault-proxy.ts';
import { KubeHttp } from './kube/kube-http.ts';
import type { KubeList, KubeObject, WatchEventType } from './kube/kube-http.ts';
import { createTestNamespace, deleteTestNamespace } from './kube/namespaces.ts';
import type { ClusterLease } from './kube/use-cluster.ts';
import { useTestCluster } from './kube/use-cluster.ts';
import { kubectlJson } from './kube/kubectl.ts';

let lease: ClusterLease;
let direct: KubeHttp;
let faults: FaultProxy;
let through: KubeHttp;
let ns: string;

const cm = (name: string) => ({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name }, data: { k: 'v' } });

beforeAll(async () => {
  lease = await useTestCluster();
  const { info } = lease;
  direct = new KubeHttp({ server: info.server, token: info.admin.token, ca: info.caPem });
  ns = await createTestNamespace(direct, 'faults');
  faults = await startFaultProxy(info);
  through = new KubeHttp({ server: faults.url, token: info.admin.token, ca: info.caPem });
  await direct.post(`/api/v1/namespaces/${ns}/configmaps`, cm('base'));
});

afterAll(async () => {
  through?.close();
  await faults?.stop();
  if (direct !== undefined) {
    await deleteTestNamespace(direct, ns).catch(() => undefined);
    direct.close();
  }
  await lease?.release();
});

describe('fault-injecting proxy in front of the apiserver', () => {
  it('forwards untouched requests, verifying TLS with the plane CA and passing each user\'s token through', async () => {
    expect(new URL(faults.url).hostname).toBe('127.0.0.1');
    const got = await through.get<KubeObject>(`/api/v1/namespaces/${ns}/configmaps/base`);
    expect(got.metadata.name).toBe('base');
    const alice = new KubeHttp({ server: faults.url, token: lease.info.users['alice']!.token, ca: lease.info.caPem });
    try {
      await expect(alice.get(`/api/v1/namespaces/${ns}/configmaps`)).rejects.toMatchObject({ status: 403 });
    } finally {
      alice.close();
    }
    const viaKubectl = await kubectlJson<KubeObject>(['get', 'configmap', 'base', '-n', ns], { kubeconfigPath: faults.kubeconfigPath });
    expect(viaKubectl.metadata.name).toBe('base');
    expect(faults.requests.some((r) => r.info?.verb === 'get' && r.info.resource === 'configmaps' && r.status === 200)).toBe(true);
  });

  it('answers the n-th matching request with 500, and only that one', async () => {
    const rule = faults.inject({ match: { verb: 'get', resource: 'configmaps', namespace: ns }, nth: 2, fault: { kind: 'status', code: 500 } });
    const path = `/api/v1/namespaces/${ns}/configmaps/base`;
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await through.request('GET', path)).status);
    expect(statuses).toEqual([200, 500, 200]);
    expect({ matched: rule.matched, fired: rule.fired }).toEqual({ matched: 3, fired: 1 });
    rule.remove();
  });

  it('answers 503 and 429 with Retry-After as apiserver Status objects', async () => {
    const path = `/api/v1/namespaces/${ns}/configmaps`;
    const unavailable = faults.inject({ match: { verb: 'list', resource: 'configmaps' }, fault: { kind: 'status', code: 503 } });
    const res503 = await through.request('GET', path);
    unavailable.remove();
    expect(res503.status).toBe(503);
    expect(JSON.parse(res503.text)).toMatchObject({ kind: 'Status', status: 'Failure', reason: 'ServiceUnavailable', code: 503 });

    const throttled = faults.inject({ match: { verb: 'list', resource: 'configmaps' }, fault: { kind: 'status', code: 429, retryAfterSeconds: 2 } });
    const res429 = await through.request('GET', path);
    throttled.remove();
    expect(res429.status).toBe(429);
    expect(res429.headers['retry-after']).toBe('2');
    expect(JSON.parse(res429.text)).toMatchObject({ reason: 'TooManyRequests', code: 429 });
    expect((await through.request('GET', path)).status).toBe(200);
  });

  it('answers an update with 409 Conflict without the apiserver seeing it', async () => {
    const path = `/api/v1/namespaces/${ns}/configmaps/base`;
    const current = await through.get<KubeObject & { data: Record<string, string> }>(path);
    faults.inject({ match: { verb: 'update', resource: 'configmaps', name: 'base' }, fault: { kind: 'status', code: 409 } });
    const res = await through.request('PUT', path, { body: { ...current, data: { k: 'changed' } } });
    faults.clear();
    expect(res.status).toBe(409);
    expect(JSON.parse(res.text)).toMatchObject({ reason: 'Conflict', code: 409 });
    const after = await direct.get<KubeObject & { data: Record<string, string> }>(path);
    expect(after.data).toEqual({ k: 'v' });
    expect(after.metadata.resourceVersion).toBe(current.metadata.resourceVersion);
  });

  it('resets the connection, or stalls until the client gives up', async () => {
    const path = `/api/v1/namespaces/${ns}/configmaps/base`;
    faults.inject({ match: { verb: 'get', resource: 'configmaps' }, fault: { kind: 'reset' } });
    await expect(through.request('GET', path)).rejects.toMatchObject({ code: 'ECONNRESET' });
    faults.clear();

    faults.inject({ match: { verb: 'get', resource: 'configmaps' }, fault: { kind: 'stall' } });
    const started = Date.now();
    await expect(through.request('GET', path, { timeoutMs: 700 })).rejects.toThrow(/no response within 700 ms/);
    expect(Date.now() - started).toBeGreaterThanOrEqual(650);
    faults.clear();
    expect((await through.request('GET', path)).status).toBe(200);
  });

  it('closes a watch cleanly after the configured number of events', async () => {
    const list = await through.get<KubeList<KubeObject>>(`/api/v1/namespaces/${ns}/configmaps`);
    faults.inject({ match: { verb: 'watch', resource: 'configmaps', namespace: ns }, fault: { kind: 'watch-close', afterEvents: 1 } });
    const seen: string[] = [];
    const watching = through.watch(`/api/v1/namespaces/${ns}/configmaps`, { resourceVersion: list.metadata.resourceVersion }, (type, o) => {
      seen.push(`${type} ${(o as KubeObject).metadata.name}`);
    });
    await new Promise((resolve) => setTimeout(resolve, 200));
    await direct.post(`/api/v1/namespaces/${ns}/configmaps`, cm('first'));
    await direct.post(`/api/v1/namespaces/${ns}/configmaps`, cm('second'));
    // The stream ends by itself (no timeout here would make the test hang, so race it).
    await Promise.race([watching, new Promise((_, reject) => setTimeout(() => reject(new Error('watch was not closed')), 10_000))]);
    faults.clear();
    expect(seen).toEqual(['ADDED first']);
  });

  it('answers a watch with an ERROR event carrying 410 Expired', async () => {
    faults.inject({ match: { verb: 'watch', resource: 'configmaps' }, fault: { kind: 'watch-gone' } });
    const events: { type: WatchEventType; object: unknown }[] = [];
    await through.watch(`/api/v1/namespaces/${ns}/configmaps`, { resourceVersion: '1' }, (type, object) => events.push({ type, object }));
    faults.clear();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ type: 'ERROR', object: { kind: 'Status', code: 410, reason: 'Expired' } });
  });

  it('injects at a seeded rate, reproducibly', async () => {
    const path = `/api/v1/namespaces/${ns}/configmaps/base`;
    const run = async () => {
      const rule = faults.inject({ match: { verb: 'get', resource: 'configmaps' }, rate: 0.5, seed: 42, fault: { kind: 'status', code: 503 } });
      const statuses: number[] = [];
      for (let i = 0; i < 20; i++) statuses.push((await through.request('GET', path)).status);
      rule.remove();
      return { statuses, fired: rule.fired };
    };
    const first = await run();
    const second = await run();
    expect(second.statuses).toEqual(first.statuses);
    expect(first.statuses.filter((s) => s === 503)).toHaveLength(first.fired);
    expect(first.fired).toBeGreaterThan(2);
    expect(first.fired).toBeLessThan(18);
  });
});
