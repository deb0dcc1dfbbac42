/**
 * Hardening rules for workflows and starter templates, each a function over repository files
 * returning problems with their position. What each rule enforces, and why, is written at the rule.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isScalar } from 'yaml';
import type { Scalar } from 'yaml';
import { readActionMetadata } from './action-metadata.ts';
import { contextPathsIn, formatPath } from './expressions.ts';
import type { ContextPath } from './expressions.ts';
import { checkPinnedActions } from './hygiene.ts';
import { declarations, readWorkflow, stringValues } from './model.ts';
import type { JobNode, StepNode, WorkflowNode } from './model.ts';
import { covers, levelOf, readPermissions, requested } from './permissions.ts';
import type { Level, Permissions } from './permissions.ts';
import { checkReferences, resolveUses } from './references.ts';
import { entries, entry, findActionMetadata, listWorkflowFiles, scalarString, sortProblems, TEMPLATE_DIR } from './repo.ts';
import type { Problem } from './repo.ts';
import { checkTemplateProperties, checkWorkflowSyntax } from './syntax.ts';

type Rule = (root: string, files?: string[]) => Problem[];

function at(workflow: WorkflowNode, node: unknown): { file: string; line?: number; column?: number } {
  return { file: workflow.file, ...workflow.yaml.position(node) };
}

/** The files YAML can read; the others are the syntax check's to report. */
function workflows(root: string, files: string[]): WorkflowNode[] {
  return files.map((file) => readWorkflow(root, file)).filter((workflow) => workflow.yaml.errors.length === 0);
}

function usesOf(step: StepNode, action: string): boolean {
  return step.uses !== undefined && String(step.uses.value).toLowerCase().startsWith(`${action}@`);
}

// ---------------------------------------------------------------------------------------------
// Permissions

/**
 * Every job declares `permissions:` (a job without them gets the repository's default token, often
 * write-all), never the `read-all`/`write-all` shorthands; the top level declares them too and
 * grants nothing beyond read, so a job added later without its own starts with nothing to abuse.
 */
export const checkJobPermissions: Rule = (root, files = listWorkflowFiles(root)) => {
  const problems: Problem[] = [];
  for (const workflow of workflows(root, files)) {
    const top = workflow.permissions;
    if (top === undefined) {
      problems.push({ file: workflow.file, line: 1, message: 'declares no top-level permissions; add `permissions: {}` (or `contents: read`) so a job without its own gets no more than that.' });
    } else {
      const permissions = readPermissions(top.value);
      if (permissions?.kind === 'all') {
        problems.push({ ...at(workflow, top.value), message: `top-level permissions are '${String((top.value as Scalar).value)}'; grant \`{}\` or read scopes at the top and the rest on the jobs that use them.` });
      } else if (permissions) {
        for (const [scope, level] of permissions.scopes) {
          if (level === 'write') problems.push({ ...at(workflow, top.key), message: `top-level permissions grant ${scope}: write to every job; grant it on the jobs that use it.` });
        }
      }
    }
    for (const job of workflow.jobs) {
      if (job.permissions === undefined) {
        problems.push({ ...at(workflow, job.key), message: `${job.where} declares no permissions; list the scopes it uses (\`permissions: {}\` for none).` });
      } else if (readPermissions(job.permissions.value)?.kind === 'all') {
        problems.push({ ...at(workflow, job.permissions.value), message: `${job.where} asks for '${String((job.permissions.value as Scalar).value)}'; list the scopes the job uses instead.` });
      }
    }
  }
  return problems;
};

function grantOf(workflow: WorkflowNode, job: JobNode): Permissions | undefined {
  const node = job.permissions ?? workflow.permissions;
  return node === undefined ? undefined : readPermissions(node.value);
}

/**
 * A called workflow's jobs can use no permission the calling job does not grant; GitHub refuses to
 * start such a run ("The nested job ... is requesting 'packages: write', but is only allowed
 * 'packages: none'"), which no parser catches. Each call of one of our reusable workflows must grant
 * at least what the callee's jobs ask for.
 */
