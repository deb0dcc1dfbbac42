import { createReadStream, realpathSync } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { ConfigurationError, resolveInWorkspace, toRepoRelative } from '@pipeline/core';
import { REPORT_FORMATS, describeContent, detectFormat, isReportFormat } from './detect.ts';
import { DEFAULT_MAX_REPORT_BYTES, formatBytes } from './limits.ts';
import type { ParseContext, ParsedReport, ReportFormat } from './model.ts';
import { decodeHead } from './xml/encoding.ts';
import type { ReportInput } from './xml/reader.ts';

export interface ReadReportOptions {
  /** Absolute workspace root; the report must be inside it and producer paths are made relative to it. */
  workspace: string;
  /** Skip detection; the content must still fit the format. */
  format?: ReportFormat;
  /** Refuse reports larger than this (default 512 MiB). */
  maxBytes?: number;
  /**
   * Keep passing test cases in a JUnit report's `cases` (default false: they are
   * counted in the totals, and only the cases that did not plainly pass are kept).
   */
  keepPassed?: boolean;
}

/** What a parser gets besides the input and the context. */
export interface ReportParserOptions {
  maxBytes: number;
  /** Only the JUnit parser reads this; see ReadReportOptions.keepPassed. */
  keepPassed: boolean;
}

/**
 * The calling convention of every parser. XML parsers also honour `maxBytes`
 * while streaming; the others get a stream that enforces it for them.
 */
export type ReportParser = (input: ReportInput, ctx: ParseContext, options: ReportParserOptions) => Promise<ParsedReport>;

/**
 * Loads the parser of each format on first use, so a run that reads only JUnit
 * never loads (or, bundled, even compiles) the code for SARIF, LCOV or the rest:
 * that keeps the action's cold start short. The XML parsers get only the options
 * they take.
 */
const LOADERS: { readonly [F in ReportFormat]: () => Promise<ReportParser> } = {
  'junit': async () => (await import('./junit.ts')).parseJunit,
  'lcov': async () => (await import('./lcov.ts')).parseLcov,
  'cobertura': async () => {
    const { parseCobertura } = await import('./cobertura.ts');
    return async (input, ctx, options) => parseCobertura(input, ctx, { maxBytes: options.maxBytes });
  },
  'istanbul-final': async () => (await import('./istanbul.ts')).parseIstanbulFinal,
  'istanbul-summary': async () => (await import('./istanbul.ts')).parseIstanbulSummary,
  'jacoco': async () => {
    const { parseJacoco } = await import('./jacoco.ts');
    return async (input, ctx, options) => parseJacoco(input, ctx, { maxBytes: options.maxBytes });
  },
  'sarif': async () => (await import('./sarif.ts')).parseSarif,
  'checkstyle': async () => {
    const { parseCheckstyle } = await import('./checkstyle.ts');
    return async (input, ctx, options) => parseCheckstyle(input, ctx, { maxBytes: options.maxBytes });
  },
  'k6': async () => (await import('./k6.ts')).parseK6,
  'locust': async () => (await import('./locust.ts')).parseLocust,
};

function lazy(format: ReportFormat): ReportParser {
  return async (input, ctx, options) => (await LOADERS[format]())(input, ctx, options);
}

/** Which parser reads which format; each is loaded on first use (see LOADERS). */
export const REPORT_PARSERS: Readonly<Record<ReportFormat, ReportParser>> = {
  'junit': lazy('junit'),
  'lcov': lazy('lcov'),
  'cobertura': lazy('cobertura'),
  'istanbul-final': lazy('istanbul-final'),
  'istanbul-summary': lazy('istanbul-summary'),
  'jacoco': lazy('jacoco'),
  'sarif': lazy('sarif'),
  'checkstyle': lazy('checkstyle'),
  'k6': lazy('k6'),
  'locust': lazy('locust'),
};

/** Bytes read for detection: enough for any prolog and a JSON document's first keys. */
const HEAD_BYTES = 64 * 1024;
const CHUNK_BYTES = 256 * 1024;

/**
 * Formats whose parser needs the whole document in one buffer anyway: the file
 * is read in one piece (see `whole`), so there are no chunks to hold and then
 * copy together.
 */
const WHOLE_DOCUMENT: ReadonlySet<ReportFormat> = new Set(['sarif', 'istanbul-final', 'istanbul-summary', 'k6']);

/**
 * Reads one report file from the workspace: refuses paths that escape it and
 * files over the size limit, recognises the format by content (unless told),
 * and streams the file through the matching parser.
 */
