import type { Logger } from '@pipeline/core';
import type { KubeClient } from './client.ts';
import { KubeApiError } from './errors.ts';
import { classifyFailure } from './retry.ts';
import type { KubeObject, KubeStatus } from './types.ts';
import { isRecord } from './types.ts';

export interface WatchTarget {
  apiVersion: string;
  kind: string;
  /** For namespaced kinds; omitted means all namespaces. */
  namespace?: string;
  labelSelector?: string;
  fieldSelector?: string;
}

export type WatchEventType = 'SYNC' | 'ADDED' | 'MODIFIED' | 'DELETED';

/** What the check sees: SYNC after each (re)list, then one call per change. */
export interface WatchEvent<T> {
  type: WatchEventType;
  object?: T;
}

/** The overall deadline passed before the condition held. */
export class WaitTimeoutError extends Error {
  override readonly name = 'WaitTimeoutError';
  readonly timeoutMs: number;
  constructor(what: string, timeoutMs: number) {
    super(`${what}: not done within ${Math.round(timeoutMs / 1000)} s`);
    this.timeoutMs = timeoutMs;
  }
}

export interface WatchUntilOptions<T extends KubeObject = KubeObject> {
  /** Overall deadline; rejects with WaitTimeoutError. */
  timeoutMs?: number;
  signal?: AbortSignal;
  /** Server-side length of each watch request before it is renewed from the last resourceVersion (default 300 s). */
  watchSeconds?: number;
  logger?: Logger;
  /** Called when the watch restarts from a fresh list (410 Gone, or after an error). */
  onRelist?: (reason: string) => void;
  /** For messages: "Deployment shop/web rollout". */
  description?: string;
  /**
   * The matching objects as already known at `resourceVersion` (say, the object a write just
   * returned): the wait checks them and watches from there instead of listing first. They must be
   * all the objects `target` selects at that version. A 410 Gone falls back to a fresh list as usual.
   */
  initial?: { items: readonly T[]; resourceVersion: string };
}

const keyOf = (o: KubeObject) => `${o.metadata.namespace ?? ''}/${o.metadata.name}`;

/**
 * Keeps an up-to-date view of the objects matching `target` by list-then-watch, and resolves with
 * the first non-undefined value `check` returns (check may also throw to fail the wait). A watch
 * that ends is resumed from the last resourceVersion; a 410 Gone (the resourceVersion is too old)
 * or a transport error leads to a fresh list, so no change between the two is missed.
 */
export async function watchUntil<T extends KubeObject, R>(
  client: KubeClient,
  target: WatchTarget,
  check: (objects: ReadonlyMap<string, T>, event: WatchEvent<T>) => R | undefined | Promise<R | undefined>,
  options: WatchUntilOptions<T> = {},
): Promise<R> {
  const what = options.description ?? `watch of ${target.kind}`;
  const outer = new AbortController();
  const timer = options.timeoutMs === undefined ? undefined : setTimeout(() => outer.abort(new WaitTimeoutError(what, options.timeoutMs ?? 0)), options.timeoutMs);
  const onAbort = () => outer.abort(options.signal?.reason);
  options.signal?.addEventListener('abort', onAbort, { once: true });
  if (options.signal?.aborted === true) onAbort();
  try {
    return await run(client, target, check, options, outer.signal);
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onAbort);
  }
}

