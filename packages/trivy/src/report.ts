import { ConfigurationError } from '@pipeline/core';

/**
 * Trivy's JSON report, SchemaVersion 2 (pkg/types/report.go). Every field is optional:
 * Trivy omits empty ones, and older or newer releases add and drop them.
 */
export interface TrivyCvss {
  V2Vector?: string;
  V3Vector?: string;
  V40Vector?: string;
  V2Score?: number;
  V3Score?: number;
  V40Score?: number;
}

export interface TrivyVulnerability {
  VulnerabilityID?: string;
  PkgID?: string;
  PkgName?: string;
  PkgPath?: string;
  PkgIdentifier?: { PURL?: string; UID?: string; BOMRef?: string };
  InstalledVersion?: string;
  FixedVersion?: string;
  Status?: string;
  SeveritySource?: string;
  PrimaryURL?: string;
  Fingerprint?: string;
  Title?: string;
  Description?: string;
  Severity?: string;
  CweIDs?: string[];
  CVSS?: Record<string, TrivyCvss>;
  PublishedDate?: string;
  LastModifiedDate?: string;
}

export interface TrivyCodeLine {
  Number?: number;
  Content?: string;
  IsCause?: boolean;
}

export interface TrivyMisconfiguration {
  Type?: string;
  ID?: string;
  AVDID?: string;
  Title?: string;
  Description?: string;
  Message?: string;
  Resolution?: string;
  Severity?: string;
  PrimaryURL?: string;
  Status?: string;
  CauseMetadata?: { Resource?: string; Provider?: string; Service?: string; StartLine?: number; EndLine?: number; Code?: { Lines?: TrivyCodeLine[] } };
}

export interface TrivySecret {
  RuleID?: string;
  Category?: string;
  Severity?: string;
  Title?: string;
  StartLine?: number;
  EndLine?: number;
  Match?: string;
}

export interface TrivyLicense {
  Severity?: string;
  Category?: string;
  PkgName?: string;
  FilePath?: string;
  Name?: string;
  Confidence?: number;
  Link?: string;
}

export interface TrivyModifiedFinding {
  Type?: string;
  Status?: string;
  Statement?: string;
  Source?: string;
  Finding?: TrivyVulnerability & TrivyMisconfiguration & TrivySecret & TrivyLicense;
}

export interface TrivyResult {
  Target?: string;
  Class?: string;
  Type?: string;
  MisconfSummary?: { Successes?: number; Failures?: number };
  Vulnerabilities?: TrivyVulnerability[];
  Misconfigurations?: TrivyMisconfiguration[];
  Secrets?: TrivySecret[];
  Licenses?: TrivyLicense[];
  ExperimentalModifiedFindings?: TrivyModifiedFinding[];
}

export interface TrivyReport {
  SchemaVersion?: number;
  Trivy?: { Version?: string };
  CreatedAt?: string;
  ArtifactName?: string;
  ArtifactType?: string;
  Metadata?: { ImageID?: string; RepoDigests?: string[]; OS?: { Family?: string; Name?: string } };
  Results?: TrivyResult[];
}

/**
 * Parses a Trivy JSON report. A truncated or otherwise broken file (Trivy killed by a
 * timeout, a full disk) is the user's to fix, so it is a ConfigurationError naming the file.
 */
export function parseTrivyJson(text: string, source: string): TrivyReport {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const hint = text.trim() === '' ? 'the file is empty' : `it is not complete JSON (${detail}); Trivy may have been stopped before it finished writing`;
    throw new ConfigurationError(`Trivy report '${source}' cannot be read: ${hint}.`, { file: source, cause: error });
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ConfigurationError(`Trivy report '${source}' is not a JSON object; expected Trivy's '--format json' output.`, { file: source });
  }
  const report = value as TrivyReport;
  if (report.SchemaVersion !== undefined && report.SchemaVersion !== 2) {
    throw new ConfigurationError(`Trivy report '${source}' has SchemaVersion ${String(report.SchemaVersion)}; only SchemaVersion 2 (Trivy 0.20 and later) is supported.`, { file: source });
  }
  if (report.Results !== undefined && !Array.isArray(report.Results)) {
    throw new ConfigurationError(`Trivy report '${source}' has a 'Results' field that is not a list.`, { file: source });
  }
  return report;
}
