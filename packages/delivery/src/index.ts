export { collectChanges, githubChangeSource } from './changes.ts';
export type { ChangeSource } from './changes.ts';
export { computeDelivery, leadTimeRequests, targetsMet, WEEK_MS } from './compute.ts';
export type { ComputeOptions, DeliveryWindow, LeadTimeRequest } from './compute.ts';
export { deliveryExposition, METRIC_PREFIX } from './exposition.ts';
export { readDeliveryHistory } from './history.ts';
export type { DeliveryHistory, HistoryQuery } from './history.ts';
export { measureDelivery, measureHistories } from './measure.ts';
export type { DeliveryQuery } from './measure.ts';
export { environmentSelected, outcomeOf, SEED_TARGETS, serviceOf } from './model.ts';
// Re-exported: histories read deployment payloads the way @pipeline/github's deployment records do.
export { payloadObject } from '@pipeline/github';
export type {
  Change,
  DeliveryFigures,
  DeliveryReport,
  DeliveryTargets,
  DeploymentHistory,
  Outcome,
  Rating,
  ServiceDelivery,
  StatusEvent,
  WeekFigures,
} from './model.ts';
export { groupingPath, PushError, pushDelivery } from './pushgateway.ts';
export type { PushedGroup, PushOptions } from './pushgateway.ts';
export { median, quantile } from './stats.ts';
