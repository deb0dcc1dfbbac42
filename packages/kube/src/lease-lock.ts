import { sleep } from '@pipeline/core';
import type { Logger } from '@pipeline/core';
import type { KubeClient } from './client.ts';
import { isConflict, isKubeApiError, KubeApiError, KubeConnectionError } from './errors.ts';
import type { KubeObject, ObjectRef } from './types.ts';

export interface LeaseSpec {
  holderIdentity?: string;
  leaseDurationSeconds?: number;
  acquireTime?: string;
  renewTime?: string;
  leaseTransitions?: number;
}

export interface Lease extends KubeObject {
  spec?: LeaseSpec;
}

// ---- pure logic --------------------------------------------------------------------------------

/** Parses a MicroTime (RFC 3339 with up to nanoseconds) to epoch milliseconds. */
export function parseMicroTime(value: string | undefined): number | undefined {
  if (value === undefined || value === '') return undefined;
  const m = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(?:\.(\d+))?(Z|[+-]\d{2}:\d{2})$/.exec(value);
  if (m === null) return undefined;
  const base = Date.parse(`${m[1]}${m[3]}`);
  if (Number.isNaN(base)) return undefined;
  const fraction = m[2] === undefined ? 0 : Number(`0.${m[2]}`) * 1000;
  return base + Math.floor(fraction);
}

/** Epoch ms as the MicroTime the API stores: 2024-05-01T10:00:00.123000Z. */
export function formatMicroTime(ms: number): string {
  return new Date(ms).toISOString().replace(/\.(\d{3})Z$/, '.$1000Z');
}

/** When a lease runs out: its last renewal (or acquisition) plus its duration. Undefined if it never will be held. */
export function leaseExpiresAt(spec: LeaseSpec | undefined): number | undefined {
  const renewed = parseMicroTime(spec?.renewTime) ?? parseMicroTime(spec?.acquireTime);
  const duration = spec?.leaseDurationSeconds;
  if (renewed === undefined || duration === undefined) return undefined;
  return renewed + duration * 1000;
}

export type LeaseState = 'absent' | 'ours' | 'free' | 'expired' | 'held';

/**
 * Who may take a lease now. It is free when nobody holds it (released, or never renewed),
 * expired only once renewTime + leaseDurationSeconds lies in the past, and otherwise held.
 * The comparison uses our clock against the holder's timestamps, so hosts with skewed clocks
 * should use a lease duration well above the skew.
 */
export function leaseState(lease: Lease | undefined, identity: string, now: number): LeaseState {
  if (lease === undefined) return 'absent';
  const holder = lease.spec?.holderIdentity ?? '';
  if (holder === '') return 'free';
  if (holder === identity) return 'ours';
  const expires = leaseExpiresAt(lease.spec);
  if (expires === undefined) return 'expired';
  return expires < now ? 'expired' : 'held';
}

// ---- the lock ----------------------------------------------------------------------------------

/** Another holder has the lease and it has not expired (within the wait, if any). */
export class LockHeldError extends Error {
  override readonly name = 'LockHeldError';
  readonly holder: string;
  readonly expiresAt: Date | undefined;
  readonly lease: string;
  constructor(lease: string, holder: string, expiresAt: number | undefined, waitedMs: number) {
    const until = expiresAt === undefined ? '' : `; it expires at ${new Date(expiresAt).toISOString()} unless renewed`;
    super(`Lease ${lease} is held by ${holder}${waitedMs > 0 ? ` (waited ${Math.round(waitedMs / 1000)} s)` : ''}${until}`);
    this.holder = holder;
    this.expiresAt = expiresAt === undefined ? undefined : new Date(expiresAt);
    this.lease = lease;
  }
}

export interface LeaseLockOptions {
  namespace: string;
  name: string;
  /** Who holds the lock, shown to anyone who has to wait: bluegreen-deploy uses the run URL. */
  identity: string;
  /** The TTL: another holder may take over this long after our last renewal. */
  leaseDurationSeconds: number;
  /** How often the background renewal runs (default a third of the duration). */
  renewIntervalMs?: number;
  labels?: Record<string, string>;
  /** Epoch ms; tests move time instead of waiting for it. */
  clock?: () => number;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  logger?: Logger;
  /** Called once if the lease is lost: taken over, deleted, or not renewed in time (see LeaseLock). */
  onLost?: (reason: string) => void;
}

