/**
 * The runner's workflow-command protocol on a step's output (`::name k=v,k=v::data`),
 * parsed with the runner's own rules: leading whitespace is ignored, property keys
 * are case-insensitive, and the escapes are undone in the runner's order, `%25` last.
 */

export type AnnotationLevel = 'error' | 'warning' | 'notice' | 'debug';

export interface Annotation {
  level: AnnotationLevel;
  message: string;
  file?: string;
  line?: number;
  endLine?: number;
  col?: number;
  endColumn?: number;
  title?: string;
}

export interface LogGroup {
  name: string;
  /** Output lines between `::group::` and its end, commands excluded. */
  lines: string[];
  /** False when the group was never ended, or a new group started first. */
  closed: boolean;
}

export interface ParsedCommands {
  annotations: Annotation[];
  masked: string[];
  groups: LogGroup[];
}

const DATA_ESCAPES: ReadonlyArray<readonly [string, string]> = [
  ['%0D', '\r'],
  ['%0A', '\n'],
  ['%25', '%'],
];
const PROPERTY_ESCAPES: ReadonlyArray<readonly [string, string]> = [
  ['%0D', '\r'],
  ['%0A', '\n'],
  ['%3A', ':'],
  ['%2C', ','],
  ['%25', '%'],
];

function unescape(value: string, escapes: ReadonlyArray<readonly [string, string]>): string {
  let result = value;
  for (const [escaped, plain] of escapes) result = result.replaceAll(escaped, plain);
  return result;
}

export function unescapeData(value: string): string {
  return unescape(value, DATA_ESCAPES);
}

export function unescapeProperty(value: string): string {
  return unescape(value, PROPERTY_ESCAPES);
}

export interface WorkflowCommand {
  command: string;
  /** Keys lower-cased: the runner looks properties up case-insensitively. */
  properties: Map<string, string>;
  data: string;
}

/** One line as the runner reads it, or undefined when it is not a command. */
export function parseCommandLine(line: string): WorkflowCommand | undefined {
  const message = line.trimStart();
  if (!message.startsWith('::')) return undefined;
  const end = message.indexOf('::', 2);
  if (end < 0) return undefined;
  const info = message.slice(2, end);
  const space = info.indexOf(' ');
  const command = space < 0 ? info : info.slice(0, space);
  if (command === '') return undefined;
  const properties = new Map<string, string>();
  if (space > 0) {
    for (const pair of info.slice(space + 1).trim().split(',')) {
      const equals = pair.indexOf('=');
      if (equals <= 0 || equals === pair.length - 1) continue;
      properties.set(pair.slice(0, equals).toLowerCase(), unescapeProperty(pair.slice(equals + 1)));
    }
  }
  return { command, properties, data: unescapeData(message.slice(end + 2)) };
}

const LEVELS = new Set<string>(['error', 'warning', 'notice', 'debug']);

function integer(value: string | undefined): number | undefined {
  if (value === undefined || !/^\d+$/.test(value.trim())) return undefined;
  return Number(value.trim());
}

function toAnnotation(level: AnnotationLevel, command: WorkflowCommand): Annotation {
  const annotation: Annotation = { level, message: command.data };
  if (level === 'debug') return annotation;
  const p = command.properties;
  const file = p.get('file');
  const title = p.get('title');
  const line = integer(p.get('line'));
  const endLine = integer(p.get('endline'));
  const col = integer(p.get('col'));
  const endColumn = integer(p.get('endcolumn'));
  if (file !== undefined) annotation.file = file;
  if (line !== undefined) annotation.line = line;
  if (endLine !== undefined) annotation.endLine = endLine;
  if (col !== undefined) annotation.col = col;
  if (endColumn !== undefined) annotation.endColumn = endColumn;
  if (title !== undefined) annotation.title = title;
  return annotation;
}

/**
 * Walks a step's output in order. `::stop-commands::<token>` suspends processing
 * until a line `::<token>::`, exactly as the runner does for untrusted output.
 */
export function parseWorkflowCommands(output: string): ParsedCommands {
  const result: ParsedCommands = { annotations: [], masked: [], groups: [] };
  let open: LogGroup | undefined;
  let stopToken: string | undefined;
  const lines = output.split(/\r?\n/);
  // Output ends with an EOL; the empty remainder is not a line.
  if (lines.at(-1) === '') lines.pop();
  for (const line of lines) {
    if (stopToken !== undefined) {
      if (line.trim() === `::${stopToken}::`) stopToken = undefined;
      else open?.lines.push(line);
      continue;
    }
    const command = parseCommandLine(line);
    if (command === undefined) {
      open?.lines.push(line);
      continue;
    }
    if (LEVELS.has(command.command)) {
      result.annotations.push(toAnnotation(command.command as AnnotationLevel, command));
    } else if (command.command === 'add-mask') {
      if (command.data.trim() !== '') result.masked.push(command.data);
    } else if (command.command === 'group') {
      open = { name: command.data, lines: [], closed: false };
      result.groups.push(open);
    } else if (command.command === 'endgroup') {
      if (open) open.closed = true;
      open = undefined;
    } else if (command.command === 'stop-commands') {
      if (command.data !== '') stopToken = command.data;
    } else {
      open?.lines.push(line);
    }
  }
  return result;
}

/**
 * Masked values that appear anywhere in the output other than their own
 * `::add-mask::` line. Printing a secret before masking it leaks it too, so
 * position does not matter.
 */
export function findLeaks(output: string, masked: readonly string[]): string[] {
  const lines = output.split(/\r?\n/).filter((line) => parseCommandLine(line)?.command !== 'add-mask');
  const text = lines.join('\n');
  return [...new Set(masked)].filter((secret) => text.includes(secret));
}
