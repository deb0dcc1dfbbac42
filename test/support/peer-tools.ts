// Peer tools the tests and benchmarks compare against (cdxgen, cyclonedx-npm) are installed on
// first use into a cache outside the repository, keyed by version, instead of being
// devDependencies: cdxgen's per-platform optional binaries are not recorded in package-lock.json,
// which makes `npm ci` refuse the lockfile.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

export const PEERS = {
  'cyclonedx-npm': { pkg: '@cyclonedx/cyclonedx-npm', version: '6.0.1', bin: 'cyclonedx-npm' },
  cdxgen: { pkg: '@cyclonedx/cdxgen', version: '12.8.4', bin: 'cdxgen' },
} as const;

export type PeerName = keyof typeof PEERS;

function cacheRoot(env: NodeJS.ProcessEnv = process.env): string {
  return join(env['XDG_CACHE_HOME'] ?? join(homedir(), '.cache'), 'pipeline', 'peers');
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** The peer's CLI script, installed with npm into the cache on first use (one installer at a time). */
export function peerBin(name: PeerName): string {
  const peer = PEERS[name];
  const dir = join(cacheRoot(), `${name}-${peer.version}`);
  const bin = join(dir, 'node_modules', '.bin', peer.bin);
  if (existsSync(bin)) return bin;
  mkdirSync(cacheRoot(), { recursive: true });
  const lock = `${dir}.lock`;
  const deadline = Date.now() + 600_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (existsSync(bin)) return bin;
      if (Date.now() > deadline) throw new Error(`timed out waiting for another process installing ${peer.pkg} (${lock})`);
      sleep(1000);
    }
  }
  try {
    if (existsSync(bin)) return bin;
    mkdirSync(dir, { recursive: true });
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const result = spawnSync(npm, ['install', '--prefix', dir, '--no-save', '--no-audit', '--no-fund', '--loglevel=error', `${peer.pkg}@${peer.version}`], { encoding: 'utf8', timeout: 600_000 });
    if (result.status !== 0 || !existsSync(bin)) throw new Error(`installing ${peer.pkg}@${peer.version} failed: ${result.stderr.slice(-2000)}`);
    return bin;
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}
