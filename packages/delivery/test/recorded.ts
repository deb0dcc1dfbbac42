// The recorded deployment histories under fixtures/, read as data: the figures they expect were
// worked out by hand (each file's `derivation`), so the tests compare the code against them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { environmentSelected, payloadObject, serviceOf } from '../src/index.ts';
import type { Change, ChangeSource, DeliveryWindow, DeploymentHistory, StatusEvent } from '../src/index.ts';
import type { GitHubDouble } from '../../../test/support/github-double/index.ts';

export interface RecordedCommit {
  name: string;
  sha: string;
  parents: string[];
  committedAt: string;
}

export interface RecordedDeployment {
  id: number;
  name: string;
  sha: string;
  ref: string;
  environment: string;
  payload: Record<string, unknown>;
  createdAt: string;
  statuses: StatusEvent[];
}

export interface Recorded {
  repository: string;
  window: { since: string; until: string };
  environments: string[];
  commits: RecordedCommit[];
  deployments: RecordedDeployment[];
  expected: { services: Record<string, unknown>[]; overall: Record<string, unknown>; baselessDeployments?: string[] };
}

export type RecordedName = 'shop-two-weeks' | 'billing-tenants';

export function loadRecorded(name: RecordedName): Recorded {
  return JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures', `${name}.json`), 'utf8')) as Recorded;
}

export function windowOf(recorded: Recorded): DeliveryWindow {
  return { since: new Date(recorded.window.since), until: new Date(recorded.window.until) };
}

export function repoOf(recorded: Recorded): { owner: string; repo: string } {
  const [owner = '', repo = ''] = recorded.repository.split('/');
  return { owner, repo };
}

/** The recorded deployments of the selected environments, as the library's input. */
export function recordedHistories(recorded: Recorded): DeploymentHistory[] {
  const { repo } = repoOf(recorded);
  return recorded.deployments
    .filter((d) => environmentSelected(recorded.environments, d.environment))
    .map((d) => ({ id: d.id, service: serviceOf(payloadObject(d.payload), repo), environment: d.environment, sha: d.sha, createdAt: d.createdAt, statuses: d.statuses }));
}

/** The recorded commit graph answering "what did head add over base", as git's `base..head` does. */
export function recordedChangeSource(recorded: Recorded): ChangeSource & { asked: [string | undefined, string][] } {
  const bySha = new Map(recorded.commits.map((c) => [c.sha, c]));
  const reachable = (sha: string): Set<string> => {
    const seen = new Set<string>();
    const stack = [sha];
    while (stack.length > 0) {
      const next = stack.pop()!;
      if (seen.has(next)) continue;
      seen.add(next);
      stack.push(...(bySha.get(next)?.parents ?? []));
    }
    return seen;
  };
  const change = (sha: string): Change => ({ sha, committedAt: bySha.get(sha)!.committedAt });
  const asked: [string | undefined, string][] = [];
  return {
    asked,
    changesBetween(base, head) {
      asked.push([base, head]);
      if (base === undefined) return Promise.resolve([change(head)]);
      const old = reachable(base);
      return Promise.resolve([...reachable(head)].filter((sha) => !old.has(sha)).map(change));
    },
  };
}

/**
 * Seeds the double with the recording: commits on `main`, then every deployment (all environments)
 * with its statuses. `endingAt` moves every time by the same amount so the recorded window ends
 * then (for a process whose window ends at its own clock's now). Returns recorded id → double id.
 */
export function seedDouble(gh: GitHubDouble, recorded: Recorded, options: { endingAt?: Date } = {}): Map<number, number> {
  const { owner, repo } = repoOf(recorded);
  const shift = options.endingAt === undefined ? 0 : options.endingAt.getTime() - Date.parse(recorded.window.until);
  const moved = (iso: string): Date => new Date(Date.parse(iso) + shift);
  for (const c of recorded.commits) gh.state.addCommit({ owner, repo, sha: c.sha, parents: c.parents, committedAt: moved(c.committedAt), message: c.name, branch: 'main' });
  const ids = new Map<number, number>();
  const oldestFirst = [...recorded.deployments].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  for (const d of oldestFirst) {
    const seeded = gh.state.addDeployment({
      owner, repo, sha: d.sha, ref: d.ref, environment: d.environment, payload: d.payload, createdAt: moved(d.createdAt),
      statuses: d.statuses.map((s) => ({ state: s.state, createdAt: moved(s.createdAt) })),
    });
    ids.set(d.id, Number(seeded['id']));
  }
  return ids;
}
