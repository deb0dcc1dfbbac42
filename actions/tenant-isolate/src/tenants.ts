import { isIP } from 'node:net';
import { ConfigurationError } from '@pipeline/core';
import { canonicalQuantity, parseQuantity } from '@pipeline/kube';
import { LineCounter, isMap, isSeq, parseDocument } from 'yaml';
import type { Document } from 'yaml';

/** Quantities a tier sets for CPU and memory. */
export interface ComputeQuantities {
  cpu: string;
  memory: string;
}

/** A named quota/limits profile. Quantities are kept in the apiserver's canonical form. */
export interface Tier {
  quota: {
    requestsCpu: string;
    limitsCpu: string;
    requestsMemory: string;
    limitsMemory: string;
    requestsStorage: string;
    pods: number;
    services: number;
    persistentvolumeclaims: number;
    configmaps: number;
    secrets: number;
    loadbalancers: number;
  };
  limits: {
    default: ComputeQuantities;
    defaultRequest: ComputeQuantities;
    max: ComputeQuantities;
  };
}

export type Protocol = 'TCP' | 'UDP' | 'SCTP';

export interface EgressPort {
  port: number;
  protocol: Protocol;
}

export interface EgressRule {
  namespaces: string[];
  cidrs: string[];
  /** Empty means every port. */
  ports: EgressPort[];
}

export interface Tenant {
  name: string;
  /** The tenant's namespace; always the tenant's name. */
  namespace: string;
  tier: string;
  profile: Tier;
  owners: { users: string[]; groups: string[] };
  egress: EgressRule[];
  /** The ingress controller's namespace allowed in, if any. */
  ingressNamespace: string | undefined;
  labels: Record<string, string>;
  annotations: Record<string, string>;
  /** 1-based line of the tenant's entry in the tenants file, when it came from a file. */
  line: number | undefined;
}

export interface TenantsConfig {
  /** Groups this file's tenants in the cluster, so prune never touches another file's tenants. */
  set: string;
  /** Pinned Pod Security Standards version, e.g. v1.30. */
  podSecurityVersion: string;
  tenants: Tenant[];
  /** Repository-relative path of the tenants file; undefined for inline YAML. */
  file: string | undefined;
}

export const DEFAULT_POD_SECURITY_VERSION = 'v1.30';
export const DEFAULT_SET = 'default';

const mi = (n: number): string => `${n}Mi`;
const gi = (n: number): string => `${n}Gi`;

/** Built-in tiers; a file's `tiers` entries are merged over the one of the same name (or over `standard`). */
export const BUILTIN_TIERS: Readonly<Record<string, Tier>> = {
  small: {
    quota: { requestsCpu: '2', limitsCpu: '4', requestsMemory: gi(4), limitsMemory: gi(8), requestsStorage: gi(20), pods: 20, services: 10, persistentvolumeclaims: 5, configmaps: 20, secrets: 20, loadbalancers: 0 },
    limits: { default: { cpu: '500m', memory: mi(512) }, defaultRequest: { cpu: '100m', memory: mi(128) }, max: { cpu: '2', memory: gi(4) } },
  },
  standard: {
    quota: { requestsCpu: '8', limitsCpu: '16', requestsMemory: gi(16), limitsMemory: gi(32), requestsStorage: gi(100), pods: 50, services: 20, persistentvolumeclaims: 20, configmaps: 50, secrets: 50, loadbalancers: 1 },
    limits: { default: { cpu: '500m', memory: mi(512) }, defaultRequest: { cpu: '100m', memory: mi(128) }, max: { cpu: '4', memory: gi(8) } },
  },
  large: {
    quota: { requestsCpu: '32', limitsCpu: '64', requestsMemory: gi(64), limitsMemory: gi(128), requestsStorage: gi(500), pods: 200, services: 50, persistentvolumeclaims: 50, configmaps: 200, secrets: 200, loadbalancers: 2 },
    limits: { default: { cpu: '1', memory: gi(1) }, defaultRequest: { cpu: '250m', memory: mi(256) }, max: { cpu: '8', memory: gi(16) } },
  },
};

/** Labels and prefixes the action owns; a tenant may not set them. */
export const RESERVED_LABEL_PREFIXES = ['pipeline.dev/', 'pod-security.kubernetes.io/', 'app.kubernetes.io/managed-by', 'kubernetes.io/metadata.name'];

const DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const LABEL_VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;
const QUALIFIED_NAME = /^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\/)?[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$/;
const PSS_VERSION = /^(latest|v1\.\d{1,2})$/;

type Path = (string | number)[];

interface Problem {
  path: Path;
  tenant: string | undefined;
  message: string;
}

/** Reads the YAML, remembers lines, and collects every problem so the user sees them all at once. */
class Reader {
  readonly problems: Problem[] = [];
  constructor(private readonly doc: Document, private readonly lines: LineCounter) {}

  lineOf(path: Path): number | undefined {
    for (let p = path; p.length >= 0; p = p.slice(0, -1)) {
      const node = p.length === 0 ? this.doc.contents : this.doc.getIn(p, true);
      const range = (node as { range?: [number, number, number] } | undefined)?.range;
      if (range !== undefined) return this.lines.linePos(range[0]).line;
      if (p.length === 0) return undefined;
    }
    return undefined;
  }

  problem(path: Path, tenant: string | undefined, message: string): void {
    this.problems.push({ path, tenant, message });
  }
}

function fieldName(path: Path): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describeValue(value: unknown): string {
  const text = typeof value === 'string' ? `'${value}'` : JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

function unknownFields(r: Reader, value: Record<string, unknown>, allowed: readonly string[], path: Path, tenant: string | undefined): void {
  for (const key of Object.keys(value)) {
    if (!allowed.includes(key)) r.problem([...path, key], tenant, `unknown field '${key}'; valid fields here are ${allowed.map((a) => `'${a}'`).join(', ')}`);
  }
}

function stringList(r: Reader, value: unknown, path: Path, tenant: string | undefined, check?: (s: string, p: Path) => void): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    r.problem(path, tenant, `expected a list of strings, got ${describeValue(value)}`);
    return [];
  }
  const out: string[] = [];
  value.forEach((item, i) => {
    if (typeof item !== 'string' || item.trim() === '') r.problem([...path, i], tenant, `expected a non-empty string, got ${describeValue(item)}`);
    else {
      check?.(item, [...path, i]);
      out.push(item);
    }
  });
  return out;
}

function quantity(r: Reader, value: unknown, path: Path, tenant: string | undefined): string | undefined {
  const canonical = typeof value === 'string' || typeof value === 'number' ? canonicalQuantity(value) : undefined;
  const numeric = parseQuantity(value);
  if (canonical === undefined || numeric === undefined || numeric < 0) {
    r.problem(path, tenant, `${describeValue(value)} is not a Kubernetes quantity; write a number with an optional suffix, such as 500m, 2, 512Mi or 10Gi`);
    return undefined;
  }
  return canonical;
}

function count(r: Reader, value: unknown, path: Path, tenant: string | undefined): number | undefined {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
    r.problem(path, tenant, `${describeValue(value)} is not a count; write a whole number of at least 0`);
    return undefined;
  }
  return value;
}

const QUOTA_FIELDS = {
  'requests-cpu': 'requestsCpu', 'limits-cpu': 'limitsCpu', 'requests-memory': 'requestsMemory', 'limits-memory': 'limitsMemory', 'requests-storage': 'requestsStorage',
} as const;
const COUNT_FIELDS = ['pods', 'services', 'persistentvolumeclaims', 'configmaps', 'secrets', 'loadbalancers'] as const;

