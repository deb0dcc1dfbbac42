export const id = 508;
export const ids = [508];
export const modules = {

/***/ 6508:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEFAULT_MAX_ANNOTATIONS: () => (/* reexport */ DEFAULT_MAX_ANNOTATIONS),
  DeploymentError: () => (/* reexport */ DeploymentError),
  GITHUB_LIMITS: () => (/* reexport */ GITHUB_LIMITS),
  TRUNCATION_NOTE: () => (/* reexport */ TRUNCATION_NOTE),
  classifyGitHubError: () => (/* reexport */ classifyGitHubError),
  createDeployment: () => (/* reexport */ createDeployment),
  createGitHubClient: () => (/* reexport */ createGitHubClient),
  deactivatePrevious: () => (/* reexport */ deactivatePrevious),
  findDeployments: () => (/* reexport */ findDeployments),
  findSuccessfulDeployment: () => (/* reexport */ findSuccessfulDeployment),
  getDeployment: () => (/* reexport */ getDeployment),
  hasSuccessfulDeployment: () => (/* reexport */ hasSuccessfulDeployment),
  issueMarker: () => (/* reexport */ issueMarker),
  latestDeploymentStatus: () => (/* reexport */ latestDeploymentStatus),
  listDeploymentStatuses: () => (/* reexport */ listDeploymentStatuses),
  payloadHasDigest: () => (/* reexport */ payloadHasDigest),
  payloadObject: () => (/* reexport */ payloadObject),
  publishCheckRun: () => (/* reexport */ publishCheckRun),
  setDeploymentStatus: () => (/* reexport */ setDeploymentStatus),
  stickyMarker: () => (/* reexport */ stickyMarker),
  toApiAnnotation: () => (/* reexport */ toApiAnnotation),
  truncateBytes: () => (/* reexport */ truncateBytes),
  truncateDescription: () => (/* reexport */ truncateDescription),
  truncateText: () => (/* reexport */ truncateText),
  upsertIssue: () => (/* reexport */ upsertIssue),
  upsertStickyComment: () => (/* reexport */ upsertStickyComment),
  withDegrade: () => (/* reexport */ withDegrade)
});

