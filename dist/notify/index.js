import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 6831:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _deploy_actions_core__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2430);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1865);


await (0,_deploy_actions_core__WEBPACK_IMPORTED_MODULE_0__/* .runAction */ .Cs)(_main_js__WEBPACK_IMPORTED_MODULE_1__/* .run */ .e, 'Deployment notify');

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 1865:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./packages/core/src/index.ts + 28 modules
var src = __nccwpck_require__(2430);
;// CONCATENATED MODULE: ./packages/github/src/run.ts
/** What needs no Octokit (notify imports it via @deploy-actions/github/run, keeping Octokit out of its bundle). */
/** The link to this run's log (the attempt, when known). */
function runUrl(env = process.env) {
    const { GITHUB_SERVER_URL: server = 'https://github.com', GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: id, GITHUB_RUN_ATTEMPT: attempt, } = env;
    if (!repo || !id)
        return undefined;
    return `${server.replace(/\/+$/, '')}/${repo}/actions/runs/${id}${attempt ? `/attempts/${attempt}` : ''}`;
}

;// CONCATENATED MODULE: ./packages/record/src/time.ts

/**
 * Time helpers of the record that need no schema validator (release-gate and notify import only
 * these, via @deploy-actions/record/time, so their bundles do not carry ajv).
 */
/**
 * A unique deployment id that sorts by time: `20261123T190616Z-ffac537-7000000001-1` (UTC time of
 * the gate, short SHA, run id and attempt: unique per run attempt, readable, and in order).
 */
