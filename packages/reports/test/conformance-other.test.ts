import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfigurationError } from '@pipeline/core';
import { describe, expect, it } from 'vitest';
import { parseCobertura } from '../src/cobertura.ts';
import { parseUnifiedDiff } from '../src/diff.ts';
import { computeDiffCoverage } from '../src/diff-coverage.ts';
import type { DiffCoverage } from '../src/diff-coverage.ts';
import { parseIstanbulSummary } from '../src/istanbul.ts';
import { parseLcov } from '../src/lcov.ts';
import type { CoverageReport, Finding, ParseContext, Ratio } from '../src/model.ts';
import { parseSarif } from '../src/sarif.ts';

/*
 * Conformance against third-party fixtures in ../shared/fixtures (read in place,
 * never copied): diff_cover's own integration cases for diff coverage, LCOV from
 * real producers checked against the totals they state, and SARIF logs from
 * CodeQL, Trivy, ruff, gitleaks and the SARIF tutorials checked against the
 * counts PROVENANCE records.
 */
const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
const fixtures = process.env['PIPELINE_FIXTURES'] ?? join(repoRoot, '..', 'shared', 'fixtures');
const present = existsSync(join(fixtures, 'provenance.json'));
const suite = present ? 'conformance: LCOV, istanbul, SARIF and diff coverage against shared fixtures' : `conformance skipped: no shared fixtures at ${fixtures} (set PIPELINE_FIXTURES to a fixtures checkout)`;

if (!present) console.warn(suite);

const diffCover = (name: string): string => join(fixtures, 'coverage', 'diff_cover', name);

interface ProvenanceRow {
  category: string;
  file: string;
  truth: string;
}

/** Rows of provenance.json; none when the fixtures are absent (the suite is skipped then). */
function provenance(): ProvenanceRow[] {
  if (!present) return [];
  return JSON.parse(readFileSync(join(fixtures, 'provenance.json'), 'utf8')) as ProvenanceRow[];
}

/**
 * diff_cover's integration cases (tests/test_integration.py @ e34eec39b050,
 * TestDiffCoverIntegration): the mocked `git diff` output, the coverage
 * report(s) given on the command line, and the console report the test expects.
 * PROVENANCE.md refers to this as the triples table; it lists each file, and
 * this is how diff_cover's tests combine them.
 */
interface Triple {
  test: string;
  diff: string;
  coverage: string[];
  expected: string;
  /** Where our behaviour deliberately differs from diff_cover's. */
  deviation?: 'function-lines' | 'expand-coverage' | 'no-lines';
}