// EXTERNAL MODULE: ./node_modules/@octokit/core/dist-src/index.js + 12 modules
var dist_src = __webpack_require__(4730);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-paginate-rest/dist-bundle/index.js
var dist_bundle = __webpack_require__(3779);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/index.js + 3 modules
var plugin_rest_endpoint_methods_dist_src = __webpack_require__(9210);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var plugin_retry_dist_bundle = __webpack_require__(9735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(6856);
// EXTERNAL MODULE: ./packages/core/src/index.ts + 12 modules
var src = __webpack_require__(602);
// EXTERNAL MODULE: ./node_modules/bottleneck/light.js
var light = __webpack_require__(3251);
var light_default = /*#__PURE__*/__webpack_require__.n(light);
;// CONCATENATED MODULE: ./packages/github/src/client.ts







const PipelineOctokit = dist_src/* Octokit */.E.plugin(plugin_retry_dist_bundle/* retry */.L, plugin_throttling_dist_bundle/* throttling */.A, plugin_rest_endpoint_methods_dist_src/* restEndpointMethods */._, dist_bundle/* paginateRest */.ud);
const DEFAULT_API_URL = 'https://api.github.com';
/** GitHub retries a primary rate limit only when the reset is this close. */
const MAX_PRIMARY_WAIT_SECONDS = 60;
const silentLogger = {
    debug: () => undefined,
    info: () => undefined,
    notice: () => undefined,
    warning: () => undefined,
    error: () => undefined,
    group: (_name, fn) => fn(),
};
function describeRequest(options) {
    return `${options.method ?? 'GET'} ${options.url ?? ''}`;
}
/**
 * Builds the client every action uses. The token is never logged here; the entry point
 * masks it with the runner before anything else runs.
 */
function createGitHubClient(options) {
    if (options.token.trim() === '') {
        throw new src/* ConfigurationError */.j1('The GitHub token is empty. Pass `github-token: ${{ github.token }}` (the default) or a token with the permissions this action needs.', { input: 'github-token' });
    }
    const logger = options.logger ?? silentLogger;
    const retries = options.retries ?? 3;
    const scale = options.timeScale ?? 1;
    if (!(scale >= 0))
        throw new RangeError(`timeScale must be 0 or more, got ${scale}`);
    const baseUrl = (options.baseUrl ?? process.env['GITHUB_API_URL'] ?? DEFAULT_API_URL).replace(/\/+$/, '');
    const baseFetch = options.fetch ?? globalThis.fetch;
    // One debug line per HTTP attempt, so retries are visible in the step's debug log.
    const loggingFetch = async (input, init) => {
        const started = performance.now();
        const response = await baseFetch(input, init);
        const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
        logger.debug(`GitHub API ${init?.method ?? 'GET'} ${url} -> ${response.status} in ${Math.round(performance.now() - started)} ms`);
        return response;
    };
    const throttle = {
        retryAfterBaseValue: 1000 * scale,
        onRateLimit: (retryAfter, request, _octokit, retryCount) => {
            const retrying = retryCount < 1 && retryAfter <= MAX_PRIMARY_WAIT_SECONDS;
            logger.warning(`GitHub's rate limit is exhausted (${describeRequest(request)}); it resets in ${retryAfter} s. ` +
                (retrying ? 'Waiting once and retrying.' : 'Not retrying: the wait is too long or the retry already happened.'));
            return retrying;
        },
        onSecondaryRateLimit: (retryAfter, request, _octokit, retryCount) => {
            const retrying = retryCount < retries;
            logger.warning(`GitHub's secondary rate limit was hit (${describeRequest(request)}). ` +
                (retrying ? `Retrying in ${retryAfter} s as GitHub asks (retry ${retryCount + 1} of ${retries}).` : `Giving up after ${retries} retries.`));
            return retrying;
        },
    };
    if (scale !== 1) {
        // The plugin's default limiters are shared by the whole process and pace writes 1 s
        // (3 s when they notify people) apart, as GitHub recommends; scaled clients get their own.
        throttle.write = new (light_default()).Group({ maxConcurrent: 1, minTime: 1000 * scale });
        throttle.notifications = new (light_default()).Group({ maxConcurrent: 1, minTime: 3000 * scale });
    }
    return new PipelineOctokit({
        auth: options.token,
        baseUrl,
        userAgent: options.userAgent ?? 'pipeline-actions',
        request: { fetch: loggingFetch },
        // Octokit's plugins pass an Error as a second argument; only its message is kept.
        log: {
            debug: (message) => logger.debug(message),
            info: (message) => logger.info(message),
            warn: (message, ...rest) => logger.warning([message, ...rest.map(src/* errorMessage */.gJ)].join(': ')),
            error: (message, ...rest) => logger.error([message, ...rest.map(src/* errorMessage */.gJ)].join(': ')),
        },
        retry: { retries, retryAfterBaseValue: 1000 * scale },
        throttle,
    });
}

;// CONCATENATED MODULE: ./packages/github/src/limits.ts

/** GitHub's documented limits; exceeding any of them fails the whole request. */
const GITHUB_LIMITS = {
    /** Annotations per create/update check run request. */
    annotationsPerRequest: 50,
    /** `output.summary` and `output.text` of a check run, in characters. */
    checkRunText: 65_535,
    /** Issue and pull request comment body, in characters. */
    commentBody: 65_536,
    /** Annotation `message` and `raw_details`, in bytes (64 KB). */
    annotationBytes: 64 * 1024,
    /** Annotation `title`, in characters. */
    annotationTitle: 255,
    /** Issue body, in characters (the same cap as a comment). */
    issueBody: 65_536,
    /** Deployment status `description`, in characters. */
    deploymentStatusDescription: 140,
};
const TRUNCATION_NOTE = '… truncated';
/**
 * Cuts `text` to at most `max` UTF-16 code units (GitHub's "characters"; never more than
 * code points, so this is safe), ending with a note so nobody mistakes it for the whole.
 */
function truncateText(text, max, note = TRUNCATION_NOTE) {
    if (text.length <= max)
        return text;
    const suffix = `\n\n${note}`;
    let end = Math.max(0, max - suffix.length);
    // Do not split a surrogate pair.
    const code = text.charCodeAt(end - 1);
    if (end > 0 && code >= 0xd800 && code <= 0xdbff)
        end -= 1;
    return text.slice(0, end) + suffix.slice(0, max);
}
/** Like truncateText, with the limit in UTF-8 bytes. */
function truncateBytes(text, maxBytes, note = TRUNCATION_NOTE) {
    if (Buffer.byteLength(text, 'utf8') <= maxBytes)
        return text;
    const suffix = `\n\n${note}`;
    return (0,src/* truncateUtf8 */.Ck)(text, Math.max(0, maxBytes - Buffer.byteLength(suffix, 'utf8'))) + suffix;
}

;// CONCATENATED MODULE: ./packages/github/src/check-runs.ts

const DEFAULT_MAX_ANNOTATIONS = 1000;
function positiveInt(value, fallback) {
    return value !== undefined && Number.isFinite(value) && value >= 1 ? Math.floor(value) : fallback;
}
/** Brings one annotation within GitHub's field limits and rules. */
function toApiAnnotation(annotation) {
    const startLine = positiveInt(annotation.startLine, 1);
    const endLine = Math.max(startLine, positiveInt(annotation.endLine, startLine));
    const title = annotation.title?.trim() ? truncateText(annotation.title.replace(/\s+/g, ' ').trim(), GITHUB_LIMITS.annotationTitle, '…') : undefined;
    const message = annotation.message.trim() === '' ? (title ?? 'No message') : annotation.message;
    const result = {
        path: annotation.path.replaceAll('\\', '/').replace(/^(\.\/)+/, ''),
        start_line: startLine,
        end_line: endLine,
        annotation_level: annotation.level,
        message: truncateBytes(message, GITHUB_LIMITS.annotationBytes),
    };
    if (startLine === endLine && annotation.startColumn !== undefined) {
        result.start_column = positiveInt(annotation.startColumn, 1);
        if (annotation.endColumn !== undefined)
            result.end_column = Math.max(result.start_column, positiveInt(annotation.endColumn, result.start_column));
    }
    if (title !== undefined)
        result.title = title;
    if (annotation.rawDetails)
        result.raw_details = truncateBytes(annotation.rawDetails, GITHUB_LIMITS.annotationBytes);
    return result;
}
/**
 * Publishes a check run with its annotations. GitHub takes at most 50 annotations per
 * request, so a run with annotations is created `in_progress` and they are appended by
 * update calls, the last of which sets the conclusion: whoever reacts to the completed
 * run sees every annotation. Without annotations the run is created completed.
 * If a batch fails, the run is still completed (best effort) before the error
 * propagates, so no check is left pending on the commit.
 */
async function publishCheckRun(client, input) {
    const max = Math.max(0, Math.floor(input.maxAnnotations ?? DEFAULT_MAX_ANNOTATIONS));
    const all = input.annotations ?? [];
    const kept = all.slice(0, max).map(toApiAnnotation);
    const dropped = all.length - kept.length;
    const note = dropped > 0
        ? `\n\n> ${dropped} more annotation${dropped === 1 ? ' was' : 's were'} not attached to this check run (limit ${max}); the full list is in the job summary.`
        : '';
    // The note is part of the summary budget, so it survives truncation.
    const summary = truncateText(input.summary, GITHUB_LIMITS.checkRunText - note.length) + note;
    const output = {
        title: input.title,
        summary,
        ...(input.text !== undefined ? { text: truncateText(input.text, GITHUB_LIMITS.checkRunText) } : {}),
    };
    const batches = [];
    for (let i = 0; i < kept.length; i += GITHUB_LIMITS.annotationsPerRequest)
        batches.push(kept.slice(i, i + GITHUB_LIMITS.annotationsPerRequest));
    const { owner, repo } = input;
    const completion = () => ({
        status: 'completed',
        conclusion: input.conclusion,
        completed_at: new Date().toISOString(),
    });
    const created = await client.rest.checks.create({
        owner,
        repo,
        name: input.name,
        head_sha: input.headSha,
        ...(batches.length === 0 ? completion() : { status: 'in_progress', started_at: new Date().toISOString() }),
        ...(input.detailsUrl !== undefined ? { details_url: input.detailsUrl } : {}),
        ...(input.externalId !== undefined ? { external_id: input.externalId } : {}),
        output,
    });
    const id = Number(created.data.id);
    let sent = 0;
    for (const [index, batch] of batches.entries()) {
        const last = index === batches.length - 1;
        try {
            await client.rest.checks.update({ owner, repo, check_run_id: id, output: { ...output, annotations: batch }, ...(last ? completion() : {}) });
        }
        catch (error) {
            try {
                await client.rest.checks.update({ owner, repo, check_run_id: id, output, ...completion() });
            }
            catch {
                // The original failure is the one worth reporting.
            }
            throw error;
        }
        sent += batch.length;
    }
    return { id, url: created.data.html_url ?? created.data.url, annotationsSent: sent, annotationsDropped: dropped };
}

;// CONCATENATED MODULE: ./packages/github/src/errors.ts
function asHttpError(error) {
    if (typeof error !== 'object' || error === null)
        return undefined;
    const candidate = error;
    return typeof candidate.status === 'number' && typeof candidate.message === 'string' ? candidate : undefined;
}
function apiMessage(error) {
    const data = error.response?.data;
    const message = typeof data === 'object' && data !== null ? data.message : undefined;
    return typeof message === 'string' ? `${message} ${error.message}` : error.message;
}
/**
 * Sorts an Octokit error into what callers act on. GitHub answers 403 both for a
 * token that may not write (a fork's GITHUB_TOKEN, a missing `permissions:` entry) and
 * for rate limits, so the body and headers decide.
 */
function classifyGitHubError(error) {
    const http = asHttpError(error);
    if (!http)
        return 'other';
    const message = apiMessage(http);
    const headers = http.response?.headers ?? {};
    if (http.status === 429)
        return 'rate-limited';
    if (http.status === 403) {
        if (/rate limit/i.test(message) || String(headers['x-ratelimit-remaining']) === '0')
            return 'rate-limited';
        if (/Resource not accessible by (integration|personal access token)/i.test(message))
            return 'forbidden-read-only';
        return 'other';
    }
    if (http.status === 404)
        return 'not-found';
    if (http.status === 400 || http.status === 422)
        return 'validation';
    if (http.status >= 500)
        return 'server';
    return 'other';
}
/**
 * Runs a write that only adds convenience (a check run, a PR comment). When the token
 * may not write, GitHub's "Resource not accessible by integration" becomes a warning
 * that says why and where the results are, and the result is undefined. Every other
 * error still propagates.
 */
async function withDegrade(logger, what, fn, context = {}) {
    try {
        return await fn();
    }
    catch (error) {
        if (classifyGitHubError(error) !== 'forbidden-read-only')
            throw error;
        const fallback = context.fallback ?? 'Results are in the job summary instead.';
        let reason;
        if (context.fromFork === true) {
            reason = 'this pull request comes from a fork, and GitHub gives fork pull requests a read-only GITHUB_TOKEN';
        }
        else if (context.permission !== undefined) {
            reason = `the token is read-only (a pull request from a fork gets a read-only GITHUB_TOKEN) or lacks \`${context.permission}\`; grant it under \`permissions:\` in the workflow`;
        }
        else {
            reason = 'the token is read-only (a pull request from a fork gets a read-only GITHUB_TOKEN)';
        }
        logger.warning(`Could not ${what}: ${reason}. ${fallback}`);
        return undefined;
    }
}

;// CONCATENATED MODULE: ./packages/github/src/sticky-comment.ts


const MARKER_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
/** The hidden first line that identifies a sticky comment. */
function stickyMarker(marker) {
    if (!MARKER_PATTERN.test(marker)) {
        throw new Error(`Sticky comment marker '${marker}' must be letters, digits, '.', '_' or '-' (it goes inside an HTML comment).`);
    }
    return `<!-- pipeline:${marker} -->`;
}
/**
 * Keeps exactly one comment per marker on an issue or pull request: updates ours in
 * place, creates it when there is none. Only comments whose body starts with the marker
 * line count as ours, so someone quoting it does not get their comment overwritten.
 */
async function upsertStickyComment(client, input) {
    const markerLine = stickyMarker(input.marker);
    const body = truncateText(`${markerLine}\n${input.body}`, GITHUB_LIMITS.commentBody);
    const { owner, repo } = input;
    const comments = await client.paginate(client.rest.issues.listComments, { owner, repo, issue_number: input.issueNumber, per_page: 100 });
    const ours = comments
        .filter((c) => c.body?.startsWith(markerLine) === true)
        .sort((a, b) => a.created_at.localeCompare(b.created_at) || Number(a.id) - Number(b.id));
    const newest = ours.at(-1);
    let result;
    if (!newest && input.createIfMissing === false) {
        return { id: 0, url: '', action: 'skipped', duplicatesDeleted: 0 };
    }
    else if (!newest) {
        const created = await client.rest.issues.createComment({ owner, repo, issue_number: input.issueNumber, body });
        result = { id: Number(created.data.id), url: created.data.html_url, action: 'created', duplicatesDeleted: 0 };
    }
    else if (newest.body === body) {
        result = { id: Number(newest.id), url: newest.html_url, action: 'unchanged', duplicatesDeleted: 0 };
    }
    else {
        const updated = await client.rest.issues.updateComment({ owner, repo, comment_id: newest.id, body });
        result = { id: Number(updated.data.id), url: updated.data.html_url, action: 'updated', duplicatesDeleted: 0 };
    }
    for (const duplicate of ours.slice(0, -1)) {
        try {
            await client.rest.issues.deleteComment({ owner, repo, comment_id: duplicate.id });
            result.duplicatesDeleted += 1;
        }
        catch (error) {
            // A concurrent run may have removed it already.
            if (classifyGitHubError(error) !== 'not-found')
                throw error;
        }
    }
    return result;
}

;// CONCATENATED MODULE: ./packages/github/src/deployments.ts


/**
 * A deployment request GitHub refused, with a message that says why. It keeps GitHub's HTTP
 * status and response so `classifyGitHubError` sorts it as it would the original error.
 */
class DeploymentError extends Error {
    name = 'DeploymentError';
    reason;
    status;
    response;
    constructor(message, reason, status, options = {}) {
        super(message, options.cause === undefined ? undefined : { cause: options.cause });
        this.reason = reason;
        this.status = status;
        this.response = responseOf(options.cause);
    }
}
const DEFAULT_LIMIT = 100;
const PAGE_SIZE = 100;
/** Status lookups in flight at once; the client's throttling paces them further. */
const LOOKUP_CONCURRENCY = 8;
const ACTIVE_STATES = new Set(['success', 'in_progress', 'queued', 'pending']);
function responseOf(error) {
    if (typeof error !== 'object' || error === null)
        return undefined;
    const response = error.response;
    return typeof response === 'object' && response !== null ? response : undefined;
}
function statusOf(error) {
    const status = typeof error === 'object' && error !== null ? error.status : undefined;
    return typeof status === 'number' ? status : undefined;
}
/** GitHub's own words from an error body: its message and each error's message or code. */
function githubSays(error) {
    const data = responseOf(error)?.data;
    if (typeof data !== 'object' || data === null)
        return '';
    const { message, errors } = data;
    const detail = (e) => {
        if (typeof e === 'string')
            return e;
        if (typeof e !== 'object' || e === null)
            return '';
        const { message: text, code } = e;
        return typeof text === 'string' ? text : typeof code === 'string' ? code : '';
    };
    const details = Array.isArray(errors) ? errors.map(detail) : [];
    const text = [typeof message === 'string' ? message : '', ...details].filter((s) => s !== '').join('; ');
    return text === '' ? '' : ` GitHub said: ${text}.`;
}
function where(repo) {
    return `${repo.owner}/${repo.repo}`;
}
/** One line of at most `max` characters, GitHub's documented maximum for a deployment status description. */
function truncateDescription(text, max = GITHUB_LIMITS.deploymentStatusDescription) {
    const line = text.replace(/\s+/g, ' ').trim();
    if (line.length <= max)
        return line;
    let end = max - 1;
    const code = line.charCodeAt(end - 1);
    // Never leave half a surrogate pair.
    if (code >= 0xd800 && code <= 0xdbff)
        end -= 1;
    return `${line.slice(0, end)}…`;
}
/** A deployment payload as an object: GitHub may return it as a JSON string, or as a string that is not JSON. */
function payloadObject(payload) {
    let value = payload;
    if (typeof payload === 'string') {
        try {
            value = payload === '' ? {} : JSON.parse(payload);
        }
        catch {
            value = {};
        }
    }
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? value : {};
}
function toRef(d) {
    return { id: Number(d.id), sha: d.sha, ref: d.ref, environment: d.environment, task: d.task, url: d.url, createdAt: d.created_at };
}
function toInfo(d) {
    return {
        ...toRef(d),
        description: d.description ?? null,
        payload: payloadObject(d.payload),
        creator: d.creator?.login,
        productionEnvironment: d.production_environment ?? d.environment === 'production',
        transientEnvironment: d.transient_environment ?? false,
        latestStatus: undefined,
    };
}
function toStatus(s) {
    const optional = (v) => (v === undefined || v === null || v === '' ? undefined : v);
    return {
        id: Number(s.id),
        state: s.state,
        description: s.description,
        environment: optional(s.environment),
        environmentUrl: optional(s.environment_url),
        logUrl: optional(s.log_url) ?? optional(s.target_url),
        creator: s.creator?.login,
        createdAt: s.created_at,
    };
}
/** The deployment's statuses are unreadable because it does not exist: a clear error instead of Octokit's bare 404. */
function notFound(repo, deploymentId, error) {
    return new DeploymentError(`GitHub deployment ${deploymentId} was not found in ${where(repo)}: it does not exist, was deleted, or belongs to another repository (GitHub also answers 404 when the token cannot see the repository).`, 'not-found', 404, { cause: error });
}
async function mapLimited(items, fn) {
    const results = [];
    for (let i = 0; i < items.length; i += LOOKUP_CONCURRENCY) {
        results.push(...await Promise.all(items.slice(i, i + LOOKUP_CONCURRENCY).map(fn)));
    }
    return results;
}
function checkLimit(name, value) {
    if (!Number.isInteger(value) || value < 1)
        throw new RangeError(`${name} must be a positive integer, got ${value}`);
    return value;
}
/**
 * Creates a deployment. A CD tool decides for itself what to deploy, so GitHub is told neither
 * to merge the default branch into the ref (`auto_merge: false`: a deploy must never create
 * commits, and a merge would deploy something that was not built) nor to wait for commit status
 * contexts (`required_contexts: []`: the workflow's own `needs:` already gates the deploy, and
 * statuses from unrelated integrations must not block or fail it).
 */
async function createDeployment(client, repo, input) {
    if (input.ref.trim() === '')
        throw new RangeError('createDeployment needs a ref (a branch, tag or SHA).');
    if (input.environment.trim() === '')
        throw new RangeError('createDeployment needs an environment name, e.g. staging or production.');
    if (input.sha !== undefined && !/^(?:[0-9a-f]{40}|[0-9a-f]{64})$/.test(input.sha)) {
        throw new RangeError(`createDeployment's sha must be a full commit SHA (40 or 64 lowercase hex digits), got '${input.sha}'.`);
    }
    const payload = input.sha !== undefined && input.sha !== input.ref && !('ref' in (input.payload ?? {}))
        ? { ...input.payload, ref: input.ref }
        : input.payload;
    const target = input.sha ?? input.ref;
    const what = `deployment of ${target} to ${input.environment} in ${where(repo)}`;
    let response;
    try {
        response = await client.rest.repos.createDeployment({
            owner: repo.owner,
            repo: repo.repo,
            ref: target,
            environment: input.environment,
            auto_merge: false,
            required_contexts: [],
            ...(payload === undefined ? {} : { payload }),
            ...(input.task === undefined ? {} : { task: input.task }),
            ...(input.description === undefined ? {} : { description: input.description }),
            ...(input.productionEnvironment === undefined ? {} : { production_environment: input.productionEnvironment }),
            ...(input.transientEnvironment === undefined ? {} : { transient_environment: input.transientEnvironment }),
        });
    }
    catch (error) {
        const status = statusOf(error);
        if (status === 409) {
            throw new DeploymentError(`GitHub refused the ${what} (409 Conflict): the ref has a merge conflict with the default branch or failed required commit status checks.${githubSays(error)}`, 'conflict', 409, { cause: error });
        }
        if (status === 422) {
            throw new DeploymentError(`GitHub refused the ${what} (422): check that the ref exists in the repository and the environment name is valid.${githubSays(error)}`, 'invalid', 422, { cause: error });
        }
        throw error;
    }
    // 202 is GitHub's "merged the default branch into the ref instead of deploying"; with
    // auto_merge off it should not happen, but if it does nothing was deployed.
    if (response.status !== 201 || !('id' in response.data)) {
        const message = 'message' in response.data && typeof response.data.message === 'string' ? ` GitHub said: ${response.data.message}` : '';
        throw new DeploymentError(`GitHub created no ${what} (HTTP ${response.status}); it merged the default branch into the ref instead. Deploy again once the ref is up to date.${message}`, 'auto-merged', response.status);
    }
    return toRef(response.data);
}
/** Adds a status to a deployment; a deployment that does not exist is a DeploymentError with reason `not-found`. */
async function setDeploymentStatus(client, repo, deploymentId, input) {
    try {
        const { data } = await client.rest.repos.createDeploymentStatus({
            owner: repo.owner,
            repo: repo.repo,
            deployment_id: deploymentId,
            state: input.state,
            ...(input.description === undefined ? {} : { description: truncateDescription(input.description) }),
            ...(input.environmentUrl === undefined ? {} : { environment_url: input.environmentUrl }),
            ...(input.logUrl === undefined ? {} : { log_url: input.logUrl }),
            ...(input.autoInactive === undefined ? {} : { auto_inactive: input.autoInactive }),
        });
        return toStatus(data);
    }
    catch (error) {
        if (statusOf(error) === 404)
            throw notFound(repo, deploymentId, error);
        if (statusOf(error) === 422) {
            throw new DeploymentError(`GitHub refused the '${input.state}' status for deployment ${deploymentId} in ${where(repo)} (422).${githubSays(error)}`, 'invalid', 422, { cause: error });
        }
        throw error;
    }
}
/** One deployment with its latest status; a deployment that does not exist is a DeploymentError with reason `not-found`. */
async function getDeployment(client, repo, deploymentId) {
    let info;
    try {
        const { data } = await client.rest.repos.getDeployment({ owner: repo.owner, repo: repo.repo, deployment_id: deploymentId });
        info = toInfo(data);
    }
    catch (error) {
        if (statusOf(error) === 404)
            throw notFound(repo, deploymentId, error);
        throw error;
    }
    info.latestStatus = await latestDeploymentStatus(client, repo, deploymentId);
    return info;
}
/** The newest status of a deployment (GitHub lists newest first), or undefined when it has none. */
async function latestDeploymentStatus(client, repo, deploymentId) {
    try {
        const { data } = await client.rest.repos.listDeploymentStatuses({ owner: repo.owner, repo: repo.repo, deployment_id: deploymentId, per_page: 1 });
        return data[0] === undefined ? undefined : toStatus(data[0]);
    }
    catch (error) {
        if (statusOf(error) === 404)
            throw notFound(repo, deploymentId, error);
        throw error;
    }
}
/** Every status of a deployment, newest first. */
async function listDeploymentStatuses(client, repo, deploymentId) {
    try {
        const statuses = await client.paginate(client.rest.repos.listDeploymentStatuses, { owner: repo.owner, repo: repo.repo, deployment_id: deploymentId, per_page: PAGE_SIZE });
        return statuses.map(toStatus);
    }
    catch (error) {
        if (statusOf(error) === 404)
            throw notFound(repo, deploymentId, error);
        throw error;
    }
}
/**
 * Pages through deployments newest first (GitHub's order), narrowed by GitHub's own filters,
 * and stops requesting pages once `keep` says enough.
 */
async function scanDeployments(client, repo, query, limit, onPage) {
    let seen = 0;
    const pages = client.paginate.iterator(client.rest.repos.listDeployments, {
        owner: repo.owner,
        repo: repo.repo,
        per_page: Math.min(PAGE_SIZE, limit),
        ...(query.environment === undefined ? {} : { environment: query.environment }),
        ...(query.sha === undefined ? {} : { sha: query.sha }),
        ...(query.ref === undefined ? {} : { ref: query.ref }),
        ...(query.task === undefined ? {} : { task: query.task }),
    });
    for await (const { data } of pages) {
        const page = data.slice(0, limit - seen).map(toInfo);
        seen += page.length;
        const more = await onPage(page);
        if (!more || seen >= limit)
            return;
    }
}
/** Deployments matching GitHub's filters, newest first, each with its latest status (and, if asked, its whole history). */
async function findDeployments(client, repo, query = {}) {
    const limit = checkLimit('limit', query.limit ?? DEFAULT_LIMIT);
    const found = [];
    await scanDeployments(client, repo, query, limit, async (page) => {
        await mapLimited(page, async (d) => {
            if (query.withStatuses === true) {
                d.statuses = await listDeploymentStatuses(client, repo, d.id);
                d.latestStatus = d.statuses[0];
            }
            else {
                d.latestStatus = await latestDeploymentStatus(client, repo, d.id);
            }
        });
        found.push(...page);
        return true;
    });
    return found;
}
/**
 * Marks `inactive` every earlier deployment of the environment that still looks active, and
 * returns their ids. "Earlier" is a smaller id (GitHub's ids only grow), so a newer deployment
 * made by a concurrent run is never retired by an older run that finished late. "Looks active"
 * is a latest status of `success`, or `in_progress`/`queued`/`pending`: once a later deployment
 * has succeeded, an earlier one still "in progress" was left behind by a run that died (deploys
 * to one environment are serialised by the workflow's concurrency group and the deploy lock),
 * and GitHub would otherwise show it in progress forever. `failure` and `error` are kept, so the
 * history still shows what failed. Only the newest `scanLimit` deployments are examined: each
 * successful deploy retires what came before it, so older ones are inactive already.
 */
async function deactivatePrevious(client, repo, input) {
    const limit = checkLimit('scanLimit', input.scanLimit ?? DEFAULT_LIMIT);
    const description = input.description ?? `Superseded by deployment ${input.keepId}`;
    const changed = [];
    await scanDeployments(client, repo, { environment: input.environment }, limit, async (page) => {
        const earlier = page.filter((d) => d.id < input.keepId && d.environment === input.environment);
        const latest = await mapLimited(earlier, async (d) => ({ d, status: await latestDeploymentStatus(client, repo, d.id) }));
        for (const { d, status } of latest) {
            if (status === undefined || !ACTIVE_STATES.has(status.state))
                continue;
            try {
                await setDeploymentStatus(client, repo, d.id, { state: 'inactive', description });
                changed.push(d.id);
            }
            catch (error) {
                // Deleted between the listing and now: nothing left to retire.
                if (classifyGitHubError(error) !== 'not-found')
                    throw error;
            }
        }
        return true;
    });
    return changed;
}
/**
 * Whether the deployment counts as having succeeded: its newest status other than `inactive`
 * is `success`. A deployment superseded by a later one (success, then inactive) still counts;
 * one that was marked `failure` after its success (rolled back) does not.
 */
async function succeeded(client, repo, d) {
    d.latestStatus = await latestDeploymentStatus(client, repo, d.id);
    if (d.latestStatus?.state === 'success')
        return true;
    if (d.latestStatus?.state !== 'inactive')
        return false;
    d.statuses = await listDeploymentStatuses(client, repo, d.id);
    return d.statuses.find((s) => s.state !== 'inactive')?.state === 'success';
}
/**
 * The newest deployment to `environment` (optionally at `sha`, optionally with a matching
 * payload) that succeeded, or undefined. Payloads are filtered before any status is read, so
 * only candidates cost a request.
 */
async function findSuccessfulDeployment(client, repo, query) {
    const limit = checkLimit('scanLimit', query.scanLimit ?? DEFAULT_LIMIT);
    let match;
    await scanDeployments(client, repo, { environment: query.environment, ...(query.sha === undefined ? {} : { sha: query.sha }) }, limit, async (page) => {
        for (const d of page) {
            if (query.payloadMatch !== undefined && !query.payloadMatch(d.payload))
                continue;
            if (await succeeded(client, repo, d)) {
                match = d;
                return false;
            }
        }
        return true;
    });
    return match;
}
/** True when `environment` has a successful deployment matching the query (see findSuccessfulDeployment). */
async function hasSuccessfulDeployment(client, repo, query) {
    return (await findSuccessfulDeployment(client, repo, query)) !== undefined;
}
/**
 * A payload matcher for an image digest (`sha256:<64 hex>`). The suite's deployments record
 * what they rolled out in the payload: `digest` (one image), `image` (one reference such as
 * `ghcr.io/org/web@sha256:…`) and `images` (a map of name to reference, or a list of
 * references). Any of them naming the digest matches.
 */
function payloadHasDigest(digest) {
    const wanted = digest.trim().toLowerCase();
    if (!/^[a-z0-9]+(?:[+._-][a-z0-9]+)*:[a-f0-9]{32,}$/.test(wanted)) {
        throw new RangeError(`'${digest}' is not an image digest; expected the form sha256:<64 hex digits>.`);
    }
    const names = (ref) => typeof ref === 'string' && (ref.toLowerCase() === wanted || ref.toLowerCase().endsWith(`@${wanted}`));
    return (payload) => {
        if (names(payload['digest']) || names(payload['image']))
            return true;
        const images = payload['images'];
        if (Array.isArray(images))
            return images.some(names);
        if (typeof images === 'object' && images !== null)
            return Object.values(images).some(names);
        return false;
    };
}

;// CONCATENATED MODULE: ./packages/github/src/issues.ts

const issues_MARKER_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:/@%+-]*$/;
/** The hidden line that identifies an issue the suite keeps up to date. */
function issueMarker(marker) {
    // GitHub's markdown (CommonMark 0.29) ends an HTML comment at any `--`, which would show the rest.
    if (!issues_MARKER_PATTERN.test(marker) || marker.includes('--')) {
        throw new Error(`Issue marker '${marker}' must be letters, digits and . _ : / @ % + - without '--' (it goes inside an HTML comment); percent-encode anything else.`);
    }
    return `<!-- pipeline:${marker} -->`;
}
/**
 * Keeps one open issue per marker: opens it when there is none, otherwise adds a comment to it,
 * so a recurring event makes a thread instead of a pile of duplicates. Only open issues count,
 * so once people close it the next event opens a new one. The body is never rewritten, because
 * people edit incident issues. An issue counts as ours when a line of its body is exactly the
 * marker line (someone quoting it does not). If two runs raced and opened two, the oldest gets
 * the comments. Errors propagate: wrap the call in withDegrade for a read-only token.
 */
