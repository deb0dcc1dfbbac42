export { createGitHubClient } from './client.ts';
export type { GitHubClient, GitHubClientOptions } from './client.ts';
export { DEFAULT_MAX_ANNOTATIONS, publishCheckRun, toApiAnnotation } from './check-runs.ts';
export type { AnnotationLevel, CheckAnnotation, CheckConclusion, CheckRunInput, CheckRunResult } from './check-runs.ts';
export { stickyMarker, upsertStickyComment } from './sticky-comment.ts';
export type { StickyCommentInput, StickyCommentResult } from './sticky-comment.ts';
export { classifyGitHubError, withDegrade } from './errors.ts';
export type { DegradeContext, GitHubErrorKind } from './errors.ts';
export { GITHUB_LIMITS, TRUNCATION_NOTE, truncateBytes, truncateText } from './limits.ts';
export type { RepoRef } from './repo-ref.ts';
export {
  createDeployment,
  deactivatePrevious,
  DeploymentError,
  findDeployments,
  findSuccessfulDeployment,
  getDeployment,
  hasSuccessfulDeployment,
  latestDeploymentStatus,
  listDeploymentStatuses,
  payloadHasDigest,
  payloadObject,
  setDeploymentStatus,
  truncateDescription,
} from './deployments.ts';
export type {
  CreateDeploymentInput,
  DeactivatePreviousInput,
  DeploymentErrorReason,
  DeploymentInfo,
  DeploymentRef,
  DeploymentState,
  DeploymentStatusInfo,
  DeploymentStatusInput,
  FindDeploymentsQuery,
  SuccessfulDeploymentQuery,
  WritableDeploymentState,
} from './deployments.ts';
export { issueMarker, upsertIssue } from './issues.ts';
export type { UpsertIssueInput, UpsertIssueResult } from './issues.ts';
