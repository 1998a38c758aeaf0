export const id = 741;
export const ids = [741];
export const modules = {

/***/ 7741:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  AppServiceTarget: () => (/* binding */ AppServiceTarget),
  restoreAppService: () => (/* binding */ restoreAppService),
  runAppService: () => (/* binding */ runAppService),
  servePinnedClients: () => (/* binding */ servePinnedClients),
  setShare: () => (/* binding */ setShare),
  shareOf: () => (/* binding */ shareOf),
  validateAppService: () => (/* binding */ validateAppService)
});

// EXTERNAL MODULE: ./node_modules/@azure/arm-appservice/dist/esm/api/index.js + 4 modules
var api = __webpack_require__(1711);
// EXTERNAL MODULE: ./node_modules/@azure/arm-appservice/dist/esm/api/webApps/index.js + 11 modules
var webApps = __webpack_require__(1705);
// EXTERNAL MODULE: ./packages/azure/src/arm.ts
var arm = __webpack_require__(4381);
// EXTERNAL MODULE: ./packages/azure/src/sdk-log.ts
var sdk_log = __webpack_require__(3728);
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
            ...(0,arm/* armClientOptions */.IL)(auth, userAgent, [
                (0,arm/* countAndBoundRequests */.$p)(timeout, () => this.requests++),
                { position: 'perRetry', policy: { name: 'appServiceErrors', sendRequest: armShapedErrors } },
            ]),
            credentials: { scopes: [auth.armScope] },
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
    /** The container a slot runs (siteConfig.linuxFxVersion, e.g. `DOCKER|ghcr.io/org/app:v1`), if it runs one. */
    async container(slot, ctx) {
        const config = await (0,arm/* armRetry */.jR)((signal) => slot === PRODUCTION
            ? (0,webApps/* getConfiguration */.D0f)(this.context, this.resourceGroup, this.name, { abortSignal: signal })
            : (0,webApps/* getConfigurationSlot */.Hi2)(this.context, this.resourceGroup, this.name, slot, { abortSignal: signal }), { what: `read the configuration of ${slot === PRODUCTION ? `app ${this.name}` : `slot ${slot}`}`, ...ctx });
        return config.linuxFxVersion?.startsWith('DOCKER|') ? config.linuxFxVersion : undefined;
    }
    /** Sets the container a slot runs (a PATCH of linuxFxVersion alone); the slot restarts on it. */
    async setContainer(slot, linuxFxVersion, ctx) {
        await (0,arm/* armRetry */.jR)((signal) => (0,webApps/* updateConfigurationSlot */.ge9)(this.context, this.resourceGroup, this.name, slot, { linuxFxVersion }, { abortSignal: signal }), { what: `set the container of slot ${slot}`, ...ctx });
    }
    /** Production's routing rules ("testing in production"): the share of traffic each slot gets. */
    async routing(ctx) {
        const config = await (0,arm/* armRetry */.jR)((signal) => (0,webApps/* getConfiguration */.D0f)(this.context, this.resourceGroup, this.name, { abortSignal: signal }), { what: `read the routing rules of ${this.name}`, ...ctx });
        return (config.experiments?.rampUpRules ?? []).map(routingRule);
    }
    /**
     * Replaces production's routing rules (a PATCH of only experiments.rampUpRules, every field of
     * each rule kept); the same rules sent twice are harmless.
     */
    async setRouting(rules, ctx) {
        const rampUpRules = rules.map((r) => ({ ...r }));
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
    const defined = Object.fromEntries(Object.entries(r).filter(([, v]) => v !== undefined));
    return {
        ...defined,
        name: r.name ?? '',
        actionHostName: r.actionHostName ?? '',
        reroutePercentage: r.reroutePercentage ?? 0,
    };
}
/**
 * App Service answers errors in its own shape, `{"Code","Message","Details":[…{"ErrorEntity":
 * {"ExtendedCode"}}]}`, not ARM's `{"error":{"code","message"}}`, so the SDK would report only
 * "Unexpected status code: 409". Rewritten to ARM's shape before the SDK reads it, the error keeps
 * its message: the log says what App Service said, and armRetry can tell "another operation is in
 * progress" (ExtendedCode 59203, retried) from a 409 that is an answer (a pending swap).
 */
