import { EOL } from 'node:os';
import { issueCommand, issueFileCommand, type CommandProperties } from './commands.ts';
import type { AnnotationProperties, Logger } from './logger.ts';

function annotation(p: AnnotationProperties | undefined): CommandProperties {
  if (!p) return {};
  // The runner rejects column ranges that span lines, so only send them for one-line spans.
  const oneLine = p.endLine === undefined || p.endLine === p.startLine;
  return {
    title: p.title,
    file: p.file,
    line: p.startLine,
    endLine: p.endLine,
    col: oneLine ? p.startColumn : undefined,
    endColumn: oneLine ? p.endColumn : undefined,
  };
}

/** The Logger that speaks the runner's workflow-command protocol on stdout. */
export function runnerLogger(write: (text: string) => void = (t) => process.stdout.write(t)): Logger {
  return {
    debug: (message) => issueCommand('debug', {}, message, write),
    info: (message) => write(`${message}${EOL}`),
    notice: (message, properties) => issueCommand('notice', annotation(properties), message, write),
    warning: (message, properties) => issueCommand('warning', annotation(properties), message, write),
    error: (message, properties) => issueCommand('error', annotation(properties), message, write),
    async group(name, fn) {
      issueCommand('group', {}, name, write);
      try {
        return await fn();
      } finally {
        issueCommand('endgroup', {}, '', write);
      }
    },
  };
}

export type OutputValue = string | number | boolean | undefined;

/** Writes step outputs; `undefined` values are skipped so consumers see an empty output, not "undefined". */
export function setOutputs(outputs: Record<string, OutputValue>, env: NodeJS.ProcessEnv = process.env): void {
  for (const [name, value] of Object.entries(outputs)) {
    if (value === undefined) continue;
    const text = typeof value === 'string' ? value : String(value);
    if (!issueFileCommand('GITHUB_OUTPUT', name, text, env)) {
      // Older runners without GITHUB_OUTPUT still read the deprecated command.
      issueCommand('set-output', { name }, text);
    }
  }
}

/** Saves a value for this action's `post:` step, which reads it back as `STATE_<name>`. */
export function saveState(name: string, value: string, env: NodeJS.ProcessEnv = process.env): void {
  if (!issueFileCommand('GITHUB_STATE', name, value, env)) issueCommand('save-state', { name }, value);
}

export function getState(name: string, env: NodeJS.ProcessEnv = process.env): string {
  return env[`STATE_${name}`] ?? '';
}
