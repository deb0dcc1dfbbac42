// @pipeline/kube against the real test control plane: rollout waiting by watch, pod diagnostics,
// EndpointSlice readiness, and watches that survive 410 Gone and dropped streams (fault proxy).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KubeObject, RequestRecord } from '@pipeline/kube';
import { KubeClient, RolloutError, applyObjects, serviceEndpoints, waitForRollout, waitForServiceEndpoints, watchUntil } from '@pipeline/kube';
import type { FaultProxy } from './kube/fault-proxy.ts';
import { startFaultProxy } from './kube/fault-proxy.ts';
import { KubeHttp } from './kube/kube-http.ts';
import { createTestNamespace, deleteTestNamespace } from './kube/namespaces.ts';
import type { ClusterLease } from './kube/use-cluster.ts';
import { useTestCluster } from './kube/use-cluster.ts';

let lease: ClusterLease;
let http: KubeHttp;
let client: KubeClient;
let faults: FaultProxy;
let faulty: KubeClient;
const faultyRequests: RequestRecord[] = [];
const namespaces: string[] = [];

async function namespace(prefix: string): Promise<string> {
  const ns = await createTestNamespace(http, prefix);
  namespaces.push(ns);
  return ns;
}

interface AppOptions {
  replicas?: number;
  readinessPath?: string;
  progressDeadlineSeconds?: number;
  minReadySeconds?: number;
  labels?: Record<string, string>;
}

function app(ns: string, name: string, image: string, options: AppOptions = {}): KubeObject[] {
  const labels = options.labels ?? { app: name };
  return [
    {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name, namespace: ns },
      spec: {
        replicas: options.replicas ?? 2,
        ...(options.progressDeadlineSeconds === undefined ? {} : { progressDeadlineSeconds: options.progressDeadlineSeconds }),
        ...(options.minReadySeconds === undefined ? {} : { minReadySeconds: options.minReadySeconds }),
        strategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 0, maxSurge: 1 } },
        selector: { matchLabels: labels },
        template: {
          metadata: { labels },
          spec: {
            terminationGracePeriodSeconds: 2,
            containers: [{
              name: 'app',
              image,
              ports: [{ name: 'http', containerPort: 8080, protocol: 'TCP' }],
              readinessProbe: { httpGet: { path: options.readinessPath ?? '/readyz', port: 'http' }, periodSeconds: 1, failureThreshold: 1 },
            }],
          },
        },
      },
    },
    {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name, namespace: ns },
      spec: { selector: labels, ports: [{ name: 'http', port: 80, targetPort: 'http', protocol: 'TCP' }] },
    },
  ];
}

beforeAll(async () => {
  lease = await useTestCluster();
  const { info } = lease;
  http = new KubeHttp({ server: info.server, token: info.admin.token, ca: info.caPem });
  ({ client } = await KubeClient.fromConfig({ kubeconfig: info.kubeconfig, mask: () => undefined }));
  faults = await startFaultProxy(info);
  ({ client: faulty } = await KubeClient.fromConfig({
    kubeconfig: faults.kubeconfig,
    mask: () => undefined,
    retry: { minTimeoutMs: 20, maxTimeoutMs: 200, randomize: false },
    onRequest: (r) => faultyRequests.push(r),
  }));
});

afterAll(async () => {
  client?.close();
  faulty?.close();
  await faults?.stop();
  if (http !== undefined) {
    for (const ns of namespaces) await deleteTestNamespace(http, ns).catch(() => undefined);
    http.close();
  }
  await lease?.release();
});

