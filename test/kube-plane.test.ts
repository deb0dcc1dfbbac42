import { existsSync, readFileSync } from 'node:fs';
import { AppsV1Api, CoreV1Api, KubeConfig, RbacAuthorizationV1Api } from '@kubernetes/client-node';
import type { V1Deployment, V1Pod } from '@kubernetes/client-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClusterLease } from './kube/use-cluster.ts';
import { useTestCluster } from './kube/use-cluster.ts';
import { KubeHttp, KubeStatusError } from './kube/kube-http.ts';
import type { KubeList } from './kube/kube-http.ts';
import { createTestNamespace, deleteTestNamespace } from './kube/namespaces.ts';
import type { Pod } from './kube/pod-types.ts';
import { ANNOTATION_LOOPBACK, loopbackFor } from './kube/pod-types.ts';
import { pidAlive, waitFor } from './kube/processes.ts';
import type { ServiceProxy } from './kube/service-proxy.ts';
import { startServiceProxy } from './kube/service-proxy.ts';
import type { PrometheusServer } from './kube/prometheus.ts';
import { startPrometheus } from './kube/prometheus.ts';
import { kubectlJson } from './kube/kubectl.ts';
import { SAMPLE_APP_PORT, sampleAppDeployment } from './kube/sample-app-deployment.ts';
import type { NetworkAuditStatus } from './kube/net-audit.ts';

// One cluster for the whole file (shared with other files when globalSetup provides it).
let lease: ClusterLease;
let http: KubeHttp;
let ns: string;
let proxy: ServiceProxy | undefined;
let prometheus: PrometheusServer | undefined;
let kc: KubeConfig;

const APP_PORT = SAMPLE_APP_PORT;

function deployment(name: string, image: string, labels: Record<string, string>, replicas = 2, readinessPath = '/readyz'): V1Deployment {
  return sampleAppDeployment({ name, image, labels, replicas, readinessPath, livenessProbe: { tcpSocket: { port: APP_PORT }, periodSeconds: 2 } });
}

async function podsOf(selector: string): Promise<Pod[]> {
  return (await http.get<KubeList<Pod>>(`/api/v1/namespaces/${ns}/pods`, { labelSelector: selector })).items;
}

async function waitAvailable(name: string, replicas: number): Promise<void> {
  await waitFor(`deployment ${name} Available with ${replicas} ready replicas`, async () => {
    const d = await http.get<V1Deployment>(`/apis/apps/v1/namespaces/${ns}/deployments/${name}`);
    const available = d.status?.conditions?.some((c) => c.type === 'Available' && c.status === 'True') ?? false;
    return available && d.status?.readyReplicas === replicas && d.status.updatedReplicas === replicas ? true : undefined;
  }, { timeoutMs: 30_000, intervalMs: 100 });
}

async function getJson(address: string, path = '/'): Promise<{ status: number; body: { version?: string; pod?: string } }> {
  const res = await fetch(`http://${address}${path}`, { signal: AbortSignal.timeout(5000) });
  return { status: res.status, body: await res.json() as { version?: string; pod?: string } };
}

beforeAll(async () => {
  lease = await useTestCluster();
  const { info } = lease;
  http = new KubeHttp({ server: info.server, token: info.admin.token, ca: info.caPem });
  ns = await createTestNamespace(http, 'plane');
  kc = new KubeConfig();
  kc.loadFromString(info.kubeconfig);
  proxy = await startServiceProxy({ endpoint: http.endpoint, namespaces: [ns] });
});

afterAll(async () => {
  await prometheus?.stop();
  await proxy?.stop();
  if (http !== undefined) {
    await deleteTestNamespace(http, ns).catch(() => undefined);
    http.close();
  }
  await lease?.release();
});

