export const id = 10;
export const ids = [10];
export const modules = {

/***/ 2010:
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

// EXTERNAL MODULE: ./packages/azure/src/app-service.ts + 20 modules
var app_service = __webpack_require__(5071);
// EXTERNAL MODULE: ./packages/core/src/index.ts + 15 modules
var src = __webpack_require__(7254);
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

// EXTERNAL MODULE: ./packages/azure/src/arm.ts
var arm = __webpack_require__(4381);
// EXTERNAL MODULE: ./actions/canary-rollout/src/rollout.ts + 10 modules
var rollout = __webpack_require__(3620);
// EXTERNAL MODULE: ./actions/canary-rollout/src/saved-state.ts
var saved_state = __webpack_require__(369);
// EXTERNAL MODULE: ./actions/canary-rollout/src/spec.ts
var spec = __webpack_require__(931);
// EXTERNAL MODULE: ./actions/canary-rollout/src/stages.ts
var stages = __webpack_require__(3903);
;// CONCATENATED MODULE: ./actions/canary-rollout/src/summary.ts

/**
 * The version an image reference names: its tag (`ghcr.io/org/shop:v1.5.0` → v1.5.0, an App
 * Service `DOCKER|…` too), else the start of its digest. None for no image or the tag `latest`,
 * which names no version: the summary then names the revision.
 */
function imageVersion(image) {
    if (!image)
        return undefined;
    const ref = image.startsWith('DOCKER|') ? image.slice('DOCKER|'.length) : image;
    const at = ref.indexOf('@');
    if (at >= 0)
        return ref.slice(at + 1, at + 1 + 'sha256:'.length + 12);
    const last = ref.slice(ref.lastIndexOf('/') + 1);
    const colon = last.lastIndexOf(':');
    const tag = colon >= 0 ? last.slice(colon + 1) : '';
    return tag && tag !== 'latest' ? tag : undefined;
}
/**
 * Outside text (a reason quoting a response body, a version, a name) as Markdown that renders as
 * written, on one line, and never as workflow-command text: the output layer's `inert`, then `plainText`.
 */
const summary_text = src/* plainText */.wh;
const VERDICT = {
    passed: '✅ passed',
    'passed-inconclusive': '⚠️ no evidence',
    failed: '❌ failed',
    inconclusive: '❔ inconclusive',
    cancelled: '⏹️ cancelled',
    running: '🗓️ planned',
};
/** A revision's name as inline code (revision and slot names hold no backtick; a stray one is dropped). */
const code = (name) => `\`${name.replace(/`/g, '')}\``;
/**
 * The job summary, for someone reading it at 2 a.m.: the first line says what serves now, by
 * version; then why, with its figures; then what to do next. Then a narrow stage table, the
 * canary's traffic over real time, and everything else folded in details.
 */
