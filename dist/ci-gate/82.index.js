export const id = 82;
export const ids = [82];
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

/***/ 95082:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readCargoLock: () => (/* binding */ readCargoLock),
/* harmony export */   readComposerLock: () => (/* binding */ readComposerLock),
/* harmony export */   readGemfileLock: () => (/* binding */ readGemfileLock),
/* harmony export */   readGoModules: () => (/* binding */ readGoModules)
/* harmony export */ });
/* harmony import */ var _pipeline_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(30602);
/* harmony import */ var _purl_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74470);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(64584);
/* harmony import */ var _graph_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(56348);
/* harmony import */ var _toml_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(31786);





/**
 * go.mod's require and replace directives (the grammar is small and stable; Go's own
 * parser is not available in JavaScript). go.sum proves the versions were resolved.
 */
function readGoModules(input) {
    const goMod = input.file.endsWith('go.mod') ? { file: input.file, text: input.text } : input.manifest('go.mod');
    if (!goMod)
        throw new _pipeline_core__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${input.file} has no go.mod next to it; a go.sum alone does not say which modules the build uses.`, { file: input.file });
    const goSum = input.file.endsWith('go.sum') ? { file: input.file, text: input.text } : input.manifest('go.sum');
    const requires = [];
    const replaces = new Map();
    let moduleName = 'root';
    let block;
    for (const [i, raw] of goMod.text.split(/\r?\n/).entries()) {
        const indirect = /\/\/\s*indirect\b/.test(raw);
        const line = raw.replace(/\/\/.*$/, '').trim();
        if (line === '')
            continue;
        if (line === ')') {
            block = undefined;
            continue;
        }
        const open = /^(require|replace|exclude|retract|tool|godebug|ignore)\s*\($/.exec(line);
        if (open) {
            block = open[1];
            continue;
        }
        let directive = block;
        let rest = line;
        const single = /^(module|go|toolchain|require|replace|exclude|retract|tool|godebug|ignore)\s+(.*)$/.exec(line);
        if (!block && single) {
            directive = single[1];
            rest = single[2] ?? '';
        }
        else if (!block) {
            throw (0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .corrupt */ .qb)(goMod.file, 'go.mod', `unknown directive '${line.slice(0, 40)}'`, i + 1);
        }
        const fields = rest.split(/\s+/).map((f) => f.replace(/^"|"$/g, ''));
        if (directive === 'module')
            moduleName = fields[0] ?? moduleName;
        if (directive === 'require') {
            if (!fields[0] || !fields[1] || !/^v\d/.test(fields[1]))
                throw (0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .corrupt */ .qb)(goMod.file, 'go.mod', `require '${rest}' is not 'module vX.Y.Z'`, i + 1);
            requires.push({ path: fields[0], version: fields[1], indirect, line: i + 1 });
        }
        if (directive === 'replace') {
            const arrow = fields.indexOf('=>');
            const from = fields[0];
            const to = fields[arrow + 1];
            if (arrow < 0 || !from || !to)
                throw (0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .corrupt */ .qb)(goMod.file, 'go.mod', `replace '${rest}' has no '=>'`, i + 1);
            replaces.set(from, { path: to, version: fields[arrow + 2] });
        }
    }
    const sumLines = new Set((goSum?.text ?? '').split(/\r?\n/).map((l) => l.split(/\s+/).slice(0, 2).join(' ').replace(/\/go\.mod$/, '')));
    const components = [];
    const root = { name: moduleName, path: '', purl: (0,_purl_js__WEBPACK_IMPORTED_MODULE_2__/* .purlOf */ .V)('golang', moduleName, undefined), dependencies: [] };
    for (const req of requires) {
        const replaced = replaces.get(req.path);
        // A replacement by a local directory is part of this checkout, not a dependency.
        if (replaced && (replaced.path.startsWith('./') || replaced.path.startsWith('../') || replaced.path.startsWith('/')))
            continue;
        const path = replaced?.path ?? req.path;
        const version = replaced?.version ?? req.version;
        if (goSum && !sumLines.has(`${path} ${version}`)) {
            throw new _pipeline_core__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${goMod.file}:${req.line}: ${goSum.file} does not match its manifest: it has no checksum for ${path} ${version}. Run 'go mod tidy' and commit go.sum.`, { file: goMod.file, line: req.line });
        }
        const purl = (0,_purl_js__WEBPACK_IMPORTED_MODULE_2__/* .purlOf */ .V)('golang', path, version);
        components.push({ name: path, version, purl, ecosystem: 'golang', scope: 'runtime', direct: !req.indirect, hashes: [], dependencies: [], line: req.line });
        if (!req.indirect)
            root.dependencies.push(purl);
    }
    return { file: goMod.file, kind: 'go', ecosystem: 'golang', root, workspaces: [], components };
}
function readCargoLock(input) {
    const doc = (0,_toml_js__WEBPACK_IMPORTED_MODULE_3__/* .parseToml */ .M)(input.text, input.file, 'Cargo.lock');
    const lines = new _text_js__WEBPACK_IMPORTED_MODULE_1__/* .LineIndex */ .rr(input.text);
    const packages = (0,_toml_js__WEBPACK_IMPORTED_MODULE_3__/* .records */ .V)(doc['package']);
    const byNameVersion = new Map();
    const byName = new Map();
    const members = [];
    const memberOf = new Map();
    let cursor = 0;
    for (const pkg of packages) {
        const name = String(pkg['name'] ?? '');
        const version = String(pkg['version'] ?? '');
        if (!name || !version)
            throw (0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .corrupt */ .qb)(input.file, 'Cargo.lock', 'a [[package]] has no name or version', lines.find('[[package]]', cursor));
        const at = input.text.indexOf(`name = "${name}"\nversion = "${version}"`, cursor);
        if (at >= 0)
            cursor = at;
        if (pkg['source'] === undefined) {
            // No source: a member of this workspace (or a path dependency inside it).
            const member = { name, version, path: '', purl: (0,_purl_js__WEBPACK_IMPORTED_MODULE_2__/* .purlOf */ .V)('cargo', name, version), dependencies: [] };
            members.push(member);
            memberOf.set(pkg, member);
            continue;
        }
        const checksum = typeof pkg['checksum'] === 'string' && /^[0-9a-f]{64}$/.test(pkg['checksum']) ? [{ alg: 'SHA-256', content: pkg['checksum'] }] : [];
        const component = { name, version, purl: (0,_purl_js__WEBPACK_IMPORTED_MODULE_2__/* .purlOf */ .V)('cargo', name, version), ecosystem: 'cargo', scope: 'runtime', direct: false, hashes: checksum, dependencies: [], ...(at >= 0 ? { line: lines.lineAt(at) } : {}) };
        byNameVersion.set(`${name} ${version}`, component);
        byName.set(name, [...(byName.get(name) ?? []), component]);
    }
    const memberByName = new Map(members.map((m) => [m.name, m]));
    // `name`, `name version` or `name version (source)`: the version is only written when ambiguous.
    const resolve = (ref) => {
        const [name = '', version] = ref.split(' ');
        if (version)
            return byNameVersion.get(`${name} ${version}`)?.purl ?? memberByName.get(name)?.purl;
        return byName.get(name)?.[0]?.purl ?? memberByName.get(name)?.purl;
    };
    for (const pkg of packages) {
        const deps = Array.isArray(pkg['dependencies']) ? pkg['dependencies'].filter((d) => typeof d === 'string') : [];
        const target = memberOf.get(pkg) ?? byNameVersion.get(`${String(pkg['name'])} ${String(pkg['version'])}`);
        if (target)
            for (const dep of deps)
                (0,_graph_js__WEBPACK_IMPORTED_MODULE_4__/* .addUnique */ .$6)(target.dependencies, resolve(dep));
    }
    const manifest = input.manifest('Cargo.toml');
    const cargoToml = manifest ? (0,_toml_js__WEBPACK_IMPORTED_MODULE_3__/* .parseToml */ .M)(manifest.text, manifest.file, 'Cargo.toml') : {};
    const rootName = (0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(cargoToml['package']) ? String(cargoToml['package']['name']) : undefined;
    const root = members.find((m) => m.name === rootName) ?? members[0] ?? { name: 'root', path: '', purl: (0,_purl_js__WEBPACK_IMPORTED_MODULE_2__/* .purlOf */ .V)('cargo', 'root', undefined), dependencies: [] };
    const components = [...byNameVersion.values()];
    (0,_graph_js__WEBPACK_IMPORTED_MODULE_4__/* .markDirect */ .Re)(components, members);
    // Cargo.lock does not separate dev-dependencies; Cargo.toml does, for the root crate.
    const devOnly = new Set(Object.keys((0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(cargoToml['dev-dependencies']) ? cargoToml['dev-dependencies'] : {}));
    const runtimeRoots = members.flatMap((m) => (m === root ? m.dependencies.filter((p) => !components.some((c) => c.purl === p && devOnly.has(c.name))) : m.dependencies));
    if (manifest)
        (0,_graph_js__WEBPACK_IMPORTED_MODULE_4__/* .assignScopes */ .tO)(components, runtimeRoots);
    return { file: input.file, kind: 'cargo', ecosystem: 'cargo', root, workspaces: members.filter((m) => m !== root), components };
}
/** Gemfile.lock: indented `name (version[-platform])` specs per source section, then DEPENDENCIES and CHECKSUMS. */
function readGemfileLock(input) {
    const text = input.text;
    if (/^<<<<<<< /m.test(text))
        throw (0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .corrupt */ .qb)(input.file, 'Gemfile.lock', 'it contains merge conflict markers', new _text_js__WEBPACK_IMPORTED_MODULE_1__/* .LineIndex */ .rr(text).find('<<<<<<<'));
    const lines = text.split(/\r?\n/);
    let section = '';
    let inSpecs = false;
    let current = {};
    const byName = new Map();
    const components = [];
    const projects = [];
    const edges = [];
    const declared = [];
    const checksums = new Map();
    for (const [i, line] of lines.entries()) {
        if (/^[A-Z]/.test(line)) {
            section = line.trim();
            inSpecs = false;
            continue;
        }
        if (line.trim() === '')
            continue;
        if (section === 'GEM' || section === 'PATH' || section === 'GIT') {
            if (line === '  specs:') {
                inSpecs = true;
                continue;
            }
            if (!inSpecs)
                continue;
            const spec = /^ {4}(\S+) \(([^)]+)\)$/.exec(line);
            if (spec?.[1] && spec[2]) {
                const [version = '', ...platform] = spec[2].split('-');
                const qualifiers = platform.length > 0 && !/^\d/.test(platform[0] ?? '') ? { platform: platform.join('-') } : undefined;
                const fullVersion = qualifiers ? version : spec[2];
                const purl = (0,_purl_js__WEBPACK_IMPORTED_MODULE_2__/* .purlOf */ .V)('gem', spec[1], fullVersion, qualifiers);
                if (section === 'PATH') {
                    const project = { name: spec[1], version: fullVersion, path: '', purl, dependencies: [] };
                    projects.push(project);
                    current = { project };
                }
                else {
                    const component = { name: spec[1], version: fullVersion, purl, ecosystem: 'gem', scope: 'runtime', direct: false, hashes: [], dependencies: [], line: i + 1 };
                    components.push(component);
                    byName.set(spec[1], [...(byName.get(spec[1]) ?? []), component]);
                    current = { component };
                }
                continue;
            }
            const dep = /^ {6}(\S+)/.exec(line);
            const owner = current.component ?? current.project;
            if (dep?.[1] && owner) {
                edges.push([owner, dep[1]]);
                continue;
            }
            throw (0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .corrupt */ .qb)(input.file, 'Gemfile.lock', `unexpected line '${line.trim().slice(0, 60)}' in ${section} specs`, i + 1);
        }
        if (section === 'DEPENDENCIES') {
            const name = /^ {2}(\S+?)!?(\s|$)/.exec(line)?.[1];
            if (name)
                declared.push(name);
        }
        if (section === 'CHECKSUMS') {
            const m = /^ {2}(\S+) \(([^)]+)\) sha256=([0-9a-f]{64})/.exec(line);
            if (m?.[1] && m[2] && m[3])
                checksums.set(`${m[1]} ${m[2]}`, m[3]);
        }
    }
    if (!lines.some((l) => /^(GEM|PATH|GIT)$/.test(l)))
        throw (0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .corrupt */ .qb)(input.file, 'Gemfile.lock', 'it has no GEM, PATH or GIT section', 1);
    const projectByName = new Map(projects.map((p) => [p.name, p]));
    for (const c of components) {
        const sum = checksums.get(`${c.name} ${c.purl.includes('platform=') ? `${c.version}-${decodeURIComponent(/platform=([^&]+)/.exec(c.purl)?.[1] ?? '')}` : c.version}`);
        if (sum)
            c.hashes.push({ alg: 'SHA-256', content: sum });
    }
    // Platform variants of one gem share its dependencies; an edge points at every variant.
    for (const [owner, name] of edges) {
        for (const target of byName.get(name) ?? [])
            (0,_graph_js__WEBPACK_IMPORTED_MODULE_4__/* .addUnique */ .$6)(owner.dependencies, target.purl);
        (0,_graph_js__WEBPACK_IMPORTED_MODULE_4__/* .addUnique */ .$6)(owner.dependencies, projectByName.get(name)?.purl);
    }
    const root = { name: 'root', path: '', purl: (0,_purl_js__WEBPACK_IMPORTED_MODULE_2__/* .purlOf */ .V)('gem', 'root', undefined), dependencies: [] };
    for (const name of declared) {
        for (const target of byName.get(name) ?? [])
            (0,_graph_js__WEBPACK_IMPORTED_MODULE_4__/* .addUnique */ .$6)(root.dependencies, target.purl);
        (0,_graph_js__WEBPACK_IMPORTED_MODULE_4__/* .addUnique */ .$6)(root.dependencies, projectByName.get(name)?.purl);
    }
    const all = [root, ...projects];
    (0,_graph_js__WEBPACK_IMPORTED_MODULE_4__/* .markDirect */ .Re)(components, all);
    return { file: input.file, kind: 'bundler', ecosystem: 'gem', root, workspaces: projects, components };
}
function readComposerLock(input) {
    const doc = (0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .parseJson */ .qF)(input.text, input.file, 'composer.lock');
    if (!(0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(doc) || !Array.isArray(doc['packages']))
        throw (0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .corrupt */ .qb)(input.file, 'composer.lock', "it has no 'packages' list", 1);
    const lines = new _text_js__WEBPACK_IMPORTED_MODULE_1__/* .LineIndex */ .rr(input.text);
    const byName = new Map();
    const requires = new Map();
    for (const [section, scope] of [['packages', 'runtime'], ['packages-dev', 'development']]) {
        for (const pkg of (0,_toml_js__WEBPACK_IMPORTED_MODULE_3__/* .records */ .V)(doc[section])) {
            const name = String(pkg['name'] ?? '');
            const version = String(pkg['version'] ?? '');
            if (!name || !version)
                continue;
            const dist = (0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(pkg['dist']) ? pkg['dist'] : {};
            const shasum = typeof dist['shasum'] === 'string' && /^[0-9a-f]{40}$/.test(dist['shasum']) ? [{ alg: 'SHA-1', content: dist['shasum'] }] : [];
            const licenses = Array.isArray(pkg['license']) ? pkg['license'].filter((l) => typeof l === 'string') : [];
            const line = lines.find(`"name": "${name.replace(/\//g, '\\/')}"`) ?? lines.find(`"name": "${name}"`);
            const component = { name, version, purl: (0,_purl_js__WEBPACK_IMPORTED_MODULE_2__/* .purlOf */ .V)('composer', name, version), ecosystem: 'composer', scope, direct: false, hashes: shasum, dependencies: [], ...(line ? { line } : {}) };
            // composer writes several licenses as a disjunction: the user may pick one.
            if (licenses.length > 0)
                component.license = licenses.length === 1 ? licenses[0] : `(${licenses.join(' OR ')})`;
            byName.set(name.toLowerCase(), component);
            requires.set(name.toLowerCase(), Object.keys((0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .stringRecord */ .JM)(pkg['require'])));
        }
    }
    for (const [name, deps] of requires) {
        const c = byName.get(name);
        if (c)
            for (const dep of deps)
                (0,_graph_js__WEBPACK_IMPORTED_MODULE_4__/* .addUnique */ .$6)(c.dependencies, byName.get(dep.toLowerCase())?.purl);
    }
    const manifest = input.manifest('composer.json');
    const composerJson = manifest ? (0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .parseJson */ .qF)(manifest.text, manifest.file, 'composer.json') : {};
    const m = (0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(composerJson) ? composerJson : {};
    const rootName = typeof m['name'] === 'string' ? m['name'] : 'root/root';
    const root = { name: rootName, path: '', purl: (0,_purl_js__WEBPACK_IMPORTED_MODULE_2__/* .purlOf */ .V)('composer', rootName, undefined), dependencies: [] };
    const runtime = Object.keys((0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .stringRecord */ .JM)(m['require']));
    for (const dep of [...runtime, ...Object.keys((0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .stringRecord */ .JM)(m['require-dev']))])
        (0,_graph_js__WEBPACK_IMPORTED_MODULE_4__/* .addUnique */ .$6)(root.dependencies, byName.get(dep.toLowerCase())?.purl);
    if (manifest) {
        const missing = [...runtime, ...Object.keys((0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .stringRecord */ .JM)(m['require-dev']))].find((d) => !/^(php|ext-|lib-|composer-)/.test(d) && !byName.has(d.toLowerCase()));
        if (missing) {
            const line = new _text_js__WEBPACK_IMPORTED_MODULE_1__/* .LineIndex */ .rr(manifest.text).find(`"${missing}"`);
            throw new _pipeline_core__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${manifest.file}${line ? `:${line}` : ''}: ${input.file} does not match its manifest: ${missing} is required but not locked. Run 'composer update --lock' and commit composer.lock.`, { file: manifest.file, ...(line ? { line } : {}) });
        }
    }
    const components = [...byName.values()];
    (0,_graph_js__WEBPACK_IMPORTED_MODULE_4__/* .markDirect */ .Re)(components, [root]);
    return { file: input.file, kind: 'composer', ecosystem: 'composer', root, workspaces: [], components };
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

//# sourceMappingURL=82.index.js.map