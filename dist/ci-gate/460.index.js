export const id = 460;
export const ids = [460];
export const modules = {

/***/ 15460:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  KubeClient: () => (/* reexport */ KubeClient)
});

// UNUSED EXPORTS: ApplyError, ClusterAuth, DEFAULT_FIELD_MANAGER, DEFAULT_RETRY_POLICY, Discovery, EXEC_API_VERSIONS, FATAL_WAITING_REASONS, KubeApiError, KubeConnectionError, LeaseLock, LockHeldError, PROXY_PROTOCOLS, RolloutError, SERVICE_ACCOUNT_DIR, UnservedKindError, WaitTimeoutError, applyObjects, applyOrder, canI, canonicalQuantity, classifyFailure, collectionPath, deploymentRolloutStatus, describeCheck, describeRef, describeSource, describeSubject, diagnosePod, diffObject, endpointsFromEndpoints, endpointsFromSlices, formatChange, formatManifests, formatMicroTime, formatPlan, groupVersionPath, hasDigest, isConflict, isForbidden, isGone, isIdempotentRequest, isKubeApiError, isNotFound, leaseExpiresAt, leaseState, loadManifests, maskUser, normaliseQuantities, objectPath, parseImageOverrides, parseImageReference, parseManifests, parseMicroTime, parseQuantity, parseRetryAfter, planObjects, podSpecOf, refOf, removeTempKubeconfig, requestServiceAccountToken, resolveKubeConfig, reviewAccess, reviewAccessBatch, secretRedactor, selectorToString, serviceEndpoints, splitApiVersion, subjectAccessReview, substituteImages, summariseEvents, tokenKubeconfig, validateManifest, waitForRollout, waitForServiceEndpoints, watchUntil, withRetry, writeTempKubeconfig

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(37067);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(44708);
// EXTERNAL MODULE: ./packages/core/src/index.ts + 12 modules
var src = __webpack_require__(30602);
;// CONCATENATED MODULE: ./packages/kube/src/types.ts
function refOf(object) {
    const ref = { apiVersion: object.apiVersion, kind: object.kind, name: object.metadata.name };
    if (object.metadata.namespace !== undefined)
        ref.namespace = object.metadata.namespace;
    return ref;
}
/** `Deployment shop/web` or `Namespace shop`: how objects are named in logs, plans and errors. */
function types_describeRef(ref) {
    return ref.namespace === undefined || ref.namespace === '' ? `${ref.kind} ${ref.name}` : `${ref.kind} ${ref.namespace}/${ref.name}`;
}
function types_isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

;// CONCATENATED MODULE: ./packages/kube/src/discovery.ts


/** A kind the cluster does not serve at the requested version (a missing CRD, or a removed API version). */
class UnservedKindError extends src/* ConfigurationError */.j1 {
    apiVersion;
    kind;
    constructor(apiVersion, kind, detail) {
        super(`${kind} ${apiVersion} is not served by this cluster: ${detail}`);
        this.apiVersion = apiVersion;
        this.kind = kind;
    }
}
function splitApiVersion(apiVersion) {
    const slash = apiVersion.indexOf('/');
    return slash < 0 ? { group: '', version: apiVersion } : { group: apiVersion.slice(0, slash), version: apiVersion.slice(slash + 1) };
}
function groupVersionPath(apiVersion) {
    const { group, version } = splitApiVersion(apiVersion);
    return group === '' ? `/api/${version}` : `/apis/${group}/${version}`;
}
const seg = encodeURIComponent;
/** The collection path of a resource: /apis/apps/v1/namespaces/shop/deployments, /api/v1/namespaces. */
function collectionPath(resource, namespace) {
    const base = groupVersionPath(resource.apiVersion);
    if (!resource.namespaced)
        return `${base}/${resource.name}`;
    if (namespace === undefined || namespace === '')
        throw new Error(`${resource.kind} is namespaced; a namespace is required`);
    return `${base}/namespaces/${seg(namespace)}/${resource.name}`;
}
function objectPath(resource, name, namespace, subresource) {
    return `${collectionPath(resource, namespace)}/${seg(name)}${subresource === undefined ? '' : `/${subresource}`}`;
}
/**
 * Maps kinds to resources through the apiserver's discovery documents, one request per
 * group/version, cached for the client's lifetime. A miss refetches once, so a CRD installed
 * moments ago is found.
 */
class Discovery {
    fetch;
    groupVersions = new Map();
    groups = new Map();
    constructor(fetch) {
        this.fetch = fetch;
    }
    invalidate() {
        this.groupVersions.clear();
        this.groups.clear();
    }
    /** The resources of one group/version, or undefined when the cluster does not serve it. */
    resources(apiVersion) {
        let cached = this.groupVersions.get(apiVersion);
        if (cached === undefined) {
            cached = this.fetch(groupVersionPath(apiVersion)).then((doc) => (doc === undefined ? undefined : parseResourceList(apiVersion, doc)));
            // A failed fetch must not stick in the cache.
            cached.catch(() => this.groupVersions.delete(apiVersion));
            this.groupVersions.set(apiVersion, cached);
        }
        return cached;
    }
    /** The versions of a group the cluster serves, preferred first; [] when the group is unknown. */
    servedVersions(group) {
        let cached = this.groups.get(group);
        if (cached === undefined) {
            cached = (group === '' ? Promise.resolve(['v1']) : this.fetch(`/apis/${group}`).then(parseGroup));
            cached.catch(() => this.groups.delete(group));
            this.groups.set(group, cached);
        }
        return cached;
    }
    async isServed(apiVersion) {
        const { group, version } = splitApiVersion(apiVersion);
        return (await this.servedVersions(group)).includes(version);
    }
    /** The first of `apiVersions` the cluster serves, or undefined. */
    async firstServed(apiVersions) {
        for (const apiVersion of apiVersions)
            if (await this.isServed(apiVersion))
                return apiVersion;
        return undefined;
    }
    async resourceFor(apiVersion, kind) {
        const find = async () => (await this.resources(apiVersion))?.find((r) => r.kind === kind);
        let found = await find();
        if (found === undefined) {
            this.groupVersions.delete(apiVersion);
            this.groups.delete(splitApiVersion(apiVersion).group);
            found = await find();
        }
        if (found !== undefined)
            return found;
        const list = await this.resources(apiVersion);
        const { group } = splitApiVersion(apiVersion);
        if (list === undefined) {
            const versions = await this.servedVersions(group);
            throw new UnservedKindError(apiVersion, kind, versions.length === 0
                ? `the API group ${group === '' ? '(core)' : group} is not served at all (is its CRD installed?)`
                : `${group} is served as ${versions.map((v) => `${group}/${v}`).join(', ')}; use one of those apiVersions`);
        }
        const kinds = list.map((r) => r.kind).sort();
        throw new UnservedKindError(apiVersion, kind, `${apiVersion} serves ${kinds.length === 0 ? 'no kinds' : kinds.join(', ')}`);
    }
}
function parseResourceList(apiVersion, doc) {
    const { group, version } = splitApiVersion(apiVersion);
    const resources = types_isRecord(doc) && Array.isArray(doc['resources']) ? doc['resources'] : [];
    const out = [];
    for (const r of resources) {
        if (!types_isRecord(r) || typeof r['name'] !== 'string' || typeof r['kind'] !== 'string')
            continue;
        // Subresources (deployments/status, pods/log) share their parent's kind; only top-level resources map kinds.
        if (r['name'].includes('/'))
            continue;
        out.push({
            group,
            version,
            apiVersion,
            kind: r['kind'],
            name: r['name'],
            namespaced: r['namespaced'] === true,
            verbs: Array.isArray(r['verbs']) ? r['verbs'].filter((v) => typeof v === 'string') : [],
        });
    }
    return out;
}
function parseGroup(doc) {
    if (!types_isRecord(doc) || !Array.isArray(doc['versions']))
        return [];
    const versions = doc['versions'].flatMap((v) => (types_isRecord(v) && typeof v['version'] === 'string' ? [v['version']] : []));
    const preferred = types_isRecord(doc['preferredVersion']) ? doc['preferredVersion']['version'] : undefined;
    return typeof preferred === 'string' ? [preferred, ...versions.filter((v) => v !== preferred)] : versions;
}

;// CONCATENATED MODULE: ./packages/kube/src/errors.ts
/** The apiserver answered with an error status. */
class errors_KubeApiError extends Error {
    name = 'KubeApiError';
    method;
    path;
    status;
    /** The Status reason: NotFound, Conflict, AlreadyExists, Forbidden, Invalid, Expired ... */
    reason;
    statusObject;
    /** From the Retry-After header (or the Status' retryAfterSeconds), when the server sent one. */
    retryAfterMs;
    constructor(init) {
        const status = init.statusObject;
        const detail = status?.message ?? (init.text === undefined || init.text === '' ? '' : init.text.slice(0, 300));
        super(`${init.method} ${init.path}: ${init.status}${status?.reason === undefined ? '' : ` ${status.reason}`}${detail === '' ? '' : `: ${detail}`}`);
        this.method = init.method;
        this.path = init.path;
        this.status = init.status;
        this.reason = status?.reason;
        this.statusObject = status;
        this.retryAfterMs = init.retryAfterMs;
    }
}
/** The request never got an answer: refused, reset, hung up or timed out. */
class errors_KubeConnectionError extends Error {
    name = 'KubeConnectionError';
    method;
    path;
    /** ECONNRESET, ECONNREFUSED, ETIMEDOUT, EPIPE ... */
    code;
    constructor(method, path, code, message, cause) {
        super(`${method} ${path}: ${message}`, cause === undefined ? undefined : { cause });
        this.method = method;
        this.path = path;
        this.code = code;
    }
}
function errors_isKubeApiError(error, status) {
    return error instanceof errors_KubeApiError && (status === undefined || error.status === status);
}
const errors_isNotFound = (error) => errors_isKubeApiError(error, 404);
const errors_isConflict = (error) => errors_isKubeApiError(error, 409);
const isGone = (error) => errors_isKubeApiError(error, 410);
const isForbidden = (error) => errors_isKubeApiError(error, 403);

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./packages/kube/src/exec-credential.ts


/** The ExecCredential versions kubectl still speaks; v1alpha1 was removed in Kubernetes 1.24. */
const EXEC_API_VERSIONS = ['client.authentication.k8s.io/v1', 'client.authentication.k8s.io/v1beta1'];
/** A credential is renewed this long before it expires, so a request never leaves with one about to lapse. */
const EXPIRY_MARGIN_MS = 10_000;
const STDERR_TAIL = 800;
/**
 * Validates a kubeconfig user's `exec` stanza as kubectl does, with one leniency: v1 requires
 * `interactiveMode`, but a CI job never has a terminal, so Never and IfAvailable mean the same
 * here and a missing one is read as IfAvailable. Always cannot be satisfied and is refused.
 */
function parseExecConfig(value, user, input) {
    const fail = (problem) => new src/* ConfigurationError */.j1(`The kubeconfig's user "${user}" has an exec credential plugin whose ${problem}`, { input });
    if (!types_isRecord(value))
        throw fail('`exec` is not a mapping; it needs at least `command` and `apiVersion`');
    const command = value['command'];
    if (typeof command !== 'string' || command.trim() === '')
        throw fail('`command` is missing; name the program that prints an ExecCredential, such as gke-gcloud-auth-plugin or kubelogin');
    const apiVersion = value['apiVersion'];
    if (!EXEC_API_VERSIONS.includes(apiVersion)) {
        throw fail(`\`apiVersion\` is ${apiVersion === undefined ? 'missing' : `"${String(apiVersion)}"`}; valid: ${EXEC_API_VERSIONS.join(', ')} (v1alpha1 was removed in Kubernetes 1.24)`);
    }
    const args = value['args'] ?? [];
    if (!Array.isArray(args) || !args.every((a) => typeof a === 'string'))
        throw fail('`args` is not a list of strings');
    const env = value['env'] ?? [];
    if (!Array.isArray(env))
        throw fail('`env` is not a list of { name, value } entries');
    const entries = env.map((entry, i) => {
        if (!types_isRecord(entry) || typeof entry['name'] !== 'string' || entry['name'] === '' || typeof entry['value'] !== 'string') {
            throw fail(`\`env[${i}]\` needs a non-empty string \`name\` and a string \`value\``);
        }
        return { name: entry['name'], value: entry['value'] };
    });
    const mode = value['interactiveMode'] ?? 'IfAvailable';
    if (mode !== 'Never' && mode !== 'IfAvailable' && mode !== 'Always')
        throw fail(`\`interactiveMode\` is "${String(mode)}"; valid: Never, IfAvailable, Always`);
    if (mode === 'Always')
        throw fail('`interactiveMode` is Always, but a CI job has no terminal to interact on; use a non-interactive login (a service principal, workload identity) and interactiveMode: Never');
    const hint = value['installHint'];
    return {
        command,
        args: args,
        env: entries,
        apiVersion: apiVersion,
        installHint: typeof hint === 'string' && hint.trim() !== '' ? hint.trim() : undefined,
        provideClusterInfo: value['provideClusterInfo'] === true,
        interactiveMode: mode,
    };
}
/**
 * Runs a client-go credential plugin (kubectl's `exec` users) and caches what it prints until
 * shortly before `expirationTimestamp`, or, without one, until the server refuses it. Concurrent
 * callers share one run. The plugin gets argv (never a shell), the job's environment plus its own
 * `env`, and KUBERNETES_EXEC_INFO; stdin is closed because a CI job cannot answer prompts.
 */
class ExecCredentialPlugin {
    config;
    options;
    cached;
    pending;
    constructor(config, options) {
        this.config = config;
        this.options = options;
    }
    get() {
        if (this.cached !== undefined && this.options.now() < this.cached.renewAt)
            return Promise.resolve(this.cached.credential);
        this.pending ??= this.run().finally(() => {
            this.pending = undefined;
        });
        return this.pending;
    }
    /** Forgets `used` (the server refused it) so the next get() runs the plugin again. */
    invalidate(used) {
        if (this.cached?.credential === used)
            this.cached = undefined;
    }
    describe() {
        return `The exec credential plugin of the kubeconfig's user "${this.options.user}" (${this.config.command})`;
    }
    failure(problem, cause) {
        const hint = this.config.installHint === undefined ? '' : `\n${this.config.installHint}`;
        return new src/* ConfigurationError */.j1(`${this.describe()} ${problem}${hint}`, { input: this.options.input, ...(cause === undefined ? {} : { cause }) });
    }
    async run() {
        const spec = { interactive: false };
        if (this.config.provideClusterInfo)
            spec['cluster'] = await this.options.clusterInfo();
        const info = JSON.stringify({ apiVersion: this.config.apiVersion, kind: 'ExecCredential', spec });
        const env = { ...this.options.env };
        for (const { name, value } of this.config.env)
            env[name] = value;
        env['KUBERNETES_EXEC_INFO'] = info;
        const started = this.options.now();
        let result;
        try {
            result = await (this.options.exec ?? src/* exec */.m0)(this.config.command, this.config.args, { env, timeoutMs: this.options.timeoutMs, maxBufferBytes: 4 * 1024 * 1024 });
        }
        catch (error) {
            const code = error.code;
            const why = code === 'ENOENT' ? 'was not found (ENOENT): it is not installed on the runner, or not on PATH'
                : code === 'EACCES' ? 'is not executable (EACCES)'
                    : `could not be started (${code ?? error.message})`;
            throw this.failure(why, error);
        }
        const stderr = result.stderr.trim();
        const tail = stderr === '' ? '' : `: ${stderr.length > STDERR_TAIL ? `...${stderr.slice(-STDERR_TAIL)}` : stderr}`;
        if (result.timedOut) {
            const limit = this.options.timeoutMs < 1000 ? `${this.options.timeoutMs} ms` : `${Math.round(this.options.timeoutMs / 1000)} s`;
            throw this.failure(`did not finish within ${limit} and was stopped${tail}`);
        }
        if (result.exitCode !== 0) {
            throw this.failure(`${result.exitCode === null ? `was killed by ${result.signal ?? 'a signal'}` : `exited with code ${result.exitCode}`}${tail}`);
        }
        const credential = this.parse(result.stdout);
        // Masked before anything else can print it: the plugin's token is as good as a password.
        if (credential.token !== undefined)
            (0,src/* maskSecret */.$l)(credential.token, this.options.mask);
        if (credential.clientKey !== undefined)
            (0,src/* maskSecret */.$l)(pemBody(credential.clientKey), this.options.mask);
        const expiresAt = credential.expiresAt;
        const renewAt = expiresAt === undefined ? Number.POSITIVE_INFINITY : expiresAt - Math.min(EXPIRY_MARGIN_MS, Math.max(0, (expiresAt - started) / 2));
        this.cached = { credential, renewAt };
        return credential;
    }
    /** Reads the plugin's stdout; errors describe what is wrong without quoting it, since it holds the secret. */
    parse(stdout) {
        let value;
        try {
            value = JSON.parse(stdout);
        }
        catch {
            throw this.failure(`printed ${stdout.trim() === '' ? 'nothing' : 'something that is not JSON'} on stdout; it must print an ExecCredential object`);
        }
        if (!types_isRecord(value) || value['kind'] !== 'ExecCredential')
            throw this.failure('printed JSON that is not an ExecCredential (kind: ExecCredential)');
        if (value['apiVersion'] !== this.config.apiVersion) {
            throw this.failure(`answered with apiVersion ${JSON.stringify(value['apiVersion']) ?? 'undefined'}, but the kubeconfig's exec.apiVersion is ${this.config.apiVersion}; they must match`);
        }
        const status = value['status'];
        if (!types_isRecord(status))
            throw this.failure('printed an ExecCredential without `status`');
        const text = (field) => {
            const v = status[field];
            if (v === undefined || v === null || v === '')
                return undefined;
            if (typeof v !== 'string')
                throw this.failure(`printed an ExecCredential whose status.${field} is not a string`);
            return v;
        };
        const token = text('token');
        const clientCertificate = text('clientCertificateData');
        const clientKey = text('clientKeyData');
        if ((clientCertificate === undefined) !== (clientKey === undefined)) {
            throw this.failure('printed an ExecCredential with only one of status.clientCertificateData and status.clientKeyData; both are needed');
        }
        if (token === undefined && clientCertificate === undefined)
            throw this.failure('printed an ExecCredential with neither status.token nor status.clientCertificateData and status.clientKeyData');
        const expiry = text('expirationTimestamp');
        const expiresAt = expiry === undefined ? undefined : Date.parse(expiry);
        if (expiresAt !== undefined && Number.isNaN(expiresAt))
            throw this.failure(`printed an ExecCredential whose status.expirationTimestamp "${expiry}" is not an RFC 3339 time`);
        return { token, clientCertificate, clientKey, expiresAt };
    }
}
/** The base64 lines of a PEM without its BEGIN/END armour, which would otherwise be masked everywhere. */
function pemBody(pem) {
    return pem.split(/\r?\n/).filter((line) => !line.startsWith('-----')).join('\n').trim();
}

;// CONCATENATED MODULE: ./packages/kube/src/watched-file.ts


/**
 * A credential file that can change under a running process: kubelet rotates projected
 * ServiceAccount tokens, cert-manager renews client certificates. Reads are served from memory;
 * at most once per interval a stat compares inode, size and times, and only a changed file is
 * read again. The same Buffer is returned while the file is unchanged, so callers can tell
 * "new material" by identity. Concurrent callers share one stat and one read.
 */
