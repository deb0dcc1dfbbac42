import type { GitHubClient } from './client.ts';
import { GITHUB_LIMITS, truncateText } from './limits.ts';
import type { RepoRef } from './repo-ref.ts';

export interface UpsertIssueInput {
  /**
   * What the issue is about, e.g. `incident:shop/web:production`; it goes into a hidden line
   * `<!-- pipeline:<marker> -->` at the top of the body, which is how the issue is found again.
   */
  marker: string;
  title: string;
  /** Markdown for a new issue; the marker line is added in front. */
  body: string;
  /**
   * Labels of a new issue. The first one also narrows the search for an open issue, so it must
   * stay on the issue (people may remove the others). Empty searches every open issue.
   */
  labels: readonly string[];
  /** Markdown for the comment added to an open issue that already exists (default: `body`). */
  comment?: string;
  assignees?: readonly string[];
}

export interface UpsertIssueResult {
  action: 'created' | 'commented';
  number: number;
  /** The issue's web address. */
  url: string;
  /** The comment's web address when one was added. */
  commentUrl?: string;
  /**
   * A new issue came back without the labels asked for: GitHub silently drops them when the
   * token may not set labels, and without the first one the issue cannot be found again.
   */
  labelsDropped?: true;
}

const MARKER_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:/@%+-]*$/;

/** The hidden line that identifies an issue the suite keeps up to date. */
export function issueMarker(marker: string): string {
  // GitHub's markdown (CommonMark 0.29) ends an HTML comment at any `--`, which would show the rest.
  if (!MARKER_PATTERN.test(marker) || marker.includes('--')) {
    throw new Error(`Issue marker '${marker}' must be letters, digits and . _ : / @ % + - without '--' (it goes inside an HTML comment); percent-encode anything else.`);
  }
  return `<!-- pipeline:${marker} -->`;
}

interface ListedIssue {
  number: number;
  html_url: string;
  body?: string | null | undefined;
  pull_request?: unknown;
}

/**
 * Keeps one open issue per marker: opens it when there is none, otherwise adds a comment to it,
 * so a recurring event makes a thread instead of a pile of duplicates. Only open issues count,
 * so once people close it the next event opens a new one. The body is never rewritten, because
 * people edit incident issues. An issue counts as ours when a line of its body is exactly the
 * marker line (someone quoting it does not). If two runs raced and opened two, the oldest gets
 * the comments. Errors propagate: wrap the call in withDegrade for a read-only token.
 */
export async function upsertIssue(client: GitHubClient, repo: RepoRef, input: UpsertIssueInput): Promise<UpsertIssueResult> {
  const markerLine = issueMarker(input.marker);
  if (input.title.trim() === '') throw new RangeError('upsertIssue needs a title.');
  const { owner } = repo;
  const name = repo.repo;
  const searchLabel = input.labels[0];

  const open: ListedIssue[] = await client.paginate(client.rest.issues.listForRepo, {
    owner,
    repo: name,
    state: 'open',
    per_page: 100,
    ...(searchLabel === undefined ? {} : { labels: searchLabel }),
  });
  const ours = open
    // The issues list includes pull requests.
    .filter((issue) => issue.pull_request === undefined || issue.pull_request === null)
    .filter((issue) => (issue.body ?? '').split(/\r?\n/).some((line) => line.trim() === markerLine))
    .sort((a, b) => a.number - b.number);
  const existing = ours[0];

  if (existing === undefined) {
    const { data } = await client.rest.issues.create({
      owner,
      repo: name,
      title: input.title,
      body: truncateText(`${markerLine}\n${input.body}`, GITHUB_LIMITS.issueBody),
      ...(input.labels.length === 0 ? {} : { labels: [...input.labels] }),
      ...(input.assignees === undefined || input.assignees.length === 0 ? {} : { assignees: [...input.assignees] }),
    });
    const result: UpsertIssueResult = { action: 'created', number: data.number, url: data.html_url };
    const kept = new Set(data.labels.map((label) => (typeof label === 'string' ? label : label.name)));
    if (searchLabel !== undefined && !kept.has(searchLabel)) result.labelsDropped = true;
    return result;
  }
  const { data } = await client.rest.issues.createComment({
    owner,
    repo: name,
    issue_number: existing.number,
    body: truncateText(input.comment ?? input.body, GITHUB_LIMITS.commentBody),
  });
  return { action: 'commented', number: existing.number, url: existing.html_url, commentUrl: data.html_url };
}
