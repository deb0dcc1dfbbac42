// Real TLS endpoints for the authentication tests: a throwaway CA issued with openssl (node:crypto
// cannot sign X.509), an HTTPS "apiserver" that records who called and how, an HTTP CONNECT proxy
// and a SOCKS5 proxy. Everything listens on 127.0.0.1 with a port chosen by the OS.
import { once } from 'node:events';
import { readFile, writeFile } from 'node:fs/promises';
import { createServer as createHttpServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { connect, createServer as createNetServer } from 'node:net';
import type { AddressInfo, Server, Socket } from 'node:net';
import { join } from 'node:path';
import type { TLSSocket } from 'node:tls';
import { exec } from '@pipeline/core';

export interface Pem {
  cert: string;
  key: string;
  certPath: string;
  keyPath: string;
}

export interface TestPki {
  ca: Pem;
  /** Serving certificate for IP 127.0.0.1 (and localhost). */
  ip: Pem;
  /** Serving certificate for DNS apiserver.test only, for tls-server-name. */
  named: Pem;
  /** Client certificates; the CN is the user the server sees. */
  client: Pem;
  client2: Pem;
}

export const NAMED_HOST = 'apiserver.test';

async function openssl(args: string[]): Promise<void> {
  const r = await exec('openssl', args, { timeoutMs: 30_000 });
  if (r.exitCode !== 0) throw new Error(`openssl ${args.slice(0, 2).join(' ')} failed (${r.exitCode}): ${r.stderr}`);
}

async function pem(dir: string, name: string): Promise<Pem> {
  const certPath = join(dir, `${name}.crt`);
  const keyPath = join(dir, `${name}.key`);
  return { cert: await readFile(certPath, 'utf8'), key: await readFile(keyPath, 'utf8'), certPath, keyPath };
}

/** A CA, two serving certificates and two client certificates in `dir` (EC keys: fast to make). */
export async function createTestPki(dir: string): Promise<TestPki> {
  const p = (name: string) => join(dir, name);
  const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];
  await openssl(['req', '-x509', ...ec, '-keyout', p('ca.key'), '-out', p('ca.crt'), '-days', '2', '-subj', '/CN=kube-auth-test-ca']);
  let serial = 0;
  const issue = async (name: string, cn: string, ext: string[]) => {
    // Each its own serial: -CAcreateserial would have the parallel signings race on one ca.srl file.
    serial += 1;
    const number = String(serial);
    await openssl(['req', '-new', ...ec, '-keyout', p(`${name}.key`), '-out', p(`${name}.csr`), '-subj', `/CN=${cn}`]);
    await writeFile(p(`${name}.ext`), [...ext, 'basicConstraints=critical,CA:FALSE', ''].join('\n'));
    await openssl(['x509', '-req', '-in', p(`${name}.csr`), '-CA', p('ca.crt'), '-CAkey', p('ca.key'), '-set_serial', number, '-out', p(`${name}.crt`), '-days', '2', '-extfile', p(`${name}.ext`)]);
  };
  await Promise.all([
    issue('ip', 'apiserver-ip', ['subjectAltName=IP:127.0.0.1,DNS:localhost', 'extendedKeyUsage=serverAuth']),
    issue('named', 'apiserver-named', [`subjectAltName=DNS:${NAMED_HOST}`, 'extendedKeyUsage=serverAuth']),
    issue('client', 'cert-user', ['extendedKeyUsage=clientAuth']),
    issue('client2', 'cert-user-2', ['extendedKeyUsage=clientAuth']),
  ]);
  return { ca: await pem(dir, 'ca'), ip: await pem(dir, 'ip'), named: await pem(dir, 'named'), client: await pem(dir, 'client'), client2: await pem(dir, 'client2') };
}

export interface SeenRequest {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  /** CN of the client certificate, when one was presented and it chains to the test CA. */
  clientCn: string | undefined;
  /** The SNI name the client sent. */
  servername: string | undefined;
}

export interface TestApiServer {
  url: string;
  port: number;
  seen: SeenRequest[];
  close(): Promise<void>;
}

export type Handler = (req: SeenRequest, res: ServerResponse) => void;

const versionHandler: Handler = (_req, res) => {
  res.writeHead(200, { 'content-type': 'application/json' });
  res.end(JSON.stringify({ major: '1', minor: '33', gitVersion: 'v1.33.0' }));
};

