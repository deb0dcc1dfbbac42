import { request as httpRequest } from 'node:http';
import type { Agent as HttpAgent, ClientRequest, IncomingHttpHeaders, IncomingMessage, OutgoingHttpHeaders } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { Logger } from '@pipeline/core';
import type { ClusterAuth, Credentials } from './auth.ts';
import type { ApiResource } from './discovery.ts';
import { Discovery, collectionPath, objectPath } from './discovery.ts';
import { KubeApiError, KubeConnectionError, isNotFound } from './errors.ts';
import type { KubeConfigOptions, ResolvedKubeConfig } from './kubeconfig.ts';
import { resolveKubeConfig } from './kubeconfig.ts';
import { normaliseQuantities } from './normalise.ts';
import { createAgent, retireAgent, tlsRequestOptions } from './transport.ts';
import type { RetryPolicy } from './retry.ts';
import { DEFAULT_RETRY_POLICY, isIdempotentRequest, parseRetryAfter, withRetry } from './retry.ts';
import type { KubeList, KubeObject, KubeStatus, ObjectRef } from './types.ts';

export const DEFAULT_FIELD_MANAGER = 'pipeline';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
export type Query = Record<string, string | number | boolean | undefined>;

export interface KubeRequest {
  method: HttpMethod;
  /** Path under the server URL: /api/v1/namespaces. */
  path: string;
  query?: Query;
  /** Serialised as JSON (which is also valid YAML for apply patches). */
  body?: unknown;
  contentType?: string;
  /** Overrides the method-based classification, e.g. true for a SubjectAccessReview POST, which stores nothing. */
  idempotent?: boolean;
  /** Gives up on a request with no activity for this long (ms). */
  timeoutMs?: number;
  signal?: AbortSignal;
  /** 'none' sends exactly one attempt. */
  retry?: 'default' | 'none';
}

export interface KubeResponse<T = unknown> {
  status: number;
  headers: IncomingHttpHeaders;
  body: T;
}

/** One HTTP exchange, for request counting in tests and benchmarks. */
export interface RequestRecord {
  method: HttpMethod;
  path: string;
  /** HTTP status, or undefined when there was no answer. */
  status: number | undefined;
  attempt: number;
  durationMs: number;
  error?: string;
}

export interface KubeClientOptions {
  logger?: Logger;
  retry?: Partial<RetryPolicy>;
  /** Per-request inactivity timeout (default 30 s). */
  requestTimeoutMs?: number;
  /** Field manager for server-side apply (default `pipeline`). */
  fieldManager?: string;
  /** Namespace for namespaced objects that name none (default: the context's, else `default`). */
  namespace?: string;
  userAgent?: string;
  /** Concurrent connections to the apiserver (default 16). */
  maxSockets?: number;
  onRequest?: (record: RequestRecord) => void;
}

export interface ListOptions {
  namespace?: string;
  labelSelector?: string;
  fieldSelector?: string;
  /** Page size; pages are fetched until the list is complete. */
  limit?: number;
  signal?: AbortSignal;
}

export interface DeleteOptions {
  propagationPolicy?: 'Foreground' | 'Background' | 'Orphan';
  gracePeriodSeconds?: number;
  /** Delete only if the object still has this resourceVersion (or uid). */
  preconditions?: { resourceVersion?: string; uid?: string };
  dryRun?: boolean;
}

export interface ApplyCallOptions {
  force?: boolean;
  dryRun?: boolean;
  fieldManager?: string;
  signal?: AbortSignal;
}

interface Transport {
  agent: HttpAgent;
  /** The TlsSettings id the agent's connections were made with. */
  key: string;
}

/** What a client needs of a resolved kubeconfig: how to reach and authenticate, and the default namespace. */
export type KubeTarget = Pick<ResolvedKubeConfig, 'auth' | 'namespace'>;

