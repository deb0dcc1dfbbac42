import { ConfigurationError } from '@pipeline/core';
import type { Logger } from '@pipeline/core';
import { ApplyError, applyObjects, describeRef, diffObject, formatChange, refOf } from '@pipeline/kube';
import type { ApplyFailure, ApplyResult, FieldChange, KubeClient, KubeObject, ObjectRef } from '@pipeline/kube';
import pLimit from 'p-limit';
import { MANAGED_BY, MANAGED_BY_LABEL, MANAGED_KINDS, SET_LABEL, TENANT_LABEL, managedSelector, objectKey, renderAll } from './render.ts';
import type { RenderedTenant } from './render.ts';
import type { TenantsConfig } from './tenants.ts';

export type ObjectAction = 'create' | 'change' | 'unchanged';

export interface ObjectPlan {
  ref: ObjectRef;
  action: ObjectAction;
  changes: FieldChange[];
  /** For a change: the other field managers on the live object, who may have caused the drift. */
  otherManagers: string[];
  desired: KubeObject;
}

export type TenantStatus = 'created' | 'changed' | 'unchanged' | 'failed';

export interface TenantOutcome {
  name: string;
  status: TenantStatus;
  objects: ObjectPlan[];
}

export interface PruneEntry {
  ref: ObjectRef;
  tenant: string;
  /** True when the tenant is gone from the file; false for a stale object of a tenant still present. */
  tenantRemoved: boolean;
  /** False when the object is a namespace kept because prune-namespaces is off, or prune is off. */
  deleted: boolean;
}

export interface IsolateResult {
  tenants: TenantOutcome[];
  pruned: PruneEntry[];
  /** Tenants whose every object was pruned (or would be, in a dry run). */
  prunedTenants: string[];
  dryRun: boolean;
  /** Set when an apply stopped part-way; `tenants` then says which were applied. */
  error: Error | undefined;
}

export interface IsolateOptions {
  dryRun: boolean;
  prune: boolean;
  pruneNamespaces: boolean;
  logger: Logger;
  concurrency?: number;
}

/**
 * Refuses, before any write, tenants whose namespace exists but is not ours: a hand-made
 * namespace, or one managed by another tenants file (set).
 */
export function checkNamespaceOwnership(config: TenantsConfig, namespaces: readonly KubeObject[]): void {
  const byName = new Map(namespaces.map((ns) => [ns.metadata.name, ns]));
  const problems: string[] = [];
  let firstLine: number | undefined;
  for (const tenant of config.tenants) {
    const live = byName.get(tenant.namespace);
    if (live === undefined) continue;
    const labels = live.metadata.labels ?? {};
    const where = config.file === undefined ? "the 'tenants' input" : `${config.file}${tenant.line === undefined ? '' : `:${tenant.line}`}`;
    if (labels[MANAGED_BY_LABEL] !== MANAGED_BY || labels[TENANT_LABEL] !== tenant.name) {
      problems.push(`${where}: tenant '${tenant.name}', field 'name': namespace '${tenant.namespace}' already exists and is not managed by tenant-isolate; choose another name, or label it ${MANAGED_BY_LABEL}=${MANAGED_BY}, ${TENANT_LABEL}=${tenant.name} and ${SET_LABEL}=${config.set} to adopt it`);
    } else if (labels[SET_LABEL] !== config.set) {
      problems.push(`${where}: tenant '${tenant.name}', field 'name': namespace '${tenant.namespace}' belongs to tenant set '${labels[SET_LABEL] ?? ''}', not '${config.set}'; two tenants files cannot share a tenant`);
    } else continue;
    firstLine ??= tenant.line;
  }
  if (problems.length > 0) {
    throw new ConfigurationError(problems.join('\n'), { input: 'tenants', ...(config.file === undefined ? {} : { file: config.file }), ...(firstLine === undefined ? {} : { line: firstLine }) });
  }
}

/** Lists every object this tenants file manages: one list per kind, not one GET per object. */
export async function listManaged(client: KubeClient, config: TenantsConfig, allNamespaces: readonly KubeObject[]): Promise<KubeObject[]> {
  const selector = managedSelector(config);
  const [, ...namespaced] = MANAGED_KINDS;
  const lists = await Promise.all(namespaced.map((k) => client.list(k.apiVersion, k.kind, { labelSelector: selector })));
  const namespaces = allNamespaces.filter((ns) => ns.metadata.labels?.[MANAGED_BY_LABEL] === MANAGED_BY && ns.metadata.labels[SET_LABEL] === config.set);
  return [...namespaces, ...lists.flatMap((l) => l.items)];
}

