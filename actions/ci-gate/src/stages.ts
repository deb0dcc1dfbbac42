import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigurationError, exec, type Inputs, type Logger, type RunContext } from '@pipeline/core';
import { runQualityGate, type QualityGateInputs } from '@pipeline/quality-gate-action/run';
import { githubClientFactory, runnerArtifacts, runSbomAction, type SbomInputs } from '@pipeline/sbom-action/action';
import { trivySources } from '@pipeline/sbom-action/trivy';
import { validateImageRef } from '@pipeline/trivy';
import { provideRunnerTrivy, runTrivyScan, type ScanInputs, type TrivyScanRun } from '@pipeline/trivy-scan-action/run';
import { renameInput, type Stage } from './gate.ts';
import { STAGES, type StageName, type inputSchema } from './inputs.ts';

export type CiGateInputs = Inputs<typeof inputSchema>;

/** Each stage's own inputs, as its action would have parsed them, and why a stage does not run. */
export interface StagePlan {
  qualityGate: QualityGateInputs;
  trivyScan: ScanInputs;
  sbom: SbomInputs;
  skip: Partial<Record<StageName, string>>;
  /** Per stage, the action's input names the root action calls differently. */
  renamed: Record<StageName, Record<string, string>>;
}

/**
 * Splits the root action's inputs into the three actions' inputs, and checks up front
 * what only the combination can get wrong, so a bad input fails before any stage runs.
 */
export function planStages(inputs: CiGateInputs): StagePlan {
  const skip: StagePlan['skip'] = {};
  for (const stage of STAGES) if (!inputs.stages.includes(stage)) skip[stage] = `not in 'stages'`;
  if (!skip['quality-gate'] && inputs.reports.length === 0) skip['quality-gate'] = `no 'reports' given`;

  const scanType = inputs.scanType ?? (inputs.image ? 'image' : 'fs');
  const target = inputs.target ?? (scanType === 'image' ? inputs.image : '.');
  const trivyRenamed: Record<string, string> = inputs.target === undefined && scanType === 'image' ? { target: 'image' } : {};
  if (!skip['trivy-scan'] && target === undefined) {
    throw new ConfigurationError("Input 'scan-type' is 'image' but no image is named: set 'image' to the image reference (or 'target' to scan another image than the SBOM describes).", { input: 'image' });
  }
  const imageUsed = !skip.sbom || (!skip['trivy-scan'] && target === inputs.image);
  if (inputs.image && imageUsed) {
    try {
      validateImageRef(inputs.image);
    } catch (error) {
      throw error instanceof ConfigurationError ? renameInput(error, { target: 'image' }) : error;
    }
  }

  return {
    skip,
    renamed: { 'quality-gate': {}, 'trivy-scan': trivyRenamed, sbom: { format: 'sbom-format' } },
    qualityGate: {
      reports: inputs.reports,
      policy: inputs.policy,
      ifNoFiles: inputs.ifNoFiles,
      githubToken: inputs.githubToken,
      checkName: inputs.checkName,
      comment: inputs.comment,
      summary: inputs.summary,
      baseline: inputs.baseline,
      baselinePath: inputs.baselinePath,
      baseRef: inputs.baseRef,
      newCodeMinLines: inputs.newCodeMinLines,
      maxAnnotations: inputs.maxAnnotations,
      maxReportSize: inputs.maxReportSize,
      resultsPath: inputs.resultsPath,
      fail: inputs.fail,
      workingDirectory: inputs.workingDirectory,
    },
    trivyScan: {
      scanType,
      target: target ?? '.',
      scanners: inputs.scanners,
      skipDirs: inputs.skipDirs,
      timeout: inputs.timeout,
      version: inputs.version,
      trivyPath: inputs.trivyPath,
      cacheDir: inputs.cacheDir,
      dbRepositories: inputs.dbRepositories,
      offline: inputs.offline,
      failOn: inputs.failOn,
      ignoreUnfixed: inputs.ignoreUnfixed,
      ignoreFile: inputs.ignoreFile,
      vex: inputs.vex,
      failOnNewOnly: inputs.failOnNewOnly,
      slaDays: inputs.slaDays,
      baseline: inputs.baseline,
      baselinePath: inputs.baselinePath,
      reportPath: inputs.reportPath,
      sarifPath: inputs.sarifPath,
      category: inputs.category,
      // The sbom stage writes the SBOM; a second one from `trivy convert` would only disagree with it.
      format: [],
      uploadSarif: inputs.uploadSarif,
      comment: inputs.comment,
      githubToken: inputs.githubToken,
      summary: inputs.summary,
      dryRun: inputs.dryRun,
      // cluster-images watches what runs in a cluster: a scheduled job, not a CI gate.
      namespace: [],
      kubeconfig: undefined,
      context: undefined,
    },
    sbom: {
      path: inputs.path,
      exclude: inputs.exclude,
      fallback: inputs.fallback,
      image: inputs.image,
      format: inputs.sbomFormat,
      output: inputs.output,
      minScore: inputs.minScore,
      allowLicenses: inputs.allowLicenses,
      denyLicenses: inputs.denyLicenses,
      unknownLicense: inputs.unknownLicense,
      licenseExceptions: inputs.licenseExceptions,
      submission: inputs.submission,
      matrixKey: inputs.matrixKey,
      artifact: inputs.artifact,
      artifactName: inputs.artifactName,
      releaseAsset: inputs.releaseAsset,
      githubToken: inputs.githubToken,
      summary: inputs.summary,
      dryRun: inputs.dryRun,
    },
  };
}

