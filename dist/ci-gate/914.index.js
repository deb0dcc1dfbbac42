export const id = 914;
export const ids = [914];
export const modules = {

/***/ 31914:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ sumTotals),
/* harmony export */   parseCobertura: () => (/* binding */ parseCobertura)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _normalize_path_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1810);
/* harmony import */ var _xml_reader_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(23386);
/* harmony import */ var _xml_values_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(22063);





/**
 * Parses Cobertura XML from coverage.py, gcovr, coverlet, LuaCov, istanbul/nyc,
 * MATLAB, simplecov-cobertura and Cobertura itself.
 *
 * - A class `filename` is relative to one of the `<source>` roots. Each root is
 *   tried and the first under the workspace where the file exists wins;
 *   otherwise the first root is used (or the filename alone when there is none).
 * - Class-level `<lines>` are the data; the copies under `<methods>` are used
 *   only when a class has no class-level lines (some producers write only those).
 * - Branches come from `condition-coverage="50% (2/4)"`; functions from methods
 *   (covered when the method's `hits` or any of its lines is non-zero).
 * - Classes of the same file (inner classes, compiler-generated ones) merge;
 *   a line listed twice keeps its highest hit count.
 * - Totals are computed from the merged lines, not copied from the root's
 *   `line-rate`, which old producers round and some compute per class.
 */
