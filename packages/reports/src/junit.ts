import type { ParseContext, TestCase, TestReport, TestStatus, TestTotals } from './model.ts';
import { normalizeReportPath } from './normalize-path.ts';
import { type ReportInput, type XmlHandler, type XmlParseOptions, XmlReader, appendCapped } from './xml/reader.ts';
import { count, firstLine, positiveInt, secondsToMs } from './xml/values.ts';

/**
 * Parses JUnit XML as written by jest-junit, pytest, Maven Surefire, Gradle,
 * PHPUnit, gotestsum, Catch2, cargo-nextest, xunit loggers and friends.
 *
 * Rules, all of which exist because a real producer needed them:
 * - `<testsuites>` or `<testsuite>` root; suites nest to any depth. A case
 *   belongs to its innermost suite.
 * - Outcome of one `<testcase>`: `status="disabled"|"notrun"`, a truthy
 *   `disabled` attribute or `result="skipped"|"suppressed"` make it skipped
 *   whatever else it holds; then `<error>` beats `<failure>`, which beats
 *   `<skipped>`. `<flakyFailure>`/`<flakyError>` without a failure mean it passed
 *   on a rerun (status `flaky`); `<rerunFailure>`/`<rerunError>` count as retries.
 * - The same classname+name repeated in the same suite is one test run several
 *   times (pytest-rerunfailures, gotestsum --rerun-fails, mocha duplicates). The
 *   runs fold into one case: if any run passed and any failed it is `flaky`; if
 *   any passed it is `passed`; otherwise the last run decides.
 * - Header counts (`tests=`, `failures=`) are ignored wherever the suite lists
 *   cases: the cases win. A suite that lists no cases and no child suites but
 *   states counts contributes those counts to the totals (with no cases), so a
 *   producer that writes only a summary cannot turn a failure into "0 tests".
 * - Totals count cases by final status, so `total = passed + failed + errors +
 *   skipped + flaky` (flaky tests are not also counted as passed).
 */
export async function parseJunit(input: ReportInput, ctx: ParseContext, options: XmlParseOptions = {}): Promise<TestReport> {
  const reader = new XmlReader({ source: ctx.source, expected: 'a JUnit XML report', ...options });
  const builder = new JunitBuilder(reader, ctx);
  await reader.read(input, builder);
  return builder.finish();
}

interface SuiteFrame {
  name: string;
  /** Identity used to recognise repeated runs of a case. */
  key: string;
  file: string | undefined;
  hasChildren: boolean;
  attributes: Readonly<Record<string, string>>;
  /** This suite's entry of `bySuite`, looked up once when its first case closes. */
  names: Map<string, number | number[]> | undefined;
}

const PASSED_RUN = 1;
const FAILED_RUN = 2;

// Where captured text goes (plain constants: Node's type stripping has no enums).
const Capture = { None: 0, Failure: 1, Skipped: 2, Rerun: 3 } as const;
type Capture = (typeof Capture)[keyof typeof Capture];

class JunitBuilder implements XmlHandler {
  private readonly cases: TestCase[] = [];
  /** Per case: which kinds of run were seen (PASSED_RUN | FAILED_RUN), for folding. */
  private readonly runs: number[] = [];
  /** Suite identity to case name to the index (or indexes, one per classname) of its first run. */
  private readonly bySuite = new Map<string, Map<string, number | number[]>>();
  private topLevel: Map<string, number | number[]> | undefined;
  private readonly suites: SuiteFrame[] = [];
  private readonly summaryOnly: TestTotals = { total: 0, passed: 0, failed: 0, errors: 0, skipped: 0, flaky: 0, durationMs: 0 };
  private rootSeen = false;
  private rootDurationMs: number | undefined;
  private childSuitesMs = 0;
  private childSuitesTimed = true;
  private childSuites = 0;
  private caseDurationMs = 0;

