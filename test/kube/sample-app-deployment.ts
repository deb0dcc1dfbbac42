import type { Container, Probe } from './pod-types.ts';

/** The port every sample-app container listens on (named `http`). */
export const SAMPLE_APP_PORT = 8080;

export interface SampleAppDeploymentOptions {
  name: string;
  /** Set metadata.namespace; leave it out when the API path carries the namespace. */
  namespace?: string;
  /** `sample-app:<vN>[-slow|-errors|-crash]`, or any image the simulator's registry knows. */
  image: string;
  /** Default 1. */
  replicas?: number;
  /** Labels of the Deployment and of its pod template. */
  labels: Record<string, string>;
  /** matchLabels of the Deployment's selector; defaults to `labels`. */
  selector?: Record<string, string>;
  /** Extra environment, e.g. APP_VERSION, ERROR_RATE, LATENCY_MS, READY_AFTER_MS. */
  env?: Record<string, string>;
  minReadySeconds?: number;
  /** Default 5 s: long enough to drain, short enough for tests. */
  terminationGracePeriodSeconds?: number;
  /** Path of the HTTP readiness probe (period 1 s, failureThreshold 1). Default `/readyz`. */
  readinessPath?: string;
  /** Replaces the default readiness probe entirely. */
  readinessProbe?: Probe;
  livenessProbe?: Probe;
  strategy?: { type: 'RollingUpdate'; rollingUpdate?: { maxUnavailable?: number | string; maxSurge?: number | string } } | { type: 'Recreate' };
  annotations?: Record<string, string>;
  podAnnotations?: Record<string, string>;
  /** preStop/postStart hooks of the container. */
  lifecycle?: Container['lifecycle'];
}

export interface SampleAppDeployment {
  apiVersion: 'apps/v1';
  kind: 'Deployment';
  metadata: { name: string; namespace?: string; labels: Record<string, string>; annotations?: Record<string, string> };
  spec: {
    replicas: number;
    minReadySeconds?: number;
    selector: { matchLabels: Record<string, string> };
    strategy?: NonNullable<SampleAppDeploymentOptions['strategy']>;
    template: {
      metadata: { labels: Record<string, string>; annotations?: Record<string, string> };
      spec: { terminationGracePeriodSeconds: number; containers: Container[] };
    };
  };
}

/**
 * The Deployment the kube tests run the sample app with: one container named `app`, port 8080
 * named `http` with `protocol: TCP` spelled out (Kubernetes 1.20's server-side apply cannot merge
 * a container port without it), and a real HTTP readiness probe on /readyz.
 */
export function sampleAppDeployment(options: SampleAppDeploymentOptions): SampleAppDeployment {
  const container: Container = {
    name: 'app',
    image: options.image,
    ports: [{ name: 'http', containerPort: SAMPLE_APP_PORT, protocol: 'TCP' }],
    readinessProbe: options.readinessProbe ?? { httpGet: { path: options.readinessPath ?? '/readyz', port: 'http' }, periodSeconds: 1, failureThreshold: 1 },
  };
  if (options.env !== undefined) container.env = Object.entries(options.env).map(([name, value]) => ({ name, value }));
  if (options.livenessProbe !== undefined) container.livenessProbe = options.livenessProbe;
  if (options.lifecycle !== undefined) container.lifecycle = options.lifecycle;
  const templateMetadata: SampleAppDeployment['spec']['template']['metadata'] = { labels: { ...options.labels } };
  if (options.podAnnotations !== undefined) templateMetadata.annotations = { ...options.podAnnotations };
  const deployment: SampleAppDeployment = {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: options.name, labels: { ...options.labels } },
    spec: {
      replicas: options.replicas ?? 1,
      selector: { matchLabels: { ...(options.selector ?? options.labels) } },
      template: { metadata: templateMetadata, spec: { terminationGracePeriodSeconds: options.terminationGracePeriodSeconds ?? 5, containers: [container] } },
    },
  };
  if (options.namespace !== undefined) deployment.metadata.namespace = options.namespace;
  if (options.annotations !== undefined) deployment.metadata.annotations = { ...options.annotations };
  if (options.minReadySeconds !== undefined) deployment.spec.minReadySeconds = options.minReadySeconds;
  if (options.strategy !== undefined) deployment.spec.strategy = options.strategy;
  return deployment;
}

export interface SampleAppServiceOptions {
  name: string;
  namespace?: string;
  selector: Record<string, string>;
  /** Service port; default 80, targeting the container port named `http`. */
  port?: number;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
}

export interface SampleAppService {
  apiVersion: 'v1';
  kind: 'Service';
  metadata: { name: string; namespace?: string; labels?: Record<string, string>; annotations?: Record<string, string> };
  spec: { selector: Record<string, string>; ports: { name: string; port: number; targetPort: string; protocol: 'TCP' }[] };
}

/** A ClusterIP Service in front of sample-app pods: port 80 (by default) to the `http` port. */
export function sampleAppService(options: SampleAppServiceOptions): SampleAppService {
  const service: SampleAppService = {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name: options.name },
    spec: { selector: { ...options.selector }, ports: [{ name: 'http', port: options.port ?? 80, targetPort: 'http', protocol: 'TCP' }] },
  };
  if (options.namespace !== undefined) service.metadata.namespace = options.namespace;
  if (options.labels !== undefined) service.metadata.labels = { ...options.labels };
  if (options.annotations !== undefined) service.metadata.annotations = { ...options.annotations };
  return service;
}
