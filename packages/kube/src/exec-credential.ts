import { ConfigurationError, exec as runProgram, maskSecret } from '@pipeline/core';
import type { Exec, Masker } from '@pipeline/core';
import { isRecord } from './types.ts';

/** The ExecCredential versions kubectl still speaks; v1alpha1 was removed in Kubernetes 1.24. */
export const EXEC_API_VERSIONS = ['client.authentication.k8s.io/v1', 'client.authentication.k8s.io/v1beta1'] as const;
export type ExecApiVersion = typeof EXEC_API_VERSIONS[number];
export type InteractiveMode = 'Never' | 'IfAvailable' | 'Always';

/** A user's `exec` stanza, validated. */
export interface ExecPluginConfig {
  command: string;
  args: string[];
  env: { name: string; value: string }[];
  apiVersion: ExecApiVersion;
  installHint: string | undefined;
  provideClusterInfo: boolean;
  interactiveMode: InteractiveMode;
}

/** What a plugin handed back: a bearer token, a client certificate and key (PEM), or both. */
export interface ExecCredential {
  token: string | undefined;
  clientCertificate: string | undefined;
  clientKey: string | undefined;
  /** Milliseconds since the epoch; undefined means valid until the server refuses it. */
  expiresAt: number | undefined;
}

/** `spec.cluster` of KUBERNETES_EXEC_INFO, spelled as in the kubeconfig (provideClusterInfo). */
export interface ExecClusterInfo {
  server: string;
  'tls-server-name'?: string;
  'insecure-skip-tls-verify'?: boolean;
  'certificate-authority-data'?: string;
  'proxy-url'?: string;
  'disable-compression'?: boolean;
  config?: unknown;
}

export interface ExecPluginOptions {
  /** The kubeconfig user, named in every error. */
  user: string;
  /** The `input` of the ConfigurationErrors raised. */
  input: string;
  /** The environment the plugin inherits (before its own `env` entries). */
  env: NodeJS.ProcessEnv;
  mask: Masker;
  exec?: Exec;
  timeoutMs: number;
  now: () => number;
  clusterInfo: () => Promise<ExecClusterInfo>;
}

/** A credential is renewed this long before it expires, so a request never leaves with one about to lapse. */
const EXPIRY_MARGIN_MS = 10_000;
const STDERR_TAIL = 800;

/**
 * Validates a kubeconfig user's `exec` stanza as kubectl does, with one leniency: v1 requires
 * `interactiveMode`, but a CI job never has a terminal, so Never and IfAvailable mean the same
 * here and a missing one is read as IfAvailable. Always cannot be satisfied and is refused.
 */
export function parseExecConfig(value: unknown, user: string, input: string): ExecPluginConfig {
  const fail = (problem: string) => new ConfigurationError(`The kubeconfig's user "${user}" has an exec credential plugin whose ${problem}`, { input });
  if (!isRecord(value)) throw fail('`exec` is not a mapping; it needs at least `command` and `apiVersion`');
  const command = value['command'];
  if (typeof command !== 'string' || command.trim() === '') throw fail('`command` is missing; name the program that prints an ExecCredential, such as gke-gcloud-auth-plugin or kubelogin');
  const apiVersion = value['apiVersion'];
  if (!(EXEC_API_VERSIONS as readonly unknown[]).includes(apiVersion)) {
    throw fail(`\`apiVersion\` is ${apiVersion === undefined ? 'missing' : `"${String(apiVersion)}"`}; valid: ${EXEC_API_VERSIONS.join(', ')} (v1alpha1 was removed in Kubernetes 1.24)`);
  }
  const args = value['args'] ?? [];
  if (!Array.isArray(args) || !args.every((a) => typeof a === 'string')) throw fail('`args` is not a list of strings');
  const env = value['env'] ?? [];
  if (!Array.isArray(env)) throw fail('`env` is not a list of { name, value } entries');
  const entries = env.map((entry: unknown, i) => {
    if (!isRecord(entry) || typeof entry['name'] !== 'string' || entry['name'] === '' || typeof entry['value'] !== 'string') {
      throw fail(`\`env[${i}]\` needs a non-empty string \`name\` and a string \`value\``);
    }
    return { name: entry['name'], value: entry['value'] };
  });
  const mode = value['interactiveMode'] ?? 'IfAvailable';
  if (mode !== 'Never' && mode !== 'IfAvailable' && mode !== 'Always') throw fail(`\`interactiveMode\` is "${String(mode)}"; valid: Never, IfAvailable, Always`);
  if (mode === 'Always') throw fail('`interactiveMode` is Always, but a CI job has no terminal to interact on; use a non-interactive login (a service principal, workload identity) and interactiveMode: Never');
  const hint = value['installHint'];
  return {
    command,
    args: args as string[],
    env: entries,
    apiVersion: apiVersion as ExecApiVersion,
    installHint: typeof hint === 'string' && hint.trim() !== '' ? hint.trim() : undefined,
    provideClusterInfo: value['provideClusterInfo'] === true,
    interactiveMode: mode,
  };
}

/**
 * Runs a client-go credential plugin (kubectl's `exec` users) and caches what it prints until
 * shortly before `expirationTimestamp`, or, without one, until the server refuses it. Concurrent
 * callers share one run. The plugin gets argv (never a shell), the job's environment plus its own
 * `env`, and KUBERNETES_EXEC_INFO; stdin is closed because a CI job cannot answer prompts.
 */
export class ExecCredentialPlugin {
  private readonly config: ExecPluginConfig;
  private readonly options: ExecPluginOptions;
  private cached: { credential: ExecCredential; renewAt: number } | undefined;
  private pending: Promise<ExecCredential> | undefined;

