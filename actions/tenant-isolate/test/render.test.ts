import type { KubeObject } from '@pipeline/kube';
import { describe, expect, it } from 'vitest';
import { formatTenantPlan, planTenants, pruneCandidates } from '../src/isolate.ts';
import { DEPLOYER_RULES, TENANT_ADMIN_RULES, renderAll, renderTenant } from '../src/render.ts';
import { buildSarif, buildSummary } from '../src/report.ts';
import { parseTenants } from '../src/tenants.ts';
import { CHECKS, NOT_ENFORCED, benchmarkUrl, plannedReviews, probePods } from '../src/verify.ts';
import type { AdmissionCheckKey, CheckDefinition, VerifyResult } from '../src/verify.ts';

const config = parseTenants(`set: unit
defaults: { ingress-namespace: ingress-nginx }
tenants:
  - name: team-a
    owners: { users: [alice], groups: [team-a] }
    egress: [{ namespaces: [shared-db], cidrs: [10.20.0.0/16], ports: [5432] }]
    labels: { cost-centre: "42" }
  - name: team-b
    tier: small
    owners: { users: [bob] }
  - name: team-c
    owners: { groups: [team-c] }
`, { file: 'deploy/tenants.yaml' });

function walk(value: unknown, visit: (key: string, v: unknown) => void): void {
  if (Array.isArray(value)) for (const v of value) walk(v, visit);
  else if (typeof value === 'object' && value !== null) {
    for (const [k, v] of Object.entries(value)) {
      visit(k, v);
      walk(v, visit);
    }
  }
}

