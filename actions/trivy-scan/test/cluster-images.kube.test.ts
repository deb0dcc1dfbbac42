// cluster-images against the real test control plane: pods of several images in a namespace,
// the bundle lists what is running, scans each distinct image once with the stand-in Trivy,
// and opens (then closes) one issue per CRITICAL finding and image in the GitHub double.
import { existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGitHubDouble, type GitHubDouble } from '../../../test/support/github-double/index.ts';
import { KubeHttp } from '../../../test/kube/kube-http.ts';
import { createTestNamespace, deleteTestNamespace } from '../../../test/kube/namespaces.ts';
import { useTestCluster, type ClusterLease } from '../../../test/kube/use-cluster.ts';
import { runAction } from '../../../test/support/runner/index.ts';
import { startReleaseServer, type ReleaseServer } from '../../../test/support/trivy/release-server.ts';

const root = join(import.meta.dirname, '..', '..', '..');
// TRIVY_SCAN_DIST runs another build: a bundle file, or a dist directory holding trivy-scan/index.js
// (`PIPELINE_DIST_DIR=/tmp/d node scripts/build.ts trivy-scan`, then `TRIVY_SCAN_DIST=/tmp/d`).
const override = process.env['TRIVY_SCAN_DIST'];
const entry = override ? (override.endsWith('.js') ? override : join(override, 'trivy-scan', 'index.js')) : join(root, 'dist', 'trivy-scan', 'index.js');
const fixtures = process.env['PIPELINE_FIXTURES'] ?? join(root, '..', 'shared', 'fixtures');
const reports = join(fixtures, 'trivy-json', 'trivy');
const present = existsSync(reports);

let lease: ClusterLease;
let http: KubeHttp;
let gh: GitHubDouble;
let releases: ReleaseServer;
let ns: string;

// No service-account token: a fresh namespace's default token may not exist yet, and the scan does not need one.
function pod(name: string, image: string): object {
  return { apiVersion: 'v1', kind: 'Pod', metadata: { name, namespace: ns }, spec: { automountServiceAccountToken: false, terminationGracePeriodSeconds: 1, containers: [{ name: 'app', image }] } };
}

beforeAll(async () => {
  if (!present) return;
  lease = await useTestCluster();
  http = new KubeHttp({ server: lease.info.server, token: lease.info.admin.token, ca: lease.info.caPem });
  ns = await createTestNamespace(http, 'trivy-zero-day');
  for (const [name, image] of [['web-1', 'sample-app:v1'], ['web-2', 'sample-app:v1'], ['worker', 'sample-app:v2']] as const) {
    await http.json('POST', `/api/v1/namespaces/${ns}/pods`, { body: pod(name, image) });
  }
  gh = await startGitHubDouble();
  releases = await startReleaseServer();
});

afterAll(async () => {
  if (http !== undefined) {
    await deleteTestNamespace(http, ns).catch(() => undefined);
    http.close();
  }
  await gh?.close();
  await releases?.close();
  await lease?.release();
});

describe.skipIf(!present)('trivy-scan cluster-images', () => {
  it('scans each running image once and keeps one issue per CRITICAL finding and image, per environment', async () => {
    const box = mkdtempSync(join(tmpdir(), 'trivy-cluster-'));
    mkdirSync(join(box, 'tool-cache'));
    const log = join(box, 'argv.jsonl');
    const run = (environment: string, map: Record<string, string>): ReturnType<typeof runAction> =>
      runAction({
        entry,
        action: join(root, 'trivy-scan', 'action.yml'),
        githubApiUrl: gh.url,
        token: 'ghs_cluster_images_token_0123456789',
        timeoutMs: 60_000,
        inputs: { 'scan-type': 'cluster-images', environment, namespace: ns, kubeconfig: lease.info.kubeconfig, 'fail-on': 'critical', 'cache-dir': join(box, 'cache'), 'upload-sarif': 'false' },
        env: {
          RUNNER_TOOL_CACHE: join(box, 'tool-cache'),
          STANDIN_TRIVY_LOG: log,
          STANDIN_TRIVY_FIXTURES: reports,
          STANDIN_TRIVY_REPORTS: JSON.stringify(map),
          PIPELINE_TEST_TRIVY_RELEASES: JSON.stringify({ baseUrl: releases.url, checksums: { '0.74.0': { 'Linux-64bit': releases.sha256, 'Linux-ARM64': releases.sha256 } } }),
        },
      });

    const first = await run('staging', { 'sample-app:v1': 'alpine-39.json.golden', 'sample-app:v2': 'alpine-310.json.golden' });
    expect(first.stdout).toContain(`2 distinct image(s) running in ${ns} (issues are kept for staging)`);
    const scans = readFileSync(log, 'utf8').trim().split('\n').map((l) => (JSON.parse(l) as { argv: string[] }).argv).filter((a) => a[0] === 'image' && !a.includes('--download-db-only'));
    expect(scans.map((a) => a.at(-1)).sort()).toEqual(['sample-app:v1', 'sample-app:v2']);
    // alpine-39 has CVE-2019-14697 (CRITICAL) in musl and musl-utils: one issue for the CVE in that image.
    expect(first.exitCode).toBe(1);
    expect(first.outputs['critical']).toBe('2');
    const issues = () => [...gh.state.repo('owner', 'repo').issues.values()];
    expect(issues().map((i) => [i['title'], i['state']])).toEqual([['CVE-2019-14697 in sample-app:v1 (staging)', 'open']]);
    expect(String(issues()[0]!['body'])).toContain(`${ns}/web-1/app`);

    // The nightly run for production sees patched images: it must not close staging's issue.
    const production = await run('production', { 'sample-app:v1': 'alpine-310.json.golden', 'sample-app:v2': 'alpine-310.json.golden' });
    expect(production.exitCode).toBe(0);
    expect(issues().map((i) => [i['title'], i['state']])).toEqual([['CVE-2019-14697 in sample-app:v1 (staging)', 'open']]);

    // Staging is patched: its next scan no longer finds it, and the issue closes.
    const second = await run('staging', { 'sample-app:v1': 'alpine-310.json.golden', 'sample-app:v2': 'alpine-310.json.golden' });
    expect(second.exitCode).toBe(0);
    expect(issues().map((i) => [i['title'], i['state']])).toEqual([['CVE-2019-14697 in sample-app:v1 (staging)', 'closed']]);
    gh.assertNoViolations();
  });
});
