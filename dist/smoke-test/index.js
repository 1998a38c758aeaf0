import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 3030:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _deploy_actions_core__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4399);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(5810);


await (0,_deploy_actions_core__WEBPACK_IMPORTED_MODULE_0__/* .runAction */ .Cs)(_main_js__WEBPACK_IMPORTED_MODULE_1__/* .run */ .e, 'Smoke test');

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 5810:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

// UNUSED EXPORTS: summaryMarkdown

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
// EXTERNAL MODULE: ./packages/core/src/index.ts + 29 modules
var core_src = __nccwpck_require__(4399);
;// CONCATENATED MODULE: ./packages/probe/src/jsonpath.ts

const JSON_PATH_FORM = 'a JSON path such as $.status, $.checks[0].name or $["build-id"]';
function parseJsonPath(text) {
    const t = text.trim();
    if (!t.startsWith('$'))
        throw new core_src/* FormatError */.IF('it must start with $');
    const segments = [];
    let i = 1;
    while (i < t.length) {
        const rest = t.slice(i);
        const dot = /^\.([A-Za-z_$][\w$-]*)/.exec(rest);
        const index = /^\[(-?\d+)\]/.exec(rest);
        const quoted = /^\[(?:'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)")\]/.exec(rest);
        if (dot?.[1] !== undefined) {
            segments.push(dot[1]);
            i += dot[0].length;
        }
        else if (index?.[1] !== undefined) {
            segments.push(Number(index[1]));
            i += index[0].length;
        }
        else if (quoted) {
            segments.push((quoted[1] ?? quoted[2] ?? '').replace(/\\(.)/g, '$1'));
            i += quoted[0].length;
        }
        else {
            throw new core_src/* FormatError */.IF(`unexpected ${JSON.stringify(rest.slice(0, 12))} at position ${i + 1}`);
        }
    }
    return { text: t, segments };
}
/** The value at `path`, or `found: false` when any step is missing. */
function evaluateJsonPath(doc, path) {
    let cur = doc;
    for (const seg of path.segments) {
        if (typeof seg === 'number') {
            if (!Array.isArray(cur))
                return { found: false };
            const idx = seg < 0 ? cur.length + seg : seg;
            if (idx < 0 || idx >= cur.length)
                return { found: false };
            cur = cur[idx];
        }
        else {
            if (cur === null || typeof cur !== 'object' || Array.isArray(cur) || !Object.hasOwn(cur, seg))
                return { found: false };
            cur = cur[seg];
        }
    }
    return { found: true, value: cur };
}

;// CONCATENATED MODULE: ./packages/probe/src/expectations.ts


const STATUS_FORM = 'a status such as 200, 2xx, 200-299, or a list of those';
function parseStatus(spec) {
    const items = Array.isArray(spec) ? spec : typeof spec === 'string' ? spec.split(',') : [spec];
    if (items.length === 0)
        throw new core_src/* FormatError */.IF();
    const ranges = items.map((raw) => {
        const t = String(raw).trim().toLowerCase();
        let m;
        if ((m = /^([1-5])xx$/.exec(t)))
            return [Number(m[1]) * 100, Number(m[1]) * 100 + 99];
        if ((m = /^(\d{3})-(\d{3})$/.exec(t)) && Number(m[1]) <= Number(m[2]))
            return [Number(m[1]), Number(m[2])];
        if (/^\d{3}$/.test(t) && Number(t) >= 100 && Number(t) <= 599)
            return [Number(t), Number(t)];
        throw new core_src/* FormatError */.IF(`${JSON.stringify(raw)} is not a status`);
    });
    const text = items.map((i) => String(i).trim()).join(',');
    return { text, matches: (s) => ranges.some(([lo, hi]) => s >= lo && s <= hi) };
}
const RETRYABLE_STATUSES = new Set([408, 425, 429]);
function judge(res, exp) {
    if (!res.ok)
        return { failures: [res.error], retryable: true };
    const failures = [];
    let version;
    if (res.redirectRefused)
        failures.push(res.redirectRefused);
    const statusOk = exp.status.matches(res.status);
    if (!statusOk)
        failures.push(`status ${res.status}, expected ${exp.status.text}${bodyHint(res.body)}`);
    let doc;
    let parsed = false;
    const needsJson = exp.json.length > 0 || exp.version?.source.kind === 'json';
    if (needsJson) {
        try {
            doc = JSON.parse(res.body);
            parsed = true;
        }
        catch {
            failures.push(res.truncated ? 'body is larger than 1 MiB; JSON not read' : `body is not JSON${bodyHint(res.body)}`);
        }
    }
    if (parsed) {
        for (const e of exp.json) {
            const problem = judgeJson(doc, e);
            if (problem)
                failures.push(problem);
        }
    }
    for (const text of exp.contains)
        if (!res.body.includes(text))
            failures.push(`body does not contain ${JSON.stringify(text)}`);
    if (exp.regex && !exp.regex.test(res.body))
        failures.push(`body does not match /${exp.regex.source}/`);
    if (exp.maxLatencyMs !== undefined && res.latencyMs > exp.maxLatencyMs) {
        failures.push(`took ${(0,core_src/* formatDuration */.a3)(res.latencyMs)}, over max-latency ${(0,core_src/* formatDuration */.a3)(exp.maxLatencyMs)}`);
    }
    if (exp.version) {
        const src = exp.version.source;
        if (src.kind === 'header') {
            version = res.headers.get(src.name) ?? undefined;
        }
        else if (parsed) {
            const v = evaluateJsonPath(doc, src.path);
            if (v.found && v.value !== null && typeof v.value !== 'object')
                version = (0,core_src/* valueText */.Ru)(v.value);
        }
        const where = src.kind === 'header' ? `header ${src.name}` : src.path.text;
        if (version === undefined)
            failures.push(`version not found at ${where}`);
        else if (version !== exp.version.expected)
            failures.push(`serves version ${version}, expected ${exp.version.expected}`);
    }
    // A plain 4xx (other than 408/425/429) will not turn into a pass by asking again.
    const clientError = !statusOk && res.status >= 400 && res.status < 500 && !RETRYABLE_STATUSES.has(res.status);
    return { failures, version, retryable: !clientError };
}
function judgeJson(doc, e) {
    const got = evaluateJsonPath(doc, e.path);
    const shown = got.found ? JSON.stringify(got.value) : 'missing';
    switch (e.op) {
        case 'exists':
            if (got.found !== e.exists)
                return `${e.path.text} is ${got.found ? 'present' : 'missing'}, expected ${e.exists ? 'present' : 'absent'}`;
            return undefined;
        case 'equals':
            if (!got.found || !sameValue(got.value, e.value))
                return `${e.path.text} is ${(0,core_src/* redact */.E$)(shown)}, expected ${JSON.stringify(e.value)}`;
            return undefined;
        case 'matches':
            if (!got.found || !e.regex.test(scalarText(got.value)))
                return `${e.path.text} is ${(0,core_src/* redact */.E$)(shown)}, expected to match /${e.regex.source}/`;
            return undefined;
        case 'one-of':
            if (!got.found || !e.values.some((v) => sameValue(got.value, v))) {
                return `${e.path.text} is ${(0,core_src/* redact */.E$)(shown)}, expected one of ${JSON.stringify(e.values)}`;
            }
            return undefined;
    }
}
/**
 * Scalars compare by their text, since YAML turns `version: 2` into a number while the service
 * may answer "2"; objects and arrays compare deeply.
 */
function sameValue(a, b) {
    const scalar = (v) => v === null || typeof v !== 'object';
    if (scalar(a) && scalar(b))
        return (0,core_src/* valueText */.Ru)(a) === (0,core_src/* valueText */.Ru)(b);
    return JSON.stringify(a) === JSON.stringify(b);
}
function scalarText(v) {
    return typeof v === 'string' ? v : JSON.stringify(v);
}
function bodyHint(body) {
    const t = body.trim().replace(/\s+/g, ' ');
    if (!t)
        return '';
    return `; body: ${(0,core_src/* redact */.E$)(t.length > 120 ? `${t.slice(0, 120)}…` : t)}`;
}

;// CONCATENATED MODULE: ./packages/probe/src/thresholds.ts

const THRESHOLD_FORM = 'a threshold such as p95<500ms, p99<=1s, avg<200ms, max<2s or error-rate<1%';
function parseThreshold(text) {
    const m = /^\s*(p50|p90|p95|p99|avg|min|max|error-rate)\s*(<=?)\s*(\S+)\s*$/.exec(text);
    if (!m)
        throw new core_src/* FormatError */.IF();
    const [, stat, op, value] = m;
    let limit;
    if (stat === 'error-rate') {
        const pct = /^(\d+(?:\.\d+)?)%$/.exec(value);
        limit = pct ? Number(pct[1]) / 100 : undefined;
        if (limit === undefined || limit > 1)
            throw new core_src/* FormatError */.IF('error-rate takes a percentage such as 1%');
    }
    else {
        limit = (0,core_src/* parseDuration */.E9)(value);
        if (limit === undefined)
            throw new core_src/* FormatError */.IF(`${JSON.stringify(value)} is not a duration such as 500ms or 1s`);
    }
    return { text: `${stat}${op}${value}`, stat, inclusive: op === '<=', limit };
}
/** Whether `value` (ms, or a fraction for error-rate) keeps within `t`: below it, or at it for `<=`. */
function within(t, value) {
    return t.inclusive ? value <= t.limit : value < t.limit;
}
/** An error rate (a fraction) as the log shows it: "1.5%". */
function formatRate(fraction) {
    return `${(fraction * 100).toFixed(1)}%`;
}
function isPercentile(t) {
    return /^p\d+$/.test(t.stat);
}
function judgeThreshold(t, latency, errorRate) {
    const actual = t.stat === 'error-rate' ? errorRate : latency?.[t.stat];
    if (actual === undefined || Number.isNaN(actual))
        return { threshold: t.text, actual: 'no samples', passed: false };
    const shown = t.stat === 'error-rate' ? formatRate(actual) : (0,core_src/* formatDuration */.a3)(actual);
    return { threshold: t.text, actual: shown, passed: within(t, actual) };
}

;// CONCATENATED MODULE: ./packages/probe/src/checks.ts




const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];
const KEYS = [
    'name',
    'url',
    'method',
    'headers',
    'body',
    'status',
    'json',
    'contains',
    'regex',
    'max-latency',
    'version',
    'samples',
    'warmup',
    'thresholds',
    'request-timeout',
    'check-timeout',
    'critical',
];
const JSON_OPS = ['equals', 'matches', 'exists', 'one-of'];
/** Header values that are never secret; every other header value a check sends is masked. */
const PLAIN_HEADERS = new Set([
    'accept',
    'accept-encoding',
    'accept-language',
    'cache-control',
    'content-type',
    'pragma',
    'user-agent',
    'x-requested-with',
    'origin',
    'referer',
]);
/** Query parameters whose values look like credentials. */
const SECRET_QUERY = /token|key|secret|sig|signature|password|passwd|code|auth|session|credential/i;
/**
 * Parses a check list (already loaded from YAML/JSON) given in `input`. Every problem is added to
 * `issues` with the check it belongs to; the checks returned are only meaningful when none was.
 */
function parseChecks(doc, input, defaults, issues) {
    const list = isRecord(doc) && Object.keys(doc).length === 1 && Array.isArray(doc.checks) ? doc.checks : doc;
    if (!Array.isArray(list)) {
        issues.add(input, 'must be a list of checks, each with at least a url (YAML or JSON)');
        return [];
    }
    if (list.length === 0) {
        issues.add(input, 'has no checks: give at least one, e.g. - url: https://app.example.com/health');
        return [];
    }
    if (list.length > core_src/* MAX_LIST_ITEMS */.HD) {
        issues.add(input, `has ${list.length} checks: at most ${core_src/* MAX_LIST_ITEMS */.HD}`);
        return [];
    }
    const checks = [];
    const seen = new Map();
    list.forEach((item, i) => {
        const check = parseCheck(item, i + 1, input, defaults, issues);
        // Names are compared even for checks with other problems, so every problem shows at once.
        const name = check?.name ?? (isRecord(item) && typeof item.name === 'string' ? item.name : undefined);
        const first = name === undefined ? undefined : seen.get(name);
        if (first !== undefined) {
            issues.add(input, `has the name ${JSON.stringify(name)} already used by check ${first}: names must be unique`, `check ${i + 1}`);
        }
        else if (name !== undefined) {
            seen.set(name, i + 1);
        }
        if (check)
            checks.push(check);
    });
    return checks;
}
function parseCheck(item, n, input, d, issues) {
    if (typeof item === 'string')
        item = { url: item };
    const label = isRecord(item) && typeof item.name === 'string' ? `check ${n} ${JSON.stringify(item.name)}` : `check ${n}`;
    const before = issues.count;
    const bad = (key, problem) => issues.add(input, `'${key}' ${problem}`, label);
    if (!isRecord(item)) {
        issues.add(input, 'must be a mapping with at least a url, or a URL string', label);
        return undefined;
    }
    for (const key of Object.keys(item)) {
        if (!KEYS.includes(key)) {
            const hint = closest(key, KEYS);
            issues.add(input, `has the unknown key '${key}'${hint ? ` (did you mean '${hint}'?)` : ''}; known keys: ${KEYS.join(', ')}`, label);
        }
    }
    const url = parseCheckUrl(item.url, d.baseUrl, (p) => bad('url', p), d.baseUrlRefused);
    const method = (0,core_src/* valueText */.Ru)(item.method ?? 'GET').toUpperCase();
    if (!METHODS.includes(method))
        bad('method', `must be one of ${METHODS.join(', ')}; got ${JSON.stringify(item.method)}`);
    const name = item.name === undefined ? (url ? `${method} ${url.pathname}` : `check ${n}`) : item.name;
    if (typeof name !== 'string' || name.trim() === '')
        bad('name', 'must be a non-empty string');
    const headers = {};
    if (item.headers !== undefined) {
        if (!isRecord(item.headers))
            bad('headers', 'must be a mapping of header name to value');
        else {
            for (const [k, v] of Object.entries(item.headers)) {
                if (!/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(k))
                    bad('headers', `has an invalid header name ${JSON.stringify(k)}`);
                else if (v === null || typeof v === 'object')
                    bad('headers', `value of ${k} must be a string`);
                // fetch would refuse it only when the request is sent; the value is not quoted (it may be a secret).
                // eslint-disable-next-line no-control-regex
                else if (/[\u0000-\u0008\u000a-\u001f\u007f]/.test((0,core_src/* valueText */.Ru)(v)))
                    bad('headers', `value of ${k} holds a line break or control character: a header value is one line`);
                else {
                    headers[k] = (0,core_src/* valueText */.Ru)(v);
                    if (!PLAIN_HEADERS.has(k.toLowerCase()))
                        (0,core_src/* maskSecret */.$l)(headers[k]);
                }
            }
        }
    }
    // Credentials in the URL mean HTTP Basic authentication, as with curl. fetch refuses such URLs,
    // so they travel as a header (masked like any other), unless the check sets its own.
    const hasAuthorization = Object.keys(headers).some((h) => h.toLowerCase() === 'authorization');
    if (url && (url.username || url.password) && !hasAuthorization) {
        const userinfo = `${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`;
        headers.authorization = `Basic ${Buffer.from(userinfo).toString('base64')}`;
        (0,core_src/* maskSecret */.$l)(headers.authorization);
    }
    let body;
    if (item.body !== undefined && item.body !== null) {
        if (typeof item.body === 'string')
            body = item.body;
        else {
            body = JSON.stringify(item.body);
            if (!Object.keys(headers).some((h) => h.toLowerCase() === 'content-type'))
                headers['content-type'] = 'application/json';
        }
        if (method === 'GET' || method === 'HEAD')
            bad('body', `cannot be sent with ${method}; use POST, PUT or PATCH`);
    }
    let status = parseStatus('2xx');
    if (item.status !== undefined) {
        try {
            status = parseStatus(item.status);
        }
        catch (err) {
            bad('status', `must be ${STATUS_FORM}${detail(err)}`);
        }
    }
    const json = parseJsonExpectations(item.json, (p) => bad('json', p));
    const contains = item.contains === undefined
        ? []
        : Array.isArray(item.contains)
            ? item.contains.map(core_src/* valueText */.Ru)
            : [(0,core_src/* valueText */.Ru)(item.contains)];
    const regex = item.regex === undefined ? undefined : parseRegex(item.regex, (p) => bad('regex', p));
    const maxLatencyMs = item['max-latency'] === undefined ? undefined : durationOf(item['max-latency'], (p) => bad('max-latency', p));
    const version = item.version === undefined ? undefined : parseVersion(item.version, d.expectedVersion, (p) => bad('version', p));
    const samples = item.samples === undefined ? d.samples : countOf(item.samples, 1, 1000, (p) => bad('samples', p));
    const warmup = item.warmup === undefined ? d.warmup : countOf(item.warmup, 0, 100, (p) => bad('warmup', p));
    const thresholds = parseThresholds(item.thresholds, (p) => bad('thresholds', p));
    for (const t of thresholds) {
        if (isPercentile(t) && samples !== undefined && samples < d.minSamples) {
            bad('thresholds', `${t.text} is judged from at least ${d.minSamples} samples (min-samples) but this check takes ${samples}: set samples to ${d.minSamples} or more`);
        }
    }
    const requestTimeoutMs = item['request-timeout'] === undefined
        ? d.requestTimeoutMs
        : durationOf(item['request-timeout'], (p) => bad('request-timeout', p), 1);
    const checkTimeoutMs = item['check-timeout'] === undefined
        ? d.checkTimeoutMs
        : durationOf(item['check-timeout'], (p) => bad('check-timeout', p));
    const critical = item.critical === undefined ? true : item.critical;
    if (typeof critical !== 'boolean')
        bad('critical', 'must be true or false');
    if (issues.count > before || !url || samples === undefined || warmup === undefined)
        return undefined;
    return {
        name: (0,core_src/* valueText */.Ru)(name),
        url: withoutCredentials(url),
        displayUrl: displayUrl(url),
        method,
        headers,
        body,
        status,
        json,
        contains,
        regex,
        maxLatencyMs,
        version,
        samples,
        warmup,
        thresholds,
        requestTimeoutMs: requestTimeoutMs ?? d.requestTimeoutMs,
        checkTimeoutMs: checkTimeoutMs ?? d.checkTimeoutMs,
        critical: critical === true,
    };
}
function parseCheckUrl(raw, base, bad, baseRefused = false) {
    if (typeof raw !== 'string' || raw.trim() === '') {
        bad('is required: an absolute http(s) URL, or a path such as /health with the base-url input');
        return undefined;
    }
    const absolute = /^[a-z][a-z0-9+.-]*:/i.test(raw.trim());
    if (!absolute && !base) {
        if (baseRefused)
            return undefined;
        bad(`${JSON.stringify(raw)} is relative: give an absolute http(s) URL or set the base-url input`);
        return undefined;
    }
    let url;
    try {
        // A base's path is kept: base https://h/api + /health → https://h/api/health.
        url = absolute ? new URL(raw.trim()) : new URL(joinPath(base, raw.trim()));
    }
    catch {
        bad(`must be an absolute http(s) URL such as https://app.example.com/health; got ${JSON.stringify(raw)}`);
        return undefined;
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
        bad(`must be an http or https URL; got scheme ${url.protocol.replace(/:$/, '')}`);
        return undefined;
    }
    if (url.password)
        (0,core_src/* maskSecret */.$l)(decodeURIComponent(url.password));
    for (const [k, v] of url.searchParams)
        if (SECRET_QUERY.test(k))
            (0,core_src/* maskSecret */.$l)(v);
    return url;
}
function joinPath(base, path) {
    const b = new URL(base.href);
    const [p, q] = path.split('?', 2);
    b.pathname = `${b.pathname.replace(/\/+$/, '')}/${p.replace(/^\/+/, '')}`;
    if (q !== undefined)
        b.search = q;
    return b.href;
}
function withoutCredentials(url) {
    const u = new URL(url.href);
    u.username = '';
    u.password = '';
    return u;
}
/** The URL without credentials and with secret-looking query values masked. */
function displayUrl(url) {
    const u = new URL(url.href);
    if (u.username || u.password) {
        u.username = u.username ? '***' : '';
        u.password = '';
    }
    for (const k of [...u.searchParams.keys()])
        if (SECRET_QUERY.test(k))
            u.searchParams.set(k, '***');
    return u.href.replace(/%2A%2A%2A/g, '***');
}
function parseJsonExpectations(raw, bad) {
    if (raw === undefined)
        return [];
    if (!isRecord(raw)) {
        bad('must be a mapping of JSON path to expected value, e.g. $.status: healthy');
        return [];
    }
    const out = [];
    for (const [pathText, want] of Object.entries(raw)) {
        let path;
        try {
            path = parseJsonPath(pathText);
        }
        catch (err) {
            bad(`key ${JSON.stringify(pathText)} must be ${JSON_PATH_FORM}${detail(err)}`);
            continue;
        }
        if (!isRecord(want)) {
            out.push({ path, op: 'equals', value: want });
            continue;
        }
        const ops = Object.keys(want);
        const op = ops[0];
        if (ops.length !== 1 || !JSON_OPS.includes(op)) {
            bad(`${pathText} must be a value or one of ${JSON_OPS.map((o) => `{${o}: …}`).join(', ')}`);
            continue;
        }
        const arg = want[op];
        if (op === 'equals')
            out.push({ path, op, value: arg });
        else if (op === 'exists') {
            if (typeof arg !== 'boolean')
                bad(`${pathText}: exists must be true or false`);
            else
                out.push({ path, op, exists: arg });
        }
        else if (op === 'one-of') {
            if (!Array.isArray(arg) || arg.length === 0)
                bad(`${pathText}: one-of must be a non-empty list`);
            else
                out.push({ path, op, values: arg });
        }
        else {
            const regex = parseRegex(arg, (p) => bad(`${pathText}: matches ${p}`));
            if (regex)
                out.push({ path, op: 'matches', regex });
        }
    }
    return out;
}
function parseVersion(raw, expectedDefault, bad) {
    // Shorthand: "$.version" or "header:x-app-version".
    const shorthand = typeof raw === 'string' ? raw.trim() : undefined;
    const spec = shorthand !== undefined
        ? /^header:/i.test(shorthand)
            ? { header: shorthand.slice(7).trim() }
            : { path: shorthand }
        : isRecord(raw)
            ? raw
            : undefined;
    if (!spec) {
        bad('must be a JSON path such as $.version, header:<name>, or {path|header, equals}');
        return undefined;
    }
    for (const k of Object.keys(spec)) {
        if (!['path', 'header', 'equals'].includes(k))
            bad(`has the unknown key '${k}'; known keys: path, header, equals`);
    }
    let source;
    const header = typeof spec.header === 'string' && spec.header !== '' ? spec.header : undefined;
    const pathText = typeof spec.path === 'string' ? spec.path : undefined;
    if (header && pathText)
        bad('reads either a path or a header, not both');
    else if (header)
        source = { kind: 'header', name: header };
    else if (pathText) {
        try {
            source = { kind: 'json', path: parseJsonPath(pathText) };
        }
        catch (err) {
            bad(`path must be ${JSON_PATH_FORM}${detail(err)}`);
        }
    }
    else
        bad('needs a path (e.g. $.version) or a header to read the version from');
    const equals = spec.equals === undefined || spec.equals === null ? expectedDefault : (0,core_src/* valueText */.Ru)(spec.equals);
    if (equals === undefined || equals === '') {
        bad('needs the version to wait for: set equals, or the expected-version input');
        return undefined;
    }
    return source ? { source, expected: equals } : undefined;
}
function parseThresholds(raw, bad) {
    if (raw === undefined)
        return [];
    const items = Array.isArray(raw)
        ? raw.map(core_src/* valueText */.Ru)
        : (0,core_src/* valueText */.Ru)(raw)
            .split(',')
            .filter((s) => s.trim() !== '');
    const out = [];
    for (const t of items) {
        try {
            out.push(parseThreshold(t));
        }
        catch (err) {
            bad(`${JSON.stringify(t)} must be ${THRESHOLD_FORM}${detail(err)}`);
        }
    }
    return out;
}
function parseRegex(raw, bad) {
    if (typeof raw !== 'string') {
        bad('must be a regular expression written as a string');
        return undefined;
    }
    try {
        return new RegExp(raw);
    }
    catch (err) {
        bad(`is not a valid regular expression: ${err instanceof Error ? err.message : String(err)}`);
        return undefined;
    }
}
function durationOf(raw, bad, min = 0) {
    const ms = typeof raw === 'number' ? undefined : (0,core_src/* parseDuration */.E9)(String(raw));
    if (ms === undefined || ms < min || ms > core_src/* MAX_DURATION_MS */.rG) {
        bad(`must be ${core_src/* DURATION_FORM */.ec}${min > 0 ? ', above 0' : ''}, at most ${(0,core_src/* formatDuration */.a3)(core_src/* MAX_DURATION_MS */.rG)}; got ${JSON.stringify(raw)}`);
        return undefined;
    }
    return ms;
}
function countOf(raw, min, max, bad) {
    const n = typeof raw === 'number' ? raw : /^\d+$/.test(String(raw)) ? Number(raw) : NaN;
    if (!Number.isInteger(n) || n < min || n > max) {
        bad(`must be a whole number from ${min} to ${max}; got ${JSON.stringify(raw)}`);
        return undefined;
    }
    return n;
}
function detail(err) {
    return err instanceof core_src/* FormatError */.IF && err.message ? ` (${err.message})` : '';
}
function isRecord(v) {
    return v !== null && typeof v === 'object' && !Array.isArray(v);
}
/** The known key nearest to a misspelt one, if it is close enough to be a typo. */
function closest(key, known) {
    let best;
    let bestDist = 3;
    for (const k of known) {
        const dist = editDistance(key.toLowerCase(), k);
        if (dist < bestDist) {
            best = k;
            bestDist = dist;
        }
    }
    return best;
}
function editDistance(a, b) {
    const row = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        let prev = row[0];
        row[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const tmp = row[j];
            row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
            prev = tmp;
        }
    }
    return row[b.length];
}

