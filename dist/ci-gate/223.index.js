export const id = 223;
export const ids = [223];
export const modules = {

/***/ 17223:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseLcov: () => (/* binding */ parseLcov)
/* harmony export */ });
/* harmony import */ var _pipeline_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(30602);
/* harmony import */ var _normalize_path_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1810);


const NEWLINE = 0x0a;
const COMMA = 0x2c;
const COLON = 0x3a;
/**
 * Parses an LCOV tracefile (geninfo format: lcov/gcov, istanbul, c8, coverage.py,
 * cargo-llvm-cov, ...) as it streams in, one line at a time.
 *
 * - Repeated SF records for one file (several test runs appended together) are
 *   merged: hits of the same line are summed, and so are functions and branches.
 * - DA gives per-line hits. Negative counts (an old gcov overflow) count as 0.
 * - BRDA gives branches and FN/FNDA or FNL/FNA give functions; BRF/BRH and
 *   FNF/FNH are used only when a file has no detailed records.
 * - LF/LH are used only for a file that has no DA records at all.
 * - Unknown upper-case records (MCDC, future ones) are skipped; a line that is
 *   not a record at all means the file is not LCOV and is reported with its line.
 * - Truncated file: a last record without `end_of_record` is kept, since every
 *   complete line in it is valid data. Its final line is dropped when the file
 *   also does not end with a newline, because that line may have been cut
 *   mid-number ("DA:12" from "DA:120,4") and would invent data.
 */
