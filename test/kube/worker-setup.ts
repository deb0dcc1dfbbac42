// vitest setupFiles entry for the kube project: test code itself may only connect to loopback.
// A setup file exists for its side effect; nothing else imports this module.
import { afterAll, inject } from 'vitest';
import type { TestClusterInfo } from './cluster.ts';
import { installLoopbackGuard } from './loopback-guard.ts';

const cluster = inject('pipelineKube') as TestClusterInfo | undefined;
const remove = installLoopbackGuard(cluster?.guardViolationsFile);
afterAll(() => remove());