describe('renderTenant', () => {
  const [a, b] = config.tenants;
  const objects = renderTenant(config, a!);
  const find = (kind: string, name: string) => objects.find((o) => o.kind === kind && o.metadata.name === name);

  it('labels the namespace for the tenant, the set and Pod Security restricted at a pinned version', () => {
    expect(find('Namespace', 'team-a')?.metadata.labels).toEqual({
      'cost-centre': '42',
      'app.kubernetes.io/managed-by': 'pipeline',
      'pipeline.dev/tenant': 'team-a',
      'pipeline.dev/tenant-set': 'unit',
      'pod-security.kubernetes.io/enforce': 'restricted',
      'pod-security.kubernetes.io/enforce-version': 'v1.30',
      'pod-security.kubernetes.io/audit': 'restricted',
      'pod-security.kubernetes.io/audit-version': 'v1.30',
      'pod-security.kubernetes.io/warn': 'restricted',
      'pod-security.kubernetes.io/warn-version': 'v1.30',
    });
    for (const o of objects) expect(o.metadata.labels?.['pipeline.dev/tenant']).toBe('team-a');
  });

  it('bounds compute, storage, object counts, node ports and load balancers', () => {
    expect((find('ResourceQuota', 'tenant-quota')?.['spec'] as { hard: Record<string, string> }).hard).toEqual({
      'requests.cpu': '8', 'limits.cpu': '16', 'requests.memory': '16Gi', 'limits.memory': '32Gi', 'requests.storage': '100Gi',
      pods: '50', services: '20', persistentvolumeclaims: '20', configmaps: '50', secrets: '50', 'services.nodeports': '0', 'services.loadbalancers': '1',
    });
    const small = renderTenant(config, b!).find((o) => o.kind === 'ResourceQuota');
    expect((small?.['spec'] as { hard: Record<string, string> }).hard['services.loadbalancers']).toBe('0');
    expect(find('LimitRange', 'tenant-limits')?.['spec']).toEqual({
      limits: [{ type: 'Container', default: { cpu: '500m', memory: '512Mi' }, defaultRequest: { cpu: '100m', memory: '128Mi' }, max: { cpu: '4', memory: '8Gi' } }],
    });
  });

  it('denies by default and allows only the namespace itself, DNS, the ingress controller and declared egress', () => {
    expect(objects.filter((o) => o.kind === 'NetworkPolicy').map((o) => o.metadata.name)).toEqual([
      'pipeline-default-deny', 'pipeline-allow-same-namespace', 'pipeline-allow-dns', 'pipeline-allow-ingress-controller', 'pipeline-allow-extra-egress',
    ]);
    expect(find('NetworkPolicy', 'pipeline-default-deny')?.['spec']).toEqual({ podSelector: {}, policyTypes: ['Ingress', 'Egress'] });
    expect(find('NetworkPolicy', 'pipeline-allow-extra-egress')?.['spec']).toEqual({
      podSelector: {},
      policyTypes: ['Egress'],
      egress: [{ to: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'shared-db' } } }, { ipBlock: { cidr: '10.20.0.0/16' } }], ports: [{ port: 5432, protocol: 'TCP' }] }],
    });
    expect((find('NetworkPolicy', 'pipeline-allow-ingress-controller')?.['spec'] as { ingress: unknown }).ingress).toEqual([
      { from: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'ingress-nginx' } } }] },
    ]);
    // A tenant without extra egress gets no policy for it.
    expect(renderTenant(config, config.tenants[2]!).some((o) => o.metadata.name === 'pipeline-allow-extra-egress')).toBe(false);
  });

  it('never writes an empty namespaceSelector, which would open a policy to every namespace', () => {
    for (const { objects: all } of renderAll(config)) {
      walk(all, (key, value) => {
        if (key === 'namespaceSelector') expect(Object.keys((value as { matchLabels?: object }).matchLabels ?? {}).length).toBeGreaterThan(0);
      });
    }
  });

  it('gives the tenant admin no escalate, bind or impersonate, and no write to quota, limits, policies or RBAC', () => {
    const verbs = TENANT_ADMIN_RULES.flatMap((r) => r['verbs'] ?? []);
    for (const forbidden of ['escalate', 'bind', 'impersonate', '*']) expect(verbs).not.toContain(forbidden);
    for (const rule of TENANT_ADMIN_RULES) {
      const writes = (rule['verbs'] ?? []).some((v) => !['get', 'list', 'watch'].includes(v));
      if (!writes) continue;
      for (const resource of ['resourcequotas', 'limitranges', 'networkpolicies', 'roles', 'rolebindings', 'namespaces']) expect(rule['resources']).not.toContain(resource);
      expect(rule['resources']).not.toContain('*');
    }
    expect(find('RoleBinding', 'tenant-admin')?.['subjects']).toEqual([
      { apiGroup: 'rbac.authorization.k8s.io', kind: 'User', name: 'alice' },
      { apiGroup: 'rbac.authorization.k8s.io', kind: 'Group', name: 'team-a' },
    ]);
  });

  it('gives the deployer exactly what bluegreen-deploy uses, reads where it only reads', () => {
    const grants = DEPLOYER_RULES.flatMap((r) => (r['resources'] ?? []).map((res) => `${r['apiGroups']?.[0] ?? ''}/${res}:${(r['verbs'] ?? []).join(',')}`)).sort();
    expect(grants).toEqual([
      '/endpoints:get,list,watch', '/events:get,list,watch', '/pods:get,list,watch', '/services:get,list,watch,create,update,patch,delete',
      'apps/deployments:get,list,watch,create,update,patch,delete', 'apps/replicasets:get,list,watch',
      'coordination.k8s.io/leases:get,list,watch,create,update,patch,delete', 'discovery.k8s.io/endpointslices:get,list,watch',
      'gateway.networking.k8s.io/httproutes:get,list,watch,create,update,patch,delete', 'networking.k8s.io/ingresses:get,list,watch,create,update,patch,delete',
    ]);
    expect(find('RoleBinding', 'deployer')?.['subjects']).toEqual([{ kind: 'ServiceAccount', name: 'deployer', namespace: 'team-a' }]);
    expect(objects.every((o) => o.kind === 'Namespace' || o.metadata.namespace === 'team-a')).toBe(true);
  });
});