class WatchedFile {
    path;
    options;
    content;
    signature = '';
    checkedAt = Number.NEGATIVE_INFINITY;
    pending;
    constructor(path, options) {
        this.path = path;
        this.options = options;
    }
    /** The file's content, re-read when it changed since the last look (looked at most once per interval). */
    read() {
        if (this.content !== undefined && this.options.now() - this.checkedAt < this.options.checkIntervalMs)
            return Promise.resolve(this.content);
        return this.refresh();
    }
    /** Looks at the file now, whatever the interval: after the server refused what it held. */
    refresh() {
        this.pending ??= this.load().finally(() => {
            this.pending = undefined;
        });
        return this.pending;
    }
    async load() {
        try {
            const info = await (0,promises_.stat)(this.path);
            const signature = `${info.dev}:${info.ino}:${info.size}:${info.mtimeMs}:${info.ctimeMs}`;
            if (this.content === undefined || signature !== this.signature) {
                this.content = await (0,promises_.readFile)(this.path);
                this.signature = signature;
            }
            this.checkedAt = this.options.now();
            return this.content;
        }
        catch (error) {
            const code = error.code ?? 'error';
            throw new src/* ConfigurationError */.j1(`The kubeconfig's ${this.options.describe} names ${this.path}, which cannot be read (${code}); point it at a readable file`, { input: this.options.input, cause: error });
        }
    }
}

;// CONCATENATED MODULE: ./packages/kube/src/auth.ts





const PROXY_PROTOCOLS = ['http:', 'https:', 'socks5:', 'socks5h:'];
const EXEC_EXTENSION = 'client.authentication.k8s.io/exec';
/**
 * How requests reach and authenticate to the selected cluster, built from the selected cluster
 * and user of a kubeconfig. It supports what kubectl does today: certificate-authority(-data),
 * insecure-skip-tls-verify, tls-server-name, proxy-url (http, https, socks5), client
 * certificates (file or data), token, tokenFile (re-read when it changes, for rotating
 * projected tokens), username/password, impersonation (`as`, `as-uid`, `as-groups`,
 * `as-user-extra`), exec credential plugins, and the oidc auth-provider's id-token. As in
 * client-go, a static token, token file, password or client certificate takes precedence over
 * an exec plugin, which then never runs. Mistakes throw ConfigurationError at construction,
 * naming the cluster or user and the field; credential files are read on first use.
 */
