import type { GitHubClient } from './client.ts';
import { GITHUB_LIMITS, truncateBytes, truncateText } from './limits.ts';

export type AnnotationLevel = 'notice' | 'warning' | 'failure';

export type CheckConclusion = 'success' | 'failure' | 'neutral' | 'cancelled' | 'skipped' | 'timed_out' | 'action_required';

export interface CheckAnnotation {
  /** Repository-relative path with forward slashes. */
  path: string;
  /** 1-based. */
  startLine: number;
  /** Defaults to startLine. */
  endLine?: number;
  /** Only sent when the annotation covers one line; GitHub rejects columns otherwise. */
  startColumn?: number;
  endColumn?: number;
  level: AnnotationLevel;
  message: string;
  title?: string;
  rawDetails?: string;
}

export interface CheckRunInput {
  owner: string;
  repo: string;
  headSha: string;
  name: string;
  conclusion: CheckConclusion;
  title: string;
  /** Markdown; cut to 65,535 characters. */
  summary: string;
  /** Markdown details; cut to 65,535 characters. */
  text?: string;
  /** Most important first: when there are more than `maxAnnotations`, the tail is dropped. */
  annotations?: readonly CheckAnnotation[];
  detailsUrl?: string;
  externalId?: string;
  /** Upper bound on annotations attached to the run (default 1000). */
  maxAnnotations?: number;
}

export interface CheckRunResult {
  id: number;
  /** The check run's page on GitHub. */
  url: string;
  annotationsSent: number;
  annotationsDropped: number;
}

export const DEFAULT_MAX_ANNOTATIONS = 1000;

interface ApiAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  start_column?: number;
  end_column?: number;
  annotation_level: AnnotationLevel;
  message: string;
  title?: string;
  raw_details?: string;
}

function positiveInt(value: number | undefined, fallback: number): number {
  return value !== undefined && Number.isFinite(value) && value >= 1 ? Math.floor(value) : fallback;
}

/** Brings one annotation within GitHub's field limits and rules. */
export function toApiAnnotation(annotation: CheckAnnotation): ApiAnnotation {
  const startLine = positiveInt(annotation.startLine, 1);
  const endLine = Math.max(startLine, positiveInt(annotation.endLine, startLine));
  const title = annotation.title?.trim() ? truncateText(annotation.title.replace(/\s+/g, ' ').trim(), GITHUB_LIMITS.annotationTitle, '…') : undefined;
  const message = annotation.message.trim() === '' ? (title ?? 'No message') : annotation.message;
  const result: ApiAnnotation = {
    path: annotation.path.replaceAll('\\', '/').replace(/^(\.\/)+/, ''),
    start_line: startLine,
    end_line: endLine,
    annotation_level: annotation.level,
    message: truncateBytes(message, GITHUB_LIMITS.annotationBytes),
  };
  if (startLine === endLine && annotation.startColumn !== undefined) {
    result.start_column = positiveInt(annotation.startColumn, 1);
    if (annotation.endColumn !== undefined) result.end_column = Math.max(result.start_column, positiveInt(annotation.endColumn, result.start_column));
  }
  if (title !== undefined) result.title = title;
  if (annotation.rawDetails) result.raw_details = truncateBytes(annotation.rawDetails, GITHUB_LIMITS.annotationBytes);
  return result;
}

/**
 * Publishes a check run with its annotations. GitHub takes at most 50 annotations per
 * request, so a run with annotations is created `in_progress` and they are appended by
 * update calls, the last of which sets the conclusion: whoever reacts to the completed
 * run sees every annotation. Without annotations the run is created completed.
 * If a batch fails, the run is still completed (best effort) before the error
 * propagates, so no check is left pending on the commit.
 */
export async function publishCheckRun(client: GitHubClient, input: CheckRunInput): Promise<CheckRunResult> {
  const max = Math.max(0, Math.floor(input.maxAnnotations ?? DEFAULT_MAX_ANNOTATIONS));
  const all = input.annotations ?? [];
  const kept = all.slice(0, max).map(toApiAnnotation);
  const dropped = all.length - kept.length;
  const note = dropped > 0
    ? `\n\n> ${dropped} more annotation${dropped === 1 ? ' was' : 's were'} not attached to this check run (limit ${max}); the full list is in the job summary.`
    : '';
  // The note is part of the summary budget, so it survives truncation.
  const summary = truncateText(input.summary, GITHUB_LIMITS.checkRunText - note.length) + note;
  const output = {
    title: input.title,
    summary,
    ...(input.text !== undefined ? { text: truncateText(input.text, GITHUB_LIMITS.checkRunText) } : {}),
  };
  const batches: ApiAnnotation[][] = [];
  for (let i = 0; i < kept.length; i += GITHUB_LIMITS.annotationsPerRequest) batches.push(kept.slice(i, i + GITHUB_LIMITS.annotationsPerRequest));
  const { owner, repo } = input;
  const completion = (): { status: 'completed'; conclusion: CheckConclusion; completed_at: string } => ({
    status: 'completed',
    conclusion: input.conclusion,
    completed_at: new Date().toISOString(),
  });

  const created = await client.rest.checks.create({
    owner,
    repo,
    name: input.name,
    head_sha: input.headSha,
    ...(batches.length === 0 ? completion() : { status: 'in_progress' as const, started_at: new Date().toISOString() }),
    ...(input.detailsUrl !== undefined ? { details_url: input.detailsUrl } : {}),
    ...(input.externalId !== undefined ? { external_id: input.externalId } : {}),
    output,
  });
  const id = Number(created.data.id);
  let sent = 0;
  for (const [index, batch] of batches.entries()) {
    const last = index === batches.length - 1;
    try {
      await client.rest.checks.update({ owner, repo, check_run_id: id, output: { ...output, annotations: batch }, ...(last ? completion() : {}) });
    } catch (error) {
      try {
        await client.rest.checks.update({ owner, repo, check_run_id: id, output, ...completion() });
      } catch {
        // The original failure is the one worth reporting.
      }
      throw error;
    }
    sent += batch.length;
  }
  return { id, url: created.data.html_url ?? created.data.url, annotationsSent: sent, annotationsDropped: dropped };
}
