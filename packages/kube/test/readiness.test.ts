import { describe, expect, it } from 'vitest';
import type { Deployment, EndpointSlice, KubeEvent, Pod } from '../src/index.ts';
import {
  RolloutError, deploymentRolloutStatus, diagnosePod, endpointsFromEndpoints, endpointsFromSlices, selectorToString, subjectAccessReview, summariseEvents,
} from '../src/index.ts';

function deployment(status: NonNullable<Deployment['status']>, generation = 2, replicas = 3): Deployment {
  return { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'web', namespace: 'shop', generation }, spec: { replicas }, status };
}

describe('deploymentRolloutStatus', () => {
  it('follows kubectl rollout status step by step', () => {
    expect(deploymentRolloutStatus(deployment({ observedGeneration: 1 }))).toEqual({ done: false, message: 'Waiting for deployment "web" spec update to be observed...' });
    expect(deploymentRolloutStatus(deployment({ observedGeneration: 2, replicas: 4, updatedReplicas: 1, availableReplicas: 3 })).message)
      .toBe('Waiting for deployment "web" rollout to finish: 1 out of 3 new replicas have been updated...');
    expect(deploymentRolloutStatus(deployment({ observedGeneration: 2, replicas: 4, updatedReplicas: 3, availableReplicas: 3 })).message)
      .toBe('Waiting for deployment "web" rollout to finish: 1 old replicas are pending termination...');
    expect(deploymentRolloutStatus(deployment({ observedGeneration: 2, replicas: 3, updatedReplicas: 3, availableReplicas: 2 })).message)
      .toBe('Waiting for deployment "web" rollout to finish: 2 of 3 updated replicas are available...');
    expect(deploymentRolloutStatus(deployment({ observedGeneration: 2, replicas: 3, updatedReplicas: 3, availableReplicas: 3 }))).toEqual({ done: true, message: 'deployment "web" successfully rolled out' });
    expect(deploymentRolloutStatus(deployment({ observedGeneration: 2 }, 2, 0)).done).toBe(true);
  });

  it('fails on ProgressDeadlineExceeded', () => {
    const status = deploymentRolloutStatus(deployment({
      observedGeneration: 2, replicas: 3, updatedReplicas: 1,
      conditions: [{ type: 'Progressing', status: 'False', reason: 'ProgressDeadlineExceeded', message: 'ReplicaSet "web-5d4" has timed out progressing.' }],
    }));
    expect(status).toEqual({ done: false, failed: 'ProgressDeadlineExceeded', message: 'deployment "web" exceeded its progress deadline: ReplicaSet "web-5d4" has timed out progressing.' });
  });
});

function pod(status: NonNullable<Pod['status']>): Pod {
  return { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'web-5d4-abc' }, status };
}

