// Runs the committed bundle (dist/quality-gate/index.js) as the runner would: a Node 24
// child process with INPUT_*, GITHUB_* and RUNNER_TEMP, against the contract-validated
// GitHub double. `npm test` rebuilds dist before the tests run.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startGitHubDouble, type GitHubDouble } from '../../../test/support/github-double/index.ts';
import { runAction, type RunActionOptions, type RunActionResult } from '../../../test/support/runner/index.ts';

const root = join(import.meta.dirname, '..', '..', '..');
const entry = join(root, 'dist', 'quality-gate', 'index.js');
const action = join(root, 'quality-gate', 'action.yml');
const fixtures = process.env['PIPELINE_FIXTURES'] ?? join(root, '..', 'shared', 'fixtures');
const TOKEN = 'ghs_quality_gate_test_token_0123456789';

function git(cwd: string, ...args: string[]): string {
  const r = spawnSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t' } });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout.trim();
}

function junit(cases: { name: string; file?: string; line?: number; failure?: string }[]): string {
  const body = cases
    .map((c) => {
      const attrs = `classname="calc" name="${c.name}"${c.file ? ` file="${c.file}"` : ''}${c.line ? ` line="${c.line}"` : ''} time="0.01"`;
      return c.failure ? `<testcase ${attrs}><failure message="${c.failure}">AssertionError: ${c.failure}</failure></testcase>` : `<testcase ${attrs}/>`;
    })
    .join('\n');
  const failures = cases.filter((c) => c.failure).length;
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites><testsuite name="calc" tests="${cases.length}" failures="${failures}">\n${body}\n</testsuite></testsuites>\n`;
}

function lcov(file: string, hits: Record<number, number>): string {
  const lines = Object.entries(hits).map(([l, h]) => `DA:${l},${h}`);
  return `TN:\nSF:${file}\n${lines.join('\n')}\nLF:${lines.length}\nLH:${Object.values(hits).filter((h) => h > 0).length}\nend_of_record\n`;
}

function sarif(results: { rule: string; level: string; file: string; line: number; fp: string }[]): string {
  return JSON.stringify({
    version: '2.1.0',
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    runs: [
      {
        tool: { driver: { name: 'ESLint', rules: [] } },
        results: results.map((r) => ({
          ruleId: r.rule,
          level: r.level,
          message: { text: `${r.rule} violated` },
          locations: [{ physicalLocation: { artifactLocation: { uri: r.file }, region: { startLine: r.line } } }],
          partialFingerprints: { primaryLocationLineHash: r.fp },
        })),
      },
    ],
  });
}

interface Repo {
  dir: string;
  baseSha: string;
  headSha: string;
}

/** A real git repository: main has src/calc.ts; the feature branch changes lines 10-139. */
function makeRepo(): Repo {
  const dir = mkdtempSync(join(tmpdir(), 'qg-repo-'));
  git(dir, 'init', '-q', '-b', 'main');
  mkdirSync(join(dir, 'src'));
  writeFileSync(join(dir, 'src', 'calc.ts'), Array.from({ length: 20 }, (_, i) => `export const v${i} = ${i};`).join('\n') + '\n');
  git(dir, 'add', '.');
  git(dir, 'commit', '-qm', 'base');
  const baseSha = git(dir, 'rev-parse', 'HEAD');
  git(dir, 'checkout', '-qb', 'feature');
  writeFileSync(join(dir, 'src', 'calc.ts'), Array.from({ length: 140 }, (_, i) => `export const v${i} = ${i < 10 ? i : i * 2};`).join('\n') + '\n');
  git(dir, 'commit', '-qam', 'change');
  return { dir, baseSha, headSha: git(dir, 'rev-parse', 'HEAD') };
}

function prEvent(repo: Repo, fork = false): { name: string; payload: object } {
  return {
    name: 'pull_request',
    payload: {
      action: 'synchronize',
      number: 7,
      pull_request: {
        number: 7,
        head: { sha: repo.headSha, ref: 'feature', repo: { full_name: fork ? 'someone/repo' : 'owner/repo' } },
        base: { sha: repo.baseSha, ref: 'main', repo: { full_name: 'owner/repo' } },
      },
      repository: { full_name: 'owner/repo', name: 'repo', owner: { login: 'owner' }, default_branch: 'main' },
    },
  };
}

let gh: GitHubDouble;

beforeAll(async () => {
  if (!existsSync(entry)) throw new Error(`${entry} is missing: run 'npm run build' first (npm test does).`);
  gh = await startGitHubDouble();
  // The pull request prEvent names; GitHub refuses comments on absent ones.
  gh.state.addPullRequest({ owner: 'owner', repo: 'repo', number: 7 });
});

afterAll(async () => {
  await gh?.close();
});

beforeEach(() => {
  gh.calls.length = 0;
});

function run(options: Omit<RunActionOptions, 'entry'>): Promise<RunActionResult> {
  return runAction({ entry, action, githubApiUrl: gh.url, token: TOKEN, timeoutMs: 60_000, ...options });
}

function expectCleanFailure(result: RunActionResult, pattern: RegExp): void {
  expect(result.exitCode).toBe(1);
  const errors = result.annotations.filter((a) => a.level === 'error').map((a) => a.message);
  expect(errors.join('\n')).toMatch(pattern);
  expect(result.stdout + result.stderr).not.toMatch(/^\s+at .+\(.+:\d+:\d+\)$/m);
  expect(result.outputs['passed']).toBeUndefined();
}

describe('quality-gate bundle on a pull request', () => {
  it('creates a check run, then adds more than 50 annotations in batches, and comments once', async () => {
    const repo = makeRepo();
    const failing = Array.from({ length: 60 }, (_, i) => ({ name: `case ${i}`, file: 'src/calc.ts', line: 11 + i, failure: `expected ${i}` }));
    writeFileSync(join(repo.dir, 'junit.xml'), junit([...failing, { name: 'ok' }]));
    const hits = Object.fromEntries(Array.from({ length: 140 }, (_, i) => [i + 1, i % 2]));
    writeFileSync(join(repo.dir, 'lcov.info'), lcov('src/calc.ts', hits));
    writeFileSync(join(repo.dir, 'eslint.sarif'), sarif([{ rule: 'no-eval', level: 'error', file: 'src/calc.ts', line: 12, fp: 'abc' }]));
    const result = await run({ workspace: repo.dir, event: prEvent(repo), inputs: { reports: 'junit.xml\nlcov.info\neslint.sarif', 'if-no-files': 'error' } });

    expect(result.exitCode).toBe(1);
    expect(result.outputs).toMatchObject({ passed: 'false', tests: '61', failed: '60', 'new-findings': '1' });
    expect(Number(result.outputs['new-code-coverage'])).toBeCloseTo(50, 0);
    const created = gh.callsTo('checks/create');
    const updates = gh.callsTo('checks/update');
    expect(created).toHaveLength(1);
    expect(updates.length).toBeGreaterThanOrEqual(2);
    const sent = [...created, ...updates].map((c) => ((c.body as { output?: { annotations?: unknown[] } }).output?.annotations ?? []).length);
    expect(Math.max(...sent)).toBeLessThanOrEqual(50);
    expect(sent.reduce((a, b) => a + b, 0)).toBeGreaterThan(50);
    expect((created[0]?.body as { head_sha: string }).head_sha).toBe(repo.headSha);
    expect(result.summary).toContain('Quality gate failed');
    expect(result.summary).toContain('```mermaid');
    expect(result.masked).toContain(TOKEN);
    expect(result.leaks).toEqual([]);
    expect(gh.callsTo('issues/create-comment')).toHaveLength(1);

    // Second run on the same PR: the sticky comment is updated in place, never duplicated.
    writeFileSync(join(repo.dir, 'junit.xml'), junit([{ name: 'ok' }]));
    const second = await run({ workspace: repo.dir, event: prEvent(repo), inputs: { reports: 'junit.xml\nlcov.info' } });
    expect(second.outputs['failed']).toBe('0');
    expect(gh.callsTo('issues/create-comment')).toHaveLength(1);
    expect(gh.callsTo('issues/update-comment')).toHaveLength(1);
    const comments = gh.state.repo('owner', 'repo').commentsOn(7);
    expect(comments).toHaveLength(1);
    expect(String(comments[0]?.['body'])).toContain('<!-- pipeline:quality-gate -->');
    gh.assertNoViolations();
  });

  it('degrades to the job summary with a warning when the token is read-only (fork pull request)', async () => {
    const repo = makeRepo();
    writeFileSync(join(repo.dir, 'junit.xml'), junit([{ name: 'a', failure: 'boom' }]));
    gh.readOnlyToken('ghs_fork_read_only_token_abcdef');
    const result = await run({ workspace: repo.dir, event: prEvent(repo, true), token: 'ghs_fork_read_only_token_abcdef', inputs: { reports: 'junit.xml' } });
    expect(result.exitCode).toBe(1);
    const warnings = result.annotations.filter((a) => a.level === 'warning').map((a) => a.message);
    expect(warnings.join('\n')).toMatch(/Could not create the check run: this pull request comes from a fork/);
    expect(result.annotations.some((a) => a.message.includes('Resource not accessible by integration'))).toBe(false);
    expect(result.summary).toContain('Quality gate failed');
    gh.assertNoViolations();
  });

  it('retries a secondary rate limit and still publishes', async () => {
    const repo = makeRepo();
    writeFileSync(join(repo.dir, 'junit.xml'), junit([{ name: 'a' }]));
    gh.secondaryRateLimit({ operationId: 'checks/create', times: 1, retryAfterSeconds: 1 });
    const result = await run({ workspace: repo.dir, event: prEvent(repo), inputs: { reports: 'junit.xml', comment: 'off' } });
    expect(result.exitCode).toBe(0);
    const attempts = gh.callsTo('checks/create');
    expect(attempts.map((c) => c.status)).toEqual([403, 201]);
    expect(attempts[1]!.receivedAt - attempts[0]!.receivedAt).toBeGreaterThanOrEqual(900);
    gh.assertNoViolations();
  });

  it('stores a baseline on the default branch and finds new findings by fingerprint on the PR', async () => {
    const repo = makeRepo();
    const store = join(repo.dir, '.baselines');
    git(repo.dir, 'checkout', '-q', 'main');
    writeFileSync(join(repo.dir, 'x.sarif'), sarif([{ rule: 'r1', level: 'error', file: 'src/calc.ts', line: 3, fp: 'old' }]));
    const push = await run({
      workspace: repo.dir,
      env: { GITHUB_SHA: repo.baseSha, GITHUB_REF: 'refs/heads/main' },
      event: { name: 'push', payload: { ref: 'refs/heads/main', repository: { full_name: 'owner/repo', name: 'repo', owner: { login: 'owner' }, default_branch: 'main' } } },
      inputs: { reports: 'x.sarif', 'baseline-path': '.baselines', 'github-token': '' },
    });
    expect(push.exitCode).toBe(0);
    expect(existsSync(join(store, `quality-gate-${repo.baseSha}.json`))).toBe(true);

    git(repo.dir, 'checkout', '-q', 'feature');
    // The old finding moved to a changed line: same fingerprint, so not new. One genuinely new one.
    writeFileSync(
      join(repo.dir, 'x.sarif'),
      sarif([
        { rule: 'r1', level: 'error', file: 'src/calc.ts', line: 30, fp: 'old' },
        { rule: 'r2', level: 'warning', file: 'src/calc.ts', line: 31, fp: 'new' },
      ]),
    );
    const pr = await run({ workspace: repo.dir, event: prEvent(repo), inputs: { reports: 'x.sarif', 'baseline-path': '.baselines', comment: 'off', policy: '- findings.new == 0', 'results-path': 'out/results.json' } });
    expect(pr.outputs['new-findings']).toBe('1');
    expect(pr.summary).toContain(`baseline of merge base \`${repo.baseSha.slice(0, 12)}\``);
    expect(pr.outputs['results-path']).toBe(join(repo.dir, 'out', 'results.json'));
    const results = JSON.parse(readFileSync(pr.outputs['results-path']!, 'utf8')) as { newFindings: { ruleId: string }[] };
    expect(results.newFindings.map((f) => f.ruleId)).toEqual(['r2']);
    expect(pr.exitCode).toBe(1);
  });

  it('says plainly when no baseline exists and counts findings on changed lines as new', async () => {
    const repo = makeRepo();
    writeFileSync(join(repo.dir, 'x.sarif'), sarif([{ rule: 'r1', level: 'error', file: 'src/calc.ts', line: 3, fp: 'a' }, { rule: 'r1', level: 'error', file: 'src/calc.ts', line: 50, fp: 'b' }]));
    const result = await run({ workspace: repo.dir, event: prEvent(repo), inputs: { reports: 'x.sarif', 'baseline-path': '.none', comment: 'off' } });
    expect(result.summary).toMatch(/No baseline: no baseline is stored for the merge base/);
    expect(result.outputs['new-findings']).toBe('1');
  });
});

