import { TextDecoder } from 'node:util';
import { ConfigurationError } from '@pipeline/core';

/** How a byte stream is to be decoded, as far as its first bytes tell. */
export interface SniffedEncoding {
  /** WHATWG encoding label for TextDecoder. */
  label: string;
  /** Where the label came from, for error messages. */
  from: 'bom' | 'declaration' | 'default';
}

/** Enough bytes to hold any BOM and a reasonable XML declaration. */
export const SNIFF_BYTES = 1024;

const UTF16_NAMES = new Set(['utf-16', 'utf-16le', 'utf-16be', 'ucs-2', 'iso-10646-ucs-2', 'unicode', 'csunicode']);

/**
 * Reads the encoding off the first bytes of an XML file (XML 1.0 appendix F):
 * a byte order mark wins, then `encoding=` in the declaration, then UTF-8.
 */
export function sniffEncoding(head: Uint8Array, source: string): SniffedEncoding {
  const [b0, b1, b2, b3] = head;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return { label: 'utf-8', from: 'bom' };
  if (b0 === 0xff && b1 === 0xfe) return { label: 'utf-16le', from: 'bom' };
  if (b0 === 0xfe && b1 === 0xff) return { label: 'utf-16be', from: 'bom' };
  // UTF-16 without a BOM still starts with '<' followed by a zero byte (or the reverse).
  if (b0 === 0x3c && b1 === 0x00 && b2 === 0x3f && b3 === 0x00) return { label: 'utf-16le', from: 'declaration' };
  if (b0 === 0x00 && b1 === 0x3c && b2 === 0x00 && b3 === 0x3f) return { label: 'utf-16be', from: 'declaration' };

  const declared = declaredEncoding(head);
  if (declared === undefined) return { label: 'utf-8', from: 'default' };
  const lower = declared.toLowerCase();
  // A UTF-16 declaration on bytes that are plainly ASCII-compatible is a producer bug; the bytes win.
  if (UTF16_NAMES.has(lower)) return { label: 'utf-8', from: 'default' };
  try {
    new TextDecoder(lower);
  } catch {
    throw new ConfigurationError(
      `${source}: the XML declaration names encoding "${declared}", which cannot be decoded; re-encode the report as UTF-8 (or a WHATWG encoding such as ISO-8859-15 or windows-1252).`,
      { file: source, line: 1 },
    );
  }
  return { label: lower, from: 'declaration' };
}

function declaredEncoding(head: Uint8Array): string | undefined {
  // The declaration is pure ASCII in every ASCII-compatible encoding, so latin1 reads it faithfully.
  const text = Buffer.from(head.buffer, head.byteOffset, Math.min(head.byteLength, SNIFF_BYTES)).toString('latin1');
  if (!text.startsWith('<?xml')) return undefined;
  const end = text.indexOf('?>');
  const decl = end === -1 ? text : text.slice(0, end);
  return /\sencoding\s*=\s*(["'])([A-Za-z][A-Za-z0-9._-]*)\1/.exec(decl)?.[2];
}

/** Decodes the start of a file for format detection, honouring the BOM and XML declaration. */
export function decodeHead(head: Uint8Array, source: string): string {
  let label: string;
  try {
    label = sniffEncoding(head, source).label;
  } catch {
    // Detection only needs the markup, which is ASCII; a bad declared encoding is reported by the parser.
    label = 'utf-8';
  }
  // A head cut mid-character must not fail detection, so decoding is not fatal here.
  return new TextDecoder(label).decode(head);
}
