import { data, Lexer, Parser } from '@actions/expressions';
import { Binary, ContextAccess, FunctionCall, Grouping, IndexAccess, Literal, Logical, Star, Unary } from '@actions/expressions/ast';
import type { Expr } from '@actions/expressions';

/** Every context a workflow expression can name; which ones a given key allows is the workflow parser's business. */
export const CONTEXT_NAMES = ['github', 'env', 'inputs', 'vars', 'secrets', 'steps', 'needs', 'matrix', 'strategy', 'job', 'jobs', 'runner'] as const;

/** The functions GitHub adds to the expression language's built-ins. */
export const RUNNER_FUNCTIONS = [
  { name: 'success', minArgs: 0, maxArgs: 0 },
  { name: 'failure', minArgs: 0, maxArgs: 0 },
  { name: 'always', minArgs: 0, maxArgs: 0 },
  { name: 'cancelled', minArgs: 0, maxArgs: 0 },
  { name: 'hashFiles', minArgs: 1, maxArgs: 255 },
];

/** One `${{ ... }}` in a string: its body, where `${{` starts and where the closing `}}` ends. */
export interface Interpolation {
  body: string;
  offset: number;
  end: number;
}

/**
 * The `${{ }}` interpolations in a string. An expression ends at the first `}}` outside a
 * single-quoted string literal, as in GitHub's own template reader.
 */
export function interpolations(text: string): Interpolation[] {
  return scanInterpolations(text).found;
}

/** Like interpolations, and where an expression opens without closing (GitHub refuses the file). */
export function scanInterpolations(text: string): { found: Interpolation[]; unclosedAt: number | undefined } {
  const found: Interpolation[] = [];
  let from = 0;
  for (;;) {
    const start = text.indexOf('${{', from);
    if (start < 0) return { found, unclosedAt: undefined };
    let i = start + 3;
    let inString = false;
    let end = -1;
    while (i < text.length) {
      const char = text[i];
      if (inString) {
        if (char === "'" && text[i + 1] === "'") i += 1;
        else if (char === "'") inString = false;
      } else if (char === "'") {
        inString = true;
      } else if (char === '}' && text[i + 1] === '}') {
        end = i;
        break;
      }
      i += 1;
    }
    if (end < 0) return { found, unclosedAt: start };
    found.push({ body: text.slice(start + 3, end).trim(), offset: start, end: end + 2 });
    from = end + 2;
  }
}

/**
 * A context access, as the path of names from the context down: `github.event.pull_request.title`
 * is ['github', 'event', 'pull_request', 'title']. A computed index (`needs[x]`) or `*` ends the
 * path there and sets `open`, because what follows depends on run-time values.
 */
export interface ContextPath {
  path: string[];
  open: boolean;
}

function pathOf(expr: Expr, visit: (e: Expr) => void): ContextPath | undefined {
  if (expr instanceof ContextAccess) return { path: [expr.name.lexeme], open: false };
  if (!(expr instanceof IndexAccess)) return undefined;
  const base = pathOf(expr.expr, visit);
  if (base === undefined) {
    visit(expr.expr);
    visit(expr.index);
    return undefined;
  }
  if (base.open) {
    visit(expr.index);
    return base;
  }
  if (expr.index instanceof Literal && expr.index.literal instanceof data.StringData) {
    return { path: [...base.path, expr.index.literal.value], open: false };
  }
  if (!(expr.index instanceof Star)) visit(expr.index);
  return { path: base.path, open: true };
}

/** Parses one expression body as the runner does: every context, GitHub's functions. Throws the parser's error. */
export function parseExpression(body: string): Expr {
  const { tokens } = new Lexer(body).lex();
  return new Parser(tokens, [...CONTEXT_NAMES], RUNNER_FUNCTIONS).parse();
}

/**
 * The context paths an expression reads, outermost first. Throws the parser's error for an
 * expression GitHub would refuse (the workflow syntax check reports those with their position).
 */
export function contextPaths(body: string): ContextPath[] {
  const root = parseExpression(body);
  const found: ContextPath[] = [];
  const visit = (expr: Expr): void => {
    if (expr instanceof ContextAccess || expr instanceof IndexAccess) {
      const path = pathOf(expr, visit);
      if (path) found.push(path);
    } else if (expr instanceof FunctionCall) {
      expr.args.forEach(visit);
    } else if (expr instanceof Logical) {
      expr.args.forEach(visit);
    } else if (expr instanceof Binary) {
      visit(expr.left);
      visit(expr.right);
    } else if (expr instanceof Unary) {
      visit(expr.expr);
    } else if (expr instanceof Grouping) {
      visit(expr.group);
    }
  };
  visit(root);
  return found;
}

/** The context paths of every `${{ }}` in a string (or of the whole string, for `if:` conditions written without `${{ }}`). */
export function contextPathsIn(text: string, options: { bareExpression?: boolean } = {}): ContextPath[] {
  const bodies = options.bareExpression && !text.includes('${{') ? [text] : interpolations(text).map((i) => i.body);
  return bodies.flatMap((body) => {
    try {
      return contextPaths(body);
    } catch {
      return [];
    }
  });
}

export function formatPath(path: ContextPath): string {
  return `${path.path.join('.')}${path.open ? '[…]' : ''}`;
}