/** How long before our lease runs out we stop counting on it (a tenth of the TTL, at most this). */
const MAX_LOSS_MARGIN_MS = 1000;

export interface AcquireOptions {
  /** How long to wait for a held lease; 0 (default) fails at once with the holder's identity. */
  waitMs?: number;
  /** How often a waiting acquire re-reads the lease (default 1 s, and never past its expiry). */
  pollIntervalMs?: number;
  signal?: AbortSignal;
  /** Keep the lease renewed in the background until release() or stop() (default true). */
  renew?: boolean;
}

/**
 * A cross-run lock on a coordination.k8s.io/v1 Lease. Every write is conditional on the
 * resourceVersion last read, so two contenders can never both win: the loser gets 409, re-reads
 * and sees the winner. Nothing is ever overwritten blindly, and a create is never retried blindly.
 */
export class LeaseLock {
  private readonly client: KubeClient;
  private readonly options: LeaseLockOptions;
  private readonly clock: () => number;
  private readonly sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  private lease: Lease | undefined;
  private timer: NodeJS.Timeout | undefined;
  /** Fires when the lease runs out unless a renewal gets through first. */
  private watchdog: NodeJS.Timeout | undefined;
  /** The renewTime of our last successful write: others may take the lease a TTL after it. */
  private renewedAt = 0;
  private renewing: Promise<void> | undefined;
  /** Aborts the renewal in flight, so a hung request cannot outlive the lease or hold up release(). */
  private inFlight: AbortController | undefined;
  private readonly lostController = new AbortController();

  constructor(client: KubeClient, options: LeaseLockOptions) {
    if (!(options.leaseDurationSeconds >= 1)) throw new Error('leaseDurationSeconds must be at least 1');
    if (options.identity === '') throw new Error('a lease holder identity is required');
    this.client = client;
    this.options = options;
    this.clock = options.clock ?? Date.now;
    this.sleep = options.sleep ?? sleep;
  }

  get ref(): ObjectRef {
    return { apiVersion: 'coordination.k8s.io/v1', kind: 'Lease', namespace: this.options.namespace, name: this.options.name };
  }

  private get label(): string {
    return `${this.options.namespace}/${this.options.name}`;
  }

  /** Whether we hold the lease as far as we know. */
  get held(): boolean {
    return this.lease !== undefined && !this.lostController.signal.aborted;
  }

  /** Aborted when the lease is lost; pass it to work that must stop without the lock. */
  get lost(): AbortSignal {
    return this.lostController.signal;
  }

  private read(): Promise<Lease | undefined> {
    return this.client.find<Lease>(this.ref);
  }

  private spec(previous: LeaseSpec | undefined, takeover: boolean): LeaseSpec {
    const now = formatMicroTime(this.clock());
    return {
      holderIdentity: this.options.identity,
      leaseDurationSeconds: this.options.leaseDurationSeconds,
      acquireTime: takeover ? now : previous?.acquireTime ?? now,
      renewTime: now,
      leaseTransitions: (previous?.leaseTransitions ?? 0) + (takeover ? 1 : 0),
    };
  }

  /** PUT conditional on the resourceVersion we read; 409 means someone wrote in between. */
  private async update(current: Lease, spec: LeaseSpec, signal?: AbortSignal): Promise<Lease> {
    const body: Lease = { ...current, apiVersion: 'coordination.k8s.io/v1', kind: 'Lease', spec };
    if (signal === undefined) return this.client.replace<Lease>(body);
    return this.client.request<Lease>({ method: 'PUT', path: await this.client.pathOf(this.ref), body, query: { fieldManager: this.client.fieldManager }, signal });
  }

