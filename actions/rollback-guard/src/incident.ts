// What rollback-guard tells GitHub after a breach: the deployment is marked `failure`, and an
// incident issue is opened for the service and environment, or commented on while it is open.
import { cell, errorMessage, escapeMarkdown } from '@pipeline/core';
import type { Logger } from '@pipeline/core';
import { getDeployment, upsertIssue, withDegrade } from '@pipeline/github';
import type { GitHubClient, RepoRef, UpsertIssueResult } from '@pipeline/github';
import { formatValue } from '@pipeline/metrics';
import { markDeploymentFailure } from './notify.ts';
import { breachedNames, decisiveMeasurement, describeTest } from './report.ts';
import type { GuardOutcome } from './report.ts';

export interface GitHubReportOptions {
  repo: RepoRef;
  /** The deployment to mark `failure` (not in a dry run), and where the environment is read from. */
  deploymentId: number | undefined;
  /** The `environment` input; undefined means the deployment's environment, if there is one. */
  environment: string | undefined;
  incidentIssue: boolean;
  incidentLabels: readonly string[];
  dryRun: boolean;
  runUrl: string | undefined;
  /** For the comment's timestamp (default Date.now). */
  now?: () => number;
}

export interface GitHubReport {
  deploymentMarked: boolean;
  /** The environment the incident was keyed by. */
  environment: string | undefined;
  /** Undefined when no issue was wanted, or the token could not write one. */
  incident: UpsertIssueResult | undefined;
}

/** The facts an incident issue or comment states, beyond the guard's outcome. */
export interface IncidentFacts {
  environment: string | undefined;
  deploymentId: number | undefined;
  deploymentMarked: boolean;
  runUrl: string | undefined;
}

/**
 * The key of the one open incident per service and environment. Each part is percent-encoded and
 * a `--` split, because the key sits inside an HTML comment.
 */
export function incidentMarker(namespace: string, service: string, environment: string | undefined): string {
  const part = (s: string): string => encodeURIComponent(s).replaceAll('--', '-%2D');
  return `incident:${part(namespace)}/${part(service)}${environment === undefined ? '' : `:${part(environment)}`}`;
}

function subject(o: GuardOutcome, environment: string | undefined): string {
  return `${o.namespace}/${o.service}${environment === undefined ? '' : ` in ${environment}`}`;
}

export function incidentTitle(o: GuardOutcome, environment: string | undefined): string {
  const breached = breachedNames(o);
  return `Incident: ${subject(o, environment)} failed rollback-guard${breached.length === 0 ? '' : ` (${breached.join(', ')})`}`;
}

function rollbackLine(o: GuardOutcome): string {
  if (o.rollbackError !== undefined) return `**failed**: ${o.rollbackError}. Traffic may still be on ${o.newColour}.`;
  if (o.rollback === undefined) {
    return o.onBreach === 'report' ? `none: \`on-breach\` is \`report\`, so traffic stays on ${o.newColour}.` : 'none.';
  }
  if (o.rollback.dryRun) return `planned only (dry run), nothing changed: ${o.rollback.steps.map((s) => s.detail).join('; ')}`;
  const mttr = o.mttrSeconds === undefined ? '' : `; traffic restored ${o.mttrSeconds.toFixed(1)} s after the first failing sample`;
  return `rolled back ${o.rollback.from} → ${o.rollback.to}${o.rollback.scaledUp ? ` (scaled ${o.rollback.to} up to ${o.rollback.replicas} first)` : ''}${mttr}.`;
}

function deploymentLine(facts: IncidentFacts, o: GuardOutcome): string {
  if (facts.deploymentId === undefined) return 'none recorded';
  if (facts.deploymentMarked) return `${facts.deploymentId}, marked \`failure\``;
  const dryRun = o.rollback?.dryRun === true;
  return `${facts.deploymentId}${dryRun ? ' (dry run: not marked)' : ' (could not be marked `failure`; see the run)'}`;
}

