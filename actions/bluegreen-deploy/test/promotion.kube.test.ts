// Manual promotion through the bundle: auto-promote: false pauses before the switch, promote
// finishes it, abort undoes it; status reads the colours; a dry run prints the plan and changes
// nothing. Every claim is checked against the API, not only the action's outputs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestNamespace, deleteTestNamespace, KubeHttp, useTestCluster } from '../../../test/kube/index.ts';
import type { ClusterLease, KubeList, KubeObject } from '../../../test/kube/index.ts';
import type { RunActionResult } from '../../../test/support/runner/index.ts';
import { appManifests, runDeploy, Workspace } from './support/scenario.ts';

const APP = 'shop';

let lease: ClusterLease;
let http: KubeHttp;
let ns: string;
const ws = new Workspace();

interface Svc extends KubeObject {
  spec: { selector: Record<string, string> };
}
interface Deploy extends KubeObject {
  spec: { replicas: number; template: { spec: { containers: { image: string }[] } } };
}

beforeAll(async () => {
  lease = await useTestCluster();
  http = new KubeHttp({ server: lease.info.server, token: lease.info.admin.token, ca: lease.info.caPem });
  ns = await createTestNamespace(http, 'bg-promo');
}, 180_000);

afterAll(async () => {
  await deleteTestNamespace(http, ns);
  ws.dispose();
  await lease.release();
});

function run(inputs: Record<string, string>, image?: string): Promise<RunActionResult> {
  if (image !== undefined) ws.write('deploy/app.yaml', appManifests({ app: APP, image, replicas: 1 }));
  return runDeploy({ workspace: ws, kubeconfig: lease.info.kubeconfig, inputs: { namespace: ns, service: APP, manifests: 'deploy/app.yaml', 'scale-down-delay': '0s', timeout: '60s', ...inputs } });
}

const stable = () => http.get<Svc>(`/api/v1/namespaces/${ns}/services/${APP}`);
const deployment = (colour: string) => http.get<Deploy>(`/apis/apps/v1/namespaces/${ns}/deployments/${APP}-${colour}`);
const progress = async () => {
  const text = (await stable()).metadata.annotations?.['pipeline.dev/progress'];
  return text === undefined ? undefined : JSON.parse(text) as { phase: string; target: string; revision: string; from: string };
};

function ok(result: RunActionResult, expected: string): void {
  expect(result.exitCode, result.stdout + result.stderr).toBe(0);
  expect(result.outputs['result'], result.stdout).toBe(expected);
}

async function snapshot(): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const path of [`/apis/apps/v1/namespaces/${ns}/deployments`, `/apis/apps/v1/namespaces/${ns}/replicasets`, `/api/v1/namespaces/${ns}/services`, `/apis/coordination.k8s.io/v1/namespaces/${ns}/leases`]) {
    for (const item of (await http.get<KubeList<KubeObject>>(path)).items) out[`${path.split('/').at(-1) ?? ''}/${item.metadata.name}`] = item.metadata.resourceVersion ?? '';
  }
  return out;
}

/** A snapshot once the controllers are done (the aborted colour's scale-down still updates its status for a moment). */
async function settledSnapshot(): Promise<Record<string, string>> {
  let last = await snapshot();
  for (let i = 0; i < 30; i++) {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const next = await snapshot();
    if (JSON.stringify(next) === JSON.stringify(last)) return next;
    last = next;
  }
  return last;
}

