// Pushes the delivery figures to a Prometheus Pushgateway, one group per service and environment,
// so Grafana can chart them against the targets.
import pRetry, { AbortError } from 'p-retry';
import { deliveryExposition } from './exposition.ts';
import type { DeliveryReport } from './model.ts';

export interface PushOptions {
  /** The gateway's base URL, with any path prefix, e.g. `http://pushgateway:9091`; `user:password@` becomes basic auth. */
  url: string;
  /** The `job` grouping label. */
  job: string;
  fetch?: typeof fetch;
  /** Attempts per group in all; only connection failures, timeouts, 429 and 5xx are tried again (default 4). */
  attempts?: number;
  /** The first wait between attempts; each later one doubles it (default 500 ms). */
  retryDelayMs?: number;
  timeoutMs?: number;
}

export interface PushedGroup {
  service: string;
  environment: string;
  /** The grouping path under the gateway's URL, e.g. `/metrics/job/pipeline_delivery/repository@base64/…`. */
  path: string;
  status: number;
  attempts: number;
}

/** The gateway refused a push, or could not be reached after every attempt. */
export class PushError extends Error {
  override readonly name = 'PushError';
  readonly status: number | undefined;
  readonly attempts: number;

  constructor(message: string, status: number | undefined, attempts: number, options: { cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.status = status;
    this.attempts = attempts;
  }
}

const PLAIN = /^[A-Za-z0-9_.~:-]+$/;

/**
 * One `/<name>/<value>` step of a grouping path. A value that is empty, holds a `/` (tenant
 * environments, `owner/repo`) or anything a URL would escape goes in the Pushgateway's
 * `<name>@base64/<base64url>` form, which its docs give for exactly that.
 */
function segment(name: string, value: string): string {
  if (PLAIN.test(value)) return `/${name}/${value}`;
  return `/${name}@base64/${value === '' ? '=' : Buffer.from(value, 'utf8').toString('base64url')}`;
}

/** `/metrics/job/<job>/<label>/<value>…`, the path a group is PUT to. */
export function groupingPath(job: string, labels: readonly (readonly [string, string])[]): string {
  for (const [name] of labels) {
    if (!/^[a-zA-Z_][a-zA-Z0-9_]*$/.test(name) || name === 'job') throw new RangeError(`'${name}' cannot be a grouping label name`);
  }
  return `/metrics${segment('job', job)}${labels.map(([name, value]) => segment(name, value)).join('')}`;
}

/** The base URL without credentials (fetch refuses URLs that carry them), and the basic auth they meant. */
function splitCredentials(raw: string): { base: string; authorization: string | undefined } {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new RangeError('the Pushgateway URL is not a valid URL; expected e.g. http://pushgateway:9091');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new RangeError(`the Pushgateway URL must be http or https, got ${url.protocol}`);
  let authorization: string | undefined;
  if (url.username !== '' || url.password !== '') {
    const pair = `${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`;
    authorization = `Basic ${Buffer.from(pair, 'utf8').toString('base64')}`;
    url.username = '';
    url.password = '';
  }
  url.search = '';
  url.hash = '';
  return { base: url.href.replace(/\/+$/, ''), authorization };
}

class GatewayStatusError extends Error {
  readonly status: number;

  constructor(status: number, body: string) {
    super(`HTTP ${status}${body === '' ? '' : `: ${body.trim().slice(0, 300)}`}`);
    this.status = status;
  }
}

/**
 * PUTs each service and environment's figures to its own group (`job`, `repository`, `service`,
 * `environment`), replacing what an earlier run pushed there. Groups go one after another; the
 * first that fails after its attempts stops the push with a PushError (the URL never appears in
 * messages: it may carry credentials).
 */
export async function pushDelivery(report: DeliveryReport, options: PushOptions): Promise<PushedGroup[]> {
  const { base, authorization } = splitCredentials(options.url);
  const doFetch = options.fetch ?? fetch;
  const attempts = Math.max(1, options.attempts ?? 4);
  const pushed: PushedGroup[] = [];
  for (const row of report.services) {
    const path = groupingPath(options.job, [['repository', report.repository], ['service', row.service], ['environment', row.environment]]);
    const body = deliveryExposition(row, { windowSeconds: report.window.seconds, targets: report.targets });
    let made = 0;
    try {
      const status = await pRetry(async (attempt) => {
        made = attempt;
        const response = await doFetch(`${base}${path}`, {
          method: 'PUT',
          headers: {
            'content-type': 'text/plain; version=0.0.4; charset=utf-8',
            'user-agent': 'pipeline-delivery-report',
            ...(authorization === undefined ? {} : { authorization }),
          },
          body,
          signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
        });
        const text = await response.text().catch(() => '');
        if (response.ok) return response.status;
        const failure = new GatewayStatusError(response.status, text);
        // Any other 4xx is the gateway refusing these metrics (say, a type clash with another push): repeating cannot help.
        throw response.status === 429 || response.status >= 500 ? failure : new AbortError(failure);
      }, { retries: attempts - 1, minTimeout: options.retryDelayMs ?? 500, factor: 2, randomize: false });
      pushed.push({ service: row.service, environment: row.environment, path, status, attempts: made });
    } catch (error) {
      const status = error instanceof GatewayStatusError ? error.status : undefined;
      // fetch's own message is a bare "fetch failed"; its cause says what (ECONNREFUSED, a bad port), without the URL.
      const cause = (error as { cause?: { code?: unknown; message?: unknown } }).cause;
      const detail = typeof cause?.code === 'string' ? cause.code : typeof cause?.message === 'string' ? cause.message : (error as Error).name;
      const reason = error instanceof GatewayStatusError ? error.message : detail;
      throw new PushError(`The Pushgateway did not take the figures of ${row.service} · ${row.environment} after ${made} attempt(s): ${reason}`, status, made, { cause: error });
    }
  }
  return pushed;
}
