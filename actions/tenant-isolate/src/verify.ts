import { describeCheck, describeSubject, isForbidden, reviewAccessBatch } from '@pipeline/kube';
import type { AccessCheck, AccessResult, AccessSubject, KubeClient, KubeObject, ResourceAccess } from '@pipeline/kube';
import pLimit from 'p-limit';
import { DEPLOYER, POLICY, QUOTA_NAME, managedSelector } from './render.ts';
import type { Tenant, TenantsConfig } from './tenants.ts';

export type CheckStatus = 'pass' | 'fail' | 'not-enforced';

/** The Kubernetes multi-tenancy benchmark check a check of ours corresponds to. */
export interface BenchmarkCheck {
  /** The benchmark's ID exactly as its config.yaml has it (two different checks share MTB-PL1-BC-HI-1). */
  id: string;
  /** config.yaml's profileLevel; it can differ from the PLn inside the ID (MTB-PL1-CC-TI-2 is level 2). */
  profileLevel: 1 | 2;
  /** The check's folder under benchmarks/kubectl-mtb/test/benchmarks/. */
  folder: string;
  /** The upstream commit whose config.yaml the ID, title and level were checked against. */
  commit: string;
}

export interface CheckDefinition {
  /**
   * Rule ID in the summary, annotations and SARIF: the benchmark's ID, with a letter added where
   * the benchmark reuses one, or PIPELINE-* for a check the benchmark has no counterpart for.
   */
  id: string;
  /** The benchmark's title, verbatim, for benchmark checks. */
  title: string;
  benchmark?: BenchmarkCheck;
  /** How the check is proven, for the report. */
  method: string;
  /** Needs admission control (Pod Security) rather than RBAC or stored objects. */
  admission: boolean;
}

export const BENCHMARK_REPOSITORY = 'https://github.com/kubernetes-retired/multi-tenancy';

/** Where a benchmark check's definition lives upstream, pinned to the commit it was checked against. */
export function benchmarkUrl(benchmark: BenchmarkCheck): string {
  return `${BENCHMARK_REPOSITORY}/blob/${benchmark.commit}/benchmarks/kubectl-mtb/test/benchmarks/${benchmark.folder}/config.yaml`;
}

/**
 * IDs, titles and profile levels are those of kubernetes-retired/multi-tenancy (formerly
 * kubernetes-sigs/multi-tenancy), benchmarks/kubectl-mtb/test/benchmarks/<folder>/config.yaml, at
 * the commit named per check; every stored version of those files agrees on them. Upstream
 * publishes two different checks as MTB-PL1-BC-HI-1 (block_use_of_host_path and
 * block_use_of_nodeport_services), told apart here as -1a and -1b. The benchmark was never finished
 * ("in development and not ready for usage", benchmarks/README.md); its IDs are still what
 * Capsule and others report against. Checks with no benchmark counterpart are PIPELINE-*.
 */
