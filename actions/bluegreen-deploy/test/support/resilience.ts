// Shared by the fault-injection, crash and concurrency suites: one small service (`shop`, one
// replica, no minReadySeconds) deployed by the bundle under the runner harness, and what "the
// service converged" means, read straight from the apiserver.
import { expect } from 'vitest';
import { stringify } from 'yaml';
import type { KubeHttp, KubeObject } from '../../../../test/kube/index.ts';
import { endpointSliceVersion, SERVICE_NAME_LABEL } from '../../../../test/kube/index.ts';
import { sampleAppDeployment } from '../../../../test/kube/sample-app-deployment.ts';
import { runAction } from '../../../../test/support/runner/index.ts';
import type { RunActionResult } from '../../../../test/support/runner/index.ts';
import { action, entry } from './scenario.ts';
import type { Workspace } from './scenario.ts';

export const SERVICE = 'shop';
export const LEASE = `bluegreen-${SERVICE}`;
export const REPOSITORY = 'acme/shop';
export type Colour = 'blue' | 'green';
export const other = (c: Colour): Colour => (c === 'blue' ? 'green' : 'blue');

/** The run URL the action records as `progress.run`, and the lock identity of one attempt. */
export const runUrl = (runId: number): string => `https://github.com/${REPOSITORY}/actions/runs/${runId}`;
export const lockIdentity = (runId: number, attempt = 1): string => `${runUrl(runId)}/attempts/${attempt}`;

export interface ManifestOptions {
  /** Changes the pod template (and so the revision) without changing the image. */
  release?: string;
  /** Add the Ingress `shop` that route-method ingress-nginx weights with a canary. */
  ingress?: boolean;
  /** The pods pass their readiness probe only this long after they start, so a deploy takes at least as long. */
  readyAfterMs?: number;
}

/**
 * The app at `version` (any `sample-app:<v>` image): one replica that is ready as soon as its
 * probe passes, so a deploy takes seconds.
 */
export function manifestsFor(version: string, options: ManifestOptions = {}): string {
  const { release } = options;
  const deployment = sampleAppDeployment({
    name: SERVICE,
    image: `sample-app:${version}`,
    replicas: 1,
    labels: { app: SERVICE },
    env: {
      ...(release === undefined ? {} : { RELEASE: release }),
      ...(options.readyAfterMs === undefined ? {} : { READY_AFTER_MS: String(options.readyAfterMs) }),
    },
    terminationGracePeriodSeconds: 1,
    // A probe that a busy test machine cannot fail by accident (one slow answer is not "unready"),
    // so the route observer judges the deploy's switches, not the simulator's scheduling.
    readinessProbe: { httpGet: { path: '/readyz', port: 'http' }, periodSeconds: 1, timeoutSeconds: 2, failureThreshold: 3 },
    strategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 0, maxSurge: 1 } },
  });
  const container = deployment.spec.template.spec.containers[0] as unknown as Record<string, unknown>;
  container['resources'] = { requests: { cpu: '10m', memory: '32Mi' }, limits: { cpu: '200m', memory: '128Mi' } };
  const service = { apiVersion: 'v1', kind: 'Service', metadata: { name: SERVICE }, spec: { selector: { app: SERVICE }, ports: [{ name: 'http', port: 80, targetPort: 'http', protocol: 'TCP' }] } };
  const ingress = {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'Ingress',
    metadata: { name: SERVICE },
    spec: { ingressClassName: 'nginx', rules: [{ host: 'shop.example', http: { paths: [{ path: '/', pathType: 'Prefix', backend: { service: { name: SERVICE, port: { number: 80 } } } }] } }] },
  };
  return [deployment, service, ...(options.ingress === true ? [ingress] : [])].map((d) => stringify(d)).join('---\n');
}

export interface BgRunOptions {
  workspace: Workspace;
  kubeconfig: string;
  namespace: string;
  /** Workspace-relative manifests path. */
  manifests: string;
  runId: number;
  attempt?: number;
  /** Inputs on top of the suite's defaults (lock-ttl 3s, scale-down-delay 0s, timeout 60s). */
  inputs?: Record<string, string>;
  /** SIGKILLs the action when aborted. */
  signal?: AbortSignal;
  timeoutMs?: number;
}

/** One `action: deploy` step of the bundle, as the runner would start it. */
export function runBg(options: BgRunOptions): Promise<RunActionResult> {
  return runAction({
    entry,
    action,
    workspace: options.workspace.dir,
    timeoutMs: options.timeoutMs ?? 120_000,
    ...(options.signal === undefined ? {} : { signal: options.signal }),
    env: { GITHUB_RUN_ID: String(options.runId), GITHUB_RUN_ATTEMPT: String(options.attempt ?? 1), GITHUB_REPOSITORY: REPOSITORY },
    inputs: {
      kubeconfig: options.kubeconfig,
      namespace: options.namespace,
      service: SERVICE,
      manifests: options.manifests,
      'scale-down-delay': '0s',
      'lock-ttl': '3s',
      timeout: '60s',
      summary: 'false',
      ...options.inputs,
    },
  });
}

