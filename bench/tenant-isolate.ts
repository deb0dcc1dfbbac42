// tenant-isolate benchmark: 200 tenants on the real control plane. Our engine (the code the bundle
// runs: list-based plan, server-side apply of what differs) against `kubectl apply --server-side`
// of the same rendered manifests, in the same run, each on fresh namespaces. Then both re-run with
// nothing to change. Request counts come from the client's own hook (ours) and kubectl -v=6 (theirs).
// Usage: npm run bench -- tenant-isolate [--tenants 200]
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MemoryLogger, exec } from '@pipeline/core';
import { KubeClient, formatManifests, resolveKubeConfig } from '@pipeline/kube';
import type { RequestRecord } from '@pipeline/kube';
import { isWrite } from '../actions/tenant-isolate/src/action.ts';
import { isolateTenants } from '../actions/tenant-isolate/src/isolate.ts';
import { renderAll } from '../actions/tenant-isolate/src/render.ts';
import { parseTenants } from '../actions/tenant-isolate/src/tenants.ts';
import { obtainKubectl } from '../test/kube/binaries.ts';
import { startControlPlane } from '../test/kube/control-plane.ts';

const countArg = process.argv.indexOf('--tenants');
const count = countArg > 0 ? Number(process.argv[countArg + 1]) : 200;

function tenantsFile(set: string, prefix: string): string {
  const lines = [`set: ${set}`, 'defaults: { ingress-namespace: ingress-nginx }', 'tenants:'];
  for (let i = 0; i < count; i++) {
    const name = `${prefix}-${String(i).padStart(3, '0')}`;
    lines.push(`  - name: ${name}`, `    owners: { users: [owner-${i}], groups: [team-${i}] }`);
    if (i % 4 === 0) lines.push('    egress: [{ cidrs: [10.96.0.0/12], ports: [443] }]');
  }
  return lines.join('\n');
}

const seconds = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;

const plane = await startControlPlane();
const work = await mkdtemp(join(tmpdir(), 'bench-tenant-isolate-'));
try {
  const kubectlBinary = await obtainKubectl();
  const records: RequestRecord[] = [];
  const client = new KubeClient(await resolveKubeConfig({ kubeconfig: plane.kubeconfig, mask: () => undefined }), {
    onRequest: (r) => records.push(r),
    maxSockets: 32,
  });
  const ours = parseTenants(tenantsFile('bench-ours', 'bo'));
  const theirs = parseTenants(tenantsFile('bench-kubectl', 'bk'));
  const objects = renderAll(theirs).flatMap((r) => r.objects);
  const manifest = join(work, 'tenants.yaml');
  await writeFile(manifest, formatManifests(objects));

  const runOurs = async (): Promise<{ ms: number; requests: number; writes: number }> => {
    records.length = 0;
    const started = performance.now();
    const result = await isolateTenants(client, ours, { dryRun: false, prune: false, pruneNamespaces: false, logger: new MemoryLogger() });
    const ms = performance.now() - started;
    if (result.error !== undefined) throw result.error;
    return { ms, requests: records.length, writes: records.filter(isWrite).length };
  };
  const runKubectl = async (): Promise<{ ms: number; requests: number; writes: number }> => {
    const started = performance.now();
    const r = await exec(kubectlBinary, ['apply', '--server-side', '--field-manager=pipeline', '--force-conflicts', '-f', manifest, '-v=6'], {
      env: { ...process.env, KUBECONFIG: plane.kubeconfigPath },
      timeoutMs: 900_000,
    });
    const ms = performance.now() - started;
    if (r.exitCode !== 0) throw new Error(`kubectl apply failed: ${r.stderr.slice(-2000)}`);
    const requests = r.stderr.split('\n').filter((l) => / (GET|POST|PUT|PATCH|DELETE) https?:\/\//.test(l));
    return { ms, requests: requests.length, writes: requests.filter((l) => / (POST|PUT|PATCH|DELETE) /.test(l)).length };
  };

  process.stdout.write(`tenant-isolate: ${count} tenants, ${objects.length} objects each side, Kubernetes ${plane.version}\n`);
  const kubectlFirst = await runKubectl();
  const oursFirst = await runOurs();
  const kubectlAgain = await runKubectl();
  const oursAgain = await runOurs();
  client.close();

  const row = (name: string, s: { ms: number; requests: number; writes: number }): string => `  ${name.padEnd(34)} ${seconds(s.ms).padStart(9)}  ${String(s.requests).padStart(6)} requests  ${String(s.writes).padStart(6)} writes\n`;
  process.stdout.write(row('first apply, tenant-isolate', oursFirst));
  process.stdout.write(row('first apply, kubectl --server-side', kubectlFirst));
  process.stdout.write(row('no-op re-run, tenant-isolate', oursAgain));
  process.stdout.write(row('no-op re-run, kubectl --server-side', kubectlAgain));
  const ratio = kubectlFirst.ms / oursFirst.ms;
  process.stdout.write(`  first apply: ${ratio.toFixed(2)}× faster than kubectl (target ≥ 3×) ${ratio >= 3 ? 'met' : 'NOT met'}\n`);
  process.stdout.write(`  no-op re-run: ${oursAgain.writes} writes (target 0) in ${seconds(oursAgain.ms)} (target ≤ 5 s) ${oursAgain.writes === 0 && oursAgain.ms <= 5000 ? 'met' : 'NOT met'}; ${(kubectlAgain.ms / oursAgain.ms).toFixed(2)}× faster than kubectl's re-run (${kubectlAgain.writes} writes)\n`);
} finally {
  await plane.stop();
  await rm(work, { recursive: true, force: true });
}
