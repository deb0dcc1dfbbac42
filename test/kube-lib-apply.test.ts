// @pipeline/kube against the real test control plane: server-side apply, dry run, plans and access reviews.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KubeObject, RequestRecord, ResolvedKubeConfig } from '@pipeline/kube';
import {
  KubeClient, applyObjects, canI, formatPlan, loadManifests, parseManifests, planObjects, requestServiceAccountToken, reviewAccess, reviewAccessBatch, substituteImages,
  tokenKubeconfig, waitForRollout, writeTempKubeconfig,
} from '@pipeline/kube';
import { obtainKubectl } from './kube/binaries.ts';
import { KubeHttp } from './kube/kube-http.ts';
import { kubectlJson } from './kube/kubectl.ts';
import { createTestNamespace, deleteTestNamespace } from './kube/namespaces.ts';
import type { ClusterLease } from './kube/use-cluster.ts';
import { useTestCluster } from './kube/use-cluster.ts';

let lease: ClusterLease;
let http: KubeHttp;
let client: KubeClient;
let config: ResolvedKubeConfig;
const requests: RequestRecord[] = [];
const namespaces: string[] = [];

async function namespace(prefix: string): Promise<string> {
  const ns = await createTestNamespace(http, prefix);
  namespaces.push(ns);
  return ns;
}

const manifests = (ns: string, replicas = 2, level = 'info') => parseManifests(`
apiVersion: v1
kind: ConfigMap
metadata:
  name: settings
  namespace: ${ns}
  labels: { app: web }
data:
  LOG_LEVEL: ${level}
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: ${ns}
spec:
  replicas: ${replicas}
  selector: { matchLabels: { app: web } }
  template:
    metadata: { labels: { app: web } }
    spec:
      containers:
        - name: app
          image: sample-app:v1
          # Kubernetes 1.20's server-side apply cannot merge a port list item without protocol.
          ports: [{ containerPort: 8080, protocol: TCP }]
          resources:
            requests: { cpu: 0.1, memory: 64Mi }
            limits: { cpu: "1", memory: 0.125Gi }
---
apiVersion: v1
kind: Service
metadata:
  name: web
  namespace: ${ns}
spec:
  selector: { app: web }
  ports: [{ port: 80, targetPort: 8080, protocol: TCP }]
`, 'deploy/web.yaml');

beforeAll(async () => {
  lease = await useTestCluster();
  const { info } = lease;
  http = new KubeHttp({ server: info.server, token: info.admin.token, ca: info.caPem });
  ({ client, config } = await KubeClient.fromConfig({ kubeconfig: info.kubeconfig, mask: () => undefined, onRequest: (r) => requests.push(r) }));
});

afterAll(async () => {
  client?.close();
  if (http !== undefined) {
    for (const ns of namespaces) await deleteTestNamespace(http, ns).catch(() => undefined);
    http.close();
  }
  await lease?.release();
});

const writes = (since: number) => requests.slice(since).filter((r) => r.method !== 'GET' && !r.path.includes('accessreviews'));

