// @pipeline/kube against the real test control plane, through the fault-injecting proxy: the Lease
// lock (two holders, takeover only after expiry, 409s) and retries (500/503/429/reset/stall, never a blind create).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Lease, RequestRecord } from '@pipeline/kube';
import { KubeApiError, KubeClient, KubeConnectionError, LeaseLock, LockHeldError, applyObjects, parseMicroTime } from '@pipeline/kube';
import type { FaultProxy } from './kube/fault-proxy.ts';
import { startFaultProxy } from './kube/fault-proxy.ts';
import { KubeHttp } from './kube/kube-http.ts';
import { createTestNamespace, deleteTestNamespace } from './kube/namespaces.ts';
import type { ClusterLease } from './kube/use-cluster.ts';
import { useTestCluster } from './kube/use-cluster.ts';

let lease: ClusterLease;
let http: KubeHttp;
let client: KubeClient;
let faults: FaultProxy;
let faulty: KubeClient;
const records: RequestRecord[] = [];
const slept: number[] = [];
let ns: string;

const RUN_A = 'https://github.com/org/shop/actions/runs/101';
const RUN_B = 'https://github.com/org/shop/actions/runs/102';
const RUN_C = 'https://github.com/org/shop/actions/runs/103';

beforeAll(async () => {
  lease = await useTestCluster();
  const { info } = lease;
  http = new KubeHttp({ server: info.server, token: info.admin.token, ca: info.caPem });
  ns = await createTestNamespace(http, 'lib-resilience');
  ({ client } = await KubeClient.fromConfig({ kubeconfig: info.kubeconfig, mask: () => undefined }));
  faults = await startFaultProxy(info);
  ({ client: faulty } = await KubeClient.fromConfig({
    kubeconfig: faults.kubeconfig,
    mask: () => undefined,
    requestTimeoutMs: 1000,
    retry: {
      minTimeoutMs: 10,
      maxTimeoutMs: 50,
      randomize: false,
      retries: 4,
      sleep: async (ms) => {
        slept.push(ms);
        await new Promise((resolve) => setTimeout(resolve, ms));
      },
    },
    onRequest: (r) => records.push(r),
  }));
  await applyObjects(client, [{ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'base', namespace: ns }, data: { k: 'v' } }]);
});

afterAll(async () => {
  client?.close();
  faulty?.close();
  await faults?.stop();
  if (http !== undefined) {
    await deleteTestNamespace(http, ns).catch(() => undefined);
    http.close();
  }
  await lease?.release();
});

const proxied = (verb: string, resource: string, name?: string) =>
  faults.requests.filter((r) => r.info?.verb === verb && r.info.resource === resource && r.info.namespace === ns && (name === undefined || r.info.name === name));

