import { randomBytes } from 'node:crypto';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { get as httpGet } from 'node:http';
import type { IncomingMessage } from 'node:http';
import { get as httpsGet } from 'node:https';
import { join } from 'node:path';
import { stringify } from 'yaml';
import type { KubeBinaries } from './binaries.ts';
import { obtainKubeBinaries, obtainOpenssl } from './binaries.ts';
import { KubeHttp } from './kube-http.ts';
import { createPki } from './pki.ts';
import { pickPort, releasePort } from './ports.ts';
import type { ManagedProcess } from './processes.ts';
import { startProcess, waitFor } from './processes.ts';
import { ownedTempDir } from './temp-dirs.ts';

export interface PlaneUserSpec {
  name: string;
  groups: readonly string[];
}

export interface PlaneUser {
  name: string;
  groups: string[];
  token: string;
  /** A kubeconfig file (0600) that authenticates as this user against the apiserver. */
  kubeconfigPath: string;
}

/** Everything a test needs to reach the plane; plain data, so globalSetup can `provide` it to workers. */
export interface ControlPlaneInfo {
  server: string;
  /** gitVersion from /version, e.g. v1.20.2. */
  version: string;
  minor: number;
  binariesSource: KubeBinaries['source'];
  dataDir: string;
  caPem: string;
  caCertPath: string;
  /** Certificate for 127.0.0.1 signed by the plane's CA; proxies in front of the apiserver serve it. */
  servingCertPath: string;
  servingKeyPath: string;
  admin: PlaneUser;
  /** Test users without any permission until a test binds roles to them or their groups. */
  users: Record<string, PlaneUser>;
  /** The admin kubeconfig, as a file and as YAML. */
  kubeconfigPath: string;
  kubeconfig: string;
  pids: { etcd: number; apiserver: number; controllerManager: number };
  timings: { binariesMs: number; readyzMs: number; readyMs: number };
}

export interface ControlPlane extends ControlPlaneInfo {
  readonly processes: readonly ManagedProcess[];
  /** Stops exactly the processes this plane started, by pid, then removes the data directory. */
  stop(): Promise<void>;
}

export interface StartControlPlaneOptions {
  binaries?: KubeBinaries;
  users?: readonly PlaneUserSpec[];
  /** Parent of the temporary data directory; defaults to the OS temp dir. */
  baseDir?: string;
  /** Keep the data directory (logs, etcd) after stop, for debugging. Also PIPELINE_KUBE_KEEP=1. */
  keepData?: boolean;
  log?: (line: string) => void;
  readyTimeoutMs?: number;
}

export const DEFAULT_TEST_USERS: readonly PlaneUserSpec[] = [
  { name: 'alice', groups: ['team-a'] },
  { name: 'bob', groups: ['team-b'] },
  { name: 'deployer', groups: ['pipeline-deployers'] },
];

const ADMIN: PlaneUserSpec = { name: 'pipeline-admin', groups: ['system:masters'] };
const CONTROLLER_MANAGER: PlaneUserSpec = { name: 'system:kube-controller-manager', groups: [] };
export const SERVICE_CIDR = '10.96.0.0/12';

export function kubeconfigYaml(server: string, caPem: string, user: string, token: string): string {
  return stringify({
    apiVersion: 'v1',
    kind: 'Config',
    clusters: [{ name: 'pipeline-test', cluster: { server, 'certificate-authority-data': Buffer.from(caPem).toString('base64') } }],
    users: [{ name: user, user: { token } }],
    contexts: [{ name: user, context: { cluster: 'pipeline-test', user, namespace: 'default' } }],
    'current-context': user,
  });
}

function getText(url: string, options: { ca?: string; token?: string; insecure?: boolean } = {}): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = options.token === undefined ? {} : { authorization: `Bearer ${options.token}` };
    const callback = (res: IncomingMessage) => {
      let body = '';
      res.setEncoding('utf8').on('data', (c: string) => {
        body += c;
      });
      res.once('end', () => resolve({ status: res.statusCode ?? 0, body }));
      res.once('error', reject);
    };
    const req = url.startsWith('https:')
      ? httpsGet(url, { headers, ...(options.ca === undefined ? {} : { ca: options.ca }), rejectUnauthorized: options.insecure !== true, agent: false }, callback)
      : httpGet(url, { headers, agent: false }, callback);
    req.setTimeout(2000, () => req.destroy(new Error(`no answer from ${url} within 2 s`)));
    req.once('error', reject);
  });
}

const ok = async (p: Promise<{ status: number; body: string }>) => ((await p).status === 200 ? true : undefined);

function portInUse(p: ManagedProcess): boolean {
  return /address already in use/i.test(p.logTail(60));
}

