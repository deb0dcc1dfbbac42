import type { Condition, Operator, Policy } from './policy.ts';
import { METRICS, type Metrics } from './metrics.ts';

export type ConditionStatus = 'passed' | 'failed' | 'skipped';

export interface ConditionResult {
  condition: Condition;
  status: ConditionStatus;
  actual?: number;
  /** Why a condition was skipped or failed without a value. */
  reason?: string;
}

export interface Verdict {
  passed: boolean;
  results: ConditionResult[];
  /** Conditions at error severity that failed. */
  failures: number;
  warnings: number;
}

const COMPARE: Record<Operator, (a: number, b: number) => boolean> = {
  '==': (a, b) => Math.abs(a - b) < 1e-9,
  '!=': (a, b) => Math.abs(a - b) >= 1e-9,
  '<=': (a, b) => a <= b + 1e-9,
  '>=': (a, b) => a + 1e-9 >= b,
  '<': (a, b) => a < b,
  '>': (a, b) => a > b,
};

/**
 * Judges every condition. A metric with no data fails a condition the user wrote
 * and skips a default one; it never passes.
 */
export function evaluatePolicy(policy: Policy, metrics: Metrics): Verdict {
  const results = policy.conditions.map((condition): ConditionResult => {
    const metric = metrics[condition.metric];
    if (metric.value === undefined) {
      const reason = `no data: ${metric.missing}`;
      return { condition, status: condition.ifMissing === 'skip' ? 'skipped' : 'failed', reason };
    }
    const ok = COMPARE[condition.op](metric.value, condition.threshold);
    return { condition, status: ok ? 'passed' : 'failed', actual: metric.value };
  });
  const failures = results.filter((r) => r.status === 'failed' && r.condition.severity === 'error').length;
  const warnings = results.filter((r) => r.status === 'failed' && r.condition.severity === 'warning').length;
  return { passed: failures === 0, results, failures, warnings };
}

export function formatValue(metric: keyof typeof METRICS, value: number | undefined): string {
  if (value === undefined) return '—';
  const unit = METRICS[metric].unit;
  const rounded = Number.isInteger(value) ? String(value) : value.toFixed(unit === 'ms' ? 0 : 2).replace(/\.?0+$/, '');
  if (unit === '%') return `${rounded}%`;
  if (unit === 'ms') return `${rounded} ms`;
  if (unit === 'points') return `${value > 0 ? '+' : ''}${rounded} pp`;
  return rounded;
}
