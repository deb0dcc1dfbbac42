import { ConfigurationError } from '@pipeline/core';
import type { Logger } from '@pipeline/core';
import pRetry from 'p-retry';
import type { Clock } from './clock.ts';
import { systemClock } from './clock.ts';
import { PromQLError } from './errors.ts';
import { parsePromValue } from './values.ts';

export type PrometheusAuth = { kind: 'bearer'; token: string } | { kind: 'basic'; username: string; password: string };

export interface Point {
  /** Milliseconds since the epoch. */
  timestamp: number;
  /** NaN and ±Infinity are kept as such. */
  value: number;
}

export interface Sample extends Point {
  labels: Record<string, string>;
}

export interface Series {
  labels: Record<string, string>;
  points: Point[];
}

export type QueryData =
  | { type: 'vector'; samples: Sample[] }
  | { type: 'matrix'; series: Series[] }
  | { type: 'scalar'; timestamp: number; value: number }
  | { type: 'string'; timestamp: number; value: string };

/** Prometheus could not answer: the caller applies its no-data policy and tries again later. */
export interface Unavailable {
  reason: 'unreachable' | 'server-error' | 'timeout' | 'rate-limited' | 'bad-response';
  /** For logs and evidence; never contains credentials. */
  message: string;
  status?: number;
  attempts: number;
}

export type QueryOutcome = { ok: true; data: QueryData; attempts: number } | { ok: false; unavailable: Unavailable };

export interface QueryCallOptions {
  /** No retry starts after this instant (ms since the epoch): the engine passes its next tick. */
  deadline?: number;
  signal?: AbortSignal;
}

/** What the analysis engine needs from a metrics backend; PrometheusClient is the real one. */
export interface MetricsSource {
  /** An instant query evaluated at `time` (ms since the epoch). Throws PromQLError for a rejected query. */
  query(promql: string, time: number, options?: QueryCallOptions): Promise<QueryOutcome>;
  /** A range query over [start, end] (ms) with the given step. Throws PromQLError for a rejected query. */
  queryRange(promql: string, range: { start: number; end: number; stepMs: number }, options?: QueryCallOptions): Promise<QueryOutcome>;
}

export interface RetrySettings {
  /** Further attempts after the first. */
  retries: number;
  minDelayMs: number;
  maxDelayMs: number;
  factor: number;
}

export interface PrometheusClientOptions {
  /** Base URL, with any path prefix (http://host:9090 or https://host/prometheus). */
  url: string;
  auth?: PrometheusAuth;
  /** Per request. */
  timeoutMs?: number;
  retry?: Partial<RetrySettings>;
  /** Queries whose form-encoded parameters are longer than this are POSTed (Prometheus accepts both). */
  postThreshold?: number;
  fetch?: typeof fetch;
  clock?: Clock;
  logger?: Logger;
  /** The action input the URL came from, for error messages. */
  input?: string;
}

export const DEFAULT_RETRY: RetrySettings = { retries: 3, minDelayMs: 250, maxDelayMs: 2000, factor: 2 };

/**
 * `prometheus-auth` as users write it: `Bearer <token>`, `Basic <base64>`, `user:password`, or
 * a bare token. The caller masks the raw value before anything could print it.
 */
export function parsePrometheusAuth(raw: string | undefined, input = 'prometheus-auth'): PrometheusAuth | undefined {
  const text = raw?.trim() ?? '';
  if (text === '') return undefined;
  const bearer = /^Bearer\s+(\S+)$/i.exec(text)?.[1];
  if (bearer !== undefined) return { kind: 'bearer', token: bearer };
  const basic = /^Basic\s+(\S+)$/i.exec(text)?.[1];
  const pair = basic === undefined ? text : Buffer.from(basic, 'base64').toString('utf8');
  const colon = pair.indexOf(':');
  if (colon > 0) return { kind: 'basic', username: pair.slice(0, colon), password: pair.slice(colon + 1) };
  if (basic !== undefined) throw new ConfigurationError(`Input '${input}' has a Basic credential that does not decode to 'user:password'.`, { input });
  if (/\s/.test(text)) throw new ConfigurationError(`Input '${input}' must be 'Bearer <token>', 'Basic <base64>', 'user:password' or a bare token.`, { input });
  return { kind: 'bearer', token: text };
}

class UnavailableAttempt extends Error {
  constructor(readonly detail: Omit<Unavailable, 'attempts'>) {
    super(detail.message);
  }
}

interface PromBody {
  status?: string;
  errorType?: string;
  error?: string;
  data?: { resultType?: string; result?: unknown };
}

