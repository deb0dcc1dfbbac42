import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync } from 'node:fs';

export interface ExitInfo {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface ManagedProcess {
  readonly name: string;
  readonly pid: number;
  readonly logPath: string;
  readonly child: ChildProcess;
  /** Settles when the process has exited (and been reaped). */
  readonly exited: Promise<ExitInfo>;
  /** True while the process runs; a zombie counts as dead. */
  alive(): boolean;
  /** SIGTERM, then SIGKILL after `graceMs`; resolves once the process is gone. Only this pid is signalled. */
  stop(graceMs?: number): Promise<ExitInfo>;
  /** The last lines of the process's log, for error messages. */
  logTail(lines?: number): string;
}

export interface StartProcessOptions {
  args: readonly string[];
  logPath: string;
  env?: NodeJS.ProcessEnv;
  cwd?: string;
}

const SETPRIV = '/usr/bin/setpriv';

/**
 * Starts a program with stdout and stderr appended to `logPath`. Where util-linux's setpriv
 * exists the program runs under `--pdeathsig KILL` (setpriv execs, so the pid is the program's):
 * if the test runner dies without a teardown, the kernel still kills what it started.
 */
export function startProcess(name: string, file: string, options: StartProcessOptions): ManagedProcess {
  const fd = openSync(options.logPath, 'a');
  const [command, args] = existsSync(SETPRIV)
    ? [SETPRIV, ['--pdeathsig', 'KILL', '--', file, ...options.args]]
    : [file, [...options.args]];
  let child: ChildProcess;
  try {
    child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', fd, fd], shell: false });
  } finally {
    closeSync(fd);
  }
  const exited = new Promise<ExitInfo>((resolve) => {
    child.once('exit', (code, signal) => resolve({ code, signal }));
    child.once('error', () => resolve({ code: null, signal: null }));
  });
  let done = false;
  void exited.then(() => {
    done = true;
  });
  const pid = child.pid;
  if (pid === undefined) throw new Error(`${name}: could not start ${file}`);
  const handle: ManagedProcess = {
    name,
    pid,
    logPath: options.logPath,
    child,
    exited,
    alive: () => !done && pidAlive(pid),
    async stop(graceMs = 5000) {
      if (!done) {
        signal(pid, 'SIGTERM');
        const timer = setTimeout(() => signal(pid, 'SIGKILL'), graceMs);
        try {
          return await exited;
        } finally {
          clearTimeout(timer);
        }
      }
      return exited;
    },
    logTail: (lines = 30) => tail(options.logPath, lines),
  };
  return handle;
}

function signal(pid: number, sig: NodeJS.Signals): void {
  try {
    process.kill(pid, sig);
  } catch {
    // Already gone.
  }
}

/** Whether a pid names a live process; zombies (exited, not yet reaped) are dead. */
export function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  return processState(pid) !== 'Z';
}

/** The one-letter state from /proc/<pid>/stat (R, S, D, Z, ...), or undefined when unreadable. */
export function processState(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name is parenthesised and may itself contain spaces or parentheses.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[0];
  } catch {
    return undefined;
  }
}

export function tail(path: string, lines: number): string {
  try {
    return readFileSync(path, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

export interface WaitOptions {
  timeoutMs: number;
  intervalMs?: number;
  /** Processes whose death ends the wait at once, with their log in the error. */
  watch?: readonly ManagedProcess[];
}

/**
 * Polls `check` until it returns a value other than undefined. Fails early when a watched
 * process dies, and on timeout names what was awaited and the last error `check` threw.
 */
export async function waitFor<T>(what: string, check: () => Promise<T | undefined>, options: WaitOptions): Promise<T> {
  const deadline = Date.now() + options.timeoutMs;
  let lastError: unknown;
  for (;;) {
    for (const p of options.watch ?? []) {
      if (!p.alive()) throw new Error(`${p.name} (pid ${p.pid}) exited while waiting for ${what}; log ${p.logPath}:\n${p.logTail()}`);
    }
    try {
      const value = await check();
      if (value !== undefined) return value;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) {
      const why = lastError instanceof Error ? `: ${lastError.message}` : '';
      throw new Error(`timed out after ${options.timeoutMs} ms waiting for ${what}${why}`);
    }
    await new Promise((resolve) => setTimeout(resolve, options.intervalMs ?? 200));
  }
}
