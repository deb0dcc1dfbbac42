import { ConfigurationError } from '@pipeline/core';
import { describe, expect, it } from 'vitest';
import { checkstyleLevel, CHECKSTYLE_NO_RULE, parseCheckstyle } from '../src/checkstyle.ts';

const ctx = { source: 'build/checkstyle.xml', workspace: '/home/runner/work/app' };

describe('parseCheckstyle', () => {
  it('turns each <error> into a finding with rule, level, location and a repository-relative file', async () => {
    const report = await parseCheckstyle(`<?xml version="1.0" encoding="UTF-8"?>
<checkstyle version="10.12">
  <file name="/home/runner/work/app/src/Main.java">
    <error line="12" column="5" severity="warning" message="Line is longer than 100 characters (found 120)." source="com.puppycrawl.tools.checkstyle.checks.sizes.LineLengthCheck"/>
    <error line="0" severity="error" message="File does not end with a newline."/>
  </file>
  <file name="src\\Other.java"><error line="3" severity="info" message="Consider final." source="FinalLocalVariable"/></file>
</checkstyle>`, ctx);
    expect(report).toMatchObject({ kind: 'findings', format: 'checkstyle', source: 'build/checkstyle.xml' });
    const [long, newline, final] = report.findings;
    expect(long).toMatchObject({
      tool: 'checkstyle',
      ruleId: 'com.puppycrawl.tools.checkstyle.checks.sizes.LineLengthCheck',
      level: 'warning',
      message: 'Line is longer than 100 characters (found 120).',
      file: 'src/Main.java',
      line: 12,
      column: 5,
    });
    // line="0" means the whole file: no line, and the rule falls back to a stable placeholder.
    expect(newline).toMatchObject({ ruleId: CHECKSTYLE_NO_RULE, level: 'error', file: 'src/Main.java' });
    expect(newline?.line).toBeUndefined();
    expect(final).toMatchObject({ level: 'note', file: 'src/Other.java', line: 3 });
  });

  it('maps severities the way cs2pr does, with info and ignore as notes', () => {
    expect(['error', 'ERROR', 'Failure', 'fatal'].map(checkstyleLevel)).toEqual(['error', 'error', 'error', 'error']);
    expect(['info', 'notice', 'ignore'].map(checkstyleLevel)).toEqual(['note', 'note', 'note']);
    expect(['warning', 'warn', 'style', undefined].map(checkstyleLevel)).toEqual(['warning', 'warning', 'warning', 'warning']);
  });

  it('fingerprints by rule, file and message, not line, so moved code keeps its identity', async () => {
    const at = (line: number): string => `<checkstyle><file name="a.php"><error line="${line}" severity="error" message="Unused variable $x" source="Unused"/></file></checkstyle>`;
    const before = await parseCheckstyle(at(10), ctx);
    const after = await parseCheckstyle(at(14), ctx);
    expect(before.findings[0]?.fingerprint).toMatch(/^[0-9a-f]{32}$/);
    expect(after.findings[0]?.fingerprint).toBe(before.findings[0]?.fingerprint);
    const other = await parseCheckstyle('<checkstyle><file name="a.php"><error line="10" severity="error" message="Unused variable $y" source="Unused"/></file></checkstyle>', ctx);
    expect(other.findings[0]?.fingerprint).not.toBe(before.findings[0]?.fingerprint);
  });

  it('keeps two identical findings in one file apart', async () => {
    const report = await parseCheckstyle('<checkstyle><file name="a.php"><error line="1" severity="error" message="m" source="r"/><error line="9" severity="error" message="m" source="r"/></file></checkstyle>', ctx);
    const [first, second] = report.findings.map((f) => f.fingerprint);
    expect(second).toBe(`${first}:2`);
  });

  it('reports a Checkstyle <exception> as an error on that file', async () => {
    const report = await parseCheckstyle('<checkstyle><file name="Bad.java"><exception><![CDATA[\ncom.puppycrawl.tools.checkstyle.api.CheckstyleException: Exception was thrown while processing Bad.java\n\tat ...]]></exception></file></checkstyle>', ctx);
    expect(report.findings).toEqual([expect.objectContaining({
      ruleId: 'checkstyle.exception',
      level: 'error',
      file: 'Bad.java',
      message: 'com.puppycrawl.tools.checkstyle.api.CheckstyleException: Exception was thrown while processing Bad.java',
    })]);
  });

  it('refuses an empty file, concatenated reports and other roots with the file and line', async () => {
    await expect(parseCheckstyle('', ctx)).rejects.toThrow('build/checkstyle.xml is empty; expected a Checkstyle XML report.');
    const concatenated = await parseCheckstyle('<checkstyle>\n</checkstyle>\n<checkstyle>\n</checkstyle>', ctx).catch((e: unknown) => e);
    expect(concatenated).toBeInstanceOf(ConfigurationError);
    expect((concatenated as ConfigurationError).line).toBe(3);
    await expect(parseCheckstyle('<testsuites/>', ctx)).rejects.toThrow('not a Checkstyle report: the root element is <testsuites>');
  });
});
