import { ConfigurationError } from '@pipeline/core';

/**
 * Prometheus rejected the query itself (HTTP 400 bad_data, or 422 execution). This is the user's
 * PromQL to fix, so it is a ConfigurationError; the message carries Prometheus's own words.
 */
export class PromQLError extends ConfigurationError {
  readonly kind = 'promql';
  readonly query: string;
  readonly status: number;
  /** Prometheus's errorType, such as `bad_data` or `execution`. */
  readonly errorType: string;
  /** Prometheus's error text, verbatim. */
  readonly prometheusMessage: string;
  /** The metric the query belongs to, once the engine knows it. */
  readonly metric: string | undefined;

  constructor(details: { query: string; status: number; errorType: string; prometheusMessage: string; metric?: string; input?: string }) {
    const subject = details.metric === undefined ? 'PromQL query' : `Metric '${details.metric}': its PromQL query`;
    const message = `${subject} was rejected by Prometheus (${details.status} ${details.errorType}): ${details.prometheusMessage}. Query: ${details.query}`;
    super(message, details.input === undefined ? {} : { input: details.input });
    this.query = details.query;
    this.status = details.status;
    this.errorType = details.errorType;
    this.prometheusMessage = details.prometheusMessage;
    this.metric = details.metric;
  }

  /** The same error, attributed to a metric (and the action input its definition came from). */
  forMetric(metric: string, input?: string): PromQLError {
    const { query, status, errorType, prometheusMessage } = this;
    return new PromQLError({ query, status, errorType, prometheusMessage, metric, ...(input === undefined ? {} : { input }) });
  }
}

export function isPromQLError(error: unknown): error is PromQLError {
  return error instanceof PromQLError;
}