describe.skipIf(!existsSync(fixtures))('quality-gate bundle on real third-party reports', () => {
  // Ground truth recorded by the fixtures' own projects (PROVENANCE.md): EnricoMi's expected
  // stats per JUnit file, and action-junit-report's stated totals.
  const enricoDir = 'junit/publish-unit-test-result-action/junit-xml';
  const enrico = existsSync(join(fixtures, enricoDir))
    ? readdirSync(join(fixtures, enricoDir), { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.results.json') && existsSync(join(fixtures, enricoDir, f.replace(/\.results\.json$/, '.xml'))))
      .filter((f) => !existsSync(join(fixtures, enricoDir, f.replace(/\.results\.json$/, '.exception'))))
      .map((f) => {
        const stats = (JSON.parse(readFileSync(join(fixtures, enricoDir, f), 'utf8')) as { stats: Record<string, number> }).stats;
        return { reports: `${enricoDir}/${f.replace(/\.results\.json$/, '.xml')}`, tests: stats['tests'], failed: (stats['tests_fail'] ?? 0) + (stats['tests_error'] ?? 0) };
      })
    : [];
  const cases: { reports: string; tests?: number | undefined; failed?: number; findings?: number }[] = [
    ...enrico,
    { reports: 'junit/action-junit-report/python/report.xml', tests: 3 },
    { reports: 'junit/action-junit-report/multiple_failures/test_multiple_failures.xml', tests: 4, failed: 2 },
    { reports: 'junit/action-junit-report/junit-server-test/report.xml', tests: 3, failed: 0 },
    { reports: 'junit/action-junit-report/issues/testDisabled.xml', tests: 22 },
    { reports: 'sarif/codeql-action/valid-sarif-diff-filtered.sarif', findings: 2 },
    { reports: 'sarif/trivy/alpine-310.sarif.golden', findings: 4 },
  ];
  it('found EnricoMi\'s expectations to compare with', () => {
    expect(enrico.length).toBeGreaterThanOrEqual(5);
  });
  it.each(cases)('$reports', async ({ reports, tests, failed, findings }) => {
    const runnerTemp = mkdtempSync(join(tmpdir(), 'qg-temp-'));
    const result = await run({ workspace: fixtures, runnerTemp, inputs: { reports, 'github-token': '', policy: findings === undefined ? '- tests.total >= 0' : '- findings.total >= 0' } });
    expect(result.exitCode).toBe(0);
    if (tests !== undefined) expect(result.outputs['tests']).toBe(String(tests));
    if (failed !== undefined) expect(result.outputs['failed']).toBe(String(failed));
    if (findings !== undefined) {
      const results = JSON.parse(readFileSync(result.outputs['results-path']!, 'utf8')) as { metrics: Record<string, { value?: number }> };
      expect(results.metrics['findings.total']?.value).toBe(findings);
    }
  });
});

describe('quality-gate bundle on bad input', () => {
  let ws: string;
  beforeAll(() => {
    ws = mkdtempSync(join(tmpdir(), 'qg-bad-'));
    writeFileSync(join(ws, 'truncated.xml'), '<?xml version="1.0"?>\n<testsuites>\n<testsuite name="a" tests="1">\n<testcase name="x"><failure>boo');
    writeFileSync(
      join(ws, 'bomb.xml'),
      '<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>\n<testsuites><testsuite name="&lol2;"/></testsuites>\n',
    );
    writeFileSync(join(ws, 'big.xml'), `<testsuites>${'<!-- padding -->'.repeat(140_000)}</testsuites>`);
    writeFileSync(join(ws, 'notes.txt'), 'this is not a report\n');
  });

  it.each([
    ['a glob that matches nothing', { reports: 'missing/*.xml' }, /pattern 'missing\/\*\.xml' matched no files.*if-no-files/],
    ['a truncated file', { reports: 'truncated.xml' }, /truncated\.xml/],
    ['XML with a DTD and entities', { reports: 'bomb.xml' }, /bomb\.xml.*(DTD|DOCTYPE|entit)/i],
    ['a file over the size limit', { reports: 'big.xml', 'max-report-size': '1' }, /big\.xml.*(limit|larger|MiB)/i],
    ['a path escaping the workspace', { reports: '../../etc/passwd' }, /outside the workspace/],
    ['an unknown format', { reports: 'notes.txt' }, /notes\.txt/],
    ['an invalid policy', { reports: 'truncated.xml', policy: '- coverage.lines >= lots' }, /coverage\.lines >= lots.*not valid/],
    ['an invalid input value', { reports: 'truncated.xml', 'if-no-files': 'sometimes' }, /Input 'if-no-files' has an invalid value 'sometimes'/],
    ['an unknown forced format', { reports: 'junitx:truncated.xml' }, /unknown format 'junitx'/],
  ])('%s exits 1 with an ::error:: and no stack trace', async (_, inputs, pattern) => {
    const result = await run({ workspace: ws, inputs: { 'github-token': '', ...inputs } });
    expectCleanFailure(result, pattern);
  });

  it('warns or ignores an empty glob when asked to', async () => {
    writeFileSync(join(ws, 'ok.xml'), junit([{ name: 'a' }]));
    const warn = await run({ workspace: ws, inputs: { reports: 'ok.xml\nnone/*.xml', 'if-no-files': 'warn', 'github-token': '' } });
    expect(warn.exitCode).toBe(0);
    expect(warn.annotations.filter((a) => a.level === 'warning').map((a) => a.message).join()).toContain("'none/*.xml' matched no files");
    const ignore = await run({ workspace: ws, inputs: { reports: 'ok.xml\nnone/*.xml', 'if-no-files': 'ignore', 'github-token': '' } });
    expect(ignore.annotations.filter((a) => a.level === 'warning')).toEqual([]);
  });
});
