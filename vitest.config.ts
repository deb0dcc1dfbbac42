import { defineConfig } from 'vitest/config';
import { KUBE_TEST_FILES, kubeProject } from './test/kube/vitest-project.ts';

export default defineConfig({
  test: {
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // The totals reporter goes last: it prints the one closing line CI log readers look for.
    reporters: process.env['CI']
      ? ['default', ['junit', { outputFile: 'reports/junit.xml' }], './test/support/vitest-totals-reporter.ts']
      : ['default', './test/support/vitest-totals-reporter.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['packages/*/test/**/*.test.ts', 'actions/*/test/**/*.test.ts', 'test/**/*.test.ts'],
          exclude: ['**/node_modules/**', 'dist/**', 'bench/**', ...KUBE_TEST_FILES],
        },
      },
      // The real Kubernetes control plane starts only when a file of this project runs.
      kubeProject,
    ],
  },
});
