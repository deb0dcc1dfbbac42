import { spawn } from 'node:child_process';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { connect } from 'node:net';
import { isLoopbackAddress } from './loopback-guard.ts';
import type { Handler, Probe } from './pod-types.ts';

export interface HandlerResult {
  ok: boolean;
  message: string;
}

export interface HandlerContext {
  /** The loopback port a container port (number or name) is served on, if any. */
  resolvePort: (port: number | string) => number | undefined;
  timeoutMs: number;
  env: NodeJS.ProcessEnv;
}

/**
 * Runs a probe or lifecycle handler for real against the pod's process: an HTTP GET or TCP
 * connect to its loopback port, or the exec command as a local program (no shell). A host
 * other than loopback is refused rather than contacted.
 */
export function runHandler(handler: Handler, ctx: HandlerContext): Promise<HandlerResult> {
  if (handler.httpGet !== undefined) {
    const { httpGet } = handler;
    if (httpGet.host !== undefined && httpGet.host !== '' && !isLoopbackAddress(httpGet.host)) {
      return Promise.resolve({ ok: false, message: `host ${httpGet.host} is not loopback; the simulator only probes 127.0.0.1` });
    }
    const port = ctx.resolvePort(httpGet.port);
    if (port === undefined) return Promise.resolve({ ok: false, message: `port ${httpGet.port} is not served by the container` });
    const https = httpGet.scheme === 'HTTPS';
    return new Promise((resolve) => {
      const headers = Object.fromEntries((httpGet.httpHeaders ?? []).map((h) => [h.name, h.value]));
      const options = { host: '127.0.0.1', port, path: httpGet.path ?? '/', method: 'GET', headers: { 'user-agent': 'kube-probe/1.20', ...headers }, agent: false as const };
      const req = https ? httpsRequest({ ...options, rejectUnauthorized: false }) : httpRequest(options);
      const timer = setTimeout(() => {
        req.destroy();
        resolve({ ok: false, message: `Get ${https ? 'https' : 'http'}://127.0.0.1:${port}${options.path}: timeout after ${ctx.timeoutMs} ms` });
      }, ctx.timeoutMs);
      req.once('response', (res) => {
        res.resume();
        clearTimeout(timer);
        const status = res.statusCode ?? 0;
        resolve({ ok: status >= 200 && status < 400, message: `HTTP probe failed with statuscode: ${status}` });
      });
      req.once('error', (error) => {
        clearTimeout(timer);
        resolve({ ok: false, message: `Get http://127.0.0.1:${port}${options.path}: ${error.message}` });
      });
      req.end();
    });
  }
  if (handler.tcpSocket !== undefined) {
    const port = ctx.resolvePort(handler.tcpSocket.port);
    if (port === undefined) return Promise.resolve({ ok: false, message: `port ${handler.tcpSocket.port} is not served by the container` });
    return new Promise((resolve) => {
      const socket = connect({ host: '127.0.0.1', port });
      const timer = setTimeout(() => {
        socket.destroy();
        resolve({ ok: false, message: `dial tcp 127.0.0.1:${port}: i/o timeout` });
      }, ctx.timeoutMs);
      socket.once('connect', () => {
        clearTimeout(timer);
        socket.destroy();
        resolve({ ok: true, message: 'connected' });
      });
      socket.once('error', (error) => {
        clearTimeout(timer);
        resolve({ ok: false, message: `dial tcp 127.0.0.1:${port}: ${error.message}` });
      });
    });
  }
  const command = handler.exec?.command ?? [];
  const [file, ...args] = command;
  if (file === undefined) return Promise.resolve({ ok: false, message: 'handler has no httpGet, tcpSocket or exec command' });
  return new Promise((resolve) => {
    const child = spawn(file, args, { env: ctx.env, stdio: ['ignore', 'pipe', 'pipe'], shell: false, timeout: ctx.timeoutMs, killSignal: 'SIGKILL' });
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (c: string) => {
      output += c;
    });
    child.stderr.setEncoding('utf8').on('data', (c: string) => {
      output += c;
    });
    child.once('error', (error) => resolve({ ok: false, message: `exec ${file}: ${error.message}` }));
    child.once('close', (code, signal) => {
      if (signal !== null) resolve({ ok: false, message: `command ${JSON.stringify(command)} timed out after ${ctx.timeoutMs} ms` });
      else resolve({ ok: code === 0, message: code === 0 ? output.trim() : `command ${JSON.stringify(command)} exited with ${code}: ${output.trim().slice(0, 200)}` });
    });
  });
}

export type ProbeKind = 'readiness' | 'liveness' | 'startup';

export interface ProbeWorkerOptions {
  kind: ProbeKind;
  probe: Probe;
  run: (timeoutMs: number) => Promise<HandlerResult>;
  /** Called when the thresholded result flips (readiness and startup start false, liveness true). */
  onChange: (healthy: boolean, last: HandlerResult) => void;
  /** Called on every failed attempt, for Unhealthy events. */
  onFailure?: (result: HandlerResult) => void;
}

/** Periodic probing with the API's semantics for delay, period, timeout and thresholds. */
export class ProbeWorker {
  private timer: NodeJS.Timeout | undefined;
  private stopped = false;
  private healthy: boolean;
  private successes = 0;
  private failures = 0;
  private readonly options: ProbeWorkerOptions;

  constructor(options: ProbeWorkerOptions) {
    this.options = options;
    this.healthy = options.kind === 'liveness';
  }

  start(): void {
    this.schedule((this.options.probe.initialDelaySeconds ?? 0) * 1000);
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
  }

  private schedule(ms: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => void this.tick(), ms);
  }

  private async tick(): Promise<void> {
    const { probe } = this.options;
    let result: HandlerResult;
    try {
      result = await this.options.run((probe.timeoutSeconds ?? 1) * 1000);
    } catch (error) {
      result = { ok: false, message: error instanceof Error ? error.message : String(error) };
    }
    if (this.stopped) return;
    if (result.ok) {
      this.successes += 1;
      this.failures = 0;
      if (!this.healthy && this.successes >= (probe.successThreshold ?? 1)) {
        this.healthy = true;
        this.options.onChange(true, result);
      }
    } else {
      this.failures += 1;
      this.successes = 0;
      this.options.onFailure?.(result);
      if (this.healthy && this.failures >= (probe.failureThreshold ?? 3)) {
        this.healthy = false;
        this.options.onChange(false, result);
      } else if (this.options.kind === 'startup' && this.failures >= (probe.failureThreshold ?? 3)) {
        this.options.onChange(false, result);
      }
    }
    // Startup probes stop after their first success; the others run for the container's life.
    if (this.options.kind === 'startup' && this.healthy) return;
    this.schedule((probe.periodSeconds ?? 10) * 1000);
  }
}
