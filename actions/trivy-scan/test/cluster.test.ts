import { MemoryLogger } from '@pipeline/core';
import { createGitHubClient } from '@pipeline/github';
import type { TrivyFinding } from '@pipeline/trivy';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGitHubDouble, type GitHubDouble } from '../../../test/support/github-double/index.ts';
import { ISSUE_LABEL, issueTitle, listRunningImages, syncCriticalIssues, type RunningImage } from '../src/cluster.ts';

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

  it('opens one issue per CVE and image, keeps it current, closes it when gone and reopens it when back', async () => {
    const client = createGitHubClient({ token: 't0ken-for-issues', baseUrl: gh.url, timeScale: 0 });
    const logger = new MemoryLogger();
    const sync = (ids: string[], workloads = image.workloads): ReturnType<typeof syncCriticalIssues> =>
      syncCriticalIssues(client, { owner: 'acme', repo: 'shop', findings: ids.map((id) => ({ finding: finding(id), image: { ...image, workloads } })) }, logger);

    const first = await sync(['CVE-2019-14697', 'CVE-2019-1549']);
    expect(first.opened).toHaveLength(2);
    const issues = [...gh.state.repo('acme', 'shop').issues.values()];
    expect(issues.map((i) => i['title']).sort()).toEqual([issueTitle('CVE-2019-14697', image.ref), issueTitle('CVE-2019-1549', image.ref)].sort());
    expect((issues[0]!['labels'] as { name: string }[]).map((l) => l.name)).toContain(ISSUE_LABEL);

    expect(await sync(['CVE-2019-14697', 'CVE-2019-1549'])).toEqual({ opened: [], updated: [], reopened: [], closed: [] });
    const moved = await sync(['CVE-2019-14697'], ['shop/api-9/api']);
    expect(moved.updated).toHaveLength(1);
    expect(moved.closed).toHaveLength(1);
    const back = await sync(['CVE-2019-14697', 'CVE-2019-1549'], ['shop/api-9/api']);
    expect(back.reopened).toEqual(moved.closed);
    expect([...gh.state.repo('acme', 'shop').issues.values()]).toHaveLength(2);
    gh.assertNoViolations();
  });
});
