import { gzipSync } from 'node:zlib';
import type { TrivyFinding } from './findings.ts';
import { bySeverity } from './policy.ts';
import type { Severity } from './severity.ts';

/** GitHub's code-scanning upload limits (docs: "SARIF support for code scanning"). */
export const SARIF_LIMITS = {
  resultsPerRun: 25_000,
  runsPerFile: 20,
  gzippedBytes: 10 * 1024 * 1024,
} as const;

export interface SarifOptions {
  /** Distinguishes this analysis from others on the same commit (`runAutomationDetails.id`). */
  category: string;
  toolVersion?: string;
  /** Where image and package findings are reported when they have no repository file. */
  artifactName?: string;
  limits?: Partial<typeof SARIF_LIMITS>;
}

export interface SarifConversion {
  log: SarifLog;
  /** The JSON as written, so its size is the size that was checked. */
  json: string;
  gzippedBytes: number;
  kept: number;
  /** Findings left out to stay within the limits, least severe first. */
  cut: number;
}

export interface SarifLog {
  $schema: string;
  version: '2.1.0';
  runs: SarifRun[];
}

interface SarifMessage {
  text: string;
  markdown?: string;
}

export interface SarifRule {
  id: string;
  name: string;
  shortDescription: SarifMessage;
  fullDescription: SarifMessage;
  helpUri?: string;
  help: SarifMessage;
  defaultConfiguration: { level: 'error' | 'warning' | 'note' };
  properties: { 'security-severity': string; tags: string[]; precision: string };
}

export interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: 'error' | 'warning' | 'note';
  message: SarifMessage;
  locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region: { startLine: number; endLine: number } }; message: SarifMessage }[];
  partialFingerprints: Record<string, string>;
}

export interface SarifRun {
  tool: { driver: { name: string; informationUri: string; version?: string; rules: SarifRule[] } };
  automationDetails: { id: string };
  results: SarifResult[];
  invocations: { executionSuccessful: boolean; toolExecutionNotifications: { level: 'warning' | 'note'; message: SarifMessage }[] }[];
  properties?: Record<string, unknown>;
}

const LEVEL: Record<Severity, SarifResult['level']> = { CRITICAL: 'error', HIGH: 'error', MEDIUM: 'warning', LOW: 'note', UNKNOWN: 'note' };

/** A relative URI for a target: images and OS names become their name, paths stay paths. */
function locationUri(finding: TrivyFinding, artifactName: string | undefined): string {
  const raw = finding.file ?? (finding.resultClass === 'os-pkgs' ? artifactName ?? finding.target.replace(/ \(.*\)$/, '') : finding.target.replace(/ \(.*\)$/, ''));
  const cleaned = raw.replace(/^\.?\/+/, '').replace(/\\/g, '/') || artifactName || 'trivy-target';
  return encodeURI(cleaned);
}

function ruleName(id: string): string {
  const name = id.replace(/[^A-Za-z0-9]+/g, ' ').trim().split(' ').map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('');
  return name === '' ? 'TrivyFinding' : name;
}

function message(finding: TrivyFinding): string {
  if (finding.kind === 'vulnerability') {
    const pkg = finding.pkgName ? `Package: ${finding.pkgName}\nInstalled version: ${finding.installedVersion ?? ''}\nFixed version: ${finding.fixedVersion ?? 'none'}\n` : '';
    return `${finding.id} (${finding.severity}): ${finding.title}\n${pkg}Target: ${finding.target}`;
  }
  return `${finding.id} (${finding.severity}): ${finding.title}${finding.description ? `\n${finding.description}` : ''}\nTarget: ${finding.target}`;
}

