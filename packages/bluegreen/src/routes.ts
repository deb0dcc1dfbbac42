// How user traffic reaches a colour. The stable Service's selector is always the last word for
// in-cluster traffic and for the `service` method; the weighted methods put a gateway or an
// ingress controller in front that splits external traffic between the two colour Services.
import { ConfigurationError } from '@pipeline/core';
import { isConflict, isKubeApiError, splitApiVersion, UnservedKindError } from '@pipeline/kube';
import type { KubeClient, KubeObject, ObjectRef } from '@pipeline/kube';
import { colourServiceName, otherColour } from './convention.ts';
import type { Colour } from './convention.ts';

export const ROUTE_METHODS = ['service', 'gateway-api', 'ingress-nginx'] as const;
export type RouteMethod = (typeof ROUTE_METHODS)[number];

export interface RouteSpec {
  method: RouteMethod;
  /** The HTTPRoute or Ingress carrying user traffic; defaults to the Service's name. */
  name?: string;
}

export interface RouteTarget {
  namespace: string;
  service: string;
}

export interface TrafficRoute {
  readonly method: RouteMethod;
  /** Whether partial weights exist; the `service` method moves all traffic at once. */
  readonly weighted: boolean;
  /** `gateway-api/<name>` and the like: recorded on the Service so a rollback elsewhere can settle it. */
  readonly id: string;
  /** Fails with a ConfigurationError when the route cannot work: a missing CRD or route object. */
  check(signal?: AbortSignal): Promise<void>;
  /** Sends `percent` of the route's traffic to `target`, the rest to the other colour. */
  shift(target: Colour, percent: number, signal?: AbortSignal): Promise<void>;
  /** All of the route's traffic on `colour`; called once the stable Service selects it. */
  settle(colour: Colour, signal?: AbortSignal): Promise<void>;
  /** The weights now, as percent per colour (undefined when the route does not say). */
  weights(signal?: AbortSignal): Promise<Partial<Record<Colour, number>> | undefined>;
}

export function parseRouteId(id: string | undefined): RouteSpec | undefined {
  if (id === undefined || id === '') return undefined;
  const [method, name] = id.split('/', 2);
  if (!(ROUTE_METHODS as readonly string[]).includes(method ?? '')) return undefined;
  return { method: method as RouteMethod, ...(name === undefined || name === '' ? {} : { name }) };
}

export function createRoute(client: KubeClient, target: RouteTarget, spec: RouteSpec): TrafficRoute {
  switch (spec.method) {
    case 'service':
      return {
        method: 'service',
        weighted: false,
        id: 'service',
        check: () => Promise.resolve(),
        shift: () => Promise.resolve(),
        settle: () => Promise.resolve(),
        weights: () => Promise.resolve(undefined),
      };
    case 'gateway-api':
      return new GatewayRoute(client, target, spec.name ?? target.service);
    case 'ingress-nginx':
      return new IngressNginxRoute(client, target, spec.name ?? target.service);
  }
}

interface BackendRef {
  group?: string;
  kind?: string;
  name: string;
  namespace?: string;
  port?: number;
  weight?: number;
  [field: string]: unknown;
}

interface HttpRouteRule {
  backendRefs?: BackendRef[];
  [field: string]: unknown;
}

interface HttpRoute extends KubeObject {
  spec?: { rules?: HttpRouteRule[]; [field: string]: unknown };
}

const HTTP_ROUTE_VERSIONS = ['gateway.networking.k8s.io/v1', 'gateway.networking.k8s.io/v1beta1'];
const GATEWAY_GROUP = 'gateway.networking.k8s.io';
/** Conditional writes of the HTTPRoute before a conflict is given up on (another writer keeps changing its rules). */
const CONFLICT_ATTEMPTS = 5;

/**
 * Gateway API: in every rule of the HTTPRoute that sends traffic to this service (the stable
 * Service or either colour Service), the backendRefs become the two colour Services with weights.
 * Other rules and other backends are left as they are.
 *
 * The route as last read or written is kept, so a step writes without reading first. Every write
 * is conditional on the route's generation (see write), so a copy that has gone stale costs a
 * retry, never someone else's change.
 */
class GatewayRoute implements TrafficRoute {
  readonly method = 'gateway-api' as const;
  readonly weighted = true;
  readonly id: string;
  private apiVersion: string | undefined;
  private known: HttpRoute | undefined;

  constructor(private readonly client: KubeClient, private readonly target: RouteTarget, private readonly name: string) {
    this.id = `gateway-api/${name}`;
  }

