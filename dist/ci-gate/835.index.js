export const id = 835;
export const ids = [835];
export const modules = {

/***/ 74470:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ purlOf)
/* harmony export */ });
/* harmony import */ var packageurl_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(87091);
/* harmony import */ var packageurl_js__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(packageurl_js__WEBPACK_IMPORTED_MODULE_0__);

/**
 * PURLs as the PURL specification writes them for each type, built by packageurl-js so
 * encoding (`%40` for npm scopes) and per-type normalisation (PyPI names) match peers.
 */
function purlOf(ecosystem, name, version, qualifiers) {
    let namespace;
    let base = name;
    if (ecosystem === 'npm' || ecosystem === 'golang' || ecosystem === 'composer') {
        const slash = name.lastIndexOf('/');
        if (slash > 0) {
            namespace = name.slice(0, slash);
            base = name.slice(slash + 1);
        }
    }
    const q = qualifiers && Object.keys(qualifiers).length > 0 ? qualifiers : undefined;
    return new packageurl_js__WEBPACK_IMPORTED_MODULE_0__.PackageURL(ecosystem, namespace, base, version || undefined, q, undefined).toString();
}


/***/ }),

/***/ 56348:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $6: () => (/* binding */ addUnique),
/* harmony export */   Re: () => (/* binding */ markDirect),
/* harmony export */   _t: () => (/* binding */ splitDescriptor),
/* harmony export */   tO: () => (/* binding */ assignScopes)
/* harmony export */ });
/**
 * Lockfiles of yarn and pnpm (and several others) do not mark development packages;
 * a package is runtime when a runtime edge of a project package reaches it, else development.
 */
function assignScopes(components, runtimeRoots) {
    const byPurl = new Map(components.map((c) => [c.purl, c]));
    const seen = new Set();
    const stack = [...runtimeRoots];
    while (stack.length > 0) {
        const purl = stack.pop();
        if (seen.has(purl))
            continue;
        seen.add(purl);
        const component = byPurl.get(purl);
        if (component)
            stack.push(...component.dependencies);
    }
    for (const c of components)
        c.scope = seen.has(c.purl) ? 'runtime' : 'development';
}
function markDirect(components, projects) {
    const direct = new Set(projects.flatMap((p) => p.dependencies));
    for (const c of components)
        if (direct.has(c.purl))
            c.direct = true;
}
function addUnique(list, value) {
    if (value !== undefined && !list.includes(value))
        list.push(value);
}
/** `@scope/name@range` splits at the last `@` that is not the first character. */
function splitDescriptor(descriptor) {
    const at = descriptor.indexOf('@', 1);
    return at < 0 ? { name: descriptor, range: '' } : { name: descriptor.slice(0, at), range: descriptor.slice(at + 1) };
}


/***/ }),

/***/ 52822:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ readJsManifest)
/* harmony export */ });
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(64584);

/** package.json of the root or a workspace (relative directory), when it exists. */
function readJsManifest(input, dir) {
    const found = input.manifest(dir ? `${dir}/package.json` : 'package.json');
    if (!found)
        return undefined;
    const doc = (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .parseJson */ .qF)(found.text, found.file, 'package.json');
    if (!(0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(doc))
        return undefined;
    const ws = doc['workspaces'];
    const workspaces = Array.isArray(ws) ? ws : (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(ws) && Array.isArray(ws['packages']) ? ws['packages'] : [];
    return {
        path: dir,
        name: typeof doc['name'] === 'string' ? doc['name'] : dir.split('/').pop() || 'root',
        ...(typeof doc['version'] === 'string' ? { version: doc['version'] } : {}),
        runtime: { ...(0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .stringRecord */ .JM)(doc['dependencies']), ...(0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .stringRecord */ .JM)(doc['optionalDependencies']) },
        development: (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .stringRecord */ .JM)(doc['devDependencies']),
        workspaces: workspaces.filter((w) => typeof w === 'string'),
    };
}


/***/ }),

/***/ 70835:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readPnpmLock: () => (/* binding */ readPnpmLock)
/* harmony export */ });
/* harmony import */ var js_yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33243);
/* harmony import */ var _purl_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(74470);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(64584);
/* harmony import */ var _graph_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(56348);
/* harmony import */ var _js_manifests_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(52822);





