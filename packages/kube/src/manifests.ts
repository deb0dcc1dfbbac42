import { accessSync, constants, statSync } from 'node:fs';
import { glob, readdir, readFile, stat } from 'node:fs/promises';
import { delimiter, extname, join, resolve } from 'node:path';
import { ConfigurationError, exec as defaultExec, resolveInWorkspace, toRepoRelative } from '@pipeline/core';
import type { Exec } from '@pipeline/core';
import type { Tags } from 'yaml';
import { LineCounter, parseAllDocuments, stringify } from 'yaml';
import type { KubeObject } from './types.ts';
import { isRecord } from './types.ts';

/** Where an object came from, for error messages and annotations. */
export interface ManifestSource {
  /** Repository-relative path, or `<dir> (kustomize)`. */
  file: string;
  /** 1-based position of the YAML document in the file, counting empty documents too. */
  document: number;
  /** 1-based line where the document starts, when known. */
  line?: number;
  /** For objects inside a `kind: List`, their 0-based position in `items`. */
  item?: number;
}

export interface Manifest {
  object: KubeObject;
  source: ManifestSource;
}

export function describeSource(source: ManifestSource): string {
  return `${source.file} document #${source.document}${source.line === undefined ? '' : ` (line ${source.line})`}${source.item === undefined ? '' : ` items[${source.item}]`}`;
}

function manifestError(source: ManifestSource, problem: string): ConfigurationError {
  return new ConfigurationError(`${describeSource(source)}: ${problem}`, { file: source.file, ...(source.line === undefined ? {} : { line: source.line }) });
}

// kubectl reads YAML 1.1 (go-yaml v2): `defaultMode: 0644` is octal and `yes` a boolean. Timestamps
// stay strings, as they do when the apiserver's decoder sees them.
const withoutTimestamps = (tags: Tags): Tags => tags.filter((t) => t !== 'timestamp' && (typeof t !== 'object' || t.tag !== 'tag:yaml.org,2002:timestamp'));

/** Parses multi-document YAML (or JSON) into validated objects; `kind: List` documents are expanded. */
export function parseManifests(text: string, file: string): Manifest[] {
  const lines = new LineCounter();
  const docs = parseAllDocuments(text, { version: '1.1', customTags: withoutTimestamps, lineCounter: lines, prettyErrors: false });
  if (!Array.isArray(docs)) {
    // An empty stream: no documents at all.
    return [];
  }
  const out: Manifest[] = [];
  docs.forEach((doc, i) => {
    const start = doc.contents?.range?.[0] ?? doc.range[0];
    const source: ManifestSource = { file, document: i + 1, line: lines.linePos(start).line };
    const error = doc.errors[0];
    if (error !== undefined) {
      const at = lines.linePos(error.pos[0]);
      throw new ConfigurationError(`${file} document #${i + 1}: YAML syntax error at line ${at.line}, column ${at.col}: ${error.message.split('\n')[0]}`, { file, line: at.line });
    }
    const value: unknown = doc.toJS({ maxAliasCount: 100 });
    if (value === null || value === undefined) return;
    if (isRecord(value) && typeof value['kind'] === 'string' && value['kind'].endsWith('List') && Array.isArray(value['items'])) {
      value['items'].forEach((item: unknown, j) => out.push({ object: validateManifest(item, { ...source, item: j }), source: { ...source, item: j } }));
      return;
    }
    out.push({ object: validateManifest(value, source), source });
  });
  return out;
}

