import * as actions from '@actions/core';
import type { AnnotationProperties, Logger } from './logger.ts';

/** The Logger that speaks the runner's workflow-command protocol on stdout. */
export function runnerLogger(): Logger {
  return {
    debug: (message) => actions.debug(message),
    info: (message) => actions.info(message),
    notice: (message, properties) => actions.notice(message, toCore(properties)),
    warning: (message, properties) => actions.warning(message, toCore(properties)),
    error: (message, properties) => actions.error(message, toCore(properties)),
    async group(name, fn) {
      actions.startGroup(name);
      try {
        return await fn();
      } finally {
        actions.endGroup();
      }
    },
  };
}

function toCore(p: AnnotationProperties | undefined): actions.AnnotationProperties {
  if (!p) return {};
  const out: actions.AnnotationProperties = {};
  if (p.title !== undefined) out.title = p.title;
  if (p.file !== undefined) out.file = p.file;
  if (p.startLine !== undefined) out.startLine = p.startLine;
  if (p.endLine !== undefined) out.endLine = p.endLine;
  // The runner rejects column ranges that span lines, so only send them for one-line spans.
  if (p.startColumn !== undefined && (p.endLine === undefined || p.endLine === p.startLine)) out.startColumn = p.startColumn;
  if (p.endColumn !== undefined && (p.endLine === undefined || p.endLine === p.startLine)) out.endColumn = p.endColumn;
  return out;
}

export type OutputValue = string | number | boolean | undefined;

/** Writes step outputs; `undefined` values are skipped so consumers see an empty output, not "undefined". */
export function setOutputs(outputs: Record<string, OutputValue>): void {
  for (const [name, value] of Object.entries(outputs)) {
    if (value === undefined) continue;
    actions.setOutput(name, typeof value === 'string' ? value : String(value));
  }
}
