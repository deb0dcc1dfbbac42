import { ConfigurationError } from '@pipeline/core';
import { isRecord } from './types.ts';

/** What the apiserver says about one kind in one group/version. */
export interface ApiResource {
  group: string;
  version: string;
  /** `apps/v1`, or `v1` for the core group. */
  apiVersion: string;
  kind: string;
  /** The plural resource name used in paths: `deployments`. */
  name: string;
  namespaced: boolean;
  verbs: string[];
}

/** A kind the cluster does not serve at the requested version (a missing CRD, or a removed API version). */
export class UnservedKindError extends ConfigurationError {
  readonly apiVersion: string;
  readonly kind: string;
  constructor(apiVersion: string, kind: string, detail: string) {
    super(`${kind} ${apiVersion} is not served by this cluster: ${detail}`);
    this.apiVersion = apiVersion;
    this.kind = kind;
  }
}

/** Fetches a discovery document; resolves undefined when the apiserver answers 404. */
export type DiscoveryFetch = (path: string) => Promise<unknown>;

export function splitApiVersion(apiVersion: string): { group: string; version: string } {
  const slash = apiVersion.indexOf('/');
  return slash < 0 ? { group: '', version: apiVersion } : { group: apiVersion.slice(0, slash), version: apiVersion.slice(slash + 1) };
}

export function groupVersionPath(apiVersion: string): string {
  const { group, version } = splitApiVersion(apiVersion);
  return group === '' ? `/api/${version}` : `/apis/${group}/${version}`;
}

const seg = encodeURIComponent;

/** The collection path of a resource: /apis/apps/v1/namespaces/shop/deployments, /api/v1/namespaces. */
export function collectionPath(resource: ApiResource, namespace?: string): string {
  const base = groupVersionPath(resource.apiVersion);
  if (!resource.namespaced) return `${base}/${resource.name}`;
  if (namespace === undefined || namespace === '') throw new Error(`${resource.kind} is namespaced; a namespace is required`);
  return `${base}/namespaces/${seg(namespace)}/${resource.name}`;
}

export function objectPath(resource: ApiResource, name: string, namespace?: string, subresource?: string): string {
  return `${collectionPath(resource, namespace)}/${seg(name)}${subresource === undefined ? '' : `/${subresource}`}`;
}

/**
 * Maps kinds to resources through the apiserver's discovery documents, one request per
 * group/version, cached for the client's lifetime. A miss refetches once, so a CRD installed
 * moments ago is found.
 */
export class Discovery {
  private readonly fetch: DiscoveryFetch;
  private readonly groupVersions = new Map<string, Promise<ApiResource[] | undefined>>();
  private readonly groups = new Map<string, Promise<string[]>>();

  constructor(fetch: DiscoveryFetch) {
    this.fetch = fetch;
  }

  invalidate(): void {
    this.groupVersions.clear();
    this.groups.clear();
  }

  /** The resources of one group/version, or undefined when the cluster does not serve it. */
  resources(apiVersion: string): Promise<ApiResource[] | undefined> {
    let cached = this.groupVersions.get(apiVersion);
    if (cached === undefined) {
      cached = this.fetch(groupVersionPath(apiVersion)).then((doc) => (doc === undefined ? undefined : parseResourceList(apiVersion, doc)));
      // A failed fetch must not stick in the cache.
      cached.catch(() => this.groupVersions.delete(apiVersion));
      this.groupVersions.set(apiVersion, cached);
    }
    return cached;
  }

  /** The versions of a group the cluster serves, preferred first; [] when the group is unknown. */
  servedVersions(group: string): Promise<string[]> {
    let cached = this.groups.get(group);
    if (cached === undefined) {
      cached = (group === '' ? Promise.resolve(['v1']) : this.fetch(`/apis/${group}`).then(parseGroup));
      cached.catch(() => this.groups.delete(group));
      this.groups.set(group, cached);
    }
    return cached;
  }

  async isServed(apiVersion: string): Promise<boolean> {
    const { group, version } = splitApiVersion(apiVersion);
    return (await this.servedVersions(group)).includes(version);
  }

  /** The first of `apiVersions` the cluster serves, or undefined. */
  async firstServed(apiVersions: readonly string[]): Promise<string | undefined> {
    for (const apiVersion of apiVersions) if (await this.isServed(apiVersion)) return apiVersion;
    return undefined;
  }

  async resourceFor(apiVersion: string, kind: string): Promise<ApiResource> {
    const find = async () => (await this.resources(apiVersion))?.find((r) => r.kind === kind);
    let found = await find();
    if (found === undefined) {
      this.groupVersions.delete(apiVersion);
      this.groups.delete(splitApiVersion(apiVersion).group);
      found = await find();
    }
    if (found !== undefined) return found;
    const list = await this.resources(apiVersion);
    const { group } = splitApiVersion(apiVersion);
    if (list === undefined) {
      const versions = await this.servedVersions(group);
      throw new UnservedKindError(apiVersion, kind, versions.length === 0
        ? `the API group ${group === '' ? '(core)' : group} is not served at all (is its CRD installed?)`
        : `${group} is served as ${versions.map((v) => `${group}/${v}`).join(', ')}; use one of those apiVersions`);
    }
    const kinds = list.map((r) => r.kind).sort();
    throw new UnservedKindError(apiVersion, kind, `${apiVersion} serves ${kinds.length === 0 ? 'no kinds' : kinds.join(', ')}`);
  }
}

function parseResourceList(apiVersion: string, doc: unknown): ApiResource[] {
  const { group, version } = splitApiVersion(apiVersion);
  const resources = isRecord(doc) && Array.isArray(doc['resources']) ? doc['resources'] : [];
  const out: ApiResource[] = [];
  for (const r of resources) {
    if (!isRecord(r) || typeof r['name'] !== 'string' || typeof r['kind'] !== 'string') continue;
    // Subresources (deployments/status, pods/log) share their parent's kind; only top-level resources map kinds.
    if (r['name'].includes('/')) continue;
    out.push({
      group,
      version,
      apiVersion,
      kind: r['kind'],
      name: r['name'],
      namespaced: r['namespaced'] === true,
      verbs: Array.isArray(r['verbs']) ? r['verbs'].filter((v): v is string => typeof v === 'string') : [],
    });
  }
  return out;
}

function parseGroup(doc: unknown): string[] {
  if (!isRecord(doc) || !Array.isArray(doc['versions'])) return [];
  const versions = doc['versions'].flatMap((v) => (isRecord(v) && typeof v['version'] === 'string' ? [v['version']] : []));
  const preferred = isRecord(doc['preferredVersion']) ? doc['preferredVersion']['version'] : undefined;
  return typeof preferred === 'string' ? [preferred, ...versions.filter((v) => v !== preferred)] : versions;
}
