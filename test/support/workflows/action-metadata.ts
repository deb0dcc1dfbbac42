import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { isMap, isScalar, isSeq } from 'yaml';
import { entries, entry, readYaml, scalarString } from './repo.ts';
import type { YamlFile } from './repo.ts';

export interface Declared {
  name: string;
  /** `required: true` in the metadata. */
  required: boolean;
  hasDefault: boolean;
  description: string | undefined;
  line?: number;
  column?: number;
}

export interface ActionMetadata {
  file: string;
  yaml: YamlFile;
  inputs: Declared[];
  outputs: Declared[];
  runs: { using?: string; main?: string; pre?: string; post?: string; line?: number };
}

function truthy(node: unknown): boolean {
  return isScalar(node) && (node.value === true || String(node.value).toLowerCase() === 'true');
}

function declarations(yaml: YamlFile, map: unknown): Declared[] {
  return entries(map).map((item) => {
    const spec = item.value;
    const defaultEntry = entry(spec, 'default');
    return {
      name: String(item.key.value),
      required: truthy(entry(spec, 'required')?.value),
      hasDefault: defaultEntry !== undefined && !(isScalar(defaultEntry.value) && defaultEntry.value.value === null),
      description: scalarString(entry(spec, 'description')?.value)?.trim() || undefined,
      ...yaml.position(item.key),
    };
  });
}

export function readActionMetadata(root: string, file: string): ActionMetadata {
  const yaml = readYaml(root, file);
  const top = yaml.document.contents;
  const runsEntry = entry(top, 'runs');
  const runs: ActionMetadata['runs'] = { ...(runsEntry ? { line: yaml.position(runsEntry.key).line } : {}) };
  for (const key of ['using', 'main', 'pre', 'post'] as const) {
    const value = scalarString(entry(runsEntry?.value, key)?.value);
    if (value !== undefined) runs[key] = value;
  }
  return { file, yaml, inputs: declarations(yaml, entry(top, 'inputs')?.value), outputs: declarations(yaml, entry(top, 'outputs')?.value), runs };
}

export interface WorkflowCall {
  file: string;
  /** False when the workflow has no `workflow_call` trigger and so cannot be called. */
  callable: boolean;
  inputs: Declared[];
  secrets: Declared[];
}

/** The `on.workflow_call` interface of a workflow, in any of the three shapes `on:` takes. */
export function readWorkflowCall(root: string, file: string): WorkflowCall {
  const yaml = readYaml(root, file);
  return workflowCallOf(yaml);
}

export function workflowCallOf(yaml: YamlFile): WorkflowCall {
  const on = entry(yaml.document.contents, 'on')?.value;
  const none: WorkflowCall = { file: yaml.file, callable: false, inputs: [], secrets: [] };
  if (isScalar(on)) return { ...none, callable: on.value === 'workflow_call' };
  if (isSeq(on)) return { ...none, callable: on.items.some((item) => isScalar(item) && item.value === 'workflow_call') };
  if (!isMap(on)) return none;
  const call = entry(on, 'workflow_call');
  if (!call) return none;
  return {
    file: yaml.file,
    callable: true,
    inputs: declarations(yaml, entry(call.value, 'inputs')?.value),
    secrets: declarations(yaml, entry(call.value, 'secrets')?.value),
  };
}

export function exists(root: string, file: string): boolean {
  return existsSync(join(root, file));
}
