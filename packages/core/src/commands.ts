import { randomUUID } from 'node:crypto';
import { appendFileSync, existsSync } from 'node:fs';
import { EOL } from 'node:os';
import { ConfigurationError } from './errors.ts';

/**
 * The runner's workflow-command protocol, written directly rather than through
 * @actions/core: that package loads an HTTP client (undici, ~0.9 MB) for OIDC at
 * import time, which alone doubled every action's cold start. The escaping and the
 * file-command heredoc format follow actions/runner exactly.
 */

export function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export type CommandProperties = Record<string, string | number | undefined>;

export function formatCommand(command: string, properties: CommandProperties, message: string): string {
  const props = Object.entries(properties)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined && entry[1] !== '')
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
    .join(',');
  return `::${command}${props ? ` ${props}` : ''}::${escapeData(message)}`;
}

export function issueCommand(command: string, properties: CommandProperties, message: string, write: (line: string) => void = (l) => process.stdout.write(l)): void {
  write(`${formatCommand(command, properties, message)}${EOL}`);
}

/** `name<<DELIMITER` form, which carries any value, newlines included, safely. */
export function formatFileCommand(name: string, value: string): string {
  const delimiter = `ghadelimiter_${randomUUID()}`;
  if (name.includes(delimiter) || value.includes(delimiter)) throw new Error('Unexpected input: the value contains the delimiter');
  return `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`;
}

/** Appends to a runner file command (`GITHUB_OUTPUT`, `GITHUB_STATE`, `GITHUB_ENV`). */
export function issueFileCommand(variable: 'GITHUB_OUTPUT' | 'GITHUB_STATE' | 'GITHUB_ENV', name: string, value: string, env: NodeJS.ProcessEnv = process.env): boolean {
  const path = env[variable];
  if (!path) return false;
  if (!existsSync(path)) throw new ConfigurationError(`The runner's ${variable} file '${path}' does not exist.`);
  appendFileSync(path, formatFileCommand(name, value), 'utf8');
  return true;
}
