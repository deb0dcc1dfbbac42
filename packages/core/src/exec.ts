import { spawn } from 'node:child_process';

export interface ExecOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Written to the child's stdin, then closed. */
  input?: string;
  /** Kills the child (SIGTERM, then SIGKILL after 5 s) when it runs longer. */
  timeoutMs?: number;
  /** Caps captured stdout/stderr each; output beyond it is dropped and flagged. */
  maxBufferBytes?: number;
  signal?: AbortSignal;
}

export interface ExecResult {
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
  truncated: boolean;
}

export type Exec = (file: string, args: readonly string[], options?: ExecOptions) => Promise<ExecResult>;

/**
 * Runs a program with an argument array and never through a shell, so no argument
 * can be reinterpreted as shell syntax. Rejects only when the program cannot start.
 */
export const exec: Exec = (file, args, options = {}) =>
  new Promise((resolve, reject) => {
    const max = options.maxBufferBytes ?? 64 * 1024 * 1024;
    const child = spawn(file, [...args], {
      cwd: options.cwd,
      env: options.env ?? process.env,
      shell: false,
      stdio: ['pipe', 'pipe', 'pipe'],
      signal: options.signal,
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let outBytes = 0;
    let errBytes = 0;
    let truncated = false;
    let timedOut = false;
    child.stdout.on('data', (chunk: Buffer) => {
      if (outBytes + chunk.length > max) truncated = true;
      else out.push(chunk);
      outBytes += chunk.length;
    });
    child.stderr.on('data', (chunk: Buffer) => {
      if (errBytes + chunk.length > max) truncated = true;
      else err.push(chunk);
      errBytes += chunk.length;
    });
    let timer: NodeJS.Timeout | undefined;
    let killer: NodeJS.Timeout | undefined;
    if (options.timeoutMs !== undefined) {
      timer = setTimeout(() => {
        timedOut = true;
        child.kill('SIGTERM');
        killer = setTimeout(() => child.kill('SIGKILL'), 5000);
        killer.unref();
      }, options.timeoutMs);
    }
    child.on('error', (error) => {
      clearTimeout(timer);
      clearTimeout(killer);
      reject(error);
    });
    child.on('close', (exitCode, signal) => {
      clearTimeout(timer);
      clearTimeout(killer);
      resolve({
        exitCode,
        signal,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
        timedOut,
        truncated,
      });
    });
    child.stdin.on('error', () => {
      // The child may exit before reading its input; that is reported through the exit code.
    });
    child.stdin.end(options.input ?? '');
  });
