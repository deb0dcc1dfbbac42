// Turns the user's manifests into what one colour needs: the colour Deployment, the two colour
// Services, the stable Service (selector pinned to the colour that serves now) and the rest as given.
import { createHash } from 'node:crypto';
import { ConfigurationError } from '@pipeline/core';
import type { Deployment, KubeObject, Manifest, ManifestSource } from '@pipeline/kube';
import { describeSource } from '@pipeline/kube';
import { colourServiceName, deploymentName, LABELS, MANAGED_BY } from './convention.ts';
import type { Colour } from './convention.ts';

export interface ServiceObject extends KubeObject {
  spec?: { selector?: Record<string, string>; ports?: Record<string, unknown>[]; type?: string; [field: string]: unknown };
}

interface PodTemplate {
  metadata?: { labels?: Record<string, string>; annotations?: Record<string, string> };
  spec?: Record<string, unknown>;
}

export interface RenderInput {
  namespace: string;
  service: string;
  manifests: readonly Manifest[];
  /** The stable Service as it is in the cluster, when it exists. */
  live: ServiceObject | undefined;
  /** The label that carries the colour (from the live Service, else `color`). */
  colourLabel: string;
  /** The colour being deployed, and the one the stable Service selects meanwhile. */
  target: Colour;
  /**
   * The colour the stable Service selects meanwhile. Undefined when nothing serves by colour yet:
   * a new Service selects the target (it has no users), and an existing colourless one keeps its
   * selector until the switch, so its pods serve while the new colour rolls out.
   */
  serving: Colour | undefined;
}

export interface Rendered {
  /** The base name of the colour Deployments. */
  deploymentName: string;
  /** The selector without the colour: the service's identity. */
  identity: Record<string, string>;
  /**
   * A digest of the pod template and of the other objects as the user wrote them: the same
   * manifests give the same revision, and a changed ConfigMap is a new revision too.
   */
  revision: string;
  deployment: Deployment;
  replicas: number;
  /** Where the user's Deployment came from, for messages. */
  source: ManifestSource | undefined;
  stable: ServiceObject;
  colourServices: Record<Colour, ServiceObject>;
  /** Everything else from the manifests, unchanged. */
  others: Manifest[];
  /** Route objects (HTTPRoute/Ingress) the user gave; applied only when the route does not exist yet. */
  routeObjects: Manifest[];
}

const sha = (value: unknown): string => createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 12);

const isKind = (object: KubeObject, apiGroup: string, kind: string): boolean => object.kind === kind && object.apiVersion.split('/').slice(0, -1).join('/') === apiGroup;

function matches(labels: Record<string, string> | undefined, selector: Record<string, string>): boolean {
  return Object.entries(selector).every(([k, v]) => labels?.[k] === v);
}

/**
 * Finds the user's Deployment for the service and renders the colour objects. Errors name the
 * manifest and say what the manifests need.
 */
