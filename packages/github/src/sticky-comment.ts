import type { GitHubClient } from './client.ts';
import { classifyGitHubError } from './errors.ts';
import { GITHUB_LIMITS, truncateText } from './limits.ts';

export interface StickyCommentInput {
  owner: string;
  repo: string;
  /** The pull request or issue number. */
  issueNumber: number;
  /** Names the comment among the suite's others, e.g. `quality-gate`. */
  marker: string;
  /** Markdown; the marker line is added in front. */
  body: string;
  /**
   * When false, an existing comment is kept current but none is created: a gate
   * can stay quiet on passing pull requests yet never leave a stale failure up.
   * Default true.
   */
  createIfMissing?: boolean;
}

export interface StickyCommentResult {
  id: number;
  url: string;
  action: 'created' | 'updated' | 'unchanged' | 'skipped';
  /** Older copies (left by a race between two runs) that were removed. */
  duplicatesDeleted: number;
}

const MARKER_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/** The hidden first line that identifies a sticky comment. */
export function stickyMarker(marker: string): string {
  if (!MARKER_PATTERN.test(marker)) {
    throw new Error(`Sticky comment marker '${marker}' must be letters, digits, '.', '_' or '-' (it goes inside an HTML comment).`);
  }
  return `<!-- pipeline:${marker} -->`;
}

interface ListedComment {
  id: number | bigint;
  body?: string | undefined;
  created_at: string;
  html_url: string;
}

/**
 * Keeps exactly one comment per marker on an issue or pull request: updates ours in
 * place, creates it when there is none. Only comments whose body starts with the marker
 * line count as ours, so someone quoting it does not get their comment overwritten.
 */
export async function upsertStickyComment(client: GitHubClient, input: StickyCommentInput): Promise<StickyCommentResult> {
  const markerLine = stickyMarker(input.marker);
  const body = truncateText(`${markerLine}\n${input.body}`, GITHUB_LIMITS.commentBody);
  const { owner, repo } = input;

  const comments: ListedComment[] = await client.paginate(client.rest.issues.listComments, { owner, repo, issue_number: input.issueNumber, per_page: 100 });
  const ours = comments
    .filter((c) => c.body?.startsWith(markerLine) === true)
    .sort((a, b) => a.created_at.localeCompare(b.created_at) || Number(a.id) - Number(b.id));
  const newest = ours.at(-1);

  let result: StickyCommentResult;
  if (!newest && input.createIfMissing === false) {
    return { id: 0, url: '', action: 'skipped', duplicatesDeleted: 0 };
  } else if (!newest) {
    const created = await client.rest.issues.createComment({ owner, repo, issue_number: input.issueNumber, body });
    result = { id: Number(created.data.id), url: created.data.html_url, action: 'created', duplicatesDeleted: 0 };
  } else if (newest.body === body) {
    result = { id: Number(newest.id), url: newest.html_url, action: 'unchanged', duplicatesDeleted: 0 };
  } else {
    const updated = await client.rest.issues.updateComment({ owner, repo, comment_id: newest.id, body });
    result = { id: Number(updated.data.id), url: updated.data.html_url, action: 'updated', duplicatesDeleted: 0 };
  }

  for (const duplicate of ours.slice(0, -1)) {
    try {
      await client.rest.issues.deleteComment({ owner, repo, comment_id: duplicate.id });
      result.duplicatesDeleted += 1;
    } catch (error) {
      // A concurrent run may have removed it already.
      if (classifyGitHubError(error) !== 'not-found') throw error;
    }
  }
  return result;
}
