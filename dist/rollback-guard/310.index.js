export const id = 310;
export const ids = [310,949];
export const modules = {

/***/ 310:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   incidentBody: () => (/* binding */ incidentBody),
/* harmony export */   incidentComment: () => (/* binding */ incidentComment),
/* harmony export */   incidentDetails: () => (/* binding */ incidentDetails),
/* harmony export */   incidentMarker: () => (/* binding */ incidentMarker),
/* harmony export */   incidentTitle: () => (/* binding */ incidentTitle),
/* harmony export */   reportBreachToGitHub: () => (/* binding */ reportBreachToGitHub)
/* harmony export */ });
/* harmony import */ var _pipeline_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(602);
/* harmony import */ var _pipeline_github__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6508);
/* harmony import */ var _pipeline_metrics__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2605);
/* harmony import */ var _notify_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(949);
/* harmony import */ var _report_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1226);
// What rollback-guard tells GitHub after a breach: the deployment is marked `failure`, and an
// incident issue is opened for the service and environment, or commented on while it is open.





/**
 * The key of the one open incident per service and environment. Each part is percent-encoded and
 * a `--` split, because the key sits inside an HTML comment.
 */
function incidentMarker(namespace, service, environment) {
    const part = (s) => encodeURIComponent(s).replaceAll('--', '-%2D');
    return `incident:${part(namespace)}/${part(service)}${environment === undefined ? '' : `:${part(environment)}`}`;
}
function subject(o, environment) {
    return `${o.namespace}/${o.service}${environment === undefined ? '' : ` in ${environment}`}`;
}
function incidentTitle(o, environment) {
    const breached = (0,_report_js__WEBPACK_IMPORTED_MODULE_4__/* .breachedNames */ .pV)(o);
    return `Incident: ${subject(o, environment)} failed rollback-guard${breached.length === 0 ? '' : ` (${breached.join(', ')})`}`;
}
function rollbackLine(o) {
    if (o.rollbackError !== undefined)
        return `**failed**: ${o.rollbackError}. Traffic may still be on ${o.newColour}.`;
    if (o.rollback === undefined) {
        return o.onBreach === 'report' ? `none: \`on-breach\` is \`report\`, so traffic stays on ${o.newColour}.` : 'none.';
    }
    if (o.rollback.dryRun)
        return `planned only (dry run), nothing changed: ${o.rollback.steps.map((s) => s.detail).join('; ')}`;
    const mttr = o.mttrSeconds === undefined ? '' : `; traffic restored ${o.mttrSeconds.toFixed(1)} s after the first failing sample`;
    return `rolled back ${o.rollback.from} → ${o.rollback.to}${o.rollback.scaledUp ? ` (scaled ${o.rollback.to} up to ${o.rollback.replicas} first)` : ''}${mttr}.`;
}
function deploymentLine(facts, o) {
    if (facts.deploymentId === undefined)
        return 'none recorded';
    if (facts.deploymentMarked)
        return `${facts.deploymentId}, marked \`failure\``;
    const dryRun = o.rollback?.dryRun === true;
    return `${facts.deploymentId}${dryRun ? ' (dry run: not marked)' : ' (could not be marked `failure`; see the run)'}`;
}
/** The facts table, the breached metrics and the crash signals: the part a comment repeats. Table cells go through `cell`, as in the job summary. */
function incidentDetails(o, facts) {
    const a = o.analysis;
    const iso = (ms) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
    const rows = [
        ['Service', `\`${o.service}\``],
        ['Namespace', `\`${o.namespace}\``],
        ['Environment', facts.environment === undefined ? 'not set' : `\`${facts.environment}\``],
        ['Colours', `${o.newColour} (new)${o.baselineColour === undefined ? '' : ` against ${o.baselineColour}`}`],
        ['Verdict', `${a.verdict}: ${a.reason}`],
        ['Breached', (0,_report_js__WEBPACK_IMPORTED_MODULE_4__/* .breachedNames */ .pV)(o).map((n) => `\`${n}\``).join(', ') || 'none named'],
        ['Rollback', rollbackLine(o)],
        ['GitHub deployment', deploymentLine(facts, o)],
        ['Watched', `${iso(a.startedAt)} to ${iso(a.endedAt)} (${((a.endedAt - a.startedAt) / 1000).toFixed(1)} s)`],
        ['Run', facts.runUrl === undefined || facts.runUrl === '' ? 'not known' : facts.runUrl],
    ];
    const lines = ['| | |', '| --- | --- |', ...rows.map(([k, v]) => `| ${k} | ${(0,_pipeline_core__WEBPACK_IMPORTED_MODULE_0__/* .cell */ .Hn)(v)} |`)];
    const failing = a.metrics.filter((m) => m.outcome === 'fail');
    if (failing.length > 0) {
        lines.push('', '**What breached**', '', `| Metric | New (${o.newColour}) | Baseline | Rule or test that decided |`, '| --- | --- | --- | --- |');
        for (const m of failing) {
            const x = (0,_report_js__WEBPACK_IMPORTED_MODULE_4__/* .decisiveMeasurement */ .$L)(m);
            const test = (0,_report_js__WEBPACK_IMPORTED_MODULE_4__/* .describeTest */ .Ww)(x);
            lines.push(`| \`${m.name}\`${m.critical ? ' (critical)' : ''} | ${(0,_pipeline_core__WEBPACK_IMPORTED_MODULE_0__/* .cell */ .Hn)(x?.newValue === undefined ? 'no data' : (0,_pipeline_metrics__WEBPACK_IMPORTED_MODULE_2__/* .formatValue */ .Fl)(x.newValue))} | ${(0,_pipeline_core__WEBPACK_IMPORTED_MODULE_0__/* .cell */ .Hn)(x?.baselineValue === undefined ? '—' : (0,_pipeline_metrics__WEBPACK_IMPORTED_MODULE_2__/* .formatValue */ .Fl)(x.baselineValue))} | ${(0,_pipeline_core__WEBPACK_IMPORTED_MODULE_0__/* .cell */ .Hn)(`${m.firingRule ?? m.reason}${test === undefined ? '' : ` (${test})`}`)} |`);
        }
    }
    if (a.signals.length > 0) {
        lines.push('', '**Kubernetes signals**', '', '| Signal | Pod | Message |', '| --- | --- | --- |');
        for (const s of a.signals)
            lines.push(`| ${(0,_pipeline_core__WEBPACK_IMPORTED_MODULE_0__/* .cell */ .Hn)(s.kind)} | ${(0,_pipeline_core__WEBPACK_IMPORTED_MODULE_0__/* .cell */ .Hn)(s.pod ?? '')} | ${(0,_pipeline_core__WEBPACK_IMPORTED_MODULE_0__/* .cell */ .Hn)(s.message)} |`);
    }
    return lines.join('\n');
}
function incidentBody(o, facts) {
    return [
        `rollback-guard found a breach in **${(0,_pipeline_core__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(subject(o, facts.environment))}**.`,
        '',
        incidentDetails(o, facts),
        '',
        'While this issue is open, later breaches of this service and environment are added as comments. Close it once the incident is resolved.',
    ].join('\n');
}
function incidentComment(o, facts, at) {
    return [`**Breached again** (${new Date(at).toISOString()})`, '', incidentDetails(o, facts)].join('\n');
}
/**
 * After a fail verdict: marks the GitHub deployment `failure` (not in a dry run) and opens or
 * updates the incident issue (also in a dry run and with `on-breach: report`, since the breach is
 * real either way). A read-only token degrades each to a warning; any other GitHub failure is a
 * warning too, because the guard has already done its job and must still set its outputs.
 */
