// The `post:` step: release the locks this job took (if the main step died holding them) and
// scale down a previous colour whose scale-down-delay has passed.
import { getState, maskSecret, parseInputs, runAction } from '@pipeline/core';
import type { Logger } from '@pipeline/core';
import { leaseName, scaleDownExpired } from '@pipeline/bluegreen';
import { KubeClient, LeaseLock, LockHeldError } from '@pipeline/kube';
import { LOCK_STATE } from './lock-state.ts';
import type { LockState } from './lock-state.ts';
import { inputSchema } from './inputs.ts';

function lockStates(text: string): LockState[] {
  if (text === '') return [];
  try {
    const value: unknown = JSON.parse(text);
    if (!Array.isArray(value)) return [];
    return value.filter((v): v is LockState => typeof v === 'object' && v !== null && ['namespace', 'service', 'identity'].every((k) => typeof (v as Record<string, unknown>)[k] === 'string'));
  } catch {
    return [];
  }
}

await runAction(async (logger: Logger) => {
  const locks = lockStates(getState(LOCK_STATE));
  if (locks.length === 0) return;
  const inputs = parseInputs(inputSchema, { mask: (s) => maskSecret(s) });
  const { client } = await KubeClient.fromConfig({
    ...(inputs.kubeconfig === undefined ? {} : { kubeconfig: inputs.kubeconfig }),
    ...(inputs.context === undefined ? {} : { context: inputs.context }),
    mask: (s) => maskSecret(s),
    logger,
  });
  try {
    for (const held of locks) {
      const name = leaseName(held.service);
      const lock = new LeaseLock(client, { namespace: held.namespace, name, identity: held.identity, leaseDurationSeconds: 1, logger });
      if (await lock.release()) logger.info(`Released the lock on ${held.namespace}/${held.service}, which the main step still held`);
      if (inputs.dryRun) continue;
      // Scaling down is a write like any other: only under the lock, so a run that has just taken
      // it (and may be rolling out to that very colour) is never disturbed. Held elsewhere: skip.
      const own = new LeaseLock(client, { namespace: held.namespace, name, identity: `${held.identity}/post`, leaseDurationSeconds: Math.max(1, Math.round(inputs.lockTtl / 1000)), logger });
      try {
        // Renewed while held, so `own.lost` really fires if the lease slips away mid scale-down.
        await own.acquire({ waitMs: 0 });
      } catch (error) {
        if (error instanceof LockHeldError) {
          logger.info(`${held.namespace}/${held.service} is locked by ${error.holder}; leaving the scale-down to it`);
          continue;
        }
        throw error;
      }
      try {
        await scaleDownExpired(client, { namespace: held.namespace, service: held.service }, { logger, signal: own.lost });
      } finally {
        await own.release();
      }
    }
  } finally {
    client.close();
  }
});
