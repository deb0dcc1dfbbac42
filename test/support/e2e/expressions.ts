// `${{ }}` expressions and `if:` conditions, evaluated with GitHub's own expression engine
// (@actions/expressions) against contexts the job player builds. Only the runner's status
// functions are supplied here; everything else (fromJSON, format, contains, ...) is the engine's.
import { data, Evaluator } from '@actions/expressions';
import type { Expr } from '@actions/expressions';
import { Binary, FunctionCall, Grouping, IndexAccess, Logical, Unary } from '@actions/expressions/ast';
import type { FunctionDefinition } from '@actions/expressions/funcs/info';
import { truthy } from '@actions/expressions/result';
import { CONTEXT_NAMES, parseExpression, RUNNER_FUNCTIONS, scanInterpolations } from '../workflows/index.ts';

export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** What an expression sees: the contexts, and the job status behind success()/failure(). */
export interface Scope {
  contexts: Partial<Record<(typeof CONTEXT_NAMES)[number], Json>>;
  /** True once a step of the job failed (step conditions) or a needed job did not succeed (job conditions). */
  failed: boolean;
  /** For messages: `ci.yml jobs.build.steps[3].with.target`. */
  where: string;
}

export class ExpressionError extends Error {
  override readonly name = 'ExpressionError';
}

// The job-status functions: an `if:` naming one replaces the implicit success().
const STATUS_FUNCTIONS = RUNNER_FUNCTIONS.filter((f) => f.maxArgs === 0).map((f) => f.name.toLowerCase());

function parse(body: string, where: string): Expr {
  try {
    return parseExpression(body);
  } catch (error) {
    throw new ExpressionError(`${where}: cannot parse '\${{ ${body} }}': ${(error as Error).message}`);
  }
}

export function toData(json: Json | undefined): data.ExpressionData {
  return JSON.parse(JSON.stringify(json ?? null), data.reviver) as data.ExpressionData;
}

export function toJson(value: data.ExpressionData): Json {
  return JSON.parse(JSON.stringify(value, data.replacer) ?? 'null') as Json;
}

function usesStatusFunction(expr: Expr): boolean {
  if (expr instanceof FunctionCall) {
    return STATUS_FUNCTIONS.includes(expr.functionName.lexeme.toLowerCase()) || expr.args.some(usesStatusFunction);
  }
  if (expr instanceof Logical) return expr.args.some(usesStatusFunction);
  if (expr instanceof Binary) return usesStatusFunction(expr.left) || usesStatusFunction(expr.right);
  if (expr instanceof Unary) return usesStatusFunction(expr.expr);
  if (expr instanceof Grouping) return usesStatusFunction(expr.group);
  if (expr instanceof IndexAccess) return usesStatusFunction(expr.expr) || usesStatusFunction(expr.index);
  return false;
}

function evaluateExpr(expr: Expr, scope: Scope): data.ExpressionData {
  // Every context exists, if empty: the engine has no answer for a context that is absent.
  const contexts = new data.Dictionary(...CONTEXT_NAMES.map((key) => ({ key, value: toData(scope.contexts[key] ?? {}) })));
  const status = (name: string, value: () => boolean): [string, FunctionDefinition] => [
    name.toLowerCase(),
    { name, minArgs: 0, maxArgs: 0, call: () => new data.BooleanData(value()) },
  ];
  const functions = new Map<string, FunctionDefinition>([
    status('success', () => !scope.failed),
    status('failure', () => scope.failed),
    status('always', () => true),
    // The player never cancels a run.
    status('cancelled', () => false),
    ['hashfiles', { name: 'hashFiles', minArgs: 1, maxArgs: 255, call: () => { throw new ExpressionError(`${scope.where}: hashFiles() is not supported by the job player`); } }],
  ]);
  try {
    return new Evaluator(expr, contexts, functions).evaluate();
  } catch (error) {
    if (error instanceof ExpressionError) throw error;
    throw new ExpressionError(`${scope.where}: ${(error as Error).message}`);
  }
}