async function armShapedErrors(req, next) {
    const res = await next(req);
    if (res.status < 400 || !res.bodyAsText)
        return res;
    try {
        const body = JSON.parse(res.bodyAsText);
        if (body.error === undefined && typeof body.Message === 'string')
            res.bodyAsText = JSON.stringify({
                error: { code: typeof body.Code === 'string' ? body.Code : String(res.status), message: body.Message },
            });
    }
    catch {
        // Not JSON: the SDK reports the status alone, as it would anyway.
    }
    return res;
}

// EXTERNAL MODULE: ./packages/core/src/index.ts + 14 modules
var src = __webpack_require__(6382);
// EXTERNAL MODULE: ./actions/canary-rollout/src/budgets.ts
var budgets = __webpack_require__(7484);
;// CONCATENATED MODULE: ./actions/canary-rollout/src/run-options.ts


/** The engine's options from the inputs, the same for every platform. */
function rolloutOptions(values, gates, signal, onSplit, resume) {
    return {
        stages: resume?.stages ?? values.stages,
        ...(resume ? { resume: { stage: resume.stage, weight: resume.weight } } : {}),
        intervalMs: values.interval,
        failureThreshold: values['failure-threshold'],
        inconclusive: values.inconclusive,
        gates,
        requestTimeoutMs: values['request-timeout'],
        probeMainUrl: values['probe-main-url'],
        signal,
        log: (line) => src/* log */.Rm.info(line),
        warn: (line, title) => src/* log */.Rm.warning(line, { title }),
        group: (title) => (0,src/* openGroup */.Sg)(title),
        onSplit,
    };
}
function callContext(signal) {
    return { budgetMs: budgets/* CALL_BUDGET_MS */.EN, signal, onRetry: (line) => src/* log */.Rm.info(`  … ${line}`) };
}

// EXTERNAL MODULE: ./actions/canary-rollout/src/rollout.ts + 6 modules
var rollout = __webpack_require__(3634);
// EXTERNAL MODULE: ./actions/canary-rollout/src/saved-state.ts
var saved_state = __webpack_require__(369);
// EXTERNAL MODULE: ./actions/canary-rollout/src/spec.ts
var spec = __webpack_require__(931);
// EXTERNAL MODULE: ./actions/canary-rollout/src/stages.ts
var stages = __webpack_require__(3903);
;// CONCATENATED MODULE: ./actions/canary-rollout/src/summary.ts

