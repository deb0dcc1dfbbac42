import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigurationError } from '@pipeline/core';
import { isPromQLError, parseData, parsePrometheusAuth, parsePromValue, PrometheusClient } from '../src/index.ts';
import type { PromQLError } from '../src/index.ts';
import { VirtualClock } from './support.ts';

interface Seen { method: string; path: string; query: string | null; authorization: string | undefined; body: string }

let server: Server;
let base: string;
const seen: Seen[] = [];
let handler: (req: IncomingMessage, res: ServerResponse, body: string) => void = () => undefined;

const json = (res: ServerResponse, status: number, body: unknown) => {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
};

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://x');
      const params = req.method === 'POST' ? new URLSearchParams(body) : url.searchParams;
      seen.push({ method: req.method ?? '', path: url.pathname, query: params.get('query'), authorization: req.headers.authorization, body });
      handler(req, res, body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const fast = { retries: 3, minDelayMs: 100, maxDelayMs: 1000, factor: 2 };

describe('PrometheusClient', () => {
  it('parses vector values including "NaN", "+Inf" and "-Inf", and sends the evaluation time', async () => {
    seen.length = 0;
    handler = (_req, res) => json(res, 200, { status: 'success', data: { resultType: 'vector', result: [
      { metric: { pod: 'a' }, value: [1767225600.5, '0.25'] },
      { metric: { pod: 'b' }, value: [1767225600.5, 'NaN'] },
      { metric: { pod: 'c' }, value: [1767225600.5, '+Inf'] },
      { metric: { pod: 'd' }, value: [1767225600.5, '-Inf'] },
    ] } });
    const client = new PrometheusClient({ url: `${base}/`, auth: { kind: 'bearer', token: 's3cr3t' } });
    const out = await client.query('up', 1767225600500);
    expect(out.ok).toBe(true);
    if (!out.ok || out.data.type !== 'vector') throw new Error('expected a vector');
    expect(out.data.samples.map((s) => s.value)).toEqual([0.25, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]);
    expect(out.data.samples[0]).toEqual({ labels: { pod: 'a' }, timestamp: 1767225600500, value: 0.25 });
    expect(seen[0]).toMatchObject({ method: 'GET', path: '/api/v1/query', query: 'up', authorization: 'Bearer s3cr3t' });
  });

  it('runs range queries, and POSTs a form when the query is long', async () => {
    seen.length = 0;
    handler = (_req, res) => json(res, 200, { status: 'success', data: { resultType: 'matrix', result: [{ metric: { colour: 'blue' }, values: [[1, '1'], [2, '2']] }] } });
    const client = new PrometheusClient({ url: base, auth: { kind: 'basic', username: 'u', password: 'p:w' } });
    const long = `sum(rate(http_requests_total{app="web",path=~"${'x|'.repeat(1500)}y"}[1m]))`;
    const out = await client.queryRange(long, { start: 1000, end: 61_000, stepMs: 15_000 });
    expect(out).toMatchObject({ ok: true, data: { type: 'matrix', series: [{ labels: { colour: 'blue' }, points: [{ timestamp: 1000, value: 1 }, { timestamp: 2000, value: 2 }] }] } });
    expect(seen[0]).toMatchObject({ method: 'POST', path: '/api/v1/query_range', query: long, authorization: `Basic ${Buffer.from('u:p:w').toString('base64')}` });
    expect(new URLSearchParams(seen[0]!.body).get('step')).toBe('15.000');
  });

  it('turns HTTP 400 into a PromQLError carrying Prometheus\'s message, without retrying', async () => {
    seen.length = 0;
    handler = (_req, res) => json(res, 400, { status: 'error', errorType: 'bad_data', error: 'invalid parameter "query": 1:4: parse error: unexpected end of input' });
    const client = new PrometheusClient({ url: base, clock: new VirtualClock(), retry: fast });
    const error = await client.query('sum(', Date.now()).catch((e: unknown) => e);
    expect(isPromQLError(error)).toBe(true);
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error).toMatchObject({ status: 400, errorType: 'bad_data', prometheusMessage: 'invalid parameter "query": 1:4: parse error: unexpected end of input', query: 'sum(' });
    expect((error as PromQLError).forMetric('latency-p95').message).toContain("Metric 'latency-p95'");
    expect(seen).toHaveLength(1);
  });

  it('retries 5xx with the injected backoff, then reports it as unavailable', async () => {
    seen.length = 0;
    handler = (_req, res) => json(res, 503, { status: 'error', errorType: 'unavailable', error: 'TSDB not ready' });
    const clock = new VirtualClock();
    const client = new PrometheusClient({ url: base, clock, retry: fast });
    const out = await client.query('up', clock.now());
    expect(out).toEqual({ ok: false, unavailable: { reason: 'server-error', status: 503, attempts: 4, message: `${base}/api/v1/query answered 503: unavailable: TSDB not ready` } });
    expect(clock.sleeps).toEqual([100, 200, 400]);
  });

  it('recovers when a retry succeeds', async () => {
    let n = 0;
    handler = (_req, res) => (n++ < 2 ? json(res, 502, {}) : json(res, 200, { status: 'success', data: { resultType: 'scalar', result: [1, '3'] } }));
    const client = new PrometheusClient({ url: base, clock: new VirtualClock(), retry: fast });
    expect(await client.query('3', 0)).toEqual({ ok: true, attempts: 3, data: { type: 'scalar', timestamp: 1000, value: 3 } });
  });

  it('stops retrying at the deadline, so the next interval is not delayed', async () => {
    handler = (_req, res) => json(res, 500, {});
    const clock = new VirtualClock();
    const client = new PrometheusClient({ url: base, clock, retry: fast });
    const out = await client.query('up', clock.now(), { deadline: clock.now() + 250 });
    expect(out.ok ? 0 : out.unavailable.attempts).toBe(2);
    expect(clock.sleeps).toEqual([100]);
  });

  it('reports an unreachable Prometheus as unavailable (no credentials in the message)', async () => {
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const port = (probe.address() as AddressInfo).port;
    await new Promise((resolve) => probe.close(resolve));
    const client = new PrometheusClient({ url: `http://admin:hunter2@127.0.0.1:${port}`, clock: new VirtualClock(), retry: { retries: 1 } });
    const out = await client.query('up', 0);
    expect(out.ok).toBe(false);
    if (out.ok) return;
    expect(out.unavailable).toMatchObject({ reason: 'unreachable', attempts: 2 });
    expect(out.unavailable.message).toContain('ECONNREFUSED');
    expect(out.unavailable.message).not.toContain('hunter2');
    expect(client.url).toBe(`http://127.0.0.1:${port}`);
  });

  it('times out a hanging Prometheus', async () => {
    handler = () => undefined;
    const client = new PrometheusClient({ url: base, timeoutMs: 150, clock: new VirtualClock(), retry: { retries: 0 } });
    const out = await client.query('up', 0);
    expect(out).toMatchObject({ ok: false, unavailable: { reason: 'timeout', attempts: 1 } });
  });

  it('treats refused credentials and wrong paths as configuration errors', async () => {
    handler = (_req, res) => json(res, 401, {});
    await expect(new PrometheusClient({ url: base }).query('up', 0)).rejects.toThrow(/refused the request \(401\); check 'prometheus-auth'/);
    handler = (_req, res) => json(res, 404, {});
    await expect(new PrometheusClient({ url: base }).query('up', 0)).rejects.toThrow(/answered 404/);
    expect(() => new PrometheusClient({ url: 'not a url' })).toThrow(ConfigurationError);
  });
});

