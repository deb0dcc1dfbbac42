import { ConfigurationError } from '@pipeline/core';
import { describe, expect, it } from 'vitest';
import { parseJunit } from '../src/junit.ts';
import type { TestCase } from '../src/model.ts';
import { DETAILS_CAP } from '../src/xml/reader.ts';

const ctx = { source: 'reports/junit.xml', workspace: '/home/runner/work/app' };

async function parse(xml: string): ReturnType<typeof parseJunit> {
  return parseJunit(xml, ctx);
}

function byName(cases: readonly TestCase[], name: string): TestCase {
  const found = cases.find((c) => c.name === name);
  if (found === undefined) throw new Error(`no case ${name}`);
  return found;
}

describe('parseJunit: structure', () => {
  it('reads a <testsuite> root with passed, failed, errored and skipped cases', async () => {
    const report = await parse(`<?xml version="1.0"?>
<testsuite name="pytest" tests="4" time="1.25">
  <testcase classname="t.m" name="ok" time="0.5"/>
  <testcase classname="t.m" name="bad" time="0.25"><failure message="assert 1 == 2&#10;second line">Traceback
  AssertionError</failure></testcase>
  <testcase classname="t.m" name="broken"><error message="boom"/></testcase>
  <testcase classname="t.m" name="later"><skipped message="not today"/></testcase>
</testsuite>`);
    expect(report).toMatchObject({ kind: 'tests', format: 'junit', source: 'reports/junit.xml' });
    expect(report.totals).toEqual({ total: 4, passed: 1, failed: 1, errors: 1, skipped: 1, flaky: 0, durationMs: 1250 });
    expect(report.cases[0]).toEqual({ suite: 'pytest', name: 'ok', classname: 't.m', status: 'passed', durationMs: 500 });
    expect(byName(report.cases, 'bad')).toMatchObject({ status: 'failed', message: 'assert 1 == 2', details: 'Traceback\n  AssertionError', durationMs: 250 });
    expect(byName(report.cases, 'broken')).toMatchObject({ status: 'error', message: 'boom' });
    expect(byName(report.cases, 'later')).toMatchObject({ status: 'skipped', message: 'not today' });
  });

  it('assigns cases of nested suites to their innermost suite and keeps same-named cases of different suites apart', async () => {
    const report = await parse(`<testsuites name="all">
  <testsuite name="outer">
    <testsuite name="A"><testcase name="x"/><testcase name="y"><failure/></testcase></testsuite>
    <testsuite name="B"><testcase name="x"><failure message="f"/></testcase></testsuite>
    <testcase name="x"/>
  </testsuite>
</testsuites>`);
    expect(report.cases.map((c) => `${c.suite}/${c.name}:${c.status}`)).toEqual(['A/x:passed', 'A/y:failed', 'B/x:failed', 'outer/x:passed']);
    expect(report.totals.total).toBe(4);
  });

  it('lets the cases win when the header counts disagree', async () => {
    const report = await parse('<testsuites tests="9" failures="5"><testsuite name="s" tests="8" failures="4" skipped="3"><testcase name="a"/><testcase name="b"><failure/></testcase></testsuite></testsuites>');
    expect(report.totals).toMatchObject({ total: 2, passed: 1, failed: 1, skipped: 0 });
  });

  it('takes the counts of a suite that lists no cases at all, so a summary-only failure still fails', async () => {
    // pytest can write suites with counts and no <testcase> children; "the cases win" needs cases to win with.
    const report = await parse('<testsuites><testsuite name="pytest" tests="6" failures="1" errors="0" skipped="2" time="0.010"></testsuite><testsuite name="empty" tests="0"/></testsuites>');
    expect(report.cases).toEqual([]);
    expect(report.totals).toEqual({ total: 6, passed: 3, failed: 1, errors: 0, skipped: 2, flaky: 0, durationMs: 10 });
  });

  it('refuses a document whose root is not a JUnit element', async () => {
    const error = await parse('<suites><suite><case name="x"/></suite></suites>').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error).toMatchObject({
      message: 'reports/junit.xml:1: not a JUnit report: the root element is <suites>, expected <testsuites> or <testsuite>.',
      file: 'reports/junit.xml',
      line: 1,
    });
  });

  it('reads an empty <testsuites/> as zero tests', async () => {
    expect((await parse('<testsuites/>')).totals.total).toBe(0);
  });

  it('falls back to the root time, then the suites, then the cases for the duration', async () => {
    expect((await parse('<testsuites><testsuite time="1"><testcase name="a" time="5"/></testsuite><testsuite time="2"/></testsuites>')).totals.durationMs).toBe(3000);
    expect((await parse('<testsuites><testsuite><testcase name="a" time="0.5"/><testcase name="b" time="0.25"/></testsuite></testsuites>')).totals.durationMs).toBe(750);
  });
});