const VERDICT = {
    passed: '✅ passed',
    'passed-inconclusive': '⚠️ passed without evidence',
    failed: '❌ failed',
    inconclusive: '❔ inconclusive',
    cancelled: '⏹️ cancelled',
    running: '🗓️ planned',
};
/** The job summary: the outcome, the stage table, and the canary's traffic over time. */
function rolloutSummary(s) {
    const head = s.result === 'promoted'
        ? `### ✅ ${s.app}: ${s.canary} promoted to 100%`
        : s.result === 'planned'
            ? `### 🗓️ ${s.app}: rollout plan for ${s.canary} (nothing changed)`
            : s.hold
                ? `### ⏸️ ${s.app}: ${s.canary} held at ${s.hold.weight}% (stage ${s.hold.stage}) until ${s.hold.deadline}`
                : `### ↩️ ${s.app}: rolled back to ${s.stable}`;
    const lines = [head, ''];
    if (s.hold)
        lines.push(`Serving: \`${s.canary}\` ${s.hold.weight}%, \`${s.stable}\` ${100 - s.hold.weight}%, held on purpose. ` +
            `Mode promote resumes with ${s.hold.rest}; mode rollback ends the hold; after the deadline the next run restores \`${s.stable}\`.`, '');
    else if (s.reason && s.result !== 'planned')
        lines.push(`**Why:** ${s.reason}`, '');
    if (s.rollbackMs !== undefined)
        lines.push(`Rollback took ${(0,src/* formatDuration */.a3)(s.rollbackMs)} from the failed verdict to 100% on ${s.stable}, read back.`, '');
    if (s.hold) {
        // The held split is said above.
    }
    else if (s.apps && s.apps.length > 1) {
        const code = (rev) => (rev ? `\`${rev}\`` : '');
        lines.push((0,src/* markdownTable */.Qj)(['App', 'Serving 100%', 'Canary', 'Previous (kept active at 0%)'], s.apps.map((a) => [a.app, code(a.stable), code(a.canary), a.previous !== a.stable ? code(a.previous) : ''])), '');
    }
    else
        lines.push(`Serving 100%: \`${s.stable}\`${s.previous && s.previous !== s.stable ? ` · previous: \`${s.previous}\` (kept active at 0%)` : ''}`, '');
    if (s.stages.length > 0) {
        const rate = (f) => f ? `${(f.errorRate * 100).toFixed(1)}% (${f.errors}/${f.samples})` : '';
        const p95 = (f) => (f?.p95 !== undefined ? (0,src/* formatDuration */.a3)(f.p95) : '');
        const rows = s.stages.map((r) => [
            r.stage,
            `${r.weight}%`,
            r.bakeMs > 0 ? (0,src/* formatDuration */.a3)(r.bakeMs) : '—',
            r.durationMs !== undefined ? (0,src/* formatDuration */.a3)(r.durationMs) : s.result === 'planned' ? r.startedAt : '',
            r.rounds,
            r.canary?.samples ?? '',
            rate(r.canary),
            rate(r.stable),
            p95(r.canary),
            p95(r.stable),
            VERDICT[r.verdict],
            r.reason ?? (r.notes ?? []).join('; '),
        ]);
        // Capacity-aware runs: the replicas read back when each stage moved weight.
        const withReplicas = s.stages.some((r) => r.replicas);
        if (withReplicas)
            rows.forEach((row, i) => {
                const r = s.stages[i]?.replicas;
                row.splice(2, 0, r ? `${r.canary}${r.needed !== undefined ? ` (≥ ${r.needed})` : ''} / ${r.stable}` : '');
            });
        lines.push((0,src/* markdownTable */.Qj)([
            'Stage',
            'Weight',
            ...(withReplicas ? ['Replicas (canary / stable)'] : []),
            'Bake',
            s.result === 'planned' ? 'Starts at' : 'Took',
            'Rounds',
            'Samples',
            'Canary errors',
            'Stable errors',
            'Canary p95',
            'Stable p95',
            'Verdict',
            'Notes',
        ], rows), '');
        if (s.result !== 'planned')
            lines.push(trafficChart(s.stages, s.result, s.hold?.weight), '');
    }
    return lines.join('\n');
}
/** The canary's weight over time, as a Mermaid chart GitHub renders: a step per change. */
function trafficChart(stages, result, heldWeight) {
    const start = Date.parse(stages[0]?.startedAt ?? '');
    if (Number.isNaN(start))
        return '';
    const points = [];
    for (const st of stages) {
        const t0 = (Date.parse(st.startedAt) - start) / 1000;
        const t1 = st.endedAt ? (Date.parse(st.endedAt) - start) / 1000 : t0;
        points.push([t0, st.weight], [t1, st.weight]);
    }
    const end = points.at(-1)?.[0] ?? 0;
    points.push([end, heldWeight ?? (result === 'rolled-back' ? 0 : 100)]);
    const x = points.map(([t]) => Number(t.toFixed(1)));
    return [
        '```mermaid',
        'xychart-beta',
        '  title "Canary share of traffic"',
        `  x-axis "seconds since the first stage" [${x.join(', ')}]`,
        '  y-axis "canary %" 0 --> 100',
        `  line [${points.map(([, w]) => w).join(', ')}]`,
        '```',
    ].join('\n');
}

