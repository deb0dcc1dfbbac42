// The sample service behind the simulated `sample-app:<tag>` images. The kubelet simulator runs
// it as a real process, one per pod container. Only erasable TypeScript: Node runs it directly.
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { installLoopbackGuard } from './loopback-guard.ts';

installLoopbackGuard(process.env['PIPELINE_NET_VIOLATIONS']);

const num = (name: string, fallback: number): number => {
  const raw = process.env[name];
  const value = raw === undefined || raw === '' ? fallback : Number(raw);
  if (!Number.isFinite(value)) throw new Error(`${name}=${raw} is not a number`);
  return value;
};

const port = num('PORT', 8080);
const host = process.env['HOST'] ?? '127.0.0.1';
const version = process.env['APP_VERSION'] ?? 'v1';
const errorRate = Math.min(1, Math.max(0, num('ERROR_RATE', 0)));
const latencyMs = num('LATENCY_MS', 0);
const crashAfterMs = num('CRASH_AFTER_MS', -1);
const readyAfterMs = num('READY_AFTER_MS', 0);
const podName = process.env['HOSTNAME'] ?? 'sample-app';
const startedAt = Date.now();

const registry = new Registry();
collectDefaultMetrics({ register: registry });
const labelNames = ['method', 'route', 'code'] as const;
const requests = new Counter({ name: 'http_requests_total', help: 'HTTP requests served', labelNames, registers: [registry] });
const duration = new Histogram({
  name: 'http_request_duration_seconds',
  help: 'HTTP request latency',
  labelNames,
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
  registers: [registry],
});
new Gauge({ name: 'app_info', help: 'Version of the sample app', labelNames: ['version'], registers: [registry] }).set({ version }, 1);

let served = 0;
let terminating = false;

// Deterministic errors: exactly floor(n * rate) of the first n requests fail, so tests can rely on the rate.
function nextFails(): boolean {
  const before = Math.floor(served * errorRate);
  served += 1;
  return Math.floor(served * errorRate) > before;
}

function send(res: ServerResponse, status: number, body: unknown): void {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  res.writeHead(status, { 'content-type': typeof body === 'string' ? 'text/plain' : 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const path = (req.url ?? '/').split('?')[0] ?? '/';
  if (path === '/metrics') {
    res.writeHead(200, { 'content-type': registry.contentType });
    res.end(await registry.metrics());
    return;
  }
  if (path === '/healthz') return send(res, 200, 'ok');
  if (path === '/readyz') return send(res, !terminating && Date.now() - startedAt >= readyAfterMs ? 200 : 503, terminating ? 'terminating' : 'ok');
  if (path !== '/') return send(res, 404, { error: `no route ${path}`, version, pod: podName });
  const end = duration.startTimer({ method: req.method ?? 'GET', route: '/' });
  if (latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, latencyMs));
  const code = nextFails() ? 500 : 200;
  requests.inc({ method: req.method ?? 'GET', route: '/', code: String(code) });
  end({ code: String(code) });
  send(res, code, code === 200 ? { version, pod: podName } : { error: 'injected by ERROR_RATE', version, pod: podName });
}

const server = createServer((req, res) => {
  handle(req, res).catch((error: unknown) => send(res, 500, { error: String(error) }));
});
server.keepAliveTimeout = 2000;
server.listen(port, host, () => {
  process.stdout.write(`sample-app ${version} listening on ${host}:${port}\n`);
});

if (crashAfterMs >= 0) {
  setTimeout(() => {
    // An uncaught error, as a real crash would be: exit code 1 with a stack trace in the log.
    throw new Error(`sample-app ${version}: crashing after ${crashAfterMs} ms as configured (CRASH_AFTER_MS)`);
  }, crashAfterMs);
}

process.on('SIGTERM', () => {
  terminating = true;
  process.stdout.write('sample-app: SIGTERM, draining\n');
  server.close(() => {
    process.exitCode = 0;
  });
  server.closeIdleConnections();
});
