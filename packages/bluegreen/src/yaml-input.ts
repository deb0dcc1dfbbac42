import { existsSync, readFileSync } from 'node:fs';
import { ConfigurationError, resolveInWorkspace } from '@pipeline/core';

/**
 * An input that is either inline YAML or the workspace path of a YAML file. YAML with content
 * always has a newline or a colon; a path has neither. `where` names the input or the file for
 * messages.
 */
export function readYamlInput(text: string, options: { workspace: string; input: string; example?: string }): { text: string; where: string } {
  const { input } = options;
  if (text.includes('\n') || text.includes(':')) return { text, where: `Input '${input}'` };
  const path = resolveInWorkspace(options.workspace, text, { input });
  if (!existsSync(path)) throw new ConfigurationError(`Input '${input}' names ${text}, which does not exist; give inline YAML${options.example === undefined ? '' : ` (${options.example})`} or the path of a YAML file in the workspace`, { input });
  return { text: readFileSync(path, 'utf8'), where: text };
}