  private async tryOnce(): Promise<{ state: LeaseState | 'conflict'; lease: Lease | undefined }> {
    const current = await this.read();
    const state = leaseState(current, this.options.identity, this.clock());
    try {
      if (current === undefined) {
        const created = await this.client.create<Lease>({
          apiVersion: 'coordination.k8s.io/v1',
          kind: 'Lease',
          metadata: { name: this.options.name, namespace: this.options.namespace, ...(this.options.labels === undefined ? {} : { labels: this.options.labels }) },
          spec: this.spec(undefined, true),
        });
        return { state, lease: created };
      }
      switch (state) {
        case 'ours':
          return { state, lease: await this.update(current, this.spec(current.spec, false)) };
        case 'held':
          return { state, lease: current };
        default:
          return { state, lease: await this.update(current, this.spec(current.spec, true)) };
      }
    } catch (error) {
      // 409: another contender wrote first (AlreadyExists on create, Conflict on update). A create
      // whose answer was lost may have landed. Either way: re-read and decide again, never retry blindly.
      if (isConflict(error) || (state === 'absent' && (error instanceof KubeConnectionError || (isKubeApiError(error) && error.status >= 500)))) {
        this.options.logger?.debug(`Lease ${this.label}: ${error instanceof Error ? error.message : String(error)}; re-reading`);
        return { state: 'conflict', lease: undefined };
      }
      throw error;
    }
  }

  /**
   * Takes the lease: creates it, renews it if it is already ours, or takes it over if it is free
   * or expired. A live lease held by someone else fails at once with LockHeldError, or is waited
   * for up to `waitMs`.
   */
  async acquire(options: AcquireOptions = {}): Promise<Lease> {
    const started = this.clock();
    const waitMs = options.waitMs ?? 0;
    const poll = options.pollIntervalMs ?? 1000;
    let conflicts = 0;
    for (;;) {
      options.signal?.throwIfAborted();
      const { state, lease } = await this.tryOnce();
      if (state === 'conflict') {
        // Contenders racing for the same lease settle within a few rounds; endless conflicts are a fault.
        if (++conflicts > 10) throw new Error(`Lease ${this.label}: ${conflicts} conflicting writes in a row; giving up`);
        await this.sleep(Math.min(poll, 20 * conflicts), options.signal);
        continue;
      }
      conflicts = 0;
      if (state !== 'held') {
        this.lease = lease;
        this.renewedAt = parseMicroTime(lease?.spec?.renewTime) ?? this.clock();
        this.options.logger?.info(`Lease ${this.label} acquired by ${this.options.identity}${state === 'expired' ? ' (taken over after expiry)' : ''}`);
        if (options.renew !== false) this.startRenewing();
        return lease as Lease;
      }
      const holder = lease?.spec?.holderIdentity ?? '';
      const expires = leaseExpiresAt(lease?.spec);
      const waited = this.clock() - started;
      if (waited >= waitMs) throw new LockHeldError(this.label, holder, expires, waited);
      const untilExpiry = expires === undefined ? poll : expires - this.clock() + 50;
      const delay = Math.max(10, Math.min(poll, untilExpiry, waitMs - waited));
      this.options.logger?.info(`Lease ${this.label} is held by ${holder}; waiting (${Math.round((waitMs - waited) / 1000)} s left)`);
      await this.sleep(delay, options.signal);
    }
  }

  private startRenewing(): void {
    this.stop();
    const interval = this.options.renewIntervalMs ?? Math.max(200, (this.options.leaseDurationSeconds * 1000) / 3);
    const tick = () => {
      this.renewing = this.renew().finally(() => {
        this.renewing = undefined;
        if (this.held && this.timer !== undefined) {
          this.timer = setTimeout(tick, interval);
          this.timer.unref();
        }
      });
    };
    this.timer = setTimeout(tick, interval);
    // A held lock must not keep the process alive: the work does that, and an exit leaves the lease to expire.
    this.timer.unref();
    this.armWatchdog();
  }

  /**
   * Declares the lease lost shortly before it can run out, unless a renewal gets through first.
   * Renewals that fail, or hang, must not let the work go on past the point where another run may
   * take the lease: failures are retried, and a stalled request only times out after the client's
   * request timeout, both of which can be longer than the whole TTL.
   */
  private armWatchdog(): void {
    clearTimeout(this.watchdog);
    const ttl = this.options.leaseDurationSeconds * 1000;
    const margin = Math.min(MAX_LOSS_MARGIN_MS, ttl / 10);
    const runsOut = this.renewedAt + ttl;
    this.watchdog = setTimeout(() => {
      this.markLost(`not renewed since ${new Date(this.renewedAt).toISOString()}; it runs out at ${new Date(runsOut).toISOString()}, after which another run may take it`);
    }, Math.max(0, runsOut - margin - this.clock()));
    this.watchdog.unref();
  }

