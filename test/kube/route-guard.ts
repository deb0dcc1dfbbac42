// A stricter judge of a stable Service's routing, for tests that move a Service's selector from
// one set of pods to another (blue/green): observeRoute's rules (no ready endpoint of an unready
// pod, no black hole) plus "a pod only ever becomes selected while it is Ready", which is what
// "the stable route never points at pods that are not ready" means for a selector switch.
// It records every change with its resourceVersion, like observeRoute, and can record more kinds
// (a Lease, to see who held a lock when each change was written).
import { endpointSliceVersion, SERVICE_NAME_LABEL } from './endpoint-tracker.ts';
import type { Service } from './endpoint-tracker.ts';
import { reflect } from './kube-http.ts';
import type { KubeHttp, KubeObject, Reflector } from './kube-http.ts';
import type { Pod } from './pod-types.ts';
import { replayRoute } from './route-observer.ts';
import type { RouteChange, RouteViolation, SelectorChange } from './route-observer.ts';

/** One change as received, of any kind. */
export interface RecordedChange {
  /** Arrival order, to break ties between changes of the same resourceVersion. */
  seq: number;
  /** Date.now() when it was received. */
  at: number;
  /** etcd's revision: one order across all kinds. */
  rv: number;
  kind: string;
  type: 'ADDED' | 'MODIFIED' | 'DELETED';
  name: string;
  object: KubeObject | undefined;
}

export interface RecordSource {
  kind: string;
  /** Collection path, e.g. /api/v1/namespaces/x/pods. */
  path: string;
  labelSelector?: string;
  fieldSelector?: string;
}

export interface ChangeRecorder {
  /** Everything received so far, in resourceVersion order. */
  changes(kind?: string): RecordedChange[];
  /** Where the initial lists meet: changes at or below it describe the starting state. */
  readonly baselineRv: number;
  readonly baselineAt: number;
  /** Lists after the first one (a 410, a broken stream), per kind. */
  relists(): Record<string, number>;
  stop(): void;
}

/**
 * Lists, then watches each source from the list's resourceVersion; a watch that ends resumes,
 * one that fails or answers 410 lists again and records the differences as changes. Talks to
 * whatever `kube` points at: give it the apiserver itself to observe independently of a fault proxy.
 */
export async function recordChanges(kube: KubeHttp, sources: readonly RecordSource[], log: (line: string) => void): Promise<ChangeRecorder> {
  const records: RecordedChange[] = [];
  const relists: Record<string, number> = {};
  const firstList: number[] = [];
  let seq = 0;
  const record = (kind: string, type: RecordedChange['type'], name: string, object: KubeObject | undefined, rv: number) => {
    records.push({ seq: seq++, at: Date.now(), rv, kind, type, name, object });
  };

  const reflectors: Reflector<KubeObject>[] = [];
  const follow = (source: RecordSource): Promise<void> => {
    const reflector = reflect<KubeObject>(kube, {
      path: source.path,
      ...(source.labelSelector === undefined ? {} : { labelSelector: source.labelSelector }),
      ...(source.fieldSelector === undefined ? {} : { fieldSelector: source.fieldSelector }),
      retryDelayMs: 300,
      onChange: (type, object, rv) => record(source.kind, type, object.metadata.name, type === 'DELETED' ? undefined : object, rv),
      onList: (listRv, first) => {
        if (first) firstList.push(listRv);
        else relists[source.kind] = (relists[source.kind] ?? 0) + 1;
      },
      onError: (error) => log(`${source.kind} watch: ${String(error)}`),
    });
    reflectors.push(reflector);
    return reflector.synced;
  };

  await Promise.all(sources.map(follow));
  const baselineAt = Date.now();
  const baselineRv = Math.max(0, ...firstList);
  return {
    changes: (kind) => records.filter((r) => kind === undefined || r.kind === kind).sort((a, b) => a.rv - b.rv || a.seq - b.seq),
    baselineRv,
    baselineAt,
    relists: () => ({ ...relists }),
    stop: () => {
      for (const r of reflectors) r.stop();
    },
  };
}

export interface UnreadySelection {
  kind: 'unready-selected';
  at: number;
  rv: number;
  pod: string;
  selector: Record<string, string>;
  message: string;
}

export type GuardViolation = RouteViolation | UnreadySelection;

const isReady = (pod: KubeObject | undefined): boolean => (pod as Pod | undefined)?.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True') === true;
const selects = (selector: Record<string, string>, pod: KubeObject): boolean => Object.entries(selector).every(([k, v]) => pod.metadata.labels?.[k] === v);

/**
 * Pods that became selected by the Service while not Ready: through a selector change, or by
 * appearing (or being relabelled) under the live selector, as when a serving set of pods is
 * rolled in place. A selected pod that later fails a probe is not counted: that is the kubelet's
 * news, and the EndpointSlice rule judges how it is routed.
 */
