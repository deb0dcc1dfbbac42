export const id = 949;
export const ids = [949];
export const modules = {

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

//# sourceMappingURL=949.index.js.map