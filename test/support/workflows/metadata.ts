import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { pathToFileURL } from 'node:url';
import { exists, readActionMetadata } from './action-metadata.ts';
import type { ActionMetadata } from './action-metadata.ts';
import { listActionMetadataFiles, walk } from './repo.ts';
import type { Problem } from './repo.ts';

export const RUNTIME = 'node24';

/** Loads `actions/<name>/src/inputs.ts` and returns its `inputSchema` export (undefined when absent). */
export type SchemaLoader = (file: string) => Promise<unknown>;

export const importInputSchema: SchemaLoader = async (file) => {
  const module = (await import(pathToFileURL(file).href)) as { inputSchema?: unknown };
  return module.inputSchema;
};

export interface MetadataOptions {
  loadInputSchema?: SchemaLoader;
}

/** `dist/<name>/...` as the metadata file's entry must read, relative to where the metadata lives. */
function bundleName(metadata: ActionMetadata): { name: string | undefined; expected: string } {
  const dir = posix.dirname(metadata.file);
  const main = metadata.runs.main ?? '';
  if (dir === '.') {
    const match = /^dist\/([^/]+)\/index\.js$/.exec(main);
    return { name: match?.[1], expected: 'dist/<action>/index.js' };
  }
  return { name: main === `../dist/${dir}/index.js` ? dir : undefined, expected: `../dist/${dir}/index.js` };
}

function checkRuns(root: string, metadata: ActionMetadata): { problems: Problem[]; name: string | undefined } {
  const { file, runs } = metadata;
  const at = { file, ...(runs.line === undefined ? {} : { line: runs.line }) };
  const problems: Problem[] = [];
  if (runs.using !== RUNTIME) problems.push({ ...at, message: `runs.using is '${runs.using ?? ''}'; every action runs on '${RUNTIME}'.` });
  const { name, expected } = bundleName(metadata);
  if (name === undefined) problems.push({ ...at, message: `runs.main is '${runs.main ?? ''}'; it must be '${expected}', the committed ncc bundle.` });
  for (const key of ['main', 'pre', 'post'] as const) {
    const entry = runs[key];
    if (entry === undefined) continue;
    const resolved = posix.normalize(posix.join(posix.dirname(file), entry));
    if (key !== 'main' && name !== undefined && posix.dirname(resolved) !== `dist/${name}`) {
      problems.push({ ...at, message: `runs.${key} '${entry}' must be in the action's bundle directory, dist/${name}/.` });
    }
    if (!existsSync(join(root, resolved))) problems.push({ ...at, message: `runs.${key} '${entry}' does not exist; run 'npm run build' and commit dist/.` });
  }
  return { problems, name };
}

function checkDescriptions(metadata: ActionMetadata): Problem[] {
  const missing = (kind: string) => (d: ActionMetadata['inputs'][number]): Problem[] =>
    d.description ? [] : [{ file: metadata.file, ...(d.line === undefined ? {} : { line: d.line, column: d.column }), message: `${kind} '${d.name}' has no description.` } as Problem];
  return [...metadata.inputs.flatMap(missing('input')), ...metadata.outputs.flatMap(missing('output'))];
}

const GET_INPUT = /\bget(?:Boolean|Multiline)?Input\(\s*(['"`])([^'"`]+)\1/g;

/**
 * The inputs the action's code reads must be exactly the ones action.yml declares.
 * The code's side is the `inputSchema` exported by `actions/<name>/src/inputs.ts`
 * (what parseInputs reads), plus any literal getInput() call in the sources.
 */
async function checkInputsRead(root: string, metadata: ActionMetadata, name: string, load: SchemaLoader): Promise<Problem[]> {
  const sourceDir = `actions/${name}/src`;
  const schemaFile = `${sourceDir}/inputs.ts`;
  const problems: Problem[] = [];
  if (!exists(root, `${sourceDir}/main.ts`)) problems.push({ file: metadata.file, message: `${sourceDir}/main.ts does not exist; dist/${name}/index.js is built from it.` });
  if (!exists(root, schemaFile)) {
    return [...problems, { file: metadata.file, message: `${schemaFile} does not exist; export the action's input schema from it as 'inputSchema' so declared and read inputs can be compared.` }];
  }
  let schema: unknown;
  try {
    schema = await load(join(root, schemaFile));
  } catch (error) {
    return [...problems, { file: schemaFile, message: `could not be imported: ${(error as Error).message}` }];
  }
  if (schema === null || typeof schema !== 'object' || Array.isArray(schema)) {
    return [...problems, { file: schemaFile, message: "must export 'inputSchema', an object keyed by the kebab-case input names of action.yml." }];
  }
  const declared = new Set(metadata.inputs.map((d) => d.name));
  const read = new Set(Object.keys(schema));
  for (const input of read) {
    if (!declared.has(input)) problems.push({ file: schemaFile, message: `inputSchema reads input '${input}', which ${metadata.file} does not declare.` });
  }
  for (const d of metadata.inputs) {
    if (!read.has(d.name)) {
      problems.push({ file: metadata.file, ...(d.line === undefined ? {} : { line: d.line, column: d.column }), message: `input '${d.name}' is declared but not in ${schemaFile}'s inputSchema, so the action never reads it.` });
    }
  }
  for (const entry of walk(root, join(root, sourceDir))) {
    if (entry.directory || !entry.relative.endsWith('.ts')) continue;
    const text = readFileSync(entry.path, 'utf8');
    for (const match of text.matchAll(GET_INPUT)) {
      const input = match[2] ?? '';
      if (declared.has(input)) continue;
      const line = text.slice(0, match.index).split('\n').length;
      problems.push({ file: entry.relative, line, message: `reads input '${input}', which ${metadata.file} does not declare.` });
    }
  }
  return problems;
}

/** Action sources that no action.yml runs: built and shipped, but unreachable. */
function orphanSources(root: string, bundled: Set<string>): Problem[] {
  const problems: Problem[] = [];
  for (const entry of walk(root, join(root, 'actions'))) {
    const match = /^actions\/([^/]+)\/src\/main\.ts$/.exec(entry.relative);
    if (match?.[1] && !bundled.has(match[1])) {
      problems.push({ file: entry.relative, message: `no action.yml runs dist/${match[1]}/index.js; add ${match[1]}/action.yml (or reference it from the root action.yml).` });
    }
  }
  return problems;
}

/**
 * Lints every action's metadata the way the code is linted: one runtime, entries in the
 * committed dist/, every input and output described, and declared inputs equal to the
 * inputs the code reads.
 */
export async function checkActionMetadata(root: string, options: MetadataOptions = {}): Promise<Problem[]> {
  const load = options.loadInputSchema ?? importInputSchema;
  const problems: Problem[] = [];
  const bundled = new Set<string>();
  for (const file of listActionMetadataFiles(root)) {
    const metadata = readActionMetadata(root, file);
    if (metadata.yaml.errors.length > 0) {
      problems.push(...metadata.yaml.errors);
      // Its sources are not orphans just because the metadata does not parse.
      if (posix.dirname(file) !== '.') bundled.add(posix.dirname(file));
      continue;
    }
    const runs = checkRuns(root, metadata);
    problems.push(...runs.problems, ...checkDescriptions(metadata));
    if (runs.name !== undefined) {
      bundled.add(runs.name);
      problems.push(...(await checkInputsRead(root, metadata, runs.name, load)));
    }
  }
  problems.push(...orphanSources(root, bundled));
  return problems;
}
