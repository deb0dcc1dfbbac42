import { sumTotals } from './cobertura.ts';
import type { CoverageReport, FileCoverage, ParseContext, Ratio } from './model.ts';
import { normalizeReportPath } from './normalize-path.ts';
import { type ReportInput, type XmlHandler, type XmlParseOptions, XmlReader } from './xml/reader.ts';
import { count, positiveInt } from './xml/values.ts';

/**
 * Parses a JaCoCo XML report (single module, or an aggregate with `<group>`s).
 *
 * - A file's path is its package (`com/acme/util`; dotted names are turned into
 *   folders) joined with the `<sourcefile>` name, then normalised. JaCoCo does
 *   not record the source root (`src/main/java`), so paths are package-relative.
 * - JaCoCo has no execution counts: a line is hit (1) when it has covered
 *   instructions (`ci > 0`), else 0.
 * - Per file, branches and functions come from the sourcefile's BRANCH and
 *   METHOD counters (falling back to the lines' `mb`/`cb`).
 * - Totals are the report-level LINE, BRANCH and METHOD counters, as JaCoCo
 *   states them; without them they are summed from the files.
 */
export async function parseJacoco(input: ReportInput, ctx: ParseContext, options: XmlParseOptions = {}): Promise<CoverageReport> {
  const reader = new XmlReader({ source: ctx.source, expected: 'a JaCoCo XML report', ...options });
  const builder = new JacocoBuilder(reader, ctx);
  await reader.read(input, builder);
  return builder.finish();
}

interface SourceFileAccumulator {
  path: string;
  lines: Map<number, number>;
  lineBranches: Map<number, [number, number]>;
  branches: Ratio | undefined;
  functions: Ratio | undefined;
}

class JacocoBuilder implements XmlHandler {
  private readonly reader: XmlReader;
  private readonly ctx: ParseContext;
  private rootSeen = false;
  /** Nesting below <report>: counters at depth 1 are the report's totals. */
  private depth = 0;
  private packageName = '';
  private current: SourceFileAccumulator | undefined;
  /** Depth at which the current sourcefile opened, so only its direct counters count. */
  private sourceDepth = -1;
  private readonly files = new Map<string, SourceFileAccumulator>();
  private readonly reportCounters = new Map<string, Ratio>();

  constructor(reader: XmlReader, ctx: ParseContext) {
    this.reader = reader;
    this.ctx = ctx;
  }

  open(name: string, a: Readonly<Record<string, string>>): void {
    if (!this.rootSeen) {
      this.rootSeen = true;
      if (name !== 'report') this.reader.fail(`not a JaCoCo report: the root element is <${name}>, expected <report>.`);
      return;
    }
    this.depth++;
    switch (name) {
      case 'line': {
        const c = this.current;
        const nr = positiveInt(a.nr);
        if (c === undefined || nr === undefined) return;
        const hit = (count(a.ci) ?? 0) > 0 ? 1 : 0;
        const previous = c.lines.get(nr);
        if (previous === undefined || hit > previous) c.lines.set(nr, hit);
        const missed = count(a.mb) ?? 0;
        const covered = count(a.cb) ?? 0;
        if (missed + covered > 0) {
          const seen = c.lineBranches.get(nr);
          if (seen === undefined || missed + covered > seen[1]) c.lineBranches.set(nr, [covered, missed + covered]);
        }
        return;
      }
      case 'counter':
        this.counter(a);
        return;
      case 'package':
        this.packageName = (a.name ?? '').replaceAll('.', '/');
        return;
      case 'sourcefile': {
        const file = a.name ?? '';
        const raw = this.packageName.length > 0 ? `${this.packageName}/${file}` : file;
        this.current = { path: normalizeReportPath(raw, this.ctx), lines: new Map(), lineBranches: new Map(), branches: undefined, functions: undefined };
        this.sourceDepth = this.depth;
        return;
      }
    }
  }

  close(name: string): void {
    if (name === 'sourcefile') this.closeSourceFile();
    else if (name === 'package') this.packageName = '';
    this.depth--;
  }

  text(): void {
    // JaCoCo carries everything in attributes.
  }

  finish(): CoverageReport {
    const files: FileCoverage[] = [];
    for (const acc of this.files.values()) files.push(toFileCoverage(acc));
    const summed = sumTotals(files);
    const totals: CoverageReport['totals'] = { lines: this.reportCounters.get('LINE') ?? summed.lines };
    const branches = this.reportCounters.get('BRANCH') ?? summed.branches;
    const functions = this.reportCounters.get('METHOD') ?? summed.functions;
    if (branches !== undefined) totals.branches = branches;
    if (functions !== undefined) totals.functions = functions;
    return { kind: 'coverage', format: 'jacoco', source: this.ctx.source, files, totals, perLine: true };
  }

  private counter(a: Readonly<Record<string, string>>): void {
    const type = a.type;
    if (type !== 'LINE' && type !== 'BRANCH' && type !== 'METHOD') return;
    const missed = count(a.missed);
    const covered = count(a.covered);
    if (missed === undefined || covered === undefined) return;
    const ratio = { covered, total: covered + missed };
    if (this.depth === 1) {
      this.reportCounters.set(type, ratio);
    } else if (this.current !== undefined && this.depth === this.sourceDepth + 1) {
      if (type === 'BRANCH') this.current.branches = ratio;
      else if (type === 'METHOD') this.current.functions = ratio;
    }
  }

  private closeSourceFile(): void {
    const c = this.current;
    this.current = undefined;
    this.sourceDepth = -1;
    if (c === undefined || c.path.length === 0) return;
    const existing = this.files.get(c.path);
    if (existing === undefined) {
      this.files.set(c.path, c);
      return;
    }
    // The same file in two groups (modules sharing a package) merges line by line.
    for (const [line, hit] of c.lines) existing.lines.set(line, Math.max(existing.lines.get(line) ?? 0, hit));
    for (const [line, ratio] of c.lineBranches) existing.lineBranches.set(line, ratio);
    existing.branches = addRatio(existing.branches, c.branches);
    existing.functions = addRatio(existing.functions, c.functions);
  }
}

function addRatio(a: Ratio | undefined, b: Ratio | undefined): Ratio | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return { covered: a.covered + b.covered, total: a.total + b.total };
}

function toFileCoverage(acc: SourceFileAccumulator): FileCoverage {
  const file: FileCoverage = { path: acc.path, lines: acc.lines };
  let branches = acc.branches;
  if (branches === undefined && acc.lineBranches.size > 0) {
    branches = { covered: 0, total: 0 };
    for (const [covered, total] of acc.lineBranches.values()) {
      branches.covered += covered;
      branches.total += total;
    }
  }
  if (branches !== undefined && branches.total > 0) file.branches = branches;
  if (acc.functions !== undefined && acc.functions.total > 0) file.functions = acc.functions;
  return file;
}