;// CONCATENATED MODULE: ./actions/canary-rollout/src/outcome.ts









/**
 * How a rollout ends, the same for every platform: the engine's outcome (or its error) turned into
 * the traffic left safe, the state the post step reads, the outputs and the job summary, and the
 * step's failure when it did not promote.
 */
/** The outputs and the job summary of a run, whatever its mode. */
async function report(values, r) {
    (0,src/* setOutputs */.n0)(spec/* outputs */.V4, {
        result: r.result,
        'stable-revision': r.stable,
        'canary-revision': r.canary,
        'previous-revision': r.previous,
        timeline: JSON.stringify(r.stages),
        reason: r.reason ?? '',
        held: r.hold ? 'true' : 'false',
        'held-stage': r.hold ? String(r.hold.stage) : '',
        'hold-deadline': r.hold?.deadline ?? '',
        apps: JSON.stringify(r.apps ?? [{ app: values.app ?? '', stable: r.stable, canary: r.canary, previous: r.previous }]),
    });
    const app = r.apps ? r.apps.map((a) => a.app).join(', ') : (values.app ?? '');
    await (0,src/* appendSummary */.fe)(rolloutSummary({ ...r, app, mode: values.mode }));
}
/**
 * Runs the stages on the platform's target and settles the outcome: whatever happens once traffic
 * is split (a failed gate, an error, a cancel, a promotion that does not complete), stable is put
 * back and read back before the step fails, and the post step is told there is nothing left to do.
 */
