import { existsSync } from 'node:fs';
import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, delimiter, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { ConfigurationError, maskSecret } from '@pipeline/core';
import type { Exec, Masker } from '@pipeline/core';
import { LineCounter, isDocument, parseDocument, stringify } from 'yaml';
import { ClusterAuth } from './auth.ts';
import { pemBody } from './exec-credential.ts';
import { isRecord } from './types.ts';

export const SERVICE_ACCOUNT_DIR = '/var/run/secrets/kubernetes.io/serviceaccount';

export interface KubeConfigOptions {
  /** The `kubeconfig` input: the text of a kubeconfig, or its base64. Empty falls back to KUBECONFIG, then in-cluster. */
  kubeconfig?: string;
  /** The `context` input; empty means the kubeconfig's current-context. */
  context?: string;
  /** Registers secrets with the runner (core's add-mask, or a recorder in tests). */
  mask: Masker;
  env?: NodeJS.ProcessEnv;
  /** Where in-cluster credentials are mounted; tests point it at a directory of their own. */
  serviceAccountDir?: string;
  /** Relative file references in an inline kubeconfig resolve against this (default: GITHUB_WORKSPACE, else cwd). */
  workspace?: string;
  /** Names used in error messages, so they match the action's inputs. */
  inputName?: string;
  contextInputName?: string;
  /** Runs exec credential plugins (default @pipeline/core's exec); an exec plugin gets `env` plus its own. */
  exec?: Exec;
  /** An exec credential plugin running longer fails the request (default 60 s). */
  execTimeoutMs?: number;
}

export type KubeConfigSource = 'input' | 'KUBECONFIG' | 'in-cluster';

export interface ResolvedKubeConfig {
  source: KubeConfigSource;
  context: string;
  /** The selected cluster's name. */
  cluster: string;
  server: string;
  /** The selected user's name; empty when the context names none. */
  user: string;
  /** How requests reach and authenticate to the cluster: TLS, proxy and the user's credentials. */
  auth: ClusterAuth;
  /** The context's namespace, when it sets one. */
  namespace: string | undefined;
  /** A kubeconfig holding only the selected context, with absolute file paths. Contains credentials: never log it. */
  toYaml(): string;
}

interface Named<K extends string> {
  name: string;
  value: Record<string, unknown>;
  key: K;
}

interface RawKubeConfig {
  clusters: Named<'cluster'>[];
  users: Named<'user'>[];
  contexts: Named<'context'>[];
  currentContext: string | undefined;
}

const VALID_KUBECONFIG = 'a kubeconfig (YAML with apiVersion: v1, kind: Config, clusters, users and contexts) or the base64 encoding of one';

/**
 * Finds the cluster credentials: the `kubeconfig` input (raw YAML or base64), else the files in
 * KUBECONFIG, else the in-cluster service account. Every credential it sees is masked before
 * anything else happens, and errors describe the problem without echoing the document.
 */
export async function resolveKubeConfig(options: KubeConfigOptions): Promise<ResolvedKubeConfig> {
  const env = options.env ?? process.env;
  const input = options.inputName ?? 'kubeconfig';
  const inline = options.kubeconfig?.trim() ?? '';
  const contextName = options.context?.trim() ?? '';
  if (inline !== '') {
    // The whole document is registered as one value (and its base64): splitting it into lines, as
    // maskSecret does for keys, would blank out every `kind: Config` or `- name: default` in the log.
    options.mask(inline);
    options.mask(Buffer.from(inline, 'utf8').toString('base64'));
    const text = decodeInput(inline, input);
    const raw = parseKubeConfig(text, `the \`${input}\` input`, input);
    const base = options.workspace ?? env['GITHUB_WORKSPACE'] ?? process.cwd();
    absolutisePaths(raw, base);
    return finish('input', raw, contextName, options, input);
  }
  const files = (env['KUBECONFIG'] ?? '').split(delimiter).filter((f) => f.trim() !== '');
  if (files.length > 0) {
    const parts: RawKubeConfig[] = [];
    for (const file of files) {
      let text: string;
      try {
        text = await readFile(file, 'utf8');
      } catch (error) {
        throw new ConfigurationError(`KUBECONFIG names ${file}, which cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'}); point KUBECONFIG at a kubeconfig file or pass the \`${input}\` input`, { input: 'KUBECONFIG', file });
      }
      options.mask(text.trim());
      const raw = parseKubeConfig(text, file, 'KUBECONFIG');
      absolutisePaths(raw, dirname(resolve(file)));
      parts.push(raw);
    }
    return finish('KUBECONFIG', mergeKubeConfigs(parts), contextName, options, 'KUBECONFIG');
  }
  const saDir = options.serviceAccountDir ?? SERVICE_ACCOUNT_DIR;
  const host = env['KUBERNETES_SERVICE_HOST'];
  if (host !== undefined && host !== '' && existsSync(join(saDir, 'token'))) {
    return inCluster(host, env['KUBERNETES_SERVICE_PORT'] ?? '443', saDir, options);
  }
  throw new ConfigurationError(
    `No cluster credentials: the \`${input}\` input is empty, KUBECONFIG is not set, and this is not running inside a cluster. Pass ${VALID_KUBECONFIG} as \`${input}\`, or set KUBECONFIG to a kubeconfig file (as azure/k8s-set-context does)`,
    { input },
  );
}

