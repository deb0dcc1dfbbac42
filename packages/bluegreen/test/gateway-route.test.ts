// The gateway-api route against a local HTTP server that keeps one HTTPRoute the way the
// apiserver does: a generation that moves with spec changes only, a resourceVersion that moves
// with every write (status too), and JSON patches whose `test` operations fail with 422. The
// real apiserver and a gateway double are exercised in actions/bluegreen-deploy/test/routes.kube.test.ts.
import { createServer } from 'node:http';
import type { Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { KubeClient } from '@pipeline/kube';
import { createRoute } from '../src/routes.ts';

interface Ref {
  name: string;
  port?: number;
  weight?: number;
  kind?: string;
}

interface Route {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace: string; uid: string; generation: number; resourceVersion: string };
  spec: { hostnames?: string[]; rules: { backendRefs: Ref[] }[] };
  status?: unknown;
}

interface Op {
  op: string;
  path: string;
  value?: unknown;
}

const ROUTE_PATH = '/apis/gateway.networking.k8s.io/v1beta1/namespaces/shop/httproutes/web';

let server: Server | undefined;

afterEach(async () => {
  await new Promise((resolve) => {
    if (server === undefined) resolve(undefined);
    else server.close(resolve);
    server?.closeAllConnections();
  });
  server = undefined;
});

/** One HTTPRoute `shop/web` sending all traffic to Service `web`, and the requests that reach it. */
async function gateway() {
  let version = 10;
  const route: Route = {
    apiVersion: 'gateway.networking.k8s.io/v1beta1',
    kind: 'HTTPRoute',
    metadata: { name: 'web', namespace: 'shop', uid: 'uid-1', generation: 1, resourceVersion: String(version) },
    spec: { rules: [{ backendRefs: [{ name: 'web', port: 80, kind: 'Service' }] }] },
  };
  const seen: string[] = [];
  /** Answers the next PATCH with this status instead of applying it. */
  const failNext: number[] = [];
  const write = (spec: boolean) => {
    version += 1;
    route.metadata.resourceVersion = String(version);
    if (spec) route.metadata.generation += 1;
  };
  const json = (res: ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  };
  const status = (res: ServerResponse, code: number, reason: string) => json(res, code, { kind: 'Status', apiVersion: 'v1', status: 'Failure', reason, code, message: reason });
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://x');
      seen.push(`${req.method ?? ''} ${url.pathname}`);
      if (url.pathname === '/apis/gateway.networking.k8s.io') return json(res, 200, { versions: [{ version: 'v1beta1' }], preferredVersion: { version: 'v1beta1' } });
      if (url.pathname === '/apis/gateway.networking.k8s.io/v1beta1') return json(res, 200, { resources: [{ name: 'httproutes', kind: 'HTTPRoute', namespaced: true }] });
      if (url.pathname !== ROUTE_PATH) return status(res, 404, 'NotFound');
      if (req.method === 'GET') return json(res, 200, route);
      if (req.method !== 'PATCH' || req.headers['content-type'] !== 'application/json-patch+json') return status(res, 415, 'UnsupportedMediaType');
      const failure = failNext.shift();
      if (failure !== undefined) return status(res, failure, failure === 409 ? 'Conflict' : 'Invalid');
      const ops = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Op[];
      const field = (path: string): unknown => path.split('/').slice(1).reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], route);
      // The apiserver evaluates the whole patch against the object as stored, then writes it or nothing.
      if (ops.some((o) => o.op === 'test' && field(o.path) !== o.value)) return status(res, 422, 'Invalid');
      for (const o of ops) {
        if (o.op === 'replace' && o.path === '/spec/rules') route.spec.rules = (o.value as Route['spec']['rules']).map((r) => ({ backendRefs: r.backendRefs.map((b) => ({ kind: 'Service', ...b })) }));
        else if (o.op !== 'test') return status(res, 422, 'Invalid');
      }
      write(true);
      return json(res, 200, route);
    });
  });
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const kubeconfig = `apiVersion: v1
kind: Config
clusters: [{ name: local, cluster: { server: "http://127.0.0.1:${port}" } }]
users: [{ name: u, user: { token: t } }]
contexts: [{ name: local, context: { cluster: local, user: u, namespace: shop } }]
current-context: local
`;
  const retry = { minTimeoutMs: 1, maxTimeoutMs: 2, randomize: false, sleep: async () => undefined };
  const { client } = await KubeClient.fromConfig({ kubeconfig, mask: () => undefined, retry });
  return {
    client,
    route,
    seen,
    failNext,
    /** A gateway controller recording its status: the resourceVersion moves, the generation does not. */
    writeStatus: () => {
      route.status = { parents: [{ observedGeneration: route.metadata.generation }] };
      write(false);
    },
    /** Someone else changing the spec. */
    editSpec: (edit: (spec: Route['spec']) => void) => {
      edit(route.spec);
      write(true);
    },
    weights: () => route.spec.rules.flatMap((r) => r.backendRefs.map((b) => `${b.name}=${b.weight ?? 1}`)),
  };
}