describe('server-side apply against the real apiserver', () => {
  it('applies under field manager "pipeline", and a second apply of the same manifests changes nothing', async () => {
    const ns = await namespace('lib-apply');
    const first = await applyObjects(client, manifests(ns));
    expect(first.map((r) => [r.ref.kind, r.action])).toEqual([['ConfigMap', 'created'], ['Service', 'created'], ['Deployment', 'created']]);
    const deployment = await http.get<KubeObject>(`/apis/apps/v1/namespaces/${ns}/deployments/web`);
    expect(deployment.metadata.managedFields?.some((m) => m.manager === 'pipeline' && m.operation === 'Apply')).toBe(true);
    // The controller writes the Deployment's status until the rollout settles; only then do versions hold still.
    await waitForRollout(client, { namespace: ns, name: 'web' }, { timeoutMs: 30_000 });
    const live = await Promise.all(first.map((r) => client.get(r.ref)));
    const versions = live.map((o) => o.metadata.resourceVersion);

    // Without planning, the apply is sent and the server finds nothing to do: resourceVersions stay.
    const second = await applyObjects(client, manifests(ns));
    expect(second.map((r) => r.object.metadata.resourceVersion)).toEqual(versions);

    // Planning first sends no write at all, even though the server defaulted many fields and rewrote quantities.
    const mark = requests.length;
    const third = await applyObjects(client, manifests(ns), { skipUnchanged: true });
    expect(third.map((r) => r.action)).toEqual(['unchanged', 'unchanged', 'unchanged']);
    expect(writes(mark)).toEqual([]);
    expect((await Promise.all(first.map((r) => client.get(r.ref)))).map((o) => o.metadata.resourceVersion)).toEqual(versions);
  });

  it('dry-runs on the server without storing anything, including objects in a namespace that does not exist yet', async () => {
    const ns = await namespace('lib-dry');
    await applyObjects(client, manifests(ns, 2));
    const before = await http.get<KubeObject & { spec: { replicas: number } }>(`/apis/apps/v1/namespaces/${ns}/deployments/web`);
    const results = await applyObjects(client, manifests(ns, 5), { dryRun: true });
    expect(results.every((r) => r.dryRun && r.serverValidated)).toBe(true);
    const dry = results.find((r) => r.ref.kind === 'Deployment')?.object as KubeObject & { spec: { replicas: number } };
    expect(dry.spec.replicas).toBe(5);
    const live = await http.get<KubeObject & { spec: { replicas: number } }>(`/apis/apps/v1/namespaces/${ns}/deployments/web`);
    expect(live.spec.replicas).toBe(2);
    // The controller keeps writing status, so the spec's generation is what shows nothing was stored.
    expect(live.metadata.generation).toBe(before.metadata.generation);

    const fresh = `${ns}-new`;
    const planned = await applyObjects(client, [
      { apiVersion: 'v1', kind: 'Namespace', metadata: { name: fresh } },
      ...manifests(fresh),
    ], { dryRun: true });
    expect(planned.map((r) => [r.ref.kind, r.action, r.serverValidated])).toEqual([
      ['Namespace', 'created', true], ['ConfigMap', 'created', false], ['Service', 'created', false], ['Deployment', 'created', false],
    ]);
    expect(await http.find(`/api/v1/namespaces/${fresh}`)).toBeUndefined();
  });

  it('plans field-level changes against the live objects, ignoring what the server filled in', async () => {
    const ns = await namespace('lib-plan');
    await applyObjects(client, manifests(ns, 2, 'info'));
    const plan = await planObjects(client, manifests(ns, 3, 'debug'));
    expect(plan.map((p) => [p.ref.kind, p.action])).toEqual([['ConfigMap', 'change'], ['Deployment', 'change'], ['Service', 'unchanged']]);
    expect(plan[0]?.changes).toEqual([{ path: 'data.LOG_LEVEL', kind: 'change', before: 'info', after: 'debug' }]);
    expect(plan[1]?.changes).toEqual([{ path: 'spec.replicas', kind: 'change', before: 2, after: 3 }]);
    const text = formatPlan(plan);
    expect(text).toContain(`~ Deployment ${ns}/web (1 field)\n    ~ spec.replicas: 2 → 3`);
    expect(text).toContain('0 to create, 2 to change, 1 unchanged');

    // A field we applied before and dropped now is a removal: apply would take it away.
    const [configMap] = manifests(ns, 2, 'info');
    const trimmed = structuredClone(configMap!.object);
    delete trimmed.metadata.labels;
    const [removal] = await planObjects(client, [trimmed]);
    expect(removal?.changes).toEqual([{ path: 'metadata.labels', kind: 'remove', before: { app: 'web' } }]);

    // Another manager's edit to a field we own is drift, and it shows up as a change back.
    await http.mergePatch(`/api/v1/namespaces/${ns}/configmaps/settings`, { data: { LOG_LEVEL: 'trace' } });
    const [drift] = await planObjects(client, [configMap!]);
    expect(drift?.changes).toEqual([{ path: 'data.LOG_LEVEL', kind: 'change', before: 'trace', after: 'info' }]);
  });

  it('fails on a field another manager owns unless forced', async () => {
    const ns = await namespace('lib-force');
    await applyObjects(client, manifests(ns));
    const other = { ...manifests(ns)[0]!.object, data: { LOG_LEVEL: 'warn' } };
    await expect(client.apply(other, { fieldManager: 'someone-else' })).rejects.toMatchObject({ status: 409, reason: 'Conflict' });
    const forced = await client.apply(other, { fieldManager: 'someone-else', force: true });
    expect(forced.status).toBe(200);
    await expect(applyObjects(client, manifests(ns).slice(0, 1))).rejects.toThrow(/could not be applied[\s\S]*ConfigMap .*deploy\/web\.yaml document #1[\s\S]*409 Conflict/);
    const forcedBack = await applyObjects(client, manifests(ns).slice(0, 1), { force: true });
    expect(forcedBack[0]?.action).toBe('configured');
    const viaKubectl = await kubectlJson<{ data: Record<string, string> }>(['get', 'configmap', 'settings', '-n', ns], { kubeconfigPath: lease.info.kubeconfigPath });
    expect(viaKubectl.data['LOG_LEVEL']).toBe('info');
  });

  it('says which kinds a cluster does not serve, naming the manifest', async () => {
    const ns = await namespace('lib-kind');
    const [doc] = parseManifests(`apiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata: { name: web, namespace: ${ns} }\nspec: { maxUnavailable: 0 }\n`, 'deploy/pdb.yaml');
    const minor = lease.info.minor;
    if (minor >= 21) {
      expect((await applyObjects(client, [doc!]))[0]?.action).toBe('created');
      return;
    }
    // Kubernetes 1.20 serves PodDisruptionBudget only as policy/v1beta1.
    await expect(applyObjects(client, [doc!])).rejects.toThrow(/deploy\/pdb\.yaml document #1 \(line 1\): PodDisruptionBudget policy\/v1 is not served by this cluster: policy is served as policy\/v1beta1/);
  });
});

describe('manifests from a Kustomize directory', () => {
  it('builds it with the real kubectl, substitutes images by container name, applies it, and hands kubectl a temporary kubeconfig', async () => {
    const ns = await namespace('lib-kustomize');
    const workspace = await mkdtemp(join(tmpdir(), 'kube-lib-kustomize-'));
    try {
      await mkdir(join(workspace, 'deploy'));
      await writeFile(join(workspace, 'deploy', 'kustomization.yaml'), `namespace: ${ns}\ncommonLabels: { team: shop }\nresources: [web.yaml]\n`);
      await writeFile(join(workspace, 'deploy', 'web.yaml'), manifests('placeholder').map((m) => JSON.stringify({ ...m.object, metadata: { ...m.object.metadata, namespace: undefined } })).join('\n---\n'));
      const loaded = await loadManifests(['deploy'], { workspace, kubectl: await obtainKubectl() });
      expect(loaded.map((m) => [m.source.file, m.object.kind, m.object.metadata.namespace, m.object.metadata.labels?.['team']])).toEqual([
        ['deploy (kustomize)', 'ConfigMap', ns, 'shop'], ['deploy (kustomize)', 'Service', ns, 'shop'], ['deploy (kustomize)', 'Deployment', ns, 'shop'],
      ]);
      const { manifests: substituted, substitutions } = substituteImages(loaded, [{ container: 'app', image: 'sample-app:v2' }]);
      expect(substitutions).toHaveLength(1);
      await applyObjects(client, substituted);

      const file = await writeTempKubeconfig(config.toYaml(), { RUNNER_TEMP: workspace });
      try {
        const live = await kubectlJson<{ spec: { template: { spec: { containers: { image: string }[] } } } }>(['get', 'deployment', 'web', '-n', ns], { kubeconfigPath: file.path });
        expect(live.spec.template.spec.containers[0]?.image).toBe('sample-app:v2');
      } finally {
        await file.dispose();
      }
    } finally {
      await rm(workspace, { recursive: true, force: true });
    }
  });
});

describe('access reviews', () => {
  it('answers for an RBAC-bound user, an unbound one, a group and a service account, and matches what the apiserver enforces', async () => {
    const ns = await namespace('lib-sar');
    await applyObjects(client, [
      { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'Role', metadata: { name: 'pod-reader', namespace: ns }, rules: [{ apiGroups: [''], resources: ['pods'], verbs: ['get', 'list'] }] },
      {
        apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'RoleBinding', metadata: { name: 'alice-reads-pods', namespace: ns },
        roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: 'pod-reader' },
        subjects: [{ kind: 'User', name: 'alice', apiGroup: 'rbac.authorization.k8s.io' }, { kind: 'ServiceAccount', name: 'deployer', namespace: ns }],
      },
    ]);
    const list = { verb: 'list', resource: 'pods', namespace: ns };
    const alice = await reviewAccess(client, { user: 'alice', groups: ['team-a'] }, list);
    expect(alice).toMatchObject({ allowed: true, denied: false });
    expect(alice.reason).toMatch(/RBAC: allowed by RoleBinding "alice-reads-pods/);
    expect(await reviewAccess(client, { user: 'bob', groups: ['team-b'] }, list)).toMatchObject({ allowed: false });

    const batch = await reviewAccessBatch(client, [
      { subject: { user: 'alice' }, check: { verb: 'delete', resource: 'pods', namespace: ns } },
      { subject: { user: 'alice' }, check: { verb: 'get', resource: 'pods', namespace: 'default' } },
      { subject: { user: 'alice' }, check: { verb: 'list', resource: 'namespaces' } },
      { subject: { serviceAccount: { namespace: ns, name: 'deployer' } }, check: { verb: 'get', resource: 'pods', namespace: ns, name: 'x' } },
      { subject: { serviceAccount: { namespace: 'default', name: 'deployer' } }, check: list },
      { subject: { groups: ['system:masters'], user: 'root' }, check: { verb: 'delete', resource: 'nodes' } },
    ]);
    expect(batch.map((r) => r.allowed)).toEqual([false, false, false, true, false, true]);

    // The review agrees with what the apiserver does to alice's and bob's own requests.
    const asUser = async (name: string) => (await KubeClient.fromConfig({ env: { KUBECONFIG: lease.info.users[name]!.kubeconfigPath }, mask: () => undefined })).client;
    const aliceClient = await asUser('alice');
    const bobClient = await asUser('bob');
    try {
      expect((await aliceClient.list('v1', 'Pod', { namespace: ns })).items).toEqual([]);
      await expect(bobClient.list('v1', 'Pod', { namespace: ns })).rejects.toMatchObject({ status: 403, reason: 'Forbidden' });
      expect(await canI(aliceClient, list)).toMatchObject({ allowed: true });
      expect(await canI(bobClient, list)).toMatchObject({ allowed: false });
    } finally {
      aliceClient.close();
      bobClient.close();
    }
  });

  it('mints a short-lived ServiceAccount token whose kubeconfig can do what the SA may, and nothing else', async () => {
    const ns = await namespace('lib-token');
    await applyObjects(client, [
      { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'deployer', namespace: ns } },
      { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'Role', metadata: { name: 'pod-reader', namespace: ns }, rules: [{ apiGroups: [''], resources: ['pods'], verbs: ['list'] }] },
      {
        apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'RoleBinding', metadata: { name: 'deployer', namespace: ns },
        roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: 'pod-reader' }, subjects: [{ kind: 'ServiceAccount', name: 'deployer', namespace: ns }],
      },
    ]);
    const masked: string[] = [];
    const minted = await requestServiceAccountToken(client, { namespace: ns, serviceAccount: 'deployer', expirationSeconds: 600 }, (m) => masked.push(m));
    expect(masked).toContain(minted.token);
    expect(minted.expiresAt!.getTime() - Date.now()).toBeGreaterThan(500_000);
    const yamlText = await tokenKubeconfig(config, { token: minted.token, namespace: ns, user: 'deployer' });
    const { client: deployer } = await KubeClient.fromConfig({ kubeconfig: yamlText, mask: () => undefined });
    try {
      expect(deployer.namespace).toBe(ns);
      expect((await deployer.list('v1', 'Pod', { namespace: ns })).items).toEqual([]);
      await expect(deployer.list('v1', 'Pod', { namespace: 'default' })).rejects.toMatchObject({ status: 403 });
      await expect(deployer.list('v1', 'Secret', { namespace: ns })).rejects.toMatchObject({ status: 403 });
    } finally {
      deployer.close();
    }
  });
});
