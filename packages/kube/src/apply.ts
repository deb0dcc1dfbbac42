import { ConfigurationError } from '@pipeline/core';
import type { Logger } from '@pipeline/core';
import pLimit from 'p-limit';
import type { KubeClient } from './client.ts';
import type { FieldChange } from './diff.ts';
import { diffObject, formatChange, secretRedactor } from './diff.ts';
import { isNotFound } from './errors.ts';
import type { Manifest, ManifestSource } from './manifests.ts';
import { describeSource } from './manifests.ts';
import type { KubeObject, ObjectRef } from './types.ts';
import { describeRef } from './types.ts';

/** Objects to apply, bare or with the file they came from (which then appears in errors). */
export type ApplyInput = KubeObject | Manifest;

function split(input: ApplyInput): { object: KubeObject; source: ManifestSource | undefined } {
  return 'source' in input && 'object' in input && typeof input.object === 'object'
    ? { object: input.object as KubeObject, source: input.source as ManifestSource }
    : { object: input as KubeObject, source: undefined };
}

/**
 * Helm's install order: what others depend on goes first (namespaces, CRDs, quota and limits
 * before any pod, RBAC before workloads), kinds it does not know go last.
 */
const KIND_ORDER = [
  'Namespace', 'NetworkPolicy', 'ResourceQuota', 'LimitRange', 'PodSecurityPolicy', 'PodDisruptionBudget', 'ServiceAccount',
  'Secret', 'ConfigMap', 'StorageClass', 'PersistentVolume', 'PersistentVolumeClaim', 'CustomResourceDefinition',
  'ClusterRole', 'ClusterRoleBinding', 'Role', 'RoleBinding', 'Service', 'DaemonSet', 'Pod', 'ReplicationController',
  'ReplicaSet', 'Deployment', 'HorizontalPodAutoscaler', 'StatefulSet', 'Job', 'CronJob', 'IngressClass', 'Ingress',
  'APIService',
];

export function applyOrder(kind: string): number {
  const i = KIND_ORDER.indexOf(kind);
  return i < 0 ? KIND_ORDER.length : i;
}

/** Groups objects into phases by kind rank, keeping the given order inside each phase. */
function phases<T extends { object: KubeObject }>(items: readonly T[]): T[][] {
  const byRank = new Map<number, T[]>();
  for (const item of items) {
    const rank = applyOrder(item.object.kind);
    byRank.set(rank, [...(byRank.get(rank) ?? []), item]);
  }
  return [...byRank.entries()].sort(([a], [b]) => a - b).map(([, group]) => group);
}

function refWithNamespace(client: KubeClient, object: KubeObject, namespaced: boolean): ObjectRef {
  const ref: ObjectRef = { apiVersion: object.apiVersion, kind: object.kind, name: object.metadata.name };
  if (namespaced) ref.namespace = object.metadata.namespace ?? client.namespace;
  return ref;
}

export type PlanAction = 'create' | 'change' | 'unchanged';

export interface PlanEntry {
  ref: ObjectRef;
  action: PlanAction;
  /** Field-level differences; empty when unchanged, one whole-object `add` for a create. */
  changes: FieldChange[];
  desired: KubeObject;
  live: KubeObject | undefined;
  source: ManifestSource | undefined;
}

export interface PlanOptions {
  concurrency?: number;
  fieldManager?: string;
  signal?: AbortSignal;
}

/**
 * Compares each object with the cluster (one GET each) and says what applying would do.
 * Read-only: a plan of an unchanged set sends no writes at all.
 */
