import { MemoryLogger } from '@pipeline/core';
import { createGitHubClient } from '../src/index.ts';
import type { GitHubClient, GitHubClientOptions } from '../src/index.ts';
import { startGitHubDouble } from '../../../test/support/github-double/index.ts';
import type { GitHubDouble } from '../../../test/support/github-double/index.ts';

export interface Harness {
  gh: GitHubDouble;
  logger: MemoryLogger;
  client: GitHubClient;
  /** Another client against the same double, e.g. with a different token. */
  clientFor(options: Partial<GitHubClientOptions>): GitHubClient;
}

export const TOKEN = 'ghs_16C7e42F292c6912E7710c838347Ae178B4a';

/** A double plus a client whose waits are shrunk to nothing (tests of real waits pass their own timeScale). */
export async function startHarness(): Promise<Harness> {
  const gh = await startGitHubDouble();
  const logger = new MemoryLogger();
  const clientFor = (options: Partial<GitHubClientOptions>): GitHubClient => createGitHubClient({ token: TOKEN, baseUrl: gh.url, logger, timeScale: 0, ...options });
  return { gh, logger, client: clientFor({}), clientFor };
}
