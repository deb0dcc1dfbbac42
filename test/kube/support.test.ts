import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigurationError } from '@pipeline/core';
import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { obtainKubeBinaries } from './binaries.ts';
import { parseRequestInfo } from './fault-proxy.ts';
import { nodeTypeScriptFlags, parseImage, sampleImages } from './images.ts';
import { installLoopbackGuard, isLoopbackAddress } from './loopback-guard.ts';
import { descendants, parseProcNet, startNetworkAudit } from './net-audit.ts';

// Pure parts of the test control plane; no cluster needed.

describe('parseRequestInfo', () => {
  it.each([
    ['GET', '/api/v1/namespaces/a/pods', { verb: 'list', group: '', resource: 'pods', namespace: 'a', name: undefined }],
    ['GET', '/api/v1/namespaces/a/pods?watch=true&resourceVersion=5', { verb: 'watch', resource: 'pods', namespace: 'a' }],
    ['GET', '/api/v1/watch/namespaces/a/pods', { verb: 'watch', resource: 'pods', namespace: 'a' }],
    ['GET', '/api/v1/namespaces/a', { verb: 'get', resource: 'namespaces', name: 'a', namespace: undefined }],
    ['GET', '/api/v1/namespaces', { verb: 'list', resource: 'namespaces' }],
    ['PUT', '/apis/coordination.k8s.io/v1/namespaces/x/leases/lock', { verb: 'update', group: 'coordination.k8s.io', version: 'v1', resource: 'leases', name: 'lock' }],
    ['PATCH', '/apis/apps/v1/namespaces/x/deployments/web/status', { verb: 'patch', resource: 'deployments', subresource: 'status', name: 'web' }],
    ['POST', '/apis/apps/v1/namespaces/x/deployments', { verb: 'create', resource: 'deployments' }],
    ['DELETE', '/api/v1/namespaces/x/pods/p', { verb: 'delete', name: 'p' }],
    ['DELETE', '/api/v1/namespaces/x/pods', { verb: 'deletecollection' }],
    ['GET', '/apis/rbac.authorization.k8s.io/v1/clusterroles/view', { verb: 'get', resource: 'clusterroles', name: 'view', namespace: undefined }],
  ])('%s %s', (method, url, expected) => {
    expect(parseRequestInfo(method, url)).toMatchObject(expected);
  });

  it('leaves non-resource paths alone', () => {
    expect(parseRequestInfo('GET', '/version')).toBeUndefined();
    expect(parseRequestInfo('GET', '/apis/apps/v1')).toBeUndefined();
  });
});

describe('loopback rule', () => {
  it('accepts only 127.0.0.0/8, ::1 and localhost', () => {
    expect(['127.0.0.1', '127.3.4.5', '::1', '[::1]', '::ffff:127.0.0.1', 'localhost'].every(isLoopbackAddress)).toBe(true);
    expect(['10.244.0.5', '10.96.0.1', '0.0.0.0', '192.168.1.1', '::ffff:10.0.0.1', 'example.com', 'fe80::1'].some(isLoopbackAddress)).toBe(false);
  });

  it('refuses a non-loopback connect inside the process before any packet leaves', async () => {
    const remove = installLoopbackGuard();
    try {
      const error = await new Promise<NodeJS.ErrnoException>((resolve) => {
        const socket = connect({ host: '10.244.0.5', port: 8080 });
        socket.once('error', resolve);
      });
      expect(error.code).toBe('ELOOPBACKGUARD');
    } finally {
      remove();
    }
  });

  it('parses /proc/net socket tables, including IPv6', () => {
    const tcp = [
      '  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode',
      '   0: 0100007F:1F90 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 1001 1 0 100 0 0 10 0',
      '   1: 0100007F:A000 0500F40A:1F90 02 00000000:00000000 00:00000000 00000000     0        0 1002 1 0 100 0 0 10 0',
    ].join('\n');
    expect(parseProcNet(tcp, 'tcp').map((e) => [e.remoteHost, e.remotePort, e.state, e.inode])).toEqual([
      ['0.0.0.0', 0, 'LISTEN', 1001],
      ['10.244.0.5', 8080, 'SYN_SENT', 1002],
    ]);
    const tcp6 = [
      '  sl  local_address                         remote_address                        st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode',
      '   0: 00000000000000000000000001000000:1F90 00000000000000000000000001000000:C350 01 00000000:00000000 00:00000000 00000000 0 0 2001 1',
      '   1: 0000000000000000FFFF00000100007F:1F90 0000000000000000FFFF00000500F40A:C350 01 00000000:00000000 00:00000000 00000000 0 0 2002 1',
    ].join('\n');
    expect(parseProcNet(tcp6, 'tcp6').map((e) => e.remoteHost)).toEqual(['::1', '::ffff:10.244.0.5']);
  });

  it('attributes sockets to the audited process tree', async () => {
    const server = createServer((s) => s.resume());
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const client = connect({ host: '127.0.0.1', port: (server.address() as AddressInfo).port });
    await new Promise((resolve) => client.once('connect', resolve));
    // Treat loopback as forbidden for this one audit, so our own live connection must be reported.
    const audit = startNetworkAudit({ allowed: () => false, intervalMs: 60_000 });
    try {
      const mine = audit.violations().filter((v) => v.pid === process.pid && v.remote.endsWith(`:${(server.address() as AddressInfo).port}`));
      expect(mine).toHaveLength(1);
      expect(mine[0]?.state).toBe('ESTABLISHED');
      expect(descendants(process.pid)).toContain(process.pid);
    } finally {
      audit.stop();
      client.destroy();
      server.close();
    }
  });
});