async function settleRollout(platform, values, gates, cancel) {
    const { target, words } = platform;
    const restoreBudgetMs = () => (cancel.signal.aborted ? budgets/* CANCEL_RESTORE_BUDGET_MS */.Rf : budgets/* ROLLBACK_BUDGET_MS */.ui);
    const rolledBack = (stages, reason, rollbackMs) => report(values, {
        result: 'rolled-back',
        stable: platform.stable,
        canary: platform.canary,
        previous: platform.stable,
        stages,
        reason,
        rollbackMs,
        ...(platform.apps ? { apps: platform.apps.map((a) => ({ ...a, previous: a.stable })) } : {}),
    });
    /** The split is another run's now: touch nothing, and tell the post step so. */
    const leaveToOwner = (err) => {
        (0,saved_state/* saveSettled */.TL)('taken-over');
        throw new src/* ActionFailure */.dR(`Stopped: ${err.message}; its traffic was left as it is`);
    };
    /**
     * Puts stable back after `why`. When that fails too, the one error of the run says what production
     * serves now (read back, not assumed) and who repairs it: the post step (no settled state is
     * saved), or else the next run.
     */
    const restoreOrSay = async (why, budgetMs) => {
        try {
            await target.restoreStable(budgetMs);
        }
        catch (restoreErr) {
            if (restoreErr instanceof rollout/* SplitTakenOver */.gl)
                return leaveToOwner(restoreErr);
            let now;
            try {
                now = await platform.serving();
            }
            catch (readErr) {
                now = `what is serving now could not be read (${(0,arm/* describeArmError */.w5)(readErr)})`;
            }
            throw new src/* ActionFailure */.dR(`${why}; ${words.restoring} failed too (${(0,arm/* describeArmError */.w5)(restoreErr)}): ${now}. ` +
                `This job's post step restores it, or else ${platform.repairedNext}`);
        }
    };
    let splitStarted = false;
    let outcome;
    try {
        outcome = await (0,rollout/* runStages */.JQ)(target, rolloutOptions(values, gates, cancel.signal, () => {
            splitStarted = true;
            (0,saved_state/* saveSplit */.s5)(platform.split);
        }, platform.resume));
    }
    catch (err) {
        if (err instanceof rollout/* SplitTakenOver */.gl)
            return leaveToOwner(err);
        // An error mid-rollout (ARM refused, a read-back differed): never leave the traffic split.
        if (!splitStarted)
            throw err;
        // One error per failure: this line says what is being tried, the error says how it ended.
        src/* log */.Rm.info(`The rollout stopped on an error: ${(0,arm/* describeArmError */.w5)(err)}; ${words.restoring}`);
        await restoreOrSay((0,arm/* describeArmError */.w5)(err), restoreBudgetMs());
        (0,saved_state/* saveSettled */.TL)('restored');
        throw new src/* ActionFailure */.dR(`${(0,arm/* describeArmError */.w5)(err)}; ${words.restoredAfterError}`);
    }
    if (outcome.result === 'cancelled') {
        if (splitStarted) {
            src/* log */.Rm.warning(`Cancelled: ${words.restoring} before the runner stops this step`);
            await target.restoreStable(budgets/* CANCEL_RESTORE_BUDGET_MS */.Rf).catch((err) => {
                throw err instanceof rollout/* SplitTakenOver */.gl ? leaveToOwner(err) : err;
            });
            (0,saved_state/* saveSettled */.TL)('restored');
            src/* log */.Rm.info(`Cancelled: ${words.stableAgain}`);
        }
        await rolledBack(outcome.stages, 'the run was cancelled');
        throw new src/* ActionFailure */.dR(`Cancelled at stage ${outcome.stages.length}: ${words.cancelled}`);
    }
    if (outcome.result === 'failed') {
        (0,saved_state/* saveSettled */.TL)('rolled-back');
        await platform.afterRollback?.();
        await rolledBack(outcome.stages, outcome.reason, outcome.rollbackMs);
        throw new src/* ActionFailure */.dR(`${words.rolledBack}: ${outcome.reason ?? 'a gate failed'}`);
    }
    if (outcome.result === 'held')
        return holdSplit(platform, outcome, values, cancel, restoreOrSay, leaveToOwner);
    try {
        await platform.promote?.(cancel.signal);
    }
    catch (err) {
        if (err instanceof rollout/* SplitTakenOver */.gl)
            return leaveToOwner(err);
        // Not promoted (cancelled, or ARM refused): the split is still there, so go back to stable.
        const cause = cancel.signal.aborted ? 'cancelled' : (0,arm/* describeArmError */.w5)(err);
        src/* log */.Rm.info(`The promotion did not complete (${cause}); ${words.restoring}`);
        await restoreOrSay(`the promotion did not complete (${cause})`, restoreBudgetMs());
        (0,saved_state/* saveSettled */.TL)('restored');
        await rolledBack(outcome.stages, 'the promotion did not complete');
        throw new src/* ActionFailure */.dR(`Every stage passed but the promotion did not complete; ${words.restoredAfterError}`);
    }
    (0,saved_state/* saveSettled */.TL)('promoted');
    src/* log */.Rm.info(words.promoted);
    await platform.afterPromotion?.();
    await report(values, {
        result: 'promoted',
        stable: platform.canary,
        canary: platform.canary,
        previous: platform.stable,
        stages: outcome.stages,
        ...(platform.apps
            ? { apps: platform.apps.map((a) => ({ app: a.app, stable: a.canary, canary: a.canary, previous: a.stable })) }
            : {}),
    });
}
/**
 * A held stage passed: the split is recorded as a hold (until hold-for from now) and left standing,
 * and the step succeeds with outputs a later job resumes from. Until the hold is recorded the split
 * is this run's like any other: a failure (or a cancel) to record it puts stable back.
 */
