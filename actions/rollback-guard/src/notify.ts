import type { Logger } from '@pipeline/core';
import type { GitHubClient } from '@pipeline/github';
import { withDegrade } from '@pipeline/github';
import { genericPayload, slackPayload, webhookFormat } from './report.ts';
import type { GuardOutcome, WebhookFormat } from './report.ts';

export interface WebhookOptions {
  fetch?: typeof fetch;
  timeoutMs?: number;
  /** Attempts in all; only connection failures, 429 and 5xx are tried again. */
  attempts?: number;
  retryDelayMs?: number;
}

export interface WebhookDelivery {
  format: WebhookFormat;
  status: number | undefined;
  attempts: number;
  error?: string;
}

/**
 * POSTs the verdict to a webhook. A notification must never turn a verdict into a crash, so
 * failures are returned (and logged by the caller), not thrown. The URL is a secret (Slack's
 * carries its token) and is never part of a message.
 */
export async function postWebhook(url: string, outcome: GuardOutcome, options: WebhookOptions = {}): Promise<WebhookDelivery> {
  const format = webhookFormat(url);
  const body = JSON.stringify(format === 'slack' ? slackPayload(outcome) : genericPayload(outcome));
  const doFetch = options.fetch ?? fetch;
  const attempts = options.attempts ?? 3;
  let last: WebhookDelivery = { format, status: undefined, attempts: 0 };
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      const res = await doFetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'user-agent': 'pipeline-rollback-guard' },
        body,
        signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
      });
      await res.arrayBuffer().catch(() => undefined);
      last = { format, status: res.status, attempts: attempt };
      if (res.ok) return last;
      last.error = `HTTP ${res.status}`;
      if (res.status !== 429 && res.status < 500) return last;
    } catch (error) {
      // The message of a fetch failure may quote the URL; keep only its cause's code.
      const cause = (error as { cause?: { code?: string } }).cause?.code;
      last = { format, status: undefined, attempts: attempt, error: cause ?? (error as Error).name };
    }
    if (attempt < attempts) await new Promise((resolve) => setTimeout(resolve, (options.retryDelayMs ?? 500) * attempt));
  }
  return last;
}

export interface DeploymentFailure {
  owner: string;
  repo: string;
  deploymentId: number;
  description: string;
  logUrl?: string;
}

/** Marks the GitHub deployment `failure` (a read-only token degrades to a warning). */
export async function markDeploymentFailure(client: GitHubClient, logger: Logger, input: DeploymentFailure): Promise<boolean> {
  const done = await withDegrade(logger, `mark deployment ${input.deploymentId} as failed`, async () => {
    await client.rest.repos.createDeploymentStatus({
      owner: input.owner,
      repo: input.repo,
      deployment_id: input.deploymentId,
      state: 'failure',
      // GitHub limits the description to 140 characters.
      description: input.description.length > 140 ? `${input.description.slice(0, 139)}…` : input.description,
      ...(input.logUrl === undefined ? {} : { log_url: input.logUrl }),
    });
    return true;
  }, { permission: 'deployments: write' });
  return done === true;
}
