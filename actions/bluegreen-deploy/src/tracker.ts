// GitHub Deployments for bluegreen-deploy: one deployment per namespace and revision, in_progress
// while it runs, success (earlier ones inactive) or failure at the end.
import type { Logger, RunContext } from '@pipeline/core';
import type { DeploymentTracker } from '@pipeline/bluegreen';
import { createDeployment, deactivatePrevious, setDeploymentStatus, withDegrade } from '@pipeline/github';
import type { GitHubClient } from '@pipeline/github';

export interface TrackerOptions {
  environment: string;
  environmentUrl: string | undefined;
  /** Digests of the images deployed, kept in the payload so production can check what was staged. */
  images: Record<string, string>;
  /** Several namespaces (tenants) share an environment: the namespace then joins its name. */
  perNamespace: boolean;
}

/**
 * GitHub Deployments record a deploy; they never decide it. A read-only token degrades to a
 * warning (withDegrade), and so does any other failure: a GitHub outage after the switch must not
 * roll back a healthy deploy, nor stop one from starting.
 */
async function recording<T>(logger: Logger, what: string, fn: () => Promise<T>): Promise<T | undefined> {
  try {
    return await withDegrade(logger, what, fn, { permission: 'deployments: write' });
  } catch (error) {
    logger.warning(`Could not ${what}: ${error instanceof Error ? error.message : String(error)}. The deploy goes on; its GitHub deployment record may be incomplete.`);
    return undefined;
  }
}

export function githubTracker(
  github: GitHubClient,
  context: RunContext,
  logger: Logger,
  options: TrackerOptions,
): DeploymentTracker & { environmentFor(namespace: string): string } {
  const repo = { owner: context.owner, repo: context.repo };
  const environments = new Map<number, string>();
  const environmentFor = (namespace: string) => (options.perNamespace ? `${options.environment}/${namespace}` : options.environment);
  return {
    environmentFor,
    async start(info) {
      const environment = environmentFor(info.namespace);
      const created = await recording(logger, `create a GitHub deployment for ${environment}`, () => createDeployment(github, repo, {
        ref: context.ref === '' ? context.sha : context.ref,
        ...(/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(context.sha) ? { sha: context.sha } : {}),
        environment,
        description: `${info.service} ${info.revision} → ${info.colour}`,
        payload: { namespace: info.namespace, service: info.service, revision: info.revision, colour: info.colour, images: options.images, run: context.runUrl },
        productionEnvironment: /^prod/i.test(options.environment),
      }));
      if (created === undefined) return undefined;
      environments.set(created.id, environment);
      // The deployment exists from here on: its outcome is still recorded when in_progress could not be.
      await recording(logger, `set GitHub deployment ${created.id} to in_progress`, () => setDeploymentStatus(github, repo, created.id, {
        state: 'in_progress',
        logUrl: context.runUrl,
        description: `Deploying ${info.revision} to ${info.colour}`,
        ...(options.environmentUrl === undefined ? {} : { environmentUrl: options.environmentUrl }),
      }));
      logger.info(`GitHub deployment ${created.id} (${environment}) is in progress`);
      return created.id;
    },
    async finish(id, state, description) {
      const set = await recording(logger, `set GitHub deployment ${id} to ${state}`, async () => {
        await setDeploymentStatus(github, repo, id, {
          state,
          logUrl: context.runUrl,
          description,
          autoInactive: false,
          ...(state === 'success' && options.environmentUrl !== undefined ? { environmentUrl: options.environmentUrl } : {}),
        });
        return true;
      });
      const environment = environments.get(id);
      if (set !== true || state !== 'success' || environment === undefined) return;
      const retired = await recording(logger, `mark earlier deployments of ${environment} inactive`, () => deactivatePrevious(github, repo, { environment, keepId: id }));
      if (retired !== undefined && retired.length > 0) logger.info(`Marked earlier deployments of ${environment} inactive: ${retired.join(', ')}`);
    },
  };
}
