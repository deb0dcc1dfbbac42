export { KubeClient, DEFAULT_FIELD_MANAGER } from './client.ts';
export type { ApplyCallOptions, DeleteOptions, HttpMethod, KubeClientOptions, KubeRequest, KubeResponse, KubeTarget, ListOptions, Query, RequestRecord } from './client.ts';
export { ClusterAuth, PROXY_PROTOCOLS } from './auth.ts';
export type { ClusterAuthOptions, Credentials, KubeconfigEntry, TlsSettings } from './auth.ts';
export { EXEC_API_VERSIONS } from './exec-credential.ts';
export type { ExecApiVersion, ExecClusterInfo, ExecCredential, ExecPluginConfig, InteractiveMode } from './exec-credential.ts';
export { SERVICE_ACCOUNT_DIR, maskUser, removeTempKubeconfig, resolveKubeConfig, writeTempKubeconfig } from './kubeconfig.ts';
export type { KubeConfigOptions, KubeConfigSource, ResolvedKubeConfig, TempFile } from './kubeconfig.ts';
export { Discovery, UnservedKindError, collectionPath, groupVersionPath, objectPath, splitApiVersion } from './discovery.ts';
export type { ApiResource } from './discovery.ts';
export { KubeApiError, KubeConnectionError, isConflict, isForbidden, isGone, isKubeApiError, isNotFound } from './errors.ts';
export { DEFAULT_RETRY_POLICY, classifyFailure, isIdempotentRequest, parseRetryAfter, withRetry } from './retry.ts';
export type { FailureClass, RetryOptions, RetryPolicy } from './retry.ts';
export { describeRef, refOf } from './types.ts';
export type { KubeList, KubeObject, KubeStatus, ManagedFieldsEntry, ObjectMeta, ObjectRef, OwnerReference } from './types.ts';
export {
  describeSource, formatManifests, hasDigest, loadManifests, parseImageOverrides, parseImageReference, parseManifests, podSpecOf, substituteImages, validateManifest,
} from './manifests.ts';
export type {
  Container, ImageOverride, ImageReference, ImageSubstitution, LoadManifestsOptions, Manifest, ManifestSource, PodSpecLocation, SubstituteResult,
} from './manifests.ts';
export { diffObject, formatChange, secretRedactor } from './diff.ts';
export { canonicalQuantity, parseQuantity } from './quantity.ts';
export { normaliseQuantities } from './normalise.ts';
export type { ChangeKind, DiffOptions, FieldChange, FormatOptions } from './diff.ts';
export { ApplyError, applyObjects, applyOrder, formatPlan, planObjects } from './apply.ts';
export type { ApplyAction, ApplyFailure, ApplyInput, ApplyOptions, ApplyResult, PlanAction, PlanEntry, PlanOptions } from './apply.ts';
export { WaitTimeoutError, watchUntil } from './watch.ts';
export type { WatchEvent, WatchEventType, WatchTarget, WatchUntilOptions } from './watch.ts';
export {
  FATAL_WAITING_REASONS, RolloutError, deploymentRolloutStatus, diagnosePod, selectorToString, summariseEvents, waitForRollout,
} from './rollout.ts';
export type {
  Condition, ContainerState, ContainerStatus, Deployment, EventSummary, KubeEvent, LabelSelector, Pod, PodProblem, RolloutFailure, RolloutOptions, RolloutResult, RolloutStatus,
} from './rollout.ts';
export { endpointsFromEndpoints, endpointsFromSlices, serviceEndpoints, waitForServiceEndpoints } from './endpoints.ts';
export type { EndpointInfo, EndpointOptions, EndpointSlice, EndpointSource, Endpoints, ServiceEndpoints, ServiceRef, WaitForEndpointsOptions } from './endpoints.ts';
export { LeaseLock, LockHeldError, formatMicroTime, leaseExpiresAt, leaseState, parseMicroTime } from './lease-lock.ts';
export type { AcquireOptions, Lease, LeaseLockOptions, LeaseSpec, LeaseState } from './lease-lock.ts';
export { canI, describeCheck, describeSubject, reviewAccess, reviewAccessBatch, subjectAccessReview } from './access.ts';
export type { AccessCheck, AccessResult, AccessSubject, NonResourceAccess, ResourceAccess } from './access.ts';
export { requestServiceAccountToken, tokenKubeconfig } from './service-account.ts';
export type { ServiceAccountToken, TokenRequestOptions } from './service-account.ts';