function readTier(r: Reader, value: unknown, base: Tier, path: Path): Tier {
  const tier: Tier = { quota: { ...base.quota }, limits: { default: { ...base.limits.default }, defaultRequest: { ...base.limits.defaultRequest }, max: { ...base.limits.max } } };
  if (!isRecord(value)) {
    r.problem(path, undefined, `expected a mapping with 'quota' and/or 'limits', got ${describeValue(value)}`);
    return tier;
  }
  unknownFields(r, value, ['quota', 'limits'], path, undefined);
  const quota = value['quota'];
  if (quota !== undefined) {
    if (!isRecord(quota)) r.problem([...path, 'quota'], undefined, `expected a mapping, got ${describeValue(quota)}`);
    else {
      unknownFields(r, quota, [...Object.keys(QUOTA_FIELDS), ...COUNT_FIELDS], [...path, 'quota'], undefined);
      for (const [key, field] of Object.entries(QUOTA_FIELDS)) {
        if (quota[key] === undefined) continue;
        const q = quantity(r, quota[key], [...path, 'quota', key], undefined);
        if (q !== undefined) tier.quota[field] = q;
      }
      for (const key of COUNT_FIELDS) {
        if (quota[key] === undefined) continue;
        const c = count(r, quota[key], [...path, 'quota', key], undefined);
        if (c !== undefined) tier.quota[key] = c;
      }
    }
  }
  const limits = value['limits'];
  if (limits !== undefined) {
    if (!isRecord(limits)) r.problem([...path, 'limits'], undefined, `expected a mapping, got ${describeValue(limits)}`);
    else {
      unknownFields(r, limits, ['default', 'default-request', 'max'], [...path, 'limits'], undefined);
      for (const [key, field] of [['default', 'default'], ['default-request', 'defaultRequest'], ['max', 'max']] as const) {
        const entry = limits[key];
        if (entry === undefined) continue;
        if (!isRecord(entry)) {
          r.problem([...path, 'limits', key], undefined, `expected a mapping with cpu and memory, got ${describeValue(entry)}`);
          continue;
        }
        unknownFields(r, entry, ['cpu', 'memory'], [...path, 'limits', key], undefined);
        for (const resource of ['cpu', 'memory'] as const) {
          if (entry[resource] === undefined) continue;
          const q = quantity(r, entry[resource], [...path, 'limits', key, resource], undefined);
          if (q !== undefined) tier.limits[field][resource] = q;
        }
      }
    }
  }
  return tier;
}

/** A CIDR in canonical form, or a message saying what is wrong. */
export function checkCidr(text: string): { cidr: string } | { problem: string } {
  const match = /^([^/]+)\/(\d{1,3})$/.exec(text.trim());
  if (match === null) return { problem: `'${text}' is not a CIDR; write an address and a prefix length, such as 10.20.0.0/16 or fd00::/64` };
  const [, address = '', prefixText = ''] = match;
  const family = isIP(address);
  const prefix = Number(prefixText);
  const bits = family === 4 ? 32 : 128;
  if (family === 0) return { problem: `'${text}' is not a CIDR: '${address}' is not an IPv4 or IPv6 address` };
  if (prefix > bits) return { problem: `'${text}' is not a CIDR: the prefix length must be at most ${bits}` };
  if (family === 4) {
    const value = address.split('.').reduce((acc, octet) => (acc << 8n) | BigInt(Number(octet)), 0n);
    const mask = prefix === 0 ? 0n : ((1n << BigInt(prefix)) - 1n) << BigInt(32 - prefix);
    const network = value & mask;
    if (network !== value) {
      const canonical = [24n, 16n, 8n, 0n].map((s) => String((network >> s) & 255n)).join('.');
      return { problem: `'${text}' has host bits set; the network is ${canonical}/${prefix}` };
    }
  }
  return { cidr: `${address}/${prefix}` };
}

function readEgress(r: Reader, value: unknown, path: Path, tenant: string | undefined): EgressRule[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    r.problem(path, tenant, `expected a list of egress rules (each with namespaces and/or cidrs, and optional ports), got ${describeValue(value)}`);
    return [];
  }
  const rules: EgressRule[] = [];
  value.forEach((item, i) => {
    const at: Path = [...path, i];
    if (!isRecord(item)) {
      r.problem(at, tenant, `expected a mapping with namespaces, cidrs and ports, got ${describeValue(item)}`);
      return;
    }
    unknownFields(r, item, ['namespaces', 'cidrs', 'ports'], at, tenant);
    const namespaces = stringList(r, item['namespaces'], [...at, 'namespaces'], tenant, (ns, p) => {
      if (!DNS1123_LABEL.test(ns) || ns.length > 63) r.problem(p, tenant, `'${ns}' is not a namespace name (DNS-1123 label)`);
    });
    const cidrs: string[] = [];
    stringList(r, item['cidrs'], [...at, 'cidrs'], tenant, (text, p) => {
      const checked = checkCidr(text);
      if ('problem' in checked) r.problem(p, tenant, checked.problem);
      else cidrs.push(checked.cidr);
    });
    if (item['namespaces'] === undefined && item['cidrs'] === undefined) {
      // An egress rule without destinations would allow every destination: say 0.0.0.0/0 if that is meant.
      r.problem(at, tenant, "an egress rule needs 'namespaces' or 'cidrs' (write cidrs: [0.0.0.0/0] to allow every address on purpose)");
    }
    const ports: EgressPort[] = [];
    const rawPorts = item['ports'];
    if (rawPorts !== undefined && !Array.isArray(rawPorts)) r.problem([...at, 'ports'], tenant, `expected a list of ports, got ${describeValue(rawPorts)}`);
    else (rawPorts ?? []).forEach((port: unknown, j: number) => {
      const pp: Path = [...at, 'ports', j];
      const spec = isRecord(port) ? port : { port };
      if (isRecord(port)) unknownFields(r, port, ['port', 'protocol'], pp, tenant);
      const number = spec['port'];
      const protocol = spec['protocol'] ?? 'TCP';
      if (typeof number !== 'number' || !Number.isInteger(number) || number < 1 || number > 65535) r.problem(pp, tenant, `${describeValue(number)} is not a port; write a number from 1 to 65535`);
      else if (protocol !== 'TCP' && protocol !== 'UDP' && protocol !== 'SCTP') r.problem([...pp, 'protocol'], tenant, `${describeValue(protocol)} is not a protocol; write TCP, UDP or SCTP`);
      else ports.push({ port: number, protocol });
    });
    rules.push({ namespaces, cidrs, ports });
  });
  return rules;
}

