import { parseQuantity } from './quantity.ts';
import type { KubeObject } from './types.ts';
import { isRecord } from './types.ts';

export type ChangeKind = 'add' | 'change' | 'remove';

/** One field that differs between what we apply and what the cluster has. */
export interface FieldChange {
  /** Readable path: spec.template.spec.containers[name=app].image, metadata.labels["app.kubernetes.io/name"]. */
  path: string;
  kind: ChangeKind;
  /** The live value (absent for `add`). */
  before?: unknown;
  /** The desired value (absent for `remove`). */
  after?: unknown;
}

export interface DiffOptions {
  /** Our field manager: fields it owns in the live object but no longer sets are reported as removals. */
  fieldManager?: string;
}

/** Fields the server owns or fills in; a manifest that carries them (say, exported from a cluster) is not asking to change them. */
const SERVER_METADATA = new Set(['uid', 'resourceVersion', 'generation', 'creationTimestamp', 'deletionTimestamp', 'deletionGracePeriodSeconds', 'managedFields', 'selfLink']);

/** Parents under which values are resource quantities, which the apiserver rewrites to canonical form ("0.5" → "500m"). */
const QUANTITY_PARENTS = new Set(['limits', 'requests', 'hard', 'used', 'default', 'defaultRequest', 'max', 'min', 'maxLimitRequestRatio', 'capacity', 'overhead', 'allocatable']);
const QUANTITY_FIELDS = new Set(['sizeLimit', 'storage']);

/** Keys that identify items of the API's associative lists (containers by name, ports by containerPort ...). */
const LIST_KEYS = ['name', 'containerPort', 'mountPath', 'devicePath', 'ip', 'topologyKey', 'type'];

function sameQuantity(a: unknown, b: unknown): boolean {
  const x = parseQuantity(a);
  const y = parseQuantity(b);
  if (x === undefined || y === undefined) return false;
  return x === y || Math.abs(x - y) <= Math.abs(x) * 1e-12;
}

function segment(key: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(key) ? `.${key}` : `[${JSON.stringify(key)}]`;
}

function join(path: string, key: string): string {
  const s = segment(key);
  return path === '' && s.startsWith('.') ? s.slice(1) : `${path}${s}`;
}

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || (Array.isArray(value) && value.length === 0) || (isRecord(value) && Object.keys(value).length === 0);
}

function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
  if (isRecord(a) && isRecord(b)) {
    const ka = Object.keys(a);
    return ka.length === Object.keys(b).length && ka.every((k) => deepEqual(a[k], b[k]));
  }
  return false;
}

function listKey(items: readonly unknown[]): string | undefined {
  if (items.length === 0 || !items.every(isRecord)) return undefined;
  return LIST_KEYS.find((k) => items.every((i) => isRecord(i) && (typeof i[k] === 'string' || typeof i[k] === 'number')));
}

/**
 * Secrets' `stringData` is write-only: the server stores it base64-encoded under `data`, so that
 * is what the live object is compared against.
 */
function normalise(desired: KubeObject): KubeObject {
  if (desired.kind !== 'Secret' || desired.apiVersion !== 'v1' || !isRecord(desired['stringData'])) return desired;
  const data: Record<string, unknown> = isRecord(desired['data']) ? { ...desired['data'] } : {};
  for (const [k, v] of Object.entries(desired['stringData'])) data[k] = Buffer.from(String(v), 'utf8').toString('base64');
  const { stringData: _s, ...rest } = desired;
  return { ...rest, data } as KubeObject;
}

/**
 * Compares what we apply with what the cluster has, looking only at the fields we set (so
 * defaults and status filled in by the server never count as drift). Associative lists match
 * items by key (containers by name), atomic ones compare whole; quantities compare by value.
 * With the live object's managedFields, fields our manager owns but no longer sets are reported
 * as removals, which is what server-side apply will do with them.
 */
