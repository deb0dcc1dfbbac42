import { existsSync } from 'node:fs';
import { errorMessage } from '@pipeline/core';
import type { Logger } from '@pipeline/core';
import { removeTempKubeconfig } from '@pipeline/kube';

/** The state main saves the minted deployer kubeconfig's path under, for the `post:` step. */
export const DEPLOYER_KUBECONFIG_STATE = 'deployer-kubeconfig-path';

export interface CleanupOptions {
  /** The path main saved; empty when it minted no kubeconfig. */
  path: string;
  /** Holds RUNNER_TEMP (else the OS temp dir is used), the only place a kubeconfig of ours is removed from. */
  env: NodeJS.ProcessEnv;
  logger: Logger;
}

export type CleanupOutcome = 'nothing-minted' | 'removed' | 'already-gone' | 'refused' | 'failed';

/**
 * The `post:` step: removes the deployer kubeconfig main wrote under RUNNER_TEMP, so its token
 * does not outlive the job on disk for later steps or a self-hosted runner's next job. A failure
 * only warns: the runner empties RUNNER_TEMP when the job ends, and a cleanup should not fail a
 * deploy that succeeded.
 */
export async function removeDeployerKubeconfig(options: CleanupOptions): Promise<CleanupOutcome> {
  const { path, env, logger } = options;
  if (path === '') {
    logger.debug('No deployer kubeconfig was minted; nothing to remove.');
    return 'nothing-minted';
  }
  if (!existsSync(path)) {
    logger.info(`The deployer kubeconfig ${path} is already gone.`);
    return 'already-gone';
  }
  try {
    if (await removeTempKubeconfig(path, env)) {
      logger.info(`Removed the deployer kubeconfig ${path}.`);
      return 'removed';
    }
    // Only a tampered or foreign state value gets here: removeTempKubeconfig deletes nothing it did not write.
    logger.warning(`Kept ${path}: it is not a kubeconfig tenant-isolate wrote under RUNNER_TEMP.`);
    return 'refused';
  } catch (error) {
    logger.warning(`Could not remove the deployer kubeconfig ${path}: ${errorMessage(error)}. The runner removes RUNNER_TEMP when the job ends.`);
    return 'failed';
  }
}
