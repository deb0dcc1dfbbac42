import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type * as Cache from '@actions/cache';
import { resolveInWorkspace, type Logger, type RunContext } from '@pipeline/core';
import type { Baseline } from './metrics.ts';

/** Where default-branch results are kept between runs, keyed by commit. */
export interface BaselineStore {
  readonly description: string;
  load(sha: string): Promise<Baseline | undefined>;
  save(baseline: Baseline): Promise<void>;
}

function parseBaseline(text: string, sha: string): Baseline | undefined {
  try {
    const value = JSON.parse(text) as Partial<Baseline>;
    if (value.version !== 1 || value.sha !== sha || !Array.isArray(value.findings)) return undefined;
    return value as Baseline;
  } catch {
    return undefined;
  }
}

/** A directory on persistent storage (self-hosted runners, tests): one JSON file per commit. */
export class DirectoryBaselineStore implements BaselineStore {
  readonly description: string;
  constructor(private readonly dir: string, private readonly name: string) {
    this.description = `directory ${dir}`;
  }
  private file(sha: string): string {
    return join(this.dir, `${this.name}-${sha}.json`);
  }
  async load(sha: string): Promise<Baseline | undefined> {
    try {
      return parseBaseline(readFileSync(this.file(sha), 'utf8'), sha);
    } catch {
      return undefined;
    }
  }
  async save(baseline: Baseline): Promise<void> {
    mkdirSync(this.dir, { recursive: true });
    writeFileSync(this.file(baseline.sha), JSON.stringify(baseline));
  }
}

/**
 * The Actions cache, keyed by commit. Caches saved on the default branch are
 * readable from pull requests, which is exactly the baseline's audience.
 */
export class ActionsCacheBaselineStore implements BaselineStore {
  readonly description = 'the GitHub Actions cache';
  private readonly dir: string;
  constructor(runnerTemp: string, private readonly name: string, private readonly logger: Logger) {
    // The cache version hashes this path, so it must be the same on every runner.
    this.dir = join(runnerTemp, 'pipeline-quality-gate-baseline');
  }
  private key(sha: string): string {
    return `pipeline-quality-gate-v1-${this.name}-${sha}`;
  }
  async load(sha: string): Promise<Baseline | undefined> {
    mkdirSync(this.dir, { recursive: true });
    const cache = await loadCache();
    const hit = await cache.restoreCache([this.dir], this.key(sha));
    if (!hit) return undefined;
    try {
      return parseBaseline(readFileSync(join(this.dir, 'baseline.json'), 'utf8'), sha);
    } catch {
      return undefined;
    }
  }
  async save(baseline: Baseline): Promise<void> {
    mkdirSync(this.dir, { recursive: true });
    writeFileSync(join(this.dir, 'baseline.json'), JSON.stringify(baseline));
    try {
      const cache = await loadCache();
      await cache.saveCache([this.dir], this.key(baseline.sha));
    } catch (error) {
      // A re-run of the same commit finds the key taken; the stored baseline is equivalent.
      this.logger.info(`Baseline for ${baseline.sha.slice(0, 12)} not saved again: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}

// The cache client pulls in the Azure storage SDK; load it only on runners that have the service.
type CacheModule = typeof Cache;
const loadCache = (): Promise<CacheModule> => import('@actions/cache');

export async function actionsCacheAvailable(env: NodeJS.ProcessEnv = process.env): Promise<boolean> {
  if (!env['ACTIONS_CACHE_URL'] && !env['ACTIONS_RESULTS_URL']) return false;
  return (await loadCache()).isFeatureAvailable();
}

/**
 * `baseline-path` wins (persistent runners, tests); otherwise the Actions cache when the
 * runner has the service; otherwise none, said once so the summary's "no baseline" is explained.
 */
export async function chooseBaselineStore(options: {
  mode: 'auto' | 'off';
  path: string | undefined;
  name: string;
  context: Pick<RunContext, 'workspace' | 'runnerTemp'>;
  logger: Logger;
}): Promise<BaselineStore | undefined> {
  if (options.mode === 'off') return undefined;
  if (options.path) return new DirectoryBaselineStore(resolveInWorkspace(options.context.workspace, options.path, { input: 'baseline-path' }), options.name);
  if (options.context.runnerTemp && (await actionsCacheAvailable())) return new ActionsCacheBaselineStore(options.context.runnerTemp, options.name, options.logger);
  options.logger.info('The Actions cache is not available on this runner, so no baseline is stored or read; set baseline-path to use a directory.');
  return undefined;
}
