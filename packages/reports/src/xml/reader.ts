import { ConfigurationError } from '@pipeline/core';
import { TextDecoder } from 'node:util';
import { SaxesParser } from 'saxes';
import { DETAILS_CAP, DEFAULT_MAX_REPORT_BYTES, formatBytes } from '../limits.ts';
import { SNIFF_BYTES, sniffEncoding } from './encoding.ts';
import { safeCut } from './values.ts';

/** What every parser accepts: a stream of chunks (a file read stream) or the whole text. */
export type ReportInput = AsyncIterable<Buffer | string> | string;

export { DETAILS_CAP, DEFAULT_MAX_REPORT_BYTES, formatBytes };

/** Options every XML report parser takes besides the input and context. */
export interface XmlParseOptions {
  /** Refuse input beyond this many bytes (default 512 MiB). */
  maxBytes?: number;
}

export interface XmlReadOptions {
  /** The report as shown to users; every error names it. */
  source: string;
  /** Refuse input beyond this many bytes. */
  maxBytes?: number;
  /** What the caller expects, for the message when the file is empty, e.g. 'a JUnit report'. */
  expected?: string;
}

/**
 * Callbacks for one XML document. Attributes arrive as saxes built them; text
 * arrives only while the handler has asked for it through `XmlReader.captureText`,
 * so whitespace between the thousands of elements that do not matter costs nothing.
 */
export interface XmlHandler {
  open(name: string, attributes: Readonly<Record<string, string>>): void;
  close(name: string): void;
  text(text: string): void;
}

/** Bytes decoded per tokenizer write; see XmlReader.feed. */
const PIECE_BYTES = 32 * 1024;

const TRUNCATION_HINT = ' The file ends early; it looks truncated (was the producer killed while writing it?).';

// C0 controls XML 1.0 forbids even as references. Test runners capture them from program output (ANSI
// colour codes, NULs) and Surefire, JUnit Platform and plexus write them raw or as `&#27;`; one stray ESC
// must not cost the whole report, so raw ones become U+FFFD and references to them stay literal text.
const ILLEGAL_CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/;
const ILLEGAL_CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g;

