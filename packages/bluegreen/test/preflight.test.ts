import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '@pipeline/core';
import type { Deployment } from '@pipeline/kube';
import { DEFAULT_PREFLIGHT, parsePreflight, preflight, PREFLIGHT_RULES } from '../src/preflight.ts';
import type { PreflightLevels, PreflightRule, RuleLevel } from '../src/preflight.ts';

const DIGEST = `sha256:${'a'.repeat(64)}`;

interface Shape {
  image?: string;
  readinessProbe?: boolean;
  resources?: { requests?: Record<string, string>; limits?: Record<string, string> } | undefined;
  strategy?: Record<string, unknown> | undefined;
  podLabels?: Record<string, string>;
  matchLabels?: Record<string, string>;
}

/** A Deployment that passes every rule unless a field says otherwise. */
function deployment(shape: Shape = {}): Deployment {
  const container: Record<string, unknown> = { name: 'app', image: shape.image ?? `registry.example/shop@${DIGEST}` };
  if (shape.readinessProbe !== false) container['readinessProbe'] = { httpGet: { path: '/readyz', port: 8080 } };
  if (!('resources' in shape)) container['resources'] = { requests: { cpu: '10m', memory: '32Mi' }, limits: { cpu: '200m', memory: '128Mi' } };
  else if (shape.resources !== undefined) container['resources'] = shape.resources;
  const spec: Record<string, unknown> = {
    replicas: 2,
    selector: { matchLabels: shape.matchLabels ?? { app: 'shop' } },
    template: { metadata: { labels: shape.podLabels ?? { app: 'shop' } }, spec: { containers: [container] } },
  };
  if (!('strategy' in shape)) spec['strategy'] = { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 0, maxSurge: 1 } };
  else if (shape.strategy !== undefined) spec['strategy'] = shape.strategy;
  return { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'shop' }, spec };
}

const ALL_ERRORS: PreflightLevels = { ...DEFAULT_PREFLIGHT, 'image-digest': 'error' };

function check(d: Deployment, levels: PreflightLevels = ALL_ERRORS, extra: { namespaceExists?: boolean } = {}) {
  return preflight({ deployment: d, where: 'deploy/app.yaml (Deployment shop)', identity: { app: 'shop' }, namespace: 'shop-prod', namespaceExists: extra.namespaceExists ?? true }, levels);
}

const rulesOf = (findings: ReturnType<typeof check>) => findings.map((f) => f.rule);

