import { endpointSliceVersion, SERVICE_NAME_LABEL } from './endpoint-tracker.ts';
import type { EndpointSlice, Service } from './endpoint-tracker.ts';
import { reflect } from './kube-http.ts';
import type { KubeHttp, KubeObject, Reflector } from './kube-http.ts';
import type { LoadReport, LoadResponse } from './load.ts';
import type { Pod } from './pod-types.ts';

export type ObservedKind = 'Pod' | 'Service' | 'EndpointSlice';

export interface TimelineEntry {
  /** Date.now() when the observer received the change. */
  at: number;
  /** The apiserver's resourceVersion of the change (etcd's revision: one global order for all kinds). */
  rv: number;
  kind: ObservedKind;
  type: 'ADDED' | 'MODIFIED' | 'DELETED';
  name: string;
  /** Pod: Ready status; Service: its selector; EndpointSlice: the pods it marks ready and not ready. */
  summary: string;
}

export interface RouteViolation {
  /**
   * `not-ready-endpoint`: the stable Service's EndpointSlices mark an endpoint ready whose pod is
   * not Ready=True (or no longer exists). `black-hole`: the Service's selector selects no Ready,
   * non-terminating pod although it selected some before.
   */
  kind: 'not-ready-endpoint' | 'black-hole';
  at: number;
  rv: number;
  pod?: string;
  selector?: Record<string, string>;
  message: string;
}

export interface SelectorChange {
  at: number;
  rv: number;
  /** Undefined once the Service is deleted. */
  selector: Record<string, string> | undefined;
}

export interface ObserveRouteOptions {
  /** Needs list/watch on pods, services and endpointslices of the namespace. Not closed by the observer. */
  kube: KubeHttp;
  namespace: string;
  /** The stable Service whose routing is judged. */
  service: string;
  log?: (line: string) => void;
}

export interface RouteObserver {
  /** Violations, evaluated over everything received so far in resourceVersion order. */
  violations(): RouteViolation[];
  /** Whether the pod was Ready=True at that wall-clock time, as the apiserver reported it; undefined before the pod was known. */
  podReadyAt(pod: string, atMs: number): boolean | undefined;
  /** Whether the pod was Ready=True at any moment of [fromMs, toMs]; undefined when it was unknown all along. */
  podReadyDuring(pod: string, fromMs: number, toMs: number): boolean | undefined;
  selectorHistory(): SelectorChange[];
  timeline(): TimelineEntry[];
  /** How often each watch had to list again (410 Gone, a broken stream). */
  relists(): Record<ObservedKind, number>;
  stop(): void;
}

/** One change as received: what replayRoute() judges. */
export interface RouteChange {
  /** Arrival order, to break ties between changes of the same resourceVersion. */
  seq: number;
  at: number;
  rv: number;
  kind: ObservedKind;
  type: 'ADDED' | 'MODIFIED' | 'DELETED';
  name: string;
  object: KubeObject | undefined;
}

const isReady = (pod: KubeObject | undefined): boolean => (pod as Pod | undefined)?.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True') === true;

const selects = (selector: Record<string, string>, pod: KubeObject): boolean => Object.entries(selector).every(([k, v]) => pod.metadata.labels?.[k] === v);

function summarize(kind: ObservedKind, object: KubeObject | undefined): string {
  if (object === undefined) return 'deleted';
  if (kind === 'Pod') return `Ready=${isReady(object) ? 'True' : 'False'}${object.metadata.deletionTimestamp === undefined ? '' : ' terminating'}`;
  if (kind === 'Service') return `selector=${JSON.stringify((object as Service).spec.selector ?? {})}`;
  const eps = (object as EndpointSlice).endpoints ?? [];
  const names = (ready: boolean) => eps.filter((e) => (e.conditions?.ready !== false) === ready).map((e) => e.targetRef?.name ?? e.addresses.join(',')).sort().join(',');
  return `ready=[${names(true)}] notReady=[${names(false)}]`;
}