export function render(input: RenderInput, routeName: string | undefined): Rendered {
  const { namespace, service, colourLabel } = input;
  const inManifests = input.manifests.find((m) => isKind(m.object, '', 'Service') && m.object.metadata.name === service);
  const declared = (inManifests?.object ?? input.live) as ServiceObject | undefined;
  if (declared === undefined) {
    throw new ConfigurationError(`Service ${namespace}/${service} does not exist and the manifests do not define it; add the stable Service (the one users reach) to 'manifests', or fix 'service'`, { input: 'service' });
  }
  const identity = Object.fromEntries(Object.entries(declared.spec?.selector ?? {}).filter(([k]) => k !== 'color' && k !== 'colour' && k !== colourLabel));
  if (Object.keys(identity).length === 0) {
    throw new ConfigurationError(`Service ${namespace}/${service} has no selector besides the colour; its selector must name the app (for example app: ${service}) so that it can tell this service's pods from others'`, { input: 'service' });
  }
  const candidates = input.manifests.filter((m) => isKind(m.object, 'apps', 'Deployment') && matches((m.object.spec as { template?: PodTemplate } | undefined)?.template?.metadata?.labels, identity));
  if (candidates.length === 0) {
    const deployments = input.manifests.filter((m) => isKind(m.object, 'apps', 'Deployment')).map((m) => m.object.metadata.name);
    throw new ConfigurationError(
      `The manifests have no Deployment whose pod labels match Service '${service}' (selector ${JSON.stringify(identity)} plus the colour); ${deployments.length === 0 ? 'they contain no Deployment at all' : `Deployments found: ${deployments.join(', ')}`}. Add the service's Deployment, or fix 'service'`,
      { input: 'manifests' },
    );
  }
  if (candidates.length > 1) {
    throw new ConfigurationError(`Several Deployments in the manifests match Service '${service}': ${candidates.map((m) => `${m.object.metadata.name} (${describeSource(m.source)})`).join(', ')}; a blue/green service has exactly one`, { input: 'manifests' });
  }
  const source = candidates[0] as Manifest;
  const user = source.object as Deployment;
  const base = user.metadata.name;
  const spec = (user.spec ?? {}) as Record<string, unknown> & { template?: PodTemplate; selector?: { matchLabels?: Record<string, string> }; replicas?: number };
  const template = spec.template ?? {};
  const routeKinds = (m: Manifest) => (isKind(m.object, 'gateway.networking.k8s.io', 'HTTPRoute') || isKind(m.object, 'networking.k8s.io', 'Ingress')) && m.object.metadata.name === (routeName ?? service);
  const given = input.manifests.filter((m) => m !== source && m !== inManifests && !routeKinds(m));
  // Hashed as written (without what the server owns), before the namespace is filled in: one
  // release has one revision in every tenant, and an exported manifest the same as a clean one.
  const revision = sha({ template, replicas: spec.replicas, others: given.map((m) => withoutServerFields(m.object)) });
  const others = given.map((m) => withNamespace(m, namespace));
  const colourLabels = (colour: Colour) => ({ [colourLabel]: colour });
  const managed = { [LABELS.managedBy]: MANAGED_BY, [LABELS.service]: service };
  const deployment: Deployment = {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: {
      ...userMetadata(user),
      name: deploymentName(base, input.target),
      namespace,
      labels: { ...user.metadata.labels, ...managed, ...colourLabels(input.target), [LABELS.revision]: revision },
      annotations: { ...user.metadata.annotations, [LABELS.revision]: revision },
    },
    spec: {
      ...spec,
      selector: { ...spec.selector, matchLabels: { ...spec.selector?.matchLabels, ...identity, ...colourLabels(input.target) } },
      template: {
        ...template,
        metadata: { ...template.metadata, labels: { ...template.metadata?.labels, ...colourLabels(input.target), [LABELS.revision]: revision } },
      },
    },
  };
  const ports = (declared.spec?.ports ?? []).map((p) => ({ protocol: 'TCP', ...p }));
  const colourService = (colour: Colour): ServiceObject => ({
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name: colourServiceName(service, colour), namespace, labels: { ...managed, [LABELS.role]: 'colour', ...colourLabels(colour) } },
    spec: { selector: { ...identity, ...colourLabels(colour) }, ports: ports.map((p) => stripNodePort(p)) },
  });
  // The allocated cluster IPs are the server's to keep; applying a live copy must not claim them.
  const { clusterIP: _ip, clusterIPs: _ips, ...declaredSpec } = declared.spec ?? {};
  const pinned = input.serving ?? (input.live === undefined ? input.target : undefined);
  const stableSpec = { ...declaredSpec, selector: pinned === undefined ? identity : { ...identity, ...colourLabels(pinned) } };
  const stable: ServiceObject = {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: {
      name: service,
      namespace,
      ...(declared.metadata.labels === undefined ? {} : { labels: declared.metadata.labels }),
      // Only the user's annotations: the pipeline.dev/* state is written by merge patch, under its own field ownership.
      ...(inManifests?.object.metadata.annotations === undefined ? {} : { annotations: inManifests.object.metadata.annotations }),
    },
    spec: { ...stableSpec, ports },
  };
  return {
    deploymentName: base,
    identity,
    revision,
    deployment,
    replicas: typeof spec.replicas === 'number' ? spec.replicas : 1,
    source: source.source,
    stable,
    colourServices: { blue: colourService('blue'), green: colourService('green') },
    others,
    routeObjects: input.manifests.filter(routeKinds).map((m) => withNamespace(m, namespace)),
  };
}

/**
 * The user's metadata without what the server owns: a manifest exported with `kubectl get -o yaml`
 * carries a resourceVersion and uid, which server-side apply takes as preconditions and refuses
 * (409) for the colour Deployment, a new object, and for any object changed since the export.
 */
function userMetadata(object: KubeObject): KubeObject['metadata'] {
  const {
    uid: _uid, resourceVersion: _rv, generation: _generation, creationTimestamp: _created, deletionTimestamp: _deleted,
    deletionGracePeriodSeconds: _grace, managedFields: _managed, selfLink: _self, ...rest
  } = object.metadata;
  return rest;
}

function stripNodePort(port: Record<string, unknown>): Record<string, unknown> {
  const { nodePort: _drop, ...rest } = port;
  return rest;
}

const CLUSTER_SCOPED = new Set(['Namespace', 'ClusterRole', 'ClusterRoleBinding', 'CustomResourceDefinition', 'PriorityClass', 'StorageClass']);

function withoutServerFields(object: KubeObject): KubeObject {
  const { status: _status, ...rest } = object;
  return { ...rest, metadata: userMetadata(object) };
}

function withNamespace(m: Manifest, namespace: string): Manifest {
  const object = withoutServerFields(m.object);
  if (CLUSTER_SCOPED.has(m.object.kind) || object.metadata.namespace !== undefined) return { ...m, object };
  return { ...m, object: { ...object, metadata: { ...object.metadata, namespace } } };
}
