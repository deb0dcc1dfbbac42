import { ConfigurationError } from '@pipeline/core';
import { findingFingerprint, FingerprintDeduper } from './fingerprint.ts';
import { describeJson, isRecord, parseJsonReport } from './istanbul.ts';
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
  /** Resolved files: logs name the same few files thousands of times. */
  files: FileCache;
  severities: Map<Json, number | undefined>;
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
 *
 * The log is not materialised whole: see the scanner below.
 */
export async function parseSarif(input: ReportInput, ctx: ParseContext): Promise<FindingsReport> {
  const bytes = await readAllBytes(input);
  try {
    return fromScanned(bytes, scanLog(bytes, true), ctx);
  } catch (error) {
    // A guessed boundary was wrong (see JsonCursor.spans), or the document is one the scanner cannot follow.
    if (!(error instanceof WrongGuess) && !(error instanceof MalformedJson)) throw error;
  }
  let scanned: ScannedLog;
  try {
    scanned = scanLog(bytes, false);
  } catch (error) {
    if (!(error instanceof MalformedJson)) throw error;
    // JSON.parse explains what is wrong, and where; if it finds nothing wrong the
    // document is merely unusual (a layout the scanner does not follow) and is
    // read whole.
    return fromDocument(parseJsonReport(bytes.toString('utf8'), ctx, SARIF), ctx);
  }
  return fromScanned(bytes, scanned, ctx);
}

function fromScanned(bytes: Buffer, scanned: ScannedLog, ctx: ParseContext): FindingsReport {
  checkVersion(scanned.version, ctx);
  const { runs } = scanned;
  if (runs === null || runs === undefined) return report(ctx, []);
  if (!Array.isArray(runs)) throw invalid(ctx, 'runs', `is ${describeJson(runs)}, expected an array of runs`);

  const findings: Finding[] = [];
  const deduper = new FingerprintDeduper();
  runs.forEach((run, runIndex) => {
    const path = `runs[${runIndex}]`;
    if (!isScannedRun(run)) throw invalid(ctx, path, `is ${describeJson(run)}, expected a run object`);
    const { results } = run;
    if (results === undefined || results === null) return;
    if (!(results instanceof Spans)) throw invalid(ctx, `${path}.results`, `is ${describeJson(results)}, expected an array of results`);
    if (results.length === 0) return;
    const context = runContext(run.members, path, ctx);
    let index = 0;
    for (let first = 0; first < results.length;) {
      const last = results.batchEnd(first, BATCH_BYTES);
      const batch = parseBatch(bytes, results, first, last, ctx);
      for (let offset = 0; offset < batch.length; offset += 1) {
        const finding = toFinding(batch[offset], context, index + offset, ctx);
        if (finding === undefined) continue;
        finding.fingerprint = deduper.unique(finding.fingerprint);
        findings.push(finding);
      }
      index += batch.length;
      first = last + 1;
    }
  });
  return report(ctx, findings);
}

/**
 * Results are parsed 32 KiB at a time: few JSON.parse calls, never the whole
 * array at once, and a batch small enough that the young-generation collections
 * that happen while it is being converted have little of it to copy.
 */
const BATCH_BYTES = 32 * 1024;

function parseBatch(bytes: Buffer, results: Spans, first: number, last: number, ctx: ParseContext): unknown[] {
  try {
    return JSON.parse(`[${bytes.toString('utf8', results.starts[first], results.ends[last])}]`) as unknown[];
  } catch {
    if (results.guessed) throw new WrongGuess();
    // The scanner only checks structure; the exact complaint, and its line, come from a full parse.
    parseJsonReport(bytes.toString('utf8'), ctx, SARIF);
    throw invalid(ctx, `results[${first}..${last}]`, 'is not valid JSON');
  }
}

const SARIF = 'a SARIF 2.1.0 log';

function report(ctx: ParseContext, findings: Finding[]): FindingsReport {
  return { kind: 'findings', format: 'sarif', source: ctx.source, findings };
}

function checkVersion(version: unknown, ctx: ParseContext): void {
  if (version !== undefined && (typeof version !== 'string' || !version.startsWith('2.1'))) {
    throw invalid(ctx, 'version', `is ${describeJson(version)}; only SARIF 2.1.0 is supported (convert older logs with the SARIF multitool)`);
  }
}

