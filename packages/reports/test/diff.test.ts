import { ConfigurationError } from '@pipeline/core';
import { describe, expect, it } from 'vitest';
import { parseUnifiedDiff, unquote } from '../src/diff.ts';

function lines(diff: string): Record<string, number[]> {
  return Object.fromEntries([...parseUnifiedDiff(diff)].map(([path, set]) => [path, [...set]]));
}

describe('parseUnifiedDiff', () => {
  it('collects added new-side lines of -U0 hunks, including pure insertions and d=0 deletions', () => {
    const diff = [
      'diff --git a/src/app.ts b/src/app.ts',
      'index 83db48f..bf269f4 100644',
      '--- a/src/app.ts',
      '+++ b/src/app.ts',
      '@@ -3 +3 @@ export function main() {',
      '-  return 1;',
      '+  return 2;',
      '@@ -10,0 +11,2 @@ export function main() {',
      '+const a = 1;',
      '+const b = 2;',
      '@@ -20,2 +22,0 @@',
      '-gone();',
      '-gone();',
      '@@ -30,2 +30,3 @@',
      '-x',
      '-y',
      '+X',
      '+Y',
      '+Z',
      '',
    ].join('\n');
    expect(lines(diff)).toEqual({ 'src/app.ts': [3, 11, 12, 30, 31, 32] });
  });

  it('counts context lines of -U3 output without reporting them', () => {
    const diff = [
      'diff --git a/scripts/maths.lua b/scripts/maths.lua',
      '--- a/scripts/maths.lua',
      '+++ b/scripts/maths.lua',
      '@@ -8,4 +8,6 @@ function maths.subber(a, b)',
      '    return a - b',
      ' end',
      // A context line whose single space was stripped (seen in diff_cover's fixtures).
      '',
      '+function maths.mult(a,b)',
      '+   return a * b',
      ' return maths',
    ].join('\n');
    expect(lines(diff)).toEqual({ 'scripts/maths.lua': [11, 12] });
  });

  it('does not take body lines that look like headers for headers', () => {
    const diff = [
      'diff --git a/notes.md b/notes.md',
      '--- a/notes.md',
      '+++ b/notes.md',
      '@@ -1,2 +1,2 @@',
      '--- a/old',
      '-diff --git a/x b/x',
      '+++ b/new',
      '+@@ -1 +1 @@',
      '',
    ].join('\n');
    expect(lines(diff)).toEqual({ 'notes.md': [1, 2] });
  });

  it('follows renames and copies and skips deletions, binaries and mode changes', () => {
    const diff = [
      'diff --git a/old/name.ts b/new/name.ts',
      'similarity index 90%',
      'rename from old/name.ts',
      'rename to new/name.ts',
      '--- a/old/name.ts',
      '+++ b/new/name.ts',
      '@@ -5 +5 @@',
      '-a',
      '+b',
      'diff --git a/gone.ts b/gone.ts',
      'deleted file mode 100644',
      '--- a/gone.ts',
      '+++ /dev/null',
      '@@ -1,2 +0,0 @@',
      '-x',
      '-y',
      'diff --git a/logo.png b/logo.png',
      'index 1111111..2222222 100644',
      'Binary files a/logo.png and b/logo.png differ',
      'diff --git a/pure/rename.ts b/pure/renamed.ts',
      'similarity index 100%',
      'rename from pure/rename.ts',
      'rename to pure/renamed.ts',
      'diff --git a/run.sh b/run.sh',
      'old mode 100644',
      'new mode 100755',
      'diff --git a/base.ts b/copy.ts',
      'similarity index 80%',
      'copy from base.ts',
      'copy to copy.ts',
      '--- a/base.ts',
      '+++ b/copy.ts',
      '@@ -0,0 +1 @@',
      '+extra',
    ].join('\n');
    expect(lines(diff)).toEqual({ 'new/name.ts': [5], 'copy.ts': [1] });
  });

  it('handles a new file, and the missing newline marker on either side', () => {
    const diff = [
      'diff --git a/new.txt b/new.txt',
      'new file mode 100644',
      'index 0000000..3b18e51',
      '--- /dev/null',
      '+++ b/new.txt',
      '@@ -0,0 +1,2 @@',
      '+hello',
      '+world',
      '\\ No newline at end of file',
      'diff --git a/end.txt b/end.txt',
      '--- a/end.txt',
      '+++ b/end.txt',
      '@@ -1 +1,2 @@',
      '-last',
      '\\ No newline at end of file',
      '+last',
      '+more',
    ].join('\n');
    expect(lines(diff)).toEqual({ 'new.txt': [1, 2], 'end.txt': [1, 2] });
  });

  it('unquotes paths with octal-escaped UTF-8, spaces and quotes', () => {
    const diff = [
      'diff --git "a/docs/caf\\303\\251 menu.md" "b/docs/caf\\303\\251 menu.md"',
      '--- "a/docs/caf\\303\\251 menu.md"\t',
      '+++ "b/docs/caf\\303\\251 menu.md"\t',
      '@@ -0,0 +1 @@',
      '+x',
      'diff --git a/with space.txt b/with space.txt',
      '--- a/with space.txt\t',
      '+++ b/with space.txt\t',
      '@@ -0,0 +7 @@',
      '+y',
      'diff --git "a/q\\"uote.txt" "b/q\\"uote.txt"',
      'similarity index 100%',
      'rename from "q\\"uote.txt"',
      'rename to "\\346\\227\\245\\346\\234\\254.txt"',
      '--- "a/q\\"uote.txt"',
      '+++ "b/\\346\\227\\245\\346\\234\\254.txt"',
      '@@ -0,0 +2 @@',
      '+z',
    ].join('\n');
    expect(lines(diff)).toEqual({ 'docs/café menu.md': [1], 'with space.txt': [7], '日本.txt': [2] });
  });

  it('accepts CRLF diffs and an empty diff', () => {
    expect(lines('diff --git a/w.txt b/w.txt\r\n--- a/w.txt\r\n+++ b/w.txt\r\n@@ -1 +1 @@\r\n-a\r\n+b\r\n')).toEqual({ 'w.txt': [1] });
    expect(parseUnifiedDiff('').size).toBe(0);
  });

  it('refuses a malformed hunk header with its line', () => {
    try {
      parseUnifiedDiff('diff --git a/x b/x\n--- a/x\n+++ b/x\n@@ -1 +one @@\n');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigurationError);
      expect((error as ConfigurationError).line).toBe(4);
    }
  });
});

describe('unquote', () => {
  it('decodes C-style escapes', () => {
    expect(unquote('"a\\tb\\\\c\\"d\\n"')).toBe('a\tb\\c"d\n');
    expect(unquote('plain/path')).toBe('plain/path');
  });
});