function readMetadataMap(r: Reader, value: unknown, path: Path, tenant: string | undefined, kind: 'labels' | 'annotations'): Record<string, string> {
  if (value === undefined || value === null) return {};
  if (!isRecord(value)) {
    r.problem(path, tenant, `expected a mapping of ${kind}, got ${describeValue(value)}`);
    return {};
  }
  const out: Record<string, string> = {};
  for (const [key, raw] of Object.entries(value)) {
    const p = [...path, key];
    if (!QUALIFIED_NAME.test(key) || key.length > 317) r.problem(p, tenant, `'${key}' is not a valid ${kind === 'labels' ? 'label' : 'annotation'} key (an optional DNS prefix and '/', then a name of letters, digits, '-', '_' and '.')`);
    else if (RESERVED_LABEL_PREFIXES.some((prefix) => key.startsWith(prefix))) r.problem(p, tenant, `'${key}' is set by tenant-isolate itself; choose another key`);
    const text = typeof raw === 'string' ? raw : typeof raw === 'number' || typeof raw === 'boolean' ? String(raw) : undefined;
    if (text === undefined) r.problem(p, tenant, `expected a string value, got ${describeValue(raw)}`);
    else if (kind === 'labels' && (text.length > 63 || !LABEL_VALUE.test(text))) r.problem(p, tenant, `'${text}' is not a valid label value (at most 63 letters, digits, '-', '_' or '.', starting and ending with a letter or digit)`);
    else out[key] = text;
  }
  return out;
}

/** Why a tenant name cannot be a namespace we own, or undefined when it can. */
export function reservedNamespaceProblem(name: string): string | undefined {
  if (name === 'default') return "'default' is the cluster's shared namespace and cannot be a tenant";
  if (name.startsWith('kube-')) return `'${name}' is in the kube-* namespaces reserved for Kubernetes itself`;
  return undefined;
}

export interface ParseTenantsOptions {
  /** Repository-relative path for messages and SARIF; undefined for inline YAML. */
  file?: string;
  /** The input name for messages, default `tenants`. */
  input?: string;
}

/**
 * Parses and validates a tenants document. Every problem is collected and thrown as one
 * ConfigurationError whose lines name the tenant, the field and (for files) the line.
 */