  private async version(): Promise<string> {
    if (this.apiVersion !== undefined) return this.apiVersion;
    // The group's document lists its versions: one request, where asking each version in turn
    // costs two for every version the cluster does not serve.
    const served = await this.client.discovery.servedVersions(GATEWAY_GROUP);
    for (const apiVersion of HTTP_ROUTE_VERSIONS.filter((v) => served.includes(splitApiVersion(v).version))) {
      try {
        await this.client.resource(apiVersion, 'HTTPRoute');
        this.apiVersion = apiVersion;
        return apiVersion;
      } catch (error) {
        if (!(error instanceof UnservedKindError)) throw error;
      }
    }
    throw new ConfigurationError(
      `route-method 'gateway-api' needs the Gateway API HTTPRoute CRD (gateway.networking.k8s.io v1 or v1beta1), which this cluster does not serve; install the Gateway API CRDs, or use route-method 'service' or 'ingress-nginx'`,
      { input: 'route-method' },
    );
  }

  private async ref(): Promise<ObjectRef> {
    return { apiVersion: await this.version(), kind: 'HTTPRoute', namespace: this.target.namespace, name: this.name };
  }

  private async read(signal?: AbortSignal): Promise<HttpRoute> {
    const route = await this.client.find<HttpRoute>(await this.ref(), signal);
    if (route === undefined) {
      this.known = undefined;
      throw new ConfigurationError(`HTTPRoute ${this.target.namespace}/${this.name} does not exist; create it with a rule whose backendRefs name Service '${this.target.service}' (or set 'route' to the HTTPRoute that carries its traffic)`, { input: 'route' });
    }
    this.known = route;
    return route;
  }

  private ours(ref: BackendRef): boolean {
    if ((ref.kind ?? 'Service') !== 'Service' || (ref.group ?? '') !== '' || (ref.namespace ?? this.target.namespace) !== this.target.namespace) return false;
    const s = this.target.service;
    return ref.name === s || ref.name === colourServiceName(s, 'blue') || ref.name === colourServiceName(s, 'green');
  }

  async check(signal?: AbortSignal): Promise<void> {
    const route = await this.read(signal);
    if (!(route.spec?.rules ?? []).some((rule) => (rule.backendRefs ?? []).some((ref) => this.ours(ref)))) {
      throw new ConfigurationError(`HTTPRoute ${this.target.namespace}/${this.name} has no rule with a backendRef to Service '${this.target.service}'; add one so bluegreen-deploy can weight it between the colours`, { input: 'route' });
    }
  }

  async shift(target: Colour, percent: number, signal?: AbortSignal): Promise<void> {
    let route = this.known;
    let fresh = false;
    for (let attempt = 1; ; attempt++) {
      if (route === undefined) {
        route = await this.read(signal);
        fresh = true;
      }
      const rules = this.rulesFor(route, target, percent);
      if (rules === undefined) {
        // Settling a route that already carries these weights (after the last step, or a rollback
        // before any shift) needs no write; but only a fresh read can tell that, not a kept copy.
        if (fresh) return;
        route = undefined;
        continue;
      }
      try {
        this.known = await this.write(route, rules, signal);
        return;
      } catch (error) {
        if (attempt >= CONFLICT_ATTEMPTS || signal?.aborted === true) throw error;
        if (isConflict(error)) {
          route = undefined;
          continue;
        }
        // 422 is both a failed test (the route changed since our copy) and an invalid route: a
        // read tells them apart.
        if (!isKubeApiError(error, 422)) throw error;
        const now = await this.read(signal);
        if (sameVersion(now, route)) throw error;
        route = now;
        fresh = true;
      }
    }
  }

  /** The route's rules with this service's backends weighted `percent` to `target`; undefined when they already are. */
  private rulesFor(route: HttpRoute, target: Colour, percent: number): HttpRouteRule[] | undefined {
    const s = this.target.service;
    let changed = false;
    const rules = (route.spec?.rules ?? []).map((rule) => {
      const refs = rule.backendRefs ?? [];
      const mine = refs.filter((ref) => this.ours(ref));
      if (mine.length === 0) return rule;
      const port = mine.find((ref) => ref.port !== undefined)?.port;
      const ref = (name: string, weight: number): BackendRef => ({ name, ...(port === undefined ? {} : { port }), weight });
      const other = colourServiceName(s, otherColour(target));
      // Until the route has been split between the colours once (a first deploy, or a route
      // that still names the stable Service), the rest of the traffic stays where it went
      // before: the other colour's Service may have no pods at all.
      const rest = percent < 100 && !mine.some((r) => r.name === other) ? s : other;
      const wanted = [ref(colourServiceName(s, target), percent), ref(rest, 100 - percent)];
      if (!sameWeights(mine, wanted)) changed = true;
      return { ...rule, backendRefs: [...refs.filter((r) => !this.ours(r)), ...wanted] };
    });
    return changed ? rules : undefined;
  }

