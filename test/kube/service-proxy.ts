import { createServer, connect } from 'node:net';
import type { AddressInfo, Server, Socket } from 'node:net';
import { KubeHttp, reflect } from './kube-http.ts';
import type { KubeEndpoint, KubeObject, Reflector } from './kube-http.ts';
import { isLoopbackAddress } from './loopback-guard.ts';
import { loopbackFor } from './pod-types.ts';
import { waitFor } from './processes.ts';

interface ServicePort {
  name?: string;
  port: number;
  protocol?: string;
}

interface Service extends KubeObject {
  spec: { type?: string; clusterIP?: string; ports?: ServicePort[]; selector?: Record<string, string> };
}

interface SliceEndpoint {
  addresses: string[];
  conditions?: { ready?: boolean; serving?: boolean; terminating?: boolean };
  targetRef?: { kind?: string; name: string; namespace?: string };
}

interface EndpointSlice extends KubeObject {
  addressType?: string;
  endpoints?: SliceEndpoint[] | null;
  ports?: { name?: string; port?: number; protocol?: string }[] | null;
}

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

/** discovery.k8s.io/v1 where served (1.21+), else v1beta1 (1.20). */
export async function endpointSliceVersion(http: KubeHttp): Promise<'v1' | 'v1beta1'> {
  const group = await http.get<{ versions: { version: string }[] }>('/apis/discovery.k8s.io');
  return group.versions.some((v) => v.version === 'v1') ? 'v1' : 'v1beta1';
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
  const version = await endpointSliceVersion(http);
  const scopes = options.namespaces === undefined ? [''] : options.namespaces.map((ns) => `/namespaces/${ns}`);
  const listeners = new Map<string, Listener>();
  const reflectors: Reflector<KubeObject>[] = [];
  const services = new Map<string, Service>();
  const slices = new Map<string, EndpointSlice>();
  const pods = new Map<string, KubeObject>();
  const key = (ns: string | undefined, name: string) => `${ns ?? ''}/${name}`;
  const portKey = (ns: string | undefined, name: string, p: ServicePort) => `${key(ns, name)}:${p.port}`;

  const backends = (svc: Service, sp: ServicePort): string[] => {
    const out: string[] = [];
    for (const slice of slices.values()) {
      if (slice.metadata.namespace !== svc.metadata.namespace || slice.metadata.labels?.['kubernetes.io/service-name'] !== svc.metadata.name) continue;
      const port = (slice.ports ?? []).find((p) => (p.name ?? '') === (sp.name ?? ''));
      if (port === undefined) continue;
      for (const ep of slice.endpoints ?? []) {
        if (ep.conditions?.ready === false || ep.targetRef === undefined) continue;
        const pod = pods.get(key(ep.targetRef.namespace ?? svc.metadata.namespace, ep.targetRef.name));
        const address = pod === undefined ? undefined : loopbackFor(pod, port.port);
        if (address !== undefined && address !== '') out.push(address);
      }
    }
    return out.sort();
  };

  const open = async (svc: Service, sp: ServicePort): Promise<void> => {
    const k = portKey(svc.metadata.namespace, svc.metadata.name, sp);
    if (listeners.has(k)) return;
    const sockets = new Set<Socket>();
    const listener: Listener = { server: createServer(), address: '', servicePort: sp, sockets, next: 0 };
    listeners.set(k, listener);
    listener.server.on('connection', (client) => {
      const current = services.get(key(svc.metadata.namespace, svc.metadata.name)) ?? svc;
      const list = backends(current, sp);
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
    if (proxied) services.set(key(svc.metadata.namespace, svc.metadata.name), svc);
    else services.delete(key(svc.metadata.namespace, svc.metadata.name));
    for (const k of [...listeners.keys()]) if (k.startsWith(prefix) && !wanted.has(k)) close(k);
    if (proxied) {
      for (const p of svc.spec.ports ?? []) {
        if ((p.protocol ?? 'TCP') === 'TCP') open(svc, p).catch((error: unknown) => log(`listen for ${prefix}${p.port}: ${String(error)}`));
      }
    }
  };

  const track = <T extends KubeObject>(map: Map<string, T>) => (type: string, o: T) => {
    if (type === 'DELETED') map.delete(key(o.metadata.namespace, o.metadata.name));
    else map.set(key(o.metadata.namespace, o.metadata.name), o);
  };

  for (const scope of scopes) {
    const onError = (what: string) => (error: unknown) => log(`${what} watch${scope}: ${String(error)}`);
    reflectors.push(
      reflect<Service>(http, { path: `/api/v1${scope}/services`, onChange: onService, onError: onError('services') }) as Reflector<KubeObject>,
      reflect<EndpointSlice>(http, { path: `/apis/discovery.k8s.io/${version}${scope}/endpointslices`, onChange: track(slices), onError: onError('endpointslices') }) as Reflector<KubeObject>,
      reflect<KubeObject>(http, { path: `/api/v1${scope}/pods`, onChange: track(pods), onError: onError('pods') }),
    );
  }
  await Promise.all(reflectors.map((r) => r.synced));

  const find = (namespace: string, name: string, port: number | string | undefined): Listener | undefined => {
    const svc = services.get(key(namespace, name));
    const sp = svc?.spec.ports?.find((p) => port === undefined || p.port === port || p.name === port);
    if (svc === undefined || sp === undefined) return undefined;
    const l = listeners.get(portKey(namespace, name, sp));
    return l === undefined || l.address === '' ? undefined : l;
  };

  return {
    address: (namespace, name, port, timeoutMs = 30_000) =>
      waitFor(`a proxy for Service ${namespace}/${name}${port === undefined ? '' : ` port ${port}`}`, () => Promise.resolve(find(namespace, name, port)?.address), { timeoutMs, intervalMs: 50 }),
    backends: (namespace, name, port) => {
      const svc = services.get(key(namespace, name));
      const l = find(namespace, name, port);
      return svc === undefined || l === undefined ? [] : backends(svc, l.servicePort);
    },
    stop: async () => {
      for (const r of reflectors) r.stop();
      for (const k of [...listeners.keys()]) close(k);
      http.close();
    },
  };
}
