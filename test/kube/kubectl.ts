import { exec } from '@pipeline/core';
import type { ExecResult } from '@pipeline/core';
import { obtainKubectl } from './binaries.ts';

let resolved: Promise<string> | undefined;

export interface KubectlOptions {
  kubeconfigPath: string;
  input?: string;
  timeoutMs?: number;
}

/**
 * Runs kubectl (from PATH, or Debian's kubernetes-client) against a kubeconfig: an independent
 * client for tests to cross-check what the code under test did. Throws on a non-zero exit.
 */
export async function kubectl(args: readonly string[], options: KubectlOptions): Promise<ExecResult> {
  resolved ??= obtainKubectl();
  const binary = await resolved;
  const env = { ...process.env, KUBECONFIG: options.kubeconfigPath };
  const result = await exec(binary, [...args], { env, timeoutMs: options.timeoutMs ?? 30_000, ...(options.input === undefined ? {} : { input: options.input }) });
  if (result.exitCode !== 0) throw new Error(`kubectl ${args.join(' ')} exited with ${result.exitCode}: ${result.stderr.trim()}`);
  return result;
}

/** kubectl … -o json, parsed. */
export async function kubectlJson<T>(args: readonly string[], options: KubectlOptions): Promise<T> {
  return JSON.parse((await kubectl([...args, '-o', 'json'], options)).stdout) as T;
}
