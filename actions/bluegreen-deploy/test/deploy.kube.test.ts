// Acceptance: the committed bundle (dist/bluegreen-deploy) under the runner harness against the
// real control plane (etcd + kube-apiserver + controller-manager, pods run by the kubelet
// simulator with real readiness probes), with steady load through the plane's Service proxy.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestNamespace, deleteTestNamespace, KubeHttp, startServiceProxy, useTestCluster } from '../../../test/kube/index.ts';
import type { ClusterLease, ServiceProxy } from '../../../test/kube/index.ts';
import { startLoad } from '../../../test/kube/load.ts';
import { appManifests, runDeploy, Workspace } from './support/scenario.ts';

let lease: ClusterLease;
let http: KubeHttp;
let ns: string;
let proxy: ServiceProxy | undefined;
const ws = new Workspace();

interface Svc {
  metadata: { annotations?: Record<string, string> };
  spec: { selector: Record<string, string> };
}

beforeAll(async () => {
  lease = await useTestCluster();
  http = new KubeHttp({ server: lease.info.server, token: lease.info.admin.token, ca: lease.info.caPem });
  ns = await createTestNamespace(http, 'bg-accept');
  proxy = await startServiceProxy({ endpoint: http.endpoint, namespaces: [ns] });
}, 180_000);

afterAll(async () => {
  await proxy?.stop();
  await deleteTestNamespace(http, ns);
  ws.dispose();
  await lease.release();
});

describe('bluegreen-deploy against the control plane', () => {
  it('deploys v1, then v2 with 0 failed requests, then rolls back a crashing v3 with 0 failed requests', async () => {
    const deployV = (image: string) => {
      ws.write('deploy/app.yaml', appManifests({ app: 'shop', image }));
      return runDeploy({ workspace: ws, kubeconfig: lease.info.kubeconfig, inputs: { namespace: ns, service: 'shop', manifests: 'deploy/app.yaml', 'scale-down-delay': '5m', timeout: '90s' } });
    };
    const first = await deployV('sample-app:v1');
    expect(first.exitCode, first.stdout + first.stderr).toBe(0);
    expect(first.outputs['result']).toBe('promoted');
    expect(first.outputs['active-color']).toBe('blue');

    const url = `http://${await (proxy as ServiceProxy).address(ns, 'shop', 80, 30_000)}/`;
    const load = startLoad({ url, rps: 40, closeEvery: 5 });
    await new Promise((r) => setTimeout(r, 1500));
    const second = await deployV('sample-app:v2');
    await new Promise((r) => setTimeout(r, 1500));
    const duringV2 = await load.stop();
    expect(second.exitCode, second.stdout + second.stderr).toBe(0);
    expect(second.outputs['result']).toBe('promoted');
    expect(second.outputs['active-color']).toBe('green');
    console.log(`v1→v2: ${duringV2.total} requests, ${duringV2.failed} failed, v2 first served after ${((duringV2.firstSeen['v2'] ?? 0) - duringV2.startedAt) / 1000} s`);
    expect(duringV2.failed).toBe(0);
    expect(duringV2.byVersion['v2']).toBeGreaterThan(0);

    const load3 = startLoad({ url, rps: 40, closeEvery: 5 });
    const third = await deployV('sample-app:v3-crash');
    const duringV3 = await load3.stop();
    console.log(`v3-crash: ${duringV3.total} requests, ${duringV3.failed} failed`);
    expect(third.exitCode).toBe(1);
    expect(third.outputs['result']).toBe('rolled-back');
    expect(third.outputs['active-color']).toBe('green');
    expect(duringV3.failed).toBe(0);
    expect(duringV3.byVersion['v3']).toBeUndefined();
    const svc = await http.get<Svc>(`/api/v1/namespaces/${ns}/services/shop`);
    expect(svc.spec.selector).toEqual({ app: 'shop', color: 'green' });
    expect(svc.metadata.annotations?.['pipeline.dev/failed-color']).toBe('blue');
    expect(svc.metadata.annotations?.['pipeline.dev/progress']).toBeUndefined();
    expect(third.summary).toContain('```mermaid');
  }, 400_000);
});
