import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ConfigurationError } from '@pipeline/core';
import { afterEach, describe, expect, it } from 'vitest';
import { GATEWAY_API_CRDS, gatewayApiCrds, loadCrdBundle, withoutEmptyStringDefaults } from './gateway-api.ts';
import { selectRule, SmoothWeightedRoundRobin } from './gateway-proxy.ts';
import type { HTTPRouteRule } from './gateway-proxy.ts';
import { startLoad } from './load.ts';
import { assertServedByReadyPods, replayRoute } from './route-observer.ts';
import type { RouteChange, RouteObserver } from './route-observer.ts';
import { sampleAppDeployment, sampleAppService } from './sample-app-deployment.ts';

// Pure and loopback-only parts of the traffic tooling; the kube-traffic test runs them for real.

describe('SmoothWeightedRoundRobin', () => {
  it('gives a 90/10 split exactly, spread evenly rather than in bursts', () => {
    const wrr = new SmoothWeightedRoundRobin([{ item: 'v1', weight: 90 }, { item: 'v2', weight: 10 }]);
    const picks = Array.from({ length: 1000 }, () => wrr.next());
    expect(picks.filter((p) => p === 'v2')).toHaveLength(100);
    // Every window of 10 consecutive picks holds exactly one v2.
    for (let i = 0; i + 10 <= picks.length; i += 10) expect(picks.slice(i, i + 10).filter((p) => p === 'v2')).toHaveLength(1);
  });

  it('follows nginx smooth WRR for 5/1/1 and never picks weight 0', () => {
    const wrr = new SmoothWeightedRoundRobin([{ item: 'a', weight: 5 }, { item: 'b', weight: 1 }, { item: 'c', weight: 1 }, { item: 'z', weight: 0 }]);
    expect(Array.from({ length: 7 }, () => wrr.next()).join('')).toBe('aabacaa');
    expect(new SmoothWeightedRoundRobin([{ item: 'z', weight: 0 }]).next()).toBeUndefined();
    expect(new SmoothWeightedRoundRobin([{ item: 'only', weight: 0 }, { item: 'b', weight: 3 }]).next()).toBe('b');
  });
});

describe('selectRule', () => {
  const req = (path: string, headers: Record<string, string> = {}, method = 'GET') => ({ method, path, query: new URLSearchParams(''), headers });
  const rules: HTTPRouteRule[] = [
    { backendRefs: [{ name: 'catch-all' }] },
    { matches: [{ path: { type: 'PathPrefix', value: '/api' } }] },
    { matches: [{ path: { type: 'Exact', value: '/api/health' } }] },
    { matches: [{ path: { type: 'PathPrefix', value: '/api' }, headers: [{ name: 'X-Canary', value: 'yes' }] }] },
  ];

  it('applies the HTTPRoute precedence: exact path, longest prefix, then header matches, then list order', () => {
    expect(selectRule(rules, req('/'))).toBe(0);
    expect(selectRule(rules, req('/api/users'))).toBe(1);
    expect(selectRule(rules, req('/api'))).toBe(1);
    expect(selectRule(rules, req('/apis'))).toBe(0);
    expect(selectRule(rules, req('/api/health'))).toBe(2);
    expect(selectRule(rules, req('/api/users', { 'x-canary': 'yes' }))).toBe(3);
  });

  it('returns undefined when no rule matches', () => {
    expect(selectRule([{ matches: [{ path: { type: 'Exact', value: '/only' } }] }], req('/other'))).toBeUndefined();
    expect(selectRule([{ matches: [{ method: 'POST' }] }], req('/'))).toBeUndefined();
  });
});