  private renewed(lease: Lease): void {
    this.lease = lease;
    this.renewedAt = parseMicroTime(lease.spec?.renewTime) ?? this.clock();
    if (this.timer !== undefined) this.armWatchdog();
  }

  private markLost(reason: string): void {
    if (this.lostController.signal.aborted) return;
    this.options.logger?.warning(`Lease ${this.label} lost: ${reason}`);
    this.stop();
    this.inFlight?.abort();
    this.lease = undefined;
    this.lostController.abort(new Error(`lease ${this.label} lost: ${reason}`));
    this.options.onLost?.(reason);
  }

  /** One renewal. Background renewal calls this; it is public so callers can renew before a long step. */
  async renew(): Promise<void> {
    const current = this.lease;
    if (current === undefined || this.lostController.signal.aborted) return;
    const attempt = new AbortController();
    this.inFlight = attempt;
    try {
      this.renewed(await this.update(current, this.spec(current.spec, false), attempt.signal));
    } catch (error) {
      // Released, stopped or lost meanwhile: whatever this attempt would have said is moot.
      if (attempt.signal.aborted) return;
      if (isConflict(error) || (error instanceof KubeApiError && error.status === 404)) {
        const fresh = await this.read().catch(() => undefined);
        if (attempt.signal.aborted) return;
        if (fresh !== undefined && fresh.spec?.holderIdentity === this.options.identity) {
          // Our own earlier write landed but its answer was lost; continue from the fresh copy.
          this.lease = fresh;
          try {
            this.renewed(await this.update(fresh, this.spec(fresh.spec, false), attempt.signal));
          } catch {
            // The next tick tries again from this copy.
          }
          return;
        }
        this.markLost(fresh === undefined ? 'the Lease was deleted' : `taken over by ${fresh.spec?.holderIdentity ?? '(nobody)'}`);
        return;
      }
      const runsOut = this.renewedAt + this.options.leaseDurationSeconds * 1000;
      this.options.logger?.warning(`Lease ${this.label}: renewal failed (${error instanceof Error ? error.message : String(error)}); it runs out at ${new Date(runsOut).toISOString()} unless a renewal gets through`);
    } finally {
      if (this.inFlight === attempt) this.inFlight = undefined;
    }
  }

  /** Stops renewing without releasing: the lease expires after its duration. */
  stop(): void {
    clearTimeout(this.timer);
    clearTimeout(this.watchdog);
    this.timer = undefined;
    this.watchdog = undefined;
  }

  /**
   * Gives the lease up, only if it is still ours: the holder is cleared so the next contender
   * need not wait for expiry. Returns false when someone else holds it (or nobody does).
   * Works from another process too (an action's `post:` step), given the same identity.
   */
  async release(): Promise<boolean> {
    this.stop();
    // A renewal in flight may hang (a stalled apiserver); the conditional writes below make waiting for it unnecessary.
    this.inFlight?.abort();
    await this.renewing;
    // The copy from our last write usually is the current one, which saves reading it; if anyone
    // (or a renewal whose answer was lost) wrote since, the write fails with 409 and we read.
    let known = this.lease !== undefined && this.lease.spec?.holderIdentity === this.options.identity ? this.lease : undefined;
    for (let attempt = 0; attempt < 5; attempt++) {
      const current = known ?? await this.read();
      known = undefined;
      if (current === undefined || current.spec?.holderIdentity !== this.options.identity) {
        this.lease = undefined;
        return false;
      }
      try {
        const now = formatMicroTime(this.clock());
        await this.update(current, { ...current.spec, holderIdentity: '', leaseDurationSeconds: 1, renewTime: now });
        this.lease = undefined;
        this.options.logger?.info(`Lease ${this.label} released by ${this.options.identity}`);
        return true;
      } catch (error) {
        // Our copy of a lease that is gone: 404, which a fresh read settles like a conflict.
        if (!isConflict(error) && !(error instanceof KubeApiError && error.status === 404)) throw error;
      }
    }
    return false;
  }
}
