import { readFile, rm, writeFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Agent, createServer, request } from 'node:https';
import type { AddressInfo, Socket } from 'node:net';
import { join } from 'node:path';
import { kubeconfigYaml } from './control-plane.ts';
import type { PlaneUser } from './control-plane.ts';
import { ownedTempDir } from './temp-dirs.ts';

export type FaultVerb = 'get' | 'list' | 'watch' | 'create' | 'update' | 'patch' | 'delete' | 'deletecollection';

/** Where a request goes in API terms, parsed the way the apiserver's RequestInfo does. */
export interface RequestInfo {
  verb: FaultVerb;
  group: string;
  version: string;
  resource: string;
  subresource: string | undefined;
  namespace: string | undefined;
  name: string | undefined;
}

export type Fault =
  /** An apiserver-style Status answer instead of forwarding: 500, 503, 429 (with Retry-After), 409, 410 ... */
  | { kind: 'status'; code: number; retryAfterSeconds?: number; message?: string }
  /** The TCP connection is reset before any answer. */
  | { kind: 'reset' }
  /** No answer at all; the connection is dropped after `ms` (default: only when the client gives up or the proxy stops). */
  | { kind: 'stall'; ms?: number }
  /** The watch is forwarded, then its stream is ended cleanly after `afterEvents` events (default 1) or `afterMs`. */
  | { kind: 'watch-close'; afterEvents?: number; afterMs?: number }
  /** The watch answers 200 with one ERROR event carrying 410 Expired, as the apiserver does for a too-old resourceVersion. */
  | { kind: 'watch-gone' };

export interface FaultMatch {
  verb?: FaultVerb | readonly FaultVerb[];
  /** Plural resource, e.g. "leases"; with a subresource as "pods/status". */
  resource?: string;
  group?: string;
  namespace?: string;
  name?: string;
}

export interface FaultRule {
  match: FaultMatch;
  fault: Fault;
  /** Fire on the n-th matching request (1-based), and on the `times - 1` matching requests after it. */
  nth?: number;
  times?: number;
  /** Instead of nth: fire on each matching request with this probability (seeded, reproducible). */
  rate?: number;
  seed?: number;
}

export interface FaultHandle {
  /** Matching requests seen since the rule was added. */
  readonly matched: number;
  /** Requests the fault was applied to. */
  readonly fired: number;
  remove(): void;
}

export interface RecordedRequest {
  method: string;
  path: string;
  info: RequestInfo | undefined;
  /** The fault applied, if any. */
  fault: Fault['kind'] | undefined;
  /** HTTP status sent to the client (undefined for reset and stall). */
  status: number | undefined;
}

export interface FaultProxyOptions {
  /** Upstream apiserver and its CA. */
  server: string;
  caPem: string;
  /** Certificate for 127.0.0.1 signed by the same CA, so the proxy's kubeconfig keeps verifying TLS. */
  servingCertPath: string;
  servingKeyPath: string;
  admin: PlaneUser;
  users?: Record<string, PlaneUser>;
}

export interface FaultProxy {
  /** https://127.0.0.1:<port> */
  url: string;
  /** Admin kubeconfig pointing at the proxy, as YAML and as a 0600 file. */
  kubeconfig: string;
  kubeconfigPath: string;
  /** A kubeconfig file for one of the plane's users, through the proxy. */
  kubeconfigFor(user: string): string;
  inject(rule: FaultRule): FaultHandle;
  clear(): void;
  /** Every request the proxy saw, in order. */
  readonly requests: readonly RecordedRequest[];
  stop(): Promise<void>;
}

const VERBS: readonly FaultVerb[] = ['get', 'list', 'watch', 'create', 'update', 'patch', 'delete', 'deletecollection'];

export function parseRequestInfo(method: string, url: string): RequestInfo | undefined {
  const u = new URL(url, 'https://x');
  const parts = u.pathname.split('/').filter((p) => p !== '');
  let group: string;
  let version: string;
  let rest: string[];
  if (parts[0] === 'api' && parts.length >= 2) {
    group = '';
    version = parts[1] ?? '';
    rest = parts.slice(2);
  } else if (parts[0] === 'apis' && parts.length >= 3) {
    group = parts[1] ?? '';
    version = parts[2] ?? '';
    rest = parts.slice(3);
  } else {
    return undefined;
  }
  let legacyWatch = false;
  if (rest[0] === 'watch') {
    legacyWatch = true;
    rest = rest.slice(1);
  }
  if (rest.length === 0) return undefined;
  let namespace: string | undefined;
  if (rest[0] === 'namespaces' && rest.length >= 3) {
    namespace = rest[1];
    rest = rest.slice(2);
  }
  const [resource = '', name, subresource] = rest;
  const watchParam = u.searchParams.get('watch');
  const watching = legacyWatch || watchParam === 'true' || watchParam === '1';
  const verbs: Record<string, FaultVerb> = { POST: 'create', PUT: 'update', PATCH: 'patch' };
  let verb: FaultVerb;
  if (method === 'GET') verb = watching ? 'watch' : name === undefined ? 'list' : 'get';
  else if (method === 'DELETE') verb = name === undefined ? 'deletecollection' : 'delete';
  else verb = verbs[method] ?? 'get';
  return { verb, group, version, resource, subresource, namespace, name };
}

