export const id = 498;
export const ids = [498,705];
export const modules = {

/***/ 11705:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   describeJson: () => (/* binding */ describeJson),
/* harmony export */   isRecord: () => (/* binding */ isRecord),
/* harmony export */   lineColumnAt: () => (/* binding */ lineColumnAt),
/* harmony export */   parseIstanbulFinal: () => (/* binding */ parseIstanbulFinal),
/* harmony export */   parseIstanbulSummary: () => (/* binding */ parseIstanbulSummary),
/* harmony export */   parseJsonReport: () => (/* binding */ parseJsonReport),
/* harmony export */   readAllText: () => (/* binding */ readAllText)
/* harmony export */ });
/* harmony import */ var _pipeline_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(30602);
/* harmony import */ var _normalize_path_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1810);


/**
 * Collects streamed report content into one string. UTF-8 is decoded in stream
 * mode so a multi-byte character split across chunks survives, and a leading
 * byte-order mark is dropped (Windows tools write one).
 */
async function readAllText(input) {
    if (typeof input === 'string')
        return stripBom(input);
    const decoder = new TextDecoder('utf-8');
    const parts = [];
    for await (const chunk of input) {
        parts.push(typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true }));
    }
    parts.push(decoder.decode());
    return stripBom(parts.join(''));
}
function stripBom(text) {
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
/** 1-based line and column of a character offset. */
function lineColumnAt(text, offset) {
    let line = 1;
    let lineStart = 0;
    const end = Math.min(offset, text.length);
    for (let index = text.indexOf('\n'); index !== -1 && index < end; index = text.indexOf('\n', index + 1)) {
        line += 1;
        lineStart = index + 1;
    }
    return { line, column: end - lineStart + 1 };
}
/**
 * JSON.parse with an error that names the report and the line/column, which V8
 * only gives as a character offset (and not at all for truncated input).
 */
function parseJsonReport(text, ctx, what) {
    try {
        return JSON.parse(text);
    }
    catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        const where = jsonErrorPosition(text, reason);
        const at = where === undefined ? '' : ` at line ${where.line}, column ${where.column}`;
        throw new _pipeline_core__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${ctx.source} is not valid JSON${at} (${reason}); expected ${what}. Check that the file was written completely by the tool.`, where === undefined ? { file: ctx.source, cause: error } : { file: ctx.source, line: where.line, cause: error });
    }
}
function jsonErrorPosition(text, reason) {
    const lineColumn = /\(line (\d+) column (\d+)\)/.exec(reason);
    if (lineColumn?.[1] !== undefined && lineColumn[2] !== undefined) {
        return { line: Number(lineColumn[1]), column: Number(lineColumn[2]) };
    }
    const position = /at position (\d+)/.exec(reason);
    if (position?.[1] !== undefined)
        return lineColumnAt(text, Number(position[1]));
    // "Unexpected end of JSON input": the file stops early, so the problem is at its end.
    if (/end of (JSON )?input/i.test(reason))
        return lineColumnAt(text, text.length);
    const offset = unexpectedTokenOffset(text, reason);
    return offset === undefined ? undefined : lineColumnAt(text, offset);
}
/**
 * V8 reports an unexpected token with no position, only the source around it:
 * `Unexpected token '}', ..."<10 before><token><9 after>"... is not valid JSON`,
 * the leading "..." present when the excerpt does not start the text.
 */
function unexpectedTokenOffset(text, reason) {
    const match = /^Unexpected token '([\s\S]+?)', (\.\.\.)?"([\s\S]*)"(\.\.\.)? is not valid JSON$/.exec(reason);
    if (match === null)
        return undefined;
    const [, token = '', leading, excerpt = '', trailing] = match;
    if (leading !== undefined) {
        const start = text.indexOf(excerpt);
        return start === -1 ? undefined : start + 10;
    }
    // The excerpt starts the text and ends 10 characters after the token (or at the text's end).
    if (trailing !== undefined)
        return Math.max(0, excerpt.length - 10);
    const near = excerpt.indexOf(token, Math.max(0, excerpt.length - 10));
    return near === -1 ? undefined : near;
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function describeJson(value) {
    if (value === undefined)
        return 'missing';
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'an array';
    return typeof value === 'object' ? 'an object' : `${typeof value} ${JSON.stringify(value)}`;
}
/**
 * Parses istanbul's `coverage-final.json` (json reporter of nyc, c8, jest, vitest).
 *
 * Per-line hits follow istanbul-lib-coverage's `FileCoverage.getLineCoverage()`,
 * which is also what its lcov reporter writes as DA records: every statement
 * counted in `s` is attributed to the line it starts on, and a line's hits are the
 * maximum over the statements starting there. Branch totals count every branch
 * arm in `b`, function totals every entry in `f`, as istanbul's summary does.
 */
async function parseIstanbulFinal(input, ctx) {
    const data = parseJsonReport(await readAllText(input), ctx, 'istanbul coverage-final.json (an object keyed by source file)');
    if (!isRecord(data)) {
        throw new _pipeline_core__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${ctx.source} is not istanbul coverage-final.json: the top level is ${describeJson(data)}, expected an object keyed by source file path.`, { file: ctx.source });
    }
    const byPath = new Map();
    for (const [key, raw] of Object.entries(data)) {
        // istanbul-lib-coverage still accepts the old `{ data: {...} }` wrapper.
        const entry = isRecord(raw) && isRecord(raw['data']) ? raw['data'] : raw;
        if (!isRecord(entry)) {
            throw new _pipeline_core__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${ctx.source}: entry "${key}" is ${describeJson(entry)}, expected istanbul file coverage with statementMap and s.`, { file: ctx.source });
        }
        const file = fileFromIstanbul(key, entry, ctx);
        const existing = byPath.get(file.path);
        byPath.set(file.path, existing === undefined ? file : mergeFiles(existing, file));
    }
    const files = [...byPath.values()];
    let linesCovered = 0;
    let linesTotal = 0;
    const branches = { covered: 0, total: 0 };
    const functions = { covered: 0, total: 0 };
    for (const file of files) {
        linesTotal += file.lines.size;
        for (const hits of file.lines.values())
            if (hits > 0)
                linesCovered += 1;
        if (file.branches)
            addRatio(branches, file.branches);
        if (file.functions)
            addRatio(functions, file.functions);
    }
    return {
        kind: 'coverage',
        format: 'istanbul-final',
        source: ctx.source,
        files,
        totals: { lines: { covered: linesCovered, total: linesTotal }, branches, functions },
        perLine: true,
    };
}
function fileFromIstanbul(key, entry, ctx) {
    const rawPath = typeof entry['path'] === 'string' && entry['path'] !== '' ? entry['path'] : key;
    const statementMap = objectField(entry, 'statementMap', key, ctx);
    const statements = objectField(entry, 's', key, ctx);
    const lines = new Map();
    for (const [id, count] of Object.entries(statements)) {
        const location = statementMap[id];
        // getLineCoverage skips counters without a location the same way.
        if (!isRecord(location))
            continue;
        const start = location['start'];
        const line = isRecord(start) ? start['line'] : undefined;
        if (typeof line !== 'number' || !Number.isInteger(line)) {
            throw new _pipeline_core__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${ctx.source}: "${key}" statementMap["${id}"].start.line is ${describeJson(line)}, expected a line number.`, { file: ctx.source });
        }
        const hits = counter(count, `s["${id}"]`, key, ctx);
        const previous = lines.get(line);
        if (previous === undefined || previous < hits)
            lines.set(line, hits);
    }
    const file = { path: (0,_normalize_path_js__WEBPACK_IMPORTED_MODULE_1__/* .normalizeReportPath */ .p)(rawPath, ctx), lines };
    if (entry['b'] !== undefined) {
        const branchCounts = objectField(entry, 'b', key, ctx);
        const ratio = { covered: 0, total: 0 };
        for (const [id, arms] of Object.entries(branchCounts)) {
            if (!Array.isArray(arms)) {
                throw new _pipeline_core__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${ctx.source}: "${key}" b["${id}"] is ${describeJson(arms)}, expected an array of branch counts.`, { file: ctx.source });
            }
            for (const arm of arms) {
                ratio.total += 1;
                if (counter(arm, `b["${id}"]`, key, ctx) > 0)
                    ratio.covered += 1;
            }
        }
        file.branches = ratio;
    }
    if (entry['f'] !== undefined) {
        const functionCounts = objectField(entry, 'f', key, ctx);
        const ratio = { covered: 0, total: 0 };
        for (const [id, count] of Object.entries(functionCounts)) {
            ratio.total += 1;
            if (counter(count, `f["${id}"]`, key, ctx) > 0)
                ratio.covered += 1;
        }
        file.functions = ratio;
    }
    return file;
}
function objectField(entry, field, key, ctx) {
    const value = entry[field];
    if (!isRecord(value)) {
        throw new _pipeline_core__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${ctx.source}: "${key}".${field} is ${describeJson(value)}, expected an object. Is this coverage-final.json (the istanbul "json" reporter) rather than another JSON file?`, { file: ctx.source });
    }
    return value;
}
function counter(value, where, key, ctx) {
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
        throw new _pipeline_core__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${ctx.source}: "${key}" ${where} is ${describeJson(value)}, expected a non-negative hit count.`, { file: ctx.source });
    }
    return value;
}
function mergeFiles(into, from) {
    for (const [line, hits] of from.lines)
        into.lines.set(line, (into.lines.get(line) ?? 0) + hits);
    if (from.branches)
        into.branches = into.branches ? sumRatio(into.branches, from.branches) : from.branches;
    if (from.functions)
        into.functions = into.functions ? sumRatio(into.functions, from.functions) : from.functions;
    return into;
}
function addRatio(into, from) {
    into.covered += from.covered;
    into.total += from.total;
}
function sumRatio(a, b) {
    return { covered: a.covered + b.covered, total: a.total + b.total };
}
/**
 * Parses istanbul's `coverage-summary.json` (json-summary reporter). It carries
 * totals only, so the report has no files and `perLine: false`: it can feed a
 * total-coverage gate but never diff coverage.
 */
async function parseIstanbulSummary(input, ctx) {
    const data = parseJsonReport(await readAllText(input), ctx, 'istanbul coverage-summary.json (an object with a "total" entry)');
    const total = isRecord(data) ? data['total'] : undefined;
    if (!isRecord(total)) {
        throw new _pipeline_core__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${ctx.source} is not istanbul coverage-summary.json: it has no "total" object. Generate it with the "json-summary" coverage reporter.`, { file: ctx.source });
    }
    const lines = summaryRatio(total, 'lines', ctx);
    if (lines === undefined) {
        throw new _pipeline_core__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${ctx.source}: total.lines is missing; expected { "total": n, "covered": n } as the json-summary reporter writes.`, { file: ctx.source });
    }
    const totals = { lines };
    const branches = summaryRatio(total, 'branches', ctx);
    if (branches !== undefined)
        totals.branches = branches;
    const functions = summaryRatio(total, 'functions', ctx);
    if (functions !== undefined)
        totals.functions = functions;
    return { kind: 'coverage', format: 'istanbul-summary', source: ctx.source, files: [], totals, perLine: false };
}
function summaryRatio(total, metric, ctx) {
    const value = total[metric];
    if (value === undefined)
        return undefined;
    const covered = isRecord(value) ? value['covered'] : undefined;
    const count = isRecord(value) ? value['total'] : undefined;
    if (!isCount(covered) || !isCount(count)) {
        throw new _pipeline_core__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${ctx.source}: total.${metric} is ${JSON.stringify(value)}, expected { "total": n, "covered": n } with non-negative numbers.`, { file: ctx.source });
    }
    return { covered, total: count };
}
function isCount(value) {
    return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}