describe('test control plane', () => {
  it('serves the Kubernetes API over TLS on loopback, with real RBAC for the test users', async () => {
    const { info } = lease;
    expect(new URL(info.server).hostname).toBe('127.0.0.1');
    const version = await http.get<{ gitVersion: string }>('/version');
    expect(version.gitVersion).toBe(info.version);
    if (info.binariesSource === 'debian-build') expect(version.gitVersion).toBe('v1.20.2');

    const alice = new KubeHttp({ server: info.server, token: info.users['alice']!.token, ca: info.caPem });
    const bob = new KubeHttp({ server: info.server, token: info.users['bob']!.token, ca: info.caPem });
    try {
      await expect(alice.get(`/api/v1/namespaces/${ns}/configmaps`)).rejects.toMatchObject({ status: 403 });
      // client-node sends JSON; a ConfigMap (a type holding a map) is what broke the unpatched 1.20 build.
      const rbac = kc.makeApiClient(RbacAuthorizationV1Api);
      await rbac.createNamespacedRoleBinding({
        namespace: ns,
        body: {
          metadata: { name: 'team-a-view' },
          roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: 'view' },
          subjects: [{ apiGroup: 'rbac.authorization.k8s.io', kind: 'Group', name: 'team-a' }],
        },
      });
      const core = kc.makeApiClient(CoreV1Api);
      await core.createNamespacedConfigMap({ namespace: ns, body: { metadata: { name: 'settings', labels: { a: 'b' } }, data: { colour: 'blue' } } });
      const list = await waitFor('alice may list configmaps', () => alice.get<KubeList<{ metadata: { name: string } }>>(`/api/v1/namespaces/${ns}/configmaps`), { timeoutMs: 10_000 });
      expect(list.items.map((i) => i.metadata.name)).toContain('settings');
      await expect(bob.get(`/api/v1/namespaces/${ns}/configmaps`)).rejects.toBeInstanceOf(KubeStatusError);
      await expect(alice.post(`/api/v1/namespaces/${ns}/configmaps`, { metadata: { name: 'x' } })).rejects.toMatchObject({ status: 403 });
    } finally {
      alice.close();
      bob.close();
    }
  });

  it('has a simulated Node on loopback that stays Ready through status and Lease heartbeats', async () => {
    const { info } = lease;
    const node = await http.get<{ status: { addresses: { type: string; address: string }[]; conditions: { type: string; status: string; lastHeartbeatTime: string }[] } }>(
      `/api/v1/nodes/${info.nodeName}`,
    );
    expect(node.status.addresses).toContainEqual({ type: 'InternalIP', address: '127.0.0.1' });
    const ready = node.status.conditions.find((c) => c.type === 'Ready');
    expect(ready?.status).toBe('True');
    const nodeLease = await http.get<{ spec: { holderIdentity: string; leaseDurationSeconds: number; renewTime: string } }>(
      `/apis/coordination.k8s.io/v1/namespaces/kube-node-lease/leases/${info.nodeName}`,
    );
    expect(nodeLease.spec).toMatchObject({ holderIdentity: info.nodeName, leaseDurationSeconds: 40 });
    // Heartbeats come every 10 s, so both stamps are always recent, however long the cluster has run.
    expect(Date.now() - Date.parse(nodeLease.spec.renewTime)).toBeLessThan(15_000);
    expect(Date.now() - Date.parse(ready!.lastHeartbeatTime)).toBeLessThan(15_000);
  });

  it('makes a Deployment Available because the simulator ran real processes whose real readiness probes passed', async () => {
    const apps = kc.makeApiClient(AppsV1Api);
    await apps.createNamespacedDeployment({ namespace: ns, body: deployment('web-v1', 'sample-app:v1', { app: 'web', version: 'v1' }) });
    await waitAvailable('web-v1', 2);

    const pods = await podsOf('app=web,version=v1');
    expect(pods).toHaveLength(2);
    for (const pod of pods) {
      expect(pod.status?.podIP).toMatch(/^10\.244\.\d+\.\d+$/);
      expect(pod.status?.hostIP).toBe('127.0.0.1');
      const address = pod.metadata.annotations?.[ANNOTATION_LOOPBACK];
      expect(address).toMatch(/^127\.0\.0\.1:\d+$/);
      expect(loopbackFor(pod, APP_PORT)).toBe(address);
      // The process behind the pod answers as that pod: the pod is the process.
      const answer = await getJson(address!);
      expect(answer).toEqual({ status: 200, body: { version: 'v1', pod: pod.metadata.name } });
      const pid = Number(pod.status?.containerStatuses?.[0]?.containerID?.replace('sim://', ''));
      expect(readFileSync(`/proc/${pid}/cmdline`, 'utf8')).toContain('sample-app.ts');
    }

    // A readiness probe that fails for real keeps the pods out of Ready and reports why.
    await apps.createNamespacedDeployment({ namespace: ns, body: deployment('never-ready', 'sample-app:v1', { app: 'never-ready' }, 1, '/missing') });
    const unhealthy = await waitFor('an Unhealthy event for never-ready', async () => {
      const events = await http.get<KubeList<{ reason: string; message: string; involvedObject: { name: string } }>>(`/api/v1/namespaces/${ns}/events`);
      return events.items.find((e) => e.reason === 'Unhealthy' && e.involvedObject.name.startsWith('never-ready') && e.message.includes('statuscode: 404'));
    }, { timeoutMs: 15_000 });
    expect(unhealthy.message).toContain('Readiness probe failed: HTTP probe failed with statuscode: 404');
    const [stuck] = await podsOf('app=never-ready');
    expect(stuck?.status?.phase).toBe('Running');
    expect(stuck?.status?.conditions?.find((c) => c.type === 'Ready')?.status).toBe('False');
    expect(stuck?.status?.containerStatuses?.[0]?.ready).toBe(false);
  });

  it('routes a Service through the loopback proxy to ready endpoints, and a selector change moves the traffic', async () => {
    const apps = kc.makeApiClient(AppsV1Api);
    const core = kc.makeApiClient(CoreV1Api);
    await apps.createNamespacedDeployment({ namespace: ns, body: deployment('web-v2', 'sample-app:v2', { app: 'web', version: 'v2' }) });
    await core.createNamespacedService({
      namespace: ns,
      body: { metadata: { name: 'web' }, spec: { selector: { app: 'web', version: 'v1' }, ports: [{ name: 'http', port: 80, targetPort: 'http' }] } },
    });
    await waitAvailable('web-v1', 2);
    const address = await proxy!.address(ns, 'web', 80);
    expect(address).toMatch(/^127\.0\.0\.1:\d+$/);
    const v1Pods = (await podsOf('app=web,version=v1')).map((p) => p.metadata.name).sort();
    await waitFor('both v1 endpoints behind the proxy', () => Promise.resolve(proxy!.backends(ns, 'web').length === 2 ? true : undefined), { timeoutMs: 15_000 });
    const served = new Set<string>();
    for (let i = 0; i < 6; i++) {
      const answer = await getJson(address);
      expect(answer.body.version).toBe('v1');
      served.add(answer.body.pod ?? '');
    }
    expect([...served].sort()).toEqual(v1Pods);

    await waitAvailable('web-v2', 2);
    await core.patchNamespacedService({ namespace: ns, name: 'web', body: [{ op: 'replace', path: '/spec/selector/version', value: 'v2' }] });
    await waitFor('traffic moved to v2', async () => ((await getJson(address)).body.version === 'v2' ? true : undefined), { timeoutMs: 15_000, intervalMs: 50 });
    // Once the EndpointSlice has settled, no request reaches v1 any more.
    await waitFor('only v2 endpoints', async () => {
      const backends = proxy!.backends(ns, 'web');
      const v2 = (await podsOf('app=web,version=v2')).map((p) => loopbackFor(p, APP_PORT)).sort();
      return JSON.stringify(backends) === JSON.stringify(v2) ? true : undefined;
    }, { timeoutMs: 15_000 });
    for (let i = 0; i < 6; i++) expect((await getJson(address)).body.version).toBe('v2');
  });

  it('restarts a crashing container with a growing restartCount and CrashLoopBackOff, and reports an unknown image as ImagePullBackOff', async () => {
    const core = kc.makeApiClient(CoreV1Api);
    const pod = (name: string, image: string): V1Pod => ({ metadata: { name }, spec: { containers: [{ name: 'app', image, ports: [{ containerPort: APP_PORT }] }] } });
    await core.createNamespacedPod({ namespace: ns, body: pod('crasher', 'sample-app:v2-crash') });
    await core.createNamespacedPod({ namespace: ns, body: pod('no-image', 'registry.example/unknown:1.0') });
    // An exec liveness probe runs its command for real; this one always fails, so the kubelet restarts the container.
    const unlive = pod('unlive', 'sample-app:v1');
    unlive.spec!.containers[0]!.livenessProbe = { exec: { command: ['sh', '-c', 'exit 3'] }, periodSeconds: 1, failureThreshold: 2 };
    await core.createNamespacedPod({ namespace: ns, body: unlive });

    const crashReasons = new Set<string>();
    const crashed = await waitFor('restartCount >= 2 with CrashLoopBackOff', async () => {
      const p = await http.get<Pod>(`/api/v1/namespaces/${ns}/pods/crasher`);
      const s = p.status?.containerStatuses?.[0];
      if (s?.state.waiting?.reason !== undefined) crashReasons.add(s.state.waiting.reason);
      return (s?.restartCount ?? 0) >= 2 && crashReasons.has('CrashLoopBackOff') ? s : undefined;
    }, { timeoutMs: 20_000, intervalMs: 100 });
    expect(crashed?.lastState.terminated).toMatchObject({ exitCode: 1, reason: 'Error' });

    const pulled = await waitFor('ImagePullBackOff', async () => {
      const p = await http.get<Pod>(`/api/v1/namespaces/${ns}/pods/no-image`);
      return p.status?.containerStatuses?.[0]?.state.waiting?.reason === 'ImagePullBackOff' ? p : undefined;
    }, { timeoutMs: 10_000 });
    expect(pulled.status?.phase).toBe('Pending');

    const restarted = await waitFor('unlive restarted by its liveness probe', async () => {
      const p = await http.get<Pod>(`/api/v1/namespaces/${ns}/pods/unlive`);
      return (p.status?.containerStatuses?.[0]?.restartCount ?? 0) >= 1 ? p : undefined;
    }, { timeoutMs: 15_000, intervalMs: 100 });
    expect(restarted.status?.containerStatuses?.[0]?.lastState.terminated).toBeDefined();
    const events = await http.get<KubeList<{ reason: string; message: string; involvedObject: { name: string } }>>(`/api/v1/namespaces/${ns}/events`);
    const about = (name: string) => events.items.filter((e) => e.involvedObject.name === name).map((e) => `${e.reason}: ${e.message}`);
    expect(about('unlive')).toEqual(expect.arrayContaining([
      'Unhealthy: Liveness probe failed: command ["sh","-c","exit 3"] exited with 3: ',
      'Killing: Container app failed liveness probe, will be restarted',
    ]));
    expect(about('crasher')).toContain('BackOff: Back-off restarting failed container');
    expect(about('no-image')).toContain('Failed: Error: ImagePullBackOff');
  });

  it('deletes a pod gracefully: preStop runs before SIGTERM, then the simulator finalises the pod', async () => {
    const core = kc.makeApiClient(CoreV1Api);
    await core.createNamespacedPod({
      namespace: ns,
      body: {
        metadata: { name: 'graceful' },
        spec: {
          terminationGracePeriodSeconds: 10,
          containers: [{
            name: 'app',
            image: 'sample-app:v1',
            ports: [{ containerPort: APP_PORT }],
            readinessProbe: { httpGet: { path: '/readyz', port: APP_PORT }, periodSeconds: 1 },
            lifecycle: { preStop: { exec: { command: ['sleep', '1'] } } },
          }],
        },
      },
    });
    const running = await waitFor('graceful pod Ready', async () => {
      const p = await http.get<Pod>(`/api/v1/namespaces/${ns}/pods/graceful`);
      return p.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True') === true ? p : undefined;
    }, { timeoutMs: 15_000 });
    const pid = Number(running.status?.containerStatuses?.[0]?.containerID?.replace('sim://', ''));
    const started = Date.now();
    await core.deleteNamespacedPod({ namespace: ns, name: 'graceful' });
    // During preStop the process is still alive and serving.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(pidAlive(pid)).toBe(true);
    await waitFor('graceful pod removed', async () => ((await http.find(`/api/v1/namespaces/${ns}/pods/graceful`)) === undefined ? true : undefined), { timeoutMs: 15_000, intervalMs: 100 });
    const took = Date.now() - started;
    expect(took).toBeGreaterThanOrEqual(1000);
    expect(took).toBeLessThan(10_000);
    expect(pidAlive(pid)).toBe(false);
  });

  it('lets Prometheus scrape the simulated pods, labelled with namespace, pod, app and version', async () => {
    const { info } = lease;
    prometheus = await startPrometheus({ targetsFile: info.prometheusTargetsFile });
    expect(new URL(prometheus.url).hostname).toBe('127.0.0.1');
    const address = await proxy!.address(ns, 'web', 80);
    for (let i = 0; i < 10; i++) await getJson(address);
    const v2Pods = (await podsOf('app=web,version=v2')).map((p) => p.metadata.name).sort();
    const samples = await prometheus.waitForQuery(
      `sum by (pod, app, version) (http_requests_total{namespace="${ns}", app="web", version="v2"})`,
      (s) => s.length === 2 && s.reduce((n, x) => n + Number(x.value[1]), 0) >= 10,
      30_000,
    );
    expect(samples.map((s) => s.metric['pod']).sort()).toEqual(v2Pods);
    for (const s of samples) expect(s.metric).toMatchObject({ app: 'web', version: 'v2' });
    const v1Pods = (await podsOf('app=web,version=v1')).map((p) => p.metadata.name).sort();
    const v1Info = await prometheus.waitForQuery(`app_info{namespace="${ns}", app="web", version="v1"}`, (s) => s.length === 2, 15_000);
    expect(v1Info.map((s) => s.metric['pod']).sort()).toEqual(v1Pods);
  });

  it('gives tests an independent kubectl that sees the same state', async () => {
    const list = await kubectlJson<{ items: { metadata: { name: string }; status: { availableReplicas?: number } }[] }>(
      ['get', 'deployments', '-n', ns],
      { kubeconfigPath: lease.info.kubeconfigPath },
    );
    const byName = Object.fromEntries(list.items.map((d) => [d.metadata.name, d.status.availableReplicas ?? 0]));
    expect(byName).toMatchObject({ 'web-v1': 2, 'web-v2': 2, 'never-ready': 0 });
  });

  it('never sent test traffic to a non-loopback address', async () => {
    const { info } = lease;
    // Give the audit a few more samples after all the traffic above.
    await new Promise((resolve) => setTimeout(resolve, 1200));
    const read = (file: string) => (existsSync(file) ? readFileSync(file, 'utf8').trim() : '');
    expect(read(info.auditViolationsFile)).toBe('');
    expect(read(info.guardViolationsFile)).toBe('');
    const status = JSON.parse(readFileSync(info.auditStatusFile, 'utf8')) as NetworkAuditStatus;
    expect(status.samples).toBeGreaterThan(10);
    // The audit really covered the plane, the pods and this test worker.
    const pods = await podsOf('app=web');
    const podPids = pods.map((p) => Number(p.status?.containerStatuses?.[0]?.containerID?.replace('sim://', '')));
    expect(status.auditedPids).toEqual(expect.arrayContaining([info.pids.etcd, info.pids.apiserver, info.pids.controllerManager, process.pid, ...podPids]));
  });
});
