// Every kubeconfig authentication form, end to end: a kubeconfig goes through resolveKubeConfig
// (or ClusterAuth, where a test needs to move time), a KubeClient sends a real request over TLS,
// and the assertions are on what the HTTPS server received: the Authorization and impersonation
// headers, the client certificate's CN, the SNI name, and what the proxies were asked to open.
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { stringify } from 'yaml';
import { ConfigurationError } from '@pipeline/core';
import { ClusterAuth, KubeApiError, KubeClient, KubeConnectionError, resolveKubeConfig, tokenKubeconfig } from '../src/index.ts';
import type { KubeConfigOptions } from '../src/index.ts';
import type { TestApiServer, TestPki, TestProxy } from './support/tls-servers.ts';
import { NAMED_HOST, createTestPki, startApiServer, startConnectProxy, startSocksProxy } from './support/tls-servers.ts';

const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');
const NO_RETRY = { retries: 0 };

let pki: TestPki;
let pkiDir: string;
let dir: string;
let masked: string[];
const mask = (s: string) => {
  masked.push(s);
};
const closers: (() => Promise<void>)[] = [];
const clients: KubeClient[] = [];

beforeAll(async () => {
  pkiDir = await mkdtemp(join(tmpdir(), 'kube-auth-pki-'));
  pki = await createTestPki(pkiDir);
});
afterAll(async () => {
  await rm(pkiDir, { recursive: true, force: true });
});
beforeEach(async () => {
  masked = [];
  dir = await mkdtemp(join(tmpdir(), 'kube-auth-'));
});
afterEach(async () => {
  for (const client of clients.splice(0)) client.close();
  for (const close of closers.splice(0)) await close();
  await rm(dir, { recursive: true, force: true });
});

async function apiServer(...args: Parameters<typeof startApiServer> extends [unknown, ...infer R] ? R : never): Promise<TestApiServer> {
  const server = await startApiServer(pki, ...args);
  closers.push(server.close);
  return server;
}

function kubeconfig(cluster: Record<string, unknown>, user: Record<string, unknown> | undefined): string {
  return stringify({
    apiVersion: 'v1',
    kind: 'Config',
    clusters: [{ name: 'test-cluster', cluster }],
    users: user === undefined ? [] : [{ name: 'test-user', user }],
    contexts: [{ name: 'test', context: { cluster: 'test-cluster', ...(user === undefined ? {} : { user: 'test-user' }) } }],
    'current-context': 'test',
  });
}

async function connect(cluster: Record<string, unknown>, user: Record<string, unknown> | undefined, options: Partial<KubeConfigOptions> = {}): Promise<KubeClient> {
  const config = await resolveKubeConfig({ kubeconfig: kubeconfig(cluster, user), mask, env: { PATH: process.env['PATH'] ?? '' }, ...options });
  const client = new KubeClient(config, { retry: NO_RETRY });
  clients.push(client);
  return client;
}

/** A ClusterAuth on a virtual clock, for the tests about rotation and expiry. */
function clockedClient(cluster: Record<string, unknown>, user: Record<string, unknown>, clock: { now: number }): { auth: ClusterAuth; client: KubeClient } {
  const auth = new ClusterAuth({ name: 'test-cluster', value: cluster }, { name: 'test-user', value: user }, {
    mask, input: 'kubeconfig', env: { PATH: process.env['PATH'] ?? '' }, now: () => clock.now, fileCheckIntervalMs: 1000,
  });
  const client = new KubeClient({ auth, namespace: undefined }, { retry: NO_RETRY });
  clients.push(client);
  return { auth, client };
}

const failure = (promise: Promise<unknown>): Promise<unknown> => promise.then(() => undefined, (e: unknown) => e);

