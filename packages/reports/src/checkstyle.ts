import { CHECKSTYLE_NO_RULE, checkstyleLevel } from './checkstyle-level.ts';
import { FingerprintDeduper, findingFingerprint } from './fingerprint.ts';
import type { Finding, FindingLevel, FindingsReport, ParseContext } from './model.ts';
import { normalizeReportPath } from './normalize-path.ts';
import { type ReportInput, type XmlHandler, type XmlParseOptions, XmlReader, appendCapped } from './xml/reader.ts';
import { firstLine, positiveInt } from './xml/values.ts';

const TOOL = 'checkstyle';

/**
 * Parses Checkstyle XML (Checkstyle, ESLint/PHPStan/Phan/php-cs-fixer/ktlint
 * checkstyle formatters): `<checkstyle><file name><error line column severity
 * message source/>`.
 *
 * - ruleId is the `source` attribute; level follows cs2pr: error/failure/fatal
 *   are errors, info/notice/ignore/hint notes, anything else a warning.
 * - `line="0"` (PHPStan's "whole file") and missing lines give a file-level
 *   finding with no line.
 * - `<exception>` (Checkstyle could not parse the file) becomes an error finding.
 * - The fingerprint hashes tool, rule, file and message, not the line, so code
 *   that moves keeps its identity; repeats within one report get `:2`, `:3`.
 */
export async function parseCheckstyle(input: ReportInput, ctx: ParseContext, options: XmlParseOptions = {}): Promise<FindingsReport> {
  const reader = new XmlReader({ source: ctx.source, expected: 'a Checkstyle XML report', ...options });
  const builder = new CheckstyleBuilder(reader, ctx);
  await reader.read(input, builder);
  return { kind: 'findings', format: 'checkstyle', source: ctx.source, findings: builder.findings };
}

class CheckstyleBuilder implements XmlHandler {
  readonly findings: Finding[] = [];
  private readonly reader: XmlReader;
  private readonly ctx: ParseContext;
  private readonly deduper = new FingerprintDeduper();
  private rootSeen = false;
  private file: string | undefined;
  private exceptionText: string | undefined;

  constructor(reader: XmlReader, ctx: ParseContext) {
    this.reader = reader;
    this.ctx = ctx;
  }

  open(name: string, a: Readonly<Record<string, string>>): void {
    if (!this.rootSeen) {
      this.rootSeen = true;
      if (name !== 'checkstyle') this.reader.fail(`not a Checkstyle report: the root element is <${name}>, expected <checkstyle>.`);
      return;
    }
    switch (name) {
      case 'file': {
        const raw = a.name ?? '';
        this.file = raw.trim().length > 0 ? normalizeReportPath(raw, this.ctx) : undefined;
        return;
      }
      case 'error':
        this.add(a.source, checkstyleLevel(a.severity), a.message ?? '', positiveInt(a.line), positiveInt(a.column));
        return;
      case 'exception':
        this.exceptionText = '';
        this.reader.captureText(true);
        return;
    }
  }

  close(name: string): void {
    if (name === 'file') {
      this.file = undefined;
    } else if (name === 'exception') {
      this.reader.captureText(false);
      const message = firstLine(this.exceptionText) ?? 'Checkstyle reported an exception for this file.';
      this.exceptionText = undefined;
      this.add(`${TOOL}.exception`, 'error', message, undefined, undefined);
    }
  }

  text(text: string): void {
    if (this.exceptionText !== undefined) this.exceptionText = appendCapped(this.exceptionText, text);
  }

  private add(source: string | undefined, level: FindingLevel, rawMessage: string, line: number | undefined, column: number | undefined): void {
    const ruleId = source !== undefined && source.trim().length > 0 ? source.trim() : CHECKSTYLE_NO_RULE;
    const message = rawMessage.trim();
    const finding: Finding = {
      tool: TOOL,
      ruleId,
      level,
      message,
      fingerprint: this.deduper.unique(findingFingerprint({ tool: TOOL, ruleId, file: this.file, identity: message })),
    };
    if (this.file !== undefined) finding.file = this.file;
    if (line !== undefined) {
      finding.line = line;
      if (column !== undefined) finding.column = column;
    }
    this.findings.push(finding);
  }
}

// Kept apart so the package index can offer them without loading the XML tokenizer.
export { CHECKSTYLE_NO_RULE, checkstyleLevel };
