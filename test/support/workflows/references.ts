import { isMap, isScalar, isSeq } from 'yaml';
import type { Pair, Scalar } from 'yaml';
import { exists, readActionMetadata, readWorkflowCall, workflowCallOf } from './action-metadata.ts';
import type { Declared } from './action-metadata.ts';
import { entries, entry, findActionMetadata, listActionMetadataFiles, listWorkflowFiles, readYaml, TEMPLATE_DIR } from './repo.ts';
import type { Problem, YamlFile } from './repo.ts';

export const REPOSITORY_NAME = 'pipeline';

/** What a `uses:` names in this repository: an action directory ('' = root) or a reusable workflow file. */
export type UsesTarget = { kind: 'action'; dir: string } | { kind: 'workflow'; path: string };

const WORKFLOW_PATH = /^\.github\/workflows\/[^/]+\.ya?ml$/;

function target(path: string): UsesTarget {
  const clean = path.replace(/^\/+|\/+$/g, '');
  return WORKFLOW_PATH.test(clean) ? { kind: 'workflow', path: clean } : { kind: 'action', dir: clean };
}

/**
 * Resolves `./<action>`, `./`, `<owner>/pipeline[/<action>]@ref` and the workflow forms
 * of both. Returns undefined for anything else (third-party actions, docker://).
 * `local` says whether `./` means this repository; in starter templates it means the
 * consumer's.
 */
export function resolveUses(uses: string, options: { repoName?: string; local?: boolean } = {}): UsesTarget | undefined {
  const value = uses.trim();
  if (value.startsWith('docker://')) return undefined;
  if (value === '.' || value.startsWith('./')) return options.local === false ? undefined : target(value.slice(1));
  const at = value.indexOf('@');
  if (at < 0) return undefined;
  const [, repo, ...rest] = value.slice(0, at).split('/');
  if (repo?.toLowerCase() !== (options.repoName ?? REPOSITORY_NAME).toLowerCase()) return undefined;
  return target(rest.join('/'));
}

interface CallSite {
  yaml: YamlFile;
  uses: Scalar;
  level: 'step' | 'job';
  /** `jobs.build.steps[2]`, for messages. */
  where: string;
  with: Array<Pair<Scalar, unknown>>;
  /** Undefined when not given; 'inherit' for `secrets: inherit`. */
  secrets: Array<Pair<Scalar, unknown>> | 'inherit' | undefined;
}

function stepSites(yaml: YamlFile, steps: unknown, prefix: string): CallSite[] {
  if (!isSeq(steps)) return [];
  return steps.items.flatMap((step, index) => {
    const uses = entry(step, 'uses')?.value;
    if (!isScalar(uses)) return [];
    return [{ yaml, uses, level: 'step' as const, where: `${prefix}[${index}]`, with: entries(entry(step, 'with')?.value), secrets: undefined }];
  });
}

/** Every `uses:` in a workflow (jobs and steps) or a composite action (runs.steps). */
function callSites(yaml: YamlFile): CallSite[] {
  const top = yaml.document.contents;
  const sites: CallSite[] = [];
  for (const job of entries(entry(top, 'jobs')?.value)) {
    const id = String(job.key.value);
    const uses = entry(job.value, 'uses')?.value;
    if (isScalar(uses)) {
      const secrets = entry(job.value, 'secrets')?.value;
      sites.push({
        yaml,
        uses,
        level: 'job',
        where: `jobs.${id}`,
        with: entries(entry(job.value, 'with')?.value),
        secrets: isScalar(secrets) && secrets.value === 'inherit' ? 'inherit' : isMap(secrets) ? entries(secrets) : undefined,
      });
    }
    sites.push(...stepSites(yaml, entry(job.value, 'steps')?.value, `jobs.${id}.steps`));
  }
  sites.push(...stepSites(yaml, entry(entry(top, 'runs')?.value, 'steps')?.value, 'runs.steps'));
  return sites;
}

/**
 * Undeclared names, and required ones not passed. For actions an input with a default
 * is never missing; GitHub's workflow_call check ignores defaults (`requiredAlways`).
 */
function compare(site: CallSite, kind: 'input' | 'secret', given: Array<Pair<Scalar, unknown>>, declared: Declared[], owner: string, requiredAlways: boolean): Problem[] {
  const problems: Problem[] = [];
  const uses = String(site.uses.value);
  const known = new Map(declared.map((d) => [d.name.toLowerCase(), d]));
  const names = declared.map((d) => d.name).join(', ') || 'none';
  for (const item of given) {
    const name = String(item.key.value);
    if (!known.has(name.toLowerCase())) {
      problems.push({ file: site.yaml.file, ...site.yaml.position(item.key), message: `${site.where} '${uses}' passes ${kind} '${name}', which ${owner} does not declare (declared: ${names}).` });
    }
  }
  const passed = new Set(given.map((item) => String(item.key.value).toLowerCase()));
  for (const d of declared) {
    if (d.required && (requiredAlways || !d.hasDefault) && !passed.has(d.name.toLowerCase())) {
      problems.push({ file: site.yaml.file, ...site.yaml.position(site.uses), message: `${site.where} '${uses}' does not pass ${kind} '${d.name}', which ${owner} requires${requiredAlways ? '' : ' (no default)'}.` });
    }
  }
  return problems;
}

