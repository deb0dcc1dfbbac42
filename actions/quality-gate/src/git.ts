import type { Exec } from '@pipeline/core';
import { parseUnifiedDiff } from '@pipeline/reports';
import type { NewCode } from './metrics.ts';

const SHA = /^[0-9a-f]{7,64}$/i;
const REF = /^[A-Za-z0-9._/-]+$/;

export interface ChangedLines extends NewCode {
  mergeBase?: string;
}

/**
 * New-side changed lines since the merge base with `base`, from
 * `git diff --no-color --no-ext-diff -U0 <merge-base>...HEAD`, with explicit a/ b/
 * prefixes so a user's `diff.noprefix` cannot change the paths. Any failure is
 * reported as a reason (typically a shallow clone), never as "no changes".
 */
export async function changedLines(exec: Exec, cwd: string, base: string): Promise<ChangedLines> {
  if (!SHA.test(base) && (!REF.test(base) || base.startsWith('-'))) {
    return { missing: `'${base}' is not a commit or branch name` };
  }
  const git = (args: string[]): ReturnType<Exec> => exec('git', args, { cwd, timeoutMs: 60_000, env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' } });
  let mergeBase: string;
  try {
    const mb = await git(['merge-base', base, 'HEAD']);
    if (mb.exitCode !== 0) {
      return { missing: `no merge base between ${base} and HEAD (check out with 'fetch-depth: 0' so the base commit is present)` };
    }
    mergeBase = mb.stdout.trim();
  } catch {
    return { missing: 'git is not available on this runner' };
  }
  const diff = await git(['diff', '--no-color', '--no-ext-diff', '--src-prefix=a/', '--dst-prefix=b/', '-U0', `${mergeBase}...HEAD`]);
  if (diff.exitCode !== 0) return { missing: `git diff against ${mergeBase.slice(0, 12)} failed: ${diff.stderr.trim().split('\n')[0] ?? ''}` };
  return { changed: parseUnifiedDiff(diff.stdout), mergeBase };
}