export const checkCallerPermissions: Rule = (root, files = listWorkflowFiles(root)) => {
  const problems: Problem[] = [];
  for (const workflow of workflows(root, files)) {
    for (const job of workflow.jobs) {
      if (job.uses === undefined) continue;
      const target = resolveUses(String(job.uses.value), { local: !workflow.template });
      if (target?.kind !== 'workflow' || !existsSync(join(root, target.path))) continue;
      const grant = grantOf(workflow, job);
      if (grant === undefined) continue;
      const callee = readWorkflow(root, target.path);
      const wanted = new Map<string, { level: Level; by: string }>();
      for (const calleeJob of callee.jobs) {
        const asked = grantOf(callee, calleeJob);
        if (asked === undefined) continue;
        for (const [scope, level] of requested(asked)) {
          const known = wanted.get(scope);
          if (known === undefined || !covers(known.level, level)) wanted.set(scope, { level, by: calleeJob.id });
        }
      }
      for (const [scope, { level, by }] of wanted) {
        const granted = scope === '*' ? (grant.kind === 'all' ? grant.level : 'none') : levelOf(grant, scope);
        if (covers(granted, level)) continue;
        const name = scope === '*' ? `${level}-all` : `${scope}: ${level}`;
        problems.push({
          ...at(workflow, job.uses),
          message: `${job.where} calls ${target.path}, whose job '${by}' asks for ${name}, but this job grants ${scope === '*' ? granted : `${scope}: ${granted}`}; GitHub refuses to start the run. Grant ${name} on ${job.where}.`,
        });
      }
    }
  }
  return problems;
};

// ---------------------------------------------------------------------------------------------
// Script injection

/**
 * Values GitHub generates itself, which no pull request, branch name, dispatcher or caller can
 * shape: only these may be pasted into a script with `${{ }}`. Everything else — github.event.*,
 * github.head_ref, ref and ref_name (branch names are chosen by whoever pushes), actor, inputs.*
 * (typed by whoever dispatches or calls), matrix.*, env.*, vars.*, secrets.*, step and job outputs
 * (often derived from the above) — goes through `env:` and is read as a variable, where the shell or
 * JavaScript treats it as data.
 */
const GENERATED_GITHUB = new Set([
  'sha', 'run_id', 'run_number', 'run_attempt', 'repository', 'repository_id', 'repository_owner', 'repository_owner_id',
  'workspace', 'action_path', 'server_url', 'api_url', 'graphql_url', 'job', 'event_name', 'ref_type', 'retention_days',
]);

export function isGenerated(context: ContextPath): boolean {
  const [name, first, second, third] = context.path;
  switch (name) {
    case 'runner':
    case 'strategy':
      return true;
    case 'job':
      return !context.open && context.path.length === 2 && first === 'status';
    case 'github':
      return !context.open && context.path.length === 2 && first !== undefined && GENERATED_GITHUB.has(first);
    case 'steps':
      return !context.open && context.path.length === 3 && (second === 'outcome' || second === 'conclusion');
    case 'needs':
      return !context.open && context.path.length === 3 && second === 'result' && third === undefined;
    default:
      return false;
  }
}

/** The scripts of a step: its `run:`, and the JavaScript of actions/github-script, which is pasted the same way. */
function scriptsOf(step: StepNode): Array<{ node: Scalar; kind: string }> {
  const scripts: Array<{ node: Scalar; kind: string }> = [];
  if (step.run) scripts.push({ node: step.run, kind: 'run script' });
  if (usesOf(step, 'actions/github-script')) {
    const script = step.with.find((item) => item.key.value === 'script')?.value;
    if (isScalar(script)) scripts.push({ node: script, kind: 'github-script script' });
  }
  return scripts;
}

/** No `${{ }}` in `run:` (or github-script's `script:`) may read anything but a GitHub-generated value (see GENERATED_GITHUB). */
export const checkUntrustedInterpolation: Rule = (root, files = listWorkflowFiles(root)) => {
  const problems: Problem[] = [];
  for (const workflow of workflows(root, files)) {
    for (const job of workflow.jobs) {
      for (const step of job.steps) {
        for (const script of scriptsOf(step)) {
          const unsafe = [...new Set(contextPathsIn(String(script.node.value)).filter((c) => !isGenerated(c)).map(formatPath))];
          for (const path of unsafe) {
            problems.push({
              ...at(workflow, script.node),
              message: `${step.where} pastes \${{ ${path} }} into its ${script.kind}, where a crafted value runs as code; pass it through env: and read the variable.`,
            });
          }
        }
      }
    }
  }
  return problems;
};

