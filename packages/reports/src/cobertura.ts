import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CoverageReport, FileCoverage, ParseContext, Ratio } from './model.ts';
import { isAbsolutePosix, normalizeReportPath } from './normalize-path.ts';
import { type ReportInput, type XmlHandler, type XmlParseOptions, XmlReader } from './xml/reader.ts';
import { nonNegativeNumber, positiveInt } from './xml/values.ts';

export interface CoberturaParseOptions extends XmlParseOptions {
  /** Whether an absolute path exists; used to pick among `<source>` roots. Defaults to the file system. */
  fileExists?: (absolutePath: string) => boolean;
}

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
export async function parseCobertura(input: ReportInput, ctx: ParseContext, options: CoberturaParseOptions = {}): Promise<CoverageReport> {
  const reader = new XmlReader({ source: ctx.source, expected: 'a Cobertura XML report', ...(options.maxBytes === undefined ? {} : { maxBytes: options.maxBytes }) });
  const builder = new CoberturaBuilder(reader);
  await reader.read(input, builder);
  return builder.finish(ctx, options.fileExists ?? existsSync);
}

interface FileAccumulator {
  lines: Map<number, number>;
  /** Line number to [covered, total] branches. */
  branches: Map<number, [number, number]>;
  functionsCovered: number;
  functionsTotal: number;
}

interface ClassAccumulator extends FileAccumulator {
  filename: string;
  methodLines: Map<number, number>;
  methodBranches: Map<number, [number, number]>;
}

class CoberturaBuilder implements XmlHandler {
  private readonly reader: XmlReader;
  private rootSeen = false;
  private readonly sources: string[] = [];
  private sourceText: string | undefined;
  private readonly files = new Map<string, FileAccumulator>();
  private current: ClassAccumulator | undefined;
  private inMethod = false;
  private methodHits: number | undefined;
  private methodAnyLineHit = false;

  constructor(reader: XmlReader) {
    this.reader = reader;
  }

  open(name: string, a: Readonly<Record<string, string>>): void {
    if (!this.rootSeen) {
      this.rootSeen = true;
      if (name !== 'coverage') this.reader.fail(`not a Cobertura report: the root element is <${name}>, expected <coverage>.`);
      if (a.clover !== undefined) this.reader.fail('this is a Clover coverage report, not Cobertura; configure the producer to write Cobertura XML (or LCOV).');
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
        this.methodHits = nonNegativeNumber(a.hits);
        this.methodAnyLineHit = false;
        return;
      case 'source':
        this.sourceText = '';
        this.reader.captureText(true);
        return;
    }
  }

  close(name: string): void {
    switch (name) {
      case 'method': {
        this.inMethod = false;
        const c = this.current;
        if (c === undefined) return;
        c.functionsTotal++;
        if (this.methodHits === undefined ? this.methodAnyLineHit : this.methodHits > 0) c.functionsCovered++;
        return;
      }
      case 'class':
        this.closeClass();
        return;
      case 'source': {
        this.reader.captureText(false);
        const text = this.sourceText?.trim() ?? '';
        this.sourceText = undefined;
        if (text.length > 0) this.sources.push(text);
        return;
      }
    }
  }

  text(text: string): void {
    if (this.sourceText !== undefined) this.sourceText += text;
  }

  private line(a: Readonly<Record<string, string>>): void {
    const c = this.current;
    if (c === undefined) return;
    const number = positiveInt(a.number);
    if (number === undefined) return;
    const hits = nonNegativeNumber(a.hits) ?? 0;
    const lines = this.inMethod ? c.methodLines : c.lines;
    const previous = lines.get(number);
    if (previous === undefined || hits > previous) lines.set(number, hits);
    if (this.inMethod && hits > 0) this.methodAnyLineHit = true;
    const condition = a['condition-coverage'];
    if (condition !== undefined) {
      const ratio = conditionCoverage(condition);
      if (ratio !== undefined) {
        const branches = this.inMethod ? c.methodBranches : c.branches;
        const seen = branches.get(number);
        if (seen === undefined || ratio[1] > seen[1] || (ratio[1] === seen[1] && ratio[0] > seen[0])) branches.set(number, ratio);
      }
    }
  }