describe('manual promotion, abort, status and dry run', () => {
  let v2Revision = '';

  it('deploys v1, then pauses v2 before any user traffic reaches it', async () => {
    ok(await run({}, 'sample-app:v1'), 'promoted');
    const paused = await run({ 'auto-promote': 'false' }, 'sample-app:v2');
    ok(paused, 'paused');
    expect(paused.outputs['active-color']).toBe('blue');
    expect(paused.outputs['previous-color']).toBe('green');
    v2Revision = paused.outputs['revision'] ?? '';
    expect(v2Revision).toMatch(/^[0-9a-f]{12}$/);
    expect(paused.annotations.some((a) => a.level === 'notice' && /waiting for promotion/.test(a.message) && a.message.includes('action: promote'))).toBe(true);
    expect((await stable()).spec.selector).toEqual({ app: APP, color: 'blue' });
    expect(await progress()).toMatchObject({ phase: 'paused', target: 'green', revision: v2Revision, from: 'blue' });
    const green = await deployment('green');
    expect(green.spec.replicas).toBe(1);
    expect(green.spec.template.spec.containers[0]?.image).toBe('sample-app:v2');
  }, 120_000);

  it('reports paused again for the same revision, and refuses another revision while one waits', async () => {
    const again = await run({ 'auto-promote': 'false' });
    ok(again, 'paused');
    expect(again.outputs['revision']).toBe(v2Revision);
    const other = await run({ 'auto-promote': 'false' }, 'sample-app:v3');
    expect(other.exitCode).toBe(1);
    const error = other.annotations.find((a) => a.level === 'error');
    expect(error?.title).toBe("Input 'action'");
    expect(error?.message).toMatch(new RegExp(`revision ${v2Revision} \\(green, by .*\\) is waiting for promotion; run this action with action: promote or action: abort before deploying [0-9a-f]{12}`));
    expect(await progress()).toMatchObject({ phase: 'paused', revision: v2Revision });
    expect((await deployment('green')).spec.template.spec.containers[0]?.image).toBe('sample-app:v2');
  }, 120_000);

  it('promotes the paused deploy', async () => {
    const promoted = await run({ action: 'promote' });
    ok(promoted, 'promoted');
    expect(promoted.outputs['active-color']).toBe('green');
    expect(promoted.outputs['revision']).toBe(v2Revision);
    const svc = await stable();
    expect(svc.spec.selector).toEqual({ app: APP, color: 'green' });
    expect(svc.metadata.annotations?.['pipeline.dev/progress']).toBeUndefined();
    expect(svc.metadata.annotations?.['pipeline.dev/active-revision']).toBe(v2Revision);
    // scale-down-delay 0s: the previous colour goes at once.
    expect((await deployment('blue')).spec.replicas).toBe(0);
  }, 120_000);

  it('aborts another paused deploy: the old colour keeps serving, the new one goes to 0', async () => {
    ok(await run({ 'auto-promote': 'false' }, 'sample-app:v3'), 'paused');
    expect(await progress()).toMatchObject({ phase: 'paused', target: 'blue', from: 'green' });
    expect((await deployment('blue')).spec.replicas).toBe(1);
    const aborted = await run({ action: 'abort' });
    ok(aborted, 'aborted');
    expect(aborted.outputs['active-color']).toBe('green');
    const svc = await stable();
    expect(svc.spec.selector).toEqual({ app: APP, color: 'green' });
    expect(svc.metadata.annotations?.['pipeline.dev/progress']).toBeUndefined();
    expect(svc.metadata.annotations?.['pipeline.dev/failed-color']).toBe('blue');
    expect((await deployment('blue')).spec.replicas).toBe(0);
    expect((await deployment('green')).spec.replicas).toBe(1);
  }, 120_000);

  it('reports the colours with action: status, changing nothing', async () => {
    const before = await settledSnapshot();
    const result = await run({ action: 'status' });
    ok(result, 'status');
    expect(result.outputs['active-color']).toBe('green');
    expect(result.outputs['previous-color']).toBe('blue');
    expect(result.outputs['revision']).toBe(v2Revision);
    expect(result.summary).toContain('| green | blue |');
    expect(await snapshot()).toEqual(before);
  }, 90_000);

  it('prints a plan of objects and steps on dry-run, changing nothing', async () => {
    const before = await settledSnapshot();
    const annotations = (await stable()).metadata.annotations;
    const result = await run({ 'dry-run': 'true' }, 'sample-app:v4');
    ok(result, 'planned');
    expect(result.stdout).toContain(`Deployment ${ns}/${APP}-blue`);
    expect(result.stdout).toMatch(/\d+ to create, \d+ to change, \d+ unchanged/);
    expect(result.stdout).toContain(`Then, for ${ns}/${APP} (service):`);
    expect(result.stdout).toContain(`wait until Deployment ${APP}-blue has 1 ready replicas`);
    // No analysis configured, so the plan promises none.
    expect(result.stdout).toContain(`switch Service ${APP} selector green → blue\n`);
    expect(result.stdout).not.toContain('then analyse');
    expect(result.summary).toContain(`Plan for ${ns}/${APP}`);
    expect(await snapshot()).toEqual(before);
    expect((await stable()).metadata.annotations).toEqual(annotations);
    expect((await deployment('blue')).spec.template.spec.containers[0]?.image).toBe('sample-app:v3');
  }, 90_000);
});