/** The facts table, the breached metrics and the crash signals: the part a comment repeats. Table cells go through `cell`, as in the job summary. */
export function incidentDetails(o: GuardOutcome, facts: IncidentFacts): string {
  const a = o.analysis;
  const iso = (ms: number): string => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
  const rows: [string, string][] = [
    ['Service', `\`${o.service}\``],
    ['Namespace', `\`${o.namespace}\``],
    ['Environment', facts.environment === undefined ? 'not set' : `\`${facts.environment}\``],
    ['Colours', `${o.newColour} (new)${o.baselineColour === undefined ? '' : ` against ${o.baselineColour}`}`],
    ['Verdict', `${a.verdict}: ${a.reason}`],
    ['Breached', breachedNames(o).map((n) => `\`${n}\``).join(', ') || 'none named'],
    ['Rollback', rollbackLine(o)],
    ['GitHub deployment', deploymentLine(facts, o)],
    ['Watched', `${iso(a.startedAt)} to ${iso(a.endedAt)} (${((a.endedAt - a.startedAt) / 1000).toFixed(1)} s)`],
    ['Run', facts.runUrl === undefined || facts.runUrl === '' ? 'not known' : facts.runUrl],
  ];
  const lines = ['| | |', '| --- | --- |', ...rows.map(([k, v]) => `| ${k} | ${cell(v)} |`)];

  const failing = a.metrics.filter((m) => m.outcome === 'fail');
  if (failing.length > 0) {
    lines.push('', '**What breached**', '', `| Metric | New (${o.newColour}) | Baseline | Rule or test that decided |`, '| --- | --- | --- | --- |');
    for (const m of failing) {
      const x = decisiveMeasurement(m);
      const test = describeTest(x);
      lines.push(`| \`${m.name}\`${m.critical ? ' (critical)' : ''} | ${cell(x?.newValue === undefined ? 'no data' : formatValue(x.newValue))} | ${cell(x?.baselineValue === undefined ? '—' : formatValue(x.baselineValue))} | ${cell(`${m.firingRule ?? m.reason}${test === undefined ? '' : ` (${test})`}`)} |`);
    }
  }
  if (a.signals.length > 0) {
    lines.push('', '**Kubernetes signals**', '', '| Signal | Pod | Message |', '| --- | --- | --- |');
    for (const s of a.signals) lines.push(`| ${cell(s.kind)} | ${cell(s.pod ?? '')} | ${cell(s.message)} |`);
  }
  return lines.join('\n');
}

export function incidentBody(o: GuardOutcome, facts: IncidentFacts): string {
  return [
    `rollback-guard found a breach in **${escapeMarkdown(subject(o, facts.environment))}**.`,
    '',
    incidentDetails(o, facts),
    '',
    'While this issue is open, later breaches of this service and environment are added as comments. Close it once the incident is resolved.',
  ].join('\n');
}

export function incidentComment(o: GuardOutcome, facts: IncidentFacts, at: number): string {
  return [`**Breached again** (${new Date(at).toISOString()})`, '', incidentDetails(o, facts)].join('\n');
}

/**
 * After a fail verdict: marks the GitHub deployment `failure` (not in a dry run) and opens or
 * updates the incident issue (also in a dry run and with `on-breach: report`, since the breach is
 * real either way). A read-only token degrades each to a warning; any other GitHub failure is a
 * warning too, because the guard has already done its job and must still set its outputs.
 */
export async function reportBreachToGitHub(client: GitHubClient, logger: Logger, outcome: GuardOutcome, options: GitHubReportOptions): Promise<GitHubReport> {
  const report: GitHubReport = { deploymentMarked: false, environment: options.environment, incident: undefined };
  if (outcome.analysis.verdict !== 'fail') return report;
  const { deploymentId } = options;

  if (deploymentId !== undefined && !options.dryRun) {
    try {
      report.deploymentMarked = await markDeploymentFailure(client, logger, {
        owner: options.repo.owner,
        repo: options.repo.repo,
        deploymentId,
        description: `rollback-guard: ${outcome.analysis.reason}`,
        ...(options.runUrl === undefined || options.runUrl === '' ? {} : { logUrl: options.runUrl }),
      });
      if (report.deploymentMarked) logger.info(`Marked GitHub deployment ${deploymentId} as failure`);
    } catch (error) {
      logger.warning(`Could not mark GitHub deployment ${deploymentId} as failed: ${errorMessage(error)}`);
    }
  }
  if (!options.incidentIssue) return report;

  if (report.environment === undefined && deploymentId !== undefined) {
    try {
      report.environment = (await getDeployment(client, options.repo, deploymentId)).environment;
    } catch (error) {
      logger.warning(`Could not read the environment of GitHub deployment ${deploymentId} for the incident issue (set \`environment\` to name it): ${errorMessage(error)}`);
    }
  }
  const facts: IncidentFacts = { environment: report.environment, deploymentId, deploymentMarked: report.deploymentMarked, runUrl: options.runUrl };
  try {
    report.incident = await withDegrade(logger, 'open or update the incident issue', () => upsertIssue(client, options.repo, {
      marker: incidentMarker(outcome.namespace, outcome.service, report.environment),
      title: incidentTitle(outcome, report.environment),
      body: incidentBody(outcome, facts),
      comment: incidentComment(outcome, facts, (options.now ?? Date.now)()),
      labels: options.incidentLabels,
    }), { permission: 'issues: write', fallback: 'The breach is in the job summary and the analysis JSON instead.' });
  } catch (error) {
    logger.warning(`Could not open or update the incident issue: ${errorMessage(error)}`);
  }
  if (report.incident?.labelsDropped === true) {
    logger.warning(`GitHub dropped the labels of incident issue ${report.incident.url} (the token may not set labels), so later breaches cannot find it and will open new issues. Give the token \`issues: write\` or add the label '${options.incidentLabels[0] ?? ''}' by hand.`);
  }
  if (report.incident !== undefined) {
    logger.info(report.incident.action === 'created' ? `Opened incident issue ${report.incident.url}` : `Added the breach to open incident issue ${report.incident.commentUrl ?? report.incident.url}`);
  }
  return report;
}