  private closeClass(): void {
    const c = this.current;
    this.current = undefined;
    if (c === undefined || c.filename.length === 0) return;
    const lines = c.lines.size > 0 ? c.lines : c.methodLines;
    const branches = c.lines.size > 0 ? c.branches : c.methodBranches;
    const file = this.files.get(c.filename);
    if (file === undefined) {
      this.files.set(c.filename, { lines, branches, functionsCovered: c.functionsCovered, functionsTotal: c.functionsTotal });
      return;
    }
    mergeInto(file, { lines, branches, functionsCovered: c.functionsCovered, functionsTotal: c.functionsTotal });
  }

  finish(ctx: ParseContext, fileExists: (absolutePath: string) => boolean): CoverageReport {
    // Two spellings of one file ("./a.py", "a.py") meet here after resolution.
    const byPath = new Map<string, FileAccumulator>();
    for (const [filename, acc] of this.files) {
      const path = resolveClassFile(filename, this.sources, ctx, fileExists);
      const existing = byPath.get(path);
      if (existing === undefined) byPath.set(path, acc);
      else mergeInto(existing, acc);
    }
    const files: FileCoverage[] = [];
    for (const [path, acc] of byPath) files.push(toFileCoverage(path, acc));
    return { kind: 'coverage', format: 'cobertura', source: ctx.source, files, totals: sumTotals(files), perLine: true };
  }
}

function mergeInto(target: FileAccumulator, more: FileAccumulator): void {
  for (const [line, hits] of more.lines) {
    const previous = target.lines.get(line);
    if (previous === undefined || hits > previous) target.lines.set(line, hits);
  }
  for (const [line, ratio] of more.branches) {
    const seen = target.branches.get(line);
    if (seen === undefined || ratio[1] > seen[1] || (ratio[1] === seen[1] && ratio[0] > seen[0])) target.branches.set(line, ratio);
  }
  target.functionsCovered += more.functionsCovered;
  target.functionsTotal += more.functionsTotal;
}

function toFileCoverage(path: string, acc: FileAccumulator): FileCoverage {
  const file: FileCoverage = { path, lines: acc.lines };
  if (acc.branches.size > 0) {
    let covered = 0;
    let total = 0;
    for (const [c, t] of acc.branches.values()) {
      covered += c;
      total += t;
    }
    file.branches = { covered, total };
  }
  if (acc.functionsTotal > 0) file.functions = { covered: acc.functionsCovered, total: acc.functionsTotal };
  return file;
}

/** Sums per-file coverage; branch and function totals exist only when some file has them. */
export function sumTotals(files: readonly FileCoverage[]): CoverageReport['totals'] {
  const lines: Ratio = { covered: 0, total: 0 };
  let branches: Ratio | undefined;
  let functions: Ratio | undefined;
  for (const file of files) {
    for (const hits of file.lines.values()) {
      lines.total++;
      if (hits > 0) lines.covered++;
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
  const totals: CoverageReport['totals'] = { lines };
  if (branches !== undefined) totals.branches = branches;
  if (functions !== undefined) totals.functions = functions;
  return totals;
}

/** Reads "50% (2/4)" as [2, 4]; anything else is not branch data. */
function conditionCoverage(value: string): [number, number] | undefined {
  const open = value.indexOf('(');
  const slash = value.indexOf('/', open + 1);
  const close = value.indexOf(')', slash + 1);
  if (open === -1 || slash === -1 || close === -1) return undefined;
  const covered = Number(value.slice(open + 1, slash));
  const total = Number(value.slice(slash + 1, close));
  if (!Number.isInteger(covered) || !Number.isInteger(total) || covered < 0 || total <= 0 || covered > total) return undefined;
  return [covered, total];
}

function resolveClassFile(filename: string, sources: readonly string[], ctx: ParseContext, fileExists: (absolutePath: string) => boolean): string {
  const file = filename.replaceAll('\\', '/');
  // coverlet writes its own `--source` command-line flag into <sources>; it is not a directory.
  const roots = sources.filter((s) => !s.startsWith('--'));
  if (isAbsolutePosix(file) || roots.length === 0) return normalizeReportPath(filename, ctx);
  const candidates = roots.map((root) => normalizeReportPath(joinRoot(root, file), ctx));
  for (const candidate of candidates) {
    if (candidate.length > 0 && !isAbsolutePosix(candidate) && !candidate.startsWith('../') && fileExists(resolve(ctx.workspace, candidate))) return candidate;
  }
  return candidates[0] ?? normalizeReportPath(filename, ctx);
}

function joinRoot(root: string, file: string): string {
  const r = root.replaceAll('\\', '/');
  if (r === '' || r === '.' || r === './') return file;
  return r.endsWith('/') ? `${r}${file}` : `${r}/${file}`;
}