async function run<T extends KubeObject, R>(
  client: KubeClient,
  target: WatchTarget,
  check: (objects: ReadonlyMap<string, T>, event: WatchEvent<T>) => R | undefined | Promise<R | undefined>,
  options: WatchUntilOptions<T>,
  signal: AbortSignal,
): Promise<R> {
  const path = await client.collectionPathOf(target.apiVersion, target.kind, target.namespace);
  const selectors = { labelSelector: target.labelSelector, fieldSelector: target.fieldSelector };
  const cache = new Map<string, T>();
  let resourceVersion: string | undefined;
  let seed = options.initial;
  let failures = 0;
  const policy = client.retryPolicy;
  const aborted = () => {
    throw signal.reason instanceof Error ? signal.reason : new Error(String(signal.reason));
  };
  const relist = (reason: string) => {
    options.logger?.debug(`${options.description ?? target.kind}: relisting (${reason})`);
    options.onRelist?.(reason);
    resourceVersion = undefined;
  };

  for (;;) {
    if (signal.aborted) aborted();
    try {
      if (resourceVersion === undefined) {
        cache.clear();
        if (seed !== undefined) {
          // Only the first time: any later relist (410, errors) asks the server.
          for (const item of seed.items) cache.set(keyOf(item), item);
          resourceVersion = seed.resourceVersion;
          seed = undefined;
        } else {
          const scope = target.namespace === undefined ? {} : { namespace: target.namespace };
          const list = await client.list<T>(target.apiVersion, target.kind, { ...scope, ...dropUndefined(selectors), signal });
          for (const item of list.items) cache.set(keyOf(item), item);
          resourceVersion = list.metadata.resourceVersion;
        }
        let result: R | undefined;
        try {
          result = await check(cache, { type: 'SYNC' });
        } catch (error) {
          throw new CheckFailure(error);
        }
        if (result !== undefined) return result;
      }
      const stream = new AbortController();
      const stopStream = () => stream.abort(signal.reason);
      signal.addEventListener('abort', stopStream, { once: true });
      let expired: KubeStatus | undefined;
      let found: { value: R } | undefined;
      let failure: unknown;
      let chain = Promise.resolve();
      let events = 0;
      const started = Date.now();
      const handle = async (raw: unknown) => {
        events += 1;
        if (found !== undefined || failure !== undefined || expired !== undefined) return;
        if (!isRecord(raw)) return;
        const type = raw['type'];
        const object = raw['object'] as T;
        if (type === 'ERROR') {
          expired = object as unknown as KubeStatus;
          stream.abort();
          return;
        }
        const rv = isRecord(object) && isRecord(object['metadata']) ? object['metadata']['resourceVersion'] : undefined;
        if (typeof rv === 'string') resourceVersion = rv;
        if (type === 'BOOKMARK' || !isRecord(object)) return;
        if (type === 'DELETED') cache.delete(keyOf(object));
        else cache.set(keyOf(object), object);
        try {
          const result = await check(cache, { type: type as WatchEventType, object });
          if (result !== undefined) {
            found = { value: result };
            stream.abort();
          }
        } catch (error) {
          failure = error;
          stream.abort();
        }
      };
      const watchSeconds = options.watchSeconds ?? 300;
      try {
        await client.stream({
          method: 'GET',
          path,
          query: { ...selectors, watch: true, resourceVersion, allowWatchBookmarks: true, timeoutSeconds: watchSeconds },
          signal: stream.signal,
          // The server ends the watch after timeoutSeconds; silence well beyond that means a dead stream.
          idleTimeoutMs: (watchSeconds + 30) * 1000,
        }, (event) => {
          chain = chain.then(() => handle(event));
        });
      } finally {
        signal.removeEventListener('abort', stopStream);
        await chain;
      }
      if (failure !== undefined) throw new CheckFailure(failure);
      if (found !== undefined) return found.value;
      if (signal.aborted) aborted();
      const status = expired as KubeStatus | undefined;
      if (status === undefined && events === 0 && Date.now() - started < 1000) {
        // A watch that ends at once with nothing in it, again and again, would spin; back off as for an error.
        failures += 1;
        await policy.sleep(Math.min(policy.maxTimeoutMs, policy.minTimeoutMs * policy.factor ** (failures - 1)), signal).catch(() => undefined);
        continue;
      }
      failures = 0;
      if (status !== undefined) {
        // 410 Expired/Gone: our resourceVersion was compacted away. Anything else in an ERROR event: start over too.
        relist(status.code === 410 ? '410 Gone: resourceVersion too old' : `watch error ${String(status.code ?? '')} ${status.reason ?? ''}`.trim());
      }
      // A cleanly ended watch (server timeout, or a proxy closing it) resumes from the last resourceVersion.
    } catch (error) {
      if (error instanceof CheckFailure) throw error.cause;
      if (signal.aborted) aborted();
      if (error instanceof KubeApiError && error.status === 410) {
        relist('410 Gone on watch request');
        continue;
      }
      if (!classifyFailure(error, true).retryable || failures >= policy.retries) throw error;
      failures += 1;
      const delay = Math.min(policy.maxTimeoutMs, policy.minTimeoutMs * policy.factor ** (failures - 1));
      relist(`${error instanceof Error ? error.message : String(error)}; retrying in ${delay} ms`);
      await policy.sleep(delay, signal).catch(() => undefined);
    }
  }
}

class CheckFailure extends Error {
  constructor(cause: unknown) {
    super('check failed', { cause });
  }
}

function dropUndefined(o: { labelSelector: string | undefined; fieldSelector: string | undefined }): { labelSelector?: string; fieldSelector?: string } {
  const out: { labelSelector?: string; fieldSelector?: string } = {};
  if (o.labelSelector !== undefined) out.labelSelector = o.labelSelector;
  if (o.fieldSelector !== undefined) out.fieldSelector = o.fieldSelector;
  return out;
}
