export const id = 982;
export const ids = [982];
export const modules = {

/***/ 36982:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ChecksumMismatchError: () => (/* reexport */ ChecksumMismatchError),
  DEFAULT_DB_REPOSITORIES: () => (/* reexport */ DEFAULT_DB_REPOSITORIES),
  DEFAULT_TRIVY_VERSION: () => (/* reexport */ DEFAULT_TRIVY_VERSION),
  GITHUB_RELEASES_URL: () => (/* reexport */ GITHUB_RELEASES_URL),
  SARIF_LIMITS: () => (/* reexport */ SARIF_LIMITS),
  SCANNERS: () => (/* reexport */ SCANNERS),
  SCAN_TYPES: () => (/* reexport */ SCAN_TYPES),
  SEVERITIES: () => (/* reexport */ SEVERITIES),
  SEVERITY_SCORE: () => (/* reexport */ SEVERITY_SCORE),
  TRIVY_CHECKSUMS: () => (/* reexport */ TRIVY_CHECKSUMS),
  bySeverity: () => (/* reexport */ bySeverity),
  classifyTrivyError: () => (/* reexport */ classifyTrivyError),
  convertReport: () => (/* reexport */ convertReport),
  evaluatePolicy: () => (/* reexport */ evaluatePolicy),
  extractFindings: () => (/* reexport */ extractFindings),
  fingerprintOf: () => (/* reexport */ fingerprintOf),
  hasVulnDb: () => (/* reexport */ hasVulnDb),
  installTrivy: () => (/* reexport */ installTrivy),
  isExpired: () => (/* reexport */ isExpired),
  needsVulnDb: () => (/* reexport */ needsVulnDb),
  parseIgnoreFile: () => (/* reexport */ parseIgnoreFile),
  parseOpenVex: () => (/* reexport */ parseOpenVex),
  parsePlainIgnore: () => (/* reexport */ parsePlainIgnore),
  parseSeverity: () => (/* reexport */ parseSeverity),
  parseSlaDays: () => (/* reexport */ parseSlaDays),
  parseTrivyJson: () => (/* reexport */ parseTrivyJson),
  parseYamlIgnore: () => (/* reexport */ parseYamlIgnore),
  releaseAssetUrl: () => (/* reexport */ releaseAssetUrl),
  ruleMatches: () => (/* reexport */ ruleMatches),
  runScan: () => (/* reexport */ runScan),
  scanArgs: () => (/* reexport */ scanArgs),
  severityRank: () => (/* reexport */ severityRank),
  sha256File: () => (/* reexport */ sha256File),
  toSarif: () => (/* reexport */ toSarif),
  toSeverity: () => (/* reexport */ toSeverity),
  trivyPlatform: () => (/* reexport */ trivyPlatform),
  updateVulnDb: () => (/* reexport */ updateVulnDb),
  validateImageRef: () => (/* reexport */ validateImageRef),
  vexFor: () => (/* reexport */ vexFor),
  vulnDbCurrentUntil: () => (/* reexport */ vulnDbCurrentUntil)
});

// EXTERNAL MODULE: ./packages/core/src/index.ts + 11 modules
var src = __webpack_require__(74770);
;// CONCATENATED MODULE: ./packages/trivy/src/report.ts

/**
 * Parses a Trivy JSON report. A truncated or otherwise broken file (Trivy killed by a
 * timeout, a full disk) is the user's to fix, so it is a ConfigurationError naming the file.
 */
function parseTrivyJson(text, source) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        const detail = error instanceof Error ? error.message : String(error);
        const hint = text.trim() === '' ? 'the file is empty' : `it is not complete JSON (${detail}); Trivy may have been stopped before it finished writing`;
        throw new src/* ConfigurationError */.j1(`Trivy report '${source}' cannot be read: ${hint}.`, { file: source, cause: error });
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        throw new src/* ConfigurationError */.j1(`Trivy report '${source}' is not a JSON object; expected Trivy's '--format json' output.`, { file: source });
    }
    const report = value;
    if (report.SchemaVersion !== undefined && report.SchemaVersion !== 2) {
        throw new src/* ConfigurationError */.j1(`Trivy report '${source}' has SchemaVersion ${String(report.SchemaVersion)}; only SchemaVersion 2 (Trivy 0.20 and later) is supported.`, { file: source });
    }
    if (report.Results !== undefined && !Array.isArray(report.Results)) {
        throw new src/* ConfigurationError */.j1(`Trivy report '${source}' has a 'Results' field that is not a list.`, { file: source });
    }
    return report;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./packages/trivy/src/severity.ts

const SEVERITIES = ['UNKNOWN', 'LOW', 'MEDIUM', 'HIGH', 'CRITICAL'];
const RANK = { UNKNOWN: 0, LOW: 1, MEDIUM: 2, HIGH: 3, CRITICAL: 4 };
function severityRank(severity) {
    return RANK[severity];
}
/** Trivy's own spelling is upper case; anything it does not know is UNKNOWN, as in Trivy. */
function toSeverity(value) {
    const upper = (value ?? '').toUpperCase();
    return SEVERITIES.includes(upper) ? upper : 'UNKNOWN';
}
/** For inputs: `high`, `HIGH` and `High` all mean HIGH; anything else is a mistake. */
function parseSeverity(value, where) {
    const upper = value.trim().toUpperCase();
    if (!SEVERITIES.includes(upper)) {
        const name = where.input !== undefined ? `Input '${where.input}'` : `'${where.file ?? ''}'${where.line !== undefined ? ` line ${where.line}` : ''}`;
        throw new src/* ConfigurationError */.j1(`${name}: '${value}' is not a severity; expected one of ${SEVERITIES.join(', ')} (any case).`, where);
    }
    return upper;
}
/**
 * GitHub's `security-severity` when a finding carries no CVSS score: the values Trivy's
 * own SARIF writer uses, which land each level in GitHub's matching band
 * (critical > 9.0, high 7.0-8.9, medium 4.0-6.9, low 0.1-3.9).
 */
