import { ConfigurationError } from '@pipeline/core';
import type { CoverageReport, FileCoverage } from './model.ts';
import { isAbsolutePosix } from './normalize-path.ts';

export interface DiffCoverageOptions {
  /**
   * Fewest measured changed lines for the percentage to mean anything; below it
   * the result is `skipped`. Defaults to 1, so a diff that touches no executable
   * line is skipped rather than scored.
   */
  minLines?: number;
}

export interface FileDiffCoverage {
  /** Repository-relative path, as the diff names it. */
  path: string;
  /** Changed lines that a coverage report lists as executable. */
  measured: number;
  /** Measured lines with at least one hit in any report. */
  covered: number;
  percent: number;
  /** Measured lines no report saw executed, ascending. */
  uncoveredLines: number[];
}

export interface DiffCoverage {
  /** Files with at least one measured changed line, sorted by path. */
  files: FileDiffCoverage[];
  measured: number;
  covered: number;
  /** covered / measured × 100; undefined when nothing was measured. */
  percent: number | undefined;
  /** True when too few lines were measured for the percentage to be judged. */
  skipped: boolean;
  /** Why it was skipped, for the summary. */
  reason?: string;
  /**
   * Changed files (with added lines) that no coverage report describes: a new
   * module no test imports looks exactly like this, so callers should show it.
   */
  unmatchedFiles: string[];
}

/**
 * Coverage of the lines a change adds. A changed line is measured when any
 * report lists it as executable, and covered when any report saw it executed,
 * so reports from separate test jobs combine (unit + integration).
 *
 * Paths are matched exactly first. Producers often write paths relative to the
 * directory they ran in (`src/a.ts` for `packages/web/src/a.ts`), so a coverage
 * path that is a trailing run of whole segments of a changed path matches it,
 * the longest such path winning. It must be unambiguous: a coverage path that is
 * the suffix of several changed paths, or that also matches one exactly, is not
 * used for any of them. An absolute coverage path (written on another machine or
 * in a container, so outside the workspace) matches the longest changed path it
 * ends with, when no other absolute path claims that changed path.
 *
 * Reports without per-line data (istanbul-summary) cannot take part.
 */
export function computeDiffCoverage(coverage: readonly CoverageReport[], changed: ReadonlyMap<string, ReadonlySet<number>>, options: DiffCoverageOptions = {}): DiffCoverage {
  const minLines = options.minLines ?? 1;
  if (!Number.isInteger(minLines) || minLines < 0) {
    throw new ConfigurationError(`The minimum number of measured changed lines must be a whole number of 0 or more, not ${String(minLines)}.`);
  }
  const perLine = coverage.filter((report) => report.perLine);
  const sources = matchFiles(perLine, changed);

  const files: FileDiffCoverage[] = [];
  const unmatchedFiles: string[] = [];
  let measured = 0;
  let covered = 0;
  for (const [path, lines] of changed) {
    if (lines.size === 0) continue;
    const matched = sources.get(path);
    if (matched === undefined) {
      unmatchedFiles.push(path);
      continue;
    }
    const file = measureFile(path, lines, matched);
    if (file === undefined) continue;
    files.push(file);
    measured += file.measured;
    covered += file.covered;
  }
  files.sort((a, b) => compare(a.path, b.path));
  unmatchedFiles.sort(compare);

  const result: DiffCoverage = {
    files,
    measured,
    covered,
    percent: measured > 0 ? (covered / measured) * 100 : undefined,
    skipped: false,
    unmatchedFiles,
  };
  if (measured < minLines) {
    result.skipped = true;
    result.reason = skipReason(coverage.length, perLine.length, measured, minLines);
  }
  return result;
}

function measureFile(path: string, lines: ReadonlySet<number>, sources: readonly FileCoverage[]): FileDiffCoverage | undefined {
  let measured = 0;
  let covered = 0;
  const uncoveredLines: number[] = [];
  for (const line of lines) {
    let executable = false;
    let hit = false;
    for (const source of sources) {
      const hits = source.lines.get(line);
      if (hits === undefined) continue;
      executable = true;
      if (hits > 0) {
        hit = true;
        break;
      }
    }
    if (!executable) continue;
    measured += 1;
    if (hit) covered += 1;
    else uncoveredLines.push(line);
  }
  if (measured === 0) return undefined;
  uncoveredLines.sort((a, b) => a - b);
  return { path, measured, covered, percent: (covered / measured) * 100, uncoveredLines };
}

/** For every changed path, the coverage entries that describe it. */
function matchFiles(reports: readonly CoverageReport[], changed: ReadonlyMap<string, ReadonlySet<number>>): Map<string, FileCoverage[]> {
  const byPath = new Map<string, FileCoverage[]>();
  for (const report of reports) {
    for (const file of report.files) {
      const entries = byPath.get(file.path);
      if (entries === undefined) byPath.set(file.path, [file]);
      else entries.push(file);
    }
  }

  const matched = new Map<string, FileCoverage[]>();
  const exact = new Set<string>();
  const suffixClaims = new Map<string, string[]>();
  for (const path of changed.keys()) {
    const entries = byPath.get(path);
    if (entries !== undefined) {
      matched.set(path, [...entries]);
      exact.add(path);
      continue;
    }
    // The first suffix found from the left is the longest.
    for (let slash = path.indexOf('/'); slash !== -1; slash = path.indexOf('/', slash + 1)) {
      const suffix = path.slice(slash + 1);
      if (byPath.has(suffix)) {
        const claims = suffixClaims.get(suffix);
        if (claims === undefined) suffixClaims.set(suffix, [path]);
        else claims.push(path);
        break;
      }
    }
  }
  for (const [suffix, claimants] of suffixClaims) {
    const [only] = claimants;
    if (claimants.length !== 1 || only === undefined || exact.has(suffix)) continue;
    matched.set(only, [...(byPath.get(suffix) ?? [])]);
  }

  const absoluteClaims = new Map<string, string[]>();
  for (const path of byPath.keys()) {
    if (!isAbsolutePosix(path)) continue;
    for (let slash = path.indexOf('/'); slash !== -1; slash = path.indexOf('/', slash + 1)) {
      const suffix = path.slice(slash + 1);
      if (changed.has(suffix)) {
        const claims = absoluteClaims.get(suffix);
        if (claims === undefined) absoluteClaims.set(suffix, [path]);
        else claims.push(path);
        break;
      }
    }
  }
  for (const [path, claimants] of absoluteClaims) {
    const [only] = claimants;
    if (claimants.length !== 1 || only === undefined) continue;
    const entries = matched.get(path);
    const absolute = byPath.get(only) ?? [];
    if (entries === undefined) matched.set(path, [...absolute]);
    else entries.push(...absolute);
  }
  return matched;
}

function skipReason(reports: number, perLineReports: number, measured: number, minLines: number): string {
  if (reports === 0) return 'No coverage report was given.';
  if (perLineReports === 0) return 'The coverage reports carry totals only (no per-line data), so changed lines cannot be measured.';
  if (measured === 0) return 'No changed line is executable code that a coverage report measures.';
  return `Only ${measured} changed ${measured === 1 ? 'line is' : 'lines are'} measured; diff coverage is judged from ${minLines}.`;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