function matches(m: FaultMatch, info: RequestInfo): boolean {
  if (m.verb !== undefined && !(typeof m.verb === 'string' ? [m.verb] : m.verb).includes(info.verb)) return false;
  const resource = info.subresource === undefined ? info.resource : `${info.resource}/${info.subresource}`;
  if (m.resource !== undefined && m.resource !== resource && m.resource !== info.resource) return false;
  if (m.group !== undefined && m.group !== info.group) return false;
  if (m.namespace !== undefined && m.namespace !== info.namespace) return false;
  if (m.name !== undefined && m.name !== info.name) return false;
  return true;
}

/** mulberry32: a tiny seeded generator so rate-based faults are reproducible. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const REASONS: Record<number, string> = {
  400: 'BadRequest', 401: 'Unauthorized', 403: 'Forbidden', 404: 'NotFound', 409: 'Conflict', 410: 'Expired',
  422: 'Invalid', 429: 'TooManyRequests', 500: 'InternalError', 503: 'ServiceUnavailable', 504: 'Timeout',
};

function statusBody(code: number, info: RequestInfo | undefined, message: string | undefined): Record<string, unknown> {
  const reason = code === 409 && info?.verb === 'create' ? 'AlreadyExists' : REASONS[code] ?? 'InternalError';
  const what = info === undefined ? 'request' : `${info.resource}${info.name === undefined ? '' : ` "${info.name}"`}`;
  const defaults: Record<number, string> = {
    409: info?.verb === 'create' ? `${what} already exists` : `Operation cannot be fulfilled on ${what}: the object has been modified; please apply your changes to the latest version and try again`,
    410: 'too old resource version (injected by the fault proxy)',
    429: 'Too many requests, please try again later.',
  };
  return {
    kind: 'Status',
    apiVersion: 'v1',
    metadata: {},
    status: 'Failure',
    message: message ?? defaults[code] ?? `injected ${code} (fault proxy)`,
    reason,
    details: info === undefined ? {} : { name: info.name, group: info.group, kind: info.resource },
    code,
  };
}

/**
 * An HTTPS proxy in front of the apiserver that forwards everything, except the requests a
 * test's rules select, which get a fault instead: an error Status, a reset, a stall, a watch
 * cut short or a 410 on watch. Each test file starts its own, so faults never leak between
 * files, and points the code under test at its kubeconfig.
 */
