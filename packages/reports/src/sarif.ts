import { ConfigurationError } from '@pipeline/core';
import { findingFingerprint, FingerprintDeduper } from './fingerprint.ts';
import { describeJson, isRecord, parseJsonReport, readAllText } from './istanbul.ts';
import type { Finding, FindingLevel, FindingsReport, ParseContext } from './model.ts';
import { normalizeReportPath } from './normalize-path.ts';
import type { ReportInput } from './xml/reader.ts';

type Json = Record<string, unknown>;

/** Everything a result may refer to by index or id, collected once per run. */
interface RunContext {
  tool: string;
  driverRules: unknown[];
  extensionRules: unknown[][];
  rulesById: Map<string, Json> | undefined;
  artifacts: unknown[];
  baseIds: Json;
  /** Resolved file by uriBaseId ('' for none), then uri: logs name the same few files thousands of times. */
  files: Map<string, Map<string, string | undefined>>;
  path: string;
}

/**
 * Parses a SARIF 2.1.0 log into findings, one per result, over every run.
 *
 * - tool: `runs[].tool.driver.name`.
 * - rule: `result.rule.toolComponent.index` picks an extension's rules (CodeQL
 *   query packs), else the driver's; then `ruleIndex`/`rule.index`, else the id.
 * - level: the result's, else the rule's `defaultConfiguration.level`, else
 *   'warning'; 'none' becomes 'note'.
 * - message: `message.text`, else `message.id` looked up in the rule's
 *   `messageStrings`, with `{0}`-style arguments filled in.
 * - location: the first physical location; `uriBaseId` is resolved through
 *   `run.originalUriBaseIds` when that chain ends in a `file://` URI, otherwise the
 *   URI is taken as repository-relative (how %SRCROOT% is used in practice).
 * - fingerprint: `partialFingerprints.primaryLocationLineHash`, else all partial
 *   fingerprints, else `fingerprints`, else the message; always combined with tool,
 *   rule and file (a line hash alone is the same for two rules on one line), and
 *   never with the line number.
 * - securitySeverity: `properties["security-severity"]` of the result or its rule.
 *
 * Results that are not problems are left out, as GitHub code scanning does:
 * `kind` 'pass' or 'notApplicable', results suppressed in source or by an
 * accepted suppression (ESLint's formatter emits disabled rules that way), and
 * `baselineState: 'absent'` (fixed since the baseline).
 */
export async function parseSarif(input: ReportInput, ctx: ParseContext): Promise<FindingsReport> {
  const log = parseJsonReport(await readAllText(input), ctx, 'a SARIF 2.1.0 log');
  if (!isRecord(log)) throw invalid(ctx, '', `the top level is ${describeJson(log)}, expected a SARIF log object`);
  const version = log['version'];
  if (version !== undefined && (typeof version !== 'string' || !version.startsWith('2.1'))) {
    throw invalid(ctx, 'version', `is ${describeJson(version)}; only SARIF 2.1.0 is supported (convert older logs with the SARIF multitool)`);
  }
  const runs = log['runs'];
  // The schema allows `runs: null` for a tool that could not even start.
  if (runs === null || runs === undefined) return { kind: 'findings', format: 'sarif', source: ctx.source, findings: [] };
  if (!Array.isArray(runs)) throw invalid(ctx, 'runs', `is ${describeJson(runs)}, expected an array of runs`);

  const findings: Finding[] = [];
  const deduper = new FingerprintDeduper();
  runs.forEach((run: unknown, runIndex) => {
    const path = `runs[${runIndex}]`;
    if (!isRecord(run)) throw invalid(ctx, path, `is ${describeJson(run)}, expected a run object`);
    const results = run['results'];
    if (results === undefined || results === null) return;
    if (!Array.isArray(results)) throw invalid(ctx, `${path}.results`, `is ${describeJson(results)}, expected an array of results`);
    if (results.length === 0) return;
    const context = runContext(run, path, ctx);
    for (let index = 0; index < results.length; index += 1) {
      const finding = toFinding(results[index], context, `${path}.results[${index}]`, ctx);
      if (finding === undefined) continue;
      finding.fingerprint = deduper.unique(finding.fingerprint);
      findings.push(finding);
    }
  });
  return { kind: 'findings', format: 'sarif', source: ctx.source, findings };
}

