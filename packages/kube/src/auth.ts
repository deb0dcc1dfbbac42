import { createHash } from 'node:crypto';
import { ConfigurationError, maskSecret } from '@pipeline/core';
import type { Exec, Masker } from '@pipeline/core';
import type { ExecClusterInfo, ExecCredential } from './exec-credential.ts';
import { ExecCredentialPlugin, parseExecConfig } from './exec-credential.ts';
import { isRecord } from './types.ts';
import { WatchedFile } from './watched-file.ts';

/** TLS settings for one connection to the apiserver. */
export interface TlsSettings {
  /** PEM bundle the server certificate must chain to; undefined means the system roots. */
  ca: Buffer | undefined;
  /** Client certificate and key (PEM), when the user authenticates with one. */
  cert: Buffer | string | undefined;
  key: Buffer | string | undefined;
  /** insecure-skip-tls-verify: the server certificate is not checked at all. */
  insecure: boolean;
  /** tls-server-name: the name sent as SNI and checked against the server certificate instead of the URL's host. */
  servername: string | undefined;
  /** A digest of the material above: connections made with equal ids are interchangeable. */
  id: string;
}

/** What one request needs to authenticate: headers (bearer or basic, impersonation) and TLS material. */
export interface Credentials {
  headers: Readonly<Record<string, string | readonly string[]>>;
  tls: TlsSettings;
}

/** A named `clusters[]` or `users[]` entry of a kubeconfig, with file paths already absolute. */
export interface KubeconfigEntry {
  name: string;
  value: Record<string, unknown>;
}

export interface ClusterAuthOptions {
  /** Registers secrets met later (rotated tokens, plugin output) with the runner. */
  mask: Masker;
  /** The `input` named by ConfigurationErrors: `kubeconfig`, or `KUBECONFIG`. */
  input: string;
  /** The environment exec plugins inherit (default process.env). */
  env?: NodeJS.ProcessEnv;
  /** Runs exec plugins (default @pipeline/core's exec: argv, no shell). */
  exec?: Exec;
  /** An exec plugin running longer is killed and the request fails (default 60 s). */
  execTimeoutMs?: number;
  /** Token, certificate and CA files are checked for changes at most this often (default 1 s). */
  fileCheckIntervalMs?: number;
  now?: () => number;
}

export const PROXY_PROTOCOLS = ['http:', 'https:', 'socks5:', 'socks5h:'] as const;

const EXEC_EXTENSION = 'client.authentication.k8s.io/exec';

type Material = { kind: 'data'; value: Buffer } | { kind: 'file'; file: WatchedFile };

type Bearer =
  | { kind: 'token'; token: string }
  | { kind: 'file'; file: WatchedFile }
  | { kind: 'exec'; plugin: ExecCredentialPlugin }
  | { kind: 'oidc'; token: string; expiresAt: number | undefined };

/**
 * How requests reach and authenticate to the selected cluster, built from the selected cluster
 * and user of a kubeconfig. It supports what kubectl does today: certificate-authority(-data),
 * insecure-skip-tls-verify, tls-server-name, proxy-url (http, https, socks5), client
 * certificates (file or data), token, tokenFile (re-read when it changes, for rotating
 * projected tokens), username/password, impersonation (`as`, `as-uid`, `as-groups`,
 * `as-user-extra`), exec credential plugins, and the oidc auth-provider's id-token. As in
 * client-go, a static token, token file, password or client certificate takes precedence over
 * an exec plugin, which then never runs. Mistakes throw ConfigurationError at construction,
 * naming the cluster or user and the field; credential files are read on first use.
 */