describe('server verification', () => {
  it('verifies the server against certificate-authority-data, and refuses a server it cannot verify', async () => {
    const server = await apiServer(pki.ip);
    const client = await connect({ server: server.url, 'certificate-authority-data': b64(pki.ca.cert) }, { token: 'ca-data-token' });
    await expect(client.version()).resolves.toMatchObject({ gitVersion: 'v1.33.0' });
    expect(server.seen[0]?.headers.authorization).toBe('Bearer ca-data-token');

    const unverified = await connect({ server: server.url }, { token: 'ca-data-token' });
    const error = await failure(unverified.version());
    expect(error).toBeInstanceOf(KubeConnectionError);
    expect((error as KubeConnectionError).code).toMatch(/CERT|SIGNATURE|ISSUER/);
    // The token never left: the TLS handshake failed before any request was written.
    expect(server.seen).toHaveLength(1);
  });

  it('reads certificate-authority from a file relative to the KUBECONFIG file', async () => {
    const server = await apiServer(pki.ip);
    await writeFile(join(dir, 'ca.pem'), pki.ca.cert);
    await writeFile(join(dir, 'config'), kubeconfig({ server: server.url, 'certificate-authority': 'ca.pem' }, { token: 'file-ca' }));
    const config = await resolveKubeConfig({ mask, env: { KUBECONFIG: join(dir, 'config') } });
    const client = new KubeClient(config, { retry: NO_RETRY });
    clients.push(client);
    await client.version();
    expect(server.seen.map((s) => s.headers.authorization)).toEqual(['Bearer file-ca']);
    expect(await config.auth.certificateAuthority()).toEqual(Buffer.from(pki.ca.cert));
  });

  it('skips verification with insecure-skip-tls-verify', async () => {
    const server = await apiServer(pki.ip);
    const client = await connect({ server: server.url, 'insecure-skip-tls-verify': true }, { token: 'insecure' });
    await expect(client.version()).resolves.toMatchObject({ major: '1' });
  });

  it('sends tls-server-name as SNI and checks the certificate against it instead of the IP', async () => {
    const server = await apiServer(pki.named);
    const cluster = { server: server.url, 'certificate-authority-data': b64(pki.ca.cert) };
    const mismatch = await failure((await connect(cluster, { token: 't' })).version());
    expect((mismatch as KubeConnectionError).code).toBe('ERR_TLS_CERT_ALTNAME_INVALID');
    await (await connect({ ...cluster, 'tls-server-name': NAMED_HOST }, { token: 't' })).version();
    expect(server.seen.map((s) => s.servername)).toEqual([NAMED_HOST]);
  });

  it('explains a certificate-authority-data that is not base64 PEM, and an unreadable certificate-authority', async () => {
    await expect(connect({ server: 'https://127.0.0.1:1', 'certificate-authority-data': pki.ca.cert }, { token: 't' }))
      .rejects.toThrow('The kubeconfig\'s cluster "test-cluster": certificate-authority-data is not the base64 encoding of a PEM block');
    const client = await connect({ server: 'https://127.0.0.1:1', 'certificate-authority': join(dir, 'missing.pem') }, { token: 't' });
    const error = await failure(client.version());
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as Error).message).toBe(`The kubeconfig's cluster "test-cluster": certificate-authority names ${join(dir, 'missing.pem')}, which cannot be read (ENOENT); point it at a readable file`);
  });
});

