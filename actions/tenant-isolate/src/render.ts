import type { KubeObject } from '@pipeline/kube';
import type { EgressRule, Tenant, TenantsConfig } from './tenants.ts';

export const MANAGED_BY_LABEL = 'app.kubernetes.io/managed-by';
export const MANAGED_BY = 'pipeline';
export const TENANT_LABEL = 'pipeline.dev/tenant';
export const SET_LABEL = 'pipeline.dev/tenant-set';
/** Set by the apiserver from 1.21 on; selecting namespaces by it never matches a namespace merely labelled alike. */
export const NAMESPACE_NAME_LABEL = 'kubernetes.io/metadata.name';

export const QUOTA_NAME = 'tenant-quota';
export const LIMITS_NAME = 'tenant-limits';
export const ADMIN_ROLE = 'tenant-admin';
export const DEPLOYER = 'deployer';
export const POLICY = {
  defaultDeny: 'pipeline-default-deny',
  sameNamespace: 'pipeline-allow-same-namespace',
  dns: 'pipeline-allow-dns',
  ingressController: 'pipeline-allow-ingress-controller',
  extraEgress: 'pipeline-allow-extra-egress',
} as const;

/** Every kind a tenant gets, in the order they are applied and listed. */
export const MANAGED_KINDS = [
  { apiVersion: 'v1', kind: 'Namespace' },
  { apiVersion: 'v1', kind: 'ResourceQuota' },
  { apiVersion: 'v1', kind: 'LimitRange' },
  { apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy' },
  { apiVersion: 'v1', kind: 'ServiceAccount' },
  { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'Role' },
  { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'RoleBinding' },
] as const;

const READ = ['get', 'list', 'watch'];
const WRITE = [...READ, 'create', 'update', 'patch', 'delete'];

/**
 * The tenant admin's rights: workloads and their configuration, but read-only on the quota,
 * limits, NetworkPolicies and RBAC pipeline manages (a write there would undo the isolation),
 * and none of escalate, bind or impersonate.
 */
export const TENANT_ADMIN_RULES: readonly Record<string, string[]>[] = [
  { apiGroups: [''], resources: ['pods', 'services', 'endpoints', 'configmaps', 'secrets', 'persistentvolumeclaims', 'serviceaccounts', 'replicationcontrollers'], verbs: [...WRITE, 'deletecollection'] },
  { apiGroups: [''], resources: ['pods/log', 'pods/status', 'events', 'resourcequotas', 'limitranges'], verbs: READ },
  { apiGroups: [''], resources: ['pods/exec', 'pods/portforward', 'pods/attach'], verbs: ['get', 'create'] },
  { apiGroups: ['apps'], resources: ['deployments', 'deployments/scale', 'replicasets', 'replicasets/scale', 'statefulsets', 'statefulsets/scale', 'daemonsets'], verbs: [...WRITE, 'deletecollection'] },
  { apiGroups: ['batch'], resources: ['jobs', 'cronjobs'], verbs: [...WRITE, 'deletecollection'] },
  { apiGroups: ['autoscaling'], resources: ['horizontalpodautoscalers'], verbs: WRITE },
  { apiGroups: ['policy'], resources: ['poddisruptionbudgets'], verbs: WRITE },
  { apiGroups: ['networking.k8s.io'], resources: ['ingresses'], verbs: WRITE },
  { apiGroups: ['networking.k8s.io'], resources: ['networkpolicies'], verbs: READ },
  { apiGroups: ['discovery.k8s.io'], resources: ['endpointslices'], verbs: READ },
  { apiGroups: ['coordination.k8s.io'], resources: ['leases'], verbs: WRITE },
  { apiGroups: ['gateway.networking.k8s.io'], resources: ['httproutes'], verbs: WRITE },
  { apiGroups: ['rbac.authorization.k8s.io'], resources: ['roles', 'rolebindings'], verbs: READ },
];

/**
 * What bluegreen-deploy does in a tenant namespace, and nothing more: apply Deployments and
 * Services, switch HTTPRoutes or Ingresses, hold its Lease, and read pods, ReplicaSets (rollout
 * diagnosis), EndpointSlices (Endpoints where slices are absent) and events.
 */
export const DEPLOYER_RULES: readonly Record<string, string[]>[] = [
  { apiGroups: ['apps'], resources: ['deployments'], verbs: WRITE },
  { apiGroups: ['apps'], resources: ['replicasets'], verbs: READ },
  { apiGroups: [''], resources: ['services'], verbs: WRITE },
  { apiGroups: [''], resources: ['pods', 'events', 'endpoints'], verbs: READ },
  { apiGroups: ['discovery.k8s.io'], resources: ['endpointslices'], verbs: READ },
  { apiGroups: ['coordination.k8s.io'], resources: ['leases'], verbs: WRITE },
  { apiGroups: ['gateway.networking.k8s.io'], resources: ['httproutes'], verbs: WRITE },
  { apiGroups: ['networking.k8s.io'], resources: ['ingresses'], verbs: WRITE },
];

export function managedLabels(config: Pick<TenantsConfig, 'set'>, tenant: Pick<Tenant, 'name'>): Record<string, string> {
  return { [MANAGED_BY_LABEL]: MANAGED_BY, [SET_LABEL]: config.set, [TENANT_LABEL]: tenant.name };
}

export function managedSelector(config: Pick<TenantsConfig, 'set'>): string {
  return `${MANAGED_BY_LABEL}=${MANAGED_BY},${SET_LABEL}=${config.set}`;
}

function namespaceSelector(name: string): Record<string, unknown> {
  // Always a selector naming one namespace: an empty {} would open the policy to every namespace.
  return { matchLabels: { [NAMESPACE_NAME_LABEL]: name } };
}

function egressRule(rule: EgressRule): Record<string, unknown> {
  const to = [
    ...rule.namespaces.map((ns) => ({ namespaceSelector: namespaceSelector(ns) })),
    ...rule.cidrs.map((cidr) => ({ ipBlock: { cidr } })),
  ];
  const out: Record<string, unknown> = { to };
  if (rule.ports.length > 0) out['ports'] = rule.ports.map((p) => ({ port: p.port, protocol: p.protocol }));
  return out;
}

/** Every object one tenant gets, in apply order. */
export function renderTenant(config: Pick<TenantsConfig, 'set' | 'podSecurityVersion'>, tenant: Tenant): KubeObject[] {
  const ns = tenant.namespace;
  const labels = managedLabels(config, tenant);
  const meta = (name: string): KubeObject['metadata'] => ({ name, namespace: ns, labels: { ...labels } });
  const q = tenant.profile.quota;
  const l = tenant.profile.limits;
  const psa: Record<string, string> = {};
  for (const mode of ['enforce', 'audit', 'warn']) {
    psa[`pod-security.kubernetes.io/${mode}`] = 'restricted';
    psa[`pod-security.kubernetes.io/${mode}-version`] = config.podSecurityVersion;
  }
  const objects: KubeObject[] = [
    {
      apiVersion: 'v1',
      kind: 'Namespace',
      metadata: {
        name: ns,
        labels: { ...tenant.labels, ...psa, ...labels },
        ...(Object.keys(tenant.annotations).length === 0 ? {} : { annotations: { ...tenant.annotations } }),
      },
    },
    {
      apiVersion: 'v1',
      kind: 'ResourceQuota',
      metadata: meta(QUOTA_NAME),
      spec: {
        hard: {
          'requests.cpu': q.requestsCpu,
          'limits.cpu': q.limitsCpu,
          'requests.memory': q.requestsMemory,
          'limits.memory': q.limitsMemory,
          'requests.storage': q.requestsStorage,
          pods: String(q.pods),
          services: String(q.services),
          persistentvolumeclaims: String(q.persistentvolumeclaims),
          configmaps: String(q.configmaps),
          secrets: String(q.secrets),
          'services.nodeports': '0',
          'services.loadbalancers': String(q.loadbalancers),
        },
      },
    },
    {
      apiVersion: 'v1',
      kind: 'LimitRange',
      metadata: meta(LIMITS_NAME),
      spec: { limits: [{ type: 'Container', default: { ...l.default }, defaultRequest: { ...l.defaultRequest }, max: { ...l.max } }] },
    },
    {
      apiVersion: 'networking.k8s.io/v1',
      kind: 'NetworkPolicy',
      metadata: meta(POLICY.defaultDeny),
      spec: { podSelector: {}, policyTypes: ['Ingress', 'Egress'] },
    },
    {
      apiVersion: 'networking.k8s.io/v1',
      kind: 'NetworkPolicy',
      metadata: meta(POLICY.sameNamespace),
      spec: { podSelector: {}, policyTypes: ['Ingress', 'Egress'], ingress: [{ from: [{ podSelector: {} }] }], egress: [{ to: [{ podSelector: {} }] }] },
    },
    {
      apiVersion: 'networking.k8s.io/v1',
      kind: 'NetworkPolicy',
      metadata: meta(POLICY.dns),
      spec: {
        podSelector: {},
        policyTypes: ['Egress'],
        egress: [{
          to: [{ namespaceSelector: namespaceSelector('kube-system'), podSelector: { matchLabels: { 'k8s-app': 'kube-dns' } } }],
          ports: [{ port: 53, protocol: 'UDP' }, { port: 53, protocol: 'TCP' }],
        }],
      },
    },
  ];
  if (tenant.ingressNamespace !== undefined) {
    objects.push({
      apiVersion: 'networking.k8s.io/v1',
      kind: 'NetworkPolicy',
      metadata: meta(POLICY.ingressController),
      spec: { podSelector: {}, policyTypes: ['Ingress'], ingress: [{ from: [{ namespaceSelector: namespaceSelector(tenant.ingressNamespace) }] }] },
    });
  }
  if (tenant.egress.length > 0) {
    objects.push({
      apiVersion: 'networking.k8s.io/v1',
      kind: 'NetworkPolicy',
      metadata: meta(POLICY.extraEgress),
      spec: { podSelector: {}, policyTypes: ['Egress'], egress: tenant.egress.map(egressRule) },
    });
  }
  const subjects = [
    ...tenant.owners.users.map((name) => ({ apiGroup: 'rbac.authorization.k8s.io', kind: 'User', name })),
    ...tenant.owners.groups.map((name) => ({ apiGroup: 'rbac.authorization.k8s.io', kind: 'Group', name })),
  ];
  objects.push(
    { apiVersion: 'v1', kind: 'ServiceAccount', metadata: meta(DEPLOYER), automountServiceAccountToken: false },
    { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'Role', metadata: meta(ADMIN_ROLE), rules: TENANT_ADMIN_RULES.map((r) => ({ ...r })) },
    { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'RoleBinding', metadata: meta(ADMIN_ROLE), roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: ADMIN_ROLE }, subjects },
    { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'Role', metadata: meta(DEPLOYER), rules: DEPLOYER_RULES.map((r) => ({ ...r })) },
    {
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'RoleBinding',
      metadata: meta(DEPLOYER),
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: DEPLOYER },
      subjects: [{ kind: 'ServiceAccount', name: DEPLOYER, namespace: ns }],
    },
  );
  return objects;
}

export interface RenderedTenant {
  tenant: Tenant;
  objects: KubeObject[];
}

export function renderAll(config: TenantsConfig): RenderedTenant[] {
  return config.tenants.map((tenant) => ({ tenant, objects: renderTenant(config, tenant) }));
}

/** Identity of an object across desired and live sets. */
export function objectKey(object: Pick<KubeObject, 'kind' | 'metadata'>): string {
  return `${object.kind}/${object.metadata.namespace ?? ''}/${object.metadata.name}`;
}