;// CONCATENATED MODULE: ./packages/probe/src/http.ts

/** A response's headers, read as fetch's Headers reads them (a repeated header's values joined by ", "). */
class ResponseHeaders {
    #raw;
    constructor(raw) {
        this.#raw = raw;
    }
    get(name) {
        const value = this.#raw[name.toLowerCase()];
        return value === undefined ? null : Array.isArray(value) ? value.join(', ') : value;
    }
}
const MAX_BODY_BYTES = 1024 * 1024;
const MAX_REDIRECTS = 5;
/**
 * Sends one request and reads the response, through node:http/node:https (keep-alive through
 * their global agents). Not the global fetch: its first call loads Node's own undici and compiles
 * its WebAssembly parser, which took longer than the rest of a one-check smoke-test (npm run
 * bench, cold start). Redirects are followed by hand: within the same host
 * (an http→https upgrade included), and to another host only when the check sends no headers of
 * its own — so a token for one host never travels to another, whatever its header name.
 */
async function probe(req) {
    const started = performance.now();
    const timeout = AbortSignal.timeout(req.timeoutMs);
    const signal = req.signal ? AbortSignal.any([timeout, req.signal]) : timeout;
    let url = req.url;
    let method = req.method;
    let body = req.body;
    try {
        for (let hop = 0;; hop++) {
            const res = await send(url, method, req.headers, body, signal);
            const headers = new ResponseHeaders(res.headers);
            const location = headers.get('location');
            let redirectRefused;
            if (res.status >= 300 && res.status < 400 && location) {
                const next = new URL(location, url);
                const refusal = hop >= MAX_REDIRECTS
                    ? `more than ${MAX_REDIRECTS} redirects; the last to ${next.host} not followed`
                    : redirectRefusal(url, next, Object.keys(req.headers).length > 0);
                if (!refusal) {
                    res.destroy();
                    // 303, and 301/302 after a POST, turn into a GET without a body (as browsers do).
                    if (res.status === 303 || ((res.status === 301 || res.status === 302) && method === 'POST')) {
                        method = 'GET';
                        body = undefined;
                    }
                    url = next;
                    continue;
                }
                redirectRefused = refusal;
            }
            const read = await readCapped(res, signal);
            return {
                ok: true,
                status: res.status,
                headers,
                ...read,
                latencyMs: performance.now() - started,
                // A redirect not followed is answered as it came; any other answer may ask to wait.
                ...(redirectRefused !== undefined
                    ? { redirectRefused }
                    : { retryAfter: headers.get('retry-after') ?? undefined }),
            };
        }
    }
    catch (err) {
        const timedOut = timeout.aborted && !req.signal?.aborted;
        const error = timedOut ? `no response within ${req.timeoutMs}ms` : (0,core_src/* describeError */.Uc)(err);
        return { ok: false, error: (0,core_src/* redact */.E$)(error), timedOut, latencyMs: performance.now() - started };
    }
}
function redirectRefusal(from, to, hasHeaders) {
    if (to.protocol !== 'http:' && to.protocol !== 'https:')
        return `redirect to ${to.protocol} not followed`;
    if (from.protocol === 'https:' && to.protocol === 'http:')
        return `redirect from https to http (${to.host}) not followed`;
    if (to.hostname !== from.hostname && hasHeaders) {
        return `redirect to another host (${to.host}) not followed: it would receive this check's headers`;
    }
    return undefined;
}
/** One request, no redirect followed; resolves with the response once its headers are in. */
function send(url, method, headers, body, signal) {
    // getBuiltinModule rather than a static import: https (and tls with it) loads only for an
    // https URL, and an ESM import of node:http would evaluate its lazy getters, undici's among them.
    const { request } = url.protocol === 'https:'
        ? process.getBuiltinModule('node:https')
        : url.protocol === 'http:'
            ? process.getBuiltinModule('node:http')
            : { request: undefined };
    if (!request)
        return Promise.reject(new Error(`${url.protocol} URLs cannot be requested; use http: or https:`));
    return new Promise((resolve, reject) => {
        const sent = { ...headers };
        if (body !== undefined && !Object.keys(sent).some((h) => h.toLowerCase() === 'content-length'))
            sent['content-length'] = String(Buffer.byteLength(body));
        const clientRequest = request(url, { method, headers: sent, signal }, (res) => resolve(Object.assign(res, { status: res.statusCode ?? 0 })));
        clientRequest.on('error', reject);
        clientRequest.end(body);
    });
}
/**
 * The body as text, decoded as fetch decodes it (gzip, deflate and br content encodings), cut at
 * MAX_BODY_BYTES of decoded text.
 */