function decodeInput(value: string, input: string): string {
  // A kubeconfig in YAML or JSON always contains a colon; base64 never does.
  if (value.includes(':') || !/^[A-Za-z0-9+/=_\-\s]+$/.test(value)) return value;
  const decoded = Buffer.from(value.replace(/\s+/g, ''), value.includes('-') || value.includes('_') ? 'base64url' : 'base64').toString('utf8');
  if (!decoded.includes(':') || decoded.includes('\uFFFD')) {
    throw new ConfigurationError(`The \`${input}\` input looks like base64 but does not decode to a kubeconfig; pass ${VALID_KUBECONFIG}`, { input });
  }
  return decoded;
}

function parseKubeConfig(text: string, where: string, input: string): RawKubeConfig {
  const lines = new LineCounter();
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: false, lineCounter: lines });
  if (!isDocument(doc) || doc.errors.length > 0) {
    const first = doc.errors[0];
    const pos = first === undefined ? undefined : lines.linePos(first.pos[0]);
    // Only the position and the error code: the parser's own message quotes the source, which holds secrets.
    const at = pos === undefined ? '' : ` at line ${pos.line}, column ${pos.col}`;
    throw new ConfigurationError(`${capitalise(where)} is not valid YAML${at} (${first?.code ?? 'parse error'}); expected ${VALID_KUBECONFIG}`, { input });
  }
  const value: unknown = doc.toJS();
  if (typeof value === 'string') {
    throw new ConfigurationError(`${capitalise(where)} is a single line of text, not a kubeconfig; if it is a file path, set KUBECONFIG to it instead. Expected ${VALID_KUBECONFIG}`, { input });
  }
  if (!isRecord(value)) throw new ConfigurationError(`${capitalise(where)} is not a kubeconfig mapping; expected ${VALID_KUBECONFIG}`, { input });
  if (value['kind'] !== undefined && value['kind'] !== 'Config') {
    throw new ConfigurationError(`${capitalise(where)} has kind: ${String(value['kind'])}; expected kind: Config (${VALID_KUBECONFIG})`, { input });
  }
  const list = <K extends 'cluster' | 'user' | 'context'>(field: string, key: K): Named<K>[] => {
    const items = value[field];
    if (items === undefined || items === null) return [];
    if (!Array.isArray(items)) throw new ConfigurationError(`${capitalise(where)}: \`${field}\` must be a list of { name, ${key} } entries`, { input });
    return items.map((item: unknown, i) => {
      if (!isRecord(item) || typeof item['name'] !== 'string' || item['name'] === '') {
        throw new ConfigurationError(`${capitalise(where)}: ${field}[${i}] needs a non-empty \`name\``, { input });
      }
      const inner = item[key] ?? {};
      if (!isRecord(inner)) throw new ConfigurationError(`${capitalise(where)}: ${field}[${i}] (${item['name']}) needs a \`${key}\` mapping`, { input });
      return { name: item['name'], value: inner, key };
    });
  };
  const current = value['current-context'];
  return {
    clusters: list('clusters', 'cluster'),
    users: list('users', 'user'),
    contexts: list('contexts', 'context'),
    currentContext: typeof current === 'string' && current !== '' ? current : undefined,
  };
}

/** kubectl's rule for several KUBECONFIG files: the first file to define a name (or current-context) wins. */
export function mergeKubeConfigs(parts: readonly RawKubeConfig[]): RawKubeConfig {
  const merged: RawKubeConfig = { clusters: [], users: [], contexts: [], currentContext: undefined };
  for (const part of parts) {
    for (const field of ['clusters', 'users', 'contexts'] as const) {
      const target = merged[field] as Named<string>[];
      for (const entry of part[field]) if (!target.some((e) => e.name === entry.name)) target.push(entry);
    }
    merged.currentContext ??= part.currentContext;
  }
  return merged;
}

const PATH_FIELDS: Record<string, readonly string[]> = {
  cluster: ['certificate-authority'],
  user: ['client-certificate', 'client-key', 'tokenFile', 'token-file'],
};

