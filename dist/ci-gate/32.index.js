export const id = 32;
export const ids = [32];
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

/***/ 77032:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   normalise: () => (/* binding */ normalise),
/* harmony export */   readPipfileLock: () => (/* binding */ readPipfileLock),
/* harmony export */   readPoetryLock: () => (/* binding */ readPoetryLock),
/* harmony export */   readRequirements: () => (/* binding */ readRequirements),
/* harmony export */   readUvLock: () => (/* binding */ readUvLock)
/* harmony export */ });
/* harmony import */ var _purl_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74470);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(64584);
/* harmony import */ var _graph_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(56348);
/* harmony import */ var _toml_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(31786);




/** PEP 503 normalised name, the key every Python lockfile's references agree on. */
function normalise(name) {
    return name.toLowerCase().replace(/[-_.]+/g, '-');
}
function sha256(value) {
    if (typeof value !== 'string')
        return [];
    const m = /^sha256:([0-9a-f]{64})$/i.exec(value.trim());
    return m?.[1] ? [{ alg: 'SHA-256', content: m[1].toLowerCase() }] : [];
}
function component(name, version, line, hashes = []) {
    return { name, version, purl: (0,_purl_js__WEBPACK_IMPORTED_MODULE_0__/* .purlOf */ .V)('pypi', name, version), ecosystem: 'pypi', scope: 'runtime', direct: false, hashes, dependencies: [], ...(line ? { line } : {}) };
}
function projectFromPyproject(input) {
    const found = input.manifest('pyproject.toml');
    const doc = found ? (0,_toml_js__WEBPACK_IMPORTED_MODULE_1__/* .parseToml */ .M)(found.text, found.file, 'pyproject.toml') : {};
    const project = (0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .isRecord */ .u4)(doc['project']) ? doc['project'] : {};
    const poetry = (0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .isRecord */ .u4)(doc['tool']) && (0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .isRecord */ .u4)(doc['tool']['poetry']) ? doc['tool']['poetry'] : {};
    const name = String(project['name'] ?? poetry['name'] ?? 'root');
    const version = typeof (project['version'] ?? poetry['version']) === 'string' ? String(project['version'] ?? poetry['version']) : undefined;
    const requirement = (spec) => (typeof spec === 'string' ? /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(spec)?.[1] : undefined);
    const runtime = (Array.isArray(project['dependencies']) ? project['dependencies'] : []).map(requirement).filter((n) => !!n);
    if ((0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .isRecord */ .u4)(poetry['dependencies']))
        runtime.push(...Object.keys(poetry['dependencies']).filter((n) => n !== 'python'));
    const development = [];
    const groups = (0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .isRecord */ .u4)(doc['dependency-groups']) ? doc['dependency-groups'] : {};
    for (const list of Object.values(groups))
        if (Array.isArray(list))
            development.push(...list.map(requirement).filter((n) => !!n));
    const poetryGroups = (0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .isRecord */ .u4)(poetry['group']) ? poetry['group'] : {};
    for (const group of Object.values(poetryGroups))
        if ((0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .isRecord */ .u4)(group) && (0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .isRecord */ .u4)(group['dependencies']))
            development.push(...Object.keys(group['dependencies']));
    if ((0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .isRecord */ .u4)(poetry['dev-dependencies']))
        development.push(...Object.keys(poetry['dev-dependencies']));
    return { project: { name, path: '', purl: (0,_purl_js__WEBPACK_IMPORTED_MODULE_0__/* .purlOf */ .V)('pypi', name, version), dependencies: [], ...(version ? { version } : {}) }, runtime, development };
}
function finish(file, kind, root, components, runtime, development) {
    const runtimeRoots = [];
    for (const [names, isRuntime] of [[runtime, true], [development, false]]) {
        for (const name of names) {
            const target = components.get(normalise(name))?.purl;
            (0,_graph_js__WEBPACK_IMPORTED_MODULE_3__/* .addUnique */ .$6)(root.dependencies, target);
            if (isRuntime && target)
                runtimeRoots.push(target);
        }
    }
    const list = [...components.values()];
    (0,_graph_js__WEBPACK_IMPORTED_MODULE_3__/* .markDirect */ .Re)(list, [root]);
    (0,_graph_js__WEBPACK_IMPORTED_MODULE_3__/* .assignScopes */ .tO)(list, runtimeRoots);
    return { file, kind, ecosystem: 'pypi', root, workspaces: [], components: list };
}
function readPoetryLock(input) {
    const doc = (0,_toml_js__WEBPACK_IMPORTED_MODULE_1__/* .parseToml */ .M)(input.text, input.file, 'poetry.lock');
    const lines = new _text_js__WEBPACK_IMPORTED_MODULE_2__/* .LineIndex */ .rr(input.text);
    const byName = new Map();
    const packages = (0,_toml_js__WEBPACK_IMPORTED_MODULE_1__/* .records */ .V)(doc['package']);
    let cursor = 0;
    const groupsOf = new Map();
    for (const pkg of packages) {
        const name = String(pkg['name'] ?? '');
        const version = String(pkg['version'] ?? '');
        if (!name || !version)
            throw (0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .corrupt */ .qb)(input.file, 'poetry.lock', 'a [[package]] has no name or version', lines.find('[[package]]', cursor));
        const at = input.text.indexOf(`name = "${name}"`, cursor);
        if (at >= 0)
            cursor = at;
        const files = (0,_toml_js__WEBPACK_IMPORTED_MODULE_1__/* .records */ .V)(pkg['files']);
        byName.set(normalise(name), component(name, version, at >= 0 ? lines.lineAt(at) : undefined, files.flatMap((f) => sha256(f['hash'])).slice(0, 1)));
        groupsOf.set(normalise(name), pkg['groups']);
    }
    for (const pkg of packages) {
        const c = byName.get(normalise(String(pkg['name'])));
        if (!c || !(0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .isRecord */ .u4)(pkg['dependencies']))
            continue;
        for (const dep of Object.keys(pkg['dependencies']))
            (0,_graph_js__WEBPACK_IMPORTED_MODULE_3__/* .addUnique */ .$6)(c.dependencies, byName.get(normalise(dep))?.purl);
    }
    const { project, runtime, development } = projectFromPyproject(input);
    const result = finish(input.file, 'poetry', project, byName, runtime, development);
    // Poetry 2 records the groups a package belongs to; that is more exact than reachability.
    for (const c of result.components) {
        const groups = groupsOf.get(normalise(c.name));
        if (Array.isArray(groups))
            c.scope = groups.includes('main') ? 'runtime' : 'development';
    }
    return result;
}
function readUvLock(input) {
    const doc = (0,_toml_js__WEBPACK_IMPORTED_MODULE_1__/* .parseToml */ .M)(input.text, input.file, 'uv.lock');
    const lines = new _text_js__WEBPACK_IMPORTED_MODULE_2__/* .LineIndex */ .rr(input.text);
    // uv may lock two versions of one name for different markers, so versions stay apart.
    const byName = new Map();
    const packages = (0,_toml_js__WEBPACK_IMPORTED_MODULE_1__/* .records */ .V)(doc['package']);
    let rootPkg;
    let cursor = 0;
    const owners = new Map();
    for (const pkg of packages) {
        const name = String(pkg['name'] ?? '');
        const source = (0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .isRecord */ .u4)(pkg['source']) ? pkg['source'] : {};
        if (source['editable'] === '.' || source['virtual'] === '.') {
            rootPkg = pkg;
            continue;
        }
        const version = String(pkg['version'] ?? '');
        if (!name || !version)
            throw (0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .corrupt */ .qb)(input.file, 'uv.lock', 'a [[package]] has no name or version', lines.find('[[package]]', cursor));
        const at = input.text.indexOf(`name = "${name}"`, cursor);
        if (at >= 0)
            cursor = at;
        const sdist = (0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .isRecord */ .u4)(pkg['sdist']) ? pkg['sdist'] : {};
        const c = component(name, version, at >= 0 ? lines.lineAt(at) : undefined, sha256(sdist['hash']));
        byName.set(normalise(name), [...(byName.get(normalise(name)) ?? []), c]);
        owners.set(pkg, c);
    }
    const refs = (value) => (0,_toml_js__WEBPACK_IMPORTED_MODULE_1__/* .records */ .V)(value).map((d) => ({ name: String(d['name'] ?? ''), ...(typeof d['version'] === 'string' ? { version: d['version'] } : {}) })).filter((d) => d.name !== '');
    const resolve = (ref) => {
        const all = byName.get(normalise(ref.name)) ?? [];
        return ref.version ? all.filter((c) => c.version === ref.version) : all;
    };
    const groups = (value) => ((0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .isRecord */ .u4)(value) ? Object.values(value).flatMap(refs) : []);
    for (const [pkg, c] of owners) {
        for (const ref of [...refs(pkg['dependencies']), ...groups(pkg['optional-dependencies'])])
            for (const target of resolve(ref))
                (0,_graph_js__WEBPACK_IMPORTED_MODULE_3__/* .addUnique */ .$6)(c.dependencies, target.purl);
    }
    const fromManifest = projectFromPyproject(input);
    const name = String(rootPkg?.['name'] ?? fromManifest.project.name);
    const version = typeof rootPkg?.['version'] === 'string' ? rootPkg['version'] : fromManifest.project.version;
    const root = { name, path: '', purl: (0,_purl_js__WEBPACK_IMPORTED_MODULE_0__/* .purlOf */ .V)('pypi', name, version), dependencies: [], ...(version ? { version } : {}) };
    const runtime = rootPkg ? [...refs(rootPkg['dependencies']), ...groups(rootPkg['optional-dependencies'])] : fromManifest.runtime.map((n) => ({ name: n }));
    const development = rootPkg ? groups(rootPkg['dev-dependencies']) : fromManifest.development.map((n) => ({ name: n }));
    const runtimeRoots = [];
    for (const [list, isRuntime] of [[runtime, true], [development, false]]) {
        for (const ref of list) {
            for (const target of resolve(ref)) {
                (0,_graph_js__WEBPACK_IMPORTED_MODULE_3__/* .addUnique */ .$6)(root.dependencies, target.purl);
                if (isRuntime)
                    runtimeRoots.push(target.purl);
            }
        }
    }
    const components = [...byName.values()].flat();
    (0,_graph_js__WEBPACK_IMPORTED_MODULE_3__/* .markDirect */ .Re)(components, [root]);
    (0,_graph_js__WEBPACK_IMPORTED_MODULE_3__/* .assignScopes */ .tO)(components, runtimeRoots);
    return { file: input.file, kind: 'uv', ecosystem: 'pypi', root, workspaces: [], components };
}
function readPipfileLock(input) {
    const doc = (0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .parseJson */ .qF)(input.text, input.file, 'Pipfile.lock');
    if (!(0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .isRecord */ .u4)(doc) || !(0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .isRecord */ .u4)(doc['_meta']))
        throw (0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .corrupt */ .qb)(input.file, 'Pipfile.lock', 'it has no _meta section', 1);
    const lines = new _text_js__WEBPACK_IMPORTED_MODULE_2__/* .LineIndex */ .rr(input.text);
    const byName = new Map();
    const sections = { default: new Set(), develop: new Set() };
    for (const section of ['default', 'develop']) {
        const entries = (0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .isRecord */ .u4)(doc[section]) ? doc[section] : {};
        const sectionAt = input.text.indexOf(`"${section}"`);
        for (const [name, raw] of Object.entries(entries)) {
            if (!(0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .isRecord */ .u4)(raw))
                continue;
            sections[section]?.add(normalise(name));
            if (byName.has(normalise(name)))
                continue;
            const version = typeof raw['version'] === 'string' ? raw['version'].replace(/^==/, '') : '';
            if (!version)
                continue;
            const hashes = Array.isArray(raw['hashes']) ? raw['hashes'].flatMap(sha256).slice(0, 1) : [];
            byName.set(normalise(name), component(name, version, lines.find(`"${name}": {`, Math.max(0, sectionAt)), hashes));
        }
    }
    // Pipfile.lock keeps no edges; the Pipfile says which packages the project asked for.
    const pipfile = input.manifest('Pipfile');
    const manifest = pipfile ? (0,_toml_js__WEBPACK_IMPORTED_MODULE_1__/* .parseToml */ .M)(pipfile.text, pipfile.file, 'Pipfile') : {};
    const declared = (key) => ((0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .isRecord */ .u4)(manifest[key]) ? Object.keys(manifest[key]) : []);
    const root = { name: 'root', path: '', purl: (0,_purl_js__WEBPACK_IMPORTED_MODULE_0__/* .purlOf */ .V)('pypi', 'root', undefined), dependencies: [] };
    const runtime = pipfile ? declared('packages') : [...(sections['default'] ?? [])];
    const development = pipfile ? declared('dev-packages') : [...(sections['develop'] ?? [])];
    const result = finish(input.file, 'pipenv', root, byName, runtime, development);
    for (const c of result.components)
        c.scope = sections['default']?.has(normalise(c.name)) ? 'runtime' : 'development';
    return result;
}
/** pip-compile output: `name==version` with `--hash` continuations and `# via` comments. */
function readRequirements(input) {
    const lines = input.text.split(/\r?\n/);
    const byName = new Map();
    const via = new Map();
    const direct = new Set();
    let current;
    let inVia = false;
    for (const [i, raw] of lines.entries()) {
        const line = raw.trim();
        if (line === '')
            continue;
        if (line.startsWith('#')) {
            const comment = line.replace(/^#\s*/, '');
            if (!current)
                continue;
            if (comment.startsWith('via')) {
                inVia = true;
                const rest = comment.slice(3).trim();
                if (rest)
                    recordVia(rest, current);
            }
            else if (inVia && raw.startsWith('    #   ')) {
                recordVia(comment, current);
            }
            else {
                inVia = false;
            }
            continue;
        }
        if (line.startsWith('--hash=')) {
            if (current)
                current.hashes.push(...sha256(line.replace(/^--hash=/, '').replace(/\s*\\$/, '')).filter(() => current?.hashes.length === 0));
            continue;
        }
        if (line.startsWith('-'))
            continue;
        const m = /^([A-Za-z0-9][A-Za-z0-9._-]*)(\[[^\]]*\])?\s*===?\s*([^\s;\\#]+)/.exec(line);
        if (!m?.[1] || !m[3]) {
            throw (0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .corrupt */ .qb)(input.file, 'pinned requirements file', `line '${line.slice(0, 60)}' is not pinned as name==version (generate it with pip-compile or 'pip freeze')`, i + 1);
        }
        current = component(m[1], m[3], i + 1);
        inVia = false;
        if (!byName.has(normalise(m[1])))
            byName.set(normalise(m[1]), current);
        const hash = /--hash=(\S+)/.exec(line)?.[1];
        if (hash)
            current.hashes.push(...sha256(hash));
    }
    function recordVia(text, target) {
        if (text.startsWith('-r') || text.startsWith('-c')) {
            direct.add(normalise(target.name));
            return;
        }
        const parent = /^([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(text)?.[1];
        if (parent)
            via.set(normalise(parent), [...(via.get(normalise(parent)) ?? []), target.purl]);
    }
    for (const [parent, children] of via) {
        const c = byName.get(parent);
        if (c)
            for (const child of children)
                (0,_graph_js__WEBPACK_IMPORTED_MODULE_3__/* .addUnique */ .$6)(c.dependencies, child);
    }
    const root = { name: 'root', path: '', purl: (0,_purl_js__WEBPACK_IMPORTED_MODULE_0__/* .purlOf */ .V)('pypi', 'root', undefined), dependencies: [] };
    // Without `# via` annotations every pinned line counts as declared by the project.
    const declared = direct.size > 0 ? [...direct] : [...byName.keys()];
    return finish(input.file, 'requirements', root, byName, declared, []);
}


/***/ }),

/***/ 31786:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ parseToml),
/* harmony export */   V: () => (/* binding */ records)
/* harmony export */ });
/* harmony import */ var smol_toml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3292);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(64584);


function parseToml(text, file, what) {
    try {
        const doc = (0,smol_toml__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)(text);
        if (!(0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(doc))
            throw (0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .corrupt */ .qb)(file, what, 'the top level is not a table', 1);
        return doc;
    }
    catch (error) {
        if (error instanceof smol_toml__WEBPACK_IMPORTED_MODULE_0__/* .TomlError */ .zx)
            throw (0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .corrupt */ .qb)(file, what, error.message.split('\n')[0] ?? error.message, error.line);
        throw error;
    }
}
function records(value) {
    return Array.isArray(value) ? value.filter(_text_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4) : [];
}


/***/ })

};

//# sourceMappingURL=32.index.js.map