// The double's in-memory model of the resources the suite touches. Response objects
// start from the example GitHub documents for the operation (realistic values in every
// required field), re-pointed at the double and the requested repository, with the
// stateful fields laid over them.
import { createHash } from 'node:crypto';
import type { OpenApiContract } from './openapi-contract.ts';

export type JsonObject = Record<string, unknown>;

export interface DoubleUser {
  login: string;
  /** Numeric id; derived from the login when not given. */
  id?: number;
  type?: 'User' | 'Bot' | 'Organization';
}

/** What GitHub reports as the author of anything done with an Actions GITHUB_TOKEN. */
export const GITHUB_ACTIONS_BOT: Required<DoubleUser> = { login: 'github-actions[bot]', id: 41898282, type: 'Bot' };

export interface IssueCommentRecord {
  issueNumber: number;
  comment: JsonObject;
}

export interface CheckRunRecord {
  run: JsonObject;
  annotations: JsonObject[];
}

export interface DeploymentRecord {
  deployment: JsonObject;
  statuses: JsonObject[];
}

export interface ReleaseAssetRecord {
  asset: JsonObject;
  data: Buffer;
}

export interface ReleaseRecord {
  release: JsonObject;
  assets: ReleaseAssetRecord[];
}

export interface SarifUploadRecord {
  id: string;
  commitSha: string;
  ref: string;
  toolName: string | undefined;
  /** The decoded SARIF log. */
  sarif: unknown;
}

export interface PullRequestSeed {
  owner: string;
  repo: string;
  number?: number;
  title?: string;
  headSha?: string;
  headRef?: string;
  baseSha?: string;
  baseRef?: string;
  /** The head lives in `<forkOwner>/<repo>` instead of the base repository. */
  forkOwner?: string;
  user?: DoubleUser;
  state?: 'open' | 'closed';
}

/** A commit of the repository's history, for compare and commit lookups. */
export interface CommitSeed {
  owner: string;
  repo: string;
  /** Derived from the message and parents when omitted. */
  sha?: string;
  /** Parent SHAs, oldest history first; none for a root commit. */
  parents?: string[];
  message?: string;
  /** The committer date (what lead time is measured from). */
  committedAt: Date | string;
  /** The author date; the committer date when omitted. */
  authoredAt?: Date | string;
  author?: { name: string; email: string };
  /** Moves `heads/<branch>` to this commit. */
  branch?: string;
}

/** What the double keeps of a seeded commit. */
export interface CommitRecord {
  sha: string;
  parents: string[];
  message: string;
  author: { name: string; email: string; date: string };
  committer: { name: string; email: string; date: string };
}

export interface DeploymentStatusSeed {
  state: 'error' | 'failure' | 'inactive' | 'in_progress' | 'queued' | 'pending' | 'success';
  createdAt: Date | string;
  description?: string;
  environmentUrl?: string;
  logUrl?: string;
  creator?: DoubleUser;
}

/**
 * A deployment recorded earlier (with its whole status history), as if it had been created and
 * reported at those times. Seed them oldest first: GitHub's ids grow with time and lists are newest first.
 */
export interface DeploymentSeed {
  owner: string;
  repo: string;
  sha: string;
  ref?: string;
  environment: string;
  payload?: unknown;
  task?: string;
  description?: string | null;
  createdAt: Date | string;
  creator?: DoubleUser;
  transient?: boolean;
  production?: boolean;
  statuses?: DeploymentStatusSeed[];
}

interface IssueFields {
  number: number;
  title: string;
  body: string | null;
  user: JsonObject;
  labels: string[];
  assignees: JsonObject[];
  createdAt: string;
}

interface DeploymentFields {
  id: number;
  sha: string;
  ref: string;
  task: string;
  environment: string;
  description: string | null;
  payload: unknown;
  creator: JsonObject;
  transient: boolean;
  production: boolean;
  createdAt: string;
}

interface DeploymentStatusFields {
  id: number;
  state: string;
  description: string;
  environment: string;
  environmentUrl: string;
  logUrl: string;
  creator: JsonObject;
  createdAt: string;
}

