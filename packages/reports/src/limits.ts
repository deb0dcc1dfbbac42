/**
 * Size limits shared by `readReport` and the parsers. Kept apart from the XML
 * reader so that reading a report (or importing the package) does not load the
 * XML tokenizer until a parser needs it.
 */

/** Reports larger than this are refused unless the caller raises the limit. */
export const DEFAULT_MAX_REPORT_BYTES = 512 * 1024 * 1024;

/** Per-case cap on captured failure text: enough for any stack trace, bounded for any report. */
export const DETAILS_CAP = 64 * 1024;

export function formatBytes(bytes: number): string {
  const units = ['bytes', 'KiB', 'MiB', 'GiB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1 && value % 1024 === 0) {
    value /= 1024;
    unit++;
  }
  return `${value} ${units[unit]}`;
}
