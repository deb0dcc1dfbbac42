// Debian's prometheus-pushgateway for tests: obtained the way test/kube/binaries.ts obtains
// Prometheus (an explicit path, else PATH, else apt as root), started on a loopback port with its
// metrics kept in memory, and read back through its own /metrics.
import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { aptInstall, findOnPath } from '../kube/binaries.ts';
import type { ObtainOptions } from '../kube/binaries.ts';
import { pickPort, releasePort } from '../kube/ports.ts';
import { startProcess, waitFor } from '../kube/processes.ts';
import type { ManagedProcess } from '../kube/processes.ts';
import { ownedTempDir } from '../kube/temp-dirs.ts';

const DEBIAN_PACKAGE = 'prometheus-pushgateway';
const DEBIAN_BINARY = '/usr/bin/prometheus-pushgateway';

export type PushgatewayBinary = { path: string; reason?: undefined } | { path: undefined; reason: string };

/**
 * PIPELINE_PUSHGATEWAY, else `prometheus-pushgateway` on PATH, else Debian's package installed
 * through scripts/kube/apt-install.sh (which needs root). Never throws: when none of that works
 * the answer says why, so a test can skip with that one line.
 */
export async function obtainPushgateway(options: ObtainOptions = {}): Promise<PushgatewayBinary> {
  const env = options.env ?? process.env;
  const explicit = env['PIPELINE_PUSHGATEWAY'];
  if (explicit !== undefined && explicit !== '') return { path: explicit };
  const onPath = findOnPath('prometheus-pushgateway', env);
  if (onPath !== undefined) return { path: onPath };
  try {
    await aptInstall([DEBIAN_PACKAGE], options);
  } catch (error) {
    return { path: undefined, reason: `Debian's ${DEBIAN_PACKAGE} is not installed and could not be installed here (${(error as Error).message}); set PIPELINE_PUSHGATEWAY to a pushgateway binary to run it` };
  }
  return existsSync(DEBIAN_BINARY)
    ? { path: DEBIAN_BINARY }
    : { path: undefined, reason: `installed Debian's ${DEBIAN_PACKAGE} but ${DEBIAN_BINARY} is missing` };
}

export interface ExposedSample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

export interface Pushgateway {
  /** http://127.0.0.1:<port> */
  url: string;
  process: ManagedProcess;
  /** Everything the gateway exposes at /metrics, parsed. */
  scrape(): Promise<ExposedSample[]>;
  stop(): Promise<void>;
}

function unescapeLabel(value: string): string {
  return value.replace(/\\(.)/g, (_, c: string) => (c === 'n' ? '\n' : c));
}

/** The sample lines of Prometheus's text format (comments and timestamps dropped). */
export function parseExposition(text: string): ExposedSample[] {
  const samples: ExposedSample[] = [];
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const match = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})?\s+(\S+)(?:\s+-?\d+)?$/.exec(line);
    if (!match) throw new Error(`not a sample line of the text format: ${line}`);
    const labels: Record<string, string> = {};
    for (const label of (match[2] ?? '').matchAll(/([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g)) labels[label[1]!] = unescapeLabel(label[2]!);
    samples.push({ name: match[1]!, labels, value: Number(match[3]) });
  }
  return samples;
}

/** Starts the gateway on a free loopback port, metrics in memory only (no persistence file). */
export async function startPushgateway(binary: string, options: { baseDir?: string } = {}): Promise<Pushgateway> {
  const dir = await ownedTempDir('pipeline-pushgateway-', options.baseDir);
  const port = await pickPort();
  const url = `http://127.0.0.1:${port}`;
  const proc = startProcess('pushgateway', binary, {
    logPath: join(dir, 'pushgateway.log'),
    args: [`--web.listen-address=127.0.0.1:${port}`, '--persistence.file=', '--log.level=warn'],
  });
  const stop = async (): Promise<void> => {
    await proc.stop(5000);
    releasePort(port);
    await rm(dir, { recursive: true, force: true });
  };
  try {
    await waitFor('pushgateway /-/ready', async () => ((await fetch(`${url}/-/ready`)).ok ? true : undefined), { timeoutMs: 30_000, watch: [proc] });
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    url,
    process: proc,
    async scrape() {
      const response = await fetch(`${url}/metrics`);
      if (!response.ok) throw new Error(`pushgateway /metrics answered ${response.status}`);
      return parseExposition(await response.text());
    },
    stop,
  };
}