export interface ServiceState extends KubeObject {
  spec: { selector?: Record<string, string> };
}

interface DeploymentState extends KubeObject {
  spec: { replicas?: number; template: { metadata: { labels?: Record<string, string> }; spec: { containers: { image: string; env?: { name: string; value?: string }[] }[] } } };
  status?: { readyReplicas?: number; updatedReplicas?: number; replicas?: number };
}

interface PodState extends KubeObject {
  status?: { conditions?: { type: string; status: string }[] };
}

interface SliceState extends KubeObject {
  endpoints?: { conditions?: { ready?: boolean }; targetRef?: { name: string } }[] | null;
}

interface LeaseState extends KubeObject {
  spec?: { holderIdentity?: string; renewTime?: string; leaseDurationSeconds?: number; leaseTransitions?: number };
}

export async function readService(http: KubeHttp, namespace: string): Promise<ServiceState> {
  return http.get<ServiceState>(`/api/v1/namespaces/${namespace}/services/${SERVICE}`);
}

export async function activeColour(http: KubeHttp, namespace: string): Promise<Colour> {
  const colour = (await readService(http, namespace)).spec.selector?.['color'];
  if (colour !== 'blue' && colour !== 'green') throw new Error(`Service ${namespace}/${SERVICE} selects no colour: ${String(colour)}`);
  return colour;
}

export async function readLease(http: KubeHttp, namespace: string): Promise<LeaseState | undefined> {
  return http.find<LeaseState>(`/apis/coordination.k8s.io/v1/namespaces/${namespace}/leases/${LEASE}`);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * What every run must end in once it finished cleanly: `version` (and `release`) serves on the
 * active colour, the selector and the annotations agree, no deploy is left in progress, the old
 * colour is scaled down, the stable Service's ready endpoints are exactly the active colour's
 * ready pods, and the lock is free.
 */
export async function expectConverged(http: KubeHttp, namespace: string, version: string, release?: string): Promise<Colour> {
  const svc = await readService(http, namespace);
  const colour = svc.spec.selector?.['color'] as Colour;
  const annotations = svc.metadata.annotations ?? {};
  expect(svc.spec.selector).toEqual({ app: SERVICE, color: colour });
  expect(['blue', 'green']).toContain(colour);
  expect(annotations['pipeline.dev/progress'], 'no deploy may be left in progress').toBeUndefined();
  expect(annotations['pipeline.dev/active-color']).toBe(colour);
  expect([undefined, other(colour)]).toContain(annotations['pipeline.dev/previous-color']);
  expect(annotations['pipeline.dev/scale-down-at'], 'nothing is left to scale down').toBeUndefined();
  const deployments = `/apis/apps/v1/namespaces/${namespace}/deployments`;
  const active = await http.get<DeploymentState>(`${deployments}/${SERVICE}-${colour}`);
  const container = active.spec.template.spec.containers[0];
  expect(container?.image).toBe(`sample-app:${version}`);
  expect(container?.env?.find((e) => e.name === 'RELEASE')?.value).toBe(release);
  expect(annotations['pipeline.dev/active-revision']).toBe(active.spec.template.metadata.labels?.['pipeline.dev/revision']);
  expect(active.spec.replicas).toBe(1);
  const previous = await http.find<DeploymentState>(`${deployments}/${SERVICE}-${other(colour)}`);
  expect(previous?.spec.replicas ?? 0, 'the previous colour is scaled down (scale-down-delay 0s)').toBe(0);
  // The endpoint controller may lag the last write by a moment; the rule itself is strict.
  const sliceVersion = await endpointSliceVersion(http);
  let routed: string[] = [];
  let ready: string[] = [];
  for (let i = 0; i < 40; i++) {
    const pods = await http.get<{ items: PodState[] }>(`/api/v1/namespaces/${namespace}/pods`, { labelSelector: `app=${SERVICE},color=${colour}` });
    ready = pods.items.filter((p) => p.metadata.deletionTimestamp === undefined && p.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True') === true).map((p) => p.metadata.name).sort();
    const slices = await http.get<{ items: SliceState[] }>(`/apis/discovery.k8s.io/${sliceVersion}/namespaces/${namespace}/endpointslices`, { labelSelector: `${SERVICE_NAME_LABEL}=${SERVICE}` });
    routed = slices.items.flatMap((s) => s.endpoints ?? []).filter((e) => e.conditions?.ready !== false).map((e) => e.targetRef?.name ?? '?').sort();
    if (ready.length === 1 && JSON.stringify(routed) === JSON.stringify(ready)) break;
    await sleep(100);
  }
  expect(ready).toHaveLength(1);
  expect(routed, 'the stable Service routes to exactly the active colour\'s ready pods').toEqual(ready);
  const lease = await readLease(http, namespace);
  expect(lease?.spec?.holderIdentity ?? '', 'the lock is released').toBe('');
  return colour;
}

/** The `::error::` annotations of a run, for messages. */
export function errorsOf(result: RunActionResult): string {
  return result.annotations.filter((a) => a.level === 'error').map((a) => a.message).join(' | ');
}
