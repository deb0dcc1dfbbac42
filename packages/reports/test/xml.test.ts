import { ConfigurationError } from '@pipeline/core';
import { describe, expect, it } from 'vitest';
import { decodeHead, sniffEncoding } from '../src/xml/encoding.ts';
import { type XmlHandler, XmlReader, appendCapped } from '../src/xml/reader.ts';
import { firstLine, secondsToMs } from '../src/xml/values.ts';

/** Records what the reader delivers: element names with one attribute, and captured text. */
class Recorder implements XmlHandler {
  readonly events: string[] = [];
  readonly texts: string[] = [];
  constructor(private readonly reader: XmlReader, private readonly captureIn = new Set<string>()) {}
  open(name: string, attributes: Readonly<Record<string, string>>): void {
    this.events.push(attributes.v === undefined ? name : `${name}=${attributes.v}`);
    if (this.captureIn.has(name)) this.reader.captureText(true);
  }
  close(name: string): void {
    if (this.captureIn.has(name)) this.reader.captureText(false);
  }
  text(text: string): void {
    this.texts.push(text);
  }
}

async function* chunked(bytes: Uint8Array, size: number): AsyncGenerator<Buffer> {
  for (let i = 0; i < bytes.length; i += size) yield Buffer.from(bytes.subarray(i, i + size));
}

async function read(input: string | AsyncIterable<Buffer>, options: { maxBytes?: number; capture?: string[] } = {}): Promise<Recorder> {
  const reader = new XmlReader({ source: 'reports/x.xml', ...(options.maxBytes === undefined ? {} : { maxBytes: options.maxBytes }) });
  const recorder = new Recorder(reader, new Set(options.capture ?? []));
  await reader.read(input, recorder);
  return recorder;
}

async function failure(input: string | AsyncIterable<Buffer>, options: { maxBytes?: number } = {}): Promise<ConfigurationError> {
  try {
    await read(input, options);
  } catch (error) {
    if (error instanceof ConfigurationError) return error;
    throw error;
  }
  throw new Error('expected a ConfigurationError');
}

describe('XmlReader safety', () => {
  it('rejects a DOCTYPE with an internal subset, naming the file and the line it starts on', async () => {
    const error = await failure('<?xml version="1.0"?>\n\n<!DOCTYPE testsuites [\n  <!ENTITY x "y">\n]>\n<testsuites>&x;</testsuites>');
    expect(error.message).toContain('XML with a DTD or entities is rejected, never expanded');
    expect(error.message).toContain('reports/x.xml:3');
    expect(error.file).toBe('reports/x.xml');
    expect(error.line).toBe(3);
  });

  it('refuses a billion-laughs entity bomb before anything is expanded', async () => {
    const levels = ['<!ENTITY lol "lol">'];
    for (let i = 1; i < 10; i++) levels.push(`<!ENTITY lol${i} "${`&lol${i === 1 ? '' : i - 1};`.repeat(10)}">`);
    const bomb = `<?xml version="1.0"?>\n<!DOCTYPE lolz [\n${levels.join('\n')}\n]>\n<lolz>&lol9;</lolz>`;
    const error = await failure(bomb);
    expect(error.message).toContain('rejected, never expanded');
    expect(error.line).toBe(2);
  });

  it('refuses an XXE external entity declaration', async () => {
    const error = await failure('<!DOCTYPE r [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><r>&xxe;</r>');
    expect(error.message).toContain('rejected, never expanded');
  });

  it('accepts a DOCTYPE that only names an external DTD (gcovr, simplecov, JaCoCo) and never reads it', async () => {
    const recorder = await read('<?xml version="1.0"?>\n<!DOCTYPE coverage SYSTEM "file:///definitely/not/here.dtd">\n<coverage v="1"/>');
    expect(recorder.events).toEqual(['coverage=1']);
  });

  it('treats an entity that is not one of the five predefined ones as malformed, even with an external DTD', async () => {
    const error = await failure('<!DOCTYPE r SYSTEM "r.dtd">\n<r>\n&nbsp;</r>');
    expect(error.message).toMatch(/^reports\/x\.xml:3:\d+: not well-formed XML: undefined entity\./);
    expect(error.message).toContain('five predefined entities');
    expect(error.line).toBe(3);
  });

  it('keeps reading past control characters XML 1.0 forbids, which test runners copy from program output', async () => {
    // Raw ESC/NUL become U+FFFD; a reference to one (Surefire and JUnit Platform write `&#27;`) stays literal.
    const recorder = await read('<r v="a\u0000b"><t>\u001b[31mred\u001b[0m &#27;[1m &#0;</t></r>', { capture: ['t'] });
    expect(recorder.events).toEqual(['r=a\ufffdb', 't']);
    expect(recorder.texts.join('')).toBe('\ufffd[31mred\ufffd[0m &#27;[1m &#0;');
  });

  it('expands the predefined entities and numeric character references', async () => {
    const recorder = await read('<r v="&lt;&amp;&#x41;&#66;&quot;"><t>a &gt; b &apos;c&apos;</t></r>', { capture: ['t'] });
    expect(recorder.events).toEqual(['r=<&AB"', 't']);
    expect(recorder.texts.join('')).toBe("a > b 'c'");
  });
});