interface ReleaseFields {
  id: number;
  tagName: string;
  targetCommitish: string;
  name: string | null;
  body: string | null;
  draft: boolean;
  prerelease: boolean;
  author: JsonObject;
  createdAt: string;
}

interface ReleaseAssetFields {
  id: number;
  name: string;
  label: string | null;
  contentType: string;
  data: Buffer;
  uploader: JsonObject;
  createdAt: string;
}

export function timestamp(date: Date = new Date()): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function seedTime(value: Date | string): string {
  return typeof value === 'string' ? timestamp(new Date(value)) : timestamp(value);
}

/** GitHub's legacy global node id: base64 of `0<type length>:<Type><id>`. */
export function nodeId(type: string, id: number | string): string {
  return Buffer.from(`0${type.length}:${type}${id}`).toString('base64');
}

export function fakeSha(seed: string): string {
  return createHash('sha1').update(seed).digest('hex');
}

function idFromLogin(login: string): number {
  return 1000 + (createHash('sha1').update(login).digest().readUInt32BE(0) % 90_000_000);
}

export class RepoState {
  readonly id: number;
  defaultBranch = 'main';
  visibility: 'public' | 'private' = 'private';
  nextNumber = 1;
  /** `heads/main` -> commit sha. */
  readonly refs = new Map<string, string>();
  readonly issues = new Map<number, JsonObject>();
  readonly pulls = new Map<number, JsonObject>();
  readonly comments = new Map<number, IssueCommentRecord>();
  readonly checkRuns = new Map<number, CheckRunRecord>();
  readonly deployments = new Map<number, DeploymentRecord>();
  /** Seeded commits by SHA; their parents form the history compare walks. */
  readonly commits = new Map<string, CommitRecord>();
  readonly releases = new Map<number, ReleaseRecord>();
  readonly sarifUploads = new Map<string, SarifUploadRecord>();
  readonly snapshots: JsonObject[] = [];
  readonly owner: string;
  readonly name: string;

  constructor(owner: string, name: string, id: number) {
    this.owner = owner;
    this.name = name;
    this.id = id;
    this.refs.set(`heads/${this.defaultBranch}`, fakeSha(`${owner}/${name}@main`));
  }

  get fullName(): string {
    return `${this.owner}/${this.name}`;
  }

  /** Comments on one issue or pull request, oldest first (GitHub's order). */
  commentsOn(issueNumber: number): JsonObject[] {
    return [...this.comments.values()].filter((c) => c.issueNumber === issueNumber).map((c) => c.comment);
  }
}

export class GitHubState {
  private readonly repos = new Map<string, RepoState>();
  private lastId = 1_000_000;

  private readonly contract: OpenApiContract;
  readonly apiUrl: string;

  constructor(contract: OpenApiContract, apiUrl: string) {
    this.contract = contract;
    this.apiUrl = apiUrl;
  }

  nextId(): number {
    this.lastId += 1;
    return this.lastId;
  }

  /** The repository, created on first use: every owner/name exists in the double. */
  repo(owner: string, name: string): RepoState {
    const key = `${owner}/${name}`.toLowerCase();
    let repo = this.repos.get(key);
    if (!repo) {
      repo = new RepoState(owner, name, this.nextId());
      this.repos.set(key, repo);
    }
    return repo;
  }

  /** GitHub's documented example for a response, re-pointed at the double and at `repo`. */
  template(operationId: string, status: number, repo?: RepoState): JsonObject {
    const example = this.contract.example(operationId, status);
    if (example === undefined) throw new Error(`GitHub documents no example for ${operationId} ${status}`);
    const item = Array.isArray(example) ? example[0] : example;
    return this.rebase(item, repo) as JsonObject;
  }