  // The testcase being read; fields rather than an object so a case costs one allocation.
  private inCase = false;
  private cName = '';
  private cClass = '';
  private cFile: string | undefined;
  private cLine: number | undefined;
  private cDuration: number | undefined;
  private cDisabled = false;
  private cSkipped = false;
  private cFailures = 0;
  private cErrors = 0;
  private cFlaky = 0;
  private cReruns = 0;
  private cFailMessage: string | undefined;
  private cSkipMessage: string | undefined;
  private cRerunMessage: string | undefined;
  private cFailText = '';
  private cSkipText = '';
  private cRerunText = '';
  private capture: Capture = Capture.None;
  private pausedCapture: Capture = Capture.None;

  private readonly reader: XmlReader;
  private readonly ctx: ParseContext;

  constructor(reader: XmlReader, ctx: ParseContext) {
    this.reader = reader;
    this.ctx = ctx;
  }

  open(name: string, attributes: Readonly<Record<string, string>>): void {
    if (!this.rootSeen) {
      this.rootSeen = true;
      if (name !== 'testsuites' && name !== 'testsuite') {
        this.reader.fail(`not a JUnit report: the root element is <${name}>, expected <testsuites> or <testsuite>.`);
      }
      this.rootDurationMs = secondsToMs(attributes.time);
    }
    switch (name) {
      case 'testcase':
        this.openCase(attributes);
        return;
      case 'testsuite':
      case 'testsuites':
        this.openSuite(attributes);
        return;
    }
    if (!this.inCase) return;
    switch (name) {
      case 'failure':
      case 'error':
        if (name === 'failure') this.cFailures++;
        else this.cErrors++;
        this.cFailMessage ??= firstLine(attributes.message);
        // Catch2 puts the location on the failure, not the case.
        if (this.cFile === undefined && attributes.file !== undefined) {
          this.cFile = attributes.file;
          this.cLine = positiveInt(attributes.line);
        }
        if (this.cFailText.length > 0) this.cFailText += '\n\n';
        this.startCapture(Capture.Failure);
        return;
      case 'skipped':
        this.cSkipped = true;
        this.cSkipMessage ??= firstLine(attributes.message);
        this.startCapture(Capture.Skipped);
        return;
      case 'flakyFailure':
      case 'flakyError':
      case 'rerunFailure':
      case 'rerunError':
        if (name.startsWith('flaky')) this.cFlaky++;
        else this.cReruns++;
        this.cRerunMessage ??= firstLine(attributes.message);
        if (this.cRerunText.length > 0) this.cRerunText += '\n\n';
        this.startCapture(Capture.Rerun);
        return;
      case 'system-out':
      case 'system-err':
        // Captured output can be megabytes per case and is not failure text.
        this.pausedCapture = this.capture;
        this.startCapture(Capture.None);
        return;
    }
  }

  close(name: string): void {
    switch (name) {
      case 'testcase':
        if (this.inCase) this.closeCase();
        return;
      case 'testsuite':
      case 'testsuites':
        this.closeSuite();
        return;
      case 'failure':
      case 'error':
      case 'skipped':
        this.startCapture(Capture.None);
        return;
      case 'flakyFailure':
      case 'flakyError':
      case 'rerunFailure':
      case 'rerunError':
        this.startCapture(Capture.None);
        return;
      case 'system-out':
      case 'system-err':
        this.startCapture(this.pausedCapture);
        this.pausedCapture = Capture.None;
        return;
    }
  }

  text(text: string): void {
    switch (this.capture) {
      case Capture.Failure:
        this.cFailText = appendCapped(this.cFailText, text);
        return;
      case Capture.Skipped:
        this.cSkipText = appendCapped(this.cSkipText, text);
        return;
      case Capture.Rerun:
        this.cRerunText = appendCapped(this.cRerunText, text);
        return;
      case Capture.None:
        return;
    }
  }

  finish(): TestReport {
    const totals: TestTotals = { ...this.summaryOnly };
    for (const c of this.cases) {
      totals.total++;
      switch (c.status) {
        case 'passed': totals.passed++; break;
        case 'failed': totals.failed++; break;
        case 'error': totals.errors++; break;
        case 'skipped': totals.skipped++; break;
        case 'flaky': totals.flaky++; break;
      }
    }
    if (this.rootDurationMs !== undefined) totals.durationMs = this.rootDurationMs;
    else if (this.childSuites > 0 && this.childSuitesTimed) totals.durationMs = this.childSuitesMs;
    else totals.durationMs = this.caseDurationMs + this.summaryOnly.durationMs;
    totals.durationMs = Math.round(totals.durationMs * 1000) / 1000;
    return { kind: 'tests', format: 'junit', source: this.ctx.source, cases: this.cases, totals };
  }

