import { Agent, createServer, request } from 'node:http';
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { ConfigurationError } from '@pipeline/core';
import type { EndpointTracker } from './endpoint-tracker.ts';
import { trackEndpoints } from './endpoint-tracker.ts';
import { gatewayApiVersion, HTTPROUTE_PLURAL } from './gateway-api.ts';
import type { KubeHttp, KubeObject, Reflector } from './kube-http.ts';
import { reflect } from './kube-http.ts';
import { isLoopbackAddress } from './loopback-guard.ts';
import { waitFor } from './processes.ts';

/** The parts of a Gateway API HTTPRoute (v1alpha2, v1beta1 and v1 share them) the double acts on. */
export interface HTTPBackendRef {
  group?: string;
  kind?: string;
  name: string;
  namespace?: string;
  port?: number;
  weight?: number;
  filters?: unknown[];
}

export interface HTTPRouteMatch {
  path?: { type?: 'Exact' | 'PathPrefix' | 'RegularExpression'; value?: string };
  headers?: { type?: 'Exact' | 'RegularExpression'; name: string; value: string }[];
  queryParams?: { type?: 'Exact' | 'RegularExpression'; name: string; value: string }[];
  method?: string;
}

export interface HTTPRouteRule {
  matches?: HTTPRouteMatch[];
  filters?: unknown[];
  backendRefs?: HTTPBackendRef[];
}

export interface HTTPRoute extends KubeObject {
  metadata: KubeObject['metadata'] & { generation?: number };
  spec: { parentRefs?: unknown[]; hostnames?: string[]; rules?: HTTPRouteRule[] };
}

/**
 * Smooth weighted round-robin (nginx's upstream algorithm): each pick adds every weight to its
 * running score, takes the highest score and subtracts the total from it. Over any window of
 * `sum(weights)` picks each entry is chosen exactly `weight` times, spread evenly, so a 10% weight
 * gets 10% of requests from the first dozen on instead of converging only on average. Weight 0 is
 * never chosen; with no positive weight there is nothing to choose.
 */
export class SmoothWeightedRoundRobin<T> {
  private readonly entries: { item: T; weight: number; current: number }[];
  private readonly total: number;

  constructor(items: readonly { item: T; weight: number }[]) {
    this.entries = items.filter((i) => i.weight > 0).map((i) => ({ item: i.item, weight: i.weight, current: 0 }));
    this.total = this.entries.reduce((n, e) => n + e.weight, 0);
  }

  next(): T | undefined {
    let best: { item: T; weight: number; current: number } | undefined;
    for (const e of this.entries) {
      e.current += e.weight;
      if (best === undefined || e.current > best.current) best = e;
    }
    if (best === undefined) return undefined;
    best.current -= this.total;
    return best.item;
  }
}

function pathMatches(match: NonNullable<HTTPRouteMatch['path']>, path: string): boolean {
  const type = match.type ?? 'PathPrefix';
  const value = match.value ?? '/';
  if (type === 'Exact') return path === value;
  if (type === 'RegularExpression') return new RegExp(`^(?:${value})$`).test(path);
  // PathPrefix matches whole path elements: /abc matches /abc, /abc/ and /abc/def, not /abcd.
  const prefix = value.endsWith('/') ? value.slice(0, -1) : value;
  return prefix === '' || path === prefix || path.startsWith(`${prefix}/`);
}

function valueMatches(type: 'Exact' | 'RegularExpression' | undefined, expected: string, actual: string | undefined): boolean {
  if (actual === undefined) return false;
  return type === 'RegularExpression' ? new RegExp(`^(?:${expected})$`).test(actual) : actual === expected;
}

function compareScores(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

export interface RouteRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
}

/**
 * The rule a request goes to, by the HTTPRoute precedence rules: the longest Exact path match,
 * then the longest PathPrefix match, then a method match, then the most header matches, then the
 * most query matches; remaining ties go to the first rule in list order. Undefined: no rule
 * matches (a gateway answers 404).
 */
