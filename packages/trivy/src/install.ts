import { createHash } from 'node:crypto';
import { createReadStream, existsSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigurationError, type Logger } from '@pipeline/core';

export type TrivyPlatform = 'Linux-64bit' | 'Linux-ARM64' | 'macOS-64bit' | 'macOS-ARM64';

/** sha256 of each release archive, per version and platform. */
export type ChecksumTable = Readonly<Record<string, Readonly<Partial<Record<TrivyPlatform, string>>>>>;

/**
 * The suite's own digests of Trivy release archives. A release's checksums file comes
 * from the same place as the archive, so a replaced release (March 2026) passes its own
 * check; these digests are fixed when a version is added here and reviewed like code.
 * Only versions in this table can be installed; `trivy-path` runs any other build.
 *
 * A version goes in only with a digest for every platform, each confirmed by a source that
 * pinned it on its own, not by the file it was first copied from. 0.74.0: all four match
 * cert-manager/makefile-modules, modules/tools/00_mod.mk at commit
 * 02b378ff771ea38db2b95fa3d54a8ad542a2ce2f (`tools += trivy=v0.74.0`,
 * trivy_{linux,darwin}_{amd64,arm64}_SHA256SUM; that project learns its digests by downloading
 * the assets), and each also appears in ten or more unrelated public repositories that pin the
 * same asset, several saying they checked it against the release's trivy_0.74.0_checksums.txt.
 */
export const TRIVY_CHECKSUMS: ChecksumTable = {
  '0.74.0': {
    'Linux-64bit': '2ae6fe3ee734b7fdf11335663e18c75ea12dccc76062f09f164a3b0f8be4371a',
    'Linux-ARM64': 'b94ce1976bbf3c15b514b605ee88be7c6d94a29be2302847ff01cb794d47aad5',
    'macOS-64bit': '472816f6888dda689d075c30254d4210b4d1035acf365aa72332f584c2f60485',
    'macOS-ARM64': '1caada5e0e2091909357c7525d3aa76f4b660b13821bc143b190c7483e31cc11',
  },
};

export const DEFAULT_TRIVY_VERSION = '0.74.0';
export const GITHUB_RELEASES_URL = 'https://github.com';

export function trivyPlatform(platform: NodeJS.Platform = process.platform, arch: string = process.arch): TrivyPlatform {
  const os = platform === 'linux' ? 'Linux' : platform === 'darwin' ? 'macOS' : undefined;
  const cpu = arch === 'x64' ? '64bit' : arch === 'arm64' ? 'ARM64' : undefined;
  if (os === undefined || cpu === undefined) {
    throw new ConfigurationError(`Trivy cannot be installed on ${platform}/${arch}: the suite installs Linux and macOS builds for x64 and arm64. Install Trivy yourself and set 'trivy-path'.`, { input: 'trivy-path' });
  }
  return `${os}-${cpu}` as TrivyPlatform;
}

/** GitHub's release download URL, under `baseUrl` (https://github.com, or a local server in tests). */
export function releaseAssetUrl(baseUrl: string, version: string, platform: TrivyPlatform): string {
  return `${baseUrl.replace(/\/+$/, '')}/aquasecurity/trivy/releases/download/v${version}/trivy_${version}_${platform}.tar.gz`;
}

/** The slice of @actions/tool-cache the installer uses, so tests can count downloads. */
export interface ToolCache {
  find(tool: string, version: string, arch?: string): string;
  downloadTool(url: string): Promise<string>;
  extractTar(file: string): Promise<string>;
  cacheDir(dir: string, tool: string, version: string, arch?: string): Promise<string>;
  /** Fills the tool cache from somewhere slower than disk but faster than a download (the Actions cache). */
  prepare?(tool: string, version: string, arch: string): Promise<void>;
}

export interface InstallOptions {
  version: string;
  platform: TrivyPlatform;
  /** Host serving `/<owner>/<repo>/releases/download/...`; default https://github.com. */
  downloadBaseUrl?: string;
  checksums?: ChecksumTable;
  toolCache: ToolCache;
  logger: Logger;
}

export interface Installed {
  path: string;
  version: string;
  /** True when the tool cache already held this version (no download). */
  fromCache: boolean;
  sha256?: string;
}

export function sha256File(path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    createReadStream(path)
      .on('error', reject)
      .on('data', (chunk) => hash.update(chunk))
      .on('end', () => resolve(hash.digest('hex')));
  });
}

/** Thrown when a downloaded archive is not the one the suite pinned; never retried, never cached. */
export class ChecksumMismatchError extends ConfigurationError {
  constructor(readonly url: string, readonly expected: string, readonly actual: string) {
    super(
      `Checksum mismatch for ${url}: expected sha256 ${expected}, got ${actual}. The download is not the Trivy release the suite pinned, so it was not run. ` +
        'If the release was replaced upstream, do not trust it: pin another version, or install a verified build and set trivy-path.',
      { input: 'version' },
    );
  }
}

/**
 * Installs a pinned Trivy: from the tool cache when present, else downloaded, checked
 * against the suite's table (never the release's own checksums file), extracted and cached.
 */
export async function installTrivy(options: InstallOptions): Promise<Installed> {
  const { version, platform, toolCache, logger } = options;
  const table = options.checksums ?? TRIVY_CHECKSUMS;
  const expected = table[version]?.[platform];
  if (expected === undefined) {
    const known = Object.keys(table).filter((v) => table[v]?.[platform] !== undefined);
    throw new ConfigurationError(
      `Trivy ${version} for ${platform} has no checksum in the suite's table, so it cannot be verified; versions with one: ${known.join(', ') || 'none'}. ` +
        'Pick one of those, or install Trivy yourself and set trivy-path.',
      { input: 'version' },
    );
  }
  await toolCache.prepare?.('trivy', version, platform);
  const cached = toolCache.find('trivy', version, platform);
  if (cached && existsSync(join(cached, 'trivy'))) {
    logger.info(`Trivy ${version} found in the tool cache at ${cached}.`);
    return { path: join(cached, 'trivy'), version, fromCache: true };
  }
  const url = releaseAssetUrl(options.downloadBaseUrl ?? GITHUB_RELEASES_URL, version, platform);
  logger.info(`Downloading Trivy ${version} (${platform}) from ${url}`);
  const archive = await toolCache.downloadTool(url);
  const actual = await sha256File(archive);
  if (actual !== expected) throw new ChecksumMismatchError(url, expected, actual);
  logger.info(`sha256 ${actual} matches the suite's pinned checksum.`);
  const extracted = await toolCache.extractTar(archive);
  if (!existsSync(join(extracted, 'trivy'))) throw new ConfigurationError(`The Trivy ${version} archive from ${url} has no 'trivy' executable at its root.`, { input: 'version' });
  const dir = await toolCache.cacheDir(extracted, 'trivy', version, platform);
  return { path: join(dir, 'trivy'), version, fromCache: false, sha256: actual };
}
