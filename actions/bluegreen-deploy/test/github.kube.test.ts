// GitHub Deployments through the bundle, against the control plane and the contract-validated
// GitHub double: in_progress → success (earlier deployments inactive), failure on a rollback,
// and a read-only token that degrades to a warning without failing the deploy.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestNamespace, deleteTestNamespace, KubeHttp, useTestCluster } from '../../../test/kube/index.ts';
import type { ClusterLease } from '../../../test/kube/index.ts';
import { startGitHubDouble } from '../../../test/support/github-double/index.ts';
import type { GitHubDouble, JsonObject } from '../../../test/support/github-double/index.ts';
import type { RunActionResult } from '../../../test/support/runner/index.ts';
import { appManifests, runDeploy, Workspace } from './support/scenario.ts';

const APP = 'shop';
const ENVIRONMENT = 'staging';
const ENVIRONMENT_URL = 'https://shop.staging.example.test/';
const TOKEN = 'ghs_bluegreen_test_token_0001';
const READ_ONLY = 'ghs_bluegreen_read_only_0002';

let lease: ClusterLease;
let http: KubeHttp;
let ns: string;
let gh: GitHubDouble;
const ws = new Workspace();

beforeAll(async () => {
  lease = await useTestCluster();
  http = new KubeHttp({ server: lease.info.server, token: lease.info.admin.token, ca: lease.info.caPem });
  ns = await createTestNamespace(http, 'bg-gh');
  gh = await startGitHubDouble();
  gh.readOnlyToken(READ_ONLY);
}, 180_000);

afterAll(async () => {
  await gh.close();
  await deleteTestNamespace(http, ns);
  ws.dispose();
  await lease.release();
});

function deploy(image: string, runId: number, token = TOKEN): Promise<RunActionResult> {
  ws.write('deploy/app.yaml', appManifests({ app: APP, image, replicas: 1 }));
  return runDeploy({
    workspace: ws,
    kubeconfig: lease.info.kubeconfig,
    githubApiUrl: gh.url,
    token,
    runId,
    inputs: {
      namespace: ns, service: APP, manifests: 'deploy/app.yaml', 'scale-down-delay': '0s', timeout: '60s',
      'github-token': token, environment: ENVIRONMENT, 'environment-url': ENVIRONMENT_URL,
    },
  });
}

const runUrl = (runId: number) => `https://github.com/acme/shop/actions/runs/${runId}`;

function statesOf(id: number): string[] {
  return (gh.state.repo('acme', 'shop').deployments.get(id)?.statuses ?? []).map((s) => s['state'] as string);
}

function lastStatus(id: number): JsonObject | undefined {
  return gh.state.repo('acme', 'shop').deployments.get(id)?.statuses.at(-1);
}