export function parseTenants(text: string, options: ParseTenantsOptions = {}): TenantsConfig {
  const input = options.input ?? 'tenants';
  const where = options.file ?? `the '${input}' input`;
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const first = doc.errors[0];
    const line = first?.linePos?.[0]?.line;
    throw new ConfigurationError(`${where}${line === undefined ? '' : `:${line}`}: the tenants document is not valid YAML: ${first?.message.split('\n')[0] ?? 'parse error'}`, {
      ...(options.file === undefined ? { input } : { file: options.file }),
      ...(line === undefined ? {} : { line }),
    });
  }
  const r = new Reader(doc, lines);
  const root: unknown = doc.toJS();
  if (!isRecord(root) || !isMap(doc.contents)) {
    throw new ConfigurationError(`${where}: expected a mapping with 'tenants' (a list) and optional 'set', 'defaults' and 'tiers'`, options.file === undefined ? { input } : { file: options.file, line: 1 });
  }
  unknownFields(r, root, ['set', 'defaults', 'tiers', 'tenants'], [], undefined);

  let set = DEFAULT_SET;
  if (root['set'] !== undefined) {
    if (typeof root['set'] !== 'string' || !DNS1123_LABEL.test(root['set']) || root['set'].length > 63) r.problem(['set'], undefined, `${describeValue(root['set'])} is not a valid set name (a DNS-1123 label, used as a label value)`);
    else set = root['set'];
  }

  const defaults = isRecord(root['defaults']) ? root['defaults'] : {};
  if (root['defaults'] !== undefined && !isRecord(root['defaults'])) r.problem(['defaults'], undefined, `expected a mapping, got ${describeValue(root['defaults'])}`);
  unknownFields(r, defaults, ['tier', 'ingress-namespace', 'pod-security-version', 'egress'], ['defaults'], undefined);
  let podSecurityVersion = DEFAULT_POD_SECURITY_VERSION;
  const pss = defaults['pod-security-version'];
  if (pss !== undefined) {
    if (typeof pss !== 'string' || !PSS_VERSION.test(pss)) r.problem(['defaults', 'pod-security-version'], undefined, `${describeValue(pss)} is not a Pod Security Standards version; write one such as v1.30`);
    else if (pss === 'latest') r.problem(['defaults', 'pod-security-version'], undefined, "'latest' is not pinned; write the version the tenants were tested with, such as v1.30");
    else podSecurityVersion = pss;
  }
  const defaultTier = typeof defaults['tier'] === 'string' ? defaults['tier'] : 'standard';
  if (defaults['tier'] !== undefined && typeof defaults['tier'] !== 'string') r.problem(['defaults', 'tier'], undefined, `expected a tier name, got ${describeValue(defaults['tier'])}`);
  const defaultIngress = readNamespaceName(r, defaults['ingress-namespace'], ['defaults', 'ingress-namespace'], undefined);
  const defaultEgress = readEgress(r, defaults['egress'], ['defaults', 'egress'], undefined);

  const tiers: Record<string, Tier> = { ...BUILTIN_TIERS };
  if (root['tiers'] !== undefined) {
    if (!isRecord(root['tiers'])) r.problem(['tiers'], undefined, `expected a mapping of tier names to profiles, got ${describeValue(root['tiers'])}`);
    else for (const [name, value] of Object.entries(root['tiers'])) {
      if (!DNS1123_LABEL.test(name)) r.problem(['tiers', name], undefined, `'${name}' is not a valid tier name (lower-case letters, digits and '-')`);
      tiers[name] = readTier(r, value, BUILTIN_TIERS[name] ?? BUILTIN_TIERS['standard'] as Tier, ['tiers', name]);
    }
  }
  if (tiers[defaultTier] === undefined) r.problem(['defaults', 'tier'], undefined, `unknown tier '${defaultTier}'; known tiers are ${Object.keys(tiers).map((t) => `'${t}'`).join(', ')}`);

  const tenants: Tenant[] = [];
  const rawTenants = root['tenants'];
  if (!Array.isArray(rawTenants) || !isSeq(doc.get('tenants', true))) {
    r.problem(rawTenants === undefined ? [] : ['tenants'], undefined, "expected 'tenants', a list of tenants each with at least a name and owners");
  } else {
    const seen = new Map<string, number>();
    rawTenants.forEach((raw, i) => {
      const path: Path = ['tenants', i];
      const name = isRecord(raw) && typeof raw['name'] === 'string' ? raw['name'] : undefined;
      const label = name ?? `#${i + 1}`;
      if (!isRecord(raw)) {
        r.problem(path, label, `expected a mapping with name, tier, owners, egress, ingress-namespace, labels and annotations, got ${describeValue(raw)}`);
        return;
      }
      unknownFields(r, raw, ['name', 'tier', 'owners', 'egress', 'ingress-namespace', 'labels', 'annotations'], path, label);
      if (name === undefined) r.problem([...path, 'name'], label, `expected a name (a DNS-1123 label), got ${describeValue(raw['name'])}`);
      else if (!DNS1123_LABEL.test(name) || name.length > 63) r.problem([...path, 'name'], label, `'${name}' is not a DNS-1123 label: use at most 63 lower-case letters, digits and '-', starting and ending with a letter or digit`);
      else {
        const reserved = reservedNamespaceProblem(name);
        if (reserved !== undefined) r.problem([...path, 'name'], label, reserved);
        const previous = seen.get(name);
        if (previous !== undefined) r.problem([...path, 'name'], label, `duplicate tenant: '${name}' is already defined at tenants[${previous}]${r.lineOf(['tenants', previous]) === undefined ? '' : ` (line ${r.lineOf(['tenants', previous])})`}`);
        else seen.set(name, i);
      }
      const tierName = raw['tier'] === undefined ? defaultTier : raw['tier'];
      let profile = tiers[defaultTier] ?? (BUILTIN_TIERS['standard'] as Tier);
      if (typeof tierName !== 'string' || tiers[tierName] === undefined) r.problem([...path, 'tier'], label, `unknown tier ${describeValue(tierName)}; known tiers are ${Object.keys(tiers).map((t) => `'${t}'`).join(', ')}`);
      else profile = tiers[tierName] as Tier;
      const owners = { users: [] as string[], groups: [] as string[] };
      const rawOwners = raw['owners'];
      if (!isRecord(rawOwners)) r.problem([...path, 'owners'], label, `expected owners: a mapping with users and/or groups, got ${describeValue(rawOwners)}`);
      else {
        unknownFields(r, rawOwners, ['users', 'groups'], [...path, 'owners'], label);
        owners.users = stringList(r, rawOwners['users'], [...path, 'owners', 'users'], label, (u, p) => {
          if (u.startsWith('system:')) r.problem(p, label, `'${u}' is a system identity and cannot own a tenant`);
        });
        owners.groups = stringList(r, rawOwners['groups'], [...path, 'owners', 'groups'], label, (g, p) => {
          if (g.startsWith('system:')) r.problem(p, label, `'${g}' is a system group (it would hand the tenant to every member) and cannot own a tenant`);
        });
        if (owners.users.length + owners.groups.length === 0) r.problem([...path, 'owners'], label, 'a tenant needs at least one owner (a user or a group)');
      }
      const ingressNamespace = raw['ingress-namespace'] === undefined ? defaultIngress : readNamespaceName(r, raw['ingress-namespace'], [...path, 'ingress-namespace'], label);
      tenants.push({
        name: name ?? '',
        namespace: name ?? '',
        tier: typeof tierName === 'string' ? tierName : defaultTier,
        profile,
        owners,
        egress: [...defaultEgress, ...readEgress(r, raw['egress'], [...path, 'egress'], label)],
        ingressNamespace,
        labels: readMetadataMap(r, raw['labels'], [...path, 'labels'], label, 'labels'),
        annotations: readMetadataMap(r, raw['annotations'], [...path, 'annotations'], label, 'annotations'),
        line: options.file === undefined ? undefined : r.lineOf(path),
      });
    });
  }

  if (r.problems.length > 0) {
    const messages = r.problems.map((p) => {
      const line = r.lineOf(p.path);
      const at = options.file === undefined ? `the '${input}' input${line === undefined ? '' : ` (line ${line})`}` : `${options.file}${line === undefined ? '' : `:${line}`}`;
      const field = p.path.length === 0 ? 'document' : fieldName(p.path);
      return `${at}: ${p.tenant === undefined ? '' : `tenant '${p.tenant}', `}field '${field}': ${p.message}`;
    });
    const first = r.problems[0];
    const firstLine = first === undefined ? undefined : r.lineOf(first.path);
    throw new ConfigurationError(messages.join('\n'), {
      input,
      ...(options.file === undefined ? {} : { file: options.file }),
      ...(firstLine === undefined || options.file === undefined ? {} : { line: firstLine }),
    });
  }
  return { set, podSecurityVersion, tenants, file: options.file };
}

function readNamespaceName(r: Reader, value: unknown, path: Path, tenant: string | undefined): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value !== 'string' || !DNS1123_LABEL.test(value) || value.length > 63) {
    r.problem(path, tenant, `${describeValue(value)} is not a namespace name (a DNS-1123 label)`);
    return undefined;
  }
  return value;
}