describe('parseJunit: outcomes', () => {
  it('treats status="disabled", status="notrun", a truthy disabled attribute and result="suppressed" as skipped, even with a failure inside', async () => {
    const report = await parse(`<testsuite name="s">
  <testcase name="a" status="disabled"><failure type="Test Failure">Assert failed</failure></testcase>
  <testcase name="b" status="notrun" result="suppressed"/>
  <testcase name="c" disabled="true"/>
  <testcase name="d" disabled="0"/>
  <testcase name="e" status="run" result="completed"/>
</testsuite>`);
    expect(report.cases.map((c) => c.status)).toEqual(['skipped', 'skipped', 'skipped', 'passed', 'passed']);
    expect(report.cases[0]?.message).toBe('Assert failed');
  });

  it('ranks error over failure over skipped within one case and joins multiple failures', async () => {
    const report = await parse(`<testsuite name="s">
  <testcase name="teardown"><skipped message="skip"/><error message="teardown blew up">trace</error></testcase>
  <testcase name="twice"><failure message="first">one</failure><failure message="second">two</failure></testcase>
</testsuite>`);
    expect(byName(report.cases, 'teardown')).toMatchObject({ status: 'error', message: 'teardown blew up', details: 'trace' });
    expect(byName(report.cases, 'twice')).toMatchObject({ status: 'failed', message: 'first', details: 'one\n\ntwo' });
  });

  it('reads flakyFailure/flakyError as passed on a rerun (flaky) and rerunFailure as retries of a failure', async () => {
    const report = await parse(`<testsuite name="surefire">
  <testcase name="flaky" classname="C">
    <flakyFailure message="first try" type="AssertionError"><stackTrace>at C.flaky(C.java:10)</stackTrace><system-out>noise</system-out></flakyFailure>
    <flakyError message="second try"><stackTrace>at C.flaky(C.java:11)</stackTrace></flakyError>
  </testcase>
  <testcase name="stubborn" classname="C">
    <failure message="still failing">at C.stubborn(C.java:20)</failure>
    <rerunFailure message="rerun 1"><stackTrace>r1</stackTrace></rerunFailure>
    <rerunFailure message="rerun 2"><stackTrace>r2</stackTrace></rerunFailure>
  </testcase>
</testsuite>`);
    expect(byName(report.cases, 'flaky')).toMatchObject({ status: 'flaky', retries: 2, message: 'first try', details: 'at C.flaky(C.java:10)\n\nat C.flaky(C.java:11)' });
    expect(byName(report.cases, 'stubborn')).toMatchObject({ status: 'failed', retries: 2, message: 'still failing', details: 'at C.stubborn(C.java:20)' });
    expect(report.totals).toMatchObject({ total: 2, flaky: 1, failed: 1, passed: 0 });
  });

  it('takes the message from the first line of the text when there is no message attribute', async () => {
    const report = await parse('<testsuite name="s"><testcase name="a"><failure><![CDATA[\n\n  Expected 2 Was 0  \n  at main.c:38]]></failure></testcase></testsuite>');
    expect(report.cases[0]).toMatchObject({ message: 'Expected 2 Was 0', details: 'Expected 2 Was 0  \n  at main.c:38' });
  });

  it('keeps system-out out of the details and caps the details', async () => {
    const big = 'x'.repeat(DETAILS_CAP + 100);
    const report = await parse(`<testsuite name="s"><testcase name="a"><failure message="m">${big}</failure><system-out>out</system-out><system-err>err</system-err></testcase></testsuite>`);
    const details = report.cases[0]?.details ?? '';
    expect(details.startsWith('x'.repeat(DETAILS_CAP))).toBe(true);
    expect(details.endsWith('… (truncated)')).toBe(true);
    expect(details).not.toContain('out');
  });
});