describe('planTenants and pruneCandidates', () => {
  const rendered = renderAll(config);
  const live = (objects: KubeObject[]): KubeObject[] => objects.map((o) => structuredClone(o));

  it('plans nothing for objects as desired, a change with the other managers for drift, and creates for the missing', () => {
    const current = live(rendered.flatMap((r) => r.objects));
    const quota = current.find((o) => o.kind === 'ResourceQuota' && o.metadata.namespace === 'team-b')!;
    (quota['spec'] as { hard: Record<string, string> }).hard['services.nodeports'] = '5';
    quota.metadata.managedFields = [{ manager: 'pipeline', operation: 'Apply' }, { manager: 'kubectl-edit', operation: 'Update' }];
    const withoutC = current.filter((o) => o.metadata.labels?.['pipeline.dev/tenant'] !== 'team-c');
    const plan = planTenants(rendered, withoutC, 'pipeline');
    expect(plan.map((t) => [t.name, t.status])).toEqual([['team-a', 'unchanged'], ['team-b', 'changed'], ['team-c', 'created']]);
    const drift = plan[1]!.objects.find((o) => o.action === 'change');
    expect(drift).toMatchObject({ otherManagers: ['kubectl-edit'], changes: [{ path: 'spec.hard["services.nodeports"]', kind: 'change', before: '5', after: '0' }] });
    expect(formatTenantPlan({ tenants: plan, pruned: [] })).toContain('~ ResourceQuota team-b/tenant-quota (drift; other managers: kubectl-edit)');
  });

  it('prunes only objects of this set no longer desired, and namespaces only with prune-namespaces', () => {
    const gone = renderTenant(config, { ...config.tenants[0]!, name: 'team-gone', namespace: 'team-gone' });
    const current = [...live(rendered.flatMap((r) => r.objects)), ...gone];
    const keep = pruneCandidates(config, rendered, current, { prune: true, pruneNamespaces: false });
    expect(keep).toHaveLength(gone.length);
    expect(keep.at(-1)).toMatchObject({ ref: { kind: 'Namespace', name: 'team-gone' }, deleted: false, tenantRemoved: true });
    expect(keep.filter((p) => p.deleted)).toHaveLength(gone.length - 1);
    expect(pruneCandidates(config, rendered, current, { prune: true, pruneNamespaces: true }).every((p) => p.deleted)).toBe(true);
    expect(pruneCandidates(config, rendered, current, { prune: false, pruneNamespaces: true }).some((p) => p.deleted)).toBe(false);
  });
});

