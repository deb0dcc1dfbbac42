// The committed bundles (dist/tenant-isolate/index.js, and post.js after it) under the runner harness, against the real
// control plane through the recording fault proxy, so every request the action sends is counted
// by something other than the action itself. RBAC is exercised for real: the tests act as the
// plane's users and as the minted deployer token, and observe 403s.
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { KubeHttp, createTestNamespace, deleteTestNamespace, kubectl, kubectlJson, startFaultProxy, useTestCluster } from '../../../test/kube/index.ts';
import type { ClusterLease, FaultProxy, RecordedRequest } from '../../../test/kube/index.ts';
import { runAction } from '../../../test/support/runner/index.ts';
import type { RunActionOptions, RunActionResult } from '../../../test/support/runner/index.ts';
import { DEPLOYER_KUBECONFIG_STATE } from '../src/cleanup.ts';
import { CHECKS } from '../src/verify.ts';

const root = join(import.meta.dirname, '..', '..', '..');
const entry = join(root, 'dist', 'tenant-isolate', 'index.js');
const postEntry = join(root, 'dist', 'tenant-isolate', 'post.js');
const action = join(root, 'tenant-isolate', 'action.yml');

let lease: ClusterLease;
let proxy: FaultProxy;
let admin: KubeHttp;
let workspace: string;
let runnerTemp: string;
const suffix = randomBytes(3).toString('hex');
const set = `kt-${suffix}`;
const A = `ti-${suffix}-a`;
const B = `ti-${suffix}-b`;
const C = `ti-${suffix}-c`;
const namespaces: string[] = [A, B, C];

function tenantsYaml(names: readonly string[], extra = ''): string {
  const owners: Record<string, string> = { [A]: '{ users: [alice] }', [B]: '{ users: [bob], groups: [team-b] }', [C]: '{ groups: [pipeline-deployers] }' };
  return [
    `set: ${set}`,
    'defaults: { ingress-namespace: ingress-nginx }',
    'tenants:',
    ...names.flatMap((n) => [`  - name: ${n}`, `    owners: ${owners[n] ?? '{ users: [carol] }'}`, ...(n === A ? ['    egress: [{ cidrs: [10.96.0.0/12], ports: [443] }]'] : [])]),
    extra,
  ].join('\n');
}

const WRITE_VERBS = new Set(['create', 'update', 'patch', 'delete', 'deletecollection']);

/** Requests that would change stored state: not reviews, not token requests, not dry runs. */
function writesIn(requests: readonly RecordedRequest[]): RecordedRequest[] {
  return requests.filter((r) => r.info !== undefined && WRITE_VERBS.has(r.info.verb)
    && r.info.group !== 'authorization.k8s.io' && r.info.subresource !== 'token' && !r.path.includes('dryRun=All'));
}

async function run(inputs: Record<string, string>, options: Partial<RunActionOptions> = {}): Promise<{ result: RunActionResult; requests: RecordedRequest[] }> {
  const before = proxy.requests.length;
  const result = await runAction({ entry, action, workspace, inputs: { kubeconfig: proxy.kubeconfig, ...inputs }, timeoutMs: 120_000, ...options });
  return { result, requests: proxy.requests.slice(before) };
}

function errors(result: RunActionResult): string[] {
  return result.annotations.filter((a) => a.level === 'error').map((a) => a.message);
}

beforeAll(async () => {
  lease = await useTestCluster();
  const { info } = lease;
  admin = new KubeHttp({ server: info.server, token: info.admin.token, ca: info.caPem });
  proxy = await startFaultProxy(info);
  workspace = await mkdtemp(join(tmpdir(), 'tenant-isolate-ws-'));
  runnerTemp = await mkdtemp(join(tmpdir(), 'tenant-isolate-rt-'));
  await writeFile(join(workspace, 'tenants.yaml'), tenantsYaml([A, B, C]));
}, 180_000);

afterAll(async () => {
  for (const ns of namespaces) await deleteTestNamespace(admin, ns).catch(() => undefined);
  admin?.close();
  await proxy?.stop();
  await rm(workspace, { recursive: true, force: true });
  await rm(runnerTemp, { recursive: true, force: true });
  await lease?.release();
});

