import { describe, expect, it } from 'vitest';
import { parseJacoco } from '../src/jacoco.ts';

const ctx = { source: 'build/reports/jacoco.xml', workspace: '/ws' };

const REPORT = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><!DOCTYPE report PUBLIC "-//JACOCO//DTD Report 1.1//EN" "report.dtd">
<report name="app">
  <sessioninfo id="s" start="1" dump="2"/>
  <group name="module">
    <package name="com/acme/util">
      <class name="com/acme/util/Strings" sourcefilename="Strings.java">
        <method name="pad" desc="()V" line="3"><counter type="METHOD" missed="0" covered="1"/></method>
        <counter type="METHOD" missed="1" covered="1"/>
      </class>
      <sourcefile name="Strings.java">
        <line nr="3" mi="0" ci="4" mb="0" cb="0"/>
        <line nr="4" mi="2" ci="1" mb="1" cb="1"/>
        <line nr="9" mi="3" ci="0" mb="2" cb="0"/>
        <counter type="INSTRUCTION" missed="5" covered="5"/>
        <counter type="BRANCH" missed="3" covered="1"/>
        <counter type="LINE" missed="1" covered="2"/>
        <counter type="METHOD" missed="1" covered="1"/>
      </sourcefile>
      <counter type="LINE" missed="1" covered="2"/>
    </package>
    <package name="">
      <sourcefile name="Main.kt"><line nr="1" mi="0" ci="1"/></sourcefile>
    </package>
  </group>
  <counter type="INSTRUCTION" missed="5" covered="6"/>
  <counter type="BRANCH" missed="3" covered="1"/>
  <counter type="LINE" missed="1" covered="3"/>
  <counter type="METHOD" missed="1" covered="2"/>
</report>`;

describe('parseJacoco', () => {
  it('maps sourcefile lines to hits (ci > 0) under the package path', async () => {
    const report = await parseJacoco(REPORT, ctx);
    expect(report).toMatchObject({ kind: 'coverage', format: 'jacoco', source: 'build/reports/jacoco.xml', perLine: true });
    expect(report.files.map((f) => f.path)).toEqual(['com/acme/util/Strings.java', 'Main.kt']);
    const strings = report.files[0];
    expect([...(strings?.lines ?? [])]).toEqual([[3, 1], [4, 1], [9, 0]]);
    expect(strings?.branches).toEqual({ covered: 1, total: 4 });
    expect(strings?.functions).toEqual({ covered: 1, total: 2 });
  });

  it('takes totals from the report-level LINE, BRANCH and METHOD counters', async () => {
    const report = await parseJacoco(REPORT, ctx);
    expect(report.totals).toEqual({ lines: { covered: 3, total: 4 }, branches: { covered: 1, total: 4 }, functions: { covered: 2, total: 3 } });
  });

  it('sums the files when the report has no counters, using line branches when the sourcefile has none', async () => {
    const xml = '<report name="r"><package name="com.example.pkg"><sourcefile name="A.java"><line nr="18" mi="1"/><line nr="18" mi="1" ci="2" mb="3" cb="4"/><line nr="20" mi="1" ci="0"/></sourcefile></package></report>';
    const report = await parseJacoco(xml, ctx);
    // Dotted package names (hand-written reports) become folders like JaCoCo's own.
    expect(report.files[0]?.path).toBe('com/example/pkg/A.java');
    expect([...(report.files[0]?.lines ?? [])]).toEqual([[18, 1], [20, 0]]);
    expect(report.totals).toEqual({ lines: { covered: 1, total: 2 }, branches: { covered: 4, total: 7 } });
  });

  it('reads a report with no packages as empty, and refuses other roots', async () => {
    const empty = await parseJacoco('<!DOCTYPE report PUBLIC "-//JACOCO//DTD Report 1.1//EN" "report.dtd"><report name="e"><sessioninfo id="x" start="1" dump="2"/></report>', ctx);
    expect(empty.files).toEqual([]);
    expect(empty.totals).toEqual({ lines: { covered: 0, total: 0 } });
    await expect(parseJacoco('<coverage/>', ctx)).rejects.toThrow('not a JaCoCo report');
  });
});