export async function planObjects(client: KubeClient, inputs: readonly ApplyInput[], options: PlanOptions = {}): Promise<PlanEntry[]> {
  const limit = pLimit(options.concurrency ?? 8);
  const fieldManager = options.fieldManager ?? client.fieldManager;
  return Promise.all(inputs.map((input) => limit(async (): Promise<PlanEntry> => {
    const { object, source } = split(input);
    const resource = await withSource(source, () => client.resource(object.apiVersion, object.kind));
    const ref = refWithNamespace(client, object, resource.namespaced);
    const desired: KubeObject = { ...object, metadata: { ...object.metadata, ...(ref.namespace === undefined ? {} : { namespace: ref.namespace }) } };
    if (!resource.namespaced) delete desired.metadata.namespace;
    const live = await client.find(ref, options.signal);
    const changes = diffObject(desired, live, { fieldManager });
    const action: PlanAction = live === undefined ? 'create' : changes.length === 0 ? 'unchanged' : 'change';
    return { ref, action, changes, desired, live, source };
  })));
}

/** A readable plan: one line per object, one indented line per changed field; Secret values are never shown. */
export function formatPlan(entries: readonly PlanEntry[], options: { showUnchanged?: boolean; maxChangesPerObject?: number } = {}): string {
  const lines: string[] = [];
  const max = options.maxChangesPerObject ?? 50;
  for (const entry of entries) {
    const name = describeRef(entry.ref);
    if (entry.action === 'unchanged') {
      if (options.showUnchanged === true) lines.push(`= ${name} (unchanged)`);
      continue;
    }
    if (entry.action === 'create') {
      lines.push(`+ ${name} (create)`);
      continue;
    }
    lines.push(`~ ${name} (${entry.changes.length} field${entry.changes.length === 1 ? '' : 's'})`);
    const redact = secretRedactor(entry.desired);
    for (const change of entry.changes.slice(0, max)) lines.push(`    ${formatChange(change, { redact })}`);
    if (entry.changes.length > max) lines.push(`    … and ${entry.changes.length - max} more`);
  }
  const count = (a: PlanAction) => entries.filter((e) => e.action === a).length;
  lines.push(`${count('create')} to create, ${count('change')} to change, ${count('unchanged')} unchanged`);
  return lines.join('\n');
}

export type ApplyAction = 'created' | 'configured' | 'unchanged';

export interface ApplyResult {
  ref: ObjectRef;
  action: ApplyAction;
  dryRun: boolean;
  /** The server's answer; for objects skipped as unchanged, the live object. */
  object: KubeObject;
  /** From the plan, when the run planned first. */
  changes: FieldChange[] | undefined;
  source: ManifestSource | undefined;
  /**
   * False when a dry run could not ask the server, because the object's namespace is itself only
   * being created in this (dry) run and does not exist yet; the object is then reported as created.
   */
  serverValidated: boolean;
}

export interface ApplyFailure {
  ref: ObjectRef;
  source: ManifestSource | undefined;
  error: Error;
}

/** Some objects were rejected. `applied` lists what went through before the run stopped, so a report can say so. */
export class ApplyError extends ConfigurationError {
  readonly applied: ApplyResult[];
  readonly failures: ApplyFailure[];
  constructor(applied: ApplyResult[], failures: ApplyFailure[]) {
    const first = failures[0];
    const lines = failures.slice(0, 10).map((f) => `  ${describeRef(f.ref)}${f.source === undefined ? '' : ` (${describeSource(f.source)})`}: ${f.error.message}`);
    super(
      `${failures.length} object${failures.length === 1 ? '' : 's'} could not be applied (${applied.length} applied before stopping):\n${lines.join('\n')}${failures.length > 10 ? `\n  … and ${failures.length - 10} more` : ''}`,
      first?.source === undefined ? {} : { file: first.source.file, ...(first.source.line === undefined ? {} : { line: first.source.line }) },
    );
    this.applied = applied;
    this.failures = failures;
  }
}

export interface ApplyOptions {
  /** Take fields other managers own (kubectl's --force-conflicts); without it such conflicts fail. */
  force?: boolean;
  /** Server-side dry run (dryRun=All): validated and admitted, never stored. */
  dryRun?: boolean;
  fieldManager?: string;
  concurrency?: number;
  /**
   * Plan first (one GET per object) and send nothing for objects already as desired, so a
   * re-run with no change makes no writes. Results then carry the planned changes.
   */
  skipUnchanged?: boolean;
  logger?: Logger;
  signal?: AbortSignal;
}