function checkSite(root: string, site: CallSite, options: { repoName?: string; reusable: boolean }): Problem[] {
  const uses = String(site.uses.value);
  const local = !site.yaml.file.startsWith(`${TEMPLATE_DIR}/`);
  const resolved = resolveUses(uses, { local, ...siteOptions(options) });
  if (resolved === undefined) return [];
  const at = { file: site.yaml.file, ...site.yaml.position(site.uses) };
  if (resolved.kind === 'workflow') {
    if (site.level === 'step') return [{ ...at, message: `${site.where} '${uses}' is a reusable workflow; call it from jobs.<id>.uses, not from a step.` }];
    if (!exists(root, resolved.path)) return [{ ...at, message: `${site.where} '${uses}' refers to ${resolved.path}, which does not exist.` }];
    const call = readWorkflowCall(root, resolved.path);
    if (!call.callable) return [{ ...at, message: `${site.where} '${uses}' calls ${resolved.path}, which has no 'on: workflow_call' trigger.` }];
    const problems = compare(site, 'input', site.with, call.inputs, resolved.path, true);
    // Called from another repository, a reusable workflow's './' is looked up in the caller's repository.
    if (options.reusable && uses.startsWith('./')) {
      problems.push({ ...at, message: `${site.where} '${uses}' is in a reusable workflow, where './' resolves against the calling repository; use '<owner>/${options.repoName ?? REPOSITORY_NAME}/${resolved.path}@<ref>'.` });
    }
    if (site.secrets !== 'inherit') problems.push(...compare(site, 'secret', site.secrets ?? [], call.secrets, resolved.path, true));
    return problems;
  }
  if (site.level === 'job') return [{ ...at, message: `${site.where} '${uses}' is an action; jobs.<id>.uses takes a reusable workflow under .github/workflows/, use it in a step.` }];
  const label = resolved.dir === '' ? 'action.yml' : `${resolved.dir}/action.yml`;
  const metadata = findActionMetadata(root, resolved.dir);
  if (metadata === undefined) return [{ ...at, message: `${site.where} '${uses}' refers to ${label}, which does not exist.` }];
  const problems: Problem[] = [];
  if (options.reusable && (uses === '.' || uses.startsWith('./'))) {
    problems.push({
      ...at,
      message: `${site.where} '${uses}' is in a reusable workflow, where './' resolves against the caller's checkout; use '<owner>/${[options.repoName ?? REPOSITORY_NAME, resolved.dir].filter(Boolean).join('/')}@<ref>'.`,
    });
  }
  const { inputs } = readActionMetadata(root, metadata);
  problems.push(...compare(site, 'input', site.with, inputs, metadata, false));
  return problems;
}

function siteOptions(options: { repoName?: string }): { repoName?: string } {
  return options.repoName ? { repoName: options.repoName } : {};
}

export interface Call {
  file: string;
  line?: number;
  uses: string;
  target: UsesTarget;
}

/** Every call of one of this repository's actions or reusable workflows, resolved. */
export function findCalls(root: string, options: { repoName?: string; files?: string[] } = {}): Call[] {
  const files = options.files ?? [...listWorkflowFiles(root), ...listActionMetadataFiles(root)];
  return files.flatMap((file) => {
    const yaml = readYaml(root, file);
    return callSites(yaml).flatMap((site) => {
      const uses = String(site.uses.value);
      const resolved = resolveUses(uses, { local: !file.startsWith(`${TEMPLATE_DIR}/`), ...siteOptions(options) });
      const line = yaml.position(site.uses).line;
      return resolved ? [{ file, ...(line === undefined ? {} : { line }), uses, target: resolved }] : [];
    });
  });
}

/**
 * Checks every call of one of this repository's actions or reusable workflows against
 * what the callee declares: no undeclared inputs (or secrets), every required one set.
 */
export function checkReferences(root: string, options: { repoName?: string; files?: string[] } = {}): Problem[] {
  const files = options.files ?? [...listWorkflowFiles(root), ...listActionMetadataFiles(root)];
  const problems: Problem[] = [];
  for (const file of files) {
    const yaml = readYaml(root, file);
    if (yaml.errors.length > 0) {
      problems.push(...yaml.errors);
      continue;
    }
    const reusable = workflowCallOf(yaml).callable;
    for (const site of callSites(yaml)) problems.push(...checkSite(root, site, { reusable, ...siteOptions(options) }));
  }
  return problems;
}