function rolloutSummary(s) {
    // Two revisions of one version (a configuration change) are told apart by their names.
    const named = [s.stable, s.canary, s.previous, ...(s.apps ?? []).flatMap((a) => [a.stable, a.canary, a.previous])];
    const versionsSeen = new Map();
    for (const rev of named) {
        const v = s.versions?.[rev];
        if (rev && v)
            versionsSeen.set(v, (versionsSeen.get(v) ?? new Set()).add(rev));
    }
    /** A revision as people know it: its version, else (unknown, or shared with another) its name. */
    const shown = (rev) => {
        const v = s.versions?.[rev];
        return v && versionsSeen.get(v)?.size === 1 ? summary_text(v) : rev ? code(rev) : 'nothing';
    };
    const many = s.apps !== undefined && s.apps.length > 1;
    const lines = [`### ${headline(s, shown, many)}`, ''];
    const why = cause(s);
    if (why)
        lines.push(`**Why:** ${why}`, '');
    const next = nextSteps(s, shown);
    if (next.length > 0)
        lines.push(`**Next:** ${next.join(' ')}`, '');
    if (many && s.apps)
        lines.push((0,src/* markdownTable */.Qj)(['App', 'Serving 100 %', 'Canary', 'Kept at 0 %'], s.apps.map((a) => [a.app, shown(a.stable), shown(a.canary), a.previous !== a.stable ? shown(a.previous) : ''])), '');
    if (s.stages.length > 0) {
        lines.push(s.result === 'planned' ? planTable(s.stages) : stageTable(s.stages), '');
        if (s.rollbackMs !== undefined)
            lines.push(`Rolled back in ${(0,src/* formatDuration */.a3)(s.rollbackMs)}, from the failed verdict to 100 % on ${shown(s.stable)} (read back).`, '');
        const chart = s.result === 'planned' ? '' : trafficChart(s);
        if (chart)
            lines.push(chart, '');
    }
    lines.push(...details(s, shown, many));
    return lines.join('\n');
}
const METRIC_OUTCOME = { pass: '✅', fail: '❌', inconclusive: '❔' };
/** One line per stage and metric gate: its outcome, the canary's and stable's figures, the window. */
function metricGateLines(stages) {
    const side = (f) => f
        ? `${(f.errorRate * 100).toFixed(2)}% errors (${f.errors}/${f.requests})${f.p95Ms !== undefined ? `, p95 ${(0,src/* formatDuration */.a3)(f.p95Ms)}` : ''}`
        : '—';
    return stages.flatMap((r) => (r.metrics ?? []).map((m) => {
        const window = m.window
            ? ` · window ${(0,src/* formatDuration */.a3)(Date.parse(m.window.end) - Date.parse(m.window.start))} to ${m.window.end.slice(11, 19)}Z`
            : '';
        const why = m.outcome === 'pass' ? '' : ` — ${m.reasons.join('; ')}`;
        return summary_text(`- Stage ${r.name ?? r.stage}, ${m.gate}${m.observeOnly ? ' (observe-only)' : ''}: ${METRIC_OUTCOME[m.outcome]} ` +
            `canary ${side(m.canary)} · stable ${side(m.stable)}${window}${why}`);
    }));
}
function headline(s, shown, many) {
    const app = summary_text(s.app);
    const canary = many ? 'the release' : shown(s.canary);
    const stable = many ? 'the apps\u2019 previous revisions' : shown(s.stable);
    const serving = `${stable} serving 100 %`;
    if (s.ended === 'unchanged')
        return s.result === 'promoted'
            ? `✅ ${app}: ${shown(s.stable)} already serving 100 %; nothing changed`
            : `✅ ${app}: ${serving} already; nothing changed`;
    switch (s.result) {
        case 'promoted':
            return s.ended === 'by-hand'
                ? `✅ ${app}: ${many ? 'promoted by hand' : `${shown(s.stable)} promoted by hand`}; serving 100 %`
                : s.platform === 'app-service'
                    ? `✅ ${app}: slot ${summary_text(s.canary)} serving 100 % of production's traffic (not swapped yet)`
                    : `✅ ${app}: ${many ? 'the release' : shown(s.stable)} promoted; serving 100 %`;
        case 'planned':
            return `🗓️ ${app}: plan to roll out ${canary}; ${serving}, nothing changed`;
        case 'held':
            return (`⏸️ ${app}: ${canary} held at ${s.hold?.weight ?? '?'} %, ${stable} serving ${100 - (s.hold?.weight ?? 0)} % ` +
                `until ${s.hold ? (0,src/* formatClock */.ei)(s.hold.deadline) : 'its deadline'}`);
        case 'rolled-back':
            if (s.ended === 'by-hand')
                return many ? `↩️ ${app}: rolled back by hand` : `↩️ ${app}: rolled back to ${shown(s.stable)}; serving 100 %`;
            if (s.ended === 'cancelled')
                return `⏹️ ${app}: ${canary} cancelled; ${serving}`;
            if (s.ended === 'error')
                return `❌ ${app}: ${canary} stopped on an error; ${serving}`;
            if (s.ended === 'not-promoted')
                return `↩️ ${app}: ${canary} not promoted; ${serving}`;
            return `↩️ ${app}: ${canary} rolled back; ${serving}`;
    }
}
/** The cause in one sentence, with its figures: the reason the run gives (a failed gate's figures). */
function cause(s) {
    if (s.result === 'planned' || s.result === 'held' || s.ended === 'unchanged' || !s.reason)
        return undefined;
    // A promoted release says why only when its watch window was cut short.
    if (s.result === 'promoted' && s.ended !== 'by-hand' && s.watch?.result !== 'cancelled')
        return undefined;
    return summary_text(s.reason.charAt(0).toUpperCase() + s.reason.slice(1)).replace(/\.?$/, '.');
}
/** One or two concrete lines: what to run, or where to look. */
function nextSteps(s, shown) {
    const rollback = '`mode: rollback`';
    const promote = '`mode: promote`';
    const failed = s.stages.find((r) => r.verdict === 'failed');
    switch (s.result) {
        case 'planned':
            return ['Run it with `mode: rollout`; the table shows when each stage would start.'];
        case 'held':
            return [
                `Before ${s.hold ? (0,src/* formatClock */.ei)(s.hold.deadline) : 'the deadline'}: ${promote} resumes (${summary_text(s.hold?.rest ?? 'the stages left')});`,
                `${rollback} ends the hold. After it, the next run puts ${shown(s.stable)} back to 100 %.`,
            ];
        case 'promoted':
            if (s.ended === 'unchanged')
                return [];
            if (s.platform === 'app-service')
                return [
                    `Swap slot ${summary_text(s.canary)} into production with slot-swap (it clears the routing rule first),`,
                    `or undo with canary-rollout ${rollback}.`,
                ];
            if (s.apps && s.apps.length > 1)
                return [`To undo: canary-rollout ${rollback} puts each app's previous revision back (active at 0 %).`];
            if (s.previous && s.previous !== s.stable && s.watch?.previous)
                return [
                    `To undo: canary-rollout ${rollback} activates ${shown(s.previous)} again, waits for it to be healthy and puts it back.`,
                ];
            return s.previous && s.previous !== s.stable
                ? [
                    `To undo: canary-rollout ${rollback} puts ${shown(s.previous)} back (still active at 0 %: one traffic change).`,
                ]
                : [];
        case 'rolled-back':
            if (s.ended === 'unchanged')
                return [];
            if (s.ended === 'by-hand')
                return s.previous
                    ? [
                        `${shown(s.previous)} stays active at 0 %: ${promote} with \`revision: ${s.previous}\` goes forward again.`,
                    ]
                    : [];
            if (s.ended === 'cancelled')
                return ['Nothing to undo. Run the deployment again when it is wanted.'];
            if (s.ended === 'error')
                return ['Nothing to undo. The error annotation says what failed; run again once that is fixed.'];
            return [
                `Nothing to undo. Fix ${shown(s.canary)} and deploy again` +
                    (failed
                        ? `; its requests in stage ${failed.stage} are in the log group "Stage ${failed.stage} (${failed.weight}%)".`
                        : '.'),
            ];
    }
}
const pct = (f) => (f ? `${Number((f.errorRate * 100).toFixed(1))} %` : '–');
/** The main table: five short columns, one figure (the error rates the gates compared). */
function stageTable(stages) {
    return (0,src/* markdownTable */.Qj)(['Stage', 'Weight', 'Took', 'Errors canary / stable', 'Verdict'], stages.map((r) => [
        r.name ?? r.stage,
        `${r.weight} %`,
        r.durationMs !== undefined ? (0,src/* formatDuration */.a3)(r.durationMs) : '',
        r.canary ? `${pct(r.canary)} / ${pct(r.stable)}` : '',
        VERDICT[r.verdict],
    ]));
}
function planTable(stages) {
    return (0,src/* markdownTable */.Qj)(['Stage', 'Weight', 'Starts', 'Bake', 'Gate rounds'], stages.map((r) => [
        r.name ?? r.stage,
        `${r.weight} %`,
        r.startedAt,
        r.bakeMs > 0 ? (0,src/* formatDuration */.a3)(r.bakeMs) : '—',
        r.rounds,
    ]));
}
/** Everything a reader opens when they need it: revisions, per-side figures, notes, API requests. */
function details(s, shown, many) {
    const out = [];
    const revisions = (many && s.apps ? s.apps : [{ app: s.app, stable: s.stable, canary: s.canary, previous: s.previous }]).map((a) => {
        const named = (rev) => (s.versions?.[rev] ? `${code(rev)} (${summary_text(s.versions[rev])})` : code(rev));
        const parts = [`serving 100 %: ${a.stable ? named(a.stable) : 'unknown'}`];
        if (a.canary && a.canary !== a.stable)
            parts.push(`canary: ${named(a.canary)}`);
        if (a.previous && a.previous !== a.stable && a.previous !== a.canary)
            parts.push(s.watch?.previous ? `${named(a.previous)} ${summary_text(s.watch.previous)}` : `kept at 0 %: ${named(a.previous)}`);
        else if (a.previous && a.previous !== a.stable)
            parts.push('kept active at 0 % for an instant rollback');
        return `- ${many ? `${summary_text(a.app)}: ` : ''}${parts.join(' · ')}`;
    });
    out.push(...revisions);
    const done = s.stages.filter((r) => r.verdict !== 'running');
    if (done.length > 0) {
        const p95 = (f) => (f?.p95 !== undefined ? (0,src/* formatDuration */.a3)(f.p95) : '–');
        const withReplicas = done.some((r) => r.replicas);
        out.push('', (0,src/* markdownTable */.Qj)([
            'Stage',
            'Started',
            'Requests canary / stable',
            'p95 canary / stable',
            ...(withReplicas ? ['Replicas canary / stable'] : []),
            'API requests',
        ], done.map((r) => [
            r.name ?? r.stage,
            (0,src/* formatClock */.ei)(r.startedAt, { seconds: true, now: Date.parse(r.startedAt) }),
            r.canary
                ? `${r.canary.errors} of ${r.canary.samples} failed / ${r.stable ? `${r.stable.errors} of ${r.stable.samples}` : '–'}`
                : '',
            r.canary ? `${p95(r.canary)} / ${p95(r.stable)}` : '',
            ...(withReplicas
                ? [
                    r.replicas
                        ? `${r.replicas.canary}${r.replicas.needed !== undefined ? ` (≥ ${r.replicas.needed})` : ''} / ${r.replicas.stable}`
                        : '',
                ]
                : []),
            r.apiRequests,
        ])));
        const perApp = done.flatMap((r) => Object.entries(r.apps ?? {}).map(([app, f]) => [
            r.stage,
            app,
            `${pct(f.canary)} / ${pct(f.stable)}`,
            `${f.canary?.p95 !== undefined ? (0,src/* formatDuration */.a3)(f.canary.p95) : '–'} / ${f.stable?.p95 !== undefined ? (0,src/* formatDuration */.a3)(f.stable.p95) : '–'}`,
        ]));
        if (perApp.length > 0)
            out.push('', (0,src/* markdownTable */.Qj)(['Stage', 'App', 'Errors canary / stable', 'p95 canary / stable'], perApp));
        // Notes: what a passing verdict overlooked and why; the failed stage's reason is the "Why" above.
        const notes = done.flatMap((r) => [
            ...(r.verdict === 'passed-inconclusive' && r.reason
                ? [`stage ${r.stage} passed without evidence: ${r.reason}`]
                : []),
            ...(r.notes ?? []).map((n) => `stage ${r.stage}: ${n}`),
        ]);
        if (notes.length > 0)
            out.push('', ...notes.map((n) => `- ${summary_text(n)}`));
        const metricLines = metricGateLines(done);
        if (metricLines.length > 0)
            out.push('', '**Metric gates** (real traffic, canary · stable over the same window):', '', ...metricLines);
    }
    if (out.length === 0)
        return [];
    return ['<details><summary>Revisions and figures per stage</summary>', '', ...out, '', '</details>', ''];
}
/** GitHub's red (Primer's danger colour): the canary's line, clear on the light page. */
const LINE_COLOUR = '#cf222e';
/** Points in the chart: enough for a step to look like one, few enough to stay a short line of text. */
const CHART_POINTS = 49;
/**
 * The canary's share of traffic over real time, as a Mermaid xychart. Its x-axis is a numeric
 * range over which Mermaid spaces the points evenly, so the weight is sampled at even times: a
 * 10-minute stage is twice as wide as a 5-minute one, and the verdict and the rollback fall where
 * they happened. None when there is no span of time to draw.
 */
