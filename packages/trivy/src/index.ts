export { parseTrivyJson } from './report.ts';
export type { TrivyCvss, TrivyLicense, TrivyMisconfiguration, TrivyModifiedFinding, TrivyReport, TrivyResult, TrivySecret, TrivyVulnerability } from './report.ts';
export { extractFindings, fingerprintOf } from './findings.ts';
export type { ExtractedFindings, FindingKind, TrivyFinding } from './findings.ts';
export { SEVERITIES, SEVERITY_SCORE, parseSeverity, severityRank, toSeverity } from './severity.ts';
export type { Severity } from './severity.ts';
export { isExpired, parseIgnoreFile, parsePlainIgnore, parseYamlIgnore, ruleMatches } from './ignore.ts';
export type { IgnoreRule } from './ignore.ts';
export { parseOpenVex, vexFor } from './vex.ts';
export type { VexStatement, VexStatus } from './vex.ts';
export { bySeverity, evaluatePolicy, parseSlaDays } from './policy.ts';
export type { PolicyOptions, PolicyResult, SlaBreach, Suppressed, SuppressionReason } from './policy.ts';
export { SARIF_LIMITS, toSarif } from './sarif.ts';
export type { SarifConversion, SarifLog, SarifOptions, SarifResult, SarifRule, SarifRun } from './sarif.ts';
export { ChecksumMismatchError, DEFAULT_TRIVY_VERSION, GITHUB_RELEASES_URL, TRIVY_CHECKSUMS, installTrivy, releaseAssetUrl, sha256File, trivyPlatform } from './install.ts';
export type { ChecksumTable, InstallOptions, Installed, ToolCache, TrivyPlatform } from './install.ts';
export {
  DEFAULT_DB_REPOSITORIES,
  SCANNERS,
  SCAN_TYPES,
  classifyTrivyError,
  convertReport,
  hasVulnDb,
  needsVulnDb,
  runScan,
  scanArgs,
  updateVulnDb,
  validateImageRef,
  vulnDbCurrentUntil,
} from './run.ts';
export type { DbOptions, ScanOptions, ScanRequest, ScanType, Scanner, TrivyFailureKind } from './run.ts';