  private startCapture(target: Capture): void {
    this.capture = target;
    this.reader.captureText(target !== Capture.None);
  }

  private openSuite(attributes: Readonly<Record<string, string>>): void {
    const parent = this.suites.at(-1);
    if (parent !== undefined) parent.hasChildren = true;
    const own = attributes.name ?? '';
    const name = own.length > 0 ? own : (parent?.name ?? '');
    // Direct children of the root carry the times to add up when the root states none.
    if (this.suites.length === 1) {
      this.childSuites++;
      const ms = secondsToMs(attributes.time);
      if (ms === undefined) this.childSuitesTimed = false;
      else this.childSuitesMs += ms;
    }
    this.suites.push({
      name,
      key: parent === undefined ? own : `${parent.key}\u0001${own}`,
      file: attributes.file ?? parent?.file,
      hasChildren: false,
      attributes,
      names: undefined,
    });
  }

  private closeSuite(): void {
    const frame = this.suites.pop();
    if (frame === undefined || frame.hasChildren) return;
    // No cases and no child suites: the header is all the producer said.
    const a = frame.attributes;
    const tests = count(a.tests) ?? 0;
    if (tests === 0) return;
    const failed = Math.min(count(a.failures) ?? 0, tests);
    const errors = Math.min(count(a.errors) ?? 0, tests - failed);
    const skipped = Math.min((count(a.skipped) ?? count(a.skips) ?? 0) + (count(a.disabled) ?? 0), tests - failed - errors);
    const s = this.summaryOnly;
    s.total += tests;
    s.failed += failed;
    s.errors += errors;
    s.skipped += skipped;
    s.passed += tests - failed - errors - skipped;
    s.durationMs += secondsToMs(a.time) ?? 0;
  }

  private openCase(a: Readonly<Record<string, string>>): void {
    const suite = this.suites.at(-1);
    if (suite !== undefined) suite.hasChildren = true;
    this.inCase = true;
    this.cName = a.name ?? '';
    this.cClass = a.classname ?? '';
    this.cFile = a.file ?? suite?.file;
    this.cLine = positiveInt(a.line);
    this.cDuration = secondsToMs(a.time);
    const status = a.status;
    const result = a.result;
    const disabled = a.disabled;
    this.cDisabled = status === 'disabled' || status === 'notrun' || result === 'skipped' || result === 'suppressed'
      || (disabled !== undefined && disabled !== '' && disabled !== '0' && disabled !== 'false');
    this.cSkipped = false;
    this.cFailures = 0;
    this.cErrors = 0;
    this.cFlaky = 0;
    this.cReruns = 0;
    this.cFailMessage = undefined;
    this.cSkipMessage = undefined;
    this.cRerunMessage = undefined;
    this.cFailText = '';
    this.cSkipText = '';
    this.cRerunText = '';
    this.pausedCapture = Capture.None;
  }