function trafficChart(s) {
    const start = Date.parse(s.stages[0]?.startedAt ?? '');
    const changes = (s.weights ?? []).map((w) => ({ t: Date.parse(w.at) - start, weight: w.canaryWeight }));
    const ends = s.stages.map((r) => (r.endedAt ? Date.parse(r.endedAt) - start : 0));
    const spanMs = Math.max(0, ...ends, ...changes.map((c) => c.t));
    if (Number.isNaN(start) || changes.length === 0 || spanMs < 1000)
        return '';
    // Before its first change the canary had 0 %, or the weight of the hold this run resumed.
    const first = s.stages[0]?.weight ?? 0;
    const initial = changes[0]?.weight === first ? 0 : first;
    const weightAt = (t) => changes.reduce((w, c) => (c.t <= t ? c.weight : w), initial);
    const minutes = spanMs >= 120_000;
    const unit = minutes ? 60_000 : 1000;
    const span = Number((spanMs / unit).toFixed(1));
    const points = Array.from({ length: CHART_POINTS }, (_, i) => weightAt((spanMs * i) / (CHART_POINTS - 1)));
    const failed = s.stages.find((r) => r.verdict === 'failed');
    const verdictAt = failed?.endedAt ? Date.parse(failed.endedAt) - start : undefined;
    const title = verdictAt !== undefined
        ? `Canary share of traffic: failed at ${(0,src/* formatDuration */.a3)(verdictAt)}, back to 0 % ${(0,src/* formatDuration */.a3)(s.rollbackMs ?? 0)} later`
        : 'Canary share of traffic';
    return [
        '```mermaid',
        // Mermaid's default line colour is barely visible on GitHub's light page.
        `%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "${LINE_COLOUR}"}}}}%%`,
        'xychart-beta',
        `  title "${title}"`,
        `  x-axis "${minutes ? 'minutes' : 'seconds'} since stage 1 began" 0 --> ${span}`,
        '  y-axis "canary %" 0 --> 100',
        `  line [${points.join(', ')}]`,
        '```',
    ].join('\n');
}
function stoppedSummary(s) {
    const app = summary_text(s.app);
    const stable = s.stable ? (s.stable.version ? summary_text(s.stable.version) : code(s.stable.revision)) : undefined;
    const [head, next] = s.left === 'split'
        ? [
            `⚠️ ${app}: traffic still split; this job's post step restores it`,
            'Check the post step of this job; if it fails too, canary-rollout `mode: rollback` (or the next run of this app) restores it.',
        ]
        : s.left === 'to-owner'
            ? [
                `⏹️ ${app}: stopped; another run owns the traffic now`,
                'Follow the run named above: its summary says how it ended.',
            ]
            : s.mode === 'rollout' || s.mode === 'plan'
                ? [
                    `⛔ ${app}: not rolled out; ${stable ? `${stable} serving 100 %` : 'no canary traffic moved'}`,
                    'Nothing to undo. The reason above says what to change; then run again.',
                ]
                : [
                    `⛔ ${app}: mode ${summary_text(s.mode)} did not complete`,
                    'The reason above says what serves and what to change; then run again.',
                ];
    const why = summary_text(s.message.charAt(0).toUpperCase() + s.message.slice(1)).replace(/\.?$/, '.');
    return [`### ${head}`, '', `**Why:** ${why}`, '', `**Next:** ${next}`, ''].join('\n');
}

