import { readFile } from 'node:fs/promises';
import { ConfigurationError, parseDuration, resolveInWorkspace } from '@pipeline/core';
import { isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import type { Node } from 'yaml';

export type Direction = 'increase-is-bad' | 'decrease-is-bad' | 'either';
export type JudgeName = 'threshold' | 'mann-whitney';

export const DIRECTIONS: readonly Direction[] = ['increase-is-bad', 'decrease-is-bad', 'either'];
export const JUDGES: readonly JudgeName[] = ['threshold', 'mann-whitney'];

/** One metric, rendered for a concrete service: the queries are ready to send. */
export interface MetricDefinition {
  name: string;
  /** PromQL selecting the new colour. */
  query: string;
  /** PromQL selecting the baseline colour; undefined when there is no concurrent baseline. */
  baselineQuery: string | undefined;
  direction: Direction;
  /** An absolute limit on the new colour's value. */
  threshold: number | undefined;
  /**
   * The tolerated factor against the baseline (≥ 1 reads naturally): increase-is-bad fails above
   * baseline × ratio, decrease-is-bad below baseline ÷ ratio, either on both sides.
   */
  baselineRatio: number | undefined;
  /** A fixed baseline instead of the baseline colour's series. */
  baselineValue: number | undefined;
  /** How long a failing condition must hold before the metric breaches. */
  forMs: number;
  /** A breach ends the analysis at once. */
  critical: boolean;
  /** Overrides the analysis-wide judge for this metric. */
  judge: JudgeName | undefined;
  /** The built-in template it came from. */
  template: string | undefined;
}

/** What templates and `{{…}}` placeholders are rendered with. */
export interface TemplateContext {
  /** Label matchers selecting the service's series, e.g. { namespace: 'shop', app: 'web' }. */
  labels: Record<string, string>;
  /** The label that tells the colours apart (the test plane's Prometheus targets call it `colour`). */
  colourLabel?: string;
  newColour: string;
  /** The concurrently running previous colour; without it only fixed baselines are possible. */
  baselineColour?: string;
  /** PromQL range for rate(); default `1m`. */
  rateWindow?: string;
  /** The container CPU limit, for the `cpu` template. */
  cpuLimitCores?: number;
  /** The container memory limit, for the `memory` template. */
  memoryLimitBytes?: number;
}

interface RawDefinition {
  query: string;
  baselineQuery?: string;
  direction: Direction;
  threshold?: number;
  baselineRatio?: number;
  baselineValue?: number;
  forMs: number;
  critical: boolean;
  judge?: JudgeName;
}

const REQUESTS = 'http_requests_total{{{selector}}}';
// A healthy service has no error series at all, so the numerator falls back to 0; without any
// requests the denominator stays empty and the ratio is (correctly) no data.
const ratioOf = (codes: string) => `(sum(rate(http_requests_total{{{selector}},code=~"${codes}"}[{{window}}])) or vector(0)) / sum(rate(${REQUESTS}[{{window}}]))`;

/**
 * The seed defaults as templates over the conventional HTTP metrics (prom-client, the Go and
 * Java clients and most ingress exporters use these names) and the standard process metrics.
 */
export const BUILT_IN_TEMPLATES: Readonly<Record<string, Readonly<RawDefinition>>> = {
  // 5xx is what users see; a surge ends the analysis at once.
  'http-5xx-rate': { query: ratioOf('5..'), direction: 'increase-is-bad', threshold: 0.05, forMs: 0, critical: true },
  'latency-p95': {
    query: 'histogram_quantile(0.95, sum by (le) (rate(http_request_duration_seconds_bucket{{{selector}}}[{{window}}])))',
    direction: 'increase-is-bad',
    baselineRatio: 2,
    forMs: 0,
    critical: false,
  },
  // Every response that is not a success or a redirect, 4xx included.
  'error-rate': { query: ratioOf('[^23]..'), direction: 'increase-is-bad', threshold: 0.01, forMs: 5 * 60_000, critical: false },
  cpu: { query: 'max(rate(process_cpu_seconds_total{{{selector}}}[{{window}}])) / {{cpu-limit}}', direction: 'increase-is-bad', threshold: 0.9, forMs: 10 * 60_000, critical: false },
  memory: { query: 'max(process_resident_memory_bytes{{{selector}}}) / {{memory-limit}}', direction: 'increase-is-bad', threshold: 0.9, forMs: 10 * 60_000, critical: false },
};

export const TEMPLATE_NAMES = Object.keys(BUILT_IN_TEMPLATES);

const PLACEHOLDERS = ['selector', 'colour', 'color', 'window', 'cpu-limit', 'memory-limit'] as const;
const PLACEHOLDER_RE = /\{\{\s*([a-z-]+)\s*\}\}/g;

function escapeLabelValue(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
}

/** The label matchers (without braces) for one colour of the service. */
export function selectorFor(context: TemplateContext, colour: string): string {
  const labels = { ...context.labels, [context.colourLabel ?? 'colour']: colour };
  return Object.entries(labels).map(([k, v]) => `${k}="${escapeLabelValue(v)}"`).join(',');
}

function usesColour(query: string): boolean {
  return [...query.matchAll(PLACEHOLDER_RE)].some((m) => ['selector', 'colour', 'color'].includes(m[1] ?? ''));
}

/** Renders `{{selector}}`, `{{colour}}`, `{{window}}`, `{{cpu-limit}}` and `{{memory-limit}}` for one colour. */
export function renderQuery(query: string, context: TemplateContext, colour: string, where: (message: string) => ConfigurationError): string {
  return query.replace(PLACEHOLDER_RE, (_all, name: string) => {
    switch (name) {
      case 'selector':
        return selectorFor(context, colour);
      case 'colour':
      case 'color':
        return escapeLabelValue(colour);
      case 'window':
        return context.rateWindow ?? '1m';
      case 'cpu-limit':
        if (context.cpuLimitCores === undefined || !(context.cpuLimitCores > 0)) throw where('needs the container CPU limit ({{cpu-limit}}); set resources.limits.cpu on the workload');
        return String(context.cpuLimitCores);
      case 'memory-limit':
        if (context.memoryLimitBytes === undefined || !(context.memoryLimitBytes > 0)) throw where('needs the container memory limit ({{memory-limit}}); set resources.limits.memory on the workload');
        return String(context.memoryLimitBytes);
      default:
        throw where(`uses an unknown placeholder {{${name}}}; valid placeholders are ${PLACEHOLDERS.map((p) => `{{${p}}}`).join(', ')}`);
    }
  });
}

/** Where a definition came from, for error messages: the input or file, and the line when known. */
export interface DefinitionSource {
  input?: string;
  file?: string;
  line?: number;
}

function configError(source: DefinitionSource, message: string): ConfigurationError {
  const where = source.file ?? (source.input === undefined ? 'metrics' : `input '${source.input}'`);
  const at = source.line === undefined ? '' : `:${source.line}`;
  return new ConfigurationError(`${where}${at}: ${message}`, {
    ...(source.file === undefined ? {} : { file: source.file }),
    ...(source.line === undefined ? {} : { line: source.line }),
    ...(source.input === undefined ? {} : { input: source.input }),
  });
}

/** A metric as users write it (kebab-case keys in YAML), before rendering. */
export interface MetricSpec {
  name?: string;
  template?: string;
  query?: string;
  'baseline-query'?: string;
  direction?: string;
  threshold?: number;
  'baseline-ratio'?: number;
  'baseline-value'?: number;
  for?: string | number;
  critical?: boolean;
  judge?: string;
}

const SPEC_KEYS: readonly string[] = ['name', 'template', 'query', 'baseline-query', 'direction', 'threshold', 'baseline-ratio', 'baseline-value', 'for', 'critical', 'judge'];

/** Turns one user spec (or a template reference) into a rendered, validated definition. */
export function defineMetric(spec: MetricSpec, context: TemplateContext, source: DefinitionSource = {}): MetricDefinition {
  const label = spec.name ?? spec.template ?? '(unnamed)';
  const fail = (field: string | undefined, message: string) => configError(source, `metric '${label}'${field === undefined ? '' : ` field '${field}'`} ${message}`);
  for (const key of Object.keys(spec)) {
    if (!SPEC_KEYS.includes(key)) throw fail(undefined, `has an unknown field '${key}'; valid fields are ${SPEC_KEYS.join(', ')}`);
  }
  let base: Partial<RawDefinition> = {};
  if (spec.template !== undefined) {
    const template = BUILT_IN_TEMPLATES[spec.template];
    if (template === undefined) throw fail('template', `is '${spec.template}', which is not a built-in template; valid templates are ${TEMPLATE_NAMES.join(', ')}`);
    if (spec.query !== undefined) throw fail('query', 'cannot be combined with a template; drop one of them');
    base = template;
  } else if (spec.query === undefined) {
    throw fail(undefined, `needs a 'query' (PromQL) or a 'template' (${TEMPLATE_NAMES.join(', ')})`);
  }
  const name = spec.name ?? spec.template;
  if (name === undefined || !/^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(name)) throw fail('name', 'must be set: letters, digits, ., _ and -');
  const query = spec.query ?? base.query;
  if (typeof query !== 'string' || query.trim() === '') throw fail('query', 'must be a non-empty PromQL string');
  const direction = spec.direction ?? base.direction ?? 'increase-is-bad';
  if (!DIRECTIONS.includes(direction as Direction)) throw fail('direction', `is '${direction}'; valid values are ${DIRECTIONS.join(', ')}`);
  const number = (field: string, value: unknown, check: (n: number) => boolean, valid: string): number | undefined => {
    if (value === undefined) return undefined;
    if (typeof value !== 'number' || !Number.isFinite(value) || !check(value)) throw fail(field, `is '${String(value)}'; expected ${valid}`);
    return value;
  };
  const threshold = number('threshold', spec.threshold, () => true, 'a finite number') ?? (spec.query === undefined ? base.threshold : undefined);
  const baselineRatio = number('baseline-ratio', spec['baseline-ratio'], (n) => n > 0, 'a factor greater than 0, such as 2 for "2× the baseline"')
    ?? (spec.query === undefined ? base.baselineRatio : undefined);
  const baselineValue = number('baseline-value', spec['baseline-value'], () => true, 'a finite number');
  if (threshold === undefined && baselineRatio === undefined) throw fail(undefined, "needs a 'threshold', a 'baseline-ratio', or both");
  if (direction === 'either' && baselineRatio === undefined) throw fail('direction', "'either' needs a 'baseline-ratio': a single threshold has only one side");
  if (baselineValue !== undefined && baselineRatio === undefined) throw fail('baseline-value', "only means something with a 'baseline-ratio'");
  let forMs = base.forMs ?? 0;
  if (spec.for !== undefined) {
    const parsed = typeof spec.for === 'number' ? (Number.isFinite(spec.for) && spec.for >= 0 ? spec.for * 1000 : undefined) : parseDuration(spec.for);
    if (parsed === undefined) throw fail('for', `is '${String(spec.for)}'; expected a duration such as 30s, 5m or 1h30m`);
    forMs = parsed;
  }
  const critical = spec.critical ?? base.critical ?? false;
  if (typeof critical !== 'boolean') throw fail('critical', 'must be true or false');
  const judge = spec.judge;
  if (judge !== undefined && !JUDGES.includes(judge as JudgeName)) throw fail('judge', `is '${judge}'; valid judges are ${JUDGES.join(', ')}`);
  const where = (field: string) => (message: string) => fail(field, message);
  const rendered = renderQuery(query, context, context.newColour, where('query'));
  let baselineQuery: string | undefined;
  if (spec['baseline-query'] !== undefined) {
    if (typeof spec['baseline-query'] !== 'string' || spec['baseline-query'].trim() === '') throw fail('baseline-query', 'must be a non-empty PromQL string');
    baselineQuery = renderQuery(spec['baseline-query'], context, context.baselineColour ?? context.newColour, where('baseline-query'));
  } else if (context.baselineColour !== undefined && usesColour(query)) {
    baselineQuery = renderQuery(query, context, context.baselineColour, where('query'));
  }
  if (baselineRatio !== undefined && baselineValue === undefined && baselineQuery === undefined) {
    throw fail('baseline-ratio', context.baselineColour === undefined
      ? "needs a baseline: run with a baseline colour, or set 'baseline-value'"
      : "needs a baseline: use {{selector}} or {{colour}} in the query, set 'baseline-query', or set 'baseline-value'");
  }
  return {
    name,
    query: rendered,
    baselineQuery,
    direction: direction as Direction,
    threshold,
    baselineRatio,
    baselineValue,
    forMs,
    critical,
    judge: judge as JudgeName | undefined,
    template: spec.template,
  };
}

/** The seed defaults: every built-in template whose inputs the context provides. */
export function defaultMetrics(context: TemplateContext): MetricDefinition[] {
  return TEMPLATE_NAMES
    .filter((t) => (t !== 'cpu' || context.cpuLimitCores !== undefined) && (t !== 'memory' || context.memoryLimitBytes !== undefined))
    .filter((t) => BUILT_IN_TEMPLATES[t]?.baselineRatio === undefined || context.baselineColour !== undefined)
    .map((t) => defineMetric({ template: t }, context));
}

/**
 * Parses the `metrics` YAML: a list (or `{ metrics: [...] }`) whose items are template names,
 * or maps with the MetricSpec fields. Errors name the metric, the field and the line.
 */
export function parseMetrics(text: string, context: TemplateContext, source: DefinitionSource = {}): MetricDefinition[] {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  const offset = (source.line ?? 1) - 1;
  const lineOf = (node: Node | null | undefined): number | undefined => {
    const start = node?.range?.[0];
    return start === undefined ? undefined : lines.linePos(start).line + offset;
  };
  const first = doc.errors[0];
  if (first !== undefined) {
    throw configError({ ...source, line: lines.linePos(first.pos[0]).line + offset }, `is not valid YAML: ${first.message.split('\n')[0]}`);
  }
  let list: Node | null = doc.contents;
  if (isMap(list) && list.has('metrics')) list = list.get('metrics', true) as Node | null;
  if (!isSeq(list)) throw configError(source, `must be a YAML list of metrics (template names such as ${TEMPLATE_NAMES.join(', ')}, or maps with name and query)`);
  const seen = new Map<string, number | undefined>();
  const definitions: MetricDefinition[] = [];
  for (const item of list.items as Node[]) {
    const line = lineOf(item);
    const at = { ...source, ...(line === undefined ? {} : { line }) };
    let spec: MetricSpec;
    if (isScalar(item) && typeof item.value === 'string') spec = { template: item.value };
    else if (isMap(item)) spec = item.toJSON() as MetricSpec;
    else throw configError(at, 'each metric must be a template name or a map with name and query');
    const definition = defineMetric(spec, context, at);
    if (seen.has(definition.name)) throw configError(at, `metric '${definition.name}' is defined twice (first at line ${seen.get(definition.name) ?? '?'}); names must be unique`);
    seen.set(definition.name, line);
    definitions.push(definition);
  }
  if (definitions.length === 0) throw configError(source, 'lists no metrics; an analysis needs at least one');
  return definitions;
}

/**
 * The `metrics` input: inline YAML, or a path (inside the workspace) to a YAML file. A single
 * line ending in .yml/.yaml is taken as a path.
 */
export async function loadMetrics(raw: string, context: TemplateContext, options: { workspace: string; input?: string }): Promise<MetricDefinition[]> {
  const input = options.input ?? 'metrics';
  const text = raw.trim();
  if (text === '') throw new ConfigurationError(`Input '${input}' is empty; give inline YAML or a path to a YAML file.`, { input });
  if (!text.includes('\n') && /\.ya?ml$/i.test(text)) {
    const path = resolveInWorkspace(options.workspace, text, { input });
    let content: string;
    try {
      content = await readFile(path, 'utf8');
    } catch (error) {
      throw new ConfigurationError(`Input '${input}' names '${text}', which cannot be read: ${(error as NodeJS.ErrnoException).code ?? String(error)}.`, { input, cause: error });
    }
    return parseMetrics(content, context, { file: text, input });
  }
  return parseMetrics(raw, context, { input });
}
