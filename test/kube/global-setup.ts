import type { TestProject } from 'vitest/node';
import { obtainKubectl, obtainPrometheus } from './binaries.ts';
import type { TestClusterInfo } from './cluster.ts';
import { clusterInfo, startTestCluster } from './cluster.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    pipelineKube: TestClusterInfo;
  }
}

/**
 * vitest globalSetup for the kube tests: one cluster (control plane, kubelet simulator, network
 * audit) per test run, handed to test files through provide/inject. On a fresh machine this
 * installs Debian packages and builds Kubernetes once (~6.5 min); later runs start in ~11 s.
 * Prometheus and kubectl are obtained here too, so no test pays for an apt install.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const [cluster] = await Promise.all([startTestCluster(), obtainPrometheus(), obtainKubectl()]);
  project.provide('pipelineKube', clusterInfo(cluster));
  return () => cluster.stop();
}