export class ClusterAuth {
  readonly clusterName: string;
  /** The kubeconfig user; undefined when the context names none (anonymous). */
  readonly userName: string | undefined;
  /** The apiserver URL without a trailing slash. */
  readonly server: string;
  readonly proxyUrl: string | undefined;
  readonly insecureSkipTlsVerify: boolean;
  readonly tlsServerName: string | undefined;
  private readonly cluster: KubeconfigEntry;
  private readonly options: ClusterAuthOptions;
  private readonly now: () => number;
  private readonly ca: Material | undefined;
  private readonly cert: Material | undefined;
  private readonly key: Material | undefined;
  private readonly bearer: Bearer | undefined;
  private readonly fixedHeaders: Record<string, string | string[]>;
  private lastTls: { parts: readonly unknown[]; tls: TlsSettings } | undefined;
  private tokenFromFile: { content: Buffer; token: string } | undefined;
  private readonly execUsed = new WeakMap<Credentials, ExecCredential>();

  constructor(cluster: KubeconfigEntry, user: KubeconfigEntry | undefined, options: ClusterAuthOptions) {
    this.cluster = cluster;
    this.clusterName = cluster.name;
    this.userName = user?.name;
    this.options = options;
    this.now = options.now ?? Date.now;
    const c = cluster.value;
    const clusterField = (field: string) => `cluster "${cluster.name}": ${field}`;
    const server = c['server'];
    if (typeof server !== 'string' || !/^https?:\/\/[^/]/.test(server)) {
      throw new ConfigurationError(`Cluster "${cluster.name}" in the kubeconfig needs \`server\`: the apiserver URL, such as https://203.0.113.10:6443`, { input: options.input });
    }
    this.server = server.replace(/\/$/, '');
    this.insecureSkipTlsVerify = this.flag(c, 'insecure-skip-tls-verify', clusterField('insecure-skip-tls-verify'));
    this.tlsServerName = this.text(c, 'tls-server-name', clusterField('tls-server-name'));
    this.proxyUrl = this.proxy(c, cluster.name);
    this.ca = this.material(c, 'certificate-authority', 'certificate-authority-data', clusterField);

    const u = user?.value ?? {};
    const userField = (field: string) => `user "${user?.name ?? ''}": ${field}`;
    this.cert = this.material(u, 'client-certificate', 'client-certificate-data', userField);
    this.key = this.material(u, 'client-key', 'client-key-data', userField);
    if ((this.cert === undefined) !== (this.key === undefined)) {
      throw this.error(`The kubeconfig's user "${user?.name ?? ''}" has a client ${this.cert === undefined ? 'key' : 'certificate'} but no client ${this.cert === undefined ? 'certificate' : 'key'}; client-certificate(-data) and client-key(-data) go together`);
    }
    const token = this.text(u, 'token', userField('token'));
    const tokenFile = this.text(u, 'tokenFile', userField('tokenFile')) ?? this.text(u, 'token-file', userField('token-file'));
    const username = this.text(u, 'username', userField('username'));
    const password = this.text(u, 'password', userField('password'));
    const basic = username !== undefined || password !== undefined;
    if (basic && (token !== undefined || tokenFile !== undefined)) {
      throw this.error(`The kubeconfig's user "${user?.name ?? ''}" has both a token and a username/password; kubectl refuses more than one way to authenticate, so keep one`);
    }
    const execConfig = u['exec'];
    const provider = u['auth-provider'];
    if (execConfig !== undefined && execConfig !== null && provider !== undefined && provider !== null) {
      throw this.error(`The kubeconfig's user "${user?.name ?? ''}" has both \`exec\` and \`auth-provider\`; kubectl allows only one, keep the exec plugin`);
    }

    this.fixedHeaders = this.impersonation(u, user?.name ?? '');
    if (basic) {
      const encoded = Buffer.from(`${username ?? ''}:${password ?? ''}`, 'utf8').toString('base64');
      options.mask(encoded);
      this.fixedHeaders['authorization'] = `Basic ${encoded}`;
    }
    if (token !== undefined) this.bearer = { kind: 'token', token };
    else if (tokenFile !== undefined) this.bearer = { kind: 'file', file: this.watch(tokenFile, userField(u['tokenFile'] === undefined ? 'token-file' : 'tokenFile')) };
    else if (execConfig !== undefined && execConfig !== null) {
      // client-go runs the plugin only when nothing static authenticates the user.
      if (!basic && this.cert === undefined) this.bearer = { kind: 'exec', plugin: this.plugin(execConfig, user?.name ?? '') };
    } else if (provider !== undefined && provider !== null) this.bearer = this.authProvider(provider, user?.name ?? '');
  }

