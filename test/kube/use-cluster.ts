import { inject } from 'vitest';
import type { TestClusterInfo } from './cluster.ts';
import { clusterInfo, startTestCluster } from './cluster.ts';

export interface ClusterLease {
  info: TestClusterInfo;
  /** Whether this test file started its own cluster (no globalSetup provided one). */
  private: boolean;
  /** Stops the cluster if this file started it; a no-op for the shared one. */
  release(): Promise<void>;
}

/**
 * The cluster for a test file: the one globalSetup provided, or, when the file runs without
 * that setup, a private one owned by this worker (slower: ~11 s per file). Call in beforeAll
 * and `release()` in afterAll.
 */
export async function useTestCluster(): Promise<ClusterLease> {
  const provided = inject('pipelineKube') as TestClusterInfo | undefined;
  if (provided !== undefined) return { info: provided, private: false, release: () => Promise.resolve() };
  const cluster = await startTestCluster();
  return { info: clusterInfo(cluster), private: true, release: () => cluster.stop() };
}
