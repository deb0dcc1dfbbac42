import { Agent, request } from 'node:https';
import type { IncomingHttpHeaders } from 'node:http';

/**
 * A small raw HTTPS client for the Kubernetes API. The test plane's own machinery (kubelet
 * simulator, service proxy, fault proxy checks) uses it so that what it sends and sees on the
 * wire is exactly what it wrote, independent of any client library the code under test uses.
 */
export interface KubeEndpoint {
  server: string;
  token: string;
  /** PEM of the CA that signed the server's certificate. */
  ca: string;
}

export interface KubeObject {
  apiVersion?: string;
  kind?: string;
  metadata: {
    name: string;
    namespace?: string;
    uid?: string;
    resourceVersion?: string;
    labels?: Record<string, string>;
    annotations?: Record<string, string>;
    deletionTimestamp?: string;
    deletionGracePeriodSeconds?: number;
    ownerReferences?: { kind: string; name: string; uid: string }[];
    creationTimestamp?: string;
  };
}

export interface KubeList<T> {
  metadata: { resourceVersion: string };
  items: T[];
}

export interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  text: string;
}

export interface RequestOptions {
  body?: unknown;
  contentType?: string;
  query?: Record<string, string | number | boolean | undefined>;
  timeoutMs?: number;
  signal?: AbortSignal;
  headers?: Record<string, string>;
}

export class KubeStatusError extends Error {
  override readonly name = 'KubeStatusError';
  readonly method: string;
  readonly path: string;
  readonly status: number;
  readonly reason: string | undefined;
  readonly body: string;

  constructor(method: string, path: string, status: number, reason: string | undefined, body: string) {
    super(`${method} ${path}: HTTP ${status}${reason === undefined ? '' : ` (${reason})`}: ${body.slice(0, 300)}`);
    this.method = method;
    this.path = path;
    this.status = status;
    this.reason = reason;
    this.body = body;
  }
}

export type WatchEventType = 'ADDED' | 'MODIFIED' | 'DELETED' | 'BOOKMARK' | 'ERROR';

export class KubeHttp {
  readonly endpoint: KubeEndpoint;
  private readonly agent: Agent;
  private readonly base: URL;

  constructor(endpoint: KubeEndpoint) {
    this.endpoint = endpoint;
    this.base = new URL(endpoint.server);
    this.agent = new Agent({ ca: endpoint.ca, keepAlive: true });
  }

  close(): void {
    this.agent.destroy();
  }

  private open(method: string, path: string, options: RequestOptions) {
    const url = new URL(path, this.base);
    for (const [k, v] of Object.entries(options.query ?? {})) {
      if (v !== undefined) url.searchParams.set(k, String(v));
    }
    const payload = options.body === undefined ? undefined : typeof options.body === 'string' ? options.body : JSON.stringify(options.body);
    const headers: Record<string, string> = {
      authorization: `Bearer ${this.endpoint.token}`,
      accept: 'application/json',
      ...options.headers,
    };
    if (payload !== undefined) {
      headers['content-type'] = options.contentType ?? 'application/json';
      headers['content-length'] = String(Buffer.byteLength(payload));
    }
    const req = request(url, { method, headers, agent: this.agent, signal: options.signal });
    if (options.timeoutMs !== undefined) {
      req.setTimeout(options.timeoutMs, () => req.destroy(new Error(`${method} ${path}: no response within ${options.timeoutMs} ms`)));
    }
    req.end(payload);
    return req;
  }

  /** One request; resolves with any HTTP status, rejects only on transport errors. */
  request(method: string, path: string, options: RequestOptions = {}): Promise<RawResponse> {
    return new Promise((resolve, reject) => {
      const req = this.open(method, path, { timeoutMs: 30_000, ...options });
      req.once('error', reject);
      req.once('response', (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.once('error', reject);
        res.once('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text: Buffer.concat(chunks).toString('utf8') }));
      });
    });
  }

  /** A request whose non-2xx answer throws KubeStatusError; parses the JSON body. */
  async json<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
    const res = await this.request(method, path, options);
    if (res.status >= 400) {
      let reason: string | undefined;
      try {
        reason = (JSON.parse(res.text) as { reason?: string }).reason;
      } catch {
        reason = undefined;
      }
      throw new KubeStatusError(method, path, res.status, reason, res.text);
    }
    return JSON.parse(res.text) as T;
  }

  get<T>(path: string, query?: RequestOptions['query']): Promise<T> {
    return this.json<T>('GET', path, query === undefined ? {} : { query });
  }

  /** GET that resolves undefined on 404. */
  async find<T>(path: string): Promise<T | undefined> {
    try {
      return await this.get<T>(path);
    } catch (error) {
      if (error instanceof KubeStatusError && error.status === 404) return undefined;
      throw error;
    }
  }

  post<T>(path: string, body: unknown): Promise<T> {
    return this.json<T>('POST', path, { body });
  }

  put<T>(path: string, body: unknown): Promise<T> {
    return this.json<T>('PUT', path, { body });
  }

  mergePatch<T>(path: string, body: unknown): Promise<T> {
    return this.json<T>('PATCH', path, { body, contentType: 'application/merge-patch+json' });
  }

  delete<T>(path: string, body?: unknown): Promise<T> {
    return this.json<T>('DELETE', path, body === undefined ? {} : { body });
  }

