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


module.exports = (flag, argv) => {
	argv = argv || process.argv;
	const prefix = flag.startsWith('-') ? '' : (flag.length === 1 ? '-' : '--');
	const pos = argv.indexOf(prefix + flag);
	const terminatorPos = argv.indexOf('--');
	return pos !== -1 && (terminatorPos === -1 ? true : pos < terminatorPos);
};


/***/ }),

/***/ 1970:
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
exports.HttpProxyAgent = void 0;
const net = __importStar(__nccwpck_require__(9278));
const tls = __importStar(__nccwpck_require__(4756));
const debug_1 = __importDefault(__nccwpck_require__(2830));
const events_1 = __nccwpck_require__(4434);
const agent_base_1 = __nccwpck_require__(8894);
const url_1 = __nccwpck_require__(7016);
const debug = (0, debug_1.default)('http-proxy-agent');
/**
 * The `HttpProxyAgent` implements an HTTP Agent subclass that connects
 * to the specified "HTTP proxy server" in order to proxy HTTP requests.
 */
class HttpProxyAgent extends agent_base_1.Agent {
    constructor(proxy, opts) {
        super(opts);
        this.proxy = typeof proxy === 'string' ? new url_1.URL(proxy) : proxy;
        this.proxyHeaders = opts?.headers ?? {};
        debug('Creating new HttpProxyAgent instance: %o', this.proxy.href);
        // Trim off the brackets from IPv6 addresses
        const host = (this.proxy.hostname || this.proxy.host).replace(/^\[|\]$/g, '');
        const port = this.proxy.port
            ? parseInt(this.proxy.port, 10)
            : this.proxy.protocol === 'https:'
                ? 443
                : 80;
        this.connectOpts = {
            ...(opts ? omit(opts, 'headers') : null),
            host,
            port,
        };
    }
    addRequest(req, opts) {
        req._header = null;
        this.setRequestProps(req, opts);
        // @ts-expect-error `addRequest()` isn't defined in `@types/node`
        super.addRequest(req, opts);
    }
    setRequestProps(req, opts) {
        const { proxy } = this;
        const protocol = opts.secureEndpoint ? 'https:' : 'http:';
        const hostname = req.getHeader('host') || 'localhost';
        const base = `${protocol}//${hostname}`;
        const url = new url_1.URL(req.path, base);
        if (opts.port !== 80) {
            url.port = String(opts.port);
        }
        // Change the `http.ClientRequest` instance's "path" field
        // to the absolute path of the URL that will be requested.
        req.path = String(url);
        // Inject the `Proxy-Authorization` header if necessary.
        const headers = typeof this.proxyHeaders === 'function'
            ? this.proxyHeaders()
            : { ...this.proxyHeaders };
        if (proxy.username || proxy.password) {
            const auth = `${decodeURIComponent(proxy.username)}:${decodeURIComponent(proxy.password)}`;
            headers['Proxy-Authorization'] = `Basic ${Buffer.from(auth).toString('base64')}`;
        }
        if (!headers['Proxy-Connection']) {
            headers['Proxy-Connection'] = this.keepAlive
                ? 'Keep-Alive'
                : 'close';
        }
        for (const name of Object.keys(headers)) {
            const value = headers[name];
            if (value) {
                req.setHeader(name, value);
            }
        }
    }
    async connect(req, opts) {
        req._header = null;
        if (!req.path.includes('://')) {
            this.setRequestProps(req, opts);
        }
        // At this point, the http ClientRequest's internal `_header` field
        // might have already been set. If this is the case then we'll need
        // to re-generate the string since we just changed the `req.path`.
        let first;
        let endOfHeaders;
        debug('Regenerating stored HTTP header string for request');
        req._implicitHeader();
        if (req.outputData && req.outputData.length > 0) {
            debug('Patching connection write() output buffer with updated header');
            first = req.outputData[0].data;
            endOfHeaders = first.indexOf('\r\n\r\n') + 4;
            req.outputData[0].data =
                req._header + first.substring(endOfHeaders);
            debug('Output buffer: %o', req.outputData[0].data);
        }
        // Create a socket connection to the proxy server.
        let socket;
        if (this.proxy.protocol === 'https:') {
            debug('Creating `tls.Socket`: %o', this.connectOpts);
            socket = tls.connect(this.connectOpts);
        }
        else {
            debug('Creating `net.Socket`: %o', this.connectOpts);
            socket = net.connect(this.connectOpts);
        }
        // Wait for the socket's `connect` event, so that this `callback()`
        // function throws instead of the `http` request machinery. This is
        // important for i.e. `PacProxyAgent` which determines a failed proxy
        // connection via the `callback()` function throwing.
        await (0, events_1.once)(socket, 'connect');
        return socket;
    }
}
HttpProxyAgent.protocols = ['http', 'https'];
exports.HttpProxyAgent = HttpProxyAgent;
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

/***/ 1450:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {


const os = __nccwpck_require__(857);
const hasFlag = __nccwpck_require__(3813);

const env = process.env;

let forceColor;
if (hasFlag('no-color') ||
	hasFlag('no-colors') ||
	hasFlag('color=false')) {
	forceColor = false;
} else if (hasFlag('color') ||
	hasFlag('colors') ||
	hasFlag('color=true') ||
	hasFlag('color=always')) {
	forceColor = true;
}
if ('FORCE_COLOR' in env) {
	forceColor = env.FORCE_COLOR.length === 0 || parseInt(env.FORCE_COLOR, 10) !== 0;
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

function supportsColor(stream) {
	if (forceColor === false) {
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

	if (stream && !stream.isTTY && forceColor !== true) {
		return 0;
	}

	const min = forceColor ? 1 : 0;

	if (process.platform === 'win32') {
		// Node.js 7.5.0 is the first version of Node.js to include a patch to
		// libuv that enables 256 color output on Windows. Anything earlier and it
		// won't work. However, here we target Node.js 8 at minimum as it is an LTS
		// release, and Node.js 7 is not. Windows 10 build 10586 is the first Windows
		// release that supports 256 colors. Windows 10 build 14931 is the first release
		// that supports 16m/TrueColor.
		const osRelease = os.release().split('.');
		if (
			Number(process.versions.node.split('.')[0]) >= 8 &&
			Number(osRelease[0]) >= 10 &&
			Number(osRelease[2]) >= 10586
		) {
			return Number(osRelease[2]) >= 14931 ? 3 : 2;
		}

		return 1;
	}

	if ('CI' in env) {
		if (['TRAVIS', 'CIRCLECI', 'APPVEYOR', 'GITLAB_CI'].some(sign => sign in env) || env.CI_NAME === 'codeship') {
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

	if (env.TERM === 'dumb') {
		return min;
	}

	return min;
}

function getSupportLevel(stream) {
	const level = supportsColor(stream);
	return translateLevel(level);
}

module.exports = {
	supportsColor: getSupportLevel,
	stdout: getSupportLevel(process.stdout),
	stderr: getSupportLevel(process.stderr)
};


/***/ }),

/***/ 2999:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _deploy_actions_core__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7254);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4225);


await (0,_deploy_actions_core__WEBPACK_IMPORTED_MODULE_0__/* .runAction */ .Cs)(_main_js__WEBPACK_IMPORTED_MODULE_1__/* .run */ .e, 'Key Vault secrets');

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 4225:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 9 modules
var core = __nccwpck_require__(651);
// EXTERNAL MODULE: ./packages/core/src/index.ts + 15 modules
var src = __nccwpck_require__(7254);
;// CONCATENATED MODULE: ./packages/azure/src/explain.ts

/**
 * The Azure SDKs' refusals said as what to do: one place that every Azure-touching action's error
 * line goes through (describeArmError adds it). Each rule reads what the error itself carries —
 * Entra's AADSTS code, ARM's AuthorizationFailed action and scope, Key Vault's RBAC action, the
 * socket's code and host — and names the input, role, command or setting to change. An error it
 * has nothing to add to gives undefined: the message stands as it is.
 */
function azureAdvice(err) {
    return explainAzure(err)?.advice;
}
/**
 * The advice, and whether it says all the service's message did (a refused role names the
 * principal, action and scope again): the caller then shows the status and code alone before it.
 */
function explainAzure(err) {
    const text = messages(err);
    const role = roleAdvice(err, text);
    if (role)
        return { advice: role, saysAll: role.startsWith(MAY_NOT) };
    const advice = entraAdvice(text) ?? tokenAdvice(err, text) ?? (0,src/* networkAdvice */.B0)(err);
    return advice ? { advice, saysAll: false } : undefined;
}
const MAY_NOT = 'the signed-in identity may not ';
/** Entra ID's refusals of a sign-in, by AADSTS code. */
const ENTRA = [
    [
        /AADSTS700016\b/,
        'no app with this client-id exists in this tenant: check client-id (the app registration\'s "Application (client) ID") and tenant-id ("Directory (tenant) ID") on the app\'s Overview page',
    ],
    [
        /AADSTS90002\b/,
        'the tenant-id names no tenant in this cloud: copy "Directory (tenant) ID" from the app\'s Overview page, and check the cloud input',
    ],
    [
        /AADSTS700211\b/,
        "the app's federated credential must have the issuer https://token.actions.githubusercontent.com (GitHub Enterprise Server: your server's issuer)",
    ],
    [
        /AADSTS700212\b/,
        "the app's federated credential must list the audience this step asks for (the audience input, api://AzureADTokenExchange unless set): make them equal",
    ],
    [
        /AADSTS700024\b/,
        "GitHub's ID token had expired or was not yet valid when Entra read it: check the runner's clock and run the job again",
    ],
    [
        /AADSTS7000215\b/,
        "AZURE_CLIENT_SECRET is not this app's secret: store the secret's Value (not its Secret ID) from Certificates & secrets",
    ],
    [
        /AADSTS7000222\b/,
        'the client secret has expired: make a new one under the app\'s "Certificates & secrets" and update AZURE_CLIENT_SECRET — or switch to OIDC (client-id and tenant-id, no secret)',
    ],
    [
        /AADSTS500011\b/,
        'Entra knows no resource for the requested scope in this tenant: the cloud or arm-endpoint input does not match the tenant',
    ],
];
function entraAdvice(text) {
    // AADSTS700213/70021 (subject mismatch) are explained where the subject presented is known (auth.ts).
    for (const [pattern, advice] of ENTRA)
        if (pattern.test(text))
            return advice;
    if (/Failed to get ID Token|Unable to get ACTIONS_ID_TOKEN_REQUEST/i.test(text))
        return "GitHub gave this job no ID token: add 'permissions: id-token: write' to the job (a pull request from a fork never gets one)";
    return undefined;
}
/**
 * Built-in roles by the resource-provider action refused: the narrowest built-in role that covers
 * what these actions do with that kind of resource. First match wins.
 */
const ROLES = [
    [/^Microsoft\.App\//i, 'Container Apps Contributor'],
    [/^Microsoft\.Web\/sites\//i, 'Website Contributor'],
    [/^Microsoft\.Web\/staticSites\//i, 'Contributor'],
    [/^Microsoft\.Cdn\/profiles\/endpoints\//i, 'CDN Endpoint Contributor'],
    [/^Microsoft\.Cdn\//i, 'CDN Profile Contributor'],
    [/^Microsoft\.Sql\/servers\/databases\//i, 'SQL DB Contributor'],
    [/^Microsoft\.Sql\//i, 'SQL Server Contributor'],
    [/^Microsoft\.KeyVault\/vaults\/secrets\//i, 'Key Vault Secrets User'],
    [/^Microsoft\.Storage\/storageAccounts\/blobServices\/containers\/blobs\//i, 'Storage Blob Data Contributor'],
    [/^Microsoft\.Insights\//i, 'Monitoring Reader'],
    [/^Microsoft\.OperationalInsights\//i, 'Log Analytics Reader'],
];
/** The built-in role to assign for a refused action (Contributor when no narrower one is known). */
function roleFor(action) {
    return ROLES.find(([pattern]) => pattern.test(action))?.[1] ?? 'Contributor';
}
/**
 * ARM's 403 AuthorizationFailed names the principal, the action and the scope: "The client '…'
 * with object id '…' does not have authorization to perform action 'Microsoft.App/containerApps/
 * write' over scope '/subscriptions/…' or the scope is invalid." Key Vault's RBAC refusal
 * (ForbiddenByRbac) carries "Caller: …oid=…", "Action: '…'" and "Resource: '…'" lines.
 */
function roleAdvice(err, text) {
    const arm = /perform action '([^']+)' over scope '([^']+)'/.exec(text);
    const vault = /Action: '([^']+)'[\s\S]*?Resource: '([^']+)'/.exec(text);
    const found = arm ?? vault;
    if (!found) {
        if (/does not have (secrets|keys|certificates) (\w+) permission on key vault/i.test(text))
            return 'the vault uses access policies: give this identity Get on secrets (az keyvault set-policy --name VAULT --object-id OBJECT_ID --secret-permissions get), or switch the vault to Azure RBAC and assign Key Vault Secrets User';
        if (statusOf(err) === 403 && /AuthorizationFailed|LinkedAuthorizationFailed/.test(text))
            return 'the signed-in identity lacks a role on this resource: assign it one that allows the call (Contributor on the resource at most)';
        return undefined;
    }
    const [, action, scope] = found;
    const objectId = /object id '([^']+)'/.exec(text)?.[1] ?? /\boid=([0-9a-f-]{36})/i.exec(text)?.[1];
    const role = roleFor(action);
    const assignee = objectId
        ? `--assignee-object-id ${objectId} --assignee-principal-type ServicePrincipal`
        : '--assignee CLIENT_ID';
    return (`${MAY_NOT}${action}: assign it the role "${role}" on ${scope} ` +
        `(az role assignment create ${assignee} --role "${role}" --scope ${scope}); a new assignment takes up to 10 minutes to apply`);
}
/** ARM refusing the token itself (401): a token of another tenant or an expired one. */
function tokenAdvice(err, text) {
    if (statusOf(err) !== 401)
        return undefined;
    if (/InvalidAuthenticationTokenTenant/.test(text))
        return "the token is from another tenant than the subscription's: tenant-id must be the subscription's directory";
    if (/ExpiredAuthenticationToken/.test(text))
        return 'the access token expired: run the job again';
    return 'Azure refused the sign-in token: check that tenant-id, client-id and subscription-id belong together and that the cloud input is the right one';
}
function messages(err) {
    return (0,src/* errorChain */.eB)(err)
        .map((e) => e.message)
        .join('\n');
}
function statusOf(err) {
    for (const e of (0,src/* errorChain */.eB)(err)) {
        const status = e.statusCode;
        if (typeof status === 'number')
            return status;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./packages/azure/src/arm.ts


/** Statuses worth another attempt: throttling and the server's own trouble (501/505 never change). */
const RETRY_STATUSES = new Set([408, 429, 500, 502, 503, 504]);
/**
 * A 409 that only says "not now": the resource is locked by another operation still running, and
 * the same request succeeds once it ends. Container Apps: ContainerAppLockConflict "… because
 * another modification is in progress. Please retry the operation." (microsoft/azure-container-apps#175);
 * App Service: Conflict (ExtendedCode 59203) "Cannot modify this site because another operation is
 * in progress". Any other 409 (a pending swap with preview, a name taken) is an answer, not retried.
 */
const LOCK_CONFLICT_CODES = new Set(['ContainerAppLockConflict']);
const LOCK_CONFLICT_MESSAGE = /another (operation|modification) is in progress/i;
const RETRY_CODES = new Set([
    'ECONNRESET',
    'ECONNREFUSED',
    'ETIMEDOUT',
    'EPIPE',
    'ENOTFOUND',
    'EAI_AGAIN',
    'UND_ERR_SOCKET',
    'REQUEST_SEND_ERROR',
]);
async function arm_armRetry(fn, opts) {
    const budget = AbortSignal.timeout(opts.budgetMs);
    const signal = opts.signal ? AbortSignal.any([budget, opts.signal]) : budget;
    const cap = opts.maxRetryAfterMs ?? 30_000;
    try {
        return await (0,src/* retry */.L5)(() => fn(signal), {
            attempts: opts.attempts ?? 8,
            baseDelayMs: 500,
            maxDelayMs: 8000,
            deadline: Date.now() + opts.budgetMs,
            signal,
            classify: (err) => {
                const d = classifyArmError(err);
                return d.retryAfterMs !== undefined ? { ...d, retryAfterMs: Math.min(d.retryAfterMs, cap) } : d;
            },
            onRetry: ({ attempt, delayMs, error }) => opts.onRetry?.(`${opts.what}: attempt ${attempt} failed (${describeArmError(error)}); retrying in ${Math.round(delayMs)}ms`),
        });
    }
    catch (err) {
        if (budget.aborted && !opts.signal?.aborted)
            throw new Error(`${opts.what} did not finish within ${Math.round(opts.budgetMs / 1000)}s: ${describeArmError(err)}`, { cause: err });
        throw err;
    }
}
function asRestError(err) {
    return err instanceof Error && ('statusCode' in err || 'code' in err) ? err : undefined;
}
function classifyArmError(err) {
    const e = asRestError(err);
    if (!e)
        return { retry: false };
    if (e.statusCode !== undefined) {
        if (e.statusCode === 409)
            return { retry: isLockConflict(e) };
        if (!RETRY_STATUSES.has(e.statusCode))
            return { retry: false };
        const headers = e.response?.headers;
        const ms = headers?.get('retry-after-ms') ?? headers?.get('x-ms-retry-after-ms');
        const retryAfterMs = ms !== undefined && /^\d+$/.test(ms) ? Number(ms) : (0,src/* parseRetryAfter */.mu)(headers?.get('retry-after'));
        return { retry: true, retryAfterMs };
    }
    return { retry: e.code !== undefined && RETRY_CODES.has(e.code) };
}
function isLockConflict(e) {
    return (e.code !== undefined && LOCK_CONFLICT_CODES.has(e.code)) || LOCK_CONFLICT_MESSAGE.test(e.message);
}
/**
 * One line: the status, ARM's error code and message, no request dump; then, where the error
 * tells it, what to do about it (explain.ts: the role to assign, the input to check, the host).
 */
function describeArmError(err) {
    const explained = explainAzure(err);
    const e = asRestError(err);
    if (!e || (e.statusCode === undefined && e.code === undefined))
        return explained ? `${(0,src/* describeError */.Uc)(err)} — ${explained.advice}` : (0,src/* describeError */.Uc)(err);
    const status = e.statusCode !== undefined ? `HTTP ${e.statusCode}` : e.code;
    const code = e.statusCode !== undefined && e.code && e.code !== String(e.statusCode) ? ` ${e.code}` : '';
    if (explained?.saysAll)
        return `${status}${code} — ${explained.advice}`;
    const said = `${status}${code}: ${(0,src/* oneLine */.TN)(e.message).slice(0, 300)}`;
    return explained ? `${said} — ${explained.advice}` : said;
}
/**
 * The pipeline policy every ARM client of ours adds: counts each request sent (attempts and polls,
 * for the timeline and the bench) and bounds it by `timeoutMs`, so a request that hangs ends and
 * the caller looks at the resource again instead.
 */
function countAndBoundRequests(timeoutMs, count) {
    return {
        position: 'perCall',
        policy: {
            name: 'countRequestsAndBoundThem',
            sendRequest: (req, next) => {
                count();
                if (!req.timeout || req.timeout > timeoutMs)
                    req.timeout = timeoutMs;
                return next(req);
            },
        },
    };
}
/**
 * What every ARM client of ours is made with: the cloud's ARM endpoint, the SDK's own retries off
 * (armRetry decides), our user agent, and the client's policies. The token scope's key differs
 * between the modular API (`credentials`) and the classic clients (`credentialScopes`): the caller
 * adds it.
 */
function arm_armClientOptions(auth, userAgent, additionalPolicies) {
    return {
        endpoint: auth.armEndpoint,
        retryOptions: { maxRetries: 0 },
        userAgentOptions: { userAgentPrefix: userAgent },
        additionalPolicies,
    };
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __nccwpck_require__(7975);
// EXTERNAL MODULE: ./node_modules/@azure/logger/dist/esm/index.js + 1 modules
var esm = __nccwpck_require__(7567);
;// CONCATENATED MODULE: ./packages/azure/src/sdk-log.ts



/**
 * The Azure SDKs print their own log to stderr when a user sets AZURE_LOG_LEVEL (requests,
 * answers, retries): text from the service, on a stream the runner reads for workflow commands.
 * Imported for its effect wherever an SDK client is built, it sends that log through the output
 * layer instead, as ordinary lines of the step's log.
 */
esm/* AzureLogger */.i2.log = (...args) => src/* log */.Rm.info((0,external_node_util_.format)(...args));

;// CONCATENATED MODULE: ./packages/azure/src/auth-inputs.ts

/**
 * The sign-in inputs and clouds, without the identity library (about 30 MB and 300 ms to load):
 * an action that signs in to Azure only sometimes (db-backup, for an Azure Blob destination)
 * declares these in its spec and loads ./auth.ts only when it signs in.
 */
/** The national clouds: ARM endpoint, Entra authority and the audience GitHub's token is minted for. */
const CLOUDS = {
    AzureCloud: {
        arm: 'https://management.azure.com',
        authority: 'https://login.microsoftonline.com',
        audience: 'api://AzureADTokenExchange',
    },
    AzureUSGovernment: {
        arm: 'https://management.usgovcloudapi.net',
        authority: 'https://login.microsoftonline.us',
        audience: 'api://AzureADTokenExchangeUSGov',
    },
    AzureChinaCloud: {
        arm: 'https://management.chinacloudapi.cn',
        authority: 'https://login.chinacloudapi.cn',
        audience: 'api://AzureADTokenExchangeChina',
    },
};
/** The auth inputs, the same in every Azure action (names equal their action.yml's). */
const azureAuthInputs = {
    'client-id': (0,src/* optional */.lq)((0,src/* text */.Qq)()),
    'tenant-id': (0,src/* optional */.lq)((0,src/* text */.Qq)()),
    'subscription-id': (0,src/* optional */.lq)((0,src/* text */.Qq)()),
    cloud: (0,src/* required */.mw)((0,src/* oneOf */.yL)(Object.keys(CLOUDS))),
    'arm-endpoint': (0,src/* optional */.lq)((0,src/* url */.OZ)({ protocols: ['https:'] })),
    'authority-host': (0,src/* optional */.lq)((0,src/* url */.OZ)({ protocols: ['https:'] })),
    audience: (0,src/* optional */.lq)((0,src/* text */.Qq)()),
};

;// CONCATENATED MODULE: ./packages/azure/src/auth.ts







const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/**
 * Chooses the credential from the inputs and the environment; problems go to `issues` (checked
 * before any side effect, like every other input). Reads nothing over the network.
 */
function resolveAzureAuth(values, issues, opts) {
    const env = process.env;
    // The identity library reads these itself; masking them first keeps any echo of them out of logs.
    for (const name of ['AZURE_CLIENT_SECRET', 'AZURE_CLIENT_CERTIFICATE_PASSWORD', 'AZURE_PASSWORD'])
        if (env[name])
            (0,src/* maskSecret */.$l)(env[name]);
    // Undefined when the cloud input was invalid (readInputs reported it): the other checks still run.
    const cloud = CLOUDS[values.cloud];
    const clientId = values['client-id'] ?? env.AZURE_CLIENT_ID;
    const tenantId = values['tenant-id'] ?? env.AZURE_TENANT_ID;
    const subscriptionId = values['subscription-id'] ?? env.AZURE_SUBSCRIPTION_ID ?? '';
    const before = issues.count;
    if (clientId !== undefined && !GUID.test(clientId))
        issues.add('client-id', 'must be the application (client) ID of an Entra app or managed identity: a GUID such as 11111111-2222-3333-4444-555555555555');
    if (tenantId !== undefined && !GUID.test(tenantId))
        issues.add('tenant-id', 'must be the directory (tenant) ID: a GUID such as 72f988bf-86f1-41af-91ab-2d7cd011db47');
    if (opts.needsSubscription && subscriptionId === '')
        issues.add('subscription-id', 'is required: give the subscription ID (a GUID), or set AZURE_SUBSCRIPTION_ID');
    else if (subscriptionId !== '' && !GUID.test(subscriptionId))
        issues.add('subscription-id', 'must be a subscription ID: a GUID such as 00000000-0000-0000-0000-000000000000');
    if ((clientId === undefined) !== (tenantId === undefined) && !env.AZURE_CLIENT_SECRET) {
        issues.add(clientId === undefined ? 'client-id' : 'tenant-id', 'must be given together with ' + (clientId === undefined ? 'tenant-id' : 'client-id') + ' for OIDC sign-in');
    }
    if (!cloud)
        return undefined;
    const armEndpoint = (values['arm-endpoint']?.href ?? cloud.arm).replace(/\/+$/, '');
    const authorityHost = (values['authority-host']?.href ?? cloud.authority).replace(/\/+$/, '');
    const audience = values.audience ?? cloud.audience;
    if (issues.count > before)
        return undefined;
    const armScope = `${new URL(armEndpoint).origin}/.default`;
    // Instance discovery only knows Microsoft's own authorities; a private one (Azure Stack, a proxy) skips it.
    const knownAuthority = Object.values(CLOUDS).some((c) => c.authority === authorityHost);
    const options = { authorityHost, disableInstanceDiscovery: !knownAuthority };
    if (clientId !== undefined && tenantId !== undefined && !env.AZURE_CLIENT_SECRET) {
        if (!env.ACTIONS_ID_TOKEN_REQUEST_URL || !env.ACTIONS_ID_TOKEN_REQUEST_TOKEN) {
            issues.add('client-id', "is set for GitHub OIDC sign-in, but this job cannot request an ID token: add 'permissions: id-token: write' to the job");
            return undefined;
        }
        // The callback runs at every token request: GitHub's token lasts ~10 minutes, a rollout longer.
        let presented;
        const assertion = async () => {
            const token = await core/* getIDToken */.V9(audience);
            presented = claim(token, 'sub');
            return token;
        };
        const credential = explainSubjectMismatch(new CredentialOnDemand((identity) => new identity.ClientAssertionCredential(tenantId, clientId, assertion, options)), () => presented);
        return {
            credential,
            method: `GitHub OIDC (audience ${audience}) as client ${clientId} in tenant ${tenantId}`,
            subscriptionId,
            armEndpoint,
            armScope,
            authorityHost,
        };
    }
    if (env.AZURE_CLIENT_SECRET || env.AZURE_CLIENT_CERTIFICATE_PATH) {
        return {
            credential: new CredentialOnDemand((identity) => new identity.EnvironmentCredential(options)),
            method: `environment credentials (AZURE_CLIENT_ID ${env.AZURE_CLIENT_ID ?? 'unset'})`,
            subscriptionId,
            armEndpoint,
            armScope,
            authorityHost,
        };
    }
    if (!onPath('az')) {
        issues.add('client-id', `is required: this job has no Azure sign-in. ${SIGN_IN_WAYS} (no Azure CLI on PATH either)`);
        return undefined;
    }
    return {
        credential: explainNoCliSession(new CredentialOnDemand((identity) => new identity.AzureCliCredential({ tenantId }))),
        method: 'the Azure CLI session (azure/login)',
        subscriptionId,
        armEndpoint,
        armScope,
        authorityHost,
    };
}
const SIGN_IN_WAYS = "Give client-id and tenant-id for GitHub OIDC (with 'permissions: id-token: write'), set AZURE_CLIENT_ID, " +
    'AZURE_TENANT_ID and AZURE_CLIENT_SECRET, or run azure/login before this step';
/** Whether an executable of that name is on PATH (az.cmd on Windows). */
function onPath(command) {
    const names = process.platform === 'win32' ? [`${command}.cmd`, `${command}.exe`] : [command];
    return (process.env.PATH ?? '')
        .split(external_node_path_.delimiter)
        .filter(Boolean)
        .some((dir) => names.some((name) => {
        try {
            (0,external_node_fs_.accessSync)((0,external_node_path_.join)(dir, name), external_node_fs_.constants.X_OK);
            return true;
        }
        catch {
            return false;
        }
    }));
}
/**
 * The Azure CLI answers a job that never signed in with "Please run 'az login' to set up account":
 * said in the terms of a workflow instead (what to give this step, or the step to run first).
 */
function explainNoCliSession(inner) {
    return {
        async getToken(scopes, options) {
            try {
                return await inner.getToken(scopes, options);
            }
            catch (err) {
                if (!(err instanceof Error) || !/az login|Azure CLI could not be found/i.test(err.message))
                    throw err;
                const explained = new Error(`This job has no Azure sign-in (the Azure CLI has no session). ${SIGN_IN_WAYS}.`);
                explained.name = err.name;
                throw explained;
            }
        },
    };
}
/** One claim of a JWT's payload (not verified: only to explain a refusal). */
function claim(jwt, name) {
    try {
        const payload = JSON.parse(Buffer.from(jwt.split('.')[1] ?? '', 'base64url').toString('utf8'));
        return typeof payload[name] === 'string' ? payload[name] : undefined;
    }
    catch {
        return undefined;
    }
}
/**
 * Entra matches a federated credential on issuer, subject and audience. The subject GitHub puts in
 * a job's token depends on the job (repo:O/R:environment:E with `environment:`, else
 * repo:O/R:ref:refs/heads/B, repo:O/R:pull_request, …), so a credential made for one job refuses
 * another (AADSTS700213 / AADSTS70021). Entra names the subject presented, never the one it
 * expects: the error says which subject this job presented and how to make them match.
 */
function explainSubjectMismatch(inner, presented) {
    return {
        async getToken(scopes, options) {
            try {
                return await inner.getToken(scopes, options);
            }
            catch (err) {
                if (!(err instanceof Error) || !/AADSTS(700213|70021)\b/.test(err.message))
                    throw err;
                const sub = presented();
                const explained = new Error(`${(0,src/* oneLine */.TN)(err.message)} — this job presented subject '${sub ?? 'unknown'}'; ` +
                    "the Entra app's federated credential must name exactly that subject " +
                    "(Entra does not say which one it expects). A job with 'environment: NAME' presents " +
                    'repo:OWNER/REPO:environment:NAME, one without repo:OWNER/REPO:ref:refs/heads/BRANCH: ' +
                    'add a federated credential for the subject presented, or run the job in the environment the credential names');
                explained.name = err.name;
                throw explained;
            }
        },
    };
}
/**
 * A credential of @azure/identity, made on the first token request: the library (with MSAL) is
 * the larger part of an Azure action's bundle, and a run that stops at its input check, or a dry
 * run, never asks for a token. The SDK clients take it as any TokenCredential.
 */
class CredentialOnDemand {
    #make;
    #credential;
    constructor(make) {
        this.#make = make;
    }
    async getToken(scopes, options) {
        this.#credential ??= __nccwpck_require__.e(/* import() */ 563).then(__nccwpck_require__.bind(__nccwpck_require__, 5563)).then(this.#make);
        return (await this.#credential).getToken(scopes, options);
    }
}

;// CONCATENATED MODULE: ./node_modules/@azure/arm-appcontainers/dist/esm/logger.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

const logger_logger = (0,esm/* createClientLogger */.KV)("arm-appcontainers");
//# sourceMappingURL=logger.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-appcontainers/dist/esm/package.json
const package_namespaceObject = {};
;// CONCATENATED MODULE: ./node_modules/@azure/arm-appcontainers/dist/esm/static-helpers/cloudSettingHelpers.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.
/**
 * An enum to describe Azure Cloud environments.
 * @enum {string}
 */
var AzureClouds;
(function (AzureClouds) {
    /** Azure public cloud, which is the default cloud for Azure SDKs. */
    AzureClouds["AZURE_PUBLIC_CLOUD"] = "AZURE_PUBLIC_CLOUD";
    /** Azure China cloud */
    AzureClouds["AZURE_CHINA_CLOUD"] = "AZURE_CHINA_CLOUD";
    /** Azure US government cloud */
    AzureClouds["AZURE_US_GOVERNMENT"] = "AZURE_US_GOVERNMENT";
})(AzureClouds || (AzureClouds = {}));
/**
 * Gets the Azure Resource Manager endpoint URL for the specified cloud setting.
 * @param cloudSetting - The Azure cloud environment setting. Use one of the AzureClouds enum values.
 * @returns The ARM endpoint URL for the specified cloud, or undefined if cloudSetting is undefined.
 * @throws {Error} Throws an error if an unknown cloud setting is provided.
 */
function cloudSettingHelpers_getArmEndpoint(cloudSetting) {
    if (cloudSetting === undefined) {
        return undefined;
    }
    const cloudEndpoints = {
        AZURE_CHINA_CLOUD: "https://management.chinacloudapi.cn/",
        AZURE_US_GOVERNMENT: "https://management.usgovcloudapi.net/",
        AZURE_PUBLIC_CLOUD: "https://management.azure.com/",
    };
    if (cloudSetting in cloudEndpoints) {
        return cloudEndpoints[cloudSetting];
    }
    else {
        throw new Error(`Unknown cloud setting: ${cloudSetting}. Please refer to the enum AzureClouds for possible values.`);
    }
}
//# sourceMappingURL=cloudSettingHelpers.js.map
// EXTERNAL MODULE: ./node_modules/@typespec/ts-http-runtime/dist/esm/index.js + 22 modules
var dist_esm = __nccwpck_require__(5920);
;// CONCATENATED MODULE: ./node_modules/@azure-rest/core-client/dist/esm/restError.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

function restError_createRestError(messageOrResponse, response) {
    if (typeof messageOrResponse === "string") {
        return (0,dist_esm/* createRestError */.t$)(messageOrResponse, response);
    }
    else {
        return (0,dist_esm/* createRestError */.t$)(messageOrResponse);
    }
}
//# sourceMappingURL=restError.js.map
// EXTERNAL MODULE: ./node_modules/@azure/core-rest-pipeline/dist/esm/index.js + 38 modules
var core_rest_pipeline_dist_esm = __nccwpck_require__(690);
// EXTERNAL MODULE: ./node_modules/@azure/core-util/dist/esm/index.js + 4 modules
var core_util_dist_esm = __nccwpck_require__(9105);
;// CONCATENATED MODULE: ./node_modules/@azure/core-auth/dist/esm/keyCredential.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

/**
 * Tests an object to determine whether it implements KeyCredential.
 *
 * @param credential - The assumed KeyCredential to be tested.
 */
function isKeyCredential(credential) {
    return (0,core_util_dist_esm/* isObjectWithProperties */.TA)(credential, ["key"]) && typeof credential.key === "string";
}
//# sourceMappingURL=keyCredential.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/core-auth/dist/esm/azureNamedKeyCredential.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

/**
 * A static name/key-based credential that supports updating
 * the underlying name and key values.
 */
class AzureNamedKeyCredential {
    _key;
    _name;
    /**
     * The value of the key to be used in authentication.
     */
    get key() {
        return this._key;
    }
    /**
     * The value of the name to be used in authentication.
     */
    get name() {
        return this._name;
    }
    /**
     * Create an instance of an AzureNamedKeyCredential for use
     * with a service client.
     *
     * @param name - The initial value of the name to use in authentication.
     * @param key - The initial value of the key to use in authentication.
     */
    constructor(name, key) {
        if (!name || !key) {
            throw new TypeError("name and key must be non-empty strings");
        }
        this._name = name;
        this._key = key;
    }
    /**
     * Change the value of the key.
     *
     * Updates will take effect upon the next request after
     * updating the key value.
     *
     * @param newName - The new name value to be used.
     * @param newKey - The new key value to be used.
     */
    update(newName, newKey) {
        if (!newName || !newKey) {
            throw new TypeError("newName and newKey must be non-empty strings");
        }
        this._name = newName;
        this._key = newKey;
    }
}
/**
 * Tests an object to determine whether it implements NamedKeyCredential.
 *
 * @param credential - The assumed NamedKeyCredential to be tested.
 */
function isNamedKeyCredential(credential) {
    return (isObjectWithProperties(credential, ["name", "key"]) &&
        typeof credential.key === "string" &&
        typeof credential.name === "string");
}
//# sourceMappingURL=azureNamedKeyCredential.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/core-auth/dist/esm/azureSASCredential.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

/**
 * A static-signature-based credential that supports updating
 * the underlying signature value.
 */
class AzureSASCredential {
    _signature;
    /**
     * The value of the shared access signature to be used in authentication
     */
    get signature() {
        return this._signature;
    }
    /**
     * Create an instance of an AzureSASCredential for use
     * with a service client.
     *
     * @param signature - The initial value of the shared access signature to use in authentication
     */
    constructor(signature) {
        if (!signature) {
            throw new Error("shared access signature must be a non-empty string");
        }
        this._signature = signature;
    }
    /**
     * Change the value of the signature.
     *
     * Updates will take effect upon the next request after
     * updating the signature value.
     *
     * @param newSignature - The new shared access signature value to be used
     */
    update(newSignature) {
        if (!newSignature) {
            throw new Error("shared access signature must be a non-empty string");
        }
        this._signature = newSignature;
    }
}
/**
 * Tests an object to determine whether it implements SASCredential.
 *
 * @param credential - The assumed SASCredential to be tested.
 */
function isSASCredential(credential) {
    return (isObjectWithProperties(credential, ["signature"]) && typeof credential.signature === "string");
}
//# sourceMappingURL=azureSASCredential.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/core-auth/dist/esm/tokenCredential.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.
/**
 * Tests an object to determine whether it implements TokenCredential.
 *
 * @param credential - The assumed TokenCredential to be tested.
 */
function isTokenCredential(credential) {
    // Check for an object with a 'getToken' function and possibly with
    // a 'signRequest' function.  We do this check to make sure that
    // a ServiceClientCredentials implementor (like TokenClientCredentials
    // in ms-rest-nodeauth) doesn't get mistaken for a TokenCredential if
    // it doesn't actually implement TokenCredential also.
    const castCredential = credential;
    return (castCredential &&
        typeof castCredential.getToken === "function" &&
        (castCredential.signRequest === undefined || castCredential.getToken.length > 0));
}
//# sourceMappingURL=tokenCredential.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/core-auth/dist/esm/index.js





//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure-rest/core-client/dist/esm/apiVersionPolicy.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.
const apiVersionPolicyName = "ApiVersionPolicy";
/**
 * Creates a policy that sets the apiVersion as a query parameter on every request
 * @param options - Client options
 * @returns Pipeline policy that sets the apiVersion as a query parameter on every request
 */
function apiVersionPolicy(options) {
    return {
        name: apiVersionPolicyName,
        sendRequest: (req, next) => {
            // Use the apiVesion defined in request url directly
            // Append one if there is no apiVesion and we have one at client options
            const url = new URL(req.url);
            if (!url.searchParams.get("api-version") && options.apiVersion) {
                req.url = `${req.url}${url.searchParams.size > 0 ? "&" : "?"}api-version=${options.apiVersion}`;
            }
            return next(req);
        },
    };
}
//# sourceMappingURL=apiVersionPolicy.js.map
;// CONCATENATED MODULE: ./node_modules/@azure-rest/core-client/dist/esm/keyCredentialAuthenticationPolicy.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.
/**
 * The programmatic identifier of the bearerTokenAuthenticationPolicy.
 */
const keyCredentialAuthenticationPolicyName = "keyCredentialAuthenticationPolicy";
function keyCredentialAuthenticationPolicy(credential, apiKeyHeaderName) {
    return {
        name: keyCredentialAuthenticationPolicyName,
        sendRequest(request, next) {
            request.headers.set(apiKeyHeaderName, credential.key);
            return next(request);
        },
    };
}
//# sourceMappingURL=keyCredentialAuthenticationPolicy.js.map
;// CONCATENATED MODULE: ./node_modules/@azure-rest/core-client/dist/esm/clientHelpers.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.




/**
 * Adds a credential policy to the pipeline if a credential is provided. If none is provided, no policy is added.
 */
function addCredentialPipelinePolicy(pipeline, endpoint, options = {}) {
    const { credential, clientOptions } = options;
    if (!credential) {
        return;
    }
    if (isTokenCredential(credential)) {
        const tokenPolicy = (0,core_rest_pipeline_dist_esm/* bearerTokenAuthenticationPolicy */.N$)({
            credential,
            scopes: clientOptions?.credentials?.scopes ?? `${endpoint}/.default`,
        });
        pipeline.addPolicy(tokenPolicy);
    }
    else if (clientHelpers_isKeyCredential(credential)) {
        if (!clientOptions?.credentials?.apiKeyHeaderName) {
            throw new Error(`Missing API Key Header Name`);
        }
        const keyPolicy = keyCredentialAuthenticationPolicy(credential, clientOptions?.credentials?.apiKeyHeaderName);
        pipeline.addPolicy(keyPolicy);
    }
}
/**
 * Creates a default rest pipeline to re-use accross Rest Level Clients
 */
function createDefaultPipeline(endpoint, credential, options = {}) {
    const pipeline = (0,core_rest_pipeline_dist_esm/* createPipelineFromOptions */.Fp)(options);
    pipeline.addPolicy(apiVersionPolicy(options));
    addCredentialPipelinePolicy(pipeline, endpoint, { credential, clientOptions: options });
    return pipeline;
}
function clientHelpers_isKeyCredential(credential) {
    return (typeof credential === "object" &&
        credential !== null &&
        "key" in credential &&
        typeof credential.key === "string");
}
//# sourceMappingURL=clientHelpers.js.map
;// CONCATENATED MODULE: ./node_modules/@azure-rest/core-client/dist/esm/operationOptionHelpers.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

/**
 * Helper function to convert OperationOptions to RequestParameters
 * @param options - the options that are used by Modular layer to send the request
 * @returns the result of the conversion in RequestParameters of RLC layer
 */
function operationOptionHelpers_operationOptionsToRequestParameters(options) {
    const compatibilityOptions = options;
    const tspRequestParameters = (0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options);
    return {
        ...tspRequestParameters,
        headers: mergeHeaders(compatibilityOptions.requestOptions?.customHeaders, tspRequestParameters.headers),
        tracingOptions: options.tracingOptions,
    };
}
function mergeHeaders(...headerSets) {
    const headers = new Map();
    for (const headerSet of headerSets) {
        for (const [name, value] of Object.entries(headerSet ?? {})) {
            headers.set(name.toLowerCase(), value);
        }
    }
    return Object.fromEntries(headers);
}
//# sourceMappingURL=operationOptionHelpers.js.map
;// CONCATENATED MODULE: ./node_modules/@azure-rest/core-client/dist/esm/getClient.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.



/**
 * Function to wrap RequestParameters so that we get the legacy onResponse behavior in core-client-rest
 */
function wrapRequestParameters(parameters) {
    if (parameters.onResponse) {
        return {
            ...parameters,
            onResponse(rawResponse, error) {
                parameters.onResponse?.(rawResponse, error, error);
            },
        };
    }
    return parameters;
}
function getClient_getClient(endpoint, credentialsOrPipelineOptions, clientOptions = {}) {
    let credentials;
    if (credentialsOrPipelineOptions) {
        if (isCredential(credentialsOrPipelineOptions)) {
            credentials = credentialsOrPipelineOptions;
        }
        else {
            clientOptions = credentialsOrPipelineOptions ?? {};
        }
    }
    const pipeline = clientOptions.pipeline ?? createDefaultPipeline(endpoint, credentials, clientOptions);
    const tspClient = (0,dist_esm/* getClient */.KU)(endpoint, {
        ...clientOptions,
        pipeline,
    });
    const client = (path, ...args) => {
        return {
            get: (requestOptions = {}) => {
                return tspClient.path(path, ...args).get(wrapRequestParameters(requestOptions));
            },
            post: (requestOptions = {}) => {
                return tspClient.path(path, ...args).post(wrapRequestParameters(requestOptions));
            },
            put: (requestOptions = {}) => {
                return tspClient.path(path, ...args).put(wrapRequestParameters(requestOptions));
            },
            patch: (requestOptions = {}) => {
                return tspClient.path(path, ...args).patch(wrapRequestParameters(requestOptions));
            },
            delete: (requestOptions = {}) => {
                return tspClient.path(path, ...args).delete(wrapRequestParameters(requestOptions));
            },
            head: (requestOptions = {}) => {
                return tspClient.path(path, ...args).head(wrapRequestParameters(requestOptions));
            },
            options: (requestOptions = {}) => {
                return tspClient.path(path, ...args).options(wrapRequestParameters(requestOptions));
            },
            trace: (requestOptions = {}) => {
                return tspClient.path(path, ...args).trace(wrapRequestParameters(requestOptions));
            },
        };
    };
    return {
        path: client,
        pathUnchecked: client,
        pipeline: tspClient.pipeline,
    };
}
function isCredential(param) {
    return isKeyCredential(param) || isTokenCredential(param);
}
//# sourceMappingURL=getClient.js.map
;// CONCATENATED MODULE: ./node_modules/@azure-rest/core-client/dist/esm/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.
/**
 * Azure Rest Core Client library for JavaScript
 * @packageDocumentation
 */





//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-appcontainers/dist/esm/api/containerAppsAPIContext.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.




/** Functions is an extension resource to revisions and the api listed is used to proxy the call from Web RP to the function app's host process, this api is not exposed to users and only Web RP is allowed to invoke functions extension resource. */
function containerAppsAPIContext_createContainerAppsAPI(credential, subscriptionId, options = {}) {
    const endpointUrl = options.endpoint ?? getArmEndpoint(options.cloudSetting) ?? "https://management.azure.com";
    const prefixFromOptions = options?.userAgentOptions?.userAgentPrefix;
    const userAgentInfo = `azsdk-js-arm-appcontainers/${pkgJson.version}`;
    const userAgentPrefix = prefixFromOptions
        ? `${prefixFromOptions} ${userAgentInfo}`
        : `${userAgentInfo}`;
    const { apiVersion: _, ...updatedOptions } = {
        ...options,
        userAgentOptions: { userAgentPrefix },
        loggingOptions: { logger: options.loggingOptions?.logger ?? logger.info },
        credentials: {
            scopes: options.credentials?.scopes ?? ["https://management.azure.com/.default"],
        },
    };
    const clientContext = getClient(endpointUrl, credential, updatedOptions);
    const apiVersion = options.apiVersion;
    return { ...clientContext, apiVersion, subscriptionId };
}
//# sourceMappingURL=containerAppsAPIContext.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-appcontainers/dist/esm/models/models.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.
/*
 * This file contains only generated model types and their (de)serializers.
 * Disable the following rules for internal models with '_' prefix and deserializers which require 'any' for raw JSON input.
 */
/* eslint-disable @typescript-eslint/naming-convention */
/* eslint-disable @typescript-eslint/explicit-module-boundary-types */


function models_defaultErrorResponseDeserializer(item) {
    return {
        error: !item["error"] ? item["error"] : defaultErrorResponseErrorDeserializer(item["error"]),
    };
}
function defaultErrorResponseErrorDeserializer(item) {
    return {
        code: item["code"],
        message: item["message"],
        target: item["target"],
        details: !item["details"]
            ? item["details"]
            : defaultErrorResponseErrorDetailsItemArrayDeserializer(item["details"]),
        innererror: item["innererror"],
    };
}
function defaultErrorResponseErrorDetailsItemArrayDeserializer(result) {
    return result.map((item) => {
        return defaultErrorResponseErrorDetailsItemDeserializer(item);
    });
}
function defaultErrorResponseErrorDetailsItemDeserializer(item) {
    return {
        code: item["code"],
        message: item["message"],
        target: item["target"],
    };
}
function models_jobExecutionDeserializer(item) {
    return {
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
        ...(!item["properties"]
            ? item["properties"]
            : _jobExecutionPropertiesDeserializer(item["properties"])),
    };
}
function jobExecutionPropertiesDeserializer(item) {
    return {
        status: item["status"],
        startTime: !item["startTime"] ? item["startTime"] : new Date(item["startTime"]),
        endTime: !item["endTime"] ? item["endTime"] : new Date(item["endTime"]),
        template: !item["template"]
            ? item["template"]
            : jobExecutionTemplateDeserializer(item["template"]),
        detailedStatus: !item["detailedStatus"]
            ? item["detailedStatus"]
            : executionStatusDeserializer(item["detailedStatus"]),
        reason: item["reason"],
        message: item["message"],
    };
}
/** Current running State of the job */
var KnownJobExecutionRunningState;
(function (KnownJobExecutionRunningState) {
    /** Running */
    KnownJobExecutionRunningState["Running"] = "Running";
    /** Processing */
    KnownJobExecutionRunningState["Processing"] = "Processing";
    /** Stopped */
    KnownJobExecutionRunningState["Stopped"] = "Stopped";
    /** Degraded */
    KnownJobExecutionRunningState["Degraded"] = "Degraded";
    /** Failed */
    KnownJobExecutionRunningState["Failed"] = "Failed";
    /** Unknown */
    KnownJobExecutionRunningState["Unknown"] = "Unknown";
    /** Succeeded */
    KnownJobExecutionRunningState["Succeeded"] = "Succeeded";
})(KnownJobExecutionRunningState || (KnownJobExecutionRunningState = {}));
function jobExecutionTemplateSerializer(item) {
    return {
        containers: !item["containers"]
            ? item["containers"]
            : jobExecutionContainerArraySerializer(item["containers"]),
        initContainers: !item["initContainers"]
            ? item["initContainers"]
            : jobExecutionContainerArraySerializer(item["initContainers"]),
    };
}
function jobExecutionTemplateDeserializer(item) {
    return {
        containers: !item["containers"]
            ? item["containers"]
            : jobExecutionContainerArrayDeserializer(item["containers"]),
        initContainers: !item["initContainers"]
            ? item["initContainers"]
            : jobExecutionContainerArrayDeserializer(item["initContainers"]),
    };
}
function jobExecutionContainerArraySerializer(result) {
    return result.map((item) => {
        return jobExecutionContainerSerializer(item);
    });
}
function jobExecutionContainerArrayDeserializer(result) {
    return result.map((item) => {
        return jobExecutionContainerDeserializer(item);
    });
}
function jobExecutionContainerSerializer(item) {
    return {
        image: item["image"],
        name: item["name"],
        command: !item["command"]
            ? item["command"]
            : item["command"].map((p) => {
                return p;
            }),
        args: !item["args"]
            ? item["args"]
            : item["args"].map((p) => {
                return p;
            }),
        env: !item["env"] ? item["env"] : environmentVarArraySerializer(item["env"]),
        resources: !item["resources"]
            ? item["resources"]
            : containerResourcesSerializer(item["resources"]),
    };
}
function jobExecutionContainerDeserializer(item) {
    return {
        image: item["image"],
        name: item["name"],
        command: !item["command"]
            ? item["command"]
            : item["command"].map((p) => {
                return p;
            }),
        args: !item["args"]
            ? item["args"]
            : item["args"].map((p) => {
                return p;
            }),
        env: !item["env"] ? item["env"] : environmentVarArrayDeserializer(item["env"]),
        resources: !item["resources"]
            ? item["resources"]
            : containerResourcesDeserializer(item["resources"]),
    };
}
function environmentVarArraySerializer(result) {
    return result.map((item) => {
        return environmentVarSerializer(item);
    });
}
function environmentVarArrayDeserializer(result) {
    return result.map((item) => {
        return environmentVarDeserializer(item);
    });
}
function environmentVarSerializer(item) {
    return { name: item["name"], value: item["value"], secretRef: item["secretRef"] };
}
function environmentVarDeserializer(item) {
    return {
        name: item["name"],
        value: item["value"],
        secretRef: item["secretRef"],
    };
}
function containerResourcesSerializer(item) {
    return { cpu: item["cpu"], memory: item["memory"] };
}
function containerResourcesDeserializer(item) {
    return {
        cpu: item["cpu"],
        memory: item["memory"],
        ephemeralStorage: item["ephemeralStorage"],
    };
}
function executionStatusDeserializer(item) {
    return {
        replicas: !item["replicas"]
            ? item["replicas"]
            : replicaExecutionStatusArrayDeserializer(item["replicas"]),
    };
}
function replicaExecutionStatusArrayDeserializer(result) {
    return result.map((item) => {
        return replicaExecutionStatusDeserializer(item);
    });
}
function replicaExecutionStatusDeserializer(item) {
    return {
        name: item["name"],
        containers: !item["containers"]
            ? item["containers"]
            : containerExecutionStatusArrayDeserializer(item["containers"]),
    };
}
function containerExecutionStatusArrayDeserializer(result) {
    return result.map((item) => {
        return containerExecutionStatusDeserializer(item);
    });
}
function containerExecutionStatusDeserializer(item) {
    return {
        name: item["name"],
        code: item["code"],
        additionalInformation: item["additionalInformation"],
        status: item["status"],
    };
}
function proxyResourceSerializer(_item) {
    return {};
}
function proxyResourceDeserializer(item) {
    return {
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
    };
}
function resourceSerializer(_item) {
    return {};
}
function resourceDeserializer(item) {
    return {
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
    };
}
function systemDataDeserializer(item) {
    return {
        createdBy: item["createdBy"],
        createdByType: item["createdByType"],
        createdAt: !item["createdAt"] ? item["createdAt"] : new Date(item["createdAt"]),
        lastModifiedBy: item["lastModifiedBy"],
        lastModifiedByType: item["lastModifiedByType"],
        lastModifiedAt: !item["lastModifiedAt"]
            ? item["lastModifiedAt"]
            : new Date(item["lastModifiedAt"]),
    };
}
/** The kind of entity that created the resource. */
var KnownCreatedByType;
(function (KnownCreatedByType) {
    /** The entity was created by a user. */
    KnownCreatedByType["User"] = "User";
    /** The entity was created by an application. */
    KnownCreatedByType["Application"] = "Application";
    /** The entity was created by a managed identity. */
    KnownCreatedByType["ManagedIdentity"] = "ManagedIdentity";
    /** The entity was created by a key. */
    KnownCreatedByType["Key"] = "Key";
})(KnownCreatedByType || (KnownCreatedByType = {}));
function _availableOperationsDeserializer(item) {
    return {
        value: operationDetailArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
function operationDetailArrayDeserializer(result) {
    return result.map((item) => {
        return operationDetailDeserializer(item);
    });
}
function operationDetailDeserializer(item) {
    return {
        name: item["name"],
        isDataAction: item["isDataAction"],
        display: !item["display"] ? item["display"] : operationDisplayDeserializer(item["display"]),
        origin: item["origin"],
    };
}
function operationDisplayDeserializer(item) {
    return {
        provider: item["provider"],
        resource: item["resource"],
        operation: item["operation"],
        description: item["description"],
    };
}
function sessionPoolSerializer(item) {
    return {
        tags: item["tags"],
        location: item["location"],
        properties: areAllPropsUndefined(item, [
            "environmentId",
            "containerType",
            "poolManagementType",
            "scaleConfiguration",
            "secrets",
            "dynamicPoolConfiguration",
            "customContainerTemplate",
            "sessionNetworkConfiguration",
            "managedIdentitySettings",
        ])
            ? undefined
            : _sessionPoolPropertiesSerializer(item),
        identity: !item["identity"]
            ? item["identity"]
            : managedServiceIdentitySerializer(item["identity"]),
    };
}
function sessionPoolDeserializer(item) {
    return {
        tags: !item["tags"]
            ? item["tags"]
            : Object.fromEntries(Object.entries(item["tags"]).map(([k, p]) => [k, p])),
        location: item["location"],
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
        ...(!item["properties"]
            ? item["properties"]
            : _sessionPoolPropertiesDeserializer(item["properties"])),
        identity: !item["identity"]
            ? item["identity"]
            : managedServiceIdentityDeserializer(item["identity"]),
    };
}
function sessionPoolPropertiesSerializer(item) {
    return {
        environmentId: item["environmentId"],
        containerType: item["containerType"],
        poolManagementType: item["poolManagementType"],
        scaleConfiguration: !item["scaleConfiguration"]
            ? item["scaleConfiguration"]
            : scaleConfigurationSerializer(item["scaleConfiguration"]),
        secrets: !item["secrets"] ? item["secrets"] : sessionPoolSecretArraySerializer(item["secrets"]),
        dynamicPoolConfiguration: !item["dynamicPoolConfiguration"]
            ? item["dynamicPoolConfiguration"]
            : dynamicPoolConfigurationSerializer(item["dynamicPoolConfiguration"]),
        customContainerTemplate: !item["customContainerTemplate"]
            ? item["customContainerTemplate"]
            : customContainerTemplateSerializer(item["customContainerTemplate"]),
        sessionNetworkConfiguration: !item["sessionNetworkConfiguration"]
            ? item["sessionNetworkConfiguration"]
            : sessionNetworkConfigurationSerializer(item["sessionNetworkConfiguration"]),
        managedIdentitySettings: !item["managedIdentitySettings"]
            ? item["managedIdentitySettings"]
            : managedIdentitySettingArraySerializer(item["managedIdentitySettings"]),
    };
}
function sessionPoolPropertiesDeserializer(item) {
    return {
        environmentId: item["environmentId"],
        containerType: item["containerType"],
        poolManagementType: item["poolManagementType"],
        nodeCount: item["nodeCount"],
        scaleConfiguration: !item["scaleConfiguration"]
            ? item["scaleConfiguration"]
            : scaleConfigurationDeserializer(item["scaleConfiguration"]),
        secrets: !item["secrets"]
            ? item["secrets"]
            : sessionPoolSecretArrayDeserializer(item["secrets"]),
        dynamicPoolConfiguration: !item["dynamicPoolConfiguration"]
            ? item["dynamicPoolConfiguration"]
            : dynamicPoolConfigurationDeserializer(item["dynamicPoolConfiguration"]),
        customContainerTemplate: !item["customContainerTemplate"]
            ? item["customContainerTemplate"]
            : customContainerTemplateDeserializer(item["customContainerTemplate"]),
        sessionNetworkConfiguration: !item["sessionNetworkConfiguration"]
            ? item["sessionNetworkConfiguration"]
            : sessionNetworkConfigurationDeserializer(item["sessionNetworkConfiguration"]),
        poolManagementEndpoint: item["poolManagementEndpoint"],
        provisioningState: item["provisioningState"],
        managedIdentitySettings: !item["managedIdentitySettings"]
            ? item["managedIdentitySettings"]
            : managedIdentitySettingArrayDeserializer(item["managedIdentitySettings"]),
    };
}
/** The container type of the sessions. You can use your own container to build the session pool, or you can use a predefined container to run workload with specific language. */
var KnownContainerType;
(function (KnownContainerType) {
    /** CustomContainer */
    KnownContainerType["CustomContainer"] = "CustomContainer";
    /** PythonLTS */
    KnownContainerType["PythonLTS"] = "PythonLTS";
})(KnownContainerType || (KnownContainerType = {}));
/** The pool management type of the session pool. */
var KnownPoolManagementType;
(function (KnownPoolManagementType) {
    /** Manual */
    KnownPoolManagementType["Manual"] = "Manual";
    /** Dynamic */
    KnownPoolManagementType["Dynamic"] = "Dynamic";
})(KnownPoolManagementType || (KnownPoolManagementType = {}));
function scaleConfigurationSerializer(item) {
    return {
        maxConcurrentSessions: item["maxConcurrentSessions"],
        readySessionInstances: item["readySessionInstances"],
    };
}
function scaleConfigurationDeserializer(item) {
    return {
        maxConcurrentSessions: item["maxConcurrentSessions"],
        readySessionInstances: item["readySessionInstances"],
    };
}
function sessionPoolSecretArraySerializer(result) {
    return result.map((item) => {
        return sessionPoolSecretSerializer(item);
    });
}
function sessionPoolSecretArrayDeserializer(result) {
    return result.map((item) => {
        return sessionPoolSecretDeserializer(item);
    });
}
function sessionPoolSecretSerializer(item) {
    return { name: item["name"], value: item["value"] };
}
function sessionPoolSecretDeserializer(item) {
    return {
        name: item["name"],
        value: item["value"],
    };
}
function dynamicPoolConfigurationSerializer(item) {
    return {
        lifecycleConfiguration: !item["lifecycleConfiguration"]
            ? item["lifecycleConfiguration"]
            : lifecycleConfigurationSerializer(item["lifecycleConfiguration"]),
    };
}
function dynamicPoolConfigurationDeserializer(item) {
    return {
        lifecycleConfiguration: !item["lifecycleConfiguration"]
            ? item["lifecycleConfiguration"]
            : lifecycleConfigurationDeserializer(item["lifecycleConfiguration"]),
    };
}
function lifecycleConfigurationSerializer(item) {
    return {
        lifecycleType: item["lifecycleType"],
        cooldownPeriodInSeconds: item["cooldownPeriodInSeconds"],
        maxAlivePeriodInSeconds: item["maxAlivePeriodInSeconds"],
    };
}
function lifecycleConfigurationDeserializer(item) {
    return {
        lifecycleType: item["lifecycleType"],
        cooldownPeriodInSeconds: item["cooldownPeriodInSeconds"],
        maxAlivePeriodInSeconds: item["maxAlivePeriodInSeconds"],
    };
}
/** The lifecycle type of the session pool. */
var KnownLifecycleType;
(function (KnownLifecycleType) {
    /** Timed */
    KnownLifecycleType["Timed"] = "Timed";
    /** OnContainerExit */
    KnownLifecycleType["OnContainerExit"] = "OnContainerExit";
})(KnownLifecycleType || (KnownLifecycleType = {}));
function customContainerTemplateSerializer(item) {
    return {
        registryCredentials: !item["registryCredentials"]
            ? item["registryCredentials"]
            : sessionRegistryCredentialsSerializer(item["registryCredentials"]),
        containers: !item["containers"]
            ? item["containers"]
            : sessionContainerArraySerializer(item["containers"]),
        ingress: !item["ingress"] ? item["ingress"] : sessionIngressSerializer(item["ingress"]),
    };
}
function customContainerTemplateDeserializer(item) {
    return {
        registryCredentials: !item["registryCredentials"]
            ? item["registryCredentials"]
            : sessionRegistryCredentialsDeserializer(item["registryCredentials"]),
        containers: !item["containers"]
            ? item["containers"]
            : sessionContainerArrayDeserializer(item["containers"]),
        ingress: !item["ingress"] ? item["ingress"] : sessionIngressDeserializer(item["ingress"]),
    };
}
function sessionRegistryCredentialsSerializer(item) {
    return {
        server: item["server"],
        username: item["username"],
        passwordSecretRef: item["passwordSecretRef"],
        identity: item["identity"],
    };
}
function sessionRegistryCredentialsDeserializer(item) {
    return {
        server: item["server"],
        username: item["username"],
        passwordSecretRef: item["passwordSecretRef"],
        identity: item["identity"],
    };
}
function sessionContainerArraySerializer(result) {
    return result.map((item) => {
        return sessionContainerSerializer(item);
    });
}
function sessionContainerArrayDeserializer(result) {
    return result.map((item) => {
        return sessionContainerDeserializer(item);
    });
}
function sessionContainerSerializer(item) {
    return {
        image: item["image"],
        name: item["name"],
        command: !item["command"]
            ? item["command"]
            : item["command"].map((p) => {
                return p;
            }),
        args: !item["args"]
            ? item["args"]
            : item["args"].map((p) => {
                return p;
            }),
        env: !item["env"] ? item["env"] : environmentVarArraySerializer(item["env"]),
        resources: !item["resources"]
            ? item["resources"]
            : sessionContainerResourcesSerializer(item["resources"]),
        probes: !item["probes"] ? item["probes"] : sessionProbeArraySerializer(item["probes"]),
    };
}
function sessionContainerDeserializer(item) {
    return {
        image: item["image"],
        name: item["name"],
        command: !item["command"]
            ? item["command"]
            : item["command"].map((p) => {
                return p;
            }),
        args: !item["args"]
            ? item["args"]
            : item["args"].map((p) => {
                return p;
            }),
        env: !item["env"] ? item["env"] : environmentVarArrayDeserializer(item["env"]),
        resources: !item["resources"]
            ? item["resources"]
            : sessionContainerResourcesDeserializer(item["resources"]),
        probes: !item["probes"] ? item["probes"] : sessionProbeArrayDeserializer(item["probes"]),
    };
}
function sessionContainerResourcesSerializer(item) {
    return { cpu: item["cpu"], memory: item["memory"] };
}
function sessionContainerResourcesDeserializer(item) {
    return {
        cpu: item["cpu"],
        memory: item["memory"],
    };
}
function sessionProbeArraySerializer(result) {
    return result.map((item) => {
        return sessionProbeSerializer(item);
    });
}
function sessionProbeArrayDeserializer(result) {
    return result.map((item) => {
        return sessionProbeDeserializer(item);
    });
}
function sessionProbeSerializer(item) {
    return {
        type: item["type"],
        httpGet: !item["httpGet"] ? item["httpGet"] : sessionProbeHttpGetSerializer(item["httpGet"]),
        tcpSocket: !item["tcpSocket"]
            ? item["tcpSocket"]
            : sessionProbeTcpSocketSerializer(item["tcpSocket"]),
        failureThreshold: item["failureThreshold"],
        initialDelaySeconds: item["initialDelaySeconds"],
        periodSeconds: item["periodSeconds"],
        successThreshold: item["successThreshold"],
        terminationGracePeriodSeconds: item["terminationGracePeriodSeconds"],
        timeoutSeconds: item["timeoutSeconds"],
    };
}
function sessionProbeDeserializer(item) {
    return {
        type: item["type"],
        httpGet: !item["httpGet"] ? item["httpGet"] : sessionProbeHttpGetDeserializer(item["httpGet"]),
        tcpSocket: !item["tcpSocket"]
            ? item["tcpSocket"]
            : sessionProbeTcpSocketDeserializer(item["tcpSocket"]),
        failureThreshold: item["failureThreshold"],
        initialDelaySeconds: item["initialDelaySeconds"],
        periodSeconds: item["periodSeconds"],
        successThreshold: item["successThreshold"],
        terminationGracePeriodSeconds: item["terminationGracePeriodSeconds"],
        timeoutSeconds: item["timeoutSeconds"],
    };
}
/** Denotes the type of probe. Can be Liveness or Startup, Readiness probe is not supported in sessions. Type must be unique for each probe within the context of a list of probes (SessionProbes). */
var KnownSessionProbeType;
(function (KnownSessionProbeType) {
    /** Checks whether the session is still running and healthy. */
    KnownSessionProbeType["Liveness"] = "Liveness";
    /** Checks whether the session has started successfully. */
    KnownSessionProbeType["Startup"] = "Startup";
})(KnownSessionProbeType || (KnownSessionProbeType = {}));
function sessionProbeHttpGetSerializer(item) {
    return {
        host: item["host"],
        httpHeaders: !item["httpHeaders"]
            ? item["httpHeaders"]
            : sessionProbeHttpGetHttpHeadersItemArraySerializer(item["httpHeaders"]),
        path: item["path"],
        port: item["port"],
        scheme: item["scheme"],
    };
}
function sessionProbeHttpGetDeserializer(item) {
    return {
        host: item["host"],
        httpHeaders: !item["httpHeaders"]
            ? item["httpHeaders"]
            : sessionProbeHttpGetHttpHeadersItemArrayDeserializer(item["httpHeaders"]),
        path: item["path"],
        port: item["port"],
        scheme: item["scheme"],
    };
}
function sessionProbeHttpGetHttpHeadersItemArraySerializer(result) {
    return result.map((item) => {
        return sessionProbeHttpGetHttpHeadersItemSerializer(item);
    });
}
function sessionProbeHttpGetHttpHeadersItemArrayDeserializer(result) {
    return result.map((item) => {
        return sessionProbeHttpGetHttpHeadersItemDeserializer(item);
    });
}
function sessionProbeHttpGetHttpHeadersItemSerializer(item) {
    return { name: item["name"], value: item["value"] };
}
function sessionProbeHttpGetHttpHeadersItemDeserializer(item) {
    return {
        name: item["name"],
        value: item["value"],
    };
}
/** Scheme to use for connecting to the host. Defaults to HTTP. */
var KnownScheme;
(function (KnownScheme) {
    /** HTTP */
    KnownScheme["Http"] = "HTTP";
    /** HTTPS */
    KnownScheme["Https"] = "HTTPS";
})(KnownScheme || (KnownScheme = {}));
function sessionProbeTcpSocketSerializer(item) {
    return { host: item["host"], port: item["port"] };
}
function sessionProbeTcpSocketDeserializer(item) {
    return {
        host: item["host"],
        port: item["port"],
    };
}
function sessionIngressSerializer(item) {
    return { targetPort: item["targetPort"] };
}
function sessionIngressDeserializer(item) {
    return {
        targetPort: item["targetPort"],
    };
}
function sessionNetworkConfigurationSerializer(item) {
    return { status: item["status"] };
}
function sessionNetworkConfigurationDeserializer(item) {
    return {
        status: item["status"],
    };
}
/** Network status for the sessions. */
var KnownSessionNetworkStatus;
(function (KnownSessionNetworkStatus) {
    /** EgressEnabled */
    KnownSessionNetworkStatus["EgressEnabled"] = "EgressEnabled";
    /** EgressDisabled */
    KnownSessionNetworkStatus["EgressDisabled"] = "EgressDisabled";
})(KnownSessionNetworkStatus || (KnownSessionNetworkStatus = {}));
/** Provisioning state of the session pool. */
var KnownSessionPoolProvisioningState;
(function (KnownSessionPoolProvisioningState) {
    /** InProgress */
    KnownSessionPoolProvisioningState["InProgress"] = "InProgress";
    /** Succeeded */
    KnownSessionPoolProvisioningState["Succeeded"] = "Succeeded";
    /** Failed */
    KnownSessionPoolProvisioningState["Failed"] = "Failed";
    /** Canceled */
    KnownSessionPoolProvisioningState["Canceled"] = "Canceled";
    /** Deleting */
    KnownSessionPoolProvisioningState["Deleting"] = "Deleting";
})(KnownSessionPoolProvisioningState || (KnownSessionPoolProvisioningState = {}));
function managedIdentitySettingArraySerializer(result) {
    return result.map((item) => {
        return managedIdentitySettingSerializer(item);
    });
}
function managedIdentitySettingArrayDeserializer(result) {
    return result.map((item) => {
        return managedIdentitySettingDeserializer(item);
    });
}
function managedIdentitySettingSerializer(item) {
    return { identity: item["identity"], lifecycle: item["lifecycle"] };
}
function managedIdentitySettingDeserializer(item) {
    return {
        identity: item["identity"],
        lifecycle: item["lifecycle"],
    };
}
/** Use to select the lifecycle stages of a Session Pool during which the Managed Identity should be available. */
var KnownSessionPoolIdentityLifeCycle;
(function (KnownSessionPoolIdentityLifeCycle) {
    /** Do not use managed identity during any lifecycle stage. */
    KnownSessionPoolIdentityLifeCycle["None"] = "None";
    /** Use managed identity during the main stage of the Container App lifecycle. */
    KnownSessionPoolIdentityLifeCycle["Main"] = "Main";
})(KnownSessionPoolIdentityLifeCycle || (KnownSessionPoolIdentityLifeCycle = {}));
function managedServiceIdentitySerializer(item) {
    return { type: item["type"], userAssignedIdentities: item["userAssignedIdentities"] };
}
function managedServiceIdentityDeserializer(item) {
    return {
        principalId: item["principalId"],
        tenantId: item["tenantId"],
        type: item["type"],
        userAssignedIdentities: !item["userAssignedIdentities"]
            ? item["userAssignedIdentities"]
            : Object.fromEntries(Object.entries(item["userAssignedIdentities"]).map(([k, p]) => [
                k,
                !p ? p : userAssignedIdentityDeserializer(p),
            ])),
    };
}
/** Type of managed service identity (where both SystemAssigned and UserAssigned types are allowed). */
var KnownManagedServiceIdentityType;
(function (KnownManagedServiceIdentityType) {
    /** No managed identity. */
    KnownManagedServiceIdentityType["None"] = "None";
    /** System assigned managed identity. */
    KnownManagedServiceIdentityType["SystemAssigned"] = "SystemAssigned";
    /** User assigned managed identity. */
    KnownManagedServiceIdentityType["UserAssigned"] = "UserAssigned";
    /** System and user assigned managed identity. */
    KnownManagedServiceIdentityType["SystemAssignedUserAssigned"] = "SystemAssigned,UserAssigned";
})(KnownManagedServiceIdentityType || (KnownManagedServiceIdentityType = {}));
function userAssignedIdentitySerializer(_item) {
    return {};
}
function userAssignedIdentityDeserializer(item) {
    return {
        principalId: item["principalId"],
        clientId: item["clientId"],
    };
}
function trackedResourceSerializer(item) {
    return { tags: item["tags"], location: item["location"] };
}
function trackedResourceDeserializer(item) {
    return {
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
        tags: !item["tags"]
            ? item["tags"]
            : Object.fromEntries(Object.entries(item["tags"]).map(([k, p]) => [k, p])),
        location: item["location"],
    };
}
function models_errorResponseDeserializer(item) {
    return {
        error: !item["error"] ? item["error"] : errorDetailDeserializer(item["error"]),
    };
}
function errorDetailDeserializer(item) {
    return {
        code: item["code"],
        message: item["message"],
        target: item["target"],
        details: !item["details"] ? item["details"] : errorDetailArrayDeserializer(item["details"]),
        additionalInfo: !item["additionalInfo"]
            ? item["additionalInfo"]
            : errorAdditionalInfoArrayDeserializer(item["additionalInfo"]),
    };
}
function errorDetailArrayDeserializer(result) {
    return result.map((item) => {
        return errorDetailDeserializer(item);
    });
}
function errorAdditionalInfoArrayDeserializer(result) {
    return result.map((item) => {
        return errorAdditionalInfoDeserializer(item);
    });
}
function errorAdditionalInfoDeserializer(item) {
    return {
        type: item["type"],
        info: item["info"],
    };
}
function sessionPoolUpdatablePropertiesSerializer(item) {
    return {
        tags: item["tags"],
        identity: !item["identity"]
            ? item["identity"]
            : managedServiceIdentitySerializer(item["identity"]),
        properties: areAllPropsUndefined(item, [
            "scaleConfiguration",
            "secrets",
            "dynamicPoolConfiguration",
            "customContainerTemplate",
            "sessionNetworkConfiguration",
        ])
            ? undefined
            : _sessionPoolUpdatablePropertiesPropertiesSerializer(item),
    };
}
function sessionPoolUpdatablePropertiesPropertiesSerializer(item) {
    return {
        scaleConfiguration: !item["scaleConfiguration"]
            ? item["scaleConfiguration"]
            : scaleConfigurationSerializer(item["scaleConfiguration"]),
        secrets: !item["secrets"] ? item["secrets"] : sessionPoolSecretArraySerializer(item["secrets"]),
        dynamicPoolConfiguration: !item["dynamicPoolConfiguration"]
            ? item["dynamicPoolConfiguration"]
            : dynamicPoolConfigurationSerializer(item["dynamicPoolConfiguration"]),
        customContainerTemplate: !item["customContainerTemplate"]
            ? item["customContainerTemplate"]
            : customContainerTemplateSerializer(item["customContainerTemplate"]),
        sessionNetworkConfiguration: !item["sessionNetworkConfiguration"]
            ? item["sessionNetworkConfiguration"]
            : sessionNetworkConfigurationSerializer(item["sessionNetworkConfiguration"]),
    };
}
function _sessionPoolCollectionDeserializer(item) {
    return {
        value: sessionPoolArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
function sessionPoolArraySerializer(result) {
    return result.map((item) => {
        return sessionPoolSerializer(item);
    });
}
function sessionPoolArrayDeserializer(result) {
    return result.map((item) => {
        return sessionPoolDeserializer(item);
    });
}
function sandboxGroupSerializer(item) {
    return {
        tags: item["tags"],
        location: item["location"],
        properties: !item["properties"]
            ? item["properties"]
            : sandboxGroupPropertiesSerializer(item["properties"]),
    };
}
function sandboxGroupDeserializer(item) {
    return {
        tags: !item["tags"]
            ? item["tags"]
            : Object.fromEntries(Object.entries(item["tags"]).map(([k, p]) => [k, p])),
        location: item["location"],
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
        properties: !item["properties"]
            ? item["properties"]
            : sandboxGroupPropertiesDeserializer(item["properties"]),
    };
}
function sandboxGroupPropertiesSerializer(item) {
    return { environmentId: item["environmentId"] };
}
function sandboxGroupPropertiesDeserializer(item) {
    return {
        environmentId: item["environmentId"],
        defaultDomain: item["defaultDomain"],
        provisioningState: item["provisioningState"],
    };
}
/** Provisioning state of the SandboxGroup. */
var KnownSandboxGroupProvisioningState;
(function (KnownSandboxGroupProvisioningState) {
    /** Resource has been created. */
    KnownSandboxGroupProvisioningState["Succeeded"] = "Succeeded";
    /** Resource creation failed. */
    KnownSandboxGroupProvisioningState["Failed"] = "Failed";
    /** Resource creation was canceled. */
    KnownSandboxGroupProvisioningState["Canceled"] = "Canceled";
    /** The resource is being provisioned. */
    KnownSandboxGroupProvisioningState["InProgress"] = "InProgress";
    /** The resource is being updated. */
    KnownSandboxGroupProvisioningState["Updating"] = "Updating";
    /** The resource is being deleted. */
    KnownSandboxGroupProvisioningState["Deleting"] = "Deleting";
})(KnownSandboxGroupProvisioningState || (KnownSandboxGroupProvisioningState = {}));
function sandboxGroupPatchSerializer(item) {
    return {
        tags: item["tags"],
        properties: !item["properties"]
            ? item["properties"]
            : sandboxGroupPatchPropertiesSerializer(item["properties"]),
    };
}
function sandboxGroupPatchPropertiesSerializer(item) {
    return { environmentId: item["environmentId"] };
}
function _sandboxGroupListResultDeserializer(item) {
    return {
        value: sandboxGroupArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
function sandboxGroupArraySerializer(result) {
    return result.map((item) => {
        return sandboxGroupSerializer(item);
    });
}
function sandboxGroupArrayDeserializer(result) {
    return result.map((item) => {
        return sandboxGroupDeserializer(item);
    });
}
function vnetConnectionSerializer(item) {
    return {
        properties: !item["properties"]
            ? item["properties"]
            : vnetConnectionPropertiesSerializer(item["properties"]),
    };
}
function vnetConnectionDeserializer(item) {
    return {
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
        properties: !item["properties"]
            ? item["properties"]
            : vnetConnectionPropertiesDeserializer(item["properties"]),
    };
}
function vnetConnectionPropertiesSerializer(item) {
    return { subnetId: item["subnetId"] };
}
function vnetConnectionPropertiesDeserializer(item) {
    return {
        provisioningState: item["provisioningState"],
        subnetId: item["subnetId"],
    };
}
/** Provisioning state of the VnetConnection. */
var KnownVnetConnectionProvisioningState;
(function (KnownVnetConnectionProvisioningState) {
    /** Resource has been created. */
    KnownVnetConnectionProvisioningState["Succeeded"] = "Succeeded";
    /** Resource creation failed. */
    KnownVnetConnectionProvisioningState["Failed"] = "Failed";
    /** Resource creation was canceled. */
    KnownVnetConnectionProvisioningState["Canceled"] = "Canceled";
    /** The resource is being provisioned. */
    KnownVnetConnectionProvisioningState["InProgress"] = "InProgress";
    /** The resource is being updated. */
    KnownVnetConnectionProvisioningState["Updating"] = "Updating";
    /** The resource is being deleted. */
    KnownVnetConnectionProvisioningState["Deleting"] = "Deleting";
})(KnownVnetConnectionProvisioningState || (KnownVnetConnectionProvisioningState = {}));
function _vnetConnectionListResultDeserializer(item) {
    return {
        value: vnetConnectionArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
function vnetConnectionArraySerializer(result) {
    return result.map((item) => {
        return vnetConnectionSerializer(item);
    });
}
function vnetConnectionArrayDeserializer(result) {
    return result.map((item) => {
        return vnetConnectionDeserializer(item);
    });
}
function sourceControlSerializer(item) {
    return {
        properties: areAllPropsUndefined(item, ["repoUrl", "branch", "githubActionConfiguration"])
            ? undefined
            : _sourceControlPropertiesSerializer(item),
    };
}
function sourceControlDeserializer(item) {
    return {
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
        ...(!item["properties"]
            ? item["properties"]
            : _sourceControlPropertiesDeserializer(item["properties"])),
    };
}
function sourceControlPropertiesSerializer(item) {
    return {
        repoUrl: item["repoUrl"],
        branch: item["branch"],
        githubActionConfiguration: !item["githubActionConfiguration"]
            ? item["githubActionConfiguration"]
            : githubActionConfigurationSerializer(item["githubActionConfiguration"]),
    };
}
function sourceControlPropertiesDeserializer(item) {
    return {
        operationState: item["operationState"],
        repoUrl: item["repoUrl"],
        branch: item["branch"],
        githubActionConfiguration: !item["githubActionConfiguration"]
            ? item["githubActionConfiguration"]
            : githubActionConfigurationDeserializer(item["githubActionConfiguration"]),
    };
}
/** Current provisioning State of the operation */
var KnownSourceControlOperationState;
(function (KnownSourceControlOperationState) {
    /** InProgress */
    KnownSourceControlOperationState["InProgress"] = "InProgress";
    /** Succeeded */
    KnownSourceControlOperationState["Succeeded"] = "Succeeded";
    /** Failed */
    KnownSourceControlOperationState["Failed"] = "Failed";
    /** Canceled */
    KnownSourceControlOperationState["Canceled"] = "Canceled";
})(KnownSourceControlOperationState || (KnownSourceControlOperationState = {}));
function githubActionConfigurationSerializer(item) {
    return {
        registryInfo: !item["registryInfo"]
            ? item["registryInfo"]
            : registryInfoSerializer(item["registryInfo"]),
        azureCredentials: !item["azureCredentials"]
            ? item["azureCredentials"]
            : azureCredentialsSerializer(item["azureCredentials"]),
        contextPath: item["contextPath"],
        githubPersonalAccessToken: item["githubPersonalAccessToken"],
        image: item["image"],
        publishType: item["publishType"],
        os: item["os"],
        runtimeStack: item["runtimeStack"],
        runtimeVersion: item["runtimeVersion"],
    };
}
function githubActionConfigurationDeserializer(item) {
    return {
        registryInfo: !item["registryInfo"]
            ? item["registryInfo"]
            : registryInfoDeserializer(item["registryInfo"]),
        azureCredentials: !item["azureCredentials"]
            ? item["azureCredentials"]
            : azureCredentialsDeserializer(item["azureCredentials"]),
        contextPath: item["contextPath"],
        githubPersonalAccessToken: item["githubPersonalAccessToken"],
        image: item["image"],
        publishType: item["publishType"],
        os: item["os"],
        runtimeStack: item["runtimeStack"],
        runtimeVersion: item["runtimeVersion"],
    };
}
function registryInfoSerializer(item) {
    return {
        registryUrl: item["registryUrl"],
        registryUserName: item["registryUserName"],
        registryPassword: item["registryPassword"],
    };
}
function registryInfoDeserializer(item) {
    return {
        registryUrl: item["registryUrl"],
        registryUserName: item["registryUserName"],
        registryPassword: item["registryPassword"],
    };
}
function azureCredentialsSerializer(item) {
    return {
        clientId: item["clientId"],
        clientSecret: item["clientSecret"],
        tenantId: item["tenantId"],
        kind: item["kind"],
        subscriptionId: item["subscriptionId"],
    };
}
function azureCredentialsDeserializer(item) {
    return {
        clientId: item["clientId"],
        clientSecret: item["clientSecret"],
        tenantId: item["tenantId"],
        kind: item["kind"],
        subscriptionId: item["subscriptionId"],
    };
}
function _sourceControlCollectionDeserializer(item) {
    return {
        value: sourceControlArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
function sourceControlArraySerializer(result) {
    return result.map((item) => {
        return sourceControlSerializer(item);
    });
}
function sourceControlArrayDeserializer(result) {
    return result.map((item) => {
        return sourceControlDeserializer(item);
    });
}
function models_containerAppSerializer(item) {
    return {
        tags: item["tags"],
        location: item["location"],
        properties: areAllPropsUndefined(item, [
            "managedEnvironmentId",
            "environmentId",
            "networking",
            "workloadProfileName",
            "configuration",
            "template",
        ])
            ? undefined
            : _containerAppPropertiesSerializer(item),
        extendedLocation: !item["extendedLocation"]
            ? item["extendedLocation"]
            : extendedLocationSerializer(item["extendedLocation"]),
        identity: !item["identity"]
            ? item["identity"]
            : managedServiceIdentitySerializer(item["identity"]),
        managedBy: item["managedBy"],
        kind: item["kind"],
    };
}
function models_containerAppDeserializer(item) {
    return {
        tags: !item["tags"]
            ? item["tags"]
            : Object.fromEntries(Object.entries(item["tags"]).map(([k, p]) => [k, p])),
        location: item["location"],
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
        ...(!item["properties"]
            ? item["properties"]
            : _containerAppPropertiesDeserializer(item["properties"])),
        extendedLocation: !item["extendedLocation"]
            ? item["extendedLocation"]
            : extendedLocationDeserializer(item["extendedLocation"]),
        identity: !item["identity"]
            ? item["identity"]
            : managedServiceIdentityDeserializer(item["identity"]),
        managedBy: item["managedBy"],
        kind: item["kind"],
    };
}
function containerAppPropertiesSerializer(item) {
    return {
        managedEnvironmentId: item["managedEnvironmentId"],
        environmentId: item["environmentId"],
        networking: !item["networking"]
            ? item["networking"]
            : containerAppNetworkingConfigurationSerializer(item["networking"]),
        workloadProfileName: item["workloadProfileName"],
        configuration: !item["configuration"]
            ? item["configuration"]
            : configurationSerializer(item["configuration"]),
        template: !item["template"] ? item["template"] : templateSerializer(item["template"]),
    };
}
function containerAppPropertiesDeserializer(item) {
    return {
        provisioningState: item["provisioningState"],
        runningStatus: item["runningStatus"],
        managedEnvironmentId: item["managedEnvironmentId"],
        environmentId: item["environmentId"],
        networking: !item["networking"]
            ? item["networking"]
            : containerAppNetworkingConfigurationDeserializer(item["networking"]),
        workloadProfileName: item["workloadProfileName"],
        latestRevisionName: item["latestRevisionName"],
        latestReadyRevisionName: item["latestReadyRevisionName"],
        latestRevisionFqdn: item["latestRevisionFqdn"],
        customDomainVerificationId: item["customDomainVerificationId"],
        configuration: !item["configuration"]
            ? item["configuration"]
            : configurationDeserializer(item["configuration"]),
        template: !item["template"] ? item["template"] : templateDeserializer(item["template"]),
        outboundIpAddresses: !item["outboundIpAddresses"]
            ? item["outboundIpAddresses"]
            : item["outboundIpAddresses"].map((p) => {
                return p;
            }),
        eventStreamEndpoint: item["eventStreamEndpoint"],
    };
}
/** Provisioning state of the Container App. */
var KnownContainerAppProvisioningState;
(function (KnownContainerAppProvisioningState) {
    /** InProgress */
    KnownContainerAppProvisioningState["InProgress"] = "InProgress";
    /** Succeeded */
    KnownContainerAppProvisioningState["Succeeded"] = "Succeeded";
    /** Failed */
    KnownContainerAppProvisioningState["Failed"] = "Failed";
    /** Canceled */
    KnownContainerAppProvisioningState["Canceled"] = "Canceled";
    /** Deleting */
    KnownContainerAppProvisioningState["Deleting"] = "Deleting";
})(KnownContainerAppProvisioningState || (KnownContainerAppProvisioningState = {}));
/** Running status of the Container App. */
var KnownContainerAppRunningStatus;
(function (KnownContainerAppRunningStatus) {
    /** Container App is transitioning between Stopped and Running states. */
    KnownContainerAppRunningStatus["Progressing"] = "Progressing";
    /** Container App is in Running state. */
    KnownContainerAppRunningStatus["Running"] = "Running";
    /** Container App is in Stopped state. */
    KnownContainerAppRunningStatus["Stopped"] = "Stopped";
    /** Container App Job is in Suspended state. */
    KnownContainerAppRunningStatus["Suspended"] = "Suspended";
    /** Container App Job is in Ready state. */
    KnownContainerAppRunningStatus["Ready"] = "Ready";
})(KnownContainerAppRunningStatus || (KnownContainerAppRunningStatus = {}));
function containerAppNetworkingConfigurationSerializer(item) {
    return { outboundVnetSubnetId: item["outboundVnetSubnetId"] };
}
function containerAppNetworkingConfigurationDeserializer(item) {
    return {
        outboundVnetSubnetId: item["outboundVnetSubnetId"],
    };
}
function configurationSerializer(item) {
    return {
        secrets: !item["secrets"] ? item["secrets"] : secretArraySerializer(item["secrets"]),
        activeRevisionsMode: item["activeRevisionsMode"],
        ingress: !item["ingress"] ? item["ingress"] : ingressSerializer(item["ingress"]),
        registries: !item["registries"]
            ? item["registries"]
            : registryCredentialsArraySerializer(item["registries"]),
        dapr: !item["dapr"] ? item["dapr"] : daprSerializer(item["dapr"]),
        runtime: !item["runtime"] ? item["runtime"] : runtimeSerializer(item["runtime"]),
        maxInactiveRevisions: item["maxInactiveRevisions"],
        service: !item["service"] ? item["service"] : serviceSerializer(item["service"]),
        identitySettings: !item["identitySettings"]
            ? item["identitySettings"]
            : identitySettingsArraySerializer(item["identitySettings"]),
    };
}
function configurationDeserializer(item) {
    return {
        secrets: !item["secrets"] ? item["secrets"] : secretArrayDeserializer(item["secrets"]),
        activeRevisionsMode: item["activeRevisionsMode"],
        ingress: !item["ingress"] ? item["ingress"] : ingressDeserializer(item["ingress"]),
        registries: !item["registries"]
            ? item["registries"]
            : registryCredentialsArrayDeserializer(item["registries"]),
        dapr: !item["dapr"] ? item["dapr"] : daprDeserializer(item["dapr"]),
        runtime: !item["runtime"] ? item["runtime"] : runtimeDeserializer(item["runtime"]),
        maxInactiveRevisions: item["maxInactiveRevisions"],
        service: !item["service"] ? item["service"] : serviceDeserializer(item["service"]),
        identitySettings: !item["identitySettings"]
            ? item["identitySettings"]
            : identitySettingsArrayDeserializer(item["identitySettings"]),
    };
}
function secretArraySerializer(result) {
    return result.map((item) => {
        return secretSerializer(item);
    });
}
function secretArrayDeserializer(result) {
    return result.map((item) => {
        return secretDeserializer(item);
    });
}
function secretSerializer(item) {
    return {
        name: item["name"],
        value: item["value"],
        identity: item["identity"],
        keyVaultUrl: item["keyVaultUrl"],
    };
}
function secretDeserializer(item) {
    return {
        name: item["name"],
        value: item["value"],
        identity: item["identity"],
        keyVaultUrl: item["keyVaultUrl"],
    };
}
/** Controls how active revisions are handled for the Container app. */
var KnownActiveRevisionsMode;
(function (KnownActiveRevisionsMode) {
    /** Multiple */
    KnownActiveRevisionsMode["Multiple"] = "Multiple";
    /** Single */
    KnownActiveRevisionsMode["Single"] = "Single";
})(KnownActiveRevisionsMode || (KnownActiveRevisionsMode = {}));
function ingressSerializer(item) {
    return {
        external: item["external"],
        targetPort: item["targetPort"],
        exposedPort: item["exposedPort"],
        transport: item["transport"],
        traffic: !item["traffic"] ? item["traffic"] : trafficWeightArraySerializer(item["traffic"]),
        customDomains: !item["customDomains"]
            ? item["customDomains"]
            : customDomainArraySerializer(item["customDomains"]),
        allowInsecure: item["allowInsecure"],
        ipSecurityRestrictions: !item["ipSecurityRestrictions"]
            ? item["ipSecurityRestrictions"]
            : ipSecurityRestrictionRuleArraySerializer(item["ipSecurityRestrictions"]),
        stickySessions: !item["stickySessions"]
            ? item["stickySessions"]
            : ingressStickySessionsSerializer(item["stickySessions"]),
        clientCertificateMode: item["clientCertificateMode"],
        corsPolicy: !item["corsPolicy"] ? item["corsPolicy"] : corsPolicySerializer(item["corsPolicy"]),
        additionalPortMappings: !item["additionalPortMappings"]
            ? item["additionalPortMappings"]
            : ingressPortMappingArraySerializer(item["additionalPortMappings"]),
    };
}
function ingressDeserializer(item) {
    return {
        fqdn: item["fqdn"],
        external: item["external"],
        targetPort: item["targetPort"],
        exposedPort: item["exposedPort"],
        transport: item["transport"],
        traffic: !item["traffic"] ? item["traffic"] : trafficWeightArrayDeserializer(item["traffic"]),
        customDomains: !item["customDomains"]
            ? item["customDomains"]
            : customDomainArrayDeserializer(item["customDomains"]),
        allowInsecure: item["allowInsecure"],
        ipSecurityRestrictions: !item["ipSecurityRestrictions"]
            ? item["ipSecurityRestrictions"]
            : ipSecurityRestrictionRuleArrayDeserializer(item["ipSecurityRestrictions"]),
        stickySessions: !item["stickySessions"]
            ? item["stickySessions"]
            : ingressStickySessionsDeserializer(item["stickySessions"]),
        clientCertificateMode: item["clientCertificateMode"],
        corsPolicy: !item["corsPolicy"]
            ? item["corsPolicy"]
            : corsPolicyDeserializer(item["corsPolicy"]),
        additionalPortMappings: !item["additionalPortMappings"]
            ? item["additionalPortMappings"]
            : ingressPortMappingArrayDeserializer(item["additionalPortMappings"]),
    };
}
/** Ingress transport protocol */
var KnownIngressTransportMethod;
(function (KnownIngressTransportMethod) {
    /** auto */
    KnownIngressTransportMethod["Auto"] = "auto";
    /** http */
    KnownIngressTransportMethod["Http"] = "http";
    /** http2 */
    KnownIngressTransportMethod["Http2"] = "http2";
    /** tcp */
    KnownIngressTransportMethod["Tcp"] = "tcp";
})(KnownIngressTransportMethod || (KnownIngressTransportMethod = {}));
function trafficWeightArraySerializer(result) {
    return result.map((item) => {
        return trafficWeightSerializer(item);
    });
}
function trafficWeightArrayDeserializer(result) {
    return result.map((item) => {
        return trafficWeightDeserializer(item);
    });
}
function trafficWeightSerializer(item) {
    return {
        revisionName: item["revisionName"],
        weight: item["weight"],
        latestRevision: item["latestRevision"],
        label: item["label"],
    };
}
function trafficWeightDeserializer(item) {
    return {
        revisionName: item["revisionName"],
        weight: item["weight"],
        latestRevision: item["latestRevision"],
        label: item["label"],
    };
}
function customDomainArraySerializer(result) {
    return result.map((item) => {
        return customDomainSerializer(item);
    });
}
function customDomainArrayDeserializer(result) {
    return result.map((item) => {
        return customDomainDeserializer(item);
    });
}
function customDomainSerializer(item) {
    return {
        name: item["name"],
        bindingType: item["bindingType"],
        certificateId: item["certificateId"],
    };
}
function customDomainDeserializer(item) {
    return {
        name: item["name"],
        bindingType: item["bindingType"],
        certificateId: item["certificateId"],
    };
}
/** Custom Domain binding type. */
var KnownBindingType;
(function (KnownBindingType) {
    /** Disabled */
    KnownBindingType["Disabled"] = "Disabled";
    /** SniEnabled */
    KnownBindingType["SniEnabled"] = "SniEnabled";
    /** Auto */
    KnownBindingType["Auto"] = "Auto";
})(KnownBindingType || (KnownBindingType = {}));
function ipSecurityRestrictionRuleArraySerializer(result) {
    return result.map((item) => {
        return ipSecurityRestrictionRuleSerializer(item);
    });
}
function ipSecurityRestrictionRuleArrayDeserializer(result) {
    return result.map((item) => {
        return ipSecurityRestrictionRuleDeserializer(item);
    });
}
function ipSecurityRestrictionRuleSerializer(item) {
    return {
        name: item["name"],
        description: item["description"],
        ipAddressRange: item["ipAddressRange"],
        action: item["action"],
    };
}
function ipSecurityRestrictionRuleDeserializer(item) {
    return {
        name: item["name"],
        description: item["description"],
        ipAddressRange: item["ipAddressRange"],
        action: item["action"],
    };
}
/** Allow or Deny rules to determine for incoming IP. Note: Rules can only consist of ALL Allow or ALL Deny */
var KnownAction;
(function (KnownAction) {
    /** Allow */
    KnownAction["Allow"] = "Allow";
    /** Deny */
    KnownAction["Deny"] = "Deny";
})(KnownAction || (KnownAction = {}));
function ingressStickySessionsSerializer(item) {
    return { affinity: item["affinity"] };
}
function ingressStickySessionsDeserializer(item) {
    return {
        affinity: item["affinity"],
    };
}
/** Sticky Session Affinity */
var KnownAffinity;
(function (KnownAffinity) {
    /** sticky */
    KnownAffinity["Sticky"] = "sticky";
    /** none */
    KnownAffinity["None"] = "none";
})(KnownAffinity || (KnownAffinity = {}));
/** Client certificate mode for mTLS authentication. Ignore indicates server drops client certificate on forwarding. Accept indicates server forwards client certificate but does not require a client certificate. Require indicates server requires a client certificate. */
var KnownIngressClientCertificateMode;
(function (KnownIngressClientCertificateMode) {
    /** ignore */
    KnownIngressClientCertificateMode["Ignore"] = "ignore";
    /** accept */
    KnownIngressClientCertificateMode["Accept"] = "accept";
    /** require */
    KnownIngressClientCertificateMode["Require"] = "require";
})(KnownIngressClientCertificateMode || (KnownIngressClientCertificateMode = {}));
function corsPolicySerializer(item) {
    return {
        allowedOrigins: item["allowedOrigins"].map((p) => {
            return p;
        }),
        allowedMethods: !item["allowedMethods"]
            ? item["allowedMethods"]
            : item["allowedMethods"].map((p) => {
                return p;
            }),
        allowedHeaders: !item["allowedHeaders"]
            ? item["allowedHeaders"]
            : item["allowedHeaders"].map((p) => {
                return p;
            }),
        exposeHeaders: !item["exposeHeaders"]
            ? item["exposeHeaders"]
            : item["exposeHeaders"].map((p) => {
                return p;
            }),
        maxAge: item["maxAge"],
        allowCredentials: item["allowCredentials"],
    };
}
function corsPolicyDeserializer(item) {
    return {
        allowedOrigins: item["allowedOrigins"].map((p) => {
            return p;
        }),
        allowedMethods: !item["allowedMethods"]
            ? item["allowedMethods"]
            : item["allowedMethods"].map((p) => {
                return p;
            }),
        allowedHeaders: !item["allowedHeaders"]
            ? item["allowedHeaders"]
            : item["allowedHeaders"].map((p) => {
                return p;
            }),
        exposeHeaders: !item["exposeHeaders"]
            ? item["exposeHeaders"]
            : item["exposeHeaders"].map((p) => {
                return p;
            }),
        maxAge: item["maxAge"],
        allowCredentials: item["allowCredentials"],
    };
}
function ingressPortMappingArraySerializer(result) {
    return result.map((item) => {
        return ingressPortMappingSerializer(item);
    });
}
function ingressPortMappingArrayDeserializer(result) {
    return result.map((item) => {
        return ingressPortMappingDeserializer(item);
    });
}
function ingressPortMappingSerializer(item) {
    return {
        external: item["external"],
        targetPort: item["targetPort"],
        exposedPort: item["exposedPort"],
    };
}
function ingressPortMappingDeserializer(item) {
    return {
        external: item["external"],
        targetPort: item["targetPort"],
        exposedPort: item["exposedPort"],
    };
}
function registryCredentialsArraySerializer(result) {
    return result.map((item) => {
        return registryCredentialsSerializer(item);
    });
}
function registryCredentialsArrayDeserializer(result) {
    return result.map((item) => {
        return registryCredentialsDeserializer(item);
    });
}
function registryCredentialsSerializer(item) {
    return {
        server: item["server"],
        username: item["username"],
        passwordSecretRef: item["passwordSecretRef"],
        identity: item["identity"],
    };
}
function registryCredentialsDeserializer(item) {
    return {
        server: item["server"],
        username: item["username"],
        passwordSecretRef: item["passwordSecretRef"],
        identity: item["identity"],
    };
}
function daprSerializer(item) {
    return {
        enabled: item["enabled"],
        appId: item["appId"],
        appProtocol: item["appProtocol"],
        appPort: item["appPort"],
        httpReadBufferSize: item["httpReadBufferSize"],
        httpMaxRequestSize: item["httpMaxRequestSize"],
        logLevel: item["logLevel"],
        enableApiLogging: item["enableApiLogging"],
        appHealth: !item["appHealth"] ? item["appHealth"] : daprAppHealthSerializer(item["appHealth"]),
        maxConcurrency: item["maxConcurrency"],
    };
}
function daprDeserializer(item) {
    return {
        enabled: item["enabled"],
        appId: item["appId"],
        appProtocol: item["appProtocol"],
        appPort: item["appPort"],
        httpReadBufferSize: item["httpReadBufferSize"],
        httpMaxRequestSize: item["httpMaxRequestSize"],
        logLevel: item["logLevel"],
        enableApiLogging: item["enableApiLogging"],
        appHealth: !item["appHealth"]
            ? item["appHealth"]
            : daprAppHealthDeserializer(item["appHealth"]),
        maxConcurrency: item["maxConcurrency"],
    };
}
/** Tells Dapr which protocol your application is using. Valid options are http and grpc. Default is http */
var KnownAppProtocol;
(function (KnownAppProtocol) {
    /** http */
    KnownAppProtocol["Http"] = "http";
    /** grpc */
    KnownAppProtocol["Grpc"] = "grpc";
})(KnownAppProtocol || (KnownAppProtocol = {}));
/** Sets the log level for the Dapr sidecar. Allowed values are debug, info, warn, error. Default is info. */
var KnownLogLevel;
(function (KnownLogLevel) {
    /** info */
    KnownLogLevel["Info"] = "info";
    /** debug */
    KnownLogLevel["Debug"] = "debug";
    /** warn */
    KnownLogLevel["Warn"] = "warn";
    /** error */
    KnownLogLevel["Error"] = "error";
})(KnownLogLevel || (KnownLogLevel = {}));
function daprAppHealthSerializer(item) {
    return {
        enabled: item["enabled"],
        path: item["path"],
        probeIntervalSeconds: item["probeIntervalSeconds"],
        probeTimeoutMilliseconds: item["probeTimeoutMilliseconds"],
        threshold: item["threshold"],
    };
}
function daprAppHealthDeserializer(item) {
    return {
        enabled: item["enabled"],
        path: item["path"],
        probeIntervalSeconds: item["probeIntervalSeconds"],
        probeTimeoutMilliseconds: item["probeTimeoutMilliseconds"],
        threshold: item["threshold"],
    };
}
function runtimeSerializer(item) {
    return { java: !item["java"] ? item["java"] : runtimeJavaSerializer(item["java"]) };
}
function runtimeDeserializer(item) {
    return {
        java: !item["java"] ? item["java"] : runtimeJavaDeserializer(item["java"]),
    };
}
function runtimeJavaSerializer(item) {
    return { enableMetrics: item["enableMetrics"] };
}
function runtimeJavaDeserializer(item) {
    return {
        enableMetrics: item["enableMetrics"],
    };
}
function serviceSerializer(item) {
    return { type: item["type"] };
}
function serviceDeserializer(item) {
    return {
        type: item["type"],
    };
}
function identitySettingsArraySerializer(result) {
    return result.map((item) => {
        return identitySettingsSerializer(item);
    });
}
function identitySettingsArrayDeserializer(result) {
    return result.map((item) => {
        return identitySettingsDeserializer(item);
    });
}
function identitySettingsSerializer(item) {
    return { identity: item["identity"], lifecycle: item["lifecycle"] };
}
function identitySettingsDeserializer(item) {
    return {
        identity: item["identity"],
        lifecycle: item["lifecycle"],
    };
}
/** Use to select the lifecycle stages of a Container App during which the Managed Identity should be available. */
var KnownIdentitySettingsLifeCycle;
(function (KnownIdentitySettingsLifeCycle) {
    /** Do not use managed identity during any lifecycle stage. */
    KnownIdentitySettingsLifeCycle["None"] = "None";
    /** Use managed identity during the main stage of the Container App lifecycle. */
    KnownIdentitySettingsLifeCycle["Main"] = "Main";
    /** Use managed identity during the init stage of the Container App lifecycle. */
    KnownIdentitySettingsLifeCycle["Init"] = "Init";
    /** Use managed identity during all lifecycle stages of the Container App. */
    KnownIdentitySettingsLifeCycle["All"] = "All";
})(KnownIdentitySettingsLifeCycle || (KnownIdentitySettingsLifeCycle = {}));
function templateSerializer(item) {
    return {
        revisionSuffix: item["revisionSuffix"],
        terminationGracePeriodSeconds: item["terminationGracePeriodSeconds"],
        initContainers: !item["initContainers"]
            ? item["initContainers"]
            : initContainerArraySerializer(item["initContainers"]),
        containers: !item["containers"]
            ? item["containers"]
            : containerArraySerializer(item["containers"]),
        scale: !item["scale"] ? item["scale"] : scaleSerializer(item["scale"]),
        volumes: !item["volumes"] ? item["volumes"] : volumeArraySerializer(item["volumes"]),
        serviceBinds: !item["serviceBinds"]
            ? item["serviceBinds"]
            : serviceBindArraySerializer(item["serviceBinds"]),
    };
}
function templateDeserializer(item) {
    return {
        revisionSuffix: item["revisionSuffix"],
        terminationGracePeriodSeconds: item["terminationGracePeriodSeconds"],
        initContainers: !item["initContainers"]
            ? item["initContainers"]
            : initContainerArrayDeserializer(item["initContainers"]),
        containers: !item["containers"]
            ? item["containers"]
            : containerArrayDeserializer(item["containers"]),
        scale: !item["scale"] ? item["scale"] : scaleDeserializer(item["scale"]),
        volumes: !item["volumes"] ? item["volumes"] : volumeArrayDeserializer(item["volumes"]),
        serviceBinds: !item["serviceBinds"]
            ? item["serviceBinds"]
            : serviceBindArrayDeserializer(item["serviceBinds"]),
    };
}
function initContainerArraySerializer(result) {
    return result.map((item) => {
        return initContainerSerializer(item);
    });
}
function initContainerArrayDeserializer(result) {
    return result.map((item) => {
        return initContainerDeserializer(item);
    });
}
function initContainerSerializer(item) {
    return {
        image: item["image"],
        name: item["name"],
        command: !item["command"]
            ? item["command"]
            : item["command"].map((p) => {
                return p;
            }),
        args: !item["args"]
            ? item["args"]
            : item["args"].map((p) => {
                return p;
            }),
        env: !item["env"] ? item["env"] : environmentVarArraySerializer(item["env"]),
        resources: !item["resources"]
            ? item["resources"]
            : containerResourcesSerializer(item["resources"]),
        volumeMounts: !item["volumeMounts"]
            ? item["volumeMounts"]
            : volumeMountArraySerializer(item["volumeMounts"]),
    };
}
function initContainerDeserializer(item) {
    return {
        image: item["image"],
        name: item["name"],
        command: !item["command"]
            ? item["command"]
            : item["command"].map((p) => {
                return p;
            }),
        args: !item["args"]
            ? item["args"]
            : item["args"].map((p) => {
                return p;
            }),
        env: !item["env"] ? item["env"] : environmentVarArrayDeserializer(item["env"]),
        resources: !item["resources"]
            ? item["resources"]
            : containerResourcesDeserializer(item["resources"]),
        volumeMounts: !item["volumeMounts"]
            ? item["volumeMounts"]
            : volumeMountArrayDeserializer(item["volumeMounts"]),
    };
}
function containerArraySerializer(result) {
    return result.map((item) => {
        return containerSerializer(item);
    });
}
function containerArrayDeserializer(result) {
    return result.map((item) => {
        return containerDeserializer(item);
    });
}
function containerSerializer(item) {
    return {
        image: item["image"],
        name: item["name"],
        command: !item["command"]
            ? item["command"]
            : item["command"].map((p) => {
                return p;
            }),
        args: !item["args"]
            ? item["args"]
            : item["args"].map((p) => {
                return p;
            }),
        env: !item["env"] ? item["env"] : environmentVarArraySerializer(item["env"]),
        resources: !item["resources"]
            ? item["resources"]
            : containerResourcesSerializer(item["resources"]),
        volumeMounts: !item["volumeMounts"]
            ? item["volumeMounts"]
            : volumeMountArraySerializer(item["volumeMounts"]),
        probes: !item["probes"] ? item["probes"] : containerAppProbeArraySerializer(item["probes"]),
    };
}
function containerDeserializer(item) {
    return {
        image: item["image"],
        name: item["name"],
        command: !item["command"]
            ? item["command"]
            : item["command"].map((p) => {
                return p;
            }),
        args: !item["args"]
            ? item["args"]
            : item["args"].map((p) => {
                return p;
            }),
        env: !item["env"] ? item["env"] : environmentVarArrayDeserializer(item["env"]),
        resources: !item["resources"]
            ? item["resources"]
            : containerResourcesDeserializer(item["resources"]),
        volumeMounts: !item["volumeMounts"]
            ? item["volumeMounts"]
            : volumeMountArrayDeserializer(item["volumeMounts"]),
        probes: !item["probes"] ? item["probes"] : containerAppProbeArrayDeserializer(item["probes"]),
    };
}
function containerAppProbeArraySerializer(result) {
    return result.map((item) => {
        return containerAppProbeSerializer(item);
    });
}
function containerAppProbeArrayDeserializer(result) {
    return result.map((item) => {
        return containerAppProbeDeserializer(item);
    });
}
function containerAppProbeSerializer(item) {
    return {
        failureThreshold: item["failureThreshold"],
        httpGet: !item["httpGet"]
            ? item["httpGet"]
            : containerAppProbeHttpGetSerializer(item["httpGet"]),
        initialDelaySeconds: item["initialDelaySeconds"],
        periodSeconds: item["periodSeconds"],
        successThreshold: item["successThreshold"],
        tcpSocket: !item["tcpSocket"]
            ? item["tcpSocket"]
            : containerAppProbeTcpSocketSerializer(item["tcpSocket"]),
        terminationGracePeriodSeconds: item["terminationGracePeriodSeconds"],
        timeoutSeconds: item["timeoutSeconds"],
        type: item["type"],
    };
}
function containerAppProbeDeserializer(item) {
    return {
        failureThreshold: item["failureThreshold"],
        httpGet: !item["httpGet"]
            ? item["httpGet"]
            : containerAppProbeHttpGetDeserializer(item["httpGet"]),
        initialDelaySeconds: item["initialDelaySeconds"],
        periodSeconds: item["periodSeconds"],
        successThreshold: item["successThreshold"],
        tcpSocket: !item["tcpSocket"]
            ? item["tcpSocket"]
            : containerAppProbeTcpSocketDeserializer(item["tcpSocket"]),
        terminationGracePeriodSeconds: item["terminationGracePeriodSeconds"],
        timeoutSeconds: item["timeoutSeconds"],
        type: item["type"],
    };
}
function containerAppProbeHttpGetSerializer(item) {
    return {
        host: item["host"],
        httpHeaders: !item["httpHeaders"]
            ? item["httpHeaders"]
            : containerAppProbeHttpGetHttpHeadersItemArraySerializer(item["httpHeaders"]),
        path: item["path"],
        port: item["port"],
        scheme: item["scheme"],
    };
}
function containerAppProbeHttpGetDeserializer(item) {
    return {
        host: item["host"],
        httpHeaders: !item["httpHeaders"]
            ? item["httpHeaders"]
            : containerAppProbeHttpGetHttpHeadersItemArrayDeserializer(item["httpHeaders"]),
        path: item["path"],
        port: item["port"],
        scheme: item["scheme"],
    };
}
function containerAppProbeHttpGetHttpHeadersItemArraySerializer(result) {
    return result.map((item) => {
        return containerAppProbeHttpGetHttpHeadersItemSerializer(item);
    });
}
function containerAppProbeHttpGetHttpHeadersItemArrayDeserializer(result) {
    return result.map((item) => {
        return containerAppProbeHttpGetHttpHeadersItemDeserializer(item);
    });
}
function containerAppProbeHttpGetHttpHeadersItemSerializer(item) {
    return { name: item["name"], value: item["value"] };
}
function containerAppProbeHttpGetHttpHeadersItemDeserializer(item) {
    return {
        name: item["name"],
        value: item["value"],
    };
}
function containerAppProbeTcpSocketSerializer(item) {
    return { host: item["host"], port: item["port"] };
}
function containerAppProbeTcpSocketDeserializer(item) {
    return {
        host: item["host"],
        port: item["port"],
    };
}
/** The type of probe. */
var KnownType;
(function (KnownType) {
    /** Liveness */
    KnownType["Liveness"] = "Liveness";
    /** Readiness */
    KnownType["Readiness"] = "Readiness";
    /** Startup */
    KnownType["Startup"] = "Startup";
})(KnownType || (KnownType = {}));
function scaleSerializer(item) {
    return {
        minReplicas: item["minReplicas"],
        maxReplicas: item["maxReplicas"],
        cooldownPeriod: item["cooldownPeriod"],
        pollingInterval: item["pollingInterval"],
        allowScalingRuleOverride: item["allowScalingRuleOverride"],
        rules: !item["rules"] ? item["rules"] : scaleRuleArraySerializer(item["rules"]),
    };
}
function scaleDeserializer(item) {
    return {
        minReplicas: item["minReplicas"],
        maxReplicas: item["maxReplicas"],
        cooldownPeriod: item["cooldownPeriod"],
        pollingInterval: item["pollingInterval"],
        allowScalingRuleOverride: item["allowScalingRuleOverride"],
        rules: !item["rules"] ? item["rules"] : scaleRuleArrayDeserializer(item["rules"]),
    };
}
function scaleRuleArraySerializer(result) {
    return result.map((item) => {
        return scaleRuleSerializer(item);
    });
}
function scaleRuleArrayDeserializer(result) {
    return result.map((item) => {
        return scaleRuleDeserializer(item);
    });
}
function scaleRuleSerializer(item) {
    return {
        name: item["name"],
        azureQueue: !item["azureQueue"]
            ? item["azureQueue"]
            : queueScaleRuleSerializer(item["azureQueue"]),
        custom: !item["custom"] ? item["custom"] : customScaleRuleSerializer(item["custom"]),
        http: !item["http"] ? item["http"] : httpScaleRuleSerializer(item["http"]),
        tcp: !item["tcp"] ? item["tcp"] : tcpScaleRuleSerializer(item["tcp"]),
    };
}
function scaleRuleDeserializer(item) {
    return {
        name: item["name"],
        azureQueue: !item["azureQueue"]
            ? item["azureQueue"]
            : queueScaleRuleDeserializer(item["azureQueue"]),
        custom: !item["custom"] ? item["custom"] : customScaleRuleDeserializer(item["custom"]),
        http: !item["http"] ? item["http"] : httpScaleRuleDeserializer(item["http"]),
        tcp: !item["tcp"] ? item["tcp"] : tcpScaleRuleDeserializer(item["tcp"]),
    };
}
function queueScaleRuleSerializer(item) {
    return {
        accountName: item["accountName"],
        queueName: item["queueName"],
        queueLength: item["queueLength"],
        auth: !item["auth"] ? item["auth"] : scaleRuleAuthArraySerializer(item["auth"]),
        identity: item["identity"],
    };
}
function queueScaleRuleDeserializer(item) {
    return {
        accountName: item["accountName"],
        queueName: item["queueName"],
        queueLength: item["queueLength"],
        auth: !item["auth"] ? item["auth"] : scaleRuleAuthArrayDeserializer(item["auth"]),
        identity: item["identity"],
    };
}
function scaleRuleAuthArraySerializer(result) {
    return result.map((item) => {
        return scaleRuleAuthSerializer(item);
    });
}
function scaleRuleAuthArrayDeserializer(result) {
    return result.map((item) => {
        return scaleRuleAuthDeserializer(item);
    });
}
function scaleRuleAuthSerializer(item) {
    return { secretRef: item["secretRef"], triggerParameter: item["triggerParameter"] };
}
function scaleRuleAuthDeserializer(item) {
    return {
        secretRef: item["secretRef"],
        triggerParameter: item["triggerParameter"],
    };
}
function customScaleRuleSerializer(item) {
    return {
        type: item["type"],
        metadata: item["metadata"],
        auth: !item["auth"] ? item["auth"] : scaleRuleAuthArraySerializer(item["auth"]),
        identity: item["identity"],
    };
}
function customScaleRuleDeserializer(item) {
    return {
        type: item["type"],
        metadata: !item["metadata"]
            ? item["metadata"]
            : Object.fromEntries(Object.entries(item["metadata"]).map(([k, p]) => [k, p])),
        auth: !item["auth"] ? item["auth"] : scaleRuleAuthArrayDeserializer(item["auth"]),
        identity: item["identity"],
    };
}
function httpScaleRuleSerializer(item) {
    return {
        metadata: item["metadata"],
        auth: !item["auth"] ? item["auth"] : scaleRuleAuthArraySerializer(item["auth"]),
        identity: item["identity"],
    };
}
function httpScaleRuleDeserializer(item) {
    return {
        metadata: !item["metadata"]
            ? item["metadata"]
            : Object.fromEntries(Object.entries(item["metadata"]).map(([k, p]) => [k, p])),
        auth: !item["auth"] ? item["auth"] : scaleRuleAuthArrayDeserializer(item["auth"]),
        identity: item["identity"],
    };
}
function tcpScaleRuleSerializer(item) {
    return {
        metadata: item["metadata"],
        auth: !item["auth"] ? item["auth"] : scaleRuleAuthArraySerializer(item["auth"]),
        identity: item["identity"],
    };
}
function tcpScaleRuleDeserializer(item) {
    return {
        metadata: !item["metadata"]
            ? item["metadata"]
            : Object.fromEntries(Object.entries(item["metadata"]).map(([k, p]) => [k, p])),
        auth: !item["auth"] ? item["auth"] : scaleRuleAuthArrayDeserializer(item["auth"]),
        identity: item["identity"],
    };
}
function volumeArraySerializer(result) {
    return result.map((item) => {
        return volumeSerializer(item);
    });
}
function volumeArrayDeserializer(result) {
    return result.map((item) => {
        return volumeDeserializer(item);
    });
}
function volumeSerializer(item) {
    return {
        name: item["name"],
        storageType: item["storageType"],
        storageName: item["storageName"],
        secrets: !item["secrets"] ? item["secrets"] : secretVolumeItemArraySerializer(item["secrets"]),
        mountOptions: item["mountOptions"],
    };
}
function volumeDeserializer(item) {
    return {
        name: item["name"],
        storageType: item["storageType"],
        storageName: item["storageName"],
        secrets: !item["secrets"]
            ? item["secrets"]
            : secretVolumeItemArrayDeserializer(item["secrets"]),
        mountOptions: item["mountOptions"],
    };
}
/** Storage type for the volume. If not provided, use EmptyDir. */
var KnownStorageType;
(function (KnownStorageType) {
    /** AzureFile */
    KnownStorageType["AzureFile"] = "AzureFile";
    /** EmptyDir */
    KnownStorageType["EmptyDir"] = "EmptyDir";
    /** Secret */
    KnownStorageType["Secret"] = "Secret";
    /** NfsAzureFile */
    KnownStorageType["NfsAzureFile"] = "NfsAzureFile";
})(KnownStorageType || (KnownStorageType = {}));
function secretVolumeItemArraySerializer(result) {
    return result.map((item) => {
        return secretVolumeItemSerializer(item);
    });
}
function secretVolumeItemArrayDeserializer(result) {
    return result.map((item) => {
        return secretVolumeItemDeserializer(item);
    });
}
function secretVolumeItemSerializer(item) {
    return { secretRef: item["secretRef"], path: item["path"] };
}
function secretVolumeItemDeserializer(item) {
    return {
        secretRef: item["secretRef"],
        path: item["path"],
    };
}
function serviceBindArraySerializer(result) {
    return result.map((item) => {
        return serviceBindSerializer(item);
    });
}
function serviceBindArrayDeserializer(result) {
    return result.map((item) => {
        return serviceBindDeserializer(item);
    });
}
function serviceBindSerializer(item) {
    return { serviceId: item["serviceId"], name: item["name"] };
}
function serviceBindDeserializer(item) {
    return {
        serviceId: item["serviceId"],
        name: item["name"],
    };
}
function extendedLocationSerializer(item) {
    return { name: item["name"], type: item["type"] };
}
function extendedLocationDeserializer(item) {
    return {
        name: item["name"],
        type: item["type"],
    };
}
/** The type of extendedLocation. */
var KnownExtendedLocationTypes;
(function (KnownExtendedLocationTypes) {
    /** CustomLocation */
    KnownExtendedLocationTypes["CustomLocation"] = "CustomLocation";
})(KnownExtendedLocationTypes || (KnownExtendedLocationTypes = {}));
/** Metadata to represent the container app kind, representing if a container app is workflowapp or functionapp. */
var KnownKind;
(function (KnownKind) {
    /** workflowapp */
    KnownKind["Workflowapp"] = "workflowapp";
    /** functionapp */
    KnownKind["Functionapp"] = "functionapp";
})(KnownKind || (KnownKind = {}));
function baseContainerSerializer(item) {
    return {
        image: item["image"],
        name: item["name"],
        command: !item["command"]
            ? item["command"]
            : item["command"].map((p) => {
                return p;
            }),
        args: !item["args"]
            ? item["args"]
            : item["args"].map((p) => {
                return p;
            }),
        env: !item["env"] ? item["env"] : environmentVarArraySerializer(item["env"]),
        resources: !item["resources"]
            ? item["resources"]
            : containerResourcesSerializer(item["resources"]),
        volumeMounts: !item["volumeMounts"]
            ? item["volumeMounts"]
            : volumeMountArraySerializer(item["volumeMounts"]),
    };
}
function baseContainerDeserializer(item) {
    return {
        image: item["image"],
        name: item["name"],
        command: !item["command"]
            ? item["command"]
            : item["command"].map((p) => {
                return p;
            }),
        args: !item["args"]
            ? item["args"]
            : item["args"].map((p) => {
                return p;
            }),
        env: !item["env"] ? item["env"] : environmentVarArrayDeserializer(item["env"]),
        resources: !item["resources"]
            ? item["resources"]
            : containerResourcesDeserializer(item["resources"]),
        volumeMounts: !item["volumeMounts"]
            ? item["volumeMounts"]
            : volumeMountArrayDeserializer(item["volumeMounts"]),
    };
}
function volumeMountArraySerializer(result) {
    return result.map((item) => {
        return volumeMountSerializer(item);
    });
}
function volumeMountArrayDeserializer(result) {
    return result.map((item) => {
        return volumeMountDeserializer(item);
    });
}
function volumeMountSerializer(item) {
    return { volumeName: item["volumeName"], mountPath: item["mountPath"], subPath: item["subPath"] };
}
function volumeMountDeserializer(item) {
    return {
        volumeName: item["volumeName"],
        mountPath: item["mountPath"],
        subPath: item["subPath"],
    };
}
function models_containerAppCollectionDeserializer(item) {
    return {
        value: containerAppArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
function containerAppArraySerializer(result) {
    return result.map((item) => {
        return models_containerAppSerializer(item);
    });
}
function containerAppArrayDeserializer(result) {
    return result.map((item) => {
        return models_containerAppDeserializer(item);
    });
}
function models_customHostnameAnalysisResultDeserializer(item) {
    return {
        hostName: item["hostName"],
        isHostnameAlreadyVerified: item["isHostnameAlreadyVerified"],
        customDomainVerificationTest: item["customDomainVerificationTest"],
        customDomainVerificationFailureInfo: !item["customDomainVerificationFailureInfo"]
            ? item["customDomainVerificationFailureInfo"]
            : customHostnameAnalysisResultCustomDomainVerificationFailureInfoDeserializer(item["customDomainVerificationFailureInfo"]),
        hasConflictOnManagedEnvironment: item["hasConflictOnManagedEnvironment"],
        conflictWithEnvironmentCustomDomain: item["conflictWithEnvironmentCustomDomain"],
        conflictingContainerAppResourceId: item["conflictingContainerAppResourceId"],
        cNameRecords: !item["cNameRecords"]
            ? item["cNameRecords"]
            : item["cNameRecords"].map((p) => {
                return p;
            }),
        txtRecords: !item["txtRecords"]
            ? item["txtRecords"]
            : item["txtRecords"].map((p) => {
                return p;
            }),
        aRecords: !item["aRecords"]
            ? item["aRecords"]
            : item["aRecords"].map((p) => {
                return p;
            }),
        alternateCNameRecords: !item["alternateCNameRecords"]
            ? item["alternateCNameRecords"]
            : item["alternateCNameRecords"].map((p) => {
                return p;
            }),
        alternateTxtRecords: !item["alternateTxtRecords"]
            ? item["alternateTxtRecords"]
            : item["alternateTxtRecords"].map((p) => {
                return p;
            }),
    };
}
function customHostnameAnalysisResultCustomDomainVerificationFailureInfoDeserializer(item) {
    return {
        code: item["code"],
        message: item["message"],
        target: item["target"],
        details: !item["details"]
            ? item["details"]
            : customHostnameAnalysisResultCustomDomainVerificationFailureInfoDetailsItemArrayDeserializer(item["details"]),
    };
}
function customHostnameAnalysisResultCustomDomainVerificationFailureInfoDetailsItemArrayDeserializer(result) {
    return result.map((item) => {
        return customHostnameAnalysisResultCustomDomainVerificationFailureInfoDetailsItemDeserializer(item);
    });
}
function customHostnameAnalysisResultCustomDomainVerificationFailureInfoDetailsItemDeserializer(item) {
    return {
        code: item["code"],
        message: item["message"],
        target: item["target"],
    };
}
function models_secretsCollectionDeserializer(item) {
    return {
        value: containerAppSecretArrayDeserializer(item["value"]),
    };
}
function containerAppSecretArrayDeserializer(result) {
    return result.map((item) => {
        return containerAppSecretDeserializer(item);
    });
}
function containerAppSecretDeserializer(item) {
    return {
        name: item["name"],
        value: item["value"],
        identity: item["identity"],
        keyVaultUrl: item["keyVaultUrl"],
    };
}
function models_containerAppAuthTokenDeserializer(item) {
    return {
        tags: !item["tags"]
            ? item["tags"]
            : Object.fromEntries(Object.entries(item["tags"]).map(([k, p]) => [k, p])),
        location: item["location"],
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
        ...(!item["properties"]
            ? item["properties"]
            : _containerAppAuthTokenPropertiesDeserializer(item["properties"])),
    };
}
function containerAppAuthTokenPropertiesDeserializer(item) {
    return {
        token: item["token"],
        expires: !item["expires"] ? item["expires"] : new Date(item["expires"]),
    };
}
function containerAppsFunctionDeserializer(item) {
    return {
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
        ...(!item["properties"]
            ? item["properties"]
            : _containerAppsFunctionPropertiesDeserializer(item["properties"])),
    };
}
function containerAppsFunctionPropertiesDeserializer(item) {
    return {
        invokeUrlTemplate: item["invokeUrlTemplate"],
        triggerType: item["triggerType"],
        language: item["language"],
        isDisabled: item["isDisabled"],
        state: item["state"],
    };
}
/** The state of a Container App function. */
var KnownContainerAppsFunctionState;
(function (KnownContainerAppsFunctionState) {
    /** The function is enabled. */
    KnownContainerAppsFunctionState["Enabled"] = "Enabled";
    /** The function is disabled. */
    KnownContainerAppsFunctionState["Disabled"] = "Disabled";
})(KnownContainerAppsFunctionState || (KnownContainerAppsFunctionState = {}));
function _containerAppsFunctionCollectionDeserializer(item) {
    return {
        value: containerAppsFunctionArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
function containerAppsFunctionArrayDeserializer(result) {
    return result.map((item) => {
        return containerAppsFunctionDeserializer(item);
    });
}
function models_revisionDeserializer(item) {
    return {
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
        ...(!item["properties"]
            ? item["properties"]
            : _revisionPropertiesDeserializer(item["properties"])),
    };
}
function revisionPropertiesDeserializer(item) {
    return {
        createdTime: !item["createdTime"] ? item["createdTime"] : new Date(item["createdTime"]),
        lastActiveTime: !item["lastActiveTime"]
            ? item["lastActiveTime"]
            : new Date(item["lastActiveTime"]),
        fqdn: item["fqdn"],
        template: !item["template"] ? item["template"] : templateDeserializer(item["template"]),
        active: item["active"],
        replicas: item["replicas"],
        trafficWeight: item["trafficWeight"],
        provisioningError: item["provisioningError"],
        healthState: item["healthState"],
        provisioningState: item["provisioningState"],
        runningState: item["runningState"],
    };
}
/** Current health State of the revision */
var KnownRevisionHealthState;
(function (KnownRevisionHealthState) {
    /** Healthy */
    KnownRevisionHealthState["Healthy"] = "Healthy";
    /** Unhealthy */
    KnownRevisionHealthState["Unhealthy"] = "Unhealthy";
    /** None */
    KnownRevisionHealthState["None"] = "None";
})(KnownRevisionHealthState || (KnownRevisionHealthState = {}));
/** Current provisioning State of the revision */
var KnownRevisionProvisioningState;
(function (KnownRevisionProvisioningState) {
    /** Provisioning */
    KnownRevisionProvisioningState["Provisioning"] = "Provisioning";
    /** Provisioned */
    KnownRevisionProvisioningState["Provisioned"] = "Provisioned";
    /** Failed */
    KnownRevisionProvisioningState["Failed"] = "Failed";
    /** Deprovisioning */
    KnownRevisionProvisioningState["Deprovisioning"] = "Deprovisioning";
    /** Deprovisioned */
    KnownRevisionProvisioningState["Deprovisioned"] = "Deprovisioned";
})(KnownRevisionProvisioningState || (KnownRevisionProvisioningState = {}));
/** Current running state of the revision */
var KnownRevisionRunningState;
(function (KnownRevisionRunningState) {
    /** Running */
    KnownRevisionRunningState["Running"] = "Running";
    /** Processing */
    KnownRevisionRunningState["Processing"] = "Processing";
    /** Stopped */
    KnownRevisionRunningState["Stopped"] = "Stopped";
    /** Degraded */
    KnownRevisionRunningState["Degraded"] = "Degraded";
    /** Failed */
    KnownRevisionRunningState["Failed"] = "Failed";
    /** Unknown */
    KnownRevisionRunningState["Unknown"] = "Unknown";
})(KnownRevisionRunningState || (KnownRevisionRunningState = {}));
function models_revisionCollectionDeserializer(item) {
    return {
        value: revisionArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
function revisionArrayDeserializer(result) {
    return result.map((item) => {
        return models_revisionDeserializer(item);
    });
}
function labelHistoryDeserializer(item) {
    return {
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
        properties: !item["properties"]
            ? item["properties"]
            : labelHistoryPropertiesDeserializer(item["properties"]),
    };
}
function labelHistoryPropertiesDeserializer(item) {
    return {
        records: !item["records"]
            ? item["records"]
            : labelHistoryRecordItemArrayDeserializer(item["records"]),
    };
}
function labelHistoryRecordItemArrayDeserializer(result) {
    return result.map((item) => {
        return labelHistoryRecordItemDeserializer(item);
    });
}
function labelHistoryRecordItemDeserializer(item) {
    return {
        revision: item["revision"],
        start: !item["start"] ? item["start"] : new Date(item["start"]),
        stop: !item["stop"] ? item["stop"] : new Date(item["stop"]),
        status: item["status"],
    };
}
/** Status of the label history record. */
var KnownStatus;
(function (KnownStatus) {
    /** The label operation completed successfully. */
    KnownStatus["Succeeded"] = "Succeeded";
    /** The label operation failed. */
    KnownStatus["Failed"] = "Failed";
    /** The label operation is starting. */
    KnownStatus["Starting"] = "Starting";
})(KnownStatus || (KnownStatus = {}));
function _labelHistoryCollectionDeserializer(item) {
    return {
        value: labelHistoryArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
function labelHistoryArrayDeserializer(result) {
    return result.map((item) => {
        return labelHistoryDeserializer(item);
    });
}
function models_replicaDeserializer(item) {
    return {
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
        ...(!item["properties"]
            ? item["properties"]
            : _replicaPropertiesDeserializer(item["properties"])),
    };
}
function replicaPropertiesDeserializer(item) {
    return {
        createdTime: !item["createdTime"] ? item["createdTime"] : new Date(item["createdTime"]),
        runningState: item["runningState"],
        runningStateDetails: item["runningStateDetails"],
        containers: !item["containers"]
            ? item["containers"]
            : replicaContainerArrayDeserializer(item["containers"]),
        initContainers: !item["initContainers"]
            ? item["initContainers"]
            : replicaContainerArrayDeserializer(item["initContainers"]),
    };
}
/** Current running state of the replica */
var KnownContainerAppReplicaRunningState;
(function (KnownContainerAppReplicaRunningState) {
    /** Running */
    KnownContainerAppReplicaRunningState["Running"] = "Running";
    /** NotRunning */
    KnownContainerAppReplicaRunningState["NotRunning"] = "NotRunning";
    /** Unknown */
    KnownContainerAppReplicaRunningState["Unknown"] = "Unknown";
})(KnownContainerAppReplicaRunningState || (KnownContainerAppReplicaRunningState = {}));
function replicaContainerArrayDeserializer(result) {
    return result.map((item) => {
        return replicaContainerDeserializer(item);
    });
}
function replicaContainerDeserializer(item) {
    return {
        name: item["name"],
        containerId: item["containerId"],
        ready: item["ready"],
        started: item["started"],
        restartCount: item["restartCount"],
        runningState: item["runningState"],
        runningStateDetails: item["runningStateDetails"],
        logStreamEndpoint: item["logStreamEndpoint"],
        execEndpoint: item["execEndpoint"],
        debugEndpoint: item["debugEndpoint"],
    };
}
/** Current running state of the container */
var KnownContainerAppContainerRunningState;
(function (KnownContainerAppContainerRunningState) {
    /** Running */
    KnownContainerAppContainerRunningState["Running"] = "Running";
    /** Terminated */
    KnownContainerAppContainerRunningState["Terminated"] = "Terminated";
    /** Waiting */
    KnownContainerAppContainerRunningState["Waiting"] = "Waiting";
})(KnownContainerAppContainerRunningState || (KnownContainerAppContainerRunningState = {}));
function models_replicaCollectionDeserializer(item) {
    return {
        value: replicaArrayDeserializer(item["value"]),
    };
}
function replicaArrayDeserializer(result) {
    return result.map((item) => {
        return models_replicaDeserializer(item);
    });
}
function dotNetComponentSerializer(item) {
    return {
        properties: areAllPropsUndefined(item, ["componentType", "configurations", "serviceBinds"])
            ? undefined
            : _dotNetComponentPropertiesSerializer(item),
    };
}
function dotNetComponentDeserializer(item) {
    return {
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
        ...(!item["properties"]
            ? item["properties"]
            : _dotNetComponentPropertiesDeserializer(item["properties"])),
    };
}
function dotNetComponentPropertiesSerializer(item) {
    return {
        componentType: item["componentType"],
        configurations: !item["configurations"]
            ? item["configurations"]
            : dotNetComponentConfigurationPropertyArraySerializer(item["configurations"]),
        serviceBinds: !item["serviceBinds"]
            ? item["serviceBinds"]
            : dotNetComponentServiceBindArraySerializer(item["serviceBinds"]),
    };
}
function dotNetComponentPropertiesDeserializer(item) {
    return {
        componentType: item["componentType"],
        provisioningState: item["provisioningState"],
        configurations: !item["configurations"]
            ? item["configurations"]
            : dotNetComponentConfigurationPropertyArrayDeserializer(item["configurations"]),
        serviceBinds: !item["serviceBinds"]
            ? item["serviceBinds"]
            : dotNetComponentServiceBindArrayDeserializer(item["serviceBinds"]),
    };
}
/** Type of the .NET Component. */
var KnownDotNetComponentType;
(function (KnownDotNetComponentType) {
    /** An Aspire dashboard component. */
    KnownDotNetComponentType["AspireDashboard"] = "AspireDashboard";
})(KnownDotNetComponentType || (KnownDotNetComponentType = {}));
/** Provisioning state of the .NET Component. */
var KnownDotNetComponentProvisioningState;
(function (KnownDotNetComponentProvisioningState) {
    /** The .NET component was provisioned successfully. */
    KnownDotNetComponentProvisioningState["Succeeded"] = "Succeeded";
    /** The .NET component failed to provision. */
    KnownDotNetComponentProvisioningState["Failed"] = "Failed";
    /** Provisioning of the .NET component was canceled. */
    KnownDotNetComponentProvisioningState["Canceled"] = "Canceled";
    /** The .NET component is being deleted. */
    KnownDotNetComponentProvisioningState["Deleting"] = "Deleting";
    /** The .NET component is being provisioned. */
    KnownDotNetComponentProvisioningState["InProgress"] = "InProgress";
})(KnownDotNetComponentProvisioningState || (KnownDotNetComponentProvisioningState = {}));
function dotNetComponentConfigurationPropertyArraySerializer(result) {
    return result.map((item) => {
        return dotNetComponentConfigurationPropertySerializer(item);
    });
}
function dotNetComponentConfigurationPropertyArrayDeserializer(result) {
    return result.map((item) => {
        return dotNetComponentConfigurationPropertyDeserializer(item);
    });
}
function dotNetComponentConfigurationPropertySerializer(item) {
    return { propertyName: item["propertyName"], value: item["value"] };
}
function dotNetComponentConfigurationPropertyDeserializer(item) {
    return {
        propertyName: item["propertyName"],
        value: item["value"],
    };
}
function dotNetComponentServiceBindArraySerializer(result) {
    return result.map((item) => {
        return dotNetComponentServiceBindSerializer(item);
    });
}
function dotNetComponentServiceBindArrayDeserializer(result) {
    return result.map((item) => {
        return dotNetComponentServiceBindDeserializer(item);
    });
}
function dotNetComponentServiceBindSerializer(item) {
    return { name: item["name"], serviceId: item["serviceId"] };
}
function dotNetComponentServiceBindDeserializer(item) {
    return {
        name: item["name"],
        serviceId: item["serviceId"],
    };
}
function _dotNetComponentsCollectionDeserializer(item) {
    return {
        value: dotNetComponentArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
function dotNetComponentArraySerializer(result) {
    return result.map((item) => {
        return dotNetComponentSerializer(item);
    });
}
function dotNetComponentArrayDeserializer(result) {
    return result.map((item) => {
        return dotNetComponentDeserializer(item);
    });
}
function javaComponentSerializer(item) {
    return {
        properties: !item["properties"]
            ? item["properties"]
            : javaComponentPropertiesUnionSerializer(item["properties"]),
    };
}
function javaComponentDeserializer(item) {
    return {
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
        properties: !item["properties"]
            ? item["properties"]
            : javaComponentPropertiesUnionDeserializer(item["properties"]),
    };
}
function javaComponentPropertiesSerializer(item) {
    return {
        componentType: item["componentType"],
        configurations: !item["configurations"]
            ? item["configurations"]
            : javaComponentConfigurationPropertyArraySerializer(item["configurations"]),
        scale: !item["scale"] ? item["scale"] : javaComponentPropertiesScaleSerializer(item["scale"]),
        serviceBinds: !item["serviceBinds"]
            ? item["serviceBinds"]
            : javaComponentServiceBindArraySerializer(item["serviceBinds"]),
    };
}
function javaComponentPropertiesDeserializer(item) {
    return {
        componentType: item["componentType"],
        provisioningState: item["provisioningState"],
        configurations: !item["configurations"]
            ? item["configurations"]
            : javaComponentConfigurationPropertyArrayDeserializer(item["configurations"]),
        scale: !item["scale"] ? item["scale"] : javaComponentPropertiesScaleDeserializer(item["scale"]),
        serviceBinds: !item["serviceBinds"]
            ? item["serviceBinds"]
            : javaComponentServiceBindArrayDeserializer(item["serviceBinds"]),
    };
}
function javaComponentPropertiesUnionSerializer(item) {
    switch (item.componentType) {
        case "SpringBootAdmin":
            return springBootAdminComponentSerializer(item);
        case "SpringCloudEureka":
            return springCloudEurekaComponentSerializer(item);
        case "SpringCloudConfig":
            return springCloudConfigComponentSerializer(item);
        default:
            return javaComponentPropertiesSerializer(item);
    }
}
function javaComponentPropertiesUnionDeserializer(item) {
    switch (item["componentType"]) {
        case "SpringBootAdmin":
            return springBootAdminComponentDeserializer(item);
        case "SpringCloudEureka":
            return springCloudEurekaComponentDeserializer(item);
        case "SpringCloudConfig":
            return springCloudConfigComponentDeserializer(item);
        default:
            return javaComponentPropertiesDeserializer(item);
    }
}
/** Type of the Java Component. */
var KnownJavaComponentType;
(function (KnownJavaComponentType) {
    /** SpringBootAdmin */
    KnownJavaComponentType["SpringBootAdmin"] = "SpringBootAdmin";
    /** SpringCloudEureka */
    KnownJavaComponentType["SpringCloudEureka"] = "SpringCloudEureka";
    /** SpringCloudConfig */
    KnownJavaComponentType["SpringCloudConfig"] = "SpringCloudConfig";
})(KnownJavaComponentType || (KnownJavaComponentType = {}));
/** Provisioning state of the Java Component. */
var KnownJavaComponentProvisioningState;
(function (KnownJavaComponentProvisioningState) {
    /** Succeeded */
    KnownJavaComponentProvisioningState["Succeeded"] = "Succeeded";
    /** Failed */
    KnownJavaComponentProvisioningState["Failed"] = "Failed";
    /** Canceled */
    KnownJavaComponentProvisioningState["Canceled"] = "Canceled";
    /** Deleting */
    KnownJavaComponentProvisioningState["Deleting"] = "Deleting";
    /** InProgress */
    KnownJavaComponentProvisioningState["InProgress"] = "InProgress";
})(KnownJavaComponentProvisioningState || (KnownJavaComponentProvisioningState = {}));
function javaComponentConfigurationPropertyArraySerializer(result) {
    return result.map((item) => {
        return javaComponentConfigurationPropertySerializer(item);
    });
}
function javaComponentConfigurationPropertyArrayDeserializer(result) {
    return result.map((item) => {
        return javaComponentConfigurationPropertyDeserializer(item);
    });
}
function javaComponentConfigurationPropertySerializer(item) {
    return { propertyName: item["propertyName"], value: item["value"] };
}
function javaComponentConfigurationPropertyDeserializer(item) {
    return {
        propertyName: item["propertyName"],
        value: item["value"],
    };
}
function javaComponentPropertiesScaleSerializer(item) {
    return { minReplicas: item["minReplicas"], maxReplicas: item["maxReplicas"] };
}
function javaComponentPropertiesScaleDeserializer(item) {
    return {
        minReplicas: item["minReplicas"],
        maxReplicas: item["maxReplicas"],
    };
}
function javaComponentServiceBindArraySerializer(result) {
    return result.map((item) => {
        return javaComponentServiceBindSerializer(item);
    });
}
function javaComponentServiceBindArrayDeserializer(result) {
    return result.map((item) => {
        return javaComponentServiceBindDeserializer(item);
    });
}
function javaComponentServiceBindSerializer(item) {
    return { name: item["name"], serviceId: item["serviceId"] };
}
function javaComponentServiceBindDeserializer(item) {
    return {
        name: item["name"],
        serviceId: item["serviceId"],
    };
}
function springBootAdminComponentSerializer(item) {
    return {
        componentType: item["componentType"],
        configurations: !item["configurations"]
            ? item["configurations"]
            : javaComponentConfigurationPropertyArraySerializer(item["configurations"]),
        scale: !item["scale"] ? item["scale"] : javaComponentPropertiesScaleSerializer(item["scale"]),
        serviceBinds: !item["serviceBinds"]
            ? item["serviceBinds"]
            : javaComponentServiceBindArraySerializer(item["serviceBinds"]),
        ingress: !item["ingress"] ? item["ingress"] : javaComponentIngressSerializer(item["ingress"]),
    };
}
function springBootAdminComponentDeserializer(item) {
    return {
        componentType: item["componentType"],
        provisioningState: item["provisioningState"],
        configurations: !item["configurations"]
            ? item["configurations"]
            : javaComponentConfigurationPropertyArrayDeserializer(item["configurations"]),
        scale: !item["scale"] ? item["scale"] : javaComponentPropertiesScaleDeserializer(item["scale"]),
        serviceBinds: !item["serviceBinds"]
            ? item["serviceBinds"]
            : javaComponentServiceBindArrayDeserializer(item["serviceBinds"]),
        ingress: !item["ingress"] ? item["ingress"] : javaComponentIngressDeserializer(item["ingress"]),
    };
}
function javaComponentIngressSerializer(_item) {
    return {};
}
function javaComponentIngressDeserializer(item) {
    return {
        fqdn: item["fqdn"],
    };
}
function springCloudEurekaComponentSerializer(item) {
    return {
        componentType: item["componentType"],
        configurations: !item["configurations"]
            ? item["configurations"]
            : javaComponentConfigurationPropertyArraySerializer(item["configurations"]),
        scale: !item["scale"] ? item["scale"] : javaComponentPropertiesScaleSerializer(item["scale"]),
        serviceBinds: !item["serviceBinds"]
            ? item["serviceBinds"]
            : javaComponentServiceBindArraySerializer(item["serviceBinds"]),
        ingress: !item["ingress"] ? item["ingress"] : javaComponentIngressSerializer(item["ingress"]),
    };
}
function springCloudEurekaComponentDeserializer(item) {
    return {
        componentType: item["componentType"],
        provisioningState: item["provisioningState"],
        configurations: !item["configurations"]
            ? item["configurations"]
            : javaComponentConfigurationPropertyArrayDeserializer(item["configurations"]),
        scale: !item["scale"] ? item["scale"] : javaComponentPropertiesScaleDeserializer(item["scale"]),
        serviceBinds: !item["serviceBinds"]
            ? item["serviceBinds"]
            : javaComponentServiceBindArrayDeserializer(item["serviceBinds"]),
        ingress: !item["ingress"] ? item["ingress"] : javaComponentIngressDeserializer(item["ingress"]),
    };
}
function springCloudConfigComponentSerializer(item) {
    return {
        componentType: item["componentType"],
        configurations: !item["configurations"]
            ? item["configurations"]
            : javaComponentConfigurationPropertyArraySerializer(item["configurations"]),
        scale: !item["scale"] ? item["scale"] : javaComponentPropertiesScaleSerializer(item["scale"]),
        serviceBinds: !item["serviceBinds"]
            ? item["serviceBinds"]
            : javaComponentServiceBindArraySerializer(item["serviceBinds"]),
    };
}
function springCloudConfigComponentDeserializer(item) {
    return {
        componentType: item["componentType"],
        provisioningState: item["provisioningState"],
        configurations: !item["configurations"]
            ? item["configurations"]
            : javaComponentConfigurationPropertyArrayDeserializer(item["configurations"]),
        scale: !item["scale"] ? item["scale"] : javaComponentPropertiesScaleDeserializer(item["scale"]),
        serviceBinds: !item["serviceBinds"]
            ? item["serviceBinds"]
            : javaComponentServiceBindArrayDeserializer(item["serviceBinds"]),
    };
}
function _javaComponentsCollectionDeserializer(item) {
    return {
        value: javaComponentArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
function javaComponentArraySerializer(result) {
    return result.map((item) => {
        return javaComponentSerializer(item);
    });
}
function javaComponentArrayDeserializer(result) {
    return result.map((item) => {
        return javaComponentDeserializer(item);
    });
}
function logicAppSerializer(_item) {
    return {};
}
function logicAppDeserializer(item) {
    return {
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
    };
}
function workflowEnvelopeDeserializer(item) {
    return {
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
        properties: !item["properties"]
            ? item["properties"]
            : workflowEnvelopePropertiesDeserializer(item["properties"]),
        kind: item["kind"],
    };
}
function workflowEnvelopePropertiesDeserializer(item) {
    return {
        files: item["files"],
        flowState: item["flowState"],
        health: !item["health"] ? item["health"] : workflowHealthDeserializer(item["health"]),
    };
}
/** The workflow state. */
var KnownWorkflowState;
(function (KnownWorkflowState) {
    /** NotSpecified */
    KnownWorkflowState["NotSpecified"] = "NotSpecified";
    /** Completed */
    KnownWorkflowState["Completed"] = "Completed";
    /** Enabled */
    KnownWorkflowState["Enabled"] = "Enabled";
    /** Disabled */
    KnownWorkflowState["Disabled"] = "Disabled";
    /** Deleted */
    KnownWorkflowState["Deleted"] = "Deleted";
    /** Suspended */
    KnownWorkflowState["Suspended"] = "Suspended";
})(KnownWorkflowState || (KnownWorkflowState = {}));
function workflowHealthDeserializer(item) {
    return {
        state: item["state"],
        error: !item["error"] ? item["error"] : errorEntityDeserializer(item["error"]),
    };
}
function errorEntityDeserializer(item) {
    return {
        extendedCode: item["extendedCode"],
        messageTemplate: item["messageTemplate"],
        parameters: !item["parameters"]
            ? item["parameters"]
            : item["parameters"].map((p) => {
                return p;
            }),
        innerErrors: !item["innerErrors"]
            ? item["innerErrors"]
            : errorEntityArrayDeserializer(item["innerErrors"]),
        details: !item["details"] ? item["details"] : errorEntityArrayDeserializer(item["details"]),
        target: item["target"],
        code: item["code"],
        message: item["message"],
    };
}
function errorEntityArrayDeserializer(result) {
    return result.map((item) => {
        return errorEntityDeserializer(item);
    });
}
/** Gets the logic app hybrid workflow kind. */
var KnownWorkflowKind;
(function (KnownWorkflowKind) {
    /** Stateful */
    KnownWorkflowKind["Stateful"] = "Stateful";
    /** Stateless */
    KnownWorkflowKind["Stateless"] = "Stateless";
    /** Agentic */
    KnownWorkflowKind["Agentic"] = "Agentic";
})(KnownWorkflowKind || (KnownWorkflowKind = {}));
function _workflowEnvelopeCollectionDeserializer(item) {
    return {
        value: workflowEnvelopeArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
function workflowEnvelopeArrayDeserializer(result) {
    return result.map((item) => {
        return workflowEnvelopeDeserializer(item);
    });
}
function authConfigSerializer(item) {
    return {
        properties: areAllPropsUndefined(item, [
            "platform",
            "globalValidation",
            "identityProviders",
            "login",
            "httpSettings",
            "encryptionSettings",
        ])
            ? undefined
            : _authConfigPropertiesSerializer(item),
    };
}
function authConfigDeserializer(item) {
    return {
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
        ...(!item["properties"]
            ? item["properties"]
            : _authConfigPropertiesDeserializer(item["properties"])),
    };
}
function authConfigPropertiesSerializer(item) {
    return {
        platform: !item["platform"] ? item["platform"] : authPlatformSerializer(item["platform"]),
        globalValidation: !item["globalValidation"]
            ? item["globalValidation"]
            : globalValidationSerializer(item["globalValidation"]),
        identityProviders: !item["identityProviders"]
            ? item["identityProviders"]
            : identityProvidersSerializer(item["identityProviders"]),
        login: !item["login"] ? item["login"] : loginSerializer(item["login"]),
        httpSettings: !item["httpSettings"]
            ? item["httpSettings"]
            : httpSettingsSerializer(item["httpSettings"]),
        encryptionSettings: !item["encryptionSettings"]
            ? item["encryptionSettings"]
            : encryptionSettingsSerializer(item["encryptionSettings"]),
    };
}
function authConfigPropertiesDeserializer(item) {
    return {
        platform: !item["platform"] ? item["platform"] : authPlatformDeserializer(item["platform"]),
        globalValidation: !item["globalValidation"]
            ? item["globalValidation"]
            : globalValidationDeserializer(item["globalValidation"]),
        identityProviders: !item["identityProviders"]
            ? item["identityProviders"]
            : identityProvidersDeserializer(item["identityProviders"]),
        login: !item["login"] ? item["login"] : loginDeserializer(item["login"]),
        httpSettings: !item["httpSettings"]
            ? item["httpSettings"]
            : httpSettingsDeserializer(item["httpSettings"]),
        encryptionSettings: !item["encryptionSettings"]
            ? item["encryptionSettings"]
            : encryptionSettingsDeserializer(item["encryptionSettings"]),
    };
}
function authPlatformSerializer(item) {
    return { enabled: item["enabled"], runtimeVersion: item["runtimeVersion"] };
}
function authPlatformDeserializer(item) {
    return {
        enabled: item["enabled"],
        runtimeVersion: item["runtimeVersion"],
    };
}
function globalValidationSerializer(item) {
    return {
        unauthenticatedClientAction: item["unauthenticatedClientAction"],
        redirectToProvider: item["redirectToProvider"],
        excludedPaths: !item["excludedPaths"]
            ? item["excludedPaths"]
            : item["excludedPaths"].map((p) => {
                return p;
            }),
    };
}
function globalValidationDeserializer(item) {
    return {
        unauthenticatedClientAction: item["unauthenticatedClientAction"],
        redirectToProvider: item["redirectToProvider"],
        excludedPaths: !item["excludedPaths"]
            ? item["excludedPaths"]
            : item["excludedPaths"].map((p) => {
                return p;
            }),
    };
}
function identityProvidersSerializer(item) {
    return {
        azureActiveDirectory: !item["azureActiveDirectory"]
            ? item["azureActiveDirectory"]
            : azureActiveDirectorySerializer(item["azureActiveDirectory"]),
        facebook: !item["facebook"] ? item["facebook"] : facebookSerializer(item["facebook"]),
        gitHub: !item["gitHub"] ? item["gitHub"] : gitHubSerializer(item["gitHub"]),
        google: !item["google"] ? item["google"] : googleSerializer(item["google"]),
        twitter: !item["twitter"] ? item["twitter"] : twitterSerializer(item["twitter"]),
        apple: !item["apple"] ? item["apple"] : appleSerializer(item["apple"]),
        azureStaticWebApps: !item["azureStaticWebApps"]
            ? item["azureStaticWebApps"]
            : azureStaticWebAppsSerializer(item["azureStaticWebApps"]),
        customOpenIdConnectProviders: !item["customOpenIdConnectProviders"]
            ? item["customOpenIdConnectProviders"]
            : customOpenIdConnectProviderRecordSerializer(item["customOpenIdConnectProviders"]),
    };
}
function identityProvidersDeserializer(item) {
    return {
        azureActiveDirectory: !item["azureActiveDirectory"]
            ? item["azureActiveDirectory"]
            : azureActiveDirectoryDeserializer(item["azureActiveDirectory"]),
        facebook: !item["facebook"] ? item["facebook"] : facebookDeserializer(item["facebook"]),
        gitHub: !item["gitHub"] ? item["gitHub"] : gitHubDeserializer(item["gitHub"]),
        google: !item["google"] ? item["google"] : googleDeserializer(item["google"]),
        twitter: !item["twitter"] ? item["twitter"] : twitterDeserializer(item["twitter"]),
        apple: !item["apple"] ? item["apple"] : appleDeserializer(item["apple"]),
        azureStaticWebApps: !item["azureStaticWebApps"]
            ? item["azureStaticWebApps"]
            : azureStaticWebAppsDeserializer(item["azureStaticWebApps"]),
        customOpenIdConnectProviders: !item["customOpenIdConnectProviders"]
            ? item["customOpenIdConnectProviders"]
            : customOpenIdConnectProviderRecordDeserializer(item["customOpenIdConnectProviders"]),
    };
}
function azureActiveDirectorySerializer(item) {
    return {
        enabled: item["enabled"],
        registration: !item["registration"]
            ? item["registration"]
            : azureActiveDirectoryRegistrationSerializer(item["registration"]),
        login: !item["login"] ? item["login"] : azureActiveDirectoryLoginSerializer(item["login"]),
        validation: !item["validation"]
            ? item["validation"]
            : azureActiveDirectoryValidationSerializer(item["validation"]),
        isAutoProvisioned: item["isAutoProvisioned"],
    };
}
function azureActiveDirectoryDeserializer(item) {
    return {
        enabled: item["enabled"],
        registration: !item["registration"]
            ? item["registration"]
            : azureActiveDirectoryRegistrationDeserializer(item["registration"]),
        login: !item["login"] ? item["login"] : azureActiveDirectoryLoginDeserializer(item["login"]),
        validation: !item["validation"]
            ? item["validation"]
            : azureActiveDirectoryValidationDeserializer(item["validation"]),
        isAutoProvisioned: item["isAutoProvisioned"],
    };
}
function azureActiveDirectoryRegistrationSerializer(item) {
    return {
        openIdIssuer: item["openIdIssuer"],
        clientId: item["clientId"],
        clientSecretSettingName: item["clientSecretSettingName"],
        clientSecretCertificateThumbprint: item["clientSecretCertificateThumbprint"],
        clientSecretCertificateSubjectAlternativeName: item["clientSecretCertificateSubjectAlternativeName"],
        clientSecretCertificateIssuer: item["clientSecretCertificateIssuer"],
    };
}
function azureActiveDirectoryRegistrationDeserializer(item) {
    return {
        openIdIssuer: item["openIdIssuer"],
        clientId: item["clientId"],
        clientSecretSettingName: item["clientSecretSettingName"],
        clientSecretCertificateThumbprint: item["clientSecretCertificateThumbprint"],
        clientSecretCertificateSubjectAlternativeName: item["clientSecretCertificateSubjectAlternativeName"],
        clientSecretCertificateIssuer: item["clientSecretCertificateIssuer"],
    };
}
function azureActiveDirectoryLoginSerializer(item) {
    return {
        loginParameters: !item["loginParameters"]
            ? item["loginParameters"]
            : item["loginParameters"].map((p) => {
                return p;
            }),
        disableWWWAuthenticate: item["disableWWWAuthenticate"],
    };
}
function azureActiveDirectoryLoginDeserializer(item) {
    return {
        loginParameters: !item["loginParameters"]
            ? item["loginParameters"]
            : item["loginParameters"].map((p) => {
                return p;
            }),
        disableWWWAuthenticate: item["disableWWWAuthenticate"],
    };
}
function azureActiveDirectoryValidationSerializer(item) {
    return {
        jwtClaimChecks: !item["jwtClaimChecks"]
            ? item["jwtClaimChecks"]
            : jwtClaimChecksSerializer(item["jwtClaimChecks"]),
        allowedAudiences: !item["allowedAudiences"]
            ? item["allowedAudiences"]
            : item["allowedAudiences"].map((p) => {
                return p;
            }),
        defaultAuthorizationPolicy: !item["defaultAuthorizationPolicy"]
            ? item["defaultAuthorizationPolicy"]
            : defaultAuthorizationPolicySerializer(item["defaultAuthorizationPolicy"]),
    };
}
function azureActiveDirectoryValidationDeserializer(item) {
    return {
        jwtClaimChecks: !item["jwtClaimChecks"]
            ? item["jwtClaimChecks"]
            : jwtClaimChecksDeserializer(item["jwtClaimChecks"]),
        allowedAudiences: !item["allowedAudiences"]
            ? item["allowedAudiences"]
            : item["allowedAudiences"].map((p) => {
                return p;
            }),
        defaultAuthorizationPolicy: !item["defaultAuthorizationPolicy"]
            ? item["defaultAuthorizationPolicy"]
            : defaultAuthorizationPolicyDeserializer(item["defaultAuthorizationPolicy"]),
    };
}
function jwtClaimChecksSerializer(item) {
    return {
        allowedGroups: !item["allowedGroups"]
            ? item["allowedGroups"]
            : item["allowedGroups"].map((p) => {
                return p;
            }),
        allowedClientApplications: !item["allowedClientApplications"]
            ? item["allowedClientApplications"]
            : item["allowedClientApplications"].map((p) => {
                return p;
            }),
    };
}
function jwtClaimChecksDeserializer(item) {
    return {
        allowedGroups: !item["allowedGroups"]
            ? item["allowedGroups"]
            : item["allowedGroups"].map((p) => {
                return p;
            }),
        allowedClientApplications: !item["allowedClientApplications"]
            ? item["allowedClientApplications"]
            : item["allowedClientApplications"].map((p) => {
                return p;
            }),
    };
}
function defaultAuthorizationPolicySerializer(item) {
    return {
        allowedPrincipals: !item["allowedPrincipals"]
            ? item["allowedPrincipals"]
            : allowedPrincipalsSerializer(item["allowedPrincipals"]),
        allowedApplications: !item["allowedApplications"]
            ? item["allowedApplications"]
            : item["allowedApplications"].map((p) => {
                return p;
            }),
    };
}
function defaultAuthorizationPolicyDeserializer(item) {
    return {
        allowedPrincipals: !item["allowedPrincipals"]
            ? item["allowedPrincipals"]
            : allowedPrincipalsDeserializer(item["allowedPrincipals"]),
        allowedApplications: !item["allowedApplications"]
            ? item["allowedApplications"]
            : item["allowedApplications"].map((p) => {
                return p;
            }),
    };
}
function allowedPrincipalsSerializer(item) {
    return {
        groups: !item["groups"]
            ? item["groups"]
            : item["groups"].map((p) => {
                return p;
            }),
        identities: !item["identities"]
            ? item["identities"]
            : item["identities"].map((p) => {
                return p;
            }),
    };
}
function allowedPrincipalsDeserializer(item) {
    return {
        groups: !item["groups"]
            ? item["groups"]
            : item["groups"].map((p) => {
                return p;
            }),
        identities: !item["identities"]
            ? item["identities"]
            : item["identities"].map((p) => {
                return p;
            }),
    };
}
function facebookSerializer(item) {
    return {
        enabled: item["enabled"],
        registration: !item["registration"]
            ? item["registration"]
            : appRegistrationSerializer(item["registration"]),
        graphApiVersion: item["graphApiVersion"],
        login: !item["login"] ? item["login"] : loginScopesSerializer(item["login"]),
    };
}
function facebookDeserializer(item) {
    return {
        enabled: item["enabled"],
        registration: !item["registration"]
            ? item["registration"]
            : appRegistrationDeserializer(item["registration"]),
        graphApiVersion: item["graphApiVersion"],
        login: !item["login"] ? item["login"] : loginScopesDeserializer(item["login"]),
    };
}
function appRegistrationSerializer(item) {
    return { appId: item["appId"], appSecretSettingName: item["appSecretSettingName"] };
}
function appRegistrationDeserializer(item) {
    return {
        appId: item["appId"],
        appSecretSettingName: item["appSecretSettingName"],
    };
}
function loginScopesSerializer(item) {
    return {
        scopes: !item["scopes"]
            ? item["scopes"]
            : item["scopes"].map((p) => {
                return p;
            }),
    };
}
function loginScopesDeserializer(item) {
    return {
        scopes: !item["scopes"]
            ? item["scopes"]
            : item["scopes"].map((p) => {
                return p;
            }),
    };
}
function gitHubSerializer(item) {
    return {
        enabled: item["enabled"],
        registration: !item["registration"]
            ? item["registration"]
            : clientRegistrationSerializer(item["registration"]),
        login: !item["login"] ? item["login"] : loginScopesSerializer(item["login"]),
    };
}
function gitHubDeserializer(item) {
    return {
        enabled: item["enabled"],
        registration: !item["registration"]
            ? item["registration"]
            : clientRegistrationDeserializer(item["registration"]),
        login: !item["login"] ? item["login"] : loginScopesDeserializer(item["login"]),
    };
}
function clientRegistrationSerializer(item) {
    return { clientId: item["clientId"], clientSecretSettingName: item["clientSecretSettingName"] };
}
function clientRegistrationDeserializer(item) {
    return {
        clientId: item["clientId"],
        clientSecretSettingName: item["clientSecretSettingName"],
    };
}
function googleSerializer(item) {
    return {
        enabled: item["enabled"],
        registration: !item["registration"]
            ? item["registration"]
            : clientRegistrationSerializer(item["registration"]),
        login: !item["login"] ? item["login"] : loginScopesSerializer(item["login"]),
        validation: !item["validation"]
            ? item["validation"]
            : allowedAudiencesValidationSerializer(item["validation"]),
    };
}
function googleDeserializer(item) {
    return {
        enabled: item["enabled"],
        registration: !item["registration"]
            ? item["registration"]
            : clientRegistrationDeserializer(item["registration"]),
        login: !item["login"] ? item["login"] : loginScopesDeserializer(item["login"]),
        validation: !item["validation"]
            ? item["validation"]
            : allowedAudiencesValidationDeserializer(item["validation"]),
    };
}
function allowedAudiencesValidationSerializer(item) {
    return {
        allowedAudiences: !item["allowedAudiences"]
            ? item["allowedAudiences"]
            : item["allowedAudiences"].map((p) => {
                return p;
            }),
    };
}
function allowedAudiencesValidationDeserializer(item) {
    return {
        allowedAudiences: !item["allowedAudiences"]
            ? item["allowedAudiences"]
            : item["allowedAudiences"].map((p) => {
                return p;
            }),
    };
}
function twitterSerializer(item) {
    return {
        enabled: item["enabled"],
        registration: !item["registration"]
            ? item["registration"]
            : twitterRegistrationSerializer(item["registration"]),
    };
}
function twitterDeserializer(item) {
    return {
        enabled: item["enabled"],
        registration: !item["registration"]
            ? item["registration"]
            : twitterRegistrationDeserializer(item["registration"]),
    };
}
function twitterRegistrationSerializer(item) {
    return {
        consumerKey: item["consumerKey"],
        consumerSecretSettingName: item["consumerSecretSettingName"],
    };
}
function twitterRegistrationDeserializer(item) {
    return {
        consumerKey: item["consumerKey"],
        consumerSecretSettingName: item["consumerSecretSettingName"],
    };
}
function appleSerializer(item) {
    return {
        enabled: item["enabled"],
        registration: !item["registration"]
            ? item["registration"]
            : appleRegistrationSerializer(item["registration"]),
        login: !item["login"] ? item["login"] : loginScopesSerializer(item["login"]),
    };
}
function appleDeserializer(item) {
    return {
        enabled: item["enabled"],
        registration: !item["registration"]
            ? item["registration"]
            : appleRegistrationDeserializer(item["registration"]),
        login: !item["login"] ? item["login"] : loginScopesDeserializer(item["login"]),
    };
}
function appleRegistrationSerializer(item) {
    return { clientId: item["clientId"], clientSecretSettingName: item["clientSecretSettingName"] };
}
function appleRegistrationDeserializer(item) {
    return {
        clientId: item["clientId"],
        clientSecretSettingName: item["clientSecretSettingName"],
    };
}
function azureStaticWebAppsSerializer(item) {
    return {
        enabled: item["enabled"],
        registration: !item["registration"]
            ? item["registration"]
            : azureStaticWebAppsRegistrationSerializer(item["registration"]),
    };
}
function azureStaticWebAppsDeserializer(item) {
    return {
        enabled: item["enabled"],
        registration: !item["registration"]
            ? item["registration"]
            : azureStaticWebAppsRegistrationDeserializer(item["registration"]),
    };
}
function azureStaticWebAppsRegistrationSerializer(item) {
    return { clientId: item["clientId"] };
}
function azureStaticWebAppsRegistrationDeserializer(item) {
    return {
        clientId: item["clientId"],
    };
}
function customOpenIdConnectProviderRecordSerializer(item) {
    const result = {};
    Object.keys(item).map((key) => {
        result[key] = !item[key] ? item[key] : customOpenIdConnectProviderSerializer(item[key]);
    });
    return result;
}
function customOpenIdConnectProviderRecordDeserializer(item) {
    const result = {};
    Object.keys(item).map((key) => {
        result[key] = !item[key] ? item[key] : customOpenIdConnectProviderDeserializer(item[key]);
    });
    return result;
}
function customOpenIdConnectProviderSerializer(item) {
    return {
        enabled: item["enabled"],
        registration: !item["registration"]
            ? item["registration"]
            : openIdConnectRegistrationSerializer(item["registration"]),
        login: !item["login"] ? item["login"] : openIdConnectLoginSerializer(item["login"]),
    };
}
function customOpenIdConnectProviderDeserializer(item) {
    return {
        enabled: item["enabled"],
        registration: !item["registration"]
            ? item["registration"]
            : openIdConnectRegistrationDeserializer(item["registration"]),
        login: !item["login"] ? item["login"] : openIdConnectLoginDeserializer(item["login"]),
    };
}
function openIdConnectRegistrationSerializer(item) {
    return {
        clientId: item["clientId"],
        clientCredential: !item["clientCredential"]
            ? item["clientCredential"]
            : openIdConnectClientCredentialSerializer(item["clientCredential"]),
        openIdConnectConfiguration: !item["openIdConnectConfiguration"]
            ? item["openIdConnectConfiguration"]
            : openIdConnectConfigSerializer(item["openIdConnectConfiguration"]),
    };
}
function openIdConnectRegistrationDeserializer(item) {
    return {
        clientId: item["clientId"],
        clientCredential: !item["clientCredential"]
            ? item["clientCredential"]
            : openIdConnectClientCredentialDeserializer(item["clientCredential"]),
        openIdConnectConfiguration: !item["openIdConnectConfiguration"]
            ? item["openIdConnectConfiguration"]
            : openIdConnectConfigDeserializer(item["openIdConnectConfiguration"]),
    };
}
function openIdConnectClientCredentialSerializer(item) {
    return { method: item["method"], clientSecretSettingName: item["clientSecretSettingName"] };
}
function openIdConnectClientCredentialDeserializer(item) {
    return {
        method: item["method"],
        clientSecretSettingName: item["clientSecretSettingName"],
    };
}
function openIdConnectConfigSerializer(item) {
    return {
        authorizationEndpoint: item["authorizationEndpoint"],
        tokenEndpoint: item["tokenEndpoint"],
        issuer: item["issuer"],
        certificationUri: item["certificationUri"],
        wellKnownOpenIdConfiguration: item["wellKnownOpenIdConfiguration"],
    };
}
function openIdConnectConfigDeserializer(item) {
    return {
        authorizationEndpoint: item["authorizationEndpoint"],
        tokenEndpoint: item["tokenEndpoint"],
        issuer: item["issuer"],
        certificationUri: item["certificationUri"],
        wellKnownOpenIdConfiguration: item["wellKnownOpenIdConfiguration"],
    };
}
function openIdConnectLoginSerializer(item) {
    return {
        nameClaimType: item["nameClaimType"],
        scopes: !item["scopes"]
            ? item["scopes"]
            : item["scopes"].map((p) => {
                return p;
            }),
    };
}
function openIdConnectLoginDeserializer(item) {
    return {
        nameClaimType: item["nameClaimType"],
        scopes: !item["scopes"]
            ? item["scopes"]
            : item["scopes"].map((p) => {
                return p;
            }),
    };
}
function loginSerializer(item) {
    return {
        routes: !item["routes"] ? item["routes"] : loginRoutesSerializer(item["routes"]),
        tokenStore: !item["tokenStore"] ? item["tokenStore"] : tokenStoreSerializer(item["tokenStore"]),
        preserveUrlFragmentsForLogins: item["preserveUrlFragmentsForLogins"],
        allowedExternalRedirectUrls: !item["allowedExternalRedirectUrls"]
            ? item["allowedExternalRedirectUrls"]
            : item["allowedExternalRedirectUrls"].map((p) => {
                return p;
            }),
        cookieExpiration: !item["cookieExpiration"]
            ? item["cookieExpiration"]
            : cookieExpirationSerializer(item["cookieExpiration"]),
        nonce: !item["nonce"] ? item["nonce"] : nonceSerializer(item["nonce"]),
    };
}
function loginDeserializer(item) {
    return {
        routes: !item["routes"] ? item["routes"] : loginRoutesDeserializer(item["routes"]),
        tokenStore: !item["tokenStore"]
            ? item["tokenStore"]
            : tokenStoreDeserializer(item["tokenStore"]),
        preserveUrlFragmentsForLogins: item["preserveUrlFragmentsForLogins"],
        allowedExternalRedirectUrls: !item["allowedExternalRedirectUrls"]
            ? item["allowedExternalRedirectUrls"]
            : item["allowedExternalRedirectUrls"].map((p) => {
                return p;
            }),
        cookieExpiration: !item["cookieExpiration"]
            ? item["cookieExpiration"]
            : cookieExpirationDeserializer(item["cookieExpiration"]),
        nonce: !item["nonce"] ? item["nonce"] : nonceDeserializer(item["nonce"]),
    };
}
function loginRoutesSerializer(item) {
    return { logoutEndpoint: item["logoutEndpoint"] };
}
function loginRoutesDeserializer(item) {
    return {
        logoutEndpoint: item["logoutEndpoint"],
    };
}
function tokenStoreSerializer(item) {
    return {
        enabled: item["enabled"],
        tokenRefreshExtensionHours: item["tokenRefreshExtensionHours"],
        azureBlobStorage: !item["azureBlobStorage"]
            ? item["azureBlobStorage"]
            : blobStorageTokenStoreSerializer(item["azureBlobStorage"]),
    };
}
function tokenStoreDeserializer(item) {
    return {
        enabled: item["enabled"],
        tokenRefreshExtensionHours: item["tokenRefreshExtensionHours"],
        azureBlobStorage: !item["azureBlobStorage"]
            ? item["azureBlobStorage"]
            : blobStorageTokenStoreDeserializer(item["azureBlobStorage"]),
    };
}
function blobStorageTokenStoreSerializer(item) {
    return {
        sasUrlSettingName: item["sasUrlSettingName"],
        blobContainerUri: item["blobContainerUri"],
        clientId: item["clientId"],
        managedIdentityResourceId: item["managedIdentityResourceId"],
    };
}
function blobStorageTokenStoreDeserializer(item) {
    return {
        sasUrlSettingName: item["sasUrlSettingName"],
        blobContainerUri: item["blobContainerUri"],
        clientId: item["clientId"],
        managedIdentityResourceId: item["managedIdentityResourceId"],
    };
}
function cookieExpirationSerializer(item) {
    return { convention: item["convention"], timeToExpiration: item["timeToExpiration"] };
}
function cookieExpirationDeserializer(item) {
    return {
        convention: item["convention"],
        timeToExpiration: item["timeToExpiration"],
    };
}
function nonceSerializer(item) {
    return {
        validateNonce: item["validateNonce"],
        nonceExpirationInterval: item["nonceExpirationInterval"],
    };
}
function nonceDeserializer(item) {
    return {
        validateNonce: item["validateNonce"],
        nonceExpirationInterval: item["nonceExpirationInterval"],
    };
}
function httpSettingsSerializer(item) {
    return {
        requireHttps: item["requireHttps"],
        routes: !item["routes"] ? item["routes"] : httpSettingsRoutesSerializer(item["routes"]),
        forwardProxy: !item["forwardProxy"]
            ? item["forwardProxy"]
            : forwardProxySerializer(item["forwardProxy"]),
    };
}
function httpSettingsDeserializer(item) {
    return {
        requireHttps: item["requireHttps"],
        routes: !item["routes"] ? item["routes"] : httpSettingsRoutesDeserializer(item["routes"]),
        forwardProxy: !item["forwardProxy"]
            ? item["forwardProxy"]
            : forwardProxyDeserializer(item["forwardProxy"]),
    };
}
function httpSettingsRoutesSerializer(item) {
    return { apiPrefix: item["apiPrefix"] };
}
function httpSettingsRoutesDeserializer(item) {
    return {
        apiPrefix: item["apiPrefix"],
    };
}
function forwardProxySerializer(item) {
    return {
        convention: item["convention"],
        customHostHeaderName: item["customHostHeaderName"],
        customProtoHeaderName: item["customProtoHeaderName"],
    };
}
function forwardProxyDeserializer(item) {
    return {
        convention: item["convention"],
        customHostHeaderName: item["customHostHeaderName"],
        customProtoHeaderName: item["customProtoHeaderName"],
    };
}
function encryptionSettingsSerializer(item) {
    return {
        containerAppAuthEncryptionSecretName: item["containerAppAuthEncryptionSecretName"],
        containerAppAuthSigningSecretName: item["containerAppAuthSigningSecretName"],
    };
}
function encryptionSettingsDeserializer(item) {
    return {
        containerAppAuthEncryptionSecretName: item["containerAppAuthEncryptionSecretName"],
        containerAppAuthSigningSecretName: item["containerAppAuthSigningSecretName"],
    };
}
function _authConfigCollectionDeserializer(item) {
    return {
        value: authConfigArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
function authConfigArraySerializer(result) {
    return result.map((item) => {
        return authConfigSerializer(item);
    });
}
function authConfigArrayDeserializer(result) {
    return result.map((item) => {
        return authConfigDeserializer(item);
    });
}
function connectedEnvironmentSerializer(item) {
    return {
        tags: item["tags"],
        location: item["location"],
        properties: areAllPropsUndefined(item, [
            "staticIp",
            "daprAIConnectionString",
            "customDomainConfiguration",
        ])
            ? undefined
            : _connectedEnvironmentPropertiesSerializer(item),
        extendedLocation: !item["extendedLocation"]
            ? item["extendedLocation"]
            : extendedLocationSerializer(item["extendedLocation"]),
    };
}
function connectedEnvironmentDeserializer(item) {
    return {
        tags: !item["tags"]
            ? item["tags"]
            : Object.fromEntries(Object.entries(item["tags"]).map(([k, p]) => [k, p])),
        location: item["location"],
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
        ...(!item["properties"]
            ? item["properties"]
            : _connectedEnvironmentPropertiesDeserializer(item["properties"])),
        extendedLocation: !item["extendedLocation"]
            ? item["extendedLocation"]
            : extendedLocationDeserializer(item["extendedLocation"]),
    };
}
function connectedEnvironmentPropertiesSerializer(item) {
    return {
        staticIp: item["staticIp"],
        daprAIConnectionString: item["daprAIConnectionString"],
        customDomainConfiguration: !item["customDomainConfiguration"]
            ? item["customDomainConfiguration"]
            : customDomainConfigurationSerializer(item["customDomainConfiguration"]),
    };
}
function connectedEnvironmentPropertiesDeserializer(item) {
    return {
        provisioningState: item["provisioningState"],
        deploymentErrors: item["deploymentErrors"],
        defaultDomain: item["defaultDomain"],
        staticIp: item["staticIp"],
        daprAIConnectionString: item["daprAIConnectionString"],
        customDomainConfiguration: !item["customDomainConfiguration"]
            ? item["customDomainConfiguration"]
            : customDomainConfigurationDeserializer(item["customDomainConfiguration"]),
    };
}
/** Provisioning state of the Kubernetes Environment. */
var KnownConnectedEnvironmentProvisioningState;
(function (KnownConnectedEnvironmentProvisioningState) {
    /** Succeeded */
    KnownConnectedEnvironmentProvisioningState["Succeeded"] = "Succeeded";
    /** Failed */
    KnownConnectedEnvironmentProvisioningState["Failed"] = "Failed";
    /** Canceled */
    KnownConnectedEnvironmentProvisioningState["Canceled"] = "Canceled";
    /** Waiting */
    KnownConnectedEnvironmentProvisioningState["Waiting"] = "Waiting";
    /** InitializationInProgress */
    KnownConnectedEnvironmentProvisioningState["InitializationInProgress"] = "InitializationInProgress";
    /** InfrastructureSetupInProgress */
    KnownConnectedEnvironmentProvisioningState["InfrastructureSetupInProgress"] = "InfrastructureSetupInProgress";
    /** InfrastructureSetupComplete */
    KnownConnectedEnvironmentProvisioningState["InfrastructureSetupComplete"] = "InfrastructureSetupComplete";
    /** ScheduledForDelete */
    KnownConnectedEnvironmentProvisioningState["ScheduledForDelete"] = "ScheduledForDelete";
})(KnownConnectedEnvironmentProvisioningState || (KnownConnectedEnvironmentProvisioningState = {}));
function customDomainConfigurationSerializer(item) {
    return {
        dnsSuffix: item["dnsSuffix"],
        certificateKeyVaultProperties: !item["certificateKeyVaultProperties"]
            ? item["certificateKeyVaultProperties"]
            : certificateKeyVaultPropertiesSerializer(item["certificateKeyVaultProperties"]),
        certificateValue: !item["certificateValue"]
            ? item["certificateValue"]
            : uint8ArrayToString(item["certificateValue"], "base64"),
        certificatePassword: item["certificatePassword"],
    };
}
function customDomainConfigurationDeserializer(item) {
    return {
        customDomainVerificationId: item["customDomainVerificationId"],
        dnsSuffix: item["dnsSuffix"],
        certificateKeyVaultProperties: !item["certificateKeyVaultProperties"]
            ? item["certificateKeyVaultProperties"]
            : certificateKeyVaultPropertiesDeserializer(item["certificateKeyVaultProperties"]),
        certificateValue: !item["certificateValue"]
            ? item["certificateValue"]
            : typeof item["certificateValue"] === "string"
                ? stringToUint8Array(item["certificateValue"], "base64")
                : item["certificateValue"],
        certificatePassword: item["certificatePassword"],
        expirationDate: !item["expirationDate"]
            ? item["expirationDate"]
            : new Date(item["expirationDate"]),
        thumbprint: item["thumbprint"],
        subjectName: item["subjectName"],
    };
}
function certificateKeyVaultPropertiesSerializer(item) {
    return { identity: item["identity"], keyVaultUrl: item["keyVaultUrl"] };
}
function certificateKeyVaultPropertiesDeserializer(item) {
    return {
        identity: item["identity"],
        keyVaultUrl: item["keyVaultUrl"],
    };
}
function connectedEnvironmentPatchResourceSerializer(item) {
    return { tags: item["tags"] };
}
function resourceTagsSerializer(item) {
    return { tags: item["tags"] };
}
function _connectedEnvironmentCollectionDeserializer(item) {
    return {
        value: connectedEnvironmentArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
function connectedEnvironmentArraySerializer(result) {
    return result.map((item) => {
        return connectedEnvironmentSerializer(item);
    });
}
function connectedEnvironmentArrayDeserializer(result) {
    return result.map((item) => {
        return connectedEnvironmentDeserializer(item);
    });
}
function checkNameAvailabilityRequestSerializer(item) {
    return { name: item["name"], type: item["type"] };
}
function checkNameAvailabilityResponseDeserializer(item) {
    return {
        nameAvailable: item["nameAvailable"],
        reason: item["reason"],
        message: item["message"],
    };
}
/** Possible reasons for a name not being available. */
var KnownCheckNameAvailabilityReason;
(function (KnownCheckNameAvailabilityReason) {
    /** Name is invalid. */
    KnownCheckNameAvailabilityReason["Invalid"] = "Invalid";
    /** Name already exists. */
    KnownCheckNameAvailabilityReason["AlreadyExists"] = "AlreadyExists";
})(KnownCheckNameAvailabilityReason || (KnownCheckNameAvailabilityReason = {}));
function certificateSerializer(item) {
    return {
        tags: item["tags"],
        location: item["location"],
        properties: !item["properties"]
            ? item["properties"]
            : certificatePropertiesSerializer(item["properties"]),
    };
}
function certificateDeserializer(item) {
    return {
        tags: !item["tags"]
            ? item["tags"]
            : Object.fromEntries(Object.entries(item["tags"]).map(([k, p]) => [k, p])),
        location: item["location"],
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
        properties: !item["properties"]
            ? item["properties"]
            : certificatePropertiesDeserializer(item["properties"]),
    };
}
function certificatePropertiesSerializer(item) {
    return {
        certificateKeyVaultProperties: !item["certificateKeyVaultProperties"]
            ? item["certificateKeyVaultProperties"]
            : certificateKeyVaultPropertiesSerializer(item["certificateKeyVaultProperties"]),
        password: item["password"],
        value: !item["value"] ? item["value"] : uint8ArrayToString(item["value"], "base64"),
    };
}
function certificatePropertiesDeserializer(item) {
    return {
        provisioningState: item["provisioningState"],
        deploymentErrors: item["deploymentErrors"],
        certificateKeyVaultProperties: !item["certificateKeyVaultProperties"]
            ? item["certificateKeyVaultProperties"]
            : certificateKeyVaultPropertiesDeserializer(item["certificateKeyVaultProperties"]),
        password: item["password"],
        subjectName: item["subjectName"],
        subjectAlternativeNames: !item["subjectAlternativeNames"]
            ? item["subjectAlternativeNames"]
            : item["subjectAlternativeNames"].map((p) => {
                return p;
            }),
        value: !item["value"]
            ? item["value"]
            : typeof item["value"] === "string"
                ? stringToUint8Array(item["value"], "base64")
                : item["value"],
        issuer: item["issuer"],
        issueDate: !item["issueDate"] ? item["issueDate"] : new Date(item["issueDate"]),
        expirationDate: !item["expirationDate"]
            ? item["expirationDate"]
            : new Date(item["expirationDate"]),
        thumbprint: item["thumbprint"],
        valid: item["valid"],
        publicKeyHash: item["publicKeyHash"],
    };
}
/** Provisioning state of the certificate. */
var KnownCertificateProvisioningState;
(function (KnownCertificateProvisioningState) {
    /** Succeeded */
    KnownCertificateProvisioningState["Succeeded"] = "Succeeded";
    /** Failed */
    KnownCertificateProvisioningState["Failed"] = "Failed";
    /** Canceled */
    KnownCertificateProvisioningState["Canceled"] = "Canceled";
    /** DeleteFailed */
    KnownCertificateProvisioningState["DeleteFailed"] = "DeleteFailed";
    /** Pending */
    KnownCertificateProvisioningState["Pending"] = "Pending";
    /** Deleting */
    KnownCertificateProvisioningState["Deleting"] = "Deleting";
})(KnownCertificateProvisioningState || (KnownCertificateProvisioningState = {}));
function certificatePatchSerializer(item) {
    return { tags: item["tags"] };
}
function _certificateCollectionDeserializer(item) {
    return {
        value: certificateArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
function certificateArraySerializer(result) {
    return result.map((item) => {
        return certificateSerializer(item);
    });
}
function certificateArrayDeserializer(result) {
    return result.map((item) => {
        return certificateDeserializer(item);
    });
}
function managedEnvironmentSerializer(item) {
    return {
        tags: item["tags"],
        location: item["location"],
        properties: areAllPropsUndefined(item, [
            "daprAIInstrumentationKey",
            "daprAIConnectionString",
            "vnetConfiguration",
            "appLogsConfiguration",
            "appInsightsConfiguration",
            "openTelemetryConfiguration",
            "zoneRedundant",
            "customDomainConfiguration",
            "workloadProfiles",
            "kedaConfiguration",
            "daprConfiguration",
            "infrastructureResourceGroup",
            "peerAuthentication",
            "peerTrafficConfiguration",
            "ingressConfiguration",
            "environmentMode",
            "publicNetworkAccess",
        ])
            ? undefined
            : _managedEnvironmentPropertiesSerializer(item),
        kind: item["kind"],
        identity: !item["identity"]
            ? item["identity"]
            : managedServiceIdentitySerializer(item["identity"]),
    };
}
function managedEnvironmentDeserializer(item) {
    return {
        tags: !item["tags"]
            ? item["tags"]
            : Object.fromEntries(Object.entries(item["tags"]).map(([k, p]) => [k, p])),
        location: item["location"],
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
        ...(!item["properties"]
            ? item["properties"]
            : _managedEnvironmentPropertiesDeserializer(item["properties"])),
        kind: item["kind"],
        identity: !item["identity"]
            ? item["identity"]
            : managedServiceIdentityDeserializer(item["identity"]),
    };
}
function managedEnvironmentPropertiesSerializer(item) {
    return {
        daprAIInstrumentationKey: item["daprAIInstrumentationKey"],
        daprAIConnectionString: item["daprAIConnectionString"],
        vnetConfiguration: !item["vnetConfiguration"]
            ? item["vnetConfiguration"]
            : vnetConfigurationSerializer(item["vnetConfiguration"]),
        appLogsConfiguration: !item["appLogsConfiguration"]
            ? item["appLogsConfiguration"]
            : appLogsConfigurationSerializer(item["appLogsConfiguration"]),
        appInsightsConfiguration: !item["appInsightsConfiguration"]
            ? item["appInsightsConfiguration"]
            : appInsightsConfigurationSerializer(item["appInsightsConfiguration"]),
        openTelemetryConfiguration: !item["openTelemetryConfiguration"]
            ? item["openTelemetryConfiguration"]
            : openTelemetryConfigurationSerializer(item["openTelemetryConfiguration"]),
        zoneRedundant: item["zoneRedundant"],
        customDomainConfiguration: !item["customDomainConfiguration"]
            ? item["customDomainConfiguration"]
            : customDomainConfigurationSerializer(item["customDomainConfiguration"]),
        workloadProfiles: !item["workloadProfiles"]
            ? item["workloadProfiles"]
            : workloadProfileArraySerializer(item["workloadProfiles"]),
        kedaConfiguration: !item["kedaConfiguration"]
            ? item["kedaConfiguration"]
            : kedaConfigurationSerializer(item["kedaConfiguration"]),
        daprConfiguration: !item["daprConfiguration"]
            ? item["daprConfiguration"]
            : daprConfigurationSerializer(item["daprConfiguration"]),
        infrastructureResourceGroup: item["infrastructureResourceGroup"],
        peerAuthentication: !item["peerAuthentication"]
            ? item["peerAuthentication"]
            : managedEnvironmentPropertiesPeerAuthenticationSerializer(item["peerAuthentication"]),
        peerTrafficConfiguration: !item["peerTrafficConfiguration"]
            ? item["peerTrafficConfiguration"]
            : managedEnvironmentPropertiesPeerTrafficConfigurationSerializer(item["peerTrafficConfiguration"]),
        ingressConfiguration: !item["ingressConfiguration"]
            ? item["ingressConfiguration"]
            : ingressConfigurationSerializer(item["ingressConfiguration"]),
        environmentMode: item["environmentMode"],
        publicNetworkAccess: item["publicNetworkAccess"],
    };
}
function managedEnvironmentPropertiesDeserializer(item) {
    return {
        provisioningState: item["provisioningState"],
        daprAIInstrumentationKey: item["daprAIInstrumentationKey"],
        daprAIConnectionString: item["daprAIConnectionString"],
        vnetConfiguration: !item["vnetConfiguration"]
            ? item["vnetConfiguration"]
            : vnetConfigurationDeserializer(item["vnetConfiguration"]),
        deploymentErrors: item["deploymentErrors"],
        defaultDomain: item["defaultDomain"],
        staticIp: item["staticIp"],
        appLogsConfiguration: !item["appLogsConfiguration"]
            ? item["appLogsConfiguration"]
            : appLogsConfigurationDeserializer(item["appLogsConfiguration"]),
        appInsightsConfiguration: !item["appInsightsConfiguration"]
            ? item["appInsightsConfiguration"]
            : appInsightsConfigurationDeserializer(item["appInsightsConfiguration"]),
        openTelemetryConfiguration: !item["openTelemetryConfiguration"]
            ? item["openTelemetryConfiguration"]
            : openTelemetryConfigurationDeserializer(item["openTelemetryConfiguration"]),
        zoneRedundant: item["zoneRedundant"],
        customDomainConfiguration: !item["customDomainConfiguration"]
            ? item["customDomainConfiguration"]
            : customDomainConfigurationDeserializer(item["customDomainConfiguration"]),
        eventStreamEndpoint: item["eventStreamEndpoint"],
        workloadProfiles: !item["workloadProfiles"]
            ? item["workloadProfiles"]
            : workloadProfileArrayDeserializer(item["workloadProfiles"]),
        kedaConfiguration: !item["kedaConfiguration"]
            ? item["kedaConfiguration"]
            : kedaConfigurationDeserializer(item["kedaConfiguration"]),
        daprConfiguration: !item["daprConfiguration"]
            ? item["daprConfiguration"]
            : daprConfigurationDeserializer(item["daprConfiguration"]),
        infrastructureResourceGroup: item["infrastructureResourceGroup"],
        peerAuthentication: !item["peerAuthentication"]
            ? item["peerAuthentication"]
            : managedEnvironmentPropertiesPeerAuthenticationDeserializer(item["peerAuthentication"]),
        peerTrafficConfiguration: !item["peerTrafficConfiguration"]
            ? item["peerTrafficConfiguration"]
            : managedEnvironmentPropertiesPeerTrafficConfigurationDeserializer(item["peerTrafficConfiguration"]),
        ingressConfiguration: !item["ingressConfiguration"]
            ? item["ingressConfiguration"]
            : ingressConfigurationDeserializer(item["ingressConfiguration"]),
        environmentMode: item["environmentMode"],
        privateEndpointConnections: !item["privateEndpointConnections"]
            ? item["privateEndpointConnections"]
            : privateEndpointConnectionArrayDeserializer(item["privateEndpointConnections"]),
        publicNetworkAccess: item["publicNetworkAccess"],
    };
}
/** Provisioning state of the Environment. */
var KnownEnvironmentProvisioningState;
(function (KnownEnvironmentProvisioningState) {
    /** Succeeded */
    KnownEnvironmentProvisioningState["Succeeded"] = "Succeeded";
    /** Failed */
    KnownEnvironmentProvisioningState["Failed"] = "Failed";
    /** Canceled */
    KnownEnvironmentProvisioningState["Canceled"] = "Canceled";
    /** Waiting */
    KnownEnvironmentProvisioningState["Waiting"] = "Waiting";
    /** InitializationInProgress */
    KnownEnvironmentProvisioningState["InitializationInProgress"] = "InitializationInProgress";
    /** InfrastructureSetupInProgress */
    KnownEnvironmentProvisioningState["InfrastructureSetupInProgress"] = "InfrastructureSetupInProgress";
    /** InfrastructureSetupComplete */
    KnownEnvironmentProvisioningState["InfrastructureSetupComplete"] = "InfrastructureSetupComplete";
    /** ScheduledForDelete */
    KnownEnvironmentProvisioningState["ScheduledForDelete"] = "ScheduledForDelete";
    /** UpgradeRequested */
    KnownEnvironmentProvisioningState["UpgradeRequested"] = "UpgradeRequested";
    /** UpgradeFailed */
    KnownEnvironmentProvisioningState["UpgradeFailed"] = "UpgradeFailed";
})(KnownEnvironmentProvisioningState || (KnownEnvironmentProvisioningState = {}));
function vnetConfigurationSerializer(item) {
    return {
        internal: item["internal"],
        infrastructureSubnetId: item["infrastructureSubnetId"],
        dockerBridgeCidr: item["dockerBridgeCidr"],
        platformReservedCidr: item["platformReservedCidr"],
        platformReservedDnsIP: item["platformReservedDnsIP"],
    };
}
function vnetConfigurationDeserializer(item) {
    return {
        internal: item["internal"],
        infrastructureSubnetId: item["infrastructureSubnetId"],
        dockerBridgeCidr: item["dockerBridgeCidr"],
        platformReservedCidr: item["platformReservedCidr"],
        platformReservedDnsIP: item["platformReservedDnsIP"],
    };
}
function appLogsConfigurationSerializer(item) {
    return {
        destination: item["destination"],
        logAnalyticsConfiguration: !item["logAnalyticsConfiguration"]
            ? item["logAnalyticsConfiguration"]
            : logAnalyticsConfigurationSerializer(item["logAnalyticsConfiguration"]),
    };
}
function appLogsConfigurationDeserializer(item) {
    return {
        destination: item["destination"],
        logAnalyticsConfiguration: !item["logAnalyticsConfiguration"]
            ? item["logAnalyticsConfiguration"]
            : logAnalyticsConfigurationDeserializer(item["logAnalyticsConfiguration"]),
    };
}
function logAnalyticsConfigurationSerializer(item) {
    return { customerId: item["customerId"], sharedKey: item["sharedKey"] };
}
function logAnalyticsConfigurationDeserializer(item) {
    return {
        customerId: item["customerId"],
        sharedKey: item["sharedKey"],
    };
}
function appInsightsConfigurationSerializer(item) {
    return { connectionString: item["connectionString"] };
}
function appInsightsConfigurationDeserializer(item) {
    return {
        connectionString: item["connectionString"],
    };
}
function openTelemetryConfigurationSerializer(item) {
    return {
        destinationsConfiguration: !item["destinationsConfiguration"]
            ? item["destinationsConfiguration"]
            : destinationsConfigurationSerializer(item["destinationsConfiguration"]),
        tracesConfiguration: !item["tracesConfiguration"]
            ? item["tracesConfiguration"]
            : tracesConfigurationSerializer(item["tracesConfiguration"]),
        logsConfiguration: !item["logsConfiguration"]
            ? item["logsConfiguration"]
            : logsConfigurationSerializer(item["logsConfiguration"]),
        metricsConfiguration: !item["metricsConfiguration"]
            ? item["metricsConfiguration"]
            : metricsConfigurationSerializer(item["metricsConfiguration"]),
    };
}
function openTelemetryConfigurationDeserializer(item) {
    return {
        destinationsConfiguration: !item["destinationsConfiguration"]
            ? item["destinationsConfiguration"]
            : destinationsConfigurationDeserializer(item["destinationsConfiguration"]),
        tracesConfiguration: !item["tracesConfiguration"]
            ? item["tracesConfiguration"]
            : tracesConfigurationDeserializer(item["tracesConfiguration"]),
        logsConfiguration: !item["logsConfiguration"]
            ? item["logsConfiguration"]
            : logsConfigurationDeserializer(item["logsConfiguration"]),
        metricsConfiguration: !item["metricsConfiguration"]
            ? item["metricsConfiguration"]
            : metricsConfigurationDeserializer(item["metricsConfiguration"]),
    };
}
function destinationsConfigurationSerializer(item) {
    return {
        dataDogConfiguration: !item["dataDogConfiguration"]
            ? item["dataDogConfiguration"]
            : dataDogConfigurationSerializer(item["dataDogConfiguration"]),
        otlpConfigurations: !item["otlpConfigurations"]
            ? item["otlpConfigurations"]
            : otlpConfigurationArraySerializer(item["otlpConfigurations"]),
    };
}
function destinationsConfigurationDeserializer(item) {
    return {
        dataDogConfiguration: !item["dataDogConfiguration"]
            ? item["dataDogConfiguration"]
            : dataDogConfigurationDeserializer(item["dataDogConfiguration"]),
        otlpConfigurations: !item["otlpConfigurations"]
            ? item["otlpConfigurations"]
            : otlpConfigurationArrayDeserializer(item["otlpConfigurations"]),
    };
}
function dataDogConfigurationSerializer(item) {
    return { site: item["site"], key: item["key"] };
}
function dataDogConfigurationDeserializer(item) {
    return {
        site: item["site"],
        key: item["key"],
    };
}
function otlpConfigurationArraySerializer(result) {
    return result.map((item) => {
        return otlpConfigurationSerializer(item);
    });
}
function otlpConfigurationArrayDeserializer(result) {
    return result.map((item) => {
        return otlpConfigurationDeserializer(item);
    });
}
function otlpConfigurationSerializer(item) {
    return {
        name: item["name"],
        endpoint: item["endpoint"],
        insecure: item["insecure"],
        headers: !item["headers"] ? item["headers"] : headerArraySerializer(item["headers"]),
    };
}
function otlpConfigurationDeserializer(item) {
    return {
        name: item["name"],
        endpoint: item["endpoint"],
        insecure: item["insecure"],
        headers: !item["headers"] ? item["headers"] : headerArrayDeserializer(item["headers"]),
    };
}
function headerArraySerializer(result) {
    return result.map((item) => {
        return headerSerializer(item);
    });
}
function headerArrayDeserializer(result) {
    return result.map((item) => {
        return headerDeserializer(item);
    });
}
function headerSerializer(item) {
    return { key: item["key"], value: item["value"] };
}
function headerDeserializer(item) {
    return {
        key: item["key"],
        value: item["value"],
    };
}
function tracesConfigurationSerializer(item) {
    return {
        includeDapr: item["includeDapr"],
        destinations: !item["destinations"]
            ? item["destinations"]
            : item["destinations"].map((p) => {
                return p;
            }),
    };
}
function tracesConfigurationDeserializer(item) {
    return {
        includeDapr: item["includeDapr"],
        destinations: !item["destinations"]
            ? item["destinations"]
            : item["destinations"].map((p) => {
                return p;
            }),
    };
}
function logsConfigurationSerializer(item) {
    return {
        destinations: !item["destinations"]
            ? item["destinations"]
            : item["destinations"].map((p) => {
                return p;
            }),
    };
}
function logsConfigurationDeserializer(item) {
    return {
        destinations: !item["destinations"]
            ? item["destinations"]
            : item["destinations"].map((p) => {
                return p;
            }),
    };
}
function metricsConfigurationSerializer(item) {
    return {
        includeKeda: item["includeKeda"],
        destinations: !item["destinations"]
            ? item["destinations"]
            : item["destinations"].map((p) => {
                return p;
            }),
    };
}
function metricsConfigurationDeserializer(item) {
    return {
        includeKeda: item["includeKeda"],
        destinations: !item["destinations"]
            ? item["destinations"]
            : item["destinations"].map((p) => {
                return p;
            }),
    };
}
function workloadProfileArraySerializer(result) {
    return result.map((item) => {
        return workloadProfileSerializer(item);
    });
}
function workloadProfileArrayDeserializer(result) {
    return result.map((item) => {
        return workloadProfileDeserializer(item);
    });
}
function workloadProfileSerializer(item) {
    return {
        name: item["name"],
        workloadProfileType: item["workloadProfileType"],
        minimumCount: item["minimumCount"],
        maximumCount: item["maximumCount"],
    };
}
function workloadProfileDeserializer(item) {
    return {
        name: item["name"],
        workloadProfileType: item["workloadProfileType"],
        minimumCount: item["minimumCount"],
        maximumCount: item["maximumCount"],
    };
}
function kedaConfigurationSerializer(_item) {
    return {};
}
function kedaConfigurationDeserializer(item) {
    return {
        version: item["version"],
    };
}
function daprConfigurationSerializer(_item) {
    return {};
}
function daprConfigurationDeserializer(item) {
    return {
        version: item["version"],
    };
}
function managedEnvironmentPropertiesPeerAuthenticationSerializer(item) {
    return { mtls: !item["mtls"] ? item["mtls"] : mtlsSerializer(item["mtls"]) };
}
function managedEnvironmentPropertiesPeerAuthenticationDeserializer(item) {
    return {
        mtls: !item["mtls"] ? item["mtls"] : mtlsDeserializer(item["mtls"]),
    };
}
function mtlsSerializer(item) {
    return { enabled: item["enabled"] };
}
function mtlsDeserializer(item) {
    return {
        enabled: item["enabled"],
    };
}
function managedEnvironmentPropertiesPeerTrafficConfigurationSerializer(item) {
    return {
        encryption: !item["encryption"]
            ? item["encryption"]
            : managedEnvironmentPropertiesPeerTrafficConfigurationEncryptionSerializer(item["encryption"]),
    };
}
function managedEnvironmentPropertiesPeerTrafficConfigurationDeserializer(item) {
    return {
        encryption: !item["encryption"]
            ? item["encryption"]
            : managedEnvironmentPropertiesPeerTrafficConfigurationEncryptionDeserializer(item["encryption"]),
    };
}
function managedEnvironmentPropertiesPeerTrafficConfigurationEncryptionSerializer(item) {
    return { enabled: item["enabled"] };
}
function managedEnvironmentPropertiesPeerTrafficConfigurationEncryptionDeserializer(item) {
    return {
        enabled: item["enabled"],
    };
}
function ingressConfigurationSerializer(item) {
    return {
        workloadProfileName: item["workloadProfileName"],
        terminationGracePeriodSeconds: item["terminationGracePeriodSeconds"],
        headerCountLimit: item["headerCountLimit"],
        requestIdleTimeout: item["requestIdleTimeout"],
    };
}
function ingressConfigurationDeserializer(item) {
    return {
        workloadProfileName: item["workloadProfileName"],
        terminationGracePeriodSeconds: item["terminationGracePeriodSeconds"],
        headerCountLimit: item["headerCountLimit"],
        requestIdleTimeout: item["requestIdleTimeout"],
    };
}
/** Mode of the managed environment. */
var KnownManagedEnvironmentMode;
(function (KnownManagedEnvironmentMode) {
    /** The environment supports consumption-only workloads. */
    KnownManagedEnvironmentMode["ConsumptionOnly"] = "ConsumptionOnly";
    /** The environment supports workload profiles. */
    KnownManagedEnvironmentMode["WorkloadProfiles"] = "WorkloadProfiles";
    /** The environment uses the Express mode. */
    KnownManagedEnvironmentMode["Express"] = "Express";
    /** The environment is archived. */
    KnownManagedEnvironmentMode["Archived"] = "Archived";
})(KnownManagedEnvironmentMode || (KnownManagedEnvironmentMode = {}));
function privateEndpointConnectionArraySerializer(result) {
    return result.map((item) => {
        return privateEndpointConnectionSerializer(item);
    });
}
function privateEndpointConnectionArrayDeserializer(result) {
    return result.map((item) => {
        return privateEndpointConnectionDeserializer(item);
    });
}
function privateEndpointConnectionSerializer(item) {
    return {
        properties: areAllPropsUndefined(item, ["privateEndpoint", "privateLinkServiceConnectionState"])
            ? undefined
            : _privateEndpointConnectionPropertiesSerializer(item),
    };
}
function privateEndpointConnectionDeserializer(item) {
    return {
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
        ...(!item["properties"]
            ? item["properties"]
            : _privateEndpointConnectionPropertiesDeserializer(item["properties"])),
    };
}
function privateEndpointConnectionPropertiesSerializer(item) {
    return {
        privateEndpoint: !item["privateEndpoint"]
            ? item["privateEndpoint"]
            : privateEndpointSerializer(item["privateEndpoint"]),
        privateLinkServiceConnectionState: privateLinkServiceConnectionStateSerializer(item["privateLinkServiceConnectionState"]),
    };
}
function privateEndpointConnectionPropertiesDeserializer(item) {
    return {
        groupIds: !item["groupIds"]
            ? item["groupIds"]
            : item["groupIds"].map((p) => {
                return p;
            }),
        privateEndpoint: !item["privateEndpoint"]
            ? item["privateEndpoint"]
            : privateEndpointDeserializer(item["privateEndpoint"]),
        privateLinkServiceConnectionState: privateLinkServiceConnectionStateDeserializer(item["privateLinkServiceConnectionState"]),
        provisioningState: item["provisioningState"],
    };
}
function privateEndpointSerializer(_item) {
    return {};
}
function privateEndpointDeserializer(item) {
    return {
        id: item["id"],
    };
}
function privateLinkServiceConnectionStateSerializer(item) {
    return {
        status: item["status"],
        description: item["description"],
        actionsRequired: item["actionsRequired"],
    };
}
function privateLinkServiceConnectionStateDeserializer(item) {
    return {
        status: item["status"],
        description: item["description"],
        actionsRequired: item["actionsRequired"],
    };
}
/** The private endpoint connection status. */
var KnownPrivateEndpointServiceConnectionStatus;
(function (KnownPrivateEndpointServiceConnectionStatus) {
    /** Pending */
    KnownPrivateEndpointServiceConnectionStatus["Pending"] = "Pending";
    /** Approved */
    KnownPrivateEndpointServiceConnectionStatus["Approved"] = "Approved";
    /** Rejected */
    KnownPrivateEndpointServiceConnectionStatus["Rejected"] = "Rejected";
    /** Disconnected */
    KnownPrivateEndpointServiceConnectionStatus["Disconnected"] = "Disconnected";
})(KnownPrivateEndpointServiceConnectionStatus || (KnownPrivateEndpointServiceConnectionStatus = {}));
/** The current provisioning state. */
var KnownPrivateEndpointConnectionProvisioningState;
(function (KnownPrivateEndpointConnectionProvisioningState) {
    /** Succeeded */
    KnownPrivateEndpointConnectionProvisioningState["Succeeded"] = "Succeeded";
    /** Failed */
    KnownPrivateEndpointConnectionProvisioningState["Failed"] = "Failed";
    /** Canceled */
    KnownPrivateEndpointConnectionProvisioningState["Canceled"] = "Canceled";
    /** Waiting */
    KnownPrivateEndpointConnectionProvisioningState["Waiting"] = "Waiting";
    /** Updating */
    KnownPrivateEndpointConnectionProvisioningState["Updating"] = "Updating";
    /** Deleting */
    KnownPrivateEndpointConnectionProvisioningState["Deleting"] = "Deleting";
    /** Pending */
    KnownPrivateEndpointConnectionProvisioningState["Pending"] = "Pending";
})(KnownPrivateEndpointConnectionProvisioningState || (KnownPrivateEndpointConnectionProvisioningState = {}));
/** Property to allow or block all public traffic. Allowed Values: 'Enabled', 'Disabled'. */
var KnownPublicNetworkAccess;
(function (KnownPublicNetworkAccess) {
    /** Enabled */
    KnownPublicNetworkAccess["Enabled"] = "Enabled";
    /** Disabled */
    KnownPublicNetworkAccess["Disabled"] = "Disabled";
})(KnownPublicNetworkAccess || (KnownPublicNetworkAccess = {}));
function _managedEnvironmentsCollectionDeserializer(item) {
    return {
        value: managedEnvironmentArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
function managedEnvironmentArraySerializer(result) {
    return result.map((item) => {
        return managedEnvironmentSerializer(item);
    });
}
function managedEnvironmentArrayDeserializer(result) {
    return result.map((item) => {
        return managedEnvironmentDeserializer(item);
    });
}
function environmentAuthTokenDeserializer(item) {
    return {
        tags: !item["tags"]
            ? item["tags"]
            : Object.fromEntries(Object.entries(item["tags"]).map(([k, p]) => [k, p])),
        location: item["location"],
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
        ...(!item["properties"]
            ? item["properties"]
            : _environmentAuthTokenPropertiesDeserializer(item["properties"])),
    };
}
function environmentAuthTokenPropertiesDeserializer(item) {
    return {
        token: item["token"],
        expires: !item["expires"] ? item["expires"] : new Date(item["expires"]),
    };
}
function _workloadProfileStatesCollectionDeserializer(item) {
    return {
        value: workloadProfileStatesArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
function workloadProfileStatesArrayDeserializer(result) {
    return result.map((item) => {
        return workloadProfileStatesDeserializer(item);
    });
}
function workloadProfileStatesDeserializer(item) {
    return {
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
        properties: !item["properties"]
            ? item["properties"]
            : workloadProfileStatesPropertiesDeserializer(item["properties"]),
    };
}
function workloadProfileStatesPropertiesDeserializer(item) {
    return {
        minimumCount: item["minimumCount"],
        maximumCount: item["maximumCount"],
        currentCount: item["currentCount"],
    };
}
function checkMigrationEligibilityRequestSerializer(item) {
    return { targetMode: item["targetMode"] };
}
function checkMigrationEligibilityResponseDeserializer(item) {
    return {
        isEligible: item["isEligible"],
        environmentName: item["environmentName"],
        currentMode: item["currentMode"],
        targetMode: item["targetMode"],
        failureReasons: migrationEligibilityFailureReasonArrayDeserializer(item["failureReasons"]),
    };
}
function migrationEligibilityFailureReasonArrayDeserializer(result) {
    return result.map((item) => {
        return migrationEligibilityFailureReasonDeserializer(item);
    });
}
function migrationEligibilityFailureReasonDeserializer(item) {
    return {
        code: item["code"],
        message: item["message"],
    };
}
function daprComponentSerializer(item) {
    return {
        properties: areAllPropsUndefined(item, [
            "componentType",
            "version",
            "ignoreErrors",
            "initTimeout",
            "secrets",
            "secretStoreComponent",
            "metadata",
            "scopes",
        ])
            ? undefined
            : _daprComponentPropertiesSerializer(item),
    };
}
function daprComponentDeserializer(item) {
    return {
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
        ...(!item["properties"]
            ? item["properties"]
            : _daprComponentPropertiesDeserializer(item["properties"])),
    };
}
function daprComponentPropertiesSerializer(item) {
    return {
        componentType: item["componentType"],
        version: item["version"],
        ignoreErrors: item["ignoreErrors"],
        initTimeout: item["initTimeout"],
        secrets: !item["secrets"] ? item["secrets"] : secretArraySerializer(item["secrets"]),
        secretStoreComponent: item["secretStoreComponent"],
        metadata: !item["metadata"] ? item["metadata"] : daprMetadataArraySerializer(item["metadata"]),
        scopes: !item["scopes"]
            ? item["scopes"]
            : item["scopes"].map((p) => {
                return p;
            }),
    };
}
function daprComponentPropertiesDeserializer(item) {
    return {
        componentType: item["componentType"],
        version: item["version"],
        ignoreErrors: item["ignoreErrors"],
        initTimeout: item["initTimeout"],
        secrets: !item["secrets"] ? item["secrets"] : secretArrayDeserializer(item["secrets"]),
        secretStoreComponent: item["secretStoreComponent"],
        metadata: !item["metadata"]
            ? item["metadata"]
            : daprMetadataArrayDeserializer(item["metadata"]),
        scopes: !item["scopes"]
            ? item["scopes"]
            : item["scopes"].map((p) => {
                return p;
            }),
        provisioningState: item["provisioningState"],
        deploymentErrors: item["deploymentErrors"],
    };
}
function daprMetadataArraySerializer(result) {
    return result.map((item) => {
        return daprMetadataSerializer(item);
    });
}
function daprMetadataArrayDeserializer(result) {
    return result.map((item) => {
        return daprMetadataDeserializer(item);
    });
}
function daprMetadataSerializer(item) {
    return { name: item["name"], value: item["value"], secretRef: item["secretRef"] };
}
function daprMetadataDeserializer(item) {
    return {
        name: item["name"],
        value: item["value"],
        secretRef: item["secretRef"],
    };
}
/** Provisioning state of the Connected Environment Dapr Component. */
var KnownDaprComponentProvisioningState;
(function (KnownDaprComponentProvisioningState) {
    /** Succeeded */
    KnownDaprComponentProvisioningState["Succeeded"] = "Succeeded";
    /** Failed */
    KnownDaprComponentProvisioningState["Failed"] = "Failed";
    /** Canceled */
    KnownDaprComponentProvisioningState["Canceled"] = "Canceled";
    /** InProgress */
    KnownDaprComponentProvisioningState["InProgress"] = "InProgress";
    /** Deleting */
    KnownDaprComponentProvisioningState["Deleting"] = "Deleting";
})(KnownDaprComponentProvisioningState || (KnownDaprComponentProvisioningState = {}));
function _daprComponentsCollectionDeserializer(item) {
    return {
        value: daprComponentArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
function daprComponentArraySerializer(result) {
    return result.map((item) => {
        return daprComponentSerializer(item);
    });
}
function daprComponentArrayDeserializer(result) {
    return result.map((item) => {
        return daprComponentDeserializer(item);
    });
}
function daprSecretsCollectionDeserializer(item) {
    return {
        value: daprSecretArrayDeserializer(item["value"]),
    };
}
function daprSecretArrayDeserializer(result) {
    return result.map((item) => {
        return daprSecretDeserializer(item);
    });
}
function daprSecretDeserializer(item) {
    return {
        name: item["name"],
        value: item["value"],
    };
}
function connectedEnvironmentStorageSerializer(item) {
    return {
        properties: !item["properties"]
            ? item["properties"]
            : connectedEnvironmentStoragePropertiesSerializer(item["properties"]),
    };
}
function connectedEnvironmentStorageDeserializer(item) {
    return {
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
        properties: !item["properties"]
            ? item["properties"]
            : connectedEnvironmentStoragePropertiesDeserializer(item["properties"]),
    };
}
function connectedEnvironmentStoragePropertiesSerializer(item) {
    return {
        azureFile: !item["azureFile"]
            ? item["azureFile"]
            : azureFilePropertiesSerializer(item["azureFile"]),
    };
}
function connectedEnvironmentStoragePropertiesDeserializer(item) {
    return {
        provisioningState: item["provisioningState"],
        deploymentErrors: item["deploymentErrors"],
        azureFile: !item["azureFile"]
            ? item["azureFile"]
            : azureFilePropertiesDeserializer(item["azureFile"]),
    };
}
/** Provisioning state of the storage. */
var KnownConnectedEnvironmentStorageProvisioningState;
(function (KnownConnectedEnvironmentStorageProvisioningState) {
    /** Succeeded */
    KnownConnectedEnvironmentStorageProvisioningState["Succeeded"] = "Succeeded";
    /** Failed */
    KnownConnectedEnvironmentStorageProvisioningState["Failed"] = "Failed";
    /** Canceled */
    KnownConnectedEnvironmentStorageProvisioningState["Canceled"] = "Canceled";
    /** InProgress */
    KnownConnectedEnvironmentStorageProvisioningState["InProgress"] = "InProgress";
    /** Deleting */
    KnownConnectedEnvironmentStorageProvisioningState["Deleting"] = "Deleting";
})(KnownConnectedEnvironmentStorageProvisioningState || (KnownConnectedEnvironmentStorageProvisioningState = {}));
function azureFilePropertiesSerializer(item) {
    return {
        accountName: item["accountName"],
        accountKey: item["accountKey"],
        accountKeyVaultProperties: !item["accountKeyVaultProperties"]
            ? item["accountKeyVaultProperties"]
            : secretKeyVaultPropertiesSerializer(item["accountKeyVaultProperties"]),
        accessMode: item["accessMode"],
        shareName: item["shareName"],
    };
}
function azureFilePropertiesDeserializer(item) {
    return {
        accountName: item["accountName"],
        accountKey: item["accountKey"],
        accountKeyVaultProperties: !item["accountKeyVaultProperties"]
            ? item["accountKeyVaultProperties"]
            : secretKeyVaultPropertiesDeserializer(item["accountKeyVaultProperties"]),
        accessMode: item["accessMode"],
        shareName: item["shareName"],
    };
}
function secretKeyVaultPropertiesSerializer(item) {
    return { identity: item["identity"], keyVaultUrl: item["keyVaultUrl"] };
}
function secretKeyVaultPropertiesDeserializer(item) {
    return {
        identity: item["identity"],
        keyVaultUrl: item["keyVaultUrl"],
    };
}
/** Access mode for storage */
var KnownAccessMode;
(function (KnownAccessMode) {
    /** ReadOnly */
    KnownAccessMode["ReadOnly"] = "ReadOnly";
    /** ReadWrite */
    KnownAccessMode["ReadWrite"] = "ReadWrite";
})(KnownAccessMode || (KnownAccessMode = {}));
function connectedEnvironmentStoragesCollectionDeserializer(item) {
    return {
        value: connectedEnvironmentStorageArrayDeserializer(item["value"]),
    };
}
function connectedEnvironmentStorageArraySerializer(result) {
    return result.map((item) => {
        return connectedEnvironmentStorageSerializer(item);
    });
}
function connectedEnvironmentStorageArrayDeserializer(result) {
    return result.map((item) => {
        return connectedEnvironmentStorageDeserializer(item);
    });
}
function managedCertificateSerializer(item) {
    return {
        tags: item["tags"],
        location: item["location"],
        properties: !item["properties"]
            ? item["properties"]
            : managedCertificatePropertiesSerializer(item["properties"]),
    };
}
function managedCertificateDeserializer(item) {
    return {
        tags: !item["tags"]
            ? item["tags"]
            : Object.fromEntries(Object.entries(item["tags"]).map(([k, p]) => [k, p])),
        location: item["location"],
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
        properties: !item["properties"]
            ? item["properties"]
            : managedCertificatePropertiesDeserializer(item["properties"]),
    };
}
function managedCertificatePropertiesSerializer(item) {
    return {
        subjectName: item["subjectName"],
        domainControlValidation: item["domainControlValidation"],
    };
}
function managedCertificatePropertiesDeserializer(item) {
    return {
        provisioningState: item["provisioningState"],
        subjectName: item["subjectName"],
        error: item["error"],
        domainControlValidation: item["domainControlValidation"],
        validationToken: item["validationToken"],
    };
}
/** Selected type of domain control validation for managed certificates. */
var KnownManagedCertificateDomainControlValidation;
(function (KnownManagedCertificateDomainControlValidation) {
    /** CNAME */
    KnownManagedCertificateDomainControlValidation["Cname"] = "CNAME";
    /** HTTP */
    KnownManagedCertificateDomainControlValidation["Http"] = "HTTP";
    /** TXT */
    KnownManagedCertificateDomainControlValidation["TXT"] = "TXT";
})(KnownManagedCertificateDomainControlValidation || (KnownManagedCertificateDomainControlValidation = {}));
function managedCertificatePatchSerializer(item) {
    return { tags: item["tags"] };
}
function _managedCertificateCollectionDeserializer(item) {
    return {
        value: managedCertificateArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
function managedCertificateArraySerializer(result) {
    return result.map((item) => {
        return managedCertificateSerializer(item);
    });
}
function managedCertificateArrayDeserializer(result) {
    return result.map((item) => {
        return managedCertificateDeserializer(item);
    });
}
function _privateEndpointConnectionListResultDeserializer(item) {
    return {
        value: privateEndpointConnectionArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
function _privateLinkResourceListResultDeserializer(item) {
    return {
        value: privateLinkResourceArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
function privateLinkResourceArrayDeserializer(result) {
    return result.map((item) => {
        return privateLinkResourceDeserializer(item);
    });
}
function privateLinkResourceDeserializer(item) {
    return {
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
        ...(!item["properties"]
            ? item["properties"]
            : _privateLinkResourcePropertiesDeserializer(item["properties"])),
    };
}
function privateLinkResourcePropertiesDeserializer(item) {
    return {
        groupId: item["groupId"],
        requiredMembers: !item["requiredMembers"]
            ? item["requiredMembers"]
            : item["requiredMembers"].map((p) => {
                return p;
            }),
        requiredZoneNames: !item["requiredZoneNames"]
            ? item["requiredZoneNames"]
            : item["requiredZoneNames"].map((p) => {
                return p;
            }),
    };
}
function daprComponentResiliencyPolicySerializer(item) {
    return {
        properties: areAllPropsUndefined(item, ["inboundPolicy", "outboundPolicy"])
            ? undefined
            : _daprComponentResiliencyPolicyPropertiesSerializer(item),
    };
}
function daprComponentResiliencyPolicyDeserializer(item) {
    return {
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
        ...(!item["properties"]
            ? item["properties"]
            : _daprComponentResiliencyPolicyPropertiesDeserializer(item["properties"])),
    };
}
function daprComponentResiliencyPolicyPropertiesSerializer(item) {
    return {
        inboundPolicy: !item["inboundPolicy"]
            ? item["inboundPolicy"]
            : daprComponentResiliencyPolicyConfigurationSerializer(item["inboundPolicy"]),
        outboundPolicy: !item["outboundPolicy"]
            ? item["outboundPolicy"]
            : daprComponentResiliencyPolicyConfigurationSerializer(item["outboundPolicy"]),
    };
}
function daprComponentResiliencyPolicyPropertiesDeserializer(item) {
    return {
        inboundPolicy: !item["inboundPolicy"]
            ? item["inboundPolicy"]
            : daprComponentResiliencyPolicyConfigurationDeserializer(item["inboundPolicy"]),
        outboundPolicy: !item["outboundPolicy"]
            ? item["outboundPolicy"]
            : daprComponentResiliencyPolicyConfigurationDeserializer(item["outboundPolicy"]),
    };
}
function daprComponentResiliencyPolicyConfigurationSerializer(item) {
    return {
        httpRetryPolicy: !item["httpRetryPolicy"]
            ? item["httpRetryPolicy"]
            : daprComponentResiliencyPolicyHttpRetryPolicyConfigurationSerializer(item["httpRetryPolicy"]),
        timeoutPolicy: !item["timeoutPolicy"]
            ? item["timeoutPolicy"]
            : daprComponentResiliencyPolicyTimeoutPolicyConfigurationSerializer(item["timeoutPolicy"]),
        circuitBreakerPolicy: !item["circuitBreakerPolicy"]
            ? item["circuitBreakerPolicy"]
            : daprComponentResiliencyPolicyCircuitBreakerPolicyConfigurationSerializer(item["circuitBreakerPolicy"]),
    };
}
function daprComponentResiliencyPolicyConfigurationDeserializer(item) {
    return {
        httpRetryPolicy: !item["httpRetryPolicy"]
            ? item["httpRetryPolicy"]
            : daprComponentResiliencyPolicyHttpRetryPolicyConfigurationDeserializer(item["httpRetryPolicy"]),
        timeoutPolicy: !item["timeoutPolicy"]
            ? item["timeoutPolicy"]
            : daprComponentResiliencyPolicyTimeoutPolicyConfigurationDeserializer(item["timeoutPolicy"]),
        circuitBreakerPolicy: !item["circuitBreakerPolicy"]
            ? item["circuitBreakerPolicy"]
            : daprComponentResiliencyPolicyCircuitBreakerPolicyConfigurationDeserializer(item["circuitBreakerPolicy"]),
    };
}
function daprComponentResiliencyPolicyHttpRetryPolicyConfigurationSerializer(item) {
    return {
        maxRetries: item["maxRetries"],
        retryBackOff: !item["retryBackOff"]
            ? item["retryBackOff"]
            : daprComponentResiliencyPolicyHttpRetryBackOffConfigurationSerializer(item["retryBackOff"]),
    };
}
function daprComponentResiliencyPolicyHttpRetryPolicyConfigurationDeserializer(item) {
    return {
        maxRetries: item["maxRetries"],
        retryBackOff: !item["retryBackOff"]
            ? item["retryBackOff"]
            : daprComponentResiliencyPolicyHttpRetryBackOffConfigurationDeserializer(item["retryBackOff"]),
    };
}
function daprComponentResiliencyPolicyHttpRetryBackOffConfigurationSerializer(item) {
    return {
        initialDelayInMilliseconds: item["initialDelayInMilliseconds"],
        maxIntervalInMilliseconds: item["maxIntervalInMilliseconds"],
    };
}
function daprComponentResiliencyPolicyHttpRetryBackOffConfigurationDeserializer(item) {
    return {
        initialDelayInMilliseconds: item["initialDelayInMilliseconds"],
        maxIntervalInMilliseconds: item["maxIntervalInMilliseconds"],
    };
}
function daprComponentResiliencyPolicyTimeoutPolicyConfigurationSerializer(item) {
    return { responseTimeoutInSeconds: item["responseTimeoutInSeconds"] };
}
function daprComponentResiliencyPolicyTimeoutPolicyConfigurationDeserializer(item) {
    return {
        responseTimeoutInSeconds: item["responseTimeoutInSeconds"],
    };
}
function daprComponentResiliencyPolicyCircuitBreakerPolicyConfigurationSerializer(item) {
    return {
        consecutiveErrors: item["consecutiveErrors"],
        timeoutInSeconds: item["timeoutInSeconds"],
        intervalInSeconds: item["intervalInSeconds"],
    };
}
function daprComponentResiliencyPolicyCircuitBreakerPolicyConfigurationDeserializer(item) {
    return {
        consecutiveErrors: item["consecutiveErrors"],
        timeoutInSeconds: item["timeoutInSeconds"],
        intervalInSeconds: item["intervalInSeconds"],
    };
}
function _daprComponentResiliencyPoliciesCollectionDeserializer(item) {
    return {
        value: daprComponentResiliencyPolicyArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
function daprComponentResiliencyPolicyArraySerializer(result) {
    return result.map((item) => {
        return daprComponentResiliencyPolicySerializer(item);
    });
}
function daprComponentResiliencyPolicyArrayDeserializer(result) {
    return result.map((item) => {
        return daprComponentResiliencyPolicyDeserializer(item);
    });
}
function maintenanceConfigurationResourceSerializer(item) {
    return {
        properties: areAllPropsUndefined(item, ["scheduledEntries"])
            ? undefined
            : _maintenanceConfigurationResourcePropertiesSerializer(item),
    };
}
function maintenanceConfigurationResourceDeserializer(item) {
    return {
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
        ...(!item["properties"]
            ? item["properties"]
            : _maintenanceConfigurationResourcePropertiesDeserializer(item["properties"])),
    };
}
function scheduledEntriesSerializer(item) {
    return { scheduledEntries: scheduledEntryArraySerializer(item["scheduledEntries"]) };
}
function scheduledEntriesDeserializer(item) {
    return {
        scheduledEntries: scheduledEntryArrayDeserializer(item["scheduledEntries"]),
    };
}
function scheduledEntryArraySerializer(result) {
    return result.map((item) => {
        return scheduledEntrySerializer(item);
    });
}
function scheduledEntryArrayDeserializer(result) {
    return result.map((item) => {
        return scheduledEntryDeserializer(item);
    });
}
function scheduledEntrySerializer(item) {
    return {
        weekDay: item["weekDay"],
        startHourUtc: item["startHourUtc"],
        durationHours: item["durationHours"],
    };
}
function scheduledEntryDeserializer(item) {
    return {
        weekDay: item["weekDay"],
        startHourUtc: item["startHourUtc"],
        durationHours: item["durationHours"],
    };
}
function _maintenanceConfigurationCollectionDeserializer(item) {
    return {
        value: maintenanceConfigurationResourceArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
function maintenanceConfigurationResourceArraySerializer(result) {
    return result.map((item) => {
        return maintenanceConfigurationResourceSerializer(item);
    });
}
function maintenanceConfigurationResourceArrayDeserializer(result) {
    return result.map((item) => {
        return maintenanceConfigurationResourceDeserializer(item);
    });
}
function managedEnvironmentStorageSerializer(item) {
    return {
        properties: !item["properties"]
            ? item["properties"]
            : managedEnvironmentStoragePropertiesSerializer(item["properties"]),
    };
}
function managedEnvironmentStorageDeserializer(item) {
    return {
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
        properties: !item["properties"]
            ? item["properties"]
            : managedEnvironmentStoragePropertiesDeserializer(item["properties"]),
    };
}
function managedEnvironmentStoragePropertiesSerializer(item) {
    return {
        azureFile: !item["azureFile"]
            ? item["azureFile"]
            : azureFilePropertiesSerializer(item["azureFile"]),
        nfsAzureFile: !item["nfsAzureFile"]
            ? item["nfsAzureFile"]
            : nfsAzureFilePropertiesSerializer(item["nfsAzureFile"]),
    };
}
function managedEnvironmentStoragePropertiesDeserializer(item) {
    return {
        azureFile: !item["azureFile"]
            ? item["azureFile"]
            : azureFilePropertiesDeserializer(item["azureFile"]),
        nfsAzureFile: !item["nfsAzureFile"]
            ? item["nfsAzureFile"]
            : nfsAzureFilePropertiesDeserializer(item["nfsAzureFile"]),
    };
}
function nfsAzureFilePropertiesSerializer(item) {
    return { server: item["server"], accessMode: item["accessMode"], shareName: item["shareName"] };
}
function nfsAzureFilePropertiesDeserializer(item) {
    return {
        server: item["server"],
        accessMode: item["accessMode"],
        shareName: item["shareName"],
    };
}
function managedEnvironmentStoragesCollectionDeserializer(item) {
    return {
        value: managedEnvironmentStorageArrayDeserializer(item["value"]),
    };
}
function managedEnvironmentStorageArraySerializer(result) {
    return result.map((item) => {
        return managedEnvironmentStorageSerializer(item);
    });
}
function managedEnvironmentStorageArrayDeserializer(result) {
    return result.map((item) => {
        return managedEnvironmentStorageDeserializer(item);
    });
}
function jobSerializer(item) {
    return {
        tags: item["tags"],
        location: item["location"],
        properties: areAllPropsUndefined(item, [
            "environmentId",
            "workloadProfileName",
            "configuration",
            "template",
        ])
            ? undefined
            : _jobPropertiesSerializer(item),
        identity: !item["identity"]
            ? item["identity"]
            : managedServiceIdentitySerializer(item["identity"]),
    };
}
function jobDeserializer(item) {
    return {
        tags: !item["tags"]
            ? item["tags"]
            : Object.fromEntries(Object.entries(item["tags"]).map(([k, p]) => [k, p])),
        location: item["location"],
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
        ...(!item["properties"] ? item["properties"] : _jobPropertiesDeserializer(item["properties"])),
        identity: !item["identity"]
            ? item["identity"]
            : managedServiceIdentityDeserializer(item["identity"]),
    };
}
function jobPropertiesSerializer(item) {
    return {
        environmentId: item["environmentId"],
        workloadProfileName: item["workloadProfileName"],
        configuration: !item["configuration"]
            ? item["configuration"]
            : jobConfigurationSerializer(item["configuration"]),
        template: !item["template"] ? item["template"] : jobTemplateSerializer(item["template"]),
    };
}
function jobPropertiesDeserializer(item) {
    return {
        provisioningState: item["provisioningState"],
        runningState: item["runningState"],
        environmentId: item["environmentId"],
        workloadProfileName: item["workloadProfileName"],
        configuration: !item["configuration"]
            ? item["configuration"]
            : jobConfigurationDeserializer(item["configuration"]),
        template: !item["template"] ? item["template"] : jobTemplateDeserializer(item["template"]),
        outboundIpAddresses: !item["outboundIpAddresses"]
            ? item["outboundIpAddresses"]
            : item["outboundIpAddresses"].map((p) => {
                return p;
            }),
        eventStreamEndpoint: item["eventStreamEndpoint"],
    };
}
/** Provisioning state of the Container Apps Job. */
var KnownJobProvisioningState;
(function (KnownJobProvisioningState) {
    /** InProgress */
    KnownJobProvisioningState["InProgress"] = "InProgress";
    /** Succeeded */
    KnownJobProvisioningState["Succeeded"] = "Succeeded";
    /** Failed */
    KnownJobProvisioningState["Failed"] = "Failed";
    /** Canceled */
    KnownJobProvisioningState["Canceled"] = "Canceled";
    /** Deleting */
    KnownJobProvisioningState["Deleting"] = "Deleting";
})(KnownJobProvisioningState || (KnownJobProvisioningState = {}));
/** Current running state of the job */
var KnownJobRunningState;
(function (KnownJobRunningState) {
    /** The job is ready to run. */
    KnownJobRunningState["Ready"] = "Ready";
    /** The job is transitioning to its target state. */
    KnownJobRunningState["Progressing"] = "Progressing";
    /** The job is suspended. */
    KnownJobRunningState["Suspended"] = "Suspended";
})(KnownJobRunningState || (KnownJobRunningState = {}));
function jobConfigurationSerializer(item) {
    return {
        secrets: !item["secrets"] ? item["secrets"] : secretArraySerializer(item["secrets"]),
        triggerType: item["triggerType"],
        replicaTimeout: item["replicaTimeout"],
        replicaRetryLimit: item["replicaRetryLimit"],
        manualTriggerConfig: !item["manualTriggerConfig"]
            ? item["manualTriggerConfig"]
            : jobConfigurationManualTriggerConfigSerializer(item["manualTriggerConfig"]),
        scheduleTriggerConfig: !item["scheduleTriggerConfig"]
            ? item["scheduleTriggerConfig"]
            : jobConfigurationScheduleTriggerConfigSerializer(item["scheduleTriggerConfig"]),
        eventTriggerConfig: !item["eventTriggerConfig"]
            ? item["eventTriggerConfig"]
            : jobConfigurationEventTriggerConfigSerializer(item["eventTriggerConfig"]),
        registries: !item["registries"]
            ? item["registries"]
            : registryCredentialsArraySerializer(item["registries"]),
        identitySettings: !item["identitySettings"]
            ? item["identitySettings"]
            : identitySettingsArraySerializer(item["identitySettings"]),
    };
}
function jobConfigurationDeserializer(item) {
    return {
        secrets: !item["secrets"] ? item["secrets"] : secretArrayDeserializer(item["secrets"]),
        triggerType: item["triggerType"],
        replicaTimeout: item["replicaTimeout"],
        replicaRetryLimit: item["replicaRetryLimit"],
        manualTriggerConfig: !item["manualTriggerConfig"]
            ? item["manualTriggerConfig"]
            : jobConfigurationManualTriggerConfigDeserializer(item["manualTriggerConfig"]),
        scheduleTriggerConfig: !item["scheduleTriggerConfig"]
            ? item["scheduleTriggerConfig"]
            : jobConfigurationScheduleTriggerConfigDeserializer(item["scheduleTriggerConfig"]),
        eventTriggerConfig: !item["eventTriggerConfig"]
            ? item["eventTriggerConfig"]
            : jobConfigurationEventTriggerConfigDeserializer(item["eventTriggerConfig"]),
        registries: !item["registries"]
            ? item["registries"]
            : registryCredentialsArrayDeserializer(item["registries"]),
        identitySettings: !item["identitySettings"]
            ? item["identitySettings"]
            : identitySettingsArrayDeserializer(item["identitySettings"]),
    };
}
/** Trigger type of the job */
var KnownTriggerType;
(function (KnownTriggerType) {
    /** Schedule */
    KnownTriggerType["Schedule"] = "Schedule";
    /** Event */
    KnownTriggerType["Event"] = "Event";
    /** Manual */
    KnownTriggerType["Manual"] = "Manual";
})(KnownTriggerType || (KnownTriggerType = {}));
function jobConfigurationManualTriggerConfigSerializer(item) {
    return {
        replicaCompletionCount: item["replicaCompletionCount"],
        parallelism: item["parallelism"],
    };
}
function jobConfigurationManualTriggerConfigDeserializer(item) {
    return {
        replicaCompletionCount: item["replicaCompletionCount"],
        parallelism: item["parallelism"],
    };
}
function jobConfigurationScheduleTriggerConfigSerializer(item) {
    return {
        replicaCompletionCount: item["replicaCompletionCount"],
        cronExpression: item["cronExpression"],
        parallelism: item["parallelism"],
    };
}
function jobConfigurationScheduleTriggerConfigDeserializer(item) {
    return {
        replicaCompletionCount: item["replicaCompletionCount"],
        cronExpression: item["cronExpression"],
        parallelism: item["parallelism"],
    };
}
function jobConfigurationEventTriggerConfigSerializer(item) {
    return {
        replicaCompletionCount: item["replicaCompletionCount"],
        parallelism: item["parallelism"],
        scale: !item["scale"] ? item["scale"] : jobScaleSerializer(item["scale"]),
    };
}
function jobConfigurationEventTriggerConfigDeserializer(item) {
    return {
        replicaCompletionCount: item["replicaCompletionCount"],
        parallelism: item["parallelism"],
        scale: !item["scale"] ? item["scale"] : jobScaleDeserializer(item["scale"]),
    };
}
function jobScaleSerializer(item) {
    return {
        pollingInterval: item["pollingInterval"],
        minExecutions: item["minExecutions"],
        maxExecutions: item["maxExecutions"],
        rules: !item["rules"] ? item["rules"] : jobScaleRuleArraySerializer(item["rules"]),
    };
}
function jobScaleDeserializer(item) {
    return {
        pollingInterval: item["pollingInterval"],
        minExecutions: item["minExecutions"],
        maxExecutions: item["maxExecutions"],
        rules: !item["rules"] ? item["rules"] : jobScaleRuleArrayDeserializer(item["rules"]),
    };
}
function jobScaleRuleArraySerializer(result) {
    return result.map((item) => {
        return jobScaleRuleSerializer(item);
    });
}
function jobScaleRuleArrayDeserializer(result) {
    return result.map((item) => {
        return jobScaleRuleDeserializer(item);
    });
}
function jobScaleRuleSerializer(item) {
    return {
        name: item["name"],
        type: item["type"],
        metadata: item["metadata"],
        auth: !item["auth"] ? item["auth"] : scaleRuleAuthArraySerializer(item["auth"]),
        identity: item["identity"],
    };
}
function jobScaleRuleDeserializer(item) {
    return {
        name: item["name"],
        type: item["type"],
        metadata: item["metadata"],
        auth: !item["auth"] ? item["auth"] : scaleRuleAuthArrayDeserializer(item["auth"]),
        identity: item["identity"],
    };
}
function jobTemplateSerializer(item) {
    return {
        initContainers: !item["initContainers"]
            ? item["initContainers"]
            : initContainerArraySerializer(item["initContainers"]),
        containers: !item["containers"]
            ? item["containers"]
            : containerArraySerializer(item["containers"]),
        volumes: !item["volumes"] ? item["volumes"] : volumeArraySerializer(item["volumes"]),
    };
}
function jobTemplateDeserializer(item) {
    return {
        initContainers: !item["initContainers"]
            ? item["initContainers"]
            : initContainerArrayDeserializer(item["initContainers"]),
        containers: !item["containers"]
            ? item["containers"]
            : containerArrayDeserializer(item["containers"]),
        volumes: !item["volumes"] ? item["volumes"] : volumeArrayDeserializer(item["volumes"]),
    };
}
function jobPatchPropertiesSerializer(item) {
    return {
        identity: !item["identity"]
            ? item["identity"]
            : managedServiceIdentitySerializer(item["identity"]),
        tags: item["tags"],
        properties: !item["properties"]
            ? item["properties"]
            : jobPatchPropertiesPropertiesSerializer(item["properties"]),
    };
}
function jobPatchPropertiesPropertiesSerializer(item) {
    return {
        environmentId: item["environmentId"],
        configuration: !item["configuration"]
            ? item["configuration"]
            : jobConfigurationSerializer(item["configuration"]),
        template: !item["template"] ? item["template"] : jobTemplateSerializer(item["template"]),
        outboundIpAddresses: !item["outboundIpAddresses"]
            ? item["outboundIpAddresses"]
            : item["outboundIpAddresses"].map((p) => {
                return p;
            }),
        eventStreamEndpoint: item["eventStreamEndpoint"],
    };
}
function _jobsCollectionDeserializer(item) {
    return {
        value: jobArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
function jobArraySerializer(result) {
    return result.map((item) => {
        return jobSerializer(item);
    });
}
function jobArrayDeserializer(result) {
    return result.map((item) => {
        return jobDeserializer(item);
    });
}
function jobExecutionBaseDeserializer(item) {
    return {
        name: item["name"],
        id: item["id"],
    };
}
function containerAppJobExecutionsDeserializer(item) {
    return {
        value: jobExecutionArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
function jobExecutionArrayDeserializer(result) {
    return result.map((item) => {
        return models_jobExecutionDeserializer(item);
    });
}
function jobSecretsCollectionDeserializer(item) {
    return {
        value: secretArrayDeserializer(item["value"]),
    };
}
function diagnosticsCollectionDeserializer(item) {
    return {
        value: diagnosticsArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
function diagnosticsArrayDeserializer(result) {
    return result.map((item) => {
        return diagnosticsDeserializer(item);
    });
}
function diagnosticsDeserializer(item) {
    return {
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
        properties: !item["properties"]
            ? item["properties"]
            : diagnosticsPropertiesDeserializer(item["properties"]),
    };
}
function diagnosticsPropertiesDeserializer(item) {
    return {
        metadata: !item["metadata"]
            ? item["metadata"]
            : diagnosticsDefinitionDeserializer(item["metadata"]),
        dataset: !item["dataset"]
            ? item["dataset"]
            : diagnosticsDataApiResponseArrayDeserializer(item["dataset"]),
        status: !item["status"] ? item["status"] : diagnosticsStatusDeserializer(item["status"]),
        dataProviderMetadata: !item["dataProviderMetadata"]
            ? item["dataProviderMetadata"]
            : diagnosticDataProviderMetadataDeserializer(item["dataProviderMetadata"]),
    };
}
function diagnosticsDefinitionDeserializer(item) {
    return {
        id: item["id"],
        name: item["name"],
        description: item["description"],
        author: item["author"],
        category: item["category"],
        supportTopicList: !item["supportTopicList"]
            ? item["supportTopicList"]
            : diagnosticSupportTopicArrayDeserializer(item["supportTopicList"]),
        analysisTypes: !item["analysisTypes"]
            ? item["analysisTypes"]
            : item["analysisTypes"].map((p) => {
                return p;
            }),
        type: item["type"],
        score: item["score"],
    };
}
function diagnosticSupportTopicArrayDeserializer(result) {
    return result.map((item) => {
        return diagnosticSupportTopicDeserializer(item);
    });
}
function diagnosticSupportTopicDeserializer(item) {
    return {
        id: item["id"],
        pesId: item["pesId"],
    };
}
function diagnosticsDataApiResponseArrayDeserializer(result) {
    return result.map((item) => {
        return diagnosticsDataApiResponseDeserializer(item);
    });
}
function diagnosticsDataApiResponseDeserializer(item) {
    return {
        table: !item["table"]
            ? item["table"]
            : diagnosticDataTableResponseObjectDeserializer(item["table"]),
        renderingProperties: !item["renderingProperties"]
            ? item["renderingProperties"]
            : diagnosticRenderingDeserializer(item["renderingProperties"]),
    };
}
function diagnosticDataTableResponseObjectDeserializer(item) {
    return {
        tableName: item["tableName"],
        columns: !item["columns"]
            ? item["columns"]
            : diagnosticDataTableResponseColumnArrayDeserializer(item["columns"]),
        rows: !item["rows"]
            ? item["rows"]
            : item["rows"].map((p) => {
                return p;
            }),
    };
}
function diagnosticDataTableResponseColumnArrayDeserializer(result) {
    return result.map((item) => {
        return diagnosticDataTableResponseColumnDeserializer(item);
    });
}
function diagnosticDataTableResponseColumnDeserializer(item) {
    return {
        columnName: item["columnName"],
        dataType: item["dataType"],
        columnType: item["columnType"],
    };
}
function diagnosticRenderingDeserializer(item) {
    return {
        type: item["type"],
        title: item["title"],
        description: item["description"],
        isVisible: item["isVisible"],
    };
}
function diagnosticsStatusDeserializer(item) {
    return {
        message: item["message"],
        statusId: item["statusId"],
    };
}
function diagnosticDataProviderMetadataDeserializer(item) {
    return {
        providerName: item["providerName"],
        propertyBag: !item["propertyBag"]
            ? item["propertyBag"]
            : diagnosticDataProviderMetadataPropertyBagItemArrayDeserializer(item["propertyBag"]),
    };
}
function diagnosticDataProviderMetadataPropertyBagItemArrayDeserializer(result) {
    return result.map((item) => {
        return diagnosticDataProviderMetadataPropertyBagItemDeserializer(item);
    });
}
function diagnosticDataProviderMetadataPropertyBagItemDeserializer(item) {
    return {
        name: item["name"],
        value: item["value"],
    };
}
function httpRouteConfigSerializer(item) {
    return {
        properties: !item["properties"]
            ? item["properties"]
            : httpRouteConfigPropertiesSerializer(item["properties"]),
    };
}
function httpRouteConfigDeserializer(item) {
    return {
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
        properties: !item["properties"]
            ? item["properties"]
            : httpRouteConfigPropertiesDeserializer(item["properties"]),
    };
}
function httpRouteConfigPropertiesSerializer(item) {
    return {
        customDomains: !item["customDomains"]
            ? item["customDomains"]
            : customDomainArraySerializer(item["customDomains"]),
        rules: !item["rules"] ? item["rules"] : httpRouteRuleArraySerializer(item["rules"]),
    };
}
function httpRouteConfigPropertiesDeserializer(item) {
    return {
        provisioningState: item["provisioningState"],
        provisioningErrors: !item["provisioningErrors"]
            ? item["provisioningErrors"]
            : httpRouteProvisioningErrorsArrayDeserializer(item["provisioningErrors"]),
        fqdn: item["fqdn"],
        customDomains: !item["customDomains"]
            ? item["customDomains"]
            : customDomainArrayDeserializer(item["customDomains"]),
        rules: !item["rules"] ? item["rules"] : httpRouteRuleArrayDeserializer(item["rules"]),
    };
}
/** The current provisioning state. */
var KnownHttpRouteProvisioningState;
(function (KnownHttpRouteProvisioningState) {
    /** Succeeded */
    KnownHttpRouteProvisioningState["Succeeded"] = "Succeeded";
    /** Failed */
    KnownHttpRouteProvisioningState["Failed"] = "Failed";
    /** Canceled */
    KnownHttpRouteProvisioningState["Canceled"] = "Canceled";
    /** Waiting */
    KnownHttpRouteProvisioningState["Waiting"] = "Waiting";
    /** Updating */
    KnownHttpRouteProvisioningState["Updating"] = "Updating";
    /** Deleting */
    KnownHttpRouteProvisioningState["Deleting"] = "Deleting";
    /** Pending */
    KnownHttpRouteProvisioningState["Pending"] = "Pending";
})(KnownHttpRouteProvisioningState || (KnownHttpRouteProvisioningState = {}));
function httpRouteProvisioningErrorsArrayDeserializer(result) {
    return result.map((item) => {
        return httpRouteProvisioningErrorsDeserializer(item);
    });
}
function httpRouteProvisioningErrorsDeserializer(item) {
    return {
        timestamp: !item["timestamp"] ? item["timestamp"] : new Date(item["timestamp"]),
        message: item["message"],
    };
}
function httpRouteRuleArraySerializer(result) {
    return result.map((item) => {
        return httpRouteRuleSerializer(item);
    });
}
function httpRouteRuleArrayDeserializer(result) {
    return result.map((item) => {
        return httpRouteRuleDeserializer(item);
    });
}
function httpRouteRuleSerializer(item) {
    return {
        targets: !item["targets"] ? item["targets"] : httpRouteTargetArraySerializer(item["targets"]),
        routes: !item["routes"] ? item["routes"] : httpRouteArraySerializer(item["routes"]),
        description: item["description"],
    };
}
function httpRouteRuleDeserializer(item) {
    return {
        targets: !item["targets"] ? item["targets"] : httpRouteTargetArrayDeserializer(item["targets"]),
        routes: !item["routes"] ? item["routes"] : httpRouteArrayDeserializer(item["routes"]),
        description: item["description"],
    };
}
function httpRouteTargetArraySerializer(result) {
    return result.map((item) => {
        return httpRouteTargetSerializer(item);
    });
}
function httpRouteTargetArrayDeserializer(result) {
    return result.map((item) => {
        return httpRouteTargetDeserializer(item);
    });
}
function httpRouteTargetSerializer(item) {
    return { containerApp: item["containerApp"], revision: item["revision"], label: item["label"] };
}
function httpRouteTargetDeserializer(item) {
    return {
        containerApp: item["containerApp"],
        revision: item["revision"],
        label: item["label"],
    };
}
function httpRouteArraySerializer(result) {
    return result.map((item) => {
        return httpRouteSerializer(item);
    });
}
function httpRouteArrayDeserializer(result) {
    return result.map((item) => {
        return httpRouteDeserializer(item);
    });
}
function httpRouteSerializer(item) {
    return {
        match: !item["match"] ? item["match"] : httpRouteMatchSerializer(item["match"]),
        action: !item["action"] ? item["action"] : httpRouteActionSerializer(item["action"]),
    };
}
function httpRouteDeserializer(item) {
    return {
        match: !item["match"] ? item["match"] : httpRouteMatchDeserializer(item["match"]),
        action: !item["action"] ? item["action"] : httpRouteActionDeserializer(item["action"]),
    };
}
function httpRouteMatchSerializer(item) {
    return {
        prefix: item["prefix"],
        path: item["path"],
        pathSeparatedPrefix: item["pathSeparatedPrefix"],
        caseSensitive: item["caseSensitive"],
    };
}
function httpRouteMatchDeserializer(item) {
    return {
        prefix: item["prefix"],
        path: item["path"],
        pathSeparatedPrefix: item["pathSeparatedPrefix"],
        caseSensitive: item["caseSensitive"],
    };
}
function httpRouteActionSerializer(item) {
    return { prefixRewrite: item["prefixRewrite"] };
}
function httpRouteActionDeserializer(item) {
    return {
        prefixRewrite: item["prefixRewrite"],
    };
}
function _httpRouteConfigCollectionDeserializer(item) {
    return {
        value: httpRouteConfigArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
function httpRouteConfigArraySerializer(result) {
    return result.map((item) => {
        return httpRouteConfigSerializer(item);
    });
}
function httpRouteConfigArrayDeserializer(result) {
    return result.map((item) => {
        return httpRouteConfigDeserializer(item);
    });
}
function _availableWorkloadProfilesCollectionDeserializer(item) {
    return {
        value: availableWorkloadProfileArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
function availableWorkloadProfileArrayDeserializer(result) {
    return result.map((item) => {
        return availableWorkloadProfileDeserializer(item);
    });
}
function availableWorkloadProfileDeserializer(item) {
    return {
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
        location: item["location"],
        properties: !item["properties"]
            ? item["properties"]
            : availableWorkloadProfilePropertiesDeserializer(item["properties"]),
    };
}
function availableWorkloadProfilePropertiesDeserializer(item) {
    return {
        category: item["category"],
        applicability: item["applicability"],
        cores: item["cores"],
        memoryGiB: item["memoryGiB"],
        gpus: item["gpus"],
        displayName: item["displayName"],
    };
}
/** indicates whether the profile is default for the location. */
var KnownApplicability;
(function (KnownApplicability) {
    /** LocationDefault */
    KnownApplicability["LocationDefault"] = "LocationDefault";
    /** Custom */
    KnownApplicability["Custom"] = "Custom";
})(KnownApplicability || (KnownApplicability = {}));
function _availableEnvironmentModesCollectionDeserializer(item) {
    return {
        value: availableEnvironmentModeArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
function availableEnvironmentModeArrayDeserializer(result) {
    return result.map((item) => {
        return availableEnvironmentModeDeserializer(item);
    });
}
function availableEnvironmentModeDeserializer(item) {
    return {
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
        location: item["location"],
        properties: !item["properties"]
            ? item["properties"]
            : availableEnvironmentModePropertiesDeserializer(item["properties"]),
    };
}
function availableEnvironmentModePropertiesDeserializer(item) {
    return {
        displayName: item["displayName"],
        description: item["description"],
    };
}
function billingMeterCollectionDeserializer(item) {
    return {
        value: billingMeterArrayDeserializer(item["value"]),
    };
}
function billingMeterArrayDeserializer(result) {
    return result.map((item) => {
        return billingMeterDeserializer(item);
    });
}
function billingMeterDeserializer(item) {
    return {
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
        location: item["location"],
        properties: !item["properties"]
            ? item["properties"]
            : billingMeterPropertiesDeserializer(item["properties"]),
    };
}
function billingMeterPropertiesDeserializer(item) {
    return {
        category: item["category"],
        meterType: item["meterType"],
        displayName: item["displayName"],
    };
}
function _listUsagesResultDeserializer(item) {
    return {
        value: usageArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
function usageArrayDeserializer(result) {
    return result.map((item) => {
        return usageDeserializer(item);
    });
}
function usageDeserializer(item) {
    return {
        unit: item["unit"],
        currentValue: item["currentValue"],
        limit: item["limit"],
        name: usageNameDeserializer(item["name"]),
    };
}
function usageNameDeserializer(item) {
    return {
        value: item["value"],
        localizedValue: item["localizedValue"],
    };
}
/** The available API versions. */
var KnownVersions;
(function (KnownVersions) {
    /** The 2026-01-01 API version. */
    KnownVersions["V20260101"] = "2026-01-01";
    /** The 2026-07-01 API version. */
    KnownVersions["V20260701"] = "2026-07-01";
})(KnownVersions || (KnownVersions = {}));
function _jobExecutionPropertiesDeserializer(item) {
    return {
        status: item["status"],
        startTime: !item["startTime"] ? item["startTime"] : new Date(item["startTime"]),
        endTime: !item["endTime"] ? item["endTime"] : new Date(item["endTime"]),
        template: !item["template"]
            ? item["template"]
            : jobExecutionTemplateDeserializer(item["template"]),
        detailedStatus: !item["detailedStatus"]
            ? item["detailedStatus"]
            : executionStatusDeserializer(item["detailedStatus"]),
        reason: item["reason"],
        message: item["message"],
    };
}
function _sessionPoolPropertiesSerializer(item) {
    return {
        environmentId: item["environmentId"],
        containerType: item["containerType"],
        poolManagementType: item["poolManagementType"],
        scaleConfiguration: !item["scaleConfiguration"]
            ? item["scaleConfiguration"]
            : scaleConfigurationSerializer(item["scaleConfiguration"]),
        secrets: !item["secrets"] ? item["secrets"] : sessionPoolSecretArraySerializer(item["secrets"]),
        dynamicPoolConfiguration: !item["dynamicPoolConfiguration"]
            ? item["dynamicPoolConfiguration"]
            : dynamicPoolConfigurationSerializer(item["dynamicPoolConfiguration"]),
        customContainerTemplate: !item["customContainerTemplate"]
            ? item["customContainerTemplate"]
            : customContainerTemplateSerializer(item["customContainerTemplate"]),
        sessionNetworkConfiguration: !item["sessionNetworkConfiguration"]
            ? item["sessionNetworkConfiguration"]
            : sessionNetworkConfigurationSerializer(item["sessionNetworkConfiguration"]),
        managedIdentitySettings: !item["managedIdentitySettings"]
            ? item["managedIdentitySettings"]
            : managedIdentitySettingArraySerializer(item["managedIdentitySettings"]),
    };
}
function _sessionPoolPropertiesDeserializer(item) {
    return {
        environmentId: item["environmentId"],
        containerType: item["containerType"],
        poolManagementType: item["poolManagementType"],
        nodeCount: item["nodeCount"],
        scaleConfiguration: !item["scaleConfiguration"]
            ? item["scaleConfiguration"]
            : scaleConfigurationDeserializer(item["scaleConfiguration"]),
        secrets: !item["secrets"]
            ? item["secrets"]
            : sessionPoolSecretArrayDeserializer(item["secrets"]),
        dynamicPoolConfiguration: !item["dynamicPoolConfiguration"]
            ? item["dynamicPoolConfiguration"]
            : dynamicPoolConfigurationDeserializer(item["dynamicPoolConfiguration"]),
        customContainerTemplate: !item["customContainerTemplate"]
            ? item["customContainerTemplate"]
            : customContainerTemplateDeserializer(item["customContainerTemplate"]),
        sessionNetworkConfiguration: !item["sessionNetworkConfiguration"]
            ? item["sessionNetworkConfiguration"]
            : sessionNetworkConfigurationDeserializer(item["sessionNetworkConfiguration"]),
        poolManagementEndpoint: item["poolManagementEndpoint"],
        provisioningState: item["provisioningState"],
        managedIdentitySettings: !item["managedIdentitySettings"]
            ? item["managedIdentitySettings"]
            : managedIdentitySettingArrayDeserializer(item["managedIdentitySettings"]),
    };
}
function _sessionPoolUpdatablePropertiesPropertiesSerializer(item) {
    return {
        scaleConfiguration: !item["scaleConfiguration"]
            ? item["scaleConfiguration"]
            : scaleConfigurationSerializer(item["scaleConfiguration"]),
        secrets: !item["secrets"] ? item["secrets"] : sessionPoolSecretArraySerializer(item["secrets"]),
        dynamicPoolConfiguration: !item["dynamicPoolConfiguration"]
            ? item["dynamicPoolConfiguration"]
            : dynamicPoolConfigurationSerializer(item["dynamicPoolConfiguration"]),
        customContainerTemplate: !item["customContainerTemplate"]
            ? item["customContainerTemplate"]
            : customContainerTemplateSerializer(item["customContainerTemplate"]),
        sessionNetworkConfiguration: !item["sessionNetworkConfiguration"]
            ? item["sessionNetworkConfiguration"]
            : sessionNetworkConfigurationSerializer(item["sessionNetworkConfiguration"]),
    };
}
function _sourceControlPropertiesSerializer(item) {
    return {
        repoUrl: item["repoUrl"],
        branch: item["branch"],
        githubActionConfiguration: !item["githubActionConfiguration"]
            ? item["githubActionConfiguration"]
            : githubActionConfigurationSerializer(item["githubActionConfiguration"]),
    };
}
function _sourceControlPropertiesDeserializer(item) {
    return {
        operationState: item["operationState"],
        repoUrl: item["repoUrl"],
        branch: item["branch"],
        githubActionConfiguration: !item["githubActionConfiguration"]
            ? item["githubActionConfiguration"]
            : githubActionConfigurationDeserializer(item["githubActionConfiguration"]),
    };
}
function _containerAppPropertiesSerializer(item) {
    return {
        managedEnvironmentId: item["managedEnvironmentId"],
        environmentId: item["environmentId"],
        networking: !item["networking"]
            ? item["networking"]
            : containerAppNetworkingConfigurationSerializer(item["networking"]),
        workloadProfileName: item["workloadProfileName"],
        configuration: !item["configuration"]
            ? item["configuration"]
            : configurationSerializer(item["configuration"]),
        template: !item["template"] ? item["template"] : templateSerializer(item["template"]),
    };
}
function _containerAppPropertiesDeserializer(item) {
    return {
        provisioningState: item["provisioningState"],
        runningStatus: item["runningStatus"],
        managedEnvironmentId: item["managedEnvironmentId"],
        environmentId: item["environmentId"],
        networking: !item["networking"]
            ? item["networking"]
            : containerAppNetworkingConfigurationDeserializer(item["networking"]),
        workloadProfileName: item["workloadProfileName"],
        latestRevisionName: item["latestRevisionName"],
        latestReadyRevisionName: item["latestReadyRevisionName"],
        latestRevisionFqdn: item["latestRevisionFqdn"],
        customDomainVerificationId: item["customDomainVerificationId"],
        configuration: !item["configuration"]
            ? item["configuration"]
            : configurationDeserializer(item["configuration"]),
        template: !item["template"] ? item["template"] : templateDeserializer(item["template"]),
        outboundIpAddresses: !item["outboundIpAddresses"]
            ? item["outboundIpAddresses"]
            : item["outboundIpAddresses"].map((p) => {
                return p;
            }),
        eventStreamEndpoint: item["eventStreamEndpoint"],
    };
}
function _containerAppAuthTokenPropertiesDeserializer(item) {
    return {
        token: item["token"],
        expires: !item["expires"] ? item["expires"] : new Date(item["expires"]),
    };
}
function _containerAppsFunctionPropertiesDeserializer(item) {
    return {
        invokeUrlTemplate: item["invokeUrlTemplate"],
        triggerType: item["triggerType"],
        language: item["language"],
        isDisabled: item["isDisabled"],
        state: item["state"],
    };
}
function _revisionPropertiesDeserializer(item) {
    return {
        createdTime: !item["createdTime"] ? item["createdTime"] : new Date(item["createdTime"]),
        lastActiveTime: !item["lastActiveTime"]
            ? item["lastActiveTime"]
            : new Date(item["lastActiveTime"]),
        fqdn: item["fqdn"],
        template: !item["template"] ? item["template"] : templateDeserializer(item["template"]),
        active: item["active"],
        replicas: item["replicas"],
        trafficWeight: item["trafficWeight"],
        provisioningError: item["provisioningError"],
        healthState: item["healthState"],
        provisioningState: item["provisioningState"],
        runningState: item["runningState"],
    };
}
function _replicaPropertiesDeserializer(item) {
    return {
        createdTime: !item["createdTime"] ? item["createdTime"] : new Date(item["createdTime"]),
        runningState: item["runningState"],
        runningStateDetails: item["runningStateDetails"],
        containers: !item["containers"]
            ? item["containers"]
            : replicaContainerArrayDeserializer(item["containers"]),
        initContainers: !item["initContainers"]
            ? item["initContainers"]
            : replicaContainerArrayDeserializer(item["initContainers"]),
    };
}
function _dotNetComponentPropertiesSerializer(item) {
    return {
        componentType: item["componentType"],
        configurations: !item["configurations"]
            ? item["configurations"]
            : dotNetComponentConfigurationPropertyArraySerializer(item["configurations"]),
        serviceBinds: !item["serviceBinds"]
            ? item["serviceBinds"]
            : dotNetComponentServiceBindArraySerializer(item["serviceBinds"]),
    };
}
function _dotNetComponentPropertiesDeserializer(item) {
    return {
        componentType: item["componentType"],
        provisioningState: item["provisioningState"],
        configurations: !item["configurations"]
            ? item["configurations"]
            : dotNetComponentConfigurationPropertyArrayDeserializer(item["configurations"]),
        serviceBinds: !item["serviceBinds"]
            ? item["serviceBinds"]
            : dotNetComponentServiceBindArrayDeserializer(item["serviceBinds"]),
    };
}
function _authConfigPropertiesSerializer(item) {
    return {
        platform: !item["platform"] ? item["platform"] : authPlatformSerializer(item["platform"]),
        globalValidation: !item["globalValidation"]
            ? item["globalValidation"]
            : globalValidationSerializer(item["globalValidation"]),
        identityProviders: !item["identityProviders"]
            ? item["identityProviders"]
            : identityProvidersSerializer(item["identityProviders"]),
        login: !item["login"] ? item["login"] : loginSerializer(item["login"]),
        httpSettings: !item["httpSettings"]
            ? item["httpSettings"]
            : httpSettingsSerializer(item["httpSettings"]),
        encryptionSettings: !item["encryptionSettings"]
            ? item["encryptionSettings"]
            : encryptionSettingsSerializer(item["encryptionSettings"]),
    };
}
function _authConfigPropertiesDeserializer(item) {
    return {
        platform: !item["platform"] ? item["platform"] : authPlatformDeserializer(item["platform"]),
        globalValidation: !item["globalValidation"]
            ? item["globalValidation"]
            : globalValidationDeserializer(item["globalValidation"]),
        identityProviders: !item["identityProviders"]
            ? item["identityProviders"]
            : identityProvidersDeserializer(item["identityProviders"]),
        login: !item["login"] ? item["login"] : loginDeserializer(item["login"]),
        httpSettings: !item["httpSettings"]
            ? item["httpSettings"]
            : httpSettingsDeserializer(item["httpSettings"]),
        encryptionSettings: !item["encryptionSettings"]
            ? item["encryptionSettings"]
            : encryptionSettingsDeserializer(item["encryptionSettings"]),
    };
}
function _connectedEnvironmentPropertiesSerializer(item) {
    return {
        staticIp: item["staticIp"],
        daprAIConnectionString: item["daprAIConnectionString"],
        customDomainConfiguration: !item["customDomainConfiguration"]
            ? item["customDomainConfiguration"]
            : customDomainConfigurationSerializer(item["customDomainConfiguration"]),
    };
}
function _connectedEnvironmentPropertiesDeserializer(item) {
    return {
        provisioningState: item["provisioningState"],
        deploymentErrors: item["deploymentErrors"],
        defaultDomain: item["defaultDomain"],
        staticIp: item["staticIp"],
        daprAIConnectionString: item["daprAIConnectionString"],
        customDomainConfiguration: !item["customDomainConfiguration"]
            ? item["customDomainConfiguration"]
            : customDomainConfigurationDeserializer(item["customDomainConfiguration"]),
    };
}
function _privateEndpointConnectionPropertiesSerializer(item) {
    return {
        privateEndpoint: !item["privateEndpoint"]
            ? item["privateEndpoint"]
            : privateEndpointSerializer(item["privateEndpoint"]),
        privateLinkServiceConnectionState: !item["privateLinkServiceConnectionState"]
            ? item["privateLinkServiceConnectionState"]
            : privateLinkServiceConnectionStateSerializer(item["privateLinkServiceConnectionState"]),
    };
}
function _privateEndpointConnectionPropertiesDeserializer(item) {
    return {
        groupIds: !item["groupIds"]
            ? item["groupIds"]
            : item["groupIds"].map((p) => {
                return p;
            }),
        privateEndpoint: !item["privateEndpoint"]
            ? item["privateEndpoint"]
            : privateEndpointDeserializer(item["privateEndpoint"]),
        privateLinkServiceConnectionState: !item["privateLinkServiceConnectionState"]
            ? item["privateLinkServiceConnectionState"]
            : privateLinkServiceConnectionStateDeserializer(item["privateLinkServiceConnectionState"]),
        provisioningState: item["provisioningState"],
    };
}
function _managedEnvironmentPropertiesSerializer(item) {
    return {
        daprAIInstrumentationKey: item["daprAIInstrumentationKey"],
        daprAIConnectionString: item["daprAIConnectionString"],
        vnetConfiguration: !item["vnetConfiguration"]
            ? item["vnetConfiguration"]
            : vnetConfigurationSerializer(item["vnetConfiguration"]),
        appLogsConfiguration: !item["appLogsConfiguration"]
            ? item["appLogsConfiguration"]
            : appLogsConfigurationSerializer(item["appLogsConfiguration"]),
        appInsightsConfiguration: !item["appInsightsConfiguration"]
            ? item["appInsightsConfiguration"]
            : appInsightsConfigurationSerializer(item["appInsightsConfiguration"]),
        openTelemetryConfiguration: !item["openTelemetryConfiguration"]
            ? item["openTelemetryConfiguration"]
            : openTelemetryConfigurationSerializer(item["openTelemetryConfiguration"]),
        zoneRedundant: item["zoneRedundant"],
        customDomainConfiguration: !item["customDomainConfiguration"]
            ? item["customDomainConfiguration"]
            : customDomainConfigurationSerializer(item["customDomainConfiguration"]),
        workloadProfiles: !item["workloadProfiles"]
            ? item["workloadProfiles"]
            : workloadProfileArraySerializer(item["workloadProfiles"]),
        kedaConfiguration: !item["kedaConfiguration"]
            ? item["kedaConfiguration"]
            : kedaConfigurationSerializer(item["kedaConfiguration"]),
        daprConfiguration: !item["daprConfiguration"]
            ? item["daprConfiguration"]
            : daprConfigurationSerializer(item["daprConfiguration"]),
        infrastructureResourceGroup: item["infrastructureResourceGroup"],
        peerAuthentication: !item["peerAuthentication"]
            ? item["peerAuthentication"]
            : managedEnvironmentPropertiesPeerAuthenticationSerializer(item["peerAuthentication"]),
        peerTrafficConfiguration: !item["peerTrafficConfiguration"]
            ? item["peerTrafficConfiguration"]
            : managedEnvironmentPropertiesPeerTrafficConfigurationSerializer(item["peerTrafficConfiguration"]),
        ingressConfiguration: !item["ingressConfiguration"]
            ? item["ingressConfiguration"]
            : ingressConfigurationSerializer(item["ingressConfiguration"]),
        environmentMode: item["environmentMode"],
        publicNetworkAccess: item["publicNetworkAccess"],
    };
}
function _managedEnvironmentPropertiesDeserializer(item) {
    return {
        provisioningState: item["provisioningState"],
        daprAIInstrumentationKey: item["daprAIInstrumentationKey"],
        daprAIConnectionString: item["daprAIConnectionString"],
        vnetConfiguration: !item["vnetConfiguration"]
            ? item["vnetConfiguration"]
            : vnetConfigurationDeserializer(item["vnetConfiguration"]),
        deploymentErrors: item["deploymentErrors"],
        defaultDomain: item["defaultDomain"],
        staticIp: item["staticIp"],
        appLogsConfiguration: !item["appLogsConfiguration"]
            ? item["appLogsConfiguration"]
            : appLogsConfigurationDeserializer(item["appLogsConfiguration"]),
        appInsightsConfiguration: !item["appInsightsConfiguration"]
            ? item["appInsightsConfiguration"]
            : appInsightsConfigurationDeserializer(item["appInsightsConfiguration"]),
        openTelemetryConfiguration: !item["openTelemetryConfiguration"]
            ? item["openTelemetryConfiguration"]
            : openTelemetryConfigurationDeserializer(item["openTelemetryConfiguration"]),
        zoneRedundant: item["zoneRedundant"],
        customDomainConfiguration: !item["customDomainConfiguration"]
            ? item["customDomainConfiguration"]
            : customDomainConfigurationDeserializer(item["customDomainConfiguration"]),
        eventStreamEndpoint: item["eventStreamEndpoint"],
        workloadProfiles: !item["workloadProfiles"]
            ? item["workloadProfiles"]
            : workloadProfileArrayDeserializer(item["workloadProfiles"]),
        kedaConfiguration: !item["kedaConfiguration"]
            ? item["kedaConfiguration"]
            : kedaConfigurationDeserializer(item["kedaConfiguration"]),
        daprConfiguration: !item["daprConfiguration"]
            ? item["daprConfiguration"]
            : daprConfigurationDeserializer(item["daprConfiguration"]),
        infrastructureResourceGroup: item["infrastructureResourceGroup"],
        peerAuthentication: !item["peerAuthentication"]
            ? item["peerAuthentication"]
            : managedEnvironmentPropertiesPeerAuthenticationDeserializer(item["peerAuthentication"]),
        peerTrafficConfiguration: !item["peerTrafficConfiguration"]
            ? item["peerTrafficConfiguration"]
            : managedEnvironmentPropertiesPeerTrafficConfigurationDeserializer(item["peerTrafficConfiguration"]),
        ingressConfiguration: !item["ingressConfiguration"]
            ? item["ingressConfiguration"]
            : ingressConfigurationDeserializer(item["ingressConfiguration"]),
        environmentMode: item["environmentMode"],
        privateEndpointConnections: !item["privateEndpointConnections"]
            ? item["privateEndpointConnections"]
            : privateEndpointConnectionArrayDeserializer(item["privateEndpointConnections"]),
        publicNetworkAccess: item["publicNetworkAccess"],
    };
}
function _environmentAuthTokenPropertiesDeserializer(item) {
    return {
        token: item["token"],
        expires: !item["expires"] ? item["expires"] : new Date(item["expires"]),
    };
}
function _daprComponentPropertiesSerializer(item) {
    return {
        componentType: item["componentType"],
        version: item["version"],
        ignoreErrors: item["ignoreErrors"],
        initTimeout: item["initTimeout"],
        secrets: !item["secrets"] ? item["secrets"] : secretArraySerializer(item["secrets"]),
        secretStoreComponent: item["secretStoreComponent"],
        metadata: !item["metadata"] ? item["metadata"] : daprMetadataArraySerializer(item["metadata"]),
        scopes: !item["scopes"]
            ? item["scopes"]
            : item["scopes"].map((p) => {
                return p;
            }),
    };
}
function _daprComponentPropertiesDeserializer(item) {
    return {
        componentType: item["componentType"],
        version: item["version"],
        ignoreErrors: item["ignoreErrors"],
        initTimeout: item["initTimeout"],
        secrets: !item["secrets"] ? item["secrets"] : secretArrayDeserializer(item["secrets"]),
        secretStoreComponent: item["secretStoreComponent"],
        metadata: !item["metadata"]
            ? item["metadata"]
            : daprMetadataArrayDeserializer(item["metadata"]),
        scopes: !item["scopes"]
            ? item["scopes"]
            : item["scopes"].map((p) => {
                return p;
            }),
        provisioningState: item["provisioningState"],
        deploymentErrors: item["deploymentErrors"],
    };
}
function _privateLinkResourcePropertiesDeserializer(item) {
    return {
        groupId: item["groupId"],
        requiredMembers: !item["requiredMembers"]
            ? item["requiredMembers"]
            : item["requiredMembers"].map((p) => {
                return p;
            }),
        requiredZoneNames: !item["requiredZoneNames"]
            ? item["requiredZoneNames"]
            : item["requiredZoneNames"].map((p) => {
                return p;
            }),
    };
}
function _daprComponentResiliencyPolicyPropertiesSerializer(item) {
    return {
        inboundPolicy: !item["inboundPolicy"]
            ? item["inboundPolicy"]
            : daprComponentResiliencyPolicyConfigurationSerializer(item["inboundPolicy"]),
        outboundPolicy: !item["outboundPolicy"]
            ? item["outboundPolicy"]
            : daprComponentResiliencyPolicyConfigurationSerializer(item["outboundPolicy"]),
    };
}
function _daprComponentResiliencyPolicyPropertiesDeserializer(item) {
    return {
        inboundPolicy: !item["inboundPolicy"]
            ? item["inboundPolicy"]
            : daprComponentResiliencyPolicyConfigurationDeserializer(item["inboundPolicy"]),
        outboundPolicy: !item["outboundPolicy"]
            ? item["outboundPolicy"]
            : daprComponentResiliencyPolicyConfigurationDeserializer(item["outboundPolicy"]),
    };
}
function _maintenanceConfigurationResourcePropertiesSerializer(item) {
    return {
        scheduledEntries: !item["scheduledEntries"]
            ? item["scheduledEntries"]
            : scheduledEntryArraySerializer(item["scheduledEntries"]),
    };
}
function _maintenanceConfigurationResourcePropertiesDeserializer(item) {
    return {
        scheduledEntries: !item["scheduledEntries"]
            ? item["scheduledEntries"]
            : scheduledEntryArrayDeserializer(item["scheduledEntries"]),
    };
}
function _jobPropertiesSerializer(item) {
    return {
        environmentId: item["environmentId"],
        workloadProfileName: item["workloadProfileName"],
        configuration: !item["configuration"]
            ? item["configuration"]
            : jobConfigurationSerializer(item["configuration"]),
        template: !item["template"] ? item["template"] : jobTemplateSerializer(item["template"]),
    };
}
function _jobPropertiesDeserializer(item) {
    return {
        provisioningState: item["provisioningState"],
        runningState: item["runningState"],
        environmentId: item["environmentId"],
        workloadProfileName: item["workloadProfileName"],
        configuration: !item["configuration"]
            ? item["configuration"]
            : jobConfigurationDeserializer(item["configuration"]),
        template: !item["template"] ? item["template"] : jobTemplateDeserializer(item["template"]),
        outboundIpAddresses: !item["outboundIpAddresses"]
            ? item["outboundIpAddresses"]
            : item["outboundIpAddresses"].map((p) => {
                return p;
            }),
        eventStreamEndpoint: item["eventStreamEndpoint"],
    };
}
//# sourceMappingURL=models.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-appcontainers/dist/esm/api/operations.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.



function _jobExecutionSend(context, resourceGroupName, jobName, jobExecutionName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/jobs/{jobName}/executions/{jobExecutionName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        jobName: jobName,
        jobExecutionName: jobExecutionName,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...operationOptionsToRequestParameters(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _jobExecutionDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = createRestError(result);
        if (result.body) {
            error.details = defaultErrorResponseDeserializer(result.body);
        }
        throw error;
    }
    return jobExecutionDeserializer(result.body);
}
/** Get details of a single job execution */
async function jobExecution(context, resourceGroupName, jobName, jobExecutionName, options = { requestOptions: {} }) {
    const result = await _jobExecutionSend(context, resourceGroupName, jobName, jobExecutionName, options);
    return _jobExecutionDeserialize(result);
}
function _getCustomDomainVerificationIdSend(context, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/providers/Microsoft.App/getCustomDomainVerificationId{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).post({
        ...operationOptionsToRequestParameters(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _getCustomDomainVerificationIdDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = createRestError(result);
        if (result.body) {
            error.details = defaultErrorResponseDeserializer(result.body);
        }
        throw error;
    }
    return { body: result.body };
}
/** Get the verification id of a subscription used for verifying custom domains */
async function getCustomDomainVerificationId(context, options = { requestOptions: {} }) {
    const result = await _getCustomDomainVerificationIdSend(context, options);
    return _getCustomDomainVerificationIdDeserialize(result);
}
//# sourceMappingURL=operations.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-appcontainers/dist/esm/api/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.


//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-appcontainers/dist/esm/static-helpers/pagingHelpers.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.


/**
 * Helper to paginate results in a generic way and return a PagedAsyncIterableIterator
 */
function pagingHelpers_buildPagedAsyncIterator(client, getInitialResponse, processResponseBody, expectedStatuses, options = {}) {
    const itemName = options.itemName ?? "value";
    const nextLinkName = options.nextLinkName ?? "nextLink";
    const nextLinkMethod = options.nextLinkMethod ?? "GET";
    const apiVersion = options.apiVersion;
    const pagedResult = {
        getPage: async (pageLink) => {
            let result;
            if (pageLink === undefined) {
                result = await getInitialResponse();
            }
            else {
                const resolvedPageLink = apiVersion ? addApiVersionToUrl(pageLink, apiVersion) : pageLink;
                result =
                    nextLinkMethod === "POST"
                        ? await client.pathUnchecked(resolvedPageLink).post()
                        : await client.pathUnchecked(resolvedPageLink).get();
            }
            checkPagingRequest(result, expectedStatuses);
            const results = await processResponseBody(result);
            const nextLink = getNextLink(results, nextLinkName);
            const values = getElements(results, itemName);
            return {
                page: values,
                nextPageLink: nextLink,
            };
        },
        byPage: (settings) => {
            const { continuationToken } = settings ?? {};
            return getPageAsyncIterator(pagedResult, {
                pageLink: continuationToken,
            });
        },
    };
    return getPagedAsyncIterator(pagedResult);
}
/**
 * returns an async iterator that iterates over results. It also has a `byPage`
 * method that returns pages of items at once.
 *
 * @param pagedResult - an object that specifies how to get pages.
 * @returns a paged async iterator that iterates over results.
 */
function getPagedAsyncIterator(pagedResult) {
    const iter = getItemAsyncIterator(pagedResult);
    return {
        next() {
            return iter.next();
        },
        [Symbol.asyncIterator]() {
            return this;
        },
        byPage: pagedResult?.byPage ??
            ((settings) => {
                const { continuationToken } = settings ?? {};
                return getPageAsyncIterator(pagedResult, {
                    pageLink: continuationToken,
                });
            }),
    };
}
async function* getItemAsyncIterator(pagedResult) {
    const pages = getPageAsyncIterator(pagedResult);
    for await (const page of pages) {
        yield* page;
    }
}
async function* getPageAsyncIterator(pagedResult, options = {}) {
    const { pageLink } = options;
    let response = await pagedResult.getPage(pageLink ?? pagedResult.firstPageLink);
    if (!response) {
        return;
    }
    let result = response.page;
    result.continuationToken = response.nextPageLink;
    yield result;
    while (response.nextPageLink) {
        response = await pagedResult.getPage(response.nextPageLink);
        if (!response) {
            return;
        }
        result = response.page;
        result.continuationToken = response.nextPageLink;
        yield result;
    }
}
/**
 * Gets for the value of nextLink in the body
 */
function getNextLink(body, nextLinkName) {
    if (!nextLinkName) {
        return undefined;
    }
    const nextLink = body[nextLinkName];
    if (typeof nextLink !== "string" && typeof nextLink !== "undefined" && nextLink !== null) {
        throw new RestError(`Body Property ${nextLinkName} should be a string or undefined or null but got ${typeof nextLink}`);
    }
    if (nextLink === null) {
        return undefined;
    }
    return nextLink;
}
/**
 * Gets the elements of the current request in the body.
 */
function getElements(body, itemName) {
    const value = body[itemName];
    if (!Array.isArray(value)) {
        throw new RestError(`Couldn't paginate response\n Body doesn't contain an array property with name: ${itemName}`);
    }
    return value ?? [];
}
/**
 * Checks if a request failed
 */
function checkPagingRequest(response, expectedStatuses) {
    if (!expectedStatuses.includes(response.status)) {
        throw createRestError(`Pagination failed with unexpected statusCode ${response.status}`, response);
    }
}
/**
 * Adds the api-version query parameter on a URL if it's not present.
 * @param url - the URL to modify
 * @param apiVersion - the API version to set
 * @returns - the URL with the api-version query parameter set
 */
function addApiVersionToUrl(url, apiVersion) {
    // The base URL is only used for parsing and won't appear in the returned URL
    const urlObj = new URL(url, "https://microsoft.com");
    if (!urlObj.searchParams.get("api-version")) {
        // Append one if there is no apiVersion
        return `${url}${urlObj.search ? "&" : "?"}api-version=${apiVersion}`;
    }
    return url;
}
//# sourceMappingURL=pagingHelpers.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-appcontainers/node_modules/@azure/core-lro/dist/esm/logger.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

/**
 * The `@azure/logger` configuration for this package.
 * @internal
 */
const esm_logger_logger = (0,esm/* createClientLogger */.KV)("core-lro");
//# sourceMappingURL=logger.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-appcontainers/node_modules/@azure/core-lro/dist/esm/poller/operation.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.


/**
 * Deserializes the state
 */
function operation_deserializeState(serializedState) {
    try {
        return JSON.parse(serializedState).state;
    }
    catch (e) {
        throw new Error(`Unable to deserialize input state: ${serializedState}`);
    }
}
function setStateError(inputs) {
    const { state, isOperationError } = inputs;
    return (error) => {
        if (isOperationError(error)) {
            state.error = error;
            state.status = "failed";
        }
        throw error;
    };
}
function appendReadableErrorMessage(currentMessage, innerMessage) {
    let message = currentMessage;
    if (message.slice(-1) !== ".") {
        message = message + ".";
    }
    return message + " " + innerMessage;
}
function simplifyError(err) {
    let message = err.message;
    let code = err.code;
    let curErr = err;
    while (curErr.innererror) {
        curErr = curErr.innererror;
        code = curErr.code;
        message = appendReadableErrorMessage(message, curErr.message);
    }
    return {
        code,
        message,
    };
}
async function processOperationStatus(result) {
    const { state, status, isDone, processResult, getError, response, setErrorAsResult } = result;
    switch (status) {
        case "succeeded": {
            state.status = "succeeded";
            break;
        }
        case "failed": {
            const err = getError?.(response);
            let postfix = "";
            if (err) {
                const { code, message } = simplifyError(err);
                postfix = `. ${code}. ${message}`;
            }
            const errStr = `The long-running operation has failed${postfix}`;
            state.error = new Error(errStr);
            state.status = "failed";
            logger.warning(errStr);
            break;
        }
        case "canceled": {
            state.status = "canceled";
            break;
        }
    }
    if (isDone?.(response, state) ||
        (isDone === undefined &&
            ["succeeded", "canceled"].concat(setErrorAsResult ? [] : ["failed"]).includes(status))) {
        state.result = await buildResult({
            response,
            state,
            processResult,
        });
    }
}
async function buildResult(inputs) {
    const { processResult, response, state } = inputs;
    return processResult ? processResult(response, state) : response;
}
/**
 * Initiates the long-running operation.
 */
async function operation_initOperation(inputs) {
    const { init, processResult, getOperationStatus, withOperationLocation, setErrorAsResult } = inputs;
    const { operationLocation, resourceLocation, initialRequestUrl, requestMethod, metadata, response, } = await init();
    if (operationLocation)
        withOperationLocation?.(operationLocation, false);
    const config = {
        metadata,
        operationLocation,
        resourceLocation,
        initialRequestUrl,
        requestMethod,
    };
    logger.verbose(`LRO: Operation description:`, config);
    const state = { status: "running", config };
    const status = getOperationStatus({ response, state, operationLocation });
    await processOperationStatus({
        state,
        status,
        response,
        setErrorAsResult,
        processResult,
    });
    return state;
}
async function pollOperationHelper(inputs) {
    const { poll, state, operationLocation, getOperationStatus, getResourceLocation, isOperationError, options, } = inputs;
    const response = await poll(operationLocation, options).catch(setStateError({
        state,
        isOperationError,
    }));
    const status = getOperationStatus(response, state);
    logger.verbose(`LRO: Status:\n\tPolling from: ${state.config.operationLocation}\n\tOperation status: ${status}\n\tPolling status: ${terminalStates.includes(status) ? "Stopped" : "Running"}`);
    if (status === "succeeded") {
        const resourceLocation = getResourceLocation(response, state);
        if (resourceLocation !== undefined) {
            return {
                response: await poll(resourceLocation).catch(setStateError({ state, isOperationError })),
                status,
            };
        }
    }
    return { response, status };
}
/** Polls the long-running operation. */
async function operation_pollOperation(inputs) {
    const { poll, state, options, getOperationStatus, getResourceLocation, getOperationLocation, isOperationError, withOperationLocation, getPollingInterval, processResult, getError, updateState, setDelay, isDone, setErrorAsResult, } = inputs;
    const { operationLocation } = state.config;
    if (operationLocation !== undefined) {
        const { response, status } = await pollOperationHelper({
            poll,
            getOperationStatus,
            state,
            operationLocation,
            getResourceLocation,
            isOperationError,
            options,
        });
        await processOperationStatus({
            status,
            response,
            state,
            isDone,
            processResult,
            getError,
            setErrorAsResult,
        });
        if (!terminalStates.includes(status)) {
            const intervalInMs = getPollingInterval?.(response);
            if (intervalInMs)
                setDelay(intervalInMs);
            const location = getOperationLocation?.(response, state);
            if (location !== undefined) {
                const isUpdated = operationLocation !== location;
                state.config.operationLocation = location;
                withOperationLocation?.(location, isUpdated);
            }
            else
                withOperationLocation?.(operationLocation, false);
        }
        updateState?.(state, response);
    }
}
//# sourceMappingURL=operation.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-appcontainers/node_modules/@azure/core-lro/dist/esm/http/operation.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.


function getOperationLocationPollingUrl(inputs) {
    const { azureAsyncOperation, operationLocation } = inputs;
    return operationLocation ?? azureAsyncOperation;
}
function getLocationHeader(rawResponse) {
    return rawResponse.headers["location"];
}
function getOperationLocationHeader(rawResponse) {
    return rawResponse.headers["operation-location"];
}
function getAzureAsyncOperationHeader(rawResponse) {
    return rawResponse.headers["azure-asyncoperation"];
}
function findResourceLocation(inputs) {
    const { location, requestMethod, requestPath, resourceLocationConfig, skipFinalGet } = inputs;
    // If skipFinalGet is true, return undefined to skip the final GET request
    if (skipFinalGet) {
        return undefined;
    }
    switch (requestMethod) {
        case "PUT": {
            return requestPath;
        }
        case "DELETE": {
            return undefined;
        }
        case "PATCH": {
            return getDefault() ?? requestPath;
        }
        default: {
            return getDefault();
        }
    }
    function getDefault() {
        switch (resourceLocationConfig) {
            case "operation-location":
            case "azure-async-operation": {
                return undefined;
            }
            case "original-uri": {
                return requestPath;
            }
            case "location":
            default: {
                return location;
            }
        }
    }
}
function operation_inferLroMode(rawResponse, resourceLocationConfig, skipFinalGet) {
    const requestPath = rawResponse.request.url;
    const requestMethod = rawResponse.request.method;
    const operationLocation = getOperationLocationHeader(rawResponse);
    const azureAsyncOperation = getAzureAsyncOperationHeader(rawResponse);
    const pollingUrl = getOperationLocationPollingUrl({ operationLocation, azureAsyncOperation });
    const location = getLocationHeader(rawResponse);
    const normalizedRequestMethod = requestMethod?.toLocaleUpperCase();
    if (pollingUrl !== undefined) {
        return {
            mode: "OperationLocation",
            operationLocation: pollingUrl,
            resourceLocation: findResourceLocation({
                requestMethod: normalizedRequestMethod,
                location,
                requestPath,
                resourceLocationConfig,
                skipFinalGet,
            }),
            initialRequestUrl: requestPath,
            requestMethod,
        };
    }
    else if (location !== undefined) {
        return {
            mode: "ResourceLocation",
            operationLocation: location,
            initialRequestUrl: requestPath,
            requestMethod,
        };
    }
    else if (normalizedRequestMethod === "PUT" && requestPath) {
        return {
            mode: "Body",
            operationLocation: requestPath,
            initialRequestUrl: requestPath,
            requestMethod,
        };
    }
    else {
        return undefined;
    }
}
function transformStatus(inputs) {
    const { status, statusCode } = inputs;
    if (typeof status !== "string" && status !== undefined) {
        throw new Error(`Polling was unsuccessful. Expected status to have a string value or no value but it has instead: ${status}. This doesn't necessarily indicate the operation has failed. Check your Azure subscription or resource status for more information.`);
    }
    logger.verbose(`LRO: Transforming status: ${status} with status code: ${statusCode}.`);
    const lowerCaseStatus = status?.toLocaleLowerCase();
    if (!lowerCaseStatus) {
        return toOperationStatus(statusCode);
    }
    if (lowerCaseStatus.includes("succeeded")) {
        return "succeeded";
    }
    if (lowerCaseStatus.includes("fail")) {
        return "failed";
    }
    if (["canceled", "cancelled"].includes(lowerCaseStatus)) {
        return "canceled";
    }
    return "running";
}
function getStatus(rawResponse) {
    const { status } = rawResponse.body ?? {};
    return transformStatus({ status, statusCode: rawResponse.statusCode });
}
function getProvisioningState(rawResponse) {
    const { properties, provisioningState } = rawResponse.body ?? {};
    const status = properties?.provisioningState ?? provisioningState;
    return transformStatus({ status, statusCode: rawResponse.statusCode });
}
function toOperationStatus(statusCode) {
    if (statusCode === 202) {
        return "running";
    }
    else if (statusCode < 300) {
        return "succeeded";
    }
    else {
        return "failed";
    }
}
function operation_parseRetryAfter({ rawResponse }) {
    const retryAfter = rawResponse.headers["retry-after"];
    if (retryAfter !== undefined) {
        // Retry-After header value is either in HTTP date format, or in seconds
        const retryAfterInSeconds = parseInt(retryAfter);
        return isNaN(retryAfterInSeconds)
            ? calculatePollingIntervalFromDate(new Date(retryAfter))
            : retryAfterInSeconds * 1000;
    }
    return undefined;
}
function operation_getErrorFromResponse(response) {
    const error = accessBodyProperty(response, "error");
    if (!error) {
        logger.warning(`The long-running operation failed but there is no error property in the response's body`);
        return;
    }
    if (!error.code || !error.message) {
        logger.warning(`The long-running operation failed but the error property in the response's body doesn't contain code or message`);
        return;
    }
    return error;
}
function calculatePollingIntervalFromDate(retryAfterDate) {
    const timeNow = Math.floor(new Date().getTime());
    const retryAfterTime = retryAfterDate.getTime();
    if (timeNow < retryAfterTime) {
        return retryAfterTime - timeNow;
    }
    return undefined;
}
function operation_getStatusFromInitialResponse(inputs) {
    const { response, state, operationLocation } = inputs;
    function helper() {
        const mode = state.config.metadata?.["mode"];
        switch (mode) {
            case undefined:
                return toOperationStatus(response.rawResponse.statusCode);
            case "Body":
                return operation_getOperationStatus(response, state);
            default:
                return "running";
        }
    }
    const status = helper();
    return status === "running" && operationLocation === undefined ? "succeeded" : status;
}
function operation_getOperationLocation({ rawResponse }, state) {
    const mode = state.config.metadata?.["mode"];
    switch (mode) {
        case "OperationLocation": {
            return getOperationLocationPollingUrl({
                operationLocation: getOperationLocationHeader(rawResponse),
                azureAsyncOperation: getAzureAsyncOperationHeader(rawResponse),
            });
        }
        case "ResourceLocation": {
            return getLocationHeader(rawResponse);
        }
        case "Body":
        default: {
            return undefined;
        }
    }
}
function operation_getOperationStatus({ rawResponse }, state) {
    const mode = state.config.metadata?.["mode"];
    switch (mode) {
        case "OperationLocation": {
            return getStatus(rawResponse);
        }
        case "ResourceLocation": {
            return toOperationStatus(rawResponse.statusCode);
        }
        case "Body": {
            return getProvisioningState(rawResponse);
        }
        default:
            throw new Error(`Internal error: Unexpected operation mode: ${mode}`);
    }
}
function accessBodyProperty({ flatResponse, rawResponse }, prop) {
    return flatResponse?.[prop] ?? rawResponse.body?.[prop];
}
function operation_getResourceLocation(res, state) {
    const loc = accessBodyProperty(res, "resourceLocation");
    if (loc && typeof loc === "string") {
        state.config.resourceLocation = loc;
    }
    return state.config.resourceLocation;
}
function operation_isOperationError(e) {
    return e.name === "RestError";
}
/** Polls the long-running operation. */
async function pollHttpOperation(inputs) {
    const { lro, options, processResult, updateState, setDelay, state, setErrorAsResult } = inputs;
    return pollOperation({
        state,
        setDelay,
        processResult: processResult
            ? ({ flatResponse }, inputState) => processResult(flatResponse, inputState)
            : ({ flatResponse }) => flatResponse,
        getError: operation_getErrorFromResponse,
        updateState,
        getPollingInterval: operation_parseRetryAfter,
        getOperationLocation: operation_getOperationLocation,
        getOperationStatus: operation_getOperationStatus,
        isOperationError: operation_isOperationError,
        getResourceLocation: operation_getResourceLocation,
        options,
        /**
         * The expansion here is intentional because `lro` could be an object that
         * references an inner this, so we need to preserve a reference to it.
         */
        poll: async (location, inputOptions) => lro.sendPollRequest(location, inputOptions),
        setErrorAsResult,
    });
}
//# sourceMappingURL=operation.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-appcontainers/node_modules/@azure/core-lro/dist/esm/poller/poller.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.



/**
 * Returns a poller factory.
 */
function poller_buildCreatePoller(inputs) {
    const { getOperationLocation, getStatusFromInitialResponse, getStatusFromPollResponse, isOperationError, getResourceLocation, getPollingInterval, getError, resolveOnUnsuccessful, } = inputs;
    return ({ init, poll }, options) => {
        const { processResult, updateState, withOperationLocation: withOperationLocationCallback, intervalInMs = POLL_INTERVAL_IN_MS, restoreFrom, } = options || {};
        const withOperationLocation = withOperationLocationCallback
            ? (() => {
                let called = false;
                return (operationLocation, isUpdated) => {
                    if (isUpdated)
                        withOperationLocationCallback(operationLocation);
                    else if (!called)
                        withOperationLocationCallback(operationLocation);
                    called = true;
                };
            })()
            : undefined;
        let statePromise;
        let state;
        if (restoreFrom) {
            state = deserializeState(restoreFrom);
            statePromise = Promise.resolve(state);
        }
        else {
            statePromise = initOperation({
                init,
                processResult,
                getOperationStatus: getStatusFromInitialResponse,
                withOperationLocation,
                setErrorAsResult: !resolveOnUnsuccessful,
            }).then((s) => (state = s));
        }
        let resultPromise;
        const abortController = new AbortController();
        const handlers = new Map();
        const handleProgressEvents = async () => handlers.forEach((h) => h(state));
        const cancelErrMsg = "Operation was canceled";
        let currentPollIntervalInMs = intervalInMs;
        const poller = {
            get operationState() {
                return state;
            },
            get result() {
                return state?.result;
            },
            get isDone() {
                return ["succeeded", "failed", "canceled"].includes(state?.status ?? "");
            },
            onProgress: (callback) => {
                const s = Symbol();
                handlers.set(s, callback);
                return () => handlers.delete(s);
            },
            serialize: async () => {
                await statePromise;
                return JSON.stringify({
                    state,
                });
            },
            submitted: async () => {
                await statePromise;
            },
            pollUntilDone: async (pollOptions) => {
                resultPromise ??= (async () => {
                    await statePromise;
                    if (!state) {
                        throw new Error("Poller should be initialized but it is not!");
                    }
                    const { abortSignal: inputAbortSignal } = pollOptions || {};
                    // In the future we can use AbortSignal.any() instead
                    function abortListener() {
                        abortController.abort();
                    }
                    const abortSignal = abortController.signal;
                    if (inputAbortSignal?.aborted) {
                        abortController.abort();
                    }
                    else if (!abortSignal.aborted) {
                        inputAbortSignal?.addEventListener("abort", abortListener, { once: true });
                    }
                    try {
                        if (!poller.isDone) {
                            await poller.poll({ abortSignal });
                            while (!poller.isDone) {
                                await delay(currentPollIntervalInMs, { abortSignal });
                                await poller.poll({ abortSignal });
                            }
                        }
                    }
                    finally {
                        inputAbortSignal?.removeEventListener("abort", abortListener);
                    }
                    if (resolveOnUnsuccessful) {
                        return poller.result;
                    }
                    else {
                        switch (state.status) {
                            case "succeeded":
                                return poller.result;
                            case "canceled":
                                throw new Error(cancelErrMsg);
                            case "failed":
                                throw state.error;
                            case "notStarted":
                            case "running":
                                throw new Error(`Polling completed without succeeding or failing`);
                        }
                    }
                })().finally(() => {
                    resultPromise = undefined;
                });
                return resultPromise;
            },
            async poll(pollOptions) {
                await statePromise;
                if (!state) {
                    throw new Error("Poller should be initialized but it is not!");
                }
                if (resolveOnUnsuccessful) {
                    if (poller.isDone)
                        return state;
                }
                else {
                    switch (state.status) {
                        case "succeeded":
                            return state;
                        case "canceled":
                            throw new Error(cancelErrMsg);
                        case "failed":
                            throw state.error;
                    }
                }
                await pollOperation({
                    poll,
                    state,
                    getOperationLocation,
                    isOperationError,
                    withOperationLocation,
                    getPollingInterval,
                    getOperationStatus: getStatusFromPollResponse,
                    getResourceLocation,
                    processResult,
                    getError,
                    updateState,
                    options: pollOptions,
                    setDelay: (pollIntervalInMs) => {
                        currentPollIntervalInMs = pollIntervalInMs;
                    },
                    setErrorAsResult: !resolveOnUnsuccessful,
                });
                await handleProgressEvents();
                if (!resolveOnUnsuccessful) {
                    switch (state.status) {
                        case "canceled":
                            throw new Error(cancelErrMsg);
                        case "failed":
                            throw state.error;
                    }
                }
                return state;
            },
            then(onfulfilled, onrejected) {
                return poller.pollUntilDone().then(onfulfilled, onrejected);
            },
            catch(onrejected) {
                return poller.pollUntilDone().catch(onrejected);
            },
            finally(onfinally) {
                return poller.pollUntilDone().finally(onfinally);
            },
            [Symbol.toStringTag]: "Poller",
        };
        return poller;
    };
}
//# sourceMappingURL=poller.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-appcontainers/node_modules/@azure/core-lro/dist/esm/http/poller.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.



/**
 * Creates a poller that can be used to poll a long-running operation.
 * @param lro - Description of the long-running operation
 * @param options - options to configure the poller
 * @returns an initialized poller
 */
function poller_createHttpPoller(lro, options) {
    const { resourceLocationConfig, intervalInMs, processResult, restoreFrom, updateState, withOperationLocation, resolveOnUnsuccessful = false, baseUrl, skipFinalGet, } = options || {};
    return buildCreatePoller({
        getStatusFromInitialResponse,
        getStatusFromPollResponse: getOperationStatus,
        isOperationError,
        getOperationLocation,
        getResourceLocation,
        getPollingInterval: parseRetryAfter,
        getError: getErrorFromResponse,
        resolveOnUnsuccessful,
    })({
        init: async () => {
            const response = await lro.sendInitialRequest();
            const config = inferLroMode(response.rawResponse, resourceLocationConfig, skipFinalGet);
            return {
                response,
                operationLocation: rewriteUrl({ url: config?.operationLocation, baseUrl }),
                resourceLocation: rewriteUrl({ url: config?.resourceLocation, baseUrl }),
                initialRequestUrl: config?.initialRequestUrl,
                requestMethod: config?.requestMethod,
                ...(config?.mode ? { metadata: { mode: config.mode } } : {}),
            };
        },
        poll: lro.sendPollRequest,
    }, {
        intervalInMs,
        withOperationLocation,
        restoreFrom,
        updateState,
        processResult: processResult
            ? ({ flatResponse }, state) => processResult(flatResponse, state)
            : ({ flatResponse }) => flatResponse,
    });
}
//# sourceMappingURL=poller.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-appcontainers/node_modules/@azure/core-lro/dist/esm/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.


//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-appcontainers/dist/esm/static-helpers/pollingHelpers.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.


function pollingHelpers_getLongRunningPoller(client, processResponseBody, expectedStatuses, options) {
    const { restoreFrom, getInitialResponse, apiVersion } = options;
    if (!restoreFrom && !getInitialResponse) {
        throw new Error("Either restoreFrom or getInitialResponse must be specified");
    }
    let initialResponse = undefined;
    const pollAbortController = new AbortController();
    const poller = {
        sendInitialRequest: async () => {
            if (!getInitialResponse) {
                throw new Error("getInitialResponse is required when initializing a new poller");
            }
            initialResponse = await getInitialResponse();
            return getLroResponse(initialResponse, expectedStatuses);
        },
        sendPollRequest: async (path, pollOptions) => {
            // The poll request would both listen to the user provided abort signal and the poller's own abort signal
            function abortListener() {
                pollAbortController.abort();
            }
            const abortSignal = pollAbortController.signal;
            if (options.abortSignal?.aborted) {
                pollAbortController.abort();
            }
            else if (pollOptions?.abortSignal?.aborted) {
                pollAbortController.abort();
            }
            else if (!abortSignal.aborted) {
                options.abortSignal?.addEventListener("abort", abortListener, {
                    once: true,
                });
                pollOptions?.abortSignal?.addEventListener("abort", abortListener, {
                    once: true,
                });
            }
            let response;
            try {
                const pollingPath = apiVersion ? pollingHelpers_addApiVersionToUrl(path, apiVersion) : path;
                response = await client.pathUnchecked(pollingPath).get({ abortSignal });
            }
            finally {
                options.abortSignal?.removeEventListener("abort", abortListener);
                pollOptions?.abortSignal?.removeEventListener("abort", abortListener);
            }
            return getLroResponse(response, expectedStatuses);
        },
    };
    return createHttpPoller(poller, {
        intervalInMs: options?.updateIntervalInMs,
        resourceLocationConfig: options?.resourceLocationConfig,
        restoreFrom: options?.restoreFrom,
        processResult: (result) => {
            return processResponseBody(result);
        },
    });
}
/**
 * Converts a Rest Client response to a response that the LRO implementation understands
 * @param response - a rest client http response
 * @param deserializeFn - deserialize function to convert Rest response to modular output
 * @returns - An LRO response that the LRO implementation understands
 */
function getLroResponse(response, expectedStatuses) {
    if (!expectedStatuses.includes(response.status)) {
        throw createRestError(response);
    }
    return {
        flatResponse: response,
        rawResponse: {
            ...response,
            statusCode: Number.parseInt(response.status),
            body: response.body,
        },
    };
}
/**
 * Adds the api-version query parameter on a URL if it's not present.
 * @param url - the URL to modify
 * @param apiVersion - the API version to set
 * @returns - the URL with the api-version query parameter set
 */
function pollingHelpers_addApiVersionToUrl(url, apiVersion) {
    // The base URL is only used for parsing and won't appear in the returned URL
    const urlObj = new URL(url, "https://microsoft.com");
    if (!urlObj.searchParams.get("api-version")) {
        // Append one if there is no apiVersion
        return `${url}${urlObj.search ? "&" : "?"}api-version=${apiVersion}`;
    }
    return url;
}
//# sourceMappingURL=pollingHelpers.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-appcontainers/dist/esm/api/containerApps/operations.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.





function _stopSend(context, resourceGroupName, containerAppName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/containerApps/{containerAppName}/stop{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        containerAppName: containerAppName,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).post({
        ...operationOptionsToRequestParameters(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _stopDeserialize(result) {
    const expectedStatuses = ["200", "202", "201"];
    if (!expectedStatuses.includes(result.status)) {
        const error = createRestError(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return containerAppDeserializer(result.body);
}
/** Stop a container app */
function stop(context, resourceGroupName, containerAppName, options = { requestOptions: {} }) {
    return getLongRunningPoller(context, _stopDeserialize, ["200", "202", "201"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => _stopSend(context, resourceGroupName, containerAppName, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-07-01",
    });
}
function _startSend(context, resourceGroupName, containerAppName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/containerApps/{containerAppName}/start{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        containerAppName: containerAppName,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).post({
        ...operationOptionsToRequestParameters(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _startDeserialize(result) {
    const expectedStatuses = ["200", "202", "201"];
    if (!expectedStatuses.includes(result.status)) {
        const error = createRestError(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return containerAppDeserializer(result.body);
}
/** Start a container app */
function start(context, resourceGroupName, containerAppName, options = { requestOptions: {} }) {
    return getLongRunningPoller(context, _startDeserialize, ["200", "202", "201"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => _startSend(context, resourceGroupName, containerAppName, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-07-01",
    });
}
function _getAuthTokenSend(context, resourceGroupName, containerAppName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/containerApps/{containerAppName}/getAuthtoken{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        containerAppName: containerAppName,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).post({
        ...operationOptionsToRequestParameters(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _getAuthTokenDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = createRestError(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return containerAppAuthTokenDeserializer(result.body);
}
/** Get auth token for a container app */
async function getAuthToken(context, resourceGroupName, containerAppName, options = { requestOptions: {} }) {
    const result = await _getAuthTokenSend(context, resourceGroupName, containerAppName, options);
    return _getAuthTokenDeserialize(result);
}
function _listSecretsSend(context, resourceGroupName, containerAppName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/containerApps/{containerAppName}/listSecrets{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        containerAppName: containerAppName,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).post({
        ...operationOptionsToRequestParameters(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _listSecretsDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = createRestError(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return secretsCollectionDeserializer(result.body);
}
/** List secrets for a container app */
async function listSecrets(context, resourceGroupName, containerAppName, options = { requestOptions: {} }) {
    const result = await _listSecretsSend(context, resourceGroupName, containerAppName, options);
    return _listSecretsDeserialize(result);
}
function _listCustomHostNameAnalysisSend(context, resourceGroupName, containerAppName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/containerApps/{containerAppName}/listCustomHostNameAnalysis{?api%2Dversion,customHostname}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        containerAppName: containerAppName,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
        customHostname: options?.customHostname,
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).post({
        ...operationOptionsToRequestParameters(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _listCustomHostNameAnalysisDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = createRestError(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return customHostnameAnalysisResultDeserializer(result.body);
}
/** Analyzes a custom hostname for a Container App */
async function listCustomHostNameAnalysis(context, resourceGroupName, containerAppName, options = { requestOptions: {} }) {
    const result = await _listCustomHostNameAnalysisSend(context, resourceGroupName, containerAppName, options);
    return _listCustomHostNameAnalysisDeserialize(result);
}
function _listBySubscriptionSend(context, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/providers/Microsoft.App/containerApps{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...operationOptionsToRequestParameters(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _listBySubscriptionDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = createRestError(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return _containerAppCollectionDeserializer(result.body);
}
/** Get the Container Apps in a given subscription. */
function listBySubscription(context, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => _listBySubscriptionSend(context, options), _listBySubscriptionDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2026-07-01" });
}
function _listByResourceGroupSend(context, resourceGroupName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/containerApps{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...operationOptionsToRequestParameters(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _listByResourceGroupDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = createRestError(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return _containerAppCollectionDeserializer(result.body);
}
/** Get the Container Apps in a given resource group. */
function listByResourceGroup(context, resourceGroupName, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => _listByResourceGroupSend(context, resourceGroupName, options), _listByResourceGroupDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2026-07-01" });
}
function _$deleteSend(context, resourceGroupName, containerAppName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/containerApps/{containerAppName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        containerAppName: containerAppName,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).delete({ ...operationOptionsToRequestParameters(options) });
}
async function _$deleteDeserialize(result) {
    const expectedStatuses = ["200", "202", "204"];
    if (!expectedStatuses.includes(result.status)) {
        const error = createRestError(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return;
}
/** Delete a Container App. */
function $delete(context, resourceGroupName, containerAppName, options = { requestOptions: {} }) {
    return getLongRunningPoller(context, _$deleteDeserialize, ["200", "202", "204"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => _$deleteSend(context, resourceGroupName, containerAppName, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-07-01",
    });
}
function _updateSend(context, resourceGroupName, containerAppName, containerAppEnvelope, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/containerApps/{containerAppName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        containerAppName: containerAppName,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).patch({
        ...operationOptionsToRequestParameters(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: containerAppSerializer(containerAppEnvelope),
    });
}
async function _updateDeserialize(result) {
    const expectedStatuses = ["200", "202", "201"];
    if (!expectedStatuses.includes(result.status)) {
        const error = createRestError(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return containerAppDeserializer(result.body);
}
/** Patches a Container App using JSON Merge Patch */
function operations_update(context, resourceGroupName, containerAppName, containerAppEnvelope, options = { requestOptions: {} }) {
    return getLongRunningPoller(context, _updateDeserialize, ["200", "202", "201"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => _updateSend(context, resourceGroupName, containerAppName, containerAppEnvelope, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-07-01",
    });
}
function _createOrUpdateSend(context, resourceGroupName, containerAppName, containerAppEnvelope, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/containerApps/{containerAppName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        containerAppName: containerAppName,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).put({
        ...operationOptionsToRequestParameters(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: containerAppSerializer(containerAppEnvelope),
    });
}
async function _createOrUpdateDeserialize(result) {
    const expectedStatuses = ["200", "201", "202"];
    if (!expectedStatuses.includes(result.status)) {
        const error = createRestError(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return containerAppDeserializer(result.body);
}
/** Create or update a Container App. */
function createOrUpdate(context, resourceGroupName, containerAppName, containerAppEnvelope, options = { requestOptions: {} }) {
    return getLongRunningPoller(context, _createOrUpdateDeserialize, ["200", "201", "202"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => _createOrUpdateSend(context, resourceGroupName, containerAppName, containerAppEnvelope, options),
        resourceLocationConfig: "azure-async-operation",
        apiVersion: context.apiVersion ?? "2026-07-01",
    });
}
function _getSend(context, resourceGroupName, containerAppName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/containerApps/{containerAppName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        containerAppName: containerAppName,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...operationOptionsToRequestParameters(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _getDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = createRestError(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return containerAppDeserializer(result.body);
}
/** Get the properties of a Container App. */
async function operations_get(context, resourceGroupName, containerAppName, options = { requestOptions: {} }) {
    const result = await _getSend(context, resourceGroupName, containerAppName, options);
    return _getDeserialize(result);
}
//# sourceMappingURL=operations.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-appcontainers/dist/esm/api/containerApps/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-appcontainers/dist/esm/api/containerAppsRevisions/operations.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.




function _restartRevisionSend(context, resourceGroupName, containerAppName, revisionName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/containerApps/{containerAppName}/revisions/{revisionName}/restart{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        containerAppName: containerAppName,
        revisionName: revisionName,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).post({ ...operationOptionsToRequestParameters(options) });
}
async function _restartRevisionDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = createRestError(result);
        if (result.body) {
            error.details = defaultErrorResponseDeserializer(result.body);
        }
        throw error;
    }
    return;
}
/** Restarts a revision for a Container App */
async function restartRevision(context, resourceGroupName, containerAppName, revisionName, options = { requestOptions: {} }) {
    const result = await _restartRevisionSend(context, resourceGroupName, containerAppName, revisionName, options);
    return _restartRevisionDeserialize(result);
}
function _deactivateRevisionSend(context, resourceGroupName, containerAppName, revisionName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/containerApps/{containerAppName}/revisions/{revisionName}/deactivate{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        containerAppName: containerAppName,
        revisionName: revisionName,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).post({ ...operationOptionsToRequestParameters(options) });
}
async function _deactivateRevisionDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = createRestError(result);
        if (result.body) {
            error.details = defaultErrorResponseDeserializer(result.body);
        }
        throw error;
    }
    return;
}
/** Deactivates a revision for a Container App */
async function operations_deactivateRevision(context, resourceGroupName, containerAppName, revisionName, options = { requestOptions: {} }) {
    const result = await _deactivateRevisionSend(context, resourceGroupName, containerAppName, revisionName, options);
    return _deactivateRevisionDeserialize(result);
}
function _activateRevisionSend(context, resourceGroupName, containerAppName, revisionName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/containerApps/{containerAppName}/revisions/{revisionName}/activate{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        containerAppName: containerAppName,
        revisionName: revisionName,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).post({ ...operationOptionsToRequestParameters(options) });
}
async function _activateRevisionDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = createRestError(result);
        if (result.body) {
            error.details = defaultErrorResponseDeserializer(result.body);
        }
        throw error;
    }
    return;
}
/** Activates a revision for a Container App */
async function operations_activateRevision(context, resourceGroupName, containerAppName, revisionName, options = { requestOptions: {} }) {
    const result = await _activateRevisionSend(context, resourceGroupName, containerAppName, revisionName, options);
    return _activateRevisionDeserialize(result);
}
function _listRevisionsSend(context, resourceGroupName, containerAppName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/containerApps/{containerAppName}/revisions{?api%2Dversion,%24filter}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        containerAppName: containerAppName,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
        "%24filter": options?.filter,
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...operationOptionsToRequestParameters(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _listRevisionsDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = createRestError(result);
        if (result.body) {
            error.details = defaultErrorResponseDeserializer(result.body);
        }
        throw error;
    }
    return _revisionCollectionDeserializer(result.body);
}
/** Get the Revisions for a given Container App. */
function operations_listRevisions(context, resourceGroupName, containerAppName, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => _listRevisionsSend(context, resourceGroupName, containerAppName, options), _listRevisionsDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2026-07-01" });
}
function _getRevisionSend(context, resourceGroupName, containerAppName, revisionName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/containerApps/{containerAppName}/revisions/{revisionName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        containerAppName: containerAppName,
        revisionName: revisionName,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...operationOptionsToRequestParameters(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _getRevisionDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = createRestError(result);
        if (result.body) {
            error.details = defaultErrorResponseDeserializer(result.body);
        }
        throw error;
    }
    return revisionDeserializer(result.body);
}
/** Get a revision of a Container App. */
async function operations_getRevision(context, resourceGroupName, containerAppName, revisionName, options = { requestOptions: {} }) {
    const result = await _getRevisionSend(context, resourceGroupName, containerAppName, revisionName, options);
    return _getRevisionDeserialize(result);
}
//# sourceMappingURL=operations.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-appcontainers/dist/esm/api/containerAppsRevisions/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-appcontainers/dist/esm/api/containerAppsRevisionReplicas/operations.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.



function _listReplicasSend(context, resourceGroupName, containerAppName, revisionName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/containerApps/{containerAppName}/revisions/{revisionName}/replicas{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        containerAppName: containerAppName,
        revisionName: revisionName,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...operationOptionsToRequestParameters(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _listReplicasDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = createRestError(result);
        if (result.body) {
            error.details = defaultErrorResponseDeserializer(result.body);
        }
        throw error;
    }
    return replicaCollectionDeserializer(result.body);
}
/** List replicas for a Container App Revision. */
async function operations_listReplicas(context, resourceGroupName, containerAppName, revisionName, options = { requestOptions: {} }) {
    const result = await _listReplicasSend(context, resourceGroupName, containerAppName, revisionName, options);
    return _listReplicasDeserialize(result);
}
function _getReplicaSend(context, resourceGroupName, containerAppName, revisionName, replicaName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/containerApps/{containerAppName}/revisions/{revisionName}/replicas/{replicaName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        containerAppName: containerAppName,
        revisionName: revisionName,
        replicaName: replicaName,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...operationOptionsToRequestParameters(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _getReplicaDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = createRestError(result);
        if (result.body) {
            error.details = defaultErrorResponseDeserializer(result.body);
        }
        throw error;
    }
    return replicaDeserializer(result.body);
}
/** Get a replica for a Container App Revision. */
async function getReplica(context, resourceGroupName, containerAppName, revisionName, replicaName, options = { requestOptions: {} }) {
    const result = await _getReplicaSend(context, resourceGroupName, containerAppName, revisionName, replicaName, options);
    return _getReplicaDeserialize(result);
}
//# sourceMappingURL=operations.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-appcontainers/dist/esm/api/containerAppsRevisionReplicas/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./packages/azure/src/container-apps.ts








/**
 * One Container App over ARM: its traffic, revisions and template. Every write is a PATCH of only
 * what changes (never the GET body sent back, which lacks secret values) and is followed by a read.
 */
/**
 * Labels revision mode (deployment labels, learn.microsoft.com/azure/container-apps/deployment-labels):
 * `configuration.activeRevisionsMode: "Labels"` ("Only revisions with labels are active. Traffic
 * weights can be applied to labels.") and `configuration.targetLabel` ("Required in labels revisions
 * mode. Label to apply to newly created revision."), in the Microsoft.App specs' preview
 * api-versions (the descriptions quoted from them). @azure/arm-appcontainers 4.0.0 (api-version 2026-07-01) passes the
 * mode through as the string it reads, but its Configuration model has no targetLabel: its
 * deserializer drops the field from a GET and its serializer from a PATCH. So the SDK still sends
 * every request, and this module reads targetLabel from the raw body (onResponse) and adds it to
 * the serialized PATCH body (configurationExtras below).
 */
const LABELS_MODE = 'Labels';
/** A request header this client sets and its own policy removes again: configuration fields to add to a PATCH body. */
const CONFIGURATION_EXTRAS_HEADER = 'x-deploy-actions-configuration-extras';
/**
 * The pipeline policy behind CONFIGURATION_EXTRAS_HEADER: merges the header's fields into the JSON
 * body's properties.configuration (which the SDK serialized without them) and drops the header, so
 * ARM sees one ordinary PATCH.
 */
const configurationExtras = {
    name: 'configurationExtras',
    sendRequest: (req, next) => {
        const extras = req.headers.get(CONFIGURATION_EXTRAS_HEADER);
        if (extras === undefined)
            return next(req);
        req.headers.delete(CONFIGURATION_EXTRAS_HEADER);
        const body = JSON.parse(typeof req.body === 'string' ? req.body : '{}');
        body.properties = body.properties ?? {};
        body.properties.configuration = { ...body.properties.configuration, ...JSON.parse(extras) };
        req.body = JSON.stringify(body);
        return next(req);
    },
};
/** The longest wait between polls of an operation in progress: traffic changes finish in seconds. */
const POLL_MS = 1000;
class ContainerApps {
    context;
    resourceGroup;
    name;
    /** ARM requests sent (attempts, polls included), for the timeline and the bench. */
    requests = 0;
    /** The traffic block as last read: where the revision labels are, which every traffic write carries. */
    lastTraffic;
    constructor(auth, resourceGroup, name, userAgent) {
        this.resourceGroup = resourceGroup;
        this.name = name;
        this.context = createContainerAppsAPI(auth.credential, auth.subscriptionId, {
            ...armClientOptions(auth, userAgent, [
                {
                    position: 'perCall',
                    policy: { name: 'countRequests', sendRequest: (req, next) => (this.requests++, next(req)) },
                },
                { position: 'perCall', policy: configurationExtras },
            ]),
            credentials: { scopes: [auth.armScope] },
        });
    }
    async get(ctx) {
        let targetLabel;
        const app = await armRetry((signal) => get(this.context, this.resourceGroup, this.name, {
            abortSignal: signal,
            // The SDK's model drops configuration.targetLabel (see LABELS_MODE): read it from the body.
            onResponse: (res) => (targetLabel = res.parsedBody?.properties?.configuration?.targetLabel),
        }), { what: `read app ${this.name}`, ...ctx });
        const state = appState(app);
        if (typeof targetLabel === 'string')
            state.targetLabel = targetLabel;
        this.lastTraffic = state.traffic;
        return state;
    }
    async revisions(ctx) {
        return armRetry(async (signal) => {
            const out = [];
            for await (const r of listRevisions(this.context, this.resourceGroup, this.name, { abortSignal: signal }))
                out.push(revisionInfo(r));
            return out;
        }, { what: `list revisions of ${this.name}`, ...ctx });
    }
    async revision(name, ctx) {
        const r = await armRetry((signal) => getRevision(this.context, this.resourceGroup, this.name, name, { abortSignal: signal }), { what: `read revision ${name}`, ...ctx });
        return revisionInfo(r);
    }
    /**
     * The revision's replicas that are running with every container ready (its replicas list, not the
     * count on the revision, which includes replicas still starting).
     */
    async runningReplicas(name, ctx) {
        const list = await armRetry((signal) => listReplicas(this.context, this.resourceGroup, this.name, name, { abortSignal: signal }), { what: `list replicas of ${name}`, ...ctx });
        return list.value.filter((r) => r.runningState === 'Running' && (r.containers ?? []).every((c) => c.ready === true))
            .length;
    }
    /**
     * Sets the traffic block (and the tags, when given) in one PATCH, waits for its operation to end,
     * and returns what a read of the app then shows. The PATCH replaces the whole traffic array, and
     * revision labels live only there: the labels of the last read are carried into it (see withLabels).
     */
    async setTraffic(location, weights, tags, ctx) {
        const current = this.lastTraffic ?? (await this.get(ctx)).traffic;
        const traffic = withLabels(current, weights);
        const envelope = { location, configuration: { ingress: { traffic } }, ...(tags ? { tags } : {}) };
        return this.write(`set traffic of ${this.name}`, (signal) => this.patch(envelope, signal), ctx);
    }
    /** Sets the tags alone. */
    async setTags(location, tags, ctx) {
        return this.write(`set tags of ${this.name}`, (signal) => this.patch({ location, tags }, signal), ctx);
    }
    /**
     * Sends a new template (and the tags, when given), which creates the revision `<app>--<suffix>`.
     * A retry after a lost answer finds the revision already there and stops: the template is never
     * applied twice. In Labels mode `targetLabel` goes in the same PATCH: the new revision is created
     * under that label, never under the one the app is set to (which may be the label that carries
     * production).
     */
    async updateTemplate(location, template, ctx, extra = {}) {
        const revisionName = `${this.name}--${template.revisionSuffix ?? ''}`;
        const labelExtras = extra.targetLabel === undefined ? undefined : { targetLabel: extra.targetLabel };
        return this.write(`create revision ${revisionName}`, async (signal) => (await this.revisionIfExists(revisionName, signal))
            ? undefined
            : this.patch({ location, template, ...(extra.tags ? { tags: extra.tags } : {}) }, signal, labelExtras), ctx);
    }
    /** Labels mode: sets configuration.targetLabel alone (an application-scope change: no revision is created). */
    async setTargetLabel(location, targetLabel, ctx) {
        return this.write(`set the target label of ${this.name}`, (signal) => this.patch({ location }, signal, { targetLabel }), ctx);
    }
    /**
     * One write: the PATCH (retried on throttling, server trouble and ARM's "another modification is
     * in progress" 409), then its own operation (Azure-AsyncOperation, else Location) polled until it
     * is Succeeded, Failed or Canceled — never the app's provisioningState, which may still show an
     * earlier operation's Failed, or read Succeeded before ARM registered this one. The whole write
     * is bounded by ctx.budgetMs: an operation stuck InProgress ends in an error that says so. The
     * PATCH and each poll are retried separately: a lost poll never re-sends the change.
     */
    async write(what, send, ctx) {
        const deadline = performance.now() + ctx.budgetMs;
        const operation = await armRetry(send, { what, ...ctx });
        if (operation)
            await this.untilDone(operation, what, deadline, ctx);
        return this.get({ ...ctx, budgetMs: Math.max(Math.floor(deadline - performance.now()), 5000) });
    }
    /** Sends the PATCH and returns the operation ARM started (none when it answered 200 at once). */
    async patch(envelope, signal, configuration) {
        let operation;
        await update(this.context, this.resourceGroup, this.name, envelope, {
            abortSignal: signal,
            ...(configuration
                ? { requestOptions: { headers: { [CONFIGURATION_EXTRAS_HEADER]: JSON.stringify(configuration) } } }
                : {}),
            onResponse: (res) => {
                if (res.status !== 201 && res.status !== 202)
                    return;
                const status = res.headers.get('azure-asyncoperation');
                const location = res.headers.get('location');
                operation = status
                    ? { url: status, kind: 'status' }
                    : location
                        ? { url: location, kind: 'location' }
                        : undefined;
            },
        }).submitted();
        return operation;
    }
    async untilDone(operation, what, deadline, ctx) {
        for (let poll = 0;; poll++) {
            const left = Math.floor(deadline - performance.now());
            if (left <= 0)
                throw new Error(`${what} did not finish within ${Math.round(ctx.budgetMs / 1000)}s: ARM accepted the change, but its operation still reads InProgress`);
            await sleep(Math.min(POLL_MS, 100 * 2 ** poll, left), ctx.signal);
            const status = await armRetry((signal) => this.operationStatus(operation, signal), {
                what: `${what} (operation status)`,
                ...ctx,
                budgetMs: Math.max(left, 1000),
            });
            if (status.done)
                return;
            if (status.failed)
                throw new Error(`${what} ended ${status.failed}`);
        }
    }
    /** One read of an operation: done, failed (with ARM's words), or still running. */
    async operationStatus(operation, signal) {
        const res = await this.context.pathUnchecked(operation.url).get({ abortSignal: signal });
        const code = Number(res.status);
        if (code !== 200 && code !== 201 && code !== 202 && code !== 204) {
            const error = res.body?.error;
            throw new RestError(error?.message ?? `the operation status answered HTTP ${code}`, {
                statusCode: code,
                code: error?.code,
                response: { headers: createHttpHeaders(res.headers), request: res.request, status: code },
            });
        }
        if (operation.kind === 'location')
            return { done: code !== 202 };
        const body = res.body;
        const status = body?.status ?? 'InProgress';
        if (status === 'Succeeded')
            return { done: true };
        if (status === 'Failed' || status === 'Canceled')
            return {
                done: false,
                failed: `${status}${body?.error ? `: ${body.error.code ?? ''} ${body.error.message ?? ''}`.trimEnd() : ''}`,
            };
        return { done: false };
    }
    async deactivate(revision, ctx) {
        await armRetry((signal) => deactivateRevision(this.context, this.resourceGroup, this.name, revision, { abortSignal: signal }), { what: `deactivate ${revision}`, ...ctx });
    }
    async activate(revision, ctx) {
        await armRetry((signal) => activateRevision(this.context, this.resourceGroup, this.name, revision, { abortSignal: signal }), { what: `activate ${revision}`, ...ctx });
    }
    async revisionIfExists(name, signal) {
        try {
            return await getRevision(this.context, this.resourceGroup, this.name, name, { abortSignal: signal });
        }
        catch (err) {
            if (err.statusCode === 404)
                return undefined;
            throw err;
        }
    }
}
function appState(app) {
    return {
        location: app.location,
        provisioningState: app.provisioningState,
        mode: app.configuration?.activeRevisionsMode ?? 'Single',
        traffic: (app.configuration?.ingress?.traffic ?? []).map((t) => ({ ...t, weight: t.weight ?? 0 })),
        fqdn: app.configuration?.ingress?.fqdn,
        external: app.configuration?.ingress?.external,
        tags: { ...app.tags },
        latestReadyRevisionName: app.latestReadyRevisionName,
        template: app.template,
    };
}
function revisionInfo(r) {
    return {
        name: r.name ?? '',
        active: r.active === true,
        fqdn: r.fqdn,
        createdTime: r.createdTime,
        healthState: r.healthState,
        provisioningState: r.provisioningState,
        runningState: r.runningState,
        replicas: r.replicas ?? 0,
        image: r.template?.containers?.[0]?.image,
        provisioningError: r.provisioningError,
        scale: scaleInfo(r.template?.scale),
    };
}
function scaleInfo(scale) {
    if (!scale)
        return undefined;
    const http = scale.rules?.find((r) => r.http)?.http?.metadata?.concurrentRequests;
    return {
        minReplicas: scale.minReplicas,
        maxReplicas: scale.maxReplicas,
        ...(http !== undefined && Number.isInteger(Number(http)) ? { concurrentRequests: Number(http) } : {}),
    };
}
/**
 * The wanted weights with the labels of `current` kept: a label stays on its revision (on the
 * wanted entry of that revision, or on an entry of its own at 0 %). A label is how users reach a
 * revision at its `<app>---<label>` URL; a traffic write that drops it breaks that URL.
 */
function withLabels(current, wanted) {
    const out = wanted.map((w) => ({ ...w }));
    for (const c of current) {
        if (!c.label || out.some((o) => o.label === c.label))
            continue;
        const same = (o) => c.latestRevision ? o.latestRevision === true : !o.latestRevision && o.revisionName === c.revisionName;
        const entry = out.find((o) => same(o) && o.label === undefined);
        if (entry)
            entry.label = c.label;
        else
            out.push({
                ...(c.latestRevision ? { latestRevision: true } : { revisionName: c.revisionName }),
                weight: 0,
                label: c.label,
            });
    }
    return out;
}
/** The weights by revision name; a `latestRevision` entry counts for `latestReady` (see AppState). */
function weightsByRevision(traffic, latestReady) {
    const out = {};
    for (const t of traffic) {
        const rev = t.latestRevision ? latestReady : t.revisionName;
        if (rev)
            out[rev] = (out[rev] ?? 0) + t.weight;
    }
    return out;
}

;// CONCATENATED MODULE: ./node_modules/@azure/keyvault-secrets/dist/esm/logger.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

/**
 * The \@azure/logger configuration for this package.
 */
const dist_esm_logger_logger = (0,esm/* createClientLogger */.KV)("keyvault-secrets");
//# sourceMappingURL=logger.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/keyvault-secrets/dist/esm/constants.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.
const SDK_VERSION = "4.12.0";
//# sourceMappingURL=constants.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/keyvault-secrets/dist/esm/api/keyVaultContext.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.



/** Creates a new Azure Key Vault Secrets client context. */
function createKeyVault(endpointParam, credential, options = {}) {
    const endpointUrl = options.endpoint ?? options.baseUrl ?? String(endpointParam);
    const prefixFromOptions = options?.userAgentOptions?.userAgentPrefix;
    const userAgentInfo = `azsdk-js-keyvault-secrets/${SDK_VERSION}`;
    const userAgentPrefix = prefixFromOptions
        ? `${prefixFromOptions} azsdk-js-api ${userAgentInfo}`
        : `azsdk-js-api ${userAgentInfo}`;
    const { apiVersion: _, ...updatedOptions } = {
        ...options,
        userAgentOptions: { userAgentPrefix },
        loggingOptions: { logger: options.loggingOptions?.logger ?? dist_esm_logger_logger.info },
        credentials: {
            scopes: options.credentials?.scopes ?? ["https://vault.azure.net/.default"],
        },
    };
    const clientContext = getClient_getClient(endpointUrl, credential, updatedOptions);
    clientContext.pipeline.removePolicy({ name: "ApiVersionPolicy" });
    const apiVersion = options.apiVersion ?? "2026-04-01";
    clientContext.pipeline.addPolicy({
        name: "ClientApiVersionPolicy",
        sendRequest: (req, next) => {
            // Use the apiVersion defined in request url directly
            // Append one if there is no apiVersion and we have one at client options
            const url = new URL(req.url);
            if (!url.searchParams.get("api-version")) {
                req.url = `${req.url}${Array.from(url.searchParams.keys()).length > 0 ? "&" : "?"}api-version=${apiVersion}`;
            }
            return next(req);
        },
    });
    return { ...clientContext, apiVersion };
}
//# sourceMappingURL=keyVaultContext.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/keyvault-secrets/dist/esm/models/models.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

function secretSetParametersSerializer(item) {
    return {
        value: item["value"],
        tags: item["tags"],
        contentType: item["contentType"],
        attributes: !item["secretAttributes"]
            ? item["secretAttributes"]
            : secretAttributesSerializer(item["secretAttributes"]),
    };
}
function secretAttributesSerializer(item) {
    return {
        enabled: item["enabled"],
        nbf: !item["notBefore"] ? item["notBefore"] : (item["notBefore"].getTime() / 1000) | 0,
        exp: !item["expires"] ? item["expires"] : (item["expires"].getTime() / 1000) | 0,
    };
}
function secretAttributesDeserializer(item) {
    return {
        enabled: item["enabled"],
        notBefore: !item["nbf"] ? item["nbf"] : new Date(item["nbf"] * 1000),
        expires: !item["exp"] ? item["exp"] : new Date(item["exp"] * 1000),
        created: !item["created"] ? item["created"] : new Date(item["created"] * 1000),
        updated: !item["updated"] ? item["updated"] : new Date(item["updated"] * 1000),
        recoverableDays: item["recoverableDays"],
        recoveryLevel: item["recoveryLevel"],
    };
}
/** Reflects the deletion recovery level currently in effect for secrets in the current vault. If it contains 'Purgeable', the secret can be permanently deleted by a privileged user; otherwise, only the system can purge the secret, at the end of the retention interval. */
var KnownDeletionRecoveryLevel;
(function (KnownDeletionRecoveryLevel) {
    /** Denotes a vault state in which deletion is an irreversible operation, without the possibility for recovery. This level corresponds to no protection being available against a Delete operation; the data is irretrievably lost upon accepting a Delete operation at the entity level or higher (vault, resource group, subscription etc.) */
    KnownDeletionRecoveryLevel["Purgeable"] = "Purgeable";
    /** Denotes a vault state in which deletion is recoverable, and which also permits immediate and permanent deletion (i.e. purge). This level guarantees the recoverability of the deleted entity during the retention interval (90 days), unless a Purge operation is requested, or the subscription is cancelled. System wil permanently delete it after 90 days, if not recovered */
    KnownDeletionRecoveryLevel["RecoverablePurgeable"] = "Recoverable+Purgeable";
    /** Denotes a vault state in which deletion is recoverable without the possibility for immediate and permanent deletion (i.e. purge). This level guarantees the recoverability of the deleted entity during the retention interval (90 days) and while the subscription is still available. System wil permanently delete it after 90 days, if not recovered */
    KnownDeletionRecoveryLevel["Recoverable"] = "Recoverable";
    /** Denotes a vault and subscription state in which deletion is recoverable within retention interval (90 days), immediate and permanent deletion (i.e. purge) is not permitted, and in which the subscription itself  cannot be permanently canceled. System wil permanently delete it after 90 days, if not recovered */
    KnownDeletionRecoveryLevel["RecoverableProtectedSubscription"] = "Recoverable+ProtectedSubscription";
    /** Denotes a vault state in which deletion is recoverable, and which also permits immediate and permanent deletion (i.e. purge when 7 <= SoftDeleteRetentionInDays < 90). This level guarantees the recoverability of the deleted entity during the retention interval, unless a Purge operation is requested, or the subscription is cancelled. */
    KnownDeletionRecoveryLevel["CustomizedRecoverablePurgeable"] = "CustomizedRecoverable+Purgeable";
    /** Denotes a vault state in which deletion is recoverable without the possibility for immediate and permanent deletion (i.e. purge when 7 <= SoftDeleteRetentionInDays < 90).This level guarantees the recoverability of the deleted entity during the retention interval and while the subscription is still available. */
    KnownDeletionRecoveryLevel["CustomizedRecoverable"] = "CustomizedRecoverable";
    /** Denotes a vault and subscription state in which deletion is recoverable, immediate and permanent deletion (i.e. purge) is not permitted, and in which the subscription itself cannot be permanently canceled when 7 <= SoftDeleteRetentionInDays < 90. This level guarantees the recoverability of the deleted entity during the retention interval, and also reflects the fact that the subscription itself cannot be cancelled. */
    KnownDeletionRecoveryLevel["CustomizedRecoverableProtectedSubscription"] = "CustomizedRecoverable+ProtectedSubscription";
})(KnownDeletionRecoveryLevel || (KnownDeletionRecoveryLevel = {}));
function secretBundleDeserializer(item) {
    return {
        value: item["value"],
        id: item["id"],
        contentType: item["contentType"],
        attributes: !item["attributes"]
            ? item["attributes"]
            : secretAttributesDeserializer(item["attributes"]),
        tags: item["tags"],
        kid: item["kid"],
        managed: item["managed"],
        previousVersion: item["previousVersion"],
    };
}
function keyVaultErrorDeserializer(item) {
    return {
        error: !item["error"] ? item["error"] : _keyVaultErrorErrorDeserializer(item["error"]),
    };
}
function _keyVaultErrorErrorDeserializer(item) {
    return {
        code: item["code"],
        message: item["message"],
        innerError: !item["innererror"]
            ? item["innererror"]
            : _keyVaultErrorErrorDeserializer(item["innererror"]),
    };
}
function deletedSecretBundleDeserializer(item) {
    return {
        value: item["value"],
        id: item["id"],
        contentType: item["contentType"],
        attributes: !item["attributes"]
            ? item["attributes"]
            : secretAttributesDeserializer(item["attributes"]),
        tags: item["tags"],
        kid: item["kid"],
        managed: item["managed"],
        previousVersion: item["previousVersion"],
        recoveryId: item["recoveryId"],
        scheduledPurgeDate: !item["scheduledPurgeDate"]
            ? item["scheduledPurgeDate"]
            : new Date(item["scheduledPurgeDate"] * 1000),
        deletedDate: !item["deletedDate"] ? item["deletedDate"] : new Date(item["deletedDate"] * 1000),
    };
}
function secretUpdateParametersSerializer(item) {
    return {
        contentType: item["contentType"],
        attributes: !item["secretAttributes"]
            ? item["secretAttributes"]
            : secretAttributesSerializer(item["secretAttributes"]),
        tags: item["tags"],
    };
}
function _secretListResultDeserializer(item) {
    return {
        value: !item["value"] ? item["value"] : secretItemArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
function secretItemArrayDeserializer(result) {
    return result.map((item) => {
        return secretItemDeserializer(item);
    });
}
function secretItemDeserializer(item) {
    return {
        id: item["id"],
        attributes: !item["attributes"]
            ? item["attributes"]
            : secretAttributesDeserializer(item["attributes"]),
        tags: item["tags"],
        contentType: item["contentType"],
        managed: item["managed"],
    };
}
function _deletedSecretListResultDeserializer(item) {
    return {
        value: !item["value"] ? item["value"] : deletedSecretItemArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
function deletedSecretItemArrayDeserializer(result) {
    return result.map((item) => {
        return deletedSecretItemDeserializer(item);
    });
}
function deletedSecretItemDeserializer(item) {
    return {
        id: item["id"],
        attributes: !item["attributes"]
            ? item["attributes"]
            : secretAttributesDeserializer(item["attributes"]),
        tags: item["tags"],
        contentType: item["contentType"],
        managed: item["managed"],
        recoveryId: item["recoveryId"],
        scheduledPurgeDate: !item["scheduledPurgeDate"]
            ? item["scheduledPurgeDate"]
            : new Date(item["scheduledPurgeDate"] * 1000),
        deletedDate: !item["deletedDate"] ? item["deletedDate"] : new Date(item["deletedDate"] * 1000),
    };
}
function backupSecretResultDeserializer(item) {
    return {
        value: !item["value"]
            ? item["value"]
            : typeof item["value"] === "string"
                ? (0,core_util_dist_esm/* stringToUint8Array */.Al)(item["value"], "base64url")
                : item["value"],
    };
}
function secretRestoreParametersSerializer(item) {
    return { value: (0,core_util_dist_esm/* uint8ArrayToString */.SW)(item["secretBundleBackup"], "base64url") };
}
/** Known values of {@link ContentType} that the service accepts. */
var KnownContentType;
(function (KnownContentType) {
    /** The PKCS#12 (PFX) certificate format. */
    KnownContentType["PFX"] = "application/x-pkcs12";
    /** The PEM certificate format. */
    KnownContentType["PEM"] = "application/x-pem-file";
})(KnownContentType || (KnownContentType = {}));
/** The available API versions. */
var models_KnownVersions;
(function (KnownVersions) {
    /** The 7.5 API version. */
    KnownVersions["V75"] = "7.5";
    /** The 7.6-preview.2 API version. */
    KnownVersions["V76Preview2"] = "7.6-preview.2";
    /** The 7.6 API version. */
    KnownVersions["V76"] = "7.6";
    /** The 2025-07-01 API version. */
    KnownVersions["V20250701"] = "2025-07-01";
    /** The 2026-04-01 API version. */
    KnownVersions["V20260401"] = "2026-04-01";
})(models_KnownVersions || (models_KnownVersions = {}));
//# sourceMappingURL=models.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/keyvault-secrets/dist/esm/static-helpers/pagingHelpers.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.


/**
 * Helper to paginate results in a generic way and return a PagedAsyncIterableIterator
 */
function static_helpers_pagingHelpers_buildPagedAsyncIterator(client, getInitialResponse, processResponseBody, expectedStatuses, options = {}) {
    const itemName = options.itemName ?? "value";
    const nextLinkName = options.nextLinkName ?? "nextLink";
    const pagedResult = {
        getPage: async (pageLink) => {
            const result = pageLink === undefined
                ? await getInitialResponse()
                : await client.pathUnchecked(pageLink).get();
            pagingHelpers_checkPagingRequest(result, expectedStatuses);
            const results = await processResponseBody(result);
            const nextLink = pagingHelpers_getNextLink(results, nextLinkName);
            const values = pagingHelpers_getElements(results, itemName);
            return {
                page: values,
                nextPageLink: nextLink,
            };
        },
        byPage: (settings) => {
            const { continuationToken } = settings ?? {};
            return pagingHelpers_getPageAsyncIterator(pagedResult, {
                pageLink: continuationToken,
            });
        },
    };
    return pagingHelpers_getPagedAsyncIterator(pagedResult);
}
/**
 * returns an async iterator that iterates over results. It also has a `byPage`
 * method that returns pages of items at once.
 *
 * @param pagedResult - an object that specifies how to get pages.
 * @returns a paged async iterator that iterates over results.
 */
function pagingHelpers_getPagedAsyncIterator(pagedResult) {
    const iter = pagingHelpers_getItemAsyncIterator(pagedResult);
    return {
        next() {
            return iter.next();
        },
        [Symbol.asyncIterator]() {
            return this;
        },
        byPage: pagedResult?.byPage ??
            ((settings) => {
                const { continuationToken } = settings ?? {};
                return pagingHelpers_getPageAsyncIterator(pagedResult, {
                    pageLink: continuationToken,
                });
            }),
    };
}
async function* pagingHelpers_getItemAsyncIterator(pagedResult) {
    const pages = pagingHelpers_getPageAsyncIterator(pagedResult);
    for await (const page of pages) {
        yield* page;
    }
}
async function* pagingHelpers_getPageAsyncIterator(pagedResult, options = {}) {
    const { pageLink } = options;
    let response = await pagedResult.getPage(pageLink ?? pagedResult.firstPageLink);
    if (!response) {
        return;
    }
    let result = response.page;
    result.continuationToken = response.nextPageLink;
    yield result;
    while (response.nextPageLink) {
        response = await pagedResult.getPage(response.nextPageLink);
        if (!response) {
            return;
        }
        result = response.page;
        result.continuationToken = response.nextPageLink;
        yield result;
    }
}
/**
 * Gets for the value of nextLink in the body
 */
function pagingHelpers_getNextLink(body, nextLinkName) {
    if (!nextLinkName) {
        return undefined;
    }
    const nextLink = body[nextLinkName];
    if (typeof nextLink !== "string" && typeof nextLink !== "undefined" && nextLink !== null) {
        throw new core_rest_pipeline_dist_esm/* RestError */.pj(`Body Property ${nextLinkName} should be a string or undefined or null but got ${typeof nextLink}`);
    }
    if (nextLink === null) {
        return undefined;
    }
    return nextLink;
}
/**
 * Gets the elements of the current request in the body.
 */
function pagingHelpers_getElements(body, itemName) {
    const value = body[itemName];
    if (!Array.isArray(value)) {
        throw new core_rest_pipeline_dist_esm/* RestError */.pj(`Couldn't paginate response\n Body doesn't contain an array property with name: ${itemName}`);
    }
    return value ?? [];
}
/**
 * Checks if a request failed
 */
function pagingHelpers_checkPagingRequest(response, expectedStatuses) {
    if (!expectedStatuses.includes(response.status)) {
        throw restError_createRestError(`Pagination failed with unexpected statusCode ${response.status}`, response);
    }
}
//# sourceMappingURL=pagingHelpers.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/keyvault-secrets/dist/esm/static-helpers/urlTemplate.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.
// ---------------------
// helpers
// ---------------------
function encodeComponent(val, reserved, op) {
    return (reserved ?? op === "+") || op === "#"
        ? encodeReservedComponent(val)
        : encodeRFC3986URIComponent(val);
}
function encodeReservedComponent(str) {
    return str
        .split(/(%[0-9A-Fa-f]{2})/g)
        .map((part) => (!/%[0-9A-Fa-f]/.test(part) ? encodeURI(part) : part))
        .join("");
}
function encodeRFC3986URIComponent(str) {
    return encodeURIComponent(str).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
function isDefined(val) {
    return val !== undefined && val !== null;
}
function getNamedAndIfEmpty(op) {
    return [!!op && [";", "?", "&"].includes(op), !!op && ["?", "&"].includes(op) ? "=" : ""];
}
function getFirstOrSep(op, isFirst = false) {
    if (isFirst) {
        return !op || op === "+" ? "" : op;
    }
    else if (!op || op === "+" || op === "#") {
        return ",";
    }
    else if (op === "?") {
        return "&";
    }
    else {
        return op;
    }
}
function getExpandedValue(option) {
    let isFirst = option.isFirst;
    const { op, varName, varValue: value, reserved } = option;
    const vals = [];
    const [named, ifEmpty] = getNamedAndIfEmpty(op);
    if (Array.isArray(value)) {
        for (const val of value.filter(isDefined)) {
            // prepare the following parts: separator, varName, value
            vals.push(`${getFirstOrSep(op, isFirst)}`);
            if (named && varName) {
                vals.push(`${encodeURIComponent(varName)}`);
                val === "" ? vals.push(ifEmpty) : vals.push("=");
            }
            vals.push(encodeComponent(val, reserved, op));
            isFirst = false;
        }
    }
    else if (typeof value === "object") {
        for (const key of Object.keys(value)) {
            const val = value[key];
            if (!isDefined(val)) {
                continue;
            }
            // prepare the following parts: separator, key, value
            vals.push(`${getFirstOrSep(op, isFirst)}`);
            if (key) {
                vals.push(`${encodeURIComponent(key)}`);
                named && val === "" ? vals.push(ifEmpty) : vals.push("=");
            }
            vals.push(encodeComponent(val, reserved, op));
            isFirst = false;
        }
    }
    return vals.join("");
}
function getNonExpandedValue(option) {
    const { op, varName, varValue: value, isFirst, reserved } = option;
    const vals = [];
    const first = getFirstOrSep(op, isFirst);
    const [named, ifEmpty] = getNamedAndIfEmpty(op);
    if (named && varName) {
        vals.push(encodeComponent(varName, reserved, op));
        if (value === "") {
            if (!ifEmpty) {
                vals.push(ifEmpty);
            }
            return !vals.join("") ? undefined : `${first}${vals.join("")}`;
        }
        vals.push("=");
    }
    const items = [];
    if (Array.isArray(value)) {
        for (const val of value.filter(isDefined)) {
            items.push(encodeComponent(val, reserved, op));
        }
    }
    else if (typeof value === "object") {
        for (const key of Object.keys(value)) {
            if (!isDefined(value[key])) {
                continue;
            }
            items.push(encodeRFC3986URIComponent(key));
            items.push(encodeComponent(value[key], reserved, op));
        }
    }
    vals.push(items.join(","));
    return !vals.join(",") ? undefined : `${first}${vals.join("")}`;
}
function getVarValue(option) {
    const { op, varName, modifier, isFirst, reserved, varValue: value } = option;
    if (!isDefined(value)) {
        return undefined;
    }
    else if (["string", "number", "boolean"].includes(typeof value)) {
        let val = value.toString();
        const [named, ifEmpty] = getNamedAndIfEmpty(op);
        const vals = [getFirstOrSep(op, isFirst)];
        if (named && varName) {
            // No need to encode varName considering it is already encoded
            vals.push(varName);
            val === "" ? vals.push(ifEmpty) : vals.push("=");
        }
        if (modifier && modifier !== "*") {
            val = val.substring(0, parseInt(modifier, 10));
        }
        vals.push(encodeComponent(val, reserved, op));
        return vals.join("");
    }
    else if (modifier === "*") {
        return getExpandedValue(option);
    }
    else {
        return getNonExpandedValue(option);
    }
}
// ---------------------------------------------------------------------------------------------------
// This is an implementation of RFC 6570 URI Template: https://datatracker.ietf.org/doc/html/rfc6570.
// ---------------------------------------------------------------------------------------------------
function urlTemplate_expandUrlTemplate(template, context, option) {
    return template.replace(/\{([^\{\}]+)\}|([^\{\}]+)/g, (_, expr, text) => {
        if (!expr) {
            return encodeReservedComponent(text);
        }
        let op;
        if (["+", "#", ".", "/", ";", "?", "&"].includes(expr[0])) {
            ((op = expr[0]), (expr = expr.slice(1)));
        }
        const varList = expr.split(/,/g);
        const result = [];
        for (const varSpec of varList) {
            const varMatch = /([^:\*]*)(?::(\d+)|(\*))?/.exec(varSpec);
            if (!varMatch || !varMatch[1]) {
                continue;
            }
            const varValue = getVarValue({
                isFirst: result.length === 0,
                op,
                varValue: context[varMatch[1]],
                varName: varMatch[1],
                modifier: varMatch[2] || varMatch[3],
                reserved: option?.allowReserved,
            });
            if (varValue) {
                result.push(varValue);
            }
        }
        return result.join("");
    });
}
//# sourceMappingURL=urlTemplate.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/keyvault-secrets/dist/esm/api/operations.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.




function _restoreSecretSend(context, parameters, options = { requestOptions: {} }) {
    const path = urlTemplate_expandUrlTemplate("/secrets/restore{?api%2Dversion}", {
        "api%2Dversion": context.apiVersion,
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).post({
        ...operationOptionHelpers_operationOptionsToRequestParameters(options),
        contentType: "application/json",
        headers: {
            accept: "application/json",
            ...options.requestOptions?.headers,
        },
        body: secretRestoreParametersSerializer(parameters),
    });
}
async function _restoreSecretDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = restError_createRestError(result);
        error.details = keyVaultErrorDeserializer(result.body);
        throw error;
    }
    return secretBundleDeserializer(result.body);
}
/** Restores a backed up secret, and all its versions, to a vault. This operation requires the secrets/restore permission. */
async function restoreSecret(context, parameters, options = { requestOptions: {} }) {
    const result = await _restoreSecretSend(context, parameters, options);
    return _restoreSecretDeserialize(result);
}
function _backupSecretSend(context, secretName, options = { requestOptions: {} }) {
    const path = urlTemplate_expandUrlTemplate("/secrets/{secret-name}/backup{?api%2Dversion}", {
        "secret-name": secretName,
        "api%2Dversion": context.apiVersion,
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).post({
        ...operationOptionHelpers_operationOptionsToRequestParameters(options),
        headers: {
            accept: "application/json",
            ...options.requestOptions?.headers,
        },
    });
}
async function _backupSecretDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = restError_createRestError(result);
        error.details = keyVaultErrorDeserializer(result.body);
        throw error;
    }
    return backupSecretResultDeserializer(result.body);
}
/** Requests that a backup of the specified secret be downloaded to the client. All versions of the secret will be downloaded. This operation requires the secrets/backup permission. */
async function backupSecret(context, secretName, options = { requestOptions: {} }) {
    const result = await _backupSecretSend(context, secretName, options);
    return _backupSecretDeserialize(result);
}
function _recoverDeletedSecretSend(context, secretName, options = { requestOptions: {} }) {
    const path = urlTemplate_expandUrlTemplate("/deletedsecrets/{secret-name}/recover{?api%2Dversion}", {
        "secret-name": secretName,
        "api%2Dversion": context.apiVersion,
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).post({
        ...operationOptionHelpers_operationOptionsToRequestParameters(options),
        headers: {
            accept: "application/json",
            ...options.requestOptions?.headers,
        },
    });
}
async function _recoverDeletedSecretDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = restError_createRestError(result);
        error.details = keyVaultErrorDeserializer(result.body);
        throw error;
    }
    return secretBundleDeserializer(result.body);
}
/** Recovers the deleted secret in the specified vault. This operation can only be performed on a soft-delete enabled vault. This operation requires the secrets/recover permission. */
async function recoverDeletedSecret(context, secretName, options = { requestOptions: {} }) {
    const result = await _recoverDeletedSecretSend(context, secretName, options);
    return _recoverDeletedSecretDeserialize(result);
}
function _purgeDeletedSecretSend(context, secretName, options = { requestOptions: {} }) {
    const path = urlTemplate_expandUrlTemplate("/deletedsecrets/{secret-name}{?api%2Dversion}", {
        "secret-name": secretName,
        "api%2Dversion": context.apiVersion,
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).delete({
        ...operationOptionHelpers_operationOptionsToRequestParameters(options),
        headers: {
            accept: "application/json",
            ...options.requestOptions?.headers,
        },
    });
}
async function _purgeDeletedSecretDeserialize(result) {
    const expectedStatuses = ["204"];
    if (!expectedStatuses.includes(result.status)) {
        const error = restError_createRestError(result);
        error.details = keyVaultErrorDeserializer(result.body);
        throw error;
    }
    return;
}
/** The purge deleted secret operation removes the secret permanently, without the possibility of recovery. This operation can only be enabled on a soft-delete enabled vault. This operation requires the secrets/purge permission. */
async function purgeDeletedSecret(context, secretName, options = { requestOptions: {} }) {
    const result = await _purgeDeletedSecretSend(context, secretName, options);
    return _purgeDeletedSecretDeserialize(result);
}
function _getDeletedSecretSend(context, secretName, options = { requestOptions: {} }) {
    const path = urlTemplate_expandUrlTemplate("/deletedsecrets/{secret-name}{?api%2Dversion}", {
        "secret-name": secretName,
        "api%2Dversion": context.apiVersion,
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...operationOptionHelpers_operationOptionsToRequestParameters(options),
        headers: {
            accept: "application/json",
            ...options.requestOptions?.headers,
        },
    });
}
async function _getDeletedSecretDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = restError_createRestError(result);
        error.details = keyVaultErrorDeserializer(result.body);
        throw error;
    }
    return deletedSecretBundleDeserializer(result.body);
}
/** The Get Deleted Secret operation returns the specified deleted secret along with its attributes. This operation requires the secrets/get permission. */
async function getDeletedSecret(context, secretName, options = { requestOptions: {} }) {
    const result = await _getDeletedSecretSend(context, secretName, options);
    return _getDeletedSecretDeserialize(result);
}
function _getDeletedSecretsSend(context, options = { requestOptions: {} }) {
    const path = urlTemplate_expandUrlTemplate("/deletedsecrets{?api%2Dversion,maxresults}", {
        "api%2Dversion": context.apiVersion,
        maxresults: options?.maxresults,
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...operationOptionHelpers_operationOptionsToRequestParameters(options),
        headers: {
            accept: "application/json",
            ...options.requestOptions?.headers,
        },
    });
}
async function _getDeletedSecretsDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = restError_createRestError(result);
        error.details = keyVaultErrorDeserializer(result.body);
        throw error;
    }
    return _deletedSecretListResultDeserializer(result.body);
}
/** The Get Deleted Secrets operation returns the secrets that have been deleted for a vault enabled for soft-delete. This operation requires the secrets/list permission. */
function getDeletedSecrets(context, options = { requestOptions: {} }) {
    return static_helpers_pagingHelpers_buildPagedAsyncIterator(context, () => _getDeletedSecretsSend(context, options), _getDeletedSecretsDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink" });
}
function _getSecretVersionsSend(context, secretName, options = { requestOptions: {} }) {
    const path = urlTemplate_expandUrlTemplate("/secrets/{secret-name}/versions{?api%2Dversion,maxresults}", {
        "secret-name": secretName,
        "api%2Dversion": context.apiVersion,
        maxresults: options?.maxresults,
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...operationOptionHelpers_operationOptionsToRequestParameters(options),
        headers: {
            accept: "application/json",
            ...options.requestOptions?.headers,
        },
    });
}
async function _getSecretVersionsDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = restError_createRestError(result);
        error.details = keyVaultErrorDeserializer(result.body);
        throw error;
    }
    return _secretListResultDeserializer(result.body);
}
/** The full secret identifier and attributes are provided in the response. No values are returned for the secrets. This operations requires the secrets/list permission. */
function getSecretVersions(context, secretName, options = { requestOptions: {} }) {
    return static_helpers_pagingHelpers_buildPagedAsyncIterator(context, () => _getSecretVersionsSend(context, secretName, options), _getSecretVersionsDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink" });
}
function _getSecretsSend(context, options = { requestOptions: {} }) {
    const path = urlTemplate_expandUrlTemplate("/secrets{?api%2Dversion,maxresults}", {
        "api%2Dversion": context.apiVersion,
        maxresults: options?.maxresults,
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...operationOptionHelpers_operationOptionsToRequestParameters(options),
        headers: {
            accept: "application/json",
            ...options.requestOptions?.headers,
        },
    });
}
async function _getSecretsDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = restError_createRestError(result);
        error.details = keyVaultErrorDeserializer(result.body);
        throw error;
    }
    return _secretListResultDeserializer(result.body);
}
/** The Get Secrets operation is applicable to the entire vault. However, only the base secret identifier and its attributes are provided in the response. Individual secret versions are not listed in the response. This operation requires the secrets/list permission. */
function getSecrets(context, options = { requestOptions: {} }) {
    return static_helpers_pagingHelpers_buildPagedAsyncIterator(context, () => _getSecretsSend(context, options), _getSecretsDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink" });
}
function _getSecretSend(context, secretName, secretVersion, options = { requestOptions: {} }) {
    const path = urlTemplate_expandUrlTemplate("/secrets/{secret-name}/{secret-version}{?api%2Dversion,outContentType}", {
        "secret-name": secretName,
        "secret-version": secretVersion,
        "api%2Dversion": context.apiVersion,
        outContentType: options?.outContentType,
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...operationOptionHelpers_operationOptionsToRequestParameters(options),
        headers: {
            accept: "application/json",
            ...options.requestOptions?.headers,
        },
    });
}
async function _getSecretDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = restError_createRestError(result);
        error.details = keyVaultErrorDeserializer(result.body);
        throw error;
    }
    return secretBundleDeserializer(result.body);
}
/** The GET operation is applicable to any secret stored in Azure Key Vault. This operation requires the secrets/get permission. */
async function getSecret(context, secretName, secretVersion, options = { requestOptions: {} }) {
    const result = await _getSecretSend(context, secretName, secretVersion, options);
    return _getSecretDeserialize(result);
}
function _updateSecretSend(context, secretName, secretVersion, parameters, options = { requestOptions: {} }) {
    const path = urlTemplate_expandUrlTemplate("/secrets/{secret-name}/{secret-version}{?api%2Dversion}", {
        "secret-name": secretName,
        "secret-version": secretVersion,
        "api%2Dversion": context.apiVersion,
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).patch({
        ...operationOptionHelpers_operationOptionsToRequestParameters(options),
        contentType: "application/json",
        headers: {
            accept: "application/json",
            ...options.requestOptions?.headers,
        },
        body: secretUpdateParametersSerializer(parameters),
    });
}
async function _updateSecretDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = restError_createRestError(result);
        error.details = keyVaultErrorDeserializer(result.body);
        throw error;
    }
    return secretBundleDeserializer(result.body);
}
/** The UPDATE operation changes specified attributes of an existing stored secret. Attributes that are not specified in the request are left unchanged. The value of a secret itself cannot be changed. This operation requires the secrets/set permission. */
async function updateSecret(context, secretName, secretVersion, parameters, options = { requestOptions: {} }) {
    const result = await _updateSecretSend(context, secretName, secretVersion, parameters, options);
    return _updateSecretDeserialize(result);
}
function _deleteSecretSend(context, secretName, options = { requestOptions: {} }) {
    const path = urlTemplate_expandUrlTemplate("/secrets/{secret-name}{?api%2Dversion}", {
        "secret-name": secretName,
        "api%2Dversion": context.apiVersion,
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).delete({
        ...operationOptionHelpers_operationOptionsToRequestParameters(options),
        headers: {
            accept: "application/json",
            ...options.requestOptions?.headers,
        },
    });
}
async function _deleteSecretDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = restError_createRestError(result);
        error.details = keyVaultErrorDeserializer(result.body);
        throw error;
    }
    return deletedSecretBundleDeserializer(result.body);
}
/** The DELETE operation applies to any secret stored in Azure Key Vault. DELETE cannot be applied to an individual version of a secret. This operation requires the secrets/delete permission. */
async function deleteSecret(context, secretName, options = { requestOptions: {} }) {
    const result = await _deleteSecretSend(context, secretName, options);
    return _deleteSecretDeserialize(result);
}
function _setSecretSend(context, secretName, parameters, options = { requestOptions: {} }) {
    const path = urlTemplate_expandUrlTemplate("/secrets/{secret-name}{?api%2Dversion}", {
        "secret-name": secretName,
        "api%2Dversion": context.apiVersion,
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).put({
        ...operationOptionHelpers_operationOptionsToRequestParameters(options),
        contentType: "application/json",
        headers: {
            accept: "application/json",
            ...options.requestOptions?.headers,
        },
        body: secretSetParametersSerializer(parameters),
    });
}
async function _setSecretDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = restError_createRestError(result);
        error.details = keyVaultErrorDeserializer(result.body);
        throw error;
    }
    return secretBundleDeserializer(result.body);
}
/** The SET operation adds a secret to the Azure Key Vault. If the named secret already exists, Azure Key Vault creates a new version of that secret. This operation requires the secrets/set permission. */
async function setSecret(context, secretName, parameters, options = { requestOptions: {} }) {
    const result = await _setSecretSend(context, secretName, parameters, options);
    return _setSecretDeserialize(result);
}
//# sourceMappingURL=operations.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/keyvault-secrets/dist/esm/api/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.


//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/keyvault-secrets/dist/esm/keyVaultClient.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.


class KeyVaultClient {
    _client;
    /** The pipeline used by this client to make requests */
    pipeline;
    /** The key vault client performs cryptographic key operations and vault operations against the Key Vault service. */
    constructor(endpointParam, credential, options = {}) {
        const prefixFromOptions = options?.userAgentOptions?.userAgentPrefix;
        const userAgentPrefix = prefixFromOptions
            ? `${prefixFromOptions} azsdk-js-client`
            : `azsdk-js-client`;
        this._client = createKeyVault(endpointParam, credential, {
            ...options,
            userAgentOptions: { userAgentPrefix },
        });
        this.pipeline = this._client.pipeline;
    }
    /** Restores a backed up secret, and all its versions, to a vault. This operation requires the secrets/restore permission. */
    restoreSecret(parameters, options = { requestOptions: {} }) {
        return restoreSecret(this._client, parameters, options);
    }
    /** Requests that a backup of the specified secret be downloaded to the client. All versions of the secret will be downloaded. This operation requires the secrets/backup permission. */
    backupSecret(secretName, options = { requestOptions: {} }) {
        return backupSecret(this._client, secretName, options);
    }
    /** Recovers the deleted secret in the specified vault. This operation can only be performed on a soft-delete enabled vault. This operation requires the secrets/recover permission. */
    recoverDeletedSecret(secretName, options = { requestOptions: {} }) {
        return recoverDeletedSecret(this._client, secretName, options);
    }
    /** The purge deleted secret operation removes the secret permanently, without the possibility of recovery. This operation can only be enabled on a soft-delete enabled vault. This operation requires the secrets/purge permission. */
    purgeDeletedSecret(secretName, options = { requestOptions: {} }) {
        return purgeDeletedSecret(this._client, secretName, options);
    }
    /** The Get Deleted Secret operation returns the specified deleted secret along with its attributes. This operation requires the secrets/get permission. */
    getDeletedSecret(secretName, options = { requestOptions: {} }) {
        return getDeletedSecret(this._client, secretName, options);
    }
    /** The Get Deleted Secrets operation returns the secrets that have been deleted for a vault enabled for soft-delete. This operation requires the secrets/list permission. */
    getDeletedSecrets(options = { requestOptions: {} }) {
        return getDeletedSecrets(this._client, options);
    }
    /** The full secret identifier and attributes are provided in the response. No values are returned for the secrets. This operations requires the secrets/list permission. */
    getSecretVersions(secretName, options = { requestOptions: {} }) {
        return getSecretVersions(this._client, secretName, options);
    }
    /** The Get Secrets operation is applicable to the entire vault. However, only the base secret identifier and its attributes are provided in the response. Individual secret versions are not listed in the response. This operation requires the secrets/list permission. */
    getSecrets(options = { requestOptions: {} }) {
        return getSecrets(this._client, options);
    }
    /** The GET operation is applicable to any secret stored in Azure Key Vault. This operation requires the secrets/get permission. */
    getSecret(secretName, secretVersion, options = { requestOptions: {} }) {
        return getSecret(this._client, secretName, secretVersion, options);
    }
    /** The UPDATE operation changes specified attributes of an existing stored secret. Attributes that are not specified in the request are left unchanged. The value of a secret itself cannot be changed. This operation requires the secrets/set permission. */
    updateSecret(secretName, secretVersion, parameters, options = { requestOptions: {} }) {
        return updateSecret(this._client, secretName, secretVersion, parameters, options);
    }
    /** The DELETE operation applies to any secret stored in Azure Key Vault. DELETE cannot be applied to an individual version of a secret. This operation requires the secrets/delete permission. */
    deleteSecret(secretName, options = { requestOptions: {} }) {
        return deleteSecret(this._client, secretName, options);
    }
    /** The SET operation adds a secret to the Azure Key Vault. If the named secret already exists, Azure Key Vault creates a new version of that secret. This operation requires the secrets/set permission. */
    setSecret(secretName, parameters, options = { requestOptions: {} }) {
        return setSecret(this._client, secretName, parameters, options);
    }
}
//# sourceMappingURL=keyVaultClient.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/keyvault-common/dist/esm/parseWWWAuthenticate.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.
const validWWWAuthenticateProperties = [
    "authorization",
    "authorization_url",
    "resource",
    "scope",
    "tenantId",
    "claims",
    "error",
];
/**
 * Parses an WWW-Authenticate response header.
 * This transforms a string value like:
 * `Bearer authorization="https://some.url/tenantId", resource="https://some.url"`
 * into an object like:
 * `{ authorization: "https://some.url/tenantId", resource: "https://some.url" }`
 * @param headerValue - String value in the WWW-Authenticate header
 */
function parseWWWAuthenticateHeader(headerValue) {
    const pairDelimiter = /,? +/;
    const parsed = headerValue.split(pairDelimiter).reduce((kvPairs, p) => {
        if (p.match(/\w="/)) {
            // 'sampleKey="sample_value"' -> [sampleKey, "sample_value"] -> { sampleKey: sample_value }
            const [key, ...value] = p.split("=");
            if (validWWWAuthenticateProperties.includes(key)) {
                // The values will be wrapped in quotes, which need to be stripped out.
                return { ...kvPairs, [key]: value.join("=").slice(1, -1) };
            }
        }
        return kvPairs;
    }, {});
    // Finally, we pull the tenantId from the authorization header to support multi-tenant authentication.
    if (parsed.authorization) {
        try {
            const tenantId = new URL(parsed.authorization).pathname.substring(1);
            if (tenantId) {
                parsed.tenantId = tenantId;
            }
        }
        catch (error) {
            throw new Error(`The challenge authorization URI '${parsed.authorization}' is invalid.`, {
                cause: error,
            });
        }
    }
    return parsed;
}
//# sourceMappingURL=parseWWWAuthenticate.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/keyvault-common/dist/esm/logger.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

const keyvault_common_dist_esm_logger_logger = (0,esm/* createClientLogger */.KV)("keyvault-common");
//# sourceMappingURL=logger.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/keyvault-common/dist/esm/tokenCycler.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.


// Default options for the cycler if none are provided
const DEFAULT_CYCLER_OPTIONS = {
    forcedRefreshWindowInMs: 1000, // Force waiting for a refresh 1s before the token expires
    retryIntervalInMs: 3000, // Allow refresh attempts every 3s
    refreshWindowInMs: 1000 * 60 * 2, // Start refreshing 2m before expiry
};
/**
 * Converts an an unreliable access token getter (which may resolve with null)
 * into an AccessTokenGetter by retrying the unreliable getter in a regular
 * interval.
 *
 * @param getAccessToken - A function that produces a promise of an access token that may fail by returning null.
 * @param retryIntervalInMs - The time (in milliseconds) to wait between retry attempts.
 * @param refreshTimeout - The timestamp after which the refresh attempt will fail, throwing an exception.
 * @returns - A promise that, if it resolves, will resolve with an access token.
 */
async function beginRefresh(getAccessToken, retryIntervalInMs, refreshTimeout) {
    // This wrapper handles exceptions gracefully as long as we haven't exceeded
    // the timeout.
    async function tryGetAccessToken() {
        if (Date.now() < refreshTimeout) {
            try {
                return await getAccessToken();
            }
            catch {
                return null;
            }
        }
        else {
            const finalToken = await getAccessToken();
            // Timeout is up, so throw if it's still null
            if (finalToken === null) {
                throw new Error("Failed to refresh access token.");
            }
            return finalToken;
        }
    }
    let token = await tryGetAccessToken();
    while (token === null) {
        await (0,core_util_dist_esm/* delay */.cb)(retryIntervalInMs);
        token = await tryGetAccessToken();
    }
    return token;
}
/**
 * Creates a token cycler from a credential, scopes, and optional settings.
 *
 * A token cycler represents a way to reliably retrieve a valid access token
 * from a TokenCredential. It will handle initializing the token, refreshing it
 * when it nears expiration, and synchronizes refresh attempts to avoid
 * concurrency hazards.
 *
 * @param credential - the underlying TokenCredential that provides the access
 * token
 * @param tokenCyclerOptions - optionally override default settings for the cycler
 *
 * @returns - a function that reliably produces a valid access token
 */
function createTokenCycler(credential, tokenCyclerOptions) {
    const refreshWorkers = new Map();
    let activeRefreshes = 0;
    let refreshGeneration = 0;
    let tokenGeneration = 0;
    let token = null;
    let tenantId;
    const options = {
        ...DEFAULT_CYCLER_OPTIONS,
        ...tokenCyclerOptions,
    };
    /**
     * This little holder defines several predicates that we use to construct
     * the rules of refreshing the token.
     */
    const cycler = {
        /**
         * Produces true if a refresh job is currently in progress.
         */
        get isRefreshing() {
            return activeRefreshes > 0;
        },
        /**
         * Produces true if the cycler SHOULD refresh (we are within the refresh
         * window and not already refreshing)
         */
        get shouldRefresh() {
            if (cycler.isRefreshing) {
                return false;
            }
            if (token?.refreshAfterTimestamp && token.refreshAfterTimestamp < Date.now()) {
                return true;
            }
            return (token?.expiresOnTimestamp ?? 0) - options.refreshWindowInMs < Date.now();
        },
        /**
         * Produces true if the cycler MUST refresh (null or nearly-expired
         * token).
         */
        get mustRefresh() {
            return (token === null || token.expiresOnTimestamp - options.forcedRefreshWindowInMs < Date.now());
        },
    };
    /**
     * Shares a refresh only when callers have the same cancellation context.
     */
    function refresh(scopes, getTokenOptions) {
        // Equal timeout durations still have different deadlines when requests start at different times.
        const canShareRefresh = !getTokenOptions.requestOptions?.timeout;
        const { abortSignal, tenantId: refreshTenantId, claims } = getTokenOptions;
        if (canShareRefresh) {
            // The policy scopes each cycler to one challenge; keep tenant and claims isolated as well.
            for (const worker of refreshWorkers.get(abortSignal) ?? []) {
                if (worker.tenantId === refreshTenantId && worker.claims === claims) {
                    return worker.promise;
                }
            }
        }
        const generation = ++refreshGeneration;
        const previousTokenGeneration = tokenGeneration;
        // We bind `scopes` here to avoid passing it around a lot
        const tryGetAccessToken = () => credential.getToken(scopes, getTokenOptions);
        activeRefreshes++;
        // Take advantage of promise chaining to insert an assignment to `token`
        // before the refresh can be considered done.
        const worker = {
            tenantId: refreshTenantId,
            claims,
            promise: beginRefresh(tryGetAccessToken, options.retryIntervalInMs, 
            // If we don't have a token, then we should timeout immediately
            token?.expiresOnTimestamp ?? Date.now())
                .then((_token) => {
                if (generation > tokenGeneration) {
                    token = _token;
                    tenantId = refreshTenantId;
                    tokenGeneration = generation;
                }
                return _token;
            }, (reason) => {
                // A credential may reuse the same token object across successful refreshes.
                if (tokenGeneration === previousTokenGeneration) {
                    token = null;
                    tenantId = undefined;
                }
                throw reason;
            })
                .finally(() => {
                activeRefreshes--;
                const workers = refreshWorkers.get(abortSignal);
                if (workers?.delete(worker) && workers.size === 0) {
                    refreshWorkers.delete(abortSignal);
                }
            }),
        };
        if (canShareRefresh) {
            let workers = refreshWorkers.get(abortSignal);
            if (!workers) {
                workers = new Set();
                refreshWorkers.set(abortSignal, workers);
            }
            workers.add(worker);
        }
        return worker.promise;
    }
    return async (scopes, tokenOptions) => {
        //
        // Simple rules:
        // - If we MUST refresh, then return the refresh task, blocking
        //   the pipeline until a token is available.
        // - If we SHOULD refresh, then run refresh but don't return it
        //   (we can still use the cached token).
        // - Return the token, since it's fine if we didn't return in
        //   step 1.
        //
        const hasClaimChallenge = Boolean(tokenOptions.claims);
        const tenantIdChanged = tenantId !== tokenOptions.tenantId;
        if (hasClaimChallenge) {
            // If we've received a claim, we know the existing token isn't valid
            // We want to clear it so that that refresh worker won't use the old expiration time as a timeout
            token = null;
        }
        // If the tenantId passed in token options is different to the one we have
        // Or if we are in claim challenge and the token was rejected and a new access token need to be issued, we need to
        // refresh the token with the new tenantId or token.
        const mustRefresh = tenantIdChanged || hasClaimChallenge || cycler.mustRefresh;
        if (mustRefresh) {
            return refresh(scopes, tokenOptions);
        }
        if (cycler.shouldRefresh) {
            refresh(scopes, tokenOptions).catch(() => {
                keyvault_common_dist_esm_logger_logger.warning("Failed to refresh access token in the background.");
            });
        }
        return token;
    };
}
//# sourceMappingURL=tokenCycler.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/keyvault-common/dist/esm/keyVaultAuthenticationPolicy.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.




function getChallengeResourceHostname(scope) {
    const invalidScopeMessage = "The challenge contains an invalid scope.";
    // Check the original authority before URL parsing normalizes ambiguous input.
    const authority = /^[a-z][a-z\d+.-]*:\/\/([^/?#]+)/i.exec(scope)?.[1];
    if (!authority || authority.includes("@") || authority.includes("%")) {
        throw new Error(invalidScopeMessage);
    }
    for (const character of scope) {
        if (character <= " " || character === "\u007f" || character === "\\") {
            throw new Error(invalidScopeMessage);
        }
    }
    let resourceHostname;
    try {
        resourceHostname = new URL(scope).hostname;
    }
    catch {
        throw new Error(invalidScopeMessage);
    }
    if (!resourceHostname) {
        throw new Error(invalidScopeMessage);
    }
    return resourceHostname;
}
function verifyChallengeResource(resourceHostname, request) {
    const requestUrl = new URL(request.url);
    if (requestUrl.protocol !== "https:") {
        throw new Error("The request URL must use HTTPS.");
    }
    if (!requestUrl.hostname.endsWith(`.${resourceHostname}`)) {
        throw new Error(`The challenge resource '${resourceHostname}' does not match the requested domain. Set disableChallengeResourceVerification to true in your client options to disable. See https://aka.ms/azsdk/blog/vault-uri for more information.`);
    }
}
function verifyChallengeOrigin(requestOrigin, request) {
    const requestUrl = new URL(request.url);
    if (requestUrl.protocol !== "https:") {
        throw new Error("The request URL must use HTTPS.");
    }
    if (requestUrl.origin !== requestOrigin) {
        throw new Error(`The challenge origin '${requestOrigin}' does not match the requested domain. This request targeted '${requestUrl.origin}'.`);
    }
}
/**
 * Name of the Key Vault authentication policy.
 */
const keyVaultAuthenticationPolicyName = "keyVaultAuthenticationPolicy";
/**
 * A custom implementation of the bearer-token authentication policy that handles Key Vault and CAE challenges.
 *
 * This policy uses challenge authentication, withholding the initial request body
 * until the service's challenge has been validated.
 *
 * When the challenge is received, it will be authenticated and used to send the original
 * request with authorization.
 *
 * Following the first request of a client, follow-up requests will get the cached token
 * if possible.
 *
 */
function keyVaultAuthenticationPolicy(credential, options = {}) {
    const { disableChallengeResourceVerification } = options;
    let cachedChallenge;
    // Pending acquisitions can reuse an earlier cached object, so identity alone cannot detect updates.
    let cachedChallengeRevision = 0;
    const pendingChallenges = new Map();
    const pendingCaeChallenges = new WeakMap();
    function requestToOptions(request) {
        return {
            abortSignal: request.abortSignal,
            requestOptions: {
                timeout: request.timeout > 0 ? request.timeout : undefined,
            },
            tracingOptions: request.tracingOptions,
        };
    }
    async function authorizeRequestWithChallenge(request, state, claims) {
        // The resource-verification opt-out must not permit cross-origin token reuse.
        verifyChallengeOrigin(state.requestOrigin, request);
        if (state.resourceHostname !== undefined) {
            verifyChallengeResource(state.resourceHostname, request);
        }
        const token = await state.getAccessToken(state.scopes, {
            ...requestToOptions(request),
            enableCae: true,
            tenantId: state.tenantId,
            claims,
        });
        if (state.resourceHostname !== undefined) {
            verifyChallengeResource(state.resourceHostname, request);
        }
        verifyChallengeOrigin(state.requestOrigin, request);
        request.headers.set("Authorization", `Bearer ${token.token}`);
    }
    async function handleChallenge(request, response) {
        // If status is not 401, this is a no-op
        if (response.status !== 401) {
            return undefined;
        }
        const challenge = response.headers.get("WWW-Authenticate");
        if (!challenge) {
            keyvault_common_dist_esm_logger_logger.warning("keyVaultAuthentication policy encountered a 401 response without a corresponding WWW-Authenticate header. This is unexpected. Not handling the 401 response.");
            return undefined;
        }
        const parsedChallenge = parseWWWAuthenticateHeader(challenge);
        const scope = parsedChallenge.resource
            ? parsedChallenge.resource + "/.default"
            : parsedChallenge.scope;
        if (!scope) {
            // Cannot handle this kind of challenge here (if scope is not present, may be a CAE challenge)
            return undefined;
        }
        const resourceHostname = disableChallengeResourceVerification
            ? undefined
            : getChallengeResourceHostname(scope);
        if (resourceHostname !== undefined) {
            verifyChallengeResource(resourceHostname, request);
        }
        const previousRevision = cachedChallengeRevision;
        let state = cachedChallenge;
        const pendingKey = JSON.stringify([scope, parsedChallenge.tenantId]);
        let pending;
        if (!state || state.scopes[0] !== scope || state.tenantId !== parsedChallenge.tenantId) {
            pending = pendingChallenges.get(pendingKey);
            if (!pending) {
                pending = {
                    challenge: {
                        scopes: [scope],
                        tenantId: parsedChallenge.tenantId,
                        resourceHostname,
                        requestOrigin: new URL(request.url).origin,
                        getAccessToken: createTokenCycler(credential),
                    },
                    requests: 0,
                };
                pendingChallenges.set(pendingKey, pending);
            }
            pending.requests++;
            state = pending.challenge;
        }
        try {
            await authorizeRequestWithChallenge(request, state);
            // Do not replace a successful context until acquisition succeeds, or undo a concurrent update.
            if (cachedChallengeRevision === previousRevision && cachedChallenge !== state) {
                cachedChallenge = state;
                cachedChallengeRevision++;
            }
            return state;
        }
        finally {
            if (pending && --pending.requests === 0) {
                pendingChallenges.delete(pendingKey);
            }
        }
    }
    async function handleCaeChallenge(request, response, next, state) {
        // Cannot handle CAE challenge if a regular challenge has not been completed first
        if (!state) {
            return response;
        }
        // If status is not 401, this is a no-op
        if (response.status !== 401) {
            return response;
        }
        const challenge = response.headers.get("WWW-Authenticate");
        if (!challenge) {
            return response;
        }
        const { claims: base64EncodedClaims, error } = parseWWWAuthenticateHeader(challenge);
        if (error !== "insufficient_claims" || base64EncodedClaims === undefined) {
            return response;
        }
        const claims = (0,core_util_dist_esm/* uint8ArrayToString */.SW)((0,core_util_dist_esm/* stringToUint8Array */.Al)(base64EncodedClaims, "base64"), "utf-8");
        const previousRevision = cachedChallengeRevision;
        // Do not let a caller from a newer cache revision join and promote an older acquisition.
        const pendingKey = JSON.stringify([claims, previousRevision]);
        let stateChallenges = pendingCaeChallenges.get(state);
        if (!stateChallenges) {
            stateChallenges = new Map();
            pendingCaeChallenges.set(state, stateChallenges);
        }
        let pending = stateChallenges.get(pendingKey);
        if (!pending) {
            pending = {
                challenge: { ...state, getAccessToken: createTokenCycler(credential) },
                requests: 0,
            };
            stateChallenges.set(pendingKey, pending);
        }
        pending.requests++;
        try {
            await authorizeRequestWithChallenge(request, pending.challenge, claims);
            if (cachedChallengeRevision === previousRevision && cachedChallenge === state) {
                cachedChallenge = pending.challenge;
                cachedChallengeRevision++;
            }
        }
        finally {
            if (--pending.requests === 0) {
                stateChallenges.delete(pendingKey);
                if (stateChallenges.size === 0) {
                    pendingCaeChallenges.delete(state);
                }
            }
        }
        return next(request);
    }
    async function sendRequest(request, next) {
        // Keep the authentication context and anonymous request body local to this operation.
        let state = cachedChallenge;
        let response;
        if (state) {
            await authorizeRequestWithChallenge(request, state);
            response = await next(request);
        }
        else {
            const originalBody = request.body;
            request.body = null;
            try {
                response = await next(request);
            }
            finally {
                if (request.body === null) {
                    request.body = originalBody;
                }
            }
        }
        const challengedState = await handleChallenge(request, response);
        if (challengedState) {
            state = challengedState;
            response = await next(request);
        }
        return handleCaeChallenge(request, response, next, state);
    }
    return {
        name: keyVaultAuthenticationPolicyName,
        sendRequest,
    };
}
//# sourceMappingURL=keyVaultAuthenticationPolicy.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/keyvault-common/dist/esm/parseKeyVaultIdentifier.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.
/**
 * Parses a Key Vault identifier into its components.
 *
 * @param collection - The collection of the Key Vault identifier.
 * @param identifier - The Key Vault identifier to be parsed.
 */
function parseKeyVaultIdentifier(collection, identifier) {
    if (typeof collection !== "string" || !(collection = collection.trim())) {
        throw new Error("Invalid collection argument");
    }
    if (typeof identifier !== "string" || !(identifier = identifier.trim())) {
        throw new Error("Invalid identifier argument");
    }
    let baseUri;
    try {
        baseUri = new URL(identifier);
    }
    catch (e) {
        throw new Error(`Invalid ${collection} identifier: ${identifier}. Not a valid URI`, {
            cause: e,
        });
    }
    // Path is of the form '/collection/name[/version]'
    const segments = (baseUri.pathname || "").split("/");
    if (segments.length !== 3 && segments.length !== 4) {
        throw new Error(`Invalid ${collection} identifier: ${identifier}. Bad number of segments: ${segments.length}`);
    }
    if (collection !== segments[1]) {
        throw new Error(`Invalid ${collection} identifier: ${identifier}. segment [1] should be "${collection}", found "${segments[1]}"`);
    }
    const vaultUrl = `${baseUri.protocol}//${baseUri.host}`;
    const name = segments[2];
    const version = segments.length === 4 ? segments[3] : undefined;
    return {
        vaultUrl,
        name,
        version,
    };
}
//# sourceMappingURL=parseKeyVaultIdentifier.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/keyvault-common/dist/esm/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.


//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/keyvault-secrets/dist/esm/secretsModels.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.
/**
 * The latest supported KeyVault service API version
 */
const LATEST_API_VERSION = "2026-04-01";
//# sourceMappingURL=secretsModels.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/keyvault-secrets/dist/esm/identifier.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

/**
 * Parses the given Key Vault Secret Id. An example is:
 *
 *   https://<keyvault-name>.vault.azure.net/secrets/<secret-name>/<unique-version-id>
 *
 * On parsing the above Id, this function returns:
 *```ts snippet:ignore
 *   {
 *      sourceId: "https://<keyvault-name>.vault.azure.net/secrets/<secret-name>/<unique-version-id>",
 *      vaultUrl: "https://<keyvault-name>.vault.azure.net",
 *      version: "<unique-version-id>",
 *      name: "<secret-name>"
 *   }
 *```
 * @param id - The Id of the Key Vault Secret.
 */
function parseKeyVaultSecretIdentifier(id) {
    const urlParts = id.split("/");
    const collection = urlParts[3];
    return {
        sourceId: id,
        ...parseKeyVaultIdentifier(collection, id),
    };
}
//# sourceMappingURL=identifier.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/keyvault-secrets/dist/esm/transformations.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

/**
 * @internal
 * Shapes the exposed {@link KeyVaultKey} based on either a received secret bundle or deleted secret bundle.
 */
function getSecretFromSecretBundle(bundle) {
    const secretBundle = bundle;
    const deletedSecretBundle = bundle;
    const parsedId = parseKeyVaultSecretIdentifier(secretBundle.id);
    const attributes = secretBundle.attributes;
    delete secretBundle.attributes;
    const resultObject = {
        value: secretBundle.value,
        name: parsedId.name,
        properties: {
            expiresOn: attributes?.expires,
            createdOn: attributes?.created,
            updatedOn: attributes?.updated,
            enabled: attributes?.enabled,
            notBefore: attributes?.notBefore,
            recoverableDays: attributes?.recoverableDays,
            recoveryLevel: attributes?.recoveryLevel,
            id: secretBundle.id,
            contentType: secretBundle.contentType,
            tags: secretBundle.tags,
            managed: secretBundle.managed,
            previousVersion: secretBundle.previousVersion,
            vaultUrl: parsedId.vaultUrl,
            version: parsedId.version,
            name: parsedId.name,
            certificateKeyId: secretBundle.kid,
        },
    };
    if (deletedSecretBundle.recoveryId) {
        resultObject.properties.recoveryId = deletedSecretBundle.recoveryId;
        resultObject.properties.scheduledPurgeDate = deletedSecretBundle.scheduledPurgeDate;
        resultObject.properties.deletedOn = deletedSecretBundle.deletedDate;
        resultObject.recoveryId = deletedSecretBundle.recoveryId;
        resultObject.scheduledPurgeDate = deletedSecretBundle.scheduledPurgeDate;
        resultObject.deletedOn = deletedSecretBundle.deletedDate;
    }
    if (attributes) {
        if (attributes.vaultUrl) {
            delete resultObject.properties.vaultUrl;
        }
        if (attributes.expires) {
            delete resultObject.properties.expires;
        }
        if (attributes.created) {
            delete resultObject.properties.created;
        }
        if (attributes.updated) {
            delete resultObject.properties.updated;
        }
    }
    return resultObject;
}
/**
 * A helper supporting compatibility between modular and legacy paged async iterables.
 *
 * Provides the following compatibility:
 * 1. Maps the values of the paged async iterable using the provided mapper function.
 * 2. Supports `maxPageSize` operation on the paged async iterable.
 *
 * TODO: move this to keyvault-common once everything is merged
 */
function mapPagedAsyncIterable(operation, operationOptions, mapper) {
    let iter = undefined;
    return {
        async next() {
            iter ??= operation({ ...operationOptions, maxresults: undefined });
            const result = await iter.next();
            return {
                ...result,
                value: result.value && mapper(result.value),
            };
        },
        [Symbol.asyncIterator]() {
            return this;
        },
        async *byPage(settings) {
            // Pass the maxPageSize value to the underlying page operation
            const iteratorByPage = operation({
                ...operationOptions,
                maxresults: settings?.maxPageSize,
            }).byPage(settings);
            for await (const page of iteratorByPage) {
                yield page.map(mapper);
            }
        },
    };
}
//# sourceMappingURL=transformations.js.map
// EXTERNAL MODULE: ./node_modules/@azure/core-tracing/dist/esm/index.js + 4 modules
var core_tracing_dist_esm = __nccwpck_require__(5433);
;// CONCATENATED MODULE: ./node_modules/@azure/keyvault-secrets/dist/esm/tracing.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.


const tracingClient = (0,core_tracing_dist_esm/* createTracingClient */.y)({
    namespace: "Microsoft.KeyVault",
    packageName: "@azure/keyvault-secrets",
    packageVersion: SDK_VERSION,
});
//# sourceMappingURL=tracing.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/core-lro/dist/esm/logger.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT license.

/**
 * The `@azure/logger` configuration for this package.
 * @internal
 */
const core_lro_dist_esm_logger_logger = (0,esm/* createClientLogger */.KV)("core-lro");
//# sourceMappingURL=logger.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/core-lro/dist/esm/poller/constants.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT license.
/**
 * The default time interval to wait before sending the next polling request.
 */
const constants_POLL_INTERVAL_IN_MS = 2000;
/**
 * The closed set of terminal states.
 */
const constants_terminalStates = ["succeeded", "canceled", "failed"];
//# sourceMappingURL=constants.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/core-lro/dist/esm/poller/operation.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT license.


/**
 * Deserializes the state
 */
function poller_operation_deserializeState(serializedState) {
    try {
        return JSON.parse(serializedState).state;
    }
    catch (e) {
        throw new Error(`Unable to deserialize input state: ${serializedState}`);
    }
}
function operation_setStateError(inputs) {
    const { state, stateProxy, isOperationError } = inputs;
    return (error) => {
        if (isOperationError(error)) {
            stateProxy.setError(state, error);
            stateProxy.setFailed(state);
        }
        throw error;
    };
}
function operation_appendReadableErrorMessage(currentMessage, innerMessage) {
    let message = currentMessage;
    if (message.slice(-1) !== ".") {
        message = message + ".";
    }
    return message + " " + innerMessage;
}
function operation_simplifyError(err) {
    let message = err.message;
    let code = err.code;
    let curErr = err;
    while (curErr.innererror) {
        curErr = curErr.innererror;
        code = curErr.code;
        message = operation_appendReadableErrorMessage(message, curErr.message);
    }
    return {
        code,
        message,
    };
}
function operation_processOperationStatus(result) {
    const { state, stateProxy, status, isDone, processResult, getError, response, setErrorAsResult } = result;
    switch (status) {
        case "succeeded": {
            stateProxy.setSucceeded(state);
            break;
        }
        case "failed": {
            const err = getError === null || getError === void 0 ? void 0 : getError(response);
            let postfix = "";
            if (err) {
                const { code, message } = operation_simplifyError(err);
                postfix = `. ${code}. ${message}`;
            }
            const errStr = `The long-running operation has failed${postfix}`;
            stateProxy.setError(state, new Error(errStr));
            stateProxy.setFailed(state);
            core_lro_dist_esm_logger_logger.warning(errStr);
            break;
        }
        case "canceled": {
            stateProxy.setCanceled(state);
            break;
        }
    }
    if ((isDone === null || isDone === void 0 ? void 0 : isDone(response, state)) ||
        (isDone === undefined &&
            ["succeeded", "canceled"].concat(setErrorAsResult ? [] : ["failed"]).includes(status))) {
        stateProxy.setResult(state, operation_buildResult({
            response,
            state,
            processResult,
        }));
    }
}
function operation_buildResult(inputs) {
    const { processResult, response, state } = inputs;
    return processResult ? processResult(response, state) : response;
}
/**
 * Initiates the long-running operation.
 */
async function poller_operation_initOperation(inputs) {
    const { init, stateProxy, processResult, getOperationStatus, withOperationLocation, setErrorAsResult, } = inputs;
    const { operationLocation, resourceLocation, metadata, response } = await init();
    if (operationLocation)
        withOperationLocation === null || withOperationLocation === void 0 ? void 0 : withOperationLocation(operationLocation, false);
    const config = {
        metadata,
        operationLocation,
        resourceLocation,
    };
    core_lro_dist_esm_logger_logger.verbose(`LRO: Operation description:`, config);
    const state = stateProxy.initState(config);
    const status = getOperationStatus({ response, state, operationLocation });
    operation_processOperationStatus({ state, status, stateProxy, response, setErrorAsResult, processResult });
    return state;
}
async function operation_pollOperationHelper(inputs) {
    const { poll, state, stateProxy, operationLocation, getOperationStatus, getResourceLocation, isOperationError, options, } = inputs;
    const response = await poll(operationLocation, options).catch(operation_setStateError({
        state,
        stateProxy,
        isOperationError,
    }));
    const status = getOperationStatus(response, state);
    core_lro_dist_esm_logger_logger.verbose(`LRO: Status:\n\tPolling from: ${state.config.operationLocation}\n\tOperation status: ${status}\n\tPolling status: ${constants_terminalStates.includes(status) ? "Stopped" : "Running"}`);
    if (status === "succeeded") {
        const resourceLocation = getResourceLocation(response, state);
        if (resourceLocation !== undefined) {
            return {
                response: await poll(resourceLocation).catch(operation_setStateError({ state, stateProxy, isOperationError })),
                status,
            };
        }
    }
    return { response, status };
}
/** Polls the long-running operation. */
async function poller_operation_pollOperation(inputs) {
    const { poll, state, stateProxy, options, getOperationStatus, getResourceLocation, getOperationLocation, isOperationError, withOperationLocation, getPollingInterval, processResult, getError, updateState, setDelay, isDone, setErrorAsResult, } = inputs;
    const { operationLocation } = state.config;
    if (operationLocation !== undefined) {
        const { response, status } = await operation_pollOperationHelper({
            poll,
            getOperationStatus,
            state,
            stateProxy,
            operationLocation,
            getResourceLocation,
            isOperationError,
            options,
        });
        operation_processOperationStatus({
            status,
            response,
            state,
            stateProxy,
            isDone,
            processResult,
            getError,
            setErrorAsResult,
        });
        if (!constants_terminalStates.includes(status)) {
            const intervalInMs = getPollingInterval === null || getPollingInterval === void 0 ? void 0 : getPollingInterval(response);
            if (intervalInMs)
                setDelay(intervalInMs);
            const location = getOperationLocation === null || getOperationLocation === void 0 ? void 0 : getOperationLocation(response, state);
            if (location !== undefined) {
                const isUpdated = operationLocation !== location;
                state.config.operationLocation = location;
                withOperationLocation === null || withOperationLocation === void 0 ? void 0 : withOperationLocation(location, isUpdated);
            }
            else
                withOperationLocation === null || withOperationLocation === void 0 ? void 0 : withOperationLocation(operationLocation, false);
        }
        updateState === null || updateState === void 0 ? void 0 : updateState(state, response);
    }
}
//# sourceMappingURL=operation.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/core-lro/dist/esm/http/operation.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT license.


function operation_getOperationLocationPollingUrl(inputs) {
    const { azureAsyncOperation, operationLocation } = inputs;
    return operationLocation !== null && operationLocation !== void 0 ? operationLocation : azureAsyncOperation;
}
function operation_getLocationHeader(rawResponse) {
    return rawResponse.headers["location"];
}
function operation_getOperationLocationHeader(rawResponse) {
    return rawResponse.headers["operation-location"];
}
function operation_getAzureAsyncOperationHeader(rawResponse) {
    return rawResponse.headers["azure-asyncoperation"];
}
function operation_findResourceLocation(inputs) {
    var _a;
    const { location, requestMethod, requestPath, resourceLocationConfig } = inputs;
    switch (requestMethod) {
        case "PUT": {
            return requestPath;
        }
        case "DELETE": {
            return undefined;
        }
        case "PATCH": {
            return (_a = getDefault()) !== null && _a !== void 0 ? _a : requestPath;
        }
        default: {
            return getDefault();
        }
    }
    function getDefault() {
        switch (resourceLocationConfig) {
            case "azure-async-operation": {
                return undefined;
            }
            case "original-uri": {
                return requestPath;
            }
            case "location":
            default: {
                return location;
            }
        }
    }
}
function http_operation_inferLroMode(inputs) {
    const { rawResponse, requestMethod, requestPath, resourceLocationConfig } = inputs;
    const operationLocation = operation_getOperationLocationHeader(rawResponse);
    const azureAsyncOperation = operation_getAzureAsyncOperationHeader(rawResponse);
    const pollingUrl = operation_getOperationLocationPollingUrl({ operationLocation, azureAsyncOperation });
    const location = operation_getLocationHeader(rawResponse);
    const normalizedRequestMethod = requestMethod === null || requestMethod === void 0 ? void 0 : requestMethod.toLocaleUpperCase();
    if (pollingUrl !== undefined) {
        return {
            mode: "OperationLocation",
            operationLocation: pollingUrl,
            resourceLocation: operation_findResourceLocation({
                requestMethod: normalizedRequestMethod,
                location,
                requestPath,
                resourceLocationConfig,
            }),
        };
    }
    else if (location !== undefined) {
        return {
            mode: "ResourceLocation",
            operationLocation: location,
        };
    }
    else if (normalizedRequestMethod === "PUT" && requestPath) {
        return {
            mode: "Body",
            operationLocation: requestPath,
        };
    }
    else {
        return undefined;
    }
}
function operation_transformStatus(inputs) {
    const { status, statusCode } = inputs;
    if (typeof status !== "string" && status !== undefined) {
        throw new Error(`Polling was unsuccessful. Expected status to have a string value or no value but it has instead: ${status}. This doesn't necessarily indicate the operation has failed. Check your Azure subscription or resource status for more information.`);
    }
    switch (status === null || status === void 0 ? void 0 : status.toLocaleLowerCase()) {
        case undefined:
            return operation_toOperationStatus(statusCode);
        case "succeeded":
            return "succeeded";
        case "failed":
            return "failed";
        case "running":
        case "accepted":
        case "started":
        case "canceling":
        case "cancelling":
            return "running";
        case "canceled":
        case "cancelled":
            return "canceled";
        default: {
            core_lro_dist_esm_logger_logger.verbose(`LRO: unrecognized operation status: ${status}`);
            return status;
        }
    }
}
function operation_getStatus(rawResponse) {
    var _a;
    const { status } = (_a = rawResponse.body) !== null && _a !== void 0 ? _a : {};
    return operation_transformStatus({ status, statusCode: rawResponse.statusCode });
}
function operation_getProvisioningState(rawResponse) {
    var _a, _b;
    const { properties, provisioningState } = (_a = rawResponse.body) !== null && _a !== void 0 ? _a : {};
    const status = (_b = properties === null || properties === void 0 ? void 0 : properties.provisioningState) !== null && _b !== void 0 ? _b : provisioningState;
    return operation_transformStatus({ status, statusCode: rawResponse.statusCode });
}
function operation_toOperationStatus(statusCode) {
    if (statusCode === 202) {
        return "running";
    }
    else if (statusCode < 300) {
        return "succeeded";
    }
    else {
        return "failed";
    }
}
function http_operation_parseRetryAfter({ rawResponse }) {
    const retryAfter = rawResponse.headers["retry-after"];
    if (retryAfter !== undefined) {
        // Retry-After header value is either in HTTP date format, or in seconds
        const retryAfterInSeconds = parseInt(retryAfter);
        return isNaN(retryAfterInSeconds)
            ? operation_calculatePollingIntervalFromDate(new Date(retryAfter))
            : retryAfterInSeconds * 1000;
    }
    return undefined;
}
function http_operation_getErrorFromResponse(response) {
    const error = operation_accessBodyProperty(response, "error");
    if (!error) {
        core_lro_dist_esm_logger_logger.warning(`The long-running operation failed but there is no error property in the response's body`);
        return;
    }
    if (!error.code || !error.message) {
        core_lro_dist_esm_logger_logger.warning(`The long-running operation failed but the error property in the response's body doesn't contain code or message`);
        return;
    }
    return error;
}
function operation_calculatePollingIntervalFromDate(retryAfterDate) {
    const timeNow = Math.floor(new Date().getTime());
    const retryAfterTime = retryAfterDate.getTime();
    if (timeNow < retryAfterTime) {
        return retryAfterTime - timeNow;
    }
    return undefined;
}
function http_operation_getStatusFromInitialResponse(inputs) {
    const { response, state, operationLocation } = inputs;
    function helper() {
        var _a;
        const mode = (_a = state.config.metadata) === null || _a === void 0 ? void 0 : _a["mode"];
        switch (mode) {
            case undefined:
                return operation_toOperationStatus(response.rawResponse.statusCode);
            case "Body":
                return http_operation_getOperationStatus(response, state);
            default:
                return "running";
        }
    }
    const status = helper();
    return status === "running" && operationLocation === undefined ? "succeeded" : status;
}
/**
 * Initiates the long-running operation.
 */
async function initHttpOperation(inputs) {
    const { stateProxy, resourceLocationConfig, processResult, lro, setErrorAsResult } = inputs;
    return poller_operation_initOperation({
        init: async () => {
            const response = await lro.sendInitialRequest();
            const config = http_operation_inferLroMode({
                rawResponse: response.rawResponse,
                requestPath: lro.requestPath,
                requestMethod: lro.requestMethod,
                resourceLocationConfig,
            });
            return Object.assign({ response, operationLocation: config === null || config === void 0 ? void 0 : config.operationLocation, resourceLocation: config === null || config === void 0 ? void 0 : config.resourceLocation }, ((config === null || config === void 0 ? void 0 : config.mode) ? { metadata: { mode: config.mode } } : {}));
        },
        stateProxy,
        processResult: processResult
            ? ({ flatResponse }, state) => processResult(flatResponse, state)
            : ({ flatResponse }) => flatResponse,
        getOperationStatus: http_operation_getStatusFromInitialResponse,
        setErrorAsResult,
    });
}
function http_operation_getOperationLocation({ rawResponse }, state) {
    var _a;
    const mode = (_a = state.config.metadata) === null || _a === void 0 ? void 0 : _a["mode"];
    switch (mode) {
        case "OperationLocation": {
            return operation_getOperationLocationPollingUrl({
                operationLocation: operation_getOperationLocationHeader(rawResponse),
                azureAsyncOperation: operation_getAzureAsyncOperationHeader(rawResponse),
            });
        }
        case "ResourceLocation": {
            return operation_getLocationHeader(rawResponse);
        }
        case "Body":
        default: {
            return undefined;
        }
    }
}
function http_operation_getOperationStatus({ rawResponse }, state) {
    var _a;
    const mode = (_a = state.config.metadata) === null || _a === void 0 ? void 0 : _a["mode"];
    switch (mode) {
        case "OperationLocation": {
            return operation_getStatus(rawResponse);
        }
        case "ResourceLocation": {
            return operation_toOperationStatus(rawResponse.statusCode);
        }
        case "Body": {
            return operation_getProvisioningState(rawResponse);
        }
        default:
            throw new Error(`Internal error: Unexpected operation mode: ${mode}`);
    }
}
function operation_accessBodyProperty({ flatResponse, rawResponse }, prop) {
    var _a, _b;
    return (_a = flatResponse === null || flatResponse === void 0 ? void 0 : flatResponse[prop]) !== null && _a !== void 0 ? _a : (_b = rawResponse.body) === null || _b === void 0 ? void 0 : _b[prop];
}
function http_operation_getResourceLocation(res, state) {
    const loc = operation_accessBodyProperty(res, "resourceLocation");
    if (loc && typeof loc === "string") {
        state.config.resourceLocation = loc;
    }
    return state.config.resourceLocation;
}
function http_operation_isOperationError(e) {
    return e.name === "RestError";
}
/** Polls the long-running operation. */
async function operation_pollHttpOperation(inputs) {
    const { lro, stateProxy, options, processResult, updateState, setDelay, state, setErrorAsResult, } = inputs;
    return poller_operation_pollOperation({
        state,
        stateProxy,
        setDelay,
        processResult: processResult
            ? ({ flatResponse }, inputState) => processResult(flatResponse, inputState)
            : ({ flatResponse }) => flatResponse,
        getError: http_operation_getErrorFromResponse,
        updateState,
        getPollingInterval: http_operation_parseRetryAfter,
        getOperationLocation: http_operation_getOperationLocation,
        getOperationStatus: http_operation_getOperationStatus,
        isOperationError: http_operation_isOperationError,
        getResourceLocation: http_operation_getResourceLocation,
        options,
        /**
         * The expansion here is intentional because `lro` could be an object that
         * references an inner this, so we need to preserve a reference to it.
         */
        poll: async (location, inputOptions) => lro.sendPollRequest(location, inputOptions),
        setErrorAsResult,
    });
}
//# sourceMappingURL=operation.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/core-lro/dist/esm/poller/poller.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT license.



const createStateProxy = () => ({
    /**
     * The state at this point is created to be of type OperationState<TResult>.
     * It will be updated later to be of type TState when the
     * customer-provided callback, `updateState`, is called during polling.
     */
    initState: (config) => ({ status: "running", config }),
    setCanceled: (state) => (state.status = "canceled"),
    setError: (state, error) => (state.error = error),
    setResult: (state, result) => (state.result = result),
    setRunning: (state) => (state.status = "running"),
    setSucceeded: (state) => (state.status = "succeeded"),
    setFailed: (state) => (state.status = "failed"),
    getError: (state) => state.error,
    getResult: (state) => state.result,
    isCanceled: (state) => state.status === "canceled",
    isFailed: (state) => state.status === "failed",
    isRunning: (state) => state.status === "running",
    isSucceeded: (state) => state.status === "succeeded",
});
/**
 * Returns a poller factory.
 */
function poller_poller_buildCreatePoller(inputs) {
    const { getOperationLocation, getStatusFromInitialResponse, getStatusFromPollResponse, isOperationError, getResourceLocation, getPollingInterval, getError, resolveOnUnsuccessful, } = inputs;
    return async ({ init, poll }, options) => {
        const { processResult, updateState, withOperationLocation: withOperationLocationCallback, intervalInMs = POLL_INTERVAL_IN_MS, restoreFrom, } = options || {};
        const stateProxy = createStateProxy();
        const withOperationLocation = withOperationLocationCallback
            ? (() => {
                let called = false;
                return (operationLocation, isUpdated) => {
                    if (isUpdated)
                        withOperationLocationCallback(operationLocation);
                    else if (!called)
                        withOperationLocationCallback(operationLocation);
                    called = true;
                };
            })()
            : undefined;
        const state = restoreFrom
            ? deserializeState(restoreFrom)
            : await initOperation({
                init,
                stateProxy,
                processResult,
                getOperationStatus: getStatusFromInitialResponse,
                withOperationLocation,
                setErrorAsResult: !resolveOnUnsuccessful,
            });
        let resultPromise;
        const abortController = new AbortController();
        const handlers = new Map();
        const handleProgressEvents = async () => handlers.forEach((h) => h(state));
        const cancelErrMsg = "Operation was canceled";
        let currentPollIntervalInMs = intervalInMs;
        const poller = {
            getOperationState: () => state,
            getResult: () => state.result,
            isDone: () => ["succeeded", "failed", "canceled"].includes(state.status),
            isStopped: () => resultPromise === undefined,
            stopPolling: () => {
                abortController.abort();
            },
            toString: () => JSON.stringify({
                state,
            }),
            onProgress: (callback) => {
                const s = Symbol();
                handlers.set(s, callback);
                return () => handlers.delete(s);
            },
            pollUntilDone: (pollOptions) => (resultPromise !== null && resultPromise !== void 0 ? resultPromise : (resultPromise = (async () => {
                const { abortSignal: inputAbortSignal } = pollOptions || {};
                // In the future we can use AbortSignal.any() instead
                function abortListener() {
                    abortController.abort();
                }
                const abortSignal = abortController.signal;
                if (inputAbortSignal === null || inputAbortSignal === void 0 ? void 0 : inputAbortSignal.aborted) {
                    abortController.abort();
                }
                else if (!abortSignal.aborted) {
                    inputAbortSignal === null || inputAbortSignal === void 0 ? void 0 : inputAbortSignal.addEventListener("abort", abortListener, { once: true });
                }
                try {
                    if (!poller.isDone()) {
                        await poller.poll({ abortSignal });
                        while (!poller.isDone()) {
                            await delay(currentPollIntervalInMs, { abortSignal });
                            await poller.poll({ abortSignal });
                        }
                    }
                }
                finally {
                    inputAbortSignal === null || inputAbortSignal === void 0 ? void 0 : inputAbortSignal.removeEventListener("abort", abortListener);
                }
                if (resolveOnUnsuccessful) {
                    return poller.getResult();
                }
                else {
                    switch (state.status) {
                        case "succeeded":
                            return poller.getResult();
                        case "canceled":
                            throw new Error(cancelErrMsg);
                        case "failed":
                            throw state.error;
                        case "notStarted":
                        case "running":
                            throw new Error(`Polling completed without succeeding or failing`);
                    }
                }
            })().finally(() => {
                resultPromise = undefined;
            }))),
            async poll(pollOptions) {
                if (resolveOnUnsuccessful) {
                    if (poller.isDone())
                        return;
                }
                else {
                    switch (state.status) {
                        case "succeeded":
                            return;
                        case "canceled":
                            throw new Error(cancelErrMsg);
                        case "failed":
                            throw state.error;
                    }
                }
                await pollOperation({
                    poll,
                    state,
                    stateProxy,
                    getOperationLocation,
                    isOperationError,
                    withOperationLocation,
                    getPollingInterval,
                    getOperationStatus: getStatusFromPollResponse,
                    getResourceLocation,
                    processResult,
                    getError,
                    updateState,
                    options: pollOptions,
                    setDelay: (pollIntervalInMs) => {
                        currentPollIntervalInMs = pollIntervalInMs;
                    },
                    setErrorAsResult: !resolveOnUnsuccessful,
                });
                await handleProgressEvents();
                if (!resolveOnUnsuccessful) {
                    switch (state.status) {
                        case "canceled":
                            throw new Error(cancelErrMsg);
                        case "failed":
                            throw state.error;
                    }
                }
            },
        };
        return poller;
    };
}
//# sourceMappingURL=poller.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/core-lro/dist/esm/http/poller.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT license.


/**
 * Creates a poller that can be used to poll a long-running operation.
 * @param lro - Description of the long-running operation
 * @param options - options to configure the poller
 * @returns an initialized poller
 */
async function http_poller_createHttpPoller(lro, options) {
    const { resourceLocationConfig, intervalInMs, processResult, restoreFrom, updateState, withOperationLocation, resolveOnUnsuccessful = false, } = options || {};
    return buildCreatePoller({
        getStatusFromInitialResponse,
        getStatusFromPollResponse: getOperationStatus,
        isOperationError,
        getOperationLocation,
        getResourceLocation,
        getPollingInterval: parseRetryAfter,
        getError: getErrorFromResponse,
        resolveOnUnsuccessful,
    })({
        init: async () => {
            const response = await lro.sendInitialRequest();
            const config = inferLroMode({
                rawResponse: response.rawResponse,
                requestPath: lro.requestPath,
                requestMethod: lro.requestMethod,
                resourceLocationConfig,
            });
            return Object.assign({ response, operationLocation: config === null || config === void 0 ? void 0 : config.operationLocation, resourceLocation: config === null || config === void 0 ? void 0 : config.resourceLocation }, ((config === null || config === void 0 ? void 0 : config.mode) ? { metadata: { mode: config.mode } } : {}));
        },
        poll: lro.sendPollRequest,
    }, {
        intervalInMs,
        withOperationLocation,
        restoreFrom,
        updateState,
        processResult: processResult
            ? ({ flatResponse }, state) => processResult(flatResponse, state)
            : ({ flatResponse }) => flatResponse,
    });
}
//# sourceMappingURL=poller.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/core-lro/dist/esm/legacy/lroEngine/operation.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT license.


const operation_createStateProxy = () => ({
    initState: (config) => ({ config, isStarted: true }),
    setCanceled: (state) => (state.isCancelled = true),
    setError: (state, error) => (state.error = error),
    setResult: (state, result) => (state.result = result),
    setRunning: (state) => (state.isStarted = true),
    setSucceeded: (state) => (state.isCompleted = true),
    setFailed: () => {
        /** empty body */
    },
    getError: (state) => state.error,
    getResult: (state) => state.result,
    isCanceled: (state) => !!state.isCancelled,
    isFailed: (state) => !!state.error,
    isRunning: (state) => !!state.isStarted,
    isSucceeded: (state) => Boolean(state.isCompleted && !state.isCancelled && !state.error),
});
class GenericPollOperation {
    constructor(state, lro, setErrorAsResult, lroResourceLocationConfig, processResult, updateState, isDone) {
        this.state = state;
        this.lro = lro;
        this.setErrorAsResult = setErrorAsResult;
        this.lroResourceLocationConfig = lroResourceLocationConfig;
        this.processResult = processResult;
        this.updateState = updateState;
        this.isDone = isDone;
    }
    setPollerConfig(pollerConfig) {
        this.pollerConfig = pollerConfig;
    }
    async update(options) {
        var _a;
        const stateProxy = operation_createStateProxy();
        if (!this.state.isStarted) {
            this.state = Object.assign(Object.assign({}, this.state), (await initHttpOperation({
                lro: this.lro,
                stateProxy,
                resourceLocationConfig: this.lroResourceLocationConfig,
                processResult: this.processResult,
                setErrorAsResult: this.setErrorAsResult,
            })));
        }
        const updateState = this.updateState;
        const isDone = this.isDone;
        if (!this.state.isCompleted && this.state.error === undefined) {
            await operation_pollHttpOperation({
                lro: this.lro,
                state: this.state,
                stateProxy,
                processResult: this.processResult,
                updateState: updateState
                    ? (state, { rawResponse }) => updateState(state, rawResponse)
                    : undefined,
                isDone: isDone
                    ? ({ flatResponse }, state) => isDone(flatResponse, state)
                    : undefined,
                options,
                setDelay: (intervalInMs) => {
                    this.pollerConfig.intervalInMs = intervalInMs;
                },
                setErrorAsResult: this.setErrorAsResult,
            });
        }
        (_a = options === null || options === void 0 ? void 0 : options.fireProgress) === null || _a === void 0 ? void 0 : _a.call(options, this.state);
        return this;
    }
    async cancel() {
        core_lro_dist_esm_logger_logger.error("`cancelOperation` is deprecated because it wasn't implemented");
        return this;
    }
    /**
     * Serializes the Poller operation.
     */
    toString() {
        return JSON.stringify({
            state: this.state,
        });
    }
}
//# sourceMappingURL=operation.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/core-lro/dist/esm/legacy/poller.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT license.
/**
 * When a poller is manually stopped through the `stopPolling` method,
 * the poller will be rejected with an instance of the PollerStoppedError.
 */
class PollerStoppedError extends Error {
    constructor(message) {
        super(message);
        this.name = "PollerStoppedError";
        Object.setPrototypeOf(this, PollerStoppedError.prototype);
    }
}
/**
 * When the operation is cancelled, the poller will be rejected with an instance
 * of the PollerCancelledError.
 */
class PollerCancelledError extends Error {
    constructor(message) {
        super(message);
        this.name = "PollerCancelledError";
        Object.setPrototypeOf(this, PollerCancelledError.prototype);
    }
}
/**
 * A class that represents the definition of a program that polls through consecutive requests
 * until it reaches a state of completion.
 *
 * A poller can be executed manually, by polling request by request by calling to the `poll()` method repeatedly, until its operation is completed.
 * It also provides a way to wait until the operation completes, by calling `pollUntilDone()` and waiting until the operation finishes.
 * Pollers can also request the cancellation of the ongoing process to whom is providing the underlying long running operation.
 *
 * ```ts
 * const poller = new MyPoller();
 *
 * // Polling just once:
 * await poller.poll();
 *
 * // We can try to cancel the request here, by calling:
 * //
 * //     await poller.cancelOperation();
 * //
 *
 * // Getting the final result:
 * const result = await poller.pollUntilDone();
 * ```
 *
 * The Poller is defined by two types, a type representing the state of the poller, which
 * must include a basic set of properties from `PollOperationState<TResult>`,
 * and a return type defined by `TResult`, which can be anything.
 *
 * The Poller class implements the `PollerLike` interface, which allows poller implementations to avoid having
 * to export the Poller's class directly, and instead only export the already instantiated poller with the PollerLike type.
 *
 * ```ts
 * class Client {
 *   public async makePoller: PollerLike<MyOperationState, MyResult> {
 *     const poller = new MyPoller({});
 *     // It might be preferred to return the poller after the first request is made,
 *     // so that some information can be obtained right away.
 *     await poller.poll();
 *     return poller;
 *   }
 * }
 *
 * const poller: PollerLike<MyOperationState, MyResult> = myClient.makePoller();
 * ```
 *
 * A poller can be created through its constructor, then it can be polled until it's completed.
 * At any point in time, the state of the poller can be obtained without delay through the getOperationState method.
 * At any point in time, the intermediate forms of the result type can be requested without delay.
 * Once the underlying operation is marked as completed, the poller will stop and the final value will be returned.
 *
 * ```ts
 * const poller = myClient.makePoller();
 * const state: MyOperationState = poller.getOperationState();
 *
 * // The intermediate result can be obtained at any time.
 * const result: MyResult | undefined = poller.getResult();
 *
 * // The final result can only be obtained after the poller finishes.
 * const result: MyResult = await poller.pollUntilDone();
 * ```
 *
 */
// eslint-disable-next-line no-use-before-define
class Poller {
    /**
     * A poller needs to be initialized by passing in at least the basic properties of the `PollOperation<TState, TResult>`.
     *
     * When writing an implementation of a Poller, this implementation needs to deal with the initialization
     * of any custom state beyond the basic definition of the poller. The basic poller assumes that the poller's
     * operation has already been defined, at least its basic properties. The code below shows how to approach
     * the definition of the constructor of a new custom poller.
     *
     * ```ts
     * export class MyPoller extends Poller<MyOperationState, string> {
     *   constructor({
     *     // Anything you might need outside of the basics
     *   }) {
     *     let state: MyOperationState = {
     *       privateProperty: private,
     *       publicProperty: public,
     *     };
     *
     *     const operation = {
     *       state,
     *       update,
     *       cancel,
     *       toString
     *     }
     *
     *     // Sending the operation to the parent's constructor.
     *     super(operation);
     *
     *     // You can assign more local properties here.
     *   }
     * }
     * ```
     *
     * Inside of this constructor, a new promise is created. This will be used to
     * tell the user when the poller finishes (see `pollUntilDone()`). The promise's
     * resolve and reject methods are also used internally to control when to resolve
     * or reject anyone waiting for the poller to finish.
     *
     * The constructor of a custom implementation of a poller is where any serialized version of
     * a previous poller's operation should be deserialized into the operation sent to the
     * base constructor. For example:
     *
     * ```ts
     * export class MyPoller extends Poller<MyOperationState, string> {
     *   constructor(
     *     baseOperation: string | undefined
     *   ) {
     *     let state: MyOperationState = {};
     *     if (baseOperation) {
     *       state = {
     *         ...JSON.parse(baseOperation).state,
     *         ...state
     *       };
     *     }
     *     const operation = {
     *       state,
     *       // ...
     *     }
     *     super(operation);
     *   }
     * }
     * ```
     *
     * @param operation - Must contain the basic properties of `PollOperation<State, TResult>`.
     */
    constructor(operation) {
        /** controls whether to throw an error if the operation failed or was canceled. */
        this.resolveOnUnsuccessful = false;
        this.stopped = true;
        this.pollProgressCallbacks = [];
        this.operation = operation;
        this.promise = new Promise((resolve, reject) => {
            this.resolve = resolve;
            this.reject = reject;
        });
        // This prevents the UnhandledPromiseRejectionWarning in node.js from being thrown.
        // The above warning would get thrown if `poller.poll` is called, it returns an error,
        // and pullUntilDone did not have a .catch or await try/catch on it's return value.
        this.promise.catch(() => {
            /* intentionally blank */
        });
    }
    /**
     * Starts a loop that will break only if the poller is done
     * or if the poller is stopped.
     */
    async startPolling(pollOptions = {}) {
        if (this.stopped) {
            this.stopped = false;
        }
        while (!this.isStopped() && !this.isDone()) {
            await this.poll(pollOptions);
            await this.delay();
        }
    }
    /**
     * pollOnce does one polling, by calling to the update method of the underlying
     * poll operation to make any relevant change effective.
     *
     * It only optionally receives an object with an abortSignal property, from \@azure/abort-controller's AbortSignalLike.
     *
     * @param options - Optional properties passed to the operation's update method.
     */
    async pollOnce(options = {}) {
        if (!this.isDone()) {
            this.operation = await this.operation.update({
                abortSignal: options.abortSignal,
                fireProgress: this.fireProgress.bind(this),
            });
        }
        this.processUpdatedState();
    }
    /**
     * fireProgress calls the functions passed in via onProgress the method of the poller.
     *
     * It loops over all of the callbacks received from onProgress, and executes them, sending them
     * the current operation state.
     *
     * @param state - The current operation state.
     */
    fireProgress(state) {
        for (const callback of this.pollProgressCallbacks) {
            callback(state);
        }
    }
    /**
     * Invokes the underlying operation's cancel method.
     */
    async cancelOnce(options = {}) {
        this.operation = await this.operation.cancel(options);
    }
    /**
     * Returns a promise that will resolve once a single polling request finishes.
     * It does this by calling the update method of the Poller's operation.
     *
     * It only optionally receives an object with an abortSignal property, from \@azure/abort-controller's AbortSignalLike.
     *
     * @param options - Optional properties passed to the operation's update method.
     */
    poll(options = {}) {
        if (!this.pollOncePromise) {
            this.pollOncePromise = this.pollOnce(options);
            const clearPollOncePromise = () => {
                this.pollOncePromise = undefined;
            };
            this.pollOncePromise.then(clearPollOncePromise, clearPollOncePromise).catch(this.reject);
        }
        return this.pollOncePromise;
    }
    processUpdatedState() {
        if (this.operation.state.error) {
            this.stopped = true;
            if (!this.resolveOnUnsuccessful) {
                this.reject(this.operation.state.error);
                throw this.operation.state.error;
            }
        }
        if (this.operation.state.isCancelled) {
            this.stopped = true;
            if (!this.resolveOnUnsuccessful) {
                const error = new PollerCancelledError("Operation was canceled");
                this.reject(error);
                throw error;
            }
        }
        if (this.isDone() && this.resolve) {
            // If the poller has finished polling, this means we now have a result.
            // However, it can be the case that TResult is instantiated to void, so
            // we are not expecting a result anyway. To assert that we might not
            // have a result eventually after finishing polling, we cast the result
            // to TResult.
            this.resolve(this.getResult());
        }
    }
    /**
     * Returns a promise that will resolve once the underlying operation is completed.
     */
    async pollUntilDone(pollOptions = {}) {
        if (this.stopped) {
            this.startPolling(pollOptions).catch(this.reject);
        }
        // This is needed because the state could have been updated by
        // `cancelOperation`, e.g. the operation is canceled or an error occurred.
        this.processUpdatedState();
        return this.promise;
    }
    /**
     * Invokes the provided callback after each polling is completed,
     * sending the current state of the poller's operation.
     *
     * It returns a method that can be used to stop receiving updates on the given callback function.
     */
    onProgress(callback) {
        this.pollProgressCallbacks.push(callback);
        return () => {
            this.pollProgressCallbacks = this.pollProgressCallbacks.filter((c) => c !== callback);
        };
    }
    /**
     * Returns true if the poller has finished polling.
     */
    isDone() {
        const state = this.operation.state;
        return Boolean(state.isCompleted || state.isCancelled || state.error);
    }
    /**
     * Stops the poller from continuing to poll.
     */
    stopPolling() {
        if (!this.stopped) {
            this.stopped = true;
            if (this.reject) {
                this.reject(new PollerStoppedError("This poller is already stopped"));
            }
        }
    }
    /**
     * Returns true if the poller is stopped.
     */
    isStopped() {
        return this.stopped;
    }
    /**
     * Attempts to cancel the underlying operation.
     *
     * It only optionally receives an object with an abortSignal property, from \@azure/abort-controller's AbortSignalLike.
     *
     * If it's called again before it finishes, it will throw an error.
     *
     * @param options - Optional properties passed to the operation's update method.
     */
    cancelOperation(options = {}) {
        if (!this.cancelPromise) {
            this.cancelPromise = this.cancelOnce(options);
        }
        else if (options.abortSignal) {
            throw new Error("A cancel request is currently pending");
        }
        return this.cancelPromise;
    }
    /**
     * Returns the state of the operation.
     *
     * Even though TState will be the same type inside any of the methods of any extension of the Poller class,
     * implementations of the pollers can customize what's shared with the public by writing their own
     * version of the `getOperationState` method, and by defining two types, one representing the internal state of the poller
     * and a public type representing a safe to share subset of the properties of the internal state.
     * Their definition of getOperationState can then return their public type.
     *
     * Example:
     *
     * ```ts
     * // Let's say we have our poller's operation state defined as:
     * interface MyOperationState extends PollOperationState<ResultType> {
     *   privateProperty?: string;
     *   publicProperty?: string;
     * }
     *
     * // To allow us to have a true separation of public and private state, we have to define another interface:
     * interface PublicState extends PollOperationState<ResultType> {
     *   publicProperty?: string;
     * }
     *
     * // Then, we define our Poller as follows:
     * export class MyPoller extends Poller<MyOperationState, ResultType> {
     *   // ... More content is needed here ...
     *
     *   public getOperationState(): PublicState {
     *     const state: PublicState = this.operation.state;
     *     return {
     *       // Properties from PollOperationState<TResult>
     *       isStarted: state.isStarted,
     *       isCompleted: state.isCompleted,
     *       isCancelled: state.isCancelled,
     *       error: state.error,
     *       result: state.result,
     *
     *       // The only other property needed by PublicState.
     *       publicProperty: state.publicProperty
     *     }
     *   }
     * }
     * ```
     *
     * You can see this in the tests of this repository, go to the file:
     * `../test/utils/testPoller.ts`
     * and look for the getOperationState implementation.
     */
    getOperationState() {
        return this.operation.state;
    }
    /**
     * Returns the result value of the operation,
     * regardless of the state of the poller.
     * It can return undefined or an incomplete form of the final TResult value
     * depending on the implementation.
     */
    getResult() {
        const state = this.operation.state;
        return state.result;
    }
    /**
     * Returns a serialized version of the poller's operation
     * by invoking the operation's toString method.
     */
    toString() {
        return this.operation.toString();
    }
}
//# sourceMappingURL=poller.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/core-lro/dist/esm/legacy/lroEngine/lroEngine.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT license.




/**
 * The LRO Engine, a class that performs polling.
 */
class LroEngine extends Poller {
    constructor(lro, options) {
        const { intervalInMs = constants_POLL_INTERVAL_IN_MS, resumeFrom, resolveOnUnsuccessful = false, isDone, lroResourceLocationConfig, processResult, updateState, } = options || {};
        const state = resumeFrom
            ? poller_operation_deserializeState(resumeFrom)
            : {};
        const operation = new GenericPollOperation(state, lro, !resolveOnUnsuccessful, lroResourceLocationConfig, processResult, updateState, isDone);
        super(operation);
        this.resolveOnUnsuccessful = resolveOnUnsuccessful;
        this.config = { intervalInMs: intervalInMs };
        operation.setPollerConfig(this.config);
    }
    /**
     * The method used by the poller to wait before attempting to update its operation.
     */
    delay() {
        return new Promise((resolve) => setTimeout(() => resolve(), this.config.intervalInMs));
    }
}
//# sourceMappingURL=lroEngine.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/core-lro/dist/esm/legacy/lroEngine/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT license.

//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/core-lro/dist/esm/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT license.

/**
 * This can be uncommented to expose the protocol-agnostic poller
 */
// export {
//   BuildCreatePollerOptions,
//   Operation,
//   CreatePollerOptions,
//   OperationConfig,
//   RestorableOperationState,
// } from "./poller/models";
// export { buildCreatePoller } from "./poller/poller";
/** legacy */



//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/keyvault-secrets/dist/esm/lro/keyVaultSecretPoller.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.


/**
 * Common properties and methods of the Key Vault Secret Pollers.
 */
class KeyVaultSecretPoller extends Poller {
    /**
     * Defines how much time the poller is going to wait before making a new request to the service.
     */
    intervalInMs = 2000;
    /**
     * The method used by the poller to wait before attempting to update its operation.
     */
    async delay() {
        return (0,core_util_dist_esm/* delay */.cb)(this.intervalInMs);
    }
}
/**
 * Common properties and methods of the Key Vault Secret Poller operations.
 */
// eslint-disable-next-next no-use-before-define
class KeyVaultSecretPollOperation {
    state;
    cancelMessage = "";
    constructor(state, options = {}) {
        this.state = state;
        if (options.cancelMessage) {
            this.cancelMessage = options.cancelMessage;
        }
    }
    /**
     * Meant to reach to the service and update the Poller operation.
     * @param options - The optional parameters, which is only an abortSignal from \@azure/abort-controller
     */
    async update() {
        throw new Error("Operation not supported.");
    }
    /**
     * Meant to reach to the service and cancel the Poller operation.
     * @param options - The optional parameters, which is only an abortSignal from \@azure/abort-controller
     */
    async cancel() {
        throw new Error(this.cancelMessage);
    }
    /**
     * Serializes the Poller operation.
     */
    toString() {
        return JSON.stringify({
            state: this.state,
        });
    }
}
//# sourceMappingURL=keyVaultSecretPoller.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/keyvault-secrets/dist/esm/lro/delete/operation.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.



/**
 * An interface representing a delete secret's poll operation
 */
class DeleteSecretPollOperation extends KeyVaultSecretPollOperation {
    state;
    client;
    operationOptions;
    constructor(state, client, operationOptions = {}) {
        super(state, { cancelMessage: "Canceling the deletion of a secret is not supported." });
        this.state = state;
        this.client = client;
        this.operationOptions = operationOptions;
    }
    /**
     * Sends a delete request for the given Key Vault Key's name to the Key Vault service.
     * Since the Key Vault Key won't be immediately deleted, we have {@link beginDeleteKey}.
     */
    deleteSecret(name, options = {}) {
        return tracingClient.withSpan("DeleteSecretPoller.deleteSecret", options, async (updatedOptions) => {
            const response = await this.client.deleteSecret(name, updatedOptions);
            return getSecretFromSecretBundle(response);
        });
    }
    /**
     * The getDeletedSecret method returns the specified deleted secret along with its properties.
     * This operation requires the secrets/get permission.
     */
    getDeletedSecret(name, options = {}) {
        return tracingClient.withSpan("DeleteSecretPoller.getDeletedSecret", options, async (updatedOptions) => {
            const response = await this.client.getDeletedSecret(name, updatedOptions);
            return getSecretFromSecretBundle(response);
        });
    }
    /**
     * Reaches to the service and updates the delete secret's poll operation.
     */
    async update(options = {}) {
        const state = this.state;
        const { name } = state;
        if (options.abortSignal) {
            this.operationOptions.abortSignal = options.abortSignal;
        }
        if (!state.isStarted) {
            const deletedSecret = await this.deleteSecret(name, this.operationOptions);
            state.isStarted = true;
            state.result = deletedSecret;
            if (!deletedSecret.properties.recoveryId) {
                state.isCompleted = true;
            }
        }
        if (!state.isCompleted) {
            try {
                state.result = await this.getDeletedSecret(name, this.operationOptions);
                state.isCompleted = true;
            }
            catch (error) {
                if (error.statusCode === 403) {
                    // At this point, the resource exists but the user doesn't have access to it.
                    state.isCompleted = true;
                }
                else if (error.statusCode !== 404) {
                    state.error = error;
                    state.isCompleted = true;
                    throw error;
                }
            }
        }
        return this;
    }
}
//# sourceMappingURL=operation.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/keyvault-secrets/dist/esm/lro/delete/poller.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.


/**
 * Class that creates a poller that waits until a secret finishes being deleted.
 */
class DeleteSecretPoller extends KeyVaultSecretPoller {
    constructor(options) {
        const { client, name, operationOptions, intervalInMs = 2000, resumeFrom } = options;
        let state;
        if (resumeFrom) {
            state = JSON.parse(resumeFrom).state;
        }
        const operation = new DeleteSecretPollOperation({
            ...state,
            name,
        }, client, operationOptions);
        super(operation);
        this.intervalInMs = intervalInMs;
    }
}
//# sourceMappingURL=poller.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/keyvault-secrets/dist/esm/lro/recover/operation.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.



/**
 * An interface representing a delete secret's poll operation
 */
class RecoverDeletedSecretPollOperation extends KeyVaultSecretPollOperation {
    state;
    client;
    options;
    constructor(state, client, options = {}) {
        super(state, { cancelMessage: "Canceling the recovery of a deleted secret is not supported." });
        this.state = state;
        this.client = client;
        this.options = options;
    }
    /**
     * The getSecret method returns the specified secret along with its properties.
     * This operation requires the secrets/get permission.
     */
    getSecret(name, options = {}) {
        return tracingClient.withSpan("RecoverDeletedSecretPoller.getSecret", options, async (updatedOptions) => {
            const response = await this.client.getSecret(name, options && options.version ? options.version : "", updatedOptions);
            return getSecretFromSecretBundle(response);
        });
    }
    /**
     * The recoverDeletedSecret method recovers the specified deleted secret along with its properties.
     * This operation requires the secrets/recover permission.
     */
    recoverDeletedSecret(name, options = {}) {
        return tracingClient.withSpan("RecoverDeletedSecretPoller.recoverDeletedSecret", options, async (updatedOptions) => {
            const response = await this.client.recoverDeletedSecret(name, updatedOptions);
            return getSecretFromSecretBundle(response);
        });
    }
    /**
     * Reaches to the service and updates the delete secret's poll operation.
     */
    async update(options = {}) {
        const state = this.state;
        const { name } = state;
        if (options.abortSignal) {
            this.options.abortSignal = options.abortSignal;
        }
        if (!state.isStarted) {
            try {
                state.result = (await this.getSecret(name, this.options)).properties;
                state.isCompleted = true;
            }
            catch {
                // Nothing to do here.
            }
            if (!state.isCompleted) {
                state.result = (await this.recoverDeletedSecret(name, this.options)).properties;
                state.isStarted = true;
            }
        }
        if (!state.isCompleted) {
            try {
                state.result = (await this.getSecret(name, this.options)).properties;
                state.isCompleted = true;
            }
            catch (error) {
                if (error.statusCode === 403) {
                    // At this point, the resource exists but the user doesn't have access to it.
                    state.isCompleted = true;
                }
                else if (error.statusCode !== 404) {
                    state.error = error;
                    state.isCompleted = true;
                    throw error;
                }
            }
        }
        return this;
    }
}
//# sourceMappingURL=operation.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/keyvault-secrets/dist/esm/lro/recover/poller.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.


/**
 * Class that deletes a poller that waits until a secret finishes being deleted
 */
class RecoverDeletedSecretPoller extends KeyVaultSecretPoller {
    constructor(options) {
        const { client, name, operationOptions, intervalInMs = 2000, resumeFrom } = options;
        let state;
        if (resumeFrom) {
            state = JSON.parse(resumeFrom).state;
        }
        const operation = new RecoverDeletedSecretPollOperation({
            ...state,
            name,
        }, client, operationOptions);
        super(operation);
        this.intervalInMs = intervalInMs;
    }
}
//# sourceMappingURL=poller.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/keyvault-secrets/dist/esm/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.
/// <reference lib="esnext.asynciterable" />













/**
 * The SecretClient provides methods to manage {@link KeyVaultSecret} in
 * the Azure Key Vault. The client supports creating, retrieving, updating,
 * deleting, purging, backing up, restoring and listing KeyVaultSecrets. The
 * client also supports listing {@link DeletedSecret} for a soft-delete enabled Azure
 * Key Vault.
 */
class SecretClient {
    /**
     * The base URL to the vault
     */
    vaultUrl;
    /**
     * A reference to the auto-generated KeyVault HTTP client.
     */
    client;
    /**
     * Creates an instance of SecretClient.
     *
     * Example usage:
     * ```ts snippet:ReadmeSampleCreateClient
     * import { DefaultAzureCredential } from "@azure/identity";
     * import { SecretClient } from "@azure/keyvault-secrets";
     *
     * const credential = new DefaultAzureCredential();
     *
     * // Build the URL to reach your key vault
     * const vaultName = "<YOUR KEYVAULT NAME>";
     * const url = `https://${vaultName}.vault.azure.net`;
     *
     * // Lastly, create our secrets client and connect to the service
     * const client = new SecretClient(url, credential);
     * ```
     * @param vaultUrl - The base URL to the vault. You should validate that this URL references a valid Key Vault resource. See https://aka.ms/azsdk/blog/vault-uri for details.
     * @param credential - An object that implements the `TokenCredential` interface used to authenticate requests to the service. Use the \@azure/identity package to create a credential that suits your needs.
     * @param pipelineOptions - Pipeline options used to configure Key Vault API requests.
     *                          Omit this parameter to use the default pipeline configuration.
     */
    constructor(vaultUrl, credential, pipelineOptions = {}) {
        this.vaultUrl = vaultUrl;
        const internalPipelineOptions = {
            ...pipelineOptions,
            userAgentOptions: {
                userAgentPrefix: `${pipelineOptions.userAgentOptions?.userAgentPrefix ?? ""} azsdk-js-keyvault-secrets/${SDK_VERSION}`,
            },
            apiVersion: pipelineOptions.serviceVersion || LATEST_API_VERSION,
            loggingOptions: {
                logger: dist_esm_logger_logger.info,
                additionalAllowedHeaderNames: [
                    "x-ms-keyvault-region",
                    "x-ms-keyvault-network-info",
                    "x-ms-keyvault-service-version",
                ],
            },
        };
        this.client = new KeyVaultClient(this.vaultUrl, credential, internalPipelineOptions);
        // Key vault has its own authentication policy that needs to be added to the pipeline, replacing the default bearerTokenAuthenticationPolicy.
        this.client.pipeline.removePolicy({ name: core_rest_pipeline_dist_esm/* bearerTokenAuthenticationPolicyName */.uQ });
        this.client.pipeline.addPolicy(keyVaultAuthenticationPolicy(credential, pipelineOptions), {});
        // Workaround for: https://github.com/Azure/azure-sdk-for-js/issues/31843
        this.client.pipeline.addPolicy({
            name: "ContentTypePolicy",
            sendRequest(request, next) {
                const contentType = request.headers.get("Content-Type") ?? "";
                if (contentType.startsWith("application/json")) {
                    request.headers.set("Content-Type", "application/json");
                }
                return next(request);
            },
        });
    }
    /**
     * The setSecret method adds a secret or secret version to the Azure Key Vault. If the named secret
     * already exists, Azure Key Vault creates a new version of that secret.
     * This operation requires the secrets/set permission.
     *
     * Example usage:
     * ```ts snippet:ReadmeSampleCreateSecret
     * import { DefaultAzureCredential } from "@azure/identity";
     * import { SecretClient } from "@azure/keyvault-secrets";
     *
     * const credential = new DefaultAzureCredential();
     *
     * const vaultName = "<YOUR KEYVAULT NAME>";
     * const url = `https://${vaultName}.vault.azure.net`;
     *
     * const client = new SecretClient(url, credential);
     *
     * const secretName = "MySecretName";
     *
     * const result = await client.setSecret(secretName, "MySecretValue");
     * console.log("result: ", result);
     * ```
     * Adds a secret in a specified key vault.
     * @param secretName - The name of the secret.
     * @param value - The value of the secret.
     * @param options - The optional parameters.
     */
    setSecret(secretName, value, options = {}) {
        const { contentType, enabled, notBefore, expiresOn: expires, tags, ...remainingOptions } = options;
        return tracingClient.withSpan("SecretClient.setSecret", remainingOptions, async (updatedOptions) => {
            const response = await this.client.setSecret(secretName, { value, contentType, secretAttributes: { enabled, notBefore, expires }, tags }, updatedOptions);
            return getSecretFromSecretBundle(response);
        });
    }
    /**
     * Deletes a secret stored in Azure Key Vault.
     * This function returns a Long Running Operation poller that allows you to wait indefinitely until the secret is deleted.
     *
     * This operation requires the secrets/delete permission.
     *
     * Example usage:
     * ```ts snippet:ReadmeSampleDeleteSecret
     * import { DefaultAzureCredential } from "@azure/identity";
     * import { SecretClient } from "@azure/keyvault-secrets";
     *
     * const credential = new DefaultAzureCredential();
     *
     * const vaultName = "<YOUR KEYVAULT NAME>";
     * const url = `https://${vaultName}.vault.azure.net`;
     *
     * const client = new SecretClient(url, credential);
     *
     * const secretName = "MySecretName";
     *
     * await client.beginDeleteSecret(secretName);
     * ```
     * Deletes a secret from a specified key vault.
     * @param secretName - The name of the secret.
     * @param options - The optional parameters.
     */
    async beginDeleteSecret(name, options = {}) {
        const poller = new DeleteSecretPoller({
            name,
            client: this.client,
            ...options,
            operationOptions: options,
        });
        // This will initialize the poller's operation (the deletion of the secret).
        await poller.poll();
        return poller;
    }
    /**
     * The updateSecret method changes specified attributes of an existing stored secret. Properties that
     * are not specified in the request are left unchanged. The value of a secret itself cannot be
     * changed. This operation requires the secrets/set permission.
     *
     * Example usage:
     * ```ts snippet:ReadmeSampleUpdateSecretAttributes
     * import { DefaultAzureCredential } from "@azure/identity";
     * import { SecretClient } from "@azure/keyvault-secrets";
     *
     * const credential = new DefaultAzureCredential();
     *
     * const vaultName = "<YOUR KEYVAULT NAME>";
     * const url = `https://${vaultName}.vault.azure.net`;
     *
     * const client = new SecretClient(url, credential);
     *
     * const secretName = "MySecretName";
     *
     * const result = await client.getSecret(secretName);
     * await client.updateSecretProperties(secretName, result.properties.version, { enabled: false });
     * ```
     * Updates the attributes associated with a specified secret in a given key vault.
     * @param secretName - The name of the secret.
     * @param secretVersion - The version of the secret.
     * @param options - The optional parameters.
     */
    async updateSecretProperties(secretName, secretVersion, options = {}) {
        const { contentType, enabled, notBefore, expiresOn: expires, tags, ...remainingOptions } = options;
        return tracingClient.withSpan("SecretClient.updateSecretProperties", remainingOptions, async (updatedOptions) => {
            const response = await this.client.updateSecret(secretName, secretVersion, { contentType, secretAttributes: { enabled, notBefore, expires }, tags }, updatedOptions);
            return getSecretFromSecretBundle(response).properties;
        });
    }
    /**
     * The getSecret method is applicable to any secret stored in Azure Key Vault. This operation requires
     * the secrets/get permission.
     *
     * Example usage:
     * ```ts snippet:ReadmeSampleGetSecret
     * import { DefaultAzureCredential } from "@azure/identity";
     * import { SecretClient } from "@azure/keyvault-secrets";
     *
     * const credential = new DefaultAzureCredential();
     *
     * const vaultName = "<YOUR KEYVAULT NAME>";
     * const url = `https://${vaultName}.vault.azure.net`;
     *
     * const client = new SecretClient(url, credential);
     *
     * const secretName = "MySecretName";
     *
     * const latestSecret = await client.getSecret(secretName);
     * console.log(`Latest version of the secret ${secretName}: `, latestSecret);
     *
     * const specificSecret = await client.getSecret(secretName, {
     *   version: latestSecret.properties.version!,
     * });
     * console.log(
     *   `The secret ${secretName} at the version ${latestSecret.properties.version!}: `,
     *   specificSecret,
     * );
     * ```
     * Get a specified secret from a given key vault.
     * @param secretName - The name of the secret.
     * @param options - The optional parameters.
     */
    getSecret(secretName, options = {}) {
        return tracingClient.withSpan("SecretClient.getSecret", options, async (updatedOptions) => {
            const response = await this.client.getSecret(secretName, options && options.version ? options.version : "", updatedOptions);
            return getSecretFromSecretBundle(response);
        });
    }
    /**
     * The getDeletedSecret method returns the specified deleted secret along with its attributes.
     * This operation requires the secrets/get permission.
     *
     * Example usage:
     * ```ts snippet:ReadmeSampleGetDeletedSecret
     * import { DefaultAzureCredential } from "@azure/identity";
     * import { SecretClient } from "@azure/keyvault-secrets";
     *
     * const credential = new DefaultAzureCredential();
     *
     * const vaultName = "<YOUR KEYVAULT NAME>";
     * const url = `https://${vaultName}.vault.azure.net`;
     *
     * const client = new SecretClient(url, credential);
     *
     * const secretName = "MySecretName";
     *
     * const result = await client.getDeletedSecret("MyDeletedSecret");
     * ```
     * Gets the specified deleted secret.
     * @param secretName - The name of the secret.
     * @param options - The optional parameters.
     */
    getDeletedSecret(secretName, options = {}) {
        return tracingClient.withSpan("SecretClient.getDeletedSecret", options, async (updatedOptions) => {
            const response = await this.client.getDeletedSecret(secretName, updatedOptions);
            return getSecretFromSecretBundle(response);
        });
    }
    /**
     * The purge deleted secret operation removes the secret permanently, without the possibility of
     * recovery. This operation can only be enabled on a soft-delete enabled vault. This operation
     * requires the secrets/purge permission.
     *
     * Example usage:
     * ```ts snippet:ReadmeSamplePurgeDeletedSecret
     * import { DefaultAzureCredential } from "@azure/identity";
     * import { SecretClient } from "@azure/keyvault-secrets";
     *
     * const credential = new DefaultAzureCredential();
     *
     * const vaultName = "<YOUR KEYVAULT NAME>";
     * const url = `https://${vaultName}.vault.azure.net`;
     *
     * const client = new SecretClient(url, credential);
     *
     * const secretName = "MySecretName";
     *
     * const deletePoller = await client.beginDeleteSecret(secretName);
     * await deletePoller.pollUntilDone();
     *
     * await client.purgeDeletedSecret(secretName);
     * ```
     * Permanently deletes the specified secret.
     * @param secretName - The name of the secret.
     * @param options - The optional parameters.
     */
    purgeDeletedSecret(secretName, options = {}) {
        return tracingClient.withSpan("SecretClient.purgeDeletedSecret", options, async (updatedOptions) => {
            await this.client.purgeDeletedSecret(secretName, updatedOptions);
        });
    }
    /**
     * Recovers the deleted secret in the specified vault.
     * This function returns a Long Running Operation poller that allows you to wait indefinitely until the secret is recovered.
     *
     * This operation requires the secrets/recover permission.
     *
     * Example usage:
     * ```ts snippet:ReadmeSampleRecoverDeletedSecret
     * import { DefaultAzureCredential } from "@azure/identity";
     * import { SecretClient } from "@azure/keyvault-secrets";
     *
     * const credential = new DefaultAzureCredential();
     *
     * const vaultName = "<YOUR KEYVAULT NAME>";
     * const url = `https://${vaultName}.vault.azure.net`;
     *
     * const client = new SecretClient(url, credential);
     *
     * const secretName = "MySecretName";
     *
     * const deletePoller = await client.beginDeleteSecret(secretName);
     * await deletePoller.pollUntilDone();
     *
     * const recoverPoller = await client.beginRecoverDeletedSecret(secretName);
     * const deletedSecret = await recoverPoller.pollUntilDone();
     * console.log(deletedSecret);
     * ```
     * Recovers the deleted secret to the latest version.
     * @param secretName - The name of the deleted secret.
     * @param options - The optional parameters.
     */
    async beginRecoverDeletedSecret(name, options = {}) {
        const poller = new RecoverDeletedSecretPoller({
            name,
            client: this.client,
            ...options,
            operationOptions: options,
        });
        // This will initialize the poller's operation (the recovery of the deleted secret).
        await poller.poll();
        return poller;
    }
    /**
     * Requests that a backup of the specified secret be downloaded to the client. All versions of the
     * secret will be downloaded. This operation requires the secrets/backup permission.
     *
     * Example usage:
     * ```ts snippet:ReadmeSampleBackupSecret
     * import { DefaultAzureCredential } from "@azure/identity";
     * import { SecretClient } from "@azure/keyvault-secrets";
     *
     * const credential = new DefaultAzureCredential();
     *
     * const vaultName = "<YOUR KEYVAULT NAME>";
     * const url = `https://${vaultName}.vault.azure.net`;
     *
     * const client = new SecretClient(url, credential);
     *
     * const secretName = "MySecretName";
     *
     * const backupResult = await client.backupSecret(secretName);
     * ```
     * Backs up the specified secret.
     * @param secretName - The name of the secret.
     * @param options - The optional parameters.
     */
    backupSecret(secretName, options = {}) {
        return tracingClient.withSpan("SecretClient.backupSecret", options, async (updatedOptions) => {
            const response = await this.client.backupSecret(secretName, updatedOptions);
            return response.value;
        });
    }
    /**
     * Restores a backed up secret, and all its versions, to a vault. This operation requires the
     * secrets/restore permission.
     *
     * Example usage:
     * ```ts snippet:ReadmeSampleRestoreSecret
     * import { DefaultAzureCredential } from "@azure/identity";
     * import { SecretClient } from "@azure/keyvault-secrets";
     *
     * const credential = new DefaultAzureCredential();
     *
     * const vaultName = "<YOUR KEYVAULT NAME>";
     * const url = `https://${vaultName}.vault.azure.net`;
     *
     * const client = new SecretClient(url, credential);
     *
     * const secretName = "MySecretName";
     *
     * const backupResult = await client.backupSecret(secretName);
     *
     * await client.restoreSecretBackup(backupResult);
     * ```
     * Restores a backed up secret to a vault.
     * @param secretBundleBackup - The backup blob associated with a secret bundle.
     * @param options - The optional parameters.
     */
    restoreSecretBackup(secretBundleBackup, options = {}) {
        return tracingClient.withSpan("SecretClient.restoreSecretBackup", options, async (updatedOptions) => {
            const response = await this.client.restoreSecret({ secretBundleBackup }, updatedOptions);
            return getSecretFromSecretBundle(response).properties;
        });
    }
    /**
     * Iterates all versions of the given secret in the vault. The full secret identifier and attributes are provided
     * in the response. No values are returned for the secrets. This operations requires the secrets/list permission.
     *
     * Example usage:
     * ```ts snippet:ReadmeSampleListSecrets
     * import { DefaultAzureCredential } from "@azure/identity";
     * import { SecretClient } from "@azure/keyvault-secrets";
     *
     * const credential = new DefaultAzureCredential();
     *
     * const vaultName = "<YOUR KEYVAULT NAME>";
     * const url = `https://${vaultName}.vault.azure.net`;
     *
     * const client = new SecretClient(url, credential);
     *
     * const secretName = "MySecretName";
     *
     * for await (const secretProperties of client.listPropertiesOfSecrets()) {
     *   console.log("Secret properties: ", secretProperties);
     * }
     *
     * for await (const deletedSecret of client.listDeletedSecrets()) {
     *   console.log("Deleted secret: ", deletedSecret);
     * }
     *
     * for await (const versionProperties of client.listPropertiesOfSecretVersions(secretName)) {
     *   console.log("Version properties: ", versionProperties);
     * }
     * ```
     * @param secretName - Name of the secret to fetch versions for.
     * @param options - The optional parameters.
     */
    listPropertiesOfSecretVersions(secretName, options = {}) {
        return mapPagedAsyncIterable((updatedOptions) => this.client.getSecretVersions(secretName, updatedOptions), options, (item) => getSecretFromSecretBundle(item).properties);
    }
    /**
     * Iterates the latest version of all secrets in the vault.  The full secret identifier and attributes are provided
     * in the response. No values are returned for the secrets. This operations requires the secrets/list permission.
     *
     * Example usage:
     * ```ts snippet:ReadmeSampleListSecrets
     * import { DefaultAzureCredential } from "@azure/identity";
     * import { SecretClient } from "@azure/keyvault-secrets";
     *
     * const credential = new DefaultAzureCredential();
     *
     * const vaultName = "<YOUR KEYVAULT NAME>";
     * const url = `https://${vaultName}.vault.azure.net`;
     *
     * const client = new SecretClient(url, credential);
     *
     * const secretName = "MySecretName";
     *
     * for await (const secretProperties of client.listPropertiesOfSecrets()) {
     *   console.log("Secret properties: ", secretProperties);
     * }
     *
     * for await (const deletedSecret of client.listDeletedSecrets()) {
     *   console.log("Deleted secret: ", deletedSecret);
     * }
     *
     * for await (const versionProperties of client.listPropertiesOfSecretVersions(secretName)) {
     *   console.log("Version properties: ", versionProperties);
     * }
     * ```
     * List all secrets in the vault.
     * @param options - The optional parameters.
     */
    listPropertiesOfSecrets(options = {}) {
        return mapPagedAsyncIterable(this.client.getSecrets.bind(this.client), options, (item) => getSecretFromSecretBundle(item).properties);
    }
    /**
     * Iterates the deleted secrets in the vault.  The full secret identifier and attributes are provided
     * in the response. No values are returned for the secrets. This operations requires the secrets/list permission.
     *
     * Example usage:
     * ```ts snippet:ReadmeSampleListSecrets
     * import { DefaultAzureCredential } from "@azure/identity";
     * import { SecretClient } from "@azure/keyvault-secrets";
     *
     * const credential = new DefaultAzureCredential();
     *
     * const vaultName = "<YOUR KEYVAULT NAME>";
     * const url = `https://${vaultName}.vault.azure.net`;
     *
     * const client = new SecretClient(url, credential);
     *
     * const secretName = "MySecretName";
     *
     * for await (const secretProperties of client.listPropertiesOfSecrets()) {
     *   console.log("Secret properties: ", secretProperties);
     * }
     *
     * for await (const deletedSecret of client.listDeletedSecrets()) {
     *   console.log("Deleted secret: ", deletedSecret);
     * }
     *
     * for await (const versionProperties of client.listPropertiesOfSecretVersions(secretName)) {
     *   console.log("Version properties: ", versionProperties);
     * }
     * ```
     * List all secrets in the vault.
     * @param options - The optional parameters.
     */
    listDeletedSecrets(options = {}) {
        return mapPagedAsyncIterable(this.client.getDeletedSecrets.bind(this.client), options, getSecretFromSecretBundle);
    }
}

//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./packages/azure/src/key-vault.ts



/**
 * Reading secrets from an Azure Key Vault with the real SecretClient.
 *
 * Key Vault names its token scope itself: the first request goes out without a token, the vault
 * answers 401 with `WWW-Authenticate: Bearer authorization="…/<tenant>", resource="…"`, and the
 * SDK asks the credential for `<resource>/.default`. The SDK only accepts a resource whose host
 * the vault's host ends with (`kv-shop.vault.azure.net` → `vault.azure.net`), so a token for
 * another service is never handed to whoever answers at the vault URL.
 *
 * For the Key Vault domains of the national clouds that check stays on. A vault URL elsewhere
 * (a local stand-in, a vault behind a private proxy name) fails that check by construction, so for
 * those hosts only the SDK's check is turned off and `ScopeGuard` does the checking instead: it
 * grants the SDK's rule (a parent domain of the vault host) or the vault's own origin, and refuses
 * anything else before a token is even requested — a host outside Azure that challenges for
 * `https://vault.azure.net` (or ARM) gets nothing.
 */
/** The Key Vault DNS suffix of each cloud: a vault name becomes https://<name>.<suffix>. */
const KEY_VAULT_SUFFIXES = {
    AzureCloud: 'vault.azure.net',
    AzureUSGovernment: 'vault.usgovcloudapi.net',
    AzureChinaCloud: 'vault.azure.cn',
};
/** A vault name as Azure allows it: 3-24 letters, digits and hyphens, starting with a letter, no double or trailing hyphen. */
const VAULT_NAME = /^(?=.{3,24}$)[a-zA-Z](?:[a-zA-Z0-9]|-(?!-))*[a-zA-Z0-9]$/;
/** A secret name as Key Vault allows it. */
const SECRET_NAME = /^[0-9a-zA-Z-]{1,127}$/;
/** A secret version: 32 hex digits. */
const SECRET_VERSION = /^[0-9a-fA-F]{32}$/;
/** The vault's URL from a name (in `cloud`) or an https URL; undefined when it is neither. */
function vaultUrlOf(vault, cloud) {
    const v = vault.trim();
    if (VAULT_NAME.test(v))
        return new URL(`https://${v.toLowerCase()}.${KEY_VAULT_SUFFIXES[cloud]}`);
    let u;
    try {
        u = new URL(v);
    }
    catch {
        return undefined;
    }
    if (u.protocol !== 'https:' ||
        u.username ||
        u.password ||
        u.search ||
        u.hash ||
        (u.pathname !== '/' && u.pathname !== ''))
        return undefined;
    return new URL(u.origin);
}
/** Whether the host is in one of the clouds' Key Vault domains, where the SDK's own check applies. */
function isKeyVaultDomain(url) {
    return Object.values(KEY_VAULT_SUFFIXES).some((s) => url.hostname.endsWith(`.${s}`));
}
/** Refused a token scope the vault asked for; its message names the scope and the vault host. */
class ScopeRefused extends Error {
    constructor(scope, vault) {
        super(`the vault at ${vault.host} asked for a token for ${scope}, which is neither a parent domain of ${vault.hostname} nor its own origin; ` +
            'no token was requested. Check the vault URL (a real Key Vault is https://<name>.vault.azure.net)');
        this.name = 'ScopeRefused';
    }
}
/** A credential that only hands out tokens for scopes a vault at `vault` may ask for. */
class ScopeGuard {
    granted = [];
    inner;
    vault;
    constructor(inner, vault) {
        this.inner = inner;
        this.vault = vault;
    }
    async getToken(scopes, options) {
        for (const scope of Array.isArray(scopes) ? scopes : [scopes]) {
            if (!scopeAllowed(scope, this.vault))
                throw new ScopeRefused(scope, this.vault);
            if (!this.granted.includes(scope))
                this.granted.push(scope);
        }
        return this.inner.getToken(scopes, options);
    }
}
/** The SDK's own rule (the vault host ends with `.<resource host>`), or the vault's own origin. */
function scopeAllowed(scope, vault) {
    const m = /^(https:\/\/[^/]+)\/?\.default$/.exec(scope);
    if (!m)
        return false;
    let resource;
    try {
        resource = new URL(m[1]);
    }
    catch {
        return false;
    }
    if (resource.origin === vault.origin)
        return true;
    // A parent domain with at least two labels: a bare TLD ("net") is nobody's resource.
    return resource.port === '' && resource.hostname.includes('.') && vault.hostname.endsWith(`.${resource.hostname}`);
}
class KeyVaultSecrets {
    url;
    guard;
    /** Whether the SDK's challenge resource check is on (the vault is in a Key Vault domain). */
    sdkVerification;
    /** HTTP requests sent, the unauthenticated challenge requests included. */
    requests = 0;
    client;
    constructor(url, credential, userAgent) {
        this.url = url;
        this.guard = new ScopeGuard(credential, url);
        this.sdkVerification = isKeyVaultDomain(url);
        this.client = new SecretClient(url.origin, this.guard, {
            disableChallengeResourceVerification: !this.sdkVerification,
            retryOptions: { maxRetries: 0 },
            userAgentOptions: { userAgentPrefix: userAgent },
            additionalPolicies: [
                {
                    position: 'perRetry',
                    policy: { name: 'countRequests', sendRequest: (req, next) => (this.requests++, next(req)) },
                },
            ],
        });
    }
    /**
     * Reads one secret (the latest version, or `version`). Absent, disabled and forbidden secrets are
     * results, not exceptions, so a caller can list every problem at once; `onValue` is called with
     * the value the moment it arrives, before this returns (to mask it first).
     */
    async read(name, version, ctx, onValue) {
        const label = version ? `${name}@${version}` : name;
        try {
            const secret = await arm_armRetry((signal) => this.client.getSecret(name, { version, abortSignal: signal }), {
                what: `read secret ${label}`,
                ...ctx,
            });
            const value = secret.value ?? '';
            onValue(value);
            return {
                name,
                status: 'found',
                value,
                version: secret.properties.version ?? version ?? '',
                expiresOn: secret.properties.expiresOn,
                notBefore: secret.properties.notBefore,
                contentType: secret.properties.contentType,
            };
        }
        catch (err) {
            if (err instanceof ScopeRefused)
                throw err;
            const cause = err instanceof Error ? err.cause : undefined;
            if (cause instanceof ScopeRefused)
                throw cause;
            // Sign-in trouble is the same for every secret: one failure, not one line per name.
            if (err instanceof Error && /CredentialUnavailable|Authentication/.test(err.name))
                throw err;
            const e = err;
            const inner = e.details?.error?.innererror?.code ?? e.details?.error?.innerError?.code;
            if (e.statusCode === 404)
                return { name, status: 'missing', detail: e.code ?? 'SecretNotFound' };
            if (e.statusCode === 403 && inner === 'SecretDisabled')
                return { name, status: 'disabled', detail: 'disabled' };
            if (e.statusCode === 403)
                return { name, status: 'forbidden', detail: describeArmError(err) };
            if (e.statusCode === 401)
                return { name, status: 'forbidden', detail: describeArmError(err) };
            return { name, status: 'failed', detail: describeArmError(err) };
        }
    }
}

;// CONCATENATED MODULE: ./packages/azure/src/index.ts






;// CONCATENATED MODULE: ./actions/keyvault-secrets/src/spec.ts


const SECRETS_FORM = 'one secret per line as name[@version][: ENV_VAR], such as db-password: DB_PASSWORD';
const ENV_VAR = /^[A-Za-z_][A-Za-z0-9_]*$/;
const MAX_SECRETS = 100;
/** The secrets input: a name → variable mapping, one per line; `#` starts a comment. */
const secretsInput = () => ({
    accepted: SECRETS_FORM,
    echo: false,
    parse(raw) {
        const entries = [];
        const lines = raw.split(/\r?\n/);
        for (let i = 0; i < lines.length; i++) {
            const line = lines[i]
                .replace(/(^|\s)#.*$/, '')
                .trim()
                .replace(/^-\s+/, '');
            if (line === '')
                continue;
            const where = `line ${i + 1} ${JSON.stringify(line.length > 60 ? `${line.slice(0, 60)}…` : line)}`;
            const m = /^([^@:\s]+)(?:@([^:\s]*))?\s*(?::\s*(.*))?$/.exec(line);
            if (!m)
                throw new src/* FormatError */.IF(`${where} is not name[@version][: ENV_VAR]`);
            const [, name = '', version, variable] = m;
            if (!SECRET_NAME.test(name))
                throw new src/* FormatError */.IF(`${where}: a secret name is 1-127 letters, digits and hyphens`);
            if (version !== undefined && !SECRET_VERSION.test(version))
                throw new src/* FormatError */.IF(`${where}: a version is the 32 hex digits of the secret's version id`);
            if (variable !== undefined) {
                if (!ENV_VAR.test(variable))
                    throw new src/* FormatError */.IF(`${where}: an environment variable name is letters, digits and underscores, not starting with a digit`);
                const reserved = (0,src/* reservedEnvName */.$G)(variable);
                if (reserved)
                    throw new src/* FormatError */.IF(`${where}: ${reserved}; choose another name`);
            }
            entries.push({ name, version: version?.toLowerCase(), variable, line: i + 1 });
        }
        if (entries.length === 0)
            throw new src/* FormatError */.IF('no secrets listed');
        if (entries.length > MAX_SECRETS)
            throw new src/* FormatError */.IF(`${entries.length} secrets listed, at most ${MAX_SECRETS}`);
        return entries;
    },
});
const EXPORT_TARGETS = ['env', 'outputs'];
/**
 * The inputs of keyvault-secrets. Names equal those of keyvault-secrets/action.yml, where the
 * defaults live (the runner applies them), hence `required` for every input that has one.
 */
const inputs = {
    vault: (0,src/* required */.mw)((0,src/* text */.Qq)()),
    secrets: (0,src/* required */.mw)(secretsInput()),
    'export-to': (0,src/* required */.mw)((0,src/* list */.p_)((0,src/* oneOf */.yL)(EXPORT_TARGETS), { min: 1 })),
    timeout: (0,src/* required */.mw)((0,src/* duration */.p0)({ min: 1000, max: 600_000 })),
    ...azureAuthInputs,
};
/** Declared outputs; besides these, one output per secret named after it (see the README). */
const outputs = ['names', 'versions', 'env-vars'];

;// CONCATENATED MODULE: ./actions/keyvault-secrets/src/main.ts




const USER_AGENT = 'deploy-actions/keyvault-secrets';
/** Secrets read at once. */
const CONCURRENCY = 4;
/** A secret expiring sooner than this gets a warning. */
const EXPIRY_WARNING_MS = 7 * 24 * 3_600_000;
/** What maskSecret leaves unmasked (it would mask ordinary text everywhere). */
const MIN_MASKED = 3;
async function run() {
    const issues = new src/* InputIssues */.b0();
    const v = await (0,src/* readInputs */.Ko)(inputs, issues);
    const auth = resolveAzureAuth(v, issues, { needsSubscription: false });
    // An invalid cloud is reported as such; the vault is still checked (a name resolves in AzureCloud then).
    const url = v.vault === undefined ? undefined : vaultUrlOf(v.vault, v.cloud ?? 'AzureCloud');
    if (v.vault !== undefined && url === undefined) {
        // A URL with a password is refused without quoting it (and its credentials are masked).
        const got = (0,src/* maskUrlCredentials */.gn)(v.vault)
            ? ' without a user name or password'
            : `; got ${JSON.stringify(v.vault.slice(0, 80))}`;
        issues.add('vault', `must be a vault name (3-24 letters, digits and hyphens, such as kv-shop) or its https URL such as ` +
            `https://kv-shop.vault.azure.net${got}`);
    }
    const planned = plan(v, issues);
    issues.throwIfAny();
    if (!auth || !url || !planned)
        throw new src/* ActionFailure */.dR('no Azure credential'); // the inputs said why
    // Nothing is printed until every value that arrives has been masked: the runner masks only
    // what it was told before a line reaches it. Retry notes wait too.
    const vault = new KeyVaultSecrets(url, auth.credential, USER_AGENT);
    const notes = [];
    const results = [];
    const deadline = Date.now() + v.timeout;
    const signal = AbortSignal.timeout(v.timeout);
    const short = [];
    const read = async (i) => {
        const e = planned[i];
        const ctx = { signal, budgetMs: Math.max(1, deadline - Date.now()), onRetry: (line) => notes.push(line) };
        results[i] = await vault.read(e.name, e.version, ctx, (value) => {
            (0,src/* maskSecret */.$l)(value);
            if (value.split(/\r?\n/).some((l) => l.trim().length > 0 && l.trim().length < MIN_MASKED))
                short.push(e.label);
        });
    };
    try {
        // The first read meets the challenge and gets the token; the others reuse it, a few at a time.
        await read(0);
        const first = results[0];
        // Unreachable (DNS, TLS, a timeout): the same for every secret, so one line and stop.
        if (first?.status === 'failed')
            throw new src/* ActionFailure */.dR(`Could not read from the vault ${url.host}: ${first.detail}; check the vault name (or URL) and cloud; nothing was exported`);
        await (0,src/* pool */.wW)([...planned.keys()].slice(1), CONCURRENCY, read);
    }
    catch (err) {
        if (err instanceof src/* ActionFailure */.dR)
            throw err;
        if (err instanceof ScopeRefused)
            throw new src/* ActionFailure */.dR(`Refused to sign in to the vault: ${err.message}`);
        if (signal.aborted)
            throw new src/* ActionFailure */.dR(`Reading ${planned.length} secret(s) from ${url.host} did not finish within ${Math.round(v.timeout / 1000)}s; nothing was exported`);
        throw new src/* ActionFailure */.dR(`Could not read from the vault ${url.host} (${auth.method}): ${describeArmError(err)}; nothing was exported`);
    }
    src/* log */.Rm.info(`Azure: ${auth.method}; Key Vault ${url.origin}`);
    src/* log */.Rm.info(vault.sdkVerification
        ? `Token scope from the vault's challenge, checked by the SDK against the Key Vault domain: ${vault.guard.granted.join(', ') || 'none'}`
        : `Token scope from the vault's challenge, limited to the vault's own origin or a parent domain ` +
            `of ${url.hostname} (not a Key Vault domain): ${vault.guard.granted.join(', ') || 'none'}`);
    for (const note of notes)
        src/* log */.Rm.info(`  … ${note}`);
    refuseProblems(planned, results, url);
    const now = Date.now();
    const env = {};
    const named = {};
    const versions = {};
    const rows = [];
    const soon = [];
    for (const [i, e] of planned.entries()) {
        const r = results[i];
        if (e.env)
            env[e.env] = r.value;
        if (e.output)
            named[e.output] = r.value;
        versions[e.name] = r.version;
        const expires = r.expiresOn ? (0,src/* formatClock */.ei)(r.expiresOn, { now }) : '';
        rows.push([e.name, r.version, e.env ?? '', e.output ? `steps.<id>.outputs.${e.output}` : '', expires || 'never']);
        const target = [e.env && `$${e.env}`, e.output && `output ${e.output}`].filter(Boolean).join(' and ');
        src/* log */.Rm.info(`  ${e.name} (version ${r.version}${r.contentType ? `, ${r.contentType}` : ''}) → ${target}`);
        if (r.expiresOn && r.expiresOn.getTime() - now < EXPIRY_WARNING_MS) {
            soon.push(e.name);
            src/* log */.Rm.warning(`Secret ${e.name} expires on ${expires}: rotate it before then`, { title: 'Secret expires soon' });
        }
    }
    for (const label of short) {
        src/* log */.Rm.warning(`Secret ${label} has a value (or a line of it) shorter than ${MIN_MASKED} characters, too short to be masked in logs: treat it as visible`, { title: 'Secret too short to mask' });
    }
    for (const [name, value] of Object.entries(env))
        core/* exportVariable */.dN(name, value);
    (0,src/* setNamedOutputs */.EA)(named);
    (0,src/* setOutputs */.n0)(outputs, {
        names: planned.map((e) => e.name).join(','),
        versions: JSON.stringify(versions),
        'env-vars': Object.keys(env).join(','),
    });
    const where = [
        Object.keys(env).length > 0 && 'environment variables for the later steps of this job',
        Object.keys(named).length > 0 && 'step outputs',
    ]
        .filter(Boolean)
        .join(' and ');
    src/* log */.Rm.info(`Read ${planned.length} secret(s) from ${url.host} into ${where}; every value is masked in the log`);
    await (0,src/* appendSummary */.fe)([
        `### ✅ ${planned.length} secret(s) read from ${(0,src/* plainText */.wh)(url.host)} into ${(0,src/* plainText */.wh)(where)}`,
        '',
        soon.length > 0
            ? `**What now:** ${(0,src/* plainText */.wh)(soon.join(', '))} expire(s) within ${(0,src/* formatDuration */.a3)(EXPIRY_WARNING_MS)}: rotate them in the vault before then.`
            : 'Nothing to do: no secret expires soon.',
        '',
        (0,src/* markdownTable */.Qj)(['Secret', 'Version', 'Environment variable', 'Output', 'Expires'], rows),
        '',
        `Values are masked in the log and never shown here. Signed in with ${auth.method}.`,
        '',
    ].join('\n'));
}
/** The secrets as they will be exported; problems go to `issues`. */
function plan(v, issues) {
    if (!v.secrets || !v['export-to'])
        return undefined;
    const toEnv = v['export-to'].includes('env');
    const toOutputs = v['export-to'].includes('outputs');
    const seen = new Map();
    const vars = new Map();
    const planned = [];
    const before = issues.count;
    for (const e of v.secrets) {
        const where = `line ${e.line}`;
        const first = seen.get(e.name.toLowerCase());
        if (first) {
            issues.add('secrets', `lists the secret ${e.name} again (first on line ${first.line}): list each secret once (Key Vault names ignore case)`, where);
            continue;
        }
        seen.set(e.name.toLowerCase(), e);
        let env;
        if (e.variable !== undefined && !toEnv) {
            issues.add('secrets', `maps ${e.name} to the variable ${e.variable}, but export-to has no env: add env to export-to or drop the variable`, where);
        }
        else if (toEnv) {
            env = e.variable ?? e.name.toUpperCase().replace(/-/g, '_');
            if (e.variable === undefined && !ENV_VAR.test(env)) {
                issues.add('secrets', `needs a variable name for ${e.name} (${env} cannot be one, it starts with a digit): write ${e.name}: SOME_NAME`, where);
            }
            else if (e.variable === undefined && (0,src/* reservedEnvName */.$G)(env)) {
                issues.add('secrets', `would export ${e.name} as ${env}, which belongs to the runner or changes later steps: write ${e.name}: ANOTHER_NAME`, where);
            }
            else {
                const clash = vars.get(env.toUpperCase());
                if (clash)
                    issues.add('secrets', `exports ${e.name} to ${env}, which line ${clash.line} (${clash.name}) already sets: give each secret its own variable`, where);
                vars.set(env.toUpperCase(), e);
            }
        }
        let output;
        if (toOutputs) {
            output = e.name;
            if (!src/* OUTPUT_NAME */.ib.test(output))
                issues.add('secrets', `names the secret ${e.name}, which starts with a digit and so cannot name an output: use export-to: env with a variable`, where);
            else if (outputs.includes(output.toLowerCase()))
                issues.add('secrets', `names the secret ${e.name}, which would overwrite the action's own output ${output}: use export-to: env with a variable`, where);
        }
        planned.push({ ...e, env, output, label: e.version ? `${e.name}@${e.version}` : e.name });
    }
    return issues.count > before ? undefined : planned;
}
/** All or nothing: any secret that cannot be exported stops the step before anything is. */
function refuseProblems(planned, results, url) {
    const now = Date.now();
    const groups = new Map();
    const add = (why, item) => groups.set(why, [...(groups.get(why) ?? []), item]);
    for (const [i, e] of planned.entries()) {
        const r = results[i];
        if (r.status === 'missing')
            add(e.version ? 'not found (no such secret or version)' : 'not found', e.label);
        else if (r.status === 'disabled')
            add('disabled (enable it in the vault, or pin an enabled version)', e.label);
        else if (r.status === 'forbidden')
            add('not readable by this identity (it needs the Key Vault Secrets User role or a get access policy)', `${e.label}: ${r.detail}`);
        else if (r.status === 'failed')
            add('unreadable', `${e.label}: ${r.detail}`);
        else if (r.status === 'found' && r.expiresOn && r.expiresOn.getTime() <= now)
            add('expired (rotate it, or pin a valid version)', `${e.label} on ${r.expiresOn.toISOString()}`);
        else if (r.status === 'found' && r.notBefore && r.notBefore.getTime() > now)
            add('not valid yet', `${e.label} until ${r.notBefore.toISOString()}`);
    }
    if (groups.size === 0)
        return;
    const count = [...groups.values()].reduce((n, items) => n + items.length, 0);
    const parts = [...groups].map(([why, items]) => `${why}: ${items.join(', ')}`);
    throw new src/* ActionFailure */.dR(`${count} of ${planned.length} secret(s) in ${url.host} cannot be used, so nothing was exported — ${parts.join('; ')}`);
}


/***/ }),

/***/ 7254:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  dR: () => (/* reexport */ ActionFailure),
  IF: () => (/* reexport */ FormatError),
  b0: () => (/* reexport */ InputIssues),
  ib: () => (/* reexport */ OUTPUT_NAME),
  fe: () => (/* reexport */ appendSummary),
  Uc: () => (/* reexport */ describeError),
  p0: () => (/* reexport */ duration),
  eB: () => (/* reexport */ errorChain),
  ei: () => (/* reexport */ formatClock),
  a3: () => (/* reexport */ formatDuration),
  p_: () => (/* reexport */ list),
  Rm: () => (/* reexport */ log_log),
  Qj: () => (/* reexport */ markdownTable),
  $l: () => (/* reexport */ secrets_maskSecret),
  gn: () => (/* reexport */ maskUrlCredentials),
  B0: () => (/* reexport */ networkAdvice),
  TN: () => (/* reexport */ errors_oneLine),
  yL: () => (/* reexport */ oneOf),
  lq: () => (/* reexport */ optional),
  mu: () => (/* reexport */ parseRetryAfter),
  wh: () => (/* reexport */ plainText),
  wW: () => (/* reexport */ pool),
  Ko: () => (/* reexport */ readInputs),
  mw: () => (/* reexport */ required),
  $G: () => (/* reexport */ reservedEnvName),
  L5: () => (/* reexport */ retry),
  Cs: () => (/* reexport */ runAction),
  EA: () => (/* reexport */ setNamedOutputs),
  n0: () => (/* reexport */ setOutputs),
  Qq: () => (/* reexport */ inputs_text),
  OZ: () => (/* reexport */ url)
});

// UNUSED EXPORTS: CANCEL_SIGTERM_AFTER_MS, CANCEL_WINDOW_MS, DURATION_FORM, InputError, InvalidInputs, MAX_DURATION_MS, MAX_LIST_ITEMS, backoffDelay, boolean, cell, formatBytes, formatCount, hasDotSegment, inert, integer, loadYaml, logGroup, onCancel, openGroup, parseDuration, parseStructured, parseUrl, percent, redact, reportFailure, secret, sleep, structured, summaryWritten, urlPath, valueText, whenAborted

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 9 modules
var lib_core = __nccwpck_require__(651);
;// CONCATENATED MODULE: ./packages/core/src/secrets.ts

/**
 * Values this process must never print. The runner masks what `core.setSecret` registers, but only
 * in the log it shows; reports, summaries and outputs are ours to keep clean, so they go through
 * `redact` too.
 */
const registered = new Set();
/** Registers `value` (and each line of a multi-line value, as the runner masks line by line). */
function secrets_maskSecret(value) {
    const pieces = [value, ...value.split(/\r?\n/).map((l) => l.trim())];
    for (const piece of pieces) {
        // Very short pieces would mask ordinary text everywhere ("a", "1") and protect nothing.
        if (piece.length < 3 || registered.has(piece))
            continue;
        registered.add(piece);
        lib_core/* setSecret */.Pq(piece);
    }
}
/** Replaces every registered secret in `text` with `***`, longest first. */
function redact(text) {
    let out = text;
    for (const s of [...registered].sort((a, b) => b.length - a.length))
        out = out.split(s).join('***');
    return out;
}

;// CONCATENATED MODULE: ./packages/core/src/log.ts


/**
 * The one output layer: every line an action prints goes through `log`, so text from outside (a
 * service's body, a check run's name, a stored manifest, an input) is shown and never obeyed.
 *
 * The runner reads a step's stdout and stderr line by line (split on `\n`, `\r\n` and a bare `\r`),
 * and executes a line that starts with `::name::` once leading white space is trimmed, and, in the
 * older form, a line holding `##[name]` anywhere. `::stop-commands::TOKEN` would even silence the
 * action's own errors. So each printed text is made inert:
 * - line breaks and other control characters inside it are shown as escapes (`\n`, `\r`, `\x1b`),
 *   so one call prints exactly one line and a value cannot start a line of its own;
 * - a `::` at the start of the line (after white space) and every `##[` get a zero-width space
 *   between their first two characters: the reader sees the same text, the runner no command;
 * - registered secrets are replaced by `***` (the runner masks its log, not a raw copy of it).
 *
 * The action's own workflow commands (annotations, groups, masks) are issued by @actions/core,
 * which escapes their data (`%0A`), so a value inside them is never a command either; they go
 * through here so that an annotation is one line too. The lint rule in eslint.config.js keeps
 * action code from printing around this layer.
 */
const ZWSP = '\u200b';
/** C0 and C1 control characters but the tab, and DEL: shown as escapes, never sent raw. */
// eslint-disable-next-line no-control-regex
const CONTROL = /\r\n|[\u0000-\u0008\u000a-\u001f\u007f-\u009f]/g;
/** The white space .NET's String.TrimStart removes (Char.IsWhiteSpace), a superset of JavaScript's \s but NEL. */
const LEADING = /^([\s\u0085]*):(?=:)/;
/** `text` as one line the runner shows and never executes. */
function inert(text) {
    return redact(text)
        .replace(CONTROL, (c) => c === '\n' || c === '\r\n' ? '\\n' : c === '\r' ? '\\r' : `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`)
        .replace(/##\[/g, `#${ZWSP}#[`)
        .replace(LEADING, `$1:${ZWSP}`);
}
/** An annotation's title or file: one line, as `inert`. */
function inertProperties(props) {
    if (!props)
        return props;
    return { ...props, ...(props.title !== undefined ? { title: inert(props.title) } : {}) };
}
const log_log = {
    /** One line of the log. */
    info(line) {
        lib_core/* info */.pq(inert(line));
    },
    /** A line of the debug log (shown when the run has step debug logging on). */
    debug(line) {
        lib_core/* debug */.Yz(inert(line));
    },
    notice(message, props) {
        lib_core/* notice */.lm(inert(message), inertProperties(props));
    },
    warning(message, props) {
        lib_core/* warning */.$e(inert(message), inertProperties(props));
    },
    error(message, props) {
        lib_core/* error */.z3(inert(message), inertProperties(props));
    },
    /** An error annotation that also fails the step (what core.setFailed does). */
    failed(message, props) {
        process.exitCode = 1;
        log_log.error(message, props);
    },
};
/**
 * Detail a reader opens when they need it: a collapsed group in the runner's log. Its lines are
 * printed at once, so groups never interleave with the log of work still running concurrently.
 */
function logGroup(title, lines) {
    if (lines.length === 0)
        return;
    core.startGroup(inert(title));
    try {
        for (const line of lines)
            log_log.info(line);
    }
    finally {
        core.endGroup();
    }
}
/**
 * A collapsed group for lines still to come (a stage's gate rounds, printed as they happen); the
 * returned function closes it, once. Only for sequential work: nothing else may print meanwhile,
 * or its lines land inside the group.
 */
function openGroup(title) {
    core.startGroup(inert(title));
    let open = true;
    return () => {
        if (!open)
            return;
        open = false;
        core.endGroup();
    };
}

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __nccwpck_require__(7975);
;// CONCATENATED MODULE: ./packages/core/src/errors.ts

/**
 * Errors an action reports to its user. Every message is one line: the runner shows it as an
 * annotation, and a stack trace there only hides the sentence that matters.
 */
/** A bad input: names the input, what was wrong and the accepted form. */
class InputError extends Error {
    input;
    /** `where` locates the problem inside a structured input, e.g. `check 2 "api"`. */
    constructor(input, problem, where) {
        super(`Input '${input}'${where ? ` (${where})` : ''} ${problem}`);
        this.name = 'InputError';
        this.input = input;
    }
}
/** Collects every input problem so that all of them are reported at once, before any side effect. */
class InputIssues {
    errors = [];
    add(input, problem, where) {
        this.errors.push(new InputError(input, problem, where));
    }
    get count() {
        return this.errors.length;
    }
    throwIfAny() {
        if (this.errors.length > 0)
            throw new InvalidInputs(this.errors);
    }
}
/** Thrown when inputs are invalid; carries one line per problem. */
class InvalidInputs extends Error {
    errors;
    constructor(errors) {
        super(errors.map((e) => e.message).join('\n'));
        this.name = 'InvalidInputs';
        this.errors = errors;
    }
}
/** A failure the action detected and explains itself (a failed check, a refused operation). */
class ActionFailure extends Error {
    constructor(message) {
        super(message);
        this.name = 'ActionFailure';
    }
}
const NETWORK_CODES = {
    ENOTFOUND: 'DNS lookup failed',
    EAI_AGAIN: 'DNS lookup failed (temporary)',
    ECONNREFUSED: 'connection refused',
    ECONNRESET: 'connection reset',
    EPIPE: 'connection closed while sending',
    ETIMEDOUT: 'connection timed out',
    EHOSTUNREACH: 'host unreachable',
    ENETUNREACH: 'network unreachable',
    UND_ERR_SOCKET: 'connection closed by the server',
    UND_ERR_CONNECT_TIMEOUT: 'connection timed out',
    UND_ERR_HEADERS_TIMEOUT: 'timed out waiting for response headers',
    UND_ERR_BODY_TIMEOUT: 'timed out reading the response body',
};
/**
 * One line describing any thrown value, reaching into `cause` where fetch (undici) hides the real
 * reason ("fetch failed" → "connection refused (ECONNREFUSED)").
 */
function describeError(err) {
    if (!isError(err))
        return errors_oneLine(String(err));
    if (err.name === 'TimeoutError')
        return 'timed out';
    if (err.name === 'AbortError')
        return 'aborted';
    const cause = err.cause;
    if (isError(cause)) {
        const code = cause.code;
        if (code && NETWORK_CODES[code])
            return `${NETWORK_CODES[code]} (${code})`;
        if (code && /CERT|SSL|TLS|SELF_SIGNED|UNABLE_TO_VERIFY/.test(code))
            return `TLS error: ${errors_oneLine(cause.message)} (${code})`;
        if (err.message === 'fetch failed')
            return describeError(cause);
        return `${errors_oneLine(err.message)}: ${describeError(cause)}`;
    }
    // node:http's errors carry the code themselves (fetch's wrap it in a cause).
    const code = err.code;
    if (code && NETWORK_CODES[code])
        return `${NETWORK_CODES[code]} (${code})`;
    if (code && /CERT|SSL|TLS|SELF_SIGNED|UNABLE_TO_VERIFY/.test(code))
        return `TLS error: ${errors_oneLine(err.message)} (${code})`;
    return errors_oneLine(err.message);
}
/** An Error of any realm: Node's own errors fail `instanceof Error` inside a vm context (jest's). */
const isError = (value) => value instanceof Error || external_node_util_.types.isNativeError(value);
function errors_oneLine(text) {
    return text.replace(/\s*\n\s*/g, ' ').trim();
}

;// CONCATENATED MODULE: ./packages/core/src/duration.ts
const UNIT_MS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
const DURATION = /^(?:(\d+(?:\.\d+)?)(ms|s|m|h))+$/;
const PART = /(\d+(?:\.\d+)?)(ms|s|m|h)/g;
const DURATION_FORM = 'a duration such as 500ms, 90s, 5m or 1h30m';
/** Parses `500ms`, `90s`, `5m`, `1h30m` (and a bare `0`) into milliseconds; undefined if malformed. */
function parseDuration(text) {
    const t = text.trim();
    if (t === '0')
        return 0;
    if (!DURATION.test(t))
        return undefined;
    let total = 0;
    for (const [, n, unit] of t.matchAll(PART))
        total += Number(n) * UNIT_MS[unit];
    return Math.round(total);
}
/** Formats milliseconds the way a person reads them: 850ms, 4.2s, 3m05s, 1h02m, 7d, 2d04h. */
function formatDuration(ms) {
    if (ms < 1000)
        return `${Math.round(ms)}ms`;
    if (ms < 60_000)
        return `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1).replace(/\.?0+$/, '')}s`;
    const totalS = Math.round(ms / 1000);
    const h = Math.floor(totalS / 3600);
    const m = Math.floor((totalS % 3600) / 60);
    const s = totalS % 60;
    if (h >= 48)
        return `${Math.floor(h / 24)}d${h % 24 > 0 ? `${String(h % 24).padStart(2, '0')}h` : ''}`;
    if (h > 0)
        return `${h}h${String(m).padStart(2, '0')}m`;
    return `${m}m${String(s).padStart(2, '0')}s`;
}
/**
 * A moment as a person on call reads it: "23:41 UTC", with the day in front ("30 Nov 23:41 UTC")
 * when it is not today's, and the year when it is not this year's. `timeZone` (an IANA zone; UTC
 * unless given) shows it as people there read it, with the zone's short name ("09:00 CET");
 * `weekday` adds the day's name ("Mon 30 Nov 09:00 CET": a deployment window's next opening);
 * `seconds` adds them. An unreadable time is returned as given. Never an ISO timestamp: that is
 * for records and outputs, which machines read.
 */
function formatClock(at, opts = {}) {
    const when = new Date(at);
    if (Number.isNaN(when.getTime()))
        return String(at);
    const timeZone = opts.timeZone ?? 'UTC';
    const parts = (d, o) => Object.fromEntries(new Intl.DateTimeFormat('en-GB', { timeZone, hourCycle: 'h23', ...o })
        .formatToParts(d)
        .map((p) => [p.type, p.value]));
    const p = parts(when, {
        weekday: 'short',
        day: 'numeric',
        month: 'short',
        year: 'numeric',
        hour: '2-digit',
        minute: '2-digit',
        second: '2-digit',
        timeZoneName: 'short',
    });
    const zone = timeZone === 'UTC' ? 'UTC' : zoneName(when, timeZone, p.timeZoneName);
    const clock = `${p.hour}:${p.minute}${opts.seconds ? `:${p.second}` : ''} ${zone}`;
    const today = parts(new Date(opts.now ?? Date.now()), { day: 'numeric', month: 'short', year: 'numeric' });
    const sameDay = today.day === p.day && today.month === p.month && today.year === p.year;
    const weekday = opts.weekday ? `${p.weekday} ` : '';
    if (sameDay)
        return `${weekday}${clock}`;
    return `${weekday}${p.day} ${p.month}${today.year === p.year ? '' : ` ${p.year}`} ${clock}`;
}
/**
 * The zone's short name people know (PST, CET): each locale knows only its region's abbreviations
 * and says "GMT-8" for the others, so the US and British ones are asked; GMT±N when neither knows.
 */
function zoneName(at, timeZone, british) {
    if (british && !/^GMT[+-]/.test(british))
        return british;
    const us = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'short' })
        .formatToParts(at)
        .find((p) => p.type === 'timeZoneName')?.value;
    return us && !/^GMT[+-]/.test(us) ? us : (british ?? timeZone);
}

;// CONCATENATED MODULE: ./packages/core/src/inputs.ts




/**
 * Typed action inputs. An action declares its inputs once (`actions/<name>/src/spec.ts`); the
 * names there must equal those in its action.yml (a metadata test checks it), and defaults live in
 * action.yml only, where the runner applies them.
 */
/**
 * Thrown by a kind's parser: `detail` refines the accepted form ("must be at most 100").
 * `hideInput` keeps the raw value out of the message even for a kind that echoes it (a URL that
 * turned out to hold a password).
 */
class FormatError extends Error {
    hideInput;
    constructor(message, options) {
        super(message, options);
        this.hideInput = options?.hideInput ?? false;
    }
}
function required(kind) {
    return { kind, required: true };
}
function optional(kind) {
    return { kind, required: false };
}
/** Reads and parses every input of `spec`; each problem goes to `issues` (nothing throws here). */
async function readInputs(spec, issues) {
    const values = {};
    for (const [name, def] of Object.entries(spec)) {
        const raw = lib_core/* getInput */.V4(name);
        if (raw === '') {
            if (def.required)
                issues.add(name, `is required: give ${def.kind.accepted}`);
            continue;
        }
        await def.kind.prepare?.(raw);
        try {
            values[name] = def.kind.parse(raw);
        }
        catch (err) {
            const detail = err instanceof FormatError && err.message ? ` (${err.message})` : '';
            const hidden = err instanceof FormatError && err.hideInput;
            const got = def.kind.echo && !hidden ? `; got ${JSON.stringify(truncate(raw, 80))}` : '';
            issues.add(name, `must be ${def.kind.accepted}${detail}${got}`);
        }
    }
    return values;
}
function truncate(text, max) {
    return text.length > max ? `${text.slice(0, max)}…` : text;
}
function kind(accepted, parse, echo = true) {
    return { accepted, parse, echo };
}
/** Control characters but the tab: no input holds them, and one-line inputs not \n or \r either. */
// eslint-disable-next-line no-control-regex
const inputs_CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
const LINE_BREAK = /[\r\n]/;
/** Refuses what a value of this shape never holds: a line break (unless `multiline`), other controls. */
function checkLines(raw, multiline) {
    if (!multiline && LINE_BREAK.test(raw))
        throw new FormatError('it holds a line break');
    if (inputs_CONTROL.test(raw))
        throw new FormatError('it holds a control character');
}
/**
 * Text: one line, unless the input is documented as taking several (`multiline`), as the runner
 * passes a YAML block scalar on as it is and a stray line break would reach a request or the log.
 */
const inputs_text = (opts = {}) => kind(opts.multiline ? 'text' : 'one line of text', (raw) => {
    checkLines(raw, opts.multiline ?? false);
    return raw;
});
/**
 * A secret: masked before anything else can print it, and never echoed in an error. One line
 * unless `multiline` (a token or a connection string with a line break is a paste error, which
 * would otherwise fail inside an HTTP client that quotes it).
 */
const secret = (opts = {}) => kind('a secret value', (raw) => {
    maskSecret(raw);
    checkLines(raw, opts.multiline ?? false);
    return raw;
}, false);
/** The longest duration any input takes unless it says otherwise; Node's timers end at 2^31-1 ms. */
const MAX_DURATION_MS = 24 * 3_600_000;
function duration(opts = {}) {
    const max = Math.min(opts.max ?? MAX_DURATION_MS, 2 ** 31 - 1);
    return kind(DURATION_FORM, (raw) => {
        const ms = parseDuration(raw);
        if (ms === undefined)
            throw new FormatError();
        if (opts.min !== undefined && ms < opts.min)
            throw new FormatError(`at least ${formatDuration(opts.min)}`);
        if (ms > max)
            throw new FormatError(`at most ${formatDuration(max)}`);
        return ms;
    });
}
function integer(opts = {}) {
    const range = opts.min !== undefined && opts.max !== undefined
        ? ` from ${opts.min} to ${opts.max}`
        : opts.min !== undefined
            ? ` of at least ${opts.min}`
            : opts.max !== undefined
                ? ` of at most ${opts.max}`
                : '';
    return kind(`a whole number${range}`, (raw) => {
        const t = raw.trim();
        if (!/^-?\d+$/.test(t))
            throw new FormatError();
        const n = Number(t);
        if (!Number.isSafeInteger(n))
            throw new FormatError('too large');
        if ((opts.min !== undefined && n < opts.min) || (opts.max !== undefined && n > opts.max))
            throw new FormatError();
        return n;
    });
}
const percent = () => kind('a percentage from 0 to 100 such as 5 or 5%', (raw) => {
    const m = /^(\d{1,3})%?$/.exec(raw.trim());
    const n = m ? Number(m[1]) : NaN;
    if (!(n >= 0 && n <= 100))
        throw new FormatError();
    return n;
});
/** Booleans as the runner's YAML 1.2 core schema writes them (what core.getBooleanInput accepts). */
const inputs_boolean = () => kind('true or false', (raw) => {
    const t = raw.trim();
    if (['true', 'True', 'TRUE'].includes(t))
        return true;
    if (['false', 'False', 'FALSE'].includes(t))
        return false;
    throw new FormatError();
});
function oneOf(values) {
    return kind(`one of ${values.join(', ')}`, (raw) => {
        const t = raw.trim();
        if (!values.includes(t))
            throw new FormatError();
        return t;
    });
}
/**
 * An absolute URL. A user name or password in it is refused (it would be echoed, logged and sent
 * where it should not go), unless `credentials: 'secret'`: then the input is a secret URL whose
 * credentials are masked before anything can print them.
 */
function url(opts = {}) {
    const protocols = opts.protocols ?? ['http:', 'https:'];
    const schemes = protocols.map((p) => p.replace(/:$/, '')).join(' or ');
    const example = protocols.includes('https:') ? 'https:' : protocols[0];
    return kind(`an absolute ${schemes} URL such as ${example}//app.example.com/health`, (raw) => parseUrl(raw, protocols, opts.credentials));
}
/**
 * Parses an absolute URL with one of `protocols`; throws FormatError otherwise. The URL parser
 * silently drops tabs and line breaks, so they are refused first; credentials are masked, and
 * refused unless `credentials` is 'secret'.
 */
function parseUrl(raw, protocols = ['http:', 'https:'], credentials = 'refuse') {
    const t = raw.trim();
    let u;
    try {
        u = new URL(t);
    }
    catch {
        throw new FormatError();
    }
    // eslint-disable-next-line no-control-regex
    if (/[\s\u0000-\u001f\u007f]/.test(t))
        throw new FormatError('it holds white space or a line break');
    if (maskUrlCredentials(u) && credentials === 'refuse')
        throw new FormatError('it holds a user name or password: give credentials in their own secret input', {
            hideInput: true,
        });
    if (!protocols.includes(u.protocol))
        throw new FormatError(`scheme ${u.protocol.replace(/:$/, '')} is not supported`);
    return u;
}
/** Masks the credentials of `u` (or of the URL in `raw`); whether it had any. */
function maskUrlCredentials(u) {
    let url;
    try {
        url = typeof u === 'string' ? new URL(u.trim()) : u;
    }
    catch {
        return false;
    }
    // The password; or the user name when it stands alone, as a token does (https://TOKEN@host).
    const secret = url.password || url.username;
    if (secret !== '') {
        secrets_maskSecret(secret);
        secrets_maskSecret(safeDecode(secret));
    }
    return url.username !== '' || url.password !== '';
}
function safeDecode(text) {
    try {
        return decodeURIComponent(text);
    }
    catch {
        return text;
    }
}
/**
 * A URL path such as /health, sent to a host the action chose: never one that names a host of its
 * own (`//other-host/x`, or `/\other-host` which URL parsers read the same way), climbs with `.`
 * or `..` segments, or holds white space or a fragment.
 */
const urlPath = () => kind('a path such as /health', (raw) => {
    const t = raw.trim();
    if (!/^\/[^\s#]*$/.test(t))
        throw new FormatError();
    if (/^\/[/\\]/.test(t) || t.includes('\\'))
        throw new FormatError('a path starting with // or holding \\ names another host');
    if (hasDotSegment(t.split('?')[0] ?? ''))
        throw new FormatError('. and .. segments are not accepted');
    return t;
});
/** Whether a `/`-separated path has a `.` or `..` segment, percent-encoded ones included. */
function hasDotSegment(path) {
    return path.split(/[/\\]/).some((seg) => /^(?:\.|%2e){1,2}$/i.test(seg));
}
/** The most items a list input takes unless it says otherwise. */
const MAX_LIST_ITEMS = 100;
/** A list separated by commas or newlines; blank items are dropped. */
function list(item, opts = {}) {
    const max = opts.max ?? MAX_LIST_ITEMS;
    return kind(`a comma- or newline-separated list of ${item.accepted}`, (raw) => {
        const parts = raw
            .split(/[\n,]/)
            .map((s) => s.trim())
            .filter((s) => s !== '');
        if (opts.min !== undefined && parts.length < opts.min)
            throw new FormatError(`at least ${opts.min} item(s)`);
        if (parts.length > max)
            throw new FormatError(`at most ${max} items, got ${parts.length}`);
        return parts.map((p) => {
            try {
                return item.parse(p);
            }
            catch (err) {
                const why = err instanceof FormatError && err.message ? `: ${err.message}` : '';
                throw new FormatError(`item ${JSON.stringify(p)} is not ${item.accepted}${why}`, { cause: err });
            }
        });
    });
}
/** A YAML or JSON document (JSON is YAML); the parse error names the line. */
const structured = () => ({
    ...kind('YAML or JSON', (raw) => parseStructured(raw), false),
    prepare: (raw) => (parseJson(raw) ? undefined : loadYaml()),
});
let yaml;
/**
 * Loads the YAML parser, which parseStructured needs for anything but plain JSON. It is most of a
 * small bundle (300 kB of smoke-test's 430 kB), so a bundle loads it on demand: readInputs does
 * for a YAML-or-JSON input, and an action that reads a YAML file calls this first.
 */
async function loadYaml() {
    yaml ??= await __nccwpck_require__.e(/* import() */ 815).then(__nccwpck_require__.t.bind(__nccwpck_require__, 8815, 19));
}
function parseStructured(raw) {
    const json = parseJson(raw);
    if (json)
        return json.value;
    if (!yaml)
        throw new Error('parseStructured: the YAML parser is not loaded; await loadYaml() first');
    try {
        return yaml.parse(raw, { prettyErrors: true, uniqueKeys: true });
    }
    catch (err) {
        const msg = err instanceof Error ? (err.message.split('\n')[0] ?? '') : String(err);
        throw new FormatError(`not valid YAML or JSON: ${oneLine(msg)}`, { cause: err });
    }
}
/**
 * A JSON object or array as YAML reads it, or undefined when `raw` is not one. JSON.parse keeps
 * the last of a repeated key where YAML (uniqueKeys) refuses the document, so such a text is
 * left to YAML to say so.
 */
function parseJson(raw) {
    const text = raw.trim();
    if (!text.startsWith('{') && !text.startsWith('['))
        return undefined;
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        return undefined;
    }
    return hasRepeatedKey(text) ? undefined : { value };
}
/** Whether an object in `json` (valid JSON) names a key twice. */
function hasRepeatedKey(json) {
    const open = [];
    for (let i = 0; i < json.length; i++) {
        const c = json[i];
        if (c === '{')
            open.push(new Set());
        else if (c === '[')
            open.push(undefined);
        else if (c === '}' || c === ']')
            open.pop();
        else if (c === '"') {
            let end = i + 1;
            while (json[end] !== '"')
                end += json[end] === '\\' ? 2 : 1;
            const keys = open.at(-1);
            let next = end + 1;
            while (json[next] === ' ' || json[next] === '\t' || json[next] === '\n' || json[next] === '\r')
                next++;
            if (keys && json[next] === ':') {
                const key = JSON.parse(json.slice(i, end + 1));
                if (keys.has(key))
                    return true;
                keys.add(key);
            }
            i = end;
        }
    }
    return false;
}
/**
 * The text of a YAML or JSON value as a person wrote it: strings as they are, numbers and booleans
 * in their usual form (YAML reads `version: 2` as a number), anything else as JSON.
 */
function valueText(v) {
    if (typeof v === 'string')
        return v;
    if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint')
        return v.toString();
    return JSON.stringify(v) ?? 'undefined';
}

;// CONCATENATED MODULE: ./packages/core/src/summary.ts




/** Escapes a value for a Markdown table cell; secrets are redacted. */
function cell(value) {
    const s = value === undefined || value === null ? '' : valueText(value);
    return redact(s).replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}
/** A GitHub-flavoured Markdown table. */
function markdownTable(header, rows) {
    const line = (cells) => `| ${cells.map(cell).join(' | ')} |`;
    return [line(header), `| ${header.map(() => '---').join(' | ')} |`, ...rows.map(line)].join('\n');
}
/**
 * Appends Markdown to the job summary. Outside a runner (no GITHUB_STEP_SUMMARY) it does nothing:
 * a local run still has the log.
 */
async function appendSummary(markdown) {
    if (!process.env.GITHUB_STEP_SUMMARY)
        return;
    await lib_core/* summary */.z.addRaw(redact(markdown), true).write();
    written = true;
}
let written = false;
/** Whether this run has written to the job summary (a failure then adds none of its own). */
function summaryWritten() {
    return written;
}
/**
 * Text as a Markdown paragraph that renders as written: no HTML, no emphasis, no links made of it,
 * and, as everywhere outside text is shown, no workflow command (`inert`, which also redacts).
 */
function plainText(value) {
    return inert(value)
        .replace(/\\/g, '\\\\')
        .replace(/[<>&]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;' })[c])
        .replace(/([`*_[\]#|~])/g, '\\$1');
}

;// CONCATENATED MODULE: ./packages/core/src/action.ts



/**
 * The entry point of every action bundle: runs `main` and turns whatever ends it into what the
 * runner shows. Invalid inputs give one error line each; any other error one line, never a stack
 * trace (that goes to the debug log). A run that ends this way without having written the job
 * summary gets one saying so (`title` is the action's name): a failure at 2 a.m. is read on the
 * run's page first, and a blank there reads as "nothing happened".
 */
async function runAction(main, title = 'This step') {
    try {
        await main();
    }
    catch (err) {
        reportFailure(err, title);
        if (!summaryWritten())
            await appendSummary(failureSummary(title, err)).catch(() => undefined);
    }
}
function failureSummary(title, err) {
    if (err instanceof InvalidInputs)
        return [
            `### ⛔ ${title}: inputs refused, nothing was done`,
            '',
            ...err.errors.map((e) => `- ${plainText(e.message)}`),
            '',
            'Every input is checked before anything is touched; fix these and run again.',
            '',
        ].join('\n');
    const message = err instanceof ActionFailure ? err.message : describeError(err);
    // An explained SDK error says what happened, then " — " what to do (packages/azure/src/explain.ts,
    // packages/storage/src/s3-errors.ts): the reader at 2 a.m. gets the two apart.
    const cut = message.indexOf(' — ');
    const cause = cut > 0 ? message.slice(0, cut) : message;
    const next = cut > 0 ? message.slice(cut + 3) : undefined;
    return [
        `### ❌ ${title} failed`,
        '',
        plainText(cause),
        '',
        ...(next ? [`**What now:** ${plainText(next)}`, ''] : []),
    ].join('\n');
}
/** The run's one error annotation (its title names the action), or one per invalid input. */
function reportFailure(err, title = 'This step') {
    if (err instanceof InvalidInputs) {
        for (const e of err.errors)
            log_log.error(e.message, { title: 'Invalid input' });
        process.exitCode = 1;
        return;
    }
    if (err instanceof Error && err.stack)
        log_log.debug(err.stack);
    log_log.failed(err instanceof ActionFailure ? err.message : describeError(err), { title: `${title} failed` });
}

;// CONCATENATED MODULE: ./packages/core/src/env.ts
/**
 * Environment variable names an action must not set for later steps (GITHUB_ENV, or its own
 * exports): the runner's own, and those that make a program, a shell, a loader or a language
 * runtime load or run something at start-up, so that a value written there (a secret from a vault,
 * say) would change every later step rather than be read by one.
 */
const RESERVED_PREFIXES = [
    // The runner's, and what it hands to each step (inputs, saved state).
    'GITHUB_',
    'RUNNER_',
    'ACTIONS_',
    'INPUT_',
    'STATE_',
    // The dynamic loaders (glibc, musl, macOS).
    'LD_',
    'DYLD_',
    // Exported bash functions (BASH_FUNC_name%%) and git's configuration and helpers.
    'BASH_FUNC_',
    'GIT_',
];
const RESERVED_NAMES = new Set([
    'CI',
    'HOME',
    'PATH',
    'SHELL',
    'TMPDIR',
    'IFS',
    // Shell start-up: bash reads BASH_ENV (non-interactive) and ENV (sh mode), zsh ZDOTDIR; bash
    // runs PROMPT_COMMAND, expands PS4 under xtrace, and SHELLOPTS/BASHOPTS switch its options.
    'BASH_ENV',
    'ENV',
    'ZDOTDIR',
    'PROMPT_COMMAND',
    'PS4',
    'SHELLOPTS',
    'BASHOPTS',
    'CDPATH',
    'GLOBIGNORE',
    // Language runtimes that load code or options from the environment.
    'NODE_OPTIONS',
    'NODE_PATH',
    'NODE_EXTRA_CA_CERTS',
    'PYTHONSTARTUP',
    'PYTHONPATH',
    'PYTHONHOME',
    'PERL5OPT',
    'PERL5LIB',
    'PERLLIB',
    'RUBYOPT',
    'RUBYLIB',
    'JAVA_TOOL_OPTIONS',
    '_JAVA_OPTIONS',
    'JDK_JAVA_OPTIONS',
    'DOTNET_STARTUP_HOOKS',
    'PSMODULEPATH',
    // Trust stores: a value there decides which servers every later step believes.
    'SSL_CERT_FILE',
    'SSL_CERT_DIR',
    'CURL_CA_BUNDLE',
    'REQUESTS_CA_BUNDLE',
]);
/** Why `name` may not be set for later steps, or undefined when it may. Case-insensitive (Windows). */
function reservedEnvName(name) {
    const upper = name.toUpperCase();
    const prefix = RESERVED_PREFIXES.find((p) => upper.startsWith(p));
    if (prefix)
        return `${name} belongs to the runner or changes how later steps run (as every ${prefix}* name)`;
    if (RESERVED_NAMES.has(upper))
        return `${name} belongs to the runner or changes how later steps run`;
    return undefined;
}

;// CONCATENATED MODULE: external "node:timers/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers/promises");
;// CONCATENATED MODULE: ./packages/core/src/sleep.ts

/**
 * Rejects with `signal`'s reason once it aborts (at once if it has): what a wait races to end early.
 * Never resolves; its rejection is handled, so racing it is optional.
 */
function whenAborted(signal) {
    const aborted = new Promise((_, reject) => {
        const fail = () => reject(signal.reason instanceof Error ? signal.reason : new Error('aborted'));
        if (signal.aborted)
            fail();
        else
            signal.addEventListener('abort', fail, { once: true });
    });
    aborted.catch(() => { });
    return aborted;
}
/** Waits `ms`, or less when `signal` aborts: then rejects with the signal's reason. */
async function sleep(ms, signal) {
    signal?.throwIfAborted();
    if (ms <= 0)
        return;
    try {
        await (0,promises_namespaceObject.setTimeout)(ms, undefined, { signal });
    }
    catch (err) {
        // timers/promises wraps the reason in a generic AbortError; callers want the reason itself.
        if (signal?.aborted)
            throw signal.reason;
        throw err;
    }
}

;// CONCATENATED MODULE: ./packages/core/src/retry.ts

/** Full-jitter exponential backoff: a random wait in [0, min(max, base·2^n)]. */
function backoffDelay(attempt, base, max, random = Math.random) {
    return Math.floor(random() * Math.min(max, base * 2 ** attempt));
}
/**
 * Parses a Retry-After header (delta-seconds or an HTTP date) into ms from `now`;
 * undefined when absent or unreadable.
 */
function parseRetryAfter(header, now = Date.now()) {
    if (!header)
        return undefined;
    const t = header.trim();
    if (/^\d+$/.test(t))
        return Number(t) * 1000;
    const at = Date.parse(t);
    return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}
/**
 * Runs `fn` until it succeeds, the error is not retryable, the attempts are spent or the deadline
 * would pass. Waits honour Retry-After (never shorter than the server asked), are bounded by the
 * deadline and end at once when `signal` aborts. The last error is rethrown.
 */
async function retry(fn, opts) {
    for (let attempt = 0;; attempt++) {
        opts.signal?.throwIfAborted();
        try {
            return await fn(attempt);
        }
        catch (err) {
            if (opts.signal?.aborted)
                throw err;
            const decision = opts.classify(err);
            if (!decision.retry || attempt + 1 >= opts.attempts)
                throw err;
            const jitter = backoffDelay(attempt, opts.baseDelayMs, opts.maxDelayMs, opts.random);
            const delayMs = Math.max(jitter, decision.retryAfterMs ?? 0);
            if (opts.deadline !== undefined && Date.now() + delayMs >= opts.deadline)
                throw err;
            opts.onRetry?.({ attempt: attempt + 1, delayMs, error: err });
            await sleep(delayMs, opts.signal);
        }
    }
}

;// CONCATENATED MODULE: ./packages/core/src/outputs.ts

/**
 * Sets an action's outputs. The names come from the action's spec (`outputs`), which a metadata
 * test holds equal to action.yml, so an output can be neither misspelt nor left undeclared.
 */
function setOutputs(declared, values) {
    for (const name of declared) {
        const value = values[name];
        if (value !== undefined)
            lib_core/* setOutput */.uH(name, String(value));
    }
}
/** What a step output's name may be: a letter or `_`, then letters, digits, `-` and `_`. */
const OUTPUT_NAME = /^[A-Za-z_][A-Za-z0-9_-]*$/;
/**
 * Sets outputs whose names come from the user's input (e.g. one per secret read), which action.yml
 * cannot declare: a JavaScript action's undeclared outputs still reach `steps.<id>.outputs`. The
 * caller validates the names (OUTPUT_NAME) with its inputs, before any side effect.
 */
function setNamedOutputs(values) {
    for (const [name, value] of Object.entries(values)) {
        if (!OUTPUT_NAME.test(name))
            throw new Error(`not an output name: ${name}`);
        lib_core/* setOutput */.uH(name, value);
    }
}

;// CONCATENATED MODULE: ./packages/core/src/pool.ts
/** Runs `work` over `items` with at most `limit` at once, in order of start. */
async function pool(items, limit, work) {
    let next = 0;
    const lanes = Array.from({ length: Math.min(limit, items.length) }, async () => {
        while (next < items.length)
            await work(items[next++]);
    });
    await Promise.all(lanes);
}

;// CONCATENATED MODULE: ./packages/core/src/cancel.ts

/** GitHub cancels a step with SIGINT, then SIGTERM this long after it… */
const CANCEL_SIGTERM_AFTER_MS = 7_500;
/** …then SIGKILL 2.5 s after that: this long after SIGINT. */
const CANCEL_WINDOW_MS = 10_000;
/**
 * `onCancel` turns the first signal into an abort of `what` (the caller's own flow then puts
 * production back in a safe state), and a watchdog ends the process with `ifStuck` said before
 * SIGKILL would end it silently, leaving the rest to the post step.
 */
function onCancel(opts) {
    const cancel = new AbortController();
    const handler = (signal) => {
        if (cancel.signal.aborted)
            return;
        log.warning(`Received ${signal}: cancelling ${opts.what}`);
        cancel.abort(new Error(`received ${signal}`));
        setTimeout(() => {
            log.error(opts.ifStuck);
            process.exit(1);
        }, CANCEL_WINDOW_MS - 1000).unref();
    };
    process.on('SIGINT', handler);
    process.on('SIGTERM', handler);
    return cancel;
}

;// CONCATENATED MODULE: ./packages/core/src/advice.ts

/**
 * What to do about a connection that failed, said with the host it was for: shared by the Azure
 * and S3 explanations (packages/azure/src/explain.ts, packages/storage/src/s3-errors.ts) and any
 * other client. Reads the socket error's code wherever the client wrapped it (cause, an
 * AggregateError's errors) and the host from the error's request URL or the socket's own fields.
 */
const TLS_CODE = /CERT|SSL|TLS|SELF_SIGNED|UNABLE_TO_VERIFY|DEPTH_ZERO/;
const NETWORK_CODE = /^(ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|EPIPE|ETIMEDOUT|UND_ERR_\w*TIMEOUT|UND_ERR_SOCKET)$|CERT|SSL|TLS|SELF_SIGNED|UNABLE_TO_VERIFY|DEPTH_ZERO/;
/**
 * A connection that failed, with the host it was for (the error's request URL, or the socket
 * error's own hostname/address and port).
 */
function networkAdvice(err) {
    const chain = errorChain(err);
    const s = chain.find((e) => NETWORK_CODE.test(String(e.code)));
    const code = s?.code ?? codeInText(chain.map((e) => e.message).join('\n'));
    if (!code)
        return undefined;
    const url = requestUrl(err);
    const host = url?.host ?? s?.hostname ?? s?.host ?? (s?.address ? `${s.address}${s.port ? `:${s.port}` : ''}` : '');
    // Some clients wrap the socket error and drop its fields ("connect ECONNREFUSED 127.0.0.1:9" stays).
    const said = new RegExp(`${code} ([^\\s,;)]+)`).exec(chain.map((e) => e.message).join('\n'))?.[1];
    const where = host || said || 'the service';
    if (code === 'ENOTFOUND' || code === 'EAI_AGAIN')
        return `the name ${where} does not resolve from this runner: check the spelling of the input that names it, and for a private endpoint that the runner uses its private DNS zone`;
    if (code === 'ECONNREFUSED')
        return `nothing accepts connections at ${where}: check the host and port, and that the service is running and its network rules let this runner in`;
    if (/TIMEDOUT|TIMEOUT/.test(code))
        return `${where} did not answer in time: check that the runner can reach it (firewall, private network, or a proxy set in HTTPS_PROXY)`;
    if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET' || code === 'EPIPE')
        return `${where} closed the connection: a proxy or firewall on the way may be cutting it; running again may pass`;
    if (code === 'ERR_TLS_CERT_ALTNAME_INVALID')
        return `the certificate of ${where} does not name that host: use the host name the certificate is for`;
    if (TLS_CODE.test(code))
        return `the certificate of ${where} is not trusted by this runner: if a proxy inspects TLS, give its CA certificate in NODE_EXTRA_CA_CERTS`;
    return undefined;
}
function codeInText(text) {
    return /\b(ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ETIMEDOUT|ECONNRESET|UND_ERR_CONNECT_TIMEOUT|SELF_SIGNED_CERT_IN_CHAIN|UNABLE_TO_VERIFY_LEAF_SIGNATURE|DEPTH_ZERO_SELF_SIGNED_CERT|ERR_TLS_CERT_ALTNAME_INVALID)\b/.exec(text)?.[1];
}
const advice_isError = (value) => value instanceof Error || external_node_util_.types.isNativeError(value);
/** The error and its causes (fetch and the SDKs wrap the socket's error), and an AggregateError's errors. */
function errorChain(err) {
    const out = [];
    const visit = (e, depth) => {
        if (!advice_isError(e) || depth > 6 || out.includes(e))
            return;
        out.push(e);
        visit(e.cause, depth + 1);
        for (const inner of e.errors ?? [])
            visit(inner, depth + 1);
    };
    visit(err, 0);
    return out;
}
function requestUrl(err) {
    for (const e of errorChain(err)) {
        const url = e.request?.url;
        if (typeof url === 'string')
            try {
                return new URL(url);
            }
            catch {
                return undefined;
            }
    }
    return undefined;
}

;// CONCATENATED MODULE: ./packages/core/src/index.ts

















/***/ }),

/***/ 9691:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Y_: () => (/* binding */ DispatcherOnDemand),
/* harmony export */   kT: () => (/* binding */ ProxyAgent)
/* harmony export */ });
/* unused harmony export fetch */
let loading;
const undici = () => (loading ??= __nccwpck_require__.e(/* import() */ 752).then(__nccwpck_require__.t.bind(__nccwpck_require__, 6752, 19)));
/** A dispatcher made on the first fetch through it (or none, when `make` finds none is needed). */
class DispatcherOnDemand {
    make;
    made;
    constructor(make) {
        this.make = make;
    }
    dispatcher() {
        return (this.made ??= this.make());
    }
}
/** Keeps the options until the first fetch through it makes undici's ProxyAgent. */
class ProxyAgent extends DispatcherOnDemand {
    options;
    constructor(options) {
        super(() => undici().then((u) => new u.ProxyAgent(options)));
        this.options = options;
    }
}
/**
 * undici's fetch; a dispatcher from here may be given, as @actions/http-client's (this module's
 * ProxyAgent, or http-client-on-demand's) is by @actions/github.
 */
async function fetch(input, init) {
    const u = await undici();
    const given = init?.dispatcher;
    return u.fetch(input, { ...init, dispatcher: given instanceof DispatcherOnDemand ? await given.dispatcher() : given });
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

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

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

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

/***/ 9437:
/***/ ((__unused_webpack_module, exports) => {

var __webpack_unused_export__;

// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.
__webpack_unused_export__ = ({ value: true });
exports.w = void 0;
/**
 * @internal
 *
 * Holds the singleton instrumenter, to be shared across CJS and ESM imports.
 */
exports.w = {
    instrumenterImplementation: undefined,
};
//# sourceMappingURL=state-cjs.js.map

/***/ }),

/***/ 651:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Yz: () => (/* binding */ debug),
  z3: () => (/* binding */ error),
  dN: () => (/* binding */ exportVariable),
  V9: () => (/* binding */ getIDToken),
  V4: () => (/* binding */ getInput),
  pq: () => (/* binding */ info),
  lm: () => (/* binding */ notice),
  uH: () => (/* binding */ setOutput),
  Pq: () => (/* binding */ setSecret),
  z: () => (/* reexport */ summary),
  $e: () => (/* binding */ warning)
});

// UNUSED EXPORTS: ExitCode, addPath, endGroup, getBooleanInput, getMultilineInput, getState, group, isDebug, markdownSummary, platform, saveState, setCommandEcho, setFailed, startGroup, toPlatformPath, toPosixPath, toWin32Path

// EXTERNAL MODULE: external "os"
var external_os_ = __nccwpck_require__(857);
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/utils.js
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * Sanitizes an input into a string so it can be passed into issueCommand safely
 * @param input input to sanitize into a string
 */
function utils_toCommandValue(input) {
    if (input === null || input === undefined) {
        return '';
    }
    else if (typeof input === 'string' || input instanceof String) {
        return input;
    }
    return JSON.stringify(input);
}
/**
 *
 * @param annotationProperties
 * @returns The command properties to send with the actual annotation command
 * See IssueCommandProperties: https://github.com/actions/runner/blob/main/src/Runner.Worker/ActionCommandManager.cs#L646
 */
function toCommandProperties(annotationProperties) {
    if (!Object.keys(annotationProperties).length) {
        return {};
    }
    return {
        title: annotationProperties.title,
        file: annotationProperties.file,
        line: annotationProperties.startLine,
        endLine: annotationProperties.endLine,
        col: annotationProperties.startColumn,
        endColumn: annotationProperties.endColumn
    };
}
//# sourceMappingURL=utils.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/command.js


/**
 * Issues a command to the GitHub Actions runner
 *
 * @param command - The command name to issue
 * @param properties - Additional properties for the command (key-value pairs)
 * @param message - The message to include with the command
 * @remarks
 * This function outputs a specially formatted string to stdout that the Actions
 * runner interprets as a command. These commands can control workflow behavior,
 * set outputs, create annotations, mask values, and more.
 *
 * Command Format:
 *   ::name key=value,key=value::message
 *
 * @example
 * ```typescript
 * // Issue a warning annotation
 * issueCommand('warning', {}, 'This is a warning message');
 * // Output: ::warning::This is a warning message
 *
 * // Set an environment variable
 * issueCommand('set-env', { name: 'MY_VAR' }, 'some value');
 * // Output: ::set-env name=MY_VAR::some value
 *
 * // Add a secret mask
 * issueCommand('add-mask', {}, 'secretValue123');
 * // Output: ::add-mask::secretValue123
 * ```
 *
 * @internal
 * This is an internal utility function that powers the public API functions
 * such as setSecret, warning, error, and exportVariable.
 */
function command_issueCommand(command, properties, message) {
    const cmd = new Command(command, properties, message);
    process.stdout.write(cmd.toString() + external_os_.EOL);
}
function command_issue(name, message = '') {
    command_issueCommand(name, {}, message);
}
const CMD_STRING = '::';
class Command {
    constructor(command, properties, message) {
        if (!command) {
            command = 'missing.command';
        }
        this.command = command;
        this.properties = properties;
        this.message = message;
    }
    toString() {
        let cmdStr = CMD_STRING + this.command;
        if (this.properties && Object.keys(this.properties).length > 0) {
            cmdStr += ' ';
            let first = true;
            for (const key in this.properties) {
                if (this.properties.hasOwnProperty(key)) {
                    const val = this.properties[key];
                    if (val) {
                        if (first) {
                            first = false;
                        }
                        else {
                            cmdStr += ',';
                        }
                        cmdStr += `${key}=${escapeProperty(val)}`;
                    }
                }
            }
        }
        cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
        return cmdStr;
    }
}
function escapeData(s) {
    return utils_toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return utils_toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A')
        .replace(/:/g, '%3A')
        .replace(/,/g, '%2C');
}
//# sourceMappingURL=command.js.map
// EXTERNAL MODULE: external "crypto"
var external_crypto_ = __nccwpck_require__(6982);
// EXTERNAL MODULE: external "fs"
var external_fs_ = __nccwpck_require__(9896);
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/file-command.js
// For internal use, subject to change.
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */




function file_command_issueFileCommand(command, message) {
    const filePath = process.env[`GITHUB_${command}`];
    if (!filePath) {
        throw new Error(`Unable to find environment variable for file command ${command}`);
    }
    if (!external_fs_.existsSync(filePath)) {
        throw new Error(`Missing file at path: ${filePath}`);
    }
    external_fs_.appendFileSync(filePath, `${utils_toCommandValue(message)}${external_os_.EOL}`, {
        encoding: 'utf8'
    });
}
function file_command_prepareKeyValueMessage(key, value) {
    const delimiter = `ghadelimiter_${external_crypto_.randomUUID()}`;
    const convertedValue = utils_toCommandValue(value);
    // These should realistically never happen, but just in case someone finds a
    // way to exploit uuid generation let's not allow keys or values that contain
    // the delimiter.
    if (key.includes(delimiter)) {
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    }
    if (convertedValue.includes(delimiter)) {
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    }
    return `${key}<<${delimiter}${external_os_.EOL}${convertedValue}${external_os_.EOL}${delimiter}`;
}
//# sourceMappingURL=file-command.js.map
// EXTERNAL MODULE: external "path"
var external_path_ = __nccwpck_require__(6928);
// EXTERNAL MODULE: ./packages/core/src/undici-on-demand.ts
var undici_on_demand = __nccwpck_require__(9691);
;// CONCATENATED MODULE: ./packages/core/src/http-client-on-demand.ts

let loading;
// By file, not by name: the name `@actions/http-client` is this module in a bundle.
const real = () => (loading ??= __nccwpck_require__.e(/* import() */ 942).then(__nccwpck_require__.bind(__nccwpck_require__, 4942)));
class HttpClient {
    #args;
    #client;
    constructor(userAgent, handlers, requestOptions) {
        this.#args = [userAgent, handlers, requestOptions];
    }
    #real() {
        return (this.#client ??= real().then((m) => new m.HttpClient(...this.#args)));
    }
    async getJson(requestUrl, additionalHeaders) {
        return (await this.#real()).getJson(requestUrl, additionalHeaders);
    }
    /**
     * undici's dispatcher for a proxy, when one is set for `serverUrl`, decided on the first fetch
     * through it (undici-on-demand's fetch takes it as a dispatcher).
     */
    getAgentDispatcher(serverUrl) {
        return new undici_on_demand/* DispatcherOnDemand */.Y_(async () => (await this.#real()).getAgentDispatcher(serverUrl));
    }
    /**
     * No node:http agent: @actions/github puts one in Octokit's `request.agent`, which Octokit's
     * fetch-based request never reads (its proxy goes through getAgentDispatcher).
     */
    getAgent(_serverUrl) {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./node_modules/@actions/http-client/lib/auth.js
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
class BasicCredentialHandler {
    constructor(username, password) {
        this.username = username;
        this.password = password;
    }
    prepareRequest(options) {
        if (!options.headers) {
            throw Error('The request has no headers');
        }
        options.headers['Authorization'] = `Basic ${Buffer.from(`${this.username}:${this.password}`).toString('base64')}`;
    }
    // This handler cannot handle 401
    canHandleAuthentication() {
        return false;
    }
    handleAuthentication() {
        return __awaiter(this, void 0, void 0, function* () {
            throw new Error('not implemented');
        });
    }
}
class BearerCredentialHandler {
    constructor(token) {
        this.token = token;
    }
    // currently implements pre-authorization
    // TODO: support preAuth = false where it hooks on 401
    prepareRequest(options) {
        if (!options.headers) {
            throw Error('The request has no headers');
        }
        options.headers['Authorization'] = `Bearer ${this.token}`;
    }
    // This handler cannot handle 401
    canHandleAuthentication() {
        return false;
    }
    handleAuthentication() {
        return __awaiter(this, void 0, void 0, function* () {
            throw new Error('not implemented');
        });
    }
}
class PersonalAccessTokenCredentialHandler {
    constructor(token) {
        this.token = token;
    }
    // currently implements pre-authorization
    // TODO: support preAuth = false where it hooks on 401
    prepareRequest(options) {
        if (!options.headers) {
            throw Error('The request has no headers');
        }
        options.headers['Authorization'] = `Basic ${Buffer.from(`PAT:${this.token}`).toString('base64')}`;
    }
    // This handler cannot handle 401
    canHandleAuthentication() {
        return false;
    }
    handleAuthentication() {
        return __awaiter(this, void 0, void 0, function* () {
            throw new Error('not implemented');
        });
    }
}
//# sourceMappingURL=auth.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/oidc-utils.js
var oidc_utils_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};



class OidcClient {
    static createHttpClient(allowRetry = true, maxRetry = 10) {
        const requestOptions = {
            allowRetries: allowRetry,
            maxRetries: maxRetry
        };
        return new HttpClient('actions/oidc-client', [new BearerCredentialHandler(OidcClient.getRequestToken())], requestOptions);
    }
    static getRequestToken() {
        const token = process.env['ACTIONS_ID_TOKEN_REQUEST_TOKEN'];
        if (!token) {
            throw new Error('Unable to get ACTIONS_ID_TOKEN_REQUEST_TOKEN env variable');
        }
        return token;
    }
    static getIDTokenUrl() {
        const runtimeUrl = process.env['ACTIONS_ID_TOKEN_REQUEST_URL'];
        if (!runtimeUrl) {
            throw new Error('Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable');
        }
        return runtimeUrl;
    }
    static getCall(id_token_url) {
        return oidc_utils_awaiter(this, void 0, void 0, function* () {
            var _a;
            const httpclient = OidcClient.createHttpClient();
            const res = yield httpclient
                .getJson(id_token_url)
                .catch(error => {
                throw new Error(`Failed to get ID Token. \n 
        Error Code : ${error.statusCode}\n 
        Error Message: ${error.message}`);
            });
            const id_token = (_a = res.result) === null || _a === void 0 ? void 0 : _a.value;
            if (!id_token) {
                throw new Error('Response json body do not have ID Token field');
            }
            return id_token;
        });
    }
    static getIDToken(audience) {
        return oidc_utils_awaiter(this, void 0, void 0, function* () {
            try {
                // New ID Token is requested from action service
                let id_token_url = OidcClient.getIDTokenUrl();
                if (audience) {
                    const encodedAudience = encodeURIComponent(audience);
                    id_token_url = `${id_token_url}&audience=${encodedAudience}`;
                }
                debug(`ID token url is ${id_token_url}`);
                const id_token = yield OidcClient.getCall(id_token_url);
                setSecret(id_token);
                return id_token;
            }
            catch (error) {
                throw new Error(`Error message: ${error.message}`);
            }
        });
    }
}
//# sourceMappingURL=oidc-utils.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/summary.js
var summary_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const { access, appendFile, writeFile } = external_fs_.promises;
const SUMMARY_ENV_VAR = 'GITHUB_STEP_SUMMARY';
const SUMMARY_DOCS_URL = 'https://docs.github.com/actions/using-workflows/workflow-commands-for-github-actions#adding-a-job-summary';
class Summary {
    constructor() {
        this._buffer = '';
    }
    /**
     * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
     * Also checks r/w permissions.
     *
     * @returns step summary file path
     */
    filePath() {
        return summary_awaiter(this, void 0, void 0, function* () {
            if (this._filePath) {
                return this._filePath;
            }
            const pathFromEnv = process.env[SUMMARY_ENV_VAR];
            if (!pathFromEnv) {
                throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
            }
            try {
                yield access(pathFromEnv, external_fs_.constants.R_OK | external_fs_.constants.W_OK);
            }
            catch (_a) {
                throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
            }
            this._filePath = pathFromEnv;
            return this._filePath;
        });
    }
    /**
     * Wraps content in an HTML tag, adding any HTML attributes
     *
     * @param {string} tag HTML tag to wrap
     * @param {string | null} content content within the tag
     * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
     *
     * @returns {string} content wrapped in HTML element
     */
    wrap(tag, content, attrs = {}) {
        const htmlAttrs = Object.entries(attrs)
            .map(([key, value]) => ` ${key}="${value}"`)
            .join('');
        if (!content) {
            return `<${tag}${htmlAttrs}>`;
        }
        return `<${tag}${htmlAttrs}>${content}</${tag}>`;
    }
    /**
     * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
     *
     * @param {SummaryWriteOptions} [options] (optional) options for write operation
     *
     * @returns {Promise<Summary>} summary instance
     */
    write(options) {
        return summary_awaiter(this, void 0, void 0, function* () {
            const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
            const filePath = yield this.filePath();
            const writeFunc = overwrite ? writeFile : appendFile;
            yield writeFunc(filePath, this._buffer, { encoding: 'utf8' });
            return this.emptyBuffer();
        });
    }
    /**
     * Clears the summary buffer and wipes the summary file
     *
     * @returns {Summary} summary instance
     */
    clear() {
        return summary_awaiter(this, void 0, void 0, function* () {
            return this.emptyBuffer().write({ overwrite: true });
        });
    }
    /**
     * Returns the current summary buffer as a string
     *
     * @returns {string} string of summary buffer
     */
    stringify() {
        return this._buffer;
    }
    /**
     * If the summary buffer is empty
     *
     * @returns {boolen} true if the buffer is empty
     */
    isEmptyBuffer() {
        return this._buffer.length === 0;
    }
    /**
     * Resets the summary buffer without writing to summary file
     *
     * @returns {Summary} summary instance
     */
    emptyBuffer() {
        this._buffer = '';
        return this;
    }
    /**
     * Adds raw text to the summary buffer
     *
     * @param {string} text content to add
     * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
     *
     * @returns {Summary} summary instance
     */
    addRaw(text, addEOL = false) {
        this._buffer += text;
        return addEOL ? this.addEOL() : this;
    }
    /**
     * Adds the operating system-specific end-of-line marker to the buffer
     *
     * @returns {Summary} summary instance
     */
    addEOL() {
        return this.addRaw(external_os_.EOL);
    }
    /**
     * Adds an HTML codeblock to the summary buffer
     *
     * @param {string} code content to render within fenced code block
     * @param {string} lang (optional) language to syntax highlight code
     *
     * @returns {Summary} summary instance
     */
    addCodeBlock(code, lang) {
        const attrs = Object.assign({}, (lang && { lang }));
        const element = this.wrap('pre', this.wrap('code', code), attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML list to the summary buffer
     *
     * @param {string[]} items list of items to render
     * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
     *
     * @returns {Summary} summary instance
     */
    addList(items, ordered = false) {
        const tag = ordered ? 'ol' : 'ul';
        const listItems = items.map(item => this.wrap('li', item)).join('');
        const element = this.wrap(tag, listItems);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML table to the summary buffer
     *
     * @param {SummaryTableCell[]} rows table rows
     *
     * @returns {Summary} summary instance
     */
    addTable(rows) {
        const tableBody = rows
            .map(row => {
            const cells = row
                .map(cell => {
                if (typeof cell === 'string') {
                    return this.wrap('td', cell);
                }
                const { header, data, colspan, rowspan } = cell;
                const tag = header ? 'th' : 'td';
                const attrs = Object.assign(Object.assign({}, (colspan && { colspan })), (rowspan && { rowspan }));
                return this.wrap(tag, data, attrs);
            })
                .join('');
            return this.wrap('tr', cells);
        })
            .join('');
        const element = this.wrap('table', tableBody);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds a collapsable HTML details element to the summary buffer
     *
     * @param {string} label text for the closed state
     * @param {string} content collapsable content
     *
     * @returns {Summary} summary instance
     */
    addDetails(label, content) {
        const element = this.wrap('details', this.wrap('summary', label) + content);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML image tag to the summary buffer
     *
     * @param {string} src path to the image you to embed
     * @param {string} alt text description of the image
     * @param {SummaryImageOptions} options (optional) addition image attributes
     *
     * @returns {Summary} summary instance
     */
    addImage(src, alt, options) {
        const { width, height } = options || {};
        const attrs = Object.assign(Object.assign({}, (width && { width })), (height && { height }));
        const element = this.wrap('img', null, Object.assign({ src, alt }, attrs));
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML section heading element
     *
     * @param {string} text heading text
     * @param {number | string} [level=1] (optional) the heading level, default: 1
     *
     * @returns {Summary} summary instance
     */
    addHeading(text, level) {
        const tag = `h${level}`;
        const allowedTag = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].includes(tag)
            ? tag
            : 'h1';
        const element = this.wrap(allowedTag, text);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML thematic break (<hr>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addSeparator() {
        const element = this.wrap('hr', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML line break (<br>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addBreak() {
        const element = this.wrap('br', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML blockquote to the summary buffer
     *
     * @param {string} text quote text
     * @param {string} cite (optional) citation url
     *
     * @returns {Summary} summary instance
     */
    addQuote(text, cite) {
        const attrs = Object.assign({}, (cite && { cite }));
        const element = this.wrap('blockquote', text, attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML anchor tag to the summary buffer
     *
     * @param {string} text link text/content
     * @param {string} href hyperlink
     *
     * @returns {Summary} summary instance
     */
    addLink(text, href) {
        const element = this.wrap('a', text, { href });
        return this.addRaw(element).addEOL();
    }
}
const _summary = new Summary();
/**
 * @deprecated use `core.summary`
 */
const markdownSummary = (/* unused pure expression or super */ null && (_summary));
const summary = _summary;
//# sourceMappingURL=summary.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/path-utils.js

/**
 * toPosixPath converts the given path to the posix form. On Windows, \\ will be
 * replaced with /.
 *
 * @param pth. Path to transform.
 * @return string Posix path.
 */
function toPosixPath(pth) {
    return pth.replace(/[\\]/g, '/');
}
/**
 * toWin32Path converts the given path to the win32 form. On Linux, / will be
 * replaced with \\.
 *
 * @param pth. Path to transform.
 * @return string Win32 path.
 */
function toWin32Path(pth) {
    return pth.replace(/[/]/g, '\\');
}
/**
 * toPlatformPath converts the given path to a platform-specific path. It does
 * this by replacing instances of / and \ with the platform-specific path
 * separator.
 *
 * @param pth The path to platformize.
 * @return string The platform-specific path.
 */
function toPlatformPath(pth) {
    return pth.replace(/[/\\]/g, path.sep);
}
//# sourceMappingURL=path-utils.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/platform.js
var platform_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const getWindowsInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    const { stdout: version } = yield exec.getExecOutput('powershell -command "(Get-CimInstance -ClassName Win32_OperatingSystem).Version"', undefined, {
        silent: true
    });
    const { stdout: name } = yield exec.getExecOutput('powershell -command "(Get-CimInstance -ClassName Win32_OperatingSystem).Caption"', undefined, {
        silent: true
    });
    return {
        name: name.trim(),
        version: version.trim()
    };
});
const getMacOsInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    var _a, _b, _c, _d;
    const { stdout } = yield exec.getExecOutput('sw_vers', undefined, {
        silent: true
    });
    const version = (_b = (_a = stdout.match(/ProductVersion:\s*(.+)/)) === null || _a === void 0 ? void 0 : _a[1]) !== null && _b !== void 0 ? _b : '';
    const name = (_d = (_c = stdout.match(/ProductName:\s*(.+)/)) === null || _c === void 0 ? void 0 : _c[1]) !== null && _d !== void 0 ? _d : '';
    return {
        name,
        version
    };
});
const getLinuxInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    const { stdout } = yield exec.getExecOutput('lsb_release', ['-i', '-r', '-s'], {
        silent: true
    });
    const [name, version] = stdout.trim().split('\n');
    return {
        name,
        version
    };
});
const platform = external_os_.platform();
const arch = external_os_.arch();
const isWindows = platform === 'win32';
const isMacOS = platform === 'darwin';
const isLinux = platform === 'linux';
function getDetails() {
    return platform_awaiter(this, void 0, void 0, function* () {
        return Object.assign(Object.assign({}, (yield (isWindows
            ? getWindowsInfo()
            : isMacOS
                ? getMacOsInfo()
                : getLinuxInfo()))), { platform,
            arch,
            isWindows,
            isMacOS,
            isLinux });
    });
}
//# sourceMappingURL=platform.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/core.js
var core_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};






/**
 * The code to exit an action
 */
var ExitCode;
(function (ExitCode) {
    /**
     * A code indicating that the action was successful
     */
    ExitCode[ExitCode["Success"] = 0] = "Success";
    /**
     * A code indicating that the action was a failure
     */
    ExitCode[ExitCode["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
//-----------------------------------------------------------------------
// Variables
//-----------------------------------------------------------------------
/**
 * Sets env variable for this action and future actions in the job
 * @param name the name of the variable to set
 * @param val the value of the variable. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function exportVariable(name, val) {
    const convertedVal = utils_toCommandValue(val);
    process.env[name] = convertedVal;
    const filePath = process.env['GITHUB_ENV'] || '';
    if (filePath) {
        return file_command_issueFileCommand('ENV', file_command_prepareKeyValueMessage(name, val));
    }
    command_issueCommand('set-env', { name }, convertedVal);
}
/**
 * Registers a secret which will get masked from logs
 *
 * @param secret - Value of the secret to be masked
 * @remarks
 * This function instructs the Actions runner to mask the specified value in any
 * logs produced during the workflow run. Once registered, the secret value will
 * be replaced with asterisks (***) whenever it appears in console output, logs,
 * or error messages.
 *
 * This is useful for protecting sensitive information such as:
 * - API keys
 * - Access tokens
 * - Authentication credentials
 * - URL parameters containing signatures (SAS tokens)
 *
 * Note that masking only affects future logs; any previous appearances of the
 * secret in logs before calling this function will remain unmasked.
 *
 * @example
 * ```typescript
 * // Register an API token as a secret
 * const apiToken = "abc123xyz456";
 * setSecret(apiToken);
 *
 * // Now any logs containing this value will show *** instead
 * console.log(`Using token: ${apiToken}`); // Outputs: "Using token: ***"
 * ```
 */
function setSecret(secret) {
    command_issueCommand('add-mask', {}, secret);
}
/**
 * Prepends inputPath to the PATH (for this action and future actions)
 * @param inputPath
 */
function addPath(inputPath) {
    const filePath = process.env['GITHUB_PATH'] || '';
    if (filePath) {
        issueFileCommand('PATH', inputPath);
    }
    else {
        issueCommand('add-path', {}, inputPath);
    }
    process.env['PATH'] = `${inputPath}${path.delimiter}${process.env['PATH']}`;
}
/**
 * Gets the value of an input.
 * Unless trimWhitespace is set to false in InputOptions, the value is also trimmed.
 * Returns an empty string if the value is not defined.
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   string
 */
function getInput(name, options) {
    const val = process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '';
    if (options && options.required && !val) {
        throw new Error(`Input required and not supplied: ${name}`);
    }
    if (options && options.trimWhitespace === false) {
        return val;
    }
    return val.trim();
}
/**
 * Gets the values of an multiline input.  Each value is also trimmed.
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   string[]
 *
 */
function getMultilineInput(name, options) {
    const inputs = getInput(name, options)
        .split('\n')
        .filter(x => x !== '');
    if (options && options.trimWhitespace === false) {
        return inputs;
    }
    return inputs.map(input => input.trim());
}
/**
 * Gets the input value of the boolean type in the YAML 1.2 "core schema" specification.
 * Support boolean input list: `true | True | TRUE | false | False | FALSE` .
 * The return value is also in boolean type.
 * ref: https://yaml.org/spec/1.2/spec.html#id2804923
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   boolean
 */
function getBooleanInput(name, options) {
    const trueValue = ['true', 'True', 'TRUE'];
    const falseValue = ['false', 'False', 'FALSE'];
    const val = getInput(name, options);
    if (trueValue.includes(val))
        return true;
    if (falseValue.includes(val))
        return false;
    throw new TypeError(`Input does not meet YAML 1.2 "Core Schema" specification: ${name}\n` +
        `Support boolean input list: \`true | True | TRUE | false | False | FALSE\``);
}
/**
 * Sets the value of an output.
 *
 * @param     name     name of the output to set
 * @param     value    value to store. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function setOutput(name, value) {
    const filePath = process.env['GITHUB_OUTPUT'] || '';
    if (filePath) {
        return file_command_issueFileCommand('OUTPUT', file_command_prepareKeyValueMessage(name, value));
    }
    process.stdout.write(external_os_.EOL);
    command_issueCommand('set-output', { name }, utils_toCommandValue(value));
}
/**
 * Enables or disables the echoing of commands into stdout for the rest of the step.
 * Echoing is disabled by default if ACTIONS_STEP_DEBUG is not set.
 *
 */
function setCommandEcho(enabled) {
    issue('echo', enabled ? 'on' : 'off');
}
//-----------------------------------------------------------------------
// Results
//-----------------------------------------------------------------------
/**
 * Sets the action status to failed.
 * When the action exits it will be with an exit code of 1
 * @param message add error issue message
 */
function setFailed(message) {
    process.exitCode = ExitCode.Failure;
    error(message);
}
//-----------------------------------------------------------------------
// Logging Commands
//-----------------------------------------------------------------------
/**
 * Gets whether Actions Step Debug is on or not
 */
function isDebug() {
    return process.env['RUNNER_DEBUG'] === '1';
}
/**
 * Writes debug message to user log
 * @param message debug message
 */
function debug(message) {
    command_issueCommand('debug', {}, message);
}
/**
 * Adds an error issue
 * @param message error issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function error(message, properties = {}) {
    command_issueCommand('error', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a warning issue
 * @param message warning issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function warning(message, properties = {}) {
    command_issueCommand('warning', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a notice issue
 * @param message notice issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function notice(message, properties = {}) {
    command_issueCommand('notice', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Writes info to log with console.log.
 * @param message info message
 */
function info(message) {
    process.stdout.write(message + external_os_.EOL);
}
/**
 * Begin an output group.
 *
 * Output until the next `groupEnd` will be foldable in this group
 *
 * @param name The name of the output group
 */
function startGroup(name) {
    issue('group', name);
}
/**
 * End an output group.
 */
function endGroup() {
    issue('endgroup');
}
/**
 * Wrap an asynchronous function call in a group.
 *
 * Returns the same type as the function itself.
 *
 * @param name The name of the group
 * @param fn The function to wrap in the group
 */
function group(name, fn) {
    return core_awaiter(this, void 0, void 0, function* () {
        startGroup(name);
        let result;
        try {
            result = yield fn();
        }
        finally {
            endGroup();
        }
        return result;
    });
}
//-----------------------------------------------------------------------
// Wrapper action state
//-----------------------------------------------------------------------
/**
 * Saves state for current action, the state can only be retrieved by this action's post job execution.
 *
 * @param     name     name of the state to store
 * @param     value    value to store. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function saveState(name, value) {
    const filePath = process.env['GITHUB_STATE'] || '';
    if (filePath) {
        return issueFileCommand('STATE', prepareKeyValueMessage(name, value));
    }
    issueCommand('save-state', { name }, toCommandValue(value));
}
/**
 * Gets the value of an state set by this action's main execution.
 *
 * @param     name     name of the state to get
 * @returns   string
 */
function getState(name) {
    return process.env[`STATE_${name}`] || '';
}
function getIDToken(aud) {
    return core_awaiter(this, void 0, void 0, function* () {
        return yield OidcClient.getIDToken(aud);
    });
}
/**
 * Summary exports
 */

/**
 * @deprecated use core.summary
 */

/**
 * Path exports
 */

/**
 * Platform utilities exports
 */

//# sourceMappingURL=core.js.map

/***/ }),

/***/ 5473:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  l: () => (/* reexport */ AbortError)
});

;// CONCATENATED MODULE: ./node_modules/@azure/abort-controller/dist/esm/AbortError.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.
/**
 * This error is thrown when an asynchronous operation has been aborted.
 * Check for this error by testing the `name` that the name property of the
 * error matches `"AbortError"`.
 *
 * @example
 * ```ts snippet:AbortErrorSample
 * import { AbortError } from "@azure/abort-controller";
 *
 * async function doAsyncWork(options: { abortSignal: AbortSignal }): Promise<void> {
 *   if (options.abortSignal.aborted) {
 *     throw new AbortError();
 *   }
 *
 *   // do async work
 * }
 *
 * const controller = new AbortController();
 * controller.abort();
 * try {
 *   doAsyncWork({ abortSignal: controller.signal });
 * } catch (e) {
 *   if (e instanceof Error && e.name === "AbortError") {
 *     // handle abort error here.
 *   }
 * }
 * ```
 */
class AbortError extends Error {
    constructor(message) {
        super(message);
        this.name = "AbortError";
    }
}
//# sourceMappingURL=AbortError.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/abort-controller/dist/esm/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

//# sourceMappingURL=index.js.map

/***/ }),

/***/ 690:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  pj: () => (/* reexport */ RestError),
  N$: () => (/* reexport */ bearerTokenAuthenticationPolicy),
  uQ: () => (/* reexport */ bearerTokenAuthenticationPolicyName),
  fl: () => (/* reexport */ createDefaultHttpClient),
  O8: () => (/* reexport */ createEmptyPipeline),
  Nc: () => (/* reexport */ createHttpHeaders),
  Fp: () => (/* reexport */ createPipelineFromOptions),
  G6: () => (/* reexport */ createPipelineRequest),
  Jb: () => (/* reexport */ retryPolicy_retryPolicy)
});

// UNUSED EXPORTS: agentPolicy, agentPolicyName, auxiliaryAuthenticationHeaderPolicy, auxiliaryAuthenticationHeaderPolicyName, createFile, createFileFromStream, decompressResponsePolicy, decompressResponsePolicyName, defaultRetryPolicy, exponentialRetryPolicy, exponentialRetryPolicyName, formDataPolicy, formDataPolicyName, getDefaultProxySettings, isRestError, logPolicy, logPolicyName, multipartPolicy, multipartPolicyName, ndJsonPolicy, ndJsonPolicyName, proxyPolicy, proxyPolicyName, redirectPolicy, redirectPolicyName, setClientRequestIdPolicy, setClientRequestIdPolicyName, systemErrorRetryPolicy, systemErrorRetryPolicyName, throttlingRetryPolicy, throttlingRetryPolicyName, tlsPolicy, tlsPolicyName, tracingPolicy, tracingPolicyName, userAgentPolicy, userAgentPolicyName

// EXTERNAL MODULE: ./node_modules/@typespec/ts-http-runtime/dist/esm/index.js + 22 modules
var esm = __nccwpck_require__(5920);
;// CONCATENATED MODULE: ./node_modules/@azure/core-rest-pipeline/dist/esm/pipeline.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

/**
 * Creates a totally empty pipeline.
 * Useful for testing or creating a custom one.
 */
function createEmptyPipeline() {
    return (0,esm/* createEmptyPipeline */.O8)();
}
//# sourceMappingURL=pipeline.js.map
// EXTERNAL MODULE: ./node_modules/@azure/logger/dist/esm/index.js + 1 modules
var dist_esm = __nccwpck_require__(7567);
;// CONCATENATED MODULE: ./node_modules/@azure/core-rest-pipeline/dist/esm/log.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

const log_logger = (0,dist_esm/* createClientLogger */.KV)("core-rest-pipeline");
//# sourceMappingURL=log.js.map
// EXTERNAL MODULE: ./node_modules/@typespec/ts-http-runtime/dist/esm/policies/agentPolicy.js
var agentPolicy = __nccwpck_require__(7739);
// EXTERNAL MODULE: ./node_modules/@typespec/ts-http-runtime/dist/esm/policies/decompressResponsePolicy.js
var decompressResponsePolicy = __nccwpck_require__(4592);
// EXTERNAL MODULE: ./node_modules/@typespec/ts-http-runtime/dist/esm/policies/defaultRetryPolicy.js
var defaultRetryPolicy = __nccwpck_require__(7005);
// EXTERNAL MODULE: ./node_modules/@typespec/ts-http-runtime/dist/esm/retryStrategies/exponentialRetryStrategy.js
var retryStrategies_exponentialRetryStrategy = __nccwpck_require__(1927);
// EXTERNAL MODULE: ./node_modules/@typespec/ts-http-runtime/dist/esm/policies/retryPolicy.js
var policies_retryPolicy = __nccwpck_require__(9004);
;// CONCATENATED MODULE: ./node_modules/@typespec/ts-http-runtime/dist/esm/policies/exponentialRetryPolicy.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.



/**
 * The programmatic identifier of the exponentialRetryPolicy.
 */
const exponentialRetryPolicyName = "exponentialRetryPolicy";
/**
 * A policy that attempts to retry requests while introducing an exponentially increasing delay.
 * @param options - Options that configure retry logic.
 */
function exponentialRetryPolicy(options = {}) {
    return retryPolicy([
        exponentialRetryStrategy({
            ...options,
            ignoreSystemErrors: true,
        }),
    ], {
        maxRetries: options.maxRetries ?? DEFAULT_RETRY_POLICY_COUNT,
    });
}
//# sourceMappingURL=exponentialRetryPolicy.js.map
;// CONCATENATED MODULE: ./node_modules/@typespec/ts-http-runtime/dist/esm/policies/systemErrorRetryPolicy.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.



/**
 * Name of the {@link systemErrorRetryPolicy}
 */
const systemErrorRetryPolicyName = "systemErrorRetryPolicy";
/**
 * A retry policy that specifically seeks to handle errors in the
 * underlying transport layer (e.g. DNS lookup failures) rather than
 * retryable error codes from the server itself.
 * @param options - Options that customize the policy.
 */
function systemErrorRetryPolicy(options = {}) {
    return {
        name: systemErrorRetryPolicyName,
        sendRequest: retryPolicy([
            exponentialRetryStrategy({
                ...options,
                ignoreHttpStatusCodes: true,
            }),
        ], {
            maxRetries: options.maxRetries ?? DEFAULT_RETRY_POLICY_COUNT,
        }).sendRequest,
    };
}
//# sourceMappingURL=systemErrorRetryPolicy.js.map
// EXTERNAL MODULE: ./node_modules/@typespec/ts-http-runtime/dist/esm/retryStrategies/throttlingRetryStrategy.js
var retryStrategies_throttlingRetryStrategy = __nccwpck_require__(5039);
;// CONCATENATED MODULE: ./node_modules/@typespec/ts-http-runtime/dist/esm/policies/throttlingRetryPolicy.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.



/**
 * Name of the {@link throttlingRetryPolicy}
 */
const throttlingRetryPolicyName = "throttlingRetryPolicy";
/**
 * A policy that retries when the server sends a 429 response with a Retry-After header.
 *
 * To learn more, please refer to
 * https://learn.microsoft.com/azure/azure-resource-manager/resource-manager-request-limits,
 * https://learn.microsoft.com/azure/azure-subscription-service-limits and
 * https://learn.microsoft.com/azure/virtual-machines/troubleshooting/troubleshooting-throttling-errors
 *
 * @param options - Options that configure retry logic.
 */
function throttlingRetryPolicy(options = {}) {
    return {
        name: throttlingRetryPolicyName,
        sendRequest: retryPolicy([throttlingRetryStrategy()], {
            maxRetries: options.maxRetries ?? DEFAULT_RETRY_POLICY_COUNT,
        }).sendRequest,
    };
}
//# sourceMappingURL=throttlingRetryPolicy.js.map
// EXTERNAL MODULE: ./node_modules/@typespec/ts-http-runtime/dist/esm/policies/formDataPolicy.js + 1 modules
var formDataPolicy = __nccwpck_require__(8977);
// EXTERNAL MODULE: ./node_modules/@typespec/ts-http-runtime/dist/esm/policies/logPolicy.js
var logPolicy = __nccwpck_require__(8676);
// EXTERNAL MODULE: ./node_modules/@typespec/ts-http-runtime/dist/esm/policies/multipartPolicy.js + 1 modules
var multipartPolicy = __nccwpck_require__(5895);
// EXTERNAL MODULE: ./node_modules/@typespec/ts-http-runtime/dist/esm/policies/proxyPolicy.js
var proxyPolicy = __nccwpck_require__(7794);
// EXTERNAL MODULE: ./node_modules/@typespec/ts-http-runtime/dist/esm/policies/redirectPolicy.js
var redirectPolicy = __nccwpck_require__(8804);
// EXTERNAL MODULE: ./node_modules/@typespec/ts-http-runtime/dist/esm/policies/tlsPolicy.js
var tlsPolicy = __nccwpck_require__(1559);
// EXTERNAL MODULE: ./node_modules/@typespec/ts-http-runtime/dist/esm/policies/userAgentPolicy.js + 2 modules
var userAgentPolicy = __nccwpck_require__(1425);
;// CONCATENATED MODULE: ./node_modules/@typespec/ts-http-runtime/dist/esm/policies/internal.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.














//# sourceMappingURL=internal.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/core-rest-pipeline/dist/esm/policies/logPolicy.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.


/**
 * The programmatic identifier of the logPolicy.
 */
const logPolicyName = (/* unused pure expression or super */ null && (tspLogPolicyName));
/**
 * A policy that logs all requests and responses.
 * @param options - Options to configure logPolicy.
 */
function logPolicy_logPolicy(options = {}) {
    return (0,logPolicy/* logPolicy */.r)({
        logger: log_logger.info,
        ...options,
    });
}
//# sourceMappingURL=logPolicy.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/core-rest-pipeline/dist/esm/policies/redirectPolicy.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

/**
 * The programmatic identifier of the redirectPolicy.
 */
const redirectPolicyName = (/* unused pure expression or super */ null && (tspRedirectPolicyName));
/**
 * A policy to follow Location headers from the server in order
 * to support server-side redirection.
 * In the browser, this policy is not used.
 * @param options - Options to control policy behavior.
 */
function redirectPolicy_redirectPolicy(options = {}) {
    return (0,redirectPolicy/* redirectPolicy */.x)(options);
}
//# sourceMappingURL=redirectPolicy.js.map
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
// EXTERNAL MODULE: external "node:process"
var external_node_process_ = __nccwpck_require__(1708);
;// CONCATENATED MODULE: ./node_modules/@azure/core-rest-pipeline/dist/esm/util/userAgentPlatform.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.


/**
 * @internal
 */
function getHeaderName() {
    return "User-Agent";
}
/**
 * @internal
 */
async function setPlatformSpecificData(map) {
    if (external_node_process_ && external_node_process_.versions) {
        const osInfo = `${external_node_os_.type()} ${external_node_os_.release()}; ${external_node_os_.arch()}`;
        if (external_node_process_.versions.bun) {
            map.set("Bun", `${external_node_process_.versions.bun} (${osInfo})`);
        }
        else if (external_node_process_.versions.deno) {
            map.set("Deno", `${external_node_process_.versions.deno} (${osInfo})`);
        }
        else if (external_node_process_.versions.node) {
            map.set("Node", `${external_node_process_.versions.node} (${osInfo})`);
        }
    }
}
//# sourceMappingURL=userAgentPlatform.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/core-rest-pipeline/dist/esm/constants.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.
const SDK_VERSION = "1.25.1";
const constants_DEFAULT_RETRY_POLICY_COUNT = 3;
//# sourceMappingURL=constants.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/core-rest-pipeline/dist/esm/util/userAgent.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.


function getUserAgentString(telemetryInfo) {
    const parts = [];
    for (const [key, value] of telemetryInfo) {
        const token = value ? `${key}/${value}` : key;
        parts.push(token);
    }
    return parts.join(" ");
}
/**
 * @internal
 */
function getUserAgentHeaderName() {
    return getHeaderName();
}
/**
 * @internal
 */
async function getUserAgentValue(prefix) {
    const runtimeInfo = new Map();
    runtimeInfo.set("core-rest-pipeline", SDK_VERSION);
    await setPlatformSpecificData(runtimeInfo);
    const defaultAgent = getUserAgentString(runtimeInfo);
    const userAgentValue = prefix ? `${prefix} ${defaultAgent}` : defaultAgent;
    return userAgentValue;
}
//# sourceMappingURL=userAgent.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/core-rest-pipeline/dist/esm/policies/userAgentPolicy.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

const UserAgentHeaderName = getUserAgentHeaderName();
/**
 * The programmatic identifier of the userAgentPolicy.
 */
const userAgentPolicyName = "userAgentPolicy";
/**
 * A policy that sets the User-Agent header (or equivalent) to reflect
 * the library version.
 * @param options - Options to customize the user agent value.
 */
function userAgentPolicy_userAgentPolicy(options = {}) {
    const userAgentValue = getUserAgentValue(options.userAgentPrefix);
    return {
        name: userAgentPolicyName,
        async sendRequest(request, next) {
            if (!request.headers.has(UserAgentHeaderName)) {
                request.headers.set(UserAgentHeaderName, await userAgentValue);
            }
            return next(request);
        },
    };
}
//# sourceMappingURL=userAgentPolicy.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/core-rest-pipeline/dist/esm/util/createFile.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

/**
 * Create an object that implements the File interface. This object is intended to be
 * passed into RequestBodyType.formData, and is not guaranteed to work as expected in
 * other situations.
 *
 * Use this function to create a File object for use in RequestBodyType.formData in environments
 * where the global File object is unavailable.
 *
 * @param content - the content of the file as a Uint8Array in memory.
 * @param name - the name of the file.
 * @param options - optional metadata about the file, e.g. file name, file size, MIME type.
 */
function createFile(content, name, options = {}) {
    return createRawFile(content, name, options);
}
//# sourceMappingURL=createFile.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/core-rest-pipeline/dist/esm/util/file.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.
function isNodeReadableStream(x) {
    return typeof x === "object" && x !== null && "pipe" in x && typeof x.pipe === "function";
}
const unimplementedMethods = {
    arrayBuffer: () => {
        throw new Error("Not implemented");
    },
    bytes: () => {
        throw new Error("Not implemented");
    },
    slice: () => {
        throw new Error("Not implemented");
    },
    text: () => {
        throw new Error("Not implemented");
    },
};
/**
 * Private symbol used as key on objects created using createFile containing the
 * original source of the file object.
 *
 * This is used in Node to access the original Node stream without using Blob#stream, which
 * returns a web stream. This is done to avoid a couple of bugs to do with Blob#stream and
 * Readable#to/fromWeb in Node versions we support:
 * - https://github.com/nodejs/node/issues/42694 (fixed in Node 18.14)
 * - https://github.com/nodejs/node/issues/48916 (fixed in Node 20.6)
 *
 * Once these versions are no longer supported, we may be able to stop doing this.
 *
 * @internal
 */
const rawContent = Symbol("rawContent");
/**
 * Type guard to check if a given object is a blob-like object with a raw content property.
 */
function hasRawContent(x) {
    return typeof x[rawContent] === "function";
}
/**
 * Extract the raw content from a given blob-like object. If the input was created using createFile
 * or createFileFromStream, the exact content passed into createFile/createFileFromStream will be used.
 * For true instances of Blob and File, returns the actual blob.
 *
 * @internal
 */
function getRawContent(blob) {
    if (hasRawContent(blob)) {
        return blob[rawContent]();
    }
    else {
        return blob;
    }
}
/**
 * @internal
 *
 * Creates a File-like object tagged with rawContent for efficient streaming access.
 * Used by the Node createFile to avoid Blob#stream() bugs.
 */
function file_createRawFile(content, name, options = {}) {
    return {
        ...unimplementedMethods,
        type: options.type ?? "",
        lastModified: options.lastModified ?? new Date().getTime(),
        webkitRelativePath: options.webkitRelativePath ?? "",
        size: content.byteLength,
        name,
        arrayBuffer: async () => toArrayBuffer(content).buffer,
        stream: () => new Blob([toArrayBuffer(content)]).stream(),
        [rawContent]: () => content,
    };
}
/**
 * Create an object that implements the File interface. This object is intended to be
 * passed into RequestBodyType.formData, and is not guaranteed to work as expected in
 * other situations.
 *
 * Use this function to:
 * - Create a File object for use in RequestBodyType.formData in environments where the
 *   global File object is unavailable.
 * - Create a File-like object from a readable stream without reading the stream into memory.
 *
 * @param stream - the content of the file as a callback returning a stream. When a File object made using createFile is
 *                  passed in a request's form data map, the stream will not be read into memory
 *                  and instead will be streamed when the request is made. In the event of a retry, the
 *                  stream needs to be read again, so this callback SHOULD return a fresh stream if possible.
 * @param name - the name of the file.
 * @param options - optional metadata about the file, e.g. file name, file size, MIME type.
 */
function createFileFromStream(stream, name, options = {}) {
    return {
        ...unimplementedMethods,
        type: options.type ?? "",
        lastModified: options.lastModified ?? new Date().getTime(),
        webkitRelativePath: options.webkitRelativePath ?? "",
        size: options.size ?? -1,
        name,
        stream: () => {
            const s = stream();
            if (isNodeReadableStream(s)) {
                throw new Error("Not supported: a Node stream was provided as input to createFileFromStream.");
            }
            return s;
        },
        [rawContent]: stream,
    };
}

function hasArrayBuffer(source) {
    return "resize" in source.buffer;
}
function toArrayBuffer(source) {
    if (hasArrayBuffer(source)) {
        // ArrayBuffer — return a copy if the view is a subarray of a larger buffer
        if (source.byteOffset !== 0 || source.byteLength !== source.buffer.byteLength) {
            return new Uint8Array(source);
        }
        return source;
    }
    // SharedArrayBuffer
    return source.map((x) => x);
}
//# sourceMappingURL=file.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/core-rest-pipeline/dist/esm/policies/multipartPolicy.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.


/**
 * Name of multipart policy
 */
const multipartPolicyName = multipartPolicy/* multipartPolicyName */.u;
/**
 * Pipeline policy for multipart requests
 */
function multipartPolicy_multipartPolicy() {
    const tspPolicy = (0,multipartPolicy/* multipartPolicy */.J)();
    return {
        name: multipartPolicyName,
        sendRequest: async (request, next) => {
            if (request.multipartBody) {
                for (const part of request.multipartBody.parts) {
                    if (hasRawContent(part.body)) {
                        part.body = getRawContent(part.body);
                    }
                }
            }
            return tspPolicy.sendRequest(request, next);
        },
    };
}
//# sourceMappingURL=multipartPolicy.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/core-rest-pipeline/dist/esm/policies/decompressResponsePolicy.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

/**
 * The programmatic identifier of the decompressResponsePolicy.
 */
const decompressResponsePolicyName = (/* unused pure expression or super */ null && (tspDecompressResponsePolicyName));
/**
 * A policy to enable response decompression according to Accept-Encoding header
 * https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/Accept-Encoding
 */
function decompressResponsePolicy_decompressResponsePolicy() {
    return (0,decompressResponsePolicy/* decompressResponsePolicy */.r)();
}
//# sourceMappingURL=decompressResponsePolicy.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/core-rest-pipeline/dist/esm/policies/defaultRetryPolicy.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

/**
 * Name of the {@link defaultRetryPolicy}
 */
const defaultRetryPolicyName = (/* unused pure expression or super */ null && (tspDefaultRetryPolicyName));
/**
 * A policy that retries according to three strategies:
 * - When the server sends a 429 response with a Retry-After header.
 * - When there are errors in the underlying transport layer (e.g. DNS lookup failures).
 * - Or otherwise if the outgoing request fails, it will retry with an exponentially increasing delay.
 */
function defaultRetryPolicy_defaultRetryPolicy(options = {}) {
    return (0,defaultRetryPolicy/* defaultRetryPolicy */.u)(options);
}
//# sourceMappingURL=defaultRetryPolicy.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/core-rest-pipeline/dist/esm/policies/formDataPolicy.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

/**
 * The programmatic identifier of the formDataPolicy.
 */
const formDataPolicyName = (/* unused pure expression or super */ null && (tspFormDataPolicyName));
/**
 * A policy that encodes FormData on the request into the body.
 */
function formDataPolicy_formDataPolicy() {
    return (0,formDataPolicy/* formDataPolicy */.j)();
}
//# sourceMappingURL=formDataPolicy.js.map
// EXTERNAL MODULE: ./node_modules/@azure/core-util/dist/esm/index.js + 4 modules
var core_util_dist_esm = __nccwpck_require__(9105);
;// CONCATENATED MODULE: ./node_modules/@azure/core-rest-pipeline/dist/esm/policies/proxyPolicy.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

/**
 * The programmatic identifier of the proxyPolicy.
 */
const proxyPolicyName = (/* unused pure expression or super */ null && (tspProxyPolicyName));
/**
 * This method converts a proxy url into `ProxySettings` for use with ProxyPolicy.
 * If no argument is given, it attempts to parse a proxy URL from the environment
 * variables `HTTPS_PROXY` or `HTTP_PROXY`.
 * @param proxyUrl - The url of the proxy to use. May contain authentication information.
 * @deprecated - Internally this method is no longer necessary when setting proxy information.
 */
function getDefaultProxySettings(proxyUrl) {
    return tspGetDefaultProxySettings(proxyUrl);
}
/**
 * A policy that allows one to apply proxy settings to all requests.
 * If not passed static settings, they will be retrieved from the HTTPS_PROXY
 * or HTTP_PROXY environment variables.
 * @param proxySettings - ProxySettings to use on each request.
 * @param options - additional settings, for example, custom NO_PROXY patterns
 */
function proxyPolicy_proxyPolicy(proxySettings, options) {
    return (0,proxyPolicy/* proxyPolicy */.Ll)(proxySettings, options);
}
//# sourceMappingURL=proxyPolicy.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/core-rest-pipeline/dist/esm/policies/setClientRequestIdPolicy.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.
/**
 * The programmatic identifier of the setClientRequestIdPolicy.
 */
const setClientRequestIdPolicyName = "setClientRequestIdPolicy";
/**
 * Each PipelineRequest gets a unique id upon creation.
 * This policy passes that unique id along via an HTTP header to enable better
 * telemetry and tracing.
 * @param requestIdHeaderName - The name of the header to pass the request ID to.
 */
function setClientRequestIdPolicy(requestIdHeaderName = "x-ms-client-request-id") {
    return {
        name: setClientRequestIdPolicyName,
        async sendRequest(request, next) {
            if (!request.headers.has(requestIdHeaderName)) {
                request.headers.set(requestIdHeaderName, request.requestId);
            }
            return next(request);
        },
    };
}
//# sourceMappingURL=setClientRequestIdPolicy.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/core-rest-pipeline/dist/esm/policies/agentPolicy.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

/**
 * Name of the Agent Policy
 */
const agentPolicyName = (/* unused pure expression or super */ null && (tspAgentPolicyName));
/**
 * Gets a pipeline policy that sets http.agent
 */
function agentPolicy_agentPolicy(agent) {
    return (0,agentPolicy/* agentPolicy */.e)(agent);
}
//# sourceMappingURL=agentPolicy.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/core-rest-pipeline/dist/esm/policies/tlsPolicy.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

/**
 * Name of the TLS Policy
 */
const tlsPolicyName = (/* unused pure expression or super */ null && (tspTlsPolicyName));
/**
 * Gets a pipeline policy that adds the client certificate to the HttpClient agent for authentication.
 */
function tlsPolicy_tlsPolicy(tlsSettings) {
    return (0,tlsPolicy/* tlsPolicy */.i)(tlsSettings);
}
//# sourceMappingURL=tlsPolicy.js.map
// EXTERNAL MODULE: ./node_modules/@azure/core-tracing/dist/esm/index.js + 4 modules
var core_tracing_dist_esm = __nccwpck_require__(5433);
;// CONCATENATED MODULE: ./node_modules/@azure/core-rest-pipeline/dist/esm/restError.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

/**
 * A custom error type for failed pipeline requests.
 */
// eslint-disable-next-line @typescript-eslint/no-redeclare
const RestError = esm/* RestError */.pj;
/**
 * Typeguard for RestError
 * @param e - Something caught by a catch clause.
 */
function isRestError(e) {
    return (0,esm/* isRestError */.T0)(e);
}
//# sourceMappingURL=restError.js.map
// EXTERNAL MODULE: ./node_modules/@typespec/ts-http-runtime/dist/esm/util/internal.js + 1 modules
var internal = __nccwpck_require__(1834);
;// CONCATENATED MODULE: ./node_modules/@azure/core-rest-pipeline/dist/esm/policies/tracingPolicy.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.







/**
 * The programmatic identifier of the tracingPolicy.
 */
const tracingPolicyName = "tracingPolicy";
/**
 * A simple policy to create OpenTelemetry Spans for each request made by the pipeline
 * that has SpanOptions with a parent.
 * Requests made without a parent Span will not be recorded.
 * @param options - Options to configure the telemetry logged by the tracing policy.
 */
function tracingPolicy(options = {}) {
    const userAgentPromise = getUserAgentValue(options.userAgentPrefix);
    const sanitizer = new internal/* Sanitizer */.If({
        additionalAllowedQueryParameters: options.additionalAllowedQueryParameters,
    });
    const tracingClient = tryCreateTracingClient();
    return {
        name: tracingPolicyName,
        async sendRequest(request, next) {
            if (!tracingClient) {
                return next(request);
            }
            const userAgent = await userAgentPromise;
            const spanAttributes = {
                "http.url": sanitizer.sanitizeUrl(request.url),
                "http.method": request.method,
                "http.user_agent": userAgent,
                requestId: request.requestId,
            };
            if (userAgent) {
                spanAttributes["http.user_agent"] = userAgent;
            }
            const { span, tracingContext } = tryCreateSpan(tracingClient, request, spanAttributes) ?? {};
            if (!span || !tracingContext) {
                return next(request);
            }
            try {
                const response = await tracingClient.withContext(tracingContext, next, request);
                tryProcessResponse(span, response);
                return response;
            }
            catch (err) {
                tryProcessError(span, err);
                throw err;
            }
        },
    };
}
function tryCreateTracingClient() {
    try {
        return (0,core_tracing_dist_esm/* createTracingClient */.y)({
            namespace: "",
            packageName: "@azure/core-rest-pipeline",
            packageVersion: SDK_VERSION,
        });
    }
    catch (e) {
        log_logger.warning(`Error when creating the TracingClient: ${(0,core_util_dist_esm/* getErrorMessage */.u1)(e)}`);
        return undefined;
    }
}
function tryCreateSpan(tracingClient, request, spanAttributes) {
    try {
        // As per spec, we do not need to differentiate between HTTP and HTTPS in span name.
        const { span, updatedOptions } = tracingClient.startSpan(`HTTP ${request.method}`, { tracingOptions: request.tracingOptions }, {
            spanKind: "client",
            spanAttributes,
        });
        // If the span is not recording, don't do any more work.
        if (!span.isRecording()) {
            span.end();
            return undefined;
        }
        // set headers
        const headers = tracingClient.createRequestHeaders(updatedOptions.tracingOptions.tracingContext);
        for (const [key, value] of Object.entries(headers)) {
            request.headers.set(key, value);
        }
        return { span, tracingContext: updatedOptions.tracingOptions.tracingContext };
    }
    catch (e) {
        log_logger.warning(`Skipping creating a tracing span due to an error: ${(0,core_util_dist_esm/* getErrorMessage */.u1)(e)}`);
        return undefined;
    }
}
function tryProcessError(span, error) {
    try {
        span.setStatus({
            status: "error",
            error: (0,core_util_dist_esm/* isError */.bJ)(error) ? error : undefined,
        });
        if (isRestError(error) && error.statusCode) {
            span.setAttribute("http.status_code", error.statusCode);
        }
        span.end();
    }
    catch (e) {
        log_logger.warning(`Skipping tracing span processing due to an error: ${(0,core_util_dist_esm/* getErrorMessage */.u1)(e)}`);
    }
}
function tryProcessResponse(span, response) {
    try {
        span.setAttribute("http.status_code", response.status);
        const serviceRequestId = response.headers.get("x-ms-request-id");
        if (serviceRequestId) {
            span.setAttribute("serviceRequestId", serviceRequestId);
        }
        // Per semantic conventions, only set the status to error if the status code is 4xx or 5xx.
        // Otherwise, the status MUST remain unset.
        // https://opentelemetry.io/docs/specs/semconv/http/http-spans/#status
        if (response.status >= 400) {
            span.setStatus({
                status: "error",
            });
        }
        span.end();
    }
    catch (e) {
        log_logger.warning(`Skipping tracing span processing due to an error: ${(0,core_util_dist_esm/* getErrorMessage */.u1)(e)}`);
    }
}
//# sourceMappingURL=tracingPolicy.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/core-rest-pipeline/dist/esm/util/wrapAbortSignal.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.
/**
 * Creates a native AbortSignal which reflects the state of the provided AbortSignalLike.
 * If the AbortSignalLike is already a native AbortSignal, it is returned as is.
 * @param abortSignalLike - The AbortSignalLike to wrap.
 * @returns - An object containing the native AbortSignal and an optional cleanup function. The cleanup function should be called when the AbortSignal is no longer needed.
 */
function wrapAbortSignalLike(abortSignalLike) {
    if (abortSignalLike instanceof AbortSignal) {
        return { abortSignal: abortSignalLike };
    }
    if (abortSignalLike.aborted) {
        return {
            abortSignal: AbortSignal.abort("reason" in abortSignalLike ? abortSignalLike.reason : undefined),
        };
    }
    const controller = new AbortController();
    let needsCleanup = true;
    function cleanup() {
        if (needsCleanup) {
            abortSignalLike.removeEventListener("abort", listener);
            needsCleanup = false;
        }
    }
    function listener() {
        controller.abort("reason" in abortSignalLike ? abortSignalLike.reason : undefined);
        cleanup();
    }
    abortSignalLike.addEventListener("abort", listener);
    return { abortSignal: controller.signal, cleanup };
}
//# sourceMappingURL=wrapAbortSignal.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/core-rest-pipeline/dist/esm/util/cleanupOnCompletion.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.


/**
 * Runs the cleanup callback associated with the response and its request once they are complete.
 */
function cleanupOnRequestResponseCompletion(response, cleanup) {
    const stream = response?.readableStreamBody;
    const requestCompletion = response ? (0,internal/* getRequestCompletion */.CX)(response) : undefined;
    const browserResponseCompletion = response ? (0,internal/* getResponseBodyCompletion */.cK)(response) : undefined;
    let requestDone = requestCompletion === undefined;
    let nodeResponseDone = !stream || !stream.readable;
    let browserResponseDone = browserResponseCompletion === undefined;
    let cleanedUp = false;
    const cleanupIfComplete = () => {
        if (cleanedUp || !requestDone || !nodeResponseDone || !browserResponseDone) {
            return;
        }
        cleanedUp = true;
        cleanup();
    };
    const onResponseComplete = () => {
        stream?.removeListener("end", onResponseComplete);
        stream?.removeListener("close", onResponseComplete);
        stream?.removeListener("error", onResponseComplete);
        nodeResponseDone = true;
        try {
            cleanupIfComplete();
        }
        catch (error) {
            log_logger.warning("Error cleaning up after response stream completion", error);
        }
    };
    if (!nodeResponseDone && stream) {
        stream.once("end", onResponseComplete);
        stream.once("close", onResponseComplete);
        stream.once("error", onResponseComplete);
    }
    if (requestCompletion) {
        requestCompletion
            .then(() => {
            requestDone = true;
            return cleanupIfComplete();
        })
            .catch((error) => {
            log_logger.warning("Error cleaning up after request completion", error);
        });
    }
    if (browserResponseCompletion) {
        browserResponseCompletion
            .then(() => {
            browserResponseDone = true;
            return cleanupIfComplete();
        })
            .catch((error) => {
            log_logger.warning("Error cleaning up after response body completion", error);
        });
    }
    cleanupIfComplete();
}
//# sourceMappingURL=cleanupOnCompletion.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/core-rest-pipeline/dist/esm/policies/wrapAbortSignalLikePolicy.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.


const wrapAbortSignalLikePolicyName = "wrapAbortSignalLikePolicy";
/**
 * Policy that ensure that any AbortSignalLike is wrapped in a native AbortSignal for processing by the pipeline.
 * Since the ts-http-runtime expects a native AbortSignal, this policy is used to ensure that any AbortSignalLike is wrapped in a native AbortSignal.
 *
 * @returns - created policy
 */
function wrapAbortSignalLikePolicy() {
    return {
        name: wrapAbortSignalLikePolicyName,
        sendRequest: async (request, next) => {
            if (!request.abortSignal) {
                return next(request);
            }
            const originalAbortSignal = request.abortSignal;
            const { abortSignal, cleanup } = wrapAbortSignalLike(originalAbortSignal);
            request.abortSignal = abortSignal;
            let response;
            try {
                response = await next(request);
                return response;
            }
            finally {
                request.abortSignal = originalAbortSignal;
                if (cleanup) {
                    cleanupOnRequestResponseCompletion(response, cleanup);
                }
            }
        },
    };
}
//# sourceMappingURL=wrapAbortSignalLikePolicy.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/core-rest-pipeline/dist/esm/createPipelineFromOptions.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.















/**
 * Create a new pipeline with a default set of customizable policies.
 * @param options - Options to configure a custom pipeline.
 */
function createPipelineFromOptions(options) {
    const pipeline = createEmptyPipeline();
    if (core_util_dist_esm/* isNodeLike */.qx) {
        if (options.agent) {
            pipeline.addPolicy(agentPolicy_agentPolicy(options.agent));
        }
        if (options.tlsOptions) {
            pipeline.addPolicy(tlsPolicy_tlsPolicy(options.tlsOptions));
        }
        pipeline.addPolicy(proxyPolicy_proxyPolicy(options.proxyOptions));
        pipeline.addPolicy(decompressResponsePolicy_decompressResponsePolicy());
    }
    pipeline.addPolicy(wrapAbortSignalLikePolicy());
    pipeline.addPolicy(formDataPolicy_formDataPolicy(), { beforePolicies: [multipartPolicyName] });
    pipeline.addPolicy(userAgentPolicy_userAgentPolicy(options.userAgentOptions));
    pipeline.addPolicy(setClientRequestIdPolicy(options.telemetryOptions?.clientRequestIdHeaderName));
    // The multipart policy is added after policies with no phase, so that
    // policies can be added between it and formDataPolicy to modify
    // properties (e.g., making the boundary constant in recorded tests).
    pipeline.addPolicy(multipartPolicy_multipartPolicy(), { afterPhase: "Deserialize" });
    pipeline.addPolicy(defaultRetryPolicy_defaultRetryPolicy(options.retryOptions), { phase: "Retry" });
    pipeline.addPolicy(tracingPolicy({ ...options.userAgentOptions, ...options.loggingOptions }), {
        afterPhase: "Retry",
    });
    if (core_util_dist_esm/* isNodeLike */.qx) {
        // Both XHR and Fetch expect to handle redirects automatically,
        // so only include this policy when we're in Node.
        pipeline.addPolicy(redirectPolicy_redirectPolicy(options.redirectOptions), { afterPhase: "Retry" });
    }
    pipeline.addPolicy(logPolicy_logPolicy(options.loggingOptions), { afterPhase: "Sign" });
    return pipeline;
}
//# sourceMappingURL=createPipelineFromOptions.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/core-rest-pipeline/dist/esm/defaultHttpClient.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.



/**
 * Create the correct HttpClient for the current environment.
 */
function createDefaultHttpClient() {
    const client = (0,esm/* createDefaultHttpClient */.fl)();
    return {
        async sendRequest(request) {
            // we wrap any AbortSignalLike here since the TypeSpec runtime expects a native AbortSignal.
            // 99% of the time, this should be a no-op since a native AbortSignal is passed in.
            const originalAbortSignal = request.abortSignal;
            const { abortSignal, cleanup } = originalAbortSignal
                ? wrapAbortSignalLike(originalAbortSignal)
                : {};
            let response;
            try {
                request.abortSignal = abortSignal;
                response = await client.sendRequest(request);
                return response;
            }
            finally {
                request.abortSignal = originalAbortSignal;
                if (cleanup) {
                    cleanupOnRequestResponseCompletion(response, cleanup);
                }
            }
        },
    };
}
//# sourceMappingURL=defaultHttpClient.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/core-rest-pipeline/dist/esm/httpHeaders.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

/**
 * Creates an object that satisfies the `HttpHeaders` interface.
 * @param rawHeaders - A simple object representing initial headers
 */
function createHttpHeaders(rawHeaders) {
    return (0,esm/* createHttpHeaders */.Nc)(rawHeaders);
}
//# sourceMappingURL=httpHeaders.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/core-rest-pipeline/dist/esm/pipelineRequest.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

/**
 * Creates a new pipeline request with the given options.
 * This method is to allow for the easy setting of default values and not required.
 * @param options - The options to create the request with.
 */
function createPipelineRequest(options) {
    // Cast required due to difference between ts-http-runtime requiring AbortSignal while core-rest-pipeline allows
    // the more generic AbortSignalLike. The wrapAbortSignalLike pipeline policy will take care of ensuring that any AbortSignalLike in the request
    // is converted into a true AbortSignal.
    return (0,esm/* createPipelineRequest */.G6)(options);
}
//# sourceMappingURL=pipelineRequest.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/core-rest-pipeline/dist/esm/policies/exponentialRetryPolicy.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

/**
 * The programmatic identifier of the exponentialRetryPolicy.
 */
const exponentialRetryPolicy_exponentialRetryPolicyName = (/* unused pure expression or super */ null && (tspExponentialRetryPolicyName));
/**
 * A policy that attempts to retry requests while introducing an exponentially increasing delay.
 * @param options - Options that configure retry logic.
 */
function exponentialRetryPolicy_exponentialRetryPolicy(options = {}) {
    return tspExponentialRetryPolicy(options);
}
//# sourceMappingURL=exponentialRetryPolicy.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/core-rest-pipeline/dist/esm/policies/systemErrorRetryPolicy.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

/**
 * Name of the {@link systemErrorRetryPolicy}
 */
const systemErrorRetryPolicy_systemErrorRetryPolicyName = (/* unused pure expression or super */ null && (tspSystemErrorRetryPolicyName));
/**
 * A retry policy that specifically seeks to handle errors in the
 * underlying transport layer (e.g. DNS lookup failures) rather than
 * retryable error codes from the server itself.
 * @param options - Options that customize the policy.
 */
function systemErrorRetryPolicy_systemErrorRetryPolicy(options = {}) {
    return tspSystemErrorRetryPolicy(options);
}
//# sourceMappingURL=systemErrorRetryPolicy.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/core-rest-pipeline/dist/esm/policies/throttlingRetryPolicy.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

/**
 * Name of the {@link throttlingRetryPolicy}
 */
const throttlingRetryPolicy_throttlingRetryPolicyName = (/* unused pure expression or super */ null && (tspThrottlingRetryPolicyName));
/**
 * A policy that retries when the server sends a 429 response with a Retry-After header.
 *
 * To learn more, please refer to
 * https://learn.microsoft.com/azure/azure-resource-manager/resource-manager-request-limits,
 * https://learn.microsoft.com/azure/azure-subscription-service-limits and
 * https://learn.microsoft.com/azure/virtual-machines/troubleshooting/troubleshooting-throttling-errors
 *
 * @param options - Options that configure retry logic.
 */
function throttlingRetryPolicy_throttlingRetryPolicy(options = {}) {
    return tspThrottlingRetryPolicy(options);
}
//# sourceMappingURL=throttlingRetryPolicy.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/core-rest-pipeline/dist/esm/policies/retryPolicy.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.



const retryPolicyLogger = (0,dist_esm/* createClientLogger */.KV)("core-rest-pipeline retryPolicy");
/**
 * retryPolicy is a generic policy to enable retrying requests when certain conditions are met
 */
function retryPolicy_retryPolicy(strategies, options = { maxRetries: constants_DEFAULT_RETRY_POLICY_COUNT }) {
    // Cast is required since the TSP runtime retry strategy type is slightly different
    // very deep down (using real AbortSignal vs. AbortSignalLike in RestError).
    // In practice the difference doesn't actually matter.
    return (0,policies_retryPolicy/* retryPolicy */.J)(strategies, {
        logger: retryPolicyLogger,
        ...options,
    });
}
//# sourceMappingURL=retryPolicy.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/core-rest-pipeline/dist/esm/util/tokenCycler.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

// Default options for the cycler if none are provided
const DEFAULT_CYCLER_OPTIONS = {
    forcedRefreshWindowInMs: 1000, // Force waiting for a refresh 1s before the token expires
    retryIntervalInMs: 3000, // Allow refresh attempts every 3s
    refreshWindowInMs: 1000 * 60 * 2, // Start refreshing 2m before expiry
};
/**
 * Converts an an unreliable access token getter (which may resolve with null)
 * into an AccessTokenGetter by retrying the unreliable getter in a regular
 * interval.
 *
 * @param getAccessToken - A function that produces a promise of an access token that may fail by returning null.
 * @param retryIntervalInMs - The time (in milliseconds) to wait between retry attempts.
 * @param refreshTimeout - The timestamp after which the refresh attempt will fail, throwing an exception.
 * @returns - A promise that, if it resolves, will resolve with an access token.
 */
async function beginRefresh(getAccessToken, retryIntervalInMs, refreshTimeout) {
    // This wrapper handles exceptions gracefully as long as we haven't exceeded
    // the timeout.
    async function tryGetAccessToken() {
        if (Date.now() < refreshTimeout) {
            try {
                return await getAccessToken();
            }
            catch {
                return null;
            }
        }
        else {
            const finalToken = await getAccessToken();
            // Timeout is up, so throw if it's still null
            if (finalToken === null) {
                throw new Error("Failed to refresh access token.");
            }
            return finalToken;
        }
    }
    let token = await tryGetAccessToken();
    while (token === null) {
        await (0,core_util_dist_esm/* delay */.cb)(retryIntervalInMs);
        token = await tryGetAccessToken();
    }
    return token;
}
/**
 * Creates a token cycler from a credential, scopes, and optional settings.
 *
 * A token cycler represents a way to reliably retrieve a valid access token
 * from a TokenCredential. It will handle initializing the token, refreshing it
 * when it nears expiration, and synchronizes refresh attempts to avoid
 * concurrency hazards.
 *
 * @param credential - the underlying TokenCredential that provides the access
 * token
 * @param tokenCyclerOptions - optionally override default settings for the cycler
 *
 * @returns - a function that reliably produces a valid access token
 */
function tokenCycler_createTokenCycler(credential, tokenCyclerOptions) {
    let refreshWorker = null;
    let token = null;
    let tenantId;
    const options = {
        ...DEFAULT_CYCLER_OPTIONS,
        ...tokenCyclerOptions,
    };
    /**
     * This little holder defines several predicates that we use to construct
     * the rules of refreshing the token.
     */
    const cycler = {
        /**
         * Produces true if a refresh job is currently in progress.
         */
        get isRefreshing() {
            return refreshWorker !== null;
        },
        /**
         * Produces true if the cycler SHOULD refresh (we are within the refresh
         * window and not already refreshing)
         */
        get shouldRefresh() {
            if (token === null) {
                return true;
            }
            if (cycler.isRefreshing) {
                return false;
            }
            if (token.refreshAfterTimestamp && token.refreshAfterTimestamp < Date.now()) {
                return true;
            }
            return token.expiresOnTimestamp - options.refreshWindowInMs < Date.now();
        },
        /**
         * Produces true if the cycler MUST refresh (null or nearly-expired
         * token).
         */
        get mustRefresh() {
            return (token === null || token.expiresOnTimestamp - options.forcedRefreshWindowInMs < Date.now());
        },
    };
    /**
     * Starts a refresh job or returns the existing job if one is already
     * running.
     */
    function refresh(scopes, getTokenOptions) {
        if (!cycler.isRefreshing) {
            // We bind `scopes` here to avoid passing it around a lot
            const tryGetAccessToken = () => credential.getToken(scopes, getTokenOptions);
            // Take advantage of promise chaining to insert an assignment to `token`
            // before the refresh can be considered done.
            refreshWorker = beginRefresh(tryGetAccessToken, options.retryIntervalInMs, 
            // If we don't have a token, then we should timeout immediately
            token?.expiresOnTimestamp ?? Date.now())
                .then((_token) => {
                refreshWorker = null;
                token = _token;
                tenantId = getTokenOptions.tenantId;
                return token;
            })
                .catch((reason) => {
                // We also should reset the refresher if we enter a failed state.  All
                // existing awaiters will throw, but subsequent requests will start a
                // new retry chain.
                refreshWorker = null;
                token = null;
                tenantId = undefined;
                throw reason;
            });
        }
        return refreshWorker;
    }
    return async (scopes, tokenOptions) => {
        //
        // Simple rules:
        // - If we MUST refresh, then return the refresh task, blocking
        //   the pipeline until a token is available.
        // - If we SHOULD refresh, then run refresh but don't return it
        //   (we can still use the cached token).
        // - Return the token, since it's fine if we didn't return in
        //   step 1.
        //
        const hasClaimChallenge = Boolean(tokenOptions.claims);
        const tenantIdChanged = tenantId !== tokenOptions.tenantId;
        if (hasClaimChallenge) {
            // If we've received a claim, we know the existing token isn't valid
            // We want to clear it so that that refresh worker won't use the old expiration time as a timeout
            token = null;
        }
        // If the tenantId passed in token options is different to the one we have
        // Or if we are in claim challenge and the token was rejected and a new access token need to be issued, we need to
        // refresh the token with the new tenantId or token.
        const mustRefresh = tenantIdChanged || hasClaimChallenge || cycler.mustRefresh;
        if (mustRefresh) {
            return refresh(scopes, tokenOptions);
        }
        if (cycler.shouldRefresh) {
            refresh(scopes, tokenOptions);
        }
        return token;
    };
}
//# sourceMappingURL=tokenCycler.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/core-rest-pipeline/dist/esm/policies/bearerTokenAuthenticationPolicy.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.




/**
 * The programmatic identifier of the bearerTokenAuthenticationPolicy.
 */
const bearerTokenAuthenticationPolicyName = "bearerTokenAuthenticationPolicy";
/**
 * Try to send the given request.
 *
 * When a response is received, returns a tuple of the response received and, if the response was received
 * inside a thrown RestError, the RestError that was thrown.
 *
 * Otherwise, if an error was thrown while sending the request that did not provide an underlying response, it
 * will be rethrown.
 */
async function trySendRequest(request, next) {
    try {
        return [await next(request), undefined];
    }
    catch (e) {
        if (isRestError(e) && e.response) {
            return [e.response, e];
        }
        else {
            throw e;
        }
    }
}
/**
 * Default authorize request handler
 */
async function defaultAuthorizeRequest(options) {
    const { scopes, getAccessToken, request } = options;
    // Enable CAE true by default
    const getTokenOptions = {
        abortSignal: request.abortSignal,
        tracingOptions: request.tracingOptions,
        enableCae: true,
    };
    const accessToken = await getAccessToken(scopes, getTokenOptions);
    if (accessToken) {
        options.request.headers.set("Authorization", `Bearer ${accessToken.token}`);
    }
}
/**
 * We will retrieve the challenge only if the response status code was 401,
 * and if the response contained the header "WWW-Authenticate" with a non-empty value.
 */
function isChallengeResponse(response) {
    return response.status === 401 && response.headers.has("WWW-Authenticate");
}
/**
 * Re-authorize the request for CAE challenge.
 * The response containing the challenge is `options.response`.
 * If this method returns true, the underlying request will be sent once again.
 */
async function authorizeRequestOnCaeChallenge(onChallengeOptions, caeClaims) {
    const { scopes } = onChallengeOptions;
    const accessToken = await onChallengeOptions.getAccessToken(scopes, {
        enableCae: true,
        claims: caeClaims,
    });
    if (!accessToken) {
        return false;
    }
    onChallengeOptions.request.headers.set("Authorization", `${accessToken.tokenType ?? "Bearer"} ${accessToken.token}`);
    return true;
}
/**
 * A policy that can request a token from a TokenCredential implementation and
 * then apply it to the Authorization header of a request as a Bearer token.
 */
function bearerTokenAuthenticationPolicy(options) {
    const { credential, scopes, challengeCallbacks } = options;
    const logger = options.logger || log_logger;
    const callbacks = {
        authorizeRequest: challengeCallbacks?.authorizeRequest?.bind(challengeCallbacks) ?? defaultAuthorizeRequest,
        authorizeRequestOnChallenge: challengeCallbacks?.authorizeRequestOnChallenge?.bind(challengeCallbacks),
    };
    // This function encapsulates the entire process of reliably retrieving the token
    // The options are left out of the public API until there's demand to configure this.
    // Remember to extend `BearerTokenAuthenticationPolicyOptions` with `TokenCyclerOptions`
    // in order to pass through the `options` object.
    const getAccessToken = credential
        ? tokenCycler_createTokenCycler(credential /* , options */)
        : () => Promise.resolve(null);
    return {
        name: bearerTokenAuthenticationPolicyName,
        /**
         * If there's no challenge parameter:
         * - It will try to retrieve the token using the cache, or the credential's getToken.
         * - Then it will try the next policy with or without the retrieved token.
         *
         * It uses the challenge parameters to:
         * - Skip a first attempt to get the token from the credential if there's no cached token,
         *   since it expects the token to be retrievable only after the challenge.
         * - Prepare the outgoing request if the `prepareRequest` method has been provided.
         * - Send an initial request to receive the challenge if it fails.
         * - Process a challenge if the response contains it.
         * - Retrieve a token with the challenge information, then re-send the request.
         */
        async sendRequest(request, next) {
            if (!request.url.toLowerCase().startsWith("https://")) {
                throw new Error("Bearer token authentication is not permitted for non-TLS protected (non-https) URLs.");
            }
            await callbacks.authorizeRequest({
                scopes: Array.isArray(scopes) ? scopes : [scopes],
                request,
                getAccessToken,
                logger,
            });
            let response;
            let error;
            let shouldSendRequest;
            [response, error] = await trySendRequest(request, next);
            if (isChallengeResponse(response)) {
                let claims = getCaeChallengeClaims(response.headers.get("WWW-Authenticate"));
                // Handle CAE by default when receive CAE claim
                if (claims) {
                    let parsedClaim;
                    // Return the response immediately if claims is not a valid base64 encoded string
                    try {
                        parsedClaim = atob(claims);
                    }
                    catch (e) {
                        logger.warning(`The WWW-Authenticate header contains "claims" that cannot be parsed. Unable to perform the Continuous Access Evaluation authentication flow. Unparsable claims: ${claims}`);
                        return response;
                    }
                    shouldSendRequest = await authorizeRequestOnCaeChallenge({
                        scopes: Array.isArray(scopes) ? scopes : [scopes],
                        response,
                        request,
                        getAccessToken,
                        logger,
                    }, parsedClaim);
                    // Send updated request and handle response for RestError
                    if (shouldSendRequest) {
                        await (0,internal/* disposeResponseBody */.VA)(response);
                        [response, error] = await trySendRequest(request, next);
                    }
                }
                else if (callbacks.authorizeRequestOnChallenge) {
                    // Handle custom challenges when client provides custom callback
                    shouldSendRequest = await callbacks.authorizeRequestOnChallenge({
                        scopes: Array.isArray(scopes) ? scopes : [scopes],
                        request,
                        response,
                        getAccessToken,
                        logger,
                    });
                    // Send updated request and handle response for RestError
                    if (shouldSendRequest) {
                        await (0,internal/* disposeResponseBody */.VA)(response);
                        [response, error] = await trySendRequest(request, next);
                    }
                    // If we get another CAE Claim, we will handle it by default and return whatever value we receive for this
                    if (isChallengeResponse(response)) {
                        claims = getCaeChallengeClaims(response.headers.get("WWW-Authenticate") ?? "");
                        if (claims) {
                            let parsedClaim;
                            try {
                                parsedClaim = atob(claims);
                            }
                            catch (e) {
                                logger.warning(`The WWW-Authenticate header contains "claims" that cannot be parsed. Unable to perform the Continuous Access Evaluation authentication flow. Unparsable claims: ${claims}`);
                                return response;
                            }
                            shouldSendRequest = await authorizeRequestOnCaeChallenge({
                                scopes: Array.isArray(scopes) ? scopes : [scopes],
                                response,
                                request,
                                getAccessToken,
                                logger,
                            }, parsedClaim);
                            // Send updated request and handle response for RestError
                            if (shouldSendRequest) {
                                await (0,internal/* disposeResponseBody */.VA)(response);
                                [response, error] = await trySendRequest(request, next);
                            }
                        }
                    }
                }
            }
            if (error) {
                throw error;
            }
            else {
                return response;
            }
        },
    };
}
/**
 * Converts: `Bearer a="b", c="d", Pop e="f", g="h"`.
 * Into: `[ { scheme: 'Bearer', params: { a: 'b', c: 'd' } }, { scheme: 'Pop', params: { e: 'f', g: 'h' } } ]`.
 *
 * @internal
 */
function parseChallenges(challenges) {
    // Challenge regex seperates the string to individual challenges with different schemes in the format `Scheme a="b", c=d`
    // The challenge regex captures parameteres with either quotes values or unquoted values
    const challengeRegex = /(\w+)\s+((?:\w+=(?:"[^"]*"|[^,]*),?\s*)+)/g;
    // Parameter regex captures the claims group removed from the scheme in the format `a="b"` and `c="d"`
    // CAE challenge always have quoted parameters. For more reference, https://learn.microsoft.com/entra/identity-platform/claims-challenge
    const paramRegex = /(\w+)="([^"]*)"/g;
    const parsedChallenges = [];
    let match;
    // Iterate over each challenge match
    while ((match = challengeRegex.exec(challenges)) !== null) {
        const scheme = match[1];
        const paramsString = match[2];
        const params = {};
        let paramMatch;
        // Iterate over each parameter match
        while ((paramMatch = paramRegex.exec(paramsString)) !== null) {
            params[paramMatch[1]] = paramMatch[2];
        }
        parsedChallenges.push({ scheme, params });
    }
    return parsedChallenges;
}
/**
 * Parse a pipeline response and look for a CAE challenge with "Bearer" scheme
 * Return the value in the header without parsing the challenge
 * @internal
 */
function getCaeChallengeClaims(challenges) {
    if (!challenges) {
        return;
    }
    // Find all challenges present in the header
    const parsedChallenges = parseChallenges(challenges);
    return parsedChallenges.find((x) => x.scheme === "Bearer" && x.params.claims && x.params.error === "insufficient_claims")?.params.claims;
}
//# sourceMappingURL=bearerTokenAuthenticationPolicy.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/core-rest-pipeline/dist/esm/policies/auxiliaryAuthenticationHeaderPolicy.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.


/**
 * The programmatic identifier of the auxiliaryAuthenticationHeaderPolicy.
 */
const auxiliaryAuthenticationHeaderPolicyName = "auxiliaryAuthenticationHeaderPolicy";
const AUTHORIZATION_AUXILIARY_HEADER = "x-ms-authorization-auxiliary";
async function sendAuthorizeRequest(options) {
    const { scopes, getAccessToken, request } = options;
    const getTokenOptions = {
        abortSignal: request.abortSignal,
        tracingOptions: request.tracingOptions,
    };
    return (await getAccessToken(scopes, getTokenOptions))?.token ?? "";
}
/**
 * A policy for external tokens to `x-ms-authorization-auxiliary` header.
 * This header will be used when creating a cross-tenant application we may need to handle authentication requests
 * for resources that are in different tenants.
 * You could see [ARM docs](https://learn.microsoft.com/azure/azure-resource-manager/management/authenticate-multi-tenant) for a rundown of how this feature works
 */
function auxiliaryAuthenticationHeaderPolicy(options) {
    const { credentials, scopes } = options;
    const logger = options.logger || coreLogger;
    const tokenCyclerMap = new WeakMap();
    return {
        name: auxiliaryAuthenticationHeaderPolicyName,
        async sendRequest(request, next) {
            if (!request.url.toLowerCase().startsWith("https://")) {
                throw new Error("Bearer token authentication for auxiliary header is not permitted for non-TLS protected (non-https) URLs.");
            }
            if (!credentials || credentials.length === 0) {
                logger.info(`${auxiliaryAuthenticationHeaderPolicyName} header will not be set due to empty credentials.`);
                return next(request);
            }
            const tokenPromises = [];
            for (const credential of credentials) {
                let getAccessToken = tokenCyclerMap.get(credential);
                if (!getAccessToken) {
                    getAccessToken = createTokenCycler(credential);
                    tokenCyclerMap.set(credential, getAccessToken);
                }
                tokenPromises.push(sendAuthorizeRequest({
                    scopes: Array.isArray(scopes) ? scopes : [scopes],
                    request,
                    getAccessToken,
                    logger,
                }));
            }
            const auxiliaryTokens = (await Promise.all(tokenPromises)).filter((token) => Boolean(token));
            if (auxiliaryTokens.length === 0) {
                logger.warning(`None of the auxiliary tokens are valid. ${AUTHORIZATION_AUXILIARY_HEADER} header will not be set.`);
                return next(request);
            }
            request.headers.set(AUTHORIZATION_AUXILIARY_HEADER, auxiliaryTokens.map((token) => `Bearer ${token}`).join(", "));
            return next(request);
        },
    };
}
//# sourceMappingURL=auxiliaryAuthenticationHeaderPolicy.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/core-rest-pipeline/dist/esm/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.


























//# sourceMappingURL=index.js.map

/***/ }),

/***/ 5433:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  y: () => (/* reexport */ createTracingClient)
});

// UNUSED EXPORTS: useInstrumenter

;// CONCATENATED MODULE: ./node_modules/@azure/core-tracing/dist/esm/tracingContext.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.
/** @internal */
const knownContextKeys = {
    span: Symbol.for("@azure/core-tracing span"),
    namespace: Symbol.for("@azure/core-tracing namespace"),
};
/**
 * Creates a new {@link TracingContext} with the given options.
 * @param options - A set of known keys that may be set on the context.
 * @returns A new {@link TracingContext} with the given options.
 *
 * @internal
 */
function createTracingContext(options = {}) {
    let context = new TracingContextImpl(options.parentContext);
    if (options.span) {
        context = context.setValue(knownContextKeys.span, options.span);
    }
    if (options.namespace) {
        context = context.setValue(knownContextKeys.namespace, options.namespace);
    }
    return context;
}
/** @internal */
class TracingContextImpl {
    _contextMap;
    constructor(initialContext) {
        this._contextMap =
            initialContext instanceof TracingContextImpl
                ? new Map(initialContext._contextMap)
                : new Map();
    }
    setValue(key, value) {
        const newContext = new TracingContextImpl(this);
        newContext._contextMap.set(key, value);
        return newContext;
    }
    getValue(key) {
        return this._contextMap.get(key);
    }
    deleteValue(key) {
        const newContext = new TracingContextImpl(this);
        newContext._contextMap.delete(key);
        return newContext;
    }
}
//# sourceMappingURL=tracingContext.js.map
// EXTERNAL MODULE: ./node_modules/@azure/core-tracing/dist/commonjs/state-cjs.js
var state_cjs = __nccwpck_require__(9437);
;// CONCATENATED MODULE: ./node_modules/@azure/core-tracing/dist/esm/state.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.
// @ts-expect-error The recommended approach to sharing module state between ESM and CJS.
// See https://github.com/isaacs/tshy/blob/main/README.md#module-local-state for additional information.

/**
 * Defines the shared state between CJS and ESM by re-exporting the CJS state.
 */
const state_state = state_cjs/* state */.w;
//# sourceMappingURL=state.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/core-tracing/dist/esm/instrumenter.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.


function createDefaultTracingSpan() {
    return {
        end: () => {
            // noop
        },
        isRecording: () => false,
        recordException: () => {
            // noop
        },
        setAttribute: () => {
            // noop
        },
        setStatus: () => {
            // noop
        },
        addEvent: () => {
            // noop
        },
    };
}
function createDefaultInstrumenter() {
    return {
        createRequestHeaders: () => {
            return {};
        },
        parseTraceparentHeader: () => {
            return undefined;
        },
        startSpan: (_name, spanOptions) => {
            return {
                span: createDefaultTracingSpan(),
                tracingContext: createTracingContext({ parentContext: spanOptions.tracingContext }),
            };
        },
        withContext(_context, callback, ...callbackArgs) {
            return callback(...callbackArgs);
        },
    };
}
/**
 * Extends the Azure SDK with support for a given instrumenter implementation.
 *
 * @param instrumenter - The instrumenter implementation to use.
 */
function useInstrumenter(instrumenter) {
    state.instrumenterImplementation = instrumenter;
}
/**
 * Gets the currently set instrumenter, a No-Op instrumenter by default.
 *
 * @returns The currently set instrumenter
 */
function getInstrumenter() {
    if (!state_state.instrumenterImplementation) {
        state_state.instrumenterImplementation = createDefaultInstrumenter();
    }
    return state_state.instrumenterImplementation;
}
//# sourceMappingURL=instrumenter.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/core-tracing/dist/esm/tracingClient.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.


/**
 * Creates a new tracing client.
 *
 * @param options - Options used to configure the tracing client.
 * @returns - An instance of {@link TracingClient}.
 */
function createTracingClient(options) {
    const { namespace, packageName, packageVersion } = options;
    function startSpan(name, operationOptions, spanOptions) {
        const startSpanResult = getInstrumenter().startSpan(name, {
            ...spanOptions,
            packageName,
            packageVersion,
            tracingContext: operationOptions?.tracingOptions?.tracingContext,
        });
        let tracingContext = startSpanResult.tracingContext;
        const span = startSpanResult.span;
        if (!tracingContext.getValue(knownContextKeys.namespace)) {
            tracingContext = tracingContext.setValue(knownContextKeys.namespace, namespace);
        }
        span.setAttribute("az.namespace", tracingContext.getValue(knownContextKeys.namespace));
        const updatedOptions = Object.assign({}, operationOptions, {
            tracingOptions: { ...operationOptions?.tracingOptions, tracingContext },
        });
        return {
            span,
            updatedOptions,
        };
    }
    async function withSpan(name, operationOptions, callback, spanOptions) {
        const { span, updatedOptions } = startSpan(name, operationOptions, spanOptions);
        try {
            const result = await withContext(updatedOptions.tracingOptions.tracingContext, () => callback(updatedOptions, span));
            span.setStatus({ status: "success" });
            return result;
        }
        catch (err) {
            span.setStatus({ status: "error", error: err });
            throw err;
        }
        finally {
            span.end();
        }
    }
    function withContext(context, callback, ...callbackArgs) {
        return getInstrumenter().withContext(context, callback, ...callbackArgs);
    }
    /**
     * Parses a traceparent header value into a span identifier.
     *
     * @param traceparentHeader - The traceparent header to parse.
     * @returns An implementation-specific identifier for the span.
     */
    function parseTraceparentHeader(traceparentHeader) {
        return getInstrumenter().parseTraceparentHeader(traceparentHeader);
    }
    /**
     * Creates a set of request headers to propagate tracing information to a backend.
     *
     * @param tracingContext - The context containing the span to serialize.
     * @returns The set of headers to add to a request.
     */
    function createRequestHeaders(tracingContext) {
        return getInstrumenter().createRequestHeaders(tracingContext);
    }
    return {
        startSpan,
        withSpan,
        withContext,
        parseTraceparentHeader,
        createRequestHeaders,
    };
}
//# sourceMappingURL=tracingClient.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/core-tracing/dist/esm/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.


//# sourceMappingURL=index.js.map

/***/ }),

/***/ 9105:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  gE: () => (/* binding */ calculateRetryDelay),
  cb: () => (/* reexport */ delay),
  u1: () => (/* reexport */ getErrorMessage),
  bJ: () => (/* binding */ isError),
  qx: () => (/* binding */ isNodeLike),
  TA: () => (/* reexport */ isObjectWithProperties),
  Al: () => (/* binding */ stringToUint8Array),
  SW: () => (/* binding */ uint8ArrayToString)
});

// UNUSED EXPORTS: cancelablePromiseRace, computeSha256Hash, computeSha256Hmac, createAbortablePromise, getRandomIntegerInclusive, isBrowser, isBun, isDefined, isDeno, isNode, isNodeRuntime, isObject, isReactNative, isWebWorker, objectHasProperty, randomUUID

// EXTERNAL MODULE: ./node_modules/@typespec/ts-http-runtime/dist/esm/util/internal.js + 1 modules
var internal = __nccwpck_require__(1834);
// EXTERNAL MODULE: ./node_modules/@azure/abort-controller/dist/esm/index.js + 1 modules
var esm = __nccwpck_require__(5473);
;// CONCATENATED MODULE: ./node_modules/@azure/core-util/dist/esm/createAbortablePromise.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

/**
 * Creates an abortable promise.
 * @param buildPromise - A function that takes the resolve and reject functions as parameters.
 * @param options - The options for the abortable promise.
 * @returns A promise that can be aborted.
 */
function createAbortablePromise(buildPromise, options) {
    const { cleanupBeforeAbort, abortSignal, abortErrorMsg } = options ?? {};
    return new Promise((resolve, reject) => {
        function rejectOnAbort() {
            reject(new esm/* AbortError */.l(abortErrorMsg ?? "The operation was aborted."));
        }
        function removeListeners() {
            abortSignal?.removeEventListener("abort", onAbort);
        }
        function onAbort() {
            cleanupBeforeAbort?.();
            removeListeners();
            rejectOnAbort();
        }
        if (abortSignal?.aborted) {
            return rejectOnAbort();
        }
        try {
            buildPromise((x) => {
                removeListeners();
                resolve(x);
            }, (x) => {
                removeListeners();
                reject(x);
            });
        }
        catch (err) {
            reject(err);
        }
        abortSignal?.addEventListener("abort", onAbort);
    });
}
//# sourceMappingURL=createAbortablePromise.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/core-util/dist/esm/delay.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

const StandardAbortMessage = "The delay was aborted.";
/**
 * A wrapper for setTimeout that resolves a promise after timeInMs milliseconds.
 * @param timeInMs - The number of milliseconds to be delayed.
 * @param options - The options for delay - currently abort options
 * @returns Promise that is resolved after timeInMs
 */
function delay(timeInMs, options) {
    let token;
    const { abortSignal, abortErrorMsg } = options ?? {};
    return createAbortablePromise((resolve) => {
        token = setTimeout(resolve, timeInMs);
    }, {
        cleanupBeforeAbort: () => clearTimeout(token),
        abortSignal,
        abortErrorMsg: abortErrorMsg ?? StandardAbortMessage,
    });
}
//# sourceMappingURL=delay.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/core-util/dist/esm/error.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

/**
 * Given what is thought to be an error object, return the message if possible.
 * If the message is missing, returns a stringified version of the input.
 * @param e - Something thrown from a try block
 * @returns The error message or a string of the input
 */
function getErrorMessage(e) {
    if ((0,internal/* isError */.bJ)(e)) {
        return e.message;
    }
    else {
        let stringified;
        try {
            if (typeof e === "object" && e) {
                stringified = JSON.stringify(e);
            }
            else {
                stringified = String(e);
            }
        }
        catch (err) {
            stringified = "[unable to stringify input]";
        }
        return `Unknown error ${stringified}`;
    }
}
//# sourceMappingURL=error.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/core-util/dist/esm/typeGuards.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.
/**
 * Helper TypeGuard that checks if something is defined or not.
 * @param thing - Anything
 */
function isDefined(thing) {
    return typeof thing !== "undefined" && thing !== null;
}
/**
 * Helper TypeGuard that checks if the input is an object with the specified properties.
 * @param thing - Anything.
 * @param properties - The name of the properties that should appear in the object.
 */
function isObjectWithProperties(thing, properties) {
    if (!isDefined(thing) || typeof thing !== "object") {
        return false;
    }
    for (const property of properties) {
        if (!objectHasProperty(thing, property)) {
            return false;
        }
    }
    return true;
}
/**
 * Helper TypeGuard that checks if the input is an object with the specified property.
 * @param thing - Any object.
 * @param property - The name of the property that should appear in the object.
 */
function objectHasProperty(thing, property) {
    return (isDefined(thing) && typeof thing === "object" && property in thing);
}
//# sourceMappingURL=typeGuards.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/core-util/dist/esm/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.






/**
 * Calculates the delay interval for retry attempts using exponential delay with jitter.
 *
 * @param retryAttempt - The current retry attempt number.
 *
 * @param config - The exponential retry configuration.
 *
 * @returns An object containing the calculated retry delay.
 */
function calculateRetryDelay(retryAttempt, config) {
    return internal/* calculateRetryDelay */.gE(retryAttempt, config);
}
/**
 * Generates a SHA-256 hash.
 *
 * @param content - The data to be included in the hash.
 *
 * @param encoding - The textual encoding to use for the returned hash.
 */
function computeSha256Hash(content, encoding) {
    return tspRuntime.computeSha256Hash(content, encoding);
}
/**
 * Generates a SHA-256 HMAC signature.
 *
 * @param key - The HMAC key represented as a base64 string, used to generate the cryptographic HMAC hash.
 *
 * @param stringToSign - The data to be signed.
 *
 * @param encoding - The textual encoding to use for the returned HMAC digest.
 */
function computeSha256Hmac(key, stringToSign, encoding) {
    return tspRuntime.computeSha256Hmac(key, stringToSign, encoding);
}
/**
 * Returns a random integer value between a lower and upper bound, inclusive of both bounds. Note that this uses Math.random and isn't secure. If you need to use this for any kind of security purpose, find a better source of random.
 *
 * @param min - The smallest integer value allowed.
 *
 * @param max - The largest integer value allowed.
 */
function getRandomIntegerInclusive(min, max) {
    return tspRuntime.getRandomIntegerInclusive(min, max);
}
/**
 * Typeguard for an error object shape (has name and message)
 *
 * @param e - Something caught by a catch clause.
 */
function isError(e) {
    return internal/* isError */.bJ(e);
}
/**
 * Helper to determine when an input is a generic JS object.
 *
 * @returns true when input is an object type that is not null, Array, RegExp, or Date.
 */
function isObject(input) {
    return tspRuntime.isObject(input);
}
/**
 * Generated Universally Unique Identifier
 *
 * @returns RFC4122 v4 UUID.
 */
function randomUUID() {
    return tspRuntime.randomUUID();
}
/**
 * A constant that indicates whether the environment the code is running is a Web Browser.
 */
const isBrowser = internal/* isBrowser */.Bd;
/**
 * A constant that indicates whether the environment the code is running is Bun.sh.
 */
const isBun = internal/* isBun */.Qg;
/**
 * A constant that indicates whether the environment the code is running is Deno.
 */
const isDeno = internal/* isDeno */.N6;
/**
 * A constant that indicates whether the environment the code is running is a Node.js compatible environment.
 *
 * @deprecated
 *
 * Use `isNodeLike` instead.
 */
const isNode = internal/* isNodeLike */.qx;
/**
 * A constant that indicates whether the environment the code is running is a Node.js compatible environment.
 */
const isNodeLike = internal/* isNodeLike */.qx;
/**
 * A constant that indicates whether the environment the code is running is Node.JS.
 */
const isNodeRuntime = internal/* isNodeRuntime */.tX;
/**
 * A constant that indicates whether the environment the code is running is in React-Native.
 */
const isReactNative = internal/* isReactNative */.lV;
/**
 * A constant that indicates whether the environment the code is running is a Web Worker.
 */
const isWebWorker = internal/* isWebWorker */.p7;
/**
 * The helper that transforms bytes with specific character encoding into string
 * @param bytes - the uint8array bytes
 * @param format - the format we use to encode the byte
 * @returns a string of the encoded string
 */
function uint8ArrayToString(bytes, format) {
    return internal/* uint8ArrayToString */.SW(bytes, format);
}
/**
 * The helper that transforms string to specific character encoded bytes array.
 * @param value - the string to be converted
 * @param format - the format we use to decode the value
 * @returns a uint8array
 */
function stringToUint8Array(value, format) {
    return internal/* stringToUint8Array */.Al(value, format);
}
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 7567:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  i2: () => (/* binding */ AzureLogger),
  KV: () => (/* binding */ createClientLogger),
  XM: () => (/* binding */ getLogLevel)
});

// UNUSED EXPORTS: setLogLevel

// EXTERNAL MODULE: ./node_modules/@typespec/ts-http-runtime/dist/esm/logger/logger.js + 2 modules
var logger = __nccwpck_require__(3482);
;// CONCATENATED MODULE: ./node_modules/@typespec/ts-http-runtime/dist/esm/logger/internal.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

//# sourceMappingURL=internal.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/logger/dist/esm/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

const context = (0,logger/* createLoggerContext */.MX)({
    logLevelEnvVarName: "AZURE_LOG_LEVEL",
    namespace: "azure",
});
/**
 * The AzureLogger provides a mechanism for overriding where logs are output to.
 * By default, logs are sent to stderr.
 * Override the `log` method to redirect logs to another location.
 */
const AzureLogger = context.logger;
/**
 * Immediately enables logging at the specified log level. If no level is specified, logging is disabled.
 * @param level - The log level to enable for logging.
 * Options from most verbose to least verbose are:
 * - verbose
 * - info
 * - warning
 * - error
 */
function setLogLevel(level) {
    context.setLogLevel(level);
}
/**
 * Retrieves the currently specified log level.
 */
function getLogLevel() {
    return context.getLogLevel();
}
/**
 * Creates a logger for use by the Azure SDKs that inherits from `AzureLogger`.
 * @param namespace - The name of the SDK package.
 * @hidden
 */
function createClientLogger(namespace) {
    return context.createClientLogger(namespace);
}
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 5151:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ AbortError)
/* harmony export */ });
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.
/**
 * This error is thrown when an asynchronous operation has been aborted.
 * Check for this error by testing the `name` that the name property of the
 * error matches `"AbortError"`.
 *
 * @example
 * ```ts snippet:ReadmeSampleAbortError
 * import { AbortError } from "@typespec/ts-http-runtime";
 *
 * async function doAsyncWork(options: { abortSignal: AbortSignal }): Promise<void> {
 *   if (options.abortSignal.aborted) {
 *     throw new AbortError();
 *   }
 *
 *   // do async work
 * }
 *
 * const controller = new AbortController();
 * controller.abort();
 *
 * try {
 *   doAsyncWork({ abortSignal: controller.signal });
 * } catch (e) {
 *   if (e instanceof Error && e.name === "AbortError") {
 *     // handle abort error here.
 *   }
 * }
 * ```
 */
class AbortError extends Error {
    constructor(message) {
        super(message);
        this.name = "AbortError";
    }
}
//# sourceMappingURL=AbortError.js.map

/***/ }),

/***/ 4084:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ SDK_VERSION),
/* harmony export */   o: () => (/* binding */ DEFAULT_RETRY_POLICY_COUNT)
/* harmony export */ });
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.
const SDK_VERSION = "0.3.11";
const DEFAULT_RETRY_POLICY_COUNT = 3;
//# sourceMappingURL=constants.js.map

/***/ }),

/***/ 7970:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Az: () => (/* binding */ getEnvironmentVariable),
/* harmony export */   Bd: () => (/* binding */ isBrowser),
/* harmony export */   N6: () => (/* binding */ isDeno),
/* harmony export */   Qg: () => (/* binding */ isBun),
/* harmony export */   lV: () => (/* binding */ isReactNative),
/* harmony export */   p7: () => (/* binding */ isWebWorker),
/* harmony export */   qx: () => (/* binding */ isNodeLike),
/* harmony export */   tX: () => (/* binding */ isNodeRuntime),
/* harmony export */   y5: () => (/* binding */ emitNodeWarning)
/* harmony export */ });
/* harmony import */ var node_process__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1708);
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

/**
 * Returns the value of the specified environment variable.
 *
 * @internal
 */
function getEnvironmentVariable(name) {
    return node_process__WEBPACK_IMPORTED_MODULE_0__.env[name];
}
/**
 * Emits a Node.js process warning.
 *
 * @internal
 */
function emitNodeWarning(warning) {
    node_process__WEBPACK_IMPORTED_MODULE_0__.emitWarning(warning);
}
/**
 * A constant that indicates whether the environment the code is running is a Web Browser.
 */
const isBrowser = false;
/**
 * A constant that indicates whether the environment the code is running is a Web Worker.
 */
const isWebWorker = false;
/**
 * A constant that indicates whether the environment the code is running is Deno.
 */
const isDeno = typeof node_process__WEBPACK_IMPORTED_MODULE_0__.versions.deno === "string" && node_process__WEBPACK_IMPORTED_MODULE_0__.versions.deno.length > 0;
/**
 * A constant that indicates whether the environment the code is running is Bun.sh.
 */
const isBun = typeof node_process__WEBPACK_IMPORTED_MODULE_0__.versions.bun === "string" && node_process__WEBPACK_IMPORTED_MODULE_0__.versions.bun.length > 0;
/**
 * A constant that indicates whether the environment the code is running is a Node.js compatible environment.
 */
const isNodeLike = true;
/**
 * A constant that indicates whether the environment the code is running is Node.JS.
 */
const isNodeRuntime = !isBun && !isDeno;
/**
 * A constant that indicates whether the environment the code is running is in React-Native.
 */
const isReactNative = false;
//# sourceMappingURL=env.js.map

/***/ }),

/***/ 8443:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ createHttpHeaders)
/* harmony export */ });
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.
function normalizeName(name) {
    return name.toLowerCase();
}
/**
 * Removes CR and LF characters from a header value to prevent obs-fold
 * (line folding) sequences, as forbidden by RFC 7230 §3.2.4.
 * @param value - The header value to sanitize.
 */
function normalizeValue(value) {
    return String(value)
        .trim()
        .replace(/[\r\n]/g, "");
}
function* headerIterator(map) {
    for (const entry of map.values()) {
        yield [entry.name, entry.value];
    }
}
class HttpHeadersImpl {
    _headersMap;
    constructor(rawHeaders) {
        this._headersMap = new Map();
        if (rawHeaders) {
            for (const headerName of Object.keys(rawHeaders)) {
                this.set(headerName, rawHeaders[headerName]);
            }
        }
    }
    /**
     * Set a header in this collection with the provided name and value. The name is
     * case-insensitive.
     * @param name - The name of the header to set. This value is case-insensitive.
     * @param value - The value of the header to set.
     */
    set(name, value) {
        this._headersMap.set(normalizeName(name), { name, value: normalizeValue(value) });
    }
    /**
     * Get the header value for the provided header name, or undefined if no header exists in this
     * collection with the provided name.
     * @param name - The name of the header. This value is case-insensitive.
     */
    get(name) {
        return this._headersMap.get(normalizeName(name))?.value;
    }
    /**
     * Get whether or not this header collection contains a header entry for the provided header name.
     * @param name - The name of the header to set. This value is case-insensitive.
     */
    has(name) {
        return this._headersMap.has(normalizeName(name));
    }
    /**
     * Remove the header with the provided headerName.
     * @param name - The name of the header to remove.
     */
    delete(name) {
        this._headersMap.delete(normalizeName(name));
    }
    /**
     * Get the JSON object representation of this HTTP header collection.
     */
    toJSON(options = {}) {
        const result = {};
        if (options.preserveCase) {
            for (const entry of this._headersMap.values()) {
                result[entry.name] = entry.value;
            }
        }
        else {
            for (const [normalizedName, entry] of this._headersMap) {
                result[normalizedName] = entry.value;
            }
        }
        return result;
    }
    /**
     * Get the string representation of this HTTP header collection.
     */
    toString() {
        return JSON.stringify(this.toJSON({ preserveCase: true }));
    }
    /**
     * Iterate over tuples of header [name, value] pairs.
     */
    [Symbol.iterator]() {
        return headerIterator(this._headersMap);
    }
}
/**
 * Creates an object that satisfies the `HttpHeaders` interface.
 * @param rawHeaders - A simple object representing initial headers
 */
function createHttpHeaders(rawHeaders) {
    return new HttpHeadersImpl(rawHeaders);
}
//# sourceMappingURL=httpHeaders.js.map

/***/ }),

/***/ 5920:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  pj: () => (/* reexport */ restError/* RestError */.p),
  fl: () => (/* reexport */ createDefaultHttpClient),
  O8: () => (/* reexport */ createEmptyPipeline),
  Nc: () => (/* reexport */ httpHeaders/* createHttpHeaders */.N),
  G6: () => (/* reexport */ createPipelineRequest),
  t$: () => (/* reexport */ createRestError),
  KU: () => (/* reexport */ getClient),
  T0: () => (/* reexport */ restError/* isRestError */.T),
  Iq: () => (/* reexport */ operationOptionsToRequestParameters)
});

// UNUSED EXPORTS: AbortError, TypeSpecRuntimeLogger, createClientLogger, getLogLevel, setLogLevel, stringToUint8Array, uint8ArrayToString

// EXTERNAL MODULE: ./node_modules/@typespec/ts-http-runtime/dist/esm/abort-controller/AbortError.js
var AbortError = __nccwpck_require__(5151);
// EXTERNAL MODULE: ./node_modules/@typespec/ts-http-runtime/dist/esm/logger/logger.js + 2 modules
var logger = __nccwpck_require__(3482);
// EXTERNAL MODULE: ./node_modules/@typespec/ts-http-runtime/dist/esm/httpHeaders.js
var httpHeaders = __nccwpck_require__(8443);
// EXTERNAL MODULE: ./node_modules/@typespec/ts-http-runtime/dist/esm/util/uuidUtils.js
var uuidUtils = __nccwpck_require__(5410);
;// CONCATENATED MODULE: ./node_modules/@typespec/ts-http-runtime/dist/esm/pipelineRequest.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.


class PipelineRequestImpl {
    url;
    method;
    headers;
    timeout;
    withCredentials;
    body;
    multipartBody;
    formData;
    streamResponseStatusCodes;
    enableBrowserStreams;
    proxySettings;
    disableKeepAlive;
    abortSignal;
    requestId;
    allowInsecureConnection;
    onUploadProgress;
    onDownloadProgress;
    requestOverrides;
    authSchemes;
    constructor(options) {
        this.url = options.url;
        this.body = options.body;
        this.headers = options.headers ?? (0,httpHeaders/* createHttpHeaders */.N)();
        this.method = options.method ?? "GET";
        this.timeout = options.timeout ?? 0;
        this.multipartBody = options.multipartBody;
        this.formData = options.formData;
        this.disableKeepAlive = options.disableKeepAlive ?? false;
        this.proxySettings = options.proxySettings;
        this.streamResponseStatusCodes = options.streamResponseStatusCodes;
        this.withCredentials = options.withCredentials ?? false;
        this.abortSignal = options.abortSignal;
        this.onUploadProgress = options.onUploadProgress;
        this.onDownloadProgress = options.onDownloadProgress;
        this.requestId = options.requestId || (0,uuidUtils/* randomUUID */.N)();
        this.allowInsecureConnection = options.allowInsecureConnection ?? false;
        this.enableBrowserStreams = options.enableBrowserStreams ?? false;
        this.requestOverrides = options.requestOverrides;
        this.authSchemes = options.authSchemes;
    }
}
/**
 * Creates a new pipeline request with the given options.
 * This method is to allow for the easy setting of default values and not required.
 * @param options - The options to create the request with.
 */
function createPipelineRequest(options) {
    return new PipelineRequestImpl(options);
}
//# sourceMappingURL=pipelineRequest.js.map
;// CONCATENATED MODULE: ./node_modules/@typespec/ts-http-runtime/dist/esm/pipeline.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.
const ValidPhaseNames = new Set(["Deserialize", "Serialize", "Retry", "Sign"]);
/**
 * A private implementation of Pipeline.
 * Do not export this class from the package.
 * @internal
 */
class HttpPipeline {
    _policies = [];
    _orderedPolicies;
    constructor(policies) {
        this._policies = policies?.slice(0) ?? [];
        this._orderedPolicies = undefined;
    }
    addPolicy(policy, options = {}) {
        if (options.phase && options.afterPhase) {
            throw new Error("Policies inside a phase cannot specify afterPhase.");
        }
        if (options.phase && !ValidPhaseNames.has(options.phase)) {
            throw new Error(`Invalid phase name: ${options.phase}`);
        }
        if (options.afterPhase && !ValidPhaseNames.has(options.afterPhase)) {
            throw new Error(`Invalid afterPhase name: ${options.afterPhase}`);
        }
        this._policies.push({
            policy,
            options,
        });
        this._orderedPolicies = undefined;
    }
    removePolicy(options) {
        const removedPolicies = [];
        this._policies = this._policies.filter((policyDescriptor) => {
            if ((options.name && policyDescriptor.policy.name === options.name) ||
                (options.phase && policyDescriptor.options.phase === options.phase)) {
                removedPolicies.push(policyDescriptor.policy);
                return false;
            }
            else {
                return true;
            }
        });
        this._orderedPolicies = undefined;
        return removedPolicies;
    }
    sendRequest(httpClient, request) {
        const policies = this.getOrderedPolicies();
        const pipeline = policies.reduceRight((next, policy) => {
            return (req) => {
                return policy.sendRequest(req, next);
            };
        }, (req) => httpClient.sendRequest(req));
        return pipeline(request);
    }
    getOrderedPolicies() {
        if (!this._orderedPolicies) {
            this._orderedPolicies = this.orderPolicies();
        }
        return this._orderedPolicies;
    }
    clone() {
        return new HttpPipeline(this._policies);
    }
    static create() {
        return new HttpPipeline();
    }
    orderPolicies() {
        /**
         * The goal of this method is to reliably order pipeline policies
         * based on their declared requirements when they were added.
         *
         * Order is first determined by phase:
         *
         * 1. Serialize Phase
         * 2. Policies not in a phase
         * 3. Deserialize Phase
         * 4. Retry Phase
         * 5. Sign Phase
         *
         * Within each phase, policies are executed in the order
         * they were added unless they were specified to execute
         * before/after other policies or after a particular phase.
         *
         * To determine the final order, we will walk the policy list
         * in phase order multiple times until all dependencies are
         * satisfied.
         *
         * `afterPolicies` are the set of policies that must be
         * executed before a given policy. This requirement is
         * considered satisfied when each of the listed policies
         * have been scheduled.
         *
         * `beforePolicies` are the set of policies that must be
         * executed after a given policy. Since this dependency
         * can be expressed by converting it into a equivalent
         * `afterPolicies` declarations, they are normalized
         * into that form for simplicity.
         *
         * An `afterPhase` dependency is considered satisfied when all
         * policies in that phase have scheduled.
         *
         */
        const result = [];
        // Track all policies we know about.
        const policyMap = new Map();
        function createPhase(name) {
            return {
                name,
                policies: new Set(),
                hasRun: false,
                hasAfterPolicies: false,
            };
        }
        // Track policies for each phase.
        const serializePhase = createPhase("Serialize");
        const noPhase = createPhase("None");
        const deserializePhase = createPhase("Deserialize");
        const retryPhase = createPhase("Retry");
        const signPhase = createPhase("Sign");
        // a list of phases in order
        const orderedPhases = [serializePhase, noPhase, deserializePhase, retryPhase, signPhase];
        // Small helper function to map phase name to each Phase
        function getPhase(phase) {
            if (phase === "Retry") {
                return retryPhase;
            }
            else if (phase === "Serialize") {
                return serializePhase;
            }
            else if (phase === "Deserialize") {
                return deserializePhase;
            }
            else if (phase === "Sign") {
                return signPhase;
            }
            else {
                return noPhase;
            }
        }
        // First walk each policy and create a node to track metadata.
        for (const descriptor of this._policies) {
            const policy = descriptor.policy;
            const options = descriptor.options;
            const policyName = policy.name;
            if (policyMap.has(policyName)) {
                throw new Error("Duplicate policy names not allowed in pipeline");
            }
            const node = {
                policy,
                dependsOn: new Set(),
                dependants: new Set(),
            };
            if (options.afterPhase) {
                node.afterPhase = getPhase(options.afterPhase);
                node.afterPhase.hasAfterPolicies = true;
            }
            policyMap.set(policyName, node);
            const phase = getPhase(options.phase);
            phase.policies.add(node);
        }
        // Now that each policy has a node, connect dependency references.
        for (const descriptor of this._policies) {
            const { policy, options } = descriptor;
            const policyName = policy.name;
            const node = policyMap.get(policyName);
            if (!node) {
                throw new Error(`Missing node for policy ${policyName}`);
            }
            if (options.afterPolicies) {
                for (const afterPolicyName of options.afterPolicies) {
                    const afterNode = policyMap.get(afterPolicyName);
                    if (afterNode) {
                        // Linking in both directions helps later
                        // when we want to notify dependants.
                        node.dependsOn.add(afterNode);
                        afterNode.dependants.add(node);
                    }
                }
            }
            if (options.beforePolicies) {
                for (const beforePolicyName of options.beforePolicies) {
                    const beforeNode = policyMap.get(beforePolicyName);
                    if (beforeNode) {
                        // To execute before another node, make it
                        // depend on the current node.
                        beforeNode.dependsOn.add(node);
                        node.dependants.add(beforeNode);
                    }
                }
            }
        }
        function walkPhase(phase) {
            phase.hasRun = true;
            // Sets iterate in insertion order
            for (const node of phase.policies) {
                if (node.afterPhase && (!node.afterPhase.hasRun || node.afterPhase.policies.size)) {
                    // If this node is waiting on a phase to complete,
                    // we need to skip it for now.
                    // Even if the phase is empty, we should wait for it
                    // to be walked to avoid re-ordering policies.
                    continue;
                }
                if (node.dependsOn.size === 0) {
                    // If there's nothing else we're waiting for, we can
                    // add this policy to the result list.
                    result.push(node.policy);
                    // Notify anything that depends on this policy that
                    // the policy has been scheduled.
                    for (const dependant of node.dependants) {
                        dependant.dependsOn.delete(node);
                    }
                    policyMap.delete(node.policy.name);
                    phase.policies.delete(node);
                }
            }
        }
        function walkPhases() {
            for (const phase of orderedPhases) {
                walkPhase(phase);
                // if the phase isn't complete
                if (phase.policies.size > 0 && phase !== noPhase) {
                    if (!noPhase.hasRun) {
                        // Try running noPhase to see if that unblocks this phase next tick.
                        // This can happen if a phase that happens before noPhase
                        // is waiting on a noPhase policy to complete.
                        walkPhase(noPhase);
                    }
                    // Don't proceed to the next phase until this phase finishes.
                    return;
                }
                if (phase.hasAfterPolicies) {
                    // Run any policies unblocked by this phase
                    walkPhase(noPhase);
                }
            }
        }
        // Iterate until we've put every node in the result list.
        let iteration = 0;
        while (policyMap.size > 0) {
            iteration++;
            const initialResultLength = result.length;
            // Keep walking each phase in order until we can order every node.
            walkPhases();
            // The result list *should* get at least one larger each time
            // after the first full pass.
            // Otherwise, we're going to loop forever.
            if (result.length <= initialResultLength && iteration > 1) {
                throw new Error("Cannot satisfy policy dependencies due to requirements cycle.");
            }
        }
        return result;
    }
}
/**
 * Creates a totally empty pipeline.
 * Useful for testing or creating a custom one.
 */
function createEmptyPipeline() {
    return HttpPipeline.create();
}
//# sourceMappingURL=pipeline.js.map
// EXTERNAL MODULE: ./node_modules/@typespec/ts-http-runtime/dist/esm/restError.js + 1 modules
var restError = __nccwpck_require__(5571);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __nccwpck_require__(7067);
;// CONCATENATED MODULE: external "node:https"
const external_node_https_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __nccwpck_require__(8522);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __nccwpck_require__(7075);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __nccwpck_require__(7975);
// EXTERNAL MODULE: ./node_modules/@typespec/ts-http-runtime/dist/esm/log.js
var log = __nccwpck_require__(7507);
// EXTERNAL MODULE: ./node_modules/@typespec/ts-http-runtime/dist/esm/util/sanitizer.js
var util_sanitizer = __nccwpck_require__(1945);
// EXTERNAL MODULE: ./node_modules/@typespec/ts-http-runtime/dist/esm/util/requestBodyHeaders.js
var requestBodyHeaders = __nccwpck_require__(8401);
;// CONCATENATED MODULE: ./node_modules/@typespec/ts-http-runtime/dist/esm/util/nodeExpectContinue.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

const EXPECT_CONTINUE_TIMEOUT_IN_MS = 1000;
function getHeaderValues(headers, name) {
    if (Array.isArray(headers)) {
        return (0,requestBodyHeaders/* getHeaderPairs */.HU)(headers)
            .filter(([key]) => typeof key === "string" && key.toLowerCase() === name)
            .flatMap(([, value]) => (Array.isArray(value) ? value : [value]));
    }
    if (headers && typeof headers === "object") {
        if ("get" in headers && typeof headers.get === "function") {
            const value = headers.get(name);
            return value === undefined || value === null ? [] : [value];
        }
        let value;
        for (const [key, entry] of Object.entries(headers)) {
            if (key.toLowerCase() === name) {
                value = entry;
            }
        }
        return value === undefined ? [] : Array.isArray(value) ? value : [value];
    }
    return [];
}
function getEffectiveHeaderValues(request, name) {
    const headers = request.requestOverrides && "headers" in request.requestOverrides
        ? request.requestOverrides.headers
        : request.headers;
    return getHeaderValues(headers, name.toLowerCase());
}
function hasExpectContinue(request) {
    return getEffectiveHeaderValues(request, "expect").some((value) => typeof value === "string" &&
        value.split(",").some((token) => token.trim().toLowerCase() === "100-continue"));
}
function addHeader(headers, name, value) {
    if (!Array.isArray(headers)) {
        return { ...headers, [name]: value };
    }
    return Array.isArray(headers[0]) ? [...headers, [name, value]] : [...headers, name, value];
}
function hasHeader(headers, name) {
    if (Array.isArray(headers)) {
        return (0,requestBodyHeaders/* getHeaderPairs */.HU)(headers).some(([key]) => typeof key === "string" && key.toLowerCase() === name);
    }
    return Object.keys(headers ?? {}).some((key) => key.toLowerCase() === name);
}
function addExpectContinueFraming(options, bodyLength) {
    if (hasHeader(options.headers, "content-length") ||
        hasHeader(options.headers, "transfer-encoding")) {
        return;
    }
    options.headers = addHeader(options.headers, bodyLength === null ? "Transfer-Encoding" : "Content-Length", bodyLength === null ? "chunked" : String(bodyLength));
}
function createExpectContinueRequest(options) {
    let fallback;
    let waiting = true;
    let bodyStarted = false;
    let errorReported = false;
    let request;
    let bodyError;
    const bodyStream = options.bodyStream;
    // Error observation must not consume a caller-owned source before upload permission.
    bodyStream?.once("error", onBodyError);
    if (bodyStream && "errored" in bodyStream && bodyStream.errored instanceof Error) {
        // destroy(error) may still have its error event queued on the next tick.
        process.nextTick(onBodyError, bodyStream.errored);
        return;
    }
    try {
        request = options.createRequest(onResponse);
    }
    catch (error) {
        onError(error);
        return;
    }
    function stopWaiting(keepBodyObserved = false) {
        waiting = false;
        if (fallback !== undefined) {
            clearTimeout(fallback);
            fallback = undefined;
        }
        request?.removeListener("continue", sendBody);
        request?.removeListener("socket", onSocket);
        if (!keepBodyObserved) {
            bodyStream?.removeListener("error", onBodyError);
        }
    }
    function onError(error) {
        const requestError = error instanceof Error ? error : new Error(String(error));
        // destroy() may emit no error on a closed request, or emit this error again on a live one.
        if (!errorReported) {
            errorReported = true;
            stopWaiting();
            options.onError(requestError);
        }
        return requestError;
    }
    function onBodyError(error) {
        if (errorReported || (!waiting && !bodyStarted)) {
            return;
        }
        errorReported = true;
        bodyError = error instanceof Error ? error : new Error(String(error));
        stopWaiting();
        options.onBodyError(error);
        request?.destroy(bodyError);
    }
    function sendBody() {
        if (!waiting) {
            return;
        }
        bodyStarted = true;
        stopWaiting(true);
        try {
            options.sendBody(request);
        }
        catch (error) {
            onBodyError(error);
        }
        finally {
            // The upload path now observes the source, including synchronous failures while piping.
            bodyStream?.removeListener("error", onBodyError);
        }
    }
    function onAbort() {
        stopWaiting();
        options.onAbort(request);
    }
    function onSocket() {
        if (!waiting) {
            return;
        }
        try {
            request.flushHeaders();
            if (!waiting) {
                return;
            }
            // This ordered write excludes connection setup and preceding header writes from the timeout.
            request.write("", (error) => {
                if (error) {
                    request.destroy(onError(error));
                }
                else if (waiting) {
                    fallback = setTimeout(sendBody, EXPECT_CONTINUE_TIMEOUT_IN_MS);
                }
            });
        }
        catch (error) {
            request.destroy(onError(error));
        }
    }
    function onResponse(response) {
        stopWaiting();
        if (!bodyStarted) {
            request.shouldKeepAlive = false;
            const destroyRequest = () => {
                response.removeListener("end", destroyRequest);
                response.removeListener("close", destroyRequest);
                request.destroy();
            };
            response.once("end", destroyRequest);
            response.once("close", destroyRequest);
            if (response.readableEnded || response.destroyed) {
                destroyRequest();
            }
        }
        options.onResponse(response);
    }
    request.once("error", onError);
    if (bodyError) {
        request.destroy(bodyError);
        return;
    }
    if (options.abortSignal.aborted) {
        onAbort();
        return;
    }
    options.abortSignal.addEventListener("abort", onAbort, { once: true });
    // Request close can precede consumption of buffered response data.
    // Keep private abort forwarding until sendRequest's outer lifecycle disconnects the caller.
    request.once("close", () => stopWaiting());
    if (request.destroyed || request.closed) {
        stopWaiting();
    }
    if (!waiting) {
        return;
    }
    request.once("continue", sendBody);
    if (request.socket) {
        onSocket();
    }
    else {
        request.once("socket", onSocket);
    }
}
//# sourceMappingURL=nodeExpectContinue.js.map
// EXTERNAL MODULE: ./node_modules/@typespec/ts-http-runtime/dist/esm/util/responseBody.js
var responseBody = __nccwpck_require__(9095);
;// CONCATENATED MODULE: ./node_modules/@typespec/ts-http-runtime/dist/esm/nodeHttpClient.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.













const DEFAULT_TLS_SETTINGS = {};
function isReadableStream(body) {
    return (typeof body === "object" && body !== null && "pipe" in body && typeof body.pipe === "function");
}
function isStreamComplete(stream) {
    if (stream.readable === false) {
        return Promise.resolve();
    }
    return new Promise((resolve) => {
        const handler = () => {
            resolve();
            stream.removeListener("close", handler);
            stream.removeListener("end", handler);
            stream.removeListener("error", handler);
        };
        stream.on("close", handler);
        stream.on("end", handler);
        stream.on("error", handler);
    });
}
function isArrayBuffer(body) {
    return external_node_util_.types.isArrayBuffer(body) || ArrayBuffer.isView(body);
}
function arrayBufferToBuffer(body) {
    if (Buffer.isBuffer(body)) {
        return body;
    }
    return ArrayBuffer.isView(body)
        ? Buffer.from(body.buffer, body.byteOffset, body.byteLength)
        : Buffer.from(body);
}
class ReportTransform extends external_node_stream_.Transform {
    loadedBytes = 0;
    progressCallback;
    // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
    _transform(chunk, _encoding, callback) {
        this.push(chunk);
        this.loadedBytes += chunk.length;
        try {
            this.progressCallback({ loadedBytes: this.loadedBytes });
            callback();
        }
        catch (e) {
            callback(e);
        }
    }
    constructor(progressCallback) {
        super();
        this.progressCallback = progressCallback;
    }
}
function createRequestLifecycle(request, options, isInsecure, resolve, reject) {
    let clientRequest;
    let response;
    let requestDone = false;
    let resolveRequestComplete;
    const requestComplete = new Promise((_resolve) => {
        resolveRequestComplete = _resolve;
    });
    const onComplete = () => {
        requestDone = true;
        clientRequest.removeListener("finish", onComplete);
        clientRequest.removeListener("close", onComplete);
        resolveRequestComplete();
    };
    const onResponse = (incomingResponse) => {
        response = incomingResponse;
        resolve({
            response: incomingResponse,
            requestComplete,
            isRequestComplete: () => requestDone,
            disposeRequest: () => {
                if (!requestDone) {
                    clientRequest.destroy();
                }
            },
        });
    };
    return {
        createRequest: (onResponseCallback = onResponse) => {
            clientRequest = isInsecure
                ? external_node_http_.request(options, onResponseCallback)
                : external_node_https_namespaceObject.request(options, onResponseCallback);
            clientRequest.once("finish", onComplete);
            clientRequest.once("close", onComplete);
            return clientRequest;
        },
        onResponse,
        rejectRequest: (error) => {
            reject(toRequestSendError(error, request));
        },
        abortRequest: (req) => {
            const abortError = new AbortError/* AbortError */.l("The operation was aborted. Rejecting from abort signal callback while making request.");
            response?.destroy(abortError);
            req.destroy(abortError);
            reject(abortError);
        },
    };
}
function toRequestSendError(error, request) {
    if ((0,restError/* isRestError */.T)(error)) {
        return error;
    }
    const prematureClose = error.code === "ERR_STREAM_PREMATURE_CLOSE";
    return new restError/* RestError */.p(prematureClose ? "Request body stream closed before ending" : error.message, {
        code: prematureClose
            ? restError/* RestError */.p.REQUEST_SEND_ERROR
            : (error.code ?? restError/* RestError */.p.REQUEST_SEND_ERROR),
        request,
    });
}
function sendRequestBody(clientRequest, body, request, onError) {
    if (body && isReadableStream(body)) {
        pipeUploadStream(body, clientRequest, request, onError);
    }
    else if (body) {
        if (typeof body === "string" || Buffer.isBuffer(body)) {
            clientRequest.end(body);
        }
        else {
            log/* logger */.v.error("Unrecognized body type", body);
            throw new restError/* RestError */.p("Unrecognized body type", { request });
        }
    }
    else {
        clientRequest.end();
    }
}
function prepareRequestBody(request, useExpectContinue) {
    const requestBody = request.body;
    const resolvedBody = typeof requestBody === "function" ? requestBody() : requestBody;
    const body = resolvedBody && isArrayBuffer(resolvedBody) ? arrayBufferToBuffer(resolvedBody) : resolvedBody;
    if (!useExpectContinue && body && !request.headers.has("Content-Length")) {
        const bodyLength = getBodyLength(body);
        if (bodyLength !== null) {
            request.headers.set("Content-Length", bodyLength);
        }
    }
    if (!body || !request.onUploadProgress) {
        return body;
    }
    const uploadReportStream = new ReportTransform(request.onUploadProgress);
    uploadReportStream.on("error", (e) => {
        log/* logger */.v.error("Error in upload progress", e);
    });
    if (isReadableStream(body)) {
        pipeUploadStream(body, uploadReportStream, request);
    }
    else {
        uploadReportStream.end(body);
    }
    return uploadReportStream;
}
/**
 * A HttpClient implementation that uses Node's "https" module to send HTTPS requests.
 * @internal
 */
class NodeHttpClient {
    cachedHttpAgent;
    cachedHttpsAgents = new WeakMap();
    /**
     * Makes a request over an underlying transport layer and returns the response.
     * @param request - The request to be made.
     */
    async sendRequest(request) {
        const requestBody = request.body;
        const abortController = new AbortController();
        let abortListener;
        const requestAbortSignal = request.abortSignal;
        if (requestAbortSignal) {
            if (requestAbortSignal.aborted) {
                throw new AbortError/* AbortError */.l("The operation was aborted. Request has already been canceled.");
            }
            abortListener = (event) => {
                if (event.type === "abort") {
                    abortController.abort();
                }
            };
            requestAbortSignal.addEventListener("abort", abortListener);
        }
        let timeoutId;
        if (request.timeout > 0) {
            timeoutId = setTimeout(() => {
                const sanitizer = new util_sanitizer/* Sanitizer */.I();
                log/* logger */.v.info(`request to '${sanitizer.sanitizeUrl(request.url)}' timed out. canceling...`);
                abortController.abort();
            }, request.timeout);
        }
        const acceptEncoding = request.headers.get("Accept-Encoding");
        const shouldDecompress = acceptEncoding?.includes("gzip") || acceptEncoding?.includes("deflate");
        // Keep input separate from the prepared upload. Even a direct stream must leave body
        // undefined until preparation starts, so early rejection does not transfer its ownership.
        let body;
        let responseStream;
        let requestComplete = Promise.resolve();
        try {
            let useExpectContinue = hasExpectContinue(request);
            const knownBodyLength = useExpectContinue && typeof requestBody !== "function"
                ? getBodyLength(requestBody ?? null)
                : null;
            if (knownBodyLength === 0) {
                (0,requestBodyHeaders/* removeExpectContinueHeader */.Mz)(request);
                useExpectContinue = false;
            }
            if (!useExpectContinue) {
                body = prepareRequestBody(request, false);
            }
            const result = useExpectContinue
                ? await this.makeRequestWithExpectContinue(request, abortController, () => {
                    body = prepareRequestBody(request, true);
                    return body;
                }, knownBodyLength)
                : await this.makeRequest(request, abortController, body);
            requestComplete = result.requestComplete;
            const res = result.response;
            const headers = getResponseHeaders(res);
            const status = res.statusCode ?? 0;
            const response = {
                status,
                headers,
                request,
            };
            if (!result.isRequestComplete()) {
                (0,responseBody/* setRequestCompletion */.aP)(response, result.requestComplete);
                const clearDisposer = (0,responseBody/* setResponseBodyDisposer */.rb)(response, result.disposeRequest);
                result.requestComplete.then(clearDisposer).catch((error) => {
                    log/* logger */.v.warning("Error disposing request", error);
                });
            }
            // Responses to HEAD must not have a body.
            // If they do return a body, that body must be ignored.
            const method = typeof request.requestOverrides?.method === "string"
                ? request.requestOverrides.method.toUpperCase()
                : request.method;
            if (method === "HEAD") {
                // call resume() and not destroy() to avoid closing the socket
                // and losing keep alive
                res.resume();
                return response;
            }
            responseStream = shouldDecompress
                ? getDecodedResponseStream(res, headers, abortController.signal)
                : res;
            const onDownloadProgress = request.onDownloadProgress;
            if (onDownloadProgress) {
                const downloadReportStream = new ReportTransform(onDownloadProgress);
                downloadReportStream.on("error", (e) => {
                    log/* logger */.v.error("Error in download progress", e);
                });
                responseStream = pipeResponseStream(responseStream, downloadReportStream, abortController.signal);
            }
            if (
            // Value of POSITIVE_INFINITY in streamResponseStatusCodes is considered as any status code
            request.streamResponseStatusCodes?.has(Number.POSITIVE_INFINITY) ||
                request.streamResponseStatusCodes?.has(response.status)) {
                response.readableStreamBody = responseStream;
            }
            else {
                response.bodyAsText = await streamToText(responseStream);
            }
            return response;
        }
        catch (error) {
            // Dispose only the prepared upload. If preparation never ran, body is undefined
            // and the caller's untouched input stream is left alone.
            if (isReadableStream(body)) {
                (0,responseBody/* disposeNodeStream */.WT)(body);
            }
            if (responseStream) {
                (0,responseBody/* disposeNodeStream */.WT)(responseStream);
            }
            throw error;
        }
        finally {
            if (timeoutId !== undefined) {
                clearTimeout(timeoutId);
            }
            // Keep abort forwarding until the outgoing request and response have both completed.
            if (requestAbortSignal && abortListener) {
                let uploadStreamDone = Promise.resolve();
                // Wait only for a prepared upload. If preparation never ran, body is undefined,
                // so the caller's untouched input stream cannot block abort-listener cleanup.
                if (isReadableStream(body)) {
                    uploadStreamDone = isStreamComplete(body);
                }
                let downloadStreamDone = Promise.resolve();
                if (isReadableStream(responseStream)) {
                    downloadStreamDone = isStreamComplete(responseStream);
                }
                Promise.all([requestComplete, uploadStreamDone, downloadStreamDone])
                    .then(() => {
                    // eslint-disable-next-line promise/always-return
                    if (abortListener) {
                        requestAbortSignal.removeEventListener("abort", abortListener);
                    }
                })
                    .catch((e) => {
                    log/* logger */.v.warning("Error when cleaning up abortListener on httpRequest", e);
                });
            }
        }
    }
    makeRequest(request, abortController, body) {
        const { options, isInsecure } = this.getRequestOptions(request);
        return new Promise((resolve, reject) => {
            const { createRequest, rejectRequest, abortRequest } = createRequestLifecycle(request, options, isInsecure, resolve, reject);
            const req = createRequest();
            req.once("error", rejectRequest);
            abortController.signal.addEventListener("abort", () => abortRequest(req));
            sendRequestBody(req, body, request, rejectRequest);
        });
    }
    makeRequestWithExpectContinue(request, abortController, prepareBody, knownBodyLength) {
        const { options, isInsecure } = this.getRequestOptions(request);
        addExpectContinueFraming(options, knownBodyLength);
        return new Promise((resolve, reject) => {
            const { createRequest, onResponse, rejectRequest, abortRequest } = createRequestLifecycle(request, options, isInsecure, resolve, reject);
            createExpectContinueRequest({
                abortSignal: abortController.signal,
                bodyStream: isReadableStream(request.body) ? request.body : undefined,
                createRequest,
                onAbort: abortRequest,
                onError: rejectRequest,
                onBodyError: reject,
                onResponse,
                sendBody: (clientRequest) => {
                    const body = prepareBody();
                    sendRequestBody(clientRequest, body, request, rejectRequest);
                },
            });
        });
    }
    getRequestOptions(request) {
        const url = new URL(request.url);
        const isInsecure = url.protocol !== "https:";
        if (isInsecure && !request.allowInsecureConnection) {
            throw new Error(`Cannot connect to ${request.url} while allowInsecureConnection is false.`);
        }
        const agent = request.agent ?? this.getOrCreateAgent(request, isInsecure);
        return {
            isInsecure,
            options: {
                agent,
                hostname: url.hostname,
                path: `${url.pathname}${url.search}`,
                port: url.port,
                method: request.method,
                headers: request.headers.toJSON({ preserveCase: true }),
                ...request.requestOverrides,
            },
        };
    }
    getOrCreateAgent(request, isInsecure) {
        const disableKeepAlive = request.disableKeepAlive;
        // Handle Insecure requests first
        if (isInsecure) {
            if (disableKeepAlive) {
                // keepAlive:false is the default so we don't need a custom Agent
                return external_node_http_.globalAgent;
            }
            if (!this.cachedHttpAgent) {
                // If there is no cached agent create a new one and cache it.
                this.cachedHttpAgent = new external_node_http_.Agent({ keepAlive: true });
            }
            return this.cachedHttpAgent;
        }
        else {
            if (disableKeepAlive && !request.tlsSettings) {
                // When there are no tlsSettings and keepAlive is false
                // we don't need a custom agent
                return external_node_https_namespaceObject.globalAgent;
            }
            // We use the tlsSettings to index cached clients
            const tlsSettings = request.tlsSettings ?? DEFAULT_TLS_SETTINGS;
            // Get the cached agent or create a new one with the
            // provided values for keepAlive and tlsSettings
            let agent = this.cachedHttpsAgents.get(tlsSettings);
            if (agent && agent.options.keepAlive === !disableKeepAlive) {
                return agent;
            }
            log/* logger */.v.info("No cached TLS Agent exist, creating a new Agent");
            agent = new external_node_https_namespaceObject.Agent({
                // keepAlive is true if disableKeepAlive is false.
                keepAlive: !disableKeepAlive,
                // Since we are spreading, if no tslSettings were provided, nothing is added to the agent options.
                ...tlsSettings,
            });
            this.cachedHttpsAgents.set(tlsSettings, agent);
            return agent;
        }
    }
}
function getResponseHeaders(res) {
    const headers = (0,httpHeaders/* createHttpHeaders */.N)();
    for (const header of Object.keys(res.headers)) {
        const value = res.headers[header];
        if (Array.isArray(value)) {
            if (value.length > 0) {
                headers.set(header, value[0]);
            }
        }
        else if (value) {
            headers.set(header, value);
        }
    }
    return headers;
}
function getDecodedResponseStream(stream, headers, abortSignal) {
    const contentEncoding = headers.get("Content-Encoding");
    if (contentEncoding === "gzip") {
        return pipeResponseStream(stream, external_node_zlib_.createGunzip(), abortSignal);
    }
    else if (contentEncoding === "deflate") {
        return pipeResponseStream(stream, external_node_zlib_.createInflate(), abortSignal);
    }
    return stream;
}
function pipeUploadStream(source, destination, request, onError) {
    let tearingDown = false;
    const cleanupFinished = (0,external_node_stream_.finished)(source, { writable: false }, onSourceComplete);
    function onSourceComplete(error) {
        cleanupFinished();
        destination.removeListener("close", onDestinationClose);
        if (error && !tearingDown) {
            const requestError = toRequestSendError(error, request);
            destination.destroy(requestError);
            onError?.(requestError);
        }
    }
    function onDestinationClose() {
        // Keep observing the source, but do not forward failures caused by intentional teardown.
        tearingDown = true;
        source.unpipe(destination);
        (0,responseBody/* disposeNodeStream */.WT)(source);
    }
    destination.once("close", onDestinationClose);
    source.pipe(destination);
}
function pipeResponseStream(source, destination, abortSignal) {
    (0,responseBody/* setResponseBodySource */.rp)(destination, source);
    let cleanupSource = () => { };
    let cleanupDestination = () => { };
    cleanupSource = (0,external_node_stream_.finished)(source, { writable: false }, (error) => {
        cleanupSource();
        if (error) {
            destination.destroy(abortSignal.aborted ? new AbortError/* AbortError */.l() : error);
        }
    });
    cleanupDestination = (0,external_node_stream_.finished)(destination, { writable: false }, () => {
        cleanupDestination();
        // Keep the source observer until its own completion, including any queued error.
        source.unpipe(destination);
        if (source.readable) {
            (0,responseBody/* disposeNodeStream */.WT)(source);
        }
    });
    return source.pipe(destination);
}
function streamToText(stream) {
    return new Promise((resolve, reject) => {
        const buffer = [];
        const cleanupFinished = (0,external_node_stream_.finished)(stream, { writable: false }, onComplete);
        function onData(chunk) {
            if (Buffer.isBuffer(chunk)) {
                buffer.push(chunk);
            }
            else {
                buffer.push(Buffer.from(chunk));
            }
        }
        function onComplete(error) {
            cleanupFinished();
            stream.removeListener("data", onData);
            if (error?.name === "AbortError") {
                reject(error);
            }
            else if (error) {
                reject(new restError/* RestError */.p(`Error reading response as text: ${error.message}`, {
                    code: restError/* RestError */.p.PARSE_ERROR,
                }));
            }
            else {
                resolve(Buffer.concat(buffer).toString("utf8"));
            }
        }
        stream.on("data", onData);
    });
}
/** @internal */
function getBodyLength(body) {
    if (!body) {
        return 0;
    }
    else if (Buffer.isBuffer(body)) {
        return body.length;
    }
    else if (isReadableStream(body)) {
        return null;
    }
    else if (isArrayBuffer(body)) {
        return body.byteLength;
    }
    else if (typeof body === "string") {
        return Buffer.byteLength(body);
    }
    else {
        return null;
    }
}
/**
 * Create a new HttpClient instance for the NodeJS environment.
 * @internal
 */
function createNodeHttpClient() {
    return new NodeHttpClient();
}
//# sourceMappingURL=nodeHttpClient.js.map
;// CONCATENATED MODULE: ./node_modules/@typespec/ts-http-runtime/dist/esm/defaultHttpClient.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

/**
 * Create the correct HttpClient for the current environment.
 */
function createDefaultHttpClient() {
    return createNodeHttpClient();
}
//# sourceMappingURL=defaultHttpClient.js.map
// EXTERNAL MODULE: ./node_modules/@typespec/ts-http-runtime/dist/esm/policies/logPolicy.js
var logPolicy = __nccwpck_require__(8676);
// EXTERNAL MODULE: ./node_modules/@typespec/ts-http-runtime/dist/esm/policies/userAgentPolicy.js + 2 modules
var userAgentPolicy = __nccwpck_require__(1425);
// EXTERNAL MODULE: ./node_modules/@typespec/ts-http-runtime/dist/esm/policies/defaultRetryPolicy.js
var defaultRetryPolicy = __nccwpck_require__(7005);
// EXTERNAL MODULE: ./node_modules/@typespec/ts-http-runtime/dist/esm/policies/formDataPolicy.js + 1 modules
var formDataPolicy = __nccwpck_require__(8977);
// EXTERNAL MODULE: ./node_modules/@typespec/ts-http-runtime/dist/esm/policies/agentPolicy.js
var agentPolicy = __nccwpck_require__(7739);
// EXTERNAL MODULE: ./node_modules/@typespec/ts-http-runtime/dist/esm/policies/tlsPolicy.js
var tlsPolicy = __nccwpck_require__(1559);
// EXTERNAL MODULE: ./node_modules/@typespec/ts-http-runtime/dist/esm/policies/proxyPolicy.js
var proxyPolicy = __nccwpck_require__(7794);
// EXTERNAL MODULE: ./node_modules/@typespec/ts-http-runtime/dist/esm/policies/decompressResponsePolicy.js
var decompressResponsePolicy = __nccwpck_require__(4592);
// EXTERNAL MODULE: ./node_modules/@typespec/ts-http-runtime/dist/esm/policies/redirectPolicy.js
var redirectPolicy = __nccwpck_require__(8804);
;// CONCATENATED MODULE: ./node_modules/@typespec/ts-http-runtime/dist/esm/policies/platformPolicies.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.





/**
 * Add platform-specific policies to the pipeline.
 *
 * On Node.js, this adds agent, TLS, proxy, decompression, and redirect
 * policies. On browser and React Native these concerns are handled
 * natively by the runtime, so this is a no-op.
 *
 * @internal
 */
function addPlatformPolicies(pipeline, options) {
    if (options.agent) {
        pipeline.addPolicy((0,agentPolicy/* agentPolicy */.e)(options.agent));
    }
    if (options.tlsOptions) {
        pipeline.addPolicy((0,tlsPolicy/* tlsPolicy */.i)(options.tlsOptions));
    }
    pipeline.addPolicy((0,proxyPolicy/* proxyPolicy */.Ll)(options.proxyOptions));
    pipeline.addPolicy((0,decompressResponsePolicy/* decompressResponsePolicy */.r)());
    // Both XHR and Fetch expect to handle redirects automatically,
    // so this only takes effect on Node.
    pipeline.addPolicy((0,redirectPolicy/* redirectPolicy */.x)(options.redirectOptions), { afterPhase: "Retry" });
}
//# sourceMappingURL=platformPolicies.js.map
// EXTERNAL MODULE: ./node_modules/@typespec/ts-http-runtime/dist/esm/policies/multipartPolicy.js + 1 modules
var multipartPolicy = __nccwpck_require__(5895);
;// CONCATENATED MODULE: ./node_modules/@typespec/ts-http-runtime/dist/esm/createPipelineFromOptions.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.







/**
 * Create a new pipeline with a default set of customizable policies.
 * @param options - Options to configure a custom pipeline.
 */
function createPipelineFromOptions(options) {
    const pipeline = createEmptyPipeline();
    addPlatformPolicies(pipeline, options);
    pipeline.addPolicy((0,formDataPolicy/* formDataPolicy */.j)(), { beforePolicies: [multipartPolicy/* multipartPolicyName */.u] });
    pipeline.addPolicy((0,userAgentPolicy/* userAgentPolicy */.z)(options.userAgentOptions));
    // The multipart policy is added after policies with no phase, so that
    // policies can be added between it and formDataPolicy to modify
    // properties (e.g., making the boundary constant in recorded tests).
    pipeline.addPolicy((0,multipartPolicy/* multipartPolicy */.J)(), { afterPhase: "Deserialize" });
    pipeline.addPolicy((0,defaultRetryPolicy/* defaultRetryPolicy */.u)(options.retryOptions), { phase: "Retry" });
    pipeline.addPolicy((0,logPolicy/* logPolicy */.r)(options.loggingOptions), { afterPhase: "Sign" });
    return pipeline;
}
//# sourceMappingURL=createPipelineFromOptions.js.map
;// CONCATENATED MODULE: ./node_modules/@typespec/ts-http-runtime/dist/esm/client/apiVersionPolicy.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.
const apiVersionPolicyName = "ApiVersionPolicy";
/**
 * Creates a policy that sets the apiVersion as a query parameter on every request
 * @param options - Client options
 * @returns Pipeline policy that sets the apiVersion as a query parameter on every request
 */
function apiVersionPolicy(options) {
    return {
        name: apiVersionPolicyName,
        sendRequest: (req, next) => {
            // Use the apiVesion defined in request url directly
            // Append one if there is no apiVesion and we have one at client options
            const url = new URL(req.url);
            if (!url.searchParams.get("api-version") && options.apiVersion) {
                req.url = `${req.url}${Array.from(url.searchParams.keys()).length > 0 ? "&" : "?"}api-version=${options.apiVersion}`;
            }
            return next(req);
        },
    };
}
//# sourceMappingURL=apiVersionPolicy.js.map
;// CONCATENATED MODULE: ./node_modules/@typespec/ts-http-runtime/dist/esm/auth/credentials.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.
/**
 * Type guard to check if a credential is an OAuth2 token credential.
 */
function isOAuth2TokenCredential(credential) {
    return "getOAuth2Token" in credential;
}
/**
 * Type guard to check if a credential is a Bearer token credential.
 */
function isBearerTokenCredential(credential) {
    return "getBearerToken" in credential;
}
/**
 * Type guard to check if a credential is a Basic auth credential.
 */
function isBasicCredential(credential) {
    return "username" in credential && "password" in credential;
}
/**
 * Type guard to check if a credential is an API key credential.
 */
function isApiKeyCredential(credential) {
    return "key" in credential;
}
//# sourceMappingURL=credentials.js.map
// EXTERNAL MODULE: ./node_modules/@typespec/ts-http-runtime/dist/esm/env.js
var env = __nccwpck_require__(7970);
;// CONCATENATED MODULE: ./node_modules/@typespec/ts-http-runtime/dist/esm/policies/auth/checkInsecureConnection.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.


// Ensure the warining is only emitted once
let insecureConnectionWarningEmmitted = false;
/**
 * Checks if the request is allowed to be sent over an insecure connection.
 *
 * A request is allowed to be sent over an insecure connection when:
 * - The `allowInsecureConnection` option is set to `true`.
 * - The request has the `allowInsecureConnection` property set to `true`.
 * - The request is being sent to `localhost` or `127.0.0.1`
 */
function allowInsecureConnection(request, options) {
    if (options.allowInsecureConnection && request.allowInsecureConnection) {
        const url = new URL(request.url);
        if (url.hostname === "localhost" || url.hostname === "127.0.0.1") {
            return true;
        }
    }
    return false;
}
/**
 * Logs a warning about sending a token over an insecure connection.
 *
 * This function will emit a node warning once, but log the warning every time.
 */
function emitInsecureConnectionWarning() {
    const warning = "Sending token over insecure transport. Assume any token issued is compromised.";
    log/* logger */.v.warning(warning);
    if (!insecureConnectionWarningEmmitted) {
        insecureConnectionWarningEmmitted = true;
        (0,env/* emitNodeWarning */.y5)(warning);
    }
}
/**
 * Ensures that authentication is only allowed over HTTPS unless explicitly allowed.
 * Throws an error if the connection is not secure and not explicitly allowed.
 */
function ensureSecureConnection(request, options) {
    if (!request.url.toLowerCase().startsWith("https://")) {
        if (allowInsecureConnection(request, options)) {
            emitInsecureConnectionWarning();
        }
        else {
            throw new Error("Authentication is not permitted for non-TLS protected (non-https) URLs when allowInsecureConnection is false.");
        }
    }
}
//# sourceMappingURL=checkInsecureConnection.js.map
;// CONCATENATED MODULE: ./node_modules/@typespec/ts-http-runtime/dist/esm/policies/auth/apiKeyAuthenticationPolicy.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

/**
 * Name of the API Key Authentication Policy
 */
const apiKeyAuthenticationPolicyName = "apiKeyAuthenticationPolicy";
/**
 * Gets a pipeline policy that adds API key authentication to requests
 */
function apiKeyAuthenticationPolicy(options) {
    return {
        name: apiKeyAuthenticationPolicyName,
        async sendRequest(request, next) {
            // Ensure allowInsecureConnection is explicitly set when sending request to non-https URLs
            ensureSecureConnection(request, options);
            const scheme = (request.authSchemes ?? options.authSchemes)?.find((x) => x.kind === "apiKey");
            // Skip adding authentication header if no API key authentication scheme is found
            if (!scheme) {
                return next(request);
            }
            if (scheme.apiKeyLocation !== "header") {
                throw new Error(`Unsupported API key location: ${scheme.apiKeyLocation}`);
            }
            request.headers.set(scheme.name, options.credential.key);
            return next(request);
        },
    };
}
//# sourceMappingURL=apiKeyAuthenticationPolicy.js.map
// EXTERNAL MODULE: ./node_modules/@typespec/ts-http-runtime/dist/esm/util/bytesEncoding.js
var bytesEncoding = __nccwpck_require__(3816);
;// CONCATENATED MODULE: ./node_modules/@typespec/ts-http-runtime/dist/esm/policies/auth/basicAuthenticationPolicy.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.


/**
 * Name of the Basic Authentication Policy
 */
const basicAuthenticationPolicyName = "bearerAuthenticationPolicy";
/**
 * Gets a pipeline policy that adds basic authentication to requests
 */
function basicAuthenticationPolicy(options) {
    return {
        name: basicAuthenticationPolicyName,
        async sendRequest(request, next) {
            // Ensure allowInsecureConnection is explicitly set when sending request to non-https URLs
            ensureSecureConnection(request, options);
            const scheme = (request.authSchemes ?? options.authSchemes)?.find((x) => x.kind === "http" && x.scheme === "basic");
            // Skip adding authentication header if no basic authentication scheme is found
            if (!scheme) {
                return next(request);
            }
            const { username, password } = options.credential;
            const headerValue = (0,bytesEncoding/* uint8ArrayToString */.S)((0,bytesEncoding/* stringToUint8Array */.A)(`${username}:${password}`, "utf-8"), "base64");
            request.headers.set("Authorization", `Basic ${headerValue}`);
            return next(request);
        },
    };
}
//# sourceMappingURL=basicAuthenticationPolicy.js.map
;// CONCATENATED MODULE: ./node_modules/@typespec/ts-http-runtime/dist/esm/policies/auth/bearerAuthenticationPolicy.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

/**
 * Name of the Bearer Authentication Policy
 */
const bearerAuthenticationPolicyName = "bearerAuthenticationPolicy";
/**
 * Gets a pipeline policy that adds bearer token authentication to requests
 */
function bearerAuthenticationPolicy(options) {
    return {
        name: bearerAuthenticationPolicyName,
        async sendRequest(request, next) {
            // Ensure allowInsecureConnection is explicitly set when sending request to non-https URLs
            ensureSecureConnection(request, options);
            const scheme = (request.authSchemes ?? options.authSchemes)?.find((x) => x.kind === "http" && x.scheme === "bearer");
            // Skip adding authentication header if no bearer authentication scheme is found
            if (!scheme) {
                return next(request);
            }
            const token = await options.credential.getBearerToken({
                abortSignal: request.abortSignal,
            });
            request.headers.set("Authorization", `Bearer ${token}`);
            return next(request);
        },
    };
}
//# sourceMappingURL=bearerAuthenticationPolicy.js.map
;// CONCATENATED MODULE: ./node_modules/@typespec/ts-http-runtime/dist/esm/policies/auth/oauth2AuthenticationPolicy.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

/**
 * Name of the OAuth2 Authentication Policy
 */
const oauth2AuthenticationPolicyName = "oauth2AuthenticationPolicy";
/**
 * Gets a pipeline policy that adds authorization header from OAuth2 schemes
 */
function oauth2AuthenticationPolicy(options) {
    return {
        name: oauth2AuthenticationPolicyName,
        async sendRequest(request, next) {
            // Ensure allowInsecureConnection is explicitly set when sending request to non-https URLs
            ensureSecureConnection(request, options);
            const scheme = (request.authSchemes ?? options.authSchemes)?.find((x) => x.kind === "oauth2");
            // Skip adding authentication header if no OAuth2 authentication scheme is found
            if (!scheme) {
                return next(request);
            }
            const token = await options.credential.getOAuth2Token(scheme.flows, {
                abortSignal: request.abortSignal,
            });
            request.headers.set("Authorization", `Bearer ${token}`);
            return next(request);
        },
    };
}
//# sourceMappingURL=oauth2AuthenticationPolicy.js.map
;// CONCATENATED MODULE: ./node_modules/@typespec/ts-http-runtime/dist/esm/client/clientHelpers.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.








let cachedHttpClient;
/**
 * Creates a default rest pipeline to re-use accross Rest Level Clients
 */
function createDefaultPipeline(options = {}) {
    const pipeline = createPipelineFromOptions(options);
    pipeline.addPolicy(apiVersionPolicy(options));
    const { credential, authSchemes, allowInsecureConnection } = options;
    if (credential) {
        if (isApiKeyCredential(credential)) {
            pipeline.addPolicy(apiKeyAuthenticationPolicy({ authSchemes, credential, allowInsecureConnection }));
        }
        else if (isBasicCredential(credential)) {
            pipeline.addPolicy(basicAuthenticationPolicy({ authSchemes, credential, allowInsecureConnection }));
        }
        else if (isBearerTokenCredential(credential)) {
            pipeline.addPolicy(bearerAuthenticationPolicy({ authSchemes, credential, allowInsecureConnection }));
        }
        else if (isOAuth2TokenCredential(credential)) {
            pipeline.addPolicy(oauth2AuthenticationPolicy({ authSchemes, credential, allowInsecureConnection }));
        }
    }
    return pipeline;
}
function getCachedDefaultHttpsClient() {
    if (!cachedHttpClient) {
        cachedHttpClient = createDefaultHttpClient();
    }
    return cachedHttpClient;
}
//# sourceMappingURL=clientHelpers.js.map
// EXTERNAL MODULE: ./node_modules/@typespec/ts-http-runtime/dist/esm/util/typeGuards.js + 1 modules
var typeGuards = __nccwpck_require__(1717);
;// CONCATENATED MODULE: ./node_modules/@typespec/ts-http-runtime/dist/esm/client/multipart.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.




/**
 * Get value of a header in the part descriptor ignoring case
 */
function getHeaderValue(descriptor, headerName) {
    if (descriptor.headers) {
        const actualHeaderName = Object.keys(descriptor.headers).find((x) => x.toLowerCase() === headerName.toLowerCase());
        if (actualHeaderName) {
            return descriptor.headers[actualHeaderName];
        }
    }
    return undefined;
}
function getPartContentType(descriptor) {
    const contentTypeHeader = getHeaderValue(descriptor, "content-type");
    if (contentTypeHeader) {
        return contentTypeHeader;
    }
    // Special value of null means content type is to be omitted
    if (descriptor.contentType === null) {
        return undefined;
    }
    if (descriptor.contentType) {
        return descriptor.contentType;
    }
    const { body } = descriptor;
    if (body === null || body === undefined) {
        return undefined;
    }
    if (typeof body === "string" || typeof body === "number" || typeof body === "boolean") {
        return "text/plain; charset=UTF-8";
    }
    if (body instanceof Blob) {
        return body.type || "application/octet-stream";
    }
    if ((0,typeGuards/* isBinaryBody */.CY)(body)) {
        return "application/octet-stream";
    }
    // arbitrary non-text object -> generic JSON content type by default. We will try to JSON.stringify the body.
    return "application/json";
}
/**
 * Enclose value in quotes and escape special characters, for use in the Content-Disposition header
 */
function escapeDispositionField(value) {
    return JSON.stringify(value);
}
function getContentDisposition(descriptor) {
    const contentDispositionHeader = getHeaderValue(descriptor, "content-disposition");
    if (contentDispositionHeader) {
        return contentDispositionHeader;
    }
    if (descriptor.dispositionType === undefined &&
        descriptor.name === undefined &&
        descriptor.filename === undefined) {
        return undefined;
    }
    const dispositionType = descriptor.dispositionType ?? "form-data";
    let disposition = dispositionType;
    if (descriptor.name) {
        disposition += `; name=${escapeDispositionField(descriptor.name)}`;
    }
    let filename = undefined;
    if (descriptor.filename) {
        filename = descriptor.filename;
    }
    else if (typeof File !== "undefined" && descriptor.body instanceof File) {
        const filenameFromFile = descriptor.body.name;
        if (filenameFromFile !== "") {
            filename = filenameFromFile;
        }
    }
    if (filename) {
        disposition += `; filename=${escapeDispositionField(filename)}`;
    }
    return disposition;
}
function normalizeBody(body, contentType) {
    if (body === undefined) {
        // zero-length body
        return new Uint8Array([]);
    }
    // binary and primitives should go straight on the wire regardless of content type
    if ((0,typeGuards/* isBinaryBody */.CY)(body)) {
        return body;
    }
    if (typeof body === "string" || typeof body === "number" || typeof body === "boolean") {
        return (0,bytesEncoding/* stringToUint8Array */.A)(String(body), "utf-8");
    }
    // stringify objects for JSON-ish content types e.g. application/json, application/merge-patch+json, application/vnd.oci.manifest.v1+json, application.json; charset=UTF-8
    if (contentType && /application\/(.+\+)?json(;.+)?/i.test(String(contentType))) {
        return (0,bytesEncoding/* stringToUint8Array */.A)(JSON.stringify(body), "utf-8");
    }
    throw new restError/* RestError */.p(`Unsupported body/content-type combination: ${body}, ${contentType}`);
}
function buildBodyPart(descriptor) {
    const contentType = getPartContentType(descriptor);
    const contentDisposition = getContentDisposition(descriptor);
    const headers = (0,httpHeaders/* createHttpHeaders */.N)(descriptor.headers ?? {});
    if (contentType) {
        headers.set("content-type", contentType);
    }
    if (contentDisposition) {
        headers.set("content-disposition", contentDisposition);
    }
    const body = normalizeBody(descriptor.body, contentType);
    return {
        headers,
        body,
    };
}
function buildMultipartBody(parts) {
    return { parts: parts.map(buildBodyPart) };
}
//# sourceMappingURL=multipart.js.map
;// CONCATENATED MODULE: ./node_modules/@typespec/ts-http-runtime/dist/esm/client/sendRequest.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.






/**
 * Helper function to send request used by the client
 * @param method - method to use to send the request
 * @param url - url to send the request to
 * @param pipeline - pipeline with the policies to run when sending the request
 * @param options - request options
 * @param customHttpClient - a custom HttpClient to use when making the request
 * @returns returns and HttpResponse
 */
async function sendRequest(method, url, pipeline, options = {}, customHttpClient) {
    const httpClient = customHttpClient ?? getCachedDefaultHttpsClient();
    const request = buildPipelineRequest(method, url, options);
    try {
        const response = await pipeline.sendRequest(httpClient, request);
        const headers = response.headers.toJSON();
        const stream = response.readableStreamBody ?? response.browserStreamBody;
        const parsedBody = options.responseAsStream || stream !== undefined ? undefined : getResponseBody(response);
        const body = stream ?? parsedBody;
        if (options?.onResponse) {
            options.onResponse({ ...response, request, rawHeaders: headers, parsedBody });
        }
        return {
            request,
            headers,
            status: `${response.status}`,
            body,
        };
    }
    catch (e) {
        if ((0,restError/* isRestError */.T)(e) && e.response && options.onResponse) {
            const { response } = e;
            const rawHeaders = response.headers.toJSON();
            // UNBRANDED DIFFERENCE: onResponse callback does not have a second __legacyError property
            options?.onResponse({ ...response, request, rawHeaders }, e);
        }
        throw e;
    }
}
/**
 * Function to determine the content-type of a body
 * this is used if an explicit content-type is not provided
 * @param body - body in the request
 * @returns returns the content-type
 */
function getContentType(body) {
    if (body === undefined) {
        return undefined;
    }
    if (body instanceof ArrayBuffer || ArrayBuffer.isView(body)) {
        return "application/octet-stream";
    }
    if ((0,typeGuards/* isBlob */.qf)(body) && body.type) {
        return body.type;
    }
    if (typeof body === "string") {
        try {
            JSON.parse(body);
            return "application/json";
        }
        catch (error) {
            // If we fail to parse the body, it is not json
            return undefined;
        }
    }
    // By default return json
    return "application/json";
}
function buildPipelineRequest(method, url, options = {}) {
    const headers = (0,httpHeaders/* createHttpHeaders */.N)(options.headers);
    let requestContentType = options.contentType;
    if (!requestContentType) {
        requestContentType = headers.get("content-type");
    }
    if (requestContentType === undefined) {
        requestContentType = getContentType(options.body);
    }
    const { body, multipartBody } = getRequestBody(options.body, requestContentType);
    const accept = options.accept ??
        headers.get("accept") ??
        (options.noDefaultAcceptHeader ? undefined : "application/json");
    if (accept !== undefined) {
        headers.set("accept", accept);
    }
    if (requestContentType) {
        headers.set("content-type", requestContentType);
    }
    const { allowInsecureConnection, abortSignal, onUploadProgress, onDownloadProgress, timeout, responseAsStream, noDefaultAcceptHeader: _noDefaultAcceptHeader, url: _url, method: _method, body: _body, multipartBody: _multiBody, headers: _headers, ...rest } = options;
    const request = createPipelineRequest({
        url,
        method,
        body,
        multipartBody,
        headers,
        allowInsecureConnection,
        abortSignal,
        onUploadProgress,
        onDownloadProgress,
        timeout,
        enableBrowserStreams: true,
        streamResponseStatusCodes: responseAsStream ? new Set([Number.POSITIVE_INFINITY]) : undefined,
    });
    Object.assign(request, rest);
    return request;
}
/**
 * Prepares the body before sending the request
 */
function getRequestBody(body, contentType = "") {
    if (body === undefined) {
        return { body: undefined };
    }
    if (typeof FormData !== "undefined" && body instanceof FormData) {
        return { body };
    }
    if ((0,typeGuards/* isBlob */.qf)(body)) {
        return { body };
    }
    if ((0,typeGuards/* isReadableStream */.H1)(body)) {
        return { body };
    }
    if (typeof body === "function") {
        return { body: body };
    }
    if (body instanceof ArrayBuffer || ArrayBuffer.isView(body)) {
        return { body };
    }
    const firstType = contentType.split(";")[0];
    switch (firstType) {
        case "application/json":
            return { body: JSON.stringify(body) };
        case "multipart/form-data":
            if (Array.isArray(body)) {
                return { multipartBody: buildMultipartBody(body) };
            }
            return { body: JSON.stringify(body) };
        case "text/plain":
            return { body: String(body) };
        default:
            if (typeof body === "string") {
                return { body };
            }
            return { body: JSON.stringify(body) };
    }
}
/**
 * Prepares the response body
 */
function getResponseBody(response) {
    // Set the default response type
    const contentType = response.headers.get("content-type") ?? "";
    const firstType = contentType.split(";")[0];
    const bodyToParse = response.bodyAsText ?? "";
    if (firstType === "text/plain") {
        return String(bodyToParse);
    }
    // Default to "application/json" and fallback to string;
    try {
        return bodyToParse ? JSON.parse(bodyToParse) : undefined;
    }
    catch (error) {
        // If we were supposed to get a JSON object and failed to
        // parse, throw a parse error
        if (firstType === "application/json") {
            throw createParseError(response, error);
        }
        // We are not sure how to handle the response so we return it as
        // plain text.
        return String(bodyToParse);
    }
}
function createParseError(response, err) {
    const msg = `Error "${err}" occurred while parsing the response body - ${response.bodyAsText}.`;
    const errCode = err.code ?? restError/* RestError */.p.PARSE_ERROR;
    return new restError/* RestError */.p(msg, {
        code: errCode,
        statusCode: response.status,
        request: response.request,
        response: response,
    });
}
//# sourceMappingURL=sendRequest.js.map
;// CONCATENATED MODULE: ./node_modules/@typespec/ts-http-runtime/dist/esm/client/urlHelpers.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.
function isQueryParameterWithOptions(x) {
    if (typeof x !== "object" || x === null || !Object.hasOwn(x, "value")) {
        return false;
    }
    const value = x.value;
    return typeof value?.toString === "function";
}
/**
 * Builds the request url, filling in query and path parameters
 * @param endpoint - base url which can be a template url
 * @param routePath - path to append to the endpoint
 * @param pathParameters - values of the path parameters
 * @param options - request parameters including query parameters
 * @returns a full url with path and query parameters
 */
function buildRequestUrl(endpoint, routePath, pathParameters, options = {}) {
    if (routePath.startsWith("https://") || routePath.startsWith("http://")) {
        return routePath;
    }
    endpoint = buildBaseUrl(endpoint, options);
    // the route could be
    //   1. a path: "container123/blob456"
    //   2. a component string from template which starts with "?" and may contain more "?" after template is expanded,
    //      e.g., "?restype=container&comp=blobs?where=key177196556777405927%3D%27val1177196556777407626%27"
    const updatedRoutePath = buildRoutePath(routePath, pathParameters, options);
    const requestUrl = appendQueryParams(appendPath(endpoint, updatedRoutePath), options);
    const url = new URL(requestUrl);
    return url.toString();
}
function appendPath(endpoint, pathToAppend) {
    const endpointSearchStart = endpoint.indexOf("?");
    const pathSearchStart = pathToAppend.indexOf("?");
    const endpointParts = endpointSearchStart !== -1
        ? [endpoint.substring(0, endpointSearchStart), endpoint.substring(endpointSearchStart + 1)]
        : [endpoint, ""];
    const pathParts = pathSearchStart !== -1
        ? [pathToAppend.substring(0, pathSearchStart), pathToAppend.substring(pathSearchStart + 1)]
        : [pathToAppend, ""];
    const combinedSearch = [endpointParts[1], pathParts[1].replaceAll("?", "&")]
        .filter(Boolean)
        .join("&");
    // Replace consecutive forward slashes with a single forward slash, but only for the part right after the host in the endpoint.
    // This is to maintain compatibility with old behavior for cases where the endpoint has been provided with extra forward slashes,
    // while still allowing for intentional consecutive forward slashes in the path to be preserved.
    const baseEndpoint = endpointParts[0].replace(/(^[^:]+:\/\/[^/]+)\/\/+/, "$1/");
    const basePathToAppend = pathParts[0];
    let combinedUrl = baseEndpoint;
    if (!baseEndpoint.endsWith("/") && !basePathToAppend.startsWith("/") && basePathToAppend !== "") {
        combinedUrl += `/${basePathToAppend}`;
    }
    else if (baseEndpoint.endsWith("/") && basePathToAppend.startsWith("/")) {
        combinedUrl += basePathToAppend.substring(1);
    }
    else {
        combinedUrl += basePathToAppend;
    }
    if (combinedSearch) {
        combinedUrl += `?${combinedSearch}`;
    }
    return combinedUrl;
}
function getQueryParamValue(key, allowReserved, style, param) {
    let separator;
    if (style === "pipeDelimited") {
        separator = "|";
    }
    else if (style === "spaceDelimited") {
        separator = "%20";
    }
    else {
        separator = ",";
    }
    let paramValues;
    if (Array.isArray(param)) {
        paramValues = param;
    }
    else if (typeof param === "object" && param.toString === Object.prototype.toString) {
        // If the parameter is an object without a custom toString implementation (e.g. a Date),
        // then we should deconstruct the object into an array [key1, value1, key2, value2, ...].
        paramValues = Object.entries(param).flat();
    }
    else {
        paramValues = [param];
    }
    const value = paramValues
        .map((p) => {
        if (p === null || p === undefined) {
            return "";
        }
        if (!p.toString || typeof p.toString !== "function") {
            throw new Error(`Query parameters must be able to be represented as string, ${key} can't`);
        }
        const rawValue = p.toISOString !== undefined ? p.toISOString() : p.toString();
        return allowReserved ? rawValue : encodeURIComponent(rawValue);
    })
        .join(separator);
    return `${allowReserved ? key : encodeURIComponent(key)}=${value}`;
}
/**
 * Parses a query string into a map of key/value pairs without decoding the values.
 * This avoids the issue where `URL.searchParams` would decode values, potentially
 * corrupting already-encoded values such as SAS signatures.
 */
function simpleParseQueryParams(queryString) {
    const result = new Map();
    if (!queryString || queryString[0] !== "?") {
        return result;
    }
    // remove the leading ?
    queryString = queryString.slice(1);
    const pairs = queryString.split("&");
    for (const pair of pairs) {
        const eqIndex = pair.indexOf("=");
        const name = eqIndex === -1 ? pair : pair.substring(0, eqIndex);
        const value = eqIndex === -1 ? "" : pair.substring(eqIndex + 1);
        const existingValue = result.get(name);
        if (existingValue !== undefined) {
            if (Array.isArray(existingValue)) {
                existingValue.push(value);
            }
            else {
                result.set(name, [existingValue, value]);
            }
        }
        else {
            result.set(name, value);
        }
    }
    return result;
}
/** @internal */
function appendQueryParams(url, options = {}) {
    if (!options.queryParameters) {
        return url;
    }
    const parsedUrl = new URL(url);
    const queryParams = options.queryParameters;
    // Parse existing query params from the URL manually to avoid re-encoding issues
    const existingParams = simpleParseQueryParams(parsedUrl.search);
    const newParamStrings = [];
    for (const key of Object.keys(queryParams)) {
        const param = queryParams[key];
        if (param === undefined || param === null) {
            continue;
        }
        const hasMetadata = isQueryParameterWithOptions(param);
        const rawValue = hasMetadata ? param.value : param;
        const explode = hasMetadata ? (param.explode ?? false) : false;
        const style = hasMetadata && param.style ? param.style : "form";
        if (explode) {
            if (Array.isArray(rawValue)) {
                for (const item of rawValue) {
                    newParamStrings.push(getQueryParamValue(key, options.skipUrlEncoding ?? false, style, item));
                }
            }
            else if (rawValue !== null && typeof rawValue === "object") {
                // For object explode, the name of the query parameter is ignored and we use the object key instead
                for (const [actualKey, value] of Object.entries(rawValue)) {
                    newParamStrings.push(getQueryParamValue(actualKey, options.skipUrlEncoding ?? false, style, value));
                }
            }
            else {
                // Explode doesn't really make sense for primitives
                throw new Error("explode can only be set to true for objects and arrays");
            }
        }
        else {
            newParamStrings.push(getQueryParamValue(key, options.skipUrlEncoding ?? false, style, rawValue));
        }
    }
    // Merge new params into existing params, deduplicating values for the same key
    for (const paramString of newParamStrings) {
        const eqIndex = paramString.indexOf("=");
        const name = paramString.substring(0, eqIndex);
        const value = paramString.substring(eqIndex + 1);
        const existingValue = existingParams.get(name);
        if (existingValue !== undefined) {
            if (Array.isArray(existingValue)) {
                if (!existingValue.includes(value)) {
                    existingValue.push(value);
                }
            }
            else if (existingValue !== value) {
                existingParams.set(name, [existingValue, value]);
            }
            // if existingValue === value (single string match), no change needed
        }
        else {
            existingParams.set(name, value);
        }
    }
    // Reconstruct the search string manually to avoid URL re-encoding
    const searchPieces = [];
    for (const [name, value] of existingParams) {
        if (Array.isArray(value)) {
            for (const subValue of value) {
                searchPieces.push(`${name}=${subValue}`);
            }
        }
        else {
            searchPieces.push(`${name}=${value}`);
        }
    }
    parsedUrl.search = searchPieces.length ? `?${searchPieces.join("&")}` : "";
    return parsedUrl.toString();
}
function buildBaseUrl(endpoint, options) {
    if (!options.pathParameters) {
        return endpoint;
    }
    const pathParams = options.pathParameters;
    for (const [key, param] of Object.entries(pathParams)) {
        if (param === undefined || param === null) {
            throw new Error(`Path parameters ${key} must not be undefined or null`);
        }
        if (!param.toString || typeof param.toString !== "function") {
            throw new Error(`Path parameters must be able to be represented as string, ${key} can't`);
        }
        let value = param.toISOString !== undefined ? param.toISOString() : String(param);
        if (!options.skipUrlEncoding) {
            value = encodeURIComponent(param);
        }
        endpoint = replaceAll(endpoint, `{${key}}`, value) ?? "";
    }
    return endpoint;
}
function buildRoutePath(routePath, pathParameters, options = {}) {
    for (const pathParam of pathParameters) {
        const allowReserved = typeof pathParam === "object" && (pathParam.allowReserved ?? false);
        let value = typeof pathParam === "object" ? pathParam.value : pathParam;
        if (!options.skipUrlEncoding && !allowReserved) {
            value = encodeURIComponent(value);
        }
        routePath = routePath.replace(/\{[\w-]+\}/, String(value));
    }
    return routePath;
}
/**
 * Replace all of the instances of searchValue in value with the provided replaceValue.
 * @param value - The value to search and replace in.
 * @param searchValue - The value to search for in the value argument.
 * @param replaceValue - The value to replace searchValue with in the value argument.
 * @returns The value where each instance of searchValue was replaced with replacedValue.
 */
function replaceAll(value, searchValue, replaceValue) {
    return !value || !searchValue ? value : value.split(searchValue).join(replaceValue || "");
}
//# sourceMappingURL=urlHelpers.js.map
;// CONCATENATED MODULE: ./node_modules/@typespec/ts-http-runtime/dist/esm/client/getClient.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.




/**
 * Creates a client with a default pipeline
 * @param endpoint - Base endpoint for the client
 * @param clientOptions - Client options
 */
function getClient(endpoint, clientOptions = {}) {
    const pipeline = clientOptions.pipeline ?? createDefaultPipeline(clientOptions);
    if (clientOptions.additionalPolicies?.length) {
        for (const { policy, position } of clientOptions.additionalPolicies) {
            // Sign happens after Retry and is commonly needed to occur
            // before policies that intercept post-retry.
            const afterPhase = position === "perRetry" ? "Sign" : undefined;
            pipeline.addPolicy(policy, {
                afterPhase,
            });
        }
    }
    const noDefaultAcceptHeader = clientOptions.internal?.noDefaultAcceptHeader ?? false;
    const { allowInsecureConnection, httpClient } = clientOptions;
    const endpointUrl = clientOptions.endpoint ?? endpoint;
    const client = (path, ...args) => {
        const getUrl = (requestOptions) => buildRequestUrl(endpointUrl, path, args, { allowInsecureConnection, ...requestOptions });
        return {
            get: (requestOptions = {}) => {
                return buildOperation("GET", getUrl(requestOptions), pipeline, requestOptions, allowInsecureConnection, httpClient, noDefaultAcceptHeader);
            },
            post: (requestOptions = {}) => {
                return buildOperation("POST", getUrl(requestOptions), pipeline, requestOptions, allowInsecureConnection, httpClient, noDefaultAcceptHeader);
            },
            put: (requestOptions = {}) => {
                return buildOperation("PUT", getUrl(requestOptions), pipeline, requestOptions, allowInsecureConnection, httpClient, noDefaultAcceptHeader);
            },
            patch: (requestOptions = {}) => {
                return buildOperation("PATCH", getUrl(requestOptions), pipeline, requestOptions, allowInsecureConnection, httpClient, noDefaultAcceptHeader);
            },
            delete: (requestOptions = {}) => {
                return buildOperation("DELETE", getUrl(requestOptions), pipeline, requestOptions, allowInsecureConnection, httpClient, noDefaultAcceptHeader);
            },
            head: (requestOptions = {}) => {
                return buildOperation("HEAD", getUrl(requestOptions), pipeline, requestOptions, allowInsecureConnection, httpClient, noDefaultAcceptHeader);
            },
            options: (requestOptions = {}) => {
                return buildOperation("OPTIONS", getUrl(requestOptions), pipeline, requestOptions, allowInsecureConnection, httpClient, noDefaultAcceptHeader);
            },
            trace: (requestOptions = {}) => {
                return buildOperation("TRACE", getUrl(requestOptions), pipeline, requestOptions, allowInsecureConnection, httpClient, noDefaultAcceptHeader);
            },
        };
    };
    return {
        path: client,
        pathUnchecked: client,
        pipeline,
    };
}
function buildOperation(method, url, pipeline, options, allowInsecureConnection, httpClient, noDefaultAcceptHeader = false) {
    allowInsecureConnection = options.allowInsecureConnection ?? allowInsecureConnection;
    return {
        then: function (onFulfilled, onrejected) {
            return sendRequest(method, url, pipeline, { ...options, allowInsecureConnection, noDefaultAcceptHeader }, httpClient).then(onFulfilled, onrejected);
        },
        async asBrowserStream() {
            if (env/* isNodeLike */.qx) {
                throw new Error("`asBrowserStream` is supported only in the browser environment. Use `asNodeStream` instead to obtain the response body stream. If you require a Web stream of the response in Node, consider using `Readable.toWeb` on the result of `asNodeStream`.");
            }
            else {
                return sendRequest(method, url, pipeline, { ...options, allowInsecureConnection, noDefaultAcceptHeader, responseAsStream: true }, httpClient);
            }
        },
        async asNodeStream() {
            if (env/* isNodeLike */.qx) {
                return sendRequest(method, url, pipeline, { ...options, allowInsecureConnection, noDefaultAcceptHeader, responseAsStream: true }, httpClient);
            }
            else {
                throw new Error("`isNodeStream` is not supported in the browser environment. Use `asBrowserStream` to obtain the response body stream.");
            }
        },
    };
}
//# sourceMappingURL=getClient.js.map
;// CONCATENATED MODULE: ./node_modules/@typespec/ts-http-runtime/dist/esm/client/operationOptionHelpers.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.
/**
 * Helper function to convert OperationOptions to RequestParameters
 * @param options - the options that are used by Modular layer to send the request
 * @returns the result of the conversion in RequestParameters of RLC layer
 */
function operationOptionsToRequestParameters(options) {
    return {
        allowInsecureConnection: options.requestOptions?.allowInsecureConnection,
        timeout: options.requestOptions?.timeout,
        skipUrlEncoding: options.requestOptions?.skipUrlEncoding,
        abortSignal: options.abortSignal,
        onUploadProgress: options.requestOptions?.onUploadProgress,
        onDownloadProgress: options.requestOptions?.onDownloadProgress,
        headers: { ...options.requestOptions?.headers },
        onResponse: options.onResponse,
    };
}
//# sourceMappingURL=operationOptionHelpers.js.map
;// CONCATENATED MODULE: ./node_modules/@typespec/ts-http-runtime/dist/esm/client/restError.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.


function createRestError(messageOrResponse, response) {
    const resp = typeof messageOrResponse === "string" ? response : messageOrResponse;
    const internalError = resp.body?.error ?? resp.body;
    const message = typeof messageOrResponse === "string"
        ? messageOrResponse
        : (internalError?.message ?? `Unexpected status code: ${resp.status}`);
    return new restError/* RestError */.p(message, {
        statusCode: statusCodeToNumber(resp.status),
        code: internalError?.code,
        request: resp.request,
        response: toPipelineResponse(resp),
    });
}
function toPipelineResponse(errorResponse) {
    return {
        headers: (0,httpHeaders/* createHttpHeaders */.N)(errorResponse.headers),
        request: errorResponse.request,
        status: statusCodeToNumber(errorResponse.status) ?? -1,
        ...(typeof errorResponse.body === "string" ? { bodyAsText: errorResponse.body } : {}),
    };
}
function statusCodeToNumber(statusCode) {
    const status = Number.parseInt(statusCode);
    return Number.isNaN(status) ? undefined : status;
}
//# sourceMappingURL=restError.js.map
;// CONCATENATED MODULE: ./node_modules/@typespec/ts-http-runtime/dist/esm/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.











//# sourceMappingURL=index.js.map

/***/ }),

/***/ 7507:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   v: () => (/* binding */ logger)
/* harmony export */ });
/* harmony import */ var _logger_logger_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3482);
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

const logger = (0,_logger_logger_js__WEBPACK_IMPORTED_MODULE_0__/* .createClientLogger */ .KV)("ts-http-runtime");
//# sourceMappingURL=log.js.map

/***/ }),

/***/ 3482:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  KV: () => (/* binding */ createClientLogger),
  MX: () => (/* binding */ createLoggerContext)
});

// UNUSED EXPORTS: TypeSpecRuntimeLogger, getLogLevel, setLogLevel

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __nccwpck_require__(7975);
// EXTERNAL MODULE: external "node:process"
var external_node_process_ = __nccwpck_require__(1708);
;// CONCATENATED MODULE: ./node_modules/@typespec/ts-http-runtime/dist/esm/logger/log.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.



function log(message, ...args) {
    external_node_process_.stderr.write(`${external_node_util_.format(message, ...args)}${external_node_os_.EOL}`);
}
//# sourceMappingURL=log.js.map
// EXTERNAL MODULE: ./node_modules/@typespec/ts-http-runtime/dist/esm/env.js
var env = __nccwpck_require__(7970);
;// CONCATENATED MODULE: ./node_modules/@typespec/ts-http-runtime/dist/esm/logger/debug.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.


const debugEnvVariable = (0,env/* getEnvironmentVariable */.Az)("DEBUG");
let enabledString;
let enabledNamespaces = [];
let skippedNamespaces = [];
const debuggers = [];
if (debugEnvVariable) {
    enable(debugEnvVariable);
}
const debugObj = Object.assign((namespace) => {
    return createDebugger(namespace);
}, {
    enable,
    enabled,
    disable,
    log: log,
});
function enable(namespaces) {
    enabledString = namespaces;
    enabledNamespaces = [];
    skippedNamespaces = [];
    const namespaceList = namespaces.split(",").map((ns) => ns.trim());
    for (const ns of namespaceList) {
        if (ns.startsWith("-")) {
            skippedNamespaces.push(ns.substring(1));
        }
        else {
            enabledNamespaces.push(ns);
        }
    }
    for (const instance of debuggers) {
        instance.enabled = enabled(instance.namespace);
    }
}
function enabled(namespace) {
    if (namespace.endsWith("*")) {
        return true;
    }
    for (const skipped of skippedNamespaces) {
        if (namespaceMatches(namespace, skipped)) {
            return false;
        }
    }
    for (const enabledNamespace of enabledNamespaces) {
        if (namespaceMatches(namespace, enabledNamespace)) {
            return true;
        }
    }
    return false;
}
/**
 * Given a namespace, check if it matches a pattern.
 * Patterns only have a single wildcard character which is *.
 * The behavior of * is that it matches zero or more other characters.
 */
function namespaceMatches(namespace, patternToMatch) {
    // simple case, no pattern matching required
    if (patternToMatch.indexOf("*") === -1) {
        return namespace === patternToMatch;
    }
    let pattern = patternToMatch;
    // normalize successive * if needed
    if (patternToMatch.indexOf("**") !== -1) {
        const patternParts = [];
        let lastCharacter = "";
        for (const character of patternToMatch) {
            if (character === "*" && lastCharacter === "*") {
                continue;
            }
            else {
                lastCharacter = character;
                patternParts.push(character);
            }
        }
        pattern = patternParts.join("");
    }
    let namespaceIndex = 0;
    let patternIndex = 0;
    const patternLength = pattern.length;
    const namespaceLength = namespace.length;
    let lastWildcard = -1;
    let lastWildcardNamespace = -1;
    while (namespaceIndex < namespaceLength && patternIndex < patternLength) {
        if (pattern[patternIndex] === "*") {
            lastWildcard = patternIndex;
            patternIndex++;
            if (patternIndex === patternLength) {
                // if wildcard is the last character, it will match the remaining namespace string
                return true;
            }
            // now we let the wildcard eat characters until we match the next literal in the pattern
            while (namespace[namespaceIndex] !== pattern[patternIndex]) {
                namespaceIndex++;
                // reached the end of the namespace without a match
                if (namespaceIndex === namespaceLength) {
                    return false;
                }
            }
            // now that we have a match, let's try to continue on
            // however, it's possible we could find a later match
            // so keep a reference in case we have to backtrack
            lastWildcardNamespace = namespaceIndex;
            namespaceIndex++;
            patternIndex++;
            continue;
        }
        else if (pattern[patternIndex] === namespace[namespaceIndex]) {
            // simple case: literal pattern matches so keep going
            patternIndex++;
            namespaceIndex++;
        }
        else if (lastWildcard >= 0) {
            // special case: we don't have a literal match, but there is a previous wildcard
            // which we can backtrack to and try having the wildcard eat the match instead
            patternIndex = lastWildcard + 1;
            namespaceIndex = lastWildcardNamespace + 1;
            // we've reached the end of the namespace without a match
            if (namespaceIndex === namespaceLength) {
                return false;
            }
            // similar to the previous logic, let's keep going until we find the next literal match
            while (namespace[namespaceIndex] !== pattern[patternIndex]) {
                namespaceIndex++;
                if (namespaceIndex === namespaceLength) {
                    return false;
                }
            }
            lastWildcardNamespace = namespaceIndex;
            namespaceIndex++;
            patternIndex++;
            continue;
        }
        else {
            return false;
        }
    }
    const namespaceDone = namespaceIndex === namespace.length;
    const patternDone = patternIndex === pattern.length;
    // this is to detect the case of an unneeded final wildcard
    // e.g. the pattern `ab*` should match the string `ab`
    const trailingWildCard = patternIndex === pattern.length - 1 && pattern[patternIndex] === "*";
    return namespaceDone && (patternDone || trailingWildCard);
}
function disable() {
    const result = enabledString || "";
    enable("");
    return result;
}
function createDebugger(namespace) {
    const newDebugger = Object.assign(debug, {
        enabled: enabled(namespace),
        destroy,
        log: debugObj.log,
        namespace,
        extend,
    });
    function debug(...args) {
        if (!newDebugger.enabled) {
            return;
        }
        if (args.length > 0) {
            args[0] = `${namespace} ${args[0]}`;
        }
        newDebugger.log(...args);
    }
    debuggers.push(newDebugger);
    return newDebugger;
}
function destroy() {
    const index = debuggers.indexOf(this);
    if (index >= 0) {
        debuggers.splice(index, 1);
        return true;
    }
    return false;
}
function extend(namespace) {
    const newDebugger = createDebugger(`${this.namespace}:${namespace}`);
    newDebugger.log = this.log;
    return newDebugger;
}
/* harmony default export */ const debug = (debugObj);
//# sourceMappingURL=debug.js.map
;// CONCATENATED MODULE: ./node_modules/@typespec/ts-http-runtime/dist/esm/logger/logger.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.


const TYPESPEC_RUNTIME_LOG_LEVELS = ["verbose", "info", "warning", "error"];
const levelMap = {
    verbose: 400,
    info: 300,
    warning: 200,
    error: 100,
};
function patchLogMethod(parent, child) {
    child.log = (...args) => {
        parent.log(...args);
    };
}
function isTypeSpecRuntimeLogLevel(level) {
    return TYPESPEC_RUNTIME_LOG_LEVELS.includes(level);
}
/**
 * Creates a logger context base on the provided options.
 * @param options - The options for creating a logger context.
 * @returns The logger context.
 */
function createLoggerContext(options) {
    const registeredLoggers = new Set();
    const logLevelFromEnv = (0,env/* getEnvironmentVariable */.Az)(options.logLevelEnvVarName);
    let logLevel;
    const clientLogger = debug(options.namespace);
    clientLogger.log = (...args) => {
        debug.log(...args);
    };
    function contextSetLogLevel(level) {
        if (level && !isTypeSpecRuntimeLogLevel(level)) {
            throw new Error(`Unknown log level '${level}'. Acceptable values: ${TYPESPEC_RUNTIME_LOG_LEVELS.join(",")}`);
        }
        logLevel = level;
        const enabledNamespaces = [];
        for (const logger of registeredLoggers) {
            if (shouldEnable(logger)) {
                enabledNamespaces.push(logger.namespace);
            }
        }
        debug.enable(enabledNamespaces.join(","));
    }
    if (logLevelFromEnv) {
        // avoid calling setLogLevel because we don't want a mis-set environment variable to crash
        if (isTypeSpecRuntimeLogLevel(logLevelFromEnv)) {
            contextSetLogLevel(logLevelFromEnv);
        }
        else {
            console.error(`${options.logLevelEnvVarName} set to unknown log level '${logLevelFromEnv}'; logging is not enabled. Acceptable values: ${TYPESPEC_RUNTIME_LOG_LEVELS.join(", ")}.`);
        }
    }
    function shouldEnable(logger) {
        return Boolean(logLevel && levelMap[logger.level] <= levelMap[logLevel]);
    }
    function createLogger(parent, level) {
        const logger = Object.assign(parent.extend(level), {
            level,
        });
        patchLogMethod(parent, logger);
        if (shouldEnable(logger)) {
            const enabledNamespaces = debug.disable();
            debug.enable(enabledNamespaces + "," + logger.namespace);
        }
        registeredLoggers.add(logger);
        return logger;
    }
    function contextGetLogLevel() {
        return logLevel;
    }
    function contextCreateClientLogger(namespace) {
        const clientRootLogger = clientLogger.extend(namespace);
        patchLogMethod(clientLogger, clientRootLogger);
        return {
            error: createLogger(clientRootLogger, "error"),
            warning: createLogger(clientRootLogger, "warning"),
            info: createLogger(clientRootLogger, "info"),
            verbose: createLogger(clientRootLogger, "verbose"),
        };
    }
    return {
        setLogLevel: contextSetLogLevel,
        getLogLevel: contextGetLogLevel,
        createClientLogger: contextCreateClientLogger,
        logger: clientLogger,
    };
}
const context = createLoggerContext({
    logLevelEnvVarName: "TYPESPEC_RUNTIME_LOG_LEVEL",
    namespace: "typeSpecRuntime",
});
/**
 * Immediately enables logging at the specified log level. If no level is specified, logging is disabled.
 * @param level - The log level to enable for logging.
 * Options from most verbose to least verbose are:
 * - verbose
 * - info
 * - warning
 * - error
 */
// eslint-disable-next-line @typescript-eslint/no-redeclare
const TypeSpecRuntimeLogger = context.logger;
/**
 * Retrieves the currently specified log level.
 */
function setLogLevel(logLevel) {
    context.setLogLevel(logLevel);
}
/**
 * Retrieves the currently specified log level.
 */
function getLogLevel() {
    return context.getLogLevel();
}
/**
 * Creates a logger for use by the SDKs that inherits from `TypeSpecRuntimeLogger`.
 * @param namespace - The name of the SDK package.
 * @hidden
 */
function createClientLogger(namespace) {
    return context.createClientLogger(namespace);
}
//# sourceMappingURL=logger.js.map

/***/ }),

/***/ 7739:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ agentPolicy)
/* harmony export */ });
/* unused harmony export agentPolicyName */
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.
/**
 * Name of the Agent Policy
 */
const agentPolicyName = "agentPolicy";
/**
 * Gets a pipeline policy that sets http.agent
 */
function agentPolicy(agent) {
    return {
        name: agentPolicyName,
        sendRequest: async (req, next) => {
            // Users may define an agent on the request, honor it over the client level one
            if (!req.agent) {
                req.agent = agent;
            }
            return next(req);
        },
    };
}
//# sourceMappingURL=agentPolicy.js.map

/***/ }),

/***/ 4592:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ decompressResponsePolicy)
/* harmony export */ });
/* unused harmony export decompressResponsePolicyName */
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.
/**
 * The programmatic identifier of the decompressResponsePolicy.
 */
const decompressResponsePolicyName = "decompressResponsePolicy";
/**
 * A policy to enable response decompression according to Accept-Encoding header
 * https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/Accept-Encoding
 */
function decompressResponsePolicy() {
    return {
        name: decompressResponsePolicyName,
        async sendRequest(request, next) {
            // HEAD requests have no body
            if (request.method !== "HEAD") {
                request.headers.set("Accept-Encoding", "gzip,deflate");
            }
            return next(request);
        },
    };
}
//# sourceMappingURL=decompressResponsePolicy.js.map

/***/ }),

/***/ 7005:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ defaultRetryPolicy)
/* harmony export */ });
/* unused harmony export defaultRetryPolicyName */
/* harmony import */ var _retryStrategies_exponentialRetryStrategy_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1927);
/* harmony import */ var _retryStrategies_throttlingRetryStrategy_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(5039);
/* harmony import */ var _retryPolicy_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(9004);
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(4084);
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.




/**
 * Name of the {@link defaultRetryPolicy}
 */
const defaultRetryPolicyName = "defaultRetryPolicy";
/**
 * A policy that retries according to three strategies:
 * - When the server sends a 429 response with a Retry-After header.
 * - When there are errors in the underlying transport layer (e.g. DNS lookup failures).
 * - Or otherwise if the outgoing request fails, it will retry with an exponentially increasing delay.
 */
function defaultRetryPolicy(options = {}) {
    return {
        name: defaultRetryPolicyName,
        sendRequest: (0,_retryPolicy_js__WEBPACK_IMPORTED_MODULE_2__/* .retryPolicy */ .J)([(0,_retryStrategies_throttlingRetryStrategy_js__WEBPACK_IMPORTED_MODULE_1__/* .throttlingRetryStrategy */ .P)(), (0,_retryStrategies_exponentialRetryStrategy_js__WEBPACK_IMPORTED_MODULE_0__/* .exponentialRetryStrategy */ .xB)(options)], {
            maxRetries: options.maxRetries ?? _constants_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_RETRY_POLICY_COUNT */ .o,
        }).sendRequest,
    };
}
//# sourceMappingURL=defaultRetryPolicy.js.map

/***/ }),

/***/ 8977:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  j: () => (/* binding */ formDataPolicy)
});

// UNUSED EXPORTS: formDataPolicyName

// EXTERNAL MODULE: ./node_modules/@typespec/ts-http-runtime/dist/esm/util/bytesEncoding.js
var bytesEncoding = __nccwpck_require__(3816);
;// CONCATENATED MODULE: ./node_modules/@typespec/ts-http-runtime/dist/esm/formData.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.
/**
 * If the request body is a native FormData, convert it to our FormDataMap
 * representation and clear the body. Node.js's HTTP stack doesn't handle
 * FormData natively, so the pipeline must serialize it later.
 *
 * @internal
 */
function convertBodyToFormDataMap(body) {
    if (typeof FormData !== "undefined" && body instanceof FormData) {
        const formDataMap = {};
        for (const [key, value] of body.entries()) {
            const existing = formDataMap[key];
            if (Array.isArray(existing)) {
                existing.push(value);
            }
            else {
                formDataMap[key] = existing !== undefined ? [existing, value] : [value];
            }
        }
        return formDataMap;
    }
    return undefined;
}
//# sourceMappingURL=formData.js.map
// EXTERNAL MODULE: ./node_modules/@typespec/ts-http-runtime/dist/esm/httpHeaders.js
var httpHeaders = __nccwpck_require__(8443);
;// CONCATENATED MODULE: ./node_modules/@typespec/ts-http-runtime/dist/esm/policies/formDataPolicy.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.



/**
 * The programmatic identifier of the formDataPolicy.
 */
const formDataPolicyName = "formDataPolicy";
/**
 * A policy that encodes FormData on the request into the body.
 */
function formDataPolicy() {
    return {
        name: formDataPolicyName,
        async sendRequest(request, next) {
            const converted = convertBodyToFormDataMap(request.body);
            if (converted) {
                request.formData = converted;
                request.body = undefined;
            }
            if (request.formData) {
                const contentType = request.headers.get("Content-Type");
                if (contentType && contentType.indexOf("application/x-www-form-urlencoded") !== -1) {
                    request.body = wwwFormUrlEncode(request.formData);
                }
                else {
                    await prepareFormData(request.formData, request);
                }
                request.formData = undefined;
            }
            return next(request);
        },
    };
}
function wwwFormUrlEncode(formData) {
    const urlSearchParams = new URLSearchParams();
    for (const [key, value] of Object.entries(formData)) {
        if (Array.isArray(value)) {
            for (const subValue of value) {
                urlSearchParams.append(key, subValue.toString());
            }
        }
        else {
            urlSearchParams.append(key, value.toString());
        }
    }
    return urlSearchParams.toString();
}
async function prepareFormData(formData, request) {
    // validate content type (multipart/form-data)
    const contentType = request.headers.get("Content-Type");
    if (contentType && !contentType.startsWith("multipart/form-data")) {
        // content type is specified and is not multipart/form-data. Exit.
        return;
    }
    request.headers.set("Content-Type", contentType ?? "multipart/form-data");
    // set body to MultipartRequestBody using content from FormDataMap
    const parts = [];
    for (const [fieldName, values] of Object.entries(formData)) {
        for (const value of Array.isArray(values) ? values : [values]) {
            if (typeof value === "string") {
                parts.push({
                    headers: (0,httpHeaders/* createHttpHeaders */.N)({
                        "Content-Disposition": `form-data; name="${fieldName}"`,
                    }),
                    body: (0,bytesEncoding/* stringToUint8Array */.A)(value, "utf-8"),
                });
            }
            else if (value === undefined || value === null || typeof value !== "object") {
                throw new Error(`Unexpected value for key ${fieldName}: ${value}. Value should be serialized to string first.`);
            }
            else {
                // using || instead of ?? here since if value.name is empty we should create a file name
                const fileName = value.name || "blob";
                const headers = (0,httpHeaders/* createHttpHeaders */.N)();
                headers.set("Content-Disposition", `form-data; name="${fieldName}"; filename="${fileName}"`);
                // again, || is used since an empty value.type means the content type is unset
                headers.set("Content-Type", value.type || "application/octet-stream");
                parts.push({
                    headers,
                    body: value,
                });
            }
        }
    }
    request.multipartBody = { parts };
}
//# sourceMappingURL=formDataPolicy.js.map

/***/ }),

/***/ 8676:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ logPolicy)
/* harmony export */ });
/* unused harmony export logPolicyName */
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7507);
/* harmony import */ var _util_sanitizer_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1945);
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.


/**
 * The programmatic identifier of the logPolicy.
 */
const logPolicyName = "logPolicy";
/**
 * A policy that logs all requests and responses.
 * @param options - Options to configure logPolicy.
 */
function logPolicy(options = {}) {
    const logger = options.logger ?? _log_js__WEBPACK_IMPORTED_MODULE_0__/* .logger */ .v.info;
    const sanitizer = new _util_sanitizer_js__WEBPACK_IMPORTED_MODULE_1__/* .Sanitizer */ .I({
        additionalAllowedHeaderNames: options.additionalAllowedHeaderNames,
        additionalAllowedQueryParameters: options.additionalAllowedQueryParameters,
    });
    return {
        name: logPolicyName,
        async sendRequest(request, next) {
            if (!logger.enabled) {
                return next(request);
            }
            logger(`Request: ${sanitizer.sanitize(request)}`);
            const response = await next(request);
            logger(`Response status code: ${response.status}`);
            logger(`Headers: ${sanitizer.sanitize({ headers: response.headers })}`);
            return response;
        },
    };
}
//# sourceMappingURL=logPolicy.js.map

/***/ }),

/***/ 5895:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  J: () => (/* binding */ multipartPolicy),
  u: () => (/* binding */ multipartPolicyName)
});

// EXTERNAL MODULE: ./node_modules/@typespec/ts-http-runtime/dist/esm/util/bytesEncoding.js
var bytesEncoding = __nccwpck_require__(3816);
// EXTERNAL MODULE: ./node_modules/@typespec/ts-http-runtime/dist/esm/util/typeGuards.js + 1 modules
var typeGuards = __nccwpck_require__(1717);
// EXTERNAL MODULE: ./node_modules/@typespec/ts-http-runtime/dist/esm/util/uuidUtils.js
var uuidUtils = __nccwpck_require__(5410);
// EXTERNAL MODULE: external "stream"
var external_stream_ = __nccwpck_require__(2203);
;// CONCATENATED MODULE: ./node_modules/@typespec/ts-http-runtime/dist/esm/util/concat.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.


async function* streamAsyncIterator() {
    const reader = this.getReader();
    try {
        while (true) {
            const { done, value } = await reader.read();
            if (done) {
                return;
            }
            yield value;
        }
    }
    finally {
        reader.releaseLock();
    }
}
function makeAsyncIterable(webStream) {
    if (!webStream[Symbol.asyncIterator]) {
        webStream[Symbol.asyncIterator] = streamAsyncIterator.bind(webStream);
    }
    if (!webStream.values) {
        webStream.values = streamAsyncIterator.bind(webStream);
    }
}
function ensureNodeStream(stream) {
    if (stream instanceof ReadableStream) {
        makeAsyncIterable(stream);
        return external_stream_.Readable.fromWeb(stream);
    }
    else {
        return stream;
    }
}
function toStream(source) {
    if (source instanceof Uint8Array) {
        return external_stream_.Readable.from(Buffer.from(source));
    }
    else if ((0,typeGuards/* isBlob */.qf)(source)) {
        return ensureNodeStream(source.stream());
    }
    else {
        return ensureNodeStream(source);
    }
}
/**
 * Utility function that concatenates a set of binary inputs into one combined output.
 *
 * @param sources - array of sources for the concatenation
 * @returns - in Node, a (() =\> NodeJS.ReadableStream) which, when read, produces a concatenation of all the inputs.
 *           In browser, returns a `Blob` representing all the concatenated inputs.
 *
 * @internal
 */
async function concat(sources) {
    return function () {
        const streams = sources.map((x) => (typeof x === "function" ? x() : x)).map(toStream);
        return external_stream_.Readable.from((async function* () {
            for (const stream of streams) {
                for await (const chunk of stream) {
                    yield chunk;
                }
            }
        })());
    };
}
//# sourceMappingURL=concat.js.map
;// CONCATENATED MODULE: ./node_modules/@typespec/ts-http-runtime/dist/esm/policies/multipartPolicy.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.




function generateBoundary() {
    return `----AzSDKFormBoundary${(0,uuidUtils/* randomUUID */.N)()}`;
}
function encodeHeaders(headers) {
    let result = "";
    for (const [key, value] of headers) {
        result += `${key}: ${value}\r\n`;
    }
    return result;
}
function getLength(source) {
    if (source instanceof Uint8Array) {
        return source.byteLength;
    }
    else if ((0,typeGuards/* isBlob */.qf)(source)) {
        // if was created using createFile then -1 means we have an unknown size
        return source.size === -1 ? undefined : source.size;
    }
    else {
        return undefined;
    }
}
function getTotalLength(sources) {
    let total = 0;
    for (const source of sources) {
        const partLength = getLength(source);
        if (partLength === undefined) {
            return undefined;
        }
        else {
            total += partLength;
        }
    }
    return total;
}
async function buildRequestBody(request, parts, boundary) {
    const sources = [
        (0,bytesEncoding/* stringToUint8Array */.A)(`--${boundary}`, "utf-8"),
        ...parts.flatMap((part) => [
            (0,bytesEncoding/* stringToUint8Array */.A)("\r\n", "utf-8"),
            (0,bytesEncoding/* stringToUint8Array */.A)(encodeHeaders(part.headers), "utf-8"),
            (0,bytesEncoding/* stringToUint8Array */.A)("\r\n", "utf-8"),
            part.body,
            (0,bytesEncoding/* stringToUint8Array */.A)(`\r\n--${boundary}`, "utf-8"),
        ]),
        (0,bytesEncoding/* stringToUint8Array */.A)("--\r\n\r\n", "utf-8"),
    ];
    const contentLength = getTotalLength(sources);
    if (contentLength) {
        request.headers.set("Content-Length", contentLength);
    }
    // The public BodyPart.body type uses Uint8Array (= Uint8Array<ArrayBufferLike>) for
    // backward compatibility. Internally, concat requires Uint8Array<ArrayBuffer> to ensure
    // SharedArrayBuffer-backed arrays don't flow into Blob construction. In practice, HTTP
    // request bodies are always ArrayBuffer-backed, so this narrowing is safe.
    request.body = await concat(sources);
}
/**
 * Name of multipart policy
 */
const multipartPolicyName = "multipartPolicy";
const maxBoundaryLength = 70;
const validBoundaryCharacters = new Set(`abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'()+,-./:=?`);
function assertValidBoundary(boundary) {
    if (boundary.length > maxBoundaryLength) {
        throw new Error(`Multipart boundary "${boundary}" exceeds maximum length of 70 characters`);
    }
    if (Array.from(boundary).some((x) => !validBoundaryCharacters.has(x))) {
        throw new Error(`Multipart boundary "${boundary}" contains invalid characters`);
    }
}
/**
 * Pipeline policy for multipart requests
 */
function multipartPolicy() {
    return {
        name: multipartPolicyName,
        async sendRequest(request, next) {
            if (!request.multipartBody) {
                return next(request);
            }
            if (request.body) {
                throw new Error("multipartBody and regular body cannot be set at the same time");
            }
            let boundary = request.multipartBody.boundary;
            const contentTypeHeader = request.headers.get("Content-Type") ?? "multipart/mixed";
            const parsedHeader = contentTypeHeader.match(/^(multipart\/[^ ;]+)(?:; *boundary=(.+))?$/);
            if (!parsedHeader) {
                throw new Error(`Got multipart request body, but content-type header was not multipart: ${contentTypeHeader}`);
            }
            const [, contentType, parsedBoundary] = parsedHeader;
            if (parsedBoundary && boundary && parsedBoundary !== boundary) {
                throw new Error(`Multipart boundary was specified as ${parsedBoundary} in the header, but got ${boundary} in the request body`);
            }
            boundary ??= parsedBoundary;
            if (boundary) {
                assertValidBoundary(boundary);
            }
            else {
                boundary = generateBoundary();
            }
            request.headers.set("Content-Type", `${contentType}; boundary=${boundary}`);
            await buildRequestBody(request, request.multipartBody.parts, boundary);
            request.multipartBody = undefined;
            return next(request);
        },
    };
}
//# sourceMappingURL=multipartPolicy.js.map

/***/ }),

/***/ 7794:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ll: () => (/* binding */ proxyPolicy)
/* harmony export */ });
/* unused harmony exports proxyPolicyName, globalNoProxyList, loadNoProxy, getDefaultProxySettings */
/* harmony import */ var https_proxy_agent__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3669);
/* harmony import */ var http_proxy_agent__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1970);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(7507);
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.



const HTTPS_PROXY = "HTTPS_PROXY";
const HTTP_PROXY = "HTTP_PROXY";
const ALL_PROXY = "ALL_PROXY";
const NO_PROXY = "NO_PROXY";
/**
 * The programmatic identifier of the proxyPolicy.
 */
const proxyPolicyName = "proxyPolicy";
/**
 * Stores the patterns specified in NO_PROXY environment variable.
 * @internal
 */
const globalNoProxyList = [];
let noProxyListLoaded = false;
/** A cache of whether a host should bypass the proxy. */
const globalBypassedMap = new Map();
function getEnvironmentValue(name) {
    if (process.env[name]) {
        return process.env[name];
    }
    else if (process.env[name.toLowerCase()]) {
        return process.env[name.toLowerCase()];
    }
    return undefined;
}
function loadEnvironmentProxyValue() {
    if (!process) {
        return undefined;
    }
    const httpsProxy = getEnvironmentValue(HTTPS_PROXY);
    const allProxy = getEnvironmentValue(ALL_PROXY);
    const httpProxy = getEnvironmentValue(HTTP_PROXY);
    return httpsProxy || allProxy || httpProxy;
}
/**
 * Check whether the host of a given `uri` matches any pattern in the no proxy list.
 * If there's a match, any request sent to the same host shouldn't have the proxy settings set.
 * This implementation is a port of https://github.com/Azure/azure-sdk-for-net/blob/8cca811371159e527159c7eb65602477898683e2/sdk/core/Azure.Core/src/Pipeline/Internal/HttpEnvironmentProxy.cs#L210
 */
function isBypassed(uri, noProxyList, bypassedMap) {
    if (noProxyList.length === 0) {
        return false;
    }
    const host = new URL(uri).hostname;
    if (bypassedMap?.has(host)) {
        return bypassedMap.get(host);
    }
    let isBypassedFlag = false;
    for (const pattern of noProxyList) {
        if (pattern[0] === ".") {
            // This should match either domain it self or any subdomain or host
            // .foo.com will match foo.com it self or *.foo.com
            if (host.endsWith(pattern)) {
                isBypassedFlag = true;
            }
            else {
                if (host.length === pattern.length - 1 && host === pattern.slice(1)) {
                    isBypassedFlag = true;
                }
            }
        }
        else {
            if (host === pattern) {
                isBypassedFlag = true;
            }
        }
    }
    bypassedMap?.set(host, isBypassedFlag);
    return isBypassedFlag;
}
function loadNoProxy() {
    const noProxy = getEnvironmentValue(NO_PROXY);
    noProxyListLoaded = true;
    if (noProxy) {
        return noProxy
            .split(",")
            .map((item) => item.trim())
            .filter((item) => item.length);
    }
    return [];
}
/**
 * This method converts a proxy url into `ProxySettings` for use with ProxyPolicy.
 * If no argument is given, it attempts to parse a proxy URL from the environment
 * variables `HTTPS_PROXY` or `HTTP_PROXY`.
 * @param proxyUrl - The url of the proxy to use. May contain authentication information.
 * @deprecated - Internally this method is no longer necessary when setting proxy information.
 */
function getDefaultProxySettings(proxyUrl) {
    if (!proxyUrl) {
        proxyUrl = loadEnvironmentProxyValue();
        if (!proxyUrl) {
            return undefined;
        }
    }
    const parsedUrl = new URL(proxyUrl);
    const schema = parsedUrl.protocol ? parsedUrl.protocol + "//" : "";
    return {
        host: schema + parsedUrl.hostname,
        port: Number.parseInt(parsedUrl.port || "80"),
        username: parsedUrl.username,
        password: parsedUrl.password,
    };
}
/**
 * This method attempts to parse a proxy URL from the environment
 * variables `HTTPS_PROXY` or `HTTP_PROXY`.
 */
function getDefaultProxySettingsInternal() {
    const envProxy = loadEnvironmentProxyValue();
    return envProxy ? new URL(envProxy) : undefined;
}
function getUrlFromProxySettings(settings) {
    let parsedProxyUrl;
    try {
        parsedProxyUrl = new URL(settings.host);
    }
    catch {
        throw new Error(`Expecting a valid host string in proxy settings, but found "${settings.host}".`);
    }
    parsedProxyUrl.port = String(settings.port);
    if (settings.username) {
        parsedProxyUrl.username = settings.username;
    }
    if (settings.password) {
        parsedProxyUrl.password = settings.password;
    }
    return parsedProxyUrl;
}
function setProxyAgentOnRequest(request, cachedAgents, proxyUrl) {
    // Custom Agent should take precedence so if one is present
    // we should skip to avoid overwriting it.
    if (request.agent) {
        return;
    }
    const url = new URL(request.url);
    const isInsecure = url.protocol !== "https:";
    if (request.tlsSettings) {
        _log_js__WEBPACK_IMPORTED_MODULE_2__/* .logger */ .v.warning("TLS settings are not supported in combination with custom Proxy, certificates provided to the client will be ignored.");
    }
    if (isInsecure) {
        if (!cachedAgents.httpProxyAgent) {
            cachedAgents.httpProxyAgent = new http_proxy_agent__WEBPACK_IMPORTED_MODULE_1__.HttpProxyAgent(proxyUrl);
        }
        request.agent = cachedAgents.httpProxyAgent;
    }
    else {
        if (!cachedAgents.httpsProxyAgent) {
            cachedAgents.httpsProxyAgent = new https_proxy_agent__WEBPACK_IMPORTED_MODULE_0__.HttpsProxyAgent(proxyUrl);
        }
        request.agent = cachedAgents.httpsProxyAgent;
    }
}
/**
 * A policy that allows one to apply proxy settings to all requests.
 * If not passed static settings, they will be retrieved from the HTTPS_PROXY
 * or HTTP_PROXY environment variables.
 * @param proxySettings - ProxySettings to use on each request.
 * @param options - additional settings, for example, custom NO_PROXY patterns
 */
function proxyPolicy(proxySettings, options) {
    if (!noProxyListLoaded) {
        globalNoProxyList.push(...loadNoProxy());
    }
    const defaultProxy = proxySettings
        ? getUrlFromProxySettings(proxySettings)
        : getDefaultProxySettingsInternal();
    const cachedAgents = {};
    return {
        name: proxyPolicyName,
        async sendRequest(request, next) {
            if (!request.proxySettings &&
                defaultProxy &&
                !isBypassed(request.url, options?.customNoProxyList ?? globalNoProxyList, options?.customNoProxyList ? undefined : globalBypassedMap)) {
                setProxyAgentOnRequest(request, cachedAgents, defaultProxy);
            }
            else if (request.proxySettings) {
                setProxyAgentOnRequest(request, cachedAgents, getUrlFromProxySettings(request.proxySettings));
            }
            return next(request);
        },
    };
}
//# sourceMappingURL=proxyPolicy.js.map

/***/ }),

/***/ 8804:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ redirectPolicy)
/* harmony export */ });
/* unused harmony export redirectPolicyName */
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7507);
/* harmony import */ var _util_responseBody_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(9095);
/* harmony import */ var _util_requestBodyHeaders_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8401);
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.



/**
 * The programmatic identifier of the redirectPolicy.
 */
const redirectPolicyName = "redirectPolicy";
/**
 * Methods that are allowed to follow redirects 301 and 302
 */
const allowedRedirect = ["GET", "HEAD"];
/**
 * A policy to follow Location headers from the server in order
 * to support server-side redirection.
 * In the browser, this policy is not used.
 * @param options - Options to control policy behavior.
 */
function redirectPolicy(options = {}) {
    const { maxRetries = 20, allowCrossOriginRedirects = false } = options;
    return {
        name: redirectPolicyName,
        async sendRequest(request, next) {
            const response = await next(request);
            return handleRedirect(next, response, maxRetries, allowCrossOriginRedirects);
        },
    };
}
async function handleRedirect(next, response, maxRetries, allowCrossOriginRedirects, currentRetries = 0) {
    const { request, status, headers } = response;
    const locationHeader = headers.get("location");
    if (locationHeader &&
        (status === 300 ||
            (status === 301 && allowedRedirect.includes(request.method)) ||
            (status === 302 && allowedRedirect.includes(request.method)) ||
            (status === 303 && request.method === "POST") ||
            status === 307) &&
        currentRetries < maxRetries) {
        const url = new URL(locationHeader, request.url);
        // Only follow redirects to the same origin by default.
        if (!allowCrossOriginRedirects) {
            const originalUrl = new URL(request.url);
            if (url.origin !== originalUrl.origin) {
                _log_js__WEBPACK_IMPORTED_MODULE_0__/* .logger */ .v.verbose(`Skipping cross-origin redirect from ${originalUrl.origin} to ${url.origin}.`);
                return response;
            }
        }
        request.url = url.toString();
        // POST request with Status code 303 should be converted into a
        // redirected GET request if the redirect url is present in the location header
        if (status === 303) {
            request.method = "GET";
            if (request.requestOverrides && "method" in request.requestOverrides) {
                request.requestOverrides = { ...request.requestOverrides, method: "GET" };
            }
            (0,_util_requestBodyHeaders_js__WEBPACK_IMPORTED_MODULE_2__/* .removeRequestBodyHeaders */ .SG)(request);
            delete request.body;
        }
        request.headers.delete("Authorization");
        await (0,_util_responseBody_js__WEBPACK_IMPORTED_MODULE_1__/* .disposeResponseBody */ .VA)(response);
        const res = await next(request);
        return handleRedirect(next, res, maxRetries, allowCrossOriginRedirects, currentRetries + 1);
    }
    return response;
}
//# sourceMappingURL=redirectPolicy.js.map

/***/ }),

/***/ 9004:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ retryPolicy)
/* harmony export */ });
/* harmony import */ var _util_helpers_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5607);
/* harmony import */ var _restError_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(5571);
/* harmony import */ var _abort_controller_AbortError_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(5151);
/* harmony import */ var _logger_logger_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(3482);
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(4084);
/* harmony import */ var _util_responseBody_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(9095);
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.






const retryPolicyLogger = (0,_logger_logger_js__WEBPACK_IMPORTED_MODULE_3__/* .createClientLogger */ .KV)("ts-http-runtime retryPolicy");
/**
 * The programmatic identifier of the retryPolicy.
 */
const retryPolicyName = "retryPolicy";
/**
 * retryPolicy is a generic policy to enable retrying requests when certain conditions are met
 */
function retryPolicy(strategies, options = { maxRetries: _constants_js__WEBPACK_IMPORTED_MODULE_5__/* .DEFAULT_RETRY_POLICY_COUNT */ .o }) {
    const logger = options.logger || retryPolicyLogger;
    return {
        name: retryPolicyName,
        async sendRequest(request, next) {
            let response;
            let responseError;
            let retryCount = -1;
            retryRequest: while (true) {
                retryCount += 1;
                responseError = undefined;
                try {
                    logger.info(`Retry ${retryCount}: Attempting to send request`, request.requestId);
                    response = await next(request);
                    logger.info(`Retry ${retryCount}: Received a response from request`, request.requestId);
                }
                catch (e) {
                    logger.error(`Retry ${retryCount}: Received an error from request`, request.requestId);
                    // RestErrors are valid targets for the retry strategies.
                    // If none of the retry strategies can work with them, they will be thrown later in this policy.
                    // If the received error is not a RestError, it is immediately thrown.
                    if (!(0,_restError_js__WEBPACK_IMPORTED_MODULE_1__/* .isRestError */ .T)(e)) {
                        throw e;
                    }
                    responseError = e;
                    response = e.response;
                }
                if (request.abortSignal?.aborted) {
                    logger.error(`Retry ${retryCount}: Request aborted.`);
                    const abortError = new _abort_controller_AbortError_js__WEBPACK_IMPORTED_MODULE_2__/* .AbortError */ .l();
                    throw abortError;
                }
                if (retryCount >= (options.maxRetries ?? _constants_js__WEBPACK_IMPORTED_MODULE_5__/* .DEFAULT_RETRY_POLICY_COUNT */ .o)) {
                    logger.info(`Retry ${retryCount}: Maximum retries reached. Returning the last received response, or throwing the last received error.`);
                    if (responseError) {
                        throw responseError;
                    }
                    else if (response) {
                        return response;
                    }
                    else {
                        throw new Error("Maximum retries reached with no response or error to throw");
                    }
                }
                logger.info(`Retry ${retryCount}: Processing ${strategies.length} retry strategies.`);
                strategiesLoop: for (const strategy of strategies) {
                    const strategyLogger = strategy.logger || logger;
                    strategyLogger.info(`Retry ${retryCount}: Processing retry strategy ${strategy.name}.`);
                    const modifiers = strategy.retry({
                        retryCount,
                        response,
                        responseError,
                    });
                    if (modifiers.skipStrategy) {
                        strategyLogger.info(`Retry ${retryCount}: Skipped.`);
                        continue strategiesLoop;
                    }
                    const { errorToThrow, retryAfterInMs, redirectTo } = modifiers;
                    if (errorToThrow) {
                        strategyLogger.error(`Retry ${retryCount}: Retry strategy ${strategy.name} throws error:`, errorToThrow);
                        throw errorToThrow;
                    }
                    if (retryAfterInMs || retryAfterInMs === 0) {
                        strategyLogger.info(`Retry ${retryCount}: Retry strategy ${strategy.name} retries after ${retryAfterInMs}`);
                        if (response) {
                            await (0,_util_responseBody_js__WEBPACK_IMPORTED_MODULE_4__/* .disposeResponseBody */ .VA)(response);
                        }
                        await (0,_util_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .delay */ .c)(retryAfterInMs, undefined, { abortSignal: request.abortSignal });
                        continue retryRequest;
                    }
                    if (redirectTo) {
                        strategyLogger.info(`Retry ${retryCount}: Retry strategy ${strategy.name} redirects to ${redirectTo}`);
                        if (response) {
                            await (0,_util_responseBody_js__WEBPACK_IMPORTED_MODULE_4__/* .disposeResponseBody */ .VA)(response);
                        }
                        request.url = redirectTo;
                        continue retryRequest;
                    }
                }
                if (responseError) {
                    logger.info(`None of the retry strategies could work with the received error. Throwing it.`);
                    throw responseError;
                }
                if (response) {
                    logger.info(`None of the retry strategies could work with the received response. Returning it.`);
                    return response;
                }
                // If all the retries skip and there's no response,
                // we're still in the retry loop, so a new request will be sent
                // until `maxRetries` is reached.
            }
        },
    };
}
//# sourceMappingURL=retryPolicy.js.map

/***/ }),

/***/ 1559:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ tlsPolicy)
/* harmony export */ });
/* unused harmony export tlsPolicyName */
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.
/**
 * Name of the TLS Policy
 */
const tlsPolicyName = "tlsPolicy";
/**
 * Gets a pipeline policy that adds the client certificate to the HttpClient agent for authentication.
 */
function tlsPolicy(tlsSettings) {
    return {
        name: tlsPolicyName,
        sendRequest: async (req, next) => {
            // Users may define a request tlsSettings, honor those over the client level one
            if (!req.tlsSettings) {
                req.tlsSettings = tlsSettings;
            }
            return next(req);
        },
    };
}
//# sourceMappingURL=tlsPolicy.js.map

/***/ }),

/***/ 1425:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  z: () => (/* binding */ userAgentPolicy)
});

// UNUSED EXPORTS: userAgentPolicyName

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
// EXTERNAL MODULE: external "node:process"
var external_node_process_ = __nccwpck_require__(1708);
;// CONCATENATED MODULE: ./node_modules/@typespec/ts-http-runtime/dist/esm/util/userAgentPlatform.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.


/**
 * @internal
 */
function getHeaderName() {
    return "User-Agent";
}
/**
 * @internal
 */
async function setPlatformSpecificData(map) {
    if (external_node_process_ && external_node_process_.versions) {
        const osInfo = `${external_node_os_.type()} ${external_node_os_.release()}; ${external_node_os_.arch()}`;
        if (external_node_process_.versions.bun) {
            map.set("Bun", `${external_node_process_.versions.bun} (${osInfo})`);
        }
        else if (external_node_process_.versions.deno) {
            map.set("Deno", `${external_node_process_.versions.deno} (${osInfo})`);
        }
        else if (external_node_process_.versions.node) {
            map.set("Node", `${external_node_process_.versions.node} (${osInfo})`);
        }
    }
}
//# sourceMappingURL=userAgentPlatform.js.map
// EXTERNAL MODULE: ./node_modules/@typespec/ts-http-runtime/dist/esm/constants.js
var constants = __nccwpck_require__(4084);
;// CONCATENATED MODULE: ./node_modules/@typespec/ts-http-runtime/dist/esm/util/userAgent.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.



function getUserAgentString(telemetryInfo) {
    const parts = [];
    for (const [key, value] of telemetryInfo) {
        const token = value ? `${key}/${value}` : key;
        parts.push(token);
    }
    return parts.join(" ");
}
/**
 * @internal
 */
function getUserAgentHeaderName() {
    return getHeaderName();
}
/**
 * @internal
 */
async function getUserAgentValue(prefix) {
    const runtimeInfo = new Map();
    runtimeInfo.set("ts-http-runtime", constants/* SDK_VERSION */.M);
    await setPlatformSpecificData(runtimeInfo);
    const defaultAgent = getUserAgentString(runtimeInfo);
    const userAgentValue = prefix ? `${prefix} ${defaultAgent}` : defaultAgent;
    return userAgentValue;
}
//# sourceMappingURL=userAgent.js.map
;// CONCATENATED MODULE: ./node_modules/@typespec/ts-http-runtime/dist/esm/policies/userAgentPolicy.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

const UserAgentHeaderName = getUserAgentHeaderName();
/**
 * The programmatic identifier of the userAgentPolicy.
 */
const userAgentPolicyName = "userAgentPolicy";
/**
 * A policy that sets the User-Agent header (or equivalent) to reflect
 * the library version.
 * @param options - Options to customize the user agent value.
 */
function userAgentPolicy(options = {}) {
    const userAgentValue = getUserAgentValue(options.userAgentPrefix);
    return {
        name: userAgentPolicyName,
        async sendRequest(request, next) {
            if (!request.headers.has(UserAgentHeaderName)) {
                request.headers.set(UserAgentHeaderName, await userAgentValue);
            }
            return next(request);
        },
    };
}
//# sourceMappingURL=userAgentPolicy.js.map

/***/ }),

/***/ 5571:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  p: () => (/* binding */ RestError),
  T: () => (/* binding */ isRestError)
});

// EXTERNAL MODULE: ./node_modules/@typespec/ts-http-runtime/dist/esm/util/error.js
var error = __nccwpck_require__(4820);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __nccwpck_require__(7975);
;// CONCATENATED MODULE: ./node_modules/@typespec/ts-http-runtime/dist/esm/util/inspect.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

const custom = external_node_util_.inspect.custom;
//# sourceMappingURL=inspect.js.map
// EXTERNAL MODULE: ./node_modules/@typespec/ts-http-runtime/dist/esm/util/sanitizer.js
var sanitizer = __nccwpck_require__(1945);
;// CONCATENATED MODULE: ./node_modules/@typespec/ts-http-runtime/dist/esm/restError.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.



const errorSanitizer = new sanitizer/* Sanitizer */.I();
/**
 * A custom error type for failed pipeline requests.
 */
class RestError extends Error {
    /**
     * Something went wrong when making the request.
     * This means the actual request failed for some reason,
     * such as a DNS issue or the connection being lost.
     */
    static REQUEST_SEND_ERROR = "REQUEST_SEND_ERROR";
    /**
     * This means that parsing the response from the server failed.
     * It may have been malformed.
     */
    static PARSE_ERROR = "PARSE_ERROR";
    /**
     * The code of the error itself (use statics on RestError if possible.)
     */
    code;
    /**
     * The HTTP status code of the request (if applicable.)
     */
    statusCode;
    /**
     * The request that was made.
     * This property is non-enumerable.
     */
    request;
    /**
     * The response received (if any.)
     * This property is non-enumerable.
     */
    response;
    /**
     * Bonus property set by the throw site.
     */
    details;
    constructor(message, options = {}) {
        super(message);
        this.name = "RestError";
        this.code = options.code;
        this.statusCode = options.statusCode;
        // The request and response may contain sensitive information in the headers or body.
        // To help prevent this sensitive information being accidentally logged, the request and response
        // properties are marked as non-enumerable here. This prevents them showing up in the output of
        // JSON.stringify and console.log.
        Object.defineProperty(this, "request", { value: options.request, enumerable: false });
        Object.defineProperty(this, "response", { value: options.response, enumerable: false });
        // Only include useful agent information in the request for logging, as the full agent object
        // may contain large binary data.
        const agent = this.request?.agent
            ? {
                maxFreeSockets: this.request.agent.maxFreeSockets,
                maxSockets: this.request.agent.maxSockets,
            }
            : undefined;
        // Logging method for util.inspect in Node
        Object.defineProperty(this, custom, {
            value: () => {
                // Extract non-enumerable properties and add them back. This is OK since in this output the request and
                // response get sanitized.
                return `RestError: ${this.message} \n ${errorSanitizer.sanitize({
                    ...this,
                    request: { ...this.request, agent },
                    response: this.response,
                })}`;
            },
            enumerable: false,
        });
        Object.setPrototypeOf(this, RestError.prototype);
    }
}
/**
 * Typeguard for RestError
 * @param e - Something caught by a catch clause.
 */
function isRestError(e) {
    // This package declares RestError, so there is exactly one constructor that can produce it
    // here and the cross-package `instanceof` restriction does not apply. The `name` check below
    // is the fallback for a RestError built by a second copy of this package.
    // eslint-disable-next-line no-restricted-syntax
    if (e instanceof RestError) {
        return true;
    }
    return (0,error/* isError */.b)(e) && e.name === "RestError";
}
//# sourceMappingURL=restError.js.map

/***/ }),

/***/ 1927:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   xB: () => (/* binding */ exponentialRetryStrategy)
/* harmony export */ });
/* unused harmony exports isExponentialRetryResponse, isSystemError */
/* harmony import */ var _util_delay_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(297);
/* harmony import */ var _throttlingRetryStrategy_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5039);
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.


// intervals are in milliseconds
const DEFAULT_CLIENT_RETRY_INTERVAL = 1000;
const DEFAULT_CLIENT_MAX_RETRY_INTERVAL = 1000 * 64;
/**
 * A retry strategy that retries with an exponentially increasing delay in these two cases:
 * - When there are errors in the underlying transport layer (e.g. DNS lookup failures).
 * - Or otherwise if the outgoing request fails (408, greater or equal than 500, except for 501 and 505).
 */
function exponentialRetryStrategy(options = {}) {
    const retryInterval = options.retryDelayInMs ?? DEFAULT_CLIENT_RETRY_INTERVAL;
    const maxRetryInterval = options.maxRetryDelayInMs ?? DEFAULT_CLIENT_MAX_RETRY_INTERVAL;
    return {
        name: "exponentialRetryStrategy",
        retry({ retryCount, response, responseError }) {
            const matchedSystemError = isSystemError(responseError);
            const ignoreSystemErrors = matchedSystemError && options.ignoreSystemErrors;
            const isExponential = isExponentialRetryResponse(response);
            const ignoreExponentialResponse = isExponential && options.ignoreHttpStatusCodes;
            const unknownResponse = response && ((0,_throttlingRetryStrategy_js__WEBPACK_IMPORTED_MODULE_0__/* .isThrottlingRetryResponse */ .$)(response) || !isExponential);
            if (unknownResponse || ignoreExponentialResponse || ignoreSystemErrors) {
                return { skipStrategy: true };
            }
            if (responseError && !matchedSystemError && !isExponential) {
                return { errorToThrow: responseError };
            }
            return (0,_util_delay_js__WEBPACK_IMPORTED_MODULE_1__/* .calculateRetryDelay */ .g)(retryCount, {
                retryDelayInMs: retryInterval,
                maxRetryDelayInMs: maxRetryInterval,
            });
        },
    };
}
/**
 * A response is a retry response if it has status codes:
 * - 408, or
 * - Greater or equal than 500, except for 501 and 505.
 */
function isExponentialRetryResponse(response) {
    return Boolean(response &&
        response.status !== undefined &&
        (response.status >= 500 || response.status === 408) &&
        response.status !== 501 &&
        response.status !== 505);
}
/**
 * Determines whether an error from a pipeline response was triggered in the network layer.
 */
function isSystemError(err) {
    if (!err) {
        return false;
    }
    return (err.code === "ETIMEDOUT" ||
        err.code === "ESOCKETTIMEDOUT" ||
        err.code === "ECONNREFUSED" ||
        err.code === "ECONNRESET" ||
        err.code === "ENOENT" ||
        err.code === "ENOTFOUND");
}
//# sourceMappingURL=exponentialRetryStrategy.js.map

/***/ }),

/***/ 5039:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ isThrottlingRetryResponse),
/* harmony export */   P: () => (/* binding */ throttlingRetryStrategy)
/* harmony export */ });
/* harmony import */ var _util_helpers_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5607);
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

/**
 * The header that comes back from services representing
 * the amount of time (minimum) to wait to retry (in seconds or timestamp after which we can retry).
 */
const RetryAfterHeader = "Retry-After";
/**
 * The headers that come back from services representing
 * the amount of time (minimum) to wait to retry.
 *
 * "retry-after-ms", "x-ms-retry-after-ms" : milliseconds
 * "Retry-After" : seconds or timestamp
 */
const AllRetryAfterHeaders = ["retry-after-ms", "x-ms-retry-after-ms", RetryAfterHeader];
/**
 * A response is a throttling retry response if it has a throttling status code (429 or 503),
 * as long as one of the [ "Retry-After" or "retry-after-ms" or "x-ms-retry-after-ms" ] headers has a valid value.
 *
 * Returns the `retryAfterInMs` value if the response is a throttling retry response.
 * If not throttling retry response, returns `undefined`.
 *
 * @internal
 */
function getRetryAfterInMs(response) {
    if (!(response && [429, 503].includes(response.status)))
        return undefined;
    try {
        // Headers: "retry-after-ms", "x-ms-retry-after-ms", "Retry-After"
        for (const header of AllRetryAfterHeaders) {
            const retryAfterValue = (0,_util_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .parseHeaderValueAsNumber */ .H)(response, header);
            if (retryAfterValue === 0 || retryAfterValue) {
                // "Retry-After" header ==> seconds
                // "retry-after-ms", "x-ms-retry-after-ms" headers ==> milli-seconds
                const multiplyingFactor = header === RetryAfterHeader ? 1000 : 1;
                return retryAfterValue * multiplyingFactor; // in milli-seconds
            }
        }
        // RetryAfterHeader ("Retry-After") has a special case where it might be formatted as a date instead of a number of seconds
        const retryAfterHeader = response.headers.get(RetryAfterHeader);
        if (!retryAfterHeader)
            return;
        const date = Date.parse(retryAfterHeader);
        const diff = date - Date.now();
        // negative diff would mean a date in the past, so retry asap with 0 milliseconds
        return Number.isFinite(diff) ? Math.max(0, diff) : undefined;
    }
    catch {
        return undefined;
    }
}
/**
 * A response is a retry response if it has a throttling status code (429 or 503),
 * as long as one of the [ "Retry-After" or "retry-after-ms" or "x-ms-retry-after-ms" ] headers has a valid value.
 */
function isThrottlingRetryResponse(response) {
    return Number.isFinite(getRetryAfterInMs(response));
}
function throttlingRetryStrategy() {
    return {
        name: "throttlingRetryStrategy",
        retry({ response }) {
            const retryAfterInMs = getRetryAfterInMs(response);
            if (!Number.isFinite(retryAfterInMs)) {
                return { skipStrategy: true };
            }
            return {
                retryAfterInMs,
            };
        },
    };
}
//# sourceMappingURL=throttlingRetryStrategy.js.map

/***/ }),

/***/ 3816:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ stringToUint8Array),
/* harmony export */   S: () => (/* binding */ uint8ArrayToString)
/* harmony export */ });
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.
/**
 * The helper that transforms bytes with specific character encoding into string
 * @param bytes - the uint8array bytes
 * @param format - the format we use to encode the byte
 * @returns a string of the encoded string
 */
function uint8ArrayToString(bytes, format) {
    return Buffer.from(bytes).toString(format);
}
/**
 * The helper that transforms string to specific character encoded bytes array.
 * @param value - the string to be converted
 * @param format - the format we use to decode the value
 * @returns a uint8array
 */
function stringToUint8Array(value, format) {
    return Buffer.from(value, format);
}
//# sourceMappingURL=bytesEncoding.js.map

/***/ }),

/***/ 297:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  g: () => (/* binding */ calculateRetryDelay)
});

;// CONCATENATED MODULE: ./node_modules/@typespec/ts-http-runtime/dist/esm/util/random.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.
/**
 * Returns a random integer value between a lower and upper bound,
 * inclusive of both bounds.
 * Note that this uses Math.random and isn't secure. If you need to use
 * this for any kind of security purpose, find a better source of random.
 * @param min - The smallest integer value allowed.
 * @param max - The largest integer value allowed.
 */
function getRandomIntegerInclusive(min, max) {
    // Make sure inputs are integers.
    min = Math.ceil(min);
    max = Math.floor(max);
    // Pick a random offset from zero to the size of the range.
    // Since Math.random() can never return 1, we have to make the range one larger
    // in order to be inclusive of the maximum value after we take the floor.
    const offset = Math.floor(Math.random() * (max - min + 1));
    return offset + min;
}
//# sourceMappingURL=random.js.map
;// CONCATENATED MODULE: ./node_modules/@typespec/ts-http-runtime/dist/esm/util/delay.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

/**
 * Calculates the delay interval for retry attempts using exponential delay with jitter.
 * @param retryAttempt - The current retry attempt number.
 * @param config - The exponential retry configuration.
 * @returns An object containing the calculated retry delay.
 */
function calculateRetryDelay(retryAttempt, config) {
    // Exponentially increase the delay each time
    const exponentialDelay = config.retryDelayInMs * Math.pow(2, retryAttempt);
    // Don't let the delay exceed the maximum
    const clampedDelay = Math.min(config.maxRetryDelayInMs, exponentialDelay);
    // Allow the final value to have some "jitter" (within 50% of the delay size) so
    // that retries across multiple clients don't occur simultaneously.
    const retryAfterInMs = clampedDelay / 2 + getRandomIntegerInclusive(0, clampedDelay / 2);
    return { retryAfterInMs };
}
//# sourceMappingURL=delay.js.map

/***/ }),

/***/ 4820:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ isError)
/* harmony export */ });
/* harmony import */ var _object_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8011);
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

/**
 * Typeguard for an error object shape (has name and message)
 * @param e - Something caught by a catch clause.
 */
function isError(e) {
    if ((0,_object_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .G)(e)) {
        const hasName = typeof e.name === "string";
        const hasMessage = typeof e.message === "string";
        return hasName && hasMessage;
    }
    return false;
}
//# sourceMappingURL=error.js.map

/***/ }),

/***/ 5607:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ parseHeaderValueAsNumber),
/* harmony export */   c: () => (/* binding */ delay)
/* harmony export */ });
/* harmony import */ var _abort_controller_AbortError_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5151);
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

const StandardAbortMessage = "The operation was aborted.";
/**
 * A wrapper for setTimeout that resolves a promise after delayInMs milliseconds.
 * @param delayInMs - The number of milliseconds to be delayed.
 * @param value - The value to be resolved with after a timeout of t milliseconds.
 * @param options - The options for delay - currently abort options
 *                  - abortSignal - The abortSignal associated with containing operation.
 *                  - abortErrorMsg - The abort error message associated with containing operation.
 * @returns Resolved promise
 */
function delay(delayInMs, value, options) {
    return new Promise((resolve, reject) => {
        let timer = undefined;
        let onAborted = undefined;
        const rejectOnAbort = () => {
            return reject(new _abort_controller_AbortError_js__WEBPACK_IMPORTED_MODULE_0__/* .AbortError */ .l(options?.abortErrorMsg ? options?.abortErrorMsg : StandardAbortMessage));
        };
        const removeListeners = () => {
            if (options?.abortSignal && onAborted) {
                options.abortSignal.removeEventListener("abort", onAborted);
            }
        };
        onAborted = () => {
            if (timer) {
                clearTimeout(timer);
            }
            removeListeners();
            return rejectOnAbort();
        };
        if (options?.abortSignal && options.abortSignal.aborted) {
            return rejectOnAbort();
        }
        timer = setTimeout(() => {
            removeListeners();
            resolve(value);
        }, delayInMs);
        if (options?.abortSignal) {
            options.abortSignal.addEventListener("abort", onAborted);
        }
    });
}
/**
 * @internal
 * @returns the parsed value or undefined if the parsed value is invalid.
 */
function parseHeaderValueAsNumber(response, headerName) {
    const value = response.headers.get(headerName);
    if (!value)
        return;
    const valueAsNum = Number(value);
    if (Number.isNaN(valueAsNum))
        return;
    return valueAsNum;
}
//# sourceMappingURL=helpers.js.map

/***/ }),

/***/ 1834:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  If: () => (/* reexport */ sanitizer/* Sanitizer */.I),
  gE: () => (/* reexport */ delay/* calculateRetryDelay */.g),
  VA: () => (/* reexport */ responseBody/* disposeResponseBody */.VA),
  CX: () => (/* reexport */ responseBody/* getRequestCompletion */.CX),
  cK: () => (/* reexport */ responseBody/* getResponseBodyCompletion */.cK),
  Bd: () => (/* reexport */ env/* isBrowser */.Bd),
  Qg: () => (/* reexport */ env/* isBun */.Qg),
  N6: () => (/* reexport */ env/* isDeno */.N6),
  bJ: () => (/* reexport */ error/* isError */.b),
  qx: () => (/* reexport */ env/* isNodeLike */.qx),
  tX: () => (/* reexport */ env/* isNodeRuntime */.tX),
  lV: () => (/* reexport */ env/* isReactNative */.lV),
  p7: () => (/* reexport */ env/* isWebWorker */.p7),
  Al: () => (/* reexport */ bytesEncoding/* stringToUint8Array */.A),
  SW: () => (/* reexport */ bytesEncoding/* uint8ArrayToString */.S)
});

// UNUSED EXPORTS: computeSha256Hash, computeSha256Hmac, getRandomIntegerInclusive, isObject, randomUUID

// EXTERNAL MODULE: ./node_modules/@typespec/ts-http-runtime/dist/esm/util/delay.js + 1 modules
var delay = __nccwpck_require__(297);
// EXTERNAL MODULE: ./node_modules/@typespec/ts-http-runtime/dist/esm/util/error.js
var error = __nccwpck_require__(4820);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
;// CONCATENATED MODULE: ./node_modules/@typespec/ts-http-runtime/dist/esm/util/sha256.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

/**
 * Generates a SHA-256 HMAC signature.
 * @param key - The HMAC key represented as a base64 string, used to generate the cryptographic HMAC hash.
 * @param stringToSign - The data to be signed.
 * @param encoding - The textual encoding to use for the returned HMAC digest.
 */
async function computeSha256Hmac(key, stringToSign, encoding) {
    const decodedKey = Buffer.from(key, "base64");
    return createHmac("sha256", decodedKey).update(stringToSign).digest(encoding);
}
/**
 * Generates a SHA-256 hash.
 * @param content - The data to be included in the hash.
 * @param encoding - The textual encoding to use for the returned hash.
 */
async function computeSha256Hash(content, encoding) {
    return createHash("sha256").update(content).digest(encoding);
}
//# sourceMappingURL=sha256.js.map
// EXTERNAL MODULE: ./node_modules/@typespec/ts-http-runtime/dist/esm/env.js
var env = __nccwpck_require__(7970);
// EXTERNAL MODULE: ./node_modules/@typespec/ts-http-runtime/dist/esm/util/bytesEncoding.js
var bytesEncoding = __nccwpck_require__(3816);
// EXTERNAL MODULE: ./node_modules/@typespec/ts-http-runtime/dist/esm/util/sanitizer.js
var sanitizer = __nccwpck_require__(1945);
// EXTERNAL MODULE: ./node_modules/@typespec/ts-http-runtime/dist/esm/util/responseBody.js
var responseBody = __nccwpck_require__(9095);
;// CONCATENATED MODULE: ./node_modules/@typespec/ts-http-runtime/dist/esm/util/internal.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.










//# sourceMappingURL=internal.js.map

/***/ }),

/***/ 8011:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ isObject)
/* harmony export */ });
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.
/**
 * Helper to determine when an input is a generic JS object.
 * @returns true when input is an object type that is not null, Array, RegExp, or Date.
 */
function isObject(input) {
    return (typeof input === "object" &&
        input !== null &&
        !Array.isArray(input) &&
        !(input instanceof RegExp) &&
        !(input instanceof Date));
}
//# sourceMappingURL=object.js.map

/***/ }),

/***/ 8401:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   HU: () => (/* binding */ getHeaderPairs),
/* harmony export */   Mz: () => (/* binding */ removeExpectContinueHeader),
/* harmony export */   SG: () => (/* binding */ removeRequestBodyHeaders)
/* harmony export */ });
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.
/**
 * Converts a flat `[name, value, ...]` raw header array to `[name, value]` pairs,
 * or returns an existing pair array unchanged, preserving order and duplicates.
 *
 * @param headers - Header names and values in either array format.
 * @returns The header pairs in their original order.
 * @see https://nodejs.org/api/http.html#messagerawheaders
 */
function getHeaderPairs(headers) {
    return Array.isArray(headers[0])
        ? headers
        : Array.from({ length: Math.ceil(headers.length / 2) }, (_, index) => [
            headers[index * 2],
            headers[index * 2 + 1],
        ]);
}
function isIterable(value) {
    return Symbol.iterator in value && typeof value[Symbol.iterator] === "function";
}
function removeContinueToken(value) {
    if (typeof value === "string") {
        const tokens = value.split(",");
        const remaining = tokens.filter((token) => token.trim().toLowerCase() !== "100-continue");
        if (remaining.length === tokens.length) {
            return value;
        }
        return (remaining
            .map((token) => token.trim())
            .filter(Boolean)
            .join(", ") || undefined);
    }
    if (Array.isArray(value)) {
        const remaining = value.map(removeContinueToken).filter((entry) => entry !== undefined);
        return remaining.length > 0 ? remaining : undefined;
    }
    return value;
}
function stripRequestBodyHeaders(request, removeFraming) {
    const stripHeaderValue = (name, value) => {
        const lowerName = name.toLowerCase();
        if (removeFraming &&
            (lowerName === "content-length" ||
                lowerName === "transfer-encoding" ||
                lowerName === "trailer")) {
            return undefined;
        }
        return lowerName === "expect" ? removeContinueToken(value) : value;
    };
    const stripHeaderPairs = (pairs) => pairs.flatMap(([name, value]) => {
        const updated = typeof name === "string" ? stripHeaderValue(name, value) : value;
        return updated === undefined ? [] : [[name, updated]];
    });
    for (const [name, value] of request.headers) {
        const updated = stripHeaderValue(name, value);
        if (updated === undefined) {
            request.headers.delete(name);
        }
        else if (typeof updated === "string" && updated !== value) {
            request.headers.set(name, updated);
        }
    }
    const overrides = request.requestOverrides;
    if (!overrides || !("headers" in overrides)) {
        return;
    }
    const headers = overrides.headers;
    if (Array.isArray(headers)) {
        const updatedPairs = stripHeaderPairs(getHeaderPairs(headers));
        request.requestOverrides = {
            ...overrides,
            headers: Array.isArray(headers[0]) ? updatedPairs : updatedPairs.flat(),
        };
    }
    else if (headers && typeof headers === "object" && isIterable(headers)) {
        const pairs = Array.from(headers, (entry) => {
            if (!Array.isArray(entry) || entry.length !== 2) {
                throw new TypeError("Header entry must be a name/value pair");
            }
            return entry;
        });
        request.requestOverrides = { ...overrides, headers: stripHeaderPairs(pairs) };
    }
    else if (headers && typeof headers === "object") {
        const updatedHeaders = {};
        for (const [name, value] of Object.entries(headers)) {
            const updated = stripHeaderValue(name, value);
            if (updated !== undefined) {
                updatedHeaders[name] = updated;
            }
        }
        request.requestOverrides = { ...overrides, headers: updatedHeaders };
    }
}
/**
 * Removes only the 100-continue expectation from pipeline and replacement headers.
 * Raw header arrays retain their shape, and caller-supplied override headers are not mutated.
 * Iterable override collections are materialized as reusable name/value pairs.
 *
 * @param request - The request whose body is known to be empty.
 */
function removeExpectContinueHeader(request) {
    stripRequestBodyHeaders(request, false);
}
/**
 * Removes obsolete body framing, trailer declarations, and the 100-continue expectation
 * after discarding a body.
 *
 * @param request - The request whose body has been discarded.
 */
function removeRequestBodyHeaders(request) {
    stripRequestBodyHeaders(request, true);
}
//# sourceMappingURL=requestBodyHeaders.js.map

/***/ }),

/***/ 9095:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   CX: () => (/* binding */ getRequestCompletion),
/* harmony export */   VA: () => (/* binding */ disposeResponseBody),
/* harmony export */   WT: () => (/* binding */ disposeNodeStream),
/* harmony export */   aP: () => (/* binding */ setRequestCompletion),
/* harmony export */   cK: () => (/* binding */ getResponseBodyCompletion),
/* harmony export */   rb: () => (/* binding */ setResponseBodyDisposer),
/* harmony export */   rp: () => (/* binding */ setResponseBodySource)
/* harmony export */ });
/* unused harmony export setResponseBodyCompletion */
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7507);
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

const responseBodySources = new WeakMap();
const responseBodyDisposers = new WeakMap();
const requestCompletions = new WeakMap();
const responseBodyCompletions = new WeakMap();
function setRequestCompletion(response, completion) {
    requestCompletions.set(response, completion);
    completion
        .then(() => requestCompletions.get(response) === completion && requestCompletions.delete(response))
        .catch((error) => {
        _log_js__WEBPACK_IMPORTED_MODULE_0__/* .logger */ .v.warning("Error tracking request completion", error);
    });
}
/**
 * Returns a promise that resolves when the response's outgoing request has completed.
 *
 * @param response - The response whose request completion should be observed.
 * @returns The request completion promise, if the transport provides one.
 */
function getRequestCompletion(response) {
    return requestCompletions.get(response);
}
function setResponseBodyCompletion(response, completion) {
    responseBodyCompletions.set(response, completion);
    completion
        .then(() => responseBodyCompletions.get(response) === completion &&
        responseBodyCompletions.delete(response))
        .catch((error) => {
        logger.warning("Error tracking response body completion", error);
    });
}
/**
 * Returns a promise that resolves when the response body has completed, errored, or been canceled.
 *
 * @param response - The response whose body completion should be observed.
 * @returns The response body completion promise, if the transport provides one.
 */
function getResponseBodyCompletion(response) {
    return responseBodyCompletions.get(response);
}
function isNodeResponseBody(value) {
    return (typeof value === "object" &&
        value !== null &&
        "resume" in value &&
        typeof value.resume === "function");
}
function isNodeEventEmitterBody(value) {
    return ("on" in value &&
        typeof value.on === "function" &&
        "once" in value &&
        typeof value.once === "function" &&
        "removeListener" in value &&
        typeof value.removeListener === "function");
}
function isBrowserResponseBody(value) {
    return (typeof value === "object" &&
        value !== null &&
        "cancel" in value &&
        typeof value.cancel === "function");
}
function setResponseBodySource(body, source) {
    if (isNodeResponseBody(body) && isNodeResponseBody(source)) {
        responseBodySources.set(body, source);
    }
}
function setResponseBodyDisposer(response, dispose) {
    responseBodyDisposers.set(response, dispose);
    return () => {
        if (responseBodyDisposers.get(response) === dispose) {
            responseBodyDisposers.delete(response);
        }
    };
}
/**
 * Destroys a Node stream, or drains it if destruction is unavailable,
 * and recursively disposes its tracked upstream sources.
 */
function disposeNodeResponseBody(readableStream, disposed = new Set()) {
    // Avoid disposing a stream twice if the source chain contains a cycle.
    if (disposed.has(readableStream)) {
        return;
    }
    disposed.add(readableStream);
    const source = responseBodySources.get(readableStream);
    responseBodySources.delete(readableStream);
    if (readableStream.closed !== true) {
        if (readableStream.destroy) {
            if (isNodeEventEmitterBody(readableStream)) {
                const onError = (error) => {
                    _log_js__WEBPACK_IMPORTED_MODULE_0__/* .logger */ .v.warning("Error disposing Node stream", error);
                };
                const onClose = () => {
                    readableStream.removeListener("error", onError);
                };
                readableStream.on("error", onError);
                readableStream.once("close", onClose);
                try {
                    readableStream.destroy();
                }
                catch (error) {
                    readableStream.removeListener("error", onError);
                    readableStream.removeListener("close", onClose);
                    throw error;
                }
            }
            else {
                readableStream.destroy();
            }
        }
        else {
            readableStream.resume();
        }
    }
    if (source) {
        disposeNodeResponseBody(source, disposed);
    }
}
/**
 * Disposes a raw Node stream and its tracked upstream sources without throwing.
 *
 * @param stream - The stream to destroy, or drain if destruction is unavailable.
 */
function disposeNodeStream(stream) {
    try {
        disposeNodeResponseBody(stream);
    }
    catch (error) {
        _log_js__WEBPACK_IMPORTED_MODULE_0__/* .logger */ .v.warning("Error disposing Node stream", error);
    }
}
/**
 * Releases the body of a response that will not be read, so the underlying connection can be
 * reused or closed. Handles Node readable streams and browser web streams, and never throws:
 * disposal failures are logged as warnings.
 *
 * @param response - The response whose `readableStreamBody` or `browserStreamBody` should be disposed.
 */
async function disposeResponseBody(response) {
    try {
        const dispose = responseBodyDisposers.get(response);
        responseBodyDisposers.delete(response);
        try {
            const readableStream = response.readableStreamBody;
            if (isNodeResponseBody(readableStream)) {
                disposeNodeStream(readableStream);
                return;
            }
            const browserStream = response.browserStreamBody;
            if (isBrowserResponseBody(browserStream)) {
                await browserStream.cancel();
            }
        }
        finally {
            dispose?.();
        }
    }
    catch (error) {
        _log_js__WEBPACK_IMPORTED_MODULE_0__/* .logger */ .v.warning("Error disposing response body", error);
    }
}
//# sourceMappingURL=responseBody.js.map

/***/ }),

/***/ 1945:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ Sanitizer)
/* harmony export */ });
/* harmony import */ var _object_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8011);
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

const RedactedString = "REDACTED";
// Make sure this list is up-to-date with the one under core/logger/Readme#Keyconcepts
const defaultAllowedHeaderNames = [
    "x-ms-client-request-id",
    "x-ms-return-client-request-id",
    "x-ms-useragent",
    "x-ms-correlation-request-id",
    "x-ms-request-id",
    "client-request-id",
    "ms-cv",
    "return-client-request-id",
    "traceparent",
    "azure-deprecating",
    "Access-Control-Allow-Credentials",
    "Access-Control-Allow-Headers",
    "Access-Control-Allow-Methods",
    "Access-Control-Allow-Origin",
    "Access-Control-Expose-Headers",
    "Access-Control-Max-Age",
    "Access-Control-Request-Headers",
    "Access-Control-Request-Method",
    "Origin",
    "Accept",
    "Accept-Encoding",
    "Cache-Control",
    "Connection",
    "Content-Length",
    "Content-Type",
    "Date",
    "ETag",
    "Expires",
    "If-Match",
    "If-Modified-Since",
    "If-None-Match",
    "If-Unmodified-Since",
    "Last-Modified",
    "Pragma",
    "Request-Id",
    "Retry-After",
    "Server",
    "Transfer-Encoding",
    "User-Agent",
    "WWW-Authenticate",
];
const defaultAllowedQueryParameters = ["api-version"];
/**
 * A utility class to sanitize objects for logging.
 */
class Sanitizer {
    allowedHeaderNames;
    allowedQueryParameters;
    constructor({ additionalAllowedHeaderNames: allowedHeaderNames = [], additionalAllowedQueryParameters: allowedQueryParameters = [], } = {}) {
        allowedHeaderNames = defaultAllowedHeaderNames.concat(allowedHeaderNames);
        allowedQueryParameters = defaultAllowedQueryParameters.concat(allowedQueryParameters);
        this.allowedHeaderNames = new Set(allowedHeaderNames.map((n) => n.toLowerCase()));
        this.allowedQueryParameters = new Set(allowedQueryParameters.map((p) => p.toLowerCase()));
    }
    /**
     * Sanitizes an object for logging.
     * @param obj - The object to sanitize
     * @returns - The sanitized object as a string
     */
    sanitize(obj) {
        const seen = new Set();
        return JSON.stringify(obj, (key, value) => {
            // Ensure Errors include their interesting non-enumerable members
            if (value instanceof Error) {
                return {
                    ...value,
                    name: value.name,
                    message: value.message,
                };
            }
            if (key === "headers" && (0,_object_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .G)(value)) {
                return this.sanitizeHeaders(value);
            }
            else if (key === "url" && typeof value === "string") {
                return this.sanitizeUrl(value);
            }
            else if (key === "query" && (0,_object_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .G)(value)) {
                return this.sanitizeQuery(value);
            }
            else if (key === "body") {
                // Don't log the request body
                return undefined;
            }
            else if (key === "response") {
                // Don't log response again
                return undefined;
            }
            else if (key === "operationSpec") {
                // When using sendOperationRequest, the request carries a massive
                // field with the autorest spec. No need to log it.
                return undefined;
            }
            else if (Array.isArray(value) || (0,_object_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .G)(value)) {
                if (seen.has(value)) {
                    return "[Circular]";
                }
                seen.add(value);
            }
            return value;
        }, 2);
    }
    /**
     * Sanitizes a URL for logging.
     * @param value - The URL to sanitize
     * @returns - The sanitized URL as a string
     */
    sanitizeUrl(value) {
        if (typeof value !== "string" || value === null || value === "") {
            return value;
        }
        const url = new URL(value);
        if (!url.search) {
            return value;
        }
        for (const [key] of url.searchParams) {
            if (!this.allowedQueryParameters.has(key.toLowerCase())) {
                url.searchParams.set(key, RedactedString);
            }
        }
        return url.toString();
    }
    sanitizeHeaders(obj) {
        const sanitized = {};
        for (const key of Object.keys(obj)) {
            if (this.allowedHeaderNames.has(key.toLowerCase())) {
                sanitized[key] = obj[key];
            }
            else {
                sanitized[key] = RedactedString;
            }
        }
        return sanitized;
    }
    sanitizeQuery(value) {
        if (typeof value !== "object" || value === null) {
            return value;
        }
        const sanitized = {};
        for (const k of Object.keys(value)) {
            if (this.allowedQueryParameters.has(k.toLowerCase())) {
                sanitized[k] = value[k];
            }
            else {
                sanitized[k] = RedactedString;
            }
        }
        return sanitized;
    }
}
//# sourceMappingURL=sanitizer.js.map

/***/ }),

/***/ 1717:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  CY: () => (/* binding */ isBinaryBody),
  qf: () => (/* binding */ isBlob),
  H1: () => (/* binding */ isReadableStream)
});

// UNUSED EXPORTS: isNodeReadableStream, isWebReadableStream

// EXTERNAL MODULE: external "stream"
var external_stream_ = __nccwpck_require__(2203);
;// CONCATENATED MODULE: ./node_modules/@typespec/ts-http-runtime/dist/esm/util/typeGuards-node.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

/**
 * Checks if the given value is a Node.js readable stream.
 *
 * @internal
 */
function isNodeReadableStream(x) {
    return x instanceof external_stream_.Readable;
}
/**
 * Checks if the given value is a web ReadableStream.
 *
 * @internal
 */
function isWebReadableStream(x) {
    return x instanceof ReadableStream;
}
//# sourceMappingURL=typeGuards-node.js.map
;// CONCATENATED MODULE: ./node_modules/@typespec/ts-http-runtime/dist/esm/util/typeGuards.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.


function isBinaryBody(body) {
    return (body !== undefined &&
        (body instanceof Uint8Array ||
            isReadableStream(body) ||
            typeof body === "function" ||
            body instanceof Blob));
}
function isReadableStream(x) {
    return isNodeReadableStream(x) || isWebReadableStream(x);
}
function isBlob(x) {
    return x instanceof Blob;
}
//# sourceMappingURL=typeGuards.js.map

/***/ }),

/***/ 5410:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ randomUUID)
/* harmony export */ });
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.
/**
 * Generated Universally Unique Identifier
 *
 * @returns RFC4122 v4 UUID.
 */
function randomUUID() {
    return globalThis.crypto.randomUUID();
}
//# sourceMappingURL=uuidUtils.js.map

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
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
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
/******/ var __webpack_exports__ = __nccwpck_require__(2999);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
