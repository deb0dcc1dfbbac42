import { matchesGlob } from 'node:path';
import { ConfigurationError } from '@pipeline/core';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { FindingKind, TrivyFinding } from './findings.ts';

/** One rule of a `.trivyignore` or `.trivyignore.yaml`, with where it was written. */
export interface IgnoreRule {
  id: string;
  /** Limits the rule to these kinds; plain `.trivyignore` lines apply to every kind, as in Trivy. */
  kinds?: readonly FindingKind[];
  paths?: readonly string[];
  purls?: readonly string[];
  /** `YYYY-MM-DD`: the rule stops applying after this day. */
  expiresAt?: string;
  statement?: string;
  file: string;
  line: number;
}

const SECTIONS: Record<string, FindingKind> = {
  vulnerabilities: 'vulnerability',
  misconfigurations: 'misconfiguration',
  secrets: 'secret',
  licenses: 'license',
};

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function validDate(text: string): boolean {
  return DATE.test(text) && !Number.isNaN(Date.parse(`${text}T00:00:00Z`));
}

/** Plain `.trivyignore`: one ID per line, `#` comments, an optional `exp:YYYY-MM-DD`. */
export function parsePlainIgnore(text: string, file: string): IgnoreRule[] {
  const rules: IgnoreRule[] = [];
  for (const [index, raw] of text.split(/\r?\n/).entries()) {
    const line = raw.replace(/#.*$/, '').trim();
    if (line === '') continue;
    const [id = '', ...rest] = line.split(/\s+/);
    const rule: IgnoreRule = { id, file, line: index + 1 };
    for (const option of rest) {
      const exp = /^exp:(.*)$/.exec(option);
      if (!exp || !validDate(exp[1] ?? '')) {
        throw new ConfigurationError(`${file}:${index + 1}: '${option}' is not understood; a line is an ID, optionally followed by 'exp:YYYY-MM-DD'.`, { file, line: index + 1 });
      }
      rule.expiresAt = exp[1] ?? '';
    }
    rules.push(rule);
  }
  return rules;
}

function scalarText(node: unknown): string | undefined {
  if (!isScalar(node)) return undefined;
  const value = node.value;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
}

/** `.trivyignore.yaml`: sections of entries with id, paths, purls, expired_at and statement. */
export function parseYamlIgnore(text: string, file: string): IgnoreRule[] {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const lineOf = (node: Node | { range?: readonly number[] | null } | null | undefined): number => lineCounter.linePos(node?.range?.[0] ?? 0).line;
  const fail = (line: number, message: string): never => {
    throw new ConfigurationError(`${file}:${line}: ${message}`, { file, line });
  };
  const first = doc.errors[0];
  if (first) fail(lineCounter.linePos(first.pos[0]).line, `not valid YAML: ${first.message.split('\n')[0] ?? ''}`);
  if (doc.contents === null) return [];
  if (!isMap(doc.contents)) fail(lineOf(doc.contents), `expected a mapping with ${Object.keys(SECTIONS).join(', ')}.`);
  const rules: IgnoreRule[] = [];
  for (const pair of isMap(doc.contents) ? doc.contents.items : []) {
    const section = scalarText(pair.key) ?? '';
    const kind = SECTIONS[section];
    if (kind === undefined) fail(lineOf(pair.key as Node), `unknown section '${section}'; expected ${Object.keys(SECTIONS).join(', ')}.`);
    if (pair.value === null) continue;
    if (!isSeq(pair.value)) fail(lineOf(pair.value as Node), `'${section}' must be a list of entries with an 'id'.`);
    for (const item of isSeq(pair.value) ? pair.value.items : []) {
      const line = lineOf(item as Node);
      if (!isMap(item)) fail(line, `each entry of '${section}' must be a mapping with an 'id'.`);
      const entry = new Map<string, unknown>();
      for (const field of isMap(item) ? item.items : []) entry.set(scalarText(field.key) ?? '', field.value);
      const id = scalarText(entry.get('id'));
      if (!id) fail(line, `an entry of '${section}' has no 'id'.`);
      const rule: IgnoreRule = { id: id ?? '', kinds: [kind ?? 'vulnerability'], file, line };
      for (const key of entry.keys()) {
        if (!['id', 'paths', 'purls', 'expired_at', 'statement'].includes(key)) fail(line, `unknown field '${key}' in '${id ?? ''}'; expected id, paths, purls, expired_at, statement.`);
      }
      const list = (key: 'paths' | 'purls'): string[] | undefined => {
        const node = entry.get(key);
        if (node === undefined || node === null) return undefined;
        if (!isSeq(node)) return fail(line, `'${key}' of '${id ?? ''}' must be a list.`);
        return node.items.map((n) => scalarText(n) ?? fail(lineOf(n as Node), `'${key}' of '${id ?? ''}' must hold strings.`));
      };
      const paths = list('paths');
      const purls = list('purls');
      if (paths) rule.paths = paths;
      if (purls) rule.purls = purls;
      const expired = entry.get('expired_at');
      if (expired !== undefined && expired !== null) {
        const date = scalarText(expired) ?? '';
        if (!validDate(date)) fail(lineOf(expired as Node), `expired_at '${date}' of '${id ?? ''}' is not a date; write YYYY-MM-DD.`);
        rule.expiresAt = date;
      }
      const statement = scalarText(entry.get('statement'));
      if (statement !== undefined) rule.statement = statement;
      rules.push(rule);
    }
  }
  return rules;
}

export function parseIgnoreFile(text: string, file: string): IgnoreRule[] {
  return /\.ya?ml$/i.test(file) ? parseYamlIgnore(text, file) : parsePlainIgnore(text, file);
}

/** Misconfiguration IDs changed from `AVD-DS-0002` to `DS-0002`; an ignore file may use either. */
function sameId(rule: string, finding: string): boolean {
  if (rule === finding) return true;
  const bare = (s: string): string => s.replace(/^AVD-/i, '').toUpperCase();
  return bare(rule) === bare(finding);
}

function withoutQualifiers(purl: string): string {
  return purl.replace(/[?#].*$/, '');
}

export function ruleMatches(rule: IgnoreRule, finding: TrivyFinding): boolean {
  if (rule.kinds && !rule.kinds.includes(finding.kind)) return false;
  if (!sameId(rule.id, finding.id)) return false;
  if (rule.paths) {
    const candidates = [finding.file, finding.target].filter((p): p is string => p !== undefined);
    if (!rule.paths.some((pattern) => candidates.some((path) => path === pattern || matchesGlob(path, pattern)))) return false;
  }
  if (rule.purls) {
    const purl = finding.purl;
    if (purl === undefined || !rule.purls.some((p) => p === purl || withoutQualifiers(p) === withoutQualifiers(purl))) return false;
  }
  return true;
}

export function isExpired(rule: IgnoreRule, today: string): boolean {
  return rule.expiresAt !== undefined && rule.expiresAt < today;
}
