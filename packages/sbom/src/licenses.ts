import { ConfigurationError } from '@pipeline/core';
import parseSpdx from 'spdx-expression-parse';
import satisfies from 'spdx-satisfies';
import type { Component } from './model.ts';

export type UnknownLicense = 'fail' | 'warn' | 'ignore';

export interface LicenseException {
  /** A PURL (with or without version), `name` or `name@version`. */
  match: string;
  reason: string;
}

export interface LicensePolicy {
  allow: string[];
  deny: string[];
  unknown: UnknownLicense;
  exceptions: LicenseException[];
}

export interface LicenseFinding {
  component: Pick<Component, 'name' | 'version' | 'purl'>;
  license?: string;
  problem: 'denied' | 'not-allowed' | 'unknown';
  severity: 'error' | 'warning';
  /** Where the component is locked, for the annotation. */
  location?: { file: string; line?: number };
}

export interface LicenseReport {
  verdict: 'pass' | 'warn' | 'fail';
  findings: LicenseFinding[];
  /** Components let through by a `license-exceptions` entry, with its reason. */
  excepted: { purl: string; license?: string; reason: string }[];
  /** Component count per license (`unknown` for none). */
  byLicense: Map<string, number>;
}

type Leaf = { license: string; plus?: boolean; exception?: string };
type Node = Leaf | { left: Node; conjunction: 'and' | 'or'; right: Node };

function leaves(node: Node): Leaf[] {
  return 'license' in node ? [node] : [...leaves(node.left), ...leaves(node.right)];
}

function leafText(leaf: Leaf): string {
  return `${leaf.license}${leaf.plus ? '+' : ''}${leaf.exception ? ` WITH ${leaf.exception}` : ''}`;
}

/** Parses one policy entry; spdx-satisfies accepts only simple ones (no AND/OR) in its list. */
function policyEntry(entry: string, input: string): string {
  let parsed: Node;
  try {
    parsed = parseSpdx(entry) as Node;
  } catch (error) {
    throw new ConfigurationError(
      `Input '${input}' has '${entry}', which is not an SPDX license expression (${error instanceof Error ? error.message : String(error)}). Use identifiers from https://spdx.org/licenses/ such as 'MIT', 'Apache-2.0' or 'GPL-2.0-or-later'.`,
      { input },
    );
  }
  if (!('license' in parsed)) throw new ConfigurationError(`Input '${input}' has '${entry}': list licenses one per entry, without AND/OR (for example 'MIT, Apache-2.0').`, { input });
  return entry;
}

export function parseLicensePolicy(raw: { allow: readonly string[]; deny: readonly string[]; unknown: UnknownLicense; exceptions: readonly string[] }): LicensePolicy {
  const exceptions = raw.exceptions.map((line) => {
    const m = /^(\S+?):?\s+(?:[-:#]\s*)?(\S.*)$/.exec(line.trim());
    if (!m?.[1] || !m[2]) {
      throw new ConfigurationError(`Input 'license-exceptions' has '${line}': write one package per line followed by its reason, for example 'pkg:npm/left-pad@1.3.0 reviewed by legal, LEGAL-42'.`, { input: 'license-exceptions' });
    }
    return { match: m[1], reason: m[2].trim() };
  });
  return {
    allow: raw.allow.map((e) => policyEntry(e, 'allow-licenses')),
    deny: raw.deny.map((e) => policyEntry(e, 'deny-licenses')),
    unknown: raw.unknown,
    exceptions,
  };
}

function exceptionFor(policy: LicensePolicy, c: Pick<Component, 'name' | 'version' | 'purl'>): LicenseException | undefined {
  const purlNoVersion = c.purl.replace(/@[^@/?#]*(?=[?#]|$)/, '');
  return policy.exceptions.find((e) => e.match === c.purl || e.match === purlNoVersion || e.match === c.name || e.match === `${c.name}@${c.version}`);
}

function tryParse(expression: string): Node | undefined {
  try {
    return parseSpdx(expression) as Node;
  } catch {
    return undefined;
  }
}

function safeSatisfies(expression: string, list: string[]): boolean {
  if (list.length === 0) return false;
  try {
    return satisfies(expression, list);
  } catch {
    return false;
  }
}

/**
 * Judges each component's license. An expression passes the deny list when some choice
 * it offers avoids every denied license, and the allow list when some choice uses only
 * allowed ones (spdx-satisfies does the choosing, including `+` ranges and exceptions).
 */
export function evaluateLicenses(components: readonly (Component & { locations?: { file: string; line?: number }[] })[], policy: LicensePolicy): LicenseReport {
  const findings: LicenseFinding[] = [];
  const excepted: LicenseReport['excepted'] = [];
  const byLicense = new Map<string, number>();
  for (const c of components) {
    byLicense.set(c.license ?? 'unknown', (byLicense.get(c.license ?? 'unknown') ?? 0) + 1);
    const location = c.locations?.[0] ?? (c.line ? { file: '', line: c.line } : undefined);
    const base = { component: { name: c.name, version: c.version, purl: c.purl }, ...(c.license ? { license: c.license } : {}), ...(location ? { location } : {}) };
    const tree = c.license ? tryParse(c.license) : undefined;
    let problem: LicenseFinding['problem'] | undefined;
    if (!tree || !c.license) {
      if (policy.unknown !== 'ignore') problem = 'unknown';
    } else {
      const ids = [...new Set(leaves(tree).map(leafText))];
      if (policy.deny.length > 0) {
        const permitted = ids.filter((id) => !safeSatisfies(id, policy.deny));
        if (!safeSatisfies(c.license, permitted)) problem = 'denied';
      }
      if (!problem && policy.allow.length > 0 && !safeSatisfies(c.license, policy.allow)) problem = 'not-allowed';
    }
    if (!problem) continue;
    const exception = exceptionFor(policy, c);
    if (exception) {
      excepted.push({ purl: c.purl, ...(c.license ? { license: c.license } : {}), reason: exception.reason });
      continue;
    }
    const severity = problem === 'unknown' && policy.unknown === 'warn' ? 'warning' : 'error';
    findings.push({ ...base, problem, severity });
  }
  const verdict = findings.some((f) => f.severity === 'error') ? 'fail' : findings.length > 0 ? 'warn' : 'pass';
  return { verdict, findings, excepted, byLicense };
}
