import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  bundleAction,
  DEFAULT_SHA,
  FileCommandError,
  findLeaks,
  inputEnvName,
  node24,
  NodeVersionError,
  parseCommandLine,
  parseKeyValueFile,
  parsePathFile,
  parseWorkflowCommands,
  removeBundles,
  resolveNode24,
  runAction,
} from './support/runner/index.ts';
import type { RunActionResult } from './support/runner/index.ts';

describe('file commands', () => {
  it('reads name=value lines and ghadelimiter heredocs, the later write winning', () => {
    const content = [
      'plain=a=b',
      'multi<<ghadelimiter_6f1c2d3e-0000-4000-8000-000000000000',
      'line 1',
      '',
      'name=not a new key',
      'ghadelimiter_6f1c2d3e-0000-4000-8000-000000000000',
      'plain=last',
      'empty=',
      '',
    ].join('\n');
    expect(parseKeyValueFile(content, 'GITHUB_OUTPUT')).toEqual({ plain: 'last', multi: 'line 1\n\nname=not a new key', empty: '' });
  });

  it('decides the form by whichever of = and << comes first, and accepts CRLF', () => {
    expect(parseKeyValueFile('a=b<<c\r\nd<<EOF\r\nx=y\r\nEOF\r\n', 'GITHUB_ENV')).toEqual({ a: 'b<<c', d: 'x=y' });
  });

  it('fails like the runner on a missing delimiter, an empty name or a bare line', () => {
    expect(() => parseKeyValueFile('body<<EOF\ntext\nEOF \n', 'GITHUB_OUTPUT')).toThrow(
      new FileCommandError("GITHUB_OUTPUT line 1: matching delimiter not found 'EOF'."),
    );
    expect(() => parseKeyValueFile('=value\n', 'GITHUB_ENV')).toThrow(/GITHUB_ENV line 1: empty name/);
    expect(() => parseKeyValueFile('ok=1\njust text\n', 'GITHUB_STATE')).toThrow(/GITHUB_STATE line 2: expected 'name=value'/);
  });

  it('reads GITHUB_PATH one directory per line', () => {
    expect(parsePathFile('/a/bin\n\n/b bin\r\n')).toEqual(['/a/bin', '/b bin']);
  });
});

describe('workflow commands', () => {
  it('undoes the escapes in the runner order, %25 last', () => {
    const command = parseCommandLine('  ::error FILE=a%2Cb%3Ac.ts,Line=3,title=100%25%0Adone::50%25 then %250A literal%0Anext');
    expect(command?.command).toBe('error');
    expect(Object.fromEntries(command?.properties ?? [])).toEqual({ file: 'a,b:c.ts', line: '3', title: '100%\ndone' });
    expect(command?.data).toBe('50% then %0A literal\nnext');
  });

  it('ignores lines that are not commands', () => {
    expect(parseCommandLine('text ::error::no')).toBeUndefined();
    expect(parseCommandLine('::error no second separator')).toBeUndefined();
  });

  it('collects annotations, masks and groups, and honours stop-commands', () => {
    const output = [
      '::group::Build',
      'compiling',
      '::warning file=a.ts,line=2,col=4,endColumn=x::careful',
      '::endgroup::',
      '::stop-commands::pause-token',
      '::error::not a command while stopped',
      '::pause-token::',
      '::add-mask::s3cret',
      '::group::Never ended',
      'tail',
      '',
    ].join('\n');
    expect(parseWorkflowCommands(output)).toEqual({
      annotations: [{ level: 'warning', message: 'careful', file: 'a.ts', line: 2, col: 4 }],
      masked: ['s3cret'],
      groups: [
        { name: 'Build', lines: ['compiling'], closed: true },
        { name: 'Never ended', lines: ['tail'], closed: false },
      ],
    });
  });

  it('reports a masked value printed anywhere but its own add-mask line', () => {
    expect(findLeaks('::add-mask::tok123\nusing ***\n', ['tok123'])).toEqual([]);
    expect(findLeaks('token is tok123\n::add-mask::tok123\n', ['tok123'])).toEqual(['tok123']);
  });

  it('names inputs as the runner does: upper case, spaces to _, hyphens kept', () => {
    expect(inputEnvName('github-token')).toBe('INPUT_GITHUB-TOKEN');
    expect(inputEnvName('with space')).toBe('INPUT_WITH_SPACE');
  });
});

