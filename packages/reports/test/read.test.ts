import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigurationError } from '@pipeline/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readReport } from '../src/read.ts';

let root: string;
let workspace: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'read-report-'));
  workspace = join(root, 'repo');
  mkdirSync(join(workspace, 'reports'), { recursive: true });
  mkdirSync(join(workspace, 'src'), { recursive: true });
  writeFileSync(join(root, 'outside.xml'), '<testsuites/>');
  writeFileSync(join(workspace, 'reports', 'junit.xml'), `<?xml version="1.0"?>\n<testsuite name="s"><testcase name="a" file="${workspace}/src/a.test.ts"/><testcase name="b"><failure message="nope"/></testcase></testsuite>`);
  writeFileSync(join(workspace, 'reports', 'utf16.xml'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<?xml version="1.0" encoding="UTF-16"?><testsuites><testsuite name="ü"><testcase name="ß"/></testsuite></testsuites>', 'utf16le')]));
  writeFileSync(join(workspace, 'reports', 'coverage.xml'), '<?xml version="1.0"?>\n<!DOCTYPE coverage SYSTEM "http://cobertura.sourceforge.net/xml/coverage-04.dtd">\n<coverage><sources><source>src</source></sources><packages><class filename="a.ts"><lines><line number="1" hits="1"/><line number="2" hits="0"/></lines></class></packages></coverage>');
  writeFileSync(join(workspace, 'src', 'a.ts'), '');
  writeFileSync(join(workspace, 'reports', 'lcov.info'), `TN:\nSF:${workspace}/src/a.ts\nDA:1,3\nDA:2,0\nend_of_record\n`);
  writeFileSync(join(workspace, 'reports', 'nunit.xml'), '<?xml version="1.0"?><test-run id="2" testcasecount="1"></test-run>');
  writeFileSync(join(workspace, 'reports', 'notes.txt'), 'hello\n');
  writeFileSync(join(workspace, 'reports', 'bomb.xml'), '<?xml version="1.0"?>\n<!DOCTYPE testsuites [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;&a;">]>\n<testsuites>&b;</testsuites>');
  writeFileSync(join(workspace, 'reports', 'eslint.sarif'), JSON.stringify({ version: '2.1.0', runs: [{ tool: { driver: { name: 'ESLint' } }, results: [] }] }));
  writeFileSync(join(workspace, 'reports', 'k6.json'), JSON.stringify({ metrics: { http_reqs: { count: 10 }, http_req_failed: { passes: 1, fails: 9, value: 0.1 }, http_req_duration: { avg: 5, 'p(95)': 9 } } }));
  writeFileSync(join(workspace, 'reports', 'run_stats.csv'), [
    'Type,Name,Request Count,Failure Count,Median Response Time,Average Response Time,Min Response Time,Max Response Time,Average Content Size,Requests/s,Failures/s,50%,66%,75%,80%,90%,95%,98%,99%,99.9%,99.99%,100%',
    'GET,/,10,1,5,6,1,20,100,2.0,0.2,5,6,7,8,9,12,15,18,20,20,20',
    ',Aggregated,10,1,5,6,1,20,100,2.0,0.2,5,6,7,8,9,12,15,18,20,20,20',
  ].join('\n'));
  symlinkSync(join(root, 'outside.xml'), join(workspace, 'reports', 'link.xml'));
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

async function refusal(path: string, options: Partial<Parameters<typeof readReport>[1]> = {}): Promise<ConfigurationError> {
  const error = await readReport(path, { workspace, ...options }).catch((e: unknown) => e);
  if (error instanceof ConfigurationError) return error;
  throw new Error(`expected a ConfigurationError, got ${String(error)}`);
}

describe('readReport', () => {
  it('detects JUnit by content and streams it through the parser with repository-relative paths', async () => {
    const report = await readReport('reports/junit.xml', { workspace, keepPassed: true });
    expect(report).toMatchObject({ kind: 'tests', format: 'junit', source: 'reports/junit.xml' });
    if (report.kind !== 'tests') throw new Error('unreachable');
    expect(report.cases[0]?.file).toBe('src/a.test.ts');
    expect(report.totals).toMatchObject({ total: 2, passed: 1, failed: 1 });
  });

  it('counts passing JUnit cases without keeping them unless asked to', async () => {
    const report = await readReport('reports/junit.xml', { workspace });
    if (report.kind !== 'tests') throw new Error('unreachable');
    expect(report.totals).toMatchObject({ total: 2, passed: 1, failed: 1 });
    expect(report.cases).toEqual([{ suite: 's', name: 'b', status: 'failed', message: 'nope' }]);
  });

  it('accepts an absolute path inside the workspace', async () => {
    expect((await readReport(join(workspace, 'reports', 'junit.xml'), { workspace })).source).toBe('reports/junit.xml');
  });

  it('detects a UTF-16 report through its BOM', async () => {
    const report = await readReport('reports/utf16.xml', { workspace, keepPassed: true });
    expect(report).toMatchObject({ kind: 'tests', cases: [{ suite: 'ü', name: 'ß', status: 'passed' }] });
  });

  it('resolves Cobertura sources against the workspace', async () => {
    const report = await readReport('reports/coverage.xml', { workspace });
    expect(report).toMatchObject({ kind: 'coverage', format: 'cobertura', totals: { lines: { covered: 1, total: 2 } } });
    if (report.kind !== 'coverage') throw new Error('unreachable');
    expect(report.files.map((f) => f.path)).toEqual(['src/a.ts']);
  });

  it.each([
    ['reports/lcov.info', 'coverage', 'lcov'],
    ['reports/eslint.sarif', 'findings', 'sarif'],
    ['reports/k6.json', 'load', 'k6'],
    ['reports/run_stats.csv', 'load', 'locust'],
  ])('dispatches %s to the %s parser for %s', async (path, kind, format) => {
    expect(await readReport(path, { workspace })).toMatchObject({ kind, format, source: path });
  });

  it('honours an explicit format that fits the content', async () => {
    expect((await readReport('reports/junit.xml', { workspace, format: 'junit' })).kind).toBe('tests');
  });

  it('refuses an explicit format that does not fit the detected content', async () => {
    const error = await refusal('reports/junit.xml', { format: 'cobertura' });
    expect(error.message).toBe("Report 'reports/junit.xml' was given format 'cobertura' but its content is junit (XML with root element <testsuite>); drop the format override or point it at a cobertura file.");
    expect(error.file).toBe('reports/junit.xml');
  });

  it('lets the parser refuse an explicit format on content detection cannot place', async () => {
    const error = await refusal('reports/nunit.xml', { format: 'junit' });
    expect(error.message).toContain('not a JUnit report: the root element is <test-run>');
  });

  it('refuses an unknown format name, listing the supported ones', async () => {
    const error = await refusal('reports/junit.xml', { format: 'junit-xml' as never });
    expect(error.message).toBe("Unknown report format 'junit-xml' for 'reports/junit.xml'; supported formats: junit, lcov, cobertura, istanbul-final, istanbul-summary, jacoco, sarif, checkstyle, k6, locust.");
  });

  it('says when it cannot tell the format, listing the supported ones', async () => {
    const nunit = await refusal('reports/nunit.xml');
    expect(nunit.message).toContain("Cannot tell which report format 'reports/nunit.xml' is (XML with root element <test-run>); supported formats: junit, lcov,");
    const text = await refusal('reports/notes.txt');
    expect(text.message).toContain('(text starting "hello")');
  });

  it('refuses paths that escape the workspace, by .. or by symlink', async () => {
    expect((await refusal('../outside.xml')).message).toContain('resolves outside the workspace');
    expect((await refusal('reports/link.xml')).message).toContain('resolves outside the workspace');
  });

  it('refuses files over the size limit before reading them, naming the limit', async () => {
    const error = await refusal('reports/junit.xml', { maxBytes: 64 });
    expect(error.message).toMatch(/^Report 'reports\/junit\.xml' is \d+ bytes, larger than the 64 bytes limit for reports; raise the limit or split the report\.$/);
  });

  it('says a missing file does not exist and a directory is not a file', async () => {
    expect((await refusal('reports/missing.xml')).message).toBe("Report 'reports/missing.xml' does not exist; check the path (it is relative to the workspace).");
    expect((await refusal('reports')).message).toBe("Report 'reports' is not a regular file; give the path of a report file.");
  });

  it('rejects an entity bomb through the whole pipeline', async () => {
    const error = await refusal('reports/bomb.xml');
    expect(error.message).toContain('reports/bomb.xml:2: XML with a DTD or entities is rejected, never expanded');
  });
});
