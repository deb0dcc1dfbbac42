/**
 * Conformance of the XML parsers against real third-party reports, read in
 * place from the shared fixtures folder. Expectations come from the fixtures'
 * own ground truth (paired expected outputs, PROVENANCE truth strings, the
 * reports' root attributes), never from this parser's output.
 */
import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfigurationError } from '@pipeline/core';
import { describe, expect, it } from 'vitest';
import { parseCheckstyle } from '../src/checkstyle.ts';
import { parseCobertura } from '../src/cobertura.ts';
import { detectFormat } from '../src/detect.ts';
import { parseJacoco } from '../src/jacoco.ts';
import { parseJunit } from '../src/junit.ts';
import type { Finding, Ratio, TestReport } from '../src/model.ts';

const here = dirname(fileURLToPath(import.meta.url));
const FIXTURES = process.env['PIPELINE_FIXTURES'] ?? resolve(here, '../../../../shared/fixtures');
const present = existsSync(join(FIXTURES, 'provenance.json'));
if (!present) console.log(`conformance-xml skipped: no fixtures at ${FIXTURES} (set PIPELINE_FIXTURES to the shared fixtures folder)`);

interface ProvenanceRow {
  category: string;
  file: string;
  tool: string;
  truth: string;
}

const rows: ProvenanceRow[] = present ? (JSON.parse(readFileSync(join(FIXTURES, 'provenance.json'), 'utf8')) as ProvenanceRow[]) : [];
const fixture = (file: string): string => join(FIXTURES, file);
const ctxFor = (file: string, workspace = '/home/runner/work/repo/repo'): { source: string; workspace: string } => ({ source: file, workspace });

async function junit(file: string): Promise<TestReport> {
  return parseJunit(createReadStream(fixture(file)), ctxFor(file));
}

async function refusal(promise: Promise<unknown>): Promise<ConfigurationError> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  if (error instanceof ConfigurationError) return error;
  throw new Error(`expected a ConfigurationError, got ${String(error)}`);
}

function retries(report: TestReport): number {
  return report.cases.reduce((sum, c) => sum + (c.retries ?? 0), 0);
}

function pct(r: Ratio | undefined): number | undefined {
  return r === undefined || r.total === 0 ? undefined : Math.round((r.covered / r.total) * 10_000) / 100;
}

/** Reads one numeric attribute of the XML root element, as the producer stated it. */
function rootAttribute(file: string, root: string, name: string): number | undefined {
  const head = readFileSync(fixture(file), 'utf8').slice(0, 4096);
  const tag = new RegExp(`<${root}\\s[^>]*>`).exec(head)?.[0] ?? '';
  const value = new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
  const n = value === undefined ? Number.NaN : Number(value);
  return Number.isFinite(n) ? n : undefined;
}

/** Broken-but-real fixtures where this parser deliberately differs from the tool that shipped them. */
const DELIBERATE: Readonly<Record<string, { line: number; because: string }>> = {
  // action-junit-report counts this truncated Surefire report as 0 tests. A report cut off mid-write
  // counted as "0 tests, 0 failures" is how gates pass by accident, so it is an error naming the line.
  'junit/action-junit-report/corrupt-junit/e2e-tests/corrupt/target/sf-reports/TEST-test.CorruptTest.xml': { line: 18, because: 'looks truncated' },
  // An expected-output template, not a report: time="<<computed>>" puts a raw '<' in an attribute, which
  // no XML parser may accept. action-junit-report's lenient xml-js reads it (6 tests); strict XML refuses it.
  'junit/action-junit-report/junit-web-test/expected.xml': { line: 9, because: 'disallowed character' },
};

