import { existsSync, statSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConfigurationError } from '@pipeline/core';
import { KubeClient, removeTempKubeconfig, resolveKubeConfig, writeTempKubeconfig } from '../src/index.ts';

const TOKEN = 'eyJhbGciOiJSUzI1NiJ9.c2VjcmV0LXRva2Vu.c2lnbmF0dXJlLXZhbHVl';
const KEY_PEM = '-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEIBkg4LVWM9nuwNSk3yByxZpYRTBnVJk5oa3nrVbnQJL3oAoGCCqGSM49\nAwEHoUQDQgAEs5bXQfTF3Ufi6vJ/7Yw0Zm9vYmFyYmF6cXV4cXV1eGNvcmdl\n-----END EC PRIVATE KEY-----\n';
const CERT_PEM = '-----BEGIN CERTIFICATE-----\nMIIBfzCCASWgAwIBAgIUQ2VydGlmaWNhdGVib2R5bGluZW9uZTAKBggqhkjOPQQD\nAjAVMRMwEQYDVQQDDApwaXBlbGluZS1jYTAeFw0yNDAxMDEwMDAwMDBaFw0zNDAx\n-----END CERTIFICATE-----\n';
const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');

function kubeconfig(extra: { current?: string | null } = {}): string {
  const current = extra.current === null ? '' : `current-context: ${extra.current ?? 'prod'}\n`;
  return `apiVersion: v1
kind: Config
clusters:
  - name: prod-cluster
    cluster:
      server: https://203.0.113.10:6443/
      certificate-authority-data: ${b64(CERT_PEM)}
  - name: staging-cluster
    cluster:
      server: https://198.51.100.7:6443
users:
  - name: deployer
    user:
      token: ${TOKEN}
  - name: cert-user
    user:
      client-certificate-data: ${b64(CERT_PEM)}
      client-key-data: ${b64(KEY_PEM)}
contexts:
  - name: prod
    context: { cluster: prod-cluster, user: deployer, namespace: shop }
  - name: staging
    context: { cluster: staging-cluster, user: cert-user }
${current}`;
}

let masked: string[];
const mask = (s: string) => {
  masked.push(s);
};
let dir: string;

