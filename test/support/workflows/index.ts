/**
 * Static checks of the repository's GitHub Actions surface: workflows and templates
 * parsed by GitHub's own parser, every call of our actions and reusable workflows
 * checked against what they declare, action metadata linted, no symlinks.
 */
import { checkPinnedActions, checkScriptInjection } from './hygiene.ts';
import { checkActionMetadata } from './metadata.ts';
import type { MetadataOptions } from './metadata.ts';
import { checkReferences } from './references.ts';
import { findSymlinks, sortProblems } from './repo.ts';
import type { Problem } from './repo.ts';
import { checkActionSyntax, checkTemplateProperties, checkWorkflowSyntax } from './syntax.ts';

export { readActionMetadata, readWorkflowCall } from './action-metadata.ts';
export type { ActionMetadata, Declared, WorkflowCall } from './action-metadata.ts';
export { contextPaths, contextPathsIn, CONTEXT_NAMES, formatPath, interpolations, parseExpression, RUNNER_FUNCTIONS, scanInterpolations } from './expressions.ts';
export type { ContextPath, Interpolation } from './expressions.ts';
export {
  checkCallerPermissions,
  checkCheckoutCredentials,
  checkContextReferences,
  checkHardening,
  checkInterfaceDocs,
  checkJobPermissions,
  checkPrivilegedCheckout,
  checkSecretPassing,
  checkStarterTemplates,
  checkUntrustedInterpolation,
  isGenerated,
  STARTER_REF,
} from './hardening.ts';
export type { HardeningChecks } from './hardening.ts';
export { checkPinnedActions, checkScriptInjection } from './hygiene.ts';
export { readWorkflow, stringValues, workflowOf } from './model.ts';
export type { JobNode, StepNode, StringValue, WorkflowNode } from './model.ts';
export { covers, levelOf, readPermissions, requested } from './permissions.ts';
export type { Level, Permissions } from './permissions.ts';
export { checkActionMetadata, importInputSchema, RUNTIME } from './metadata.ts';
export type { MetadataOptions, SchemaLoader } from './metadata.ts';
export { loadActionParser, loadWorkflowParser } from './parser.ts';
export { checkReferences, findCalls, REPOSITORY_NAME, resolveUses } from './references.ts';
export type { Call, UsesTarget } from './references.ts';
export { findActionMetadata, findSymlinks, formatProblem, listActionMetadataFiles, listWorkflowFiles, sortProblems, TEMPLATE_DIR, WORKFLOW_DIR } from './repo.ts';
export type { Problem } from './repo.ts';
export { checkActionSyntax, checkTemplateProperties, checkWorkflowSyntax } from './syntax.ts';

export interface RepositoryChecks {
  workflowSyntax: Problem[];
  actionSyntax: Problem[];
  templates: Problem[];
  references: Problem[];
  metadata: Problem[];
  pinning: Problem[];
  injection: Problem[];
  symlinks: Problem[];
}

/** Runs every check on a repository tree; each list is sorted by file and line. */
export async function checkRepository(root: string, options: MetadataOptions & { repoName?: string } = {}): Promise<RepositoryChecks> {
  const metadataOptions: MetadataOptions = options.loadInputSchema ? { loadInputSchema: options.loadInputSchema } : {};
  return {
    workflowSyntax: sortProblems(await checkWorkflowSyntax(root)),
    actionSyntax: sortProblems(await checkActionSyntax(root)),
    templates: sortProblems(checkTemplateProperties(root)),
    references: sortProblems(checkReferences(root, options.repoName ? { repoName: options.repoName } : {})),
    metadata: sortProblems(await checkActionMetadata(root, metadataOptions)),
    pinning: sortProblems(checkPinnedActions(root)),
    injection: sortProblems(checkScriptInjection(root)),
    symlinks: sortProblems(findSymlinks(root)),
  };
}
