import { join } from 'node:path';
import type { Logger } from '@pipeline/core';
import type { ToolCache } from '@pipeline/trivy';
import { actionsCacheAvailable, loadCache } from '@pipeline/baseline';

/**
 * Backs the runner's tool cache with the Actions cache, so a hosted runner (fresh each
 * job) restores the verified Trivy instead of downloading it again. Only archives that
 * passed the checksum are ever put in the tool cache, so only those are saved.
 */
export async function withActionsCache(toolCache: ToolCache, logger: Logger, env: NodeJS.ProcessEnv = process.env): Promise<ToolCache> {
  const root = env['RUNNER_TOOL_CACHE'];
  if (!root || !(await actionsCacheAvailable(env))) return toolCache;
  const paths = (tool: string, version: string, arch: string): string[] => [join(root, tool, version, arch), join(root, tool, version, `${arch}.complete`)];
  const key = (tool: string, version: string, arch: string): string => `pipeline-tool-v1-${tool}-${version}-${arch}`;
  let restoreTried = false;
  return {
    find(tool, version, arch) {
      return toolCache.find(tool, version, arch);
    },
    async downloadTool(url) {
      return toolCache.downloadTool(url);
    },
    async extractTar(file) {
      return toolCache.extractTar(file);
    },
    async cacheDir(dir, tool, version, arch = process.arch) {
      const cached = await toolCache.cacheDir(dir, tool, version, arch);
      try {
        await (await loadCache()).saveCache(paths(tool, version, arch), key(tool, version, arch));
      } catch (error) {
        logger.info(`${tool} ${version} not saved to the Actions cache: ${error instanceof Error ? error.message : String(error)}`);
      }
      return cached;
    },
    // Called by the installer before it looks in the tool cache.
    async prepare(tool: string, version: string, arch: string): Promise<void> {
      if (restoreTried || toolCache.find(tool, version, arch)) return;
      restoreTried = true;
      try {
        const hit = await (await loadCache()).restoreCache(paths(tool, version, arch), key(tool, version, arch));
        if (hit) logger.info(`${tool} ${version} restored from the Actions cache.`);
      } catch (error) {
        logger.info(`${tool} ${version} not restored from the Actions cache: ${error instanceof Error ? error.message : String(error)}`);
      }
    },
  };
}
