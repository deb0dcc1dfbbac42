import { mkdirSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import { ConfigurationError, pullRequestOf, resolveInWorkspace, toRepoRelative, type Inputs, type Logger, type RunContext } from '@pipeline/core';
import {
  attachReleaseAsset,
  buildSnapshot,
  evaluateLicenses,
  generateSbom,
  parseLicensePolicy,
  readTrivyCycloneDx,
  readTrivyLockfile,
  releaseOf,
  scanLockfiles,
  snapshotTarget,
  submitSnapshot,
  type GeneratedSbom,
  type LicenseReport,
  type LockfileResult,
  type SbomFormat,
} from '@pipeline/sbom';
import type { GitHubClient } from '@pipeline/github';
import type { inputSchema } from './inputs.ts';

export type SbomInputs = Inputs<typeof inputSchema>;

export interface ArtifactUploader {
  /** Uploads files under `root`; returns false when the runner has no artifact service. */
  upload(name: string, files: string[], root: string): Promise<boolean>;
}

export interface RunDeps {
  logger: Logger;
  github?: () => Promise<GitHubClient>;
  artifacts?: ArtifactUploader;
  /** Runs Trivy on an image and returns its CycloneDX JSON; absent where Trivy cannot be installed. */
  imageScanner?: (image: string) => Promise<string>;
  /**
   * Runs Trivy on one lockfile without a native reader (`path` absolute, `shown` relative to
   * the workspace) and returns its CycloneDX JSON; absent where Trivy cannot be installed.
   */
  lockfileScanner?: (path: string, shown: string) => Promise<string>;
  env?: NodeJS.ProcessEnv;
}

export interface RunResult {
  files: Record<SbomFormat, string | undefined>;
  sbom: GeneratedSbom;
  licenses: LicenseReport;
  failed: string[];
  snapshotId?: number;
  artifactName?: string;
  releaseAssetUrl?: string;
  notes: string[];
  submission?: string;
  lockfiles: { file: string; kind: string; components: number }[];
}

const FORMATS: Record<string, SbomFormat> = { cyclonedx: 'cyclonedx', 'cyclonedx-json': 'cyclonedx', spdx: 'spdx', 'spdx-json': 'spdx' };
const EXTENSION: Record<SbomFormat, string> = { cyclonedx: '.cdx.json', spdx: '.spdx.json' };
const MAX_ANNOTATIONS = 50;

function parseFormats(values: readonly string[]): SbomFormat[] {
  const out: SbomFormat[] = [];
  for (const v of values) {
    const format = FORMATS[v.toLowerCase()];
    if (!format) throw new ConfigurationError(`Input 'format' has '${v}': use 'cyclonedx' (CycloneDX 1.6 JSON), 'spdx' (SPDX 2.3 JSON) or both, comma-separated.`, { input: 'format' });
    if (!out.includes(format)) out.push(format);
  }
  return out;
}

/** `sbom.cdx.json` for CycloneDX; the SPDX file sits beside it with its own extension. */
function outputPaths(inputs: SbomInputs, context: RunContext, formats: SbomFormat[]): Record<SbomFormat, string | undefined> {
  const base = inputs.output
    ? resolveInWorkspace(context.workspace, inputs.output, { input: 'output' })
    : join(context.runnerTemp || context.workspace, 'sbom', `sbom${EXTENSION[formats[0] ?? 'cyclonedx']}`);
  const stem = base.replace(/(\.cdx|\.spdx)?\.json$/, '');
  const result: Record<SbomFormat, string | undefined> = { cyclonedx: undefined, spdx: undefined };
  for (const [i, f] of formats.entries()) result[f] = i === 0 ? base : `${stem}${EXTENSION[f]}`;
  return result;
}

export async function runSbom(inputs: SbomInputs, context: RunContext, deps: RunDeps): Promise<RunResult> {
  const { logger } = deps;
  const env = deps.env ?? process.env;
  const formats = parseFormats(inputs.format);
  const policy = parseLicensePolicy({ allow: inputs.allowLicenses, deny: inputs.denyLicenses, unknown: inputs.unknownLicense, exceptions: inputs.licenseExceptions });
  const notes: string[] = [];
  const scan = await logger.group(inputs.image ? `Describing image ${inputs.image} with Trivy` : 'Reading lockfiles', async () => {
    if (inputs.image) {
      if (!deps.imageScanner) throw new ConfigurationError("Input 'image' needs Trivy, which is not available on this runner.", { input: 'image' });
      return { lockfiles: [readTrivyCycloneDx(await deps.imageScanner(inputs.image), inputs.image)], unsupported: [] };
    }
    const result = await scanLockfiles({ workspace: context.workspace, path: inputs.path, exclude: inputs.exclude });
    for (const l of result.lockfiles) logger.info(`${l.file}: ${l.kind}, ${l.components.length} components${l.workspaces.length > 0 ? `, ${l.workspaces.length} workspace packages` : ''}`);
    return result;
  });
  if (scan.unsupported.length > 0) {
    if (inputs.fallback === 'trivy') {
      scan.lockfiles.push(...(await readWithTrivy(scan.unsupported, context, deps, notes)));
    } else {
      for (const file of scan.unsupported) {
        const message = `${file} is a lockfile this action does not read natively, and 'fallback' is 'none', so its packages are not in the SBOM. Set 'fallback: trivy' to read it with Trivy, or add it to 'exclude' to silence this warning.`;
        logger.warning(message, { file });
        notes.push(message);
      }
    }
  }
  if (scan.lockfiles.length === 0) {
    throw new ConfigurationError(
      scan.unsupported.length > 0
        ? `No lockfile under '${inputs.path}' is one this action reads natively (found ${scan.unsupported.join(', ')}), and 'fallback' is 'none'. Set 'fallback: trivy' to read them with Trivy. Read natively: package-lock.json, yarn.lock, pnpm-lock.yaml, requirements*.txt, poetry.lock, uv.lock, Pipfile.lock, go.mod, Cargo.lock, Gemfile.lock, composer.lock.`
        : `No lockfile found under '${inputs.path}' (after 'exclude'). Point 'path' at the directory that holds package-lock.json, yarn.lock, pnpm-lock.yaml, poetry.lock, go.mod, Cargo.lock or another supported lockfile.`,
      { input: scan.unsupported.length > 0 ? 'fallback' : 'path' },
    );
  }

  const target = snapshotTarget(context.eventName, context.payload, context.sha, context.ref);
  const actionRepo = env['GITHUB_ACTION_REPOSITORY'] || 'pipeline/pipeline';
  const tool = { name: 'pipeline-sbom', version: (env['GITHUB_ACTION_REF'] || '3').replace(/^v/, ''), url: `${context.serverUrl}/${actionRepo}` };
  const subjectName = inputs.image ?? (context.owner && context.repo ? `${context.owner}/${context.repo}` : basename(context.workspace));
  const sbom = await generateSbom(scan.lockfiles, {
    subject: { name: subjectName, ...(target.sha ? { version: target.sha } : {}), ...(context.owner && target.sha ? { purl: `pkg:github/${context.owner}/${context.repo}@${target.sha}` } : {}) },
    author: context.owner || 'unknown',
    tool,
    formats,
  });

  const files = outputPaths(inputs, context, formats);
  for (const doc of sbom.documents) {
    const path = files[doc.format];
    if (!path) continue;
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, doc.json);
    const shown = path.startsWith(context.workspace) ? toRepoRelative(context.workspace, path) : path;
    logger.info(`Wrote ${doc.format === 'cyclonedx' ? 'CycloneDX 1.6' : 'SPDX 2.3'} JSON (validated against its schema) to ${shown}`);
  }

  const licenses = evaluateLicenses(sbom.components, policy);
  for (const [i, f] of licenses.findings.entries()) {
    if (i >= MAX_ANNOTATIONS) {
      logger.warning(`${licenses.findings.length - MAX_ANNOTATIONS} more license findings are listed in the job summary only.`);
      break;
    }
    const what = f.problem === 'unknown' ? 'has no license recorded in its lockfile' : f.problem === 'denied' ? `is licensed ${f.license ?? ''}, which deny-licenses forbids` : `is licensed ${f.license ?? ''}, which allow-licenses does not permit`;
    const props = f.location ? { file: f.location.file, ...(f.location.line ? { startLine: f.location.line } : {}), title: 'License policy' } : { title: 'License policy' };
    const message = `${f.component.name}@${f.component.version} ${what}. Add it to 'license-exceptions' with a reason if it was approved.`;
    if (f.severity === 'error') logger.error(message, props);
    else logger.warning(message, props);
  }

  const failed: string[] = [];
  if (licenses.verdict === 'fail') failed.push(`${licenses.findings.filter((f) => f.severity === 'error').length} package(s) break the license policy`);
  if (sbom.ntia.score < inputs.minScore) failed.push(`the NTIA minimum-elements score ${sbom.ntia.score}% is below min-score ${inputs.minScore}% (missing: ${sbom.ntia.missing.join('; ')})`);

  const result: RunResult = { files, sbom, licenses, failed, notes, lockfiles: scan.lockfiles.map((l) => ({ file: l.file, kind: l.kind, components: l.components.length })) };
  if (inputs.dryRun) {
    notes.push('dry-run: nothing was submitted or uploaded.');
    return result;
  }

  const written = Object.values(files).filter((p): p is string => p !== undefined);
  const pr = pullRequestOf(context);
  // GitHub's dependency graph describes the repository's manifests, not an image built from them.
  if (inputs.submission !== 'off' && deps.github && !inputs.image) {
    if (pr?.fromFork && inputs.submission === 'auto') {
      result.submission = 'not submitted: pull requests from forks get a read-only token.';
      logger.warning(`Dependency snapshot not submitted: ${result.submission}`);
    } else {
      const client = await deps.github();
      const snapshot = buildSnapshot(scan.lockfiles, {
        ...target,
        workflow: context.workflow,
        job: context.job,
        matrixKey: inputs.matrixKey ?? '',
        runId: context.runId,
        runUrl: context.runUrl,
        detector: tool,
        scanned: new Date(),
      });
      const submitted = await submitSnapshot(client, { owner: context.owner, repo: context.repo }, snapshot, inputs.submission, logger);
      if (submitted.submitted) {
        if (submitted.id !== undefined) result.snapshotId = submitted.id;
        result.submission = `snapshot ${submitted.id ?? ''} submitted for ${target.sha.slice(0, 12)} (${snapshot.job.correlator}).`;
      } else {
        result.submission = `not submitted: ${submitted.reason ?? ''}`;
      }
    }
  }

  if (inputs.artifact && deps.artifacts) {
    const name = inputs.artifactName || artifactName(context, inputs.matrixKey ?? '', inputs.path);
    const root = dirname(written[0] ?? context.workspace);
    try {
      if (await deps.artifacts.upload(name, written, root)) result.artifactName = name;
      else notes.push('The runner has no artifact service (ACTIONS_RUNTIME_TOKEN is not set), so no artifact was uploaded.');
    } catch (error) {
      // The SBOM exists and was checked; a refused upload (a name already taken in this run, a
      // storage hiccup) loses only the copy, so it must not fail the step.
      logger.warning(`Could not upload the workflow artifact '${name}': ${error instanceof Error ? error.message : String(error)}. The SBOM files stay at ${written.join(', ')}; give 'artifact-name' a name unique in the run.`);
    }
  }

  const release = releaseOf(context.eventName, context.payload);
  if (release && inputs.releaseAsset && deps.github) {
    const client = await deps.github();
    for (const doc of sbom.documents) {
      const path = files[doc.format];
      if (!path) continue;
      const uploaded = await attachReleaseAsset(client, { owner: context.owner, repo: context.repo }, release, { name: basename(path), data: Buffer.from(doc.json), contentType: 'application/json' });
      result.releaseAssetUrl ??= uploaded.url;
      logger.info(`${uploaded.replaced ? 'Replaced' : 'Attached'} release asset ${basename(path)} on ${release.tag}.`);
    }
  }
  return result;
}