async function readCapped(res, signal) {
    const encoding = (res.headers['content-encoding'] ?? '').trim().toLowerCase();
    let stream = res;
    if (encoding && encoding !== 'identity') {
        const zlib = process.getBuiltinModule('node:zlib');
        const decoder = encoding === 'gzip' || encoding === 'x-gzip'
            ? zlib.createGunzip({ flush: zlib.constants.Z_SYNC_FLUSH, finishFlush: zlib.constants.Z_SYNC_FLUSH })
            : encoding === 'deflate'
                ? zlib.createInflate({ flush: zlib.constants.Z_SYNC_FLUSH, finishFlush: zlib.constants.Z_SYNC_FLUSH })
                : encoding === 'br'
                    ? zlib.createBrotliDecompress()
                    : undefined;
        if (decoder) {
            res.on('error', (err) => decoder.destroy(err));
            stream = res.pipe(decoder);
        }
    }
    const chunks = [];
    let size = 0;
    let truncated = false;
    try {
        for await (const chunk of stream) {
            chunks.push(chunk);
            size += chunk.byteLength;
            if (size > MAX_BODY_BYTES) {
                truncated = true;
                break;
            }
        }
    }
    finally {
        // A body cut short (or an abort) must not leave the socket in the pool half read.
        if (truncated || signal.aborted)
            res.destroy();
    }
    const buf = Buffer.concat(chunks);
    return { body: buf.subarray(0, MAX_BODY_BYTES).toString('utf8'), truncated };
}