/** The same conversion from a fully parsed document, for logs the scanner does not follow. */
function fromDocument(log: unknown, ctx: ParseContext): FindingsReport {
  if (!isRecord(log)) throw invalid(ctx, '', `the top level is ${describeJson(log)}, expected a SARIF log object`);
  checkVersion(log['version'], ctx);
  const runs = log['runs'];
  // The schema allows `runs: null` for a tool that could not even start.
  if (runs === null || runs === undefined) return report(ctx, []);
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
      const finding = toFinding(results[index], context, index, ctx);
      if (finding === undefined) continue;
      finding.fingerprint = deduper.unique(finding.fingerprint);
      findings.push(finding);
    }
  });
  return report(ctx, findings);
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
    files: new FileCache(),
    severities: new Map(),
    path,
  };
}

function toFinding(raw: unknown, run: RunContext, index: number, ctx: ParseContext): Finding | undefined {
  if (!isRecord(raw)) throw invalid(ctx, `${run.path}.results[${index}]`, `is ${describeJson(raw)}, expected a result object`);
  const kind = raw['kind'];
  if (kind === 'pass' || kind === 'notApplicable') return undefined;
  if (isSuppressed(raw['suppressions']) || raw['baselineState'] === 'absent') return undefined;

  const reference = isRecord(raw['rule']) ? raw['rule'] : undefined;
  const rule = findRule(raw, reference, run);
  const ownId = stringOr(raw['ruleId']) ?? stringOr(reference?.['id']);
  const ruleIdOfRule = stringOr(rule?.['id']);
  // The rule's own copy of the id when they agree: one string per rule rather than one per result.
  const ruleId = ownId === undefined || ownId === ruleIdOfRule ? (ruleIdOfRule ?? '(no rule)') : ownId;
  const message = messageOf(raw['message'], rule, ruleId);
  const level = levelOf(raw, rule, kind);

  let file: string | undefined;
  let line: number | undefined;
  let endLine: number | undefined;
  let column: number | undefined;
  let endColumn: number | undefined;
  const location = firstPhysicalLocation(raw['locations']);
  if (location !== undefined) {
    file = resolveFile(location['artifactLocation'], run, ctx);
    const region = location['region'];
    if (isRecord(region)) {
      line = positive(region['startLine']);
      if (line !== undefined) {
        endLine = positive(region['endLine']);
        column = positive(region['startColumn']);
        endColumn = positive(region['endColumn']);
      }
    }
  }
  const fingerprint = findingFingerprint({ tool: run.tool, ruleId, file, identity: identityOf(raw) ?? `message:${message}` });
  const severity = securitySeverity(raw['properties']) ?? ruleSeverity(rule, run);

  // Whole literals for the usual shapes: a finding then holds all its fields itself, with no
  // second allocation for properties added one by one (at 50,000 findings, that shows).
  if (file !== undefined && line !== undefined && column !== undefined && endColumn !== undefined) {
    if (endLine === undefined) {
      return severity === undefined
        ? { tool: run.tool, ruleId, level, message, fingerprint, file, line, column, endColumn }
        : { tool: run.tool, ruleId, level, message, fingerprint, file, line, column, endColumn, securitySeverity: severity };
    }
    return severity === undefined
      ? { tool: run.tool, ruleId, level, message, fingerprint, file, line, endLine, column, endColumn }
      : { tool: run.tool, ruleId, level, message, fingerprint, file, line, endLine, column, endColumn, securitySeverity: severity };
  }
  const finding: Finding = { tool: run.tool, ruleId, level, message, fingerprint };
  if (file !== undefined) finding.file = file;
  if (line !== undefined) finding.line = line;
  if (endLine !== undefined) finding.endLine = endLine;
  if (column !== undefined) finding.column = column;
  if (endColumn !== undefined) finding.endColumn = endColumn;
  if (severity !== undefined) finding.securitySeverity = severity;
  return finding;
}

