import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parseAllDocuments } from 'yaml';
import type { KubeHttp, KubeObject } from './kube-http.ts';
import { KubeStatusError } from './kube-http.ts';
import { waitFor } from './processes.ts';

/** The committed Gateway API bundle and what is known about it; see the header of the file. */
export const GATEWAY_API_CRDS = {
  file: new URL('./crds/gateway-api-v0.7.0-httproutes.yaml', import.meta.url),
  bundleVersion: 'v0.7.0',
  channel: 'standard',
  /** Size and digest of the upstream text below the provenance header. */
  upstreamBytes: 252_601,
  upstreamSha256: 'd18f3172ac0872e07fcbc3b18655101a493a0005b824f84aae56a567e8d4bdc8',
} as const;

export const GATEWAY_API_GROUP = 'gateway.networking.k8s.io';
export const HTTPROUTE_PLURAL = 'httproutes';

export interface CustomResourceDefinition extends KubeObject {
  metadata: KubeObject['metadata'] & { generation?: number };
  spec: {
    group: string;
    names: { plural: string; kind: string };
    scope: string;
    versions: { name: string; served: boolean; storage: boolean; schema?: { openAPIV3Schema?: unknown } }[];
  };
  status?: { conditions?: { type: string; status: string; reason?: string; message?: string }[]; storedVersions?: string[] };
}

export interface InstalledCrd {
  name: string;
  /** `created` on a fresh cluster, `unchanged` when the same definition was there, `updated` otherwise. */
  outcome: 'created' | 'updated' | 'unchanged';
  servedVersions: string[];
  storageVersion: string;
}

/**
 * Removes `default: ""` from string properties of a CRD schema, in place, and returns the
 * schema paths it changed.
 *
 * Why: the test plane's kube-apiserver 1.20.2 (built with Go 1.19) validates with a kube-openapi
 * whose type check treats a zero value as null, so it rejects every empty string in a custom
 * resource, and with it a CRD whose default is "" ('default: Invalid value: "null": in body must
 * be of type string'). Gateway API defaults BackendRef.group to "", which its API documents as the
 * same as leaving it out ("When unspecified or empty string, core API group is inferred"), so
 * leaving the default out changes no meaning; objects simply keep the field absent.
 */
export function withoutEmptyStringDefaults(crd: CustomResourceDefinition): string[] {
  const removed: string[] = [];
  const visit = (node: unknown, path: string): void => {
    if (Array.isArray(node)) {
      node.forEach((n, i) => visit(n, `${path}[${i}]`));
      return;
    }
    if (node === null || typeof node !== 'object') return;
    const o = node as Record<string, unknown>;
    if (o['type'] === 'string' && o['default'] === '') {
      delete o['default'];
      removed.push(path);
    }
    for (const [k, v] of Object.entries(o)) visit(v, `${path}.${k}`);
  };
  visit(crd.spec, 'spec');
  return removed;
}

const CRD_PATH = '/apis/apiextensions.k8s.io/v1/customresourcedefinitions';

/**
 * Reads a CRD bundle: multi-document YAML, each document a CustomResourceDefinition. The
 * provenance header (leading comment lines) is skipped for the digest check, so an edit of the
 * upstream text is caught before anything reaches the cluster.
 */
export function loadCrdBundle(text: string, source: string, expected?: { bytes: number; sha256: string }): CustomResourceDefinition[] {
  const lines = text.split('\n');
  const firstContent = lines.findIndex((l) => !l.startsWith('#'));
  if (firstContent < 0) throw new Error(`${source}: no YAML after the header comment`);
  const upstream = lines.slice(firstContent).join('\n');
  if (expected !== undefined) {
    const sha = createHash('sha256').update(upstream).digest('hex');
    if (Buffer.byteLength(upstream) !== expected.bytes || sha !== expected.sha256) {
      throw new Error(`${source}: the upstream part is ${Buffer.byteLength(upstream)} bytes with sha256 ${sha}; expected ${expected.bytes} bytes with sha256 ${expected.sha256}. Restore the file from upstream instead of editing it.`);
    }
  }
  const crds: CustomResourceDefinition[] = [];
  for (const doc of parseAllDocuments(text)) {
    if (doc.errors.length > 0) throw new Error(`${source}: ${doc.errors[0]?.message ?? 'invalid YAML'}`);
    const value = doc.toJS() as unknown;
    if (value === null || value === undefined) continue;
    const crd = value as CustomResourceDefinition;
    if (crd.kind !== 'CustomResourceDefinition' || crd.apiVersion !== 'apiextensions.k8s.io/v1') {
      throw new Error(`${source}: expected only apiextensions.k8s.io/v1 CustomResourceDefinitions, found ${crd.apiVersion ?? '?'} ${crd.kind ?? '?'}`);
    }
    // The generator's empty status block is server-owned; sending it would only be ignored.
    delete crd.status;
    crds.push(crd);
  }
  return crds;
}

/** The committed Gateway API CRDs, checked against their recorded digest. */
export function gatewayApiCrds(): CustomResourceDefinition[] {
  return loadCrdBundle(readFileSync(GATEWAY_API_CRDS.file, 'utf8'), GATEWAY_API_CRDS.file.pathname, { bytes: GATEWAY_API_CRDS.upstreamBytes, sha256: GATEWAY_API_CRDS.upstreamSha256 });
}