describe('verification plan and reports', () => {
  it('reviews every ordered pair of tenants for every subject: T×(T−1) pairs', () => {
    const reviews = plannedReviews(config.tenants);
    const cross = reviews.filter((r) => r.key === 'crossTenant');
    const namespaceOf = (r: (typeof cross)[number]) => ('namespace' in r.check ? r.check.namespace : undefined);
    const pairs = new Set(cross.map((r) => `${r.tenant}->${namespaceOf(r)}`));
    expect(pairs.size).toBe(3 * 2);
    // team-a: alice, team-a group, deployer; team-b: bob, deployer; team-c: group, deployer = 7 subjects × 2 other tenants × 16 checks.
    expect(cross).toHaveLength(7 * 2 * 16);
    expect(cross.every((r) => !r.expectAllowed && namespaceOf(r) !== config.tenants.find((t) => t.name === r.tenant)?.namespace)).toBe(true);
  });

  it('points SARIF results at the tenant entry, and reports PSA checks as not enforced, not passed', () => {
    const verify: VerifyResult = {
      results: [
        { tenant: 'team-b', check: CHECKS.crossTenant, status: 'fail', details: ['user bob can get pods in team-a'] },
        { tenant: 'team-a', check: CHECKS.privileged, status: 'not-enforced', details: [NOT_ENFORCED] },
        { tenant: 'team-a', check: CHECKS.quota, status: 'pass', details: [] },
      ],
      verdict: 'fail',
      reviews: 10,
      psaAvailable: false,
      serverVersion: 'v1.20.2',
    };
    type Location = { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } };
    const sarif = buildSarif(config, verify) as { runs: { results: { ruleId: string; level: string; locations: Location[] }[]; tool: { driver: { rules: { id: string }[] } } }[] };
    const run = sarif.runs[0]!;
    expect(run.results.map((r) => [r.ruleId, r.level, r.locations[0]?.physicalLocation.artifactLocation.uri, r.locations[0]?.physicalLocation.region.startLine])).toEqual([
      ['MTB-PL1-CC-TI-2', 'error', 'deploy/tenants.yaml', 8],
      ['MTB-PL1-BC-CPI-5', 'note', 'deploy/tenants.yaml', 4],
    ]);
    const rules = run.tool.driver.rules as { id: string; helpUri?: string; properties?: { benchmarkId: string; profileLevel: number } }[];
    expect(rules.find((r) => r.id === 'MTB-PL1-BC-HI-1a')).toMatchObject({ properties: { benchmarkId: 'MTB-PL1-BC-HI-1', profileLevel: 1 } });
    expect(rules.find((r) => r.id === 'MTB-PL1-BC-HI-1b')).toMatchObject({ properties: { benchmarkId: 'MTB-PL1-BC-HI-1', profileLevel: 1 } });
    expect(rules.find((r) => r.id === 'MTB-PL1-CC-TI-2')?.helpUri).toBe(
      'https://github.com/kubernetes-retired/multi-tenancy/blob/675237ff75436b1ef99fb6d2c15a18031b163cec/benchmarks/kubectl-mtb/test/benchmarks/block_other_tenant_resources/config.yaml',
    );
    expect(rules.find((r) => r.id === 'PIPELINE-NET-1')).not.toHaveProperty('helpUri');
    expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length);
    const markdown = buildSummary(config, undefined, verify, 'apply').render();
    expect(markdown).toContain('| team-b | ❌ |');
    expect(markdown).toContain('not enforced on this cluster version');
    expect(markdown).toContain('| MTB-PL1-CC-TI-2 | Block access to other tenant resources | MTB-PL1-CC-TI-2, profile level 2 |');
    expect(markdown).toContain('| PIPELINE-PSA-1 | Pod Security restricted labels present and pinned | ours |');
  });

  it('reports benchmark checks under their upstream ID, and the duplicate BC-HI-1 under two distinct ones', () => {
    const checks: CheckDefinition[] = Object.values(CHECKS);
    expect(new Set(checks.map((c) => c.id)).size).toBe(checks.length);
    for (const check of checks) {
      if (check.benchmark === undefined) {
        // Checks without a benchmark counterpart never borrow its namespace.
        expect(check.id).toMatch(/^PIPELINE-[A-Z]+-\d+$/);
        continue;
      }
      expect(check.id.startsWith(check.benchmark.id)).toBe(true);
      expect(benchmarkUrl(check.benchmark)).toMatch(/^https:\/\/github\.com\/kubernetes-retired\/multi-tenancy\/blob\/[0-9a-f]{40}\/benchmarks\/kubectl-mtb\/test\/benchmarks\/[a-z_]+\/config\.yaml$/);
    }
    const reused = checks.filter((c) => c.benchmark?.id === 'MTB-PL1-BC-HI-1');
    expect(reused.map((c) => [c.id, c.title])).toEqual([['MTB-PL1-BC-HI-1b', 'Block use of NodePort services'], ['MTB-PL1-BC-HI-1a', 'Block use of host path volumes']]);
    // Only the reused ID carries a suffix.
    expect(checks.filter((c) => c.benchmark !== undefined && c.id !== c.benchmark.id)).toEqual(reused);
  });

  it('asks the self-check questions of the benchmark audits', () => {
    const reviews = plannedReviews([config.tenants[1]!]);
    const asked = (key: string) => reviews.filter((r) => r.key === key && r.subject.user === 'bob').map((r) => ('resource' in r.check ? `${r.check.verb} ${r.check.resource}${r.check.name === undefined ? '' : `/${r.check.name}`}` : r.check.path));
    expect(asked('quotaModification')).toEqual(['create', 'update', 'patch', 'delete', 'deletecollection'].map((verb) => `${verb} resourcequotas`));
    expect(asked('multitenantResources')).toHaveLength(2 * 5);
    expect(asked('roleEscalation')).toEqual(['escalate roles', 'bind roles', 'bind clusterroles/cluster-admin']);
    expect(asked('impersonation')).toEqual(['impersonate users', 'impersonate groups', 'impersonate serviceaccounts']);
    expect(reviews.every((r) => r.key === 'access' || !r.expectAllowed)).toBe(true);
  });

  it('probes each Pod Security check with pods that break exactly the rule it names', () => {
    const keys = (Object.keys(CHECKS) as (keyof typeof CHECKS)[]).filter((k): k is AdmissionCheckKey => CHECKS[k].admission);
    const pods = keys.flatMap((key) => probePods(key, 'team-a').map((pod) => ({ key, pod, spec: pod['spec'] as { hostNetwork?: boolean; containers: { ports?: { hostPort?: number }[]; securityContext: Record<string, unknown> }[] } })));
    expect(new Set(pods.map((p) => p.pod.metadata.name)).size).toBe(pods.length);
    expect(pods.every((p) => p.pod.metadata.namespace === 'team-a' && /^[a-z0-9-]{1,63}$/.test(p.pod.metadata.name))).toBe(true);
    const host = pods.filter((p) => p.key === 'hostNetwork');
    expect(host.map((p) => [p.spec.hostNetwork === true, p.spec.containers[0]?.ports?.[0]?.hostPort])).toEqual([[true, undefined], [false, 8080]]);
    const root = pods.filter((p) => p.key === 'nonRoot').map((p) => p.spec.containers[0]?.securityContext);
    expect(root).toEqual([expect.objectContaining({ runAsNonRoot: false }), expect.objectContaining({ runAsNonRoot: true, runAsUser: 0 })]);
  });
});