export const CHECKS = {
  crossTenant: {
    id: 'MTB-PL1-CC-TI-2', title: 'Block access to other tenant resources', method: 'SubjectAccessReview matrix', admission: false,
    benchmark: { id: 'MTB-PL1-CC-TI-2', profileLevel: 2, folder: 'block_other_tenant_resources', commit: '675237ff75436b1ef99fb6d2c15a18031b163cec' },
  },
  clusterResources: {
    id: 'MTB-PL1-CC-CPI-1', title: 'Block access to cluster resources', method: 'SubjectAccessReview', admission: false,
    benchmark: { id: 'MTB-PL1-CC-CPI-1', profileLevel: 1, folder: 'block_access_to_cluster_resources', commit: '658e38d4bdaec58e3d50480a878dd0b51d41d30e' },
  },
  quotaModification: {
    id: 'MTB-PL1-CC-TI-1', title: 'Block modification of resource quotas', method: 'SubjectAccessReview', admission: false,
    benchmark: { id: 'MTB-PL1-CC-TI-1', profileLevel: 1, folder: 'block_ns_quota', commit: '083c78c170086222bf9a8211c43e520f5dd1e8ab' },
  },
  multitenantResources: {
    id: 'MTB-PL1-BC-CPI-2', title: 'Block Multitenant Resources', method: 'SubjectAccessReview (LimitRanges, NetworkPolicies)', admission: false,
    benchmark: { id: 'MTB-PL1-BC-CPI-2', profileLevel: 1, folder: 'block_multitenant_resources', commit: '658e38d4bdaec58e3d50480a878dd0b51d41d30e' },
  },
  roleEscalation: {
    id: 'MTB-PL2-CC-TI-1', title: 'Block role privilege escalation', method: 'SubjectAccessReview', admission: false,
    benchmark: { id: 'MTB-PL2-CC-TI-1', profileLevel: 2, folder: 'block_role_privilege_escalation', commit: '8a2e4315c132eda00897185e069dac671621bb8c' },
  },
  quota: {
    id: 'MTB-PL1-CC-FNS-1', title: 'Configure namespace resource quotas', method: 'stored ResourceQuota', admission: false,
    benchmark: { id: 'MTB-PL1-CC-FNS-1', profileLevel: 1, folder: 'configure_ns_quotas', commit: '083c78c170086222bf9a8211c43e520f5dd1e8ab' },
  },
  objectQuota: {
    id: 'MTB-PL1-CC-FNS-2', title: 'Configure namespace object limits', method: 'stored ResourceQuota', admission: false,
    benchmark: { id: 'MTB-PL1-CC-FNS-2', profileLevel: 1, folder: 'configure_ns_object_quota', commit: '658e38d4bdaec58e3d50480a878dd0b51d41d30e' },
  },
  nodePorts: {
    id: 'MTB-PL1-BC-HI-1b', title: 'Block use of NodePort services', method: 'stored ResourceQuota (services.nodeports: 0, enforced by quota admission)', admission: false,
    benchmark: { id: 'MTB-PL1-BC-HI-1', profileLevel: 1, folder: 'block_use_of_nodeport_services', commit: 'f6704dfd24b5a32fbb5cbecdcf9ba987ebd634fb' },
  },
  addCapabilities: {
    id: 'MTB-PL1-BC-CPI-3', title: 'Block add capabilities', method: 'Pod Security restricted', admission: true,
    benchmark: { id: 'MTB-PL1-BC-CPI-3', profileLevel: 1, folder: 'block_add_capabilities', commit: '5396e2e8251bbb19509737f6528161bb5ce3248d' },
  },
  nonRoot: {
    id: 'MTB-PL1-BC-CPI-4', title: 'Require run as non-root user', method: 'Pod Security restricted', admission: true,
    benchmark: { id: 'MTB-PL1-BC-CPI-4', profileLevel: 1, folder: 'require_run_as_non_root_user', commit: '01ef9c60f78defb7a81d5ec2706f4c9690ec324a' },
  },
  privileged: {
    id: 'MTB-PL1-BC-CPI-5', title: 'Block privileged containers', method: 'Pod Security restricted', admission: true,
    benchmark: { id: 'MTB-PL1-BC-CPI-5', profileLevel: 1, folder: 'block_privileged_containers', commit: '018b86aed9967f8f5ad896d458a4cd89d80a77af' },
  },
  privilegeEscalation: {
    id: 'MTB-PL1-BC-CPI-6', title: 'Block privilege escalation', method: 'Pod Security restricted', admission: true,
    benchmark: { id: 'MTB-PL1-BC-CPI-6', profileLevel: 1, folder: 'block_privilege_escalation', commit: '742325307e1c7fd0d81769525116a1ec0e8c3a10' },
  },
  hostPath: {
    id: 'MTB-PL1-BC-HI-1a', title: 'Block use of host path volumes', method: 'Pod Security restricted', admission: true,
    benchmark: { id: 'MTB-PL1-BC-HI-1', profileLevel: 1, folder: 'block_use_of_host_path', commit: '083c78c170086222bf9a8211c43e520f5dd1e8ab' },
  },
  hostNetwork: {
    id: 'MTB-PL1-BC-HI-3', title: 'Block use of host networking and ports', method: 'Pod Security restricted', admission: true,
    benchmark: { id: 'MTB-PL1-BC-HI-3', profileLevel: 1, folder: 'block_use_of_host_networking_and_ports', commit: '742325307e1c7fd0d81769525116a1ec0e8c3a10' },
  },
  hostPid: {
    id: 'MTB-PL1-BC-HI-4', title: 'Block use of host PID', method: 'Pod Security restricted', admission: true,
    benchmark: { id: 'MTB-PL1-BC-HI-4', profileLevel: 1, folder: 'block_use_of_host_pid', commit: '58c90bf46ea45c0bd9336e0864b8bcbefb685072' },
  },
  hostIpc: {
    id: 'MTB-PL1-BC-HI-5', title: 'Block use of host IPC', method: 'Pod Security restricted', admission: true,
    benchmark: { id: 'MTB-PL1-BC-HI-5', profileLevel: 1, folder: 'block_use_of_host_ipc', commit: '58c90bf46ea45c0bd9336e0864b8bcbefb685072' },
  },
  impersonation: { id: 'PIPELINE-RBAC-1', title: 'Block impersonation of users, groups and service accounts', method: 'SubjectAccessReview', admission: false },
  access: { id: 'PIPELINE-RBAC-2', title: 'Owners and deployer can work in their own namespace', method: 'SubjectAccessReview', admission: false },
  psaLabels: { id: 'PIPELINE-PSA-1', title: 'Pod Security restricted labels present and pinned', method: 'stored Namespace', admission: false },
  // Not MTB-PL1-BC-NI-1 (default deny network connections across tenants): that check opens
  // connections between tenants' pods, and this one only proves the policy is in place.
  defaultDeny: { id: 'PIPELINE-NET-1', title: 'Default-deny NetworkPolicy exists', method: 'stored NetworkPolicy', admission: false },
} as const satisfies Record<string, CheckDefinition>;