describe('Lease lock', () => {
  it('lets one holder in, names it to the next, renews in the background, and is taken over only after expiry', async () => {
    const lost: string[] = [];
    const a = new LeaseLock(client, { namespace: ns, name: 'deploy-web', identity: RUN_A, leaseDurationSeconds: 2, renewIntervalMs: 300, onLost: (r) => lost.push(r) });
    const b = new LeaseLock(client, { namespace: ns, name: 'deploy-web', identity: RUN_B, leaseDurationSeconds: 2 });
    const first = await a.acquire();
    expect(first.spec).toMatchObject({ holderIdentity: RUN_A, leaseDurationSeconds: 2, leaseTransitions: 1 });

    const refused = await b.acquire().catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(LockHeldError);
    expect((refused as LockHeldError).holder).toBe(RUN_A);
    expect((refused as LockHeldError).message).toContain(`is held by ${RUN_A}`);
    expect(await b.release()).toBe(false);

    // Background renewal keeps moving renewTime forward.
    await new Promise((resolve) => setTimeout(resolve, 900));
    const renewed = await client.get<Lease>(a.ref);
    expect(parseMicroTime(renewed.spec?.renewTime)).toBeGreaterThan(parseMicroTime(first.spec?.renewTime) ?? 0);

    // A dies without releasing: B, waiting, gets the lease only once renewTime + duration has passed.
    a.stop();
    const last = await client.get<Lease>(a.ref);
    const expiry = (parseMicroTime(last.spec?.renewTime) ?? 0) + 2000;
    const taken = await b.acquire({ waitMs: 10_000, pollIntervalMs: 200 });
    expect(parseMicroTime(taken.spec?.acquireTime)).toBeGreaterThan(expiry);
    expect(taken.spec).toMatchObject({ holderIdentity: RUN_B, leaseTransitions: 2 });

    // A comes back: its renewal conflicts, it re-reads, sees B and reports the loss instead of overwriting.
    await a.renew();
    expect(lost).toEqual([`taken over by ${RUN_B}`]);
    expect(a.lost.aborted).toBe(true);
    expect(await a.release()).toBe(false);
    expect((await client.get<Lease>(a.ref)).spec?.holderIdentity).toBe(RUN_B);

    // B releases; C gets it at once, with no wait for expiry.
    expect(await b.release()).toBe(true);
    const c = new LeaseLock(client, { namespace: ns, name: 'deploy-web', identity: RUN_C, leaseDurationSeconds: 30 });
    const started = Date.now();
    await c.acquire({ renew: false });
    expect(Date.now() - started).toBeLessThan(1000);
    expect(await c.release()).toBe(true);
  });

  it('settles a race for an absent lease: exactly one contender wins, the other is told who', async () => {
    const contenders = [RUN_A, RUN_B].map((identity) => new LeaseLock(client, { namespace: ns, name: 'race', identity, leaseDurationSeconds: 30 }));
    const outcomes = await Promise.allSettled(contenders.map((l) => l.acquire({ renew: false })));
    const won = outcomes.filter((o) => o.status === 'fulfilled');
    const lostRace = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(lostRace).toHaveLength(1);
    const holder = (await client.get<Lease>(contenders[0]!.ref)).spec?.holderIdentity;
    expect(lostRace[0]?.reason).toBeInstanceOf(LockHeldError);
    expect((lostRace[0]?.reason as LockHeldError).holder).toBe(holder);
  });

  it('answers a 409 on takeover by re-reading, never by overwriting blindly', async () => {
    const setup = new LeaseLock(client, { namespace: ns, name: 'conflict', identity: RUN_A, leaseDurationSeconds: 30 });
    await setup.acquire({ renew: false });
    await setup.release();
    const conflict = faults.inject({ match: { verb: 'update', resource: 'leases', namespace: ns, name: 'conflict' }, nth: 1, fault: { kind: 'status', code: 409 } });
    const b = new LeaseLock(faulty, { namespace: ns, name: 'conflict', identity: RUN_B, leaseDurationSeconds: 30 });
    const got = await b.acquire({ renew: false });
    expect(conflict.fired).toBe(1);
    expect(got.spec?.holderIdentity).toBe(RUN_B);
    // get → update (409) → get again → update.
    expect(faults.requests.filter((r) => r.info?.resource === 'leases' && r.info.name === 'conflict').map((r) => `${r.info?.verb}:${r.status ?? '-'}`))
      .toEqual(['get:200', 'update:409', 'get:200', 'update:200']);
    faults.clear();
    await b.release();
  });

  it('does not resend a create whose connection was reset; it re-reads and decides again', async () => {
    const reset = faults.inject({ match: { verb: 'create', resource: 'leases', namespace: ns }, nth: 1, fault: { kind: 'reset' } });
    const mark = faults.requests.length;
    const lock = new LeaseLock(faulty, { namespace: ns, name: 'reset', identity: RUN_A, leaseDurationSeconds: 30 });
    await lock.acquire({ renew: false });
    expect(reset.fired).toBe(1);
    // Between the two creates the lock read the lease again: the second create is a fresh decision.
    expect(faults.requests.slice(mark).filter((r) => r.info?.resource === 'leases').map((r) => `${r.info?.verb}:${r.fault ?? r.status}`))
      .toEqual(['get:404', 'create:reset', 'get:404', 'create:201']);
    faults.clear();
    await lock.release();
  });
});

