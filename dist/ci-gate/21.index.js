export const id = 21;
export const ids = [21,705];
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

/***/ 37021:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseLocust: () => (/* binding */ parseLocust)
/* harmony export */ });
/* harmony import */ var _pipeline_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(30602);
/* harmony import */ var _istanbul_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(11705);


/**
 * Column names as locust writes them (`--csv <prefix>` → `<prefix>_stats.csv`),
 * each with the spelling of locust before 1.0 (`# requests`, ...). Matching
 * ignores case.
 */
const COLUMNS = {
    name: ['name'],
    requests: ['request count', '# requests'],
    failures: ['failure count', '# failures'],
    median: ['median response time'],
    average: ['average response time'],
    rps: ['requests/s'],
    p95: ['95%'],
    p99: ['99%'],
};
/**
 * Parses locust's `*_stats.csv` and reports its `Aggregated` row (named `Total`
 * before locust 1.0): the totals over every request type. Percentiles are
 * milliseconds; locust writes `N/A` for them when nothing was requested.
 */
async function parseLocust(input, ctx) {
    const rows = parseCsv(await (0,_istanbul_js__WEBPACK_IMPORTED_MODULE_1__.readAllText)(input), ctx);
    const header = rows[0];
    if (header === undefined) {
        throw new _pipeline_core__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${ctx.source} is empty; expected locust's <prefix>_stats.csv written by \`locust --csv <prefix>\`.`, { file: ctx.source });
    }
    const index = columnIndexes(header.cells, ctx);
    const aggregated = rows.find((row, position) => {
        if (position === 0)
            return false;
        const name = row.cells[index.name]?.trim();
        return name === 'Aggregated' || name === 'Total';
    });
    if (aggregated === undefined) {
        throw new _pipeline_core__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${ctx.source} has no "Aggregated" row. Is this the _stats.csv file (not _stats_history.csv or _failures.csv), and did the locust run finish?`, { file: ctx.source });
    }
    const read = (column) => {
        const position = index[column];
        return position === undefined ? '' : (aggregated.cells[position] ?? '').trim();
    };
    const requests = integer(read('requests'), 'requests', aggregated.line, ctx);
    const failedRequests = integer(read('failures'), 'failures', aggregated.line, ctx);
    const p95 = measure(read('p95'), requests, '95%', aggregated.line, ctx);
    if (p95 === undefined) {
        throw new _pipeline_core__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${ctx.source}: the Aggregated row has no 95% response time. Locust before 1.0 writes percentiles to _distribution.csv; upgrade locust or keep 0.95 in --percentiles.`, { file: ctx.source, line: aggregated.line });
    }
    const report = {
        kind: 'load',
        format: 'locust',
        source: ctx.source,
        requests,
        failedRequests,
        errorRate: requests > 0 ? failedRequests / requests : 0,
        p95Ms: p95,
    };
    const p99 = measure(read('p99'), requests, '99%', aggregated.line, ctx);
    if (p99 !== undefined)
        report.p99Ms = p99;
    const average = measure(read('average'), requests, 'Average Response Time', aggregated.line, ctx);
    if (average !== undefined)
        report.avgMs = average;
    const median = measure(read('median'), requests, 'Median Response Time', aggregated.line, ctx);
    if (median !== undefined)
        report.medianMs = median;
    const rps = measure(read('rps'), requests, 'Requests/s', aggregated.line, ctx);
    if (rps !== undefined)
        report.requestsPerSecond = rps;
    return report;
}
function columnIndexes(header, ctx) {
    const lower = header.map((cell) => cell.trim().toLowerCase());
    const found = {};
    for (const [column, spellings] of Object.entries(COLUMNS)) {
        const position = lower.findIndex((cell) => spellings.includes(cell));
        if (position !== -1)
            found[column] = position;
    }
    const { name, requests, failures } = found;
    if (name === undefined || requests === undefined || failures === undefined) {
        throw new _pipeline_core__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${ctx.source} is not a locust stats CSV: its header (${header.join(',')}) lacks Name, Request Count and Failure Count. Use the <prefix>_stats.csv that \`locust --csv <prefix>\` writes.`, { file: ctx.source, line: 1 });
    }
    return { ...found, name, requests, failures };
}
function integer(text, what, line, ctx) {
    const value = Number(text);
    if (text === '' || !Number.isInteger(value) || value < 0) {
        throw new _pipeline_core__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${ctx.source}:${line}: the Aggregated ${what} count is "${text}", expected a whole number.`, { file: ctx.source, line });
    }
    return value;
}
/** A non-negative statistic of the Aggregated row; undefined when the column is absent. */
function measure(text, requests, what, line, ctx) {
    if (text === '')
        return undefined;
    // With no requests locust has no response times and writes N/A.
    if (text === 'N/A')
        return requests === 0 ? 0 : undefined;
    const value = Number(text);
    if (!Number.isFinite(value) || value < 0) {
        throw new _pipeline_core__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${ctx.source}:${line}: the Aggregated "${what}" is "${text}", expected a number.`, { file: ctx.source, line });
    }
    return value;
}
/** RFC 4180 CSV as Python's csv module writes it: quoted fields may hold commas, quotes ("") and newlines. */
function parseCsv(text, ctx) {
    const rows = [];
    let cells = [];
    let cell = '';
    let line = 1;
    let rowLine = 1;
    let quoted = false;
    let index = 0;
    while (index < text.length) {
        const char = text[index];
        if (quoted) {
            if (char === '"') {
                if (text[index + 1] === '"') {
                    cell += '"';
                    index += 1;
                }
                else {
                    quoted = false;
                }
            }
            else {
                if (char === '\n')
                    line += 1;
                cell += char;
            }
        }
        else if (char === '"' && cell === '') {
            quoted = true;
        }
        else if (char === ',') {
            cells.push(cell);
            cell = '';
        }
        else if (char === '\n' || char === '\r') {
            if (char === '\r' && text[index + 1] === '\n')
                index += 1;
            cells.push(cell);
            if (cells.length > 1 || cells[0] !== '')
                rows.push({ line: rowLine, cells });
            cells = [];
            cell = '';
            line += 1;
            rowLine = line;
        }
        else {
            cell += char;
        }
        index += 1;
    }
    if (quoted)
        throw new _pipeline_core__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${ctx.source}:${rowLine}: a quoted field is never closed; the CSV file is truncated.`, { file: ctx.source, line: rowLine });
    if (cell !== '' || cells.length > 0) {
        cells.push(cell);
        rows.push({ line: rowLine, cells });
    }
    return rows;
}


/***/ })

};

//# sourceMappingURL=21.index.js.map