function runContext(run: Json, path: string, ctx: ParseContext): RunContext {
  const tool = run['tool'];
  const driver = isRecord(tool) ? tool['driver'] : undefined;
  if (!isRecord(driver)) throw invalid(ctx, `${path}.tool.driver`, `is ${describeJson(driver)}, expected the tool component that produced the run`);
  const name = driver['name'];
  const extensions = isRecord(tool) && Array.isArray(tool['extensions']) ? tool['extensions'] : [];
  return {
    // A nameless driver violates the schema but its results are still worth showing.
    tool: typeof name === 'string' && name.trim() !== '' ? name : 'unknown tool',
    driverRules: Array.isArray(driver['rules']) ? driver['rules'] : [],
    extensionRules: extensions.map((extension: unknown) => (isRecord(extension) && Array.isArray(extension['rules']) ? extension['rules'] : [])),
    rulesById: undefined,
    artifacts: Array.isArray(run['artifacts']) ? run['artifacts'] : [],
    baseIds: isRecord(run['originalUriBaseIds']) ? run['originalUriBaseIds'] : {},
    files: new Map(),
    path,
  };
}

function toFinding(raw: unknown, run: RunContext, path: string, ctx: ParseContext): Finding | undefined {
  if (!isRecord(raw)) throw invalid(ctx, path, `is ${describeJson(raw)}, expected a result object`);
  const kind = raw['kind'];
  if (kind === 'pass' || kind === 'notApplicable') return undefined;
  if (isSuppressed(raw['suppressions']) || raw['baselineState'] === 'absent') return undefined;

  const reference = isRecord(raw['rule']) ? raw['rule'] : undefined;
  const rule = findRule(raw, reference, run);
  const ruleId = stringOr(raw['ruleId']) ?? stringOr(reference?.['id']) ?? stringOr(rule?.['id']) ?? '(no rule)';
  const finding: Finding = {
    tool: run.tool,
    ruleId,
    level: levelOf(raw, rule, kind),
    message: messageOf(raw['message'], rule, ruleId),
    fingerprint: '',
  };

  const location = firstPhysicalLocation(raw['locations']);
  if (location !== undefined) {
    const file = resolveFile(location['artifactLocation'], run, ctx);
    if (file !== undefined) finding.file = file;
    const region = location['region'];
    if (isRecord(region)) {
      const startLine = positive(region['startLine']);
      if (startLine !== undefined) {
        finding.line = startLine;
        const endLine = positive(region['endLine']);
        if (endLine !== undefined) finding.endLine = endLine;
        const column = positive(region['startColumn']);
        if (column !== undefined) finding.column = column;
        const endColumn = positive(region['endColumn']);
        if (endColumn !== undefined) finding.endColumn = endColumn;
      }
    }
  }

  finding.fingerprint = findingFingerprint({
    tool: run.tool,
    ruleId,
    file: finding.file,
    identity: identityOf(raw) ?? `message:${finding.message}`,
  });
  const severity = securitySeverity(raw['properties']) ?? securitySeverity(rule?.['properties']);
  if (severity !== undefined) finding.securitySeverity = severity;
  return finding;
}

function isSuppressed(suppressions: unknown): boolean {
  if (!Array.isArray(suppressions)) return false;
  // A suppression is in force unless its status says it is still under review or was rejected.
  return suppressions.some((suppression: unknown) => {
    const status = isRecord(suppression) ? suppression['status'] : undefined;
    return status === undefined || status === 'accepted';
  });
}