describe('rollouts and endpoints', () => {
  it('waits by watch until sample-app:v1 is Available, then counts its ready endpoints; an update rolls out too', async () => {
    const ns = await namespace('lib-roll');
    await applyObjects(client, app(ns, 'web', 'sample-app:v1'));
    const progress: string[] = [];
    const done = await waitForRollout(client, { namespace: ns, name: 'web' }, { timeoutMs: 30_000, onProgress: (m) => progress.push(m) });
    expect(done.message).toBe('deployment "web" successfully rolled out');
    expect(done.deployment.status).toMatchObject({ replicas: 2, updatedReplicas: 2, availableReplicas: 2 });
    expect(done.deployment.status?.conditions?.find((c) => c.type === 'Available')?.status).toBe('True');
    expect(progress.at(-1)).toBe(done.message);

    const ready = await waitForServiceEndpoints(client, { namespace: ns, service: 'web' }, { minReady: 2, timeoutMs: 15_000 });
    // 1.20 serves EndpointSlices only as v1beta1; later versions as v1.
    expect(ready.source).toBe(lease.info.minor >= 21 ? 'discovery.k8s.io/v1' : 'discovery.k8s.io/v1beta1');
    const pods = (await client.list('v1', 'Pod', { namespace: ns, labelSelector: 'app=web' })).items.map((p) => p.metadata.name).sort();
    expect(ready.ready.map((e) => e.pod).sort()).toEqual(pods);
    expect(ready.ready.every((e) => e.address.startsWith('10.244.'))).toBe(true);
    // The core Endpoints fallback sees the same pods.
    const legacy = await serviceEndpoints(client, { namespace: ns, service: 'web' }, { source: 'v1/Endpoints' });
    expect(legacy.ready.map((e) => e.pod).sort()).toEqual(pods);

    await applyObjects(client, app(ns, 'web', 'sample-app:v2').slice(0, 1));
    const updated = await waitForRollout(client, { namespace: ns, name: 'web' }, { timeoutMs: 30_000 });
    expect(updated.deployment.metadata.generation).toBe(2);
    const images = (await client.list<KubeObject & { spec: { containers: { image: string }[] } }>('v1', 'Pod', { namespace: ns, labelSelector: 'app=web' })).items
      .filter((p) => p.metadata.deletionTimestamp === undefined)
      .map((p) => p.spec.containers[0]?.image);
    expect(images).toEqual(['sample-app:v2', 'sample-app:v2']);
  });

  it('counts only ready endpoints: pods that fail their readiness probe are not ready', async () => {
    const ns = await namespace('lib-ep');
    await applyObjects(client, app(ns, 'unready', 'sample-app:v1', { replicas: 2, readinessPath: '/no-such-path' }));
    // Both pods running, both listed as not ready by the EndpointSlice controller.
    let now = await serviceEndpoints(client, { namespace: ns, service: 'unready' });
    for (const deadline = Date.now() + 15_000; now.notReady.length < 2 && Date.now() < deadline;) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      now = await serviceEndpoints(client, { namespace: ns, service: 'unready' });
    }
    expect(now.ready).toEqual([]);
    expect(now.notReady).toHaveLength(2);
    await expect(waitForServiceEndpoints(client, { namespace: ns, service: 'unready' }, { minReady: 1, timeoutMs: 2500 })).rejects.toThrow(/endpoints: not done within 3 s/);
  });

  it('fails fast with ImagePullBackOff and the pod\'s events for an image that does not exist', async () => {
    const ns = await namespace('lib-pull');
    await applyObjects(client, app(ns, 'ghost', 'registry.example/does-not-exist:1.0', { replicas: 1 }));
    const started = Date.now();
    const error = await waitForRollout(client, { namespace: ns, name: 'ghost' }, { timeoutMs: 30_000 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RolloutError);
    const failure = error as RolloutError;
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(failure.reason).toBe('PodFailure');
    expect(failure.problems[0]).toMatchObject({ container: 'app', reason: 'ImagePullBackOff', fatal: true });
    expect(failure.problems[0]?.message).toContain('registry.example/does-not-exist:1.0');
    const reasons = failure.events.map((e) => `${e.reason}: ${e.message}`);
    expect(reasons).toEqual(expect.arrayContaining(['Failed: Error: ImagePullBackOff', 'Failed: Error: ErrImagePull']));
    expect(failure.message).toMatch(/cannot become available[\s\S]*container app: ImagePullBackOff[\s\S]*recent events:[\s\S]*Warning Pod\/ghost-/);
  });

  it('fails fast on CrashLoopBackOff with the last exit', async () => {
    const ns = await namespace('lib-crash');
    // The app is ready for a moment before each crash; minReadySeconds keeps that from counting as available.
    await applyObjects(client, app(ns, 'crasher', 'sample-app:v2-crash', { replicas: 1, minReadySeconds: 30 }));
    const error = await waitForRollout(client, { namespace: ns, name: 'crasher' }, { timeoutMs: 30_000 }).catch((e: unknown) => e) as RolloutError;
    expect(error).toBeInstanceOf(RolloutError);
    expect(error.reason).toBe('PodFailure');
    expect(error.problems.some((p) => p.reason === 'CrashLoopBackOff' || p.reason === 'Restarting')).toBe(true);
    expect(error.message).toMatch(/last exit 1/);
    expect(error.events.some((e) => e.reason === 'BackOff')).toBe(true);
  });

  it('honours progressDeadlineSeconds: reports ProgressDeadlineExceeded with the failing readiness probes', async () => {
    const ns = await namespace('lib-deadline');
    await applyObjects(client, app(ns, 'stuck', 'sample-app:v1', { replicas: 1, readinessPath: '/no-such-path', progressDeadlineSeconds: 3 }));
    const error = await waitForRollout(client, { namespace: ns, name: 'stuck' }, { timeoutMs: 40_000 }).catch((e: unknown) => e) as RolloutError;
    expect(error).toBeInstanceOf(RolloutError);
    expect(error.reason).toBe('ProgressDeadlineExceeded');
    expect(error.problems).toEqual([expect.objectContaining({ container: 'app', reason: 'NotReady', fatal: false })]);
    expect(error.events.some((e) => e.reason === 'Unhealthy' && /Readiness probe failed/.test(e.message))).toBe(true);
  });

  it('gives up at the overall timeout with a diagnosis', async () => {
    const ns = await namespace('lib-timeout');
    await applyObjects(client, app(ns, 'slow', 'sample-app:v1', { replicas: 1, readinessPath: '/no-such-path' }));
    const error = await waitForRollout(client, { namespace: ns, name: 'slow' }, { timeoutMs: 2000 }).catch((e: unknown) => e) as RolloutError;
    expect(error).toBeInstanceOf(RolloutError);
    expect(error.reason).toBe('Timeout');
    expect(error.message).toMatch(/did not finish rolling out within 2 s: Waiting for deployment "slow" rollout to finish/);
    await expect(waitForRollout(client, { namespace: ns, name: 'nothing-here' }, { timeoutMs: 2000 })).rejects.toMatchObject({ reason: 'NotFound' });
  });
});