describe('GitHub Deployments', () => {
  let v1 = 0;
  let v2 = 0;

  it('creates a deployment for v1 and takes it from in_progress to success with the environment and log URLs', async () => {
    const result = await deploy('sample-app:v1', 5101);
    expect(result.exitCode, result.stdout + result.stderr).toBe(0);
    expect(result.outputs['result']).toBe('promoted');
    v1 = Number(result.outputs['deployment-id']);
    expect(v1).toBeGreaterThan(0);
    expect(result.outputs['environment-url']).toBe(ENVIRONMENT_URL);
    const created = gh.callsTo('repos/create-deployment');
    expect(created).toHaveLength(1);
    expect(created[0]?.body).toMatchObject({ environment: ENVIRONMENT, payload: { namespace: ns, service: APP, colour: 'blue', images: { app: 'sample-app:v1' } } });
    expect(statesOf(v1)).toEqual(['in_progress', 'success']);
    expect(lastStatus(v1)).toMatchObject({ state: 'success', environment_url: ENVIRONMENT_URL, log_url: runUrl(5101) });
    expect(result.leaks).toEqual([]);
    gh.assertNoViolations();
  }, 120_000);

  it('marks v1 inactive once v2 succeeds', async () => {
    const result = await deploy('sample-app:v2', 5102);
    expect(result.exitCode, result.stdout + result.stderr).toBe(0);
    expect(result.outputs['active-color']).toBe('green');
    v2 = Number(result.outputs['deployment-id']);
    expect(v2).toBeGreaterThan(v1);
    expect(statesOf(v2)).toEqual(['in_progress', 'success']);
    expect(lastStatus(v2)).toMatchObject({ environment_url: ENVIRONMENT_URL, log_url: runUrl(5102) });
    expect(statesOf(v1).at(-1)).toBe('inactive');
    gh.assertNoViolations();
  }, 120_000);

  it('sets a crashing v3\'s deployment to failure and leaves v2 the successful one', async () => {
    const result = await deploy('sample-app:v3-crash', 5103);
    expect(result.exitCode, result.stdout + result.stderr).toBe(1);
    expect(result.outputs['result']).toBe('rolled-back');
    expect(result.outputs['active-color']).toBe('green');
    const v3 = Number(result.outputs['deployment-id']);
    expect(v3).toBeGreaterThan(v2);
    expect(statesOf(v3)).toEqual(['in_progress', 'failure']);
    expect(lastStatus(v3)).toMatchObject({ state: 'failure', log_url: runUrl(5103) });
    expect(String(lastStatus(v3)?.['description']).length).toBeLessThanOrEqual(140);
    expect(statesOf(v2).at(-1)).toBe('success');
    gh.assertNoViolations();
  }, 120_000);

  it('degrades to a warning with a read-only token, and the deploy still succeeds', async () => {
    const before = gh.state.repo('acme', 'shop').deployments.size;
    const result = await deploy('sample-app:v4', 5104, READ_ONLY);
    expect(result.exitCode, result.stdout + result.stderr).toBe(0);
    expect(result.outputs['result']).toBe('promoted');
    expect(result.outputs['deployment-id'] ?? '').toBe('');
    const warnings = result.annotations.filter((a) => a.level === 'warning').map((a) => a.message);
    expect(warnings.join('\n')).toMatch(/deployments: write/);
    expect(result.annotations.filter((a) => a.level === 'error')).toEqual([]);
    expect(gh.state.repo('acme', 'shop').deployments.size).toBe(before);
    expect(gh.callsTo('repos/create-deployment').at(-1)?.status).toBe(403);
    gh.assertNoViolations();
  }, 120_000);

  it('keeps a healthy deploy promoted when GitHub fails to record its success', async () => {
    // GitHub answers the success status with 404, as for a deployment deleted meanwhile (not retried, not a read-only token).
    let failSuccess = true;
    gh.on('POST', '/repos/{owner}/{repo}/deployments/{deployment_id}/statuses', async (request, tools) => {
      if (failSuccess && (request.body as { state?: string } | undefined)?.state === 'success') {
        return { status: 404, body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest/deployments/statuses#create-a-deployment-status', status: '404' } };
      }
      return tools.passThrough();
    });
    try {
      const result = await deploy('sample-app:v5', 5105);
      expect(result.exitCode, result.stdout + result.stderr).toBe(0);
      expect(result.outputs['result']).toBe('promoted');
      expect(result.outputs['active-color']).toBe('green');
      const id = Number(result.outputs['deployment-id']);
      expect(statesOf(id)).toEqual(['in_progress']);
      const warning = result.annotations.find((a) => a.level === 'warning' && a.message.startsWith(`Could not set GitHub deployment ${id} to success`));
      expect(warning?.message).toContain('The deploy goes on');
      expect((await http.get<{ spec: { selector: Record<string, string> } }>(`/api/v1/namespaces/${ns}/services/${APP}`)).spec.selector).toEqual({ app: APP, color: 'green' });
    } finally {
      failSuccess = false;
    }
    gh.assertNoViolations();
  }, 120_000);
});
