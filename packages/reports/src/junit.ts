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
export async function parseJunit(input: ReportInput, ctx: ParseContext, options: JunitParseOptions = {}): Promise<TestReport> {
  const { keepPassed = true, ...xml } = options;
  const reader = new XmlReader({ source: ctx.source, expected: 'a JUnit XML report', ...xml });
  const builder = new JunitBuilder(reader, ctx, keepPassed);
  await reader.read(input, builder);
  return builder.finish();
}

export interface JunitParseOptions extends XmlParseOptions {
  /**
   * Keep passing cases in `cases` (default true). When false they are still
   * counted in the totals and still fold with their repeats, but only cases
   * whose final status is not 'passed' are kept: a gate lists failures, and a
   * report of 200,000 tests need not become 200,000 objects.
   */
  keepPassed?: boolean;
}

interface SuiteFrame {
  name: string;
  /** Identity used to recognise repeated runs of a case, within this element and in later ones with the same path. */
  key: string;
  file: string | undefined;
  hasChildren: boolean;
  attributes: Readonly<Record<string, string>>;
  /** Case name to the slot (or slots, one per classname) of its first run; made when the first case closes. */
  names: Map<string, number | number[]> | undefined;
}

/** The names of a closed suite element, packed, in case a later element with the same path repeats its cases. */
interface ArchivedNames {
  /** The case names, joined by NUL (which XML text cannot contain). */
  names: string;
  /** The slot of each name, in the same order. */
  slots: Int32Array;
}

const PASSED_RUN = 1;
const FAILED_RUN = 2;

// Where captured text goes (plain constants: Node's type stripping has no enums).
const Capture = { None: 0, Failure: 1, Skipped: 2, Rerun: 3 } as const;
type Capture = (typeof Capture)[keyof typeof Capture];

/**
 * Builds the report case by case. Every distinct test (its first run) gets a
 * slot, numbered in document order, and its repeats fold into that slot. A slot
 * holds its TestCase or, for a passing test that is not kept, just the numbers
 * a later failing repeat would need to build one (see Slots).
 *
 * Memory matters here as much as time: a report can list hundreds of thousands
 * of cases, and state that lives per case (a name kept in a Map, an object per
 * case) survives the young generation, which makes V8 grow it and the process
 * many times bigger than the data. So case names are kept in a Map only while
 * their suite element is open, and packed into one string when it closes.
 */
class JunitBuilder implements XmlHandler {
  private readonly slots = new Slots();
  /** Kept cases (undefined once one folds into a pass that is not kept), with the slot of each. */
  private readonly kept: (TestCase | undefined)[] = [];
  private readonly keptSlots: number[] = [];
  /** Set when a slot is kept after a later one (a passing test failed on a repeat): finish() sorts then. */
  private keptOutOfOrder = false;
  /** Names of closed suite elements by suite identity, for suites that recur later in the document. */
  private readonly archived = new Map<string, ArchivedNames>();
  private readonly suites: SuiteFrame[] = [];
  private readonly summaryOnly: TestTotals = { total: 0, passed: 0, failed: 0, errors: 0, skipped: 0, flaky: 0, durationMs: 0 };
  private rootSeen = false;
  private rootDurationMs: number | undefined;
  private childSuitesMs = 0;
  private childSuitesTimed = true;
  private childSuites = 0;
  private caseDurationMs = 0;
  /** The normalised file of the last case (consecutive cases usually share it), keyed by the raw attribute. */
  private lastRawFile: string | undefined;
  private lastFile: string | undefined;

  // The testcase being read, as fields: a passing case that is not kept then allocates nothing of its own.
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
  private readonly keepPassed: boolean;

