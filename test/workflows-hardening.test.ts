import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { YAMLMap } from 'yaml';
import {
  checkCallerPermissions,
  checkCheckoutCredentials,
  checkContextReferences,
  checkHardening,
  checkInterfaceDocs,
  checkJobPermissions,
  checkPrivilegedCheckout,
  checkReferences,
  checkSecretPassing,
  checkStarterTemplates,
  checkUntrustedInterpolation,
  contextPaths,
  findCalls,
  formatPath,
  formatProblem,
  interpolations,
  isGenerated,
  listWorkflowFiles,
  readWorkflow,
  sortProblems,
} from './support/workflows/index.ts';
import type { HardeningChecks, JobNode, Problem, WorkflowNode } from './support/workflows/index.ts';

const ROOT = join(import.meta.dirname, '..');
const CHECKOUT = 'actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8 # v5.0.0';

const temps: string[] = [];
afterAll(async () => {
  await Promise.all(temps.map((dir) => rm(dir, { recursive: true, force: true })));
});

/** A throwaway repository tree; file contents are joined lines. */
async function repo(files: Record<string, string | string[]>): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'workflow-hardening-'));
  temps.push(root);
  for (const [file, content] of Object.entries(files)) {
    await mkdir(dirname(join(root, file)), { recursive: true });
    await writeFile(join(root, file), Array.isArray(content) ? `${content.join('\n')}\n` : content);
  }
  return root;
}

const lines = (problems: Problem[]): string[] => sortProblems(problems).map(formatProblem);

/** A job of a workflow in this repository, or a failed expectation naming it. */
function job(workflow: WorkflowNode, id: string): JobNode {
  const found = workflow.jobs.find((j) => j.id === id);
  expect(found, `${workflow.file} has job ${id}`).toBeDefined();
  return found!;
}

const withOf = (node: { with: Array<{ key: { value: unknown }; value: unknown }> }, key: string): string | undefined => {
  const value = node.with.find((item) => item.key.value === key)?.value as { value?: unknown } | undefined;
  return value?.value === undefined ? undefined : String(value.value);
};

const usesOfSteps = (j: JobNode): string[] => j.steps.map((s) => String(s.uses?.value ?? 'run'));

const REUSABLE = ['ci', 'deploy', 'production', 'hotfix', 'security-rescan', 'delivery-report'].map((name) => `.github/workflows/${name}.yml`);
const STARTERS = ['service', 'production', 'security-rescan', 'delivery-report', 'hotfix'].map((name) => `workflows-templates/${name}.yml`);

describe('this repository', () => {
  let checks: HardeningChecks;
  beforeAll(async () => {
    checks = await checkHardening(ROOT);
  });

  it('has the reusable workflows, callable only through workflow_call, and the kind end-to-end check beside them', () => {
    const files = listWorkflowFiles(ROOT);
    for (const file of [...REUSABLE, ...STARTERS, '.github/workflows/kind-e2e.yml', '.github/workflows/suite-ci.yml']) expect(files).toContain(file);
    for (const file of REUSABLE) expect(readWorkflow(ROOT, file).triggers, file).toEqual(['workflow_call']);
    // kind-e2e tests this commit's actions through './<action>', which a caller's repository would not have.
    expect(readWorkflow(ROOT, '.github/workflows/kind-e2e.yml').triggers).not.toContain('workflow_call');
  });

  it('parses every workflow and starter with GitHub’s parser, without errors', () => {
    expect(lines(checks.syntax)).toEqual([]);
  });

  it('passes our actions and reusable workflows only declared inputs and secrets, and all required ones', () => {
    expect(lines(checks.references)).toEqual([]);
    const targets = findCalls(ROOT).map((call) => (call.target.kind === 'action' ? call.target.dir : call.target.path));
    for (const action of ['', 'quality-gate', 'trivy-scan', 'sbom', 'tenant-isolate', 'bluegreen-deploy', 'rollback-guard', 'delivery-report']) {
      // The root action stands in for quality-gate, trivy-scan and sbom in ci.yml; quality-gate is also dogfooded.
      expect(targets, `a call of ${action || 'the root action'}`).toContain(action);
    }
  });

  it('gives every job least-privilege permissions, and each caller what the called workflow asks for', () => {
    expect(lines([...checks.permissions, ...checks.callerPermissions])).toEqual([]);
  });

  it('pins third-party actions to commit SHAs with their versions', () => {
    expect(lines(checks.pinning)).toEqual([]);
  });

  it('interpolates nothing untrusted into scripts and checks out no pull request code in privileged workflows', () => {
    expect(lines([...checks.untrustedInterpolation, ...checks.privilegedCheckout])).toEqual([]);
  });

  it('passes secrets only by name', () => {
    expect(lines(checks.secrets)).toEqual([]);
  });

  it('documents every interface and names only inputs, steps, jobs and outputs that exist', () => {
    expect(lines([...checks.interfaces, ...checks.contextReferences])).toEqual([]);
  });

  it('keeps the checkout token out of .git/config', () => {
    expect(lines(checks.checkoutCredentials)).toEqual([]);
  });

  it('keeps starters thin callers at @v3 with complete properties', () => {
    expect(lines([...checks.starters, ...checks.templateProperties])).toEqual([]);
  });
});

