// tenant-isolate benchmark: 200 tenants on the real control plane. Our engine (the code the bundle
// runs: list-based plan, server-side apply of what differs) against `kubectl apply --server-side`
// of the same rendered manifests, in the same run, each on fresh namespaces. Then both re-run with
// nothing to change. Request counts come from the client's own hook (ours) and kubectl -v=6 (theirs).
// The box may be shared, so each round alternates who goes first, the ratio is the median, and the
// control plane's CPU per write is printed too (work done, not time spent waiting for a core).
// Usage: npm run bench -- tenant-isolate [--tenants 200] [--rounds 3]
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
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

const arg = (name: string, fallback: number): number => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const count = arg('--tenants', 200);
const rounds = arg('--rounds', 3);

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
const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
};

/** CPU seconds a process has used (utime + stime from /proc), to tell work from waiting on a shared box. */
async function cpuSeconds(pid: number): Promise<number> {
  const fields = (await readFile(`/proc/${pid}/stat`, 'utf8')).split(') ')[1]?.split(' ') ?? [];
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

interface Sample {
  ms: number;
  requests: number;
  writes: number;
  /** CPU ms the control plane (apiserver + etcd + controller-manager) spent per write. */
  planeCpuPerWrite: number;
}

const plane = await startControlPlane();
const work = await mkdtemp(join(tmpdir(), 'bench-tenant-isolate-'));
try {
  const kubectlBinary = await obtainKubectl();
  const records: RequestRecord[] = [];
  const client = new KubeClient(await resolveKubeConfig({ kubeconfig: plane.kubeconfig, mask: () => undefined }), {
    onRequest: (r) => records.push(r),
    maxSockets: 32,
  });
  const planePids = [plane.pids.apiserver, plane.pids.etcd, plane.pids.controllerManager];
  const planeCpu = async (): Promise<number> => (await Promise.all(planePids.map(cpuSeconds))).reduce((a, b) => a + b, 0);
  const measured = async (run: () => Promise<{ requests: number; writes: number }>): Promise<Sample> => {
    const cpu0 = await planeCpu();
    const started = performance.now();
    const r = await run();
    const ms = performance.now() - started;
    const cpu = (await planeCpu()) - cpu0;
    return { ms, ...r, planeCpuPerWrite: r.writes === 0 ? 0 : (cpu * 1000) / r.writes };
  };

  const runOurs = (config: ReturnType<typeof parseTenants>) => measured(async () => {
    records.length = 0;
    const result = await isolateTenants(client, config, { dryRun: false, prune: false, pruneNamespaces: false, logger: new MemoryLogger() });
    if (result.error !== undefined) throw result.error;
    return { requests: records.length, writes: records.filter(isWrite).length };
  });
  const runKubectl = (manifest: string) => measured(async () => {
    const r = await exec(kubectlBinary, ['apply', '--server-side', '--field-manager=pipeline', '--force-conflicts', '-f', manifest, '-v=6'], {
      env: { ...process.env, KUBECONFIG: plane.kubeconfigPath },
      timeoutMs: 900_000,
    });
    if (r.exitCode !== 0) throw new Error(`kubectl apply failed: ${r.stderr.slice(-2000)}`);
    const requests = r.stderr.split('\n').filter((l) => / (GET|POST|PUT|PATCH|DELETE) https?:\/\//.test(l));
    return { requests: requests.length, writes: requests.filter((l) => / (POST|PUT|PATCH|DELETE) /.test(l)).length };
  });

  const row = (name: string, s: Sample): string =>
    `  ${name.padEnd(34)} ${seconds(s.ms).padStart(9)}  ${String(s.requests).padStart(6)} requests  ${String(s.writes).padStart(6)} writes${s.writes === 0 ? '' : `  plane CPU ${s.planeCpuPerWrite.toFixed(2)} ms/write`}\n`;
  const firstRatios: number[] = [];
  const againRatios: number[] = [];
  let worstAgain: Sample | undefined;
  process.stdout.write(`tenant-isolate: ${count} tenants, ${rounds} rounds on fresh namespaces, the order alternating; Kubernetes ${plane.version}\n`);
  for (let round = 1; round <= rounds; round++) {
    const ours = parseTenants(tenantsFile(`bench-ours-${round}`, `o${round}`));
    const theirs = parseTenants(tenantsFile(`bench-kubectl-${round}`, `k${round}`));
    const objects = renderAll(theirs).flatMap((r) => r.objects);
    const manifest = join(work, `tenants-${round}.yaml`);
    await writeFile(manifest, formatManifests(objects));
    // Alternating who goes first cancels what a warmer apiserver or a quieter box gives the second.
    let kubectlFirst: Sample;
    let oursFirst: Sample;
    if (round % 2 === 1) {
      kubectlFirst = await runKubectl(manifest);
      oursFirst = await runOurs(ours);
    } else {
      oursFirst = await runOurs(ours);
      kubectlFirst = await runKubectl(manifest);
    }
    const [kubectlAgain, oursAgain] = [await runKubectl(manifest), await runOurs(ours)];
    process.stdout.write(`round ${round} (${objects.length} objects each side, ${round % 2 === 1 ? 'kubectl' : 'tenant-isolate'} first)\n`);
    process.stdout.write(row('first apply, tenant-isolate', oursFirst));
    process.stdout.write(row('first apply, kubectl --server-side', kubectlFirst));
    process.stdout.write(row('no-op re-run, tenant-isolate', oursAgain));
    process.stdout.write(row('no-op re-run, kubectl --server-side', kubectlAgain));
    firstRatios.push(kubectlFirst.ms / oursFirst.ms);
    againRatios.push(kubectlAgain.ms / oursAgain.ms);
    if (worstAgain === undefined || oursAgain.writes > worstAgain.writes || oursAgain.ms > worstAgain.ms) worstAgain = oursAgain;
  }
  client.close();
  const ratio = median(firstRatios);
  process.stdout.write(`  first apply: ${ratio.toFixed(2)}× faster than kubectl, median of ${rounds} (${firstRatios.map((r) => r.toFixed(2)).join(', ')}) (target ≥ 3×) ${ratio >= 3 ? 'met' : 'NOT met'}\n`);
  if (worstAgain !== undefined) {
    process.stdout.write(`  no-op re-run: at most ${worstAgain.writes} writes (target 0), slowest ${seconds(worstAgain.ms)} (target ≤ 5 s) ${worstAgain.writes === 0 && worstAgain.ms <= 5000 ? 'met' : 'NOT met'}; ${median(againRatios).toFixed(2)}× faster than kubectl's re-run (median)\n`);
  }
} finally {
  await plane.stop();
  await rm(work, { recursive: true, force: true });
}