async function withSource<T>(source: ManifestSource | undefined, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    if (source !== undefined && error instanceof ConfigurationError && error.file === undefined) {
      throw new ConfigurationError(`${describeSource(source)}: ${error.message}`, { file: source.file, ...(source.line === undefined ? {} : { line: source.line }), cause: error });
    }
    throw error;
  }
}

/**
 * Server-side apply of a set of objects, in dependency order (namespaces and CRDs first), phases
 * in sequence and objects within a phase concurrently. Stops after the first phase with a failure
 * and throws ApplyError listing what was applied and what failed.
 */
export async function applyObjects(client: KubeClient, inputs: readonly ApplyInput[], options: ApplyOptions = {}): Promise<ApplyResult[]> {
  const dryRun = options.dryRun === true;
  const items = inputs.map(split);
  const planned = new Map<KubeObject, PlanEntry>();
  if (options.skipUnchanged === true) {
    const entries = await planObjects(client, inputs, {
      ...(options.concurrency === undefined ? {} : { concurrency: options.concurrency }),
      ...(options.fieldManager === undefined ? {} : { fieldManager: options.fieldManager }),
      ...(options.signal === undefined ? {} : { signal: options.signal }),
    });
    items.forEach((item, i) => {
      const entry = entries[i];
      if (entry !== undefined) planned.set(item.object, entry);
    });
  }
  const limit = pLimit(options.concurrency ?? 8);
  const results: ApplyResult[] = [];
  // Namespaces that exist only in this dry run: objects inside them cannot be dry-run on the server.
  const pendingNamespaces = new Set<string>();
  for (const phase of phases(items)) {
    const failures: ApplyFailure[] = [];
    const outcomes = await Promise.all(phase.map(({ object, source }) => limit(async (): Promise<ApplyResult | undefined> => {
      const plan = planned.get(object);
      let ref: ObjectRef | undefined = plan?.ref;
      try {
        const resource = await withSource(source, () => client.resource(object.apiVersion, object.kind));
        ref ??= refWithNamespace(client, object, resource.namespaced);
        if (plan?.action === 'unchanged' && plan.live !== undefined) {
          return { ref, action: 'unchanged', dryRun, object: plan.live, changes: [], source, serverValidated: true };
        }
        if (dryRun && ref.namespace !== undefined && pendingNamespaces.has(ref.namespace)) {
          return { ref, action: 'created', dryRun, object, changes: plan?.changes, source, serverValidated: false };
        }
        const res = await client.apply(object, {
          dryRun,
          ...(options.force === undefined ? {} : { force: options.force }),
          ...(options.fieldManager === undefined ? {} : { fieldManager: options.fieldManager }),
          ...(options.signal === undefined ? {} : { signal: options.signal }),
        });
        let action: ApplyAction = res.status === 201 ? 'created' : 'configured';
        if (action === 'configured' && plan?.live?.metadata.resourceVersion !== undefined && plan.live.metadata.resourceVersion === res.body.metadata.resourceVersion) action = 'unchanged';
        if (dryRun && action === 'created' && object.kind === 'Namespace' && object.apiVersion === 'v1') pendingNamespaces.add(object.metadata.name);
        options.logger?.debug(`${dryRun ? '(dry run) ' : ''}${action} ${describeRef(ref)}`);
        return { ref, action, dryRun, object: res.body, changes: plan?.changes, source, serverValidated: true };
      } catch (error) {
        if (dryRun && ref?.namespace !== undefined && pendingNamespaces.has(ref.namespace) && isNotFound(error)) {
          return { ref, action: 'created', dryRun, object, changes: plan?.changes, source, serverValidated: false };
        }
        const failed = ref ?? { apiVersion: object.apiVersion, kind: object.kind, name: object.metadata.name };
        failures.push({ ref: failed, source, error: error instanceof Error ? error : new Error(String(error)) });
        return undefined;
      }
    })));
    for (const outcome of outcomes) if (outcome !== undefined) results.push(outcome);
    if (failures.length > 0) throw new ApplyError(results, failures);
  }
  return results;
}
