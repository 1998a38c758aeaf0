export const id = 260;
export const ids = [260];
export const modules = {

/***/ 2260:
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
// EXTERNAL MODULE: ./packages/probe/src/index.ts + 8 modules
var probe_src = __webpack_require__(5567);
;// CONCATENATED MODULE: ./actions/canary-rollout/src/gates.ts


/** A canary's latency percentile must also be this much above stable's to count as a regression. */
const LATENCY_MARGIN = 0.2;
const PLACEHOLDER = 'https://revision.invalid';
/** Parses the checks; a check must be a path, since it is sent to each revision's own host. */
function parseGateChecks(doc, defaults, issues) {
    const checks = parseChecks(doc, 'checks', { ...defaults, baseUrl: new URL(PLACEHOLDER) }, issues);
    for (const c of checks) {
        if (c.url.origin !== PLACEHOLDER) {
            issues.add('checks', `must give paths such as /health, sent to each revision's own URL; got the absolute URL ${c.displayUrl}`, `check "${c.name}"`);
        }
    }
    return checks;
}
/** One gate round: `requestsPerRound` probes per target, cycling through the checks. */
async function sampleRound(targets, cfg, timeoutMs, signal) {
    const round = {};
    const sides = Object.keys(targets).filter((s) => targets[s]);
    await Promise.all(sides.map(async (side) => {
        const base = targets[side];
        const samples = [];
        const jobs = Array.from({ length: cfg.requestsPerRound }, (_, i) => cfg.checks[i % cfg.checks.length]);
        await (0,src/* pool */.wW)(jobs, 4, async (check) => {
            // Only the canary must serve the new version; the stable and the main URL serve the old one.
            const expectations = side === 'canary' ? check : { ...check, version: undefined };
            const url = new URL(check.url.pathname + check.url.search, base);
            const res = await (0,probe_src/* probe */.dy)({
                url,
                method: check.method,
                headers: check.headers,
                body: check.body,
                timeoutMs,
                signal,
            });
            if (signal.aborted)
                return;
            const v = (0,probe_src/* judge */.S4)(res, expectations);
            // A version read and different; a failed response without one is an error, judged as such.
            const wrongVersion = expectations.version && v.version !== undefined && v.version !== expectations.version.expected
                ? v.version
                : undefined;
            samples.push({
                ok: v.failures.length === 0,
                latencyMs: res.ok ? res.latencyMs : undefined,
                failure: v.failures[0],
                wrongVersion,
            });
        });
        round[side] = samples;
    }));
    return round;
}
/** The samples of `side` over `rounds`. */
function collect(rounds, side) {
    return rounds.flatMap((r) => r[side] ?? []);
}
/** The newest rounds that together hold at least `minSamples` canary samples (all, if fewer). */
function recentWindow(rounds, minSamples) {
    let n = 0;
    for (let i = rounds.length - 1; i >= 0; i--) {
        n += rounds[i]?.canary?.length ?? 0;
        if (n >= minSamples)
            return rounds.slice(i);
    }
    return [...rounds];
}
function figures(samples) {
    const errors = samples.filter((s) => !s.ok);
    const latencies = sortedLatencies(samples);
    const counts = new Map();
    for (const e of errors)
        counts.set(e.failure ?? 'failed', (counts.get(e.failure ?? 'failed') ?? 0) + 1);
    const failure = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
    return {
        samples: samples.length,
        errors: errors.length,
        errorRate: samples.length === 0 ? 0 : errors.length / samples.length,
        ...(latencies.length > 0 ? { p95: round1((0,probe_src/* quantile */.YV)(latencies, 0.95)), p99: round1((0,probe_src/* quantile */.YV)(latencies, 0.99)) } : {}),
        ...(failure ? { failure } : {}),
    };
}
/** Judges the canary over `rounds` (a window of a stage, or the whole stage). */
function judgeRounds(rounds, cfg) {
    const canary = collect(rounds, 'canary');
    const stable = collect(rounds, 'stable');
    const main = collect(rounds, 'main');
    const verdict = { outcome: 'pass', reasons: [], notes: [], figures: { canary: figures(canary) } };
    if (stable.length > 0)
        verdict.figures.stable = figures(stable);
    if (main.length > 0)
        verdict.figures.main = figures(main);
    const c = verdict.figures.canary;
    if (canary.length < cfg.minSamples) {
        return {
            ...verdict,
            outcome: 'inconclusive',
            reasons: [`${canary.length} of the ${cfg.minSamples} canary samples a verdict needs`],
        };
    }
    const fail = (gate, reason) => {
        verdict.gate ??= gate;
        verdict.reasons.push(reason);
    };
    const wrong = canary.find((s) => s.wrongVersion !== undefined);
    if (wrong)
        fail('version', `the canary serves version ${wrong.wrongVersion}, not the expected one`);
    // The baseline counts only with enough samples of its own; otherwise the thresholds alone judge.
    const compare = cfg.baseline && stable.length >= cfg.minSamples;
    if (cfg.baseline && !compare)
        verdict.notes.push(`stable had ${stable.length} of ${cfg.minSamples} samples: judged on the thresholds alone`);
    const s = verdict.figures.stable;
    const pct = (v) => `${(v * 100).toFixed(1)}%`;
    const rateLimit = cfg.thresholds.find((t) => t.stat === 'error-rate');
    const rateBroken = rateLimit
        ? !(rateLimit.inclusive ? c.errorRate <= rateLimit.limit : c.errorRate < rateLimit.limit)
        : false;
    if (rateBroken || (!rateLimit && c.errors > 0)) {
        const what = `error rate ${pct(c.errorRate)} (${c.errors} of ${c.samples}${c.failure ? `, mostly ${c.failure}` : ''})${rateLimit ? ` breaks ${rateLimit.text}` : ''}`;
        if (compare && s) {
            const p = (0,probe_src/* errorRateWorseP */.HO)(c.errors, c.samples, s.errors, s.samples);
            const worse = p < cfg.alpha && (rateLimit !== undefined || c.errorRate - s.errorRate >= 0.01);
            if (worse)
                fail('error-rate', `${what}; stable ${pct(s.errorRate)} of ${s.samples}: worse than stable (p=${p.toFixed(4)} < ${significance(cfg.alpha)})`);
            else
                verdict.notes.push(`${what}, but stable fails alike (${pct(s.errorRate)} of ${s.samples}, p=${p.toFixed(3)}): not blamed on the canary`);
        }
        else if (rateLimit) {
            fail('error-rate', what);
        }
    }
    for (const t of cfg.thresholds) {
        if (t.stat === 'error-rate')
            continue;
        const cv = statOf(canary, t);
        if (cv === undefined || (t.inclusive ? cv <= t.limit : cv < t.limit))
            continue;
        const what = `${t.stat} ${Math.round(cv)}ms breaks ${t.text}`;
        if (compare) {
            const sv = statOf(stable, t) ?? 0;
            const p = (0,probe_src/* slowerP */.LJ)(latencies(canary), latencies(stable));
            if (p < cfg.alpha && cv > sv * (1 + LATENCY_MARGIN))
                fail(t.stat, `${what}; stable ${t.stat} ${Math.round(sv)}ms: slower than stable (p=${p.toFixed(4)} < ${significance(cfg.alpha)})`);
            else
                verdict.notes.push(`${what}, but stable is as slow (${t.stat} ${Math.round(sv)}ms, p=${p.toFixed(3)}): not blamed on the canary`);
        }
        else {
            fail(t.stat, what);
        }
    }
    // The main URL is what users get: judged on the thresholds (it mixes both builds, so no baseline).
    if (main.length >= cfg.minSamples) {
        const m = verdict.figures.main;
        if (rateLimit && !(rateLimit.inclusive ? m.errorRate <= rateLimit.limit : m.errorRate < rateLimit.limit)) {
            fail('main-url', `the main URL's error rate ${pct(m.errorRate)} (${m.errors} of ${m.samples}) breaks ${rateLimit.text}`);
        }
    }
    if (verdict.reasons.length > 0)
        verdict.outcome = 'fail';
    return verdict;
}
function sortedLatencies(samples) {
    return latencies(samples).sort((a, b) => a - b);
}
function latencies(samples) {
    return samples.flatMap((s) => (s.latencyMs === undefined ? [] : [s.latencyMs]));
}
function statOf(samples, t) {
    const l = sortedLatencies(samples);
    if (l.length === 0)
        return undefined;
    if ((0,probe_src/* isPercentile */.Wx)(t))
        return (0,probe_src/* quantile */.YV)(l, Number(t.stat.slice(1)) / 100);
    if (t.stat === 'avg')
        return l.reduce((a, b) => a + b, 0) / l.length;
    if (t.stat === 'min')
        return l[0];
    return l[l.length - 1];
}
const round1 = (v) => Math.round(v * 10) / 10;
/** 1 − 0.95 is 0.050000000000000044 in floating point; people read 0.05. */
const significance = (alpha) => String(Number(alpha.toPrecision(4)));

;// CONCATENATED MODULE: ./actions/canary-rollout/src/rollout.ts


/** How long a "wait" for an inconclusive stage may extend its bake. */
function inconclusiveWaitMs(stage, intervalMs) {
    return Math.max(stage.bakeMs, intervalMs * 10);
}
const ROLLBACK_BUDGET_MS = 25_000;
class Cancelled extends Error {
}
async function runStages(target, opts) {
    const stages = [];
    const weights = [];
    const targets = { canary: target.urls.canary };
    if (opts.gates.baseline)
        targets.stable = target.urls.stable;
    if (opts.probeMainUrl && target.urls.main)
        targets.main = target.urls.main;
    let current = 0;
    const rollBack = async (record, verdict, reason) => {
        const verdictAt = performance.now();
        record.verdict = 'failed';
        record.reason = reason;
        close(record, verdict);
        opts.warn(`Stage ${record.stage} (${record.weight}%) failed: ${reason}`);
        opts.log(`Rolling back: 100% to ${target.stableName}`);
        await target.restoreStable(ROLLBACK_BUDGET_MS);
        const rollbackMs = Math.round(performance.now() - verdictAt);
        record.rollbackMs = rollbackMs;
        weights.push({ at: new Date().toISOString(), canaryWeight: 0 });
        opts.log(`Rolled back in ${(0,src/* formatDuration */.a3)(rollbackMs)}: ${target.stableName} has 100% again (read back)`);
        return {
            result: 'failed',
            stages,
            weights,
            reason: `stage ${record.stage} (${record.weight}%): ${reason}`,
            rollbackMs,
        };
    };
    const close = (record, verdict) => {
        record.endedAt = new Date().toISOString();
        record.durationMs = Date.parse(record.endedAt) - Date.parse(record.startedAt);
        if (verdict) {
            record.canary = verdict.figures.canary;
            record.stable = verdict.figures.stable;
            record.main = verdict.figures.main;
            if (verdict.notes.length > 0)
                record.notes = verdict.notes;
        }
    };
    try {
        for (const [i, stage] of opts.stages.entries()) {
            const requestsBefore = target.apiRequests();
            const record = {
                stage: i + 1,
                weight: stage.weight,
                bakeMs: stage.bakeMs,
                startedAt: new Date().toISOString(),
                rounds: 0,
                verdict: 'running',
                apiRequests: 0,
            };
            stages.push(record);
            if (stage.weight !== current) {
                if (current === 0)
                    opts.onSplit();
                await target.setCanaryWeight(stage.weight, opts.signal);
                current = stage.weight;
                weights.push({ at: new Date().toISOString(), canaryWeight: stage.weight });
                opts.log(`Stage ${i + 1}: ${target.canaryName} ${stage.weight}%, ${target.stableName} ${100 - stage.weight}% (read back)`);
            }
            else {
                opts.log(`Stage ${i + 1}: ${target.canaryName} stays at ${stage.weight}%`);
            }
            const rounds = [];
            let consecutive = 0;
            let lastRoundStart = performance.now();
            const gateRound = async () => {
                lastRoundStart = performance.now();
                rounds.push(await sampleRound(targets, opts.gates, opts.requestTimeoutMs, opts.signal));
                if (opts.signal.aborted)
                    throw new Cancelled();
                record.rounds = rounds.length;
                const v = judgeRounds(recentWindow(rounds, opts.gates.minSamples), opts.gates);
                consecutive = v.outcome === 'fail' ? consecutive + 1 : v.outcome === 'pass' ? 0 : consecutive;
                opts.log(`  round ${rounds.length}: ${roundLine(v)}${v.outcome === 'fail' ? ` — failed (${consecutive} of ${opts.failureThreshold} in a row)` : ''}`);
                return v;
            };
            // The next round starts one interval after the last one started (or at `until`).
            const waitForNextRound = async (until) => {
                const next = Math.min(lastRoundStart + opts.intervalMs, until);
                await (0,src/* sleep */.yy)(Math.max(0, next - performance.now()), opts.signal);
            };
            const bakeEnd = performance.now() + stage.bakeMs;
            while (performance.now() < bakeEnd) {
                const v = await gateRound();
                if (consecutive >= opts.failureThreshold) {
                    return await rollBack(record, v, `${v.gate ?? 'gate'} failed ${consecutive} rounds in a row: ${v.reasons.join('; ')}`);
                }
                await waitForNextRound(bakeEnd);
            }
            if (stage.bakeMs === 0) {
                record.verdict = 'passed';
                close(record, undefined);
                record.apiRequests = target.apiRequests() - requestsBefore;
                continue;
            }
            // The stage's verdict, over all its samples.
            let verdict = judgeRounds(rounds, opts.gates);
            if (verdict.outcome === 'inconclusive' && opts.inconclusive === 'wait') {
                const waitEnd = performance.now() + inconclusiveWaitMs(stage, opts.intervalMs);
                opts.log(`  stage ${i + 1} is inconclusive (${verdict.reasons.join('; ')}): waiting up to ${(0,src/* formatDuration */.a3)(waitEnd - performance.now())} for more samples`);
                while (verdict.outcome === 'inconclusive' && performance.now() < waitEnd) {
                    await waitForNextRound(waitEnd);
                    const v = await gateRound();
                    if (consecutive >= opts.failureThreshold)
                        return await rollBack(record, v, `${v.gate ?? 'gate'} failed ${consecutive} rounds in a row: ${v.reasons.join('; ')}`);
                    verdict = judgeRounds(rounds, opts.gates);
                }
            }
            if (verdict.outcome === 'fail')
                return await rollBack(record, verdict, `${verdict.gate ?? 'gate'} over the stage: ${verdict.reasons.join('; ')}`);
            if (verdict.outcome === 'inconclusive') {
                if (opts.inconclusive !== 'pass')
                    return await rollBack(record, verdict, `inconclusive: ${verdict.reasons.join('; ')} (inconclusive: ${opts.inconclusive})`);
                opts.warn(`Stage ${i + 1} (${stage.weight}%) passed WITHOUT evidence: ${verdict.reasons.join('; ')} (inconclusive: pass)`);
                record.verdict = 'passed-inconclusive';
                record.reason = verdict.reasons.join('; ');
            }
            else {
                record.verdict = 'passed';
            }
            close(record, verdict);
            record.apiRequests = target.apiRequests() - requestsBefore;
            opts.log(`  stage ${i + 1} passed: ${roundLine(verdict)}`);
        }
        return { result: 'completed', stages, weights };
    }
    catch (err) {
        const running = stages.at(-1);
        if (running && running.verdict === 'running') {
            running.verdict = opts.signal.aborted ? 'cancelled' : 'failed';
            close(running, undefined);
        }
        if (opts.signal.aborted)
            return { result: 'cancelled', stages, weights, reason: 'the run was cancelled' };
        throw err;
    }
}
function roundLine(v) {
    const side = (name) => {
        const f = v.figures[name];
        if (!f)
            return undefined;
        const p95 = f.p95 !== undefined ? ` p95 ${Math.round(f.p95)}ms` : '';
        return `${name} ${f.errors}/${f.samples} errors${p95}`;
    };
    const parts = ['canary', 'stable', 'main'].map(side).filter(Boolean);
    const tail = v.outcome === 'inconclusive' ? ` — inconclusive: ${v.reasons.join('; ')}` : '';
    return `${parts.join(', ')}${tail}`;
}

;// CONCATENATED MODULE: ./actions/canary-rollout/src/run-options.ts

/**
 * The engine's options from the inputs, the same for every platform; `split` is what the post
 * step needs to restore stable if this step dies while traffic is split.
 */
function rolloutOptions(v, gates, signal, split) {
    return {
        stages: v.stages,
        intervalMs: v.interval,
        failureThreshold: v['failure-threshold'],
        inconclusive: v.inconclusive,
        gates,
        requestTimeoutMs: v['request-timeout'],
        probeMainUrl: v['probe-main-url'],
        signal,
        log: (line) => core/* info */.pq(line),
        warn: (line) => core/* warning */.$e(line),
        onSplit: () => {
            split.onSplit();
            core/* saveState */.LZ('split', JSON.stringify(split.saveState));
        },
    };
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
        outcome = await runStages(target, rolloutOptions(v, gates, cancel.signal, {
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
