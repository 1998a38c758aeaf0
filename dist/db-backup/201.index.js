export const id = 201;
export const ids = [201];
export const modules = {

/***/ 5171:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   reportFailure: () => (/* binding */ reportFailure),
/* harmony export */   runAction: () => (/* binding */ runAction)
/* harmony export */ });
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8315);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7638);


/**
 * The entry point of every action bundle: runs `main` and turns whatever ends it into what the
 * runner shows. Invalid inputs give one error line each; any other error one line, never a stack
 * trace (that goes to the debug log).
 */
async function runAction(main) {
    try {
        await main();
    }
    catch (err) {
        reportFailure(err);
    }
}
function reportFailure(err) {
    if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InvalidInputs */ .hS) {
        for (const e of err.errors)
            _log_js__WEBPACK_IMPORTED_MODULE_0__/* .log */ .Rm.error(e.message, { title: 'Invalid input' });
        process.exitCode = 1;
        return;
    }
    if (err instanceof Error && err.stack)
        _log_js__WEBPACK_IMPORTED_MODULE_0__/* .log */ .Rm.debug(err.stack);
    _log_js__WEBPACK_IMPORTED_MODULE_0__/* .log */ .Rm.failed(err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ActionFailure */ .dR ? err.message : (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .describeError */ .Uc)(err));
}


/***/ }),

/***/ 7638:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TN: () => (/* binding */ oneLine),
/* harmony export */   Uc: () => (/* binding */ describeError),
/* harmony export */   b0: () => (/* binding */ InputIssues),
/* harmony export */   dR: () => (/* binding */ ActionFailure),
/* harmony export */   hS: () => (/* binding */ InvalidInputs)
/* harmony export */ });
/* unused harmony export InputError */
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);

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
        return oneLine(String(err));
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
            return `TLS error: ${oneLine(cause.message)} (${code})`;
        if (err.message === 'fetch failed')
            return describeError(cause);
        return `${oneLine(err.message)}: ${describeError(cause)}`;
    }
    // node:http's errors carry the code themselves (fetch's wrap it in a cause).
    const code = err.code;
    if (code && NETWORK_CODES[code])
        return `${NETWORK_CODES[code]} (${code})`;
    if (code && /CERT|SSL|TLS|SELF_SIGNED|UNABLE_TO_VERIFY/.test(code))
        return `TLS error: ${oneLine(err.message)} (${code})`;
    return oneLine(err.message);
}
/** An Error of any realm: Node's own errors fail `instanceof Error` inside a vm context (jest's). */
const isError = (value) => value instanceof Error || node_util__WEBPACK_IMPORTED_MODULE_0__.types.isNativeError(value);
function oneLine(text) {
    return text.replace(/\s*\n\s*/g, ' ').trim();
}


/***/ }),

/***/ 6119:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ HttpClient)
/* harmony export */ });
/* harmony import */ var _undici_on_demand_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9691);

let loading;
// By file, not by name: the name `@actions/http-client` is this module in a bundle.
const real = () => (loading ??= __webpack_require__.e(/* import() */ 942).then(__webpack_require__.bind(__webpack_require__, 4942)));
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
        return new _undici_on_demand_js__WEBPACK_IMPORTED_MODULE_0__/* .DispatcherOnDemand */ .Y_(async () => (await this.#real()).getAgentDispatcher(serverUrl));
    }
    /**
     * No node:http agent: @actions/github puts one in Octokit's `request.agent`, which Octokit's
     * fetch-based request never reads (its proxy goes through getAgentDispatcher).
     */
    getAgent(_serverUrl) {
        return undefined;
    }
}


/***/ }),

/***/ 8315:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Rm: () => (/* binding */ log)
/* harmony export */ });
/* unused harmony exports inert, logGroup */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6058);
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7620);


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
    return (0,_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .redact */ .E)(text)
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
const log = {
    /** One line of the log. */
    info(line) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(inert(line));
    },
    /** A line of the debug log (shown when the run has step debug logging on). */
    debug(line) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz(inert(line));
    },
    notice(message, props) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .notice */ .lm(inert(message), inertProperties(props));
    },
    warning(message, props) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(inert(message), inertProperties(props));
    },
    error(message, props) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .error */ .z3(inert(message), inertProperties(props));
    },
    /** An error annotation that also fails the step (what core.setFailed does). */
    failed(message) {
        process.exitCode = 1;
        log.error(message);
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
            log.info(line);
    }
    finally {
        core.endGroup();
    }
}


/***/ }),

/***/ 7620:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ maskSecret),
/* harmony export */   E: () => (/* binding */ redact)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6058);

/**
 * Values this process must never print. The runner masks what `core.setSecret` registers, but only
 * in the log it shows; reports, summaries and outputs are ours to keep clean, so they go through
 * `redact` too.
 */
const registered = new Set();
/** Registers `value` (and each line of a multi-line value, as the runner masks line by line). */
function maskSecret(value) {
    const pieces = [value, ...value.split(/\r?\n/).map((l) => l.trim())];
    for (const piece of pieces) {
        // Very short pieces would mask ordinary text everywhere ("a", "1") and protect nothing.
        if (piece.length < 3 || registered.has(piece))
            continue;
        registered.add(piece);
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(piece);
    }
}
/** Replaces every registered secret in `text` with `***`, longest first. */
function redact(text) {
    let out = text;
    for (const s of [...registered].sort((a, b) => b.length - a.length))
        out = out.split(s).join('***');
    return out;
}


/***/ }),

/***/ 9691:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y_: () => (/* binding */ DispatcherOnDemand),
/* harmony export */   kT: () => (/* binding */ ProxyAgent)
/* harmony export */ });
/* unused harmony export fetch */
let loading;
const undici = () => (loading ??= __webpack_require__.e(/* import() */ 752).then(__webpack_require__.t.bind(__webpack_require__, 6752, 19)));
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


/***/ })

};