export function diffObject(desired: KubeObject, live: KubeObject | undefined, options: DiffOptions = {}): FieldChange[] {
  const want = normalise(desired);
  if (live === undefined) return [{ path: '', kind: 'add', after: want }];
  const changes: FieldChange[] = [];
  for (const [key, value] of Object.entries(want)) {
    if (key === 'status') continue;
    if (key === 'metadata' && isRecord(value)) {
      const liveMeta: Record<string, unknown> = isRecord(live.metadata) ? live.metadata : {};
      for (const [mk, mv] of Object.entries(value)) {
        if (SERVER_METADATA.has(mk)) continue;
        compare(mv, liveMeta[mk], join('metadata', mk), [mk], changes);
      }
      continue;
    }
    compare(value, live[key], join('', key), [key], changes);
  }
  if (options.fieldManager !== undefined) changes.push(...removals(want, live, options.fieldManager));
  return changes;
}

function compare(want: unknown, have: unknown, path: string, keys: readonly string[], out: FieldChange[]): void {
  if (want === null) {
    // An explicit null asks for the field to be gone.
    if (!isEmpty(have)) out.push({ path, kind: 'remove', before: have });
    return;
  }
  if (isEmpty(want) && isEmpty(have)) return;
  if (isEmpty(have) && !isEmpty(want)) {
    out.push({ path, kind: 'add', after: want });
    return;
  }
  if (isRecord(want)) {
    if (!isRecord(have)) {
      out.push({ path, kind: 'change', before: have, after: want });
      return;
    }
    for (const [k, v] of Object.entries(want)) compare(v, have[k], join(path, k), [...keys, k], out);
    return;
  }
  if (Array.isArray(want)) {
    if (!Array.isArray(have)) {
      out.push({ path, kind: 'change', before: have, after: want });
      return;
    }
    compareList(want, have, path, keys, out);
    return;
  }
  if (want === have) return;
  const parent = keys[keys.length - 2];
  const field = keys[keys.length - 1];
  if (((parent !== undefined && QUANTITY_PARENTS.has(parent)) || (field !== undefined && QUANTITY_FIELDS.has(field))) && sameQuantity(want, have)) return;
  out.push({ path, kind: 'change', before: have, after: want });
}

function compareList(want: unknown[], have: unknown[], path: string, keys: readonly string[], out: FieldChange[]): void {
  // An empty associative list (env: []) asserts no items; items we used to own show up as removals
  // through managedFields, and items other managers own are theirs to keep.
  if (want.length === 0 && listKey(have) !== undefined) return;
  const key = listKey(want);
  if (key !== undefined && listKey(have) === key) {
    for (const item of want as Record<string, unknown>[]) {
      const id = item[key];
      const match = (have as Record<string, unknown>[]).find((h) => h[key] === id);
      const itemPath = `${path}[${key}=${String(id)}]`;
      if (match === undefined) out.push({ path: itemPath, kind: 'add', after: item });
      else compare(item, match, itemPath, [...keys, String(id)], out);
    }
    return;
  }
  // Atomic lists (args, rules, tolerations, NetworkPolicy peers) are replaced whole by apply, so
  // their length must match; items still compare as subsets, since the server fills in defaults.
  if (want.length !== have.length) {
    out.push({ path, kind: 'change', before: have, after: want });
    return;
  }
  const sub: FieldChange[] = [];
  want.forEach((item, i) => compare(item, have[i], `${path}[${i}]`, [...keys, String(i)], sub));
  if (sub.length === 0) return;
  // For lists of scalars one line with both lists reads better than one line per index.
  if (want.every((w) => !isRecord(w) && !Array.isArray(w))) out.push({ path, kind: 'change', before: have, after: want });
  else out.push(...sub);
}

// ---- removals through managedFields (fieldsV1) -------------------------------------------------

function removals(desired: KubeObject, live: KubeObject, manager: string): FieldChange[] {
  const entry = live.metadata.managedFields?.find((m) => m.manager === manager && m.operation === 'Apply' && (m.subresource === undefined || m.subresource === ''));
  if (entry?.fieldsV1 === undefined) return [];
  const out: FieldChange[] = [];
  walkOwned(entry.fieldsV1, desired, live, '', out);
  return out;
}