describe('tenant-isolate bundle on the control plane', () => {
  let first: Awaited<ReturnType<typeof run>>;

  it('creates three tenants, verifies them and mints a deployer kubeconfig', async () => {
    // Its own RUNNER_TEMP, shared with the post step below, as the runner shares it within a job.
    first = await run({ tenants: 'tenants.yaml', 'sarif-path': 'tenant-isolate.sarif', 'deployer-kubeconfig-for': A }, { runnerTemp });
    const { result } = first;
    expect(errors(result), result.stdout).toEqual([]);
    expect(result.exitCode).toBe(0);
    expect(JSON.parse(result.outputs['applied'] ?? '')).toEqual([A, B, C]);
    expect(JSON.parse(result.outputs['changed'] ?? '')).toEqual([A, B, C]);
    // 1.20 has no Pod Security admission: those checks are not enforced, so the verdict cannot be a pass.
    expect(result.outputs['verdict']).toBe('partial');
    expect(Number(result.outputs['writes'])).toBe(writesIn(first.requests).length);
    expect(result.leaks).toEqual([]);

    const ns = await admin.get<{ metadata: { labels: Record<string, string> } }>(`/api/v1/namespaces/${A}`);
    expect(ns.metadata.labels).toMatchObject({ 'pod-security.kubernetes.io/enforce': 'restricted', 'pod-security.kubernetes.io/enforce-version': 'v1.30', 'pipeline.dev/tenant': A });
    const quota = await admin.get<{ spec: { hard: Record<string, string> } }>(`/api/v1/namespaces/${B}/resourcequotas/tenant-quota`);
    expect(quota.spec.hard['services.nodeports']).toBe('0');

    // The summary's matrix and the SARIF: every RBAC and stored-object check passed, PSA checks are notes at the tenant's line.
    const checks = Object.values(CHECKS);
    expect(result.summary).toContain('Verification: partial');
    expect(result.summary).toContain(`| ${A} | ${checks.map((c) => (c.admission ? '⚠️' : '✅')).join(' | ')} |`);
    const sarif = JSON.parse(readFileSync(join(workspace, 'tenant-isolate.sarif'), 'utf8')) as { runs: { results: { ruleId: string; level: string; message: { text: string }; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[] }[] }[] };
    const results = sarif.runs[0]?.results ?? [];
    expect(results.length).toBe(3 * checks.filter((c) => c.admission).length);
    expect(results.every((r) => r.level === 'note' && r.message.text.includes('not enforced on this cluster version'))).toBe(true);
    expect(results.find((r) => r.message.text.startsWith(`Tenant ${B}:`))?.locations[0]?.physicalLocation).toEqual({ artifactLocation: { uri: 'tenants.yaml' }, region: { startLine: 7 } });
    expect(result.outputs['deployer-token-expires-at']).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(result.masked.some((m) => result.outputs['deployer-kubeconfig']?.includes(m) === true && m.length > 100)).toBe(true);
    expect(result.state).toEqual({ [DEPLOYER_KUBECONFIG_STATE]: result.outputs['deployer-kubeconfig-path'] });
    expect(result.outputs['deployer-kubeconfig-path']?.startsWith(`${runnerTemp}/`)).toBe(true);
  });

  it('the post step removes the minted kubeconfig from RUNNER_TEMP, without calling the cluster', async () => {
    const path = first.result.outputs['deployer-kubeconfig-path'] ?? '';
    expect(readFileSync(path, 'utf8')).toBe(first.result.outputs['deployer-kubeconfig']);
    const before = proxy.requests.length;
    const post = await runAction({ entry: postEntry, action, workspace, runnerTemp, inputs: { kubeconfig: proxy.kubeconfig, tenants: 'tenants.yaml', 'deployer-kubeconfig-for': A }, state: first.result.state });
    expect(post.exitCode, post.stdout).toBe(0);
    expect(post.annotations.filter((a) => a.level !== 'debug')).toEqual([]);
    expect(existsSync(path)).toBe(false);
    expect(proxy.requests.length).toBe(before);
  });

  it('a second run reports no changes and sends zero writes', async () => {
    const { result, requests } = await run({ tenants: 'tenants.yaml' });
    expect(result.exitCode).toBe(0);
    expect(JSON.parse(result.outputs['changed'] ?? '')).toEqual([]);
    expect(JSON.parse(result.outputs['applied'] ?? '')).toEqual([A, B, C]);
    expect(result.outputs['writes']).toBe('0');
    expect(writesIn(requests)).toEqual([]);
    // Lists, not a GET per object: the plan costs a handful of reads however many tenants there are.
    expect(requests.filter((r) => r.info?.verb === 'get').length).toBeLessThan(10);
  });

  it('the cross-tenant matrix is denied for real: tenant users and the deployer token get 403 elsewhere', async () => {
    const { info } = lease;
    const as = (user: string) => new KubeHttp({ server: info.server, token: info.users[user]!.token, ca: info.caPem });
    const alice = as('alice');
    const bob = as('bob');
    const deployerUser = as('deployer');
    try {
      for (const [client, own, others] of [[alice, A, [B, C]], [bob, B, [A, C]], [deployerUser, C, [A, B]]] as const) {
        expect((await client.request('GET', `/apis/apps/v1/namespaces/${own}/deployments`)).status).toBe(200);
        for (const other of others) {
          for (const path of [`/api/v1/namespaces/${other}/pods`, `/api/v1/namespaces/${other}/secrets`, `/apis/apps/v1/namespaces/${other}/deployments`, `/api/v1/namespaces/${other}/services`]) {
            expect((await client.request('GET', path)).status, path).toBe(403);
          }
          expect((await client.request('POST', `/api/v1/namespaces/${other}/configmaps`, { body: { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'x' } } })).status).toBe(403);
        }
        expect((await client.request('GET', '/api/v1/namespaces')).status).toBe(403);
        expect((await client.request('GET', '/api/v1/nodes')).status).toBe(403);
        // Their own quota and policies are pipeline's.
        expect((await client.request('DELETE', `/api/v1/namespaces/${own}/resourcequotas/tenant-quota`)).status).toBe(403);
        expect((await client.request('PATCH', `/apis/networking.k8s.io/v1/namespaces/${own}/networkpolicies/pipeline-default-deny`, { body: { metadata: { labels: { x: 'y' } } }, contentType: 'application/merge-patch+json' })).status).toBe(403);
      }
    } finally {
      alice.close();
      bob.close();
      deployerUser.close();
    }

    // The minted deployer kubeconfig: deployments in its own namespace, nothing elsewhere, nothing cluster-wide.
    const dir = await mkdtemp(join(tmpdir(), 'deployer-'));
    try {
      const kubeconfigPath = join(dir, 'config');
      await writeFile(kubeconfigPath, first.result.outputs['deployer-kubeconfig'] ?? '', { mode: 0o600 });
      await kubectl(['get', 'deployments', '-n', A], { kubeconfigPath });
      await kubectl(['auth', 'can-i', 'patch', 'deployments', '-n', A], { kubeconfigPath });
      await expect(kubectl(['get', 'pods', '-n', B], { kubeconfigPath })).rejects.toThrow(/forbidden/i);
      await expect(kubectl(['get', 'secrets', '-n', A], { kubeconfigPath })).rejects.toThrow(/forbidden/i);
      await expect(kubectl(['get', 'namespaces'], { kubeconfigPath })).rejects.toThrow(/forbidden/i);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('reports drift in plan mode without writing, then corrects it in apply mode', async () => {
    await admin.mergePatch(`/api/v1/namespaces/${B}/resourcequotas/tenant-quota`, { spec: { hard: { 'services.nodeports': '5' } } });
    const plan = await run({ tenants: 'tenants.yaml', mode: 'plan' });
    expect(plan.result.exitCode).toBe(0);
    expect(JSON.parse(plan.result.outputs['changed'] ?? '')).toEqual([B]);
    expect(writesIn(plan.requests)).toEqual([]);
    expect(plan.requests.some((r) => r.info?.verb === 'patch' && r.path.includes('dryRun=All'))).toBe(true);
    expect(plan.result.annotations.some((a) => a.level === 'warning' && a.message.includes(`Drift in ResourceQuota ${B}/tenant-quota`))).toBe(true);
    expect(plan.result.stdout).toContain('spec.hard["services.nodeports"]: "5" → "0"');

    const apply = await run({ tenants: 'tenants.yaml', verify: 'false' });
    expect(apply.result.exitCode).toBe(0);
    expect(writesIn(apply.requests).map((r) => `${r.info?.verb} ${r.info?.resource}`)).toEqual(['patch resourcequotas']);
    const quota = await admin.get<{ spec: { hard: Record<string, string> } }>(`/api/v1/namespaces/${B}/resourcequotas/tenant-quota`);
    expect(quota.spec.hard['services.nodeports']).toBe('0');
  });

  it('fails verification on a real leak, with an error and a SARIF result at the tenant', async () => {
    const name = `ti-${suffix}-leak`;
    await admin.post('/apis/rbac.authorization.k8s.io/v1/clusterroles', { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'ClusterRole', metadata: { name }, rules: [{ apiGroups: [''], resources: ['pods'], verbs: ['get', 'list'] }] });
    await admin.post('/apis/rbac.authorization.k8s.io/v1/clusterrolebindings', {
      apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'ClusterRoleBinding', metadata: { name },
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name }, subjects: [{ apiGroup: 'rbac.authorization.k8s.io', kind: 'User', name: 'bob' }],
    });
    try {
      const { result } = await run({ tenants: 'tenants.yaml', 'sarif-path': 'leak.sarif' });
      expect(result.exitCode).toBe(1);
      expect(result.outputs['verdict']).toBe('fail');
      const leak = result.annotations.find((a) => a.level === 'error' && a.message.startsWith(`Tenant ${B}: MTB-PL1-CC-TI-2`));
      expect(leak?.message).toContain(`user bob can get pods in ${A}`);
      expect(leak).toMatchObject({ file: 'tenants.yaml', line: 7, title: 'MTB-PL1-CC-TI-2' });
      expect(result.summary).toContain(`| ${B} | ❌ |`);
      const sarif = JSON.parse(readFileSync(join(workspace, 'leak.sarif'), 'utf8')) as { runs: { results: { ruleId: string; level: string; message: { text: string } }[] }[] };
      expect(sarif.runs[0]?.results.filter((r) => r.level === 'error').map((r) => r.ruleId)).toEqual(['MTB-PL1-CC-TI-2']);
    } finally {
      await admin.delete(`/apis/rbac.authorization.k8s.io/v1/clusterrolebindings/${name}`);
      await admin.delete(`/apis/rbac.authorization.k8s.io/v1/clusterroles/${name}`);
    }
  });

  it('fails before any write on an existing unmanaged namespace and on bad input, naming tenant and field', async () => {
    const taken = await createTestNamespace(admin, 'ti-taken');
    namespaces.push(taken);
    const { result, requests } = await run({ tenants: tenantsYaml([A, taken]) });
    expect(result.exitCode).toBe(1);
    expect(errors(result).join('\n')).toContain(`tenant '${taken}', field 'name': namespace '${taken}' already exists and is not managed by tenant-isolate`);
    expect(writesIn(requests)).toEqual([]);

    const bad = await run({ tenants: tenantsYaml([A], 'tiers:\n  standard: { quota: { requests-cpu: lots } }') });
    expect(bad.result.exitCode).toBe(1);
    expect(errors(bad.result)[0]).toContain("field 'tiers.standard.quota.requests-cpu': 'lots' is not a Kubernetes quantity");
    expect(bad.requests).toEqual([]);
  });

  it('render writes manifests that kubectl applies to the same result the action makes', async () => {
    const D = `ti-${suffix}-d`;
    namespaces.push(D);
    const file = tenantsYaml([A, B, C, D]);
    const rendered = await run({ tenants: file, mode: 'render', 'render-dir': 'gitops/tenants' });
    expect(rendered.result.exitCode).toBe(0);
    expect(rendered.requests).toEqual([]);
    const dir = join(workspace, 'gitops', 'tenants');
    expect((await readdir(dir)).sort()).toEqual(['kustomization.yaml', `${A}.yaml`, `${B}.yaml`, `${C}.yaml`, `${D}.yaml`]);
    expect((parse(readFileSync(join(dir, 'kustomization.yaml'), 'utf8')) as { resources: string[] }).resources).toHaveLength(4);

    // An independent client applies the new tenant's file under the same field manager ...
    await kubectl(['apply', '--server-side', '--field-manager=pipeline', '-f', join(dir, `${D}.yaml`)], { kubeconfigPath: lease.info.kubeconfigPath });
    const quota = await kubectlJson<{ spec: { hard: Record<string, string> } }>(['get', 'resourcequota', 'tenant-quota', '-n', D], { kubeconfigPath: lease.info.kubeconfigPath });
    expect(quota.spec.hard['services.nodeports']).toBe('0');
    // ... and the action then finds nothing to do: the rendered manifests are exactly what it applies.
    const plan = await run({ tenants: file, mode: 'plan' });
    expect(plan.result.exitCode).toBe(0);
    expect(JSON.parse(plan.result.outputs['changed'] ?? '')).toEqual([]);
    expect(writesIn(plan.requests)).toEqual([]);
  });

  it('prunes a removed tenant: objects always, the namespace only with prune-namespaces', async () => {
    const D = `ti-${suffix}-d`;
    const keepNs = await run({ tenants: tenantsYaml([A, B, C]), prune: 'true', verify: 'false' });
    expect(keepNs.result.exitCode).toBe(0);
    expect(keepNs.result.stdout).toContain(`! Namespace ${D} (tenant ${D} removed; kept: set prune-namespaces to delete namespaces)`);
    expect(await admin.find(`/api/v1/namespaces/${D}/resourcequotas/tenant-quota`)).toBeUndefined();
    expect(await admin.find(`/api/v1/namespaces/${D}`)).toBeDefined();

    const { result } = await run({ tenants: tenantsYaml([A, B]), prune: 'true', 'prune-namespaces': 'true', verify: 'false' });
    expect(result.exitCode).toBe(0);
    expect(JSON.parse(result.outputs['pruned'] ?? '')).toEqual([C, D].sort());
    const gone = await admin.find<{ metadata: { deletionTimestamp?: string } }>(`/api/v1/namespaces/${C}`);
    expect(gone === undefined || gone.metadata.deletionTimestamp !== undefined).toBe(true);
    expect(existsSync(join(workspace, 'tenants.yaml'))).toBe(true);
  });
  it('a failure part-way says which tenants were applied, and a re-run converges', async () => {
    const E = `ti-${suffix}-e`;
    const F = `ti-${suffix}-f`;
    namespaces.push(E, F);
    const file = tenantsYaml([A, B, E, F]);
    const fault = proxy.inject({ match: { verb: 'patch', resource: 'rolebindings', namespace: E }, fault: { kind: 'status', code: 403, message: 'injected' }, nth: 1, times: 100 });
    try {
      const { result } = await run({ tenants: file, verify: 'false' });
      expect(result.exitCode).toBe(1);
      const message = errors(result).join('\n');
      expect(message).toContain(`RoleBinding ${E}/tenant-admin`);
      expect(message).toContain(`Tenants fully applied: ${A}, ${B}, ${F}. Not (fully) applied: ${E}.`);
      expect(JSON.parse(result.outputs['applied'] ?? '')).toEqual([A, B, F]);
    } finally {
      fault.remove();
    }
    const again = await run({ tenants: file, verify: 'false' });
    expect(again.result.exitCode).toBe(0);
    expect(JSON.parse(again.result.outputs['changed'] ?? '')).toEqual([E]);
    expect(writesIn(again.requests).map((r) => `${r.info?.resource} ${r.info?.name}`).sort()).toEqual(['rolebindings deployer', 'rolebindings tenant-admin']);
  });
});