describe('Node 24 parity', () => {
  it('uses the running Node when it is already 24', () => {
    expect(resolveNode24({ current: { path: '/opt/node24/bin/node', version: '24.3.0' }, probe: () => undefined })).toBe('/opt/node24/bin/node');
  });

  it("falls back to the repository's pinned Node, checked by running it", () => {
    const repoNode = resolveNode24({ current: { path: '/usr/bin/node', version: '20.20.2' } });
    expect(repoNode).toMatch(/node_modules\/\.bin\/node$/);
  });

  it('refuses any other major instead of running bundles on it', () => {
    expect(() => resolveNode24({ current: { path: '/usr/bin/node', version: 'v20.20.2' }, repoNode: '/repo/node', probe: () => '22.1.0' })).toThrow(NodeVersionError);
    expect(() => resolveNode24({ current: { path: '/usr/bin/node', version: '20.20.2' }, repoNode: '/missing/node', probe: () => undefined })).toThrow(
      /runs Node 20\.20\.2 and \/missing\/node could not be run/,
    );
  });

  it('resolves a binary for this run that really is Node 24', () => {
    const version = spawnSync(node24(), ['-p', 'process.versions.node'], { encoding: 'utf8' }).stdout.trim();
    expect(Number(version.split('.')[0])).toBe(24);
  });
});

