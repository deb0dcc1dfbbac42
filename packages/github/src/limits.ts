import { truncateUtf8 } from '@pipeline/core';

/** GitHub's documented limits; exceeding any of them fails the whole request. */
export const GITHUB_LIMITS = {
  /** Annotations per create/update check run request. */
  annotationsPerRequest: 50,
  /** `output.summary` and `output.text` of a check run, in characters. */
  checkRunText: 65_535,
  /** Issue and pull request comment body, in characters. */
  commentBody: 65_536,
  /** Annotation `message` and `raw_details`, in bytes (64 KB). */
  annotationBytes: 64 * 1024,
  /** Annotation `title`, in characters. */
  annotationTitle: 255,
  /** Issue body, in characters (the same cap as a comment). */
  issueBody: 65_536,
  /** Deployment status `description`, in characters. */
  deploymentStatusDescription: 140,
} as const;

export const TRUNCATION_NOTE = '… truncated';

/**
 * Cuts `text` to at most `max` UTF-16 code units (GitHub's "characters"; never more than
 * code points, so this is safe), ending with a note so nobody mistakes it for the whole.
 */
export function truncateText(text: string, max: number, note = TRUNCATION_NOTE): string {
  if (text.length <= max) return text;
  const suffix = `\n\n${note}`;
  let end = Math.max(0, max - suffix.length);
  // Do not split a surrogate pair.
  const code = text.charCodeAt(end - 1);
  if (end > 0 && code >= 0xd800 && code <= 0xdbff) end -= 1;
  return text.slice(0, end) + suffix.slice(0, max);
}

/** Like truncateText, with the limit in UTF-8 bytes. */
export function truncateBytes(text: string, maxBytes: number, note = TRUNCATION_NOTE): string {
  if (Buffer.byteLength(text, 'utf8') <= maxBytes) return text;
  const suffix = `\n\n${note}`;
  return truncateUtf8(text, Math.max(0, maxBytes - Buffer.byteLength(suffix, 'utf8'))) + suffix;
}
