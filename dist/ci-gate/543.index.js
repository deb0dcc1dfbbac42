export const id = 543;
export const ids = [543];
export const modules = {

/***/ 38543:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseJunit: () => (/* binding */ parseJunit)
/* harmony export */ });
/* harmony import */ var _normalize_path_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1810);
/* harmony import */ var _xml_reader_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(23386);
/* harmony import */ var _xml_values_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(22063);



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
async function parseJunit(input, ctx, options = {}) {
    const { keepPassed = true, ...xml } = options;
    const reader = new _xml_reader_js__WEBPACK_IMPORTED_MODULE_1__/* .XmlReader */ .Fs({ source: ctx.source, expected: 'a JUnit XML report', ...xml });
    const builder = new JunitBuilder(reader, ctx, keepPassed);
    await reader.read(input, builder);
    return builder.finish();
}
const PASSED_RUN = 1;
const FAILED_RUN = 2;
// Where captured text goes (plain constants: Node's type stripping has no enums).
const Capture = { None: 0, Failure: 1, Skipped: 2, Rerun: 3 };
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
class JunitBuilder {
    slots = new Slots();
    /** Kept cases (undefined once one folds into a pass that is not kept), with the slot of each. */
    kept = [];
    keptSlots = [];
    /** Set when a slot is kept after a later one (a passing test failed on a repeat): finish() sorts then. */
    keptOutOfOrder = false;
    /** Names of closed suite elements by suite identity, for suites that recur later in the document. */
    archived = new Map();
    suites = [];
    summaryOnly = { total: 0, passed: 0, failed: 0, errors: 0, skipped: 0, flaky: 0, durationMs: 0 };
    rootSeen = false;
    rootDurationMs;
    childSuitesMs = 0;
    childSuitesTimed = true;
    childSuites = 0;
    caseDurationMs = 0;
    /** The normalised file of the last case (consecutive cases usually share it), keyed by the raw attribute. */
    lastRawFile;
    lastFile;
    // The testcase being read, as fields: a passing case that is not kept then allocates nothing of its own.
    inCase = false;
    cName = '';
    cClass = '';
    cFile;
    cLine;
    cDuration;
    cDisabled = false;
    cSkipped = false;
    cFailures = 0;
    cErrors = 0;
    cFlaky = 0;
    cReruns = 0;
    cFailMessage;
    cSkipMessage;
    cRerunMessage;
    cFailText = '';
    cSkipText = '';
    cRerunText = '';
    capture = Capture.None;
    pausedCapture = Capture.None;
    reader;
    ctx;
    keepPassed;
    constructor(reader, ctx, keepPassed) {
        this.reader = reader;
        this.ctx = ctx;
        this.keepPassed = keepPassed;
    }
    open(name, attributes) {
        if (!this.rootSeen) {
            this.rootSeen = true;
            if (name !== 'testsuites' && name !== 'testsuite') {
                this.reader.fail(`not a JUnit report: the root element is <${name}>, expected <testsuites> or <testsuite>.`);
            }
            this.rootDurationMs = (0,_xml_values_js__WEBPACK_IMPORTED_MODULE_2__/* .secondsToMs */ .n)(attributes.time);
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
        if (!this.inCase)
            return;
        switch (name) {
            case 'failure':
            case 'error':
                if (name === 'failure')
                    this.cFailures++;
                else
                    this.cErrors++;
                this.cFailMessage ??= (0,_xml_values_js__WEBPACK_IMPORTED_MODULE_2__/* .firstLine */ .TM)(attributes.message);
                // Catch2 puts the location on the failure, not the case.
                if (this.cFile === undefined && attributes.file !== undefined) {
                    this.cFile = attributes.file;
                    this.cLine = (0,_xml_values_js__WEBPACK_IMPORTED_MODULE_2__/* .positiveInt */ .NJ)(attributes.line);
                }
                if (this.cFailText.length > 0)
                    this.cFailText += '\n\n';
                this.startCapture(Capture.Failure);
                return;
            case 'skipped':
                this.cSkipped = true;
                this.cSkipMessage ??= (0,_xml_values_js__WEBPACK_IMPORTED_MODULE_2__/* .firstLine */ .TM)(attributes.message);
                this.startCapture(Capture.Skipped);
                return;
            case 'flakyFailure':
            case 'flakyError':
            case 'rerunFailure':
            case 'rerunError':
                if (name.startsWith('flaky'))
                    this.cFlaky++;
                else
                    this.cReruns++;
                this.cRerunMessage ??= (0,_xml_values_js__WEBPACK_IMPORTED_MODULE_2__/* .firstLine */ .TM)(attributes.message);
                if (this.cRerunText.length > 0)
                    this.cRerunText += '\n\n';
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
    close(name) {
        switch (name) {
            case 'testcase':
                if (this.inCase)
                    this.closeCase();
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
    text(text) {
        switch (this.capture) {
            case Capture.Failure:
                this.cFailText = (0,_xml_reader_js__WEBPACK_IMPORTED_MODULE_1__/* .appendCapped */ .WQ)(this.cFailText, text);
                return;
            case Capture.Skipped:
                this.cSkipText = (0,_xml_reader_js__WEBPACK_IMPORTED_MODULE_1__/* .appendCapped */ .WQ)(this.cSkipText, text);
                return;
            case Capture.Rerun:
                this.cRerunText = (0,_xml_reader_js__WEBPACK_IMPORTED_MODULE_1__/* .appendCapped */ .WQ)(this.cRerunText, text);
                return;
            case Capture.None:
                return;
        }
    }
    finish() {
        const totals = { ...this.summaryOnly };
        const cases = [];
        let passed = this.slots.length;
        for (const c of this.kept) {
            if (c === undefined)
                continue;
            switch (c.status) {
                case 'passed': continue;
                case 'failed':
                    totals.failed++;
                    break;
                case 'error':
                    totals.errors++;
                    break;
                case 'skipped':
                    totals.skipped++;
                    break;
                case 'flaky':
                    totals.flaky++;
                    break;
            }
            passed--;
        }
        totals.total += this.slots.length;
        totals.passed += passed;
        for (const c of this.kept)
            if (c !== undefined && (this.keepPassed || c.status !== 'passed'))
                cases.push(c);
        // Document order is the order of first runs, whichever run made the case worth keeping.
        if (this.keptOutOfOrder) {
            const slotOf = new Map(this.kept.map((c, index) => [c, this.keptSlots[index] ?? 0]));
            cases.sort((a, b) => (slotOf.get(a) ?? 0) - (slotOf.get(b) ?? 0));
        }
        if (this.rootDurationMs !== undefined)
            totals.durationMs = this.rootDurationMs;
        else if (this.childSuites > 0 && this.childSuitesTimed)
            totals.durationMs = this.childSuitesMs;
        else
            totals.durationMs = this.caseDurationMs + this.summaryOnly.durationMs;
        totals.durationMs = Math.round(totals.durationMs * 1000) / 1000;
        return { kind: 'tests', format: 'junit', source: this.ctx.source, cases, totals };
    }
    startCapture(target) {
        this.capture = target;
        this.reader.captureText(target !== Capture.None);
    }
    openSuite(attributes) {
        const parent = this.suites.at(-1);
        if (parent !== undefined)
            parent.hasChildren = true;
        const own = attributes.name ?? '';
        const name = own.length > 0 ? detached(own) : (parent?.name ?? '');
        // Direct children of the root carry the times to add up when the root states none.
        if (this.suites.length === 1) {
            this.childSuites++;
            const ms = (0,_xml_values_js__WEBPACK_IMPORTED_MODULE_2__/* .secondsToMs */ .n)(attributes.time);
            if (ms === undefined)
                this.childSuitesTimed = false;
            else
                this.childSuitesMs += ms;
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
    closeSuite() {
        const frame = this.suites.pop();
        if (frame === undefined)
            return;
        if (frame.names !== undefined)
            this.archive(frame.key, frame.names);
        if (frame.hasChildren)
            return;
        // No cases and no child suites: the header is all the producer said.
        const a = frame.attributes;
        const tests = (0,_xml_values_js__WEBPACK_IMPORTED_MODULE_2__/* .count */ .U9)(a.tests) ?? 0;
        if (tests === 0)
            return;
        const failed = Math.min((0,_xml_values_js__WEBPACK_IMPORTED_MODULE_2__/* .count */ .U9)(a.failures) ?? 0, tests);
        const errors = Math.min((0,_xml_values_js__WEBPACK_IMPORTED_MODULE_2__/* .count */ .U9)(a.errors) ?? 0, tests - failed);
        const skipped = Math.min(((0,_xml_values_js__WEBPACK_IMPORTED_MODULE_2__/* .count */ .U9)(a.skipped) ?? (0,_xml_values_js__WEBPACK_IMPORTED_MODULE_2__/* .count */ .U9)(a.skips) ?? 0) + ((0,_xml_values_js__WEBPACK_IMPORTED_MODULE_2__/* .count */ .U9)(a.disabled) ?? 0), tests - failed - errors);
        const s = this.summaryOnly;
        s.total += tests;
        s.failed += failed;
        s.errors += errors;
        s.skipped += skipped;
        s.passed += tests - failed - errors - skipped;
        s.durationMs += (0,_xml_values_js__WEBPACK_IMPORTED_MODULE_2__/* .secondsToMs */ .n)(a.time) ?? 0;
    }
    openCase(a) {
        const suite = this.suites.at(-1);
        if (suite !== undefined)
            suite.hasChildren = true;
        this.inCase = true;
        this.cName = a.name ?? '';
        this.cClass = a.classname ?? '';
        this.cFile = a.file ?? suite?.file;
        this.cLine = (0,_xml_values_js__WEBPACK_IMPORTED_MODULE_2__/* .positiveInt */ .NJ)(a.line);
        this.cDuration = (0,_xml_values_js__WEBPACK_IMPORTED_MODULE_2__/* .secondsToMs */ .n)(a.time);
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
    closeCase() {
        this.inCase = false;
        this.startCapture(Capture.None);
        const suite = this.suites.at(-1);
        let status;
        if (this.cDisabled)
            status = 'skipped';
        else if (this.cErrors > 0)
            status = 'error';
        else if (this.cFailures > 0)
            status = 'failed';
        else if (this.cSkipped)
            status = 'skipped';
        else if (this.cFlaky > 0)
            status = 'flaky';
        else
            status = 'passed';
        if (this.cDuration !== undefined)
            this.caseDurationMs += this.cDuration;
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
        if (seen === undefined)
            names.set(name, slot);
        else if (typeof seen === 'number')
            names.set(name, [seen, slot]);
        else
            seen.push(slot);
        if (status === 'passed' && !this.keepPassed)
            slots.setPassed(slot, this.keptFile(), this.cLine, this.cDuration, this.cFlaky + this.cReruns);
        else
            this.keep(slot, this.buildCase(status, suite));
    }
    keptCase(slot) {
        const index = this.slots.kept(slot);
        return index < 0 ? undefined : this.kept[index];
    }
    keep(slot, testCase) {
        const index = this.slots.kept(slot);
        if (index >= 0) {
            this.kept[index] = testCase;
            return;
        }
        const last = this.keptSlots.at(-1);
        if (last !== undefined && last > slot)
            this.keptOutOfOrder = true;
        this.slots.setKept(slot, this.kept.length);
        this.kept.push(testCase);
        this.keptSlots.push(slot);
    }
    /** The case being closed as a TestCase, with every string its own (see `detached`). */
    buildCase(status, suite) {
        let message;
        let details;
        if (status === 'failed' || status === 'error') {
            details = trimmed(this.cFailText);
            message = this.cFailMessage ?? (0,_xml_values_js__WEBPACK_IMPORTED_MODULE_2__/* .firstLine */ .TM)(details);
        }
        else if (status === 'skipped') {
            // A disabled case may still carry the failure it would have had; that is its best explanation.
            details = trimmed(this.cSkipText) ?? trimmed(this.cFailText);
            message = this.cSkipMessage ?? this.cFailMessage ?? (0,_xml_values_js__WEBPACK_IMPORTED_MODULE_2__/* .firstLine */ .TM)(details);
        }
        else if (status === 'flaky') {
            details = trimmed(this.cRerunText);
            message = this.cRerunMessage ?? (0,_xml_values_js__WEBPACK_IMPORTED_MODULE_2__/* .firstLine */ .TM)(details);
        }
        const retries = this.cFlaky + this.cReruns;
        const testCase = { suite: suite?.name ?? '', name: detached(this.cName), status };
        if (this.cClass.length > 0)
            testCase.classname = this.slots.internClass(this.cClass);
        const file = this.keptFile();
        if (file !== undefined)
            testCase.file = file;
        if (this.cLine !== undefined)
            testCase.line = this.cLine;
        if (this.cDuration !== undefined)
            testCase.durationMs = this.cDuration;
        if (message !== undefined)
            testCase.message = detached(message);
        if (details !== undefined)
            testCase.details = detached(details);
        if (retries > 0)
            testCase.retries = retries;
        return testCase;
    }
    /** The TestCase of a passing test that was not kept, for a repeat to fold into. */
    passedCase(slot, suite, name) {
        const slots = this.slots;
        const testCase = { suite: suite?.name ?? '', name: detached(name), status: 'passed' };
        const classname = slots.classname(slot);
        if (classname.length > 0)
            testCase.classname = classname;
        const file = slots.file(slot);
        if (file !== undefined)
            testCase.file = file;
        const line = slots.line(slot);
        if (line !== undefined)
            testCase.line = line;
        const durationMs = slots.durationMs(slot);
        if (durationMs !== undefined)
            testCase.durationMs = durationMs;
        const retries = slots.retries(slot);
        if (retries > 0)
            testCase.retries = retries;
        return testCase;
    }
    /** Puts a folded case back into its slot, in the compact form when it passed and passes are not kept. */
    store(slot, testCase) {
        if (testCase.status !== 'passed' || this.keepPassed) {
            this.keep(slot, testCase);
            return;
        }
        const index = this.slots.kept(slot);
        if (index >= 0)
            this.kept[index] = undefined;
        this.slots.setKept(slot, -1);
        this.slots.setPassed(slot, testCase.file, testCase.line, testCase.durationMs, testCase.retries ?? 0);
    }
    /** The current case's file made repository-relative, worked out once per run of cases naming the same file. */
    keptFile() {
        const raw = this.cFile;
        if (raw === undefined || raw.length === 0)
            return undefined;
        if (raw !== this.lastRawFile) {
            this.lastRawFile = raw;
            this.lastFile = detached((0,_normalize_path_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeReportPath */ .p)(raw, this.ctx));
        }
        return this.lastFile;
    }
    /** Among earlier runs with this name, the one with the same classname. */
    sameClass(seen) {
        const slots = this.slots;
        if (typeof seen === 'number')
            return slots.classname(seen) === this.cClass ? seen : undefined;
        return seen.find((slot) => slots.classname(slot) === this.cClass);
    }
    namesFor(suite) {
        // The root is always a suite, so a case always has one; the fallback only satisfies the types.
        if (suite === undefined)
            return new Map();
        if (suite.names === undefined)
            suite.names = this.restore(suite.key);
        return suite.names;
    }
    /** Packs the names of a suite element that closes (names that pin parser chunks are copied into one string). */
    archive(key, names) {
        const list = [];
        const slots = [];
        for (const [name, slot] of names) {
            if (typeof slot === 'number') {
                list.push(name);
                slots.push(slot);
            }
            else {
                for (const one of slot) {
                    list.push(name);
                    slots.push(one);
                }
            }
        }
        this.archived.set(key, { names: list.join('\u0000'), slots: Int32Array.from(slots) });
    }
    /** The names of earlier elements of the same suite, or a new map when this is its first. */
    restore(key) {
        const names = new Map();
        const archived = this.archived.get(key);
        if (archived === undefined)
            return names;
        this.archived.delete(key);
        const list = archived.names.split('\u0000');
        for (let index = 0; index < list.length; index++) {
            const name = list[index] ?? '';
            const slot = archived.slots[index] ?? 0;
            const seen = names.get(name);
            if (seen === undefined)
                names.set(name, slot);
            else if (typeof seen === 'number')
                names.set(name, [seen, slot]);
            else
                seen.push(slot);
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
    runKinds = new Uint8Array(1024);
    classIndex = new Int32Array(1024);
    fileIndex = new Int32Array(1024);
    lines = new Float64Array(1024);
    times = new Float64Array(1024);
    retryCounts = new Int32Array(1024);
    keptIndex = new Int32Array(1024);
    classes = [];
    files = [];
    /** A new slot for a first run; returns its number. */
    add(runs, classname) {
        const slot = this.length;
        if (slot === this.runKinds.length)
            this.grow();
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
    kept(slot) {
        return this.keptIndex[slot] ?? -1;
    }
    setKept(slot, index) {
        this.keptIndex[slot] = index;
    }
    runs(slot) {
        return this.runKinds[slot] ?? 0;
    }
    setRuns(slot, runs) {
        this.runKinds[slot] = runs;
    }
    /** Records what a passing test that is not kept would need to become a TestCase again. */
    setPassed(slot, file, line, durationMs, retries) {
        this.fileIndex[slot] = file === undefined ? -1 : this.fileIndexOf(file);
        // Lines are 1-based and times are never negative, so 0 and -1 can mean "not stated".
        this.lines[slot] = line ?? 0;
        this.times[slot] = durationMs ?? -1;
        this.retryCounts[slot] = retries;
    }
    classname(slot) {
        return this.classes[this.classIndex[slot] ?? 0] ?? '';
    }
    file(slot) {
        const index = this.fileIndex[slot] ?? -1;
        return index < 0 ? undefined : this.files[index];
    }
    line(slot) {
        const line = this.lines[slot] ?? 0;
        return line > 0 ? line : undefined;
    }
    durationMs(slot) {
        const ms = this.times[slot] ?? -1;
        return ms >= 0 ? ms : undefined;
    }
    retries(slot) {
        return this.retryCounts[slot] ?? 0;
    }
    /** The kept copy of a classname, shared by every slot of a run of cases with that classname. */
    internClass(classname) {
        return this.classes[this.classIndexOf(classname)] ?? classname;
    }
    classIndexOf(classname) {
        const last = this.classes.length - 1;
        if (last >= 0 && this.classes[last] === classname)
            return last;
        this.classes.push(detached(classname));
        return last + 1;
    }
    fileIndexOf(file) {
        const last = this.files.length - 1;
        if (last >= 0 && this.files[last] === file)
            return last;
        this.files.push(file);
        return last + 1;
    }
    grow() {
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
function grown(from, to) {
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
function detached(text) {
    return text.length < 13 ? text : (' ' + text).slice(1);
}
function isFailing(c) {
    return c.status === 'failed' || c.status === 'error' || c.status === 'flaky';
}
/** Folds a later run of the same test into the case built so far. */
function fold(earlier, later, kinds) {
    let status;
    if ((kinds & PASSED_RUN) !== 0 && (kinds & FAILED_RUN) !== 0)
        status = 'flaky';
    else if ((kinds & PASSED_RUN) !== 0)
        status = 'passed';
    else
        status = later.status;
    const folded = { suite: earlier.suite, name: earlier.name, status };
    if (earlier.classname !== undefined)
        folded.classname = earlier.classname;
    const located = earlier.file !== undefined ? earlier : later;
    if (located.file !== undefined)
        folded.file = located.file;
    if (located.line !== undefined)
        folded.line = located.line;
    if (earlier.durationMs !== undefined || later.durationMs !== undefined) {
        folded.durationMs = Math.round(((earlier.durationMs ?? 0) + (later.durationMs ?? 0)) * 1000) / 1000;
    }
    // The newest run that explains a failure (or the skip) supplies the message.
    const explaining = status === 'passed' ? undefined : status === 'skipped' ? later : isFailing(later) ? later : earlier;
    if (explaining?.message !== undefined)
        folded.message = explaining.message;
    if (explaining?.details !== undefined)
        folded.details = explaining.details;
    folded.retries = (earlier.retries ?? 0) + 1 + (later.retries ?? 0);
    return folded;
}
function trimmed(text) {
    const t = text.trim();
    return t.length > 0 ? t : undefined;
}


/***/ }),

/***/ 23386:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fs: () => (/* binding */ XmlReader),
/* harmony export */   WQ: () => (/* binding */ appendCapped)
/* harmony export */ });
/* harmony import */ var _pipeline_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(30602);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var saxes__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(59800);
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(42591);
/* harmony import */ var _encoding_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(95124);
/* harmony import */ var _values_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(22063);







/** Bytes decoded per tokenizer write; see XmlReader.feed. */
const PIECE_BYTES = 32 * 1024;
const TRUNCATION_HINT = ' The file ends early; it looks truncated (was the producer killed while writing it?).';
// C0 controls XML 1.0 forbids even as references. Test runners capture them from program output (ANSI
// colour codes, NULs) and Surefire, JUnit Platform and plexus write them raw or as `&#27;`; one stray ESC
// must not cost the whole report, so raw ones become U+FFFD and references to them stay literal text.
const ILLEGAL_CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/;
const ILLEGAL_CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g;
function sanitize(text) {
    // One scan per chunk, not per character event; the replace runs only when something is there.
    return ILLEGAL_CONTROL.test(text) ? text.replace(ILLEGAL_CONTROLS, '\ufffd') : text;
}
/**
 * A strict, streaming XML reader over saxes. It never builds a DOM, never reads
 * an external DTD and never expands a declared entity: a DOCTYPE with an internal
 * subset (where ENTITY declarations live) is refused outright, and any entity
 * other than the five predefined ones is a well-formedness error. A DOCTYPE that
 * only names an external DTD (gcovr, simplecov, JaCoCo always write one) is
 * accepted and ignored, since nothing is ever fetched or expanded from it.
 *
 * Bytes are decoded per the BOM or the declared encoding; invalid byte
 * sequences become U+FFFD rather than failing the report, because they turn up
 * in captured program output, not in the structure the parsers read. Any
 * structural error (a truncated file, a raw `<` in an attribute, a second root)
 * is a ConfigurationError naming the file and line. One reader per document.
 */
class XmlReader {
    source;
    maxBytes;
    expected;
    parser;
    handler;
    capturing = false;
    onText = (text) => {
        this.handler?.text(text);
    };
    constructor(options) {
        this.source = options.source;
        this.maxBytes = options.maxBytes ?? _limits_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULT_MAX_REPORT_BYTES */ .AS;
        this.expected = options.expected ?? 'an XML report';
        this.parser = new saxes__WEBPACK_IMPORTED_MODULE_2__/* .SaxesParser */ .wT({ xmlns: false, position: true });
    }
    /** 1-based line the tokenizer is at, for messages about the element being handled. */
    get line() {
        return this.parser.line;
    }
    /** Turns text delivery on or off; handlers switch it on only inside elements whose text they keep. */
    captureText(on) {
        if (on === this.capturing)
            return;
        this.capturing = on;
        if (on)
            this.parser.on('text', this.onText);
        else
            this.parser.off('text');
    }
    /** Throws a ConfigurationError about the report at the current line. */
    fail(message, line = this.parser.line) {
        throw new _pipeline_core__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${this.source}:${line}: ${message}`, { file: this.source, line });
    }
    /** Streams `input` through the handler; resolves when the document is complete and well-formed. */
    async read(input, handler) {
        if (this.handler !== undefined)
            throw new Error('XmlReader.read called twice; create one reader per document.');
        this.handler = handler;
        const parser = this.parser;
        parser.on('opentag', (tag) => handler.open(tag.name, tag.attributes));
        parser.on('closetag', (tag) => handler.close(tag.name));
        parser.on('cdata', (text) => {
            if (this.capturing)
                handler.text(text);
        });
        parser.on('doctype', (doctype) => this.checkDoctype(doctype));
        parser.on('error', (error) => this.malformed(error));
        let total = 0;
        if (typeof input === 'string') {
            total = this.count(0, Buffer.byteLength(input));
            this.emptyCheck(total, input);
            parser.write(sanitize(input));
        }
        else {
            let decoder;
            let pending = [];
            let pendingBytes = 0;
            for await (const chunk of input) {
                if (typeof chunk === 'string') {
                    total = this.count(total, Buffer.byteLength(chunk));
                    parser.write(sanitize(chunk));
                    continue;
                }
                total = this.count(total, chunk.byteLength);
                if (decoder !== undefined) {
                    this.feed(decoder, chunk);
                    continue;
                }
                // Hold the first bytes until there are enough to read a BOM and the declaration.
                pending.push(chunk);
                pendingBytes += chunk.byteLength;
                if (pendingBytes < _encoding_js__WEBPACK_IMPORTED_MODULE_3__/* .SNIFF_BYTES */ .dD)
                    continue;
                const head = Buffer.concat(pending);
                pending = [];
                decoder = new node_util__WEBPACK_IMPORTED_MODULE_1__.TextDecoder((0,_encoding_js__WEBPACK_IMPORTED_MODULE_3__/* .sniffEncoding */ .OB)(head, this.source).label);
                this.feed(decoder, head);
            }
            if (decoder === undefined && pendingBytes > 0) {
                const head = Buffer.concat(pending);
                decoder = new node_util__WEBPACK_IMPORTED_MODULE_1__.TextDecoder((0,_encoding_js__WEBPACK_IMPORTED_MODULE_3__/* .sniffEncoding */ .OB)(head, this.source).label);
                this.feed(decoder, head);
            }
            this.emptyCheck(total, undefined);
            if (decoder !== undefined) {
                const tail = decoder.decode();
                if (tail.length > 0)
                    parser.write(sanitize(tail));
            }
        }
        parser.close();
    }
    /**
     * Decodes and tokenizes bytes a piece at a time. Strings the tokenizer hands
     * out are slices of the piece, and V8 promotes a big string that is still
     * referenced when the young generation is collected (it always is, mid-piece):
     * pieces below V8's large-object size keep that survival, which makes V8 grow
     * the young generation and the process, small.
     */
    feed(decoder, bytes) {
        for (let start = 0; start < bytes.byteLength; start += PIECE_BYTES) {
            const text = decoder.decode(bytes.subarray(start, start + PIECE_BYTES), { stream: true });
            if (text.length > 0)
                this.parser.write(sanitize(text));
        }
    }
    count(total, more) {
        const next = total + more;
        if (next > this.maxBytes) {
            throw new _pipeline_core__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${this.source} is larger than the ${(0,_limits_js__WEBPACK_IMPORTED_MODULE_4__/* .formatBytes */ .z3)(this.maxBytes)} limit for reports; raise the limit or split the report.`, { file: this.source });
        }
        return next;
    }
    emptyCheck(total, text) {
        if (total === 0 || (text !== undefined && text.trim().length === 0)) {
            throw new _pipeline_core__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${this.source} is empty; expected ${this.expected}.`, { file: this.source });
        }
    }
    checkDoctype(doctype) {
        let quote = 0;
        for (let i = 0; i < doctype.length; i++) {
            const c = doctype.charCodeAt(i);
            if (quote !== 0) {
                if (c === quote)
                    quote = 0;
            }
            else if (c === 0x22 || c === 0x27) {
                quote = c;
            }
            else if (c === 0x5b) {
                // The doctype event fires at its closing '>', so count back to where it began.
                const start = this.parser.line - countNewlines(doctype);
                this.fail('XML with a DTD or entities is rejected, never expanded (found a DOCTYPE with an internal subset); have the producer write plain XML without a DTD.', start);
            }
        }
    }
    malformed(error) {
        const { line, column } = this.parser;
        // saxes prefixes "line:column: "; the position is reported separately.
        const reason = error.message.replace(/^\d+:\d+: /, '');
        // A reference to a forbidden character (`&#27;`): saxes keeps it as literal text and reads on.
        if (reason === 'malformed character entity.')
            return;
        let hint = '';
        if (reason.startsWith('unclosed tag') || reason === 'unexpected end.')
            hint = TRUNCATION_HINT;
        else if (reason === 'undefined entity.')
            hint = ' Only the five predefined entities (&lt; &gt; &amp; &quot; &apos;) and numeric character references are allowed.';
        throw new _pipeline_core__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${this.source}:${line}:${column}: not well-formed XML: ${reason}${hint}`, { file: this.source, line, cause: error });
    }
}
function countNewlines(text) {
    let n = 0;
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1))
        n++;
    return n;
}
/**
 * Appends to a capped text buffer. Returns the new buffer; text past `cap`
 * characters is dropped (never splitting a surrogate pair) and marked once.
 */
function appendCapped(buffer, text, cap = _limits_js__WEBPACK_IMPORTED_MODULE_4__/* .DETAILS_CAP */ .kC) {
    if (buffer.length >= cap)
        return buffer;
    const room = cap - buffer.length;
    if (text.length <= room)
        return buffer + text;
    return `${buffer}${text.slice(0, (0,_values_js__WEBPACK_IMPORTED_MODULE_5__/* .safeCut */ .aK)(text, room))}\n… (truncated)`;
}


/***/ }),

/***/ 22063:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NJ: () => (/* binding */ positiveInt),
/* harmony export */   TM: () => (/* binding */ firstLine),
/* harmony export */   U9: () => (/* binding */ count),
/* harmony export */   Wf: () => (/* binding */ nonNegativeNumber),
/* harmony export */   aK: () => (/* binding */ safeCut),
/* harmony export */   n: () => (/* binding */ secondsToMs)
/* harmony export */ });
/* unused harmony export MESSAGE_CAP */
/**
 * Attribute value readers shared by the XML parsers. Producers disagree on
 * formats (empty strings, "NaN", exponents), so every reader returns undefined
 * for a value it cannot trust instead of guessing.
 */
/** A finite, non-negative number, or undefined. `Number('')` is 0, so empty is checked first. */
function nonNegativeNumber(value) {
    if (value === undefined || value.length === 0)
        return undefined;
    const n = Number(value);
    return Number.isFinite(n) && n >= 0 ? n : undefined;
}
/** A positive integer (line and column numbers are 1-based), or undefined. */
function positiveInt(value) {
    const n = nonNegativeNumber(value);
    return n !== undefined && n >= 1 && Number.isInteger(n) ? n : undefined;
}
/** A count (0 or more), or undefined. */
function count(value) {
    const n = nonNegativeNumber(value);
    return n !== undefined && Number.isInteger(n) ? n : undefined;
}
/** Seconds (JUnit `time`) to milliseconds, keeping microsecond precision without float noise. */
function secondsToMs(value) {
    const seconds = nonNegativeNumber(value);
    return seconds === undefined ? undefined : Math.round(seconds * 1_000_000) / 1000;
}
/** Characters kept of a one-line message. */
const MESSAGE_CAP = 1000;
/** First non-blank line, trimmed and capped, or undefined when there is none. */
function firstLine(text) {
    if (text === undefined)
        return undefined;
    let start = 0;
    while (start < text.length) {
        let end = text.indexOf('\n', start);
        if (end === -1)
            end = text.length;
        const line = text.slice(start, end).trim();
        if (line.length > 0)
            return line.length > MESSAGE_CAP ? `${line.slice(0, safeCut(line, MESSAGE_CAP))}…` : line;
        start = end + 1;
    }
    return undefined;
}
/** Index at or below `at` that does not split a surrogate pair. */
function safeCut(text, at) {
    const c = text.charCodeAt(at - 1);
    return c >= 0xd800 && c <= 0xdbff ? at - 1 : at;
}


/***/ })

};

//# sourceMappingURL=543.index.js.map