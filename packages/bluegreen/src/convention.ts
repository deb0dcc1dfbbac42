// The blue/green convention that bluegreen-deploy writes and rollback-guard reads.
//
// - A stable Service whose selector carries a colour label (`color` or `colour`) with the value
//   `blue` or `green`; the rest of the selector is the service's identity.
// - Deployments `<deployment>-blue` and `<deployment>-green` (the base name is recorded on the
//   Service; it defaults to the Service's name), whose pods carry the colour label, and one
//   Service per colour, `<service>-blue` / `<service>-green`: the preview of a colour and the
//   backend that weighted routes point at.
// - State in annotations on the stable Service (ANNOTATIONS below). The selector, not an
//   annotation, is what traffic follows, so it is the source of truth for the active colour.
import { ConfigurationError } from '@pipeline/core';
import { isNotFound } from '@pipeline/kube';
import type { KubeClient, KubeObject } from '@pipeline/kube';

export const COLOURS = ['blue', 'green'] as const;
export type Colour = (typeof COLOURS)[number];

const PREFIX = 'pipeline.dev';
export const ANNOTATIONS = {
  activeColour: `${PREFIX}/active-color`,
  previousColour: `${PREFIX}/previous-color`,
  activeRevision: `${PREFIX}/active-revision`,
  previousRevision: `${PREFIX}/previous-revision`,
  /** Replicas the previous colour ran with before it was scaled down, so a rollback restores its capacity. */
  previousReplicas: `${PREFIX}/previous-replicas`,
  deploymentId: `${PREFIX}/deployment-id`,
  failedColour: `${PREFIX}/failed-color`,
  failedRevision: `${PREFIX}/failed-revision`,
  rolledBackAt: `${PREFIX}/rolled-back-at`,
  rollbackReason: `${PREFIX}/rollback-reason`,
  /** The base name of the colour Deployments (`<name>-blue`), when it is not the Service's name. */
  deploymentName: `${PREFIX}/deployment-name`,
  /** JSON Progress of a deploy that has started and not finished: what a re-run resumes or undoes. */
  progress: `${PREFIX}/progress`,
  /** When the previous colour may be scaled down (ISO 8601); absent once it has been. */
  scaleDownAt: `${PREFIX}/scale-down-at`,
  promotedAt: `${PREFIX}/promoted-at`,
  /** How traffic reaches the colours (`service`, `gateway-api/<route>`, `ingress-nginx/<ingress>`). */
  route: `${PREFIX}/route`,
} as const;

/** Labels bluegreen-deploy puts on what it creates, so they can be found and told apart. */
export const LABELS = {
  managedBy: 'app.kubernetes.io/managed-by',
  service: `${PREFIX}/service`,
  role: `${PREFIX}/role`,
  revision: `${PREFIX}/revision`,
} as const;
export const MANAGED_BY = 'pipeline';

export interface Service extends KubeObject {
  spec?: { selector?: Record<string, string>; [field: string]: unknown };
}

export interface BlueGreenState {
  namespace: string;
  service: string;
  /** The selector key that carries the colour. */
  colourLabel: string;
  /** The selector without the colour: the service's identity (what metric templates select on). */
  labels: Record<string, string>;
  /** The colour the stable Service selects now. */
  active: Colour;
  /** The other colour: the rollback target. */
  previous: Colour;
  activeRevision: string | undefined;
  previousRevision: string | undefined;
  previousReplicas: number | undefined;
  deploymentId: number | undefined;
  resourceVersion: string | undefined;
  /** Base name of the colour Deployments. */
  deploymentName: string;
  /** An unfinished deploy, as recorded by the run that started it. */
  progress: Progress | undefined;
  /** Epoch ms after which the previous colour may be scaled down. */
  scaleDownAt: number | undefined;
  /** Epoch ms of the last full switch (a promotion or a rollback): since then the previous colour serves no traffic. */
  switchedAt: number | undefined;
  /** The recorded route (see ANNOTATIONS.route); undefined means the selector alone. */
  routeId: string | undefined;
}

/** Where a deploy stands; written to the stable Service before each step so a re-run can act on it. */
export interface Progress {
  /** The run that wrote it (its URL), for the log of whoever finds it. */
  run: string;
  /** The colour being deployed and the revision it carries. */
  target: Colour;
  revision: string;
  /** The colour that served before the deploy began (none on a first deploy). */
  from: Colour | undefined;
  fromRevision: string | undefined;
  phase: 'rollout' | 'shifting' | 'paused';
  /** Index into `steps` of the last weight actually set; -1 before any traffic moved. */
  step: number;
  steps: number[];
  deploymentId: number | undefined;
  startedAt: string;
  updatedAt: string;
}

