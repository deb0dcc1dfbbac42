import type { TestProjectInlineConfiguration } from 'vitest/config';

/**
 * Test files that need the Kubernetes test cluster. Everything else stays in the fast project;
 * vitest runs a project's globalSetup only when that project has files to run, so the cluster
 * starts only when one of these is selected.
 */
export const KUBE_TEST_FILES: readonly string[] = ['test/kube-*.test.ts', 'test/*.kube.test.ts', 'packages/*/test/**/*.kube.test.ts', 'actions/*/test/**/*.kube.test.ts'];

/**
 * The `kube` vitest project: one shared cluster per run, provided to its files as `pipelineKube`,
 * and a loopback guard in every test worker.
 */
export const kubeProject: TestProjectInlineConfiguration = {
  extends: true,
  test: {
    name: 'kube',
    include: [...KUBE_TEST_FILES],
    exclude: ['**/node_modules/**', 'dist/**', 'bench/**'],
    globalSetup: ['test/kube/global-setup.ts'],
    setupFiles: ['test/kube/worker-setup.ts'],
    testTimeout: 60_000,
  },
};