/**
 * A Kubernetes API client for objects of any kind and version. Authentication comes from the
 * kubeconfig's ClusterAuth (tokens, token files, client certificates, exec plugins, in-cluster
 * tokens), and requests go over Node's own HTTP stack so every status, header and byte of a
 * watch stream is visible. Idempotent calls are retried on 429/5xx/connection failures; a 401
 * is sent once more when renewing the credentials (a rotated token file, a re-run exec plugin)
 * produced different ones.
 */
export class KubeClient {
  readonly server: string;
  readonly namespace: string;
  readonly fieldManager: string;
  readonly logger: Logger | undefined;
  readonly discovery: Discovery;
  readonly retryPolicy: RetryPolicy;
  private readonly auth: ClusterAuth;
  private readonly base: URL;
  private readonly requestTimeoutMs: number;
  private readonly userAgent: string;
  private readonly maxSockets: number;
  private readonly onRequest: ((record: RequestRecord) => void) | undefined;
  private transport: Transport | undefined;
  /** Agents replaced after a TLS credential change (rare: a renewed certificate), which may still carry requests; close() ends them. */
  private readonly retired = new Set<HttpAgent>();

  /** `config` is usually resolveKubeConfig's answer; fromConfig does both steps. */
  constructor(config: KubeTarget, options: KubeClientOptions = {}) {
    this.auth = config.auth;
    this.server = config.auth.server;
    this.base = new URL(config.auth.server);
    this.namespace = options.namespace ?? config.namespace ?? 'default';
    this.fieldManager = options.fieldManager ?? DEFAULT_FIELD_MANAGER;
    this.logger = options.logger;
    this.retryPolicy = { ...DEFAULT_RETRY_POLICY, ...options.retry };
    this.requestTimeoutMs = options.requestTimeoutMs ?? 30_000;
    this.userAgent = options.userAgent ?? 'pipeline-kube';
    this.maxSockets = options.maxSockets ?? 16;
    this.onRequest = options.onRequest;
    this.discovery = new Discovery(async (path) => {
      try {
        return await this.request({ method: 'GET', path });
      } catch (error) {
        if (isNotFound(error)) return undefined;
        throw error;
      }
    });
  }

  /** Resolves credentials (input, KUBECONFIG or in-cluster; see resolveKubeConfig) and builds a client. */
  static async fromConfig(options: KubeConfigOptions & KubeClientOptions): Promise<{ client: KubeClient; config: ResolvedKubeConfig }> {
    const config = await resolveKubeConfig(options);
    const client = new KubeClient(config, options);
    return { client, config };
  }

  /** Releases pooled connections; in-flight requests fail. */
  close(): void {
    this.transport?.agent.destroy();
    this.transport = undefined;
    for (const agent of this.retired) agent.destroy();
    this.retired.clear();
  }

  // ---- low level --------------------------------------------------------------------------

  /** Sends a request (with retries where safe) and returns the parsed JSON body; non-2xx throws KubeApiError. */
  async request<T = unknown>(req: KubeRequest): Promise<T> {
    return (await this.exchange<T>(req)).body;
  }

  /** Like request, with the status and headers. */
  async exchange<T = unknown>(req: KubeRequest): Promise<KubeResponse<T>> {
    const idempotent = req.idempotent ?? isIdempotentRequest(req.method, req.contentType, req.body);
    const once = (attempt: number) => this.send<T>(req, attempt);
    if (req.retry === 'none') return once(1);
    return withRetry(once, {
      idempotent,
      policy: this.retryPolicy,
      describe: `${req.method} ${req.path}`,
      ...(this.logger === undefined ? {} : { logger: this.logger }),
      ...(req.signal === undefined ? {} : { signal: req.signal }),
    });
  }

  /** The agent for connections made with `credentials`' TLS material: kept while it stays the same. */
  private transportFor(credentials: Credentials): Transport {
    const key = credentials.tls.id;
    if (this.transport?.key === key) return this.transport;
    // New material (a rotated client certificate): open new connections with it, and let the old
    // agent finish what it carries, so a watch or a create in flight is not cut.
    if (this.transport !== undefined) {
      const old = this.transport.agent;
      this.retired.add(old);
      retireAgent(old);
    }
    this.transport = { agent: createAgent(this.base, { maxSockets: this.maxSockets, proxyUrl: this.auth.proxyUrl }), key };
    return this.transport;
  }

