import { appendFileSync, readdirSync, readFileSync, readlinkSync, writeFileSync } from 'node:fs';
import { isLoopbackAddress } from './loopback-guard.ts';

export interface SocketEntry {
  protocol: 'tcp' | 'tcp6' | 'udp' | 'udp6';
  local: string;
  remoteHost: string;
  remotePort: number;
  state: string;
  inode: number;
}

export interface NetworkViolation {
  pid: number;
  command: string;
  protocol: SocketEntry['protocol'];
  remote: string;
  state: string;
  at: string;
}

const STATES: Record<string, string> = {
  '01': 'ESTABLISHED', '02': 'SYN_SENT', '03': 'SYN_RECV', '04': 'FIN_WAIT1', '05': 'FIN_WAIT2', '06': 'TIME_WAIT',
  '07': 'CLOSE', '08': 'CLOSE_WAIT', '09': 'LAST_ACK', '0A': 'LISTEN', '0B': 'CLOSING',
};

/** /proc/net stores each 32-bit word of an address in host (little-endian) byte order. */
function decodeAddress(hex: string): string {
  const words = hex.match(/.{8}/g) ?? [];
  const bytes = words.flatMap((w) => (w.match(/../g) ?? []).reverse().map((b) => Number.parseInt(b, 16)));
  if (bytes.length === 4) return bytes.join('.');
  if (bytes.slice(0, 10).every((b) => b === 0) && bytes[10] === 255 && bytes[11] === 255) return `::ffff:${bytes.slice(12).join('.')}`;
  const groups: string[] = [];
  for (let i = 0; i < 16; i += 2) groups.push((((bytes[i] ?? 0) << 8) | (bytes[i + 1] ?? 0)).toString(16));
  // RFC 5952: the longest run of two or more zero groups becomes "::".
  let best = -1;
  let bestLength = 1;
  for (let i = 0; i < 8;) {
    let j = i;
    while (j < 8 && groups[j] === '0') j++;
    if (j - i > bestLength) {
      best = i;
      bestLength = j - i;
    }
    i = j === i ? i + 1 : j;
  }
  if (best < 0) return groups.join(':');
  return `${groups.slice(0, best).join(':')}::${groups.slice(best + bestLength).join(':')}`;
}

/** Parses the text of /proc/net/{tcp,tcp6,udp,udp6}. */
export function parseProcNet(text: string, protocol: SocketEntry['protocol']): SocketEntry[] {
  const out: SocketEntry[] = [];
  for (const line of text.split('\n').slice(1)) {
    const f = line.trim().split(/\s+/);
    if (f.length < 10) continue;
    const [remoteHex = '', remotePortHex = '0'] = (f[2] ?? '').split(':');
    out.push({
      protocol,
      local: f[1] ?? '',
      remoteHost: decodeAddress(remoteHex),
      remotePort: Number.parseInt(remotePortHex, 16),
      state: STATES[f[3] ?? ''] ?? f[3] ?? '',
      inode: Number(f[9]),
    });
  }
  return out;
}

function unspecified(host: string): boolean {
  return host === '0.0.0.0' || host === '::' || host === '::ffff:0.0.0.0';
}

/** The pid and all its descendants, from /proc/<pid>/stat. */
export function descendants(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const list = children.get(ppid) ?? [];
      list.push(Number(name));
      children.set(ppid, list);
    } catch {
      // The process exited while we looked.
    }
  }
  const out: number[] = [];
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.shift()!;
    out.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return out;
}

function socketInodes(pid: number): Set<number> {
  const inodes = new Set<number>();
  try {
    for (const fd of readdirSync(`/proc/${pid}/fd`)) {
      try {
        const m = /^socket:\[(\d+)\]$/.exec(readlinkSync(`/proc/${pid}/fd/${fd}`));
        if (m !== null) inodes.add(Number(m[1]));
      } catch {
        // fd closed meanwhile
      }
    }
  } catch {
    // process gone
  }
  return inodes;
}

export interface NetworkAuditOptions {
  /** Every descendant of this pid is audited (the test runner, the plane, pod processes, Prometheus). */
  rootPid?: number;
  intervalMs?: number;
  allowed?: (host: string) => boolean;
  /** JSON lines of violations are appended here, so other processes can check them. */
  violationsFile?: string;
  /** A JSON summary (samples taken, pids audited) is rewritten here every second. */
  statusFile?: string;
}

export interface NetworkAuditStatus {
  samples: number;
  auditedPids: number[];
  lastSampleAt: string;
}

export interface NetworkAudit {
  violations(): NetworkViolation[];
  /** Takes one sample now. */
  sample(): void;
  status(): NetworkAuditStatus;
  stop(): void;
}

/**
 * Samples the kernel's socket tables and reports any socket of an audited process whose peer
 * is not loopback (TCP in any state but LISTEN, connected UDP). Sampling can miss a connection
 * that opens and closes between two samples; the Node-level loopback guard covers those for
 * Node processes, this catches Go programs (etcd, apiserver, controller-manager, Prometheus).
 */
export function startNetworkAudit(options: NetworkAuditOptions = {}): NetworkAudit {
  const root = options.rootPid ?? process.pid;
  const allowed = options.allowed ?? isLoopbackAddress;
  const found: NetworkViolation[] = [];
  const ignored = new Set<number>();
  const reported = new Set<number>();
  let samples = 0;
  let audited: number[] = [];
  let lastSampleAt = '';

  const status = (): NetworkAuditStatus => ({ samples, auditedPids: audited, lastSampleAt });

  const sample = () => {
    samples += 1;
    lastSampleAt = new Date().toISOString();
    const suspicious = new Map<number, SocketEntry>();
    for (const protocol of ['tcp', 'tcp6', 'udp', 'udp6'] as const) {
      let text: string;
      try {
        text = readFileSync(`/proc/net/${protocol}`, 'utf8');
      } catch {
        continue;
      }
      for (const e of parseProcNet(text, protocol)) {
        if (e.inode === 0 || e.state === 'LISTEN' || unspecified(e.remoteHost) || allowed(e.remoteHost)) continue;
        if (ignored.has(e.inode) || reported.has(e.inode)) continue;
        suspicious.set(e.inode, e);
      }
    }
    if (suspicious.size === 0) return;
    audited = descendants(root);
    for (const pid of audited) {
      for (const inode of socketInodes(pid)) {
        const e = suspicious.get(inode);
        if (e === undefined) continue;
        suspicious.delete(inode);
        reported.add(inode);
        let command = '';
        try {
          command = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter((s) => s !== '').join(' ');
        } catch {
          command = '(gone)';
        }
        const v: NetworkViolation = { pid, command, protocol: e.protocol, remote: `${e.remoteHost}:${e.remotePort}`, state: e.state, at: lastSampleAt };
        found.push(v);
        if (options.violationsFile !== undefined) appendFileSync(options.violationsFile, `${JSON.stringify(v)}\n`);
      }
    }
    // Sockets of processes outside the audited tree (other users of this machine) are not ours.
    for (const inode of suspicious.keys()) ignored.add(inode);
  };

  const writeStatus = () => {
    if (options.statusFile === undefined) return;
    audited = descendants(root);
    writeFileSync(options.statusFile, JSON.stringify(status()));
  };
  sample();
  writeStatus();
  const timer = setInterval(sample, options.intervalMs ?? 100);
  const statusTimer = setInterval(writeStatus, 1000);
  timer.unref();
  statusTimer.unref();
  return {
    violations: () => [...found],
    sample,
    status,
    stop: () => {
      clearInterval(timer);
      clearInterval(statusTimer);
      writeStatus();
    },
  };
}