// ---------------------------------------------------------------------------------------------
// pull_request_target

/** Triggers that run with the base repository's secrets and a write token, on behalf of someone else's code. */
const PRIVILEGED_TRIGGERS = ['pull_request_target', 'workflow_run'];

function namesPullRequestHead(context: ContextPath): boolean {
  const path = context.path.join('.');
  return /^github\.(head_ref|event\.(pull_request\.head|pull_request\.merge_commit_sha|pull_request\.number|number|workflow_run\.head_\w+|workflow_run\.pull_requests))/.test(path);
}

const FETCHES_PR_CODE = /\bgh\s+pr\s+checkout\b|refs\/pull\/|\bgit\s+(fetch|checkout|switch|pull)\b[^\n]*\b(pull\/\d|origin\/pr\/|head_ref|HEAD_REF|PR_HEAD)/;

/**
 * A `pull_request_target` (or `workflow_run`) workflow must not check out the pull request's code:
 * it would run the author's build scripts with the base repository's secrets and write token.
 */
export const checkPrivilegedCheckout: Rule = (root, files = listWorkflowFiles(root)) => {
  const problems: Problem[] = [];
  for (const workflow of workflows(root, files)) {
    const trigger = workflow.triggers.find((t) => PRIVILEGED_TRIGGERS.includes(t));
    if (trigger === undefined) continue;
    for (const job of workflow.jobs) {
      for (const step of job.steps) {
        if (usesOf(step, 'actions/checkout')) {
          for (const item of step.with.filter((w) => w.key.value === 'ref' || w.key.value === 'repository')) {
            const value = scalarString(item.value) ?? '';
            if (/refs\/pull\//.test(value) || contextPathsIn(value).some(namesPullRequestHead)) {
              problems.push({ ...at(workflow, item.value), message: `${step.where} checks out the pull request's code in a ${trigger} workflow, which runs with the base repository's secrets and write token; check out the base, or move the build to a pull_request workflow.` });
            }
          }
        }
        if (step.run && FETCHES_PR_CODE.test(String(step.run.value))) {
          problems.push({ ...at(workflow, step.run), message: `${step.where} fetches the pull request's code in a ${trigger} workflow, which runs with the base repository's secrets and write token; move it to a pull_request workflow.` });
        }
      }
    }
  }
  return problems;
};

// ---------------------------------------------------------------------------------------------
// Secrets

/**
 * Secrets are passed by name, never wholesale: no `secrets: inherit`, no `toJSON(secrets)`, and a
 * workflow that only runs as `workflow_call` reads only the secrets it declares (reading any other
 * works only when callers inherit everything).
 */
export const checkSecretPassing: Rule = (root, files = listWorkflowFiles(root)) => {
  const problems: Problem[] = [];
  for (const workflow of workflows(root, files)) {
    for (const job of workflow.jobs) {
      if (isScalar(job.secrets) && job.secrets.value === 'inherit') {
        problems.push({ ...at(workflow, job.secrets), message: `${job.where} passes \`secrets: inherit\`, handing the called workflow every secret; pass the ones it declares by name.` });
      }
    }
    const callOnly = workflow.triggers.length === 1 && workflow.triggers[0] === 'workflow_call';
    const declared = new Set(declarations(workflow.on, 'workflow_call', 'secrets').map((item) => String(item.key.value).toLowerCase()));
    for (const value of stringValues(workflow.yaml.document.contents)) {
      for (const context of contextPathsIn(value.value, { bareExpression: value.key === 'if' })) {
        if (context.path[0] !== 'secrets') continue;
        const name = context.path[1];
        if (name === undefined) {
          problems.push({ ...at(workflow, value.node), message: 'reads the whole secrets context; pass each secret by name.' });
        } else if (callOnly && name.toLowerCase() !== 'github_token' && !declared.has(name.toLowerCase())) {
          problems.push({ ...at(workflow, value.node), message: `reads secrets.${name}, which on.workflow_call.secrets does not declare; a called workflow gets only declared secrets unless callers use \`secrets: inherit\`. Declare it.` });
        }
      }
    }
  }
  return problems;
};

