import type { BaselineNaming, BaselineStore as Store, StoredBaseline } from '@pipeline/baseline';

/** The fingerprints of a default-branch commit's findings: what a pull request is compared with. */
export interface Baseline extends StoredBaseline {
  fingerprints: string[];
}

export type BaselineStore = Store<Baseline>;

/** Where trivy-scan keeps baselines: one per scan category (or scan type and target). */
export function trivyBaselineNaming(key: string): BaselineNaming<Baseline> {
  return { scope: 'trivy-scan', key, filePrefix: `trivy-scan-${key}-`, isValid: (value) => Array.isArray(value.fingerprints) };
}