describe('user credentials', () => {
  it('sends a static token, and impersonation headers', async () => {
    const server = await apiServer(pki.ip);
    const client = await connect({ server: server.url, 'certificate-authority-data': b64(pki.ca.cert) }, {
      token: 'static-token', as: 'jane', 'as-uid': 'u-1', 'as-groups': ['devs', 'ops'], 'as-user-extra': { 'acme.io/team': ['shop'] },
    });
    await client.version();
    expect(server.seen[0]?.headers).toMatchObject({
      authorization: 'Bearer static-token',
      'impersonate-user': 'jane',
      'impersonate-uid': 'u-1',
      'impersonate-group': 'devs, ops',
      'impersonate-extra-acme.io%2fteam': 'shop',
    });
  });

  it('sends username/password as basic auth, masks the encoded pair, and refuses a token beside them', async () => {
    const server = await apiServer(pki.ip);
    const client = await connect({ server: server.url, 'certificate-authority-data': b64(pki.ca.cert) }, { username: 'admin', password: 's3cret-pass' });
    await client.version();
    expect(server.seen[0]?.headers.authorization).toBe(`Basic ${b64('admin:s3cret-pass')}`);
    expect(masked).toContain(b64('admin:s3cret-pass'));
    expect(masked).toContain('s3cret-pass');
    const error = await failure(connect({ server: server.url }, { username: 'admin', password: 'p', token: 't' }));
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as Error).message).toContain('user "test-user" has both a token and a username/password');
  });

  it('presents a client certificate given as data or as files', async () => {
    const server = await apiServer(pki.ip);
    const cluster = { server: server.url, 'certificate-authority-data': b64(pki.ca.cert) };
    await (await connect(cluster, { 'client-certificate-data': b64(pki.client.cert), 'client-key-data': b64(pki.client.key) })).version();
    await (await connect(cluster, { 'client-certificate': pki.client2.certPath, 'client-key': pki.client2.keyPath })).version();
    expect(server.seen.map((s) => [s.clientCn, s.headers.authorization])).toEqual([['cert-user', undefined], ['cert-user-2', undefined]]);
    await expect(connect(cluster, { 'client-certificate-data': b64(pki.client.cert) }))
      .rejects.toThrow('user "test-user" has a client certificate but no client key');
  });

  it('re-reads a token file when it changes (at most once a second), masking each new token', async () => {
    const server = await apiServer(pki.ip);
    const file = join(dir, 'token');
    await writeFile(file, 'first-token\n');
    const clock = { now: 1_000_000 };
    const { client } = clockedClient({ server: server.url, 'certificate-authority-data': b64(pki.ca.cert) }, { tokenFile: file }, clock);
    await client.version();
    await writeFile(file, 'second-token\n');
    await client.version();
    clock.now += 1000;
    await client.version();
    expect(server.seen.map((s) => s.headers.authorization)).toEqual(['Bearer first-token', 'Bearer first-token', 'Bearer second-token']);
    expect(masked).toEqual(expect.arrayContaining(['first-token', 'second-token']));
  });

  it('on a 401, looks at the token file at once and sends the request again with the rotated token', async () => {
    const server = await apiServer(pki.ip, (req, res) => {
      res.writeHead(req.headers.authorization === 'Bearer fresh' ? 201 : 401, { 'content-type': 'application/json' });
      res.end(JSON.stringify(req.headers.authorization === 'Bearer fresh' ? { kind: 'Namespace' } : { kind: 'Status', code: 401, reason: 'Unauthorized' }));
    });
    const file = join(dir, 'token');
    await writeFile(file, 'stale');
    const clock = { now: 5_000 };
    const { client } = clockedClient({ server: server.url, 'certificate-authority-data': b64(pki.ca.cert) }, { 'token-file': file }, clock);
    await expect(client.request({ method: 'POST', path: '/api/v1/namespaces', body: {} })).rejects.toMatchObject({ status: 401 });
    await writeFile(file, 'fresh');
    // Within the check interval, yet the 401 makes the client look again; a POST is safe to repeat after a 401.
    await expect(client.request({ method: 'POST', path: '/api/v1/namespaces', body: {} })).resolves.toEqual({ kind: 'Namespace' });
    expect(server.seen.map((s) => s.headers.authorization)).toEqual(['Bearer stale', 'Bearer stale', 'Bearer fresh']);
  });

  it('does not repeat a 401 when nothing could have changed (a static token)', async () => {
    const server = await apiServer(pki.ip, (_req, res) => {
      res.writeHead(401);
      res.end();
    });
    const client = await connect({ server: server.url, 'certificate-authority-data': b64(pki.ca.cert) }, { token: 'revoked' });
    const error = await failure(client.version());
    expect(error).toBeInstanceOf(KubeApiError);
    expect(server.seen).toHaveLength(1);
  });

  it('keeps a request in flight on its connection when the client certificate file is renewed', async () => {
    let release: (() => void) | undefined;
    const server = await apiServer(pki.ip, (req, res) => {
      const answer = () => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ cn: req.clientCn }));
      };
      if (req.url === '/slow') release = answer;
      else answer();
    });
    const cert = join(dir, 'client.crt');
    const key = join(dir, 'client.key');
    await writeFile(cert, pki.client.cert);
    await writeFile(key, pki.client.key);
    const clock = { now: 0 };
    const { client } = clockedClient({ server: server.url, 'certificate-authority-data': b64(pki.ca.cert) }, { 'client-certificate': cert, 'client-key': key }, clock);
    const slow = client.request({ method: 'GET', path: '/slow' });
    await vi.waitFor(() => expect(release).toBeDefined());
    await writeFile(cert, pki.client2.cert);
    await writeFile(key, pki.client2.key);
    clock.now += 1000;
    await expect(client.request({ method: 'GET', path: '/fast' })).resolves.toEqual({ cn: 'cert-user-2' });
    release?.();
    await expect(slow).resolves.toEqual({ cn: 'cert-user' });
  });
});

