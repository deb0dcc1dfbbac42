/**
 * A vitest reporter that ends the run with one plain line,
 * `tests: N passed, N failed, N skipped`, so whoever reads a CI log sees the totals
 * without colour codes or scrolling.
 */
import type { SerializedError } from 'vitest';
import type { Reporter, TestModule, TestRunEndReason, Vitest } from 'vitest/node';

export interface Totals {
  passed: number;
  failed: number;
  skipped: number;
}

/** The slice of vitest's TestModule the count needs; plain objects satisfy it in tests. */
export interface CountableModule {
  state(): string;
  children: { allTests(): Iterable<{ result(): { state: string } }> };
}

/**
 * Counts test cases by state. A file that failed outside any test (a syntax error, a
 * throwing hook) and each unhandled error count as one failure each: otherwise a
 * broken run could end with "0 failed".
 */
export function countTotals(modules: ReadonlyArray<CountableModule>, unhandledErrors: number): Totals {
  const totals: Totals = { passed: 0, failed: unhandledErrors, skipped: 0 };
  for (const module of modules) {
    let failedTests = 0;
    for (const test of module.children.allTests()) {
      const state = test.result().state;
      if (state === 'passed') totals.passed++;
      else if (state === 'failed') failedTests++;
      // Skipped, todo, and tests an interrupted run never reached.
      else totals.skipped++;
    }
    totals.failed += failedTests === 0 && module.state() === 'failed' ? 1 : failedTests;
  }
  return totals;
}

export function formatTotals(totals: Totals): string {
  return `tests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`;
}

export default class TotalsReporter implements Reporter {
  readonly #write: (text: string) => void;
  #deferToExit = false;

  /** Vitest constructs reporters named by path with their options object, so output is injected through it. */
  constructor(options: { write?: (text: string) => void } = {}) {
    this.#write = options.write ?? ((text) => process.stdout.write(text));
  }

  onInit(vitest: Vitest): void {
    // Reporters end in parallel and junit logs "JUNIT report written" after its file
    // write, so a single run prints the totals at process exit to be truly last.
    // Watch mode has no exit per run and prints at once.
    this.#deferToExit = !vitest.config.watch;
  }

  onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<SerializedError>, _reason: TestRunEndReason): void {
    // The leading newline keeps the line alone even after output without a final newline.
    const line = `\n${formatTotals(countTotals(testModules, unhandledErrors.length))}\n`;
    if (this.#deferToExit) process.once('exit', () => this.#write(line));
    else this.#write(line);
  }
}
