import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { obtainPrometheus } from './binaries.ts';
import { pickPort, releasePort } from './ports.ts';
import type { ManagedProcess } from './processes.ts';
import { startProcess, waitFor } from './processes.ts';
import { ownedTempDir } from './temp-dirs.ts';

export interface PrometheusOptions {
  /** file_sd JSON with the targets (the kubelet simulator writes one: TestClusterInfo.prometheusTargetsFile). */
  targetsFile: string;
  binary?: string;
  scrapeIntervalSeconds?: number;
  baseDir?: string;
  log?: (line: string) => void;
}

export interface PromSample {
  metric: Record<string, string>;
  value: [number, string];
}

export interface PrometheusServer {
  /** http://127.0.0.1:<port> */
  url: string;
  pid: number;
  process: ManagedProcess;
  /** An instant query; throws when Prometheus reports an error. */
  query(promql: string): Promise<PromSample[]>;
  /** Re-runs an instant query until `accept` returns true for its samples. */
  waitForQuery(promql: string, accept: (samples: PromSample[]) => boolean, timeoutMs?: number): Promise<PromSample[]>;
  stop(): Promise<void>;
}

/**
 * Starts Prometheus (Debian's package if none is given) on 127.0.0.1 with a one-second scrape
 * of the file_sd targets, i.e. the simulated pods' loopback addresses with their Kubernetes
 * labels (namespace, pod, container, app, colour, version). There is deliberately no
 * kubernetes_sd: it would scrape pod IPs, which must never receive traffic.
 */
export async function startPrometheus(options: PrometheusOptions): Promise<PrometheusServer> {
  const binary = options.binary ?? await obtainPrometheus(options.log === undefined ? {} : { log: options.log });
  const dir = await ownedTempDir('pipeline-prometheus-', options.baseDir);
  const interval = `${options.scrapeIntervalSeconds ?? 1}s`;
  const configPath = join(dir, 'prometheus.yml');
  await writeFile(configPath, stringify({
    global: { scrape_interval: interval, scrape_timeout: interval, evaluation_interval: interval },
    scrape_configs: [{ job_name: 'pods', file_sd_configs: [{ files: [options.targetsFile], refresh_interval: '1s' }] }],
  }));
  const port = await pickPort();
  const url = `http://127.0.0.1:${port}`;
  const proc = startProcess('prometheus', binary, {
    logPath: join(dir, 'prometheus.log'),
    args: [
      `--config.file=${configPath}`,
      `--storage.tsdb.path=${join(dir, 'data')}`,
      `--web.listen-address=127.0.0.1:${port}`,
      '--storage.tsdb.retention.time=1h',
      '--log.level=warn',
    ],
  });
  const stop = async () => {
    await proc.stop(5000);
    releasePort(port);
    await rm(dir, { recursive: true, force: true });
  };
  try {
    await waitFor('prometheus /-/ready', async () => ((await fetch(`${url}/-/ready`)).ok ? true : undefined), { timeoutMs: 30_000, watch: [proc] });
  } catch (error) {
    await stop();
    throw error;
  }
  const query = async (promql: string): Promise<PromSample[]> => {
    const res = await fetch(`${url}/api/v1/query?${new URLSearchParams({ query: promql })}`);
    const body = await res.json() as { status: string; error?: string; data?: { resultType: string; result: PromSample[] } };
    if (body.status !== 'success' || body.data === undefined) throw new Error(`prometheus query ${promql}: ${body.error ?? res.status}`);
    return body.data.result;
  };
  return {
    url,
    pid: proc.pid,
    process: proc,
    query,
    waitForQuery: (promql, accept, timeoutMs = 30_000) =>
      waitFor(`prometheus query ${promql}`, async () => {
        const samples = await query(promql);
        return accept(samples) ? samples : undefined;
      }, { timeoutMs, intervalMs: 250, watch: [proc] }),
    stop,
  };
}