export async function startFaultProxy(options: FaultProxyOptions): Promise<FaultProxy> {
  const upstream = new URL(options.server);
  const agent = new Agent({ ca: options.caPem, keepAlive: true });
  const rules: { rule: FaultRule; matched: number; fired: number; random: () => number }[] = [];
  const requests: RecordedRequest[] = [];
  const sockets = new Set<Socket>();
  const timers = new Set<NodeJS.Timeout>();
  const [cert, key] = await Promise.all([readFile(options.servingCertPath), readFile(options.servingKeyPath)]);

  const choose = (info: RequestInfo | undefined): Fault | undefined => {
    if (info === undefined) return undefined;
    let chosen: Fault | undefined;
    for (const r of rules) {
      if (!matches(r.rule.match, info)) continue;
      r.matched += 1;
      const nth = r.rule.nth ?? 1;
      const fire = r.rule.rate !== undefined ? r.random() < r.rule.rate : r.matched >= nth && r.matched < nth + (r.rule.times ?? 1);
      if (fire && chosen === undefined) {
        r.fired += 1;
        chosen = r.rule.fault;
      }
    }
    return chosen;
  };

  const forward = (req: IncomingMessage, res: ServerResponse, record: RecordedRequest, fault: Fault | undefined) => {
    const headers = { ...req.headers, host: upstream.host };
    delete headers.connection;
    const up = request(new URL(req.url ?? '/', upstream), { method: req.method, headers, agent }, (upRes) => {
      record.status = upRes.statusCode;
      res.writeHead(upRes.statusCode ?? 502, upRes.headers);
      res.flushHeaders();
      if (fault?.kind !== 'watch-close') {
        upRes.pipe(res);
        return;
      }
      let remaining = fault.afterEvents ?? (fault.afterMs === undefined ? 1 : Number.POSITIVE_INFINITY);
      const cut = () => {
        upRes.destroy();
        up.destroy();
        res.end();
      };
      if (fault.afterMs !== undefined) {
        const t = setTimeout(cut, fault.afterMs);
        timers.add(t);
        res.once('close', () => clearTimeout(t));
      }
      upRes.on('data', (chunk: Buffer) => {
        if (res.writableEnded) return;
        let end = chunk.length;
        for (let i = 0; i < chunk.length && remaining > 0; i++) {
          if (chunk[i] === 0x0a) {
            remaining -= 1;
            if (remaining === 0) end = i + 1;
          }
        }
        res.write(chunk.subarray(0, end));
        if (remaining <= 0) cut();
      });
      upRes.once('end', () => res.end());
    });
    up.once('error', () => res.destroy());
    // The client went away mid-answer (a watch it stopped): stop the upstream request too.
    res.once('close', () => {
      if (!res.writableFinished) up.destroy();
    });
    req.pipe(up);
  };

  const server = createServer({ cert, key }, (req, res) => {
    const info = parseRequestInfo(req.method ?? 'GET', req.url ?? '/');
    const fault = choose(info);
    const record: RecordedRequest = { method: req.method ?? 'GET', path: req.url ?? '/', info, fault: fault?.kind, status: undefined };
    requests.push(record);
    switch (fault?.kind) {
      case undefined:
      case 'watch-close':
        forward(req, res, record, fault);
        return;
      case 'status': {
        record.status = fault.code;
        const body = JSON.stringify(statusBody(fault.code, info, fault.message));
        const extra: Record<string, string> = fault.retryAfterSeconds === undefined ? {} : { 'retry-after': String(fault.retryAfterSeconds) };
        req.resume();
        res.writeHead(fault.code, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...extra });
        res.end(body);
        return;
      }
      case 'reset': {
        req.resume();
        const socket = req.socket as Socket & { _parent?: Socket };
        // Reset the TCP connection underneath TLS so the client sees ECONNRESET, not a clean close.
        const raw = socket._parent ?? socket;
        try {
          raw.resetAndDestroy();
        } catch {
          raw.destroy();
        }
        return;
      }
      case 'stall': {
        req.resume();
        if (fault.ms !== undefined) {
          const t = setTimeout(() => req.socket.destroy(), fault.ms);
          timers.add(t);
          req.socket.once('close', () => clearTimeout(t));
        }
        return;
      }
      case 'watch-gone': {
        record.status = 200;
        req.resume();
        const event = { type: 'ERROR', object: statusBody(410, info, 'too old resource version (injected by the fault proxy)') };
        res.writeHead(200, { 'content-type': 'application/json', 'transfer-encoding': 'chunked' });
        res.end(`${JSON.stringify(event)}\n`);
        return;
      }
    }
  });
  server.on('connection', (s: Socket) => {
    sockets.add(s);
    s.once('close', () => sockets.delete(s));
  });
  // Watches are long-lived; the proxy must not cut them on its own.
  server.requestTimeout = 0;
  server.headersTimeout = 0;
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const url = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const dir = await ownedTempDir('pipeline-fault-proxy-');
  const write = async (u: PlaneUser) => {
    const path = join(dir, `${u.name.replaceAll(':', '-')}.kubeconfig`);
    await writeFile(path, kubeconfigYaml(url, options.caPem, u.name, u.token), { mode: 0o600 });
    return path;
  };
  const kubeconfigPath = await write(options.admin);
  const userPaths = new Map<string, string>();
  for (const u of Object.values(options.users ?? {})) userPaths.set(u.name, await write(u));

  return {
    url,
    kubeconfig: kubeconfigYaml(url, options.caPem, options.admin.name, options.admin.token),
    kubeconfigPath,
    kubeconfigFor: (user) => {
      const p = userPaths.get(user);
      if (p === undefined) throw new Error(`no plane user ${user}; known: ${[...userPaths.keys()].join(', ')}`);
      return p;
    },
    inject: (rule) => {
      if (rule.nth !== undefined && rule.rate !== undefined) throw new Error('a fault rule takes nth or rate, not both');
      if (rule.match.verb !== undefined) {
        for (const v of typeof rule.match.verb === 'string' ? [rule.match.verb] : rule.match.verb) {
          if (!VERBS.includes(v)) throw new Error(`unknown verb ${v}; one of ${VERBS.join(', ')}`);
        }
      }
      const entry = { rule, matched: 0, fired: 0, random: seeded(rule.seed ?? 1) };
      rules.push(entry);
      return {
        get matched() {
          return entry.matched;
        },
        get fired() {
          return entry.fired;
        },
        remove: () => {
          const i = rules.indexOf(entry);
          if (i >= 0) rules.splice(i, 1);
        },
      };
    },
    clear: () => {
      rules.length = 0;
    },
    requests,
    stop: async () => {
      for (const t of timers) clearTimeout(t);
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      agent.destroy();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
