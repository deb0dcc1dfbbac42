import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigurationError, type Exec, type ExecResult, type Logger } from '@pipeline/core';

export const SCAN_TYPES = ['fs', 'image', 'config', 'rootfs', 'sbom', 'cluster-images'] as const;
export type ScanType = (typeof SCAN_TYPES)[number];
export const SCANNERS = ['vuln', 'misconfig', 'secret', 'license'] as const;
export type Scanner = (typeof SCANNERS)[number];

/** Default mirror order: Google's mirror is the least throttled, then GitHub's and AWS's registries. */
export const DEFAULT_DB_REPOSITORIES = ['mirror.gcr.io/aquasec/trivy-db:2', 'ghcr.io/aquasecurity/trivy-db:2', 'public.ecr.aws/aquasecurity/trivy-db:2'];

export interface ScanRequest {
  scanType: Exclude<ScanType, 'cluster-images'>;
  target: string;
  scanners: readonly Scanner[];
  skipDirs: readonly string[];
  timeoutMs: number;
  cacheDir: string;
  /** Absolute path Trivy writes its JSON report to. */
  output: string;
  /** Also list every package, which `trivy convert` needs for CycloneDX. */
  listAllPackages: boolean;
  offline: boolean;
  /**
   * An empty file passed as `--ignorefile`: the suite applies ignore files itself (to
   * report expired and unused rules), so Trivy must not silently apply `.trivyignore` first.
   */
  emptyIgnoreFile: string;
}

