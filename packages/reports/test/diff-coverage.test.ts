import { ConfigurationError } from '@pipeline/core';
import { describe, expect, it } from 'vitest';
import { computeDiffCoverage } from '../src/diff-coverage.ts';
import type { CoverageReport } from '../src/model.ts';

/** A report from `{ path: { line: hits } }`. */
function report(files: Record<string, Record<number, number>>, perLine = true): CoverageReport {
  return {
    kind: 'coverage',
    format: 'lcov',
    source: 'coverage/lcov.info',
    files: Object.entries(files).map(([path, lines]) => ({ path, lines: new Map(Object.entries(lines).map(([line, hits]) => [Number(line), hits])) })),
    totals: { lines: { covered: 0, total: 0 } },
    perLine,
  };
}

function changed(files: Record<string, number[]>): Map<string, Set<number>> {
  return new Map(Object.entries(files).map(([path, lines]) => [path, new Set(lines)]));
}

describe('computeDiffCoverage', () => {
  it('measures changed executable lines and lists the uncovered ones', () => {
    const coverage = report({ 'src/b.ts': { 1: 1, 2: 0, 3: 5, 9: 0 }, 'src/a.ts': { 10: 0, 11: 2 } });
    const result = computeDiffCoverage([coverage], changed({ 'src/b.ts': [9, 1, 2, 4], 'src/a.ts': [11, 12] }));
    expect(result).toEqual({
      files: [
        { path: 'src/a.ts', measured: 1, covered: 1, percent: 100, uncoveredLines: [] },
        // Line 4 is not executable (a comment or a blank line): not measured.
        { path: 'src/b.ts', measured: 3, covered: 1, percent: (1 / 3) * 100, uncoveredLines: [2, 9] },
      ],
      measured: 4,
      covered: 2,
      percent: 50,
      skipped: false,
      unmatchedFiles: [],
    });
  });

  it('combines reports: a line is executable if any report lists it and covered if any hit it', () => {
    const unit = report({ 'a.ts': { 1: 0, 2: 3, 3: 0 } });
    const integration = report({ 'a.ts': { 1: 4, 3: 0, 5: 0 } });
    const result = computeDiffCoverage([unit, integration], changed({ 'a.ts': [1, 2, 3, 4, 5] }));
    expect(result.files).toEqual([{ path: 'a.ts', measured: 4, covered: 2, percent: 50, uncoveredLines: [3, 5] }]);
  });

  it('lists changed files that no report knows, and leaves out files whose changed lines are not executable', () => {
    const coverage = report({ 'src/a.ts': { 1: 1 }, 'src/comment.ts': { 1: 1 } });
    const result = computeDiffCoverage([coverage], changed({ 'src/a.ts': [1], 'src/new.ts': [1, 2], 'README.md': [3], 'src/a.test.ts': [], 'src/comment.ts': [7] }));
    expect(result.unmatchedFiles).toEqual(['README.md', 'src/new.ts']);
    expect(result.files.map((file) => file.path)).toEqual(['src/a.ts']);
  });

  describe('path matching', () => {
    it('matches a coverage path that ends a changed path, the longest one winning', () => {
      const coverage = report({ 'index.ts': { 1: 0 }, 'src/index.ts': { 1: 1 } });
      const result = computeDiffCoverage([coverage], changed({ 'packages/web/src/index.ts': [1] }));
      expect(result.files).toEqual([{ path: 'packages/web/src/index.ts', measured: 1, covered: 1, percent: 100, uncoveredLines: [] }]);
    });

    it('matches whole path segments only', () => {
      const result = computeDiffCoverage([report({ 'b.ts': { 1: 1 } })], changed({ 'lib/ab.ts': [1] }));
      expect(result.unmatchedFiles).toEqual(['lib/ab.ts']);
    });

    it('refuses a suffix that several changed files share, or that one of them matches exactly', () => {
      const ambiguous = computeDiffCoverage([report({ 'src/index.ts': { 1: 1 } })], changed({ 'packages/a/src/index.ts': [1], 'packages/b/src/index.ts': [1] }));
      expect(ambiguous.files).toEqual([]);
      expect(ambiguous.unmatchedFiles).toEqual(['packages/a/src/index.ts', 'packages/b/src/index.ts']);
      const exact = computeDiffCoverage([report({ 'src/x.ts': { 1: 1 } })], changed({ 'src/x.ts': [1], 'tools/src/x.ts': [1] }));
      expect(exact.files.map((file) => file.path)).toEqual(['src/x.ts']);
      expect(exact.unmatchedFiles).toEqual(['tools/src/x.ts']);
    });

    it('matches an absolute path from another machine to the changed path it ends with, unless two claim it', () => {
      const container = report({ '/app/src/x.ts': { 1: 0, 2: 1 } });
      expect(computeDiffCoverage([container], changed({ 'src/x.ts': [1, 2] })).files).toEqual([{ path: 'src/x.ts', measured: 2, covered: 1, percent: 50, uncoveredLines: [1] }]);
      const windows = report({ 'D:/a/repo/repo/src/x.ts': { 1: 1 } });
      expect(computeDiffCoverage([windows], changed({ 'src/x.ts': [1] })).files[0]?.covered).toBe(1);
      const two = report({ '/app/packages/a/src/x.ts': { 1: 1 }, '/app/packages/b/src/x.ts': { 1: 0 } });
      expect(computeDiffCoverage([two], changed({ 'src/x.ts': [1] })).unmatchedFiles).toEqual(['src/x.ts']);
    });

    it('adds an absolute copy of a file to its exact relative match', () => {
      const relative = report({ 'src/x.ts': { 1: 0, 2: 0 } });
      const absolute = report({ '/build/src/x.ts': { 2: 7 } });
      expect(computeDiffCoverage([relative, absolute], changed({ 'src/x.ts': [1, 2] })).files[0]).toMatchObject({ covered: 1, uncoveredLines: [1] });
    });
  });

  describe('skipping', () => {
    it('skips a diff with no measured line by default', () => {
      const result = computeDiffCoverage([report({ 'a.ts': { 1: 1 } })], changed({ 'a.ts': [2] }));
      expect(result).toMatchObject({ measured: 0, percent: undefined, skipped: true, reason: 'No changed line is executable code that a coverage report measures.' });
    });

    it('skips below minLines and says how many lines were measured', () => {
      const result = computeDiffCoverage([report({ 'a.ts': { 1: 1, 2: 0, 3: 1 } })], changed({ 'a.ts': [1, 2, 3] }), { minLines: 5 });
      expect(result).toMatchObject({ measured: 3, covered: 2, skipped: true, reason: 'Only 3 changed lines are measured; diff coverage is judged from 5.' });
      expect(result.percent).toBeCloseTo(66.667, 3);
    });

    it('never skips with minLines 0, and leaves percent undefined when nothing is measured', () => {
      const result = computeDiffCoverage([report({})], changed({}), { minLines: 0 });
      expect(result).toEqual({ files: [], measured: 0, covered: 0, percent: undefined, skipped: false, unmatchedFiles: [] });
    });

    it('explains when there are no reports, or only summary reports', () => {
      expect(computeDiffCoverage([], changed({ 'a.ts': [1] })).reason).toBe('No coverage report was given.');
      const summaryOnly = computeDiffCoverage([report({ 'a.ts': { 1: 1 } }, false)], changed({ 'a.ts': [1] }));
      expect(summaryOnly).toMatchObject({ skipped: true, measured: 0, unmatchedFiles: ['a.ts'] });
      expect(summaryOnly.reason).toContain('totals only');
    });

    it('refuses a minLines that is not a whole number of 0 or more', () => {
      expect(() => computeDiffCoverage([], changed({}), { minLines: -1 })).toThrow(ConfigurationError);
      expect(() => computeDiffCoverage([], changed({}), { minLines: 1.5 })).toThrow(ConfigurationError);
    });
  });
});