/** An HTTPS server that asks for (but does not require) a client certificate and records every request. */
export async function startApiServer(pki: TestPki, serving: Pem, handler: Handler = versionHandler): Promise<TestApiServer> {
  const seen: SeenRequest[] = [];
  const server = createHttpsServer({ cert: serving.cert, key: serving.key, ca: pki.ca.cert, requestCert: true, rejectUnauthorized: false }, (req, res) => {
    const socket = req.socket as TLSSocket;
    const peer = socket.authorized ? socket.getPeerCertificate() : undefined;
    const cn = peer?.subject?.CN;
    const record: SeenRequest = {
      method: req.method ?? '',
      url: req.url ?? '',
      headers: req.headers,
      clientCn: typeof cn === 'string' ? cn : undefined,
      servername: typeof socket.servername === 'string' ? socket.servername : undefined,
    };
    seen.push(record);
    req.resume();
    req.once('end', () => handler(record, res));
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const port = (server.address() as AddressInfo).port;
  return { url: `https://127.0.0.1:${port}`, port, seen, close: () => closeServer(server) };
}

async function closeServer(server: Server & { closeAllConnections?: () => void }): Promise<void> {
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeAllConnections?.();
  await closed;
}

export interface TestProxy {
  url: string;
  /** `host:port` of every tunnel asked for. */
  targets: string[];
  close(): Promise<void>;
}

/** An HTTP proxy that only tunnels (CONNECT), as corporate egress proxies do for TLS. */
export async function startConnectProxy(): Promise<TestProxy> {
  const targets: string[] = [];
  const sockets = new Set<Socket>();
  const server = createHttpServer((_req, res) => {
    res.writeHead(405);
    res.end();
  });
  server.on('connect', (req: IncomingMessage, client: Socket, head: Buffer) => {
    targets.push(req.url ?? '');
    const [host, port] = splitHostPort(req.url ?? '');
    const upstream = connect(port, host, () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('error', () => undefined);
      s.on('close', () => {
        sockets.delete(s);
        client.destroy();
        upstream.destroy();
      });
    }
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    targets,
    close: async () => {
      for (const s of sockets) s.destroy();
      await closeServer(server);
    },
  };
}

/**
 * A SOCKS5 proxy (no authentication, CONNECT only) that resolves names itself through `hosts`,
 * so a test can tell whether the client left name resolution to the proxy.
 */
export async function startSocksProxy(hosts: Record<string, string>): Promise<TestProxy> {
  const targets: string[] = [];
  const sockets = new Set<Socket>();
  const server = createNetServer((client) => {
    sockets.add(client);
    client.on('error', () => undefined);
    client.on('close', () => sockets.delete(client));
    let stage: 'greeting' | 'request' = 'greeting';
    let buffer = Buffer.alloc(0);
    const onData = (chunk: Buffer) => {
      buffer = Buffer.concat([buffer, chunk]);
      if (stage === 'greeting') {
        if (buffer.length < 2 || buffer.length < 2 + (buffer[1] ?? 0)) return;
        buffer = buffer.subarray(2 + (buffer[1] ?? 0));
        client.write(Buffer.from([5, 0]));
        stage = 'request';
      }
      if (buffer.length < 5) return;
      const type = buffer[3];
      let host: string;
      let offset: number;
      if (type === 1) {
        if (buffer.length < 10) return;
        host = [...buffer.subarray(4, 8)].join('.');
        offset = 8;
      } else if (type === 3) {
        const length = buffer[4] ?? 0;
        if (buffer.length < 7 + length) return;
        host = buffer.subarray(5, 5 + length).toString('latin1');
        offset = 5 + length;
      } else {
        client.end(Buffer.from([5, 8, 0, 1, 0, 0, 0, 0, 0, 0]));
        return;
      }
      const port = buffer.readUInt16BE(offset);
      const rest = buffer.subarray(offset + 2);
      client.off('data', onData);
      targets.push(`${host}:${port}`);
      const upstream = connect(port, hosts[host] ?? host, () => {
        client.write(Buffer.from([5, 0, 0, 1, 0, 0, 0, 0, 0, 0]));
        upstream.write(rest);
        upstream.pipe(client);
        client.pipe(upstream);
      });
      sockets.add(upstream);
      upstream.on('error', () => client.destroy());
      upstream.on('close', () => {
        sockets.delete(upstream);
        client.destroy();
      });
      client.on('close', () => upstream.destroy());
    };
    client.on('data', onData);
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const port = (server.address() as AddressInfo).port;
  return {
    url: `socks5://127.0.0.1:${port}`,
    targets,
    close: async () => {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function splitHostPort(target: string): [string, number] {
  const at = target.lastIndexOf(':');
  return [target.slice(0, at).replace(/^\[|\]$/g, ''), Number(target.slice(at + 1))];
}