/** A Docker image reference: [registry[:port]/]path[:tag][@sha256:digest]. */
const IMAGE_REF = /^(?:[a-zA-Z0-9.-]+(?::\d+)?\/)?[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*(?::[\w][\w.-]{0,127})?(?:@sha256:[a-f0-9]{64})?$/;

export function validateImageRef(ref: string): void {
  if (!IMAGE_REF.test(ref)) {
    throw new ConfigurationError(
      `Input 'target': '${ref}' is not a valid image reference; expected [registry/]repository[:tag][@sha256:digest], for example 'ghcr.io/org/app:1.2.3' (repository names are lower case).`,
      { input: 'target' },
    );
  }
}

function seconds(ms: number): string {
  return `${Math.max(1, Math.ceil(ms / 1000))}s`;
}

/** The one scan: JSON out, everything else is derived from it. Arguments are an argv array, never a shell string. */
export function scanArgs(req: ScanRequest): string[] {
  const args: string[] = [req.scanType, '--format', 'json', '--output', req.output, '--cache-dir', req.cacheDir, '--timeout', seconds(req.timeoutMs), '--exit-code', '0', '--no-progress'];
  if (req.scanType !== 'config') {
    // An SBOM lists packages, not files: only the vulnerability and license scanners apply to it.
    const scanners = req.scanType === 'sbom' ? req.scanners.filter((s) => s === 'vuln' || s === 'license') : req.scanners;
    args.push('--scanners', (scanners.length > 0 ? scanners : ['vuln']).join(','));
    if (req.scanners.includes('vuln')) {
      // The database is fetched beforehand with mirror fallback, so the scan never fetches it.
      args.push('--skip-db-update');
      if (req.offline) args.push('--skip-java-db-update', '--offline-scan');
    }
  }
  if (req.listAllPackages && req.scanType !== 'config') args.push('--list-all-pkgs');
  args.push('--ignorefile', req.emptyIgnoreFile);
  for (const dir of req.skipDirs) args.push('--skip-dirs', dir);
  args.push('--', req.target);
  return args;
}

export function needsVulnDb(scanType: ScanType, scanners: readonly Scanner[]): boolean {
  return scanType !== 'config' && scanners.includes('vuln');
}

export type TrivyFailureKind = 'rate-limited' | 'server' | 'db' | 'other';

/** Sorts Trivy's stderr into what the caller does next: another mirror, a retry, or a clear error. */
export function classifyTrivyError(stderr: string): TrivyFailureKind {
  if (/TOOMANYREQUESTS|429 Too Many Requests|rate limit/i.test(stderr)) return 'rate-limited';
  if (/\b(500|502|503|504)\b|Service Unavailable|Bad Gateway|Gateway Timeout|Internal Server Error/i.test(stderr)) return 'server';
  if (/DB error|vulnerability DB|trivy-db|database download|OCI repository error|--skip-db-update cannot be specified/i.test(stderr)) return 'db';
  return 'other';
}

function tail(text: string, lines = 15): string {
  const all = text.trimEnd().split(/\r?\n/);
  return all.slice(-lines).join('\n');
}

export interface DbOptions {
  trivy: string;
  cacheDir: string;
  repositories: readonly string[];
  exec: Exec;
  logger: Logger;
  timeoutMs: number;
  /** Full passes over the mirror list (default 3); a pause between passes doubles each time. */
  rounds?: number;
  backoffMs?: number;
  sleep?: (ms: number) => Promise<void>;
  env?: NodeJS.ProcessEnv;
}

export function hasVulnDb(cacheDir: string): boolean {
  return existsSync(join(cacheDir, 'db', 'trivy.db'));
}

const HOUR_MS = 3_600_000;

/**
 * When the database in `cacheDir` needs no download, by Trivy's own rule (pkg/db, NeedsUpdate):
 * its schema is the one the repositories serve (their tag, `trivy-db:2`) and either its
 * NextUpdate is still ahead or it was downloaded within the last hour. Returns the time the
 * next update is due, or undefined when Trivy would download. Checking before calling Trivy
 * lets a database restored from the Actions cache spare the registries entirely.
 */
export function vulnDbCurrentUntil(cacheDir: string, repositories: readonly string[], now: Date): Date | undefined {
  if (!hasVulnDb(cacheDir)) return undefined;
  const schemas = new Set(repositories.map((r) => /:(\d+)$/.exec(r)?.[1]));
  const schema = schemas.size === 1 ? [...schemas][0] : undefined;
  if (schema === undefined) return undefined;
  let meta: { Version?: unknown; NextUpdate?: unknown; DownloadedAt?: unknown };
  try {
    meta = JSON.parse(readFileSync(join(cacheDir, 'db', 'metadata.json'), 'utf8')) as typeof meta;
  } catch {
    return undefined;
  }
  if (meta.Version !== Number(schema)) return undefined;
  const time = (value: unknown): number => (typeof value === 'string' ? Date.parse(value) : Number.NaN);
  const nextUpdate = time(meta.NextUpdate);
  if (nextUpdate > now.getTime()) return new Date(nextUpdate);
  const downloaded = time(meta.DownloadedAt);
  return downloaded + HOUR_MS > now.getTime() ? new Date(downloaded + HOUR_MS) : undefined;
}

/**
 * Brings the vulnerability database up to date, trying each mirror in order. A rate
 * limit (TOOMANYREQUESTS) or a 5xx moves to the next mirror at once; after a full pass
 * without success, it waits and tries the list again, with the wait doubling.
 * Trivy skips the download itself when the cached database is still fresh.
 */
export async function updateVulnDb(options: DbOptions): Promise<{ repository: string; attempts: number }> {
  const rounds = options.rounds ?? 3;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  let wait = options.backoffMs ?? 5000;
  let attempts = 0;
  const failures: string[] = [];
  for (let round = 1; round <= rounds; round++) {
    let transientOnly = true;
    for (const repository of options.repositories) {
      attempts += 1;
      const args = ['image', '--download-db-only', '--cache-dir', options.cacheDir, '--db-repository', repository, '--no-progress', '--timeout', seconds(options.timeoutMs)];
      const result: ExecResult = await options.exec(options.trivy, args, { timeoutMs: options.timeoutMs + 30_000, ...(options.env ? { env: options.env } : {}) });
      if (result.exitCode === 0) {
        if (attempts > 1) options.logger.info(`Vulnerability database fetched from ${repository} after ${attempts - 1} failed attempt(s).`);
        return { repository, attempts };
      }
      const kind = result.timedOut ? 'server' : classifyTrivyError(result.stderr);
      if (kind !== 'rate-limited' && kind !== 'server') transientOnly = false;
      const why = kind === 'rate-limited' ? 'rate limited (TOOMANYREQUESTS)' : kind === 'server' ? 'server error or timeout' : 'failed';
      options.logger.warning(`Vulnerability database download from ${repository} ${why}; trying the next mirror.`);
      failures.push(`${repository}: ${tail(result.stderr, 3)}`);
    }
    if (!transientOnly || round === rounds) break;
    options.logger.info(`Every mirror failed; waiting ${Math.round(wait / 1000)} s before pass ${round + 1} of ${rounds}.`);
    await sleep(wait);
    wait *= 2;
  }
  throw new ConfigurationError(
    `Could not download Trivy's vulnerability database from any of ${options.repositories.join(', ')} (${attempts} attempt(s)).\n` +
      `${failures.slice(-options.repositories.length).join('\n')}\n` +
      "Add a mirror you can reach to 'db-repositories', or restore a database into 'cache-dir' and set 'offline: true'.",
    { input: 'db-repositories' },
  );
}

export interface ScanOptions {
  trivy: string;
  request: ScanRequest;
  exec: Exec;
  logger: Logger;
  cwd?: string;
  env?: NodeJS.ProcessEnv;
}

/** Runs the scan once. A failure surfaces Trivy's own stderr, with advice when it is about the database. */
export async function runScan(options: ScanOptions): Promise<ExecResult> {
  const args = scanArgs(options.request);
  options.logger.info(`Running: ${[options.trivy, ...args].join(' ')}`);
  const result = await options.exec(options.trivy, args, {
    timeoutMs: options.request.timeoutMs + 60_000,
    ...(options.cwd ? { cwd: options.cwd } : {}),
    ...(options.env ? { env: options.env } : {}),
  });
  if (result.exitCode === 0 && !result.timedOut) return result;
  const kind = classifyTrivyError(result.stderr);
  const advice =
    kind === 'db' || kind === 'rate-limited'
      ? "\nThis is a vulnerability database problem: list reachable mirrors in 'db-repositories', or restore a database into 'cache-dir' and set 'offline: true'."
      : '';
  const status = result.timedOut ? `was stopped after the ${seconds(options.request.timeoutMs)} timeout` : `exited with code ${String(result.exitCode)}`;
  throw new ConfigurationError(`Trivy ${status}:\n${tail(result.stderr) || '(no output on stderr)'}${advice}`, kind === 'db' ? { input: 'db-repositories' } : {});
}

/** `trivy convert` turns the same JSON report into another format, without scanning again. */
export async function convertReport(options: { trivy: string; report: string; format: 'cyclonedx' | 'sarif'; output: string; exec: Exec; env?: NodeJS.ProcessEnv }): Promise<void> {
  const result = await options.exec(options.trivy, ['convert', '--format', options.format, '--output', options.output, options.report], options.env ? { env: options.env } : {});
  if (result.exitCode !== 0) throw new ConfigurationError(`trivy convert to ${options.format} failed:\n${tail(result.stderr)}`);
}
