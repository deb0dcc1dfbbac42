import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigurationError } from '@pipeline/core';
import { planWaves, tenantNames } from '../src/waves.ts';

const workspace = mkdtempSync(join(tmpdir(), 'bg-waves-'));
afterAll(() => rmSync(workspace, { recursive: true, force: true }));

const TENANTS = 'tenants:\n  - name: t1\n    owners: { users: [alice] }\n  - name: t2\n  - name: t3\n';

/** `tenants: null` leaves the tenants input out. */
function plan(waves: string | undefined, tenants: string | null = TENANTS, namespace?: string) {
  return planWaves({ namespace, tenants: tenants ?? undefined, waves, workspace });
}

function refusal(fn: () => unknown): ConfigurationError {
  try {
    fn();
  } catch (error) {
    if (error instanceof ConfigurationError) return error;
    throw error;
  }
  throw new Error('accepted');
}

describe('waves', () => {
  it('deploys the canary tenant first, then every other tenant', () => {
    expect(plan('canary: [t1]\nrest: ["*"]')).toEqual([{ name: 'canary', namespaces: ['t1'] }, { name: 'rest', namespaces: ['t2', 't3'] }]);
  });

  it('keeps the order of the waves as written, and of the tenants within them', () => {
    expect(plan('first: [t3, t1]\nthen: [t2]')).toEqual([{ name: 'first', namespaces: ['t3', 't1'] }, { name: 'then', namespaces: ['t2'] }]);
    expect(plan('{ canary: t2, rest: "*" }')).toEqual([{ name: 'canary', namespaces: ['t2'] }, { name: 'rest', namespaces: ['t1', 't3'] }]);
  });

  it('drops a "*" wave that has nobody left', () => {
    expect(plan('all: [t1, t2, t3]\nrest: ["*"]')).toEqual([{ name: 'all', namespaces: ['t1', 't2', 't3'] }]);
  });

  it('puts every tenant in one wave without waves, and the namespace alone without tenants', () => {
    expect(plan(undefined)).toEqual([{ name: 'all', namespaces: ['t1', 't2', 't3'] }]);
    expect(plan(undefined, null, 'shop')).toEqual([{ name: 'all', namespaces: ['shop'] }]);
  });

  it('reads the tenants file from the workspace', () => {
    writeFileSync(join(workspace, 'tenants.yaml'), TENANTS);
    expect(tenantNames('tenants.yaml', workspace)).toEqual(['t1', 't2', 't3']);
    expect(planWaves({ namespace: undefined, tenants: 'tenants.yaml', waves: 'canary: [t2]\nrest: ["*"]', workspace })).toEqual([
      { name: 'canary', namespaces: ['t2'] }, { name: 'rest', namespaces: ['t1', 't3'] },
    ]);
  });

  it('refuses an unknown tenant, naming the tenants there are', () => {
    const error = refusal(() => plan('canary: [t9]\nrest: ["*"]'));
    expect(error.input).toBe('waves');
    expect(error.message).toBe("Input 'waves': wave 'canary' names tenant 't9', which is not in the tenants file; tenants are t1, t2, t3");
  });

  it('refuses a tenant in two waves', () => {
    expect(refusal(() => plan('canary: [t1]\nrest: [t1, t2, t3]')).message).toBe("Input 'waves': tenant 't1' is in more than one wave");
    expect(refusal(() => plan('all: ["*"]\nlate: [t2]')).message).toBe("Input 'waves': tenant 't2' is in more than one wave");
  });

  it('refuses waves that leave tenants out', () => {
    const error = refusal(() => plan('canary: [t1]\nnext: [t3]'));
    expect(error.message).toBe("Input 'waves' leaves tenants t2 in no wave; add them, or end with a wave of [\"*\"]");
  });

  it('refuses waves that are not a mapping of lists, or come without tenants', () => {
    expect(refusal(() => plan('- t1\n- t2')).message).toMatch(/^Input 'waves' must be a YAML mapping from wave name to tenants/);
    expect(refusal(() => plan('canary: []\nrest: ["*"]')).message).toBe("Input 'waves': wave 'canary' needs a list of tenants (or [\"*\"])");
    expect(refusal(() => plan('canary: [t1]', null, 'shop')).message).toBe("Input 'waves' needs 'tenants': the waves name tenants of a tenants file");
    expect(refusal(() => plan(undefined, null)).input).toBe('namespace');
  });

  it('refuses a tenants file without tenants, or with a tenant that is not a namespace name', () => {
    expect(refusal(() => plan(undefined, 'set: x\n')).message).toBe("Input 'tenants' has no 'tenants' list; expected tenant-isolate's tenants file (tenants: [{ name: t1, … }])");
    expect(refusal(() => plan(undefined, 'tenants:\n  - name: Team_A\n')).message).toBe("Input 'tenants': tenants[0] needs a 'name' that is a namespace name");
    expect(refusal(() => plan(undefined, 'absent.yaml')).message).toBe("Input 'tenants' names absent.yaml, which does not exist; give inline YAML or the path of a YAML file in the workspace");
  });
});