// ---------------------------------------------------------------------------------------------
// Interfaces and references

/** Every input, secret and output of `workflow_call`, and every `workflow_dispatch` input, has a description. */
export const checkInterfaceDocs: Rule = (root, files = listWorkflowFiles(root)) => {
  const problems: Problem[] = [];
  for (const workflow of workflows(root, files)) {
    const sections = [['workflow_call', 'inputs'], ['workflow_call', 'secrets'], ['workflow_call', 'outputs'], ['workflow_dispatch', 'inputs']] as const;
    for (const [trigger, section] of sections) {
      for (const item of declarations(workflow.on, trigger, section)) {
        if ((scalarString(entry(item.value, 'description')?.value) ?? '').trim() === '') {
          problems.push({ ...at(workflow, item.key), message: `on.${trigger}.${section}.${String(item.key.value)} has no description; callers read it to know what to pass.` });
        }
      }
    }
  }
  return problems;
};

/** The outputs a job offers `needs.<job>.outputs`: its own `outputs:`, or those of the reusable workflow it calls (undefined when unknown). */
function outputsOf(root: string, workflow: WorkflowNode, job: JobNode): Set<string> | undefined {
  if (job.uses === undefined) return new Set(job.outputs.map((item) => String(item.key.value).toLowerCase()));
  const target = resolveUses(String(job.uses.value), { local: !workflow.template });
  if (target?.kind !== 'workflow' || !existsSync(join(root, target.path))) return undefined;
  return new Set(declarations(readWorkflow(root, target.path).on, 'workflow_call', 'outputs').map((item) => String(item.key.value).toLowerCase()));
}

/** The outputs a step offers, when it runs one of our actions (undefined otherwise). */
function stepOutputs(root: string, workflow: WorkflowNode, step: StepNode): Set<string> | undefined {
  if (step.uses === undefined) return undefined;
  const target = resolveUses(String(step.uses.value), { local: !workflow.template });
  if (target?.kind !== 'action') return undefined;
  const metadata = findActionMetadata(root, target.dir);
  return metadata === undefined ? undefined : new Set(readActionMetadata(root, metadata).outputs.map((d) => d.name.toLowerCase()));
}

const listed = (names: Iterable<string>): string => [...names].join(', ') || 'none';

/**
 * Expressions name only what exists: `inputs.<x>` is declared by the workflow, `steps.<id>` is a
 * step of the same job (and `.outputs.<x>` an output of our action), `needs.<job>` is listed in
 * `needs` (and `.outputs.<x>` declared by that job or the workflow it calls), and
 * `on.workflow_call.outputs` read declared job outputs. GitHub turns each such typo into an empty
 * string at run time, which is how a deploy goes out without its digest.
 */