/** A Prometheus HTTP API client (`/api/v1/query`, `/api/v1/query_range`) that never logs credentials. */
export class PrometheusClient implements MetricsSource {
  readonly url: string;
  private readonly auth: PrometheusAuth | undefined;
  private readonly timeoutMs: number;
  private readonly retry: RetrySettings;
  private readonly postThreshold: number;
  private readonly fetchFn: typeof fetch;
  private readonly clock: Clock;
  private readonly logger: Logger | undefined;

  constructor(options: PrometheusClientOptions) {
    const input = options.input ?? 'prometheus-url';
    let parsed: URL;
    try {
      parsed = new URL(options.url);
    } catch (error) {
      throw new ConfigurationError(`Input '${input}' is not a URL; expected http(s)://host:port[/prefix].`, { input, cause: error });
    }
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new ConfigurationError(`Input '${input}' must be an http or https URL.`, { input });
    let auth = options.auth;
    // fetch refuses URLs with credentials; move them into the header (and out of every message).
    if (parsed.username !== '' && auth === undefined) auth = { kind: 'basic', username: decodeURIComponent(parsed.username), password: decodeURIComponent(parsed.password) };
    parsed.username = '';
    parsed.password = '';
    parsed.search = '';
    parsed.hash = '';
    this.url = parsed.toString().replace(/\/+$/, '');
    this.auth = auth;
    this.timeoutMs = options.timeoutMs ?? 10_000;
    this.retry = { ...DEFAULT_RETRY, ...options.retry };
    this.postThreshold = options.postThreshold ?? 2048;
    this.fetchFn = options.fetch ?? fetch;
    this.clock = options.clock ?? systemClock;
    this.logger = options.logger;
  }

  query(promql: string, time: number, options: QueryCallOptions = {}): Promise<QueryOutcome> {
    return this.call('query', promql, { query: promql, time: seconds(time) }, options);
  }

  queryRange(promql: string, range: { start: number; end: number; stepMs: number }, options: QueryCallOptions = {}): Promise<QueryOutcome> {
    if (!(range.stepMs > 0)) throw new RangeError(`queryRange step must be positive (got ${range.stepMs} ms)`);
    return this.call('query_range', promql, { query: promql, start: seconds(range.start), end: seconds(range.end), step: seconds(range.stepMs) }, options);
  }

  private async call(endpoint: string, promql: string, params: Record<string, string>, options: QueryCallOptions): Promise<QueryOutcome> {
    let attempts = 0;
    const { retry } = this;
    try {
      const data = await pRetry(async () => {
        attempts += 1;
        return this.attempt(endpoint, promql, params, options);
      }, {
        retries: retry.retries,
        // p-retry's own timers cannot be virtualised; its delays are zero and the injected clock waits instead.
        minTimeout: 0,
        maxTimeout: 0,
        factor: 1,
        randomize: false,
        shouldRetry: async ({ error, retriesConsumed }) => {
          if (!(error instanceof UnavailableAttempt)) return false;
          const delay = Math.min(retry.maxDelayMs, retry.minDelayMs * retry.factor ** retriesConsumed);
          if (options.deadline !== undefined && this.clock.now() + delay >= options.deadline) return false;
          this.logger?.debug(`prometheus ${endpoint}: ${error.detail.message}; retrying in ${delay} ms`);
          await this.clock.sleep(delay, options.signal);
          return true;
        },
      });
      return { ok: true, data, attempts };
    } catch (error) {
      if (error instanceof UnavailableAttempt) return { ok: false, unavailable: { ...error.detail, attempts } };
      throw error;
    }
  }