/***/ }),

/***/ 68498:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseSarif: () => (/* binding */ parseSarif)
/* harmony export */ });
/* harmony import */ var _pipeline_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(30602);
/* harmony import */ var _fingerprint_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(90931);
/* harmony import */ var _istanbul_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(11705);
/* harmony import */ var _normalize_path_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1810);




/**
 * Parses a SARIF 2.1.0 log into findings, one per result, over every run.
 *
 * - tool: `runs[].tool.driver.name`.
 * - rule: `result.rule.toolComponent.index` picks an extension's rules (CodeQL
 *   query packs), else the driver's; then `ruleIndex`/`rule.index`, else the id.
 * - level: the result's, else the rule's `defaultConfiguration.level`, else
 *   'warning'; 'none' becomes 'note'.
 * - message: `message.text`, else `message.id` looked up in the rule's
 *   `messageStrings`, with `{0}`-style arguments filled in.
 * - location: the first physical location; `uriBaseId` is resolved through
 *   `run.originalUriBaseIds` when that chain ends in a `file://` URI, otherwise the
 *   URI is taken as repository-relative (how %SRCROOT% is used in practice).
 * - fingerprint: `partialFingerprints.primaryLocationLineHash`, else all partial
 *   fingerprints, else `fingerprints`, else the message; always combined with tool,
 *   rule and file (a line hash alone is the same for two rules on one line), and
 *   never with the line number.
 * - securitySeverity: `properties["security-severity"]` of the result or its rule.
 *
 * Results that are not problems are left out, as GitHub code scanning does:
 * `kind` 'pass' or 'notApplicable', results suppressed in source or by an
 * accepted suppression (ESLint's formatter emits disabled rules that way), and
 * `baselineState: 'absent'` (fixed since the baseline).
 *
 * The log is not materialised whole: see the scanner below.
 */
