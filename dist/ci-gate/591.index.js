export const id = 591;
export const ids = [591];
export const modules = {

/***/ 76591:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   publish: () => (/* binding */ publish)
/* harmony export */ });
/* unused harmony export uploadSarif */
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _pipeline_github__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(86508);
/* harmony import */ var _report_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(66232);




async function uploadSarif(client, input) {
    const response = await client.rest.codeScanning.uploadSarif({
        owner: input.owner,
        repo: input.repo,
        commit_sha: input.commitSha,
        ref: input.ref,
        sarif: (0,node_zlib__WEBPACK_IMPORTED_MODULE_1__.gzipSync)(input.sarifJson).toString('base64'),
        tool_name: 'Trivy',
        ...(input.checkoutUri ? { checkout_uri: input.checkoutUri } : {}),
    });
    return { id: response.data.id ?? '', url: response.data.url ?? '' };
}
/** GitHub answers 403/404 when code scanning is off (no Advanced Security) or the token cannot write security events. */
function codeScanningUnavailable(error) {
    const kind = (0,_pipeline_github__WEBPACK_IMPORTED_MODULE_2__.classifyGitHubError)(error);
    if (kind === 'not-found')
        return true;
    const message = error instanceof Error ? error.message : String(error);
    return kind === 'other' && /Advanced Security|code scanning is not enabled|security_events/i.test(message);
}
/**
 * Sends results where GitHub shows them: the code-scanning upload and the sticky comment.
 * Neither may fail the step: a fork's read-only token, or a repository without code
 * scanning, gets a warning and the job summary (and the SARIF file) instead.
 */
async function publish(outcome, { inputs, context, pr, logger }) {
    if (inputs.dryRun) {
        logger.info('dry-run: nothing is uploaded or commented; the job summary and files have the results.');
        return {};
    }
    const token = inputs.githubToken;
    if (!token || !context.owner) {
        logger.info('No github-token, so no code-scanning upload or pull-request comment; the job summary has the results.');
        return {};
    }
    const client = (0,_pipeline_github__WEBPACK_IMPORTED_MODULE_2__.createGitHubClient)({ token, baseUrl: context.apiUrl, logger });
    const degrade = { fromFork: pr?.fromFork === true };
    const fallback = `Results are in the job summary and in ${outcome.paths.sarif}; upload that file with actions/upload-artifact to keep it.`;
    const result = {};
    if (inputs.uploadSarif) {
        try {
            const upload = await (0,_pipeline_github__WEBPACK_IMPORTED_MODULE_2__/* .withDegrade */ .lW)(logger, 'upload SARIF to code scanning', () => uploadSarif(client, {
                owner: context.owner,
                repo: context.repo,
                commitSha: context.sha,
                ref: context.ref,
                sarifJson: outcome.sarif.json,
                checkoutUri: (0,node_url__WEBPACK_IMPORTED_MODULE_0__.pathToFileURL)(context.workspace).href,
            }), { ...degrade, permission: 'security-events: write', fallback });
            if (upload) {
                result.sarifId = upload.id;
                logger.info(`SARIF uploaded to code scanning (id ${upload.id}, category ${outcome.category}).`);
            }
        }
        catch (error) {
            if (!codeScanningUnavailable(error))
                throw error;
            logger.warning(`Could not upload SARIF: code scanning is not available for this repository (it needs GitHub Advanced Security on private repositories). ${fallback}`);
        }
    }
    if (outcome.images && outcome.imageOf) {
        const imageOf = outcome.imageOf;
        const critical = outcome.policy.active.flatMap((finding) => {
            const image = imageOf.get(finding);
            return finding.severity === 'CRITICAL' && image ? [{ finding, image }] : [];
        });
        const { syncCriticalIssues } = await __webpack_require__.e(/* import() */ 958).then(__webpack_require__.bind(__webpack_require__, 5958));
        await (0,_pipeline_github__WEBPACK_IMPORTED_MODULE_2__/* .withDegrade */ .lW)(logger, 'open or close issues for CRITICAL findings', () => syncCriticalIssues(client, { owner: context.owner, repo: context.repo, findings: critical, ...(context.runUrl ? { runUrl: context.runUrl } : {}) }, logger), { permission: 'issues: write' });
    }
    if (pr && inputs.comment !== 'off') {
        const body = (0,_report_js__WEBPACK_IMPORTED_MODULE_3__/* .renderComment */ .wQ)(outcome, context.runUrl || undefined);
        const comment = () => (0,_pipeline_github__WEBPACK_IMPORTED_MODULE_2__/* .upsertStickyComment */ .qD)(client, {
            owner: context.owner,
            repo: context.repo,
            issueNumber: pr.number,
            marker: 'trivy-scan',
            body,
            // Quiet on clean pull requests in auto mode, but an earlier failing comment is brought up to date.
            createIfMissing: inputs.comment === 'always' || outcome.policy.newFindings.length > 0 || !outcome.policy.passed,
        });
        await (0,_pipeline_github__WEBPACK_IMPORTED_MODULE_2__/* .withDegrade */ .lW)(logger, 'update the pull-request comment', comment, { ...degrade, permission: 'pull-requests: write' });
    }
    return result;
}


/***/ })

};

//# sourceMappingURL=591.index.js.map