/**
 * Watches the Pods, the Service and its EndpointSlices in one namespace and keeps every change
 * with the resourceVersion it was written at. Because resourceVersions come from one etcd
 * revision counter, replaying the changes in that order reconstructs what the apiserver held at
 * each instant, independent of which watch stream delivered first. A watch that ends is resumed;
 * one that answers 410 Gone (or breaks) lists again and records what it missed as changes.
 */
export async function observeRoute(options: ObserveRouteOptions): Promise<RouteObserver> {
  const { kube, namespace, service } = options;
  const log = options.log ?? ((line: string) => process.stderr.write(`[route-observer] ${line}\n`));
  const sliceVersion = await endpointSliceVersion(kube);
  const records: RouteChange[] = [];
  const relistCount: Record<ObservedKind, number> = { Pod: 0, Service: 0, EndpointSlice: 0 };
  const firstListRv: Partial<Record<ObservedKind, number>> = {};
  let seq = 0;
  let syncedAt = 0;

  const record = (kind: ObservedKind, type: RouteChange['type'], name: string, object: KubeObject | undefined, rv: number) => {
    records.push({ seq: seq++, at: Date.now(), rv, kind, type, name, object });
  };

  const reflectors: Reflector<KubeObject>[] = [];
  const follow = (kind: ObservedKind, path: string, selectors: { labelSelector?: string; fieldSelector?: string }): Promise<void> => {
    const reflector = reflect<KubeObject>(kube, {
      path,
      ...selectors,
      retryDelayMs: 300,
      onChange: (type, object, rv) => record(kind, type, object.metadata.name, type === 'DELETED' ? undefined : object, rv),
      onList: (listRv, first) => {
        if (first) firstListRv[kind] = listRv;
        else relistCount[kind] += 1;
      },
      onError: (error) => log(`${kind} watch in ${namespace}: ${String(error)}`),
    });
    reflectors.push(reflector);
    return reflector.synced;
  };

  await Promise.all([
    follow('Pod', `/api/v1/namespaces/${namespace}/pods`, {}),
    follow('Service', `/api/v1/namespaces/${namespace}/services`, { fieldSelector: `metadata.name=${service}` }),
    follow('EndpointSlice', `/apis/discovery.k8s.io/${sliceVersion}/namespaces/${namespace}/endpointslices`, { labelSelector: `${SERVICE_NAME_LABEL}=${service}` }),
  ]);
  syncedAt = Date.now();

  const baselineRv = Math.max(firstListRv.Pod ?? 0, firstListRv.Service ?? 0, firstListRv.EndpointSlice ?? 0);
  const evaluate = () => replayRoute(records, { namespace, service, baselineRv, baselineAt: syncedAt });

  const podHistory = (pod: string) => records.filter((r) => r.kind === 'Pod' && r.name === pod);
  const podReadyAt = (pod: string, atMs: number): boolean | undefined => {
    let state: RouteChange | undefined;
    for (const r of podHistory(pod)) if (r.at <= atMs) state = r;
    return state === undefined ? undefined : isReady(state.object);
  };

  return {
    violations: () => evaluate().violations,
    podReadyAt,
    podReadyDuring: (pod, fromMs, toMs) => {
      const start = podReadyAt(pod, fromMs);
      if (start === true) return true;
      const within = podHistory(pod).filter((r) => r.at > fromMs && r.at <= toMs);
      if (within.some((r) => isReady(r.object))) return true;
      return start === undefined && within.length === 0 ? undefined : false;
    },
    selectorHistory: () => evaluate().selectors,
    timeline: () => [...records]
      .sort((a, b) => a.rv - b.rv || a.seq - b.seq)
      .map((r) => ({ at: r.at, rv: r.rv, kind: r.kind, type: r.type, name: r.name, summary: summarize(r.kind, r.object) })),
    relists: () => ({ ...relistCount }),
    stop: () => {
      for (const r of reflectors) r.stop();
    },
  };
}