describe('startLoad', () => {
  const servers: Server[] = [];
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((s) => new Promise((resolve) => s.close(resolve))));
  });
  const serve = async (handler: Parameters<typeof createServer>[1]): Promise<string> => {
    const server = createServer(handler);
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  };

  it('keeps the offered rate by the clock while the event loop is blocked, and reads version and pod', async () => {
    let n = 0;
    const url = await serve((_req, res) => {
      n += 1;
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ version: n % 4 === 0 ? 'v2' : 'v1', pod: 'p' }));
    });
    const load = startLoad({ url, rps: 100 });
    await new Promise((resolve) => setTimeout(resolve, 300));
    const until = Date.now() + 400;
    while (Date.now() < until) { /* a busy event loop: no timer can fire */ }
    await new Promise((resolve) => setTimeout(resolve, 300));
    const report = await load.stop();
    // 1 s at 100 rps: the 400 ms stall delays requests but does not drop them.
    expect(report.total).toBeGreaterThanOrEqual(95);
    expect(report.total).toBeLessThanOrEqual(Math.ceil(report.durationMs / 10) + 2);
    expect(report.maxScheduleLagMs).toBeGreaterThanOrEqual(300);
    expect(report.failed).toBe(0);
    expect(report.responses).toHaveLength(report.total);
    expect((report.byVersion['v1'] ?? 0) + (report.byVersion['v2'] ?? 0)).toBe(report.total);
    expect(report.byVersion['v2']).toBe(Math.floor(report.total / 4));
    expect(report.firstSeen['v1']).toBeLessThanOrEqual(report.firstSeen['v2'] ?? 0);
    expect(report.responses[0]).toMatchObject({ status: 200, pod: 'p' });
  });

  it('counts 5xx answers, refused connections and timeouts as failures', async () => {
    const errors = await serve((_req, res) => {
      res.writeHead(503);
      res.end('down');
    });
    const silent = await serve(() => undefined);
    const refused = await serve(() => undefined);
    await new Promise((resolve) => servers.pop()!.close(resolve));

    const r503 = await (async () => {
      const l = startLoad({ url: errors, rps: 50 });
      await new Promise((resolve) => setTimeout(resolve, 200));
      return l.stop();
    })();
    expect(r503.failed).toBe(r503.total);
    expect(r503.failures.every((f) => f.status === 503)).toBe(true);

    const rRefused = await (async () => {
      const l = startLoad({ url: refused, rps: 50 });
      await new Promise((resolve) => setTimeout(resolve, 200));
      return l.stop();
    })();
    expect(rRefused.total).toBeGreaterThan(0);
    expect(rRefused.failed).toBe(rRefused.total);
    expect(rRefused.failures[0]?.error).toBe('ECONNREFUSED');
    expect(rRefused.responses).toHaveLength(0);

    const l = startLoad({ url: silent, rps: 20, timeoutMs: 150 });
    await new Promise((resolve) => setTimeout(resolve, 120));
    const rTimeout = await l.stop();
    expect(rTimeout.failed).toBe(rTimeout.total);
    expect(rTimeout.failures[0]?.error).toMatch(/^timeout/);
  });

  it('asks for a fresh connection every n-th request when told to', async () => {
    const sockets = new Set<unknown>();
    const url = await serve((req, res) => {
      sockets.add(req.socket);
      res.end('{}');
    });
    const l = startLoad({ url, rps: 200, closeEvery: 5 });
    await new Promise((resolve) => setTimeout(resolve, 250));
    const report = await l.stop();
    expect(report.failed).toBe(0);
    expect(sockets.size).toBeGreaterThanOrEqual(Math.floor(report.total / 5));
  });

  it('refuses non-loopback targets and nonsense rates', () => {
    expect(() => startLoad({ url: 'http://10.0.0.1/' })).toThrow(ConfigurationError);
    expect(() => startLoad({ url: 'http://127.0.0.1:1/', rps: 0 })).toThrow(/rps 0/);
  });
});

describe('Gateway API CRD bundle', () => {
  it('is the recorded upstream v0.7.0 text with the HTTPRoute weight schema', () => {
    const [crd, ...rest] = gatewayApiCrds();
    expect(rest).toHaveLength(0);
    expect(crd?.metadata.name).toBe('httproutes.gateway.networking.k8s.io');
    expect(crd?.metadata.annotations?.['gateway.networking.k8s.io/bundle-version']).toBe(GATEWAY_API_CRDS.bundleVersion);
    expect(crd?.spec.versions.map((v) => `${v.name}:${v.storage}`)).toEqual(['v1alpha2:false', 'v1beta1:true']);
    const schema = JSON.stringify(crd?.spec.versions[1]?.schema);
    expect(schema).toContain('"weight":{"default":1');
    expect(schema).not.toContain('x-kubernetes-validations');
  });

  it('drops only the empty-string defaults the 1.20 plane cannot take: the BackendRef groups', () => {
    const [crd] = gatewayApiCrds();
    const removed = withoutEmptyStringDefaults(crd!);
    expect(removed).toHaveLength(6);
    expect(removed.every((p) => p.endsWith('.properties.group'))).toBe(true);
    expect(JSON.stringify(crd)).not.toContain('"default":""');
    expect(JSON.stringify(crd)).toContain('"default":"gateway.networking.k8s.io"');
  });

  it('refuses an edited copy', () => {
    const text = readFileSync(GATEWAY_API_CRDS.file, 'utf8').replace('maximum: 1000000', 'maximum: 1000001');
    expect(() => loadCrdBundle(text, 'edited.yaml', { bytes: GATEWAY_API_CRDS.upstreamBytes, sha256: GATEWAY_API_CRDS.upstreamSha256 })).toThrow(/edited\.yaml: the upstream part is .* sha256/);
  });
});

