import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigurationError } from '@pipeline/core';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkCidr, parseTenants } from '../src/tenants.ts';

const root = join(import.meta.dirname, '..', '..', '..');
const schema = JSON.parse(readFileSync(join(root, 'tenant-isolate', 'tenants.schema.json'), 'utf8')) as object;
const validateSchema = new Ajv({ allErrors: true, strict: false }).compile(schema);

const GOOD = `set: platform
defaults:
  tier: small
  ingress-namespace: ingress-nginx
  pod-security-version: v1.29
tiers:
  gold:
    quota: { requests-cpu: 12, limits-memory: 48Gi, loadbalancers: 3 }
    limits: { max: { cpu: "0.5" } }
tenants:
  - name: team-a
    owners: { users: [alice], groups: [team-a] }
    egress:
      - namespaces: [shared-db]
        ports: [5432]
      - cidrs: [10.20.0.0/16]
        ports: [{ port: 53, protocol: UDP }]
    labels: { cost-centre: "42" }
    annotations: { contact: "a@example.com" }
  - name: team-b
    tier: gold
    owners: { groups: [team-b] }
    ingress-namespace: gateway
`;

function failure(text: string, file = 'tenants.yaml'): ConfigurationError {
  try {
    parseTenants(text, { file });
  } catch (error) {
    if (error instanceof ConfigurationError) return error;
    throw error;
  }
  throw new Error('expected the tenants file to be refused');
}

const tenant = (body: string) => `tenants:\n  - name: ok\n    owners: { users: [carol] }\n  - ${body}\n`;

