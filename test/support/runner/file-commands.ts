/**
 * Readers for the runner's file commands (GITHUB_OUTPUT, GITHUB_ENV, GITHUB_STATE,
 * GITHUB_PATH), strict in the same places as the runner, so a malformed write fails
 * the test the way it would fail the step.
 */

export class FileCommandError extends Error {
  override readonly name = 'FileCommandError';
}

function splitLines(content: string): string[] {
  const lines = content.split('\n').map((line) => (line.endsWith('\r') ? line.slice(0, -1) : line));
  // Every command ends with an EOL, so the last element is the empty remainder.
  if (lines.at(-1) === '') lines.pop();
  return lines;
}

/**
 * Parses `name=value` lines and `name<<DELIMITER` heredocs (what @actions/core writes,
 * with a random `ghadelimiter_<uuid>`). Whichever of `=` and `<<` comes first decides
 * the form, as in the runner. A later write of the same name wins.
 */
export function parseKeyValueFile(content: string, label: string): Record<string, string> {
  const values = new Map<string, string>();
  const lines = splitLines(content);
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] ?? '';
    if (line === '') continue;
    const at = `${label} line ${index + 1}`;
    const equals = line.indexOf('=');
    const heredoc = line.indexOf('<<');
    if (equals >= 0 && (heredoc < 0 || equals < heredoc)) {
      const name = line.slice(0, equals);
      if (name === '') throw new FileCommandError(`${at}: empty name in '${line}'.`);
      values.set(name, line.slice(equals + 1));
    } else if (heredoc >= 0) {
      const name = line.slice(0, heredoc);
      const delimiter = line.slice(heredoc + 2);
      if (name === '' || delimiter === '') throw new FileCommandError(`${at}: a heredoc needs a name and a delimiter, got '${line}'.`);
      const body: string[] = [];
      let closed = false;
      for (index++; index < lines.length; index++) {
        const next = lines[index] ?? '';
        if (next === delimiter) {
          closed = true;
          break;
        }
        body.push(next);
      }
      if (!closed) throw new FileCommandError(`${at}: matching delimiter not found '${delimiter}'.`);
      values.set(name, body.join('\n'));
    } else {
      throw new FileCommandError(`${at}: expected 'name=value' or 'name<<DELIMITER', got '${line}'.`);
    }
  }
  return Object.fromEntries(values);
}

/** GITHUB_PATH: one directory per line, in the order written. */
export function parsePathFile(content: string): string[] {
  return splitLines(content).filter((line) => line !== '');
}
