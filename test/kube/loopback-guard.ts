import { appendFileSync } from 'node:fs';
import { Socket, isIP } from 'node:net';

/**
 * Test traffic may only ever go to 127.0.0.0/8 (or ::1). Everything here is erasable TypeScript
 * because the sample app runs it directly under Node's type stripping.
 */
export function isLoopbackAddress(host: string): boolean {
  const h = host.startsWith('[') && host.endsWith(']') ? host.slice(1, -1) : host;
  if (h === 'localhost') return true;
  if (isIP(h) === 4) return h.startsWith('127.');
  if (isIP(h) === 6) return h === '::1' || h.toLowerCase().startsWith('::ffff:127.');
  return false;
}

export interface ConnectAttempt {
  pid: number;
  host: string;
  port: number | string;
  at: string;
}

type Connect = (this: Socket, ...args: unknown[]) => Socket;

function target(args: unknown[]): { host: string; port: number | string } | undefined {
  const [first, second] = args;
  if (Array.isArray(first)) return target(first as unknown[]);
  if (typeof first === 'object' && first !== null) {
    const o = first as { path?: string; host?: string; port?: number | string };
    if (o.path !== undefined) return undefined;
    return { host: o.host ?? 'localhost', port: o.port ?? 0 };
  }
  if (typeof first === 'string' && !/^\d+$/.test(first)) return undefined;
  if (typeof first === 'number' || typeof first === 'string') return { host: typeof second === 'string' ? second : 'localhost', port: first };
  return undefined;
}

/**
 * Makes every TCP connect of this Node process to a non-loopback host fail (and appends it to
 * `reportFile` as a JSON line when given). Covers net, http, https, tls and fetch, which all end
 * in net.Socket#connect. Returns a function that removes the guard.
 */
export function installLoopbackGuard(reportFile?: string): () => void {
  const proto = Socket.prototype as unknown as { connect: Connect };
  const original = proto.connect;
  proto.connect = function guarded(this: Socket, ...args: unknown[]): Socket {
    const t = target(args);
    if (t !== undefined && !isLoopbackAddress(t.host)) {
      const attempt: ConnectAttempt = { pid: process.pid, host: t.host, port: t.port, at: new Date().toISOString() };
      if (reportFile !== undefined) {
        try {
          appendFileSync(reportFile, `${JSON.stringify(attempt)}\n`);
        } catch {
          // The report is best effort; the connection is refused either way.
        }
      }
      const error = Object.assign(new Error(`loopback guard: connection to ${t.host}:${t.port} refused (test traffic must stay on 127.0.0.0/8)`), { code: 'ELOOPBACKGUARD' });
      process.nextTick(() => this.destroy(error));
      return this;
    }
    return original.apply(this, args);
  };
  return () => {
    proto.connect = original;
  };
}