/** A rule's security severity, read once per rule rather than once per result. */
function ruleSeverity(rule: Json | undefined, run: RunContext): number | undefined {
  if (rule === undefined) return undefined;
  if (run.severities.has(rule)) return run.severities.get(rule);
  const severity = securitySeverity(rule['properties']);
  run.severities.set(rule, severity);
  return severity;
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
  const files = run.files;
  const slot = files.find(uri, baseId);
  if (files.found) return files.file(slot);
  const file = resolveUri(uri, baseId, run, ctx);
  files.add(slot, uri, baseId, file);
  return file;
}

/**
 * Resolved files by (uri, uriBaseId), in an open-addressing table over typed
 * arrays. Every result brings its own fresh copy of the uri string, and a Map
 * lookup of a fresh string costs several times more than hashing it here and
 * comparing it with the one stored.
 */
class FileCache {
  /** Whether the last `find` found its key; the slot it returned then holds it, else it is where to add it. */
  found = false;
  private hashes = new Int32Array(256);
  /** Per slot: index into the entry lists plus one (0 is an empty slot). */
  private slots = new Int32Array(256);
  private readonly uris: string[] = [];
  private readonly baseIds: (string | undefined)[] = [];
  private readonly files: (string | undefined)[] = [];

  find(uri: string, baseId: string | undefined): number {
    const hash = keyHash(uri, baseId);
    const mask = this.slots.length - 1;
    let slot = hash & mask;
    for (;;) {
      const entry = this.slots[slot] ?? 0;
      if (entry === 0) break;
      if (this.hashes[slot] === hash && this.uris[entry - 1] === uri && this.baseIds[entry - 1] === baseId) {
        this.found = true;
        return slot;
      }
      slot = (slot + 1) & mask;
    }
    this.found = false;
    return slot;
  }

  file(slot: number): string | undefined {
    return this.files[(this.slots[slot] ?? 0) - 1];
  }

  /** Adds an entry at the slot `find` returned for it. */
  add(slot: number, uri: string, baseId: string | undefined, file: string | undefined): void {
    this.uris.push(uri);
    this.baseIds.push(baseId);
    this.files.push(file);
    this.slots[slot] = this.uris.length;
    this.hashes[slot] = keyHash(uri, baseId);
    // At most half full, so probe runs stay short.
    if (this.uris.length * 2 > this.slots.length) this.grow();
  }

  private grow(): void {
    const size = this.slots.length * 2;
    const mask = size - 1;
    this.hashes = new Int32Array(size);
    this.slots = new Int32Array(size);
    for (let index = 0; index < this.uris.length; index++) {
      const hash = keyHash(this.uris[index] ?? '', this.baseIds[index]);
      let slot = hash & mask;
      while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
      this.slots[slot] = index + 1;
      this.hashes[slot] = hash;
    }
  }
}

/** FNV-1a over the uri's code units, then the base id's (a base id of '' and none hash alike; `find` tells them apart). */
function keyHash(uri: string, baseId: string | undefined): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < uri.length; index++) hash = Math.imul(hash ^ uri.charCodeAt(index), 0x01000193);
  if (baseId !== undefined) for (let index = 0; index < baseId.length; index++) hash = Math.imul(hash ^ baseId.charCodeAt(index), 0x01000193);
  return hash;
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

/*
 * Reading a large log. JSON.parse of the whole document would hold every result
 * at once (for 50,000 results several times the file's size); instead a scanner
 * walks the document's structure over the raw bytes, parses the few run members
 * needed (tool, artifacts, originalUriBaseIds) and records where the results
 * start and end (each one, or runs of them; see JsonCursor.spans), and the
 * results are then parsed and converted a batch at a time. Structural
 * characters are ASCII, so scanning UTF-8 bytes is safe. The scanner only
 * follows structure: content it skips is checked for balanced brackets and
 * closed strings, every result is checked by JSON.parse, and anything the
 * scanner cannot follow falls back to JSON.parse of the whole document.
 */

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;

/** The scanner met something it cannot follow; JSON.parse then says what and where. */
class MalformedJson extends Error {}

/** A span whose end was guessed did not parse: the log is read again with every boundary found exactly. */
class WrongGuess extends Error {}

/**
 * Byte offsets of the elements of an array that is not parsed here. A span is
 * one element, or, where boundaries were guessed, a comma-separated run of them.
 */
