import type { RunContext } from '@pipeline/core';

/** What the `post:` step needs to release the locks this run took (no secrets). */
export interface LockState {
  namespace: string;
  service: string;
  identity: string;
}

export const LOCK_STATE = 'bluegreen-locks';

export function lockIdentity(context: RunContext): string {
  // The attempt distinguishes a re-run from the run it replaces: a dead attempt's lease is taken over only after its TTL.
  return context.runUrl === '' ? `local/${process.pid}` : `${context.runUrl}/attempts/${context.runAttempt}`;
}
