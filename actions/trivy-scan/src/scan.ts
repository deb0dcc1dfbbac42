import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { ConfigurationError, resolveInWorkspace, type Exec, type Inputs, type Logger } from '@pipeline/core';
import {
  SCANNERS,
  convertReport,
  evaluatePolicy,
  extractFindings,
  hasVulnDb,
  installTrivy,
  needsVulnDb,
  parseIgnoreFile,
  parseOpenVex,
  parseSeverity,
  parseSlaDays,
  parseTrivyJson,
  runScan,
  toSarif,
  trivyPlatform,
  updateVulnDb,
  validateImageRef,
  vulnDbCurrentUntil,
  type IgnoreRule,
  type PolicyResult,
  type SarifConversion,
  type Scanner,
  type ScanType,
  type Severity,
  type ToolCache,
  type TrivyFinding,
  type TrivyReport,
  type TrivyResult,
  type VexStatement,
} from '@pipeline/trivy';
import type { BaselineStore } from './baseline.ts';
import { issueScope, type RunningImage } from './cluster.ts';
import type { DbCache } from './db-cache.ts';
import type { inputSchema } from './inputs.ts';
import type { InstallSource } from './install-source.ts';

type AllInputs = Inputs<typeof inputSchema>;
/** Inputs a composition (the root action) may leave out: they matter only to trivy-scan's own runs. */
type CompositionOptional = 'environment' | 'artifactName';
export type ScanInputs = Omit<AllInputs, CompositionOptional> & Partial<Pick<AllInputs, CompositionOptional>>;

export interface ScanEnvironment {
  workspace: string;
  runnerTemp: string;
  /** The commit to store a baseline for (default-branch pushes); undefined elsewhere. */
  saveBaselineFor: string | undefined;
  /** The commit to compare with (a pull request's base); undefined elsewhere. */
  compareWith: string | undefined;
  now: Date;
}

export interface ScanDeps {
  exec: Exec;
  logger: Logger;
  loadToolCache: () => Promise<ToolCache>;
  installSource: InstallSource;
  dbCache: (cacheDir: string) => Promise<DbCache | undefined>;
  baselines: BaselineStore | undefined;
  /** cluster-images: the images running in these namespaces (the kube library in production). */
  listImages?: (namespaces: readonly string[]) => Promise<ListedImages>;
  sleep?: (ms: number) => Promise<void>;
}

export interface ListedImages {
  images: RunningImage[];
  /** The kubeconfig context that was used. */
  context: string;
  /** The namespaces listed: the input's, or the context's default when it named none. */
  namespaces: string[];
}

export interface ScanOutcome {
  report: TrivyReport;
  policy: PolicyResult;
  sarif: SarifConversion;
  paths: { report: string; sarif: string; cyclonedx?: string };
  trivy: { path: string; version: string };
  failOn: Severity | undefined;
  newOnly: boolean;
  baseline: { sha: string; found: boolean } | undefined;
  misconfSuccesses: number;
  scanType: ScanType;
  target: string;
  category: string;
  /** cluster-images: what was scanned, and which image each finding came from. */
  images?: RunningImage[];
  imageOf?: Map<TrivyFinding, RunningImage>;
  /** cluster-images: whose issues this scan keeps (see issueScope). */
  issueScope?: string;
}