describe('the pipeline workflows', () => {
  it('ci.yml gates, builds changed services multi-arch by digest, then scans, describes and only then tags them', () => {
    const ci = readWorkflow(ROOT, '.github/workflows/ci.yml');
    const gate = job(ci, 'gate');
    expect(usesOfSteps(gate)).toContain('org/pipeline@v3');
    const build = job(ci, 'build');
    const push = build.steps.find((s) => String(s.uses?.value).startsWith('docker/build-push-action@'))!;
    expect(withOf(push, 'outputs')).toMatch(/push-by-digest=true/);
    expect(withOf(push, 'platforms')).toBe('${{ inputs.platforms }}');
    expect(withOf(push, 'cache-from')).toMatch(/^type=gha/);
    expect(build.needs).toEqual(['changes']);
    // The gate and the change detection start at once; scan and sbom run side by side on one digest.
    expect(gate.needs).toEqual([]);
    expect(job(ci, 'changes').needs).toEqual([]);
    expect(job(ci, 'scan').needs).toEqual(job(ci, 'sbom').needs);
    expect(withOf(job(ci, 'scan').steps.find((s) => String(s.uses?.value) === 'org/pipeline/trivy-scan@v3')!, 'target')).toMatch(/@\$\{\{ fromJSON\(needs\.digests\.outputs\.digests\)/);
    expect(withOf(job(ci, 'sbom').steps.find((s) => String(s.uses?.value) === 'org/pipeline/sbom@v3')!, 'image')).toMatch(/@\$\{\{ fromJSON\(needs\.digests\.outputs\.digests\)/);
    expect(job(ci, 'publish').needs).toEqual(expect.arrayContaining(['gate', 'scan', 'sbom']));
    const tags = withOf(job(ci, 'publish').steps.find((s) => String(s.uses?.value).startsWith('docker/metadata-action@'))!, 'tags') ?? '';
    expect(tags).toMatch(/value=sha-\$\{\{ github\.sha \}\}/);
    expect(tags).toMatch(/value=develop-\$\{\{ github\.sha \}\}/);
    expect(tags).toMatch(/type=semver,pattern=\{\{version\}\}/);
  });

  it('deploy.yml isolates, migrates, deploys with step analysis and guards, one run per environment and service', () => {
    const deploy = readWorkflow(ROOT, '.github/workflows/deploy.yml');
    const only = job(deploy, 'deploy');
    const source = deploy.yaml.source;
    expect(source).toMatch(/concurrency:\n\s+group: deploy-\$\{\{ inputs\.environment \}\}-\$\{\{ inputs\.service \}\}\n\s+cancel-in-progress: false/);
    expect(source).toMatch(/environment:\n\s+name: \$\{\{ inputs\.environment \}\}\n\s+url: \$\{\{ inputs\.environment-url \}\}/);
    const order = only.steps.map((s) => s.id ?? String(s.uses?.value ?? 'run'));
    const before = (a: string, b: string): boolean => order.indexOf(a) >= 0 && order.indexOf(a) < order.indexOf(b);
    expect(before('tenants', 'backup') && before('backup', 'migrate') && before('migrate', 'deploy') && before('deploy', 'guard')).toBe(true);
    const bluegreen = only.steps.find((s) => s.id === 'deploy')!;
    expect(String(bluegreen.uses?.value)).toBe('org/pipeline/bluegreen-deploy@v3');
    expect(withOf(bluegreen, 'analysis')).toMatch(/prometheus-url/);
    expect(withOf(bluegreen, 'require-digest')).toBe('true');
    expect(String(only.steps.find((s) => s.id === 'tenants')?.uses?.value)).toBe('org/pipeline/tenant-isolate@v3');
    expect(withOf(only.steps.find((s) => s.id === 'tenants')!, 'verify')).toBe('true');
    expect(String(only.steps.find((s) => s.id === 'guard')?.uses?.value)).toBe('org/pipeline/rollback-guard@v3');
    const undo = only.steps[only.steps.length - 1]!;
    expect(String((undo.node as YAMLMap).get('if'))).toMatch(/^failure\(\) && steps\.migrate\.outcome == 'success'/);
  });

  it('production.yml refuses unstaged digests before the production job, and deploys the staged commit', () => {
    const production = readWorkflow(ROOT, '.github/workflows/production.yml');
    const staged = job(production, 'staged');
    expect(usesOfSteps(staged)).toEqual(['actions/github-script@ed597411d8f924073f98dfc5c65a23a2325f34cd']);
    expect(withOf(staged.steps[0]!, 'script')).toMatch(/listDeployments[\s\S]*listDeploymentStatuses[\s\S]*setFailed/);
    const deploy = job(production, 'deploy');
    expect(deploy.needs).toEqual(['staged']);
    expect(String(deploy.uses?.value)).toBe('org/pipeline/.github/workflows/deploy.yml@v3');
    expect(production.yaml.source).toMatch(/ref: \$\{\{ needs\.staged\.outputs\.sha \}\}/);
    expect(production.yaml.source).toMatch(/environment:\n\s+description: [^\n]*\n\s+type: string\n\s+default: production/);
  });

  it('hotfix.yml keeps the security gates, skips only the load tests, and back-merges', () => {
    const hotfix = readWorkflow(ROOT, '.github/workflows/hotfix.yml');
    const ci = job(hotfix, 'ci');
    expect(String(ci.uses?.value)).toBe('org/pipeline/.github/workflows/ci.yml@v3');
    const passed = (ci.node as YAMLMap).get('with') as YAMLMap;
    expect(passed.items.map((item) => String(item.key))).toEqual(expect.arrayContaining(['services', 'force-services', 'reports']));
    expect(passed.has('load-test-command')).toBe(false);
    for (const id of ['staging', 'production']) expect(String(job(hotfix, id).uses?.value)).toBe('org/pipeline/.github/workflows/deploy.yml@v3');
    expect(job(hotfix, 'production').needs).toEqual(['ci', 'staging']);
    expect(withOf(job(hotfix, 'back-merge').steps[0]!, 'script')).toMatch(/pulls\.create/);
  });

  it('security-rescan.yml scans the running images of each environment without recording deployments', () => {
    const rescan = readWorkflow(ROOT, '.github/workflows/security-rescan.yml');
    const scan = job(rescan, 'scan');
    expect(withOf(scan.steps.find((s) => s.id === 'scan')!, 'scan-type')).toBe('cluster-images');
    expect(rescan.yaml.source).toMatch(/environment:\n\s+name: \$\{\{ matrix\.environment \}\}\n\s+deployment: false/);
    expect(withOf(job(rescan, 'rebuild').steps.find((s) => s.id === 'dispatch')!, 'script')).toMatch(/createWorkflowDispatch/);
  });

  it('kind-e2e.yml deploys v1, v2 and a broken v3 with this commit’s actions on a kind cluster, and asserts the outcome', () => {
    const e2e = job(readWorkflow(ROOT, '.github/workflows/kind-e2e.yml'), 'e2e');
    const uses = usesOfSteps(e2e);
    expect(uses.filter((u) => u.startsWith('helm/kind-action@'))).toHaveLength(1);
    expect(uses.filter((u) => u === './tenant-isolate')).toHaveLength(1);
    expect(e2e.steps.filter((s) => String(s.uses?.value) === './bluegreen-deploy').map((s) => s.id)).toEqual(['v1', 'v2', 'v3']);
    expect(uses.filter((u) => u === './rollback-guard')).toHaveLength(2);
    const assertion = e2e.steps.find((s) => String((s.node as YAMLMap).get('name')) === 'Assert the outcomes');
    const reads = ((assertion?.node as YAMLMap | undefined)?.get('env') as YAMLMap | undefined)?.items.map((item) => String(item.key));
    expect(reads).toEqual(expect.arrayContaining(['TENANT_VERDICT', 'V2_RESULT', 'V2_GUARD', 'V3_RESULT', 'V3_GUARD_ROLLED_BACK']));
  });

  it('starters call the reusable workflows at @v3 and use $default-branch', () => {
    for (const file of STARTERS) {
      const starter = readWorkflow(ROOT, file);
      expect(starter.jobs.length, file).toBeGreaterThan(0);
      for (const j of starter.jobs) expect(String(j.uses?.value), `${file} ${j.id}`).toMatch(/^org\/pipeline\/\.github\/workflows\/[a-z-]+\.yml@v3$/);
    }
    expect(readWorkflow(ROOT, 'workflows-templates/service.yml').yaml.source).toMatch(/branches: \[\$default-branch\]/);
    expect(readWorkflow(ROOT, 'workflows-templates/production.yml').triggers).toEqual(['workflow_dispatch']);
  });
});

describe('expressions', () => {
  it('finds each ${{ }}, even with braces inside string literals', () => {
    expect(interpolations("a ${{ github.sha }} b ${{ format('{0}}}', inputs.x) }} ${{ unterminated")).toEqual([
      { body: 'github.sha', offset: 2, end: 19 },
      { body: "format('{0}}}', inputs.x)", offset: 22, end: 54 },
    ]);
  });

  it('reads context paths through functions, operators and computed indexes', () => {
    expect(contextPaths("fromJSON(needs.ci.outputs.digests)[matrix.service] || github['head_ref'] && !steps.x.outputs['a-b']").map(formatPath)).toEqual([
      'needs.ci.outputs.digests',
      'matrix.service',
      'github.head_ref',
      'steps.x.outputs.a-b',
    ]);
    expect(contextPaths("github.event.commits.*.message == 'x' && hashFiles('a')").map(formatPath)).toEqual(['github.event.commits[…]']);
  });

  it.each([
    ['github.sha', true],
    ['github.run_id', true],
    ['runner.temp', true],
    ['strategy.job-index', true],
    ['steps.build.outcome', true],
    ['needs.build.result', true],
    ['job.status', true],
    ['github.event.pull_request.title', false],
    ['github.head_ref', false],
    ['github.ref_name', false],
    ['github.actor', false],
    ['github', false],
    ['inputs.digest', false],
    ['matrix.service', false],
    ['env.TOKEN', false],
    ['vars.URL', false],
    ['secrets.TOKEN', false],
    ['steps.build.outputs.digest', false],
    ['needs.build.outputs.digest', false],
  ])('treats %s as GitHub-generated: %s', (expression, generated) => {
    const [path] = contextPaths(expression);
    expect(isGenerated(path!)).toBe(generated);
  });
});

// Each rule below gets a snippet it must flag, beside one it must accept.
describe('rule: least-privilege permissions', () => {
  it('flags missing, shorthand and top-level write permissions', async () => {
    const root = await repo({
      '.github/workflows/none.yml': ['on: push', 'jobs:', '  a:', '    runs-on: ubuntu-latest', '    steps:', '      - run: echo'],
      '.github/workflows/broad.yml': [
        'on: push',
        'permissions:',
        '  contents: write',
        '  issues: read',
        'jobs:',
        '  a:',
        '    runs-on: ubuntu-latest',
        '    permissions: write-all',
        '    steps:',
        '      - run: echo',
        '  b:',
        '    runs-on: ubuntu-latest',
        '    permissions: {}',
        '    steps:',
        '      - run: echo',
      ],
      '.github/workflows/all.yml': ['on: push', 'permissions: read-all', 'jobs:', '  a:', '    runs-on: ubuntu-latest', '    permissions:', '      contents: read', '    steps:', '      - run: echo'],
    });
    expect(lines(checkJobPermissions(root))).toEqual([
      ".github/workflows/all.yml:2:14: top-level permissions are 'read-all'; grant `{}` or read scopes at the top and the rest on the jobs that use them.",
      '.github/workflows/broad.yml:2:1: top-level permissions grant contents: write to every job; grant it on the jobs that use it.',
      ".github/workflows/broad.yml:8:18: jobs.a asks for 'write-all'; list the scopes the job uses instead.",
      '.github/workflows/none.yml:1: declares no top-level permissions; add `permissions: {}` (or `contents: read`) so a job without its own gets no more than that.',
      '.github/workflows/none.yml:3:3: jobs.a declares no permissions; list the scopes it uses (`permissions: {}` for none).',
    ]);
  });

  it('flags a caller that grants less than the called workflow’s jobs ask for', async () => {
    const callee = [
      'on:',
      '  workflow_call:',
      'permissions: {}',
      'jobs:',
      '  build:',
      '    runs-on: ubuntu-latest',
      '    permissions:',
      '      contents: read',
      '      packages: write',
      '    steps:',
      '      - run: echo',
      '  report:',
      '    runs-on: ubuntu-latest',
      '    permissions:',
      '      issues: write',
      '    steps:',
      '      - run: echo',
    ];
    const root = await repo({
      '.github/workflows/build.yml': callee,
      'workflows-templates/short.yml': [
        'on: push',
        'permissions: {}',
        'jobs:',
        '  call:',
        '    permissions:',
        '      contents: read',
        '      packages: read',
        '    uses: acme/pipeline/.github/workflows/build.yml@v3',
        '  enough:',
        '    permissions:',
        '      contents: write',
        '      packages: write',
        '      issues: write',
        '    uses: acme/pipeline/.github/workflows/build.yml@v3',
      ],
    });
    expect(lines(checkCallerPermissions(root))).toEqual([
      "workflows-templates/short.yml:8:11: jobs.call calls .github/workflows/build.yml, whose job 'build' asks for packages: write, but this job grants packages: read; GitHub refuses to start the run. Grant packages: write on jobs.call.",
      "workflows-templates/short.yml:8:11: jobs.call calls .github/workflows/build.yml, whose job 'report' asks for issues: write, but this job grants issues: none; GitHub refuses to start the run. Grant issues: write on jobs.call.",
    ]);
  });
});

describe('rule: third-party actions pinned by SHA', () => {
  it('flags tags, branches and pins without a version comment, in steps and reusable workflow calls', async () => {
    const root = await repo({
      '.github/workflows/ci.yml': [
        'on: push',
        'permissions: {}',
        'jobs:',
        '  a:',
        '    runs-on: ubuntu-latest',
        '    permissions: {}',
        '    steps:',
        `      - uses: ${CHECKOUT}`,
        '        with:',
        '          persist-credentials: false',
        '      - uses: docker/login-action@v3',
        '      - uses: docker/build-push-action@263435318d21b8e681c14492fe198d362a7d2c83',
        '  shared:',
        '    permissions: {}',
        '    uses: someone/workflows/.github/workflows/lint.yml@main',
      ],
    });
    expect(lines((await checkHardening(root)).pinning)).toEqual([
      ".github/workflows/ci.yml:11:15: jobs.a.steps[1] 'docker/login-action@v3' must be pinned to a full 40-character commit SHA, with the version in a comment.",
      ".github/workflows/ci.yml:12:15: jobs.a.steps[2] 'docker/build-push-action@263435318d21b8e681c14492fe198d362a7d2c83' needs the version it pins in a trailing comment, such as '# v5.0.0'.",
      ".github/workflows/ci.yml:15:11: jobs.shared 'someone/workflows/.github/workflows/lint.yml@main' must be pinned to a full 40-character commit SHA, with the version in a comment.",
    ]);
  });
});

describe('rule: no untrusted context in scripts', () => {
  it('flags every non-generated value pasted into run and github-script, and accepts env and generated values', async () => {
    const root = await repo({
      '.github/workflows/ci.yml': [
        'on:',
        '  workflow_dispatch:',
        '    inputs:',
        '      digest: { description: d, type: string }',
        'permissions: {}',
        'jobs:',
        '  a:',
        '    runs-on: ubuntu-latest',
        '    permissions: {}',
        '    steps:',
        '      - id: one',
        '        run: echo "${{ github.event.issue.title }}" "${{ inputs.digest }}" "${{ github.head_ref }}"',
        '      - run: |',
        '          deploy ${{ steps.one.outputs.x }} ${{ env.TAG }} ${{ secrets.TOKEN }} ${{ vars.URL }}',
        '      - uses: actions/github-script@ed597411d8f924073f98dfc5c65a23a2325f34cd # v8.0.0',
        '        with:',
        "          script: core.info('${{ github.event.comment.body }}')",
        '      - run: echo "$TITLE" ${{ github.sha }} ${{ runner.temp }} ${{ steps.one.outcome }} ${{ strategy.job-index }}',
        '        env:',
        '          TITLE: ${{ github.event.issue.title }}',
      ],
    });
    expect(lines(checkUntrustedInterpolation(root))).toEqual([
      '.github/workflows/ci.yml:12:14: jobs.a.steps[0] pastes ${{ github.event.issue.title }} into its run script, where a crafted value runs as code; pass it through env: and read the variable.',
      '.github/workflows/ci.yml:12:14: jobs.a.steps[0] pastes ${{ github.head_ref }} into its run script, where a crafted value runs as code; pass it through env: and read the variable.',
      '.github/workflows/ci.yml:12:14: jobs.a.steps[0] pastes ${{ inputs.digest }} into its run script, where a crafted value runs as code; pass it through env: and read the variable.',
      '.github/workflows/ci.yml:13:14: jobs.a.steps[1] pastes ${{ env.TAG }} into its run script, where a crafted value runs as code; pass it through env: and read the variable.',
      '.github/workflows/ci.yml:13:14: jobs.a.steps[1] pastes ${{ secrets.TOKEN }} into its run script, where a crafted value runs as code; pass it through env: and read the variable.',
      '.github/workflows/ci.yml:13:14: jobs.a.steps[1] pastes ${{ steps.one.outputs.x }} into its run script, where a crafted value runs as code; pass it through env: and read the variable.',
      '.github/workflows/ci.yml:13:14: jobs.a.steps[1] pastes ${{ vars.URL }} into its run script, where a crafted value runs as code; pass it through env: and read the variable.',
      '.github/workflows/ci.yml:17:19: jobs.a.steps[2] pastes ${{ github.event.comment.body }} into its github-script script, where a crafted value runs as code; pass it through env: and read the variable.',
    ]);
  });
});

describe('rule: no pull request code in privileged workflows', () => {
  it('flags checking out or fetching the head in pull_request_target and workflow_run, not the base checkout', async () => {
    const job = (steps: string[]): string[] => ['permissions: {}', 'jobs:', '  a:', '    runs-on: ubuntu-latest', '    permissions: {}', '    steps:', ...steps];
    const root = await repo({
      '.github/workflows/target.yml': [
        'on: pull_request_target',
        ...job([
          `      - uses: ${CHECKOUT}`,
          '        with:',
          '          ref: ${{ github.event.pull_request.head.sha }}',
          '          persist-credentials: false',
          `      - uses: ${CHECKOUT}`,
          '        with:',
          '          persist-credentials: false',
          '      - run: gh pr checkout "$PR"',
        ]),
      ],
      '.github/workflows/run.yml': [
        'on:',
        '  workflow_run:',
        '    workflows: [ci]',
        '    types: [completed]',
        ...job([`      - uses: ${CHECKOUT}`, '        with:', '          ref: refs/pull/${{ github.event.workflow_run.pull_requests[0].number }}/head', '          persist-credentials: false']),
      ],
      '.github/workflows/ordinary.yml': ['on: pull_request', ...job([`      - uses: ${CHECKOUT}`, '        with:', '          ref: ${{ github.event.pull_request.head.sha }}', '          persist-credentials: false'])],
      // The merge commit holds the author's code as much as the head does.
      '.github/workflows/merged.yml': ['on: pull_request_target', ...job([`      - uses: ${CHECKOUT}`, '        with:', '          ref: ${{ github.event.pull_request.merge_commit_sha }}', '          persist-credentials: false'])],
    });
    expect(lines(checkPrivilegedCheckout(root))).toEqual([
      ".github/workflows/merged.yml:10:16: jobs.a.steps[0] checks out the pull request's code in a pull_request_target workflow, which runs with the base repository's secrets and write token; check out the base, or move the build to a pull_request workflow.",
      ".github/workflows/run.yml:13:16: jobs.a.steps[0] checks out the pull request's code in a workflow_run workflow, which runs with the base repository's secrets and write token; check out the base, or move the build to a pull_request workflow.",
      ".github/workflows/target.yml:10:16: jobs.a.steps[0] checks out the pull request's code in a pull_request_target workflow, which runs with the base repository's secrets and write token; check out the base, or move the build to a pull_request workflow.",
      ".github/workflows/target.yml:15:14: jobs.a.steps[2] fetches the pull request's code in a pull_request_target workflow, which runs with the base repository's secrets and write token; move it to a pull_request workflow.",
    ]);
  });
});

describe('rule: secrets passed by name', () => {
  it('flags secrets: inherit, the whole secrets context and undeclared secrets of a called workflow', async () => {
    const root = await repo({
      '.github/workflows/called.yml': [
        'on:',
        '  workflow_call:',
        '    secrets:',
        '      DEPLOY_KEY: { description: key, required: true }',
        'permissions: {}',
        'jobs:',
        '  a:',
        '    runs-on: ubuntu-latest',
        '    permissions: {}',
        '    steps:',
        '      - run: ./deploy.sh',
        '        env:',
        '          KEY: ${{ secrets.DEPLOY_KEY }}',
        '          OTHER: ${{ secrets.SLACK_TOKEN }}',
        '          TOKEN: ${{ secrets.GITHUB_TOKEN }}',
        '          ALL: ${{ toJSON(secrets) }}',
      ],
      '.github/workflows/caller.yml': [
        'on: push',
        'permissions: {}',
        'jobs:',
        '  call:',
        '    permissions: {}',
        '    uses: ./.github/workflows/called.yml',
        '    secrets: inherit',
        '  named:',
        '    permissions: {}',
        '    uses: ./.github/workflows/called.yml',
        '    secrets:',
        '      DEPLOY_KEY: ${{ secrets.DEPLOY_KEY }}',
      ],
    });
    expect(lines(checkSecretPassing(root))).toEqual([
      '.github/workflows/called.yml:14:18: reads secrets.SLACK_TOKEN, which on.workflow_call.secrets does not declare; a called workflow gets only declared secrets unless callers use `secrets: inherit`. Declare it.',
      '.github/workflows/called.yml:16:16: reads the whole secrets context; pass each secret by name.',
      '.github/workflows/caller.yml:7:14: jobs.call passes `secrets: inherit`, handing the called workflow every secret; pass the ones it declares by name.',
    ]);
  });
});

describe('rule: every file parses with GitHub’s parser', () => {
  it('reports parser errors through checkHardening', async () => {
    const root = await repo({
      '.github/workflows/bad.yml': ['on: push', 'permissions: {}', 'jobs:', '  a:', '    runs-on: ubuntu-latest', '    permissions: {}', '    timeout: 5', '    steps:', '      - run: echo'],
      'workflows-templates/bad.yml': ['on: [push', ''],
    });
    const { syntax } = await checkHardening(root);
    expect(lines(syntax)).toEqual([expect.stringMatching(/^\.github\/workflows\/bad\.yml:7:5: Unexpected value 'timeout'$/), expect.stringMatching(/^workflows-templates\/bad\.yml:\d+:\d+: /)]);
  });
});

describe('rule: calls of our actions and reusable workflows match what they declare', () => {
  const gate = [
    'name: gate',
    'description: d',
    'inputs:',
    '  reports: { description: r, required: true }',
    '  fail: { description: f, default: "true" }',
    'outputs:',
    '  passed: { description: p }',
    'runs:',
    '  using: node24',
    '  main: ../dist/gate/index.js',
  ];
  const deploy = [
    'on:',
    '  workflow_call:',
    '    inputs:',
    '      digest: { description: d, type: string, required: true }',
    '    secrets:',
    '      KUBECONFIG: { description: k, required: true }',
    'permissions: {}',
    'jobs:',
    '  a:',
    '    runs-on: ubuntu-latest',
    '    permissions: {}',
    '    steps:',
    '      - uses: acme/pipeline/gate@v3',
    '        with:',
    '          reports: r',
  ];

  it('resolves org/pipeline/<action>@v3, ./<action> and both workflow forms to this repository and checks them', async () => {
    const root = await repo({
      'gate/action.yml': gate,
      '.github/workflows/deploy.yml': deploy,
      '.github/workflows/release.yml': [
        'on:',
        '  workflow_call:',
        'permissions: {}',
        'jobs:',
        '  nested:',
        '    permissions: {}',
        '    uses: ./.github/workflows/deploy.yml',
        '    with:',
        '      digest: sha256:1',
        '    secrets:',
        '      KUBECONFIG: ${{ secrets.KUBECONFIG }}',
      ],
      'workflows-templates/service.yml': [
        'on: push',
        'permissions: {}',
        'jobs:',
        '  deploy:',
        '    permissions: {}',
        '    uses: acme/pipeline/.github/workflows/deploy.yml@v3',
        '    with:',
        '      digest: sha256:1',
        '      namespace: shop',
        '  gate:',
        '    runs-on: ubuntu-latest',
        '    permissions: {}',
        '    steps:',
        '      - uses: acme/pipeline/gate@v3',
        '        with:',
        '          fail: false',
      ],
      '.github/workflows/suite.yml': ['on: push', 'permissions: {}', 'jobs:', '  a:', '    runs-on: ubuntu-latest', '    permissions: {}', '    steps:', '      - uses: ./gate', '        with:', '          report: typo'],
    });
    expect(lines(checkReferences(root))).toEqual([
      ".github/workflows/release.yml:7:11: jobs.nested './.github/workflows/deploy.yml' is in a reusable workflow, where './' resolves against the calling repository; use '<owner>/pipeline/.github/workflows/deploy.yml@<ref>'.",
      ".github/workflows/suite.yml:8:15: jobs.a.steps[0] './gate' does not pass input 'reports', which gate/action.yml requires (no default).",
      ".github/workflows/suite.yml:10:11: jobs.a.steps[0] './gate' passes input 'report', which gate/action.yml does not declare (declared: reports, fail).",
      "workflows-templates/service.yml:6:11: jobs.deploy 'acme/pipeline/.github/workflows/deploy.yml@v3' does not pass secret 'KUBECONFIG', which .github/workflows/deploy.yml requires.",
      "workflows-templates/service.yml:9:7: jobs.deploy 'acme/pipeline/.github/workflows/deploy.yml@v3' passes input 'namespace', which .github/workflows/deploy.yml does not declare (declared: digest).",
      "workflows-templates/service.yml:14:15: jobs.gate.steps[0] 'acme/pipeline/gate@v3' does not pass input 'reports', which gate/action.yml requires (no default).",
    ]);
  });

  it('names only declared inputs, existing steps and jobs, and declared outputs in expressions', async () => {
    const root = await repo({
      'gate/action.yml': gate,
      '.github/workflows/deploy.yml': [
        'on:',
        '  workflow_call:',
        '    inputs:',
        '      digest: { description: d, type: string, required: true }',
        '    outputs:',
        '      result: { description: r, value: "${{ jobs.gate.outputs.passed }}" }',
        '      typo: { description: t, value: "${{ jobs.gate.outputs.pased }}" }',
        '      ghost: { description: g, value: "${{ jobs.nope.outputs.x }}" }',
        'permissions: {}',
        'jobs:',
        '  gate:',
        '    runs-on: ubuntu-latest',
        '    permissions: {}',
        '    outputs:',
        '      passed: ${{ steps.g.outputs.passed }}',
        '      wrong: ${{ steps.g.outputs.verdict }}',
        '    steps:',
        '      - id: g',
        '        uses: acme/pipeline/gate@v3',
        '        with:',
        '          reports: ${{ inputs.digest }} ${{ inputs.digset }}',
        '  after:',
        '    needs: gate',
        '    if: needs.gate.outputs.passed == true && needs.gate.outputs.failed',
        '    runs-on: ubuntu-latest',
        '    permissions: {}',
        '    steps:',
        '      - run: echo "$A $B"',
        '        env:',
        '          A: ${{ needs.build.outputs.digest }}',
        '          B: ${{ steps.missing.outcome }}',
      ],
      'workflows-templates/caller.yml': [
        'on: push',
        'permissions: {}',
        'jobs:',
        '  deploy:',
        '    permissions: {}',
        '    uses: acme/pipeline/.github/workflows/deploy.yml@v3',
        '    with:',
        '      digest: sha256:1',
        '  next:',
        '    needs: deploy',
        '    runs-on: ubuntu-latest',
        '    permissions: {}',
        '    steps:',
        '      - run: echo "$R"',
        '        env:',
        '          R: ${{ needs.deploy.outputs.result }} ${{ needs.deploy.outputs.digest }}',
      ],
    });
    expect(lines(checkContextReferences(root))).toEqual([
      '.github/workflows/deploy.yml:7:38: reads jobs.gate.outputs.pased, which jobs.gate does not offer (outputs: passed, wrong).',
      '.github/workflows/deploy.yml:8:39: reads jobs.nope, which is not a job of this workflow.',
      '.github/workflows/deploy.yml:16:14: jobs.gate reads steps.g.outputs.verdict, which acme/pipeline/gate@v3 does not declare (outputs: passed).',
      '.github/workflows/deploy.yml:21:20: reads inputs.digset, which the workflow does not declare (declared: digest).',
      '.github/workflows/deploy.yml:24:9: jobs.after reads needs.gate.outputs.failed, which jobs.gate does not offer (outputs: passed, wrong).',
      ".github/workflows/deploy.yml:30:14: jobs.after reads needs.build, but 'build' is not in jobs.after.needs (gate).",
      '.github/workflows/deploy.yml:31:14: jobs.after reads steps.missing, but no step of jobs.after has id \'missing\' (ids: none).',
      'workflows-templates/caller.yml:16:14: jobs.next reads needs.deploy.outputs.digest, which jobs.deploy does not offer (outputs: result, typo, ghost).',
    ]);
  });
});

describe('rule: documented interfaces', () => {
  it('flags workflow_call inputs, secrets and outputs and workflow_dispatch inputs without a description', async () => {
    const root = await repo({
      '.github/workflows/x.yml': [
        'on:',
        '  workflow_call:',
        '    inputs:',
        '      documented: { description: fine, type: string }',
        '      bare: { type: string }',
        '    secrets:',
        '      TOKEN: { required: false }',
        '    outputs:',
        '      out: { value: "${{ jobs.a.outputs.x }}" }',
        '  workflow_dispatch:',
        '    inputs:',
        "      service: { description: '  ', type: string }",
        'permissions: {}',
        'jobs:',
        '  a:',
        '    runs-on: ubuntu-latest',
        '    permissions: {}',
        '    outputs: { x: y }',
        '    steps:',
        '      - run: echo',
      ],
    });
    expect(lines(checkInterfaceDocs(root))).toEqual([
      '.github/workflows/x.yml:5:7: on.workflow_call.inputs.bare has no description; callers read it to know what to pass.',
      '.github/workflows/x.yml:7:7: on.workflow_call.secrets.TOKEN has no description; callers read it to know what to pass.',
      '.github/workflows/x.yml:9:7: on.workflow_call.outputs.out has no description; callers read it to know what to pass.',
      '.github/workflows/x.yml:12:7: on.workflow_dispatch.inputs.service has no description; callers read it to know what to pass.',
    ]);
  });
});

describe('rule: checkout without persisted credentials', () => {
  it('flags a checkout that keeps the token', async () => {
    const root = await repo({
      '.github/workflows/x.yml': [
        'on: push',
        'permissions: {}',
        'jobs:',
        '  a:',
        '    runs-on: ubuntu-latest',
        '    permissions: {}',
        '    steps:',
        `      - uses: ${CHECKOUT}`,
        `      - uses: ${CHECKOUT}`,
        '        with:',
        '          persist-credentials: true',
        `      - uses: ${CHECKOUT}`,
        '        with:',
        '          persist-credentials: false',
      ],
    });
    expect(lines(checkCheckoutCredentials(root))).toEqual([
      '.github/workflows/x.yml:8:15: jobs.a.steps[0] leaves the token in .git/config for every later step; set `persist-credentials: false`.',
      '.github/workflows/x.yml:9:15: jobs.a.steps[1] leaves the token in .git/config for every later step; set `persist-credentials: false`.',
    ]);
  });
});

describe('rule: starters are thin callers at @v3', () => {
  it('flags steps, other refs, literal branch names and incomplete properties', async () => {
    const root = await repo({
      '.github/workflows/ci.yml': ['on:', '  workflow_call:', 'permissions: {}', 'jobs:', '  a:', '    runs-on: ubuntu-latest', '    permissions: {}', '    steps:', '      - run: echo'],
      'workflows-templates/bad.yml': [
        'on:',
        '  push:',
        '    branches: [main, $default-branch]',
        'permissions: {}',
        'jobs:',
        '  steps:',
        '    runs-on: ubuntu-latest',
        '    permissions: {}',
        '    steps:',
        '      - run: make',
        '  pinned:',
        '    permissions: {}',
        '    uses: acme/pipeline/.github/workflows/ci.yml@v2',
        '  foreign:',
        '    permissions: {}',
        '    uses: someone/else/.github/workflows/ci.yml@0123456789abcdef0123456789abcdef01234567 # v1.0.0',
      ],
      'workflows-templates/bad.properties.json': JSON.stringify({ name: 'Bad', description: 'b', filePatterns: ['(unclosed'] }),
      'workflows-templates/good.yml': ['on:', '  pull_request:', '    branches: [$default-branch]', 'permissions: {}', 'jobs:', '  ci:', '    permissions: {}', '    uses: acme/pipeline/.github/workflows/ci.yml@v3'],
      'workflows-templates/good.properties.json': JSON.stringify({ name: 'Good', description: 'g', categories: ['Deployment'], filePatterns: ['Dockerfile$'] }),
    });
    expect(lines(checkStarterTemplates(root))).toEqual([
      "workflows-templates/bad.properties.json: filePatterns entry '(unclosed' is not a regular expression: Invalid regular expression: /(unclosed/: Unterminated group",
      "workflows-templates/bad.properties.json: needs 'categories', a non-empty array (GitHub groups starters by them).",
      "workflows-templates/bad.yml:3:16: filters on branch 'main'; write $default-branch, which GitHub replaces with the adopting repository's default branch.",
      'workflows-templates/bad.yml:6:3: jobs.steps runs its own steps; a starter stays a thin caller of a reusable workflow (jobs.<id>.uses: org/pipeline/.github/workflows/<name>.yml@v3).',
      "workflows-templates/bad.yml:13:11: jobs.pinned calls 'acme/pipeline/.github/workflows/ci.yml@v2'; starters follow @v3, the major version that receives fixes.",
      "workflows-templates/bad.yml:16:11: jobs.foreign calls 'someone/else/.github/workflows/ci.yml@0123456789abcdef0123456789abcdef01234567'; starters call org/pipeline/.github/workflows/<name>.yml@v3.",
    ]);
  });
});

describe('a hardened repository', () => {
  it('passes every rule, so the findings above are not noise', async () => {
    const root = await repo({
      'gate/action.yml': [
        'name: gate',
        'description: d',
        'inputs:',
        '  reports: { description: r, required: true }',
        'outputs:',
        '  passed: { description: p }',
        'runs:',
        '  using: node24',
        '  main: ../dist/gate/index.js',
      ],
      '.github/workflows/gate.yml': [
        'on:',
        '  workflow_call:',
        '    inputs:',
        '      reports: { description: r, type: string, required: true }',
        '    secrets:',
        '      TOKEN: { description: t, required: false }',
        '    outputs:',
        '      passed: { description: p, value: "${{ jobs.gate.outputs.passed }}" }',
        'permissions: {}',
        'jobs:',
        '  gate:',
        '    runs-on: ubuntu-latest',
        '    permissions:',
        '      contents: read',
        '      checks: write',
        '    outputs:',
        '      passed: ${{ steps.gate.outputs.passed }}',
        '    steps:',
        `      - uses: ${CHECKOUT}`,
        '        with:',
        '          persist-credentials: false',
        '      - run: ./test.sh "$REPORTS" ${{ github.sha }}',
        '        env:',
        '          REPORTS: ${{ inputs.reports }}',
        '          TOKEN: ${{ secrets.TOKEN }}',
        '      - id: gate',
        '        if: ${{ !cancelled() }}',
        '        uses: acme/pipeline/gate@v3',
        '        with:',
        '          reports: ${{ inputs.reports }}',
      ],
      'workflows-templates/gate.yml': [
        'on:',
        '  push:',
        '    branches: [$default-branch]',
        'permissions: {}',
        'jobs:',
        '  gate:',
        '    permissions:',
        '      contents: read',
        '      checks: write',
        '    uses: acme/pipeline/.github/workflows/gate.yml@v3',
        '    with:',
        '      reports: junit.xml',
        '    secrets:',
        '      TOKEN: ${{ secrets.GATE_TOKEN }}',
      ],
      'workflows-templates/gate.properties.json': JSON.stringify({ name: 'Gate', description: 'g', iconName: 'octicon check', categories: ['Continuous integration'], filePatterns: ['package\\.json$'] }),
    });
    const checks = await checkHardening(root);
    expect(Object.fromEntries(Object.entries(checks).map(([rule, problems]) => [rule, lines(problems)]))).toEqual(
      Object.fromEntries(Object.keys(checks).map((rule) => [rule, []])),
    );
    expect(Object.keys(checks)).toHaveLength(13);
  });
});
