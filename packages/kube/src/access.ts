import pLimit from 'p-limit';
import type { KubeClient } from './client.ts';

/** Who is asking. Exactly one of `user` or `serviceAccount` (or only groups). */
export interface AccessSubject {
  user?: string;
  groups?: readonly string[];
  serviceAccount?: { namespace: string; name: string };
  uid?: string;
  extra?: Record<string, readonly string[]>;
  /**
   * Every authenticated request carries the system:authenticated group, and RBAC bindings to it
   * apply to everyone; it is added unless this is false, so the review answers what a real request
   * by that subject would get.
   */
  authenticated?: boolean;
}

export interface ResourceAccess {
  verb: string;
  /** Plural resource: pods, deployments, leases. */
  resource: string;
  /** API group: '' (core), apps, coordination.k8s.io. */
  group?: string;
  version?: string;
  subresource?: string;
  /** Omitted for cluster-wide checks (list namespaces, or any namespace). */
  namespace?: string;
  name?: string;
}

export interface NonResourceAccess {
  verb: string;
  /** /healthz, /apis ... */
  path: string;
}

export type AccessCheck = ResourceAccess | NonResourceAccess;

export interface AccessResult {
  subject: AccessSubject | 'self';
  check: AccessCheck;
  allowed: boolean;
  /** An authorizer denied explicitly (RBAC never does; webhooks may). */
  denied: boolean;
  reason: string | undefined;
  evaluationError: string | undefined;
}

function isNonResource(check: AccessCheck): check is NonResourceAccess {
  return 'path' in check;
}

export function describeCheck(check: AccessCheck): string {
  if (isNonResource(check)) return `${check.verb} ${check.path}`;
  const what = `${check.resource}${check.subresource === undefined ? '' : `/${check.subresource}`}${check.group === undefined || check.group === '' ? '' : `.${check.group}`}`;
  return `${check.verb} ${what}${check.name === undefined ? '' : ` ${check.name}`}${check.namespace === undefined ? ' (cluster-wide)' : ` in ${check.namespace}`}`;
}

export function describeSubject(subject: AccessSubject): string {
  if (subject.serviceAccount !== undefined) return `serviceaccount ${subject.serviceAccount.namespace}/${subject.serviceAccount.name}`;
  if (subject.user !== undefined) return `user ${subject.user}`;
  return `groups ${(subject.groups ?? []).join(',')}`;
}

function attributes(check: AccessCheck): Record<string, unknown> {
  if (isNonResource(check)) return { nonResourceAttributes: { verb: check.verb, path: check.path } };
  const attrs: Record<string, unknown> = { verb: check.verb, resource: check.resource, group: check.group ?? '' };
  for (const key of ['version', 'subresource', 'namespace', 'name'] as const) if (check[key] !== undefined) attrs[key] = check[key];
  return { resourceAttributes: attrs };
}

/** The SubjectAccessReview a check becomes; service accounts get the user name and groups the apiserver gives their tokens. */
export function subjectAccessReview(subject: AccessSubject, check: AccessCheck): Record<string, unknown> {
  const groups = new Set(subject.groups ?? []);
  let user = subject.user;
  if (subject.serviceAccount !== undefined) {
    const { namespace, name } = subject.serviceAccount;
    user = `system:serviceaccount:${namespace}:${name}`;
    groups.add('system:serviceaccounts');
    groups.add(`system:serviceaccounts:${namespace}`);
  }
  if (subject.authenticated !== false) groups.add('system:authenticated');
  const spec: Record<string, unknown> = { ...attributes(check), groups: [...groups] };
  if (user !== undefined) spec['user'] = user;
  if (subject.uid !== undefined) spec['uid'] = subject.uid;
  if (subject.extra !== undefined) spec['extra'] = subject.extra;
  return { apiVersion: 'authorization.k8s.io/v1', kind: 'SubjectAccessReview', spec };
}

interface ReviewStatus {
  status?: { allowed?: boolean; denied?: boolean; reason?: string; evaluationError?: string };
}

function result(subject: AccessSubject | 'self', check: AccessCheck, review: ReviewStatus): AccessResult {
  return {
    subject,
    check,
    allowed: review.status?.allowed === true,
    denied: review.status?.denied === true,
    reason: review.status?.reason === '' ? undefined : review.status?.reason,
    evaluationError: review.status?.evaluationError === '' ? undefined : review.status?.evaluationError,
  };
}

/** Can `subject` do `check`? Asks the apiserver's authorizers (RBAC and any webhook) through a SubjectAccessReview. */
export async function reviewAccess(client: KubeClient, subject: AccessSubject, check: AccessCheck): Promise<AccessResult> {
  const review = await client.request<ReviewStatus>({
    method: 'POST',
    path: '/apis/authorization.k8s.io/v1/subjectaccessreviews',
    body: subjectAccessReview(subject, check),
    // A review stores nothing, so it is as safe to repeat as a GET.
    idempotent: true,
  });
  return result(subject, check, review);
}

/** Many reviews at once (e.g. a cross-tenant matrix), `concurrency` in flight; results in input order. */
export async function reviewAccessBatch(
  client: KubeClient,
  items: readonly { subject: AccessSubject; check: AccessCheck }[],
  options: { concurrency?: number } = {},
): Promise<AccessResult[]> {
  const limit = pLimit(options.concurrency ?? 16);
  return Promise.all(items.map((item) => limit(() => reviewAccess(client, item.subject, item.check))));
}

/** What the client's own credentials may do (SelfSubjectAccessReview), like `kubectl auth can-i`. */
export async function canI(client: KubeClient, check: AccessCheck): Promise<AccessResult> {
  const review = await client.request<ReviewStatus>({
    method: 'POST',
    path: '/apis/authorization.k8s.io/v1/selfsubjectaccessreviews',
    body: { apiVersion: 'authorization.k8s.io/v1', kind: 'SelfSubjectAccessReview', spec: attributes(check) },
    idempotent: true,
  });
  return result('self', check, review);
}