/**
 * Walks the fields our manager owns (fieldsV1: `f:name` fields, `k:{…}` keyed list items,
 * `v:…` set values, `i:n` indexes) against the desired object; an owned field the desired object
 * no longer has, and that the live object still has, will be removed by the next apply.
 */
function walkOwned(owned: Record<string, unknown>, want: unknown, have: unknown, path: string, out: FieldChange[]): void {
  for (const [token, children] of Object.entries(owned)) {
    if (token === '.') continue;
    const kids = isRecord(children) ? children : {};
    if (token.startsWith('f:')) {
      const name = token.slice(2);
      if (path === 'metadata' && SERVER_METADATA.has(name)) continue;
      const w = isRecord(want) ? want[name] : undefined;
      const h = isRecord(have) ? have[name] : undefined;
      const p = join(path, name);
      if (w === undefined) {
        if (h !== undefined) out.push({ path: p, kind: 'remove', before: h });
      } else if (Object.keys(kids).length > 0) {
        walkOwned(kids, w, h, p, out);
      }
    } else if (token.startsWith('k:')) {
      let keyFields: Record<string, unknown>;
      try {
        keyFields = JSON.parse(token.slice(2)) as Record<string, unknown>;
      } catch {
        continue;
      }
      const matches = (item: unknown) => isRecord(item) && Object.entries(keyFields).every(([k, v]) => item[k] === undefined ? k === 'protocol' && v === 'TCP' : item[k] === v);
      const w = Array.isArray(want) ? want.find(matches) : undefined;
      const h = Array.isArray(have) ? have.find(matches) : undefined;
      const p = `${path}[${Object.entries(keyFields).map(([k, v]) => `${k}=${String(v)}`).join(',')}]`;
      if (w === undefined) {
        if (h !== undefined) out.push({ path: p, kind: 'remove', before: h });
      } else {
        walkOwned(kids, w, h, p, out);
      }
    } else if (token.startsWith('v:')) {
      let value: unknown;
      try {
        value = JSON.parse(token.slice(2));
      } catch {
        continue;
      }
      const inWant = Array.isArray(want) && want.some((x) => deepEqual(x, value));
      const inHave = Array.isArray(have) && have.some((x) => deepEqual(x, value));
      if (!inWant && inHave) out.push({ path: `${path}[${JSON.stringify(value)}]`, kind: 'remove', before: value });
    } else if (token.startsWith('i:')) {
      const i = Number(token.slice(2));
      const w = Array.isArray(want) ? want[i] : undefined;
      const h = Array.isArray(have) ? have[i] : undefined;
      if (w === undefined && h !== undefined) out.push({ path: `${path}[${i}]`, kind: 'remove', before: h });
      else if (w !== undefined) walkOwned(kids, w, h, `${path}[${i}]`, out);
    }
  }
}

// ---- formatting ---------------------------------------------------------------------------------

export interface FormatOptions {
  /** Values longer than this are cut (default 120 characters). */
  maxValueLength?: number;
  /** Shows values as "(sensitive)", e.g. for Secret data. */
  redact?: (path: string) => boolean;
}

function show(value: unknown, max: number): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** One line per change: `~ spec.replicas: 2 → 3`, `+ metadata.labels.tier: "gold"`, `- spec.paused (was true)`. */
export function formatChange(change: FieldChange, options: FormatOptions = {}): string {
  const max = options.maxValueLength ?? 120;
  const hidden = options.redact?.(change.path) === true;
  const value = (v: unknown) => (hidden ? '(sensitive)' : show(v, max));
  const path = change.path === '' ? '(object)' : change.path;
  switch (change.kind) {
    case 'add':
      return `+ ${path}: ${value(change.after)}`;
    case 'remove':
      return `- ${path} (was ${value(change.before)})`;
    case 'change':
      return `~ ${path}: ${value(change.before)} → ${value(change.after)}`;
  }
}

/** Secret payloads never reach a log or summary. */
export function secretRedactor(object: Pick<KubeObject, 'apiVersion' | 'kind'>): (path: string) => boolean {
  if (object.kind !== 'Secret' || object.apiVersion !== 'v1') return () => false;
  return (path) => path === '' || /^(data|stringData)\b/.test(path);
}