describe('values and auth', () => {
  it('parses the special float strings explicitly and rejects garbage', () => {
    expect(parsePromValue('NaN')).toBeNaN();
    expect(parsePromValue('+Inf')).toBe(Infinity);
    expect(parsePromValue('-Inf')).toBe(-Infinity);
    expect(parsePromValue('1e-3')).toBe(0.001);
    expect(() => parsePromValue('oops')).toThrow(/not a Prometheus sample value/);
    expect(() => parseData({ resultType: 'vector', result: [{ metric: {}, value: [1, 'x'] }] })).toThrow();
  });

  it('reads prometheus-auth in its usual forms', () => {
    expect(parsePrometheusAuth('Bearer abc')).toEqual({ kind: 'bearer', token: 'abc' });
    expect(parsePrometheusAuth('abc')).toEqual({ kind: 'bearer', token: 'abc' });
    expect(parsePrometheusAuth('me:pw')).toEqual({ kind: 'basic', username: 'me', password: 'pw' });
    expect(parsePrometheusAuth(`Basic ${Buffer.from('me:pw').toString('base64')}`)).toEqual({ kind: 'basic', username: 'me', password: 'pw' });
    expect(parsePrometheusAuth('')).toBeUndefined();
    expect(() => parsePrometheusAuth('two words')).toThrow(ConfigurationError);
  });
});