async function parseSarif(input, ctx) {
    const bytes = await readAllBytes(input);
    try {
        return fromScanned(bytes, scanLog(bytes, true), ctx);
    }
    catch (error) {
        // A guessed boundary was wrong (see JsonCursor.spans), or the document is one the scanner cannot follow.
        if (!(error instanceof WrongGuess) && !(error instanceof MalformedJson))
            throw error;
    }
    let scanned;
    try {
        scanned = scanLog(bytes, false);
    }
    catch (error) {
        if (!(error instanceof MalformedJson))
            throw error;
        // JSON.parse explains what is wrong, and where; if it finds nothing wrong the
        // document is merely unusual (a layout the scanner does not follow) and is
        // read whole.
        return fromDocument((0,_istanbul_js__WEBPACK_IMPORTED_MODULE_2__.parseJsonReport)(bytes.toString('utf8'), ctx, SARIF), ctx);
    }
    return fromScanned(bytes, scanned, ctx);
}
function fromScanned(bytes, scanned, ctx) {
    checkVersion(scanned.version, ctx);
    const { runs } = scanned;
    if (runs === null || runs === undefined)
        return report(ctx, []);
    if (!Array.isArray(runs))
        throw invalid(ctx, 'runs', `is ${(0,_istanbul_js__WEBPACK_IMPORTED_MODULE_2__.describeJson)(runs)}, expected an array of runs`);
    const findings = [];
    const deduper = new _fingerprint_js__WEBPACK_IMPORTED_MODULE_1__/* .FingerprintDeduper */ .az();
    runs.forEach((run, runIndex) => {
        const path = `runs[${runIndex}]`;
        if (!isScannedRun(run))
            throw invalid(ctx, path, `is ${(0,_istanbul_js__WEBPACK_IMPORTED_MODULE_2__.describeJson)(run)}, expected a run object`);
        const { results } = run;
        if (results === undefined || results === null)
            return;
        if (!(results instanceof Spans))
            throw invalid(ctx, `${path}.results`, `is ${(0,_istanbul_js__WEBPACK_IMPORTED_MODULE_2__.describeJson)(results)}, expected an array of results`);
        if (results.length === 0)
            return;
        const context = runContext(run.members, path, ctx);
        let index = 0;
        for (let first = 0; first < results.length;) {
            const last = results.batchEnd(first, BATCH_BYTES);
            const batch = parseBatch(bytes, results, first, last, ctx);
            for (let offset = 0; offset < batch.length; offset += 1) {
                const finding = toFinding(batch[offset], context, index + offset, ctx);
                if (finding === undefined)
                    continue;
                finding.fingerprint = deduper.unique(finding.fingerprint);
                findings.push(finding);
            }
            index += batch.length;
            first = last + 1;
        }
    });
    return report(ctx, findings);
}
/**
 * Results are parsed 32 KiB at a time: few JSON.parse calls, never the whole
 * array at once, and a batch small enough that the young-generation collections
 * that happen while it is being converted have little of it to copy.
 */
