export const id = 886;
export const ids = [886];
export const modules = {

/***/ 93886:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   publish: () => (/* binding */ publish)
/* harmony export */ });
/* harmony import */ var _pipeline_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(86508);
/* harmony import */ var _report_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1471);


const CHECK_SUMMARY_LIMIT = 65_535;
/**
 * Reports the verdict where GitHub shows it: check run with annotations (its text is
 * the job summary's, cut to the check's limit), sticky PR comment. Each write degrades
 * to a warning when the token cannot write (fork pull requests), so the job summary,
 * written before this, always stands.
 */
async function publish(result, summary, { inputs, context, pr, logger }) {
    const token = inputs.githubToken;
    if (!token || !context.owner) {
        logger.info('No github-token, so no check run or pull-request comment; the job summary has the results.');
        return;
    }
    const client = (0,_pipeline_github__WEBPACK_IMPORTED_MODULE_0__.createGitHubClient)({ token, baseUrl: context.apiUrl, logger });
    const annotations = (0,_report_js__WEBPACK_IMPORTED_MODULE_1__/* .buildAnnotations */ .P)(result);
    const degrade = { fromFork: pr?.fromFork === true };
    const createCheck = () => (0,_pipeline_github__WEBPACK_IMPORTED_MODULE_0__/* .publishCheckRun */ .Nm)(client, {
        owner: context.owner,
        repo: context.repo,
        headSha: pr?.headSha ?? context.sha,
        name: inputs.checkName,
        conclusion: result.verdict.passed ? 'success' : 'failure',
        title: (0,_report_js__WEBPACK_IMPORTED_MODULE_1__/* .headline */ .Pl)(result),
        summary: summary.render(CHECK_SUMMARY_LIMIT),
        annotations,
        maxAnnotations: inputs.maxAnnotations,
        ...(context.runUrl ? { detailsUrl: context.runUrl } : {}),
    });
    const check = await (0,_pipeline_github__WEBPACK_IMPORTED_MODULE_0__/* .withDegrade */ .lW)(logger, 'create the check run', createCheck, { ...degrade, permission: 'checks: write' });
    if (check && check.annotationsDropped > 0)
        logger.info(`${check.annotationsDropped} more annotation(s) not shown on the check run; the job summary lists them.`);
    if (!pr || inputs.comment === 'off')
        return;
    const body = (0,_report_js__WEBPACK_IMPORTED_MODULE_1__/* .renderComment */ .wQ)(result, { ...(context.runUrl ? { runUrl: context.runUrl } : {}), ...(check?.url ? { checkUrl: check.url } : {}) });
    const comment = () => (0,_pipeline_github__WEBPACK_IMPORTED_MODULE_0__/* .upsertStickyComment */ .qD)(client, {
        owner: context.owner,
        repo: context.repo,
        issueNumber: pr.number,
        marker: inputs.checkName,
        body,
        // A passing PR gets no new comment in auto mode, but an old failing one is brought up to date.
        createIfMissing: inputs.comment === 'always' || !result.verdict.passed,
    });
    await (0,_pipeline_github__WEBPACK_IMPORTED_MODULE_0__/* .withDegrade */ .lW)(logger, 'update the pull-request comment', comment, { ...degrade, permission: 'pull-requests: write' });
}


/***/ })

};

//# sourceMappingURL=886.index.js.map