describe('sample images', () => {
  it('parses image references', () => {
    expect(parseImage('sample-app:v2')).toEqual({ name: 'sample-app', tag: 'v2' });
    expect(parseImage('registry.example:5000/team/sample-app:v1-slow@sha256:abc')).toEqual({ name: 'sample-app', tag: 'v1-slow' });
    expect(parseImage('busybox')).toEqual({ name: 'busybox', tag: 'latest' });
  });

  it('maps sample-app tags to the app with version, latency, errors or crashes, and nothing else', () => {
    const images = sampleImages('/usr/bin/node-under-test');
    expect(images('sample-app:v1')?.env).toEqual({ APP_VERSION: 'v1' });
    expect(images('sample-app:v2-slow')?.env).toEqual({ APP_VERSION: 'v2', LATENCY_MS: '500' });
    expect(images('sample-app:v2-errors')?.env).toEqual({ APP_VERSION: 'v2', ERROR_RATE: '0.5' });
    expect(images('sample-app:v3.1-crash')?.env).toEqual({ APP_VERSION: 'v3.1', CRASH_AFTER_MS: '1000' });
    expect(images('sample-app:v1')?.file).toBe('/usr/bin/node-under-test');
    expect(images('sample-app:latest')).toBeUndefined();
    expect(images('sample-app:v2-broken')).toBeUndefined();
    expect(images('nginx:1.25')).toBeUndefined();
  });

  it('knows which Node versions run TypeScript directly', () => {
    expect(nodeTypeScriptFlags({ ...process.versions, node: '24.1.0' })).toEqual(['--disable-warning=ExperimentalWarning']);
    expect(nodeTypeScriptFlags({ ...process.versions, node: '22.8.0' })).toContain('--experimental-strip-types');
    expect(() => nodeTypeScriptFlags({ ...process.versions, node: '20.19.0' })).toThrow(/Node >= 22.6/);
  });
});

describe('obtainKubeBinaries', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kube-binaries-test-'));
  const fake = (name: string, executable = true) => {
    const path = join(dir, name);
    writeFileSync(path, '#!/bin/sh\nexit 0\n');
    chmodSync(path, executable ? 0o755 : 0o644);
    return path;
  };
  const assets = join(dir, 'assets');
  const envtest = mkdtempSync(join(dir, 'envtest-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const noBuild = { log: () => undefined };

  it('prefers the explicit PIPELINE_* variables', async () => {
    const env = { PIPELINE_ETCD: fake('etcd'), PIPELINE_KUBE_APISERVER: fake('kube-apiserver'), PIPELINE_KUBE_CONTROLLER_MANAGER: fake('kube-controller-manager') };
    expect(await obtainKubeBinaries({ ...noBuild, env })).toEqual({
      etcd: env.PIPELINE_ETCD, kubeApiserver: env.PIPELINE_KUBE_APISERVER, kubeControllerManager: env.PIPELINE_KUBE_CONTROLLER_MANAGER, source: 'env',
    });
  });

  it('takes the envtest layout from KUBEBUILDER_ASSETS', async () => {
    for (const name of ['etcd', 'kube-apiserver', 'kube-controller-manager']) {
      const path = join(envtest, name);
      writeFileSync(path, '#!/bin/sh\n');
      chmodSync(path, 0o755);
    }
    const found = await obtainKubeBinaries({ ...noBuild, env: { KUBEBUILDER_ASSETS: envtest } });
    expect(found).toEqual({
      etcd: join(envtest, 'etcd'), kubeApiserver: join(envtest, 'kube-apiserver'), kubeControllerManager: join(envtest, 'kube-controller-manager'), source: 'kubebuilder-assets',
    });
  });

  it('refuses to pair an envtest apiserver with a controller-manager of another version', async () => {
    rmSync(join(envtest, 'kube-controller-manager'));
    await expect(obtainKubeBinaries({ ...noBuild, env: { KUBEBUILDER_ASSETS: envtest } })).rejects.toThrow(ConfigurationError);
    await expect(obtainKubeBinaries({ ...noBuild, env: { KUBEBUILDER_ASSETS: envtest } })).rejects.toThrow(/set PIPELINE_KUBE_CONTROLLER_MANAGER/);
  });

  it('names the variable that points at something unusable', async () => {
    const env = { PIPELINE_KUBE_APISERVER: fake('not-executable', false), PIPELINE_KUBE_CONTROLLER_MANAGER: fake('kcm') };
    await expect(obtainKubeBinaries({ ...noBuild, env })).rejects.toThrow(/PIPELINE_KUBE_APISERVER=.*not-executable is not an executable file/);
    await expect(obtainKubeBinaries({ ...noBuild, env: { PIPELINE_ETCD: assets, ...env, PIPELINE_KUBE_APISERVER: fake('kube-apiserver') } }))
      .rejects.toThrow(/PIPELINE_ETCD=/);
  });
});