export interface RunnerStageDeps {
  context: RunContext;
  logger: Logger;
  env?: NodeJS.ProcessEnv;
}

/**
 * The three stages as the runner runs them: each action's own run function, in this one
 * process. Trivy is installed once: the SBOM stage runs the one the scan installed.
 */
export function runnerStages(plan: StagePlan, inputs: Pick<CiGateInputs, 'dryRun' | 'githubToken' | 'version' | 'trivyPath'>, deps: RunnerStageDeps): Stage[] {
  const { context, logger } = deps;
  const env = deps.env ?? process.env;
  let scanned: TrivyScanRun | undefined;

  const installTrivy = async (): Promise<string> => {
    if (scanned) return scanned.outcome.trivy.path;
    try {
      return (await provideRunnerTrivy({ version: inputs.version, trivyPath: inputs.trivyPath, workspace: context.workspace }, context, logger, env)).path;
    } catch (error) {
      if (error instanceof ConfigurationError) throw error;
      // A failed download is the runner's network, not a bug: say what failed.
      throw new ConfigurationError(`Trivy ${inputs.version} could not be installed: ${error instanceof Error ? error.message : String(error)}.`, { cause: error });
    }
  };

  const stage = (name: StageName, run: Stage['run']): Stage => ({ name, run, renamed: plan.renamed[name], ...(plan.skip[name] === undefined ? {} : { skip: plan.skip[name] }) });
  return [
    stage('quality-gate', (sinks) => runQualityGate(plan.qualityGate, { logger, context, ...sinks, dryRun: inputs.dryRun })),
    stage('trivy-scan', async (sinks) => {
      scanned = await runTrivyScan(plan.trivyScan, { logger, context, env, ...sinks });
      return scanned;
    }),
    stage('sbom', async (sinks) => {
      const trivy = trivySources({ install: installTrivy, exec, logger, workDir: join(context.runnerTemp || tmpdir(), 'sbom-trivy') });
      const github = githubClientFactory(inputs.githubToken, context, logger);
      return runSbomAction(plan.sbom, {
        logger,
        context,
        env,
        ...sinks,
        artifacts: runnerArtifacts(env),
        imageScanner: trivy.image,
        lockfileScanner: trivy.lockfile,
        ...(github ? { github } : {}),
      });
    }),
  ];
}