class Spans {
  readonly starts: number[] = [];
  readonly ends: number[] = [];
  /** Whether some span ends where a boundary was guessed rather than found. */
  guessed = false;
  get length(): number {
    return this.starts.length;
  }

  /** The last element from `first` on that keeps the run of elements within `bytes` (at least one element). */
  batchEnd(first: number, bytes: number): number {
    const start = this.starts[first] as number;
    let last = first;
    while (last + 1 < this.ends.length && (this.ends[last + 1] as number) - start <= bytes) last += 1;
    return last;
  }
}

interface ScannedRun {
  /** The run members that give results their context, parsed. */
  members: Json;
  /** results: absent, null, the element spans, or whatever else it is (an error). */
  results: Spans | unknown;
}

interface ScannedLog {
  version: unknown;
  runs: (ScannedRun | unknown)[] | unknown;
}

const RUN_MEMBERS = new Set(['tool', 'artifacts', 'originalUriBaseIds']);

/** A member named "results", as raw bytes. */
const RESULTS_KEY = Buffer.from('"results"');

function isScannedRun(value: unknown): value is ScannedRun {
  return typeof value === 'object' && value !== null && 'members' in value && isRecord((value as ScannedRun).members);
}

async function readAllBytes(input: ReportInput): Promise<Buffer> {
  let bytes: Buffer;
  if (typeof input === 'string') {
    bytes = Buffer.from(input, 'utf8');
  } else {
    const chunks: Buffer[] = [];
    let total = 0;
    for await (const chunk of input) {
      const piece = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
      chunks.push(piece);
      total += piece.length;
    }
    bytes = chunks.length === 1 && chunks[0] !== undefined ? chunks[0] : Buffer.concat(chunks, total);
  }
  // A UTF-8 byte-order mark is not JSON.
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
}

function scanLog(bytes: Buffer, guess: boolean): ScannedLog {
  const cursor = new JsonCursor(bytes, guess);
  const log: ScannedLog = { version: undefined, runs: undefined };
  cursor.enter(OPEN_OBJECT);
  if (!cursor.empty(CLOSE_OBJECT)) {
    do {
      const key = cursor.key();
      if (key === 'version') log.version = cursor.value();
      else if (key === 'runs') log.runs = cursor.at(OPEN_ARRAY) ? scanRuns(cursor) : cursor.value();
      else cursor.skip();
    } while (cursor.next(CLOSE_OBJECT));
  }
  cursor.end();
  return log;
}

function scanRuns(cursor: JsonCursor): (ScannedRun | unknown)[] {
  const runs: (ScannedRun | unknown)[] = [];
  cursor.enter(OPEN_ARRAY);
  if (cursor.empty(CLOSE_ARRAY)) return runs;
  do {
    if (!cursor.at(OPEN_OBJECT)) {
      runs.push(cursor.value());
      continue;
    }
    const run: ScannedRun = { members: {}, results: undefined };
    cursor.enter(OPEN_OBJECT);
    if (!cursor.empty(CLOSE_OBJECT)) {
      do {
        const key = cursor.key();
        if (key === 'results') run.results = cursor.at(OPEN_ARRAY) ? cursor.spans() : cursor.value();
        else if (RUN_MEMBERS.has(key)) run.members[key] = cursor.value();
        else cursor.skip();
      } while (cursor.next(CLOSE_OBJECT));
    }
    runs.push(run);
  } while (cursor.next(CLOSE_ARRAY));
  return runs;
}

function skipBlanks(bytes: Buffer, from: number): number {
  let position = from;
  while (position < bytes.length) {
    const byte = bytes[position];
    if (byte !== 0x20 && byte !== 0x0a && byte !== 0x0d && byte !== 0x09) break;
    position += 1;
  }
  return position;
}

/** A forward-only reader of a JSON document's structure over its UTF-8 bytes. */
class JsonCursor {
  private readonly bytes: Buffer;
  private readonly guess: boolean;
  private position = 0;
  /** Closing bracket expected at each depth ('[' + 2 is ']', '{' + 2 is '}'). */
  private expected: Uint8Array = new Uint8Array(64);

  constructor(bytes: Buffer, guess: boolean) {
    this.bytes = bytes;
    this.guess = guess;
  }