const TRIPLES: Triple[] = [
  { test: 'test_added_file_console', diff: 'git_diff_add.txt', coverage: ['coverage.xml'], expected: 'add_console_report.txt' },
  { test: 'test_added_file_console_lcov', diff: 'git_diff_add.txt', coverage: ['lcov.info'], expected: 'add_console_report.txt' },
  { test: 'test_show_uncovered_lines_console', diff: 'git_diff_add.txt', coverage: ['coverage.xml'], expected: 'show_uncovered_lines_console.txt' },
  { test: 'test_lua_coverage', diff: 'git_diff_lua.txt', coverage: ['luacoverage.xml'], expected: 'lua_console_report.txt' },
  { test: 'test_deleted_file_console', diff: 'git_diff_delete.txt', coverage: ['coverage.xml'], expected: 'delete_console_report.txt', deviation: 'no-lines' },
  { test: 'test_changed_file_console', diff: 'git_diff_changed.txt', coverage: ['coverage.xml'], expected: 'changed_console_report.txt' },
  { test: 'test_changed_file_lcov_console', diff: 'git_diff_changed.txt', coverage: ['lcov.info'], expected: 'changed_console_report.txt' },
  { test: 'test_moved_file_console', diff: 'git_diff_moved.txt', coverage: ['moved_coverage.xml'], expected: 'moved_console_report.txt' },
  { test: 'test_mult_inputs_console', diff: 'git_diff_mult.txt', coverage: ['coverage1.xml', 'coverage2.xml'], expected: 'mult_inputs_console_report.txt' },
  // diff_cover needs GitPathTool.relative_path mocked to strip "sub/"; suffix matching does it unaided.
  { test: 'test_subdir_coverage_console', diff: 'git_diff_subdir.txt', coverage: ['coverage.xml'], expected: 'subdir_coverage_console_report.txt' },
  { test: 'test_unicode_console', diff: 'git_diff_unicode.txt', coverage: ['unicode_coverage.xml'], expected: 'unicode_console_report.txt' },
  { test: 'test_expand_coverage_report_complete_report', diff: 'git_diff_add.txt', coverage: ['coverage.xml'], expected: 'add_console_report.txt' },
  { test: 'test_expand_coverage_report_uncomplete_report', diff: 'git_diff_add.txt', coverage: ['coverage_missing_lines.xml'], expected: 'expand_console_report.txt', deviation: 'expand-coverage' },
  { test: 'test_real_world_cpp_lcov_coverage', diff: 'git_diff_cpp.txt', coverage: ['real_cpp_coverage.lcov'], expected: 'real_cpp_console_report.txt' },
  { test: 'test_real_world_python_lcov_coverage', diff: 'git_diff_python.txt', coverage: ['real_python_coverage.lcov'], expected: 'real_python_console_report.txt' },
  { test: 'test_real_world_typescript_lcov_coverage', diff: 'git_diff_typescript.txt', coverage: ['real_typescript_coverage.lcov'], expected: 'real_typescript_console_report.txt', deviation: 'function-lines' },
  { test: 'test_real_world_lcov_with_function_coverage', diff: 'git_diff_cpp_functions.txt', coverage: ['cpp_functions_coverage.lcov'], expected: 'cpp_functions_console_report.txt' },
  { test: 'test_real_world_lcov_with_branch_coverage', diff: 'git_diff_typescript_branches.txt', coverage: ['typescript_branches_coverage.lcov'], expected: 'typescript_branches_console_report.txt', deviation: 'function-lines' },
  // test_dot_net_diff is left out: its expected dotnet_coverage_console_report.txt is not among the shared fixtures.
];

interface ConsoleReport {
  files: { path: string; percent: string; missing: number[] }[];
  total: number | undefined;
  missing: number | undefined;
  coverage: number | undefined;
  noLines: boolean;
}

/** Reads diff_cover's console (or markdown) report back into numbers. */
function readConsoleReport(text: string): ConsoleReport {
  const report: ConsoleReport = { files: [], total: undefined, missing: undefined, coverage: undefined, noLines: text.includes('No lines with coverage information in this diff.') };
  for (const raw of text.split('\n')) {
    const line = raw.replace(/^- /, '').replaceAll('&#46;', '.').replaceAll('**', '');
    const file = /^(\S.*?) \((\d+(?:\.\d)?)%\)(?:: Missing lines (.+))?$/.exec(line);
    if (file?.[1] !== undefined && file[2] !== undefined) {
      report.files.push({ path: file[1], percent: file[2], missing: file[3] === undefined ? [] : expandRanges(file[3]) });
      continue;
    }
    const total = /^Total:\s+(\d+) lines?$/.exec(line);
    if (total?.[1] !== undefined) report.total = Number(total[1]);
    const missing = /^Missing:\s+(\d+) lines?$/.exec(line);
    if (missing?.[1] !== undefined) report.missing = Number(missing[1]);
    const coverage = /^Coverage:\s+(\d+)%$/.exec(line);
    if (coverage?.[1] !== undefined) report.coverage = Number(coverage[1]);
  }
  return report;
}

/** "2-4,8,10" → [2, 3, 4, 8, 10] */
function expandRanges(list: string): number[] {
  return list.split(',').flatMap((part) => {
    const [from, to] = part.split('-').map(Number);
    if (from === undefined) return [];
    return to === undefined ? [from] : Array.from({ length: to - from + 1 }, (_, index) => from + index);
  });
}

