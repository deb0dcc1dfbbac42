import { describe, expect, it } from 'vitest';
import type { KubeObject } from './kube-http.ts';
import { unreadySelections } from './route-guard.ts';
import type { RecordedChange } from './route-guard.ts';

let seq = 0;
const change = (rv: number, kind: string, name: string, object: KubeObject | undefined, type: RecordedChange['type'] = 'MODIFIED'): RecordedChange =>
  ({ seq: seq++, at: rv * 10, rv, kind, type, name, object });

const pod = (name: string, colour: string, ready: boolean, terminating = false): KubeObject => ({
  metadata: { name, labels: { app: 'shop', color: colour }, ...(terminating ? { deletionTimestamp: '2024-05-01T10:00:00Z' } : {}) },
  status: { conditions: [{ type: 'Ready', status: ready ? 'True' : 'False' }] },
} as KubeObject);

const service = (colour: string): KubeObject => ({ metadata: { name: 'shop' }, spec: { selector: { app: 'shop', color: colour } } } as KubeObject);

const judge = (changes: RecordedChange[], baselineRv = 3) => unreadySelections(changes, { namespace: 'ns', service: 'shop', baselineRv, baselineAt: 0 });

/** Blue serves from a ready pod; a green pod exists. */
const start = (greenReady: boolean): RecordedChange[] => [
  change(1, 'Pod', 'b1', pod('b1', 'blue', true), 'ADDED'),
  change(2, 'Pod', 'g1', pod('g1', 'green', greenReady), 'ADDED'),
  change(3, 'Service', 'shop', service('blue'), 'ADDED'),
];

describe('unreadySelections', () => {
  it('accepts a switch to pods that are all Ready', () => {
    expect(judge([...start(true), change(4, 'Service', 'shop', service('green'))])).toEqual([]);
  });

  it('flags a switch to a pod that is not Ready, with the revision it happened at', () => {
    const found = judge([...start(false), change(4, 'Service', 'shop', service('green')), change(5, 'Pod', 'g1', pod('g1', 'green', true))]);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ kind: 'unready-selected', rv: 4, pod: 'g1', selector: { app: 'shop', color: 'green' } });
  });

  it('flags a new unready pod under the live selector: the serving colour rolled in place', () => {
    const found = judge([...start(true), change(4, 'Pod', 'b2', pod('b2', 'blue', false), 'ADDED')]);
    expect(found.map((v) => v.pod)).toEqual(['b2']);
  });

  it('judges the starting state as a whole', () => {
    expect(judge([...start(false), change(3, 'Service', 'shop', service('green'), 'ADDED')].filter((c, i) => i !== 2)).map((v) => v.pod)).toEqual(['g1']);
  });

  it('leaves a selected pod that later fails its probe, and terminating pods, to the endpoint rules', () => {
    expect(judge([
      ...start(true),
      change(4, 'Pod', 'b1', pod('b1', 'blue', false)),
      change(5, 'Pod', 'b9', pod('b9', 'blue', false, true), 'ADDED'),
      change(6, 'Pod', 'g1', pod('g1', 'green', false, true)),
      change(7, 'Service', 'shop', service('green')),
    ])).toEqual([]);
  });
});
