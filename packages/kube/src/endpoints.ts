import type { Logger } from '@pipeline/core';
import type { KubeClient } from './client.ts';
import type { KubeObject } from './types.ts';
import { watchUntil } from './watch.ts';

export type EndpointSource = 'discovery.k8s.io/v1' | 'discovery.k8s.io/v1beta1' | 'v1/Endpoints';

export interface EndpointInfo {
  address: string;
  /** The pod behind the endpoint, when the controller recorded it. */
  pod?: string;
  uid?: string;
}

export interface ServiceEndpoints {
  source: EndpointSource;
  ready: EndpointInfo[];
  notReady: EndpointInfo[];
}

interface TargetRef {
  kind?: string;
  name?: string;
  uid?: string;
}

export interface EndpointSlice extends KubeObject {
  addressType?: string;
  endpoints?: { addresses?: string[]; conditions?: { ready?: boolean | null; serving?: boolean | null; terminating?: boolean | null }; targetRef?: TargetRef }[] | null;
}

export interface Endpoints extends KubeObject {
  subsets?: { addresses?: { ip: string; targetRef?: TargetRef }[]; notReadyAddresses?: { ip: string; targetRef?: TargetRef }[] }[];
}

function info(address: string, ref: TargetRef | undefined): EndpointInfo {
  const out: EndpointInfo = { address };
  if (ref?.kind === 'Pod' && ref.name !== undefined) out.pod = ref.name;
  if (ref?.uid !== undefined) out.uid = ref.uid;
  return out;
}

/**
 * Ready and not-ready endpoints across a Service's EndpointSlices. One pod appears once even when
 * it is in several slices (dual-stack, or a slice being replaced). A nil `ready` counts as ready,
 * as the API says consumers should read an unknown state; terminating endpoints are never ready.
 */
export function endpointsFromSlices(slices: readonly EndpointSlice[], source: EndpointSource = 'discovery.k8s.io/v1'): ServiceEndpoints {
  const ready = new Map<string, EndpointInfo>();
  const notReady = new Map<string, EndpointInfo>();
  for (const slice of slices) {
    for (const e of slice.endpoints ?? []) {
      const address = e.addresses?.[0];
      if (address === undefined) continue;
      const key = e.targetRef?.uid ?? address;
      const ok = e.conditions?.ready !== false && e.conditions?.terminating !== true;
      if (ok) {
        ready.set(key, info(address, e.targetRef));
        notReady.delete(key);
      } else if (!ready.has(key)) {
        notReady.set(key, info(address, e.targetRef));
      }
    }
  }
  return { source, ready: [...ready.values()], notReady: [...notReady.values()] };
}

export function endpointsFromEndpoints(endpoints: Endpoints | undefined): ServiceEndpoints {
  const ready = new Map<string, EndpointInfo>();
  const notReady = new Map<string, EndpointInfo>();
  for (const subset of endpoints?.subsets ?? []) {
    for (const a of subset.addresses ?? []) ready.set(a.targetRef?.uid ?? a.ip, info(a.ip, a.targetRef));
    for (const a of subset.notReadyAddresses ?? []) notReady.set(a.targetRef?.uid ?? a.ip, info(a.ip, a.targetRef));
  }
  return { source: 'v1/Endpoints', ready: [...ready.values()], notReady: [...notReady.values()] };
}

export interface ServiceRef {
  namespace: string;
  service: string;
}

export interface EndpointOptions {
  /** `auto` (default): EndpointSlices at discovery.k8s.io/v1, else v1beta1 (Kubernetes before 1.21), else core Endpoints. */
  source?: 'auto' | EndpointSource;
  signal?: AbortSignal;
}

async function chooseSource(client: KubeClient, preferred: EndpointOptions['source']): Promise<EndpointSource> {
  if (preferred !== undefined && preferred !== 'auto') return preferred;
  const served = await client.discovery.firstServed(['discovery.k8s.io/v1', 'discovery.k8s.io/v1beta1']);
  return (served as EndpointSource | undefined) ?? 'v1/Endpoints';
}

/** The Service's endpoints right now (one list). */
export async function serviceEndpoints(client: KubeClient, target: ServiceRef, options: EndpointOptions = {}): Promise<ServiceEndpoints> {
  const source = await chooseSource(client, options.source);
  if (source === 'v1/Endpoints') {
    const ep = await client.find<Endpoints>({ apiVersion: 'v1', kind: 'Endpoints', namespace: target.namespace, name: target.service }, options.signal);
    return endpointsFromEndpoints(ep);
  }
  const slices = await client.list<EndpointSlice>(source, 'EndpointSlice', {
    namespace: target.namespace,
    labelSelector: `kubernetes.io/service-name=${target.service}`,
    ...(options.signal === undefined ? {} : { signal: options.signal }),
  });
  return endpointsFromSlices(slices.items, source);
}

export interface WaitForEndpointsOptions extends EndpointOptions {
  /** Ready endpoints required: usually the Deployment's desired replicas. */
  minReady: number;
  /** When given, only endpoints of these pods count (e.g. the new colour's pods). */
  pods?: readonly string[];
  /** With `pods`: also wait until no other pod has a ready endpoint (a switch has fully taken effect). */
  only?: boolean;
  timeoutMs: number;
  logger?: Logger;
  onProgress?: (endpoints: ServiceEndpoints) => void;
}

/**
 * Waits, by watch, until the Service has at least `minReady` ready endpoints: the point at which
 * traffic sent to it reaches ready pods only. This is what a switch should wait for, never a sleep.
 */
export async function waitForServiceEndpoints(client: KubeClient, target: ServiceRef, options: WaitForEndpointsOptions): Promise<ServiceEndpoints> {
  const source = await chooseSource(client, options.source);
  const wanted = options.pods === undefined ? undefined : new Set(options.pods);
  const count = (e: ServiceEndpoints) => (wanted === undefined ? e.ready : e.ready.filter((r) => r.pod !== undefined && wanted.has(r.pod))).length;
  const done = (e: ServiceEndpoints) => count(e) >= options.minReady && (options.only !== true || count(e) === e.ready.length);
  let last = -1;
  const progress = (e: ServiceEndpoints) => {
    const n = count(e);
    if (n === last) return;
    last = n;
    options.logger?.info(`Service ${target.namespace}/${target.service}: ${n} of ${options.minReady} endpoints ready (${e.source})`);
    options.onProgress?.(e);
  };
  const common = {
    timeoutMs: options.timeoutMs,
    description: `Service ${target.namespace}/${target.service} endpoints`,
    ...(options.signal === undefined ? {} : { signal: options.signal }),
    ...(options.logger === undefined ? {} : { logger: options.logger }),
  };
  if (source === 'v1/Endpoints') {
    return watchUntil<Endpoints, ServiceEndpoints>(client, { apiVersion: 'v1', kind: 'Endpoints', namespace: target.namespace, fieldSelector: `metadata.name=${target.service}` }, (objects) => {
      const e = endpointsFromEndpoints(objects.get(`${target.namespace}/${target.service}`));
      progress(e);
      return done(e) ? e : undefined;
    }, common);
  }
  return watchUntil<EndpointSlice, ServiceEndpoints>(client, { apiVersion: source, kind: 'EndpointSlice', namespace: target.namespace, labelSelector: `kubernetes.io/service-name=${target.service}` }, (objects) => {
    const e = endpointsFromSlices([...objects.values()], source);
    progress(e);
    return done(e) ? e : undefined;
  }, common);
}