describe('XmlReader limits and malformed input', () => {
  it('refuses input over the size limit, naming the limit', async () => {
    const error = await failure('<r>' + 'x'.repeat(2000) + '</r>', { maxBytes: 1024 });
    expect(error.message).toBe('reports/x.xml is larger than the 1 KiB limit for reports; raise the limit or split the report.');
  });

  it('stops a stream as soon as it passes the limit', async () => {
    let pulled = 0;
    async function* endless(): AsyncGenerator<Buffer> {
      yield Buffer.from('<r>');
      for (;;) {
        pulled++;
        yield Buffer.alloc(64 * 1024, 0x20);
      }
    }
    const error = await failure(endless(), { maxBytes: 1024 * 1024 });
    expect(error.message).toContain('1 MiB limit');
    expect(pulled).toBe(16);
  });

  it('names the file and the line where a truncated report ends', async () => {
    const error = await failure('<?xml version="1.0"?>\n<testsuite>\n  <testcase name="a">\n    <system-out><![CDATA[\nhalf');
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error.message).toMatch(/^reports\/x\.xml:5:\d+: not well-formed XML: /);
    expect(error.message).toContain('looks truncated');
    expect(error.line).toBe(5);
  });

  it('names the line of a raw < inside an attribute value', async () => {
    const error = await failure('<r>\n  <c time="<<computed>>"/>\n</r>');
    expect(error.message).toMatch(/^reports\/x\.xml:2:\d+: not well-formed XML: disallowed character\./);
  });

  it('says an empty file is empty', async () => {
    expect((await failure('')).message).toBe('reports/x.xml is empty; expected an XML report.');
    expect((await failure(chunked(new Uint8Array(0), 8))).message).toBe('reports/x.xml is empty; expected an XML report.');
  });

  it('rejects a second root element', async () => {
    const error = await failure('<a/>\n<a/>');
    expect(error.line).toBe(2);
  });
});

