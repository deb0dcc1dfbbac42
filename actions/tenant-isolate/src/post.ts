import { getState, runAction } from '@pipeline/core';
import type { Logger } from '@pipeline/core';
import { DEPLOYER_KUBECONFIG_STATE, removeDeployerKubeconfig } from './cleanup.ts';

await runAction(async (logger: Logger) => {
  await removeDeployerKubeconfig({ path: getState(DEPLOYER_KUBECONFIG_STATE), env: process.env, logger });
});
