export const id = 988;
export const ids = [988];
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

/***/ 90988:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   finishJs: () => (/* binding */ finishJs),
/* harmony export */   readYarnLock: () => (/* binding */ readYarnLock)
/* harmony export */ });
/* harmony import */ var _yarnpkg_parsers__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(67823);
/* harmony import */ var _purl_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74470);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(64584);
/* harmony import */ var _graph_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(56348);
/* harmony import */ var _js_manifests_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(52822);





function readYarnLock(input) {
    const berry = /^__metadata:/m.test(input.text);
    return berry ? readBerry(input) : readClassic(input);
}
function projectOf(manifest, path) {
    const name = manifest?.name ?? 'root';
    return { name, path, purl: (0,_purl_js__WEBPACK_IMPORTED_MODULE_1__/* .purlOf */ .V)('npm', name, manifest?.version), dependencies: [], ...(manifest?.version ? { version: manifest.version } : {}) };
}
/** Yarn's own parser (@yarnpkg/parsers) reads both the v1 format and Berry's YAML subset. */
function parseYarnSyml(file, what, text) {
    try {
        return (0,_yarnpkg_parsers__WEBPACK_IMPORTED_MODULE_0__/* .parseSyml */ ["do"])(text);
    }
    catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        const line = /line (\d+)/i.exec(message)?.[1];
        throw (0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .corrupt */ .qb)(file, what, message.split('\n')[0] ?? message, line ? Number(line) : undefined);
    }
}
function readClassic(input) {
    const { file, text } = input;
    const lines = new _text_js__WEBPACK_IMPORTED_MODULE_2__/* .LineIndex */ .rr(text);
    const conflict = lines.find('<<<<<<<');
    if (conflict !== undefined)
        throw (0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .corrupt */ .qb)(file, 'yarn.lock (v1)', 'it contains unresolved merge conflict markers', conflict);
    if (!/^# yarn lockfile v1/m.test(text))
        throw (0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .corrupt */ .qb)(file, 'yarn.lock (v1)', "it has neither the '# yarn lockfile v1' header nor Berry's __metadata", 1);
    const object = parseYarnSyml(file, 'yarn.lock (v1)', text);
    const byDescriptor = new Map();
    const byPurl = new Map();
    let cursor = 0;
    for (const [descriptor, entry] of Object.entries(object)) {
        const { name } = (0,_graph_js__WEBPACK_IMPORTED_MODULE_3__/* .splitDescriptor */ ._t)(descriptor);
        if (!(0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .isRecord */ .u4)(entry) || typeof entry.version !== 'string')
            throw (0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .corrupt */ .qb)(file, 'yarn.lock (v1)', `the entry '${descriptor}' has no version`, lines.find(descriptor));
        const purl = (0,_purl_js__WEBPACK_IMPORTED_MODULE_1__/* .purlOf */ .V)('npm', name, entry.version);
        let component = byPurl.get(purl);
        if (!component) {
            const at = text.indexOf(`${descriptor}`, cursor);
            if (at >= 0)
                cursor = at;
            component = { name, version: entry.version, purl, ecosystem: 'npm', scope: 'runtime', direct: false, hashes: (0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .sriToHashes */ .kE)(typeof entry.integrity === 'string' ? entry.integrity : undefined), dependencies: [], ...(at >= 0 ? { line: lines.lineAt(at) } : {}) };
            byPurl.set(purl, component);
        }
        byDescriptor.set(descriptor, component);
    }
    for (const [descriptor, entry] of Object.entries(object)) {
        const component = byDescriptor.get(descriptor);
        if (!component)
            continue;
        for (const [dep, range] of Object.entries({ ...entry.dependencies, ...entry.optionalDependencies }))
            (0,_graph_js__WEBPACK_IMPORTED_MODULE_3__/* .addUnique */ .$6)(component.dependencies, byDescriptor.get(`${dep}@${range}`)?.purl);
    }
    return finishJs(input, 'yarn-classic', [...byPurl.values()], (dep, range) => byDescriptor.get(`${dep}@${range}`)?.purl);
}
/** Berry writes ranges with their protocol (`npm:^1.0.0`); package.json usually omits `npm:`. */
function berryDescriptor(dep, range) {
    return /^[a-z]+:/.test(range) ? [`${dep}@${range}`] : [`${dep}@npm:${range}`, `${dep}@${range}`];
}
function readBerry(input) {
    const { file, text } = input;
    const lines = new _text_js__WEBPACK_IMPORTED_MODULE_2__/* .LineIndex */ .rr(text);
    const conflict = lines.find('<<<<<<<');
    if (conflict !== undefined)
        throw (0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .corrupt */ .qb)(file, 'yarn.lock (Berry)', 'it contains unresolved merge conflict markers', conflict);
    const doc = parseYarnSyml(file, 'yarn.lock (Berry)', text);
    const byDescriptor = new Map();
    const byPurl = new Map();
    const workspaceDescriptors = new Map();
    let cursor = 0;
    for (const [key, raw] of Object.entries(doc)) {
        if (key === '__metadata' || !(0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .isRecord */ .u4)(raw))
            continue;
        const entry = raw;
        const descriptors = key.split(/,\s*/);
        const resolution = entry.resolution ?? '';
        const { name, range } = (0,_graph_js__WEBPACK_IMPORTED_MODULE_3__/* .splitDescriptor */ ._t)(resolution);
        if (range.startsWith('workspace:')) {
            for (const d of descriptors)
                workspaceDescriptors.set(d, range.slice('workspace:'.length));
            continue;
        }
        if (!entry.version || !name)
            continue;
        const purl = (0,_purl_js__WEBPACK_IMPORTED_MODULE_1__/* .purlOf */ .V)('npm', name, entry.version);
        let component = byPurl.get(purl);
        if (!component) {
            const at = text.indexOf(`${descriptors[0]}`, cursor);
            if (at >= 0)
                cursor = at;
            component = { name, version: entry.version, purl, ecosystem: 'npm', scope: 'runtime', direct: false, hashes: [], dependencies: [], ...(at >= 0 ? { line: lines.lineAt(at) } : {}) };
            byPurl.set(purl, component);
        }
        for (const d of descriptors)
            byDescriptor.set(d, component);
    }
    const lookup = (dep, range) => {
        for (const d of berryDescriptor(dep, range)) {
            const hit = byDescriptor.get(d)?.purl;
            if (hit)
                return hit;
        }
        return undefined;
    };
    for (const [key, raw] of Object.entries(doc)) {
        if (key === '__metadata' || !(0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .isRecord */ .u4)(raw))
            continue;
        const component = byDescriptor.get(key.split(/,\s*/)[0] ?? '');
        if (!component)
            continue;
        for (const [dep, range] of Object.entries((0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .stringRecord */ .JM)(raw.dependencies)))
            (0,_graph_js__WEBPACK_IMPORTED_MODULE_3__/* .addUnique */ .$6)(component.dependencies, lookup(dep, range));
    }
    const workspacePaths = [...new Set(workspaceDescriptors.values())].filter((p) => p !== '.');
    return finishJs(input, 'yarn-berry', [...byPurl.values()], lookup, workspacePaths);
}
/**
 * Links the project's own packages (root and workspaces, from their package.json) to the
 * locked components, marks direct dependencies, and derives scopes from the runtime edges.
 */
function finishJs(input, kind, components, lookup, knownWorkspacePaths = []) {
    const rootManifest = (0,_js_manifests_js__WEBPACK_IMPORTED_MODULE_4__/* .readJsManifest */ .j)(input, '');
    const root = projectOf(rootManifest, '');
    const workspacePaths = new Set(knownWorkspacePaths);
    for (const pattern of rootManifest?.workspaces ?? [])
        for (const dir of input.workspaceDirs?.(pattern) ?? [])
            workspacePaths.add(dir);
    const manifests = [[root, rootManifest]];
    for (const path of [...workspacePaths].sort()) {
        const manifest = (0,_js_manifests_js__WEBPACK_IMPORTED_MODULE_4__/* .readJsManifest */ .j)(input, path);
        manifests.push([projectOf(manifest, path), manifest]);
    }
    const projectByName = new Map(manifests.map(([p]) => [p.name, p.purl]));
    const runtimeRoots = [];
    for (const [project, manifest] of manifests) {
        if (!manifest)
            continue;
        for (const [field, runtime] of [[manifest.runtime, true], [manifest.development, false]]) {
            for (const [dep, range] of Object.entries(field)) {
                const target = range.startsWith('workspace:') || range.startsWith('link:') ? projectByName.get(dep) : lookup(dep, range) ?? projectByName.get(dep);
                (0,_graph_js__WEBPACK_IMPORTED_MODULE_3__/* .addUnique */ .$6)(project.dependencies, target);
                if (runtime && target)
                    runtimeRoots.push(target);
            }
        }
    }
    const projects = manifests.map(([p]) => p);
    (0,_graph_js__WEBPACK_IMPORTED_MODULE_3__/* .markDirect */ .Re)(components, projects);
    if (rootManifest)
        (0,_graph_js__WEBPACK_IMPORTED_MODULE_3__/* .assignScopes */ .tO)(components, runtimeRoots);
    return { file: input.file, kind, ecosystem: 'npm', root, workspaces: projects.slice(1), components };
}


/***/ })

};

//# sourceMappingURL=988.index.js.map