function otherManagers(live: KubeObject, ours: string): string[] {
  return [...new Set((live.metadata.managedFields ?? []).map((m) => m.manager ?? '').filter((m) => m !== '' && m !== ours))];
}

export function planTenants(rendered: readonly RenderedTenant[], live: readonly KubeObject[], fieldManager: string): TenantOutcome[] {
  const byKey = new Map(live.map((o) => [objectKey(o), o]));
  return rendered.map(({ tenant, objects }) => {
    const plans = objects.map((desired): ObjectPlan => {
      const current = byKey.get(objectKey(desired));
      const changes = diffObject(desired, current, { fieldManager });
      const action: ObjectAction = current === undefined ? 'create' : changes.length === 0 ? 'unchanged' : 'change';
      return { ref: refOf(desired), action, changes: action === 'create' ? [] : changes, otherManagers: current === undefined || action !== 'change' ? [] : otherManagers(current, fieldManager), desired };
    });
    const status: TenantStatus = plans[0]?.action === 'create' ? 'created' : plans.some((p) => p.action !== 'unchanged') ? 'changed' : 'unchanged';
    return { name: tenant.name, status, objects: plans };
  });
}

/** Managed objects no longer desired, deepest first so a namespace goes last. */
export function pruneCandidates(config: TenantsConfig, rendered: readonly RenderedTenant[], live: readonly KubeObject[], options: Pick<IsolateOptions, 'prune' | 'pruneNamespaces'>): PruneEntry[] {
  const desired = new Set(rendered.flatMap((r) => r.objects.map(objectKey)));
  const names = new Set(config.tenants.map((t) => t.name));
  const order = (kind: string): number => -MANAGED_KINDS.findIndex((k) => k.kind === kind);
  return live
    .filter((o) => !desired.has(objectKey(o)))
    .map((o): PruneEntry => {
      const tenant = o.metadata.labels?.[TENANT_LABEL] ?? '';
      const isNamespace = o.kind === 'Namespace';
      return { ref: refOf(o), tenant, tenantRemoved: !names.has(tenant), deleted: options.prune && (!isNamespace || options.pruneNamespaces) };
    })
    .sort((a, b) => order(a.ref.kind) - order(b.ref.kind) || a.tenant.localeCompare(b.tenant) || a.ref.name.localeCompare(b.ref.name));
}

/** A readable plan: tenants, then objects to create, fields to change (drift named), objects to prune. */
export function formatTenantPlan(result: Pick<IsolateResult, 'tenants' | 'pruned'>, options: { maxChanges?: number } = {}): string {
  const lines: string[] = [];
  const max = options.maxChanges ?? 20;
  for (const tenant of result.tenants) {
    const touched = tenant.objects.filter((o) => o.action !== 'unchanged');
    lines.push(`${tenant.status === 'unchanged' ? '=' : tenant.status === 'created' ? '+' : '~'} tenant ${tenant.name} (${tenant.status}${touched.length === 0 ? '' : `, ${touched.length} object${touched.length === 1 ? '' : 's'}`})`);
    for (const o of touched) {
      if (o.action === 'create') {
        lines.push(`    + ${describeRef(o.ref)}`);
        continue;
      }
      lines.push(`    ~ ${describeRef(o.ref)}${o.otherManagers.length === 0 ? '' : ` (drift; other managers: ${o.otherManagers.join(', ')})`}`);
      for (const change of o.changes.slice(0, max)) lines.push(`        ${formatChange(change)}`);
      if (o.changes.length > max) lines.push(`        … and ${o.changes.length - max} more`);
    }
  }
  for (const p of result.pruned) {
    const why = p.tenantRemoved ? `tenant ${p.tenant} removed` : `no longer part of tenant ${p.tenant}`;
    lines.push(`${p.deleted ? '-' : '!'} ${describeRef(p.ref)} (${why}${p.deleted ? '' : p.ref.kind === 'Namespace' ? '; kept: set prune-namespaces to delete namespaces' : '; kept: set prune to delete'})`);
  }
  const count = (s: TenantStatus) => result.tenants.filter((t) => t.status === s).length;
  const deleted = result.pruned.filter((p) => p.deleted).length;
  lines.push(`${count('created')} tenant(s) to create, ${count('changed')} to change, ${count('unchanged')} unchanged; ${deleted} object(s) to prune`);
  return lines.join('\n');
}

/**
 * Namespaces first, then everything else at once: nothing else in a tenant depends on another
 * kind being there first (a RoleBinding may name a Role that does not exist yet), so the
 * per-kind phases of applyObjects would only add a wait for each phase's slowest request.
 */