async function upsertIssue(client, repo, input) {
    const markerLine = issueMarker(input.marker);
    if (input.title.trim() === '')
        throw new RangeError('upsertIssue needs a title.');
    const { owner } = repo;
    const name = repo.repo;
    const searchLabel = input.labels[0];
    const open = await client.paginate(client.rest.issues.listForRepo, {
        owner,
        repo: name,
        state: 'open',
        per_page: 100,
        ...(searchLabel === undefined ? {} : { labels: searchLabel }),
    });
    const ours = open
        // The issues list includes pull requests.
        .filter((issue) => issue.pull_request === undefined || issue.pull_request === null)
        .filter((issue) => (issue.body ?? '').split(/\r?\n/).some((line) => line.trim() === markerLine))
        .sort((a, b) => a.number - b.number);
    const existing = ours[0];
    if (existing === undefined) {
        const { data } = await client.rest.issues.create({
            owner,
            repo: name,
            title: input.title,
            body: truncateText(`${markerLine}\n${input.body}`, GITHUB_LIMITS.issueBody),
            ...(input.labels.length === 0 ? {} : { labels: [...input.labels] }),
            ...(input.assignees === undefined || input.assignees.length === 0 ? {} : { assignees: [...input.assignees] }),
        });
        const result = { action: 'created', number: data.number, url: data.html_url };
        const kept = new Set(data.labels.map((label) => (typeof label === 'string' ? label : label.name)));
        if (searchLabel !== undefined && !kept.has(searchLabel))
            result.labelsDropped = true;
        return result;
    }
    const { data } = await client.rest.issues.createComment({
        owner,
        repo: name,
        issue_number: existing.number,
        body: truncateText(input.comment ?? input.body, GITHUB_LIMITS.commentBody),
    });
    return { action: 'commented', number: existing.number, url: existing.html_url, commentUrl: data.html_url };
}

;// CONCATENATED MODULE: ./packages/github/src/index.ts









/***/ })

};

//# sourceMappingURL=508.index.js.map