// The figures of one service and environment in Prometheus's text exposition format (0.0.4), the
// body a Pushgateway accepts. Grouping labels (repository, service, environment) come from the push
// URL, so the samples here carry only their own labels.
import type { DeliveryFigures, DeliveryTargets, Rating } from './model.ts';

export const METRIC_PREFIX = 'pipeline_delivery';

interface Sample {
  suffix?: string;
  labels?: Record<string, string>;
  value: number;
}

interface Family {
  name: string;
  help: string;
  type: 'gauge' | 'summary';
  samples: Sample[];
}

/** Label values escape backslash, double quote and line feed. */
function escapeLabelValue(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
}

/** HELP text escapes backslash and line feed. */
function escapeHelp(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\n/g, '\\n');
}

function formatValue(value: number): string {
  if (Number.isNaN(value)) return 'NaN';
  if (value === Infinity) return '+Inf';
  if (value === -Infinity) return '-Inf';
  return String(value);
}

function render(families: readonly Family[]): string {
  const lines: string[] = [];
  for (const family of families) {
    if (family.samples.length === 0) continue;
    lines.push(`# HELP ${family.name} ${escapeHelp(family.help)}`, `# TYPE ${family.name} ${family.type}`);
    for (const sample of family.samples) {
      const labels = Object.entries(sample.labels ?? {}).map(([k, v]) => `${k}="${escapeLabelValue(v)}"`);
      lines.push(`${family.name}${sample.suffix ?? ''}${labels.length > 0 ? `{${labels.join(',')}}` : ''} ${formatValue(sample.value)}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

function quantiles(values: readonly [string, number | null][]): Sample[] {
  return values.flatMap(([quantile, value]) => (value === null ? [] : [{ labels: { quantile }, value }]));
}

/** 1 met, 0 missed or without data (no data is never a pass); nothing when not applicable. */
function metSample(metric: string, rating: Rating): Sample[] {
  if (rating === 'not-applicable') return [];
  return [{ labels: { metric }, value: rating === 'met' ? 1 : 0 }];
}

/**
 * A figure without data is left out rather than written as 0: a dashboard must show a gap, not a
 * perfect change failure rate, when nothing finished. The two summaries always carry `_count`
 * (how many changes or restores the quantiles rest on) and `_sum`.
 */
export function deliveryExposition(figures: DeliveryFigures, context: { windowSeconds: number; targets: DeliveryTargets }): string {
  const p = METRIC_PREFIX;
  const { deployments, deploymentFrequency, leadTime, changeFailureRate, timeToRestore } = figures;
  const { targets } = context;
  return render([
    { name: `${p}_window_seconds`, help: 'Length of the window the delivery figures cover.', type: 'gauge', samples: [{ value: context.windowSeconds }] },
    {
      name: `${p}_deployments`,
      help: 'Deployments created in the window, by outcome (unfinished: neither success nor failure recorded).',
      type: 'gauge',
      samples: (['succeeded', 'failed', 'unfinished'] as const).map((outcome) => ({ labels: { outcome }, value: deployments[outcome] })),
    },
    { name: `${p}_deployment_frequency_per_week`, help: 'Successful deployments per week over the window.', type: 'gauge', samples: [{ value: deploymentFrequency.perWeek }] },
    {
      name: `${p}_lead_time_seconds`,
      help: 'Lead time for changes: from a commit to the success of the first deployment that shipped it.',
      type: 'summary',
      samples: [
        ...quantiles([['0.5', leadTime.medianSeconds], ['0.9', leadTime.p90Seconds]]),
        { suffix: '_sum', value: leadTime.sumSeconds },
        { suffix: '_count', value: leadTime.changes },
      ],
    },
    {
      name: `${p}_change_failure_ratio`,
      help: 'Failed deployments over finished deployments in the window (0 to 1).',
      type: 'gauge',
      samples: changeFailureRate.ratio === null ? [] : [{ value: changeFailureRate.ratio }],
    },
    {
      name: `${p}_time_to_restore_seconds`,
      help: 'Time to restore: from the first failed deployment of an episode to the next successful deployment.',
      type: 'summary',
      samples: [
        ...quantiles([['0.5', timeToRestore.medianSeconds]]),
        { suffix: '_sum', value: timeToRestore.sumSeconds },
        { suffix: '_count', value: timeToRestore.restored },
      ],
    },
    { name: `${p}_incidents_open`, help: 'Failure episodes of the window not yet followed by a successful deployment.', type: 'gauge', samples: [{ value: timeToRestore.open }] },
    {
      name: `${p}_target`,
      help: 'The target each figure is rated against (deployments per week: at least; the others: below).',
      type: 'gauge',
      samples: [
        { labels: { metric: 'deployment_frequency_per_week' }, value: targets.deploymentsPerWeek },
        { labels: { metric: 'lead_time_seconds' }, value: targets.leadTimeSeconds },
        { labels: { metric: 'change_failure_ratio' }, value: targets.changeFailureRatio },
        { labels: { metric: 'time_to_restore_seconds' }, value: targets.timeToRestoreSeconds },
      ],
    },
    {
      name: `${p}_target_met`,
      help: '1 when the figure meets its target, 0 when it misses it or has no data.',
      type: 'gauge',
      samples: [
        ...metSample('deployment_frequency_per_week', deploymentFrequency.rating),
        ...metSample('lead_time_seconds', leadTime.rating),
        ...metSample('change_failure_ratio', changeFailureRate.rating),
        ...metSample('time_to_restore_seconds', timeToRestore.rating),
      ],
    },
  ]);
}
