import { FATAL_WAITING_REASONS } from '@pipeline/kube';
import type { KubeClient, Pod } from '@pipeline/kube';
import type { CrashSignal } from '@pipeline/metrics';

export interface PodWatchTarget {
  namespace: string;
  /** Label selector of the new colour's pods, e.g. `app=web,color=green`. */
  labelSelector: string;
}

interface Seen {
  restarts: Map<string, number>;
  ready: boolean;
  /** When a once-Ready pod was first seen unready in the current streak. */
  unreadySince: number | undefined;
  reported: Set<string>;
}

export interface PodSignalOptions {
  /**
   * How long a pod that was Ready must stay unready before it counts as a readiness drop. One
   * failed probe under load is noise; a pod out of rotation for seconds is an outage (default 3 s).
   */
  readinessGraceMs?: number;
}

const isReady = (pod: Pod): boolean => pod.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True') === true;

/**
 * Turns successive pod lists into crash signals: a container restart after the first look, a
 * fatal waiting reason (CrashLoopBackOff, ImagePullBackOff …) at any time, and a pod that was
 * Ready and has stayed unready for the grace period while not being deleted. Each kind is
 * reported once per pod.
 */
export class PodSignalDetector {
  private readonly pods = new Map<string, Seen>();
  private readonly graceMs: number;

  constructor(options: PodSignalOptions = {}) {
    this.graceMs = options.readinessGraceMs ?? 3000;
  }

  observe(pods: readonly Pod[], at: number): CrashSignal[] {
    const out: CrashSignal[] = [];
    for (const pod of pods) {
      const name = pod.metadata.name;
      if (pod.metadata.deletionTimestamp !== undefined) continue;
      let seen = this.pods.get(name);
      const first = seen === undefined;
      seen ??= { restarts: new Map(), ready: false, unreadySince: undefined, reported: new Set() };
      this.pods.set(name, seen);
      const report = (kind: string, message: string) => {
        if (seen.reported.has(kind)) return;
        seen.reported.add(kind);
        out.push({ kind, message, pod: name, at });
      };
      for (const c of pod.status?.containerStatuses ?? []) {
        const before = seen.restarts.get(c.name);
        seen.restarts.set(c.name, c.restartCount);
        const waiting = c.state?.waiting?.reason;
        const last = c.lastState?.terminated;
        const exit = last === undefined ? '' : ` (last exit ${String(last.exitCode ?? '?')}${last.reason === undefined ? '' : ` ${last.reason}`})`;
        if (waiting !== undefined && FATAL_WAITING_REASONS.has(waiting)) {
          report(waiting, `container '${c.name}' is in ${waiting} after ${c.restartCount} restart${c.restartCount === 1 ? '' : 's'}${exit}`);
        }
        // Restarts before the guard's first look are history; new ones are crashes under load.
        if (!first && before !== undefined && c.restartCount > before) {
          report('Restart', `container '${c.name}' restarted (${before} → ${c.restartCount})${exit}`);
        }
      }
      if (isReady(pod)) {
        seen.ready = true;
        seen.unreadySince = undefined;
      } else if (seen.ready) {
        seen.unreadySince ??= at;
        if (at - seen.unreadySince >= this.graceMs) {
          report('ReadinessDrop', `was Ready and has not been for ${((at - seen.unreadySince) / 1000).toFixed(1)} s (its readiness probe fails)`);
        }
      }
    }
    return out;
  }
}

/** One poll of the new colour's pods, for `pollingSignals` from @pipeline/metrics. */
export function podSignalCheck(
  client: KubeClient,
  target: PodWatchTarget,
  options: PodSignalOptions & { now?: () => number } = {},
): (signal: AbortSignal) => Promise<CrashSignal[]> {
  const detector = new PodSignalDetector(options);
  const now = options.now ?? Date.now;
  return async (signal) => {
    const pods = await client.list<Pod>('v1', 'Pod', { namespace: target.namespace, labelSelector: target.labelSelector, signal });
    return detector.observe(pods.items, now());
  };
}