export async function readReport(path: string, options: ReadReportOptions): Promise<ParsedReport> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_REPORT_BYTES;
  if (options.format !== undefined && !isReportFormat(options.format)) {
    throw new ConfigurationError(`Unknown report format '${String(options.format)}' for '${path}'; supported formats: ${REPORT_FORMATS.join(', ')}.`, { file: path });
  }
  // A named format's parser loads while the file is checked and read.
  const early = options.format === undefined ? undefined : settled(LOADERS[options.format]());
  const workspace = realWorkspace(options.workspace);
  const absolute = resolveInWorkspace(workspace, path, { file: path });
  const source = toRepoRelative(workspace, absolute);

  const size = await fileSize(absolute, source);
  if (size > maxBytes) {
    throw new ConfigurationError(`Report '${source}' is ${formatBytes(size)}, larger than the ${formatBytes(maxBytes)} limit for reports; raise the limit or split the report.`, { file: source });
  }

  const head = decodeHead(await readHead(absolute, source), source);
  const detected = detectFormat(head, basename(absolute));
  const format = options.format ?? detected;
  if (format === undefined) {
    throw new ConfigurationError(
      `Cannot tell which report format '${source}' is (${describeContent(head)}); supported formats: ${REPORT_FORMATS.join(', ')}. Set the format explicitly if the file is one of them.`,
      { file: source },
    );
  }
  if (options.format !== undefined && detected !== undefined && detected !== options.format) {
    throw new ConfigurationError(
      `Report '${source}' was given format '${options.format}' but its content is ${detected} (${describeContent(head)}); drop the format override or point it at a ${options.format} file.`,
      { file: source },
    );
  }
  const ctx: ParseContext = { source, workspace };
  const input = WHOLE_DOCUMENT.has(format) ? whole(absolute, source, maxBytes, size) : limited(absolute, source, maxBytes);
  const parse = await (early ?? LOADERS[format]());
  return parse(input, ctx, { maxBytes, keepPassed: options.keepPassed ?? false });
}

/** The same promise, marked handled: its rejection surfaces where it is awaited, not as an unhandled rejection. */
function settled<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => undefined);
  return promise;
}

function realWorkspace(workspace: string): string {
  const absolute = resolve(workspace);
  try {
    return realpathSync(absolute);
  } catch {
    return absolute;
  }
}

async function fileSize(absolute: string, source: string): Promise<number> {
  let info;
  try {
    info = await stat(absolute);
  } catch (error) {
    throw unreadable(error, source);
  }
  if (!info.isFile()) throw new ConfigurationError(`Report '${source}' is not a regular file; give the path of a report file.`, { file: source });
  return info.size;
}

async function readHead(absolute: string, source: string): Promise<Uint8Array> {
  try {
    const handle = await open(absolute, 'r');
    try {
      const buffer = Buffer.alloc(HEAD_BYTES);
      const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0);
      return buffer.subarray(0, bytesRead);
    } finally {
      await handle.close();
    }
  } catch (error) {
    throw unreadable(error, source);
  }
}

/** Streams the file in chunks and stops at `maxBytes`, in case it grew after the size check. */
async function* limited(absolute: string, source: string, maxBytes: number): AsyncGenerator<Buffer> {
  let total = 0;
  const stream = createReadStream(absolute, { highWaterMark: CHUNK_BYTES });
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      total += chunk.byteLength;
      if (total > maxBytes) throw tooLarge(source, maxBytes);
      yield chunk;
    }
  } catch (error) {
    if (error instanceof ConfigurationError) throw error;
    throw unreadable(error, source);
  } finally {
    stream.destroy();
  }
}

/**
 * The whole file as one chunk. Reading starts at once, so it overlaps with
 * whatever comes before the parser asks for it (loading the parser's code).
 */
function whole(absolute: string, source: string, maxBytes: number, size: number): AsyncGenerator<Buffer> {
  const bytes = settled(readWhole(absolute, source, maxBytes, size));
  return (async function* chunk() {
    yield await bytes;
  })();
}

/**
 * Reads the whole file into one buffer of the size `stat` gave, plus a byte to
 * notice a file that grew since (it then grows, up to `maxBytes`). Unlike a read
 * stream, this allocates no buffer beyond the one it returns.
 */
async function readWhole(absolute: string, source: string, maxBytes: number, size: number): Promise<Buffer> {
  let bytes = Buffer.allocUnsafeSlow(Math.min(size, maxBytes) + 1);
  let length = 0;
  try {
    const handle = await open(absolute, 'r');
    try {
      for (;;) {
        if (length === bytes.length) {
          if (length > maxBytes) throw tooLarge(source, maxBytes);
          const grown = Buffer.allocUnsafeSlow(Math.min(length * 2, maxBytes + 1));
          bytes.copy(grown, 0, 0, length);
          bytes = grown;
        }
        const { bytesRead } = await handle.read(bytes, length, bytes.length - length, length);
        if (bytesRead === 0) break;
        length += bytesRead;
      }
    } finally {
      await handle.close();
    }
  } catch (error) {
    if (error instanceof ConfigurationError) throw error;
    throw unreadable(error, source);
  }
  if (length > maxBytes) throw tooLarge(source, maxBytes);
  return bytes.subarray(0, length);
}

function tooLarge(source: string, maxBytes: number): ConfigurationError {
  return new ConfigurationError(`Report '${source}' is larger than the ${formatBytes(maxBytes)} limit for reports; raise the limit or split the report.`, { file: source });
}

function unreadable(error: unknown, source: string): Error {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return new ConfigurationError(`Report '${source}' does not exist; check the path (it is relative to the workspace).`, { file: source, cause: error });
  if (code === 'EACCES' || code === 'EPERM') return new ConfigurationError(`Report '${source}' cannot be read (permission denied).`, { file: source, cause: error });
  if (code === 'EISDIR') return new ConfigurationError(`Report '${source}' is a directory; give the path of a report file.`, { file: source, cause: error });
  return error instanceof Error ? error : new Error(String(error));
}