beforeEach(async () => {
  masked = [];
  dir = await mkdtemp(join(tmpdir(), 'kube-config-test-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('resolveKubeConfig', () => {
  it('reads a raw YAML kubeconfig input and selects its current context', async () => {
    const config = await resolveKubeConfig({ kubeconfig: kubeconfig(), mask, env: {} });
    expect(config).toMatchObject({ source: 'input', context: 'prod', cluster: 'prod-cluster', user: 'deployer', server: 'https://203.0.113.10:6443', namespace: 'shop' });
    expect((await config.auth.credentials()).headers).toEqual({ authorization: `Bearer ${TOKEN}` });
    expect(await config.auth.certificateAuthority()).toEqual(Buffer.from(CERT_PEM));
    const client = new KubeClient(config);
    expect(client.namespace).toBe('shop');
    expect(client.server).toBe('https://203.0.113.10:6443');
    expect(new KubeClient(config, { namespace: 'other' }).namespace).toBe('other');
  });

  it('accepts the same kubeconfig as base64 (wrapped or not), and a `context` that overrides current-context', async () => {
    const wrapped = b64(kubeconfig()).replace(/(.{76})/g, '$1\n');
    const config = await resolveKubeConfig({ kubeconfig: wrapped, context: 'staging', mask, env: {} });
    expect(config).toMatchObject({ source: 'input', context: 'staging', user: 'cert-user', namespace: undefined });
    expect(new KubeClient(config).namespace).toBe('default');
    const { headers, tls } = await config.auth.credentials();
    expect(headers).toEqual({});
    expect([tls.cert?.toString(), tls.key?.toString()]).toEqual([CERT_PEM, KEY_PEM]);
    // Only the selected context, cluster and user go into the exported file.
    const exported = config.toYaml();
    expect(exported).toContain('name: staging-cluster');
    expect(exported).not.toContain('prod-cluster');
    expect(exported).not.toContain(TOKEN);
  });

  it('masks tokens, keys and certificates (encoded and decoded) and the whole document, without masking PEM armour', async () => {
    const raw = kubeconfig();
    await resolveKubeConfig({ kubeconfig: raw, mask, env: {} });
    expect(masked).toContain(TOKEN);
    expect(masked).toContain(b64(KEY_PEM));
    expect(masked).toContain(b64(CERT_PEM));
    // Each base64 line of the decoded key, as the runner matches line by line.
    expect(masked).toContain('MHcCAQEEIBkg4LVWM9nuwNSk3yByxZpYRTBnVJk5oa3nrVbnQJL3oAoGCCqGSM49');
    expect(masked).toContain(raw.trim());
    expect(masked).toContain(b64(raw.trim()));
    expect(masked.some((m) => m.includes('BEGIN'))).toBe(false);
    // Whole-document lines such as "kind: Config" would blank out ordinary log lines.
    expect(masked).not.toContain('kind: Config');
  });

  it('names the valid contexts when the requested one does not exist, without echoing credentials', async () => {
    const error = await resolveKubeConfig({ kubeconfig: kubeconfig(), context: 'production', mask, env: {} }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as ConfigurationError).message).toBe('Context "production" is not in the kubeconfig from the `kubeconfig` input; valid contexts: prod, staging');
    expect((error as ConfigurationError).input).toBe('context');
  });

  it('asks for a context when there is no current-context and several exist', async () => {
    await expect(resolveKubeConfig({ kubeconfig: kubeconfig({ current: null }), mask, env: {} }))
      .rejects.toThrow('has no current-context; set the `context` input to one of: prod, staging');
  });

  it('reports YAML errors by position only, never quoting the document', async () => {
    const broken = `apiVersion: v1\nusers:\n  - name: x\n    user: { token: ${TOKEN}\n`;
    const error = await resolveKubeConfig({ kubeconfig: broken, mask, env: {} }).catch((e: unknown) => e) as ConfigurationError;
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error.message).toMatch(/^The `kubeconfig` input is not valid YAML at line \d+, column \d+ \([A-Z_]+\); expected a kubeconfig/);
    expect(error.message).not.toContain(TOKEN);
    expect(error.input).toBe('kubeconfig');
    // Masking happened before parsing, so even a crash later could not print the token.
    expect(masked).toContain(broken.trim());
  });

  it('rejects base64 that is not a kubeconfig, a file path, a missing server and an unknown user', async () => {
    await expect(resolveKubeConfig({ kubeconfig: b64('\u0000\u0001binary'), mask, env: {} })).rejects.toThrow('looks like base64 but does not decode to a kubeconfig');
    await expect(resolveKubeConfig({ kubeconfig: '/home/runner/.kube/config', mask, env: {} })).rejects.toThrow('if it is a file path, set KUBECONFIG to it instead');
    const noServer = kubeconfig().replace('server: https://203.0.113.10:6443/', 'insecure-skip-tls-verify: true');
    await expect(resolveKubeConfig({ kubeconfig: noServer, mask, env: {} })).rejects.toThrow('Cluster "prod-cluster" in the kubeconfig needs `server`');
    const badUser = kubeconfig().replace('user: deployer, namespace', 'user: nobody, namespace');
    await expect(resolveKubeConfig({ kubeconfig: badUser, mask, env: {} })).rejects.toThrow('names user "nobody", which the kubeconfig does not define; defined users: deployer, cert-user');
  });

  it('falls back to KUBECONFIG files, merged first-wins, with paths relative to each file', async () => {
    await mkdir(join(dir, 'a'));
    await mkdir(join(dir, 'b'));
    await writeFile(join(dir, 'a', 'config'), `apiVersion: v1\nkind: Config\ncurrent-context: one\nclusters:\n  - name: c1\n    cluster: { server: https://192.0.2.1, certificate-authority: ca.crt }\nusers:\n  - name: u1\n    user: { token: ${TOKEN} }\ncontexts:\n  - name: one\n    context: { cluster: c1, user: u1 }\n`);
    await writeFile(join(dir, 'b', 'config'), 'apiVersion: v1\nkind: Config\ncurrent-context: two\nclusters:\n  - name: c1\n    cluster: { server: https://192.0.2.99 }\n  - name: c2\n    cluster: { server: https://192.0.2.2 }\ncontexts:\n  - name: two\n    context: { cluster: c2 }\n');
    const env = { KUBECONFIG: `${join(dir, 'a', 'config')}:${join(dir, 'b', 'config')}` };
    const one = await resolveKubeConfig({ mask, env });
    expect(one).toMatchObject({ source: 'KUBECONFIG', context: 'one', server: 'https://192.0.2.1' });
    // certificate-authority: ca.crt is read from beside the file that named it.
    await expect(one.auth.certificateAuthority()).rejects.toThrow(`The kubeconfig's cluster "c1": certificate-authority names ${join(dir, 'a', 'ca.crt')}, which cannot be read (ENOENT)`);
    await writeFile(join(dir, 'a', 'ca.crt'), CERT_PEM);
    expect(await one.auth.certificateAuthority()).toEqual(Buffer.from(CERT_PEM));
    expect(masked).toContain(TOKEN);
    const two = await resolveKubeConfig({ mask, env, context: 'two' });
    expect(two).toMatchObject({ server: 'https://192.0.2.2', user: '' });
    await expect(resolveKubeConfig({ mask, env: { KUBECONFIG: join(dir, 'missing') } })).rejects.toThrow(`KUBECONFIG names ${join(dir, 'missing')}, which cannot be read (ENOENT)`);
  });

  it('uses the in-cluster service account, re-reading its token file', async () => {
    const sa = join(dir, 'sa');
    await mkdir(sa);
    await writeFile(join(sa, 'token'), `${TOKEN}\n`);
    await writeFile(join(sa, 'ca.crt'), CERT_PEM);
    await writeFile(join(sa, 'namespace'), 'tenant-a');
    const config = await resolveKubeConfig({ mask, env: { KUBERNETES_SERVICE_HOST: 'fd00::1', KUBERNETES_SERVICE_PORT: '443' }, serviceAccountDir: sa });
    expect(config).toMatchObject({ source: 'in-cluster', server: 'https://[fd00::1]:443', namespace: 'tenant-a' });
    expect(masked).toContain(TOKEN);
    expect((await config.auth.credentials()).headers).toEqual({ authorization: `Bearer ${TOKEN}` });
    expect(await config.auth.certificateAuthority()).toEqual(Buffer.from(CERT_PEM));
    expect(config.toYaml()).toContain(`tokenFile: ${join(sa, 'token')}`);
  });

  it('explains every way to supply credentials when there are none', async () => {
    await expect(resolveKubeConfig({ mask, env: {}, serviceAccountDir: join(dir, 'none') }))
      .rejects.toThrow(/the `kubeconfig` input is empty, KUBECONFIG is not set, and this is not running inside a cluster/);
  });
});

