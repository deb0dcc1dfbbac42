export const id = 591;
export const ids = [591];
export const modules = {

/***/ 76591:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   publish: () => (/* binding */ publish),
/* harmony export */   runnerArtifacts: () => (/* binding */ runnerArtifacts)
/* harmony export */ });
/* unused harmony exports defaultArtifactName, uploadSarif */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(73136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(38522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_5___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_5__);
/* harmony import */ var _pipeline_github__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(86508);
/* harmony import */ var _report_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(66232);








function runnerArtifacts(env = process.env) {
    return {
        available: Boolean(env['ACTIONS_RUNTIME_TOKEN'] && env['ACTIONS_RESULTS_URL']),
        async upload(name, files, root) {
            // Loaded only when an artifact is due: it brings the Azure storage SDK.
            const { DefaultArtifactClient } = await Promise.all(/* import() */[__webpack_require__.e(838), __webpack_require__.e(669), __webpack_require__.e(271), __webpack_require__.e(104)]).then(__webpack_require__.bind(__webpack_require__, 34104));
            const uploaded = await new DefaultArtifactClient().uploadArtifact(name, [...files], root);
            return { id: uploaded.id, size: uploaded.size };
        },
    };
}
/**
 * Artifact names are unique within a workflow run, across its jobs: the job and the category
 * (which already tells apart the scans of one job) make them so. The hash keeps two
 * categories apart that differ only in characters an artifact name cannot hold.
 */
function defaultArtifactName(job, category) {
    const slug = category
        .replace(/^trivy\//, '')
        .replace(/[^A-Za-z0-9._-]+/g, '-')
        .replace(/^-+|-+$/g, '')
        .slice(0, 60);
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(category).digest('hex').slice(0, 8);
    return `trivy-scan-${job || 'job'}-${slug ? `${slug}-` : ''}${hash}`;
}
/** The files of the fallback artifact, under stable names whatever the paths were. */
function artifactFiles(outcome) {
    return [
        [outcome.paths.sarif, 'trivy-results.sarif'],
        [outcome.paths.report, 'trivy-report.json'],
        ...(outcome.paths.cyclonedx ? [[outcome.paths.cyclonedx, 'trivy-sbom.cdx.json']] : []),
    ];
}
/**
 * Uploads the SARIF and the JSON report as a workflow artifact. Staged under RUNNER_TEMP,
 * never in the workspace, since the outputs may live in different directories. A refusal
 * is a warning: the results are still in the job summary.
 */
async function uploadFallbackArtifact(outcome, name, { context, logger, artifacts }) {
    let stage;
    try {
        // A directory of its own, never one derived from the name (which may be `..`).
        stage = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdtempSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(context.runnerTemp || (0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)(), 'trivy-scan-artifact-'));
        const root = stage;
        const files = artifactFiles(outcome).map(([from, as]) => {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.copyFileSync)(from, (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(root, as));
            return (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(root, as);
        });
        const uploaded = await artifacts.upload(name, files, root);
        logger.info(`The SARIF and the JSON report are in the workflow artifact '${name}'${uploaded.id !== undefined ? ` (id ${uploaded.id})` : ''}.`);
        return name;
    }
    catch (error) {
        logger.warning(`Could not upload the workflow artifact '${name}': ${error instanceof Error ? error.message : String(error)}. The results are in the job summary, and the SARIF file is at ${outcome.paths.sarif} until the job ends.`);
        return undefined;
    }
    finally {
        if (stage)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(stage, { recursive: true, force: true });
    }
}
async function uploadSarif(client, input) {
    const response = await client.rest.codeScanning.uploadSarif({
        owner: input.owner,
        repo: input.repo,
        commit_sha: input.commitSha,
        ref: input.ref,
        sarif: (0,node_zlib__WEBPACK_IMPORTED_MODULE_5__.gzipSync)(input.sarifJson).toString('base64'),
        tool_name: 'Trivy',
        ...(input.checkoutUri ? { checkout_uri: input.checkoutUri } : {}),
    });
    return { id: response.data.id ?? '', url: response.data.url ?? '' };
}
/** GitHub answers 403/404 when code scanning is off (no Advanced Security) or the token cannot write security events. */
function codeScanningUnavailable(error) {
    const kind = (0,_pipeline_github__WEBPACK_IMPORTED_MODULE_6__.classifyGitHubError)(error);
    if (kind === 'not-found')
        return true;
    const message = error instanceof Error ? error.message : String(error);
    return kind === 'other' && /Advanced Security|code scanning is not enabled|security_events/i.test(message);
}
/**
 * Sends results where GitHub shows them: the code-scanning upload and the sticky comment.
 * Neither may fail the step: a fork's read-only token, or a repository without code
 * scanning, gets a warning, the job summary and a workflow artifact with the SARIF and
 * the report instead.
 */
async function publish(outcome, publishContext) {
    const { inputs, context, pr, logger, artifacts } = publishContext;
    if (inputs.dryRun) {
        logger.info('dry-run: nothing is uploaded or commented; the job summary and files have the results.');
        return {};
    }
    const artifactName = inputs.artifactName ?? defaultArtifactName(context.job, outcome.category);
    const fallback = artifacts.available
        ? `The SARIF and the JSON report go to the workflow artifact '${artifactName}' instead, and the job summary has the results.`
        : `Results are in the job summary and in ${outcome.paths.sarif}; this runner has no artifact service, so upload that file with actions/upload-artifact to keep it.`;
    const result = {};
    const keepAsArtifact = async () => {
        if (!artifacts.available)
            return;
        const uploaded = await uploadFallbackArtifact(outcome, artifactName, publishContext);
        if (uploaded)
            result.artifactName = uploaded;
    };
    const token = inputs.githubToken;
    if (!token || !context.owner) {
        logger.info(`No github-token, so no code-scanning upload or pull-request comment. ${inputs.uploadSarif ? fallback : 'The job summary has the results.'}`);
        if (inputs.uploadSarif)
            await keepAsArtifact();
        return result;
    }
    const client = (0,_pipeline_github__WEBPACK_IMPORTED_MODULE_6__.createGitHubClient)({ token, baseUrl: context.apiUrl, logger });
    const degrade = { fromFork: pr?.fromFork === true };
    if (inputs.uploadSarif) {
        try {
            const upload = await (0,_pipeline_github__WEBPACK_IMPORTED_MODULE_6__/* .withDegrade */ .lW)(logger, 'upload SARIF to code scanning', () => uploadSarif(client, {
                owner: context.owner,
                repo: context.repo,
                commitSha: context.sha,
                ref: context.ref,
                sarifJson: outcome.sarif.json,
                checkoutUri: (0,node_url__WEBPACK_IMPORTED_MODULE_4__.pathToFileURL)(context.workspace).href,
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
        if (result.sarifId === undefined)
            await keepAsArtifact();
    }
    if (outcome.images && outcome.imageOf) {
        const imageOf = outcome.imageOf;
        const critical = outcome.policy.active.flatMap((finding) => {
            const image = imageOf.get(finding);
            return finding.severity === 'CRITICAL' && image ? [{ finding, image }] : [];
        });
        const { syncCriticalIssues } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 5958));
        await (0,_pipeline_github__WEBPACK_IMPORTED_MODULE_6__/* .withDegrade */ .lW)(logger, 'open or close issues for CRITICAL findings', () => syncCriticalIssues(client, { owner: context.owner, repo: context.repo, scope: outcome.issueScope ?? outcome.category, findings: critical, ...(context.runUrl ? { runUrl: context.runUrl } : {}) }, logger), { permission: 'issues: write' });
    }
    if (pr && inputs.comment !== 'off') {
        const body = (0,_report_js__WEBPACK_IMPORTED_MODULE_7__/* .renderComment */ .wQ)(outcome, context.runUrl || undefined);
        const comment = () => (0,_pipeline_github__WEBPACK_IMPORTED_MODULE_6__/* .upsertStickyComment */ .qD)(client, {
            owner: context.owner,
            repo: context.repo,
            issueNumber: pr.number,
            marker: 'trivy-scan',
            body,
            // Quiet on clean pull requests in auto mode, but an earlier failing comment is brought up to date.
            createIfMissing: inputs.comment === 'always' || outcome.policy.newFindings.length > 0 || !outcome.policy.passed,
        });
        await (0,_pipeline_github__WEBPACK_IMPORTED_MODULE_6__/* .withDegrade */ .lW)(logger, 'update the pull-request comment', comment, { ...degrade, permission: 'pull-requests: write' });
    }
    return result;
}


/***/ })

};

//# sourceMappingURL=591.index.js.map