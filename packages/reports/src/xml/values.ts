/**
 * Attribute value readers shared by the XML parsers. Producers disagree on
 * formats (empty strings, "NaN", exponents), so every reader returns undefined
 * for a value it cannot trust instead of guessing.
 */

/** A finite, non-negative number, or undefined. `Number('')` is 0, so empty is checked first. */
export function nonNegativeNumber(value: string | undefined): number | undefined {
  if (value === undefined || value.length === 0) return undefined;
  const n = Number(value);
  return Number.isFinite(n) && n >= 0 ? n : undefined;
}

/** A positive integer (line and column numbers are 1-based), or undefined. */
export function positiveInt(value: string | undefined): number | undefined {
  const n = nonNegativeNumber(value);
  return n !== undefined && n >= 1 && Number.isInteger(n) ? n : undefined;
}

/** A count (0 or more), or undefined. */
export function count(value: string | undefined): number | undefined {
  const n = nonNegativeNumber(value);
  return n !== undefined && Number.isInteger(n) ? n : undefined;
}

/** Seconds (JUnit `time`) to milliseconds, keeping microsecond precision without float noise. */
export function secondsToMs(value: string | undefined): number | undefined {
  const seconds = nonNegativeNumber(value);
  return seconds === undefined ? undefined : Math.round(seconds * 1_000_000) / 1000;
}

/** Characters kept of a one-line message. */
export const MESSAGE_CAP = 1000;

/** First non-blank line, trimmed and capped, or undefined when there is none. */
export function firstLine(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    const line = text.slice(start, end).trim();
    if (line.length > 0) return line.length > MESSAGE_CAP ? `${line.slice(0, safeCut(line, MESSAGE_CAP))}…` : line;
    start = end + 1;
  }
  return undefined;
}

/** Index at or below `at` that does not split a surrogate pair. */
export function safeCut(text: string, at: number): number {
  const c = text.charCodeAt(at - 1);
  return c >= 0xd800 && c <= 0xdbff ? at - 1 : at;
}