  /**
   * Streams a watch; resolves when the server ends the stream, rejects on transport errors or
   * a non-200 answer. ERROR events (such as 410 Expired) are delivered to `onEvent`.
   */
  watch(path: string, query: RequestOptions['query'], onEvent: (type: WatchEventType, object: unknown) => void, signal?: AbortSignal): Promise<void> {
    return new Promise((resolve, reject) => {
      const req = this.open('GET', path, { query: { ...query, watch: 'true' }, ...(signal === undefined ? {} : { signal }) });
      req.once('error', (error) => (signal?.aborted === true ? resolve() : reject(error)));
      req.once('response', (res) => {
        if (res.statusCode !== 200) {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.once('end', () => reject(new KubeStatusError('WATCH', path, res.statusCode ?? 0, undefined, Buffer.concat(chunks).toString('utf8'))));
          return;
        }
        let buffered = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          buffered += chunk;
          let nl: number;
          while ((nl = buffered.indexOf('\n')) >= 0) {
            const line = buffered.slice(0, nl).trim();
            buffered = buffered.slice(nl + 1);
            if (line === '') continue;
            let event: { type: WatchEventType; object: unknown };
            try {
              event = JSON.parse(line) as { type: WatchEventType; object: unknown };
            } catch (error) {
              res.destroy(error instanceof Error ? error : new Error(String(error)));
              return;
            }
            onEvent(event.type, event.object);
          }
        });
        res.once('error', (error) => (signal?.aborted === true ? resolve() : reject(error)));
        res.once('end', () => resolve());
        res.once('close', () => resolve());
      });
    });
  }
}

export function objectKey(o: KubeObject): string {
  return o.metadata.namespace === undefined ? o.metadata.name : `${o.metadata.namespace}/${o.metadata.name}`;
}

export interface ReflectorOptions<T extends KubeObject> {
  /** Collection path, e.g. /api/v1/pods or /api/v1/namespaces/x/services. */
  path: string;
  labelSelector?: string;
  fieldSelector?: string;
  /**
   * `rv` is the resourceVersion the change was written at; for a deletion only noticed by a
   * relist it is the list's, the latest revision the deletion can have happened at.
   */
  onChange: (type: 'ADDED' | 'MODIFIED' | 'DELETED', object: T, rv: number) => void;
  /** After each successful list, with its resourceVersion; `first` is true for the initial one. */
  onList?: (listRv: number, first: boolean) => void;
  /** Called when a list/watch round fails; the reflector retries by itself. */
  onError?: (error: unknown) => void;
  retryDelayMs?: number;
}

export interface Reflector<T extends KubeObject> {
  readonly cache: ReadonlyMap<string, T>;
  /** Resolves after the first successful list. */
  readonly synced: Promise<void>;
  stop(): void;
}

/**
 * List, then watch from the list's resourceVersion; relist on 410 or any failure, emitting the
 * differences so the cache and the consumer stay consistent. The plane's own loops are built
 * on this instead of an informer so their behaviour under faults is known exactly.
 */
export function reflect<T extends KubeObject>(http: KubeHttp, options: ReflectorOptions<T>): Reflector<T> {
  const cache = new Map<string, T>();
  const controller = new AbortController();
  let markSynced: () => void = () => undefined;
  const synced = new Promise<void>((resolve) => {
    markSynced = resolve;
  });
  const selectors = { labelSelector: options.labelSelector, fieldSelector: options.fieldSelector };
  let listed = false;

  const apply = (type: 'ADDED' | 'MODIFIED' | 'DELETED', object: T, rv = Number(object.metadata.resourceVersion)) => {
    const key = objectKey(object);
    if (type === 'DELETED') cache.delete(key);
    else cache.set(key, object);
    try {
      options.onChange(type, object, rv);
    } catch (error) {
      options.onError?.(error);
    }
  };

  const relist = async (): Promise<string> => {
    const list = await http.get<KubeList<T>>(options.path, selectors);
    const seen = new Set<string>();
    for (const item of list.items) {
      const key = objectKey(item);
      seen.add(key);
      const old = cache.get(key);
      if (old === undefined) apply('ADDED', item);
      else if (old.metadata.resourceVersion !== item.metadata.resourceVersion) apply('MODIFIED', item);
    }
    const listRv = Number(list.metadata.resourceVersion);
    for (const [key, old] of [...cache]) {
      if (!seen.has(key)) apply('DELETED', old, listRv);
    }
    options.onList?.(listRv, !listed);
    listed = true;
    markSynced();
    return list.metadata.resourceVersion;
  };

  const loop = async () => {
    let rv: string | undefined;
    while (!controller.signal.aborted) {
      try {
        rv ??= await relist();
        let expired = false;
        await http.watch(options.path, { ...selectors, resourceVersion: rv, allowWatchBookmarks: true, timeoutSeconds: 240 }, (type, object) => {
          if (type === 'ERROR') {
            expired = true;
            return;
          }
          const o = object as T;
          if (o.metadata.resourceVersion !== undefined) rv = o.metadata.resourceVersion;
          if (type !== 'BOOKMARK') apply(type, o);
        }, controller.signal);
        if (expired) rv = undefined;
      } catch (error) {
        if (controller.signal.aborted) return;
        options.onError?.(error);
        rv = undefined;
        await new Promise((resolve) => setTimeout(resolve, options.retryDelayMs ?? 1000));
      }
    }
  };
  void loop();
  return { cache, synced, stop: () => controller.abort() };
}
