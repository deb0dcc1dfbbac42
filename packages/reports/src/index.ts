export type {
  CoverageReport,
  FileCoverage,
  Finding,
  FindingLevel,
  FindingsReport,
  LoadReport,
  ParseContext,
  ParsedReport,
  Ratio,
  ReportFormat,
  ReportKind,
  TestCase,
  TestReport,
  TestStatus,
  TestTotals,
} from './model.ts';

export { readReport, REPORT_PARSERS } from './read.ts';
export type { ReadReportOptions, ReportParser, ReportParserOptions } from './read.ts';
export { detectFormat, describeContent, isReportFormat, REPORT_FORMATS } from './detect.ts';
export { normalizeReportPath } from './normalize-path.ts';
export { DEFAULT_MAX_REPORT_BYTES, DETAILS_CAP } from './limits.ts';
export type { ReportInput, XmlHandler, XmlParseOptions, XmlReadOptions } from './xml/reader.ts';

// The parsers load on first call (see lazy.ts), so importing the package compiles none of them.
export {
  parseCheckstyle,
  parseCobertura,
  parseIstanbulFinal,
  parseIstanbulSummary,
  parseJacoco,
  parseJunit,
  parseK6,
  parseLcov,
  parseLocust,
  parseSarif,
} from './lazy.ts';
export type { JunitParseOptions } from './junit.ts';
export type { CoberturaParseOptions } from './cobertura.ts';
export { CHECKSTYLE_NO_RULE, checkstyleLevel } from './checkstyle-level.ts';
export { findingFingerprint, FingerprintDeduper } from './fingerprint.ts';
export { parseUnifiedDiff } from './diff.ts';
export { computeDiffCoverage } from './diff-coverage.ts';
export type { DiffCoverage, DiffCoverageOptions, FileDiffCoverage } from './diff-coverage.ts';