describe('encodings', () => {
  const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

  it('reads UTF-8 with a BOM, streamed one byte at a time so characters split across chunks', async () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('<?xml version="1.0" encoding="utf-8"?><r v="héllo 𝄞"/>')]);
    const recorder = await read(chunked(bytes, 1));
    expect(recorder.events).toEqual(['r=héllo 𝄞']);
  });

  it('reads UTF-16LE and UTF-16BE with a BOM', async () => {
    const text = '<?xml version="1.0" encoding="UTF-16"?><r v="ünï"/>';
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const be = Buffer.from(le);
    be.swap16();
    expect((await read(chunked(le, 7))).events).toEqual(['r=ünï']);
    expect((await read(chunked(be, 5))).events).toEqual(['r=ünï']);
  });

  it('decodes the encoding named in the declaration (ISO-8859-15 has the euro sign at 0xA4)', async () => {
    const bytes = Buffer.concat([Buffer.from('<?xml version="1.0" encoding="ISO-8859-15"?><r v="'), Buffer.from([0xa4, 0xe9]), Buffer.from('"/>')]);
    expect((await read(chunked(bytes, 3))).events).toEqual(['r=€é']);
  });

  it('decodes windows-1252 and ISO-8859-1 declarations', async () => {
    const body = (label: string): Buffer => Buffer.concat([Buffer.from(`<?xml version='1.0' encoding='${label}'?><r v="`), Buffer.from([0x80, 0xfc]), Buffer.from('"/>')]);
    expect((await read(chunked(body('windows-1252'), 64))).events).toEqual(['r=€ü']);
    // WHATWG maps the ISO-8859-1 label to windows-1252, so 0x80 is the euro sign there too.
    expect((await read(chunked(body('ISO-8859-1'), 64))).events).toEqual(['r=€ü']);
  });

  it('turns invalid UTF-8 bytes into U+FFFD instead of refusing the report', async () => {
    const bytes = Buffer.concat([Buffer.from('<r v="a'), Buffer.from([0xff, 0xc3]), Buffer.from('b"/>')]);
    expect((await read(chunked(bytes, 4))).events).toEqual(['r=a\ufffd\ufffdb']);
  });

  it('refuses an encoding TextDecoder does not know, naming it', async () => {
    const error = await failure(chunked(utf8('<?xml version="1.0" encoding="EBCDIC-FANTASY"?><r/>'), 100));
    expect(error.message).toContain('"EBCDIC-FANTASY"');
    expect(error.line).toBe(1);
  });

  it('sniffs BOMs before declarations', () => {
    expect(sniffEncoding(Buffer.from([0xef, 0xbb, 0xbf, 0x3c]), 'x').label).toBe('utf-8');
    expect(sniffEncoding(Buffer.from('<?xml version="1.0" encoding="latin1"?>'), 'x')).toEqual({ label: 'latin1', from: 'declaration' });
    expect(sniffEncoding(Buffer.from('<?xml version="1.0"?>'), 'x')).toEqual({ label: 'utf-8', from: 'default' });
    // A UTF-16 declaration on ASCII bytes is a producer mistake; the bytes win.
    expect(sniffEncoding(Buffer.from('<?xml version="1.0" encoding="UTF-16"?>'), 'x').label).toBe('utf-8');
    expect(sniffEncoding(Buffer.from('<\u0000?\u0000', 'latin1'), 'x').label).toBe('utf-16le');
  });

  it('decodes a head for detection without failing on a bad declaration', () => {
    expect(decodeHead(Buffer.from('<?xml version="1.0" encoding="nope"?><r/>'), 'x')).toContain('<r/>');
  });
});

describe('text capture', () => {
  it('delivers text and CDATA only inside elements the handler asked for', async () => {
    const recorder = await read('<r>skip<k>keep <![CDATA[<raw>]]> &amp; more</k>skip<![CDATA[skip]]></r>', { capture: ['k'] });
    expect(recorder.texts.join('')).toBe('keep <raw> & more');
  });

  it('caps appended text without splitting a surrogate pair', () => {
    expect(appendCapped('ab', 'cd', 10)).toBe('abcd');
    expect(appendCapped('abc', '𝄞xyz', 4)).toBe('abc\n… (truncated)');
    const full = appendCapped('', 'x'.repeat(20), 8);
    expect(full).toBe('xxxxxxxx\n… (truncated)');
    expect(appendCapped(full, 'more', 8)).toBe(full);
  });
});

describe('values', () => {
  it('reads seconds as milliseconds and refuses what it cannot trust', () => {
    expect(secondsToMs('1.5')).toBe(1500);
    expect(secondsToMs('4.50611114501953e-05')).toBe(0.045);
    expect(secondsToMs('')).toBeUndefined();
    expect(secondsToMs('NaN')).toBeUndefined();
    expect(secondsToMs('-1')).toBeUndefined();
  });

  it('takes the first non-blank line, trimmed', () => {
    expect(firstLine('\n\n  boom  \nstack')).toBe('boom');
    expect(firstLine('   ')).toBeUndefined();
    expect(firstLine('x'.repeat(1200))?.length).toBe(1001);
  });
});