  private async attempt(endpoint: string, promql: string, params: Record<string, string>, options: QueryCallOptions): Promise<QueryData> {
    const form = new URLSearchParams(params).toString();
    const post = form.length > this.postThreshold;
    const target = `${this.url}/api/v1/${endpoint}`;
    const headers: Record<string, string> = { accept: 'application/json' };
    if (this.auth?.kind === 'bearer') headers['authorization'] = `Bearer ${this.auth.token}`;
    if (this.auth?.kind === 'basic') headers['authorization'] = `Basic ${Buffer.from(`${this.auth.username}:${this.auth.password}`).toString('base64')}`;
    if (post) headers['content-type'] = 'application/x-www-form-urlencoded';
    // Near the deadline an attempt gets only what is left of the interval (but never less than half a second).
    const budget = options.deadline === undefined ? this.timeoutMs : Math.min(this.timeoutMs, Math.max(500, options.deadline - this.clock.now()));
    const timeout = AbortSignal.timeout(budget);
    const signal = options.signal === undefined ? timeout : AbortSignal.any([timeout, options.signal]);
    let res: Response;
    let text: string;
    try {
      res = await this.fetchFn(post ? target : `${target}?${form}`, post ? { method: 'POST', headers, body: form, signal } : { method: 'GET', headers, signal });
      text = await res.text();
    } catch (error) {
      if (options.signal?.aborted === true) throw options.signal.reason;
      if (timeout.aborted) throw new UnavailableAttempt({ reason: 'timeout', message: `${target} did not answer within ${budget} ms` });
      throw new UnavailableAttempt({ reason: 'unreachable', message: `${target} is unreachable: ${transportReason(error)}` });
    }
    const body = parseBody(text);
    const said = body?.error === undefined ? '' : `: ${body.errorType ?? 'error'}: ${body.error}`;
    if (res.status === 400 || res.status === 422) {
      throw new PromQLError({ query: promql, status: res.status, errorType: body?.errorType ?? 'bad_data', prometheusMessage: body?.error ?? text.slice(0, 500) });
    }
    if (res.status === 429) throw new UnavailableAttempt({ reason: 'rate-limited', status: 429, message: `${target} answered 429${said}` });
    if (res.status >= 500) throw new UnavailableAttempt({ reason: 'server-error', status: res.status, message: `${target} answered ${res.status}${said}` });
    if (res.status === 401 || res.status === 403) {
      throw new ConfigurationError(`Prometheus at ${this.url} refused the request (${res.status}); check 'prometheus-auth'.`, { input: 'prometheus-auth' });
    }
    if (res.status !== 200) throw new ConfigurationError(`Prometheus at ${this.url} answered ${res.status} for ${endpoint}; check 'prometheus-url' (is a path prefix missing?).`, { input: 'prometheus-url' });
    if (body?.status !== 'success' || body.data === undefined) {
      throw new UnavailableAttempt({ reason: 'bad-response', status: res.status, message: `${target} answered 200 without a Prometheus success body${said}` });
    }
    try {
      return parseData(body.data);
    } catch (error) {
      throw new UnavailableAttempt({ reason: 'bad-response', status: res.status, message: `${target}: ${error instanceof Error ? error.message : String(error)}` });
    }
  }
}

function seconds(ms: number): string {
  return (ms / 1000).toFixed(3);
}

function transportReason(error: unknown): string {
  const cause = error instanceof Error ? error.cause : undefined;
  const code = typeof cause === 'object' && cause !== null && 'code' in cause ? String(cause.code) : undefined;
  return code ?? (error instanceof Error ? error.message : String(error));
}

function parseBody(text: string): PromBody | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null ? value as PromBody : undefined;
  } catch {
    return undefined;
  }
}

function pair(raw: unknown): Point {
  if (!Array.isArray(raw) || raw.length !== 2 || typeof raw[0] !== 'number' || typeof raw[1] !== 'string') throw new TypeError('a sample is not [time, "value"]');
  return { timestamp: Math.round(raw[0] * 1000), value: parsePromValue(raw[1]) };
}

function labelsOf(raw: unknown): Record<string, string> {
  if (typeof raw !== 'object' || raw === null) return {};
  return Object.fromEntries(Object.entries(raw).filter((e): e is [string, string] => typeof e[1] === 'string'));
}

/** The `data` of a success response, with every value parsed (NaN and ±Inf included). */
export function parseData(data: { resultType?: string; result?: unknown }): QueryData {
  const result = data.result;
  switch (data.resultType) {
    case 'vector': {
      if (!Array.isArray(result)) throw new TypeError('vector result is not a list');
      // Native-histogram samples carry `histogram` instead of `value`; they have no single value to judge.
      const samples = (result as { metric?: unknown; value?: unknown }[]).filter((s) => s.value !== undefined).map((s) => ({ labels: labelsOf(s.metric), ...pair(s.value) }));
      return { type: 'vector', samples };
    }
    case 'matrix': {
      if (!Array.isArray(result)) throw new TypeError('matrix result is not a list');
      const series = (result as { metric?: unknown; values?: unknown }[]).map((s) => ({
        labels: labelsOf(s.metric),
        points: Array.isArray(s.values) ? s.values.map(pair) : [],
      }));
      return { type: 'matrix', series };
    }
    case 'scalar':
      return { type: 'scalar', ...pair(result) };
    case 'string': {
      if (!Array.isArray(result) || typeof result[0] !== 'number' || typeof result[1] !== 'string') throw new TypeError('string result is not [time, "text"]');
      return { type: 'string', timestamp: Math.round(result[0] * 1000), value: result[1] };
    }
    default:
      throw new TypeError(`unknown resultType '${String(data.resultType)}'`);
  }
}
