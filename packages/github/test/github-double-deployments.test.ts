// The GitHub double's deployments, held to GitHub's documented behaviour through raw REST calls,
// so the library tests above it rest on a double that behaves as GitHub says it does.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startHarness } from './helpers.ts';
import type { Harness } from './helpers.ts';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => {
  await h.gh.close();
});

const owner = 'acme';
const repo = 'shop';

async function create(fields: { ref: string; environment: string; task?: string }): Promise<number> {
  const { data } = await h.client.rest.repos.createDeployment({ owner, repo, auto_merge: false, required_contexts: [], ...fields });
  return Number((data as { id: number }).id);
}

describe('GitHub double: deployments', () => {
  it('filters the list by sha, ref, task and environment, newest first', async () => {
    const main = h.gh.state.repo(owner, repo).refs.get('heads/main')!;
    const other = 'a'.repeat(40);
    const a = await create({ ref: 'main', environment: 'staging' });
    const b = await create({ ref: other, environment: 'staging', task: 'deploy:migrations' });
    const c = await create({ ref: 'main', environment: 'production' });
    const ids = async (query: { sha?: string; ref?: string; task?: string; environment?: string }) => {
      const { data } = await h.client.rest.repos.listDeployments({ owner, repo, ...query });
      return data.map((d) => d.id);
    };
    expect(await ids({})).toEqual([c, b, a]);
    expect(await ids({ environment: 'staging' })).toEqual([b, a]);
    expect(await ids({ sha: main })).toEqual([c, a]);
    expect(await ids({ ref: other })).toEqual([b]);
    expect(await ids({ task: 'deploy:migrations' })).toEqual([b]);
    expect(await ids({ environment: 'staging', sha: main })).toEqual([a]);
    expect(await ids({ environment: 'qa' })).toEqual([]);
    h.gh.assertNoViolations();
  });

  it('round-trips environment_url and log_url (which also sets target_url), newest status first', async () => {
    const id = await create({ ref: 'main', environment: 'staging' });
    await h.client.rest.repos.createDeploymentStatus({ owner, repo, deployment_id: id, state: 'in_progress', log_url: 'https://ci.example/run/1' });
    await h.client.rest.repos.createDeploymentStatus({ owner, repo, deployment_id: id, state: 'success', environment_url: 'https://staging.example', log_url: 'https://ci.example/run/1' });
    const { data } = await h.client.rest.repos.listDeploymentStatuses({ owner, repo, deployment_id: id });
    expect(data.map((s) => [s.state, s.environment_url, s.log_url, s.target_url])).toEqual([
      ['success', 'https://staging.example', 'https://ci.example/run/1', 'https://ci.example/run/1'],
      ['in_progress', '', 'https://ci.example/run/1', 'https://ci.example/run/1'],
    ]);
    h.gh.assertNoViolations();
  });

  it('takes a status\'s environment from the previous status, else the deployment, and moves the deployment', async () => {
    const id = await create({ ref: 'main', environment: 'staging' });
    const first = await h.client.rest.repos.createDeploymentStatus({ owner, repo, deployment_id: id, state: 'in_progress' });
    expect(first.data.environment).toBe('staging');
    await h.client.rest.repos.createDeploymentStatus({ owner, repo, deployment_id: id, state: 'in_progress', environment: 'qa' });
    const third = await h.client.rest.repos.createDeploymentStatus({ owner, repo, deployment_id: id, state: 'success' });
    expect(third.data.environment).toBe('qa');
    const { data } = await h.client.rest.repos.getDeployment({ owner, repo, deployment_id: id });
    expect([data.environment, data.original_environment]).toEqual(['qa', 'staging']);
    h.gh.assertNoViolations();
  });

  it('refuses a status description over 140 characters, counted in characters rather than UTF-16 units', async () => {
    const id = await create({ ref: 'main', environment: 'staging' });
    await h.client.rest.repos.createDeploymentStatus({ owner, repo, deployment_id: id, state: 'in_progress', description: '😀'.repeat(140) });
    const refused = await h.client.rest.repos.createDeploymentStatus({ owner, repo, deployment_id: id, state: 'failure', description: 'x'.repeat(141) }).catch((e: unknown) => e);
    expect(refused).toMatchObject({ status: 422, response: { data: { message: 'Validation Failed', errors: [{ resource: 'DeploymentStatus', field: 'description', code: 'custom', message: 'description is too long (maximum is 140 characters)' }] } } });
    expect(h.gh.state.repo(owner, repo).deployments.get(id)?.statuses.map((s) => s['state'])).toEqual(['in_progress']);
    h.gh.assertNoViolations();
  });

  it('answers 404 for a deployment that does not exist', async () => {
    for (const call of [
      () => h.client.rest.repos.getDeployment({ owner, repo, deployment_id: 4242 }),
      () => h.client.rest.repos.listDeploymentStatuses({ owner, repo, deployment_id: 4242 }),
      () => h.client.rest.repos.createDeploymentStatus({ owner, repo, deployment_id: 4242, state: 'success' }),
    ]) {
      await expect(call()).rejects.toMatchObject({ status: 404 });
    }
    h.gh.assertNoViolations();
  });
});