describe('parseJunit: repeated cases', () => {
  it('folds a failing-then-passing test into one flaky case counting the retries', async () => {
    const report = await parse(`<testsuite name="s">
  <testcase classname="test_foo.TestFoo" name="test_foo" time="1"><failure message="it failed">trace 1</failure></testcase>
  <testcase classname="test_foo.TestFoo" name="test_foo" time="1"><error message="it broke">trace 2</error></testcase>
  <testcase classname="test_foo.TestFoo" name="test_foo" time="1"/>
  <testcase classname="test_bar.TestBar" name="test_foo" time="0.5"/>
</testsuite>`);
    expect(report.cases).toHaveLength(2);
    expect(report.cases[0]).toMatchObject({ status: 'flaky', retries: 2, message: 'it broke', details: 'trace 2', durationMs: 3000 });
    expect(report.cases[1]).toMatchObject({ classname: 'test_bar.TestBar', status: 'passed' });
    expect(report.cases[1]?.retries).toBeUndefined();
    expect(report.totals).toMatchObject({ total: 2, passed: 1, flaky: 1, failed: 0 });
  });

  it('keeps the last outcome when no run passed', async () => {
    const report = await parse('<testsuite name="s"><testcase name="t"><failure message="one"/></testcase><testcase name="t"><error message="two"/></testcase></testsuite>');
    expect(report.cases).toEqual([{ suite: 's', name: 't', status: 'error', message: 'two', retries: 1 }]);
  });

  it('counts a test that passed in any run as having passed, even when a later run failed', async () => {
    const report = await parse('<testsuite name="s"><testcase name="t"/><testcase name="t"><failure message="later"/></testcase></testsuite>');
    expect(report.cases).toEqual([{ suite: 's', name: 't', status: 'flaky', message: 'later', retries: 1 }]);
  });

  it('folds repeats that are not adjacent (gotestsum appends reruns at the end of the package)', async () => {
    const report = await parse(`<testsuites><testsuite name="pkg">
  <testcase classname="pkg" name="TestRace"><failure message="Failed"/></testcase>
  <testcase classname="pkg" name="TestSkip"><skipped/></testcase>
  <testcase classname="pkg" name="TestOk"/>
  <testcase classname="pkg" name="TestRace"/>
</testsuite></testsuites>`);
    expect(report.totals).toMatchObject({ total: 3, passed: 1, flaky: 1, skipped: 1, failed: 0 });
    expect(byName(report.cases, 'TestRace').retries).toBe(1);
  });

  it('folds identical passing repeats into one passed case', async () => {
    const report = await parse('<testsuite name="s"><testcase classname="c" name="t"/><testcase classname="c" name="t"/></testsuite>');
    expect(report.cases).toEqual([{ suite: 's', name: 't', classname: 'c', status: 'passed', retries: 1 }]);
  });
});

describe('parseJunit: locations', () => {
  it('makes file attributes repository-relative and keeps the line', async () => {
    const report = await parse(`<testsuite name="s" file="/home/runner/work/app/spec/suite.spec.ts">
  <testcase name="a" file="/home/runner/work/app/tests/test_a.py" line="42"/>
  <testcase name="b" file=".\\tests\\win.py" line="0"/>
  <testcase name="c"/>
</testsuite>`);
    expect(byName(report.cases, 'a')).toMatchObject({ file: 'tests/test_a.py', line: 42 });
    expect(byName(report.cases, 'b').file).toBe('tests/win.py');
    expect(byName(report.cases, 'b').line).toBeUndefined();
    expect(byName(report.cases, 'c').file).toBe('spec/suite.spec.ts');
  });

  it('takes the location from the failure element when the case has none (Catch2)', async () => {
    const report = await parse('<testsuites><testsuite name="s"><testcase name="x" status="run"><failure file="test/unit/a.cpp" line="19" message="REQUIRE(v == 1)" type="REQUIRE"/></testcase></testsuite></testsuites>');
    expect(report.cases[0]).toMatchObject({ status: 'failed', file: 'test/unit/a.cpp', line: 19, message: 'REQUIRE(v == 1)' });
  });

  it('names an unnamed suite after its parent', async () => {
    const report = await parse('<testsuites name="run"><testsuite><testcase name="x"/></testsuite></testsuites>');
    expect(report.cases[0]?.suite).toBe('run');
  });
});