async function reportBreachToGitHub(client, logger, outcome, options) {
    const report = { deploymentMarked: false, environment: options.environment, incident: undefined };
    if (outcome.analysis.verdict !== 'fail')
        return report;
    const { deploymentId } = options;
    if (deploymentId !== undefined && !options.dryRun) {
        try {
            report.deploymentMarked = await (0,_notify_js__WEBPACK_IMPORTED_MODULE_3__/* .markDeploymentFailure */ .p)(client, logger, {
                owner: options.repo.owner,
                repo: options.repo.repo,
                deploymentId,
                description: `rollback-guard: ${outcome.analysis.reason}`,
                ...(options.runUrl === undefined || options.runUrl === '' ? {} : { logUrl: options.runUrl }),
            });
            if (report.deploymentMarked)
                logger.info(`Marked GitHub deployment ${deploymentId} as failure`);
        }
        catch (error) {
            logger.warning(`Could not mark GitHub deployment ${deploymentId} as failed: ${(0,_pipeline_core__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error)}`);
        }
    }
    if (!options.incidentIssue)
        return report;
    if (report.environment === undefined && deploymentId !== undefined) {
        try {
            report.environment = (await (0,_pipeline_github__WEBPACK_IMPORTED_MODULE_1__.getDeployment)(client, options.repo, deploymentId)).environment;
        }
        catch (error) {
            logger.warning(`Could not read the environment of GitHub deployment ${deploymentId} for the incident issue (set \`environment\` to name it): ${(0,_pipeline_core__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error)}`);
        }
    }
    const facts = { environment: report.environment, deploymentId, deploymentMarked: report.deploymentMarked, runUrl: options.runUrl };
    try {
        report.incident = await (0,_pipeline_github__WEBPACK_IMPORTED_MODULE_1__.withDegrade)(logger, 'open or update the incident issue', () => (0,_pipeline_github__WEBPACK_IMPORTED_MODULE_1__.upsertIssue)(client, options.repo, {
            marker: incidentMarker(outcome.namespace, outcome.service, report.environment),
            title: incidentTitle(outcome, report.environment),
            body: incidentBody(outcome, facts),
            comment: incidentComment(outcome, facts, (options.now ?? Date.now)()),
            labels: options.incidentLabels,
        }), { permission: 'issues: write', fallback: 'The breach is in the job summary and the analysis JSON instead.' });
    }
    catch (error) {
        logger.warning(`Could not open or update the incident issue: ${(0,_pipeline_core__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error)}`);
    }
    if (report.incident?.labelsDropped === true) {
        logger.warning(`GitHub dropped the labels of incident issue ${report.incident.url} (the token may not set labels), so later breaches cannot find it and will open new issues. Give the token \`issues: write\` or add the label '${options.incidentLabels[0] ?? ''}' by hand.`);
    }
    if (report.incident !== undefined) {
        logger.info(report.incident.action === 'created' ? `Opened incident issue ${report.incident.url}` : `Added the breach to open incident issue ${report.incident.commentUrl ?? report.incident.url}`);
    }
    return report;
}