describe('preflight rules', () => {
  it('finds nothing in a Deployment that follows every rule', () => {
    expect(check(deployment())).toEqual([]);
  });

  it('flags a container without a readiness probe, naming the file and the container', () => {
    const findings = check(deployment({ readinessProbe: false }));
    expect(findings).toEqual([{ rule: 'readiness-probe', level: 'error', message: expect.stringMatching(/^deploy\/app\.yaml \(Deployment shop\): container 'app' has no readinessProbe/) as unknown }]);
  });

  it.each([
    ['no resources at all', undefined, 'requests or limits'],
    ['requests only', { requests: { cpu: '10m' } }, 'limits'],
    ['limits only', { limits: { cpu: '1' } }, 'requests'],
    ['empty requests', { requests: {}, limits: { cpu: '1' } }, 'requests'],
  ])('flags %s', (_name, resources, missing) => {
    const findings = check(deployment({ resources }));
    expect(rulesOf(findings)).toEqual(['resources']);
    expect(findings[0]?.message).toContain(`container 'app' has no resource ${missing};`);
  });

  it.each([
    ['unset (no rollingUpdate)', { type: 'RollingUpdate' }, 'unset (Kubernetes defaults it to 25%)'],
    ['unset (no strategy)', undefined, 'unset (Kubernetes defaults it to 25%)'],
    ['25%', { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: '25%' } }, "'25%'"],
    ['1', { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 1 } }, "'1'"],
  ])('flags maxUnavailable %s', (_name, strategy, shown) => {
    const findings = check(deployment({ strategy }));
    expect(rulesOf(findings)).toEqual(['max-unavailable']);
    expect(findings[0]?.message).toContain(`strategy.rollingUpdate.maxUnavailable is ${shown}; set it to 0`);
  });

  it.each([0, '0', '0%'])('accepts maxUnavailable %j', (value) => {
    expect(check(deployment({ strategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: value } } }))).toEqual([]);
  });

  it('flags the Recreate strategy under the max-unavailable rule', () => {
    const findings = check(deployment({ strategy: { type: 'Recreate' } }));
    expect(rulesOf(findings)).toEqual(['max-unavailable']);
    expect(findings[0]?.message).toContain('strategy is Recreate');
  });

  it('flags pod labels that lack the stable selector', () => {
    const findings = check(deployment({ podLabels: { app: 'shop-v2' }, matchLabels: { app: 'shop-v2' } }));
    expect(rulesOf(findings)).toEqual(['selector']);
    expect(findings[0]?.message).toContain("pod labels do not carry the stable Service's selector app=shop");
  });

  it('flags a Deployment selector that its own pod template does not satisfy', () => {
    const findings = check(deployment({ matchLabels: { app: 'shop', tier: 'web' } }));
    expect(rulesOf(findings)).toEqual(['selector']);
    expect(findings[0]?.message).toContain('spec.selector.matchLabels tier=web is not in the pod template');
  });

  it('flags an image without a digest when the rule is on, and not when it is off', () => {
    const findings = check(deployment({ image: 'registry.example/shop:1.2' }));
    expect(rulesOf(findings)).toEqual(['image-digest']);
    expect(findings[0]?.message).toContain("image 'registry.example/shop:1.2' has no @sha256: digest");
    expect(check(deployment({ image: 'registry.example/shop:1.2' }), DEFAULT_PREFLIGHT)).toEqual([]);
    expect(check(deployment({ image: `registry.example/shop:1.2@${DIGEST}` }))).toEqual([]);
  });

  it('flags a missing namespace', () => {
    const findings = check(deployment(), ALL_ERRORS, { namespaceExists: false });
    expect(findings).toEqual([{ rule: 'namespace', level: 'error', message: expect.stringContaining("namespace 'shop-prod' does not exist") as unknown }]);
  });

  const broken: Record<PreflightRule, { d: Deployment; namespaceExists?: boolean }> = {
    'readiness-probe': { d: deployment({ readinessProbe: false }) },
    resources: { d: deployment({ resources: undefined }) },
    'max-unavailable': { d: deployment({ strategy: { type: 'Recreate' } }) },
    selector: { d: deployment({ podLabels: { app: 'other' }, matchLabels: { app: 'other' } }) },
    'image-digest': { d: deployment({ image: 'shop:latest' }) },
    namespace: { d: deployment(), namespaceExists: false },
  };
  const cases = PREFLIGHT_RULES.flatMap((rule) => (['error', 'warning', 'off'] as RuleLevel[]).map((level) => [rule, level] as const));

  it.each(cases)('reports rule %s at level %s', (rule, level) => {
    const levels: PreflightLevels = { ...ALL_ERRORS, [rule]: level };
    const { d, namespaceExists } = broken[rule];
    const findings = check(d, levels, namespaceExists === undefined ? {} : { namespaceExists });
    const own = findings.filter((f) => f.rule === rule);
    if (level === 'off') {
      expect(own).toEqual([]);
    } else {
      expect(own.length).toBeGreaterThan(0);
      expect(new Set(own.map((f) => f.level))).toEqual(new Set([level]));
    }
    // Only the broken rule fires: the cases isolate one rule each.
    expect(findings.every((f) => f.rule === rule)).toBe(true);
  });

  it('checks every container, ignoring init containers', () => {
    const d = deployment();
    const spec = (d.spec?.['template'] as { spec: { containers: Record<string, unknown>[]; initContainers?: Record<string, unknown>[] } }).spec;
    spec.containers.push({ name: 'sidecar', image: `proxy@${DIGEST}`, resources: { requests: { cpu: '1m' }, limits: { cpu: '1' } } });
    spec.initContainers = [{ name: 'migrate', image: 'migrate:1' }];
    const findings = check(d);
    expect(findings.map((f) => [f.rule, f.message.includes("'sidecar'")])).toEqual([['readiness-probe', true]]);
  });
});

describe('the preflight input', () => {
  it('starts from the defaults, with image-digest following require-digest', () => {
    expect(parsePreflight(undefined, false)).toEqual({ ...DEFAULT_PREFLIGHT, 'image-digest': 'off' });
    expect(parsePreflight(undefined, true)).toEqual({ ...DEFAULT_PREFLIGHT, 'image-digest': 'error' });
  });

  it('sets levels per rule, comma or newline separated, with = or :', () => {
    expect(parsePreflight('resources=warning, readiness-probe: off\nmax-unavailable = warning\n\n', false)).toEqual({
      ...DEFAULT_PREFLIGHT, resources: 'warning', 'readiness-probe': 'off', 'max-unavailable': 'warning', 'image-digest': 'off',
    });
  });

  it('lets an explicit image-digest level win over require-digest', () => {
    expect(parsePreflight('image-digest=warning', true)['image-digest']).toBe('warning');
  });

  it.each(['resource=warning', 'resources=fatal', 'resources', 'Resources=off'])('refuses %s, listing the rules and levels', (text) => {
    let error: unknown;
    try {
      parsePreflight(text, false);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as ConfigurationError).input).toBe('preflight');
    expect((error as Error).message).toBe(`Input 'preflight' has '${text}'; expected <rule>=<error|warning|off> with rules ${PREFLIGHT_RULES.join(', ')}`);
  });
});
