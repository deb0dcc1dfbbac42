export const id = 573;
export const ids = [573];
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

/***/ 19573:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readNpmLock: () => (/* binding */ readNpmLock)
/* harmony export */ });
/* harmony import */ var _pipeline_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74770);
/* harmony import */ var _purl_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74470);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(64584);



const NM = 'node_modules/';
function nameFromKey(key) {
    const at = key.lastIndexOf(NM);
    return at < 0 ? key : key.slice(at + NM.length);
}
/** Node's module resolution over lockfile locations: nearest `node_modules` upwards. */
function resolveLocation(packages, from, dep) {
    let base = from;
    for (;;) {
        const candidate = base ? `${base}/${NM}${dep}` : `${NM}${dep}`;
        if (packages[candidate])
            return candidate;
        if (base === '')
            return undefined;
        const at = base.lastIndexOf(`/${NM}`);
        base = at >= 0 ? base.slice(0, at) : '';
    }
}
/** Lockfile v1 nests `dependencies`; flatten it into v2's location-keyed `packages`. */
function flattenV1(tree, prefix, out) {
    for (const [name, raw] of Object.entries(tree)) {
        if (!(0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(raw))
            continue;
        const key = `${prefix}${NM}${name}`;
        const entry = { name, dependencies: (0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .stringRecord */ .JM)(raw['requires']) };
        if (typeof raw['version'] === 'string') {
            // v1 writes `file:`/git specs into version; a registry version is a plain semver.
            entry.version = raw['version'];
        }
        if (typeof raw['integrity'] === 'string')
            entry.integrity = raw['integrity'];
        if (typeof raw['resolved'] === 'string')
            entry.resolved = raw['resolved'];
        if (raw['dev'] === true)
            entry.dev = true;
        if (raw['optional'] === true)
            entry.optional = true;
        out[key] = entry;
        if ((0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(raw['dependencies']))
            flattenV1(raw['dependencies'], `${key}/`, out);
    }
}
function licenseOf(value) {
    if (typeof value === 'string' && value.trim() !== '')
        return value.trim();
    if ((0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(value) && typeof value['type'] === 'string')
        return value['type'];
    return undefined;
}
function versionOf(entry) {
    const v = entry.version;
    if (!v)
        return undefined;
    // Aliased (`npm:pkg@1.0.0`) versions keep the real package's version.
    const alias = /^npm:(.+)@([^@]+)$/.exec(v);
    return alias ? alias[2] : v;
}
function readNpmLock(input) {
    const { file, text } = input;
    const doc = (0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .parseJson */ .qF)(text, file, 'package-lock.json');
    if (!(0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(doc))
        throw (0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .corrupt */ .qb)(file, 'package-lock.json', 'the top level is not an object', 1);
    const lockVersion = doc['lockfileVersion'];
    if (lockVersion !== 1 && lockVersion !== 2 && lockVersion !== 3) {
        throw (0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .corrupt */ .qb)(file, 'package-lock.json', `lockfileVersion ${JSON.stringify(lockVersion)} is not 1, 2 or 3`, new _text_js__WEBPACK_IMPORTED_MODULE_1__/* .LineIndex */ .rr(text).find('"lockfileVersion"') ?? 1);
    }
    const manifest = input.manifest('package.json');
    const manifestDoc = manifest ? (0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .parseJson */ .qF)(manifest.text, manifest.file, 'package.json') : undefined;
    const rootManifest = (0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(manifestDoc) ? manifestDoc : undefined;
    let packages;
    if ((0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(doc['packages'])) {
        packages = doc['packages'];
    }
    else {
        packages = { '': { ...(rootManifest ?? {}), name: doc['name'] ?? rootManifest?.name ?? 'root', version: doc['version'] ?? rootManifest?.version ?? '' } };
        if ((0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(doc['dependencies']))
            flattenV1(doc['dependencies'], '', packages);
    }
    const rootEntry = packages[''] ?? {};
    if (manifest && rootManifest && (0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(doc['packages']))
        checkManifest(file, manifest, rootManifest, rootEntry);
    const lines = new _text_js__WEBPACK_IMPORTED_MODULE_1__/* .LineIndex */ .rr(text);
    // Entries appear in file order, so each search resumes where the previous one ended.
    let cursor = 0;
    const lineOfKey = (key) => {
        const needle = (0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(doc['packages']) ? `"${key}": {` : `"${nameFromKey(key)}": {`;
        const at = text.indexOf(needle, cursor);
        if (at < 0)
            return undefined;
        cursor = at + needle.length;
        return lines.lineAt(at);
    };
    const rootName = rootEntry.name ?? rootManifest?.name ?? 'root';
    const project = new Map();
    const projectPurl = (name, version) => (0,_purl_js__WEBPACK_IMPORTED_MODULE_2__/* .purlOf */ .V)('npm', name, version);
    const root = { name: rootName, path: '', purl: projectPurl(rootName, rootEntry.version), dependencies: [], ...(rootEntry.version ? { version: rootEntry.version } : {}) };
    project.set('', root);
    for (const [key, entry] of Object.entries(packages)) {
        if (key === '' || key.includes(NM))
            continue;
        const name = entry.name ?? key.split('/').pop() ?? key;
        project.set(key, { name, path: key, purl: projectPurl(name, entry.version), dependencies: [], ...(entry.version ? { version: entry.version } : {}) });
    }
    const byKey = new Map();
    const byPurl = new Map();
    for (const [key, entry] of Object.entries(packages)) {
        const line = key.includes(NM) ? lineOfKey(key) : undefined;
        if (!key.includes(NM) || entry.link)
            continue;
        const version = versionOf(entry);
        if (!version)
            continue;
        const alias = /^npm:(.+)@[^@]+$/.exec(entry.version ?? '')?.[1];
        const name = alias ?? entry.name ?? nameFromKey(key);
        const purl = (0,_purl_js__WEBPACK_IMPORTED_MODULE_2__/* .purlOf */ .V)('npm', name, version);
        let component = byPurl.get(purl);
        const scope = entry.dev === true || entry.devOptional === true ? 'development' : 'runtime';
        if (!component) {
            component = { name, version, purl, ecosystem: 'npm', scope, direct: false, hashes: (0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .sriToHashes */ .kE)(entry.integrity), dependencies: [], ...(line ? { line } : {}) };
            const license = licenseOf(entry.license);
            if (license)
                component.license = license;
            byPurl.set(purl, component);
        }
        else if (scope === 'runtime') {
            component.scope = 'runtime';
        }
        byKey.set(key, component);
    }
    const targetOf = (from, dep) => {
        const location = resolveLocation(packages, from, dep);
        if (location === undefined)
            return undefined;
        const entry = packages[location];
        if (entry?.link && typeof entry.resolved === 'string')
            return project.get(entry.resolved)?.purl;
        return byKey.get(location)?.purl;
    };
    const depsOf = (entry) => [
        ...Object.keys(entry.dependencies ?? {}),
        ...Object.keys(entry.optionalDependencies ?? {}),
        ...Object.keys(entry.peerDependencies ?? {}).filter((p) => entry.peerDependenciesMeta?.[p]?.optional !== true),
    ];
    for (const [key, component] of byKey) {
        const entry = packages[key];
        if (!entry)
            continue;
        for (const dep of depsOf(entry)) {
            const target = targetOf(key, dep);
            if (target && target !== component.purl && !component.dependencies.includes(target))
                component.dependencies.push(target);
        }
    }
    const purlToComponent = new Map([...byKey.values()].map((c) => [c.purl, c]));
    for (const [key, pkg] of project) {
        const entry = key === '' && !(0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(doc['packages']) ? rootManifest ?? {} : packages[key] ?? {};
        for (const dep of [...depsOf(entry), ...Object.keys(entry.devDependencies ?? {})]) {
            const target = targetOf(key, dep);
            if (!target)
                continue;
            if (!pkg.dependencies.includes(target))
                pkg.dependencies.push(target);
            const component = purlToComponent.get(target);
            if (component)
                component.direct = true;
        }
    }
    const workspaces = [...project.values()].filter((p) => p !== root);
    return { file, kind: 'npm', ecosystem: 'npm', root, workspaces, components: [...byPurl.values()] };
}
/** `npm ci` refuses a lockfile whose root does not list what package.json declares; so do we. */
function checkManifest(file, manifest, declared, locked) {
    const lines = new _text_js__WEBPACK_IMPORTED_MODULE_1__/* .LineIndex */ .rr(manifest.text);
    for (const field of ['dependencies', 'devDependencies', 'optionalDependencies']) {
        const want = (0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .stringRecord */ .JM)(declared[field]);
        const have = { ...(0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .stringRecord */ .JM)(locked.dependencies), ...(0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .stringRecord */ .JM)(locked.devDependencies), ...(0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .stringRecord */ .JM)(locked.optionalDependencies) };
        for (const [name, spec] of Object.entries(want)) {
            if (have[name] === spec)
                continue;
            const line = lines.find(`"${name}"`);
            const problem = have[name] === undefined ? `${name}@${spec} is declared but not in the lockfile` : `${name} is declared as ${spec} but locked as ${have[name]}`;
            throw new _pipeline_core__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${manifest.file}${line ? `:${line}` : ''}: ${file} does not match its manifest: ${problem} (${field}). Run 'npm install' and commit the updated lockfile.`, { file: manifest.file, ...(line ? { line } : {}) });
        }
    }
}


/***/ })

};

//# sourceMappingURL=573.index.js.map