function absolutisePaths(raw: RawKubeConfig, base: string): void {
  for (const entry of [...raw.clusters, ...raw.users]) {
    for (const field of PATH_FIELDS[entry.key] ?? []) {
      const value = entry.value[field];
      if (typeof value === 'string' && value !== '' && !isAbsolute(value)) entry.value[field] = resolve(base, value);
    }
    // As kubectl does: an exec command with a slash is a path relative to the kubeconfig; a bare name is looked up on PATH.
    const execConfig = entry.key === 'user' ? entry.value['exec'] : undefined;
    if (isRecord(execConfig) && typeof execConfig['command'] === 'string' && /[/\\]/.test(execConfig['command']) && !isAbsolute(execConfig['command'])) {
      entry.value['exec'] = { ...execConfig, command: resolve(base, execConfig['command']) };
    }
  }
}

async function finish(source: KubeConfigSource, raw: RawKubeConfig, requested: string, options: KubeConfigOptions, input: string): Promise<ResolvedKubeConfig> {
  // Mask every credential in the file, not only the selected user's: all of them were handed to the job.
  for (const user of raw.users) await maskUser(user.value, options.mask);
  const contextInput = options.contextInputName ?? 'context';
  const names = raw.contexts.map((c) => c.name);
  let contextName = requested;
  if (contextName === '') {
    if (raw.currentContext !== undefined) contextName = raw.currentContext;
    else if (names.length === 1) contextName = names[0] ?? '';
    else {
      throw new ConfigurationError(
        names.length === 0
          ? `The kubeconfig from ${describeSource(source, input)} has no contexts; it needs at least one context naming a cluster and a user`
          : `The kubeconfig from ${describeSource(source, input)} has no current-context; set the \`${contextInput}\` input to one of: ${names.join(', ')}`,
        { input: names.length === 0 ? input : contextInput },
      );
    }
  }
  const context = raw.contexts.find((c) => c.name === contextName);
  if (context === undefined) {
    throw new ConfigurationError(
      `Context "${contextName}" is not in the kubeconfig from ${describeSource(source, input)}; valid contexts: ${names.length === 0 ? '(none)' : names.join(', ')}`,
      { input: requested === '' ? input : contextInput },
    );
  }
  const clusterName = context.value['cluster'];
  const cluster = raw.clusters.find((c) => c.name === clusterName);
  if (typeof clusterName !== 'string' || cluster === undefined) {
    throw new ConfigurationError(`Context "${contextName}" names cluster "${String(clusterName)}", which the kubeconfig does not define; defined clusters: ${raw.clusters.map((c) => c.name).join(', ') || '(none)'}`, { input });
  }
  const server = cluster.value['server'];
  if (typeof server !== 'string' || !/^https?:\/\/[^/]/.test(server)) {
    throw new ConfigurationError(`Cluster "${cluster.name}" in the kubeconfig needs \`server\`: the apiserver URL, such as https://203.0.113.10:6443`, { input });
  }
  const userName = context.value['user'];
  const user = typeof userName === 'string' ? raw.users.find((u) => u.name === userName) : undefined;
  if (typeof userName === 'string' && userName !== '' && user === undefined) {
    throw new ConfigurationError(`Context "${contextName}" names user "${userName}", which the kubeconfig does not define; defined users: ${raw.users.map((u) => u.name).join(', ') || '(none)'}`, { input });
  }
  const namespace = typeof context.value['namespace'] === 'string' && context.value['namespace'] !== '' ? context.value['namespace'] : undefined;
  const selected = {
    apiVersion: 'v1',
    kind: 'Config',
    clusters: [{ name: cluster.name, cluster: cluster.value }],
    users: user === undefined ? [] : [{ name: user.name, user: user.value }],
    contexts: [{ name: contextName, context: { ...context.value } }],
    'current-context': contextName,
  };
  const auth = new ClusterAuth(cluster, user, {
    mask: options.mask,
    input,
    env: options.env ?? process.env,
    ...(options.exec === undefined ? {} : { exec: options.exec }),
    ...(options.execTimeoutMs === undefined ? {} : { execTimeoutMs: options.execTimeoutMs }),
  });
  return {
    source,
    context: contextName,
    cluster: cluster.name,
    server: auth.server,
    user: user?.name ?? '',
    namespace,
    auth,
    toYaml: () => stringify(selected),
  };
}