// EXTERNAL MODULE: ./packages/probe/src/index.ts + 8 modules
var probe_src = __webpack_require__(5567);
;// CONCATENATED MODULE: ./actions/canary-rollout/src/watch.ts








/**
 * Runs the window until `untilMs` (ms since the epoch; a window from the promotion, so a watch in a
 * later job gets what is left of it) and settles it: outputs, summary, the post step's state, and
 * the step's failure on a breach or a cancel. `stages` are the records of the stages before it.
 */
async function watchWindow(w, values, gates, cancel, untilMs, stages) {
    const windowMs = Math.max(0, untilMs - Date.now());
    const until = new Date(untilMs).toISOString();
    src/* log */.Rm.info(`Watching ${w.current} for ${(0,src/* formatDuration */.a3)(windowMs)} after its promotion (until ${until}): gate rounds every ` +
        `${(0,src/* formatDuration */.a3)(values.interval)} on the thresholds (${values.thresholds.map((t) => t.text).join(', ') || 'none'}); ` +
        `${values['failure-threshold']} failed round(s) in a row put 100% back on ${w.previous}, kept active at 0% until then`);
    const report_ = (result, verdict, record, reason, rollbackMs, previous) => report(values, {
        result,
        stable: result === 'promoted' ? w.current : w.previous,
        canary: w.current,
        previous: w.previous,
        stages: record ? [...stages, record] : stages,
        ...(reason ? { reason } : {}),
        ...(rollbackMs !== undefined ? { rollbackMs } : {}),
        watch: { result: verdict, until, ...(previous ? { previous } : {}) },
    });
    const stopped = (err) => {
        (0,saved_state/* saveSettled */.TL)('taken-over');
        throw new src/* ActionFailure */.dR(`The watch window stopped: ${err.message}; ${w.current} was left as it is (it passed its stages)`);
    };
    /** Not a breach (ARM refused the marker, a read failed): the release stands, as it passed its stages. */
    const stoppedOnError = async (err) => {
        await w.release?.(budgets/* CANCEL_RESTORE_BUDGET_MS */.Rf).catch(() => undefined);
        (0,saved_state/* saveSettled */.TL)('promoted');
        await report_('promoted', 'cancelled', undefined, `the watch window stopped on an error: ${(0,arm/* describeArmError */.w5)(err)}`);
        throw new src/* ActionFailure */.dR(`The watch window stopped on an error (${(0,arm/* describeArmError */.w5)(err)}); ${w.current} stays promoted and ` +
            `${w.previous} active at 0%: watch the rest with mode watch, or roll back with mode rollback`);
    };
    (0,saved_state/* saveWatch */.VF)({ ...w.split, watch: 'watching' });
    let breached = false;
    let outcome;
    try {
        await w.begin?.(cancel.signal);
        outcome = await (0,rollout/* runStages */.JQ)(w.target, {
            ...rolloutOptions(values, { ...gates, baseline: false }, cancel.signal, () => undefined, {
                stage: stages.length,
                weight: 100,
                stages: [{ weight: 100, bakeMs: windowMs, name: 'watch' }],
            }),
            onFailed: () => {
                breached = true;
                (0,saved_state/* saveWatch */.VF)({ ...w.split, watch: 'breached' });
            },
        });
    }
    catch (err) {
        if (err instanceof rollout/* SplitTakenOver */.gl)
            return stopped(err);
        // A gate broke and the return to the previous build failed: the post step (state `breached`) tries again.
        if (breached)
            throw new src/* ActionFailure */.dR(`A gate broke during the watch window, and putting 100% back on ${w.previous} failed (${(0,arm/* describeArmError */.w5)(err)}); ` +
                `this job's post step tries again, or roll back with mode rollback`);
        if (!cancel.signal.aborted)
            return stoppedOnError(err);
        // Cancelled while the window was being recorded: as a cancel during the window.
        outcome = { result: 'cancelled', stages: [], weights: [] };
    }
    const record = outcome.stages.at(-1);
    if (outcome.result === 'failed') {
        (0,saved_state/* saveSettled */.TL)('rolled-back');
        await w.afterBreach?.();
        const reason = `the watch window after the promotion: ${outcome.reason ?? 'a gate failed'}`;
        await report_('rolled-back', 'breached', record, reason, outcome.rollbackMs);
        throw new src/* ActionFailure */.dR(`Rolled back to ${w.previous} (read back) during ${reason}`);
    }
    if (outcome.result === 'cancelled') {
        src/* log */.Rm.warning(`Cancelled during the watch window: ${w.current} stays promoted (it passed its stages, and no gate broke); ` +
            `${w.previous} stays active at 0% for mode rollback`, { title: 'Watch window cancelled' });
        try {
            await w.release?.(budgets/* CANCEL_RESTORE_BUDGET_MS */.Rf);
        }
        catch (err) {
            if (!(err instanceof rollout/* SplitTakenOver */.gl))
                src/* log */.Rm.info(`The watch marker could not be cleared (${(0,arm/* describeArmError */.w5)(err)}); it expires on its own`);
        }
        (0,saved_state/* saveSettled */.TL)('promoted');
        await report_('promoted', 'cancelled', record, 'the watch window was cancelled before its end');
        throw new src/* ActionFailure */.dR(`Cancelled during the watch window: ${w.current} stays promoted, ${w.previous} active at 0%`);
    }
    if (record)
        record.reason = `${w.current} ${figuresLine(record.canary)} over ${(0,src/* formatDuration */.a3)(record.durationMs ?? windowMs)}`;
    let ended;
    try {
        ended = await w.end?.(cancel.signal);
    }
    catch (err) {
        if (err instanceof rollout/* SplitTakenOver */.gl)
            return stopped(err);
        src/* log */.Rm.warning(`The window passed, but ending it stopped (${(0,arm/* describeArmError */.w5)(err)}); ${w.current} stays promoted`);
    }
    (0,saved_state/* saveSettled */.TL)('promoted');
    src/* log */.Rm.info(`Watch window passed: ${record?.reason ?? w.current}${ended ? `; ${ended.done}` : ''}`);
    await report_('promoted', 'passed', record, undefined, undefined, ended?.previous);
}
/** A side's figures in a line: "0/240 errors (0.0%), p95 12ms". */
function figuresLine(f) {
    if (!f)
        return 'judged on no samples';
    const p95 = f.p95 !== undefined ? `, p95 ${Math.round(f.p95)}ms` : '';
    return `${f.errors}/${f.samples} errors (${(0,probe_src/* formatRate */.CE)(f.errorRate)})${p95}`;
}