const BATCH_BYTES = 32 * 1024;
function parseBatch(bytes, results, first, last, ctx) {
    try {
        return JSON.parse(`[${bytes.toString('utf8', results.starts[first], results.ends[last])}]`);
    }
    catch {
        if (results.guessed)
            throw new WrongGuess();
        // The scanner only checks structure; the exact complaint, and its line, come from a full parse.
        (0,_istanbul_js__WEBPACK_IMPORTED_MODULE_2__.parseJsonReport)(bytes.toString('utf8'), ctx, SARIF);
        throw invalid(ctx, `results[${first}..${last}]`, 'is not valid JSON');
    }
}
const SARIF = 'a SARIF 2.1.0 log';
function report(ctx, findings) {
    return { kind: 'findings', format: 'sarif', source: ctx.source, findings };
}
function checkVersion(version, ctx) {
    if (version !== undefined && (typeof version !== 'string' || !version.startsWith('2.1'))) {
        throw invalid(ctx, 'version', `is ${(0,_istanbul_js__WEBPACK_IMPORTED_MODULE_2__.describeJson)(version)}; only SARIF 2.1.0 is supported (convert older logs with the SARIF multitool)`);
    }
}
/** The same conversion from a fully parsed document, for logs the scanner does not follow. */
function fromDocument(log, ctx) {
    if (!(0,_istanbul_js__WEBPACK_IMPORTED_MODULE_2__.isRecord)(log))
        throw invalid(ctx, '', `the top level is ${(0,_istanbul_js__WEBPACK_IMPORTED_MODULE_2__.describeJson)(log)}, expected a SARIF log object`);
    checkVersion(log['version'], ctx);
    const runs = log['runs'];
    // The schema allows `runs: null` for a tool that could not even start.
    if (runs === null || runs === undefined)
        return report(ctx, []);
    if (!Array.isArray(runs))
        throw invalid(ctx, 'runs', `is ${(0,_istanbul_js__WEBPACK_IMPORTED_MODULE_2__.describeJson)(runs)}, expected an array of runs`);
    const findings = [];
    const deduper = new _fingerprint_js__WEBPACK_IMPORTED_MODULE_1__/* .FingerprintDeduper */ .az();
    runs.forEach((run, runIndex) => {
        const path = `runs[${runIndex}]`;
        if (!(0,_istanbul_js__WEBPACK_IMPORTED_MODULE_2__.isRecord)(run))
            throw invalid(ctx, path, `is ${(0,_istanbul_js__WEBPACK_IMPORTED_MODULE_2__.describeJson)(run)}, expected a run object`);
        const results = run['results'];
        if (results === undefined || results === null)
            return;
        if (!Array.isArray(results))
            throw invalid(ctx, `${path}.results`, `is ${(0,_istanbul_js__WEBPACK_IMPORTED_MODULE_2__.describeJson)(results)}, expected an array of results`);
        if (results.length === 0)
            return;
        const context = runContext(run, path, ctx);
        for (let index = 0; index < results.length; index += 1) {
            const finding = toFinding(results[index], context, index, ctx);
            if (finding === undefined)
                continue;
            finding.fingerprint = deduper.unique(finding.fingerprint);
            findings.push(finding);
        }
    });
    return report(ctx, findings);
}
function runContext(run, path, ctx) {
    const tool = run['tool'];
    const driver = (0,_istanbul_js__WEBPACK_IMPORTED_MODULE_2__.isRecord)(tool) ? tool['driver'] : undefined;
    if (!(0,_istanbul_js__WEBPACK_IMPORTED_MODULE_2__.isRecord)(driver))
        throw invalid(ctx, `${path}.tool.driver`, `is ${(0,_istanbul_js__WEBPACK_IMPORTED_MODULE_2__.describeJson)(driver)}, expected the tool component that produced the run`);
    const name = driver['name'];
    const extensions = (0,_istanbul_js__WEBPACK_IMPORTED_MODULE_2__.isRecord)(tool) && Array.isArray(tool['extensions']) ? tool['extensions'] : [];
    return {
        // A nameless driver violates the schema but its results are still worth showing.
        tool: typeof name === 'string' && name.trim() !== '' ? name : 'unknown tool',
        driverRules: Array.isArray(driver['rules']) ? driver['rules'] : [],
        extensionRules: extensions.map((extension) => ((0,_istanbul_js__WEBPACK_IMPORTED_MODULE_2__.isRecord)(extension) && Array.isArray(extension['rules']) ? extension['rules'] : [])),
        rulesById: undefined,
        artifacts: Array.isArray(run['artifacts']) ? run['artifacts'] : [],
        baseIds: (0,_istanbul_js__WEBPACK_IMPORTED_MODULE_2__.isRecord)(run['originalUriBaseIds']) ? run['originalUriBaseIds'] : {},
        files: new FileCache(),
        severities: new Map(),
        path,
    };
}
function toFinding(raw, run, index, ctx) {
    if (!(0,_istanbul_js__WEBPACK_IMPORTED_MODULE_2__.isRecord)(raw))
        throw invalid(ctx, `${run.path}.results[${index}]`, `is ${(0,_istanbul_js__WEBPACK_IMPORTED_MODULE_2__.describeJson)(raw)}, expected a result object`);
    const kind = raw['kind'];
    if (kind === 'pass' || kind === 'notApplicable')
        return undefined;
    if (isSuppressed(raw['suppressions']) || raw['baselineState'] === 'absent')
        return undefined;
    const reference = (0,_istanbul_js__WEBPACK_IMPORTED_MODULE_2__.isRecord)(raw['rule']) ? raw['rule'] : undefined;
    const rule = findRule(raw, reference, run);
    const ownId = stringOr(raw['ruleId']) ?? stringOr(reference?.['id']);
    const ruleIdOfRule = stringOr(rule?.['id']);
    // The rule's own copy of the id when they agree: one string per rule rather than one per result.
    const ruleId = ownId === undefined || ownId === ruleIdOfRule ? (ruleIdOfRule ?? '(no rule)') : ownId;
    const message = messageOf(raw['message'], rule, ruleId);
    const level = levelOf(raw, rule, kind);
    let file;
    let line;
    let endLine;
    let column;
    let endColumn;
    const location = firstPhysicalLocation(raw['locations']);
    if (location !== undefined) {
        file = resolveFile(location['artifactLocation'], run, ctx);
        const region = location['region'];
        if ((0,_istanbul_js__WEBPACK_IMPORTED_MODULE_2__.isRecord)(region)) {
            line = positive(region['startLine']);
            if (line !== undefined) {
                endLine = positive(region['endLine']);
                column = positive(region['startColumn']);
                endColumn = positive(region['endColumn']);
            }
        }
    }
    const fingerprint = (0,_fingerprint_js__WEBPACK_IMPORTED_MODULE_1__/* .findingFingerprint */ .ix)({ tool: run.tool, ruleId, file, identity: identityOf(raw) ?? `message:${message}` });
    const severity = securitySeverity(raw['properties']) ?? ruleSeverity(rule, run);
    // Whole literals for the usual shapes: a finding then holds all its fields itself, with no
    // second allocation for properties added one by one (at 50,000 findings, that shows).
    if (file !== undefined && line !== undefined && column !== undefined && endColumn !== undefined) {
        if (endLine === undefined) {
            return severity === undefined
                ? { tool: run.tool, ruleId, level, message, fingerprint, file, line, column, endColumn }
                : { tool: run.tool, ruleId, level, message, fingerprint, file, line, column, endColumn, securitySeverity: severity };
        }
        return severity === undefined
            ? { tool: run.tool, ruleId, level, message, fingerprint, file, line, endLine, column, endColumn }
            : { tool: run.tool, ruleId, level, message, fingerprint, file, line, endLine, column, endColumn, securitySeverity: severity };
    }
    const finding = { tool: run.tool, ruleId, level, message, fingerprint };
    if (file !== undefined)
        finding.file = file;
    if (line !== undefined)
        finding.line = line;
    if (endLine !== undefined)
        finding.endLine = endLine;
    if (column !== undefined)
        finding.column = column;
    if (endColumn !== undefined)
        finding.endColumn = endColumn;
    if (severity !== undefined)
        finding.securitySeverity = severity;
    return finding;
}
/** A rule's security severity, read once per rule rather than once per result. */
function ruleSeverity(rule, run) {
    if (rule === undefined)
        return undefined;
    if (run.severities.has(rule))
        return run.severities.get(rule);
    const severity = securitySeverity(rule['properties']);
    run.severities.set(rule, severity);
    return severity;
}
function isSuppressed(suppressions) {
    if (!Array.isArray(suppressions))
        return false;
    // A suppression is in force unless its status says it is still under review or was rejected.
    return suppressions.some((suppression) => {
        const status = (0,_istanbul_js__WEBPACK_IMPORTED_MODULE_2__.isRecord)(suppression) ? suppression['status'] : undefined;
        return status === undefined || status === 'accepted';
    });
}
function findRule(result, reference, run) {
    const component = reference?.['toolComponent'];
    const componentIndex = (0,_istanbul_js__WEBPACK_IMPORTED_MODULE_2__.isRecord)(component) ? component['index'] : undefined;
    const rules = typeof componentIndex === 'number' ? (run.extensionRules[componentIndex] ?? []) : run.driverRules;
    const index = typeof result['ruleIndex'] === 'number' ? result['ruleIndex'] : reference?.['index'];
    if (typeof index === 'number') {
        const rule = rules[index];
        if ((0,_istanbul_js__WEBPACK_IMPORTED_MODULE_2__.isRecord)(rule))
            return rule;
    }
    const id = stringOr(result['ruleId']) ?? stringOr(reference?.['id']);
    if (id === undefined)
        return undefined;
    run.rulesById ??= indexRules(run);
    // Hierarchical ids ("CA2101/1") name a rule by their first component too.
    return run.rulesById.get(id) ?? run.rulesById.get(id.split('/')[0] ?? id);
}
function indexRules(run) {
    const byId = new Map();
    for (const rules of [run.driverRules, ...run.extensionRules]) {
        for (const rule of rules) {
            if ((0,_istanbul_js__WEBPACK_IMPORTED_MODULE_2__.isRecord)(rule) && typeof rule['id'] === 'string' && !byId.has(rule['id']))
                byId.set(rule['id'], rule);
        }
    }
    return byId;
}
function levelOf(result, rule, kind) {
    const own = result['level'];
    if (typeof own === 'string')
        return toLevel(own);
    // Per SARIF §3.27.10 a result of any kind other than 'fail' defaults to 'none'.
    if (kind !== undefined && kind !== 'fail')
        return 'note';
    const configuration = rule?.['defaultConfiguration'];
    const level = (0,_istanbul_js__WEBPACK_IMPORTED_MODULE_2__.isRecord)(configuration) ? configuration['level'] : undefined;
    return typeof level === 'string' ? toLevel(level) : 'warning';
}
function toLevel(level) {
    if (level === 'error')
        return 'error';
    if (level === 'warning')
        return 'warning';
    return 'note';
}
function messageOf(message, rule, ruleId) {
    if (!(0,_istanbul_js__WEBPACK_IMPORTED_MODULE_2__.isRecord)(message))
        return ruleId;
    const args = Array.isArray(message['arguments']) ? message['arguments'] : [];
    const text = stringOr(message['text']) ?? stringOr(message['markdown']);
    if (text !== undefined)
        return fillArguments(text, args);
    const id = stringOr(message['id']);
    const strings = rule?.['messageStrings'];
    const template = id !== undefined && (0,_istanbul_js__WEBPACK_IMPORTED_MODULE_2__.isRecord)(strings) ? strings[id] : undefined;
    if ((0,_istanbul_js__WEBPACK_IMPORTED_MODULE_2__.isRecord)(template)) {
        const resolved = stringOr(template['text']) ?? stringOr(template['markdown']);
        if (resolved !== undefined)
            return fillArguments(resolved, args);
    }
    return id ?? ruleId;
}
/** SARIF §3.11.5: "{n}" takes argument n; "{{" and "}}" are literal braces. */
function fillArguments(template, args) {
    if (!template.includes('{'))
        return template;
    return template.replace(/\{\{|\}\}|\{(\d+)\}/g, (match, index) => {
        if (index === undefined)
            return match[0] ?? '';
        const value = args[Number(index)];
        return value === undefined ? match : String(value);
    });
}
function firstPhysicalLocation(locations) {
    if (!Array.isArray(locations))
        return undefined;
    for (const location of locations) {
        const physical = (0,_istanbul_js__WEBPACK_IMPORTED_MODULE_2__.isRecord)(location) ? location['physicalLocation'] : undefined;
        if ((0,_istanbul_js__WEBPACK_IMPORTED_MODULE_2__.isRecord)(physical))
            return physical;
    }
    return undefined;
}
function resolveFile(artifactLocation, run, ctx) {
    if (!(0,_istanbul_js__WEBPACK_IMPORTED_MODULE_2__.isRecord)(artifactLocation))
        return undefined;
    let uri = stringOr(artifactLocation['uri']);
    let baseId = stringOr(artifactLocation['uriBaseId']);
    const index = artifactLocation['index'];
    if (uri === undefined && typeof index === 'number') {
        // The location may only point at run.artifacts, which then holds the URI.
        const artifact = run.artifacts[index];
        const location = (0,_istanbul_js__WEBPACK_IMPORTED_MODULE_2__.isRecord)(artifact) ? artifact['location'] : undefined;
        if ((0,_istanbul_js__WEBPACK_IMPORTED_MODULE_2__.isRecord)(location)) {
            uri = stringOr(location['uri']);
            baseId = stringOr(location['uriBaseId']);
        }
    }
    if (uri === undefined || uri === '')
        return undefined;
    const files = run.files;
    const slot = files.find(uri, baseId);
    if (files.found)
        return files.file(slot);
    const file = resolveUri(uri, baseId, run, ctx);
    files.add(slot, uri, baseId, file);
    return file;
}
/**
 * Resolved files by (uri, uriBaseId), in an open-addressing table over typed
 * arrays. Every result brings its own fresh copy of the uri string, and a Map
 * lookup of a fresh string costs several times more than hashing it here and
 * comparing it with the one stored.
 */