describe('diagnosePod', () => {
  it('reports fatal waiting reasons, crash loops with the last exit, and restarts', () => {
    expect(diagnosePod(pod({ containerStatuses: [{ name: 'app', ready: false, restartCount: 0, state: { waiting: { reason: 'ImagePullBackOff', message: 'Back-off pulling image "x"' } } }] })))
      .toEqual([{ pod: 'web-5d4-abc', container: 'app', reason: 'ImagePullBackOff', message: 'Back-off pulling image "x"', restarts: 0, fatal: true }]);
    expect(diagnosePod(pod({ containerStatuses: [{ name: 'app', ready: false, restartCount: 2, state: { waiting: { reason: 'CrashLoopBackOff', message: 'back-off 10s' } }, lastState: { terminated: { exitCode: 1, reason: 'Error' } } }] })))
      .toEqual([{ pod: 'web-5d4-abc', container: 'app', reason: 'CrashLoopBackOff', message: 'back-off 10s (last exit 1 Error)', restarts: 2, fatal: true }]);
    expect(diagnosePod(pod({ containerStatuses: [{ name: 'app', ready: true, restartCount: 5, state: { running: {} }, lastState: { terminated: { exitCode: 137, reason: 'OOMKilled' } } }] }))[0])
      .toMatchObject({ reason: 'Restarting', message: 'restarted 5 times (last exit 137 OOMKilled)', fatal: true });
    // A first ErrImagePull may be a registry hiccup; the back-off that follows is the signal.
    expect(diagnosePod(pod({ containerStatuses: [{ name: 'app', ready: false, restartCount: 0, state: { waiting: { reason: 'ErrImagePull' } } }] }))[0]?.fatal).toBe(false);
  });

  it('reports a running container that is not ready, an unschedulable pod, and nothing for a healthy one', () => {
    expect(diagnosePod(pod({ containerStatuses: [{ name: 'app', ready: false, restartCount: 0, state: { running: {} } }] })))
      .toEqual([{ pod: 'web-5d4-abc', container: 'app', reason: 'NotReady', message: 'running but not ready (readiness probe not passing yet)', restarts: 0, fatal: false }]);
    expect(diagnosePod(pod({ conditions: [{ type: 'PodScheduled', status: 'False', reason: 'Unschedulable', message: '0/1 nodes are available: 1 Insufficient cpu.' }] })))
      .toEqual([{ pod: 'web-5d4-abc', container: undefined, reason: 'Unschedulable', message: '0/1 nodes are available: 1 Insufficient cpu.', restarts: 0, fatal: false }]);
    expect(diagnosePod(pod({ containerStatuses: [{ name: 'app', ready: false, restartCount: 0, state: { waiting: { reason: 'ContainerCreating' } } }] }))).toEqual([]);
    expect(diagnosePod(pod({ containerStatuses: [{ name: 'app', ready: true, restartCount: 0, state: { running: {} } }] }))).toEqual([]);
  });

  it('writes a failure report with pods and the most recent events first', () => {
    const events: KubeEvent[] = [
      { apiVersion: 'v1', kind: 'Event', metadata: { name: 'e1' }, involvedObject: { kind: 'Pod', name: 'web-5d4-abc' }, type: 'Normal', reason: 'Pulling', message: 'Pulling image "x"', lastTimestamp: '2024-05-01T10:00:01Z' },
      { apiVersion: 'v1', kind: 'Event', metadata: { name: 'e2' }, involvedObject: { kind: 'Pod', name: 'web-5d4-abc' }, type: 'Warning', reason: 'Failed', message: 'Error: ImagePullBackOff', lastTimestamp: '2024-05-01T10:00:09Z', count: 4 },
      { apiVersion: 'v1', kind: 'Event', metadata: { name: 'e3' }, involvedObject: { kind: 'ReplicaSet', name: 'web-5d4' }, type: 'Warning', reason: 'FailedCreate', message: 'exceeded quota', eventTime: '2024-05-01T10:00:05.000000Z' },
    ];
    const summary = summariseEvents(events, 2);
    expect(summary.map((e) => [e.object, e.reason, e.count])).toEqual([['Pod/web-5d4-abc', 'Failed', 4], ['ReplicaSet/web-5d4', 'FailedCreate', 1]]);
    const error = new RolloutError('PodFailure', 'Deployment shop/web cannot become available', [{ pod: 'web-5d4-abc', container: 'app', reason: 'ImagePullBackOff', message: 'Back-off pulling image "x"', restarts: 0, fatal: true }], summary, undefined);
    expect(error.message).toBe([
      'Deployment shop/web cannot become available',
      '  pod web-5d4-abc container app: ImagePullBackOff (Back-off pulling image "x")',
      '  recent events:',
      '    2024-05-01T10:00:09Z Warning Pod/web-5d4-abc Failed: Error: ImagePullBackOff (x4)',
      '    2024-05-01T10:00:05.000000Z Warning ReplicaSet/web-5d4 FailedCreate: exceeded quota',
    ].join('\n'));
  });

  it('renders label selectors for the API', () => {
    expect(selectorToString({ matchLabels: { app: 'web', colour: 'blue' }, matchExpressions: [
      { key: 'tier', operator: 'In', values: ['a', 'b'] }, { key: 'x', operator: 'NotIn', values: ['c'] }, { key: 'y', operator: 'Exists' }, { key: 'z', operator: 'DoesNotExist' },
    ] })).toBe('app=web,colour=blue,tier in (a,b),x notin (c),y,!z');
  });
});

