// bluegreen-deploy between its inputs and the blue/green library: which namespaces, the lock
// around each, the hooks (smoke test, analysis, GitHub Deployments), and what goes out.
import { ConfigurationError } from '@pipeline/core';
import type { Inputs, Logger, OutputValue, RunContext, SummaryBuilder } from '@pipeline/core';
import {
  abort, analyseColour, deploy, leaseName, parseAnalysisConfig, parsePreflight, parseTrafficSteps, promote, status,
} from '@pipeline/bluegreen';
import type { CommonConfig, DeployHooks, DeployOutcome, RouteSpec } from '@pipeline/bluegreen';
import { isForbidden, KubeApiError, KubeClient, LeaseLock, LockHeldError, loadManifests, parseImageOverrides, podSpecOf, substituteImages } from '@pipeline/kube';
import type { Container, Manifest } from '@pipeline/kube';
import type { inputSchema } from './inputs.ts';
import { LOCK_STATE, lockIdentity } from './lock-state.ts';
import type { LockState } from './lock-state.ts';
import { buildSummary, stepTimings } from './report.ts';
import { smokeTest } from './smoke.ts';
import { planWaves } from './waves.ts';
import type { Wave } from './waves.ts';

export type BlueGreenInputs = Inputs<typeof inputSchema>;

export interface ActionDeps {
  context: RunContext;
  logger: Logger;
  mask: (secret: string) => void;
  setOutputs: (outputs: Record<string, OutputValue>) => void;
  writeSummary: (summary: SummaryBuilder) => void;
  saveState: (name: string, value: string) => void;
}

async function loadDeployManifests(inputs: BlueGreenInputs, workspace: string, logger: Logger): Promise<Manifest[]> {
  if (inputs.manifests.length === 0) throw new ConfigurationError("Input 'manifests' is required for action: deploy: files, globs or a Kustomize directory holding the service's Deployment (and its Service)", { input: 'manifests' });
  const manifests = await loadManifests(inputs.manifests, { workspace, input: 'manifests' });
  if (inputs.images === undefined) return manifests;
  const overrides = parseImageOverrides(inputs.images, { input: 'images', requireDigest: inputs.requireDigest });
  const result = substituteImages(manifests, overrides);
  for (const s of result.substitutions) logger.info(`Image ${s.container}: ${s.from} → ${s.to}`);
  return result.manifests;
}

/** The lock is the first write in a namespace: where Namespaces cannot be read, a missing one shows up there as a 404 naming it. */
function isMissingNamespace(error: unknown, namespace: string): boolean {
  const details = error instanceof KubeApiError ? error.statusObject?.details : undefined;
  return error instanceof KubeApiError && error.status === 404 && details?.kind === 'namespaces' && details.name === namespace;
}

/**
 * With tenants, every namespace must exist before the first wave starts: finding a missing tenant
 * only when its wave comes would leave the earlier waves deployed and the run half done. A
 * deployer that may not read Namespaces finds out at the lock instead.
 */
async function requireNamespaces(kube: KubeClient, waves: readonly Wave[], inputs: BlueGreenInputs): Promise<void> {
  const missing: string[] = [];
  for (const namespace of waves.flatMap((w) => w.namespaces)) {
    try {
      if ((await kube.find({ apiVersion: 'v1', kind: 'Namespace', name: namespace })) === undefined) missing.push(namespace);
    } catch (error) {
      if (isForbidden(error)) return;
      throw error;
    }
  }
  if (missing.length > 0) throw missingNamespaces(missing, inputs);
}

function missingNamespaces(missing: readonly string[], inputs: BlueGreenInputs): ConfigurationError {
  const one = missing.length === 1;
  const names = missing.map((n) => `'${n}'`).join(', ');
  const fix = inputs.tenants === undefined ? "or fix 'namespace'" : "or fix the tenants' names in 'tenants'";
  return new ConfigurationError(
    `${one ? 'Namespace' : 'Namespaces'} ${names} ${one ? 'does' : 'do'} not exist, so there is nothing to ${inputs.action} there and nothing was changed; create ${one ? 'it' : 'them'} first (tenant-isolate does, with quota and policies), ${fix}`,
    { input: inputs.tenants === undefined ? 'namespace' : 'tenants' },
  );
}

/**
 * The outputs and the job summary, from the namespaces that finished. A run that failed part-way
 * has no overall result: `results` says how far it got.
 */