  /**
   * Replaces the rules only if nobody changed the route's spec since `route` was read: a JSON
   * patch whose tests the apiserver evaluates atomically with the write. The generation moves with
   * every change of spec but, unlike the resourceVersion, not with the status a gateway controller
   * writes after each change, so a step is not sent back to read again by the controller's own
   * bookkeeping. A failed test answers 422.
   */
  private async write(route: HttpRoute, rules: HttpRouteRule[], signal?: AbortSignal): Promise<HttpRoute> {
    const m = route.metadata;
    const tests = [
      ...(m.uid === undefined ? [] : [{ op: 'test', path: '/metadata/uid', value: m.uid }]),
      m.generation === undefined
        ? { op: 'test', path: '/metadata/resourceVersion', value: m.resourceVersion ?? '' }
        : { op: 'test', path: '/metadata/generation', value: m.generation },
    ];
    const path = await this.client.pathOf(await this.ref());
    // Nothing is written once the lock is lost: another run owns the route then.
    signal?.throwIfAborted();
    return this.client.request<HttpRoute>({
      method: 'PATCH',
      path,
      contentType: 'application/json-patch+json',
      body: [...tests, { op: 'replace', path: '/spec/rules', value: rules }],
      query: { fieldManager: this.client.fieldManager },
      // A repeat cannot apply twice: once the first copy landed, the generation test fails.
      idempotent: true,
    });
  }

  settle(colour: Colour, signal?: AbortSignal): Promise<void> {
    return this.shift(colour, 100, signal);
  }

  async weights(signal?: AbortSignal): Promise<Partial<Record<Colour, number>> | undefined> {
    const route = await this.read(signal);
    const out: Partial<Record<Colour, number>> = {};
    for (const rule of route.spec?.rules ?? []) {
      for (const ref of rule.backendRefs ?? []) {
        for (const colour of ['blue', 'green'] as const) {
          if (this.ours(ref) && ref.name === colourServiceName(this.target.service, colour)) out[colour] = ref.weight ?? 1;
        }
      }
    }
    return Object.keys(out).length === 0 ? undefined : out;
  }
}

/** Whether two copies of a route carry the version a write of ours is conditional on. */
function sameVersion(a: HttpRoute, b: HttpRoute): boolean {
  if (a.metadata.uid !== b.metadata.uid) return false;
  return a.metadata.generation === undefined ? a.metadata.resourceVersion === b.metadata.resourceVersion : a.metadata.generation === b.metadata.generation;
}

/** Whether the refs already send these weights to these Services (the API server's defaults aside). */
function sameWeights(refs: readonly BackendRef[], wanted: readonly BackendRef[]): boolean {
  const weights = (list: readonly BackendRef[]) => JSON.stringify(list.map((r) => [r.name, r.port ?? null, r.weight ?? 1]).sort());
  return weights(refs) === weights(wanted);
}

interface IngressBackend {
  service?: { name?: string; [field: string]: unknown };
  [field: string]: unknown;
}

interface IngressRule {
  http?: { paths?: { backend?: IngressBackend; [field: string]: unknown }[]; [field: string]: unknown };
  [field: string]: unknown;
}

interface Ingress extends KubeObject {
  spec?: { ingressClassName?: string; rules?: IngressRule[]; tls?: unknown[]; defaultBackend?: IngressBackend; [field: string]: unknown };
}

/** The Services an Ingress's rules send traffic to. */
const ruleServices = (rules: readonly IngressRule[] | undefined): string[] =>
  (rules ?? []).flatMap((r) => (r.http?.paths ?? []).map((p) => p.backend?.service?.name)).filter((n): n is string => n !== undefined);

/** The rules with every path that goes to Service `from` sent to `to` instead. */
function retarget(rules: readonly IngressRule[], from: string, to: string): IngressRule[] {
  return rules.map((rule) => rule.http === undefined ? rule : {
    ...rule,
    http: {
      ...rule.http,
      paths: (rule.http.paths ?? []).map((p) => (p.backend?.service?.name === from ? { ...p, backend: { ...p.backend, service: { ...p.backend.service, name: to } } } : p)),
    },
  });
}

