import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  checkActionMetadata,
  checkActionSyntax,
  checkPinnedActions,
  checkReferences,
  checkRepository,
  checkScriptInjection,
  checkTemplateProperties,
  checkWorkflowSyntax,
  findCalls,
  findSymlinks,
  formatProblem,
  listActionMetadataFiles,
  listWorkflowFiles,
  resolveUses,
  sortProblems,
} from './support/workflows/index.ts';
import type { Problem, RepositoryChecks } from './support/workflows/index.ts';

const ROOT = join(import.meta.dirname, '..');
const CHECKOUT = 'actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8 # v5.0.0';

const temps: string[] = [];
afterAll(async () => {
  await Promise.all(temps.map((dir) => rm(dir, { recursive: true, force: true })));
});

/** A throwaway repository tree; file contents are joined lines. */
async function repo(files: Record<string, string | string[]>): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'workflow-checks-'));
  temps.push(root);
  for (const [file, content] of Object.entries(files)) {
    await mkdir(dirname(join(root, file)), { recursive: true });
    await writeFile(join(root, file), Array.isArray(content) ? `${content.join('\n')}\n` : content);
  }
  return root;
}

const lines = (problems: Problem[]): string[] => sortProblems(problems).map(formatProblem);

describe('this repository', () => {
  let checks: RepositoryChecks;
  beforeAll(async () => {
    checks = await checkRepository(ROOT);
  });

  it('has workflows to check, including the suite CI that dogfoods quality-gate', () => {
    expect(listWorkflowFiles(ROOT)).toContain('.github/workflows/suite-ci.yml');
    expect(findCalls(ROOT)).toContainEqual(expect.objectContaining({ file: '.github/workflows/suite-ci.yml', uses: './quality-gate', target: { kind: 'action', dir: 'quality-gate' } }));
  });

  it('parses every workflow and template with GitHub’s parser without errors', () => {
    expect(lines(checks.workflowSyntax)).toEqual([]);
  });

  it('has action metadata GitHub accepts', () => {
    expect(lines(checks.actionSyntax)).toEqual([]);
  });

  it('gives every starter template its properties file', () => {
    expect(lines(checks.templates)).toEqual([]);
  });

  it('calls its actions and reusable workflows only with declared inputs, and all required ones', () => {
    expect(lines(checks.references)).toEqual([]);
  });

  it('keeps action metadata in line with the runtime, dist/ and the inputs the code reads', () => {
    expect(lines(checks.metadata)).toEqual([]);
  });

  it('pins third-party actions and keeps untrusted context out of run scripts', () => {
    expect(lines([...checks.pinning, ...checks.injection])).toEqual([]);
  });

  it('contains no symlinks', () => {
    expect(lines(checks.symlinks)).toEqual([]);
  });
});

describe('resolveUses', () => {
  it.each([
    ['./quality-gate', { kind: 'action', dir: 'quality-gate' }],
    ['./', { kind: 'action', dir: '' }],
    ['.', { kind: 'action', dir: '' }],
    ['org/pipeline/trivy-scan@v3', { kind: 'action', dir: 'trivy-scan' }],
    ['someone-else/Pipeline/sbom@0123456789abcdef0123456789abcdef01234567', { kind: 'action', dir: 'sbom' }],
    ['org/pipeline@v3', { kind: 'action', dir: '' }],
    ['./.github/workflows/deploy.yml', { kind: 'workflow', path: '.github/workflows/deploy.yml' }],
    ['org/pipeline/.github/workflows/ci.yaml@v3', { kind: 'workflow', path: '.github/workflows/ci.yaml' }],
  ])('resolves %s', (uses, expected) => {
    expect(resolveUses(uses)).toEqual(expected);
  });

  it.each(['actions/checkout@v5', 'org/pipelines/quality-gate@v3', 'docker://alpine:3', 'org/pipeline/quality-gate'])('leaves %s alone', (uses) => {
    expect(resolveUses(uses)).toBeUndefined();
  });

  it("treats './' in starter templates as the consumer's repository", () => {
    expect(resolveUses('./quality-gate', { local: false })).toBeUndefined();
    expect(resolveUses('org/pipeline/quality-gate@v3', { local: false })).toEqual({ kind: 'action', dir: 'quality-gate' });
  });
});