async function holdSplit(platform, outcome, values, cancel, restoreOrSay, leaveToOwner) {
    const held = outcome.held;
    if (!held || !platform.hold)
        throw new Error('a hold on a platform that cannot hold'); // validate() refuses it
    const deadline = Date.now() + values['hold-for'];
    try {
        await platform.hold(held, deadline, cancel.signal);
    }
    catch (err) {
        if (err instanceof rollout/* SplitTakenOver */.gl)
            return leaveToOwner(err);
        const cause = cancel.signal.aborted ? 'cancelled' : (0,arm/* describeArmError */.w5)(err);
        src/* log */.Rm.info(`The hold could not be recorded (${cause}); ${platform.words.restoring}`);
        await restoreOrSay(`the hold could not be recorded (${cause})`, cancel.signal.aborted ? budgets/* CANCEL_RESTORE_BUDGET_MS */.Rf : budgets/* ROLLBACK_BUDGET_MS */.ui);
        (0,saved_state/* saveSettled */.TL)('restored');
        await report(values, {
            result: 'rolled-back',
            stable: platform.stable,
            canary: platform.canary,
            previous: platform.stable,
            stages: outcome.stages,
            reason: 'the hold could not be recorded',
        });
        throw new src/* ActionFailure */.dR(`Stage ${held.stage} passed but the hold could not be recorded (${cause}); ${platform.words.restoredAfterError}`);
    }
    (0,saved_state/* saveSettled */.TL)('held');
    const until = new Date(deadline).toISOString();
    src/* log */.Rm.notice(`Held on purpose at stage ${held.stage} (${platform.canary} ${held.weight}%, ${platform.stable} ${100 - held.weight}%) until ${until} ` +
        `(hold-for ${(0,src/* formatDuration */.a3)(values['hold-for'])}). Run mode promote to resume (${(0,stages/* describeStages */.JN)(held.rest)}) or mode rollback to end it; ` +
        `after the deadline the next run of this app restores ${platform.stable}`, { title: 'Held on purpose' });
    await report(values, {
        result: 'held',
        stable: platform.stable,
        canary: platform.canary,
        previous: platform.stable,
        stages: outcome.stages,
        reason: `held at stage ${held.stage} (${held.weight}%) until ${until}`,
        hold: { stage: held.stage, weight: held.weight, deadline: until, rest: (0,stages/* describeStages */.JN)(held.rest) },
    });
}

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
/**
 * After a rollback the slot gets 0 % of new clients, but App Service keeps sending a client it
 * routed there (the x-ms-routing-name cookie, for up to an hour) to the slot: the failed build. The
 * platform offers no way to unpin them; what ARM allows is to make the slot serve the stable
 * build. When production runs a container (linuxFxVersion DOCKER|…), the slot is set to production's
 * image and read back; otherwise the run says plainly that pinned clients may still reach the slot.
 */