;// CONCATENATED MODULE: ./packages/probe/src/stats.ts
/**
 * The p-quantile by linear interpolation between order statistics (R-7: numpy's default and
 * k6's), so figures match what k6 users expect. `sorted` must be ascending and non-empty.
 */
function quantile(sorted, p) {
    if (sorted.length === 0)
        return NaN;
    const i = p * (sorted.length - 1);
    const lo = Math.floor(i);
    const hi = Math.ceil(i);
    const a = sorted[lo];
    const b = sorted[hi];
    return a + (b - a) * (i - lo);
}
function latencyStats(samples) {
    if (samples.length === 0)
        return undefined;
    const s = [...samples].sort((x, y) => x - y);
    const round = (v) => Math.round(v * 10) / 10;
    return {
        n: s.length,
        min: round(s[0]),
        p50: round(quantile(s, 0.5)),
        p90: round(quantile(s, 0.9)),
        p95: round(quantile(s, 0.95)),
        p99: round(quantile(s, 0.99)),
        max: round(s[s.length - 1]),
        avg: round(s.reduce((acc, v) => acc + v, 0) / s.length),
    };
}

;// CONCATENATED MODULE: ./packages/probe/src/runner.ts





const BASE_DELAY_MS = 250;
const MAX_DELAY_MS = 5000;
/**
 * Runs checks with at most `concurrency` at once. Checks with a version gate run first: until the
 * new version answers, every other check would only judge the old one, so when a critical gate
 * fails the rest are skipped, not run against the wrong build.
 */