  constructor(config: ExecPluginConfig, options: ExecPluginOptions) {
    this.config = config;
    this.options = options;
  }

  get(): Promise<ExecCredential> {
    if (this.cached !== undefined && this.options.now() < this.cached.renewAt) return Promise.resolve(this.cached.credential);
    this.pending ??= this.run().finally(() => {
      this.pending = undefined;
    });
    return this.pending;
  }

  /** Forgets `used` (the server refused it) so the next get() runs the plugin again. */
  invalidate(used: ExecCredential): void {
    if (this.cached?.credential === used) this.cached = undefined;
  }

  private describe(): string {
    return `The exec credential plugin of the kubeconfig's user "${this.options.user}" (${this.config.command})`;
  }

  private failure(problem: string, cause?: unknown): ConfigurationError {
    const hint = this.config.installHint === undefined ? '' : `\n${this.config.installHint}`;
    return new ConfigurationError(`${this.describe()} ${problem}${hint}`, { input: this.options.input, ...(cause === undefined ? {} : { cause }) });
  }

  private async run(): Promise<ExecCredential> {
    const spec: Record<string, unknown> = { interactive: false };
    if (this.config.provideClusterInfo) spec['cluster'] = await this.options.clusterInfo();
    const info = JSON.stringify({ apiVersion: this.config.apiVersion, kind: 'ExecCredential', spec });
    const env: NodeJS.ProcessEnv = { ...this.options.env };
    for (const { name, value } of this.config.env) env[name] = value;
    env['KUBERNETES_EXEC_INFO'] = info;
    const started = this.options.now();
    let result;
    try {
      result = await (this.options.exec ?? runProgram)(this.config.command, this.config.args, { env, timeoutMs: this.options.timeoutMs, maxBufferBytes: 4 * 1024 * 1024 });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const why = code === 'ENOENT' ? 'was not found (ENOENT): it is not installed on the runner, or not on PATH'
        : code === 'EACCES' ? 'is not executable (EACCES)'
          : `could not be started (${code ?? (error as Error).message})`;
      throw this.failure(why, error);
    }
    const stderr = result.stderr.trim();
    const tail = stderr === '' ? '' : `: ${stderr.length > STDERR_TAIL ? `...${stderr.slice(-STDERR_TAIL)}` : stderr}`;
    if (result.timedOut) {
      const limit = this.options.timeoutMs < 1000 ? `${this.options.timeoutMs} ms` : `${Math.round(this.options.timeoutMs / 1000)} s`;
      throw this.failure(`did not finish within ${limit} and was stopped${tail}`);
    }
    if (result.exitCode !== 0) {
      throw this.failure(`${result.exitCode === null ? `was killed by ${result.signal ?? 'a signal'}` : `exited with code ${result.exitCode}`}${tail}`);
    }
    const credential = this.parse(result.stdout);
    // Masked before anything else can print it: the plugin's token is as good as a password.
    if (credential.token !== undefined) maskSecret(credential.token, this.options.mask);
    if (credential.clientKey !== undefined) maskSecret(pemBody(credential.clientKey), this.options.mask);
    const expiresAt = credential.expiresAt;
    const renewAt = expiresAt === undefined ? Number.POSITIVE_INFINITY : expiresAt - Math.min(EXPIRY_MARGIN_MS, Math.max(0, (expiresAt - started) / 2));
    this.cached = { credential, renewAt };
    return credential;
  }

  /** Reads the plugin's stdout; errors describe what is wrong without quoting it, since it holds the secret. */
  private parse(stdout: string): ExecCredential {
    let value: unknown;
    try {
      value = JSON.parse(stdout);
    } catch {
      throw this.failure(`printed ${stdout.trim() === '' ? 'nothing' : 'something that is not JSON'} on stdout; it must print an ExecCredential object`);
    }
    if (!isRecord(value) || value['kind'] !== 'ExecCredential') throw this.failure('printed JSON that is not an ExecCredential (kind: ExecCredential)');
    if (value['apiVersion'] !== this.config.apiVersion) {
      throw this.failure(`answered with apiVersion ${JSON.stringify(value['apiVersion']) ?? 'undefined'}, but the kubeconfig's exec.apiVersion is ${this.config.apiVersion}; they must match`);
    }
    const status = value['status'];
    if (!isRecord(status)) throw this.failure('printed an ExecCredential without `status`');
    const text = (field: string): string | undefined => {
      const v = status[field];
      if (v === undefined || v === null || v === '') return undefined;
      if (typeof v !== 'string') throw this.failure(`printed an ExecCredential whose status.${field} is not a string`);
      return v;
    };
    const token = text('token');
    const clientCertificate = text('clientCertificateData');
    const clientKey = text('clientKeyData');
    if ((clientCertificate === undefined) !== (clientKey === undefined)) {
      throw this.failure('printed an ExecCredential with only one of status.clientCertificateData and status.clientKeyData; both are needed');
    }
    if (token === undefined && clientCertificate === undefined) throw this.failure('printed an ExecCredential with neither status.token nor status.clientCertificateData and status.clientKeyData');
    const expiry = text('expirationTimestamp');
    const expiresAt = expiry === undefined ? undefined : Date.parse(expiry);
    if (expiresAt !== undefined && Number.isNaN(expiresAt)) throw this.failure(`printed an ExecCredential whose status.expirationTimestamp "${expiry}" is not an RFC 3339 time`);
    return { token, clientCertificate, clientKey, expiresAt };
  }
}

/** The base64 lines of a PEM without its BEGIN/END armour, which would otherwise be masked everywhere. */
export function pemBody(pem: string): string {
  return pem.split(/\r?\n/).filter((line) => !line.startsWith('-----')).join('\n').trim();
}
