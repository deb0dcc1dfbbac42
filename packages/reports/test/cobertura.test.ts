import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCobertura } from '../src/cobertura.ts';
import type { FileCoverage } from '../src/model.ts';

function file(files: readonly FileCoverage[], path: string): FileCoverage {
  const found = files.find((f) => f.path === path);
  if (found === undefined) throw new Error(`no file ${path} in ${files.map((f) => f.path).join(', ')}`);
  return found;
}

describe('parseCobertura: sources', () => {
  let workspace: string;

  beforeAll(() => {
    workspace = mkdtempSync(join(tmpdir(), 'cobertura-'));
    mkdirSync(join(workspace, 'lib', 'pkg'), { recursive: true });
    writeFileSync(join(workspace, 'lib', 'pkg', 'mod.py'), '');
  });

  afterAll(() => rmSync(workspace, { recursive: true, force: true }));

  it('picks the <source> root under the workspace where the file exists', async () => {
    const xml = `<coverage><sources><source>/elsewhere/src</source><source>${workspace}/lib</source></sources>
      <packages><package><classes><class filename="pkg/mod.py"><lines><line number="1" hits="1"/></lines></class></classes></package></packages></coverage>`;
    const report = await parseCobertura(xml, { source: 'coverage.xml', workspace });
    expect(report.files.map((f) => f.path)).toEqual(['lib/pkg/mod.py']);
  });

  it('falls back to the first usable root when the file exists under none, skipping coverlet\'s stray --source flag', async () => {
    const xml = `<coverage><sources><source>--source</source><source>
      /code/samplediff/SampleApp
    </source><source>/other</source></sources>
      <packages><package><classes><class filename="Sample.cs"><lines><line number="11" hits="2"/></lines></class></classes></package></packages></coverage>`;
    const report = await parseCobertura(xml, { source: 'coverage.xml', workspace: '/code/samplediff' }, { fileExists: () => false });
    expect(report.files.map((f) => f.path)).toEqual(['SampleApp/Sample.cs']);
  });

  it('asks the injected file check about each candidate in order', async () => {
    const asked: string[] = [];
    const xml = '<coverage><sources><source>src</source><source>lib</source></sources><packages><class filename="a.js"><lines><line number="1" hits="0"/></lines></class></packages></coverage>';
    const report = await parseCobertura(xml, { source: 'c.xml', workspace: '/ws' }, { fileExists: (p) => { asked.push(p); return p === '/ws/lib/a.js'; } });
    expect(asked).toEqual(['/ws/src/a.js', '/ws/lib/a.js']);
    expect(report.files[0]?.path).toBe('lib/a.js');
  });

  it('joins Windows roots and filenames into POSIX form and keeps paths outside the workspace absolute', async () => {
    const xml = '<coverage><sources><source>D:\\Dev\\EDlib\\src\\</source></sources><packages><class filename="EDlib\\Exceptions\\APIException.cs"><lines><line number="14" hits="0"/></lines></class></packages></coverage>';
    const report = await parseCobertura(xml, { source: 'c.xml', workspace: 'D:\\a\\repo' }, { fileExists: () => false });
    expect(report.files[0]?.path).toBe('D:/Dev/EDlib/src/EDlib/Exceptions/APIException.cs');
    const inside = await parseCobertura(xml, { source: 'c.xml', workspace: 'd:\\Dev\\EDlib' }, { fileExists: () => false });
    expect(inside.files[0]?.path).toBe('src/EDlib/Exceptions/APIException.cs');
  });

  it('uses the filename alone when there are no sources, or an empty one (coverage.py 4)', async () => {
    const xml = '<coverage><sources><source></source></sources><packages><class filename="./source.py"><lines><line number="4" hits="1"/></lines></class></packages></coverage>';
    const report = await parseCobertura(xml, { source: 'c.xml', workspace: '/ws' });
    expect(report.files[0]?.path).toBe('source.py');
  });
});