function makeDeploymentId(now, sha, runId, attempt) {
    const stamp = now
        .toISOString()
        .replace(/\.\d{3}Z$/, 'Z')
        .replace(/[-:]/g, '');
    return [stamp, sha.slice(0, 7), runId || 'local', attempt || '1'].join('-');
}
/** Parses the `now` input: an ISO 8601 time with a zone (for tests and rehearsals). */
function parseInstant(text) {
    const t = text.trim();
    if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(t))
        return undefined;
    const ms = Date.parse(t);
    return Number.isNaN(ms) ? undefined : new Date(ms);
}
/** The `now` input of the actions with a clock: an ISO 8601 time with a zone. */
const instant = () => ({
    accepted: 'an ISO 8601 time with a zone such as 2026-11-23T12:00:00Z',
    echo: true,
    parse(raw) {
        const at = parseInstant(raw);
        if (!at)
            throw new FormatError();
        return at;
    },
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
;// CONCATENATED MODULE: ./actions/notify/src/payloads.ts
/**
 * The messages: a Slack incoming-webhook payload (Block Kit, with a `text` fallback for
 * notifications) and a Microsoft Teams workflow-webhook payload (an Adaptive Card 1.4 in a message
 * attachment, what the "When a Teams webhook request is received" workflow posts), and a generic
 * JSON webhook signed with HMAC-SHA256.
 */

const TITLES = {
    started: { icon: '🚀', title: 'Deployment started', color: 'Accent' },
    succeeded: { icon: '✅', title: 'Deployment succeeded', color: 'Good' },
    failed: { icon: '🚨', title: 'Deployment FAILED', color: 'Attention' },
    'rolled-back': { icon: '↩️', title: 'Deployment rolled back', color: 'Warning' },
};
function headline(n) {
    const t = TITLES[n.event];
    return `${t.icon} ${t.title}: ${n.version} to ${n.environment}`;
}
/** The facts every message carries, in order; absent ones left out. */
function facts(n) {
    const out = [
        ['Version', n.version],
        ['Environment', n.environment],
    ];
    if (n.deploymentId)
        out.push(['Deployment ID', n.deploymentId]);
    if (n.environmentUrl)
        out.push(['Environment URL', n.environmentUrl]);
    if (n.failedStage)
        out.push(['Failed stage', n.failedStage]);
    if (n.rollbackDeadline)
        out.push(['Rollback until', n.rollbackDeadline]);
    out.push(['Repository', n.repository]);
    return out;
}
/** Slack mrkdwn escapes only these three. */
function esc(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
function slackPayload(n) {
    const blocks = [
        { type: 'header', text: { type: 'plain_text', text: headline(n).slice(0, 150), emoji: true } },
        {
            type: 'section',
            fields: facts(n)
                .map(([k, v]) => ({
                type: 'mrkdwn',
                text: `*${k}*\n${k === 'Environment URL' ? `<${v}|${esc(v)}>` : esc(v)}`.slice(0, 2000),
            }))
                .slice(0, 10),
        },
    ];
    if (n.message)
        blocks.push({ type: 'section', text: { type: 'mrkdwn', text: esc(n.message).slice(0, 3000) } });
    if (n.runUrl)
        blocks.push({
            type: 'actions',
            elements: [{ type: 'button', text: { type: 'plain_text', text: 'View run' }, url: n.runUrl }],
        });
    blocks.push({
        type: 'context',
        elements: [{ type: 'mrkdwn', text: esc(`${n.repository}${n.actor ? ` · by ${n.actor}` : ''}`) }],
    });
    return { text: headline(n), blocks };
}
function teamsPayload(n) {
    const t = TITLES[n.event];
    const body = [
        { type: 'TextBlock', size: 'Large', weight: 'Bolder', wrap: true, color: t.color, text: headline(n) },
        { type: 'FactSet', facts: facts(n).map(([title, value]) => ({ title, value })) },
    ];
    if (n.message)
        body.push({ type: 'TextBlock', wrap: true, text: n.message });
    if (n.actor)
        body.push({ type: 'TextBlock', wrap: true, isSubtle: true, size: 'Small', text: `${n.repository} · by ${n.actor}` });
    const actions = [];
    if (n.runUrl)
        actions.push({ type: 'Action.OpenUrl', title: 'View run', url: n.runUrl });
    if (n.environmentUrl)
        actions.push({ type: 'Action.OpenUrl', title: 'Open environment', url: n.environmentUrl });
    return {
        type: 'message',
        attachments: [
            {
                contentType: 'application/vnd.microsoft.card.adaptive',
                contentUrl: null,
                content: {
                    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
                    type: 'AdaptiveCard',
                    version: '1.4',
                    body,
                    ...(actions.length > 0 ? { actions } : {}),
                },
            },
        ],
    };
}
/**
 * A generic webhook's body (e.g. a Logic App's "When a HTTP request is received" trigger): the
 * notice as plain JSON fields, with the headline, a schema version and when it was sent. It is
 * signed (see signature), so the receiver can check it came from this workflow.
 */
function webhookPayload(n, sentAt) {
    return {
        schema: 'deploy-actions.notify/v1',
        event: n.event,
        headline: headline(n),
        repository: n.repository,
        environment: n.environment,
        version: n.version,
        deploymentId: n.deploymentId ?? null,
        environmentUrl: n.environmentUrl ?? null,
        rollbackDeadline: n.rollbackDeadline ?? null,
        runUrl: n.runUrl ?? null,
        failedStage: n.failedStage ?? null,
        message: n.message ?? null,
        actor: n.actor ?? null,
        sentAt: sentAt.toISOString(),
    };
}
/** The header carrying the body's HMAC-SHA256 signature, as `sha256=<hex>` (GitHub's own webhook form). */
const SIGNATURE_HEADER = 'x-deploy-signature-256';
/** `sha256=` and the hex HMAC-SHA256 of exactly the bytes sent, keyed with the shared secret. */
function signature(secret, body) {
    return `sha256=${(0,external_node_crypto_.createHmac)('sha256', secret).update(body, 'utf8').digest('hex')}`;
}

;// CONCATENATED MODULE: ./actions/notify/src/spec.ts

const EVENTS = ['started', 'succeeded', 'failed', 'rolled-back'];
/**
 * A webhook URL: its whole text is a secret (the path is the credential), so it is masked before
 * it is parsed and never echoed. https, or http to a loopback address (a local receiver).
 */
const webhookUrl = () => ({
    accepted: 'an https webhook URL (http only to a loopback address)',
    echo: false,
    parse(raw) {
        (0,src/* maskSecret */.$l)(raw.trim());
        const u = (0,src/* parseUrl */.Dl)(raw, ['https:', 'http:']);
        const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(u.hostname);
        if (u.protocol === 'http:' && !loopback)
            throw new src/* FormatError */.IF('plain http is only accepted to a loopback address');
        return u;
    },
});
/**
 * The inputs of notify. Names equal those of notify/action.yml, where the defaults live (the
 * runner applies them), hence `required` for every input that has one.
 */
const inputs = {
    event: (0,src/* required */.mw)((0,src/* oneOf */.yL)(EVENTS)),
    'slack-webhook-url': (0,src/* optional */.lq)(webhookUrl()),
    'teams-webhook-url': (0,src/* optional */.lq)(webhookUrl()),
    'webhook-url': (0,src/* optional */.lq)(webhookUrl()),
    'webhook-secret': (0,src/* optional */.lq)((0,src/* secret */.rJ)()),
    environment: (0,src/* required */.mw)((0,src/* text */.Qq)()),
    version: (0,src/* optional */.lq)((0,src/* text */.Qq)()),
    'deployment-id': (0,src/* optional */.lq)((0,src/* text */.Qq)()),
    'environment-url': (0,src/* optional */.lq)((0,src/* url */.OZ)()),
    'rollback-deadline': (0,src/* optional */.lq)((0,src/* text */.Qq)()),
    'run-url': (0,src/* optional */.lq)((0,src/* url */.OZ)()),
    'failed-stage': (0,src/* optional */.lq)((0,src/* text */.Qq)()),
    message: (0,src/* optional */.lq)((0,src/* text */.Qq)({ multiline: true })),
    'fail-on-error': (0,src/* required */.mw)((0,src/* boolean */.zM)()),
    attempts: (0,src/* required */.mw)((0,src/* integer */.nd)({ min: 1, max: 10 })),
    timeout: (0,src/* required */.mw)((0,src/* duration */.p0)({ min: 100, max: 120_000 })),
};
const outputs = ['sent', 'failed'];

;// CONCATENATED MODULE: ./actions/notify/src/main.ts






/** A webhook's answer that waiting may change (5xx, 429, 408), with its Retry-After. */
class WebhookError extends Error {
    status;
    retryAfterMs;
    constructor(status, body, retryAfterMs) {
        super(`answered ${status}${body ? `: ${body}` : ''}`);
        this.status = status;
        this.retryAfterMs = retryAfterMs;
    }
}
async function run() {
    const issues = new src/* InputIssues */.b0();
    const values = await (0,src/* readInputs */.Ko)(inputs, issues);
    const slack = values['slack-webhook-url'];
    const teams = values['teams-webhook-url'];
    const hook = values['webhook-url'];
    if (!slack && !teams && !hook && !issues.errors.some((e) => e.input.endsWith('webhook-url'))) {
        issues.add('slack-webhook-url', 'or teams-webhook-url or webhook-url is required: give at least one webhook URL (from a secret)');
    }
    if (hook && values['webhook-secret'] === undefined)
        issues.add('webhook-secret', 'is required with webhook-url: the shared secret the body is signed with (HMAC-SHA256)');
    if (values['webhook-secret'] !== undefined && values['webhook-secret'].length < 16)
        issues.add('webhook-secret', 'must be at least 16 characters: a random shared secret, from a secret');
    if (!hook && values['webhook-secret'] !== undefined && !issues.errors.some((e) => e.input === 'webhook-url'))
        issues.add('webhook-secret', 'is only used with webhook-url');
    const env = process.env;
    const version = values.version ?? /^refs\/tags\/(.+)$/.exec(env.GITHUB_REF ?? '')?.[1] ?? env.GITHUB_SHA?.slice(0, 7) ?? '';
    if (version === '')
        issues.add('version', 'is required outside a tag or commit: give the version, e.g. v1.5.0');
    for (const input of ['version', 'deployment-id', 'environment', 'failed-stage']) {
        const v = input === 'version' ? version : values[input];
        if (v !== undefined && (v.length > 200 || /[\r\n]/.test(v)))
            issues.add(input, 'must be one line of at most 200 characters');
    }
    const message = values.message;
    if (message !== undefined && message.length > 2000)
        issues.add('message', 'must be at most 2000 characters');
    let deadline;
    if (values['rollback-deadline'] !== undefined) {
        const at = parseInstant(values['rollback-deadline']);
        if (!at)
            issues.add('rollback-deadline', `must be an ISO 8601 time with a zone such as 2026-11-23T13:31:00Z (deployment-record's ` +
                `rollback-deadline output); got ${JSON.stringify(values['rollback-deadline'].slice(0, 60))}`);
        else
            deadline = at.toISOString();
    }
    if (values['failed-stage'] !== undefined && values.event !== undefined && values.event !== 'failed')
        issues.add('failed-stage', `is only used with event failed, not ${values.event}`);
    issues.throwIfAny();
    const notice = {
        event: values.event,
        repository: env.GITHUB_REPOSITORY ?? 'unknown repository',
        environment: values.environment,
        version,
        deploymentId: values['deployment-id'],
        environmentUrl: values['environment-url']?.href,
        rollbackDeadline: values.event === 'succeeded' ? deadline : undefined,
        runUrl: values['run-url']?.href ?? runUrl(),
        failedStage: values['failed-stage'],
        message,
        actor: env.GITHUB_TRIGGERING_ACTOR || env.GITHUB_ACTOR,
    };
    const channels = [];
    if (slack)
        channels.push({ name: 'slack', label: 'Slack', url: slack, body: JSON.stringify(slackPayload(notice)) });
    if (teams)
        channels.push({ name: 'teams', label: 'Microsoft Teams', url: teams, body: JSON.stringify(teamsPayload(notice)) });
    if (hook) {
        const body = JSON.stringify(webhookPayload(notice, new Date()));
        channels.push({
            name: 'webhook',
            label: 'Webhook',
            url: hook,
            body,
            headers: {
                [SIGNATURE_HEADER]: signature(values['webhook-secret'], body),
                'x-deploy-event': notice.event,
                // The same id on every attempt: a receiver drops a retried delivery it already took.
                'x-deploy-delivery': (0,external_node_crypto_.randomUUID)(),
            },
        });
    }
    src/* log */.Rm.info(`Notifying ${channels.map((c) => c.label).join(' and ')}: ${headline(notice)}`);
    const results = await Promise.all(channels.map(async (c) => {
        const started = performance.now();
        try {
            const attempts = await deliver(c, values.attempts, values.timeout);
            src/* log */.Rm.info(`✓ ${c.label}: delivered${attempts > 1 ? ` at attempt ${attempts}` : ''} in ${(0,src/* formatDuration */.a3)(performance.now() - started)}`);
            return { channel: c, ok: true, detail: attempts > 1 ? `delivered at attempt ${attempts}` : 'delivered' };
        }
        catch (err) {
            const advice = err instanceof WebhookError ? undefined : (0,src/* networkAdvice */.B0)(err);
            const detail = `${err instanceof WebhookError ? err.message : (0,src/* describeError */.Uc)(err)} (after ${values.attempts} attempt(s) at most)${advice ? ` — ${advice}` : ''}`;
            return { channel: c, ok: false, detail };
        }
    }));
    const failed = results.filter((r) => !r.ok);
    for (const r of failed) {
        const text = `${r.channel.label} notification failed: ${r.detail}`;
        if (values['fail-on-error'])
            src/* log */.Rm.error(text, { title: 'Notification failed' });
        else
            src/* log */.Rm.warning(`${text}; the deployment goes on (fail-on-error: false)`, { title: 'Notification failed' });
    }
    (0,src/* setOutputs */.n0)(outputs, {
        sent: results
            .filter((r) => r.ok)
            .map((r) => r.channel.name)
            .join(','),
        failed: failed.map((r) => r.channel.name).join(','),
    });
    const told = results.filter((r) => r.ok).map((r) => r.channel.label);
    const first = failed[0];
    await (0,src/* appendSummary */.fe)([
        first
            ? `### ⚠️ ${(0,src/* plainText */.wh)(`${failed.map((r) => r.channel.label).join(' and ')} not told: ${first.detail}`)}`
            : `### 📣 ${(0,src/* plainText */.wh)(`${told.join(' and ')} told: ${headline(notice)}`)}`,
        '',
        ...(first
            ? [
                (0,src/* plainText */.wh)(`The message was: ${headline(notice)}.${told.length > 0 ? ` ${told.join(' and ')} got it.` : ''}`),
                '',
                '**What now:** the people on that channel did not hear of this deployment: tell them another way, then check its ' +
                    'webhook (a 404 or 410 means it was removed, a 401 or 403 that it needs a new URL in the secret).',
                '',
            ]
            : []),
        (0,src/* markdownTable */.Qj)(['Channel', 'Result'], results.map((r) => [r.channel.label, r.ok ? `✅ ${r.detail}` : `⚠️ ${r.detail}`])),
        '',
    ].join('\n'));
    if (failed.length > 0 && values['fail-on-error'])
        throw new src/* ActionFailure */.dR(`${failed.length} notification(s) failed: ${failed.map((r) => r.channel.label).join(', ')}`);
}
/** POSTs the payload; retries network errors, timeouts, 408, 429 and 5xx; returns the attempts used. */
async function deliver(c, attempts, timeoutMs) {
    let used = 0;
    await (0,src/* retry */.L5)(async () => {
        used++;
        const res = await fetch(c.url, {
            method: 'POST',
            headers: { 'content-type': 'application/json', ...c.headers },
            body: c.body,
            signal: AbortSignal.timeout(timeoutMs),
            redirect: 'error',
        });
        const body = (await res.text()).slice(0, 200).replace(/\s+/g, ' ').trim();
        if (!res.ok)
            throw new WebhookError(res.status, body, (0,src/* parseRetryAfter */.mu)(res.headers.get('retry-after')));
        // Slack answers 200 "ok"; anything else with 200 is an error it reports in the body.
        if (c.name === 'slack' && res.status === 200 && body !== '' && body !== 'ok')
            throw new WebhookError(res.status, body);
    }, {
        attempts,
        baseDelayMs: 500,
        maxDelayMs: 5000,
        classify: (err) => {
            if (err instanceof WebhookError)
                return {
                    retry: err.status >= 500 || err.status === 429 || err.status === 408,
                    retryAfterMs: err.retryAfterMs,
                };
            return { retry: true };
        },
        onRetry: ({ attempt, delayMs, error }) => src/* log */.Rm.info(`  … ${c.label}: ${error instanceof WebhookError ? error.message : (0,src/* describeError */.Uc)(error)}; ` +
            `attempt ${attempt + 1} of ${attempts} in ${(0,src/* formatDuration */.a3)(delayMs)}`),
    });
    return used;
}


/***/ }),

/***/ 2430:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  dR: () => (/* reexport */ ActionFailure),
  IF: () => (/* reexport */ FormatError),
  b0: () => (/* reexport */ InputIssues),
  fe: () => (/* reexport */ appendSummary),
  zM: () => (/* reexport */ inputs_boolean),
  Uc: () => (/* reexport */ describeError),
  p0: () => (/* reexport */ duration),
  a3: () => (/* reexport */ formatDuration),
  nd: () => (/* reexport */ integer),
  Rm: () => (/* reexport */ log_log),
  Qj: () => (/* reexport */ markdownTable),
  $l: () => (/* reexport */ maskSecret),
  B0: () => (/* reexport */ networkAdvice),
  yL: () => (/* reexport */ oneOf),
  lq: () => (/* reexport */ optional),
  mu: () => (/* reexport */ parseRetryAfter),
  Dl: () => (/* reexport */ parseUrl),
  wh: () => (/* reexport */ plainText),
  Ko: () => (/* reexport */ readInputs),
  mw: () => (/* reexport */ required),
  L5: () => (/* reexport */ retry),
  Cs: () => (/* reexport */ runAction),
  rJ: () => (/* reexport */ secret),
  n0: () => (/* reexport */ setOutputs),
  Qq: () => (/* reexport */ inputs_text),
  OZ: () => (/* reexport */ url)
});

// UNUSED EXPORTS: CANCEL_SIGTERM_AFTER_MS, CANCEL_WINDOW_MS, DURATION_FORM, InputError, InvalidInputs, MAX_DURATION_MS, MAX_LIST_ITEMS, OUTPUT_NAME, backoffDelay, cell, errorChain, formatBytes, formatClock, formatCount, hasDotSegment, inert, list, loadYaml, logGroup, maskUrlCredentials, onCancel, oneLine, openGroup, parseDuration, parseStructured, percent, pool, redact, reportFailure, reservedEnvName, setNamedOutputs, sleep, structured, summaryWritten, urlPath, valueText, whenAborted

