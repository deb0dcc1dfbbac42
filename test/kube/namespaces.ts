import { randomBytes } from 'node:crypto';
import type { KubeHttp } from './kube-http.ts';
import { KubeStatusError } from './kube-http.ts';

/** Creates a namespace with a unique name (`<prefix>-<random>`) so every test works in its own. */
export async function createTestNamespace(http: KubeHttp, prefix: string): Promise<string> {
  const name = `${prefix}-${randomBytes(3).toString('hex')}`.toLowerCase().replace(/[^a-z0-9-]/g, '-').slice(0, 63);
  await http.post('/api/v1/namespaces', { apiVersion: 'v1', kind: 'Namespace', metadata: { name, labels: { 'pipeline.test/namespace': 'true' } } });
  return name;
}

/** Starts deleting a namespace; the namespace controller and the simulator finish the job. */
export async function deleteTestNamespace(http: KubeHttp, name: string): Promise<void> {
  try {
    await http.delete(`/api/v1/namespaces/${name}`);
  } catch (error) {
    if (!(error instanceof KubeStatusError && error.status === 404)) throw error;
  }
}
