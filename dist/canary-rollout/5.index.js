export const id = 5;
export const ids = [5];
export const modules = {

/***/ 3005:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  AppServiceTarget: () => (/* binding */ AppServiceTarget),
  restoreAppService: () => (/* binding */ restoreAppService),
  runAppService: () => (/* binding */ runAppService),
  setShare: () => (/* binding */ setShare),
  shareOf: () => (/* binding */ shareOf),
  validateAppService: () => (/* binding */ validateAppService)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 16 modules
var core = __webpack_require__(8179);
// EXTERNAL MODULE: ./node_modules/@azure/arm-appservice/dist/esm/api/index.js + 4 modules
var api = __webpack_require__(1711);
// EXTERNAL MODULE: ./node_modules/@azure/arm-appservice/dist/esm/api/webApps/index.js + 11 modules
var webApps = __webpack_require__(1705);
// EXTERNAL MODULE: ./packages/azure/src/arm.ts
var arm = __webpack_require__(4381);
;// CONCATENATED MODULE: ./packages/azure/src/app-service.ts



/**
 * One App Service app and its deployment slots over ARM. Reads and the idempotent writes
 * (applySlotConfig, resetSlotConfig, routing rules) go through `armRetry`; a swap never does: a
 * swap is a toggle, so sending it again after a lost answer can swap the old build back in. The
 * caller sends it once (`submitSwap`) and learns from what the slots serve whether it happened.
 */
const PRODUCTION = 'production';
/** How often a swap is polled: swaps take seconds to minutes. */
const POLL_MS = 1000;
class AppService {
    context;
    resourceGroup;
    name;
    /** ARM requests sent (attempts, polls included), for the timeline and the bench. */
    requests = 0;
    /** `requestTimeoutMs` bounds every single request, polls included: a poll that hangs ends, and the slots are looked at instead. */
    constructor(auth, resourceGroup, name, userAgent, opts = {}) {
        this.resourceGroup = resourceGroup;
        this.name = name;
        const timeout = opts.requestTimeoutMs ?? 30_000;
        this.context = (0,api/* createWebSiteManagement */.tK)(auth.credential, auth.subscriptionId, {
            endpoint: auth.armEndpoint,
            credentials: { scopes: [auth.armScope] },
            retryOptions: { maxRetries: 0 },
            userAgentOptions: { userAgentPrefix: userAgent },
            additionalPolicies: [
                {
                    position: 'perCall',
                    policy: {
                        name: 'countRequestsAndBoundThem',
                        sendRequest: (req, next) => {
                            this.requests++;
                            if (!req.timeout || req.timeout > timeout)
                                req.timeout = timeout;
                            return next(req);
                        },
                    },
                },
            ],
        });
    }
    /** The app (slot `production`) or one of its slots. */
    async slot(slot, ctx) {
        const site = await (0,arm/* armRetry */.jR)((signal) => slot === PRODUCTION
            ? (0,webApps/* get */.JtY)(this.context, this.resourceGroup, this.name, { abortSignal: signal })
            : (0,webApps/* getSlot */.$cR)(this.context, this.resourceGroup, this.name, slot, { abortSignal: signal }), { what: `read ${slot === PRODUCTION ? `app ${this.name}` : `slot ${slot} of ${this.name}`}`, ...ctx });
        return slotInfo(slot, site);
    }
    /**
     * Sends the swap of `slot` into `targetSlot` once and returns the operation to wait on. A failure
     * here may or may not have started the swap (a lost answer): the caller looks before sending again.
     */
    async submitSwap(slot, targetSlot, signal, pollMs = POLL_MS) {
        const entity = { targetSlot, preserveVnet: true };
        const poller = (0,webApps/* swapSlot */.Mmr)(this.context, this.resourceGroup, this.name, slot, entity, {
            abortSignal: signal,
            updateIntervalInMs: pollMs,
        });
        await poller.submitted();
        return { wait: async (s) => void (await poller.pollUntilDone({ abortSignal: s })) };
    }
    /** Swap with preview, phase 1: production's slot settings applied to `slot` (which restarts). */
    async applySlotConfig(slot, targetSlot, ctx) {
        await (0,arm/* armRetry */.jR)((signal) => (0,webApps/* applySlotConfigurationSlot */.nEI)(this.context, this.resourceGroup, this.name, slot, { targetSlot, preserveVnet: true }, { abortSignal: signal }), { what: `apply ${targetSlot}'s configuration to slot ${slot}`, ...ctx });
    }
    /** Cancels a pending swap with preview: the slot gets its own settings back. */
    async resetSlotConfig(slot, ctx) {
        await (0,arm/* armRetry */.jR)((signal) => (0,webApps/* resetSlotConfigurationSlot */.ChW)(this.context, this.resourceGroup, this.name, slot, { abortSignal: signal }), { what: `reset the configuration of slot ${slot}`, ...ctx });
    }
    /** Production's routing rules ("testing in production"): the share of traffic each slot gets. */
    async routing(ctx) {
        const config = await (0,arm/* armRetry */.jR)((signal) => (0,webApps/* getConfiguration */.D0f)(this.context, this.resourceGroup, this.name, { abortSignal: signal }), { what: `read the routing rules of ${this.name}`, ...ctx });
        return (config.experiments?.rampUpRules ?? []).map(routingRule);
    }
    /** Replaces production's routing rules (a PATCH of only experiments.rampUpRules); the same rules sent twice are harmless. */
    async setRouting(rules, ctx) {
        const rampUpRules = rules.map((r) => ({
            name: r.name,
            actionHostName: r.actionHostName,
            reroutePercentage: r.reroutePercentage,
        }));
        await (0,arm/* armRetry */.jR)((signal) => (0,webApps/* updateConfiguration */.o6W)(this.context, this.resourceGroup, this.name, { experiments: { rampUpRules } }, { abortSignal: signal }), {
            what: `set the routing rules of ${this.name}`,
            ...ctx,
        });
    }
}
function slotInfo(slot, site) {
    const status = site.slotSwapStatus;
    return {
        slot,
        location: site.location,
        defaultHostName: site.defaultHostName ?? '',
        state: site.state,
        targetSwapSlot: site.targetSwapSlot || undefined,
        inProgressOperationId: site.inProgressOperationId || undefined,
        ...(status?.timestampUtc
            ? {
                lastSwap: {
                    at: status.timestampUtc.toISOString(),
                    source: status.sourceSlotName,
                    destination: status.destinationSlotName,
                },
            }
            : {}),
    };
}
function routingRule(r) {
    return { name: r.name ?? '', actionHostName: r.actionHostName ?? '', reroutePercentage: r.reroutePercentage ?? 0 };
}

// EXTERNAL MODULE: ./packages/core/src/index.ts + 13 modules
var src = __webpack_require__(4320);
// EXTERNAL MODULE: ./actions/canary-rollout/src/rollout.ts
var rollout = __webpack_require__(6295);
// EXTERNAL MODULE: ./actions/canary-rollout/src/run-options.ts
var run_options = __webpack_require__(8448);
;// CONCATENATED MODULE: ./actions/canary-rollout/src/app-service.ts






const SLOT_NAME = /^[a-zA-Z0-9][a-zA-Z0-9-]{0,58}$/;
const APP_NAME = /^[a-zA-Z0-9][a-zA-Z0-9-]{0,58}[a-zA-Z0-9]$/;
class AppServiceTarget {
    description;
    stableName = PRODUCTION;
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
        throw new src/* ActionFailure */.dR(`ARM accepted the routing change but reads back ${read}% to slot ${slot}, not ${percent}%`);
}
function shareOf(rules, slot, slotHost) {
    return rules
        .filter((r) => r.actionHostName === slotHost || r.name === slot)
        .reduce((sum, r) => sum + r.reroutePercentage, 0);
}
function validateAppService(v, issues) {
    if (v.app !== undefined && !APP_NAME.test(v.app))
        issues.add('app', 'must be an App Service app name: 2-60 letters, digits and hyphens, not starting or ending with a hyphen');
    if (v.slot !== undefined && (!SLOT_NAME.test(v.slot) || v.slot.toLowerCase() === PRODUCTION))
        issues.add('slot', 'must name a deployment slot other than production, such as staging');
    if (v.mode === 'promote' || v.mode === 'plan')
        issues.add('mode', `must be rollout or rollback with platform app-service (promote a slot by swapping it: slot-swap); got ${v.mode}`);
    for (const input of ['image', 'revision', 'container-name', 'revision-suffix']) {
        if (v[input] !== undefined)
            issues.add(input, 'is for platform container-apps; with app-service the canary is the build deployed to the slot');
    }
}
/** A rollout (or rollback) on App Service: the engine moves the slot's routing percentage. */
async function runAppService(v, auth, gates, cancel, finish, cancelBudgetMs) {
    const ctx = { budgetMs: 90_000, signal: cancel.signal, onRetry: (line) => core/* info */.pq(`  … ${line}`) };
    const app = new AppService(auth, v['resource-group'], v.app, 'deploy-actions/canary-rollout', {
        requestTimeoutMs: Math.max(v['request-timeout'], 5000),
    });
    const slot = v.slot;
    const [production, staging] = await Promise.all([app.slot(PRODUCTION, ctx), app.slot(slot, ctx)]);
    if (!production.defaultHostName || !staging.defaultHostName)
        throw new src/* ActionFailure */.dR(`ARM gives no host name for production or slot ${slot} of ${v.app}`);
    const share = shareOf(await app.routing(ctx), slot, staging.defaultHostName);
    if (v.mode === 'rollback') {
        if (share > 0)
            await setShare(app, slot, staging.defaultHostName, 0, ctx);
        core/* info */.pq(share > 0
            ? `Rolled back: slot ${slot} gets 0% of production's traffic (was ${share}%, read back)`
            : `Slot ${slot} already gets 0% of production's traffic: nothing to change`);
        return finish('rolled-back', PRODUCTION, slot, '', [], `routing to slot ${slot} set to 0%`);
    }
    if (share > 0) {
        core/* warning */.$e(`Slot ${slot} gets ${share}% of production's traffic, left by an earlier run: resetting it to 0% first`, { title: 'Repaired a routing split left behind' });
        await setShare(app, slot, staging.defaultHostName, 0, ctx);
    }
    const target = new AppServiceTarget(app, slot, { production: production.defaultHostName, slot: staging.defaultHostName }, { budgetMs: 90_000, onRetry: ctx.onRetry });
    core/* info */.pq(`Canary: slot ${slot} at ${target.urls.canary.origin}; production at ${target.urls.stable.origin} (its routing rule moves the slot's share)`);
    let outcome;
    let split = false;
    try {
        outcome = await (0,rollout/* runStages */.JQ)(target, (0,run_options/* rolloutOptions */.i)(v, gates, cancel.signal, {
            saveState: { platform: 'app-service', slot, slotHost: staging.defaultHostName },
            onSplit: () => (split = true),
        }));
    }
    catch (err) {
        if (!split)
            throw err;
        core/* error */.z3(`The rollout stopped on an error: ${(0,arm/* describeArmError */.w5)(err)}; routing 0% to slot ${slot}`);
        await target.restoreStable(cancel.signal.aborted ? cancelBudgetMs : 25_000);
        core/* saveState */.LZ('finished', 'restored');
        throw new src/* ActionFailure */.dR(`${(0,arm/* describeArmError */.w5)(err)}; slot ${slot} gets 0% of production's traffic again (read back)`);
    }
    if (outcome.result === 'cancelled') {
        if (split) {
            core/* warning */.$e(`Cancelled: routing 0% to slot ${slot} before the runner stops this step`);
            await target.restoreStable(cancelBudgetMs);
            core/* saveState */.LZ('finished', 'restored');
        }
        await finish('rolled-back', PRODUCTION, slot, PRODUCTION, outcome.stages, 'the run was cancelled');
        throw new src/* ActionFailure */.dR(`Cancelled at stage ${outcome.stages.length}: slot ${slot} gets 0% of production's traffic (read back)`);
    }
    if (outcome.result === 'failed') {
        core/* saveState */.LZ('finished', 'rolled-back');
        await finish('rolled-back', PRODUCTION, slot, PRODUCTION, outcome.stages, outcome.reason, outcome.rollbackMs);
        throw new src/* ActionFailure */.dR(`Rolled back: slot ${slot} gets 0% of production's traffic again: ${outcome.reason ?? 'a gate failed'}`);
    }
    core/* saveState */.LZ('finished', 'promoted');
    core/* info */.pq(`Promoted: slot ${slot} gets 100% of production's traffic (read back). Swap it into production with slot-swap, which clears the routing rule first`);
    await finish('promoted', slot, slot, PRODUCTION, outcome.stages, undefined);
}
/** The post step's share of the work: the slot back to 0 % when the main step died mid-rollout. */
async function restoreAppService(v, auth, split) {
    const app = new AppService(auth, v['resource-group'], v.app, 'deploy-actions/canary-rollout-post', {
        requestTimeoutMs: 30_000,
    });
    const ctx = { budgetMs: 60_000, onRetry: (line) => core/* info */.pq(`  … ${line}`) };
    const share = shareOf(await app.routing(ctx), split.slot, split.slotHost);
    if (share === 0)
        return core/* info */.pq(`Slot ${split.slot} gets 0% of production's traffic: nothing to restore`);
    core/* warning */.$e(`The main step did not finish while slot ${split.slot} got ${share}% of production's traffic: setting it to 0%`, { title: 'Routing restored by the post step' });
    await setShare(app, split.slot, split.slotHost, 0, ctx);
    core/* info */.pq(`Restored: slot ${split.slot} gets 0% (read back)`);
}


/***/ })

};