export type CheckKey = keyof typeof CHECKS;

export interface CheckResult {
  tenant: string;
  check: CheckDefinition;
  status: CheckStatus;
  /** What failed (or why it is not enforced); empty on a pass. */
  details: string[];
}

export type Verdict = 'pass' | 'fail' | 'partial';

export interface VerifyResult {
  results: CheckResult[];
  verdict: Verdict;
  /** SubjectAccessReviews sent. */
  reviews: number;
  /** True when the apiserver is 1.23 or later, where Pod Security admission exists. */
  psaAvailable: boolean;
  serverVersion: string;
}

export const NOT_ENFORCED = 'not enforced on this cluster version';

const CROSS_RESOURCES: readonly { resource: string; group: string }[] = [
  { resource: 'pods', group: '' },
  { resource: 'secrets', group: '' },
  { resource: 'deployments', group: 'apps' },
  { resource: 'services', group: '' },
];
const CROSS_VERBS = ['get', 'list', 'create', 'delete'];
const MODIFY_VERBS = ['create', 'update', 'patch', 'delete', 'deletecollection'];
const ROLE_ESCALATION: readonly Pick<ResourceAccess, 'verb' | 'resource' | 'name'>[] = [
  { verb: 'escalate', resource: 'roles' },
  { verb: 'bind', resource: 'roles' },
  { verb: 'bind', resource: 'clusterroles', name: 'cluster-admin' },
];

/** The identities of a tenant: each owner user, each owner group, and the deployer ServiceAccount. */
export function tenantSubjects(tenant: Tenant): AccessSubject[] {
  return [
    ...tenant.owners.users.map((user): AccessSubject => ({ user })),
    ...tenant.owners.groups.map((group): AccessSubject => ({ groups: [group] })),
    { serviceAccount: { namespace: tenant.namespace, name: DEPLOYER } },
  ];
}

interface Review {
  tenant: string;
  key: CheckKey;
  /** Whether the review must come back allowed (positive checks) or denied. */
  expectAllowed: boolean;
  subject: AccessSubject;
  check: AccessCheck;
}