async function parseCobertura(input, ctx, options = {}) {
    const reader = new _xml_reader_js__WEBPACK_IMPORTED_MODULE_3__/* .XmlReader */ .Fs({ source: ctx.source, expected: 'a Cobertura XML report', ...(options.maxBytes === undefined ? {} : { maxBytes: options.maxBytes }) });
    const builder = new CoberturaBuilder(reader);
    await reader.read(input, builder);
    return builder.finish(ctx, options.fileExists ?? node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync);
}
class CoberturaBuilder {
    reader;
    rootSeen = false;
    sources = [];
    sourceText;
    files = new Map();
    current;
    inMethod = false;
    methodHits;
    methodAnyLineHit = false;
    constructor(reader) {
        this.reader = reader;
    }
    open(name, a) {
        if (!this.rootSeen) {
            this.rootSeen = true;
            if (name !== 'coverage')
                this.reader.fail(`not a Cobertura report: the root element is <${name}>, expected <coverage>.`);
            if (a.clover !== undefined)
                this.reader.fail('this is a Clover coverage report, not Cobertura; configure the producer to write Cobertura XML (or LCOV).');
            return;
        }
        switch (name) {
            case 'line':
                this.line(a);
                return;
            case 'class':
                this.current = {
                    filename: a.filename ?? '',
                    lines: new Map(),
                    branches: new Map(),
                    functionsCovered: 0,
                    functionsTotal: 0,
                    methodLines: new Map(),
                    methodBranches: new Map(),
                };
                return;
            case 'method':
                this.inMethod = true;
                this.methodHits = (0,_xml_values_js__WEBPACK_IMPORTED_MODULE_4__/* .nonNegativeNumber */ .Wf)(a.hits);
                this.methodAnyLineHit = false;
                return;
            case 'source':
                this.sourceText = '';
                this.reader.captureText(true);
                return;
        }
    }
    close(name) {
        switch (name) {
            case 'method': {
                this.inMethod = false;
                const c = this.current;
                if (c === undefined)
                    return;
                c.functionsTotal++;
                if (this.methodHits === undefined ? this.methodAnyLineHit : this.methodHits > 0)
                    c.functionsCovered++;
                return;
            }
            case 'class':
                this.closeClass();
                return;
            case 'source': {
                this.reader.captureText(false);
                const text = this.sourceText?.trim() ?? '';
                this.sourceText = undefined;
                if (text.length > 0)
                    this.sources.push(text);
                return;
            }
        }
    }
    text(text) {
        if (this.sourceText !== undefined)
            this.sourceText += text;
    }
    line(a) {
        const c = this.current;
        if (c === undefined)
            return;
        const number = (0,_xml_values_js__WEBPACK_IMPORTED_MODULE_4__/* .positiveInt */ .NJ)(a.number);
        if (number === undefined)
            return;
        const hits = (0,_xml_values_js__WEBPACK_IMPORTED_MODULE_4__/* .nonNegativeNumber */ .Wf)(a.hits) ?? 0;
        const lines = this.inMethod ? c.methodLines : c.lines;
        const previous = lines.get(number);
        if (previous === undefined || hits > previous)
            lines.set(number, hits);
        if (this.inMethod && hits > 0)
            this.methodAnyLineHit = true;
        const condition = a['condition-coverage'];
        if (condition !== undefined) {
            const ratio = conditionCoverage(condition);
            if (ratio !== undefined) {
                const branches = this.inMethod ? c.methodBranches : c.branches;
                const seen = branches.get(number);
                if (seen === undefined || ratio[1] > seen[1] || (ratio[1] === seen[1] && ratio[0] > seen[0]))
                    branches.set(number, ratio);
            }
        }
    }
    closeClass() {
        const c = this.current;
        this.current = undefined;
        if (c === undefined || c.filename.length === 0)
            return;
        const lines = c.lines.size > 0 ? c.lines : c.methodLines;
        const branches = c.lines.size > 0 ? c.branches : c.methodBranches;
        const file = this.files.get(c.filename);
        if (file === undefined) {
            this.files.set(c.filename, { lines, branches, functionsCovered: c.functionsCovered, functionsTotal: c.functionsTotal });
            return;
        }
        mergeInto(file, { lines, branches, functionsCovered: c.functionsCovered, functionsTotal: c.functionsTotal });
    }
    finish(ctx, fileExists) {
        // Two spellings of one file ("./a.py", "a.py") meet here after resolution.
        const byPath = new Map();
        for (const [filename, acc] of this.files) {
            const path = resolveClassFile(filename, this.sources, ctx, fileExists);
            const existing = byPath.get(path);
            if (existing === undefined)
                byPath.set(path, acc);
            else
                mergeInto(existing, acc);
        }
        const files = [];
        for (const [path, acc] of byPath)
            files.push(toFileCoverage(path, acc));
        return { kind: 'coverage', format: 'cobertura', source: ctx.source, files, totals: sumTotals(files), perLine: true };
    }
}
function mergeInto(target, more) {
    for (const [line, hits] of more.lines) {
        const previous = target.lines.get(line);
        if (previous === undefined || hits > previous)
            target.lines.set(line, hits);
    }
    for (const [line, ratio] of more.branches) {
        const seen = target.branches.get(line);
        if (seen === undefined || ratio[1] > seen[1] || (ratio[1] === seen[1] && ratio[0] > seen[0]))
            target.branches.set(line, ratio);
    }
    target.functionsCovered += more.functionsCovered;
    target.functionsTotal += more.functionsTotal;
}
function toFileCoverage(path, acc) {
    const file = { path, lines: acc.lines };
    if (acc.branches.size > 0) {
        let covered = 0;
        let total = 0;
        for (const [c, t] of acc.branches.values()) {
            covered += c;
            total += t;
        }
        file.branches = { covered, total };
    }
    if (acc.functionsTotal > 0)
        file.functions = { covered: acc.functionsCovered, total: acc.functionsTotal };
    return file;
}
/** Sums per-file coverage; branch and function totals exist only when some file has them. */
function sumTotals(files) {
    const lines = { covered: 0, total: 0 };
    let branches;
    let functions;
    for (const file of files) {
        for (const hits of file.lines.values()) {
            lines.total++;
            if (hits > 0)
                lines.covered++;
        }
        if (file.branches !== undefined) {
            branches ??= { covered: 0, total: 0 };
            branches.covered += file.branches.covered;
            branches.total += file.branches.total;
        }
        if (file.functions !== undefined) {
            functions ??= { covered: 0, total: 0 };
            functions.covered += file.functions.covered;
            functions.total += file.functions.total;
        }
    }
    const totals = { lines };
    if (branches !== undefined)
        totals.branches = branches;
    if (functions !== undefined)
        totals.functions = functions;
    return totals;
}
/** Reads "50% (2/4)" as [2, 4]; anything else is not branch data. */
function conditionCoverage(value) {
    const open = value.indexOf('(');
    const slash = value.indexOf('/', open + 1);
    const close = value.indexOf(')', slash + 1);
    if (open === -1 || slash === -1 || close === -1)
        return undefined;
    const covered = Number(value.slice(open + 1, slash));
    const total = Number(value.slice(slash + 1, close));
    if (!Number.isInteger(covered) || !Number.isInteger(total) || covered < 0 || total <= 0 || covered > total)
        return undefined;
    return [covered, total];
}
function resolveClassFile(filename, sources, ctx, fileExists) {
    const file = filename.replaceAll('\\', '/');
    // coverlet writes its own `--source` command-line flag into <sources>; it is not a directory.
    const roots = sources.filter((s) => !s.startsWith('--'));
    if ((0,_normalize_path_js__WEBPACK_IMPORTED_MODULE_2__/* .isAbsolutePosix */ .$)(file) || roots.length === 0)
        return (0,_normalize_path_js__WEBPACK_IMPORTED_MODULE_2__/* .normalizeReportPath */ .p)(filename, ctx);
    const candidates = roots.map((root) => (0,_normalize_path_js__WEBPACK_IMPORTED_MODULE_2__/* .normalizeReportPath */ .p)(joinRoot(root, file), ctx));
    for (const candidate of candidates) {
        if (candidate.length > 0 && !(0,_normalize_path_js__WEBPACK_IMPORTED_MODULE_2__/* .isAbsolutePosix */ .$)(candidate) && !candidate.startsWith('../') && fileExists((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(ctx.workspace, candidate)))
            return candidate;
    }
    return candidates[0] ?? (0,_normalize_path_js__WEBPACK_IMPORTED_MODULE_2__/* .normalizeReportPath */ .p)(filename, ctx);
}
function joinRoot(root, file) {
    const r = root.replaceAll('\\', '/');
    if (r === '' || r === '.' || r === './')
        return file;
    return r.endsWith('/') ? `${r}${file}` : `${r}/${file}`;
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

//# sourceMappingURL=914.index.js.map