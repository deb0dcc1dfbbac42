// The client's HTTP behaviour and the lock's wait logic, against a small local HTTP server that
// records what it receives. The real semantics (RBAC, SSA, watch, 409) are covered by the
// integration tests against the real apiserver in test/kube-lib-*.test.ts.
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import type { Deployment, KubeClientOptions, KubeObject, Lease, RequestRecord } from '../src/index.ts';
import { KubeClient, LeaseLock, LockHeldError, formatMicroTime, parseMicroTime, waitForRollout, watchUntil } from '../src/index.ts';

interface Seen {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
}

let server: Server | undefined;

async function serve(handler: (req: Seen, res: ServerResponse) => void, options: Pick<KubeClientOptions, 'onRequest'> = {}): Promise<{ client: KubeClient; seen: Seen[] }> {
  const seen: Seen[] = [];
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const s = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks).toString('utf8') };
      seen.push(s);
      handler(s, res);
    });
  });
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const kubeconfig = `apiVersion: v1
kind: Config
clusters: [{ name: local, cluster: { server: "http://127.0.0.1:${port}/prefix", insecure-skip-tls-verify: true } }]
users: [{ name: u, user: { token: test-token } }]
contexts: [{ name: local, context: { cluster: local, user: u, namespace: shop } }]
current-context: local
`;
  const retry = { minTimeoutMs: 1, maxTimeoutMs: 2, randomize: false, sleep: async () => undefined };
  const { client } = await KubeClient.fromConfig({ kubeconfig, mask: () => undefined, retry, ...options });
  return { client, seen };
}

afterEach(async () => {
  await new Promise((resolve) => {
    if (server === undefined) resolve(undefined);
    else server.close(resolve);
    server?.closeAllConnections();
  });
  server = undefined;
});

const json = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
};

const DISCOVERY: Record<string, unknown> = {
  '/prefix/api/v1': { resources: [
    { name: 'configmaps', kind: 'ConfigMap', namespaced: true, verbs: ['get'] },
    { name: 'pods', kind: 'Pod', namespaced: true },
    { name: 'pods/status', kind: 'Pod', namespaced: true },
    { name: 'namespaces', kind: 'Namespace', namespaced: false },
  ] },
  '/prefix/apis/apps/v1': { resources: [{ name: 'deployments', kind: 'Deployment', namespaced: true }] },
  '/prefix/apis/coordination.k8s.io/v1': { resources: [{ name: 'leases', kind: 'Lease', namespaced: true }] },
};

function discovery(req: Seen, res: ServerResponse): boolean {
  const doc = DISCOVERY[req.url];
  if (doc === undefined) return false;
  json(res, 200, doc);
  return true;
}