export const checkContextReferences: Rule = (root, files = listWorkflowFiles(root)) => {
  const problems: Problem[] = [];
  for (const workflow of workflows(root, files)) {
    const inputs = new Set(['workflow_call', 'workflow_dispatch'].flatMap((t) => declarations(workflow.on, t, 'inputs').map((item) => String(item.key.value).toLowerCase())));
    const jobs = new Map(workflow.jobs.map((job) => [job.id.toLowerCase(), job]));
    const report = (node: unknown, message: string): void => {
      problems.push({ ...at(workflow, node), message });
    };
    const checkInputs = (node: unknown, context: ContextPath): void => {
      const name = context.path[1];
      if (context.path[0] === 'inputs' && name !== undefined && !inputs.has(name.toLowerCase())) {
        report(node, `reads inputs.${name}, which the workflow does not declare (declared: ${listed(inputs)}).`);
      }
    };
    for (const job of workflow.jobs) {
      const steps = new Map(job.steps.flatMap((s) => (s.id === undefined ? [] : [[s.id.toLowerCase(), s] as const])));
      const needs = new Set(job.needs.map((n) => n.toLowerCase()));
      for (const value of stringValues(job.node)) {
        for (const context of contextPathsIn(value.value, { bareExpression: value.key === 'if' })) {
          const [name, id, section, output] = context.path;
          checkInputs(value.node, context);
          if (id === undefined) continue;
          if (name === 'steps') {
            const step = steps.get(id.toLowerCase());
            if (step === undefined) {
              report(value.node, `${job.where} reads steps.${id}, but no step of ${job.where} has id '${id}' (ids: ${listed(steps.keys())}).`);
            } else if (section === 'outputs' && output !== undefined) {
              const offered = stepOutputs(root, workflow, step);
              if (offered && !offered.has(output.toLowerCase())) {
                report(value.node, `${job.where} reads steps.${id}.outputs.${output}, which ${String(step.uses?.value)} does not declare (outputs: ${listed(offered)}).`);
              }
            }
          } else if (name === 'needs') {
            const needed = jobs.get(id.toLowerCase());
            if (!needs.has(id.toLowerCase()) || needed === undefined) {
              report(value.node, `${job.where} reads needs.${id}, but '${id}' is not in ${job.where}.needs (${listed(job.needs)}).`);
            } else if (section === 'outputs' && output !== undefined) {
              const offered = outputsOf(root, workflow, needed);
              if (offered && !offered.has(output.toLowerCase())) {
                report(value.node, `${job.where} reads needs.${id}.outputs.${output}, which ${needed.where} does not offer (outputs: ${listed(offered)}).`);
              }
            }
          }
        }
      }
    }
    // Everything outside the jobs (workflow-level env, concurrency, run-name, on.workflow_call.outputs).
    const top = workflow.yaml.document.contents;
    for (const item of entries(top).filter((pair) => pair.key.value !== 'jobs')) {
      for (const value of stringValues(item.value)) {
        for (const context of contextPathsIn(value.value)) {
          checkInputs(value.node, context);
          const [name, id, section, output] = context.path;
          if (name !== 'jobs' || id === undefined) continue;
          const job = jobs.get(id.toLowerCase());
          if (job === undefined) {
            report(value.node, `reads jobs.${id}, which is not a job of this workflow.`);
          } else if (section === 'outputs' && output !== undefined) {
            const offered = outputsOf(root, workflow, job);
            if (offered && !offered.has(output.toLowerCase())) report(value.node, `reads jobs.${id}.outputs.${output}, which ${job.where} does not offer (outputs: ${listed(offered)}).`);
          }
        }
      }
    }
  }
  return problems;
};

// ---------------------------------------------------------------------------------------------
// Checkout

/** actions/checkout keeps the token in .git/config for every later step (and each tool it runs) unless told not to. */
export const checkCheckoutCredentials: Rule = (root, files = listWorkflowFiles(root)) => {
  const problems: Problem[] = [];
  for (const workflow of workflows(root, files)) {
    for (const job of workflow.jobs) {
      for (const step of job.steps) {
        if (!usesOf(step, 'actions/checkout')) continue;
        const persist = step.with.find((item) => item.key.value === 'persist-credentials')?.value;
        if (!(isScalar(persist) && String(persist.value) === 'false')) {
          problems.push({ ...at(workflow, step.uses), message: `${step.where} leaves the token in .git/config for every later step; set \`persist-credentials: false\`.` });
        }
      }
    }
  }
  return problems;
};

// ---------------------------------------------------------------------------------------------
// Starter templates

/** The major version starters follow: a tag that moves with fixes, not a pin that freezes them. */
export const STARTER_REF = 'v3';

function templateFiles(root: string): string[] {
  return listWorkflowFiles(root).filter((file) => file.startsWith(`${TEMPLATE_DIR}/`));
}

function branchFilters(on: unknown): Scalar[] {
  return ['push', 'pull_request', 'pull_request_target'].flatMap((event) => {
    const filters = entry(entry(on, event)?.value, 'branches')?.value;
    return stringValues(filters).map((value) => value.node);
  });
}

/**
 * Starters are thin callers: every job calls one of our reusable workflows at `@v3`; branch filters
 * say `$default-branch` (GitHub fills in the adopting repository's branch); the properties file
 * has the categories and file patterns GitHub uses to suggest the starter, as valid regular
 * expressions.
 */
