// Default behaviour of the double, per operationId, over the in-memory state.
import { gunzipSync } from 'node:zlib';
import { randomUUID } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import type { HttpMethod, Operation } from './openapi-contract.ts';
import { fakeSha, timestamp } from './state.ts';
import type { GitHubState, JsonObject, RepoState } from './state.ts';

export interface DoubleRequest {
  method: HttpMethod;
  /** The request path without the query string. */
  path: string;
  operationId: string;
  operation: Operation;
  params: Record<string, string>;
  query: Record<string, string | string[]>;
  /** The parsed JSON body, or undefined when there is none or it is not JSON. */
  body: unknown;
  rawBody: Buffer;
  headers: IncomingHttpHeaders;
  token: string;
  /** The `simple-user` the token acts as. */
  user: JsonObject;
}

export interface DoubleResponse {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface HandlerTools {
  state: GitHubState;
  /** The double's base URL. */
  url: string;
  /** The double's own behaviour for this request, for handlers that only adjust it. */
  passThrough(): Promise<DoubleResponse>;
}

export type DoubleHandler = (request: DoubleRequest, tools: HandlerTools) => DoubleResponse | Promise<DoubleResponse>;

/** GitHub's basic-error body. */
export function errorBody(request: Pick<DoubleRequest, 'operation'>, status: number, message: string): JsonObject {
  return { message, documentation_url: request.operation.docsUrl, status: String(status) };
}

function error(request: DoubleRequest, status: number, message: string): DoubleResponse {
  return { status, body: errorBody(request, status, message) };
}

function notFound(request: DoubleRequest): DoubleResponse {
  return error(request, 404, 'Not Found');
}

function validationFailed(request: DoubleRequest, resource: string, field: string, code: string, message?: string): DoubleResponse {
  const detail: JsonObject = { resource, field, code };
  if (message !== undefined) detail['message'] = message;
  return { status: 422, body: { message: 'Validation Failed', errors: [detail], documentation_url: request.operation.docsUrl, status: '422' } };
}

function body(request: DoubleRequest): JsonObject {
  return typeof request.body === 'object' && request.body !== null && !Array.isArray(request.body) ? (request.body as JsonObject) : {};
}

function str(value: unknown, fallback: string): string {
  return typeof value === 'string' ? value : fallback;
}

function num(value: string | string[] | undefined, fallback: number): number {
  const n = Number(Array.isArray(value) ? value[0] : value);
  return Number.isFinite(n) && n > 0 ? Math.floor(n) : fallback;
}

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** One page of a list, with the `link` header Octokit's paginate follows. */
export function paginate(request: DoubleRequest, baseUrl: string, items: unknown[], wrap?: (page: unknown[]) => unknown): DoubleResponse {
  const perPage = Math.min(num(request.query['per_page'], 30), 100);
  const page = num(request.query['page'], 1);
  const last = Math.max(1, Math.ceil(items.length / perPage));
  const slice = items.slice((page - 1) * perPage, page * perPage);
  const pageUrl = (n: number): string => {
    const search = new URLSearchParams();
    for (const [key, value] of Object.entries(request.query)) {
      if (key === 'page') continue;
      for (const v of Array.isArray(value) ? value : [value]) search.append(key, v);
    }
    search.set('page', String(n));
    return `${baseUrl}${request.path}?${search.toString()}`;
  };
  const links: string[] = [];
  if (page > 1) links.push(`<${pageUrl(page - 1)}>; rel="prev"`, `<${pageUrl(1)}>; rel="first"`);
  if (page < last) links.push(`<${pageUrl(page + 1)}>; rel="next"`, `<${pageUrl(last)}>; rel="last"`);
  const response: DoubleResponse = { status: 200, body: wrap ? wrap(slice) : slice };
  if (links.length > 0) response.headers = { link: links.join(', ') };
  return response;
}

function repoOf(request: DoubleRequest, state: GitHubState): RepoState {
  return state.repo(request.params['owner'] ?? '', request.params['repo'] ?? '');
}

function idParam(request: DoubleRequest, name: string): number {
  return Number(request.params[name]);
}

type Handler = (request: DoubleRequest, state: GitHubState, repo: RepoState) => DoubleResponse;

const WRITE_TIME = (): string => timestamp();

function applyCheckRunFields(repo: RepoState, run: JsonObject, annotations: JsonObject[], input: JsonObject, request: DoubleRequest): DoubleResponse | undefined {
  for (const key of ['name', 'details_url', 'external_id', 'started_at'] as const) {
    if (input[key] !== undefined) run[key] = input[key];
  }
  if (input['conclusion'] !== undefined) {
    run['conclusion'] = input['conclusion'];
    run['status'] = 'completed';
  } else if (input['status'] !== undefined) {
    run['status'] = input['status'];
  }
  // GitHub: "conclusion is required if you provide completed_at or a status of completed".
  if ((run['status'] === 'completed' || input['completed_at'] !== undefined) && run['conclusion'] === null) {
    return validationFailed(request, 'CheckRun', 'conclusion', 'missing_field', 'conclusion is required when status is completed');
  }
  if (run['conclusion'] === 'action_required' && !run['details_url']) {
    return validationFailed(request, 'CheckRun', 'details_url', 'missing_field', 'details_url is required when conclusion is action_required');
  }
  if (run['status'] === 'completed') run['completed_at'] = str(input['completed_at'], str(run['completed_at'], WRITE_TIME()));
  const output = input['output'] as JsonObject | undefined;
  if (output) {
    const current = run['output'] as JsonObject;
    for (const key of ['title', 'summary', 'text'] as const) {
      if (output[key] !== undefined) current[key] = output[key];
    }
    const added = Array.isArray(output['annotations']) ? (output['annotations'] as JsonObject[]) : [];
    for (const a of added) {
      annotations.push({
        path: a['path'],
        start_line: a['start_line'],
        end_line: a['end_line'],
        start_column: a['start_column'] ?? null,
        end_column: a['end_column'] ?? null,
        annotation_level: a['annotation_level'],
        title: a['title'] ?? null,
        message: a['message'],
        raw_details: a['raw_details'] ?? null,
        blob_href: `https://github.com/${repo.fullName}/blob/${String(run['head_sha'])}/${String(a['path'])}`,
      });
    }
    current['annotations_count'] = annotations.length;
  }
  return undefined;
}

const DEPLOYMENT_STATUS_DESCRIPTION_MAX = 140;

function latestDeploymentState(statuses: JsonObject[]): string | undefined {
  return statuses.at(-1)?.['state'] as string | undefined;
}

const handlers: Record<string, Handler> = {
  // An installation token (GITHUB_TOKEN) is not a user; GitHub refuses it here.
  'users/get-authenticated': (request) => (request.user['type'] === 'Bot'
    ? error(request, 403, 'Resource not accessible by integration')
    : {
      status: 200,
      body: {
        ...request.user,
        name: request.user['login'],
        company: null,
        blog: '',
        location: null,
        email: null,
        hireable: null,
        bio: null,
        public_repos: 1,
        public_gists: 0,
        followers: 0,
        following: 0,
        created_at: '2015-03-01T10:00:00Z',
        updated_at: '2025-01-01T10:00:00Z',
        user_view_type: 'public',
      },
    }),

  'repos/get': (_request, state, repo) => ({ status: 200, body: state.repository(repo) }),

  'pulls/get': (request, _state, repo) => {
    const pr = repo.pulls.get(idParam(request, 'pull_number'));
    return pr ? { status: 200, body: pr } : notFound(request);
  },

  // Check runs
  'checks/create': (request, state, repo) => {
    const input = body(request);
    const id = state.nextId();
    const run = state.checkRun(repo, { id, name: str(input['name'], ''), headSha: str(input['head_sha'], ''), startedAt: WRITE_TIME() });
    const record = { run, annotations: [] as JsonObject[] };
    const failure = applyCheckRunFields(repo, run, record.annotations, input, request);
    if (failure) return failure;
    repo.checkRuns.set(id, record);
    return { status: 201, body: run };
  },
  'checks/update': (request, _state, repo) => {
    const record = repo.checkRuns.get(idParam(request, 'check_run_id'));
    if (!record) return notFound(request);
    const before = structuredClone(record);
    const failure = applyCheckRunFields(repo, record.run, record.annotations, body(request), request);
    if (failure) {
      repo.checkRuns.set(idParam(request, 'check_run_id'), before);
      return failure;
    }
    return { status: 200, body: record.run };
  },
  'checks/get': (request, _state, repo) => {
    const record = repo.checkRuns.get(idParam(request, 'check_run_id'));
    return record ? { status: 200, body: record.run } : notFound(request);
  },
  'checks/list-annotations': (request, state, repo) => {
    const record = repo.checkRuns.get(idParam(request, 'check_run_id'));
    return record ? paginate(request, state.apiUrl, record.annotations) : notFound(request);
  },
  'checks/list-for-ref': (request, state, repo) => {
    const ref = request.params['ref'] ?? '';
    const sha = repo.refs.get(ref) ?? repo.refs.get(`heads/${ref}`) ?? ref;
    const name = first(request.query['check_name']);
    const runs = [...repo.checkRuns.values()].map((r) => r.run).filter((r) => r['head_sha'] === sha && (name === undefined || r['name'] === name));
    return paginate(request, state.apiUrl, runs.reverse(), (page) => ({ total_count: runs.length, check_runs: page }));
  },

  // Issue comments
  'issues/list-comments': (request, state, repo) => {
    // GitHub answers 404 for an issue or pull request that does not exist; so must the double.
    if (!hasIssue(repo, idParam(request, 'issue_number'))) return notFound(request);
    const since = first(request.query['since']);
    const comments = repo.commentsOn(idParam(request, 'issue_number')).filter((c) => since === undefined || String(c['updated_at']) >= since);
    return paginate(request, state.apiUrl, comments);
  },
  'issues/create-comment': (request, state, repo) => {
    const id = state.nextId();
    const issueNumber = idParam(request, 'issue_number');
    if (!hasIssue(repo, issueNumber)) return notFound(request);
    const comment = state.issueComment(repo, { id, issueNumber, body: str(body(request)['body'], ''), user: request.user, createdAt: WRITE_TIME() });
    repo.comments.set(id, { issueNumber, comment });
    const issue = repo.issues.get(issueNumber);
    if (issue) issue['comments'] = Number(issue['comments']) + 1;
    return { status: 201, body: comment };
  },
  'issues/get-comment': (request, _state, repo) => {
    const record = repo.comments.get(idParam(request, 'comment_id'));
    return record ? { status: 200, body: record.comment } : notFound(request);
  },
  'issues/update-comment': (request, _state, repo) => {
    const record = repo.comments.get(idParam(request, 'comment_id'));
    if (!record) return notFound(request);
    record.comment['body'] = str(body(request)['body'], '');
    record.comment['updated_at'] = WRITE_TIME();
    return { status: 200, body: record.comment };
  },
  'issues/delete-comment': (request, _state, repo) => {
    const id = idParam(request, 'comment_id');
    if (!repo.comments.delete(id)) return notFound(request);
    return { status: 204 };
  },

  // Issues
  'issues/create': (request, state, repo) => {
    const input = body(request);
    const number = repo.nextNumber++;
    const assignees = (Array.isArray(input['assignees']) ? (input['assignees'] as string[]) : typeof input['assignee'] === 'string' ? [input['assignee']] : []).map((login) => state.user({ login }));
    const labels = (Array.isArray(input['labels']) ? input['labels'] : []).map((l) => (typeof l === 'string' ? l : str((l as JsonObject)['name'], '')));
    const issue = state.issue(repo, {
      number,
      title: String(input['title']),
      body: typeof input['body'] === 'string' ? input['body'] : null,
      user: request.user,
      labels,
      assignees,
      createdAt: WRITE_TIME(),
    });
    repo.issues.set(number, issue);
    return { status: 201, body: issue };
  },
  'issues/get': (request, _state, repo) => {
    const issue = repo.issues.get(idParam(request, 'issue_number'));
    return issue ? { status: 200, body: issue } : notFound(request);
  },
  'issues/update': (request, state, repo) => {
    const issue = repo.issues.get(idParam(request, 'issue_number'));
    if (!issue) return notFound(request);
    const input = body(request);
    if (input['title'] !== undefined) issue['title'] = String(input['title']);
    if (input['body'] !== undefined) issue['body'] = input['body'];
    if (Array.isArray(input['labels'])) issue['labels'] = input['labels'].map((l) => state.label(repo, typeof l === 'string' ? l : str((l as JsonObject)['name'], '')));
    if (Array.isArray(input['assignees'])) {
      issue['assignees'] = (input['assignees'] as string[]).map((login) => state.user({ login }));
      issue['assignee'] = (issue['assignees'] as JsonObject[])[0] ?? null;
    }
    if (input['state'] === 'closed' && issue['state'] !== 'closed') {
      issue['state'] = 'closed';
      issue['state_reason'] = input['state_reason'] ?? 'completed';
      issue['closed_at'] = WRITE_TIME();
      issue['closed_by'] = request.user;
    } else if (input['state'] === 'open' && issue['state'] !== 'open') {
      issue['state'] = 'open';
      issue['state_reason'] = 'reopened';
      issue['closed_at'] = null;
      issue['closed_by'] = null;
    }
    issue['updated_at'] = WRITE_TIME();
    return { status: 200, body: issue };
  },
  'issues/list-for-repo': (request, state, repo) => {
    const wanted = first(request.query['state']) ?? 'open';
    const labels = (first(request.query['labels']) ?? '').split(',').map((l) => l.trim()).filter(Boolean);
    const issues = [...repo.issues.values()]
      .filter((i) => wanted === 'all' || i['state'] === wanted)
      .filter((i) => labels.every((l) => (i['labels'] as JsonObject[]).some((x) => x['name'] === l)))
      .reverse();
    return paginate(request, state.apiUrl, issues);
  },

  // Deployments
  'repos/create-deployment': (request, state, repo) => {
    const input = body(request);
    const ref = str(input['ref'], '');
    const short = ref.replace(/^refs\//, '');
    const sha = repo.refs.get(`heads/${short}`) ?? repo.refs.get(`tags/${short}`) ?? repo.refs.get(short) ?? (/^[0-9a-f]{40}$/.test(ref) ? ref : undefined);
    if (sha === undefined) return validationFailed(request, 'Deployment', 'ref', 'invalid', `No ref found for: ${ref}`);
    const environment = str(input['environment'], 'production');
    const id = state.nextId();
    const deployment = state.deployment(repo, {
      id,
      sha,
      ref,
      task: str(input['task'], 'deploy'),
      environment,
      description: typeof input['description'] === 'string' ? input['description'] : null,
      payload: input['payload'] ?? {},
      creator: request.user,
      transient: input['transient_environment'] === true,
      production: typeof input['production_environment'] === 'boolean' ? input['production_environment'] : environment === 'production',
      createdAt: WRITE_TIME(),
    });
    repo.deployments.set(id, { deployment, statuses: [] });
    return { status: 201, body: deployment };
  },
  'repos/list-deployments': (request, state, repo) => {
    const filters = ['sha', 'ref', 'task', 'environment'] as const;
    const deployments = [...repo.deployments.values()]
      .map((d) => d.deployment)
      .filter((d) => filters.every((f) => request.query[f] === undefined || d[f] === first(request.query[f])))
      .reverse();
    return paginate(request, state.apiUrl, deployments);
  },
  'repos/get-deployment': (request, _state, repo) => {
    const record = repo.deployments.get(idParam(request, 'deployment_id'));
    return record ? { status: 200, body: record.deployment } : notFound(request);
  },
  'repos/delete-deployment': (request, _state, repo) => {
    const id = idParam(request, 'deployment_id');
    const record = repo.deployments.get(id);
    if (!record) return notFound(request);
    const others = [...repo.deployments.values()].filter((d) => d !== record && d.deployment['environment'] === record.deployment['environment']);
    // GitHub refuses to delete the active deployment of an environment that has others.
    if (others.length > 0 && latestDeploymentState(record.statuses) !== 'inactive') {
      return validationFailed(request, 'Deployment', 'id', 'invalid', 'We cannot delete an active deployment unless it is the only deployment in a given environment.');
    }
    repo.deployments.delete(id);
    return { status: 204 };
  },
  'repos/create-deployment-status': (request, state, repo) => {
    const record = repo.deployments.get(idParam(request, 'deployment_id'));
    if (!record) return notFound(request);
    const input = body(request);
    const description = str(input['description'], '');
    // GitHub documents a 140-character maximum. The double takes the strict reading and refuses
    // longer descriptions, so code that counts on GitHub cutting them fails here first.
    if ([...description].length > DEPLOYMENT_STATUS_DESCRIPTION_MAX) {
      return validationFailed(request, 'DeploymentStatus', 'description', 'custom', `description is too long (maximum is ${DEPLOYMENT_STATUS_DESCRIPTION_MAX} characters)`);
    }
    // "If not defined, the environment of the previous status on the deployment will be used,
    // if it exists. Otherwise, the environment of the deployment will be used."
    const previousEnvironment = record.statuses.at(-1)?.['environment'];
    const environment = str(input['environment'], typeof previousEnvironment === 'string' && previousEnvironment !== '' ? previousEnvironment : String(record.deployment['environment']));
    // A status can move the deployment; `original_environment` keeps where it started.
    record.deployment['environment'] = environment;
    const statusState = str(input['state'], 'pending');
    const status = state.deploymentStatus(repo, record.deployment, {
      id: state.nextId(),
      state: statusState,
      description,
      environment,
      environmentUrl: str(input['environment_url'], ''),
      logUrl: str(input['log_url'], str(input['target_url'], '')),
      creator: request.user,
      createdAt: WRITE_TIME(),
    });
    record.statuses.push(status);
    // auto_inactive (default true), as GitHub documents it: a success adds `inactive` to every prior
    // successful deployment of the environment that is neither transient nor production.
    if (statusState === 'success' && input['auto_inactive'] !== false) {
      for (const other of repo.deployments.values()) {
        if (other === record || other.deployment['environment'] !== environment) continue;
        if (other.deployment['transient_environment'] === true || other.deployment['production_environment'] === true) continue;
        if (Number(other.deployment['id']) > Number(record.deployment['id'])) continue;
        if (latestDeploymentState(other.statuses) === 'success') {
          other.statuses.push(state.deploymentStatus(repo, other.deployment, {
            id: state.nextId(),
            state: 'inactive',
            description: '',
            environment,
            environmentUrl: '',
            logUrl: '',
            creator: request.user,
            createdAt: WRITE_TIME(),
          }));
        }
      }
    }
    return { status: 201, body: status };
  },
  'repos/list-deployment-statuses': (request, state, repo) => {
    const record = repo.deployments.get(idParam(request, 'deployment_id'));
    return record ? paginate(request, state.apiUrl, [...record.statuses].reverse()) : notFound(request);
  },

  // Code scanning and dependency graph
  'code-scanning/upload-sarif': (request, state, repo) => {
    const input = body(request);
    let sarif: unknown;
    try {
      sarif = JSON.parse(gunzipSync(Buffer.from(str(input['sarif'], ''), 'base64')).toString('utf8'));
    } catch {
      return error(request, 400, 'Invalid SARIF: the sarif field must be gzip-compressed, base64-encoded JSON.');
    }
    const id = randomUUID();
    const runs = (sarif as { runs?: { tool?: { driver?: { name?: string } } }[] }).runs;
    repo.sarifUploads.set(id, { id, commitSha: str(input['commit_sha'], ''), ref: str(input['ref'], ''), toolName: runs?.[0]?.tool?.driver?.name, sarif });
    return { status: 202, body: { id, url: `${state.apiUrl}/repos/${repo.fullName}/code-scanning/sarifs/${id}` } };
  },
  'code-scanning/get-sarif': (request, state, repo) => {
    const upload = repo.sarifUploads.get(request.params['sarif_id'] ?? '');
    if (!upload) return notFound(request);
    return { status: 200, body: { processing_status: 'complete', analyses_url: `${state.apiUrl}/repos/${repo.fullName}/code-scanning/analyses?sarif_id=${upload.id}` } };
  },
  'dependency-graph/create-repository-snapshot': (request, state, repo) => {
    const id = state.nextId();
    repo.snapshots.push(body(request));
    return { status: 201, body: { id, created_at: WRITE_TIME(), result: 'SUCCESS', message: 'Dependency results for the repo have been successfully updated.' } };
  },

  // Releases
  'repos/create-release': (request, state, repo) => {
    const input = body(request);
    const tagName = str(input['tag_name'], '');
    if ([...repo.releases.values()].some((r) => r.release['tag_name'] === tagName)) {
      return validationFailed(request, 'Release', 'tag_name', 'already_exists');
    }
    const id = state.nextId();
    const release = state.release(repo, {
      id,
      tagName,
      targetCommitish: str(input['target_commitish'], repo.defaultBranch),
      name: typeof input['name'] === 'string' ? input['name'] : null,
      body: typeof input['body'] === 'string' ? input['body'] : null,
      draft: input['draft'] === true,
      prerelease: input['prerelease'] === true,
      author: request.user,
      createdAt: WRITE_TIME(),
    });
    repo.releases.set(id, { release, assets: [] });
    return { status: 201, body: release };
  },
  'repos/list-releases': (request, state, repo) => paginate(request, state.apiUrl, [...repo.releases.values()].map((r) => r.release).reverse()),
  'repos/get-release': (request, _state, repo) => {
    const record = repo.releases.get(idParam(request, 'release_id'));
    return record ? { status: 200, body: record.release } : notFound(request);
  },
  'repos/get-release-by-tag': (request, _state, repo) => {
    const record = [...repo.releases.values()].find((r) => r.release['tag_name'] === request.params['tag'] && r.release['draft'] !== true);
    return record ? { status: 200, body: record.release } : notFound(request);
  },
  'repos/get-latest-release': (request, _state, repo) => {
    const record = [...repo.releases.values()].reverse().find((r) => r.release['draft'] !== true && r.release['prerelease'] !== true);
    return record ? { status: 200, body: record.release } : notFound(request);
  },
  'repos/update-release': (request, _state, repo) => {
    const record = repo.releases.get(idParam(request, 'release_id'));
    if (!record) return notFound(request);
    const input = body(request);
    for (const key of ['tag_name', 'target_commitish', 'name', 'body', 'draft', 'prerelease'] as const) {
      if (input[key] !== undefined) record.release[key] = input[key];
    }
    if (record.release['draft'] === false && record.release['published_at'] === null) record.release['published_at'] = WRITE_TIME();
    return { status: 200, body: record.release };
  },
  'repos/delete-release': (request, _state, repo) => (repo.releases.delete(idParam(request, 'release_id')) ? { status: 204 } : notFound(request)),
  'repos/list-release-assets': (request, state, repo) => {
    const record = repo.releases.get(idParam(request, 'release_id'));
    return record ? paginate(request, state.apiUrl, record.assets.map((a) => a.asset)) : notFound(request);
  },
  'repos/upload-release-asset': (request, state, repo) => {
    const record = repo.releases.get(idParam(request, 'release_id'));
    if (!record) return notFound(request);
    const name = first(request.query['name']) ?? '';
    if (record.assets.some((a) => a.asset['name'] === name)) return validationFailed(request, 'ReleaseAsset', 'name', 'already_exists');
    const asset = state.releaseAsset(repo, record.release, {
      id: state.nextId(),
      name,
      label: first(request.query['label']) ?? null,
      contentType: str(request.headers['content-type'], 'application/octet-stream'),
      data: request.rawBody,
      uploader: request.user,
      createdAt: WRITE_TIME(),
    });
    record.assets.push({ asset, data: request.rawBody });
    record.release['assets'] = record.assets.map((a) => a.asset);
    return { status: 201, body: asset };
  },
  'repos/get-release-asset': (request, _state, repo) => {
    const id = idParam(request, 'asset_id');
    const found = [...repo.releases.values()].flatMap((r) => r.assets).find((a) => a.asset['id'] === id);
    return found ? { status: 200, body: found.asset } : notFound(request);
  },
  'repos/delete-release-asset': (request, _state, repo) => {
    const id = idParam(request, 'asset_id');
    for (const record of repo.releases.values()) {
      const index = record.assets.findIndex((a) => a.asset['id'] === id);
      if (index < 0) continue;
      record.assets.splice(index, 1);
      record.release['assets'] = record.assets.map((a) => a.asset);
      return { status: 204 };
    }
    return notFound(request);
  },

  // Git data
  'git/get-ref': (request, state, repo) => {
    const ref = request.params['ref'] ?? '';
    const sha = repo.refs.get(ref);
    return sha ? { status: 200, body: state.gitRef(repo, ref, sha) } : notFound(request);
  },
  'git/list-matching-refs': (request, state, repo) => {
    const prefix = request.params['ref'] ?? '';
    const refs = [...repo.refs.entries()].filter(([ref]) => ref.startsWith(prefix)).map(([ref, sha]) => state.gitRef(repo, ref, sha));
    return { status: 200, body: refs };
  },
  'git/create-ref': (request, state, repo) => {
    const input = body(request);
    const full = str(input['ref'], '');
    if (!/^refs\/.+\/.+/.test(full)) return validationFailed(request, 'Reference', 'ref', 'invalid', 'Reference name must start with refs/ and have at least two slashes.');
    const ref = full.slice('refs/'.length);
    if (repo.refs.has(ref)) return validationFailed(request, 'Reference', 'ref', 'already_exists', 'Reference already exists');
    const sha = str(input['sha'], '');
    repo.refs.set(ref, sha);
    return { status: 201, body: state.gitRef(repo, ref, sha) };
  },
  'git/update-ref': (request, state, repo) => {
    const ref = request.params['ref'] ?? '';
    if (!repo.refs.has(ref)) return validationFailed(request, 'Reference', 'ref', 'invalid', 'Reference does not exist');
    const sha = str(body(request)['sha'], '');
    repo.refs.set(ref, sha);
    return { status: 200, body: state.gitRef(repo, ref, sha) };
  },
  'git/delete-ref': (request, _state, repo) => {
    const ref = request.params['ref'] ?? '';
    if (!repo.refs.delete(ref)) return validationFailed(request, 'Reference', 'ref', 'invalid', 'Reference does not exist');
    return { status: 204 };
  },
  'git/get-commit': (request, state, repo) => ({ status: 200, body: state.gitCommit(repo, request.params['commit_sha'] ?? '') }),
  // GitHub's three-dot compare over the seeded history (gh.state.addCommit). Without page or
  // per_page GitHub lists at most 250 commits; with them it pages, and the files come on page 1 only.
  'repos/compare-commits-with-basehead': (request, state, repo) => {
    const basehead = request.params['basehead'] ?? '';
    const parts = basehead.split('...');
    if (parts.length !== 2) return notFound(request);
    // `USERNAME:BRANCH` names a branch of a fork in the same network; the double has one repository per name.
    const [base, head] = parts.map((p) => state.resolveCommit(repo, p.replace(/^[^:]*:/, ''))) as [string | undefined, string | undefined];
    if (base === undefined || head === undefined) return notFound(request);
    const { status, ahead, behindBy, mergeBase } = state.comparison(repo, base, head);
    const listed = (sha: string): JsonObject => {
      const commit = state.commit(repo, sha);
      delete commit['files'];
      delete commit['stats'];
      return commit;
    };
    const api = `${state.apiUrl}/repos/${repo.fullName}`;
    const web = `https://github.com/${repo.fullName}`;
    const paged = request.query['page'] !== undefined || request.query['per_page'] !== undefined;
    const page = num(request.query['page'], 1);
    const comparison = (commits: unknown[]): JsonObject => ({
      url: `${api}/compare/${basehead}`,
      html_url: `${web}/compare/${basehead}`,
      permalink_url: `${web}/compare/${repo.owner}:${base}...${repo.owner}:${head}`,
      diff_url: `${web}/compare/${basehead}.diff`,
      patch_url: `${web}/compare/${basehead}.patch`,
      base_commit: listed(base),
      // Histories without a common commit have no merge base; GitHub then answers 404.
      merge_base_commit: listed(mergeBase ?? base),
      status,
      ahead_by: ahead.length,
      behind_by: behindBy,
      total_commits: ahead.length,
      commits,
      ...(page === 1 ? { files: [] } : {}),
    });
    if (mergeBase === undefined) return notFound(request);
    if (!paged) return { status: 200, body: comparison(ahead.slice(0, 250).map(listed)) };
    return paginate(request, state.apiUrl, ahead, (slice) => comparison((slice as string[]).map(listed)));
  },
  'repos/get-commit': (request, state, repo) => {
    const ref = request.params['ref'] ?? '';
    const sha = repo.refs.get(`heads/${ref}`) ?? repo.refs.get(`tags/${ref}`) ?? repo.refs.get(ref.replace(/^refs\//, ''));
    if (sha) return { status: 200, body: state.commit(repo, sha) };
    if (/^[0-9a-f]{7,40}$/.test(ref)) return { status: 200, body: state.commit(repo, ref.length === 40 ? ref : fakeSha(ref)) };
    return validationFailed(request, 'Commit', 'sha', 'invalid', `No commit found for SHA: ${ref}`);
  },
};

/** Issues and pull requests share one numbering, and comments go on either. */
function hasIssue(repo: RepoState, issueNumber: number): boolean {
  return repo.issues.has(issueNumber) || repo.pulls.has(issueNumber);
}

export function defaultHandler(operationId: string): DoubleHandler | undefined {
  const handler = handlers[operationId];
  if (!handler) return undefined;
  return (request, tools) => handler(request, tools.state, repoOf(request, tools.state));
}

export function handledOperations(): string[] {
  return Object.keys(handlers).sort();
}
