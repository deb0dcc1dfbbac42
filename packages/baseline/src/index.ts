import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type * as Cache from '@actions/cache';
import { resolveInWorkspace, type Logger, type PullRequestRef, type RunContext } from '@pipeline/core';

/**
 * Results stored per default-branch commit, so a pull request can be compared with
 * its merge base: quality-gate's findings, coverage and p95, trivy-scan's fingerprints.
 */
export interface StoredBaseline {
  version: 1;
  sha: string;
}

export interface BaselineStore<T extends StoredBaseline> {
  readonly description: string;
  load(sha: string): Promise<T | undefined>;
  save(baseline: T): Promise<void>;
}

export interface BaselineNaming<T extends StoredBaseline> {
  /** Names the cache key and directory, e.g. `quality-gate`. */
  scope: string;
  /** Separates baselines of one scope, e.g. the check name or the scan category. */
  key: string;
  /** File name before `<sha>.json` in a baseline directory. */
  filePrefix: string;
  /** Rejects stored documents of another shape (an older format, a foreign file). */
  isValid: (value: Partial<T>) => boolean;
}

function parse<T extends StoredBaseline>(text: string, sha: string, naming: BaselineNaming<T>): T | undefined {
  try {
    const value = JSON.parse(text) as Partial<T>;
    if (value.version !== 1 || value.sha !== sha || !naming.isValid(value)) return undefined;
    return value as T;
  } catch {
    return undefined;
  }
}

/** A directory on persistent storage (self-hosted runners, tests): one JSON file per commit. */
export class DirectoryBaselineStore<T extends StoredBaseline> implements BaselineStore<T> {
  readonly description: string;
  constructor(private readonly dir: string, private readonly naming: BaselineNaming<T>) {
    this.description = `directory ${dir}`;
  }
  private file(sha: string): string {
    return join(this.dir, `${this.naming.filePrefix}${sha}.json`);
  }
  async load(sha: string): Promise<T | undefined> {
    try {
      return parse(readFileSync(this.file(sha), 'utf8'), sha, this.naming);
    } catch {
      return undefined;
    }
  }
  async save(baseline: T): Promise<void> {
    mkdirSync(this.dir, { recursive: true });
    writeFileSync(this.file(baseline.sha), JSON.stringify(baseline));
  }
}

// The cache client pulls in the Azure storage SDK; load it only on runners that have the service.
export const loadCache = (): Promise<typeof Cache> => import('@actions/cache');

export async function actionsCacheAvailable(env: NodeJS.ProcessEnv = process.env): Promise<boolean> {
  if (!env['ACTIONS_CACHE_URL'] && !env['ACTIONS_RESULTS_URL']) return false;
  return (await loadCache()).isFeatureAvailable();
}

/**
 * The Actions cache, keyed by commit. Caches saved on the default branch are readable
 * from pull requests, which is exactly the baseline's audience.
 */
export class ActionsCacheBaselineStore<T extends StoredBaseline> implements BaselineStore<T> {
  readonly description = 'the GitHub Actions cache';
  private readonly dir: string;
  constructor(runnerTemp: string, private readonly naming: BaselineNaming<T>, private readonly logger: Logger) {
    // The cache version hashes this path, so it must be the same on every runner.
    this.dir = join(runnerTemp, `pipeline-${naming.scope}-baseline`);
  }
  private cacheKey(sha: string): string {
    return `pipeline-${this.naming.scope}-v1-${this.naming.key}-${sha}`;
  }
  async load(sha: string): Promise<T | undefined> {
    mkdirSync(this.dir, { recursive: true });
    const hit = await (await loadCache()).restoreCache([this.dir], this.cacheKey(sha));
    if (!hit) return undefined;
    try {
      return parse(readFileSync(join(this.dir, 'baseline.json'), 'utf8'), sha, this.naming);
    } catch {
      return undefined;
    }
  }
  async save(baseline: T): Promise<void> {
    mkdirSync(this.dir, { recursive: true });
    writeFileSync(join(this.dir, 'baseline.json'), JSON.stringify(baseline));
    try {
      await (await loadCache()).saveCache([this.dir], this.cacheKey(baseline.sha));
    } catch (error) {
      // A re-run of the same commit finds the key taken; the stored baseline is equivalent.
      this.logger.info(`Baseline for ${baseline.sha.slice(0, 12)} not saved again: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}

/**
 * `baseline-path` wins (persistent runners, tests); otherwise the Actions cache when the
 * runner has the service; otherwise none, said once so the summary's "no baseline" is explained.
 */
export async function chooseBaselineStore<T extends StoredBaseline>(options: {
  mode: 'auto' | 'off';
  path: string | undefined;
  naming: BaselineNaming<T>;
  context: Pick<RunContext, 'workspace' | 'runnerTemp'>;
  logger: Logger;
}): Promise<BaselineStore<T> | undefined> {
  if (options.mode === 'off') return undefined;
  if (options.path) return new DirectoryBaselineStore(resolveInWorkspace(options.context.workspace, options.path, { input: 'baseline-path' }), options.naming);
  if (options.context.runnerTemp && (await actionsCacheAvailable())) return new ActionsCacheBaselineStore(options.context.runnerTemp, options.naming, options.logger);
  options.logger.info('The Actions cache is not available on this runner, so no baseline is stored or read; set baseline-path to use a directory.');
  return undefined;
}

/** The commit a run stores its baseline for: pushes to the default branch only, never pull requests. */
export function baselineCommit(context: Pick<RunContext, 'payload' | 'ref' | 'sha'>, pr: PullRequestRef | undefined): string | undefined {
  const defaultBranch = (context.payload['repository'] as { default_branch?: string } | undefined)?.default_branch;
  return defaultBranch !== undefined && context.ref === `refs/heads/${defaultBranch}` && !pr ? context.sha : undefined;
}
