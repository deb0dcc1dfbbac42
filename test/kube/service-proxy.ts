import { createServer, connect } from 'node:net';
import type { AddressInfo, Server, Socket } from 'node:net';
import type { EndpointTracker, Service, ServicePort } from './endpoint-tracker.ts';
import { trackEndpoints } from './endpoint-tracker.ts';
import { KubeHttp } from './kube-http.ts';
import type { KubeEndpoint } from './kube-http.ts';
import { isLoopbackAddress } from './loopback-guard.ts';
import { waitFor } from './processes.ts';

export { endpointSliceVersion } from './endpoint-tracker.ts';

export interface ServiceProxyOptions {
  /** Read access to services, endpointslices and pods is enough. */
  endpoint: KubeEndpoint;
  /** Namespaces to serve; all namespaces when omitted. */
  namespaces?: readonly string[];
  log?: (line: string) => void;
}

export interface ServiceProxy {
  /** "127.0.0.1:<port>" of the proxy for a Service port (number, name, or the first port); waits until it exists. */
  address(namespace: string, name: string, port?: number | string, timeoutMs?: number): Promise<string>;
  /** The loopback addresses traffic for that Service port currently goes to (its ready endpoints). */
  backends(namespace: string, name: string, port?: number | string): string[];
  stop(): Promise<void>;
}

interface Listener {
  server: Server;
  address: string;
  servicePort: ServicePort;
  sockets: Set<Socket>;
  next: number;
}

/**
 * What kube-proxy would do, on loopback: one TCP listener per Service port, forwarding each new
 * connection round-robin to the loopback address of a ready endpoint from the Service's
 * EndpointSlices. Traffic therefore follows selector changes and readiness exactly as the
 * cluster's controllers decide, and never goes to a pod or Service IP.
 */
export async function startServiceProxy(options: ServiceProxyOptions): Promise<ServiceProxy> {
  const http = new KubeHttp(options.endpoint);
  const log = options.log ?? ((line: string) => process.stderr.write(`[service-proxy] ${line}\n`));
  const listeners = new Map<string, Listener>();
  const key = (ns: string | undefined, name: string) => `${ns ?? ''}/${name}`;
  const portKey = (ns: string | undefined, name: string, p: ServicePort) => `${key(ns, name)}:${p.port}`;
  // Filled once the first lists are in; Service events (and so listeners) arrive during that first list already.
  const ready: { tracker?: EndpointTracker } = {};

  const open = async (svc: Service, sp: ServicePort): Promise<void> => {
    const k = portKey(svc.metadata.namespace, svc.metadata.name, sp);
    if (listeners.has(k)) return;
    const sockets = new Set<Socket>();
    const listener: Listener = { server: createServer(), address: '', servicePort: sp, sockets, next: 0 };
    listeners.set(k, listener);
    listener.server.on('connection', (client) => {
      const list = ready.tracker?.backends(svc.metadata.namespace ?? '', svc.metadata.name, sp.port) ?? [];
      const target = list[listener.next++ % Math.max(1, list.length)];
      if (target === undefined || !isLoopbackAddress(target.slice(0, target.lastIndexOf(':')))) {
        // Like iptables with no endpoints: the connection is refused.
        client.resetAndDestroy();
        return;
      }
      const upstream = connect({ host: target.slice(0, target.lastIndexOf(':')), port: Number(target.slice(target.lastIndexOf(':') + 1)) });
      sockets.add(client);
      sockets.add(upstream);
      const done = () => {
        sockets.delete(client);
        sockets.delete(upstream);
      };
      client.on('error', () => upstream.destroy());
      upstream.on('error', () => client.destroy());
      client.on('close', () => {
        upstream.destroy();
        done();
      });
      upstream.on('close', () => {
        client.destroy();
        done();
      });
      client.pipe(upstream);
      upstream.pipe(client);
    });
    await new Promise<void>((resolve, reject) => {
      listener.server.once('error', reject);
      listener.server.listen(0, '127.0.0.1', () => resolve());
    });
    listener.address = `127.0.0.1:${(listener.server.address() as AddressInfo).port}`;
  };

  const close = (k: string) => {
    const l = listeners.get(k);
    if (l === undefined) return;
    listeners.delete(k);
    for (const s of l.sockets) s.destroy();
    l.server.close();
  };

  const onService = (type: string, svc: Service) => {
    const prefix = `${key(svc.metadata.namespace, svc.metadata.name)}:`;
    const proxied = type !== 'DELETED' && svc.spec.clusterIP !== 'None' && svc.spec.type !== 'ExternalName';
    const wanted = new Set(proxied ? (svc.spec.ports ?? []).filter((p) => (p.protocol ?? 'TCP') === 'TCP').map((p) => portKey(svc.metadata.namespace, svc.metadata.name, p)) : []);
    for (const k of [...listeners.keys()]) if (k.startsWith(prefix) && !wanted.has(k)) close(k);
    if (proxied) {
      for (const p of svc.spec.ports ?? []) {
        if ((p.protocol ?? 'TCP') === 'TCP') open(svc, p).catch((error: unknown) => log(`listen for ${prefix}${p.port}: ${String(error)}`));
      }
    }
  };

  const endpoints = await trackEndpoints({ http, ...(options.namespaces === undefined ? {} : { namespaces: options.namespaces }), onService, log });
  ready.tracker = endpoints;

  const find = (namespace: string, name: string, port: number | string | undefined): Listener | undefined => {
    const sp = endpoints.servicePort(namespace, name, port);
    if (sp === undefined) return undefined;
    const l = listeners.get(portKey(namespace, name, sp));
    return l === undefined || l.address === '' ? undefined : l;
  };

  return {
    address: (namespace, name, port, timeoutMs = 30_000) =>
      waitFor(`a proxy for Service ${namespace}/${name}${port === undefined ? '' : ` port ${port}`}`, () => Promise.resolve(find(namespace, name, port)?.address), { timeoutMs, intervalMs: 50 }),
    backends: (namespace, name, port) => {
      const l = find(namespace, name, port);
      return l === undefined ? [] : endpoints.backends(namespace, name, l.servicePort.port);
    },
    stop: async () => {
      endpoints.stop();
      for (const k of [...listeners.keys()]) close(k);
      http.close();
    },
  };
}