async function applyInTwoPhases(client: KubeClient, objects: readonly KubeObject[], concurrency: number): Promise<void> {
  const limit = pLimit(concurrency);
  const applied: ApplyResult[] = [];
  for (const phase of [objects.filter((o) => o.kind === 'Namespace'), objects.filter((o) => o.kind !== 'Namespace')]) {
    const failures: ApplyFailure[] = [];
    await Promise.all(phase.map((object) => limit(async () => {
      const ref = refOf(object);
      try {
        const res = await client.apply(object, { force: true });
        applied.push({ ref, action: res.status === 201 ? 'created' : 'configured', dryRun: false, object: res.body, changes: undefined, source: undefined, serverValidated: true });
      } catch (error) {
        failures.push({ ref, source: undefined, error: error instanceof Error ? error : new Error(String(error)) });
      }
    })));
    if (failures.length > 0) throw new ApplyError(applied, failures);
  }
}

/**
 * Brings the cluster to the tenants file: validates namespaces, plans from lists, applies only
 * what differs (server-side apply, forcing our own fields back after drift), then prunes. A
 * dry run does the same with dryRun=All and deletes nothing. Unchanged objects cost no request.
 */
export async function isolateTenants(client: KubeClient, config: TenantsConfig, options: IsolateOptions): Promise<IsolateResult> {
  const namespaces = (await client.list('v1', 'Namespace')).items;
  checkNamespaceOwnership(config, namespaces);
  const rendered = renderAll(config);
  const live = await listManaged(client, config, namespaces);
  const tenants = planTenants(rendered, live, client.fieldManager);
  const pruned = pruneCandidates(config, rendered, live, options);
  const result: IsolateResult = { tenants, pruned, prunedTenants: [], dryRun: options.dryRun, error: undefined };

  for (const tenant of tenants) {
    for (const o of tenant.objects) {
      if (o.action === 'change') options.logger.warning(`Drift in ${describeRef(o.ref)} of tenant ${tenant.name}: ${o.changes.map((c) => c.path || '(object)').join(', ')}${o.otherManagers.length === 0 ? '' : ` (other managers: ${o.otherManagers.join(', ')})`}${options.dryRun ? '' : '; correcting it'}`);
    }
  }

  const toApply = tenants.flatMap((t) => t.objects.filter((o) => o.action !== 'unchanged').map((o) => o.desired));
  if (toApply.length > 0) {
    try {
      // force: these objects are ours; a field another manager took is drift to put back.
      if (options.dryRun) await applyObjects(client, toApply, { force: true, dryRun: true, logger: options.logger, concurrency: options.concurrency ?? 16 });
      else await applyInTwoPhases(client, toApply, options.concurrency ?? 32);
    } catch (error) {
      if (!(error instanceof ApplyError)) throw error;
      const failed = new Set(error.failures.map((f) => describeRef(f.ref)));
      const applied = new Set(error.applied.map((a) => describeRef(a.ref)));
      for (const tenant of tenants) {
        const pending = tenant.objects.filter((o) => o.action !== 'unchanged');
        if (pending.some((o) => failed.has(describeRef(o.ref)) || !applied.has(describeRef(o.ref)))) tenant.status = 'failed';
      }
      result.error = error;
      return result;
    }
  }

  const limit = pLimit(options.concurrency ?? 16);
  const deletions = result.pruned.filter((p) => p.deleted);
  // Objects inside namespaces first, then the namespaces, so nothing is orphaned half-way.
  for (const phase of [deletions.filter((p) => p.ref.kind !== 'Namespace'), deletions.filter((p) => p.ref.kind === 'Namespace')]) {
    await Promise.all(phase.map((p) => limit(() => client.delete(p.ref, { propagationPolicy: 'Background', dryRun: options.dryRun }))));
  }
  const removed = new Set(deletions.filter((p) => p.tenantRemoved).map((p) => p.tenant));
  result.prunedTenants = [...removed].filter((t) => !result.pruned.some((p) => p.tenant === t && !p.deleted && p.ref.kind !== 'Namespace')).sort();
  return result;
}

export function describeFailure(result: IsolateResult): string {
  const applied = result.tenants.filter((t) => t.status !== 'failed').map((t) => t.name);
  const failed = result.tenants.filter((t) => t.status === 'failed').map((t) => t.name);
  return `${result.error?.message ?? 'apply failed'}\nTenants fully applied: ${applied.length === 0 ? 'none' : applied.join(', ')}. Not (fully) applied: ${failed.join(', ')}. Re-running converges: what was applied is left as it is.`;
}