async function runChecks(checks, opts) {
    const gates = checks.filter((c) => c.version);
    const rest = checks.filter((c) => !c.version);
    const results = new Map();
    const record = (c, r) => {
        results.set(c, r);
        opts.onResult?.(r);
    };
    await (0,core_src/* pool */.wW)(gates, opts.concurrency, async (c) => record(c, await runCheck(c, opts)));
    const failedGate = gates.find((c) => c.critical && !results.get(c)?.passed);
    if (failedGate) {
        for (const c of rest)
            record(c, skipped(c, `not run: version gate "${failedGate.name}" failed`));
    }
    else {
        await (0,core_src/* pool */.wW)(rest, opts.concurrency, async (c) => record(c, await runCheck(c, opts)));
    }
    return checks.map((c) => results.get(c));
}
function skipped(c, reason) {
    return {
        name: c.name,
        url: c.displayUrl,
        method: c.method,
        critical: c.critical,
        passed: false,
        skipped: true,
        attempts: 0,
        warmup: 0,
        statuses: {},
        samples: 0,
        failedSamples: 0,
        thresholds: [],
        durationMs: 0,
        reason,
    };
}
/**
 * One check: warm-up requests (not judged), then attempts until one passes or the check's own
 * deadline passes (retrying what may still turn good: errors, 5xx, 429, a version not yet live),
 * then the remaining samples, judged one by one and against the thresholds.
 */
