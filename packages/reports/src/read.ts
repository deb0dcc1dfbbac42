import { createReadStream, realpathSync } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { ConfigurationError, resolveInWorkspace, toRepoRelative } from '@pipeline/core';
import { parseCheckstyle } from './checkstyle.ts';
import { parseCobertura } from './cobertura.ts';
import { REPORT_FORMATS, describeContent, detectFormat, isReportFormat } from './detect.ts';
import { parseIstanbulFinal, parseIstanbulSummary } from './istanbul.ts';
import { parseJacoco } from './jacoco.ts';
import { parseJunit } from './junit.ts';
import { parseK6 } from './k6.ts';
import { parseLcov } from './lcov.ts';
import { parseLocust } from './locust.ts';
import type { ParseContext, ParsedReport, ReportFormat } from './model.ts';
import { parseSarif } from './sarif.ts';
import { decodeHead } from './xml/encoding.ts';
import { DEFAULT_MAX_REPORT_BYTES, type ReportInput, formatBytes } from './xml/reader.ts';

export interface ReadReportOptions {
  /** Absolute workspace root; the report must be inside it and producer paths are made relative to it. */
  workspace: string;
  /** Skip detection; the content must still fit the format. */
  format?: ReportFormat;
  /** Refuse reports larger than this (default 512 MiB). */
  maxBytes?: number;
}

/**
 * The calling convention of every parser. XML parsers also honour `maxBytes`
 * while streaming; the others get a stream that enforces it for them.
 */
export type ReportParser = (input: ReportInput, ctx: ParseContext, options: { maxBytes: number }) => Promise<ParsedReport>;

/** Which parser reads which format. */
export const REPORT_PARSERS: Readonly<Record<ReportFormat, ReportParser>> = {
  'junit': parseJunit,
  'lcov': parseLcov,
  'cobertura': parseCobertura,
  'istanbul-final': parseIstanbulFinal,
  'istanbul-summary': parseIstanbulSummary,
  'jacoco': parseJacoco,
  'sarif': parseSarif,
  'checkstyle': parseCheckstyle,
  'k6': parseK6,
  'locust': parseLocust,
};

/** Bytes read for detection: enough for any prolog and a JSON document's first keys. */
const HEAD_BYTES = 64 * 1024;
const CHUNK_BYTES = 256 * 1024;

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
  return REPORT_PARSERS[format](limited(absolute, source, maxBytes), ctx, { maxBytes });
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
      if (total > maxBytes) {
        throw new ConfigurationError(`Report '${source}' is larger than the ${formatBytes(maxBytes)} limit for reports; raise the limit or split the report.`, { file: source });
      }
      yield chunk;
    }
  } catch (error) {
    if (error instanceof ConfigurationError) throw error;
    throw unreadable(error, source);
  } finally {
    stream.destroy();
  }
}

function unreadable(error: unknown, source: string): Error {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return new ConfigurationError(`Report '${source}' does not exist; check the path (it is relative to the workspace).`, { file: source, cause: error });
  if (code === 'EACCES' || code === 'EPERM') return new ConfigurationError(`Report '${source}' cannot be read (permission denied).`, { file: source, cause: error });
  if (code === 'EISDIR') return new ConfigurationError(`Report '${source}' is a directory; give the path of a report file.`, { file: source, cause: error });
  return error instanceof Error ? error : new Error(String(error));
}