;// CONCATENATED MODULE: external "os"
const external_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/utils.js
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * Sanitizes an input into a string so it can be passed into issueCommand safely
 * @param input input to sanitize into a string
 */
function utils_toCommandValue(input) {
    if (input === null || input === undefined) {
        return '';
    }
    else if (typeof input === 'string' || input instanceof String) {
        return input;
    }
    return JSON.stringify(input);
}
/**
 *
 * @param annotationProperties
 * @returns The command properties to send with the actual annotation command
 * See IssueCommandProperties: https://github.com/actions/runner/blob/main/src/Runner.Worker/ActionCommandManager.cs#L646
 */
function toCommandProperties(annotationProperties) {
    if (!Object.keys(annotationProperties).length) {
        return {};
    }
    return {
        title: annotationProperties.title,
        file: annotationProperties.file,
        line: annotationProperties.startLine,
        endLine: annotationProperties.endLine,
        col: annotationProperties.startColumn,
        endColumn: annotationProperties.endColumn
    };
}
//# sourceMappingURL=utils.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/command.js


/**
 * Issues a command to the GitHub Actions runner
 *
 * @param command - The command name to issue
 * @param properties - Additional properties for the command (key-value pairs)
 * @param message - The message to include with the command
 * @remarks
 * This function outputs a specially formatted string to stdout that the Actions
 * runner interprets as a command. These commands can control workflow behavior,
 * set outputs, create annotations, mask values, and more.
 *
 * Command Format:
 *   ::name key=value,key=value::message
 *
 * @example
 * ```typescript
 * // Issue a warning annotation
 * issueCommand('warning', {}, 'This is a warning message');
 * // Output: ::warning::This is a warning message
 *
 * // Set an environment variable
 * issueCommand('set-env', { name: 'MY_VAR' }, 'some value');
 * // Output: ::set-env name=MY_VAR::some value
 *
 * // Add a secret mask
 * issueCommand('add-mask', {}, 'secretValue123');
 * // Output: ::add-mask::secretValue123
 * ```
 *
 * @internal
 * This is an internal utility function that powers the public API functions
 * such as setSecret, warning, error, and exportVariable.
 */
function command_issueCommand(command, properties, message) {
    const cmd = new Command(command, properties, message);
    process.stdout.write(cmd.toString() + external_os_namespaceObject.EOL);
}
function command_issue(name, message = '') {
    command_issueCommand(name, {}, message);
}
const CMD_STRING = '::';
class Command {
    constructor(command, properties, message) {
        if (!command) {
            command = 'missing.command';
        }
        this.command = command;
        this.properties = properties;
        this.message = message;
    }
    toString() {
        let cmdStr = CMD_STRING + this.command;
        if (this.properties && Object.keys(this.properties).length > 0) {
            cmdStr += ' ';
            let first = true;
            for (const key in this.properties) {
                if (this.properties.hasOwnProperty(key)) {
                    const val = this.properties[key];
                    if (val) {
                        if (first) {
                            first = false;
                        }
                        else {
                            cmdStr += ',';
                        }
                        cmdStr += `${key}=${escapeProperty(val)}`;
                    }
                }
            }
        }
        cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
        return cmdStr;
    }
}
function escapeData(s) {
    return utils_toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return utils_toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A')
        .replace(/:/g, '%3A')
        .replace(/,/g, '%2C');
}
//# sourceMappingURL=command.js.map
;// CONCATENATED MODULE: external "crypto"
const external_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");
;// CONCATENATED MODULE: external "fs"
const external_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/file-command.js
// For internal use, subject to change.
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */




function file_command_issueFileCommand(command, message) {
    const filePath = process.env[`GITHUB_${command}`];
    if (!filePath) {
        throw new Error(`Unable to find environment variable for file command ${command}`);
    }
    if (!external_fs_namespaceObject.existsSync(filePath)) {
        throw new Error(`Missing file at path: ${filePath}`);
    }
    external_fs_namespaceObject.appendFileSync(filePath, `${utils_toCommandValue(message)}${external_os_namespaceObject.EOL}`, {
        encoding: 'utf8'
    });
}
function file_command_prepareKeyValueMessage(key, value) {
    const delimiter = `ghadelimiter_${external_crypto_namespaceObject.randomUUID()}`;
    const convertedValue = utils_toCommandValue(value);
    // These should realistically never happen, but just in case someone finds a
    // way to exploit uuid generation let's not allow keys or values that contain
    // the delimiter.
    if (key.includes(delimiter)) {
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    }
    if (convertedValue.includes(delimiter)) {
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    }
    return `${key}<<${delimiter}${external_os_namespaceObject.EOL}${convertedValue}${external_os_namespaceObject.EOL}${delimiter}`;
}
//# sourceMappingURL=file-command.js.map
;// CONCATENATED MODULE: external "path"
const external_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");
// EXTERNAL MODULE: ./packages/core/src/undici-on-demand.ts
var undici_on_demand = __nccwpck_require__(9691);
;// CONCATENATED MODULE: ./packages/core/src/http-client-on-demand.ts

