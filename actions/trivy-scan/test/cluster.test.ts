import { MemoryLogger } from '@pipeline/core';
import { createGitHubClient } from '@pipeline/github';
import type { TrivyFinding } from '@pipeline/trivy';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGitHubDouble, type GitHubDouble } from '../../../test/support/github-double/index.ts';
import { ISSUE_LABEL, issueMarker, issueScope, issueTitle, listRunningImages, parseIssueMarker, syncCriticalIssues, type RunningImage } from '../src/cluster.ts';

const D1 = `sha256:${'1'.repeat(64)}`;
const D2 = `sha256:${'2'.repeat(64)}`;

function pod(ns: string, name: string, containers: { name: string; image: string; imageID?: string }[]): object {
  return {
    metadata: { name, namespace: ns },
    spec: { containers: containers.map((c) => ({ name: c.name, image: c.image })) },
    status: { containerStatuses: containers.map((c) => ({ name: c.name, image: c.image, imageID: c.imageID ?? '' })) },
  };
}

describe('running images', () => {
  it('deduplicates by the digest the kubelet pulled, across tags and namespaces', async () => {
    const pods: Record<string, object[]> = {
      shop: [
        pod('shop', 'api-1', [{ name: 'api', image: 'ghcr.io/acme/api:1.4', imageID: `docker-pullable://ghcr.io/acme/api@${D1}` }, { name: 'proxy', image: 'envoy:v1' }]),
        pod('shop', 'api-2', [{ name: 'api', image: 'ghcr.io/acme/api:latest', imageID: `ghcr.io/acme/api@${D1}` }]),
      ],
      jobs: [pod('jobs', 'worker', [{ name: 'w', image: `ghcr.io/acme/worker@${D2}` }])],
    };
    const paths: string[] = [];
    const images = await listRunningImages(async (path) => {
      paths.push(path);
      return { items: pods[path.split('/')[4] ?? ''] ?? [] };
    }, ['shop', 'jobs']);
    expect(paths).toEqual(['/api/v1/namespaces/shop/pods', '/api/v1/namespaces/jobs/pods']);
    expect(images).toEqual([
      { ref: 'envoy:v1', digest: undefined, workloads: ['shop/api-1/proxy'] },
      { ref: `ghcr.io/acme/api@${D1}`, digest: D1, workloads: ['shop/api-1/api', 'shop/api-2/api'] },
      { ref: `ghcr.io/acme/worker@${D2}`, digest: D2, workloads: ['jobs/worker/w'] },
    ]);
  });
});

describe('issue scopes', () => {
  it('is the environment when given, else the context and the namespaces in sorted order', () => {
    expect(issueScope({ environment: 'staging', context: 'kind-a', namespaces: ['web', 'api'] })).toBe('staging');
    expect(issueScope({ environment: '  ', context: 'kind-a', namespaces: ['web', 'api'] })).toBe('kind-a/api,web');
    expect(issueScope({ context: 'kind-a', namespaces: ['api', 'web'] })).toBe(issueScope({ environment: undefined, context: 'kind-a', namespaces: ['web', 'api'] }));
  });

  it('reads scoped markers (any context name) and tells legacy markers apart', () => {
    const body = (scope: string): string => `${issueMarker(scope, 'CVE-1', `ghcr.io/a/b@${D1}`)}\ntext`;
    expect(parseIssueMarker(body('arn:aws:eks:eu-west-1:1:cluster/prod --> x/api,web'))).toEqual({ scope: 'arn:aws:eks:eu-west-1:1:cluster/prod --> x/api,web', finding: `CVE-1@ghcr.io/a/b@${D1}` });
    expect(parseIssueMarker('<!-- pipeline:trivy-scan:CVE-2019-14697@sample-app:v1 -->\nold body')).toEqual({ scope: undefined, finding: 'CVE-2019-14697@sample-app:v1' });
    // Releases before scopes parse `<!-- pipeline:trivy-scan:(.+?) -->`: they must not take scoped issues for theirs and close them.
    expect(/<!-- pipeline:trivy-scan:(.+?) -->/.test(body('staging'))).toBe(false);
    // The sticky pull-request comment's marker is not an issue marker.
    expect(parseIssueMarker('<!-- pipeline:trivy-scan -->\ncomment')).toBeUndefined();
  });
});