/**
 * Starts etcd, kube-apiserver and kube-controller-manager on 127.0.0.1 with a fresh CA, static
 * tokens for an admin and the test users (RBAC decides what they may do), and waits until the
 * default ServiceAccount of `default` exists with its token: ~11 s on 2 cores.
 */
export async function startControlPlane(options: StartControlPlaneOptions = {}): Promise<ControlPlane> {
  const log = options.log ?? ((line: string) => process.stderr.write(`[kube-plane] ${line}\n`));
  const t0 = Date.now();
  const binaries = options.binaries ?? await obtainKubeBinaries({ log });
  const openssl = await obtainOpenssl({ log });
  const binariesMs = Date.now() - t0;
  for (let attempt = 1; ; attempt++) {
    try {
      return await startOnce(binaries, openssl, options, log, t0, binariesMs);
    } catch (error) {
      if (!(error instanceof PortCollision) || attempt >= 3) throw error;
      log(`port collision (${error.message}); retrying with new ports`);
    }
  }
}

class PortCollision extends Error {}

async function startOnce(
  binaries: KubeBinaries,
  openssl: string,
  options: StartControlPlaneOptions,
  log: (line: string) => void,
  t0: number,
  binariesMs: number,
): Promise<ControlPlane> {
  const keep = options.keepData ?? process.env['PIPELINE_KUBE_KEEP'] === '1';
  const dataDir = await ownedTempDir('pipeline-kube-', options.baseDir);
  const processes: ManagedProcess[] = [];
  const ports: number[] = [];
  const port = async () => {
    const p = await pickPort();
    ports.push(p);
    return p;
  };
  const stop = async () => {
    for (const p of [...processes].reverse()) await p.stop(5000);
    for (const p of ports) releasePort(p);
    if (!keep) await rm(dataDir, { recursive: true, force: true });
  };
  try {
    const pki = await createPki(dataDir, { openssl });
    const token = () => randomBytes(24).toString('base64url');
    const specs = [ADMIN, CONTROLLER_MANAGER, ...(options.users ?? DEFAULT_TEST_USERS)];
    const tokens = new Map(specs.map((s) => [s.name, token()]));
    await writeFile(join(dataDir, 'tokens.csv'), specs
      .map((s, i) => `${tokens.get(s.name)},${s.name},uid-${i},"${s.groups.join(',')}"`)
      .join('\n') + '\n', { mode: 0o600 });

    const [etcdClient, etcdPeer, apiPort, kcmPort] = [await port(), await port(), await port(), await port()];
    const server = `https://127.0.0.1:${apiPort}`;
    await mkdir(join(dataDir, 'etcd'), { mode: 0o700 });

    const etcd = startProcess('etcd', binaries.etcd, {
      logPath: join(dataDir, 'etcd.log'),
      args: [
        '--name=default', `--data-dir=${join(dataDir, 'etcd')}`,
        `--listen-client-urls=http://127.0.0.1:${etcdClient}`, `--advertise-client-urls=http://127.0.0.1:${etcdClient}`,
        `--listen-peer-urls=http://127.0.0.1:${etcdPeer}`, `--initial-advertise-peer-urls=http://127.0.0.1:${etcdPeer}`,
        `--initial-cluster=default=http://127.0.0.1:${etcdPeer}`,
        '--unsafe-no-fsync', '--logger=zap', '--log-level=warn',
      ],
    });
    processes.push(etcd);
    await waitFor('etcd /health', () => ok(getText(`http://127.0.0.1:${etcdClient}/health`)), { timeoutMs: 20_000, watch: [etcd] })
      .catch((error: unknown) => {
        throw portInUse(etcd) ? new PortCollision('etcd') : error;
      });

    const apiserver = startProcess('kube-apiserver', binaries.kubeApiserver, {
      logPath: join(dataDir, 'kube-apiserver.log'),
      args: [
        `--etcd-servers=http://127.0.0.1:${etcdClient}`,
        '--bind-address=127.0.0.1', '--advertise-address=127.0.0.1', `--secure-port=${apiPort}`,
        `--cert-dir=${join(dataDir, 'apiserver-certs')}`,
        `--tls-cert-file=${pki.servingCertPath}`, `--tls-private-key-file=${pki.servingKeyPath}`,
        `--client-ca-file=${pki.caCertPath}`,
        `--token-auth-file=${join(dataDir, 'tokens.csv')}`,
        '--authorization-mode=Node,RBAC',
        '--service-account-issuer=https://kubernetes.default.svc.cluster.local',
        `--service-account-key-file=${pki.serviceAccountPubPath}`,
        `--service-account-signing-key-file=${pki.serviceAccountKeyPath}`,
        `--service-cluster-ip-range=${SERVICE_CIDR}`,
        // Nothing may ever route to the apiserver's "kubernetes" Service endpoints here.
        '--endpoint-reconciler-type=none',
        '--allow-privileged=true',
        '--profiling=false',
      ],
    });
    processes.push(apiserver);
    const adminToken = tokens.get(ADMIN.name)!;
    await waitFor('kube-apiserver /readyz', () => ok(getText(`${server}/readyz`, { ca: pki.caPem, token: adminToken })), {
      timeoutMs: options.readyTimeoutMs ?? 90_000,
      watch: [apiserver],
    }).catch((error: unknown) => {
      throw portInUse(apiserver) ? new PortCollision('kube-apiserver') : error;
    });
    const readyzMs = Date.now() - t0;
    const http = new KubeHttp({ server, token: adminToken, ca: pki.caPem });
    const version = await http.get<{ gitVersion: string; minor: string }>('/version');
    const minor = Number.parseInt(version.minor, 10);

    const kcmKubeconfig = join(dataDir, 'kube-controller-manager.kubeconfig');
    await writeFile(kcmKubeconfig, kubeconfigYaml(server, pki.caPem, CONTROLLER_MANAGER.name, tokens.get(CONTROLLER_MANAGER.name)!), { mode: 0o600 });
    const manager = startProcess('kube-controller-manager', binaries.kubeControllerManager, {
      logPath: join(dataDir, 'kube-controller-manager.log'),
      args: [
        `--kubeconfig=${kcmKubeconfig}`,
        `--authentication-kubeconfig=${kcmKubeconfig}`,
        `--authorization-kubeconfig=${kcmKubeconfig}`,
        '--leader-elect=false',
        '--bind-address=127.0.0.1', `--secure-port=${kcmPort}`,
        // 1.20 still opens an insecure port by default; the flag is gone in later versions.
        ...(minor < 24 ? ['--port=0'] : []),
        `--cert-dir=${join(dataDir, 'kcm-certs')}`,
        `--service-account-private-key-file=${pki.serviceAccountKeyPath}`,
        `--root-ca-file=${pki.caCertPath}`,
        '--use-service-account-credentials=true',
        `--cluster-signing-cert-file=${pki.caCertPath}`, `--cluster-signing-key-file=${pki.caKeyPath}`,
        '--profiling=false',
      ],
    });
    processes.push(manager);
    await waitFor('kube-controller-manager /healthz', () => ok(getText(`https://127.0.0.1:${kcmPort}/healthz`, { insecure: true })), {
      timeoutMs: 30_000,
      watch: [apiserver, manager],
    }).catch((error: unknown) => {
      throw portInUse(manager) ? new PortCollision('kube-controller-manager') : error;
    });
    // Pods cannot be admitted before their namespace's default ServiceAccount (and, before 1.24, its token Secret) exists.
    await waitFor('the default ServiceAccount and its token', async () => {
      const sa = await http.find<{ secrets?: unknown[] }>('/api/v1/namespaces/default/serviceaccounts/default');
      return sa !== undefined && (minor >= 24 || (sa.secrets?.length ?? 0) > 0) ? true : undefined;
    }, { timeoutMs: 60_000, watch: processes });
    http.close();

    const writeUser = async (spec: PlaneUserSpec): Promise<PlaneUser> => {
      const kubeconfigPath = join(dataDir, `${spec.name.replaceAll(':', '-')}.kubeconfig`);
      const t = tokens.get(spec.name)!;
      await writeFile(kubeconfigPath, kubeconfigYaml(server, pki.caPem, spec.name, t), { mode: 0o600 });
      return { name: spec.name, groups: [...spec.groups], token: t, kubeconfigPath };
    };
    const admin = await writeUser(ADMIN);
    const users: Record<string, PlaneUser> = {};
    for (const spec of options.users ?? DEFAULT_TEST_USERS) users[spec.name] = await writeUser(spec);
    const readyMs = Date.now() - t0;
    log(`ready in ${(readyMs / 1000).toFixed(1)} s (${version.gitVersion} from ${binaries.source}; binaries ${(binariesMs / 1000).toFixed(1)} s) at ${server}, data in ${dataDir}`);
    return {
      server,
      version: version.gitVersion,
      minor,
      binariesSource: binaries.source,
      dataDir,
      caPem: pki.caPem,
      caCertPath: pki.caCertPath,
      servingCertPath: pki.servingCertPath,
      servingKeyPath: pki.servingKeyPath,
      admin,
      users,
      kubeconfigPath: admin.kubeconfigPath,
      kubeconfig: kubeconfigYaml(server, pki.caPem, admin.name, admin.token),
      pids: { etcd: etcd.pid, apiserver: apiserver.pid, controllerManager: manager.pid },
      timings: { binariesMs, readyzMs, readyMs },
      processes,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** The serialisable part of a plane, for vitest's provide/inject or a JSON file. */
export function planeInfo(plane: ControlPlane): ControlPlaneInfo {
  const { processes: _p, stop: _s, ...info } = plane;
  return info;
}
