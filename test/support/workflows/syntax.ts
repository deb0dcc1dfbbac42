import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadActionParser, loadWorkflowParser } from './parser.ts';
import { listActionMetadataFiles, listWorkflowFiles, TEMPLATE_DIR, WORKFLOW_DIR } from './repo.ts';
import type { Problem } from './repo.ts';

interface ValidationError {
  rawMessage: string;
  range: { start: { line: number; column: number } } | undefined;
}

function toProblem(file: string, error: ValidationError): Problem {
  const problem: Problem = { file, message: error.rawMessage.split('\n')[0] ?? error.rawMessage };
  if (error.range) {
    problem.line = error.range.start.line;
    problem.column = error.range.start.column;
  }
  return problem;
}

/**
 * Parses each workflow with GitHub's own parser and converts it to the model GitHub
 * runs, so schema errors (unknown keys, bad expressions, bad cron) and conversion
 * errors (needs cycles, job-level rules) are both reported.
 */
export async function checkWorkflowSyntax(root: string, files: string[] = listWorkflowFiles(root)): Promise<Problem[]> {
  const { convertWorkflowTemplate, NoOperationTraceWriter, parseWorkflow } = await loadWorkflowParser();
  const problems: Problem[] = [];
  for (const file of files) {
    if (file.startsWith(`${WORKFLOW_DIR}/`) && file.slice(WORKFLOW_DIR.length + 1).includes('/')) {
      problems.push({ file, message: `GitHub only runs and calls workflows directly in ${WORKFLOW_DIR}/, not in subfolders; move it up.` });
    }
    const result = parseWorkflow({ name: file, content: readFileSync(join(root, file), 'utf8') }, new NoOperationTraceWriter());
    if (result.value !== undefined) await convertWorkflowTemplate(result.context, result.value);
    for (const error of result.context.errors.getErrors()) problems.push(toProblem(file, error));
  }
  return problems;
}

/** Validates every action.yml against GitHub's action metadata schema. */
export async function checkActionSyntax(root: string, files: string[] = listActionMetadataFiles(root)): Promise<Problem[]> {
  const { NoOperationTraceWriter } = await loadWorkflowParser();
  const { parseAction, convertActionTemplate } = await loadActionParser();
  const problems: Problem[] = [];
  for (const file of files) {
    const result = parseAction({ name: file, content: readFileSync(join(root, file), 'utf8') }, new NoOperationTraceWriter());
    if (result.value !== undefined) convertActionTemplate(result.context, result.value);
    for (const error of result.context.errors.getErrors()) problems.push(toProblem(file, error));
  }
  return problems;
}

/**
 * Starter workflows need a `<name>.properties.json` beside them with at least a name
 * and a description, or GitHub does not offer them.
 */
export function checkTemplateProperties(root: string): Problem[] {
  const dir = join(root, TEMPLATE_DIR);
  if (!existsSync(dir)) return [];
  const names = readdirSync(dir);
  const problems: Problem[] = [];
  for (const name of names) {
    const template = /^(.+)\.ya?ml$/.exec(name);
    if (template) {
      const properties = `${template[1]}.properties.json`;
      if (!names.includes(properties)) problems.push({ file: `${TEMPLATE_DIR}/${name}`, message: `has no ${properties} beside it; GitHub lists starter workflows by that file.` });
      continue;
    }
    const orphan = /^(.+)\.properties\.json$/.exec(name);
    if (!orphan) continue;
    const file = `${TEMPLATE_DIR}/${name}`;
    if (!names.includes(`${orphan[1]}.yml`) && !names.includes(`${orphan[1]}.yaml`)) {
      problems.push({ file, message: `describes ${orphan[1]}.yml, which does not exist.` });
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(readFileSync(join(dir, name), 'utf8'));
    } catch (error) {
      problems.push({ file, message: `is not valid JSON: ${(error as Error).message}` });
      continue;
    }
    const record = (parsed ?? {}) as Record<string, unknown>;
    for (const key of ['name', 'description']) {
      if (typeof record[key] !== 'string' || (record[key] as string).trim() === '') problems.push({ file, message: `needs a non-empty string '${key}'.` });
    }
    if (record['categories'] !== undefined && !(Array.isArray(record['categories']) && record['categories'].every((c) => typeof c === 'string'))) {
      problems.push({ file, message: "'categories' must be an array of strings." });
    }
    if (record['iconName'] !== undefined && typeof record['iconName'] !== 'string') problems.push({ file, message: "'iconName' must be a string." });
  }
  return problems;
}