  /** Whether the next value starts with `byte`. */
  at(byte: number): boolean {
    this.whitespace();
    return this.bytes[this.position] === byte;
  }

  enter(open: number): void {
    if (!this.at(open)) throw new MalformedJson();
    this.position += 1;
  }

  /** True (and consumed) when the container just entered closes at once. */
  empty(close: number): boolean {
    if (!this.at(close)) return false;
    this.position += 1;
    return true;
  }

  /** After a member or element: true when a comma announces another, false when `close` ends the container. */
  next(close: number): boolean {
    this.whitespace();
    const byte = this.bytes[this.position];
    this.position += 1;
    if (byte === COMMA) return true;
    if (byte === close) return false;
    throw new MalformedJson();
  }

  /** Reads a member name and its colon. */
  key(): string {
    if (!this.at(QUOTE)) throw new MalformedJson();
    const start = this.position;
    const end = this.stringEnd(start);
    this.position = end;
    if (!this.at(COLON)) throw new MalformedJson();
    this.position += 1;
    for (let index = start + 1; index < end - 1; index += 1) {
      if (this.bytes[index] === BACKSLASH) return JSON.parse(this.bytes.toString('utf8', start, end)) as string;
    }
    return this.bytes.toString('utf8', start + 1, end - 1);
  }

  /** Parses the next value. */
  value(): unknown {
    this.whitespace();
    const start = this.position;
    const end = this.valueEnd(start);
    this.position = end;
    try {
      return JSON.parse(this.bytes.toString('utf8', start, end)) as unknown;
    } catch {
      throw new MalformedJson();
    }
  }

  skip(): void {
    this.whitespace();
    this.position = this.valueEnd(this.position);
  }

  /**
   * Records where each element of the array that starts here begins and ends.
   *
   * Finding every boundary means reading every byte of every result, which is
   * most of the scanner's work. When allowed to guess, it reads only the first
   * element exactly and learns the bytes between it and the second one, from the
   * first's closing brace to the second's first member name (`},{"ruleId":`, or
   * the same with a pretty-printer's line breaks and indentation). Writers repeat
   * that exactly between results, so it then jumps a batch's worth of bytes and
   * searches for the next occurrence, natively. Only the last stretch is read
   * exactly, to find where the array ends.
   *
   * A guess is checked when its span is parsed: a span that ends anywhere but
   * between two elements (inside a nested array of objects, inside a string)
   * leaves a bracket or a string open, so JSON.parse rejects it and the log is
   * read again without guessing. Guessing is only tried when no later array
   * could be named "results" either, so a search can never run into the results
   * of another run.
   */
  spans(): Spans {
    const spans = new Spans();
    this.enter(OPEN_ARRAY);
    if (this.empty(CLOSE_ARRAY)) return spans;
    const bytes = this.bytes;
    let guessing = this.guess && bytes.indexOf(RESULTS_KEY, this.position) === -1;
    do {
      this.whitespace();
      let start = this.position;
      this.position = this.valueEnd(start);
      spans.starts.push(start);
      spans.ends.push(this.position);
      if (!guessing) continue;
      guessing = false;
      const separator = this.separatorAfter(this.position);
      if (separator === undefined) continue;
      spans.guessed = true;
      const { pattern, nextStart } = separator;
      start = this.position - 1 + nextStart;
      for (;;) {
        const found = bytes.indexOf(pattern, start + BATCH_BYTES);
        if (found === -1) break;
        spans.starts.push(start);
        spans.ends.push(found + 1);
        start = found + nextStart;
      }
      // The rest is read exactly, from the element after the last guessed boundary.
      this.position = start;
      this.whitespace();
      start = this.position;
      this.position = this.valueEnd(start);
      spans.starts.push(start);
      spans.ends.push(this.position);
    } while (this.next(CLOSE_ARRAY));
    return spans;
  }

