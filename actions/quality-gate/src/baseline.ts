import type { BaselineNaming, BaselineStore as Store } from '@pipeline/baseline';
import type { Baseline } from './metrics.ts';

export type BaselineStore = Store<Baseline>;

/** Where quality-gate keeps baselines: one per check name. */
export function gateBaselineNaming(checkName: string): BaselineNaming<Baseline> {
  return { scope: 'quality-gate', key: checkName, filePrefix: `${checkName}-`, isValid: (value) => Array.isArray(value.findings) };
}
