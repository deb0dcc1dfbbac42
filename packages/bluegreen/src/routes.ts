// How user traffic reaches a colour. The stable Service's selector is always the last word for
// in-cluster traffic and for the `service` method; the weighted methods put a gateway or an
// ingress controller in front that splits external traffic between the two colour Services.
import { ConfigurationError } from '@pipeline/core';
import { isConflict, UnservedKindError } from '@pipeline/kube';
import type { KubeClient, KubeObject } from '@pipeline/kube';
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

interface HttpRoute extends KubeObject {
  spec?: { rules?: { backendRefs?: BackendRef[]; [field: string]: unknown }[]; [field: string]: unknown };
}

const HTTP_ROUTE_VERSIONS = ['gateway.networking.k8s.io/v1', 'gateway.networking.k8s.io/v1beta1'];
/** Conditional writes of the HTTPRoute before a conflict is given up on (another writer keeps changing its rules). */
const CONFLICT_ATTEMPTS = 5;

/**
 * Gateway API: in every rule of the HTTPRoute that sends traffic to this service (the stable
 * Service or either colour Service), the backendRefs become the two colour Services with weights.
 * Other rules and other backends are left as they are.
 */
class GatewayRoute implements TrafficRoute {
  readonly method = 'gateway-api' as const;
  readonly weighted = true;
  readonly id: string;
  private apiVersion: string | undefined;

  constructor(private readonly client: KubeClient, private readonly target: RouteTarget, private readonly name: string) {
    this.id = `gateway-api/${name}`;
  }

  private async version(): Promise<string> {
    if (this.apiVersion !== undefined) return this.apiVersion;
    for (const apiVersion of HTTP_ROUTE_VERSIONS) {
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

  private async read(signal?: AbortSignal): Promise<HttpRoute> {
    const apiVersion = await this.version();
    const route = await this.client.find<HttpRoute>({ apiVersion, kind: 'HTTPRoute', namespace: this.target.namespace, name: this.name }, signal);
    if (route === undefined) {
      throw new ConfigurationError(`HTTPRoute ${this.target.namespace}/${this.name} does not exist; create it with a rule whose backendRefs name Service '${this.target.service}' (or set 'route' to the HTTPRoute that carries its traffic)`, { input: 'route' });
    }
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
    // A gateway controller writes the route's status after each change, which moves its
    // resourceVersion too: on a conflict, read the route again and recompute.
    for (let attempt = 1; ; attempt++) {
      try {
        await this.shiftOnce(target, percent, signal);
        return;
      } catch (error) {
        if (!isConflict(error) || attempt >= CONFLICT_ATTEMPTS || signal?.aborted === true) throw error;
      }
    }
  }

  private async shiftOnce(target: Colour, percent: number, signal?: AbortSignal): Promise<void> {
    const route = await this.read(signal);
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
    // Settling a route that already carries these weights (after the last step, or a rollback
    // before any shift) needs no write.
    if (!changed) return;
    // The resourceVersion makes the merge patch conditional: a concurrent edit fails with 409 instead of being overwritten.
    await this.client.mergePatch(
      { apiVersion: await this.version(), kind: 'HTTPRoute', namespace: this.target.namespace, name: this.name },
      { metadata: { resourceVersion: route.metadata.resourceVersion }, spec: { rules } },
    );
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