/** Checks the fields every object needs before it can be sent, naming the file and document on failure. */
export function validateManifest(value: unknown, source: ManifestSource): KubeObject {
  if (!isRecord(value)) {
    throw manifestError(source, `is ${Array.isArray(value) ? 'a list' : `a ${typeof value}`}, not a Kubernetes object; each document needs apiVersion, kind and metadata.name`);
  }
  const missing: string[] = [];
  if (typeof value['apiVersion'] !== 'string' || value['apiVersion'] === '') missing.push('apiVersion');
  if (typeof value['kind'] !== 'string' || value['kind'] === '') missing.push('kind');
  const metadata = value['metadata'];
  if (!isRecord(metadata) || typeof metadata['name'] !== 'string' || metadata['name'] === '') missing.push('metadata.name');
  if (missing.length > 0) {
    const what = typeof value['kind'] === 'string' ? `this ${value['kind']} ` : '';
    throw manifestError(source, `${what}is missing ${missing.join(', ')}; every object needs apiVersion (e.g. apps/v1), kind (e.g. Deployment) and metadata.name`);
  }
  const meta = metadata as Record<string, unknown>;
  if (meta['namespace'] !== undefined && typeof meta['namespace'] !== 'string') throw manifestError(source, 'metadata.namespace must be a string');
  for (const field of ['labels', 'annotations']) {
    const map = meta[field];
    if (map === undefined || map === null) continue;
    if (!isRecord(map)) throw manifestError(source, `metadata.${field} must be a mapping of strings`);
    for (const [key, v] of Object.entries(map)) {
      if (typeof v !== 'string') throw manifestError(source, `metadata.${field}.${key} is ${v === null ? 'null' : `a ${typeof v}`}; Kubernetes only accepts strings here, so quote it (e.g. "${String(v)}")`);
    }
  }
  return value as KubeObject;
}

/** Objects as one multi-document YAML stream (for `render` output, GitOps repositories or kubectl). */
export function formatManifests(objects: readonly KubeObject[]): string {
  // YAML 1.1 rules, as kubectl reads them: strings such as "yes" or "0644" come out quoted.
  return objects.map((o) => stringify(o, { lineWidth: 0, version: '1.1' })).join('---\n');
}

export interface LoadManifestsOptions {
  /** Paths and globs resolve inside this directory and may not leave it (default: cwd). */
  workspace?: string;
  /** kubectl for Kustomize directories (default: found on PATH). */
  kubectl?: string;
  exec?: Exec;
  env?: NodeJS.ProcessEnv;
  /** The action input the paths came from, for error messages (default `manifests`). */
  input?: string;
}

const MANIFEST_EXTENSIONS = new Set(['.yaml', '.yml', '.json']);
const KUSTOMIZATION_FILES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'];

/**
 * Loads manifests from files, globs and directories, in the order given (directories and globs in
 * name order). A directory with a kustomization file is built with `kubectl kustomize`; any other
 * directory contributes its .yaml/.yml/.json files, not recursing, as `kubectl apply -f dir` does.
 */
export async function loadManifests(paths: readonly string[], options: LoadManifestsOptions = {}): Promise<Manifest[]> {
  const workspace = resolve(options.workspace ?? process.cwd());
  const input = options.input ?? 'manifests';
  const out: Manifest[] = [];
  if (paths.length === 0) throw new ConfigurationError(`Input '${input}' names no files; give manifest files, globs or a Kustomize directory`, { input });
  for (const entry of paths) {
    const files: string[] = [];
    if (/[*?[\]{}]/.test(entry)) {
      for await (const match of glob(entry, { cwd: workspace })) {
        const absolute = resolveInWorkspace(workspace, match, { input });
        if (MANIFEST_EXTENSIONS.has(extname(absolute)) && (await stat(absolute)).isFile()) files.push(absolute);
      }
      if (files.length === 0) throw new ConfigurationError(`Input '${input}': the glob ${entry} matches no .yaml, .yml or .json files in ${workspace}`, { input });
      files.sort();
    } else {
      const absolute = resolveInWorkspace(workspace, entry, { input });
      const info = await stat(absolute).catch(() => undefined);
      if (info === undefined) throw new ConfigurationError(`Input '${input}': ${entry} does not exist (paths are relative to ${workspace})`, { input });
      if (info.isDirectory()) {
        const names = await readdir(absolute);
        if (KUSTOMIZATION_FILES.some((k) => names.includes(k))) {
          out.push(...(await kustomize(absolute, toRepoRelative(workspace, absolute), options, input)));
          continue;
        }
        for (const name of names.sort()) {
          const file = join(absolute, name);
          if (MANIFEST_EXTENSIONS.has(extname(name)) && (await stat(file)).isFile()) files.push(file);
        }
        if (files.length === 0) throw new ConfigurationError(`Input '${input}': the directory ${entry} has no .yaml, .yml or .json files and no kustomization.yaml`, { input });
      } else {
        files.push(absolute);
      }
    }
    for (const file of files) out.push(...parseManifests(await readFile(file, 'utf8'), toRepoRelative(workspace, file)));
  }
  return out;
}

