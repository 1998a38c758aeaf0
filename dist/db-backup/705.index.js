export const id = 705;
export const ids = [705];
export const modules = {

/***/ 58705:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   resolveAzureAuth: () => (/* binding */ resolveAzureAuth)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(46058);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _deploy_actions_core__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(91605);
/* harmony import */ var _sdk_log_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(43728);
/* harmony import */ var _auth_inputs_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(26603);







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
            (0,_deploy_actions_core__WEBPACK_IMPORTED_MODULE_3__/* .maskSecret */ .$l)(env[name]);
    // Undefined when the cloud input was invalid (readInputs reported it): the other checks still run.
    const cloud = _auth_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .CLOUDS */ .J[values.cloud];
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
    const knownAuthority = Object.values(_auth_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .CLOUDS */ .J).some((c) => c.authority === authorityHost);
    const options = { authorityHost, disableInstanceDiscovery: !knownAuthority };
    if (clientId !== undefined && tenantId !== undefined && !env.AZURE_CLIENT_SECRET) {
        if (!env.ACTIONS_ID_TOKEN_REQUEST_URL || !env.ACTIONS_ID_TOKEN_REQUEST_TOKEN) {
            issues.add('client-id', "is set for GitHub OIDC sign-in, but this job cannot request an ID token: add 'permissions: id-token: write' to the job");
            return undefined;
        }
        // The callback runs at every token request: GitHub's token lasts ~10 minutes, a rollout longer.
        let presented;
        const assertion = async () => {
            const token = await _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getIDToken */ .V9(audience);
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
        .split(node_path__WEBPACK_IMPORTED_MODULE_2__.delimiter)
        .filter(Boolean)
        .some((dir) => names.some((name) => {
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.accessSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, name), node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.X_OK);
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
                const explained = new Error(`${(0,_deploy_actions_core__WEBPACK_IMPORTED_MODULE_3__/* .oneLine */ .TN)(err.message)} — this job presented subject '${sub ?? 'unknown'}'; ` +
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
        this.#credential ??= Promise.all(/* import() */[__webpack_require__.e(599), __webpack_require__.e(738), __webpack_require__.e(16)]).then(__webpack_require__.bind(__webpack_require__, 73016)).then(this.#make);
        return (await this.#credential).getToken(scopes, options);
    }
}


/***/ }),

/***/ 43728:
/***/ ((__unused_webpack_module, __unused_webpack___webpack_exports__, __webpack_require__) => {

/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _azure_logger__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7567);
/* harmony import */ var _deploy_actions_core__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(91605);



/**
 * The Azure SDKs print their own log to stderr when a user sets AZURE_LOG_LEVEL (requests,
 * answers, retries): text from the service, on a stream the runner reads for workflow commands.
 * Imported for its effect wherever an SDK client is built, it sends that log through the output
 * layer instead, as ordinary lines of the step's log.
 */
_azure_logger__WEBPACK_IMPORTED_MODULE_1__/* .AzureLogger */ .i2.log = (...args) => _deploy_actions_core__WEBPACK_IMPORTED_MODULE_2__/* .log */ .Rm.info((0,node_util__WEBPACK_IMPORTED_MODULE_0__.format)(...args));


/***/ }),

/***/ 7567:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  i2: () => (/* binding */ AzureLogger),
  KV: () => (/* binding */ createClientLogger),
  XM: () => (/* binding */ getLogLevel)
});

// UNUSED EXPORTS: setLogLevel

// EXTERNAL MODULE: ./node_modules/@typespec/ts-http-runtime/dist/esm/logger/logger.js + 2 modules
var logger = __webpack_require__(3482);
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

/***/ 27970:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Az: () => (/* binding */ getEnvironmentVariable),
/* harmony export */   Bd: () => (/* binding */ isBrowser),
/* harmony export */   N6: () => (/* binding */ isDeno),
/* harmony export */   Qg: () => (/* binding */ isBun),
/* harmony export */   lV: () => (/* binding */ isReactNative),
/* harmony export */   p7: () => (/* binding */ isWebWorker),
/* harmony export */   qx: () => (/* binding */ isNodeLike),
/* harmony export */   tX: () => (/* binding */ isNodeRuntime)
/* harmony export */ });
/* unused harmony export emitNodeWarning */
/* harmony import */ var node_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1708);
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
    process.emitWarning(warning);
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

/***/ 3482:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  KV: () => (/* binding */ createClientLogger),
  MX: () => (/* binding */ createLoggerContext)
});

// UNUSED EXPORTS: TypeSpecRuntimeLogger, getLogLevel, setLogLevel

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: external "node:process"
var external_node_process_ = __webpack_require__(1708);
;// CONCATENATED MODULE: ./node_modules/@typespec/ts-http-runtime/dist/esm/logger/log.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.



function log(message, ...args) {
    external_node_process_.stderr.write(`${external_node_util_.format(message, ...args)}${external_node_os_.EOL}`);
}
//# sourceMappingURL=log.js.map
// EXTERNAL MODULE: ./node_modules/@typespec/ts-http-runtime/dist/esm/env.js
var env = __webpack_require__(27970);
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

/***/ })

};