  /**
   * The bytes from the closing brace of the object that ends just before `end`
   * through the first member name (and colon) of the object after the comma, and
   * where that next object starts counting from the brace. Undefined unless both
   * are objects and the layout is plain.
   */
  private separatorAfter(end: number): { pattern: Buffer; nextStart: number } | undefined {
    const bytes = this.bytes;
    if (bytes[end - 1] !== CLOSE_OBJECT) return undefined;
    let position = skipBlanks(bytes, end);
    if (bytes[position] !== COMMA) return undefined;
    const next = skipBlanks(bytes, position + 1);
    if (bytes[next] !== OPEN_OBJECT) return undefined;
    position = skipBlanks(bytes, next + 1);
    if (bytes[position] !== QUOTE) return undefined;
    // A short member name without escapes, then its colon.
    let name = position + 1;
    while (name < bytes.length && name - position < 64 && bytes[name] !== QUOTE && bytes[name] !== BACKSLASH) name += 1;
    if (bytes[name] !== QUOTE) return undefined;
    position = skipBlanks(bytes, name + 1);
    if (bytes[position] !== COLON) return undefined;
    return { pattern: bytes.subarray(end - 1, position + 1), nextStart: next - (end - 1) };
  }

  /** After the document: only whitespace may follow. */
  end(): void {
    this.whitespace();
    if (this.position !== this.bytes.length) throw new MalformedJson();
  }

  private whitespace(): void {
    const bytes = this.bytes;
    let position = this.position;
    while (position < bytes.length) {
      const byte = bytes[position];
      if (byte !== 0x20 && byte !== 0x0a && byte !== 0x0d && byte !== 0x09) break;
      position += 1;
    }
    this.position = position;
  }

  private valueEnd(start: number): number {
    const bytes = this.bytes;
    const length = bytes.length;
    const first = bytes[start];
    if (first === QUOTE) return this.stringEnd(start);
    if (first !== OPEN_OBJECT && first !== OPEN_ARRAY) {
      // A number or a literal runs to the next delimiter.
      let position = start;
      while (position < length) {
        const byte = bytes[position];
        if (byte === COMMA || byte === CLOSE_OBJECT || byte === CLOSE_ARRAY || byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09) break;
        position += 1;
      }
      if (position === start) throw new MalformedJson();
      return position;
    }
    // Brackets must pair up; strings are jumped over whole. This loop sees every
    // byte of every result, so it is kept to plain comparisons on one byte at a
    // time and a typed stack of the closers expected.
    let expected = this.expected;
    let depth = 0;
    let position = start;
    while (position < length) {
      const byte = bytes[position] as number;
      position += 1;
      if (byte === QUOTE) {
        // Most strings are short: look for their end here before paying for a native indexOf call.
        const near = position + 64 < length ? position + 64 : length;
        let end = position;
        while (end < near) {
          const inner = bytes[end] as number;
          if (inner === QUOTE || inner === BACKSLASH) break;
          end += 1;
        }
        position = end < near && bytes[end] === QUOTE ? end + 1 : this.stringEnd(position - 1);
      } else if (byte === OPEN_OBJECT || byte === OPEN_ARRAY) {
        if (depth === expected.length) expected = this.deeper();
        expected[depth] = byte + 2;
        depth += 1;
      } else if (byte === CLOSE_OBJECT || byte === CLOSE_ARRAY) {
        depth -= 1;
        if (depth < 0 || expected[depth] !== byte) throw new MalformedJson();
        if (depth === 0) return position;
      }
    }
    throw new MalformedJson();
  }

  /** Doubles the stack of expected closers (nesting deeper than it has been so far). */
  private deeper(): Uint8Array {
    const grown = new Uint8Array(this.expected.length * 2);
    grown.set(this.expected);
    this.expected = grown;
    return grown;
  }

  /** The offset just past the closing quote of the string that opens at `start`. */
  private stringEnd(start: number): number {
    const bytes = this.bytes;
    // Most strings (member names, ids) are short: look at them directly before
    // paying for a native indexOf call.
    const near = Math.min(start + 48, bytes.length);
    for (let index = start + 1; index < near; index += 1) {
      const byte = bytes[index];
      if (byte === QUOTE) return index + 1;
      if (byte === BACKSLASH) break;
    }
    let position = start + 1;
    for (;;) {
      const quote = bytes.indexOf(QUOTE, position);
      if (quote === -1) throw new MalformedJson();
      let backslashes = 0;
      while (bytes[quote - 1 - backslashes] === BACKSLASH) backslashes += 1;
      if (backslashes % 2 === 0) return quote + 1;
      position = quote + 1;
    }
  }
}

