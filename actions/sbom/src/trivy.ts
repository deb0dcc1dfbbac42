import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigurationError, type Exec, type Logger } from '@pipeline/core';

/** Trivy's CycloneDX JSON for what this action does not read itself. */
export interface TrivySources {
  /** A container image. */
  image(ref: string): Promise<string>;
  /** One lockfile or manifest of an ecosystem without a native reader. */
  lockfile(path: string, shown: string): Promise<string>;
}

export interface TrivySourceOptions {
  /** Installs Trivy (with the suite's pinned checksums) and returns the executable; called at most once. */
  install: () => Promise<string>;
  exec: Exec;
  logger: Logger;
  /** Directory Trivy writes its output files under (RUNNER_TEMP, never the workspace). */
  workDir: string;
  env?: NodeJS.ProcessEnv;
  timeoutMs?: number;
}

function tail(text: string, lines = 5): string {
  return text.trim().split('\n').slice(-lines).join(' ');
}

/**
 * Runs Trivy with `--format cyclonedx`, which lists packages without scanning for
 * vulnerabilities, so no vulnerability database is fetched. Trivy is installed on first
 * use only: a run that reads every lockfile natively never downloads it.
 */
export function trivySources(options: TrivySourceOptions): TrivySources {
  let installed: Promise<string> | undefined;
  const timeoutMs = options.timeoutMs ?? 15 * 60_000;
  async function cyclonedx(command: 'image' | 'fs', target: string, what: string, where: { input: string } | { file: string }): Promise<string> {
    const trivy = await (installed ??= options.install());
    mkdirSync(options.workDir, { recursive: true });
    const out = join(mkdtempSync(join(options.workDir, 'sbom-trivy-')), 'trivy.cdx.json');
    const args = [command, '--format', 'cyclonedx', '--output', out, '--quiet', '--', target];
    options.logger.info(`Running: trivy ${args.join(' ')}`);
    const run = await options.exec(trivy, args, { timeoutMs, ...(options.env ? { env: options.env } : {}) });
    if (run.exitCode !== 0 || run.timedOut) {
      const status = run.timedOut ? `was stopped after ${Math.round(timeoutMs / 1000)} s` : `exited with code ${String(run.exitCode)}`;
      throw new ConfigurationError(`Trivy could not describe ${what} (it ${status}): ${tail(run.stderr) || '(no output on stderr)'}`, where);
    }
    return readFileSync(out, 'utf8');
  }
  return {
    image: (ref) => cyclonedx('image', ref, `image '${ref}'`, { input: 'image' }),
    lockfile: (path, shown) => cyclonedx('fs', path, shown, { file: shown }),
  };
}