function describeSource(source: KubeConfigSource, input: string): string {
  return source === 'input' ? `the \`${input}\` input` : source === 'KUBECONFIG' ? 'KUBECONFIG' : 'the in-cluster service account';
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Masks one user's credentials: tokens, passwords, keys and certificates, PEMs both encoded and decoded. */
export async function maskUser(user: Record<string, unknown>, mask: Masker): Promise<void> {
  const secret = (value: unknown) => {
    if (typeof value === 'string' && value.trim() !== '') maskSecret(value, mask);
  };
  secret(user['token']);
  secret(user['password']);
  for (const field of ['client-key-data', 'client-certificate-data']) {
    const data = user[field];
    if (typeof data !== 'string' || data.trim() === '') continue;
    secret(data);
    secret(pemBody(Buffer.from(data, 'base64').toString('utf8')));
  }
  for (const field of ['tokenFile', 'token-file', 'client-key']) {
    const file = user[field];
    if (typeof file !== 'string' || file === '') continue;
    try {
      const text = await readFile(file, 'utf8');
      secret(field === 'client-key' ? pemBody(text) : text);
    } catch {
      // An unreadable file fails later with a clear error; there is nothing to mask yet.
    }
  }
  const provider = user['auth-provider'];
  if (isRecord(provider) && isRecord(provider['config'])) {
    for (const [key, value] of Object.entries(provider['config'])) {
      if (/token|secret|password/i.test(key)) secret(value);
    }
  }
  const execConfig = user['exec'];
  if (isRecord(execConfig) && Array.isArray(execConfig['env'])) {
    for (const entry of execConfig['env']) if (isRecord(entry)) secret(entry['value']);
  }
}

async function inCluster(host: string, port: string, saDir: string, options: KubeConfigOptions): Promise<ResolvedKubeConfig> {
  const token = (await readFile(join(saDir, 'token'), 'utf8')).trim();
  maskSecret(token, options.mask);
  const namespaceFile = join(saDir, 'namespace');
  const namespace = existsSync(namespaceFile) ? (await readFile(namespaceFile, 'utf8')).trim() : undefined;
  const server = `https://${host.includes(':') ? `[${host}]` : host}:${port}`;
  const raw: RawKubeConfig = {
    clusters: [{ name: 'in-cluster', key: 'cluster', value: { server, 'certificate-authority': join(saDir, 'ca.crt') } }],
    users: [{ name: 'service-account', key: 'user', value: { tokenFile: join(saDir, 'token') } }],
    contexts: [{ name: 'in-cluster', key: 'context', value: { cluster: 'in-cluster', user: 'service-account', ...(namespace === undefined || namespace === '' ? {} : { namespace }) } }],
    currentContext: 'in-cluster',
  };
  return finish('in-cluster', raw, options.context?.trim() ?? '', options, options.inputName ?? 'kubeconfig');
}

export interface TempFile {
  path: string;
  /** Removes the file and its private directory; safe to call twice. */
  dispose(): Promise<void>;
}

const TEMP_PREFIX = 'pipeline-kube-';

/**
 * Writes a kubeconfig for tools that need a file (kubectl, a later step) into a fresh 0700
 * directory under RUNNER_TEMP, the file itself 0600. The runner wipes RUNNER_TEMP after the job;
 * dispose (or the action's `post:` through removeTempKubeconfig) removes it sooner.
 */
export async function writeTempKubeconfig(yamlText: string, env: NodeJS.ProcessEnv = process.env): Promise<TempFile> {
  const base = env['RUNNER_TEMP'] !== undefined && env['RUNNER_TEMP'] !== '' ? env['RUNNER_TEMP'] : tmpdir();
  const dir = await mkdtemp(join(base, TEMP_PREFIX));
  await chmod(dir, 0o700);
  const path = join(dir, 'kubeconfig');
  await writeFile(path, yamlText, { mode: 0o600 });
  await chmod(path, 0o600);
  return { path, dispose: () => rm(dir, { recursive: true, force: true }) };
}

/**
 * The `post:` step's half of writeTempKubeconfig: removes a file it wrote, given the path saved in
 * state. Refuses anything that is not one of its own directories under RUNNER_TEMP (or the OS temp
 * dir), so a tampered state value cannot delete elsewhere. Returns whether something was removed.
 */
export async function removeTempKubeconfig(path: string, env: NodeJS.ProcessEnv = process.env): Promise<boolean> {
  if (path === '') return false;
  const base = resolve(env['RUNNER_TEMP'] !== undefined && env['RUNNER_TEMP'] !== '' ? env['RUNNER_TEMP'] : tmpdir());
  const dir = dirname(resolve(path));
  const rel = relative(base, dir);
  if (basename(path) !== 'kubeconfig' || rel.includes('/') || rel.includes('\\') || !rel.startsWith(TEMP_PREFIX)) return false;
  if (!existsSync(dir)) return false;
  await rm(dir, { recursive: true, force: true });
  return true;
}
