import { ConfigurationError } from '@pipeline/core';

const HUNK_HEADER = /^@@ -\d+(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;

/**
 * New-side line numbers that a unified diff ADDS, per file, from the output of
 * `git diff --no-color --no-ext-diff -U0 <merge-base>...HEAD` (context lines, as
 * in `-U3` output, are understood too and never count as added).
 *
 * - The file is the new side: `+++ b/<path>`, or `rename to`/`copy to` for a
 *   rename or copy. Paths are expected with git's default `a/` `b/` prefixes;
 *   run git with `--src-prefix=a/ --dst-prefix=b/` so a user's diff.noprefix or
 *   diff.mnemonicprefix setting cannot change them.
 * - Deleted files (`+++ /dev/null`), binary files and pure renames add no lines
 *   and do not appear in the result; nor does any file whose hunks only delete.
 * - Paths git quotes (`"caf\303\251.txt"`, with core.quotePath) are unquoted and
 *   their octal escapes decoded as UTF-8.
 * - Hunk bodies are consumed by the counts in `@@ -a,b +c,d @@` (d=0 for a hunk
 *   that only deletes), so a removed line that reads "-- a/x" or an added line
 *   that reads "++ b/x" is never taken for a file header. A body line that cannot
 *   belong to a hunk (e.g. the next `diff --git`) ends it early, which tolerates
 *   hand-edited diffs whose counts are too large.
 * - `\ No newline at end of file` is not a line of either side.
 */
export function parseUnifiedDiff(text: string): Map<string, Set<number>> {
  const changed = new Map<string, Set<number>>();
  let added: Set<number> | undefined;
  let file: string | undefined;
  let newLine = 0;
  let oldLeft = 0;
  let newLeft = 0;
  let lineNumber = 0;
  let position = 0;
  while (position < text.length) {
    let end = text.indexOf('\n', position);
    if (end === -1) end = text.length;
    const start = position;
    position = end + 1;
    lineNumber += 1;

    if (oldLeft > 0 || newLeft > 0) {
      const first = text.charCodeAt(start);
      if (first === 0x2b) { // '+'
        if (file !== undefined) {
          if (added === undefined) {
            added = new Set();
            changed.set(file, added);
          }
          added.add(newLine);
        }
        newLine += 1;
        newLeft -= 1;
        continue;
      }
      if (first === 0x2d) { // '-'
        oldLeft -= 1;
        continue;
      }
      // An empty line is a context line whose leading space an editor or mail client stripped.
      if (first === 0x20 || start === end || (end - start === 1 && first === 0x0d)) {
        newLine += 1;
        oldLeft -= 1;
        newLeft -= 1;
        continue;
      }
      if (first === 0x5c) continue; // '\ No newline at end of file'
      oldLeft = 0;
      newLeft = 0;
    }

    const line = text.slice(start, end).replace(/\r$/, '');
    if (line.startsWith('diff --git ')) {
      file = undefined;
      added = undefined;
    } else if (line.startsWith('+++ ')) {
      file = newSidePath(line.slice(4));
      added = file === undefined ? undefined : changed.get(file);
    } else if (line.startsWith('rename to ') || line.startsWith('copy to ')) {
      file = unquote(line.slice(line.indexOf(' to ') + 4));
      added = changed.get(file);
    } else if (line.startsWith('@@ ')) {
      const match = HUNK_HEADER.exec(line);
      if (match === null) {
        throw new ConfigurationError(`diff line ${lineNumber}: malformed hunk header "${line}"; expected "@@ -a,b +c,d @@".`, { line: lineNumber });
      }
      oldLeft = match[1] === undefined ? 1 : Number(match[1]);
      newLine = Number(match[2]);
      newLeft = match[3] === undefined ? 1 : Number(match[3]);
    }
  }
  return changed;
}

function newSidePath(raw: string): string | undefined {
  // git appends a tab to names that contain a space; an unquoted name never holds a tab.
  const name = raw.startsWith('"') ? unquote(raw) : raw.split('\t', 1)[0] ?? raw;
  if (name === '/dev/null') return undefined;
  return name.startsWith('b/') ? name.slice(2) : name;
}

const ESCAPES: Partial<Record<string, number>> = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, '\\': 92 };

/** Undoes git's C-style quoting (quote_c_style): octal escapes are raw bytes of a UTF-8 name. */
export function unquote(raw: string): string {
  if (!raw.startsWith('"')) return raw;
  const bytes: number[] = [];
  for (let index = 1; index < raw.length; index += 1) {
    const char = raw[index] as string;
    if (char === '"') break;
    if (char !== '\\') {
      for (const byte of Buffer.from(char, 'utf8')) bytes.push(byte);
      continue;
    }
    const next = raw[index + 1] ?? '';
    const octal = /^[0-7]{3}/.exec(raw.slice(index + 1, index + 4));
    if (octal !== null) {
      bytes.push(Number.parseInt(octal[0], 8));
      index += 3;
    } else {
      bytes.push(ESCAPES[next] ?? next.charCodeAt(0));
      index += 1;
    }
  }
  return Buffer.from(bytes).toString('utf8');
}
