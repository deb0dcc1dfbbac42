import { generateKeyPairSync } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { exec } from '@pipeline/core';
import type { Exec } from '@pipeline/core';

export interface PlanePki {
  caCertPath: string;
  caKeyPath: string;
  /** Serving certificate for 127.0.0.1/localhost and the in-cluster names; proxies in front of the apiserver reuse it. */
  servingCertPath: string;
  servingKeyPath: string;
  serviceAccountKeyPath: string;
  serviceAccountPubPath: string;
  caPem: string;
}

const SANS = [
  'IP:127.0.0.1',
  'DNS:localhost',
  'IP:10.96.0.1',
  'DNS:kubernetes',
  'DNS:kubernetes.default',
  'DNS:kubernetes.default.svc',
  'DNS:kubernetes.default.svc.cluster.local',
];

/**
 * Creates the plane's CA, the apiserver's serving certificate and the service-account signing
 * key in `dir`, offline: openssl signs the certificates (node:crypto cannot issue X.509), and
 * node:crypto makes the service-account key pair.
 */
export async function createPki(dir: string, options: { openssl?: string; run?: Exec } = {}): Promise<PlanePki> {
  const run = options.run ?? exec;
  const p = (name: string) => join(dir, name);
  const openssl = async (args: string[]) => {
    const r = await run(options.openssl ?? 'openssl', args, { timeoutMs: 30_000 });
    if (r.exitCode !== 0) throw new Error(`openssl ${args.slice(0, 2).join(' ')} failed (${r.exitCode}): ${r.stderr}`);
  };
  const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];
  await openssl(['req', '-x509', ...ec, '-keyout', p('ca.key'), '-out', p('ca.crt'), '-days', '30', '-subj', '/CN=pipeline-test-ca']);
  await openssl(['req', '-new', ...ec, '-keyout', p('serving.key'), '-out', p('serving.csr'), '-subj', '/CN=kube-apiserver']);
  await writeFile(p('serving.ext'), [
    `subjectAltName=${SANS.join(',')}`,
    'keyUsage=critical,digitalSignature,keyEncipherment',
    'extendedKeyUsage=serverAuth',
    'basicConstraints=critical,CA:FALSE',
    '',
  ].join('\n'));
  await openssl(['x509', '-req', '-in', p('serving.csr'), '-CA', p('ca.crt'), '-CAkey', p('ca.key'), '-CAcreateserial',
    '-out', p('serving.crt'), '-days', '30', '-extfile', p('serving.ext')]);

  const sa = generateKeyPairSync('ec', {
    namedCurve: 'prime256v1',
    privateKeyEncoding: { type: 'sec1', format: 'pem' },
    publicKeyEncoding: { type: 'spki', format: 'pem' },
  });
  await writeFile(p('sa.key'), sa.privateKey, { mode: 0o600 });
  await writeFile(p('sa.pub'), sa.publicKey);

  return {
    caCertPath: p('ca.crt'),
    caKeyPath: p('ca.key'),
    servingCertPath: p('serving.crt'),
    servingKeyPath: p('serving.key'),
    serviceAccountKeyPath: p('sa.key'),
    serviceAccountPubPath: p('sa.pub'),
    caPem: await readFile(p('ca.crt'), 'utf8'),
  };
}