describe('service endpoints', () => {
  const slice = (endpoints: NonNullable<EndpointSlice['endpoints']> | null): EndpointSlice => ({ apiVersion: 'discovery.k8s.io/v1', kind: 'EndpointSlice', metadata: { name: 's' }, endpoints });

  it('counts each pod once across slices; nil ready counts as ready, terminating never does', () => {
    const result = endpointsFromSlices([
      slice([
        { addresses: ['10.244.0.5'], conditions: { ready: true }, targetRef: { kind: 'Pod', name: 'a', uid: 'ua' } },
        { addresses: ['10.244.0.6'], conditions: {}, targetRef: { kind: 'Pod', name: 'b', uid: 'ub' } },
        { addresses: ['10.244.0.7'], conditions: { ready: false }, targetRef: { kind: 'Pod', name: 'c', uid: 'uc' } },
        { addresses: ['10.244.0.8'], conditions: { ready: true, terminating: true }, targetRef: { kind: 'Pod', name: 'd', uid: 'ud' } },
      ]),
      // The IPv6 slice of the same dual-stack pods.
      slice([{ addresses: ['fd00::5'], conditions: { ready: true }, targetRef: { kind: 'Pod', name: 'a', uid: 'ua' } }]),
      slice(null),
    ]);
    expect(result.ready.map((e) => e.pod)).toEqual(['a', 'b']);
    expect(result.notReady.map((e) => e.pod)).toEqual(['c', 'd']);
  });

  it('reads core Endpoints the same way', () => {
    const result = endpointsFromEndpoints({
      apiVersion: 'v1', kind: 'Endpoints', metadata: { name: 'web' },
      subsets: [{ addresses: [{ ip: '10.244.0.5', targetRef: { kind: 'Pod', name: 'a', uid: 'ua' } }], notReadyAddresses: [{ ip: '10.244.0.7' }] }],
    });
    expect(result).toEqual({ source: 'v1/Endpoints', ready: [{ address: '10.244.0.5', pod: 'a', uid: 'ua' }], notReady: [{ address: '10.244.0.7' }] });
    expect(endpointsFromEndpoints(undefined)).toEqual({ source: 'v1/Endpoints', ready: [], notReady: [] });
  });
});

describe('subjectAccessReview', () => {
  it('gives a service account the user name and groups its tokens carry', () => {
    expect(subjectAccessReview({ serviceAccount: { namespace: 'tenant-a', name: 'deployer' } }, { verb: 'create', resource: 'deployments', group: 'apps', namespace: 'tenant-b' })).toEqual({
      apiVersion: 'authorization.k8s.io/v1',
      kind: 'SubjectAccessReview',
      spec: {
        resourceAttributes: { verb: 'create', resource: 'deployments', group: 'apps', namespace: 'tenant-b' },
        user: 'system:serviceaccount:tenant-a:deployer',
        groups: ['system:serviceaccounts', 'system:serviceaccounts:tenant-a', 'system:authenticated'],
      },
    });
  });

  it('checks users, groups and non-resource paths, with system:authenticated unless told otherwise', () => {
    expect(subjectAccessReview({ user: 'alice', groups: ['team-a'] }, { verb: 'get', path: '/healthz' })['spec'])
      .toEqual({ nonResourceAttributes: { verb: 'get', path: '/healthz' }, groups: ['team-a', 'system:authenticated'], user: 'alice' });
    expect(subjectAccessReview({ groups: ['team-a'], authenticated: false }, { verb: 'list', resource: 'namespaces' })['spec'])
      .toEqual({ resourceAttributes: { verb: 'list', resource: 'namespaces', group: '' }, groups: ['team-a'] });
  });
});