export function selectRule(rules: readonly HTTPRouteRule[], req: RouteRequest): number | undefined {
  let best: { rule: number; score: number[] } | undefined;
  rules.forEach((rule, index) => {
    const matches = rule.matches === undefined || rule.matches.length === 0 ? [{}] : rule.matches;
    for (const m of matches) {
      const path = m.path ?? { type: 'PathPrefix' as const, value: '/' };
      if (!pathMatches(path, req.path)) continue;
      if (m.method !== undefined && m.method !== req.method) continue;
      const headerValue = (name: string) => {
        const v = req.headers[name.toLowerCase()];
        return Array.isArray(v) ? v.join(',') : v;
      };
      if (!(m.headers ?? []).every((h) => valueMatches(h.type, h.value, headerValue(h.name)))) continue;
      if (!(m.queryParams ?? []).every((q) => valueMatches(q.type, q.value, req.query.get(q.name) ?? undefined))) continue;
      const length = (path.value ?? '/').length;
      const score = [path.type === 'Exact' ? length : 0, path.type === 'Exact' ? 0 : length, m.method === undefined ? 0 : 1, m.headers?.length ?? 0, m.queryParams?.length ?? 0];
      if (best === undefined || compareScores(score, best.score) > 0) best = { rule: index, score };
    }
  });
  return best?.rule;
}

export interface GatewayProxyOptions {
  /** Client for the cluster; needs read access to HTTPRoutes, Services, EndpointSlices and Pods. Not closed by the proxy. */
  kube: KubeHttp;
  namespace: string;
  /** Name of the HTTPRoute (in `namespace`) this gateway serves. */
  route: string;
  /** HTTPRoute API version to watch; the group's preferred version when omitted. */
  version?: string;
  /** Upstream answer deadline; a slower backend gets a 504. Default 15 s. */
  upstreamTimeoutMs?: number;
  log?: (line: string) => void;
}

export interface GatewayStats {
  /** Requests forwarded, by backend Service name. */
  forwarded: Record<string, number>;
  /** 404: no rule matched, or the HTTPRoute does not exist. */
  noRoute: number;
  /** 500: the chosen backendRef is invalid (no such Service, another kind or namespace), or the rule has no positive weight. */
  invalidBackend: number;
  /** 503: the chosen Service has no ready endpoint. */
  noEndpoints: number;
  /** 502/503/504: the endpoint failed (refused, reset, timed out). */
  upstreamErrors: number;
}

export interface GatewayProxy {
  /** "127.0.0.1:<port>". */
  address(): string;
  /** http://127.0.0.1:<port><path>. */
  url(path?: string): string;
  /** Backend Service name → weight, as the double applies them now, for a rule (default the first). */
  currentWeights(rule?: number): Record<string, number>;
  /** Resolves once the double applies exactly these weights (the watch has delivered the change). */
  waitForWeights(expected: Record<string, number>, options?: { rule?: number; timeoutMs?: number }): Promise<void>;
  /** The ready endpoints the double would send a backend Service's requests to now. */
  endpoints(service: string, port?: number): string[];
  stats(): GatewayStats;
  close(): Promise<void>;
}

const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'proxy-connection', 'transfer-encoding', 'upgrade', 'te', 'trailer', 'proxy-authenticate', 'proxy-authorization']);

function forwardHeaders(headers: IncomingHttpHeaders): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [k, v] of Object.entries(headers)) {
    if (v !== undefined && !HOP_BY_HOP.has(k)) out[k] = v;
  }
  return out;
}

interface RuleState {
  picker: SmoothWeightedRoundRobin<HTTPBackendRef>;
  weights: Record<string, number>;
}

/**
 * A stand-in for a Gateway API controller and its data plane, on loopback: it watches one
 * HTTPRoute and serves it on its own HTTP listener. Per request it picks the rule by the route's
 * match precedence, then a backendRef by weight (smooth weighted round-robin, so splits are exact
 * rather than random), then a ready endpoint of that Service round-robin, following the
 * EndpointSlices exactly as the Service proxy does. Failure answers follow the Gateway API spec
 * and common data planes: 404 when no rule matches, 500 for a request assigned to an invalid
 * backendRef (a Service that does not exist, another kind, or another namespace - the double
 * knows no ReferenceGrants), 503 when the Service has no ready endpoint, 502/503 when the
 * endpoint refuses or resets, 504 on upstream timeout.
 *
 * What it does not do: Gateway/GatewayClass/listener attachment (parentRefs are not checked),
 * hostnames, filters (a rule with filters answers 500 rather than silently skipping them), and
 * route status.
 */
