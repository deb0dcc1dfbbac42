import { ConfigurationError, list, oneOf, string, type InputField } from '@pipeline/core';
import { inputSchema as qualityGate } from '@pipeline/quality-gate-action/inputs';
import { inputSchema as sbom } from '@pipeline/sbom-action/inputs';
import { inputSchema as trivy } from '@pipeline/trivy-scan-action/inputs';

/** The stages, in the order they run. */
export const STAGES = ['quality-gate', 'trivy-scan', 'sbom'] as const;
export type StageName = (typeof STAGES)[number];

function stageList(): InputField<StageName[]> {
  const raw = list({ default: STAGES });
  return {
    required: false,
    secret: false,
    parse(value, name) {
      const picked: StageName[] = [];
      for (const entry of raw.parse(value, name)) {
        const stage = STAGES.find((s) => s === entry.toLowerCase());
        if (!stage) throw new ConfigurationError(`Input '${name}' names an unknown stage '${entry}': use any of ${STAGES.join(', ')}.`, { input: name });
        if (!picked.includes(stage)) picked.push(stage);
      }
      // They always run in the gate's order, whatever order the input lists them in.
      return STAGES.filter((s) => picked.includes(s));
    },
  };
}

/**
 * Every input the root action.yml declares: the union of quality-gate's, trivy-scan's and
 * sbom's. A name two actions share means the same there and is declared once; the one
 * clash (`format`) is prefixed. The fields are the actions' own objects wherever the
 * meaning is unchanged, so defaults and validation cannot drift apart; the metadata test
 * checks this schema against action.yml.
 */
export const inputSchema = {
  stages: stageList(),

  // Shared by the stages.
  'github-token': qualityGate['github-token'],
  summary: qualityGate.summary,
  'dry-run': trivy['dry-run'],
  fail: qualityGate.fail,
  comment: qualityGate.comment,
  baseline: qualityGate.baseline,
  'baseline-path': qualityGate['baseline-path'],
  image: sbom.image,

  // quality-gate: runs when `reports` is set.
  reports: list(),
  policy: qualityGate.policy,
  'if-no-files': qualityGate['if-no-files'],
  'check-name': qualityGate['check-name'],
  'base-ref': qualityGate['base-ref'],
  'new-code-min-lines': qualityGate['new-code-min-lines'],
  'max-annotations': qualityGate['max-annotations'],
  'max-report-size': qualityGate['max-report-size'],
  'results-path': qualityGate['results-path'],
  'working-directory': qualityGate['working-directory'],

  // trivy-scan: `image` when set, else `scan-type` over `target`.
  'scan-type': oneOf(['fs', 'image', 'config', 'rootfs', 'sbom']),
  target: string(),
  scanners: trivy.scanners,
  'skip-dirs': trivy['skip-dirs'],
  timeout: trivy.timeout,
  version: trivy.version,
  'trivy-path': trivy['trivy-path'],
  'cache-dir': trivy['cache-dir'],
  'db-repositories': trivy['db-repositories'],
  offline: trivy.offline,
  'fail-on': trivy['fail-on'],
  'ignore-unfixed': trivy['ignore-unfixed'],
  'ignore-file': trivy['ignore-file'],
  vex: trivy.vex,
  'fail-on-new-only': trivy['fail-on-new-only'],
  'sla-days': trivy['sla-days'],
  'report-path': trivy['report-path'],
  'sarif-path': trivy['sarif-path'],
  category: trivy.category,
  'upload-sarif': trivy['upload-sarif'],

  // sbom: the image when `image` is set, else the lockfiles under `path`.
  path: sbom.path,
  exclude: sbom.exclude,
  fallback: sbom.fallback,
  'sbom-format': sbom.format,
  output: sbom.output,
  'min-score': sbom['min-score'],
  'allow-licenses': sbom['allow-licenses'],
  'deny-licenses': sbom['deny-licenses'],
  'unknown-license': sbom['unknown-license'],
  'license-exceptions': sbom['license-exceptions'],
  submission: sbom.submission,
  'matrix-key': sbom['matrix-key'],
  artifact: sbom.artifact,
  'artifact-name': sbom['artifact-name'],
  'release-asset': sbom['release-asset'],
};
