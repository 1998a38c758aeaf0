export const id = 171;
export const ids = [171];
export const modules = {

/***/ 5171:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   reportFailure: () => (/* binding */ reportFailure),
/* harmony export */   runAction: () => (/* binding */ runAction)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6421);
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
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .error */ .z3(e.message, { title: 'Invalid input' });
        process.exitCode = 1;
        return;
    }
    if (err instanceof Error && err.stack)
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz(err.stack);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1(err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ActionFailure */ .dR ? err.message : (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .describeError */ .Uc)(err));
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
    if (!(err instanceof Error))
        return oneLine(String(err));
    if (err.name === 'TimeoutError')
        return 'timed out';
    if (err.name === 'AbortError')
        return 'aborted';
    const cause = err.cause;
    if (cause instanceof Error) {
        const code = cause.code;
        if (code && NETWORK_CODES[code])
            return `${NETWORK_CODES[code]} (${code})`;
        if (code && /CERT|SSL|TLS|SELF_SIGNED|UNABLE_TO_VERIFY/.test(code))
            return `TLS error: ${oneLine(cause.message)} (${code})`;
        if (err.message === 'fetch failed')
            return describeError(cause);
        return `${oneLine(err.message)}: ${describeError(cause)}`;
    }
    const code = err.code;
    if (code && NETWORK_CODES[code])
        return `${NETWORK_CODES[code]} (${code})`;
    return oneLine(err.message);
}
function oneLine(text) {
    return text.replace(/\s*\n\s*/g, ' ').trim();
}


/***/ })

};
