import { join } from 'node:path';
import type { Logger } from '@pipeline/core';
import { actionsCacheAvailable, loadCache } from '@pipeline/baseline';

/**
 * Keeps Trivy's vulnerability database in the Actions cache, one key per day with the
 * previous days as restore keys: most runs then never touch a registry at all, which is
 * the surest way around TOOMANYREQUESTS.
 */
export interface DbCache {
  restore(): Promise<string | undefined>;
  save(): Promise<void>;
}

export function dbCacheKey(platform: string, day: string): string {
  return `pipeline-trivy-db-v1-${platform}-${day}`;
}

export async function actionsDbCache(cacheDir: string, platform: string, now: Date, logger: Logger): Promise<DbCache | undefined> {
  if (!(await actionsCacheAvailable())) return undefined;
  const key = dbCacheKey(platform, now.toISOString().slice(0, 10));
  const paths = [join(cacheDir, 'db'), join(cacheDir, 'java-db')];
  let restored: string | undefined;
  return {
    async restore() {
      try {
        restored = await (await loadCache()).restoreCache(paths, key, [`pipeline-trivy-db-v1-${platform}-`]);
        if (restored) logger.info(`Vulnerability database restored from the Actions cache (${restored}).`);
      } catch (error) {
        logger.warning(`Could not restore the vulnerability database from the Actions cache: ${error instanceof Error ? error.message : String(error)}`);
      }
      return restored;
    },
    async save() {
      if (restored === key) return;
      try {
        await (await loadCache()).saveCache(paths, key);
      } catch (error) {
        logger.info(`Vulnerability database not saved to the Actions cache: ${error instanceof Error ? error.message : String(error)}`);
      }
    },
  };
}