;// CONCATENATED MODULE: ./actions/canary-rollout/src/outcome.ts










/**
 * How a rollout ends, the same for every platform: the engine's outcome (or its error) turned into
 * the traffic left safe, the state the post step reads, the outputs and the job summary, and the
 * step's failure when it did not promote.
 */
/** The run stopped with traffic still split: putting stable back failed too (the post step tries again). */
class SplitLeftBehind extends src/* ActionFailure */.dR {
}
/** The run stopped because another run took the split over; its traffic is the other run's. */
class LeftToOwner extends src/* ActionFailure */.dR {
}
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
        'watch-result': r.watch?.result ?? '',
        apps: JSON.stringify(r.apps ?? [{ app: values.app ?? '', stable: r.stable, canary: r.canary, previous: r.previous }]),
    });
    const app = r.apps ? r.apps.map((a) => a.app).join(', ') : (values.app ?? '');
    await (0,src/* appendSummary */.fe)(rolloutSummary({ ...r, app, mode: values.mode, platform: values.platform }));
}
/**
 * Runs the stages on the platform's target and settles the outcome: whatever happens once traffic
 * is split (a failed gate, an error, a cancel, a promotion that does not complete), stable is put
 * back and read back before the step fails, and the post step is told there is nothing left to do.
 */
