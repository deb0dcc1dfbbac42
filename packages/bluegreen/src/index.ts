export {
  ANNOTATIONS, blueGreenState, colourLabelOf, colourServiceName, COLOURS, deploymentName, isColour, LABELS, leaseName, MANAGED_BY, otherColour, parseProgress,
  readBlueGreenState, selectorString,
} from './convention.ts';
export type { BlueGreenState, Colour, Progress, Service } from './convention.ts';
export { rollback } from './rollback.ts';
export type { RollbackOptions, RollbackResult, RollbackStep } from './rollback.ts';
export { PodSignalDetector, podSignalCheck } from './signals.ts';
export type { PodSignalOptions, PodWatchTarget } from './signals.ts';
export { analyseColour, analysisSchema, expandTemplateList, parseAnalysisConfig } from './analysis.ts';
export type { AnalysisConfig, ColourAnalysisDeps, ColourAnalysisSettings, ColourAnalysisTarget } from './analysis.ts';
export { createRoute, parseRouteId, ROUTE_METHODS } from './routes.ts';
export type { RouteMethod, RouteSpec, RouteTarget, TrafficRoute } from './routes.ts';
export { DEFAULT_PREFLIGHT, parsePreflight, preflight, PREFLIGHT_RULES } from './preflight.ts';
export type { Finding, PreflightInput, PreflightLevels, PreflightRule, RuleLevel } from './preflight.ts';
export { render } from './render.ts';
export type { RenderInput, Rendered, ServiceObject } from './render.ts';
export { parseTrafficSteps } from './steps.ts';
export { readYamlInput } from './yaml-input.ts';
export { abort, deploy, promote, scaleDownExpired, status } from './deploy.ts';
export type {
  CommonConfig, DeployConfig, DeployDeps, DeployHooks, DeployOutcome, DeployResult, DeploymentTracker, InterruptedPolicy,
  PreviewTarget, SmokeResult, StepAnalysisRequest, StepRecord, Target,
} from './deploy.ts';
