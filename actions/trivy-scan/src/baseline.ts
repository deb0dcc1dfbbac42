import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type * as Cache from '@actions/cache';
import type { Logger } from '@pipeline/core';

/** The fingerprints of a default-branch commit's findings: what a pull request is compared with. */
export interface Baseline {
  version: 1;
  sha: string;
  fingerprints: string[];
}

export interface BaselineStore {
  readonly description: string;
  load(sha: string): Promise<Baseline | undefined>;
  save(baseline: Baseline): Promise<void>;
}

function parseBaseline(text: string, sha: string): Baseline | undefined {
  try {
    const value = JSON.parse(text) as Partial<Baseline>;
    if (value.version !== 1 || value.sha !== sha || !Array.isArray(value.fingerprints)) return undefined;
    return value as Baseline;
  } catch {
    return undefined;
  }
}

/** A directory on persistent storage (self-hosted runners, tests): one JSON file per commit. */
export class DirectoryBaselineStore implements BaselineStore {
  readonly description: string;
  constructor(private readonly dir: string, private readonly key: string) {
    this.description = `directory ${dir}`;
  }
  private file(sha: string): string {
    return join(this.dir, `trivy-scan-${this.key}-${sha}.json`);
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

type CacheModule = typeof Cache;
// The cache client pulls in the Azure storage SDK; load it only on runners that have the service.
export const loadCache = (): Promise<CacheModule> => import('@actions/cache');

export async function actionsCacheAvailable(env: NodeJS.ProcessEnv = process.env): Promise<boolean> {
  if (!env['ACTIONS_CACHE_URL'] && !env['ACTIONS_RESULTS_URL']) return false;
  return (await loadCache()).isFeatureAvailable();
}

/** The Actions cache keyed by commit: caches saved on the default branch are readable from pull requests. */
export class ActionsCacheBaselineStore implements BaselineStore {
  readonly description = 'the GitHub Actions cache';
  private readonly dir: string;
  constructor(runnerTemp: string, private readonly key: string, private readonly logger: Logger) {
    // The cache version hashes this path, so it must be the same on every runner.
    this.dir = join(runnerTemp, 'pipeline-trivy-scan-baseline');
  }
  private cacheKey(sha: string): string {
    return `pipeline-trivy-scan-v1-${this.key}-${sha}`;
  }
  async load(sha: string): Promise<Baseline | undefined> {
    mkdirSync(this.dir, { recursive: true });
    const hit = await (await loadCache()).restoreCache([this.dir], this.cacheKey(sha));
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
      await (await loadCache()).saveCache([this.dir], this.cacheKey(baseline.sha));
    } catch (error) {
      // A re-run of the same commit finds the key taken; the stored baseline is equivalent.
      this.logger.info(`Baseline for ${baseline.sha.slice(0, 12)} not saved again: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}