describe('temporary kubeconfig files', () => {
  it('writes 0600 files in a private directory under RUNNER_TEMP, and disposes of them', async () => {
    const env = { RUNNER_TEMP: dir };
    const file = await writeTempKubeconfig('apiVersion: v1\nkind: Config\n', env);
    expect(file.path.startsWith(join(dir, 'pipeline-kube-'))).toBe(true);
    expect(statSync(file.path).mode & 0o777).toBe(0o600);
    expect(statSync(join(file.path, '..')).mode & 0o777).toBe(0o700);
    await file.dispose();
    expect(existsSync(file.path)).toBe(false);
    await file.dispose();
  });

  it('lets a post: step remove the file by path, and refuses paths it did not create', async () => {
    const env = { RUNNER_TEMP: dir };
    const file = await writeTempKubeconfig('x', env);
    await writeFile(join(dir, 'kubeconfig'), 'not ours');
    expect(await removeTempKubeconfig(join(dir, 'kubeconfig'), env)).toBe(false);
    expect(await removeTempKubeconfig('/etc/kubeconfig', env)).toBe(false);
    expect(await removeTempKubeconfig(join(dir, 'pipeline-kube-x', '..', '..', 'kubeconfig'), env)).toBe(false);
    expect(await removeTempKubeconfig('', env)).toBe(false);
    expect(await removeTempKubeconfig(file.path, env)).toBe(true);
    expect(existsSync(file.path)).toBe(false);
    expect(existsSync(join(dir, 'kubeconfig'))).toBe(true);
  });
});
