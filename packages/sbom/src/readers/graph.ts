import type { Component, ProjectPackage } from '../model.ts';

/**
 * Lockfiles of yarn and pnpm (and several others) do not mark development packages;
 * a package is runtime when a runtime edge of a project package reaches it, else development.
 */
export function assignScopes(components: Component[], runtimeRoots: Iterable<string>): void {
  const byPurl = new Map(components.map((c) => [c.purl, c]));
  const seen = new Set<string>();
  const stack = [...runtimeRoots];
  while (stack.length > 0) {
    const purl = stack.pop() as string;
    if (seen.has(purl)) continue;
    seen.add(purl);
    const component = byPurl.get(purl);
    if (component) stack.push(...component.dependencies);
  }
  for (const c of components) c.scope = seen.has(c.purl) ? 'runtime' : 'development';
}

export function markDirect(components: Component[], projects: ProjectPackage[]): void {
  const direct = new Set(projects.flatMap((p) => p.dependencies));
  for (const c of components) if (direct.has(c.purl)) c.direct = true;
}

export function addUnique(list: string[], value: string | undefined): void {
  if (value !== undefined && !list.includes(value)) list.push(value);
}

/** `@scope/name@range` splits at the last `@` that is not the first character. */
export function splitDescriptor(descriptor: string): { name: string; range: string } {
  const at = descriptor.indexOf('@', 1);
  return at < 0 ? { name: descriptor, range: '' } : { name: descriptor.slice(0, at), range: descriptor.slice(at + 1) };
}