/** Evaluates one expression body (what sits between `${{` and `}}`). */
export function evaluate(body: string, scope: Scope): data.ExpressionData {
  return evaluateExpr(parse(body, scope.where), scope);
}

/** The `${{ }}` spans of a string, ended as GitHub's template reader ends them (the scanner the workflow checks use). */
function spans(text: string, where: string): { body: string; start: number; end: number }[] {
  const { found, unclosedAt } = scanInterpolations(text);
  if (unclosedAt !== undefined) throw new ExpressionError(`${where}: '\${{' without a closing '}}'`);
  return found.map((f) => ({ body: f.body, start: f.offset, end: f.end }));
}

function only(text: string, where: string): string | undefined {
  const found = spans(text, where);
  const first = found[0];
  return found.length === 1 && first !== undefined && first.start === 0 && first.end === text.length ? first.body : undefined;
}

function stringOf(value: data.ExpressionData, where: string): string {
  if (value.kind === data.Kind.Array || value.kind === data.Kind.Dictionary) {
    throw new ExpressionError(`${where}: an ${value.kind === data.Kind.Array ? 'array' : 'object'} cannot be interpolated into a string; use toJSON()`);
  }
  return value.coerceString();
}

/**
 * A value as GitHub evaluates it: a string that is exactly one `${{ }}` keeps the expression's
 * type (so a boolean reaches a `type: boolean` input as a boolean); any other string has each
 * `${{ }}` replaced by its string form.
 */
export function template(text: string, scope: Scope): data.ExpressionData {
  const whole = only(text.trim(), scope.where);
  if (whole !== undefined) return evaluate(whole, scope);
  let out = '';
  let from = 0;
  for (const part of spans(text, scope.where)) {
    out += text.slice(from, part.start) + stringOf(evaluate(part.body, scope), scope.where);
    from = part.end;
  }
  return new data.StringData(out + text.slice(from));
}

/** {@link template}, as the string a step input or an environment variable receives. */
export function interpolate(text: unknown, scope: Scope): string {
  if (text === undefined || text === null) return '';
  if (typeof text !== 'string') return String(text);
  return stringOf(template(text, scope), scope.where);
}

/** Every string inside a YAML value evaluated; mappings and sequences keep their shape. */
export function evaluateTree(node: unknown, scope: Scope): Json {
  if (typeof node === 'string') return toJson(template(node, scope));
  if (Array.isArray(node)) {
    // `include: ${{ fromJSON(...) }}` evaluates to an array in place of the item.
    return node.map((item, i) => evaluateTree(item, { ...scope, where: `${scope.where}[${i}]` }));
  }
  if (node !== null && typeof node === 'object') {
    return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, evaluateTree(value, { ...scope, where: `${scope.where}.${key}` })]));
  }
  if (node === undefined) return null;
  return node as Json;
}

/**
 * An `if:` as the runner reads it: a bare expression or one `${{ }}`; without a status function
 * it means `success() && (<condition>)`. Absent, it is `success()`.
 */
export function condition(text: unknown, scope: Scope): boolean {
  if (text === undefined || text === null) return !scope.failed;
  if (typeof text === 'boolean') return text && !scope.failed;
  if (typeof text === 'number') return text !== 0 && !scope.failed;
  if (typeof text !== 'string') throw new ExpressionError(`${scope.where}: an if: must be a string, boolean or number`);
  const trimmed = text.trim();
  let body = only(trimmed, scope.where);
  if (body === undefined) {
    // Text around an interpolation makes the condition a non-empty string, which GitHub reads as true.
    if (trimmed.includes('${{')) return interpolate(trimmed, scope) !== '' && !scope.failed;
    body = trimmed;
  }
  const expr = parse(body, scope.where);
  const value = evaluateExpr(expr, scope);
  return usesStatusFunction(expr) ? truthy(value) : !scope.failed && truthy(value);
}
