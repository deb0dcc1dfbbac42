import { describeCheck, describeSubject, isForbidden, reviewAccessBatch } from '@pipeline/kube';
import type { AccessCheck, AccessResult, AccessSubject, KubeClient, KubeObject } from '@pipeline/kube';
import pLimit from 'p-limit';
import { DEPLOYER, POLICY, QUOTA_NAME, managedSelector } from './render.ts';
import type { Tenant, TenantsConfig } from './tenants.ts';

export type CheckStatus = 'pass' | 'fail' | 'not-enforced';

export interface CheckDefinition {
  id: string;
  title: string;
  /** How the check is proven, for the report. */
  method: string;
  /** Needs admission control (Pod Security) rather than RBAC or stored objects. */
  admission: boolean;
}

/**
 * Checks by multi-tenancy benchmark ID (MTB profile level 1), plus pipeline's own (TI-*). The
 * benchmark publishes two checks under MTB-PL1-BC-HI-1; they are told apart as -1a and -1b.
 */
export const CHECKS = {
  crossTenant: { id: 'MTB-PL1-CC-TI-2', title: 'Block access to other tenant resources', method: 'SubjectAccessReview matrix', admission: false },
  clusterResources: { id: 'MTB-PL1-CC-CPI-1', title: 'Block access to cluster resources', method: 'SubjectAccessReview', admission: false },
  managedResources: { id: 'MTB-PL1-CC-TI-1', title: 'Block access to multitenant resources (own quota, limits, NetworkPolicies)', method: 'SubjectAccessReview', admission: false },
  quota: { id: 'MTB-PL1-CC-FNS-1', title: 'Configure namespace resource quotas', method: 'stored ResourceQuota', admission: false },
  objectQuota: { id: 'MTB-PL1-CC-FNS-2', title: 'Configure namespace object limits (incl. services.nodeports 0)', method: 'stored ResourceQuota', admission: false },
  addCapabilities: { id: 'MTB-PL1-BC-CPI-2', title: 'Block add capabilities', method: 'Pod Security restricted', admission: true },
  nonRoot: { id: 'MTB-PL1-BC-CPI-3', title: 'Require run as non-root user', method: 'Pod Security restricted', admission: true },
  privileged: { id: 'MTB-PL1-BC-CPI-4', title: 'Block privileged containers', method: 'Pod Security restricted', admission: true },
  privilegeEscalation: { id: 'MTB-PL1-BC-CPI-5', title: 'Block privilege escalation', method: 'Pod Security restricted', admission: true },
  hostPath: { id: 'MTB-PL1-BC-HI-1a', title: 'Block use of host path volumes', method: 'Pod Security restricted', admission: true },
  hostNetwork: { id: 'MTB-PL1-BC-HI-1b', title: 'Block use of host networking and ports', method: 'Pod Security restricted', admission: true },
  escalation: { id: 'TI-RBAC-1', title: 'No escalate, bind or impersonate', method: 'SubjectAccessReview', admission: false },
  access: { id: 'TI-RBAC-2', title: 'Owners and deployer can work in their own namespace', method: 'SubjectAccessReview', admission: false },
  psaLabels: { id: 'TI-PSA-1', title: 'Pod Security restricted labels present and pinned', method: 'stored Namespace', admission: false },
  defaultDeny: { id: 'TI-NET-1', title: 'Default-deny NetworkPolicy exists', method: 'stored NetworkPolicy', admission: false },
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
      for (const [resource, group] of [['resourcequotas', ''], ['limitranges', ''], ['networkpolicies', 'networking.k8s.io']] as const) {
        for (const verb of ['create', 'update', 'patch', 'delete']) reviews.push({ tenant: a.name, key: 'managedResources', expectAllowed: false, subject, check: { verb, resource, group, namespace: a.namespace } });
      }
      for (const verb of ['escalate', 'bind']) reviews.push({ tenant: a.name, key: 'escalation', expectAllowed: false, subject, check: { verb, resource: 'roles', group: 'rbac.authorization.k8s.io', namespace: a.namespace } });
      for (const resource of ['users', 'groups', 'serviceaccounts']) reviews.push({ tenant: a.name, key: 'escalation', expectAllowed: false, subject, check: { verb: 'impersonate', resource, group: '' } });
      // A matrix of denials proves nothing if the tenant's own bindings are broken too.
      reviews.push({ tenant: a.name, key: 'access', expectAllowed: true, subject, check: { verb: subject.serviceAccount === undefined ? 'create' : 'patch', resource: 'deployments', group: 'apps', namespace: a.namespace } });
    }
  }
  return reviews;
}