describe('KubeClient over HTTP', () => {
  it('sends server-side apply as an apply patch with the field manager, force and dry run, under the server path prefix', async () => {
    const { client, seen } = await serve((req, res) => {
      if (discovery(req, res)) return;
      json(res, 201, { ...JSON.parse(req.body) as object, metadata: { name: 'web', namespace: 'shop', resourceVersion: '5' } });
    });
    const deployment: KubeObject = {
      apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'web' },
      spec: { template: { spec: { containers: [{ name: 'app', resources: { limits: { cpu: 0.5 } } }] } } },
    };
    const res = await client.apply(deployment, { force: true, dryRun: true });
    expect(res.status).toBe(201);
    const patch = seen.find((s) => s.method === 'PATCH');
    expect(patch?.url).toBe('/prefix/apis/apps/v1/namespaces/shop/deployments/web?fieldManager=pipeline&force=true&dryRun=All');
    expect(patch?.headers['content-type']).toBe('application/apply-patch+yaml');
    expect(patch?.headers.authorization).toBe('Bearer test-token');
    const sent = JSON.parse(patch?.body ?? '{}') as { metadata: { namespace: string }; spec: { template: { spec: { containers: { resources: unknown }[] } } } };
    expect(sent.metadata.namespace).toBe('shop');
    expect(sent.spec.template.spec.containers[0]?.resources).toEqual({ limits: { cpu: '500m' } });
    // Discovery is fetched once per group/version.
    await client.apply(deployment);
    expect(seen.filter((s) => s.url === '/prefix/apis/apps/v1')).toHaveLength(1);
    client.close();
  });

  it('lists page by page, restoring apiVersion and kind on items', async () => {
    const { client, seen } = await serve((req, res) => {
      if (discovery(req, res)) return;
      const token = new URL(req.url, 'http://x').searchParams.get('continue');
      json(res, 200, token === null
        ? { metadata: { resourceVersion: '10', continue: 'page2' }, items: [{ metadata: { name: 'a' } }] }
        : { metadata: { resourceVersion: '11' }, items: [{ metadata: { name: 'b' } }] });
    });
    const list = await client.list('v1', 'ConfigMap', { namespace: 'shop', limit: 1, labelSelector: 'app=web' });
    expect(list.items.map((i) => [i.apiVersion, i.kind, i.metadata.name])).toEqual([['v1', 'ConfigMap', 'a'], ['v1', 'ConfigMap', 'b']]);
    expect(list.metadata.resourceVersion).toBe('10');
    expect(seen.filter((s) => s.url.includes('configmaps')).map((s) => s.url)).toEqual([
      '/prefix/api/v1/namespaces/shop/configmaps?labelSelector=app%3Dweb&limit=1',
      '/prefix/api/v1/namespaces/shop/configmaps?labelSelector=app%3Dweb&limit=1&continue=page2',
    ]);
    client.close();
  });

  it('watches from the list\'s resourceVersion, follows bookmarks, and relists after an ERROR 410', async () => {
    let lists = 0;
    const { client, seen } = await serve((req, res) => {
      if (discovery(req, res)) return;
      const url = new URL(req.url, 'http://x');
      if (url.searchParams.get('watch') === null) {
        lists += 1;
        json(res, 200, { metadata: { resourceVersion: lists === 1 ? '100' : '200' }, items: [{ metadata: { name: 'flag', namespace: 'shop', resourceVersion: lists === 1 ? '100' : '200' }, data: { v: lists === 1 ? 'a' : 'b' } }] });
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      if (url.searchParams.get('resourceVersion') === '100') {
        res.write(`${JSON.stringify({ type: 'BOOKMARK', object: { metadata: { resourceVersion: '150' } } })}\n`);
        res.end(`${JSON.stringify({ type: 'ERROR', object: { kind: 'Status', code: 410, reason: 'Expired' } })}\n`);
        return;
      }
      res.end(`${JSON.stringify({ type: 'MODIFIED', object: { metadata: { name: 'flag', namespace: 'shop', resourceVersion: '201' }, data: { v: 'c' } } })}\n`);
    });
    const relists: string[] = [];
    const value = await watchUntil<KubeObject & { data: { v: string } }, string>(client, { apiVersion: 'v1', kind: 'ConfigMap', namespace: 'shop' }, (objects, event) => {
      const v = objects.get('shop/flag')?.data.v;
      return v === 'c' && event.type === 'MODIFIED' ? v : undefined;
    }, { timeoutMs: 5000, onRelist: (r) => relists.push(r) });
    expect(value).toBe('c');
    expect(relists).toEqual(['410 Gone: resourceVersion too old']);
    const watches = seen.filter((s) => s.url.includes('watch=true')).map((s) => new URL(s.url, 'http://x').searchParams.get('resourceVersion'));
    expect(watches).toEqual(['100', '200']);
    client.close();
  });
});