  rebase<T>(value: T, repo?: RepoState): T {
    let text = JSON.stringify(value);
    if (repo) {
      const apiRepo = `${this.apiUrl}/repos/${repo.owner}/${repo.name}`;
      text = text
        .replace(/https:\/\/(?:api|uploads)\.github\.com\/repos\/[^/"]+\/[^/"?#{]+/g, apiRepo)
        .replace(/https:\/\/github\.com\/(?!images\/|apps\/|orgs\/)[^/"]+\/[^/"?#{]+(?=[/"?#])/g, `https://github.com/${repo.owner}/${repo.name}`);
    }
    text = text.replaceAll('https://api.github.com', this.apiUrl).replaceAll('https://uploads.github.com', this.apiUrl);
    return JSON.parse(text) as T;
  }

  /** A `simple-user` object for a login. */
  user(who: DoubleUser): JsonObject {
    const login = who.login;
    const id = who.id ?? idFromLogin(login);
    const type = who.type ?? 'User';
    const template = this.template('issues/create-comment', 201)['user'] as JsonObject;
    const apiUser = `${this.apiUrl}/users/${encodeURIComponent(login)}`;
    const user = JSON.parse(JSON.stringify(template).replaceAll(`${this.apiUrl}/users/octocat`, apiUser)) as JsonObject;
    const bot = type === 'Bot' ? login.replace(/\[bot\]$/, '') : undefined;
    return {
      ...user,
      login,
      id,
      node_id: nodeId(type, id),
      type,
      avatar_url: `https://avatars.githubusercontent.com/u/${id}?v=4`,
      html_url: bot ? `https://github.com/apps/${bot}` : `https://github.com/${login}`,
    };
  }

  /** The `repository`-shaped object GitHub embeds in pull requests and check suites. */
  repository(repo: RepoState): JsonObject {
    const full = this.template('repos/get', 200, repo);
    // GitHub's example predates `language` becoming required; a real repository reports one.
    full['language'] = 'TypeScript';
    delete full['source'];
    delete full['parent'];
    delete full['template_repository'];
    delete full['organization'];
    return {
      ...full,
      id: repo.id,
      node_id: nodeId('Repository', repo.id),
      name: repo.name,
      full_name: repo.fullName,
      owner: this.user({ login: repo.owner, type: 'Organization' }),
      private: repo.visibility === 'private',
      visibility: repo.visibility,
      fork: false,
      default_branch: repo.defaultBranch,
      description: `${repo.name}, served by the pipeline GitHub API double`,
    };
  }

  checkRun(repo: RepoState, fields: { id: number; name: string; headSha: string; startedAt: string }): JsonObject {
    const run = this.template('checks/create', 201, repo);
    const app = run['app'] as JsonObject;
    return {
      ...run,
      id: fields.id,
      node_id: nodeId('CheckRun', fields.id),
      name: fields.name,
      head_sha: fields.headSha,
      external_id: '',
      details_url: `https://github.com/${repo.fullName}/actions/runs/${fields.id}`,
      url: `${this.apiUrl}/repos/${repo.fullName}/check-runs/${fields.id}`,
      html_url: `https://github.com/${repo.fullName}/runs/${fields.id}`,
      status: 'queued',
      conclusion: null,
      started_at: fields.startedAt,
      completed_at: null,
      output: {
        title: null,
        summary: null,
        text: null,
        annotations_count: 0,
        annotations_url: `${this.apiUrl}/repos/${repo.fullName}/check-runs/${fields.id}/annotations`,
      },
      check_suite: { id: fields.id + 1 },
      // The app behind GITHUB_TOKEN is GitHub Actions.
      app: { ...app, id: 15368, slug: 'github-actions', node_id: 'MDM6QXBwMTUzNjg=', name: 'GitHub Actions', html_url: 'https://github.com/apps/github-actions' },
      pull_requests: [],
    };
  }

  issueComment(repo: RepoState, fields: { id: number; issueNumber: number; body: string; user: JsonObject; createdAt: string }): JsonObject {
    const comment = this.template('issues/create-comment', 201, repo);
    return {
      ...comment,
      id: fields.id,
      node_id: nodeId('IssueComment', fields.id),
      url: `${this.apiUrl}/repos/${repo.fullName}/issues/comments/${fields.id}`,
      html_url: `https://github.com/${repo.fullName}/issues/${fields.issueNumber}#issuecomment-${fields.id}`,
      issue_url: `${this.apiUrl}/repos/${repo.fullName}/issues/${fields.issueNumber}`,
      body: fields.body,
      user: fields.user,
      created_at: fields.createdAt,
      updated_at: fields.createdAt,
      author_association: fields.user['type'] === 'Bot' ? 'NONE' : 'MEMBER',
    };
  }

  /** Seeds a comment as if someone had posted it, e.g. by another user or from an older run. */
  addIssueComment(seed: { owner: string; repo: string; issueNumber: number; body: string; user?: DoubleUser; createdAt?: Date }): JsonObject {
    const repo = this.repo(seed.owner, seed.repo);
    const id = this.nextId();
    const comment = this.issueComment(repo, {
      id,
      issueNumber: seed.issueNumber,
      body: seed.body,
      user: this.user(seed.user ?? GITHUB_ACTIONS_BOT),
      createdAt: timestamp(seed.createdAt),
    });
    repo.comments.set(id, { issueNumber: seed.issueNumber, comment });
    return comment;
  }

  issue(repo: RepoState, fields: IssueFields): JsonObject {
    const issue = this.template('issues/create', 201, repo);
    const base = `${this.apiUrl}/repos/${repo.fullName}/issues/${fields.number}`;
    const id = this.nextId();
    return {
      ...issue,
      id,
      node_id: nodeId('Issue', id),
      number: fields.number,
      url: base,
      labels_url: `${base}/labels{/name}`,
      comments_url: `${base}/comments`,
      events_url: `${base}/events`,
      html_url: `https://github.com/${repo.fullName}/issues/${fields.number}`,
      state: 'open',
      state_reason: null,
      title: fields.title,
      body: fields.body,
      user: fields.user,
      labels: fields.labels.map((name) => this.label(repo, name)),
      assignee: fields.assignees[0] ?? null,
      assignees: fields.assignees,
      milestone: null,
      locked: false,
      active_lock_reason: null,
      comments: 0,
      pull_request: undefined,
      closed_at: null,
      closed_by: null,
      created_at: fields.createdAt,
      updated_at: fields.createdAt,
      author_association: fields.user['type'] === 'Bot' ? 'NONE' : 'MEMBER',
    };
  }

  label(repo: RepoState, name: string): JsonObject {
    const id = idFromLogin(`${repo.fullName}:${name}`);
    return {
      id,
      node_id: nodeId('Label', id),
      url: `${this.apiUrl}/repos/${repo.fullName}/labels/${encodeURIComponent(name)}`,
      name,
      description: null,
      color: createHash('sha1').update(name).digest('hex').slice(0, 6),
      default: false,
    };
  }

  /** Seeds a pull request (GitHub numbers issues and pull requests from one sequence). */
  addPullRequest(seed: PullRequestSeed): JsonObject {
    const repo = this.repo(seed.owner, seed.repo);
    const number = seed.number ?? repo.nextNumber;
    repo.nextNumber = Math.max(repo.nextNumber, number + 1);
    const pr = this.template('pulls/get', 200, repo);
    const id = this.nextId();
    const headRef = seed.headRef ?? `feature-${number}`;
    const baseRef = seed.baseRef ?? repo.defaultBranch;
    const headSha = seed.headSha ?? fakeSha(`${repo.fullName}#${number}:head`);
    const baseSha = seed.baseSha ?? repo.refs.get(`heads/${baseRef}`) ?? fakeSha(`${repo.fullName}:${baseRef}`);
    const baseRepo = this.repository(repo);
    const headRepo = seed.forkOwner ? this.repository(this.repo(seed.forkOwner, seed.repo)) : baseRepo;
    const headRepoOwner = headRepo['owner'] as JsonObject;
    const user = this.user(seed.user ?? { login: seed.forkOwner ?? 'octocat' });
    const api = `${this.apiUrl}/repos/${repo.fullName}`;
    const body: JsonObject = {
      ...pr,
      id,
      node_id: nodeId('PullRequest', id),
      number,
      url: `${api}/pulls/${number}`,
      html_url: `https://github.com/${repo.fullName}/pull/${number}`,
      diff_url: `https://github.com/${repo.fullName}/pull/${number}.diff`,
      patch_url: `https://github.com/${repo.fullName}/pull/${number}.patch`,
      issue_url: `${api}/issues/${number}`,
      commits_url: `${api}/pulls/${number}/commits`,
      review_comments_url: `${api}/pulls/${number}/comments`,
      comments_url: `${api}/issues/${number}/comments`,
      statuses_url: `${api}/statuses/${headSha}`,
      state: seed.state ?? 'open',
      locked: false,
      title: seed.title ?? `Change #${number}`,
      user,
      labels: [],
      milestone: null,
      assignee: null,
      assignees: [],
      requested_reviewers: [],
      requested_teams: [],
      head: { label: `${headRepoOwner['login'] as string}:${headRef}`, ref: headRef, sha: headSha, user: headRepoOwner, repo: headRepo },
      base: { label: `${repo.owner}:${baseRef}`, ref: baseRef, sha: baseSha, user: baseRepo['owner'], repo: baseRepo },
      merged: false,
      merged_at: null,
      merged_by: null,
      merge_commit_sha: null,
      closed_at: null,
      auto_merge: null,
    };
    repo.pulls.set(number, body);
    return body;
  }

  deployment(repo: RepoState, fields: DeploymentFields): JsonObject {
    const deployment = this.template('repos/create-deployment', 201, repo);
    const url = `${this.apiUrl}/repos/${repo.fullName}/deployments/${fields.id}`;
    return {
      ...deployment,
      url,
      id: fields.id,
      node_id: nodeId('Deployment', fields.id),
      sha: fields.sha,
      ref: fields.ref,
      task: fields.task,
      payload: fields.payload,
      original_environment: fields.environment,
      environment: fields.environment,
      description: fields.description,
      creator: fields.creator,
      created_at: fields.createdAt,
      updated_at: fields.createdAt,
      statuses_url: `${url}/statuses`,
      repository_url: `${this.apiUrl}/repos/${repo.fullName}`,
      transient_environment: fields.transient,
      production_environment: fields.production,
    };
  }

  deploymentStatus(repo: RepoState, deployment: JsonObject, fields: DeploymentStatusFields): JsonObject {
    const status = this.template('repos/create-deployment-status', 201, repo);
    return {
      ...status,
      url: `${deployment['url'] as string}/statuses/${fields.id}`,
      id: fields.id,
      node_id: nodeId('DeploymentStatus', fields.id),
      state: fields.state,
      creator: fields.creator,
      description: fields.description,
      environment: fields.environment,
      target_url: fields.logUrl,
      log_url: fields.logUrl,
      environment_url: fields.environmentUrl,
      created_at: fields.createdAt,
      updated_at: fields.createdAt,
      deployment_url: deployment['url'],
      repository_url: `${this.apiUrl}/repos/${repo.fullName}`,
    };
  }

  release(repo: RepoState, fields: ReleaseFields): JsonObject {
    const release = this.template('repos/create-release', 201, repo);
    const url = `${this.apiUrl}/repos/${repo.fullName}/releases/${fields.id}`;
    const tag = encodeURIComponent(fields.tagName);
    return {
      ...release,
      url,
      html_url: `https://github.com/${repo.fullName}/releases/tag/${tag}`,
      assets_url: `${url}/assets`,
      upload_url: `${url}/assets{?name,label}`,
      tarball_url: `${this.apiUrl}/repos/${repo.fullName}/tarball/${tag}`,
      zipball_url: `${this.apiUrl}/repos/${repo.fullName}/zipball/${tag}`,
      discussion_url: undefined,
      id: fields.id,
      node_id: nodeId('Release', fields.id),
      tag_name: fields.tagName,
      target_commitish: fields.targetCommitish,
      name: fields.name,
      body: fields.body,
      draft: fields.draft,
      prerelease: fields.prerelease,
      immutable: false,
      created_at: fields.createdAt,
      published_at: fields.draft ? null : fields.createdAt,
      author: fields.author,
      assets: [],
    };
  }

  releaseAsset(repo: RepoState, release: JsonObject, fields: ReleaseAssetFields): JsonObject {
    const asset = this.template('repos/upload-release-asset', 201, repo);
    return {
      ...asset,
      url: `${this.apiUrl}/repos/${repo.fullName}/releases/assets/${fields.id}`,
      browser_download_url: `https://github.com/${repo.fullName}/releases/download/${encodeURIComponent(release['tag_name'] as string)}/${encodeURIComponent(fields.name)}`,
      id: fields.id,
      node_id: nodeId('ReleaseAsset', fields.id),
      name: fields.name,
      label: fields.label,
      state: 'uploaded',
      content_type: fields.contentType,
      size: fields.data.length,
      digest: `sha256:${createHash('sha256').update(fields.data).digest('hex')}`,
      download_count: 0,
      created_at: fields.createdAt,
      updated_at: fields.createdAt,
      uploader: fields.uploader,
    };
  }

  gitRef(repo: RepoState, ref: string, sha: string): JsonObject {
    const api = `${this.apiUrl}/repos/${repo.fullName}/git`;
    return {
      ref: `refs/${ref}`,
      node_id: nodeId('Ref', `${repo.id}:refs/${ref}`),
      url: `${api}/refs/${ref}`,
      object: { type: 'commit', sha, url: `${api}/commits/${sha}` },
    };
  }

  gitCommit(repo: RepoState, sha: string): JsonObject {
    const commit = this.template('git/get-commit', 200, repo);
    const api = `${this.apiUrl}/repos/${repo.fullName}/git`;
    const seeded = repo.commits.get(sha);
    const parents = seeded ? seeded.parents : [fakeSha(`${sha}^`)];
    const tree = fakeSha(`${sha}^{tree}`);
    return {
      ...commit,
      ...(seeded ? { author: { ...seeded.author }, committer: { ...seeded.committer }, message: seeded.message } : {}),
      sha,
      node_id: nodeId('Commit', sha),
      url: `${api}/commits/${sha}`,
      html_url: `https://github.com/${repo.fullName}/commit/${sha}`,
      tree: { sha: tree, url: `${api}/trees/${tree}` },
      parents: parents.map((parent) => ({ sha: parent, url: `${api}/commits/${parent}`, html_url: `https://github.com/${repo.fullName}/commit/${parent}` })),
    };
  }

  commit(repo: RepoState, sha: string): JsonObject {
    const commit = this.template('repos/get-commit', 200, repo);
    const git = this.gitCommit(repo, sha);
    const api = `${this.apiUrl}/repos/${repo.fullName}`;
    const inner = commit['commit'] as JsonObject;
    return {
      ...commit,
      url: `${api}/commits/${sha}`,
      sha,
      node_id: git['node_id'],
      html_url: git['html_url'],
      comments_url: `${api}/commits/${sha}/comments`,
      commit: { ...inner, url: git['url'], tree: git['tree'], message: git['message'], ...(repo.commits.has(sha) ? { author: git['author'], committer: git['committer'] } : {}) },
      parents: git['parents'],
      files: [],
    };
  }

  /** Seeds a commit of the repository's history (compare walks the parents of seeded commits). */
  addCommit(seed: CommitSeed): CommitRecord {
    const repo = this.repo(seed.owner, seed.repo);
    const parents = seed.parents ?? [];
    const message = seed.message ?? `Commit on top of ${parents[0]?.slice(0, 7) ?? 'nothing'}`;
    const committed = seedTime(seed.committedAt);
    const author = seed.author ?? { name: 'Monalisa Octocat', email: 'mona@github.com' };
    const sha = seed.sha ?? fakeSha(`${repo.fullName}:${parents.join(',')}:${message}:${committed}`);
    if (!/^[0-9a-f]{40}$/.test(sha)) throw new Error(`addCommit: '${sha}' is not a 40-digit lowercase hex SHA`);
    const record: CommitRecord = {
      sha,
      parents: [...parents],
      message,
      author: { ...author, date: seed.authoredAt === undefined ? committed : seedTime(seed.authoredAt) },
      committer: { ...author, date: committed },
    };
    repo.commits.set(sha, record);
    if (seed.branch !== undefined) repo.refs.set(`heads/${seed.branch}`, sha);
    return record;
  }

  /** Seeds a deployment made earlier, with its status history at the given times; returns the deployment. */
  addDeployment(seed: DeploymentSeed): JsonObject {
    const repo = this.repo(seed.owner, seed.repo);
    const id = this.nextId();
    const creator = this.user(seed.creator ?? GITHUB_ACTIONS_BOT);
    const deployment = this.deployment(repo, {
      id,
      sha: seed.sha,
      ref: seed.ref ?? seed.sha,
      task: seed.task ?? 'deploy',
      environment: seed.environment,
      description: seed.description ?? null,
      payload: seed.payload ?? {},
      creator,
      transient: seed.transient ?? false,
      production: seed.production ?? seed.environment === 'production',
      createdAt: seedTime(seed.createdAt),
    });
    const statuses = (seed.statuses ?? []).map((status) => this.deploymentStatus(repo, deployment, {
      id: this.nextId(),
      state: status.state,
      description: status.description ?? '',
      environment: seed.environment,
      environmentUrl: status.environmentUrl ?? '',
      logUrl: status.logUrl ?? '',
      creator: status.creator === undefined ? creator : this.user(status.creator),
      createdAt: seedTime(status.createdAt),
    }));
    const last = statuses.at(-1);
    if (last) deployment['updated_at'] = last['created_at'];
    repo.deployments.set(id, { deployment, statuses });
    return deployment;
  }

  /** The commit `ref` names: a branch, a tag, or a seeded (or branch-head) commit by full or abbreviated SHA. */
  resolveCommit(repo: RepoState, ref: string): string | undefined {
    const name = ref.replace(/^refs\//, '');
    const byRef = repo.refs.get(`heads/${name}`) ?? repo.refs.get(`tags/${name}`) ?? repo.refs.get(name);
    if (byRef) return byRef;
    if (!/^[0-9a-f]{7,40}$/.test(ref)) return undefined;
    const known = [...new Set([...repo.commits.keys(), ...repo.refs.values()])];
    const matches = known.filter((sha) => sha.startsWith(ref));
    return matches.length === 1 ? matches[0] : undefined;
  }

  /** `sha` and every commit it descends from, as far as the seeded history goes. */
  ancestors(repo: RepoState, sha: string): Set<string> {
    const seen = new Set<string>();
    const stack = [sha];
    while (stack.length > 0) {
      const next = stack.pop()!;
      if (seen.has(next)) continue;
      seen.add(next);
      stack.push(...(repo.commits.get(next)?.parents ?? []));
    }
    return seen;
  }

  /** The committer date GitHub would show for a commit (the documented example's for unseeded ones). */
  commitDate(repo: RepoState, sha: string): string {
    const seeded = repo.commits.get(sha);
    if (seeded) return seeded.committer.date;
    return String(((this.template('repos/get-commit', 200, repo)['commit'] as JsonObject)['committer'] as JsonObject)['date']);
  }

  /**
   * GitHub's three-dot comparison: the commits reachable from `head` and not from `base`, oldest
   * first, with status `ahead`, `behind`, `diverged` or `identical`. The merge base is the newest
   * common ancestor that no other common ancestor descends from.
   */
  comparison(repo: RepoState, base: string, head: string): { status: 'ahead' | 'behind' | 'diverged' | 'identical'; ahead: string[]; behindBy: number; mergeBase: string | undefined } {
    const fromHead = this.ancestors(repo, head);
    const fromBase = this.ancestors(repo, base);
    const byDate = (a: string, b: string): number => this.commitDate(repo, a).localeCompare(this.commitDate(repo, b)) || a.localeCompare(b);
    const ahead = [...fromHead].filter((sha) => !fromBase.has(sha)).sort(byDate);
    const behindBy = [...fromBase].filter((sha) => !fromHead.has(sha)).length;
    // Newest first: a common ancestor another one descends from is covered by that one's walk.
    const common = [...fromHead].filter((sha) => fromBase.has(sha)).sort(byDate).reverse();
    const covered = new Set<string>();
    const candidates: string[] = [];
    for (const sha of common) {
      if (covered.has(sha)) continue;
      candidates.push(sha);
      for (const ancestor of this.ancestors(repo, sha)) covered.add(ancestor);
    }
    const mergeBase = candidates[0];
    const status = ahead.length === 0 ? (behindBy === 0 ? 'identical' : 'behind') : (behindBy === 0 ? 'ahead' : 'diverged');
    return { status, ahead, behindBy, mergeBase };
  }
}