/**
 * The lockfiles without a native reader, read by Trivy one by one: each gets a warning
 * (its packages come from another tool, without scopes or lines), and a failure names the
 * file and says how to go on without it.
 */
async function readWithTrivy(files: readonly string[], context: RunContext, deps: RunDeps, notes: string[]): Promise<LockfileResult[]> {
  const { logger, lockfileScanner } = deps;
  const advice = "Set 'fallback: none' to leave it out of the SBOM with a warning, or add it to 'exclude'.";
  return logger.group(`Reading ${files.length} lockfile(s) without a native reader with Trivy`, async () => {
    const read: LockfileResult[] = [];
    for (const file of files) {
      logger.warning(`${file} is a lockfile this action does not read natively; its packages are read with Trivy (no scopes or lines).`, { file });
      if (!lockfileScanner) throw new ConfigurationError(`${file} has no native reader, and Trivy is not available on this runner to read it. ${advice}`, { file });
      let json: string;
      try {
        json = await lockfileScanner(join(context.workspace, file), file);
      } catch (error) {
        if (error instanceof ConfigurationError) throw new ConfigurationError(`${file} has no native reader, and Trivy could not read it: ${error.message} ${advice}`, { file, cause: error });
        throw error;
      }
      const lock = readTrivyLockfile(json, file);
      if (lock.components.length === 0) logger.warning(`Trivy found no packages in ${file}.`, { file });
      logger.info(`${file}: read by Trivy, ${lock.components.length} components`);
      notes.push(`${file} has no native reader; Trivy read its ${lock.components.length} packages.`);
      read.push(lock);
    }
    return read;
  });
}

/** Artifact names must be unique in a run: the job, the matrix cell and the scanned path make them so. */
export function artifactName(context: RunContext, matrixKey: string, path: string): string {
  const key = `${matrixKey}\n${path}`;
  const suffix = matrixKey.trim() === '' && (path === '.' || path === '') ? '' : `-${createHash('sha256').update(key).digest('hex').slice(0, 8)}`;
  return `sbom-${context.job || 'job'}${suffix}`;
}