const SEVERITY_SCORE = { CRITICAL: 9.5, HIGH: 8.0, MEDIUM: 5.5, LOW: 2.0, UNKNOWN: 0.0 };

;// CONCATENATED MODULE: ./packages/trivy/src/findings.ts


/** Sources tried in order for a CVSS score: the one Trivy graded the severity from, then NVD, then GHSA. */
function cvssScore(cvss, preferred) {
    if (!cvss)
        return undefined;
    const order = [preferred, 'nvd', 'ghsa', 'redhat', ...Object.keys(cvss)].filter((s) => s !== undefined);
    for (const source of order) {
        const entry = cvss[source];
        const score = entry?.V40Score ?? entry?.V3Score ?? entry?.V2Score;
        if (typeof score === 'number' && score >= 0 && score <= 10)
            return score;
    }
    return undefined;
}
function digest(parts) {
    return (0,external_node_crypto_.hash)('sha256', parts.join('\u0000'), 'hex').slice(0, 32);
}
/**
 * The identity of a finding across scans: Trivy's own `Fingerprint` when it wrote one,
 * otherwise the vulnerability ID with the package (its PURL, else name and path) and
 * the target. Lines are left out, so a config finding that moves keeps its identity.
 */
function fingerprintOf(parts, trivyFingerprint) {
    if (trivyFingerprint)
        return trivyFingerprint;
    return `pipeline:${digest([parts.kind, parts.id, parts.pkg ?? '', parts.target, parts.extra ?? ''])}`;
}
/** Repository files Trivy names as targets; images ("alpine:3.19 (alpine 3.19.1)") and language names are not files. */
function fileOfTarget(result) {
    const target = result.Target ?? '';
    if (result.Class === 'os-pkgs' || target === '' || target.includes(' ('))
        return undefined;
    if (result.Class === 'license' || (result.Class === 'lang-pkgs' && !/[./]/.test(target)))
        return undefined;
    // Files inside archives ("chart.tgz:templates/pod.yaml") are reported on the archive.
    return target.split(':')[0];
}
function vulnerability(result, v) {
    const severity = toSeverity(v.Severity);
    const id = v.VulnerabilityID ?? 'UNKNOWN-ID';
    const target = result.Target ?? '';
    const pkg = v.PkgIdentifier?.PURL ?? [v.PkgName ?? v.PkgID ?? '', v.InstalledVersion ?? '', v.PkgPath ?? ''].join('@');
    const finding = {
        kind: 'vulnerability',
        id,
        severity,
        target,
        resultClass: result.Class ?? '',
        title: v.Title ?? id,
        score: cvssScore(v.CVSS, v.SeveritySource) ?? SEVERITY_SCORE[severity],
        fingerprint: fingerprintOf({ kind: 'vulnerability', id, target, pkg }, v.Fingerprint),
    };
    if (v.Description !== undefined)
        finding.description = v.Description;
    if (v.PrimaryURL !== undefined)
        finding.url = v.PrimaryURL;
    if (v.PkgName !== undefined)
        finding.pkgName = v.PkgName;
    if (v.PkgIdentifier?.PURL !== undefined)
        finding.purl = v.PkgIdentifier.PURL;
    if (v.InstalledVersion !== undefined)
        finding.installedVersion = v.InstalledVersion;
    if (v.FixedVersion !== undefined && v.FixedVersion !== '')
        finding.fixedVersion = v.FixedVersion;
    if (v.Status !== undefined)
        finding.status = v.Status;
    if (v.PublishedDate !== undefined)
        finding.publishedDate = v.PublishedDate;
    const file = fileOfTarget(result);
    if (file !== undefined)
        finding.file = v.PkgPath ?? file;
    return finding;
}
function misconfiguration(result, m) {
    const severity = toSeverity(m.Severity);
    const id = m.ID ?? m.AVDID ?? 'UNKNOWN-CHECK';
    const target = result.Target ?? '';
    const finding = {
        kind: 'misconfiguration',
        id,
        severity,
        target,
        resultClass: result.Class ?? 'config',
        title: m.Title ?? id,
        score: SEVERITY_SCORE[severity],
        fingerprint: fingerprintOf({ kind: 'misconfiguration', id, target, extra: `${m.CauseMetadata?.Resource ?? ''}\u0000${m.Message ?? ''}` }),
    };
    const description = [m.Message, m.Resolution].filter(Boolean).join(' ');
    if (description !== '')
        finding.description = description;
    if (m.PrimaryURL !== undefined)
        finding.url = m.PrimaryURL;
    const file = fileOfTarget(result);
    if (file !== undefined)
        finding.file = file;
    if (m.CauseMetadata?.StartLine)
        finding.startLine = m.CauseMetadata.StartLine;
    if (m.CauseMetadata?.EndLine)
        finding.endLine = m.CauseMetadata.EndLine;
    return finding;
}
/** Flattens every Result into findings. Passed config checks are counted, not listed. */
function extractFindings(report) {
    const findings = [];
    const suppressedByTrivy = [];
    let misconfSuccesses = 0;
    for (const result of report.Results ?? []) {
        const target = result.Target ?? '';
        for (const v of result.Vulnerabilities ?? [])
            findings.push(vulnerability(result, v));
        // Passed checks are listed only with --include-non-failures; the summary always counts them.
        let passed = 0;
        for (const m of result.Misconfigurations ?? []) {
            if (m.Status === 'PASS' || m.Status === 'EXCEPTION')
                passed += 1;
            else
                findings.push(misconfiguration(result, m));
        }
        misconfSuccesses += result.MisconfSummary?.Successes ?? passed;
        for (const s of result.Secrets ?? []) {
            const severity = toSeverity(s.Severity);
            const id = s.RuleID ?? 'secret';
            const finding = {
                kind: 'secret',
                id,
                severity,
                target,
                resultClass: result.Class ?? 'secret',
                title: s.Title ?? id,
                score: SEVERITY_SCORE[severity],
                file: target,
                // The match is redacted by Trivy, so it identifies the occurrence without holding the secret.
                fingerprint: fingerprintOf({ kind: 'secret', id, target, extra: s.Match ?? '' }),
            };
            if (s.Category !== undefined)
                finding.description = `${s.Category} secret`;
            if (s.StartLine)
                finding.startLine = s.StartLine;
            if (s.EndLine)
                finding.endLine = s.EndLine;
            findings.push(finding);
        }
        for (const l of result.Licenses ?? []) {
            const severity = toSeverity(l.Severity);
            const id = l.Name ?? 'unknown-license';
            const finding = {
                kind: 'license',
                id,
                severity,
                target,
                resultClass: result.Class ?? 'license',
                title: `${l.Category ?? 'restricted'} license ${id}${l.PkgName ? ` in ${l.PkgName}` : ''}`,
                score: SEVERITY_SCORE[severity],
                fingerprint: fingerprintOf({ kind: 'license', id, target, pkg: l.PkgName ?? l.FilePath ?? '' }),
            };
            if (l.PkgName)
                finding.pkgName = l.PkgName;
            if (l.FilePath)
                finding.file = l.FilePath;
            if (l.Link)
                finding.url = l.Link;
            findings.push(finding);
        }
        for (const modified of result.ExperimentalModifiedFindings ?? []) {
            if (!modified.Finding)
                continue;
            const inner = { ...result, Vulnerabilities: [], Misconfigurations: [] };
            const finding = modified.Type === 'misconfiguration' ? misconfiguration(inner, modified.Finding) : vulnerability(inner, modified.Finding);
            suppressedByTrivy.push({ finding, status: modified.Status ?? 'ignored', statement: modified.Statement ?? '', source: modified.Source ?? 'Trivy' });
        }
    }
    return { findings, suppressedByTrivy, misconfSuccesses };
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./packages/trivy/src/ignore.ts



const SECTIONS = {
    vulnerabilities: 'vulnerability',
    misconfigurations: 'misconfiguration',
    secrets: 'secret',
    licenses: 'license',
};
const DATE = /^\d{4}-\d{2}-\d{2}$/;
function validDate(text) {
    return DATE.test(text) && !Number.isNaN(Date.parse(`${text}T00:00:00Z`));
}
/** Plain `.trivyignore`: one ID per line, `#` comments, an optional `exp:YYYY-MM-DD`. */
function parsePlainIgnore(text, file) {
    const rules = [];
    for (const [index, raw] of text.split(/\r?\n/).entries()) {
        const line = raw.replace(/#.*$/, '').trim();
        if (line === '')
            continue;
        const [id = '', ...rest] = line.split(/\s+/);
        const rule = { id, file, line: index + 1 };
        for (const option of rest) {
            const exp = /^exp:(.*)$/.exec(option);
            if (!exp || !validDate(exp[1] ?? '')) {
                throw new src/* ConfigurationError */.j1(`${file}:${index + 1}: '${option}' is not understood; a line is an ID, optionally followed by 'exp:YYYY-MM-DD'.`, { file, line: index + 1 });
            }
            rule.expiresAt = exp[1] ?? '';
        }
        rules.push(rule);
    }
    return rules;
}
function scalarText(node) {
    if (!(0,dist/* isScalar */.jn)(node))
        return undefined;
    const value = node.value;
    if (value instanceof Date)
        return value.toISOString().slice(0, 10);
    return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
}
/** `.trivyignore.yaml`: sections of entries with id, paths, purls, expired_at and statement. */
function parseYamlIgnore(text, file) {
    const lineCounter = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
    const lineOf = (node) => lineCounter.linePos(node?.range?.[0] ?? 0).line;
    const fail = (line, message) => {
        throw new src/* ConfigurationError */.j1(`${file}:${line}: ${message}`, { file, line });
    };
    const first = doc.errors[0];
    if (first)
        fail(lineCounter.linePos(first.pos[0]).line, `not valid YAML: ${first.message.split('\n')[0] ?? ''}`);
    if (doc.contents === null)
        return [];
    if (!(0,dist/* isMap */.jh)(doc.contents))
        fail(lineOf(doc.contents), `expected a mapping with ${Object.keys(SECTIONS).join(', ')}.`);
    const rules = [];
    for (const pair of (0,dist/* isMap */.jh)(doc.contents) ? doc.contents.items : []) {
        const section = scalarText(pair.key) ?? '';
        const kind = SECTIONS[section];
        if (kind === undefined)
            fail(lineOf(pair.key), `unknown section '${section}'; expected ${Object.keys(SECTIONS).join(', ')}.`);
        if (pair.value === null)
            continue;
        if (!(0,dist/* isSeq */.oP)(pair.value))
            fail(lineOf(pair.value), `'${section}' must be a list of entries with an 'id'.`);
        for (const item of (0,dist/* isSeq */.oP)(pair.value) ? pair.value.items : []) {
            const line = lineOf(item);
            if (!(0,dist/* isMap */.jh)(item))
                fail(line, `each entry of '${section}' must be a mapping with an 'id'.`);
            const entry = new Map();
            for (const field of (0,dist/* isMap */.jh)(item) ? item.items : [])
                entry.set(scalarText(field.key) ?? '', field.value);
            const id = scalarText(entry.get('id'));
            if (!id)
                fail(line, `an entry of '${section}' has no 'id'.`);
            const rule = { id: id ?? '', kinds: [kind ?? 'vulnerability'], file, line };
            for (const key of entry.keys()) {
                if (!['id', 'paths', 'purls', 'expired_at', 'statement'].includes(key))
                    fail(line, `unknown field '${key}' in '${id ?? ''}'; expected id, paths, purls, expired_at, statement.`);
            }
            const list = (key) => {
                const node = entry.get(key);
                if (node === undefined || node === null)
                    return undefined;
                if (!(0,dist/* isSeq */.oP)(node))
                    return fail(line, `'${key}' of '${id ?? ''}' must be a list.`);
                return node.items.map((n) => scalarText(n) ?? fail(lineOf(n), `'${key}' of '${id ?? ''}' must hold strings.`));
            };
            const paths = list('paths');
            const purls = list('purls');
            if (paths)
                rule.paths = paths;
            if (purls)
                rule.purls = purls;
            const expired = entry.get('expired_at');
            if (expired !== undefined && expired !== null) {
                const date = scalarText(expired) ?? '';
                if (!validDate(date))
                    fail(lineOf(expired), `expired_at '${date}' of '${id ?? ''}' is not a date; write YYYY-MM-DD.`);
                rule.expiresAt = date;
            }
            const statement = scalarText(entry.get('statement'));
            if (statement !== undefined)
                rule.statement = statement;
            rules.push(rule);
        }
    }
    return rules;
}
function parseIgnoreFile(text, file) {
    return /\.ya?ml$/i.test(file) ? parseYamlIgnore(text, file) : parsePlainIgnore(text, file);
}
/** Misconfiguration IDs changed from `AVD-DS-0002` to `DS-0002`; an ignore file may use either. */
function sameId(rule, finding) {
    if (rule === finding)
        return true;
    const bare = (s) => s.replace(/^AVD-/i, '').toUpperCase();
    return bare(rule) === bare(finding);
}
function withoutQualifiers(purl) {
    return purl.replace(/[?#].*$/, '');
}
function ruleMatches(rule, finding) {
    if (rule.kinds && !rule.kinds.includes(finding.kind))
        return false;
    if (!sameId(rule.id, finding.id))
        return false;
    if (rule.paths) {
        const candidates = [finding.file, finding.target].filter((p) => p !== undefined);
        if (!rule.paths.some((pattern) => candidates.some((path) => path === pattern || (0,external_node_path_.matchesGlob)(path, pattern))))
            return false;
    }
    if (rule.purls) {
        const purl = finding.purl;
        if (purl === undefined || !rule.purls.some((p) => p === purl || withoutQualifiers(p) === withoutQualifiers(purl)))
            return false;
    }
    return true;
}
function isExpired(rule, today) {
    return rule.expiresAt !== undefined && rule.expiresAt < today;
}

;// CONCATENATED MODULE: ./packages/trivy/src/vex.ts

const STATUSES = ['not_affected', 'affected', 'fixed', 'under_investigation'];
function productIds(product) {
    if (typeof product === 'string')
        return [product];
    const own = [product['@id'], product.identifiers?.purl].filter((id) => typeof id === 'string');
    return [...own, ...(product.subcomponents ?? []).flatMap(productIds)];
}
/** Reads an OpenVEX document (https://openvex.dev); statements are kept in document order. */
function parseOpenVex(text, source) {
    let doc;
    try {
        doc = JSON.parse(text);
    }
    catch (error) {
        throw new src/* ConfigurationError */.j1(`VEX document '${source}' is not valid JSON: ${error instanceof Error ? error.message : String(error)}.`, { file: source, cause: error });
    }
    if (typeof doc !== 'object' || doc === null || !Array.isArray(doc.statements) || !String(doc['@context'] ?? '').includes('openvex')) {
        throw new src/* ConfigurationError */.j1(`VEX document '${source}' is not OpenVEX: expected an object with "@context": "https://openvex.dev/ns/..." and a "statements" list.`, { file: source });
    }
    return doc.statements.map((raw, index) => {
        const vuln = typeof raw.vulnerability === 'string' ? { name: raw.vulnerability } : raw.vulnerability ?? {};
        const name = vuln.name ?? vuln['@id'];
        const status = raw.status;
        if (!name || !STATUSES.includes(status)) {
            throw new src/* ConfigurationError */.j1(`VEX document '${source}', statement ${index + 1}: needs a vulnerability name and a status of ${STATUSES.join(', ')}.`, { file: source });
        }
        const statement = { vulnerability: name, aliases: vuln.aliases ?? [], products: (raw.products ?? []).flatMap(productIds), status, source };
        if (raw.justification)
            statement.justification = raw.justification;
        const note = raw.impact_statement ?? raw.status_notes;
        if (note)
            statement.statement = note;
        return statement;
    });
}
function purlBase(purl) {
    return purl.replace(/[?#].*$/, '');
}
/** A product names a package with or without its version; qualifiers (arch, distro) never decide. */
function productMatches(product, purl) {
    if (purl === undefined)
        return false;
    const p = purlBase(product);
    const f = purlBase(purl);
    return p === f || (!p.includes('@') && f.startsWith(`${p}@`));
}
/** The statement that decides a finding: the last one in the documents that names it. */
function vexFor(statements, finding) {
    if (finding.kind !== 'vulnerability')
        return undefined;
    let match;
    for (const s of statements) {
        if (s.vulnerability !== finding.id && !s.aliases.includes(finding.id))
            continue;
        if (s.products.length > 0 && !s.products.some((p) => productMatches(p, finding.purl)))
            continue;
        match = s;
    }
    return match;
}

;// CONCATENATED MODULE: ./packages/trivy/src/policy.ts




const DAY_MS = 86_400_000;
function bySeverity(a, b) {
    return severityRank(b.severity) - severityRank(a.severity) || b.score - a.score || a.id.localeCompare(b.id);
}
/**
 * Applies the user's policy to what Trivy found. Reporting and failing are separate:
 * every unsuppressed finding is reported, and only those at or above `failOn` (and new,
 * with `newOnly`) or past their SLA fail the gate.
 */
function evaluatePolicy(findings, trivySuppressed, options) {
    const today = options.now.toISOString().slice(0, 10);
    const expiredIgnores = options.ignores.filter((rule) => isExpired(rule, today));
    const liveIgnores = options.ignores.filter((rule) => !isExpired(rule, today));
    const used = new Set();
    const active = [];
    const suppressed = [...trivySuppressed];
    for (const finding of findings) {
        for (const rule of options.ignores)
            if (ruleMatches(rule, finding))
                used.add(rule);
        const vex = options.vex.length > 0 ? vexFor(options.vex, finding) : undefined;
        if (vex && (vex.status === 'not_affected' || vex.status === 'fixed')) {
            suppressed.push({ finding, reason: 'vex', detail: [vex.status, vex.justification, vex.statement].filter(Boolean).join(': ') + ` (${vex.source})` });
            continue;
        }
        const rule = liveIgnores.find((r) => ruleMatches(r, finding));
        if (rule) {
            suppressed.push({ finding, reason: 'ignore-file', detail: `${rule.file}:${rule.line}${rule.statement ? `: ${rule.statement}` : ''}` });
            continue;
        }
        if (options.ignoreUnfixed && finding.kind === 'vulnerability' && finding.fixedVersion === undefined) {
            suppressed.push({ finding, reason: 'unfixed', detail: `no fixed version${finding.status ? ` (${finding.status})` : ''}` });
            continue;
        }
        active.push(finding);
    }
    active.sort(bySeverity);
    const baselineUsed = options.baseline !== undefined;
    const newFindings = options.baseline ? active.filter((f) => !options.baseline?.has(f.fingerprint)) : active;
    const threshold = options.failOn === undefined ? undefined : severityRank(options.failOn);
    const pool = options.newOnly ? newFindings : active;
    const gating = threshold === undefined ? [] : pool.filter((f) => severityRank(f.severity) >= threshold);
    const slaBreaches = [];
    for (const finding of active) {
        const sla = options.slaDays[finding.severity];
        if (sla === undefined || finding.fixedVersion === undefined || finding.publishedDate === undefined)
            continue;
        const published = Date.parse(finding.publishedDate);
        if (Number.isNaN(published))
            continue;
        const ageDays = Math.floor((options.now.getTime() - published) / DAY_MS);
        if (ageDays > sla)
            slaBreaches.push({ finding, ageDays, slaDays: sla });
    }
    const failures = [];
    if (gating.length > 0) {
        failures.push(`${gating.length} ${options.newOnly ? 'new ' : ''}finding(s) at or above ${options.failOn ?? ''}`);
    }
    if (slaBreaches.length > 0)
        failures.push(`${slaBreaches.length} fixable finding(s) open longer than their SLA`);
    if (expiredIgnores.length > 0)
        failures.push(`${expiredIgnores.length} expired ignore rule(s) to review`);
    return {
        active,
        suppressed,
        newFindings,
        baselineUsed,
        gating,
        slaBreaches,
        expiredIgnores,
        unusedIgnores: options.ignores.filter((rule) => !used.has(rule)),
        passed: failures.length === 0,
        failures,
    };
}
/**
 * `sla-days`: `critical: 7, high: 30` (commas or newlines). Severities not listed have no SLA.
 */
function parseSlaDays(text) {
    const result = {};
    if (text === undefined || text.trim() === '')
        return result;
    for (const part of text.split(/[,\n]/).map((p) => p.trim()).filter(Boolean)) {
        const match = /^([A-Za-z]+)\s*[:=]\s*(\d+)$/.exec(part);
        const severity = match ? (match[1] ?? '').toUpperCase() : '';
        if (!match || !['CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'UNKNOWN'].includes(severity)) {
            throw new src/* ConfigurationError */.j1(`Input 'sla-days': '${part}' is not understood; expected entries such as 'critical: 7, high: 30' (severity: days).`, { input: 'sla-days' });
        }
        result[severity] = Number(match[2]);
    }
    return result;
}

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
;// CONCATENATED MODULE: ./packages/trivy/src/sarif.ts


/** GitHub's code-scanning upload limits (docs: "SARIF support for code scanning"). */
const SARIF_LIMITS = {
    resultsPerRun: 25_000,
    runsPerFile: 20,
    gzippedBytes: 10 * 1024 * 1024,
};
const LEVEL = { CRITICAL: 'error', HIGH: 'error', MEDIUM: 'warning', LOW: 'note', UNKNOWN: 'note' };
/** A relative URI for a target: images and OS names become their name, paths stay paths. */
function locationUri(finding, artifactName) {
    const raw = finding.file ?? (finding.resultClass === 'os-pkgs' ? artifactName ?? finding.target.replace(/ \(.*\)$/, '') : finding.target.replace(/ \(.*\)$/, ''));
    const cleaned = raw.replace(/^\.?\/+/, '').replace(/\\/g, '/') || artifactName || 'trivy-target';
    return encodeURI(cleaned);
}
function ruleName(id) {
    const name = id.replace(/[^A-Za-z0-9]+/g, ' ').trim().split(' ').map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('');
    return name === '' ? 'TrivyFinding' : name;
}
function message(finding) {
    if (finding.kind === 'vulnerability') {
        const pkg = finding.pkgName ? `Package: ${finding.pkgName}\nInstalled version: ${finding.installedVersion ?? ''}\nFixed version: ${finding.fixedVersion ?? 'none'}\n` : '';
        return `${finding.id} (${finding.severity}): ${finding.title}\n${pkg}Target: ${finding.target}`;
    }
    return `${finding.id} (${finding.severity}): ${finding.title}${finding.description ? `\n${finding.description}` : ''}\nTarget: ${finding.target}`;
}
function build(findings, cut, total, options, resultLimit) {
    const rules = [];
    const index = new Map();
    const results = [];
    for (const finding of findings) {
        const ruleId = finding.id;
        let ruleIndex = index.get(ruleId);
        const score = finding.score.toFixed(1);
        if (ruleIndex === undefined) {
            ruleIndex = rules.length;
            index.set(ruleId, ruleIndex);
            const text = finding.description ?? finding.title;
            const rule = {
                id: ruleId,
                name: ruleName(ruleId),
                shortDescription: { text: finding.title },
                fullDescription: { text },
                help: { text: `${text}${finding.url ? `\n${finding.url}` : ''}`, markdown: `**${finding.kind} ${ruleId}** (${finding.severity})\n\n${text}${finding.url ? `\n\n[${finding.url}](${finding.url})` : ''}` },
                defaultConfiguration: { level: LEVEL[finding.severity] },
                properties: { 'security-severity': score, tags: ['security', finding.kind, finding.severity], precision: 'very-high' },
            };
            if (finding.url)
                rule.helpUri = finding.url;
            rules.push(rule);
        }
        else {
            // GitHub reads the rule's security-severity, so it carries the highest score seen for that rule.
            const rule = rules[ruleIndex];
            if (rule && Number(rule.properties['security-severity']) < finding.score)
                rule.properties['security-severity'] = score;
        }
        const startLine = finding.startLine ?? 1;
        results.push({
            ruleId,
            ruleIndex,
            level: LEVEL[finding.severity],
            message: { text: message(finding) },
            locations: [
                {
                    physicalLocation: { artifactLocation: { uri: locationUri(finding, options.artifactName), uriBaseId: 'ROOTPATH' }, region: { startLine, endLine: Math.max(startLine, finding.endLine ?? startLine) } },
                    message: { text: finding.target || 'scan target' },
                },
            ],
            partialFingerprints: { 'trivyFingerprint/v1': finding.fingerprint },
        });
    }
    const notifications = [];
    if (cut > 0) {
        notifications.push({
            level: 'warning',
            message: { text: `${cut} of ${total} findings were left out of this SARIF file to stay within GitHub's limits (${resultLimit.toLocaleString('en-US')} results per run, 10 MB gzipped); the most severe were kept. The job summary and the JSON report list all of them.` },
        });
    }
    const driver = { name: 'Trivy', informationUri: 'https://github.com/aquasecurity/trivy', rules };
    if (options.toolVersion)
        driver.version = options.toolVersion;
    return {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [
            {
                tool: { driver },
                automationDetails: { id: `${options.category.replace(/\/+$/, '')}/` },
                results,
                invocations: [{ executionSuccessful: true, toolExecutionNotifications: notifications }],
                properties: { 'pipeline/findings-total': total, 'pipeline/findings-cut': cut },
            },
        ],
    };
}
/**
 * Converts findings to one SARIF run that GitHub accepts: at most 25,000 results, most
 * severe first, and under 10 MB gzipped (shrinking the kept set until it fits), with the
 * number left out said in the run's notifications.
 */
function toSarif(findings, options) {
    const limits = { ...SARIF_LIMITS, ...options.limits };
    const ordered = [...findings].sort(bySeverity);
    let keep = Math.min(ordered.length, limits.resultsPerRun);
    for (;;) {
        const log = build(ordered.slice(0, keep), ordered.length - keep, ordered.length, options, limits.resultsPerRun);
        const json = JSON.stringify(log);
        // Level 1 is several times faster than the upload's default level and never compresses better,
        // so a file that fits here fits when uploaded.
        const gzippedBytes = (0,external_node_zlib_.gzipSync)(json, { level: 1 }).length;
        if (gzippedBytes <= limits.gzippedBytes || keep === 0) {
            return { log, json, gzippedBytes, kept: keep, cut: ordered.length - keep };
        }
        // Shrink in proportion to the overshoot, with a margin, so it converges in a few passes.
        keep = Math.floor((keep * limits.gzippedBytes * 0.9) / gzippedBytes);
    }
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
;// CONCATENATED MODULE: ./packages/trivy/src/install.ts




/**
 * The suite's own digests of Trivy release archives. A release's checksums file comes
 * from the same place as the archive, so a replaced release (March 2026) passes its own
 * check; these digests are fixed when a version is added here and reviewed like code.
 * Only versions in this table can be installed; `trivy-path` runs any other build.
 *
 * A version goes in only with a digest for every platform, each confirmed by a source that
 * pinned it on its own, not by the file it was first copied from. 0.74.0: all four match
 * cert-manager/makefile-modules, modules/tools/00_mod.mk at commit
 * 02b378ff771ea38db2b95fa3d54a8ad542a2ce2f (`tools += trivy=v0.74.0`,
 * trivy_{linux,darwin}_{amd64,arm64}_SHA256SUM; that project learns its digests by downloading
 * the assets), and each also appears in ten or more unrelated public repositories that pin the
 * same asset, several saying they checked it against the release's trivy_0.74.0_checksums.txt.
 */
const TRIVY_CHECKSUMS = {
    '0.74.0': {
        'Linux-64bit': '2ae6fe3ee734b7fdf11335663e18c75ea12dccc76062f09f164a3b0f8be4371a',
        'Linux-ARM64': 'b94ce1976bbf3c15b514b605ee88be7c6d94a29be2302847ff01cb794d47aad5',
        'macOS-64bit': '472816f6888dda689d075c30254d4210b4d1035acf365aa72332f584c2f60485',
        'macOS-ARM64': '1caada5e0e2091909357c7525d3aa76f4b660b13821bc143b190c7483e31cc11',
    },
};
const DEFAULT_TRIVY_VERSION = '0.74.0';
const GITHUB_RELEASES_URL = 'https://github.com';
function trivyPlatform(platform = process.platform, arch = process.arch) {
    const os = platform === 'linux' ? 'Linux' : platform === 'darwin' ? 'macOS' : undefined;
    const cpu = arch === 'x64' ? '64bit' : arch === 'arm64' ? 'ARM64' : undefined;
    if (os === undefined || cpu === undefined) {
        throw new src/* ConfigurationError */.j1(`Trivy cannot be installed on ${platform}/${arch}: the suite installs Linux and macOS builds for x64 and arm64. Install Trivy yourself and set 'trivy-path'.`, { input: 'trivy-path' });
    }
    return `${os}-${cpu}`;
}
/** GitHub's release download URL, under `baseUrl` (https://github.com, or a local server in tests). */
function releaseAssetUrl(baseUrl, version, platform) {
    return `${baseUrl.replace(/\/+$/, '')}/aquasecurity/trivy/releases/download/v${version}/trivy_${version}_${platform}.tar.gz`;
}
function sha256File(path) {
    return new Promise((resolve, reject) => {
        const hash = (0,external_node_crypto_.createHash)('sha256');
        (0,external_node_fs_.createReadStream)(path)
            .on('error', reject)
            .on('data', (chunk) => hash.update(chunk))
            .on('end', () => resolve(hash.digest('hex')));
    });
}
/** Thrown when a downloaded archive is not the one the suite pinned; never retried, never cached. */
class ChecksumMismatchError extends src/* ConfigurationError */.j1 {
    url;
    expected;
    actual;
    constructor(url, expected, actual) {
        super(`Checksum mismatch for ${url}: expected sha256 ${expected}, got ${actual}. The download is not the Trivy release the suite pinned, so it was not run. ` +
            'If the release was replaced upstream, do not trust it: pin another version, or install a verified build and set trivy-path.', { input: 'version' });
        this.url = url;
        this.expected = expected;
        this.actual = actual;
    }
}
/**
 * Installs a pinned Trivy: from the tool cache when present, else downloaded, checked
 * against the suite's table (never the release's own checksums file), extracted and cached.
 */
async function installTrivy(options) {
    const { version, platform, toolCache, logger } = options;
    const table = options.checksums ?? TRIVY_CHECKSUMS;
    const expected = table[version]?.[platform];
    if (expected === undefined) {
        const known = Object.keys(table).filter((v) => table[v]?.[platform] !== undefined);
        throw new src/* ConfigurationError */.j1(`Trivy ${version} for ${platform} has no checksum in the suite's table, so it cannot be verified; versions with one: ${known.join(', ') || 'none'}. ` +
            'Pick one of those, or install Trivy yourself and set trivy-path.', { input: 'version' });
    }
    await toolCache.prepare?.('trivy', version, platform);
    const cached = toolCache.find('trivy', version, platform);
    if (cached && (0,external_node_fs_.existsSync)((0,external_node_path_.join)(cached, 'trivy'))) {
        logger.info(`Trivy ${version} found in the tool cache at ${cached}.`);
        return { path: (0,external_node_path_.join)(cached, 'trivy'), version, fromCache: true };
    }
    const url = releaseAssetUrl(options.downloadBaseUrl ?? GITHUB_RELEASES_URL, version, platform);
    logger.info(`Downloading Trivy ${version} (${platform}) from ${url}`);
    const archive = await toolCache.downloadTool(url);
    const actual = await sha256File(archive);
    if (actual !== expected)
        throw new ChecksumMismatchError(url, expected, actual);
    logger.info(`sha256 ${actual} matches the suite's pinned checksum.`);
    const extracted = await toolCache.extractTar(archive);
    if (!(0,external_node_fs_.existsSync)((0,external_node_path_.join)(extracted, 'trivy')))
        throw new src/* ConfigurationError */.j1(`The Trivy ${version} archive from ${url} has no 'trivy' executable at its root.`, { input: 'version' });
    const dir = await toolCache.cacheDir(extracted, 'trivy', version, platform);
    return { path: (0,external_node_path_.join)(dir, 'trivy'), version, fromCache: false, sha256: actual };
}

;// CONCATENATED MODULE: ./packages/trivy/src/run.ts



const SCAN_TYPES = ['fs', 'image', 'config', 'rootfs', 'sbom', 'cluster-images'];
const SCANNERS = ['vuln', 'misconfig', 'secret', 'license'];
/** Default mirror order: Google's mirror is the least throttled, then GitHub's and AWS's registries. */
const DEFAULT_DB_REPOSITORIES = ['mirror.gcr.io/aquasec/trivy-db:2', 'ghcr.io/aquasecurity/trivy-db:2', 'public.ecr.aws/aquasecurity/trivy-db:2'];
/** A Docker image reference: [registry[:port]/]path[:tag][@sha256:digest]. */
const IMAGE_REF = /^(?:[a-zA-Z0-9.-]+(?::\d+)?\/)?[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*(?::[\w][\w.-]{0,127})?(?:@sha256:[a-f0-9]{64})?$/;
function validateImageRef(ref) {
    if (!IMAGE_REF.test(ref)) {
        throw new src/* ConfigurationError */.j1(`Input 'target': '${ref}' is not a valid image reference; expected [registry/]repository[:tag][@sha256:digest], for example 'ghcr.io/org/app:1.2.3' (repository names are lower case).`, { input: 'target' });
    }
}
function seconds(ms) {
    return `${Math.max(1, Math.ceil(ms / 1000))}s`;
}
/** The one scan: JSON out, everything else is derived from it. Arguments are an argv array, never a shell string. */
function scanArgs(req) {
    const args = [req.scanType, '--format', 'json', '--output', req.output, '--cache-dir', req.cacheDir, '--timeout', seconds(req.timeoutMs), '--exit-code', '0', '--no-progress'];
    if (req.scanType !== 'config') {
        // An SBOM lists packages, not files: only the vulnerability and license scanners apply to it.
        const scanners = req.scanType === 'sbom' ? req.scanners.filter((s) => s === 'vuln' || s === 'license') : req.scanners;
        args.push('--scanners', (scanners.length > 0 ? scanners : ['vuln']).join(','));
        if (req.scanners.includes('vuln')) {
            // The database is fetched beforehand with mirror fallback, so the scan never fetches it.
            args.push('--skip-db-update');
            if (req.offline)
                args.push('--skip-java-db-update', '--offline-scan');
        }
    }
    if (req.listAllPackages && req.scanType !== 'config')
        args.push('--list-all-pkgs');
    args.push('--ignorefile', req.emptyIgnoreFile);
    for (const dir of req.skipDirs)
        args.push('--skip-dirs', dir);
    args.push('--', req.target);
    return args;
}
function needsVulnDb(scanType, scanners) {
    return scanType !== 'config' && scanners.includes('vuln');
}
/** Sorts Trivy's stderr into what the caller does next: another mirror, a retry, or a clear error. */
function classifyTrivyError(stderr) {
    if (/TOOMANYREQUESTS|429 Too Many Requests|rate limit/i.test(stderr))
        return 'rate-limited';
    if (/\b(500|502|503|504)\b|Service Unavailable|Bad Gateway|Gateway Timeout|Internal Server Error/i.test(stderr))
        return 'server';
    if (/DB error|vulnerability DB|trivy-db|database download|OCI repository error|--skip-db-update cannot be specified/i.test(stderr))
        return 'db';
    return 'other';
}
function tail(text, lines = 15) {
    const all = text.trimEnd().split(/\r?\n/);
    return all.slice(-lines).join('\n');
}
function hasVulnDb(cacheDir) {
    return (0,external_node_fs_.existsSync)((0,external_node_path_.join)(cacheDir, 'db', 'trivy.db'));
}
const HOUR_MS = 3_600_000;
/**
 * When the database in `cacheDir` needs no download, by Trivy's own rule (pkg/db, NeedsUpdate):
 * its schema is the one the repositories serve (their tag, `trivy-db:2`) and either its
 * NextUpdate is still ahead or it was downloaded within the last hour. Returns the time the
 * next update is due, or undefined when Trivy would download. Checking before calling Trivy
 * lets a database restored from the Actions cache spare the registries entirely.
 */
function vulnDbCurrentUntil(cacheDir, repositories, now) {
    if (!hasVulnDb(cacheDir))
        return undefined;
    const schemas = new Set(repositories.map((r) => /:(\d+)$/.exec(r)?.[1]));
    const schema = schemas.size === 1 ? [...schemas][0] : undefined;
    if (schema === undefined)
        return undefined;
    let meta;
    try {
        meta = JSON.parse((0,external_node_fs_.readFileSync)((0,external_node_path_.join)(cacheDir, 'db', 'metadata.json'), 'utf8'));
    }
    catch {
        return undefined;
    }
    if (meta.Version !== Number(schema))
        return undefined;
    const time = (value) => (typeof value === 'string' ? Date.parse(value) : Number.NaN);
    const nextUpdate = time(meta.NextUpdate);
    if (nextUpdate > now.getTime())
        return new Date(nextUpdate);
    const downloaded = time(meta.DownloadedAt);
    return downloaded + HOUR_MS > now.getTime() ? new Date(downloaded + HOUR_MS) : undefined;
}
/**
 * Brings the vulnerability database up to date, trying each mirror in order. A rate
 * limit (TOOMANYREQUESTS) or a 5xx moves to the next mirror at once; after a full pass
 * without success, it waits and tries the list again, with the wait doubling.
 * Trivy skips the download itself when the cached database is still fresh.
 */
async function updateVulnDb(options) {
    const rounds = options.rounds ?? 3;
    const sleep = options.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
    let wait = options.backoffMs ?? 5000;
    let attempts = 0;
    const failures = [];
    for (let round = 1; round <= rounds; round++) {
        let transientOnly = true;
        for (const repository of options.repositories) {
            attempts += 1;
            const args = ['image', '--download-db-only', '--cache-dir', options.cacheDir, '--db-repository', repository, '--no-progress', '--timeout', seconds(options.timeoutMs)];
            const result = await options.exec(options.trivy, args, { timeoutMs: options.timeoutMs + 30_000, ...(options.env ? { env: options.env } : {}) });
            if (result.exitCode === 0) {
                if (attempts > 1)
                    options.logger.info(`Vulnerability database fetched from ${repository} after ${attempts - 1} failed attempt(s).`);
                return { repository, attempts };
            }
            const kind = result.timedOut ? 'server' : classifyTrivyError(result.stderr);
            if (kind !== 'rate-limited' && kind !== 'server')
                transientOnly = false;
            const why = kind === 'rate-limited' ? 'rate limited (TOOMANYREQUESTS)' : kind === 'server' ? 'server error or timeout' : 'failed';
            options.logger.warning(`Vulnerability database download from ${repository} ${why}; trying the next mirror.`);
            failures.push(`${repository}: ${tail(result.stderr, 3)}`);
        }
        if (!transientOnly || round === rounds)
            break;
        options.logger.info(`Every mirror failed; waiting ${Math.round(wait / 1000)} s before pass ${round + 1} of ${rounds}.`);
        await sleep(wait);
        wait *= 2;
    }
    throw new src/* ConfigurationError */.j1(`Could not download Trivy's vulnerability database from any of ${options.repositories.join(', ')} (${attempts} attempt(s)).\n` +
        `${failures.slice(-options.repositories.length).join('\n')}\n` +
        "Add a mirror you can reach to 'db-repositories', or restore a database into 'cache-dir' and set 'offline: true'.", { input: 'db-repositories' });
}
/** Runs the scan once. A failure surfaces Trivy's own stderr, with advice when it is about the database. */
async function runScan(options) {
    const args = scanArgs(options.request);
    options.logger.info(`Running: ${[options.trivy, ...args].join(' ')}`);
    const result = await options.exec(options.trivy, args, {
        timeoutMs: options.request.timeoutMs + 60_000,
        ...(options.cwd ? { cwd: options.cwd } : {}),
        ...(options.env ? { env: options.env } : {}),
    });
    if (result.exitCode === 0 && !result.timedOut)
        return result;
    const kind = classifyTrivyError(result.stderr);
    const advice = kind === 'db' || kind === 'rate-limited'
        ? "\nThis is a vulnerability database problem: list reachable mirrors in 'db-repositories', or restore a database into 'cache-dir' and set 'offline: true'."
        : '';
    const status = result.timedOut ? `was stopped after the ${seconds(options.request.timeoutMs)} timeout` : `exited with code ${String(result.exitCode)}`;
    throw new src/* ConfigurationError */.j1(`Trivy ${status}:\n${tail(result.stderr) || '(no output on stderr)'}${advice}`, kind === 'db' ? { input: 'db-repositories' } : {});
}
/** `trivy convert` turns the same JSON report into another format, without scanning again. */
async function convertReport(options) {
    const result = await options.exec(options.trivy, ['convert', '--format', options.format, '--output', options.output, options.report], options.env ? { env: options.env } : {});
    if (result.exitCode !== 0)
        throw new src/* ConfigurationError */.j1(`trivy convert to ${options.format} failed:\n${tail(result.stderr)}`);
}

;// CONCATENATED MODULE: ./packages/trivy/src/index.ts











/***/ })

};

//# sourceMappingURL=982.index.js.map