  /** Credentials for the next request: cached, and refreshed as files change and exec credentials near expiry. */
  async credentials(): Promise<Credentials> {
    const [ca, staticCert, staticKey] = await Promise.all([read(this.ca), read(this.cert), read(this.key)]);
    const headers: Record<string, string | string[]> = { ...this.fixedHeaders };
    let cert: Buffer | string | undefined = staticCert;
    let key: Buffer | string | undefined = staticKey;
    let execCredential: ExecCredential | undefined;
    const bearer = this.bearer;
    if (bearer?.kind === 'token') headers['authorization'] = `Bearer ${bearer.token}`;
    else if (bearer?.kind === 'file') headers['authorization'] = `Bearer ${await this.fileToken(bearer.file)}`;
    else if (bearer?.kind === 'oidc') {
      if (bearer.expiresAt !== undefined && bearer.expiresAt <= this.now()) {
        throw this.error(`The oidc id-token of the kubeconfig's user "${this.userName ?? ''}" expired at ${new Date(bearer.expiresAt).toISOString()}; this client does not run the OIDC refresh flow. Log in again to get a fresh id-token, or switch the user to the kubelogin exec plugin (kubectl oidc-login get-token), which refreshes on its own`);
      }
      headers['authorization'] = `Bearer ${bearer.token}`;
    } else if (bearer?.kind === 'exec') {
      execCredential = await bearer.plugin.get();
      if (execCredential.token !== undefined) headers['authorization'] = `Bearer ${execCredential.token}`;
      cert = execCredential.clientCertificate;
      key = execCredential.clientKey;
    }
    const credentials: Credentials = { headers, tls: this.tls(ca, cert, key) };
    if (execCredential !== undefined) this.execUsed.set(credentials, execCredential);
    return credentials;
  }

  /**
   * Called when the server answered 401 to `used`: looks at token and certificate files again
   * and drops the exec plugin's cached credential. Resolves whether the credentials changed, that
   * is, whether sending the request again can succeed; static credentials never change.
   */
  async renew(used: Credentials): Promise<boolean> {
    const bearer = this.bearer;
    const files = [this.cert, this.key, bearer?.kind === 'file' ? { kind: 'file' as const, file: bearer.file } : undefined]
      .filter((m): m is { kind: 'file'; file: WatchedFile } => m?.kind === 'file');
    await Promise.all(files.map((m) => m.file.refresh()));
    const execCredential = this.execUsed.get(used);
    if (bearer?.kind === 'exec' && execCredential !== undefined) bearer.plugin.invalidate(execCredential);
    const next = await this.credentials();
    return next.headers['authorization'] !== used.headers['authorization'] || next.tls.id !== used.tls.id;
  }

  /** The CA bundle the server is verified against (read now), or undefined for the system roots. */
  certificateAuthority(): Promise<Buffer | undefined> {
    return read(this.ca);
  }

  private async fileToken(file: WatchedFile): Promise<string> {
    const content = await file.read();
    if (this.tokenFromFile?.content !== content) {
      const token = content.toString('utf8').trim();
      if (token === '') throw this.error(`The token file ${file.path} of the kubeconfig's user "${this.userName ?? ''}" is empty; it must hold a bearer token`);
      // A rotated token is a new secret: mask it before it can reach any log line.
      maskSecret(token, this.options.mask);
      this.tokenFromFile = { content, token };
    }
    return this.tokenFromFile.token;
  }