export async function startGatewayProxy(options: GatewayProxyOptions): Promise<GatewayProxy> {
  const { kube, namespace } = options;
  const log = options.log ?? ((line: string) => process.stderr.write(`[gateway-proxy] ${line}\n`));
  const version = options.version ?? (await gatewayApiVersion(kube));
  if (version === undefined) {
    throw new ConfigurationError('startGatewayProxy: the cluster serves no gateway.networking.k8s.io API; call installGatewayApiCrds(kube) first');
  }
  const upstreamTimeoutMs = options.upstreamTimeoutMs ?? 15_000;
  const stats: GatewayStats = { forwarded: {}, noRoute: 0, invalidBackend: 0, noEndpoints: 0, upstreamErrors: 0 };
  let route: HTTPRoute | undefined;
  let rules: RuleState[] = [];
  const nextEndpoint = new Map<string, number>();

  const onRoute = (type: 'ADDED' | 'MODIFIED' | 'DELETED', r: HTTPRoute) => {
    route = type === 'DELETED' ? undefined : r;
    // New weights take effect from the next request, with fresh smooth-WRR state, as a data plane reloads its config.
    rules = (route?.spec.rules ?? []).map((rule) => {
      const refs = rule.backendRefs ?? [];
      return {
        picker: new SmoothWeightedRoundRobin(refs.map((ref) => ({ item: ref, weight: ref.weight ?? 1 }))),
        weights: Object.fromEntries(refs.map((ref) => [ref.name, ref.weight ?? 1])),
      };
    });
  };

  const tracker: EndpointTracker = await trackEndpoints({ http: kube, namespaces: [namespace], log });
  const routes: Reflector<HTTPRoute> = reflect<HTTPRoute>(kube, {
    path: `/apis/gateway.networking.k8s.io/${version}/namespaces/${namespace}/${HTTPROUTE_PLURAL}`,
    fieldSelector: `metadata.name=${options.route}`,
    onChange: onRoute,
    onError: (error) => log(`httproute watch: ${String(error)}`),
  });
  await routes.synced;

  const upstreamAgent = new Agent({ keepAlive: true });
  const sockets = new Set<Socket>();

  const answer = (res: ServerResponse, status: number, message: string) => {
    if (res.headersSent) {
      res.destroy();
      return;
    }
    res.writeHead(status, { 'content-type': 'text/plain', 'content-length': Buffer.byteLength(message) });
    res.end(message);
  };

  const forward = (req: IncomingMessage, res: ServerResponse, body: Buffer, target: string, backend: string, retried: boolean) => {
    const colon = target.lastIndexOf(':');
    const upstream = request({
      host: target.slice(0, colon),
      port: Number(target.slice(colon + 1)),
      method: req.method,
      path: req.url,
      headers: { ...forwardHeaders(req.headers), 'content-length': String(body.length) },
      agent: upstreamAgent,
    });
    const timer = setTimeout(() => upstream.destroy(new Error(`no answer within ${upstreamTimeoutMs} ms`)), upstreamTimeoutMs);
    upstream.once('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      // A pooled connection the backend closed just as it was reused: the request never reached
      // the application, so it is safe to send again once on a fresh connection (what Node's
      // documentation and production proxies do for this race).
      if (!retried && upstream.reusedSocket && (error.code === 'ECONNRESET' || error.code === 'EPIPE') && !res.headersSent) {
        forward(req, res, body, target, backend, true);
        return;
      }
      stats.upstreamErrors += 1;
      const status = error.message.startsWith('no answer within') ? 504 : error.code === 'ECONNREFUSED' ? 503 : 502;
      answer(res, status, `upstream ${backend} (${target}): ${error.code ?? error.message}\n`);
    });
    upstream.once('response', (up) => {
      clearTimeout(timer);
      stats.forwarded[backend] = (stats.forwarded[backend] ?? 0) + 1;
      res.writeHead(up.statusCode ?? 502, forwardHeaders(up.headers));
      up.pipe(res);
      up.once('error', () => res.destroy());
    });
    upstream.end(body);
  };

  const handle = (req: IncomingMessage, res: ServerResponse, body: Buffer) => {
    const url = new URL(req.url ?? '/', 'http://gateway');
    const ruleIndex = route === undefined ? undefined : selectRule(route.spec.rules ?? [], { method: req.method ?? 'GET', path: url.pathname, query: url.searchParams, headers: req.headers });
    const rule = ruleIndex === undefined ? undefined : route?.spec.rules?.[ruleIndex];
    const state = ruleIndex === undefined ? undefined : rules[ruleIndex];
    if (rule === undefined || state === undefined) {
      stats.noRoute += 1;
      answer(res, 404, `no HTTPRoute rule of ${namespace}/${options.route} matches ${req.method} ${url.pathname}\n`);
      return;
    }
    if ((rule.filters ?? []).length > 0) {
      stats.invalidBackend += 1;
      answer(res, 500, 'the gateway double does not implement HTTPRoute filters\n');
      return;
    }
    const ref = state.picker.next();
    if (ref === undefined) {
      stats.invalidBackend += 1;
      answer(res, 500, 'no backendRef with a positive weight\n');
      return;
    }
    const valid = (ref.group ?? '') === '' && (ref.kind ?? 'Service') === 'Service' && (ref.namespace ?? namespace) === namespace && (ref.filters ?? []).length === 0;
    const service = valid ? tracker.service(namespace, ref.name) : undefined;
    if (service === undefined || ref.port === undefined || tracker.servicePort(namespace, ref.name, ref.port) === undefined) {
      stats.invalidBackend += 1;
      answer(res, 500, `backendRef ${ref.namespace ?? namespace}/${ref.name}:${ref.port ?? '?'} is invalid (no such Service port, or not a same-namespace Service)\n`);
      return;
    }
    const endpoints = tracker.backends(namespace, ref.name, ref.port);
    const n = nextEndpoint.get(ref.name) ?? 0;
    nextEndpoint.set(ref.name, n + 1);
    const target = endpoints[n % Math.max(1, endpoints.length)];
    if (target === undefined || !isLoopbackAddress(target.slice(0, target.lastIndexOf(':')))) {
      stats.noEndpoints += 1;
      answer(res, 503, `no healthy upstream: Service ${namespace}/${ref.name} has no ready endpoint\n`);
      return;
    }
    forward(req, res, body, target, ref.name, false);
  };

  const server = createServer((req, res) => {
    // Buffered so that the one retry on a stale pooled connection can resend it.
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.once('end', () => handle(req, res, Buffer.concat(chunks)));
  });
  server.keepAliveTimeout = 5000;
  server.on('connection', (s) => {
    sockets.add(s);
    s.once('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const address = `127.0.0.1:${(server.address() as AddressInfo).port}`;

  const currentWeights = (rule = 0) => ({ ...rules[rule]?.weights });
  return {
    address: () => address,
    url: (path = '/') => `http://${address}${path}`,
    currentWeights,
    waitForWeights: async (expected, opts = {}) => {
      const want = JSON.stringify(Object.entries(expected).sort());
      await waitFor(`gateway double applying weights ${want}`, () => Promise.resolve(JSON.stringify(Object.entries(currentWeights(opts.rule)).sort()) === want ? true : undefined), { timeoutMs: opts.timeoutMs ?? 15_000, intervalMs: 20 });
    },
    endpoints: (service, port) => tracker.backends(namespace, service, port),
    stats: () => ({ ...stats, forwarded: { ...stats.forwarded } }),
    close: async () => {
      routes.stop();
      tracker.stop();
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      upstreamAgent.destroy();
    },
  };
}