async function servePinnedClients(app, slot, ctx) {
    const [stable, canary] = await Promise.all([app.container(PRODUCTION, ctx), app.container(slot, ctx)]);
    if (!stable) {
        src/* log */.Rm.warning(`Clients App Service pinned to slot ${slot} (x-ms-routing-name cookie, up to an hour) may still reach its build: production runs no container image this action could put on the slot. Deploy the stable build to slot ${slot} to end it`, { title: 'Pinned clients' });
        return;
    }
    if (canary === stable)
        return;
    await app.setContainer(slot, stable, ctx);
    const read = await app.container(slot, ctx);
    if (read !== stable)
        throw new src/* ActionFailure */.dR(`ARM accepted production's image for slot ${slot} but reads back ${read ?? 'none'}`);
    src/* log */.Rm.info(`Slot ${slot} now runs production's image ${stable.slice('DOCKER|'.length)} (read back): clients pinned to it by the x-ms-routing-name cookie get the stable build`);
}
function shareOf(rules, slot, slotHost) {
    return rules
        .filter((r) => r.actionHostName === slotHost || r.name === slot)
        .reduce((sum, r) => sum + r.reroutePercentage, 0);
}
function validateAppService(values, issues) {
    if (values.app !== undefined && !APP_NAME.test(values.app))
        issues.add('app', 'must be an App Service app name: 2-60 letters, digits and hyphens, not starting or ending with a hyphen');
    if (values.slot !== undefined && (!SLOT_NAME.test(values.slot) || values.slot.toLowerCase() === PRODUCTION))
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
    const ctx = callContext(cancel.signal);
    const app = new AppService(auth, values['resource-group'], values.app, 'deploy-actions/canary-rollout', {
        requestTimeoutMs: Math.max(values['request-timeout'], 5000),
    });
    const slot = values.slot;
    const [production, staging] = await Promise.all([app.slot(PRODUCTION, ctx), app.slot(slot, ctx)]);
    if (!production.defaultHostName || !staging.defaultHostName)
        throw new src/* ActionFailure */.dR(`ARM gives no host name for production or slot ${slot} of ${values.app}`);
    const share = shareOf(await app.routing(ctx), slot, staging.defaultHostName);
    if (values.mode === 'rollback') {
        if (share > 0)
            await setShare(app, slot, staging.defaultHostName, 0, ctx);
        await servePinnedClients(app, slot, ctx);
        src/* log */.Rm.info(share > 0
            ? `Rolled back: slot ${slot} gets 0% of production's traffic (was ${share}%, read back)`
            : `Slot ${slot} already gets 0% of production's traffic: nothing to change`);
        return report(values, {
            result: 'rolled-back',
            stable: PRODUCTION,
            canary: slot,
            previous: '',
            stages: [],
            reason: `routing to slot ${slot} set to 0%`,
        });
    }
    if (share > 0) {
        src/* log */.Rm.warning(`Slot ${slot} gets ${share}% of production's traffic, left by an earlier run: resetting it to 0% first`, { title: 'Repaired a routing split left behind' });
        await setShare(app, slot, staging.defaultHostName, 0, ctx);
    }
    const target = new AppServiceTarget(app, slot, { production: production.defaultHostName, slot: staging.defaultHostName }, { budgetMs: budgets/* CALL_BUDGET_MS */.EN, onRetry: ctx.onRetry });
    src/* log */.Rm.info(`Canary: slot ${slot} at ${target.urls.canary.origin}; production at ${target.urls.stable.origin} (its routing rule moves the slot's share)`);
    const slotTraffic = `slot ${slot} gets 0% of production's traffic`;
    await settleRollout({
        target,
        split: { platform: 'app-service', slot, slotHost: staging.defaultHostName },
        stable: PRODUCTION,
        canary: slot,
        serving: async () => {
            const rules = await app.routing({ budgetMs: budgets/* READ_BACK_BUDGET_MS */.oP, onRetry: ctx.onRetry });
            return `slot ${slot} still gets ${shareOf(rules, slot, staging.defaultHostName)}% of production's traffic (read back)`;
        },
        repairedNext: "the next canary-rollout run of this app repairs it first (it finds the slot's routing rule)",
        afterRollback: () => servePinnedClients(app, slot, ctx),
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
/** The post step's share of the work: the slot back to 0 % when the main step died mid-rollout. */
async function restoreAppService(values, auth, split) {
    const app = new AppService(auth, values['resource-group'], values.app, 'deploy-actions/canary-rollout-post', {
        requestTimeoutMs: 30_000,
    });
    const ctx = { budgetMs: budgets/* POST_RESTORE_BUDGET_MS */.VX, onRetry: (line) => src/* log */.Rm.info(`  … ${line}`) };
    const share = shareOf(await app.routing(ctx), split.slot, split.slotHost);
    if (share === 0)
        return src/* log */.Rm.info(`Slot ${split.slot} gets 0% of production's traffic: nothing to restore`);
    src/* log */.Rm.warning(`The main step did not finish while slot ${split.slot} got ${share}% of production's traffic: setting it to 0%`, { title: 'Routing restored by the post step' });
    await setShare(app, split.slot, split.slotHost, 0, ctx);
    src/* log */.Rm.info(`Restored: slot ${split.slot} gets 0% (read back)`);
}


/***/ })

};
