// Which commits a deployment shipped, and when each was committed: GitHub's compare between the
// previous successful deployment's commit and this one's, paginated.
import { classifyGitHubError } from '@pipeline/github';
import type { GitHubClient, RepoRef } from '@pipeline/github';
import type { LeadTimeRequest } from './compute.ts';
import type { Change } from './model.ts';

export interface ChangeSource {
  /**
   * The commits reachable from `head` and not from `base`; with no `base`, `head` alone. None when
   * `head` is `base` or behind it (a redeploy or a rollback ships nothing new).
   */
  changesBetween(base: string | undefined, head: string): Promise<Change[]>;
}

type ApiCommit = Awaited<ReturnType<GitHubClient['rest']['repos']['compareCommitsWithBasehead']>>['data']['commits'][number];

/** GitHub's largest page. */
const PAGE_SIZE = 100;
const CONCURRENCY = 4;

function changeOf(commit: Pick<ApiCommit, 'sha' | 'commit'>): Change | undefined {
  const committedAt = commit.commit.committer?.date ?? commit.commit.author?.date;
  return committedAt === undefined ? undefined : { sha: commit.sha, committedAt };
}

/**
 * Reads changes through GitHub's REST API: `GET /repos/{owner}/{repo}/compare/{base}...{head}`,
 * page by page until `total_commits` are in (one unpaginated answer stops at 250 commits), and
 * `GET /repos/{owner}/{repo}/commits/{ref}` for a deployment without a base. A commit GitHub no
 * longer has (force-pushed away) is reported through `onNote` and the head's own commit is used,
 * or nothing when that is gone too.
 */
export function githubChangeSource(client: GitHubClient, repo: RepoRef, onNote: (note: string) => void = () => undefined): ChangeSource {
  const headOnly = async (head: string): Promise<Change[]> => {
    try {
      const { data } = await client.rest.repos.getCommit({ owner: repo.owner, repo: repo.repo, ref: head });
      const change = changeOf(data);
      return change === undefined ? [] : [change];
    } catch (error) {
      const kind = classifyGitHubError(error);
      if (kind !== 'not-found' && kind !== 'validation') throw error;
      onNote(`Commit ${head.slice(0, 7)} is not in ${repo.owner}/${repo.repo} any more, so the deployment of it has no lead time.`);
      return [];
    }
  };
  return {
    async changesBetween(base, head) {
      if (base === head) return [];
      if (base === undefined) return headOnly(head);
      const changes: Change[] = [];
      try {
        for (let page = 1; ; page += 1) {
          const { data } = await client.rest.repos.compareCommitsWithBasehead({ owner: repo.owner, repo: repo.repo, basehead: `${base}...${head}`, per_page: PAGE_SIZE, page });
          if (data.status === 'behind' || data.status === 'identical') return [];
          for (const commit of data.commits) {
            const change = changeOf(commit);
            if (change !== undefined) changes.push(change);
          }
          const pages = Math.ceil(data.total_commits / PAGE_SIZE);
          if (data.commits.length === 0 || page >= pages) return changes;
        }
      } catch (error) {
        const kind = classifyGitHubError(error);
        if (kind !== 'not-found' && kind !== 'validation') throw error;
        onNote(`GitHub cannot compare ${base.slice(0, 7)}...${head.slice(0, 7)} in ${repo.owner}/${repo.repo} (a commit was force-pushed away?); that deployment's lead time counts only its own commit.`);
        return headOnly(head);
      }
    },
  };
}

/**
 * The changes of every request, keyed by deployment id. Tenant environments deploy the same
 * commits one after another, so identical base...head pairs are asked once.
 */
export async function collectChanges(requests: readonly LeadTimeRequest[], source: ChangeSource): Promise<Map<number, Change[]>> {
  const cache = new Map<string, Promise<Change[]>>();
  const changes = new Map<number, Change[]>();
  for (let i = 0; i < requests.length; i += CONCURRENCY) {
    await Promise.all(requests.slice(i, i + CONCURRENCY).map(async (request) => {
      const key = `${request.base ?? ''}...${request.head}`;
      let pending = cache.get(key);
      if (pending === undefined) {
        pending = source.changesBetween(request.base, request.head);
        cache.set(key, pending);
      }
      changes.set(request.deploymentId, await pending);
    }));
  }
  return changes;
}
