// Trivy on the runner machine, played by the project's Trivy stand-in (test/support/trivy): the
// runner image's tool cache holds it as Trivy 0.74.0, so trivy-scan, sbom and the root action find
// it there instead of downloading it, and it answers with Trivy's real reports from the shared
// fixtures (read in place): the repository scan with cargo.lock.json.golden (no findings), an
// image scan of any image the registry double holds with alpine-310.json.golden (four MEDIUM
// findings), and an image SBOM with Trivy's CycloneDX golden pom-cyclonedx.json.golden.
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_TRIVY_VERSION, trivyPlatform } from '@pipeline/trivy';
import type { RegistryDouble } from './registry.ts';

export const REPOSITORY_SCAN_REPORT = 'cargo.lock.json.golden';
export const IMAGE_SCAN_REPORT = 'alpine-310.json.golden';
export const IMAGE_SBOM = 'pom-cyclonedx.json.golden';

export interface TrivyMachine {
  toolCache: string;
  /** The variables the stand-in reads, for one of our actions' processes. */
  env(action: string): Record<string, string>;
  /** argv of every call of the stand-in. */
  calls(): string[][];
  dispose(): void;
}

export function trivyMachine(options: { fixtures: string; registry: RegistryDouble }): TrivyMachine {
  const dir = mkdtempSync(join(tmpdir(), 'e2e-trivy-'));
  const toolCache = join(dir, 'tool-cache');
  const platform = trivyPlatform();
  const home = join(toolCache, 'trivy', DEFAULT_TRIVY_VERSION, platform);
  mkdirSync(home, { recursive: true });
  copyFileSync(join(import.meta.dirname, '..', 'trivy', 'stand-in-trivy.js'), join(home, 'trivy'));
  chmodSync(join(home, 'trivy'), 0o755);
  // @actions/tool-cache counts a tool as cached once `<arch>.complete` sits beside its folder.
  writeFileSync(`${home}.complete`, '');
  const log = join(dir, 'trivy-argv.jsonl');
  const images = (): string[] => [...options.registry.images.values()].map((i) => `${i.repository}@${i.digest}`);
  return {
    toolCache,
    env(action) {
      const sbom = action === 'sbom';
      const reports: Record<string, string> = sbom
        ? Object.fromEntries(images().map((ref) => [ref, IMAGE_SBOM]))
        : { '.': REPOSITORY_SCAN_REPORT, ...Object.fromEntries(images().map((ref) => [ref, IMAGE_SCAN_REPORT])) };
      return {
        STANDIN_TRIVY_LOG: log,
        STANDIN_TRIVY_FIXTURES: sbom ? join(options.fixtures, 'sbom', 'trivy') : join(options.fixtures, 'trivy-json', 'trivy'),
        STANDIN_TRIVY_REPORTS: JSON.stringify(reports),
      };
    },
    calls: () => (existsSync(log) ? readFileSync(log, 'utf8').split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { argv: string[] }).argv) : []),
    dispose: () => rmSync(dir, { recursive: true, force: true }),
  };
}