describe('runAction with a bundled action', () => {
  let echo: string;
  let hang: string;
  const dirs: string[] = [];
  const tempDir = async (): Promise<string> => {
    const dir = await mkdtemp(join(tmpdir(), 'harness-test-'));
    dirs.push(dir);
    return dir;
  };
  const contract = (result: RunActionResult): Record<string, string> => JSON.parse(result.outputs['contract'] ?? '{}') as Record<string, string>;

  beforeAll(async () => {
    [echo, hang] = await Promise.all([bundleAction('test/support/fixture-actions/echo-action.ts'), bundleAction('test/support/fixture-actions/hang-action.ts')]);
  });
  afterEach(() => {
    vi.unstubAllEnvs();
  });
  afterAll(async () => {
    await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
    await removeBundles();
  });

  it('round-trips every part of the runner contract', async () => {
    // Variables of the test process itself must not reach the action.
    vi.stubEnv('INPUT_PARENT_ONLY', 'leaked');
    vi.stubEnv('GITHUB_TOKEN', 'parent-token');
    vi.stubEnv('RUNNER_DEBUG', '1');
    const workspace = await tempDir();
    const payload = { action: 'opened', number: 7, pull_request: { number: 7, head: { ref: 'feature/x' }, base: { ref: 'main' } } };
    const result = await runAction({
      entry: echo,
      inputs: { 'greeting-text': 'hello, world: 100%', 'with space': 'spaced value', 'secret-value': 'hunter2-secret' },
      event: { name: 'pull_request', payload },
      workspace,
    });

    expect(result).toMatchObject({ exitCode: 0, signal: null, timedOut: false, stderr: '' });
    expect(result.durationMs).toBeGreaterThan(0);
    expect(Number(result.outputs['node-version']?.split('.')[0])).toBe(24);
    expect(result.outputs).toEqual({
      greeting: 'hello, world: 100%',
      'multi-line': 'first line\nsecond line: 100% = done\n\nlast',
      'node-version': result.outputs['node-version'],
      cwd: workspace,
      'file-sizes': JSON.stringify({ GITHUB_OUTPUT: 0, GITHUB_ENV: 0, GITHUB_STATE: 0, GITHUB_PATH: 0, GITHUB_STEP_SUMMARY: 0 }),
      contract: result.outputs['contract'],
      event: result.outputs['event'],
    });
    expect(JSON.parse(result.outputs['event'] ?? '')).toEqual(payload);

    const seen = contract(result);
    const files = ['GITHUB_OUTPUT', 'GITHUB_ENV', 'GITHUB_STATE', 'GITHUB_PATH', 'GITHUB_STEP_SUMMARY', 'GITHUB_EVENT_PATH'];
    for (const name of files) expect(seen[name]).toMatch(/^\/.+/);
    const withoutPaths = Object.fromEntries(Object.entries(seen).filter(([name]) => !files.includes(name) && name !== 'RUNNER_TEMP'));
    expect(seen['RUNNER_TEMP']).toMatch(/^\/.+/);
    expect(seen['RUNNER_TEMP']).not.toBe(workspace);
    expect(withoutPaths).toEqual({
      'INPUT_GREETING-TEXT': 'hello, world: 100%',
      INPUT_WITH_SPACE: 'spaced value',
      'INPUT_SECRET-VALUE': 'hunter2-secret',
      CI: 'true',
      GITHUB_ACTIONS: 'true',
      GITHUB_ACTION: '__run',
      GITHUB_ACTOR: 'octocat',
      GITHUB_TRIGGERING_ACTOR: 'octocat',
      GITHUB_API_URL: 'https://api.github.com',
      GITHUB_GRAPHQL_URL: 'https://api.github.com/graphql',
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_REPOSITORY: 'owner/repo',
      GITHUB_REPOSITORY_OWNER: 'owner',
      GITHUB_SHA: DEFAULT_SHA,
      GITHUB_REF: 'refs/pull/7/merge',
      GITHUB_REF_NAME: 'pull/7/merge',
      GITHUB_REF_TYPE: 'branch',
      GITHUB_HEAD_REF: 'feature/x',
      GITHUB_BASE_REF: 'main',
      GITHUB_RUN_ID: '9876543210',
      GITHUB_RUN_NUMBER: '42',
      GITHUB_RUN_ATTEMPT: '1',
      GITHUB_JOB: 'build',
      GITHUB_WORKFLOW: 'CI',
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_WORKSPACE: workspace,
      RUNNER_OS: 'Linux',
      RUNNER_ARCH: 'X64',
      RUNNER_NAME: 'GitHub Actions 1000000001',
      RUNNER_ENVIRONMENT: 'github-hosted',
    });

    expect(result.env).toEqual({ FIXTURE_SINGLE: 'one=two', FIXTURE_MULTI: 'alpha\nbeta' });
    expect(result.path).toEqual(['/opt/fixture/bin']);
    expect(result.summary).toBe('<h2>Fixture summary</h2>\nGreeting: hello, world: 100%\n');
    expect(result.annotations).toEqual([
      {
        level: 'error',
        message: 'Coverage 80% < 90%\nsee: the report, line 2 (%0A stays literal)',
        title: 'Gate: coverage, lines',
        file: 'src/a,b:c.ts',
        line: 3,
        endLine: 5,
      },
      { level: 'warning', message: 'Flaky test', file: 'test/flaky.test.ts', line: 7, col: 2, endColumn: 9 },
      { level: 'notice', message: 'Just so you know' },
      { level: 'debug', message: 'debug detail' },
    ]);
    expect(result.masked).toEqual(['hunter2-secret']);
    expect(result.leaks).toEqual([]);
    expect(result.groups).toEqual([{ name: 'Inputs', lines: ['greeting: hello, world: 100%', 'spaced: spaced value'], closed: true }]);
    expect(result.state).toEqual({ 'lock-id': 'lease/abc', notes: 'held by\nrun 1', isPost: 'true' });
  });

  it('runs the post step with the main step state as STATE_ variables and a shared RUNNER_TEMP', async () => {
    const runnerTemp = await tempDir();
    const main = await runAction({ entry: echo, inputs: { 'greeting-text': 'hi' }, runnerTemp });
    const post = await runAction({ entry: echo, state: main.state, runnerTemp });

    expect(post.exitCode).toBe(0);
    expect(post.outputs['restored-lock']).toBe('lease/abc');
    expect(post.outputs['restored-notes']).toBe('held by\nrun 1');
    const seen = contract(post);
    expect(Object.fromEntries(Object.entries(seen).filter(([name]) => name.startsWith('STATE_') || name.startsWith('INPUT_')))).toEqual({
      'STATE_lock-id': 'lease/abc',
      STATE_notes: 'held by\nrun 1',
      STATE_isPost: 'true',
    });
    expect(seen['RUNNER_TEMP']).toBe(runnerTemp);
    expect(post.summary).toBe('post step ran\n');
    expect(post.annotations).toEqual([]);
  });

  it('lets runner defaults be overridden, deriving the dependent variables', async () => {
    const result = await runAction({
      entry: echo,
      inputs: { 'greeting-text': 'x' },
      env: { GITHUB_REPOSITORY: 'acme/widgets', GITHUB_REF: 'refs/tags/v1.2.0', GITHUB_SHA: 'f'.repeat(40), EXTRA: 'kept' },
      githubApiUrl: 'https://ghes.example.com/api/v3',
    });
    const seen = contract(result);
    expect(seen).toMatchObject({
      GITHUB_REPOSITORY: 'acme/widgets',
      GITHUB_REPOSITORY_OWNER: 'acme',
      GITHUB_REF: 'refs/tags/v1.2.0',
      GITHUB_REF_NAME: 'v1.2.0',
      GITHUB_REF_TYPE: 'tag',
      GITHUB_SHA: 'f'.repeat(40),
      GITHUB_EVENT_NAME: 'push',
      GITHUB_API_URL: 'https://ghes.example.com/api/v3',
      GITHUB_GRAPHQL_URL: 'https://ghes.example.com/api/graphql',
    });
    expect(JSON.parse(result.outputs['event'] ?? '')).toMatchObject({ ref: 'refs/tags/v1.2.0', after: 'f'.repeat(40), repository: { full_name: 'acme/widgets' } });
  });

  it('applies action.yml defaults, evaluating github.token, and warns about undeclared inputs like the runner', async () => {
    const dir = await tempDir();
    const metadata = join(dir, 'action.yml');
    await writeFile(
      metadata,
      [
        'name: echo',
        'description: fixture',
        'inputs:',
        '  greeting-text:',
        '    description: greeting',
        '    default: from-default',
        '  github-token:',
        '    description: token',
        '    default: ${{ github.token }}',
        '  with space:',
        '    description: spaced',
        'runs:',
        '  using: node24',
        '  main: index.js',
        '',
      ].join('\n'),
    );
    const result = await runAction({ entry: echo, action: metadata, token: 'ghs_faketoken123', inputs: { 'with space': 'given', typo: 'x' } });
    const seen = contract(result);
    expect(Object.fromEntries(Object.entries(seen).filter(([name]) => name.startsWith('INPUT_')))).toEqual({
      'INPUT_GREETING-TEXT': 'from-default',
      'INPUT_GITHUB-TOKEN': 'ghs_faketoken123',
      INPUT_WITH_SPACE: 'given',
      INPUT_TYPO: 'x',
    });
    expect(result.annotations[0]).toEqual({ level: 'warning', message: "Unexpected input(s) 'typo', valid inputs are ['greeting-text', 'github-token', 'with space']" });
    expect(result.leaks).toEqual([]);
  });

  it('passes the token as github-token by the suite convention when no action.yml is given', async () => {
    const result = await runAction({ entry: echo, inputs: { 'greeting-text': 'x' }, token: 'ghs_conventional' });
    expect(contract(result)['INPUT_GITHUB-TOKEN']).toBe('ghs_conventional');
  });

  it('reports a failing action through its exit code and error annotation', async () => {
    const result = await runAction({ entry: echo });
    expect(result.exitCode).toBe(1);
    expect(result.timedOut).toBe(false);
    expect(result.annotations).toEqual([{ level: 'error', message: 'Input required and not supplied: greeting-text' }]);
    expect(result.outputs).toEqual({});
  });

  it('kills a hung action and every process it started after timeoutMs, and says so', async () => {
    const result = await runAction({ entry: hang, timeoutMs: 1_000 });
    expect(result.timedOut).toBe(true);
    expect(result.exitCode).toBeNull();
    // It ignores SIGTERM, so only the escalation stops it.
    expect(result.signal).toBe('SIGKILL');
    expect(result.stdout).toContain('ignoring SIGTERM');
    expect(result.durationMs).toBeGreaterThanOrEqual(1_000);
    expect(result.durationMs).toBeLessThan(10_000);
    const grandchild = Number(/grandchild-pid=(\d+)/.exec(result.stdout)?.[1]);
    expect(grandchild).toBeGreaterThan(0);
    await vi.waitFor(() => expect(() => process.kill(grandchild, 0)).toThrow(expect.objectContaining({ code: 'ESRCH' })), { timeout: 5_000 });
  });

  it('refuses to let env replace the command files it reads back, and a missing bundle', async () => {
    await expect(runAction({ entry: echo, env: { GITHUB_OUTPUT: '/tmp/elsewhere' } })).rejects.toThrow(/runAction owns GITHUB_OUTPUT/);
    await expect(runAction({ entry: 'dist/no-such-action/index.js' })).rejects.toThrow(/No bundle at .*dist\/no-such-action\/index\.js/);
  });
});