async function runCheck(c, opts = {}) {
    const started = performance.now();
    const deadline = Date.now() + c.checkTimeoutMs;
    const statuses = {};
    const send = async () => {
        const res = await probe({
            url: c.url,
            method: c.method,
            headers: c.headers,
            body: c.body,
            timeoutMs: c.requestTimeoutMs,
            signal: opts.signal,
        });
        const key = res.ok ? String(res.status) : 'error';
        statuses[key] = (statuses[key] ?? 0) + 1;
        return res;
    };
    const result = (verdict, fields) => ({
        name: c.name,
        url: c.displayUrl,
        method: c.method,
        critical: c.critical,
        warmup: c.warmup,
        statuses,
        samples: 0,
        failedSamples: 0,
        thresholds: [],
        durationMs: Math.round(performance.now() - started),
        ...(c.version ? { version: { expected: c.version.expected, served: verdict.version } } : {}),
        ...fields,
    });
    for (let i = 0; i < c.warmup && !opts.signal?.aborted; i++)
        await send();
    // Until the check passes once.
    let attempts = 0;
    let first;
    for (;;) {
        attempts++;
        const res = await send();
        const verdict = judge(res, c);
        first = { res, verdict };
        if (verdict.failures.length === 0)
            break;
        const why = verdict.failures.join('; ');
        if (opts.signal?.aborted) {
            return result(verdict, {
                passed: false,
                attempts,
                reason: `stopped by the overall timeout after ${attempts} attempt(s); last: ${why}`,
            });
        }
        if (!verdict.retryable)
            return result(verdict, { passed: false, attempts, reason: `${why} (not retried: a 4xx will not change)` });
        const retryAfter = res.ok ? (0,core_src/* parseRetryAfter */.mu)(res.retryAfter) : undefined;
        const delayMs = Math.max((0,core_src/* backoffDelay */.EY)(attempts - 1, BASE_DELAY_MS, MAX_DELAY_MS), retryAfter ?? 0);
        if (Date.now() + delayMs >= deadline) {
            const tried = c.checkTimeoutMs > 0
                ? ` after ${attempts} attempt(s) in ${Math.round((performance.now() - started) / 1000)}s`
                : '';
            return result(verdict, { passed: false, attempts, reason: `${why}${tried}` });
        }
        opts.onRetry?.(c, attempts, delayMs, why);
        try {
            await (0,core_src/* sleep */.yy)(delayMs, opts.signal);
        }
        catch {
            return result(verdict, {
                passed: false,
                attempts,
                reason: `stopped by the overall timeout after ${attempts} attempt(s); last: ${why}`,
            });
        }
    }
    // The passing attempt is the first sample; take the rest.
    const latencies = [first.res.latencyMs];
    const sampleFailures = [];
    let samples = 1;
    for (; samples < c.samples && !opts.signal?.aborted; samples++) {
        const res = await send();
        if (res.ok)
            latencies.push(res.latencyMs);
        const v = judge(res, c);
        if (v.failures.length > 0)
            sampleFailures.push(v.failures.join('; '));
    }
    const errorRate = sampleFailures.length / samples;
    const latency = latencyStats(latencies);
    const thresholds = c.thresholds.map((t) => judgeThreshold(t, latency, errorRate));
    const hasRateThreshold = c.thresholds.some((t) => t.stat === 'error-rate');
    const reasons = [];
    if (sampleFailures.length > 0 && !hasRateThreshold) {
        reasons.push(`${sampleFailures.length} of ${samples} samples failed: ${mostCommon(sampleFailures)}`);
    }
    for (const t of thresholds)
        if (!t.passed)
            reasons.push(`${t.threshold} not met: ${t.actual}`);
    if (opts.signal?.aborted && samples < c.samples)
        reasons.push(`stopped by the overall timeout after ${samples} of ${c.samples} samples`);
    return result(first.verdict, {
        passed: reasons.length === 0,
        attempts,
        samples,
        failedSamples: sampleFailures.length,
        latency,
        thresholds,
        reason: reasons.length > 0 ? reasons.join('; ') : undefined,
    });
}
function mostCommon(items) {
    const counts = new Map();
    for (const i of items)
        counts.set(i, (counts.get(i) ?? 0) + 1);
    return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
}

;// CONCATENATED MODULE: ./packages/probe/src/index.ts









;// CONCATENATED MODULE: ./actions/smoke-test/src/spec.ts

/**
 * The inputs of smoke-test. Names equal those of smoke-test/action.yml, where the defaults live
 * (the runner applies them), hence `required` for every input that has one.
 */
const inputs = {
    checks: (0,core_src/* optional */.lq)((0,core_src/* structured */.uv)()),
    'checks-file': (0,core_src/* optional */.lq)((0,core_src/* text */.Qq)()),
    url: (0,core_src/* optional */.lq)((0,core_src/* url */.OZ)({ credentials: 'secret' })),
    'base-url': (0,core_src/* optional */.lq)((0,core_src/* url */.OZ)({ credentials: 'secret' })),
    'expected-version': (0,core_src/* optional */.lq)((0,core_src/* text */.Qq)()),
    timeout: (0,core_src/* required */.mw)((0,core_src/* duration */.p0)({ min: 1000 })),
    'check-timeout': (0,core_src/* required */.mw)((0,core_src/* duration */.p0)()),
    'request-timeout': (0,core_src/* required */.mw)((0,core_src/* duration */.p0)({ min: 1 })),
    concurrency: (0,core_src/* required */.mw)((0,core_src/* integer */.nd)({ min: 1, max: 64 })),
    warmup: (0,core_src/* required */.mw)((0,core_src/* integer */.nd)({ min: 0, max: 100 })),
    samples: (0,core_src/* required */.mw)((0,core_src/* integer */.nd)({ min: 1, max: 1000 })),
    'min-samples': (0,core_src/* required */.mw)((0,core_src/* integer */.nd)({ min: 1, max: 1000 })),
    'report-file': (0,core_src/* optional */.lq)((0,core_src/* text */.Qq)()),
};
const outputs = ['passed', 'failed-checks', 'not-run-checks', 'report', 'report-file'];

;// CONCATENATED MODULE: ./actions/smoke-test/src/main.ts






