import { registerHooks } from 'node:module';
import type * as WorkflowParser from '@actions/workflow-parser';
import type * as ActionParser from '@actions/workflow-parser/actions/index';

const HOOKED = Symbol.for('pipeline.workflow-parser-json-hook');

/**
 * @actions/workflow-parser imports its schema JSON without `with { type: 'json' }`,
 * which Node's ESM loader rejects (actions/languageservices#387). This load hook adds
 * the attribute for that package's own JSON files and nothing else. It is installed
 * on first use, not on import, and once per process.
 */
function allowSchemaImports(): void {
  const flags = globalThis as Record<symbol, boolean | undefined>;
  if (flags[HOOKED]) return;
  flags[HOOKED] = true;
  registerHooks({
    load(url, context, nextLoad) {
      if (url.includes('/@actions/workflow-parser/dist/') && url.endsWith('.json')) {
        return nextLoad(url, { ...context, importAttributes: { ...context.importAttributes, type: 'json' } });
      }
      return nextLoad(url, context);
    },
  });
}

export async function loadWorkflowParser(): Promise<typeof WorkflowParser> {
  allowSchemaImports();
  return import('@actions/workflow-parser');
}

export async function loadActionParser(): Promise<typeof ActionParser> {
  allowSchemaImports();
  return import('@actions/workflow-parser/actions/index');
}