class ClusterAuth {
    clusterName;
    /** The kubeconfig user; undefined when the context names none (anonymous). */
    userName;
    /** The apiserver URL without a trailing slash. */
    server;
    proxyUrl;
    insecureSkipTlsVerify;
    tlsServerName;
    cluster;
    options;
    now;
    ca;
    cert;
    key;
    bearer;
    fixedHeaders;
    lastTls;
    tokenFromFile;
    execUsed = new WeakMap();
    constructor(cluster, user, options) {
        this.cluster = cluster;
        this.clusterName = cluster.name;
        this.userName = user?.name;
        this.options = options;
        this.now = options.now ?? Date.now;
        const c = cluster.value;
        const clusterField = (field) => `cluster "${cluster.name}": ${field}`;
        const server = c['server'];
        if (typeof server !== 'string' || !/^https?:\/\/[^/]/.test(server)) {
            throw new src/* ConfigurationError */.j1(`Cluster "${cluster.name}" in the kubeconfig needs \`server\`: the apiserver URL, such as https://203.0.113.10:6443`, { input: options.input });
        }
        this.server = server.replace(/\/$/, '');
        this.insecureSkipTlsVerify = this.flag(c, 'insecure-skip-tls-verify', clusterField('insecure-skip-tls-verify'));
        this.tlsServerName = this.text(c, 'tls-server-name', clusterField('tls-server-name'));
        this.proxyUrl = this.proxy(c, cluster.name);
        this.ca = this.material(c, 'certificate-authority', 'certificate-authority-data', clusterField);
        const u = user?.value ?? {};
        const userField = (field) => `user "${user?.name ?? ''}": ${field}`;
        this.cert = this.material(u, 'client-certificate', 'client-certificate-data', userField);
        this.key = this.material(u, 'client-key', 'client-key-data', userField);
        if ((this.cert === undefined) !== (this.key === undefined)) {
            throw this.error(`The kubeconfig's user "${user?.name ?? ''}" has a client ${this.cert === undefined ? 'key' : 'certificate'} but no client ${this.cert === undefined ? 'certificate' : 'key'}; client-certificate(-data) and client-key(-data) go together`);
        }
        const token = this.text(u, 'token', userField('token'));
        const tokenFile = this.text(u, 'tokenFile', userField('tokenFile')) ?? this.text(u, 'token-file', userField('token-file'));
        const username = this.text(u, 'username', userField('username'));
        const password = this.text(u, 'password', userField('password'));
        const basic = username !== undefined || password !== undefined;
        if (basic && (token !== undefined || tokenFile !== undefined)) {
            throw this.error(`The kubeconfig's user "${user?.name ?? ''}" has both a token and a username/password; kubectl refuses more than one way to authenticate, so keep one`);
        }
        const execConfig = u['exec'];
        const provider = u['auth-provider'];
        if (execConfig !== undefined && execConfig !== null && provider !== undefined && provider !== null) {
            throw this.error(`The kubeconfig's user "${user?.name ?? ''}" has both \`exec\` and \`auth-provider\`; kubectl allows only one, keep the exec plugin`);
        }
        this.fixedHeaders = this.impersonation(u, user?.name ?? '');
        if (basic) {
            const encoded = Buffer.from(`${username ?? ''}:${password ?? ''}`, 'utf8').toString('base64');
            options.mask(encoded);
            this.fixedHeaders['authorization'] = `Basic ${encoded}`;
        }
        if (token !== undefined)
            this.bearer = { kind: 'token', token };
        else if (tokenFile !== undefined)
            this.bearer = { kind: 'file', file: this.watch(tokenFile, userField(u['tokenFile'] === undefined ? 'token-file' : 'tokenFile')) };
        else if (execConfig !== undefined && execConfig !== null) {
            // client-go runs the plugin only when nothing static authenticates the user.
            if (!basic && this.cert === undefined)
                this.bearer = { kind: 'exec', plugin: this.plugin(execConfig, user?.name ?? '') };
        }
        else if (provider !== undefined && provider !== null)
            this.bearer = this.authProvider(provider, user?.name ?? '');
    }
    /** Credentials for the next request: cached, and refreshed as files change and exec credentials near expiry. */
    async credentials() {
        const [ca, staticCert, staticKey] = await Promise.all([read(this.ca), read(this.cert), read(this.key)]);
        const headers = { ...this.fixedHeaders };
        let cert = staticCert;
        let key = staticKey;
        let execCredential;
        const bearer = this.bearer;
        if (bearer?.kind === 'token')
            headers['authorization'] = `Bearer ${bearer.token}`;
        else if (bearer?.kind === 'file')
            headers['authorization'] = `Bearer ${await this.fileToken(bearer.file)}`;
        else if (bearer?.kind === 'oidc') {
            if (bearer.expiresAt !== undefined && bearer.expiresAt <= this.now()) {
                throw this.error(`The oidc id-token of the kubeconfig's user "${this.userName ?? ''}" expired at ${new Date(bearer.expiresAt).toISOString()}; this client does not run the OIDC refresh flow. Log in again to get a fresh id-token, or switch the user to the kubelogin exec plugin (kubectl oidc-login get-token), which refreshes on its own`);
            }
            headers['authorization'] = `Bearer ${bearer.token}`;
        }
        else if (bearer?.kind === 'exec') {
            execCredential = await bearer.plugin.get();
            if (execCredential.token !== undefined)
                headers['authorization'] = `Bearer ${execCredential.token}`;
            cert = execCredential.clientCertificate;
            key = execCredential.clientKey;
        }
        const credentials = { headers, tls: this.tls(ca, cert, key) };
        if (execCredential !== undefined)
            this.execUsed.set(credentials, execCredential);
        return credentials;
    }
    /**
     * Called when the server answered 401 to `used`: looks at token and certificate files again
     * and drops the exec plugin's cached credential. Resolves whether the credentials changed, that
     * is, whether sending the request again can succeed; static credentials never change.
     */
    async renew(used) {
        const bearer = this.bearer;
        const files = [this.cert, this.key, bearer?.kind === 'file' ? { kind: 'file', file: bearer.file } : undefined]
            .filter((m) => m?.kind === 'file');
        await Promise.all(files.map((m) => m.file.refresh()));
        const execCredential = this.execUsed.get(used);
        if (bearer?.kind === 'exec' && execCredential !== undefined)
            bearer.plugin.invalidate(execCredential);
        const next = await this.credentials();
        return next.headers['authorization'] !== used.headers['authorization'] || next.tls.id !== used.tls.id;
    }
    /** The CA bundle the server is verified against (read now), or undefined for the system roots. */
    certificateAuthority() {
        return read(this.ca);
    }
    async fileToken(file) {
        const content = await file.read();
        if (this.tokenFromFile?.content !== content) {
            const token = content.toString('utf8').trim();
            if (token === '')
                throw this.error(`The token file ${file.path} of the kubeconfig's user "${this.userName ?? ''}" is empty; it must hold a bearer token`);
            // A rotated token is a new secret: mask it before it can reach any log line.
            (0,src/* maskSecret */.$l)(token, this.options.mask);
            this.tokenFromFile = { content, token };
        }
        return this.tokenFromFile.token;
    }
    tls(ca, cert, key) {
        const parts = [ca, cert, key];
        // Same objects as last time (files unchanged, same exec credential): same settings, no hashing.
        if (this.lastTls !== undefined && this.lastTls.parts.every((p, i) => p === parts[i]))
            return this.lastTls.tls;
        const hash = (0,external_node_crypto_.createHash)('sha256');
        for (const part of parts) {
            hash.update(part === undefined ? '-' : part);
            hash.update('\0');
        }
        hash.update(`${this.insecureSkipTlsVerify}\0${this.tlsServerName ?? ''}`);
        const tls = { ca, cert, key, insecure: this.insecureSkipTlsVerify, servername: this.tlsServerName, id: hash.digest('hex') };
        this.lastTls = { parts, tls };
        return tls;
    }
    error(message) {
        return new src/* ConfigurationError */.j1(message, { input: this.options.input });
    }
    text(map, field, describe) {
        const value = map[field];
        if (value === undefined || value === null || value === '')
            return undefined;
        if (typeof value !== 'string')
            throw this.error(`The kubeconfig's ${describe} must be a string`);
        return value;
    }
    flag(map, field, describe) {
        const value = map[field];
        if (value === undefined || value === null)
            return false;
        if (typeof value !== 'boolean')
            throw this.error(`The kubeconfig's ${describe} must be true or false`);
        return value;
    }
    watch(path, describe) {
        return new WatchedFile(path, { describe, input: this.options.input, checkIntervalMs: this.options.fileCheckIntervalMs ?? 1000, now: this.now });
    }
    /** `<field>` (a file) or `<field>-data` (base64 PEM); the data wins when both are set, as in client-go. */
    material(map, fileField, dataField, describe) {
        const data = this.text(map, dataField, describe(dataField));
        if (data !== undefined) {
            const value = Buffer.from(data.replace(/\s+/g, ''), 'base64');
            if (!value.toString('latin1').includes('-----BEGIN ')) {
                throw this.error(`The kubeconfig's ${describe(dataField)} is not the base64 encoding of a PEM block (-----BEGIN ...); put the PEM file's base64 there, or its path in \`${fileField}\``);
            }
            return { kind: 'data', value };
        }
        const file = this.text(map, fileField, describe(fileField));
        return file === undefined ? undefined : { kind: 'file', file: this.watch(file, describe(fileField)) };
    }
    proxy(map, cluster) {
        const value = this.text(map, 'proxy-url', `cluster "${cluster}": proxy-url`);
        if (value === undefined)
            return undefined;
        let url;
        try {
            url = new URL(value);
        }
        catch {
            throw this.error(`The kubeconfig's cluster "${cluster}": proxy-url is not a URL; expected http://host:port, https://host:port or socks5://host:port`);
        }
        if (!PROXY_PROTOCOLS.includes(url.protocol)) {
            throw this.error(`The kubeconfig's cluster "${cluster}": proxy-url uses ${url.protocol.replace(/:$/, '')}; supported are http, https and socks5`);
        }
        if (url.password !== '')
            (0,src/* maskSecret */.$l)(decodeURIComponent(url.password), this.options.mask);
        return value;
    }
    impersonation(map, user) {
        const headers = {};
        const as = this.text(map, 'as', `user "${user}": as`);
        if (as !== undefined)
            headers['impersonate-user'] = as;
        const uid = this.text(map, 'as-uid', `user "${user}": as-uid`);
        if (uid !== undefined)
            headers['impersonate-uid'] = uid;
        const strings = (value, describe) => {
            if (!Array.isArray(value) || !value.every((v) => typeof v === 'string'))
                throw this.error(`The kubeconfig's user "${user}": ${describe} must be a list of strings`);
            return value;
        };
        const groups = map['as-groups'];
        if (groups !== undefined && groups !== null)
            headers['impersonate-group'] = strings(groups, 'as-groups');
        const extra = map['as-user-extra'];
        if (extra !== undefined && extra !== null) {
            if (!types_isRecord(extra))
                throw this.error(`The kubeconfig's user "${user}": as-user-extra must map names to lists of strings`);
            for (const [name, values] of Object.entries(extra))
                headers[`impersonate-extra-${encodeURIComponent(name)}`] = strings(values, `as-user-extra.${name}`);
        }
        return headers;
    }
    plugin(config, user) {
        return new ExecCredentialPlugin(parseExecConfig(config, user, this.options.input), {
            user,
            input: this.options.input,
            env: this.options.env ?? process.env,
            mask: this.options.mask,
            ...(this.options.exec === undefined ? {} : { exec: this.options.exec }),
            timeoutMs: this.options.execTimeoutMs ?? 60_000,
            now: this.now,
            clusterInfo: () => this.clusterInfo(),
        });
    }
    async clusterInfo() {
        const info = { server: this.server };
        if (this.tlsServerName !== undefined)
            info['tls-server-name'] = this.tlsServerName;
        if (this.insecureSkipTlsVerify)
            info['insecure-skip-tls-verify'] = true;
        const ca = await read(this.ca);
        if (ca !== undefined)
            info['certificate-authority-data'] = ca.toString('base64');
        if (this.proxyUrl !== undefined)
            info['proxy-url'] = this.proxyUrl;
        if (this.cluster.value['disable-compression'] === true)
            info['disable-compression'] = true;
        const extensions = this.cluster.value['extensions'];
        if (Array.isArray(extensions)) {
            const entry = extensions.find((e) => types_isRecord(e) && e['name'] === EXEC_EXTENSION);
            if (types_isRecord(entry) && entry['extension'] !== undefined)
                info.config = entry['extension'];
        }
        return info;
    }
    authProvider(provider, user) {
        const name = types_isRecord(provider) ? provider['name'] : undefined;
        if (name === 'gcp') {
            throw this.error(`The kubeconfig's user "${user}" uses the gcp auth-provider, which kubectl removed in 1.26; switch to the exec plugin: install gke-gcloud-auth-plugin and run \`gcloud container clusters get-credentials\` again (google-github-actions/get-gke-credentials writes such a kubeconfig)`);
        }
        if (name === 'azure') {
            throw this.error(`The kubeconfig's user "${user}" uses the azure auth-provider, which kubectl removed in 1.26; switch to the exec plugin: install kubelogin and run \`kubelogin convert-kubeconfig -l azurecli\` (or -l workloadidentity), or use azure/aks-set-context with use-kubelogin: true`);
        }
        if (name !== 'oidc') {
            throw this.error(`The kubeconfig's user "${user}" uses the auth-provider ${JSON.stringify(name) ?? 'undefined'}, which is not supported; supported is oidc (with an id-token), else use an exec credential plugin`);
        }
        const config = types_isRecord(provider) && types_isRecord(provider['config']) ? provider['config'] : {};
        const token = config['id-token'];
        if (typeof token !== 'string' || token === '') {
            throw this.error(`The kubeconfig's user "${user}" uses the oidc auth-provider without an id-token; this client does not run the OIDC login or refresh flow. Log in first so the kubeconfig holds an id-token, or use the kubelogin exec plugin (kubectl oidc-login get-token)`);
        }
        return { kind: 'oidc', token, expiresAt: jwtExpiry(token) };
    }
}
async function read(material) {
    if (material === undefined)
        return undefined;
    return material.kind === 'data' ? material.value : material.file.read();
}
/** The `exp` of a JWT in milliseconds, or undefined when the token is not a JWT with one. */
function jwtExpiry(token) {
    const payload = token.split('.')[1];
    if (payload === undefined)
        return undefined;
    try {
        const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
        return types_isRecord(claims) && typeof claims['exp'] === 'number' ? claims['exp'] * 1000 : undefined;
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./packages/kube/src/kubeconfig.ts









const SERVICE_ACCOUNT_DIR = '/var/run/secrets/kubernetes.io/serviceaccount';
const VALID_KUBECONFIG = 'a kubeconfig (YAML with apiVersion: v1, kind: Config, clusters, users and contexts) or the base64 encoding of one';
/**
 * Finds the cluster credentials: the `kubeconfig` input (raw YAML or base64), else the files in
 * KUBECONFIG, else the in-cluster service account. Every credential it sees is masked before
 * anything else happens, and errors describe the problem without echoing the document.
 */
async function resolveKubeConfig(options) {
    const env = options.env ?? process.env;
    const input = options.inputName ?? 'kubeconfig';
    const inline = options.kubeconfig?.trim() ?? '';
    const contextName = options.context?.trim() ?? '';
    if (inline !== '') {
        // The whole document is registered as one value (and its base64): splitting it into lines, as
        // maskSecret does for keys, would blank out every `kind: Config` or `- name: default` in the log.
        options.mask(inline);
        options.mask(Buffer.from(inline, 'utf8').toString('base64'));
        const text = decodeInput(inline, input);
        const raw = parseKubeConfig(text, `the \`${input}\` input`, input);
        const base = options.workspace ?? env['GITHUB_WORKSPACE'] ?? process.cwd();
        absolutisePaths(raw, base);
        return finish('input', raw, contextName, options, input);
    }
    const files = (env['KUBECONFIG'] ?? '').split(external_node_path_.delimiter).filter((f) => f.trim() !== '');
    if (files.length > 0) {
        const parts = [];
        for (const file of files) {
            let text;
            try {
                text = await (0,promises_.readFile)(file, 'utf8');
            }
            catch (error) {
                throw new src/* ConfigurationError */.j1(`KUBECONFIG names ${file}, which cannot be read (${error.code ?? 'error'}); point KUBECONFIG at a kubeconfig file or pass the \`${input}\` input`, { input: 'KUBECONFIG', file });
            }
            options.mask(text.trim());
            const raw = parseKubeConfig(text, file, 'KUBECONFIG');
            absolutisePaths(raw, (0,external_node_path_.dirname)((0,external_node_path_.resolve)(file)));
            parts.push(raw);
        }
        return finish('KUBECONFIG', mergeKubeConfigs(parts), contextName, options, 'KUBECONFIG');
    }
    const saDir = options.serviceAccountDir ?? SERVICE_ACCOUNT_DIR;
    const host = env['KUBERNETES_SERVICE_HOST'];
    if (host !== undefined && host !== '' && (0,external_node_fs_.existsSync)((0,external_node_path_.join)(saDir, 'token'))) {
        return inCluster(host, env['KUBERNETES_SERVICE_PORT'] ?? '443', saDir, options);
    }
    throw new src/* ConfigurationError */.j1(`No cluster credentials: the \`${input}\` input is empty, KUBECONFIG is not set, and this is not running inside a cluster. Pass ${VALID_KUBECONFIG} as \`${input}\`, or set KUBECONFIG to a kubeconfig file (as azure/k8s-set-context does)`, { input });
}
function decodeInput(value, input) {
    // A kubeconfig in YAML or JSON always contains a colon; base64 never does.
    if (value.includes(':') || !/^[A-Za-z0-9+/=_\-\s]+$/.test(value))
        return value;
    const decoded = Buffer.from(value.replace(/\s+/g, ''), value.includes('-') || value.includes('_') ? 'base64url' : 'base64').toString('utf8');
    if (!decoded.includes(':') || decoded.includes('\uFFFD')) {
        throw new src/* ConfigurationError */.j1(`The \`${input}\` input looks like base64 but does not decode to a kubeconfig; pass ${VALID_KUBECONFIG}`, { input });
    }
    return decoded;
}
function parseKubeConfig(text, where, input) {
    const lines = new dist/* LineCounter */.HN();
    const doc = (0,dist.parseDocument)(text, { prettyErrors: false, uniqueKeys: false, lineCounter: lines });
    if (!(0,dist/* isDocument */.wz)(doc) || doc.errors.length > 0) {
        const first = doc.errors[0];
        const pos = first === undefined ? undefined : lines.linePos(first.pos[0]);
        // Only the position and the error code: the parser's own message quotes the source, which holds secrets.
        const at = pos === undefined ? '' : ` at line ${pos.line}, column ${pos.col}`;
        throw new src/* ConfigurationError */.j1(`${capitalise(where)} is not valid YAML${at} (${first?.code ?? 'parse error'}); expected ${VALID_KUBECONFIG}`, { input });
    }
    const value = doc.toJS();
    if (typeof value === 'string') {
        throw new src/* ConfigurationError */.j1(`${capitalise(where)} is a single line of text, not a kubeconfig; if it is a file path, set KUBECONFIG to it instead. Expected ${VALID_KUBECONFIG}`, { input });
    }
    if (!types_isRecord(value))
        throw new src/* ConfigurationError */.j1(`${capitalise(where)} is not a kubeconfig mapping; expected ${VALID_KUBECONFIG}`, { input });
    if (value['kind'] !== undefined && value['kind'] !== 'Config') {
        throw new src/* ConfigurationError */.j1(`${capitalise(where)} has kind: ${String(value['kind'])}; expected kind: Config (${VALID_KUBECONFIG})`, { input });
    }
    const list = (field, key) => {
        const items = value[field];
        if (items === undefined || items === null)
            return [];
        if (!Array.isArray(items))
            throw new src/* ConfigurationError */.j1(`${capitalise(where)}: \`${field}\` must be a list of { name, ${key} } entries`, { input });
        return items.map((item, i) => {
            if (!types_isRecord(item) || typeof item['name'] !== 'string' || item['name'] === '') {
                throw new src/* ConfigurationError */.j1(`${capitalise(where)}: ${field}[${i}] needs a non-empty \`name\``, { input });
            }
            const inner = item[key] ?? {};
            if (!types_isRecord(inner))
                throw new src/* ConfigurationError */.j1(`${capitalise(where)}: ${field}[${i}] (${item['name']}) needs a \`${key}\` mapping`, { input });
            return { name: item['name'], value: inner, key };
        });
    };
    const current = value['current-context'];
    return {
        clusters: list('clusters', 'cluster'),
        users: list('users', 'user'),
        contexts: list('contexts', 'context'),
        currentContext: typeof current === 'string' && current !== '' ? current : undefined,
    };
}
/** kubectl's rule for several KUBECONFIG files: the first file to define a name (or current-context) wins. */
function mergeKubeConfigs(parts) {
    const merged = { clusters: [], users: [], contexts: [], currentContext: undefined };
    for (const part of parts) {
        for (const field of ['clusters', 'users', 'contexts']) {
            const target = merged[field];
            for (const entry of part[field])
                if (!target.some((e) => e.name === entry.name))
                    target.push(entry);
        }
        merged.currentContext ??= part.currentContext;
    }
    return merged;
}
const PATH_FIELDS = {
    cluster: ['certificate-authority'],
    user: ['client-certificate', 'client-key', 'tokenFile', 'token-file'],
};
function absolutisePaths(raw, base) {
    for (const entry of [...raw.clusters, ...raw.users]) {
        for (const field of PATH_FIELDS[entry.key] ?? []) {
            const value = entry.value[field];
            if (typeof value === 'string' && value !== '' && !(0,external_node_path_.isAbsolute)(value))
                entry.value[field] = (0,external_node_path_.resolve)(base, value);
        }
        // As kubectl does: an exec command with a slash is a path relative to the kubeconfig; a bare name is looked up on PATH.
        const execConfig = entry.key === 'user' ? entry.value['exec'] : undefined;
        if (types_isRecord(execConfig) && typeof execConfig['command'] === 'string' && /[/\\]/.test(execConfig['command']) && !(0,external_node_path_.isAbsolute)(execConfig['command'])) {
            entry.value['exec'] = { ...execConfig, command: (0,external_node_path_.resolve)(base, execConfig['command']) };
        }
    }
}
async function finish(source, raw, requested, options, input) {
    // Mask every credential in the file, not only the selected user's: all of them were handed to the job.
    for (const user of raw.users)
        await maskUser(user.value, options.mask);
    const contextInput = options.contextInputName ?? 'context';
    const names = raw.contexts.map((c) => c.name);
    let contextName = requested;
    if (contextName === '') {
        if (raw.currentContext !== undefined)
            contextName = raw.currentContext;
        else if (names.length === 1)
            contextName = names[0] ?? '';
        else {
            throw new src/* ConfigurationError */.j1(names.length === 0
                ? `The kubeconfig from ${kubeconfig_describeSource(source, input)} has no contexts; it needs at least one context naming a cluster and a user`
                : `The kubeconfig from ${kubeconfig_describeSource(source, input)} has no current-context; set the \`${contextInput}\` input to one of: ${names.join(', ')}`, { input: names.length === 0 ? input : contextInput });
        }
    }
    const context = raw.contexts.find((c) => c.name === contextName);
    if (context === undefined) {
        throw new src/* ConfigurationError */.j1(`Context "${contextName}" is not in the kubeconfig from ${kubeconfig_describeSource(source, input)}; valid contexts: ${names.length === 0 ? '(none)' : names.join(', ')}`, { input: requested === '' ? input : contextInput });
    }
    const clusterName = context.value['cluster'];
    const cluster = raw.clusters.find((c) => c.name === clusterName);
    if (typeof clusterName !== 'string' || cluster === undefined) {
        throw new src/* ConfigurationError */.j1(`Context "${contextName}" names cluster "${String(clusterName)}", which the kubeconfig does not define; defined clusters: ${raw.clusters.map((c) => c.name).join(', ') || '(none)'}`, { input });
    }
    const server = cluster.value['server'];
    if (typeof server !== 'string' || !/^https?:\/\/[^/]/.test(server)) {
        throw new src/* ConfigurationError */.j1(`Cluster "${cluster.name}" in the kubeconfig needs \`server\`: the apiserver URL, such as https://203.0.113.10:6443`, { input });
    }
    const userName = context.value['user'];
    const user = typeof userName === 'string' ? raw.users.find((u) => u.name === userName) : undefined;
    if (typeof userName === 'string' && userName !== '' && user === undefined) {
        throw new src/* ConfigurationError */.j1(`Context "${contextName}" names user "${userName}", which the kubeconfig does not define; defined users: ${raw.users.map((u) => u.name).join(', ') || '(none)'}`, { input });
    }
    const namespace = typeof context.value['namespace'] === 'string' && context.value['namespace'] !== '' ? context.value['namespace'] : undefined;
    const selected = {
        apiVersion: 'v1',
        kind: 'Config',
        clusters: [{ name: cluster.name, cluster: cluster.value }],
        users: user === undefined ? [] : [{ name: user.name, user: user.value }],
        contexts: [{ name: contextName, context: { ...context.value } }],
        'current-context': contextName,
    };
    const auth = new ClusterAuth(cluster, user, {
        mask: options.mask,
        input,
        env: options.env ?? process.env,
        ...(options.exec === undefined ? {} : { exec: options.exec }),
        ...(options.execTimeoutMs === undefined ? {} : { execTimeoutMs: options.execTimeoutMs }),
    });
    return {
        source,
        context: contextName,
        cluster: cluster.name,
        server: auth.server,
        user: user?.name ?? '',
        namespace,
        auth,
        toYaml: () => (0,dist/* stringify */.As)(selected),
    };
}
function kubeconfig_describeSource(source, input) {
    return source === 'input' ? `the \`${input}\` input` : source === 'KUBECONFIG' ? 'KUBECONFIG' : 'the in-cluster service account';
}
function capitalise(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
}
/** Masks one user's credentials: tokens, passwords, keys and certificates, PEMs both encoded and decoded. */
async function maskUser(user, mask) {
    const secret = (value) => {
        if (typeof value === 'string' && value.trim() !== '')
            (0,src/* maskSecret */.$l)(value, mask);
    };
    secret(user['token']);
    secret(user['password']);
    for (const field of ['client-key-data', 'client-certificate-data']) {
        const data = user[field];
        if (typeof data !== 'string' || data.trim() === '')
            continue;
        secret(data);
        secret(pemBody(Buffer.from(data, 'base64').toString('utf8')));
    }
    for (const field of ['tokenFile', 'token-file', 'client-key']) {
        const file = user[field];
        if (typeof file !== 'string' || file === '')
            continue;
        try {
            const text = await (0,promises_.readFile)(file, 'utf8');
            secret(field === 'client-key' ? pemBody(text) : text);
        }
        catch {
            // An unreadable file fails later with a clear error; there is nothing to mask yet.
        }
    }
    const provider = user['auth-provider'];
    if (types_isRecord(provider) && types_isRecord(provider['config'])) {
        for (const [key, value] of Object.entries(provider['config'])) {
            if (/token|secret|password/i.test(key))
                secret(value);
        }
    }
    const execConfig = user['exec'];
    if (types_isRecord(execConfig) && Array.isArray(execConfig['env'])) {
        for (const entry of execConfig['env'])
            if (types_isRecord(entry))
                secret(entry['value']);
    }
}
async function inCluster(host, port, saDir, options) {
    const token = (await (0,promises_.readFile)((0,external_node_path_.join)(saDir, 'token'), 'utf8')).trim();
    (0,src/* maskSecret */.$l)(token, options.mask);
    const namespaceFile = (0,external_node_path_.join)(saDir, 'namespace');
    const namespace = (0,external_node_fs_.existsSync)(namespaceFile) ? (await (0,promises_.readFile)(namespaceFile, 'utf8')).trim() : undefined;
    const server = `https://${host.includes(':') ? `[${host}]` : host}:${port}`;
    const raw = {
        clusters: [{ name: 'in-cluster', key: 'cluster', value: { server, 'certificate-authority': (0,external_node_path_.join)(saDir, 'ca.crt') } }],
        users: [{ name: 'service-account', key: 'user', value: { tokenFile: (0,external_node_path_.join)(saDir, 'token') } }],
        contexts: [{ name: 'in-cluster', key: 'context', value: { cluster: 'in-cluster', user: 'service-account', ...(namespace === undefined || namespace === '' ? {} : { namespace }) } }],
        currentContext: 'in-cluster',
    };
    return finish('in-cluster', raw, options.context?.trim() ?? '', options, options.inputName ?? 'kubeconfig');
}
const TEMP_PREFIX = 'pipeline-kube-';
/**
 * Writes a kubeconfig for tools that need a file (kubectl, a later step) into a fresh 0700
 * directory under RUNNER_TEMP, the file itself 0600. The runner wipes RUNNER_TEMP after the job;
 * dispose (or the action's `post:` through removeTempKubeconfig) removes it sooner.
 */
async function writeTempKubeconfig(yamlText, env = process.env) {
    const base = env['RUNNER_TEMP'] !== undefined && env['RUNNER_TEMP'] !== '' ? env['RUNNER_TEMP'] : tmpdir();
    const dir = await mkdtemp(join(base, TEMP_PREFIX));
    await chmod(dir, 0o700);
    const path = join(dir, 'kubeconfig');
    await writeFile(path, yamlText, { mode: 0o600 });
    await chmod(path, 0o600);
    return { path, dispose: () => rm(dir, { recursive: true, force: true }) };
}
/**
 * The `post:` step's half of writeTempKubeconfig: removes a file it wrote, given the path saved in
 * state. Refuses anything that is not one of its own directories under RUNNER_TEMP (or the OS temp
 * dir), so a tampered state value cannot delete elsewhere. Returns whether something was removed.
 */
async function removeTempKubeconfig(path, env = process.env) {
    if (path === '')
        return false;
    const base = resolve(env['RUNNER_TEMP'] !== undefined && env['RUNNER_TEMP'] !== '' ? env['RUNNER_TEMP'] : tmpdir());
    const dir = dirname(resolve(path));
    const rel = relative(base, dir);
    if (basename(path) !== 'kubeconfig' || rel.includes('/') || rel.includes('\\') || !rel.startsWith(TEMP_PREFIX))
        return false;
    if (!existsSync(dir))
        return false;
    await rm(dir, { recursive: true, force: true });
    return true;
}

;// CONCATENATED MODULE: ./packages/kube/src/manifests.ts






function manifests_describeSource(source) {
    return `${source.file} document #${source.document}${source.line === undefined ? '' : ` (line ${source.line})`}${source.item === undefined ? '' : ` items[${source.item}]`}`;
}
function manifestError(source, problem) {
    return new ConfigurationError(`${manifests_describeSource(source)}: ${problem}`, { file: source.file, ...(source.line === undefined ? {} : { line: source.line }) });
}
// kubectl reads YAML 1.1 (go-yaml v2): `defaultMode: 0644` is octal and `yes` a boolean. Timestamps
// stay strings, as they do when the apiserver's decoder sees them.
const withoutTimestamps = (tags) => tags.filter((t) => t !== 'timestamp' && (typeof t !== 'object' || t.tag !== 'tag:yaml.org,2002:timestamp'));
/** Parses multi-document YAML (or JSON) into validated objects; `kind: List` documents are expanded. */
function parseManifests(text, file) {
    const lines = new LineCounter();
    const docs = parseAllDocuments(text, { version: '1.1', customTags: withoutTimestamps, lineCounter: lines, prettyErrors: false });
    if (!Array.isArray(docs)) {
        // An empty stream: no documents at all.
        return [];
    }
    const out = [];
    docs.forEach((doc, i) => {
        const start = doc.contents?.range?.[0] ?? doc.range[0];
        const source = { file, document: i + 1, line: lines.linePos(start).line };
        const error = doc.errors[0];
        if (error !== undefined) {
            const at = lines.linePos(error.pos[0]);
            throw new ConfigurationError(`${file} document #${i + 1}: YAML syntax error at line ${at.line}, column ${at.col}: ${error.message.split('\n')[0]}`, { file, line: at.line });
        }
        const value = doc.toJS({ maxAliasCount: 100 });
        if (value === null || value === undefined)
            return;
        if (isRecord(value) && typeof value['kind'] === 'string' && value['kind'].endsWith('List') && Array.isArray(value['items'])) {
            value['items'].forEach((item, j) => out.push({ object: validateManifest(item, { ...source, item: j }), source: { ...source, item: j } }));
            return;
        }
        out.push({ object: validateManifest(value, source), source });
    });
    return out;
}
/** Checks the fields every object needs before it can be sent, naming the file and document on failure. */
function validateManifest(value, source) {
    if (!isRecord(value)) {
        throw manifestError(source, `is ${Array.isArray(value) ? 'a list' : `a ${typeof value}`}, not a Kubernetes object; each document needs apiVersion, kind and metadata.name`);
    }
    const missing = [];
    if (typeof value['apiVersion'] !== 'string' || value['apiVersion'] === '')
        missing.push('apiVersion');
    if (typeof value['kind'] !== 'string' || value['kind'] === '')
        missing.push('kind');
    const metadata = value['metadata'];
    if (!isRecord(metadata) || typeof metadata['name'] !== 'string' || metadata['name'] === '')
        missing.push('metadata.name');
    if (missing.length > 0) {
        const what = typeof value['kind'] === 'string' ? `this ${value['kind']} ` : '';
        throw manifestError(source, `${what}is missing ${missing.join(', ')}; every object needs apiVersion (e.g. apps/v1), kind (e.g. Deployment) and metadata.name`);
    }
    const meta = metadata;
    if (meta['namespace'] !== undefined && typeof meta['namespace'] !== 'string')
        throw manifestError(source, 'metadata.namespace must be a string');
    for (const field of ['labels', 'annotations']) {
        const map = meta[field];
        if (map === undefined || map === null)
            continue;
        if (!isRecord(map))
            throw manifestError(source, `metadata.${field} must be a mapping of strings`);
        for (const [key, v] of Object.entries(map)) {
            if (typeof v !== 'string')
                throw manifestError(source, `metadata.${field}.${key} is ${v === null ? 'null' : `a ${typeof v}`}; Kubernetes only accepts strings here, so quote it (e.g. "${String(v)}")`);
        }
    }
    return value;
}
/** Objects as one multi-document YAML stream (for `render` output, GitOps repositories or kubectl). */
function formatManifests(objects) {
    // YAML 1.1 rules, as kubectl reads them: strings such as "yes" or "0644" come out quoted.
    return objects.map((o) => stringify(o, { lineWidth: 0, version: '1.1' })).join('---\n');
}
const MANIFEST_EXTENSIONS = new Set(['.yaml', '.yml', '.json']);
const KUSTOMIZATION_FILES = (/* unused pure expression or super */ null && (['kustomization.yaml', 'kustomization.yml', 'Kustomization']));
/**
 * Loads manifests from files, globs and directories, in the order given (directories and globs in
 * name order). A directory with a kustomization file is built with `kubectl kustomize`; any other
 * directory contributes its .yaml/.yml/.json files, not recursing, as `kubectl apply -f dir` does.
 */
async function loadManifests(paths, options = {}) {
    const workspace = resolve(options.workspace ?? process.cwd());
    const input = options.input ?? 'manifests';
    const out = [];
    if (paths.length === 0)
        throw new ConfigurationError(`Input '${input}' names no files; give manifest files, globs or a Kustomize directory`, { input });
    for (const entry of paths) {
        const files = [];
        if (/[*?[\]{}]/.test(entry)) {
            for await (const match of glob(entry, { cwd: workspace })) {
                const absolute = resolveInWorkspace(workspace, match, { input });
                if (MANIFEST_EXTENSIONS.has(extname(absolute)) && (await stat(absolute)).isFile())
                    files.push(absolute);
            }
            if (files.length === 0)
                throw new ConfigurationError(`Input '${input}': the glob ${entry} matches no .yaml, .yml or .json files in ${workspace}`, { input });
            files.sort();
        }
        else {
            const absolute = resolveInWorkspace(workspace, entry, { input });
            const info = await stat(absolute).catch(() => undefined);
            if (info === undefined)
                throw new ConfigurationError(`Input '${input}': ${entry} does not exist (paths are relative to ${workspace})`, { input });
            if (info.isDirectory()) {
                const names = await readdir(absolute);
                if (KUSTOMIZATION_FILES.some((k) => names.includes(k))) {
                    out.push(...(await kustomize(absolute, toRepoRelative(workspace, absolute), options, input)));
                    continue;
                }
                for (const name of names.sort()) {
                    const file = join(absolute, name);
                    if (MANIFEST_EXTENSIONS.has(extname(name)) && (await stat(file)).isFile())
                        files.push(file);
                }
                if (files.length === 0)
                    throw new ConfigurationError(`Input '${input}': the directory ${entry} has no .yaml, .yml or .json files and no kustomization.yaml`, { input });
            }
            else {
                files.push(absolute);
            }
        }
        for (const file of files)
            out.push(...parseManifests(await readFile(file, 'utf8'), toRepoRelative(workspace, file)));
    }
    return out;
}
function findExecutable(name, env) {
    for (const dir of (env['PATH'] ?? '').split(delimiter)) {
        if (dir === '')
            continue;
        const candidate = join(dir, name);
        try {
            accessSync(candidate, constants.X_OK);
            if (statSync(candidate).isFile())
                return candidate;
        }
        catch {
            // Not here; keep looking.
        }
    }
    return undefined;
}
async function kustomize(dir, label, options, input) {
    const env = options.env ?? process.env;
    const kubectl = options.kubectl ?? findExecutable('kubectl', env);
    if (kubectl === undefined) {
        throw new ConfigurationError(`Input '${input}': ${label} is a Kustomize directory, which is built with \`kubectl kustomize\`, but kubectl is not on PATH. Install it first (for example with azure/setup-kubectl), or pass the rendered manifests instead`, { input, file: label });
    }
    const run = options.exec ?? defaultExec;
    const result = await run(kubectl, ['kustomize', dir], { env, timeoutMs: 120_000 });
    if (result.exitCode !== 0) {
        const detail = result.stderr.trim().split('\n').slice(-10).join('\n');
        throw new ConfigurationError(`Input '${input}': \`kubectl kustomize ${label}\` failed${result.timedOut ? ' (timed out)' : ''}: ${detail === '' ? `exit code ${String(result.exitCode)}` : detail}`, { input, file: label });
    }
    return parseManifests(result.stdout, `${label} (kustomize)`);
}
const DOMAIN = String.raw `(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*(?::[0-9]+)?|\[[0-9a-fA-F:]+\](?::[0-9]+)?)`;
const COMPONENT = String.raw `[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*`;
const IMAGE_RE = new RegExp(String.raw `^((?:${DOMAIN}/)?${COMPONENT}(?:/${COMPONENT})*)(?::([\w][\w.-]{0,127}))?(?:@([A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}))?$`);
/** Parses an image reference as the OCI distribution grammar has it; undefined when it is not one. */
function parseImageReference(reference) {
    const m = IMAGE_RE.exec(reference);
    if (m === null || m[1] === undefined || reference.length > 4096)
        return undefined;
    const out = { name: m[1] };
    if (m[2] !== undefined)
        out.tag = m[2];
    if (m[3] !== undefined)
        out.digest = m[3];
    return out;
}
function hasDigest(reference) {
    return parseImageReference(reference)?.digest !== undefined;
}
const DNS_LABEL = /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/;
/**
 * Parses the `images` input: `container=image` pairs separated by newlines, commas or spaces,
 * e.g. `app=ghcr.io/org/app@sha256:…`. With `requireDigest`, every image must be pinned by digest.
 */
function parseImageOverrides(text, options = {}) {
    const input = options.input ?? 'images';
    const out = [];
    const entries = text.split(/\r?\n/).map((line) => line.replace(/(^|\s)#.*$/, '')).join('\n').split(/[\s,]+/).filter((e) => e !== '');
    for (const entry of entries) {
        const eq = entry.indexOf('=');
        const container = eq < 0 ? '' : entry.slice(0, eq);
        const image = eq < 0 ? '' : entry.slice(eq + 1);
        if (!DNS_LABEL.test(container) || image === '') {
            throw new ConfigurationError(`Input '${input}': "${entry}" is not a container=image pair; write e.g. app=ghcr.io/org/app@sha256:<digest>, one per line`, { input });
        }
        const parsed = parseImageReference(image);
        if (parsed === undefined)
            throw new ConfigurationError(`Input '${input}': "${image}" (for container ${container}) is not a valid image reference such as ghcr.io/org/app:1.2 or ghcr.io/org/app@sha256:<64 hex>`, { input });
        if (options.requireDigest === true && parsed.digest === undefined) {
            throw new ConfigurationError(`Input '${input}': ${container}=${image} has no digest, and require-digest is set; pin it as ${parsed.name}@sha256:<digest>`, { input });
        }
        if (out.some((o) => o.container === container))
            throw new ConfigurationError(`Input '${input}': container ${container} is given twice`, { input });
        out.push({ container, image });
    }
    return out;
}
const POD_SPEC_PATHS = [
    ['spec', 'template', 'spec'],
    ['spec', 'jobTemplate', 'spec', 'template', 'spec'],
    ['spec'],
];
/**
 * The pod spec of a workload: Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, Job, CronJob,
 * or any custom kind shaped like them (a `containers` list under spec.template.spec).
 */
function podSpecOf(object) {
    for (const path of POD_SPEC_PATHS) {
        let node = object;
        for (const key of path)
            node = types_isRecord(node) ? node[key] : undefined;
        if (types_isRecord(node) && Array.isArray(node['containers']))
            return { path: path.join('.'), spec: node };
    }
    return undefined;
}
/** Replaces container images by container name (containers and initContainers), without touching the input. */
function substituteImages(manifests, overrides) {
    const byName = new Map(overrides.map((o) => [o.container, o.image]));
    const used = new Set();
    const substitutions = [];
    const out = manifests.map((m) => {
        const object = structuredClone(m.object);
        const pod = podSpecOf(object);
        if (pod === undefined)
            return { object, source: m.source };
        for (const [field, initContainer] of [['containers', false], ['initContainers', true]]) {
            const list = pod.spec[field];
            if (!Array.isArray(list))
                continue;
            for (const c of list) {
                if (!isRecord(c) || typeof c['name'] !== 'string')
                    continue;
                const image = byName.get(c['name']);
                if (image === undefined)
                    continue;
                used.add(c['name']);
                substitutions.push({
                    file: m.source.file,
                    kind: object.kind,
                    name: object.metadata.name,
                    container: c['name'],
                    initContainer,
                    from: typeof c['image'] === 'string' ? c['image'] : undefined,
                    to: image,
                });
                c['image'] = image;
            }
        }
        return { object, source: m.source };
    });
    return { manifests: out, substitutions, unused: overrides.filter((o) => !used.has(o.container)) };
}

;// CONCATENATED MODULE: ./packages/kube/src/quantity.ts
// Kubernetes resource quantities ("500m", "1Gi", "1e3"), as k8s.io/apimachinery/pkg/api/resource reads and prints them.
const QUANTITY_RE = /^([+-])?(\d*)(?:\.(\d*))?(?:(Ki|Mi|Gi|Ti|Pi|Ei|[numkMGTPE])|[eE]([+-]?\d+))?$/;
const DECIMAL_EXPONENT = { n: -9, u: -6, m: -3, k: 3, M: 6, G: 9, T: 12, P: 15, E: 18 };
const DECIMAL_SUFFIX = { [-9]: 'n', [-6]: 'u', [-3]: 'm', 0: '', 3: 'k', 6: 'M', 9: 'G', 12: 'T', 15: 'P', 18: 'E' };
const BINARY = ['', 'Ki', 'Mi', 'Gi', 'Ti', 'Pi', 'Ei'];
function parse(input) {
    const text = typeof input === 'number' ? (Number.isFinite(input) ? String(input) : '') : input.trim();
    const m = QUANTITY_RE.exec(text);
    if (m === null)
        return undefined;
    const whole = m[2] ?? '';
    const fraction = m[3] ?? '';
    if (whole === '' && fraction === '')
        return undefined;
    let mantissa = BigInt(`${whole}${fraction}` || '0');
    let exponent = -fraction.length;
    let format = 'DecimalSI';
    const suffix = m[4];
    if (m[5] !== undefined) {
        exponent += Number(m[5]);
        format = 'DecimalExponent';
    }
    else if (suffix !== undefined && BINARY.includes(suffix)) {
        mantissa *= 1024n ** BigInt(BINARY.indexOf(suffix));
        format = 'BinarySI';
    }
    else if (suffix !== undefined) {
        exponent += DECIMAL_EXPONENT[suffix] ?? 0;
    }
    return { negative: m[1] === '-', mantissa, exponent, format };
}
/** The numeric value of a quantity ("500m" → 0.5, "1Gi" → 1073741824, 2 → 2), or undefined if it is not one. */
function quantity_parseQuantity(value) {
    if (typeof value !== 'string' && typeof value !== 'number')
        return undefined;
    const p = parse(value);
    if (p === undefined)
        return undefined;
    const n = Number(p.mantissa) * 10 ** p.exponent;
    return p.negative ? -n : n;
}
/**
 * The form the apiserver stores a quantity in: "0.1" → "100m", "0.125Gi" → "128Mi",
 * 2000 → "2k", "1536" → "1536". Sending this form keeps a repeated server-side apply a true
 * no-op; a non-canonical one makes some apiservers (1.20) rewrite managedFields on every apply.
 */
function canonicalQuantity(value) {
    const p = parse(value);
    if (p === undefined)
        return undefined;
    let { mantissa, exponent } = p;
    if (mantissa === 0n)
        return '0';
    // Precision below nano is rounded up, as the apiserver does.
    if (exponent < -9) {
        const divisor = 10n ** BigInt(-9 - exponent);
        mantissa = mantissa / divisor + (mantissa % divisor === 0n ? 0n : 1n);
        exponent = -9;
    }
    const sign = p.negative ? '-' : '';
    let format = p.format;
    if (format === 'BinarySI') {
        const integer = exponent >= 0 ? mantissa * 10n ** BigInt(exponent) : mantissa % 10n ** BigInt(-exponent) === 0n ? mantissa / 10n ** BigInt(-exponent) : undefined;
        if (integer === undefined || integer < 1024n) {
            format = 'DecimalSI';
        }
        else {
            let amount = integer;
            let times = 0;
            while (times < BINARY.length - 1 && amount % 1024n === 0n) {
                amount /= 1024n;
                times += 1;
            }
            return `${sign}${amount}${BINARY[times] ?? ''}`;
        }
    }
    while (mantissa % 10n === 0n) {
        mantissa /= 10n;
        exponent += 1;
    }
    const rest = ((exponent % 3) + 3) % 3;
    mantissa *= 10n ** BigInt(rest);
    exponent -= rest;
    if (format === 'DecimalExponent')
        return `${sign}${mantissa}${exponent === 0 ? '' : `e${exponent}`}`;
    if (exponent > 18) {
        mantissa *= 10n ** BigInt(exponent - 18);
        exponent = 18;
    }
    return `${sign}${mantissa}${DECIMAL_SUFFIX[exponent] ?? ''}`;
}

;// CONCATENATED MODULE: ./packages/kube/src/normalise.ts



function canonicalise(map) {
    if (!types_isRecord(map))
        return;
    for (const [k, v] of Object.entries(map)) {
        if (typeof v !== 'number' && typeof v !== 'string')
            continue;
        const canonical = canonicalQuantity(v);
        if (canonical !== undefined)
            map[k] = canonical;
    }
}
function resources(holder) {
    if (!types_isRecord(holder) || !types_isRecord(holder['resources']))
        return;
    canonicalise(holder['resources']['limits']);
    canonicalise(holder['resources']['requests']);
}
/**
 * Writes the resource quantities of built-in kinds in the apiserver's canonical string form
 * (`cpu: 0.5` → "500m", `memory: 0.125Gi` → "128Mi"). Client-side decoding accepts numbers and
 * any spelling, but server-side apply type-checks the patch (1.20 answers a number there with a
 * 500), and a spelling other than the stored one makes some apiservers rewrite managedFields on
 * every apply, so a repeated apply would not be a no-op. A custom resource's fields are left alone.
 * Returns a copy; the input is not modified.
 */
function normaliseQuantities(object) {
    const out = structuredClone(object);
    const pod = podSpecOf(out);
    if (pod !== undefined) {
        for (const field of ['containers', 'initContainers', 'ephemeralContainers']) {
            const list = pod.spec[field];
            if (Array.isArray(list))
                list.forEach(resources);
        }
        canonicalise(pod.spec['overhead']);
        if (Array.isArray(pod.spec['volumes'])) {
            for (const v of pod.spec['volumes'])
                if (types_isRecord(v) && types_isRecord(v['emptyDir']))
                    canonicalise(v['emptyDir']);
        }
    }
    const spec = out['spec'];
    if (out.apiVersion !== 'v1' && out.apiVersion !== 'apps/v1')
        return out;
    if (!types_isRecord(spec))
        return out;
    switch (out.kind) {
        case 'ResourceQuota':
            canonicalise(spec['hard']);
            break;
        case 'LimitRange':
            if (Array.isArray(spec['limits'])) {
                for (const item of spec['limits']) {
                    if (!types_isRecord(item))
                        continue;
                    for (const field of ['default', 'defaultRequest', 'max', 'min', 'maxLimitRequestRatio'])
                        canonicalise(item[field]);
                }
            }
            break;
        case 'PersistentVolumeClaim':
            resources(spec);
            break;
        case 'StatefulSet':
            if (Array.isArray(spec['volumeClaimTemplates']))
                for (const t of spec['volumeClaimTemplates'])
                    if (types_isRecord(t))
                        resources(t['spec']);
            break;
    }
    return out;
}

// EXTERNAL MODULE: ./node_modules/https-proxy-agent/dist/index.js
var https_proxy_agent_dist = __webpack_require__(3669);
// EXTERNAL MODULE: ./node_modules/socks-proxy-agent/dist/index.js + 2 modules
var socks_proxy_agent_dist = __webpack_require__(98254);
;// CONCATENATED MODULE: ./packages/kube/src/transport.ts




/**
 * A keep-alive agent for the apiserver, direct or through the cluster's proxy-url: an HTTP(S)
 * proxy is asked to CONNECT (so TLS, and the client certificate, run end to end), a SOCKS5 proxy
 * to open the connection. socks5:// is sent as socks5h://, letting the proxy resolve the
 * apiserver's name as kubectl's SOCKS dialer does: behind a bastion, only the proxy can.
 */
function createAgent(server, options) {
    const common = { keepAlive: true, maxSockets: options.maxSockets };
    const proxy = options.proxyUrl;
    if (proxy === undefined)
        return server.protocol === 'http:' ? new external_node_http_.Agent(common) : new external_node_https_.Agent(common);
    const url = new URL(proxy);
    if (url.protocol === 'socks5:')
        url.protocol = 'socks5h:';
    return url.protocol.startsWith('socks') ? new socks_proxy_agent_dist/* SocksProxyAgent */.x(url, common) : new https_proxy_agent_dist.HttpsProxyAgent(url, common);
}
/**
 * The TLS options of one request. They travel with the request rather than the agent because a
 * proxy agent uses its own constructor options for the connection to an https:// proxy, which the
 * cluster's CA and client certificate are not meant for. Node's https agent keys its socket pool
 * by these same options, so connections are never shared across different material.
 */
function tlsRequestOptions(tls) {
    return {
        ...(tls.ca === undefined ? {} : { ca: tls.ca }),
        ...(tls.cert === undefined ? {} : { cert: tls.cert }),
        ...(tls.key === undefined ? {} : { key: tls.key }),
        // Left unset unless insecure, so NODE_TLS_REJECT_UNAUTHORIZED keeps its usual meaning.
        ...(tls.insecure ? { rejectUnauthorized: false } : {}),
        ...(tls.servername === undefined ? {} : { servername: tls.servername }),
    };
}
/**
 * Stops an agent from taking new work without cutting what it carries: idle sockets close now,
 * busy ones when their response ends (a long watch keeps its connection until it finishes).
 */
function retireAgent(agent) {
    // Node's agent destroys a freed socket, instead of pooling it, when keepSocketAlive says no.
    agent.keepSocketAlive = () => false;
    for (const sockets of Object.values(agent.freeSockets))
        for (const socket of sockets ?? [])
            socket.destroy();
}

// EXTERNAL MODULE: ./node_modules/p-retry/index.js + 1 modules
var p_retry = __webpack_require__(74995);
;// CONCATENATED MODULE: ./packages/kube/src/retry.ts



const DEFAULT_RETRY_POLICY = {
    retries: 5,
    minTimeoutMs: 200,
    maxTimeoutMs: 5000,
    factor: 2,
    randomize: true,
    maxRetryAfterMs: 30_000,
    maxRetryTimeMs: 60_000,
    sleep: src/* sleep */.yy,
};
/** Transport failures after which the request may simply be sent again (if it is idempotent). */
const RETRYABLE_CODES = new Set([
    'ECONNRESET', 'ECONNREFUSED', 'ECONNABORTED', 'EPIPE', 'ETIMEDOUT', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH',
    'UND_ERR_SOCKET', 'UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_CLOSED',
]);
const RETRYABLE_STATUSES = new Set([429, 500, 502, 503, 504]);
/**
 * Decides whether a failed request may be sent again. Idempotent requests (get, list, watch,
 * apply-patch, update with a resourceVersion, delete) are retried on 429, 5xx other than 501, and
 * connection failures. A non-idempotent one (a create) is retried only when the server provably
 * did not act on it: the connection was refused, or it answered 429, which the apiserver's
 * max-in-flight and priority-and-fairness filters send before any handler runs. A reset or a 5xx
 * after a create may have landed, so that is never retried blindly.
 */
function retry_classifyFailure(error, idempotent) {
    if (error instanceof errors_KubeApiError) {
        const why = `${error.status}${error.reason === undefined ? '' : ` ${error.reason}`}`;
        if (error.status === 429) {
            return error.retryAfterMs === undefined ? { retryable: true, why } : { retryable: true, why, retryAfterMs: error.retryAfterMs };
        }
        if (!RETRYABLE_STATUSES.has(error.status))
            return { retryable: false, why };
        // Some apiservers answer 500 for an apply patch they can never merge (on 1.20, a port list item
        // without `protocol`); sending it again cannot help.
        if (error.status === 500 && /failed to create typed (patch )?object/.test(error.statusObject?.message ?? ''))
            return { retryable: false, why: `${why} (the patch cannot be merged)` };
        if (!idempotent)
            return { retryable: false, why: `${why} after a non-idempotent request` };
        return error.retryAfterMs === undefined ? { retryable: true, why } : { retryable: true, why, retryAfterMs: error.retryAfterMs };
    }
    const code = errorCode(error);
    if (code === undefined || !RETRYABLE_CODES.has(code))
        return { retryable: false, why: code ?? 'not a transport error' };
    if (!idempotent && code !== 'ECONNREFUSED')
        return { retryable: false, why: `${code} after a non-idempotent request` };
    return { retryable: true, why: code };
}
function errorCode(error) {
    if (error instanceof errors_KubeConnectionError)
        return error.code;
    if (typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string')
        return error.code;
    return undefined;
}
/** Retry-After as delay-seconds or an HTTP date; undefined when absent or unreadable. */
function parseRetryAfter(value, now = Date.now()) {
    const raw = Array.isArray(value) ? value[0] : value;
    if (raw === undefined || raw.trim() === '')
        return undefined;
    const text = raw.trim();
    if (/^\d+$/.test(text))
        return Number(text) * 1000;
    const date = Date.parse(text);
    return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
/**
 * Whether sending a request twice has the same effect as sending it once. PATCH is idempotent for
 * apply, merge and strategic-merge patches, not for JSON patches (an `add` to a list appends twice);
 * PUT only with a resourceVersion, so a repeat cannot overwrite someone else's later write.
 */
function isIdempotentRequest(method, contentType, body) {
    switch (method.toUpperCase()) {
        case 'GET':
        case 'HEAD':
        case 'DELETE':
            return true;
        case 'PATCH':
            return contentType !== 'application/json-patch+json';
        case 'PUT': {
            const metadata = typeof body === 'object' && body !== null ? body.metadata : undefined;
            return typeof metadata?.resourceVersion === 'string' && metadata.resourceVersion !== '';
        }
        default:
            return false;
    }
}
/** Runs `attempt` under the policy: exponential backoff (p-retry), at least Retry-After when the server asked for it. */
async function withRetry(attempt, options) {
    const { policy } = options;
    return (0,p_retry/* default */.Ay)(attempt, {
        retries: policy.retries,
        minTimeout: policy.minTimeoutMs,
        maxTimeout: policy.maxTimeoutMs,
        factor: policy.factor,
        randomize: policy.randomize,
        maxRetryTime: policy.maxRetryTimeMs,
        ...(options.signal === undefined ? {} : { signal: options.signal }),
        // p-retry calls this only when a retry is still allowed, right before its own backoff delay.
        shouldRetry: async ({ error, attemptNumber, retriesConsumed }) => {
            const failure = retry_classifyFailure(error, options.idempotent);
            if (!failure.retryable)
                return false;
            const backoff = Math.min(policy.maxTimeoutMs, policy.minTimeoutMs * policy.factor ** retriesConsumed);
            const extra = failure.retryAfterMs === undefined ? 0 : Math.max(0, Math.min(failure.retryAfterMs, policy.maxRetryAfterMs) - backoff);
            options.logger?.debug(`${options.describe}: ${failure.why} on attempt ${attemptNumber}; retrying${failure.retryAfterMs === undefined ? '' : ` after Retry-After ${failure.retryAfterMs} ms`}`);
            if (extra > 0)
                await policy.sleep(extra, options.signal);
            return true;
        },
    });
}

;// CONCATENATED MODULE: ./packages/kube/src/client.ts








const DEFAULT_FIELD_MANAGER = 'pipeline';
/**
 * A Kubernetes API client for objects of any kind and version. Authentication comes from the
 * kubeconfig's ClusterAuth (tokens, token files, client certificates, exec plugins, in-cluster
 * tokens), and requests go over Node's own HTTP stack so every status, header and byte of a
 * watch stream is visible. Idempotent calls are retried on 429/5xx/connection failures; a 401
 * is sent once more when renewing the credentials (a rotated token file, a re-run exec plugin)
 * produced different ones.
 */
class KubeClient {
    server;
    namespace;
    fieldManager;
    logger;
    discovery;
    retryPolicy;
    auth;
    base;
    requestTimeoutMs;
    userAgent;
    maxSockets;
    onRequest;
    transport;
    /** Agents replaced after a TLS credential change (rare: a renewed certificate), which may still carry requests; close() ends them. */
    retired = new Set();
    /** `config` is usually resolveKubeConfig's answer; fromConfig does both steps. */
    constructor(config, options = {}) {
        this.auth = config.auth;
        this.server = config.auth.server;
        this.base = new URL(config.auth.server);
        this.namespace = options.namespace ?? config.namespace ?? 'default';
        this.fieldManager = options.fieldManager ?? DEFAULT_FIELD_MANAGER;
        this.logger = options.logger;
        this.retryPolicy = { ...DEFAULT_RETRY_POLICY, ...options.retry };
        this.requestTimeoutMs = options.requestTimeoutMs ?? 30_000;
        this.userAgent = options.userAgent ?? 'pipeline-kube';
        this.maxSockets = options.maxSockets ?? 16;
        this.onRequest = options.onRequest;
        this.discovery = new Discovery(async (path) => {
            try {
                return await this.request({ method: 'GET', path });
            }
            catch (error) {
                if (errors_isNotFound(error))
                    return undefined;
                throw error;
            }
        });
    }
    /** Resolves credentials (input, KUBECONFIG or in-cluster; see resolveKubeConfig) and builds a client. */
    static async fromConfig(options) {
        const config = await resolveKubeConfig(options);
        const client = new KubeClient(config, options);
        return { client, config };
    }
    /** Releases pooled connections; in-flight requests fail. */
    close() {
        this.transport?.agent.destroy();
        this.transport = undefined;
        for (const agent of this.retired)
            agent.destroy();
        this.retired.clear();
    }
    // ---- low level --------------------------------------------------------------------------
    /** Sends a request (with retries where safe) and returns the parsed JSON body; non-2xx throws KubeApiError. */
    async request(req) {
        return (await this.exchange(req)).body;
    }
    /** Like request, with the status and headers. */
    async exchange(req) {
        const idempotent = req.idempotent ?? isIdempotentRequest(req.method, req.contentType, req.body);
        const once = (attempt) => this.send(req, attempt);
        if (req.retry === 'none')
            return once(1);
        return withRetry(once, {
            idempotent,
            policy: this.retryPolicy,
            describe: `${req.method} ${req.path}`,
            ...(this.logger === undefined ? {} : { logger: this.logger }),
            ...(req.signal === undefined ? {} : { signal: req.signal }),
        });
    }
    /** The agent for connections made with `credentials`' TLS material: kept while it stays the same. */
    transportFor(credentials) {
        const key = credentials.tls.id;
        if (this.transport?.key === key)
            return this.transport;
        // New material (a rotated client certificate): open new connections with it, and let the old
        // agent finish what it carries, so a watch or a create in flight is not cut.
        if (this.transport !== undefined) {
            const old = this.transport.agent;
            this.retired.add(old);
            retireAgent(old);
        }
        this.transport = { agent: createAgent(this.base, { maxSockets: this.maxSockets, proxyUrl: this.auth.proxyUrl }), key };
        return this.transport;
    }
    url(path, query) {
        const prefix = this.base.pathname.replace(/\/$/, '');
        const url = new URL(`${prefix}${path}`, this.base);
        for (const [k, v] of Object.entries(query ?? {}))
            if (v !== undefined)
                url.searchParams.set(k, String(v));
        return url;
    }
    /** Opens one HTTP request with fresh credentials (exec plugins and token files can rotate them). */
    async open(req) {
        const credentials = await this.auth.credentials();
        const transport = this.transportFor(credentials);
        const payload = req.body === undefined ? undefined : typeof req.body === 'string' ? req.body : JSON.stringify(req.body);
        const headers = { ...credentials.headers, accept: 'application/json', 'user-agent': this.userAgent };
        if (payload !== undefined) {
            headers['content-type'] = req.contentType ?? 'application/json';
            headers['content-length'] = Buffer.byteLength(payload);
        }
        const url = this.url(req.path, req.query);
        const common = { method: req.method, headers, agent: transport.agent, ...(req.signal === undefined ? {} : { signal: req.signal }) };
        const request = url.protocol === 'http:' ? (0,external_node_http_.request)(url, common) : (0,external_node_https_.request)(url, { ...common, ...tlsRequestOptions(credentials.tls) });
        return { request, payload, credentials };
    }
    record(req, attempt, started, status, error) {
        if (this.onRequest === undefined)
            return;
        const record = { method: req.method, path: req.path, status, attempt, durationMs: Date.now() - started };
        if (error !== undefined)
            record.error = error instanceof Error ? error.message : String(error);
        this.onRequest(record);
    }
    async send(req, attempt, renewed = false) {
        const started = Date.now();
        const timeoutMs = req.timeoutMs ?? this.requestTimeoutMs;
        try {
            const { request, payload, credentials } = await this.open(req);
            const res = await new Promise((resolve, reject) => {
                request.setTimeout(timeoutMs, () => request.destroy(new errors_KubeConnectionError(req.method, req.path, 'ETIMEDOUT', `no response within ${timeoutMs} ms`)));
                request.once('error', (error) => reject(connectionError(req, error)));
                request.once('response', (message) => {
                    const chunks = [];
                    message.on('data', (c) => chunks.push(c));
                    message.once('error', (error) => reject(connectionError(req, error)));
                    message.once('end', () => resolve({ message, text: Buffer.concat(chunks).toString('utf8') }));
                    message.once('aborted', () => reject(new errors_KubeConnectionError(req.method, req.path, 'ECONNRESET', 'the response was cut short')));
                });
                request.end(payload);
            });
            const status = res.message.statusCode ?? 0;
            this.record(req, attempt, started, status);
            // A 401 means the server did nothing, so any request may go again once the credentials changed.
            if (status === 401 && !renewed && await this.auth.renew(credentials))
                return await this.send(req, attempt, true);
            if (status >= 400)
                throw apiError(req, status, res.message.headers, res.text);
            const body = (res.text === '' ? undefined : parseJson(res.text));
            return { status, headers: res.message.headers, body };
        }
        catch (error) {
            if (!(error instanceof errors_KubeApiError))
                this.record(req, attempt, started, undefined, error);
            throw error;
        }
    }
    /**
     * Streams a watch: one attempt, each JSON line to `onEvent`, resolving when the server ends the
     * stream (or `signal` aborts). Headers must arrive within the request timeout; once streaming,
     * `idleTimeoutMs` without a byte ends it with ETIMEDOUT, so a silently stalled stream is noticed.
     */
    async stream(req, onEvent) {
        const opened = await this.open(req);
        try {
            await this.streamOn(opened, req, onEvent);
        }
        catch (error) {
            // A 401 comes before any event, so the watch can simply start again with renewed credentials.
            if (!(error instanceof errors_KubeApiError && error.status === 401 && await this.auth.renew(opened.credentials)))
                throw error;
            await this.streamOn(await this.open(req), req, onEvent);
        }
    }
    streamOn({ request, payload }, req, onEvent) {
        const started = Date.now();
        const timeoutMs = req.timeoutMs ?? this.requestTimeoutMs;
        return new Promise((resolve, reject) => {
            let settled = false;
            const done = (error) => {
                if (settled)
                    return;
                settled = true;
                clearTimeout(headerTimer);
                clearTimeout(idleTimer);
                if (error === undefined || req.signal?.aborted === true)
                    resolve();
                else
                    reject(error);
            };
            const headerTimer = setTimeout(() => request.destroy(new errors_KubeConnectionError(req.method, req.path, 'ETIMEDOUT', `no response within ${timeoutMs} ms`)), timeoutMs);
            let idleTimer;
            const touch = () => {
                if (req.idleTimeoutMs === undefined)
                    return;
                clearTimeout(idleTimer);
                idleTimer = setTimeout(() => request.destroy(new errors_KubeConnectionError(req.method, req.path, 'ETIMEDOUT', `watch silent for ${req.idleTimeoutMs} ms`)), req.idleTimeoutMs);
            };
            // One exchange, one record: a watch stopped on purpose after its answer (the usual end of a
            // wait) errors on the request too, and must not be counted a second time.
            let answered = false;
            request.once('error', (error) => {
                if (!answered)
                    this.record(req, 1, started, undefined, error);
                done(connectionError(req, error));
            });
            request.once('response', (message) => {
                clearTimeout(headerTimer);
                answered = true;
                const status = message.statusCode ?? 0;
                this.record(req, 1, started, status);
                if (status !== 200) {
                    const chunks = [];
                    message.on('data', (c) => chunks.push(c));
                    message.once('end', () => done(apiError(req, status, message.headers, Buffer.concat(chunks).toString('utf8'))));
                    message.once('error', (error) => done(connectionError(req, error)));
                    return;
                }
                touch();
                let buffered = '';
                message.setEncoding('utf8');
                message.on('data', (chunk) => {
                    touch();
                    buffered += chunk;
                    let nl;
                    while ((nl = buffered.indexOf('\n')) >= 0) {
                        const line = buffered.slice(0, nl).trim();
                        buffered = buffered.slice(nl + 1);
                        if (line === '')
                            continue;
                        try {
                            onEvent(JSON.parse(line));
                        }
                        catch (error) {
                            request.destroy();
                            done(error);
                            return;
                        }
                    }
                });
                message.once('error', (error) => done(connectionError(req, error)));
                message.once('aborted', () => done(new errors_KubeConnectionError(req.method, req.path, 'ECONNRESET', 'the watch stream was cut short')));
                message.once('end', () => done());
                message.once('close', () => done());
            });
            request.end(payload);
        });
    }
    // ---- objects ----------------------------------------------------------------------------
    resource(apiVersion, kind) {
        return this.discovery.resourceFor(apiVersion, kind);
    }
    /** The namespace an object of `resource` lives in: its own, else the client's default; undefined when cluster-scoped. */
    namespaceFor(resource, namespace) {
        if (!resource.namespaced)
            return undefined;
        return namespace === undefined || namespace === '' ? this.namespace : namespace;
    }
    async pathOf(ref, subresource) {
        const resource = await this.resource(ref.apiVersion, ref.kind);
        return objectPath(resource, ref.name, this.namespaceFor(resource, ref.namespace), subresource);
    }
    /** The collection path of a kind; for a namespaced kind without `namespace`, across all namespaces (as list does). */
    async collectionPathOf(apiVersion, kind, namespace) {
        const resource = await this.resource(apiVersion, kind);
        return resource.namespaced && namespace !== undefined ? collectionPath(resource, namespace) : collectionPath({ ...resource, namespaced: false });
    }
    get(ref, signal) {
        return this.pathOf(ref).then((path) => this.request({ method: 'GET', path, ...(signal === undefined ? {} : { signal }) }));
    }
    /** GET that resolves undefined when the object does not exist. */
    async find(ref, signal) {
        try {
            return await this.get(ref, signal);
        }
        catch (error) {
            if (errors_isNotFound(error))
                return undefined;
            throw error;
        }
    }
    /** Lists objects of a kind, following `continue` tokens; the resourceVersion is the list's snapshot. */
    async list(apiVersion, kind, options = {}) {
        const resource = await this.resource(apiVersion, kind);
        // Without an explicit namespace a namespaced kind is listed across all namespaces, as `kubectl get -A` would.
        const path = resource.namespaced && options.namespace !== undefined ? collectionPath(resource, options.namespace) : collectionPath({ ...resource, namespaced: false });
        const items = [];
        let resourceVersion;
        let token;
        do {
            const page = await this.request({
                method: 'GET',
                path,
                query: { labelSelector: options.labelSelector, fieldSelector: options.fieldSelector, limit: options.limit, continue: token },
                ...(options.signal === undefined ? {} : { signal: options.signal }),
            });
            resourceVersion ??= page.metadata.resourceVersion;
            // Lists leave apiVersion/kind off their items; put them back so items can be re-applied or described.
            for (const item of page.items)
                items.push({ ...item, apiVersion: item.apiVersion ?? apiVersion, kind: item.kind ?? kind });
            token = page.metadata.continue === '' ? undefined : page.metadata.continue;
        } while (token !== undefined);
        return { apiVersion, kind: `${kind}List`, metadata: resourceVersion === undefined ? {} : { resourceVersion }, items };
    }
    /** POST: never retried after a possible delivery (see classifyFailure). */
    async create(object, options = {}) {
        const resource = await this.resource(object.apiVersion, object.kind);
        const path = collectionPath(resource, this.namespaceFor(resource, object.metadata.namespace));
        return this.request({ method: 'POST', path, body: object, query: { fieldManager: this.fieldManager, dryRun: options.dryRun === true ? 'All' : undefined } });
    }
    /** PUT: retried only when the object carries a resourceVersion, so a repeat cannot clobber a newer write. */
    async replace(object, options = {}) {
        const ref = { apiVersion: object.apiVersion, kind: object.kind, name: object.metadata.name };
        if (object.metadata.namespace !== undefined)
            ref.namespace = object.metadata.namespace;
        const path = await this.pathOf(ref, options.subresource);
        return this.request({ method: 'PUT', path, body: object, query: { fieldManager: this.fieldManager, dryRun: options.dryRun === true ? 'All' : undefined } });
    }
    /** JSON merge patch (RFC 7386), e.g. to set a few annotations. */
    async mergePatch(ref, patch, options = {}) {
        const path = await this.pathOf(ref, options.subresource);
        return this.request({
            method: 'PATCH',
            path,
            body: patch,
            contentType: 'application/merge-patch+json',
            query: { fieldManager: this.fieldManager, dryRun: options.dryRun === true ? 'All' : undefined },
        });
    }
    /**
     * Server-side apply (application/apply-patch+yaml) under the client's field manager. `force`
     * takes fields other managers own; without it such conflicts fail with 409. Resource quantities
     * written as numbers are sent as strings (see normaliseQuantities).
     */
    async apply(object, options = {}) {
        const resource = await this.resource(object.apiVersion, object.kind);
        const namespace = this.namespaceFor(resource, object.metadata.namespace);
        const body = normaliseQuantities(object);
        if (namespace === undefined)
            delete body.metadata.namespace;
        else
            body.metadata.namespace = namespace;
        return this.exchange({
            method: 'PATCH',
            path: objectPath(resource, object.metadata.name, namespace),
            body,
            contentType: 'application/apply-patch+yaml',
            query: {
                fieldManager: options.fieldManager ?? this.fieldManager,
                force: options.force === true ? true : undefined,
                dryRun: options.dryRun === true ? 'All' : undefined,
            },
            ...(options.signal === undefined ? {} : { signal: options.signal }),
        });
    }
    /** DELETE; resolves false when the object was already gone. */
    async delete(ref, options = {}) {
        const path = await this.pathOf(ref);
        const body = { apiVersion: 'v1', kind: 'DeleteOptions' };
        if (options.propagationPolicy !== undefined)
            body['propagationPolicy'] = options.propagationPolicy;
        if (options.gracePeriodSeconds !== undefined)
            body['gracePeriodSeconds'] = options.gracePeriodSeconds;
        if (options.preconditions !== undefined)
            body['preconditions'] = options.preconditions;
        try {
            await this.request({ method: 'DELETE', path, body, query: { dryRun: options.dryRun === true ? 'All' : undefined } });
            return true;
        }
        catch (error) {
            if (errors_isNotFound(error))
                return false;
            throw error;
        }
    }
    /** The apiserver's version (gitVersion, minor) from /version. */
    version() {
        return this.request({ method: 'GET', path: '/version' });
    }
}
function parseJson(text) {
    try {
        return JSON.parse(text);
    }
    catch {
        return text;
    }
}
function apiError(req, status, headers, text) {
    const parsed = parseJson(text);
    const statusObject = typeof parsed === 'object' && parsed !== null && parsed.kind === 'Status' ? parsed : undefined;
    const header = parseRetryAfter(headers['retry-after']);
    const fromBody = statusObject?.details?.retryAfterSeconds;
    const retryAfterMs = header ?? (typeof fromBody === 'number' ? fromBody * 1000 : undefined);
    return new errors_KubeApiError({
        method: req.method,
        path: req.path,
        status,
        text,
        ...(statusObject === undefined ? {} : { statusObject }),
        ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
    });
}
function connectionError(req, error) {
    if (error instanceof errors_KubeConnectionError || error instanceof errors_KubeApiError)
        return error;
    const e = error;
    if (e.name === 'AbortError')
        return e;
    // Errors without a code (a bug, a TLS library surprise) are not classed as transient.
    const code = typeof e.code === 'string' ? e.code : 'EUNKNOWN';
    return new errors_KubeConnectionError(req.method, req.path, code, e.message, error);
}

;// CONCATENATED MODULE: ./packages/kube/src/diff.ts


/** Fields the server owns or fills in; a manifest that carries them (say, exported from a cluster) is not asking to change them. */
const SERVER_METADATA = new Set(['uid', 'resourceVersion', 'generation', 'creationTimestamp', 'deletionTimestamp', 'deletionGracePeriodSeconds', 'managedFields', 'selfLink']);
/** Parents under which values are resource quantities, which the apiserver rewrites to canonical form ("0.5" → "500m"). */
const QUANTITY_PARENTS = new Set(['limits', 'requests', 'hard', 'used', 'default', 'defaultRequest', 'max', 'min', 'maxLimitRequestRatio', 'capacity', 'overhead', 'allocatable']);
const QUANTITY_FIELDS = new Set(['sizeLimit', 'storage']);
/** Keys that identify items of the API's associative lists (containers by name, ports by containerPort ...). */
const LIST_KEYS = (/* unused pure expression or super */ null && (['name', 'containerPort', 'mountPath', 'devicePath', 'ip', 'topologyKey', 'type']));
function sameQuantity(a, b) {
    const x = parseQuantity(a);
    const y = parseQuantity(b);
    if (x === undefined || y === undefined)
        return false;
    return x === y || Math.abs(x - y) <= Math.abs(x) * 1e-12;
}
function segment(key) {
    return /^[A-Za-z_][A-Za-z0-9_]*$/.test(key) ? `.${key}` : `[${JSON.stringify(key)}]`;
}
function diff_join(path, key) {
    const s = segment(key);
    return path === '' && s.startsWith('.') ? s.slice(1) : `${path}${s}`;
}
function isEmpty(value) {
    return value === undefined || value === null || (Array.isArray(value) && value.length === 0) || (isRecord(value) && Object.keys(value).length === 0);
}
function deepEqual(a, b) {
    if (a === b)
        return true;
    if (Array.isArray(a) && Array.isArray(b))
        return a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
    if (isRecord(a) && isRecord(b)) {
        const ka = Object.keys(a);
        return ka.length === Object.keys(b).length && ka.every((k) => deepEqual(a[k], b[k]));
    }
    return false;
}
function listKey(items) {
    if (items.length === 0 || !items.every(isRecord))
        return undefined;
    return LIST_KEYS.find((k) => items.every((i) => isRecord(i) && (typeof i[k] === 'string' || typeof i[k] === 'number')));
}
/**
 * Secrets' `stringData` is write-only: the server stores it base64-encoded under `data`, so that
 * is what the live object is compared against.
 */
function normalise(desired) {
    if (desired.kind !== 'Secret' || desired.apiVersion !== 'v1' || !isRecord(desired['stringData']))
        return desired;
    const data = isRecord(desired['data']) ? { ...desired['data'] } : {};
    for (const [k, v] of Object.entries(desired['stringData']))
        data[k] = Buffer.from(String(v), 'utf8').toString('base64');
    const { stringData: _s, ...rest } = desired;
    return { ...rest, data };
}
/**
 * Compares what we apply with what the cluster has, looking only at the fields we set (so
 * defaults and status filled in by the server never count as drift). Associative lists match
 * items by key (containers by name), atomic ones compare whole; quantities compare by value.
 * With the live object's managedFields, fields our manager owns but no longer sets are reported
 * as removals, which is what server-side apply will do with them.
 */
function diff_diffObject(desired, live, options = {}) {
    const want = normalise(desired);
    if (live === undefined)
        return [{ path: '', kind: 'add', after: want }];
    const changes = [];
    for (const [key, value] of Object.entries(want)) {
        if (key === 'status')
            continue;
        if (key === 'metadata' && isRecord(value)) {
            const liveMeta = isRecord(live.metadata) ? live.metadata : {};
            for (const [mk, mv] of Object.entries(value)) {
                if (SERVER_METADATA.has(mk))
                    continue;
                compare(mv, liveMeta[mk], diff_join('metadata', mk), [mk], changes);
            }
            continue;
        }
        compare(value, live[key], diff_join('', key), [key], changes);
    }
    if (options.fieldManager !== undefined)
        changes.push(...removals(want, live, options.fieldManager));
    return changes;
}
function compare(want, have, path, keys, out) {
    if (want === null) {
        // An explicit null asks for the field to be gone.
        if (!isEmpty(have))
            out.push({ path, kind: 'remove', before: have });
        return;
    }
    if (isEmpty(want) && isEmpty(have))
        return;
    if (isEmpty(have) && !isEmpty(want)) {
        out.push({ path, kind: 'add', after: want });
        return;
    }
    if (isRecord(want)) {
        if (!isRecord(have)) {
            out.push({ path, kind: 'change', before: have, after: want });
            return;
        }
        for (const [k, v] of Object.entries(want))
            compare(v, have[k], diff_join(path, k), [...keys, k], out);
        return;
    }
    if (Array.isArray(want)) {
        if (!Array.isArray(have)) {
            out.push({ path, kind: 'change', before: have, after: want });
            return;
        }
        compareList(want, have, path, keys, out);
        return;
    }
    if (want === have)
        return;
    const parent = keys[keys.length - 2];
    const field = keys[keys.length - 1];
    if (((parent !== undefined && QUANTITY_PARENTS.has(parent)) || (field !== undefined && QUANTITY_FIELDS.has(field))) && sameQuantity(want, have))
        return;
    out.push({ path, kind: 'change', before: have, after: want });
}
function compareList(want, have, path, keys, out) {
    // An empty associative list (env: []) asserts no items; items we used to own show up as removals
    // through managedFields, and items other managers own are theirs to keep.
    if (want.length === 0 && listKey(have) !== undefined)
        return;
    const key = listKey(want);
    if (key !== undefined && listKey(have) === key) {
        for (const item of want) {
            const id = item[key];
            const match = have.find((h) => h[key] === id);
            const itemPath = `${path}[${key}=${String(id)}]`;
            if (match === undefined)
                out.push({ path: itemPath, kind: 'add', after: item });
            else
                compare(item, match, itemPath, [...keys, String(id)], out);
        }
        return;
    }
    // Atomic lists (args, rules, tolerations, NetworkPolicy peers) are replaced whole by apply, so
    // their length must match; items still compare as subsets, since the server fills in defaults.
    if (want.length !== have.length) {
        out.push({ path, kind: 'change', before: have, after: want });
        return;
    }
    const sub = [];
    want.forEach((item, i) => compare(item, have[i], `${path}[${i}]`, [...keys, String(i)], sub));
    if (sub.length === 0)
        return;
    // For lists of scalars one line with both lists reads better than one line per index.
    if (want.every((w) => !isRecord(w) && !Array.isArray(w)))
        out.push({ path, kind: 'change', before: have, after: want });
    else
        out.push(...sub);
}
// ---- removals through managedFields (fieldsV1) -------------------------------------------------
function removals(desired, live, manager) {
    const entry = live.metadata.managedFields?.find((m) => m.manager === manager && m.operation === 'Apply' && (m.subresource === undefined || m.subresource === ''));
    if (entry?.fieldsV1 === undefined)
        return [];
    const out = [];
    walkOwned(entry.fieldsV1, desired, live, '', out);
    return out;
}
/**
 * Walks the fields our manager owns (fieldsV1: `f:name` fields, `k:{…}` keyed list items,
 * `v:…` set values, `i:n` indexes) against the desired object; an owned field the desired object
 * no longer has, and that the live object still has, will be removed by the next apply.
 */
function walkOwned(owned, want, have, path, out) {
    for (const [token, children] of Object.entries(owned)) {
        if (token === '.')
            continue;
        const kids = isRecord(children) ? children : {};
        if (token.startsWith('f:')) {
            const name = token.slice(2);
            if (path === 'metadata' && SERVER_METADATA.has(name))
                continue;
            const w = isRecord(want) ? want[name] : undefined;
            const h = isRecord(have) ? have[name] : undefined;
            const p = diff_join(path, name);
            if (w === undefined) {
                if (h !== undefined)
                    out.push({ path: p, kind: 'remove', before: h });
            }
            else if (Object.keys(kids).length > 0) {
                walkOwned(kids, w, h, p, out);
            }
        }
        else if (token.startsWith('k:')) {
            let keyFields;
            try {
                keyFields = JSON.parse(token.slice(2));
            }
            catch {
                continue;
            }
            const matches = (item) => isRecord(item) && Object.entries(keyFields).every(([k, v]) => item[k] === undefined ? k === 'protocol' && v === 'TCP' : item[k] === v);
            const w = Array.isArray(want) ? want.find(matches) : undefined;
            const h = Array.isArray(have) ? have.find(matches) : undefined;
            const p = `${path}[${Object.entries(keyFields).map(([k, v]) => `${k}=${String(v)}`).join(',')}]`;
            if (w === undefined) {
                if (h !== undefined)
                    out.push({ path: p, kind: 'remove', before: h });
            }
            else {
                walkOwned(kids, w, h, p, out);
            }
        }
        else if (token.startsWith('v:')) {
            let value;
            try {
                value = JSON.parse(token.slice(2));
            }
            catch {
                continue;
            }
            const inWant = Array.isArray(want) && want.some((x) => deepEqual(x, value));
            const inHave = Array.isArray(have) && have.some((x) => deepEqual(x, value));
            if (!inWant && inHave)
                out.push({ path: `${path}[${JSON.stringify(value)}]`, kind: 'remove', before: value });
        }
        else if (token.startsWith('i:')) {
            const i = Number(token.slice(2));
            const w = Array.isArray(want) ? want[i] : undefined;
            const h = Array.isArray(have) ? have[i] : undefined;
            if (w === undefined && h !== undefined)
                out.push({ path: `${path}[${i}]`, kind: 'remove', before: h });
            else if (w !== undefined)
                walkOwned(kids, w, h, `${path}[${i}]`, out);
        }
    }
}
function show(value, max) {
    const text = JSON.stringify(value) ?? String(value);
    return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
/** One line per change: `~ spec.replicas: 2 → 3`, `+ metadata.labels.tier: "gold"`, `- spec.paused (was true)`. */
function diff_formatChange(change, options = {}) {
    const max = options.maxValueLength ?? 120;
    const hidden = options.redact?.(change.path) === true;
    const value = (v) => (hidden ? '(sensitive)' : show(v, max));
    const path = change.path === '' ? '(object)' : change.path;
    switch (change.kind) {
        case 'add':
            return `+ ${path}: ${value(change.after)}`;
        case 'remove':
            return `- ${path} (was ${value(change.before)})`;
        case 'change':
            return `~ ${path}: ${value(change.before)} → ${value(change.after)}`;
    }
}
/** Secret payloads never reach a log or summary. */
function diff_secretRedactor(object) {
    if (object.kind !== 'Secret' || object.apiVersion !== 'v1')
        return () => false;
    return (path) => path === '' || /^(data|stringData)\b/.test(path);
}

;// CONCATENATED MODULE: ./packages/kube/src/apply.ts






function split(input) {
    return 'source' in input && 'object' in input && typeof input.object === 'object'
        ? { object: input.object, source: input.source }
        : { object: input, source: undefined };
}
/**
 * Helm's install order: what others depend on goes first (namespaces, CRDs, quota and limits
 * before any pod, RBAC before workloads), kinds it does not know go last.
 */
const KIND_ORDER = (/* unused pure expression or super */ null && ([
    'Namespace', 'NetworkPolicy', 'ResourceQuota', 'LimitRange', 'PodSecurityPolicy', 'PodDisruptionBudget', 'ServiceAccount',
    'Secret', 'ConfigMap', 'StorageClass', 'PersistentVolume', 'PersistentVolumeClaim', 'CustomResourceDefinition',
    'ClusterRole', 'ClusterRoleBinding', 'Role', 'RoleBinding', 'Service', 'DaemonSet', 'Pod', 'ReplicationController',
    'ReplicaSet', 'Deployment', 'HorizontalPodAutoscaler', 'StatefulSet', 'Job', 'CronJob', 'IngressClass', 'Ingress',
    'APIService',
]));
function applyOrder(kind) {
    const i = KIND_ORDER.indexOf(kind);
    return i < 0 ? KIND_ORDER.length : i;
}
/** Groups objects into phases by kind rank, keeping the given order inside each phase. */
function phases(items) {
    const byRank = new Map();
    for (const item of items) {
        const rank = applyOrder(item.object.kind);
        byRank.set(rank, [...(byRank.get(rank) ?? []), item]);
    }
    return [...byRank.entries()].sort(([a], [b]) => a - b).map(([, group]) => group);
}
function refWithNamespace(client, object, namespaced) {
    const ref = { apiVersion: object.apiVersion, kind: object.kind, name: object.metadata.name };
    if (namespaced)
        ref.namespace = object.metadata.namespace ?? client.namespace;
    return ref;
}
/**
 * Compares each object with the cluster (one GET each) and says what applying would do.
 * Read-only: a plan of an unchanged set sends no writes at all.
 */
async function planObjects(client, inputs, options = {}) {
    const limit = pLimit(options.concurrency ?? 8);
    const fieldManager = options.fieldManager ?? client.fieldManager;
    return Promise.all(inputs.map((input) => limit(async () => {
        const { object, source } = split(input);
        const resource = await withSource(source, () => client.resource(object.apiVersion, object.kind));
        const ref = refWithNamespace(client, object, resource.namespaced);
        const desired = { ...object, metadata: { ...object.metadata, ...(ref.namespace === undefined ? {} : { namespace: ref.namespace }) } };
        if (!resource.namespaced)
            delete desired.metadata.namespace;
        const live = await client.find(ref, options.signal);
        const changes = diffObject(desired, live, { fieldManager });
        const action = live === undefined ? 'create' : changes.length === 0 ? 'unchanged' : 'change';
        return { ref, action, changes, desired, live, source };
    })));
}
/** A readable plan: one line per object, one indented line per changed field; Secret values are never shown. */
function formatPlan(entries, options = {}) {
    const lines = [];
    const max = options.maxChangesPerObject ?? 50;
    for (const entry of entries) {
        const name = describeRef(entry.ref);
        if (entry.action === 'unchanged') {
            if (options.showUnchanged === true)
                lines.push(`= ${name} (unchanged)`);
            continue;
        }
        if (entry.action === 'create') {
            lines.push(`+ ${name} (create)`);
            continue;
        }
        lines.push(`~ ${name} (${entry.changes.length} field${entry.changes.length === 1 ? '' : 's'})`);
        const redact = secretRedactor(entry.desired);
        for (const change of entry.changes.slice(0, max))
            lines.push(`    ${formatChange(change, { redact })}`);
        if (entry.changes.length > max)
            lines.push(`    … and ${entry.changes.length - max} more`);
    }
    const count = (a) => entries.filter((e) => e.action === a).length;
    lines.push(`${count('create')} to create, ${count('change')} to change, ${count('unchanged')} unchanged`);
    return lines.join('\n');
}
/** Some objects were rejected. `applied` lists what went through before the run stopped, so a report can say so. */
class ApplyError extends src/* ConfigurationError */.j1 {
    applied;
    failures;
    constructor(applied, failures) {
        const first = failures[0];
        const lines = failures.slice(0, 10).map((f) => `  ${types_describeRef(f.ref)}${f.source === undefined ? '' : ` (${manifests_describeSource(f.source)})`}: ${f.error.message}`);
        super(`${failures.length} object${failures.length === 1 ? '' : 's'} could not be applied (${applied.length} applied before stopping):\n${lines.join('\n')}${failures.length > 10 ? `\n  … and ${failures.length - 10} more` : ''}`, first?.source === undefined ? {} : { file: first.source.file, ...(first.source.line === undefined ? {} : { line: first.source.line }) });
        this.applied = applied;
        this.failures = failures;
    }
}
async function withSource(source, fn) {
    try {
        return await fn();
    }
    catch (error) {
        if (source !== undefined && error instanceof ConfigurationError && error.file === undefined) {
            throw new ConfigurationError(`${describeSource(source)}: ${error.message}`, { file: source.file, ...(source.line === undefined ? {} : { line: source.line }), cause: error });
        }
        throw error;
    }
}
/**
 * Server-side apply of a set of objects, in dependency order (namespaces and CRDs first), phases
 * in sequence and objects within a phase concurrently. Stops after the first phase with a failure
 * and throws ApplyError listing what was applied and what failed.
 */
async function applyObjects(client, inputs, options = {}) {
    const dryRun = options.dryRun === true;
    const items = inputs.map(split);
    const planned = new Map();
    if (options.skipUnchanged === true) {
        const entries = await planObjects(client, inputs, {
            ...(options.concurrency === undefined ? {} : { concurrency: options.concurrency }),
            ...(options.fieldManager === undefined ? {} : { fieldManager: options.fieldManager }),
            ...(options.signal === undefined ? {} : { signal: options.signal }),
        });
        items.forEach((item, i) => {
            const entry = entries[i];
            if (entry !== undefined)
                planned.set(item.object, entry);
        });
    }
    const limit = pLimit(options.concurrency ?? 8);
    const results = [];
    // Namespaces that exist only in this dry run: objects inside them cannot be dry-run on the server.
    const pendingNamespaces = new Set();
    for (const phase of phases(items)) {
        const failures = [];
        const outcomes = await Promise.all(phase.map(({ object, source }) => limit(async () => {
            const plan = planned.get(object);
            let ref = plan?.ref;
            try {
                const resource = await withSource(source, () => client.resource(object.apiVersion, object.kind));
                ref ??= refWithNamespace(client, object, resource.namespaced);
                if (plan?.action === 'unchanged' && plan.live !== undefined) {
                    return { ref, action: 'unchanged', dryRun, object: plan.live, changes: [], source, serverValidated: true };
                }
                if (dryRun && ref.namespace !== undefined && pendingNamespaces.has(ref.namespace)) {
                    return { ref, action: 'created', dryRun, object, changes: plan?.changes, source, serverValidated: false };
                }
                const res = await client.apply(object, {
                    dryRun,
                    ...(options.force === undefined ? {} : { force: options.force }),
                    ...(options.fieldManager === undefined ? {} : { fieldManager: options.fieldManager }),
                    ...(options.signal === undefined ? {} : { signal: options.signal }),
                });
                let action = res.status === 201 ? 'created' : 'configured';
                if (action === 'configured' && plan?.live?.metadata.resourceVersion !== undefined && plan.live.metadata.resourceVersion === res.body.metadata.resourceVersion)
                    action = 'unchanged';
                if (dryRun && action === 'created' && object.kind === 'Namespace' && object.apiVersion === 'v1')
                    pendingNamespaces.add(object.metadata.name);
                options.logger?.debug(`${dryRun ? '(dry run) ' : ''}${action} ${describeRef(ref)}`);
                return { ref, action, dryRun, object: res.body, changes: plan?.changes, source, serverValidated: true };
            }
            catch (error) {
                if (dryRun && ref?.namespace !== undefined && pendingNamespaces.has(ref.namespace) && isNotFound(error)) {
                    return { ref, action: 'created', dryRun, object, changes: plan?.changes, source, serverValidated: false };
                }
                const failed = ref ?? { apiVersion: object.apiVersion, kind: object.kind, name: object.metadata.name };
                failures.push({ ref: failed, source, error: error instanceof Error ? error : new Error(String(error)) });
                return undefined;
            }
        })));
        for (const outcome of outcomes)
            if (outcome !== undefined)
                results.push(outcome);
        if (failures.length > 0)
            throw new ApplyError(results, failures);
    }
    return results;
}

;// CONCATENATED MODULE: ./packages/kube/src/watch.ts



/** The overall deadline passed before the condition held. */
class watch_WaitTimeoutError extends Error {
    name = 'WaitTimeoutError';
    timeoutMs;
    constructor(what, timeoutMs) {
        super(`${what}: not done within ${Math.round(timeoutMs / 1000)} s`);
        this.timeoutMs = timeoutMs;
    }
}
const keyOf = (o) => `${o.metadata.namespace ?? ''}/${o.metadata.name}`;
/**
 * Keeps an up-to-date view of the objects matching `target` by list-then-watch, and resolves with
 * the first non-undefined value `check` returns (check may also throw to fail the wait). A watch
 * that ends is resumed from the last resourceVersion; a 410 Gone (the resourceVersion is too old)
 * or a transport error leads to a fresh list, so no change between the two is missed.
 */
async function watch_watchUntil(client, target, check, options = {}) {
    const what = options.description ?? `watch of ${target.kind}`;
    const outer = new AbortController();
    const timer = options.timeoutMs === undefined ? undefined : setTimeout(() => outer.abort(new watch_WaitTimeoutError(what, options.timeoutMs ?? 0)), options.timeoutMs);
    const onAbort = () => outer.abort(options.signal?.reason);
    options.signal?.addEventListener('abort', onAbort, { once: true });
    if (options.signal?.aborted === true)
        onAbort();
    try {
        return await run(client, target, check, options, outer.signal);
    }
    finally {
        clearTimeout(timer);
        options.signal?.removeEventListener('abort', onAbort);
    }
}
async function run(client, target, check, options, signal) {
    const path = await client.collectionPathOf(target.apiVersion, target.kind, target.namespace);
    const selectors = { labelSelector: target.labelSelector, fieldSelector: target.fieldSelector };
    const cache = new Map();
    let resourceVersion;
    let seed = options.initial;
    let failures = 0;
    const policy = client.retryPolicy;
    const aborted = () => {
        throw signal.reason instanceof Error ? signal.reason : new Error(String(signal.reason));
    };
    const relist = (reason) => {
        options.logger?.debug(`${options.description ?? target.kind}: relisting (${reason})`);
        options.onRelist?.(reason);
        resourceVersion = undefined;
    };
    for (;;) {
        if (signal.aborted)
            aborted();
        try {
            if (resourceVersion === undefined) {
                cache.clear();
                if (seed !== undefined) {
                    // Only the first time: any later relist (410, errors) asks the server.
                    for (const item of seed.items)
                        cache.set(keyOf(item), item);
                    resourceVersion = seed.resourceVersion;
                    seed = undefined;
                }
                else {
                    const scope = target.namespace === undefined ? {} : { namespace: target.namespace };
                    const list = await client.list(target.apiVersion, target.kind, { ...scope, ...dropUndefined(selectors), signal });
                    for (const item of list.items)
                        cache.set(keyOf(item), item);
                    resourceVersion = list.metadata.resourceVersion;
                }
                let result;
                try {
                    result = await check(cache, { type: 'SYNC' });
                }
                catch (error) {
                    throw new CheckFailure(error);
                }
                if (result !== undefined)
                    return result;
            }
            const stream = new AbortController();
            const stopStream = () => stream.abort(signal.reason);
            signal.addEventListener('abort', stopStream, { once: true });
            let expired;
            let found;
            let failure;
            let chain = Promise.resolve();
            let events = 0;
            const started = Date.now();
            const handle = async (raw) => {
                events += 1;
                if (found !== undefined || failure !== undefined || expired !== undefined)
                    return;
                if (!isRecord(raw))
                    return;
                const type = raw['type'];
                const object = raw['object'];
                if (type === 'ERROR') {
                    expired = object;
                    stream.abort();
                    return;
                }
                const rv = isRecord(object) && isRecord(object['metadata']) ? object['metadata']['resourceVersion'] : undefined;
                if (typeof rv === 'string')
                    resourceVersion = rv;
                if (type === 'BOOKMARK' || !isRecord(object))
                    return;
                if (type === 'DELETED')
                    cache.delete(keyOf(object));
                else
                    cache.set(keyOf(object), object);
                try {
                    const result = await check(cache, { type: type, object });
                    if (result !== undefined) {
                        found = { value: result };
                        stream.abort();
                    }
                }
                catch (error) {
                    failure = error;
                    stream.abort();
                }
            };
            const watchSeconds = options.watchSeconds ?? 300;
            try {
                await client.stream({
                    method: 'GET',
                    path,
                    query: { ...selectors, watch: true, resourceVersion, allowWatchBookmarks: true, timeoutSeconds: watchSeconds },
                    signal: stream.signal,
                    // The server ends the watch after timeoutSeconds; silence well beyond that means a dead stream.
                    idleTimeoutMs: (watchSeconds + 30) * 1000,
                }, (event) => {
                    chain = chain.then(() => handle(event));
                });
            }
            finally {
                signal.removeEventListener('abort', stopStream);
                await chain;
            }
            if (failure !== undefined)
                throw new CheckFailure(failure);
            if (found !== undefined)
                return found.value;
            if (signal.aborted)
                aborted();
            const status = expired;
            if (status === undefined && events === 0 && Date.now() - started < 1000) {
                // A watch that ends at once with nothing in it, again and again, would spin; back off as for an error.
                failures += 1;
                await policy.sleep(Math.min(policy.maxTimeoutMs, policy.minTimeoutMs * policy.factor ** (failures - 1)), signal).catch(() => undefined);
                continue;
            }
            failures = 0;
            if (status !== undefined) {
                // 410 Expired/Gone: our resourceVersion was compacted away. Anything else in an ERROR event: start over too.
                relist(status.code === 410 ? '410 Gone: resourceVersion too old' : `watch error ${String(status.code ?? '')} ${status.reason ?? ''}`.trim());
            }
            // A cleanly ended watch (server timeout, or a proxy closing it) resumes from the last resourceVersion.
        }
        catch (error) {
            if (error instanceof CheckFailure)
                throw error.cause;
            if (signal.aborted)
                aborted();
            if (error instanceof KubeApiError && error.status === 410) {
                relist('410 Gone on watch request');
                continue;
            }
            if (!classifyFailure(error, true).retryable || failures >= policy.retries)
                throw error;
            failures += 1;
            const delay = Math.min(policy.maxTimeoutMs, policy.minTimeoutMs * policy.factor ** (failures - 1));
            relist(`${error instanceof Error ? error.message : String(error)}; retrying in ${delay} ms`);
            await policy.sleep(delay, signal).catch(() => undefined);
        }
    }
}
class CheckFailure extends Error {
    constructor(cause) {
        super('check failed', { cause });
    }
}
function dropUndefined(o) {
    const out = {};
    if (o.labelSelector !== undefined)
        out.labelSelector = o.labelSelector;
    if (o.fieldSelector !== undefined)
        out.fieldSelector = o.fieldSelector;
    return out;
}

;// CONCATENATED MODULE: ./packages/kube/src/rollout.ts

// ---- pure logic ------------------------------------------------------------------------------------
/** Renders a label selector as the `labelSelector` query parameter. */
function selectorToString(selector) {
    const parts = [];
    for (const [k, v] of Object.entries(selector?.matchLabels ?? {}))
        parts.push(`${k}=${v}`);
    for (const e of selector?.matchExpressions ?? []) {
        const values = (e.values ?? []).join(',');
        if (e.operator === 'In')
            parts.push(`${e.key} in (${values})`);
        else if (e.operator === 'NotIn')
            parts.push(`${e.key} notin (${values})`);
        else if (e.operator === 'Exists')
            parts.push(e.key);
        else
            parts.push(`!${e.key}`);
    }
    return parts.join(',');
}
/** kubectl rollout status's rules for a Deployment, over its status as the controller reports it. */
function deploymentRolloutStatus(d) {
    const name = d.metadata.name;
    const generation = d.metadata.generation ?? 0;
    const status = d.status ?? {};
    if ((status.observedGeneration ?? 0) < generation)
        return { done: false, message: `Waiting for deployment "${name}" spec update to be observed...` };
    const progressing = status.conditions?.find((c) => c.type === 'Progressing');
    if (progressing?.reason === 'ProgressDeadlineExceeded') {
        return { done: false, failed: 'ProgressDeadlineExceeded', message: `deployment "${name}" exceeded its progress deadline${progressing.message === undefined ? '' : `: ${progressing.message}`}` };
    }
    const desired = d.spec?.replicas ?? 1;
    const updated = status.updatedReplicas ?? 0;
    const replicas = status.replicas ?? 0;
    const available = status.availableReplicas ?? 0;
    if (updated < desired)
        return { done: false, message: `Waiting for deployment "${name}" rollout to finish: ${updated} out of ${desired} new replicas have been updated...` };
    if (replicas > updated)
        return { done: false, message: `Waiting for deployment "${name}" rollout to finish: ${replicas - updated} old replicas are pending termination...` };
    if (available < updated)
        return { done: false, message: `Waiting for deployment "${name}" rollout to finish: ${available} of ${updated} updated replicas are available...` };
    return { done: true, message: `deployment "${name}" successfully rolled out` };
}
/** Waiting reasons after which a container will not start without a change to the manifest or the cluster. */
const FATAL_WAITING_REASONS = new Set([
    'CrashLoopBackOff', 'ImagePullBackOff', 'InvalidImageName', 'ErrImageNeverPull', 'CreateContainerConfigError', 'CreateContainerError', 'RunContainerError',
]);
/**
 * What keeps a pod from being ready: waiting reasons, crash restarts (with the last exit), a
 * container that runs but fails its readiness probe, or a pod that cannot be scheduled.
 */
function diagnosePod(pod, options = {}) {
    const name = pod.metadata.name;
    const problems = [];
    const maxRestarts = options.maxRestarts ?? 3;
    const statuses = [...(pod.status?.initContainerStatuses ?? []), ...(pod.status?.containerStatuses ?? [])];
    for (const s of statuses) {
        const waiting = s.state?.waiting;
        const last = s.lastState?.terminated;
        const lastExit = last === undefined ? '' : ` (last exit ${String(last.exitCode ?? '?')}${last.reason === undefined ? '' : ` ${last.reason}`})`;
        if (waiting?.reason !== undefined && waiting.reason !== 'ContainerCreating' && waiting.reason !== 'PodInitializing') {
            problems.push({
                pod: name,
                container: s.name,
                reason: waiting.reason,
                message: `${waiting.message ?? ''}${waiting.reason === 'CrashLoopBackOff' ? lastExit : ''}`.trim() || undefined,
                restarts: s.restartCount,
                fatal: FATAL_WAITING_REASONS.has(waiting.reason) || (waiting.reason === 'ErrImagePull' && s.restartCount > 0),
            });
            continue;
        }
        if (s.restartCount >= maxRestarts) {
            problems.push({ pod: name, container: s.name, reason: 'Restarting', message: `restarted ${s.restartCount} times${lastExit}`, restarts: s.restartCount, fatal: true });
            continue;
        }
        if (s.state?.running !== undefined && !s.ready && (pod.status?.containerStatuses ?? []).includes(s)) {
            problems.push({ pod: name, container: s.name, reason: 'NotReady', message: 'running but not ready (readiness probe not passing yet)', restarts: s.restartCount, fatal: false });
        }
    }
    const scheduled = pod.status?.conditions?.find((c) => c.type === 'PodScheduled');
    if (scheduled?.status === 'False') {
        problems.push({ pod: name, container: undefined, reason: scheduled.reason ?? 'Unschedulable', message: scheduled.message, restarts: 0, fatal: false });
    }
    if (pod.status?.phase === 'Failed') {
        problems.push({ pod: name, container: undefined, reason: pod.status.reason ?? 'Failed', message: pod.status.message, restarts: 0, fatal: true });
    }
    return problems;
}
function eventTime(e) {
    return e.series?.lastObservedTime ?? e.lastTimestamp ?? e.eventTime ?? e.firstTimestamp ?? e.metadata.creationTimestamp ?? undefined;
}
/** Most recent first, at most `limit`. */
function summariseEvents(events, limit = 10) {
    return [...events]
        .sort((a, b) => (eventTime(b) ?? '').localeCompare(eventTime(a) ?? ''))
        .slice(0, limit)
        .map((e) => ({
        object: `${e.involvedObject?.kind ?? '?'}/${e.involvedObject?.name ?? '?'}`,
        type: e.type ?? 'Normal',
        reason: e.reason ?? '',
        message: (e.message ?? '').trim(),
        count: e.series?.count ?? e.count ?? 1,
        lastSeen: eventTime(e),
    }));
}
class RolloutError extends Error {
    name = 'RolloutError';
    reason;
    problems;
    events;
    status;
    constructor(reason, summary, problems, events, status) {
        const lines = [summary];
        for (const p of problems.slice(0, 10)) {
            lines.push(`  pod ${p.pod}${p.container === undefined ? '' : ` container ${p.container}`}: ${p.reason}${p.message === undefined ? '' : ` (${p.message})`}${p.restarts > 0 ? `, ${p.restarts} restarts` : ''}`);
        }
        if (events.length > 0) {
            lines.push('  recent events:');
            for (const e of events)
                lines.push(`    ${e.lastSeen ?? ''} ${e.type} ${e.object} ${e.reason}: ${e.message}${e.count > 1 ? ` (x${e.count})` : ''}`.replace(/^ {4} /, '    '));
        }
        super(lines.join('\n'));
        this.reason = reason;
        this.problems = problems;
        this.events = events;
        this.status = status;
    }
}
/** The pod-template-hash of the Deployment's current ReplicaSet, which marks its new pods. */
async function newPodHash(client, d, signal) {
    const revision = d.metadata.annotations?.['deployment.kubernetes.io/revision'];
    if (revision === undefined)
        return undefined;
    const sets = await client.list('apps/v1', 'ReplicaSet', { namespace: d.metadata.namespace ?? '', labelSelector: selectorToString(d.spec?.selector), signal });
    const current = sets.items.find((rs) => rs.metadata.annotations?.['deployment.kubernetes.io/revision'] === revision &&
        (rs.metadata.ownerReferences ?? []).some((o) => o.uid === d.metadata.uid));
    return current?.metadata.labels?.['pod-template-hash'];
}
async function eventsFor(client, namespace, names, limit, signal) {
    const all = [];
    for (const name of names) {
        try {
            const list = await client.list('v1', 'Event', { namespace, fieldSelector: `involvedObject.name=${name}`, ...(signal === undefined ? {} : { signal }) });
            all.push(...list.items);
        }
        catch {
            // Events are best effort: a diagnosis without them is still a diagnosis.
        }
    }
    return summariseEvents(all, limit);
}
/**
 * Waits, by watch, until a Deployment has rolled out: the controller has observed the latest
 * spec and every desired replica is updated and available. Fails with a RolloutError carrying pod
 * reasons and recent events when the progress deadline is exceeded, a new pod cannot start
 * (failFast), or the overall timeout passes. Watches resume across 410 Gone with a relist.
 */
async function waitForRollout(client, target, options) {
    const started = Date.now();
    const known = options.initial;
    const fromWrite = known !== undefined && known.metadata.name === target.name && (known.metadata.namespace ?? target.namespace) === target.namespace && (known.metadata.resourceVersion ?? '') !== ''
        ? known
        : undefined;
    const initial = fromWrite ?? await client.find({ apiVersion: 'apps/v1', kind: 'Deployment', namespace: target.namespace, name: target.name }, options.signal);
    if (initial === undefined)
        throw new RolloutError('NotFound', `Deployment ${target.namespace}/${target.name} does not exist`, [], [], undefined);
    const stop = new AbortController();
    const onAbort = () => stop.abort(options.signal?.reason);
    options.signal?.addEventListener('abort', onAbort, { once: true });
    const eventLimit = options.eventLimit ?? 10;
    const description = `Deployment ${target.namespace}/${target.name} rollout`;
    let relists = 0;
    let latest = initial;
    let lastMessage = '';
    let hash;
    const podHash = async (d) => {
        const revision = d.metadata.annotations?.['deployment.kubernetes.io/revision'] ?? '';
        if (hash?.revision !== revision || hash.value === undefined)
            hash = { revision, value: await newPodHash(client, d, stop.signal) };
        return hash.value;
    };
    const newPods = async (d) => {
        const h = await podHash(d);
        const pods = await client.list('v1', 'Pod', { namespace: target.namespace, labelSelector: selectorToString(d.spec?.selector), signal: stop.signal });
        return pods.items.filter((p) => h === undefined || p.metadata.labels?.['pod-template-hash'] === h);
    };
    const diagnose = async (reason, summary, status, known) => {
        const d = latest;
        let problems = known ?? [];
        if (known === undefined && d !== undefined) {
            try {
                problems = (await newPods(d)).flatMap((p) => diagnosePod(p, { maxRestarts: options.maxRestarts ?? 3 }));
            }
            catch {
                problems = [];
            }
        }
        const podNames = [...new Set(problems.map((p) => p.pod))].slice(0, 5);
        const owners = [target.name];
        if (d !== undefined && hash?.value !== undefined)
            owners.push(`${target.name}-${hash.value}`);
        const events = await eventsFor(client, target.namespace, [...podNames, ...owners], eventLimit);
        return new RolloutError(reason, summary, problems, events, status);
    };
    const deploymentWatch = watchUntil(client, {
        apiVersion: 'apps/v1', kind: 'Deployment', namespace: target.namespace, fieldSelector: `metadata.name=${target.name}`,
    }, async (objects) => {
        const d = objects.get(`${target.namespace}/${target.name}`);
        if (d === undefined)
            throw await diagnose('NotFound', `Deployment ${target.namespace}/${target.name} does not exist`, undefined, []);
        latest = d;
        const status = deploymentRolloutStatus(d);
        if (status.message !== lastMessage) {
            lastMessage = status.message;
            options.logger?.info(status.message);
            options.onProgress?.(status.message);
        }
        if (status.failed !== undefined)
            throw await diagnose('ProgressDeadlineExceeded', `Deployment ${target.namespace}/${target.name} failed: ${status.message}`, status);
        return status.done ? { deployment: d, message: status.message, durationMs: Date.now() - started, relists } : undefined;
    }, {
        timeoutMs: options.timeoutMs,
        signal: stop.signal,
        description,
        ...(fromWrite === undefined ? {} : { initial: { items: [{ ...fromWrite, metadata: { ...fromWrite.metadata, namespace: target.namespace } }], resourceVersion: fromWrite.metadata.resourceVersion ?? '' } }),
        onRelist: () => {
            relists += 1;
        },
        ...(options.logger === undefined ? {} : { logger: options.logger }),
    });
    // Pods are watched alongside, so a new pod that cannot start fails the wait at once instead of at the deadline.
    // A Deployment's selector is immutable, so one pod watch serves the whole wait.
    const podWatch = options.failFast === false ? new Promise(() => undefined) : watchUntil(client, {
        apiVersion: 'v1', kind: 'Pod', namespace: target.namespace, labelSelector: selectorToString(initial.spec?.selector),
    }, async (objects) => {
        const fatal = [];
        for (const pod of objects.values()) {
            const problems = diagnosePod(pod, { maxRestarts: options.maxRestarts ?? 3 });
            if (!problems.some((p) => p.fatal))
                continue;
            const h = await podHash(latest ?? initial);
            if (h !== undefined && pod.metadata.labels?.['pod-template-hash'] !== h)
                continue;
            fatal.push(...problems);
        }
        if (fatal.length === 0)
            return undefined;
        throw await diagnose('PodFailure', `Deployment ${target.namespace}/${target.name} cannot become available: new pods are failing`, latest === undefined ? undefined : deploymentRolloutStatus(latest), fatal);
    }, { signal: stop.signal, description: `pods of ${description}`, ...(options.logger === undefined ? {} : { logger: options.logger }) });
    podWatch.catch(() => undefined);
    try {
        return await Promise.race([deploymentWatch, podWatch]);
    }
    catch (error) {
        if (error instanceof WaitTimeoutError) {
            throw await diagnose('Timeout', `Deployment ${target.namespace}/${target.name} did not finish rolling out within ${Math.round(options.timeoutMs / 1000)} s: ${lastMessage || 'no status yet'}`, latest === undefined ? undefined : deploymentRolloutStatus(latest));
        }
        throw error;
    }
    finally {
        stop.abort(new Error('rollout wait finished'));
        options.signal?.removeEventListener('abort', onAbort);
        deploymentWatch.catch(() => undefined);
    }
}

;// CONCATENATED MODULE: ./packages/kube/src/endpoints.ts

function info(address, ref) {
    const out = { address };
    if (ref?.kind === 'Pod' && ref.name !== undefined)
        out.pod = ref.name;
    if (ref?.uid !== undefined)
        out.uid = ref.uid;
    return out;
}
/**
 * Ready and not-ready endpoints across a Service's EndpointSlices. One pod appears once even when
 * it is in several slices (dual-stack, or a slice being replaced). A nil `ready` counts as ready,
 * as the API says consumers should read an unknown state; terminating endpoints are never ready.
 */
function endpointsFromSlices(slices, source = 'discovery.k8s.io/v1') {
    const ready = new Map();
    const notReady = new Map();
    for (const slice of slices) {
        for (const e of slice.endpoints ?? []) {
            const address = e.addresses?.[0];
            if (address === undefined)
                continue;
            const key = e.targetRef?.uid ?? address;
            const ok = e.conditions?.ready !== false && e.conditions?.terminating !== true;
            if (ok) {
                ready.set(key, info(address, e.targetRef));
                notReady.delete(key);
            }
            else if (!ready.has(key)) {
                notReady.set(key, info(address, e.targetRef));
            }
        }
    }
    return { source, ready: [...ready.values()], notReady: [...notReady.values()] };
}
function endpointsFromEndpoints(endpoints) {
    const ready = new Map();
    const notReady = new Map();
    for (const subset of endpoints?.subsets ?? []) {
        for (const a of subset.addresses ?? [])
            ready.set(a.targetRef?.uid ?? a.ip, info(a.ip, a.targetRef));
        for (const a of subset.notReadyAddresses ?? [])
            notReady.set(a.targetRef?.uid ?? a.ip, info(a.ip, a.targetRef));
    }
    return { source: 'v1/Endpoints', ready: [...ready.values()], notReady: [...notReady.values()] };
}
async function chooseSource(client, preferred) {
    if (preferred !== undefined && preferred !== 'auto')
        return preferred;
    const served = await client.discovery.firstServed(['discovery.k8s.io/v1', 'discovery.k8s.io/v1beta1']);
    return served ?? 'v1/Endpoints';
}
/** The Service's endpoints right now (one list). */
async function serviceEndpoints(client, target, options = {}) {
    const source = await chooseSource(client, options.source);
    if (source === 'v1/Endpoints') {
        const ep = await client.find({ apiVersion: 'v1', kind: 'Endpoints', namespace: target.namespace, name: target.service }, options.signal);
        return endpointsFromEndpoints(ep);
    }
    const slices = await client.list(source, 'EndpointSlice', {
        namespace: target.namespace,
        labelSelector: `kubernetes.io/service-name=${target.service}`,
        ...(options.signal === undefined ? {} : { signal: options.signal }),
    });
    return endpointsFromSlices(slices.items, source);
}
/**
 * Waits, by watch, until the Service has at least `minReady` ready endpoints: the point at which
 * traffic sent to it reaches ready pods only. This is what a switch should wait for, never a sleep.
 */
async function waitForServiceEndpoints(client, target, options) {
    const source = await chooseSource(client, options.source);
    const wanted = options.pods === undefined ? undefined : new Set(options.pods);
    const count = (e) => (wanted === undefined ? e.ready : e.ready.filter((r) => r.pod !== undefined && wanted.has(r.pod))).length;
    const done = (e) => count(e) >= options.minReady && (options.only !== true || count(e) === e.ready.length);
    let last = -1;
    const progress = (e) => {
        const n = count(e);
        if (n === last)
            return;
        last = n;
        options.logger?.info(`Service ${target.namespace}/${target.service}: ${n} of ${options.minReady} endpoints ready (${e.source})`);
        options.onProgress?.(e);
    };
    const common = {
        timeoutMs: options.timeoutMs,
        description: `Service ${target.namespace}/${target.service} endpoints`,
        ...(options.signal === undefined ? {} : { signal: options.signal }),
        ...(options.logger === undefined ? {} : { logger: options.logger }),
    };
    if (source === 'v1/Endpoints') {
        return watchUntil(client, { apiVersion: 'v1', kind: 'Endpoints', namespace: target.namespace, fieldSelector: `metadata.name=${target.service}` }, (objects) => {
            const e = endpointsFromEndpoints(objects.get(`${target.namespace}/${target.service}`));
            progress(e);
            return done(e) ? e : undefined;
        }, common);
    }
    return watchUntil(client, { apiVersion: source, kind: 'EndpointSlice', namespace: target.namespace, labelSelector: `kubernetes.io/service-name=${target.service}` }, (objects) => {
        const e = endpointsFromSlices([...objects.values()], source);
        progress(e);
        return done(e) ? e : undefined;
    }, common);
}

;// CONCATENATED MODULE: ./packages/kube/src/lease-lock.ts


// ---- pure logic --------------------------------------------------------------------------------
/** Parses a MicroTime (RFC 3339 with up to nanoseconds) to epoch milliseconds. */
function parseMicroTime(value) {
    if (value === undefined || value === '')
        return undefined;
    const m = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(?:\.(\d+))?(Z|[+-]\d{2}:\d{2})$/.exec(value);
    if (m === null)
        return undefined;
    const base = Date.parse(`${m[1]}${m[3]}`);
    if (Number.isNaN(base))
        return undefined;
    const fraction = m[2] === undefined ? 0 : Number(`0.${m[2]}`) * 1000;
    return base + Math.floor(fraction);
}
/** Epoch ms as the MicroTime the API stores: 2024-05-01T10:00:00.123000Z. */
function formatMicroTime(ms) {
    return new Date(ms).toISOString().replace(/\.(\d{3})Z$/, '.$1000Z');
}
/** When a lease runs out: its last renewal (or acquisition) plus its duration. Undefined if it never will be held. */
function leaseExpiresAt(spec) {
    const renewed = parseMicroTime(spec?.renewTime) ?? parseMicroTime(spec?.acquireTime);
    const duration = spec?.leaseDurationSeconds;
    if (renewed === undefined || duration === undefined)
        return undefined;
    return renewed + duration * 1000;
}
/**
 * Who may take a lease now. It is free when nobody holds it (released, or never renewed),
 * expired only once renewTime + leaseDurationSeconds lies in the past, and otherwise held.
 * The comparison uses our clock against the holder's timestamps, so hosts with skewed clocks
 * should use a lease duration well above the skew.
 */
function leaseState(lease, identity, now) {
    if (lease === undefined)
        return 'absent';
    const holder = lease.spec?.holderIdentity ?? '';
    if (holder === '')
        return 'free';
    if (holder === identity)
        return 'ours';
    const expires = leaseExpiresAt(lease.spec);
    if (expires === undefined)
        return 'expired';
    return expires < now ? 'expired' : 'held';
}
// ---- the lock ----------------------------------------------------------------------------------
/** Another holder has the lease and it has not expired (within the wait, if any). */
class LockHeldError extends Error {
    name = 'LockHeldError';
    holder;
    expiresAt;
    lease;
    constructor(lease, holder, expiresAt, waitedMs) {
        const until = expiresAt === undefined ? '' : `; it expires at ${new Date(expiresAt).toISOString()} unless renewed`;
        super(`Lease ${lease} is held by ${holder}${waitedMs > 0 ? ` (waited ${Math.round(waitedMs / 1000)} s)` : ''}${until}`);
        this.holder = holder;
        this.expiresAt = expiresAt === undefined ? undefined : new Date(expiresAt);
        this.lease = lease;
    }
}
/** How long before our lease runs out we stop counting on it (a tenth of the TTL, at most this). */
const MAX_LOSS_MARGIN_MS = 1000;
/**
 * A cross-run lock on a coordination.k8s.io/v1 Lease. Every write is conditional on the
 * resourceVersion last read, so two contenders can never both win: the loser gets 409, re-reads
 * and sees the winner. Nothing is ever overwritten blindly, and a create is never retried blindly.
 */
class LeaseLock {
    client;
    options;
    clock;
    sleep;
    lease;
    timer;
    /** Fires when the lease runs out unless a renewal gets through first. */
    watchdog;
    /** The renewTime of our last successful write: others may take the lease a TTL after it. */
    renewedAt = 0;
    renewing;
    /** Aborts the renewal in flight, so a hung request cannot outlive the lease or hold up release(). */
    inFlight;
    lostController = new AbortController();
    constructor(client, options) {
        if (!(options.leaseDurationSeconds >= 1))
            throw new Error('leaseDurationSeconds must be at least 1');
        if (options.identity === '')
            throw new Error('a lease holder identity is required');
        this.client = client;
        this.options = options;
        this.clock = options.clock ?? Date.now;
        this.sleep = options.sleep ?? sleep;
    }
    get ref() {
        return { apiVersion: 'coordination.k8s.io/v1', kind: 'Lease', namespace: this.options.namespace, name: this.options.name };
    }
    get label() {
        return `${this.options.namespace}/${this.options.name}`;
    }
    /** Whether we hold the lease as far as we know. */
    get held() {
        return this.lease !== undefined && !this.lostController.signal.aborted;
    }
    /** Aborted when the lease is lost; pass it to work that must stop without the lock. */
    get lost() {
        return this.lostController.signal;
    }
    read() {
        return this.client.find(this.ref);
    }
    spec(previous, takeover) {
        const now = formatMicroTime(this.clock());
        return {
            holderIdentity: this.options.identity,
            leaseDurationSeconds: this.options.leaseDurationSeconds,
            acquireTime: takeover ? now : previous?.acquireTime ?? now,
            renewTime: now,
            leaseTransitions: (previous?.leaseTransitions ?? 0) + (takeover ? 1 : 0),
        };
    }
    /** PUT conditional on the resourceVersion we read; 409 means someone wrote in between. */
    async update(current, spec, signal) {
        const body = { ...current, apiVersion: 'coordination.k8s.io/v1', kind: 'Lease', spec };
        if (signal === undefined)
            return this.client.replace(body);
        return this.client.request({ method: 'PUT', path: await this.client.pathOf(this.ref), body, query: { fieldManager: this.client.fieldManager }, signal });
    }
    async tryOnce() {
        const current = await this.read();
        const state = leaseState(current, this.options.identity, this.clock());
        try {
            if (current === undefined) {
                const created = await this.client.create({
                    apiVersion: 'coordination.k8s.io/v1',
                    kind: 'Lease',
                    metadata: { name: this.options.name, namespace: this.options.namespace, ...(this.options.labels === undefined ? {} : { labels: this.options.labels }) },
                    spec: this.spec(undefined, true),
                });
                return { state, lease: created };
            }
            switch (state) {
                case 'ours':
                    return { state, lease: await this.update(current, this.spec(current.spec, false)) };
                case 'held':
                    return { state, lease: current };
                default:
                    return { state, lease: await this.update(current, this.spec(current.spec, true)) };
            }
        }
        catch (error) {
            // 409: another contender wrote first (AlreadyExists on create, Conflict on update). A create
            // whose answer was lost may have landed. Either way: re-read and decide again, never retry blindly.
            if (isConflict(error) || (state === 'absent' && (error instanceof KubeConnectionError || (isKubeApiError(error) && error.status >= 500)))) {
                this.options.logger?.debug(`Lease ${this.label}: ${error instanceof Error ? error.message : String(error)}; re-reading`);
                return { state: 'conflict', lease: undefined };
            }
            throw error;
        }
    }
    /**
     * Takes the lease: creates it, renews it if it is already ours, or takes it over if it is free
     * or expired. A live lease held by someone else fails at once with LockHeldError, or is waited
     * for up to `waitMs`.
     */
    async acquire(options = {}) {
        const started = this.clock();
        const waitMs = options.waitMs ?? 0;
        const poll = options.pollIntervalMs ?? 1000;
        let conflicts = 0;
        for (;;) {
            options.signal?.throwIfAborted();
            const { state, lease } = await this.tryOnce();
            if (state === 'conflict') {
                // Contenders racing for the same lease settle within a few rounds; endless conflicts are a fault.
                if (++conflicts > 10)
                    throw new Error(`Lease ${this.label}: ${conflicts} conflicting writes in a row; giving up`);
                await this.sleep(Math.min(poll, 20 * conflicts), options.signal);
                continue;
            }
            conflicts = 0;
            if (state !== 'held') {
                this.lease = lease;
                this.renewedAt = parseMicroTime(lease?.spec?.renewTime) ?? this.clock();
                this.options.logger?.info(`Lease ${this.label} acquired by ${this.options.identity}${state === 'expired' ? ' (taken over after expiry)' : ''}`);
                if (options.renew !== false)
                    this.startRenewing();
                return lease;
            }
            const holder = lease?.spec?.holderIdentity ?? '';
            const expires = leaseExpiresAt(lease?.spec);
            const waited = this.clock() - started;
            if (waited >= waitMs)
                throw new LockHeldError(this.label, holder, expires, waited);
            const untilExpiry = expires === undefined ? poll : expires - this.clock() + 50;
            const delay = Math.max(10, Math.min(poll, untilExpiry, waitMs - waited));
            this.options.logger?.info(`Lease ${this.label} is held by ${holder}; waiting (${Math.round((waitMs - waited) / 1000)} s left)`);
            await this.sleep(delay, options.signal);
        }
    }
    startRenewing() {
        this.stop();
        const interval = this.options.renewIntervalMs ?? Math.max(200, (this.options.leaseDurationSeconds * 1000) / 3);
        const tick = () => {
            this.renewing = this.renew().finally(() => {
                this.renewing = undefined;
                if (this.held && this.timer !== undefined) {
                    this.timer = setTimeout(tick, interval);
                    this.timer.unref();
                }
            });
        };
        this.timer = setTimeout(tick, interval);
        // A held lock must not keep the process alive: the work does that, and an exit leaves the lease to expire.
        this.timer.unref();
        this.armWatchdog();
    }
    /**
     * Declares the lease lost shortly before it can run out, unless a renewal gets through first.
     * Renewals that fail, or hang, must not let the work go on past the point where another run may
     * take the lease: failures are retried, and a stalled request only times out after the client's
     * request timeout, both of which can be longer than the whole TTL.
     */
    armWatchdog() {
        clearTimeout(this.watchdog);
        const ttl = this.options.leaseDurationSeconds * 1000;
        const margin = Math.min(MAX_LOSS_MARGIN_MS, ttl / 10);
        const runsOut = this.renewedAt + ttl;
        this.watchdog = setTimeout(() => {
            this.markLost(`not renewed since ${new Date(this.renewedAt).toISOString()}; it runs out at ${new Date(runsOut).toISOString()}, after which another run may take it`);
        }, Math.max(0, runsOut - margin - this.clock()));
        this.watchdog.unref();
    }
    renewed(lease) {
        this.lease = lease;
        this.renewedAt = parseMicroTime(lease.spec?.renewTime) ?? this.clock();
        if (this.timer !== undefined)
            this.armWatchdog();
    }
    markLost(reason) {
        if (this.lostController.signal.aborted)
            return;
        this.options.logger?.warning(`Lease ${this.label} lost: ${reason}`);
        this.stop();
        this.inFlight?.abort();
        this.lease = undefined;
        this.lostController.abort(new Error(`lease ${this.label} lost: ${reason}`));
        this.options.onLost?.(reason);
    }
    /** One renewal. Background renewal calls this; it is public so callers can renew before a long step. */
    async renew() {
        const current = this.lease;
        if (current === undefined || this.lostController.signal.aborted)
            return;
        const attempt = new AbortController();
        this.inFlight = attempt;
        try {
            this.renewed(await this.update(current, this.spec(current.spec, false), attempt.signal));
        }
        catch (error) {
            // Released, stopped or lost meanwhile: whatever this attempt would have said is moot.
            if (attempt.signal.aborted)
                return;
            if (isConflict(error) || (error instanceof KubeApiError && error.status === 404)) {
                const fresh = await this.read().catch(() => undefined);
                if (attempt.signal.aborted)
                    return;
                if (fresh !== undefined && fresh.spec?.holderIdentity === this.options.identity) {
                    // Our own earlier write landed but its answer was lost; continue from the fresh copy.
                    this.lease = fresh;
                    try {
                        this.renewed(await this.update(fresh, this.spec(fresh.spec, false), attempt.signal));
                    }
                    catch {
                        // The next tick tries again from this copy.
                    }
                    return;
                }
                this.markLost(fresh === undefined ? 'the Lease was deleted' : `taken over by ${fresh.spec?.holderIdentity ?? '(nobody)'}`);
                return;
            }
            const runsOut = this.renewedAt + this.options.leaseDurationSeconds * 1000;
            this.options.logger?.warning(`Lease ${this.label}: renewal failed (${error instanceof Error ? error.message : String(error)}); it runs out at ${new Date(runsOut).toISOString()} unless a renewal gets through`);
        }
        finally {
            if (this.inFlight === attempt)
                this.inFlight = undefined;
        }
    }
    /** Stops renewing without releasing: the lease expires after its duration. */
    stop() {
        clearTimeout(this.timer);
        clearTimeout(this.watchdog);
        this.timer = undefined;
        this.watchdog = undefined;
    }
    /**
     * Gives the lease up, only if it is still ours: the holder is cleared so the next contender
     * need not wait for expiry. Returns false when someone else holds it (or nobody does).
     * Works from another process too (an action's `post:` step), given the same identity.
     */
    async release() {
        this.stop();
        // A renewal in flight may hang (a stalled apiserver); the conditional writes below make waiting for it unnecessary.
        this.inFlight?.abort();
        await this.renewing;
        // The copy from our last write usually is the current one, which saves reading it; if anyone
        // (or a renewal whose answer was lost) wrote since, the write fails with 409 and we read.
        let known = this.lease !== undefined && this.lease.spec?.holderIdentity === this.options.identity ? this.lease : undefined;
        for (let attempt = 0; attempt < 5; attempt++) {
            const current = known ?? await this.read();
            known = undefined;
            if (current === undefined || current.spec?.holderIdentity !== this.options.identity) {
                this.lease = undefined;
                return false;
            }
            try {
                const now = formatMicroTime(this.clock());
                await this.update(current, { ...current.spec, holderIdentity: '', leaseDurationSeconds: 1, renewTime: now });
                this.lease = undefined;
                this.options.logger?.info(`Lease ${this.label} released by ${this.options.identity}`);
                return true;
            }
            catch (error) {
                // Our copy of a lease that is gone: 404, which a fresh read settles like a conflict.
                if (!isConflict(error) && !(error instanceof KubeApiError && error.status === 404))
                    throw error;
            }
        }
        return false;
    }
}

;// CONCATENATED MODULE: ./packages/kube/src/service-account.ts


/**
 * Mints a short-lived token for a ServiceAccount through the TokenRequest API and masks it
 * before returning. Nothing is stored server-side, so the POST is safe to repeat: a lost answer
 * only means a token nobody holds, which expires on its own.
 */
async function requestServiceAccountToken(client, options, mask) {
    const spec = { expirationSeconds: Math.max(600, options.expirationSeconds ?? 3600) };
    if (options.audiences !== undefined)
        spec['audiences'] = [...options.audiences];
    const answer = await client.request({
        method: 'POST',
        path: `/api/v1/namespaces/${encodeURIComponent(options.namespace)}/serviceaccounts/${encodeURIComponent(options.serviceAccount)}/token`,
        body: { apiVersion: 'authentication.k8s.io/v1', kind: 'TokenRequest', spec },
        idempotent: true,
    });
    const token = answer.status?.token;
    if (token === undefined || token === '')
        throw new Error(`TokenRequest for ${options.namespace}/${options.serviceAccount} returned no token`);
    maskSecret(token, mask);
    const expiry = answer.status?.expirationTimestamp;
    return { token, expiresAt: expiry === undefined ? undefined : new Date(expiry) };
}
/**
 * A self-contained kubeconfig that reaches the same cluster as `config` (server, CA, TLS name,
 * proxy) but authenticates with `token`, defaulting to `namespace`. Contains the token: never log it.
 */
async function tokenKubeconfig(config, options) {
    const { auth } = config;
    const entry = { server: auth.server };
    const ca = await auth.certificateAuthority();
    if (ca !== undefined)
        entry['certificate-authority-data'] = ca.toString('base64');
    if (auth.insecureSkipTlsVerify)
        entry['insecure-skip-tls-verify'] = true;
    if (auth.tlsServerName !== undefined)
        entry['tls-server-name'] = auth.tlsServerName;
    if (auth.proxyUrl !== undefined)
        entry['proxy-url'] = auth.proxyUrl;
    const user = options.user ?? 'token-user';
    return stringify({
        apiVersion: 'v1',
        kind: 'Config',
        clusters: [{ name: config.cluster, cluster: entry }],
        users: [{ name: user, user: { token: options.token } }],
        contexts: [{ name: user, context: { cluster: config.cluster, user, ...(options.namespace === undefined ? {} : { namespace: options.namespace }) } }],
        'current-context': user,
    });
}

;// CONCATENATED MODULE: ./packages/kube/src/index.ts





















/***/ })

};

//# sourceMappingURL=460.index.js.map