async function run() {
    const issues = new core_src/* InputIssues */.b0();
    const values = await (0,core_src/* readInputs */.Ko)(inputs, issues);
    // The checks file may be YAML, whose parser loads on demand.
    if (values['checks-file'] !== undefined)
        await (0,core_src/* loadYaml */.yv)();
    const checks = loadChecks(values, issues);
    issues.throwIfAny();
    core_src/* log */.Rm.info(`Running ${checks.length} check(s): concurrency ${values.concurrency}, overall timeout ${(0,core_src/* formatDuration */.a3)(values.timeout)}, ` +
        `each check retried for up to ${(0,core_src/* formatDuration */.a3)(values['check-timeout'])}`);
    const startedAt = new Date();
    const started = performance.now();
    // The round's retries and results in one group: only this prints while the checks run.
    const closeGroup = (0,core_src/* openGroup */.Sg)(`Smoke checks: ${checks.length} check(s)`);
    const results = await runChecks(checks, {
        concurrency: values.concurrency,
        signal: AbortSignal.timeout(values.timeout),
        onRetry: (c, attempt, delayMs, why) => core_src/* log */.Rm.info(`  … ${c.name}: attempt ${attempt} failed (${why}); retrying in ${(0,core_src/* formatDuration */.a3)(delayMs)}`),
        onResult: (r) => core_src/* log */.Rm.info(resultLine(r)),
    }).finally(closeGroup);
    const report = {
        passed: results.every((r) => r.passed || !r.critical),
        startedAt: startedAt.toISOString(),
        durationMs: Math.round(performance.now() - started),
        checks: results,
    };
    for (const r of results)
        (0,core_src/* logGroup */.QT)(`Details: ${r.name}`, checkDetails(r));
    for (const r of results) {
        // A check not run is a consequence of the failure that stopped it, not a problem of its own.
        if (r.passed || r.skipped)
            continue;
        const message = `${r.name} (${r.method} ${r.url}): ${r.reason ?? 'failed'}`;
        if (r.critical)
            core_src/* log */.Rm.error(message, { title: `Smoke check failed: ${r.name}` });
        else
            core_src/* log */.Rm.warning(message, { title: `Non-critical smoke check failed: ${r.name}` });
    }
    const reportFile = writeReport(report, values['report-file']);
    await (0,core_src/* appendSummary */.fe)(summaryMarkdown(report));
    const failed = results.filter((r) => !r.passed && !r.skipped).map((r) => r.name);
    const notRun = results.filter((r) => r.skipped).map((r) => r.name);
    (0,core_src/* setOutputs */.n0)(outputs, {
        passed: report.passed,
        'failed-checks': failed.join(','),
        'not-run-checks': notRun.join(','),
        report: JSON.stringify(report),
        'report-file': reportFile,
    });
    const failedCritical = results.filter((r) => !r.passed && !r.skipped && r.critical);
    const passedCount = results.filter((r) => r.passed).length;
    const notRunNote = notRun.length > 0 ? `; ${notRun.length} not run (${notRun.join(', ')})` : '';
    core_src/* log */.Rm.info(`${passedCount} of ${results.length} check(s) passed in ${(0,core_src/* formatDuration */.a3)(report.durationMs)}${notRunNote}; report: ${reportFile}`);
    if (failedCritical.length > 0) {
        throw new core_src/* ActionFailure */.dR(`${failedCritical.length} critical smoke check(s) failed: ${failedCritical.map((r) => r.name).join(', ')}${notRunNote}`);
    }
}
/** The checks from exactly one of `checks`, `checks-file` or `url`. */
function loadChecks(values, issues) {
    const sources = ['checks', 'checks-file', 'url'];
    const given = sources.filter((k) => values[k] !== undefined);
    // A source given but invalid is already reported; "missing" would be a second, wrong message.
    if (given.length === 0 && issues.errors.some((e) => sources.includes(e.input)))
        return [];
    if (given.length !== 1) {
        issues.add(given[1] ?? 'checks', given.length === 0
            ? 'is missing: give the checks as checks (YAML or JSON), checks-file (a path) or url (a single URL)'
            : `cannot be combined with ${given[0]}: give exactly one of checks, checks-file or url`);
        return [];
    }
    const defaults = {
        baseUrl: values['base-url'],
        // A base-url that was refused has its own error; its checks' paths are not reported again.
        baseUrlRefused: issues.errors.some((e) => e.input === 'base-url'),
        expectedVersion: values['expected-version'],
        requestTimeoutMs: values['request-timeout'],
        checkTimeoutMs: values['check-timeout'],
        samples: values.samples,
        warmup: values.warmup,
        minSamples: values['min-samples'],
    };
    const source = given[0];
    if (source === 'url') {
        const doc = [
            {
                name: 'health',
                url: values.url.href,
                ...(values['expected-version'] ? { version: '$.version' } : {}),
            },
        ];
        return parseChecks(doc, 'url', defaults, issues);
    }
    if (source === 'checks')
        return parseChecks(values.checks, 'checks', defaults, issues);
    const file = values['checks-file'];
    const path = (0,external_node_path_namespaceObject.isAbsolute)(file) ? file : (0,external_node_path_namespaceObject.resolve)(process.env.GITHUB_WORKSPACE ?? process.cwd(), file);
    if (!(0,external_node_fs_namespaceObject.existsSync)(path)) {
        issues.add('checks-file', `must be a YAML or JSON file in the workspace; ${JSON.stringify(file)} does not exist`);
        return [];
    }
    try {
        return parseChecks((0,core_src/* parseStructured */.jE)((0,external_node_fs_namespaceObject.readFileSync)(path, 'utf8')), 'checks-file', defaults, issues);
    }
    catch (err) {
        issues.add('checks-file', `must hold YAML or JSON: ${err instanceof core_src/* FormatError */.IF ? err.message : String(err)}`);
        return [];
    }
}
function resultLine(r) {
    const mark = r.passed ? '✓' : r.critical ? '✗' : '!';
    const statuses = Object.entries(r.statuses)
        .map(([s, n]) => (n > 1 ? `${s}×${n}` : s))
        .join(' ');
    const latency = r.latency
        ? r.latency.n > 1
            ? ` p50 ${(0,core_src/* formatDuration */.a3)(r.latency.p50)} p95 ${(0,core_src/* formatDuration */.a3)(r.latency.p95)}`
            : ` ${(0,core_src/* formatDuration */.a3)(r.latency.p50)}`
        : '';
    const version = r.version?.served ? ` version ${r.version.served}` : '';
    const tail = r.passed ? '' : ` — ${r.reason ?? 'failed'}`;
    return `${mark} ${r.name}: ${r.method} ${r.url} [${statuses || 'no request'}]${latency}${version}${tail}`;
}
/** What the one-line result leaves out: every status seen, the latency distribution, each threshold. */
function checkDetails(r) {
    const lines = [
        `${r.method} ${r.url}: ${r.attempts} attempt(s), ${r.warmup} warm-up request(s), ${r.samples} sample(s) (${r.failedSamples} failed)`,
    ];
    const statuses = Object.entries(r.statuses)
        .map(([s, n]) => `${s}×${n}`)
        .join(' ');
    if (statuses)
        lines.push(`statuses: ${statuses}`);
    if (r.latency) {
        const l = r.latency;
        lines.push(`latency over ${l.n}: min ${(0,core_src/* formatDuration */.a3)(l.min)}, p50 ${(0,core_src/* formatDuration */.a3)(l.p50)}, ` +
            `p90 ${(0,core_src/* formatDuration */.a3)(l.p90)}, p95 ${(0,core_src/* formatDuration */.a3)(l.p95)}, p99 ${(0,core_src/* formatDuration */.a3)(l.p99)}, max ${(0,core_src/* formatDuration */.a3)(l.max)}, avg ${(0,core_src/* formatDuration */.a3)(l.avg)}`);
    }
    for (const t of r.thresholds)
        lines.push(`threshold ${t.threshold}: ${t.actual} ${t.passed ? 'met' : 'NOT met'}`);
    if (r.version)
        lines.push(`version: serves ${r.version.served ?? 'unknown'}, expected ${r.version.expected}`);
    if (r.reason)
        lines.push(`${r.passed ? 'note' : 'failed'}: ${r.reason}`);
    return lines;
}
function writeReport(report, requested) {
    const file = requested
        ? (0,external_node_path_namespaceObject.resolve)(process.env.GITHUB_WORKSPACE ?? process.cwd(), requested)
        : (0,external_node_path_namespaceObject.join)(process.env.RUNNER_TEMP ?? (0,external_node_os_namespaceObject.tmpdir)(), 'smoke-test-report.json');
    (0,external_node_fs_namespaceObject.mkdirSync)((0,external_node_path_namespaceObject.dirname)(file), { recursive: true });
    (0,external_node_fs_namespaceObject.writeFileSync)(file, `${JSON.stringify(report, null, 2)}\n`);
    return file;
}
/**
 * The summary read at 2 a.m.: the outcome and what answered, by version, first; then the cause
 * with its figures and what to do; a table of five short columns (the rest in <details>).
 */