describe.skipIf(!present)(`conformance: XML reports against real fixtures (needs ${FIXTURES}; set PIPELINE_FIXTURES)`, () => {
  describe('JUnit: EnricoMi/publish-unit-test-result-action expected parse results', () => {
    const cases = rows.filter((r) => r.file.startsWith('junit/publish-unit-test-result-action/') && r.file.endsWith('.xml'));

    it.each(cases.map((r) => [r.file]))('%s', async (file) => {
      const resultsPath = fixture(file.replace(/\.xml$/, '.results.json'));
      const exceptionPath = fixture(file.replace(/\.xml$/, '.exception'));
      if (!existsSync(resultsPath)) {
        // No stats, only the exception the action raised: it must be refused too, at the line it names.
        const stated = readFileSync(exceptionPath, 'utf8');
        const error = await refusal(junit(file));
        const line = /line (\d+), column \d+\)?'?\)?$/.exec(stated.trim())?.[1];
        expect(error.file).toBe(file);
        expect(String(error.line)).toBe(line);
        return;
      }
      const { stats } = JSON.parse(readFileSync(resultsPath, 'utf8')) as { stats: { errors: unknown[]; tests: number; tests_succ: number; tests_skip: number; tests_fail: number; tests_error: number } };
      if (stats.errors.length > 0) {
        const error = await refusal(junit(file));
        expect(error.message).toContain('not a JUnit report');
        return;
      }
      const { totals } = await junit(file);
      expect({ tests: totals.total, succ: totals.passed + totals.flaky, skip: totals.skipped, fail: totals.failed, error: totals.errors })
        .toEqual({ tests: stats.tests, succ: stats.tests_succ, skip: stats.tests_skip, fail: stats.tests_fail, error: stats.tests_error });
    });
  });

  describe('JUnit: mikepenz/action-junit-report expected totals', () => {
    const cases = rows.filter((r) => r.file.startsWith('junit/action-junit-report/') && r.truth.startsWith('expected'));

    it.each(cases.map((r) => [r.file, r.truth]))('%s', async (file, truth) => {
      const deliberate = DELIBERATE[file];
      if (deliberate !== undefined) {
        const error = await refusal(junit(file));
        expect(error.message).toContain(deliberate.because);
        expect(error.message.startsWith(`${file}:${deliberate.line}:`)).toBe(true);
        expect(error.line).toBe(deliberate.line);
        return;
      }
      const report = await junit(file);
      const { totals } = report;
      const stated = (key: string): number | undefined => {
        const m = new RegExp(`\\b${key} (\\d+)`).exec(truth);
        return m?.[1] === undefined ? undefined : Number(m[1]);
      };
      // action-junit-report has no separate error or flaky counts: errors are failures, flaky tests passed.
      const actual: Record<string, number> = {
        total: totals.total,
        skipped: totals.skipped,
        failed: totals.failed + totals.errors,
        passed: totals.passed + totals.flaky,
        retried: retries(report),
      };
      for (const key of ['total', 'skipped', 'failed', 'passed', 'retried']) {
        const expected = stated(key);
        if (expected !== undefined) expect(actual[key], key).toBe(expected);
      }
      const failures = /\((\d+) failure\)/.exec(truth)?.[1];
      if (failures !== undefined) expect(totals.failed + totals.errors).toBe(Number(failures));
      if (truth.includes('flaky')) expect(totals.flaky).toBe(1);
    });
  });

  describe('JUnit: dorny/test-reporter expected summaries of JUnit-dialect reports', () => {
    const cases = rows.filter((r) => r.category === 'test-results' && r.file.endsWith('.xml') && /\d+ tests/.test(r.truth) && !r.tool.startsWith('NUnit'));

    it.each(cases.map((r) => [r.file, r.truth]))('%s', async (file, truth) => {
      const { totals } = await junit(file);
      const summary = /(\d+) tests(?:, (\d+) passed, (\d+) failed, (\d+) skipped)?/.exec(truth);
      expect(totals.total).toBe(Number(summary?.[1]));
      if (summary?.[2] !== undefined) {
        // dorny reports errors as failures, and has no flaky state.
        expect({ passed: totals.passed + totals.flaky, failed: totals.failed + totals.errors, skipped: totals.skipped })
          .toEqual({ passed: Number(summary[2]), failed: Number(summary[3]), skipped: Number(summary[4]) });
      }
      const failures = /(\d+) failures \(attrs\)/.exec(truth)?.[1];
      if (failures !== undefined) expect(totals.failed + totals.errors).toBe(Number(failures));
    });

    it('leaves NUnit test-run XML to another parser rather than misreading it as JUnit', () => {
      const file = 'test-results/test-reporter/fixtures/dotnet-nunit.xml';
      expect(detectFormat(readFileSync(fixture(file), 'utf8').slice(0, 4096), basename(file))).toBeUndefined();
    });
  });

  describe('JUnit: producers checked against their own other outputs', () => {
    it('trivy\'s JUnit template lists one failed case per vulnerability of the same scan\'s JSON', async () => {
      const scan = JSON.parse(readFileSync(fixture('trivy-json/trivy/alpine-310.json.golden'), 'utf8')) as { Results?: { Vulnerabilities?: { VulnerabilityID: string; Severity: string; PkgName: string; InstalledVersion: string }[] }[] };
      const vulns = (scan.Results ?? []).flatMap((r) => r.Vulnerabilities ?? []);
      const report = await junit('junit/trivy/alpine-310.junit.golden');
      expect(report.totals).toMatchObject({ total: vulns.length, failed: vulns.length, passed: 0 });
      expect(report.cases.map((c) => `${c.classname ?? ''} ${c.name}`).sort())
        .toEqual(vulns.map((v) => `${v.PkgName}-${v.InstalledVersion} [${v.Severity}] ${v.VulnerabilityID}`).sort());
    });

    it('ruff\'s JUnit output holds the findings its SARIF snapshot states', async () => {
      const row = rows.find((r) => r.file === 'junit/ruff/ruff-check-cli.junit.xml');
      const rules = /\(([^)]*)\)/.exec(row?.truth ?? '')?.[1]?.split(', ') ?? [];
      const report = await junit('junit/ruff/ruff-check-cli.junit.xml');
      expect(rules).toHaveLength(3);
      expect(report.cases.map((c) => c.name)).toEqual(rules.map((r) => `org.ruff.${r}`));
      expect(report.cases.map((c) => [c.status, c.line])).toEqual([['failed', 1], ['failed', 2], ['failed', 3]]);
    });

    it('every other JUnit fixture parses, with totals that add up', async () => {
      const checked = rows.filter((r) => r.file.startsWith('junit/') && /\.(xml|golden)$/.test(r.file) && DELIBERATE[r.file] === undefined
        && !r.truth.includes('parse error') && !r.tool.startsWith('NOT JUnit'));
      expect(checked.length).toBeGreaterThan(20);
      for (const row of checked) {
        const { totals, cases } = await junit(row.file);
        expect(totals.passed + totals.failed + totals.errors + totals.skipped + totals.flaky, row.file).toBe(totals.total);
        expect(cases.length, row.file).toBeLessThanOrEqual(totals.total);
      }
    });

    it('reads every JUnit fixture to the same totals and non-passing cases whether or not passing cases are kept', async () => {
      const readable = rows.filter((r) => r.file.startsWith('junit/') && /\.(xml|golden)$/.test(r.file) && !r.tool.startsWith('NOT JUnit'));
      let compared = 0;
      for (const row of readable) {
        const all = await junit(row.file).catch(() => undefined);
        if (all === undefined) continue;
        const lean = await parseJunit(createReadStream(fixture(row.file)), ctxFor(row.file), { keepPassed: false });
        expect(lean.totals, row.file).toEqual(all.totals);
        expect(lean.cases, row.file).toEqual(all.cases.filter((c) => c.status !== 'passed'));
        compared++;
      }
      expect(compared).toBeGreaterThan(20);
    });
  });

  describe('Cobertura: totals agree with what the producer states', () => {
    const codeCoverageSummary = rows.filter((r) => r.file.startsWith('coverage/CodeCoverageSummary/') && r.file.endsWith('.xml'));

    it.each(codeCoverageSummary.map((r) => [r.file, r.truth]))('%s', async (file, truth) => {
      const report = await parseCobertura(createReadStream(fixture(file)), ctxFor(file), { fileExists: () => false });
      const stated = {
        lines: [rootAttribute(file, 'coverage', 'lines-covered'), rootAttribute(file, 'coverage', 'lines-valid')],
        branches: [rootAttribute(file, 'coverage', 'branches-covered'), rootAttribute(file, 'coverage', 'branches-valid')],
      };
      expect([report.totals.lines.covered, report.totals.lines.total]).toEqual(stated.lines);
      if (stated.branches[1] === undefined) expect(report.totals.branches).toBeUndefined();
      else expect([report.totals.branches?.covered, report.totals.branches?.total]).toEqual(stated.branches);
      // The truth column states the rates as the tools print them (rounded percentages or 4 decimals).
      const lineRate = /line-rate (\d+)%/.exec(truth)?.[1];
      if (lineRate !== undefined) expect(Math.round(pct(report.totals.lines) ?? -1)).toBe(Number(lineRate));
      const branchRate = /branch-rate (\d+)%/.exec(truth)?.[1];
      if (branchRate !== undefined) expect(Math.round(pct(report.totals.branches) ?? -1)).toBe(Number(branchRate));
      const lineFraction = /line-rate ([\d.]+) \((\d+)\/(\d+)\)/.exec(truth);
      if (lineFraction !== null) {
        expect([report.totals.lines.covered, report.totals.lines.total]).toEqual([Number(lineFraction[2]), Number(lineFraction[3])]);
      }
    });

    it('cobertura-action test-branch.xml: overall 82.5 = mean(line 90, branch 75), and each class as stated', async () => {
      const file = 'coverage/cobertura-action/test-branch.xml';
      const truth = rows.find((r) => r.file === file)?.truth ?? '';
      const report = await parseCobertura(createReadStream(fixture(file)), ctxFor(file), { fileExists: () => false });
      const overall = /total ([\d.]+) = mean\(line ([\d.]+), branch ([\d.]+)\)/.exec(truth);
      expect(pct(report.totals.lines)).toBe(Number(overall?.[2]));
      expect(pct(report.totals.branches)).toBe(Number(overall?.[3]));
      expect(((pct(report.totals.lines) ?? 0) + (pct(report.totals.branches) ?? 0)) / 2).toBe(Number(overall?.[1]));
      const detailed = [...truth.matchAll(/([\w.]+) ([\d.]+) \(branch ([\d.]+), line ([\d.]+)\)/g)];
      expect(detailed.length).toBe(2);
      for (const [, name, , branch, line] of detailed) {
        const path = `${(name ?? '').replaceAll('.', '/')}.java`;
        const covered = report.files.find((f) => f.path.endsWith(`/${path}`));
        const hits = [...(covered?.lines.values() ?? [])];
        expect(Math.round((hits.filter((h) => h > 0).length / hits.length) * 10_000) / 100, `${name} line`).toBe(Number(line));
        expect(Math.round((pct(covered?.branches) ?? 0) * 100) / 100, `${name} branch`).toBe(Number(branch));
      }
      // <source>--source</source> is coverlet noise; the Java root is the first real source.
      expect(report.files.map((f) => f.path)).toContain('C:/local/mvn-coverage-example/src/main/java/search/BinarySearch.java');
    });

    it('cobertura-action istanbul and coverage.py reports: totals as stated, paths relative to the <source> root', async () => {
      const workspace = '/Users/hannes/dev/5monkeys/cobertura-action';
      const istanbul = await parseCobertura(createReadStream(fixture('coverage/cobertura-action/test-istanbul.xml')), ctxFor('test-istanbul.xml', workspace), { fileExists: () => false });
      expect(istanbul.files.map((f) => f.path).sort()).toEqual(['src/action.js', 'src/cobertura.js']);
      expect(istanbul.totals.lines).toEqual({ covered: rootAttribute('coverage/cobertura-action/test-istanbul.xml', 'coverage', 'lines-covered'), total: rootAttribute('coverage/cobertura-action/test-istanbul.xml', 'coverage', 'lines-valid') });
      // istanbul's root branches-valid (35) also counts branches it attaches to no line; the per-line data (16)
      // is what diff coverage can use, so totals are computed from it. Both say 100%, as cobertura-action expects.
      expect(pct(istanbul.totals.branches)).toBe(100);
      for (const f of istanbul.files) expect([pct({ covered: [...f.lines.values()].filter((h) => h > 0).length, total: f.lines.size }), pct(f.branches)]).toEqual([100, 100]);

      const single = await parseCobertura(createReadStream(fixture('coverage/cobertura-action/test-istanbul-single.xml')), ctxFor('single.xml', workspace), { fileExists: () => false });
      expect(single.files).toHaveLength(1);
      expect(pct(single.totals.lines)).toBe(100);

      const python = await parseCobertura(createReadStream(fixture('coverage/cobertura-action/test-python.xml')), ctxFor('test-python.xml'), { fileExists: () => false });
      expect(python.files).toHaveLength(1);
      expect(pct(python.totals.lines)).toBe(rootAttribute('coverage/cobertura-action/test-python.xml', 'coverage', 'line-rate')! * 100);
      expect(python.totals.branches).toBeUndefined();
    });
  });

  describe('Cobertura: diff_cover inputs against diff-cover\'s expected reports', () => {
    /** "path (50.0%): Missing lines 2,4,6" rows of a diff-cover console report. */
    function missing(report: string): Map<string, number[]> {
      const out = new Map<string, number[]>();
      for (const m of readFileSync(fixture(`coverage/diff_cover/${report}`), 'utf8').matchAll(/^(\S.*?) \([\d.]+%\): Missing lines ([\d,-]+)$/gm)) {
        const lines = (m[2] ?? '').split(',').flatMap((part) => {
          const [from, to] = part.split('-').map(Number);
          return to === undefined ? [from ?? 0] : Array.from({ length: to - (from ?? 0) + 1 }, (_, i) => (from ?? 0) + i);
        });
        out.set(m[1] ?? '', lines);
      }
      return out;
    }

    it.each([
      ['coverage.xml', 'add_console_report.txt', '/ws'],
      ['unicode_coverage.xml', 'unicode_console_report.txt', '/ws'],
      ['luacoverage.xml', 'lua_console_report.txt', '/ws'],
      ['dotnet_coverage.xml', undefined, '/code/samplediff'],
    ])('%s', async (xml, expected, workspace) => {
      const file = `coverage/diff_cover/${xml}`;
      const report = await parseCobertura(createReadStream(fixture(file)), ctxFor(file, workspace), { fileExists: () => false });
      if (expected === undefined) {
        // The .NET report's files resolve through its second <source>; the diff names SampleApp/Sample.cs.
        const diffPath = /^\+\+\+ b\/(.+)$/m.exec(readFileSync(fixture('coverage/diff_cover/git_diff_dotnet.txt'), 'utf8'))?.[1];
        expect(report.files.map((f) => f.path)).toEqual([diffPath]);
        return;
      }
      const stated = missing(expected);
      expect(stated.size).toBeGreaterThan(0);
      for (const [path, lines] of stated) {
        const covered = report.files.find((f) => f.path === path);
        expect(covered, path).toBeDefined();
        for (const line of lines) expect(covered?.lines.get(line), `${path}:${line}`).toBe(0);
      }
    });
  });

  describe('JaCoCo: Madrapps/jacoco-report fixtures', () => {
    const files = rows.filter((r) => r.file.startsWith('coverage/jacoco-report/')).map((r) => r.file);

    /** A counter element's [covered, covered + missed], as JaCoCo wrote it. */
    function counter(xml: string, type: string): Ratio | undefined {
      const element = new RegExp(`<counter[^>]*type="${type}"[^>]*/>`).exec(xml)?.[0];
      if (element === undefined) return undefined;
      const covered = Number(/covered="(\d+)"/.exec(element)?.[1]);
      return { covered, total: covered + Number(/missed="(\d+)"/.exec(element)?.[1]) };
    }

    it.each(files.map((f) => [f]))('%s: each file matches its sourcefile counters, totals the report-level ones', async (file) => {
      const text = readFileSync(fixture(file), 'utf8');
      const report = await parseJacoco(createReadStream(fixture(file)), ctxFor(file));
      let compared = 0;
      for (const pkg of text.matchAll(/<package name="([^"]*)">([\s\S]*?)<\/package>/g)) {
        for (const source of (pkg[2] ?? '').matchAll(/<sourcefile name="([^"]+)">([\s\S]*?)<\/sourcefile>/g)) {
          const body = source[2] ?? '';
          // Hand-reduced fixtures use dotted package names; the parser makes folders of them like JaCoCo's own.
          const path = `${(pkg[1] ?? '').replaceAll('.', '/')}/${source[1]}`.replace(/^\//, '');
          const parsed = report.files.find((f) => f.path === path);
          expect(parsed, path).toBeDefined();
          compared++;
          const stated = counter(body, 'LINE');
          if (stated !== undefined) expect({ covered: [...(parsed?.lines.values() ?? [])].filter((h) => h > 0).length, total: parsed?.lines.size }, path).toEqual(stated);
          const branches = counter(body, 'BRANCH');
          if (branches !== undefined) expect(parsed?.branches, path).toEqual(branches);
          const methods = counter(body, 'METHOD');
          if (methods !== undefined) expect(parsed?.functions, path).toEqual(methods);
        }
      }
      expect(compared).toBe([...text.matchAll(/<sourcefile name="[^"]+">/g)].length);
      // Report-level counters follow the last package or group; aggregate-report.xml's are those of the
      // full multi-module build (76.32% of instructions), larger than the groups kept in the fixture.
      const tail = text.slice(Math.max(text.lastIndexOf('</package>'), text.lastIndexOf('</group>')));
      const lines = counter(tail, 'LINE');
      if (lines === undefined) return;
      expect(report.totals.lines).toEqual(lines);
      expect(report.totals.branches).toEqual(counter(tail, 'BRANCH'));
      expect(report.totals.functions).toEqual(counter(tail, 'METHOD'));
    });

    it('the multi-module set adds up to the overall instruction coverage PROVENANCE states', () => {
      // The model carries lines, branches and methods, not instructions; this pins that the three module
      // reports whose line data is checked above are the set behind the stated overall figure.
      let covered = 0;
      let total = 0;
      for (const module of ['appCoverage', 'mathCoverage', 'textCoverage']) {
        const text = readFileSync(fixture(`coverage/jacoco-report/multi_module/${module}.xml`), 'utf8');
        const instructions = counter(text.slice(text.lastIndexOf('</package>')), 'INSTRUCTION');
        covered += instructions?.covered ?? Number.NaN;
        total += instructions?.total ?? Number.NaN;
      }
      const truth = rows.find((r) => r.file === 'coverage/jacoco-report/multi_module/appCoverage.xml')?.truth ?? '';
      const stated = /\((\d+)\/(\d+) instructions\)/.exec(truth);
      expect([covered, total]).toEqual([Number(stated?.[1]), Number(stated?.[2])]);
    });
  });

  describe('Checkstyle: cs2pr expected workflow commands', () => {
    const dir = 'checkstyle/annotate-pull-request-from-checkstyle';
    // Which input and cs2pr options produce each .expect file (tests/tests.php upstream).
    // mixed-colors.expect is not here: its input, errors/mixed.xml, is not part of the fixture set.
    const runs: readonly [xml: string, expect: string, options: { noticesAsWarnings?: boolean; prependFilename?: boolean }][] = [
      ['errors/mixed-case.xml', 'errors/mixed-case.expect', {}],
      ['errors/notices.xml', 'errors/notices.expect', {}],
      ['errors/notices.xml', 'errors/notices-as-warnings.expect', { noticesAsWarnings: true }],
      ['errors/prepend-filename.xml', 'errors/prepend-filename.expect', { prependFilename: true }],
      ['errors/warning-only.xml', 'errors/warning-only.expect', {}],
      ['noerrors/only-header.xml', 'noerrors/only-header.expect', {}],
    ];

    /** What cs2pr prints for a finding: its annotation type, the file, line 0 for "no line", and the message. */
    function command(f: Finding, options: { noticesAsWarnings?: boolean; prependFilename?: boolean }): string {
      const type = f.level === 'note' ? (options.noticesAsWarnings === true ? 'warning' : 'notice') : f.level;
      const file = f.file ?? '';
      const message = options.prependFilename === true ? `${basename(file)}: ${f.message}` : f.message;
      return `::${type} file=${file},line=${f.line ?? 0}::${message}`;
    }

    it.each(runs.map(([xml, expectFile, options]) => [expectFile, xml, options] as const))('%s from %s', async (expectFile, xml, options) => {
      const report = await parseCheckstyle(createReadStream(fixture(`${dir}/${xml}`)), ctxFor(`${dir}/${xml}`));
      // cs2pr echoes the raw name; the model promises POSIX paths, so the expectation is compared in that form.
      const expected = readFileSync(fixture(`${dir}/${expectFile}`), 'utf8').split('\n').filter((l) => l.length > 0)
        .map((l) => l.replace(/file=([^,]*),/, (_, f: string) => `file=${f.replaceAll('\\', '/')},`));
      expect(report.findings.map((f) => command(f, options))).toEqual(expected);
      for (const f of report.findings) expect(f.column === undefined || f.column === 1).toBe(true);
    });

    it('fail/empty.xml is refused as empty', async () => {
      const file = `${dir}/fail/empty.xml`;
      const error = await refusal(parseCheckstyle(createReadStream(fixture(file)), ctxFor(file)));
      expect(error.message).toBe(`${file} is empty; expected a Checkstyle XML report.`);
    });

    it('fail/multiple-suites.xml is refused at line 8, where cs2pr finds "Extra content at the end of the document"', async () => {
      const file = `${dir}/fail/multiple-suites.xml`;
      const truthLine = /on line (\d+)/.exec(rows.find((r) => r.file === file)?.truth ?? '')?.[1];
      const error = await refusal(parseCheckstyle(createReadStream(fixture(file)), ctxFor(file)));
      expect(error.line).toBe(Number(truthLine));
      expect(error.message).toContain(`${file}:${truthLine}:`);
    });
  });
});
