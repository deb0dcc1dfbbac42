/**
 * A mistake the user can fix: a bad input, an unreadable report, a policy that
 * does not parse. Anything else that escapes is a bug in the suite.
 */
export class ConfigurationError extends Error {
  override readonly name = 'ConfigurationError';
  /** Repository-relative or absolute file the problem is in, when there is one. */
  readonly file: string | undefined;
  /** 1-based line within `file`, when known. */
  readonly line: number | undefined;
  /** The action input the problem came from, when there is one. */
  readonly input: string | undefined;

  constructor(message: string, where: { file?: string; line?: number; input?: string; cause?: unknown } = {}) {
    super(message, where.cause === undefined ? undefined : { cause: where.cause });
    this.file = where.file;
    this.line = where.line;
    this.input = where.input;
  }
}

export function isConfigurationError(error: unknown): error is ConfigurationError {
  return error instanceof ConfigurationError;
}

export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}
