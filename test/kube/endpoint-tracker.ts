import type { KubeHttp, KubeObject, Reflector } from './kube-http.ts';
import { reflect } from './kube-http.ts';
import { loopbackFor } from './pod-types.ts';

export interface ServicePort {
  name?: string;
  port: number;
  protocol?: string;
}

export interface Service extends KubeObject {
  spec: { type?: string; clusterIP?: string; ports?: ServicePort[]; selector?: Record<string, string> };
}

export interface SliceEndpoint {
  addresses: string[];
  conditions?: { ready?: boolean; serving?: boolean; terminating?: boolean };
  targetRef?: { kind?: string; name: string; namespace?: string };
}

export interface EndpointSlice extends KubeObject {
  addressType?: string;
  endpoints?: SliceEndpoint[] | null;
  ports?: { name?: string; port?: number; protocol?: string }[] | null;
}

/** The label the EndpointSlice controller puts on every slice it manages for a Service. */
export const SERVICE_NAME_LABEL = 'kubernetes.io/service-name';

/** discovery.k8s.io/v1 where served (1.21+), else v1beta1 (1.20). */
export async function endpointSliceVersion(http: KubeHttp): Promise<'v1' | 'v1beta1'> {
  const group = await http.get<{ versions: { version: string }[] }>('/apis/discovery.k8s.io');
  return group.versions.some((v) => v.version === 'v1') ? 'v1' : 'v1beta1';
}

export interface EndpointTrackerOptions {
  http: KubeHttp;
  /** Namespaces to follow; all namespaces when omitted. */
  namespaces?: readonly string[];
  /** Called for every Service event after the tracker's own cache is updated. */
  onService?: (type: 'ADDED' | 'MODIFIED' | 'DELETED', service: Service) => void;
  log: (line: string) => void;
}

export interface EndpointTracker {
  readonly sliceVersion: 'v1' | 'v1beta1';
  service(namespace: string, name: string): Service | undefined;
  /** The Service port for a port number, a port name, or (undefined) the first port. */
  servicePort(namespace: string, name: string, port?: number | string): ServicePort | undefined;
  /**
   * The loopback addresses of the ready endpoints behind a Service port, sorted: what kube-proxy
   * would load-balance over. Empty when the Service or the port does not exist.
   */
  backends(namespace: string, name: string, port?: number | string): string[];
  stop(): void;
}

const key = (ns: string | undefined, name: string) => `${ns ?? ''}/${name}`;

/**
 * Follows Services, EndpointSlices and Pods the way kube-proxy follows Services and
 * EndpointSlices: an endpoint carries traffic when its slice marks it ready (unset counts as
 * ready, as the API documents), and it is reached on the loopback address the kubelet simulator
 * annotated on its pod. The Service proxy (L4) and the gateway double (L7) share this, so both
 * route exactly where the cluster's EndpointSlice controller says.
 */
export async function trackEndpoints(options: EndpointTrackerOptions): Promise<EndpointTracker> {
  const { http, log } = options;
  const sliceVersion = await endpointSliceVersion(http);
  const scopes = options.namespaces === undefined ? [''] : options.namespaces.map((ns) => `/namespaces/${ns}`);
  const services = new Map<string, Service>();
  const slices = new Map<string, EndpointSlice>();
  const pods = new Map<string, KubeObject>();
  const reflectors: Reflector<KubeObject>[] = [];

  const track = <T extends KubeObject>(map: Map<string, T>) => (type: string, o: T) => {
    if (type === 'DELETED') map.delete(key(o.metadata.namespace, o.metadata.name));
    else map.set(key(o.metadata.namespace, o.metadata.name), o);
  };
  const trackService = track(services);
  const onService = (type: 'ADDED' | 'MODIFIED' | 'DELETED', svc: Service) => {
    trackService(type, svc);
    options.onService?.(type, svc);
  };

  for (const scope of scopes) {
    const onError = (what: string) => (error: unknown) => log(`${what} watch${scope}: ${String(error)}`);
    reflectors.push(
      reflect<Service>(http, { path: `/api/v1${scope}/services`, onChange: onService, onError: onError('services') }) as Reflector<KubeObject>,
      reflect<EndpointSlice>(http, { path: `/apis/discovery.k8s.io/${sliceVersion}${scope}/endpointslices`, onChange: track(slices), onError: onError('endpointslices') }) as Reflector<KubeObject>,
      reflect<KubeObject>(http, { path: `/api/v1${scope}/pods`, onChange: track(pods), onError: onError('pods') }),
    );
  }
  await Promise.all(reflectors.map((r) => r.synced));

  const servicePort = (namespace: string, name: string, port?: number | string): ServicePort | undefined =>
    services.get(key(namespace, name))?.spec.ports?.find((p) => port === undefined || p.port === port || p.name === port);

  const backends = (namespace: string, name: string, port?: number | string): string[] => {
    const sp = servicePort(namespace, name, port);
    if (sp === undefined) return [];
    const out: string[] = [];
    for (const slice of slices.values()) {
      if (slice.metadata.namespace !== namespace || slice.metadata.labels?.[SERVICE_NAME_LABEL] !== name) continue;
      const slicePort = (slice.ports ?? []).find((p) => (p.name ?? '') === (sp.name ?? ''));
      if (slicePort === undefined) continue;
      for (const ep of slice.endpoints ?? []) {
        if (ep.conditions?.ready === false || ep.targetRef === undefined) continue;
        const pod = pods.get(key(ep.targetRef.namespace ?? namespace, ep.targetRef.name));
        const address = pod === undefined ? undefined : loopbackFor(pod, slicePort.port);
        if (address !== undefined && address !== '') out.push(address);
      }
    }
    return out.sort();
  };

  return {
    sliceVersion,
    service: (namespace, name) => services.get(key(namespace, name)),
    servicePort,
    backends,
    stop: () => {
      for (const r of reflectors) r.stop();
    },
  };
}
