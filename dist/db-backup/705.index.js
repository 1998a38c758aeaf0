export const id = 705;
export const ids = [705];
export const modules = {

/***/ 8705:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   resolveAzureAuth: () => (/* binding */ resolveAzureAuth)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7264);
/* harmony import */ var _azure_identity__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3016);
/* harmony import */ var _deploy_actions_core__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4746);
/* harmony import */ var _sdk_log_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3728);
/* harmony import */ var _auth_inputs_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6603);






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
            (0,_deploy_actions_core__WEBPACK_IMPORTED_MODULE_2__/* .maskSecret */ .$l)(env[name]);
    // Undefined when the cloud input was invalid (readInputs reported it): the other checks still run.
    const cloud = _auth_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .CLOUDS */ .J[values.cloud];
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
    const knownAuthority = Object.values(_auth_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .CLOUDS */ .J).some((c) => c.authority === authorityHost);
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
        const credential = explainSubjectMismatch(new _azure_identity__WEBPACK_IMPORTED_MODULE_1__/* .ClientAssertionCredential */ .XI(tenantId, clientId, assertion, options), () => presented);
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
            credential: new _azure_identity__WEBPACK_IMPORTED_MODULE_1__/* .EnvironmentCredential */ .lp(options),
            method: `environment credentials (AZURE_CLIENT_ID ${env.AZURE_CLIENT_ID ?? 'unset'})`,
            subscriptionId,
            armEndpoint,
            armScope,
            authorityHost,
        };
    }
    return {
        credential: new _azure_identity__WEBPACK_IMPORTED_MODULE_1__/* .AzureCliCredential */ .nG({ tenantId }),
        method: 'the Azure CLI session (azure/login)',
        subscriptionId,
        armEndpoint,
        armScope,
        authorityHost,
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
                const explained = new Error(`${(0,_deploy_actions_core__WEBPACK_IMPORTED_MODULE_2__/* .oneLine */ .TN)(err.message)} — this job presented subject '${sub ?? 'unknown'}'; the Entra app's federated credential must name exactly that subject ` +
                    "(Entra does not say which one it expects). A job with 'environment: NAME' presents repo:OWNER/REPO:environment:NAME, one without repo:OWNER/REPO:ref:refs/heads/BRANCH: " +
                    'add a federated credential for the subject presented, or run the job in the environment the credential names');
                explained.name = err.name;
                throw explained;
            }
        },
    };
}


/***/ }),

/***/ 3728:
/***/ ((__unused_webpack_module, __unused_webpack___webpack_exports__, __webpack_require__) => {

/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _azure_logger__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7567);
/* harmony import */ var _deploy_actions_core__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4746);



/**
 * The Azure SDKs print their own log to stderr when a user sets AZURE_LOG_LEVEL (requests,
 * answers, retries): text from the service, on a stream the runner reads for workflow commands.
 * Imported for its effect wherever an SDK client is built, it sends that log through the output
 * layer instead, as ordinary lines of the step's log.
 */
_azure_logger__WEBPACK_IMPORTED_MODULE_1__/* .AzureLogger */ .i2.log = (...args) => _deploy_actions_core__WEBPACK_IMPORTED_MODULE_2__/* .log */ .Rm.info((0,node_util__WEBPACK_IMPORTED_MODULE_0__.format)(...args));


/***/ })

};