  private url(path: string, query: Query | undefined): URL {
    const prefix = this.base.pathname.replace(/\/$/, '');
    const url = new URL(`${prefix}${path}`, this.base);
    for (const [k, v] of Object.entries(query ?? {})) if (v !== undefined) url.searchParams.set(k, String(v));
    return url;
  }

  /** Opens one HTTP request with fresh credentials (exec plugins and token files can rotate them). */
  private async open(req: KubeRequest): Promise<{ request: ClientRequest; payload: string | undefined; credentials: Credentials }> {
    const credentials = await this.auth.credentials();
    const transport = this.transportFor(credentials);
    const payload = req.body === undefined ? undefined : typeof req.body === 'string' ? req.body : JSON.stringify(req.body);
    const headers: OutgoingHttpHeaders = { ...credentials.headers as OutgoingHttpHeaders, accept: 'application/json', 'user-agent': this.userAgent };
    if (payload !== undefined) {
      headers['content-type'] = req.contentType ?? 'application/json';
      headers['content-length'] = Buffer.byteLength(payload);
    }
    const url = this.url(req.path, req.query);
    const common = { method: req.method, headers, agent: transport.agent, ...(req.signal === undefined ? {} : { signal: req.signal }) };
    const request = url.protocol === 'http:' ? httpRequest(url, common) : httpsRequest(url, { ...common, ...tlsRequestOptions(credentials.tls) });
    return { request, payload, credentials };
  }

  private record(req: KubeRequest, attempt: number, started: number, status: number | undefined, error?: unknown): void {
    if (this.onRequest === undefined) return;
    const record: RequestRecord = { method: req.method, path: req.path, status, attempt, durationMs: Date.now() - started };
    if (error !== undefined) record.error = error instanceof Error ? error.message : String(error);
    this.onRequest(record);
  }

  private async send<T>(req: KubeRequest, attempt: number, renewed = false): Promise<KubeResponse<T>> {
    const started = Date.now();
    const timeoutMs = req.timeoutMs ?? this.requestTimeoutMs;
    try {
      const { request, payload, credentials } = await this.open(req);
      const res = await new Promise<{ message: IncomingMessage; text: string }>((resolve, reject) => {
        request.setTimeout(timeoutMs, () => request.destroy(new KubeConnectionError(req.method, req.path, 'ETIMEDOUT', `no response within ${timeoutMs} ms`)));
        request.once('error', (error) => reject(connectionError(req, error)));
        request.once('response', (message) => {
          const chunks: Buffer[] = [];
          message.on('data', (c: Buffer) => chunks.push(c));
          message.once('error', (error) => reject(connectionError(req, error)));
          message.once('end', () => resolve({ message, text: Buffer.concat(chunks).toString('utf8') }));
          message.once('aborted', () => reject(new KubeConnectionError(req.method, req.path, 'ECONNRESET', 'the response was cut short')));
        });
        request.end(payload);
      });
      const status = res.message.statusCode ?? 0;
      this.record(req, attempt, started, status);
      // A 401 means the server did nothing, so any request may go again once the credentials changed.
      if (status === 401 && !renewed && await this.auth.renew(credentials)) return await this.send<T>(req, attempt, true);
      if (status >= 400) throw apiError(req, status, res.message.headers, res.text);
      const body = (res.text === '' ? undefined : parseJson(res.text)) as T;
      return { status, headers: res.message.headers, body };
    } catch (error) {
      if (!(error instanceof KubeApiError)) this.record(req, attempt, started, undefined, error);
      throw error;
    }
  }

