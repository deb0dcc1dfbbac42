// Stand-in for actions/github-script, run as a JavaScript action under the runner harness. It does
// what github-script's entry does: the `script` input becomes the body of an async function called
// with (require, __original_require__, github, octokit, context, core, exec, glob, io), where
// `github` is @actions/github's Octokit for GITHUB_API_URL (here the GitHub double), and the
// returned value becomes the `result` output (JSON unless result-encoding is `string`).
import { createRequire } from 'node:module';
import { join } from 'node:path';
import * as core from '@actions/core';
import * as exec from '@actions/exec';
import { context, getOctokit } from '@actions/github';
import * as glob from '@actions/glob';
import * as io from '@actions/io';

type ScriptFunction = (...args: unknown[]) => Promise<unknown>;
const AsyncFunction = Object.getPrototypeOf(async () => undefined).constructor as new (...params: string[]) => ScriptFunction;

async function main(): Promise<void> {
  const script = core.getInput('script', { required: true });
  const token = core.getInput('github-token', { required: true });
  const encoding = core.getInput('result-encoding') || 'json';
  if (encoding !== 'json' && encoding !== 'string') throw new Error(`"${encoding}" is not a valid result encoding`);
  const github = getOctokit(token, { baseUrl: process.env['GITHUB_API_URL'] ?? 'https://api.github.com' });
  // github-script resolves require() from the workspace, where the script's own modules live.
  const requireFromWorkspace = createRequire(join(process.cwd(), 'index.js'));
  const fn = new AsyncFunction('require', '__original_require__', 'github', 'octokit', 'context', 'core', 'exec', 'glob', 'io', script);
  const result = await fn(requireFromWorkspace, requireFromWorkspace, github, github, context, core, exec, glob, io);
  core.setOutput('result', encoding === 'string' ? String(result) : JSON.stringify(result));
}

main().catch((error: unknown) => {
  core.setFailed(`Unhandled error: ${error instanceof Error ? error.message : String(error)}`);
});
