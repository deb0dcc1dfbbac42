import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['packages/*/test/**/*.test.ts', 'actions/*/test/**/*.test.ts', 'test/**/*.test.ts'],
    exclude: ['**/node_modules/**', 'dist/**', 'bench/**'],
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // The totals reporter goes last: it prints the one closing line CI log readers look for.
    reporters: process.env['CI']
      ? ['default', ['junit', { outputFile: 'reports/junit.xml' }], './test/support/vitest-totals-reporter.ts']
      : ['default', './test/support/vitest-totals-reporter.ts'],
  },
});