describe('workflow syntax check', () => {
  it('reports every parser error with file, line and column', async () => {
    const root = await repo({
      '.github/workflows/bad.yml': [
        'on: push',
        'jobs:',
        '  build:',
        '    runs-on: ubuntu-latest',
        '    permisions: read-all',
        '    steps:',
        '      - name: does nothing',
        '      - run: echo ${{ github.sha',
      ],
      '.github/workflows/nested/ci.yml': ['on: push', 'jobs:', '  a:', '    runs-on: ubuntu-latest', '    steps:', '      - run: echo'],
      'workflows-templates/broken.yml': ['on: push', 'jobs:', '  a:', '    runs-on: [x', ''],
    });
    const problems = lines(await checkWorkflowSyntax(root));
    expect(problems).toHaveLength(5);
    expect(problems).toEqual([
      expect.stringMatching(/^\.github\/workflows\/bad\.yml:5:5: Unexpected value 'permisions'$/),
      expect.stringMatching(/^\.github\/workflows\/bad\.yml:7:9: There's not enough info to determine what you meant/),
      expect.stringMatching(/^\.github\/workflows\/bad\.yml:8:\d+: .*(expression|Unexpected end)/i),
      '.github/workflows/nested/ci.yml: GitHub only runs and calls workflows directly in .github/workflows/, not in subfolders; move it up.',
      expect.stringMatching(/^workflows-templates\/broken\.yml:\d+:\d+: /),
    ]);
  });

  it('accepts a valid workflow', async () => {
    const root = await repo({ '.github/workflows/ok.yml': ['on: [push]', 'jobs:', '  a:', '    runs-on: ubuntu-latest', '    steps:', `      - uses: ${CHECKOUT}`] });
    expect(await checkWorkflowSyntax(root)).toEqual([]);
  });
});

describe('reference check', () => {
  const gate = [
    'name: gate',
    'description: test gate',
    'inputs:',
    '  reports:',
    '    description: files',
    '    required: true',
    '  token:',
    '    description: token',
    '    required: true',
    '    default: ${{ github.token }}',
    '  mode:',
    '    description: mode',
    'runs:',
    '  using: node24',
    '  main: ../dist/gate/index.js',
  ];
  const reusable = [
    'on:',
    '  workflow_call:',
    '    inputs:',
    '      version:',
    '        type: string',
    '        required: true',
    "        default: '1'",
    '      env-name:',
    '        type: string',
    '    secrets:',
    '      deploy-key:',
    '        required: true',
    'jobs:',
    '  run:',
    '    runs-on: ubuntu-latest',
    '    steps:',
    '      - uses: ./gate',
    '        with:',
    '          reports: x',
  ];

  it('finds undeclared and missing inputs, missing action.yml files and misplaced calls', async () => {
    const root = await repo({
      'gate/action.yml': gate,
      '.github/workflows/reusable.yml': reusable,
      '.github/workflows/ci.yml': [
        'on: push',
        'jobs:',
        '  build:',
        '    runs-on: ubuntu-latest',
        '    steps:',
        `      - uses: ${CHECKOUT}`,
        '      - uses: ./gate',
        '        with:',
        '          reports: x',
        '          typo: y',
        '      - uses: ./gate',
        '        with:',
        '          MODE: strict',
        '      - uses: acme/pipeline/missing@v1',
        '      - uses: acme/pipeline@v3',
        '      - uses: acme/other-repo/gate@v1',
        '        with:',
        '          anything: goes',
        '      - uses: ./.github/workflows/reusable.yml',
        '  call:',
        '    uses: ./.github/workflows/reusable.yml',
        '    with:',
        '      env-name: prod',
        '      extra: 1',
        '    secrets:',
        '      other: ${{ secrets.OTHER }}',
        '  inherit:',
        '    uses: acme/pipeline/.github/workflows/reusable.yml@v3',
        '    with:',
        '      version: 2',
        '    secrets: inherit',
        '  absent:',
        '    uses: ./.github/workflows/absent.yml',
        '  not-callable:',
        '    uses: ./.github/workflows/ci.yml',
        '  action-as-job:',
        '    uses: acme/pipeline/gate@v3',
      ],
      'workflows-templates/starter.yml': [
        'on: push',
        'jobs:',
        '  gate:',
        '    runs-on: ubuntu-latest',
        '    steps:',
        '      - uses: ./gate',
        '        with:',
        '          their-own-action: true',
        '      - uses: acme/pipeline/gate@v3',
        '        with:',
        '          reports: x',
        '          bogus: 1',
      ],
    });
    expect(lines(checkReferences(root))).toEqual([
      ".github/workflows/ci.yml:10:11: jobs.build.steps[1] './gate' passes input 'typo', which gate/action.yml does not declare (declared: reports, token, mode).",
      ".github/workflows/ci.yml:11:15: jobs.build.steps[2] './gate' does not pass input 'reports', which gate/action.yml requires (no default).",
      ".github/workflows/ci.yml:14:15: jobs.build.steps[3] 'acme/pipeline/missing@v1' refers to missing/action.yml, which does not exist.",
      ".github/workflows/ci.yml:15:15: jobs.build.steps[4] 'acme/pipeline@v3' refers to action.yml, which does not exist.",
      ".github/workflows/ci.yml:19:15: jobs.build.steps[6] './.github/workflows/reusable.yml' is a reusable workflow; call it from jobs.<id>.uses, not from a step.",
      ".github/workflows/ci.yml:21:11: jobs.call './.github/workflows/reusable.yml' does not pass input 'version', which .github/workflows/reusable.yml requires.",
      ".github/workflows/ci.yml:21:11: jobs.call './.github/workflows/reusable.yml' does not pass secret 'deploy-key', which .github/workflows/reusable.yml requires.",
      ".github/workflows/ci.yml:24:7: jobs.call './.github/workflows/reusable.yml' passes input 'extra', which .github/workflows/reusable.yml does not declare (declared: version, env-name).",
      ".github/workflows/ci.yml:26:7: jobs.call './.github/workflows/reusable.yml' passes secret 'other', which .github/workflows/reusable.yml does not declare (declared: deploy-key).",
      ".github/workflows/ci.yml:33:11: jobs.absent './.github/workflows/absent.yml' refers to .github/workflows/absent.yml, which does not exist.",
      ".github/workflows/ci.yml:35:11: jobs.not-callable './.github/workflows/ci.yml' calls .github/workflows/ci.yml, which has no 'on: workflow_call' trigger.",
      ".github/workflows/ci.yml:37:11: jobs.action-as-job 'acme/pipeline/gate@v3' is an action; jobs.<id>.uses takes a reusable workflow under .github/workflows/, use it in a step.",
      ".github/workflows/reusable.yml:17:15: jobs.run.steps[0] './gate' is in a reusable workflow, where './' resolves against the caller's checkout; use '<owner>/pipeline/gate@<ref>'.",
      "workflows-templates/starter.yml:12:11: jobs.gate.steps[1] 'acme/pipeline/gate@v3' passes input 'bogus', which gate/action.yml does not declare (declared: reports, token, mode).",
    ]);
  });

  it('checks calls made from composite actions too', async () => {
    const root = await repo({
      'gate/action.yml': gate,
      'action.yml': ['name: all', 'description: composite', 'runs:', '  using: composite', '  steps:', '    - uses: ./gate', '      with:', '        mode: x'],
    });
    expect(lines(checkReferences(root))).toEqual([
      "action.yml:6:13: runs.steps[0] './gate' does not pass input 'reports', which gate/action.yml requires (no default).",
    ]);
  });
});

describe('metadata lint', () => {
  const described = (name: string): string[] => [`  ${name}:`, `    description: the ${name}`];

  it('flags runtime, entry, dist, descriptions, schema drift both ways and orphaned sources', async () => {
    const root = await repo({
      'gate/action.yml': ['name: gate', 'description: d', 'inptus: {}', 'inputs:', '  a:', '    required: false', 'outputs:', '  result: {}', 'runs:', '  using: node20', '  main: ../dist/other/index.js'],
      'good/action.yml': ['name: good', 'description: d', 'inputs:', ...described('a'), ...described('b'), 'runs:', '  using: node24', '  main: ../dist/good/index.js', '  post: ../dist/good/post.js'],
      'dist/good/index.js': '',
      'actions/good/src/main.ts': '',
      'actions/good/src/inputs.ts': ["export const inputSchema = { a: {}, 'extra-read': {} };"],
      'actions/good/src/deep/domain.ts': ["import * as core from '@actions/core';", '', "export const sneaky = (): string => core.getInput('sneaky');", "export const fine = (): string => core.getInput('a');"],
      'action.yml': ['name: all', 'description: d', 'runs:', '  using: node24', '  main: dist/ci/index.js', '  pre: ../elsewhere/pre.js'],
      'actions/orphan/src/main.ts': '',
    });
    expect(lines(await checkActionMetadata(root))).toEqual([
      "action.yml: actions/ci/src/inputs.ts does not exist; export the action's input schema from it as 'inputSchema' so declared and read inputs can be compared.",
      'action.yml: actions/ci/src/main.ts does not exist; dist/ci/index.js is built from it.',
      "action.yml:3: runs.main 'dist/ci/index.js' does not exist; run 'npm run build' and commit dist/.",
      "action.yml:3: runs.pre '../elsewhere/pre.js' does not exist; run 'npm run build' and commit dist/.",
      "action.yml:3: runs.pre '../elsewhere/pre.js' must be in the action's bundle directory, dist/ci/.",
      'actions/good/src/deep/domain.ts:3: reads input \'sneaky\', which good/action.yml does not declare.',
      "actions/good/src/inputs.ts: inputSchema reads input 'extra-read', which good/action.yml does not declare.",
      'actions/orphan/src/main.ts: no action.yml runs dist/orphan/index.js; add orphan/action.yml (or reference it from the root action.yml).',
      "gate/action.yml:5:3: input 'a' has no description.",
      "gate/action.yml:8:3: output 'result' has no description.",
      "gate/action.yml:9: runs.main '../dist/other/index.js' does not exist; run 'npm run build' and commit dist/.",
      "gate/action.yml:9: runs.main is '../dist/other/index.js'; it must be '../dist/gate/index.js', the committed ncc bundle.",
      "gate/action.yml:9: runs.using is 'node20'; every action runs on 'node24'.",
      "good/action.yml:6:3: input 'b' is declared but not in actions/good/src/inputs.ts's inputSchema, so the action never reads it.",
      "good/action.yml:8: runs.post '../dist/good/post.js' does not exist; run 'npm run build' and commit dist/.",
    ]);
    expect(lines(await checkActionSyntax(root))).toEqual([expect.stringMatching(/^gate\/action\.yml:3:1: Unexpected value 'inptus'/)]);
  });

  it('reports an inputs.ts without an inputSchema object', async () => {
    const root = await repo({
      'x/action.yml': ['name: x', 'description: d', 'runs:', '  using: node24', '  main: ../dist/x/index.js'],
      'dist/x/index.js': '',
      'actions/x/src/main.ts': '',
      'actions/x/src/inputs.ts': ['export const schema = {};'],
    });
    expect(lines(await checkActionMetadata(root))).toEqual(["actions/x/src/inputs.ts: must export 'inputSchema', an object keyed by the kebab-case input names of action.yml."]);
  });
});

describe('hygiene checks', () => {
  it('requires SHA pins with a version comment, and digests for images', async () => {
    const root = await repo({
      '.github/workflows/ci.yml': [
        'on: push',
        'jobs:',
        '  a:',
        '    runs-on: ubuntu-latest',
        '    steps:',
        `      - uses: ${CHECKOUT}`,
        '      - uses: actions/setup-node@v5',
        '      - uses: actions/cache@0057852bfaa89a56745cba8c7296529d2fc39830',
        '      - uses: docker://alpine:3.20',
        `      - uses: docker://alpine@sha256:${'a'.repeat(64)}`,
        '      - uses: ./local',
        '      - uses: acme/pipeline/gate@v3',
        '  shared:',
        '    uses: other-org/workflows/.github/workflows/lint.yml@main',
        '  ours:',
        '    uses: acme/pipeline/.github/workflows/gate.yml@v3',
      ],
    });
    expect(lines(checkPinnedActions(root))).toEqual([
      ".github/workflows/ci.yml:7:15: jobs.a.steps[1] 'actions/setup-node@v5' must be pinned to a full 40-character commit SHA, with the version in a comment.",
      ".github/workflows/ci.yml:8:15: jobs.a.steps[2] 'actions/cache@0057852bfaa89a56745cba8c7296529d2fc39830' needs the version it pins in a trailing comment, such as '# v5.0.0'.",
      ".github/workflows/ci.yml:9:15: jobs.a.steps[3] 'docker://alpine:3.20' must pin the image by digest (@sha256:...).",
      ".github/workflows/ci.yml:14:11: jobs.shared 'other-org/workflows/.github/workflows/lint.yml@main' must be pinned to a full 40-character commit SHA, with the version in a comment.",
    ]);
  });

  it('flags github.event and github.head_ref interpolated into run scripts', async () => {
    const root = await repo({
      '.github/workflows/ci.yml': [
        'on: pull_request',
        'jobs:',
        '  a:',
        '    runs-on: ubuntu-latest',
        '    steps:',
        '      - run: echo "${{ github.event.pull_request.title }}"',
        '      - run: |',
        '          git checkout ${{ github.head_ref }}',
        '      - run: echo "$TITLE"',
        '        env:',
        '          TITLE: ${{ github.event.pull_request.title }}',
        '      - run: echo ${{ github.sha }}',
      ],
    });
    expect(lines(checkScriptInjection(root))).toEqual([
      '.github/workflows/ci.yml:6:14: jobs.a.steps[0] interpolates github.event/github.head_ref into a run script; pass it through env: and use the variable instead.',
      '.github/workflows/ci.yml:7:14: jobs.a.steps[1] interpolates github.event/github.head_ref into a run script; pass it through env: and use the variable instead.',
    ]);
  });
});

describe('template properties', () => {
  it('needs a properties file with name and description for each starter', async () => {
    const root = await repo({
      'workflows-templates/a.yml': 'on: push\n',
      'workflows-templates/b.yml': 'on: push\n',
      'workflows-templates/b.properties.json': JSON.stringify({ name: 'B', categories: 'ci' }),
      'workflows-templates/c.properties.json': JSON.stringify({ name: 'C', description: 'c' }),
    });
    expect(lines(checkTemplateProperties(root))).toEqual([
      'workflows-templates/a.yml: has no a.properties.json beside it; GitHub lists starter workflows by that file.',
      "workflows-templates/b.properties.json: 'categories' must be an array of strings.",
      "workflows-templates/b.properties.json: needs a non-empty string 'description'.",
      'workflows-templates/c.properties.json: describes c.yml, which does not exist.',
    ]);
  });
});

describe('symlink check', () => {
  it('finds file and directory links, but not inside node_modules', async () => {
    const root = await repo({ 'real/file.txt': 'x', 'node_modules/pkg/index.js': '' });
    await symlink(join(root, 'real/file.txt'), join(root, 'real/link.txt'));
    await symlink(join(root, 'real'), join(root, 'dir-link'));
    await symlink(join(root, 'real'), join(root, 'node_modules/pkg/link'));
    expect(findSymlinks(root).map((p) => p.file)).toEqual(['dir-link', 'real/link.txt']);
  });
});

describe('a clean repository', () => {
  it('passes every check, so the negative cases above are not just noise', async () => {
    const root = await repo({
      'gate/action.yml': [
        'name: gate',
        'description: d',
        'inputs:',
        '  reports:',
        '    description: files',
        '    required: true',
        '  github-token:',
        '    description: token',
        '    default: ${{ github.token }}',
        'outputs:',
        '  passed:',
        '    description: verdict',
        'runs:',
        '  using: node24',
        '  main: ../dist/gate/index.js',
      ],
      'dist/gate/index.js': '',
      'actions/gate/src/main.ts': '',
      'actions/gate/src/inputs.ts': ["export const inputSchema = { reports: {}, 'github-token': {} };"],
      '.github/workflows/gate.yml': [
        'on:',
        '  workflow_call:',
        '    inputs:',
        '      reports:',
        '        type: string',
        '        required: true',
        'permissions:',
        '  contents: read',
        'jobs:',
        '  gate:',
        '    runs-on: ubuntu-latest',
        '    steps:',
        `      - uses: ${CHECKOUT}`,
        '      - uses: acme/pipeline/gate@v3',
        '        with:',
        '          reports: ${{ inputs.reports }}',
      ],
      'workflows-templates/gate.yml': ['on: push', 'jobs:', '  gate:', '    uses: acme/pipeline/.github/workflows/gate.yml@v3', '    with:', '      reports: junit.xml'],
      'workflows-templates/gate.properties.json': JSON.stringify({ name: 'Gate', description: 'Quality gate', categories: ['Continuous integration'] }),
    });
    expect(listActionMetadataFiles(root)).toEqual(['gate/action.yml']);
    expect(findCalls(root)).toHaveLength(2);
    const checks = await checkRepository(root);
    expect(Object.fromEntries(Object.entries(checks).map(([name, problems]) => [name, lines(problems)]))).toEqual({
      workflowSyntax: [],
      actionSyntax: [],
      templates: [],
      references: [],
      metadata: [],
      pinning: [],
      injection: [],
      symlinks: [],
    });
  });
});