function build(findings: readonly TrivyFinding[], cut: number, total: number, options: SarifOptions, resultLimit: number): SarifLog {
  const rules: SarifRule[] = [];
  const index = new Map<string, number>();
  const results: SarifResult[] = [];
  for (const finding of findings) {
    const ruleId = finding.id;
    let ruleIndex = index.get(ruleId);
    const score = finding.score.toFixed(1);
    if (ruleIndex === undefined) {
      ruleIndex = rules.length;
      index.set(ruleId, ruleIndex);
      const text = finding.description ?? finding.title;
      const rule: SarifRule = {
        id: ruleId,
        name: ruleName(ruleId),
        shortDescription: { text: finding.title },
        fullDescription: { text },
        help: { text: `${text}${finding.url ? `\n${finding.url}` : ''}`, markdown: `**${finding.kind} ${ruleId}** (${finding.severity})\n\n${text}${finding.url ? `\n\n[${finding.url}](${finding.url})` : ''}` },
        defaultConfiguration: { level: LEVEL[finding.severity] },
        properties: { 'security-severity': score, tags: ['security', finding.kind, finding.severity], precision: 'very-high' },
      };
      if (finding.url) rule.helpUri = finding.url;
      rules.push(rule);
    } else {
      // GitHub reads the rule's security-severity, so it carries the highest score seen for that rule.
      const rule = rules[ruleIndex];
      if (rule && Number(rule.properties['security-severity']) < finding.score) rule.properties['security-severity'] = score;
    }
    const startLine = finding.startLine ?? 1;
    results.push({
      ruleId,
      ruleIndex,
      level: LEVEL[finding.severity],
      message: { text: message(finding) },
      locations: [
        {
          physicalLocation: { artifactLocation: { uri: locationUri(finding, options.artifactName), uriBaseId: 'ROOTPATH' }, region: { startLine, endLine: Math.max(startLine, finding.endLine ?? startLine) } },
          message: { text: finding.target || 'scan target' },
        },
      ],
      partialFingerprints: { 'trivyFingerprint/v1': finding.fingerprint },
    });
  }
  const notifications: SarifRun['invocations'][number]['toolExecutionNotifications'] = [];
  if (cut > 0) {
    notifications.push({
      level: 'warning',
      message: { text: `${cut} of ${total} findings were left out of this SARIF file to stay within GitHub's limits (${resultLimit.toLocaleString('en-US')} results per run, 10 MB gzipped); the most severe were kept. The job summary and the JSON report list all of them.` },
    });
  }
  const driver: SarifRun['tool']['driver'] = { name: 'Trivy', informationUri: 'https://github.com/aquasecurity/trivy', rules };
  if (options.toolVersion) driver.version = options.toolVersion;
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver },
        automationDetails: { id: `${options.category.replace(/\/+$/, '')}/` },
        results,
        invocations: [{ executionSuccessful: true, toolExecutionNotifications: notifications }],
        properties: { 'pipeline/findings-total': total, 'pipeline/findings-cut': cut },
      },
    ],
  };
}

/**
 * Converts findings to one SARIF run that GitHub accepts: at most 25,000 results, most
 * severe first, and under 10 MB gzipped (shrinking the kept set until it fits), with the
 * number left out said in the run's notifications.
 */
export function toSarif(findings: readonly TrivyFinding[], options: SarifOptions): SarifConversion {
  const limits = { ...SARIF_LIMITS, ...options.limits };
  const ordered = [...findings].sort(bySeverity);
  let keep = Math.min(ordered.length, limits.resultsPerRun);
  for (;;) {
    const log = build(ordered.slice(0, keep), ordered.length - keep, ordered.length, options, limits.resultsPerRun);
    const json = JSON.stringify(log);
    // Level 1 is several times faster than the upload's default level and never compresses better,
    // so a file that fits here fits when uploaded.
    const gzippedBytes = gzipSync(json, { level: 1 }).length;
    if (gzippedBytes <= limits.gzippedBytes || keep === 0) {
      return { log, json, gzippedBytes, kept: keep, cut: ordered.length - keep };
    }
    // Shrink in proportion to the overshoot, with a margin, so it converges in a few passes.
    keep = Math.floor((keep * limits.gzippedBytes * 0.9) / gzippedBytes);
  }
}