export function unreadySelections(changes: readonly RecordedChange[], options: { namespace: string; service: string; baselineRv: number; baselineAt: number }): UnreadySelection[] {
  const pods = new Map<string, KubeObject>();
  let selector: Record<string, string> | undefined;
  let selected = new Set<string>();
  const out: UnreadySelection[] = [];
  const check = (at: number, rv: number) => {
    const now = new Set<string>();
    if (selector !== undefined && Object.keys(selector).length > 0) {
      for (const pod of pods.values()) {
        if (pod.metadata.deletionTimestamp === undefined && selects(selector, pod)) now.add(pod.metadata.name);
      }
    }
    for (const name of now) {
      if (selected.has(name) || isReady(pods.get(name))) continue;
      out.push({
        kind: 'unready-selected', at, rv, pod: name, selector: { ...selector },
        message: `Service ${options.namespace}/${options.service} selects pod ${name} (selector ${JSON.stringify(selector)}) while it is not Ready (rv ${rv})`,
      });
    }
    selected = now;
  };
  let baselineChecked = false;
  for (const c of changes) {
    if (!baselineChecked && c.rv > options.baselineRv) {
      // The starting state is judged as a whole: every pod selected then counts as newly selected.
      selected = new Set();
      check(options.baselineAt, options.baselineRv);
      baselineChecked = true;
    }
    if (c.kind === 'Pod') {
      if (c.object === undefined) pods.delete(c.name);
      else pods.set(c.name, c.object);
    } else if (c.kind === 'Service' && c.name === options.service) {
      selector = (c.object as Service | undefined)?.spec.selector;
    } else {
      continue;
    }
    if (baselineChecked) check(c.at, c.rv);
  }
  if (!baselineChecked) check(options.baselineAt, options.baselineRv);
  return out;
}

function summarise(c: RecordedChange): string {
  const o = c.object;
  if (o === undefined) return 'deleted';
  if (c.kind === 'Pod') return `Ready=${isReady(o) ? 'True' : 'False'}${o.metadata.deletionTimestamp === undefined ? '' : ' terminating'} labels=${JSON.stringify(o.metadata.labels ?? {})}`;
  if (c.kind === 'Service') return `selector=${JSON.stringify((o as Service).spec.selector ?? {})}`;
  if (c.kind === 'EndpointSlice') {
    const eps = (o as { endpoints?: { conditions?: { ready?: boolean }; targetRef?: { name: string } }[] | null }).endpoints ?? [];
    return eps.map((e) => `${e.targetRef?.name ?? '?'}:${e.conditions?.ready === false ? 'notReady' : 'ready'}`).join(' ') || '(no endpoints)';
  }
  const spec = (o as { spec?: Record<string, unknown> }).spec;
  return spec === undefined ? '' : JSON.stringify(spec);
}

export interface RouteGuard {
  /** Everything wrong so far: observeRoute's rules and unreadySelections. */
  violations(): GuardViolation[];
  /** The recorded changes from `before` revisions before `rv` to `after` after it, one line each: for failure messages. */
  around(rv: number, before?: number, after?: number): string;
  selectorHistory(): SelectorChange[];
  recorder: ChangeRecorder;
  stop(): void;
}

export interface GuardRouteOptions {
  /** Straight to the apiserver, with list/watch on pods, services and endpointslices (and any extra kinds). */
  kube: KubeHttp;
  namespace: string;
  service: string;
  /** More kinds to record alongside, e.g. the Lease of a lock. */
  extra?: readonly RecordSource[];
  log?: (line: string) => void;
}

/** Watches the pods, the stable Service and its EndpointSlices of one namespace, and judges the route from what it saw. */
export async function guardRoute(options: GuardRouteOptions): Promise<RouteGuard> {
  const { kube, namespace, service } = options;
  const log = options.log ?? ((line: string) => process.stderr.write(`[route-guard] ${line}\n`));
  const sliceVersion = await endpointSliceVersion(kube);
  const recorder = await recordChanges(kube, [
    { kind: 'Pod', path: `/api/v1/namespaces/${namespace}/pods` },
    { kind: 'Service', path: `/api/v1/namespaces/${namespace}/services`, fieldSelector: `metadata.name=${service}` },
    { kind: 'EndpointSlice', path: `/apis/discovery.k8s.io/${sliceVersion}/namespaces/${namespace}/endpointslices`, labelSelector: `${SERVICE_NAME_LABEL}=${service}` },
    ...(options.extra ?? []),
  ], log);
  const replay = () => {
    const route = recorder.changes().filter((c): c is RecordedChange & { kind: RouteChange['kind'] } => c.kind === 'Pod' || c.kind === 'Service' || c.kind === 'EndpointSlice');
    return replayRoute(route, { namespace, service, baselineRv: recorder.baselineRv, baselineAt: recorder.baselineAt });
  };
  return {
    violations: () => [
      ...replay().violations,
      ...unreadySelections(recorder.changes(), { namespace, service, baselineRv: recorder.baselineRv, baselineAt: recorder.baselineAt }),
    ].sort((a, b) => a.rv - b.rv),
    selectorHistory: () => replay().selectors,
    around: (rv, before = 12, after = 4) => {
      const all = recorder.changes();
      const at = all.findIndex((c) => c.rv >= rv);
      const from = Math.max(0, (at < 0 ? all.length : at) - before);
      return all.slice(from, (at < 0 ? all.length : at) + after + 1).map((c) => `  rv ${c.rv} +${c.at - recorder.baselineAt} ms ${c.kind} ${c.type} ${c.name}: ${summarise(c)}`).join('\n');
    },
    recorder,
    stop: () => recorder.stop(),
  };
}
