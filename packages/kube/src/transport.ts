import { Agent as HttpAgent } from 'node:http';
import { Agent as HttpsAgent } from 'node:https';
import type { RequestOptions as HttpsRequestOptions } from 'node:https';
import { HttpsProxyAgent } from 'https-proxy-agent';
import { SocksProxyAgent } from 'socks-proxy-agent';
import type { TlsSettings } from './auth.ts';

export interface AgentOptions {
  maxSockets: number;
  /** The cluster's proxy-url (http, https or socks5), already validated. */
  proxyUrl: string | undefined;
}

/**
 * A keep-alive agent for the apiserver, direct or through the cluster's proxy-url: an HTTP(S)
 * proxy is asked to CONNECT (so TLS, and the client certificate, run end to end), a SOCKS5 proxy
 * to open the connection. socks5:// is sent as socks5h://, letting the proxy resolve the
 * apiserver's name as kubectl's SOCKS dialer does: behind a bastion, only the proxy can.
 */
export function createAgent(server: URL, options: AgentOptions): HttpAgent {
  const common = { keepAlive: true, maxSockets: options.maxSockets };
  const proxy = options.proxyUrl;
  if (proxy === undefined) return server.protocol === 'http:' ? new HttpAgent(common) : new HttpsAgent(common);
  const url = new URL(proxy);
  if (url.protocol === 'socks5:') url.protocol = 'socks5h:';
  return url.protocol.startsWith('socks') ? new SocksProxyAgent(url, common) : new HttpsProxyAgent(url, common);
}

/**
 * The TLS options of one request. They travel with the request rather than the agent because a
 * proxy agent uses its own constructor options for the connection to an https:// proxy, which the
 * cluster's CA and client certificate are not meant for. Node's https agent keys its socket pool
 * by these same options, so connections are never shared across different material.
 */
export function tlsRequestOptions(tls: TlsSettings): HttpsRequestOptions {
  return {
    ...(tls.ca === undefined ? {} : { ca: tls.ca }),
    ...(tls.cert === undefined ? {} : { cert: tls.cert }),
    ...(tls.key === undefined ? {} : { key: tls.key }),
    // Left unset unless insecure, so NODE_TLS_REJECT_UNAUTHORIZED keeps its usual meaning.
    ...(tls.insecure ? { rejectUnauthorized: false } : {}),
    ...(tls.servername === undefined ? {} : { servername: tls.servername }),
  };
}

/**
 * Stops an agent from taking new work without cutting what it carries: idle sockets close now,
 * busy ones when their response ends (a long watch keeps its connection until it finishes).
 */
export function retireAgent(agent: HttpAgent): void {
  // Node's agent destroys a freed socket, instead of pooling it, when keepSocketAlive says no.
  agent.keepSocketAlive = () => false;
  for (const sockets of Object.values(agent.freeSockets)) for (const socket of sockets ?? []) socket.destroy();
}
