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
export type { ReadReportOptions, ReportParser } from './read.ts';
export { detectFormat, describeContent, isReportFormat, REPORT_FORMATS } from './detect.ts';
export { normalizeReportPath } from './normalize-path.ts';
export { DEFAULT_MAX_REPORT_BYTES, DETAILS_CAP, XmlReader } from './xml/reader.ts';
export type { ReportInput, XmlHandler, XmlParseOptions, XmlReadOptions } from './xml/reader.ts';

export { parseJunit } from './junit.ts';
export { parseCobertura } from './cobertura.ts';
export type { CoberturaParseOptions } from './cobertura.ts';
export { parseJacoco } from './jacoco.ts';
export { parseCheckstyle, checkstyleLevel } from './checkstyle.ts';

export { parseLcov } from './lcov.ts';
export { parseIstanbulFinal, parseIstanbulSummary } from './istanbul.ts';
export { parseSarif } from './sarif.ts';
export { parseK6 } from './k6.ts';
export { parseLocust } from './locust.ts';
export { findingFingerprint, FingerprintDeduper } from './fingerprint.ts';
export { parseUnifiedDiff } from './diff.ts';
export { computeDiffCoverage } from './diff-coverage.ts';
export type { DiffCoverage, DiffCoverageOptions, FileDiffCoverage } from './diff-coverage.ts';
