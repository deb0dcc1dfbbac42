import { ConfigurationError } from '@pipeline/core';
import { readAllText } from './istanbul.ts';
import type { LoadReport, ParseContext } from './model.ts';
import type { ReportInput } from './xml/reader.ts';

/**
 * Column names as locust writes them (`--csv <prefix>` → `<prefix>_stats.csv`),
 * each with the spelling of locust before 1.0 (`# requests`, ...). Matching
 * ignores case.
 */
const COLUMNS = {
  name: ['name'],
  requests: ['request count', '# requests'],
  failures: ['failure count', '# failures'],
  median: ['median response time'],
  average: ['average response time'],
  rps: ['requests/s'],
  p95: ['95%'],
  p99: ['99%'],
} as const;

type Column = keyof typeof COLUMNS;

/**
 * Parses locust's `*_stats.csv` and reports its `Aggregated` row (named `Total`
 * before locust 1.0): the totals over every request type. Percentiles are
 * milliseconds; locust writes `N/A` for them when nothing was requested.
 */
export async function parseLocust(input: ReportInput, ctx: ParseContext): Promise<LoadReport> {
  const rows = parseCsv(await readAllText(input), ctx);
  const header = rows[0];
  if (header === undefined) {
    throw new ConfigurationError(`${ctx.source} is empty; expected locust's <prefix>_stats.csv written by \`locust --csv <prefix>\`.`, { file: ctx.source });
  }
  const index = columnIndexes(header.cells, ctx);
  const aggregated = rows.find((row, position) => {
    if (position === 0) return false;
    const name = row.cells[index.name]?.trim();
    return name === 'Aggregated' || name === 'Total';
  });
  if (aggregated === undefined) {
    throw new ConfigurationError(
      `${ctx.source} has no "Aggregated" row. Is this the _stats.csv file (not _stats_history.csv or _failures.csv), and did the locust run finish?`,
      { file: ctx.source },
    );
  }
  const read = (column: Column): string => {
    const position = index[column];
    return position === undefined ? '' : (aggregated.cells[position] ?? '').trim();
  };
  const requests = integer(read('requests'), 'requests', aggregated.line, ctx);
  const failedRequests = integer(read('failures'), 'failures', aggregated.line, ctx);
  const p95 = measure(read('p95'), requests, '95%', aggregated.line, ctx);
  if (p95 === undefined) {
    throw new ConfigurationError(
      `${ctx.source}: the Aggregated row has no 95% response time. Locust before 1.0 writes percentiles to _distribution.csv; upgrade locust or keep 0.95 in --percentiles.`,
      { file: ctx.source, line: aggregated.line },
    );
  }
  const report: LoadReport = {
    kind: 'load',
    format: 'locust',
    source: ctx.source,
    requests,
    failedRequests,
    errorRate: requests > 0 ? failedRequests / requests : 0,
    p95Ms: p95,
  };
  const p99 = measure(read('p99'), requests, '99%', aggregated.line, ctx);
  if (p99 !== undefined) report.p99Ms = p99;
  const average = measure(read('average'), requests, 'Average Response Time', aggregated.line, ctx);
  if (average !== undefined) report.avgMs = average;
  const median = measure(read('median'), requests, 'Median Response Time', aggregated.line, ctx);
  if (median !== undefined) report.medianMs = median;
  const rps = measure(read('rps'), requests, 'Requests/s', aggregated.line, ctx);
  if (rps !== undefined) report.requestsPerSecond = rps;
  return report;
}

type ColumnIndexes = { name: number; requests: number; failures: number } & Partial<Record<Column, number>>;

function columnIndexes(header: string[], ctx: ParseContext): ColumnIndexes {
  const lower = header.map((cell) => cell.trim().toLowerCase());
  const found: Partial<Record<Column, number>> = {};
  for (const [column, spellings] of Object.entries(COLUMNS) as [Column, readonly string[]][]) {
    const position = lower.findIndex((cell) => spellings.includes(cell));
    if (position !== -1) found[column] = position;
  }
  const { name, requests, failures } = found;
  if (name === undefined || requests === undefined || failures === undefined) {
    throw new ConfigurationError(
      `${ctx.source} is not a locust stats CSV: its header (${header.join(',')}) lacks Name, Request Count and Failure Count. Use the <prefix>_stats.csv that \`locust --csv <prefix>\` writes.`,
      { file: ctx.source, line: 1 },
    );
  }
  return { ...found, name, requests, failures };
}

function integer(text: string, what: string, line: number, ctx: ParseContext): number {
  const value = Number(text);
  if (text === '' || !Number.isInteger(value) || value < 0) {
    throw new ConfigurationError(`${ctx.source}:${line}: the Aggregated ${what} count is "${text}", expected a whole number.`, { file: ctx.source, line });
  }
  return value;
}

/** A non-negative statistic of the Aggregated row; undefined when the column is absent. */
function measure(text: string, requests: number, what: string, line: number, ctx: ParseContext): number | undefined {
  if (text === '') return undefined;
  // With no requests locust has no response times and writes N/A.
  if (text === 'N/A') return requests === 0 ? 0 : undefined;
  const value = Number(text);
  if (!Number.isFinite(value) || value < 0) {
    throw new ConfigurationError(`${ctx.source}:${line}: the Aggregated "${what}" is "${text}", expected a number.`, { file: ctx.source, line });
  }
  return value;
}

interface CsvRow {
  /** 1-based line where the row starts. */
  line: number;
  cells: string[];
}

/** RFC 4180 CSV as Python's csv module writes it: quoted fields may hold commas, quotes ("") and newlines. */
function parseCsv(text: string, ctx: ParseContext): CsvRow[] {
  const rows: CsvRow[] = [];
  let cells: string[] = [];
  let cell = '';
  let line = 1;
  let rowLine = 1;
  let quoted = false;
  let index = 0;
  while (index < text.length) {
    const char = text[index];
    if (quoted) {
      if (char === '"') {
        if (text[index + 1] === '"') {
          cell += '"';
          index += 1;
        } else {
          quoted = false;
        }
      } else {
        if (char === '\n') line += 1;
        cell += char;
      }
    } else if (char === '"' && cell === '') {
      quoted = true;
    } else if (char === ',') {
      cells.push(cell);
      cell = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[index + 1] === '\n') index += 1;
      cells.push(cell);
      if (cells.length > 1 || cells[0] !== '') rows.push({ line: rowLine, cells });
      cells = [];
      cell = '';
      line += 1;
      rowLine = line;
    } else {
      cell += char;
    }
    index += 1;
  }
  if (quoted) throw new ConfigurationError(`${ctx.source}:${rowLine}: a quoted field is never closed; the CSV file is truncated.`, { file: ctx.source, line: rowLine });
  if (cell !== '' || cells.length > 0) {
    cells.push(cell);
    rows.push({ line: rowLine, cells });
  }
  return rows;
}