/***/ }),

/***/ 949:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ markDeploymentFailure),
/* harmony export */   postWebhook: () => (/* binding */ postWebhook)
/* harmony export */ });
/* harmony import */ var _pipeline_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6508);
/* harmony import */ var p_retry__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4995);
/* harmony import */ var _report_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1226);



/** A receiver's answer that was not 2xx; retried only when the receiver may recover. */
class WebhookStatusError extends Error {
    status;
    constructor(status) {
        super(`HTTP ${status}`);
        this.status = status;
    }
}
/**
 * POSTs the verdict to a webhook. A notification must never turn a verdict into a crash, so
 * failures are returned (and logged by the caller), not thrown. The URL is a secret (Slack's
 * carries its token) and is never part of a message.
 */
async function postWebhook(url, outcome, options = {}) {
    const format = (0,_report_js__WEBPACK_IMPORTED_MODULE_1__/* .webhookFormat */ .Fq)(url);
    const body = JSON.stringify(format === 'slack' ? (0,_report_js__WEBPACK_IMPORTED_MODULE_1__/* .slackPayload */ .PQ)(outcome) : (0,_report_js__WEBPACK_IMPORTED_MODULE_1__/* .genericPayload */ .c1)(outcome));
    const doFetch = options.fetch ?? fetch;
    const attempts = Math.max(1, options.attempts ?? 3);
    let made = 0;
    try {
        const status = await (0,p_retry__WEBPACK_IMPORTED_MODULE_2__/* ["default"] */ .Ay)(async (attempt) => {
            made = attempt;
            const res = await doFetch(url, {
                method: 'POST',
                headers: { 'content-type': 'application/json', 'user-agent': 'pipeline-rollback-guard' },
                body,
                signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
            });
            await res.arrayBuffer().catch(() => undefined);
            if (res.ok)
                return res.status;
            const failure = new WebhookStatusError(res.status);
            // Any other 4xx is the receiver refusing this message: sending it again cannot help.
            throw res.status === 429 || res.status >= 500 ? failure : new p_retry__WEBPACK_IMPORTED_MODULE_2__/* .AbortError */ .lc(failure);
        }, {
            retries: attempts - 1,
            minTimeout: options.retryDelayMs ?? 500,
            factor: 2,
            randomize: false,
        });
        return { format, status, attempts: made };
    }
    catch (error) {
        if (error instanceof WebhookStatusError)
            return { format, status: error.status, attempts: made, error: error.message };
        // The message of a fetch failure may quote the URL; keep only its cause's code.
        const cause = error.cause?.code;
        return { format, status: undefined, attempts: made, error: cause ?? error.name };
    }
}
/** Marks the GitHub deployment `failure` (a read-only token degrades to a warning). */
async function markDeploymentFailure(client, logger, input) {
    const done = await (0,_pipeline_github__WEBPACK_IMPORTED_MODULE_0__.withDegrade)(logger, `mark deployment ${input.deploymentId} as failed`, async () => {
        // setDeploymentStatus cuts the description to GitHub's 140 characters.
        await (0,_pipeline_github__WEBPACK_IMPORTED_MODULE_0__.setDeploymentStatus)(client, { owner: input.owner, repo: input.repo }, input.deploymentId, {
            state: 'failure',
            description: input.description,
            ...(input.logUrl === undefined ? {} : { logUrl: input.logUrl }),
        });
        return true;
    }, { permission: 'deployments: write' });
    return done === true;
}


/***/ })

};

//# sourceMappingURL=310.index.js.map