describe('replayRoute', () => {
  const pod = (name: string, labels: Record<string, string>, ready: boolean) => ({ metadata: { name, labels }, status: { conditions: [{ type: 'Ready', status: ready ? 'True' : 'False' }] } });
  const slice = (ready: Record<string, boolean>) => ({ metadata: { name: 'web-abc', labels: { 'kubernetes.io/service-name': 'web' } }, endpoints: Object.entries(ready).map(([name, r]) => ({ addresses: ['10.244.0.1'], conditions: { ready: r }, targetRef: { kind: 'Pod', name } })) });
  const svc = (version: string) => ({ metadata: { name: 'web' }, spec: { selector: { app: 'web', version } } });
  let seq = 0;
  const change = (rv: number, kind: RouteChange['kind'], object: RouteChange['object'], type: RouteChange['type'] = 'MODIFIED'): RouteChange => ({ seq: seq++, at: 1000 + rv, rv, kind, type, name: object?.metadata.name ?? '', object });
  const judge = (changes: RouteChange[]) => replayRoute(changes, { namespace: 'ns', service: 'web', baselineRv: 10, baselineAt: 1010 });
  const base = () => [
    change(1, 'Pod', pod('a', { app: 'web', version: 'v1' }, true)),
    change(2, 'Pod', pod('a2', { app: 'web', version: 'v1' }, true)),
    change(3, 'Pod', pod('b', { app: 'web', version: 'v2' }, true)),
    change(4, 'Service', svc('v1')),
    change(5, 'EndpointSlice', slice({ a: true, a2: true })),
  ];

  it('judges by resourceVersion, not by which watch delivered first', () => {
    // The slice update (rv 13) arrives before the pod update that preceded it (rv 12).
    const changes = [...base(), change(13, 'EndpointSlice', slice({ a: false, a2: true })), change(12, 'Pod', pod('a', { app: 'web', version: 'v1' }, false))];
    expect(judge(changes).violations).toEqual([
      expect.objectContaining({ kind: 'not-ready-endpoint', pod: 'a', rv: 12 }),
    ]);
    const inOrder = [...base(), change(12, 'EndpointSlice', slice({ a: false, a2: true })), change(13, 'Pod', pod('a', { app: 'web', version: 'v1' }, false))];
    expect(judge(inOrder).violations).toEqual([]);
  });

  it('sees a clean selector switch as clean and a switch to no ready pod as a black hole', () => {
    const clean = [...base(), change(11, 'Service', svc('v2')), change(12, 'EndpointSlice', slice({ b: true }))];
    expect(judge(clean)).toMatchObject({ violations: [], selectors: [{ rv: 4, selector: { app: 'web', version: 'v1' } }, { rv: 11, selector: { app: 'web', version: 'v2' } }] });
    const broken = [...clean, change(14, 'Pod', pod('c', { app: 'web', version: 'v3' }, false), 'ADDED'), change(15, 'Service', svc('v3')), change(16, 'EndpointSlice', slice({ c: false }))];
    expect(judge(broken).violations).toEqual([expect.objectContaining({ kind: 'black-hole', rv: 15, selector: { app: 'web', version: 'v3' } })]);
  });

  it('flags only responses from pods that were not Ready during the request', () => {
    const observer = { podReadyDuring: (p: string) => (p === 'ok' ? true : p === 'bad' ? false : undefined) } as unknown as RouteObserver;
    const response = (pod: string | undefined) => ({ at: 1, status: 200, latencyMs: 1, ...(pod === undefined ? {} : { pod }) });
    const report = { total: 4, failed: 0, failures: [], responses: [response('ok'), response('bad'), response('unknown'), response(undefined)], byVersion: {}, firstSeen: {}, startedAt: 0, durationMs: 1, maxScheduleLagMs: 0 };
    expect(assertServedByReadyPods(report, observer).map((r) => r.pod)).toEqual(['bad', 'unknown']);
  });
});

describe('sampleAppDeployment', () => {
  it('spells out protocol TCP, defaults the selector to the labels and maps env', () => {
    const d = sampleAppDeployment({ name: 'web-blue', namespace: 'ns', image: 'sample-app:v2', labels: { app: 'web', color: 'blue' }, env: { ERROR_RATE: '0.5' }, minReadySeconds: 3 });
    expect(d.metadata).toEqual({ name: 'web-blue', namespace: 'ns', labels: { app: 'web', color: 'blue' } });
    expect(d.spec).toMatchObject({ replicas: 1, minReadySeconds: 3, selector: { matchLabels: { app: 'web', color: 'blue' } } });
    expect(d.spec.template.spec.containers[0]).toMatchObject({
      ports: [{ name: 'http', containerPort: 8080, protocol: 'TCP' }],
      env: [{ name: 'ERROR_RATE', value: '0.5' }],
      readinessProbe: { httpGet: { path: '/readyz', port: 'http' } },
    });
    expect(sampleAppService({ name: 'web', selector: { app: 'web' } }).spec.ports).toEqual([{ name: 'http', port: 80, targetPort: 'http', protocol: 'TCP' }]);
  });
});