  private tls(ca: Buffer | undefined, cert: Buffer | string | undefined, key: Buffer | string | undefined): TlsSettings {
    const parts = [ca, cert, key];
    // Same objects as last time (files unchanged, same exec credential): same settings, no hashing.
    if (this.lastTls !== undefined && this.lastTls.parts.every((p, i) => p === parts[i])) return this.lastTls.tls;
    const hash = createHash('sha256');
    for (const part of parts) {
      hash.update(part === undefined ? '-' : part);
      hash.update('\0');
    }
    hash.update(`${this.insecureSkipTlsVerify}\0${this.tlsServerName ?? ''}`);
    const tls: TlsSettings = { ca, cert, key, insecure: this.insecureSkipTlsVerify, servername: this.tlsServerName, id: hash.digest('hex') };
    this.lastTls = { parts, tls };
    return tls;
  }

  private error(message: string): ConfigurationError {
    return new ConfigurationError(message, { input: this.options.input });
  }

  private text(map: Record<string, unknown>, field: string, describe: string): string | undefined {
    const value = map[field];
    if (value === undefined || value === null || value === '') return undefined;
    if (typeof value !== 'string') throw this.error(`The kubeconfig's ${describe} must be a string`);
    return value;
  }

  private flag(map: Record<string, unknown>, field: string, describe: string): boolean {
    const value = map[field];
    if (value === undefined || value === null) return false;
    if (typeof value !== 'boolean') throw this.error(`The kubeconfig's ${describe} must be true or false`);
    return value;
  }

  private watch(path: string, describe: string): WatchedFile {
    return new WatchedFile(path, { describe, input: this.options.input, checkIntervalMs: this.options.fileCheckIntervalMs ?? 1000, now: this.now });
  }

  /** `<field>` (a file) or `<field>-data` (base64 PEM); the data wins when both are set, as in client-go. */
  private material(map: Record<string, unknown>, fileField: string, dataField: string, describe: (field: string) => string): Material | undefined {
    const data = this.text(map, dataField, describe(dataField));
    if (data !== undefined) {
      const value = Buffer.from(data.replace(/\s+/g, ''), 'base64');
      if (!value.toString('latin1').includes('-----BEGIN ')) {
        throw this.error(`The kubeconfig's ${describe(dataField)} is not the base64 encoding of a PEM block (-----BEGIN ...); put the PEM file's base64 there, or its path in \`${fileField}\``);
      }
      return { kind: 'data', value };
    }
    const file = this.text(map, fileField, describe(fileField));
    return file === undefined ? undefined : { kind: 'file', file: this.watch(file, describe(fileField)) };
  }