class FileCache {
    /** Whether the last `find` found its key; the slot it returned then holds it, else it is where to add it. */
    found = false;
    hashes = new Int32Array(256);
    /** Per slot: index into the entry lists plus one (0 is an empty slot). */
    slots = new Int32Array(256);
    uris = [];
    baseIds = [];
    files = [];
    find(uri, baseId) {
        const hash = keyHash(uri, baseId);
        const mask = this.slots.length - 1;
        let slot = hash & mask;
        for (;;) {
            const entry = this.slots[slot] ?? 0;
            if (entry === 0)
                break;
            if (this.hashes[slot] === hash && this.uris[entry - 1] === uri && this.baseIds[entry - 1] === baseId) {
                this.found = true;
                return slot;
            }
            slot = (slot + 1) & mask;
        }
        this.found = false;
        return slot;
    }
    file(slot) {
        return this.files[(this.slots[slot] ?? 0) - 1];
    }
    /** Adds an entry at the slot `find` returned for it. */
    add(slot, uri, baseId, file) {
        this.uris.push(uri);
        this.baseIds.push(baseId);
        this.files.push(file);
        this.slots[slot] = this.uris.length;
        this.hashes[slot] = keyHash(uri, baseId);
        // At most half full, so probe runs stay short.
        if (this.uris.length * 2 > this.slots.length)
            this.grow();
    }
    grow() {
        const size = this.slots.length * 2;
        const mask = size - 1;
        this.hashes = new Int32Array(size);
        this.slots = new Int32Array(size);
        for (let index = 0; index < this.uris.length; index++) {
            const hash = keyHash(this.uris[index] ?? '', this.baseIds[index]);
            let slot = hash & mask;
            while (this.slots[slot] !== 0)
                slot = (slot + 1) & mask;
            this.slots[slot] = index + 1;
            this.hashes[slot] = hash;
        }
    }
}
/** FNV-1a over the uri's code units, then the base id's (a base id of '' and none hash alike; `find` tells them apart). */
function keyHash(uri, baseId) {
    let hash = 0x811c9dc5;
    for (let index = 0; index < uri.length; index++)
        hash = Math.imul(hash ^ uri.charCodeAt(index), 0x01000193);
    if (baseId !== undefined)
        for (let index = 0; index < baseId.length; index++)
            hash = Math.imul(hash ^ baseId.charCodeAt(index), 0x01000193);
    return hash;
}
function resolveUri(uri, baseId, run, ctx) {
    const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(uri)?.[1]?.toLowerCase();
    if (scheme !== undefined && scheme.length > 1) {
        // Absolute URI: only file:// names a file in the checkout.
        return scheme === 'file' ? (0,_normalize_path_js__WEBPACK_IMPORTED_MODULE_3__/* .normalizeReportPath */ .p)(uri, ctx) : undefined;
    }
    const base = baseId === undefined ? undefined : resolveBase(baseId, run.baseIds, 0);
    if (base !== undefined)
        return (0,_normalize_path_js__WEBPACK_IMPORTED_MODULE_3__/* .normalizeReportPath */ .p)(joinUri(base, uri), ctx);
    return (0,_normalize_path_js__WEBPACK_IMPORTED_MODULE_3__/* .normalizeReportPath */ .p)(decodeUri(uri), ctx);
}
/** Follows a uriBaseId chain to an absolute file:// URI, if it ends in one. */
function resolveBase(id, baseIds, depth) {
    const entry = baseIds[id];
    if (!(0,_istanbul_js__WEBPACK_IMPORTED_MODULE_2__.isRecord)(entry) || depth > 8)
        return undefined;
    const uri = stringOr(entry['uri']);
    const parent = stringOr(entry['uriBaseId']);
    if (parent !== undefined) {
        const base = resolveBase(parent, baseIds, depth + 1);
        return base === undefined ? undefined : joinUri(base, uri ?? '');
    }
    return uri !== undefined && uri.toLowerCase().startsWith('file:') ? uri : undefined;
}
function joinUri(base, relative) {
    if (relative === '')
        return base;
    return base.endsWith('/') ? `${base}${relative}` : `${base}/${relative}`;
}
function decodeUri(uri) {
    if (!uri.includes('%'))
        return uri;
    try {
        return decodeURIComponent(uri);
    }
    catch {
        return uri;
    }
}
/** What the producer offers as the result's identity, most specific first. */
function identityOf(result) {
    const partial = result['partialFingerprints'];
    if ((0,_istanbul_js__WEBPACK_IMPORTED_MODULE_2__.isRecord)(partial)) {
        const lineHash = partial['primaryLocationLineHash'];
        if (typeof lineHash === 'string' && lineHash !== '')
            return `primaryLocationLineHash:${lineHash}`;
        const joined = joinFingerprints(partial);
        if (joined !== undefined)
            return `partial:${joined}`;
    }
    const full = result['fingerprints'];
    if ((0,_istanbul_js__WEBPACK_IMPORTED_MODULE_2__.isRecord)(full)) {
        const joined = joinFingerprints(full);
        if (joined !== undefined)
            return `full:${joined}`;
    }
    return undefined;
}
function joinFingerprints(fingerprints) {
    const entries = Object.entries(fingerprints)
        .filter((entry) => typeof entry[1] === 'string')
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    if (entries.length === 0)
        return undefined;
    return entries.map(([key, value]) => `${key}=${value}`).join('\n');
}
function securitySeverity(properties) {
    if (!(0,_istanbul_js__WEBPACK_IMPORTED_MODULE_2__.isRecord)(properties))
        return undefined;
    const raw = properties['security-severity'];
    const value = typeof raw === 'number' ? raw : typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : Number.NaN;
    return Number.isFinite(value) && value >= 0 && value <= 10 ? value : undefined;
}
function positive(value) {
    return typeof value === 'number' && Number.isInteger(value) && value >= 1 ? value : undefined;
}
function stringOr(value) {
    return typeof value === 'string' ? value : undefined;
}
function invalid(ctx, path, problem) {
    const where = path === '' ? '' : ` ${path}`;
    return new _pipeline_core__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${ctx.source} is not valid SARIF 2.1.0:${where} ${problem}.`, { file: ctx.source });
}
/*
 * Reading a large log. JSON.parse of the whole document would hold every result
 * at once (for 50,000 results several times the file's size); instead a scanner
 * walks the document's structure over the raw bytes, parses the few run members
 * needed (tool, artifacts, originalUriBaseIds) and records where the results
 * start and end (each one, or runs of them; see JsonCursor.spans), and the
 * results are then parsed and converted a batch at a time. Structural
 * characters are ASCII, so scanning UTF-8 bytes is safe. The scanner only
 * follows structure: content it skips is checked for balanced brackets and
 * closed strings, every result is checked by JSON.parse, and anything the
 * scanner cannot follow falls back to JSON.parse of the whole document.
 */
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
/** The scanner met something it cannot follow; JSON.parse then says what and where. */
class MalformedJson extends Error {
}
/** A span whose end was guessed did not parse: the log is read again with every boundary found exactly. */
class WrongGuess extends Error {
}
/**
 * Byte offsets of the elements of an array that is not parsed here. A span is
 * one element, or, where boundaries were guessed, a comma-separated run of them.
 */
class Spans {
    starts = [];
    ends = [];
    /** Whether some span ends where a boundary was guessed rather than found. */
    guessed = false;
    get length() {
        return this.starts.length;
    }
    /** The last element from `first` on that keeps the run of elements within `bytes` (at least one element). */
    batchEnd(first, bytes) {
        const start = this.starts[first];
        let last = first;
        while (last + 1 < this.ends.length && this.ends[last + 1] - start <= bytes)
            last += 1;
        return last;
    }
}
const RUN_MEMBERS = new Set(['tool', 'artifacts', 'originalUriBaseIds']);
/** A member named "results", as raw bytes. */
const RESULTS_KEY = Buffer.from('"results"');
function isScannedRun(value) {
    return typeof value === 'object' && value !== null && 'members' in value && (0,_istanbul_js__WEBPACK_IMPORTED_MODULE_2__.isRecord)(value.members);
}
async function readAllBytes(input) {
    let bytes;
    if (typeof input === 'string') {
        bytes = Buffer.from(input, 'utf8');
    }
    else {
        const chunks = [];
        let total = 0;
        for await (const chunk of input) {
            const piece = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
            chunks.push(piece);
            total += piece.length;
        }
        bytes = chunks.length === 1 && chunks[0] !== undefined ? chunks[0] : Buffer.concat(chunks, total);
    }
    // A UTF-8 byte-order mark is not JSON.
    return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
}
function scanLog(bytes, guess) {
    const cursor = new JsonCursor(bytes, guess);
    const log = { version: undefined, runs: undefined };
    cursor.enter(OPEN_OBJECT);
    if (!cursor.empty(CLOSE_OBJECT)) {
        do {
            const key = cursor.key();
            if (key === 'version')
                log.version = cursor.value();
            else if (key === 'runs')
                log.runs = cursor.at(OPEN_ARRAY) ? scanRuns(cursor) : cursor.value();
            else
                cursor.skip();
        } while (cursor.next(CLOSE_OBJECT));
    }
    cursor.end();
    return log;
}
function scanRuns(cursor) {
    const runs = [];
    cursor.enter(OPEN_ARRAY);
    if (cursor.empty(CLOSE_ARRAY))
        return runs;
    do {
        if (!cursor.at(OPEN_OBJECT)) {
            runs.push(cursor.value());
            continue;
        }
        const run = { members: {}, results: undefined };
        cursor.enter(OPEN_OBJECT);
        if (!cursor.empty(CLOSE_OBJECT)) {
            do {
                const key = cursor.key();
                if (key === 'results')
                    run.results = cursor.at(OPEN_ARRAY) ? cursor.spans() : cursor.value();
                else if (RUN_MEMBERS.has(key))
                    run.members[key] = cursor.value();
                else
                    cursor.skip();
            } while (cursor.next(CLOSE_OBJECT));
        }
        runs.push(run);
    } while (cursor.next(CLOSE_ARRAY));
    return runs;
}
function skipBlanks(bytes, from) {
    let position = from;
    while (position < bytes.length) {
        const byte = bytes[position];
        if (byte !== 0x20 && byte !== 0x0a && byte !== 0x0d && byte !== 0x09)
            break;
        position += 1;
    }
    return position;
}
/** A forward-only reader of a JSON document's structure over its UTF-8 bytes. */
class JsonCursor {
    bytes;
    guess;
    position = 0;
    /** Closing bracket expected at each depth ('[' + 2 is ']', '{' + 2 is '}'). */
    expected = new Uint8Array(64);
    constructor(bytes, guess) {
        this.bytes = bytes;
        this.guess = guess;
    }
    /** Whether the next value starts with `byte`. */
    at(byte) {
        this.whitespace();
        return this.bytes[this.position] === byte;
    }
    enter(open) {
        if (!this.at(open))
            throw new MalformedJson();
        this.position += 1;
    }
    /** True (and consumed) when the container just entered closes at once. */
    empty(close) {
        if (!this.at(close))
            return false;
        this.position += 1;
        return true;
    }
    /** After a member or element: true when a comma announces another, false when `close` ends the container. */
    next(close) {
        this.whitespace();
        const byte = this.bytes[this.position];
        this.position += 1;
        if (byte === COMMA)
            return true;
        if (byte === close)
            return false;
        throw new MalformedJson();
    }
    /** Reads a member name and its colon. */
    key() {
        if (!this.at(QUOTE))
            throw new MalformedJson();
        const start = this.position;
        const end = this.stringEnd(start);
        this.position = end;
        if (!this.at(COLON))
            throw new MalformedJson();
        this.position += 1;
        for (let index = start + 1; index < end - 1; index += 1) {
            if (this.bytes[index] === BACKSLASH)
                return JSON.parse(this.bytes.toString('utf8', start, end));
        }
        return this.bytes.toString('utf8', start + 1, end - 1);
    }
    /** Parses the next value. */
    value() {
        this.whitespace();
        const start = this.position;
        const end = this.valueEnd(start);
        this.position = end;
        try {
            return JSON.parse(this.bytes.toString('utf8', start, end));
        }
        catch {
            throw new MalformedJson();
        }
    }
    skip() {
        this.whitespace();
        this.position = this.valueEnd(this.position);
    }
    /**
     * Records where each element of the array that starts here begins and ends.
     *
     * Finding every boundary means reading every byte of every result, which is
     * most of the scanner's work. When allowed to guess, it reads only the first
     * element exactly and learns the bytes between it and the second one, from the
     * first's closing brace to the second's first member name (`},{"ruleId":`, or
     * the same with a pretty-printer's line breaks and indentation). Writers repeat
     * that exactly between results, so it then jumps a batch's worth of bytes and
     * searches for the next occurrence, natively. Only the last stretch is read
     * exactly, to find where the array ends.
     *
     * A guess is checked when its span is parsed: a span that ends anywhere but
     * between two elements (inside a nested array of objects, inside a string)
     * leaves a bracket or a string open, so JSON.parse rejects it and the log is
     * read again without guessing. Guessing is only tried when no later array
     * could be named "results" either, so a search can never run into the results
     * of another run.
     */
    spans() {
        const spans = new Spans();
        this.enter(OPEN_ARRAY);
        if (this.empty(CLOSE_ARRAY))
            return spans;
        const bytes = this.bytes;
        let guessing = this.guess && bytes.indexOf(RESULTS_KEY, this.position) === -1;
        do {
            this.whitespace();
            let start = this.position;
            this.position = this.valueEnd(start);
            spans.starts.push(start);
            spans.ends.push(this.position);
            if (!guessing)
                continue;
            guessing = false;
            const separator = this.separatorAfter(this.position);
            if (separator === undefined)
                continue;
            spans.guessed = true;
            const { pattern, nextStart } = separator;
            start = this.position - 1 + nextStart;
            for (;;) {
                const found = bytes.indexOf(pattern, start + BATCH_BYTES);
                if (found === -1)
                    break;
                spans.starts.push(start);
                spans.ends.push(found + 1);
                start = found + nextStart;
            }
            // The rest is read exactly, from the element after the last guessed boundary.
            this.position = start;
            this.whitespace();
            start = this.position;
            this.position = this.valueEnd(start);
            spans.starts.push(start);
            spans.ends.push(this.position);
        } while (this.next(CLOSE_ARRAY));
        return spans;
    }
    /**
     * The bytes from the closing brace of the object that ends just before `end`
     * through the first member name (and colon) of the object after the comma, and
     * where that next object starts counting from the brace. Undefined unless both
     * are objects and the layout is plain.
     */
    separatorAfter(end) {
        const bytes = this.bytes;
        if (bytes[end - 1] !== CLOSE_OBJECT)
            return undefined;
        let position = skipBlanks(bytes, end);
        if (bytes[position] !== COMMA)
            return undefined;
        const next = skipBlanks(bytes, position + 1);
        if (bytes[next] !== OPEN_OBJECT)
            return undefined;
        position = skipBlanks(bytes, next + 1);
        if (bytes[position] !== QUOTE)
            return undefined;
        // A short member name without escapes, then its colon.
        let name = position + 1;
        while (name < bytes.length && name - position < 64 && bytes[name] !== QUOTE && bytes[name] !== BACKSLASH)
            name += 1;
        if (bytes[name] !== QUOTE)
            return undefined;
        position = skipBlanks(bytes, name + 1);
        if (bytes[position] !== COLON)
            return undefined;
        return { pattern: bytes.subarray(end - 1, position + 1), nextStart: next - (end - 1) };
    }
    /** After the document: only whitespace may follow. */
    end() {
        this.whitespace();
        if (this.position !== this.bytes.length)
            throw new MalformedJson();
    }
    whitespace() {
        const bytes = this.bytes;
        let position = this.position;
        while (position < bytes.length) {
            const byte = bytes[position];
            if (byte !== 0x20 && byte !== 0x0a && byte !== 0x0d && byte !== 0x09)
                break;
            position += 1;
        }
        this.position = position;
    }
    valueEnd(start) {
        const bytes = this.bytes;
        const length = bytes.length;
        const first = bytes[start];
        if (first === QUOTE)
            return this.stringEnd(start);
        if (first !== OPEN_OBJECT && first !== OPEN_ARRAY) {
            // A number or a literal runs to the next delimiter.
            let position = start;
            while (position < length) {
                const byte = bytes[position];
                if (byte === COMMA || byte === CLOSE_OBJECT || byte === CLOSE_ARRAY || byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09)
                    break;
                position += 1;
            }
            if (position === start)
                throw new MalformedJson();
            return position;
        }
        // Brackets must pair up; strings are jumped over whole. This loop sees every
        // byte of every result, so it is kept to plain comparisons on one byte at a
        // time and a typed stack of the closers expected.
        let expected = this.expected;
        let depth = 0;
        let position = start;
        while (position < length) {
            const byte = bytes[position];
            position += 1;
            if (byte === QUOTE) {
                // Most strings are short: look for their end here before paying for a native indexOf call.
                const near = position + 64 < length ? position + 64 : length;
                let end = position;
                while (end < near) {
                    const inner = bytes[end];
                    if (inner === QUOTE || inner === BACKSLASH)
                        break;
                    end += 1;
                }
                position = end < near && bytes[end] === QUOTE ? end + 1 : this.stringEnd(position - 1);
            }
            else if (byte === OPEN_OBJECT || byte === OPEN_ARRAY) {
                if (depth === expected.length)
                    expected = this.deeper();
                expected[depth] = byte + 2;
                depth += 1;
            }
            else if (byte === CLOSE_OBJECT || byte === CLOSE_ARRAY) {
                depth -= 1;
                if (depth < 0 || expected[depth] !== byte)
                    throw new MalformedJson();
                if (depth === 0)
                    return position;
            }
        }
        throw new MalformedJson();
    }
    /** Doubles the stack of expected closers (nesting deeper than it has been so far). */
    deeper() {
        const grown = new Uint8Array(this.expected.length * 2);
        grown.set(this.expected);
        this.expected = grown;
        return grown;
    }
    /** The offset just past the closing quote of the string that opens at `start`. */
    stringEnd(start) {
        const bytes = this.bytes;
        // Most strings (member names, ids) are short: look at them directly before
        // paying for a native indexOf call.
        const near = Math.min(start + 48, bytes.length);
        for (let index = start + 1; index < near; index += 1) {
            const byte = bytes[index];
            if (byte === QUOTE)
                return index + 1;
            if (byte === BACKSLASH)
                break;
        }
        let position = start + 1;
        for (;;) {
            const quote = bytes.indexOf(QUOTE, position);
            if (quote === -1)
                throw new MalformedJson();
            let backslashes = 0;
            while (bytes[quote - 1 - backslashes] === BACKSLASH)
                backslashes += 1;
            if (backslashes % 2 === 0)
                return quote + 1;
            position = quote + 1;
        }
    }
}


/***/ })

};

//# sourceMappingURL=498.index.js.map