/** diff_cover prints a file's percent with round(1), except 100 as "100". */
function printedPercent(percent: number): string {
  return percent === 100 ? '100' : (Math.round(percent * 10) / 10).toFixed(1);
}

async function coverageOf(name: string, ctx: ParseContext): Promise<CoverageReport> {
  const input = createReadStream(diffCover(name), { highWaterMark: 64 }) as AsyncIterable<Buffer>;
  // No <source> root in these reports resolves on this machine; filenames stand alone.
  return name.endsWith('.xml') ? parseCobertura(input, ctx, { fileExists: () => false }) : parseLcov(input, ctx);
}

async function runTriple(triple: Triple): Promise<{ result: DiffCoverage; changed: Map<string, Set<number>>; reports: CoverageReport[] }> {
  const workspace = join(fixtures, 'coverage', 'diff_cover');
  const reports = await Promise.all(triple.coverage.map((name) => coverageOf(name, { source: name, workspace })));
  const changed = parseUnifiedDiff(readFileSync(diffCover(triple.diff), 'utf8'));
  return { result: computeDiffCoverage(reports, changed), changed, reports };
}

/** FN start lines of an LCOV file that no DA record lists: diff_cover counts them as measured lines. */
function functionOnlyLines(lcov: string): Set<number> {
  const daLines = new Set([...lcov.matchAll(/^DA:(\d+),/gm)].map((match) => Number(match[1])));
  return new Set([...lcov.matchAll(/^FN:(\d+),/gm)].map((match) => Number(match[1])).filter((line) => !daLines.has(line)));
}

