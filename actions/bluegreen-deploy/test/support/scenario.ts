// Shared by the bluegreen-deploy kube tests and the benchmark: a workspace with the sample app's
// manifests, and the committed bundle run under the runner harness against the test plane.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { runAction } from '../../../../test/support/runner/index.ts';
import type { RunActionResult } from '../../../../test/support/runner/index.ts';
import { sampleAppDeployment } from '../../../../test/kube/sample-app-deployment.ts';

export const root = join(import.meta.dirname, '..', '..', '..', '..');
// BLUEGREEN_DIST points the tests at a private build (a directory like dist/bluegreen-deploy).
const distDir = process.env['BLUEGREEN_DIST'] ?? join(root, 'dist', 'bluegreen-deploy');
export const entry = join(distDir, 'index.js');
export const postEntry = join(distDir, 'post.js');
export const action = join(root, 'bluegreen-deploy', 'action.yml');

export interface AppManifestOptions {
  app: string;
  image: string;
  replicas?: number;
  env?: Record<string, string>;
  /** Leave out what a preflight rule checks, to see the rule fire. */
  omit?: ('readiness' | 'resources' | 'max-unavailable')[];
  /** Include the stable Service (default true). */
  service?: boolean;
  extra?: unknown[];
}

/** The sample app as a user would write it: a Deployment and its stable Service, no colours. */
export function appManifests(options: AppManifestOptions): string {
  const deployment = sampleAppDeployment({
    name: options.app,
    image: options.image,
    replicas: options.replicas ?? 2,
    labels: { app: options.app },
    env: options.env ?? {},
    terminationGracePeriodSeconds: 2,
    // A pod must stay ready this long to count as available: a crash a second after start is caught before any switch.
    minReadySeconds: 3,
    strategy: options.omit?.includes('max-unavailable') === true ? { type: 'RollingUpdate' } : { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 0, maxSurge: 1 } },
  }) as unknown as { spec: { template: { spec: { containers: Record<string, unknown>[] } } } };
  const container = deployment.spec.template.spec.containers[0] as Record<string, unknown>;
  if (options.omit?.includes('resources') !== true) container['resources'] = { requests: { cpu: '10m', memory: '32Mi' }, limits: { cpu: '200m', memory: '128Mi' } };
  if (options.omit?.includes('readiness') === true) delete container['readinessProbe'];
  const docs: unknown[] = [deployment];
  if (options.service !== false) {
    docs.push({ apiVersion: 'v1', kind: 'Service', metadata: { name: options.app }, spec: { selector: { app: options.app }, ports: [{ name: 'http', port: 80, targetPort: 'http', protocol: 'TCP' }] } });
  }
  docs.push(...(options.extra ?? []));
  return docs.map((d) => stringify(d)).join('---\n');
}

export class Workspace {
  readonly dir: string;
  constructor() {
    this.dir = mkdtempSync(join(tmpdir(), 'bluegreen-ws-'));
  }
  write(path: string, text: string): string {
    const full = join(this.dir, path);
    mkdirSync(join(full, '..'), { recursive: true });
    writeFileSync(full, text);
    return path;
  }
  dispose(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

export interface DeployRun {
  inputs: Record<string, string>;
  workspace: Workspace;
  kubeconfig: string;
  runId?: number;
  githubApiUrl?: string;
  token?: string;
  timeoutMs?: number;
  entryPath?: string;
  state?: Record<string, string>;
}

/** Runs the committed bundle like the runner would; every run gets its own run id (lock identity). */
let runCounter = 1000;
export function runDeploy(run: DeployRun): Promise<RunActionResult> {
  runCounter += 1;
  return runAction({
    entry: run.entryPath ?? entry,
    action,
    workspace: run.workspace.dir,
    timeoutMs: run.timeoutMs ?? 120_000,
    ...(run.githubApiUrl === undefined ? {} : { githubApiUrl: run.githubApiUrl }),
    ...(run.token === undefined ? {} : { token: run.token }),
    ...(run.state === undefined ? {} : { state: run.state }),
    env: { GITHUB_RUN_ID: String(run.runId ?? runCounter), GITHUB_REPOSITORY: 'acme/shop' },
    inputs: { kubeconfig: run.kubeconfig, summary: 'true', ...run.inputs },
  });
}