/** `/name@1.0.0(peer@2)` (v6-v8), `name@1.0.0(peer@2)` (v9), `/name/1.0.0` (v5) to name and version. */
function parseKey(key) {
    const bare = key.replace(/^\//, '').replace(/\(.*$/, '');
    const { name, range } = (0,_graph_js__WEBPACK_IMPORTED_MODULE_1__/* .splitDescriptor */ ._t)(bare);
    if (range)
        return { name, version: range };
    // v5 keys separate the version with a slash.
    const slash = bare.lastIndexOf('/');
    return { name: bare.slice(0, slash), version: bare.slice(slash + 1) };
}
function readPnpmLock(input) {
    const { file, text } = input;
    let doc;
    try {
        // js-yaml parses a 1 MB lockfile several times faster than the yaml package.
        doc = js_yaml__WEBPACK_IMPORTED_MODULE_0__/* ["default"].load */ .Ay.load(text, { filename: file, json: true });
    }
    catch (error) {
        const line = error instanceof js_yaml__WEBPACK_IMPORTED_MODULE_0__/* ["default"].YAMLException */ .Ay.YAMLException ? error.mark.line + 1 : undefined;
        throw (0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .corrupt */ .qb)(file, 'pnpm-lock.yaml', error instanceof js_yaml__WEBPACK_IMPORTED_MODULE_0__/* ["default"].YAMLException */ .Ay.YAMLException ? error.reason : String(error), line);
    }
    if (!(0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .isRecord */ .u4)(doc) || doc['lockfileVersion'] === undefined)
        throw (0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .corrupt */ .qb)(file, 'pnpm-lock.yaml', 'it has no lockfileVersion', 1);
    const major = Number.parseFloat(String(doc['lockfileVersion']));
    const packages = ((0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .isRecord */ .u4)(doc['packages']) ? doc['packages'] : {});
    // v9 splits metadata (packages) from the resolved graph (snapshots).
    const snapshots = (major >= 9 && (0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .isRecord */ .u4)(doc['snapshots']) ? doc['snapshots'] : packages);
    const prefix = major >= 9 ? '' : '/';
    const lines = new _text_js__WEBPACK_IMPORTED_MODULE_2__/* .LineIndex */ .rr(text);
    const packagesAt = text.search(/^packages:/m);
    let cursor = Math.max(0, packagesAt);
    const byKey = new Map();
    const byPurl = new Map();
    for (const key of Object.keys(packages)) {
        const meta = packages[key] ?? {};
        const parsed = parseKey(key);
        const name = meta.name ?? parsed.name;
        const version = meta.version ?? parsed.version;
        const purl = (0,_purl_js__WEBPACK_IMPORTED_MODULE_3__/* .purlOf */ .V)('npm', name, version);
        let component = byPurl.get(purl);
        if (!component) {
            const at = text.indexOf(key, cursor);
            if (at >= 0)
                cursor = at;
            component = { name, version, purl, ecosystem: 'npm', scope: meta.dev === true ? 'development' : 'runtime', direct: false, hashes: (0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .sriToHashes */ .kE)(meta.resolution?.integrity), dependencies: [], ...(at >= 0 ? { line: lines.lineAt(at) } : {}) };
            byPurl.set(purl, component);
        }
        byKey.set(key, component);
    }
    const resolveRef = (dep, ref) => {
        if (ref.startsWith('link:'))
            return undefined;
        // An alias (`npm:other@1.0.0` before v9, `other@1.0.0` in v9) names the real package.
        const aliased = ref.replace(/^npm:/, '');
        const candidates = /^@?[^@(]+@/.test(aliased) ? [`${prefix}${aliased}`] : [`${prefix}${dep}@${ref}`, `${prefix}${dep}/${ref}`];
        for (const c of candidates) {
            const hit = byKey.get(c) ?? byKey.get(c.replace(/\(.*$/, ''));
            if (hit)
                return hit.purl;
        }
        return undefined;
    };
    for (const [key, snap] of Object.entries(snapshots)) {
        const component = byKey.get(key) ?? byKey.get(key.replace(/\(.*$/, ''));
        if (!component || !(0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .isRecord */ .u4)(snap))
            continue;
        const entry = snap;
        for (const [dep, ref] of Object.entries({ ...entry.dependencies, ...entry.optionalDependencies }))
            (0,_graph_js__WEBPACK_IMPORTED_MODULE_1__/* .addUnique */ .$6)(component.dependencies, resolveRef(dep, String(ref)));
    }
    const importers = (0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .isRecord */ .u4)(doc['importers']) ? doc['importers'] : { '.': doc };
    const projects = [];
    const byPath = new Map();
    for (const path of Object.keys(importers)) {
        const dir = path === '.' ? '' : path;
        const manifest = (0,_js_manifests_js__WEBPACK_IMPORTED_MODULE_4__/* .readJsManifest */ .j)(input, dir);
        const name = manifest?.name ?? (dir || 'root');
        const project = { name, path: dir, purl: (0,_purl_js__WEBPACK_IMPORTED_MODULE_3__/* .purlOf */ .V)('npm', name, manifest?.version), dependencies: [], ...(manifest?.version ? { version: manifest.version } : {}) };
        projects.push(project);
        byPath.set(dir, project);
    }
    const runtimeRoots = [];
    for (const [path, importer] of Object.entries(importers)) {
        const project = byPath.get(path === '.' ? '' : path);
        if (!project)
            continue;
        for (const field of ['dependencies', 'optionalDependencies', 'devDependencies']) {
            for (const [dep, spec] of Object.entries(importer[field] ?? {})) {
                const ref = typeof spec === 'string' ? spec : spec.version ?? '';
                let target;
                if (ref.startsWith('link:')) {
                    const linked = joinPath(path === '.' ? '' : path, ref.slice('link:'.length));
                    target = byPath.get(linked)?.purl;
                }
                else {
                    target = resolveRef(dep, ref);
                }
                (0,_graph_js__WEBPACK_IMPORTED_MODULE_1__/* .addUnique */ .$6)(project.dependencies, target);
                if (target && field !== 'devDependencies')
                    runtimeRoots.push(target);
            }
        }
    }
    const components = [...byPurl.values()];
    (0,_graph_js__WEBPACK_IMPORTED_MODULE_1__/* .markDirect */ .Re)(components, projects);
    if (major >= 9 || !Object.values(packages).some((p) => p.dev !== undefined))
        (0,_graph_js__WEBPACK_IMPORTED_MODULE_1__/* .assignScopes */ .tO)(components, runtimeRoots);
    const [root, ...workspaces] = projects;
    return { file, kind: 'pnpm', ecosystem: 'npm', root: root ?? { name: 'root', path: '', purl: (0,_purl_js__WEBPACK_IMPORTED_MODULE_3__/* .purlOf */ .V)('npm', 'root', undefined), dependencies: [] }, workspaces, components };
}
function joinPath(base, relative) {
    const parts = base ? base.split('/') : [];
    for (const part of relative.split('/')) {
        if (part === '..')
            parts.pop();
        else if (part !== '.' && part !== '')
            parts.push(part);
    }
    return parts.join('/');
}


/***/ })

};

//# sourceMappingURL=835.index.js.map