  constructor(reader: XmlReader, ctx: ParseContext, keepPassed: boolean) {
    this.reader = reader;
    this.ctx = ctx;
    this.keepPassed = keepPassed;
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
    const cases: TestCase[] = [];
    let passed = this.slots.length;
    for (const c of this.kept) {
      if (c === undefined) continue;
      switch (c.status) {
        case 'passed': continue;
        case 'failed': totals.failed++; break;
        case 'error': totals.errors++; break;
        case 'skipped': totals.skipped++; break;
        case 'flaky': totals.flaky++; break;
      }
      passed--;
    }
    totals.total += this.slots.length;
    totals.passed += passed;
    for (const c of this.kept) if (c !== undefined && (this.keepPassed || c.status !== 'passed')) cases.push(c);
    // Document order is the order of first runs, whichever run made the case worth keeping.
    if (this.keptOutOfOrder) {
      const slotOf = new Map(this.kept.map((c, index) => [c, this.keptSlots[index] ?? 0]));
      cases.sort((a, b) => (slotOf.get(a) ?? 0) - (slotOf.get(b) ?? 0));
    }
    if (this.rootDurationMs !== undefined) totals.durationMs = this.rootDurationMs;
    else if (this.childSuites > 0 && this.childSuitesTimed) totals.durationMs = this.childSuitesMs;
    else totals.durationMs = this.caseDurationMs + this.summaryOnly.durationMs;
    totals.durationMs = Math.round(totals.durationMs * 1000) / 1000;
    return { kind: 'tests', format: 'junit', source: this.ctx.source, cases, totals };
  }

  private startCapture(target: Capture): void {
    this.capture = target;
    this.reader.captureText(target !== Capture.None);
  }

  private openSuite(attributes: Readonly<Record<string, string>>): void {
    const parent = this.suites.at(-1);
    if (parent !== undefined) parent.hasChildren = true;
    const own = attributes.name ?? '';
    const name = own.length > 0 ? detached(own) : (parent?.name ?? '');
    // Direct children of the root carry the times to add up when the root states none.
    if (this.suites.length === 1) {
      this.childSuites++;
      const ms = secondsToMs(attributes.time);
      if (ms === undefined) this.childSuitesTimed = false;
      else this.childSuitesMs += ms;
    }
    this.suites.push({
      name,
      // Kept for the whole document (suites can recur), so it must not pin the parser's text.
      key: parent === undefined ? detached(own) : detached(`${parent.key}\u0001${own}`),
      file: attributes.file ?? parent?.file,
      hasChildren: false,
      attributes,
      names: undefined,
    });
  }

  private closeSuite(): void {
    const frame = this.suites.pop();
    if (frame === undefined) return;
    if (frame.names !== undefined) this.archive(frame.key, frame.names);
    if (frame.hasChildren) return;
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
    if (this.cDuration !== undefined) this.caseDurationMs += this.cDuration;
    const runKinds = (status === 'passed' || status === 'flaky' ? PASSED_RUN : 0)
      | (status === 'failed' || status === 'error' || status === 'flaky' ? FAILED_RUN : 0);

    const names = this.namesFor(suite);
    const name = this.cName;
    const seen = names.get(name);
    const previous = seen === undefined ? undefined : this.sameClass(seen);
    const slots = this.slots;
    if (previous !== undefined) {
      const kinds = slots.runs(previous) | runKinds;
      slots.setRuns(previous, kinds);
      const earlier = this.keptCase(previous) ?? this.passedCase(previous, suite, name);
      this.store(previous, fold(earlier, this.buildCase(status, suite), kinds));
      return;
    }

    // Keyed by the name alone (no string building per case); classnames sharing a name share a slot list.
    const slot = slots.add(runKinds, this.cClass);
    if (seen === undefined) names.set(name, slot);
    else if (typeof seen === 'number') names.set(name, [seen, slot]);
    else seen.push(slot);
    if (status === 'passed' && !this.keepPassed) slots.setPassed(slot, this.keptFile(), this.cLine, this.cDuration, this.cFlaky + this.cReruns);
    else this.keep(slot, this.buildCase(status, suite));
  }

  private keptCase(slot: number): TestCase | undefined {
    const index = this.slots.kept(slot);
    return index < 0 ? undefined : this.kept[index];
  }

  private keep(slot: number, testCase: TestCase): void {
    const index = this.slots.kept(slot);
    if (index >= 0) {
      this.kept[index] = testCase;
      return;
    }
    const last = this.keptSlots.at(-1);
    if (last !== undefined && last > slot) this.keptOutOfOrder = true;
    this.slots.setKept(slot, this.kept.length);
    this.kept.push(testCase);
    this.keptSlots.push(slot);
  }