function findExecutable(name: string, env: NodeJS.ProcessEnv): string | undefined {
  for (const dir of (env['PATH'] ?? '').split(delimiter)) {
    if (dir === '') continue;
    const candidate = join(dir, name);
    try {
      accessSync(candidate, constants.X_OK);
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      // Not here; keep looking.
    }
  }
  return undefined;
}

async function kustomize(dir: string, label: string, options: LoadManifestsOptions, input: string): Promise<Manifest[]> {
  const env = options.env ?? process.env;
  const kubectl = options.kubectl ?? findExecutable('kubectl', env);
  if (kubectl === undefined) {
    throw new ConfigurationError(
      `Input '${input}': ${label} is a Kustomize directory, which is built with \`kubectl kustomize\`, but kubectl is not on PATH. Install it first (for example with azure/setup-kubectl), or pass the rendered manifests instead`,
      { input, file: label },
    );
  }
  const run = options.exec ?? defaultExec;
  const result = await run(kubectl, ['kustomize', dir], { env, timeoutMs: 120_000 });
  if (result.exitCode !== 0) {
    const detail = result.stderr.trim().split('\n').slice(-10).join('\n');
    throw new ConfigurationError(`Input '${input}': \`kubectl kustomize ${label}\` failed${result.timedOut ? ' (timed out)' : ''}: ${detail === '' ? `exit code ${String(result.exitCode)}` : detail}`, { input, file: label });
  }
  return parseManifests(result.stdout, `${label} (kustomize)`);
}

// ---- images -----------------------------------------------------------------------------------

export interface ImageReference {
  /** Registry and repository: ghcr.io/org/app. */
  name: string;
  tag?: string;
  /** algorithm:hex, e.g. sha256:9f86d0... */
  digest?: string;
}

const DOMAIN = String.raw`(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*(?::[0-9]+)?|\[[0-9a-fA-F:]+\](?::[0-9]+)?)`;
const COMPONENT = String.raw`[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*`;
const IMAGE_RE = new RegExp(String.raw`^((?:${DOMAIN}/)?${COMPONENT}(?:/${COMPONENT})*)(?::([\w][\w.-]{0,127}))?(?:@([A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}))?$`);

/** Parses an image reference as the OCI distribution grammar has it; undefined when it is not one. */
export function parseImageReference(reference: string): ImageReference | undefined {
  const m = IMAGE_RE.exec(reference);
  if (m === null || m[1] === undefined || reference.length > 4096) return undefined;
  const out: ImageReference = { name: m[1] };
  if (m[2] !== undefined) out.tag = m[2];
  if (m[3] !== undefined) out.digest = m[3];
  return out;
}

export function hasDigest(reference: string): boolean {
  return parseImageReference(reference)?.digest !== undefined;
}

export interface ImageOverride {
  container: string;
  image: string;
}

const DNS_LABEL = /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/;

/**
 * Parses the `images` input: `container=image` pairs separated by newlines, commas or spaces,
 * e.g. `app=ghcr.io/org/app@sha256:…`. With `requireDigest`, every image must be pinned by digest.
 */
