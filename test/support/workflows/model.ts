import { isMap, isScalar, isSeq, visit } from 'yaml';
import type { Pair, Scalar } from 'yaml';
import { entries, entry, readYaml, scalarString, TEMPLATE_DIR } from './repo.ts';
import type { YamlFile } from './repo.ts';

/** One step of a job, with the nodes the checks look at. */
export interface StepNode {
  /** `jobs.build.steps[2]`, for messages. */
  where: string;
  node: unknown;
  id: string | undefined;
  uses: Scalar | undefined;
  run: Scalar | undefined;
  with: Array<Pair<Scalar, unknown>>;
}

export interface JobNode {
  id: string;
  where: string;
  key: Scalar;
  node: unknown;
  /** A job-level `uses:`, the call of a reusable workflow. */
  uses: Scalar | undefined;
  permissions: Pair<Scalar, unknown> | undefined;
  secrets: unknown;
  needs: string[];
  outputs: Array<Pair<Scalar, unknown>>;
  steps: StepNode[];
}

export interface WorkflowNode {
  file: string;
  yaml: YamlFile;
  /** Starter templates: `./` there means the consumer's repository. */
  template: boolean;
  /** The event names under `on:`. */
  triggers: string[];
  on: unknown;
  permissions: Pair<Scalar, unknown> | undefined;
  jobs: JobNode[];
}

function triggersOf(on: unknown): string[] {
  if (isScalar(on)) return [String(on.value)];
  if (isSeq(on)) return on.items.flatMap((item) => (isScalar(item) ? [String(item.value)] : []));
  return entries(on).map((item) => String(item.key.value));
}

function needsOf(node: unknown): string[] {
  if (isScalar(node)) return [String(node.value)];
  if (isSeq(node)) return node.items.flatMap((item) => (isScalar(item) ? [String(item.value)] : []));
  return [];
}

function stepsOf(job: unknown, prefix: string): StepNode[] {
  const seq = entry(job, 'steps')?.value;
  if (!isSeq(seq)) return [];
  return seq.items.map((step, index) => {
    const uses = entry(step, 'uses')?.value;
    const run = entry(step, 'run')?.value;
    return {
      where: `${prefix}[${index}]`,
      node: step,
      id: scalarString(entry(step, 'id')?.value),
      uses: isScalar(uses) ? uses : undefined,
      run: isScalar(run) ? run : undefined,
      with: entries(entry(step, 'with')?.value),
    };
  });
}

export function workflowOf(yaml: YamlFile): WorkflowNode {
  const top = yaml.document.contents;
  const on = entry(top, 'on')?.value;
  const jobs = entries(entry(top, 'jobs')?.value).map((job): JobNode => {
    const id = String(job.key.value);
    const uses = entry(job.value, 'uses')?.value;
    return {
      id,
      where: `jobs.${id}`,
      key: job.key,
      node: job.value,
      uses: isScalar(uses) ? uses : undefined,
      permissions: entry(job.value, 'permissions'),
      secrets: entry(job.value, 'secrets')?.value,
      needs: needsOf(entry(job.value, 'needs')?.value),
      outputs: entries(entry(job.value, 'outputs')?.value),
      steps: stepsOf(job.value, `jobs.${id}.steps`),
    };
  });
  return { file: yaml.file, yaml, template: yaml.file.startsWith(`${TEMPLATE_DIR}/`), triggers: triggersOf(on), on, permissions: entry(top, 'permissions'), jobs };
}

export function readWorkflow(root: string, file: string): WorkflowNode {
  return workflowOf(readYaml(root, file));
}

/** A string value somewhere in a document, with the key it sits under (`if`, `run`, ...). */
export interface StringValue {
  node: Scalar;
  value: string;
  key: string | undefined;
}

/** Every string scalar value under `node` (mapping keys excluded). */
export function stringValues(node: unknown): StringValue[] {
  const found: StringValue[] = [];
  if (!isMap(node) && !isSeq(node)) {
    if (isScalar(node) && typeof node.value === 'string') found.push({ node, value: node.value, key: undefined });
    return found;
  }
  visit(node, {
    Scalar(role, scalar, path) {
      if (role === 'key' || typeof scalar.value !== 'string') return;
      const parent = path[path.length - 1];
      const key = parent && !isSeq(parent) && !isMap(parent) && isScalar((parent as Pair).key) ? String(((parent as Pair).key as Scalar).value) : undefined;
      found.push({ node: scalar, value: scalar.value, key });
    },
  });
  return found;
}

/** The names declared under `on.<trigger>.<section>` (inputs, secrets or outputs), as pairs. */
export function declarations(on: unknown, trigger: string, section: 'inputs' | 'secrets' | 'outputs'): Array<Pair<Scalar, unknown>> {
  return entries(entry(entry(on, trigger)?.value, section)?.value);
}