describe('waits that start from what is already known', () => {
  const watching = (url: string) => new URL(url, 'http://x').searchParams.get('watch') === 'true';

  it('counts a watch that the wait stops after its answer as one request', async () => {
    const records: RequestRecord[] = [];
    const { client } = await serve((req, res) => {
      if (discovery(req, res)) return;
      if (!watching(req.url)) return json(res, 200, { metadata: { resourceVersion: '10' }, items: [] });
      res.writeHead(200, { 'content-type': 'application/json' });
      // The stream stays open: the wait itself ends it, as every satisfied wait does.
      res.write(`${JSON.stringify({ type: 'ADDED', object: { metadata: { name: 'flag', namespace: 'shop', resourceVersion: '11' } } })}\n`);
    }, { onRequest: (r) => records.push(r) });
    const seen = await watchUntil(client, { apiVersion: 'v1', kind: 'ConfigMap', namespace: 'shop' }, (objects) => (objects.has('shop/flag') ? true : undefined), { timeoutMs: 5000 });
    expect(seen).toBe(true);
    const onConfigMaps = records.filter((r) => r.path.endsWith('/configmaps'));
    // One list, one watch: the watch's answer counted, its deliberate end not counted again.
    expect(onConfigMaps.map((r) => [r.method, r.status])).toEqual([['GET', 200], ['GET', 200]]);
    client.close();
  });

  it('checks an initial state and watches from its resourceVersion, with no list; a later 410 lists as usual', async () => {
    let watches = 0;
    const { client, seen } = await serve((req, res) => {
      if (discovery(req, res)) return;
      if (!watching(req.url)) return json(res, 200, { metadata: { resourceVersion: '90' }, items: [{ metadata: { name: 'flag', namespace: 'shop', resourceVersion: '90' }, data: { v: 'b' } }] });
      watches += 1;
      res.writeHead(200, { 'content-type': 'application/json' });
      if (watches === 1) {
        res.end(`${JSON.stringify({ type: 'ERROR', object: { kind: 'Status', code: 410, reason: 'Expired' } })}\n`);
        return;
      }
      res.end(`${JSON.stringify({ type: 'MODIFIED', object: { metadata: { name: 'flag', namespace: 'shop', resourceVersion: '91' }, data: { v: 'c' } } })}\n`);
    });
    const states: string[] = [];
    const value = await watchUntil<KubeObject & { data: { v: string } }, string>(client, { apiVersion: 'v1', kind: 'ConfigMap', namespace: 'shop' }, (objects, event) => {
      const v = objects.get('shop/flag')?.data.v ?? '-';
      states.push(`${event.type} ${v}`);
      return v === 'c' ? v : undefined;
    }, { timeoutMs: 5000, initial: { items: [{ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'flag', namespace: 'shop', resourceVersion: '42' }, data: { v: 'a' } }], resourceVersion: '42' } });
    expect(value).toBe('c');
    expect(states).toEqual(['SYNC a', 'SYNC b', 'MODIFIED c']);
    const calls = seen.filter((r) => r.url.includes('/configmaps')).map((r) => (watching(r.url) ? `watch from ${new URL(r.url, 'http://x').searchParams.get('resourceVersion') ?? '-'}` : 'list'));
    expect(calls).toEqual(['watch from 42', 'list', 'watch from 90']);
    client.close();
  });

  it('waits for a rollout from the Deployment a write returned: no read and no list of it', async () => {
    const written: Deployment = {
      apiVersion: 'apps/v1', kind: 'Deployment',
      metadata: { name: 'web', namespace: 'shop', resourceVersion: '500', generation: 2, uid: 'u1' },
      spec: { replicas: 2, selector: { matchLabels: { app: 'web' } } },
      status: { observedGeneration: 1, replicas: 2, updatedReplicas: 0, availableReplicas: 2 },
    };
    const { client, seen } = await serve((req, res) => {
      if (discovery(req, res)) return;
      const url = new URL(req.url, 'http://x');
      if (url.pathname.endsWith('/pods')) {
        if (!watching(req.url)) return json(res, 200, { metadata: { resourceVersion: '501' }, items: [] });
        res.writeHead(200, { 'content-type': 'application/json' });
        return;
      }
      if (url.pathname.endsWith('/deployments') && watching(req.url)) {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(`${JSON.stringify({ type: 'MODIFIED', object: { ...written, metadata: { ...written.metadata, resourceVersion: '510' }, status: { observedGeneration: 2, replicas: 2, updatedReplicas: 2, availableReplicas: 2 } } })}\n`);
        return;
      }
      json(res, 500, { kind: 'Status', code: 500, message: `unexpected ${req.method} ${req.url}` });
    });
    const done = await waitForRollout(client, { namespace: 'shop', name: 'web' }, { timeoutMs: 5000, initial: written });
    expect(done.message).toBe('deployment "web" successfully rolled out');
    const onDeployments = seen.filter((r) => r.url.includes('/deployments'));
    expect(onDeployments).toHaveLength(1);
    expect(new URL(onDeployments[0]?.url ?? '', 'http://x').searchParams.get('resourceVersion')).toBe('500');
    client.close();
  });
});

