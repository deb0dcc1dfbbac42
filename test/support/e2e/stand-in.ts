// The contract between the job player and the recorded stand-ins that play third-party actions
// this machine cannot run (no Docker, no github.com): each names what it emulates, takes the
// step's evaluated `with:` and answers with the outputs the real action would set.
import type { Json } from './expressions.ts';

/** Files uploaded with actions/upload-artifact during one workflow run, by artifact name. */
export type ArtifactStore = Map<string, Map<string, Buffer>>;

export interface StandInStep {
  /** `owner/repo[/path]@ref` as written. */
  uses: string;
  with: Record<string, string>;
  /** The variables the action's process would get: the runner's (GITHUB_*, RUNNER_*) and the step's `env:`. */
  env: Record<string, string>;
  workspace: string;
  runnerTemp: string;
  event: { name: string; payload: Record<string, Json> };
  /** The job's `github.token`. */
  token: string;
  apiUrl: string;
  artifacts: ArtifactStore;
  log: (line: string) => void;
}

export interface StandInResult {
  outputs?: Record<string, string>;
  /** Set when the step fails, with the message the real action would print. */
  error?: string;
  summary?: string;
}

export interface StandIn {
  /** What the real action does, and what the stand-in does in its place. */
  emulates: string;
  run(step: StandInStep): Promise<StandInResult>;
}

/** The registry key of a `uses:`: lower-cased `owner/repo[/path]` without the ref. */
export function standInKey(uses: string): string {
  return (uses.split('@')[0] ?? uses).toLowerCase();
}
