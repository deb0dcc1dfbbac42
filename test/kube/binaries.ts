import { spawn } from 'node:child_process';
import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfigurationError } from '@pipeline/core';

export interface KubeBinaries {
  etcd: string;
  kubeApiserver: string;
  kubeControllerManager: string;
  /** Where the apiserver and controller-manager came from, for logs and reports. */
  source: 'env' | 'kubebuilder-assets' | 'debian-build';
}

export interface ObtainOptions {
  env?: NodeJS.ProcessEnv;
  /** Progress lines (apt, the source build); defaults to stderr. */
  log?: (line: string) => void;
}

const SCRIPTS = resolve(dirname(fileURLToPath(import.meta.url)), '../../scripts/kube');

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

export function findOnPath(name: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  for (const dir of (env['PATH'] ?? '').split(delimiter)) {
    if (dir !== '' && executable(join(dir, name))) return join(dir, name);
  }
  return undefined;
}

function fromEnv(env: NodeJS.ProcessEnv, variable: string): string | undefined {
  const value = env[variable];
  if (value === undefined || value === '') return undefined;
  if (!executable(value)) throw new ConfigurationError(`${variable}=${value} is not an executable file; point it at the binary or unset it`, { input: variable });
  return value;
}

/** Runs one of the scripts/kube helpers, streaming its stderr as progress; resolves with its stdout. */
function runScript(script: string, args: readonly string[], log: (line: string) => void, env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn('bash', [join(SCRIPTS, script), ...args], { env, stdio: ['ignore', 'pipe', 'pipe'], shell: false });
    let out = '';
    let partial = '';
    child.stdout.setEncoding('utf8').on('data', (c: string) => {
      out += c;
    });
    child.stderr.setEncoding('utf8').on('data', (c: string) => {
      partial += c;
      const lines = partial.split('\n');
      partial = lines.pop() ?? '';
      for (const line of lines) log(line);
    });
    child.once('error', reject);
    child.once('close', (code) => {
      if (partial !== '') log(partial);
      if (code === 0) resolvePromise(out.trim());
      else reject(new Error(`scripts/kube/${script} ${args.join(' ')} exited with ${code}; see the lines above`));
    });
  });
}

const stderrLog = (line: string) => {
  process.stderr.write(`${line}\n`);
};

/** Installs Debian packages when missing (needs root on a fresh machine); serialised across processes. */
export async function aptInstall(packages: readonly string[], options: ObtainOptions = {}): Promise<void> {
  await runScript('apt-install.sh', packages, options.log ?? stderrLog, options.env ?? process.env);
}

async function debianTool(name: string, variable: string, pkg: string, path: string, options: ObtainOptions): Promise<string> {
  const env = options.env ?? process.env;
  const explicit = fromEnv(env, variable);
  if (explicit !== undefined) return explicit;
  const onPath = findOnPath(name, env);
  if (onPath !== undefined) return onPath;
  await aptInstall([pkg], options);
  if (!executable(path)) throw new Error(`installed Debian's ${pkg} but ${path} is missing`);
  return path;
}

/**
 * etcd, kube-apiserver and kube-controller-manager, in this order of preference:
 * PIPELINE_ETCD / PIPELINE_KUBE_APISERVER / PIPELINE_KUBE_CONTROLLER_MANAGER, then
 * KUBEBUILDER_ASSETS (the envtest layout), then for etcd Debian's etcd-server and for the other
 * two a one-time build from Debian bookworm's kubernetes source package, cached outside the
 * repository (scripts/kube/build-kubernetes.sh; ~7 min cold on 2 cores, instant when cached).
 */
export async function obtainKubeBinaries(options: ObtainOptions = {}): Promise<KubeBinaries> {
  const env = options.env ?? process.env;
  const log = options.log ?? stderrLog;
  const assets = env['KUBEBUILDER_ASSETS'];
  const inAssets = (name: string) => {
    if (assets === undefined || assets === '') return undefined;
    const path = join(assets, name);
    return executable(path) ? path : undefined;
  };
  let apiserver = fromEnv(env, 'PIPELINE_KUBE_APISERVER');
  let manager = fromEnv(env, 'PIPELINE_KUBE_CONTROLLER_MANAGER');
  let source: KubeBinaries['source'] = 'env';
  if (apiserver === undefined && inAssets('kube-apiserver') !== undefined) {
    apiserver = inAssets('kube-apiserver');
    source = 'kubebuilder-assets';
  }
  manager ??= inAssets('kube-controller-manager');
  if (apiserver !== undefined && manager === undefined) {
    // envtest's assets carry no controller-manager; mixing in the 1.20 one would pair mismatched versions.
    throw new ConfigurationError(
      `kube-apiserver comes from ${source === 'env' ? 'PIPELINE_KUBE_APISERVER' : `KUBEBUILDER_ASSETS=${assets}`} but no kube-controller-manager was found; ` +
      'set PIPELINE_KUBE_CONTROLLER_MANAGER to one of the same version (or unset both to use the Debian 1.20 build)',
      { input: 'PIPELINE_KUBE_CONTROLLER_MANAGER' },
    );
  }
  if (apiserver === undefined || manager === undefined) {
    const bin = await runScript('build-kubernetes.sh', [], log, env);
    apiserver = join(bin, 'kube-apiserver');
    manager = join(bin, 'kube-controller-manager');
    source = 'debian-build';
  }
  const etcd = fromEnv(env, 'PIPELINE_ETCD') ?? inAssets('etcd') ?? await debianTool('etcd', 'PIPELINE_ETCD', 'etcd-server', '/usr/bin/etcd', options);
  return { etcd, kubeApiserver: apiserver, kubeControllerManager: manager, source };
}

/** kubectl from PIPELINE_KUBECTL, KUBEBUILDER_ASSETS or PATH, else Debian's kubernetes-client (1.20). */
export async function obtainKubectl(options: ObtainOptions = {}): Promise<string> {
  const env = options.env ?? process.env;
  const assets = env['KUBEBUILDER_ASSETS'];
  if (env['PIPELINE_KUBECTL'] === undefined && assets !== undefined && executable(join(assets, 'kubectl'))) return join(assets, 'kubectl');
  return debianTool('kubectl', 'PIPELINE_KUBECTL', 'kubernetes-client', '/usr/bin/kubectl', options);
}

/** Prometheus from PIPELINE_PROMETHEUS or PATH, else Debian's prometheus package. */
export function obtainPrometheus(options: ObtainOptions = {}): Promise<string> {
  return debianTool('prometheus', 'PIPELINE_PROMETHEUS', 'prometheus', '/usr/bin/prometheus', options);
}

/** openssl signs the plane's certificates; a fresh Debian may lack it. */
export function obtainOpenssl(options: ObtainOptions = {}): Promise<string> {
  return debianTool('openssl', 'PIPELINE_OPENSSL', 'openssl', '/usr/bin/openssl', options);
}
