import { Agent, request } from 'node:http';
import { performance } from 'node:perf_hooks';
import { ConfigurationError } from '@pipeline/core';
import { isLoopbackAddress } from './loopback-guard.ts';

export interface LoadOptions {
  /** http://127.0.0.1:<port>/<path>: a Service proxy, the gateway double or a pod. Loopback only. */
  url: string;
  /** Requests per second, spread evenly. Default 50. */
  rps?: number;
  /** A request with no complete answer within this many ms counts as a failure. Default 2000. */
  timeoutMs?: number;
  /** Reuse connections (default true), as browsers, SDKs and proxies do. */
  keepAlive?: boolean;
  /**
   * Every n-th request asks the server to close its connection afterwards (`Connection: close`),
   * as clients and load balancers that rotate connections do. Without it a keep-alive client
   * behind an L4 proxy stays on the pod it first reached, however the routing changes.
   */
  closeEvery?: number;
  headers?: Record<string, string>;
}

export interface LoadResponse {
  /** Wall-clock ms (Date.now()) when the request was sent. */
  at: number;
  status: number;
  /** `pod` and `version` from the sample app's JSON body, when it sent one. */
  pod?: string;
  version?: string;
  latencyMs: number;
}

export interface LoadFailure {
  at: number;
  /** The HTTP status when the failure was an answer (>= 400); absent for connection errors and timeouts. */
  status?: number;
  error?: string;
  latencyMs: number;
}

export interface LoadReport {
  /** Requests sent. Each ends as exactly one of: a response, a failure, or both (a >= 400 answer). */
  total: number;
  failed: number;
  failures: LoadFailure[];
  /** Every HTTP answer, successful or not, in the order the requests were sent. */
  responses: LoadResponse[];
  /** Successful (2xx/3xx) answers by the version the app reported. */
  byVersion: Record<string, number>;
  /** When (Date.now() ms, send time) each version first answered successfully. */
  firstSeen: Record<string, number>;
  /** Wall-clock start (Date.now()). */
  startedAt: number;
  durationMs: number;
  /** The worst delay between a request's due time and its send time: how far the event loop held it back. */
  maxScheduleLagMs: number;
}

export interface LoadHandle {
  /** A report of what has completed so far; the load keeps running. */
  snapshot(): LoadReport;
  /** Stops sending, waits for the requests in flight (bounded by timeoutMs) and reports. */
  stop(): Promise<LoadReport>;
}

interface Outcome {
  index: number;
  response?: LoadResponse;
  failure?: LoadFailure;
}

function parseBody(text: string): { pod?: string; version?: string } {
  try {
    const body = JSON.parse(text) as unknown;
    if (typeof body !== 'object' || body === null) return {};
    const { pod, version } = body as { pod?: unknown; version?: unknown };
    return { ...(typeof pod === 'string' ? { pod } : {}), ...(typeof version === 'string' ? { version } : {}) };
  } catch {
    return {};
  }
}

function report(outcomes: readonly Outcome[], sent: number, startedAt: number, durationMs: number, maxScheduleLagMs: number): LoadReport {
  const ordered = [...outcomes].sort((a, b) => a.index - b.index);
  const responses: LoadResponse[] = [];
  const failures: LoadFailure[] = [];
  const byVersion: Record<string, number> = {};
  const firstSeen: Record<string, number> = {};
  for (const o of ordered) {
    if (o.response !== undefined) responses.push(o.response);
    if (o.failure !== undefined) failures.push(o.failure);
    const r = o.response;
    if (o.failure === undefined && r?.version !== undefined) {
      byVersion[r.version] = (byVersion[r.version] ?? 0) + 1;
      if (firstSeen[r.version] === undefined || r.at < (firstSeen[r.version] ?? Infinity)) firstSeen[r.version] = r.at;
    }
  }
  return { total: sent, failed: failures.length, failures, responses, byVersion, firstSeen, startedAt, durationMs, maxScheduleLagMs };
}

/**
 * An open-model load generator: request i is due at start + i/rps on the monotonic clock, so a
 * slow server or a busy event loop never lowers the offered rate (overdue requests go out as soon
 * as the loop runs again, and `maxScheduleLagMs` says how late). Connection errors, resets and
 * timeouts are failures, as is any answer below 200 or from 400 up.
 */