async function settleRollout(platform, values, gates, cancel) {
    const { target, words } = platform;
    /** Stable put back, its retries folded under one line that says so. */
    const restoreInGroup = async (budgetMs) => {
        const endGroup = (0,src/* openGroup */.Sg)(`${words.restoring.charAt(0).toUpperCase()}${words.restoring.slice(1)}`);
        try {
            await target.restoreStable(budgetMs);
        }
        finally {
            endGroup();
        }
    };
    const restoreBudgetMs = () => (cancel.signal.aborted ? budgets/* CANCEL_RESTORE_BUDGET_MS */.Rf : budgets/* ROLLBACK_BUDGET_MS */.ui);
    const rolledBack = (outcome, reason, ended) => report(values, {
        result: 'rolled-back',
        ...(ended ? { ended } : {}),
        stable: platform.stable,
        canary: platform.canary,
        previous: platform.stable,
        ...(platform.versions ? { versions: platform.versions } : {}),
        stages: outcome.stages,
        weights: outcome.weights,
        reason,
        ...(outcome.rollbackMs !== undefined ? { rollbackMs: outcome.rollbackMs } : {}),
        ...(platform.apps ? { apps: platform.apps.map((a) => ({ ...a, previous: a.stable })) } : {}),
    });
    /** The split is another run's now: touch nothing, and tell the post step so. */
    const leaveToOwner = (err) => {
        (0,saved_state/* saveSettled */.TL)('taken-over');
        throw new LeftToOwner(`Stopped: ${err.message}; its traffic was left as it is`);
    };
    /**
     * Puts stable back after `why`. When that fails too, the one error of the run says what production
     * serves now (read back, not assumed) and who repairs it: the post step (no settled state is
     * saved), or else the next run.
     */
    const restoreOrSay = async (why, budgetMs) => {
        try {
            await restoreInGroup(budgetMs);
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
            throw new SplitLeftBehind(`${why}; ${words.restoring} failed too (${(0,arm/* describeArmError */.w5)(restoreErr)}): ${now}. ` +
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
        await rolledBack({ stages: [], weights: [] }, (0,arm/* describeArmError */.w5)(err), 'error');
        throw new src/* ActionFailure */.dR(`${(0,arm/* describeArmError */.w5)(err)}; ${words.restoredAfterError}`);
    }
    if (outcome.result === 'cancelled') {
        if (splitStarted) {
            src/* log */.Rm.warning(`Cancelled: ${words.restoring} before the runner stops this step`, { title: 'Cancelled' });
            await restoreInGroup(budgets/* CANCEL_RESTORE_BUDGET_MS */.Rf).catch((err) => {
                throw err instanceof rollout/* SplitTakenOver */.gl ? leaveToOwner(err) : err;
            });
            (0,saved_state/* saveSettled */.TL)('restored');
            outcome.weights.push({ at: new Date().toISOString(), canaryWeight: 0 });
            src/* log */.Rm.info(`Cancelled: ${words.stableAgain}`);
        }
        await rolledBack(outcome, 'the run was cancelled', 'cancelled');
        throw new src/* ActionFailure */.dR(`Cancelled at stage ${outcome.stages.length}: ${words.cancelled}`);
    }
    if (outcome.result === 'failed') {
        (0,saved_state/* saveSettled */.TL)('rolled-back');
        await platform.afterRollback?.();
        await rolledBack(outcome, outcome.reason);
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
        outcome.weights.push({ at: new Date().toISOString(), canaryWeight: 0 });
        await rolledBack(outcome, `the promotion did not complete (${cause})`, 'not-promoted');
        throw new src/* ActionFailure */.dR(`Every stage passed but the promotion did not complete; ${words.restoredAfterError}`);
    }
    (0,saved_state/* saveSettled */.TL)('promoted');
    src/* log */.Rm.info(words.promoted);
    const promotedAt = Date.now();
    await platform.afterPromotion?.();
    if (values.watch !== undefined && platform.watch)
        return watchWindow(platform.watch(), values, gates, cancel, promotedAt + values.watch, outcome.stages);
    await report(values, {
        result: 'promoted',
        stable: platform.canary,
        canary: platform.canary,
        previous: platform.stable,
        ...(platform.versions ? { versions: platform.versions } : {}),
        stages: outcome.stages,
        weights: outcome.weights,
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
            ended: 'error',
            stable: platform.stable,
            canary: platform.canary,
            previous: platform.stable,
            ...(platform.versions ? { versions: platform.versions } : {}),
            stages: outcome.stages,
            reason: `stage ${held.stage} passed but the hold could not be recorded (${cause})`,
        });
        throw new src/* ActionFailure */.dR(`Stage ${held.stage} passed but the hold could not be recorded (${cause}); ${platform.words.restoredAfterError}`);
    }
    (0,saved_state/* saveSettled */.TL)('held');
    const until = new Date(deadline).toISOString();
    src/* log */.Rm.notice(`Held on purpose at stage ${held.stage} (${platform.canary} ${held.weight}%, ${platform.stable} ${100 - held.weight}%) until ${(0,src/* formatClock */.ei)(deadline)} ` +
        `(hold-for ${(0,src/* formatDuration */.a3)(values['hold-for'])}). Run mode promote to resume (${(0,stages/* describeStages */.JN)(held.rest)}) or mode rollback to end it; ` +
        `after the deadline the next run of this app restores ${platform.stable}`, { title: 'Held on purpose' });
    await report(values, {
        result: 'held',
        stable: platform.stable,
        canary: platform.canary,
        previous: platform.stable,
        ...(platform.versions ? { versions: platform.versions } : {}),
        stages: outcome.stages,
        weights: outcome.weights,
        reason: `held at stage ${held.stage} (${held.weight}%) until ${until}`,
        hold: { stage: held.stage, weight: held.weight, deadline: until, rest: (0,stages/* describeStages */.JN)(held.rest) },
    });
}

;// CONCATENATED MODULE: ./actions/canary-rollout/src/app-service.ts






const SLOT_NAME = /^[a-zA-Z0-9][a-zA-Z0-9-]{0,58}$/;
const APP_NAME = /^[a-zA-Z0-9][a-zA-Z0-9-]{0,58}[a-zA-Z0-9]$/;
class AppServiceTarget {
    description;
    stableName = app_service/* PRODUCTION */.e;
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
    const [stable, canary] = await Promise.all([app.container(app_service/* PRODUCTION */.e, ctx), app.container(slot, ctx)]);
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
    if (values.slot !== undefined && (!SLOT_NAME.test(values.slot) || values.slot.toLowerCase() === app_service/* PRODUCTION */.e))
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
    const app = new app_service/* AppService */.d(auth, values['resource-group'], values.app, 'deploy-actions/canary-rollout', {
        requestTimeoutMs: Math.max(values['request-timeout'], 5000),
    });
    const slot = values.slot;
    const [production, staging] = await Promise.all([app.slot(app_service/* PRODUCTION */.e, ctx), app.slot(slot, ctx)]);
    if (!production.defaultHostName || !staging.defaultHostName)
        throw new src/* ActionFailure */.dR(`ARM gives no host name for production or slot ${slot} of ${values.app}`);
    const share = shareOf(await app.routing(ctx), slot, staging.defaultHostName);
    const versions = await slotVersions(app, slot, ctx);
    if (values.mode === 'rollback') {
        if (share > 0)
            await setShare(app, slot, staging.defaultHostName, 0, ctx);
        await servePinnedClients(app, slot, ctx);
        src/* log */.Rm.info(share > 0
            ? `Rolled back: slot ${slot} gets 0% of production's traffic (was ${share}%, read back)`
            : `Slot ${slot} already gets 0% of production's traffic: nothing to change`);
        return report(values, {
            result: 'rolled-back',
            ended: share > 0 ? 'by-hand' : 'unchanged',
            versions,
            stable: app_service/* PRODUCTION */.e,
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
        stable: app_service/* PRODUCTION */.e,
        canary: slot,
        versions,
        serving: async () => {
            const rules = await app.routing({ budgetMs: budgets/* READ_BACK_BUDGET_MS */.oP, onRetry: ctx.onRetry });
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
            previous: app_service/* PRODUCTION */.e,
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
    await Promise.all([app_service/* PRODUCTION */.e, slot].map(async (name) => {
        const v = imageVersion(await app.container(name, ctx).catch(() => undefined));
        if (v)
            versions[name] = v;
    }));
    return versions;
}
/** The post step's share of the work: the slot back to 0 % when the main step died mid-rollout. */
async function restoreAppService(values, auth, split) {
    const app = new app_service/* AppService */.d(auth, values['resource-group'], values.app, 'deploy-actions/canary-rollout-post', {
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
