import { isConfigurationError } from './errors.ts';
import type { Logger } from './logger.ts';
import { runnerLogger } from './runner.ts';

/**
 * Runs an action's body with the two levels of catch the best action repos use.
 * The inner level turns a ConfigurationError into an annotation that says how to
 * fix it, and any other error into a one-line message with the stack only in debug
 * output. The outer net catches a failure of the reporting itself. Exit goes
 * through `process.exitCode`, so pending output is flushed.
 */
export async function runAction(body: (logger: Logger) => Promise<void>, logger: Logger = runnerLogger()): Promise<void> {
  try {
    try {
      await body(logger);
    } catch (error) {
      process.exitCode = 1;
      if (isConfigurationError(error)) {
        const props: { file?: string; startLine?: number; title?: string } = {};
        if (error.file !== undefined) props.file = error.file;
        if (error.line !== undefined) props.startLine = error.line;
        if (error.input !== undefined) props.title = `Input '${error.input}'`;
        for (const [i, line] of error.message.split('\n').entries()) logger.error(line, i === 0 ? props : {});
      } else {
        const message = error instanceof Error ? error.message : String(error);
        logger.error(`Unexpected error (a bug in pipeline, please report it): ${message}`);
        if (error instanceof Error && error.stack) logger.debug(error.stack);
      }
    }
  } catch (fatal) {
    process.exitCode = 1;
    process.stdout.write(`::error::pipeline failed while reporting an error: ${String(fatal).split('\n')[0]}\n`);
  }
}