  private closeCase(): void {
    this.inCase = false;
    this.startCapture(Capture.None);
    const suite = this.suites.at(-1);

    let status: TestStatus;
    if (this.cDisabled) status = 'skipped';
    else if (this.cErrors > 0) status = 'error';
    else if (this.cFailures > 0) status = 'failed';
    else if (this.cSkipped) status = 'skipped';
    else if (this.cFlaky > 0) status = 'flaky';
    else status = 'passed';

    let message: string | undefined;
    let details: string | undefined;
    if (status === 'failed' || status === 'error') {
      details = trimmed(this.cFailText);
      message = this.cFailMessage ?? firstLine(details);
    } else if (status === 'skipped') {
      // A disabled case may still carry the failure it would have had; that is its best explanation.
      details = trimmed(this.cSkipText) ?? trimmed(this.cFailText);
      message = this.cSkipMessage ?? this.cFailMessage ?? firstLine(details);
    } else if (status === 'flaky') {
      details = trimmed(this.cRerunText);
      message = this.cRerunMessage ?? firstLine(details);
    }
    const retries = this.cFlaky + this.cReruns;

    const testCase: TestCase = { suite: suite?.name ?? '', name: this.cName, status };
    if (this.cClass.length > 0) testCase.classname = this.cClass;
    if (this.cFile !== undefined && this.cFile.length > 0) testCase.file = normalizeReportPath(this.cFile, this.ctx);
    if (this.cLine !== undefined) testCase.line = this.cLine;
    if (this.cDuration !== undefined) {
      testCase.durationMs = this.cDuration;
      this.caseDurationMs += this.cDuration;
    }
    if (message !== undefined) testCase.message = message;
    if (details !== undefined) testCase.details = details;
    if (retries > 0) testCase.retries = retries;

    const runKinds = (status === 'passed' || status === 'flaky' ? PASSED_RUN : 0)
      | (status === 'failed' || status === 'error' || status === 'flaky' ? FAILED_RUN : 0);
    const names = this.namesFor(suite);
    const seen = names.get(this.cName);
    const previous = seen === undefined ? undefined : this.sameClass(seen);
    if (previous === undefined) {
      // Keyed by the name alone (no string building per case); classnames sharing a name share a slot.
      const index = this.cases.length;
      if (seen === undefined) names.set(this.cName, index);
      else if (typeof seen === 'number') names.set(this.cName, [seen, index]);
      else seen.push(index);
      this.cases.push(testCase);
      this.runs.push(runKinds);
      return;
    }
    const earlier = this.cases[previous];
    if (earlier === undefined) return;
    const kinds = (this.runs[previous] ?? 0) | runKinds;
    this.runs[previous] = kinds;
    this.cases[previous] = fold(earlier, testCase, kinds);
  }

  /** Among earlier runs with this name, the one with the same classname. */
  private sameClass(seen: number | number[]): number | undefined {
    if (typeof seen === 'number') return (this.cases[seen]?.classname ?? '') === this.cClass ? seen : undefined;
    return seen.find((i) => (this.cases[i]?.classname ?? '') === this.cClass);
  }

  private namesFor(suite: SuiteFrame | undefined): Map<string, number | number[]> {
    if (suite === undefined) return (this.topLevel ??= new Map());
    return (suite.names ??= this.namesOf(suite.key));
  }

  private namesOf(suiteKey: string): Map<string, number | number[]> {
    let names = this.bySuite.get(suiteKey);
    if (names === undefined) {
      names = new Map();
      this.bySuite.set(suiteKey, names);
    }
    return names;
  }
}

function isFailing(c: TestCase): boolean {
  return c.status === 'failed' || c.status === 'error' || c.status === 'flaky';
}

/** Folds a later run of the same test into the case built so far. */
function fold(earlier: TestCase, later: TestCase, kinds: number): TestCase {
  let status: TestStatus;
  if ((kinds & PASSED_RUN) !== 0 && (kinds & FAILED_RUN) !== 0) status = 'flaky';
  else if ((kinds & PASSED_RUN) !== 0) status = 'passed';
  else status = later.status;

  const folded: TestCase = { suite: earlier.suite, name: earlier.name, status };
  if (earlier.classname !== undefined) folded.classname = earlier.classname;
  const located = earlier.file !== undefined ? earlier : later;
  if (located.file !== undefined) folded.file = located.file;
  if (located.line !== undefined) folded.line = located.line;
  if (earlier.durationMs !== undefined || later.durationMs !== undefined) {
    folded.durationMs = Math.round(((earlier.durationMs ?? 0) + (later.durationMs ?? 0)) * 1000) / 1000;
  }
  // The newest run that explains a failure (or the skip) supplies the message.
  const explaining = status === 'passed' ? undefined : status === 'skipped' ? later : isFailing(later) ? later : earlier;
  if (explaining?.message !== undefined) folded.message = explaining.message;
  if (explaining?.details !== undefined) folded.details = explaining.details;
  folded.retries = (earlier.retries ?? 0) + 1 + (later.retries ?? 0);
  return folded;
}

function trimmed(text: string): string | undefined {
  const t = text.trim();
  return t.length > 0 ? t : undefined;
}