function publish(inputs: BlueGreenInputs, deps: ActionDeps, outcomes: readonly DeployOutcome[], requests: number, completed: boolean): void {
  const last = outcomes.at(-1);
  const worst = outcomes.find((o) => o.result === 'rolled-back') ?? last;
  deps.setOutputs({
    result: completed ? worst?.result : undefined,
    'active-color': last?.activeColour,
    'previous-color': last?.previousColour,
    revision: last?.revision,
    'deployment-id': last?.deploymentId,
    'environment-url': inputs.environmentUrl,
    'step-timings': stepTimings(outcomes),
    results: JSON.stringify(outcomes.map((o) => ({
      namespace: o.namespace, result: o.result, active: o.activeColour ?? null, revision: o.revision ?? null, reason: o.reason ?? null,
    }))),
    'api-requests': requests,
  });
  if (inputs.summary) deps.writeSummary(buildSummary(inputs.action, outcomes));
}

/** Runs one action (deploy, promote, abort or status) over every namespace, wave by wave. */
export async function runBlueGreen(inputs: BlueGreenInputs, deps: ActionDeps): Promise<DeployOutcome[]> {
  const { context, logger } = deps;
  const steps = parseTrafficSteps(inputs.trafficSteps);
  const preflightLevels = parsePreflight(inputs.preflight, inputs.requireDigest);
  const waves = planWaves({ namespace: inputs.namespace, tenants: inputs.tenants, waves: inputs.waves, workspace: context.workspace });
  const analysis = inputs.analysis === undefined ? undefined : parseAnalysisConfig(inputs.analysis, context.workspace);
  if (analysis?.prometheusAuth !== undefined) deps.mask(analysis.prometheusAuth);
  const manifests = inputs.action === 'deploy' ? await loadDeployManifests(inputs, context.workspace, logger) : [];
  const route: RouteSpec = { method: inputs.routeMethod, ...(inputs.route === undefined ? {} : { name: inputs.route }) };

  let requests = 0;
  const { client: kube } = await KubeClient.fromConfig({
    ...(inputs.kubeconfig === undefined ? {} : { kubeconfig: inputs.kubeconfig }),
    ...(inputs.context === undefined ? {} : { context: inputs.context }),
    mask: deps.mask,
    workspace: context.workspace,
    logger,
    onRequest: () => {
      requests += 1;
    },
  });
  const hooks: DeployHooks = {};
  if (inputs.smokeTest !== undefined) hooks.smokeTest = smokeTest(inputs.smokeTest, { timeoutMs: Math.min(inputs.timeout, 120_000) });
  if (analysis !== undefined) {
    const { PrometheusClient, parsePrometheusAuth } = await import('@pipeline/metrics');
    const auth = parsePrometheusAuth(analysis.prometheusAuth);
    if (auth?.kind === 'bearer') deps.mask(auth.token);
    if (auth?.kind === 'basic') deps.mask(auth.password);
    const timeoutMs = Math.min(10_000, Math.max(3000, analysis.interval));
    const source = new PrometheusClient({ url: analysis.prometheusUrl, ...(auth === undefined ? {} : { auth }), timeoutMs, logger });
    hooks.analyse = async (request) => (await analyseColour(
      {
        namespace: request.namespace,
        identity: request.identity,
        colourLabel: request.colourLabel,
        newColour: request.newColour,
        baselineColour: request.baselineColour,
        deployment: request.deployment,
        ...(request.baselineIdleSince === undefined ? {} : { baselineIdleSince: request.baselineIdleSince }),
      },
      { ...analysis, intervalMs: analysis.interval, durationMs: analysis.duration, workspace: context.workspace },
      { kube, source, logger, ...(request.signal === undefined ? {} : { signal: request.signal }) },
    )).analysis;
  }
  if (inputs.environment !== undefined && inputs.githubToken === undefined) {
    logger.warning(`'environment' is ${inputs.environment} but 'github-token' is empty, so no GitHub deployment is recorded; pass github-token: \${{ github.token }} (with deployments: write)`);
  }
  if (inputs.githubToken !== undefined && inputs.environment !== undefined && !inputs.dryRun) {
    const [{ createGitHubClient }, { githubTracker }] = await Promise.all([import('@pipeline/github'), import('./tracker.ts')]);
    const github = createGitHubClient({ token: inputs.githubToken, baseUrl: context.apiUrl, logger });
    const images = Object.fromEntries(manifests.flatMap((m) => ((podSpecOf(m.object)?.spec['containers'] as Container[] | undefined) ?? [])
      .filter((c) => c.image !== undefined).map((c) => [c.name, c.image as string])));
    hooks.tracker = githubTracker(github, context, logger, {
      environment: inputs.environment, environmentUrl: inputs.environmentUrl, images, perNamespace: inputs.tenants !== undefined,
    });
  }

  const identity = lockIdentity(context);
  const held: LockState[] = [];
  const outcomes: DeployOutcome[] = [];
  let stopped: string | undefined;
  let completed = false;
  try {
    // One namespace needs no extra request: its lock, or its preflight in a dry run, finds a missing namespace before any change.
    if (inputs.action !== 'status' && waves.flatMap((w) => w.namespaces).length > 1) await requireNamespaces(kube, waves, inputs);
    for (const wave of waves) {
      if (stopped !== undefined) break;
      if (waves.length > 1) logger.info(`Wave '${wave.name}': ${wave.namespaces.join(', ')}`);
      for (const namespace of wave.namespaces) {
        const config: CommonConfig = {
          namespace, service: inputs.service, route, timeoutMs: inputs.timeout, scaleDownDelayMs: inputs.scaleDownDelay, runUrl: context.runUrl || identity,
        };
        const locking = inputs.action !== 'status' && !inputs.dryRun;
        const lock = new LeaseLock(kube, {
          namespace,
          name: leaseName(inputs.service),
          identity,
          leaseDurationSeconds: Math.max(1, Math.round(inputs.lockTtl / 1000)),
          logger,
          labels: { 'app.kubernetes.io/managed-by': 'pipeline', 'pipeline.dev/service': inputs.service },
        });
        if (locking) {
          try {
            await lock.acquire({ waitMs: inputs.lockWait ? inputs.timeout : 0 });
          } catch (error) {
            if (isMissingNamespace(error, namespace)) throw missingNamespaces([namespace], inputs);
            if (error instanceof LockHeldError) {
              throw new ConfigurationError(`${error.message}. Another run is deploying ${namespace}/${inputs.service}; ${inputs.lockWait ? `waited ${Math.round(inputs.timeout / 1000)} s ('timeout')` : "set 'lock-wait: true' to wait for it"}`, { input: 'lock-wait' });
            }
            throw error;
          }
          held.push({ namespace, service: inputs.service, identity });
          deps.saveState(LOCK_STATE, JSON.stringify(held));
        }
        let result: DeployOutcome;
        try {
          const run = { kube, logger, hooks, ...(locking ? { signal: lock.lost } : {}) };
          switch (inputs.action) {
            case 'deploy':
              result = await deploy({
                ...config, manifests, steps, preflight: preflightLevels, autoPromote: inputs.autoPromote, onInterrupted: inputs.onInterrupted, dryRun: inputs.dryRun,
              }, run);
              break;
            case 'promote':
              result = await promote(config, run);
              break;
            case 'abort':
              result = await abort(config, run);
              break;
            case 'status':
              result = await status(config, run);
              break;
          }
        } catch (error) {
          // A lost lock is an outcome a user must understand (another run may own the service now), not a bug.
          if (locking && lock.lost.aborted && !(error instanceof ConfigurationError)) {
            const why = lock.lost.reason instanceof Error ? lock.lost.reason.message : String(lock.lost.reason);
            throw new ConfigurationError(
              `${namespace}/${inputs.service}: stopped because the deploy lock was lost (${why}); nothing more was changed. Re-run to resume or roll back (on-interrupted), or raise 'lock-ttl' if renewals are slow`,
              { input: 'lock-ttl' },
            );
          }
          throw error;
        } finally {
          if (locking) {
            // What was deployed stays deployed: a release that fails leaves the lease to expire after lock-ttl.
            await lock.release().catch((error: unknown) => {
              logger.warning(`Could not release the lock on ${namespace}/${inputs.service} (${error instanceof Error ? error.message : String(error)}); it expires after lock-ttl`);
            });
          }
        }
        outcomes.push(result);
        logger.info(`${namespace}/${inputs.service}: ${result.result}${result.reason === undefined ? '' : ` (${result.reason})`}`);
        if (result.result === 'rolled-back') stopped = `${namespace} rolled back`;
      }
    }
    completed = true;
  } finally {
    kube.close();
    // A run that fails part-way still reports the namespaces it finished; one that changed nothing reports only its error.
    if (completed || outcomes.length > 0) publish(inputs, deps, outcomes, requests, completed);
  }
  if (stopped !== undefined) {
    const skipped = waves.flatMap((w) => w.namespaces).filter((n) => !outcomes.some((o) => o.namespace === n));
    if (skipped.length > 0) logger.warning(`Stopped after ${stopped}; not deployed: ${skipped.join(', ')}`);
  }
  return outcomes;
}