describe('parseTenants', () => {
  it('reads tenants with defaults, tiers merged over built-ins, and canonical quantities', () => {
    const config = parseTenants(GOOD, { file: 'tenants.yaml' });
    expect(config.set).toBe('platform');
    expect(config.podSecurityVersion).toBe('v1.29');
    const [a, b] = config.tenants;
    expect(a).toMatchObject({ name: 'team-a', namespace: 'team-a', tier: 'small', ingressNamespace: 'ingress-nginx', line: 11, labels: { 'cost-centre': '42' } });
    expect(a?.egress).toEqual([
      { namespaces: ['shared-db'], cidrs: [], ports: [{ port: 5432, protocol: 'TCP' }] },
      { namespaces: [], cidrs: ['10.20.0.0/16'], ports: [{ port: 53, protocol: 'UDP' }] },
    ]);
    expect(b).toMatchObject({ tier: 'gold', ingressNamespace: 'gateway', line: 20 });
    // gold is not built in, so it starts from standard; 0.5 CPU is stored as 500m.
    expect(b?.profile.quota).toMatchObject({ requestsCpu: '12', limitsCpu: '16', limitsMemory: '48Gi', loadbalancers: 3, pods: 50 });
    expect(b?.profile.limits.max).toEqual({ cpu: '500m', memory: '8Gi' });
    expect(validateSchema(parse(GOOD))).toBe(true);
  });

  it.each([
    ['a name that is not DNS-1123', tenant('name: Team_A\n    owners: { users: [x] }'), "tenants.yaml:4: tenant 'Team_A', field 'tenants[1].name': 'Team_A' is not a DNS-1123 label"],
    ['a duplicate tenant', tenant('name: ok\n    owners: { users: [x] }'), "tenants.yaml:4: tenant 'ok', field 'tenants[1].name': duplicate tenant: 'ok' is already defined at tenants[0] (line 2)"],
    ['the default namespace', tenant('name: default\n    owners: { users: [x] }'), "tenant 'default', field 'tenants[1].name': 'default' is the cluster's shared namespace"],
    ['a kube-* namespace', tenant('name: kube-public\n    owners: { users: [x] }'), "tenant 'kube-public', field 'tenants[1].name': 'kube-public' is in the kube-* namespaces"],
    ['an unknown field', tenant('name: t\n    owner: { users: [x] }\n    owners: { users: [x] }'), "tenant 't', field 'tenants[1].owner': unknown field 'owner'"],
    ['an unparsable quantity', `tiers:\n  t:\n    quota: { requests-cpu: lots }\n${tenant('name: t\n    tier: t\n    owners: { users: [x] }')}`, "tenants.yaml:3: field 'tiers.t.quota.requests-cpu': 'lots' is not a Kubernetes quantity"],
    ['an invalid CIDR', tenant('name: t\n    owners: { users: [x] }\n    egress: [{ cidrs: [10.0.0.300/8] }]'), "tenant 't', field 'tenants[1].egress[0].cidrs[0]': '10.0.0.300/8' is not a CIDR"],
    ['a CIDR with host bits', tenant('name: t\n    owners: { users: [x] }\n    egress: [{ cidrs: [10.1.2.3/16] }]'), 'the network is 10.1.0.0/16'],
    ['a tenant without owners', tenant('name: t\n    owners: {}'), "tenant 't', field 'tenants[1].owners': a tenant needs at least one owner"],
    ['a system group as owner', tenant('name: t\n    owners: { groups: ["system:authenticated"] }'), 'is a system group'],
    ['an egress rule without destination', tenant('name: t\n    owners: { users: [x] }\n    egress: [{ ports: [443] }]'), "an egress rule needs 'namespaces' or 'cidrs'"],
    ['a reserved label', tenant('name: t\n    owners: { users: [x] }\n    labels: { pipeline.dev/tenant: other }'), "'pipeline.dev/tenant' is set by tenant-isolate itself"],
    ['an unknown tier', tenant('name: t\n    tier: platinum\n    owners: { users: [x] }'), "unknown tier 'platinum'"],
    ['an unpinned PSA version', `defaults: { pod-security-version: latest }\n${tenant('name: t\n    owners: { users: [x] }')}`, "'latest' is not pinned"],
  ])('refuses %s, naming the tenant and field', (_, text, message) => {
    const error = failure(text);
    expect(error.message).toContain(message);
    expect(error.file).toBe('tenants.yaml');
    expect(error.input).toBe('tenants');
    // The published schema refuses the same documents (CIDR host bits and system owners aside, which it cannot express).
    if (!/the network is|not a CIDR|system group|set by tenant-isolate|tier|pinned|owner|duplicate/.test(message)) expect(validateSchema(parse(text))).toBe(false);
  });

  it('reports every problem at once, each with its line', () => {
    const error = failure('tenants:\n  - name: Bad\n    owners: { users: [x] }\n  - name: kube-x\n    owners: { users: [y] }\n    extra: 1\n');
    expect(error.message.split('\n')).toEqual([
      "tenants.yaml:2: tenant 'Bad', field 'tenants[0].name': 'Bad' is not a DNS-1123 label: use at most 63 lower-case letters, digits and '-', starting and ending with a letter or digit",
      "tenants.yaml:6: tenant 'kube-x', field 'tenants[1].extra': unknown field 'extra'; valid fields here are 'name', 'tier', 'owners', 'egress', 'ingress-namespace', 'labels', 'annotations'",
      "tenants.yaml:4: tenant 'kube-x', field 'tenants[1].name': 'kube-x' is in the kube-* namespaces reserved for Kubernetes itself",
    ]);
    expect(error.line).toBe(2);
  });

  it('names the input, not a file, for inline YAML', () => {
    expect(() => parseTenants('tenants:\n  - name: a\n    owners: { users: [x] }\n    tier: 3\n')).toThrow("the 'tenants' input (line 4): tenant 'a', field 'tenants[0].tier': unknown tier 3");
  });

  it('refuses YAML that does not parse, and documents without tenants', () => {
    expect(failure('tenants: [\n').message).toContain('tenants.yaml:2: the tenants document is not valid YAML');
    expect(failure('set: x\n').message).toContain("field 'document': expected 'tenants'");
  });
});

describe('checkCidr', () => {
  it.each([
    ['10.0.0.0/8', { cidr: '10.0.0.0/8' }],
    ['0.0.0.0/0', { cidr: '0.0.0.0/0' }],
    ['fd00::/64', { cidr: 'fd00::/64' }],
  ])('accepts %s', (text, expected) => expect(checkCidr(text)).toEqual(expected));

  it.each([['10.0.0.0'], ['10.0.0.0/33'], ['example.com/8'], ['fd00::/129']])('refuses %s', (text) => {
    expect(checkCidr(text)).toHaveProperty('problem');
  });
});
