// The kubelet simulator writes Prometheus file_sd targets labelled `colour` whatever the pod's
// label is called. A real Prometheus with kubernetes_sd and the usual `labelmap` relabelling
// keeps the pod label's own name, and bluegreen-deploy labels its pods `color`, which is what the
// metric templates (`{{selector}}`) select on. This keeps a copy of the targets with `color` added,
// as that relabelling would produce it.
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';

interface TargetGroup {
  targets: string[];
  labels: Record<string, string>;
}

export interface TargetRelabeller {
  file: string;
  stop(): void;
}

export function relabelTargets(source: string, file: string, intervalMs = 200): TargetRelabeller {
  let last: string | undefined;
  const sync = (): void => {
    const text = existsSync(source) ? readFileSync(source, 'utf8') : '[]';
    if (text === last) return;
    let groups: TargetGroup[];
    try {
      groups = JSON.parse(text) as TargetGroup[];
    } catch {
      return;
    }
    last = text;
    const relabelled = groups.map((g) => ({ ...g, labels: { ...g.labels, ...(g.labels['colour'] === undefined || g.labels['colour'] === '' ? {} : { color: g.labels['colour'] }) } }));
    writeFileSync(`${file}.tmp`, `${JSON.stringify(relabelled, null, 2)}\n`);
    renameSync(`${file}.tmp`, file);
  };
  sync();
  const timer = setInterval(sync, intervalMs);
  return { file, stop: () => clearInterval(timer) };
}