let loading;
// By file, not by name: the name `@actions/http-client` is this module in a bundle.
const real = () => (loading ??= __nccwpck_require__.e(/* import() */ 942).then(__nccwpck_require__.bind(__nccwpck_require__, 4942)));
class http_client_on_demand_HttpClient {
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
        return new DispatcherOnDemand(async () => (await this.#real()).getAgentDispatcher(serverUrl));
    }
    /**
     * No node:http agent: @actions/github puts one in Octokit's `request.agent`, which Octokit's
     * fetch-based request never reads (its proxy goes through getAgentDispatcher).
     */
    getAgent(_serverUrl) {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./node_modules/@actions/http-client/lib/auth.js
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
class BasicCredentialHandler {
    constructor(username, password) {
        this.username = username;
        this.password = password;
    }
    prepareRequest(options) {
        if (!options.headers) {
            throw Error('The request has no headers');
        }
        options.headers['Authorization'] = `Basic ${Buffer.from(`${this.username}:${this.password}`).toString('base64')}`;
    }
    // This handler cannot handle 401
    canHandleAuthentication() {
        return false;
    }
    handleAuthentication() {
        return __awaiter(this, void 0, void 0, function* () {
            throw new Error('not implemented');
        });
    }
}
class auth_BearerCredentialHandler {
    constructor(token) {
        this.token = token;
    }
    // currently implements pre-authorization
    // TODO: support preAuth = false where it hooks on 401
    prepareRequest(options) {
        if (!options.headers) {
            throw Error('The request has no headers');
        }
        options.headers['Authorization'] = `Bearer ${this.token}`;
    }
    // This handler cannot handle 401
    canHandleAuthentication() {
        return false;
    }
    handleAuthentication() {
        return __awaiter(this, void 0, void 0, function* () {
            throw new Error('not implemented');
        });
    }
}
class PersonalAccessTokenCredentialHandler {
    constructor(token) {
        this.token = token;
    }
    // currently implements pre-authorization
    // TODO: support preAuth = false where it hooks on 401
    prepareRequest(options) {
        if (!options.headers) {
            throw Error('The request has no headers');
        }
        options.headers['Authorization'] = `Basic ${Buffer.from(`PAT:${this.token}`).toString('base64')}`;
    }
    // This handler cannot handle 401
    canHandleAuthentication() {
        return false;
    }
    handleAuthentication() {
        return __awaiter(this, void 0, void 0, function* () {
            throw new Error('not implemented');
        });
    }
}
//# sourceMappingURL=auth.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/oidc-utils.js
var oidc_utils_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};



class oidc_utils_OidcClient {
    static createHttpClient(allowRetry = true, maxRetry = 10) {
        const requestOptions = {
            allowRetries: allowRetry,
            maxRetries: maxRetry
        };
        return new HttpClient('actions/oidc-client', [new BearerCredentialHandler(oidc_utils_OidcClient.getRequestToken())], requestOptions);
    }
    static getRequestToken() {
        const token = process.env['ACTIONS_ID_TOKEN_REQUEST_TOKEN'];
        if (!token) {
            throw new Error('Unable to get ACTIONS_ID_TOKEN_REQUEST_TOKEN env variable');
        }
        return token;
    }
    static getIDTokenUrl() {
        const runtimeUrl = process.env['ACTIONS_ID_TOKEN_REQUEST_URL'];
        if (!runtimeUrl) {
            throw new Error('Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable');
        }
        return runtimeUrl;
    }
    static getCall(id_token_url) {
        return oidc_utils_awaiter(this, void 0, void 0, function* () {
            var _a;
            const httpclient = oidc_utils_OidcClient.createHttpClient();
            const res = yield httpclient
                .getJson(id_token_url)
                .catch(error => {
                throw new Error(`Failed to get ID Token. \n 
        Error Code : ${error.statusCode}\n 
        Error Message: ${error.message}`);
            });
            const id_token = (_a = res.result) === null || _a === void 0 ? void 0 : _a.value;
            if (!id_token) {
                throw new Error('Response json body do not have ID Token field');
            }
            return id_token;
        });
    }
    static getIDToken(audience) {
        return oidc_utils_awaiter(this, void 0, void 0, function* () {
            try {
                // New ID Token is requested from action service
                let id_token_url = oidc_utils_OidcClient.getIDTokenUrl();
                if (audience) {
                    const encodedAudience = encodeURIComponent(audience);
                    id_token_url = `${id_token_url}&audience=${encodedAudience}`;
                }
                debug(`ID token url is ${id_token_url}`);
                const id_token = yield oidc_utils_OidcClient.getCall(id_token_url);
                setSecret(id_token);
                return id_token;
            }
            catch (error) {
                throw new Error(`Error message: ${error.message}`);
            }
        });
    }
}
//# sourceMappingURL=oidc-utils.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/summary.js
var summary_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const { access, appendFile, writeFile } = external_fs_namespaceObject.promises;
const SUMMARY_ENV_VAR = 'GITHUB_STEP_SUMMARY';
const SUMMARY_DOCS_URL = 'https://docs.github.com/actions/using-workflows/workflow-commands-for-github-actions#adding-a-job-summary';
class Summary {
    constructor() {
        this._buffer = '';
    }
    /**
     * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
     * Also checks r/w permissions.
     *
     * @returns step summary file path
     */
    filePath() {
        return summary_awaiter(this, void 0, void 0, function* () {
            if (this._filePath) {
                return this._filePath;
            }
            const pathFromEnv = process.env[SUMMARY_ENV_VAR];
            if (!pathFromEnv) {
                throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
            }
            try {
                yield access(pathFromEnv, external_fs_namespaceObject.constants.R_OK | external_fs_namespaceObject.constants.W_OK);
            }
            catch (_a) {
                throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
            }
            this._filePath = pathFromEnv;
            return this._filePath;
        });
    }
    /**
     * Wraps content in an HTML tag, adding any HTML attributes
     *
     * @param {string} tag HTML tag to wrap
     * @param {string | null} content content within the tag
     * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
     *
     * @returns {string} content wrapped in HTML element
     */
    wrap(tag, content, attrs = {}) {
        const htmlAttrs = Object.entries(attrs)
            .map(([key, value]) => ` ${key}="${value}"`)
            .join('');
        if (!content) {
            return `<${tag}${htmlAttrs}>`;
        }
        return `<${tag}${htmlAttrs}>${content}</${tag}>`;
    }
    /**
     * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
     *
     * @param {SummaryWriteOptions} [options] (optional) options for write operation
     *
     * @returns {Promise<Summary>} summary instance
     */
    write(options) {
        return summary_awaiter(this, void 0, void 0, function* () {
            const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
            const filePath = yield this.filePath();
            const writeFunc = overwrite ? writeFile : appendFile;
            yield writeFunc(filePath, this._buffer, { encoding: 'utf8' });
            return this.emptyBuffer();
        });
    }
    /**
     * Clears the summary buffer and wipes the summary file
     *
     * @returns {Summary} summary instance
     */
    clear() {
        return summary_awaiter(this, void 0, void 0, function* () {
            return this.emptyBuffer().write({ overwrite: true });
        });
    }
    /**
     * Returns the current summary buffer as a string
     *
     * @returns {string} string of summary buffer
     */
    stringify() {
        return this._buffer;
    }
    /**
     * If the summary buffer is empty
     *
     * @returns {boolen} true if the buffer is empty
     */
    isEmptyBuffer() {
        return this._buffer.length === 0;
    }
    /**
     * Resets the summary buffer without writing to summary file
     *
     * @returns {Summary} summary instance
     */
    emptyBuffer() {
        this._buffer = '';
        return this;
    }
    /**
     * Adds raw text to the summary buffer
     *
     * @param {string} text content to add
     * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
     *
     * @returns {Summary} summary instance
     */
    addRaw(text, addEOL = false) {
        this._buffer += text;
        return addEOL ? this.addEOL() : this;
    }
    /**
     * Adds the operating system-specific end-of-line marker to the buffer
     *
     * @returns {Summary} summary instance
     */
    addEOL() {
        return this.addRaw(external_os_namespaceObject.EOL);
    }
    /**
     * Adds an HTML codeblock to the summary buffer
     *
     * @param {string} code content to render within fenced code block
     * @param {string} lang (optional) language to syntax highlight code
     *
     * @returns {Summary} summary instance
     */
    addCodeBlock(code, lang) {
        const attrs = Object.assign({}, (lang && { lang }));
        const element = this.wrap('pre', this.wrap('code', code), attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML list to the summary buffer
     *
     * @param {string[]} items list of items to render
     * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
     *
     * @returns {Summary} summary instance
     */
    addList(items, ordered = false) {
        const tag = ordered ? 'ol' : 'ul';
        const listItems = items.map(item => this.wrap('li', item)).join('');
        const element = this.wrap(tag, listItems);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML table to the summary buffer
     *
     * @param {SummaryTableCell[]} rows table rows
     *
     * @returns {Summary} summary instance
     */
    addTable(rows) {
        const tableBody = rows
            .map(row => {
            const cells = row
                .map(cell => {
                if (typeof cell === 'string') {
                    return this.wrap('td', cell);
                }
                const { header, data, colspan, rowspan } = cell;
                const tag = header ? 'th' : 'td';
                const attrs = Object.assign(Object.assign({}, (colspan && { colspan })), (rowspan && { rowspan }));
                return this.wrap(tag, data, attrs);
            })
                .join('');
            return this.wrap('tr', cells);
        })
            .join('');
        const element = this.wrap('table', tableBody);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds a collapsable HTML details element to the summary buffer
     *
     * @param {string} label text for the closed state
     * @param {string} content collapsable content
     *
     * @returns {Summary} summary instance
     */
    addDetails(label, content) {
        const element = this.wrap('details', this.wrap('summary', label) + content);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML image tag to the summary buffer
     *
     * @param {string} src path to the image you to embed
     * @param {string} alt text description of the image
     * @param {SummaryImageOptions} options (optional) addition image attributes
     *
     * @returns {Summary} summary instance
     */
    addImage(src, alt, options) {
        const { width, height } = options || {};
        const attrs = Object.assign(Object.assign({}, (width && { width })), (height && { height }));
        const element = this.wrap('img', null, Object.assign({ src, alt }, attrs));
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML section heading element
     *
     * @param {string} text heading text
     * @param {number | string} [level=1] (optional) the heading level, default: 1
     *
     * @returns {Summary} summary instance
     */
    addHeading(text, level) {
        const tag = `h${level}`;
        const allowedTag = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].includes(tag)
            ? tag
            : 'h1';
        const element = this.wrap(allowedTag, text);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML thematic break (<hr>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addSeparator() {
        const element = this.wrap('hr', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML line break (<br>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addBreak() {
        const element = this.wrap('br', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML blockquote to the summary buffer
     *
     * @param {string} text quote text
     * @param {string} cite (optional) citation url
     *
     * @returns {Summary} summary instance
     */
    addQuote(text, cite) {
        const attrs = Object.assign({}, (cite && { cite }));
        const element = this.wrap('blockquote', text, attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML anchor tag to the summary buffer
     *
     * @param {string} text link text/content
     * @param {string} href hyperlink
     *
     * @returns {Summary} summary instance
     */
    addLink(text, href) {
        const element = this.wrap('a', text, { href });
        return this.addRaw(element).addEOL();
    }
}
const _summary = new Summary();
/**
 * @deprecated use `core.summary`
 */
const markdownSummary = (/* unused pure expression or super */ null && (_summary));
const summary = _summary;
//# sourceMappingURL=summary.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/path-utils.js

/**
 * toPosixPath converts the given path to the posix form. On Windows, \\ will be
 * replaced with /.
 *
 * @param pth. Path to transform.
 * @return string Posix path.
 */
function toPosixPath(pth) {
    return pth.replace(/[\\]/g, '/');
}
/**
 * toWin32Path converts the given path to the win32 form. On Linux, / will be
 * replaced with \\.
 *
 * @param pth. Path to transform.
 * @return string Win32 path.
 */
function toWin32Path(pth) {
    return pth.replace(/[/]/g, '\\');
}
/**
 * toPlatformPath converts the given path to a platform-specific path. It does
 * this by replacing instances of / and \ with the platform-specific path
 * separator.
 *
 * @param pth The path to platformize.
 * @return string The platform-specific path.
 */
function toPlatformPath(pth) {
    return pth.replace(/[/\\]/g, path.sep);
}
//# sourceMappingURL=path-utils.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/platform.js
var platform_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const getWindowsInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    const { stdout: version } = yield exec.getExecOutput('powershell -command "(Get-CimInstance -ClassName Win32_OperatingSystem).Version"', undefined, {
        silent: true
    });
    const { stdout: name } = yield exec.getExecOutput('powershell -command "(Get-CimInstance -ClassName Win32_OperatingSystem).Caption"', undefined, {
        silent: true
    });
    return {
        name: name.trim(),
        version: version.trim()
    };
});
const getMacOsInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    var _a, _b, _c, _d;
    const { stdout } = yield exec.getExecOutput('sw_vers', undefined, {
        silent: true
    });
    const version = (_b = (_a = stdout.match(/ProductVersion:\s*(.+)/)) === null || _a === void 0 ? void 0 : _a[1]) !== null && _b !== void 0 ? _b : '';
    const name = (_d = (_c = stdout.match(/ProductName:\s*(.+)/)) === null || _c === void 0 ? void 0 : _c[1]) !== null && _d !== void 0 ? _d : '';
    return {
        name,
        version
    };
});
const getLinuxInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    const { stdout } = yield exec.getExecOutput('lsb_release', ['-i', '-r', '-s'], {
        silent: true
    });
    const [name, version] = stdout.trim().split('\n');
    return {
        name,
        version
    };
});
const platform = external_os_namespaceObject.platform();
const arch = external_os_namespaceObject.arch();
const isWindows = platform === 'win32';
const isMacOS = platform === 'darwin';
const isLinux = platform === 'linux';
function getDetails() {
    return platform_awaiter(this, void 0, void 0, function* () {
        return Object.assign(Object.assign({}, (yield (isWindows
            ? getWindowsInfo()
            : isMacOS
                ? getMacOsInfo()
                : getLinuxInfo()))), { platform,
            arch,
            isWindows,
            isMacOS,
            isLinux });
    });
}
//# sourceMappingURL=platform.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/core.js
var core_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};






/**
 * The code to exit an action
 */
var ExitCode;
(function (ExitCode) {
    /**
     * A code indicating that the action was successful
     */
    ExitCode[ExitCode["Success"] = 0] = "Success";
    /**
     * A code indicating that the action was a failure
     */
    ExitCode[ExitCode["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
//-----------------------------------------------------------------------
// Variables
//-----------------------------------------------------------------------
/**
 * Sets env variable for this action and future actions in the job
 * @param name the name of the variable to set
 * @param val the value of the variable. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function exportVariable(name, val) {
    const convertedVal = toCommandValue(val);
    process.env[name] = convertedVal;
    const filePath = process.env['GITHUB_ENV'] || '';
    if (filePath) {
        return issueFileCommand('ENV', prepareKeyValueMessage(name, val));
    }
    issueCommand('set-env', { name }, convertedVal);
}
/**
 * Registers a secret which will get masked from logs
 *
 * @param secret - Value of the secret to be masked
 * @remarks
 * This function instructs the Actions runner to mask the specified value in any
 * logs produced during the workflow run. Once registered, the secret value will
 * be replaced with asterisks (***) whenever it appears in console output, logs,
 * or error messages.
 *
 * This is useful for protecting sensitive information such as:
 * - API keys
 * - Access tokens
 * - Authentication credentials
 * - URL parameters containing signatures (SAS tokens)
 *
 * Note that masking only affects future logs; any previous appearances of the
 * secret in logs before calling this function will remain unmasked.
 *
 * @example
 * ```typescript
 * // Register an API token as a secret
 * const apiToken = "abc123xyz456";
 * setSecret(apiToken);
 *
 * // Now any logs containing this value will show *** instead
 * console.log(`Using token: ${apiToken}`); // Outputs: "Using token: ***"
 * ```
 */
function core_setSecret(secret) {
    command_issueCommand('add-mask', {}, secret);
}
/**
 * Prepends inputPath to the PATH (for this action and future actions)
 * @param inputPath
 */
function addPath(inputPath) {
    const filePath = process.env['GITHUB_PATH'] || '';
    if (filePath) {
        issueFileCommand('PATH', inputPath);
    }
    else {
        issueCommand('add-path', {}, inputPath);
    }
    process.env['PATH'] = `${inputPath}${path.delimiter}${process.env['PATH']}`;
}
/**
 * Gets the value of an input.
 * Unless trimWhitespace is set to false in InputOptions, the value is also trimmed.
 * Returns an empty string if the value is not defined.
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   string
 */
function getInput(name, options) {
    const val = process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '';
    if (options && options.required && !val) {
        throw new Error(`Input required and not supplied: ${name}`);
    }
    if (options && options.trimWhitespace === false) {
        return val;
    }
    return val.trim();
}
/**
 * Gets the values of an multiline input.  Each value is also trimmed.
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   string[]
 *
 */
function getMultilineInput(name, options) {
    const inputs = getInput(name, options)
        .split('\n')
        .filter(x => x !== '');
    if (options && options.trimWhitespace === false) {
        return inputs;
    }
    return inputs.map(input => input.trim());
}
/**
 * Gets the input value of the boolean type in the YAML 1.2 "core schema" specification.
 * Support boolean input list: `true | True | TRUE | false | False | FALSE` .
 * The return value is also in boolean type.
 * ref: https://yaml.org/spec/1.2/spec.html#id2804923
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   boolean
 */
function getBooleanInput(name, options) {
    const trueValue = ['true', 'True', 'TRUE'];
    const falseValue = ['false', 'False', 'FALSE'];
    const val = getInput(name, options);
    if (trueValue.includes(val))
        return true;
    if (falseValue.includes(val))
        return false;
    throw new TypeError(`Input does not meet YAML 1.2 "Core Schema" specification: ${name}\n` +
        `Support boolean input list: \`true | True | TRUE | false | False | FALSE\``);
}
/**
 * Sets the value of an output.
 *
 * @param     name     name of the output to set
 * @param     value    value to store. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function setOutput(name, value) {
    const filePath = process.env['GITHUB_OUTPUT'] || '';
    if (filePath) {
        return file_command_issueFileCommand('OUTPUT', file_command_prepareKeyValueMessage(name, value));
    }
    process.stdout.write(external_os_namespaceObject.EOL);
    command_issueCommand('set-output', { name }, utils_toCommandValue(value));
}
/**
 * Enables or disables the echoing of commands into stdout for the rest of the step.
 * Echoing is disabled by default if ACTIONS_STEP_DEBUG is not set.
 *
 */
function setCommandEcho(enabled) {
    issue('echo', enabled ? 'on' : 'off');
}
//-----------------------------------------------------------------------
// Results
//-----------------------------------------------------------------------
/**
 * Sets the action status to failed.
 * When the action exits it will be with an exit code of 1
 * @param message add error issue message
 */
function setFailed(message) {
    process.exitCode = ExitCode.Failure;
    error(message);
}
//-----------------------------------------------------------------------
// Logging Commands
//-----------------------------------------------------------------------
/**
 * Gets whether Actions Step Debug is on or not
 */
function isDebug() {
    return process.env['RUNNER_DEBUG'] === '1';
}
/**
 * Writes debug message to user log
 * @param message debug message
 */
function core_debug(message) {
    command_issueCommand('debug', {}, message);
}
/**
 * Adds an error issue
 * @param message error issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function error(message, properties = {}) {
    command_issueCommand('error', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a warning issue
 * @param message warning issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function warning(message, properties = {}) {
    command_issueCommand('warning', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a notice issue
 * @param message notice issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function notice(message, properties = {}) {
    command_issueCommand('notice', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Writes info to log with console.log.
 * @param message info message
 */
function info(message) {
    process.stdout.write(message + external_os_namespaceObject.EOL);
}
/**
 * Begin an output group.
 *
 * Output until the next `groupEnd` will be foldable in this group
 *
 * @param name The name of the output group
 */
function startGroup(name) {
    issue('group', name);
}
/**
 * End an output group.
 */
function endGroup() {
    issue('endgroup');
}
/**
 * Wrap an asynchronous function call in a group.
 *
 * Returns the same type as the function itself.
 *
 * @param name The name of the group
 * @param fn The function to wrap in the group
 */
function group(name, fn) {
    return core_awaiter(this, void 0, void 0, function* () {
        startGroup(name);
        let result;
        try {
            result = yield fn();
        }
        finally {
            endGroup();
        }
        return result;
    });
}
//-----------------------------------------------------------------------
// Wrapper action state
//-----------------------------------------------------------------------
/**
 * Saves state for current action, the state can only be retrieved by this action's post job execution.
 *
 * @param     name     name of the state to store
 * @param     value    value to store. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function saveState(name, value) {
    const filePath = process.env['GITHUB_STATE'] || '';
    if (filePath) {
        return issueFileCommand('STATE', prepareKeyValueMessage(name, value));
    }
    issueCommand('save-state', { name }, toCommandValue(value));
}
/**
 * Gets the value of an state set by this action's main execution.
 *
 * @param     name     name of the state to get
 * @returns   string
 */
function getState(name) {
    return process.env[`STATE_${name}`] || '';
}
function getIDToken(aud) {
    return core_awaiter(this, void 0, void 0, function* () {
        return yield OidcClient.getIDToken(aud);
    });
}
/**
 * Summary exports
 */

/**
 * @deprecated use core.summary
 */

/**
 * Path exports
 */

/**
 * Platform utilities exports
 */

//# sourceMappingURL=core.js.map
;// CONCATENATED MODULE: ./packages/core/src/secrets.ts

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
        core_setSecret(piece);
    }
}
/** Replaces every registered secret in `text` with `***`, longest first. */
function redact(text) {
    let out = text;
    for (const s of [...registered].sort((a, b) => b.length - a.length))
        out = out.split(s).join('***');
    return out;
}

;// CONCATENATED MODULE: ./packages/core/src/log.ts


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
    return redact(text)
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
const log_log = {
    /** One line of the log. */
    info(line) {
        info(inert(line));
    },
    /** A line of the debug log (shown when the run has step debug logging on). */
    debug(line) {
        core_debug(inert(line));
    },
    notice(message, props) {
        notice(inert(message), inertProperties(props));
    },
    warning(message, props) {
        warning(inert(message), inertProperties(props));
    },
    error(message, props) {
        error(inert(message), inertProperties(props));
    },
    /** An error annotation that also fails the step (what core.setFailed does). */
    failed(message, props) {
        process.exitCode = 1;
        log_log.error(message, props);
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
            log_log.info(line);
    }
    finally {
        core.endGroup();
    }
}
/**
 * A collapsed group for lines still to come (a stage's gate rounds, printed as they happen); the
 * returned function closes it, once. Only for sequential work: nothing else may print meanwhile,
 * or its lines land inside the group.
 */
function openGroup(title) {
    core.startGroup(inert(title));
    let open = true;
    return () => {
        if (!open)
            return;
        open = false;
        core.endGroup();
    };
}

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __nccwpck_require__(7975);
;// CONCATENATED MODULE: ./packages/core/src/errors.ts

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
        return errors_oneLine(String(err));
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
            return `TLS error: ${errors_oneLine(cause.message)} (${code})`;
        if (err.message === 'fetch failed')
            return describeError(cause);
        return `${errors_oneLine(err.message)}: ${describeError(cause)}`;
    }
    // node:http's errors carry the code themselves (fetch's wrap it in a cause).
    const code = err.code;
    if (code && NETWORK_CODES[code])
        return `${NETWORK_CODES[code]} (${code})`;
    if (code && /CERT|SSL|TLS|SELF_SIGNED|UNABLE_TO_VERIFY/.test(code))
        return `TLS error: ${errors_oneLine(err.message)} (${code})`;
    return errors_oneLine(err.message);
}
/** An Error of any realm: Node's own errors fail `instanceof Error` inside a vm context (jest's). */
const isError = (value) => value instanceof Error || external_node_util_.types.isNativeError(value);
function errors_oneLine(text) {
    return text.replace(/\s*\n\s*/g, ' ').trim();
}

;// CONCATENATED MODULE: ./packages/core/src/duration.ts
const UNIT_MS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
const DURATION = /^(?:(\d+(?:\.\d+)?)(ms|s|m|h))+$/;
const PART = /(\d+(?:\.\d+)?)(ms|s|m|h)/g;
const DURATION_FORM = 'a duration such as 500ms, 90s, 5m or 1h30m';
/** Parses `500ms`, `90s`, `5m`, `1h30m` (and a bare `0`) into milliseconds; undefined if malformed. */
function parseDuration(text) {
    const t = text.trim();
    if (t === '0')
        return 0;
    if (!DURATION.test(t))
        return undefined;
    let total = 0;
    for (const [, n, unit] of t.matchAll(PART))
        total += Number(n) * UNIT_MS[unit];
    return Math.round(total);
}
/** Formats milliseconds the way a person reads them: 850ms, 4.2s, 3m05s, 1h02m, 7d, 2d04h. */
function formatDuration(ms) {
    if (ms < 1000)
        return `${Math.round(ms)}ms`;
    if (ms < 60_000)
        return `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1).replace(/\.?0+$/, '')}s`;
    const totalS = Math.round(ms / 1000);
    const h = Math.floor(totalS / 3600);
    const m = Math.floor((totalS % 3600) / 60);
    const s = totalS % 60;
    if (h >= 48)
        return `${Math.floor(h / 24)}d${h % 24 > 0 ? `${String(h % 24).padStart(2, '0')}h` : ''}`;
    if (h > 0)
        return `${h}h${String(m).padStart(2, '0')}m`;
    return `${m}m${String(s).padStart(2, '0')}s`;
}
/**
 * A moment as a person on call reads it: "23:41 UTC", with the day in front ("30 Nov 23:41 UTC")
 * when it is not today's, and the year when it is not this year's. `timeZone` (an IANA zone; UTC
 * unless given) shows it as people there read it, with the zone's short name ("09:00 CET");
 * `weekday` adds the day's name ("Mon 30 Nov 09:00 CET": a deployment window's next opening);
 * `seconds` adds them. An unreadable time is returned as given. Never an ISO timestamp: that is
 * for records and outputs, which machines read.
 */
function formatClock(at, opts = {}) {
    const when = new Date(at);
    if (Number.isNaN(when.getTime()))
        return String(at);
    const timeZone = opts.timeZone ?? 'UTC';
    const parts = (d, o) => Object.fromEntries(new Intl.DateTimeFormat('en-GB', { timeZone, hourCycle: 'h23', ...o })
        .formatToParts(d)
        .map((p) => [p.type, p.value]));
    const p = parts(when, {
        weekday: 'short',
        day: 'numeric',
        month: 'short',
        year: 'numeric',
        hour: '2-digit',
        minute: '2-digit',
        second: '2-digit',
        timeZoneName: 'short',
    });
    const zone = timeZone === 'UTC' ? 'UTC' : zoneName(when, timeZone, p.timeZoneName);
    const clock = `${p.hour}:${p.minute}${opts.seconds ? `:${p.second}` : ''} ${zone}`;
    const today = parts(new Date(opts.now ?? Date.now()), { day: 'numeric', month: 'short', year: 'numeric' });
    const sameDay = today.day === p.day && today.month === p.month && today.year === p.year;
    const weekday = opts.weekday ? `${p.weekday} ` : '';
    if (sameDay)
        return `${weekday}${clock}`;
    return `${weekday}${p.day} ${p.month}${today.year === p.year ? '' : ` ${p.year}`} ${clock}`;
}
/**
 * The zone's short name people know (PST, CET): each locale knows only its region's abbreviations
 * and says "GMT-8" for the others, so the US and British ones are asked; GMT±N when neither knows.
 */
function zoneName(at, timeZone, british) {
    if (british && !/^GMT[+-]/.test(british))
        return british;
    const us = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'short' })
        .formatToParts(at)
        .find((p) => p.type === 'timeZoneName')?.value;
    return us && !/^GMT[+-]/.test(us) ? us : (british ?? timeZone);
}

;// CONCATENATED MODULE: ./packages/core/src/inputs.ts




/**
 * Typed action inputs. An action declares its inputs once (`actions/<name>/src/spec.ts`); the
 * names there must equal those in its action.yml (a metadata test checks it), and defaults live in
 * action.yml only, where the runner applies them.
 */
/**
 * Thrown by a kind's parser: `detail` refines the accepted form ("must be at most 100").
 * `hideInput` keeps the raw value out of the message even for a kind that echoes it (a URL that
 * turned out to hold a password).
 */
class FormatError extends Error {
    hideInput;
    constructor(message, options) {
        super(message, options);
        this.hideInput = options?.hideInput ?? false;
    }
}
function required(kind) {
    return { kind, required: true };
}
function optional(kind) {
    return { kind, required: false };
}
/** Reads and parses every input of `spec`; each problem goes to `issues` (nothing throws here). */
async function readInputs(spec, issues) {
    const values = {};
    for (const [name, def] of Object.entries(spec)) {
        const raw = getInput(name);
        if (raw === '') {
            if (def.required)
                issues.add(name, `is required: give ${def.kind.accepted}`);
            continue;
        }
        await def.kind.prepare?.(raw);
        try {
            values[name] = def.kind.parse(raw);
        }
        catch (err) {
            const detail = err instanceof FormatError && err.message ? ` (${err.message})` : '';
            const hidden = err instanceof FormatError && err.hideInput;
            const got = def.kind.echo && !hidden ? `; got ${JSON.stringify(truncate(raw, 80))}` : '';
            issues.add(name, `must be ${def.kind.accepted}${detail}${got}`);
        }
    }
    return values;
}
function truncate(text, max) {
    return text.length > max ? `${text.slice(0, max)}…` : text;
}
function kind(accepted, parse, echo = true) {
    return { accepted, parse, echo };
}
/** Control characters but the tab: no input holds them, and one-line inputs not \n or \r either. */
// eslint-disable-next-line no-control-regex
const inputs_CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
const LINE_BREAK = /[\r\n]/;
/** Refuses what a value of this shape never holds: a line break (unless `multiline`), other controls. */
function checkLines(raw, multiline) {
    if (!multiline && LINE_BREAK.test(raw))
        throw new FormatError('it holds a line break');
    if (inputs_CONTROL.test(raw))
        throw new FormatError('it holds a control character');
}
/**
 * Text: one line, unless the input is documented as taking several (`multiline`), as the runner
 * passes a YAML block scalar on as it is and a stray line break would reach a request or the log.
 */
const inputs_text = (opts = {}) => kind(opts.multiline ? 'text' : 'one line of text', (raw) => {
    checkLines(raw, opts.multiline ?? false);
    return raw;
});
/**
 * A secret: masked before anything else can print it, and never echoed in an error. One line
 * unless `multiline` (a token or a connection string with a line break is a paste error, which
 * would otherwise fail inside an HTTP client that quotes it).
 */
const secret = (opts = {}) => kind('a secret value', (raw) => {
    maskSecret(raw);
    checkLines(raw, opts.multiline ?? false);
    return raw;
}, false);
/** The longest duration any input takes unless it says otherwise; Node's timers end at 2^31-1 ms. */
const MAX_DURATION_MS = 24 * 3_600_000;
function duration(opts = {}) {
    const max = Math.min(opts.max ?? MAX_DURATION_MS, 2 ** 31 - 1);
    return kind(DURATION_FORM, (raw) => {
        const ms = parseDuration(raw);
        if (ms === undefined)
            throw new FormatError();
        if (opts.min !== undefined && ms < opts.min)
            throw new FormatError(`at least ${formatDuration(opts.min)}`);
        if (ms > max)
            throw new FormatError(`at most ${formatDuration(max)}`);
        return ms;
    });
}
function integer(opts = {}) {
    const range = opts.min !== undefined && opts.max !== undefined
        ? ` from ${opts.min} to ${opts.max}`
        : opts.min !== undefined
            ? ` of at least ${opts.min}`
            : opts.max !== undefined
                ? ` of at most ${opts.max}`
                : '';
    return kind(`a whole number${range}`, (raw) => {
        const t = raw.trim();
        if (!/^-?\d+$/.test(t))
            throw new FormatError();
        const n = Number(t);
        if (!Number.isSafeInteger(n))
            throw new FormatError('too large');
        if ((opts.min !== undefined && n < opts.min) || (opts.max !== undefined && n > opts.max))
            throw new FormatError();
        return n;
    });
}
const percent = () => kind('a percentage from 0 to 100 such as 5 or 5%', (raw) => {
    const m = /^(\d{1,3})%?$/.exec(raw.trim());
    const n = m ? Number(m[1]) : NaN;
    if (!(n >= 0 && n <= 100))
        throw new FormatError();
    return n;
});
/** Booleans as the runner's YAML 1.2 core schema writes them (what core.getBooleanInput accepts). */
const inputs_boolean = () => kind('true or false', (raw) => {
    const t = raw.trim();
    if (['true', 'True', 'TRUE'].includes(t))
        return true;
    if (['false', 'False', 'FALSE'].includes(t))
        return false;
    throw new FormatError();
});
function oneOf(values) {
    return kind(`one of ${values.join(', ')}`, (raw) => {
        const t = raw.trim();
        if (!values.includes(t))
            throw new FormatError();
        return t;
    });
}
/**
 * An absolute URL. A user name or password in it is refused (it would be echoed, logged and sent
 * where it should not go), unless `credentials: 'secret'`: then the input is a secret URL whose
 * credentials are masked before anything can print them.
 */
function url(opts = {}) {
    const protocols = opts.protocols ?? ['http:', 'https:'];
    const schemes = protocols.map((p) => p.replace(/:$/, '')).join(' or ');
    const example = protocols.includes('https:') ? 'https:' : protocols[0];
    return kind(`an absolute ${schemes} URL such as ${example}//app.example.com/health`, (raw) => parseUrl(raw, protocols, opts.credentials));
}
/**
 * Parses an absolute URL with one of `protocols`; throws FormatError otherwise. The URL parser
 * silently drops tabs and line breaks, so they are refused first; credentials are masked, and
 * refused unless `credentials` is 'secret'.
 */
function parseUrl(raw, protocols = ['http:', 'https:'], credentials = 'refuse') {
    const t = raw.trim();
    let u;
    try {
        u = new URL(t);
    }
    catch {
        throw new FormatError();
    }
    // eslint-disable-next-line no-control-regex
    if (/[\s\u0000-\u001f\u007f]/.test(t))
        throw new FormatError('it holds white space or a line break');
    if (maskUrlCredentials(u) && credentials === 'refuse')
        throw new FormatError('it holds a user name or password: give credentials in their own secret input', {
            hideInput: true,
        });
    if (!protocols.includes(u.protocol))
        throw new FormatError(`scheme ${u.protocol.replace(/:$/, '')} is not supported`);
    return u;
}
/** Masks the credentials of `u` (or of the URL in `raw`); whether it had any. */
function maskUrlCredentials(u) {
    let url;
    try {
        url = typeof u === 'string' ? new URL(u.trim()) : u;
    }
    catch {
        return false;
    }
    // The password; or the user name when it stands alone, as a token does (https://TOKEN@host).
    const secret = url.password || url.username;
    if (secret !== '') {
        maskSecret(secret);
        maskSecret(safeDecode(secret));
    }
    return url.username !== '' || url.password !== '';
}
function safeDecode(text) {
    try {
        return decodeURIComponent(text);
    }
    catch {
        return text;
    }
}
/**
 * A URL path such as /health, sent to a host the action chose: never one that names a host of its
 * own (`//other-host/x`, or `/\other-host` which URL parsers read the same way), climbs with `.`
 * or `..` segments, or holds white space or a fragment.
 */
const urlPath = () => kind('a path such as /health', (raw) => {
    const t = raw.trim();
    if (!/^\/[^\s#]*$/.test(t))
        throw new FormatError();
    if (/^\/[/\\]/.test(t) || t.includes('\\'))
        throw new FormatError('a path starting with // or holding \\ names another host');
    if (hasDotSegment(t.split('?')[0] ?? ''))
        throw new FormatError('. and .. segments are not accepted');
    return t;
});
/** Whether a `/`-separated path has a `.` or `..` segment, percent-encoded ones included. */
function hasDotSegment(path) {
    return path.split(/[/\\]/).some((seg) => /^(?:\.|%2e){1,2}$/i.test(seg));
}
/** The most items a list input takes unless it says otherwise. */
const MAX_LIST_ITEMS = 100;
/** A list separated by commas or newlines; blank items are dropped. */
function list(item, opts = {}) {
    const max = opts.max ?? MAX_LIST_ITEMS;
    return kind(`a comma- or newline-separated list of ${item.accepted}`, (raw) => {
        const parts = raw
            .split(/[\n,]/)
            .map((s) => s.trim())
            .filter((s) => s !== '');
        if (opts.min !== undefined && parts.length < opts.min)
            throw new FormatError(`at least ${opts.min} item(s)`);
        if (parts.length > max)
            throw new FormatError(`at most ${max} items, got ${parts.length}`);
        return parts.map((p) => {
            try {
                return item.parse(p);
            }
            catch (err) {
                const why = err instanceof FormatError && err.message ? `: ${err.message}` : '';
                throw new FormatError(`item ${JSON.stringify(p)} is not ${item.accepted}${why}`, { cause: err });
            }
        });
    });
}
/** A YAML or JSON document (JSON is YAML); the parse error names the line. */
const structured = () => ({
    ...kind('YAML or JSON', (raw) => parseStructured(raw), false),
    prepare: (raw) => (parseJson(raw) ? undefined : loadYaml()),
});
let yaml;
/**
 * Loads the YAML parser, which parseStructured needs for anything but plain JSON. It is most of a
 * small bundle (300 kB of smoke-test's 430 kB), so a bundle loads it on demand: readInputs does
 * for a YAML-or-JSON input, and an action that reads a YAML file calls this first.
 */
async function loadYaml() {
    yaml ??= await __nccwpck_require__.e(/* import() */ 815).then(__nccwpck_require__.t.bind(__nccwpck_require__, 8815, 19));
}
function parseStructured(raw) {
    const json = parseJson(raw);
    if (json)
        return json.value;
    if (!yaml)
        throw new Error('parseStructured: the YAML parser is not loaded; await loadYaml() first');
    try {
        return yaml.parse(raw, { prettyErrors: true, uniqueKeys: true });
    }
    catch (err) {
        const msg = err instanceof Error ? (err.message.split('\n')[0] ?? '') : String(err);
        throw new FormatError(`not valid YAML or JSON: ${oneLine(msg)}`, { cause: err });
    }
}
/**
 * A JSON object or array as YAML reads it, or undefined when `raw` is not one. JSON.parse keeps
 * the last of a repeated key where YAML (uniqueKeys) refuses the document, so such a text is
 * left to YAML to say so.
 */
function parseJson(raw) {
    const text = raw.trim();
    if (!text.startsWith('{') && !text.startsWith('['))
        return undefined;
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        return undefined;
    }
    return hasRepeatedKey(text) ? undefined : { value };
}
/** Whether an object in `json` (valid JSON) names a key twice. */
function hasRepeatedKey(json) {
    const open = [];
    for (let i = 0; i < json.length; i++) {
        const c = json[i];
        if (c === '{')
            open.push(new Set());
        else if (c === '[')
            open.push(undefined);
        else if (c === '}' || c === ']')
            open.pop();
        else if (c === '"') {
            let end = i + 1;
            while (json[end] !== '"')
                end += json[end] === '\\' ? 2 : 1;
            const keys = open.at(-1);
            let next = end + 1;
            while (json[next] === ' ' || json[next] === '\t' || json[next] === '\n' || json[next] === '\r')
                next++;
            if (keys && json[next] === ':') {
                const key = JSON.parse(json.slice(i, end + 1));
                if (keys.has(key))
                    return true;
                keys.add(key);
            }
            i = end;
        }
    }
    return false;
}
/**
 * The text of a YAML or JSON value as a person wrote it: strings as they are, numbers and booleans
 * in their usual form (YAML reads `version: 2` as a number), anything else as JSON.
 */
function valueText(v) {
    if (typeof v === 'string')
        return v;
    if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint')
        return v.toString();
    return JSON.stringify(v) ?? 'undefined';
}

;// CONCATENATED MODULE: ./packages/core/src/summary.ts




/** Escapes a value for a Markdown table cell; secrets are redacted. */
function cell(value) {
    const s = value === undefined || value === null ? '' : valueText(value);
    return redact(s).replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}
/** A GitHub-flavoured Markdown table. */
function markdownTable(header, rows) {
    const line = (cells) => `| ${cells.map(cell).join(' | ')} |`;
    return [line(header), `| ${header.map(() => '---').join(' | ')} |`, ...rows.map(line)].join('\n');
}
/**
 * Appends Markdown to the job summary. Outside a runner (no GITHUB_STEP_SUMMARY) it does nothing:
 * a local run still has the log.
 */
async function appendSummary(markdown) {
    if (!process.env.GITHUB_STEP_SUMMARY)
        return;
    await summary.addRaw(redact(markdown), true).write();
    written = true;
}
let written = false;
/** Whether this run has written to the job summary (a failure then adds none of its own). */
function summaryWritten() {
    return written;
}
/**
 * Text as a Markdown paragraph that renders as written: no HTML, no emphasis, no links made of it,
 * and, as everywhere outside text is shown, no workflow command (`inert`, which also redacts).
 */
function plainText(value) {
    return inert(value)
        .replace(/\\/g, '\\\\')
        .replace(/[<>&]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;' })[c])
        .replace(/([`*_[\]#|~])/g, '\\$1');
}

;// CONCATENATED MODULE: ./packages/core/src/action.ts



/**
 * The entry point of every action bundle: runs `main` and turns whatever ends it into what the
 * runner shows. Invalid inputs give one error line each; any other error one line, never a stack
 * trace (that goes to the debug log). A run that ends this way without having written the job
 * summary gets one saying so (`title` is the action's name): a failure at 2 a.m. is read on the
 * run's page first, and a blank there reads as "nothing happened".
 */
async function runAction(main, title = 'This step') {
    try {
        await main();
    }
    catch (err) {
        reportFailure(err, title);
        if (!summaryWritten())
            await appendSummary(failureSummary(title, err)).catch(() => undefined);
    }
}
function failureSummary(title, err) {
    if (err instanceof InvalidInputs)
        return [
            `### ⛔ ${title}: inputs refused, nothing was done`,
            '',
            ...err.errors.map((e) => `- ${plainText(e.message)}`),
            '',
            'Every input is checked before anything is touched; fix these and run again.',
            '',
        ].join('\n');
    const message = err instanceof ActionFailure ? err.message : describeError(err);
    // An explained SDK error says what happened, then " — " what to do (packages/azure/src/explain.ts,
    // packages/storage/src/s3-errors.ts): the reader at 2 a.m. gets the two apart.
    const cut = message.indexOf(' — ');
    const cause = cut > 0 ? message.slice(0, cut) : message;
    const next = cut > 0 ? message.slice(cut + 3) : undefined;
    return [
        `### ❌ ${title} failed`,
        '',
        plainText(cause),
        '',
        ...(next ? [`**What now:** ${plainText(next)}`, ''] : []),
    ].join('\n');
}
/** The run's one error annotation (its title names the action), or one per invalid input. */
function reportFailure(err, title = 'This step') {
    if (err instanceof InvalidInputs) {
        for (const e of err.errors)
            log_log.error(e.message, { title: 'Invalid input' });
        process.exitCode = 1;
        return;
    }
    if (err instanceof Error && err.stack)
        log_log.debug(err.stack);
    log_log.failed(err instanceof ActionFailure ? err.message : describeError(err), { title: `${title} failed` });
}

;// CONCATENATED MODULE: ./packages/core/src/env.ts
/**
 * Environment variable names an action must not set for later steps (GITHUB_ENV, or its own
 * exports): the runner's own, and those that make a program, a shell, a loader or a language
 * runtime load or run something at start-up, so that a value written there (a secret from a vault,
 * say) would change every later step rather than be read by one.
 */
const RESERVED_PREFIXES = (/* unused pure expression or super */ null && ([
    // The runner's, and what it hands to each step (inputs, saved state).
    'GITHUB_',
    'RUNNER_',
    'ACTIONS_',
    'INPUT_',
    'STATE_',
    // The dynamic loaders (glibc, musl, macOS).
    'LD_',
    'DYLD_',
    // Exported bash functions (BASH_FUNC_name%%) and git's configuration and helpers.
    'BASH_FUNC_',
    'GIT_',
]));
const RESERVED_NAMES = new Set([
    'CI',
    'HOME',
    'PATH',
    'SHELL',
    'TMPDIR',
    'IFS',
    // Shell start-up: bash reads BASH_ENV (non-interactive) and ENV (sh mode), zsh ZDOTDIR; bash
    // runs PROMPT_COMMAND, expands PS4 under xtrace, and SHELLOPTS/BASHOPTS switch its options.
    'BASH_ENV',
    'ENV',
    'ZDOTDIR',
    'PROMPT_COMMAND',
    'PS4',
    'SHELLOPTS',
    'BASHOPTS',
    'CDPATH',
    'GLOBIGNORE',
    // Language runtimes that load code or options from the environment.
    'NODE_OPTIONS',
    'NODE_PATH',
    'NODE_EXTRA_CA_CERTS',
    'PYTHONSTARTUP',
    'PYTHONPATH',
    'PYTHONHOME',
    'PERL5OPT',
    'PERL5LIB',
    'PERLLIB',
    'RUBYOPT',
    'RUBYLIB',
    'JAVA_TOOL_OPTIONS',
    '_JAVA_OPTIONS',
    'JDK_JAVA_OPTIONS',
    'DOTNET_STARTUP_HOOKS',
    'PSMODULEPATH',
    // Trust stores: a value there decides which servers every later step believes.
    'SSL_CERT_FILE',
    'SSL_CERT_DIR',
    'CURL_CA_BUNDLE',
    'REQUESTS_CA_BUNDLE',
]);
/** Why `name` may not be set for later steps, or undefined when it may. Case-insensitive (Windows). */
function reservedEnvName(name) {
    const upper = name.toUpperCase();
    const prefix = RESERVED_PREFIXES.find((p) => upper.startsWith(p));
    if (prefix)
        return `${name} belongs to the runner or changes how later steps run (as every ${prefix}* name)`;
    if (RESERVED_NAMES.has(upper))
        return `${name} belongs to the runner or changes how later steps run`;
    return undefined;
}

;// CONCATENATED MODULE: external "node:timers/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers/promises");
;// CONCATENATED MODULE: ./packages/core/src/sleep.ts

/**
 * Rejects with `signal`'s reason once it aborts (at once if it has): what a wait races to end early.
 * Never resolves; its rejection is handled, so racing it is optional.
 */
function whenAborted(signal) {
    const aborted = new Promise((_, reject) => {
        const fail = () => reject(signal.reason instanceof Error ? signal.reason : new Error('aborted'));
        if (signal.aborted)
            fail();
        else
            signal.addEventListener('abort', fail, { once: true });
    });
    aborted.catch(() => { });
    return aborted;
}
/** Waits `ms`, or less when `signal` aborts: then rejects with the signal's reason. */
async function sleep(ms, signal) {
    signal?.throwIfAborted();
    if (ms <= 0)
        return;
    try {
        await (0,promises_namespaceObject.setTimeout)(ms, undefined, { signal });
    }
    catch (err) {
        // timers/promises wraps the reason in a generic AbortError; callers want the reason itself.
        if (signal?.aborted)
            throw signal.reason;
        throw err;
    }
}

;// CONCATENATED MODULE: ./packages/core/src/retry.ts

/** Full-jitter exponential backoff: a random wait in [0, min(max, base·2^n)]. */
function backoffDelay(attempt, base, max, random = Math.random) {
    return Math.floor(random() * Math.min(max, base * 2 ** attempt));
}
/**
 * Parses a Retry-After header (delta-seconds or an HTTP date) into ms from `now`;
 * undefined when absent or unreadable.
 */
function parseRetryAfter(header, now = Date.now()) {
    if (!header)
        return undefined;
    const t = header.trim();
    if (/^\d+$/.test(t))
        return Number(t) * 1000;
    const at = Date.parse(t);
    return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}
/**
 * Runs `fn` until it succeeds, the error is not retryable, the attempts are spent or the deadline
 * would pass. Waits honour Retry-After (never shorter than the server asked), are bounded by the
 * deadline and end at once when `signal` aborts. The last error is rethrown.
 */
async function retry(fn, opts) {
    for (let attempt = 0;; attempt++) {
        opts.signal?.throwIfAborted();
        try {
            return await fn(attempt);
        }
        catch (err) {
            if (opts.signal?.aborted)
                throw err;
            const decision = opts.classify(err);
            if (!decision.retry || attempt + 1 >= opts.attempts)
                throw err;
            const jitter = backoffDelay(attempt, opts.baseDelayMs, opts.maxDelayMs, opts.random);
            const delayMs = Math.max(jitter, decision.retryAfterMs ?? 0);
            if (opts.deadline !== undefined && Date.now() + delayMs >= opts.deadline)
                throw err;
            opts.onRetry?.({ attempt: attempt + 1, delayMs, error: err });
            await sleep(delayMs, opts.signal);
        }
    }
}

;// CONCATENATED MODULE: ./packages/core/src/outputs.ts

/**
 * Sets an action's outputs. The names come from the action's spec (`outputs`), which a metadata
 * test holds equal to action.yml, so an output can be neither misspelt nor left undeclared.
 */
function setOutputs(declared, values) {
    for (const name of declared) {
        const value = values[name];
        if (value !== undefined)
            setOutput(name, String(value));
    }
}
/** What a step output's name may be: a letter or `_`, then letters, digits, `-` and `_`. */
const OUTPUT_NAME = /^[A-Za-z_][A-Za-z0-9_-]*$/;
/**
 * Sets outputs whose names come from the user's input (e.g. one per secret read), which action.yml
 * cannot declare: a JavaScript action's undeclared outputs still reach `steps.<id>.outputs`. The
 * caller validates the names (OUTPUT_NAME) with its inputs, before any side effect.
 */
function setNamedOutputs(values) {
    for (const [name, value] of Object.entries(values)) {
        if (!OUTPUT_NAME.test(name))
            throw new Error(`not an output name: ${name}`);
        core.setOutput(name, value);
    }
}

;// CONCATENATED MODULE: ./packages/core/src/cancel.ts

/** GitHub cancels a step with SIGINT, then SIGTERM this long after it… */
const CANCEL_SIGTERM_AFTER_MS = 7_500;
/** …then SIGKILL 2.5 s after that: this long after SIGINT. */
const CANCEL_WINDOW_MS = 10_000;
/**
 * `onCancel` turns the first signal into an abort of `what` (the caller's own flow then puts
 * production back in a safe state), and a watchdog ends the process with `ifStuck` said before
 * SIGKILL would end it silently, leaving the rest to the post step.
 */
function onCancel(opts) {
    const cancel = new AbortController();
    const handler = (signal) => {
        if (cancel.signal.aborted)
            return;
        log.warning(`Received ${signal}: cancelling ${opts.what}`);
        cancel.abort(new Error(`received ${signal}`));
        setTimeout(() => {
            log.error(opts.ifStuck);
            process.exit(1);
        }, CANCEL_WINDOW_MS - 1000).unref();
    };
    process.on('SIGINT', handler);
    process.on('SIGTERM', handler);
    return cancel;
}

;// CONCATENATED MODULE: ./packages/core/src/advice.ts

/**
 * What to do about a connection that failed, said with the host it was for: shared by the Azure
 * and S3 explanations (packages/azure/src/explain.ts, packages/storage/src/s3-errors.ts) and any
 * other client. Reads the socket error's code wherever the client wrapped it (cause, an
 * AggregateError's errors) and the host from the error's request URL or the socket's own fields.
 */
const TLS_CODE = /CERT|SSL|TLS|SELF_SIGNED|UNABLE_TO_VERIFY|DEPTH_ZERO/;
const NETWORK_CODE = /^(ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|EPIPE|ETIMEDOUT|UND_ERR_\w*TIMEOUT|UND_ERR_SOCKET)$|CERT|SSL|TLS|SELF_SIGNED|UNABLE_TO_VERIFY|DEPTH_ZERO/;
/**
 * A connection that failed, with the host it was for (the error's request URL, or the socket
 * error's own hostname/address and port).
 */
function networkAdvice(err) {
    const chain = errorChain(err);
    const s = chain.find((e) => NETWORK_CODE.test(String(e.code)));
    const code = s?.code ?? codeInText(chain.map((e) => e.message).join('\n'));
    if (!code)
        return undefined;
    const url = requestUrl(err);
    const host = url?.host ?? s?.hostname ?? s?.host ?? (s?.address ? `${s.address}${s.port ? `:${s.port}` : ''}` : '');
    // Some clients wrap the socket error and drop its fields ("connect ECONNREFUSED 127.0.0.1:9" stays).
    const said = new RegExp(`${code} ([^\\s,;)]+)`).exec(chain.map((e) => e.message).join('\n'))?.[1];
    const where = host || said || 'the service';
    if (code === 'ENOTFOUND' || code === 'EAI_AGAIN')
        return `the name ${where} does not resolve from this runner: check the spelling of the input that names it, and for a private endpoint that the runner uses its private DNS zone`;
    if (code === 'ECONNREFUSED')
        return `nothing accepts connections at ${where}: check the host and port, and that the service is running and its network rules let this runner in`;
    if (/TIMEDOUT|TIMEOUT/.test(code))
        return `${where} did not answer in time: check that the runner can reach it (firewall, private network, or a proxy set in HTTPS_PROXY)`;
    if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET' || code === 'EPIPE')
        return `${where} closed the connection: a proxy or firewall on the way may be cutting it; running again may pass`;
    if (code === 'ERR_TLS_CERT_ALTNAME_INVALID')
        return `the certificate of ${where} does not name that host: use the host name the certificate is for`;
    if (TLS_CODE.test(code))
        return `the certificate of ${where} is not trusted by this runner: if a proxy inspects TLS, give its CA certificate in NODE_EXTRA_CA_CERTS`;
    return undefined;
}
function codeInText(text) {
    return /\b(ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ETIMEDOUT|ECONNRESET|UND_ERR_CONNECT_TIMEOUT|SELF_SIGNED_CERT_IN_CHAIN|UNABLE_TO_VERIFY_LEAF_SIGNATURE|DEPTH_ZERO_SELF_SIGNED_CERT|ERR_TLS_CERT_ALTNAME_INVALID)\b/.exec(text)?.[1];
}
const advice_isError = (value) => value instanceof Error || external_node_util_.types.isNativeError(value);
/** The error and its causes (fetch and the SDKs wrap the socket's error), and an AggregateError's errors. */
function errorChain(err) {
    const out = [];
    const visit = (e, depth) => {
        if (!advice_isError(e) || depth > 6 || out.includes(e))
            return;
        out.push(e);
        visit(e.cause, depth + 1);
        for (const inner of e.errors ?? [])
            visit(inner, depth + 1);
    };
    visit(err, 0);
    return out;
}
function requestUrl(err) {
    for (const e of errorChain(err)) {
        const url = e.request?.url;
        if (typeof url === 'string')
            try {
                return new URL(url);
            }
            catch {
                return undefined;
            }
    }
    return undefined;
}

;// CONCATENATED MODULE: ./packages/core/src/index.ts

















/***/ }),

/***/ 9691:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   kT: () => (/* binding */ ProxyAgent)
/* harmony export */ });
/* unused harmony exports DispatcherOnDemand, fetch */
let loading;
const undici = () => (loading ??= __nccwpck_require__.e(/* import() */ 752).then(__nccwpck_require__.t.bind(__nccwpck_require__, 6752, 19)));
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


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(6831);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
