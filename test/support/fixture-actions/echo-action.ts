// A test-only action that exercises every part of the runner contract through
// @actions/core, so the harness can be checked against what real actions write.
// It runs as a main step, and as a post step once `isPost` was saved as state,
// the pattern actions/checkout uses.
import { readFileSync, statSync } from 'node:fs';
import * as core from '@actions/core';

const CONTRACT_PREFIXES = ['INPUT_', 'STATE_', 'GITHUB_', 'RUNNER_'];

/** The environment the action saw, minus PATH/HOME noise, so tests compare it exactly. */
function contractEnvironment(): Record<string, string> {
  const seen: Record<string, string> = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (value !== undefined && (CONTRACT_PREFIXES.some((p) => name.startsWith(p)) || name === 'CI')) seen[name] = value;
  }
  return seen;
}

function fileSize(variable: string): number {
  const file = process.env[variable];
  return file ? statSync(file).size : -1;
}

async function main(): Promise<void> {
  // Sizes first: the runner hands every step fresh, empty command files.
  const sizes = Object.fromEntries(
    ['GITHUB_OUTPUT', 'GITHUB_ENV', 'GITHUB_STATE', 'GITHUB_PATH', 'GITHUB_STEP_SUMMARY'].map((v) => [v, fileSize(v)]),
  );
  const greeting = core.getInput('greeting-text', { required: true });
  const spaced = core.getInput('with space');
  const secret = core.getInput('secret-value');
  if (secret) core.setSecret(secret);

  core.startGroup('Inputs');
  core.info(`greeting: ${greeting}`);
  core.info(`spaced: ${spaced}`);
  core.endGroup();

  core.setOutput('greeting', greeting);
  core.setOutput('multi-line', 'first line\nsecond line: 100% = done\n\nlast');
  core.setOutput('node-version', process.versions.node);
  core.setOutput('cwd', process.cwd());
  core.setOutput('file-sizes', JSON.stringify(sizes));
  core.setOutput('contract', JSON.stringify(contractEnvironment()));
  core.setOutput('event', readFileSync(process.env['GITHUB_EVENT_PATH'] ?? '', 'utf8'));

  core.exportVariable('FIXTURE_SINGLE', 'one=two');
  core.exportVariable('FIXTURE_MULTI', 'alpha\nbeta');
  core.addPath('/opt/fixture/bin');

  await core.summary.addHeading('Fixture summary', 2).addRaw(`Greeting: ${greeting}`, true).write();

  core.error('Coverage 80% < 90%\nsee: the report, line 2 (%0A stays literal)', {
    title: 'Gate: coverage, lines',
    file: 'src/a,b:c.ts',
    startLine: 3,
    endLine: 5,
  });
  core.warning('Flaky test', { file: 'test/flaky.test.ts', startLine: 7, startColumn: 2, endColumn: 9 });
  core.notice('Just so you know');
  core.debug('debug detail');

  core.saveState('lock-id', 'lease/abc');
  core.saveState('notes', 'held by\nrun 1');
  core.saveState('isPost', 'true');
}

async function post(): Promise<void> {
  core.setOutput('restored-lock', core.getState('lock-id'));
  core.setOutput('restored-notes', core.getState('notes'));
  core.setOutput('contract', JSON.stringify(contractEnvironment()));
  await core.summary.addRaw('post step ran', true).write();
}

const run = core.getState('isPost') === 'true' ? post : main;
run().catch((error: unknown) => {
  core.setFailed(error instanceof Error ? error.message : String(error));
});