export function parseProgress(text: string | undefined): Progress | undefined {
  if (text === undefined || text === '') return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const p = value as Partial<Progress>;
  if (!isColour(p.target) || typeof p.revision !== 'string' || !Array.isArray(p.steps) || typeof p.step !== 'number') return undefined;
  if (p.phase !== 'rollout' && p.phase !== 'shifting' && p.phase !== 'paused') return undefined;
  return p as Progress;
}

export const otherColour = (c: Colour): Colour => (c === 'blue' ? 'green' : 'blue');
export const isColour = (v: unknown): v is Colour => v === 'blue' || v === 'green';

/** The selector key that carries a colour (`color` or `colour`), if any. */
export const colourLabelOf = (selector: Record<string, string> | undefined): string | undefined =>
  ['color', 'colour'].find((k) => isColour(selector?.[k]));

/** The Deployment of one colour: `<base>-<colour>`, the base being the recorded deployment name. */
export const deploymentName = (base: string, colour: Colour): string => `${base}-${colour}`;
/** The Service that selects one colour only: its preview, and a weighted route's backend. */
export const colourServiceName = (service: string, colour: Colour): string => `${service}-${colour}`;
export const leaseName = (service: string): string => `bluegreen-${service}`;

export const selectorString = (labels: Record<string, string>): string => Object.entries(labels).map(([k, v]) => `${k}=${v}`).join(',');

/** Reads the convention from the Service object; errors say what the Service needs. */
export function blueGreenState(svc: Service): BlueGreenState {
  const where = `Service ${svc.metadata.namespace ?? ''}/${svc.metadata.name}`;
  const selector = svc.spec?.selector ?? {};
  const colourLabel = colourLabelOf(selector);
  if (colourLabel === undefined) {
    throw new ConfigurationError(`${where} has no colour in its selector (${JSON.stringify(selector)}); a blue/green Service selects 'color: blue' or 'color: green' (or 'colour'), as bluegreen-deploy sets it.`, { input: 'service' });
  }
  const active = selector[colourLabel] as Colour;
  // The selector, not the active-color annotation, is what traffic follows; a hand-edited
  // selector therefore wins over a stale annotation.
  const annotations = svc.metadata.annotations ?? {};
  const labels = Object.fromEntries(Object.entries(selector).filter(([k]) => k !== colourLabel));
  const int = (v: string | undefined): number | undefined => (v !== undefined && /^\d+$/.test(v) ? Number(v) : undefined);
  return {
    namespace: svc.metadata.namespace ?? '',
    service: svc.metadata.name,
    colourLabel,
    labels,
    active,
    previous: otherColour(active),
    activeRevision: annotations[ANNOTATIONS.activeRevision],
    previousRevision: annotations[ANNOTATIONS.previousRevision],
    previousReplicas: int(annotations[ANNOTATIONS.previousReplicas]),
    deploymentId: int(annotations[ANNOTATIONS.deploymentId]),
    resourceVersion: svc.metadata.resourceVersion,
    deploymentName: annotations[ANNOTATIONS.deploymentName] ?? svc.metadata.name,
    progress: parseProgress(annotations[ANNOTATIONS.progress]),
    scaleDownAt: parseTime(annotations[ANNOTATIONS.scaleDownAt]),
    switchedAt: latest(parseTime(annotations[ANNOTATIONS.promotedAt]), parseTime(annotations[ANNOTATIONS.rolledBackAt])),
    routeId: annotations[ANNOTATIONS.route],
  };
}

function latest(...times: (number | undefined)[]): number | undefined {
  const known = times.filter((t) => t !== undefined);
  return known.length === 0 ? undefined : Math.max(...known);
}

function parseTime(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : ms;
}

export async function readBlueGreenState(client: KubeClient, target: { namespace: string; service: string }): Promise<BlueGreenState> {
  let svc: Service;
  try {
    svc = await client.get<Service>({ apiVersion: 'v1', kind: 'Service', namespace: target.namespace, name: target.service });
  } catch (error) {
    if (isNotFound(error)) throw new ConfigurationError(`Service ${target.namespace}/${target.service} does not exist; 'service' must name the stable Service of a blue/green deployment.`, { input: 'service' });
    throw error;
  }
  return blueGreenState(svc);
}