function findRule(result: Json, reference: Json | undefined, run: RunContext): Json | undefined {
  const component = reference?.['toolComponent'];
  const componentIndex = isRecord(component) ? component['index'] : undefined;
  const rules = typeof componentIndex === 'number' ? (run.extensionRules[componentIndex] ?? []) : run.driverRules;
  const index = typeof result['ruleIndex'] === 'number' ? result['ruleIndex'] : reference?.['index'];
  if (typeof index === 'number') {
    const rule = rules[index];
    if (isRecord(rule)) return rule;
  }
  const id = stringOr(result['ruleId']) ?? stringOr(reference?.['id']);
  if (id === undefined) return undefined;
  run.rulesById ??= indexRules(run);
  // Hierarchical ids ("CA2101/1") name a rule by their first component too.
  return run.rulesById.get(id) ?? run.rulesById.get(id.split('/')[0] ?? id);
}

function indexRules(run: RunContext): Map<string, Json> {
  const byId = new Map<string, Json>();
  for (const rules of [run.driverRules, ...run.extensionRules]) {
    for (const rule of rules) {
      if (isRecord(rule) && typeof rule['id'] === 'string' && !byId.has(rule['id'])) byId.set(rule['id'], rule);
    }
  }
  return byId;
}

function levelOf(result: Json, rule: Json | undefined, kind: unknown): FindingLevel {
  const own = result['level'];
  if (typeof own === 'string') return toLevel(own);
  // Per SARIF §3.27.10 a result of any kind other than 'fail' defaults to 'none'.
  if (kind !== undefined && kind !== 'fail') return 'note';
  const configuration = rule?.['defaultConfiguration'];
  const level = isRecord(configuration) ? configuration['level'] : undefined;
  return typeof level === 'string' ? toLevel(level) : 'warning';
}

function toLevel(level: string): FindingLevel {
  if (level === 'error') return 'error';
  if (level === 'warning') return 'warning';
  return 'note';
}

function messageOf(message: unknown, rule: Json | undefined, ruleId: string): string {
  if (!isRecord(message)) return ruleId;
  const args = Array.isArray(message['arguments']) ? message['arguments'] : [];
  const text = stringOr(message['text']) ?? stringOr(message['markdown']);
  if (text !== undefined) return fillArguments(text, args);
  const id = stringOr(message['id']);
  const strings = rule?.['messageStrings'];
  const template = id !== undefined && isRecord(strings) ? strings[id] : undefined;
  if (isRecord(template)) {
    const resolved = stringOr(template['text']) ?? stringOr(template['markdown']);
    if (resolved !== undefined) return fillArguments(resolved, args);
  }
  return id ?? ruleId;
}

/** SARIF §3.11.5: "{n}" takes argument n; "{{" and "}}" are literal braces. */
function fillArguments(template: string, args: unknown[]): string {
  if (!template.includes('{')) return template;
  return template.replace(/\{\{|\}\}|\{(\d+)\}/g, (match, index: string | undefined) => {
    if (index === undefined) return match[0] ?? '';
    const value = args[Number(index)];
    return value === undefined ? match : String(value);
  });
}

function firstPhysicalLocation(locations: unknown): Json | undefined {
  if (!Array.isArray(locations)) return undefined;
  for (const location of locations) {
    const physical = isRecord(location) ? location['physicalLocation'] : undefined;
    if (isRecord(physical)) return physical;
  }
  return undefined;
}