  private proxy(map: Record<string, unknown>, cluster: string): string | undefined {
    const value = this.text(map, 'proxy-url', `cluster "${cluster}": proxy-url`);
    if (value === undefined) return undefined;
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      throw this.error(`The kubeconfig's cluster "${cluster}": proxy-url is not a URL; expected http://host:port, https://host:port or socks5://host:port`);
    }
    if (!(PROXY_PROTOCOLS as readonly string[]).includes(url.protocol)) {
      throw this.error(`The kubeconfig's cluster "${cluster}": proxy-url uses ${url.protocol.replace(/:$/, '')}; supported are http, https and socks5`);
    }
    if (url.password !== '') maskSecret(decodeURIComponent(url.password), this.options.mask);
    return value;
  }

  private impersonation(map: Record<string, unknown>, user: string): Record<string, string | string[]> {
    const headers: Record<string, string | string[]> = {};
    const as = this.text(map, 'as', `user "${user}": as`);
    if (as !== undefined) headers['impersonate-user'] = as;
    const uid = this.text(map, 'as-uid', `user "${user}": as-uid`);
    if (uid !== undefined) headers['impersonate-uid'] = uid;
    const strings = (value: unknown, describe: string): string[] => {
      if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) throw this.error(`The kubeconfig's user "${user}": ${describe} must be a list of strings`);
      return value as string[];
    };
    const groups = map['as-groups'];
    if (groups !== undefined && groups !== null) headers['impersonate-group'] = strings(groups, 'as-groups');
    const extra = map['as-user-extra'];
    if (extra !== undefined && extra !== null) {
      if (!isRecord(extra)) throw this.error(`The kubeconfig's user "${user}": as-user-extra must map names to lists of strings`);
      for (const [name, values] of Object.entries(extra)) headers[`impersonate-extra-${encodeURIComponent(name)}`] = strings(values, `as-user-extra.${name}`);
    }
    return headers;
  }

  private plugin(config: unknown, user: string): ExecCredentialPlugin {
    return new ExecCredentialPlugin(parseExecConfig(config, user, this.options.input), {
      user,
      input: this.options.input,
      env: this.options.env ?? process.env,
      mask: this.options.mask,
      ...(this.options.exec === undefined ? {} : { exec: this.options.exec }),
      timeoutMs: this.options.execTimeoutMs ?? 60_000,
      now: this.now,
      clusterInfo: () => this.clusterInfo(),
    });
  }

  private async clusterInfo(): Promise<ExecClusterInfo> {
    const info: ExecClusterInfo = { server: this.server };
    if (this.tlsServerName !== undefined) info['tls-server-name'] = this.tlsServerName;
    if (this.insecureSkipTlsVerify) info['insecure-skip-tls-verify'] = true;
    const ca = await read(this.ca);
    if (ca !== undefined) info['certificate-authority-data'] = ca.toString('base64');
    if (this.proxyUrl !== undefined) info['proxy-url'] = this.proxyUrl;
    if (this.cluster.value['disable-compression'] === true) info['disable-compression'] = true;
    const extensions = this.cluster.value['extensions'];
    if (Array.isArray(extensions)) {
      const entry: unknown = extensions.find((e: unknown) => isRecord(e) && e['name'] === EXEC_EXTENSION);
      if (isRecord(entry) && entry['extension'] !== undefined) info.config = entry['extension'];
    }
    return info;
  }

  private authProvider(provider: unknown, user: string): Bearer {
    const name = isRecord(provider) ? provider['name'] : undefined;
    if (name === 'gcp') {
      throw this.error(`The kubeconfig's user "${user}" uses the gcp auth-provider, which kubectl removed in 1.26; switch to the exec plugin: install gke-gcloud-auth-plugin and run \`gcloud container clusters get-credentials\` again (google-github-actions/get-gke-credentials writes such a kubeconfig)`);
    }
    if (name === 'azure') {
      throw this.error(`The kubeconfig's user "${user}" uses the azure auth-provider, which kubectl removed in 1.26; switch to the exec plugin: install kubelogin and run \`kubelogin convert-kubeconfig -l azurecli\` (or -l workloadidentity), or use azure/aks-set-context with use-kubelogin: true`);
    }
    if (name !== 'oidc') {
      throw this.error(`The kubeconfig's user "${user}" uses the auth-provider ${JSON.stringify(name) ?? 'undefined'}, which is not supported; supported is oidc (with an id-token), else use an exec credential plugin`);
    }
    const config = isRecord(provider) && isRecord(provider['config']) ? provider['config'] : {};
    const token = config['id-token'];
    if (typeof token !== 'string' || token === '') {
      throw this.error(`The kubeconfig's user "${user}" uses the oidc auth-provider without an id-token; this client does not run the OIDC login or refresh flow. Log in first so the kubeconfig holds an id-token, or use the kubelogin exec plugin (kubectl oidc-login get-token)`);
    }
    return { kind: 'oidc', token, expiresAt: jwtExpiry(token) };
  }
}

async function read(material: Material | undefined): Promise<Buffer | undefined> {
  if (material === undefined) return undefined;
  return material.kind === 'data' ? material.value : material.file.read();
}

/** The `exp` of a JWT in milliseconds, or undefined when the token is not a JWT with one. */
function jwtExpiry(token: string): number | undefined {
  const payload = token.split('.')[1];
  if (payload === undefined) return undefined;
  try {
    const claims: unknown = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    return isRecord(claims) && typeof claims['exp'] === 'number' ? claims['exp'] * 1000 : undefined;
  } catch {
    return undefined;
  }
}