const CANARY = 'nginx.ingress.kubernetes.io/canary';
const CANARY_WEIGHT = 'nginx.ingress.kubernetes.io/canary-weight';

/**
 * ingress-nginx: the main Ingress keeps pointing at the stable Service; a canary Ingress
 * `<name>-canary` with the same hosts and paths points at the new colour's Service and carries
 * the canary weight. Settling sets the weight to 0, leaving all traffic on the stable Service.
 */
class IngressNginxRoute implements TrafficRoute {
  readonly method = 'ingress-nginx' as const;
  readonly weighted = true;
  readonly id: string;

  constructor(private readonly client: KubeClient, private readonly target: RouteTarget, private readonly name: string) {
    this.id = `ingress-nginx/${name}`;
  }

  private get canaryName(): string {
    return `${this.name}-canary`;
  }

  private async main(signal?: AbortSignal): Promise<Ingress> {
    const ingress = await this.client.find<Ingress>({ apiVersion: 'networking.k8s.io/v1', kind: 'Ingress', namespace: this.target.namespace, name: this.name }, signal);
    if (ingress === undefined) {
      throw new ConfigurationError(`Ingress ${this.target.namespace}/${this.name} does not exist; route-method 'ingress-nginx' needs the Ingress that sends traffic to Service '${this.target.service}' (set 'route' to its name)`, { input: 'route' });
    }
    return ingress;
  }

  async check(signal?: AbortSignal): Promise<void> {
    const ingress = await this.main(signal);
    const services = [...ruleServices(ingress.spec?.rules), ingress.spec?.defaultBackend?.service?.name];
    if (!services.includes(this.target.service)) {
      throw new ConfigurationError(`Ingress ${this.target.namespace}/${this.name} has no backend Service '${this.target.service}'; its rules must send traffic to the stable Service`, { input: 'route' });
    }
  }

  async shift(target: Colour, percent: number, signal?: AbortSignal): Promise<void> {
    const main = await this.main(signal);
    const backend = colourServiceName(this.target.service, target);
    // The canary copies the main Ingress's hosts and paths, with every backend of the stable Service swapped for the colour's.
    const rules = retarget(main.spec?.rules ?? [], this.target.service, backend);
    await this.client.apply({
      apiVersion: 'networking.k8s.io/v1',
      kind: 'Ingress',
      metadata: {
        name: this.canaryName,
        namespace: this.target.namespace,
        labels: { 'app.kubernetes.io/managed-by': 'pipeline', 'pipeline.dev/service': this.target.service },
        annotations: { ...canaryAnnotations(main), [CANARY]: 'true', [CANARY_WEIGHT]: String(percent) },
      },
      spec: { ...(main.spec?.ingressClassName === undefined ? {} : { ingressClassName: main.spec.ingressClassName }), rules },
    }, { force: true, ...(signal === undefined ? {} : { signal }) });
  }

  async settle(_colour: Colour, signal?: AbortSignal): Promise<void> {
    const canary = await this.client.find<Ingress>({ apiVersion: 'networking.k8s.io/v1', kind: 'Ingress', namespace: this.target.namespace, name: this.canaryName }, signal);
    if (canary === undefined || canary.metadata.annotations?.[CANARY_WEIGHT] === '0') return;
    await this.client.mergePatch({ apiVersion: 'networking.k8s.io/v1', kind: 'Ingress', namespace: this.target.namespace, name: this.canaryName }, { metadata: { annotations: { [CANARY_WEIGHT]: '0' } } });
  }

  async weights(signal?: AbortSignal): Promise<Partial<Record<Colour, number>> | undefined> {
    const canary = await this.client.find<Ingress>({ apiVersion: 'networking.k8s.io/v1', kind: 'Ingress', namespace: this.target.namespace, name: this.canaryName }, signal);
    const weight = Number(canary?.metadata.annotations?.[CANARY_WEIGHT] ?? 0);
    const backend = (['blue', 'green'] as const).find((c) => ruleServices(canary?.spec?.rules).includes(colourServiceName(this.target.service, c)));
    if (backend === undefined) return undefined;
    return { [backend]: weight, [otherColour(backend)]: 100 - weight };
  }
}

/** ingress-nginx copies no annotation from the main Ingress to a canary except these, which must match. */
function canaryAnnotations(main: Ingress): Record<string, string> {
  const keep = ['kubernetes.io/ingress.class'];
  return Object.fromEntries(Object.entries(main.metadata.annotations ?? {}).filter(([k]) => keep.includes(k)));
}