describe('parseCobertura: lines, branches, functions', () => {
  const ctx = { source: 'coverage.xml', workspace: '/ws' };

  it('merges classes of the same file, keeping the highest hits per line', async () => {
    const xml = `<?xml version="1.0"?>
<!DOCTYPE coverage SYSTEM "http://cobertura.sourceforge.net/xml/coverage-04.dtd">
<coverage line-rate="0.5"><packages><package name="p"><classes>
  <class name="A" filename="src/A.java"><methods/><lines><line number="1" hits="3"/><line number="2" hits="0"/></lines></class>
  <class name="A$Inner" filename="src/A.java"><methods/><lines><line number="2" hits="0"/><line number="5" hits="1"/></lines></class>
  <class name="A$Lambda" filename="./src/A.java"><methods/><lines><line number="2" hits="4"/></lines></class>
</classes></package></packages></coverage>`;
    const report = await parseCobertura(xml, ctx, { fileExists: () => false });
    expect(report.files).toHaveLength(1);
    expect([...file(report.files, 'src/A.java').lines]).toEqual([[1, 3], [2, 4], [5, 1]]);
    expect(report.totals).toEqual({ lines: { covered: 3, total: 3 } });
    expect(report).toMatchObject({ kind: 'coverage', format: 'cobertura', perLine: true });
  });

  it('reads branches from condition-coverage and functions from methods, ignoring the method copies of lines', async () => {
    const xml = `<coverage><packages><package><classes><class filename="m.c">
  <methods>
    <method name="f" hits="0"><lines><line number="10" hits="9" branch="true" condition-coverage="100% (2/2)"/></lines></method>
    <method name="g"><lines><line number="20" hits="1"/></lines></method>
    <method name="h"><lines><line number="30" hits="0"/></lines></method>
  </methods>
  <lines>
    <line number="10" hits="2" branch="true" condition-coverage="50% (2/4)"><conditions><condition number="0" type="jump" coverage="50%"/></conditions></line>
    <line number="11" hits="0" branch="True" condition-coverage="0% (0/2)"/>
    <line number="20" hits="1" branch="false"/>
    <line number="30" hits="0"/>
  </lines>
</class></classes></package></packages></coverage>`;
    const report = await parseCobertura(xml, ctx);
    const m = file(report.files, 'm.c');
    expect([...m.lines]).toEqual([[10, 2], [11, 0], [20, 1], [30, 0]]);
    expect(m.branches).toEqual({ covered: 2, total: 6 });
    // f has an explicit hits="0" (istanbul style); g counts from its lines; h was never run.
    expect(m.functions).toEqual({ covered: 1, total: 3 });
    expect(report.totals).toEqual({ lines: { covered: 2, total: 4 }, branches: { covered: 2, total: 6 }, functions: { covered: 1, total: 3 } });
  });

  it('uses method lines when a class has no class-level lines', async () => {
    const xml = '<coverage><packages><class filename="x.py"><methods><method name="a"><lines><line number="3" hits="1"/><line number="4" hits="0"/></lines></method></methods><lines/></class></packages></coverage>';
    const report = await parseCobertura(xml, ctx);
    expect([...file(report.files, 'x.py').lines]).toEqual([[3, 1], [4, 0]]);
  });

  it('has no branch totals when the producer gave none (MATLAB writes NaN)', async () => {
    const xml = '<coverage branch-rate="NaN"><packages><class filename="a.m" branch-rate="NaN"><lines><line number="1" hits="5"/><line number="2" hits="bad"/><line number="x" hits="1"/></lines></class></packages></coverage>';
    const report = await parseCobertura(xml, ctx);
    expect(report.totals).toEqual({ lines: { covered: 1, total: 2 } });
    expect(report.files[0]?.branches).toBeUndefined();
  });

  it('refuses other roots and Clover reports that share the <coverage> root', async () => {
    await expect(parseCobertura('<report/>', ctx)).rejects.toThrow('not a Cobertura report: the root element is <report>');
    await expect(parseCobertura('<coverage generated="1" clover="4.4.1"><project/></coverage>', ctx)).rejects.toThrow('Clover');
  });
});