function inside(root: string, path: string): boolean {
  const rel = relative(resolve(root), resolve(path));
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

function scannersOf(values: readonly string[]): Scanner[] {
  const wrong = values.filter((s) => !(SCANNERS as readonly string[]).includes(s));
  if (wrong.length > 0) throw new ConfigurationError(`Input 'scanners': ${wrong.map((s) => `'${s}'`).join(', ')} not known; use any of ${SCANNERS.join(', ')}.`, { input: 'scanners' });
  if (values.length === 0) throw new ConfigurationError(`Input 'scanners' is empty; use any of ${SCANNERS.join(', ')}.`, { input: 'scanners' });
  return values as Scanner[];
}

function failOnOf(value: string): Severity | undefined {
  if (value.toLowerCase() === 'none') return undefined;
  try {
    return parseSeverity(value, { input: 'fail-on' });
  } catch {
    throw new ConfigurationError(`Input 'fail-on' has an invalid value '${value}': expected critical, high, medium, low, unknown, or none to report without failing.`, { input: 'fail-on' });
  }
}

/** The cache must never be inside the workspace: a config or fs scan would then scan the cache (a trivy-action fault). */
export function defaultCacheDir(runnerTemp: string): string {
  return runnerTemp ? join(runnerTemp, 'trivy-cache') : join(homedir(), '.cache', 'trivy');
}

function readIgnores(inputs: ScanInputs, workspace: string): IgnoreRule[] {
  const candidates = inputs.ignoreFile ? [inputs.ignoreFile] : ['.trivyignore.yaml', '.trivyignore.yml', '.trivyignore'];
  const rules: IgnoreRule[] = [];
  for (const name of candidates) {
    const path = resolveInWorkspace(workspace, name, { input: 'ignore-file' });
    if (!existsSync(path)) {
      if (inputs.ignoreFile) throw new ConfigurationError(`Input 'ignore-file': '${name}' does not exist in the workspace.`, { input: 'ignore-file' });
      continue;
    }
    rules.push(...parseIgnoreFile(readFileSync(path, 'utf8'), name));
    // Like Trivy, only the first ignore file found applies when none is named.
    if (!inputs.ignoreFile) break;
  }
  return rules;
}

function readVex(inputs: ScanInputs, workspace: string): VexStatement[] {
  return inputs.vex.flatMap((name) => {
    const path = resolveInWorkspace(workspace, name, { input: 'vex' });
    if (!existsSync(path)) throw new ConfigurationError(`Input 'vex': '${name}' does not exist in the workspace.`, { input: 'vex' });
    return parseOpenVex(readFileSync(path, 'utf8'), name);
  });
}

function outputPath(workspace: string, value: string | undefined, input: string, fallback: string): string {
  return value ? resolveInWorkspace(workspace, value, { input }) : fallback;
}

export interface TrivyRequest {
  version: string;
  /** A preinstalled executable (relative to the workspace) used instead of installing one. */
  trivyPath: string | undefined;
  workspace: string;
}

/**
 * The Trivy to run: the preinstalled one, or the pinned version installed (checksum-verified)
 * through the tool cache. Exported so the root action's SBOM stage runs the same Trivy.
 */
export async function provideTrivy(request: TrivyRequest, deps: Pick<ScanDeps, 'logger' | 'installSource' | 'loadToolCache'>): Promise<ScanOutcome['trivy']> {
  const { logger } = deps;
  if (request.trivyPath) {
    const path = resolve(request.workspace, request.trivyPath);
    if (!existsSync(path) || !statSync(path).isFile()) throw new ConfigurationError(`Input 'trivy-path': '${request.trivyPath}' is not a file.`, { input: 'trivy-path' });
    logger.info(`Using the preinstalled Trivy at ${path}.`);
    return { path, version: 'preinstalled' };
  }
  const installed = await logger.group(`Install Trivy ${request.version}`, async () =>
    installTrivy({
      version: request.version,
      platform: trivyPlatform(),
      downloadBaseUrl: deps.installSource.downloadBaseUrl,
      checksums: deps.installSource.checksums,
      toolCache: await deps.loadToolCache(),
      logger,
    }),
  );
  return { path: installed.path, version: installed.version };
}

/** Installs Trivy, brings the database up to date, scans once, and derives every output from that one JSON report. */
export async function scan(inputs: ScanInputs, env: ScanEnvironment, deps: ScanDeps): Promise<ScanOutcome> {
  const { logger, exec } = deps;
  const scanType = inputs.scanType;
  const scanners = scannersOf(inputs.scanners);
  const failOn = failOnOf(inputs.failOn);
  const slaDays = parseSlaDays(inputs.slaDays);
  const formats = inputs.format.map((f) => f.toLowerCase());
  const unknownFormat = formats.find((f) => f !== 'cyclonedx' && f !== 'sarif' && f !== 'json');
  if (unknownFormat) throw new ConfigurationError(`Input 'format': '${unknownFormat}' is not supported; JSON and SARIF are always written, and 'cyclonedx' adds a CycloneDX SBOM.`, { input: 'format' });
  const target = inputs.target;
  if (scanType === 'image') validateImageRef(target);
  if (scanType === 'cluster-images' && formats.includes('cyclonedx')) throw new ConfigurationError("Input 'format': 'cyclonedx' is for one target; cluster-images scans several images.", { input: 'format' });
  if (scanType === 'fs' || scanType === 'config' || scanType === 'sbom') {
    const path = resolveInWorkspace(env.workspace, target, { input: 'target' });
    if (!existsSync(path)) throw new ConfigurationError(`Input 'target': '${target}' does not exist in the workspace.`, { input: 'target' });
  }
  const ignores = readIgnores(inputs, env.workspace);
  const vex = readVex(inputs, env.workspace);

  const cacheDir = resolve(inputs.cacheDir ?? defaultCacheDir(env.runnerTemp));
  if (inside(env.workspace, cacheDir)) {
    throw new ConfigurationError(`Input 'cache-dir': '${cacheDir}' is inside the workspace, where a scan would read the cache itself; use a directory under RUNNER_TEMP or your home directory.`, { input: 'cache-dir' });
  }
  const work = join(env.runnerTemp || join(homedir(), '.cache'), 'trivy-scan');
  mkdirSync(work, { recursive: true });
  const paths: ScanOutcome['paths'] = {
    report: outputPath(env.workspace, inputs.reportPath, 'report-path', join(work, 'trivy-report.json')),
    sarif: outputPath(env.workspace, inputs.sarifPath, 'sarif-path', join(work, 'trivy-results.sarif')),
  };
  if (formats.includes('cyclonedx')) paths.cyclonedx = join(dirname(paths.report), 'trivy-sbom.cdx.json');

  const trivy = await provideTrivy({ version: inputs.version, trivyPath: inputs.trivyPath, workspace: env.workspace }, deps);

  // Database
  mkdirSync(cacheDir, { recursive: true });
  if (needsVulnDb(scanType, scanners)) {
    if (inputs.offline) {
      if (!hasVulnDb(cacheDir)) {
        throw new ConfigurationError(
          `'offline' is true but there is no vulnerability database in cache-dir '${cacheDir}'. Restore one there first (for example with actions/cache, or by copying the 'db' folder of an online run), or set offline to false.`,
          { input: 'offline' },
        );
      }
      logger.info(`Offline: scanning with the database in ${cacheDir}, without updates.`);
    } else {
      await logger.group('Vulnerability database', async () => {
        const cache = await deps.dbCache(cacheDir);
        await cache?.restore();
        const currentUntil = vulnDbCurrentUntil(cacheDir, inputs.dbRepositories, env.now);
        if (currentUntil) {
          // Trivy would skip the download too; not starting it keeps the registries out of this run.
          logger.info(`Vulnerability database is current until ${currentUntil.toISOString()}; nothing to download.`);
          await cache?.save();
          return;
        }
        const fetched = await updateVulnDb({
          trivy: trivy.path,
          cacheDir,
          repositories: inputs.dbRepositories,
          exec,
          logger,
          timeoutMs: inputs.timeout,
          ...(deps.sleep ? { sleep: deps.sleep } : {}),
        });
        logger.info(`Vulnerability database is current (from ${fetched.repository}).`);
        await cache?.save();
      });
    }
  }

  // Scan once (once per running image in cluster-images mode)
  mkdirSync(dirname(paths.report), { recursive: true });
  const emptyIgnoreFile = join(work, 'trivy-scan.no-ignores');
  writeFileSync(emptyIgnoreFile, '');
  const scanOne = async (type: Exclude<ScanType, 'cluster-images'>, scanTarget: string, output: string): Promise<TrivyReport> => {
    await logger.group(`trivy ${type} ${scanTarget}`, () =>
      runScan({
        trivy: trivy.path,
        exec,
        logger,
        cwd: env.workspace,
        request: {
          scanType: type,
          target: scanTarget,
          scanners,
          skipDirs: inputs.skipDirs,
          timeoutMs: inputs.timeout,
          cacheDir,
          output,
          listAllPackages: paths.cyclonedx !== undefined,
          offline: inputs.offline,
          emptyIgnoreFile,
        },
      }),
    );
    if (!existsSync(output)) throw new ConfigurationError(`Trivy exited successfully but wrote no report at '${output}'.`);
    return parseTrivyJson(readFileSync(output, 'utf8'), output);
  };

  let report: TrivyReport;
  let extracted: ReturnType<typeof extractFindings>;
  let images: RunningImage[] | undefined;
  let scope: string | undefined;
  const imageOf = new Map<TrivyFinding, RunningImage>();
  if (scanType === 'cluster-images') {
    if (!deps.listImages) throw new Error('cluster-images needs a Kubernetes client');
    const listed = await deps.listImages(inputs.namespace);
    images = listed.images;
    scope = issueScope({ environment: inputs.environment, context: listed.context, namespaces: listed.namespaces });
    logger.info(`${images.length} distinct image(s) running in ${listed.namespaces.join(', ')} (issues are kept for ${scope}).`);
    const results: TrivyResult[] = [];
    extracted = { findings: [], suppressedByTrivy: [], misconfSuccesses: 0 };
    for (const [index, image] of images.entries()) {
      const one = await scanOne('image', image.ref, join(work, `trivy-report-image-${index + 1}.json`));
      const part = extractFindings(one);
      for (const finding of part.findings) {
        // The same vulnerability in two images is two findings (and two issues).
        finding.fingerprint = `${finding.fingerprint}@${image.digest ?? image.ref}`;
        imageOf.set(finding, image);
        extracted.findings.push(finding);
      }
      extracted.suppressedByTrivy.push(...part.suppressedByTrivy);
      results.push(...(one.Results ?? []).map((r) => ({ ...r, Target: `${image.ref}: ${r.Target ?? ''}` })));
    }
    report = { SchemaVersion: 2, ArtifactName: 'cluster-images', ArtifactType: 'container_image', Results: results };
    writeFileSync(paths.report, JSON.stringify(report));
  } else {
    report = await scanOne(scanType, target, paths.report);
    extracted = extractFindings(report);
  }

  // Baseline
  let baselineSet: Set<string> | undefined;
  let baseline: ScanOutcome['baseline'];
  if (deps.baselines && env.compareWith) {
    const stored = await deps.baselines.load(env.compareWith);
    baseline = { sha: env.compareWith, found: stored !== undefined };
    if (stored) baselineSet = new Set(stored.fingerprints);
  }

  const policy = evaluatePolicy(
    extracted.findings,
    extracted.suppressedByTrivy.map((s) => ({ finding: s.finding, reason: 'trivy' as const, detail: `${s.status}${s.statement ? `: ${s.statement}` : ''} (${s.source})` })),
    { failOn, ignoreUnfixed: inputs.ignoreUnfixed, ignores, vex, baseline: baselineSet, newOnly: inputs.failOnNewOnly, slaDays, now: env.now },
  );
  if (deps.baselines && env.saveBaselineFor && !inputs.dryRun) {
    await deps.baselines.save({ version: 1, sha: env.saveBaselineFor, fingerprints: policy.active.map((f) => f.fingerprint) });
    logger.info(`Baseline of ${policy.active.length} finding(s) stored for ${env.saveBaselineFor.slice(0, 12)} in ${deps.baselines.description}.`);
  }

  const defaultCategory = scanType === 'cluster-images' ? `trivy/cluster-images/${inputs.environment || inputs.namespace.join(',') || 'default'}` : `trivy/${scanType}/${target}`;
  const category = inputs.category ?? defaultCategory;
  const artifactName = report.ArtifactName;
  const sarif = toSarif(policy.active, { category, ...(report.Trivy?.Version ? { toolVersion: report.Trivy.Version } : {}), ...(artifactName ? { artifactName } : {}) });
  mkdirSync(dirname(paths.sarif), { recursive: true });
  writeFileSync(paths.sarif, sarif.json);
  if (sarif.cut > 0) logger.warning(`${sarif.cut} finding(s) were left out of the SARIF file to stay within GitHub's limits; the most severe were kept.`);
  if (paths.cyclonedx) await convertReport({ trivy: trivy.path, report: paths.report, format: 'cyclonedx', output: paths.cyclonedx, exec });

  return {
    report,
    policy,
    sarif,
    paths,
    trivy,
    failOn,
    newOnly: inputs.failOnNewOnly,
    baseline,
    misconfSuccesses: extracted.misconfSuccesses,
    scanType,
    target,
    category,
    ...(images ? { images, imageOf } : {}),
    ...(scope ? { issueScope: scope } : {}),
  };
}