const routeCalls = (seen: readonly string[]): string[] => seen.filter((s) => s.endsWith(ROUTE_PATH)).map((s) => s.split(' ')[0] ?? '');

describe('gateway-api route: one write per step', () => {
  it('weights 10/50/100 with one PATCH each after the check\'s read, untroubled by status writes, and reads once to settle', async () => {
    const g = await gateway();
    const route = createRoute(g.client, { namespace: 'shop', service: 'web' }, { method: 'gateway-api' });
    await route.check();
    await route.shift('green', 10);
    expect(g.weights()).toEqual(['web-green=10', 'web=90']);
    // A gateway controller writing status after each change moves the resourceVersion, not the generation.
    g.writeStatus();
    await route.shift('green', 50);
    g.writeStatus();
    await route.shift('green', 100);
    expect(g.weights()).toEqual(['web-green=100', 'web-blue=0']);
    // The kept copy says there is nothing to write; only a fresh read may conclude that.
    await route.settle('green');
    expect(routeCalls(g.seen)).toEqual(['GET', 'PATCH', 'PATCH', 'PATCH', 'GET']);
    // v1 is not in the group's versions, so it is never asked about.
    expect(g.seen.filter((s) => !s.endsWith(ROUTE_PATH))).toEqual(['GET /apis/gateway.networking.k8s.io', 'GET /apis/gateway.networking.k8s.io/v1beta1']);
    g.client.close();
  });

  it('keeps a change someone made since its copy: the generation test fails (422), it reads and computes again', async () => {
    const g = await gateway();
    const route = createRoute(g.client, { namespace: 'shop', service: 'web' }, { method: 'gateway-api' });
    await route.check();
    g.editSpec((spec) => {
      spec.hostnames = ['web.example.test'];
      spec.rules[0]?.backendRefs.push({ name: 'legacy', port: 8080, weight: 1, kind: 'Service' });
    });
    await route.shift('green', 10);
    expect(g.route.spec.hostnames).toEqual(['web.example.test']);
    expect(g.weights()).toEqual(['legacy=1', 'web-green=10', 'web=90']);
    expect(routeCalls(g.seen)).toEqual(['GET', 'PATCH', 'GET', 'PATCH']);
    g.client.close();
  });

  it('reads again and retries after a 409', async () => {
    const g = await gateway();
    const route = createRoute(g.client, { namespace: 'shop', service: 'web' }, { method: 'gateway-api' });
    await route.check();
    g.failNext.push(409);
    await route.shift('blue', 10);
    expect(g.weights()).toEqual(['web-blue=10', 'web=90']);
    expect(routeCalls(g.seen)).toEqual(['GET', 'PATCH', 'GET', 'PATCH']);
    g.client.close();
  });

  it('gives up on a 422 that is no failed test (the route did not change: the write itself is refused)', async () => {
    const g = await gateway();
    const route = createRoute(g.client, { namespace: 'shop', service: 'web' }, { method: 'gateway-api' });
    await route.check();
    g.failNext.push(422);
    await expect(route.shift('blue', 10)).rejects.toMatchObject({ status: 422 });
    expect(routeCalls(g.seen)).toEqual(['GET', 'PATCH', 'GET']);
    expect(g.weights()).toEqual(['web=1']);
    g.client.close();
  });

  it('gives up after repeated conflicts instead of looping', async () => {
    const g = await gateway();
    const route = createRoute(g.client, { namespace: 'shop', service: 'web' }, { method: 'gateway-api' });
    g.failNext.push(409, 409, 409, 409, 409);
    await expect(route.shift('blue', 10)).rejects.toMatchObject({ status: 409 });
    expect(routeCalls(g.seen).filter((m) => m === 'PATCH')).toHaveLength(5);
    g.client.close();
  });
});
