import { maskSecret } from '@pipeline/core';
import type { Masker } from '@pipeline/core';
import { stringify } from 'yaml';
import type { KubeClient } from './client.ts';
import type { ResolvedKubeConfig } from './kubeconfig.ts';

export interface ServiceAccountToken {
  token: string;
  expiresAt: Date | undefined;
}

export interface TokenRequestOptions {
  namespace: string;
  serviceAccount: string;
  /** Lifetime asked for; the apiserver may shorten it (default 1 h, at least 10 min). */
  expirationSeconds?: number;
  audiences?: readonly string[];
}

/**
 * Mints a short-lived token for a ServiceAccount through the TokenRequest API and masks it
 * before returning. Nothing is stored server-side, so the POST is safe to repeat: a lost answer
 * only means a token nobody holds, which expires on its own.
 */
export async function requestServiceAccountToken(client: KubeClient, options: TokenRequestOptions, mask: Masker): Promise<ServiceAccountToken> {
  const spec: Record<string, unknown> = { expirationSeconds: Math.max(600, options.expirationSeconds ?? 3600) };
  if (options.audiences !== undefined) spec['audiences'] = [...options.audiences];
  const answer = await client.request<{ status?: { token?: string; expirationTimestamp?: string } }>({
    method: 'POST',
    path: `/api/v1/namespaces/${encodeURIComponent(options.namespace)}/serviceaccounts/${encodeURIComponent(options.serviceAccount)}/token`,
    body: { apiVersion: 'authentication.k8s.io/v1', kind: 'TokenRequest', spec },
    idempotent: true,
  });
  const token = answer.status?.token;
  if (token === undefined || token === '') throw new Error(`TokenRequest for ${options.namespace}/${options.serviceAccount} returned no token`);
  maskSecret(token, mask);
  const expiry = answer.status?.expirationTimestamp;
  return { token, expiresAt: expiry === undefined ? undefined : new Date(expiry) };
}

/**
 * A self-contained kubeconfig that reaches the same cluster as `config` (server, CA, TLS name,
 * proxy) but authenticates with `token`, defaulting to `namespace`. Contains the token: never log it.
 */
export async function tokenKubeconfig(config: Pick<ResolvedKubeConfig, 'auth' | 'cluster'>, options: { token: string; namespace?: string; user?: string }): Promise<string> {
  const { auth } = config;
  const entry: Record<string, unknown> = { server: auth.server };
  const ca = await auth.certificateAuthority();
  if (ca !== undefined) entry['certificate-authority-data'] = ca.toString('base64');
  if (auth.insecureSkipTlsVerify) entry['insecure-skip-tls-verify'] = true;
  if (auth.tlsServerName !== undefined) entry['tls-server-name'] = auth.tlsServerName;
  if (auth.proxyUrl !== undefined) entry['proxy-url'] = auth.proxyUrl;
  const user = options.user ?? 'token-user';
  return stringify({
    apiVersion: 'v1',
    kind: 'Config',
    clusters: [{ name: config.cluster, cluster: entry }],
    users: [{ name: user, user: { token: options.token } }],
    contexts: [{ name: user, context: { cluster: config.cluster, user, ...(options.namespace === undefined ? {} : { namespace: options.namespace }) } }],
    'current-context': user,
  });
}