describe('watches through the fault-injecting proxy', () => {
  it('resumes a rollout wait after 410 Gone with a relist, and after a watch closed mid-stream', async () => {
    const ns = await namespace('lib-410');
    const gone = faults.inject({ match: { verb: 'watch', resource: 'deployments', namespace: ns }, nth: 1, fault: { kind: 'watch-gone' } });
    const closed = faults.inject({ match: { verb: 'watch', resource: 'deployments', namespace: ns }, nth: 2, fault: { kind: 'watch-close', afterEvents: 1 } });
    await applyObjects(client, app(ns, 'web', 'sample-app:v1'));
    const done = await waitForRollout(faulty, { namespace: ns, name: 'web' }, { timeoutMs: 30_000, failFast: false });
    expect(done.message).toBe('deployment "web" successfully rolled out');
    expect(gone.fired).toBe(1);
    expect(closed.fired).toBe(1);
    expect(done.relists).toBe(1);
    // After the 410 the wait listed again, then watched from the new list's resourceVersion.
    const calls = faults.requests.filter((r) => r.info?.resource === 'deployments' && r.info.namespace === ns).map((r) => `${r.info?.verb}:${r.fault ?? '-'}`);
    expect(calls.slice(0, 5)).toEqual(['get:-', 'list:-', 'watch:watch-gone', 'list:-', 'watch:watch-close']);
    faults.clear();
  });

  it('relists when the watch request itself fails, and misses no change made in between', async () => {
    const ns = await namespace('lib-relist');
    await applyObjects(client, [{ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'flag', namespace: ns }, data: { value: 'a' } }]);
    faults.inject({ match: { verb: 'watch', resource: 'configmaps', namespace: ns }, nth: 1, times: 2, fault: { kind: 'status', code: 503 } });
    const relists: string[] = [];
    const waiting = watchUntil<KubeObject & { data?: Record<string, string> }, string>(faulty, { apiVersion: 'v1', kind: 'ConfigMap', namespace: ns }, (objects) => {
      const value = objects.get(`${ns}/flag`)?.data?.['value'];
      return value === 'b' ? value : undefined;
    }, { timeoutMs: 15_000, onRelist: (r) => relists.push(r) });
    await new Promise((resolve) => setTimeout(resolve, 300));
    await http.mergePatch(`/api/v1/namespaces/${ns}/configmaps/flag`, { data: { value: 'b' } });
    expect(await waiting).toBe('b');
    expect(relists.length).toBeGreaterThanOrEqual(1);
    expect(relists[0]).toMatch(/503/);
    faults.clear();
  });
});
