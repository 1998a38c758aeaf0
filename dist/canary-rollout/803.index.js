export const id = 803;
export const ids = [803];
export const modules = {

/***/ 9803:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AppServiceTarget: () => (/* binding */ AppServiceTarget),
/* harmony export */   restoreAppService: () => (/* binding */ restoreAppService),
/* harmony export */   runAppService: () => (/* binding */ runAppService),
/* harmony export */   servePinnedClients: () => (/* binding */ servePinnedClients),
/* harmony export */   setShare: () => (/* binding */ setShare),
/* harmony export */   shareOf: () => (/* binding */ shareOf),
/* harmony export */   validateAppService: () => (/* binding */ validateAppService)
/* harmony export */ });
/* harmony import */ var _deploy_actions_azure_app_service__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5071);
/* harmony import */ var _deploy_actions_core__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7254);
/* harmony import */ var _budgets_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7484);
/* harmony import */ var _run_options_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8448);
/* harmony import */ var _outcome_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2166);
/* harmony import */ var _summary_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8542);






const SLOT_NAME = /^[a-zA-Z0-9][a-zA-Z0-9-]{0,58}$/;
const APP_NAME = /^[a-zA-Z0-9][a-zA-Z0-9-]{0,58}[a-zA-Z0-9]$/;
class AppServiceTarget {
    description;
    stableName = _deploy_actions_azure_app_service__WEBPACK_IMPORTED_MODULE_0__/* .PRODUCTION */ .e;
    canaryName;
    urls;
    app;
    slotHost;
    ctx;
    constructor(app, slot, hosts, ctx) {
        this.app = app;
        this.canaryName = slot;
        this.slotHost = hosts.slot;
        this.ctx = ctx;
        this.description = `App Service ${app.name} (${app.resourceGroup}), slot ${slot}`;
        // Production's host name is the baseline: it serves production's build plus the slot's share.
        this.urls = {
            canary: new URL(`https://${hosts.slot}`),
            stable: new URL(`https://${hosts.production}`),
            main: new URL(`https://${hosts.production}`),
        };
    }
    apiRequests() {
        return this.app.requests;
    }
    async setCanaryWeight(weight, signal) {
        await setShare(this.app, this.canaryName, this.slotHost, weight, { ...this.ctx, signal });
    }
    async restoreStable(budgetMs) {
        await setShare(this.app, this.canaryName, this.slotHost, 0, {
            budgetMs,
            maxRetryAfterMs: 1000,
            onRetry: this.ctx.onRetry,
        });
    }
}
/** Sets the slot's share of production's traffic (other slots' rules kept) and reads it back. */
async function setShare(app, slot, slotHost, percent, ctx) {
    const rules = (await app.routing(ctx)).filter((r) => r.actionHostName !== slotHost && r.name !== slot);
    const next = percent > 0 ? [...rules, { name: slot, actionHostName: slotHost, reroutePercentage: percent }] : rules;
    await app.setRouting(next, ctx);
    const read = shareOf(await app.routing(ctx), slot, slotHost);
    if (read !== percent)
        throw new _deploy_actions_core__WEBPACK_IMPORTED_MODULE_1__/* .ActionFailure */ .dR(`ARM accepted the routing change but reads back ${read}% to slot ${slot}, not ${percent}%`);
}
/**
 * After a rollback the slot gets 0 % of new clients, but App Service keeps sending a client it
 * routed there (the x-ms-routing-name cookie, for up to an hour) to the slot: the failed build. The
 * platform offers no way to unpin them; what ARM allows is to make the slot serve the stable
 * build. When production runs a container (linuxFxVersion DOCKER|…), the slot is set to production's
 * image and read back; otherwise the run says plainly that pinned clients may still reach the slot.
 */
