// Checks that must hold before anything is changed: each is an error, a warning or off.
import { ConfigurationError } from '@pipeline/core';
import { hasDigest, podSpecOf } from '@pipeline/kube';
import type { Container, Deployment } from '@pipeline/kube';

export const PREFLIGHT_RULES = ['readiness-probe', 'resources', 'max-unavailable', 'selector', 'image-digest', 'namespace'] as const;
export type PreflightRule = (typeof PREFLIGHT_RULES)[number];
export type RuleLevel = 'error' | 'warning' | 'off';
export type PreflightLevels = Record<PreflightRule, RuleLevel>;

export const DEFAULT_PREFLIGHT: PreflightLevels = {
  'readiness-probe': 'error',
  resources: 'error',
  'max-unavailable': 'error',
  selector: 'error',
  'image-digest': 'off',
  namespace: 'error',
};

/**
 * `readiness-probe=warning, resources=off` (comma or newline separated) over the defaults;
 * `require-digest: true` turns image-digest into an error unless the rule is set explicitly.
 */
export function parsePreflight(text: string | undefined, requireDigest: boolean): PreflightLevels {
  const levels: PreflightLevels = { ...DEFAULT_PREFLIGHT, 'image-digest': requireDigest ? 'error' : 'off' };
  for (const item of (text ?? '').split(/[\n,]/).map((s) => s.trim()).filter((s) => s !== '')) {
    const match = /^([a-z-]+)\s*[=:]\s*(error|warning|off)$/.exec(item);
    const rule = match?.[1];
    if (match === null || rule === undefined || !(PREFLIGHT_RULES as readonly string[]).includes(rule)) {
      throw new ConfigurationError(`Input 'preflight' has '${item}'; expected <rule>=<error|warning|off> with rules ${PREFLIGHT_RULES.join(', ')}`, { input: 'preflight' });
    }
    levels[rule as PreflightRule] = match[2] as RuleLevel;
  }
  return levels;
}

export interface Finding {
  rule: PreflightRule;
  level: 'error' | 'warning';
  message: string;
}

export interface PreflightInput {
  deployment: Deployment;
  /** Where the Deployment came from, e.g. `deploy/app.yaml document #2`. */
  where: string;
  /** The stable Service's selector without the colour. */
  identity: Record<string, string>;
  namespaceExists: boolean;
  namespace: string;
}

function containersOf(d: Deployment): Container[] {
  const spec = podSpecOf(d)?.spec;
  // Init containers run to completion before readiness, so probes and traffic rules do not apply to them.
  return (spec?.['containers'] as Container[] | undefined) ?? [];
}

/** Runs every rule that is not off; the caller fails on any error-level finding. */
export function preflight(input: PreflightInput, levels: PreflightLevels): Finding[] {
  const out: Finding[] = [];
  const add = (rule: PreflightRule, message: string) => {
    const level = levels[rule];
    if (level !== 'off') out.push({ rule, level, message: `${input.where}: ${message}` });
  };
  const d = input.deployment;
  const containers = containersOf(d);
  for (const c of containers) {
    if (c['readinessProbe'] === undefined) {
      add('readiness-probe', `container '${c.name}' has no readinessProbe; without one a pod counts as ready before it can serve, so the switch could send traffic to it`);
    }
    const resources = c['resources'] as { requests?: Record<string, unknown>; limits?: Record<string, unknown> } | undefined;
    const missing = [Object.keys(resources?.requests ?? {}).length === 0 ? 'requests' : '', Object.keys(resources?.limits ?? {}).length === 0 ? 'limits' : ''].filter((s) => s !== '');
    if (missing.length > 0) add('resources', `container '${c.name}' has no resource ${missing.join(' or ')}; both colours run side by side, so the namespace must have room for them, and quotas need requests`);
    if (typeof c.image === 'string' && !hasDigest(c.image)) add('image-digest', `container '${c.name}' image '${c.image}' has no @sha256: digest; pin it (e.g. through the 'images' input) so what was tested is what runs`);
  }
  const strategy = d.spec?.['strategy'] as { type?: string; rollingUpdate?: { maxUnavailable?: number | string } } | undefined;
  const maxUnavailable = strategy?.rollingUpdate?.maxUnavailable;
  if (strategy?.type === 'Recreate') add('max-unavailable', 'strategy is Recreate, which stops every pod before starting new ones; use RollingUpdate with maxUnavailable: 0');
  else if (maxUnavailable !== 0 && maxUnavailable !== '0' && maxUnavailable !== '0%') {
    add('max-unavailable', `strategy.rollingUpdate.maxUnavailable is ${maxUnavailable === undefined ? 'unset (Kubernetes defaults it to 25%)' : `'${String(maxUnavailable)}'`}; set it to 0 so a colour never drops below its ready capacity`);
  }
  const labels = (d.spec?.['template'] as { metadata?: { labels?: Record<string, string> } } | undefined)?.metadata?.labels ?? {};
  const mismatched = Object.entries(input.identity).filter(([k, v]) => labels[k] !== v);
  if (mismatched.length > 0) {
    add('selector', `pod labels do not carry the stable Service's selector ${mismatched.map(([k, v]) => `${k}=${v}`).join(', ')}; the Service would not reach these pods`);
  }
  const selector = d.spec?.selector?.matchLabels ?? {};
  const conflicting = Object.entries(selector).filter(([k, v]) => labels[k] !== v);
  if (conflicting.length > 0) add('selector', `spec.selector.matchLabels ${conflicting.map(([k, v]) => `${k}=${v}`).join(', ')} is not in the pod template's labels`);
  if (!input.namespaceExists) add('namespace', `namespace '${input.namespace}' does not exist; create it first (tenant-isolate does, with its quota and policies)`);
  return out;
}