export const checkStarterTemplates: Rule = (root, files = templateFiles(root)) => {
  const problems: Problem[] = [];
  for (const workflow of workflows(root, files)) {
    for (const job of workflow.jobs) {
      if (job.uses === undefined) {
        problems.push({ ...at(workflow, job.key), message: `${job.where} runs its own steps; a starter stays a thin caller of a reusable workflow (jobs.<id>.uses: org/pipeline/.github/workflows/<name>.yml@${STARTER_REF}).` });
        continue;
      }
      const uses = String(job.uses.value);
      const target = resolveUses(uses, { local: false });
      if (target?.kind !== 'workflow') {
        problems.push({ ...at(workflow, job.uses), message: `${job.where} calls '${uses}'; starters call org/pipeline/.github/workflows/<name>.yml@${STARTER_REF}.` });
      } else if (uses.slice(uses.lastIndexOf('@') + 1) !== STARTER_REF) {
        problems.push({ ...at(workflow, job.uses), message: `${job.where} calls '${uses}'; starters follow @${STARTER_REF}, the major version that receives fixes.` });
      }
    }
    for (const branch of branchFilters(workflow.on)) {
      if (/^(main|master)$/.test(String(branch.value))) {
        problems.push({ ...at(workflow, branch), message: `filters on branch '${String(branch.value)}'; write $default-branch, which GitHub replaces with the adopting repository's default branch.` });
      }
    }
    const properties = workflow.file.replace(/\.ya?ml$/, '.properties.json');
    if (!existsSync(join(root, properties))) continue;
    let parsed: unknown;
    try {
      parsed = JSON.parse(readFileSync(join(root, properties), 'utf8'));
    } catch {
      continue; // checkTemplateProperties reports unreadable JSON.
    }
    const record = (parsed ?? {}) as Record<string, unknown>;
    const categories = record['categories'];
    if (!Array.isArray(categories) || categories.length === 0) problems.push({ file: properties, message: "needs 'categories', a non-empty array (GitHub groups starters by them)." });
    const patterns = record['filePatterns'];
    if (!Array.isArray(patterns) || patterns.length === 0 || !patterns.every((p) => typeof p === 'string')) {
      problems.push({ file: properties, message: "needs 'filePatterns', a non-empty array of regular expressions matched against the repository's files." });
    } else {
      for (const pattern of patterns as string[]) {
        try {
          new RegExp(pattern);
        } catch (error) {
          problems.push({ file: properties, message: `filePatterns entry '${pattern}' is not a regular expression: ${(error as Error).message}` });
        }
      }
    }
  }
  return problems;
};

export interface HardeningChecks {
  syntax: Problem[];
  references: Problem[];
  templateProperties: Problem[];
  starters: Problem[];
  permissions: Problem[];
  callerPermissions: Problem[];
  pinning: Problem[];
  untrustedInterpolation: Problem[];
  privilegedCheckout: Problem[];
  secrets: Problem[];
  interfaces: Problem[];
  contextReferences: Problem[];
  checkoutCredentials: Problem[];
}

/** Every hardening rule over every workflow and starter template of a repository, each list sorted. */
export async function checkHardening(root: string, options: { repoName?: string } = {}): Promise<HardeningChecks> {
  const files = listWorkflowFiles(root);
  const sorted = (rule: Rule): Problem[] => sortProblems(rule(root, files));
  return {
    syntax: sortProblems(await checkWorkflowSyntax(root, files)),
    references: sortProblems(checkReferences(root, { files, ...(options.repoName ? { repoName: options.repoName } : {}) })),
    templateProperties: sortProblems(checkTemplateProperties(root)),
    starters: sortProblems(checkStarterTemplates(root)),
    permissions: sorted(checkJobPermissions),
    callerPermissions: sorted(checkCallerPermissions),
    pinning: sortProblems(checkPinnedActions(root, files)),
    untrustedInterpolation: sorted(checkUntrustedInterpolation),
    privilegedCheckout: sorted(checkPrivilegedCheckout),
    secrets: sorted(checkSecretPassing),
    interfaces: sorted(checkInterfaceDocs),
    contextReferences: sorted(checkContextReferences),
    checkoutCredentials: sorted(checkCheckoutCredentials),
  };
}
