import { readFileSync, statSync } from 'node:fs';
import { ConfigurationError, resolveInWorkspace } from '@pipeline/core';
import type { Document } from 'yaml';
import { METRICS, isMetricName, type MetricName } from './metrics.ts';

export type Operator = '==' | '!=' | '<=' | '>=' | '<' | '>';

export interface Condition {
  /** The condition as the user wrote it, for reports. */
  text: string;
  metric: MetricName;
  op: Operator;
  threshold: number;
  /** `warning` conditions are reported but never fail the gate. */
  severity: 'error' | 'warning';
  /** What to do when the metric has no data: `fail` for conditions a user asked for, `skip` for defaults. */
  ifMissing: 'fail' | 'skip';
}

export interface Policy {
  conditions: Condition[];
  /** Diff coverage is not judged below this many changed executable lines (Sonar and Codecov do the same). */
  newCodeMinLines: number;
  /** Where the policy came from, for the summary. */
  origin: string;
}

/**
 * Sonar-way-like defaults, plus the load-test conditions users most often ask for.
 * Each applies only when reports of its kind were read, so a repository without load
 * tests is not failed for lacking them.
 */
export const DEFAULT_CONDITIONS = [
  'tests.failed == 0',
  'coverage.new-lines >= 80',
  'findings.new.error == 0',
  'load.error-rate <= 1%',
  'load.p95-regression <= 20%',
] as const;

const OPERATORS: readonly Operator[] = ['==', '!=', '<=', '>=', '<', '>'];
const CONDITION = /^\s*([a-z][a-z0-9.-]*)\s*(==|!=|<=|>=|<|>)\s*(-?\d+(?:\.\d+)?)\s*(%?)\s*$/;

export function parseCondition(text: string, where: { file?: string; line?: number; severity?: 'error' | 'warning'; ifMissing?: 'fail' | 'skip' } = {}): Condition {
  const match = CONDITION.exec(text);
  const location = { ...(where.file === undefined ? { input: 'policy' } : { file: where.file }), ...(where.line === undefined ? {} : { line: where.line }) };
  if (!match) {
    throw new ConfigurationError(
      `Policy condition '${text}' is not valid: write '<metric> <operator> <number>', for example 'coverage.lines >= 80' or 'load.error-rate <= 1%'. Operators: ${OPERATORS.join(' ')}.`,
      location,
    );
  }
  const [, metric = '', op = '==', value = '0', percent] = match;
  if (!isMetricName(metric)) {
    throw new ConfigurationError(`Policy condition '${text}' uses an unknown metric '${metric}'. Known metrics: ${Object.keys(METRICS).join(', ')}.`, location);
  }
  if (percent === '%' && METRICS[metric].unit !== '%') {
    throw new ConfigurationError(`Policy condition '${text}': '${metric}' is measured in ${METRICS[metric].unit}, not percent.`, location);
  }
  return { text: text.trim(), metric, op: op as Operator, threshold: Number(value), severity: where.severity ?? 'error', ifMissing: where.ifMissing ?? 'fail' };
}

const POLICY_KEYS = new Set(['conditions', 'extends', 'new-code']);
const CONDITION_KEYS = new Set(['condition', 'severity', 'if-missing']);

/**
 * Reads the `policy` input: empty means the defaults; a single line naming a
 * .yml/.yaml/.json file reads that file; anything else is inline YAML (a list of
 * conditions, or a mapping with `conditions`, `extends: default` and `new-code`).
 */