  /** The case being closed as a TestCase, with every string its own (see `detached`). */
  private buildCase(status: TestStatus, suite: SuiteFrame | undefined): TestCase {
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

    const testCase: TestCase = { suite: suite?.name ?? '', name: detached(this.cName), status };
    if (this.cClass.length > 0) testCase.classname = this.slots.internClass(this.cClass);
    const file = this.keptFile();
    if (file !== undefined) testCase.file = file;
    if (this.cLine !== undefined) testCase.line = this.cLine;
    if (this.cDuration !== undefined) testCase.durationMs = this.cDuration;
    if (message !== undefined) testCase.message = detached(message);
    if (details !== undefined) testCase.details = detached(details);
    if (retries > 0) testCase.retries = retries;
    return testCase;
  }

  /** The TestCase of a passing test that was not kept, for a repeat to fold into. */
  private passedCase(slot: number, suite: SuiteFrame | undefined, name: string): TestCase {
    const slots = this.slots;
    const testCase: TestCase = { suite: suite?.name ?? '', name: detached(name), status: 'passed' };
    const classname = slots.classname(slot);
    if (classname.length > 0) testCase.classname = classname;
    const file = slots.file(slot);
    if (file !== undefined) testCase.file = file;
    const line = slots.line(slot);
    if (line !== undefined) testCase.line = line;
    const durationMs = slots.durationMs(slot);
    if (durationMs !== undefined) testCase.durationMs = durationMs;
    const retries = slots.retries(slot);
    if (retries > 0) testCase.retries = retries;
    return testCase;
  }

  /** Puts a folded case back into its slot, in the compact form when it passed and passes are not kept. */
  private store(slot: number, testCase: TestCase): void {
    if (testCase.status !== 'passed' || this.keepPassed) {
      this.keep(slot, testCase);
      return;
    }
    const index = this.slots.kept(slot);
    if (index >= 0) this.kept[index] = undefined;
    this.slots.setKept(slot, -1);
    this.slots.setPassed(slot, testCase.file, testCase.line, testCase.durationMs, testCase.retries ?? 0);
  }

  /** The current case's file made repository-relative, worked out once per run of cases naming the same file. */
  private keptFile(): string | undefined {
    const raw = this.cFile;
    if (raw === undefined || raw.length === 0) return undefined;
    if (raw !== this.lastRawFile) {
      this.lastRawFile = raw;
      this.lastFile = detached(normalizeReportPath(raw, this.ctx));
    }
    return this.lastFile;
  }

  /** Among earlier runs with this name, the one with the same classname. */
  private sameClass(seen: number | number[]): number | undefined {
    const slots = this.slots;
    if (typeof seen === 'number') return slots.classname(seen) === this.cClass ? seen : undefined;
    return seen.find((slot) => slots.classname(slot) === this.cClass);
  }

  private namesFor(suite: SuiteFrame | undefined): Map<string, number | number[]> {
    // The root is always a suite, so a case always has one; the fallback only satisfies the types.
    if (suite === undefined) return new Map();
    if (suite.names === undefined) suite.names = this.restore(suite.key);
    return suite.names;
  }

  /** Packs the names of a suite element that closes (names that pin parser chunks are copied into one string). */
  private archive(key: string, names: Map<string, number | number[]>): void {
    const list: string[] = [];
    const slots: number[] = [];
    for (const [name, slot] of names) {
      if (typeof slot === 'number') {
        list.push(name);
        slots.push(slot);
      } else {
        for (const one of slot) {
          list.push(name);
          slots.push(one);
        }
      }
    }
    this.archived.set(key, { names: list.join('\u0000'), slots: Int32Array.from(slots) });
  }

  /** The names of earlier elements of the same suite, or a new map when this is its first. */
  private restore(key: string): Map<string, number | number[]> {
    const names = new Map<string, number | number[]>();
    const archived = this.archived.get(key);
    if (archived === undefined) return names;
    this.archived.delete(key);
    const list = archived.names.split('\u0000');
    for (let index = 0; index < list.length; index++) {
      const name = list[index] ?? '';
      const slot = archived.slots[index] ?? 0;
      const seen = names.get(name);
      if (seen === undefined) names.set(name, slot);
      else if (typeof seen === 'number') names.set(name, [seen, slot]);
      else seen.push(slot);
    }
    return names;
  }
}

/**
 * Per-slot numbers in typed arrays, which the garbage collector neither copies
 * nor scans, plus the classname and file of each slot as an index into small
 * tables (consecutive cases usually share both, so each run of them is stored once).
 * Line, duration and retries are only meaningful while the slot's case is not kept.
 */