describe('exec credential plugins', () => {
  /** A real plugin: a shell script that logs its runs, arguments and KUBERNETES_EXEC_INFO, then prints response.json. */
  async function plugin(response: unknown, extra = ''): Promise<string> {
    const script = join(dir, 'plugin.sh');
    await writeFile(script, [
      '#!/bin/sh',
      'echo run >> "$PLUGIN_DIR/runs"',
      'printf \'%s\' "$KUBERNETES_EXEC_INFO" > "$PLUGIN_DIR/exec-info.json"',
      'printf \'%s\\n\' "$@" > "$PLUGIN_DIR/args"',
      extra,
      'cat "$PLUGIN_DIR/response.json"',
      '',
    ].join('\n'));
    await chmod(script, 0o755);
    await respond(response);
    return script;
  }
  const respond = (response: unknown) => writeFile(join(dir, 'response.json'), typeof response === 'string' ? response : JSON.stringify(response));
  const runs = async () => (await readText(join(dir, 'runs'))).split('\n').filter(Boolean).length;
  const readText = (path: string) => readFile(path, 'utf8').catch(() => '');
  const execUser = (command: string, apiVersion: string, more: Record<string, unknown> = {}) => ({
    exec: { command, apiVersion, args: ['get-token', '--cluster', 'a b'], env: [{ name: 'PLUGIN_DIR', value: dir }], interactiveMode: 'Never', ...more },
  });
  const credential = (apiVersion: string, status: Record<string, unknown>) => ({ apiVersion, kind: 'ExecCredential', status });

  it('runs a v1 plugin with argv, its env and KUBERNETES_EXEC_INFO, uses its token until shortly before expiry, and masks it', async () => {
    const server = await apiServer(pki.ip);
    const clock = { now: Date.parse('2030-01-01T00:00:00Z') };
    const script = await plugin(credential('client.authentication.k8s.io/v1', { token: 'exec-token-1', expirationTimestamp: '2030-01-01T00:10:00Z' }));
    const cluster = {
      server: server.url, 'certificate-authority-data': b64(pki.ca.cert), 'tls-server-name': '127.0.0.1',
      extensions: [{ name: 'client.authentication.k8s.io/exec', extension: { audience: 'shop' } }],
    };
    const { client } = clockedClient(cluster, execUser(script, 'client.authentication.k8s.io/v1', { provideClusterInfo: true }), clock);
    await Promise.all([client.version(), client.version(), client.version()]);
    expect(await runs()).toBe(1);
    expect(masked).toContain('exec-token-1');
    expect(await readText(join(dir, 'args'))).toBe('get-token\n--cluster\na b\n');
    expect(JSON.parse(await readText(join(dir, 'exec-info.json')))).toEqual({
      apiVersion: 'client.authentication.k8s.io/v1',
      kind: 'ExecCredential',
      spec: { interactive: false, cluster: { server: server.url, 'tls-server-name': '127.0.0.1', 'certificate-authority-data': b64(pki.ca.cert), config: { audience: 'shop' } } },
    });

    await respond(credential('client.authentication.k8s.io/v1', { token: 'exec-token-2', expirationTimestamp: '2030-01-01T00:20:00Z' }));
    clock.now = Date.parse('2030-01-01T00:09:45Z');
    await client.version();
    expect(await runs()).toBe(1);
    // Within the last 10 s the credential counts as expired.
    clock.now = Date.parse('2030-01-01T00:09:51Z');
    await client.version();
    expect(await runs()).toBe(2);
    expect(server.seen.map((s) => s.headers.authorization)).toEqual([...Array(4).fill('Bearer exec-token-1'), 'Bearer exec-token-2']);
  });

  it('uses a v1beta1 plugin\'s client certificate and key, resolving a relative command against the kubeconfig', async () => {
    const server = await apiServer(pki.ip);
    await plugin(credential('client.authentication.k8s.io/v1beta1', { clientCertificateData: pki.client.cert, clientKeyData: pki.client.key }));
    await writeFile(join(dir, 'config'), kubeconfig({ server: server.url, 'certificate-authority-data': b64(pki.ca.cert) }, execUser('./plugin.sh', 'client.authentication.k8s.io/v1beta1', { interactiveMode: undefined })));
    const config = await resolveKubeConfig({ mask, env: { KUBECONFIG: join(dir, 'config'), PATH: process.env['PATH'] ?? '' } });
    const client = new KubeClient(config, { retry: NO_RETRY });
    clients.push(client);
    await client.version();
    await client.version();
    expect(server.seen.map((s) => [s.clientCn, s.headers.authorization])).toEqual([['cert-user', undefined], ['cert-user', undefined]]);
    expect(await runs()).toBe(1);
    // Without provideClusterInfo the plugin learns only that nobody can answer prompts.
    expect(JSON.parse(await readText(join(dir, 'exec-info.json')))).toEqual({ apiVersion: 'client.authentication.k8s.io/v1beta1', kind: 'ExecCredential', spec: { interactive: false } });
    expect(masked).toContain(pki.client.key.split('\n')[1]);
  });

  it('runs the plugin again after a 401 and repeats the request with the new token', async () => {
    const server = await apiServer(pki.ip, (req, res) => {
      res.writeHead(req.headers.authorization === 'Bearer renewed' ? 200 : 401, { 'content-type': 'application/json' });
      res.end('{}');
    });
    const script = await plugin(credential('client.authentication.k8s.io/v1', { token: 'revoked' }));
    const client = await connect({ server: server.url, 'certificate-authority-data': b64(pki.ca.cert) }, execUser(script, 'client.authentication.k8s.io/v1'));
    await expect(client.version()).rejects.toMatchObject({ status: 401 });
    await respond(credential('client.authentication.k8s.io/v1', { token: 'renewed' }));
    await client.version();
    expect(server.seen.map((s) => s.headers.authorization)).toEqual(['Bearer revoked', 'Bearer revoked', 'Bearer renewed']);
    expect(await runs()).toBe(3);
  });

  it('fails with a ConfigurationError naming the user, the plugin\'s stderr and the installHint', async () => {
    const installHint = 'Install gke-gcloud-auth-plugin: gcloud components install gke-gcloud-auth-plugin';
    const script = await plugin('', 'echo "credentials expired, run gcloud auth login" >&2; exit 3');
    const client = await connect({ server: 'https://127.0.0.1:1' }, execUser(script, 'client.authentication.k8s.io/v1', { installHint }));
    const error = await failure(client.version()) as ConfigurationError;
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error.message).toBe(`The exec credential plugin of the kubeconfig's user "test-user" (${script}) exited with code 3: credentials expired, run gcloud auth login\n${installHint}`);
    expect(error.input).toBe('kubeconfig');

    const missing = await connect({ server: 'https://127.0.0.1:1' }, execUser('gke-gcloud-auth-plugin-not-installed', 'client.authentication.k8s.io/v1beta1', { installHint }));
    await expect(missing.version()).rejects.toThrow(`(gke-gcloud-auth-plugin-not-installed) was not found (ENOENT): it is not installed on the runner, or not on PATH\n${installHint}`);
  });

  it('refuses output it cannot trust without echoing it, and kills a plugin that hangs', async () => {
    const script = await plugin(credential('client.authentication.k8s.io/v1beta1', { token: 'leaky-secret' }));
    const wrongVersion = await connect({ server: 'https://127.0.0.1:1' }, execUser(script, 'client.authentication.k8s.io/v1'));
    const error = await failure(wrongVersion.version()) as Error;
    expect(error.message).toContain('answered with apiVersion "client.authentication.k8s.io/v1beta1", but the kubeconfig\'s exec.apiVersion is client.authentication.k8s.io/v1');
    await respond('token: leaky-secret');
    const notJson = await connect({ server: 'https://127.0.0.1:1' }, execUser(script, 'client.authentication.k8s.io/v1'));
    const parseError = await failure(notJson.version()) as Error;
    expect(parseError.message).toContain('printed something that is not JSON on stdout');
    expect(parseError.message).not.toContain('leaky-secret');
    await respond(credential('client.authentication.k8s.io/v1', { clientCertificateData: pki.client.cert }));
    await expect((await connect({ server: 'https://127.0.0.1:1' }, execUser(script, 'client.authentication.k8s.io/v1'))).version())
      .rejects.toThrow('with only one of status.clientCertificateData and status.clientKeyData');

    const hanging = await plugin(credential('client.authentication.k8s.io/v1', { token: 't' }), 'exec sleep 30');
    const slow = await connect({ server: 'https://127.0.0.1:1' }, execUser(hanging, 'client.authentication.k8s.io/v1'), { execTimeoutMs: 300 });
    await expect(slow.version()).rejects.toThrow(/\(.*plugin\.sh\) did not finish within 300 ms and was stopped/);
  });

  it('validates the exec stanza when the kubeconfig is resolved', async () => {
    const cluster = { server: 'https://127.0.0.1:1' };
    await expect(connect(cluster, { exec: { command: 'x', apiVersion: 'client.authentication.k8s.io/v1alpha1' } }))
      .rejects.toThrow('`apiVersion` is "client.authentication.k8s.io/v1alpha1"; valid: client.authentication.k8s.io/v1, client.authentication.k8s.io/v1beta1');
    await expect(connect(cluster, { exec: { apiVersion: 'client.authentication.k8s.io/v1' } })).rejects.toThrow('`command` is missing');
    await expect(connect(cluster, { exec: { command: 'x', apiVersion: 'client.authentication.k8s.io/v1', interactiveMode: 'Always' } }))
      .rejects.toThrow('`interactiveMode` is Always, but a CI job has no terminal');
    await expect(connect(cluster, { exec: { command: 'x', apiVersion: 'client.authentication.k8s.io/v1' }, 'auth-provider': { name: 'oidc' } }))
      .rejects.toThrow('has both `exec` and `auth-provider`');
  });

  it('never runs the plugin when a static token is also set, as client-go does', async () => {
    const server = await apiServer(pki.ip);
    const client = await connect({ server: server.url, 'certificate-authority-data': b64(pki.ca.cert) }, { token: 'wins', ...execUser(join(dir, 'absent-plugin'), 'client.authentication.k8s.io/v1') });
    await client.version();
    expect(server.seen[0]?.headers.authorization).toBe('Bearer wins');
  });
});