function resolveFile(artifactLocation: unknown, run: RunContext, ctx: ParseContext): string | undefined {
  if (!isRecord(artifactLocation)) return undefined;
  let uri = stringOr(artifactLocation['uri']);
  let baseId = stringOr(artifactLocation['uriBaseId']);
  const index = artifactLocation['index'];
  if (uri === undefined && typeof index === 'number') {
    // The location may only point at run.artifacts, which then holds the URI.
    const artifact = run.artifacts[index];
    const location = isRecord(artifact) ? artifact['location'] : undefined;
    if (isRecord(location)) {
      uri = stringOr(location['uri']);
      baseId = stringOr(location['uriBaseId']);
    }
  }
  if (uri === undefined || uri === '') return undefined;
  let byUri = run.files.get(baseId ?? '');
  if (byUri === undefined) {
    byUri = new Map();
    run.files.set(baseId ?? '', byUri);
  }
  const cached = byUri.get(uri);
  if (cached !== undefined || byUri.has(uri)) return cached;
  const file = resolveUri(uri, baseId, run, ctx);
  byUri.set(uri, file);
  return file;
}

function resolveUri(uri: string, baseId: string | undefined, run: RunContext, ctx: ParseContext): string | undefined {
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(uri)?.[1]?.toLowerCase();
  if (scheme !== undefined && scheme.length > 1) {
    // Absolute URI: only file:// names a file in the checkout.
    return scheme === 'file' ? normalizeReportPath(uri, ctx) : undefined;
  }
  const base = baseId === undefined ? undefined : resolveBase(baseId, run.baseIds, 0);
  if (base !== undefined) return normalizeReportPath(joinUri(base, uri), ctx);
  return normalizeReportPath(decodeUri(uri), ctx);
}

/** Follows a uriBaseId chain to an absolute file:// URI, if it ends in one. */
function resolveBase(id: string, baseIds: Json, depth: number): string | undefined {
  const entry = baseIds[id];
  if (!isRecord(entry) || depth > 8) return undefined;
  const uri = stringOr(entry['uri']);
  const parent = stringOr(entry['uriBaseId']);
  if (parent !== undefined) {
    const base = resolveBase(parent, baseIds, depth + 1);
    return base === undefined ? undefined : joinUri(base, uri ?? '');
  }
  return uri !== undefined && uri.toLowerCase().startsWith('file:') ? uri : undefined;
}

function joinUri(base: string, relative: string): string {
  if (relative === '') return base;
  return base.endsWith('/') ? `${base}${relative}` : `${base}/${relative}`;
}

function decodeUri(uri: string): string {
  if (!uri.includes('%')) return uri;
  try {
    return decodeURIComponent(uri);
  } catch {
    return uri;
  }
}

/** What the producer offers as the result's identity, most specific first. */
function identityOf(result: Json): string | undefined {
  const partial = result['partialFingerprints'];
  if (isRecord(partial)) {
    const lineHash = partial['primaryLocationLineHash'];
    if (typeof lineHash === 'string' && lineHash !== '') return `primaryLocationLineHash:${lineHash}`;
    const joined = joinFingerprints(partial);
    if (joined !== undefined) return `partial:${joined}`;
  }
  const full = result['fingerprints'];
  if (isRecord(full)) {
    const joined = joinFingerprints(full);
    if (joined !== undefined) return `full:${joined}`;
  }
  return undefined;
}

function joinFingerprints(fingerprints: Json): string | undefined {
  const entries = Object.entries(fingerprints)
    .filter((entry): entry is [string, string] => typeof entry[1] === 'string')
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  if (entries.length === 0) return undefined;
  return entries.map(([key, value]) => `${key}=${value}`).join('\n');
}

function securitySeverity(properties: unknown): number | undefined {
  if (!isRecord(properties)) return undefined;
  const raw = properties['security-severity'];
  const value = typeof raw === 'number' ? raw : typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : Number.NaN;
  return Number.isFinite(value) && value >= 0 && value <= 10 ? value : undefined;
}

function positive(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 ? value : undefined;
}

function stringOr(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function invalid(ctx: ParseContext, path: string, problem: string): ConfigurationError {
  const where = path === '' ? '' : ` ${path}`;
  return new ConfigurationError(`${ctx.source} is not valid SARIF 2.1.0:${where} ${problem}.`, { file: ctx.source });
}
