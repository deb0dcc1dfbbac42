import { randomBytes } from 'node:crypto';
import type { KubeHttp, KubeObject } from './kube-http.ts';
import { KubeStatusError } from './kube-http.ts';

export interface EventSource {
  component: string;
  host?: string;
}

interface Recorded {
  name: string;
  count: number;
  lastWrite: number;
  pending: boolean;
}

/**
 * Writes core/v1 Events the way kubelet and scheduler do, so code under test that reports
 * "recent events" sees real ones. Repeats of the same reason and message on the same object
 * bump `count` (at most one write per second per series) instead of creating new events.
 */
export class EventRecorder {
  private readonly series = new Map<string, Recorded>();
  private readonly http: KubeHttp;
  private readonly source: EventSource;
  private readonly onError: (error: unknown) => void;

  constructor(http: KubeHttp, source: EventSource, onError: (error: unknown) => void = () => undefined) {
    this.http = http;
    this.source = source;
    // Events are best effort, as in the kubelet: a terminating namespace (403), an event or
    // namespace already gone (404) or a duplicate name (409) is not worth reporting.
    this.onError = (error) => {
      if (error instanceof KubeStatusError && [403, 404, 409].includes(error.status)) return;
      onError(error);
    };
  }

  record(object: KubeObject & { kind?: string }, type: 'Normal' | 'Warning', reason: string, message: string, fieldPath?: string): void {
    const ns = object.metadata.namespace ?? 'default';
    const key = `${object.metadata.uid ?? object.metadata.name}|${fieldPath ?? ''}|${reason}|${message}`;
    const now = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
    const existing = this.series.get(key);
    if (existing !== undefined) {
      existing.count += 1;
      if (existing.pending || Date.now() - existing.lastWrite < 1000) return;
      existing.pending = true;
      existing.lastWrite = Date.now();
      this.http.mergePatch(`/api/v1/namespaces/${ns}/events/${existing.name}`, { count: existing.count, lastTimestamp: now })
        .catch(this.onError)
        .finally(() => {
          existing.pending = false;
        });
      return;
    }
    const name = `${object.metadata.name}.${randomBytes(8).toString('hex')}`;
    this.series.set(key, { name, count: 1, lastWrite: Date.now(), pending: false });
    this.http.post(`/api/v1/namespaces/${ns}/events`, {
      apiVersion: 'v1',
      kind: 'Event',
      metadata: { name, namespace: ns },
      involvedObject: {
        apiVersion: 'v1',
        kind: object.kind ?? 'Pod',
        namespace: ns,
        name: object.metadata.name,
        uid: object.metadata.uid,
        resourceVersion: object.metadata.resourceVersion,
        ...(fieldPath === undefined ? {} : { fieldPath }),
      },
      reason,
      message,
      type,
      source: this.source,
      firstTimestamp: now,
      lastTimestamp: now,
      count: 1,
      reportingComponent: this.source.component,
      reportingInstance: this.source.host ?? '',
    }).catch(this.onError);
  }

  /** Drops the series kept for an object that is gone. */
  forget(uid: string): void {
    for (const key of this.series.keys()) {
      if (key.startsWith(`${uid}|`)) this.series.delete(key);
    }
  }
}
