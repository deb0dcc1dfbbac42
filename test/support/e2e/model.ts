// The parts of a workflow file the job player plays, read from the YAML as written. Keys the
// player cannot play faithfully are refused by name rather than ignored.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

export interface StepSpec {
  id?: string;
  name?: string;
  if?: unknown;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, unknown>;
  'working-directory'?: string;
  'timeout-minutes'?: number;
}

export interface JobSpec {
  name?: string;
  needs?: string | string[];
  if?: unknown;
  'runs-on'?: unknown;
  'timeout-minutes'?: number;
  permissions?: unknown;
  environment?: unknown;
  concurrency?: unknown;
  outputs?: Record<string, string>;
  strategy?: { matrix?: unknown; 'fail-fast'?: unknown; 'max-parallel'?: unknown };
  env?: Record<string, unknown>;
  steps?: StepSpec[];
  uses?: string;
  with?: Record<string, unknown>;
  secrets?: 'inherit' | Record<string, unknown>;
}

export interface InputSpec {
  type?: 'string' | 'boolean' | 'number' | 'choice' | 'environment';
  required?: boolean;
  default?: unknown;
  options?: unknown[];
}

export interface WorkflowSpec {
  /** Repository-relative path, for messages. */
  file: string;
  name: string;
  on: Record<string, unknown>;
  env: Record<string, unknown>;
  jobs: Record<string, JobSpec>;
}

const STEP_KEYS = new Set(['id', 'name', 'if', 'uses', 'run', 'with', 'env', 'working-directory', 'timeout-minutes']);
// Recorded but not enforced: runs-on (one local "runner"), permissions (the GitHub double does not
// scope tokens), concurrency (the player runs one workflow at a time), timeout-minutes (a hang guard applies).
const JOB_KEYS = new Set(['name', 'needs', 'if', 'runs-on', 'timeout-minutes', 'permissions', 'environment', 'concurrency', 'outputs', 'strategy', 'env', 'steps', 'uses', 'with', 'secrets']);
const WORKFLOW_KEYS = new Set(['name', 'on', 'permissions', 'concurrency', 'env', 'jobs', 'run-name']);

function refuse(file: string, where: string, keys: string[], known: Set<string>): void {
  const unknown = keys.filter((k) => !known.has(k));
  if (unknown.length > 0) throw new Error(`${file} ${where}: the job player cannot play ${unknown.map((k) => `'${k}'`).join(', ')}; it plays ${[...known].join(', ')}`);
}

export function readWorkflowSpec(path: string, file: string): WorkflowSpec {
  const raw = parse(readFileSync(path, 'utf8')) as Record<string, unknown> | null;
  if (raw === null || typeof raw !== 'object') throw new Error(`${file} is not a YAML mapping`);
  refuse(file, '(top level)', Object.keys(raw), WORKFLOW_KEYS);
  const on = raw['on'];
  const triggers: Record<string, unknown> = typeof on === 'string' ? { [on]: {} } : Array.isArray(on) ? Object.fromEntries(on.map((t) => [String(t), {}])) : (on as Record<string, unknown> | null) ?? {};
  const jobs = (raw['jobs'] ?? {}) as Record<string, JobSpec>;
  for (const [id, job] of Object.entries(jobs)) {
    refuse(file, `jobs.${id}`, Object.keys(job), JOB_KEYS);
    (job.steps ?? []).forEach((step, i) => refuse(file, `jobs.${id}.steps[${i}]`, Object.keys(step), STEP_KEYS));
    if (job.uses === undefined && job.steps === undefined) throw new Error(`${file} jobs.${id} has neither steps nor uses`);
  }
  return { file, name: typeof raw['name'] === 'string' ? raw['name'] : file, on: triggers, env: (raw['env'] ?? {}) as Record<string, unknown>, jobs };
}

export function needsOf(job: JobSpec): string[] {
  if (job.needs === undefined) return [];
  return typeof job.needs === 'string' ? [job.needs] : job.needs;
}

/** Jobs in an order that respects `needs:`, keeping the file's order where nothing constrains it. */
export function jobOrder(spec: WorkflowSpec): string[] {
  const ids = Object.keys(spec.jobs);
  const done: string[] = [];
  const pending = new Set(ids);
  while (pending.size > 0) {
    const ready = ids.find((id) => pending.has(id) && needsOf(spec.jobs[id] as JobSpec).every((n) => done.includes(n)));
    if (ready === undefined) throw new Error(`${spec.file}: the needs of ${[...pending].join(', ')} form a cycle or name a missing job`);
    done.push(ready);
    pending.delete(ready);
  }
  return done;
}

/** `on.<trigger>.<section>` of a workflow: its declared inputs, secrets or outputs. */
export function declared<T>(spec: WorkflowSpec, trigger: string, section: 'inputs' | 'secrets' | 'outputs'): Record<string, T> {
  const node = spec.on[trigger] as Record<string, unknown> | null | undefined;
  return ((node ?? {})[section] ?? {}) as Record<string, T>;
}
