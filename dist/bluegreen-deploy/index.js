import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 5183:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || function (mod) {
    if (mod && mod.__esModule) return mod;
    var result = {};
    if (mod != null) for (var k in mod) if (k !== "default" && Object.prototype.hasOwnProperty.call(mod, k)) __createBinding(result, mod, k);
    __setModuleDefault(result, mod);
    return result;
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.req = exports.json = exports.toBuffer = void 0;
const http = __importStar(__nccwpck_require__(8611));
const https = __importStar(__nccwpck_require__(5692));
async function toBuffer(stream) {
    let length = 0;
    const chunks = [];
    for await (const chunk of stream) {
        length += chunk.length;
        chunks.push(chunk);
    }
    return Buffer.concat(chunks, length);
}
exports.toBuffer = toBuffer;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function json(stream) {
    const buf = await toBuffer(stream);
    const str = buf.toString('utf8');
    try {
        return JSON.parse(str);
    }
    catch (_err) {
        const err = _err;
        err.message += ` (input: ${str})`;
        throw err;
    }
}
exports.json = json;
function req(url, opts = {}) {
    const href = typeof url === 'string' ? url : url.href;
    const req = (href.startsWith('https:') ? https : http).request(url, opts);
    const promise = new Promise((resolve, reject) => {
        req
            .once('response', resolve)
            .once('error', reject)
            .end();
    });
    req.then = promise.then.bind(promise);
    return req;
}
exports.req = req;
//# sourceMappingURL=helpers.js.map

/***/ }),

/***/ 8894:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || function (mod) {
    if (mod && mod.__esModule) return mod;
    var result = {};
    if (mod != null) for (var k in mod) if (k !== "default" && Object.prototype.hasOwnProperty.call(mod, k)) __createBinding(result, mod, k);
    __setModuleDefault(result, mod);
    return result;
};
var __exportStar = (this && this.__exportStar) || function(m, exports) {
    for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports, p)) __createBinding(exports, m, p);
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Agent = void 0;
const net = __importStar(__nccwpck_require__(9278));
const http = __importStar(__nccwpck_require__(8611));
const https_1 = __nccwpck_require__(5692);
__exportStar(__nccwpck_require__(5183), exports);
const INTERNAL = Symbol('AgentBaseInternalState');
class Agent extends http.Agent {
    constructor(opts) {
        super(opts);
        this[INTERNAL] = {};
    }
    /**
     * Determine whether this is an `http` or `https` request.
     */
    isSecureEndpoint(options) {
        if (options) {
            // First check the `secureEndpoint` property explicitly, since this
            // means that a parent `Agent` is "passing through" to this instance.
            // eslint-disable-next-line @typescript-eslint/no-explicit-any
            if (typeof options.secureEndpoint === 'boolean') {
                return options.secureEndpoint;
            }
            // If no explicit `secure` endpoint, check if `protocol` property is
            // set. This will usually be the case since using a full string URL
            // or `URL` instance should be the most common usage.
            if (typeof options.protocol === 'string') {
                return options.protocol === 'https:';
            }
        }
        // Finally, if no `protocol` property was set, then fall back to
        // checking the stack trace of the current call stack, and try to
        // detect the "https" module.
        const { stack } = new Error();
        if (typeof stack !== 'string')
            return false;
        return stack
            .split('\n')
            .some((l) => l.indexOf('(https.js:') !== -1 ||
            l.indexOf('node:https:') !== -1);
    }
    // In order to support async signatures in `connect()` and Node's native
    // connection pooling in `http.Agent`, the array of sockets for each origin
    // has to be updated synchronously. This is so the length of the array is
    // accurate when `addRequest()` is next called. We achieve this by creating a
    // fake socket and adding it to `sockets[origin]` and incrementing
    // `totalSocketCount`.
    incrementSockets(name) {
        // If `maxSockets` and `maxTotalSockets` are both Infinity then there is no
        // need to create a fake socket because Node.js native connection pooling
        // will never be invoked.
        if (this.maxSockets === Infinity && this.maxTotalSockets === Infinity) {
            return null;
        }
        // All instances of `sockets` are expected TypeScript errors. The
        // alternative is to add it as a private property of this class but that
        // will break TypeScript subclassing.
        if (!this.sockets[name]) {
            // @ts-expect-error `sockets` is readonly in `@types/node`
            this.sockets[name] = [];
        }
        const fakeSocket = new net.Socket({ writable: false });
        this.sockets[name].push(fakeSocket);
        // @ts-expect-error `totalSocketCount` isn't defined in `@types/node`
        this.totalSocketCount++;
        return fakeSocket;
    }
    decrementSockets(name, socket) {
        if (!this.sockets[name] || socket === null) {
            return;
        }
        const sockets = this.sockets[name];
        const index = sockets.indexOf(socket);
        if (index !== -1) {
            sockets.splice(index, 1);
            // @ts-expect-error  `totalSocketCount` isn't defined in `@types/node`
            this.totalSocketCount--;
            if (sockets.length === 0) {
                // @ts-expect-error `sockets` is readonly in `@types/node`
                delete this.sockets[name];
            }
        }
    }
    // In order to properly update the socket pool, we need to call `getName()` on
    // the core `https.Agent` if it is a secureEndpoint.
    getName(options) {
        const secureEndpoint = this.isSecureEndpoint(options);
        if (secureEndpoint) {
            // @ts-expect-error `getName()` isn't defined in `@types/node`
            return https_1.Agent.prototype.getName.call(this, options);
        }
        // @ts-expect-error `getName()` isn't defined in `@types/node`
        return super.getName(options);
    }
    createSocket(req, options, cb) {
        const connectOpts = {
            ...options,
            secureEndpoint: this.isSecureEndpoint(options),
        };
        const name = this.getName(connectOpts);
        const fakeSocket = this.incrementSockets(name);
        Promise.resolve()
            .then(() => this.connect(req, connectOpts))
            .then((socket) => {
            this.decrementSockets(name, fakeSocket);
            if (socket instanceof http.Agent) {
                try {
                    // @ts-expect-error `addRequest()` isn't defined in `@types/node`
                    return socket.addRequest(req, connectOpts);
                }
                catch (err) {
                    return cb(err);
                }
            }
            this[INTERNAL].currentSocket = socket;
            // @ts-expect-error `createSocket()` isn't defined in `@types/node`
            super.createSocket(req, options, cb);
        }, (err) => {
            this.decrementSockets(name, fakeSocket);
            cb(err);
        });
    }
    createConnection() {
        const socket = this[INTERNAL].currentSocket;
        this[INTERNAL].currentSocket = undefined;
        if (!socket) {
            throw new Error('No socket was returned in the `connect()` function');
        }
        return socket;
    }
    get defaultPort() {
        return (this[INTERNAL].defaultPort ??
            (this.protocol === 'https:' ? 443 : 80));
    }
    set defaultPort(v) {
        if (this[INTERNAL]) {
            this[INTERNAL].defaultPort = v;
        }
    }
    get protocol() {
        return (this[INTERNAL].protocol ??
            (this.isSecureEndpoint() ? 'https:' : 'http:'));
    }
    set protocol(v) {
        if (this[INTERNAL]) {
            this[INTERNAL].protocol = v;
        }
    }
}
exports.Agent = Agent;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 6110:
/***/ ((module, exports, __nccwpck_require__) => {

/* eslint-env browser */

/**
 * This is the web browser implementation of `debug()`.
 */

exports.formatArgs = formatArgs;
exports.save = save;
exports.load = load;
exports.useColors = useColors;
exports.storage = localstorage();
exports.destroy = (() => {
	let warned = false;

	return () => {
		if (!warned) {
			warned = true;
			console.warn('Instance method `debug.destroy()` is deprecated and no longer does anything. It will be removed in the next major version of `debug`.');
		}
	};
})();

/**
 * Colors.
 */

exports.colors = [
	'#0000CC',
	'#0000FF',
	'#0033CC',
	'#0033FF',
	'#0066CC',
	'#0066FF',
	'#0099CC',
	'#0099FF',
	'#00CC00',
	'#00CC33',
	'#00CC66',
	'#00CC99',
	'#00CCCC',
	'#00CCFF',
	'#3300CC',
	'#3300FF',
	'#3333CC',
	'#3333FF',
	'#3366CC',
	'#3366FF',
	'#3399CC',
	'#3399FF',
	'#33CC00',
	'#33CC33',
	'#33CC66',
	'#33CC99',
	'#33CCCC',
	'#33CCFF',
	'#6600CC',
	'#6600FF',
	'#6633CC',
	'#6633FF',
	'#66CC00',
	'#66CC33',
	'#9900CC',
	'#9900FF',
	'#9933CC',
	'#9933FF',
	'#99CC00',
	'#99CC33',
	'#CC0000',
	'#CC0033',
	'#CC0066',
	'#CC0099',
	'#CC00CC',
	'#CC00FF',
	'#CC3300',
	'#CC3333',
	'#CC3366',
	'#CC3399',
	'#CC33CC',
	'#CC33FF',
	'#CC6600',
	'#CC6633',
	'#CC9900',
	'#CC9933',
	'#CCCC00',
	'#CCCC33',
	'#FF0000',
	'#FF0033',
	'#FF0066',
	'#FF0099',
	'#FF00CC',
	'#FF00FF',
	'#FF3300',
	'#FF3333',
	'#FF3366',
	'#FF3399',
	'#FF33CC',
	'#FF33FF',
	'#FF6600',
	'#FF6633',
	'#FF9900',
	'#FF9933',
	'#FFCC00',
	'#FFCC33'
];

/**
 * Currently only WebKit-based Web Inspectors, Firefox >= v31,
 * and the Firebug extension (any Firefox version) are known
 * to support "%c" CSS customizations.
 *
 * TODO: add a `localStorage` variable to explicitly enable/disable colors
 */

// eslint-disable-next-line complexity
function useColors() {
	// NB: In an Electron preload script, document will be defined but not fully
	// initialized. Since we know we're in Chrome, we'll just detect this case
	// explicitly
	if (typeof window !== 'undefined' && window.process && (window.process.type === 'renderer' || window.process.__nwjs)) {
		return true;
	}

	// Internet Explorer and Edge do not support colors.
	if (typeof navigator !== 'undefined' && navigator.userAgent && navigator.userAgent.toLowerCase().match(/(edge|trident)\/(\d+)/)) {
		return false;
	}

	let m;

	// Is webkit? http://stackoverflow.com/a/16459606/376773
	// document is undefined in react-native: https://github.com/facebook/react-native/pull/1632
	// eslint-disable-next-line no-return-assign
	return (typeof document !== 'undefined' && document.documentElement && document.documentElement.style && document.documentElement.style.WebkitAppearance) ||
		// Is firebug? http://stackoverflow.com/a/398120/376773
		(typeof window !== 'undefined' && window.console && (window.console.firebug || (window.console.exception && window.console.table))) ||
		// Is firefox >= v31?
		// https://developer.mozilla.org/en-US/docs/Tools/Web_Console#Styling_messages
		(typeof navigator !== 'undefined' && navigator.userAgent && (m = navigator.userAgent.toLowerCase().match(/firefox\/(\d+)/)) && parseInt(m[1], 10) >= 31) ||
		// Double check webkit in userAgent just in case we are in a worker
		(typeof navigator !== 'undefined' && navigator.userAgent && navigator.userAgent.toLowerCase().match(/applewebkit\/(\d+)/));
}

/**
 * Colorize log arguments if enabled.
 *
 * @api public
 */

function formatArgs(args) {
	args[0] = (this.useColors ? '%c' : '') +
		this.namespace +
		(this.useColors ? ' %c' : ' ') +
		args[0] +
		(this.useColors ? '%c ' : ' ') +
		'+' + module.exports.humanize(this.diff);

	if (!this.useColors) {
		return;
	}

	const c = 'color: ' + this.color;
	args.splice(1, 0, c, 'color: inherit');

	// The final "%c" is somewhat tricky, because there could be other
	// arguments passed either before or after the %c, so we need to
	// figure out the correct index to insert the CSS into
	let index = 0;
	let lastC = 0;
	args[0].replace(/%[a-zA-Z%]/g, match => {
		if (match === '%%') {
			return;
		}
		index++;
		if (match === '%c') {
			// We only are interested in the *last* %c
			// (the user may have provided their own)
			lastC = index;
		}
	});

	args.splice(lastC, 0, c);
}

/**
 * Invokes `console.debug()` when available.
 * No-op when `console.debug` is not a "function".
 * If `console.debug` is not available, falls back
 * to `console.log`.
 *
 * @api public
 */
exports.log = console.debug || console.log || (() => {});

/**
 * Save `namespaces`.
 *
 * @param {String} namespaces
 * @api private
 */
function save(namespaces) {
	try {
		if (namespaces) {
			exports.storage.setItem('debug', namespaces);
		} else {
			exports.storage.removeItem('debug');
		}
	} catch (error) {
		// Swallow
		// XXX (@Qix-) should we be logging these?
	}
}

/**
 * Load `namespaces`.
 *
 * @return {String} returns the previously persisted debug modes
 * @api private
 */
function load() {
	let r;
	try {
		r = exports.storage.getItem('debug') || exports.storage.getItem('DEBUG') ;
	} catch (error) {
		// Swallow
		// XXX (@Qix-) should we be logging these?
	}

	// If debug isn't set in LS, and we're in Electron, try to load $DEBUG
	if (!r && typeof process !== 'undefined' && 'env' in process) {
		r = process.env.DEBUG;
	}

	return r;
}

/**
 * Localstorage attempts to return the localstorage.
 *
 * This is necessary because safari throws
 * when a user disables cookies/localstorage
 * and you attempt to access it.
 *
 * @return {LocalStorage}
 * @api private
 */

function localstorage() {
	try {
		// TVMLKit (Apple TV JS Runtime) does not have a window object, just localStorage in the global context
		// The Browser also has localStorage in the global context.
		return localStorage;
	} catch (error) {
		// Swallow
		// XXX (@Qix-) should we be logging these?
	}
}

module.exports = __nccwpck_require__(897)(exports);

const {formatters} = module.exports;

/**
 * Map %j to `JSON.stringify()`, since no Web Inspectors do that by default.
 */

formatters.j = function (v) {
	try {
		return JSON.stringify(v);
	} catch (error) {
		return '[UnexpectedJSONParseError]: ' + error.message;
	}
};


/***/ }),

/***/ 897:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {


/**
 * This is the common logic for both the Node.js and web browser
 * implementations of `debug()`.
 */

function setup(env) {
	createDebug.debug = createDebug;
	createDebug.default = createDebug;
	createDebug.coerce = coerce;
	createDebug.disable = disable;
	createDebug.enable = enable;
	createDebug.enabled = enabled;
	createDebug.humanize = __nccwpck_require__(744);
	createDebug.destroy = destroy;

	Object.keys(env).forEach(key => {
		createDebug[key] = env[key];
	});

	/**
	* The currently active debug mode names, and names to skip.
	*/

	createDebug.names = [];
	createDebug.skips = [];

	/**
	* Map of special "%n" handling functions, for the debug "format" argument.
	*
	* Valid key names are a single, lower or upper-case letter, i.e. "n" and "N".
	*/
	createDebug.formatters = {};

	/**
	* Selects a color for a debug namespace
	* @param {String} namespace The namespace string for the debug instance to be colored
	* @return {Number|String} An ANSI color code for the given namespace
	* @api private
	*/
	function selectColor(namespace) {
		let hash = 0;

		for (let i = 0; i < namespace.length; i++) {
			hash = ((hash << 5) - hash) + namespace.charCodeAt(i);
			hash |= 0; // Convert to 32bit integer
		}

		return createDebug.colors[Math.abs(hash) % createDebug.colors.length];
	}
	createDebug.selectColor = selectColor;

	/**
	* Create a debugger with the given `namespace`.
	*
	* @param {String} namespace
	* @return {Function}
	* @api public
	*/
	function createDebug(namespace) {
		let prevTime;
		let enableOverride = null;
		let namespacesCache;
		let enabledCache;

		function debug(...args) {
			// Disabled?
			if (!debug.enabled) {
				return;
			}

			const self = debug;

			// Set `diff` timestamp
			const curr = Number(new Date());
			const ms = curr - (prevTime || curr);
			self.diff = ms;
			self.prev = prevTime;
			self.curr = curr;
			prevTime = curr;

			args[0] = createDebug.coerce(args[0]);

			if (typeof args[0] !== 'string') {
				// Anything else let's inspect with %O
				args.unshift('%O');
			}

			// Apply any `formatters` transformations
			let index = 0;
			args[0] = args[0].replace(/%([a-zA-Z%])/g, (match, format) => {
				// If we encounter an escaped % then don't increase the array index
				if (match === '%%') {
					return '%';
				}
				index++;
				const formatter = createDebug.formatters[format];
				if (typeof formatter === 'function') {
					const val = args[index];
					match = formatter.call(self, val);

					// Now we need to remove `args[index]` since it's inlined in the `format`
					args.splice(index, 1);
					index--;
				}
				return match;
			});

			// Apply env-specific formatting (colors, etc.)
			createDebug.formatArgs.call(self, args);

			const logFn = self.log || createDebug.log;
			logFn.apply(self, args);
		}

		debug.namespace = namespace;
		debug.useColors = createDebug.useColors();
		debug.color = createDebug.selectColor(namespace);
		debug.extend = extend;
		debug.destroy = createDebug.destroy; // XXX Temporary. Will be removed in the next major release.

		Object.defineProperty(debug, 'enabled', {
			enumerable: true,
			configurable: false,
			get: () => {
				if (enableOverride !== null) {
					return enableOverride;
				}
				if (namespacesCache !== createDebug.namespaces) {
					namespacesCache = createDebug.namespaces;
					enabledCache = createDebug.enabled(namespace);
				}

				return enabledCache;
			},
			set: v => {
				enableOverride = v;
			}
		});

		// Env-specific initialization logic for debug instances
		if (typeof createDebug.init === 'function') {
			createDebug.init(debug);
		}

		return debug;
	}

	function extend(namespace, delimiter) {
		const newDebug = createDebug(this.namespace + (typeof delimiter === 'undefined' ? ':' : delimiter) + namespace);
		newDebug.log = this.log;
		return newDebug;
	}

	/**
	* Enables a debug mode by namespaces. This can include modes
	* separated by a colon and wildcards.
	*
	* @param {String} namespaces
	* @api public
	*/
	function enable(namespaces) {
		createDebug.save(namespaces);
		createDebug.namespaces = namespaces;

		createDebug.names = [];
		createDebug.skips = [];

		const split = (typeof namespaces === 'string' ? namespaces : '')
			.trim()
			.replace(/\s+/g, ',')
			.split(',')
			.filter(Boolean);

		for (const ns of split) {
			if (ns[0] === '-') {
				createDebug.skips.push(ns.slice(1));
			} else {
				createDebug.names.push(ns);
			}
		}
	}

	/**
	 * Checks if the given string matches a namespace template, honoring
	 * asterisks as wildcards.
	 *
	 * @param {String} search
	 * @param {String} template
	 * @return {Boolean}
	 */
	function matchesTemplate(search, template) {
		let searchIndex = 0;
		let templateIndex = 0;
		let starIndex = -1;
		let matchIndex = 0;

		while (searchIndex < search.length) {
			if (templateIndex < template.length && (template[templateIndex] === search[searchIndex] || template[templateIndex] === '*')) {
				// Match character or proceed with wildcard
				if (template[templateIndex] === '*') {
					starIndex = templateIndex;
					matchIndex = searchIndex;
					templateIndex++; // Skip the '*'
				} else {
					searchIndex++;
					templateIndex++;
				}
			} else if (starIndex !== -1) { // eslint-disable-line no-negated-condition
				// Backtrack to the last '*' and try to match more characters
				templateIndex = starIndex + 1;
				matchIndex++;
				searchIndex = matchIndex;
			} else {
				return false; // No match
			}
		}

		// Handle trailing '*' in template
		while (templateIndex < template.length && template[templateIndex] === '*') {
			templateIndex++;
		}

		return templateIndex === template.length;
	}

	/**
	* Disable debug output.
	*
	* @return {String} namespaces
	* @api public
	*/
	function disable() {
		const namespaces = [
			...createDebug.names,
			...createDebug.skips.map(namespace => '-' + namespace)
		].join(',');
		createDebug.enable('');
		return namespaces;
	}

	/**
	* Returns true if the given mode name is enabled, false otherwise.
	*
	* @param {String} name
	* @return {Boolean}
	* @api public
	*/
	function enabled(name) {
		for (const skip of createDebug.skips) {
			if (matchesTemplate(name, skip)) {
				return false;
			}
		}

		for (const ns of createDebug.names) {
			if (matchesTemplate(name, ns)) {
				return true;
			}
		}

		return false;
	}

	/**
	* Coerce `val`.
	*
	* @param {Mixed} val
	* @return {Mixed}
	* @api private
	*/
	function coerce(val) {
		if (val instanceof Error) {
			return val.stack || val.message;
		}
		return val;
	}

	/**
	* XXX DO NOT USE. This is a temporary stub function.
	* XXX It WILL be removed in the next major release.
	*/
	function destroy() {
		console.warn('Instance method `debug.destroy()` is deprecated and no longer does anything. It will be removed in the next major version of `debug`.');
	}

	createDebug.enable(createDebug.load());

	return createDebug;
}

module.exports = setup;


/***/ }),

/***/ 2830:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

/**
 * Detect Electron renderer / nwjs process, which is node, but we should
 * treat as a browser.
 */

if (typeof process === 'undefined' || process.type === 'renderer' || process.browser === true || process.__nwjs) {
	module.exports = __nccwpck_require__(6110);
} else {
	module.exports = __nccwpck_require__(5108);
}


/***/ }),

/***/ 5108:
/***/ ((module, exports, __nccwpck_require__) => {

/**
 * Module dependencies.
 */

const tty = __nccwpck_require__(2018);
const util = __nccwpck_require__(9023);

/**
 * This is the Node.js implementation of `debug()`.
 */

exports.init = init;
exports.log = log;
exports.formatArgs = formatArgs;
exports.save = save;
exports.load = load;
exports.useColors = useColors;
exports.destroy = util.deprecate(
	() => {},
	'Instance method `debug.destroy()` is deprecated and no longer does anything. It will be removed in the next major version of `debug`.'
);

/**
 * Colors.
 */

exports.colors = [6, 2, 3, 4, 5, 1];

try {
	// Optional dependency (as in, doesn't need to be installed, NOT like optionalDependencies in package.json)
	// eslint-disable-next-line import/no-extraneous-dependencies
	const supportsColor = __nccwpck_require__(1450);

	if (supportsColor && (supportsColor.stderr || supportsColor).level >= 2) {
		exports.colors = [
			20,
			21,
			26,
			27,
			32,
			33,
			38,
			39,
			40,
			41,
			42,
			43,
			44,
			45,
			56,
			57,
			62,
			63,
			68,
			69,
			74,
			75,
			76,
			77,
			78,
			79,
			80,
			81,
			92,
			93,
			98,
			99,
			112,
			113,
			128,
			129,
			134,
			135,
			148,
			149,
			160,
			161,
			162,
			163,
			164,
			165,
			166,
			167,
			168,
			169,
			170,
			171,
			172,
			173,
			178,
			179,
			184,
			185,
			196,
			197,
			198,
			199,
			200,
			201,
			202,
			203,
			204,
			205,
			206,
			207,
			208,
			209,
			214,
			215,
			220,
			221
		];
	}
} catch (error) {
	// Swallow - we only care if `supports-color` is available; it doesn't have to be.
}

/**
 * Build up the default `inspectOpts` object from the environment variables.
 *
 *   $ DEBUG_COLORS=no DEBUG_DEPTH=10 DEBUG_SHOW_HIDDEN=enabled node script.js
 */

exports.inspectOpts = Object.keys(process.env).filter(key => {
	return /^debug_/i.test(key);
}).reduce((obj, key) => {
	// Camel-case
	const prop = key
		.substring(6)
		.toLowerCase()
		.replace(/_([a-z])/g, (_, k) => {
			return k.toUpperCase();
		});

	// Coerce string value into JS value
	let val = process.env[key];
	if (/^(yes|on|true|enabled)$/i.test(val)) {
		val = true;
	} else if (/^(no|off|false|disabled)$/i.test(val)) {
		val = false;
	} else if (val === 'null') {
		val = null;
	} else {
		val = Number(val);
	}

	obj[prop] = val;
	return obj;
}, {});

/**
 * Is stdout a TTY? Colored output is enabled when `true`.
 */

function useColors() {
	return 'colors' in exports.inspectOpts ?
		Boolean(exports.inspectOpts.colors) :
		tty.isatty(process.stderr.fd);
}

/**
 * Adds ANSI color escape codes if enabled.
 *
 * @api public
 */

function formatArgs(args) {
	const {namespace: name, useColors} = this;

	if (useColors) {
		const c = this.color;
		const colorCode = '\u001B[3' + (c < 8 ? c : '8;5;' + c);
		const prefix = `  ${colorCode};1m${name} \u001B[0m`;

		args[0] = prefix + args[0].split('\n').join('\n' + prefix);
		args.push(colorCode + 'm+' + module.exports.humanize(this.diff) + '\u001B[0m');
	} else {
		args[0] = getDate() + name + ' ' + args[0];
	}
}

function getDate() {
	if (exports.inspectOpts.hideDate) {
		return '';
	}
	return new Date().toISOString() + ' ';
}

/**
 * Invokes `util.formatWithOptions()` with the specified arguments and writes to stderr.
 */

function log(...args) {
	return process.stderr.write(util.formatWithOptions(exports.inspectOpts, ...args) + '\n');
}

/**
 * Save `namespaces`.
 *
 * @param {String} namespaces
 * @api private
 */
function save(namespaces) {
	if (namespaces) {
		process.env.DEBUG = namespaces;
	} else {
		// If you set a process.env field to null or undefined, it gets cast to the
		// string 'null' or 'undefined'. Just delete instead.
		delete process.env.DEBUG;
	}
}

/**
 * Load `namespaces`.
 *
 * @return {String} returns the previously persisted debug modes
 * @api private
 */

function load() {
	return process.env.DEBUG;
}

/**
 * Init logic for `debug` instances.
 *
 * Create a new `inspectOpts` object in case `useColors` is set
 * differently for a particular `debug` instance.
 */

function init(debug) {
	debug.inspectOpts = {};

	const keys = Object.keys(exports.inspectOpts);
	for (let i = 0; i < keys.length; i++) {
		debug.inspectOpts[keys[i]] = exports.inspectOpts[keys[i]];
	}
}

module.exports = __nccwpck_require__(897)(exports);

const {formatters} = module.exports;

/**
 * Map %o to `util.inspect()`, all on a single line.
 */

formatters.o = function (v) {
	this.inspectOpts.colors = this.useColors;
	return util.inspect(v, this.inspectOpts)
		.split('\n')
		.map(str => str.trim())
		.join(' ');
};

/**
 * Map %O to `util.inspect()`, allowing multiple lines if needed.
 */

formatters.O = function (v) {
	this.inspectOpts.colors = this.useColors;
	return util.inspect(v, this.inspectOpts);
};


/***/ }),

/***/ 3813:
/***/ ((module) => {



module.exports = (flag, argv = process.argv) => {
	const prefix = flag.startsWith('-') ? '' : (flag.length === 1 ? '-' : '--');
	const position = argv.indexOf(prefix + flag);
	const terminatorPosition = argv.indexOf('--');
	return position !== -1 && (terminatorPosition === -1 || position < terminatorPosition);
};


/***/ }),

/***/ 3669:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || function (mod) {
    if (mod && mod.__esModule) return mod;
    var result = {};
    if (mod != null) for (var k in mod) if (k !== "default" && Object.prototype.hasOwnProperty.call(mod, k)) __createBinding(result, mod, k);
    __setModuleDefault(result, mod);
    return result;
};
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.HttpsProxyAgent = void 0;
const net = __importStar(__nccwpck_require__(9278));
const tls = __importStar(__nccwpck_require__(4756));
const assert_1 = __importDefault(__nccwpck_require__(2613));
const debug_1 = __importDefault(__nccwpck_require__(2830));
const agent_base_1 = __nccwpck_require__(8894);
const url_1 = __nccwpck_require__(7016);
const parse_proxy_response_1 = __nccwpck_require__(7943);
const debug = (0, debug_1.default)('https-proxy-agent');
const setServernameFromNonIpHost = (options) => {
    if (options.servername === undefined &&
        options.host &&
        !net.isIP(options.host)) {
        return {
            ...options,
            servername: options.host,
        };
    }
    return options;
};
/**
 * The `HttpsProxyAgent` implements an HTTP Agent subclass that connects to
 * the specified "HTTP(s) proxy server" in order to proxy HTTPS requests.
 *
 * Outgoing HTTP requests are first tunneled through the proxy server using the
 * `CONNECT` HTTP request method to establish a connection to the proxy server,
 * and then the proxy server connects to the destination target and issues the
 * HTTP request from the proxy server.
 *
 * `https:` requests have their socket connection upgraded to TLS once
 * the connection to the proxy server has been established.
 */
class HttpsProxyAgent extends agent_base_1.Agent {
    constructor(proxy, opts) {
        super(opts);
        this.options = { path: undefined };
        this.proxy = typeof proxy === 'string' ? new url_1.URL(proxy) : proxy;
        this.proxyHeaders = opts?.headers ?? {};
        debug('Creating new HttpsProxyAgent instance: %o', this.proxy.href);
        // Trim off the brackets from IPv6 addresses
        const host = (this.proxy.hostname || this.proxy.host).replace(/^\[|\]$/g, '');
        const port = this.proxy.port
            ? parseInt(this.proxy.port, 10)
            : this.proxy.protocol === 'https:'
                ? 443
                : 80;
        this.connectOpts = {
            // Attempt to negotiate http/1.1 for proxy servers that support http/2
            ALPNProtocols: ['http/1.1'],
            ...(opts ? omit(opts, 'headers') : null),
            host,
            port,
        };
    }
    /**
     * Called when the node-core HTTP client library is creating a
     * new HTTP request.
     */
    async connect(req, opts) {
        const { proxy } = this;
        if (!opts.host) {
            throw new TypeError('No "host" provided');
        }
        // Create a socket connection to the proxy server.
        let socket;
        if (proxy.protocol === 'https:') {
            debug('Creating `tls.Socket`: %o', this.connectOpts);
            socket = tls.connect(setServernameFromNonIpHost(this.connectOpts));
        }
        else {
            debug('Creating `net.Socket`: %o', this.connectOpts);
            socket = net.connect(this.connectOpts);
        }
        const headers = typeof this.proxyHeaders === 'function'
            ? this.proxyHeaders()
            : { ...this.proxyHeaders };
        const host = net.isIPv6(opts.host) ? `[${opts.host}]` : opts.host;
        let payload = `CONNECT ${host}:${opts.port} HTTP/1.1\r\n`;
        // Inject the `Proxy-Authorization` header if necessary.
        if (proxy.username || proxy.password) {
            const auth = `${decodeURIComponent(proxy.username)}:${decodeURIComponent(proxy.password)}`;
            headers['Proxy-Authorization'] = `Basic ${Buffer.from(auth).toString('base64')}`;
        }
        headers.Host = `${host}:${opts.port}`;
        if (!headers['Proxy-Connection']) {
            headers['Proxy-Connection'] = this.keepAlive
                ? 'Keep-Alive'
                : 'close';
        }
        for (const name of Object.keys(headers)) {
            payload += `${name}: ${headers[name]}\r\n`;
        }
        const proxyResponsePromise = (0, parse_proxy_response_1.parseProxyResponse)(socket);
        socket.write(`${payload}\r\n`);
        const { connect, buffered } = await proxyResponsePromise;
        req.emit('proxyConnect', connect);
        this.emit('proxyConnect', connect, req);
        if (connect.statusCode === 200) {
            req.once('socket', resume);
            if (opts.secureEndpoint) {
                // The proxy is connecting to a TLS server, so upgrade
                // this socket connection to a TLS connection.
                debug('Upgrading socket connection to TLS');
                return tls.connect({
                    ...omit(setServernameFromNonIpHost(opts), 'host', 'path', 'port'),
                    socket,
                });
            }
            return socket;
        }
        // Some other status code that's not 200... need to re-play the HTTP
        // header "data" events onto the socket once the HTTP machinery is
        // attached so that the node core `http` can parse and handle the
        // error status code.
        // Close the original socket, and a new "fake" socket is returned
        // instead, so that the proxy doesn't get the HTTP request
        // written to it (which may contain `Authorization` headers or other
        // sensitive data).
        //
        // See: https://hackerone.com/reports/541502
        socket.destroy();
        const fakeSocket = new net.Socket({ writable: false });
        fakeSocket.readable = true;
        // Need to wait for the "socket" event to re-play the "data" events.
        req.once('socket', (s) => {
            debug('Replaying proxy buffer for failed request');
            (0, assert_1.default)(s.listenerCount('data') > 0);
            // Replay the "buffered" Buffer onto the fake `socket`, since at
            // this point the HTTP module machinery has been hooked up for
            // the user.
            s.push(buffered);
            s.push(null);
        });
        return fakeSocket;
    }
}
HttpsProxyAgent.protocols = ['http', 'https'];
exports.HttpsProxyAgent = HttpsProxyAgent;
function resume(socket) {
    socket.resume();
}
function omit(obj, ...keys) {
    const ret = {};
    let key;
    for (key in obj) {
        if (!keys.includes(key)) {
            ret[key] = obj[key];
        }
    }
    return ret;
}
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 7943:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.parseProxyResponse = void 0;
const debug_1 = __importDefault(__nccwpck_require__(2830));
const debug = (0, debug_1.default)('https-proxy-agent:parse-proxy-response');
function parseProxyResponse(socket) {
    return new Promise((resolve, reject) => {
        // we need to buffer any HTTP traffic that happens with the proxy before we get
        // the CONNECT response, so that if the response is anything other than an "200"
        // response code, then we can re-play the "data" events on the socket once the
        // HTTP parser is hooked up...
        let buffersLength = 0;
        const buffers = [];
        function read() {
            const b = socket.read();
            if (b)
                ondata(b);
            else
                socket.once('readable', read);
        }
        function cleanup() {
            socket.removeListener('end', onend);
            socket.removeListener('error', onerror);
            socket.removeListener('readable', read);
        }
        function onend() {
            cleanup();
            debug('onend');
            reject(new Error('Proxy connection ended before receiving CONNECT response'));
        }
        function onerror(err) {
            cleanup();
            debug('onerror %o', err);
            reject(err);
        }
        function ondata(b) {
            buffers.push(b);
            buffersLength += b.length;
            const buffered = Buffer.concat(buffers, buffersLength);
            const endOfHeaders = buffered.indexOf('\r\n\r\n');
            if (endOfHeaders === -1) {
                // keep buffering
                debug('have not received end of HTTP headers yet...');
                read();
                return;
            }
            const headerParts = buffered
                .slice(0, endOfHeaders)
                .toString('ascii')
                .split('\r\n');
            const firstLine = headerParts.shift();
            if (!firstLine) {
                socket.destroy();
                return reject(new Error('No header received from proxy CONNECT response'));
            }
            const firstLineParts = firstLine.split(' ');
            const statusCode = +firstLineParts[1];
            const statusText = firstLineParts.slice(2).join(' ');
            const headers = {};
            for (const header of headerParts) {
                if (!header)
                    continue;
                const firstColon = header.indexOf(':');
                if (firstColon === -1) {
                    socket.destroy();
                    return reject(new Error(`Invalid header from proxy CONNECT response: "${header}"`));
                }
                const key = header.slice(0, firstColon).toLowerCase();
                const value = header.slice(firstColon + 1).trimStart();
                const current = headers[key];
                if (typeof current === 'string') {
                    headers[key] = [current, value];
                }
                else if (Array.isArray(current)) {
                    current.push(value);
                }
                else {
                    headers[key] = value;
                }
            }
            debug('got proxy server response: %o %o', firstLine, headers);
            cleanup();
            resolve({
                connect: {
                    statusCode,
                    statusText,
                    headers,
                },
                buffered,
            });
        }
        socket.on('error', onerror);
        socket.on('end', onend);
        read();
    });
}
exports.parseProxyResponse = parseProxyResponse;
//# sourceMappingURL=parse-proxy-response.js.map

/***/ }),

/***/ 8850:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.AddressError = void 0;
class AddressError extends Error {
    constructor(message, parseMessage) {
        super(message);
        this.name = 'AddressError';
        this.parseMessage = parseMessage;
    }
}
exports.AddressError = AddressError;
//# sourceMappingURL=address-error.js.map

/***/ }),

/***/ 5864:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.isInSubnet = isInSubnet;
exports.isHostInSubnet = isHostInSubnet;
exports.isGloballyReachable = isGloballyReachable;
exports.offsetBigInt = offsetBigInt;
exports.isCorrect = isCorrect;
exports.prefixLengthFromMask = prefixLengthFromMask;
exports.assertByteArray = assertByteArray;
exports.numberToPaddedHex = numberToPaddedHex;
exports.stringToPaddedHex = stringToPaddedHex;
exports.testBit = testBit;
const address_error_1 = __nccwpck_require__(8850);
/**
 * Returns whether this address's *network* is contained within `address`,
 * i.e. whether every address this one can represent also falls inside
 * `address`. A network wider than `address` is not contained in it, so
 * `10.0.0.0/8` is not in `10.0.0.0/16`.
 *
 * To ask whether the address itself falls inside a range, ignoring any CIDR
 * suffix it was written with, use {@link isHostInSubnet} instead. That is the
 * question the special-use classifiers ask.
 */
function isInSubnet(address) {
    if (this.subnetMask < address.subnetMask) {
        return false;
    }
    return isHostInSubnet.call(this, address);
}
/**
 * Returns whether this address's host bits fall inside `address`, ignoring
 * this address's own subnet mask.
 *
 * This is the primitive the special-use classifiers (`isLoopback`,
 * `isPrivate`, `isLinkLocal`, `getType`, …) are built on: they answer a
 * question about the address, so the answer must not change with the CIDR
 * suffix the caller happened to write. Use this rather than
 * {@link isInSubnet} when classifying a single address — notably when the
 * address came from untrusted input and the result backs a trust-boundary
 * decision such as an SSRF allow/deny filter.
 *
 * An address of one family is never inside a network of the other, so an
 * `Address4` against an `Address6` (or the reverse) is `false`. To compare
 * across families, convert first: `Address6.fromAddress4()`, `to4()`, or
 * `toAddress4Nat64()`.
 */
function isHostInSubnet(address) {
    // mask() is a bit string of the family's width, and the leading bits of a
    // 32-bit string can coincide with those of a 128-bit one (a00::1 and
    // 10.0.0.0/8 both mask to 00001010), so the widths must agree before the
    // strings are compared.
    if (this.binaryZeroPad().length !== address.binaryZeroPad().length) {
        return false;
    }
    return this.mask(address.subnetMask) === address.mask();
}
/**
 * Returns whether the registry marks this address globally reachable: the
 * answer of the most specific entry containing it that has one, or `true`
 * when no entry contains it.
 */
function isGloballyReachable(entries) {
    let best = null;
    for (let i = 0; i < entries.length; i++) {
        const entry = entries[i];
        if (entry.reachable !== null &&
            isHostInSubnet.call(this, entry.subnet) &&
            (best === null || entry.subnet.subnetMask > best.subnet.subnetMask)) {
            best = entry;
        }
    }
    return best === null ? true : best.reachable;
}
/**
 * Adds `n` to `value` and returns the result, throwing `AddressError` unless
 * `n` is an integer and the result stays within `[0, 2**bits - 1]`.
 */
function offsetBigInt(value, n, bits, family) {
    if (typeof n === 'number' && !Number.isSafeInteger(n)) {
        throw new address_error_1.AddressError(`${family} offset must be an integer`);
    }
    if (typeof n !== 'number' && typeof n !== 'bigint') {
        throw new address_error_1.AddressError(`${family} offset must be an integer`);
    }
    const result = value + BigInt(n);
    if (result < BigInt(0) || result > (BigInt(1) << BigInt(bits)) - BigInt(1)) {
        throw new address_error_1.AddressError(`${family} offset leaves the address space`);
    }
    return result;
}
function isCorrect(defaultBits) {
    return function isCorrectForm() {
        if (this.addressMinusSuffix !== this.correctForm()) {
            return false;
        }
        if (this.subnetMask === defaultBits && !this.parsedSubnet) {
            return true;
        }
        return this.parsedSubnet === String(this.subnetMask);
    };
}
/**
 * Returns the prefix length (number of leading 1 bits) of a contiguous
 * subnet mask. Throws `AddressError` if the mask is non-contiguous (e.g.
 * `255.0.255.0`).
 */
function prefixLengthFromMask(value, totalBits) {
    const binary = value.toString(2).padStart(totalBits, '0');
    if (binary.length > totalBits) {
        throw new address_error_1.AddressError('Invalid subnet mask.');
    }
    const firstZero = binary.indexOf('0');
    if (firstZero === -1) {
        return totalBits;
    }
    if (binary.slice(firstZero).includes('1')) {
        throw new address_error_1.AddressError('Invalid subnet mask.');
    }
    return firstZero;
}
/**
 * Throws `AddressError` unless `bytes` holds exactly `byteCount` integers,
 * each from `minimum` to 255. Pass a `minimum` of `-128` where signed bytes
 * are accepted and folded to unsigned, and `0` where they are not.
 */
function assertByteArray(bytes, byteCount, family, minimum) {
    if (bytes.length !== byteCount) {
        throw new address_error_1.AddressError(`${family} addresses require exactly ${byteCount} bytes`);
    }
    for (let i = 0; i < bytes.length; i++) {
        if (!Number.isInteger(bytes[i]) || bytes[i] < minimum || bytes[i] > 255) {
            throw new address_error_1.AddressError(`All bytes must be integers between ${minimum} and 255`);
        }
    }
}
function numberToPaddedHex(number) {
    return number.toString(16).padStart(2, '0');
}
function stringToPaddedHex(numberString) {
    return numberToPaddedHex(parseInt(numberString, 10));
}
/**
 * @param binaryValue Binary representation of a value (e.g. `10`)
 * @param position Byte position, where 0 is the least significant bit
 */
function testBit(binaryValue, position) {
    const { length } = binaryValue;
    if (position >= length) {
        return false;
    }
    const positionInString = length - position - 1;
    return binaryValue.substring(positionInString, positionInString + 1) === '1';
}
//# sourceMappingURL=common.js.map

/***/ }),

/***/ 9253:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || function (mod) {
    if (mod && mod.__esModule) return mod;
    var result = {};
    if (mod != null) for (var k in mod) if (k !== "default" && Object.prototype.hasOwnProperty.call(mod, k)) __createBinding(result, mod, k);
    __setModuleDefault(result, mod);
    return result;
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.v6 = exports.AddressError = exports.Address6 = exports.Address4 = void 0;
var ipv4_1 = __nccwpck_require__(7946);
Object.defineProperty(exports, "Address4", ({ enumerable: true, get: function () { return ipv4_1.Address4; } }));
var ipv6_1 = __nccwpck_require__(8096);
Object.defineProperty(exports, "Address6", ({ enumerable: true, get: function () { return ipv6_1.Address6; } }));
var address_error_1 = __nccwpck_require__(8850);
Object.defineProperty(exports, "AddressError", ({ enumerable: true, get: function () { return address_error_1.AddressError; } }));
const helpers = __importStar(__nccwpck_require__(339));
exports.v6 = { helpers };
//# sourceMappingURL=ip-address.js.map

/***/ }),

/***/ 7946:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


/* eslint-disable no-param-reassign */
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || function (mod) {
    if (mod && mod.__esModule) return mod;
    var result = {};
    if (mod != null) for (var k in mod) if (k !== "default" && Object.prototype.hasOwnProperty.call(mod, k)) __createBinding(result, mod, k);
    __setModuleDefault(result, mod);
    return result;
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Address4 = void 0;
const common = __importStar(__nccwpck_require__(5864));
const constants = __importStar(__nccwpck_require__(6437));
const address_error_1 = __nccwpck_require__(8850);
const isCorrect4 = common.isCorrect(constants.BITS);
/**
 * Represents an IPv4 address
 * @param {string} address - An IPv4 address string
 */
class Address4 {
    constructor(address) {
        this.addressMinusSuffix = '';
        this.groups = constants.GROUPS;
        this.parsedAddress = [];
        this.parsedSubnet = '';
        this.subnet = '/32';
        this.subnetMask = 32;
        this.v4 = true;
        /**
         * Returns true if the address is correct, false otherwise
         * @returns {Boolean}
         */
        this.isCorrect = isCorrect4;
        /**
         * Returns true if the given address is in the subnet of the current address.
         * An `Address6` is never in the subnet of an `Address4`; convert with
         * `to4()` or `Address6.fromAddress4()` to compare across families.
         * @returns {boolean}
         */
        this.isInSubnet = common.isInSubnet;
        /**
         * Returns true if this address's host bits fall inside the given subnet,
         * ignoring this address's own subnet mask. Prefer this over `isInSubnet`
         * when classifying a single address, so the answer doesn't change with the
         * CIDR suffix the caller happened to write — notably when the address came
         * from untrusted input and the result backs a trust-boundary decision.
         * An `Address6` is never in the subnet of an `Address4`; convert with
         * `to4()` or `Address6.fromAddress4()` to compare across families.
         * @returns {boolean}
         */
        this.isHostInSubnet = common.isHostInSubnet;
        this.address = address;
        const subnet = constants.RE_SUBNET_STRING.exec(address);
        if (subnet) {
            this.parsedSubnet = subnet[0].replace('/', '');
            this.subnetMask = parseInt(this.parsedSubnet, 10);
            this.subnet = `/${this.subnetMask}`;
            if (this.subnetMask < 0 || this.subnetMask > constants.BITS) {
                throw new address_error_1.AddressError('Invalid subnet mask.');
            }
            address = address.replace(constants.RE_SUBNET_STRING, '');
        }
        // Four three-digit octets and three dots: the longest well-formed address
        // is 15 characters. Longer input is rejected before parsing, as Address6
        // does at its own limit.
        const longest = constants.GROUPS * 4 - 1;
        if (address.length > longest) {
            throw new address_error_1.AddressError(`IPv4 addresses are at most ${longest} characters.`);
        }
        this.addressMinusSuffix = address;
        this.parsedAddress = this.parse(address);
    }
    /**
     * Returns true if the given string is a valid IPv4 address (with optional
     * CIDR subnet), false otherwise. Host bits in the subnet portion are
     * allowed (e.g. `192.168.1.5/24` is valid); for strict network-address
     * validation compare `correctForm()` to `startAddress().correctForm()`,
     * or use `networkForm()`.
     */
    static isValid(address) {
        try {
            // eslint-disable-next-line no-new
            new Address4(address);
            return true;
        }
        catch {
            return false;
        }
    }
    /**
     * Parses an IPv4 address string into its four octet groups and stores the
     * result on `this.parsedAddress`. Called automatically by the constructor;
     * you typically don't need to call it directly. Throws `AddressError` if
     * the input is not a valid IPv4 address.
     */
    parse(address) {
        const groups = address.split('.');
        // Checked before the general match so the error names the actual problem.
        // Address6 rejects the same notation on its v4-in-v6 path.
        if (groups.some((group) => /^0\d/.test(group))) {
            throw new address_error_1.AddressError("IPv4 addresses can't have leading zeroes.");
        }
        if (!address.match(constants.RE_ADDRESS)) {
            throw new address_error_1.AddressError('Invalid IPv4 address.');
        }
        return groups;
    }
    /**
     * Returns the address in correct form: octets joined with `.` and any
     * leading zeros stripped (e.g. `192.168.1.1`). For IPv4 this matches the
     * canonical dotted-decimal representation.
     */
    correctForm() {
        return this.parsedAddress.map((part) => parseInt(part, 10)).join('.');
    }
    /**
     * Construct an `Address4` from an address and a dotted-decimal subnet
     * mask given as separate strings (e.g. as returned by Node's
     * `os.networkInterfaces()`). Throws `AddressError` if the mask is
     * non-contiguous (e.g. `255.0.255.0`).
     * @example
     * var address = Address4.fromAddressAndMask('192.168.1.1', '255.255.255.0');
     * address.subnetMask; // 24
     */
    static fromAddressAndMask(address, mask) {
        const bits = common.prefixLengthFromMask(new Address4(mask).bigInt(), constants.BITS);
        return new Address4(`${address}/${bits}`);
    }
    /**
     * Construct an `Address4` from an address and a Cisco-style wildcard mask
     * given as separate strings (e.g. `0.0.0.255` for a `/24`). The wildcard
     * mask is the bitwise inverse of the subnet mask. Throws `AddressError`
     * if the mask is non-contiguous (e.g. `0.255.0.255`).
     * @example
     * var address = Address4.fromAddressAndWildcardMask('10.0.0.1', '0.0.0.255');
     * address.subnetMask; // 24
     */
    static fromAddressAndWildcardMask(address, wildcardMask) {
        const wildcard = new Address4(wildcardMask).bigInt();
        const allOnes = (BigInt(1) << BigInt(constants.BITS)) - BigInt(1);
        const mask = wildcard ^ allOnes;
        const bits = common.prefixLengthFromMask(mask, constants.BITS);
        return new Address4(`${address}/${bits}`);
    }
    /**
     * Construct an `Address4` from a wildcard pattern with trailing `*`
     * octets. The number of trailing wildcards determines the prefix
     * length: each `*` represents 8 bits.
     *
     * Only trailing whole-octet wildcards are supported. Partial-octet
     * wildcards (e.g. `192.168.0.1*`) and interior wildcards (e.g.
     * `192.*.0.1`) throw `AddressError`.
     * @example
     * Address4.fromWildcard('192.168.0.*').subnet;   // '/24'
     * Address4.fromWildcard('192.168.*.*').subnet;   // '/16'
     * Address4.fromWildcard('*.*.*.*').subnet;       // '/0'
     */
    static fromWildcard(input) {
        const groups = input.split('.');
        if (groups.length !== constants.GROUPS) {
            throw new address_error_1.AddressError('Wildcard pattern must have 4 octets');
        }
        let firstWildcard = -1;
        for (let i = 0; i < groups.length; i++) {
            if (groups[i] === '*') {
                if (firstWildcard === -1) {
                    firstWildcard = i;
                }
            }
            else if (firstWildcard !== -1) {
                throw new address_error_1.AddressError('Wildcard `*` must only appear in trailing octets (e.g. `192.168.0.*`)');
            }
        }
        const trailing = firstWildcard === -1 ? 0 : groups.length - firstWildcard;
        const replaced = groups.map((g) => (g === '*' ? '0' : g));
        const subnetBits = constants.BITS - trailing * 8;
        return new Address4(`${replaced.join('.')}/${subnetBits}`);
    }
    /**
     * Converts a hex string to an IPv4 address object. Accepts 8 hex digits
     * with optional `:` separators (e.g. `'7f000001'` or `'7f:00:00:01'`).
     * Throws `AddressError` for any other length or for non-hex characters.
     * @param {string} hex - a hex string to convert
     * @returns {Address4}
     */
    static fromHex(hex) {
        const stripped = hex.replace(/:/g, '');
        if (!/^[0-9a-fA-F]{8}$/.test(stripped)) {
            throw new address_error_1.AddressError('IPv4 hex must be exactly 8 hex digits');
        }
        const groups = [];
        for (let i = 0; i < 8; i += 2) {
            groups.push(parseInt(stripped.slice(i, i + 2), 16));
        }
        return new Address4(groups.join('.'));
    }
    /**
     * Converts an integer into a IPv4 address object. The integer must be a
     * non-negative safe integer in the range `[0, 2**32 - 1]`; otherwise
     * `AddressError` is thrown.
     * @param {integer} integer - a number to convert
     * @returns {Address4}
     */
    static fromInteger(integer) {
        if (!Number.isInteger(integer) || integer < 0 || integer > 0xffffffff) {
            throw new address_error_1.AddressError('IPv4 integer must be in the range 0 to 2**32 - 1');
        }
        return Address4.fromHex(integer.toString(16).padStart(8, '0'));
    }
    /**
     * Return an address from in-addr.arpa form: the four octets reversed, with
     * or without the `.in-addr.arpa` suffix and root dot, in any case. Throws
     * `AddressError` unless the reversed labels form a valid IPv4 address, so
     * `fromArpa(x.reverseForm())` round-trips {@link reverseForm}.
     * @param {string} arpaFormAddress - an 'in-addr.arpa' form ipv4 address
     * @returns {Adress4}
     * @example
     * var address = Address4.fromArpa('42.2.0.192.in-addr.arpa.')
     * address.correctForm(); // '192.0.2.42'
     */
    static fromArpa(arpaFormAddress) {
        // A 15-character address, a "/32" prefix length and ".in-addr.arpa.": the
        // longest name is 32 characters. Longer input is rejected before its
        // labels are split, as the constructor does at its own limit.
        const longest = constants.GROUPS * 4 - 1 + '/32'.length + '.in-addr.arpa.'.length;
        if (arpaFormAddress.length > longest) {
            throw new address_error_1.AddressError(`in-addr.arpa names are at most ${longest} characters.`);
        }
        // remove an ending ".in-addr.arpa", in any case and with or without the
        // root dot, as Address6.fromArpa does for ".ip6.arpa"
        const leader = arpaFormAddress.replace(/(\.in-addr\.arpa)?\.?$/i, '');
        const address = leader.split('.').reverse().join('.');
        return new Address4(address);
    }
    /**
     * Converts an IPv4 address object to a hex string
     * @returns {String}
     */
    toHex() {
        return this.parsedAddress.map((part) => common.stringToPaddedHex(part)).join(':');
    }
    /**
     * Converts an IPv4 address object to an array of bytes.
     *
     * To get a Node.js `Buffer`, wrap the result: `Buffer.from(address.toArray())`.
     * @returns {Array}
     */
    toArray() {
        return this.parsedAddress.map((part) => parseInt(part, 10));
    }
    /**
     * Converts an IPv4 address object to an IPv6 address group
     * @returns {String}
     */
    toGroup6() {
        const output = [];
        let i;
        for (i = 0; i < constants.GROUPS; i += 2) {
            output.push(`${common.stringToPaddedHex(this.parsedAddress[i])}${common.stringToPaddedHex(this.parsedAddress[i + 1])}`);
        }
        return output.join(':');
    }
    /**
     * Returns the address as a `bigint`
     * @returns {bigint}
     */
    bigInt() {
        return BigInt(`0x${this.parsedAddress.map((n) => common.stringToPaddedHex(n)).join('')}`);
    }
    /**
     * Helper function getting start address.
     * @returns {bigint}
     */
    _startAddress() {
        return BigInt(`0b${this.mask() + '0'.repeat(constants.BITS - this.subnetMask)}`);
    }
    /**
     * The first address in the range given by this address' subnet.
     * Often referred to as the Network Address.
     * @returns {Address4}
     */
    startAddress() {
        return Address4.fromBigInt(this._startAddress());
    }
    /**
     * The first host address in the range given by this address's subnet ie
     * the first address after the Network Address
     * @returns {Address4}
     */
    startAddressExclusive() {
        const adjust = BigInt('1');
        return Address4.fromBigInt(this._startAddress() + adjust);
    }
    /**
     * Returns the address `n` addresses after this one (or before, when `n` is
     * negative), keeping this address's subnet mask. Throws `AddressError` when
     * the result would fall outside the IPv4 address space or `n` is not an
     * integer.
     * @param {number | bigint} n
     * @returns {Address4}
     * @example
     * new Address4('10.0.0.0/24').offset(1).correctForm(); // '10.0.0.1'
     */
    offset(n) {
        return Address4.fromBigInt(common.offsetBigInt(this.bigInt(), n, constants.BITS, 'IPv4')).withSubnetMask(this.subnetMask);
    }
    /**
     * Returns the network that follows this address's network: the address after
     * {@link endAddress}, with the same subnet mask. Throws `AddressError` when
     * this network is the last one in the address space.
     * @returns {Address4}
     * @example
     * new Address4('10.0.0.0/24').nextNetwork().networkForm(); // '10.0.1.0/24'
     */
    nextNetwork() {
        return Address4.fromBigInt(common.offsetBigInt(this._endAddress(), 1, constants.BITS, 'IPv4')).withSubnetMask(this.subnetMask);
    }
    withSubnetMask(subnetMask) {
        return new Address4(`${this.correctForm()}/${subnetMask}`);
    }
    /**
     * Helper function getting end address.
     * @returns {bigint}
     */
    _endAddress() {
        return BigInt(`0b${this.mask() + '1'.repeat(constants.BITS - this.subnetMask)}`);
    }
    /**
     * The last address in the range given by this address' subnet
     * Often referred to as the Broadcast
     * @returns {Address4}
     */
    endAddress() {
        return Address4.fromBigInt(this._endAddress());
    }
    /**
     * The last host address in the range given by this address's subnet ie
     * the last address prior to the Broadcast Address
     * @returns {Address4}
     */
    endAddressExclusive() {
        const adjust = BigInt('1');
        return Address4.fromBigInt(this._endAddress() - adjust);
    }
    /**
     * The dotted-decimal form of the subnet mask, e.g. `255.255.240.0` for
     * a `/20`. Returns an `Address4`; call `.correctForm()` for the string.
     * @returns {Address4}
     */
    subnetMaskAddress() {
        return Address4.fromBigInt(BigInt(`0b${'1'.repeat(this.subnetMask)}${'0'.repeat(constants.BITS - this.subnetMask)}`));
    }
    /**
     * The Cisco-style wildcard mask, e.g. `0.0.0.255` for a `/24`. This is
     * the bitwise inverse of `subnetMaskAddress()`. Returns an `Address4`;
     * call `.correctForm()` for the string.
     * @returns {Address4}
     */
    wildcardMask() {
        return Address4.fromBigInt(BigInt(`0b${'0'.repeat(this.subnetMask)}${'1'.repeat(constants.BITS - this.subnetMask)}`));
    }
    /**
     * The network address in CIDR string form, e.g. `192.168.1.0/24` for
     * `192.168.1.5/24`. For an address with no explicit subnet the prefix is
     * `/32`, e.g. `networkForm()` on `192.168.1.5` returns `192.168.1.5/32`.
     * @returns {string}
     */
    networkForm() {
        return `${this.startAddress().correctForm()}/${this.subnetMask}`;
    }
    /**
     * Converts a BigInt to a v4 address object. The value must be in the
     * range `[0, 2**32 - 1]`; otherwise `AddressError` is thrown.
     * @param {bigint} bigInt - a BigInt to convert
     * @returns {Address4}
     */
    static fromBigInt(bigInt) {
        if (bigInt < BigInt(0) || bigInt > BigInt(0xffffffff)) {
            throw new address_error_1.AddressError('IPv4 BigInt must be in the range 0 to 2**32 - 1');
        }
        return Address4.fromHex(bigInt.toString(16).padStart(8, '0'));
    }
    /**
     * Convert a byte array to an Address4 object. Throws `AddressError` unless
     * given exactly 4 integers from 0 to 255. Signed bytes are rejected, so
     * this differs from `Address6.fromByteArray`, which folds them; the two
     * contracts converge on this stricter form in the next major version.
     *
     * To convert from a Node.js `Buffer`, spread it: `Address4.fromByteArray([...buf])`.
     * @param {Array<number>} bytes - an array of 4 bytes (0-255)
     * @returns {Address4}
     */
    static fromByteArray(bytes) {
        common.assertByteArray(bytes, 4, 'IPv4', 0);
        return this.fromUnsignedByteArray(bytes);
    }
    /**
     * Convert an unsigned byte array to an Address4 object. Throws
     * `AddressError` unless given exactly 4 bytes, and rejects values outside
     * 0 to 255 when parsing the resulting address.
     *
     * To convert from a Node.js `Buffer`, spread it:
     * `Address4.fromUnsignedByteArray([...buf])`.
     * @param {Array<number>} bytes - an array of 4 unsigned bytes (0-255)
     * @returns {Address4}
     */
    static fromUnsignedByteArray(bytes) {
        if (bytes.length !== 4) {
            throw new address_error_1.AddressError('IPv4 addresses require exactly 4 bytes');
        }
        const address = bytes.join('.');
        return new Address4(address);
    }
    /**
     * Returns the first n bits of the address, defaulting to the
     * subnet mask
     * @returns {String}
     */
    mask(mask) {
        if (mask === undefined) {
            mask = this.subnetMask;
        }
        return this.getBitsBase2(0, mask);
    }
    /**
     * Returns the bits in the given range as a base-2 string
     * @returns {string}
     */
    getBitsBase2(start, end) {
        return this.binaryZeroPad().slice(start, end);
    }
    /**
     * Return the reversed in-addr.arpa form of the address, e.g.
     * `42.2.0.192.in-addr.arpa.` for `192.0.2.42`.
     * @param {Object} options
     * @param {boolean} options.omitSuffix - omit the "in-addr.arpa" suffix
     * @returns {String}
     */
    reverseForm(options) {
        if (!options) {
            options = {};
        }
        const reversed = this.correctForm().split('.').reverse().join('.');
        if (options.omitSuffix) {
            return reversed;
        }
        return `${reversed}.in-addr.arpa.`;
    }
    /**
     * Returns true if the given address is a multicast address
     * @returns {boolean}
     */
    isMulticast() {
        return this.isHostInSubnet(MULTICAST_V4);
    }
    /**
     * Returns true if the address is in one of the [RFC 1918](https://datatracker.ietf.org/doc/html/rfc1918) private address ranges (`10.0.0.0/8`, `172.16.0.0/12`, `192.168.0.0/16`).
     * @returns {boolean}
     */
    isPrivate() {
        return PRIVATE_V4.some((subnet) => this.isHostInSubnet(subnet));
    }
    /**
     * Returns true if the address is in the loopback range `127.0.0.0/8` ([RFC 1122](https://datatracker.ietf.org/doc/html/rfc1122)).
     * @returns {boolean}
     */
    isLoopback() {
        return this.isHostInSubnet(LOOPBACK_V4);
    }
    /**
     * Returns true if the address is in the link-local range `169.254.0.0/16` ([RFC 3927](https://datatracker.ietf.org/doc/html/rfc3927)).
     * @returns {boolean}
     */
    isLinkLocal() {
        return this.isHostInSubnet(LINK_LOCAL_V4);
    }
    /**
     * Returns true if the address is the unspecified address `0.0.0.0`.
     * @returns {boolean}
     */
    isUnspecified() {
        return this.isHostInSubnet(UNSPECIFIED_V4);
    }
    /**
     * Returns true if the address is the limited broadcast address `255.255.255.255` ([RFC 919](https://datatracker.ietf.org/doc/html/rfc919)).
     * @returns {boolean}
     */
    isBroadcast() {
        return this.isHostInSubnet(BROADCAST_V4);
    }
    /**
     * Returns true if the address is in the carrier-grade NAT range `100.64.0.0/10` ([RFC 6598](https://datatracker.ietf.org/doc/html/rfc6598)).
     * @returns {boolean}
     */
    isCGNAT() {
        return this.isHostInSubnet(CGNAT_V4);
    }
    /**
     * Returns true if the address is in one of the documentation ranges
     * `192.0.2.0/24`, `198.51.100.0/24`, or `203.0.113.0/24` ([RFC 5737](https://datatracker.ietf.org/doc/html/rfc5737)).
     * @returns {boolean}
     */
    isDocumentation() {
        return DOCUMENTATION_V4.some((subnet) => this.isHostInSubnet(subnet));
    }
    /**
     * Returns true if the address is in the benchmarking range `198.18.0.0/15` ([RFC 2544](https://datatracker.ietf.org/doc/html/rfc2544)).
     * @returns {boolean}
     */
    isBenchmarking() {
        return this.isHostInSubnet(BENCHMARKING_V4);
    }
    /**
     * Returns true if the address is in the reserved range `240.0.0.0/4` ([RFC 1112](https://datatracker.ietf.org/doc/html/rfc1112)),
     * which includes the limited broadcast address.
     * @returns {boolean}
     */
    isReserved() {
        return this.isHostInSubnet(RESERVED_V4);
    }
    /**
     * Returns true if the address is globally reachable: not multicast, and not
     * in any block the [IANA IPv4 Special-Purpose Address Registry](https://www.iana.org/assignments/iana-ipv4-special-registry/)
     * marks as not globally reachable. That covers everything the individual
     * classifiers name (private, loopback, link-local, CGNAT, unspecified,
     * broadcast, documentation, benchmarking, reserved) and the blocks they do
     * not, such as `0.0.0.0/8` and the IETF protocol assignments in
     * `192.0.0.0/24`. This is the single predicate to use where a request must
     * not reach an internal or special-purpose destination; see SECURITY.md.
     * @returns {boolean}
     */
    isGlobal() {
        return !this.isMulticast() && common.isGloballyReachable.call(this, SPECIAL_PURPOSE_V4);
    }
    /**
     * Returns a zero-padded base-2 string representation of the address
     * @returns {string}
     */
    binaryZeroPad() {
        if (this._binaryZeroPad === undefined) {
            this._binaryZeroPad = this.bigInt().toString(2).padStart(constants.BITS, '0');
        }
        return this._binaryZeroPad;
    }
    /**
     * Groups an IPv4 address for inclusion at the end of an IPv6 address.
     *
     * Returns an HTML fragment: each half of the address is wrapped in a
     * `<span>` carrying the group classes an address-inspector UI hovers on.
     * The address content is HTML-escaped; anything you concatenate around it
     * is your responsibility.
     * @returns {String}
     */
    groupForV6() {
        const segments = this.parsedAddress;
        return this.correctForm().replace(constants.RE_ADDRESS, `<span class="hover-group group-v4 group-6">${segments
            .slice(0, 2)
            .join('.')}</span>.<span class="hover-group group-v4 group-7">${segments
            .slice(2, 4)
            .join('.')}</span>`);
    }
}
exports.Address4 = Address4;
const MULTICAST_V4 = new Address4('224.0.0.0/4');
const PRIVATE_V4 = [
    new Address4('10.0.0.0/8'),
    new Address4('172.16.0.0/12'),
    new Address4('192.168.0.0/16'),
];
const LOOPBACK_V4 = new Address4('127.0.0.0/8');
const LINK_LOCAL_V4 = new Address4('169.254.0.0/16');
const UNSPECIFIED_V4 = new Address4('0.0.0.0/32');
const BROADCAST_V4 = new Address4('255.255.255.255/32');
const CGNAT_V4 = new Address4('100.64.0.0/10');
const DOCUMENTATION_V4 = [
    new Address4('192.0.2.0/24'),
    new Address4('198.51.100.0/24'),
    new Address4('203.0.113.0/24'),
];
const BENCHMARKING_V4 = new Address4('198.18.0.0/15');
const RESERVED_V4 = new Address4('240.0.0.0/4');
const SPECIAL_PURPOSE_V4 = constants.SPECIAL_PURPOSE.map(([cidr, , reachable]) => ({
    subnet: new Address4(cidr),
    reachable,
}));
//# sourceMappingURL=ipv4.js.map

/***/ }),

/***/ 8096:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


/* eslint-disable prefer-destructuring */
/* eslint-disable no-param-reassign */
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || function (mod) {
    if (mod && mod.__esModule) return mod;
    var result = {};
    if (mod != null) for (var k in mod) if (k !== "default" && Object.prototype.hasOwnProperty.call(mod, k)) __createBinding(result, mod, k);
    __setModuleDefault(result, mod);
    return result;
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Address6 = void 0;
const common = __importStar(__nccwpck_require__(5864));
const constants4 = __importStar(__nccwpck_require__(6437));
const constants6 = __importStar(__nccwpck_require__(2899));
const helpers = __importStar(__nccwpck_require__(339));
const ipv4_1 = __nccwpck_require__(7946);
const regular_expressions_1 = __nccwpck_require__(2016);
const address_error_1 = __nccwpck_require__(8850);
const common_1 = __nccwpck_require__(5864);
const isCorrect6 = common.isCorrect(constants6.BITS);
function assert(condition) {
    if (!condition) {
        throw new Error('Assertion failed.');
    }
}
function addCommas(number) {
    const r = /(\d+)(\d{3})/;
    while (r.test(number)) {
        number = number.replace(r, '$1,$2');
    }
    return number;
}
function spanLeadingZeroes4(n) {
    n = n.replace(/^(0{1,})([1-9]+)$/, '<span class="parse-error">$1</span>$2');
    n = n.replace(/^(0{1,})(0)$/, '<span class="parse-error">$1</span>$2');
    return n;
}
/*
 * A helper function to compact an array
 */
function compact(address, slice) {
    const s1 = [];
    const s2 = [];
    let i;
    for (i = 0; i < address.length; i++) {
        if (i < slice[0]) {
            s1.push(address[i]);
        }
        else if (i > slice[1]) {
            s2.push(address[i]);
        }
    }
    return s1.concat(['compact']).concat(s2);
}
function paddedHex(octet) {
    return parseInt(octet, 16).toString(16).padStart(4, '0');
}
function unsignByte(b) {
    return b & 0xff;
}
/**
 * Represents an IPv6 address
 * @param {string} address - An IPv6 address string
 * @param {number} [groups=8] - How many octets to parse
 * @example
 * var address = new Address6('2001::/32');
 */
class Address6 {
    constructor(address, optionalGroups) {
        this.addressMinusSuffix = '';
        this.parsedSubnet = '';
        this.subnet = '/128';
        this.subnetMask = 128;
        this.v4 = false;
        this.zone = '';
        // #region Attributes
        /**
         * Returns true if the given address is in the subnet of the current address.
         * An `Address4` is never in the subnet of an `Address6`; convert with
         * `Address6.fromAddress4()` or `to4()` to compare across families.
         * @returns {boolean}
         */
        this.isInSubnet = common.isInSubnet;
        /**
         * Returns true if this address's host bits fall inside the given subnet,
         * ignoring this address's own subnet mask. Prefer this over `isInSubnet`
         * when classifying a single address, so the answer doesn't change with the
         * CIDR suffix the caller happened to write — notably when the address came
         * from untrusted input and the result backs a trust-boundary decision.
         * An `Address4` is never in the subnet of an `Address6`; convert with
         * `Address6.fromAddress4()` or `to4()` to compare across families.
         * @returns {boolean}
         */
        this.isHostInSubnet = common.isHostInSubnet;
        /**
         * Returns true if the address is correct, false otherwise
         * @returns {boolean}
         */
        this.isCorrect = isCorrect6;
        if (optionalGroups === undefined) {
            this.groups = constants6.GROUPS;
        }
        else {
            this.groups = optionalGroups;
        }
        this.address = address;
        const subnet = constants6.RE_SUBNET_STRING.exec(address);
        if (subnet) {
            this.parsedSubnet = subnet[0].replace('/', '');
            this.subnetMask = parseInt(this.parsedSubnet, 10);
            this.subnet = `/${this.subnetMask}`;
            if (Number.isNaN(this.subnetMask) ||
                this.subnetMask < 0 ||
                this.subnetMask > constants6.BITS) {
                throw new address_error_1.AddressError('Invalid subnet mask.');
            }
            address = address.replace(constants6.RE_SUBNET_STRING, '');
        }
        // RE_SUBNET_STRING anchors on the end of the address, so it strips only
        // the trailing suffix. A second one left behind (`::/0/1`) is malformed
        // and must be rejected rather than parsed as an address group.
        if (/\//.test(address)) {
            throw new address_error_1.AddressError('Invalid subnet mask.');
        }
        // A zone runs from the first `%` to the end of the input and holds no line
        // terminator. Finding it by index reads the input once, where matching
        // RE_ZONE_STRING retries from every `%` that a line terminator disqualifies.
        const zoneStart = address.indexOf('%');
        if (zoneStart !== -1 && /^.*$/.test(address.slice(zoneStart))) {
            this.zone = address.slice(zoneStart);
            address = address.slice(0, zoneStart);
        }
        // The longest well-formed address is all but the last two groups written
        // as four hex digits with their colons, then a 15-character dotted quad:
        // 5 * (groups - 2) + 15, which is 45 for eight groups, the same line
        // CPython's ipaddress module draws. Rejecting longer input here keeps the
        // parse diagnostics, which wrap every offending character in a span,
        // proportional to an address rather than to whatever was passed in.
        const longest = this.groups * 5 + 5;
        if (address.length > longest) {
            throw new address_error_1.AddressError(`IPv6 addresses are at most ${longest} characters.`);
        }
        this.addressMinusSuffix = address;
        this.parsedAddress = this.parse(this.addressMinusSuffix);
    }
    /**
     * Returns true if the given string is a valid IPv6 address (with optional
     * CIDR subnet and zone identifier), false otherwise. Host bits in the
     * subnet portion are allowed (e.g. `2001:db8::1/32` is valid); for strict
     * network-address validation compare `correctForm()` to
     * `startAddress().correctForm()`, or use `networkForm()`.
     */
    static isValid(address) {
        try {
            // eslint-disable-next-line no-new
            new Address6(address);
            return true;
        }
        catch {
            return false;
        }
    }
    /**
     * Convert a BigInt to a v6 address object. The value must be in the
     * range `[0, 2**128 - 1]`; otherwise `AddressError` is thrown.
     * @param {bigint} bigInt - a BigInt to convert
     * @returns {Address6}
     * @example
     * var bigInt = BigInt('1000000000000');
     * var address = Address6.fromBigInt(bigInt);
     * address.correctForm(); // '::e8:d4a5:1000'
     */
    static fromBigInt(bigInt) {
        if (bigInt < BigInt(0) || bigInt > (BigInt(1) << BigInt(constants6.BITS)) - BigInt(1)) {
            throw new address_error_1.AddressError('IPv6 BigInt must be in the range 0 to 2**128 - 1');
        }
        const hex = bigInt.toString(16).padStart(32, '0');
        const groups = [];
        for (let i = 0; i < constants6.GROUPS; i++) {
            groups.push(hex.slice(i * 4, (i + 1) * 4));
        }
        return new Address6(groups.join(':'));
    }
    /**
     * Parse a URL (with optional bracketed host and port) into an address and
     * port. Returns either `{ address, port }` on success or
     * `{ error, address: null, port: null }` if the URL could not be parsed.
     * Ports are returned as numbers (or `null` if absent or out of range).
     * @example
     * var addressAndPort = Address6.fromURL('http://[ffff::]:8080/foo/');
     * addressAndPort.address.correctForm(); // 'ffff::'
     * addressAndPort.port; // 8080
     */
    static fromURL(url) {
        var _a;
        let host;
        let port = null;
        let result;
        let error;
        // Remove the protocol prefix, if any
        const stripped = url.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '');
        // If we have brackets parse them and find a port
        if (stripped.indexOf('[') !== -1 && stripped.indexOf(']:') !== -1) {
            error = 'failed to parse address with port';
            result = constants6.RE_URL_WITH_PORT.exec(stripped);
            if (result === null) {
                return { error, address: null, port: null };
            }
            host = result[1];
            port = result[2];
        }
        else {
            error = 'failed to parse address from URL';
            result = constants6.RE_URL.exec(stripped);
            if (result === null) {
                return { error, address: null, port: null };
            }
            host = (_a = result[1]) !== null && _a !== void 0 ? _a : result[2];
        }
        // If there's a port convert it to an integer
        if (port) {
            port = parseInt(port, 10);
            // squelch out of range ports (valid ports are 0-65535)
            if (port < 0 || port > 65535) {
                port = null;
            }
        }
        else {
            // Standardize `undefined` to `null`
            port = null;
        }
        // The URL character class is a superset of valid IPv6, so a host the
        // regex accepted (an IPv4 literal, bare punctuation, too many groups)
        // can still be rejected by the parser
        let address;
        try {
            address = new Address6(host);
        }
        catch {
            return { error, address: null, port: null };
        }
        return { address, port };
    }
    /**
     * Construct an `Address6` from an address and a hex subnet mask given as
     * separate strings (e.g. as returned by Node's `os.networkInterfaces()`).
     * Throws `AddressError` if the mask is non-contiguous (e.g.
     * `ffff::ffff`).
     * @example
     * var address = Address6.fromAddressAndMask('fe80::1', 'ffff:ffff:ffff:ffff::');
     * address.subnetMask; // 64
     */
    static fromAddressAndMask(address, mask) {
        const bits = common.prefixLengthFromMask(new Address6(mask).bigInt(), constants6.BITS);
        return new Address6(`${address}/${bits}`);
    }
    /**
     * Construct an `Address6` from an address and a Cisco-style wildcard mask
     * given as separate strings (e.g. `::ffff:ffff:ffff:ffff` for a `/64`).
     * The wildcard mask is the bitwise inverse of the subnet mask. Throws
     * `AddressError` if the mask is non-contiguous.
     * @example
     * var address = Address6.fromAddressAndWildcardMask('fe80::1', '::ffff:ffff:ffff:ffff');
     * address.subnetMask; // 64
     */
    static fromAddressAndWildcardMask(address, wildcardMask) {
        const wildcard = new Address6(wildcardMask).bigInt();
        const allOnes = (BigInt(1) << BigInt(constants6.BITS)) - BigInt(1);
        const mask = wildcard ^ allOnes;
        const bits = common.prefixLengthFromMask(mask, constants6.BITS);
        return new Address6(`${address}/${bits}`);
    }
    /**
     * Construct an `Address6` from a wildcard pattern with trailing `*`
     * groups. The number of trailing wildcards determines the prefix
     * length: each `*` represents 16 bits. `::` is expanded to zero groups
     * (not wildcards) before evaluating trailing wildcards.
     *
     * Only trailing whole-group wildcards are supported. Partial-group
     * wildcards (e.g. `2001:db8::0*`) and interior wildcards (e.g.
     * `*::1`) throw `AddressError`.
     * @example
     * Address6.fromWildcard('2001:db8:*:*:*:*:*:*').subnet;  // '/32'
     * Address6.fromWildcard('2001:db8::*').subnet;           // '/112'
     * Address6.fromWildcard('*:*:*:*:*:*:*:*').subnet;       // '/0'
     */
    static fromWildcard(input) {
        if (input.includes('%') || input.includes('/')) {
            throw new address_error_1.AddressError('Wildcard pattern must not include a zone or CIDR suffix');
        }
        const halves = input.split('::');
        if (halves.length > 2) {
            throw new address_error_1.AddressError("Wildcard pattern cannot contain more than one '::'");
        }
        let groups;
        if (halves.length === 2) {
            const left = halves[0] === '' ? [] : halves[0].split(':');
            const right = halves[1] === '' ? [] : halves[1].split(':');
            const remaining = constants6.GROUPS - left.length - right.length;
            if (remaining < 1) {
                throw new address_error_1.AddressError("Wildcard pattern with '::' has too many groups");
            }
            groups = [...left, ...new Array(remaining).fill('0'), ...right];
        }
        else {
            groups = input.split(':');
        }
        if (groups.length !== constants6.GROUPS) {
            throw new address_error_1.AddressError('Wildcard pattern must have 8 groups');
        }
        let firstWildcard = -1;
        for (let i = 0; i < groups.length; i++) {
            if (groups[i] === '*') {
                if (firstWildcard === -1) {
                    firstWildcard = i;
                }
            }
            else if (firstWildcard !== -1) {
                throw new address_error_1.AddressError('Wildcard `*` must only appear in trailing groups (e.g. `2001:db8:*:*:*:*:*:*`)');
            }
        }
        const trailing = firstWildcard === -1 ? 0 : groups.length - firstWildcard;
        const replaced = groups.map((g) => (g === '*' ? '0' : g));
        const subnetBits = constants6.BITS - trailing * 16;
        return new Address6(`${replaced.join(':')}/${subnetBits}`);
    }
    /**
     * Create an IPv6-mapped address given an IPv4 address
     * @param {string} address - An IPv4 address string
     * @returns {Address6}
     * @example
     * var address = Address6.fromAddress4('192.168.0.1');
     * address.correctForm(); // '::ffff:c0a8:1'
     * address.to4in6(); // '::ffff:192.168.0.1'
     */
    static fromAddress4(address) {
        const address4 = new ipv4_1.Address4(address);
        const mask6 = constants6.BITS - (constants4.BITS - address4.subnetMask);
        return new Address6(`::ffff:${address4.correctForm()}/${mask6}`);
    }
    /**
     * Return an address from ip6.arpa form. A full 32-nibble name gives a /128
     * address; a shorter name, as used for a delegated reverse zone, gives the
     * network it covers, with a subnet mask of four bits per nibble, so
     * `fromArpa(x.reverseForm())` round-trips {@link reverseForm} for any prefix.
     * @param {string} arpaFormAddress - an 'ip6.arpa' form address
     * @returns {Adress6}
     * @example
     * var address = Address6.fromArpa(e.f.f.f.3.c.2.6.f.f.f.e.6.6.8.e.1.0.6.7.9.4.e.c.0.0.0.0.1.0.0.2.ip6.arpa.)
     * address.correctForm(); // '2001:0:ce49:7601:e866:efff:62c3:fffe'
     * Address6.fromArpa('8.b.d.0.1.0.0.2.ip6.arpa.').networkForm(); // '2001:db8::/32'
     */
    static fromArpa(arpaFormAddress) {
        // remove an ending ".ip6.arpa", in any case and with or without the root
        // dot
        const nibbles = arpaFormAddress.replace(/(\.ip6\.arpa)?\.?$/i, '');
        if (!/^[0-9a-f](\.[0-9a-f]){0,31}$/i.test(nibbles)) {
            throw new address_error_1.AddressError("Invalid 'ip6.arpa' form.");
        }
        const reversed = nibbles.split('.').reverse();
        const subnetMask = reversed.length * 4;
        const hex = reversed.join('').padEnd(32, '0');
        const groups = [];
        for (let i = 0; i < constants6.GROUPS; i++) {
            groups.push(hex.slice(i * 4, (i + 1) * 4));
        }
        return new Address6(`${groups.join(':')}/${subnetMask}`);
    }
    /**
     * Return the Microsoft UNC transcription of the address
     * @returns {String} the Microsoft UNC transcription of the address
     */
    microsoftTranscription() {
        return `${this.correctForm().replace(/:/g, '-')}.ipv6-literal.net`;
    }
    /**
     * Return the first n bits of the address, defaulting to the subnet mask
     * @param {number} [mask=subnet] - the number of bits to mask
     * @returns {String} the first n bits of the address as a string
     */
    mask(mask = this.subnetMask) {
        return this.getBitsBase2(0, mask);
    }
    /**
     * Return the number of possible subnets of a given size in the address
     * @param {number} [subnetSize=128] - the subnet size
     * @returns {String}
     */
    // TODO: probably useful to have a numeric version of this too
    possibleSubnets(subnetSize = 128) {
        const availableBits = constants6.BITS - this.subnetMask;
        const subnetBits = Math.abs(subnetSize - constants6.BITS);
        const subnetPowers = availableBits - subnetBits;
        if (subnetPowers < 0) {
            return '0';
        }
        return addCommas((BigInt('2') ** BigInt(subnetPowers)).toString(10));
    }
    /**
     * Helper function getting start address.
     * @returns {bigint}
     */
    _startAddress() {
        return BigInt(`0b${this.mask() + '0'.repeat(constants6.BITS - this.subnetMask)}`);
    }
    /**
     * The first address in the range given by this address' subnet
     * Often referred to as the Network Address.
     * @returns {Address6}
     */
    startAddress() {
        return Address6.fromBigInt(this._startAddress());
    }
    /**
     * The first host address in the range given by this address's subnet ie
     * the first address after the Network Address
     * @returns {Address6}
     */
    startAddressExclusive() {
        const adjust = BigInt('1');
        return Address6.fromBigInt(this._startAddress() + adjust);
    }
    /**
     * Helper function getting end address.
     * @returns {bigint}
     */
    _endAddress() {
        return BigInt(`0b${this.mask() + '1'.repeat(constants6.BITS - this.subnetMask)}`);
    }
    /**
     * The last address in the range given by this address's subnet. IPv6 has
     * no broadcast address, so this is an ordinary assignable address (in a
     * 64-bit-interface-identifier subnet it falls inside the reserved
     * subnet-anycast block of [RFC 2526](https://datatracker.ietf.org/doc/html/rfc2526)).
     * @returns {Address6}
     */
    endAddress() {
        return Address6.fromBigInt(this._endAddress());
    }
    /**
     * The address one before {@link endAddress}. This is the IPv6 counterpart
     * of the IPv4 method that skips the broadcast address; IPv6 has no broadcast,
     * so it drops exactly one address and does not model the 128 reserved
     * subnet-anycast identifiers of [RFC 2526](https://datatracker.ietf.org/doc/html/rfc2526).
     * @returns {Address6}
     */
    endAddressExclusive() {
        const adjust = BigInt('1');
        return Address6.fromBigInt(this._endAddress() - adjust);
    }
    /**
     * Returns the address `n` addresses after this one (or before, when `n` is
     * negative), keeping this address's subnet mask. Throws `AddressError` when
     * the result would fall outside the IPv6 address space or `n` is not an
     * integer.
     * @param {number | bigint} n
     * @returns {Address6}
     * @example
     * new Address6('2001:db8::/64').offset(1).correctForm(); // '2001:db8::1'
     */
    offset(n) {
        return Address6.fromBigInt(common.offsetBigInt(this.bigInt(), n, constants6.BITS, 'IPv6')).withSubnetMask(this.subnetMask);
    }
    /**
     * Returns the network that follows this address's network: the address after
     * {@link endAddress}, with the same subnet mask. Throws `AddressError` when
     * this network is the last one in the address space.
     * @returns {Address6}
     * @example
     * new Address6('2001:db8::/64').nextNetwork().networkForm(); // '2001:db8:0:1::/64'
     */
    nextNetwork() {
        return Address6.fromBigInt(common.offsetBigInt(this._endAddress(), 1, constants6.BITS, 'IPv6')).withSubnetMask(this.subnetMask);
    }
    withSubnetMask(subnetMask) {
        return new Address6(`${this.correctForm()}/${subnetMask}`);
    }
    /**
     * The hex form of the subnet mask, e.g. `ffff:ffff:ffff:ffff::` for a
     * `/64`. Returns an `Address6`; call `.correctForm()` for the string.
     * @returns {Address6}
     */
    subnetMaskAddress() {
        return Address6.fromBigInt(BigInt(`0b${'1'.repeat(this.subnetMask)}${'0'.repeat(constants6.BITS - this.subnetMask)}`));
    }
    /**
     * The Cisco-style wildcard mask, e.g. `::ffff:ffff:ffff:ffff` for a
     * `/64`. This is the bitwise inverse of `subnetMaskAddress()`. Returns
     * an `Address6`; call `.correctForm()` for the string.
     * @returns {Address6}
     */
    wildcardMask() {
        return Address6.fromBigInt(BigInt(`0b${'0'.repeat(this.subnetMask)}${'1'.repeat(constants6.BITS - this.subnetMask)}`));
    }
    /**
     * The network address in CIDR string form, e.g. `2001:db8::/32` for
     * `2001:db8::1/32`. For an address with no explicit subnet the prefix
     * is `/128`, e.g. `networkForm()` on `2001:db8::1` returns
     * `2001:db8::1/128`.
     * @returns {string}
     */
    networkForm() {
        return `${this.startAddress().correctForm()}/${this.subnetMask}`;
    }
    /**
     * Return the scope of the address. The 4-bit scope field
     * ([RFC 4291 §2.7](https://datatracker.ietf.org/doc/html/rfc4291#section-2.7))
     * is only defined for multicast addresses; for unicast addresses the scope
     * is derived from the address type per
     * [RFC 4007 §6](https://datatracker.ietf.org/doc/html/rfc4007#section-6).
     * @returns {String}
     */
    getScope() {
        const type = this.getType();
        if (type === 'Multicast' || type.startsWith('Multicast ')) {
            const scope = constants6.SCOPES[parseInt(this.getBits(12, 16).toString(10), 10)];
            return scope || 'Unknown';
        }
        // RFC 4291 §2.5.3: the loopback address is treated as having Link-Local
        // scope. (Multicast scope 1, "Interface-Local", is a different concept
        // used only for loopback transmission of multicast.)
        if (type === 'Link-local unicast' || type === 'Loopback') {
            return 'Link local';
        }
        // RFC 4007 §6: the unspecified address has no scope.
        if (type === 'Unspecified') {
            return 'Unknown';
        }
        return 'Global';
    }
    /**
     * Return the type of the address
     * @returns {String}
     */
    getType() {
        for (let i = 0; i < TYPE_SUBNETS.length; i++) {
            const entry = TYPE_SUBNETS[i];
            if (this.isHostInSubnet(entry[0])) {
                return entry[1];
            }
        }
        return 'Global unicast';
    }
    /**
     * Return the bits in the given range as a BigInt
     * @returns {bigint}
     */
    getBits(start, end) {
        return BigInt(`0b${this.getBitsBase2(start, end)}`);
    }
    /**
     * Return the bits in the given range as a base-2 string
     * @returns {String}
     */
    getBitsBase2(start, end) {
        return this.binaryZeroPad().slice(start, end);
    }
    /**
     * Return the bits in the given range as a base-16 string
     * @returns {String}
     */
    getBitsBase16(start, end) {
        const length = end - start;
        if (length % 4 !== 0) {
            throw new Error('Length of bits to retrieve must be divisible by four');
        }
        return this.getBits(start, end)
            .toString(16)
            .padStart(length / 4, '0');
    }
    /**
     * Return the bits that are set past the subnet mask length
     * @returns {String}
     */
    getBitsPastSubnet() {
        return this.getBitsBase2(this.subnetMask, constants6.BITS);
    }
    /**
     * Return the reversed ip6.arpa form of the address
     * @param {Object} options
     * @param {boolean} options.omitSuffix - omit the "ip6.arpa" suffix
     * @returns {String}
     */
    reverseForm(options) {
        if (!options) {
            options = {};
        }
        const characters = Math.floor(this.subnetMask / 4);
        const reversed = this.canonicalForm()
            .replace(/:/g, '')
            .split('')
            .slice(0, characters)
            .reverse()
            .join('.');
        if (characters > 0) {
            if (options.omitSuffix) {
                return reversed;
            }
            return `${reversed}.ip6.arpa.`;
        }
        if (options.omitSuffix) {
            return '';
        }
        return 'ip6.arpa.';
    }
    /**
     * Returns the address in correct form, per
     * [RFC 5952](https://datatracker.ietf.org/doc/html/rfc5952): leading zeros
     * stripped, the longest run of zero groups collapsed to `::`, and hex digits
     * lowercased (e.g. `2001:db8::1`). This is the recommended form for display.
     */
    correctForm() {
        let i;
        let groups = [];
        let zeroCounter = 0;
        const zeroes = [];
        for (i = 0; i < this.parsedAddress.length; i++) {
            const value = parseInt(this.parsedAddress[i], 16);
            if (value === 0) {
                zeroCounter++;
            }
            if (value !== 0 && zeroCounter > 0) {
                if (zeroCounter > 1) {
                    zeroes.push([i - zeroCounter, i - 1]);
                }
                zeroCounter = 0;
            }
        }
        // Do we end with a string of zeroes?
        if (zeroCounter > 1) {
            zeroes.push([this.parsedAddress.length - zeroCounter, this.parsedAddress.length - 1]);
        }
        const zeroLengths = zeroes.map((n) => n[1] - n[0] + 1);
        if (zeroes.length > 0) {
            const index = zeroLengths.indexOf(Math.max(...zeroLengths));
            groups = compact(this.parsedAddress, zeroes[index]);
        }
        else {
            groups = this.parsedAddress;
        }
        for (i = 0; i < groups.length; i++) {
            if (groups[i] !== 'compact') {
                groups[i] = parseInt(groups[i], 16).toString(16);
            }
        }
        let correct = groups.join(':');
        correct = correct.replace(/^compact$/, '::');
        correct = correct.replace(/(^compact)|(compact$)/, ':');
        correct = correct.replace(/compact/, '');
        return correct;
    }
    /**
     * Return a zero-padded base-2 string representation of the address
     * @returns {String}
     * @example
     * var address = new Address6('2001:4860:4001:803::1011');
     * address.binaryZeroPad();
     * // '0010000000000001010010000110000001000000000000010000100000000011
     * //  0000000000000000000000000000000000000000000000000001000000010001'
     */
    binaryZeroPad() {
        if (this._binaryZeroPad === undefined) {
            this._binaryZeroPad = this.bigInt().toString(2).padStart(constants6.BITS, '0');
        }
        return this._binaryZeroPad;
    }
    /**
     * Parses a v4-in-v6 string (e.g. `::ffff:192.168.0.1`) by extracting the
     * trailing IPv4 address into `this.address4` / `this.parsedAddress4` and
     * returning the address with the v4 portion converted to two v6 groups.
     * Used internally by `parse()`.
     */
    // TODO: Improve the semantics of this helper function
    parse4in6(address) {
        if (address.indexOf('.') === -1) {
            return address;
        }
        const groups = address.split(':');
        const lastGroup = groups.slice(-1)[0];
        // RE_ADDRESS rejects octets with a leading zero, so a dotted-quad tail is
        // matched permissively first: that way this notation still gets its own
        // message with the offending octet highlighted, rather than falling
        // through as an unrecognized group.
        const v4Octets = lastGroup.split('.');
        if (v4Octets.length === constants4.GROUPS &&
            v4Octets.every((octet) => /^\d{1,3}$/.test(octet))) {
            if (v4Octets.some((octet) => /^0\d/.test(octet))) {
                // The prefix groups haven't been through the bad-character check
                // yet, so escape them before including in the error HTML.
                const highlighted = v4Octets.map(spanLeadingZeroes4).join('.');
                const prefix = groups.slice(0, -1).map(helpers.escapeHtml).join(':');
                const separator = groups.length > 1 ? ':' : '';
                throw new address_error_1.AddressError("IPv4 addresses can't have leading zeroes.", `${prefix}${separator}${highlighted}`);
            }
        }
        const address4 = lastGroup.match(constants4.RE_ADDRESS);
        if (address4) {
            this.parsedAddress4 = address4[0];
            const v4Suffix = this.subnetMask >= 96 ? `/${this.subnetMask - 96}` : '';
            this.address4 = new ipv4_1.Address4(`${this.parsedAddress4}${v4Suffix}`);
            this.v4 = true;
            groups[groups.length - 1] = this.address4.toGroup6();
            address = groups.join(':');
        }
        return address;
    }
    /**
     * Parses an IPv6 address string into its 8 hexadecimal groups (expanding
     * any `::` elision and any trailing v4-in-v6 portion) and stores the result
     * on `this.parsedAddress`. Called automatically by the constructor; you
     * typically don't need to call it directly. Throws `AddressError` if the
     * input is malformed.
     */
    // TODO: Make private?
    parse(address) {
        address = this.parse4in6(address);
        const badCharacters = address.match(constants6.RE_BAD_CHARACTERS);
        if (badCharacters) {
            throw new address_error_1.AddressError(`Bad character${badCharacters.length > 1 ? 's' : ''} detected in address: ${badCharacters.join('')}`, address.replace(constants6.RE_BAD_CHARACTERS, (character) => `<span class="parse-error">${helpers.escapeHtml(character)}</span>`));
        }
        const badAddress = address.match(constants6.RE_BAD_ADDRESS);
        if (badAddress) {
            throw new address_error_1.AddressError(`Address failed regex: ${badAddress.join('')}`, address.replace(constants6.RE_BAD_ADDRESS, '<span class="parse-error">$1</span>'));
        }
        let groups = [];
        const halves = address.split('::');
        if (halves.length === 2) {
            let first = halves[0].split(':');
            let last = halves[1].split(':');
            if (first.length === 1 && first[0] === '') {
                first = [];
            }
            if (last.length === 1 && last[0] === '') {
                last = [];
            }
            const remaining = this.groups - (first.length + last.length);
            if (!remaining) {
                throw new address_error_1.AddressError('Error parsing groups');
            }
            this.elidedGroups = remaining;
            this.elisionBegin = first.length;
            this.elisionEnd = first.length + this.elidedGroups;
            groups = groups.concat(first);
            for (let i = 0; i < remaining; i++) {
                groups.push('0');
            }
            groups = groups.concat(last);
        }
        else if (halves.length === 1) {
            groups = address.split(':');
            this.elidedGroups = 0;
        }
        else {
            throw new address_error_1.AddressError('Too many :: groups found');
        }
        groups = groups.map((group) => parseInt(group, 16).toString(16));
        if (groups.length !== this.groups) {
            throw new address_error_1.AddressError('Incorrect number of groups found');
        }
        return groups;
    }
    /**
     * Returns the canonical (fully expanded) form of the address: all 8 groups,
     * each padded to 4 hex digits, with no `::` collapsing
     * (e.g. `2001:0db8:0000:0000:0000:0000:0000:0001`). Useful for sorting and
     * byte-exact comparison.
     */
    canonicalForm() {
        return this.parsedAddress.map(paddedHex).join(':');
    }
    /**
     * Return the decimal form of the address
     * @returns {String}
     */
    decimal() {
        return this.parsedAddress.map((n) => parseInt(n, 16).toString(10).padStart(5, '0')).join(':');
    }
    /**
     * Return the address as a BigInt
     * @returns {bigint}
     */
    bigInt() {
        return BigInt(`0x${this.parsedAddress.map(paddedHex).join('')}`);
    }
    /**
     * Return the last two groups of this address as an IPv4 address string.
     * If this address carries a CIDR prefix that covers the trailing 32 bits
     * (i.e. `subnetMask >= 96`), the resulting `Address4` inherits the
     * corresponding v4 prefix (`subnetMask - 96`); otherwise it defaults to
     * `/32`.
     * @returns {Address4}
     * @example
     * var address = new Address6('2001:4860:4001::1825:bf11');
     * address.to4().correctForm(); // '24.37.191.17'
     */
    to4() {
        const binary = this.binaryZeroPad().split('');
        const hex = BigInt(`0b${binary.slice(96, 128).join('')}`)
            .toString(16)
            .padStart(8, '0');
        if (this.subnetMask >= 96) {
            const v4Mask = this.subnetMask - 96;
            const groups = [];
            for (let i = 0; i < 8; i += 2) {
                groups.push(parseInt(hex.slice(i, i + 2), 16));
            }
            return new ipv4_1.Address4(`${groups.join('.')}/${v4Mask}`);
        }
        return ipv4_1.Address4.fromHex(hex);
    }
    /**
     * Return the v4-in-v6 form of the address
     * @returns {String}
     */
    to4in6() {
        const address4 = this.to4();
        const address6 = new Address6(this.parsedAddress.slice(0, 6).join(':'), 6);
        const correct = address6.correctForm();
        let infix = '';
        if (!/:$/.test(correct)) {
            infix = ':';
        }
        return correct + infix + address4.correctForm();
    }
    /**
     * Decodes the Teredo tunneling fields embedded in this address. Returns the
     * Teredo prefix, server IPv4, client IPv4, raw flag bits, cone-NAT flag,
     * UDP port, and Microsoft-format flag breakdown (reserved, universal/local,
     * group/individual, nonce). Only meaningful for addresses in `2001::/32`.
     */
    inspectTeredo() {
        /*
        - Bits 0 to 31 are set to the Teredo prefix (normally 2001:0000::/32).
        - Bits 32 to 63 embed the primary IPv4 address of the Teredo server that
          is used.
        - Bits 64 to 79 can be used to define some flags. Currently only the
          higher order bit is used; it is set to 1 if the Teredo client is
          located behind a cone NAT, 0 otherwise. For Microsoft's Windows Vista
          and Windows Server 2008 implementations, more bits are used. In those
          implementations, the format for these 16 bits is "CRAAAAUG AAAAAAAA",
          where "C" remains the "Cone" flag. The "R" bit is reserved for future
          use. The "U" bit is for the Universal/Local flag (set to 0). The "G" bit
          is Individual/Group flag (set to 0). The A bits are set to a 12-bit
          randomly generated number chosen by the Teredo client to introduce
          additional protection for the Teredo node against IPv6-based scanning
          attacks.
        - Bits 80 to 95 contains the obfuscated UDP port number. This is the
          port number that is mapped by the NAT to the Teredo client with all
          bits inverted.
        - Bits 96 to 127 contains the obfuscated IPv4 address. This is the
          public IPv4 address of the NAT with all bits inverted.
        */
        const prefix = this.getBitsBase16(0, 32);
        const bitsForUdpPort = this.getBits(80, 96);
        const udpPort = (bitsForUdpPort ^ BigInt('0xffff')).toString();
        const server4 = ipv4_1.Address4.fromHex(this.getBitsBase16(32, 64));
        const bitsForClient4 = this.getBits(96, 128);
        const client4 = ipv4_1.Address4.fromHex((bitsForClient4 ^ BigInt('0xffffffff')).toString(16).padStart(8, '0'));
        const flagsBase2 = this.getBitsBase2(64, 80);
        const coneNat = (0, common_1.testBit)(flagsBase2, 15);
        const reserved = (0, common_1.testBit)(flagsBase2, 14);
        const groupIndividual = (0, common_1.testBit)(flagsBase2, 8);
        const universalLocal = (0, common_1.testBit)(flagsBase2, 9);
        const nonce = BigInt(`0b${flagsBase2.slice(2, 6) + flagsBase2.slice(8, 16)}`).toString(10);
        return {
            prefix: `${prefix.slice(0, 4)}:${prefix.slice(4, 8)}`,
            server4: server4.address,
            client4: client4.address,
            flags: flagsBase2,
            coneNat,
            microsoft: {
                reserved,
                universalLocal,
                groupIndividual,
                nonce,
            },
            udpPort,
        };
    }
    /**
     * Decodes the 6to4 tunneling fields embedded in this address. Returns the
     * 6to4 prefix and the embedded IPv4 gateway address. Only meaningful for
     * addresses in `2002::/16`.
     */
    inspect6to4() {
        /*
        - Bits 0 to 15 are set to the 6to4 prefix (2002::/16).
        - Bits 16 to 48 embed the IPv4 address of the 6to4 gateway that is used.
        */
        const prefix = this.getBitsBase16(0, 16);
        const gateway = ipv4_1.Address4.fromHex(this.getBitsBase16(16, 48));
        return {
            prefix: prefix.slice(0, 4),
            gateway: gateway.address,
        };
    }
    /**
     * Return a v6 6to4 address from a v6 v4inv6 address
     * @returns {Address6}
     */
    to6to4() {
        if (!this.is4()) {
            return null;
        }
        const addr6to4 = [
            '2002',
            this.getBitsBase16(96, 112),
            this.getBitsBase16(112, 128),
            '',
            '/16',
        ].join(':');
        return new Address6(addr6to4);
    }
    /**
     * Embed an IPv4 address into a NAT64 IPv6 address using the encoding
     * defined by [RFC 6052](https://datatracker.ietf.org/doc/html/rfc6052).
     * The default prefix is the well-known prefix `64:ff9b::/96`. The prefix
     * length must be one of 32, 40, 48, 56, 64, or 96; for prefixes shorter
     * than /64 the IPv4 octets are split around the reserved bits 64–71.
     * @example
     * Address6.fromAddress4Nat64('192.0.2.33').correctForm(); // '64:ff9b::c000:221'
     * Address6.fromAddress4Nat64('192.0.2.33', '2001:db8::/32').correctForm(); // '2001:db8:c000:221::'
     */
    static fromAddress4Nat64(address, prefix = '64:ff9b::/96') {
        const v4 = new ipv4_1.Address4(address);
        const prefix6 = new Address6(prefix);
        const pl = prefix6.subnetMask;
        if (pl !== 32 && pl !== 40 && pl !== 48 && pl !== 56 && pl !== 64 && pl !== 96) {
            throw new address_error_1.AddressError('NAT64 prefix length must be 32, 40, 48, 56, 64, or 96');
        }
        const prefixBits = prefix6.binaryZeroPad();
        const v4Bits = v4.binaryZeroPad();
        let bits;
        if (pl === 96) {
            bits = prefixBits.slice(0, 96) + v4Bits;
        }
        else {
            const beforeU = 64 - pl;
            bits = [
                prefixBits.slice(0, pl),
                v4Bits.slice(0, beforeU),
                // Bits 64 to 71 are the reserved u octet and are always zero.
                '00000000',
                v4Bits.slice(beforeU),
                '0'.repeat(128 - 72 - (32 - beforeU)),
            ].join('');
        }
        const hex = BigInt(`0b${bits}`).toString(16).padStart(32, '0');
        const groups = [];
        for (let i = 0; i < 8; i++) {
            groups.push(hex.slice(i * 4, (i + 1) * 4));
        }
        return new Address6(groups.join(':'));
    }
    /**
     * Extract the embedded IPv4 address from a NAT64 IPv6 address using the
     * encoding defined by [RFC 6052](https://datatracker.ietf.org/doc/html/rfc6052).
     * The default prefix is the well-known prefix `64:ff9b::/96`. Returns
     * `null` if this address is not contained within the given prefix.
     * @example
     * new Address6('64:ff9b::c000:221').toAddress4Nat64()!.correctForm(); // '192.0.2.33'
     */
    toAddress4Nat64(prefix = '64:ff9b::/96') {
        const prefix6 = new Address6(prefix);
        const pl = prefix6.subnetMask;
        if (pl !== 32 && pl !== 40 && pl !== 48 && pl !== 56 && pl !== 64 && pl !== 96) {
            throw new address_error_1.AddressError('NAT64 prefix length must be 32, 40, 48, 56, 64, or 96');
        }
        if (!this.isHostInSubnet(prefix6)) {
            return null;
        }
        const bits = this.binaryZeroPad();
        let v4Bits;
        if (pl === 96) {
            v4Bits = bits.slice(96, 128);
        }
        else {
            const beforeU = 64 - pl;
            v4Bits = bits.slice(pl, pl + beforeU) + bits.slice(72, 72 + (32 - beforeU));
        }
        const octets = [];
        for (let i = 0; i < 4; i++) {
            octets.push(parseInt(v4Bits.slice(i * 8, (i + 1) * 8), 2).toString());
        }
        return new ipv4_1.Address4(octets.join('.'));
    }
    /**
     * Return a byte array.
     *
     * To get a Node.js `Buffer`, wrap the result: `Buffer.from(address.toByteArray())`.
     * @returns {Array}
     */
    toByteArray() {
        const value = this.bigInt()
            .toString(16)
            .padStart(constants6.BITS / 4, '0');
        const bytes = [];
        for (let i = 0, length = value.length; i < length; i += 2) {
            bytes.push(parseInt(value.substring(i, i + 2), 16));
        }
        return bytes;
    }
    /**
     * Return an unsigned byte array.
     *
     * To get a Node.js `Buffer`, wrap the result: `Buffer.from(address.toUnsignedByteArray())`.
     * @returns {Array}
     */
    toUnsignedByteArray() {
        // toByteArray() emits 0 to 255, so unsigning it is an identity mapping and
        // the two methods return equal arrays. 11.0.0 keeps one of them and makes
        // this a deprecated alias; test/common-test.ts fails at that version.
        return this.toByteArray().map(unsignByte);
    }
    /**
     * Convert a byte array to an Address6 object.
     *
     * Accepts unsigned bytes (0 to 255) or signed bytes (-128 to 127, as an
     * `Int8Array` or a Java `byte[]` holds them), folding signed values to their
     * unsigned equivalent. Throws `AddressError` unless given exactly 16
     * integers from -128 to 255.
     *
     * To convert from a Node.js `Buffer`, spread it: `Address6.fromByteArray([...buf])`.
     * @returns {Address6}
     */
    static fromByteArray(bytes) {
        // Address4.fromByteArray takes unsigned bytes only. 11.0.0 aligns this
        // method with it, at which point the -128 floor here, unsignByte, and the
        // mapping below all go; test/common-test.ts fails at that version.
        common.assertByteArray(bytes, 16, 'IPv6', -128);
        return this.fromUnsignedByteArray(bytes.map(unsignByte));
    }
    /**
     * Convert an unsigned byte array to an Address6 object.
     *
     * Throws `AddressError` unless given exactly 16 integers from 0 to 255.
     *
     * To convert from a Node.js `Buffer`, spread it: `Address6.fromUnsignedByteArray([...buf])`.
     * @returns {Address6}
     */
    static fromUnsignedByteArray(bytes) {
        common.assertByteArray(bytes, 16, 'IPv6', 0);
        const BYTE_MAX = BigInt('256');
        let result = BigInt('0');
        let multiplier = BigInt('1');
        for (let i = bytes.length - 1; i >= 0; i--) {
            result += multiplier * BigInt(bytes[i].toString(10));
            multiplier *= BYTE_MAX;
        }
        return Address6.fromBigInt(result);
    }
    /**
     * Returns true if the address is in the canonical form, false otherwise
     * @returns {boolean}
     */
    isCanonical() {
        return this.addressMinusSuffix === this.canonicalForm();
    }
    /**
     * Returns true if the address is a link-local unicast address in `fe80::/10`
     * ([RFC 4291 §2.4](https://datatracker.ietf.org/doc/html/rfc4291#section-2.4))
     * or an IPv4-mapped / NAT64 address whose embedded IPv4 address is link-local
     * (`169.254.0.0/16`, e.g. `::ffff:169.254.169.254`), false otherwise.
     * @returns {boolean}
     */
    isLinkLocal() {
        const embedded = this.embeddedIPv4();
        if (embedded) {
            return embedded.isLinkLocal();
        }
        return this.isHostInSubnet(LINK_LOCAL_SUBNET);
    }
    /**
     * Returns true if the address is a multicast address, false otherwise
     * @returns {boolean}
     */
    isMulticast() {
        const embedded = this.embeddedIPv4();
        if (embedded) {
            return embedded.isMulticast();
        }
        const type = this.getType();
        return type === 'Multicast' || type.startsWith('Multicast ');
    }
    /**
     * Returns true if the address was written in v4-in-v6 dotted-quad notation
     * (e.g. `::ffff:127.0.0.1`), false otherwise. This is a notation-level flag
     * and does not reflect whether the address bits lie in the IPv4-mapped
     * (`::ffff:0:0/96`) subnet — for that, see {@link isMapped4}.
     * @returns {boolean}
     */
    is4() {
        return this.v4;
    }
    /**
     * Returns true if the address is an IPv4-mapped IPv6 address in
     * `::ffff:0:0/96` ([RFC 4291 §2.5.5.2](https://datatracker.ietf.org/doc/html/rfc4291#section-2.5.5.2)),
     * false otherwise. Unlike {@link is4}, this checks the underlying address
     * bits rather than the textual notation, so `::ffff:127.0.0.1` and
     * `::ffff:7f00:1` both return true.
     * @returns {boolean}
     */
    isMapped4() {
        return this.isHostInSubnet(IPV4_MAPPED_SUBNET);
    }
    /**
     * If this address embeds a routable IPv4 address — i.e. it is IPv4-mapped
     * (`::ffff:0:0/96`) or sits in the NAT64 well-known prefix (`64:ff9b::/96`,
     * [RFC 6052](https://datatracker.ietf.org/doc/html/rfc6052)) — return that
     * embedded address as an {@link Address4}; otherwise return null.
     *
     * The special-property checks (`isLoopback`, `isLinkLocal`, `isMulticast`,
     * `isUnspecified`, `isPrivate`, `isCGNAT`, `isBroadcast`) call this first and
     * delegate to the embedded {@link Address4} when present, so a literal such as
     * `::ffff:127.0.0.1` is classified by what it actually reaches (loopback)
     * rather than by its IPv6 wrapper (which `getType()` reports as IPv4-mapped).
     * This matters wherever the checks back a trust-boundary decision (e.g. an
     * SSRF allow/deny filter): without normalization, `::ffff:10.0.0.1`,
     * `::ffff:169.254.169.254`, `64:ff9b::7f00:1`, etc. would all read as
     * non-internal.
     * @returns {Address4 | null}
     */
    embeddedIPv4() {
        if (this.isMapped4() || this.isHostInSubnet(NAT64_WELL_KNOWN_SUBNET)) {
            return this.to4();
        }
        return null;
    }
    /**
     * Returns true if the address is a Teredo address, false otherwise
     * @returns {boolean}
     */
    isTeredo() {
        return this.isHostInSubnet(TEREDO_SUBNET);
    }
    /**
     * Returns true if the address is a 6to4 address, false otherwise
     * @returns {boolean}
     */
    is6to4() {
        return this.isHostInSubnet(SIX_TO_FOUR_SUBNET);
    }
    /**
     * Returns true if the address is a loopback address, false otherwise
     * @returns {boolean}
     */
    isLoopback() {
        const embedded = this.embeddedIPv4();
        if (embedded) {
            return embedded.isLoopback();
        }
        return this.getType() === 'Loopback';
    }
    /**
     * Returns true if the address is a Unique Local Address in `fc00::/7` ([RFC 4193](https://datatracker.ietf.org/doc/html/rfc4193)). ULAs are the IPv6 equivalent of IPv4 [RFC 1918](https://datatracker.ietf.org/doc/html/rfc1918) private addresses.
     * @returns {boolean}
     */
    isULA() {
        return this.isHostInSubnet(ULA_SUBNET);
    }
    /**
     * Returns true if the address is private, i.e. a Unique Local Address in
     * `fc00::/7` ([RFC 4193](https://datatracker.ietf.org/doc/html/rfc4193)), an
     * address in the NAT64 local-use range `64:ff9b:1::/48`
     * ([RFC 8215](https://datatracker.ietf.org/doc/html/rfc8215)), or an
     * IPv4-mapped / NAT64 well-known address whose embedded IPv4 address is in
     * one of the [RFC 1918](https://datatracker.ietf.org/doc/html/rfc1918)
     * private ranges (e.g. `::ffff:10.0.0.1`). This is the IPv6 counterpart to
     * {@link Address4.isPrivate}; use it instead of {@link isULA} when you need to
     * catch mapped RFC 1918 addresses as well as native ULAs.
     *
     * The local-use NAT64 range is reported private as a whole rather than by
     * its embedded IPv4 address: an operator may carve a prefix of any RFC 6052
     * length out of `64:ff9b:1::/48`, so the same bits decode to different IPv4
     * addresses under different deployments and no single decoding is correct.
     * Use {@link toAddress4Nat64} with the deployment's prefix to decode one.
     * @returns {boolean}
     */
    isPrivate() {
        const embedded = this.embeddedIPv4();
        if (embedded) {
            return embedded.isPrivate();
        }
        return this.isULA() || this.isHostInSubnet(NAT64_LOCAL_USE_SUBNET);
    }
    /**
     * Returns true if the address is an IPv4-mapped / NAT64 address whose embedded
     * IPv4 address is in the carrier-grade NAT range `100.64.0.0/10`
     * ([RFC 6598](https://datatracker.ietf.org/doc/html/rfc6598)), false
     * otherwise. There is no native IPv6 CGNAT range, so this only ever returns
     * true for an embedded IPv4 address (e.g. `::ffff:100.64.0.1`).
     * @returns {boolean}
     */
    isCGNAT() {
        const embedded = this.embeddedIPv4();
        if (embedded) {
            return embedded.isCGNAT();
        }
        return false;
    }
    /**
     * Returns true if the address is an IPv4-mapped / NAT64 address whose embedded
     * IPv4 address is the limited broadcast address `255.255.255.255`
     * ([RFC 919](https://datatracker.ietf.org/doc/html/rfc919)), false otherwise.
     * There is no IPv6 broadcast, so this only ever returns true for an embedded
     * IPv4 address (e.g. `::ffff:255.255.255.255`).
     * @returns {boolean}
     */
    isBroadcast() {
        const embedded = this.embeddedIPv4();
        if (embedded) {
            return embedded.isBroadcast();
        }
        return false;
    }
    /**
     * Returns true if the address is the unspecified address `::`.
     * @returns {boolean}
     */
    isUnspecified() {
        const embedded = this.embeddedIPv4();
        if (embedded) {
            return embedded.isUnspecified();
        }
        return this.getType() === 'Unspecified';
    }
    /**
     * Returns true if the address is in the documentation prefix `2001:db8::/32` ([RFC 3849](https://datatracker.ietf.org/doc/html/rfc3849)).
     * @returns {boolean}
     */
    isDocumentation() {
        return DOCUMENTATION_SUBNETS.some((subnet) => this.isHostInSubnet(subnet));
    }
    /**
     * Returns true if the address is in the benchmarking range `2001:2::/48`
     * ([RFC 5180](https://datatracker.ietf.org/doc/html/rfc5180)) or is an
     * IPv4-mapped / NAT64 address whose embedded IPv4 address is in
     * `198.18.0.0/15`, false otherwise.
     * @returns {boolean}
     */
    isBenchmarking() {
        const embedded = this.embeddedIPv4();
        if (embedded) {
            return embedded.isBenchmarking();
        }
        return this.isHostInSubnet(BENCHMARKING_SUBNET);
    }
    /**
     * Returns true if the address is globally reachable: inside the global
     * unicast allocation `2000::/3` (the only range the [IANA IPv6 Address Space
     * Registry](https://www.iana.org/assignments/ipv6-address-space/) assigns
     * for global unicast; everything else is reserved, ULA, link-local, or
     * multicast) and not in any block the [IANA IPv6 Special-Purpose Address Registry](https://www.iana.org/assignments/iana-ipv6-special-registry/)
     * marks as not globally reachable. An IPv4-mapped or NAT64 well-known
     * address answers for its embedded IPv4 address, so `::ffff:10.0.0.1` and
     * `64:ff9b::7f00:1` are not global. Teredo (`2001::/32`) and 6to4
     * (`2002::/16`) are not global either: the registry lists them as N/A and a
     * packet to one needs a relay.
     *
     * This covers everything the individual classifiers name and the blocks they
     * do not: the discard-only prefix `100::/64`, the IETF protocol assignments
     * in `2001::/23`, the deprecated site-local `fec0::/10` and IPv4-compatible
     * `::/96` ranges, and unallocated space such as `4000::/3`. It is the single
     * predicate to use where a request must not reach an internal or
     * special-purpose destination; see SECURITY.md.
     * @returns {boolean}
     */
    isGlobal() {
        const embedded = this.embeddedIPv4();
        if (embedded) {
            return embedded.isGlobal();
        }
        return (this.isHostInSubnet(GLOBAL_UNICAST_SUBNET) &&
            common.isGloballyReachable.call(this, SPECIAL_PURPOSE_V6));
    }
    // #endregion
    // #region HTML
    /**
     * Returns the address as an HTTP URL with the host bracketed, e.g.
     * `http://[2001:db8::1]/`. If `optionalPort` is provided it is appended,
     * e.g. `http://[2001:db8::1]:8080/`.
     */
    href(optionalPort) {
        if (optionalPort === undefined) {
            optionalPort = '';
        }
        else {
            optionalPort = `:${optionalPort}`;
        }
        return `http://[${this.correctForm()}]${optionalPort}/`;
    }
    /**
     * Returns an HTML `<a>` element whose `href` encodes the address in a URL
     * hash fragment (default prefix `/#address=`). Useful for linking between
     * pages of an address-inspector UI.
     * @param options.className - CSS class for the rendered `<a>` element
     * @param options.prefix - hash prefix prepended to the address (default `/#address=`)
     * @param options.v4 - when true, render the address in v4-in-v6 form
     */
    link(options) {
        if (!options) {
            options = {};
        }
        if (options.className === undefined) {
            options.className = '';
        }
        if (options.prefix === undefined) {
            options.prefix = '/#address=';
        }
        if (options.v4 === undefined) {
            options.v4 = false;
        }
        let formFunction = this.correctForm;
        if (options.v4) {
            formFunction = this.to4in6;
        }
        const form = formFunction.call(this);
        const safeHref = helpers.escapeHtml(`${options.prefix}${form}`);
        const safeForm = helpers.escapeHtml(form);
        if (options.className) {
            const safeClass = helpers.escapeHtml(options.className);
            return `<a href="${safeHref}" class="${safeClass}">${safeForm}</a>`;
        }
        return `<a href="${safeHref}">${safeForm}</a>`;
    }
    /**
     * Groups an address.
     *
     * Returns an HTML fragment: each group is wrapped in a `<span>` carrying
     * the group classes an address-inspector UI hovers on. The address content
     * is HTML-escaped; anything you concatenate around it is your
     * responsibility.
     * @returns {String}
     */
    group() {
        if (this.elidedGroups === 0) {
            // The simple case
            return helpers.simpleGroup(this.addressMinusSuffix).join(':');
        }
        assert(typeof this.elidedGroups === 'number');
        assert(typeof this.elisionBegin === 'number');
        // The elided case
        const output = [];
        const [left, right] = this.addressMinusSuffix.split('::');
        if (left.length) {
            output.push(...helpers.simpleGroup(left));
        }
        else {
            output.push('');
        }
        const classes = ['hover-group'];
        for (let i = this.elisionBegin; i < this.elisionBegin + this.elidedGroups; i++) {
            classes.push(`group-${i}`);
        }
        output.push(`<span class="${classes.join(' ')}"></span>`);
        if (right.length) {
            output.push(...helpers.simpleGroup(right, this.elisionEnd));
        }
        else {
            output.push('');
        }
        if (this.is4()) {
            assert(this.address4 instanceof ipv4_1.Address4);
            output.pop();
            output.push(this.address4.groupForV6());
        }
        return output.join(':');
    }
    // #endregion
    // #region Regular expressions
    /**
     * Generate a regular expression string that can be used to find or validate
     * all variations of this address
     * @param {boolean} substringSearch
     * @returns {string}
     */
    regularExpressionString(substringSearch = false) {
        let output = [];
        // TODO: revisit why this is necessary
        const address6 = new Address6(this.correctForm());
        if (address6.elidedGroups === 0) {
            // The simple case
            output.push((0, regular_expressions_1.simpleRegularExpression)(address6.parsedAddress));
        }
        else if (address6.elidedGroups === constants6.GROUPS) {
            // A completely elided address
            output.push((0, regular_expressions_1.possibleElisions)(constants6.GROUPS));
        }
        else {
            // A partially elided address
            const halves = address6.address.split('::');
            if (halves[0].length) {
                output.push((0, regular_expressions_1.simpleRegularExpression)(halves[0].split(':')));
            }
            assert(typeof address6.elidedGroups === 'number');
            output.push((0, regular_expressions_1.possibleElisions)(address6.elidedGroups, halves[0].length !== 0, halves[1].length !== 0));
            if (halves[1].length) {
                output.push((0, regular_expressions_1.simpleRegularExpression)(halves[1].split(':')));
            }
            output = [output.join(':')];
        }
        if (!substringSearch) {
            output = [
                '(?=^|',
                regular_expressions_1.ADDRESS_BOUNDARY,
                '|[^\\w\\:])(',
                ...output,
                ')(?=[^\\w\\:]|',
                regular_expressions_1.ADDRESS_BOUNDARY,
                '|$)',
            ];
        }
        return output.join('');
    }
    /**
     * Generate a regular expression that can be used to find or validate all
     * variations of this address.
     * @param {boolean} substringSearch
     * @returns {RegExp}
     */
    regularExpression(substringSearch = false) {
        return new RegExp(this.regularExpressionString(substringSearch), 'i');
    }
}
exports.Address6 = Address6;
const TYPE_SUBNETS = Object.keys(constants6.TYPES).map((subnet) => [
    new Address6(subnet),
    constants6.TYPES[subnet],
]);
const TEREDO_SUBNET = new Address6('2001::/32');
const SIX_TO_FOUR_SUBNET = new Address6('2002::/16');
const ULA_SUBNET = new Address6('fc00::/7');
const LINK_LOCAL_SUBNET = new Address6('fe80::/10');
const DOCUMENTATION_SUBNETS = [new Address6('2001:db8::/32'), new Address6('3fff::/20')];
const BENCHMARKING_SUBNET = new Address6('2001:2::/48');
const GLOBAL_UNICAST_SUBNET = new Address6('2000::/3');
const SPECIAL_PURPOSE_V6 = constants6.SPECIAL_PURPOSE.map(([cidr, , reachable]) => ({
    subnet: new Address6(cidr),
    reachable,
}));
const IPV4_MAPPED_SUBNET = new Address6('::ffff:0:0/96');
const NAT64_WELL_KNOWN_SUBNET = new Address6('64:ff9b::/96');
const NAT64_LOCAL_USE_SUBNET = new Address6('64:ff9b:1::/48');
//# sourceMappingURL=ipv6.js.map

/***/ }),

/***/ 6437:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.SPECIAL_PURPOSE = exports.RE_SUBNET_STRING = exports.RE_ADDRESS = exports.GROUPS = exports.BITS = void 0;
exports.BITS = 32;
exports.GROUPS = 4;
// Each octet is 0-255 written without a leading zero. A leading zero is
// octal to the WHATWG URL parser, inet_aton, and getaddrinfo, but decimal to
// parseInt(part, 10), so accepting the notation would make this library
// disagree with the network stack about which host a string names.
exports.RE_ADDRESS = /^(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\.(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\.(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\.(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])$/g;
exports.RE_SUBNET_STRING = /\/\d{1,2}$/;
/**
 * The IANA IPv4 Special-Purpose Address Registry
 * (https://www.iana.org/assignments/iana-ipv4-special-registry/), one entry
 * per block: `[cidr, name, globallyReachable]`. A `null` reachability means
 * the registry leaves the column blank and the block inherits the answer of
 * the block containing it (or is global when nothing contains it).
 *
 * `Address4.isGlobal()` answers from the most specific entry containing the
 * address. `test/data/iana-corpus.json` is generated from the registry's CSV
 * and pins this table to it.
 */
exports.SPECIAL_PURPOSE = [
    ['0.0.0.0/8', 'This network', false],
    ['0.0.0.0/32', 'This host on this network', false],
    ['10.0.0.0/8', 'Private-Use', false],
    ['100.64.0.0/10', 'Shared Address Space', false],
    ['127.0.0.0/8', 'Loopback', false],
    ['169.254.0.0/16', 'Link Local', false],
    ['172.16.0.0/12', 'Private-Use', false],
    ['192.0.0.0/24', 'IETF Protocol Assignments', false],
    ['192.0.0.0/29', 'IPv4 Service Continuity Prefix', false],
    ['192.0.0.8/32', 'IPv4 dummy address', false],
    ['192.0.0.9/32', 'Port Control Protocol Anycast', true],
    ['192.0.0.10/32', 'Traversal Using Relays around NAT Anycast', true],
    ['192.0.0.170/32', 'NAT64/DNS64 Discovery', false],
    ['192.0.0.171/32', 'NAT64/DNS64 Discovery', false],
    ['192.0.2.0/24', 'Documentation (TEST-NET-1)', false],
    ['192.31.196.0/24', 'AS112-v4', true],
    ['192.52.193.0/24', 'AMT', true],
    ['192.88.99.0/24', 'Deprecated (6to4 Relay Anycast)', null],
    ['192.88.99.2/32', '6a44-relay anycast address', false],
    ['192.168.0.0/16', 'Private-Use', false],
    ['192.175.48.0/24', 'Direct Delegation AS112 Service', true],
    ['198.18.0.0/15', 'Benchmarking', false],
    ['198.51.100.0/24', 'Documentation (TEST-NET-2)', false],
    ['203.0.113.0/24', 'Documentation (TEST-NET-3)', false],
    ['240.0.0.0/4', 'Reserved', false],
    ['255.255.255.255/32', 'Limited Broadcast', false],
];
//# sourceMappingURL=constants.js.map

/***/ }),

/***/ 2899:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.SPECIAL_PURPOSE = exports.RE_URL_WITH_PORT = exports.RE_URL = exports.RE_ZONE_STRING = exports.RE_SUBNET_STRING = exports.RE_BAD_ADDRESS = exports.RE_BAD_CHARACTERS = exports.TYPES = exports.SCOPES = exports.GROUPS = exports.BITS = void 0;
exports.BITS = 128;
exports.GROUPS = 8;
/**
 * Represents IPv6 address scopes
 * @memberof Address6
 * @static
 */
exports.SCOPES = {
    0: 'Reserved',
    1: 'Interface local',
    2: 'Link local',
    4: 'Admin local',
    5: 'Site local',
    8: 'Organization local',
    14: 'Global',
    15: 'Reserved',
};
/**
 * Represents IPv6 address types
 * @memberof Address6
 * @static
 */
exports.TYPES = {
    'ff01::1/128': 'Multicast (All nodes on this interface)',
    'ff01::2/128': 'Multicast (All routers on this interface)',
    'ff02::1/128': 'Multicast (All nodes on this link)',
    'ff02::2/128': 'Multicast (All routers on this link)',
    'ff05::2/128': 'Multicast (All routers in this site)',
    'ff02::5/128': 'Multicast (OSPFv3 AllSPF routers)',
    'ff02::6/128': 'Multicast (OSPFv3 AllDR routers)',
    'ff02::9/128': 'Multicast (RIP routers)',
    'ff02::a/128': 'Multicast (EIGRP routers)',
    'ff02::d/128': 'Multicast (PIM routers)',
    'ff02::16/128': 'Multicast (MLDv2 reports)',
    'ff01::fb/128': 'Multicast (mDNSv6)',
    'ff02::fb/128': 'Multicast (mDNSv6)',
    'ff05::fb/128': 'Multicast (mDNSv6)',
    'ff02::1:2/128': 'Multicast (All DHCP servers and relay agents on this link)',
    'ff05::1:2/128': 'Multicast (All DHCP servers and relay agents in this site)',
    'ff02::1:3/128': 'Multicast (All DHCP servers on this link)',
    'ff05::1:3/128': 'Multicast (All DHCP servers in this site)',
    '::/128': 'Unspecified',
    '::1/128': 'Loopback',
    '::ffff:0:0/96': 'IPv4-mapped',
    'ff00::/8': 'Multicast',
    'fe80::/10': 'Link-local unicast',
    'fc00::/7': 'Unique local',
    '2001::/32': 'Teredo',
    '2001:2::/48': 'Benchmarking',
    '2002::/16': '6to4',
    '2001:db8::/32': 'Documentation',
    '3fff::/20': 'Documentation',
    '100::/64': 'Discard-only',
    'fec0::/10': 'Site-local unicast (deprecated)',
    '::/96': 'IPv4-compatible (deprecated)',
    '64:ff9b::/96': 'NAT64 (well-known)',
    '64:ff9b:1::/48': 'NAT64 (local-use)',
};
/**
 * A regular expression that matches bad characters in an IPv6 address
 * @memberof Address6
 * @static
 */
exports.RE_BAD_CHARACTERS = /([^0-9a-f:/%])/gi;
/**
 * A regular expression that matches an incorrect IPv6 address
 * @memberof Address6
 * @static
 */
exports.RE_BAD_ADDRESS = /([0-9a-f]{5,}|:{3,}|[^:]:$|^:[^:]|\/$)/gi;
/**
 * A regular expression that matches an IPv6 subnet
 * @memberof Address6
 * @static
 */
exports.RE_SUBNET_STRING = /\/\d{1,3}(?=%|$)/;
/**
 * A regular expression that matches an IPv6 zone
 * @memberof Address6
 * @static
 * @deprecated Takes quadratic time on input holding many `%` characters
 * followed by a line terminator. The library finds the zone by index, as
 * `Address6`'s constructor shows, and 11.0.0 removes this export.
 */
exports.RE_ZONE_STRING = /%.*$/;
exports.RE_URL = /^(?:\[([0-9a-f:.]+)\]|([0-9a-f:.]+))(?:[/?#].*)?$/i;
exports.RE_URL_WITH_PORT = /^\[([0-9a-f:.]+)\]:([0-9]{1,5})(?:[/?#].*)?$/i;
/**
 * The IANA IPv6 Special-Purpose Address Registry
 * (https://www.iana.org/assignments/iana-ipv6-special-registry/), one entry
 * per block: `[cidr, name, globallyReachable]`. A `null` reachability means
 * the registry says N/A or leaves the column blank; N/A blocks (Teredo, 6to4)
 * are treated as not globally reachable, since a packet to one needs a relay,
 * and blank blocks inherit the answer of the block containing them.
 *
 * `Address6.isGlobal()` answers from the most specific entry containing the
 * address, after delegating IPv4-mapped and NAT64 well-known addresses to the
 * embedded IPv4 address. `test/data/iana-corpus.json` is generated from the
 * registry's CSV and pins this table to it.
 */
exports.SPECIAL_PURPOSE = [
    ['::1/128', 'Loopback Address', false],
    ['::/128', 'Unspecified Address', false],
    ['::ffff:0:0/96', 'IPv4-mapped Address', false],
    ['64:ff9b::/96', 'IPv4-IPv6 Translat.', true],
    ['64:ff9b:1::/48', 'IPv4-IPv6 Translat.', false],
    ['100::/64', 'Discard-Only Address Block', false],
    ['100:0:0:1::/64', 'Dummy IPv6 Prefix', false],
    ['2001::/23', 'IETF Protocol Assignments', false],
    ['2001::/32', 'TEREDO', false],
    ['2001:1::1/128', 'Port Control Protocol Anycast', true],
    ['2001:1::2/128', 'Traversal Using Relays around NAT Anycast', true],
    ['2001:1::3/128', 'DNS-SD Service Registration Protocol Anycast', true],
    ['2001:2::/48', 'Benchmarking', false],
    ['2001:3::/32', 'AMT', true],
    ['2001:4:112::/48', 'AS112-v6', true],
    ['2001:10::/28', 'Deprecated (previously ORCHID)', null],
    ['2001:20::/28', 'ORCHIDv2', true],
    ['2001:30::/28', 'Drone Remote ID Protocol Entity Tags (DETs) Prefix', true],
    ['2001:db8::/32', 'Documentation', false],
    ['2002::/16', '6to4', false],
    ['2620:4f:8000::/48', 'Direct Delegation AS112 Service', true],
    ['3fff::/20', 'Documentation', false],
    ['5f00::/16', 'Segment Routing (SRv6) SIDs', false],
    ['fc00::/7', 'Unique-Local', false],
    ['fe80::/10', 'Link-Local Unicast', false],
];
//# sourceMappingURL=constants.js.map

/***/ }),

/***/ 339:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.escapeHtml = escapeHtml;
exports.spanAllZeroes = spanAllZeroes;
exports.spanAll = spanAll;
exports.spanLeadingZeroes = spanLeadingZeroes;
exports.simpleGroup = simpleGroup;
function escapeHtml(s) {
    return s
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/'/g, '&#39;');
}
/**
 * @returns {String} the string with all zeroes contained in a <span>
 */
function spanAllZeroes(s) {
    return escapeHtml(s).replace(/(0+)/g, '<span class="zero">$1</span>');
}
/**
 * @returns {String} the string with each character contained in a <span>
 */
function spanAll(s, offset = 0) {
    const letters = s.split('');
    return letters
        .map((n, i) => `<span class="digit value-${escapeHtml(n)} position-${i + offset}">${spanAllZeroes(n)}</span>`)
        .join('');
}
function spanLeadingZeroesSimple(group) {
    return escapeHtml(group).replace(/^(0+)/, '<span class="zero">$1</span>');
}
/**
 * @returns {String} the string with leading zeroes contained in a <span>
 */
function spanLeadingZeroes(address) {
    const groups = address.split(':');
    return groups.map((g) => spanLeadingZeroesSimple(g)).join(':');
}
/**
 * Groups an address
 * @returns {String} a grouped address
 */
function simpleGroup(addressString, offset = 0) {
    const groups = addressString.split(':');
    return groups.map((g, i) => {
        if (/group-v4/.test(g)) {
            return g;
        }
        return `<span class="hover-group group-${i + offset}">${spanLeadingZeroesSimple(g)}</span>`;
    });
}
//# sourceMappingURL=helpers.js.map

/***/ }),

/***/ 2016:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || function (mod) {
    if (mod && mod.__esModule) return mod;
    var result = {};
    if (mod != null) for (var k in mod) if (k !== "default" && Object.prototype.hasOwnProperty.call(mod, k)) __createBinding(result, mod, k);
    __setModuleDefault(result, mod);
    return result;
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ADDRESS_BOUNDARY = void 0;
exports.groupPossibilities = groupPossibilities;
exports.padGroup = padGroup;
exports.simpleRegularExpression = simpleRegularExpression;
exports.possibleElisions = possibleElisions;
const v6 = __importStar(__nccwpck_require__(2899));
function groupPossibilities(possibilities) {
    return `(${possibilities.join('|')})`;
}
function padGroup(group) {
    if (group.length < 4) {
        return `0{0,${4 - group.length}}${group}`;
    }
    return group;
}
exports.ADDRESS_BOUNDARY = '[^A-Fa-f0-9:]';
function simpleRegularExpression(groups) {
    const zeroIndexes = [];
    groups.forEach((group, i) => {
        const groupInteger = parseInt(group, 16);
        if (groupInteger === 0) {
            zeroIndexes.push(i);
        }
    });
    // You can technically elide a single 0, this creates the regular expressions
    // to match that eventuality
    const possibilities = zeroIndexes.map((zeroIndex) => groups
        .map((group, i) => {
        if (i === zeroIndex) {
            const elision = i === 0 || i === v6.GROUPS - 1 ? ':' : '';
            return groupPossibilities([padGroup(group), elision]);
        }
        return padGroup(group);
    })
        .join(':'));
    // The simplest case
    possibilities.push(groups.map(padGroup).join(':'));
    return groupPossibilities(possibilities);
}
function possibleElisions(elidedGroups, moreLeft, moreRight) {
    const left = moreLeft ? '' : ':';
    const right = moreRight ? '' : ':';
    const possibilities = [];
    // 1. elision of everything (::)
    if (!moreLeft && !moreRight) {
        possibilities.push('::');
    }
    // 2. complete elision of the middle
    if (moreLeft && moreRight) {
        possibilities.push('');
    }
    if ((moreRight && !moreLeft) || (!moreRight && moreLeft)) {
        // 3. complete elision of one side
        possibilities.push(':');
    }
    // 4. elision from the left side
    possibilities.push(`${left}(:0{1,4}){1,${elidedGroups - 1}}`);
    // 5. elision from the right side
    possibilities.push(`(0{1,4}:){1,${elidedGroups - 1}}${right}`);
    // 6. no elision
    possibilities.push(`(0{1,4}:){${elidedGroups - 1}}0{1,4}`);
    // 7. elision (including sloppy elision) from the middle
    for (let groups = 1; groups < elidedGroups - 1; groups++) {
        for (let position = 1; position < elidedGroups - groups; position++) {
            possibilities.push(`(0{1,4}:){${position}}:(0{1,4}:){${elidedGroups - position - groups - 1}}0{1,4}`);
        }
    }
    return groupPossibilities(possibilities);
}
//# sourceMappingURL=regular-expressions.js.map

/***/ }),

/***/ 744:
/***/ ((module) => {

/**
 * Helpers.
 */

var s = 1000;
var m = s * 60;
var h = m * 60;
var d = h * 24;
var w = d * 7;
var y = d * 365.25;

/**
 * Parse or format the given `val`.
 *
 * Options:
 *
 *  - `long` verbose formatting [false]
 *
 * @param {String|Number} val
 * @param {Object} [options]
 * @throws {Error} throw an error if val is not a non-empty string or a number
 * @return {String|Number}
 * @api public
 */

module.exports = function (val, options) {
  options = options || {};
  var type = typeof val;
  if (type === 'string' && val.length > 0) {
    return parse(val);
  } else if (type === 'number' && isFinite(val)) {
    return options.long ? fmtLong(val) : fmtShort(val);
  }
  throw new Error(
    'val is not a non-empty string or a valid number. val=' +
      JSON.stringify(val)
  );
};

/**
 * Parse the given `str` and return milliseconds.
 *
 * @param {String} str
 * @return {Number}
 * @api private
 */

function parse(str) {
  str = String(str);
  if (str.length > 100) {
    return;
  }
  var match = /^(-?(?:\d+)?\.?\d+) *(milliseconds?|msecs?|ms|seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|h|days?|d|weeks?|w|years?|yrs?|y)?$/i.exec(
    str
  );
  if (!match) {
    return;
  }
  var n = parseFloat(match[1]);
  var type = (match[2] || 'ms').toLowerCase();
  switch (type) {
    case 'years':
    case 'year':
    case 'yrs':
    case 'yr':
    case 'y':
      return n * y;
    case 'weeks':
    case 'week':
    case 'w':
      return n * w;
    case 'days':
    case 'day':
    case 'd':
      return n * d;
    case 'hours':
    case 'hour':
    case 'hrs':
    case 'hr':
    case 'h':
      return n * h;
    case 'minutes':
    case 'minute':
    case 'mins':
    case 'min':
    case 'm':
      return n * m;
    case 'seconds':
    case 'second':
    case 'secs':
    case 'sec':
    case 's':
      return n * s;
    case 'milliseconds':
    case 'millisecond':
    case 'msecs':
    case 'msec':
    case 'ms':
      return n;
    default:
      return undefined;
  }
}

/**
 * Short format for `ms`.
 *
 * @param {Number} ms
 * @return {String}
 * @api private
 */

function fmtShort(ms) {
  var msAbs = Math.abs(ms);
  if (msAbs >= d) {
    return Math.round(ms / d) + 'd';
  }
  if (msAbs >= h) {
    return Math.round(ms / h) + 'h';
  }
  if (msAbs >= m) {
    return Math.round(ms / m) + 'm';
  }
  if (msAbs >= s) {
    return Math.round(ms / s) + 's';
  }
  return ms + 'ms';
}

/**
 * Long format for `ms`.
 *
 * @param {Number} ms
 * @return {String}
 * @api private
 */

function fmtLong(ms) {
  var msAbs = Math.abs(ms);
  if (msAbs >= d) {
    return plural(ms, msAbs, d, 'day');
  }
  if (msAbs >= h) {
    return plural(ms, msAbs, h, 'hour');
  }
  if (msAbs >= m) {
    return plural(ms, msAbs, m, 'minute');
  }
  if (msAbs >= s) {
    return plural(ms, msAbs, s, 'second');
  }
  return ms + ' ms';
}

/**
 * Pluralization helper.
 */

function plural(ms, msAbs, n, name) {
  var isPlural = msAbs >= n * 1.5;
  return Math.round(ms / n) + ' ' + name + (isPlural ? 's' : '');
}


/***/ }),

/***/ 7290:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const utils_1 = __nccwpck_require__(8632);
// The default Buffer size if one is not provided.
const DEFAULT_SMARTBUFFER_SIZE = 4096;
// The default string encoding to use for reading/writing strings.
const DEFAULT_SMARTBUFFER_ENCODING = 'utf8';
class SmartBuffer {
    /**
     * Creates a new SmartBuffer instance.
     *
     * @param options { SmartBufferOptions } The SmartBufferOptions to apply to this instance.
     */
    constructor(options) {
        this.length = 0;
        this._encoding = DEFAULT_SMARTBUFFER_ENCODING;
        this._writeOffset = 0;
        this._readOffset = 0;
        if (SmartBuffer.isSmartBufferOptions(options)) {
            // Checks for encoding
            if (options.encoding) {
                utils_1.checkEncoding(options.encoding);
                this._encoding = options.encoding;
            }
            // Checks for initial size length
            if (options.size) {
                if (utils_1.isFiniteInteger(options.size) && options.size > 0) {
                    this._buff = Buffer.allocUnsafe(options.size);
                }
                else {
                    throw new Error(utils_1.ERRORS.INVALID_SMARTBUFFER_SIZE);
                }
                // Check for initial Buffer
            }
            else if (options.buff) {
                if (Buffer.isBuffer(options.buff)) {
                    this._buff = options.buff;
                    this.length = options.buff.length;
                }
                else {
                    throw new Error(utils_1.ERRORS.INVALID_SMARTBUFFER_BUFFER);
                }
            }
            else {
                this._buff = Buffer.allocUnsafe(DEFAULT_SMARTBUFFER_SIZE);
            }
        }
        else {
            // If something was passed but it's not a SmartBufferOptions object
            if (typeof options !== 'undefined') {
                throw new Error(utils_1.ERRORS.INVALID_SMARTBUFFER_OBJECT);
            }
            // Otherwise default to sane options
            this._buff = Buffer.allocUnsafe(DEFAULT_SMARTBUFFER_SIZE);
        }
    }
    /**
     * Creates a new SmartBuffer instance with the provided internal Buffer size and optional encoding.
     *
     * @param size { Number } The size of the internal Buffer.
     * @param encoding { String } The BufferEncoding to use for strings.
     *
     * @return { SmartBuffer }
     */
    static fromSize(size, encoding) {
        return new this({
            size: size,
            encoding: encoding
        });
    }
    /**
     * Creates a new SmartBuffer instance with the provided Buffer and optional encoding.
     *
     * @param buffer { Buffer } The Buffer to use as the internal Buffer value.
     * @param encoding { String } The BufferEncoding to use for strings.
     *
     * @return { SmartBuffer }
     */
    static fromBuffer(buff, encoding) {
        return new this({
            buff: buff,
            encoding: encoding
        });
    }
    /**
     * Creates a new SmartBuffer instance with the provided SmartBufferOptions options.
     *
     * @param options { SmartBufferOptions } The options to use when creating the SmartBuffer instance.
     */
    static fromOptions(options) {
        return new this(options);
    }
    /**
     * Type checking function that determines if an object is a SmartBufferOptions object.
     */
    static isSmartBufferOptions(options) {
        const castOptions = options;
        return (castOptions &&
            (castOptions.encoding !== undefined || castOptions.size !== undefined || castOptions.buff !== undefined));
    }
    // Signed integers
    /**
     * Reads an Int8 value from the current read position or an optionally provided offset.
     *
     * @param offset { Number } The offset to read data from (optional)
     * @return { Number }
     */
    readInt8(offset) {
        return this._readNumberValue(Buffer.prototype.readInt8, 1, offset);
    }
    /**
     * Reads an Int16BE value from the current read position or an optionally provided offset.
     *
     * @param offset { Number } The offset to read data from (optional)
     * @return { Number }
     */
    readInt16BE(offset) {
        return this._readNumberValue(Buffer.prototype.readInt16BE, 2, offset);
    }
    /**
     * Reads an Int16LE value from the current read position or an optionally provided offset.
     *
     * @param offset { Number } The offset to read data from (optional)
     * @return { Number }
     */
    readInt16LE(offset) {
        return this._readNumberValue(Buffer.prototype.readInt16LE, 2, offset);
    }
    /**
     * Reads an Int32BE value from the current read position or an optionally provided offset.
     *
     * @param offset { Number } The offset to read data from (optional)
     * @return { Number }
     */
    readInt32BE(offset) {
        return this._readNumberValue(Buffer.prototype.readInt32BE, 4, offset);
    }
    /**
     * Reads an Int32LE value from the current read position or an optionally provided offset.
     *
     * @param offset { Number } The offset to read data from (optional)
     * @return { Number }
     */
    readInt32LE(offset) {
        return this._readNumberValue(Buffer.prototype.readInt32LE, 4, offset);
    }
    /**
     * Reads a BigInt64BE value from the current read position or an optionally provided offset.
     *
     * @param offset { Number } The offset to read data from (optional)
     * @return { BigInt }
     */
    readBigInt64BE(offset) {
        utils_1.bigIntAndBufferInt64Check('readBigInt64BE');
        return this._readNumberValue(Buffer.prototype.readBigInt64BE, 8, offset);
    }
    /**
     * Reads a BigInt64LE value from the current read position or an optionally provided offset.
     *
     * @param offset { Number } The offset to read data from (optional)
     * @return { BigInt }
     */
    readBigInt64LE(offset) {
        utils_1.bigIntAndBufferInt64Check('readBigInt64LE');
        return this._readNumberValue(Buffer.prototype.readBigInt64LE, 8, offset);
    }
    /**
     * Writes an Int8 value to the current write position (or at optional offset).
     *
     * @param value { Number } The value to write.
     * @param offset { Number } The offset to write the value at.
     *
     * @return this
     */
    writeInt8(value, offset) {
        this._writeNumberValue(Buffer.prototype.writeInt8, 1, value, offset);
        return this;
    }
    /**
     * Inserts an Int8 value at the given offset value.
     *
     * @param value { Number } The value to insert.
     * @param offset { Number } The offset to insert the value at.
     *
     * @return this
     */
    insertInt8(value, offset) {
        return this._insertNumberValue(Buffer.prototype.writeInt8, 1, value, offset);
    }
    /**
     * Writes an Int16BE value to the current write position (or at optional offset).
     *
     * @param value { Number } The value to write.
     * @param offset { Number } The offset to write the value at.
     *
     * @return this
     */
    writeInt16BE(value, offset) {
        return this._writeNumberValue(Buffer.prototype.writeInt16BE, 2, value, offset);
    }
    /**
     * Inserts an Int16BE value at the given offset value.
     *
     * @param value { Number } The value to insert.
     * @param offset { Number } The offset to insert the value at.
     *
     * @return this
     */
    insertInt16BE(value, offset) {
        return this._insertNumberValue(Buffer.prototype.writeInt16BE, 2, value, offset);
    }
    /**
     * Writes an Int16LE value to the current write position (or at optional offset).
     *
     * @param value { Number } The value to write.
     * @param offset { Number } The offset to write the value at.
     *
     * @return this
     */
    writeInt16LE(value, offset) {
        return this._writeNumberValue(Buffer.prototype.writeInt16LE, 2, value, offset);
    }
    /**
     * Inserts an Int16LE value at the given offset value.
     *
     * @param value { Number } The value to insert.
     * @param offset { Number } The offset to insert the value at.
     *
     * @return this
     */
    insertInt16LE(value, offset) {
        return this._insertNumberValue(Buffer.prototype.writeInt16LE, 2, value, offset);
    }
    /**
     * Writes an Int32BE value to the current write position (or at optional offset).
     *
     * @param value { Number } The value to write.
     * @param offset { Number } The offset to write the value at.
     *
     * @return this
     */
    writeInt32BE(value, offset) {
        return this._writeNumberValue(Buffer.prototype.writeInt32BE, 4, value, offset);
    }
    /**
     * Inserts an Int32BE value at the given offset value.
     *
     * @param value { Number } The value to insert.
     * @param offset { Number } The offset to insert the value at.
     *
     * @return this
     */
    insertInt32BE(value, offset) {
        return this._insertNumberValue(Buffer.prototype.writeInt32BE, 4, value, offset);
    }
    /**
     * Writes an Int32LE value to the current write position (or at optional offset).
     *
     * @param value { Number } The value to write.
     * @param offset { Number } The offset to write the value at.
     *
     * @return this
     */
    writeInt32LE(value, offset) {
        return this._writeNumberValue(Buffer.prototype.writeInt32LE, 4, value, offset);
    }
    /**
     * Inserts an Int32LE value at the given offset value.
     *
     * @param value { Number } The value to insert.
     * @param offset { Number } The offset to insert the value at.
     *
     * @return this
     */
    insertInt32LE(value, offset) {
        return this._insertNumberValue(Buffer.prototype.writeInt32LE, 4, value, offset);
    }
    /**
     * Writes a BigInt64BE value to the current write position (or at optional offset).
     *
     * @param value { BigInt } The value to write.
     * @param offset { Number } The offset to write the value at.
     *
     * @return this
     */
    writeBigInt64BE(value, offset) {
        utils_1.bigIntAndBufferInt64Check('writeBigInt64BE');
        return this._writeNumberValue(Buffer.prototype.writeBigInt64BE, 8, value, offset);
    }
    /**
     * Inserts a BigInt64BE value at the given offset value.
     *
     * @param value { BigInt } The value to insert.
     * @param offset { Number } The offset to insert the value at.
     *
     * @return this
     */
    insertBigInt64BE(value, offset) {
        utils_1.bigIntAndBufferInt64Check('writeBigInt64BE');
        return this._insertNumberValue(Buffer.prototype.writeBigInt64BE, 8, value, offset);
    }
    /**
     * Writes a BigInt64LE value to the current write position (or at optional offset).
     *
     * @param value { BigInt } The value to write.
     * @param offset { Number } The offset to write the value at.
     *
     * @return this
     */
    writeBigInt64LE(value, offset) {
        utils_1.bigIntAndBufferInt64Check('writeBigInt64LE');
        return this._writeNumberValue(Buffer.prototype.writeBigInt64LE, 8, value, offset);
    }
    /**
     * Inserts a Int64LE value at the given offset value.
     *
     * @param value { BigInt } The value to insert.
     * @param offset { Number } The offset to insert the value at.
     *
     * @return this
     */
    insertBigInt64LE(value, offset) {
        utils_1.bigIntAndBufferInt64Check('writeBigInt64LE');
        return this._insertNumberValue(Buffer.prototype.writeBigInt64LE, 8, value, offset);
    }
    // Unsigned Integers
    /**
     * Reads an UInt8 value from the current read position or an optionally provided offset.
     *
     * @param offset { Number } The offset to read data from (optional)
     * @return { Number }
     */
    readUInt8(offset) {
        return this._readNumberValue(Buffer.prototype.readUInt8, 1, offset);
    }
    /**
     * Reads an UInt16BE value from the current read position or an optionally provided offset.
     *
     * @param offset { Number } The offset to read data from (optional)
     * @return { Number }
     */
    readUInt16BE(offset) {
        return this._readNumberValue(Buffer.prototype.readUInt16BE, 2, offset);
    }
    /**
     * Reads an UInt16LE value from the current read position or an optionally provided offset.
     *
     * @param offset { Number } The offset to read data from (optional)
     * @return { Number }
     */
    readUInt16LE(offset) {
        return this._readNumberValue(Buffer.prototype.readUInt16LE, 2, offset);
    }
    /**
     * Reads an UInt32BE value from the current read position or an optionally provided offset.
     *
     * @param offset { Number } The offset to read data from (optional)
     * @return { Number }
     */
    readUInt32BE(offset) {
        return this._readNumberValue(Buffer.prototype.readUInt32BE, 4, offset);
    }
    /**
     * Reads an UInt32LE value from the current read position or an optionally provided offset.
     *
     * @param offset { Number } The offset to read data from (optional)
     * @return { Number }
     */
    readUInt32LE(offset) {
        return this._readNumberValue(Buffer.prototype.readUInt32LE, 4, offset);
    }
    /**
     * Reads a BigUInt64BE value from the current read position or an optionally provided offset.
     *
     * @param offset { Number } The offset to read data from (optional)
     * @return { BigInt }
     */
    readBigUInt64BE(offset) {
        utils_1.bigIntAndBufferInt64Check('readBigUInt64BE');
        return this._readNumberValue(Buffer.prototype.readBigUInt64BE, 8, offset);
    }
    /**
     * Reads a BigUInt64LE value from the current read position or an optionally provided offset.
     *
     * @param offset { Number } The offset to read data from (optional)
     * @return { BigInt }
     */
    readBigUInt64LE(offset) {
        utils_1.bigIntAndBufferInt64Check('readBigUInt64LE');
        return this._readNumberValue(Buffer.prototype.readBigUInt64LE, 8, offset);
    }
    /**
     * Writes an UInt8 value to the current write position (or at optional offset).
     *
     * @param value { Number } The value to write.
     * @param offset { Number } The offset to write the value at.
     *
     * @return this
     */
    writeUInt8(value, offset) {
        return this._writeNumberValue(Buffer.prototype.writeUInt8, 1, value, offset);
    }
    /**
     * Inserts an UInt8 value at the given offset value.
     *
     * @param value { Number } The value to insert.
     * @param offset { Number } The offset to insert the value at.
     *
     * @return this
     */
    insertUInt8(value, offset) {
        return this._insertNumberValue(Buffer.prototype.writeUInt8, 1, value, offset);
    }
    /**
     * Writes an UInt16BE value to the current write position (or at optional offset).
     *
     * @param value { Number } The value to write.
     * @param offset { Number } The offset to write the value at.
     *
     * @return this
     */
    writeUInt16BE(value, offset) {
        return this._writeNumberValue(Buffer.prototype.writeUInt16BE, 2, value, offset);
    }
    /**
     * Inserts an UInt16BE value at the given offset value.
     *
     * @param value { Number } The value to insert.
     * @param offset { Number } The offset to insert the value at.
     *
     * @return this
     */
    insertUInt16BE(value, offset) {
        return this._insertNumberValue(Buffer.prototype.writeUInt16BE, 2, value, offset);
    }
    /**
     * Writes an UInt16LE value to the current write position (or at optional offset).
     *
     * @param value { Number } The value to write.
     * @param offset { Number } The offset to write the value at.
     *
     * @return this
     */
    writeUInt16LE(value, offset) {
        return this._writeNumberValue(Buffer.prototype.writeUInt16LE, 2, value, offset);
    }
    /**
     * Inserts an UInt16LE value at the given offset value.
     *
     * @param value { Number } The value to insert.
     * @param offset { Number } The offset to insert the value at.
     *
     * @return this
     */
    insertUInt16LE(value, offset) {
        return this._insertNumberValue(Buffer.prototype.writeUInt16LE, 2, value, offset);
    }
    /**
     * Writes an UInt32BE value to the current write position (or at optional offset).
     *
     * @param value { Number } The value to write.
     * @param offset { Number } The offset to write the value at.
     *
     * @return this
     */
    writeUInt32BE(value, offset) {
        return this._writeNumberValue(Buffer.prototype.writeUInt32BE, 4, value, offset);
    }
    /**
     * Inserts an UInt32BE value at the given offset value.
     *
     * @param value { Number } The value to insert.
     * @param offset { Number } The offset to insert the value at.
     *
     * @return this
     */
    insertUInt32BE(value, offset) {
        return this._insertNumberValue(Buffer.prototype.writeUInt32BE, 4, value, offset);
    }
    /**
     * Writes an UInt32LE value to the current write position (or at optional offset).
     *
     * @param value { Number } The value to write.
     * @param offset { Number } The offset to write the value at.
     *
     * @return this
     */
    writeUInt32LE(value, offset) {
        return this._writeNumberValue(Buffer.prototype.writeUInt32LE, 4, value, offset);
    }
    /**
     * Inserts an UInt32LE value at the given offset value.
     *
     * @param value { Number } The value to insert.
     * @param offset { Number } The offset to insert the value at.
     *
     * @return this
     */
    insertUInt32LE(value, offset) {
        return this._insertNumberValue(Buffer.prototype.writeUInt32LE, 4, value, offset);
    }
    /**
     * Writes a BigUInt64BE value to the current write position (or at optional offset).
     *
     * @param value { Number } The value to write.
     * @param offset { Number } The offset to write the value at.
     *
     * @return this
     */
    writeBigUInt64BE(value, offset) {
        utils_1.bigIntAndBufferInt64Check('writeBigUInt64BE');
        return this._writeNumberValue(Buffer.prototype.writeBigUInt64BE, 8, value, offset);
    }
    /**
     * Inserts a BigUInt64BE value at the given offset value.
     *
     * @param value { Number } The value to insert.
     * @param offset { Number } The offset to insert the value at.
     *
     * @return this
     */
    insertBigUInt64BE(value, offset) {
        utils_1.bigIntAndBufferInt64Check('writeBigUInt64BE');
        return this._insertNumberValue(Buffer.prototype.writeBigUInt64BE, 8, value, offset);
    }
    /**
     * Writes a BigUInt64LE value to the current write position (or at optional offset).
     *
     * @param value { Number } The value to write.
     * @param offset { Number } The offset to write the value at.
     *
     * @return this
     */
    writeBigUInt64LE(value, offset) {
        utils_1.bigIntAndBufferInt64Check('writeBigUInt64LE');
        return this._writeNumberValue(Buffer.prototype.writeBigUInt64LE, 8, value, offset);
    }
    /**
     * Inserts a BigUInt64LE value at the given offset value.
     *
     * @param value { Number } The value to insert.
     * @param offset { Number } The offset to insert the value at.
     *
     * @return this
     */
    insertBigUInt64LE(value, offset) {
        utils_1.bigIntAndBufferInt64Check('writeBigUInt64LE');
        return this._insertNumberValue(Buffer.prototype.writeBigUInt64LE, 8, value, offset);
    }
    // Floating Point
    /**
     * Reads an FloatBE value from the current read position or an optionally provided offset.
     *
     * @param offset { Number } The offset to read data from (optional)
     * @return { Number }
     */
    readFloatBE(offset) {
        return this._readNumberValue(Buffer.prototype.readFloatBE, 4, offset);
    }
    /**
     * Reads an FloatLE value from the current read position or an optionally provided offset.
     *
     * @param offset { Number } The offset to read data from (optional)
     * @return { Number }
     */
    readFloatLE(offset) {
        return this._readNumberValue(Buffer.prototype.readFloatLE, 4, offset);
    }
    /**
     * Writes a FloatBE value to the current write position (or at optional offset).
     *
     * @param value { Number } The value to write.
     * @param offset { Number } The offset to write the value at.
     *
     * @return this
     */
    writeFloatBE(value, offset) {
        return this._writeNumberValue(Buffer.prototype.writeFloatBE, 4, value, offset);
    }
    /**
     * Inserts a FloatBE value at the given offset value.
     *
     * @param value { Number } The value to insert.
     * @param offset { Number } The offset to insert the value at.
     *
     * @return this
     */
    insertFloatBE(value, offset) {
        return this._insertNumberValue(Buffer.prototype.writeFloatBE, 4, value, offset);
    }
    /**
     * Writes a FloatLE value to the current write position (or at optional offset).
     *
     * @param value { Number } The value to write.
     * @param offset { Number } The offset to write the value at.
     *
     * @return this
     */
    writeFloatLE(value, offset) {
        return this._writeNumberValue(Buffer.prototype.writeFloatLE, 4, value, offset);
    }
    /**
     * Inserts a FloatLE value at the given offset value.
     *
     * @param value { Number } The value to insert.
     * @param offset { Number } The offset to insert the value at.
     *
     * @return this
     */
    insertFloatLE(value, offset) {
        return this._insertNumberValue(Buffer.prototype.writeFloatLE, 4, value, offset);
    }
    // Double Floating Point
    /**
     * Reads an DoublEBE value from the current read position or an optionally provided offset.
     *
     * @param offset { Number } The offset to read data from (optional)
     * @return { Number }
     */
    readDoubleBE(offset) {
        return this._readNumberValue(Buffer.prototype.readDoubleBE, 8, offset);
    }
    /**
     * Reads an DoubleLE value from the current read position or an optionally provided offset.
     *
     * @param offset { Number } The offset to read data from (optional)
     * @return { Number }
     */
    readDoubleLE(offset) {
        return this._readNumberValue(Buffer.prototype.readDoubleLE, 8, offset);
    }
    /**
     * Writes a DoubleBE value to the current write position (or at optional offset).
     *
     * @param value { Number } The value to write.
     * @param offset { Number } The offset to write the value at.
     *
     * @return this
     */
    writeDoubleBE(value, offset) {
        return this._writeNumberValue(Buffer.prototype.writeDoubleBE, 8, value, offset);
    }
    /**
     * Inserts a DoubleBE value at the given offset value.
     *
     * @param value { Number } The value to insert.
     * @param offset { Number } The offset to insert the value at.
     *
     * @return this
     */
    insertDoubleBE(value, offset) {
        return this._insertNumberValue(Buffer.prototype.writeDoubleBE, 8, value, offset);
    }
    /**
     * Writes a DoubleLE value to the current write position (or at optional offset).
     *
     * @param value { Number } The value to write.
     * @param offset { Number } The offset to write the value at.
     *
     * @return this
     */
    writeDoubleLE(value, offset) {
        return this._writeNumberValue(Buffer.prototype.writeDoubleLE, 8, value, offset);
    }
    /**
     * Inserts a DoubleLE value at the given offset value.
     *
     * @param value { Number } The value to insert.
     * @param offset { Number } The offset to insert the value at.
     *
     * @return this
     */
    insertDoubleLE(value, offset) {
        return this._insertNumberValue(Buffer.prototype.writeDoubleLE, 8, value, offset);
    }
    // Strings
    /**
     * Reads a String from the current read position.
     *
     * @param arg1 { Number | String } The number of bytes to read as a String, or the BufferEncoding to use for
     *             the string (Defaults to instance level encoding).
     * @param encoding { String } The BufferEncoding to use for the string (Defaults to instance level encoding).
     *
     * @return { String }
     */
    readString(arg1, encoding) {
        let lengthVal;
        // Length provided
        if (typeof arg1 === 'number') {
            utils_1.checkLengthValue(arg1);
            lengthVal = Math.min(arg1, this.length - this._readOffset);
        }
        else {
            encoding = arg1;
            lengthVal = this.length - this._readOffset;
        }
        // Check encoding
        if (typeof encoding !== 'undefined') {
            utils_1.checkEncoding(encoding);
        }
        const value = this._buff.slice(this._readOffset, this._readOffset + lengthVal).toString(encoding || this._encoding);
        this._readOffset += lengthVal;
        return value;
    }
    /**
     * Inserts a String
     *
     * @param value { String } The String value to insert.
     * @param offset { Number } The offset to insert the string at.
     * @param encoding { String } The BufferEncoding to use for writing strings (defaults to instance encoding).
     *
     * @return this
     */
    insertString(value, offset, encoding) {
        utils_1.checkOffsetValue(offset);
        return this._handleString(value, true, offset, encoding);
    }
    /**
     * Writes a String
     *
     * @param value { String } The String value to write.
     * @param arg2 { Number | String } The offset to write the string at, or the BufferEncoding to use.
     * @param encoding { String } The BufferEncoding to use for writing strings (defaults to instance encoding).
     *
     * @return this
     */
    writeString(value, arg2, encoding) {
        return this._handleString(value, false, arg2, encoding);
    }
    /**
     * Reads a null-terminated String from the current read position.
     *
     * @param encoding { String } The BufferEncoding to use for the string (Defaults to instance level encoding).
     *
     * @return { String }
     */
    readStringNT(encoding) {
        if (typeof encoding !== 'undefined') {
            utils_1.checkEncoding(encoding);
        }
        // Set null character position to the end SmartBuffer instance.
        let nullPos = this.length;
        // Find next null character (if one is not found, default from above is used)
        for (let i = this._readOffset; i < this.length; i++) {
            if (this._buff[i] === 0x00) {
                nullPos = i;
                break;
            }
        }
        // Read string value
        const value = this._buff.slice(this._readOffset, nullPos);
        // Increment internal Buffer read offset
        this._readOffset = nullPos + 1;
        return value.toString(encoding || this._encoding);
    }
    /**
     * Inserts a null-terminated String.
     *
     * @param value { String } The String value to write.
     * @param arg2 { Number | String } The offset to write the string to, or the BufferEncoding to use.
     * @param encoding { String } The BufferEncoding to use for writing strings (defaults to instance encoding).
     *
     * @return this
     */
    insertStringNT(value, offset, encoding) {
        utils_1.checkOffsetValue(offset);
        // Write Values
        this.insertString(value, offset, encoding);
        this.insertUInt8(0x00, offset + value.length);
        return this;
    }
    /**
     * Writes a null-terminated String.
     *
     * @param value { String } The String value to write.
     * @param arg2 { Number | String } The offset to write the string to, or the BufferEncoding to use.
     * @param encoding { String } The BufferEncoding to use for writing strings (defaults to instance encoding).
     *
     * @return this
     */
    writeStringNT(value, arg2, encoding) {
        // Write Values
        this.writeString(value, arg2, encoding);
        this.writeUInt8(0x00, typeof arg2 === 'number' ? arg2 + value.length : this.writeOffset);
        return this;
    }
    // Buffers
    /**
     * Reads a Buffer from the internal read position.
     *
     * @param length { Number } The length of data to read as a Buffer.
     *
     * @return { Buffer }
     */
    readBuffer(length) {
        if (typeof length !== 'undefined') {
            utils_1.checkLengthValue(length);
        }
        const lengthVal = typeof length === 'number' ? length : this.length;
        const endPoint = Math.min(this.length, this._readOffset + lengthVal);
        // Read buffer value
        const value = this._buff.slice(this._readOffset, endPoint);
        // Increment internal Buffer read offset
        this._readOffset = endPoint;
        return value;
    }
    /**
     * Writes a Buffer to the current write position.
     *
     * @param value { Buffer } The Buffer to write.
     * @param offset { Number } The offset to write the Buffer to.
     *
     * @return this
     */
    insertBuffer(value, offset) {
        utils_1.checkOffsetValue(offset);
        return this._handleBuffer(value, true, offset);
    }
    /**
     * Writes a Buffer to the current write position.
     *
     * @param value { Buffer } The Buffer to write.
     * @param offset { Number } The offset to write the Buffer to.
     *
     * @return this
     */
    writeBuffer(value, offset) {
        return this._handleBuffer(value, false, offset);
    }
    /**
     * Reads a null-terminated Buffer from the current read poisiton.
     *
     * @return { Buffer }
     */
    readBufferNT() {
        // Set null character position to the end SmartBuffer instance.
        let nullPos = this.length;
        // Find next null character (if one is not found, default from above is used)
        for (let i = this._readOffset; i < this.length; i++) {
            if (this._buff[i] === 0x00) {
                nullPos = i;
                break;
            }
        }
        // Read value
        const value = this._buff.slice(this._readOffset, nullPos);
        // Increment internal Buffer read offset
        this._readOffset = nullPos + 1;
        return value;
    }
    /**
     * Inserts a null-terminated Buffer.
     *
     * @param value { Buffer } The Buffer to write.
     * @param offset { Number } The offset to write the Buffer to.
     *
     * @return this
     */
    insertBufferNT(value, offset) {
        utils_1.checkOffsetValue(offset);
        // Write Values
        this.insertBuffer(value, offset);
        this.insertUInt8(0x00, offset + value.length);
        return this;
    }
    /**
     * Writes a null-terminated Buffer.
     *
     * @param value { Buffer } The Buffer to write.
     * @param offset { Number } The offset to write the Buffer to.
     *
     * @return this
     */
    writeBufferNT(value, offset) {
        // Checks for valid numberic value;
        if (typeof offset !== 'undefined') {
            utils_1.checkOffsetValue(offset);
        }
        // Write Values
        this.writeBuffer(value, offset);
        this.writeUInt8(0x00, typeof offset === 'number' ? offset + value.length : this._writeOffset);
        return this;
    }
    /**
     * Clears the SmartBuffer instance to its original empty state.
     */
    clear() {
        this._writeOffset = 0;
        this._readOffset = 0;
        this.length = 0;
        return this;
    }
    /**
     * Gets the remaining data left to be read from the SmartBuffer instance.
     *
     * @return { Number }
     */
    remaining() {
        return this.length - this._readOffset;
    }
    /**
     * Gets the current read offset value of the SmartBuffer instance.
     *
     * @return { Number }
     */
    get readOffset() {
        return this._readOffset;
    }
    /**
     * Sets the read offset value of the SmartBuffer instance.
     *
     * @param offset { Number } - The offset value to set.
     */
    set readOffset(offset) {
        utils_1.checkOffsetValue(offset);
        // Check for bounds.
        utils_1.checkTargetOffset(offset, this);
        this._readOffset = offset;
    }
    /**
     * Gets the current write offset value of the SmartBuffer instance.
     *
     * @return { Number }
     */
    get writeOffset() {
        return this._writeOffset;
    }
    /**
     * Sets the write offset value of the SmartBuffer instance.
     *
     * @param offset { Number } - The offset value to set.
     */
    set writeOffset(offset) {
        utils_1.checkOffsetValue(offset);
        // Check for bounds.
        utils_1.checkTargetOffset(offset, this);
        this._writeOffset = offset;
    }
    /**
     * Gets the currently set string encoding of the SmartBuffer instance.
     *
     * @return { BufferEncoding } The string Buffer encoding currently set.
     */
    get encoding() {
        return this._encoding;
    }
    /**
     * Sets the string encoding of the SmartBuffer instance.
     *
     * @param encoding { BufferEncoding } The string Buffer encoding to set.
     */
    set encoding(encoding) {
        utils_1.checkEncoding(encoding);
        this._encoding = encoding;
    }
    /**
     * Gets the underlying internal Buffer. (This includes unmanaged data in the Buffer)
     *
     * @return { Buffer } The Buffer value.
     */
    get internalBuffer() {
        return this._buff;
    }
    /**
     * Gets the value of the internal managed Buffer (Includes managed data only)
     *
     * @param { Buffer }
     */
    toBuffer() {
        return this._buff.slice(0, this.length);
    }
    /**
     * Gets the String value of the internal managed Buffer
     *
     * @param encoding { String } The BufferEncoding to display the Buffer as (defaults to instance level encoding).
     */
    toString(encoding) {
        const encodingVal = typeof encoding === 'string' ? encoding : this._encoding;
        // Check for invalid encoding.
        utils_1.checkEncoding(encodingVal);
        return this._buff.toString(encodingVal, 0, this.length);
    }
    /**
     * Destroys the SmartBuffer instance.
     */
    destroy() {
        this.clear();
        return this;
    }
    /**
     * Handles inserting and writing strings.
     *
     * @param value { String } The String value to insert.
     * @param isInsert { Boolean } True if inserting a string, false if writing.
     * @param arg2 { Number | String } The offset to insert the string at, or the BufferEncoding to use.
     * @param encoding { String } The BufferEncoding to use for writing strings (defaults to instance encoding).
     */
    _handleString(value, isInsert, arg3, encoding) {
        let offsetVal = this._writeOffset;
        let encodingVal = this._encoding;
        // Check for offset
        if (typeof arg3 === 'number') {
            offsetVal = arg3;
            // Check for encoding
        }
        else if (typeof arg3 === 'string') {
            utils_1.checkEncoding(arg3);
            encodingVal = arg3;
        }
        // Check for encoding (third param)
        if (typeof encoding === 'string') {
            utils_1.checkEncoding(encoding);
            encodingVal = encoding;
        }
        // Calculate bytelength of string.
        const byteLength = Buffer.byteLength(value, encodingVal);
        // Ensure there is enough internal Buffer capacity.
        if (isInsert) {
            this.ensureInsertable(byteLength, offsetVal);
        }
        else {
            this._ensureWriteable(byteLength, offsetVal);
        }
        // Write value
        this._buff.write(value, offsetVal, byteLength, encodingVal);
        // Increment internal Buffer write offset;
        if (isInsert) {
            this._writeOffset += byteLength;
        }
        else {
            // If an offset was given, check to see if we wrote beyond the current writeOffset.
            if (typeof arg3 === 'number') {
                this._writeOffset = Math.max(this._writeOffset, offsetVal + byteLength);
            }
            else {
                // If no offset was given, we wrote to the end of the SmartBuffer so increment writeOffset.
                this._writeOffset += byteLength;
            }
        }
        return this;
    }
    /**
     * Handles writing or insert of a Buffer.
     *
     * @param value { Buffer } The Buffer to write.
     * @param offset { Number } The offset to write the Buffer to.
     */
    _handleBuffer(value, isInsert, offset) {
        const offsetVal = typeof offset === 'number' ? offset : this._writeOffset;
        // Ensure there is enough internal Buffer capacity.
        if (isInsert) {
            this.ensureInsertable(value.length, offsetVal);
        }
        else {
            this._ensureWriteable(value.length, offsetVal);
        }
        // Write buffer value
        value.copy(this._buff, offsetVal);
        // Increment internal Buffer write offset;
        if (isInsert) {
            this._writeOffset += value.length;
        }
        else {
            // If an offset was given, check to see if we wrote beyond the current writeOffset.
            if (typeof offset === 'number') {
                this._writeOffset = Math.max(this._writeOffset, offsetVal + value.length);
            }
            else {
                // If no offset was given, we wrote to the end of the SmartBuffer so increment writeOffset.
                this._writeOffset += value.length;
            }
        }
        return this;
    }
    /**
     * Ensures that the internal Buffer is large enough to read data.
     *
     * @param length { Number } The length of the data that needs to be read.
     * @param offset { Number } The offset of the data that needs to be read.
     */
    ensureReadable(length, offset) {
        // Offset value defaults to managed read offset.
        let offsetVal = this._readOffset;
        // If an offset was provided, use it.
        if (typeof offset !== 'undefined') {
            // Checks for valid numberic value;
            utils_1.checkOffsetValue(offset);
            // Overide with custom offset.
            offsetVal = offset;
        }
        // Checks if offset is below zero, or the offset+length offset is beyond the total length of the managed data.
        if (offsetVal < 0 || offsetVal + length > this.length) {
            throw new Error(utils_1.ERRORS.INVALID_READ_BEYOND_BOUNDS);
        }
    }
    /**
     * Ensures that the internal Buffer is large enough to insert data.
     *
     * @param dataLength { Number } The length of the data that needs to be written.
     * @param offset { Number } The offset of the data to be written.
     */
    ensureInsertable(dataLength, offset) {
        // Checks for valid numberic value;
        utils_1.checkOffsetValue(offset);
        // Ensure there is enough internal Buffer capacity.
        this._ensureCapacity(this.length + dataLength);
        // If an offset was provided and its not the very end of the buffer, copy data into appropriate location in regards to the offset.
        if (offset < this.length) {
            this._buff.copy(this._buff, offset + dataLength, offset, this._buff.length);
        }
        // Adjust tracked smart buffer length
        if (offset + dataLength > this.length) {
            this.length = offset + dataLength;
        }
        else {
            this.length += dataLength;
        }
    }
    /**
     * Ensures that the internal Buffer is large enough to write data.
     *
     * @param dataLength { Number } The length of the data that needs to be written.
     * @param offset { Number } The offset of the data to be written (defaults to writeOffset).
     */
    _ensureWriteable(dataLength, offset) {
        const offsetVal = typeof offset === 'number' ? offset : this._writeOffset;
        // Ensure enough capacity to write data.
        this._ensureCapacity(offsetVal + dataLength);
        // Adjust SmartBuffer length (if offset + length is larger than managed length, adjust length)
        if (offsetVal + dataLength > this.length) {
            this.length = offsetVal + dataLength;
        }
    }
    /**
     * Ensures that the internal Buffer is large enough to write at least the given amount of data.
     *
     * @param minLength { Number } The minimum length of the data needs to be written.
     */
    _ensureCapacity(minLength) {
        const oldLength = this._buff.length;
        if (minLength > oldLength) {
            let data = this._buff;
            let newLength = (oldLength * 3) / 2 + 1;
            if (newLength < minLength) {
                newLength = minLength;
            }
            this._buff = Buffer.allocUnsafe(newLength);
            data.copy(this._buff, 0, 0, oldLength);
        }
    }
    /**
     * Reads a numeric number value using the provided function.
     *
     * @typeparam T { number | bigint } The type of the value to be read
     *
     * @param func { Function(offset: number) => number } The function to read data on the internal Buffer with.
     * @param byteSize { Number } The number of bytes read.
     * @param offset { Number } The offset to read from (optional). When this is not provided, the managed readOffset is used instead.
     *
     * @returns { T } the number value
     */
    _readNumberValue(func, byteSize, offset) {
        this.ensureReadable(byteSize, offset);
        // Call Buffer.readXXXX();
        const value = func.call(this._buff, typeof offset === 'number' ? offset : this._readOffset);
        // Adjust internal read offset if an optional read offset was not provided.
        if (typeof offset === 'undefined') {
            this._readOffset += byteSize;
        }
        return value;
    }
    /**
     * Inserts a numeric number value based on the given offset and value.
     *
     * @typeparam T { number | bigint } The type of the value to be written
     *
     * @param func { Function(offset: T, offset?) => number} The function to write data on the internal Buffer with.
     * @param byteSize { Number } The number of bytes written.
     * @param value { T } The number value to write.
     * @param offset { Number } the offset to write the number at (REQUIRED).
     *
     * @returns SmartBuffer this buffer
     */
    _insertNumberValue(func, byteSize, value, offset) {
        // Check for invalid offset values.
        utils_1.checkOffsetValue(offset);
        // Ensure there is enough internal Buffer capacity. (raw offset is passed)
        this.ensureInsertable(byteSize, offset);
        // Call buffer.writeXXXX();
        func.call(this._buff, value, offset);
        // Adjusts internally managed write offset.
        this._writeOffset += byteSize;
        return this;
    }
    /**
     * Writes a numeric number value based on the given offset and value.
     *
     * @typeparam T { number | bigint } The type of the value to be written
     *
     * @param func { Function(offset: T, offset?) => number} The function to write data on the internal Buffer with.
     * @param byteSize { Number } The number of bytes written.
     * @param value { T } The number value to write.
     * @param offset { Number } the offset to write the number at (REQUIRED).
     *
     * @returns SmartBuffer this buffer
     */
    _writeNumberValue(func, byteSize, value, offset) {
        // If an offset was provided, validate it.
        if (typeof offset === 'number') {
            // Check if we're writing beyond the bounds of the managed data.
            if (offset < 0) {
                throw new Error(utils_1.ERRORS.INVALID_WRITE_BEYOND_BOUNDS);
            }
            utils_1.checkOffsetValue(offset);
        }
        // Default to writeOffset if no offset value was given.
        const offsetVal = typeof offset === 'number' ? offset : this._writeOffset;
        // Ensure there is enough internal Buffer capacity. (raw offset is passed)
        this._ensureWriteable(byteSize, offsetVal);
        func.call(this._buff, value, offsetVal);
        // If an offset was given, check to see if we wrote beyond the current writeOffset.
        if (typeof offset === 'number') {
            this._writeOffset = Math.max(this._writeOffset, offsetVal + byteSize);
        }
        else {
            // If no numeric offset was given, we wrote to the end of the SmartBuffer so increment writeOffset.
            this._writeOffset += byteSize;
        }
        return this;
    }
}
exports.SmartBuffer = SmartBuffer;
//# sourceMappingURL=smartbuffer.js.map

/***/ }),

/***/ 8632:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const buffer_1 = __nccwpck_require__(181);
/**
 * Error strings
 */
const ERRORS = {
    INVALID_ENCODING: 'Invalid encoding provided. Please specify a valid encoding the internal Node.js Buffer supports.',
    INVALID_SMARTBUFFER_SIZE: 'Invalid size provided. Size must be a valid integer greater than zero.',
    INVALID_SMARTBUFFER_BUFFER: 'Invalid Buffer provided in SmartBufferOptions.',
    INVALID_SMARTBUFFER_OBJECT: 'Invalid SmartBufferOptions object supplied to SmartBuffer constructor or factory methods.',
    INVALID_OFFSET: 'An invalid offset value was provided.',
    INVALID_OFFSET_NON_NUMBER: 'An invalid offset value was provided. A numeric value is required.',
    INVALID_LENGTH: 'An invalid length value was provided.',
    INVALID_LENGTH_NON_NUMBER: 'An invalid length value was provived. A numeric value is required.',
    INVALID_TARGET_OFFSET: 'Target offset is beyond the bounds of the internal SmartBuffer data.',
    INVALID_TARGET_LENGTH: 'Specified length value moves cursor beyong the bounds of the internal SmartBuffer data.',
    INVALID_READ_BEYOND_BOUNDS: 'Attempted to read beyond the bounds of the managed data.',
    INVALID_WRITE_BEYOND_BOUNDS: 'Attempted to write beyond the bounds of the managed data.'
};
exports.ERRORS = ERRORS;
/**
 * Checks if a given encoding is a valid Buffer encoding. (Throws an exception if check fails)
 *
 * @param { String } encoding The encoding string to check.
 */
function checkEncoding(encoding) {
    if (!buffer_1.Buffer.isEncoding(encoding)) {
        throw new Error(ERRORS.INVALID_ENCODING);
    }
}
exports.checkEncoding = checkEncoding;
/**
 * Checks if a given number is a finite integer. (Throws an exception if check fails)
 *
 * @param { Number } value The number value to check.
 */
function isFiniteInteger(value) {
    return typeof value === 'number' && isFinite(value) && isInteger(value);
}
exports.isFiniteInteger = isFiniteInteger;
/**
 * Checks if an offset/length value is valid. (Throws an exception if check fails)
 *
 * @param value The value to check.
 * @param offset True if checking an offset, false if checking a length.
 */
function checkOffsetOrLengthValue(value, offset) {
    if (typeof value === 'number') {
        // Check for non finite/non integers
        if (!isFiniteInteger(value) || value < 0) {
            throw new Error(offset ? ERRORS.INVALID_OFFSET : ERRORS.INVALID_LENGTH);
        }
    }
    else {
        throw new Error(offset ? ERRORS.INVALID_OFFSET_NON_NUMBER : ERRORS.INVALID_LENGTH_NON_NUMBER);
    }
}
/**
 * Checks if a length value is valid. (Throws an exception if check fails)
 *
 * @param { Number } length The value to check.
 */
function checkLengthValue(length) {
    checkOffsetOrLengthValue(length, false);
}
exports.checkLengthValue = checkLengthValue;
/**
 * Checks if a offset value is valid. (Throws an exception if check fails)
 *
 * @param { Number } offset The value to check.
 */
function checkOffsetValue(offset) {
    checkOffsetOrLengthValue(offset, true);
}
exports.checkOffsetValue = checkOffsetValue;
/**
 * Checks if a target offset value is out of bounds. (Throws an exception if check fails)
 *
 * @param { Number } offset The offset value to check.
 * @param { SmartBuffer } buff The SmartBuffer instance to check against.
 */
function checkTargetOffset(offset, buff) {
    if (offset < 0 || offset > buff.length) {
        throw new Error(ERRORS.INVALID_TARGET_OFFSET);
    }
}
exports.checkTargetOffset = checkTargetOffset;
/**
 * Determines whether a given number is a integer.
 * @param value The number to check.
 */
function isInteger(value) {
    return typeof value === 'number' && isFinite(value) && Math.floor(value) === value;
}
/**
 * Throws if Node.js version is too low to support bigint
 */
function bigIntAndBufferInt64Check(bufferMethod) {
    if (typeof BigInt === 'undefined') {
        throw new Error('Platform does not support JS BigInt type.');
    }
    if (typeof buffer_1.Buffer.prototype[bufferMethod] === 'undefined') {
        throw new Error(`Platform does not support Buffer.prototype.${bufferMethod}.`);
    }
}
exports.bigIntAndBufferInt64Check = bigIntAndBufferInt64Check;
//# sourceMappingURL=utils.js.map

/***/ }),

/***/ 7142:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


var __awaiter = (this && this.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.SocksClientError = exports.SocksClient = void 0;
const events_1 = __nccwpck_require__(4434);
const net = __nccwpck_require__(9278);
const smart_buffer_1 = __nccwpck_require__(7290);
const constants_1 = __nccwpck_require__(4223);
const helpers_1 = __nccwpck_require__(639);
const receivebuffer_1 = __nccwpck_require__(1129);
const util_1 = __nccwpck_require__(9712);
Object.defineProperty(exports, "SocksClientError", ({ enumerable: true, get: function () { return util_1.SocksClientError; } }));
const ip_address_1 = __nccwpck_require__(9253);
class SocksClient extends events_1.EventEmitter {
    constructor(options) {
        super();
        this.options = Object.assign({}, options);
        // Validate SocksClientOptions
        (0, helpers_1.validateSocksClientOptions)(options);
        // Default state
        this.setState(constants_1.SocksClientState.Created);
    }
    /**
     * Creates a new SOCKS connection.
     *
     * Note: Supports callbacks and promises. Only supports the connect command.
     * @param options { SocksClientOptions } Options.
     * @param callback { Function } An optional callback function.
     * @returns { Promise }
     */
    static createConnection(options, callback) {
        return new Promise((resolve, reject) => {
            // Validate SocksClientOptions
            try {
                (0, helpers_1.validateSocksClientOptions)(options, ['connect']);
            }
            catch (err) {
                if (typeof callback === 'function') {
                    callback(err);
                    // eslint-disable-next-line @typescript-eslint/no-explicit-any
                    return resolve(err); // Resolves pending promise (prevents memory leaks).
                }
                else {
                    return reject(err);
                }
            }
            const client = new SocksClient(options);
            client.connect(options.existing_socket);
            client.once('established', (info) => {
                client.removeAllListeners();
                if (typeof callback === 'function') {
                    callback(null, info);
                    resolve(info); // Resolves pending promise (prevents memory leaks).
                }
                else {
                    resolve(info);
                }
            });
            // Error occurred, failed to establish connection.
            client.once('error', (err) => {
                client.removeAllListeners();
                if (typeof callback === 'function') {
                    callback(err);
                    // eslint-disable-next-line @typescript-eslint/no-explicit-any
                    resolve(err); // Resolves pending promise (prevents memory leaks).
                }
                else {
                    reject(err);
                }
            });
        });
    }
    /**
     * Creates a new SOCKS connection chain to a destination host through 2 or more SOCKS proxies.
     *
     * Note: Supports callbacks and promises. Only supports the connect method.
     * Note: Implemented via createConnection() factory function.
     * @param options { SocksClientChainOptions } Options
     * @param callback { Function } An optional callback function.
     * @returns { Promise }
     */
    static createConnectionChain(options, callback) {
        // eslint-disable-next-line no-async-promise-executor
        return new Promise((resolve, reject) => __awaiter(this, void 0, void 0, function* () {
            // Validate SocksClientChainOptions
            try {
                (0, helpers_1.validateSocksClientChainOptions)(options);
            }
            catch (err) {
                if (typeof callback === 'function') {
                    callback(err);
                    // eslint-disable-next-line @typescript-eslint/no-explicit-any
                    return resolve(err); // Resolves pending promise (prevents memory leaks).
                }
                else {
                    return reject(err);
                }
            }
            // Shuffle proxies
            if (options.randomizeChain) {
                (0, util_1.shuffleArray)(options.proxies);
            }
            try {
                let sock;
                for (let i = 0; i < options.proxies.length; i++) {
                    const nextProxy = options.proxies[i];
                    // If we've reached the last proxy in the chain, the destination is the actual destination, otherwise it's the next proxy.
                    const nextDestination = i === options.proxies.length - 1
                        ? options.destination
                        : {
                            host: options.proxies[i + 1].host ||
                                options.proxies[i + 1].ipaddress,
                            port: options.proxies[i + 1].port,
                        };
                    // Creates the next connection in the chain.
                    const result = yield SocksClient.createConnection({
                        command: 'connect',
                        proxy: nextProxy,
                        destination: nextDestination,
                        existing_socket: sock,
                    });
                    // If sock is undefined, assign it here.
                    sock = sock || result.socket;
                }
                if (typeof callback === 'function') {
                    callback(null, { socket: sock });
                    resolve({ socket: sock }); // Resolves pending promise (prevents memory leaks).
                }
                else {
                    resolve({ socket: sock });
                }
            }
            catch (err) {
                if (typeof callback === 'function') {
                    callback(err);
                    // eslint-disable-next-line @typescript-eslint/no-explicit-any
                    resolve(err); // Resolves pending promise (prevents memory leaks).
                }
                else {
                    reject(err);
                }
            }
        }));
    }
    /**
     * Creates a SOCKS UDP Frame.
     * @param options
     */
    static createUDPFrame(options) {
        const buff = new smart_buffer_1.SmartBuffer();
        buff.writeUInt16BE(0);
        buff.writeUInt8(options.frameNumber || 0);
        // IPv4/IPv6/Hostname
        if (net.isIPv4(options.remoteHost.host)) {
            buff.writeUInt8(constants_1.Socks5HostType.IPv4);
            buff.writeUInt32BE((0, helpers_1.ipv4ToInt32)(options.remoteHost.host));
        }
        else if (net.isIPv6(options.remoteHost.host)) {
            buff.writeUInt8(constants_1.Socks5HostType.IPv6);
            buff.writeBuffer((0, helpers_1.ipToBuffer)(options.remoteHost.host));
        }
        else {
            buff.writeUInt8(constants_1.Socks5HostType.Hostname);
            buff.writeUInt8(Buffer.byteLength(options.remoteHost.host));
            buff.writeString(options.remoteHost.host);
        }
        // Port
        buff.writeUInt16BE(options.remoteHost.port);
        // Data
        buff.writeBuffer(options.data);
        return buff.toBuffer();
    }
    /**
     * Parses a SOCKS UDP frame.
     * @param data
     */
    static parseUDPFrame(data) {
        const buff = smart_buffer_1.SmartBuffer.fromBuffer(data);
        buff.readOffset = 2;
        const frameNumber = buff.readUInt8();
        const hostType = buff.readUInt8();
        let remoteHost;
        if (hostType === constants_1.Socks5HostType.IPv4) {
            remoteHost = (0, helpers_1.int32ToIpv4)(buff.readUInt32BE());
        }
        else if (hostType === constants_1.Socks5HostType.IPv6) {
            remoteHost = ip_address_1.Address6.fromByteArray(Array.from(buff.readBuffer(16))).canonicalForm();
        }
        else {
            remoteHost = buff.readString(buff.readUInt8());
        }
        const remotePort = buff.readUInt16BE();
        return {
            frameNumber,
            remoteHost: {
                host: remoteHost,
                port: remotePort,
            },
            data: buff.readBuffer(),
        };
    }
    /**
     * Internal state setter. If the SocksClient is in an error state, it cannot be changed to a non error state.
     */
    setState(newState) {
        if (this.state !== constants_1.SocksClientState.Error) {
            this.state = newState;
        }
    }
    /**
     * Starts the connection establishment to the proxy and destination.
     * @param existingSocket Connected socket to use instead of creating a new one (internal use).
     */
    connect(existingSocket) {
        this.onDataReceived = (data) => this.onDataReceivedHandler(data);
        this.onClose = () => this.onCloseHandler();
        this.onError = (err) => this.onErrorHandler(err);
        this.onConnect = () => this.onConnectHandler();
        // Start timeout timer (defaults to 30 seconds)
        const timer = setTimeout(() => this.onEstablishedTimeout(), this.options.timeout || constants_1.DEFAULT_TIMEOUT);
        // check whether unref is available as it differs from browser to NodeJS (#33)
        if (timer.unref && typeof timer.unref === 'function') {
            timer.unref();
        }
        // If an existing socket is provided, use it to negotiate SOCKS handshake. Otherwise create a new Socket.
        if (existingSocket) {
            this.socket = existingSocket;
        }
        else {
            this.socket = new net.Socket();
        }
        // Attach Socket error handlers.
        this.socket.once('close', this.onClose);
        this.socket.once('error', this.onError);
        this.socket.once('connect', this.onConnect);
        this.socket.on('data', this.onDataReceived);
        this.setState(constants_1.SocksClientState.Connecting);
        this.receiveBuffer = new receivebuffer_1.ReceiveBuffer();
        if (existingSocket) {
            this.socket.emit('connect');
        }
        else {
            this.socket.connect(this.getSocketOptions());
            if (this.options.set_tcp_nodelay !== undefined &&
                this.options.set_tcp_nodelay !== null) {
                this.socket.setNoDelay(!!this.options.set_tcp_nodelay);
            }
        }
        // Listen for established event so we can re-emit any excess data received during handshakes.
        this.prependOnceListener('established', (info) => {
            setImmediate(() => {
                if (this.receiveBuffer.length > 0) {
                    const excessData = this.receiveBuffer.get(this.receiveBuffer.length);
                    info.socket.emit('data', excessData);
                }
                info.socket.resume();
            });
        });
    }
    // Socket options (defaults host/port to options.proxy.host/options.proxy.port)
    getSocketOptions() {
        return Object.assign(Object.assign({}, this.options.socket_options), { host: this.options.proxy.host || this.options.proxy.ipaddress, port: this.options.proxy.port });
    }
    /**
     * Handles internal Socks timeout callback.
     * Note: If the Socks client is not BoundWaitingForConnection or Established, the connection will be closed.
     */
    onEstablishedTimeout() {
        if (this.state !== constants_1.SocksClientState.Established &&
            this.state !== constants_1.SocksClientState.BoundWaitingForConnection) {
            this.closeSocket(constants_1.ERRORS.ProxyConnectionTimedOut);
        }
    }
    /**
     * Handles Socket connect event.
     */
    onConnectHandler() {
        this.setState(constants_1.SocksClientState.Connected);
        // Send initial handshake.
        if (this.options.proxy.type === 4) {
            this.sendSocks4InitialHandshake();
        }
        else {
            this.sendSocks5InitialHandshake();
        }
        this.setState(constants_1.SocksClientState.SentInitialHandshake);
    }
    /**
     * Handles Socket data event.
     * @param data
     */
    onDataReceivedHandler(data) {
        /*
          All received data is appended to a ReceiveBuffer.
          This makes sure that all the data we need is received before we attempt to process it.
        */
        this.receiveBuffer.append(data);
        // Process data that we have.
        this.processData();
    }
    /**
     * Handles processing of the data we have received.
     */
    processData() {
        // If we have enough data to process the next step in the SOCKS handshake, proceed.
        while (this.state !== constants_1.SocksClientState.Established &&
            this.state !== constants_1.SocksClientState.Error &&
            this.receiveBuffer.length >= this.nextRequiredPacketBufferSize) {
            // Sent initial handshake, waiting for response.
            if (this.state === constants_1.SocksClientState.SentInitialHandshake) {
                if (this.options.proxy.type === 4) {
                    // Socks v4 only has one handshake response.
                    this.handleSocks4FinalHandshakeResponse();
                }
                else {
                    // Socks v5 has two handshakes, handle initial one here.
                    this.handleInitialSocks5HandshakeResponse();
                }
                // Sent auth request for Socks v5, waiting for response.
            }
            else if (this.state === constants_1.SocksClientState.SentAuthentication) {
                this.handleInitialSocks5AuthenticationHandshakeResponse();
                // Sent final Socks v5 handshake, waiting for final response.
            }
            else if (this.state === constants_1.SocksClientState.SentFinalHandshake) {
                this.handleSocks5FinalHandshakeResponse();
                // Socks BIND established. Waiting for remote connection via proxy.
            }
            else if (this.state === constants_1.SocksClientState.BoundWaitingForConnection) {
                if (this.options.proxy.type === 4) {
                    this.handleSocks4IncomingConnectionResponse();
                }
                else {
                    this.handleSocks5IncomingConnectionResponse();
                }
            }
            else {
                this.closeSocket(constants_1.ERRORS.InternalError);
                break;
            }
        }
    }
    /**
     * Handles Socket close event.
     * @param had_error
     */
    onCloseHandler() {
        this.closeSocket(constants_1.ERRORS.SocketClosed);
    }
    /**
     * Handles Socket error event.
     * @param err
     */
    onErrorHandler(err) {
        this.closeSocket(err.message);
    }
    /**
     * Removes internal event listeners on the underlying Socket.
     */
    removeInternalSocketHandlers() {
        // Pauses data flow of the socket (this is internally resumed after 'established' is emitted)
        this.socket.pause();
        this.socket.removeListener('data', this.onDataReceived);
        this.socket.removeListener('close', this.onClose);
        this.socket.removeListener('error', this.onError);
        this.socket.removeListener('connect', this.onConnect);
    }
    /**
     * Closes and destroys the underlying Socket. Emits an error event.
     * @param err { String } An error string to include in error event.
     */
    closeSocket(err) {
        // Make sure only one 'error' event is fired for the lifetime of this SocksClient instance.
        if (this.state !== constants_1.SocksClientState.Error) {
            // Set internal state to Error.
            this.setState(constants_1.SocksClientState.Error);
            // Destroy Socket
            this.socket.destroy();
            // Remove internal listeners
            this.removeInternalSocketHandlers();
            // Fire 'error' event.
            this.emit('error', new util_1.SocksClientError(err, this.options));
        }
    }
    /**
     * Sends initial Socks v4 handshake request.
     */
    sendSocks4InitialHandshake() {
        const userId = this.options.proxy.userId || '';
        const buff = new smart_buffer_1.SmartBuffer();
        buff.writeUInt8(0x04);
        buff.writeUInt8(constants_1.SocksCommand[this.options.command]);
        buff.writeUInt16BE(this.options.destination.port);
        // Socks 4 (IPv4)
        if (net.isIPv4(this.options.destination.host)) {
            buff.writeBuffer((0, helpers_1.ipToBuffer)(this.options.destination.host));
            buff.writeStringNT(userId);
            // Socks 4a (hostname)
        }
        else {
            buff.writeUInt8(0x00);
            buff.writeUInt8(0x00);
            buff.writeUInt8(0x00);
            buff.writeUInt8(0x01);
            buff.writeStringNT(userId);
            buff.writeStringNT(this.options.destination.host);
        }
        this.nextRequiredPacketBufferSize =
            constants_1.SOCKS_INCOMING_PACKET_SIZES.Socks4Response;
        this.socket.write(buff.toBuffer());
    }
    /**
     * Handles Socks v4 handshake response.
     * @param data
     */
    handleSocks4FinalHandshakeResponse() {
        const data = this.receiveBuffer.get(8);
        if (data[1] !== constants_1.Socks4Response.Granted) {
            this.closeSocket(`${constants_1.ERRORS.Socks4ProxyRejectedConnection} - (${constants_1.Socks4Response[data[1]]})`);
        }
        else {
            // Bind response
            if (constants_1.SocksCommand[this.options.command] === constants_1.SocksCommand.bind) {
                const buff = smart_buffer_1.SmartBuffer.fromBuffer(data);
                buff.readOffset = 2;
                const remoteHost = {
                    port: buff.readUInt16BE(),
                    host: (0, helpers_1.int32ToIpv4)(buff.readUInt32BE()),
                };
                // If host is 0.0.0.0, set to proxy host.
                if (remoteHost.host === '0.0.0.0') {
                    remoteHost.host = this.options.proxy.ipaddress;
                }
                this.setState(constants_1.SocksClientState.BoundWaitingForConnection);
                this.emit('bound', { remoteHost, socket: this.socket });
                // Connect response
            }
            else {
                this.setState(constants_1.SocksClientState.Established);
                this.removeInternalSocketHandlers();
                this.emit('established', { socket: this.socket });
            }
        }
    }
    /**
     * Handles Socks v4 incoming connection request (BIND)
     * @param data
     */
    handleSocks4IncomingConnectionResponse() {
        const data = this.receiveBuffer.get(8);
        if (data[1] !== constants_1.Socks4Response.Granted) {
            this.closeSocket(`${constants_1.ERRORS.Socks4ProxyRejectedIncomingBoundConnection} - (${constants_1.Socks4Response[data[1]]})`);
        }
        else {
            const buff = smart_buffer_1.SmartBuffer.fromBuffer(data);
            buff.readOffset = 2;
            const remoteHost = {
                port: buff.readUInt16BE(),
                host: (0, helpers_1.int32ToIpv4)(buff.readUInt32BE()),
            };
            this.setState(constants_1.SocksClientState.Established);
            this.removeInternalSocketHandlers();
            this.emit('established', { remoteHost, socket: this.socket });
        }
    }
    /**
     * Sends initial Socks v5 handshake request.
     */
    sendSocks5InitialHandshake() {
        const buff = new smart_buffer_1.SmartBuffer();
        // By default we always support no auth.
        const supportedAuthMethods = [constants_1.Socks5Auth.NoAuth];
        // We should only tell the proxy we support user/pass auth if auth info is actually provided.
        // Note: As of Tor v0.3.5.7+, if user/pass auth is an option from the client, by default it will always take priority.
        if (this.options.proxy.userId || this.options.proxy.password) {
            supportedAuthMethods.push(constants_1.Socks5Auth.UserPass);
        }
        // Custom auth method?
        if (this.options.proxy.custom_auth_method !== undefined) {
            supportedAuthMethods.push(this.options.proxy.custom_auth_method);
        }
        // Build handshake packet
        buff.writeUInt8(0x05);
        buff.writeUInt8(supportedAuthMethods.length);
        for (const authMethod of supportedAuthMethods) {
            buff.writeUInt8(authMethod);
        }
        this.nextRequiredPacketBufferSize =
            constants_1.SOCKS_INCOMING_PACKET_SIZES.Socks5InitialHandshakeResponse;
        this.socket.write(buff.toBuffer());
        this.setState(constants_1.SocksClientState.SentInitialHandshake);
    }
    /**
     * Handles initial Socks v5 handshake response.
     * @param data
     */
    handleInitialSocks5HandshakeResponse() {
        const data = this.receiveBuffer.get(2);
        if (data[0] !== 0x05) {
            this.closeSocket(constants_1.ERRORS.InvalidSocks5IntiailHandshakeSocksVersion);
        }
        else if (data[1] === constants_1.SOCKS5_NO_ACCEPTABLE_AUTH) {
            this.closeSocket(constants_1.ERRORS.InvalidSocks5InitialHandshakeNoAcceptedAuthType);
        }
        else {
            // If selected Socks v5 auth method is no auth, send final handshake request.
            if (data[1] === constants_1.Socks5Auth.NoAuth) {
                this.socks5ChosenAuthType = constants_1.Socks5Auth.NoAuth;
                this.sendSocks5CommandRequest();
                // If selected Socks v5 auth method is user/password, send auth handshake.
            }
            else if (data[1] === constants_1.Socks5Auth.UserPass) {
                this.socks5ChosenAuthType = constants_1.Socks5Auth.UserPass;
                this.sendSocks5UserPassAuthentication();
                // If selected Socks v5 auth method is the custom_auth_method, send custom handshake.
            }
            else if (data[1] === this.options.proxy.custom_auth_method) {
                this.socks5ChosenAuthType = this.options.proxy.custom_auth_method;
                this.sendSocks5CustomAuthentication();
            }
            else {
                this.closeSocket(constants_1.ERRORS.InvalidSocks5InitialHandshakeUnknownAuthType);
            }
        }
    }
    /**
     * Sends Socks v5 user & password auth handshake.
     *
     * Note: No auth and user/pass are currently supported.
     */
    sendSocks5UserPassAuthentication() {
        const userId = this.options.proxy.userId || '';
        const password = this.options.proxy.password || '';
        const buff = new smart_buffer_1.SmartBuffer();
        buff.writeUInt8(0x01);
        buff.writeUInt8(Buffer.byteLength(userId));
        buff.writeString(userId);
        buff.writeUInt8(Buffer.byteLength(password));
        buff.writeString(password);
        this.nextRequiredPacketBufferSize =
            constants_1.SOCKS_INCOMING_PACKET_SIZES.Socks5UserPassAuthenticationResponse;
        this.socket.write(buff.toBuffer());
        this.setState(constants_1.SocksClientState.SentAuthentication);
    }
    sendSocks5CustomAuthentication() {
        return __awaiter(this, void 0, void 0, function* () {
            this.nextRequiredPacketBufferSize =
                this.options.proxy.custom_auth_response_size;
            this.socket.write(yield this.options.proxy.custom_auth_request_handler());
            this.setState(constants_1.SocksClientState.SentAuthentication);
        });
    }
    handleSocks5CustomAuthHandshakeResponse(data) {
        return __awaiter(this, void 0, void 0, function* () {
            return yield this.options.proxy.custom_auth_response_handler(data);
        });
    }
    handleSocks5AuthenticationNoAuthHandshakeResponse(data) {
        return __awaiter(this, void 0, void 0, function* () {
            return data[1] === 0x00;
        });
    }
    handleSocks5AuthenticationUserPassHandshakeResponse(data) {
        return __awaiter(this, void 0, void 0, function* () {
            return data[1] === 0x00;
        });
    }
    /**
     * Handles Socks v5 auth handshake response.
     * @param data
     */
    handleInitialSocks5AuthenticationHandshakeResponse() {
        return __awaiter(this, void 0, void 0, function* () {
            this.setState(constants_1.SocksClientState.ReceivedAuthenticationResponse);
            let authResult = false;
            if (this.socks5ChosenAuthType === constants_1.Socks5Auth.NoAuth) {
                authResult = yield this.handleSocks5AuthenticationNoAuthHandshakeResponse(this.receiveBuffer.get(2));
            }
            else if (this.socks5ChosenAuthType === constants_1.Socks5Auth.UserPass) {
                authResult =
                    yield this.handleSocks5AuthenticationUserPassHandshakeResponse(this.receiveBuffer.get(2));
            }
            else if (this.socks5ChosenAuthType === this.options.proxy.custom_auth_method) {
                authResult = yield this.handleSocks5CustomAuthHandshakeResponse(this.receiveBuffer.get(this.options.proxy.custom_auth_response_size));
            }
            if (!authResult) {
                this.closeSocket(constants_1.ERRORS.Socks5AuthenticationFailed);
            }
            else {
                this.sendSocks5CommandRequest();
            }
        });
    }
    /**
     * Sends Socks v5 final handshake request.
     */
    sendSocks5CommandRequest() {
        const buff = new smart_buffer_1.SmartBuffer();
        buff.writeUInt8(0x05);
        buff.writeUInt8(constants_1.SocksCommand[this.options.command]);
        buff.writeUInt8(0x00);
        // ipv4, ipv6, domain?
        if (net.isIPv4(this.options.destination.host)) {
            buff.writeUInt8(constants_1.Socks5HostType.IPv4);
            buff.writeBuffer((0, helpers_1.ipToBuffer)(this.options.destination.host));
        }
        else if (net.isIPv6(this.options.destination.host)) {
            buff.writeUInt8(constants_1.Socks5HostType.IPv6);
            buff.writeBuffer((0, helpers_1.ipToBuffer)(this.options.destination.host));
        }
        else {
            buff.writeUInt8(constants_1.Socks5HostType.Hostname);
            buff.writeUInt8(this.options.destination.host.length);
            buff.writeString(this.options.destination.host);
        }
        buff.writeUInt16BE(this.options.destination.port);
        this.nextRequiredPacketBufferSize =
            constants_1.SOCKS_INCOMING_PACKET_SIZES.Socks5ResponseHeader;
        this.socket.write(buff.toBuffer());
        this.setState(constants_1.SocksClientState.SentFinalHandshake);
    }
    /**
     * Handles Socks v5 final handshake response.
     * @param data
     */
    handleSocks5FinalHandshakeResponse() {
        // Peek at available data (we need at least 5 bytes to get the hostname length)
        const header = this.receiveBuffer.peek(5);
        if (header[0] !== 0x05 || header[1] !== constants_1.Socks5Response.Granted) {
            this.closeSocket(`${constants_1.ERRORS.InvalidSocks5FinalHandshakeRejected} - ${constants_1.Socks5Response[header[1]]}`);
        }
        else {
            // Read address type
            const addressType = header[3];
            let remoteHost;
            let buff;
            // IPv4
            if (addressType === constants_1.Socks5HostType.IPv4) {
                // Check if data is available.
                const dataNeeded = constants_1.SOCKS_INCOMING_PACKET_SIZES.Socks5ResponseIPv4;
                if (this.receiveBuffer.length < dataNeeded) {
                    this.nextRequiredPacketBufferSize = dataNeeded;
                    return;
                }
                buff = smart_buffer_1.SmartBuffer.fromBuffer(this.receiveBuffer.get(dataNeeded).slice(4));
                remoteHost = {
                    host: (0, helpers_1.int32ToIpv4)(buff.readUInt32BE()),
                    port: buff.readUInt16BE(),
                };
                // If given host is 0.0.0.0, assume remote proxy ip instead.
                if (remoteHost.host === '0.0.0.0') {
                    remoteHost.host = this.options.proxy.ipaddress;
                }
                // Hostname
            }
            else if (addressType === constants_1.Socks5HostType.Hostname) {
                const hostLength = header[4];
                const dataNeeded = constants_1.SOCKS_INCOMING_PACKET_SIZES.Socks5ResponseHostname(hostLength); // header + host length + host + port
                // Check if data is available.
                if (this.receiveBuffer.length < dataNeeded) {
                    this.nextRequiredPacketBufferSize = dataNeeded;
                    return;
                }
                buff = smart_buffer_1.SmartBuffer.fromBuffer(this.receiveBuffer.get(dataNeeded).slice(5));
                remoteHost = {
                    host: buff.readString(hostLength),
                    port: buff.readUInt16BE(),
                };
                // IPv6
            }
            else if (addressType === constants_1.Socks5HostType.IPv6) {
                // Check if data is available.
                const dataNeeded = constants_1.SOCKS_INCOMING_PACKET_SIZES.Socks5ResponseIPv6;
                if (this.receiveBuffer.length < dataNeeded) {
                    this.nextRequiredPacketBufferSize = dataNeeded;
                    return;
                }
                buff = smart_buffer_1.SmartBuffer.fromBuffer(this.receiveBuffer.get(dataNeeded).slice(4));
                remoteHost = {
                    host: ip_address_1.Address6.fromByteArray(Array.from(buff.readBuffer(16))).canonicalForm(),
                    port: buff.readUInt16BE(),
                };
            }
            // We have everything we need
            this.setState(constants_1.SocksClientState.ReceivedFinalResponse);
            // If using CONNECT, the client is now in the established state.
            if (constants_1.SocksCommand[this.options.command] === constants_1.SocksCommand.connect) {
                this.setState(constants_1.SocksClientState.Established);
                this.removeInternalSocketHandlers();
                this.emit('established', { remoteHost, socket: this.socket });
            }
            else if (constants_1.SocksCommand[this.options.command] === constants_1.SocksCommand.bind) {
                /* If using BIND, the Socks client is now in BoundWaitingForConnection state.
                   This means that the remote proxy server is waiting for a remote connection to the bound port. */
                this.setState(constants_1.SocksClientState.BoundWaitingForConnection);
                this.nextRequiredPacketBufferSize =
                    constants_1.SOCKS_INCOMING_PACKET_SIZES.Socks5ResponseHeader;
                this.emit('bound', { remoteHost, socket: this.socket });
                /*
                  If using Associate, the Socks client is now Established. And the proxy server is now accepting UDP packets at the
                  given bound port. This initial Socks TCP connection must remain open for the UDP relay to continue to work.
                */
            }
            else if (constants_1.SocksCommand[this.options.command] === constants_1.SocksCommand.associate) {
                this.setState(constants_1.SocksClientState.Established);
                this.removeInternalSocketHandlers();
                this.emit('established', {
                    remoteHost,
                    socket: this.socket,
                });
            }
        }
    }
    /**
     * Handles Socks v5 incoming connection request (BIND).
     */
    handleSocks5IncomingConnectionResponse() {
        // Peek at available data (we need at least 5 bytes to get the hostname length)
        const header = this.receiveBuffer.peek(5);
        if (header[0] !== 0x05 || header[1] !== constants_1.Socks5Response.Granted) {
            this.closeSocket(`${constants_1.ERRORS.Socks5ProxyRejectedIncomingBoundConnection} - ${constants_1.Socks5Response[header[1]]}`);
        }
        else {
            // Read address type
            const addressType = header[3];
            let remoteHost;
            let buff;
            // IPv4
            if (addressType === constants_1.Socks5HostType.IPv4) {
                // Check if data is available.
                const dataNeeded = constants_1.SOCKS_INCOMING_PACKET_SIZES.Socks5ResponseIPv4;
                if (this.receiveBuffer.length < dataNeeded) {
                    this.nextRequiredPacketBufferSize = dataNeeded;
                    return;
                }
                buff = smart_buffer_1.SmartBuffer.fromBuffer(this.receiveBuffer.get(dataNeeded).slice(4));
                remoteHost = {
                    host: (0, helpers_1.int32ToIpv4)(buff.readUInt32BE()),
                    port: buff.readUInt16BE(),
                };
                // If given host is 0.0.0.0, assume remote proxy ip instead.
                if (remoteHost.host === '0.0.0.0') {
                    remoteHost.host = this.options.proxy.ipaddress;
                }
                // Hostname
            }
            else if (addressType === constants_1.Socks5HostType.Hostname) {
                const hostLength = header[4];
                const dataNeeded = constants_1.SOCKS_INCOMING_PACKET_SIZES.Socks5ResponseHostname(hostLength); // header + host length + port
                // Check if data is available.
                if (this.receiveBuffer.length < dataNeeded) {
                    this.nextRequiredPacketBufferSize = dataNeeded;
                    return;
                }
                buff = smart_buffer_1.SmartBuffer.fromBuffer(this.receiveBuffer.get(dataNeeded).slice(5));
                remoteHost = {
                    host: buff.readString(hostLength),
                    port: buff.readUInt16BE(),
                };
                // IPv6
            }
            else if (addressType === constants_1.Socks5HostType.IPv6) {
                // Check if data is available.
                const dataNeeded = constants_1.SOCKS_INCOMING_PACKET_SIZES.Socks5ResponseIPv6;
                if (this.receiveBuffer.length < dataNeeded) {
                    this.nextRequiredPacketBufferSize = dataNeeded;
                    return;
                }
                buff = smart_buffer_1.SmartBuffer.fromBuffer(this.receiveBuffer.get(dataNeeded).slice(4));
                remoteHost = {
                    host: ip_address_1.Address6.fromByteArray(Array.from(buff.readBuffer(16))).canonicalForm(),
                    port: buff.readUInt16BE(),
                };
            }
            this.setState(constants_1.SocksClientState.Established);
            this.removeInternalSocketHandlers();
            this.emit('established', { remoteHost, socket: this.socket });
        }
    }
    get socksClientOptions() {
        return Object.assign({}, this.options);
    }
}
exports.SocksClient = SocksClient;
//# sourceMappingURL=socksclient.js.map

/***/ }),

/***/ 4223:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.SOCKS5_NO_ACCEPTABLE_AUTH = exports.SOCKS5_CUSTOM_AUTH_END = exports.SOCKS5_CUSTOM_AUTH_START = exports.SOCKS_INCOMING_PACKET_SIZES = exports.SocksClientState = exports.Socks5Response = exports.Socks5HostType = exports.Socks5Auth = exports.Socks4Response = exports.SocksCommand = exports.ERRORS = exports.DEFAULT_TIMEOUT = void 0;
const DEFAULT_TIMEOUT = 30000;
exports.DEFAULT_TIMEOUT = DEFAULT_TIMEOUT;
// prettier-ignore
const ERRORS = {
    InvalidSocksCommand: 'An invalid SOCKS command was provided. Valid options are connect, bind, and associate.',
    InvalidSocksCommandForOperation: 'An invalid SOCKS command was provided. Only a subset of commands are supported for this operation.',
    InvalidSocksCommandChain: 'An invalid SOCKS command was provided. Chaining currently only supports the connect command.',
    InvalidSocksClientOptionsDestination: 'An invalid destination host was provided.',
    InvalidSocksClientOptionsExistingSocket: 'An invalid existing socket was provided. This should be an instance of stream.Duplex.',
    InvalidSocksClientOptionsProxy: 'Invalid SOCKS proxy details were provided.',
    InvalidSocksClientOptionsTimeout: 'An invalid timeout value was provided. Please enter a value above 0 (in ms).',
    InvalidSocksClientOptionsProxiesLength: 'At least two socks proxies must be provided for chaining.',
    InvalidSocksClientOptionsCustomAuthRange: 'Custom auth must be a value between 0x80 and 0xFE.',
    InvalidSocksClientOptionsCustomAuthOptions: 'When a custom_auth_method is provided, custom_auth_request_handler, custom_auth_response_size, and custom_auth_response_handler must also be provided and valid.',
    NegotiationError: 'Negotiation error',
    SocketClosed: 'Socket closed',
    ProxyConnectionTimedOut: 'Proxy connection timed out',
    InternalError: 'SocksClient internal error (this should not happen)',
    InvalidSocks4HandshakeResponse: 'Received invalid Socks4 handshake response',
    Socks4ProxyRejectedConnection: 'Socks4 Proxy rejected connection',
    InvalidSocks4IncomingConnectionResponse: 'Socks4 invalid incoming connection response',
    Socks4ProxyRejectedIncomingBoundConnection: 'Socks4 Proxy rejected incoming bound connection',
    InvalidSocks5InitialHandshakeResponse: 'Received invalid Socks5 initial handshake response',
    InvalidSocks5IntiailHandshakeSocksVersion: 'Received invalid Socks5 initial handshake (invalid socks version)',
    InvalidSocks5InitialHandshakeNoAcceptedAuthType: 'Received invalid Socks5 initial handshake (no accepted authentication type)',
    InvalidSocks5InitialHandshakeUnknownAuthType: 'Received invalid Socks5 initial handshake (unknown authentication type)',
    Socks5AuthenticationFailed: 'Socks5 Authentication failed',
    InvalidSocks5FinalHandshake: 'Received invalid Socks5 final handshake response',
    InvalidSocks5FinalHandshakeRejected: 'Socks5 proxy rejected connection',
    InvalidSocks5IncomingConnectionResponse: 'Received invalid Socks5 incoming connection response',
    Socks5ProxyRejectedIncomingBoundConnection: 'Socks5 Proxy rejected incoming bound connection',
};
exports.ERRORS = ERRORS;
const SOCKS_INCOMING_PACKET_SIZES = {
    Socks5InitialHandshakeResponse: 2,
    Socks5UserPassAuthenticationResponse: 2,
    // Command response + incoming connection (bind)
    Socks5ResponseHeader: 5, // We need at least 5 to read the hostname length, then we wait for the address+port information.
    Socks5ResponseIPv4: 10, // 4 header + 4 ip + 2 port
    Socks5ResponseIPv6: 22, // 4 header + 16 ip + 2 port
    Socks5ResponseHostname: (hostNameLength) => hostNameLength + 7, // 4 header + 1 host length + host + 2 port
    // Command response + incoming connection (bind)
    Socks4Response: 8, // 2 header + 2 port + 4 ip
};
exports.SOCKS_INCOMING_PACKET_SIZES = SOCKS_INCOMING_PACKET_SIZES;
var SocksCommand;
(function (SocksCommand) {
    SocksCommand[SocksCommand["connect"] = 1] = "connect";
    SocksCommand[SocksCommand["bind"] = 2] = "bind";
    SocksCommand[SocksCommand["associate"] = 3] = "associate";
})(SocksCommand || (exports.SocksCommand = SocksCommand = {}));
var Socks4Response;
(function (Socks4Response) {
    Socks4Response[Socks4Response["Granted"] = 90] = "Granted";
    Socks4Response[Socks4Response["Failed"] = 91] = "Failed";
    Socks4Response[Socks4Response["Rejected"] = 92] = "Rejected";
    Socks4Response[Socks4Response["RejectedIdent"] = 93] = "RejectedIdent";
})(Socks4Response || (exports.Socks4Response = Socks4Response = {}));
var Socks5Auth;
(function (Socks5Auth) {
    Socks5Auth[Socks5Auth["NoAuth"] = 0] = "NoAuth";
    Socks5Auth[Socks5Auth["GSSApi"] = 1] = "GSSApi";
    Socks5Auth[Socks5Auth["UserPass"] = 2] = "UserPass";
})(Socks5Auth || (exports.Socks5Auth = Socks5Auth = {}));
const SOCKS5_CUSTOM_AUTH_START = 0x80;
exports.SOCKS5_CUSTOM_AUTH_START = SOCKS5_CUSTOM_AUTH_START;
const SOCKS5_CUSTOM_AUTH_END = 0xfe;
exports.SOCKS5_CUSTOM_AUTH_END = SOCKS5_CUSTOM_AUTH_END;
const SOCKS5_NO_ACCEPTABLE_AUTH = 0xff;
exports.SOCKS5_NO_ACCEPTABLE_AUTH = SOCKS5_NO_ACCEPTABLE_AUTH;
var Socks5Response;
(function (Socks5Response) {
    Socks5Response[Socks5Response["Granted"] = 0] = "Granted";
    Socks5Response[Socks5Response["Failure"] = 1] = "Failure";
    Socks5Response[Socks5Response["NotAllowed"] = 2] = "NotAllowed";
    Socks5Response[Socks5Response["NetworkUnreachable"] = 3] = "NetworkUnreachable";
    Socks5Response[Socks5Response["HostUnreachable"] = 4] = "HostUnreachable";
    Socks5Response[Socks5Response["ConnectionRefused"] = 5] = "ConnectionRefused";
    Socks5Response[Socks5Response["TTLExpired"] = 6] = "TTLExpired";
    Socks5Response[Socks5Response["CommandNotSupported"] = 7] = "CommandNotSupported";
    Socks5Response[Socks5Response["AddressNotSupported"] = 8] = "AddressNotSupported";
})(Socks5Response || (exports.Socks5Response = Socks5Response = {}));
var Socks5HostType;
(function (Socks5HostType) {
    Socks5HostType[Socks5HostType["IPv4"] = 1] = "IPv4";
    Socks5HostType[Socks5HostType["Hostname"] = 3] = "Hostname";
    Socks5HostType[Socks5HostType["IPv6"] = 4] = "IPv6";
})(Socks5HostType || (exports.Socks5HostType = Socks5HostType = {}));
var SocksClientState;
(function (SocksClientState) {
    SocksClientState[SocksClientState["Created"] = 0] = "Created";
    SocksClientState[SocksClientState["Connecting"] = 1] = "Connecting";
    SocksClientState[SocksClientState["Connected"] = 2] = "Connected";
    SocksClientState[SocksClientState["SentInitialHandshake"] = 3] = "SentInitialHandshake";
    SocksClientState[SocksClientState["ReceivedInitialHandshakeResponse"] = 4] = "ReceivedInitialHandshakeResponse";
    SocksClientState[SocksClientState["SentAuthentication"] = 5] = "SentAuthentication";
    SocksClientState[SocksClientState["ReceivedAuthenticationResponse"] = 6] = "ReceivedAuthenticationResponse";
    SocksClientState[SocksClientState["SentFinalHandshake"] = 7] = "SentFinalHandshake";
    SocksClientState[SocksClientState["ReceivedFinalResponse"] = 8] = "ReceivedFinalResponse";
    SocksClientState[SocksClientState["BoundWaitingForConnection"] = 9] = "BoundWaitingForConnection";
    SocksClientState[SocksClientState["Established"] = 10] = "Established";
    SocksClientState[SocksClientState["Disconnected"] = 11] = "Disconnected";
    SocksClientState[SocksClientState["Error"] = 99] = "Error";
})(SocksClientState || (exports.SocksClientState = SocksClientState = {}));
//# sourceMappingURL=constants.js.map

/***/ }),

/***/ 639:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.validateSocksClientOptions = validateSocksClientOptions;
exports.validateSocksClientChainOptions = validateSocksClientChainOptions;
exports.ipv4ToInt32 = ipv4ToInt32;
exports.int32ToIpv4 = int32ToIpv4;
exports.ipToBuffer = ipToBuffer;
const util_1 = __nccwpck_require__(9712);
const constants_1 = __nccwpck_require__(4223);
const stream = __nccwpck_require__(2203);
const ip_address_1 = __nccwpck_require__(9253);
const net = __nccwpck_require__(9278);
/**
 * Validates the provided SocksClientOptions
 * @param options { SocksClientOptions }
 * @param acceptedCommands { string[] } A list of accepted SocksProxy commands.
 */
function validateSocksClientOptions(options, acceptedCommands = ['connect', 'bind', 'associate']) {
    // Check SOCKs command option.
    if (!constants_1.SocksCommand[options.command]) {
        throw new util_1.SocksClientError(constants_1.ERRORS.InvalidSocksCommand, options);
    }
    // Check SocksCommand for acceptable command.
    if (acceptedCommands.indexOf(options.command) === -1) {
        throw new util_1.SocksClientError(constants_1.ERRORS.InvalidSocksCommandForOperation, options);
    }
    // Check destination
    if (!isValidSocksRemoteHost(options.destination)) {
        throw new util_1.SocksClientError(constants_1.ERRORS.InvalidSocksClientOptionsDestination, options);
    }
    // Check SOCKS proxy to use
    if (!isValidSocksProxy(options.proxy)) {
        throw new util_1.SocksClientError(constants_1.ERRORS.InvalidSocksClientOptionsProxy, options);
    }
    // Validate custom auth (if set)
    validateCustomProxyAuth(options.proxy, options);
    // Check timeout
    if (options.timeout && !isValidTimeoutValue(options.timeout)) {
        throw new util_1.SocksClientError(constants_1.ERRORS.InvalidSocksClientOptionsTimeout, options);
    }
    // Check existing_socket (if provided)
    if (options.existing_socket &&
        !(options.existing_socket instanceof stream.Duplex)) {
        throw new util_1.SocksClientError(constants_1.ERRORS.InvalidSocksClientOptionsExistingSocket, options);
    }
}
/**
 * Validates the SocksClientChainOptions
 * @param options { SocksClientChainOptions }
 */
function validateSocksClientChainOptions(options) {
    // Only connect is supported when chaining.
    if (options.command !== 'connect') {
        throw new util_1.SocksClientError(constants_1.ERRORS.InvalidSocksCommandChain, options);
    }
    // Check destination
    if (!isValidSocksRemoteHost(options.destination)) {
        throw new util_1.SocksClientError(constants_1.ERRORS.InvalidSocksClientOptionsDestination, options);
    }
    // Validate proxies (length)
    if (!(options.proxies &&
        Array.isArray(options.proxies) &&
        options.proxies.length >= 2)) {
        throw new util_1.SocksClientError(constants_1.ERRORS.InvalidSocksClientOptionsProxiesLength, options);
    }
    // Validate proxies
    options.proxies.forEach((proxy) => {
        if (!isValidSocksProxy(proxy)) {
            throw new util_1.SocksClientError(constants_1.ERRORS.InvalidSocksClientOptionsProxy, options);
        }
        // Validate custom auth (if set)
        validateCustomProxyAuth(proxy, options);
    });
    // Check timeout
    if (options.timeout && !isValidTimeoutValue(options.timeout)) {
        throw new util_1.SocksClientError(constants_1.ERRORS.InvalidSocksClientOptionsTimeout, options);
    }
}
function validateCustomProxyAuth(proxy, options) {
    if (proxy.custom_auth_method !== undefined) {
        // Invalid auth method range
        if (proxy.custom_auth_method < constants_1.SOCKS5_CUSTOM_AUTH_START ||
            proxy.custom_auth_method > constants_1.SOCKS5_CUSTOM_AUTH_END) {
            throw new util_1.SocksClientError(constants_1.ERRORS.InvalidSocksClientOptionsCustomAuthRange, options);
        }
        // Missing custom_auth_request_handler
        if (proxy.custom_auth_request_handler === undefined ||
            typeof proxy.custom_auth_request_handler !== 'function') {
            throw new util_1.SocksClientError(constants_1.ERRORS.InvalidSocksClientOptionsCustomAuthOptions, options);
        }
        // Missing custom_auth_response_size
        if (proxy.custom_auth_response_size === undefined) {
            throw new util_1.SocksClientError(constants_1.ERRORS.InvalidSocksClientOptionsCustomAuthOptions, options);
        }
        // Missing/invalid custom_auth_response_handler
        if (proxy.custom_auth_response_handler === undefined ||
            typeof proxy.custom_auth_response_handler !== 'function') {
            throw new util_1.SocksClientError(constants_1.ERRORS.InvalidSocksClientOptionsCustomAuthOptions, options);
        }
    }
}
/**
 * Validates a SocksRemoteHost
 * @param remoteHost { SocksRemoteHost }
 */
function isValidSocksRemoteHost(remoteHost) {
    return (remoteHost &&
        typeof remoteHost.host === 'string' &&
        Buffer.byteLength(remoteHost.host) < 256 &&
        typeof remoteHost.port === 'number' &&
        remoteHost.port >= 0 &&
        remoteHost.port <= 65535);
}
/**
 * Validates a SocksProxy
 * @param proxy { SocksProxy }
 */
function isValidSocksProxy(proxy) {
    return (proxy &&
        (typeof proxy.host === 'string' || typeof proxy.ipaddress === 'string') &&
        typeof proxy.port === 'number' &&
        proxy.port >= 0 &&
        proxy.port <= 65535 &&
        (proxy.type === 4 || proxy.type === 5));
}
/**
 * Validates a timeout value.
 * @param value { Number }
 */
function isValidTimeoutValue(value) {
    return typeof value === 'number' && value > 0;
}
function ipv4ToInt32(ip) {
    const address = new ip_address_1.Address4(ip);
    // Convert the IPv4 address parts to an integer
    return address.toArray().reduce((acc, part) => (acc << 8) + part, 0) >>> 0;
}
function int32ToIpv4(int32) {
    // Extract each byte (octet) from the 32-bit integer
    const octet1 = (int32 >>> 24) & 0xff;
    const octet2 = (int32 >>> 16) & 0xff;
    const octet3 = (int32 >>> 8) & 0xff;
    const octet4 = int32 & 0xff;
    // Combine the octets into a string in IPv4 format
    return [octet1, octet2, octet3, octet4].join('.');
}
function ipToBuffer(ip) {
    if (net.isIPv4(ip)) {
        // Handle IPv4 addresses
        const address = new ip_address_1.Address4(ip);
        return Buffer.from(address.toArray());
    }
    else if (net.isIPv6(ip)) {
        // Handle IPv6 addresses
        const address = new ip_address_1.Address6(ip);
        return Buffer.from(address
            .canonicalForm()
            .split(':')
            .map((segment) => segment.padStart(4, '0'))
            .join(''), 'hex');
    }
    else {
        throw new Error('Invalid IP address format');
    }
}
//# sourceMappingURL=helpers.js.map

/***/ }),

/***/ 1129:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ReceiveBuffer = void 0;
class ReceiveBuffer {
    constructor(size = 4096) {
        this.buffer = Buffer.allocUnsafe(size);
        this.offset = 0;
        this.originalSize = size;
    }
    get length() {
        return this.offset;
    }
    append(data) {
        if (!Buffer.isBuffer(data)) {
            throw new Error('Attempted to append a non-buffer instance to ReceiveBuffer.');
        }
        if (this.offset + data.length >= this.buffer.length) {
            const tmp = this.buffer;
            this.buffer = Buffer.allocUnsafe(Math.max(this.buffer.length + this.originalSize, this.buffer.length + data.length));
            tmp.copy(this.buffer);
        }
        data.copy(this.buffer, this.offset);
        return (this.offset += data.length);
    }
    peek(length) {
        if (length > this.offset) {
            throw new Error('Attempted to read beyond the bounds of the managed internal data.');
        }
        return this.buffer.slice(0, length);
    }
    get(length) {
        if (length > this.offset) {
            throw new Error('Attempted to read beyond the bounds of the managed internal data.');
        }
        const value = Buffer.allocUnsafe(length);
        this.buffer.slice(0, length).copy(value);
        this.buffer.copyWithin(0, length, length + this.offset - length);
        this.offset -= length;
        return value;
    }
}
exports.ReceiveBuffer = ReceiveBuffer;
//# sourceMappingURL=receivebuffer.js.map

/***/ }),

/***/ 9712:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.SocksClientError = void 0;
exports.shuffleArray = shuffleArray;
/**
 * Error wrapper for SocksClient
 */
class SocksClientError extends Error {
    constructor(message, options) {
        super(message);
        this.options = options;
    }
}
exports.SocksClientError = SocksClientError;
/**
 * Shuffles a given array.
 * @param array The array to shuffle.
 */
function shuffleArray(array) {
    for (let i = array.length - 1; i > 0; i--) {
        const j = Math.floor(Math.random() * (i + 1));
        [array[i], array[j]] = [array[j], array[i]];
    }
}
//# sourceMappingURL=util.js.map

/***/ }),

/***/ 2474:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __exportStar = (this && this.__exportStar) || function(m, exports) {
    for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports, p)) __createBinding(exports, m, p);
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
__exportStar(__nccwpck_require__(7142), exports);
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 1450:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {


const os = __nccwpck_require__(857);
const tty = __nccwpck_require__(2018);
const hasFlag = __nccwpck_require__(3813);

const {env} = process;

let forceColor;
if (hasFlag('no-color') ||
	hasFlag('no-colors') ||
	hasFlag('color=false') ||
	hasFlag('color=never')) {
	forceColor = 0;
} else if (hasFlag('color') ||
	hasFlag('colors') ||
	hasFlag('color=true') ||
	hasFlag('color=always')) {
	forceColor = 1;
}

if ('FORCE_COLOR' in env) {
	if (env.FORCE_COLOR === 'true') {
		forceColor = 1;
	} else if (env.FORCE_COLOR === 'false') {
		forceColor = 0;
	} else {
		forceColor = env.FORCE_COLOR.length === 0 ? 1 : Math.min(parseInt(env.FORCE_COLOR, 10), 3);
	}
}

function translateLevel(level) {
	if (level === 0) {
		return false;
	}

	return {
		level,
		hasBasic: true,
		has256: level >= 2,
		has16m: level >= 3
	};
}

function supportsColor(haveStream, streamIsTTY) {
	if (forceColor === 0) {
		return 0;
	}

	if (hasFlag('color=16m') ||
		hasFlag('color=full') ||
		hasFlag('color=truecolor')) {
		return 3;
	}

	if (hasFlag('color=256')) {
		return 2;
	}

	if (haveStream && !streamIsTTY && forceColor === undefined) {
		return 0;
	}

	const min = forceColor || 0;

	if (env.TERM === 'dumb') {
		return min;
	}

	if (process.platform === 'win32') {
		// Windows 10 build 10586 is the first Windows release that supports 256 colors.
		// Windows 10 build 14931 is the first release that supports 16m/TrueColor.
		const osRelease = os.release().split('.');
		if (
			Number(osRelease[0]) >= 10 &&
			Number(osRelease[2]) >= 10586
		) {
			return Number(osRelease[2]) >= 14931 ? 3 : 2;
		}

		return 1;
	}

	if ('CI' in env) {
		if (['TRAVIS', 'CIRCLECI', 'APPVEYOR', 'GITLAB_CI', 'GITHUB_ACTIONS', 'BUILDKITE'].some(sign => sign in env) || env.CI_NAME === 'codeship') {
			return 1;
		}

		return min;
	}

	if ('TEAMCITY_VERSION' in env) {
		return /^(9\.(0*[1-9]\d*)\.|\d{2,}\.)/.test(env.TEAMCITY_VERSION) ? 1 : 0;
	}

	if (env.COLORTERM === 'truecolor') {
		return 3;
	}

	if ('TERM_PROGRAM' in env) {
		const version = parseInt((env.TERM_PROGRAM_VERSION || '').split('.')[0], 10);

		switch (env.TERM_PROGRAM) {
			case 'iTerm.app':
				return version >= 3 ? 3 : 2;
			case 'Apple_Terminal':
				return 2;
			// No default
		}
	}

	if (/-256(color)?$/i.test(env.TERM)) {
		return 2;
	}

	if (/^screen|^xterm|^vt100|^vt220|^rxvt|color|ansi|cygwin|linux/i.test(env.TERM)) {
		return 1;
	}

	if ('COLORTERM' in env) {
		return 1;
	}

	return min;
}

function getSupportLevel(stream) {
	const level = supportsColor(stream, stream && stream.isTTY);
	return translateLevel(level);
}

module.exports = {
	supportsColor: getSupportLevel,
	stdout: translateLevel(supportsColor(true, tty.isatty(1))),
	stderr: translateLevel(supportsColor(true, tty.isatty(2)))
};


/***/ }),

/***/ 5984:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  l: () => (/* binding */ runBlueGreen)
});

// EXTERNAL MODULE: ./packages/core/src/index.ts + 12 modules
var src = __nccwpck_require__(602);
;// CONCATENATED MODULE: external "node:http"
const external_node_http_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");
;// CONCATENATED MODULE: external "node:https"
const external_node_https_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");
;// CONCATENATED MODULE: ./packages/kube/src/types.ts
function refOf(object) {
    const ref = { apiVersion: object.apiVersion, kind: object.kind, name: object.metadata.name };
    if (object.metadata.namespace !== undefined)
        ref.namespace = object.metadata.namespace;
    return ref;
}
/** `Deployment shop/web` or `Namespace shop`: how objects are named in logs, plans and errors. */
function describeRef(ref) {
    return ref.namespace === undefined || ref.namespace === '' ? `${ref.kind} ${ref.name}` : `${ref.kind} ${ref.namespace}/${ref.name}`;
}
function isRecord(value) {
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
    const resources = isRecord(doc) && Array.isArray(doc['resources']) ? doc['resources'] : [];
    const out = [];
    for (const r of resources) {
        if (!isRecord(r) || typeof r['name'] !== 'string' || typeof r['kind'] !== 'string')
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
    if (!isRecord(doc) || !Array.isArray(doc['versions']))
        return [];
    const versions = doc['versions'].flatMap((v) => (isRecord(v) && typeof v['version'] === 'string' ? [v['version']] : []));
    const preferred = isRecord(doc['preferredVersion']) ? doc['preferredVersion']['version'] : undefined;
    return typeof preferred === 'string' ? [preferred, ...versions.filter((v) => v !== preferred)] : versions;
}

;// CONCATENATED MODULE: ./packages/kube/src/errors.ts
/** The apiserver answered with an error status. */
class KubeApiError extends Error {
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
class KubeConnectionError extends Error {
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
function isKubeApiError(error, status) {
    return error instanceof KubeApiError && (status === undefined || error.status === status);
}
const errors_isNotFound = (error) => isKubeApiError(error, 404);
const isConflict = (error) => isKubeApiError(error, 409);
const isGone = (error) => isKubeApiError(error, 410);
const isForbidden = (error) => isKubeApiError(error, 403);

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __nccwpck_require__(8815);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
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
    if (!isRecord(value))
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
        if (!isRecord(entry) || typeof entry['name'] !== 'string' || entry['name'] === '' || typeof entry['value'] !== 'string') {
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
        if (!isRecord(value) || value['kind'] !== 'ExecCredential')
            throw this.failure('printed JSON that is not an ExecCredential (kind: ExecCredential)');
        if (value['apiVersion'] !== this.config.apiVersion) {
            throw this.failure(`answered with apiVersion ${JSON.stringify(value['apiVersion']) ?? 'undefined'}, but the kubeconfig's exec.apiVersion is ${this.config.apiVersion}; they must match`);
        }
        const status = value['status'];
        if (!isRecord(status))
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
            if (!isRecord(extra))
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
            const entry = extensions.find((e) => isRecord(e) && e['name'] === EXEC_EXTENSION);
            if (isRecord(entry) && entry['extension'] !== undefined)
                info.config = entry['extension'];
        }
        return info;
    }
    authProvider(provider, user) {
        const name = isRecord(provider) ? provider['name'] : undefined;
        if (name === 'gcp') {
            throw this.error(`The kubeconfig's user "${user}" uses the gcp auth-provider, which kubectl removed in 1.26; switch to the exec plugin: install gke-gcloud-auth-plugin and run \`gcloud container clusters get-credentials\` again (google-github-actions/get-gke-credentials writes such a kubeconfig)`);
        }
        if (name === 'azure') {
            throw this.error(`The kubeconfig's user "${user}" uses the azure auth-provider, which kubectl removed in 1.26; switch to the exec plugin: install kubelogin and run \`kubelogin convert-kubeconfig -l azurecli\` (or -l workloadidentity), or use azure/aks-set-context with use-kubelogin: true`);
        }
        if (name !== 'oidc') {
            throw this.error(`The kubeconfig's user "${user}" uses the auth-provider ${JSON.stringify(name) ?? 'undefined'}, which is not supported; supported is oidc (with an id-token), else use an exec credential plugin`);
        }
        const config = isRecord(provider) && isRecord(provider['config']) ? provider['config'] : {};
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
        return isRecord(claims) && typeof claims['exp'] === 'number' ? claims['exp'] * 1000 : undefined;
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
    const doc = (0,dist/* parseDocument */.Tp)(text, { prettyErrors: false, uniqueKeys: false, lineCounter: lines });
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
    if (!isRecord(value))
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
            if (!isRecord(item) || typeof item['name'] !== 'string' || item['name'] === '') {
                throw new src/* ConfigurationError */.j1(`${capitalise(where)}: ${field}[${i}] needs a non-empty \`name\``, { input });
            }
            const inner = item[key] ?? {};
            if (!isRecord(inner))
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
        if (isRecord(execConfig) && typeof execConfig['command'] === 'string' && /[/\\]/.test(execConfig['command']) && !(0,external_node_path_.isAbsolute)(execConfig['command'])) {
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
                ? `The kubeconfig from ${describeSource(source, input)} has no contexts; it needs at least one context naming a cluster and a user`
                : `The kubeconfig from ${describeSource(source, input)} has no current-context; set the \`${contextInput}\` input to one of: ${names.join(', ')}`, { input: names.length === 0 ? input : contextInput });
        }
    }
    const context = raw.contexts.find((c) => c.name === contextName);
    if (context === undefined) {
        throw new src/* ConfigurationError */.j1(`Context "${contextName}" is not in the kubeconfig from ${describeSource(source, input)}; valid contexts: ${names.length === 0 ? '(none)' : names.join(', ')}`, { input: requested === '' ? input : contextInput });
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
function describeSource(source, input) {
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
    if (isRecord(provider) && isRecord(provider['config'])) {
        for (const [key, value] of Object.entries(provider['config'])) {
            if (/token|secret|password/i.test(key))
                secret(value);
        }
    }
    const execConfig = user['exec'];
    if (isRecord(execConfig) && Array.isArray(execConfig['env'])) {
        for (const entry of execConfig['env'])
            if (isRecord(entry))
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
    return new src/* ConfigurationError */.j1(`${manifests_describeSource(source)}: ${problem}`, { file: source.file, ...(source.line === undefined ? {} : { line: source.line }) });
}
// kubectl reads YAML 1.1 (go-yaml v2): `defaultMode: 0644` is octal and `yes` a boolean. Timestamps
// stay strings, as they do when the apiserver's decoder sees them.
const withoutTimestamps = (tags) => tags.filter((t) => t !== 'timestamp' && (typeof t !== 'object' || t.tag !== 'tag:yaml.org,2002:timestamp'));
/** Parses multi-document YAML (or JSON) into validated objects; `kind: List` documents are expanded. */
function parseManifests(text, file) {
    const lines = new dist/* LineCounter */.HN();
    const docs = (0,dist/* parseAllDocuments */.hR)(text, { version: '1.1', customTags: withoutTimestamps, lineCounter: lines, prettyErrors: false });
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
            throw new src/* ConfigurationError */.j1(`${file} document #${i + 1}: YAML syntax error at line ${at.line}, column ${at.col}: ${error.message.split('\n')[0]}`, { file, line: at.line });
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
const KUSTOMIZATION_FILES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'];
/**
 * Loads manifests from files, globs and directories, in the order given (directories and globs in
 * name order). A directory with a kustomization file is built with `kubectl kustomize`; any other
 * directory contributes its .yaml/.yml/.json files, not recursing, as `kubectl apply -f dir` does.
 */
async function loadManifests(paths, options = {}) {
    const workspace = (0,external_node_path_.resolve)(options.workspace ?? process.cwd());
    const input = options.input ?? 'manifests';
    const out = [];
    if (paths.length === 0)
        throw new src/* ConfigurationError */.j1(`Input '${input}' names no files; give manifest files, globs or a Kustomize directory`, { input });
    for (const entry of paths) {
        const files = [];
        if (/[*?[\]{}]/.test(entry)) {
            for await (const match of (0,promises_.glob)(entry, { cwd: workspace })) {
                const absolute = (0,src/* resolveInWorkspace */.z1)(workspace, match, { input });
                if (MANIFEST_EXTENSIONS.has((0,external_node_path_.extname)(absolute)) && (await (0,promises_.stat)(absolute)).isFile())
                    files.push(absolute);
            }
            if (files.length === 0)
                throw new src/* ConfigurationError */.j1(`Input '${input}': the glob ${entry} matches no .yaml, .yml or .json files in ${workspace}`, { input });
            files.sort();
        }
        else {
            const absolute = (0,src/* resolveInWorkspace */.z1)(workspace, entry, { input });
            const info = await (0,promises_.stat)(absolute).catch(() => undefined);
            if (info === undefined)
                throw new src/* ConfigurationError */.j1(`Input '${input}': ${entry} does not exist (paths are relative to ${workspace})`, { input });
            if (info.isDirectory()) {
                const names = await (0,promises_.readdir)(absolute);
                if (KUSTOMIZATION_FILES.some((k) => names.includes(k))) {
                    out.push(...(await kustomize(absolute, (0,src/* toRepoRelative */.oh)(workspace, absolute), options, input)));
                    continue;
                }
                for (const name of names.sort()) {
                    const file = (0,external_node_path_.join)(absolute, name);
                    if (MANIFEST_EXTENSIONS.has((0,external_node_path_.extname)(name)) && (await (0,promises_.stat)(file)).isFile())
                        files.push(file);
                }
                if (files.length === 0)
                    throw new src/* ConfigurationError */.j1(`Input '${input}': the directory ${entry} has no .yaml, .yml or .json files and no kustomization.yaml`, { input });
            }
            else {
                files.push(absolute);
            }
        }
        for (const file of files)
            out.push(...parseManifests(await (0,promises_.readFile)(file, 'utf8'), (0,src/* toRepoRelative */.oh)(workspace, file)));
    }
    return out;
}
function findExecutable(name, env) {
    for (const dir of (env['PATH'] ?? '').split(external_node_path_.delimiter)) {
        if (dir === '')
            continue;
        const candidate = (0,external_node_path_.join)(dir, name);
        try {
            (0,external_node_fs_.accessSync)(candidate, external_node_fs_.constants.X_OK);
            if ((0,external_node_fs_.statSync)(candidate).isFile())
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
        throw new src/* ConfigurationError */.j1(`Input '${input}': ${label} is a Kustomize directory, which is built with \`kubectl kustomize\`, but kubectl is not on PATH. Install it first (for example with azure/setup-kubectl), or pass the rendered manifests instead`, { input, file: label });
    }
    const run = options.exec ?? src/* exec */.m0;
    const result = await run(kubectl, ['kustomize', dir], { env, timeoutMs: 120_000 });
    if (result.exitCode !== 0) {
        const detail = result.stderr.trim().split('\n').slice(-10).join('\n');
        throw new src/* ConfigurationError */.j1(`Input '${input}': \`kubectl kustomize ${label}\` failed${result.timedOut ? ' (timed out)' : ''}: ${detail === '' ? `exit code ${String(result.exitCode)}` : detail}`, { input, file: label });
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
            throw new src/* ConfigurationError */.j1(`Input '${input}': "${entry}" is not a container=image pair; write e.g. app=ghcr.io/org/app@sha256:<digest>, one per line`, { input });
        }
        const parsed = parseImageReference(image);
        if (parsed === undefined)
            throw new src/* ConfigurationError */.j1(`Input '${input}': "${image}" (for container ${container}) is not a valid image reference such as ghcr.io/org/app:1.2 or ghcr.io/org/app@sha256:<64 hex>`, { input });
        if (options.requireDigest === true && parsed.digest === undefined) {
            throw new src/* ConfigurationError */.j1(`Input '${input}': ${container}=${image} has no digest, and require-digest is set; pin it as ${parsed.name}@sha256:<digest>`, { input });
        }
        if (out.some((o) => o.container === container))
            throw new src/* ConfigurationError */.j1(`Input '${input}': container ${container} is given twice`, { input });
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
            node = isRecord(node) ? node[key] : undefined;
        if (isRecord(node) && Array.isArray(node['containers']))
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
function parseQuantity(value) {
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
    if (!isRecord(map))
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
    if (!isRecord(holder) || !isRecord(holder['resources']))
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
                if (isRecord(v) && isRecord(v['emptyDir']))
                    canonicalise(v['emptyDir']);
        }
    }
    const spec = out['spec'];
    if (out.apiVersion !== 'v1' && out.apiVersion !== 'apps/v1')
        return out;
    if (!isRecord(spec))
        return out;
    switch (out.kind) {
        case 'ResourceQuota':
            canonicalise(spec['hard']);
            break;
        case 'LimitRange':
            if (Array.isArray(spec['limits'])) {
                for (const item of spec['limits']) {
                    if (!isRecord(item))
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
                    if (isRecord(t))
                        resources(t['spec']);
            break;
    }
    return out;
}

// EXTERNAL MODULE: ./node_modules/https-proxy-agent/dist/index.js
var https_proxy_agent_dist = __nccwpck_require__(3669);
// EXTERNAL MODULE: ./node_modules/socks/build/index.js
var build = __nccwpck_require__(2474);
// EXTERNAL MODULE: external "net"
var external_net_ = __nccwpck_require__(9278);
// EXTERNAL MODULE: external "http"
var external_http_ = __nccwpck_require__(8611);
// EXTERNAL MODULE: external "https"
var external_https_ = __nccwpck_require__(5692);
;// CONCATENATED MODULE: ./node_modules/socks-proxy-agent/node_modules/agent-base/dist/helpers.js


async function toBuffer(stream) {
    let length = 0;
    const chunks = [];
    for await (const chunk of stream) {
        length += chunk.length;
        chunks.push(chunk);
    }
    return Buffer.concat(chunks, length);
}
// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function json(stream) {
    const buf = await toBuffer(stream);
    const str = buf.toString('utf8');
    try {
        return JSON.parse(str);
    }
    catch (_err) {
        const err = _err;
        err.message += ` (input: ${str})`;
        throw err;
    }
}
function req(url, opts = {}) {
    const href = typeof url === 'string' ? url : url.href;
    const req = (href.startsWith('https:') ? https : http).request(url, opts);
    const promise = new Promise((resolve, reject) => {
        req
            .once('response', resolve)
            .once('error', reject)
            .end();
    });
    req.then = promise.then.bind(promise);
    return req;
}
//# sourceMappingURL=helpers.js.map
;// CONCATENATED MODULE: ./node_modules/socks-proxy-agent/node_modules/agent-base/dist/index.js




const INTERNAL = Symbol('AgentBaseInternalState');
class Agent extends external_http_.Agent {
    constructor(opts) {
        super(opts);
        this[INTERNAL] = {};
    }
    /**
     * Determine whether this is an `http` or `https` request.
     */
    isSecureEndpoint(options) {
        if (options) {
            // First check the `secureEndpoint` property explicitly, since this
            // means that a parent `Agent` is "passing through" to this instance.
            // eslint-disable-next-line @typescript-eslint/no-explicit-any
            if (typeof options.secureEndpoint === 'boolean') {
                return options.secureEndpoint;
            }
            // If no explicit `secure` endpoint, check if `protocol` property is
            // set. This will usually be the case since using a full string URL
            // or `URL` instance should be the most common usage.
            if (typeof options.protocol === 'string') {
                return options.protocol === 'https:';
            }
        }
        // Finally, if no `protocol` property was set, then fall back to
        // checking the stack trace of the current call stack, and try to
        // detect the "https" module.
        const { stack } = new Error();
        if (typeof stack !== 'string')
            return false;
        return stack
            .split('\n')
            .some((l) => l.indexOf('(https.js:') !== -1 ||
            l.indexOf('node:https:') !== -1);
    }
    // In order to support async signatures in `connect()` and Node's native
    // connection pooling in `http.Agent`, the array of sockets for each origin
    // has to be updated synchronously. This is so the length of the array is
    // accurate when `addRequest()` is next called. We achieve this by creating a
    // fake socket and adding it to `sockets[origin]` and incrementing
    // `totalSocketCount`.
    incrementSockets(name) {
        // If `maxSockets` and `maxTotalSockets` are both Infinity then there is no
        // need to create a fake socket because Node.js native connection pooling
        // will never be invoked.
        if (this.maxSockets === Infinity && this.maxTotalSockets === Infinity) {
            return null;
        }
        // All instances of `sockets` are expected TypeScript errors. The
        // alternative is to add it as a private property of this class but that
        // will break TypeScript subclassing.
        if (!this.sockets[name]) {
            // @ts-expect-error `sockets` is readonly in `@types/node`
            this.sockets[name] = [];
        }
        const fakeSocket = new external_net_.Socket({ writable: false });
        this.sockets[name].push(fakeSocket);
        // @ts-expect-error `totalSocketCount` isn't defined in `@types/node`
        this.totalSocketCount++;
        return fakeSocket;
    }
    decrementSockets(name, socket) {
        if (!this.sockets[name] || socket === null) {
            return;
        }
        const sockets = this.sockets[name];
        const index = sockets.indexOf(socket);
        if (index !== -1) {
            sockets.splice(index, 1);
            // @ts-expect-error  `totalSocketCount` isn't defined in `@types/node`
            this.totalSocketCount--;
            if (sockets.length === 0) {
                // @ts-expect-error `sockets` is readonly in `@types/node`
                delete this.sockets[name];
            }
        }
    }
    // In order to properly update the socket pool, we need to call `getName()` on
    // the core `https.Agent` if it is a secureEndpoint.
    getName(options) {
        const secureEndpoint = this.isSecureEndpoint(options);
        if (secureEndpoint) {
            return external_https_.Agent.prototype.getName.call(this, options);
        }
        return super.getName(options);
    }
    createSocket(req, options, cb) {
        const connectOpts = {
            ...options,
            secureEndpoint: this.isSecureEndpoint(options),
        };
        const name = this.getName(connectOpts);
        const fakeSocket = this.incrementSockets(name);
        Promise.resolve()
            .then(() => this.connect(req, connectOpts))
            .then((socket) => {
            this.decrementSockets(name, fakeSocket);
            if (typeof socket
                .addRequest === 'function') {
                try {
                    return socket.addRequest(req, connectOpts);
                }
                catch (err) {
                    return cb(err);
                }
            }
            this[INTERNAL].currentSocket = socket;
            // @ts-expect-error `createSocket()` isn't defined in `@types/node`
            super.createSocket(req, options, cb);
        }, (err) => {
            this.decrementSockets(name, fakeSocket);
            cb(err);
        });
    }
    createConnection() {
        const socket = this[INTERNAL].currentSocket;
        this[INTERNAL].currentSocket = undefined;
        if (!socket) {
            throw new Error('No socket was returned in the `connect()` function');
        }
        return socket;
    }
    get defaultPort() {
        return (this[INTERNAL].defaultPort ??
            (this.protocol === 'https:' ? 443 : 80));
    }
    set defaultPort(v) {
        if (this[INTERNAL]) {
            this[INTERNAL].defaultPort = v;
        }
    }
    get protocol() {
        return (this[INTERNAL].protocol ??
            (this.isSecureEndpoint() ? 'https:' : 'http:'));
    }
    set protocol(v) {
        if (this[INTERNAL]) {
            this[INTERNAL].protocol = v;
        }
    }
}
//# sourceMappingURL=index.js.map
// EXTERNAL MODULE: ./node_modules/debug/src/index.js
var debug_src = __nccwpck_require__(2830);
;// CONCATENATED MODULE: external "dns"
const external_dns_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("dns");
// EXTERNAL MODULE: external "tls"
var external_tls_ = __nccwpck_require__(4756);
// EXTERNAL MODULE: external "url"
var external_url_ = __nccwpck_require__(7016);
;// CONCATENATED MODULE: ./node_modules/socks-proxy-agent/dist/index.js







const debug = debug_src('socks-proxy-agent');
const setServernameFromNonIpHost = (options) => {
    if (options.servername === undefined &&
        options.host &&
        !external_net_.isIP(options.host)) {
        return {
            ...options,
            servername: options.host,
        };
    }
    return options;
};
function parseSocksURL(url) {
    let lookup = false;
    let type = 5;
    const host = url.hostname;
    // From RFC 1928, Section 3: https://tools.ietf.org/html/rfc1928#section-3
    // "The SOCKS service is conventionally located on TCP port 1080"
    const port = parseInt(url.port, 10) || 1080;
    // figure out if we want socks v4 or v5, based on the "protocol" used.
    // Defaults to 5.
    switch (url.protocol.replace(':', '')) {
        case 'socks4':
            lookup = true;
            type = 4;
            break;
        // pass through
        case 'socks4a':
            type = 4;
            break;
        case 'socks5':
            lookup = true;
            type = 5;
            break;
        // pass through
        case 'socks': // no version specified, default to 5h
            type = 5;
            break;
        case 'socks5h':
            type = 5;
            break;
        default:
            throw new TypeError(`A "socks" protocol must be specified! Got: ${String(url.protocol)}`);
    }
    const proxy = {
        host,
        port,
        type,
    };
    if (url.username) {
        Object.defineProperty(proxy, 'userId', {
            value: decodeURIComponent(url.username),
            enumerable: false,
        });
    }
    if (url.password != null) {
        Object.defineProperty(proxy, 'password', {
            value: decodeURIComponent(url.password),
            enumerable: false,
        });
    }
    return { lookup, proxy };
}
class SocksProxyAgent extends Agent {
    constructor(uri, opts) {
        super(opts);
        const url = typeof uri === 'string' ? new external_url_.URL(uri) : uri;
        const { proxy, lookup } = parseSocksURL(url);
        this.shouldLookup = lookup;
        this.proxy = proxy;
        this.proxyUrl = url.href;
        this.timeout = opts?.timeout ?? null;
        this.socketOptions = opts?.socketOptions ?? null;
    }
    /**
     * Initiates a SOCKS connection to the specified SOCKS proxy server,
     * which in turn connects to the specified remote host and port.
     */
    async connect(req, opts) {
        const { shouldLookup, proxy, timeout } = this;
        if (!opts.host) {
            throw new Error('No `host` defined!');
        }
        let { host } = opts;
        const { port, lookup: lookupFn = external_dns_namespaceObject.lookup } = opts;
        if (shouldLookup) {
            // Client-side DNS resolution for "4" and "5" socks proxy versions.
            host = await new Promise((resolve, reject) => {
                // Use the request's custom lookup, if one was configured:
                lookupFn(host, {}, (err, address) => {
                    if (err) {
                        reject(err);
                    }
                    else {
                        resolve(typeof address === 'string'
                            ? address
                            : address[0].address);
                    }
                });
            });
        }
        const socksOpts = {
            proxy,
            destination: {
                host,
                port: typeof port === 'number' ? port : parseInt(port, 10),
            },
            command: 'connect',
            timeout: timeout ?? undefined,
            // @ts-expect-error the type supplied by socks for socket_options is wider
            // than necessary since socks will always override the host and port
            socket_options: this.socketOptions ?? undefined,
        };
        const cleanup = (tlsSocket) => {
            req.destroy();
            socket.destroy();
            if (tlsSocket)
                tlsSocket.destroy();
        };
        debug('Creating socks proxy connection: %o', socksOpts);
        const { socket } = await build.SocksClient.createConnection(socksOpts);
        debug('Successfully created socks proxy connection');
        req.emit('proxy', { proxy: this.proxyUrl, socket });
        if (timeout !== null) {
            socket.setTimeout(timeout);
            socket.on('timeout', () => cleanup());
        }
        if (opts.secureEndpoint) {
            // The proxy is connecting to a TLS server, so upgrade
            // this socket connection to a TLS connection.
            debug('Upgrading socket connection to TLS');
            const tlsSocket = external_tls_.connect({
                ...omit(setServernameFromNonIpHost(opts), 'host', 'path', 'port'),
                socket,
            });
            tlsSocket.once('error', (error) => {
                debug('Socket TLS error', error.message);
                cleanup(tlsSocket);
            });
            return tlsSocket;
        }
        return socket;
    }
}
SocksProxyAgent.protocols = [
    'socks',
    'socks4',
    'socks4a',
    'socks5',
    'socks5h',
];
function omit(obj, ...keys) {
    const ret = {};
    let key;
    for (key in obj) {
        if (!keys.includes(key)) {
            ret[key] = obj[key];
        }
    }
    return ret;
}
//# sourceMappingURL=index.js.map
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
        return server.protocol === 'http:' ? new external_node_http_namespaceObject.Agent(common) : new external_node_https_namespaceObject.Agent(common);
    const url = new URL(proxy);
    if (url.protocol === 'socks5:')
        url.protocol = 'socks5h:';
    return url.protocol.startsWith('socks') ? new SocksProxyAgent(url, common) : new https_proxy_agent_dist.HttpsProxyAgent(url, common);
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
var p_retry = __nccwpck_require__(4995);
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
function classifyFailure(error, idempotent) {
    if (error instanceof KubeApiError) {
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
    if (error instanceof KubeConnectionError)
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
            const failure = classifyFailure(error, options.idempotent);
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
        const request = url.protocol === 'http:' ? (0,external_node_http_namespaceObject.request)(url, common) : (0,external_node_https_namespaceObject.request)(url, { ...common, ...tlsRequestOptions(credentials.tls) });
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
                request.setTimeout(timeoutMs, () => request.destroy(new KubeConnectionError(req.method, req.path, 'ETIMEDOUT', `no response within ${timeoutMs} ms`)));
                request.once('error', (error) => reject(connectionError(req, error)));
                request.once('response', (message) => {
                    const chunks = [];
                    message.on('data', (c) => chunks.push(c));
                    message.once('error', (error) => reject(connectionError(req, error)));
                    message.once('end', () => resolve({ message, text: Buffer.concat(chunks).toString('utf8') }));
                    message.once('aborted', () => reject(new KubeConnectionError(req.method, req.path, 'ECONNRESET', 'the response was cut short')));
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
            if (!(error instanceof KubeApiError))
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
            if (!(error instanceof KubeApiError && error.status === 401 && await this.auth.renew(opened.credentials)))
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
            const headerTimer = setTimeout(() => request.destroy(new KubeConnectionError(req.method, req.path, 'ETIMEDOUT', `no response within ${timeoutMs} ms`)), timeoutMs);
            let idleTimer;
            const touch = () => {
                if (req.idleTimeoutMs === undefined)
                    return;
                clearTimeout(idleTimer);
                idleTimer = setTimeout(() => request.destroy(new KubeConnectionError(req.method, req.path, 'ETIMEDOUT', `watch silent for ${req.idleTimeoutMs} ms`)), req.idleTimeoutMs);
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
                message.once('aborted', () => done(new KubeConnectionError(req.method, req.path, 'ECONNRESET', 'the watch stream was cut short')));
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
    return new KubeApiError({
        method: req.method,
        path: req.path,
        status,
        text,
        ...(statusObject === undefined ? {} : { statusObject }),
        ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
    });
}
function connectionError(req, error) {
    if (error instanceof KubeConnectionError || error instanceof KubeApiError)
        return error;
    const e = error;
    if (e.name === 'AbortError')
        return e;
    // Errors without a code (a bug, a TLS library surprise) are not classed as transient.
    const code = typeof e.code === 'string' ? e.code : 'EUNKNOWN';
    return new KubeConnectionError(req.method, req.path, code, e.message, error);
}

;// CONCATENATED MODULE: ./packages/kube/src/diff.ts


/** Fields the server owns or fills in; a manifest that carries them (say, exported from a cluster) is not asking to change them. */
const SERVER_METADATA = new Set(['uid', 'resourceVersion', 'generation', 'creationTimestamp', 'deletionTimestamp', 'deletionGracePeriodSeconds', 'managedFields', 'selfLink']);
/** Parents under which values are resource quantities, which the apiserver rewrites to canonical form ("0.5" → "500m"). */
const QUANTITY_PARENTS = new Set(['limits', 'requests', 'hard', 'used', 'default', 'defaultRequest', 'max', 'min', 'maxLimitRequestRatio', 'capacity', 'overhead', 'allocatable']);
const QUANTITY_FIELDS = new Set(['sizeLimit', 'storage']);
/** Keys that identify items of the API's associative lists (containers by name, ports by containerPort ...). */
const LIST_KEYS = ['name', 'containerPort', 'mountPath', 'devicePath', 'ip', 'topologyKey', 'type'];
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
function diffObject(desired, live, options = {}) {
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
function formatChange(change, options = {}) {
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
function secretRedactor(object) {
    if (object.kind !== 'Secret' || object.apiVersion !== 'v1')
        return () => false;
    return (path) => path === '' || /^(data|stringData)\b/.test(path);
}

;// CONCATENATED MODULE: ./packages/kube/node_modules/yocto-queue/index.js
/*
How it works:
`this.#head` is an instance of `Node` which keeps track of its current value and nests another instance of `Node` that keeps the value that comes after it. When a value is provided to `.enqueue()`, the code needs to iterate through `this.#head`, going deeper and deeper to find the last value. However, iterating through every single item is slow. This problem is solved by saving a reference to the last value as `this.#tail` so that it can reference it to add a new value.
*/

class Node {
	value;
	next;

	constructor(value) {
		this.value = value;
	}
}

class Queue {
	#head;
	#tail;
	#size;

	constructor() {
		this.clear();
	}

	enqueue(value) {
		const node = new Node(value);

		if (this.#head) {
			this.#tail.next = node;
			this.#tail = node;
		} else {
			this.#head = node;
			this.#tail = node;
		}

		this.#size++;
	}

	dequeue() {
		const current = this.#head;
		if (!current) {
			return;
		}

		this.#head = this.#head.next;
		this.#size--;

		// Clean up tail reference when queue becomes empty
		if (!this.#head) {
			this.#tail = undefined;
		}

		return current.value;
	}

	peek() {
		if (!this.#head) {
			return;
		}

		return this.#head.value;

		// TODO: Node.js 18.
		// return this.#head?.value;
	}

	clear() {
		this.#head = undefined;
		this.#tail = undefined;
		this.#size = 0;
	}

	get size() {
		return this.#size;
	}

	* [Symbol.iterator]() {
		let current = this.#head;

		while (current) {
			yield current.value;
			current = current.next;
		}
	}

	* drain() {
		while (this.#head) {
			yield this.dequeue();
		}
	}
}

;// CONCATENATED MODULE: ./packages/kube/node_modules/p-limit/index.js


function pLimit(concurrency) {
	let rejectOnClear = false;

	if (typeof concurrency === 'object') {
		({concurrency, rejectOnClear = false} = concurrency);
	}

	validateConcurrency(concurrency);

	if (typeof rejectOnClear !== 'boolean') {
		throw new TypeError('Expected `rejectOnClear` to be a boolean');
	}

	const queue = new Queue();
	let activeCount = 0;

	const resumeNext = () => {
		// Process the next queued function if we're under the concurrency limit
		if (activeCount < concurrency && queue.size > 0) {
			activeCount++;
			queue.dequeue().run();
		}
	};

	const next = () => {
		activeCount--;
		resumeNext();
	};

	const run = async (function_, resolve, arguments_) => {
		// Execute the function and capture the result promise
		const result = (async () => function_(...arguments_))();

		// Resolve immediately with the promise (don't wait for completion)
		resolve(result);

		// Wait for the function to complete (success or failure)
		// We catch errors here to prevent unhandled rejections,
		// but the original promise rejection is preserved for the caller
		try {
			await result;
		} catch {}

		// Decrement active count and process next queued function
		next();
	};

	const enqueue = (function_, resolve, reject, arguments_) => {
		const queueItem = {reject};

		// Queue the internal resolve function instead of the run function
		// to preserve the asynchronous execution context.
		new Promise(internalResolve => { // eslint-disable-line promise/param-names
			queueItem.run = internalResolve;
			queue.enqueue(queueItem);
		}).then(run.bind(undefined, function_, resolve, arguments_)); // eslint-disable-line promise/prefer-await-to-then

		// Start processing immediately if we haven't reached the concurrency limit
		if (activeCount < concurrency) {
			resumeNext();
		}
	};

	const generator = (function_, ...arguments_) => new Promise((resolve, reject) => {
		enqueue(function_, resolve, reject, arguments_);
	});

	Object.defineProperties(generator, {
		activeCount: {
			get: () => activeCount,
		},
		pendingCount: {
			get: () => queue.size,
		},
		clearQueue: {
			value() {
				if (!rejectOnClear) {
					queue.clear();
					return;
				}

				const abortError = AbortSignal.abort().reason;

				while (queue.size > 0) {
					queue.dequeue().reject(abortError);
				}
			},
		},
		concurrency: {
			get: () => concurrency,

			set(newConcurrency) {
				validateConcurrency(newConcurrency);
				concurrency = newConcurrency;

				queueMicrotask(() => {
					// eslint-disable-next-line no-unmodified-loop-condition
					while (activeCount < concurrency && queue.size > 0) {
						resumeNext();
					}
				});
			},
		},
		map: {
			async value(iterable, function_) {
				const promises = [];

				try {
					Array.from(iterable, (value, index) => {
						const promise = generator(function_, value, index);
						promises.push(promise);
						return promise;
					});
				} catch (error) {
					// The iterable threw, so `Promise.all` never observes the already scheduled promises. Observe them here to avoid unhandled rejections.
					for (const promise of promises) {
						promise.catch(() => {}); // eslint-disable-line promise/prefer-await-to-then
					}

					throw error;
				}

				return Promise.all(promises);
			},
		},
	});

	return generator;
}

function limitFunction(function_, options) {
	const limit = pLimit(options);

	const limitedFunction = (...arguments_) => limit(() => function_(...arguments_));
	Object.defineProperty(limitedFunction, 'clearQueue', {
		value: limit.clearQueue,
	});

	return limitedFunction;
}

function validateConcurrency(concurrency) {
	if (!((Number.isInteger(concurrency) || concurrency === Number.POSITIVE_INFINITY) && concurrency > 0)) {
		throw new TypeError('Expected `concurrency` to be a number from 1 and up');
	}
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
const KIND_ORDER = [
    'Namespace', 'NetworkPolicy', 'ResourceQuota', 'LimitRange', 'PodSecurityPolicy', 'PodDisruptionBudget', 'ServiceAccount',
    'Secret', 'ConfigMap', 'StorageClass', 'PersistentVolume', 'PersistentVolumeClaim', 'CustomResourceDefinition',
    'ClusterRole', 'ClusterRoleBinding', 'Role', 'RoleBinding', 'Service', 'DaemonSet', 'Pod', 'ReplicationController',
    'ReplicaSet', 'Deployment', 'HorizontalPodAutoscaler', 'StatefulSet', 'Job', 'CronJob', 'IngressClass', 'Ingress',
    'APIService',
];
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
        const lines = failures.slice(0, 10).map((f) => `  ${describeRef(f.ref)}${f.source === undefined ? '' : ` (${manifests_describeSource(f.source)})`}: ${f.error.message}`);
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
        if (source !== undefined && error instanceof src/* ConfigurationError */.j1 && error.file === undefined) {
            throw new src/* ConfigurationError */.j1(`${manifests_describeSource(source)}: ${error.message}`, { file: source.file, ...(source.line === undefined ? {} : { line: source.line }), cause: error });
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
                if (dryRun && ref?.namespace !== undefined && pendingNamespaces.has(ref.namespace) && errors_isNotFound(error)) {
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
class WaitTimeoutError extends Error {
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
async function watchUntil(client, target, check, options = {}) {
    const what = options.description ?? `watch of ${target.kind}`;
    const outer = new AbortController();
    const timer = options.timeoutMs === undefined ? undefined : setTimeout(() => outer.abort(new WaitTimeoutError(what, options.timeoutMs ?? 0)), options.timeoutMs);
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
        this.sleep = options.sleep ?? src/* sleep */.yy;
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




















;// CONCATENATED MODULE: ./packages/bluegreen/src/convention.ts
// The blue/green convention that bluegreen-deploy writes and rollback-guard reads.
//
// - A stable Service whose selector carries a colour label (`color` or `colour`) with the value
//   `blue` or `green`; the rest of the selector is the service's identity.
// - Deployments `<deployment>-blue` and `<deployment>-green` (the base name is recorded on the
//   Service; it defaults to the Service's name), whose pods carry the colour label, and one
//   Service per colour, `<service>-blue` / `<service>-green`: the preview of a colour and the
//   backend that weighted routes point at.
// - State in annotations on the stable Service (ANNOTATIONS below). The selector, not an
//   annotation, is what traffic follows, so it is the source of truth for the active colour.


const COLOURS = (/* unused pure expression or super */ null && (['blue', 'green']));
const PREFIX = 'pipeline.dev';
const ANNOTATIONS = {
    activeColour: `${PREFIX}/active-color`,
    previousColour: `${PREFIX}/previous-color`,
    activeRevision: `${PREFIX}/active-revision`,
    previousRevision: `${PREFIX}/previous-revision`,
    /** Replicas the previous colour ran with before it was scaled down, so a rollback restores its capacity. */
    previousReplicas: `${PREFIX}/previous-replicas`,
    deploymentId: `${PREFIX}/deployment-id`,
    failedColour: `${PREFIX}/failed-color`,
    failedRevision: `${PREFIX}/failed-revision`,
    rolledBackAt: `${PREFIX}/rolled-back-at`,
    rollbackReason: `${PREFIX}/rollback-reason`,
    /** The base name of the colour Deployments (`<name>-blue`), when it is not the Service's name. */
    deploymentName: `${PREFIX}/deployment-name`,
    /** JSON Progress of a deploy that has started and not finished: what a re-run resumes or undoes. */
    progress: `${PREFIX}/progress`,
    /** When the previous colour may be scaled down (ISO 8601); absent once it has been. */
    scaleDownAt: `${PREFIX}/scale-down-at`,
    promotedAt: `${PREFIX}/promoted-at`,
    /** How traffic reaches the colours (`service`, `gateway-api/<route>`, `ingress-nginx/<ingress>`). */
    route: `${PREFIX}/route`,
};
/** Labels bluegreen-deploy puts on what it creates, so they can be found and told apart. */
const LABELS = {
    managedBy: 'app.kubernetes.io/managed-by',
    service: `${PREFIX}/service`,
    role: `${PREFIX}/role`,
    revision: `${PREFIX}/revision`,
};
const MANAGED_BY = 'pipeline';
function parseProgress(text) {
    if (text === undefined || text === '')
        return undefined;
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        return undefined;
    }
    if (typeof value !== 'object' || value === null)
        return undefined;
    const p = value;
    if (!isColour(p.target) || typeof p.revision !== 'string' || !Array.isArray(p.steps) || typeof p.step !== 'number')
        return undefined;
    if (p.phase !== 'rollout' && p.phase !== 'shifting' && p.phase !== 'paused')
        return undefined;
    return p;
}
const otherColour = (c) => (c === 'blue' ? 'green' : 'blue');
const isColour = (v) => v === 'blue' || v === 'green';
/** The selector key that carries a colour (`color` or `colour`), if any. */
const colourLabelOf = (selector) => ['color', 'colour'].find((k) => isColour(selector?.[k]));
/** The Deployment of one colour: `<base>-<colour>`, the base being the recorded deployment name. */
const deploymentName = (base, colour) => `${base}-${colour}`;
/** The Service that selects one colour only: its preview, and a weighted route's backend. */
const colourServiceName = (service, colour) => `${service}-${colour}`;
const leaseName = (service) => `bluegreen-${service}`;
const selectorString = (labels) => Object.entries(labels).map(([k, v]) => `${k}=${v}`).join(',');
/** Reads the convention from the Service object; errors say what the Service needs. */
function blueGreenState(svc) {
    const where = `Service ${svc.metadata.namespace ?? ''}/${svc.metadata.name}`;
    const selector = svc.spec?.selector ?? {};
    const colourLabel = colourLabelOf(selector);
    if (colourLabel === undefined) {
        throw new src/* ConfigurationError */.j1(`${where} has no colour in its selector (${JSON.stringify(selector)}); a blue/green Service selects 'color: blue' or 'color: green' (or 'colour'), as bluegreen-deploy sets it.`, { input: 'service' });
    }
    const active = selector[colourLabel];
    // The selector, not the active-color annotation, is what traffic follows; a hand-edited
    // selector therefore wins over a stale annotation.
    const annotations = svc.metadata.annotations ?? {};
    const labels = Object.fromEntries(Object.entries(selector).filter(([k]) => k !== colourLabel));
    const int = (v) => (v !== undefined && /^\d+$/.test(v) ? Number(v) : undefined);
    return {
        namespace: svc.metadata.namespace ?? '',
        service: svc.metadata.name,
        colourLabel,
        labels,
        active,
        previous: otherColour(active),
        activeRevision: annotations[ANNOTATIONS.activeRevision],
        previousRevision: annotations[ANNOTATIONS.previousRevision],
        previousReplicas: int(annotations[ANNOTATIONS.previousReplicas]),
        deploymentId: int(annotations[ANNOTATIONS.deploymentId]),
        resourceVersion: svc.metadata.resourceVersion,
        deploymentName: annotations[ANNOTATIONS.deploymentName] ?? svc.metadata.name,
        progress: parseProgress(annotations[ANNOTATIONS.progress]),
        scaleDownAt: parseTime(annotations[ANNOTATIONS.scaleDownAt]),
        switchedAt: latest(parseTime(annotations[ANNOTATIONS.promotedAt]), parseTime(annotations[ANNOTATIONS.rolledBackAt])),
        routeId: annotations[ANNOTATIONS.route],
    };
}
function latest(...times) {
    const known = times.filter((t) => t !== undefined);
    return known.length === 0 ? undefined : Math.max(...known);
}
function parseTime(value) {
    if (value === undefined)
        return undefined;
    const ms = Date.parse(value);
    return Number.isNaN(ms) ? undefined : ms;
}
async function readBlueGreenState(client, target) {
    let svc;
    try {
        svc = await client.get({ apiVersion: 'v1', kind: 'Service', namespace: target.namespace, name: target.service });
    }
    catch (error) {
        if (isNotFound(error))
            throw new ConfigurationError(`Service ${target.namespace}/${target.service} does not exist; 'service' must name the stable Service of a blue/green deployment.`, { input: 'service' });
        throw error;
    }
    return blueGreenState(svc);
}

;// CONCATENATED MODULE: ./packages/bluegreen/src/routes.ts
// How user traffic reaches a colour. The stable Service's selector is always the last word for
// in-cluster traffic and for the `service` method; the weighted methods put a gateway or an
// ingress controller in front that splits external traffic between the two colour Services.



const ROUTE_METHODS = ['service', 'gateway-api', 'ingress-nginx'];
function parseRouteId(id) {
    if (id === undefined || id === '')
        return undefined;
    const [method, name] = id.split('/', 2);
    if (!ROUTE_METHODS.includes(method ?? ''))
        return undefined;
    return { method: method, ...(name === undefined || name === '' ? {} : { name }) };
}
function createRoute(client, target, spec) {
    switch (spec.method) {
        case 'service':
            return {
                method: 'service',
                weighted: false,
                id: 'service',
                check: () => Promise.resolve(),
                shift: () => Promise.resolve(),
                settle: () => Promise.resolve(),
                weights: () => Promise.resolve(undefined),
            };
        case 'gateway-api':
            return new GatewayRoute(client, target, spec.name ?? target.service);
        case 'ingress-nginx':
            return new IngressNginxRoute(client, target, spec.name ?? target.service);
    }
}
const HTTP_ROUTE_VERSIONS = ['gateway.networking.k8s.io/v1', 'gateway.networking.k8s.io/v1beta1'];
const GATEWAY_GROUP = 'gateway.networking.k8s.io';
/** Conditional writes of the HTTPRoute before a conflict is given up on (another writer keeps changing its rules). */
const CONFLICT_ATTEMPTS = 5;
/**
 * Gateway API: in every rule of the HTTPRoute that sends traffic to this service (the stable
 * Service or either colour Service), the backendRefs become the two colour Services with weights.
 * Other rules and other backends are left as they are.
 *
 * The route as last read or written is kept, so a step writes without reading first. Every write
 * is conditional on the route's generation (see write), so a copy that has gone stale costs a
 * retry, never someone else's change.
 */
class GatewayRoute {
    client;
    target;
    name;
    method = 'gateway-api';
    weighted = true;
    id;
    apiVersion;
    known;
    constructor(client, target, name) {
        this.client = client;
        this.target = target;
        this.name = name;
        this.id = `gateway-api/${name}`;
    }
    async version() {
        if (this.apiVersion !== undefined)
            return this.apiVersion;
        // The group's document lists its versions: one request, where asking each version in turn
        // costs two for every version the cluster does not serve.
        const served = await this.client.discovery.servedVersions(GATEWAY_GROUP);
        for (const apiVersion of HTTP_ROUTE_VERSIONS.filter((v) => served.includes(splitApiVersion(v).version))) {
            try {
                await this.client.resource(apiVersion, 'HTTPRoute');
                this.apiVersion = apiVersion;
                return apiVersion;
            }
            catch (error) {
                if (!(error instanceof UnservedKindError))
                    throw error;
            }
        }
        throw new src/* ConfigurationError */.j1(`route-method 'gateway-api' needs the Gateway API HTTPRoute CRD (gateway.networking.k8s.io v1 or v1beta1), which this cluster does not serve; install the Gateway API CRDs, or use route-method 'service' or 'ingress-nginx'`, { input: 'route-method' });
    }
    async ref() {
        return { apiVersion: await this.version(), kind: 'HTTPRoute', namespace: this.target.namespace, name: this.name };
    }
    async read(signal) {
        const route = await this.client.find(await this.ref(), signal);
        if (route === undefined) {
            this.known = undefined;
            throw new src/* ConfigurationError */.j1(`HTTPRoute ${this.target.namespace}/${this.name} does not exist; create it with a rule whose backendRefs name Service '${this.target.service}' (or set 'route' to the HTTPRoute that carries its traffic)`, { input: 'route' });
        }
        this.known = route;
        return route;
    }
    ours(ref) {
        if ((ref.kind ?? 'Service') !== 'Service' || (ref.group ?? '') !== '' || (ref.namespace ?? this.target.namespace) !== this.target.namespace)
            return false;
        const s = this.target.service;
        return ref.name === s || ref.name === colourServiceName(s, 'blue') || ref.name === colourServiceName(s, 'green');
    }
    async check(signal) {
        const route = await this.read(signal);
        if (!(route.spec?.rules ?? []).some((rule) => (rule.backendRefs ?? []).some((ref) => this.ours(ref)))) {
            throw new src/* ConfigurationError */.j1(`HTTPRoute ${this.target.namespace}/${this.name} has no rule with a backendRef to Service '${this.target.service}'; add one so bluegreen-deploy can weight it between the colours`, { input: 'route' });
        }
    }
    async shift(target, percent, signal) {
        let route = this.known;
        let fresh = false;
        for (let attempt = 1;; attempt++) {
            if (route === undefined) {
                route = await this.read(signal);
                fresh = true;
            }
            const rules = this.rulesFor(route, target, percent);
            if (rules === undefined) {
                // Settling a route that already carries these weights (after the last step, or a rollback
                // before any shift) needs no write; but only a fresh read can tell that, not a kept copy.
                if (fresh)
                    return;
                route = undefined;
                continue;
            }
            try {
                this.known = await this.write(route, rules, signal);
                return;
            }
            catch (error) {
                if (attempt >= CONFLICT_ATTEMPTS || signal?.aborted === true)
                    throw error;
                if (isConflict(error)) {
                    route = undefined;
                    continue;
                }
                // 422 is both a failed test (the route changed since our copy) and an invalid route: a
                // read tells them apart.
                if (!isKubeApiError(error, 422))
                    throw error;
                const now = await this.read(signal);
                if (sameVersion(now, route))
                    throw error;
                route = now;
                fresh = true;
            }
        }
    }
    /** The route's rules with this service's backends weighted `percent` to `target`; undefined when they already are. */
    rulesFor(route, target, percent) {
        const s = this.target.service;
        let changed = false;
        const rules = (route.spec?.rules ?? []).map((rule) => {
            const refs = rule.backendRefs ?? [];
            const mine = refs.filter((ref) => this.ours(ref));
            if (mine.length === 0)
                return rule;
            const port = mine.find((ref) => ref.port !== undefined)?.port;
            const ref = (name, weight) => ({ name, ...(port === undefined ? {} : { port }), weight });
            const other = colourServiceName(s, otherColour(target));
            // Until the route has been split between the colours once (a first deploy, or a route
            // that still names the stable Service), the rest of the traffic stays where it went
            // before: the other colour's Service may have no pods at all.
            const rest = percent < 100 && !mine.some((r) => r.name === other) ? s : other;
            const wanted = [ref(colourServiceName(s, target), percent), ref(rest, 100 - percent)];
            if (!sameWeights(mine, wanted))
                changed = true;
            return { ...rule, backendRefs: [...refs.filter((r) => !this.ours(r)), ...wanted] };
        });
        return changed ? rules : undefined;
    }
    /**
     * Replaces the rules only if nobody changed the route's spec since `route` was read: a JSON
     * patch whose tests the apiserver evaluates atomically with the write. The generation moves with
     * every change of spec but, unlike the resourceVersion, not with the status a gateway controller
     * writes after each change, so a step is not sent back to read again by the controller's own
     * bookkeeping. A failed test answers 422.
     */
    async write(route, rules, signal) {
        const m = route.metadata;
        const tests = [
            ...(m.uid === undefined ? [] : [{ op: 'test', path: '/metadata/uid', value: m.uid }]),
            m.generation === undefined
                ? { op: 'test', path: '/metadata/resourceVersion', value: m.resourceVersion ?? '' }
                : { op: 'test', path: '/metadata/generation', value: m.generation },
        ];
        const path = await this.client.pathOf(await this.ref());
        // Nothing is written once the lock is lost: another run owns the route then.
        signal?.throwIfAborted();
        return this.client.request({
            method: 'PATCH',
            path,
            contentType: 'application/json-patch+json',
            body: [...tests, { op: 'replace', path: '/spec/rules', value: rules }],
            query: { fieldManager: this.client.fieldManager },
            // A repeat cannot apply twice: once the first copy landed, the generation test fails.
            idempotent: true,
        });
    }
    settle(colour, signal) {
        return this.shift(colour, 100, signal);
    }
    async weights(signal) {
        const route = await this.read(signal);
        const out = {};
        for (const rule of route.spec?.rules ?? []) {
            for (const ref of rule.backendRefs ?? []) {
                for (const colour of ['blue', 'green']) {
                    if (this.ours(ref) && ref.name === colourServiceName(this.target.service, colour))
                        out[colour] = ref.weight ?? 1;
                }
            }
        }
        return Object.keys(out).length === 0 ? undefined : out;
    }
}
/** Whether two copies of a route carry the version a write of ours is conditional on. */
function sameVersion(a, b) {
    if (a.metadata.uid !== b.metadata.uid)
        return false;
    return a.metadata.generation === undefined ? a.metadata.resourceVersion === b.metadata.resourceVersion : a.metadata.generation === b.metadata.generation;
}
/** Whether the refs already send these weights to these Services (the API server's defaults aside). */
function sameWeights(refs, wanted) {
    const weights = (list) => JSON.stringify(list.map((r) => [r.name, r.port ?? null, r.weight ?? 1]).sort());
    return weights(refs) === weights(wanted);
}
/** The Services an Ingress's rules send traffic to. */
const ruleServices = (rules) => (rules ?? []).flatMap((r) => (r.http?.paths ?? []).map((p) => p.backend?.service?.name)).filter((n) => n !== undefined);
/** The rules with every path that goes to Service `from` sent to `to` instead. */
function retarget(rules, from, to) {
    return rules.map((rule) => rule.http === undefined ? rule : {
        ...rule,
        http: {
            ...rule.http,
            paths: (rule.http.paths ?? []).map((p) => (p.backend?.service?.name === from ? { ...p, backend: { ...p.backend, service: { ...p.backend.service, name: to } } } : p)),
        },
    });
}
const CANARY = 'nginx.ingress.kubernetes.io/canary';
const CANARY_WEIGHT = 'nginx.ingress.kubernetes.io/canary-weight';
/**
 * ingress-nginx: the main Ingress keeps pointing at the stable Service; a canary Ingress
 * `<name>-canary` with the same hosts and paths points at the new colour's Service and carries
 * the canary weight. Settling sets the weight to 0, leaving all traffic on the stable Service.
 */
class IngressNginxRoute {
    client;
    target;
    name;
    method = 'ingress-nginx';
    weighted = true;
    id;
    constructor(client, target, name) {
        this.client = client;
        this.target = target;
        this.name = name;
        this.id = `ingress-nginx/${name}`;
    }
    get canaryName() {
        return `${this.name}-canary`;
    }
    async main(signal) {
        const ingress = await this.client.find({ apiVersion: 'networking.k8s.io/v1', kind: 'Ingress', namespace: this.target.namespace, name: this.name }, signal);
        if (ingress === undefined) {
            throw new src/* ConfigurationError */.j1(`Ingress ${this.target.namespace}/${this.name} does not exist; route-method 'ingress-nginx' needs the Ingress that sends traffic to Service '${this.target.service}' (set 'route' to its name)`, { input: 'route' });
        }
        return ingress;
    }
    async check(signal) {
        const ingress = await this.main(signal);
        const services = [...ruleServices(ingress.spec?.rules), ingress.spec?.defaultBackend?.service?.name];
        if (!services.includes(this.target.service)) {
            throw new src/* ConfigurationError */.j1(`Ingress ${this.target.namespace}/${this.name} has no backend Service '${this.target.service}'; its rules must send traffic to the stable Service`, { input: 'route' });
        }
    }
    async shift(target, percent, signal) {
        const main = await this.main(signal);
        const backend = colourServiceName(this.target.service, target);
        // The canary copies the main Ingress's hosts and paths, with every backend of the stable Service swapped for the colour's.
        const rules = retarget(main.spec?.rules ?? [], this.target.service, backend);
        await this.client.apply({
            apiVersion: 'networking.k8s.io/v1',
            kind: 'Ingress',
            metadata: {
                name: this.canaryName,
                namespace: this.target.namespace,
                labels: { 'app.kubernetes.io/managed-by': 'pipeline', 'pipeline.dev/service': this.target.service },
                annotations: { ...canaryAnnotations(main), [CANARY]: 'true', [CANARY_WEIGHT]: String(percent) },
            },
            spec: { ...(main.spec?.ingressClassName === undefined ? {} : { ingressClassName: main.spec.ingressClassName }), rules },
        }, { force: true, ...(signal === undefined ? {} : { signal }) });
    }
    async settle(_colour, signal) {
        const canary = await this.client.find({ apiVersion: 'networking.k8s.io/v1', kind: 'Ingress', namespace: this.target.namespace, name: this.canaryName }, signal);
        if (canary === undefined || canary.metadata.annotations?.[CANARY_WEIGHT] === '0')
            return;
        await this.client.mergePatch({ apiVersion: 'networking.k8s.io/v1', kind: 'Ingress', namespace: this.target.namespace, name: this.canaryName }, { metadata: { annotations: { [CANARY_WEIGHT]: '0' } } });
    }
    async weights(signal) {
        const canary = await this.client.find({ apiVersion: 'networking.k8s.io/v1', kind: 'Ingress', namespace: this.target.namespace, name: this.canaryName }, signal);
        const weight = Number(canary?.metadata.annotations?.[CANARY_WEIGHT] ?? 0);
        const backend = ['blue', 'green'].find((c) => ruleServices(canary?.spec?.rules).includes(colourServiceName(this.target.service, c)));
        if (backend === undefined)
            return undefined;
        return { [backend]: weight, [otherColour(backend)]: 100 - weight };
    }
}
/** ingress-nginx copies no annotation from the main Ingress to a canary except these, which must match. */
function canaryAnnotations(main) {
    const keep = ['kubernetes.io/ingress.class'];
    return Object.fromEntries(Object.entries(main.metadata.annotations ?? {}).filter(([k]) => keep.includes(k)));
}

;// CONCATENATED MODULE: ./packages/bluegreen/src/rollback.ts




/**
 * Puts all traffic back on the previous colour without ever pointing the stable route at pods
 * that are not ready: scale the previous colour up if it was scaled down, wait until every
 * replica is ready, and only then switch the selector and record it in annotations. Finally it
 * waits until the Service's endpoints are the previous colour's pods, which is when traffic is
 * restored.
 */
async function rollback(client, state, options) {
    const now = options.now ?? Date.now;
    const { namespace, service, colourLabel } = state;
    const from = state.active;
    const to = state.previous;
    const steps = [];
    const step = (action, detail) => {
        steps.push({ at: now(), action, detail });
        options.logger?.info(`Rollback: ${detail}`);
    };
    const deadline = now() + options.timeoutMs;
    const name = deploymentName(state.deploymentName, to);
    const ref = { apiVersion: 'apps/v1', kind: 'Deployment', namespace, name };
    const target = await client.find(ref, options.signal);
    if (target === undefined) {
        throw new src/* ConfigurationError */.j1(`Cannot roll back ${namespace}/${service} to ${to}: Deployment ${namespace}/${name} does not exist. The previous colour must be kept (bluegreen-deploy keeps it for scale-down-delay).`, { input: 'service' });
    }
    const current = target.spec?.replicas ?? 1;
    const active = await client.find({ ...ref, name: deploymentName(state.deploymentName, from) }, options.signal);
    const replicas = current > 0 ? current : Math.max(1, state.previousReplicas ?? active?.spec?.replicas ?? 1);
    const scaledUp = current === 0;
    const patch = { spec: { selector: { ...state.labels, [colourLabel]: to } }, metadata: { annotations: rollbackAnnotations(state, options.reason, now()) } };
    if (options.dryRun === true) {
        if (scaledUp)
            step('planned', `would scale Deployment ${namespace}/${name} from 0 to ${replicas} replicas and wait until they are ready`);
        else
            step('planned', `would wait until Deployment ${namespace}/${name} has ${replicas} ready replicas`);
        step('planned', `would switch Service ${namespace}/${service} selector ${colourLabel}: ${from} → ${to} and record the rollback in its annotations`);
        return { from, to, dryRun: true, scaledUp, replicas, restoredAt: undefined, steps };
    }
    if (scaledUp) {
        step('scale-up', `scaling Deployment ${namespace}/${name} from 0 to ${replicas} replicas`);
        // Under a lock, its signal: once the lock is lost another run owns the service, so nothing more is written.
        options.signal?.throwIfAborted();
        await client.mergePatch(ref, { spec: { replicas } });
    }
    step('wait-ready', `waiting until Deployment ${namespace}/${name} has ${replicas} ready replicas`);
    await waitForRollout(client, { namespace, name }, {
        timeoutMs: Math.max(1, deadline - now()),
        ...(options.logger === undefined ? {} : { logger: options.logger }),
        ...(options.signal === undefined ? {} : { signal: options.signal }),
    });
    const readyPods = await waitForReadyPods(client, namespace, { ...state.labels, [colourLabel]: to }, replicas, {
        timeoutMs: Math.max(1, deadline - now()),
        ...(options.signal === undefined ? {} : { signal: options.signal }),
        ...(options.logger === undefined ? {} : { logger: options.logger }),
    });
    step('switch', `switching Service ${namespace}/${service} selector ${colourLabel}: ${from} → ${to}`);
    options.signal?.throwIfAborted();
    await client.mergePatch({ apiVersion: 'v1', kind: 'Service', namespace, name: service }, patch);
    step('wait-endpoints', `waiting until Service ${namespace}/${service} routes only to ${to} pods`);
    const restoredAt = await waitForOnly(client, { namespace, service }, new Set(readyPods), replicas, {
        deadline, now, ...(options.signal === undefined ? {} : { signal: options.signal }),
    });
    const route = parseRouteId(state.routeId);
    if (route !== undefined && route.method !== 'service') {
        step('switch', `settling ${route.method} route ${route.name ?? service} on ${to}`);
        await createRoute(client, { namespace, service }, route).settle(to, options.signal);
    }
    step('wait-endpoints', `traffic restored on ${to}`);
    return { from, to, dryRun: false, scaledUp, replicas, restoredAt, steps };
}
function rollbackAnnotations(state, reason, at) {
    return {
        [ANNOTATIONS.activeColour]: state.previous,
        [ANNOTATIONS.previousColour]: state.active,
        [ANNOTATIONS.activeRevision]: state.previousRevision ?? null,
        [ANNOTATIONS.previousRevision]: state.activeRevision ?? null,
        [ANNOTATIONS.failedColour]: state.active,
        [ANNOTATIONS.failedRevision]: state.activeRevision ?? null,
        [ANNOTATIONS.rolledBackAt]: new Date(at).toISOString(),
        // Annotation values have no length limit of their own, but the object has 256 KiB in all.
        [ANNOTATIONS.rollbackReason]: reason.slice(0, 1024),
        // The failed colour is the one to scale down now; nothing of the undone deploy is left to resume.
        [ANNOTATIONS.progress]: null,
        [ANNOTATIONS.scaleDownAt]: null,
    };
}
const readyAndStaying = (p) => p.metadata.deletionTimestamp === undefined && p.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True') === true;
/**
 * Waits, by watch, until at least `minReady` pods matching `labels` are Ready and not terminating,
 * and returns their names. A Deployment can report its rollout done a moment before its pods agree:
 * when the same ReplicaSet is scaled down and up again (a deploy retried right after its undo), the
 * controller may compute the status from a pod that is already terminating. The pods are the word.
 */
async function waitForReadyPods(client, namespace, labels, minReady, options) {
    const selector = selectorString(labels);
    return watchUntil(client, { apiVersion: 'v1', kind: 'Pod', namespace, labelSelector: selector }, (pods) => {
        const ready = [...pods.values()].filter(readyAndStaying).map((p) => p.metadata.name);
        return ready.length >= minReady ? ready : undefined;
    }, {
        timeoutMs: options.timeoutMs,
        description: `${minReady} Ready pod${minReady === 1 ? '' : 's'} ${selector} in ${namespace}`,
        ...(options.signal === undefined ? {} : { signal: options.signal }),
        ...(options.logger === undefined ? {} : { logger: options.logger }),
    });
}
async function waitForOnly(client, target, pods, minReady, options) {
    // By watch: the moment the endpoints controller publishes the switch is when traffic follows it.
    try {
        await waitForServiceEndpoints(client, target, {
            minReady,
            pods: [...pods],
            only: true,
            timeoutMs: Math.max(1, options.deadline - options.now()),
            ...(options.signal === undefined ? {} : { signal: options.signal }),
        });
    }
    catch (error) {
        if (!(error instanceof WaitTimeoutError))
            throw error;
        const last = await serviceEndpoints(client, target, options.signal === undefined ? {} : { signal: options.signal });
        throw new Error(`Service ${target.namespace}/${target.service} still routes to ${last.ready.map((e) => e.pod ?? e.address).join(', ') || 'nothing'} after the switch (timeout)`, { cause: error });
    }
    return options.now();
}

;// CONCATENATED MODULE: ./packages/bluegreen/src/signals.ts

const isReady = (pod) => pod.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True') === true;
/**
 * Turns successive pod lists into crash signals: a container restart after the first look, a
 * fatal waiting reason (CrashLoopBackOff, ImagePullBackOff …) at any time, and a pod that was
 * Ready and has stayed unready for the grace period while not being deleted. Each kind is
 * reported once per pod.
 */
class PodSignalDetector {
    pods = new Map();
    graceMs;
    constructor(options = {}) {
        this.graceMs = options.readinessGraceMs ?? 3000;
    }
    observe(pods, at) {
        const out = [];
        for (const pod of pods) {
            const name = pod.metadata.name;
            if (pod.metadata.deletionTimestamp !== undefined)
                continue;
            let seen = this.pods.get(name);
            const first = seen === undefined;
            seen ??= { restarts: new Map(), ready: false, unreadySince: undefined, reported: new Set() };
            this.pods.set(name, seen);
            const report = (kind, message) => {
                if (seen.reported.has(kind))
                    return;
                seen.reported.add(kind);
                out.push({ kind, message, pod: name, at });
            };
            for (const c of pod.status?.containerStatuses ?? []) {
                const before = seen.restarts.get(c.name);
                seen.restarts.set(c.name, c.restartCount);
                const waiting = c.state?.waiting?.reason;
                const last = c.lastState?.terminated;
                const exit = last === undefined ? '' : ` (last exit ${String(last.exitCode ?? '?')}${last.reason === undefined ? '' : ` ${last.reason}`})`;
                if (waiting !== undefined && FATAL_WAITING_REASONS.has(waiting)) {
                    report(waiting, `container '${c.name}' is in ${waiting} after ${c.restartCount} restart${c.restartCount === 1 ? '' : 's'}${exit}`);
                }
                // Restarts before the guard's first look are history; new ones are crashes under load.
                if (!first && before !== undefined && c.restartCount > before) {
                    report('Restart', `container '${c.name}' restarted (${before} → ${c.restartCount})${exit}`);
                }
            }
            if (isReady(pod)) {
                seen.ready = true;
                seen.unreadySince = undefined;
            }
            else if (seen.ready) {
                seen.unreadySince ??= at;
                if (at - seen.unreadySince >= this.graceMs) {
                    report('ReadinessDrop', `was Ready and has not been for ${((at - seen.unreadySince) / 1000).toFixed(1)} s (its readiness probe fails)`);
                }
            }
        }
        return out;
    }
}
/** One poll of the new colour's pods, for `pollingSignals` from @pipeline/metrics. */
function podSignalCheck(client, target, options = {}) {
    const detector = new PodSignalDetector(options);
    const now = options.now ?? Date.now;
    return async (signal) => {
        const pods = await client.list('v1', 'Pod', { namespace: target.namespace, labelSelector: target.labelSelector, signal });
        return detector.observe(pods.items, now());
    };
}

// EXTERNAL MODULE: ./packages/metrics/src/index.ts + 8 modules
var metrics_src = __nccwpck_require__(2605);
;// CONCATENATED MODULE: ./packages/bluegreen/src/yaml-input.ts


/**
 * An input that is either inline YAML or the workspace path of a YAML file. YAML with content
 * always has a newline or a colon; a path has neither. `where` names the input or the file for
 * messages.
 */
function readYamlInput(text, options) {
    const { input } = options;
    if (text.includes('\n') || text.includes(':'))
        return { text, where: `Input '${input}'` };
    const path = (0,src/* resolveInWorkspace */.z1)(options.workspace, text, { input });
    if (!(0,external_node_fs_.existsSync)(path))
        throw new src/* ConfigurationError */.j1(`Input '${input}' names ${text}, which does not exist; give inline YAML${options.example === undefined ? '' : ` (${options.example})`} or the path of a YAML file in the workspace`, { input });
    return { text: (0,external_node_fs_.readFileSync)(path, 'utf8'), where: text };
}

;// CONCATENATED MODULE: ./packages/bluegreen/src/analysis.ts
// Analysis of one colour against the other, shared by bluegreen-deploy (at every traffic step)
// and rollback-guard (after the deploy). The configuration keys are rollback-guard's inputs.







/** The analysis settings, named as rollback-guard's inputs so one configuration serves both. */
const analysisSchema = {
    'prometheus-url': (0,src/* string */.Yj)({ required: true }),
    'prometheus-auth': (0,src/* string */.Yj)({ secret: true }),
    metrics: (0,src/* string */.Yj)(),
    judge: (0,src/* oneOf */.yL)(['threshold', 'mann-whitney'], { default: 'threshold' }),
    confidence: (0,src/* number */.ai)({ default: 0.99, min: 0.5, max: 0.999999 }),
    effect: (0,src/* oneOf */.yL)(['hodges-lehmann', 'cles'], { default: 'hodges-lehmann' }),
    tolerance: (0,src/* number */.ai)({ default: 0.2, min: 0 }),
    interval: (0,src/* duration */.p0)({ default: '30s', min: '100ms', max: '1h' }),
    duration: (0,src/* duration */.p0)({ default: '10m', min: '100ms', max: '24h' }),
    'failure-limit': (0,src/* number */.ai)({ default: 0, integer: true, min: 0, max: 1000 }),
    'min-samples': (0,src/* number */.ai)({ default: 10, integer: true, min: 1, max: 100_000 }),
    'no-data': (0,src/* oneOf */.yL)(['fail', 'inconclusive', 'ignore'], { default: 'fail' }),
    'rate-window': (0,src/* string */.Yj)({ default: '1m' }),
    'kube-signals': (0,src/* boolean */.zM)({ default: true }),
};
/**
 * The `analysis` input of bluegreen-deploy: inline YAML, or the workspace path of a YAML file,
 * holding rollback-guard's analysis inputs (`prometheus-url`, `metrics`, `interval`, `duration` …).
 */
function parseAnalysisConfig(text, workspace, input = 'analysis') {
    const { text: yamlText, where } = readYamlInput(text, { workspace, input, example: 'prometheus-url: …' });
    const doc = (0,dist/* parseDocument */.Tp)(yamlText, { prettyErrors: false });
    if (!(0,dist/* isDocument */.wz)(doc) || doc.errors.length > 0)
        throw new src/* ConfigurationError */.j1(`${where} is not valid YAML (${doc.errors[0]?.code ?? 'parse error'}); expected a mapping of rollback-guard analysis inputs such as prometheus-url and metrics`, { input });
    const value = doc.toJS();
    if (typeof value !== 'object' || value === null || Array.isArray(value))
        throw new src/* ConfigurationError */.j1(`${where} must be a YAML mapping (prometheus-url: …, metrics: …)`, { input });
    const env = {};
    for (const [key, v] of Object.entries(value)) {
        if (!(key in analysisSchema))
            throw new src/* ConfigurationError */.j1(`${where} has an unknown key '${key}'; valid keys are ${Object.keys(analysisSchema).join(', ')}`, { input });
        // A list of template names stays a plain list; metric mappings go back to YAML, which is what the metrics reader takes.
        const plain = Array.isArray(v) && v.every((x) => typeof x !== 'object' || x === null);
        env[(0,src/* inputVariable */.LO)(key)] = plain ? v.map(String).join('\n') : typeof v === 'object' && v !== null ? (0,dist/* stringify */.As)(v) : String(v);
    }
    try {
        return (0,src/* parseInputs */.TL)(analysisSchema, { env });
    }
    catch (error) {
        if (error instanceof src/* ConfigurationError */.j1)
            throw new src/* ConfigurationError */.j1(`${where}: ${error.message}`, { input, cause: error });
        throw error;
    }
}
/**
 * `metrics: http-5xx-rate, latency-p95` (template names, comma- or newline-separated) is the
 * common case; it is turned into the YAML list the metrics library reads. Anything else is passed
 * through as YAML or a path.
 */
function expandTemplateList(raw) {
    const names = raw.split(/[\n,]/).map((s) => s.trim()).filter((s) => s !== '');
    if (names.length > 0 && names.every((n) => metrics_src/* TEMPLATE_NAMES */._W.includes(n)))
        return names.map((n) => `- ${n}`).join('\n');
    return raw;
}
function firstContainerLimits(d) {
    const containers = d?.spec?.['template']?.spec?.containers ?? [];
    const limits = containers[0]?.resources?.limits ?? {};
    const cpu = parseQuantity(limits['cpu']);
    const memory = parseQuantity(limits['memory']);
    return { ...(cpu === undefined ? {} : { cpu }), ...(memory === undefined ? {} : { memory }) };
}
/** Judges the new colour's metrics (and, with kube signals, its pods) for one window. */
async function analyseColour(target, settings, deps) {
    const { kube, logger } = deps;
    const clock = deps.clock ?? metrics_src/* systemClock */.ml;
    const limits = firstContainerLimits(target.deployment);
    const context = {
        labels: { namespace: target.namespace, ...target.identity },
        colourLabel: target.colourLabel,
        newColour: target.newColour,
        rateWindow: settings.rateWindow,
        ...(target.baselineColour === undefined ? {} : { baselineColour: target.baselineColour }),
        ...(limits.cpu === undefined ? {} : { cpuLimitCores: limits.cpu }),
        ...(limits.memory === undefined ? {} : { memoryLimitBytes: limits.memory }),
    };
    const metrics = settings.metrics === undefined ? (0,metrics_src/* defaultMetrics */.Jn)(context) : await (0,metrics_src/* loadMetrics */.SJ)(expandTemplateList(settings.metrics), context, { workspace: settings.workspace, input: 'metrics' });
    deps.onStart?.(metrics);
    let signals;
    if (settings.kubeSignals) {
        const labelSelector = selectorString({ ...target.identity, [target.colourLabel]: target.newColour });
        signals = (0,metrics_src/* pollingSignals */.DZ)(podSignalCheck(kube, { namespace: target.namespace, labelSelector }, { now: () => clock.now(), readinessGraceMs: deps.readinessGraceMs ?? 3000 }), {
            intervalMs: deps.signalPollMs ?? Math.min(settings.intervalMs, 1000),
            clock,
            onError: (error) => logger.debug(`Listing pods for crash signals failed (will retry): ${error.message}`),
        });
    }
    const analysis = await (0,metrics_src/* runAnalysis */.A1)({
        metrics,
        source: deps.source,
        judge: settings.judge,
        intervalMs: settings.intervalMs,
        durationMs: settings.durationMs,
        failureLimit: settings.failureLimit,
        minSamples: settings.minSamples,
        noData: settings.noData,
        mannWhitney: { confidence: settings.confidence, effect: settings.effect, tolerance: settings.tolerance },
        clock,
        logger,
        ...(signals === undefined ? {} : { signals }),
        ...(target.baselineIdleSince === undefined ? {} : { baselineFallbackAt: target.baselineIdleSince }),
        ...(deps.signal === undefined ? {} : { signal: deps.signal }),
        onMeasurement: (name, m) => {
            const baseline = m.baselineValue === undefined ? '' : `, baseline ${(0,metrics_src/* formatValue */.Fl)(m.baselineValue)}`;
            logger.info(`${name}: ${m.outcome} — new ${(0,metrics_src/* formatValue */.Fl)(m.newValue)}${baseline}: ${m.reason}`);
        },
    });
    return { analysis, metrics };
}

;// CONCATENATED MODULE: ./packages/bluegreen/src/preflight.ts
// Checks that must hold before anything is changed: each is an error, a warning or off.


const PREFLIGHT_RULES = ['readiness-probe', 'resources', 'max-unavailable', 'selector', 'image-digest', 'namespace'];
const DEFAULT_PREFLIGHT = {
    'readiness-probe': 'error',
    resources: 'error',
    'max-unavailable': 'error',
    selector: 'error',
    'image-digest': 'off',
    namespace: 'error',
};
/**
 * `readiness-probe=warning, resources=off` (comma or newline separated) over the defaults;
 * `require-digest: true` turns image-digest into an error unless the rule is set explicitly.
 */
function parsePreflight(text, requireDigest) {
    const levels = { ...DEFAULT_PREFLIGHT, 'image-digest': requireDigest ? 'error' : 'off' };
    for (const item of (text ?? '').split(/[\n,]/).map((s) => s.trim()).filter((s) => s !== '')) {
        const match = /^([a-z-]+)\s*[=:]\s*(error|warning|off)$/.exec(item);
        const rule = match?.[1];
        if (match === null || rule === undefined || !PREFLIGHT_RULES.includes(rule)) {
            throw new src/* ConfigurationError */.j1(`Input 'preflight' has '${item}'; expected <rule>=<error|warning|off> with rules ${PREFLIGHT_RULES.join(', ')}`, { input: 'preflight' });
        }
        levels[rule] = match[2];
    }
    return levels;
}
function containersOf(d) {
    const spec = podSpecOf(d)?.spec;
    // Init containers run to completion before readiness, so probes and traffic rules do not apply to them.
    return spec?.['containers'] ?? [];
}
/** Runs every rule that is not off; the caller fails on any error-level finding. */
function preflight(input, levels) {
    const out = [];
    const add = (rule, message) => {
        const level = levels[rule];
        if (level !== 'off')
            out.push({ rule, level, message: `${input.where}: ${message}` });
    };
    const d = input.deployment;
    const containers = containersOf(d);
    for (const c of containers) {
        if (c['readinessProbe'] === undefined) {
            add('readiness-probe', `container '${c.name}' has no readinessProbe; without one a pod counts as ready before it can serve, so the switch could send traffic to it`);
        }
        const resources = c['resources'];
        const missing = [Object.keys(resources?.requests ?? {}).length === 0 ? 'requests' : '', Object.keys(resources?.limits ?? {}).length === 0 ? 'limits' : ''].filter((s) => s !== '');
        if (missing.length > 0)
            add('resources', `container '${c.name}' has no resource ${missing.join(' or ')}; both colours run side by side, so the namespace must have room for them, and quotas need requests`);
        if (typeof c.image === 'string' && !hasDigest(c.image))
            add('image-digest', `container '${c.name}' image '${c.image}' has no @sha256: digest; pin it (e.g. through the 'images' input) so what was tested is what runs`);
    }
    const strategy = d.spec?.['strategy'];
    const maxUnavailable = strategy?.rollingUpdate?.maxUnavailable;
    if (strategy?.type === 'Recreate')
        add('max-unavailable', 'strategy is Recreate, which stops every pod before starting new ones; use RollingUpdate with maxUnavailable: 0');
    else if (maxUnavailable !== 0 && maxUnavailable !== '0' && maxUnavailable !== '0%') {
        add('max-unavailable', `strategy.rollingUpdate.maxUnavailable is ${maxUnavailable === undefined ? 'unset (Kubernetes defaults it to 25%)' : `'${String(maxUnavailable)}'`}; set it to 0 so a colour never drops below its ready capacity`);
    }
    const labels = d.spec?.['template']?.metadata?.labels ?? {};
    const mismatched = Object.entries(input.identity).filter(([k, v]) => labels[k] !== v);
    if (mismatched.length > 0) {
        add('selector', `pod labels do not carry the stable Service's selector ${mismatched.map(([k, v]) => `${k}=${v}`).join(', ')}; the Service would not reach these pods`);
    }
    const selector = d.spec?.selector?.matchLabels ?? {};
    const conflicting = Object.entries(selector).filter(([k, v]) => labels[k] !== v);
    if (conflicting.length > 0)
        add('selector', `spec.selector.matchLabels ${conflicting.map(([k, v]) => `${k}=${v}`).join(', ')} is not in the pod template's labels`);
    if (!input.namespaceExists)
        add('namespace', `namespace '${input.namespace}' does not exist; create it first (tenant-isolate does, with its quota and policies)`);
    return out;
}

;// CONCATENATED MODULE: ./packages/bluegreen/src/render.ts
// Turns the user's manifests into what one colour needs: the colour Deployment, the two colour
// Services, the stable Service (selector pinned to the colour that serves now) and the rest as given.




const sha = (value) => (0,external_node_crypto_.createHash)('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 12);
const isKind = (object, apiGroup, kind) => object.kind === kind && object.apiVersion.split('/').slice(0, -1).join('/') === apiGroup;
function matches(labels, selector) {
    return Object.entries(selector).every(([k, v]) => labels?.[k] === v);
}
/**
 * Finds the user's Deployment for the service and renders the colour objects. Errors name the
 * manifest and say what the manifests need.
 */
function render(input, routeName) {
    const { namespace, service, colourLabel } = input;
    const inManifests = input.manifests.find((m) => isKind(m.object, '', 'Service') && m.object.metadata.name === service);
    const declared = (inManifests?.object ?? input.live);
    if (declared === undefined) {
        throw new src/* ConfigurationError */.j1(`Service ${namespace}/${service} does not exist and the manifests do not define it; add the stable Service (the one users reach) to 'manifests', or fix 'service'`, { input: 'service' });
    }
    const identity = Object.fromEntries(Object.entries(declared.spec?.selector ?? {}).filter(([k]) => k !== 'color' && k !== 'colour' && k !== colourLabel));
    if (Object.keys(identity).length === 0) {
        throw new src/* ConfigurationError */.j1(`Service ${namespace}/${service} has no selector besides the colour; its selector must name the app (for example app: ${service}) so that it can tell this service's pods from others'`, { input: 'service' });
    }
    const candidates = input.manifests.filter((m) => isKind(m.object, 'apps', 'Deployment') && matches(m.object.spec?.template?.metadata?.labels, identity));
    if (candidates.length === 0) {
        const deployments = input.manifests.filter((m) => isKind(m.object, 'apps', 'Deployment')).map((m) => m.object.metadata.name);
        throw new src/* ConfigurationError */.j1(`The manifests have no Deployment whose pod labels match Service '${service}' (selector ${JSON.stringify(identity)} plus the colour); ${deployments.length === 0 ? 'they contain no Deployment at all' : `Deployments found: ${deployments.join(', ')}`}. Add the service's Deployment, or fix 'service'`, { input: 'manifests' });
    }
    if (candidates.length > 1) {
        throw new src/* ConfigurationError */.j1(`Several Deployments in the manifests match Service '${service}': ${candidates.map((m) => `${m.object.metadata.name} (${manifests_describeSource(m.source)})`).join(', ')}; a blue/green service has exactly one`, { input: 'manifests' });
    }
    const source = candidates[0];
    const user = source.object;
    const base = user.metadata.name;
    const spec = (user.spec ?? {});
    const template = spec.template ?? {};
    const routeKinds = (m) => (isKind(m.object, 'gateway.networking.k8s.io', 'HTTPRoute') || isKind(m.object, 'networking.k8s.io', 'Ingress')) && m.object.metadata.name === (routeName ?? service);
    const given = input.manifests.filter((m) => m !== source && m !== inManifests && !routeKinds(m));
    // Hashed as written (without what the server owns), before the namespace is filled in: one
    // release has one revision in every tenant, and an exported manifest the same as a clean one.
    const revision = sha({ template, replicas: spec.replicas, others: given.map((m) => withoutServerFields(m.object)) });
    const others = given.map((m) => withNamespace(m, namespace));
    const colourLabels = (colour) => ({ [colourLabel]: colour });
    const managed = { [LABELS.managedBy]: MANAGED_BY, [LABELS.service]: service };
    const deployment = {
        apiVersion: 'apps/v1',
        kind: 'Deployment',
        metadata: {
            ...userMetadata(user),
            name: deploymentName(base, input.target),
            namespace,
            labels: { ...user.metadata.labels, ...managed, ...colourLabels(input.target), [LABELS.revision]: revision },
            annotations: { ...user.metadata.annotations, [LABELS.revision]: revision },
        },
        spec: {
            ...spec,
            selector: { ...spec.selector, matchLabels: { ...spec.selector?.matchLabels, ...identity, ...colourLabels(input.target) } },
            template: {
                ...template,
                metadata: { ...template.metadata, labels: { ...template.metadata?.labels, ...colourLabels(input.target), [LABELS.revision]: revision } },
            },
        },
    };
    const ports = (declared.spec?.ports ?? []).map((p) => ({ protocol: 'TCP', ...p }));
    const colourService = (colour) => ({
        apiVersion: 'v1',
        kind: 'Service',
        metadata: { name: colourServiceName(service, colour), namespace, labels: { ...managed, [LABELS.role]: 'colour', ...colourLabels(colour) } },
        spec: { selector: { ...identity, ...colourLabels(colour) }, ports: ports.map((p) => stripNodePort(p)) },
    });
    // The allocated cluster IPs are the server's to keep; applying a live copy must not claim them.
    const { clusterIP: _ip, clusterIPs: _ips, ...declaredSpec } = declared.spec ?? {};
    const pinned = input.serving ?? (input.live === undefined ? input.target : undefined);
    const stableSpec = { ...declaredSpec, selector: pinned === undefined ? identity : { ...identity, ...colourLabels(pinned) } };
    const stable = {
        apiVersion: 'v1',
        kind: 'Service',
        metadata: {
            name: service,
            namespace,
            ...(declared.metadata.labels === undefined ? {} : { labels: declared.metadata.labels }),
            // Only the user's annotations: the pipeline.dev/* state is written by merge patch, under its own field ownership.
            ...(inManifests?.object.metadata.annotations === undefined ? {} : { annotations: inManifests.object.metadata.annotations }),
        },
        spec: { ...stableSpec, ports },
    };
    return {
        deploymentName: base,
        identity,
        revision,
        deployment,
        replicas: typeof spec.replicas === 'number' ? spec.replicas : 1,
        source: source.source,
        stable,
        colourServices: { blue: colourService('blue'), green: colourService('green') },
        others,
        routeObjects: input.manifests.filter(routeKinds).map((m) => withNamespace(m, namespace)),
    };
}
/**
 * The user's metadata without what the server owns: a manifest exported with `kubectl get -o yaml`
 * carries a resourceVersion and uid, which server-side apply takes as preconditions and refuses
 * (409) for the colour Deployment, a new object, and for any object changed since the export.
 */
function userMetadata(object) {
    const { uid: _uid, resourceVersion: _rv, generation: _generation, creationTimestamp: _created, deletionTimestamp: _deleted, deletionGracePeriodSeconds: _grace, managedFields: _managed, selfLink: _self, ...rest } = object.metadata;
    return rest;
}
function stripNodePort(port) {
    const { nodePort: _drop, ...rest } = port;
    return rest;
}
const CLUSTER_SCOPED = new Set(['Namespace', 'ClusterRole', 'ClusterRoleBinding', 'CustomResourceDefinition', 'PriorityClass', 'StorageClass']);
function withoutServerFields(object) {
    const { status: _status, ...rest } = object;
    return { ...rest, metadata: userMetadata(object) };
}
function withNamespace(m, namespace) {
    const object = withoutServerFields(m.object);
    if (CLUSTER_SCOPED.has(m.object.kind) || object.metadata.namespace !== undefined)
        return { ...m, object };
    return { ...m, object: { ...object, metadata: { ...object.metadata, namespace } } };
}

;// CONCATENATED MODULE: ./packages/bluegreen/src/steps.ts

/**
 * `10,50,100`: the percentages of traffic the new colour gets, step by step. They must rise
 * strictly, lie in 1..100 and end at 100, which is the promotion.
 */
function parseTrafficSteps(text, input = 'traffic-steps') {
    const valid = `comma-separated whole percentages that rise strictly from 1 to 100 and end at 100, such as 10,50,100`;
    const items = text.split(',').map((s) => s.trim());
    const steps = [];
    for (const item of items) {
        if (!/^\d+$/.test(item))
            throw new src/* ConfigurationError */.j1(`Input '${input}' has '${item === '' ? '(empty)' : item}', which is not a whole number; expected ${valid}`, { input });
        const value = Number(item);
        if (value < 1 || value > 100)
            throw new src/* ConfigurationError */.j1(`Input '${input}' has ${value}%, outside 1..100; expected ${valid}`, { input });
        const last = steps.at(-1);
        if (last !== undefined && value <= last)
            throw new src/* ConfigurationError */.j1(`Input '${input}' goes from ${last}% to ${value}%; steps must rise strictly. Expected ${valid}`, { input });
        steps.push(value);
    }
    if (steps.at(-1) !== 100)
        throw new src/* ConfigurationError */.j1(`Input '${input}' ends at ${String(steps.at(-1))}%; the last step must be 100 (the promotion). Expected ${valid}`, { input });
    return steps;
}

;// CONCATENATED MODULE: ./packages/bluegreen/src/deploy.ts
// The blue/green state machine: deploy, promote, abort and status over plain Deployments and
// Services. Every step is recorded on the stable Service before it is taken, so a run that dies
// leaves enough behind for the next one to resume or undo it; and the stable route is only ever
// switched to a colour whose every replica is ready.







class Recorder {
    now;
    logger;
    steps = [];
    analyses = [];
    constructor(now, logger) {
        this.now = now;
        this.logger = logger;
    }
    async run(kind, name, fn, extra = {}) {
        const startedAt = this.now();
        try {
            const value = await this.logger.group(name, fn);
            this.steps.push({ kind, name, startedAt, endedAt: this.now(), ...extra });
            return value;
        }
        catch (error) {
            this.steps.push({ kind, name, startedAt, endedAt: this.now(), verdict: 'fail', detail: error instanceof Error ? error.message : String(error), ...extra });
            throw error;
        }
    }
}
/** A deploy that failed in a way that was handled: traffic is back on the old colour. */
class RolledBack extends Error {
}
const serviceRef = (t) => ({ apiVersion: 'v1', kind: 'Service', namespace: t.namespace, name: t.service });
const deploymentRef = (namespace, name) => ({ apiVersion: 'apps/v1', kind: 'Deployment', namespace, name });
const hasColour = (svc) => colourLabelOf(svc?.spec?.selector) !== undefined;
async function readService(kube, target, signal) {
    return kube.find(serviceRef(target), signal);
}
/**
 * Annotations (and optionally the selector) in one merge patch. With the lock's signal, nothing is
 * written once the lock is lost: another run owns the service then.
 */
async function patchService(kube, target, annotations, selector, signal) {
    signal?.throwIfAborted();
    return kube.mergePatch(serviceRef(target), {
        metadata: { annotations },
        ...(selector === undefined ? {} : { spec: { selector } }),
    });
}
const progressText = (p) => JSON.stringify(p);
const remaining = (ctx) => Math.max(1, ctx.deadline - ctx.now());
async function writeProgress(ctx, changes, selector) {
    ctx.progress = { ...ctx.progress, ...changes, updatedAt: new Date(ctx.now()).toISOString() };
    await patchService(ctx.kube, ctx.config, { [ANNOTATIONS.progress]: progressText(ctx.progress) }, selector, ctx.signal);
}
/** Runs the traffic steps from `first` on; ends promoted, paused or rolled back (by throwing RolledBack). */
async function shiftTraffic(ctx, first, autoPromote) {
    const { kube, rec, config, route, progress } = ctx;
    const target = progress.target;
    const from = progress.from;
    const targetDeployment = deploymentName(ctx.base, target);
    let switchedAt;
    for (let i = Math.max(0, first); i < progress.steps.length; i++) {
        const weight = progress.steps[i];
        if (weight === 100 && !autoPromote) {
            await writeProgress(ctx, { phase: 'paused' });
            ctx.logger.notice(`${config.namespace}/${config.service}: ${target} (${progress.revision}) is waiting for promotion at ${i === 0 ? 'no' : `${progress.steps[i - 1] ?? 0}%`} traffic; run bluegreen-deploy with action: promote (or abort)`);
            return 'paused';
        }
        if (weight < 100) {
            await rec.run('shift', `Shift ${weight}% of traffic to ${target}`, async () => {
                await writeProgress(ctx, { phase: 'shifting', step: i });
                await route.shift(target, weight, ctx.signal);
            }, { weight });
        }
        else {
            await rec.run('shift', `Switch the stable Service ${config.service} to ${target}`, async () => {
                if (route.weighted)
                    await route.shift(target, 100, ctx.signal);
                const pods = await healthyReadyPods(kube, config.namespace, { ...ctx.identity, [ctx.colourLabel]: target }, ctx.signal);
                if (pods.length < ctx.replicas)
                    throw new RolledBack(`only ${pods.length} of ${ctx.replicas} ${target} pods are Ready; not switching the stable Service to them`);
                ctx.progress = { ...ctx.progress, phase: 'shifting', step: i, updatedAt: new Date(ctx.now()).toISOString() };
                // The selector and the record of it change in one write: no reader sees one without the other.
                await patchService(kube, config, { [ANNOTATIONS.progress]: progressText(ctx.progress) }, { ...ctx.identity, [ctx.colourLabel]: target }, ctx.signal);
                const signal = ctx.signal === undefined ? {} : { signal: ctx.signal };
                await waitForOnly(kube, config, new Set(pods), ctx.replicas, { deadline: ctx.now() + remaining(ctx), now: ctx.now, ...signal });
                if (route.weighted)
                    await route.settle(target, ctx.signal);
                switchedAt = ctx.now();
            }, { weight });
        }
        if (ctx.hooks.analyse !== undefined) {
            const deployment = await kube.find(deploymentRef(config.namespace, targetDeployment), ctx.signal);
            const analysis = await rec.run('analysis', `Analyse ${target} at ${weight}%`, () => ctx.hooks.analyse({
                namespace: config.namespace,
                identity: ctx.identity,
                colourLabel: ctx.colourLabel,
                newColour: target,
                baselineColour: from,
                deployment,
                weight,
                ...(weight === 100 && switchedAt !== undefined ? { baselineIdleSince: switchedAt } : {}),
                ...(ctx.signal === undefined ? {} : { signal: ctx.signal }),
            }), { weight });
            rec.analyses.push({ weight, analysis });
            const last = rec.steps.at(-1);
            if (last !== undefined) {
                last.verdict = analysis.verdict;
                last.detail = analysis.reason;
            }
            // No data is never a pass: an inconclusive step is not good enough to send more traffic.
            if (analysis.verdict !== 'pass')
                throw new RolledBack(`analysis at ${weight}% was ${analysis.verdict}: ${analysis.reason}`);
        }
    }
    return 'promoted';
}
/**
 * The new colour's Ready pods, from one list. Pods that restarted or cannot start fail the deploy,
 * even when they happen to be Ready right now.
 */
async function healthyReadyPods(kube, namespace, labels, signal) {
    const pods = await kube.list('v1', 'Pod', { namespace, labelSelector: selectorString(labels), ...(signal === undefined ? {} : { signal }) });
    const problems = pods.items.filter((p) => p.metadata.deletionTimestamp === undefined).flatMap((p) => diagnosePod(p, { maxRestarts: 1 }));
    if (problems.length > 0)
        throw new RolledBack(`the new pods are not healthy: ${problems.slice(0, 5).map((p) => `${p.pod}: ${p.reason}${p.message === undefined ? '' : ` (${p.message})`}`).join('; ')}`);
    return pods.items.filter(readyAndStaying).map((p) => p.metadata.name);
}
async function finishPromotion(ctx, previousReplicas) {
    const { kube, config, progress } = ctx;
    const at = ctx.now();
    const from = progress.from;
    await ctx.rec.run('promote', `Promote ${progress.target} (${progress.revision})`, async () => {
        await patchService(kube, config, {
            [ANNOTATIONS.activeColour]: progress.target,
            [ANNOTATIONS.previousColour]: from ?? null,
            [ANNOTATIONS.activeRevision]: progress.revision,
            [ANNOTATIONS.previousRevision]: progress.fromRevision ?? null,
            [ANNOTATIONS.previousReplicas]: previousReplicas === undefined ? null : String(previousReplicas),
            [ANNOTATIONS.deploymentId]: progress.deploymentId === undefined ? null : String(progress.deploymentId),
            [ANNOTATIONS.promotedAt]: new Date(at).toISOString(),
            [ANNOTATIONS.scaleDownAt]: from === undefined ? null : new Date(at + config.scaleDownDelayMs).toISOString(),
            [ANNOTATIONS.progress]: null,
        }, undefined, ctx.signal);
    }, { weight: 100 });
    // Promoted is promoted: GitHub failing to hear about it must not undo the deploy.
    if (progress.deploymentId !== undefined) {
        await ctx.hooks.tracker?.finish(progress.deploymentId, 'success', `${progress.target} (${progress.revision}) serves ${config.namespace}/${config.service}`).catch((error) => {
            ctx.logger.warning(`Could not mark GitHub deployment ${progress.deploymentId} successful: ${error instanceof Error ? error.message : String(error)}`);
        });
    }
    if (from === undefined || config.scaleDownDelayMs !== 0)
        return;
    // The deploy is promoted and recorded as such: a failed scale-down must not undo it. The
    // scale-down-at annotation stays, so the next run (or the post: step) finishes the job.
    try {
        await scaleDown(kube, config, ctx.base, from, ctx.rec, ctx.signal);
    }
    catch (error) {
        if (ctx.signal?.aborted === true)
            throw error;
        ctx.logger.warning(`${config.namespace}/${config.service} is promoted, but scaling ${deploymentName(ctx.base, from)} down failed (${error instanceof Error ? error.message : String(error)}); the next run or the post: step scales it down`);
    }
}
async function scaleDown(kube, target, base, colour, rec, signal) {
    await rec.run('scale-down', `Scale ${deploymentName(base, colour)} down to 0`, async () => {
        const ref = deploymentRef(target.namespace, deploymentName(base, colour));
        if ((await kube.find(ref, signal)) !== undefined) {
            signal?.throwIfAborted();
            await kube.mergePatch(ref, { spec: { replicas: 0 } });
        }
        await patchService(kube, target, { [ANNOTATIONS.scaleDownAt]: null }, undefined, signal);
    });
}
/**
 * Scales the previous colour down once its scale-down-delay has passed (and no deploy is in
 * flight): called at the start of every run and by the `post:` step.
 */
async function scaleDownExpired(kube, target, deps) {
    return scaleDownExpiredOf(kube, target, await readService(kube, target, deps.signal), deps);
}
/** scaleDownExpired with the stable Service as the caller has just read it. */
async function scaleDownExpiredOf(kube, target, svc, deps) {
    if (svc === undefined || !hasColour(svc))
        return false;
    const state = blueGreenState(svc);
    const now = (deps.now ?? Date.now)();
    if (state.progress !== undefined || state.scaleDownAt === undefined || state.scaleDownAt > now)
        return false;
    const rec = new Recorder(deps.now ?? Date.now, deps.logger);
    await scaleDown(kube, target, state.deploymentName, state.previous, rec, deps.signal);
    deps.logger.info(`Scaled ${deploymentName(state.deploymentName, state.previous)} down: its scale-down-delay ended at ${new Date(state.scaleDownAt).toISOString()}`);
    return true;
}
/**
 * Puts all traffic back on `progress.from` after a failed or aborted deploy, scales the new colour
 * down and records why. The stable route never points at unready pods: when it already selects
 * the new colour, the shared rollback waits for the old colour to be ready before switching.
 */
async function undo(ctx, reason, state) {
    const { kube, config, progress } = ctx;
    const from = progress.from;
    await ctx.rec.run('rollback', `Roll back ${config.namespace}/${config.service} to ${from ?? '(nothing)'}`, async () => {
        const svc = await readService(kube, config, ctx.signal);
        const selecting = svc === undefined || !hasColour(svc) ? undefined : blueGreenState(svc);
        if (from !== undefined && selecting !== undefined && selecting.active === progress.target) {
            await rollback(kube, { ...selecting, previous: from, previousRevision: progress.fromRevision }, {
                reason, timeoutMs: remaining(ctx), logger: ctx.logger, now: ctx.now, ...(ctx.signal === undefined ? {} : { signal: ctx.signal }),
            });
        }
        else if (from !== undefined && ctx.route.weighted) {
            await ctx.route.settle(from, ctx.signal);
        }
        await patchService(kube, config, {
            [ANNOTATIONS.progress]: null,
            [ANNOTATIONS.failedColour]: progress.target,
            [ANNOTATIONS.failedRevision]: progress.revision,
            [ANNOTATIONS.rolledBackAt]: new Date(ctx.now()).toISOString(),
            [ANNOTATIONS.rollbackReason]: reason.slice(0, 1024),
        }, undefined, ctx.signal);
        // A first deploy has nothing to fall back on: its pods stay for inspection, unrouted only if never switched.
        if (from !== undefined) {
            const ref = deploymentRef(config.namespace, deploymentName(ctx.base, progress.target));
            if ((await kube.find(ref, ctx.signal)) !== undefined) {
                ctx.signal?.throwIfAborted();
                await kube.mergePatch(ref, { spec: { replicas: 0 } });
            }
        }
        if (progress.deploymentId !== undefined)
            await ctx.hooks.tracker?.finish(progress.deploymentId, state, reason.slice(0, 140));
    });
}
function outcome(result, config, rec, fields) {
    return {
        result,
        namespace: config.namespace,
        service: config.service,
        activeColour: undefined,
        previousColour: undefined,
        revision: undefined,
        deploymentId: undefined,
        findings: [],
        ...fields,
        steps: rec.steps,
        analyses: rec.analyses,
    };
}
async function namespaceExists(kube, namespace, signal) {
    try {
        return (await kube.find({ apiVersion: 'v1', kind: 'Namespace', name: namespace }, signal)) !== undefined;
    }
    catch (error) {
        // A deployer confined to its namespace may not read Namespaces; the apply will tell.
        if (isForbidden(error))
            return true;
        throw error;
    }
}
function planText(rendered, entries, target, from, steps, route, config, analysed) {
    const then = analysed ? ', then analyse' : '';
    const lines = [formatPlan(entries), '', `Then, for ${config.namespace}/${config.service} (${route.id}):`];
    lines.push(`  wait until Deployment ${rendered.deployment.metadata.name} has ${rendered.replicas} ready replicas and Service ${colourServiceName(config.service, target)} lists them all as ready endpoints`);
    for (const w of steps) {
        if (w < 100)
            lines.push(`  shift ${w}% of ${route.id} traffic to ${target}${then}`);
        else
            lines.push(`  switch Service ${config.service} selector ${from === undefined ? '' : `${from} → `}${target}${route.weighted ? ` and settle ${route.id} on ${target}` : ''}${then}`);
    }
    if (from !== undefined)
        lines.push(config.scaleDownDelayMs === 0 ? `  scale ${from} down at once` : `  keep ${from} warm for ${Math.round(config.scaleDownDelayMs / 1000)} s, then scale it down`);
    return lines.join('\n');
}
/**
 * Work under a lock stops when the lock's signal aborts; it then fails with the signal's reason
 * (the lock was lost, and why) rather than with whichever request the abort happened to cut short.
 */
async function whileHeld(signal, work) {
    try {
        return await work();
    }
    catch (error) {
        if (signal?.aborted === true && signal.reason instanceof Error && error !== signal.reason)
            throw signal.reason;
        throw error;
    }
}
/** action: deploy. */
function deploy(config, deps) {
    return whileHeld(deps.signal, () => deployHeld(config, deps));
}
async function deployHeld(config, deps) {
    const { kube, logger } = deps;
    const now = deps.now ?? Date.now;
    const hooks = deps.hooks ?? {};
    const rec = new Recorder(now, logger);
    const deadline = now() + config.timeoutMs;
    const route = createRoute(kube, config, config.route);
    let live = await readService(kube, config, deps.signal);
    let state = hasColour(live) ? blueGreenState(live) : undefined;
    const colourLabel = state?.colourLabel ?? 'color';
    const probe = render({ namespace: config.namespace, service: config.service, manifests: config.manifests, live, colourLabel, target: 'blue', serving: 'blue' }, config.route.name);
    const revision = probe.revision;
    // An unfinished deploy is dealt with by the policy, never guessed at. `resuming` is the one this
    // run carries on (on-interrupted: resume, same revision); any other is undone first.
    let resuming;
    const interrupted = state?.progress;
    if (interrupted !== undefined && state !== undefined) {
        if (interrupted.phase === 'paused') {
            if (interrupted.revision === revision) {
                logger.notice(`${config.namespace}/${config.service}: revision ${revision} is already deployed to ${interrupted.target} and waiting for promotion`);
                return outcome('paused', config, rec, { activeColour: state.active, previousColour: state.previous, revision, deploymentId: interrupted.deploymentId });
            }
            throw new src/* ConfigurationError */.j1(`${config.namespace}/${config.service}: revision ${interrupted.revision} (${interrupted.target}, by ${interrupted.run}) is waiting for promotion; run this action with action: promote or action: abort before deploying ${revision}`, { input: 'action' });
        }
        const same = interrupted.revision === revision;
        const policy = config.onInterrupted;
        if (policy === 'fail') {
            throw new src/* ConfigurationError */.j1(`${config.namespace}/${config.service}: a deploy of ${interrupted.revision} to ${interrupted.target} by ${interrupted.run} stopped at ${interrupted.phase} (step ${interrupted.step + 1} of ${interrupted.steps.length}) and on-interrupted is 'fail'; run action: abort, or set on-interrupted to 'rollback' or 'resume'`, { input: 'on-interrupted' });
        }
        if (policy === 'resume' && same && !config.dryRun) {
            resuming = interrupted;
            logger.notice(`${config.namespace}/${config.service}: resuming the interrupted deploy of ${revision} to ${interrupted.target} (by ${interrupted.run}) at ${interrupted.phase}, step ${Math.max(1, interrupted.step + 1)} of ${interrupted.steps.length}`);
        }
        else if (!config.dryRun) {
            logger.notice(`${config.namespace}/${config.service}: a deploy of ${interrupted.revision} to ${interrupted.target} by ${interrupted.run} was interrupted at ${interrupted.phase}; ${policy === 'resume' ? 'it carried another revision, so ' : ''}rolling it back first`);
            // The interrupted run's traffic moved along the route it recorded, whatever this run was given.
            const recorded = createRoute(kube, config, recordedRoute(state, config));
            const ctx = {
                kube, logger, rec, now, signal: deps.signal, config, hooks, route: recorded, colourLabel,
                identity: state.labels, base: state.deploymentName, replicas: 1, progress: interrupted, deadline,
            };
            await undo(ctx, `interrupted run ${interrupted.run} rolled back by ${config.runUrl}`, 'failure');
            live = await readService(kube, config, deps.signal);
            state = hasColour(live) ? blueGreenState(live) : undefined;
        }
    }
    const serving = state?.active;
    const target = resuming !== undefined ? resuming.target : serving === undefined ? 'blue' : otherColour(serving);
    const from = resuming !== undefined ? resuming.from : serving;
    const rendered = render({
        namespace: config.namespace, service: config.service, manifests: config.manifests, live, colourLabel, target, serving,
    }, config.route.name);
    const findings = preflight({
        deployment: rendered.deployment,
        where: rendered.source === undefined ? `Deployment ${rendered.deploymentName}` : `${rendered.source.file} (Deployment ${rendered.deploymentName})`,
        identity: rendered.identity,
        namespace: config.namespace,
        // The Service lives in it, so it exists.
        namespaceExists: live !== undefined || await namespaceExists(kube, config.namespace, deps.signal),
    }, config.preflight);
    for (const f of findings.filter((x) => x.level === 'warning'))
        logger.warning(`preflight ${f.rule}: ${f.message}`);
    const errors = findings.filter((f) => f.level === 'error');
    if (errors.length > 0) {
        throw new src/* ConfigurationError */.j1(`Preflight failed for ${config.namespace}/${config.service}; nothing was changed:\n${errors.map((f) => `- ${f.rule}: ${f.message}`).join('\n')}\n(Each rule can be set to warning or off through the 'preflight' input.)`, { input: 'manifests' });
    }
    const routeExists = await route.check(deps.signal).then(() => true, (error) => {
        if (error instanceof src/* ConfigurationError */.j1 && rendered.routeObjects.length > 0 && !/CRD|not serve/.test(error.message))
            return false;
        throw error;
    });
    // With nothing serving by colour yet there is nothing to shift from: the first deploy goes to 100 at once.
    const steps = route.weighted && from !== undefined ? config.steps : [100];
    if (!config.dryRun) {
        // Housekeeping only after the input has proven valid: a bad deploy changes nothing at all.
        // Under the lock nobody else writes the Service, so the copy read above is still current.
        await scaleDownExpiredOf(kube, config, live, { logger, now, ...(deps.signal === undefined ? {} : { signal: deps.signal }) });
        if (resuming === undefined && state?.progress === undefined && state?.activeRevision === revision) {
            const active = await kube.find(deploymentRef(config.namespace, deploymentName(rendered.deploymentName, state.active)), deps.signal);
            if ((active?.status?.readyReplicas ?? 0) >= rendered.replicas) {
                logger.notice(`${config.namespace}/${config.service}: revision ${revision} already serves on ${state.active}; nothing to deploy`);
                return outcome('unchanged', config, rec, { activeColour: state.active, previousColour: state.previous, revision, deploymentId: state.deploymentId, findings });
            }
        }
    }
    const objects = [
        ...rendered.others,
        rendered.colourServices.blue,
        rendered.colourServices.green,
        rendered.stable,
        ...(routeExists ? [] : rendered.routeObjects),
        rendered.deployment,
    ];
    if (config.dryRun) {
        // The server validates and admits every object (dryRun=All); the plan says what would change.
        await applyObjects(kube, objects, { dryRun: true, force: true, logger, ...(deps.signal === undefined ? {} : { signal: deps.signal }) });
        const entries = await planObjects(kube, objects, deps.signal === undefined ? {} : { signal: deps.signal });
        const plan = planText(rendered, entries, target, from, steps, route, config, hooks.analyse !== undefined);
        logger.info(plan);
        return outcome('planned', config, rec, { activeColour: serving, previousColour: from, revision, findings, plan });
    }
    // A resumed deploy keeps its GitHub deployment, even one that stopped before any traffic moved: none is left in progress forever.
    const deploymentId = resuming !== undefined
        ? resuming.deploymentId
        : await hooks.tracker?.start({ namespace: config.namespace, service: config.service, revision, colour: target });
    const startedAt = new Date(now()).toISOString();
    const ctx = {
        kube,
        logger,
        rec,
        now,
        signal: deps.signal,
        config,
        hooks,
        route,
        colourLabel,
        identity: rendered.identity,
        base: rendered.deploymentName,
        replicas: rendered.replicas,
        deadline,
        progress: resuming !== undefined ? { ...resuming, run: config.runUrl } : {
            run: config.runUrl, target, revision, from, fromRevision: state?.activeRevision, phase: 'rollout', step: -1, steps: [...steps], deploymentId, startedAt, updatedAt: startedAt,
        },
    };
    const previous = from === undefined ? undefined : await kube.find(deploymentRef(config.namespace, deploymentName(rendered.deploymentName, from)), deps.signal);
    try {
        const applied = await rec.run('apply', `Apply ${target} (${revision}) to ${config.namespace}`, async () => {
            // The record goes first when the Service exists, so a run that dies mid-apply is seen as interrupted.
            const record = {
                [ANNOTATIONS.progress]: progressText(ctx.progress),
                [ANNOTATIONS.deploymentName]: rendered.deploymentName === config.service ? null : rendered.deploymentName,
                [ANNOTATIONS.route]: route.id,
                [ANNOTATIONS.scaleDownAt]: null,
            };
            if (live !== undefined)
                await patchService(kube, config, record, undefined, deps.signal);
            const applied = await applyObjects(kube, objects, { force: true, logger, ...(deps.signal === undefined ? {} : { signal: deps.signal }) });
            if (live === undefined)
                await patchService(kube, config, record, undefined, deps.signal);
            return applied.find((r) => r.object.kind === 'Deployment' && r.object.metadata.name === rendered.deployment.metadata.name)?.object;
        });
        await rec.run('rollout', `Wait for ${rendered.deployment.metadata.name} to roll out`, async () => {
            try {
                await waitForRollout(kube, { namespace: config.namespace, name: rendered.deployment.metadata.name }, {
                    timeoutMs: remaining(ctx),
                    logger,
                    // The apply's answer is where the wait starts: no second read of what was just written.
                    ...(applied === undefined ? {} : { initial: applied }),
                    onProgress: (m) => logger.info(m),
                    ...(deps.signal === undefined ? {} : { signal: deps.signal }),
                });
            }
            catch (error) {
                if (error instanceof RolloutError)
                    throw new RolledBack(error.message);
                throw error;
            }
        });
        const preview = colourServiceName(config.service, target);
        await rec.run('ready-gate', `Wait until ${preview} has ${rendered.replicas} ready endpoints`, async () => {
            const pods = await waitForReadyPods(kube, config.namespace, { ...rendered.identity, [colourLabel]: target, [LABELS.revision]: revision }, rendered.replicas, {
                timeoutMs: remaining(ctx),
                logger,
                ...(deps.signal === undefined ? {} : { signal: deps.signal }),
            });
            await waitForServiceEndpoints(kube, { namespace: config.namespace, service: preview }, {
                minReady: rendered.replicas,
                pods,
                timeoutMs: remaining(ctx),
                logger,
                ...(deps.signal === undefined ? {} : { signal: deps.signal }),
            });
        });
        if (hooks.smokeTest !== undefined) {
            const smoke = hooks.smokeTest;
            await rec.run('smoke-test', `Smoke-test ${preview}`, async () => {
                const result = await smoke({ namespace: config.namespace, service: preview, colour: target, revision });
                if (!result.ok)
                    throw new RolledBack(`smoke test against ${preview} failed: ${result.detail}`);
                logger.info(`Smoke test passed: ${result.detail}`);
            });
        }
        const ended = await shiftTraffic(ctx, resuming?.step ?? -1, config.autoPromote);
        if (ended === 'paused') {
            return outcome('paused', config, rec, { activeColour: from ?? target, previousColour: from === undefined ? undefined : target, revision, deploymentId, findings });
        }
        await finishPromotion(ctx, previous?.spec?.replicas);
        return outcome('promoted', config, rec, { activeColour: target, previousColour: from, revision, deploymentId, findings });
    }
    catch (error) {
        const reason = await undoAfter(ctx, error);
        return outcome('rolled-back', config, rec, { activeColour: from, previousColour: target, revision, deploymentId, findings, reason });
    }
}
/**
 * After a failed step: put traffic back and return why. A lost lock means another run owns the
 * service now, so nothing is touched and the error goes up; so does an undo that fails, leaving
 * the recorded progress for the next run's on-interrupted policy.
 */
async function undoAfter(ctx, error) {
    if (ctx.signal?.aborted === true)
        throw error;
    const expected = error instanceof RolledBack;
    const reason = expected ? error.message : `failed: ${error instanceof Error ? error.message : String(error)}`;
    ctx.logger.error(`${ctx.config.namespace}/${ctx.config.service}: ${reason}`);
    try {
        await undo(ctx, reason, 'failure');
    }
    catch (undoError) {
        ctx.logger.error(`Rolling back ${ctx.config.namespace}/${ctx.config.service} failed too: ${undoError instanceof Error ? undoError.message : String(undoError)}; a re-run will find the deploy interrupted and apply on-interrupted`);
        throw expected ? undoError : error;
    }
    return reason;
}
async function inFlight(kube, config, action, signal) {
    const svc = await readService(kube, config, signal);
    if (svc === undefined)
        throw new src/* ConfigurationError */.j1(`Service ${config.namespace}/${config.service} does not exist, so there is nothing to ${action}`, { input: 'service' });
    const state = hasColour(svc) ? blueGreenState(svc) : undefined;
    if (state?.progress === undefined) {
        const what = action === 'promote' ? 'waiting for promotion' : 'in progress';
        const hint = action === 'promote' ? '; deploy with auto-promote: false first' : '';
        throw new src/* ConfigurationError */.j1(`${config.namespace}/${config.service} has no deploy ${what}, so there is nothing to ${action}${hint}`, { input: 'action' });
    }
    if (action === 'promote' && state.progress.phase !== 'paused') {
        throw new src/* ConfigurationError */.j1(`${config.namespace}/${config.service}: the deploy of ${state.progress.revision} by ${state.progress.run} is not waiting for promotion (it stopped at ${state.progress.phase}); re-run the deploy or abort it`, { input: 'action' });
    }
    return { state, progress: state.progress };
}
function contextFor(config, deps, state, progress, replicas) {
    const now = deps.now ?? Date.now;
    return {
        kube: deps.kube,
        logger: deps.logger,
        rec: new Recorder(now, deps.logger),
        now,
        signal: deps.signal,
        config,
        hooks: deps.hooks ?? {},
        // Promote and abort move traffic along the route the deploy recorded, not whatever this run was given.
        route: createRoute(deps.kube, config, recordedRoute(state, config)),
        colourLabel: state.colourLabel,
        identity: state.labels,
        base: state.deploymentName,
        replicas,
        progress,
        deadline: now() + config.timeoutMs,
    };
}
/** action: promote — the remaining steps of a deploy that paused for manual promotion. */
function promote(config, deps) {
    return whileHeld(deps.signal, () => promoteHeld(config, deps));
}
async function promoteHeld(config, deps) {
    const { state, progress } = await inFlight(deps.kube, config, 'promote', deps.signal);
    const target = await deps.kube.find(deploymentRef(config.namespace, deploymentName(state.deploymentName, progress.target)), deps.signal);
    if (target === undefined)
        throw new src/* ConfigurationError */.j1(`Deployment ${config.namespace}/${deploymentName(state.deploymentName, progress.target)} is gone; there is nothing to promote. Run action: abort, then deploy again`, { input: 'action' });
    const ctx = contextFor(config, deps, state, progress, target.spec?.replicas ?? 1);
    const previous = progress.from === undefined
        ? undefined
        : await deps.kube.find(deploymentRef(config.namespace, deploymentName(state.deploymentName, progress.from)), deps.signal);
    try {
        const first = progress.steps.findIndex((w, i) => i > progress.step && w === 100);
        await shiftTraffic(ctx, first === -1 ? progress.step + 1 : first, true);
        await finishPromotion(ctx, previous?.spec?.replicas);
        return outcome('promoted', config, ctx.rec, { activeColour: progress.target, previousColour: progress.from, revision: progress.revision, deploymentId: progress.deploymentId });
    }
    catch (error) {
        const reason = await undoAfter(ctx, error);
        return outcome('rolled-back', config, ctx.rec, { activeColour: progress.from, previousColour: progress.target, revision: progress.revision, deploymentId: progress.deploymentId, reason });
    }
}
/** action: abort — all traffic back on the colour that served before the deploy. */
function abort(config, deps, reason = 'aborted') {
    return whileHeld(deps.signal, () => abortHeld(config, deps, reason));
}
async function abortHeld(config, deps, reason) {
    const { state, progress } = await inFlight(deps.kube, config, 'abort', deps.signal);
    const ctx = contextFor(config, deps, state, progress, 1);
    await undo(ctx, `${reason} by ${config.runUrl}`, 'failure');
    return outcome('aborted', config, ctx.rec, { activeColour: progress.from, previousColour: progress.target, revision: progress.revision, deploymentId: progress.deploymentId, reason });
}
/** The route a deploy recorded on the Service: where its traffic moves, whatever this run was given. */
function recordedRoute(state, config) {
    return parseRouteId(state.routeId) ?? config.route;
}
/** action: status — what serves now, read-only. */
async function deploy_status(config, deps) {
    const svc = await readService(deps.kube, config, deps.signal);
    const state = svc !== undefined && hasColour(svc) ? blueGreenState(svc) : undefined;
    const rec = new Recorder(deps.now ?? Date.now, deps.logger);
    let weights;
    const spec = state === undefined ? undefined : recordedRoute(state, config);
    const route = spec === undefined || spec.method === 'service' ? undefined : createRoute(deps.kube, config, spec);
    if (route !== undefined) {
        weights = await route.weights(deps.signal).catch((error) => {
            if (errors_isNotFound(error) || error instanceof src/* ConfigurationError */.j1)
                return undefined;
            throw error;
        });
    }
    const split = weights === undefined ? undefined : Object.entries(weights).map(([colour, percent]) => `${colour} ${percent}%`).join(', ');
    return {
        ...outcome('status', config, rec, {
            activeColour: state?.active,
            previousColour: state?.previous,
            revision: state?.activeRevision,
            deploymentId: state?.deploymentId,
            // What the weighted route sends where: the one thing the selector does not tell.
            ...(split === undefined || route === undefined ? {} : { reason: `${route.id}: ${split}` }),
        }),
        state,
        weights,
    };
}

;// CONCATENATED MODULE: ./packages/bluegreen/src/index.ts











;// CONCATENATED MODULE: ./actions/bluegreen-deploy/src/lock-state.ts
const LOCK_STATE = 'bluegreen-locks';
function lockIdentity(context) {
    // The attempt distinguishes a re-run from the run it replaces: a dead attempt's lease is taken over only after its TTL.
    return context.runUrl === '' ? `local/${process.pid}` : `${context.runUrl}/attempts/${context.runAttempt}`;
}

;// CONCATENATED MODULE: ./actions/bluegreen-deploy/src/report.ts
// The job summary: what serves now, per namespace, and a mermaid timeline of every step.

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
const ICON = {
    promoted: '✅', unchanged: '🟰', 'rolled-back': '↩️', aborted: '⏹️', paused: '⏸️', planned: '📝', status: 'ℹ️',
};
function stepLabel(step) {
    const bits = [step.name];
    if (step.verdict !== undefined)
        bits.push(step.verdict);
    return bits.join(' — ').replaceAll(/[:;#]/g, ' ');
}
/** A gantt chart of the steps: one section per namespace, failed steps marked critical. */
function timeline(outcomes) {
    const all = outcomes.flatMap((o) => o.steps);
    if (all.length === 0)
        return undefined;
    const origin = Math.min(...all.map((s) => s.startedAt));
    const lines = ['gantt', '  title Blue/green steps (seconds from start)', '  dateFormat x', '  axisFormat %M:%S'];
    for (const o of outcomes) {
        if (o.steps.length === 0)
            continue;
        lines.push(`  section ${o.namespace}/${o.service}`);
        o.steps.forEach((s, i) => {
            const tag = s.verdict === 'fail' ? 'crit, ' : s.kind === 'shift' ? 'active, ' : '';
            const start = s.startedAt - origin;
            const end = Math.max(start + 1, s.endedAt - origin);
            lines.push(`  ${stepLabel(s)} :${tag}s${outcomes.indexOf(o)}_${i}, ${start}, ${end}`);
        });
    }
    return lines.join('\n');
}
/** Weight over time for one namespace, from the shift steps: what share the new colour had. */
function weightChart(outcome) {
    const shifts = outcome.steps.filter((s) => s.weight !== undefined && s.kind === 'shift');
    if (shifts.length < 2)
        return undefined;
    const origin = outcome.steps[0]?.startedAt ?? 0;
    const x = shifts.map((s) => `"${((s.endedAt - origin) / 1000).toFixed(1)}s"`).join(', ');
    const y = shifts.map((s) => String(s.weight ?? 0)).join(', ');
    return ['xychart-beta', `  title "${outcome.namespace}/${outcome.service}: % of traffic on the new colour"`, `  x-axis [${x}]`, '  y-axis "percent" 0 --> 100', `  line [${y}]`].join('\n');
}
function buildSummary(action, outcomes) {
    const s = new src/* SummaryBuilder */.CF();
    s.heading(`bluegreen-deploy: ${action}`, 2);
    s.table(['', 'Namespace', 'Service', 'Result', 'Active', 'Previous', 'Revision', 'Deployment', 'Reason'], outcomes.map((o) => [
        ICON[o.result],
        (0,src/* cell */.Hn)(o.namespace),
        (0,src/* cell */.Hn)(o.service),
        (0,src/* cell */.Hn)(o.result),
        (0,src/* cell */.Hn)(o.activeColour ?? '—'),
        (0,src/* cell */.Hn)(o.previousColour ?? '—'),
        (0,src/* cell */.Hn)(o.revision ?? '—'),
        (0,src/* cell */.Hn)(o.deploymentId === undefined ? '—' : String(o.deploymentId)),
        (0,src/* cell */.Hn)(o.reason ?? ''),
    ]));
    const chart = timeline(outcomes);
    if (chart !== undefined)
        s.mermaid(chart);
    for (const o of outcomes) {
        const weights = weightChart(o);
        if (weights !== undefined)
            s.mermaid(weights, 5);
    }
    const rows = outcomes.flatMap((o) => o.steps.map((st) => [(0,src/* cell */.Hn)(`${o.namespace}`), (0,src/* cell */.Hn)(st.name), (0,src/* cell */.Hn)(st.weight === undefined ? '' : `${st.weight}%`), (0,src/* cell */.Hn)(seconds(st.endedAt - st.startedAt)), (0,src/* cell */.Hn)(st.verdict ?? 'ok'), (0,src/* cell */.Hn)(st.detail ?? '')]));
    if (rows.length > 0)
        s.table(['Namespace', 'Step', 'Weight', 'Took', 'Verdict', 'Detail'], rows, { priority: 5 });
    for (const o of outcomes) {
        if (o.plan !== undefined)
            s.details(`Plan for ${o.namespace}/${o.service}`, `\`\`\`\n${o.plan}\n\`\`\``);
        const warnings = o.findings.filter((f) => f.level === 'warning');
        if (warnings.length > 0)
            s.details(`Preflight warnings for ${o.namespace}`, warnings.map((f) => `- **${f.rule}**: ${(0,src/* escapeMarkdown */.FV)(f.message)}`).join('\n'));
    }
    return s;
}
/** `step-timings` output: every step with its duration in seconds. */
function stepTimings(outcomes) {
    return JSON.stringify(outcomes.flatMap((o) => o.steps.map((s) => ({
        namespace: o.namespace,
        step: s.name,
        kind: s.kind,
        seconds: Number(((s.endedAt - s.startedAt) / 1000).toFixed(3)),
        ...(s.weight === undefined ? {} : { weight: s.weight }),
        ...(s.verdict === undefined ? {} : { verdict: s.verdict }),
    }))));
}

;// CONCATENATED MODULE: ./node_modules/string-argv/index.js

function parseArgsStringToArgv(value, env, file) {
    // ([^\s'"]([^\s'"]*(['"])([^\3]*?)\3)+[^\s'"]*) Matches nested quotes until the first space outside of quotes
    // [^\s'"]+ or Match if not a space ' or "
    // (['"])([^\5]*?)\5 or Match "quoted text" without quotes
    // `\3` and `\5` are a backreference to the quote style (' or ") captured
    var myRegexp = /([^\s'"]([^\s'"]*(['"])([^\3]*?)\3)+[^\s'"]*)|[^\s'"]+|(['"])([^\5]*?)\5/gi;
    var myString = value;
    var myArray = [];
    if (env) {
        myArray.push(env);
    }
    if (file) {
        myArray.push(file);
    }
    var match;
    do {
        // Each call to exec returns the next regex match as an array
        match = myRegexp.exec(myString);
        if (match !== null) {
            // Index 1 in the array is the captured group if it exists
            // Index 0 is the matched text, which we use if no captured group exists
            myArray.push(firstString(match[1], match[6], match[0]));
        }
    } while (match !== null);
    return myArray;
}
// Accepts any number of arguments, and returns the first one that is a string
// (even an empty string)
function firstString() {
    var args = [];
    for (var _i = 0; _i < arguments.length; _i++) {
        args[_i] = arguments[_i];
    }
    for (var i = 0; i < args.length; i++) {
        var arg = args[i];
        if (typeof arg === "string") {
            return arg;
        }
    }
}

;// CONCATENATED MODULE: ./actions/bluegreen-deploy/src/smoke.ts
// The smoke test against the new colour's Service, before any user traffic reaches it.


const fill = (template, p) => template.replaceAll('{service}', p.service).replaceAll('{namespace}', p.namespace).replaceAll('{color}', p.colour).replaceAll('{colour}', p.colour).replaceAll('{revision}', p.revision);
/**
 * `smoke-test` is either an http(s) URL, fetched until it answers 2xx, or a command, run with an
 * argument array (never a shell) with PIPELINE_PREVIEW_* in its environment. `{service}`,
 * `{namespace}`, `{color}` and `{revision}` are filled in in both.
 */
function smokeTest(spec, options) {
    return async (preview) => {
        const text = fill(spec.trim(), preview);
        if (/^https?:\/\//i.test(text)) {
            const attempts = options.attempts ?? 5;
            const doFetch = options.fetch ?? fetch;
            let last = '';
            for (let i = 1; i <= attempts; i++) {
                try {
                    const res = await doFetch(text, { signal: AbortSignal.timeout(Math.max(1000, Math.floor(options.timeoutMs / attempts))) });
                    await res.arrayBuffer();
                    if (res.status >= 200 && res.status < 300)
                        return { ok: true, detail: `GET ${text} answered ${res.status} (attempt ${i})` };
                    last = `HTTP ${res.status}`;
                }
                catch (error) {
                    last = error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : String(error);
                }
                if (i < attempts)
                    await new Promise((resolve) => setTimeout(resolve, 500 * i));
            }
            return { ok: false, detail: `GET ${text} failed ${attempts} times; last: ${last}` };
        }
        const [file, ...args] = parseArgsStringToArgv(text);
        if (file === undefined)
            return { ok: false, detail: 'the smoke-test command is empty' };
        const run = options.exec ?? src/* exec */.m0;
        let result;
        try {
            result = await run(file, args, {
                env: {
                    ...(options.env ?? process.env),
                    PIPELINE_PREVIEW_SERVICE: preview.service,
                    PIPELINE_PREVIEW_NAMESPACE: preview.namespace,
                    PIPELINE_PREVIEW_COLOR: preview.colour,
                    PIPELINE_PREVIEW_REVISION: preview.revision,
                },
                timeoutMs: options.timeoutMs,
            });
        }
        catch (error) {
            return { ok: false, detail: `cannot start ${file}: ${error instanceof Error ? error.message : String(error)}` };
        }
        const output = `${result.stdout}${result.stderr}`.trim().split('\n').slice(-5).join(' | ');
        return result.exitCode === 0
            ? { ok: true, detail: `${file} exited 0${output === '' ? '' : `: ${output}`}` }
            : { ok: false, detail: `${file} ${result.timedOut ? `timed out after ${options.timeoutMs} ms` : `exited ${String(result.exitCode ?? result.signal)}`}${output === '' ? '' : `: ${output}`}` };
    };
}

;// CONCATENATED MODULE: ./actions/bluegreen-deploy/src/waves.ts
// Which namespaces to deploy, in which order: one namespace, or the tenants of a tenants file
// (tenant-isolate's format; a tenant's namespace is its name) grouped into waves.



function waves_parse(text, where, input) {
    const doc = (0,dist/* parseDocument */.Tp)(text, { prettyErrors: false });
    if (!(0,dist/* isDocument */.wz)(doc) || doc.errors.length > 0)
        throw new src/* ConfigurationError */.j1(`${where} is not valid YAML (${doc.errors[0]?.code ?? 'parse error'})`, { input });
    return doc;
}
/** The tenant names of a tenants file: `tenants: [{ name: t1, … }, …]`. */
function tenantNames(text, workspace) {
    const source = readYamlInput(text, { workspace, input: 'tenants' });
    const doc = waves_parse(source.text, source.where, 'tenants');
    const value = doc.toJS();
    const list = value?.tenants;
    if (!Array.isArray(list) || list.length === 0)
        throw new src/* ConfigurationError */.j1(`${source.where} has no 'tenants' list; expected tenant-isolate's tenants file (tenants: [{ name: t1, … }])`, { input: 'tenants' });
    return list.map((t, i) => {
        const name = t?.name;
        if (typeof name !== 'string' || !/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(name))
            throw new src/* ConfigurationError */.j1(`${source.where}: tenants[${i}] needs a 'name' that is a namespace name`, { input: 'tenants' });
        return name;
    });
}
/**
 * `waves` is a YAML mapping, in order, from a wave's name to the tenants in it; `*` stands for
 * every tenant not named in an earlier wave. Without `waves`, all tenants form one wave.
 */
function planWaves(options) {
    if (options.tenants === undefined) {
        if (options.waves !== undefined)
            throw new src/* ConfigurationError */.j1("Input 'waves' needs 'tenants': the waves name tenants of a tenants file", { input: 'waves' });
        if (options.namespace === undefined)
            throw new src/* ConfigurationError */.j1("Input 'namespace' is required (or 'tenants', to deploy to every tenant's namespace)", { input: 'namespace' });
        return [{ name: 'all', namespaces: [options.namespace] }];
    }
    const names = tenantNames(options.tenants, options.workspace);
    if (options.waves === undefined)
        return [{ name: 'all', namespaces: names }];
    const doc = waves_parse(options.waves, "Input 'waves'", 'waves');
    if (!(0,dist/* isMap */.jh)(doc.contents))
        throw new src/* ConfigurationError */.j1("Input 'waves' must be a YAML mapping from wave name to tenants, such as 'canary: [t1]' and 'rest: [\"*\"]' on two lines", { input: 'waves' });
    const taken = new Set();
    const waves = [];
    for (const item of doc.contents.items) {
        const name = String(item.key?.value ?? item.key);
        const raw = item.value?.toJSON?.() ?? null;
        const members = Array.isArray(raw) ? raw.map(String) : typeof raw === 'string' ? [raw] : undefined;
        if (members === undefined || members.length === 0)
            throw new src/* ConfigurationError */.j1(`Input 'waves': wave '${name}' needs a list of tenants (or ["*"])`, { input: 'waves' });
        const namespaces = [];
        for (const m of members) {
            const picked = m === '*' ? names.filter((n) => !taken.has(n)) : [m];
            for (const n of picked) {
                if (!names.includes(n))
                    throw new src/* ConfigurationError */.j1(`Input 'waves': wave '${name}' names tenant '${n}', which is not in the tenants file; tenants are ${names.join(', ')}`, { input: 'waves' });
                if (taken.has(n) && m !== '*')
                    throw new src/* ConfigurationError */.j1(`Input 'waves': tenant '${n}' is in more than one wave`, { input: 'waves' });
                taken.add(n);
                namespaces.push(n);
            }
        }
        if (namespaces.length > 0)
            waves.push({ name, namespaces });
    }
    const left = names.filter((n) => !taken.has(n));
    if (left.length > 0)
        throw new src/* ConfigurationError */.j1(`Input 'waves' leaves tenants ${left.join(', ')} in no wave; add them, or end with a wave of ["*"]`, { input: 'waves' });
    return waves;
}

;// CONCATENATED MODULE: ./actions/bluegreen-deploy/src/action.ts
// bluegreen-deploy between its inputs and the blue/green library: which namespaces, the lock
// around each, the hooks (smoke test, analysis, GitHub Deployments), and what goes out.







async function loadDeployManifests(inputs, workspace, logger) {
    if (inputs.manifests.length === 0)
        throw new src/* ConfigurationError */.j1("Input 'manifests' is required for action: deploy: files, globs or a Kustomize directory holding the service's Deployment (and its Service)", { input: 'manifests' });
    const manifests = await loadManifests(inputs.manifests, { workspace, input: 'manifests' });
    if (inputs.images === undefined)
        return manifests;
    const overrides = parseImageOverrides(inputs.images, { input: 'images', requireDigest: inputs.requireDigest });
    const result = substituteImages(manifests, overrides);
    for (const s of result.substitutions)
        logger.info(`Image ${s.container}: ${s.from} → ${s.to}`);
    return result.manifests;
}
/** The lock is the first write in a namespace: where Namespaces cannot be read, a missing one shows up there as a 404 naming it. */
function isMissingNamespace(error, namespace) {
    const details = error instanceof KubeApiError ? error.statusObject?.details : undefined;
    return error instanceof KubeApiError && error.status === 404 && details?.kind === 'namespaces' && details.name === namespace;
}
/**
 * With tenants, every namespace must exist before the first wave starts: finding a missing tenant
 * only when its wave comes would leave the earlier waves deployed and the run half done. A
 * deployer that may not read Namespaces finds out at the lock instead.
 */
async function requireNamespaces(kube, waves, inputs) {
    const missing = [];
    for (const namespace of waves.flatMap((w) => w.namespaces)) {
        try {
            if ((await kube.find({ apiVersion: 'v1', kind: 'Namespace', name: namespace })) === undefined)
                missing.push(namespace);
        }
        catch (error) {
            if (isForbidden(error))
                return;
            throw error;
        }
    }
    if (missing.length > 0)
        throw missingNamespaces(missing, inputs);
}
function missingNamespaces(missing, inputs) {
    const one = missing.length === 1;
    const names = missing.map((n) => `'${n}'`).join(', ');
    const fix = inputs.tenants === undefined ? "or fix 'namespace'" : "or fix the tenants' names in 'tenants'";
    return new src/* ConfigurationError */.j1(`${one ? 'Namespace' : 'Namespaces'} ${names} ${one ? 'does' : 'do'} not exist, so there is nothing to ${inputs.action} there and nothing was changed; create ${one ? 'it' : 'them'} first (tenant-isolate does, with quota and policies), ${fix}`, { input: inputs.tenants === undefined ? 'namespace' : 'tenants' });
}
/**
 * The outputs and the job summary, from the namespaces that finished. A run that failed part-way
 * has no overall result: `results` says how far it got.
 */
function publish(inputs, deps, outcomes, requests, completed) {
    const last = outcomes.at(-1);
    const worst = outcomes.find((o) => o.result === 'rolled-back') ?? last;
    deps.setOutputs({
        result: completed ? worst?.result : undefined,
        'active-color': last?.activeColour,
        'previous-color': last?.previousColour,
        revision: last?.revision,
        'deployment-id': last?.deploymentId,
        'environment-url': inputs.environmentUrl,
        'step-timings': stepTimings(outcomes),
        results: JSON.stringify(outcomes.map((o) => ({
            namespace: o.namespace, result: o.result, active: o.activeColour ?? null, revision: o.revision ?? null, reason: o.reason ?? null,
        }))),
        'api-requests': requests,
    });
    if (inputs.summary)
        deps.writeSummary(buildSummary(inputs.action, outcomes));
}
/** Runs one action (deploy, promote, abort or status) over every namespace, wave by wave. */
async function runBlueGreen(inputs, deps) {
    const { context, logger } = deps;
    const steps = parseTrafficSteps(inputs.trafficSteps);
    const preflightLevels = parsePreflight(inputs.preflight, inputs.requireDigest);
    const waves = planWaves({ namespace: inputs.namespace, tenants: inputs.tenants, waves: inputs.waves, workspace: context.workspace });
    const analysis = inputs.analysis === undefined ? undefined : parseAnalysisConfig(inputs.analysis, context.workspace);
    if (analysis?.prometheusAuth !== undefined)
        deps.mask(analysis.prometheusAuth);
    const manifests = inputs.action === 'deploy' ? await loadDeployManifests(inputs, context.workspace, logger) : [];
    const route = { method: inputs.routeMethod, ...(inputs.route === undefined ? {} : { name: inputs.route }) };
    let requests = 0;
    const { client: kube } = await KubeClient.fromConfig({
        ...(inputs.kubeconfig === undefined ? {} : { kubeconfig: inputs.kubeconfig }),
        ...(inputs.context === undefined ? {} : { context: inputs.context }),
        mask: deps.mask,
        workspace: context.workspace,
        logger,
        onRequest: () => {
            requests += 1;
        },
    });
    const hooks = {};
    if (inputs.smokeTest !== undefined)
        hooks.smokeTest = smokeTest(inputs.smokeTest, { timeoutMs: Math.min(inputs.timeout, 120_000) });
    if (analysis !== undefined) {
        const { PrometheusClient, parsePrometheusAuth } = await Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 2605));
        const auth = parsePrometheusAuth(analysis.prometheusAuth);
        if (auth?.kind === 'bearer')
            deps.mask(auth.token);
        if (auth?.kind === 'basic')
            deps.mask(auth.password);
        const timeoutMs = Math.min(10_000, Math.max(3000, analysis.interval));
        const source = new PrometheusClient({ url: analysis.prometheusUrl, ...(auth === undefined ? {} : { auth }), timeoutMs, logger });
        hooks.analyse = async (request) => (await analyseColour({
            namespace: request.namespace,
            identity: request.identity,
            colourLabel: request.colourLabel,
            newColour: request.newColour,
            baselineColour: request.baselineColour,
            deployment: request.deployment,
            ...(request.baselineIdleSince === undefined ? {} : { baselineIdleSince: request.baselineIdleSince }),
        }, { ...analysis, intervalMs: analysis.interval, durationMs: analysis.duration, workspace: context.workspace }, { kube, source, logger, ...(request.signal === undefined ? {} : { signal: request.signal }) })).analysis;
    }
    if (inputs.environment !== undefined && inputs.githubToken === undefined) {
        logger.warning(`'environment' is ${inputs.environment} but 'github-token' is empty, so no GitHub deployment is recorded; pass github-token: \${{ github.token }} (with deployments: write)`);
    }
    if (inputs.githubToken !== undefined && inputs.environment !== undefined && !inputs.dryRun) {
        const [{ createGitHubClient }, { githubTracker }] = await Promise.all([Promise.all(/* import() */[__nccwpck_require__.e(8), __nccwpck_require__.e(508)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6508)), Promise.all(/* import() */[__nccwpck_require__.e(8), __nccwpck_require__.e(647)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6647))]);
        const github = createGitHubClient({ token: inputs.githubToken, baseUrl: context.apiUrl, logger });
        const images = Object.fromEntries(manifests.flatMap((m) => (podSpecOf(m.object)?.spec['containers'] ?? [])
            .filter((c) => c.image !== undefined).map((c) => [c.name, c.image])));
        hooks.tracker = githubTracker(github, context, logger, {
            environment: inputs.environment, environmentUrl: inputs.environmentUrl, images, perNamespace: inputs.tenants !== undefined,
        });
    }
    const identity = lockIdentity(context);
    const held = [];
    const outcomes = [];
    let stopped;
    let completed = false;
    try {
        // One namespace needs no extra request: its lock, or its preflight in a dry run, finds a missing namespace before any change.
        if (inputs.action !== 'status' && waves.flatMap((w) => w.namespaces).length > 1)
            await requireNamespaces(kube, waves, inputs);
        for (const wave of waves) {
            if (stopped !== undefined)
                break;
            if (waves.length > 1)
                logger.info(`Wave '${wave.name}': ${wave.namespaces.join(', ')}`);
            for (const namespace of wave.namespaces) {
                const config = {
                    namespace, service: inputs.service, route, timeoutMs: inputs.timeout, scaleDownDelayMs: inputs.scaleDownDelay, runUrl: context.runUrl || identity,
                };
                const locking = inputs.action !== 'status' && !inputs.dryRun;
                const lock = new LeaseLock(kube, {
                    namespace,
                    name: leaseName(inputs.service),
                    identity,
                    leaseDurationSeconds: Math.max(1, Math.round(inputs.lockTtl / 1000)),
                    logger,
                    labels: { 'app.kubernetes.io/managed-by': 'pipeline', 'pipeline.dev/service': inputs.service },
                });
                if (locking) {
                    try {
                        await lock.acquire({ waitMs: inputs.lockWait ? inputs.timeout : 0 });
                    }
                    catch (error) {
                        if (isMissingNamespace(error, namespace))
                            throw missingNamespaces([namespace], inputs);
                        if (error instanceof LockHeldError) {
                            throw new src/* ConfigurationError */.j1(`${error.message}. Another run is deploying ${namespace}/${inputs.service}; ${inputs.lockWait ? `waited ${Math.round(inputs.timeout / 1000)} s ('timeout')` : "set 'lock-wait: true' to wait for it"}`, { input: 'lock-wait' });
                        }
                        throw error;
                    }
                    held.push({ namespace, service: inputs.service, identity });
                    deps.saveState(LOCK_STATE, JSON.stringify(held));
                }
                let result;
                try {
                    const run = { kube, logger, hooks, ...(locking ? { signal: lock.lost } : {}) };
                    switch (inputs.action) {
                        case 'deploy':
                            result = await deploy({
                                ...config, manifests, steps, preflight: preflightLevels, autoPromote: inputs.autoPromote, onInterrupted: inputs.onInterrupted, dryRun: inputs.dryRun,
                            }, run);
                            break;
                        case 'promote':
                            result = await promote(config, run);
                            break;
                        case 'abort':
                            result = await abort(config, run);
                            break;
                        case 'status':
                            result = await deploy_status(config, run);
                            break;
                    }
                }
                catch (error) {
                    // A lost lock is an outcome a user must understand (another run may own the service now), not a bug.
                    if (locking && lock.lost.aborted && !(error instanceof src/* ConfigurationError */.j1)) {
                        const why = lock.lost.reason instanceof Error ? lock.lost.reason.message : String(lock.lost.reason);
                        throw new src/* ConfigurationError */.j1(`${namespace}/${inputs.service}: stopped because the deploy lock was lost (${why}); nothing more was changed. Re-run to resume or roll back (on-interrupted), or raise 'lock-ttl' if renewals are slow`, { input: 'lock-ttl' });
                    }
                    throw error;
                }
                finally {
                    if (locking) {
                        // What was deployed stays deployed: a release that fails leaves the lease to expire after lock-ttl.
                        await lock.release().catch((error) => {
                            logger.warning(`Could not release the lock on ${namespace}/${inputs.service} (${error instanceof Error ? error.message : String(error)}); it expires after lock-ttl`);
                        });
                    }
                }
                outcomes.push(result);
                logger.info(`${namespace}/${inputs.service}: ${result.result}${result.reason === undefined ? '' : ` (${result.reason})`}`);
                if (result.result === 'rolled-back')
                    stopped = `${namespace} rolled back`;
            }
        }
        completed = true;
    }
    finally {
        kube.close();
        // A run that fails part-way still reports the namespaces it finished; one that changed nothing reports only its error.
        if (completed || outcomes.length > 0)
            publish(inputs, deps, outcomes, requests, completed);
    }
    if (stopped !== undefined) {
        const skipped = waves.flatMap((w) => w.namespaces).filter((n) => !outcomes.some((o) => o.namespace === n));
        if (skipped.length > 0)
            logger.warning(`Stopped after ${stopped}; not deployed: ${skipped.join(', ')}`);
    }
    return outcomes;
}


/***/ }),

/***/ 1898:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ inputSchema)
/* harmony export */ });
/* harmony import */ var _pipeline_core__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(602);

/** Every input bluegreen-deploy/action.yml declares; the metadata test checks the two agree. */
const inputSchema = {
    kubeconfig: (0,_pipeline_core__WEBPACK_IMPORTED_MODULE_0__/* .string */ .Yj)({ secret: true }),
    context: (0,_pipeline_core__WEBPACK_IMPORTED_MODULE_0__/* .string */ .Yj)(),
    namespace: (0,_pipeline_core__WEBPACK_IMPORTED_MODULE_0__/* .string */ .Yj)({ pattern: /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/, expect: 'a namespace name (DNS-1123 label)' }),
    service: (0,_pipeline_core__WEBPACK_IMPORTED_MODULE_0__/* .string */ .Yj)({ required: true, pattern: /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/, expect: 'the name of the stable Service (DNS-1123 label)' }),
    manifests: (0,_pipeline_core__WEBPACK_IMPORTED_MODULE_0__/* .list */ .p_)(),
    images: (0,_pipeline_core__WEBPACK_IMPORTED_MODULE_0__/* .string */ .Yj)(),
    'require-digest': (0,_pipeline_core__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zM)({ default: false }),
    'route-method': (0,_pipeline_core__WEBPACK_IMPORTED_MODULE_0__/* .oneOf */ .yL)(['service', 'gateway-api', 'ingress-nginx'], { default: 'service' }),
    route: (0,_pipeline_core__WEBPACK_IMPORTED_MODULE_0__/* .string */ .Yj)(),
    'traffic-steps': (0,_pipeline_core__WEBPACK_IMPORTED_MODULE_0__/* .string */ .Yj)({ default: '10,50,100' }),
    analysis: (0,_pipeline_core__WEBPACK_IMPORTED_MODULE_0__/* .string */ .Yj)(),
    'smoke-test': (0,_pipeline_core__WEBPACK_IMPORTED_MODULE_0__/* .string */ .Yj)(),
    'scale-down-delay': (0,_pipeline_core__WEBPACK_IMPORTED_MODULE_0__/* .duration */ .p0)({ default: '10m', max: '7d' }),
    action: (0,_pipeline_core__WEBPACK_IMPORTED_MODULE_0__/* .oneOf */ .yL)(['deploy', 'promote', 'abort', 'status'], { default: 'deploy' }),
    'auto-promote': (0,_pipeline_core__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zM)({ default: true }),
    'on-interrupted': (0,_pipeline_core__WEBPACK_IMPORTED_MODULE_0__/* .oneOf */ .yL)(['rollback', 'resume', 'fail'], { default: 'rollback' }),
    preflight: (0,_pipeline_core__WEBPACK_IMPORTED_MODULE_0__/* .string */ .Yj)(),
    timeout: (0,_pipeline_core__WEBPACK_IMPORTED_MODULE_0__/* .duration */ .p0)({ default: '15m', min: '1s', max: '6h' }),
    'lock-ttl': (0,_pipeline_core__WEBPACK_IMPORTED_MODULE_0__/* .duration */ .p0)({ default: '60s', min: '1s', max: '1h' }),
    'lock-wait': (0,_pipeline_core__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zM)({ default: true }),
    'github-token': (0,_pipeline_core__WEBPACK_IMPORTED_MODULE_0__/* .string */ .Yj)({ secret: true }),
    environment: (0,_pipeline_core__WEBPACK_IMPORTED_MODULE_0__/* .string */ .Yj)(),
    'environment-url': (0,_pipeline_core__WEBPACK_IMPORTED_MODULE_0__/* .string */ .Yj)(),
    tenants: (0,_pipeline_core__WEBPACK_IMPORTED_MODULE_0__/* .string */ .Yj)(),
    waves: (0,_pipeline_core__WEBPACK_IMPORTED_MODULE_0__/* .string */ .Yj)(),
    'dry-run': (0,_pipeline_core__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zM)({ default: false }),
    summary: (0,_pipeline_core__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zM)({ default: true }),
};


/***/ }),

/***/ 2798:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _pipeline_core__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(602);
/* harmony import */ var _action_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(5984);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(1898);



await (0,_pipeline_core__WEBPACK_IMPORTED_MODULE_0__/* .runAction */ .Cs)(async (logger) => {
    const inputs = (0,_pipeline_core__WEBPACK_IMPORTED_MODULE_0__/* .parseInputs */ .TL)(_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .inputSchema */ .i, { mask: (s) => (0,_pipeline_core__WEBPACK_IMPORTED_MODULE_0__/* .maskSecret */ .$l)(s) });
    const outcomes = await (0,_action_js__WEBPACK_IMPORTED_MODULE_1__/* .runBlueGreen */ .l)(inputs, {
        context: (0,_pipeline_core__WEBPACK_IMPORTED_MODULE_0__/* .readRunContext */ .$p)(),
        logger,
        mask: (s) => (0,_pipeline_core__WEBPACK_IMPORTED_MODULE_0__/* .maskSecret */ .$l)(s),
        setOutputs: (outputs) => (0,_pipeline_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutputs */ .Gl)(outputs),
        writeSummary: (summary) => summary.write(),
        saveState: (name, value) => (0,_pipeline_core__WEBPACK_IMPORTED_MODULE_0__/* .saveState */ .LZ)(name, value),
    });
    const failed = outcomes.filter((o) => o.result === 'rolled-back');
    if (failed.length > 0) {
        logger.error(`Rolled back: ${failed.map((o) => `${o.namespace}/${o.service} (${o.reason ?? 'failed'})`).join('; ')}`);
        process.exitCode = 1;
    }
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 602:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  j1: () => (/* reexport */ ConfigurationError),
  CF: () => (/* reexport */ SummaryBuilder),
  zM: () => (/* reexport */ inputs_boolean),
  Hn: () => (/* reexport */ cell),
  p0: () => (/* reexport */ duration),
  gJ: () => (/* reexport */ errorMessage),
  FV: () => (/* reexport */ escapeMarkdown),
  m0: () => (/* reexport */ exec),
  LO: () => (/* reexport */ inputVariable),
  p_: () => (/* reexport */ list),
  $l: () => (/* reexport */ maskSecret),
  ai: () => (/* reexport */ number),
  yL: () => (/* reexport */ oneOf),
  E9: () => (/* reexport */ parseDuration),
  TL: () => (/* reexport */ parseInputs),
  $p: () => (/* reexport */ readRunContext),
  z1: () => (/* reexport */ resolveInWorkspace),
  Cs: () => (/* reexport */ runAction),
  LZ: () => (/* reexport */ saveState),
  Gl: () => (/* reexport */ setOutputs),
  yy: () => (/* reexport */ sleep),
  Yj: () => (/* reexport */ string),
  oh: () => (/* reexport */ toRepoRelative),
  Ck: () => (/* reexport */ truncateUtf8)
});

// UNUSED EXPORTS: MemoryLogger, STEP_SUMMARY_LIMIT_BYTES, camelCase, escapeData, escapeProperty, formatCommand, formatFileCommand, getState, isConfigurationError, issueCommand, issueFileCommand, pullRequestOf, runnerLogger

;// CONCATENATED MODULE: ./packages/core/src/errors.ts
/**
 * A mistake the user can fix: a bad input, an unreadable report, a policy that
 * does not parse. Anything else that escapes is a bug in the suite.
 */
class ConfigurationError extends Error {
    name = 'ConfigurationError';
    /** Repository-relative or absolute file the problem is in, when there is one. */
    file;
    /** 1-based line within `file`, when known. */
    line;
    /** The action input the problem came from, when there is one. */
    input;
    constructor(message, where = {}) {
        super(message, where.cause === undefined ? undefined : { cause: where.cause });
        this.file = where.file;
        this.line = where.line;
        this.input = where.input;
    }
}
function isConfigurationError(error) {
    return error instanceof ConfigurationError;
}
function errorMessage(error) {
    if (error instanceof Error)
        return error.message;
    return String(error);
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
;// CONCATENATED MODULE: ./packages/core/src/commands.ts




/**
 * The runner's workflow-command protocol, written directly rather than through
 * @actions/core: that package loads an HTTP client (undici, ~0.9 MB) for OIDC at
 * import time, which alone doubled every action's cold start. The escaping and the
 * file-command heredoc format follow actions/runner exactly.
 */
function escapeData(value) {
    return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(value) {
    return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
function formatCommand(command, properties, message) {
    const props = Object.entries(properties)
        .filter((entry) => entry[1] !== undefined && entry[1] !== '')
        .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
        .join(',');
    return `::${command}${props ? ` ${props}` : ''}::${escapeData(message)}`;
}
function issueCommand(command, properties, message, write = (l) => process.stdout.write(l)) {
    write(`${formatCommand(command, properties, message)}${external_node_os_.EOL}`);
}
/** `name<<DELIMITER` form, which carries any value, newlines included, safely. */
function formatFileCommand(name, value) {
    const delimiter = `ghadelimiter_${(0,external_node_crypto_.randomUUID)()}`;
    if (name.includes(delimiter) || value.includes(delimiter))
        throw new Error('Unexpected input: the value contains the delimiter');
    return `${name}<<${delimiter}${external_node_os_.EOL}${value}${external_node_os_.EOL}${delimiter}${external_node_os_.EOL}`;
}
/** Appends to a runner file command (`GITHUB_OUTPUT`, `GITHUB_STATE`, `GITHUB_ENV`). */
function issueFileCommand(variable, name, value, env = process.env) {
    const path = env[variable];
    if (!path)
        return false;
    if (!(0,external_node_fs_.existsSync)(path))
        throw new ConfigurationError(`The runner's ${variable} file '${path}' does not exist.`);
    (0,external_node_fs_.appendFileSync)(path, formatFileCommand(name, value), 'utf8');
    return true;
}

;// CONCATENATED MODULE: ./packages/core/src/runner.ts


function annotation(p) {
    if (!p)
        return {};
    // The runner rejects column ranges that span lines, so only send them for one-line spans.
    const oneLine = p.endLine === undefined || p.endLine === p.startLine;
    return {
        title: p.title,
        file: p.file,
        line: p.startLine,
        endLine: p.endLine,
        col: oneLine ? p.startColumn : undefined,
        endColumn: oneLine ? p.endColumn : undefined,
    };
}
/** The Logger that speaks the runner's workflow-command protocol on stdout. */
function runnerLogger(write = (t) => process.stdout.write(t)) {
    return {
        debug: (message) => issueCommand('debug', {}, message, write),
        info: (message) => write(`${message}${external_node_os_.EOL}`),
        notice: (message, properties) => issueCommand('notice', annotation(properties), message, write),
        warning: (message, properties) => issueCommand('warning', annotation(properties), message, write),
        error: (message, properties) => issueCommand('error', annotation(properties), message, write),
        async group(name, fn) {
            issueCommand('group', {}, name, write);
            try {
                return await fn();
            }
            finally {
                issueCommand('endgroup', {}, '', write);
            }
        },
    };
}
/** Writes step outputs; `undefined` values are skipped so consumers see an empty output, not "undefined". */
function setOutputs(outputs, env = process.env) {
    for (const [name, value] of Object.entries(outputs)) {
        if (value === undefined)
            continue;
        const text = typeof value === 'string' ? value : String(value);
        if (!issueFileCommand('GITHUB_OUTPUT', name, text, env)) {
            // Older runners without GITHUB_OUTPUT still read the deprecated command.
            issueCommand('set-output', { name }, text);
        }
    }
}
/** Saves a value for this action's `post:` step, which reads it back as `STATE_<name>`. */
function saveState(name, value, env = process.env) {
    if (!issueFileCommand('GITHUB_STATE', name, value, env))
        issueCommand('save-state', { name }, value);
}
function getState(name, env = process.env) {
    return env[`STATE_${name}`] ?? '';
}

;// CONCATENATED MODULE: ./packages/core/src/mask.ts

/**
 * Registers a secret with the runner. Multi-line secrets (kubeconfigs, PEM keys) are
 * masked line by line too, since the runner matches each log line separately, and
 * their base64 forms are masked because kubeconfigs often carry them that way.
 */
function maskSecret(secret, register = (s) => issueCommand('add-mask', {}, s)) {
    const value = secret.trim();
    if (value === '')
        return;
    const seen = new Set();
    const add = (s) => {
        // Very short fragments would blank out ordinary words all over the log.
        if (s.length < 4 || seen.has(s))
            return;
        seen.add(s);
        register(s);
    };
    add(value);
    for (const line of value.split(/\r?\n/))
        add(line.trim());
    add(Buffer.from(value, 'utf8').toString('base64'));
}

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
;// CONCATENATED MODULE: ./packages/core/src/exec.ts

/**
 * Runs a program with an argument array and never through a shell, so no argument
 * can be reinterpreted as shell syntax. Rejects only when the program cannot start.
 */
const exec = (file, args, options = {}) => new Promise((resolve, reject) => {
    const max = options.maxBufferBytes ?? 64 * 1024 * 1024;
    const child = (0,external_node_child_process_namespaceObject.spawn)(file, [...args], {
        cwd: options.cwd,
        env: options.env ?? process.env,
        shell: false,
        stdio: ['pipe', 'pipe', 'pipe'],
        signal: options.signal,
    });
    const out = [];
    const err = [];
    let outBytes = 0;
    let errBytes = 0;
    let truncated = false;
    let timedOut = false;
    child.stdout.on('data', (chunk) => {
        if (outBytes + chunk.length > max)
            truncated = true;
        else
            out.push(chunk);
        outBytes += chunk.length;
    });
    child.stderr.on('data', (chunk) => {
        if (errBytes + chunk.length > max)
            truncated = true;
        else
            err.push(chunk);
        errBytes += chunk.length;
    });
    let timer;
    let killer;
    if (options.timeoutMs !== undefined) {
        timer = setTimeout(() => {
            timedOut = true;
            child.kill('SIGTERM');
            killer = setTimeout(() => child.kill('SIGKILL'), 5000);
            killer.unref();
        }, options.timeoutMs);
    }
    child.on('error', (error) => {
        clearTimeout(timer);
        clearTimeout(killer);
        reject(error);
    });
    child.on('close', (exitCode, signal) => {
        clearTimeout(timer);
        clearTimeout(killer);
        resolve({
            exitCode,
            signal,
            stdout: Buffer.concat(out).toString('utf8'),
            stderr: Buffer.concat(err).toString('utf8'),
            timedOut,
            truncated,
        });
    });
    child.stdin.on('error', () => {
        // The child may exit before reading its input; that is reported through the exit code.
    });
    child.stdin.end(options.input ?? '');
});

;// CONCATENATED MODULE: ./packages/core/src/summary.ts

/** GitHub refuses to show a step summary larger than this, and shows nothing at all then. */
const STEP_SUMMARY_LIMIT_BYTES = 1024 * 1024;
/** Escapes text for a Markdown table cell: pipes split cells and newlines end rows. */
function cell(value) {
    if (value === undefined)
        return '';
    return String(value).replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}
/** Escapes the characters Markdown and HTML would interpret in inline text. */
function escapeMarkdown(text) {
    return text.replace(/[\\`*_{}[\]<>()#+!|~]/g, (c) => `\\${c}`);
}
const bytes = (s) => Buffer.byteLength(s, 'utf8');
/**
 * Builds Markdown that always fits a byte budget. When it does not fit, rows of
 * the least important tables go first, then whole low-priority blocks, and each
 * cut is replaced by a note saying how much was left out.
 */
class SummaryBuilder {
    blocks = [];
    heading(text, level = 2, priority = 0) {
        return this.text(`${'#'.repeat(level)} ${text}`, priority);
    }
    text(markdown, priority = 1) {
        this.blocks.push({ kind: 'text', markdown, priority });
        return this;
    }
    table(headers, rows, options = {}) {
        this.blocks.push({
            kind: 'table',
            headers: headers.map((h) => cell(h)),
            rows: rows.map((r) => r.map((c) => c)),
            priority: options.priority ?? 5,
            noun: options.noun ?? 'rows',
        });
        return this;
    }
    details(summary, markdown, priority = 6) {
        return this.text(`<details><summary>${escapeMarkdown(summary)}</summary>\n\n${markdown}\n\n</details>`, priority);
    }
    mermaid(code, priority = 4) {
        return this.text(`\`\`\`mermaid\n${code}\n\`\`\``, priority);
    }
    /** Renders within `limitBytes`; never returns more than that. */
    render(limitBytes = STEP_SUMMARY_LIMIT_BYTES) {
        const blocks = this.blocks.map((b) => (b.kind === 'table' ? { ...b, rows: [...b.rows] } : { ...b }));
        const omitted = new Map();
        const dropped = [];
        const total = () => bytes(renderBlocks(blocks, omitted));
        if (total() <= limitBytes)
            return renderBlocks(blocks, omitted);
        const order = [...blocks].sort((a, b) => b.priority - a.priority);
        for (const block of order) {
            const over = total() - limitBytes;
            if (over <= 0)
                break;
            if (block.kind === 'table' && block.rows.length > 0) {
                // Remove rows from the end until the overflow is gone (or the table is empty).
                let freed = 0;
                let cut = 0;
                while (block.rows.length > 0 && freed < over + 200) {
                    const row = block.rows.pop();
                    freed += bytes(renderRow(row ?? [])) + 1;
                    cut += 1;
                }
                omitted.set(block, (omitted.get(block) ?? 0) + cut);
                if (total() <= limitBytes)
                    break;
            }
            else if (block.priority > 0) {
                const index = blocks.indexOf(block);
                if (index >= 0)
                    blocks.splice(index, 1);
                dropped.push(block);
            }
        }
        let out = renderBlocks(blocks, omitted);
        if (dropped.length > 0)
            out += `\n\n_${dropped.length} more section(s) not shown: the job summary is limited to 1 MiB._\n`;
        if (bytes(out) > limitBytes)
            out = truncateUtf8(out, limitBytes - 64) + '\n\n_Summary truncated at the 1 MiB limit._\n';
        return out;
    }
    /** Appends to the step summary file, counting what earlier writes in this step used. */
    write(path = process.env['GITHUB_STEP_SUMMARY']) {
        if (!path)
            return undefined;
        let used = 0;
        try {
            used = (0,external_node_fs_.statSync)(path).size;
        }
        catch {
            used = 0;
        }
        const markdown = this.render(Math.max(0, STEP_SUMMARY_LIMIT_BYTES - used));
        (0,external_node_fs_.appendFileSync)(path, markdown.endsWith('\n') ? markdown : `${markdown}\n`);
        return markdown;
    }
}
function renderRow(cells) {
    return `| ${cells.join(' | ')} |`;
}
function renderBlocks(blocks, omitted) {
    return blocks
        .map((b) => {
        if (b.kind === 'text')
            return b.markdown;
        const lines = [renderRow(b.headers), renderRow(b.headers.map(() => '---')), ...b.rows.map(renderRow)];
        const cut = omitted.get(b);
        if (cut)
            lines.push('', `_${cut} more ${b.noun} not shown._`);
        return lines.join('\n');
    })
        .join('\n\n')
        .concat('\n');
}
/** Cuts a string to at most `max` UTF-8 bytes without splitting a character. */
function truncateUtf8(text, max) {
    if (bytes(text) <= max)
        return text;
    const buf = Buffer.from(text, 'utf8').subarray(0, Math.max(0, max));
    // A trailing partial sequence decodes to U+FFFD; drop it.
    return buf.toString('utf8').replace(/\uFFFD+$/, '');
}

;// CONCATENATED MODULE: ./packages/core/src/inputs.ts

function field(parse, options) {
    return {
        required: options.required ?? false,
        secret: options.secret ?? false,
        parse(raw, name) {
            if (raw === undefined || raw === '') {
                if (options.required ?? false) {
                    throw new ConfigurationError(`Input '${name}' is required but was not set.`, { input: name });
                }
                return options.fallback();
            }
            return parse(raw, name);
        },
    };
}
const invalid = (name, raw, valid) => new ConfigurationError(`Input '${name}' has an invalid value '${truncate(raw)}': expected ${valid}.`, { input: name });
function truncate(raw) {
    return raw.length > 80 ? `${raw.slice(0, 77)}...` : raw;
}
function string(options = {}) {
    return field((raw, name) => {
        if (options.pattern && !options.pattern.test(raw))
            throw invalid(name, options.secret ? '***' : raw, options.expect ?? `a value matching ${options.pattern.source}`);
        return raw;
    }, { ...options, fallback: () => options.default });
}
const TRUE = new Set(['true', 'True', 'TRUE']);
const FALSE = new Set(['false', 'False', 'FALSE']);
/** YAML 1.2 core-schema booleans, as @actions/core's getBooleanInput accepts. */
function inputs_boolean(options) {
    return field((raw, name) => {
        if (TRUE.has(raw))
            return true;
        if (FALSE.has(raw))
            return false;
        throw invalid(name, raw, "'true' or 'false'");
    }, { fallback: () => options.default });
}
function number(options = {}) {
    const describe = () => {
        const kind = options.integer ? 'an integer' : 'a number';
        if (options.min !== undefined && options.max !== undefined)
            return `${kind} from ${options.min} to ${options.max}`;
        if (options.min !== undefined)
            return `${kind} of at least ${options.min}`;
        if (options.max !== undefined)
            return `${kind} of at most ${options.max}`;
        return kind;
    };
    return field((raw, name) => {
        const value = Number(raw);
        if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(raw) || !Number.isFinite(value))
            throw invalid(name, raw, describe());
        if (options.integer && !Number.isInteger(value))
            throw invalid(name, raw, describe());
        if (options.min !== undefined && value < options.min)
            throw invalid(name, raw, describe());
        if (options.max !== undefined && value > options.max)
            throw invalid(name, raw, describe());
        return value;
    }, { ...options, fallback: () => options.default });
}
function oneOf(values, options = {}) {
    return field((raw, name) => {
        const lowered = raw.toLowerCase();
        const match = values.find((v) => v.toLowerCase() === lowered);
        if (match === undefined)
            throw invalid(name, raw, `one of ${values.map((v) => `'${v}'`).join(', ')}`);
        return match;
    }, { ...options, fallback: () => options.default });
}
/** Newline- or comma-separated values; blank entries and `#` comments are dropped. */
function list(options = {}) {
    const split = options.separator === 'newline' ? /\r?\n/ : /\r?\n|,/;
    return field((raw) => raw
        .split(split)
        .map((s) => s.trim())
        .filter((s) => s !== '' && !s.startsWith('#')), { ...options, fallback: () => [...(options.default ?? [])] });
}
/** Durations such as `90`, `90s`, `5m`, `1h30m`; the result is in milliseconds. */
function duration(options) {
    const valid = "a duration such as '30s', '5m' or '1h30m' (a bare number means seconds)";
    const bound = (text, fallback) => (text === undefined ? fallback : parseDuration(text) ?? fallback);
    const min = bound(options.min, 0);
    const max = bound(options.max, Number.MAX_SAFE_INTEGER);
    return field((raw, name) => {
        const ms = parseDuration(raw);
        if (ms === undefined)
            throw invalid(name, raw, valid);
        if (ms < min || ms > max)
            throw invalid(name, raw, `${valid} between ${options.min ?? '0s'} and ${options.max ?? 'unbounded'}`);
        return ms;
    }, { fallback: () => parseDuration(options.default) ?? 0 });
}
const UNIT_MS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };
function parseDuration(text) {
    const trimmed = text.trim();
    if (/^\d+(\.\d+)?$/.test(trimmed))
        return Math.round(Number(trimmed) * 1000);
    const re = /(\d+(?:\.\d+)?)(ms|s|m|h|d)/gy;
    let total = 0;
    let consumed = 0;
    for (const m of trimmed.matchAll(re)) {
        total += Number(m[1]) * (UNIT_MS[m[2] ?? 's'] ?? 1000);
        consumed += m[0].length;
    }
    if (consumed === 0 || consumed !== trimmed.length)
        return undefined;
    return Math.round(total);
}
function camelCase(name) {
    return name.replace(/-([a-z0-9])/g, (_, c) => c.toUpperCase());
}
/** The environment variable the runner sets for an input: spaces become `_`, the rest is upper-cased. */
function inputVariable(name) {
    return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}
/**
 * Parses every input of `schema` from the runner's `INPUT_*` variables. All problems
 * are collected so the user sees every bad input in one run, not one per attempt.
 */
function parseInputs(schema, options = {}) {
    const env = options.env ?? process.env;
    const result = {};
    const problems = [];
    for (const [name, spec] of Object.entries(schema)) {
        const raw = env[inputVariable(name)]?.trim();
        if (spec.secret && raw)
            options.mask?.(raw);
        try {
            result[camelCase(name)] = spec.parse(raw, name);
        }
        catch (error) {
            if (error instanceof ConfigurationError)
                problems.push(error);
            else
                throw error;
        }
    }
    if (problems.length === 1 && problems[0])
        throw problems[0];
    if (problems.length > 1) {
        throw new ConfigurationError(problems.map((p) => p.message).join('\n'), { input: problems[0]?.input ?? '' });
    }
    return result;
}

;// CONCATENATED MODULE: ./packages/core/src/context.ts


function readRunContext(env = process.env) {
    const [owner = '', repo = ''] = (env['GITHUB_REPOSITORY'] ?? '/').split('/');
    const eventPath = env['GITHUB_EVENT_PATH'];
    let payload = {};
    if (eventPath) {
        try {
            const parsed = JSON.parse((0,external_node_fs_.readFileSync)(eventPath, 'utf8'));
            if (parsed && typeof parsed === 'object')
                payload = parsed;
        }
        catch (error) {
            throw new ConfigurationError(`GITHUB_EVENT_PATH '${eventPath}' is not a readable JSON event payload.`, { file: eventPath, cause: error });
        }
    }
    const serverUrl = (env['GITHUB_SERVER_URL'] ?? 'https://github.com').replace(/\/+$/, '');
    const runId = Number(env['GITHUB_RUN_ID'] ?? 0);
    return {
        owner,
        repo,
        eventName: env['GITHUB_EVENT_NAME'] ?? '',
        payload,
        sha: env['GITHUB_SHA'] ?? '',
        ref: env['GITHUB_REF'] ?? '',
        workflow: env['GITHUB_WORKFLOW'] ?? '',
        job: env['GITHUB_JOB'] ?? '',
        runId,
        runAttempt: Number(env['GITHUB_RUN_ATTEMPT'] ?? 1),
        actor: env['GITHUB_ACTOR'] ?? '',
        serverUrl,
        apiUrl: (env['GITHUB_API_URL'] ?? 'https://api.github.com').replace(/\/+$/, ''),
        workspace: env['GITHUB_WORKSPACE'] ?? process.cwd(),
        runnerTemp: env['RUNNER_TEMP'] ?? '',
        runUrl: owner && runId ? `${serverUrl}/${owner}/${repo}/actions/runs/${runId}` : '',
    };
}
/** The pull request this run is for, from `pull_request`/`pull_request_target` payloads. */
function pullRequestOf(context) {
    const pr = context.payload['pull_request'];
    if (!pr || typeof pr.number !== 'number')
        return undefined;
    const headRepo = pr.head?.repo?.full_name;
    const baseRepo = pr.base?.repo?.full_name ?? `${context.owner}/${context.repo}`;
    return {
        number: pr.number,
        headSha: pr.head?.sha ?? context.sha,
        baseSha: pr.base?.sha ?? '',
        baseRef: pr.base?.ref ?? '',
        fromFork: headRepo !== undefined && headRepo !== baseRepo,
    };
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
;// CONCATENATED MODULE: ./packages/core/src/paths.ts



function inside(root, candidate) {
    const rel = (0,external_node_path_.relative)(root, candidate);
    return rel === '' || (!rel.startsWith('..') && !(0,external_node_path_.isAbsolute)(rel));
}
function real(path) {
    try {
        return (0,external_node_fs_.realpathSync)(path);
    }
    catch {
        return path;
    }
}
/**
 * Resolves a user-supplied path and refuses it when it escapes the workspace,
 * by `..` or by a symlink, so an input can never make the action read or write
 * elsewhere on the runner.
 */
function resolveInWorkspace(workspace, path, what = {}) {
    const root = real((0,external_node_path_.resolve)(workspace));
    const absolute = (0,external_node_path_.resolve)(root, path);
    const label = what.input ? `Input '${what.input}'` : 'Path';
    if (!inside(root, absolute) || !inside(root, real(absolute))) {
        throw new ConfigurationError(`${label} '${path}' resolves outside the workspace (${root}); use a path inside the repository checkout.`, what);
    }
    return absolute;
}
/** Repository-relative form with forward slashes, as GitHub annotations expect. */
function toRepoRelative(workspace, path) {
    const rel = (0,external_node_path_.isAbsolute)(path) ? (0,external_node_path_.relative)(workspace, path) : path;
    return rel.split(external_node_path_.sep).join('/').replace(/^\.\//, '');
}

;// CONCATENATED MODULE: ./packages/core/src/run-action.ts


/**
 * Runs an action's body with the two levels of catch the best action repos use.
 * The inner level turns a ConfigurationError into an annotation that says how to
 * fix it, and any other error into a one-line message with the stack only in debug
 * output. The outer net catches a failure of the reporting itself. Exit goes
 * through `process.exitCode`, so pending output is flushed.
 */
async function runAction(body, logger = runnerLogger()) {
    try {
        try {
            await body(logger);
        }
        catch (error) {
            process.exitCode = 1;
            if (isConfigurationError(error)) {
                const props = {};
                if (error.file !== undefined)
                    props.file = error.file;
                if (error.line !== undefined)
                    props.startLine = error.line;
                if (error.input !== undefined)
                    props.title = `Input '${error.input}'`;
                for (const [i, line] of error.message.split('\n').entries())
                    logger.error(line, i === 0 ? props : {});
            }
            else {
                const message = error instanceof Error ? error.message : String(error);
                logger.error(`Unexpected error (a bug in pipeline, please report it): ${message}`);
                if (error instanceof Error && error.stack)
                    logger.debug(error.stack);
            }
        }
    }
    catch (fatal) {
        process.exitCode = 1;
        process.stdout.write(`::error::pipeline failed while reporting an error: ${String(fatal).split('\n')[0]}\n`);
    }
}

;// CONCATENATED MODULE: ./packages/core/src/sleep.ts
/**
 * Resolves after `ms` (negative counts as 0), or rejects with the signal's reason as soon as it
 * aborts, clearing the timer so an aborted wait keeps no process alive.
 */
function sleep(ms, signal) {
    return new Promise((resolve, reject) => {
        if (signal?.aborted === true) {
            reject(signal.reason);
            return;
        }
        const onAbort = () => {
            clearTimeout(timer);
            reject(signal?.reason);
        };
        const timer = setTimeout(() => {
            signal?.removeEventListener('abort', onAbort);
            resolve();
        }, Math.max(0, ms));
        signal?.addEventListener('abort', onAbort, { once: true });
    });
}

;// CONCATENATED MODULE: ./packages/core/src/index.ts














/***/ }),

/***/ 2605:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  PrometheusClient: () => (/* reexport */ PrometheusClient),
  _W: () => (/* reexport */ TEMPLATE_NAMES),
  Jn: () => (/* reexport */ defaultMetrics),
  Fl: () => (/* reexport */ formatValue),
  SJ: () => (/* reexport */ loadMetrics),
  parsePrometheusAuth: () => (/* reexport */ parsePrometheusAuth),
  DZ: () => (/* reexport */ pollingSignals),
  A1: () => (/* reexport */ runAnalysis),
  ml: () => (/* reexport */ systemClock)
});

// UNUSED EXPORTS: BUILT_IN_TEMPLATES, DEFAULT_MANN_WHITNEY, DEFAULT_RETRY, DIRECTIONS, JUDGES, NO_DATA_POLICIES, PromQLError, analysisJson, checkRatio, checkThreshold, combine, compareMannWhitney, defineMetric, erfc, exactUDistribution, hodgesLehmann, isPromQLError, judgeThreshold, mannWhitneyU, median, midRanks, normalCdf, parseData, parseMetrics, parsePromValue, renderQuery, selectorFor, worstValue

// EXTERNAL MODULE: ./packages/core/src/index.ts + 12 modules
var src = __nccwpck_require__(602);
;// CONCATENATED MODULE: ./packages/metrics/src/clock.ts

const systemClock = {
    now: () => Date.now(),
    sleep: src/* sleep */.yy,
};

;// CONCATENATED MODULE: ./packages/metrics/src/errors.ts

/**
 * Prometheus rejected the query itself (HTTP 400 bad_data, or 422 execution). This is the user's
 * PromQL to fix, so it is a ConfigurationError; the message carries Prometheus's own words.
 */
class PromQLError extends src/* ConfigurationError */.j1 {
    kind = 'promql';
    query;
    status;
    /** Prometheus's errorType, such as `bad_data` or `execution`. */
    errorType;
    /** Prometheus's error text, verbatim. */
    prometheusMessage;
    /** The metric the query belongs to, once the engine knows it. */
    metric;
    constructor(details) {
        const subject = details.metric === undefined ? 'PromQL query' : `Metric '${details.metric}': its PromQL query`;
        const message = `${subject} was rejected by Prometheus (${details.status} ${details.errorType}): ${details.prometheusMessage}. Query: ${details.query}`;
        super(message, details.input === undefined ? {} : { input: details.input });
        this.query = details.query;
        this.status = details.status;
        this.errorType = details.errorType;
        this.prometheusMessage = details.prometheusMessage;
        this.metric = details.metric;
    }
    /** The same error, attributed to a metric (and the action input its definition came from). */
    forMetric(metric, input) {
        const { query, status, errorType, prometheusMessage } = this;
        return new PromQLError({ query, status, errorType, prometheusMessage, metric, ...(input === undefined ? {} : { input }) });
    }
}
function isPromQLError(error) {
    return error instanceof PromQLError;
}

// EXTERNAL MODULE: ./node_modules/p-retry/index.js + 1 modules
var p_retry = __nccwpck_require__(4995);
;// CONCATENATED MODULE: ./packages/metrics/src/values.ts
/**
 * Prometheus encodes sample values as strings so that the special floats survive JSON:
 * "NaN", "+Inf" and "-Inf". Each is mapped explicitly; anything else that is not a decimal
 * float is a protocol violation, not a value.
 */
function parsePromValue(text) {
    switch (text) {
        case 'NaN':
            return Number.NaN;
        case '+Inf':
        case 'Inf':
            return Number.POSITIVE_INFINITY;
        case '-Inf':
            return Number.NEGATIVE_INFINITY;
        default: {
            if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(text))
                throw new TypeError(`not a Prometheus sample value: '${text.slice(0, 40)}'`);
            return Number(text);
        }
    }
}
/** How a value reads in evidence and summaries: NaN and ±Inf spelled the way Prometheus does. */
function formatValue(value, digits = 4) {
    if (value === undefined)
        return 'no data';
    if (Number.isNaN(value))
        return 'NaN';
    if (value === Number.POSITIVE_INFINITY)
        return '+Inf';
    if (value === Number.NEGATIVE_INFINITY)
        return '-Inf';
    if (value !== 0 && (Math.abs(value) >= 1e6 || Math.abs(value) < 1e-3))
        return value.toExponential(digits - 1);
    return String(Number(value.toPrecision(digits)));
}

;// CONCATENATED MODULE: ./packages/metrics/src/prometheus.ts





const DEFAULT_RETRY = { retries: 3, minDelayMs: 250, maxDelayMs: 2000, factor: 2 };
/**
 * `prometheus-auth` as users write it: `Bearer <token>`, `Basic <base64>`, `user:password`, or
 * a bare token. The caller masks the raw value before anything could print it.
 */
function parsePrometheusAuth(raw, input = 'prometheus-auth') {
    const text = raw?.trim() ?? '';
    if (text === '')
        return undefined;
    const bearer = /^Bearer\s+(\S+)$/i.exec(text)?.[1];
    if (bearer !== undefined)
        return { kind: 'bearer', token: bearer };
    const basic = /^Basic\s+(\S+)$/i.exec(text)?.[1];
    const pair = basic === undefined ? text : Buffer.from(basic, 'base64').toString('utf8');
    const colon = pair.indexOf(':');
    if (colon > 0)
        return { kind: 'basic', username: pair.slice(0, colon), password: pair.slice(colon + 1) };
    if (basic !== undefined)
        throw new src/* ConfigurationError */.j1(`Input '${input}' has a Basic credential that does not decode to 'user:password'.`, { input });
    if (/\s/.test(text))
        throw new src/* ConfigurationError */.j1(`Input '${input}' must be 'Bearer <token>', 'Basic <base64>', 'user:password' or a bare token.`, { input });
    return { kind: 'bearer', token: text };
}
class UnavailableAttempt extends Error {
    detail;
    constructor(detail) {
        super(detail.message);
        this.detail = detail;
    }
}
/** A Prometheus HTTP API client (`/api/v1/query`, `/api/v1/query_range`) that never logs credentials. */
class PrometheusClient {
    url;
    auth;
    timeoutMs;
    retry;
    postThreshold;
    fetchFn;
    clock;
    logger;
    constructor(options) {
        const input = options.input ?? 'prometheus-url';
        let parsed;
        try {
            parsed = new URL(options.url);
        }
        catch (error) {
            throw new src/* ConfigurationError */.j1(`Input '${input}' is not a URL; expected http(s)://host:port[/prefix].`, { input, cause: error });
        }
        if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
            throw new src/* ConfigurationError */.j1(`Input '${input}' must be an http or https URL.`, { input });
        let auth = options.auth;
        // fetch refuses URLs with credentials; move them into the header (and out of every message).
        if (parsed.username !== '' && auth === undefined)
            auth = { kind: 'basic', username: decodeURIComponent(parsed.username), password: decodeURIComponent(parsed.password) };
        parsed.username = '';
        parsed.password = '';
        parsed.search = '';
        parsed.hash = '';
        this.url = parsed.toString().replace(/\/+$/, '');
        this.auth = auth;
        this.timeoutMs = options.timeoutMs ?? 10_000;
        this.retry = { ...DEFAULT_RETRY, ...options.retry };
        this.postThreshold = options.postThreshold ?? 2048;
        this.fetchFn = options.fetch ?? fetch;
        this.clock = options.clock ?? systemClock;
        this.logger = options.logger;
    }
    query(promql, time, options = {}) {
        return this.call('query', promql, { query: promql, time: seconds(time) }, options);
    }
    queryRange(promql, range, options = {}) {
        if (!(range.stepMs > 0))
            throw new RangeError(`queryRange step must be positive (got ${range.stepMs} ms)`);
        return this.call('query_range', promql, { query: promql, start: seconds(range.start), end: seconds(range.end), step: seconds(range.stepMs) }, options);
    }
    async call(endpoint, promql, params, options) {
        let attempts = 0;
        const { retry } = this;
        try {
            const data = await (0,p_retry/* default */.Ay)(async () => {
                attempts += 1;
                return this.attempt(endpoint, promql, params, options);
            }, {
                retries: retry.retries,
                // p-retry's own timers cannot be virtualised; its delays are zero and the injected clock waits instead.
                minTimeout: 0,
                maxTimeout: 0,
                factor: 1,
                randomize: false,
                shouldRetry: async ({ error, retriesConsumed }) => {
                    if (!(error instanceof UnavailableAttempt))
                        return false;
                    const delay = Math.min(retry.maxDelayMs, retry.minDelayMs * retry.factor ** retriesConsumed);
                    if (options.deadline !== undefined && this.clock.now() + delay >= options.deadline)
                        return false;
                    this.logger?.debug(`prometheus ${endpoint}: ${error.detail.message}; retrying in ${delay} ms`);
                    await this.clock.sleep(delay, options.signal);
                    return true;
                },
            });
            return { ok: true, data, attempts };
        }
        catch (error) {
            if (error instanceof UnavailableAttempt)
                return { ok: false, unavailable: { ...error.detail, attempts } };
            throw error;
        }
    }
    async attempt(endpoint, promql, params, options) {
        const form = new URLSearchParams(params).toString();
        const post = form.length > this.postThreshold;
        const target = `${this.url}/api/v1/${endpoint}`;
        const headers = { accept: 'application/json' };
        if (this.auth?.kind === 'bearer')
            headers['authorization'] = `Bearer ${this.auth.token}`;
        if (this.auth?.kind === 'basic')
            headers['authorization'] = `Basic ${Buffer.from(`${this.auth.username}:${this.auth.password}`).toString('base64')}`;
        if (post)
            headers['content-type'] = 'application/x-www-form-urlencoded';
        // Near the deadline an attempt gets only what is left of the interval (but never less than half a second).
        const budget = options.deadline === undefined ? this.timeoutMs : Math.min(this.timeoutMs, Math.max(500, options.deadline - this.clock.now()));
        const timeout = AbortSignal.timeout(budget);
        const signal = options.signal === undefined ? timeout : AbortSignal.any([timeout, options.signal]);
        let res;
        let text;
        try {
            res = await this.fetchFn(post ? target : `${target}?${form}`, post ? { method: 'POST', headers, body: form, signal } : { method: 'GET', headers, signal });
            text = await res.text();
        }
        catch (error) {
            if (options.signal?.aborted === true)
                throw options.signal.reason;
            if (timeout.aborted)
                throw new UnavailableAttempt({ reason: 'timeout', message: `${target} did not answer within ${budget} ms` });
            throw new UnavailableAttempt({ reason: 'unreachable', message: `${target} is unreachable: ${transportReason(error)}` });
        }
        const body = parseBody(text);
        const said = body?.error === undefined ? '' : `: ${body.errorType ?? 'error'}: ${body.error}`;
        if (res.status === 400 || res.status === 422) {
            throw new PromQLError({ query: promql, status: res.status, errorType: body?.errorType ?? 'bad_data', prometheusMessage: body?.error ?? text.slice(0, 500) });
        }
        if (res.status === 429)
            throw new UnavailableAttempt({ reason: 'rate-limited', status: 429, message: `${target} answered 429${said}` });
        if (res.status >= 500)
            throw new UnavailableAttempt({ reason: 'server-error', status: res.status, message: `${target} answered ${res.status}${said}` });
        if (res.status === 401 || res.status === 403) {
            throw new src/* ConfigurationError */.j1(`Prometheus at ${this.url} refused the request (${res.status}); check 'prometheus-auth'.`, { input: 'prometheus-auth' });
        }
        if (res.status !== 200)
            throw new src/* ConfigurationError */.j1(`Prometheus at ${this.url} answered ${res.status} for ${endpoint}; check 'prometheus-url' (is a path prefix missing?).`, { input: 'prometheus-url' });
        if (body?.status !== 'success' || body.data === undefined) {
            throw new UnavailableAttempt({ reason: 'bad-response', status: res.status, message: `${target} answered 200 without a Prometheus success body${said}` });
        }
        try {
            return parseData(body.data);
        }
        catch (error) {
            throw new UnavailableAttempt({ reason: 'bad-response', status: res.status, message: `${target}: ${error instanceof Error ? error.message : String(error)}` });
        }
    }
}
function seconds(ms) {
    return (ms / 1000).toFixed(3);
}
function transportReason(error) {
    const cause = error instanceof Error ? error.cause : undefined;
    const code = typeof cause === 'object' && cause !== null && 'code' in cause ? String(cause.code) : undefined;
    return code ?? (error instanceof Error ? error.message : String(error));
}
function parseBody(text) {
    try {
        const value = JSON.parse(text);
        return typeof value === 'object' && value !== null ? value : undefined;
    }
    catch {
        return undefined;
    }
}
function pair(raw) {
    if (!Array.isArray(raw) || raw.length !== 2 || typeof raw[0] !== 'number' || typeof raw[1] !== 'string')
        throw new TypeError('a sample is not [time, "value"]');
    return { timestamp: Math.round(raw[0] * 1000), value: parsePromValue(raw[1]) };
}
function labelsOf(raw) {
    if (typeof raw !== 'object' || raw === null)
        return {};
    return Object.fromEntries(Object.entries(raw).filter((e) => typeof e[1] === 'string'));
}
/** The `data` of a success response, with every value parsed (NaN and ±Inf included). */
function parseData(data) {
    const result = data.result;
    switch (data.resultType) {
        case 'vector': {
            if (!Array.isArray(result))
                throw new TypeError('vector result is not a list');
            // Native-histogram samples carry `histogram` instead of `value`; they have no single value to judge.
            const samples = result.filter((s) => s.value !== undefined).map((s) => ({ labels: labelsOf(s.metric), ...pair(s.value) }));
            return { type: 'vector', samples };
        }
        case 'matrix': {
            if (!Array.isArray(result))
                throw new TypeError('matrix result is not a list');
            const series = result.map((s) => ({
                labels: labelsOf(s.metric),
                points: Array.isArray(s.values) ? s.values.map(pair) : [],
            }));
            return { type: 'matrix', series };
        }
        case 'scalar':
            return { type: 'scalar', ...pair(result) };
        case 'string': {
            if (!Array.isArray(result) || typeof result[0] !== 'number' || typeof result[1] !== 'string')
                throw new TypeError('string result is not [time, "text"]');
            return { type: 'string', timestamp: Math.round(result[0] * 1000), value: result[1] };
        }
        default:
            throw new TypeError(`unknown resultType '${String(data.resultType)}'`);
    }
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __nccwpck_require__(8815);
;// CONCATENATED MODULE: ./packages/metrics/src/definitions.ts



const DIRECTIONS = ['increase-is-bad', 'decrease-is-bad', 'either'];
const JUDGES = ['threshold', 'mann-whitney'];
const REQUESTS = 'http_requests_total{{{selector}}}';
// A healthy service has no error series at all, so the numerator falls back to 0; without any
// requests the denominator stays empty and the ratio is (correctly) no data.
const ratioOf = (codes) => `(sum(rate(http_requests_total{{{selector}},code=~"${codes}"}[{{window}}])) or vector(0)) / sum(rate(${REQUESTS}[{{window}}]))`;
/**
 * The seed defaults as templates over the conventional HTTP metrics (prom-client, the Go and
 * Java clients and most ingress exporters use these names) and the standard process metrics.
 */
const BUILT_IN_TEMPLATES = {
    // 5xx is what users see; a surge ends the analysis at once.
    'http-5xx-rate': { query: ratioOf('5..'), direction: 'increase-is-bad', threshold: 0.05, forMs: 0, critical: true },
    'latency-p95': {
        query: 'histogram_quantile(0.95, sum by (le) (rate(http_request_duration_seconds_bucket{{{selector}}}[{{window}}])))',
        direction: 'increase-is-bad',
        baselineRatio: 2,
        forMs: 0,
        critical: false,
    },
    // Every response that is not a success or a redirect, 4xx included.
    'error-rate': { query: ratioOf('[^23]..'), direction: 'increase-is-bad', threshold: 0.01, forMs: 5 * 60_000, critical: false },
    cpu: { query: 'max(rate(process_cpu_seconds_total{{{selector}}}[{{window}}])) / {{cpu-limit}}', direction: 'increase-is-bad', threshold: 0.9, forMs: 10 * 60_000, critical: false },
    memory: { query: 'max(process_resident_memory_bytes{{{selector}}}) / {{memory-limit}}', direction: 'increase-is-bad', threshold: 0.9, forMs: 10 * 60_000, critical: false },
};
const TEMPLATE_NAMES = Object.keys(BUILT_IN_TEMPLATES);
const PLACEHOLDERS = ['selector', 'colour', 'color', 'window', 'cpu-limit', 'memory-limit'];
const PLACEHOLDER_RE = /\{\{\s*([a-z-]+)\s*\}\}/g;
function escapeLabelValue(value) {
    return value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
}
/** The label matchers (without braces) for one colour of the service. */
function selectorFor(context, colour) {
    const labels = { ...context.labels, [context.colourLabel ?? 'colour']: colour };
    return Object.entries(labels).map(([k, v]) => `${k}="${escapeLabelValue(v)}"`).join(',');
}
function usesColour(query) {
    return [...query.matchAll(PLACEHOLDER_RE)].some((m) => ['selector', 'colour', 'color'].includes(m[1] ?? ''));
}
/** Renders `{{selector}}`, `{{colour}}`, `{{window}}`, `{{cpu-limit}}` and `{{memory-limit}}` for one colour. */
function renderQuery(query, context, colour, where) {
    return query.replace(PLACEHOLDER_RE, (_all, name) => {
        switch (name) {
            case 'selector':
                return selectorFor(context, colour);
            case 'colour':
            case 'color':
                return escapeLabelValue(colour);
            case 'window':
                return context.rateWindow ?? '1m';
            case 'cpu-limit':
                if (context.cpuLimitCores === undefined || !(context.cpuLimitCores > 0))
                    throw where('needs the container CPU limit ({{cpu-limit}}); set resources.limits.cpu on the workload');
                return String(context.cpuLimitCores);
            case 'memory-limit':
                if (context.memoryLimitBytes === undefined || !(context.memoryLimitBytes > 0))
                    throw where('needs the container memory limit ({{memory-limit}}); set resources.limits.memory on the workload');
                return String(context.memoryLimitBytes);
            default:
                throw where(`uses an unknown placeholder {{${name}}}; valid placeholders are ${PLACEHOLDERS.map((p) => `{{${p}}}`).join(', ')}`);
        }
    });
}
function configError(source, message) {
    const where = source.file ?? (source.input === undefined ? 'metrics' : `input '${source.input}'`);
    const at = source.line === undefined ? '' : `:${source.line}`;
    return new src/* ConfigurationError */.j1(`${where}${at}: ${message}`, {
        ...(source.file === undefined ? {} : { file: source.file }),
        ...(source.line === undefined ? {} : { line: source.line }),
        ...(source.input === undefined ? {} : { input: source.input }),
    });
}
const SPEC_KEYS = ['name', 'template', 'query', 'baseline-query', 'direction', 'threshold', 'baseline-ratio', 'baseline-value', 'for', 'critical', 'judge'];
/** Turns one user spec (or a template reference) into a rendered, validated definition. */
function defineMetric(spec, context, source = {}) {
    const label = spec.name ?? spec.template ?? '(unnamed)';
    const fail = (field, message) => configError(source, `metric '${label}'${field === undefined ? '' : ` field '${field}'`} ${message}`);
    for (const key of Object.keys(spec)) {
        if (!SPEC_KEYS.includes(key))
            throw fail(undefined, `has an unknown field '${key}'; valid fields are ${SPEC_KEYS.join(', ')}`);
    }
    let base = {};
    if (spec.template !== undefined) {
        const template = BUILT_IN_TEMPLATES[spec.template];
        if (template === undefined)
            throw fail('template', `is '${spec.template}', which is not a built-in template; valid templates are ${TEMPLATE_NAMES.join(', ')}`);
        if (spec.query !== undefined)
            throw fail('query', 'cannot be combined with a template; drop one of them');
        base = template;
    }
    else if (spec.query === undefined) {
        throw fail(undefined, `needs a 'query' (PromQL) or a 'template' (${TEMPLATE_NAMES.join(', ')})`);
    }
    const name = spec.name ?? spec.template;
    if (name === undefined || !/^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(name))
        throw fail('name', 'must be set: letters, digits, ., _ and -');
    const query = spec.query ?? base.query;
    if (typeof query !== 'string' || query.trim() === '')
        throw fail('query', 'must be a non-empty PromQL string');
    const direction = spec.direction ?? base.direction ?? 'increase-is-bad';
    if (!DIRECTIONS.includes(direction))
        throw fail('direction', `is '${direction}'; valid values are ${DIRECTIONS.join(', ')}`);
    const number = (field, value, check, valid) => {
        if (value === undefined)
            return undefined;
        if (typeof value !== 'number' || !Number.isFinite(value) || !check(value))
            throw fail(field, `is '${String(value)}'; expected ${valid}`);
        return value;
    };
    const threshold = number('threshold', spec.threshold, () => true, 'a finite number') ?? (spec.query === undefined ? base.threshold : undefined);
    const baselineRatio = number('baseline-ratio', spec['baseline-ratio'], (n) => n > 0, 'a factor greater than 0, such as 2 for "2× the baseline"')
        ?? (spec.query === undefined ? base.baselineRatio : undefined);
    const baselineValue = number('baseline-value', spec['baseline-value'], () => true, 'a finite number');
    if (threshold === undefined && baselineRatio === undefined)
        throw fail(undefined, "needs a 'threshold', a 'baseline-ratio', or both");
    if (direction === 'either' && baselineRatio === undefined)
        throw fail('direction', "'either' needs a 'baseline-ratio': a single threshold has only one side");
    if (baselineValue !== undefined && baselineRatio === undefined)
        throw fail('baseline-value', "only means something with a 'baseline-ratio'");
    let forMs = base.forMs ?? 0;
    if (spec.for !== undefined) {
        const parsed = typeof spec.for === 'number' ? (Number.isFinite(spec.for) && spec.for >= 0 ? spec.for * 1000 : undefined) : (0,src/* parseDuration */.E9)(spec.for);
        if (parsed === undefined)
            throw fail('for', `is '${String(spec.for)}'; expected a duration such as 30s, 5m or 1h30m`);
        forMs = parsed;
    }
    const critical = spec.critical ?? base.critical ?? false;
    if (typeof critical !== 'boolean')
        throw fail('critical', 'must be true or false');
    const judge = spec.judge;
    if (judge !== undefined && !JUDGES.includes(judge))
        throw fail('judge', `is '${judge}'; valid judges are ${JUDGES.join(', ')}`);
    const where = (field) => (message) => fail(field, message);
    const rendered = renderQuery(query, context, context.newColour, where('query'));
    let baselineQuery;
    if (spec['baseline-query'] !== undefined) {
        if (typeof spec['baseline-query'] !== 'string' || spec['baseline-query'].trim() === '')
            throw fail('baseline-query', 'must be a non-empty PromQL string');
        baselineQuery = renderQuery(spec['baseline-query'], context, context.baselineColour ?? context.newColour, where('baseline-query'));
    }
    else if (context.baselineColour !== undefined && usesColour(query)) {
        baselineQuery = renderQuery(query, context, context.baselineColour, where('query'));
    }
    if (baselineRatio !== undefined && baselineValue === undefined && baselineQuery === undefined) {
        throw fail('baseline-ratio', context.baselineColour === undefined
            ? "needs a baseline: run with a baseline colour, or set 'baseline-value'"
            : "needs a baseline: use {{selector}} or {{colour}} in the query, set 'baseline-query', or set 'baseline-value'");
    }
    return {
        name,
        query: rendered,
        baselineQuery,
        direction: direction,
        threshold,
        baselineRatio,
        baselineValue,
        forMs,
        critical,
        judge: judge,
        template: spec.template,
    };
}
/** The seed defaults: every built-in template whose inputs the context provides. */
function defaultMetrics(context) {
    return TEMPLATE_NAMES
        .filter((t) => (t !== 'cpu' || context.cpuLimitCores !== undefined) && (t !== 'memory' || context.memoryLimitBytes !== undefined))
        .filter((t) => BUILT_IN_TEMPLATES[t]?.baselineRatio === undefined || context.baselineColour !== undefined)
        .map((t) => defineMetric({ template: t }, context));
}
/**
 * Parses the `metrics` YAML: a list (or `{ metrics: [...] }`) whose items are template names,
 * or maps with the MetricSpec fields. Errors name the metric, the field and the line.
 */
function parseMetrics(text, context, source = {}) {
    const lines = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter: lines, prettyErrors: false });
    const offset = (source.line ?? 1) - 1;
    const lineOf = (node) => {
        const start = node?.range?.[0];
        return start === undefined ? undefined : lines.linePos(start).line + offset;
    };
    const first = doc.errors[0];
    if (first !== undefined) {
        throw configError({ ...source, line: lines.linePos(first.pos[0]).line + offset }, `is not valid YAML: ${first.message.split('\n')[0]}`);
    }
    let list = doc.contents;
    if ((0,dist/* isMap */.jh)(list) && list.has('metrics'))
        list = list.get('metrics', true);
    if (!(0,dist/* isSeq */.oP)(list))
        throw configError(source, `must be a YAML list of metrics (template names such as ${TEMPLATE_NAMES.join(', ')}, or maps with name and query)`);
    const seen = new Map();
    const definitions = [];
    for (const item of list.items) {
        const line = lineOf(item);
        const at = { ...source, ...(line === undefined ? {} : { line }) };
        let spec;
        if ((0,dist/* isScalar */.jn)(item) && typeof item.value === 'string')
            spec = { template: item.value };
        else if ((0,dist/* isMap */.jh)(item))
            spec = item.toJSON();
        else
            throw configError(at, 'each metric must be a template name or a map with name and query');
        const definition = defineMetric(spec, context, at);
        if (seen.has(definition.name))
            throw configError(at, `metric '${definition.name}' is defined twice (first at line ${seen.get(definition.name) ?? '?'}); names must be unique`);
        seen.set(definition.name, line);
        definitions.push(definition);
    }
    if (definitions.length === 0)
        throw configError(source, 'lists no metrics; an analysis needs at least one');
    return definitions;
}
/**
 * The `metrics` input: inline YAML, or a path (inside the workspace) to a YAML file. A single
 * line ending in .yml/.yaml is taken as a path.
 */
async function loadMetrics(raw, context, options) {
    const input = options.input ?? 'metrics';
    const text = raw.trim();
    if (text === '')
        throw new src/* ConfigurationError */.j1(`Input '${input}' is empty; give inline YAML or a path to a YAML file.`, { input });
    if (!text.includes('\n') && /\.ya?ml$/i.test(text)) {
        const path = (0,src/* resolveInWorkspace */.z1)(options.workspace, text, { input });
        let content;
        try {
            content = await (0,promises_.readFile)(path, 'utf8');
        }
        catch (error) {
            throw new src/* ConfigurationError */.j1(`Input '${input}' names '${text}', which cannot be read: ${error.code ?? String(error)}.`, { input, cause: error });
        }
        return parseMetrics(content, context, { file: text, input });
    }
    return parseMetrics(raw, context, { input });
}

;// CONCATENATED MODULE: ./packages/metrics/src/stats.ts
/**
 * Rank statistics for the Mann-Whitney judge. Written out here rather than pulled from a
 * package because the judge must report exactly how U and p were obtained (exact or normal,
 * with which corrections), and the npm candidates do not expose that.
 */
/** Mid-ranks (1-based) of the pooled values; ±Infinity rank at the ends, NaN is not allowed. */
function midRanks(values) {
    const order = values.map((v, i) => ({ v, i })).sort((a, b) => (a.v < b.v ? -1 : a.v > b.v ? 1 : 0));
    const ranks = new Array(values.length).fill(0);
    const tieGroups = [];
    // Walk the sorted values group by group; every member of a group of equal values gets their mean rank.
    let groupStart = 0;
    order.forEach((entry, k) => {
        const next = order[k + 1];
        if (next !== undefined && next.v === entry.v)
            return;
        const size = k + 1 - groupStart;
        const rank = (groupStart + 1 + k + 1) / 2;
        for (const member of order.slice(groupStart, k + 1))
            ranks[member.i] = rank;
        if (size > 1)
            tieGroups.push(size);
        groupStart = k + 1;
    });
    return { ranks, tieGroups };
}
/**
 * Counts of the null distribution of U for sample sizes m and n (no ties): entry u is the number
 * of the C(m+n, m) arrangements with U = u. Built with additions only, from
 * c(u; m, n) = c(u − n; m − 1, n) + c(u; m, n − 1), so it stays accurate in floating point.
 */
function exactUDistribution(m, n) {
    let previous = Array.from({ length: m + 1 }, () => Float64Array.of(1));
    for (let nn = 1; nn <= n; nn++) {
        const current = [];
        previous.forEach((withFewerY, mm) => {
            const row = new Float64Array(mm * nn + 1);
            row.set(withFewerY);
            const smaller = current[mm - 1];
            if (smaller !== undefined)
                smaller.forEach((count, u) => (row[u + nn] = (row[u + nn] ?? 0) + count));
            current.push(row);
        });
        previous = current;
    }
    return previous[m] ?? Float64Array.of(1);
}
/** Φ, the standard normal CDF. */
function normalCdf(z) {
    if (z === Infinity)
        return 1;
    if (z === -Infinity)
        return 0;
    return 0.5 * erfc(-z / Math.SQRT2);
}
/**
 * Complementary error function; Chebyshev fit with fractional error below 1.2e-7 everywhere
 * (Press et al., Numerical Recipes, erfcc), which is ample for p-values reported to 4 digits.
 */
function erfc(x) {
    const z = Math.abs(x);
    const t = 1 / (1 + 0.5 * z);
    const poly = -z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398
        + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))));
    const r = t * Math.exp(poly);
    return x >= 0 ? r : 2 - r;
}
const EXACT_LIMIT = 50;
const EXACT_TIES_LIMIT = 100;
/**
 * P(W ≤ observed) and P(W ≥ observed) for the rank sum W of the first n1 of the pooled mid-ranks,
 * over all C(N, n1) equally likely assignments. Doubled mid-ranks are integers, so the subset-sum
 * counts are exact; the counts are built by additions only.
 */
function tiedRankSumTails(ranks, n1) {
    const doubled = ranks.map((r) => Math.round(2 * r));
    const observed = doubled.slice(0, n1).reduce((a, b) => a + b, 0);
    const maxSum = [...doubled].sort((a, b) => b - a).slice(0, n1).reduce((a, b) => a + b, 0);
    // counts[k][s]: subsets of size k with doubled rank sum s.
    const counts = Array.from({ length: n1 + 1 }, () => new Float64Array(maxSum + 1));
    if (counts[0] !== undefined)
        counts[0][0] = 1;
    doubled.forEach((r, i) => {
        for (let k = Math.min(i + 1, n1); k >= 1; k--) {
            const into = counts[k];
            const from = counts[k - 1];
            if (into === undefined || from === undefined)
                continue;
            for (let s = maxSum - r; s >= 0; s--) {
                const c = from[s] ?? 0;
                if (c !== 0)
                    into[s + r] = (into[s + r] ?? 0) + c;
            }
        }
    });
    const full = counts[n1] ?? new Float64Array(1);
    let total = 0;
    let lower = 0;
    let upper = 0;
    full.forEach((c, s) => {
        total += c;
        if (s <= observed)
            lower += c;
        if (s >= observed)
            upper += c;
    });
    return { lower: lower / total, upper: upper / total };
}
/**
 * The Mann-Whitney U (Wilcoxon rank-sum) test of x against y. The normal approximation uses the
 * tie-corrected variance and, unless disabled, the 0.5 continuity correction, exactly as R's
 * wilcox.test (correct = TRUE) and SciPy's mannwhitneyu (use_continuity=True) do.
 */
function mannWhitneyU(x, y, options = {}) {
    const alternative = options.alternative ?? 'two-sided';
    const n1 = x.length;
    const n2 = y.length;
    if (n1 === 0 || n2 === 0)
        throw new RangeError(`mannWhitneyU needs two non-empty samples (got ${n1} and ${n2})`);
    if ([...x, ...y].some(Number.isNaN))
        throw new RangeError('mannWhitneyU cannot rank NaN; drop NaN samples first');
    const { ranks, tieGroups } = midRanks([...x, ...y]);
    let r1 = 0;
    for (const rank of ranks.slice(0, n1))
        r1 += rank;
    const u = r1 - (n1 * (n1 + 1)) / 2;
    const mn = n1 * n2;
    const ties = tieGroups.length > 0;
    const method = options.method ?? 'auto';
    const exact = method === 'exact' || (method === 'auto' && !ties && n1 < EXACT_LIMIT && n2 < EXACT_LIMIT);
    if (exact && ties && n1 + n2 > EXACT_TIES_LIMIT)
        throw new RangeError(`the exact distribution with ties is limited to ${EXACT_TIES_LIMIT} values; use the normal approximation`);
    const base = { u, uOther: mn - u, n1, n2, alternative, ties, cles: u / mn };
    if (exact && ties) {
        const { lower, upper } = tiedRankSumTails(ranks, n1);
        const pValue = alternative === 'greater' ? upper : alternative === 'less' ? lower : Math.min(1, 2 * Math.min(lower, upper));
        return { ...base, pValue, method: 'exact', z: undefined };
    }
    if (exact) {
        const counts = exactUDistribution(n1, n2);
        let total = 0;
        for (const c of counts)
            total += c;
        const cdf = (k) => {
            let s = 0;
            for (const c of counts.subarray(0, Math.max(0, k + 1)))
                s += c;
            return s / total;
        };
        const lower = cdf(u);
        const upper = 1 - cdf(u - 1);
        const pValue = alternative === 'greater' ? upper : alternative === 'less' ? lower : Math.min(1, 2 * Math.min(lower, upper));
        return { ...base, pValue, method: 'exact', z: undefined };
    }
    const n = n1 + n2;
    const tieTerm = tieGroups.reduce((s, t) => s + t ** 3 - t, 0);
    const sigma = Math.sqrt((mn / 12) * (n + 1 - tieTerm / (n * (n - 1))));
    const diff = u - mn / 2;
    const continuity = options.continuity ?? true;
    const correction = !continuity ? 0 : alternative === 'two-sided' ? Math.sign(diff) * 0.5 : alternative === 'greater' ? 0.5 : -0.5;
    // All values tied: the statistic carries no information, so nothing can be rejected.
    if (sigma === 0)
        return { ...base, pValue: 1, method: 'normal', z: 0 };
    const z = (diff - correction) / sigma;
    const pValue = alternative === 'greater' ? 1 - normalCdf(z) : alternative === 'less' ? normalCdf(z) : Math.min(1, 2 * Math.min(normalCdf(z), 1 - normalCdf(z)));
    return { ...base, pValue, method: 'normal', z };
}
function median(values) {
    if (values.length === 0)
        return Number.NaN;
    const sorted = [...values].sort((a, b) => a - b);
    const mid = Math.floor(sorted.length / 2);
    const upper = sorted[mid] ?? Number.NaN;
    return sorted.length % 2 === 1 ? upper : ((sorted[mid - 1] ?? Number.NaN) + upper) / 2;
}
/**
 * Hodges–Lehmann estimate of the shift of x relative to y: the median of all pairwise
 * differences x_i − y_j. Two equal infinities differ by 0 here (they are tied), not by NaN.
 */
function hodgesLehmann(x, y) {
    const diffs = [];
    for (const a of x) {
        for (const b of y)
            diffs.push(a === b ? 0 : a - b);
    }
    return median(diffs);
}

;// CONCATENATED MODULE: ./packages/metrics/src/judges.ts


const DEFAULT_MANN_WHITNEY = { confidence: 0.99, effect: 'hodges-lehmann', tolerance: 0.2, minSamples: 10 };
const SEVERITY = { pass: 0, inconclusive: 1, 'no-data': 2, fail: 3 };
/** The worse of several partial judgements: real failing data beats missing data, which beats doubt. */
function combine(parts) {
    if (parts.length === 0)
        return { outcome: 'inconclusive', reason: 'nothing to judge' };
    const worst = parts.reduce((a, b) => (SEVERITY[b.outcome] > SEVERITY[a.outcome] ? b : a));
    const merged = { outcome: worst.outcome, reason: parts.map((p) => p.reason).join('; ') };
    const newValue = parts.find((p) => p.newValue !== undefined)?.newValue;
    const baselineValue = parts.find((p) => p.baselineValue !== undefined)?.baselineValue;
    const test = parts.find((p) => p.test !== undefined)?.test;
    if (newValue !== undefined)
        merged.newValue = newValue;
    if (baselineValue !== undefined)
        merged.baselineValue = baselineValue;
    if (test !== undefined)
        merged.test = test;
    return merged;
}
/**
 * The value that matters among several series (one per pod, say): the worst one for the
 * direction. NaN series (0/0 rates with no traffic) are skipped; none left means no data.
 */
function worstValue(values, direction) {
    const usable = values.filter((v) => !Number.isNaN(v));
    if (usable.length === 0)
        return undefined;
    return direction === 'decrease-is-bad' ? Math.min(...usable) : Math.max(...usable);
}
function checkThreshold(value, threshold, direction) {
    if (value === undefined || Number.isNaN(value))
        return { outcome: 'no-data', reason: 'the new colour has no data' };
    const bad = direction === 'decrease-is-bad' ? value < threshold : value > threshold;
    const op = direction === 'decrease-is-bad' ? (bad ? '<' : '≥') : bad ? '>' : '≤';
    return { outcome: bad ? 'fail' : 'pass', reason: `${formatValue(value)} ${op} threshold ${formatValue(threshold)}`, newValue: value };
}
function checkRatio(value, baseline, ratio, direction) {
    if (value === undefined || Number.isNaN(value))
        return { outcome: 'no-data', reason: 'the new colour has no data' };
    if (baseline === undefined || Number.isNaN(baseline))
        return { outcome: 'no-data', reason: 'the baseline has no data', newValue: value };
    const evidence = { newValue: value, baselineValue: baseline };
    if (!Number.isFinite(baseline))
        return { outcome: 'inconclusive', reason: `the baseline is ${formatValue(baseline)}, so no ratio can be formed`, ...evidence };
    const upper = baseline * ratio;
    const lower = baseline / ratio;
    const tooHigh = direction !== 'decrease-is-bad' && value > upper;
    const tooLow = direction !== 'increase-is-bad' && value < lower;
    if (tooHigh)
        return { outcome: 'fail', reason: `${formatValue(value)} > ${ratio}× baseline ${formatValue(baseline)} (${formatValue(upper)})`, ...evidence };
    if (tooLow)
        return { outcome: 'fail', reason: `${formatValue(value)} < baseline ${formatValue(baseline)} ÷ ${ratio} (${formatValue(lower)})`, ...evidence };
    return { outcome: 'pass', reason: `${formatValue(value)} within ${ratio}× of baseline ${formatValue(baseline)}`, ...evidence };
}
/** The threshold judge: the latest values against the threshold and/or the baseline ratio. */
function judgeThreshold(def, newValue, baselineValue) {
    const parts = [];
    if (def.threshold !== undefined)
        parts.push(checkThreshold(newValue, def.threshold, def.direction));
    if (def.baselineRatio !== undefined)
        parts.push(checkRatio(newValue, def.baselineValue ?? baselineValue, def.baselineRatio, def.direction));
    return combine(parts);
}
const ALTERNATIVE = { 'increase-is-bad': 'greater', 'decrease-is-bad': 'less', either: 'two-sided' };
/**
 * The Mann-Whitney comparison (Kayenta's approach): the new colour's samples against the
 * baseline's over the same window. It fails only when the difference is both significant at the
 * confidence and larger than the effect tolerance, in the bad direction. Too few samples on
 * either side is inconclusive, never a pass.
 */
function compareMannWhitney(newSamples, baselineSamples, direction, settings) {
    const x = newSamples.filter((v) => !Number.isNaN(v));
    const y = baselineSamples.filter((v) => !Number.isNaN(v));
    if (x.length === 0)
        return { outcome: 'no-data', reason: 'the new colour has no samples in the window' };
    if (y.length === 0)
        return { outcome: 'no-data', reason: 'the baseline has no samples in the window' };
    const newValue = median(x);
    const baselineValue = median(y);
    if (x.length < settings.minSamples || y.length < settings.minSamples) {
        return { outcome: 'inconclusive', reason: `too few samples (new ${x.length}, baseline ${y.length}; min-samples ${settings.minSamples})`, newValue, baselineValue };
    }
    const alternative = ALTERNATIVE[direction];
    const result = mannWhitneyU(x, y, { alternative });
    const hl = hodgesLehmann(x, y);
    const relativeShift = baselineValue === 0 || !Number.isFinite(baselineValue) ? (hl === 0 ? 0 : Math.sign(hl) * Number.POSITIVE_INFINITY) : hl / Math.abs(baselineValue);
    const alpha = 1 - settings.confidence;
    const test = {
        u: result.u, pValue: result.pValue, alpha, method: result.method, z: result.z, alternative, nNew: x.length, nBaseline: y.length,
        hodgesLehmann: hl, relativeShift, cles: result.cles, effect: settings.effect, tolerance: settings.tolerance,
    };
    const effect = settings.effect === 'cles' ? result.cles - 0.5 : relativeShift;
    const large = direction === 'increase-is-bad' ? effect > settings.tolerance : direction === 'decrease-is-bad' ? effect < -settings.tolerance : Math.abs(effect) > settings.tolerance;
    const significant = result.pValue < alpha;
    const effectText = settings.effect === 'cles'
        ? `CLES ${formatValue(result.cles, 3)} (tolerance ±${settings.tolerance} around 0.5)`
        : `Hodges–Lehmann shift ${formatValue(hl)} (${formatShare(relativeShift)} of baseline median ${formatValue(baselineValue)}, tolerance ${formatShare(settings.tolerance)})`;
    const testText = `Mann-Whitney U=${formatValue(result.u, 6)}, p=${formatValue(result.pValue, 3)} (${alternative}, ${result.method}, n=${x.length}/${y.length}) ${significant ? '<' : '≥'} α=${formatValue(alpha, 3)}`;
    return { outcome: significant && large ? 'fail' : 'pass', reason: `${testText}; ${effectText}`, newValue, baselineValue, test };
}
function formatShare(share) {
    if (!Number.isFinite(share))
        return share > 0 ? '+Inf' : '-Inf';
    return `${share >= 0 ? '+' : ''}${(share * 100).toFixed(1)}%`;
}

;// CONCATENATED MODULE: ./packages/metrics/src/engine.ts




const NO_DATA_POLICIES = (/* unused pure expression or super */ null && (['fail', 'inconclusive', 'ignore']));
function valuesOf(data) {
    switch (data.type) {
        case 'vector':
            return data.samples.map((s) => s.value);
        case 'scalar':
            return [data.value];
        case 'matrix':
            return data.series.flatMap((s) => s.points.map((p) => p.value));
        case 'string':
            return [];
    }
}
/** An answer that holds no usable value: no series, or only NaN (a 0/0 rate without traffic). */
function lacksData(outcome) {
    return outcome.ok && valuesOf(outcome.data).every((v) => Number.isNaN(v));
}
function unavailableJudgement(outcome, side) {
    const u = outcome.unavailable;
    return { outcome: 'no-data', reason: `Prometheus unavailable for the ${side} (${u.reason}, ${u.attempts} attempt${u.attempts === 1 ? '' : 's'}): ${u.message}`, unavailable: u.message };
}
class Cancelled extends Error {
}
/**
 * Evaluates every metric every interval for the duration. A critical breach, a crash signal or
 * cancellation ends it early. No data is never a pass: depending on `noData` it counts as a
 * failure, makes the metric inconclusive, or is skipped; a metric with nothing but skipped
 * measurements is inconclusive.
 */
async function runAnalysis(options) {
    const clock = options.clock ?? systemClock;
    const judge = options.judge ?? 'threshold';
    const noData = options.noData ?? 'fail';
    const failureLimit = options.failureLimit ?? 0;
    const { intervalMs, durationMs } = options;
    if (!(intervalMs > 0) || !(durationMs > 0))
        throw new RangeError(`interval and duration must be positive (got ${intervalMs} and ${durationMs} ms)`);
    if (options.metrics.length === 0)
        throw new RangeError('an analysis needs at least one metric');
    const mw = { ...DEFAULT_MANN_WHITNEY, ...options.mannWhitney, minSamples: options.minSamples ?? DEFAULT_MANN_WHITNEY.minSamples };
    const thresholdMinSamples = options.minSamples ?? 1;
    const windowMs = options.windowMs ?? durationMs;
    const stepMs = options.stepMs ?? intervalMs;
    const states = options.metrics.map((def) => ({ def, judge: def.judge ?? judge, measurements: [], streak: 0, streakStart: undefined, breach: undefined }));
    const signals = [];
    const wake = new AbortController();
    const onCancel = () => wake.abort(new Cancelled('cancelled'));
    options.signal?.addEventListener('abort', onCancel, { once: true });
    if (options.signal?.aborted === true)
        onCancel();
    const startedAt = clock.now();
    let stop;
    const stopWatching = await options.signals?.start((signal) => {
        signals.push(signal);
        if (stop === undefined)
            stop = { kind: 'signal', signal };
        wake.abort(new Cancelled('signal'));
    });
    const fallbackAt = options.baselineFallbackAt;
    const historic = new Map();
    const measure = async (state, at, deadline) => {
        const { def } = state;
        const call = { deadline, signal: wake.signal };
        const ask = async (query, when = at) => {
            try {
                return await options.source.query(query, when, call);
            }
            catch (error) {
                throw error instanceof PromQLError ? error.forMetric(def.name) : error;
            }
        };
        const askRange = async (query, end = at) => {
            try {
                return await options.source.queryRange(query, { start: end - windowMs, end, stepMs }, call);
            }
            catch (error) {
                throw error instanceof PromQLError ? error.forMetric(def.name) : error;
            }
        };
        const baselineQuery = def.baselineRatio !== undefined && def.baselineValue === undefined ? def.baselineQuery : undefined;
        // The U test reads both colours' series over the window; the latest value is needed only for a threshold or a ratio.
        const compareSeries = state.judge === 'mann-whitney' && baselineQuery !== undefined;
        const needLatest = def.threshold !== undefined || !compareSeries;
        const [latestNew, liveBase, rangeNew, liveRangeBase] = await Promise.all([
            needLatest ? ask(def.query) : undefined,
            !compareSeries && baselineQuery !== undefined ? ask(baselineQuery) : undefined,
            compareSeries ? askRange(def.query) : undefined,
            compareSeries ? askRange(baselineQuery) : undefined,
        ]);
        let historicAt;
        const orHistoric = async (live, kind) => {
            if (fallbackAt === undefined || baselineQuery === undefined || live === undefined || !lacksData(live))
                return live;
            const key = `${def.name}\u0000${kind}`;
            let past = historic.get(key);
            if (past === undefined) {
                past = kind === 'instant' ? await ask(baselineQuery, fallbackAt) : await askRange(baselineQuery, fallbackAt);
                // The past does not change: one good answer serves every later tick.
                if (past.ok)
                    historic.set(key, past);
            }
            if (past.ok && lacksData(past))
                return live;
            historicAt = fallbackAt;
            return past;
        };
        const latestBase = await orHistoric(liveBase, 'instant');
        const rangeBase = await orHistoric(liveRangeBase, 'range');
        if (latestNew?.ok === false)
            return unavailableJudgement(latestNew, 'new colour');
        if (rangeNew?.ok === false)
            return unavailableJudgement(rangeNew, 'new colour');
        if (rangeBase?.ok === false)
            return unavailableJudgement(rangeBase, 'baseline');
        if (latestBase?.ok === false)
            return unavailableJudgement(latestBase, 'baseline');
        const newValue = latestNew?.ok === true ? worstValue(valuesOf(latestNew.data), def.direction) : undefined;
        const parts = [];
        if (def.threshold !== undefined)
            parts.push(checkThreshold(newValue, def.threshold, def.direction));
        if (def.baselineRatio !== undefined) {
            if (rangeNew?.ok === true && rangeBase?.ok === true) {
                parts.push(compareMannWhitney(valuesOf(rangeNew.data), valuesOf(rangeBase.data), def.direction, mw));
            }
            else {
                const baselineValue = def.baselineValue ?? (latestBase?.ok === true ? worstValue(valuesOf(latestBase.data), def.direction) : undefined);
                parts.push(checkRatio(newValue, baselineValue, def.baselineRatio, def.direction));
            }
        }
        const judged = combine(parts);
        return historicAt === undefined ? judged : { ...judged, reason: `${judged.reason} (baseline as of ${new Date(historicAt).toISOString()}: it serves no traffic now)` };
    };
    const record = (state, at, judgement) => {
        const failing = judgement.outcome === 'fail' || (judgement.outcome === 'no-data' && noData === 'fail');
        const m = { at, outcome: judgement.outcome, reason: judgement.reason, failing };
        if (judgement.newValue !== undefined)
            m.newValue = judgement.newValue;
        if (judgement.baselineValue !== undefined)
            m.baselineValue = judgement.baselineValue;
        if (judgement.test !== undefined)
            m.test = judgement.test;
        if (judgement.unavailable !== undefined)
            m.unavailable = judgement.unavailable;
        state.measurements.push(m);
        options.onMeasurement?.(state.def.name, m);
        if (state.breach !== undefined)
            return;
        if (failing) {
            state.streak += 1;
            state.streakStart ??= at;
            if (state.streak > failureLimit && at - state.streakStart >= state.def.forMs) {
                state.breach = { at, firstFailingAt: state.streakStart, rule: judgement.outcome === 'no-data' ? `no data (no-data: fail): ${judgement.reason}` : judgement.reason };
                options.logger?.warning(`Metric '${state.def.name}' breached: ${state.breach.rule}`);
            }
        }
        else if (judgement.outcome === 'pass') {
            state.streak = 0;
            state.streakStart = undefined;
        }
    };
    const ticks = Math.max(1, Math.floor(durationMs / intervalMs));
    try {
        for (let k = 1; k <= ticks && stop === undefined; k++) {
            const due = startedAt + Math.min(k * intervalMs, durationMs);
            const wait = due - clock.now();
            if (wait > 0) {
                try {
                    await clock.sleep(wait, wake.signal);
                }
                catch (error) {
                    if (wake.signal.aborted)
                        break;
                    throw error;
                }
            }
            if (wake.signal.aborted)
                break;
            const at = clock.now();
            const deadline = startedAt + Math.min((k + 1) * intervalMs, durationMs + intervalMs);
            let judgements;
            try {
                judgements = await Promise.all(states.map((s) => measure(s, at, deadline)));
            }
            catch (error) {
                if (wake.signal.aborted)
                    break;
                throw error;
            }
            states.forEach((s, i) => {
                const judgement = judgements[i];
                if (judgement !== undefined)
                    record(s, at, judgement);
            });
            const critical = states.find((s) => s.def.critical && s.breach !== undefined);
            const any = options.failFast === true ? states.find((s) => s.breach !== undefined) : undefined;
            if (critical !== undefined)
                stop = { kind: 'critical', metric: critical.def.name };
            else if (any !== undefined)
                stop = { kind: 'breach', metric: any.def.name };
        }
    }
    finally {
        options.signal?.removeEventListener('abort', onCancel);
        await stopWatching?.();
    }
    if (stop === undefined && options.signal?.aborted === true)
        stop = { kind: 'cancelled' };
    const metrics = states.map((s) => report(s, noData, thresholdMinSamples));
    const breached = metrics.filter((m) => m.outcome === 'fail').map((m) => m.name);
    const failures = [...metrics.map((m) => m.firstFailingAt), ...signals.map((s) => s.at)].filter((t) => t !== undefined);
    let verdict;
    let reason;
    if (stop?.kind === 'signal') {
        verdict = 'fail';
        reason = `Kubernetes signal ${stop.signal.kind}${stop.signal.pod === undefined ? '' : ` on ${stop.signal.pod}`}: ${stop.signal.message}`;
    }
    else if (breached.length > 0) {
        verdict = 'fail';
        reason = `breached: ${metrics.filter((m) => m.outcome === 'fail').map((m) => `${m.name} (${m.reason})`).join('; ')}`;
    }
    else if (stop?.kind === 'cancelled') {
        verdict = 'inconclusive';
        reason = 'the analysis was cancelled before its duration';
    }
    else if (metrics.some((m) => m.outcome === 'inconclusive')) {
        verdict = 'inconclusive';
        reason = `inconclusive: ${metrics.filter((m) => m.outcome === 'inconclusive').map((m) => `${m.name} (${m.reason})`).join('; ')}`;
    }
    else {
        verdict = 'pass';
        reason = `all ${metrics.length} metric${metrics.length === 1 ? '' : 's'} passed`;
    }
    const result = { verdict, reason, breached, startedAt, endedAt: clock.now(), metrics, signals };
    if (stop !== undefined)
        result.stop = stop;
    if (verdict === 'fail' && failures.length > 0)
        result.firstFailureAt = Math.min(...failures);
    return result;
}
function report(state, noData, thresholdMinSamples) {
    const { def } = state;
    const base = {
        name: def.name, critical: def.critical, judge: state.judge, direction: def.direction, query: def.query, baselineQuery: def.baselineQuery, measurements: state.measurements,
    };
    if (state.breach !== undefined) {
        return { ...base, outcome: 'fail', reason: state.breach.rule, breached: true, firingRule: state.breach.rule, firstFailingAt: state.breach.firstFailingAt, breachedAt: state.breach.at };
    }
    const counted = state.measurements.filter((m) => m.outcome !== 'no-data' || noData !== 'ignore');
    const last = counted.at(-1);
    const outcome = (verdict, reason) => ({ ...base, outcome: verdict, reason, breached: false });
    if (last === undefined) {
        return outcome('inconclusive', state.measurements.length === 0 ? 'not measured' : `no measurement had data (${state.measurements.length} skipped under no-data: ignore)`);
    }
    if (last.outcome === 'no-data') {
        return noData === 'fail'
            ? { ...outcome('fail', `no data at the end (no-data: fail): ${last.reason}`), firstFailingAt: state.streakStart ?? last.at }
            : outcome('inconclusive', `no data (no-data: inconclusive): ${last.reason}`);
    }
    if (last.outcome === 'fail') {
        const held = last.at - (state.streakStart ?? last.at);
        return outcome('inconclusive', `failing but not yet breached (${state.streak} consecutive, held ${Math.round(held / 1000)} s of ${Math.round(def.forMs / 1000)} s): ${last.reason}`);
    }
    if (last.outcome === 'inconclusive')
        return outcome('inconclusive', last.reason);
    if (state.judge === 'threshold' || def.baselineRatio === undefined) {
        const withData = counted.filter((m) => m.outcome !== 'no-data').length;
        if (withData < thresholdMinSamples)
            return outcome('inconclusive', `only ${withData} measurement${withData === 1 ? '' : 's'} with data; min-samples is ${thresholdMinSamples}`);
    }
    return outcome('pass', `${last.reason}${last.newValue === undefined ? '' : ` (latest ${formatValue(last.newValue)})`}`);
}
function pollingSignals(check, options) {
    const clock = options.clock ?? systemClock;
    return {
        start(report) {
            const stopped = new AbortController();
            const loop = (async () => {
                while (!stopped.signal.aborted) {
                    try {
                        for (const signal of await check(stopped.signal))
                            report(signal);
                    }
                    catch (error) {
                        if (stopped.signal.aborted)
                            return;
                        options.onError?.(error);
                    }
                    await clock.sleep(options.intervalMs, stopped.signal).catch(() => undefined);
                }
            })();
            return async () => {
                stopped.abort();
                await loop;
            };
        },
    };
}
/**
 * The analysis as JSON for the action's artifact. JSON has no NaN or ±Infinity (JSON.stringify
 * would write null), so they are written the way Prometheus writes them: "NaN", "+Inf", "-Inf".
 */
function analysisJson(result) {
    return JSON.stringify(result, (_key, value) => {
        if (typeof value !== 'number' || Number.isFinite(value))
            return value;
        return Number.isNaN(value) ? 'NaN' : value > 0 ? '+Inf' : '-Inf';
    }, 2);
}

;// CONCATENATED MODULE: ./packages/metrics/src/index.ts










/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 2018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 7016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 7349:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveBlockMap = __nccwpck_require__(7103);
var resolveBlockSeq = __nccwpck_require__(334);
var resolveFlowCollection = __nccwpck_require__(3142);

function resolveCollection(CN, ctx, token, onError, tagName, tag) {
    const coll = token.type === 'block-map'
        ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag)
        : token.type === 'block-seq'
            ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag)
            : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
    const Coll = coll.constructor;
    // If we got a tagName matching the class, or the tag name is '!',
    // then use the tagName from the node class used to create it.
    if (tagName === '!' || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
    }
    if (tagName)
        coll.tag = tagName;
    return coll;
}
function composeCollection(CN, ctx, token, props, onError) {
    const tagToken = props.tag;
    const tagName = !tagToken
        ? null
        : ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg));
    if (token.type === 'block-seq') {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken
            ? anchor.offset > tagToken.offset
                ? anchor
                : tagToken
            : (anchor ?? tagToken);
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
            const message = 'Missing newline after block sequence props';
            onError(lastProp, 'MISSING_CHAR', message);
        }
    }
    const expType = token.type === 'block-map'
        ? 'map'
        : token.type === 'block-seq'
            ? 'seq'
            : token.start.source === '{'
                ? 'map'
                : 'seq';
    // shortcut: check if it's a generic YAMLMap or YAMLSeq
    // before jumping into the custom tag logic.
    if (!tagToken ||
        !tagName ||
        tagName === '!' ||
        (tagName === YAMLMap.YAMLMap.tagName && expType === 'map') ||
        (tagName === YAMLSeq.YAMLSeq.tagName && expType === 'seq')) {
        return resolveCollection(CN, ctx, token, onError, tagName);
    }
    let tag = ctx.schema.tags.find(t => t.tag === tagName && t.collection === expType);
    if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
            ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
            tag = kt;
        }
        else {
            if (kt) {
                onError(tagToken, 'BAD_COLLECTION_TYPE', `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? 'scalar'}`, true);
            }
            else {
                onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, true);
            }
            return resolveCollection(CN, ctx, token, onError, tagName);
        }
    }
    const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
    const res = tag.resolve?.(coll, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg), ctx.options) ?? coll;
    const node = identity.isNode(res)
        ? res
        : new Scalar.Scalar(res);
    node.range = coll.range;
    node.tag = tagName;
    if (tag?.format)
        node.format = tag.format;
    return node;
}

exports.composeCollection = composeCollection;


/***/ }),

/***/ 3683:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Document = __nccwpck_require__(3021);
var composeNode = __nccwpck_require__(5937);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);

function composeDoc(options, directives, { offset, start, value, end }, onError) {
    const opts = Object.assign({ _directives: directives }, options);
    const doc = new Document.Document(undefined, opts);
    const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
    };
    const props = resolveProps.resolveProps(start, {
        indicator: 'doc-start',
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
    });
    if (props.found) {
        doc.directives.docStart = true;
        if (value &&
            (value.type === 'block-map' || value.type === 'block-seq') &&
            !props.hasNewline)
            onError(props.end, 'MISSING_CHAR', 'Block collection cannot start on same line with directives-end marker');
    }
    // @ts-expect-error If Contents is set, let's trust the user
    doc.contents = value
        ? composeNode.composeNode(ctx, value, props, onError)
        : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
    const contentEnd = doc.contents.range[2];
    const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
    if (re.comment)
        doc.comment = re.comment;
    doc.range = [offset, contentEnd, re.offset];
    return doc;
}

exports.composeDoc = composeDoc;


/***/ }),

/***/ 5937:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var composeCollection = __nccwpck_require__(7349);
var composeScalar = __nccwpck_require__(5413);
var resolveEnd = __nccwpck_require__(7788);
var utilEmptyScalarPosition = __nccwpck_require__(2599);

const CN = { composeNode, composeEmptyNode };
function composeNode(ctx, token, props, onError) {
    const atKey = ctx.atKey;
    const { spaceBefore, comment, anchor, tag } = props;
    let node;
    let isSrcToken = true;
    switch (token.type) {
        case 'alias':
            node = composeAlias(ctx, token, onError);
            if (anchor || tag)
                onError(token, 'ALIAS_PROPS', 'An alias node must not specify any properties');
            break;
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'block-scalar':
            node = composeScalar.composeScalar(ctx, token, tag, onError);
            if (anchor)
                node.anchor = anchor.source.substring(1);
            break;
        case 'block-map':
        case 'block-seq':
        case 'flow-collection':
            try {
                node = composeCollection.composeCollection(CN, ctx, token, props, onError);
                if (anchor)
                    node.anchor = anchor.source.substring(1);
            }
            catch (error) {
                // Almost certainly here due to a stack overflow
                const message = error instanceof Error ? error.message : String(error);
                onError(token, 'RESOURCE_EXHAUSTION', message);
            }
            break;
        default: {
            const message = token.type === 'error'
                ? token.message
                : `Unsupported token (type: ${token.type})`;
            onError(token, 'UNEXPECTED_TOKEN', message);
            isSrcToken = false;
        }
    }
    node ?? (node = composeEmptyNode(ctx, token.offset, undefined, null, props, onError));
    if (anchor && node.anchor === '')
        onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    if (atKey &&
        ctx.options.stringKeys &&
        (!identity.isScalar(node) ||
            typeof node.value !== 'string' ||
            (node.tag && node.tag !== 'tag:yaml.org,2002:str'))) {
        const msg = 'With stringKeys, all keys must be strings';
        onError(tag ?? token, 'NON_STRING_KEY', msg);
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        if (token.type === 'scalar' && token.source === '')
            node.comment = comment;
        else
            node.commentBefore = comment;
    }
    // @ts-expect-error Type checking misses meaning of isSrcToken
    if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
    return node;
}
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
    const token = {
        type: 'scalar',
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ''
    };
    const node = composeScalar.composeScalar(ctx, token, tag, onError);
    if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === '')
            onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        node.comment = comment;
        node.range[2] = end;
    }
    return node;
}
function composeAlias({ options }, { offset, source, end }, onError) {
    const alias = new Alias.Alias(source.substring(1));
    if (alias.source === '')
        onError(offset, 'BAD_ALIAS', 'Alias cannot be an empty string');
    if (alias.source.endsWith(':'))
        onError(offset + source.length - 1, 'BAD_ALIAS', 'Alias ending in : is ambiguous', true);
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
    alias.range = [offset, valueEnd, re.offset];
    if (re.comment)
        alias.comment = re.comment;
    return alias;
}

exports.composeEmptyNode = composeEmptyNode;
exports.composeNode = composeNode;


/***/ }),

/***/ 5413:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);

function composeScalar(ctx, token, tagToken, onError) {
    const { value, type, comment, range } = token.type === 'block-scalar'
        ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError)
        : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
    const tagName = tagToken
        ? ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg))
        : null;
    let tag;
    if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
    }
    else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
    else if (token.type === 'scalar')
        tag = findScalarTagByTest(ctx, value, token, onError);
    else
        tag = ctx.schema[identity.SCALAR];
    let scalar;
    try {
        const res = tag.resolve(value, msg => onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
    }
    catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg);
        scalar = new Scalar.Scalar(value);
    }
    scalar.range = range;
    scalar.source = value;
    if (type)
        scalar.type = type;
    if (tagName)
        scalar.tag = tagName;
    if (tag.format)
        scalar.format = tag.format;
    if (comment)
        scalar.comment = comment;
    return scalar;
}
function findScalarTagByName(schema, value, tagName, tagToken, onError) {
    if (tagName === '!')
        return schema[identity.SCALAR]; // non-specific tag
    const matchWithTest = [];
    for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
            if (tag.default && tag.test)
                matchWithTest.push(tag);
            else
                return tag;
        }
    }
    for (const tag of matchWithTest)
        if (tag.test?.test(value))
            return tag;
    const kt = schema.knownTags[tagName];
    if (kt && !kt.collection) {
        // Ensure that the known tag is available for stringifying,
        // but does not get used by default.
        schema.tags.push(Object.assign({}, kt, { default: false, test: undefined }));
        return kt;
    }
    onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, tagName !== 'tag:yaml.org,2002:str');
    return schema[identity.SCALAR];
}
function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
    const tag = schema.tags.find(tag => (tag.default === true || (atKey && tag.default === 'key')) &&
        tag.test?.test(value)) || schema[identity.SCALAR];
    if (schema.compat) {
        const compat = schema.compat.find(tag => tag.default && tag.test?.test(value)) ??
            schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
            const ts = directives.tagString(tag.tag);
            const cs = directives.tagString(compat.tag);
            const msg = `Value may be parsed as either ${ts} or ${cs}`;
            onError(token, 'TAG_RESOLVE_FAILED', msg, true);
        }
    }
    return tag;
}

exports.composeScalar = composeScalar;


/***/ }),

/***/ 9984:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var directives = __nccwpck_require__(1342);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var identity = __nccwpck_require__(1127);
var composeDoc = __nccwpck_require__(3683);
var resolveEnd = __nccwpck_require__(7788);

function getErrorPos(src) {
    if (typeof src === 'number')
        return [src, src + 1];
    if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
    const { offset, source } = src;
    return [offset, offset + (typeof source === 'string' ? source.length : 1)];
}
function parsePrelude(prelude) {
    let comment = '';
    let atComment = false;
    let afterEmptyLine = false;
    for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
            case '#':
                comment +=
                    (comment === '' ? '' : afterEmptyLine ? '\n\n' : '\n') +
                        (source.substring(1) || ' ');
                atComment = true;
                afterEmptyLine = false;
                break;
            case '%':
                if (prelude[i + 1]?.[0] !== '#')
                    i += 1;
                atComment = false;
                break;
            default:
                // This may be wrong after doc-end, but in that case it doesn't matter
                if (!atComment)
                    afterEmptyLine = true;
                atComment = false;
        }
    }
    return { comment, afterEmptyLine };
}
/**
 * Compose a stream of CST nodes into a stream of YAML Documents.
 *
 * ```ts
 * import { Composer, Parser } from 'yaml'
 *
 * const src: string = ...
 * const tokens = new Parser().parse(src)
 * const docs = new Composer().compose(tokens)
 * ```
 */
class Composer {
    constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
            const pos = getErrorPos(source);
            if (warning)
                this.warnings.push(new errors.YAMLWarning(pos, code, message));
            else
                this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        this.directives = new directives.Directives({ version: options.version || '1.2' });
        this.options = options;
    }
    decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        //console.log({ dc: doc.comment, prelude, comment })
        if (comment) {
            const dc = doc.contents;
            if (afterDoc) {
                doc.comment = doc.comment ? `${doc.comment}\n${comment}` : comment;
            }
            else if (afterEmptyLine || doc.directives.docStart || !dc) {
                doc.commentBefore = comment;
            }
            else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
                let it = dc.items[0];
                if (identity.isPair(it))
                    it = it.key;
                const cb = it.commentBefore;
                it.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
            else {
                const cb = dc.commentBefore;
                dc.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
        }
        if (afterDoc) {
            for (let i = 0; i < this.errors.length; ++i)
                doc.errors.push(this.errors[i]);
            for (let i = 0; i < this.warnings.length; ++i)
                doc.warnings.push(this.warnings[i]);
        }
        else {
            doc.errors = this.errors;
            doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
    }
    /**
     * Current stream status information.
     *
     * Mostly useful at the end of input for an empty stream.
     */
    streamInfo() {
        return {
            comment: parsePrelude(this.prelude).comment,
            directives: this.directives,
            errors: this.errors,
            warnings: this.warnings
        };
    }
    /**
     * Compose tokens into documents.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
            yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
    }
    /** Advance the composer by one CST token. */
    *next(token) {
        if (node_process.env.LOG_STREAM)
            console.dir(token, { depth: null });
        switch (token.type) {
            case 'directive':
                this.directives.add(token.source, (offset, message, warning) => {
                    const pos = getErrorPos(token);
                    pos[0] += offset;
                    this.onError(pos, 'BAD_DIRECTIVE', message, warning);
                });
                this.prelude.push(token.source);
                this.atDirectives = true;
                break;
            case 'document': {
                const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
                if (this.atDirectives && !doc.directives.docStart)
                    this.onError(token, 'MISSING_CHAR', 'Missing directives-end/doc-start indicator line');
                this.decorate(doc, false);
                if (this.doc)
                    yield this.doc;
                this.doc = doc;
                this.atDirectives = false;
                break;
            }
            case 'byte-order-mark':
            case 'space':
                break;
            case 'comment':
            case 'newline':
                this.prelude.push(token.source);
                break;
            case 'error': {
                const msg = token.source
                    ? `${token.message}: ${JSON.stringify(token.source)}`
                    : token.message;
                const error = new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg);
                if (this.atDirectives || !this.doc)
                    this.errors.push(error);
                else
                    this.doc.errors.push(error);
                break;
            }
            case 'doc-end': {
                if (!this.doc) {
                    const msg = 'Unexpected doc-end without preceding document';
                    this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg));
                    break;
                }
                this.doc.directives.docEnd = true;
                const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
                this.decorate(this.doc, true);
                if (end.comment) {
                    const dc = this.doc.comment;
                    this.doc.comment = dc ? `${dc}\n${end.comment}` : end.comment;
                }
                this.doc.range[2] = end.offset;
                break;
            }
            default:
                this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', `Unsupported token ${token.type}`));
        }
    }
    /**
     * Call at end of input to yield any remaining document.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
            this.decorate(this.doc, true);
            yield this.doc;
            this.doc = null;
        }
        else if (forceDoc) {
            const opts = Object.assign({ _directives: this.directives }, this.options);
            const doc = new Document.Document(undefined, opts);
            if (this.atDirectives)
                this.onError(endOffset, 'MISSING_CHAR', 'Missing directives-end indicator line');
            doc.range = [0, endOffset, endOffset];
            this.decorate(doc, false);
            yield doc;
        }
    }
}

exports.Composer = Composer;


/***/ }),

/***/ 7103:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilFlowIndentCheck = __nccwpck_require__(4051);
var utilMapIncludes = __nccwpck_require__(1187);

const startColMsg = 'All mapping items must start at the same column';
function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
    const map = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    let offset = bm.offset;
    let commentEnd = null;
    for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        // key properties
        const keyProps = resolveProps.resolveProps(start, {
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: bm.indent,
            startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
            if (key) {
                if (key.type === 'block-seq')
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'A block sequence may not be used as an implicit map key');
                else if ('indent' in key && key.indent !== bm.indent)
                    onError(offset, 'BAD_INDENT', startColMsg);
            }
            if (!keyProps.anchor && !keyProps.tag && !sep) {
                commentEnd = keyProps.end;
                if (keyProps.comment) {
                    if (map.comment)
                        map.comment += '\n' + keyProps.comment;
                    else
                        map.comment = keyProps.comment;
                }
                continue;
            }
            if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
                onError(key ?? start[start.length - 1], 'MULTILINE_IMPLICIT_KEY', 'Implicit keys need to be on a single line');
            }
        }
        else if (keyProps.found?.indent !== bm.indent) {
            onError(offset, 'BAD_INDENT', startColMsg);
        }
        // key value
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key
            ? composeNode(ctx, key, keyProps, onError)
            : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
            onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
        // value properties
        const valueProps = resolveProps.resolveProps(sep ?? [], {
            indicator: 'map-value-ind',
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: bm.indent,
            startOnNewline: !key || key.type === 'block-scalar'
        });
        offset = valueProps.end;
        if (valueProps.found) {
            if (implicitKey) {
                if (value?.type === 'block-map' && !valueProps.hasNewline)
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'Nested mappings are not allowed in compact mappings');
                if (ctx.options.strict &&
                    keyProps.start < valueProps.found.offset - 1024)
                    onError(keyNode.range, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit block mapping key');
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
            if (ctx.schema.compat)
                utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
            offset = valueNode.range[2];
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
        else {
            // key with no value
            if (implicitKey)
                onError(keyNode.range, 'MISSING_CHAR', 'Implicit map keys need to be followed by map values');
            if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
    }
    if (commentEnd && commentEnd < offset)
        onError(commentEnd, 'IMPOSSIBLE', 'Map comment with trailing content');
    map.range = [bm.offset, offset, commentEnd ?? offset];
    return map;
}

exports.resolveBlockMap = resolveBlockMap;


/***/ }),

/***/ 8913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function resolveBlockScalar(ctx, scalar, onError) {
    const start = scalar.offset;
    const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
    if (!header)
        return { value: '', type: null, comment: '', range: [start, start, start] };
    const type = header.mode === '>' ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
    const lines = scalar.source ? splitLines(scalar.source) : [];
    // determine the end of content & start of chomping
    let chompStart = lines.length;
    for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === '' || content === '\r')
            chompStart = i;
        else
            break;
    }
    // shortcut for empty contents
    if (chompStart === 0) {
        const value = header.chomp === '+' && lines.length > 0
            ? '\n'.repeat(Math.max(1, lines.length - 1))
            : '';
        let end = start + header.length;
        if (scalar.source)
            end += scalar.source.length;
        return { value, type, comment: header.comment, range: [start, end, end] };
    }
    // find the indentation level to trim from start
    let trimIndent = scalar.indent + header.indent;
    let offset = scalar.offset + header.length;
    let contentStart = 0;
    for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === '' || content === '\r') {
            if (header.indent === 0 && indent.length > trimIndent)
                trimIndent = indent.length;
        }
        else {
            if (indent.length < trimIndent) {
                const message = 'Block scalars with more-indented leading empty lines must use an explicit indentation indicator';
                onError(offset + indent.length, 'MISSING_CHAR', message);
            }
            if (header.indent === 0)
                trimIndent = indent.length;
            contentStart = i;
            if (trimIndent === 0 && !ctx.atRoot) {
                const message = 'Block scalar values in collections must be indented';
                onError(offset, 'BAD_INDENT', message);
            }
            break;
        }
        offset += indent.length + content.length + 1;
    }
    // include trailing more-indented empty lines in content
    for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
            chompStart = i + 1;
    }
    let value = '';
    let sep = '';
    let prevMoreIndented = false;
    // leading whitespace is kept intact
    for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + '\n';
    for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === '\r';
        if (crlf)
            content = content.slice(0, -1);
        /* istanbul ignore if already caught in lexer */
        if (content && indent.length < trimIndent) {
            const src = header.indent
                ? 'explicit indentation indicator'
                : 'first line';
            const message = `Block scalar lines must not be less indented than their ${src}`;
            onError(offset - content.length - (crlf ? 2 : 1), 'BAD_INDENT', message);
            indent = '';
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
        }
        else if (indent.length > trimIndent || content[0] === '\t') {
            // more-indented content within a folded block
            if (sep === ' ')
                sep = '\n';
            else if (!prevMoreIndented && sep === '\n')
                sep = '\n\n';
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
            prevMoreIndented = true;
        }
        else if (content === '') {
            // empty line
            if (sep === '\n')
                value += '\n';
            else
                sep = '\n';
        }
        else {
            value += sep + content;
            sep = ' ';
            prevMoreIndented = false;
        }
    }
    switch (header.chomp) {
        case '-':
            break;
        case '+':
            for (let i = chompStart; i < lines.length; ++i)
                value += '\n' + lines[i][0].slice(trimIndent);
            if (value[value.length - 1] !== '\n')
                value += '\n';
            break;
        default:
            value += '\n';
    }
    const end = start + header.length + scalar.source.length;
    return { value, type, comment: header.comment, range: [start, end, end] };
}
function parseBlockScalarHeader({ offset, props }, strict, onError) {
    /* istanbul ignore if should not happen */
    if (props[0].type !== 'block-scalar-header') {
        onError(props[0], 'IMPOSSIBLE', 'Block scalar header not found');
        return null;
    }
    const { source } = props[0];
    const mode = source[0];
    let indent = 0;
    let chomp = '';
    let error = -1;
    for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === '-' || ch === '+'))
            chomp = ch;
        else {
            const n = Number(ch);
            if (!indent && n)
                indent = n;
            else if (error === -1)
                error = offset + i;
        }
    }
    if (error !== -1)
        onError(error, 'UNEXPECTED_TOKEN', `Block scalar header includes extra characters: ${source}`);
    let hasSpace = false;
    let comment = '';
    let length = source.length;
    for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
            case 'space':
                hasSpace = true;
            // fallthrough
            case 'newline':
                length += token.source.length;
                break;
            case 'comment':
                if (strict && !hasSpace) {
                    const message = 'Comments must be separated from other tokens by white space characters';
                    onError(token, 'MISSING_CHAR', message);
                }
                length += token.source.length;
                comment = token.source.substring(1);
                break;
            case 'error':
                onError(token, 'UNEXPECTED_TOKEN', token.message);
                length += token.source.length;
                break;
            /* istanbul ignore next should not happen */
            default: {
                const message = `Unexpected token in block scalar header: ${token.type}`;
                onError(token, 'UNEXPECTED_TOKEN', message);
                const ts = token.source;
                if (ts && typeof ts === 'string')
                    length += ts.length;
            }
        }
    }
    return { mode, indent, chomp, comment, length };
}
/** @returns Array of lines split up as `[indent, content]` */
function splitLines(source) {
    const split = source.split(/\n( *)/);
    const first = split[0];
    const m = first.match(/^( *)/);
    const line0 = m?.[1]
        ? [m[1], first.slice(m[1].length)]
        : ['', first];
    const lines = [line0];
    for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
    return lines;
}

exports.resolveBlockScalar = resolveBlockScalar;


/***/ }),

/***/ 334:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var YAMLSeq = __nccwpck_require__(2223);
var resolveProps = __nccwpck_require__(4631);
var utilFlowIndentCheck = __nccwpck_require__(4051);

function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
    const seq = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = bs.offset;
    let commentEnd = null;
    for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
            indicator: 'seq-item-ind',
            next: value,
            offset,
            onError,
            parentIndent: bs.indent,
            startOnNewline: true
        });
        if (!props.found) {
            if (props.anchor || props.tag || value) {
                if (value?.type === 'block-seq')
                    onError(props.end, 'BAD_INDENT', 'All sequence items must start at the same column');
                else
                    onError(offset, 'MISSING_CHAR', 'Sequence item without - indicator');
            }
            else {
                commentEnd = props.end;
                if (props.comment)
                    seq.comment = props.comment;
                continue;
            }
        }
        const node = value
            ? composeNode(ctx, value, props, onError)
            : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
    }
    seq.range = [bs.offset, offset, commentEnd ?? offset];
    return seq;
}

exports.resolveBlockSeq = resolveBlockSeq;


/***/ }),

/***/ 7788:
/***/ ((__unused_webpack_module, exports) => {



function resolveEnd(end, offset, reqSpace, onError) {
    let comment = '';
    if (end) {
        let hasSpace = false;
        let sep = '';
        for (const token of end) {
            const { source, type } = token;
            switch (type) {
                case 'space':
                    hasSpace = true;
                    break;
                case 'comment': {
                    if (reqSpace && !hasSpace)
                        onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                    const cb = source.substring(1) || ' ';
                    if (!comment)
                        comment = cb;
                    else
                        comment += sep + cb;
                    sep = '';
                    break;
                }
                case 'newline':
                    if (comment)
                        sep += source;
                    hasSpace = true;
                    break;
                default:
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${type} at node end`);
            }
            offset += source.length;
        }
    }
    return { comment, offset };
}

exports.resolveEnd = resolveEnd;


/***/ }),

/***/ 3142:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilMapIncludes = __nccwpck_require__(1187);

const blockMsg = 'Block collections are not allowed within flow collections';
const isBlock = (token) => token && (token.type === 'block-map' || token.type === 'block-seq');
function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
    const isMap = fc.start.source === '{';
    const fcName = isMap ? 'flow map' : 'flow sequence';
    const NodeClass = (tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq));
    const coll = new NodeClass(ctx.schema);
    coll.flow = true;
    const atRoot = ctx.atRoot;
    if (atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = fc.offset + fc.start.source.length;
    for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
            flow: fcName,
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
        });
        if (!props.found) {
            if (!props.anchor && !props.tag && !sep && !value) {
                if (i === 0 && props.comma)
                    onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
                else if (i < fc.items.length - 1)
                    onError(props.start, 'UNEXPECTED_TOKEN', `Unexpected empty item in ${fcName}`);
                if (props.comment) {
                    if (coll.comment)
                        coll.comment += '\n' + props.comment;
                    else
                        coll.comment = props.comment;
                }
                offset = props.end;
                continue;
            }
            if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
                onError(key, // checked by containsNewline()
                'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
        }
        if (i === 0) {
            if (props.comma)
                onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
        }
        else {
            if (!props.comma)
                onError(props.start, 'MISSING_CHAR', `Missing , between ${fcName} items`);
            if (props.comment) {
                let prevItemComment = '';
                loop: for (const st of start) {
                    switch (st.type) {
                        case 'comma':
                        case 'space':
                            break;
                        case 'comment':
                            prevItemComment = st.source.substring(1);
                            break loop;
                        default:
                            break loop;
                    }
                }
                if (prevItemComment) {
                    let prev = coll.items[coll.items.length - 1];
                    if (identity.isPair(prev))
                        prev = prev.value ?? prev.key;
                    if (prev.comment)
                        prev.comment += '\n' + prevItemComment;
                    else
                        prev.comment = prevItemComment;
                    props.comment = props.comment.substring(prevItemComment.length + 1);
                }
            }
        }
        if (!isMap && !sep && !props.found) {
            // item is a value in a seq
            // → key & sep are empty, start does not include ? or :
            const valueNode = value
                ? composeNode(ctx, value, props, onError)
                : composeEmptyNode(ctx, props.end, sep, null, props, onError);
            coll.items.push(valueNode);
            offset = valueNode.range[2];
            if (isBlock(value))
                onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
        }
        else {
            // item is a key+value pair
            // key value
            ctx.atKey = true;
            const keyStart = props.end;
            const keyNode = key
                ? composeNode(ctx, key, props, onError)
                : composeEmptyNode(ctx, keyStart, start, null, props, onError);
            if (isBlock(key))
                onError(keyNode.range, 'BLOCK_IN_FLOW', blockMsg);
            ctx.atKey = false;
            // value properties
            const valueProps = resolveProps.resolveProps(sep ?? [], {
                flow: fcName,
                indicator: 'map-value-ind',
                next: value,
                offset: keyNode.range[2],
                onError,
                parentIndent: fc.indent,
                startOnNewline: false
            });
            if (valueProps.found) {
                if (!isMap && !props.found && ctx.options.strict) {
                    if (sep)
                        for (const st of sep) {
                            if (st === valueProps.found)
                                break;
                            if (st.type === 'newline') {
                                onError(st, 'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
                                break;
                            }
                        }
                    if (props.start < valueProps.found.offset - 1024)
                        onError(valueProps.found, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit flow sequence key');
                }
            }
            else if (value) {
                if ('source' in value && value.source?.[0] === ':')
                    onError(value, 'MISSING_CHAR', `Missing space after : in ${fcName}`);
                else
                    onError(valueProps.start, 'MISSING_CHAR', `Missing , or : between ${fcName} items`);
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : valueProps.found
                    ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError)
                    : null;
            if (valueNode) {
                if (isBlock(value))
                    onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
            }
            else if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            if (isMap) {
                const map = coll;
                if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
                    onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
                map.items.push(pair);
            }
            else {
                const map = new YAMLMap.YAMLMap(ctx.schema);
                map.flow = true;
                map.items.push(pair);
                const endRange = (valueNode ?? keyNode).range;
                map.range = [keyNode.range[0], endRange[1], endRange[2]];
                coll.items.push(map);
            }
            offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
    }
    const expectedEnd = isMap ? '}' : ']';
    const [ce, ...ee] = fc.end;
    let cePos = offset;
    if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
    else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot
            ? `${name} must end with a ${expectedEnd}`
            : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? 'MISSING_CHAR' : 'BAD_INDENT', msg);
        if (ce && ce.source.length !== 1)
            ee.unshift(ce);
    }
    if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
            if (coll.comment)
                coll.comment += '\n' + end.comment;
            else
                coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
    }
    else {
        coll.range = [fc.offset, cePos, cePos];
    }
    return coll;
}

exports.resolveFlowCollection = resolveFlowCollection;


/***/ }),

/***/ 6842:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var resolveEnd = __nccwpck_require__(7788);

function resolveFlowScalar(scalar, strict, onError) {
    const { offset, type, source, end } = scalar;
    let _type;
    let value;
    const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
    switch (type) {
        case 'scalar':
            _type = Scalar.Scalar.PLAIN;
            value = plainValue(source, _onError);
            break;
        case 'single-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_SINGLE;
            value = singleQuotedValue(source, _onError);
            break;
        case 'double-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_DOUBLE;
            value = doubleQuotedValue(source, _onError);
            break;
        /* istanbul ignore next should not happen */
        default:
            onError(scalar, 'UNEXPECTED_TOKEN', `Expected a flow scalar value, but found: ${type}`);
            return {
                value: '',
                type: null,
                comment: '',
                range: [offset, offset + source.length, offset + source.length]
            };
    }
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
    return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
    };
}
function plainValue(source, onError) {
    let badChar = '';
    switch (source[0]) {
        /* istanbul ignore next should not happen */
        case '\t':
            badChar = 'a tab character';
            break;
        case ',':
            badChar = 'flow indicator character ,';
            break;
        case '%':
            badChar = 'directive indicator character %';
            break;
        case '|':
        case '>': {
            badChar = `block scalar indicator ${source[0]}`;
            break;
        }
        case '@':
        case '`': {
            badChar = `reserved character ${source[0]}`;
            break;
        }
    }
    if (badChar)
        onError(0, 'BAD_SCALAR_START', `Plain value cannot start with ${badChar}`);
    return unfoldLines(source);
}
function singleQuotedValue(source, onError) {
    if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, 'MISSING_CHAR', "Missing closing 'quote");
    return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}
function unfoldLines(source) {
    const line = /(.*?)\r?\n/sy;
    let match = line.exec(source);
    if (!match)
        return source;
    /**
     * The negative lookbehinds in these RegExps are to
     * prevent causing a polynomial search time in certain cases.
     *
     * The try-catch is for Safari < 16.4 and other old browsers:
     * https://caniuse.com/js-regexp-lookbehind
     */
    let trimEnd, trimBoth;
    try {
        trimEnd = new RegExp('(?<![ \t])[ \t]+$');
        trimBoth = new RegExp('^[ \t]+|(?<![ \t])[ \t]+$', 'g');
    }
    catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
    }
    let res = match[1].replace(trimEnd, '');
    let sep = ' ';
    let pos = line.lastIndex;
    while ((match = line.exec(source))) {
        const lm = match[1].replace(trimBoth, '');
        if (lm === '') {
            if (sep === '\n')
                res += sep;
            else
                sep = '\n';
        }
        else {
            res += sep + lm;
            sep = ' ';
        }
        pos = line.lastIndex;
    }
    const last = /[ \t]*(.*)/sy;
    last.lastIndex = pos;
    match = last.exec(source);
    return res + sep + (match?.[1] ?? '');
}
function doubleQuotedValue(source, onError) {
    let res = '';
    for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === '\r' && source[i + 1] === '\n')
            continue;
        if (ch === '\n') {
            const { fold, offset } = foldNewline(source, i);
            res += fold;
            i = offset;
        }
        else if (ch === '\\') {
            let next = source[++i];
            const cc = escapeCodes[next];
            if (cc)
                res += cc;
            else if (next === '\n') {
                // skip escaped newlines, but still trim the following line
                next = source[i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === '\r' && source[i + 1] === '\n') {
                // skip escaped CRLF newlines, but still trim the following line
                next = source[++i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === 'x' || next === 'u' || next === 'U') {
                const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
                res += parseCharCode(source, i + 1, length, onError);
                i += length;
            }
            else {
                const raw = source.substr(i - 1, 2);
                onError(i - 1, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
                res += raw;
            }
        }
        else if (ch === ' ' || ch === '\t') {
            // trim trailing whitespace
            const wsStart = i;
            let next = source[i + 1];
            while (next === ' ' || next === '\t')
                next = source[++i + 1];
            if (next !== '\n' && !(next === '\r' && source[i + 2] === '\n'))
                res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        }
        else {
            res += ch;
        }
    }
    if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, 'MISSING_CHAR', 'Missing closing "quote');
    return res;
}
/**
 * Fold a single newline into a space, multiple newlines to N - 1 newlines.
 * Presumes `source[offset] === '\n'`
 */
function foldNewline(source, offset) {
    let fold = '';
    let ch = source[offset + 1];
    while (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
        if (ch === '\r' && source[offset + 2] !== '\n')
            break;
        if (ch === '\n')
            fold += '\n';
        offset += 1;
        ch = source[offset + 1];
    }
    if (!fold)
        fold = ' ';
    return { fold, offset };
}
const escapeCodes = {
    '0': '\0', // null character
    a: '\x07', // bell character
    b: '\b', // backspace
    e: '\x1b', // escape character
    f: '\f', // form feed
    n: '\n', // line feed
    r: '\r', // carriage return
    t: '\t', // horizontal tab
    v: '\v', // vertical tab
    N: '\u0085', // Unicode next line
    _: '\u00a0', // Unicode non-breaking space
    L: '\u2028', // Unicode line separator
    P: '\u2029', // Unicode paragraph separator
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    '\t': '\t'
};
function parseCharCode(source, offset, length, onError) {
    const cc = source.substr(offset, length);
    const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
    const code = ok ? parseInt(cc, 16) : NaN;
    try {
        return String.fromCodePoint(code);
    }
    catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
        return raw;
    }
}

exports.resolveFlowScalar = resolveFlowScalar;


/***/ }),

/***/ 4631:
/***/ ((__unused_webpack_module, exports) => {



function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
    let spaceBefore = false;
    let atNewline = startOnNewline;
    let hasSpace = startOnNewline;
    let comment = '';
    let commentSep = '';
    let hasNewline = false;
    let reqSpace = false;
    let tab = null;
    let anchor = null;
    let tag = null;
    let newlineAfterProp = null;
    let comma = null;
    let found = null;
    let start = null;
    for (const token of tokens) {
        if (reqSpace) {
            if (token.type !== 'space' &&
                token.type !== 'newline' &&
                token.type !== 'comma')
                onError(token.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
            reqSpace = false;
        }
        if (tab) {
            if (atNewline && token.type !== 'comment' && token.type !== 'newline') {
                onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
            }
            tab = null;
        }
        switch (token.type) {
            case 'space':
                // At the doc level, tabs at line start may be parsed
                // as leading white space rather than indentation.
                // In a flow collection, only the parser handles indent.
                if (!flow &&
                    (indicator !== 'doc-start' || next?.type !== 'flow-collection') &&
                    token.source.includes('\t')) {
                    tab = token;
                }
                hasSpace = true;
                break;
            case 'comment': {
                if (!hasSpace)
                    onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                const cb = token.source.substring(1) || ' ';
                if (!comment)
                    comment = cb;
                else
                    comment += commentSep + cb;
                commentSep = '';
                atNewline = false;
                break;
            }
            case 'newline':
                if (atNewline) {
                    if (comment)
                        comment += token.source;
                    else if (!found || indicator !== 'seq-item-ind')
                        spaceBefore = true;
                }
                else
                    commentSep += token.source;
                atNewline = true;
                hasNewline = true;
                if (anchor || tag)
                    newlineAfterProp = token;
                hasSpace = true;
                break;
            case 'anchor':
                if (anchor)
                    onError(token, 'MULTIPLE_ANCHORS', 'A node can have at most one anchor');
                if (token.source.endsWith(':'))
                    onError(token.offset + token.source.length - 1, 'BAD_ALIAS', 'Anchor ending in : is ambiguous', true);
                anchor = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            case 'tag': {
                if (tag)
                    onError(token, 'MULTIPLE_TAGS', 'A node can have at most one tag');
                tag = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            }
            case indicator:
                // Could here handle preceding comments differently
                if (anchor || tag)
                    onError(token, 'BAD_PROP_ORDER', `Anchors and tags must be after the ${token.source} indicator`);
                if (found)
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.source} in ${flow ?? 'collection'}`);
                found = token;
                atNewline =
                    indicator === 'seq-item-ind' || indicator === 'explicit-key-ind';
                hasSpace = false;
                break;
            case 'comma':
                if (flow) {
                    if (comma)
                        onError(token, 'UNEXPECTED_TOKEN', `Unexpected , in ${flow}`);
                    comma = token;
                    atNewline = false;
                    hasSpace = false;
                    break;
                }
            // else fallthrough
            default:
                onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.type} token`);
                atNewline = false;
                hasSpace = false;
        }
    }
    const last = tokens[tokens.length - 1];
    const end = last ? last.offset + last.source.length : offset;
    if (reqSpace &&
        next &&
        next.type !== 'space' &&
        next.type !== 'newline' &&
        next.type !== 'comma' &&
        (next.type !== 'scalar' || next.source !== '')) {
        onError(next.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
    }
    if (tab &&
        ((atNewline && tab.indent <= parentIndent) ||
            next?.type === 'block-map' ||
            next?.type === 'block-seq'))
        onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
    return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
    };
}

exports.resolveProps = resolveProps;


/***/ }),

/***/ 9499:
/***/ ((__unused_webpack_module, exports) => {



function containsNewline(key) {
    if (!key)
        return null;
    switch (key.type) {
        case 'alias':
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            if (key.source.includes('\n'))
                return true;
            if (key.end)
                for (const st of key.end)
                    if (st.type === 'newline')
                        return true;
            return false;
        case 'flow-collection':
            for (const it of key.items) {
                for (const st of it.start)
                    if (st.type === 'newline')
                        return true;
                if (it.sep)
                    for (const st of it.sep)
                        if (st.type === 'newline')
                            return true;
                if (containsNewline(it.key) || containsNewline(it.value))
                    return true;
            }
            return false;
        default:
            return true;
    }
}

exports.containsNewline = containsNewline;


/***/ }),

/***/ 2599:
/***/ ((__unused_webpack_module, exports) => {



function emptyScalarPosition(offset, before, pos) {
    if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
            let st = before[i];
            switch (st.type) {
                case 'space':
                case 'comment':
                case 'newline':
                    offset -= st.source.length;
                    continue;
            }
            // Technically, an empty scalar is immediately after the last non-empty
            // node, but it's more useful to place it after any whitespace.
            st = before[++i];
            while (st?.type === 'space') {
                offset += st.source.length;
                st = before[++i];
            }
            break;
        }
    }
    return offset;
}

exports.emptyScalarPosition = emptyScalarPosition;


/***/ }),

/***/ 4051:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var utilContainsNewline = __nccwpck_require__(9499);

function flowIndentCheck(indent, fc, onError) {
    if (fc?.type === 'flow-collection') {
        const end = fc.end[0];
        if (end.indent === indent &&
            (end.source === ']' || end.source === '}') &&
            utilContainsNewline.containsNewline(fc)) {
            const msg = 'Flow end indicator should be more indented than parent';
            onError(end, 'BAD_INDENT', msg, true);
        }
    }
}

exports.flowIndentCheck = flowIndentCheck;


/***/ }),

/***/ 1187:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

function mapIncludes(ctx, items, search) {
    const { uniqueKeys } = ctx.options;
    if (uniqueKeys === false)
        return false;
    const isEqual = typeof uniqueKeys === 'function'
        ? uniqueKeys
        : (a, b) => a === b || (identity.isScalar(a) && identity.isScalar(b) && a.value === b.value);
    return items.some(pair => isEqual(pair.key, search));
}

exports.mapIncludes = mapIncludes;


/***/ }),

/***/ 3021:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var toJS = __nccwpck_require__(4043);
var Schema = __nccwpck_require__(5840);
var stringifyDocument = __nccwpck_require__(6829);
var anchors = __nccwpck_require__(1596);
var applyReviver = __nccwpck_require__(3661);
var createNode = __nccwpck_require__(2404);
var directives = __nccwpck_require__(1342);

class Document {
    constructor(value, replacer, options) {
        /** A comment before this Document */
        this.commentBefore = null;
        /** A comment immediately after this Document */
        this.comment = null;
        /** Errors encountered during parsing. */
        this.errors = [];
        /** Warnings encountered during parsing. */
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === 'function' || Array.isArray(replacer)) {
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const opt = Object.assign({
            intAsBigInt: false,
            keepSourceTokens: false,
            logLevel: 'warn',
            prettyErrors: true,
            strict: true,
            stringKeys: false,
            uniqueKeys: true,
            version: '1.2'
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
            this.directives = options._directives.atDocument();
            if (this.directives.yaml.explicit)
                version = this.directives.yaml.version;
        }
        else
            this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        // @ts-expect-error We can't really know that this matches Contents.
        this.contents =
            value === undefined ? null : this.createNode(value, _replacer, options);
    }
    /**
     * Create a deep copy of this Document and its contents.
     *
     * Custom Node values that inherit from `Object` still refer to their original instances.
     */
    clone() {
        const copy = Object.create(Document.prototype, {
            [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
            copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        // @ts-expect-error We can't really know that this matches Contents.
        copy.contents = identity.isNode(this.contents)
            ? this.contents.clone(copy.schema)
            : this.contents;
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** Adds a value to the document. */
    add(value) {
        if (assertCollection(this.contents))
            this.contents.add(value);
    }
    /** Adds a value to the document. */
    addIn(path, value) {
        if (assertCollection(this.contents))
            this.contents.addIn(path, value);
    }
    /**
     * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
     *
     * If `node` already has an anchor, `name` is ignored.
     * Otherwise, the `node.anchor` value will be set to `name`,
     * or if an anchor with that name is already present in the document,
     * `name` will be used as a prefix for a new unique anchor.
     * If `name` is undefined, the generated anchor will use 'a' as a prefix.
     */
    createAlias(node, name) {
        if (!node.anchor) {
            const prev = anchors.anchorNames(this);
            node.anchor =
                // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
                !name || prev.has(name) ? anchors.findNewAnchor(name || 'a', prev) : name;
        }
        return new Alias.Alias(node.anchor);
    }
    createNode(value, replacer, options) {
        let _replacer = undefined;
        if (typeof replacer === 'function') {
            value = replacer.call({ '': value }, '', value);
            _replacer = replacer;
        }
        else if (Array.isArray(replacer)) {
            const keyToStr = (v) => typeof v === 'number' || v instanceof String || v instanceof Number;
            const asStr = replacer.filter(keyToStr).map(String);
            if (asStr.length > 0)
                replacer = replacer.concat(asStr);
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(this, 
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        anchorPrefix || 'a');
        const ctx = {
            aliasDuplicateObjects: aliasDuplicateObjects ?? true,
            keepUndefined: keepUndefined ?? false,
            onAnchor,
            onTagObj,
            replacer: _replacer,
            schema: this.schema,
            sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
            node.flow = true;
        setAnchors();
        return node;
    }
    /**
     * Convert a key and a value into a `Pair` using the current schema,
     * recursively wrapping all values as `Scalar` or `Collection` nodes.
     */
    createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
            if (this.contents == null)
                return false;
            // @ts-expect-error Presumed impossible if Strict extends false
            this.contents = null;
            return true;
        }
        return assertCollection(this.contents)
            ? this.contents.deleteIn(path)
            : false;
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    get(key, keepScalar) {
        return identity.isCollection(this.contents)
            ? this.contents.get(key, keepScalar)
            : undefined;
    }
    /**
     * Returns item at `path`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
            return !keepScalar && identity.isScalar(this.contents)
                ? this.contents.value
                : this.contents;
        return identity.isCollection(this.contents)
            ? this.contents.getIn(path, keepScalar)
            : undefined;
    }
    /**
     * Checks if the document includes a value with the key `key`.
     */
    has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
    }
    /**
     * Checks if the document includes a value at `path`.
     */
    hasIn(path) {
        if (Collection.isEmptyPath(path))
            return this.contents !== undefined;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    set(key, value) {
        if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, [key], value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.set(key, value);
        }
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = value;
        }
        else if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.setIn(path, value);
        }
    }
    /**
     * Change the YAML version and schema used by the document.
     * A `null` version disables support for directives, explicit tags, anchors, and aliases.
     * It also requires the `schema` option to be given as a `Schema` instance value.
     *
     * Overrides all previously set schema options.
     */
    setSchema(version, options = {}) {
        if (typeof version === 'number')
            version = String(version);
        let opt;
        switch (version) {
            case '1.1':
                if (this.directives)
                    this.directives.yaml.version = '1.1';
                else
                    this.directives = new directives.Directives({ version: '1.1' });
                opt = { resolveKnownTags: false, schema: 'yaml-1.1' };
                break;
            case '1.2':
            case 'next':
                if (this.directives)
                    this.directives.yaml.version = version;
                else
                    this.directives = new directives.Directives({ version });
                opt = { resolveKnownTags: true, schema: 'core' };
                break;
            case null:
                if (this.directives)
                    delete this.directives;
                opt = null;
                break;
            default: {
                const sv = JSON.stringify(version);
                throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
            }
        }
        // Not using `instanceof Schema` to allow for duck typing
        if (options.schema instanceof Object)
            this.schema = options.schema;
        else if (opt)
            this.schema = new Schema.Schema(Object.assign(opt, options));
        else
            throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
    }
    // json & jsonArg are only used from toJSON()
    toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
            anchors: new Map(),
            doc: this,
            keep: !json,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
    /**
     * A JSON representation of the document `contents`.
     *
     * @param jsonArg Used by `JSON.stringify` to indicate the array index or
     *   property name.
     */
    toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
    }
    /** A YAML representation of the document. */
    toString(options = {}) {
        if (this.errors.length > 0)
            throw new Error('Document with errors cannot be stringified');
        if ('indent' in options &&
            (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
            const s = JSON.stringify(options.indent);
            throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
    }
}
function assertCollection(contents) {
    if (identity.isCollection(contents))
        return true;
    throw new Error('Expected a YAML collection as document contents');
}

exports.Document = Document;


/***/ }),

/***/ 1596:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

/**
 * Verify that the input string is a valid anchor.
 *
 * Will throw on errors.
 */
function anchorIsValid(anchor) {
    if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
    }
    return true;
}
function anchorNames(root) {
    const anchors = new Set();
    visit.visit(root, {
        Value(_key, node) {
            if (node.anchor)
                anchors.add(node.anchor);
        }
    });
    return anchors;
}
/** Find a new anchor name with the given `prefix` and a one-indexed suffix. */
function findNewAnchor(prefix, exclude) {
    for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
            return name;
    }
}
function createNodeAnchors(doc, prefix) {
    const aliasObjects = [];
    const sourceObjects = new Map();
    let prevAnchors = null;
    return {
        onAnchor: (source) => {
            aliasObjects.push(source);
            prevAnchors ?? (prevAnchors = anchorNames(doc));
            const anchor = findNewAnchor(prefix, prevAnchors);
            prevAnchors.add(anchor);
            return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
            for (const source of aliasObjects) {
                const ref = sourceObjects.get(source);
                if (typeof ref === 'object' &&
                    ref.anchor &&
                    (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
                    ref.node.anchor = ref.anchor;
                }
                else {
                    const error = new Error('Failed to resolve repeated object (this should not happen)');
                    error.source = source;
                    throw error;
                }
            }
        },
        sourceObjects
    };
}

exports.anchorIsValid = anchorIsValid;
exports.anchorNames = anchorNames;
exports.createNodeAnchors = createNodeAnchors;
exports.findNewAnchor = findNewAnchor;


/***/ }),

/***/ 3661:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Applies the JSON.parse reviver algorithm as defined in the ECMA-262 spec,
 * in section 24.5.1.1 "Runtime Semantics: InternalizeJSONProperty" of the
 * 2021 edition: https://tc39.es/ecma262/#sec-json.parse
 *
 * Includes extensions for handling Map and Set objects.
 */
function applyReviver(reviver, obj, key, val) {
    if (val && typeof val === 'object') {
        if (Array.isArray(val)) {
            for (let i = 0, len = val.length; i < len; ++i) {
                const v0 = val[i];
                const v1 = applyReviver(reviver, val, String(i), v0);
                // eslint-disable-next-line @typescript-eslint/no-array-delete
                if (v1 === undefined)
                    delete val[i];
                else if (v1 !== v0)
                    val[i] = v1;
            }
        }
        else if (val instanceof Map) {
            for (const k of Array.from(val.keys())) {
                const v0 = val.get(k);
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    val.delete(k);
                else if (v1 !== v0)
                    val.set(k, v1);
            }
        }
        else if (val instanceof Set) {
            for (const v0 of Array.from(val)) {
                const v1 = applyReviver(reviver, val, v0, v0);
                if (v1 === undefined)
                    val.delete(v0);
                else if (v1 !== v0) {
                    val.delete(v0);
                    val.add(v1);
                }
            }
        }
        else {
            for (const [k, v0] of Object.entries(val)) {
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    delete val[k];
                else if (v1 !== v0)
                    val[k] = v1;
            }
        }
    }
    return reviver.call(obj, key, val);
}

exports.applyReviver = applyReviver;


/***/ }),

/***/ 2404:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

const defaultTagPrefix = 'tag:yaml.org,2002:';
function findTagObject(value, tagName, tags) {
    if (tagName) {
        const match = tags.filter(t => t.tag === tagName);
        const tagObj = match.find(t => !t.format) ?? match[0];
        if (!tagObj)
            throw new Error(`Tag ${tagName} not found`);
        return tagObj;
    }
    return tags.find(t => t.identify?.(value) && !t.format);
}
function createNode(value, tagName, ctx) {
    if (identity.isDocument(value))
        value = value.contents;
    if (identity.isNode(value))
        return value;
    if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
    }
    if (value instanceof String ||
        value instanceof Number ||
        value instanceof Boolean ||
        (typeof BigInt !== 'undefined' && value instanceof BigInt) // not supported everywhere
    ) {
        // https://tc39.es/ecma262/#sec-serializejsonproperty
        value = value.valueOf();
    }
    const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
    // Detect duplicate references to the same object & use Alias nodes for all
    // after first. The `ref` wrapper allows for circular references to resolve.
    let ref = undefined;
    if (aliasDuplicateObjects && value && typeof value === 'object') {
        ref = sourceObjects.get(value);
        if (ref) {
            ref.anchor ?? (ref.anchor = onAnchor(value));
            return new Alias.Alias(ref.anchor);
        }
        else {
            ref = { anchor: null, node: null };
            sourceObjects.set(value, ref);
        }
    }
    if (tagName?.startsWith('!!'))
        tagName = defaultTagPrefix + tagName.slice(2);
    let tagObj = findTagObject(value, tagName, schema.tags);
    if (!tagObj) {
        if (value && typeof value.toJSON === 'function') {
            // eslint-disable-next-line @typescript-eslint/no-unsafe-call
            value = value.toJSON();
        }
        if (!value || typeof value !== 'object') {
            const node = new Scalar.Scalar(value);
            if (ref)
                ref.node = node;
            return node;
        }
        tagObj =
            value instanceof Map
                ? schema[identity.MAP]
                : Symbol.iterator in Object(value)
                    ? schema[identity.SEQ]
                    : schema[identity.MAP];
    }
    if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
    }
    const node = tagObj?.createNode
        ? tagObj.createNode(ctx.schema, value, ctx)
        : typeof tagObj?.nodeClass?.from === 'function'
            ? tagObj.nodeClass.from(ctx.schema, value, ctx)
            : new Scalar.Scalar(value);
    if (tagName)
        node.tag = tagName;
    else if (!tagObj.default)
        node.tag = tagObj.tag;
    if (ref)
        ref.node = node;
    return node;
}

exports.createNode = createNode;


/***/ }),

/***/ 1342:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

const escapeChars = {
    '!': '%21',
    ',': '%2C',
    '[': '%5B',
    ']': '%5D',
    '{': '%7B',
    '}': '%7D'
};
const escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, ch => escapeChars[ch]);
class Directives {
    constructor(yaml, tags) {
        /**
         * The directives-end/doc-start marker `---`. If `null`, a marker may still be
         * included in the document's stringified representation.
         */
        this.docStart = null;
        /** The doc-end marker `...`.  */
        this.docEnd = false;
        this.yaml = Object.assign({}, Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, Directives.defaultTags, tags);
    }
    clone() {
        const copy = new Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
    }
    /**
     * During parsing, get a Directives instance for the current document and
     * update the stream state according to the current version's spec.
     */
    atDocument() {
        const res = new Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
            case '1.1':
                this.atNextDocument = true;
                break;
            case '1.2':
                this.atNextDocument = false;
                this.yaml = {
                    explicit: Directives.defaultYaml.explicit,
                    version: '1.2'
                };
                this.tags = Object.assign({}, Directives.defaultTags);
                break;
        }
        return res;
    }
    /**
     * @param onError - May be called even if the action was successful
     * @returns `true` on success
     */
    add(line, onError) {
        if (this.atNextDocument) {
            this.yaml = { explicit: Directives.defaultYaml.explicit, version: '1.1' };
            this.tags = Object.assign({}, Directives.defaultTags);
            this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
            case '%TAG': {
                if (parts.length !== 2) {
                    onError(0, '%TAG directive should contain exactly two parts');
                    if (parts.length < 2)
                        return false;
                }
                const [handle, prefix] = parts;
                this.tags[handle] = prefix;
                return true;
            }
            case '%YAML': {
                this.yaml.explicit = true;
                if (parts.length !== 1) {
                    onError(0, '%YAML directive should contain exactly one part');
                    return false;
                }
                const [version] = parts;
                if (version === '1.1' || version === '1.2') {
                    this.yaml.version = version;
                    return true;
                }
                else {
                    const isValid = /^\d+\.\d+$/.test(version);
                    onError(6, `Unsupported YAML version ${version}`, isValid);
                    return false;
                }
            }
            default:
                onError(0, `Unknown directive ${name}`, true);
                return false;
        }
    }
    /**
     * Resolves a tag, matching handles to those defined in %TAG directives.
     *
     * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
     *   `'!local'` tag, or `null` if unresolvable.
     */
    tagName(source, onError) {
        if (source === '!')
            return '!'; // non-specific tag
        if (source[0] !== '!') {
            onError(`Not a valid tag: ${source}`);
            return null;
        }
        if (source[1] === '<') {
            const verbatim = source.slice(2, -1);
            if (verbatim === '!' || verbatim === '!!') {
                onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
                return null;
            }
            if (source[source.length - 1] !== '>')
                onError('Verbatim tags must end with a >');
            return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
            onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
            try {
                return prefix + decodeURIComponent(suffix);
            }
            catch (error) {
                onError(String(error));
                return null;
            }
        }
        if (handle === '!')
            return source; // local tag
        onError(`Could not resolve tag: ${source}`);
        return null;
    }
    /**
     * Given a fully resolved tag, returns its printable string form,
     * taking into account current tag prefixes and defaults.
     */
    tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
            if (tag.startsWith(prefix))
                return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === '!' ? tag : `!<${tag}>`;
    }
    toString(doc) {
        const lines = this.yaml.explicit
            ? [`%YAML ${this.yaml.version || '1.2'}`]
            : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
            const tags = {};
            visit.visit(doc.contents, (_key, node) => {
                if (identity.isNode(node) && node.tag)
                    tags[node.tag] = true;
            });
            tagNames = Object.keys(tags);
        }
        else
            tagNames = [];
        for (const [handle, prefix] of tagEntries) {
            if (handle === '!!' && prefix === 'tag:yaml.org,2002:')
                continue;
            if (!doc || tagNames.some(tn => tn.startsWith(prefix)))
                lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join('\n');
    }
}
Directives.defaultYaml = { explicit: false, version: '1.2' };
Directives.defaultTags = { '!!': 'tag:yaml.org,2002:' };

exports.Directives = Directives;


/***/ }),

/***/ 1464:
/***/ ((__unused_webpack_module, exports) => {



class YAMLError extends Error {
    constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
    }
}
class YAMLParseError extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLParseError', pos, code, message);
    }
}
class YAMLWarning extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLWarning', pos, code, message);
    }
}
const prettifyError = (src, lc) => (error) => {
    if (error.pos[0] === -1)
        return;
    error.linePos = error.pos.map(pos => lc.linePos(pos));
    const { line, col } = error.linePos[0];
    error.message += ` at line ${line}, column ${col}`;
    let ci = col - 1;
    let lineStr = src
        .substring(lc.lineStarts[line - 1], lc.lineStarts[line])
        .replace(/[\n\r]+$/, '');
    // Trim to max 80 chars, keeping col position near the middle
    if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = '…' + lineStr.substring(trimStart);
        ci -= trimStart - 1;
    }
    if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + '…';
    // Include previous line in context if pointing at line start
    if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        // Regexp won't match if start is trimmed
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
            prev = prev.substring(0, 79) + '…\n';
        lineStr = prev + lineStr;
    }
    if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
            count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = ' '.repeat(ci) + '^'.repeat(count);
        error.message += `:\n\n${lineStr}\n${pointer}\n`;
    }
};

exports.YAMLError = YAMLError;
exports.YAMLParseError = YAMLParseError;
exports.YAMLWarning = YAMLWarning;
exports.prettifyError = prettifyError;


/***/ }),

/***/ 8815:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;


var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var Schema = __nccwpck_require__(5840);
var errors = __nccwpck_require__(1464);
var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);
var publicApi = __nccwpck_require__(4047);
var visit = __nccwpck_require__(204);



__webpack_unused_export__ = composer.Composer;
__webpack_unused_export__ = Document.Document;
__webpack_unused_export__ = Schema.Schema;
__webpack_unused_export__ = errors.YAMLError;
__webpack_unused_export__ = errors.YAMLParseError;
__webpack_unused_export__ = errors.YAMLWarning;
__webpack_unused_export__ = Alias.Alias;
__webpack_unused_export__ = identity.isAlias;
__webpack_unused_export__ = identity.isCollection;
exports.wz = identity.isDocument;
exports.jh = identity.isMap;
__webpack_unused_export__ = identity.isNode;
__webpack_unused_export__ = identity.isPair;
exports.jn = identity.isScalar;
exports.oP = identity.isSeq;
__webpack_unused_export__ = Pair.Pair;
__webpack_unused_export__ = Scalar.Scalar;
__webpack_unused_export__ = YAMLMap.YAMLMap;
__webpack_unused_export__ = YAMLSeq.YAMLSeq;
__webpack_unused_export__ = cst;
__webpack_unused_export__ = lexer.Lexer;
exports.HN = lineCounter.LineCounter;
__webpack_unused_export__ = parser.Parser;
__webpack_unused_export__ = publicApi.parse;
exports.hR = publicApi.parseAllDocuments;
exports.Tp = publicApi.parseDocument;
exports.As = publicApi.stringify;
__webpack_unused_export__ = visit.visit;
__webpack_unused_export__ = visit.visitAsync;


/***/ }),

/***/ 7249:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);

function debug(logLevel, ...messages) {
    if (logLevel === 'debug')
        console.log(...messages);
}
function warn(logLevel, warning) {
    if (logLevel === 'debug' || logLevel === 'warn') {
        if (typeof node_process.emitWarning === 'function')
            node_process.emitWarning(warning);
        else
            console.warn(warning);
    }
}

exports.debug = debug;
exports.warn = warn;


/***/ }),

/***/ 4065:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var visit = __nccwpck_require__(204);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

class Alias extends Node.NodeBase {
    constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, 'tag', {
            set() {
                throw new Error('Alias nodes cannot have tags');
            }
        });
    }
    /**
     * Resolve the value of this alias within `doc`, finding the last
     * instance of the `source` anchor before this node.
     */
    resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
            throw new ReferenceError('Alias resolution is disabled');
        let nodes;
        if (ctx?.aliasResolveCache) {
            nodes = ctx.aliasResolveCache;
        }
        else {
            nodes = [];
            visit.visit(doc, {
                Node: (_key, node) => {
                    if (identity.isAlias(node) || identity.hasAnchor(node))
                        nodes.push(node);
                }
            });
            if (ctx)
                ctx.aliasResolveCache = nodes;
        }
        let found = undefined;
        for (const node of nodes) {
            if (node === this)
                break;
            if (node.anchor === this.source)
                found = node;
        }
        if (found && ctx) {
            const { anchors, doc, maxAliasCount } = ctx;
            let data = anchors.get(found);
            if (!data) {
                // Resolve anchors for Node.prototype.toJS()
                toJS.toJS(found, null, ctx);
                data = anchors.get(found);
            }
            /* istanbul ignore if */
            if (data?.res === undefined) {
                const msg = 'This should not happen: Alias anchor was not resolved?';
                throw new ReferenceError(msg);
            }
            if (maxAliasCount >= 0) {
                data.count += 1;
                if (data.aliasCount === 0)
                    data.aliasCount = getAliasCount(doc, found, anchors);
                if (data.count * data.aliasCount > maxAliasCount) {
                    const msg = 'Excessive alias count indicates a resource exhaustion attack';
                    throw new ReferenceError(msg);
                }
            }
        }
        return found;
    }
    toJSON(_arg, ctx) {
        if (!ctx)
            return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
    }
    toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
            anchors.anchorIsValid(this.source);
            if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
                const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
                throw new Error(msg);
            }
            if (ctx.implicitKey)
                return `${src} `;
        }
        return src;
    }
}
function getAliasCount(doc, node, anchors) {
    if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors && source && anchors.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
    }
    else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
            const c = getAliasCount(doc, item, anchors);
            if (c > count)
                count = c;
        }
        return count;
    }
    else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors);
        const vc = getAliasCount(doc, node.value, anchors);
        return Math.max(kc, vc);
    }
    return 1;
}

exports.Alias = Alias;


/***/ }),

/***/ 101:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);

function collectionFromPath(schema, path, value) {
    let v = value;
    for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === 'number' && Number.isInteger(k) && k >= 0) {
            const a = [];
            a[k] = v;
            v = a;
        }
        else {
            v = new Map([[k, v]]);
        }
    }
    return createNode.createNode(v, undefined, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
            throw new Error('This should not happen, please report a bug.');
        },
        schema,
        sourceObjects: new Map()
    });
}
// Type guard is intentionally a little wrong so as to be more useful,
// as it does not cover untypable empty non-string iterables (e.g. []).
const isEmptyPath = (path) => path == null ||
    (typeof path === 'object' && !!path[Symbol.iterator]().next().done);
class Collection extends Node.NodeBase {
    constructor(type, schema) {
        super(type);
        Object.defineProperty(this, 'schema', {
            value: schema,
            configurable: true,
            enumerable: false,
            writable: true
        });
    }
    /**
     * Create a copy of this collection.
     *
     * @param schema - If defined, overwrites the original's schema
     */
    clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
            copy.schema = schema;
        copy.items = copy.items.map(it => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /**
     * Adds a value to the collection. For `!!map` and `!!omap` the value must
     * be a Pair instance or a `{ key, value }` object, which may not have a key
     * that already exists in the map.
     */
    addIn(path, value) {
        if (isEmptyPath(path))
            this.add(value);
        else {
            const [key, ...rest] = path;
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.addIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
    /**
     * Removes a value from the collection.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
            return node.deleteIn(rest);
        else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
            return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
            return identity.isCollection(node) ? node.getIn(rest, keepScalar) : undefined;
    }
    hasAllNullValues(allowScalar) {
        return this.items.every(node => {
            if (!identity.isPair(node))
                return false;
            const n = node.value;
            return (n == null ||
                (allowScalar &&
                    identity.isScalar(n) &&
                    n.value == null &&
                    !n.commentBefore &&
                    !n.comment &&
                    !n.tag));
        });
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     */
    hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
            this.set(key, value);
        }
        else {
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.setIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
}

exports.Collection = Collection;
exports.collectionFromPath = collectionFromPath;
exports.isEmptyPath = isEmptyPath;


/***/ }),

/***/ 6673:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var applyReviver = __nccwpck_require__(3661);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

class NodeBase {
    constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
    }
    /** Create a copy of this node.  */
    clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** A plain JavaScript representation of this node. */
    toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
            throw new TypeError('A document argument is required');
        const ctx = {
            anchors: new Map(),
            doc,
            keep: true,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
}

exports.NodeBase = NodeBase;


/***/ }),

/***/ 7165:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyPair = __nccwpck_require__(9748);
var addPairToJSMap = __nccwpck_require__(7104);
var identity = __nccwpck_require__(1127);

function createPair(key, value, ctx) {
    const k = createNode.createNode(key, undefined, ctx);
    const v = createNode.createNode(value, undefined, ctx);
    return new Pair(k, v);
}
class Pair {
    constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
    }
    clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
            key = key.clone(schema);
        if (identity.isNode(value))
            value = value.clone(schema);
        return new Pair(key, value);
    }
    toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
    }
    toString(ctx, onComment, onChompKeep) {
        return ctx?.doc
            ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep)
            : JSON.stringify(this);
    }
}

exports.Pair = Pair;
exports.createPair = createPair;


/***/ }),

/***/ 3301:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

const isScalarValue = (value) => !value || (typeof value !== 'function' && typeof value !== 'object');
class Scalar extends Node.NodeBase {
    constructor(value) {
        super(identity.SCALAR);
        this.value = value;
    }
    toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
    }
    toString() {
        return String(this.value);
    }
}
Scalar.BLOCK_FOLDED = 'BLOCK_FOLDED';
Scalar.BLOCK_LITERAL = 'BLOCK_LITERAL';
Scalar.PLAIN = 'PLAIN';
Scalar.QUOTE_DOUBLE = 'QUOTE_DOUBLE';
Scalar.QUOTE_SINGLE = 'QUOTE_SINGLE';

exports.Scalar = Scalar;
exports.isScalarValue = isScalarValue;


/***/ }),

/***/ 4454:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyCollection = __nccwpck_require__(1212);
var addPairToJSMap = __nccwpck_require__(7104);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);

function findPair(items, key) {
    const k = identity.isScalar(key) ? key.value : key;
    for (const it of items) {
        if (identity.isPair(it)) {
            if (it.key === key || it.key === k)
                return it;
            if (identity.isScalar(it.key) && it.key.value === k)
                return it;
        }
    }
    return undefined;
}
class YAMLMap extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:map';
    }
    constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
    }
    /**
     * A generic collection parsing method that can be extended
     * to other node classes that inherit from YAMLMap
     */
    static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
            if (typeof replacer === 'function')
                value = replacer.call(obj, key, value);
            else if (Array.isArray(replacer) && !replacer.includes(key))
                return;
            if (value !== undefined || keepUndefined)
                map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
            for (const [key, value] of obj)
                add(key, value);
        }
        else if (obj && typeof obj === 'object') {
            for (const key of Object.keys(obj))
                add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === 'function') {
            map.items.sort(schema.sortMapEntries);
        }
        return map;
    }
    /**
     * Adds a value to the collection.
     *
     * @param overwrite - If not set `true`, using a key that is already in the
     *   collection will throw. Otherwise, overwrites the previous value.
     */
    add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
            _pair = pair;
        else if (!pair || typeof pair !== 'object' || !('key' in pair)) {
            // In TypeScript, this never happens.
            _pair = new Pair.Pair(pair, pair?.value);
        }
        else
            _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
            if (!overwrite)
                throw new Error(`Key ${_pair.key} already set`);
            // For scalars, keep the old node & its comments and anchors
            if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
                prev.value.value = _pair.value;
            else
                prev.value = _pair.value;
        }
        else if (sortEntries) {
            const i = this.items.findIndex(item => sortEntries(_pair, item) < 0);
            if (i === -1)
                this.items.push(_pair);
            else
                this.items.splice(i, 0, _pair);
        }
        else {
            this.items.push(_pair);
        }
    }
    delete(key) {
        const it = findPair(this.items, key);
        if (!it)
            return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? undefined;
    }
    has(key) {
        return !!findPair(this.items, key);
    }
    set(key, value) {
        this.add(new Pair.Pair(key, value), true);
    }
    /**
     * @param ctx - Conversion context, originally set in Document#toJS()
     * @param {Class} Type - If set, forces the returned collection type
     * @returns Instance of Type, Map, or Object
     */
    toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? new Map() : {};
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const item of this.items)
            addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        for (const item of this.items) {
            if (!identity.isPair(item))
                throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
            ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '',
            flowChars: { start: '{', end: '}' },
            itemIndent: ctx.indent || '',
            onChompKeep,
            onComment
        });
    }
}

exports.YAMLMap = YAMLMap;
exports.findPair = findPair;


/***/ }),

/***/ 2223:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyCollection = __nccwpck_require__(1212);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var toJS = __nccwpck_require__(4043);

class YAMLSeq extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:seq';
    }
    constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
    }
    add(value) {
        this.items.push(value);
    }
    /**
     * Removes a value from the collection.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     *
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return undefined;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     */
    has(key) {
        const idx = asItemIndex(key);
        return typeof idx === 'number' && idx < this.items.length;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     *
     * If `key` does not contain a representation of an integer, this will throw.
     * It may be wrapped in a `Scalar`.
     */
    set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
            prev.value = value;
        else
            this.items[idx] = value;
    }
    toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
            ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
            seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '- ',
            flowChars: { start: '[', end: ']' },
            itemIndent: (ctx.indent || '') + '  ',
            onChompKeep,
            onComment
        });
    }
    static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
            let i = 0;
            for (let it of obj) {
                if (typeof replacer === 'function') {
                    const key = obj instanceof Set ? it : String(i++);
                    it = replacer.call(obj, key, it);
                }
                seq.items.push(createNode.createNode(it, undefined, ctx));
            }
        }
        return seq;
    }
}
function asItemIndex(key) {
    let idx = identity.isScalar(key) ? key.value : key;
    if (idx && typeof idx === 'string')
        idx = Number(idx);
    return typeof idx === 'number' && Number.isInteger(idx) && idx >= 0
        ? idx
        : null;
}

exports.YAMLSeq = YAMLSeq;


/***/ }),

/***/ 7104:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var log = __nccwpck_require__(7249);
var merge = __nccwpck_require__(452);
var stringify = __nccwpck_require__(2148);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

function addPairToJSMap(ctx, map, { key, value }) {
    if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
    // TODO: Should drop this special case for bare << handling
    else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
    else {
        const jsKey = toJS.toJS(key, '', ctx);
        if (map instanceof Map) {
            map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        }
        else if (map instanceof Set) {
            map.add(jsKey);
        }
        else {
            const stringKey = stringifyKey(key, jsKey, ctx);
            const jsValue = toJS.toJS(value, stringKey, ctx);
            if (stringKey in map)
                Object.defineProperty(map, stringKey, {
                    value: jsValue,
                    writable: true,
                    enumerable: true,
                    configurable: true
                });
            else
                map[stringKey] = jsValue;
        }
    }
    return map;
}
function stringifyKey(key, jsKey, ctx) {
    if (jsKey === null)
        return '';
    // eslint-disable-next-line @typescript-eslint/no-base-to-string
    if (typeof jsKey !== 'object')
        return String(jsKey);
    if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = new Set();
        for (const node of ctx.anchors.keys())
            strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
            let jsonStr = JSON.stringify(strKey);
            if (jsonStr.length > 40)
                jsonStr = jsonStr.substring(0, 36) + '..."';
            log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
            ctx.mapKeyWarned = true;
        }
        return strKey;
    }
    return JSON.stringify(jsKey);
}

exports.addPairToJSMap = addPairToJSMap;


/***/ }),

/***/ 1127:
/***/ ((__unused_webpack_module, exports) => {



const ALIAS = Symbol.for('yaml.alias');
const DOC = Symbol.for('yaml.document');
const MAP = Symbol.for('yaml.map');
const PAIR = Symbol.for('yaml.pair');
const SCALAR = Symbol.for('yaml.scalar');
const SEQ = Symbol.for('yaml.seq');
const NODE_TYPE = Symbol.for('yaml.node.type');
const isAlias = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === ALIAS;
const isDocument = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === DOC;
const isMap = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === MAP;
const isPair = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === PAIR;
const isScalar = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SCALAR;
const isSeq = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SEQ;
function isCollection(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case MAP:
            case SEQ:
                return true;
        }
    return false;
}
function isNode(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case ALIAS:
            case MAP:
            case SCALAR:
            case SEQ:
                return true;
        }
    return false;
}
const hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

exports.ALIAS = ALIAS;
exports.DOC = DOC;
exports.MAP = MAP;
exports.NODE_TYPE = NODE_TYPE;
exports.PAIR = PAIR;
exports.SCALAR = SCALAR;
exports.SEQ = SEQ;
exports.hasAnchor = hasAnchor;
exports.isAlias = isAlias;
exports.isCollection = isCollection;
exports.isDocument = isDocument;
exports.isMap = isMap;
exports.isNode = isNode;
exports.isPair = isPair;
exports.isScalar = isScalar;
exports.isSeq = isSeq;


/***/ }),

/***/ 4043:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

/**
 * Recursively convert any node or its contents to native JavaScript
 *
 * @param value - The input value
 * @param arg - If `value` defines a `toJSON()` method, use this
 *   as its first argument
 * @param ctx - Conversion context, originally set in Document#toJS(). If
 *   `{ keep: true }` is not set, output should be suitable for JSON
 *   stringification.
 */
function toJS(value, arg, ctx) {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-return
    if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
    if (value && typeof value.toJSON === 'function') {
        // eslint-disable-next-line @typescript-eslint/no-unsafe-call
        if (!ctx || !identity.hasAnchor(value))
            return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: undefined };
        ctx.anchors.set(value, data);
        ctx.onCreate = res => {
            data.res = res;
            delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
            ctx.onCreate(res);
        return res;
    }
    if (typeof value === 'bigint' && !ctx?.keep)
        return Number(value);
    return value;
}

exports.toJS = toJS;


/***/ }),

/***/ 110:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);
var errors = __nccwpck_require__(1464);
var stringifyString = __nccwpck_require__(3069);

function resolveAsScalar(token, strict = true, onError) {
    if (token) {
        const _onError = (pos, code, message) => {
            const offset = typeof pos === 'number' ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
            if (onError)
                onError(offset, code, message);
            else
                throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
            case 'block-scalar':
                return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
    }
    return null;
}
/**
 * Create a new scalar token with `value`
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.end Comments and whitespace after the end of the value, or after the block scalar header. If undefined, a newline will be added.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.indent The indent level of the token.
 * @param context.inFlow Is this scalar within a flow collection? This may affect the resolved type of the token's value.
 * @param context.offset The offset position of the token.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function createScalarToken(value, context) {
    const { implicitKey = false, indent, inFlow = false, offset = -1, type = 'PLAIN' } = context;
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    const end = context.end ?? [
        { type: 'newline', offset: -1, indent, source: '\n' }
    ];
    switch (source[0]) {
        case '|':
        case '>': {
            const he = source.indexOf('\n');
            const head = source.substring(0, he);
            const body = source.substring(he + 1) + '\n';
            const props = [
                { type: 'block-scalar-header', offset, indent, source: head }
            ];
            if (!addEndtoBlockProps(props, end))
                props.push({ type: 'newline', offset: -1, indent, source: '\n' });
            return { type: 'block-scalar', offset, indent, props, source: body };
        }
        case '"':
            return { type: 'double-quoted-scalar', offset, indent, source, end };
        case "'":
            return { type: 'single-quoted-scalar', offset, indent, source, end };
        default:
            return { type: 'scalar', offset, indent, source, end };
    }
}
/**
 * Set the value of `token` to the given string `value`, overwriting any previous contents and type that it may have.
 *
 * Best efforts are made to retain any comments previously associated with the `token`,
 * though all contents within a collection's `items` will be overwritten.
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param token Any token. If it does not include an `indent` value, the value will be stringified as if it were an implicit key.
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.afterKey In most cases, values after a key should have an additional level of indentation.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.inFlow Being within a flow collection may affect the resolved type of the token's value.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function setScalarValue(token, value, context = {}) {
    let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
    let indent = 'indent' in token ? token.indent : null;
    if (afterKey && typeof indent === 'number')
        indent += 2;
    if (!type)
        switch (token.type) {
            case 'single-quoted-scalar':
                type = 'QUOTE_SINGLE';
                break;
            case 'double-quoted-scalar':
                type = 'QUOTE_DOUBLE';
                break;
            case 'block-scalar': {
                const header = token.props[0];
                if (header.type !== 'block-scalar-header')
                    throw new Error('Invalid block scalar header');
                type = header.source[0] === '>' ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
                break;
            }
            default:
                type = 'PLAIN';
        }
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    switch (source[0]) {
        case '|':
        case '>':
            setBlockScalarValue(token, source);
            break;
        case '"':
            setFlowScalarValue(token, source, 'double-quoted-scalar');
            break;
        case "'":
            setFlowScalarValue(token, source, 'single-quoted-scalar');
            break;
        default:
            setFlowScalarValue(token, source, 'scalar');
    }
}
function setBlockScalarValue(token, source) {
    const he = source.indexOf('\n');
    const head = source.substring(0, he);
    const body = source.substring(he + 1) + '\n';
    if (token.type === 'block-scalar') {
        const header = token.props[0];
        if (header.type !== 'block-scalar-header')
            throw new Error('Invalid block scalar header');
        header.source = head;
        token.source = body;
    }
    else {
        const { offset } = token;
        const indent = 'indent' in token ? token.indent : -1;
        const props = [
            { type: 'block-scalar-header', offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, 'end' in token ? token.end : undefined))
            props.push({ type: 'newline', offset: -1, indent, source: '\n' });
        for (const key of Object.keys(token))
            if (key !== 'type' && key !== 'offset')
                delete token[key];
        Object.assign(token, { type: 'block-scalar', indent, props, source: body });
    }
}
/** @returns `true` if last token is a newline */
function addEndtoBlockProps(props, end) {
    if (end)
        for (const st of end)
            switch (st.type) {
                case 'space':
                case 'comment':
                    props.push(st);
                    break;
                case 'newline':
                    props.push(st);
                    return true;
            }
    return false;
}
function setFlowScalarValue(token, source, type) {
    switch (token.type) {
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            token.type = type;
            token.source = source;
            break;
        case 'block-scalar': {
            const end = token.props.slice(1);
            let oa = source.length;
            if (token.props[0].type === 'block-scalar-header')
                oa -= token.props[0].source.length;
            for (const tok of end)
                tok.offset += oa;
            delete token.props;
            Object.assign(token, { type, source, end });
            break;
        }
        case 'block-map':
        case 'block-seq': {
            const offset = token.offset + source.length;
            const nl = { type: 'newline', offset, indent: token.indent, source: '\n' };
            delete token.items;
            Object.assign(token, { type, source, end: [nl] });
            break;
        }
        default: {
            const indent = 'indent' in token ? token.indent : -1;
            const end = 'end' in token && Array.isArray(token.end)
                ? token.end.filter(st => st.type === 'space' ||
                    st.type === 'comment' ||
                    st.type === 'newline')
                : [];
            for (const key of Object.keys(token))
                if (key !== 'type' && key !== 'offset')
                    delete token[key];
            Object.assign(token, { type, indent, source, end });
        }
    }
}

exports.createScalarToken = createScalarToken;
exports.resolveAsScalar = resolveAsScalar;
exports.setScalarValue = setScalarValue;


/***/ }),

/***/ 1733:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringify a CST document, token, or collection item
 *
 * Fair warning: This applies no validation whatsoever, and
 * simply concatenates the sources in their logical order.
 */
const stringify = (cst) => 'type' in cst ? stringifyToken(cst) : stringifyItem(cst);
function stringifyToken(token) {
    switch (token.type) {
        case 'block-scalar': {
            let res = '';
            for (const tok of token.props)
                res += stringifyToken(tok);
            return res + token.source;
        }
        case 'block-map':
        case 'block-seq': {
            let res = '';
            for (const item of token.items)
                res += stringifyItem(item);
            return res;
        }
        case 'flow-collection': {
            let res = token.start.source;
            for (const item of token.items)
                res += stringifyItem(item);
            for (const st of token.end)
                res += st.source;
            return res;
        }
        case 'document': {
            let res = stringifyItem(token);
            if (token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
        default: {
            let res = token.source;
            if ('end' in token && token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
    }
}
function stringifyItem({ start, key, sep, value }) {
    let res = '';
    for (const st of start)
        res += st.source;
    if (key)
        res += stringifyToken(key);
    if (sep)
        for (const st of sep)
            res += st.source;
    if (value)
        res += stringifyToken(value);
    return res;
}

exports.stringify = stringify;


/***/ }),

/***/ 7715:
/***/ ((__unused_webpack_module, exports) => {



const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove item');
/**
 * Apply a visitor to a CST document or item.
 *
 * Walks through the tree (depth-first) starting from the root, calling a
 * `visitor` function with two arguments when entering each item:
 *   - `item`: The current item, which included the following members:
 *     - `start: SourceToken[]` – Source tokens before the key or value,
 *       possibly including its anchor or tag.
 *     - `key?: Token | null` – Set for pair values. May then be `null`, if
 *       the key before the `:` separator is empty.
 *     - `sep?: SourceToken[]` – Source tokens between the key and the value,
 *       which should include the `:` map value indicator if `value` is set.
 *     - `value?: Token` – The value of a sequence item, or of a map pair.
 *   - `path`: The steps from the root to the current node, as an array of
 *     `['key' | 'value', number]` tuples.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this token, continue with
 *      next sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current item, then continue with the next one
 *   - `number`: Set the index of the next step. This is useful especially if
 *     the index of the current token has changed.
 *   - `function`: Define the next visitor for this item. After the original
 *     visitor is called on item entry, next visitors are called after handling
 *     a non-empty `key` and when exiting the item.
 */
function visit(cst, visitor) {
    if ('type' in cst && cst.type === 'document')
        cst = { start: cst.start, value: cst.value };
    _visit(Object.freeze([]), cst, visitor);
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current item */
visit.SKIP = SKIP;
/** Remove the current item */
visit.REMOVE = REMOVE;
/** Find the item at `path` from `cst` as the root */
visit.itemAtPath = (cst, path) => {
    let item = cst;
    for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && 'items' in tok) {
            item = tok.items[index];
        }
        else
            return undefined;
    }
    return item;
};
/**
 * Get the immediate parent collection of the item at `path` from `cst` as the root.
 *
 * Throws an error if the collection is not found, which should never happen if the item itself exists.
 */
visit.parentCollection = (cst, path) => {
    const parent = visit.itemAtPath(cst, path.slice(0, -1));
    const field = path[path.length - 1][0];
    const coll = parent?.[field];
    if (coll && 'items' in coll)
        return coll;
    throw new Error('Parent collection not found');
};
function _visit(path, item, visitor) {
    let ctrl = visitor(item, path);
    if (typeof ctrl === 'symbol')
        return ctrl;
    for (const field of ['key', 'value']) {
        const token = item[field];
        if (token && 'items' in token) {
            for (let i = 0; i < token.items.length; ++i) {
                const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    token.items.splice(i, 1);
                    i -= 1;
                }
            }
            if (typeof ctrl === 'function' && field === 'key')
                ctrl = ctrl(item, path);
        }
    }
    return typeof ctrl === 'function' ? ctrl(item, path) : ctrl;
}

exports.visit = visit;


/***/ }),

/***/ 3461:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cstScalar = __nccwpck_require__(110);
var cstStringify = __nccwpck_require__(1733);
var cstVisit = __nccwpck_require__(7715);

/** The byte order mark */
const BOM = '\u{FEFF}';
/** Start of doc-mode */
const DOCUMENT = '\x02'; // C0: Start of Text
/** Unexpected end of flow-mode */
const FLOW_END = '\x18'; // C0: Cancel
/** Next token is a scalar value */
const SCALAR = '\x1f'; // C0: Unit Separator
/** @returns `true` if `token` is a flow or block collection */
const isCollection = (token) => !!token && 'items' in token;
/** @returns `true` if `token` is a flow or block scalar; not an alias */
const isScalar = (token) => !!token &&
    (token.type === 'scalar' ||
        token.type === 'single-quoted-scalar' ||
        token.type === 'double-quoted-scalar' ||
        token.type === 'block-scalar');
/* istanbul ignore next */
/** Get a printable representation of a lexer token */
function prettyToken(token) {
    switch (token) {
        case BOM:
            return '<BOM>';
        case DOCUMENT:
            return '<DOC>';
        case FLOW_END:
            return '<FLOW_END>';
        case SCALAR:
            return '<SCALAR>';
        default:
            return JSON.stringify(token);
    }
}
/** Identify the type of a lexer token. May return `null` for unknown tokens. */
function tokenType(source) {
    switch (source) {
        case BOM:
            return 'byte-order-mark';
        case DOCUMENT:
            return 'doc-mode';
        case FLOW_END:
            return 'flow-error-end';
        case SCALAR:
            return 'scalar';
        case '---':
            return 'doc-start';
        case '...':
            return 'doc-end';
        case '':
        case '\n':
        case '\r\n':
            return 'newline';
        case '-':
            return 'seq-item-ind';
        case '?':
            return 'explicit-key-ind';
        case ':':
            return 'map-value-ind';
        case '{':
            return 'flow-map-start';
        case '}':
            return 'flow-map-end';
        case '[':
            return 'flow-seq-start';
        case ']':
            return 'flow-seq-end';
        case ',':
            return 'comma';
    }
    switch (source[0]) {
        case ' ':
        case '\t':
            return 'space';
        case '#':
            return 'comment';
        case '%':
            return 'directive-line';
        case '*':
            return 'alias';
        case '&':
            return 'anchor';
        case '!':
            return 'tag';
        case "'":
            return 'single-quoted-scalar';
        case '"':
            return 'double-quoted-scalar';
        case '|':
        case '>':
            return 'block-scalar-header';
    }
    return null;
}

exports.createScalarToken = cstScalar.createScalarToken;
exports.resolveAsScalar = cstScalar.resolveAsScalar;
exports.setScalarValue = cstScalar.setScalarValue;
exports.stringify = cstStringify.stringify;
exports.visit = cstVisit.visit;
exports.BOM = BOM;
exports.DOCUMENT = DOCUMENT;
exports.FLOW_END = FLOW_END;
exports.SCALAR = SCALAR;
exports.isCollection = isCollection;
exports.isScalar = isScalar;
exports.prettyToken = prettyToken;
exports.tokenType = tokenType;


/***/ }),

/***/ 361:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cst = __nccwpck_require__(3461);

/*
START -> stream

stream
  directive -> line-end -> stream
  indent + line-end -> stream
  [else] -> line-start

line-end
  comment -> line-end
  newline -> .
  input-end -> END

line-start
  doc-start -> doc
  doc-end -> stream
  [else] -> indent -> block-start

block-start
  seq-item-start -> block-start
  explicit-key-start -> block-start
  map-value-start -> block-start
  [else] -> doc

doc
  line-end -> line-start
  spaces -> doc
  anchor -> doc
  tag -> doc
  flow-start -> flow -> doc
  flow-end -> error -> doc
  seq-item-start -> error -> doc
  explicit-key-start -> error -> doc
  map-value-start -> doc
  alias -> doc
  quote-start -> quoted-scalar -> doc
  block-scalar-header -> line-end -> block-scalar(min) -> line-start
  [else] -> plain-scalar(false, min) -> doc

flow
  line-end -> flow
  spaces -> flow
  anchor -> flow
  tag -> flow
  flow-start -> flow -> flow
  flow-end -> .
  seq-item-start -> error -> flow
  explicit-key-start -> flow
  map-value-start -> flow
  alias -> flow
  quote-start -> quoted-scalar -> flow
  comma -> flow
  [else] -> plain-scalar(true, 0) -> flow

quoted-scalar
  quote-end -> .
  [else] -> quoted-scalar

block-scalar(min)
  newline + peek(indent < min) -> .
  [else] -> block-scalar(min)

plain-scalar(is-flow, min)
  scalar-end(is-flow) -> .
  peek(newline + (indent < min)) -> .
  [else] -> plain-scalar(min)
*/
function isEmpty(ch) {
    switch (ch) {
        case undefined:
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            return true;
        default:
            return false;
    }
}
const hexDigits = new Set('0123456789ABCDEFabcdef');
const tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
const flowIndicatorChars = new Set(',[]{}');
const invalidAnchorChars = new Set(' ,[]{}\n\r\t');
const isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
/**
 * Splits an input string into lexical tokens, i.e. smaller strings that are
 * easily identifiable by `tokens.tokenType()`.
 *
 * Lexing starts always in a "stream" context. Incomplete input may be buffered
 * until a complete token can be emitted.
 *
 * In addition to slices of the original input, the following control characters
 * may also be emitted:
 *
 * - `\x02` (Start of Text): A document starts with the next token
 * - `\x18` (Cancel): Unexpected end of flow-mode (indicates an error)
 * - `\x1f` (Unit Separator): Next token is a scalar value
 * - `\u{FEFF}` (Byte order mark): Emitted separately outside documents
 */
class Lexer {
    constructor() {
        /**
         * Flag indicating whether the end of the current buffer marks the end of
         * all input
         */
        this.atEnd = false;
        /**
         * Explicit indent set in block scalar header, as an offset from the current
         * minimum indent, so e.g. set to 1 from a header `|2+`. Set to -1 if not
         * explicitly set.
         */
        this.blockScalarIndent = -1;
        /**
         * Block scalars that include a + (keep) chomping indicator in their header
         * include trailing empty lines, which are otherwise excluded from the
         * scalar's contents.
         */
        this.blockScalarKeep = false;
        /** Current input */
        this.buffer = '';
        /**
         * Flag noting whether the map value indicator : can immediately follow this
         * node within a flow context.
         */
        this.flowKey = false;
        /** Count of surrounding flow collection levels. */
        this.flowLevel = 0;
        /**
         * Minimum level of indentation required for next lines to be parsed as a
         * part of the current scalar value.
         */
        this.indentNext = 0;
        /** Indentation level of the current line. */
        this.indentValue = 0;
        /** Position of the next \n character. */
        this.lineEndPos = null;
        /** Stores the state of the lexer if reaching the end of incpomplete input */
        this.next = null;
        /** A pointer to `buffer`; the current position of the lexer. */
        this.pos = 0;
    }
    /**
     * Generate YAML tokens from the `source` string. If `incomplete`,
     * a part of the last line may be left as a buffer for the next call.
     *
     * @returns A generator of lexical tokens
     */
    *lex(source, incomplete = false) {
        if (source) {
            if (typeof source !== 'string')
                throw TypeError('source is not a string');
            this.buffer = this.buffer ? this.buffer + source : source;
            this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? 'stream';
        while (next && (incomplete || this.hasChars(1)))
            next = yield* this.parseNext(next);
    }
    atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === ' ' || ch === '\t')
            ch = this.buffer[++i];
        if (!ch || ch === '#' || ch === '\n')
            return true;
        if (ch === '\r')
            return this.buffer[i + 1] === '\n';
        return false;
    }
    charAt(n) {
        return this.buffer[this.pos + n];
    }
    continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
            let indent = 0;
            while (ch === ' ')
                ch = this.buffer[++indent + offset];
            if (ch === '\r') {
                const next = this.buffer[indent + offset + 1];
                if (next === '\n' || (!next && !this.atEnd))
                    return offset + indent + 1;
            }
            return ch === '\n' || indent >= this.indentNext || (!ch && !this.atEnd)
                ? offset + indent
                : -1;
        }
        if (ch === '-' || ch === '.') {
            const dt = this.buffer.substr(offset, 3);
            if ((dt === '---' || dt === '...') && isEmpty(this.buffer[offset + 3]))
                return -1;
        }
        return offset;
    }
    getLine() {
        let end = this.lineEndPos;
        if (typeof end !== 'number' || (end !== -1 && end < this.pos)) {
            end = this.buffer.indexOf('\n', this.pos);
            this.lineEndPos = end;
        }
        if (end === -1)
            return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === '\r')
            end -= 1;
        return this.buffer.substring(this.pos, end);
    }
    hasChars(n) {
        return this.pos + n <= this.buffer.length;
    }
    setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
    }
    peek(n) {
        return this.buffer.substr(this.pos, n);
    }
    *parseNext(next) {
        switch (next) {
            case 'stream':
                return yield* this.parseStream();
            case 'line-start':
                return yield* this.parseLineStart();
            case 'block-start':
                return yield* this.parseBlockStart();
            case 'doc':
                return yield* this.parseDocument();
            case 'flow':
                return yield* this.parseFlowCollection();
            case 'quoted-scalar':
                return yield* this.parseQuotedScalar();
            case 'block-scalar':
                return yield* this.parseBlockScalar();
            case 'plain-scalar':
                return yield* this.parsePlainScalar();
        }
    }
    *parseStream() {
        let line = this.getLine();
        if (line === null)
            return this.setNext('stream');
        if (line[0] === cst.BOM) {
            yield* this.pushCount(1);
            line = line.substring(1);
        }
        if (line[0] === '%') {
            let dirEnd = line.length;
            let cs = line.indexOf('#');
            while (cs !== -1) {
                const ch = line[cs - 1];
                if (ch === ' ' || ch === '\t') {
                    dirEnd = cs - 1;
                    break;
                }
                else {
                    cs = line.indexOf('#', cs + 1);
                }
            }
            while (true) {
                const ch = line[dirEnd - 1];
                if (ch === ' ' || ch === '\t')
                    dirEnd -= 1;
                else
                    break;
            }
            const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
            yield* this.pushCount(line.length - n); // possible comment
            this.pushNewline();
            return 'stream';
        }
        if (this.atLineEnd()) {
            const sp = yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - sp);
            yield* this.pushNewline();
            return 'stream';
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
    }
    *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
            return this.setNext('line-start');
        if (ch === '-' || ch === '.') {
            if (!this.atEnd && !this.hasChars(4))
                return this.setNext('line-start');
            const s = this.peek(3);
            if ((s === '---' || s === '...') && isEmpty(this.charAt(3))) {
                yield* this.pushCount(3);
                this.indentValue = 0;
                this.indentNext = 0;
                return s === '---' ? 'doc' : 'stream';
            }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
            this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
    }
    *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
            return this.setNext('block-start');
        if ((ch0 === '-' || ch0 === '?' || ch0 === ':') && isEmpty(ch1)) {
            const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
            this.indentNext = this.indentValue + 1;
            this.indentValue += n;
            return 'block-start';
        }
        return 'doc';
    }
    *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
            return this.setNext('doc');
        let n = yield* this.pushIndicators();
        switch (line[n]) {
            case '#':
                yield* this.pushCount(line.length - n);
            // fallthrough
            case undefined:
                yield* this.pushNewline();
                return yield* this.parseLineStart();
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel = 1;
                return 'flow';
            case '}':
            case ']':
                // this is an error
                yield* this.pushCount(1);
                return 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'doc';
            case '"':
            case "'":
                return yield* this.parseQuotedScalar();
            case '|':
            case '>':
                n += yield* this.parseBlockScalarHeader();
                n += yield* this.pushSpaces(true);
                yield* this.pushCount(line.length - n);
                yield* this.pushNewline();
                return yield* this.parseBlockScalar();
            default:
                return yield* this.parsePlainScalar();
        }
    }
    *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
            nl = yield* this.pushNewline();
            if (nl > 0) {
                sp = yield* this.pushSpaces(false);
                this.indentValue = indent = sp;
            }
            else {
                sp = 0;
            }
            sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
            return this.setNext('flow');
        if ((indent !== -1 && indent < this.indentNext && line[0] !== '#') ||
            (indent === 0 &&
                (line.startsWith('---') || line.startsWith('...')) &&
                isEmpty(line[3]))) {
            // Allowing for the terminal ] or } at the same (rather than greater)
            // indent level as the initial [ or { is technically invalid, but
            // failing here would be surprising to users.
            const atFlowEndMarker = indent === this.indentNext - 1 &&
                this.flowLevel === 1 &&
                (line[0] === ']' || line[0] === '}');
            if (!atFlowEndMarker) {
                // this is an error
                this.flowLevel = 0;
                yield cst.FLOW_END;
                return yield* this.parseLineStart();
            }
        }
        let n = 0;
        while (line[n] === ',') {
            n += yield* this.pushCount(1);
            n += yield* this.pushSpaces(true);
            this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
            case undefined:
                return 'flow';
            case '#':
                yield* this.pushCount(line.length - n);
                return 'flow';
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel += 1;
                return 'flow';
            case '}':
            case ']':
                yield* this.pushCount(1);
                this.flowKey = true;
                this.flowLevel -= 1;
                return this.flowLevel ? 'flow' : 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'flow';
            case '"':
            case "'":
                this.flowKey = true;
                return yield* this.parseQuotedScalar();
            case ':': {
                const next = this.charAt(1);
                if (this.flowKey || isEmpty(next) || next === ',') {
                    this.flowKey = false;
                    yield* this.pushCount(1);
                    yield* this.pushSpaces(true);
                    return 'flow';
                }
            }
            // fallthrough
            default:
                this.flowKey = false;
                return yield* this.parsePlainScalar();
        }
    }
    *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
            while (end !== -1 && this.buffer[end + 1] === "'")
                end = this.buffer.indexOf("'", end + 2);
        }
        else {
            // double-quote
            while (end !== -1) {
                let n = 0;
                while (this.buffer[end - 1 - n] === '\\')
                    n += 1;
                if (n % 2 === 0)
                    break;
                end = this.buffer.indexOf('"', end + 1);
            }
        }
        // Only looking for newlines within the quotes
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf('\n', this.pos);
        if (nl !== -1) {
            while (nl !== -1) {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = qb.indexOf('\n', cs);
            }
            if (nl !== -1) {
                // this is an error caused by an unexpected unindent
                end = nl - (qb[nl - 1] === '\r' ? 2 : 1);
            }
        }
        if (end === -1) {
            if (!this.atEnd)
                return this.setNext('quoted-scalar');
            end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? 'flow' : 'doc';
    }
    *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
            const ch = this.buffer[++i];
            if (ch === '+')
                this.blockScalarKeep = true;
            else if (ch > '0' && ch <= '9')
                this.blockScalarIndent = Number(ch) - 1;
            else if (ch !== '-')
                break;
        }
        return yield* this.pushUntil(ch => isEmpty(ch) || ch === '#');
    }
    *parseBlockScalar() {
        let nl = this.pos - 1; // may be -1 if this.pos === 0
        let indent = 0;
        let ch;
        loop: for (let i = this.pos; (ch = this.buffer[i]); ++i) {
            switch (ch) {
                case ' ':
                    indent += 1;
                    break;
                case '\n':
                    nl = i;
                    indent = 0;
                    break;
                case '\r': {
                    const next = this.buffer[i + 1];
                    if (!next && !this.atEnd)
                        return this.setNext('block-scalar');
                    if (next === '\n')
                        break;
                } // fallthrough
                default:
                    break loop;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('block-scalar');
        if (indent >= this.indentNext) {
            if (this.blockScalarIndent === -1)
                this.indentNext = indent;
            else {
                this.indentNext =
                    this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
            }
            do {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = this.buffer.indexOf('\n', cs);
            } while (nl !== -1);
            if (nl === -1) {
                if (!this.atEnd)
                    return this.setNext('block-scalar');
                nl = this.buffer.length;
            }
        }
        // Trailing insufficiently indented tabs are invalid.
        // To catch that during parsing, we include them in the block scalar value.
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === ' ')
            ch = this.buffer[++i];
        if (ch === '\t') {
            while (ch === '\t' || ch === ' ' || ch === '\r' || ch === '\n')
                ch = this.buffer[++i];
            nl = i - 1;
        }
        else if (!this.blockScalarKeep) {
            do {
                let i = nl - 1;
                let ch = this.buffer[i];
                if (ch === '\r')
                    ch = this.buffer[--i];
                const lastChar = i; // Drop the line if last char not more indented
                while (ch === ' ')
                    ch = this.buffer[--i];
                if (ch === '\n' && i >= this.pos && i + 1 + indent > lastChar)
                    nl = i;
                else
                    break;
            } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
    }
    *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while ((ch = this.buffer[++i])) {
            if (ch === ':') {
                const next = this.buffer[i + 1];
                if (isEmpty(next) || (inFlow && flowIndicatorChars.has(next)))
                    break;
                end = i;
            }
            else if (isEmpty(ch)) {
                let next = this.buffer[i + 1];
                if (ch === '\r') {
                    if (next === '\n') {
                        i += 1;
                        ch = '\n';
                        next = this.buffer[i + 1];
                    }
                    else
                        end = i;
                }
                if (next === '#' || (inFlow && flowIndicatorChars.has(next)))
                    break;
                if (ch === '\n') {
                    const cs = this.continueScalar(i + 1);
                    if (cs === -1)
                        break;
                    i = Math.max(i, cs - 2); // to advance, but still account for ' #'
                }
            }
            else {
                if (inFlow && flowIndicatorChars.has(ch))
                    break;
                end = i;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('plain-scalar');
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? 'flow' : 'doc';
    }
    *pushCount(n) {
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos += n;
            return n;
        }
        return 0;
    }
    *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
            yield s;
            this.pos += s.length;
            return s.length;
        }
        else if (allowEmpty)
            yield '';
        return 0;
    }
    *pushIndicators() {
        let n = 0;
        loop: while (true) {
            switch (this.charAt(0)) {
                case '!':
                    n += yield* this.pushTag();
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '&':
                    n += yield* this.pushUntil(isNotAnchorChar);
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '-': // this is an error
                case '?': // this is an error outside flow collections
                case ':': {
                    const inFlow = this.flowLevel > 0;
                    const ch1 = this.charAt(1);
                    if (isEmpty(ch1) || (inFlow && flowIndicatorChars.has(ch1))) {
                        if (!inFlow)
                            this.indentNext = this.indentValue + 1;
                        else if (this.flowKey)
                            this.flowKey = false;
                        n += yield* this.pushCount(1);
                        n += yield* this.pushSpaces(true);
                        continue loop;
                    }
                }
            }
            break loop;
        }
        return n;
    }
    *pushTag() {
        if (this.charAt(1) === '<') {
            let i = this.pos + 2;
            let ch = this.buffer[i];
            while (!isEmpty(ch) && ch !== '>')
                ch = this.buffer[++i];
            return yield* this.pushToIndex(ch === '>' ? i + 1 : i, false);
        }
        else {
            let i = this.pos + 1;
            let ch = this.buffer[i];
            while (ch) {
                if (tagChars.has(ch))
                    ch = this.buffer[++i];
                else if (ch === '%' &&
                    hexDigits.has(this.buffer[i + 1]) &&
                    hexDigits.has(this.buffer[i + 2])) {
                    ch = this.buffer[(i += 3)];
                }
                else
                    break;
            }
            return yield* this.pushToIndex(i, false);
        }
    }
    *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === '\n')
            return yield* this.pushCount(1);
        else if (ch === '\r' && this.charAt(1) === '\n')
            return yield* this.pushCount(2);
        else
            return 0;
    }
    *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
            ch = this.buffer[++i];
        } while (ch === ' ' || (allowTabs && ch === '\t'));
        const n = i - this.pos;
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos = i;
        }
        return n;
    }
    *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
            ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
    }
}

exports.Lexer = Lexer;


/***/ }),

/***/ 6628:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Tracks newlines during parsing in order to provide an efficient API for
 * determining the one-indexed `{ line, col }` position for any offset
 * within the input.
 */
class LineCounter {
    constructor() {
        this.lineStarts = [];
        /**
         * Should be called in ascending order. Otherwise, call
         * `lineCounter.lineStarts.sort()` before calling `linePos()`.
         */
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        /**
         * Performs a binary search and returns the 1-indexed { line, col }
         * position of `offset`. If `line === 0`, `addNewLine` has never been
         * called or `offset` is before the first known newline.
         */
        this.linePos = (offset) => {
            let low = 0;
            let high = this.lineStarts.length;
            while (low < high) {
                const mid = (low + high) >> 1; // Math.floor((low + high) / 2)
                if (this.lineStarts[mid] < offset)
                    low = mid + 1;
                else
                    high = mid;
            }
            if (this.lineStarts[low] === offset)
                return { line: low + 1, col: 1 };
            if (low === 0)
                return { line: 0, col: offset };
            const start = this.lineStarts[low - 1];
            return { line: low, col: offset - start + 1 };
        };
    }
}

exports.LineCounter = LineCounter;


/***/ }),

/***/ 3456:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);

function includesToken(list, type) {
    for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
            return true;
    return false;
}
function findNonEmptyIndex(list) {
    for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
            case 'space':
            case 'comment':
            case 'newline':
                break;
            default:
                return i;
        }
    }
    return -1;
}
function isFlowToken(token) {
    switch (token?.type) {
        case 'alias':
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'flow-collection':
            return true;
        default:
            return false;
    }
}
function getPrevProps(parent) {
    switch (parent.type) {
        case 'document':
            return parent.start;
        case 'block-map': {
            const it = parent.items[parent.items.length - 1];
            return it.sep ?? it.start;
        }
        case 'block-seq':
            return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
            return [];
    }
}
/** Note: May modify input array */
function getFirstKeyStartProps(prev) {
    if (prev.length === 0)
        return [];
    let i = prev.length;
    loop: while (--i >= 0) {
        switch (prev[i].type) {
            case 'doc-start':
            case 'explicit-key-ind':
            case 'map-value-ind':
            case 'seq-item-ind':
            case 'newline':
                break loop;
        }
    }
    while (prev[++i]?.type === 'space') {
        /* loop */
    }
    return prev.splice(i, prev.length);
}
function arrayPushArray(target, source) {
    // May exhaust call stack with large `source` array
    if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
    else
        for (let i = 0; i < source.length; ++i)
            target.push(source[i]);
}
function fixFlowSeqItems(fc) {
    if (fc.start.type === 'flow-seq-start') {
        for (const it of fc.items) {
            if (it.sep &&
                !it.value &&
                !includesToken(it.start, 'explicit-key-ind') &&
                !includesToken(it.sep, 'map-value-ind')) {
                if (it.key)
                    it.value = it.key;
                delete it.key;
                if (isFlowToken(it.value)) {
                    if (it.value.end)
                        arrayPushArray(it.value.end, it.sep);
                    else
                        it.value.end = it.sep;
                }
                else
                    arrayPushArray(it.start, it.sep);
                delete it.sep;
            }
        }
    }
}
/**
 * A YAML concrete syntax tree (CST) parser
 *
 * ```ts
 * const src: string = ...
 * for (const token of new Parser().parse(src)) {
 *   // token: Token
 * }
 * ```
 *
 * To use the parser with a user-provided lexer:
 *
 * ```ts
 * function* parse(source: string, lexer: Lexer) {
 *   const parser = new Parser()
 *   for (const lexeme of lexer.lex(source))
 *     yield* parser.next(lexeme)
 *   yield* parser.end()
 * }
 *
 * const src: string = ...
 * const lexer = new Lexer()
 * for (const token of parse(src, lexer)) {
 *   // token: Token
 * }
 * ```
 */
class Parser {
    /**
     * @param onNewLine - If defined, called separately with the start position of
     *   each new line (in `parse()`, including the start of input).
     */
    constructor(onNewLine) {
        /** If true, space and sequence indicators count as indentation */
        this.atNewLine = true;
        /** If true, next token is a scalar value */
        this.atScalar = false;
        /** Current indentation level */
        this.indent = 0;
        /** Current offset since the start of parsing */
        this.offset = 0;
        /** On the same line with a block map key */
        this.onKeyLine = false;
        /** Top indicates the node that's currently being built */
        this.stack = [];
        /** The source of the current token, set in parse() */
        this.source = '';
        /** The type of the current token, set in parse() */
        this.type = '';
        // Must be defined after `next()`
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
    }
    /**
     * Parse `source` as a YAML stream.
     * If `incomplete`, a part of the last line may be left as a buffer for the next call.
     *
     * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
     *
     * @returns A generator of tokens representing each directive, document, and other structure.
     */
    *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
            this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
            yield* this.next(lexeme);
        if (!incomplete)
            yield* this.end();
    }
    /**
     * Advance the parser by the `source` of one lexical token.
     */
    *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
            console.log('|', cst.prettyToken(source));
        if (this.atScalar) {
            this.atScalar = false;
            yield* this.step();
            this.offset += source.length;
            return;
        }
        const type = cst.tokenType(source);
        if (!type) {
            const message = `Not a YAML token: ${source}`;
            yield* this.pop({ type: 'error', offset: this.offset, message, source });
            this.offset += source.length;
        }
        else if (type === 'scalar') {
            this.atNewLine = false;
            this.atScalar = true;
            this.type = 'scalar';
        }
        else {
            this.type = type;
            yield* this.step();
            switch (type) {
                case 'newline':
                    this.atNewLine = true;
                    this.indent = 0;
                    if (this.onNewLine)
                        this.onNewLine(this.offset + source.length);
                    break;
                case 'space':
                    if (this.atNewLine && source[0] === ' ')
                        this.indent += source.length;
                    break;
                case 'explicit-key-ind':
                case 'map-value-ind':
                case 'seq-item-ind':
                    if (this.atNewLine)
                        this.indent += source.length;
                    break;
                case 'doc-mode':
                case 'flow-error-end':
                    return;
                default:
                    this.atNewLine = false;
            }
            this.offset += source.length;
        }
    }
    /** Call at end of input to push out any remaining constructions */
    *end() {
        while (this.stack.length > 0)
            yield* this.pop();
    }
    get sourceToken() {
        const st = {
            type: this.type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
        return st;
    }
    *step() {
        const top = this.peek(1);
        if (this.type === 'doc-end' && top?.type !== 'doc-end') {
            while (this.stack.length > 0)
                yield* this.pop();
            this.stack.push({
                type: 'doc-end',
                offset: this.offset,
                source: this.source
            });
            return;
        }
        if (!top)
            return yield* this.stream();
        switch (top.type) {
            case 'document':
                return yield* this.document(top);
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return yield* this.scalar(top);
            case 'block-scalar':
                return yield* this.blockScalar(top);
            case 'block-map':
                return yield* this.blockMap(top);
            case 'block-seq':
                return yield* this.blockSequence(top);
            case 'flow-collection':
                return yield* this.flowCollection(top);
            case 'doc-end':
                return yield* this.documentEnd(top);
        }
        /* istanbul ignore next should not happen */
        yield* this.pop();
    }
    peek(n) {
        return this.stack[this.stack.length - n];
    }
    *pop(error) {
        const token = error ?? this.stack.pop();
        /* istanbul ignore if should not happen */
        if (!token) {
            const message = 'Tried to pop an empty stack';
            yield { type: 'error', offset: this.offset, source: '', message };
        }
        else if (this.stack.length === 0) {
            yield token;
        }
        else {
            const top = this.peek(1);
            if (token.type === 'block-scalar') {
                // Block scalars use their parent rather than header indent
                token.indent = 'indent' in top ? top.indent : 0;
            }
            else if (token.type === 'flow-collection' && top.type === 'document') {
                // Ignore all indent for top-level flow collections
                token.indent = 0;
            }
            if (token.type === 'flow-collection')
                fixFlowSeqItems(token);
            switch (top.type) {
                case 'document':
                    top.value = token;
                    break;
                case 'block-scalar':
                    top.props.push(token); // error
                    break;
                case 'block-map': {
                    const it = top.items[top.items.length - 1];
                    if (it.value) {
                        top.items.push({ start: [], key: token, sep: [] });
                        this.onKeyLine = true;
                        return;
                    }
                    else if (it.sep) {
                        it.value = token;
                    }
                    else {
                        Object.assign(it, { key: token, sep: [] });
                        this.onKeyLine = !it.explicitKey;
                        return;
                    }
                    break;
                }
                case 'block-seq': {
                    const it = top.items[top.items.length - 1];
                    if (it.value)
                        top.items.push({ start: [], value: token });
                    else
                        it.value = token;
                    break;
                }
                case 'flow-collection': {
                    const it = top.items[top.items.length - 1];
                    if (!it || it.value)
                        top.items.push({ start: [], key: token, sep: [] });
                    else if (it.sep)
                        it.value = token;
                    else
                        Object.assign(it, { key: token, sep: [] });
                    return;
                }
                /* istanbul ignore next should not happen */
                default:
                    yield* this.pop();
                    yield* this.pop(token);
            }
            if ((top.type === 'document' ||
                top.type === 'block-map' ||
                top.type === 'block-seq') &&
                (token.type === 'block-map' || token.type === 'block-seq')) {
                const last = token.items[token.items.length - 1];
                if (last &&
                    !last.sep &&
                    !last.value &&
                    last.start.length > 0 &&
                    findNonEmptyIndex(last.start) === -1 &&
                    (token.indent === 0 ||
                        last.start.every(st => st.type !== 'comment' || st.indent < token.indent))) {
                    if (top.type === 'document')
                        top.end = last.start;
                    else
                        top.items.push({ start: last.start });
                    token.items.splice(-1, 1);
                }
            }
        }
    }
    *stream() {
        switch (this.type) {
            case 'directive-line':
                yield { type: 'directive', offset: this.offset, source: this.source };
                return;
            case 'byte-order-mark':
            case 'space':
            case 'comment':
            case 'newline':
                yield this.sourceToken;
                return;
            case 'doc-mode':
            case 'doc-start': {
                const doc = {
                    type: 'document',
                    offset: this.offset,
                    start: []
                };
                if (this.type === 'doc-start')
                    doc.start.push(this.sourceToken);
                this.stack.push(doc);
                return;
            }
        }
        yield {
            type: 'error',
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML stream`,
            source: this.source
        };
    }
    *document(doc) {
        if (doc.value)
            return yield* this.lineEnd(doc);
        switch (this.type) {
            case 'doc-start': {
                if (findNonEmptyIndex(doc.start) !== -1) {
                    yield* this.pop();
                    yield* this.step();
                }
                else
                    doc.start.push(this.sourceToken);
                return;
            }
            case 'anchor':
            case 'tag':
            case 'space':
            case 'comment':
            case 'newline':
                doc.start.push(this.sourceToken);
                return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
            this.stack.push(bv);
        else {
            yield {
                type: 'error',
                offset: this.offset,
                message: `Unexpected ${this.type} token in YAML document`,
                source: this.source
            };
        }
    }
    *scalar(scalar) {
        if (this.type === 'map-value-ind') {
            const prev = getPrevProps(this.peek(2));
            const start = getFirstKeyStartProps(prev);
            let sep;
            if (scalar.end) {
                sep = scalar.end;
                sep.push(this.sourceToken);
                delete scalar.end;
            }
            else
                sep = [this.sourceToken];
            const map = {
                type: 'block-map',
                offset: scalar.offset,
                indent: scalar.indent,
                items: [{ start, key: scalar, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
        }
        else
            yield* this.lineEnd(scalar);
    }
    *blockScalar(scalar) {
        switch (this.type) {
            case 'space':
            case 'comment':
            case 'newline':
                scalar.props.push(this.sourceToken);
                return;
            case 'scalar':
                scalar.source = this.source;
                // block-scalar source includes trailing newline
                this.atNewLine = true;
                this.indent = 0;
                if (this.onNewLine) {
                    let nl = this.source.indexOf('\n') + 1;
                    while (nl !== 0) {
                        this.onNewLine(this.offset + nl);
                        nl = this.source.indexOf('\n', nl) + 1;
                    }
                }
                yield* this.pop();
                break;
            /* istanbul ignore next should not happen */
            default:
                yield* this.pop();
                yield* this.step();
        }
    }
    *blockMap(map) {
        const it = map.items[map.items.length - 1];
        // it.sep is true-ish if pair already has key or : separator
        switch (this.type) {
            case 'newline':
                this.onKeyLine = false;
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    it.start.push(this.sourceToken);
                }
                return;
            case 'space':
            case 'comment':
                if (it.value) {
                    map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    if (this.atIndentedComment(it.start, map.indent)) {
                        const prev = map.items[map.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            map.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
        }
        if (this.indent >= map.indent) {
            const atMapIndent = !this.onKeyLine && this.indent === map.indent;
            const atNextItem = atMapIndent &&
                (it.sep || it.explicitKey) &&
                this.type !== 'seq-item-ind';
            // For empty nodes, assign newline-separated not indented empty tokens to following node
            let start = [];
            if (atNextItem && it.sep && !it.value) {
                const nl = [];
                for (let i = 0; i < it.sep.length; ++i) {
                    const st = it.sep[i];
                    switch (st.type) {
                        case 'newline':
                            nl.push(i);
                            break;
                        case 'space':
                            break;
                        case 'comment':
                            if (st.indent > map.indent)
                                nl.length = 0;
                            break;
                        default:
                            nl.length = 0;
                    }
                }
                if (nl.length >= 2)
                    start = it.sep.splice(nl[1]);
            }
            switch (this.type) {
                case 'anchor':
                case 'tag':
                    if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        it.sep.push(this.sourceToken);
                    }
                    else {
                        it.start.push(this.sourceToken);
                    }
                    return;
                case 'explicit-key-ind':
                    if (!it.sep && !it.explicitKey) {
                        it.start.push(this.sourceToken);
                        it.explicitKey = true;
                    }
                    else if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start, explicitKey: true });
                    }
                    else {
                        this.stack.push({
                            type: 'block-map',
                            offset: this.offset,
                            indent: this.indent,
                            items: [{ start: [this.sourceToken], explicitKey: true }]
                        });
                    }
                    this.onKeyLine = true;
                    return;
                case 'map-value-ind':
                    if (it.explicitKey) {
                        if (!it.sep) {
                            if (includesToken(it.start, 'newline')) {
                                Object.assign(it, { key: null, sep: [this.sourceToken] });
                            }
                            else {
                                const start = getFirstKeyStartProps(it.start);
                                this.stack.push({
                                    type: 'block-map',
                                    offset: this.offset,
                                    indent: this.indent,
                                    items: [{ start, key: null, sep: [this.sourceToken] }]
                                });
                            }
                        }
                        else if (it.value) {
                            map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else if (isFlowToken(it.key) &&
                            !includesToken(it.sep, 'newline')) {
                            const start = getFirstKeyStartProps(it.start);
                            const key = it.key;
                            const sep = it.sep;
                            sep.push(this.sourceToken);
                            // @ts-expect-error type guard is wrong here
                            delete it.key;
                            // @ts-expect-error type guard is wrong here
                            delete it.sep;
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key, sep }]
                            });
                        }
                        else if (start.length > 0) {
                            // Not actually at next item
                            it.sep = it.sep.concat(start, this.sourceToken);
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    else {
                        if (!it.sep) {
                            Object.assign(it, { key: null, sep: [this.sourceToken] });
                        }
                        else if (it.value || atNextItem) {
                            map.items.push({ start, key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start: [], key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    this.onKeyLine = true;
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (atNextItem || it.value) {
                        map.items.push({ start, key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        this.stack.push(fs);
                    }
                    else {
                        Object.assign(it, { key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    return;
                }
                default: {
                    const bv = this.startBlockValue(map);
                    if (bv) {
                        if (bv.type === 'block-seq') {
                            if (!it.explicitKey &&
                                it.sep &&
                                !includesToken(it.sep, 'newline')) {
                                yield* this.pop({
                                    type: 'error',
                                    offset: this.offset,
                                    message: 'Unexpected block-seq-ind on same line with key',
                                    source: this.source
                                });
                                return;
                            }
                        }
                        else if (atMapIndent) {
                            map.items.push({ start });
                        }
                        this.stack.push(bv);
                        return;
                    }
                }
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
            case 'newline':
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        seq.items.push({ start: [this.sourceToken] });
                }
                else
                    it.start.push(this.sourceToken);
                return;
            case 'space':
            case 'comment':
                if (it.value)
                    seq.items.push({ start: [this.sourceToken] });
                else {
                    if (this.atIndentedComment(it.start, seq.indent)) {
                        const prev = seq.items[seq.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            seq.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
            case 'anchor':
            case 'tag':
                if (it.value || this.indent <= seq.indent)
                    break;
                it.start.push(this.sourceToken);
                return;
            case 'seq-item-ind':
                if (this.indent !== seq.indent)
                    break;
                if (it.value || includesToken(it.start, 'seq-item-ind'))
                    seq.items.push({ start: [this.sourceToken] });
                else
                    it.start.push(this.sourceToken);
                return;
        }
        if (this.indent > seq.indent) {
            const bv = this.startBlockValue(seq);
            if (bv) {
                this.stack.push(bv);
                return;
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === 'flow-error-end') {
            let top;
            do {
                yield* this.pop();
                top = this.peek(1);
            } while (top?.type === 'flow-collection');
        }
        else if (fc.end.length === 0) {
            switch (this.type) {
                case 'comma':
                case 'explicit-key-ind':
                    if (!it || it.sep)
                        fc.items.push({ start: [this.sourceToken] });
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'map-value-ind':
                    if (!it || it.value)
                        fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        Object.assign(it, { key: null, sep: [this.sourceToken] });
                    return;
                case 'space':
                case 'comment':
                case 'newline':
                case 'anchor':
                case 'tag':
                    if (!it || it.value)
                        fc.items.push({ start: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (!it || it.value)
                        fc.items.push({ start: [], key: fs, sep: [] });
                    else if (it.sep)
                        this.stack.push(fs);
                    else
                        Object.assign(it, { key: fs, sep: [] });
                    return;
                }
                case 'flow-map-end':
                case 'flow-seq-end':
                    fc.end.push(this.sourceToken);
                    return;
            }
            const bv = this.startBlockValue(fc);
            /* istanbul ignore else should not happen */
            if (bv)
                this.stack.push(bv);
            else {
                yield* this.pop();
                yield* this.step();
            }
        }
        else {
            const parent = this.peek(2);
            if (parent.type === 'block-map' &&
                ((this.type === 'map-value-ind' && parent.indent === fc.indent) ||
                    (this.type === 'newline' &&
                        !parent.items[parent.items.length - 1].sep))) {
                yield* this.pop();
                yield* this.step();
            }
            else if (this.type === 'map-value-ind' &&
                parent.type !== 'flow-collection') {
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                fixFlowSeqItems(fc);
                const sep = fc.end.splice(1, fc.end.length);
                sep.push(this.sourceToken);
                const map = {
                    type: 'block-map',
                    offset: fc.offset,
                    indent: fc.indent,
                    items: [{ start, key: fc, sep }]
                };
                this.onKeyLine = true;
                this.stack[this.stack.length - 1] = map;
            }
            else {
                yield* this.lineEnd(fc);
            }
        }
    }
    flowScalar(type) {
        if (this.onNewLine) {
            let nl = this.source.indexOf('\n') + 1;
            while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf('\n', nl) + 1;
            }
        }
        return {
            type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
    }
    startBlockValue(parent) {
        switch (this.type) {
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return this.flowScalar(this.type);
            case 'block-scalar-header':
                return {
                    type: 'block-scalar',
                    offset: this.offset,
                    indent: this.indent,
                    props: [this.sourceToken],
                    source: ''
                };
            case 'flow-map-start':
            case 'flow-seq-start':
                return {
                    type: 'flow-collection',
                    offset: this.offset,
                    indent: this.indent,
                    start: this.sourceToken,
                    items: [],
                    end: []
                };
            case 'seq-item-ind':
                return {
                    type: 'block-seq',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [this.sourceToken] }]
                };
            case 'explicit-key-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                start.push(this.sourceToken);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, explicitKey: true }]
                };
            }
            case 'map-value-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                };
            }
        }
        return null;
    }
    atIndentedComment(start, indent) {
        if (this.type !== 'comment')
            return false;
        if (this.indent <= indent)
            return false;
        return start.every(st => st.type === 'newline' || st.type === 'space');
    }
    *documentEnd(docEnd) {
        if (this.type !== 'doc-mode') {
            if (docEnd.end)
                docEnd.end.push(this.sourceToken);
            else
                docEnd.end = [this.sourceToken];
            if (this.type === 'newline')
                yield* this.pop();
        }
    }
    *lineEnd(token) {
        switch (this.type) {
            case 'comma':
            case 'doc-start':
            case 'doc-end':
            case 'flow-seq-end':
            case 'flow-map-end':
            case 'map-value-ind':
                yield* this.pop();
                yield* this.step();
                break;
            case 'newline':
                this.onKeyLine = false;
            // fallthrough
            case 'space':
            case 'comment':
            default:
                // all other values are errors
                if (token.end)
                    token.end.push(this.sourceToken);
                else
                    token.end = [this.sourceToken];
                if (this.type === 'newline')
                    yield* this.pop();
        }
    }
}

exports.Parser = Parser;


/***/ }),

/***/ 4047:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var log = __nccwpck_require__(7249);
var identity = __nccwpck_require__(1127);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);

function parseOptions(options) {
    const prettyErrors = options.prettyErrors !== false;
    const lineCounter$1 = options.lineCounter || (prettyErrors && new lineCounter.LineCounter()) || null;
    return { lineCounter: lineCounter$1, prettyErrors };
}
/**
 * Parse the input as a stream of YAML documents.
 *
 * Documents should be separated from each other by `...` or `---` marker lines.
 *
 * @returns If an empty `docs` array is returned, it will be of type
 *   EmptyStream and contain additional stream information. In
 *   TypeScript, you should use `'empty' in docs` as a type guard for it.
 */
function parseAllDocuments(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    const docs = Array.from(composer$1.compose(parser$1.parse(source)));
    if (prettyErrors && lineCounter)
        for (const doc of docs) {
            doc.errors.forEach(errors.prettifyError(source, lineCounter));
            doc.warnings.forEach(errors.prettifyError(source, lineCounter));
        }
    if (docs.length > 0)
        return docs;
    return Object.assign([], { empty: true }, composer$1.streamInfo());
}
/** Parse an input string into a single YAML.Document */
function parseDocument(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    // `doc` is always set by compose.end(true) at the very latest
    let doc = null;
    for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
            doc = _doc;
        else if (doc.options.logLevel !== 'silent') {
            doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
            break;
        }
    }
    if (prettyErrors && lineCounter) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter));
    }
    return doc;
}
function parse(src, reviver, options) {
    let _reviver = undefined;
    if (typeof reviver === 'function') {
        _reviver = reviver;
    }
    else if (options === undefined && reviver && typeof reviver === 'object') {
        options = reviver;
    }
    const doc = parseDocument(src, options);
    if (!doc)
        return null;
    doc.warnings.forEach(warning => log.warn(doc.options.logLevel, warning));
    if (doc.errors.length > 0) {
        if (doc.options.logLevel !== 'silent')
            throw doc.errors[0];
        else
            doc.errors = [];
    }
    return doc.toJS(Object.assign({ reviver: _reviver }, options));
}
function stringify(value, replacer, options) {
    let _replacer = null;
    if (typeof replacer === 'function' || Array.isArray(replacer)) {
        _replacer = replacer;
    }
    else if (options === undefined && replacer) {
        options = replacer;
    }
    if (typeof options === 'string')
        options = options.length;
    if (typeof options === 'number') {
        const indent = Math.round(options);
        options = indent < 1 ? undefined : indent > 8 ? { indent: 8 } : { indent };
    }
    if (value === undefined) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
            return undefined;
    }
    if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
    return new Document.Document(value, _replacer, options).toString(options);
}

exports.parse = parse;
exports.parseAllDocuments = parseAllDocuments;
exports.parseDocument = parseDocument;
exports.stringify = stringify;


/***/ }),

/***/ 5840:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var tags = __nccwpck_require__(18);

const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
class Schema {
    constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat)
            ? tags.getTags(compat, 'compat')
            : compat
                ? tags.getTags(null, compat)
                : null;
        this.name = (typeof schema === 'string' && schema) || 'core';
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        // Used by createMap()
        this.sortMapEntries =
            typeof sortMapEntries === 'function'
                ? sortMapEntries
                : sortMapEntries === true
                    ? sortMapEntriesByKey
                    : null;
    }
    clone() {
        const copy = Object.create(Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
    }
}

exports.Schema = Schema;


/***/ }),

/***/ 7451:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLMap = __nccwpck_require__(4454);

const map = {
    collection: 'map',
    default: true,
    nodeClass: YAMLMap.YAMLMap,
    tag: 'tag:yaml.org,2002:map',
    resolve(map, onError) {
        if (!identity.isMap(map))
            onError('Expected a mapping for this tag');
        return map;
    },
    createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
};

exports.map = map;


/***/ }),

/***/ 3632:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const nullTag = {
    identify: value => value == null,
    createNode: () => new Scalar.Scalar(null),
    default: true,
    tag: 'tag:yaml.org,2002:null',
    test: /^(?:~|[Nn]ull|NULL)?$/,
    resolve: () => new Scalar.Scalar(null),
    stringify: ({ source }, ctx) => typeof source === 'string' && nullTag.test.test(source)
        ? source
        : ctx.options.nullStr
};

exports.nullTag = nullTag;


/***/ }),

/***/ 1706:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLSeq = __nccwpck_require__(2223);

const seq = {
    collection: 'seq',
    default: true,
    nodeClass: YAMLSeq.YAMLSeq,
    tag: 'tag:yaml.org,2002:seq',
    resolve(seq, onError) {
        if (!identity.isSeq(seq))
            onError('Expected a sequence for this tag');
        return seq;
    },
    createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
};

exports.seq = seq;


/***/ }),

/***/ 6464:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyString = __nccwpck_require__(3069);

const string = {
    identify: value => typeof value === 'string',
    default: true,
    tag: 'tag:yaml.org,2002:str',
    resolve: str => str,
    stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
    }
};

exports.string = string;


/***/ }),

/***/ 3959:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const boolTag = {
    identify: value => typeof value === 'boolean',
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
    resolve: str => new Scalar.Scalar(str[0] === 't' || str[0] === 'T'),
    stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
            const sv = source[0] === 't' || source[0] === 'T';
            if (value === sv)
                return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
};

exports.boolTag = boolTag;


/***/ }),

/***/ 8405:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: str => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
    resolve: str => parseFloat(str),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf('.');
        if (dot !== -1 && str[str.length - 1] === '0')
            node.minFractionDigits = str.length - dot - 1;
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 9874:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
const intResolve = (str, offset, radix, { intAsBigInt }) => (intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix));
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
    return stringifyNumber.stringifyNumber(node);
}
const intOct = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^0o[0-7]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
    stringify: node => intStringify(node, 8, '0o')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^0x[0-9a-fA-F]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 896:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.boolTag,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float
];

exports.schema = schema;


/***/ }),

/***/ 3559:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);

function intIdentify(value) {
    return typeof value === 'bigint' || Number.isInteger(value);
}
const stringifyJSON = ({ value }) => JSON.stringify(value);
const jsonScalars = [
    {
        identify: value => typeof value === 'string',
        default: true,
        tag: 'tag:yaml.org,2002:str',
        resolve: str => str,
        stringify: stringifyJSON
    },
    {
        identify: value => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: 'tag:yaml.org,2002:null',
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
    },
    {
        identify: value => typeof value === 'boolean',
        default: true,
        tag: 'tag:yaml.org,2002:bool',
        test: /^true$|^false$/,
        resolve: str => str === 'true',
        stringify: stringifyJSON
    },
    {
        identify: intIdentify,
        default: true,
        tag: 'tag:yaml.org,2002:int',
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
    },
    {
        identify: value => typeof value === 'number',
        default: true,
        tag: 'tag:yaml.org,2002:float',
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: str => parseFloat(str),
        stringify: stringifyJSON
    }
];
const jsonError = {
    default: true,
    tag: '',
    test: /^/,
    resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
    }
};
const schema = [map.map, seq.seq].concat(jsonScalars, jsonError);

exports.schema = schema;


/***/ }),

/***/ 18:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);
var schema = __nccwpck_require__(896);
var schema$1 = __nccwpck_require__(3559);
var binary = __nccwpck_require__(6083);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var schema$2 = __nccwpck_require__(5913);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schemas = new Map([
    ['core', schema.schema],
    ['failsafe', [map.map, seq.seq, string.string]],
    ['json', schema$1.schema],
    ['yaml11', schema$2.schema],
    ['yaml-1.1', schema$2.schema]
]);
const tagsByName = {
    binary: binary.binary,
    bool: bool.boolTag,
    float: float.float,
    floatExp: float.floatExp,
    floatNaN: float.floatNaN,
    floatTime: timestamp.floatTime,
    int: int.int,
    intHex: int.intHex,
    intOct: int.intOct,
    intTime: timestamp.intTime,
    map: map.map,
    merge: merge.merge,
    null: _null.nullTag,
    omap: omap.omap,
    pairs: pairs.pairs,
    seq: seq.seq,
    set: set.set,
    timestamp: timestamp.timestamp
};
const coreKnownTags = {
    'tag:yaml.org,2002:binary': binary.binary,
    'tag:yaml.org,2002:merge': merge.merge,
    'tag:yaml.org,2002:omap': omap.omap,
    'tag:yaml.org,2002:pairs': pairs.pairs,
    'tag:yaml.org,2002:set': set.set,
    'tag:yaml.org,2002:timestamp': timestamp.timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
    const schemaTags = schemas.get(schemaName);
    if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge)
            ? schemaTags.concat(merge.merge)
            : schemaTags.slice();
    }
    let tags = schemaTags;
    if (!tags) {
        if (Array.isArray(customTags))
            tags = [];
        else {
            const keys = Array.from(schemas.keys())
                .filter(key => key !== 'yaml11')
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
    }
    if (Array.isArray(customTags)) {
        for (const tag of customTags)
            tags = tags.concat(tag);
    }
    else if (typeof customTags === 'function') {
        tags = customTags(tags.slice());
    }
    if (addMergeTag)
        tags = tags.concat(merge.merge);
    return tags.reduce((tags, tag) => {
        const tagObj = typeof tag === 'string' ? tagsByName[tag] : tag;
        if (!tagObj) {
            const tagName = JSON.stringify(tag);
            const keys = Object.keys(tagsByName)
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags.includes(tagObj))
            tags.push(tagObj);
        return tags;
    }, []);
}

exports.coreKnownTags = coreKnownTags;
exports.getTags = getTags;


/***/ }),

/***/ 6083:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_buffer = __nccwpck_require__(181);
var Scalar = __nccwpck_require__(3301);
var stringifyString = __nccwpck_require__(3069);

const binary = {
    identify: value => value instanceof Uint8Array, // Buffer inherits from Uint8Array
    default: false,
    tag: 'tag:yaml.org,2002:binary',
    /**
     * Returns a Buffer in node and an Uint8Array in browsers
     *
     * To use the resulting buffer as an image, you'll want to do something like:
     *
     *   const blob = new Blob([buffer], { type: 'image/jpeg' })
     *   document.querySelector('#photo').src = URL.createObjectURL(blob)
     */
    resolve(src, onError) {
        if (typeof node_buffer.Buffer === 'function') {
            return node_buffer.Buffer.from(src, 'base64');
        }
        else if (typeof atob === 'function') {
            // On IE 11, atob() can't handle newlines
            const str = atob(src.replace(/[\n\r]/g, ''));
            const buffer = new Uint8Array(str.length);
            for (let i = 0; i < str.length; ++i)
                buffer[i] = str.charCodeAt(i);
            return buffer;
        }
        else {
            onError('This environment does not support reading binary tags; either Buffer or atob is required');
            return src;
        }
    },
    stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
            return '';
        const buf = value; // checked earlier by binary.identify()
        let str;
        if (typeof node_buffer.Buffer === 'function') {
            str =
                buf instanceof node_buffer.Buffer
                    ? buf.toString('base64')
                    : node_buffer.Buffer.from(buf.buffer).toString('base64');
        }
        else if (typeof btoa === 'function') {
            let s = '';
            for (let i = 0; i < buf.length; ++i)
                s += String.fromCharCode(buf[i]);
            str = btoa(s);
        }
        else {
            throw new Error('This environment does not support writing binary tags; either Buffer or btoa is required');
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
            const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
            const n = Math.ceil(str.length / lineWidth);
            const lines = new Array(n);
            for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
                lines[i] = str.substr(o, lineWidth);
            }
            str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? '\n' : ' ');
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
    }
};

exports.binary = binary;


/***/ }),

/***/ 8398:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function boolStringify({ value, source }, ctx) {
    const boolObj = value ? trueTag : falseTag;
    if (source && boolObj.test.test(source))
        return source;
    return value ? ctx.options.trueStr : ctx.options.falseStr;
}
const trueTag = {
    identify: value => value === true,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
    resolve: () => new Scalar.Scalar(true),
    stringify: boolStringify
};
const falseTag = {
    identify: value => value === false,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
    resolve: () => new Scalar.Scalar(false),
    stringify: boolStringify
};

exports.falseTag = falseTag;
exports.trueTag = trueTag;


/***/ }),

/***/ 5782:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: (str) => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
    resolve: (str) => parseFloat(str.replace(/_/g, '')),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, '')));
        const dot = str.indexOf('.');
        if (dot !== -1) {
            const f = str.substring(dot + 1).replace(/_/g, '');
            if (f[f.length - 1] === '0')
                node.minFractionDigits = f.length;
        }
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 873:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
function intResolve(str, offset, radix, { intAsBigInt }) {
    const sign = str[0];
    if (sign === '-' || sign === '+')
        offset += 1;
    str = str.substring(offset).replace(/_/g, '');
    if (intAsBigInt) {
        switch (radix) {
            case 2:
                str = `0b${str}`;
                break;
            case 8:
                str = `0o${str}`;
                break;
            case 16:
                str = `0x${str}`;
                break;
        }
        const n = BigInt(str);
        return sign === '-' ? BigInt(-1) * n : n;
    }
    const n = parseInt(str, radix);
    return sign === '-' ? -1 * n : n;
}
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? '-' + prefix + str.substr(1) : prefix + str;
    }
    return stringifyNumber.stringifyNumber(node);
}
const intBin = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'BIN',
    test: /^[-+]?0b[0-1_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
    stringify: node => intStringify(node, 2, '0b')
};
const intOct = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^[-+]?0[0-7_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
    stringify: node => intStringify(node, 8, '0')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9][0-9_]*$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^[-+]?0x[0-9a-fA-F_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intBin = intBin;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 452:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

// If the value associated with a merge key is a single mapping node, each of
// its key/value pairs is inserted into the current mapping, unless the key
// already exists in it. If the value associated with the merge key is a
// sequence, then this sequence is expected to contain mapping nodes and each
// of these nodes is merged in turn according to its order in the sequence.
// Keys in mapping nodes earlier in the sequence override keys specified in
// later mapping nodes. -- http://yaml.org/type/merge.html
const MERGE_KEY = '<<';
const merge = {
    identify: value => value === MERGE_KEY ||
        (typeof value === 'symbol' && value.description === MERGE_KEY),
    default: 'key',
    tag: 'tag:yaml.org,2002:merge',
    test: /^<<$/,
    resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
    }),
    stringify: () => MERGE_KEY
};
const isMergeKey = (ctx, key) => (merge.identify(key) ||
    (identity.isScalar(key) &&
        (!key.type || key.type === Scalar.Scalar.PLAIN) &&
        merge.identify(key.value))) &&
    ctx?.doc.schema.tags.some(tag => tag.tag === merge.tag && tag.default);
function addMergeToJSMap(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (identity.isSeq(source))
        for (const it of source.items)
            mergeValue(ctx, map, it);
    else if (Array.isArray(source))
        for (const it of source)
            mergeValue(ctx, map, it);
    else
        mergeValue(ctx, map, source);
}
function mergeValue(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (!identity.isMap(source))
        throw new Error('Merge sources must be maps or map aliases');
    const srcMap = source.toJSON(null, ctx, Map);
    for (const [key, value] of srcMap) {
        if (map instanceof Map) {
            if (!map.has(key))
                map.set(key, value);
        }
        else if (map instanceof Set) {
            map.add(key);
        }
        else if (!Object.prototype.hasOwnProperty.call(map, key)) {
            Object.defineProperty(map, key, {
                value,
                writable: true,
                enumerable: true,
                configurable: true
            });
        }
    }
    return map;
}
function resolveAliasValue(ctx, value) {
    return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
}

exports.addMergeToJSMap = addMergeToJSMap;
exports.isMergeKey = isMergeKey;
exports.merge = merge;


/***/ }),

/***/ 303:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var pairs = __nccwpck_require__(8385);

class YAMLOMap extends YAMLSeq.YAMLSeq {
    constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = YAMLOMap.tag;
    }
    /**
     * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
     * but TypeScript won't allow widening the signature of a child method.
     */
    toJSON(_, ctx) {
        if (!ctx)
            return super.toJSON(_);
        const map = new Map();
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const pair of this.items) {
            let key, value;
            if (identity.isPair(pair)) {
                key = toJS.toJS(pair.key, '', ctx);
                value = toJS.toJS(pair.value, key, ctx);
            }
            else {
                key = toJS.toJS(pair, '', ctx);
            }
            if (map.has(key))
                throw new Error('Ordered maps must not include duplicate keys');
            map.set(key, value);
        }
        return map;
    }
    static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap = new this();
        omap.items = pairs$1.items;
        return omap;
    }
}
YAMLOMap.tag = 'tag:yaml.org,2002:omap';
const omap = {
    collection: 'seq',
    identify: value => value instanceof Map,
    nodeClass: YAMLOMap,
    default: false,
    tag: 'tag:yaml.org,2002:omap',
    resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
            if (identity.isScalar(key)) {
                if (seenKeys.includes(key.value)) {
                    onError(`Ordered maps must not include duplicate keys: ${key.value}`);
                }
                else {
                    seenKeys.push(key.value);
                }
            }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
    },
    createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
};

exports.YAMLOMap = YAMLOMap;
exports.omap = omap;


/***/ }),

/***/ 8385:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLSeq = __nccwpck_require__(2223);

function resolvePairs(seq, onError) {
    if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
            let item = seq.items[i];
            if (identity.isPair(item))
                continue;
            else if (identity.isMap(item)) {
                if (item.items.length > 1)
                    onError('Each pair must have its own sequence indicator');
                const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
                if (item.commentBefore)
                    pair.key.commentBefore = pair.key.commentBefore
                        ? `${item.commentBefore}\n${pair.key.commentBefore}`
                        : item.commentBefore;
                if (item.comment) {
                    const cn = pair.value ?? pair.key;
                    cn.comment = cn.comment
                        ? `${item.comment}\n${cn.comment}`
                        : item.comment;
                }
                item = pair;
            }
            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
    }
    else
        onError('Expected a sequence for this tag');
    return seq;
}
function createPairs(schema, iterable, ctx) {
    const { replacer } = ctx;
    const pairs = new YAMLSeq.YAMLSeq(schema);
    pairs.tag = 'tag:yaml.org,2002:pairs';
    let i = 0;
    if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
            if (typeof replacer === 'function')
                it = replacer.call(iterable, String(i++), it);
            let key, value;
            if (Array.isArray(it)) {
                if (it.length === 2) {
                    key = it[0];
                    value = it[1];
                }
                else
                    throw new TypeError(`Expected [key, value] tuple: ${it}`);
            }
            else if (it && it instanceof Object) {
                const keys = Object.keys(it);
                if (keys.length === 1) {
                    key = keys[0];
                    value = it[key];
                }
                else {
                    throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
                }
            }
            else {
                key = it;
            }
            pairs.items.push(Pair.createPair(key, value, ctx));
        }
    return pairs;
}
const pairs = {
    collection: 'seq',
    default: false,
    tag: 'tag:yaml.org,2002:pairs',
    resolve: resolvePairs,
    createNode: createPairs
};

exports.createPairs = createPairs;
exports.pairs = pairs;
exports.resolvePairs = resolvePairs;


/***/ }),

/***/ 5913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var binary = __nccwpck_require__(6083);
var bool = __nccwpck_require__(8398);
var float = __nccwpck_require__(5782);
var int = __nccwpck_require__(873);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.trueTag,
    bool.falseTag,
    int.intBin,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float,
    binary.binary,
    merge.merge,
    omap.omap,
    pairs.pairs,
    set.set,
    timestamp.intTime,
    timestamp.floatTime,
    timestamp.timestamp
];

exports.schema = schema;


/***/ }),

/***/ 1528:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);

class YAMLSet extends YAMLMap.YAMLMap {
    constructor(schema) {
        super(schema);
        this.tag = YAMLSet.tag;
    }
    add(key) {
        let pair;
        if (identity.isPair(key))
            pair = key;
        else if (key &&
            typeof key === 'object' &&
            'key' in key &&
            'value' in key &&
            key.value === null)
            pair = new Pair.Pair(key.key, null);
        else
            pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
            this.items.push(pair);
    }
    /**
     * If `keepPair` is `true`, returns the Pair matching `key`.
     * Otherwise, returns the value of that Pair's key.
     */
    get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair)
            ? identity.isScalar(pair.key)
                ? pair.key.value
                : pair.key
            : pair;
    }
    set(key, value) {
        if (typeof value !== 'boolean')
            throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
            this.items.splice(this.items.indexOf(prev), 1);
        }
        else if (!prev && value) {
            this.items.push(new Pair.Pair(key));
        }
    }
    toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        if (this.hasAllNullValues(true))
            return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
            throw new Error('Set items must all have null values');
    }
    static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
            for (let value of iterable) {
                if (typeof replacer === 'function')
                    value = replacer.call(iterable, value, value);
                set.items.push(Pair.createPair(value, null, ctx));
            }
        return set;
    }
}
YAMLSet.tag = 'tag:yaml.org,2002:set';
const set = {
    collection: 'map',
    identify: value => value instanceof Set,
    nodeClass: YAMLSet,
    default: false,
    tag: 'tag:yaml.org,2002:set',
    createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
    resolve(map, onError) {
        if (identity.isMap(map)) {
            if (map.hasAllNullValues(true))
                return Object.assign(new YAMLSet(), map);
            else
                onError('Set items must all have null values');
        }
        else
            onError('Expected a mapping for this tag');
        return map;
    }
};

exports.YAMLSet = YAMLSet;
exports.set = set;


/***/ }),

/***/ 6752:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

/** Internal types handle bigint as number, because TS can't figure it out. */
function parseSexagesimal(str, asBigInt) {
    const sign = str[0];
    const parts = sign === '-' || sign === '+' ? str.substring(1) : str;
    const num = (n) => asBigInt ? BigInt(n) : Number(n);
    const res = parts
        .replace(/_/g, '')
        .split(':')
        .reduce((res, p) => res * num(60) + num(p), num(0));
    return (sign === '-' ? num(-1) * res : res);
}
/**
 * hhhh:mm:ss.sss
 *
 * Internal types handle bigint as number, because TS can't figure it out.
 */
function stringifySexagesimal(node) {
    let { value } = node;
    let num = (n) => n;
    if (typeof value === 'bigint')
        num = n => BigInt(n);
    else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
    let sign = '';
    if (value < 0) {
        sign = '-';
        value *= num(-1);
    }
    const _60 = num(60);
    const parts = [value % _60]; // seconds, including ms
    if (value < 60) {
        parts.unshift(0); // at least one : is required
    }
    else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60); // minutes
        if (value >= 60) {
            value = (value - parts[0]) / _60;
            parts.unshift(value); // hours
        }
    }
    return (sign +
        parts
            .map(n => String(n).padStart(2, '0'))
            .join(':')
            .replace(/000000\d*$/, '') // % 60 may introduce error
    );
}
const intTime = {
    identify: value => typeof value === 'bigint' || Number.isInteger(value),
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
    resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
    stringify: stringifySexagesimal
};
const floatTime = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
    resolve: str => parseSexagesimal(str, false),
    stringify: stringifySexagesimal
};
const timestamp = {
    identify: value => value instanceof Date,
    default: true,
    tag: 'tag:yaml.org,2002:timestamp',
    // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
    // may be omitted altogether, resulting in a date format. In such a case, the time part is
    // assumed to be 00:00:00Z (start of day, UTC).
    test: RegExp('^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})' + // YYYY-Mm-Dd
        '(?:' + // time is optional
        '(?:t|T|[ \\t]+)' + // t | T | whitespace
        '([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)' + // Hh:Mm:Ss(.ss)?
        '(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?' + // Z | +5 | -03:30
        ')?$'),
    resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
            throw new Error('!!timestamp expects a date, starting with yyyy-mm-dd');
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + '00').substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== 'Z') {
            let d = parseSexagesimal(tz, false);
            if (Math.abs(d) < 30)
                d *= 60;
            date -= 60000 * d;
        }
        return new Date(date);
    },
    stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, '') ?? ''
};

exports.floatTime = floatTime;
exports.intTime = intTime;
exports.timestamp = timestamp;


/***/ }),

/***/ 4475:
/***/ ((__unused_webpack_module, exports) => {



const FOLD_FLOW = 'flow';
const FOLD_BLOCK = 'block';
const FOLD_QUOTED = 'quoted';
/**
 * Tries to keep input at up to `lineWidth` characters, splitting only on spaces
 * not followed by newlines or spaces unless `mode` is `'quoted'`. Lines are
 * terminated with `\n` and started with `indent`.
 */
function foldFlowLines(text, indent, mode = 'flow', { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
    if (!lineWidth || lineWidth < 0)
        return text;
    if (lineWidth < minContentWidth)
        minContentWidth = 0;
    const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
    if (text.length <= endStep)
        return text;
    const folds = [];
    const escapedFolds = {};
    let end = lineWidth - indent.length;
    if (typeof indentAtStart === 'number') {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
            folds.push(0);
        else
            end = lineWidth - indentAtStart;
    }
    let split = undefined;
    let prev = undefined;
    let overflow = false;
    let i = -1;
    let escStart = -1;
    let escEnd = -1;
    if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
            end = i + endStep;
    }
    for (let ch; (ch = text[(i += 1)]);) {
        if (mode === FOLD_QUOTED && ch === '\\') {
            escStart = i;
            switch (text[i + 1]) {
                case 'x':
                    i += 3;
                    break;
                case 'u':
                    i += 5;
                    break;
                case 'U':
                    i += 9;
                    break;
                default:
                    i += 1;
            }
            escEnd = i;
        }
        if (ch === '\n') {
            if (mode === FOLD_BLOCK)
                i = consumeMoreIndentedLines(text, i, indent.length);
            end = i + indent.length + endStep;
            split = undefined;
        }
        else {
            if (ch === ' ' &&
                prev &&
                prev !== ' ' &&
                prev !== '\n' &&
                prev !== '\t') {
                // space surrounded by non-space can be replaced with newline + indent
                const next = text[i + 1];
                if (next && next !== ' ' && next !== '\n' && next !== '\t')
                    split = i;
            }
            if (i >= end) {
                if (split) {
                    folds.push(split);
                    end = split + endStep;
                    split = undefined;
                }
                else if (mode === FOLD_QUOTED) {
                    // white-space collected at end may stretch past lineWidth
                    while (prev === ' ' || prev === '\t') {
                        prev = ch;
                        ch = text[(i += 1)];
                        overflow = true;
                    }
                    // Account for newline escape, but don't break preceding escape
                    const j = i > escEnd + 1 ? i - 2 : escStart - 1;
                    // Bail out if lineWidth & minContentWidth are shorter than an escape string
                    if (escapedFolds[j])
                        return text;
                    folds.push(j);
                    escapedFolds[j] = true;
                    end = j + endStep;
                    split = undefined;
                }
                else {
                    overflow = true;
                }
            }
        }
        prev = ch;
    }
    if (overflow && onOverflow)
        onOverflow();
    if (folds.length === 0)
        return text;
    if (onFold)
        onFold();
    let res = text.slice(0, folds[0]);
    for (let i = 0; i < folds.length; ++i) {
        const fold = folds[i];
        const end = folds[i + 1] || text.length;
        if (fold === 0)
            res = `\n${indent}${text.slice(0, end)}`;
        else {
            if (mode === FOLD_QUOTED && escapedFolds[fold])
                res += `${text[fold]}\\`;
            res += `\n${indent}${text.slice(fold + 1, end)}`;
        }
    }
    return res;
}
/**
 * Presumes `i + 1` is at the start of a line
 * @returns index of last newline in more-indented block
 */
function consumeMoreIndentedLines(text, i, indent) {
    let end = i;
    let start = i + 1;
    let ch = text[start];
    while (ch === ' ' || ch === '\t') {
        if (i < start + indent) {
            ch = text[++i];
        }
        else {
            do {
                ch = text[++i];
            } while (ch && ch !== '\n');
            end = i;
            start = i + 1;
            ch = text[start];
        }
    }
    return end;
}

exports.FOLD_BLOCK = FOLD_BLOCK;
exports.FOLD_FLOW = FOLD_FLOW;
exports.FOLD_QUOTED = FOLD_QUOTED;
exports.foldFlowLines = foldFlowLines;


/***/ }),

/***/ 2148:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var identity = __nccwpck_require__(1127);
var stringifyComment = __nccwpck_require__(9799);
var stringifyString = __nccwpck_require__(3069);

function createStringifyContext(doc, options) {
    const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: 'PLAIN',
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: 'false',
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: 'null',
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: 'true',
        verifyAliasOrder: true
    }, doc.schema.toStringOptions, options);
    let inFlow;
    switch (opt.collectionStyle) {
        case 'block':
            inFlow = false;
            break;
        case 'flow':
            inFlow = true;
            break;
        default:
            inFlow = null;
    }
    return {
        anchors: new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? ' ' : '',
        indent: '',
        indentStep: typeof opt.indent === 'number' ? ' '.repeat(opt.indent) : '  ',
        inFlow,
        options: opt
    };
}
function getTagObject(tags, item) {
    if (item.tag) {
        const match = tags.filter(t => t.tag === item.tag);
        if (match.length > 0)
            return match.find(t => t.format === item.format) ?? match[0];
    }
    let tagObj = undefined;
    let obj;
    if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter(t => t.identify?.(obj));
        if (match.length > 1) {
            const testMatch = match.filter(t => t.test);
            if (testMatch.length > 0)
                match = testMatch;
        }
        tagObj =
            match.find(t => t.format === item.format) ?? match.find(t => !t.format);
    }
    else {
        obj = item;
        tagObj = tags.find(t => t.nodeClass && obj instanceof t.nodeClass);
    }
    if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? 'null' : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
    }
    return tagObj;
}
// needs to be called before value stringifier to allow for circular anchor refs
function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
    if (!doc.directives)
        return '';
    const props = [];
    const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
    if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
    }
    const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
    if (tag)
        props.push(doc.directives.tagString(tag));
    return props.join(' ');
}
function stringify(item, ctx, onComment, onChompKeep) {
    if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
    if (identity.isAlias(item)) {
        if (ctx.doc.directives)
            return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
            throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        }
        else {
            if (ctx.resolvedAliases)
                ctx.resolvedAliases.add(item);
            else
                ctx.resolvedAliases = new Set([item]);
            item = item.resolve(ctx.doc);
        }
    }
    let tagObj = undefined;
    const node = identity.isNode(item)
        ? item
        : ctx.doc.createNode(item, { onTagObj: o => (tagObj = o) });
    tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
    const props = stringifyProps(node, tagObj, ctx);
    if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
    const str = typeof tagObj.stringify === 'function'
        ? tagObj.stringify(node, ctx, onComment, onChompKeep)
        : identity.isScalar(node)
            ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep)
            : node.toString(ctx, onComment, onChompKeep);
    if (!props)
        return str;
    return identity.isScalar(node) || str[0] === '{' || str[0] === '['
        ? `${props} ${str}`
        : `${props}\n${ctx.indent}${str}`;
}

exports.createStringifyContext = createStringifyContext;
exports.stringify = stringify;


/***/ }),

/***/ 1212:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyCollection(collection, ctx, options) {
    const flow = ctx.inFlow ?? collection.flow;
    const stringify = flow ? stringifyFlowCollection : stringifyBlockCollection;
    return stringify(collection, ctx, options);
}
function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
    const { indent, options: { commentString } } = ctx;
    const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
    let chompKeep = false; // flag for the preceding node's status
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (!chompKeep && item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (!chompKeep && ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
            }
        }
        chompKeep = false;
        let str = stringify.stringify(item, itemCtx, () => (comment = null), () => (chompKeep = true));
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        if (chompKeep && comment)
            chompKeep = false;
        lines.push(blockItemPrefix + str);
    }
    let str;
    if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
    }
    else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
            const line = lines[i];
            str += line ? `\n${indent}${line}` : '\n';
        }
    }
    if (comment) {
        str += '\n' + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
            onComment();
    }
    else if (chompKeep && onChompKeep)
        onChompKeep();
    return str;
}
function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
    const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
    itemIndent += indentStep;
    const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
    });
    let reqNewline = false;
    let linesAtValue = 0;
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, false);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, false);
                if (ik.comment)
                    reqNewline = true;
            }
            const iv = identity.isNode(item.value) ? item.value : null;
            if (iv) {
                if (iv.comment)
                    comment = iv.comment;
                if (iv.commentBefore)
                    reqNewline = true;
            }
            else if (item.value == null && ik?.comment) {
                comment = ik.comment;
            }
        }
        if (comment)
            reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => (comment = null));
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes('\n'));
        if (i < items.length - 1) {
            str += ',';
        }
        else if (ctx.options.trailingComma) {
            if (ctx.options.lineWidth > 0) {
                reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) +
                    (str.length + 2) >
                    ctx.options.lineWidth);
            }
            if (reqNewline) {
                str += ',';
            }
        }
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
    }
    const { start, end } = flowChars;
    if (lines.length === 0) {
        return start + end;
    }
    else {
        if (!reqNewline) {
            const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
            reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
            let str = start;
            for (const line of lines)
                str += line ? `\n${indentStep}${indent}${line}` : '\n';
            return `${str}\n${indent}${end}`;
        }
        else {
            return `${start}${fcPadding}${lines.join(' ')}${fcPadding}${end}`;
        }
    }
}
function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
    if (comment && chompKeep)
        comment = comment.replace(/^\n+/, '');
    if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart()); // Avoid double indent on first line
    }
}

exports.stringifyCollection = stringifyCollection;


/***/ }),

/***/ 9799:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringifies a comment.
 *
 * Empty comment lines are left empty,
 * lines consisting of a single space are replaced by `#`,
 * and all other lines are prefixed with a `#`.
 */
const stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, '#');
function indentComment(comment, indent) {
    if (/^\n+$/.test(comment))
        return comment.substring(1);
    return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
const lineComment = (str, indent, comment) => str.endsWith('\n')
    ? indentComment(comment, indent)
    : comment.includes('\n')
        ? '\n' + indentComment(comment, indent)
        : (str.endsWith(' ') ? '' : ' ') + comment;

exports.indentComment = indentComment;
exports.lineComment = lineComment;
exports.stringifyComment = stringifyComment;


/***/ }),

/***/ 6829:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyDocument(doc, options) {
    const lines = [];
    let hasDirectives = options.directives === true;
    if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
            lines.push(dir);
            hasDirectives = true;
        }
        else if (doc.directives.docStart)
            hasDirectives = true;
    }
    if (hasDirectives)
        lines.push('---');
    const ctx = stringify.createStringifyContext(doc, options);
    const { commentString } = ctx.options;
    if (doc.commentBefore) {
        if (lines.length !== 1)
            lines.unshift('');
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ''));
    }
    let chompKeep = false;
    let contentComment = null;
    if (doc.contents) {
        if (identity.isNode(doc.contents)) {
            if (doc.contents.spaceBefore && hasDirectives)
                lines.push('');
            if (doc.contents.commentBefore) {
                const cs = commentString(doc.contents.commentBefore);
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            // top-level block scalars need to be indented if followed by a comment
            ctx.forceBlockIndent = !!doc.comment;
            contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? undefined : () => (chompKeep = true);
        let body = stringify.stringify(doc.contents, ctx, () => (contentComment = null), onChompKeep);
        if (contentComment)
            body += stringifyComment.lineComment(body, '', commentString(contentComment));
        if ((body[0] === '|' || body[0] === '>') &&
            lines[lines.length - 1] === '---') {
            // Top-level block scalars with a preceding doc marker ought to use the
            // same line for their header.
            lines[lines.length - 1] = `--- ${body}`;
        }
        else
            lines.push(body);
    }
    else {
        lines.push(stringify.stringify(doc.contents, ctx));
    }
    if (doc.directives?.docEnd) {
        if (doc.comment) {
            const cs = commentString(doc.comment);
            if (cs.includes('\n')) {
                lines.push('...');
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            else {
                lines.push(`... ${cs}`);
            }
        }
        else {
            lines.push('...');
        }
    }
    else {
        let dc = doc.comment;
        if (dc && chompKeep)
            dc = dc.replace(/^\n+/, '');
        if (dc) {
            if ((!chompKeep || contentComment) && lines[lines.length - 1] !== '')
                lines.push('');
            lines.push(stringifyComment.indentComment(commentString(dc), ''));
        }
    }
    return lines.join('\n') + '\n';
}

exports.stringifyDocument = stringifyDocument;


/***/ }),

/***/ 8689:
/***/ ((__unused_webpack_module, exports) => {



function stringifyNumber({ format, minFractionDigits, tag, value }) {
    if (typeof value === 'bigint')
        return String(value);
    const num = typeof value === 'number' ? value : Number(value);
    if (!isFinite(num))
        return isNaN(num) ? '.nan' : num < 0 ? '-.inf' : '.inf';
    let n = Object.is(value, -0) ? '-0' : JSON.stringify(value);
    if (!format &&
        minFractionDigits &&
        (!tag || tag === 'tag:yaml.org,2002:float') &&
        /^-?\d/.test(n) &&
        !n.includes('e')) {
        let i = n.indexOf('.');
        if (i < 0) {
            i = n.length;
            n += '.';
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
            n += '0';
    }
    return n;
}

exports.stringifyNumber = stringifyNumber;


/***/ }),

/***/ 9748:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
    const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
    let keyComment = (identity.isNode(key) && key.comment) || null;
    if (simpleKeys) {
        if (keyComment) {
            throw new Error('With simple keys, key nodes cannot have comments');
        }
        if (identity.isCollection(key) || (!identity.isNode(key) && typeof key === 'object')) {
            const msg = 'With simple keys, collection cannot be used as a key value';
            throw new Error(msg);
        }
    }
    let explicitKey = !simpleKeys &&
        (!key ||
            (keyComment && value == null && !ctx.inFlow) ||
            identity.isCollection(key) ||
            (identity.isScalar(key)
                ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL
                : typeof key === 'object'));
    ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
    });
    let keyCommentDone = false;
    let chompKeep = false;
    let str = stringify.stringify(key, ctx, () => (keyCommentDone = true), () => (chompKeep = true));
    if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
            throw new Error('With simple keys, single line scalar must not span more than 1024 characters');
        explicitKey = true;
    }
    if (ctx.inFlow) {
        if (allNullValues || value == null) {
            if (keyCommentDone && onComment)
                onComment();
            return str === '' ? '?' : explicitKey ? `? ${str}` : str;
        }
    }
    else if ((allNullValues && !simpleKeys) || (value == null && explicitKey)) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        }
        else if (chompKeep && onChompKeep)
            onChompKeep();
        return str;
    }
    if (keyCommentDone)
        keyComment = null;
    if (explicitKey) {
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}\n${indent}:`;
    }
    else {
        str = `${str}:`;
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
    }
    let vsb, vcb, valueComment;
    if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
    }
    else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === 'object')
            value = doc.createNode(value);
    }
    ctx.implicitKey = false;
    if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
    chompKeep = false;
    if (!indentSeq &&
        indentStep.length >= 2 &&
        !ctx.inFlow &&
        !explicitKey &&
        identity.isSeq(value) &&
        !value.flow &&
        !value.tag &&
        !value.anchor) {
        // If indentSeq === false, consider '- ' as part of indentation where possible
        ctx.indent = ctx.indent.substring(2);
    }
    let valueCommentDone = false;
    const valueStr = stringify.stringify(value, ctx, () => (valueCommentDone = true), () => (chompKeep = true));
    let ws = ' ';
    if (keyComment || vsb || vcb) {
        ws = vsb ? '\n' : '';
        if (vcb) {
            const cs = commentString(vcb);
            ws += `\n${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === '' && !ctx.inFlow) {
            if (ws === '\n' && valueComment)
                ws = '\n\n';
        }
        else {
            ws += `\n${ctx.indent}`;
        }
    }
    else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf('\n');
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
            let hasPropsLine = false;
            if (hasNewline && (vs0 === '&' || vs0 === '!')) {
                let sp0 = valueStr.indexOf(' ');
                if (vs0 === '&' &&
                    sp0 !== -1 &&
                    sp0 < nl0 &&
                    valueStr[sp0 + 1] === '!') {
                    sp0 = valueStr.indexOf(' ', sp0 + 1);
                }
                if (sp0 === -1 || nl0 < sp0)
                    hasPropsLine = true;
            }
            if (!hasPropsLine)
                ws = `\n${ctx.indent}`;
        }
    }
    else if (valueStr === '' || valueStr[0] === '\n') {
        ws = '';
    }
    str += ws + valueStr;
    if (ctx.inFlow) {
        if (valueCommentDone && onComment)
            onComment();
    }
    else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
    }
    else if (chompKeep && onChompKeep) {
        onChompKeep();
    }
    return str;
}

exports.stringifyPair = stringifyPair;


/***/ }),

/***/ 3069:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var foldFlowLines = __nccwpck_require__(4475);

const getFoldOptions = (ctx, isBlock) => ({
    indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
    lineWidth: ctx.options.lineWidth,
    minContentWidth: ctx.options.minContentWidth
});
// Also checks for lines starting with %, as parsing the output as YAML 1.1 will
// presume that's starting a new document.
const containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
function lineLengthOverLimit(str, lineWidth, indentLength) {
    if (!lineWidth || lineWidth < 0)
        return false;
    const limit = lineWidth - indentLength;
    const strLen = str.length;
    if (strLen <= limit)
        return false;
    for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === '\n') {
            if (i - start > limit)
                return true;
            start = i + 1;
            if (strLen - start <= limit)
                return false;
        }
    }
    return true;
}
function doubleQuotedString(value, ctx) {
    const json = JSON.stringify(value);
    if (ctx.options.doubleQuotedAsJSON)
        return json;
    const { implicitKey } = ctx;
    const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    let str = '';
    let start = 0;
    for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
            // space before newline needs to be escaped to not be folded
            str += json.slice(start, i) + '\\ ';
            i += 1;
            start = i;
            ch = '\\';
        }
        if (ch === '\\')
            switch (json[i + 1]) {
                case 'u':
                    {
                        str += json.slice(start, i);
                        const code = json.substr(i + 2, 4);
                        switch (code) {
                            case '0000':
                                str += '\\0';
                                break;
                            case '0007':
                                str += '\\a';
                                break;
                            case '000b':
                                str += '\\v';
                                break;
                            case '001b':
                                str += '\\e';
                                break;
                            case '0085':
                                str += '\\N';
                                break;
                            case '00a0':
                                str += '\\_';
                                break;
                            case '2028':
                                str += '\\L';
                                break;
                            case '2029':
                                str += '\\P';
                                break;
                            default:
                                if (code.substr(0, 2) === '00')
                                    str += '\\x' + code.substr(2);
                                else
                                    str += json.substr(i, 6);
                        }
                        i += 5;
                        start = i + 1;
                    }
                    break;
                case 'n':
                    if (implicitKey ||
                        json[i + 2] === '"' ||
                        json.length < minMultiLineLength) {
                        i += 1;
                    }
                    else {
                        // folding will eat first newline
                        str += json.slice(start, i) + '\n\n';
                        while (json[i + 2] === '\\' &&
                            json[i + 3] === 'n' &&
                            json[i + 4] !== '"') {
                            str += '\n';
                            i += 2;
                        }
                        str += indent;
                        // space after newline needs to be escaped to not be folded
                        if (json[i + 2] === ' ')
                            str += '\\';
                        i += 1;
                        start = i + 1;
                    }
                    break;
                default:
                    i += 1;
            }
    }
    str = start ? str + json.slice(start) : json;
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
    if (ctx.options.singleQuote === false ||
        (ctx.implicitKey && value.includes('\n')) ||
        /[ \t]\n|\n[ \t]/.test(value) // single quoted string can't have leading or trailing whitespace around newline
    )
        return doubleQuotedString(value, ctx);
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`) + "'";
    return ctx.implicitKey
        ? res
        : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function quotedString(value, ctx) {
    const { singleQuote } = ctx.options;
    let qs;
    if (singleQuote === false)
        qs = doubleQuotedString;
    else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
            qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
            qs = doubleQuotedString;
        else
            qs = singleQuote ? singleQuotedString : doubleQuotedString;
    }
    return qs(value, ctx);
}
// The negative lookbehind avoids a polynomial search,
// but isn't supported yet on Safari: https://caniuse.com/js-regexp-lookbehind
let blockEndNewlines;
try {
    blockEndNewlines = new RegExp('(^|(?<!\n))\n+(?!\n|$)', 'g');
}
catch {
    blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
    const { blockQuote, commentString, lineWidth } = ctx.options;
    // 1. Block can't end in whitespace unless the last line is non-empty.
    // 2. Strings consisting of only whitespace are best rendered explicitly.
    if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
    }
    const indent = ctx.indent ||
        (ctx.forceBlockIndent || containsDocumentMarker(value) ? '  ' : '');
    const literal = blockQuote === 'literal'
        ? true
        : blockQuote === 'folded' || type === Scalar.Scalar.BLOCK_FOLDED
            ? false
            : type === Scalar.Scalar.BLOCK_LITERAL
                ? true
                : !lineLengthOverLimit(value, lineWidth, indent.length);
    if (!value)
        return literal ? '|\n' : '>\n';
    // determine chomping from whitespace at value end
    let chomp;
    let endStart;
    for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== '\n' && ch !== '\t' && ch !== ' ')
            break;
    }
    let end = value.substring(endStart);
    const endNlPos = end.indexOf('\n');
    if (endNlPos === -1) {
        chomp = '-'; // strip
    }
    else if (value === end || endNlPos !== end.length - 1) {
        chomp = '+'; // keep
        if (onChompKeep)
            onChompKeep();
    }
    else {
        chomp = ''; // clip
    }
    if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === '\n')
            end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
    }
    // determine indent indicator from whitespace at value start
    let startWithSpace = false;
    let startEnd;
    let startNlPos = -1;
    for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === ' ')
            startWithSpace = true;
        else if (ch === '\n')
            startNlPos = startEnd;
        else
            break;
    }
    let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
    if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
    }
    const indentSize = indent ? '2' : '1'; // root is at -1
    // Leading | or > is added later
    let header = (startWithSpace ? indentSize : '') + chomp;
    if (comment) {
        header += ' ' + commentString(comment.replace(/ ?[\r\n]+/g, ' '));
        if (onComment)
            onComment();
    }
    if (!literal) {
        const foldedValue = value
            .replace(/\n+/g, '\n$&')
            .replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, '$1$2') // more-indented lines aren't folded
            //                ^ more-ind. ^ empty     ^ capture next empty lines only at end of indent
            .replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== 'folded' && type !== Scalar.Scalar.BLOCK_FOLDED) {
            foldOptions.onOverflow = () => {
                literalFallback = true;
            };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
            return `>${header}\n${indent}${body}`;
    }
    value = value.replace(/\n+/g, `$&${indent}`);
    return `|${header}\n${indent}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
    const { type, value } = item;
    const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
    if ((implicitKey && value.includes('\n')) ||
        (inFlow && /[[\]{},]/.test(value))) {
        return quotedString(value, ctx);
    }
    if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        // not allowed:
        // - '-' or '?'
        // - start with an indicator character (except [?:-]) or /[?-] /
        // - '\n ', ': ' or ' \n' anywhere
        // - '#' not preceded by a non-space char
        // - end with ' ' or ':'
        return implicitKey || inFlow || !value.includes('\n')
            ? quotedString(value, ctx)
            : blockString(item, ctx, onComment, onChompKeep);
    }
    if (!implicitKey &&
        !inFlow &&
        type !== Scalar.Scalar.PLAIN &&
        value.includes('\n')) {
        // Where allowed & type not set explicitly, prefer block style for multiline strings
        return blockString(item, ctx, onComment, onChompKeep);
    }
    if (containsDocumentMarker(value)) {
        if (indent === '') {
            ctx.forceBlockIndent = true;
            return blockString(item, ctx, onComment, onChompKeep);
        }
        else if (implicitKey && indent === indentStep) {
            return quotedString(value, ctx);
        }
    }
    const str = value.replace(/\n+/g, `$&\n${indent}`);
    // Verify that output will be parsed as a string, as e.g. plain numbers and
    // booleans get parsed with those types in v1.2 (e.g. '42', 'true' & '0.9e-3'),
    // and others in v1.1.
    if (actualString) {
        const test = (tag) => tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
            return quotedString(value, ctx);
    }
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
    const { implicitKey, inFlow } = ctx;
    const ss = typeof item.value === 'string'
        ? item
        : Object.assign({}, item, { value: String(item.value) });
    let { type } = item;
    if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        // force double quotes on control characters & unpaired surrogates
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
            type = Scalar.Scalar.QUOTE_DOUBLE;
    }
    const _stringify = (_type) => {
        switch (_type) {
            case Scalar.Scalar.BLOCK_FOLDED:
            case Scalar.Scalar.BLOCK_LITERAL:
                return implicitKey || inFlow
                    ? quotedString(ss.value, ctx) // blocks are not valid inside flow containers
                    : blockString(ss, ctx, onComment, onChompKeep);
            case Scalar.Scalar.QUOTE_DOUBLE:
                return doubleQuotedString(ss.value, ctx);
            case Scalar.Scalar.QUOTE_SINGLE:
                return singleQuotedString(ss.value, ctx);
            case Scalar.Scalar.PLAIN:
                return plainString(ss, ctx, onComment, onChompKeep);
            default:
                return null;
        }
    };
    let res = _stringify(type);
    if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = (implicitKey && defaultKeyType) || defaultStringType;
        res = _stringify(t);
        if (res === null)
            throw new Error(`Unsupported default string type ${t}`);
    }
    return res;
}

exports.stringifyString = stringifyString;


/***/ }),

/***/ 204:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove node');
/**
 * Apply a visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
function visit(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        visit_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current node */
visit.SKIP = SKIP;
/** Remove the current node */
visit.REMOVE = REMOVE;
function visit_(key, node, visitor, path) {
    const ctrl = callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = visit_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = visit_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = visit_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
/**
 * Apply an async visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `Promise`: Must resolve to one of the following values
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
async function visitAsync(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visitAsync.BREAK = BREAK;
/** Do not visit the children of the current node */
visitAsync.SKIP = SKIP;
/** Remove the current node */
visitAsync.REMOVE = REMOVE;
async function visitAsync_(key, node, visitor, path) {
    const ctrl = await callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = await visitAsync_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = await visitAsync_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = await visitAsync_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
function initVisitor(visitor) {
    if (typeof visitor === 'object' &&
        (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
            Alias: visitor.Node,
            Map: visitor.Node,
            Scalar: visitor.Node,
            Seq: visitor.Node
        }, visitor.Value && {
            Map: visitor.Value,
            Scalar: visitor.Value,
            Seq: visitor.Value
        }, visitor.Collection && {
            Map: visitor.Collection,
            Seq: visitor.Collection
        }, visitor);
    }
    return visitor;
}
function callVisitor(key, node, visitor, path) {
    if (typeof visitor === 'function')
        return visitor(key, node, path);
    if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
    if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
    if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
    if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
    if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
    return undefined;
}
function replaceNode(key, path, node) {
    const parent = path[path.length - 1];
    if (identity.isCollection(parent)) {
        parent.items[key] = node;
    }
    else if (identity.isPair(parent)) {
        if (key === 'key')
            parent.key = node;
        else
            parent.value = node;
    }
    else if (identity.isDocument(parent)) {
        parent.contents = node;
    }
    else {
        const pt = identity.isAlias(parent) ? 'alias' : 'scalar';
        throw new Error(`Cannot replace node with ${pt} parent`);
    }
}

exports.visit = visit;
exports.visitAsync = visitAsync;


/***/ }),

/***/ 4995:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Ay: () => (/* binding */ pRetry)
});

// UNUSED EXPORTS: AbortError, makeRetriable

;// CONCATENATED MODULE: ./node_modules/is-network-error/index.js
const objectToString = Object.prototype.toString;

const isError = value => objectToString.call(value) === '[object Error]';

const errorMessages = new Set([
	'network error', // Chrome
	'NetworkError when attempting to fetch resource.', // Firefox
	'The Internet connection appears to be offline.', // Safari 16
	'Network request failed', // `cross-fetch`
	'fetch failed', // Undici (Node.js)
	'terminated', // Undici (Node.js)
	' A network error occurred.', // Bun (WebKit)
	'Network connection lost', // Cloudflare Workers (fetch)
]);

function isNetworkError(error) {
	const isValid = error
		&& isError(error)
		&& error.name === 'TypeError'
		&& typeof error.message === 'string';

	if (!isValid) {
		return false;
	}

	const {message, stack} = error;

	// Safari 17+ has generic message but no stack for network errors
	if (message === 'Load failed' || (message.startsWith('Load failed (') && message.endsWith(')'))) {
		return stack === undefined
			// Sentry adds its own stack trace to the fetch error, so also check for that
			|| '__sentry_captured__' in error;
	}

	// Deno network errors start with specific text
	if (message.startsWith('error sending request for url')) {
		return true;
	}

	// Chrome: exact "Failed to fetch" or with hostname: "Failed to fetch (example.com)"
	if (message === 'Failed to fetch' || (message.startsWith('Failed to fetch (') && message.endsWith(')'))) {
		return true;
	}

	// Standard network error messages
	return errorMessages.has(message);
}

;// CONCATENATED MODULE: ./node_modules/p-retry/index.js


function validateRetries(retries) {
	if (typeof retries === 'number') {
		if (retries < 0) {
			throw new TypeError('Expected `retries` to be a non-negative number.');
		}

		if (Number.isNaN(retries)) {
			throw new TypeError('Expected `retries` to be a valid number or Infinity, got NaN.');
		}
	} else if (retries !== undefined) {
		throw new TypeError('Expected `retries` to be a number or Infinity.');
	}
}

function validateNumberOption(name, value, {min = 0, allowInfinity = false} = {}) {
	if (value === undefined) {
		return;
	}

	if (typeof value !== 'number' || Number.isNaN(value)) {
		throw new TypeError(`Expected \`${name}\` to be a number${allowInfinity ? ' or Infinity' : ''}.`);
	}

	if (!allowInfinity && !Number.isFinite(value)) {
		throw new TypeError(`Expected \`${name}\` to be a finite number.`);
	}

	if (value < min) {
		throw new TypeError(`Expected \`${name}\` to be \u2265 ${min}.`);
	}
}

class AbortError extends Error {
	constructor(message) {
		super();

		if (message instanceof Error) {
			this.originalError = message;
			({message} = message);
		} else {
			this.originalError = new Error(message);
			this.originalError.stack = this.stack;
		}

		this.name = 'AbortError';
		this.message = message;
	}
}

function calculateDelay(retriesConsumed, options) {
	const attempt = Math.max(1, retriesConsumed + 1);
	const random = options.randomize ? (Math.random() + 1) : 1;

	let timeout = Math.round(random * options.minTimeout * (options.factor ** (attempt - 1)));
	timeout = Math.min(timeout, options.maxTimeout);

	return timeout;
}

function calculateRemainingTime(start, max) {
	if (!Number.isFinite(max)) {
		return max;
	}

	return max - (performance.now() - start);
}

async function onAttemptFailure({error, attemptNumber, retriesConsumed, startTime, options}) {
	const normalizedError = error instanceof Error
		? error
		: new TypeError(`Non-error was thrown: "${error}". You should only throw errors.`);

	if (normalizedError instanceof AbortError) {
		throw normalizedError.originalError;
	}

	const retriesLeft = Number.isFinite(options.retries)
		? Math.max(0, options.retries - retriesConsumed)
		: options.retries;

	const maxRetryTime = options.maxRetryTime ?? Number.POSITIVE_INFINITY;

	const context = Object.freeze({
		error: normalizedError,
		attemptNumber,
		retriesLeft,
		retriesConsumed,
	});

	await options.onFailedAttempt(context);

	if (calculateRemainingTime(startTime, maxRetryTime) <= 0) {
		throw normalizedError;
	}

	const consumeRetry = await options.shouldConsumeRetry(context);

	const remainingTime = calculateRemainingTime(startTime, maxRetryTime);

	if (remainingTime <= 0 || retriesLeft <= 0) {
		throw normalizedError;
	}

	if (normalizedError instanceof TypeError && !isNetworkError(normalizedError)) {
		if (consumeRetry) {
			throw normalizedError;
		}

		options.signal?.throwIfAborted();
		return false;
	}

	if (!await options.shouldRetry(context)) {
		throw normalizedError;
	}

	if (!consumeRetry) {
		options.signal?.throwIfAborted();
		return false;
	}

	const delayTime = calculateDelay(retriesConsumed, options);
	const finalDelay = Math.min(delayTime, remainingTime);

	options.signal?.throwIfAborted();

	if (finalDelay > 0) {
		await new Promise((resolve, reject) => {
			const onAbort = () => {
				clearTimeout(timeoutToken);
				options.signal?.removeEventListener('abort', onAbort);
				reject(options.signal.reason);
			};

			const timeoutToken = setTimeout(() => {
				options.signal?.removeEventListener('abort', onAbort);
				resolve();
			}, finalDelay);

			if (options.unref) {
				timeoutToken.unref?.();
			}

			options.signal?.addEventListener('abort', onAbort, {once: true});
		});
	}

	options.signal?.throwIfAborted();

	return true;
}

async function pRetry(input, options = {}) {
	options = {...options};

	validateRetries(options.retries);

	if (Object.hasOwn(options, 'forever')) {
		throw new Error('The `forever` option is no longer supported. For many use-cases, you can set `retries: Infinity` instead.');
	}

	options.retries ??= 10;
	options.factor ??= 2;
	options.minTimeout ??= 1000;
	options.maxTimeout ??= Number.POSITIVE_INFINITY;
	options.maxRetryTime ??= Number.POSITIVE_INFINITY;
	options.randomize ??= false;
	options.onFailedAttempt ??= () => {};
	options.shouldRetry ??= () => true;
	options.shouldConsumeRetry ??= () => true;

	// Validate numeric options and normalize edge cases
	validateNumberOption('factor', options.factor, {min: 0, allowInfinity: false});
	validateNumberOption('minTimeout', options.minTimeout, {min: 0, allowInfinity: false});
	validateNumberOption('maxTimeout', options.maxTimeout, {min: 0, allowInfinity: true});
	validateNumberOption('maxRetryTime', options.maxRetryTime, {min: 0, allowInfinity: true});

	// Treat non-positive factor as 1 to avoid zero backoff or negative behavior
	if (!(options.factor > 0)) {
		options.factor = 1;
	}

	options.signal?.throwIfAborted();

	let attemptNumber = 0;
	let retriesConsumed = 0;
	const startTime = performance.now();

	while (Number.isFinite(options.retries) ? retriesConsumed <= options.retries : true) {
		attemptNumber++;

		try {
			options.signal?.throwIfAborted();

			const result = await input(attemptNumber);

			options.signal?.throwIfAborted();

			return result;
		} catch (error) {
			if (await onAttemptFailure({
				error,
				attemptNumber,
				retriesConsumed,
				startTime,
				options,
			})) {
				retriesConsumed++;
			}
		}
	}

	// Should not reach here, but in case it does, throw an error
	throw new Error('Retry attempts exhausted without throwing an error.');
}

function makeRetriable(function_, options) {
	return function (...arguments_) {
		return pRetry(() => function_.apply(this, arguments_), options);
	};
}


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(2798);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 

//# sourceMappingURL=index.js.map