describe('issues for CRITICAL findings', () => {
  let gh: GitHubDouble;
  beforeAll(async () => {
    gh = await startGitHubDouble();
  });
  afterAll(async () => {
    await gh?.close();
  });

  const image: RunningImage = { ref: `ghcr.io/acme/api@${D1}`, digest: D1, workloads: ['shop/api-1/api'] };
  const finding = (id: string): TrivyFinding => ({ kind: 'vulnerability', id, severity: 'CRITICAL', target: 'x', resultClass: 'os-pkgs', title: `${id} title`, score: 9.8, fingerprint: id, pkgName: 'musl', installedVersion: '1.1.20-r4', fixedVersion: '1.1.20-r5' });
  const logger = new MemoryLogger();
  const syncer =
    (repo: string) =>
      (scope: string, ids: string[], workloads = image.workloads): ReturnType<typeof syncCriticalIssues> =>
        syncCriticalIssues(
          createGitHubClient({ token: 't0ken-for-issues', baseUrl: gh.url, timeScale: 0 }),
          { owner: 'acme', repo, scope, findings: ids.map((id) => ({ finding: finding(id), image: { ...image, workloads } })) },
          logger,
        );
  const issuesOf = (repo: string): { number: number; title: string; state: string; body: string }[] =>
    [...gh.state.repo('acme', repo).issues.values()].map((i) => ({ number: Number(i['number']), title: String(i['title']), state: String(i['state']), body: String(i['body']) }));
  const none = { opened: [], updated: [], reopened: [], closed: [], adopted: [] };

  it('opens one issue per CVE and image, keeps it current, closes it when gone and reopens it when back', async () => {
    const sync = syncer('shop');
    const first = await sync('staging', ['CVE-2019-14697', 'CVE-2019-1549']);
    expect(first.opened).toHaveLength(2);
    const issues = [...gh.state.repo('acme', 'shop').issues.values()];
    expect(issues.map((i) => i['title']).sort()).toEqual([issueTitle('CVE-2019-14697', image.ref, 'staging'), issueTitle('CVE-2019-1549', image.ref, 'staging')].sort());
    expect(issueTitle('CVE-2019-14697', image.ref, 'staging')).toBe(`CVE-2019-14697 in ${image.ref} (staging)`);
    expect((issues[0]!['labels'] as { name: string }[]).map((l) => l.name)).toContain(ISSUE_LABEL);

    expect(await sync('staging', ['CVE-2019-14697', 'CVE-2019-1549'])).toEqual(none);
    const moved = await sync('staging', ['CVE-2019-14697'], ['shop/api-9/api']);
    expect(moved.updated).toHaveLength(1);
    expect(moved.closed).toHaveLength(1);
    const back = await sync('staging', ['CVE-2019-14697', 'CVE-2019-1549'], ['shop/api-9/api']);
    expect(back.reopened).toEqual(moved.closed);
    expect(issuesOf('shop')).toHaveLength(2);
    gh.assertNoViolations();
  });

  it('keeps the issues of staging and production apart: each run closes and reopens only its own', async () => {
    const sync = syncer('platform');
    const staging = await sync('staging', ['CVE-2019-14697', 'CVE-2019-1549']);
    const production = await sync('production', ['CVE-2019-14697']);
    expect(staging.opened).toHaveLength(2);
    expect(production.opened).toHaveLength(1);
    // The same image with the same CVE runs in both: two issues, told apart by their titles.
    expect(issuesOf('platform').map((i) => [i.title, i.state]).sort()).toEqual([
      [`CVE-2019-14697 in ${image.ref} (production)`, 'open'],
      [`CVE-2019-14697 in ${image.ref} (staging)`, 'open'],
      [`CVE-2019-1549 in ${image.ref} (staging)`, 'open'],
    ]);

    // Each scheduled run sees only its own environment; neither closes the other's issues.
    expect(await sync('staging', ['CVE-2019-14697', 'CVE-2019-1549'])).toEqual(none);
    expect(await sync('production', ['CVE-2019-14697'])).toEqual(none);

    // Staging was patched for CVE-2019-14697: only staging's issue for it closes.
    const patched = await sync('staging', ['CVE-2019-1549']);
    const stagingIssue = issuesOf('platform').find((i) => i.title === `CVE-2019-14697 in ${image.ref} (staging)`)!;
    const productionIssue = issuesOf('platform').find((i) => i.title === `CVE-2019-14697 in ${image.ref} (production)`)!;
    expect(patched).toEqual({ ...none, closed: [stagingIssue.number] });
    expect([stagingIssue.state, productionIssue.state]).toEqual(['closed', 'open']);
    expect(await sync('production', ['CVE-2019-14697'])).toEqual(none);

    // Production is patched too, then staging regresses: each scope's own issue closes and reopens.
    expect(await sync('production', [])).toEqual({ ...none, closed: [productionIssue.number] });
    expect(await sync('staging', ['CVE-2019-14697', 'CVE-2019-1549'])).toEqual({ ...none, reopened: [stagingIssue.number] });
    expect(issuesOf('platform').find((i) => i.number === productionIssue.number)!.state).toBe('closed');
    expect(await sync('production', ['CVE-2019-14697'])).toEqual({ ...none, reopened: [productionIssue.number] });
    expect(issuesOf('platform')).toHaveLength(3);
    gh.assertNoViolations();
  });

  it('never closes an issue written before scopes, and hands it to the first scope that still sees it', async () => {
    const client = createGitHubClient({ token: 't0ken-for-issues', baseUrl: gh.url, timeScale: 0 });
    const legacy = async (id: string): Promise<number> =>
      (await client.rest.issues.create({ owner: 'acme', repo: 'legacy', title: `${id} in ${image.ref}`, body: `<!-- pipeline:trivy-scan:${id}@${image.ref} -->\n**${id}** is running now.`, labels: [ISSUE_LABEL, 'security'] })).data.number;
    const gone = await legacy('CVE-2019-1549');
    const still = await legacy('CVE-2019-14697');
    const sync = syncer('legacy');

    const staging = await sync('staging', ['CVE-2019-14697']);
    expect(staging).toEqual({ ...none, adopted: [still] });
    expect(logger.records.map((e) => e.message).join('\n')).toContain(`#${gone}. Close them by hand`);
    const production = await sync('production', ['CVE-2019-14697']);
    expect(production.opened).toHaveLength(1);
    expect(await sync('staging', [])).toEqual({ ...none, closed: [still] });

    const byNumber = new Map(issuesOf('legacy').map((i) => [i.number, i]));
    expect(byNumber.get(gone)).toMatchObject({ state: 'open', title: `CVE-2019-1549 in ${image.ref}` });
    expect(byNumber.get(still)).toMatchObject({ state: 'closed', title: `CVE-2019-14697 in ${image.ref} (staging)` });
    expect(parseIssueMarker(byNumber.get(still)!.body)).toEqual({ scope: 'staging', finding: `CVE-2019-14697@${image.ref}` });
    expect(byNumber.get(production.opened[0]!)).toMatchObject({ state: 'open', title: `CVE-2019-14697 in ${image.ref} (production)` });
    gh.assertNoViolations();
  });
});
