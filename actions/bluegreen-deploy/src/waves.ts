// Which namespaces to deploy, in which order: one namespace, or the tenants of a tenants file
// (tenant-isolate's format; a tenant's namespace is its name) grouped into waves.
import { ConfigurationError } from '@pipeline/core';
import { readYamlInput } from '@pipeline/bluegreen';
import { isDocument, isMap, parseDocument } from 'yaml';

export interface Wave {
  name: string;
  namespaces: string[];
}

function parse(text: string, where: string, input: string): unknown {
  const doc = parseDocument(text, { prettyErrors: false });
  if (!isDocument(doc) || doc.errors.length > 0) throw new ConfigurationError(`${where} is not valid YAML (${doc.errors[0]?.code ?? 'parse error'})`, { input });
  return doc;
}

/** The tenant names of a tenants file: `tenants: [{ name: t1, … }, …]`. */
export function tenantNames(text: string, workspace: string): string[] {
  const source = readYamlInput(text, { workspace, input: 'tenants' });
  const doc = parse(source.text, source.where, 'tenants') as ReturnType<typeof parseDocument>;
  const value = doc.toJS() as { tenants?: unknown } | null;
  const list = value?.tenants;
  if (!Array.isArray(list) || list.length === 0) throw new ConfigurationError(`${source.where} has no 'tenants' list; expected tenant-isolate's tenants file (tenants: [{ name: t1, … }])`, { input: 'tenants' });
  return list.map((t: unknown, i) => {
    const name = (t as { name?: unknown } | null)?.name;
    if (typeof name !== 'string' || !/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(name)) throw new ConfigurationError(`${source.where}: tenants[${i}] needs a 'name' that is a namespace name`, { input: 'tenants' });
    return name;
  });
}

/**
 * `waves` is a YAML mapping, in order, from a wave's name to the tenants in it; `*` stands for
 * every tenant not named in an earlier wave. Without `waves`, all tenants form one wave.
 */
export function planWaves(options: { namespace: string | undefined; tenants: string | undefined; waves: string | undefined; workspace: string }): Wave[] {
  if (options.tenants === undefined) {
    if (options.waves !== undefined) throw new ConfigurationError("Input 'waves' needs 'tenants': the waves name tenants of a tenants file", { input: 'waves' });
    if (options.namespace === undefined) throw new ConfigurationError("Input 'namespace' is required (or 'tenants', to deploy to every tenant's namespace)", { input: 'namespace' });
    return [{ name: 'all', namespaces: [options.namespace] }];
  }
  const names = tenantNames(options.tenants, options.workspace);
  if (options.waves === undefined) return [{ name: 'all', namespaces: names }];
  const doc = parse(options.waves, "Input 'waves'", 'waves') as ReturnType<typeof parseDocument>;
  if (!isMap(doc.contents)) throw new ConfigurationError("Input 'waves' must be a YAML mapping from wave name to tenants, such as 'canary: [t1]' and 'rest: [\"*\"]' on two lines", { input: 'waves' });
  const taken = new Set<string>();
  const waves: Wave[] = [];
  for (const item of doc.contents.items) {
    const name = String((item.key as { value?: unknown } | null)?.value ?? item.key);
    const raw: unknown = (item.value as { toJSON?: () => unknown } | null)?.toJSON?.() ?? null;
    const members = Array.isArray(raw) ? raw.map(String) : typeof raw === 'string' ? [raw] : undefined;
    if (members === undefined || members.length === 0) throw new ConfigurationError(`Input 'waves': wave '${name}' needs a list of tenants (or ["*"])`, { input: 'waves' });
    const namespaces: string[] = [];
    for (const m of members) {
      const picked = m === '*' ? names.filter((n) => !taken.has(n)) : [m];
      for (const n of picked) {
        if (!names.includes(n)) throw new ConfigurationError(`Input 'waves': wave '${name}' names tenant '${n}', which is not in the tenants file; tenants are ${names.join(', ')}`, { input: 'waves' });
        if (taken.has(n) && m !== '*') throw new ConfigurationError(`Input 'waves': tenant '${n}' is in more than one wave`, { input: 'waves' });
        taken.add(n);
        namespaces.push(n);
      }
    }
    if (namespaces.length > 0) waves.push({ name, namespaces });
  }
  const left = names.filter((n) => !taken.has(n));
  if (left.length > 0) throw new ConfigurationError(`Input 'waves' leaves tenants ${left.join(', ')} in no wave; add them, or end with a wave of ["*"]`, { input: 'waves' });
  return waves;
}