describe('LeaseLock release', () => {
  function leaseServer() {
    let stored: Lease | undefined;
    let version = 1;
    const bump = (lease: Lease): Lease => {
      version += 1;
      stored = { ...lease, metadata: { ...lease.metadata, resourceVersion: String(version) } };
      return stored;
    };
    return {
      get stored() {
        return stored;
      },
      bump,
      handler: (req: Seen, res: ServerResponse) => {
        if (discovery(req, res)) return;
        if (req.method === 'GET') return stored === undefined ? json(res, 404, { kind: 'Status', code: 404, reason: 'NotFound' }) : json(res, 200, stored);
        const next = JSON.parse(req.body) as Lease;
        if (req.method === 'POST') return json(res, 201, bump(next));
        if (next.metadata.resourceVersion !== stored?.metadata.resourceVersion) return json(res, 409, { kind: 'Status', code: 409, reason: 'Conflict' });
        return json(res, 200, bump(next));
      },
    };
  }

  it('releases with one conditional write from the copy it holds', async () => {
    const store = leaseServer();
    const { client, seen } = await serve(store.handler);
    const lock = new LeaseLock(client, { namespace: 'shop', name: 'deploy-web', identity: 'run-1', leaseDurationSeconds: 30 });
    await lock.acquire({ renew: false });
    const before = seen.length;
    expect(await lock.release()).toBe(true);
    expect(seen.slice(before).map((r) => r.method)).toEqual(['PUT']);
    expect(store.stored?.spec?.holderIdentity).toBe('');
    client.close();
  });

  it('reads again when its copy is stale (a renewal landed unseen) and still releases only its own lease', async () => {
    const store = leaseServer();
    const { client, seen } = await serve(store.handler);
    const lock = new LeaseLock(client, { namespace: 'shop', name: 'deploy-web', identity: 'run-1', leaseDurationSeconds: 30 });
    await lock.acquire({ renew: false });
    store.bump(store.stored as Lease);
    const before = seen.length;
    expect(await lock.release()).toBe(true);
    expect(seen.slice(before).map((r) => r.method)).toEqual(['PUT', 'GET', 'PUT']);
    expect(store.stored?.spec?.holderIdentity).toBe('');

    // Taken over meanwhile: the conflict is read as someone else's lease, which is left alone.
    const again = new LeaseLock(client, { namespace: 'shop', name: 'deploy-web', identity: 'run-2', leaseDurationSeconds: 30 });
    await again.acquire({ renew: false });
    const stolen = store.bump({ ...store.stored as Lease, spec: { ...store.stored?.spec, holderIdentity: 'run-3' } });
    expect(await again.release()).toBe(false);
    expect(store.stored).toEqual(stolen);
    client.close();
  });
});

describe('LeaseLock waiting, with an injected clock', () => {
  it('waits until the holder\'s lease has expired by the clock, then takes it over with a conditional update', async () => {
    let now = Date.parse('2024-05-01T10:00:00Z');
    let stored: Lease = {
      apiVersion: 'coordination.k8s.io/v1', kind: 'Lease',
      metadata: { name: 'deploy-web', namespace: 'shop', resourceVersion: '7' },
      spec: { holderIdentity: 'run-1', leaseDurationSeconds: 30, acquireTime: formatMicroTime(now - 5000), renewTime: formatMicroTime(now), leaseTransitions: 3 },
    };
    const { client, seen } = await serve((req, res) => {
      if (discovery(req, res)) return;
      if (req.method === 'GET') return json(res, 200, stored);
      const next = JSON.parse(req.body) as Lease;
      if (next.metadata.resourceVersion !== stored.metadata.resourceVersion) return json(res, 409, { kind: 'Status', code: 409, reason: 'Conflict' });
      stored = { ...next, metadata: { ...next.metadata, resourceVersion: String(Number(stored.metadata.resourceVersion) + 1) } };
      return json(res, 200, stored);
    });
    const sleeps: number[] = [];
    const lock = new LeaseLock(client, {
      namespace: 'shop', name: 'deploy-web', identity: 'run-2', leaseDurationSeconds: 30,
      clock: () => now,
      sleep: async (ms) => {
        sleeps.push(ms);
        now += ms;
      },
    });
    await expect(lock.acquire({ waitMs: 0 })).rejects.toBeInstanceOf(LockHeldError);
    const got = await lock.acquire({ waitMs: 60_000, pollIntervalMs: 10_000, renew: false });
    // Polls every 10 s, then sleeps exactly past the expiry instead of a whole poll interval.
    expect(sleeps).toEqual([10_000, 10_000, 10_000, 50]);
    expect(got.spec).toMatchObject({ holderIdentity: 'run-2', leaseTransitions: 4 });
    expect(parseMicroTime(got.spec?.acquireTime)).toBe(now);
    const put = seen.filter((s) => s.method === 'PUT').map((s) => (JSON.parse(s.body) as Lease).metadata.resourceVersion);
    expect(put).toEqual(['7']);

    // A wait that ends before the expiry names the holder and when it expires.
    stored = { ...stored, spec: { ...stored.spec, holderIdentity: 'run-3', renewTime: formatMicroTime(now) } };
    const other = new LeaseLock(client, { namespace: 'shop', name: 'deploy-web', identity: 'run-4', leaseDurationSeconds: 30, clock: () => now, sleep: async (ms) => {
      now += ms;
    } });
    const error = await other.acquire({ waitMs: 5000, pollIntervalMs: 2000 }).catch((e: unknown) => e) as LockHeldError;
    expect(error).toBeInstanceOf(LockHeldError);
    expect(error.holder).toBe('run-3');
    expect(error.message).toMatch(/^Lease shop\/deploy-web is held by run-3 \(waited 5 s\); it expires at /);
    client.close();
  });
});