/** Violating pods for the admission checks: each must be refused by Pod Security "restricted". */
function probePod(key: CheckKey, namespace: string): KubeObject {
  const container: Record<string, unknown> = {
    name: 'probe',
    image: 'registry.k8s.io/pause:3.9',
    securityContext: { runAsNonRoot: true, allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] }, seccompProfile: { type: 'RuntimeDefault' } },
  };
  const spec: Record<string, unknown> = { containers: [container] };
  const sc = container['securityContext'] as Record<string, unknown>;
  if (key === 'privileged') sc['privileged'] = true;
  if (key === 'addCapabilities') sc['capabilities'] = { drop: ['ALL'], add: ['NET_ADMIN'] };
  if (key === 'nonRoot') sc['runAsNonRoot'] = false;
  if (key === 'privilegeEscalation') sc['allowPrivilegeEscalation'] = true;
  if (key === 'hostPath') spec['volumes'] = [{ name: 'host', hostPath: { path: '/' } }];
  if (key === 'hostNetwork') spec['hostNetwork'] = true;
  return { apiVersion: 'v1', kind: 'Pod', metadata: { name: `pipeline-psa-probe-${key.toLowerCase()}`, namespace }, spec };
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
    for (const key of ['crossTenant', 'clusterResources', 'managedResources', 'escalation', 'access'] as const) {
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
    const objectProblems = need(['pods', 'services', 'persistentvolumeclaims', 'configmaps', 'secrets', 'services.loadbalancers', 'services.nodeports']);
    if (quota !== undefined && hard['services.nodeports'] !== undefined && hard['services.nodeports'] !== '0') objectProblems.push(`services.nodeports is ${hard['services.nodeports']}, not 0`);
    add(tenant.name, 'objectQuota', objectProblems);

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

  const admissionKeys = (Object.keys(CHECKS) as CheckKey[]).filter((k) => CHECKS[k].admission);
  const admission = await Promise.all(config.tenants.flatMap((tenant) => admissionKeys.map((key) => probeLimit(async (): Promise<CheckResult> => {
    const labelled = results.some((r) => r.tenant === tenant.name && r.check.id === CHECKS.psaLabels.id && r.status === 'pass');
    if (!labelled) return { tenant: tenant.name, check: CHECKS[key], status: 'fail', details: ['the namespace lacks the Pod Security restricted labels'] };
    if (!psaAvailable) return { tenant: tenant.name, check: CHECKS[key], status: 'not-enforced', details: [`${NOT_ENFORCED} (${version.gitVersion}; Pod Security admission needs 1.23 or later)`] };
    try {
      await client.create(probePod(key, tenant.namespace), { dryRun: true });
      return { tenant: tenant.name, check: CHECKS[key], status: 'fail', details: ['a violating pod was admitted (server-side dry run)'] };
    } catch (error) {
      if (isForbidden(error)) return { tenant: tenant.name, check: CHECKS[key], status: 'pass', details: [] };
      throw error;
    }
  }))));
  results.push(...admission);

  const verdict: Verdict = results.some((r) => r.status === 'fail') ? 'fail' : results.some((r) => r.status === 'not-enforced') ? 'partial' : 'pass';
  return { results, verdict, reviews: reviews.length, psaAvailable, serverVersion: version.gitVersion };
}