async function parseLcov(input, ctx) {
    const parser = new LcovParser(ctx);
    if (typeof input === 'string') {
        parser.feed(Buffer.from(input, 'utf8'));
    }
    else {
        for await (const chunk of input)
            parser.feed(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk);
    }
    return parser.finish();
}
class LcovParser {
    files = new Map();
    current;
    /** FNL index to function key, valid within one record. */
    functionIndex = new Map();
    lineNumber = 0;
    carry;
    pool = new LinePool();
    /**
     * Whether the current record's DA lines still go to the pool: true for a file
     * seen for the first time while its lines ascend, false once it needs a Map.
     */
    packed = false;
    highestLine = -1;
    /** Where the current record's lines start in the pool, and how many of them were hit. */
    recordStart = 0;
    recordCovered = 0;
    ctx;
    constructor(ctx) {
        this.ctx = ctx;
    }
    feed(chunk) {
        const start = this.carry === undefined ? 0 : this.finishCarriedLine(chunk);
        if (start !== -1)
            this.scan(chunk, start);
    }
    /**
     * Completes the line that straddles the chunk boundary (only it is copied).
     * Returns where the rest of the chunk starts, or -1 when the chunk holds no
     * line end at all. Kept out of scan() so its loop is optimised on its own.
     */
    finishCarriedLine(chunk) {
        const carry = this.carry;
        const newline = chunk.indexOf(NEWLINE);
        if (newline === -1) {
            this.carry = Buffer.concat([carry, chunk]);
            return -1;
        }
        const joined = Buffer.concat([carry, chunk.subarray(0, newline)]);
        this.carry = undefined;
        this.line(joined, 0, joined.length);
        return newline + 1;
    }
    scan(chunk, from) {
        const length = chunk.length;
        let start = from;
        while (start < length) {
            if (start + 3 < length && chunk[start] === 0x44 && chunk[start + 1] === 0x41 && chunk[start + 2] === COLON && this.current !== undefined) {
                const next = this.plainDa(chunk, start + 3, length);
                if (next !== -1) {
                    start = next;
                    continue;
                }
            }
            // Lines are short: a plain loop beats a native indexOf call per line.
            let newline = start;
            while (newline < length && chunk[newline] !== NEWLINE)
                newline += 1;
            if (newline === length)
                break;
            this.line(chunk, start, newline);
            start = newline + 1;
        }
        if (start < length)
            this.carry = Buffer.from(chunk.subarray(start));
    }
    /**
     * The hot path: nine lines in ten are "DA:<line>,<hits>\n". Digits are read in
     * the same pass that finds the line end, with no slicing. Anything unusual (a
     * checksum, blanks, a sign, the chunk ending mid-line) returns -1 and goes
     * through the general path instead. Returns the start of the next line.
     */
    plainDa(chunk, start, length) {
        // Every read is bounds-checked: reading past the end would make V8 drop the
        // optimised loop ("out of bounds") and interpret it again for a while.
        let index = start;
        let byte = -1;
        let line = 0;
        while (index < length) {
            byte = chunk[index];
            if (byte < 0x30 || byte > 0x39)
                break;
            line = line * 10 + byte - 0x30;
            index += 1;
        }
        if (index === start || index === length || byte !== COMMA)
            return -1;
        index += 1;
        const hitsStart = index;
        let hits = 0;
        while (index < length) {
            byte = chunk[index];
            if (byte < 0x30 || byte > 0x39)
                break;
            hits = hits * 10 + byte - 0x30;
            index += 1;
        }
        if (index === hitsStart || index === length)
            return -1;
        if (byte === 0x0d) {
            index += 1;
            if (index === length)
                return -1;
            byte = chunk[index];
        }
        if (byte !== NEWLINE)
            return -1;
        this.lineNumber += 1;
        this.addLine(line, hits);
        return index + 1;
    }
    addLine(line, hits) {
        if (this.packed && line > this.highestLine) {
            this.pool.push(line, hits);
            if (hits > 0)
                this.recordCovered += 1;
            this.highestLine = line;
            return;
        }
        const file = this.current;
        const map = this.packed ? this.unpack(file) : this.lineMapOf(file);
        const previous = map.get(line);
        map.set(line, previous === undefined ? hits : previous + hits);
        if (previous === undefined)
            file.lineCount += 1;
        if (hits > 0 && !(previous !== undefined && previous > 0))
            file.coveredLines += 1;
    }
    /** Moves the current record's pooled lines into the file's Map, for lines that arrive out of order. */
    unpack(file) {
        this.packed = false;
        const map = this.lineMapOf(file);
        // Pooling is only for a file's first record, so these lines are all new to it.
        const count = this.pool.length - this.recordStart;
        this.pool.copyInto(map, this.recordStart, count);
        file.lineCount += count;
        file.coveredLines += this.recordCovered;
        this.pool.length = this.recordStart;
        return map;
    }
    /** The file's line Map, creating it from its pooled lines when needed. */
    lineMapOf(file) {
        if (file.lineMap === undefined) {
            file.lineMap = new Map();
            if (file.packedStart >= 0)
                this.pool.copyInto(file.lineMap, file.packedStart, file.packedLength);
            file.packedStart = -1;
        }
        return file.lineMap;
    }
    /** Ends the current record; pooled lines now belong to the file. */
    closeRecord() {
        const file = this.current;
        if (file !== undefined && this.packed) {
            file.packedStart = this.recordStart;
            file.packedLength = this.pool.length - this.recordStart;
            file.lineCount = file.packedLength;
            file.coveredLines = this.recordCovered;
        }
        this.packed = false;
        this.recordCovered = 0;
        this.current = undefined;
        if (this.functionIndex.size > 0)
            this.functionIndex.clear();
    }
    finish() {
        if (this.carry !== undefined) {
            const last = this.carry;
            this.carry = undefined;
            // Inside an unfinished record, an unterminated last line may be cut short.
            if (this.current === undefined || isEndOfRecord(last, 0, last.length))
                this.line(last, 0, last.length);
        }
        this.closeRecord();
        if (this.files.size === 0) {
            throw new _pipeline_core__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${this.ctx.source} has no SF (source file) records: the coverage run measured nothing, or the file is not an LCOV tracefile.`, { file: this.ctx.source });
        }
        return buildReport(this.ctx, [...this.files.values()], this.pool);
    }
    line(buf, start, end) {
        this.lineNumber += 1;
        // Tools leave trailing blanks ("end_of_record ") and CRLF line ends.
        while (start < end && buf[start] <= 0x20)
            start += 1;
        while (end > start && buf[end - 1] <= 0x20)
            end -= 1;
        if (start === end)
            return;
        const size = end - start;
        const first = buf[start];
        const second = size > 1 ? buf[start + 1] : -1;
        const third = size > 2 ? buf[start + 2] : -1;
        if (first === 0x44 && second === 0x41 && third === COLON) { // DA:
            this.da(buf, start + 3, end);
        }
        else if (first === 0x42 && second === 0x52 && startsWith(buf, start, end, 'BRDA:')) {
            this.brda(buf, start + 5, end);
        }
        else if (first === 0x46 && second === 0x4e && startsWith(buf, start, end, 'FNDA:')) {
            this.fnda(buf, start + 5, end);
        }
        else if (first === 0x46 && second === 0x4e && startsWith(buf, start, end, 'FN:')) {
            this.fn(buf, start + 3, end);
        }
        else if (first === 0x46 && second === 0x4e && startsWith(buf, start, end, 'FNL:')) {
            this.fnl(buf, start + 4, end);
        }
        else if (first === 0x46 && second === 0x4e && startsWith(buf, start, end, 'FNA:')) {
            this.fna(buf, start + 4, end);
        }
        else if (first === 0x53 && second === 0x46 && third === COLON) { // SF:
            this.sf(buf, start + 3, end);
        }
        else if (first === 0x65 && end - start === 13 && startsWith(buf, start, end, 'end_of_record')) {
            this.closeRecord();
        }
        else if (!this.statedCount(buf, start, end) && !isOtherRecord(buf, start, end)) {
            throw this.error(`"${preview(buf, start, end)}" is not an LCOV record (expected SF:, DA:, FN:, BRDA:, end_of_record, ...); is this file really an LCOV tracefile?`);
        }
    }
    /** LF/LH, FNF/FNH, BRF/BRH: counts the producer states, kept as fallbacks. */
    statedCount(buf, start, end) {
        if (end - start < 4)
            return false;
        const first = buf[start];
        const second = buf[start + 1];
        const third = buf[start + 2];
        const fourth = buf[start + 3];
        let field;
        let valueStart = start + 4;
        if (first === 0x4c && third === COLON) { // LF: LH:
            field = second === 0x46 ? 'linesFound' : second === 0x48 ? 'linesHit' : undefined;
            valueStart = start + 3;
        }
        else if (fourth === COLON && first === 0x46 && second === 0x4e) { // FNF: FNH:
            field = third === 0x46 ? 'functionsFound' : third === 0x48 ? 'functionsHit' : undefined;
        }
        else if (fourth === COLON && first === 0x42 && second === 0x52) { // BRF: BRH:
            field = third === 0x46 ? 'branchesFound' : third === 0x48 ? 'branchesHit' : undefined;
        }
        if (field === undefined)
            return false;
        const file = this.current ?? this.file(buf.toString('latin1', start, valueStart - 1));
        const value = parseUnsigned(buf, valueStart, end);
        if (value < 0) {
            const record = buf.toString('latin1', start, valueStart - 1);
            throw this.error(`malformed ${record} record "${preview(buf, start, end)}"; expected ${record}:<count>.`);
        }
        if (value > file[field])
            file[field] = value;
        return true;
    }
    sf(buf, start, end) {
        if (start === end)
            throw this.error('SF record has no path.');
        // A record that was never closed ends where the next one starts.
        this.closeRecord();
        const path = (0,_normalize_path_js__WEBPACK_IMPORTED_MODULE_1__/* .normalizeReportPath */ .p)(buf.toString('utf8', start, end), this.ctx);
        let state = this.files.get(path);
        // Lines of a file seen before are merged into its Map; a new file starts packed.
        this.packed = state === undefined;
        this.highestLine = -1;
        this.recordStart = this.pool.length;
        if (state === undefined) {
            state = {
                path,
                packedStart: -1,
                packedLength: 0,
                lineMap: undefined,
                lineCount: 0,
                coveredLines: 0,
                functions: undefined,
                functionSpans: undefined,
                branches: undefined,
                linesFound: 0,
                linesHit: 0,
                functionsFound: 0,
                functionsHit: 0,
                branchesFound: 0,
                branchesHit: 0,
            };
            this.files.set(path, state);
        }
        this.current = state;
    }
    da(buf, start, end) {
        this.file('DA');
        const comma = indexOfByte(buf, COMMA, start, end);
        const line = comma === -1 ? -1 : parseUnsigned(buf, start, comma);
        if (line < 0)
            throw this.error(`malformed DA record "${preview(buf, start - 3, end)}"; expected DA:<line>,<hits>[,<checksum>].`);
        const second = indexOfByte(buf, COMMA, comma + 1, end);
        this.addLine(line, this.hits(buf, comma + 1, second === -1 ? end : second, 'DA'));
    }
    brda(buf, start, end) {
        const file = this.file('BRDA');
        // BRDA:<line>,[e]<block>,<branch>,<taken>; lcov 2 allows commas inside <branch>
        // (an expression), so the count is whatever follows the last comma.
        let comma = end - 1;
        while (comma >= start && buf[comma] !== COMMA)
            comma -= 1;
        const firstComma = indexOfByte(buf, COMMA, start, end);
        if (comma < start || firstComma === comma || parseUnsigned(buf, start, firstComma) < 0) {
            throw this.error(`malformed BRDA record "${preview(buf, start - 5, end)}"; expected BRDA:<line>,<block>,<branch>,<taken>.`);
        }
        // "-" means the block holding the branch never ran: the branch was not taken.
        const taken = comma + 2 === end && buf[comma + 1] === 0x2d ? 0 : this.hits(buf, comma + 1, end, 'BRDA');
        const key = branchKey(buf, start, firstComma, comma);
        file.branches ??= new Map();
        file.branches.set(key, (file.branches.get(key) ?? 0) + taken);
    }
    fn(buf, start, end) {
        const file = this.file('FN');
        // FN:<line>,[<end line>,]<name>; names may themselves contain commas (C++).
        const comma = indexOfByte(buf, COMMA, start, end);
        if (comma === -1 || parseUnsigned(buf, start, comma) < 0) {
            throw this.error(`malformed FN record "${preview(buf, start - 3, end)}"; expected FN:<line>,<name>.`);
        }
        let nameStart = comma + 1;
        const next = indexOfByte(buf, COMMA, nameStart, end);
        if (next !== -1 && parseUnsigned(buf, nameStart, next) >= 0)
            nameStart = next + 1;
        const name = buf.toString('utf8', nameStart, end);
        file.functions ??= new Map();
        if (!file.functions.has(name))
            file.functions.set(name, 0);
    }
    fnda(buf, start, end) {
        const file = this.file('FNDA');
        const comma = indexOfByte(buf, COMMA, start, end);
        if (comma === -1)
            throw this.error(`malformed FNDA record "${preview(buf, start - 5, end)}"; expected FNDA:<hits>,<name>.`);
        const hits = this.hits(buf, start, comma, 'FNDA');
        const name = buf.toString('utf8', comma + 1, end);
        file.functions ??= new Map();
        file.functions.set(name, (file.functions.get(name) ?? 0) + hits);
    }
    /** FNL:<index>,<start line>[,<end line>] (lcov 2.2): declares function <index> of this record. */
    fnl(buf, start, end) {
        const file = this.file('FNL');
        const comma = indexOfByte(buf, COMMA, start, end);
        const lineEnd = comma === -1 ? -1 : indexOfByte(buf, COMMA, comma + 1, end);
        const line = comma === -1 ? -1 : parseUnsigned(buf, comma + 1, lineEnd === -1 ? end : lineEnd);
        if (line < 0)
            throw this.error(`malformed FNL record "${preview(buf, start - 4, end)}"; expected FNL:<index>,<line>[,<end line>].`);
        // Keyed by position, not index: indexes are numbered afresh in every record
        // (so repeated records would disagree), the source span is not.
        const key = buf.toString('latin1', comma + 1, end);
        this.functionIndex.set(buf.toString('latin1', start, comma), key);
        file.functionSpans ??= new Map();
        if (!file.functionSpans.has(key))
            file.functionSpans.set(key, 0);
    }
    /** FNA:<index>,<hits>,<name> (lcov 2.2): hits of one alias of function <index>. */
    fna(buf, start, end) {
        const file = this.file('FNA');
        const comma = indexOfByte(buf, COMMA, start, end);
        const second = comma === -1 ? -1 : indexOfByte(buf, COMMA, comma + 1, end);
        if (second === -1)
            throw this.error(`malformed FNA record "${preview(buf, start - 4, end)}"; expected FNA:<index>,<hits>,<name>.`);
        const hits = this.hits(buf, comma + 1, second, 'FNA');
        const index = buf.toString('latin1', start, comma);
        // Without its FNL the alias can only be told apart by index and name.
        const key = this.functionIndex.get(index) ?? `#${index}=${buf.toString('utf8', second + 1, end)}`;
        file.functionSpans ??= new Map();
        file.functionSpans.set(key, (file.functionSpans.get(key) ?? 0) + hits);
    }
    file(record) {
        if (this.current === undefined)
            throw this.error(`${record} record outside an SF ... end_of_record block; every record must follow the SF line of its source file.`);
        return this.current;
    }
    hits(buf, start, end, record) {
        const value = parseUnsigned(buf, start, end);
        if (value >= 0)
            return value;
        // Rare spellings: "-1" from an overflowed gcov counter, "1.5e+10" from some converters.
        const parsed = Number(buf.toString('latin1', start, end));
        if (start === end || !Number.isFinite(parsed)) {
            throw this.error(`malformed ${record} record: hit count "${buf.toString('latin1', start, end)}" is not a number.`);
        }
        return parsed < 0 ? 0 : parsed;
    }
    error(message) {
        return new _pipeline_core__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${this.ctx.source}:${this.lineNumber}: ${message}`, { file: this.ctx.source, line: this.lineNumber });
    }
}
/** Non-negative decimal integer in buf[start, end), or -1 when it is not one. */
function parseUnsigned(buf, start, end) {
    if (start >= end)
        return -1;
    let value = 0;
    for (let index = start; index < end; index += 1) {
        const digit = buf[index] - 0x30;
        if (digit < 0 || digit > 9)
            return -1;
        value = value * 10 + digit;
    }
    return value;
}
/**
 * Identity of a BRDA branch. The usual small all-numeric "line,block,branch"
 * packs into one small integer (no string or boxed number per record); large
 * numbers, exception blocks ("e0") and lcov 2 branch expressions keep their text.
 */
function branchKey(buf, start, firstComma, lastComma) {
    const line = parseUnsigned(buf, start, firstComma);
    const secondComma = indexOfByte(buf, COMMA, firstComma + 1, lastComma);
    if (secondComma !== -1) {
        const block = parseUnsigned(buf, firstComma + 1, secondComma);
        const branch = parseUnsigned(buf, secondComma + 1, lastComma);
        if (line < 0x10000 && block >= 0 && block < 0x80 && branch >= 0 && branch < 0x80)
            return (line << 14) | (block << 7) | branch;
    }
    return buf.toString('latin1', start, lastComma);
}
function indexOfByte(buf, byte, start, end) {
    for (let index = start; index < end; index += 1)
        if (buf[index] === byte)
            return index;
    return -1;
}
function startsWith(buf, start, end, prefix) {
    if (end - start < prefix.length)
        return false;
    for (let index = 0; index < prefix.length; index += 1)
        if (buf[start + index] !== prefix.charCodeAt(index))
            return false;
    return true;
}
function isEndOfRecord(buf, start, end) {
    return buf.toString('latin1', start, end).trim() === 'end_of_record';
}
/** TN:, VER:, MCDC: and any future upper-case record: nothing we use, but valid LCOV. */
function isOtherRecord(buf, start, end) {
    let index = start;
    for (let byte = buf[index]; index < end && byte !== undefined && ((byte >= 0x41 && byte <= 0x5a) || byte === 0x5f); byte = buf[index])
        index += 1;
    return index > start && index < end && buf[index] === COLON;
}
function preview(buf, start, end) {
    const text = buf.toString('utf8', Math.max(0, start), end);
    return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}
function buildReport(ctx, states, pool) {
    const files = [];
    const lines = { covered: 0, total: 0 };
    let branches;
    let functions;
    for (const state of states) {
        const file = fileCoverage(state, pool);
        if (state.lineCount > 0) {
            lines.total += state.lineCount;
            lines.covered += state.coveredLines;
        }
        else {
            lines.total += state.linesFound;
            lines.covered += Math.min(state.linesHit, state.linesFound);
        }
        const branchRatio = detailedRatio(state.branches) ?? statedRatio(state.branchesFound, state.branchesHit);
        if (branchRatio !== undefined) {
            file.branches = branchRatio;
            branches = add(branches, branchRatio);
        }
        const functionRatio = sumRatios(detailedRatio(state.functions), detailedRatio(state.functionSpans)) ?? statedRatio(state.functionsFound, state.functionsHit);
        if (functionRatio !== undefined) {
            file.functions = functionRatio;
            functions = add(functions, functionRatio);
        }
        files.push(file);
    }
    const totals = { lines };
    if (branches !== undefined)
        totals.branches = branches;
    if (functions !== undefined)
        totals.functions = functions;
    return { kind: 'coverage', format: 'lcov', source: ctx.source, files, totals, perLine: true };
}
/**
 * Packed (line, hits) pairs of every file, appended record after record; files
 * refer to their run by offset. One pair of growing arrays instead of a pair per
 * file, because allocating thousands of small typed arrays costs more than the
 * copying done when this one grows.
 */
class LinePool {
    lines = new Int32Array(4096);
    hits = new Float64Array(4096);
    length = 0;
    push(line, hits) {
        const length = this.length;
        if (length === this.lines.length) {
            const lines = new Int32Array(length * 2);
            lines.set(this.lines);
            this.lines = lines;
            const counts = new Float64Array(length * 2);
            counts.set(this.hits);
            this.hits = counts;
        }
        this.lines[length] = line;
        this.hits[length] = hits;
        this.length = length + 1;
    }
    copyInto(map, start, count) {
        for (let index = start; index < start + count; index += 1)
            map.set(this.lines[index], this.hits[index]);
    }
}
/**
 * The model's FileCoverage. Pooled lines become a Map on first read of `lines`,
 * which then replaces the getter with a plain data property, so every later read
 * (and any change a consumer makes) sees the same Map.
 */
function fileCoverage(state, pool) {
    const { packedStart, packedLength } = state;
    if (state.lineMap !== undefined || packedStart < 0)
        return { path: state.path, lines: state.lineMap ?? new Map() };
    const file = {
        path: state.path,
        get lines() {
            const lines = new Map();
            pool.copyInto(lines, packedStart, packedLength);
            Object.defineProperty(file, 'lines', { value: lines, writable: true, enumerable: true, configurable: true });
            return lines;
        },
    };
    return file;
}
function detailedRatio(counts) {
    if (counts === undefined || counts.size === 0)
        return undefined;
    let covered = 0;
    for (const hits of counts.values())
        if (hits > 0)
            covered += 1;
    return { covered, total: counts.size };
}
function sumRatios(a, b) {
    if (a === undefined)
        return b;
    return b === undefined ? a : { covered: a.covered + b.covered, total: a.total + b.total };
}
function statedRatio(found, hit) {
    return found > 0 ? { covered: Math.min(hit, found), total: found } : undefined;
}
function add(into, ratio) {
    return into === undefined ? { ...ratio } : { covered: into.covered + ratio.covered, total: into.total + ratio.total };
}


/***/ })

};

//# sourceMappingURL=223.index.js.map