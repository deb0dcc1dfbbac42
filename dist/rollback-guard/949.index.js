export const id = 949;
export const ids = [949,835];
export const modules = {

/***/ 949:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   markDeploymentFailure: () => (/* binding */ markDeploymentFailure),
/* harmony export */   postWebhook: () => (/* binding */ postWebhook)
/* harmony export */ });
/* harmony import */ var _pipeline_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8835);
/* harmony import */ var _report_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1226);


/**
 * POSTs the verdict to a webhook. A notification must never turn a verdict into a crash, so
 * failures are returned (and logged by the caller), not thrown. The URL is a secret (Slack's
 * carries its token) and is never part of a message.
 */
async function postWebhook(url, outcome, options = {}) {
    const format = (0,_report_js__WEBPACK_IMPORTED_MODULE_1__/* .webhookFormat */ .Fq)(url);
    const body = JSON.stringify(format === 'slack' ? (0,_report_js__WEBPACK_IMPORTED_MODULE_1__/* .slackPayload */ .PQ)(outcome) : (0,_report_js__WEBPACK_IMPORTED_MODULE_1__/* .genericPayload */ .c1)(outcome));
    const doFetch = options.fetch ?? fetch;
    const attempts = options.attempts ?? 3;
    let last = { format, status: undefined, attempts: 0 };
    for (let attempt = 1; attempt <= attempts; attempt++) {
        try {
            const res = await doFetch(url, {
                method: 'POST',
                headers: { 'content-type': 'application/json', 'user-agent': 'pipeline-rollback-guard' },
                body,
                signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
            });
            await res.arrayBuffer().catch(() => undefined);
            last = { format, status: res.status, attempts: attempt };
            if (res.ok)
                return last;
            last.error = `HTTP ${res.status}`;
            if (res.status !== 429 && res.status < 500)
                return last;
        }
        catch (error) {
            // The message of a fetch failure may quote the URL; keep only its cause's code.
            const cause = error.cause?.code;
            last = { format, status: undefined, attempts: attempt, error: cause ?? error.name };
        }
        if (attempt < attempts)
            await new Promise((resolve) => setTimeout(resolve, (options.retryDelayMs ?? 500) * attempt));
    }
    return last;
}
/** Marks the GitHub deployment `failure` (a read-only token degrades to a warning). */
async function markDeploymentFailure(client, logger, input) {
    const done = await (0,_pipeline_github__WEBPACK_IMPORTED_MODULE_0__.withDegrade)(logger, `mark deployment ${input.deploymentId} as failed`, async () => {
        await client.rest.repos.createDeploymentStatus({
            owner: input.owner,
            repo: input.repo,
            deployment_id: input.deploymentId,
            state: 'failure',
            // GitHub limits the description to 140 characters.
            description: input.description.length > 140 ? `${input.description.slice(0, 139)}…` : input.description,
            ...(input.logUrl === undefined ? {} : { log_url: input.logUrl }),
        });
        return true;
    }, { permission: 'deployments: write' });
    return done === true;
}


/***/ }),

/***/ 8835:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEFAULT_MAX_ANNOTATIONS: () => (/* reexport */ DEFAULT_MAX_ANNOTATIONS),
  GITHUB_LIMITS: () => (/* reexport */ GITHUB_LIMITS),
  TRUNCATION_NOTE: () => (/* reexport */ TRUNCATION_NOTE),
  classifyGitHubError: () => (/* reexport */ classifyGitHubError),
  createGitHubClient: () => (/* reexport */ createGitHubClient),
  publishCheckRun: () => (/* reexport */ publishCheckRun),
  stickyMarker: () => (/* reexport */ stickyMarker),
  toApiAnnotation: () => (/* reexport */ toApiAnnotation),
  truncateBytes: () => (/* reexport */ truncateBytes),
  truncateText: () => (/* reexport */ truncateText),
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
// EXTERNAL MODULE: ./packages/core/src/index.ts + 10 modules
var src = __webpack_require__(35);
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

;// CONCATENATED MODULE: ./packages/github/src/index.ts







/***/ })

};

//# sourceMappingURL=949.index.js.map