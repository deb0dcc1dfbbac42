import { existsSync, lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import type { Document, Pair, Scalar } from 'yaml';

/** One finding, located as precisely as the source allows. */
export interface Problem {
  /** Repository-relative, with `/` separators. */
  file: string;
  line?: number;
  column?: number;
  message: string;
}

export function formatProblem(problem: Problem): string {
  const at = problem.line === undefined ? '' : `:${problem.line}${problem.column === undefined ? '' : `:${problem.column}`}`;
  return `${problem.file}${at}: ${problem.message}`;
}

export function sortProblems(problems: Problem[]): Problem[] {
  return problems.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || a.message.localeCompare(b.message));
}

const SKIPPED_DIRS = new Set(['node_modules', '.git']);

export function toPosix(path: string): string {
  return path.split(sep).join('/');
}

/** Every entry under `dir` except node_modules and .git, without following links. */
export function* walk(root: string, dir = root): Generator<{ path: string; relative: string; symlink: boolean; directory: boolean }> {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.isDirectory() && SKIPPED_DIRS.has(entry.name)) continue;
    const path = join(dir, entry.name);
    const item = { path, relative: toPosix(relative(root, path)), symlink: entry.isSymbolicLink(), directory: entry.isDirectory() };
    yield item;
    if (item.directory) yield* walk(root, path);
  }
}

/** Symlinks break action download for every consumer, so the repository holds none. */
export function findSymlinks(root: string): Problem[] {
  const problems: Problem[] = [];
  for (const entry of walk(root)) {
    if (entry.symlink) problems.push({ file: entry.relative, message: 'is a symbolic link; symlinks break action downloads, commit a real file or directory instead.' });
  }
  return problems;
}

export const WORKFLOW_DIR = '.github/workflows';
export const TEMPLATE_DIR = 'workflows-templates';

const YAML_FILE = /\.ya?ml$/;

/** Workflow and template YAML files, repository-relative, in a stable order. */
export function listWorkflowFiles(root: string): string[] {
  const files: string[] = [];
  for (const dir of [WORKFLOW_DIR, TEMPLATE_DIR]) {
    const absolute = join(root, dir);
    if (!existsSync(absolute)) continue;
    for (const entry of walk(root, absolute)) if (!entry.directory && YAML_FILE.test(entry.relative)) files.push(entry.relative);
  }
  return files;
}

/** The metadata file of the action in repository directory `dir` ('' for the root action). */
export function findActionMetadata(root: string, dir: string): string | undefined {
  for (const name of ['action.yml', 'action.yaml']) {
    const file = dir === '' ? name : `${dir}/${name}`;
    if (existsSync(join(root, file)) && !lstatSync(join(root, file)).isDirectory()) return file;
  }
  return undefined;
}

/** The root action and every `<action>/action.yml` one level down: what `uses: owner/pipeline[/<action>]@ref` can name. */
export function listActionMetadataFiles(root: string): string[] {
  const files: string[] = [];
  const rootAction = findActionMetadata(root, '');
  if (rootAction) files.push(rootAction);
  for (const entry of readdirSync(root, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (!entry.isDirectory() || entry.name.startsWith('.') || SKIPPED_DIRS.has(entry.name)) continue;
    const metadata = findActionMetadata(root, entry.name);
    if (metadata) files.push(metadata);
  }
  return files;
}

/** A parsed YAML file that can say where any of its nodes is. */
export interface YamlFile {
  file: string;
  source: string;
  document: Document;
  /** 1-based line and column of a node, when it has a position. */
  position(node: unknown): { line?: number; column?: number };
  /** YAML syntax errors, as problems. */
  errors: Problem[];
}

export function readYaml(root: string, file: string): YamlFile {
  const source = readFileSync(join(root, file), 'utf8');
  const lineCounter = new LineCounter();
  const document = parseDocument(source, { lineCounter, prettyErrors: false });
  const position = (node: unknown): { line?: number; column?: number } => {
    const range = (node as { range?: [number, number, number] } | null)?.range;
    if (!range) return {};
    const { line, col } = lineCounter.linePos(range[0]);
    return { line, column: col };
  };
  const errors = document.errors.map((error) => {
    const { line, col } = lineCounter.linePos(error.pos[0]);
    return { file, line, column: col, message: `YAML: ${error.message.split('\n')[0]}` };
  });
  return { file, source, document, position, errors };
}

/** The pair under `key` in a YAML mapping, so callers get both the key's position and the value. */
export function entry(map: unknown, key: string): Pair<Scalar, unknown> | undefined {
  if (!isMap(map)) return undefined;
  return map.items.find((item) => isScalar(item.key) && String(item.key.value) === key) as Pair<Scalar, unknown> | undefined;
}

/** The entries of a YAML mapping keyed by their scalar names. */
export function entries(map: unknown): Array<Pair<Scalar, unknown>> {
  if (!isMap(map)) return [];
  return map.items.filter((item) => isScalar(item.key)) as Array<Pair<Scalar, unknown>>;
}

export function scalarString(node: unknown): string | undefined {
  return isScalar(node) && node.value !== null && node.value !== undefined ? String(node.value) : undefined;
}