  /**
   * Streams a watch: one attempt, each JSON line to `onEvent`, resolving when the server ends the
   * stream (or `signal` aborts). Headers must arrive within the request timeout; once streaming,
   * `idleTimeoutMs` without a byte ends it with ETIMEDOUT, so a silently stalled stream is noticed.
   */
  async stream(req: KubeRequest & { idleTimeoutMs?: number }, onEvent: (event: unknown) => void): Promise<void> {
    const opened = await this.open(req);
    try {
      await this.streamOn(opened, req, onEvent);
    } catch (error) {
      // A 401 comes before any event, so the watch can simply start again with renewed credentials.
      if (!(error instanceof KubeApiError && error.status === 401 && await this.auth.renew(opened.credentials))) throw error;
      await this.streamOn(await this.open(req), req, onEvent);
    }
  }

  private streamOn(
    { request, payload }: { request: ClientRequest; payload: string | undefined },
    req: KubeRequest & { idleTimeoutMs?: number },
    onEvent: (event: unknown) => void,
  ): Promise<void> {
    const started = Date.now();
    const timeoutMs = req.timeoutMs ?? this.requestTimeoutMs;
    return new Promise<void>((resolve, reject) => {
      let settled = false;
      const done = (error?: unknown) => {
        if (settled) return;
        settled = true;
        clearTimeout(headerTimer);
        clearTimeout(idleTimer);
        if (error === undefined || req.signal?.aborted === true) resolve();
        else reject(error);
      };
      const headerTimer = setTimeout(() => request.destroy(new KubeConnectionError(req.method, req.path, 'ETIMEDOUT', `no response within ${timeoutMs} ms`)), timeoutMs);
      let idleTimer: NodeJS.Timeout | undefined;
      const touch = () => {
        if (req.idleTimeoutMs === undefined) return;
        clearTimeout(idleTimer);
        idleTimer = setTimeout(() => request.destroy(new KubeConnectionError(req.method, req.path, 'ETIMEDOUT', `watch silent for ${req.idleTimeoutMs} ms`)), req.idleTimeoutMs);
      };
      // One exchange, one record: a watch stopped on purpose after its answer (the usual end of a
      // wait) errors on the request too, and must not be counted a second time.
      let answered = false;
      request.once('error', (error) => {
        if (!answered) this.record(req, 1, started, undefined, error);
        done(connectionError(req, error));
      });
      request.once('response', (message) => {
        clearTimeout(headerTimer);
        answered = true;
        const status = message.statusCode ?? 0;
        this.record(req, 1, started, status);
        if (status !== 200) {
          const chunks: Buffer[] = [];
          message.on('data', (c: Buffer) => chunks.push(c));
          message.once('end', () => done(apiError(req, status, message.headers, Buffer.concat(chunks).toString('utf8'))));
          message.once('error', (error) => done(connectionError(req, error)));
          return;
        }
        touch();
        let buffered = '';
        message.setEncoding('utf8');
        message.on('data', (chunk: string) => {
          touch();
          buffered += chunk;
          let nl: number;
          while ((nl = buffered.indexOf('\n')) >= 0) {
            const line = buffered.slice(0, nl).trim();
            buffered = buffered.slice(nl + 1);
            if (line === '') continue;
            try {
              onEvent(JSON.parse(line));
            } catch (error) {
              request.destroy();
              done(error);
              return;
            }
          }
        });
        message.once('error', (error) => done(connectionError(req, error)));
        message.once('aborted', () => done(new KubeConnectionError(req.method, req.path, 'ECONNRESET', 'the watch stream was cut short')));
        message.once('end', () => done());
        message.once('close', () => done());
      });
      request.end(payload);
    });
  }

  // ---- objects ----------------------------------------------------------------------------

  resource(apiVersion: string, kind: string): Promise<ApiResource> {
    return this.discovery.resourceFor(apiVersion, kind);
  }

  /** The namespace an object of `resource` lives in: its own, else the client's default; undefined when cluster-scoped. */
  namespaceFor(resource: ApiResource, namespace: string | undefined): string | undefined {
    if (!resource.namespaced) return undefined;
    return namespace === undefined || namespace === '' ? this.namespace : namespace;
  }