describe('auth-provider', () => {
  const jwt = (exp: number) => `${Buffer.from('{"alg":"RS256"}').toString('base64url')}.${Buffer.from(JSON.stringify({ sub: 'jane', exp })).toString('base64url')}.c2ln`;

  it('sends an oidc id-token as the bearer token, and explains an expired one', async () => {
    const server = await apiServer(pki.ip);
    const cluster = { server: server.url, 'certificate-authority-data': b64(pki.ca.cert) };
    const valid = jwt(Math.floor(Date.now() / 1000) + 3600);
    await (await connect(cluster, { 'auth-provider': { name: 'oidc', config: { 'id-token': valid, 'client-id': 'k8s', 'refresh-token': 'r' } } })).version();
    expect(server.seen[0]?.headers.authorization).toBe(`Bearer ${valid}`);
    expect(masked).toContain(valid);
    const expired = await connect(cluster, { 'auth-provider': { name: 'oidc', config: { 'id-token': jwt(1_700_000_000) } } });
    await expect(expired.version()).rejects.toThrow(/^The oidc id-token of the kubeconfig's user "test-user" expired at 2023-11-14T22:13:20.000Z; this client does not run the OIDC refresh flow/);
    await expect(connect(cluster, { 'auth-provider': { name: 'oidc', config: { 'refresh-token': 'r' } } })).rejects.toThrow('uses the oidc auth-provider without an id-token');
  });

  it('points gcp and azure users to the exec plugins that replaced them', async () => {
    const cluster = { server: 'https://127.0.0.1:1' };
    const gcp = await failure(connect(cluster, { 'auth-provider': { name: 'gcp', config: { 'access-token': 'ya29.x' } } })) as ConfigurationError;
    expect(gcp).toBeInstanceOf(ConfigurationError);
    expect(gcp.message).toMatch(/user "test-user" uses the gcp auth-provider, which kubectl removed in 1\.26; switch to the exec plugin: install gke-gcloud-auth-plugin/);
    await expect(connect(cluster, { 'auth-provider': { name: 'azure', config: {} } })).rejects.toThrow(/azure auth-provider, which kubectl removed in 1\.26; switch to the exec plugin: install kubelogin/);
    await expect(connect(cluster, { 'auth-provider': { name: 'keystone' } })).rejects.toThrow('uses the auth-provider "keystone", which is not supported');
  });
});

describe('proxy-url', () => {
  let proxy: TestProxy | undefined;
  afterEach(async () => {
    await proxy?.close();
    proxy = undefined;
  });

  it('tunnels through an HTTP proxy with CONNECT, keeping TLS and the client certificate end to end', async () => {
    const server = await apiServer(pki.ip);
    proxy = await startConnectProxy();
    const client = await connect(
      { server: server.url, 'certificate-authority-data': b64(pki.ca.cert), 'proxy-url': proxy.url },
      { 'client-certificate-data': b64(pki.client.cert), 'client-key-data': b64(pki.client.key), token: 'through-proxy' },
    );
    await client.version();
    await client.version();
    expect(proxy.targets[0]).toBe(`127.0.0.1:${server.port}`);
    expect(server.seen.map((s) => [s.clientCn, s.headers.authorization])).toEqual([['cert-user', 'Bearer through-proxy'], ['cert-user', 'Bearer through-proxy']]);
  });

  it('connects through a SOCKS5 proxy, which resolves the apiserver name as kubectl lets it', async () => {
    const server = await apiServer(pki.named);
    proxy = await startSocksProxy({ [NAMED_HOST]: '127.0.0.1' });
    const client = await connect({ server: `https://${NAMED_HOST}:${server.port}`, 'certificate-authority-data': b64(pki.ca.cert), 'proxy-url': proxy.url }, { token: 'socks' });
    await client.version();
    expect(proxy.targets).toEqual([`${NAMED_HOST}:${server.port}`]);
    expect(server.seen.map((s) => [s.servername, s.headers.authorization])).toEqual([[NAMED_HOST, 'Bearer socks']]);
  });

  it('refuses other proxy schemes, and masks a proxy password', async () => {
    await expect(connect({ server: 'https://127.0.0.1:1', 'proxy-url': 'ftp://proxy:21' }, undefined)).rejects.toThrow('proxy-url uses ftp; supported are http, https and socks5');
    await connect({ server: 'https://127.0.0.1:1', 'proxy-url': 'http://ci:pr%40xy-pass@proxy.example:3128' }, undefined);
    expect(masked).toContain('pr@xy-pass');
  });
});

describe('tokenKubeconfig', () => {
  it('carries the cluster\'s CA (read from its file), TLS name and proxy into a token kubeconfig that works', async () => {
    const server = await apiServer(pki.named);
    await mkdir(join(dir, 'certs'));
    await writeFile(join(dir, 'certs', 'ca.pem'), pki.ca.cert);
    const http = await startConnectProxy();
    closers.push(http.close);
    await writeFile(join(dir, 'config'), kubeconfig({ server: server.url, 'certificate-authority': 'certs/ca.pem', 'tls-server-name': NAMED_HOST, 'proxy-url': http.url }, { token: 'admin' }));
    const config = await resolveKubeConfig({ mask, env: { KUBECONFIG: join(dir, 'config') } });
    const yaml = await tokenKubeconfig(config, { token: 'minted-token', namespace: 'tenant-a', user: 'tenant-a-deployer' });
    const minted = await resolveKubeConfig({ kubeconfig: yaml, mask, env: {} });
    expect(minted).toMatchObject({ cluster: 'test-cluster', user: 'tenant-a-deployer', namespace: 'tenant-a' });
    const client = new KubeClient(minted, { retry: NO_RETRY });
    clients.push(client);
    expect(client.namespace).toBe('tenant-a');
    await client.version();
    expect(server.seen.map((s) => [s.servername, s.headers.authorization])).toEqual([[NAMED_HOST, 'Bearer minted-token']]);
    expect(http.targets).toEqual([`127.0.0.1:${server.port}`]);
  });
});