function condition(crd: CustomResourceDefinition, type: string): string | undefined {
  return crd.status?.conditions?.find((c) => c.type === type)?.status;
}

/**
 * Creates or replaces CRDs and waits until each is Established with its names accepted and its
 * storage version answering a list. Safe to call again with the same bundle (nothing changes)
 * and from several test files at once (create races and update conflicts are retried).
 */
export async function applyCrds(http: KubeHttp, crds: readonly CustomResourceDefinition[], options: { timeoutMs?: number } = {}): Promise<InstalledCrd[]> {
  const timeoutMs = options.timeoutMs ?? 60_000;
  const out: InstalledCrd[] = [];
  for (const crd of crds) {
    const name = crd.metadata.name;
    let outcome: InstalledCrd['outcome'] | undefined;
    for (let attempt = 0; outcome === undefined; attempt++) {
      if (attempt >= 10) throw new Error(`CRD ${name}: still conflicting after ${attempt} attempts`);
      const existing = await http.find<CustomResourceDefinition>(`${CRD_PATH}/${name}`);
      if (existing?.metadata.deletionTimestamp !== undefined) {
        await waitFor(`CRD ${name} to finish deleting before it is re-created`, async () => ((await http.find(`${CRD_PATH}/${name}`)) === undefined ? true : undefined), { timeoutMs, intervalMs: 200 });
        continue;
      }
      try {
        if (existing === undefined) {
          await http.post(CRD_PATH, crd);
          outcome = 'created';
        } else {
          const replaced = await http.put<CustomResourceDefinition>(`${CRD_PATH}/${name}`, { ...crd, metadata: { ...crd.metadata, resourceVersion: existing.metadata.resourceVersion } });
          // The write itself always lands (managedFields carry a time); generation moves only when the spec changed.
          outcome = replaced.metadata.generation === existing.metadata.generation ? 'unchanged' : 'updated';
        }
      } catch (error) {
        // 409: another caller created or updated it between our read and write; read again.
        if (!(error instanceof KubeStatusError && error.status === 409)) throw error;
      }
    }
    const established = await waitFor(`CRD ${name} Established`, async () => {
      const current = await http.get<CustomResourceDefinition>(`${CRD_PATH}/${name}`);
      return condition(current, 'Established') === 'True' && condition(current, 'NamesAccepted') === 'True' ? current : undefined;
    }, { timeoutMs, intervalMs: 100 });
    const storage = established.spec.versions.find((v) => v.storage)?.name ?? '';
    // Established can precede the handler serving requests by a moment; a list proves it serves.
    await waitFor(`${established.spec.names.plural}.${established.spec.group}/${storage} served`, async () => {
      try {
        await http.get(`/apis/${established.spec.group}/${storage}/${established.spec.names.plural}`, { limit: 1 });
        return true;
      } catch (error) {
        if (error instanceof KubeStatusError && (error.status === 404 || error.status === 503)) return undefined;
        throw error;
      }
    }, { timeoutMs, intervalMs: 100 });
    out.push({ name, outcome, servedVersions: established.spec.versions.filter((v) => v.served).map((v) => v.name), storageVersion: storage });
  }
  return out;
}

/** Deletes CRDs (and with them every object of their kinds) and waits until they are gone. */
export async function deleteCrds(http: KubeHttp, names: readonly string[], options: { timeoutMs?: number } = {}): Promise<void> {
  for (const name of names) {
    try {
      await http.delete(`${CRD_PATH}/${name}`);
    } catch (error) {
      if (!(error instanceof KubeStatusError && error.status === 404)) throw error;
    }
  }
  for (const name of names) {
    await waitFor(`CRD ${name} deleted`, async () => ((await http.find(`${CRD_PATH}/${name}`)) === undefined ? true : undefined), { timeoutMs: options.timeoutMs ?? 60_000, intervalMs: 200 });
  }
}

/**
 * Installs the committed Gateway API CRDs (see GATEWAY_API_CRDS), without their `default: ""`
 * entries (see withoutEmptyStringDefaults); idempotent.
 */
export function installGatewayApiCrds(http: KubeHttp, options: { timeoutMs?: number } = {}): Promise<InstalledCrd[]> {
  const crds = gatewayApiCrds();
  for (const crd of crds) withoutEmptyStringDefaults(crd);
  return applyCrds(http, crds, options);
}

/**
 * Removes the Gateway API CRDs. The test cluster is shared by every kube test file of a run, and
 * deleting a CRD deletes all its objects cluster-wide, so only call this where no other file can
 * be using HTTPRoutes.
 */
export function uninstallGatewayApiCrds(http: KubeHttp, options: { timeoutMs?: number } = {}): Promise<void> {
  return deleteCrds(http, gatewayApiCrds().map((c) => c.metadata.name), options);
}

/** The preferred served version of gateway.networking.k8s.io, or undefined when the group is not served. */
export async function gatewayApiVersion(http: KubeHttp): Promise<string | undefined> {
  const group = await http.find<{ preferredVersion?: { version: string }; versions?: { version: string }[] }>(`/apis/${GATEWAY_API_GROUP}`);
  return group?.preferredVersion?.version ?? group?.versions?.[0]?.version;
}
