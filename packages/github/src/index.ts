export { createGitHubClient } from './client.ts';
export type { GitHubClient, GitHubClientOptions } from './client.ts';
export { DEFAULT_MAX_ANNOTATIONS, publishCheckRun, toApiAnnotation } from './check-runs.ts';
export type { AnnotationLevel, CheckAnnotation, CheckConclusion, CheckRunInput, CheckRunResult } from './check-runs.ts';
export { stickyMarker, upsertStickyComment } from './sticky-comment.ts';
export type { StickyCommentInput, StickyCommentResult } from './sticky-comment.ts';
export { classifyGitHubError, withDegrade } from './errors.ts';
export type { DegradeContext, GitHubErrorKind } from './errors.ts';
export { GITHUB_LIMITS, TRUNCATION_NOTE, truncateBytes, truncateText } from './limits.ts';