/**
 * Judges a Service's routing from recorded changes: replays them in resourceVersion order and
 * checks the state after each one (first once at the baseline, where the initial lists meet, so
 * the lists' own ordering cannot fake a violation).
 */
export interface ReplayOptions {
  namespace: string;
  service: string;
  /** Where the initial lists meet: the highest of their resourceVersions, and when that was. */
  baselineRv: number;
  baselineAt: number;
}

export function replayRoute(changes: readonly RouteChange[], options: ReplayOptions): { violations: RouteViolation[]; selectors: SelectorChange[] } {
  const ordered = [...changes].sort((a, b) => a.rv - b.rv || a.seq - b.seq);
  const { namespace, service, baselineRv: baseline, baselineAt } = options;
  const pods = new Map<string, KubeObject>();
  const slices = new Map<string, EndpointSlice>();
  let svc: Service | undefined;
  const violations: RouteViolation[] = [];
  const selectors: SelectorChange[] = [];
  let violating = new Set<string>();
  let hadReady = false;
  let blackHoled = false;

  const check = (at: number, rv: number) => {
    const now = new Set<string>();
    for (const slice of slices.values()) {
      for (const ep of slice.endpoints ?? []) {
        if (ep.conditions?.ready === false || ep.targetRef === undefined || (ep.targetRef.kind ?? 'Pod') !== 'Pod') continue;
        if (!isReady(pods.get(ep.targetRef.name))) now.add(ep.targetRef.name);
      }
    }
    for (const pod of now) {
      if (violating.has(pod)) continue;
      const state = pods.has(pod) ? 'not Ready' : 'gone';
      const message = `EndpointSlices of Service ${namespace}/${service} mark pod ${pod} ready while the pod is ${state} (rv ${rv})`;
      violations.push({ kind: 'not-ready-endpoint', at, rv, pod, message });
    }
    violating = now;
    const selector = svc?.spec.selector;
    if (selector === undefined || Object.keys(selector).length === 0) return;
    const ready = [...pods.values()].filter((p) => selects(selector, p) && isReady(p) && p.metadata.deletionTimestamp === undefined).length;
    if (ready > 0) {
      hadReady = true;
      blackHoled = false;
    } else if (hadReady && !blackHoled) {
      blackHoled = true;
      const message = `Service ${namespace}/${service} selects no Ready pod with selector ${JSON.stringify(selector)} after it had some (rv ${rv})`;
      violations.push({ kind: 'black-hole', at, rv, selector: { ...selector }, message });
    }
  };

  let baselineChecked = false;
  for (const r of ordered) {
    if (!baselineChecked && r.rv > baseline) {
      check(baselineAt, baseline);
      baselineChecked = true;
    }
    if (r.kind === 'Pod') {
      if (r.object === undefined) pods.delete(r.name);
      else pods.set(r.name, r.object);
    } else if (r.kind === 'EndpointSlice') {
      if (r.object === undefined) slices.delete(r.name);
      else slices.set(r.name, r.object as EndpointSlice);
    } else {
      const before = JSON.stringify(svc?.spec.selector);
      svc = r.object as Service | undefined;
      const after = svc?.spec.selector;
      if (JSON.stringify(after) !== before || selectors.length === 0) selectors.push({ at: r.at, rv: r.rv, selector: after === undefined ? undefined : { ...after } });
    }
    if (baselineChecked) check(r.at, r.rv);
  }
  if (!baselineChecked) check(baselineAt, baseline);
  return { violations, selectors };
}

/**
 * The responses the sample app answered from a pod that was not Ready=True at any moment of the
 * request (per the observer's record of the apiserver), or from a pod the observer never saw.
 * Zero-downtime routing means this is empty. Answers without a pod (a proxy's own 5xx) are not
 * judged here; they are failures in the LoadReport already.
 */
export function assertServedByReadyPods(report: LoadReport, observer: RouteObserver): LoadResponse[] {
  return report.responses.filter((r) => r.pod !== undefined && observer.podReadyDuring(r.pod, r.at, r.at + r.latencyMs) !== true);
}