describe.skipIf(!present)(suite, () => {
  describe('diff coverage against diff_cover', () => {
    it.each(TRIPLES.map((triple) => [triple.test, triple] as const))('%s', async (_, triple) => {
      const expected = readConsoleReport(readFileSync(diffCover(triple.expected), 'utf8'));
      const { result, changed, reports } = await runTriple(triple);

      if (triple.deviation === 'no-lines') {
        // diff_cover scores a diff without measured lines as 100% and passes any
        // --fail-under; we report nothing measured and mark the result skipped.
        expect(expected.noLines).toBe(true);
        expect(result).toMatchObject({ files: [], measured: 0, percent: undefined, skipped: true });
        return;
      }

      let extraMeasured = 0;
      let expectedMissing = expected.files.map((file) => ({ path: file.path, missing: file.missing }));
      if (triple.deviation === 'function-lines') {
        // diff_cover also measures the line of every LCOV FN record. A function's
        // declaration line is not a statement (istanbul gives it no DA record),
        // so we measure DA lines only: fewer lines, the same misses and percent.
        const lcov = readFileSync(diffCover(triple.coverage[0] ?? ''), 'utf8');
        const changedLines = new Set([...changed.values()].flatMap((set) => [...set]));
        extraMeasured = [...functionOnlyLines(lcov)].filter((line) => changedLines.has(line)).length;
        expect(extraMeasured).toBeGreaterThan(0);
      }
      if (triple.deviation === 'expand-coverage') {
        // With --expand-coverage-report diff_cover gives a line that the report
        // omits the status of the line above it. We never invent coverage data:
        // an omitted line is not executable, so it is neither measured nor missing.
        const known = new Set(reports.flatMap((report) => report.files.flatMap((file) => [...file.lines.keys()])));
        const invented = [...(changed.get('test_src.txt') ?? [])].filter((line) => !known.has(line));
        expect(invented).toEqual([3, 6]);
        extraMeasured = invented.length;
        expectedMissing = expectedMissing.map((file) => ({ path: file.path, missing: file.missing.filter((line) => known.has(line)) }));
        expect(result.files.map((file) => ({ path: file.path, missing: file.uncoveredLines }))).toEqual(expectedMissing);
        expect(result.measured + extraMeasured).toBe(expected.total);
        return;
      }

      expect(result.files.map((file) => ({ path: file.path, missing: file.uncoveredLines }))).toEqual(expectedMissing);
      expect(result.files.map((file) => printedPercent(file.percent))).toEqual(expected.files.map((file) => file.percent));
      expect(result.measured + extraMeasured).toBe(expected.total);
      expect(result.measured - result.covered).toBe(expected.missing);
      // diff_cover truncates the total percentage: int(covered / total * 100).
      expect(Math.floor(((result.covered) / (result.measured)) * 100)).toBe(expected.coverage);
      expect(result.skipped).toBe(false);
      expect(result.unmatchedFiles).toEqual([]);
    });

    it('matches the JSON and markdown reports of test_all_reports', async () => {
      const triple = TRIPLES[0] as Triple;
      const { result, changed } = await runTriple(triple);
      const json = JSON.parse(readFileSync(diffCover('add_json_report.json'), 'utf8')) as {
        src_stats: Record<string, { percent_covered: number; violation_lines: number[]; covered_lines: number[] }>;
        total_num_lines: number;
        total_num_violations: number;
        total_percent_covered: number;
        num_changed_lines: number;
      };
      const ours = Object.fromEntries(result.files.map((file) => {
        const covered = [...(changed.get(file.path) ?? [])].filter((line) => !file.uncoveredLines.includes(line)).sort((a, b) => a - b);
        return [file.path, { percent_covered: file.percent, violation_lines: file.uncoveredLines, covered_lines: covered }];
      }));
      const theirs = Object.entries(json.src_stats).map(([path, stats]) => {
        const { percent_covered, violation_lines, covered_lines } = stats;
        return [path, { percent_covered, violation_lines, covered_lines }];
      });
      expect(ours).toEqual(Object.fromEntries(theirs));
      expect([result.measured, result.measured - result.covered, result.percent]).toEqual([json.total_num_lines, json.total_num_violations, json.total_percent_covered]);
      expect([...changed.values()].reduce((sum, set) => sum + set.size, 0)).toBe(json.num_changed_lines);

      const markdown = readConsoleReport(readFileSync(diffCover('add_markdown_report.md'), 'utf8'));
      expect(markdown.files).toEqual(result.files.map((file) => ({ path: file.path, percent: printedPercent(file.percent), missing: file.uncoveredLines })));
      expect([markdown.total, markdown.missing, markdown.coverage]).toEqual([result.measured, result.measured - result.covered, result.percent]);
    });
  });

  describe('LCOV from real producers', () => {
    const stated = (text: string, record: string): number => [...text.matchAll(new RegExp(`^${record}:(\\d+)`, 'gm'))].reduce((sum, match) => sum + Number(match[1]), 0);

    it.each(['real_cpp_coverage.lcov', 'real_python_coverage.lcov', 'real_typescript_coverage.lcov', 'cpp_functions_coverage.lcov', 'typescript_branches_coverage.lcov'])(
      '%s totals equal the LF/LH, FNF/FNH and BRF/BRH its producer wrote',
      async (name) => {
        const text = readFileSync(diffCover(name), 'utf8');
        const report = await coverageOf(name, { source: name, workspace: join(fixtures, 'coverage', 'diff_cover') });
        expect(report.totals.lines).toEqual({ covered: stated(text, 'LH'), total: stated(text, 'LF') });
        expect(report.totals.functions).toEqual({ covered: stated(text, 'FNH'), total: stated(text, 'FNF') });
        if (text.includes('BRF:')) expect(report.totals.branches).toEqual({ covered: stated(text, 'BRH'), total: stated(text, 'BRF') });
        else expect(report.totals.branches).toBeUndefined();
        expect(report.files.map((file) => file.path)).toEqual([...text.matchAll(/^SF:(.+)$/gm)].map((match) => match[1]));
      },
    );

    it('lcov.info (synthetic) is totalled from its DA records, not its contradictory LF:6/LH:6', async () => {
      const report = await coverageOf('lcov.info', { source: 'lcov.info', workspace: join(fixtures, 'coverage', 'diff_cover') });
      expect(report.totals.lines).toEqual({ covered: 5, total: 10 });
      // BRF:0/BRH:0 precede one BRDA record, which wins.
      expect(report.totals.branches).toEqual({ covered: 0, total: 1 });
      expect(report.totals.functions).toEqual({ covered: 2, total: 2 });
    });
  });

  describe('istanbul json-summary', () => {
    it('coverage-summary-compare.json totals give the percentages PROVENANCE records', async () => {
      const name = 'coverage/vitest-coverage-report-action/coverage-summary-compare.json';
      const row = provenance().find((entry) => entry.file === name);
      const truth = Object.fromEntries([...(row?.truth ?? '').matchAll(/(lines|functions|branches) ([\d.]+)/g)].map((match) => [match[1], Number(match[2])]));
      expect(Object.keys(truth)).toEqual(['lines', 'functions', 'branches']);
      const report = await parseIstanbulSummary(readFileSync(join(fixtures, name), 'utf8'), { source: name, workspace: '/absolute/path' });
      // istanbul truncates percentages to two decimals.
      const pct = (ratio: Ratio | undefined): number | undefined => (ratio === undefined ? undefined : Math.floor((ratio.covered / ratio.total) * 10_000) / 100);
      expect({ lines: pct(report.totals.lines), functions: pct(report.totals.functions), branches: pct(report.totals.branches) }).toEqual(truth);
      expect(report.perLine).toBe(false);
    });
  });

  describe('SARIF logs', () => {
    const ctx = (file: string): ParseContext => ({ source: file, workspace: '/home/runner/work/app' });
    const parse = async (file: string): Promise<Finding[]> => (await parseSarif(createReadStream(join(fixtures, file)) as AsyncIterable<Buffer>, ctx(file))).findings;

    /** Expectations for rows whose PROVENANCE truth is prose rather than "results per run [..]". */
    const PROSE: Record<string, (findings: Finding[]) => void> = {
      'sarif/ruff/ruff.sarif': (findings) => {
        expect(findings.map((finding) => finding.ruleId)).toEqual(['F401', 'F841', 'F821']);
        expect(new Set(findings.map((finding) => finding.level))).toEqual(new Set(['error']));
      },
      'sarif/ruff/ruff-check-cli.sarif': (findings) => {
        expect(findings.map((finding) => finding.ruleId)).toEqual(['F401', 'F821', 'invalid-syntax']);
        expect(new Set(findings.map((finding) => finding.level))).toEqual(new Set(['error']));
        expect(findings[0]).toMatchObject({ file: '[TMP]/input.py', line: 1, column: 8, endLine: 1, endColumn: 10 });
      },
      'sarif/codeql-action/tool-names.sarif': (findings) => expect(findings).toEqual([]),
      'sarif/codeql-action/valid-sarif-diff-filtered.sarif': (findings) => {
        // "2 runs; results 1 + 1": one finding per tool, same location and line hash.
        expect(findings.map((finding) => finding.tool)).toEqual(['LGTM.com', 'CodeQL command-line toolchain']);
        expect(findings.map((finding) => [finding.file, finding.line, finding.level])).toEqual([['main.js', 2, 'note'], ['main.js', 2, 'note']]);
        expect(findings[0]?.fingerprint).not.toBe(findings[1]?.fingerprint);
      },
      'sarif/codeql-action/with-invalid-uri.sarif': (findings) => expect(findings).toHaveLength(1),
      'sarif/codeql-action/fingerprinting2.input.sarif': (findings) => expect(findings).toMatchObject([{ ruleId: 'cpp/missing-header-guard', file: 'no_header_guard.h', level: 'warning' }]),
      'sarif/codeql-action/fingerprinting2.expected.sarif': (findings) => expect(findings).toHaveLength(1),
      'sarif/sarif-tutorials/ExceptionalConditions_Catastrophic_configuration_error.sarif': (findings) => expect(findings).toEqual([]),
      'sarif/sarif-tutorials/ExceptionalConditions_Catastrophic_execution_error.sarif': (findings) => expect(findings).toEqual([]),
      'sarif/sarif-tutorials/ExceptionalConditions_No_runs.sarif': (findings) => expect(findings).toEqual([]),
      'sarif/sarif-tutorials/ExceptionalConditions_One_run_empty_results.sarif': (findings) => expect(findings).toEqual([]),
    };

    it('every SARIF fixture in PROVENANCE is checked here', () => {
      const rows = provenance().filter((row) => row.category === 'sarif');
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) {
        const checked = /results per run \[/.test(row.truth) || row.file in PROSE || row.truth === 'must fail validation';
        expect(checked, row.file).toBe(true);
      }
    });

    it.each(provenance().filter((row) => row.category === 'sarif').map((row) => [row.file, row] as const))('%s', async (file, row) => {
      if (row.truth === 'must fail validation') {
        await expect(parse(file)).rejects.toThrow(ConfigurationError);
        await expect(parse(file)).rejects.toThrow(`${file} is not valid SARIF 2.1.0: runs[0].results is number 42`);
        return;
      }
      const findings = await parse(file);
      const computed = /(\d+) run\(s\); results per run \[([\d, ]*)\]; tools \[(.*)\]/.exec(row.truth);
      if (computed !== null) {
        const perRun = (computed[2] ?? '').split(',').filter((count) => count.trim() !== '').map(Number);
        expect(findings).toHaveLength(perRun.reduce((sum, count) => sum + count, 0));
        const tools = [...(computed[3] ?? '').matchAll(/'([^']*)'/g)].map((match) => match[1]);
        for (const finding of findings) expect(tools).toContain(finding.tool);
      }
      PROSE[file]?.(findings);
      for (const finding of findings) {
        expect(finding.fingerprint).toMatch(/^[0-9a-f]{32}(:\d+)?$/);
        expect(finding.message.length).toBeGreaterThan(0);
      }
    });

    it('Trivy: security severity and level come from the rule, the image path stays relative', async () => {
      const findings = await parse('sarif/trivy/alpine-310.sarif.golden');
      expect(findings.map((finding) => [finding.ruleId, finding.level, finding.securitySeverity])).toEqual([
        ['CVE-2019-1549', 'warning', 5.3],
        ['CVE-2019-1551', 'warning', 5.3],
        ['CVE-2019-1549', 'warning', 5.3],
        ['CVE-2019-1551', 'warning', 5.3],
      ]);
      expect(new Set(findings.map((finding) => finding.file))).toEqual(new Set(['testdata/fixtures/images/alpine-310.tar.gz']));
      // Same rule and file, different packages (messages): four distinct findings.
      expect(new Set(findings.map((finding) => finding.fingerprint)).size).toBe(4);
    });

    it('codeql-action fingerprinting2: input and expected logs give the same identity without partial fingerprints', async () => {
      const input = await parse('sarif/codeql-action/fingerprinting2.input.sarif');
      const expected = await parse('sarif/codeql-action/fingerprinting2.expected.sarif');
      expect(input[0]?.fingerprint).toBe(expected[0]?.fingerprint);
    });

    it('tutorial samples: rule defaults by ruleIndex, file:// URIs and ESLint regions', async () => {
      const taxonomies = await parse('sarif/sarif-tutorials/Taxonomies.sarif');
      expect(taxonomies.map((finding) => [finding.ruleId, finding.level, finding.file])).toEqual([
        ['TUT1001', 'error', 'C:/code/myProject/io/kb.c'],
        ['TUT1002', 'warning', 'C:/code/myProject/io/file.c'],
      ]);
      const eslint = await parse('sarif/sarif-tutorials/simple-example.sarif');
      expect(eslint).toMatchObject([{ tool: 'ESLint', ruleId: 'no-unused-vars', level: 'error', line: 1, column: 5, message: "'x' is assigned a value but never used." }]);
      const gitleaks = await parse('sarif/gitleaks/sarif_simple.sarif');
      expect(gitleaks).toMatchObject([{ tool: 'gitleaks', ruleId: 'test-rule', file: 'auth.py', line: 1, endLine: 2, column: 1, endColumn: 2 }]);
    });
  });
});