async function servePinnedClients(app, slot, ctx) {
    const [stable, canary] = await Promise.all([app.container(_deploy_actions_azure_app_service__WEBPACK_IMPORTED_MODULE_0__/* .PRODUCTION */ .e, ctx), app.container(slot, ctx)]);
    if (!stable) {
        _deploy_actions_core__WEBPACK_IMPORTED_MODULE_1__/* .log */ .Rm.warning(`Clients App Service pinned to slot ${slot} (x-ms-routing-name cookie, up to an hour) may still reach its build: production runs no container image this action could put on the slot. Deploy the stable build to slot ${slot} to end it`, { title: 'Pinned clients' });
        return;
    }
    if (canary === stable)
        return;
    await app.setContainer(slot, stable, ctx);
    const read = await app.container(slot, ctx);
    if (read !== stable)
        throw new _deploy_actions_core__WEBPACK_IMPORTED_MODULE_1__/* .ActionFailure */ .dR(`ARM accepted production's image for slot ${slot} but reads back ${read ?? 'none'}`);
    _deploy_actions_core__WEBPACK_IMPORTED_MODULE_1__/* .log */ .Rm.info(`Slot ${slot} now runs production's image ${stable.slice('DOCKER|'.length)} (read back): clients pinned to it by the x-ms-routing-name cookie get the stable build`);
}
function shareOf(rules, slot, slotHost) {
    return rules
        .filter((r) => r.actionHostName === slotHost || r.name === slot)
        .reduce((sum, r) => sum + r.reroutePercentage, 0);
}
function validateAppService(values, issues) {
    if (values.app !== undefined && !APP_NAME.test(values.app))
        issues.add('app', 'must be an App Service app name: 2-60 letters, digits and hyphens, not starting or ending with a hyphen');
    if (values.slot !== undefined && (!SLOT_NAME.test(values.slot) || values.slot.toLowerCase() === _deploy_actions_azure_app_service__WEBPACK_IMPORTED_MODULE_0__/* .PRODUCTION */ .e))
        issues.add('slot', 'must name a deployment slot other than production, such as staging');
    if (values.mode === 'promote' || values.mode === 'plan')
        issues.add('mode', `must be rollout or rollback with platform app-service (promote a slot by swapping it: slot-swap); got ${values.mode}`);
    if (values.stages?.some((s) => s.hold))
        issues.add('stages', 'cannot hold a stage (:hold) with platform app-service; holds are for container-apps');
    for (const input of ['image', 'revision', 'container-name', 'revision-suffix']) {
        if (values[input] !== undefined)
            issues.add(input, 'is for platform container-apps; with app-service the canary is the build deployed to the slot');
    }
}
/** A rollout (or rollback) on App Service: the engine moves the slot's routing percentage. */
async function runAppService(values, auth, gates, cancel) {
    const ctx = (0,_run_options_js__WEBPACK_IMPORTED_MODULE_3__/* .callContext */ .a)(cancel.signal);
    const app = new _deploy_actions_azure_app_service__WEBPACK_IMPORTED_MODULE_0__/* .AppService */ .d(auth, values['resource-group'], values.app, 'deploy-actions/canary-rollout', {
        requestTimeoutMs: Math.max(values['request-timeout'], 5000),
    });
    const slot = values.slot;
    const [production, staging] = await Promise.all([app.slot(_deploy_actions_azure_app_service__WEBPACK_IMPORTED_MODULE_0__/* .PRODUCTION */ .e, ctx), app.slot(slot, ctx)]);
    if (!production.defaultHostName || !staging.defaultHostName)
        throw new _deploy_actions_core__WEBPACK_IMPORTED_MODULE_1__/* .ActionFailure */ .dR(`ARM gives no host name for production or slot ${slot} of ${values.app}`);
    const share = shareOf(await app.routing(ctx), slot, staging.defaultHostName);
    const versions = await slotVersions(app, slot, ctx);
    if (values.mode === 'rollback') {
        if (share > 0)
            await setShare(app, slot, staging.defaultHostName, 0, ctx);
        await servePinnedClients(app, slot, ctx);
        _deploy_actions_core__WEBPACK_IMPORTED_MODULE_1__/* .log */ .Rm.info(share > 0
            ? `Rolled back: slot ${slot} gets 0% of production's traffic (was ${share}%, read back)`
            : `Slot ${slot} already gets 0% of production's traffic: nothing to change`);
        return (0,_outcome_js__WEBPACK_IMPORTED_MODULE_4__/* .report */ .z8)(values, {
            result: 'rolled-back',
            ended: share > 0 ? 'by-hand' : 'unchanged',
            versions,
            stable: _deploy_actions_azure_app_service__WEBPACK_IMPORTED_MODULE_0__/* .PRODUCTION */ .e,
            canary: slot,
            previous: '',
            stages: [],
            reason: `routing to slot ${slot} set to 0%`,
        });
    }
    if (share > 0) {
        _deploy_actions_core__WEBPACK_IMPORTED_MODULE_1__/* .log */ .Rm.warning(`Slot ${slot} gets ${share}% of production's traffic, left by an earlier run: resetting it to 0% first`, { title: 'Repaired a routing split left behind' });
        await setShare(app, slot, staging.defaultHostName, 0, ctx);
    }
    const target = new AppServiceTarget(app, slot, { production: production.defaultHostName, slot: staging.defaultHostName }, { budgetMs: _budgets_js__WEBPACK_IMPORTED_MODULE_2__/* .CALL_BUDGET_MS */ .EN, onRetry: ctx.onRetry });
    _deploy_actions_core__WEBPACK_IMPORTED_MODULE_1__/* .log */ .Rm.info(`Canary: slot ${slot} at ${target.urls.canary.origin}; production at ${target.urls.stable.origin} (its routing rule moves the slot's share)`);
    const slotTraffic = `slot ${slot} gets 0% of production's traffic`;
    await (0,_outcome_js__WEBPACK_IMPORTED_MODULE_4__/* .settleRollout */ .Lm)({
        target,
        split: { platform: 'app-service', slot, slotHost: staging.defaultHostName },
        stable: _deploy_actions_azure_app_service__WEBPACK_IMPORTED_MODULE_0__/* .PRODUCTION */ .e,
        canary: slot,
        versions,
        serving: async () => {
            const rules = await app.routing({ budgetMs: _budgets_js__WEBPACK_IMPORTED_MODULE_2__/* .READ_BACK_BUDGET_MS */ .oP, onRetry: ctx.onRetry });
            return `slot ${slot} still gets ${shareOf(rules, slot, staging.defaultHostName)}% of production's traffic (read back)`;
        },
        repairedNext: "the next canary-rollout run of this app repairs it first (it finds the slot's routing rule)",
        afterRollback: () => servePinnedClients(app, slot, ctx),
        // The window before the swap: the slot serves all of production's requests through its routing
        // rule, production's own build waits at 0 %, and a breach routes 0 % to the slot again.
        watch: () => ({
            target,
            split: { platform: 'app-service', slot, slotHost: staging.defaultHostName },
            current: slot,
            previous: _deploy_actions_azure_app_service__WEBPACK_IMPORTED_MODULE_0__/* .PRODUCTION */ .e,
            afterBreach: () => servePinnedClients(app, slot, ctx),
            end: () => Promise.resolve({
                done: `slot ${slot} keeps 100% of production's traffic until slot-swap swaps it into production`,
            }),
        }),
        words: {
            restoring: `routing 0% to slot ${slot}`,
            restoredAfterError: `${slotTraffic} again (read back)`,
            stableAgain: `${slotTraffic} again (read back)`,
            cancelled: `${slotTraffic} (read back)`,
            rolledBack: `Rolled back: ${slotTraffic} again`,
            promoted: `Promoted: slot ${slot} gets 100% of production's traffic (read back). ` +
                'Swap it into production with slot-swap, which clears the routing rule first',
        },
    }, values, gates, cancel);
}
/**
 * The version production and the slot run, by slot name, for the summary: each one's container
 * image tag. A code deployment (no container) names no version; the summary then names the slot.
 */