describe('parseJunit: keepPassed false', () => {
  const lean = async (xml: string): ReturnType<typeof parseJunit> => parseJunit(xml, ctx, { keepPassed: false });

  it('counts passing cases in the totals without keeping them', async () => {
    const report = await lean(`<testsuite name="s">
  <testcase classname="c" name="ok" time="0.5"/>
  <testcase classname="c" name="bad" time="0.25"><failure message="no">trace</failure></testcase>
  <testcase classname="c" name="later"><skipped message="not today"/></testcase>
</testsuite>`);
    expect(report.totals).toEqual({ total: 3, passed: 1, failed: 1, errors: 0, skipped: 1, flaky: 0, durationMs: 750 });
    expect(report.cases).toEqual([
      { suite: 's', name: 'bad', classname: 'c', status: 'failed', durationMs: 250, message: 'no', details: 'trace' },
      { suite: 's', name: 'later', classname: 'c', status: 'skipped', message: 'not today' },
    ]);
  });

  it('still folds a passing first run with a failing repeat into a flaky case, in the first run\'s place', async () => {
    const xml = `<testsuite name="s">
  <testcase classname="c" name="race" file="/home/runner/work/app/t/race.py" line="7" time="1"/>
  <testcase classname="c" name="broken"><error message="boom"/></testcase>
  <testcase classname="c" name="race" time="2"><failure message="timing">trace 2</failure></testcase>
</testsuite>`;
    const report = await lean(xml);
    expect(report.totals).toMatchObject({ total: 2, passed: 0, flaky: 1, errors: 1 });
    expect(report.cases).toEqual([
      { suite: 's', name: 'race', classname: 'c', file: 't/race.py', line: 7, status: 'flaky', durationMs: 3000, message: 'timing', details: 'trace 2', retries: 1 },
      { suite: 's', name: 'broken', classname: 'c', status: 'error', message: 'boom' },
    ]);
    expect(report.cases).toEqual((await parse(xml)).cases.filter((c) => c.status !== 'passed'));
  });

  it('drops a kept case that a passing repeat turns into a pass, and keeps counting retries of passes', async () => {
    const xml = `<testsuite name="s">
  <testcase name="t"><skipped/></testcase>
  <testcase name="t"/>
  <testcase name="u"/>
  <testcase name="u"/>
  <testcase name="u"><failure message="third time"/></testcase>
</testsuite>`;
    const report = await lean(xml);
    expect(report.totals).toMatchObject({ total: 2, passed: 1, skipped: 0, flaky: 1 });
    expect(report.cases).toEqual([{ suite: 's', name: 'u', status: 'flaky', message: 'third time', retries: 2 }]);
    expect((await parse(xml)).cases).toEqual([
      { suite: 's', name: 't', status: 'passed', retries: 1 },
      { suite: 's', name: 'u', status: 'flaky', message: 'third time', retries: 2 },
    ]);
  });

  it('folds repeats in a later element of the same suite, and keeps same-named cases of other classnames apart', async () => {
    const xml = `<testsuites>
  <testsuite name="pkg"><testcase classname="a" name="t"/><testcase classname="b" name="t"/><testcase classname="a" name="u"/></testsuite>
  <testsuite name="other"><testcase classname="a" name="t"><failure message="elsewhere"/></testcase></testsuite>
  <testsuite name="pkg"><testcase classname="b" name="t"><failure message="rerun failed"/></testcase><testcase classname="a" name="v"/></testsuite>
</testsuites>`;
    const report = await lean(xml);
    expect(report.totals).toMatchObject({ total: 5, passed: 3, failed: 1, flaky: 1 });
    expect(report.cases).toEqual([
      { suite: 'pkg', name: 't', classname: 'b', status: 'flaky', message: 'rerun failed', retries: 1 },
      { suite: 'other', name: 't', classname: 'a', status: 'failed', message: 'elsewhere' },
    ]);
    const all = await parse(xml);
    expect(all.totals).toEqual(report.totals);
    expect(report.cases).toEqual(all.cases.filter((c) => c.status !== 'passed'));
  });

  it('recognises repeats by their exact names, whatever characters they hold and however long', async () => {
    const long = `t${'x'.repeat(10_000)}é`;
    const names = ['ascii', 'café', '名前', '😀 emoji', long, `${long}y`];
    const element = (failing: boolean): string => `<testsuite name="s">${names.map((n) => `<testcase name="${n}">${failing ? '<failure message="again"/>' : ''}</testcase>`).join('')}</testsuite>`;
    // Three elements of one suite: passing, failing, passing. Every test is one flaky case with two retries.
    const report = await lean(`<testsuites>${element(false)}<testsuite name="other"><testcase name="café"/></testsuite>${element(true)}${element(false)}</testsuites>`);
    expect(report.totals).toMatchObject({ total: names.length + 1, flaky: names.length, passed: 1 });
    expect(report.cases.map((c) => [c.name, c.status, c.retries])).toEqual(names.map((n) => [n, 'flaky', 2]));
  });
});

