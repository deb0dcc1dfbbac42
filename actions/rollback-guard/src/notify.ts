import type { Logger } from '@pipeline/core';
import type { GitHubClient } from '@pipeline/github';
import { setDeploymentStatus, withDegrade } from '@pipeline/github';
import pRetry, { AbortError } from 'p-retry';
import { genericPayload, slackPayload, webhookFormat } from './report.ts';
import type { GuardOutcome, WebhookFormat } from './report.ts';

export interface WebhookOptions {
  fetch?: typeof fetch;
  timeoutMs?: number;
  /** Attempts in all; only connection failures, timeouts, 429 and 5xx are tried again. */
  attempts?: number;
  /** The first wait between attempts; each later one doubles it (default 500 ms). */
  retryDelayMs?: number;
}

export interface WebhookDelivery {
  format: WebhookFormat;
  status: number | undefined;
  attempts: number;
  error?: string;
}

/** A receiver's answer that was not 2xx; retried only when the receiver may recover. */
class WebhookStatusError extends Error {
  readonly status: number;

  constructor(status: number) {
    super(`HTTP ${status}`);
    this.status = status;
  }
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
  const attempts = Math.max(1, options.attempts ?? 3);
  let made = 0;
  try {
    const status = await pRetry(async (attempt) => {
      made = attempt;
      const res = await doFetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'user-agent': 'pipeline-rollback-guard' },
        body,
        signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
      });
      await res.arrayBuffer().catch(() => undefined);
      if (res.ok) return res.status;
      const failure = new WebhookStatusError(res.status);
      // Any other 4xx is the receiver refusing this message: sending it again cannot help.
      throw res.status === 429 || res.status >= 500 ? failure : new AbortError(failure);
    }, {
      retries: attempts - 1,
      minTimeout: options.retryDelayMs ?? 500,
      factor: 2,
      randomize: false,
    });
    return { format, status, attempts: made };
  } catch (error) {
    if (error instanceof WebhookStatusError) return { format, status: error.status, attempts: made, error: error.message };
    // The message of a fetch failure may quote the URL; keep only its cause's code.
    const cause = (error as { cause?: { code?: string } }).cause?.code;
    return { format, status: undefined, attempts: made, error: cause ?? (error as Error).name };
  }
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
    // setDeploymentStatus cuts the description to GitHub's 140 characters.
    await setDeploymentStatus(client, { owner: input.owner, repo: input.repo }, input.deploymentId, {
      state: 'failure',
      description: input.description,
      ...(input.logUrl === undefined ? {} : { logUrl: input.logUrl }),
    });
    return true;
  }, { permission: 'deployments: write' });
  return done === true;
}