/** Every access review the verification sends: the T×(T−1) matrix and each tenant's self checks. */
export function plannedReviews(tenants: readonly Tenant[]): Review[] {
  const reviews: Review[] = [];
  for (const a of tenants) {
    const subjects = tenantSubjects(a);
    for (const subject of subjects) {
      for (const b of tenants) {
        if (b.name === a.name) continue;
        for (const { resource, group } of CROSS_RESOURCES) {
          for (const verb of CROSS_VERBS) reviews.push({ tenant: a.name, key: 'crossTenant', expectAllowed: false, subject, check: { verb, resource, group, namespace: b.namespace } });
        }
      }
      for (const resource of ['namespaces', 'nodes']) reviews.push({ tenant: a.name, key: 'clusterResources', expectAllowed: false, subject, check: { verb: 'list', resource, group: '' } });
      // The verbs of the benchmark's audits (block_ns_quota, block_multitenant_resources).
      for (const [key, resource, group] of [['quotaModification', 'resourcequotas', ''], ['multitenantResources', 'limitranges', ''], ['multitenantResources', 'networkpolicies', 'networking.k8s.io']] as const) {
        for (const verb of MODIFY_VERBS) reviews.push({ tenant: a.name, key, expectAllowed: false, subject, check: { verb, resource, group, namespace: a.namespace } });
      }
      // block_role_privilege_escalation audits `escalate role` and `bind clusterrole/cluster-admin` in the namespace.
      for (const check of ROLE_ESCALATION) reviews.push({ tenant: a.name, key: 'roleEscalation', expectAllowed: false, subject, check: { ...check, group: 'rbac.authorization.k8s.io', namespace: a.namespace } });
      for (const resource of ['users', 'groups', 'serviceaccounts']) reviews.push({ tenant: a.name, key: 'impersonation', expectAllowed: false, subject, check: { verb: 'impersonate', resource, group: '' } });
      // A matrix of denials proves nothing if the tenant's own bindings are broken too.
      reviews.push({ tenant: a.name, key: 'access', expectAllowed: true, subject, check: { verb: subject.serviceAccount === undefined ? 'create' : 'patch', resource: 'deployments', group: 'apps', namespace: a.namespace } });
    }
  }
  return reviews;
}

/** The checks Pod Security admission enforces, proven by probe pods. */
export type AdmissionCheckKey = { [K in CheckKey]: (typeof CHECKS)[K]['admission'] extends true ? K : never }[CheckKey];

interface Probe {
  name: string;
  /** Breaks one rule of an otherwise compliant pod. */
  violate(spec: Record<string, unknown>, container: Record<string, unknown>, securityContext: Record<string, unknown>): void;
}

// A record over every admission check, so a new one cannot go unprobed (and pass on no evidence).
// A check that names two things (host networking and ports; non-root and not UID 0) gets a pod for each.
const PROBES: Record<AdmissionCheckKey, readonly Probe[]> = {
  addCapabilities: [{ name: 'add-capabilities', violate: (_, __, sc) => { sc['capabilities'] = { drop: ['ALL'], add: ['NET_ADMIN'] }; } }],
  nonRoot: [
    { name: 'run-as-root', violate: (_, __, sc) => { sc['runAsNonRoot'] = false; } },
    { name: 'run-as-uid-0', violate: (_, __, sc) => { sc['runAsUser'] = 0; } },
  ],
  privileged: [{ name: 'privileged', violate: (_, __, sc) => { sc['privileged'] = true; } }],
  privilegeEscalation: [{ name: 'privilege-escalation', violate: (_, __, sc) => { sc['allowPrivilegeEscalation'] = true; } }],
  hostPath: [{ name: 'host-path', violate: (spec) => { spec['volumes'] = [{ name: 'host', hostPath: { path: '/' } }]; } }],
  hostNetwork: [
    { name: 'host-network', violate: (spec) => { spec['hostNetwork'] = true; } },
    { name: 'host-port', violate: (_, container) => { container['ports'] = [{ containerPort: 8080, hostPort: 8080 }]; } },
  ],
  hostPid: [{ name: 'host-pid', violate: (spec) => { spec['hostPID'] = true; } }],
  hostIpc: [{ name: 'host-ipc', violate: (spec) => { spec['hostIPC'] = true; } }],
};