function summaryMarkdown(report) {
    const checks = report.checks;
    const failed = checks.filter((r) => !r.passed && !r.skipped);
    const notRun = checks.filter((r) => r.skipped);
    const hosts = [...new Set(checks.map((r) => hostOf(r.url)))];
    const where = hosts.length === 1 ? ` on ${hosts[0]}` : '';
    const served = [...new Set(checks.map((r) => r.version?.served).filter((v) => v !== undefined))];
    const version = served.length === 1 ? served[0] : undefined;
    const first = failed.find((r) => r.critical) ?? failed[0];
    const lines = [];
    if (report.passed && failed.length === 0) {
        lines.push(`### ✅ ${checks.length} of ${checks.length} checks passed${(0,core_src/* plainText */.wh)(`${where}${version ? ` — ${version} answering` : ''}`)}`, '', `All answered as expected in ${(0,core_src/* formatDuration */.a3)(report.durationMs)}.`);
    }
    else {
        const what = first ? firstFailure(first, version) : '';
        const icon = report.passed ? '⚠️' : '❌';
        const notRunNote = notRun.length > 0 ? `, ${notRun.length} not run` : '';
        lines.push(`### ${icon} ${failed.length} of ${checks.length} checks failed${(0,core_src/* plainText */.wh)(`${where}${notRunNote}${what ? ` — ${what}` : ''}`)}`, '');
        if (first)
            lines.push((0,core_src/* plainText */.wh)(`${first.name}: ${first.reason ?? 'failed'}.`), '');
        if (notRun.length > 0)
            lines.push((0,core_src/* plainText */.wh)(`Not run (an earlier check decided the outcome): ${notRun.map((r) => r.name).join(', ')}.`), '');
        lines.push(report.passed
            ? '**What now:** only non-critical checks failed, so the step passed; look into them before they hide a real failure.'
            : '**What now:** this version is not answering as expected: roll back (or fix and redeploy), then run the smoke test again. The full report is the `report` output.');
    }
    const rows = checks.map((r) => [
        r.name,
        r.passed ? '✅ passed' : r.skipped ? '⏭️ not run' : r.critical ? '❌ failed' : '⚠️ failed',
        Object.entries(r.statuses)
            .map(([code, n]) => `${code}×${n}`)
            .join(' ') || '—',
        r.latency ? (0,core_src/* formatDuration */.a3)(r.latency.p95) : '—',
        r.version
            ? `${r.version.served ?? '?'}${r.version.served === r.version.expected ? '' : ` (want ${r.version.expected})`}`
            : '—',
    ]);
    const ms = (v) => (v === undefined ? '—' : (0,core_src/* formatDuration */.a3)(v));
    const details = checks.map((r) => [
        r.name,
        `${r.method} ${r.url}`,
        `${r.attempts} / ${r.samples}`,
        r.latency ? `${ms(r.latency.p50)} / ${ms(r.latency.p95)}` : '—',
        r.reason ?? '',
    ]);
    return [
        ...lines,
        '',
        (0,core_src/* markdownTable */.Qj)(['Check', 'Result', 'Statuses', 'p95', 'Version'], rows),
        '',
        '<details><summary>Each check: request, attempts, latency, reason</summary>',
        '',
        (0,core_src/* markdownTable */.Qj)(['Check', 'Request', 'Attempts / samples', 'p50 / p95', 'Reason'], details),
        '',
        '</details>',
        '',
    ].join('\n');
}
/** "v1.5.1 answered 500 on /api/orders", or the check's reason when no status tells it. */
function firstFailure(r, version) {
    const path = pathOf(r.url);
    const bad = Object.keys(r.statuses).filter((code) => !/^[23]\d\d$/.test(code));
    const who = r.version?.served ?? version ?? 'the app';
    if (r.version && r.version.served !== r.version.expected)
        return `${r.version.served ?? 'no version'} is answering, ${r.version.expected} was expected`;
    if (bad.length > 0)
        return bad.includes('error') ? `${path} did not answer` : `${who} answered ${bad.join('/')} on ${path}`;
    return `${r.name} on ${path}`;
}
function hostOf(url) {
    try {
        return new URL(url).origin;
    }
    catch {
        return url;
    }
}
function pathOf(url) {
    try {
        const u = new URL(url);
        return u.pathname + u.search;
    }
    catch {
        return url;
    }
}


/***/ }),

/***/ 4399:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  dR: () => (/* reexport */ ActionFailure),
  ec: () => (/* reexport */ DURATION_FORM),
  IF: () => (/* reexport */ FormatError),
  b0: () => (/* reexport */ InputIssues),
  rG: () => (/* reexport */ MAX_DURATION_MS),
  HD: () => (/* reexport */ MAX_LIST_ITEMS),
  fe: () => (/* reexport */ appendSummary),
  EY: () => (/* reexport */ backoffDelay),
  Uc: () => (/* reexport */ describeError),
  p0: () => (/* reexport */ duration),
  a3: () => (/* reexport */ formatDuration),
  nd: () => (/* reexport */ integer),
  yv: () => (/* reexport */ loadYaml),
  Rm: () => (/* reexport */ log_log),
  QT: () => (/* reexport */ logGroup),
  Qj: () => (/* reexport */ markdownTable),
  $l: () => (/* reexport */ secrets_maskSecret),
  Sg: () => (/* reexport */ openGroup),
  lq: () => (/* reexport */ optional),
  E9: () => (/* reexport */ parseDuration),
  mu: () => (/* reexport */ parseRetryAfter),
  jE: () => (/* reexport */ parseStructured),
  wh: () => (/* reexport */ plainText),
  wW: () => (/* reexport */ pool),
  Ko: () => (/* reexport */ readInputs),
  E$: () => (/* reexport */ redact),
  mw: () => (/* reexport */ required),
  Cs: () => (/* reexport */ runAction),
  n0: () => (/* reexport */ setOutputs),
  yy: () => (/* reexport */ sleep_sleep),
  uv: () => (/* reexport */ structured),
  Qq: () => (/* reexport */ inputs_text),
  OZ: () => (/* reexport */ url),
  Ru: () => (/* reexport */ valueText)
});

// UNUSED EXPORTS: CANCEL_SIGTERM_AFTER_MS, CANCEL_WINDOW_MS, InputError, InvalidInputs, OUTPUT_NAME, boolean, cell, errorChain, formatBytes, formatClock, formatCount, hasDotSegment, inert, list, maskUrlCredentials, networkAdvice, onCancel, oneLine, oneOf, parseUrl, percent, reportFailure, reservedEnvName, retry, secret, setNamedOutputs, summaryWritten, urlPath, whenAborted

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
    command_issue('group', name);
}
/**
 * End an output group.
 */
function endGroup() {
    command_issue('endgroup');
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
function secrets_maskSecret(value) {
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
    startGroup(inert(title));
    try {
        for (const line of lines)
            log_log.info(line);
    }
    finally {
        endGroup();
    }
}
/**
 * A collapsed group for lines still to come (a stage's gate rounds, printed as they happen); the
 * returned function closes it, once. Only for sequential work: nothing else may print meanwhile,
 * or its lines land inside the group.
 */
function openGroup(title) {
    startGroup(inert(title));
    let open = true;
    return () => {
        if (!open)
            return;
        open = false;
        endGroup();
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
        return oneLine(String(err));
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
            return `TLS error: ${oneLine(cause.message)} (${code})`;
        if (err.message === 'fetch failed')
            return describeError(cause);
        return `${oneLine(err.message)}: ${describeError(cause)}`;
    }
    // node:http's errors carry the code themselves (fetch's wrap it in a cause).
    const code = err.code;
    if (code && NETWORK_CODES[code])
        return `${NETWORK_CODES[code]} (${code})`;
    if (code && /CERT|SSL|TLS|SELF_SIGNED|UNABLE_TO_VERIFY/.test(code))
        return `TLS error: ${oneLine(err.message)} (${code})`;
    return oneLine(err.message);
}
/** An Error of any realm: Node's own errors fail `instanceof Error` inside a vm context (jest's). */
const isError = (value) => value instanceof Error || external_node_util_.types.isNativeError(value);
function oneLine(text) {
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
        secrets_maskSecret(secret);
        secrets_maskSecret(safeDecode(secret));
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
async function sleep_sleep(ms, signal) {
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

;// CONCATENATED MODULE: ./packages/core/src/pool.ts
/** Runs `work` over `items` with at most `limit` at once, in order of start. */
async function pool(items, limit, work) {
    let next = 0;
    const lanes = Array.from({ length: Math.min(limit, items.length) }, async () => {
        while (next < items.length)
            await work(items[next++]);
    });
    await Promise.all(lanes);
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
const advice_isError = (value) => value instanceof Error || types.isNativeError(value);
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
/******/ var __webpack_exports__ = __nccwpck_require__(3030);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
