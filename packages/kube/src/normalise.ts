import { podSpecOf } from './manifests.ts';
import { canonicalQuantity } from './quantity.ts';
import type { KubeObject } from './types.ts';
import { isRecord } from './types.ts';

function canonicalise(map: unknown): void {
  if (!isRecord(map)) return;
  for (const [k, v] of Object.entries(map)) {
    if (typeof v !== 'number' && typeof v !== 'string') continue;
    const canonical = canonicalQuantity(v);
    if (canonical !== undefined) map[k] = canonical;
  }
}

function resources(holder: unknown): void {
  if (!isRecord(holder) || !isRecord(holder['resources'])) return;
  canonicalise(holder['resources']['limits']);
  canonicalise(holder['resources']['requests']);
}

/**
 * Writes the resource quantities of built-in kinds in the apiserver's canonical string form
 * (`cpu: 0.5` → "500m", `memory: 0.125Gi` → "128Mi"). Client-side decoding accepts numbers and
 * any spelling, but server-side apply type-checks the patch (1.20 answers a number there with a
 * 500), and a spelling other than the stored one makes some apiservers rewrite managedFields on
 * every apply, so a repeated apply would not be a no-op. A custom resource's fields are left alone.
 * Returns a copy; the input is not modified.
 */
export function normaliseQuantities(object: KubeObject): KubeObject {
  const out = structuredClone(object);
  const pod = podSpecOf(out);
  if (pod !== undefined) {
    for (const field of ['containers', 'initContainers', 'ephemeralContainers']) {
      const list = pod.spec[field];
      if (Array.isArray(list)) list.forEach(resources);
    }
    canonicalise(pod.spec['overhead']);
    if (Array.isArray(pod.spec['volumes'])) {
      for (const v of pod.spec['volumes']) if (isRecord(v) && isRecord(v['emptyDir'])) canonicalise(v['emptyDir']);
    }
  }
  const spec = out['spec'];
  if (out.apiVersion !== 'v1' && out.apiVersion !== 'apps/v1') return out;
  if (!isRecord(spec)) return out;
  switch (out.kind) {
    case 'ResourceQuota':
      canonicalise(spec['hard']);
      break;
    case 'LimitRange':
      if (Array.isArray(spec['limits'])) {
        for (const item of spec['limits']) {
          if (!isRecord(item)) continue;
          for (const field of ['default', 'defaultRequest', 'max', 'min', 'maxLimitRequestRatio']) canonicalise(item[field]);
        }
      }
      break;
    case 'PersistentVolumeClaim':
      resources(spec);
      break;
    case 'StatefulSet':
      if (Array.isArray(spec['volumeClaimTemplates'])) for (const t of spec['volumeClaimTemplates']) if (isRecord(t)) resources(t['spec']);
      break;
  }
  return out;
}