export function parseImageOverrides(text: string, options: { input?: string; requireDigest?: boolean } = {}): ImageOverride[] {
  const input = options.input ?? 'images';
  const out: ImageOverride[] = [];
  const entries = text.split(/\r?\n/).map((line) => line.replace(/(^|\s)#.*$/, '')).join('\n').split(/[\s,]+/).filter((e) => e !== '');
  for (const entry of entries) {
    const eq = entry.indexOf('=');
    const container = eq < 0 ? '' : entry.slice(0, eq);
    const image = eq < 0 ? '' : entry.slice(eq + 1);
    if (!DNS_LABEL.test(container) || image === '') {
      throw new ConfigurationError(`Input '${input}': "${entry}" is not a container=image pair; write e.g. app=ghcr.io/org/app@sha256:<digest>, one per line`, { input });
    }
    const parsed = parseImageReference(image);
    if (parsed === undefined) throw new ConfigurationError(`Input '${input}': "${image}" (for container ${container}) is not a valid image reference such as ghcr.io/org/app:1.2 or ghcr.io/org/app@sha256:<64 hex>`, { input });
    if (options.requireDigest === true && parsed.digest === undefined) {
      throw new ConfigurationError(`Input '${input}': ${container}=${image} has no digest, and require-digest is set; pin it as ${parsed.name}@sha256:<digest>`, { input });
    }
    if (out.some((o) => o.container === container)) throw new ConfigurationError(`Input '${input}': container ${container} is given twice`, { input });
    out.push({ container, image });
  }
  return out;
}

export interface Container {
  name: string;
  image?: string;
  [field: string]: unknown;
}

export interface PodSpecLocation {
  /** Dotted path of the pod spec inside the object: `spec.template.spec`. */
  path: string;
  spec: Record<string, unknown>;
}

const POD_SPEC_PATHS: readonly (readonly string[])[] = [
  ['spec', 'template', 'spec'],
  ['spec', 'jobTemplate', 'spec', 'template', 'spec'],
  ['spec'],
];

/**
 * The pod spec of a workload: Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, Job, CronJob,
 * or any custom kind shaped like them (a `containers` list under spec.template.spec).
 */
export function podSpecOf(object: KubeObject): PodSpecLocation | undefined {
  for (const path of POD_SPEC_PATHS) {
    let node: unknown = object;
    for (const key of path) node = isRecord(node) ? node[key] : undefined;
    if (isRecord(node) && Array.isArray(node['containers'])) return { path: path.join('.'), spec: node };
  }
  return undefined;
}

export interface ImageSubstitution {
  file: string;
  kind: string;
  name: string;
  container: string;
  initContainer: boolean;
  from: string | undefined;
  to: string;
}

export interface SubstituteResult {
  manifests: Manifest[];
  substitutions: ImageSubstitution[];
  /** Overrides whose container name appears in no workload: usually a typo. */
  unused: ImageOverride[];
}

/** Replaces container images by container name (containers and initContainers), without touching the input. */
export function substituteImages(manifests: readonly Manifest[], overrides: readonly ImageOverride[]): SubstituteResult {
  const byName = new Map(overrides.map((o) => [o.container, o.image]));
  const used = new Set<string>();
  const substitutions: ImageSubstitution[] = [];
  const out = manifests.map((m) => {
    const object = structuredClone(m.object);
    const pod = podSpecOf(object);
    if (pod === undefined) return { object, source: m.source };
    for (const [field, initContainer] of [['containers', false], ['initContainers', true]] as const) {
      const list = pod.spec[field];
      if (!Array.isArray(list)) continue;
      for (const c of list) {
        if (!isRecord(c) || typeof c['name'] !== 'string') continue;
        const image = byName.get(c['name']);
        if (image === undefined) continue;
        used.add(c['name']);
        substitutions.push({
          file: m.source.file,
          kind: object.kind,
          name: object.metadata.name,
          container: c['name'],
          initContainer,
          from: typeof c['image'] === 'string' ? c['image'] : undefined,
          to: image,
        });
        c['image'] = image;
      }
    }
    return { object, source: m.source };
  });
  return { manifests: out, substitutions, unused: overrides.filter((o) => !used.has(o.container)) };
}
