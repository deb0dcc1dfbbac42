export const id = 417;
export const ids = [417];
export const modules = {

/***/ 42417:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  parseCheckstyle: () => (/* binding */ parseCheckstyle)
});

// UNUSED EXPORTS: CHECKSTYLE_NO_RULE, checkstyleLevel

;// CONCATENATED MODULE: ./packages/reports/src/checkstyle-level.ts
/** Rule id for findings whose producer names no `source` (PHPStan, Phan). */
const CHECKSTYLE_NO_RULE = 'checkstyle.unspecified';
/** cs2pr's mapping, with Checkstyle's own `info`/`ignore` as notes. */
function checkstyleLevel(severity) {
    switch (severity?.trim().toLowerCase()) {
        case 'error':
        case 'failure':
        case 'fatal':
            return 'error';
        case 'info':
        case 'notice':
        case 'ignore':
        case 'hint':
            return 'note';
        default:
            return 'warning';
    }
}

// EXTERNAL MODULE: ./packages/reports/src/fingerprint.ts
var fingerprint = __webpack_require__(90931);
// EXTERNAL MODULE: ./packages/reports/src/normalize-path.ts
var normalize_path = __webpack_require__(1810);
// EXTERNAL MODULE: ./packages/reports/src/xml/reader.ts
var xml_reader = __webpack_require__(23386);
// EXTERNAL MODULE: ./packages/reports/src/xml/values.ts
var values = __webpack_require__(22063);
;// CONCATENATED MODULE: ./packages/reports/src/checkstyle.ts





const TOOL = 'checkstyle';
/**
 * Parses Checkstyle XML (Checkstyle, ESLint/PHPStan/Phan/php-cs-fixer/ktlint
 * checkstyle formatters): `<checkstyle><file name><error line column severity
 * message source/>`.
 *
 * - ruleId is the `source` attribute; level follows cs2pr: error/failure/fatal
 *   are errors, info/notice/ignore/hint notes, anything else a warning.
 * - `line="0"` (PHPStan's "whole file") and missing lines give a file-level
 *   finding with no line.
 * - `<exception>` (Checkstyle could not parse the file) becomes an error finding.
 * - The fingerprint hashes tool, rule, file and message, not the line, so code
 *   that moves keeps its identity; repeats within one report get `:2`, `:3`.
 */
async function parseCheckstyle(input, ctx, options = {}) {
    const reader = new xml_reader/* XmlReader */.Fs({ source: ctx.source, expected: 'a Checkstyle XML report', ...options });
    const builder = new CheckstyleBuilder(reader, ctx);
    await reader.read(input, builder);
    return { kind: 'findings', format: 'checkstyle', source: ctx.source, findings: builder.findings };
}
class CheckstyleBuilder {
    findings = [];
    reader;
    ctx;
    deduper = new fingerprint/* FingerprintDeduper */.az();
    rootSeen = false;
    file;
    exceptionText;
    constructor(reader, ctx) {
        this.reader = reader;
        this.ctx = ctx;
    }
    open(name, a) {
        if (!this.rootSeen) {
            this.rootSeen = true;
            if (name !== 'checkstyle')
                this.reader.fail(`not a Checkstyle report: the root element is <${name}>, expected <checkstyle>.`);
            return;
        }
        switch (name) {
            case 'file': {
                const raw = a.name ?? '';
                this.file = raw.trim().length > 0 ? (0,normalize_path/* normalizeReportPath */.p)(raw, this.ctx) : undefined;
                return;
            }
            case 'error':
                this.add(a.source, checkstyleLevel(a.severity), a.message ?? '', (0,values/* positiveInt */.NJ)(a.line), (0,values/* positiveInt */.NJ)(a.column));
                return;
            case 'exception':
                this.exceptionText = '';
                this.reader.captureText(true);
                return;
        }
    }
    close(name) {
        if (name === 'file') {
            this.file = undefined;
        }
        else if (name === 'exception') {
            this.reader.captureText(false);
            const message = (0,values/* firstLine */.TM)(this.exceptionText) ?? 'Checkstyle reported an exception for this file.';
            this.exceptionText = undefined;
            this.add(`${TOOL}.exception`, 'error', message, undefined, undefined);
        }
    }
    text(text) {
        if (this.exceptionText !== undefined)
            this.exceptionText = (0,xml_reader/* appendCapped */.WQ)(this.exceptionText, text);
    }
    add(source, level, rawMessage, line, column) {
        const ruleId = source !== undefined && source.trim().length > 0 ? source.trim() : CHECKSTYLE_NO_RULE;
        const message = rawMessage.trim();
        const finding = {
            tool: TOOL,
            ruleId,
            level,
            message,
            fingerprint: this.deduper.unique((0,fingerprint/* findingFingerprint */.ix)({ tool: TOOL, ruleId, file: this.file, identity: message })),
        };
        if (this.file !== undefined)
            finding.file = this.file;
        if (line !== undefined) {
            finding.line = line;
            if (column !== undefined)
                finding.column = column;
        }
        this.findings.push(finding);
    }
}
// Kept apart so the package index can offer them without loading the XML tokenizer.



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

//# sourceMappingURL=417.index.js.map