describe('retries through the fault proxy', () => {
  const cm = { apiVersion: 'v1', kind: 'ConfigMap', name: 'base', namespace: '' };
  const ref = () => ({ ...cm, namespace: ns });

  it('retries idempotent calls on 500, 503, connection resets and stalls', async () => {
    faults.inject({ match: { verb: 'get', resource: 'configmaps', name: 'base' }, nth: 1, fault: { kind: 'status', code: 500 } });
    faults.inject({ match: { verb: 'get', resource: 'configmaps', name: 'base' }, nth: 2, fault: { kind: 'status', code: 503 } });
    faults.inject({ match: { verb: 'get', resource: 'configmaps', name: 'base' }, nth: 3, fault: { kind: 'reset' } });
    faults.inject({ match: { verb: 'get', resource: 'configmaps', name: 'base' }, nth: 4, fault: { kind: 'stall' } });
    const before = proxied('get', 'configmaps', 'base').length;
    const got = await faulty.get(ref());
    expect(got.metadata.name).toBe('base');
    expect(proxied('get', 'configmaps', 'base').slice(before).map((r) => r.fault ?? r.status)).toEqual(['status', 'status', 'reset', 'stall', 200]);
    faults.clear();
  }, 20_000);

  it('retries server-side apply and list, and gives up after the configured retries', async () => {
    faults.inject({ match: { verb: 'patch', resource: 'configmaps', name: 'applied' }, nth: 1, fault: { kind: 'status', code: 503 } });
    faults.inject({ match: { verb: 'list', resource: 'configmaps' }, nth: 1, fault: { kind: 'reset' } });
    const [applied] = await applyObjects(faulty, [{ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'applied', namespace: ns }, data: { a: '1' } }]);
    expect(applied?.action).toBe('created');
    expect((await faulty.list('v1', 'ConfigMap', { namespace: ns })).items.map((i) => i.metadata.name)).toContain('applied');
    faults.clear();

    faults.inject({ match: { verb: 'get', resource: 'configmaps', name: 'base' }, nth: 1, times: 10, fault: { kind: 'status', code: 503 } });
    const before = proxied('get', 'configmaps', 'base').length;
    await expect(faulty.get(ref())).rejects.toMatchObject({ status: 503, reason: 'ServiceUnavailable' });
    expect(proxied('get', 'configmaps', 'base').length - before).toBe(5);
    faults.clear();
  });

  it('waits at least Retry-After on 429', async () => {
    faults.inject({ match: { verb: 'get', resource: 'configmaps', name: 'base' }, nth: 1, fault: { kind: 'status', code: 429, retryAfterSeconds: 1 } });
    slept.length = 0;
    const started = Date.now();
    await faulty.get(ref());
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
    // The Retry-After wait tops up p-retry's own 10 ms backoff to the full second.
    expect(slept).toEqual([990]);
    faults.clear();
  });

  it('never retries a create after it may have reached the server (500, reset); a 429 was provably not acted on', async () => {
    const create = (name: string) => faulty.create({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name, namespace: ns }, data: { k: 'v' } });
    faults.inject({ match: { verb: 'create', resource: 'configmaps', namespace: ns }, nth: 1, fault: { kind: 'status', code: 500 } });
    let before = proxied('create', 'configmaps').length;
    await expect(create('once-500')).rejects.toBeInstanceOf(KubeApiError);
    expect(proxied('create', 'configmaps').length - before).toBe(1);
    faults.clear();

    faults.inject({ match: { verb: 'create', resource: 'configmaps', namespace: ns }, nth: 1, fault: { kind: 'reset' } });
    before = proxied('create', 'configmaps').length;
    const reset = await create('once-reset').catch((e: unknown) => e);
    expect(reset).toBeInstanceOf(KubeConnectionError);
    expect((reset as KubeConnectionError).code).toBe('ECONNRESET');
    expect(proxied('create', 'configmaps').length - before).toBe(1);
    faults.clear();

    faults.inject({ match: { verb: 'create', resource: 'configmaps', namespace: ns }, nth: 1, fault: { kind: 'status', code: 429, retryAfterSeconds: 0 } });
    before = proxied('create', 'configmaps').length;
    expect((await create('after-429')).metadata.name).toBe('after-429');
    expect(proxied('create', 'configmaps').slice(before).map((r) => r.status)).toEqual([429, 201]);
    faults.clear();
    expect(records.some((r) => r.method === 'POST' && r.attempt > 1 && r.path.endsWith('/configmaps') && r.status !== 201)).toBe(false);
  });
});