  async pathOf(ref: ObjectRef, subresource?: string): Promise<string> {
    const resource = await this.resource(ref.apiVersion, ref.kind);
    return objectPath(resource, ref.name, this.namespaceFor(resource, ref.namespace), subresource);
  }

  /** The collection path of a kind; for a namespaced kind without `namespace`, across all namespaces (as list does). */
  async collectionPathOf(apiVersion: string, kind: string, namespace?: string): Promise<string> {
    const resource = await this.resource(apiVersion, kind);
    return resource.namespaced && namespace !== undefined ? collectionPath(resource, namespace) : collectionPath({ ...resource, namespaced: false });
  }

  get<T extends KubeObject = KubeObject>(ref: ObjectRef, signal?: AbortSignal): Promise<T> {
    return this.pathOf(ref).then((path) => this.request<T>({ method: 'GET', path, ...(signal === undefined ? {} : { signal }) }));
  }

  /** GET that resolves undefined when the object does not exist. */
  async find<T extends KubeObject = KubeObject>(ref: ObjectRef, signal?: AbortSignal): Promise<T | undefined> {
    try {
      return await this.get<T>(ref, signal);
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw error;
    }
  }

  /** Lists objects of a kind, following `continue` tokens; the resourceVersion is the list's snapshot. */
  async list<T extends KubeObject = KubeObject>(apiVersion: string, kind: string, options: ListOptions = {}): Promise<KubeList<T>> {
    const resource = await this.resource(apiVersion, kind);
    // Without an explicit namespace a namespaced kind is listed across all namespaces, as `kubectl get -A` would.
    const path = resource.namespaced && options.namespace !== undefined ? collectionPath(resource, options.namespace) : collectionPath({ ...resource, namespaced: false });
    const items: T[] = [];
    let resourceVersion: string | undefined;
    let token: string | undefined;
    do {
      const page = await this.request<KubeList<T>>({
        method: 'GET',
        path,
        query: { labelSelector: options.labelSelector, fieldSelector: options.fieldSelector, limit: options.limit, continue: token },
        ...(options.signal === undefined ? {} : { signal: options.signal }),
      });
      resourceVersion ??= page.metadata.resourceVersion;
      // Lists leave apiVersion/kind off their items; put them back so items can be re-applied or described.
      for (const item of page.items) items.push({ ...item, apiVersion: item.apiVersion ?? apiVersion, kind: item.kind ?? kind });
      token = page.metadata.continue === '' ? undefined : page.metadata.continue;
    } while (token !== undefined);
    return { apiVersion, kind: `${kind}List`, metadata: resourceVersion === undefined ? {} : { resourceVersion }, items };
  }

  /** POST: never retried after a possible delivery (see classifyFailure). */
  async create<T extends KubeObject = KubeObject>(object: KubeObject, options: { dryRun?: boolean } = {}): Promise<T> {
    const resource = await this.resource(object.apiVersion, object.kind);
    const path = collectionPath(resource, this.namespaceFor(resource, object.metadata.namespace));
    return this.request<T>({ method: 'POST', path, body: object, query: { fieldManager: this.fieldManager, dryRun: options.dryRun === true ? 'All' : undefined } });
  }

  /** PUT: retried only when the object carries a resourceVersion, so a repeat cannot clobber a newer write. */
  async replace<T extends KubeObject = KubeObject>(object: KubeObject, options: { dryRun?: boolean; subresource?: string } = {}): Promise<T> {
    const ref: ObjectRef = { apiVersion: object.apiVersion, kind: object.kind, name: object.metadata.name };
    if (object.metadata.namespace !== undefined) ref.namespace = object.metadata.namespace;
    const path = await this.pathOf(ref, options.subresource);
    return this.request<T>({ method: 'PUT', path, body: object, query: { fieldManager: this.fieldManager, dryRun: options.dryRun === true ? 'All' : undefined } });
  }

