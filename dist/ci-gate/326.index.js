export const id = 326;
export const ids = [326,705];
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

/***/ 89326:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseK6: () => (/* binding */ parseK6)
/* harmony export */ });
/* harmony import */ var _pipeline_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(30602);
/* harmony import */ var _istanbul_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(11705);


/**
 * Parses a k6 end-of-test summary: the file `k6 run --summary-export` writes,
 * where each metric's statistics sit on the metric itself
 * (`"http_req_duration": { "avg": .., "p(95)": .. }`), or the `data` object
 * `handleSummary` receives, serialised with `JSON.stringify`, where they sit under
 * `values` (`"http_req_duration": { "type": "trend", "values": { .. } }`).
 *
 * `http_req_failed` is a rate of failed requests, so its `passes` counts
 * requests that FAILED (k6 names rate outcomes, not request outcomes: grafana/k6#2306).
 * Durations are milliseconds in both shapes.
 */
async function parseK6(input, ctx) {
    const data = (0,_istanbul_js__WEBPACK_IMPORTED_MODULE_1__.parseJsonReport)(await (0,_istanbul_js__WEBPACK_IMPORTED_MODULE_1__.readAllText)(input), ctx, 'a k6 summary (--summary-export or handleSummary JSON)');
    const metrics = (0,_istanbul_js__WEBPACK_IMPORTED_MODULE_1__.isRecord)(data) ? data['metrics'] : undefined;
    if (!(0,_istanbul_js__WEBPACK_IMPORTED_MODULE_1__.isRecord)(metrics)) {
        throw new _pipeline_core__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${ctx.source} is not a k6 summary: it has no "metrics" object. Write it with \`k6 run --summary-export <file>\` or JSON.stringify(data) in handleSummary.`, { file: ctx.source });
    }
    const requestsMetric = metric(metrics, 'http_reqs');
    const requests = requestsMetric === undefined ? undefined : count(requestsMetric['count']);
    if (requests === undefined) {
        throw new _pipeline_core__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${ctx.source} has no http_reqs count: the k6 test made no HTTP requests, or the summary was trimmed. The load gate needs HTTP request metrics.`, { file: ctx.source });
    }
    const failedMetric = metric(metrics, 'http_req_failed');
    if (failedMetric === undefined) {
        throw new _pipeline_core__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${ctx.source} has no http_req_failed metric (k6 v0.31 and later record it), so the error rate is unknown. Upgrade k6 or keep the metric in the summary.`, { file: ctx.source });
    }
    const failedRequests = failedCount(failedMetric, requests, ctx);
    const duration = metric(metrics, 'http_req_duration');
    const p95 = duration === undefined ? undefined : finite(duration['p(95)']);
    if (duration === undefined || p95 === undefined) {
        throw new _pipeline_core__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${ctx.source} has no http_req_duration p(95). Keep 'p(95)' in the summaryTrendStats option (it is there by default).`, { file: ctx.source });
    }
    const report = {
        kind: 'load',
        format: 'k6',
        source: ctx.source,
        requests,
        failedRequests,
        errorRate: requests > 0 ? failedRequests / requests : 0,
        p95Ms: p95,
    };
    const p99 = finite(duration['p(99)']);
    if (p99 !== undefined)
        report.p99Ms = p99;
    const avg = finite(duration['avg']);
    if (avg !== undefined)
        report.avgMs = avg;
    const median = finite(duration['med']) ?? finite(duration['p(50)']);
    if (median !== undefined)
        report.medianMs = median;
    const rate = finite(requestsMetric?.['rate']);
    if (rate !== undefined)
        report.requestsPerSecond = rate;
    return report;
}
/** A metric's statistics, from either summary shape. */
function metric(metrics, name) {
    const entry = metrics[name];
    if (!(0,_istanbul_js__WEBPACK_IMPORTED_MODULE_1__.isRecord)(entry))
        return undefined;
    return (0,_istanbul_js__WEBPACK_IMPORTED_MODULE_1__.isRecord)(entry['values']) ? entry['values'] : entry;
}
function failedCount(failed, requests, ctx) {
    const passes = count(failed['passes']);
    if (passes !== undefined)
        return passes;
    // handleSummary's `rate`, --summary-export's `value`: the failed fraction.
    const rate = finite(failed['rate']) ?? finite(failed['value']);
    if (rate === undefined || rate < 0 || rate > 1) {
        throw new _pipeline_core__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${ctx.source}: http_req_failed has neither a "passes" count nor a rate between 0 and 1 (found ${(0,_istanbul_js__WEBPACK_IMPORTED_MODULE_1__.describeJson)(failed['rate'] ?? failed['value'])}).`, { file: ctx.source });
    }
    return Math.round(rate * requests);
}
function count(value) {
    return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : undefined;
}
function finite(value) {
    return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}


/***/ })

};

//# sourceMappingURL=326.index.js.map