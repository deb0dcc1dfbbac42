export const id = 958;
export const ids = [958];
export const modules = {

/***/ 5958:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   listRunningImages: () => (/* binding */ listRunningImages),
/* harmony export */   syncCriticalIssues: () => (/* binding */ syncCriticalIssues)
/* harmony export */ });
/* unused harmony exports ISSUE_LABEL, issueTitle */
const DIGEST = /sha256:[a-f0-9]{64}/;
/**
 * The images pods actually run in the given namespaces, one entry per digest (the same image
 * under several tags is scanned once). The digest comes from the kubelet's `imageID`, which
 * names what was pulled, not what the spec asked for.
 */
async function listRunningImages(get, namespaces) {
    const byKey = new Map();
    for (const namespace of namespaces) {
        const list = (await get(`/api/v1/namespaces/${encodeURIComponent(namespace)}/pods`));
        for (const pod of list.items ?? []) {
            const podName = pod.metadata?.name ?? '';
            const statuses = new Map((pod.status?.containerStatuses ?? []).map((s) => [s.name ?? '', s]));
            for (const container of pod.spec?.containers ?? []) {
                const status = statuses.get(container.name ?? '');
                const image = container.image ?? status?.image ?? '';
                if (image === '')
                    continue;
                const digest = DIGEST.exec(status?.imageID ?? '')?.[0] ?? DIGEST.exec(image)?.[0];
                const repository = image.split('@')[0]?.replace(/:[^/:]+$/, '') ?? image;
                const key = digest ?? image;
                const entry = byKey.get(key) ?? { ref: digest ? `${repository}@${digest}` : image, digest, workloads: [] };
                entry.workloads.push(`${namespace}/${podName}/${container.name ?? ''}`);
                byKey.set(key, entry);
            }
        }
    }
    return [...byKey.values()].sort((a, b) => a.ref.localeCompare(b.ref));
}
const ISSUE_LABEL = 'trivy-scan';
function marker(id, image) {
    return `<!-- pipeline:trivy-scan:${id}@${image} -->`;
}
function issueTitle(id, image) {
    return `${id} in ${image}`;
}
function issueBody(finding, image, runUrl) {
    return [
        marker(finding.id, image.ref),
        `**${finding.id}** (${finding.severity}, score ${finding.score.toFixed(1)}) is in \`${image.ref}\`, which is running now.`,
        '',
        `- Package: ${finding.pkgName ?? ''} ${finding.installedVersion ?? ''}`,
        `- Fixed in: ${finding.fixedVersion ?? 'no fix yet'}`,
        `- Title: ${finding.title}`,
        ...(finding.url ? [`- Details: ${finding.url}`] : []),
        '',
        '**Running in:**',
        ...image.workloads.slice(0, 50).map((w) => `- \`${w}\``),
        ...(runUrl ? ['', `Found by [this scan](${runUrl}). The issue is closed automatically when a scan no longer finds it.`] : []),
    ].join('\n');
}
/**
 * One issue per CRITICAL finding and image, keyed by a hidden marker (and titled by CVE and
 * image): opened when first seen, kept current (or reopened) while it is seen, closed when
 * a scan no longer finds it.
 */
async function syncCriticalIssues(client, input, logger) {
    const { owner, repo } = input;
    const existing = await client.paginate(client.rest.issues.listForRepo, { owner, repo, labels: ISSUE_LABEL, state: 'all', per_page: 100 });
    const byMarker = new Map();
    for (const issue of existing) {
        if (issue.pull_request)
            continue;
        const m = /<!-- pipeline:trivy-scan:(.+?) -->/.exec(issue.body ?? '');
        if (m?.[1])
            byMarker.set(m[1], issue);
    }
    const result = { opened: [], updated: [], reopened: [], closed: [] };
    const seen = new Set();
    for (const { finding, image } of input.findings) {
        const key = `${finding.id}@${image.ref}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        const body = issueBody(finding, image, input.runUrl);
        const issue = byMarker.get(key);
        if (!issue) {
            const created = await client.rest.issues.create({ owner, repo, title: issueTitle(finding.id, image.ref), body, labels: [ISSUE_LABEL, 'security'] });
            result.opened.push(created.data.number);
        }
        else if (issue.state === 'closed') {
            await client.rest.issues.update({ owner, repo, issue_number: issue.number, state: 'open', body });
            result.reopened.push(issue.number);
        }
        else if (issue.body !== body) {
            await client.rest.issues.update({ owner, repo, issue_number: issue.number, body });
            result.updated.push(issue.number);
        }
    }
    for (const [key, issue] of byMarker) {
        if (seen.has(key) || issue.state === 'closed')
            continue;
        await client.rest.issues.update({ owner, repo, issue_number: issue.number, state: 'closed', state_reason: 'completed' });
        result.closed.push(issue.number);
    }
    logger.info(`Issues for CRITICAL findings: ${result.opened.length} opened, ${result.reopened.length} reopened, ${result.updated.length} updated, ${result.closed.length} closed.`);
    return result;
}


/***/ })

};

//# sourceMappingURL=958.index.js.map