  /** JSON merge patch (RFC 7386), e.g. to set a few annotations. */
  async mergePatch<T extends KubeObject = KubeObject>(ref: ObjectRef, patch: Record<string, unknown>, options: { dryRun?: boolean; subresource?: string } = {}): Promise<T> {
    const path = await this.pathOf(ref, options.subresource);
    return this.request<T>({
      method: 'PATCH',
      path,
      body: patch,
      contentType: 'application/merge-patch+json',
      query: { fieldManager: this.fieldManager, dryRun: options.dryRun === true ? 'All' : undefined },
    });
  }

  /**
   * Server-side apply (application/apply-patch+yaml) under the client's field manager. `force`
   * takes fields other managers own; without it such conflicts fail with 409. Resource quantities
   * written as numbers are sent as strings (see normaliseQuantities).
   */
  async apply<T extends KubeObject = KubeObject>(object: KubeObject, options: ApplyCallOptions = {}): Promise<KubeResponse<T>> {
    const resource = await this.resource(object.apiVersion, object.kind);
    const namespace = this.namespaceFor(resource, object.metadata.namespace);
    const body = normaliseQuantities(object);
    if (namespace === undefined) delete body.metadata.namespace;
    else body.metadata.namespace = namespace;
    return this.exchange<T>({
      method: 'PATCH',
      path: objectPath(resource, object.metadata.name, namespace),
      body,
      contentType: 'application/apply-patch+yaml',
      query: {
        fieldManager: options.fieldManager ?? this.fieldManager,
        force: options.force === true ? true : undefined,
        dryRun: options.dryRun === true ? 'All' : undefined,
      },
      ...(options.signal === undefined ? {} : { signal: options.signal }),
    });
  }

  /** DELETE; resolves false when the object was already gone. */
  async delete(ref: ObjectRef, options: DeleteOptions = {}): Promise<boolean> {
    const path = await this.pathOf(ref);
    const body: Record<string, unknown> = { apiVersion: 'v1', kind: 'DeleteOptions' };
    if (options.propagationPolicy !== undefined) body['propagationPolicy'] = options.propagationPolicy;
    if (options.gracePeriodSeconds !== undefined) body['gracePeriodSeconds'] = options.gracePeriodSeconds;
    if (options.preconditions !== undefined) body['preconditions'] = options.preconditions;
    try {
      await this.request({ method: 'DELETE', path, body, query: { dryRun: options.dryRun === true ? 'All' : undefined } });
      return true;
    } catch (error) {
      if (isNotFound(error)) return false;
      throw error;
    }
  }

  /** The apiserver's version (gitVersion, minor) from /version. */
  version(): Promise<{ gitVersion: string; major: string; minor: string }> {
    return this.request({ method: 'GET', path: '/version' });
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function apiError(req: KubeRequest, status: number, headers: IncomingHttpHeaders, text: string): KubeApiError {
  const parsed = parseJson(text);
  const statusObject = typeof parsed === 'object' && parsed !== null && (parsed as KubeStatus).kind === 'Status' ? (parsed as KubeStatus) : undefined;
  const header = parseRetryAfter(headers['retry-after']);
  const fromBody = statusObject?.details?.retryAfterSeconds;
  const retryAfterMs = header ?? (typeof fromBody === 'number' ? fromBody * 1000 : undefined);
  return new KubeApiError({
    method: req.method,
    path: req.path,
    status,
    text,
    ...(statusObject === undefined ? {} : { statusObject }),
    ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
  });
}

function connectionError(req: KubeRequest, error: unknown): Error {
  if (error instanceof KubeConnectionError || error instanceof KubeApiError) return error;
  const e = error as NodeJS.ErrnoException;
  if (e.name === 'AbortError') return e;
  // Errors without a code (a bug, a TLS library surprise) are not classed as transient.
  const code = typeof e.code === 'string' ? e.code : 'EUNKNOWN';
  return new KubeConnectionError(req.method, req.path, code, e.message, error);
}
