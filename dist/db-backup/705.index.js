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
/* harmony import */ var _auth_inputs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6603);





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
    const cloud = _auth_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .CLOUDS */ .J[values.cloud];
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
    const knownAuthority = Object.values(_auth_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .CLOUDS */ .J).some((c) => c.authority === authorityHost);
    const options = { authorityHost, disableInstanceDiscovery: !knownAuthority };
    if (clientId !== undefined && tenantId !== undefined && !env.AZURE_CLIENT_SECRET) {
        if (!env.ACTIONS_ID_TOKEN_REQUEST_URL || !env.ACTIONS_ID_TOKEN_REQUEST_TOKEN) {
            issues.add('client-id', "is set for GitHub OIDC sign-in, but this job cannot request an ID token: add 'permissions: id-token: write' to the job");
            return undefined;
        }
        // The callback runs at every token request: GitHub's token lasts ~10 minutes, a rollout longer.
        const credential = new _azure_identity__WEBPACK_IMPORTED_MODULE_1__/* .ClientAssertionCredential */ .XI(tenantId, clientId, () => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getIDToken */ .V9(audience), options);
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


/***/ })

};