function sanitize(text: string): string {
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
export class XmlReader {
  readonly source: string;
  private readonly maxBytes: number;
  private readonly expected: string;
  private readonly parser: SaxesParser<{ xmlns: false; position: true }>;
  private handler: XmlHandler | undefined;
  private capturing = false;
  private readonly onText = (text: string): void => {
    this.handler?.text(text);
  };

  constructor(options: XmlReadOptions) {
    this.source = options.source;
    this.maxBytes = options.maxBytes ?? DEFAULT_MAX_REPORT_BYTES;
    this.expected = options.expected ?? 'an XML report';
    this.parser = new SaxesParser({ xmlns: false, position: true });
  }

  /** 1-based line the tokenizer is at, for messages about the element being handled. */
  get line(): number {
    return this.parser.line;
  }

  /** Turns text delivery on or off; handlers switch it on only inside elements whose text they keep. */
  captureText(on: boolean): void {
    if (on === this.capturing) return;
    this.capturing = on;
    if (on) this.parser.on('text', this.onText);
    else this.parser.off('text');
  }

  /** Throws a ConfigurationError about the report at the current line. */
  fail(message: string, line: number = this.parser.line): never {
    throw new ConfigurationError(`${this.source}:${line}: ${message}`, { file: this.source, line });
  }

  /** Streams `input` through the handler; resolves when the document is complete and well-formed. */
  async read(input: ReportInput, handler: XmlHandler): Promise<void> {
    if (this.handler !== undefined) throw new Error('XmlReader.read called twice; create one reader per document.');
    this.handler = handler;
    const parser = this.parser;
    parser.on('opentag', (tag) => handler.open(tag.name, tag.attributes));
    parser.on('closetag', (tag) => handler.close(tag.name));
    parser.on('cdata', (text) => {
      if (this.capturing) handler.text(text);
    });
    parser.on('doctype', (doctype) => this.checkDoctype(doctype));
    parser.on('error', (error) => this.malformed(error));

    let total = 0;
    if (typeof input === 'string') {
      total = this.count(0, Buffer.byteLength(input));
      this.emptyCheck(total, input);
      parser.write(sanitize(input));
    } else {
      let decoder: TextDecoder | undefined;
      let pending: Buffer[] = [];
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
        if (pendingBytes < SNIFF_BYTES) continue;
        const head = Buffer.concat(pending);
        pending = [];
        decoder = new TextDecoder(sniffEncoding(head, this.source).label);
        this.feed(decoder, head);
      }
      if (decoder === undefined && pendingBytes > 0) {
        const head = Buffer.concat(pending);
        decoder = new TextDecoder(sniffEncoding(head, this.source).label);
        this.feed(decoder, head);
      }
      this.emptyCheck(total, undefined);
      if (decoder !== undefined) {
        const tail = decoder.decode();
        if (tail.length > 0) parser.write(sanitize(tail));
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
  private feed(decoder: TextDecoder, bytes: Buffer): void {
    for (let start = 0; start < bytes.byteLength; start += PIECE_BYTES) {
      const text = decoder.decode(bytes.subarray(start, start + PIECE_BYTES), { stream: true });
      if (text.length > 0) this.parser.write(sanitize(text));
    }
  }

  private count(total: number, more: number): number {
    const next = total + more;
    if (next > this.maxBytes) {
      throw new ConfigurationError(
        `${this.source} is larger than the ${formatBytes(this.maxBytes)} limit for reports; raise the limit or split the report.`,
        { file: this.source },
      );
    }
    return next;
  }

  private emptyCheck(total: number, text: string | undefined): void {
    if (total === 0 || (text !== undefined && text.trim().length === 0)) {
      throw new ConfigurationError(`${this.source} is empty; expected ${this.expected}.`, { file: this.source });
    }
  }

  private checkDoctype(doctype: string): void {
    let quote = 0;
    for (let i = 0; i < doctype.length; i++) {
      const c = doctype.charCodeAt(i);
      if (quote !== 0) {
        if (c === quote) quote = 0;
      } else if (c === 0x22 || c === 0x27) {
        quote = c;
      } else if (c === 0x5b) {
        // The doctype event fires at its closing '>', so count back to where it began.
        const start = this.parser.line - countNewlines(doctype);
        this.fail('XML with a DTD or entities is rejected, never expanded (found a DOCTYPE with an internal subset); have the producer write plain XML without a DTD.', start);
      }
    }
  }

  private malformed(error: Error): void {
    const { line, column } = this.parser;
    // saxes prefixes "line:column: "; the position is reported separately.
    const reason = error.message.replace(/^\d+:\d+: /, '');
    // A reference to a forbidden character (`&#27;`): saxes keeps it as literal text and reads on.
    if (reason === 'malformed character entity.') return;
    let hint = '';
    if (reason.startsWith('unclosed tag') || reason === 'unexpected end.') hint = TRUNCATION_HINT;
    else if (reason === 'undefined entity.') hint = ' Only the five predefined entities (&lt; &gt; &amp; &quot; &apos;) and numeric character references are allowed.';
    throw new ConfigurationError(`${this.source}:${line}:${column}: not well-formed XML: ${reason}${hint}`, { file: this.source, line, cause: error });
  }
}

function countNewlines(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/**
 * Appends to a capped text buffer. Returns the new buffer; text past `cap`
 * characters is dropped (never splitting a surrogate pair) and marked once.
 */
export function appendCapped(buffer: string, text: string, cap: number = DETAILS_CAP): string {
  if (buffer.length >= cap) return buffer;
  const room = cap - buffer.length;
  if (text.length <= room) return buffer + text;
  return `${buffer}${text.slice(0, safeCut(text, room))}\n… (truncated)`;
}