/** Violating pods for an admission check: each must be refused by Pod Security "restricted". */
export function probePods(key: AdmissionCheckKey, namespace: string): KubeObject[] {
  return PROBES[key].map((probe) => {
    const securityContext: Record<string, unknown> = { runAsNonRoot: true, allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] }, seccompProfile: { type: 'RuntimeDefault' } };
    const container: Record<string, unknown> = { name: 'probe', image: 'registry.k8s.io/pause:3.9', securityContext };
    const spec: Record<string, unknown> = { containers: [container] };
    probe.violate(spec, container, securityContext);
    return { apiVersion: 'v1', kind: 'Pod', metadata: { name: `pipeline-psa-probe-${probe.name}`, namespace }, spec };
  });
}

export interface VerifyOptions {
  concurrency?: number;
}

function minorOf(version: { major: string; minor: string }): number {
  return Number.parseInt(version.minor.replace(/\D+$/, ''), 10);
}

/**
 * Proves the isolation on the live cluster: access reviews for the cross-tenant matrix and the
 * self checks, stored objects for quota, PSA labels and default deny, and on clusters with Pod
 * Security admission (1.23+) server-side dry-run creates of violating pods, which must be refused.
 * On older clusters the admission checks are reported as not enforced, never as passed.
 */
export async function verifyTenants(client: KubeClient, config: TenantsConfig, options: VerifyOptions = {}): Promise<VerifyResult> {
  const version = await client.version();
  const psaAvailable = Number(version.major) > 1 || minorOf(version) >= 23;
  const selector = managedSelector(config);
  const [namespaces, quotas, policies] = await Promise.all([
    client.list('v1', 'Namespace', { labelSelector: selector }),
    client.list('v1', 'ResourceQuota', { labelSelector: selector }),
    client.list('networking.k8s.io/v1', 'NetworkPolicy', { labelSelector: selector }),
  ]);
  const reviews = plannedReviews(config.tenants);
  const answers = await reviewAccessBatch(client, reviews, { concurrency: options.concurrency ?? 32 });

  const results: CheckResult[] = [];
  const add = (tenant: string, key: CheckKey, details: string[], status?: CheckStatus): void => {
    results.push({ tenant, check: CHECKS[key], status: status ?? (details.length === 0 ? 'pass' : 'fail'), details });
  };
  const probeLimit = pLimit(options.concurrency ?? 8);

  for (const tenant of config.tenants) {
    const mine = reviews.map((r, i) => ({ r, a: answers[i] as AccessResult })).filter(({ r }) => r.tenant === tenant.name);
    for (const key of ['crossTenant', 'clusterResources', 'quotaModification', 'multitenantResources', 'roleEscalation', 'impersonation', 'access'] as const) {
      const wrong = mine.filter(({ r, a }) => r.key === key && a.allowed !== r.expectAllowed);
      add(tenant.name, key, wrong.map(({ r, a }) => `${describeSubject(r.subject)} ${r.expectAllowed ? 'cannot' : 'can'} ${describeCheck(r.check)}${a.reason === undefined ? '' : ` (${a.reason})`}`));
    }

    const ns = namespaces.items.find((n) => n.metadata.name === tenant.namespace);
    const labels = ns?.metadata.labels ?? {};
    const psaProblems: string[] = [];
    if (ns === undefined) psaProblems.push(`namespace ${tenant.namespace} not found`);
    for (const mode of ['enforce', 'audit', 'warn']) {
      if (labels[`pod-security.kubernetes.io/${mode}`] !== 'restricted') psaProblems.push(`pod-security.kubernetes.io/${mode} is ${labels[`pod-security.kubernetes.io/${mode}`] ?? 'missing'}, not restricted`);
      if (labels[`pod-security.kubernetes.io/${mode}-version`] !== config.podSecurityVersion) psaProblems.push(`pod-security.kubernetes.io/${mode}-version is ${labels[`pod-security.kubernetes.io/${mode}-version`] ?? 'missing'}, not ${config.podSecurityVersion}`);
    }
    add(tenant.name, 'psaLabels', psaProblems);

    const quota = quotas.items.find((q) => q.metadata.namespace === tenant.namespace && q.metadata.name === QUOTA_NAME);
    const hard = ((quota?.['spec'] as { hard?: Record<string, string> } | undefined)?.hard) ?? {};
    const need = (keys: readonly string[]): string[] => (quota === undefined ? [`ResourceQuota ${tenant.namespace}/${QUOTA_NAME} not found`] : keys.filter((k) => hard[k] === undefined).map((k) => `quota sets no ${k}`));
    add(tenant.name, 'quota', need(['requests.cpu', 'limits.cpu', 'requests.memory', 'limits.memory', 'requests.storage']));
    add(tenant.name, 'objectQuota', need(['pods', 'services', 'persistentvolumeclaims', 'configmaps', 'secrets', 'services.loadbalancers', 'services.nodeports']));
    // A quota of zero NodePorts makes quota admission refuse every NodePort Service in the namespace.
    const nodePortProblems = need(['services.nodeports']);
    if (nodePortProblems.length === 0 && hard['services.nodeports'] !== '0') nodePortProblems.push(`services.nodeports is ${hard['services.nodeports']}, not 0`);
    add(tenant.name, 'nodePorts', nodePortProblems);

    const deny = policies.items.find((p) => p.metadata.namespace === tenant.namespace && p.metadata.name === POLICY.defaultDeny);
    const denySpec = deny?.['spec'] as { podSelector?: Record<string, unknown>; policyTypes?: string[]; ingress?: unknown[]; egress?: unknown[] } | undefined;
    const denyProblems: string[] = [];
    if (denySpec === undefined) denyProblems.push(`NetworkPolicy ${tenant.namespace}/${POLICY.defaultDeny} not found`);
    else {
      if (Object.keys(denySpec.podSelector ?? {}).length > 0) denyProblems.push('the default-deny policy does not select every pod');
      for (const type of ['Ingress', 'Egress']) if (!(denySpec.policyTypes ?? []).includes(type)) denyProblems.push(`the default-deny policy does not cover ${type}`);
      if ((denySpec.ingress ?? []).length > 0 || (denySpec.egress ?? []).length > 0) denyProblems.push('the default-deny policy allows traffic');
    }
    add(tenant.name, 'defaultDeny', denyProblems);
  }

  const admissionKeys = Object.keys(PROBES) as AdmissionCheckKey[];
  const admission = await Promise.all(config.tenants.flatMap((tenant) => admissionKeys.map((key) => probeLimit(async (): Promise<CheckResult> => {
    const labelled = results.some((r) => r.tenant === tenant.name && r.check.id === CHECKS.psaLabels.id && r.status === 'pass');
    if (!labelled) return { tenant: tenant.name, check: CHECKS[key], status: 'fail', details: ['the namespace lacks the Pod Security restricted labels'] };
    if (!psaAvailable) return { tenant: tenant.name, check: CHECKS[key], status: 'not-enforced', details: [`${NOT_ENFORCED} (${version.gitVersion}; Pod Security admission needs 1.23 or later)`] };
    const admitted: string[] = [];
    for (const probe of probePods(key, tenant.namespace)) {
      try {
        await client.create(probe, { dryRun: true });
        admitted.push(`violating pod ${probe.metadata.name} was admitted (server-side dry run)`);
      } catch (error) {
        if (!isForbidden(error)) throw error;
      }
    }
    return { tenant: tenant.name, check: CHECKS[key], status: admitted.length === 0 ? 'pass' : 'fail', details: admitted };
  }))));
  results.push(...admission);

  const verdict: Verdict = results.some((r) => r.status === 'fail') ? 'fail' : results.some((r) => r.status === 'not-enforced') ? 'partial' : 'pass';
  return { results, verdict, reviews: reviews.length, psaAvailable, serverVersion: version.gitVersion };
}