export async function loadPolicy(raw: string | undefined, workspace: string, defaults: { newCodeMinLines: number }): Promise<Policy> {
  const defaultConditions = (): Condition[] => DEFAULT_CONDITIONS.map((text) => parseCondition(text, { ifMissing: 'skip' }));
  if (raw === undefined || raw.trim() === '') {
    return { conditions: defaultConditions(), newCodeMinLines: defaults.newCodeMinLines, origin: 'default policy' };
  }
  let text = raw;
  let file: string | undefined;
  const single = raw.trim();
  if (!single.includes('\n') && /\.(ya?ml|json)$/i.test(single)) {
    const path = resolveInWorkspace(workspace, single, { input: 'policy' });
    try {
      if (statSync(path).size > 1024 * 1024) throw new ConfigurationError(`Policy file '${single}' is larger than 1 MiB.`, { input: 'policy' });
      text = readFileSync(path, 'utf8');
    } catch (error) {
      if (error instanceof ConfigurationError) throw error;
      throw new ConfigurationError(`Input 'policy' names the file '${single}', which cannot be read. Give a policy file inside the workspace, or inline YAML.`, { input: 'policy' });
    }
    file = single;
  }
  // The YAML parser is a quarter of the bundle; only custom policies need it.
  const { parseDocument } = await import('yaml');
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
  const at = (offset: number | undefined): number | undefined => (offset === undefined ? undefined : text.slice(0, offset).split('\n').length);
  const where = (offset?: number): { file?: string; line?: number } => {
    const line = at(offset);
    return { ...(file === undefined ? {} : { file }), ...(line === undefined ? {} : { line }) };
  };
  const firstError = doc.errors[0];
  if (firstError) {
    throw new ConfigurationError(`Policy ${file ? `file '${file}'` : "input 'policy'"} is not valid YAML: ${firstError.message.split('\n')[0]}`, {
      ...where(firstError.pos[0]),
      ...(file === undefined ? { input: 'policy' } : {}),
    });
  }
  let value: unknown;
  try {
    // Aliases are refused outright: a policy has no use for them, and they are how YAML bombs expand.
    value = doc.toJS({ maxAliasCount: 0 });
  } catch {
    throw new ConfigurationError(`Policy ${file ? `file '${file}'` : "input 'policy'"} uses YAML anchors or aliases, which are not allowed; write the conditions out.`, { ...where(), ...(file === undefined ? { input: 'policy' } : {}) });
  }
  const origin = file ? `policy file ${file}` : 'inline policy';
  const conditions: Condition[] = [];
  let newCodeMinLines = defaults.newCodeMinLines;
  let entries: unknown[];
  if (typeof value === 'string') {
    entries = value.split(/\n|;/).filter((s) => s.trim() !== '');
  } else if (Array.isArray(value)) {
    entries = value;
  } else if (value && typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    for (const key of Object.keys(obj)) {
      if (!POLICY_KEYS.has(key)) throw new ConfigurationError(`Policy has an unknown key '${key}'. Valid keys: conditions, extends, new-code.`, where());
    }
    if (obj['extends'] !== undefined) {
      if (obj['extends'] !== 'default') throw new ConfigurationError(`Policy 'extends' must be 'default', got '${String(obj['extends'])}'.`, where());
      conditions.push(...defaultConditions());
    }
    const newCode = obj['new-code'];
    if (newCode !== undefined) {
      const min = (newCode as Record<string, unknown> | null)?.['min-lines'];
      if (typeof min !== 'number' || !Number.isInteger(min) || min < 0) {
        throw new ConfigurationError(`Policy 'new-code.min-lines' must be a whole number of changed executable lines (0 or more).`, where());
      }
      newCodeMinLines = min;
    }
    const list = obj['conditions'] ?? [];
    if (!Array.isArray(list)) throw new ConfigurationError(`Policy 'conditions' must be a list of conditions such as 'coverage.lines >= 80'.`, where());
    entries = list;
  } else {
    throw new ConfigurationError(`Policy must be a list of conditions or a mapping with 'conditions'.`, where());
  }
  const items = findConditionNodes(doc);
  entries.forEach((entry, index) => {
    const line = at(items[index]);
    const loc = { ...(file === undefined ? {} : { file }), ...(line === undefined ? {} : { line }) };
    if (typeof entry === 'string') {
      conditions.push(parseCondition(entry, loc));
      return;
    }
    if (entry && typeof entry === 'object' && !Array.isArray(entry)) {
      const obj = entry as Record<string, unknown>;
      for (const key of Object.keys(obj)) {
        if (!CONDITION_KEYS.has(key)) throw new ConfigurationError(`Policy condition has an unknown key '${key}'. Valid keys: condition, severity, if-missing.`, loc);
      }
      const severity = obj['severity'] ?? 'error';
      const ifMissing = obj['if-missing'] ?? 'fail';
      if (severity !== 'error' && severity !== 'warning') throw new ConfigurationError(`Policy condition severity must be 'error' or 'warning'.`, loc);
      if (ifMissing !== 'fail' && ifMissing !== 'skip') throw new ConfigurationError(`Policy condition if-missing must be 'fail' or 'skip'.`, loc);
      if (typeof obj['condition'] !== 'string') throw new ConfigurationError(`Policy condition needs a 'condition' such as 'coverage.lines >= 80'.`, loc);
      conditions.push(parseCondition(obj['condition'], { ...loc, severity, ifMissing }));
      return;
    }
    throw new ConfigurationError(`Policy condition #${index + 1} must be a string such as 'coverage.lines >= 80'.`, loc);
  });
  if (conditions.length === 0) throw new ConfigurationError(`Policy has no conditions; remove the 'policy' input to use the defaults, or add conditions.`, where());
  return { conditions, newCodeMinLines, origin };
}

/** Source offsets of each condition entry, so errors can point at the line. */
function findConditionNodes(doc: Document): (number | undefined)[] {
  const contents = doc.contents as unknown as { items?: { key?: { value?: unknown }; value?: { items?: { range?: [number] }[] }; range?: [number] }[] } | null;
  if (!contents?.items) return [];
  const list = contents.items.find((i) => i.key?.value === 'conditions')?.value?.items ?? (contents.items as { range?: [number] }[]);
  return list.map((i) => i.range?.[0]);
}