export function startLoad(options: LoadOptions): LoadHandle {
  const target = new URL(options.url);
  if (target.protocol !== 'http:' || !isLoopbackAddress(target.hostname)) {
    throw new ConfigurationError(`startLoad: url ${options.url} must be http:// on a loopback address (the test traffic never leaves 127.0.0.0/8)`);
  }
  const rps = options.rps ?? 50;
  const timeoutMs = options.timeoutMs ?? 2000;
  if (!(rps > 0 && rps <= 5000)) throw new ConfigurationError(`startLoad: rps ${rps} must be in (0, 5000]`);
  if (!(timeoutMs > 0)) throw new ConfigurationError(`startLoad: timeoutMs ${timeoutMs} must be positive`);
  if (options.closeEvery !== undefined && !(Number.isInteger(options.closeEvery) && options.closeEvery >= 1)) {
    throw new ConfigurationError(`startLoad: closeEvery ${options.closeEvery} must be a whole number >= 1`);
  }
  const agent = new Agent({ keepAlive: options.keepAlive ?? true });
  const startedAt = Date.now();
  const t0 = performance.now();
  const intervalMs = 1000 / rps;
  const outcomes: Outcome[] = [];
  const inFlight = new Set<Promise<void>>();
  let sent = 0;
  let maxLag = 0;
  let stopped = false;
  let stoppedAt: number | undefined;
  let timer: NodeJS.Timeout | undefined;

  const fire = (index: number): Promise<void> => new Promise<void>((resolve) => {
    const at = Date.now();
    const began = performance.now();
    let settled = false;
    const finish = (outcome: Omit<Outcome, 'index'>) => {
      if (settled) return;
      settled = true;
      clearTimeout(deadline);
      outcomes.push({ index, ...outcome });
      resolve();
    };
    const elapsed = () => Math.round((performance.now() - began) * 10) / 10;
    const headers: Record<string, string> = { ...options.headers };
    if (options.closeEvery !== undefined && (index + 1) % options.closeEvery === 0) headers['connection'] = 'close';
    const req = request(target, { method: 'GET', agent, headers });
    const deadline = setTimeout(() => {
      finish({ failure: { at, error: `timeout: no complete answer within ${timeoutMs} ms`, latencyMs: elapsed() } });
      req.destroy();
    }, timeoutMs);
    req.once('error', (error: NodeJS.ErrnoException) => finish({ failure: { at, error: error.code ?? error.message, latencyMs: elapsed() } }));
    req.once('response', (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.once('error', (error: NodeJS.ErrnoException) => finish({ failure: { at, status: res.statusCode ?? 0, error: error.code ?? error.message, latencyMs: elapsed() } }));
      res.once('end', () => {
        const status = res.statusCode ?? 0;
        const response: LoadResponse = { at, status, ...parseBody(Buffer.concat(chunks).toString('utf8')), latencyMs: elapsed() };
        finish(status >= 200 && status < 400 ? { response } : { response, failure: { at, status, latencyMs: response.latencyMs } });
      });
    });
    req.end();
  });

  const tick = () => {
    if (stopped) return;
    const now = performance.now() - t0;
    // Everything due by now goes out, however late the loop woke up.
    while (sent * intervalMs <= now) {
      maxLag = Math.max(maxLag, now - sent * intervalMs);
      const p = fire(sent);
      sent += 1;
      inFlight.add(p);
      void p.then(() => inFlight.delete(p));
    }
    timer = setTimeout(tick, Math.max(0, sent * intervalMs - (performance.now() - t0)));
  };
  tick();

  const lag = () => Math.round(maxLag * 10) / 10;
  return {
    snapshot: () => report(outcomes, sent - inFlight.size, startedAt, (stoppedAt ?? Date.now()) - startedAt, lag()),
    stop: async () => {
      if (!stopped) {
        stopped = true;
        stoppedAt = Date.now();
        clearTimeout(timer);
      }
      await Promise.all([...inFlight]);
      agent.destroy();
      return report(outcomes, sent, startedAt, (stoppedAt ?? Date.now()) - startedAt, lag());
    },
  };
}