async function slotVersions(app, slot, ctx) {
    const versions = {};
    await Promise.all([_deploy_actions_azure_app_service__WEBPACK_IMPORTED_MODULE_0__/* .PRODUCTION */ .e, slot].map(async (name) => {
        const v = (0,_summary_js__WEBPACK_IMPORTED_MODULE_5__/* .imageVersion */ .K9)(await app.container(name, ctx).catch(() => undefined));
        if (v)
            versions[name] = v;
    }));
    return versions;
}
/** The post step's share of the work: the slot back to 0 % when the main step died mid-rollout. */
async function restoreAppService(values, auth, split) {
    const app = new _deploy_actions_azure_app_service__WEBPACK_IMPORTED_MODULE_0__/* .AppService */ .d(auth, values['resource-group'], values.app, 'deploy-actions/canary-rollout-post', {
        requestTimeoutMs: 30_000,
    });
    const ctx = { budgetMs: _budgets_js__WEBPACK_IMPORTED_MODULE_2__/* .POST_RESTORE_BUDGET_MS */ .VX, onRetry: (line) => _deploy_actions_core__WEBPACK_IMPORTED_MODULE_1__/* .log */ .Rm.info(`  … ${line}`) };
    const share = shareOf(await app.routing(ctx), split.slot, split.slotHost);
    if (share === 0)
        return _deploy_actions_core__WEBPACK_IMPORTED_MODULE_1__/* .log */ .Rm.info(`Slot ${split.slot} gets 0% of production's traffic: nothing to restore`);
    _deploy_actions_core__WEBPACK_IMPORTED_MODULE_1__/* .log */ .Rm.warning(`The main step did not finish while slot ${split.slot} got ${share}% of production's traffic: setting it to 0%`, { title: 'Routing restored by the post step' });
    await setShare(app, split.slot, split.slotHost, 0, ctx);
    _deploy_actions_core__WEBPACK_IMPORTED_MODULE_1__/* .log */ .Rm.info(`Restored: slot ${split.slot} gets 0% (read back)`);
}


/***/ })

};