class Slots {
  length = 0;
  private runKinds = new Uint8Array(1024);
  private classIndex = new Int32Array(1024);
  private fileIndex = new Int32Array(1024);
  private lines = new Float64Array(1024);
  private times = new Float64Array(1024);
  private retryCounts = new Int32Array(1024);
  private keptIndex = new Int32Array(1024);
  private readonly classes: string[] = [];
  private readonly files: string[] = [];

  /** A new slot for a first run; returns its number. */
  add(runs: number, classname: string): number {
    const slot = this.length;
    if (slot === this.runKinds.length) this.grow();
    this.runKinds[slot] = runs;
    this.classIndex[slot] = this.classIndexOf(classname);
    this.fileIndex[slot] = -1;
    this.lines[slot] = 0;
    this.times[slot] = -1;
    this.retryCounts[slot] = 0;
    this.keptIndex[slot] = -1;
    this.length = slot + 1;
    return slot;
  }

  /** Where the slot's case is in the builder's kept list, or -1 when it is not kept. */
  kept(slot: number): number {
    return this.keptIndex[slot] ?? -1;
  }

  setKept(slot: number, index: number): void {
    this.keptIndex[slot] = index;
  }

  runs(slot: number): number {
    return this.runKinds[slot] ?? 0;
  }

  setRuns(slot: number, runs: number): void {
    this.runKinds[slot] = runs;
  }

  /** Records what a passing test that is not kept would need to become a TestCase again. */
  setPassed(slot: number, file: string | undefined, line: number | undefined, durationMs: number | undefined, retries: number): void {
    this.fileIndex[slot] = file === undefined ? -1 : this.fileIndexOf(file);
    // Lines are 1-based and times are never negative, so 0 and -1 can mean "not stated".
    this.lines[slot] = line ?? 0;
    this.times[slot] = durationMs ?? -1;
    this.retryCounts[slot] = retries;
  }

  classname(slot: number): string {
    return this.classes[this.classIndex[slot] ?? 0] ?? '';
  }

  file(slot: number): string | undefined {
    const index = this.fileIndex[slot] ?? -1;
    return index < 0 ? undefined : this.files[index];
  }

  line(slot: number): number | undefined {
    const line = this.lines[slot] ?? 0;
    return line > 0 ? line : undefined;
  }

  durationMs(slot: number): number | undefined {
    const ms = this.times[slot] ?? -1;
    return ms >= 0 ? ms : undefined;
  }

  retries(slot: number): number {
    return this.retryCounts[slot] ?? 0;
  }

  /** The kept copy of a classname, shared by every slot of a run of cases with that classname. */
  internClass(classname: string): string {
    return this.classes[this.classIndexOf(classname)] ?? classname;
  }

  private classIndexOf(classname: string): number {
    const last = this.classes.length - 1;
    if (last >= 0 && this.classes[last] === classname) return last;
    this.classes.push(detached(classname));
    return last + 1;
  }

  private fileIndexOf(file: string): number {
    const last = this.files.length - 1;
    if (last >= 0 && this.files[last] === file) return last;
    this.files.push(file);
    return last + 1;
  }

  private grow(): void {
    const size = this.runKinds.length * 2;
    this.runKinds = grown(this.runKinds, new Uint8Array(size));
    this.classIndex = grown(this.classIndex, new Int32Array(size));
    this.fileIndex = grown(this.fileIndex, new Int32Array(size));
    this.lines = grown(this.lines, new Float64Array(size));
    this.times = grown(this.times, new Float64Array(size));
    this.retryCounts = grown(this.retryCounts, new Int32Array(size));
    this.keptIndex = grown(this.keptIndex, new Int32Array(size));
  }
}

function grown<T extends Uint8Array | Int32Array | Float64Array>(from: T, to: T): T {
  to.set(from);
  return to;
}

/**
 * A copy of `text` that does not keep the parser's input alive. Strings the
 * tokenizer hands out are often slices (or concatenations of slices) of a whole
 * decoded chunk, and V8 keeps the chunk alive as long as any slice of it lives:
 * a few kept names per chunk would pin the entire file. Concatenating and
 * slicing again makes V8 copy the characters; strings shorter than V8's
 * 13-character minimum for slices and concatenations are copies already.
 */
function detached(text: string): string {
  return text.length < 13 ? text : (' ' + text).slice(1);
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
