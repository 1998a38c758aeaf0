export const id = 70;
export const ids = [70];
export const modules = {

/***/ 67070:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  backupAzureSql: () => (/* binding */ backupAzureSql),
  planAzureSql: () => (/* binding */ planAzureSql),
  restoreAzureSql: () => (/* binding */ restoreAzureSql)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:stream/promises"
var promises_ = __webpack_require__(46466);
// EXTERNAL MODULE: ./packages/core/src/index.ts + 7 modules
var src = __webpack_require__(91605);
;// CONCATENATED MODULE: ./packages/azure/src/explain.ts

/**
 * The Azure SDKs' refusals said as what to do: one place that every Azure-touching action's error
 * line goes through (describeArmError adds it). Each rule reads what the error itself carries —
 * Entra's AADSTS code, ARM's AuthorizationFailed action and scope, Key Vault's RBAC action, the
 * socket's code and host — and names the input, role, command or setting to change. An error it
 * has nothing to add to gives undefined: the message stands as it is.
 */
function azureAdvice(err) {
    return explainAzure(err)?.advice;
}
/**
 * The advice, and whether it says all the service's message did (a refused role names the
 * principal, action and scope again): the caller then shows the status and code alone before it.
 */
function explainAzure(err) {
    const text = messages(err);
    const role = roleAdvice(err, text);
    if (role)
        return { advice: role, saysAll: role.startsWith(MAY_NOT) };
    const advice = entraAdvice(text) ?? tokenAdvice(err, text) ?? (0,src/* networkAdvice */.B0)(err);
    return advice ? { advice, saysAll: false } : undefined;
}
const MAY_NOT = 'the signed-in identity may not ';
/** Entra ID's refusals of a sign-in, by AADSTS code. */
const ENTRA = [
    [
        /AADSTS700016\b/,
        'no app with this client-id exists in this tenant: check client-id (the app registration\'s "Application (client) ID") and tenant-id ("Directory (tenant) ID") on the app\'s Overview page',
    ],
    [
        /AADSTS90002\b/,
        'the tenant-id names no tenant in this cloud: copy "Directory (tenant) ID" from the app\'s Overview page, and check the cloud input',
    ],
    [
        /AADSTS700211\b/,
        "the app's federated credential must have the issuer https://token.actions.githubusercontent.com (GitHub Enterprise Server: your server's issuer)",
    ],
    [
        /AADSTS700212\b/,
        "the app's federated credential must list the audience this step asks for (the audience input, api://AzureADTokenExchange unless set): make them equal",
    ],
    [
        /AADSTS700024\b/,
        "GitHub's ID token had expired or was not yet valid when Entra read it: check the runner's clock and run the job again",
    ],
    [
        /AADSTS7000215\b/,
        "AZURE_CLIENT_SECRET is not this app's secret: store the secret's Value (not its Secret ID) from Certificates & secrets",
    ],
    [
        /AADSTS7000222\b/,
        'the client secret has expired: make a new one under the app\'s "Certificates & secrets" and update AZURE_CLIENT_SECRET — or switch to OIDC (client-id and tenant-id, no secret)',
    ],
    [
        /AADSTS500011\b/,
        'Entra knows no resource for the requested scope in this tenant: the cloud or arm-endpoint input does not match the tenant',
    ],
];
function entraAdvice(text) {
    // AADSTS700213/70021 (subject mismatch) are explained where the subject presented is known (auth.ts).
    for (const [pattern, advice] of ENTRA)
        if (pattern.test(text))
            return advice;
    if (/Failed to get ID Token|Unable to get ACTIONS_ID_TOKEN_REQUEST/i.test(text))
        return "GitHub gave this job no ID token: add 'permissions: id-token: write' to the job (a pull request from a fork never gets one)";
    return undefined;
}
/**
 * Built-in roles by the resource-provider action refused: the narrowest built-in role that covers
 * what these actions do with that kind of resource. First match wins.
 */
const ROLES = [
    [/^Microsoft\.App\//i, 'Container Apps Contributor'],
    [/^Microsoft\.Web\/sites\//i, 'Website Contributor'],
    [/^Microsoft\.Web\/staticSites\//i, 'Contributor'],
    [/^Microsoft\.Cdn\/profiles\/endpoints\//i, 'CDN Endpoint Contributor'],
    [/^Microsoft\.Cdn\//i, 'CDN Profile Contributor'],
    [/^Microsoft\.Sql\/servers\/databases\//i, 'SQL DB Contributor'],
    [/^Microsoft\.Sql\//i, 'SQL Server Contributor'],
    [/^Microsoft\.KeyVault\/vaults\/secrets\//i, 'Key Vault Secrets User'],
    [/^Microsoft\.Storage\/storageAccounts\/blobServices\/containers\/blobs\//i, 'Storage Blob Data Contributor'],
    [/^Microsoft\.Insights\//i, 'Monitoring Reader'],
    [/^Microsoft\.OperationalInsights\//i, 'Log Analytics Reader'],
];
/** The built-in role to assign for a refused action (Contributor when no narrower one is known). */
function roleFor(action) {
    return ROLES.find(([pattern]) => pattern.test(action))?.[1] ?? 'Contributor';
}
/**
 * ARM's 403 AuthorizationFailed names the principal, the action and the scope: "The client '…'
 * with object id '…' does not have authorization to perform action 'Microsoft.App/containerApps/
 * write' over scope '/subscriptions/…' or the scope is invalid." Key Vault's RBAC refusal
 * (ForbiddenByRbac) carries "Caller: …oid=…", "Action: '…'" and "Resource: '…'" lines.
 */
function roleAdvice(err, text) {
    const arm = /perform action '([^']+)' over scope '([^']+)'/.exec(text);
    const vault = /Action: '([^']+)'[\s\S]*?Resource: '([^']+)'/.exec(text);
    const found = arm ?? vault;
    if (!found) {
        if (/does not have (secrets|keys|certificates) (\w+) permission on key vault/i.test(text))
            return 'the vault uses access policies: give this identity Get on secrets (az keyvault set-policy --name VAULT --object-id OBJECT_ID --secret-permissions get), or switch the vault to Azure RBAC and assign Key Vault Secrets User';
        if (statusOf(err) === 403 && /AuthorizationFailed|LinkedAuthorizationFailed/.test(text))
            return 'the signed-in identity lacks a role on this resource: assign it one that allows the call (Contributor on the resource at most)';
        return undefined;
    }
    const [, action, scope] = found;
    const objectId = /object id '([^']+)'/.exec(text)?.[1] ?? /\boid=([0-9a-f-]{36})/i.exec(text)?.[1];
    const role = roleFor(action);
    const assignee = objectId
        ? `--assignee-object-id ${objectId} --assignee-principal-type ServicePrincipal`
        : '--assignee CLIENT_ID';
    return (`${MAY_NOT}${action}: assign it the role "${role}" on ${scope} ` +
        `(az role assignment create ${assignee} --role "${role}" --scope ${scope}); a new assignment takes up to 10 minutes to apply`);
}
/** ARM refusing the token itself (401): a token of another tenant or an expired one. */
function tokenAdvice(err, text) {
    if (statusOf(err) !== 401)
        return undefined;
    if (/InvalidAuthenticationTokenTenant/.test(text))
        return "the token is from another tenant than the subscription's: tenant-id must be the subscription's directory";
    if (/ExpiredAuthenticationToken/.test(text))
        return 'the access token expired: run the job again';
    return 'Azure refused the sign-in token: check that tenant-id, client-id and subscription-id belong together and that the cloud input is the right one';
}
function messages(err) {
    return (0,src/* errorChain */.eB)(err)
        .map((e) => e.message)
        .join('\n');
}
function statusOf(err) {
    for (const e of (0,src/* errorChain */.eB)(err)) {
        const status = e.statusCode;
        if (typeof status === 'number')
            return status;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./packages/azure/src/arm.ts


/** Statuses worth another attempt: throttling and the server's own trouble (501/505 never change). */
const RETRY_STATUSES = new Set([408, 429, 500, 502, 503, 504]);
/**
 * A 409 that only says "not now": the resource is locked by another operation still running, and
 * the same request succeeds once it ends. Container Apps: ContainerAppLockConflict "… because
 * another modification is in progress. Please retry the operation." (microsoft/azure-container-apps#175);
 * App Service: Conflict (ExtendedCode 59203) "Cannot modify this site because another operation is
 * in progress". Any other 409 (a pending swap with preview, a name taken) is an answer, not retried.
 */
const LOCK_CONFLICT_CODES = new Set(['ContainerAppLockConflict']);
const LOCK_CONFLICT_MESSAGE = /another (operation|modification) is in progress/i;
const RETRY_CODES = new Set([
    'ECONNRESET',
    'ECONNREFUSED',
    'ETIMEDOUT',
    'EPIPE',
    'ENOTFOUND',
    'EAI_AGAIN',
    'UND_ERR_SOCKET',
    'REQUEST_SEND_ERROR',
]);
async function armRetry(fn, opts) {
    const budget = AbortSignal.timeout(opts.budgetMs);
    const signal = opts.signal ? AbortSignal.any([budget, opts.signal]) : budget;
    const cap = opts.maxRetryAfterMs ?? 30_000;
    try {
        return await (0,src/* retry */.L5)(() => fn(signal), {
            attempts: opts.attempts ?? 8,
            baseDelayMs: 500,
            maxDelayMs: 8000,
            deadline: Date.now() + opts.budgetMs,
            signal,
            classify: (err) => {
                const d = classifyArmError(err);
                return d.retryAfterMs !== undefined ? { ...d, retryAfterMs: Math.min(d.retryAfterMs, cap) } : d;
            },
            onRetry: ({ attempt, delayMs, error }) => opts.onRetry?.(`${opts.what}: attempt ${attempt} failed (${describeArmError(error)}); retrying in ${Math.round(delayMs)}ms`),
        });
    }
    catch (err) {
        if (budget.aborted && !opts.signal?.aborted)
            throw new Error(`${opts.what} did not finish within ${Math.round(opts.budgetMs / 1000)}s: ${describeArmError(err)}`, { cause: err });
        throw err;
    }
}
function asRestError(err) {
    return err instanceof Error && ('statusCode' in err || 'code' in err) ? err : undefined;
}
function classifyArmError(err) {
    const e = asRestError(err);
    if (!e)
        return { retry: false };
    if (e.statusCode !== undefined) {
        if (e.statusCode === 409)
            return { retry: isLockConflict(e) };
        if (!RETRY_STATUSES.has(e.statusCode))
            return { retry: false };
        const headers = e.response?.headers;
        const ms = headers?.get('retry-after-ms') ?? headers?.get('x-ms-retry-after-ms');
        const retryAfterMs = ms !== undefined && /^\d+$/.test(ms) ? Number(ms) : (0,src/* parseRetryAfter */.mu)(headers?.get('retry-after'));
        return { retry: true, retryAfterMs };
    }
    return { retry: e.code !== undefined && RETRY_CODES.has(e.code) };
}
function isLockConflict(e) {
    return (e.code !== undefined && LOCK_CONFLICT_CODES.has(e.code)) || LOCK_CONFLICT_MESSAGE.test(e.message);
}
/**
 * One line: the status, ARM's error code and message, no request dump; then, where the error
 * tells it, what to do about it (explain.ts: the role to assign, the input to check, the host).
 */
function describeArmError(err) {
    const explained = explainAzure(err);
    const e = asRestError(err);
    if (!e || (e.statusCode === undefined && e.code === undefined))
        return explained ? `${(0,src/* describeError */.Uc)(err)} — ${explained.advice}` : (0,src/* describeError */.Uc)(err);
    const status = e.statusCode !== undefined ? `HTTP ${e.statusCode}` : e.code;
    const code = e.statusCode !== undefined && e.code && e.code !== String(e.statusCode) ? ` ${e.code}` : '';
    if (explained?.saysAll)
        return `${status}${code} — ${explained.advice}`;
    const said = `${status}${code}: ${(0,src/* oneLine */.TN)(e.message).slice(0, 300)}`;
    return explained ? `${said} — ${explained.advice}` : said;
}
/**
 * The pipeline policy every ARM client of ours adds: counts each request sent (attempts and polls,
 * for the timeline and the bench) and bounds it by `timeoutMs`, so a request that hangs ends and
 * the caller looks at the resource again instead.
 */
function countAndBoundRequests(timeoutMs, count) {
    return {
        position: 'perCall',
        policy: {
            name: 'countRequestsAndBoundThem',
            sendRequest: (req, next) => {
                count();
                if (!req.timeout || req.timeout > timeoutMs)
                    req.timeout = timeoutMs;
                return next(req);
            },
        },
    };
}
/**
 * What every ARM client of ours is made with: the cloud's ARM endpoint, the SDK's own retries off
 * (armRetry decides), our user agent, and the client's policies. The token scope's key differs
 * between the modular API (`credentials`) and the classic clients (`credentialScopes`): the caller
 * adds it.
 */
function armClientOptions(auth, userAgent, additionalPolicies) {
    return {
        endpoint: auth.armEndpoint,
        retryOptions: { maxRetries: 0 },
        userAgentOptions: { userAgentPrefix: userAgent },
        additionalPolicies,
    };
}

// EXTERNAL MODULE: ./node_modules/@azure/arm-sql/dist/index.js
var dist = __webpack_require__(31420);
// EXTERNAL MODULE: ./packages/azure/src/sdk-log.ts
var sdk_log = __webpack_require__(43728);
;// CONCATENATED MODULE: ./packages/azure/src/sql.ts



/** The api-version @azure/arm-sql sends for servers, databases, import and export. */
const SQL_API = '2022-08-01-preview';
class AzureSqlServer {
    client;
    resourceGroup;
    name;
    constructor(auth, resourceGroup, name, userAgent, opts = {}) {
        this.resourceGroup = resourceGroup;
        this.name = name;
        // The first poll's delay (core-lro's own default); ARM's Retry-After on each poll answer sets the next.
        this.pollIntervalMs = opts.pollIntervalMs ?? 2000;
        this.client = new dist/* SqlManagementClient */.pN(auth.credential, auth.subscriptionId, {
            endpoint: auth.armEndpoint,
            $host: auth.armEndpoint,
            credentialScopes: [auth.armScope],
            // A few bounded retries for the polls of an operation that runs for minutes to hours.
            retryOptions: { maxRetries: 3, retryDelayInMs: 1000, maxRetryDelayInMs: 30_000 },
            userAgentOptions: { userAgentPrefix: userAgent },
        });
    }
    pollIntervalMs;
    /** The server's version and host name; fails (404) when there is no such server. */
    async server(signal) {
        const s = await armRetry((abortSignal) => this.client.servers.get(this.resourceGroup, this.name, { abortSignal }), {
            what: `read server ${this.name}`,
            signal,
            budgetMs: 60_000,
        });
        return { version: s.version ?? 'unknown', fqdn: s.fullyQualifiedDomainName ?? this.name, location: s.location };
    }
    /**
     * The database, or undefined when it does not exist; `at` is the instant of ARM's answer (its
     * Date header: the service's clock, not this runner's).
     */
    async database(name, signal) {
        let at = new Date();
        try {
            const d = await armRetry((abortSignal) => this.client.databases.get(this.resourceGroup, this.name, name, {
                abortSignal,
                onResponse: (raw) => {
                    const date = raw.headers.get('date');
                    if (date && !Number.isNaN(Date.parse(date)))
                        at = new Date(date);
                },
            }), { what: `read database ${name}`, signal, budgetMs: 60_000 });
            return { db: info(d), at };
        }
        catch (err) {
            if (err.statusCode === 404)
                return { db: undefined, at };
            throw err;
        }
    }
    /** The short-term retention policy's retentionDays: how many days point-in-time restore reaches back. */
    async retentionDays(database, signal) {
        const p = await armRetry((abortSignal) => this.client.backupShortTermRetentionPolicies.get(this.resourceGroup, this.name, database, 'default', {
            abortSignal,
        }), { what: `read the retention policy of ${database}`, signal, budgetMs: 60_000 });
        return p.retentionDays;
    }
    /** ARM's export of `database` to a bacpac at grant.storageUri; resolves when the operation succeeded. */
    async export(database, grant, admin, signal) {
        await this.client.databases.beginExportAndWait(this.resourceGroup, this.name, database, {
            storageKeyType: 'SharedAccessKey',
            // The service wants a SAS preceded by "?".
            storageKey: `?${grant.sas}`,
            storageUri: grant.storageUri,
            administratorLogin: admin.login,
            administratorLoginPassword: admin.password,
            authenticationType: 'Sql',
        }, { abortSignal: signal, updateIntervalInMs: this.pollIntervalMs });
    }
    /** ARM's import of the bacpac at grant.storageUri into the new database `database`. */
    async import(database, grant, admin, signal) {
        await this.client.servers.beginImportDatabaseAndWait(this.resourceGroup, this.name, {
            databaseName: database,
            storageKeyType: 'SharedAccessKey',
            storageKey: `?${grant.sas}`,
            storageUri: grant.storageUri,
            administratorLogin: admin.login,
            administratorLoginPassword: admin.password,
            authenticationType: 'Sql',
        }, { abortSignal: signal, updateIntervalInMs: this.pollIntervalMs });
    }
    /** A new database `database` as `source` was at `at` (createMode PointInTimeRestore). */
    async restorePointInTime(database, source, at, signal) {
        const d = await this.client.databases.beginCreateOrUpdateAndWait(this.resourceGroup, this.name, database, {
            location: source.location,
            createMode: 'PointInTimeRestore',
            sourceDatabaseId: source.id,
            restorePointInTime: new Date(at),
        }, { abortSignal: signal, updateIntervalInMs: this.pollIntervalMs });
        return info(d);
    }
    /** Renames `from` to `to` on this server. */
    async rename(from, to, signal) {
        const id = from.id.replace(/\/databases\/[^/]+$/, `/databases/${to}`);
        await this.client.databases.rename(this.resourceGroup, this.name, from.name, { id }, { abortSignal: signal });
    }
}
function info(d) {
    return {
        id: d.id ?? '',
        name: d.name ?? '',
        location: d.location,
        status: d.status,
        earliestRestoreDate: d.earliestRestoreDate,
        sku: d.sku?.name,
    };
}

// EXTERNAL MODULE: ./packages/storage/src/index.ts + 1 modules
var storage_src = __webpack_require__(79745);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs/promises"
var external_node_fs_promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
;// CONCATENATED MODULE: ./packages/storage/src/zip.ts




class ZipFormatError extends Error {
    constructor(message) {
        super(message);
        this.name = 'ZipFormatError';
    }
}
const EOCD = 0x06054b50;
const EOCD64 = 0x06064b50;
const EOCD64_LOCATOR = 0x07064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
async function openZip(path) {
    const fh = await (0,external_node_fs_promises_.open)(path, 'r');
    try {
        const { size } = await fh.stat();
        const at = async (offset, length) => {
            if (offset < 0 || offset + length > size)
                throw new ZipFormatError(`truncated: ${length} bytes at ${offset} are past the end`);
            const buf = Buffer.alloc(length);
            const { bytesRead } = await fh.read(buf, 0, length, offset);
            if (bytesRead !== length)
                throw new ZipFormatError(`truncated: ${length} bytes at ${offset} could not be read`);
            return buf;
        };
        const entries = await readDirectory(at, size);
        return {
            entries,
            async read(entry) {
                const local = await at(entry.localHeaderOffset, 30);
                if (local.readUInt32LE(0) !== LOCAL)
                    throw new ZipFormatError(`${entry.name}: no local header where the directory says`);
                const start = entry.localHeaderOffset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
                if (start + entry.compressedSize > size)
                    throw new ZipFormatError(`${entry.name}: its data runs past the end of the file`);
                if (entry.method !== 0 && entry.method !== 8)
                    throw new ZipFormatError(`${entry.name}: compression method ${entry.method} is not stored or deflate`);
                const raw = entry.compressedSize === 0
                    ? external_node_stream_.Readable.from([])
                    : (0,external_node_fs_.createReadStream)(path, { start, end: start + entry.compressedSize - 1 });
                const checked = checkEntry(entry);
                raw.on('error', (e) => checked.destroy(e));
                if (entry.method === 0)
                    return raw.pipe(checked);
                const inflate = (0,external_node_zlib_.createInflateRaw)().on('error', (e) => checked.destroy(e));
                return raw.pipe(inflate).pipe(checked);
            },
            close: () => fh.close(),
        };
    }
    catch (err) {
        await fh.close();
        throw err;
    }
}
/** The central directory of a zip of `size` bytes, read through `at` (zip64 included). */
async function readDirectory(at, size) {
    // The end-of-central-directory record: 22 bytes plus a comment of up to 65535.
    const tailLength = Math.min(size, 22 + 65535);
    const tail = await at(size - tailLength, tailLength);
    let eocd = -1;
    for (let i = tail.length - 22; i >= 0; i--) {
        if (tail.readUInt32LE(i) === EOCD && i + 22 + tail.readUInt16LE(i + 20) === tail.length) {
            eocd = i;
            break;
        }
    }
    if (eocd < 0)
        throw new ZipFormatError('not a zip file: no end-of-central-directory record');
    let count = tail.readUInt16LE(eocd + 10);
    let dirSize = tail.readUInt32LE(eocd + 12);
    let dirOffset = tail.readUInt32LE(eocd + 16);
    const eocdOffset = size - tailLength + eocd;
    if (count === 0xffff || dirSize === 0xffffffff || dirOffset === 0xffffffff) {
        const locator = await at(eocdOffset - 20, 20);
        if (locator.readUInt32LE(0) !== EOCD64_LOCATOR)
            throw new ZipFormatError('zip64 end-of-central-directory locator missing');
        const rec = await at(Number(locator.readBigUInt64LE(8)), 56);
        if (rec.readUInt32LE(0) !== EOCD64)
            throw new ZipFormatError('zip64 end-of-central-directory record missing');
        count = Number(rec.readBigUInt64LE(32));
        dirSize = Number(rec.readBigUInt64LE(40));
        dirOffset = Number(rec.readBigUInt64LE(48));
    }
    const dir = await at(dirOffset, dirSize);
    const entries = [];
    let p = 0;
    for (let i = 0; i < count; i++) {
        if (p + 46 > dir.length || dir.readUInt32LE(p) !== CENTRAL)
            throw new ZipFormatError(`central directory entry ${i + 1} of ${count} is malformed`);
        const flags = dir.readUInt16LE(p + 8);
        const nameLength = dir.readUInt16LE(p + 28);
        const extraLength = dir.readUInt16LE(p + 30);
        const commentLength = dir.readUInt16LE(p + 32);
        const name = dir.toString(flags & 0x800 ? 'utf8' : 'latin1', p + 46, p + 46 + nameLength);
        let size32 = dir.readUInt32LE(p + 24);
        let compressed32 = dir.readUInt32LE(p + 20);
        let offset32 = dir.readUInt32LE(p + 42);
        let [entrySize, compressedSize, localHeaderOffset] = [size32, compressed32, offset32];
        // zip64 extended information: only the fields whose 32-bit value is 0xffffffff, in this order.
        const extra = dir.subarray(p + 46 + nameLength, p + 46 + nameLength + extraLength);
        for (let e = 0; e + 4 <= extra.length;) {
            const id = extra.readUInt16LE(e);
            const len = extra.readUInt16LE(e + 2);
            if (id === 0x0001) {
                let q = e + 4;
                const next = () => {
                    const v = Number(extra.readBigUInt64LE(q));
                    q += 8;
                    return v;
                };
                if (size32 === 0xffffffff)
                    entrySize = next();
                if (compressed32 === 0xffffffff)
                    compressedSize = next();
                if (offset32 === 0xffffffff)
                    localHeaderOffset = next();
                size32 = compressed32 = offset32 = 0;
            }
            e += 4 + len;
        }
        if (flags & 0x1)
            throw new ZipFormatError(`${name} is encrypted`);
        entries.push({
            name,
            method: dir.readUInt16LE(p + 10),
            crc32: dir.readUInt32LE(p + 16),
            compressedSize,
            size: entrySize,
            localHeaderOffset,
        });
        p += 46 + nameLength + extraLength + commentLength;
    }
    return entries;
}
/**
 * Every file of a zip held in memory (a site's build, say), each checked against the directory's
 * CRC-32 and size; folders' own entries are left out.
 */
async function unzipBuffer(zip) {
    const at = (offset, length) => {
        if (offset < 0 || offset + length > zip.length)
            return Promise.reject(new ZipFormatError(`truncated: ${length} bytes at ${offset} are past the end`));
        return Promise.resolve(zip.subarray(offset, offset + length));
    };
    const files = new Map();
    for (const entry of await readDirectory(at, zip.length)) {
        if (entry.name.endsWith('/'))
            continue;
        const local = await at(entry.localHeaderOffset, 30);
        if (local.readUInt32LE(0) !== LOCAL)
            throw new ZipFormatError(`${entry.name}: no local header where the directory says`);
        const start = entry.localHeaderOffset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
        const raw = await at(start, entry.compressedSize);
        if (entry.method !== 0 && entry.method !== 8)
            throw new ZipFormatError(`${entry.name}: compression method ${entry.method} is not stored or deflate`);
        const data = entry.method === 0 ? Buffer.from(raw) : inflateRawSync(raw);
        if (data.length !== entry.size)
            throw new ZipFormatError(`${entry.name}: ${data.length} bytes, the directory says ${entry.size}`);
        if (crc32(data) >>> 0 !== entry.crc32 >>> 0)
            throw new ZipFormatError(`${entry.name}: CRC-32 ${hex8(crc32(data))} does not match the directory's ${hex8(entry.crc32)}`);
        files.set(entry.name, data);
    }
    return files;
}
/** Passes an entry's bytes through, failing at the end when their CRC-32 or count differ from the directory's. */
function checkEntry(entry) {
    let crc = 0;
    let bytes = 0;
    return new external_node_stream_.Transform({
        transform(chunk, _enc, cb) {
            crc = (0,external_node_zlib_.crc32)(chunk, crc);
            bytes += chunk.length;
            cb(null, chunk);
        },
        flush(cb) {
            if (bytes !== entry.size)
                return cb(new ZipFormatError(`${entry.name}: ${bytes} bytes, the directory says ${entry.size}`));
            if (crc >>> 0 !== entry.crc32 >>> 0)
                return cb(new ZipFormatError(`${entry.name}: CRC-32 ${hex8(crc)} does not match the directory's ${hex8(entry.crc32)} (the part is corrupted)`));
            cb();
        },
    });
}
const hex8 = (n) => (n >>> 0).toString(16).padStart(8, '0');
/** A zip file of `parts` (deflated), in memory; no zip64 (under 4 GiB and 65535 parts). */
function writeZip(parts) {
    const locals = [];
    const centrals = [];
    let offset = 0;
    // 1980-01-01 00:00 in DOS time: packages made here are reproducible.
    const dosDate = (0 << 9) | (1 << 5) | 1;
    for (const part of parts) {
        const name = Buffer.from(part.name, 'utf8');
        const data = deflateRawSync(part.data);
        const crc = crc32(part.data);
        const local = Buffer.alloc(30);
        local.writeUInt32LE(LOCAL, 0);
        local.writeUInt16LE(20, 4);
        local.writeUInt16LE(0x800, 6);
        local.writeUInt16LE(8, 8);
        local.writeUInt16LE(0, 10);
        local.writeUInt16LE(dosDate, 12);
        local.writeUInt32LE(crc, 14);
        local.writeUInt32LE(data.length, 18);
        local.writeUInt32LE(part.data.length, 22);
        local.writeUInt16LE(name.length, 26);
        local.writeUInt16LE(0, 28);
        const central = Buffer.alloc(46);
        central.writeUInt32LE(CENTRAL, 0);
        central.writeUInt16LE(20, 4);
        central.writeUInt16LE(20, 6);
        central.writeUInt16LE(0x800, 8);
        central.writeUInt16LE(8, 10);
        central.writeUInt16LE(0, 12);
        central.writeUInt16LE(dosDate, 14);
        central.writeUInt32LE(crc, 16);
        central.writeUInt32LE(data.length, 20);
        central.writeUInt32LE(part.data.length, 24);
        central.writeUInt16LE(name.length, 28);
        central.writeUInt32LE(offset, 42);
        locals.push(local, name, data);
        centrals.push(central, name);
        offset += local.length + name.length + data.length;
    }
    const dir = Buffer.concat(centrals);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(EOCD, 0);
    end.writeUInt16LE(parts.length, 8);
    end.writeUInt16LE(parts.length, 10);
    end.writeUInt32LE(dir.length, 12);
    end.writeUInt32LE(offset, 16);
    return Buffer.concat([...locals, dir, end]);
}

;// CONCATENATED MODULE: ./actions/db-backup/src/bacpac.ts


class BacpacError extends Error {
    constructor(message) {
        super(message);
        this.name = 'BacpacError';
    }
}
const REQUIRED = ['[Content_Types].xml', 'model.xml', 'Origin.xml'];
async function checkBacpac(file) {
    let zip;
    try {
        zip = await openZip(file);
    }
    catch (err) {
        throw new BacpacError(`not a bacpac package: ${err.message}`);
    }
    try {
        const names = new Set(zip.entries.map((e) => e.name));
        const missing = REQUIRED.filter((n) => !names.has(n));
        if (missing.length > 0)
            throw new BacpacError(`not a bacpac package: ${missing.join(', ')} missing`);
        const sha = new Map();
        let origin = '';
        let bytes = 0;
        for (const entry of zip.entries) {
            const hash = (0,external_node_crypto_.createHash)('sha256');
            const chunks = [];
            try {
                for await (const chunk of await zip.read(entry)) {
                    hash.update(chunk);
                    bytes += chunk.length;
                    if (entry.name === 'Origin.xml')
                        chunks.push(chunk);
                }
            }
            catch (err) {
                if (err instanceof ZipFormatError)
                    throw new BacpacError(`part ${err.message}`);
                throw new BacpacError(`part ${entry.name} cannot be read: ${err.message}`);
            }
            sha.set(`/${entry.name}`, hash.digest('hex'));
            if (entry.name === 'Origin.xml')
                origin = Buffer.concat(chunks).toString('utf8');
        }
        if (!/<DacOrigin[\s>]/.test(origin))
            throw new BacpacError('Origin.xml is not a DacOrigin document');
        const listed = [...origin.matchAll(/<Checksum\s+Uri="([^"]*)"\s*>\s*([0-9A-Fa-f]*)\s*<\/Checksum>/g)];
        if (listed.length === 0)
            throw new BacpacError('Origin.xml lists no checksums: the package cannot be checked');
        const checksummed = [];
        for (const [, rawUri, expected] of listed) {
            const uri = decodeXml(rawUri);
            const got = sha.get(uri);
            if (got === undefined)
                throw new BacpacError(`Origin.xml lists a checksum for ${uri}, which the package does not have`);
            if (got !== expected.toLowerCase())
                throw new BacpacError(`${uri} does not match Origin.xml's checksum: SHA-256 ${got}, Origin.xml says ${expected.toLowerCase()} (the part was changed or corrupted)`);
            checksummed.push(uri);
        }
        if (!checksummed.includes('/model.xml'))
            throw new BacpacError("Origin.xml lists no checksum for /model.xml, the package's schema");
        return {
            parts: zip.entries.length,
            dataParts: zip.entries.filter((e) => e.name.startsWith('Data/')).length,
            bytes,
            checksummed,
            containsData: /<ContainsExportedData>\s*true\s*<\/ContainsExportedData>/i.test(origin),
        };
    }
    finally {
        await zip.close();
    }
}
function decodeXml(s) {
    return s
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&apos;/g, "'")
        .replace(/&amp;/g, '&');
}

// EXTERNAL MODULE: ./actions/db-backup/src/stored.ts
var stored = __webpack_require__(47068);
// EXTERNAL MODULE: ./actions/db-backup/src/spec.ts
var spec = __webpack_require__(48764);
;// CONCATENATED MODULE: ./actions/db-backup/src/azure-sql.ts











/** The checks of the azure-sql inputs, before any side effect; `location` is the parsed destination. */
function planAzureSql(v, issues, c) {
    const kind = v['azure-sql-backup'];
    for (const k of ['database-url', 'scratch-database-url', 'client-bin-dir'])
        if (v[k] !== undefined)
            issues.add(k, 'does not apply to engine azure-sql: it is reached through ARM (azure-sql-server, resource-group, database)');
    if (v.mode === 'backup') {
        if (v['azure-sql-server'] === undefined)
            issues.add('azure-sql-server', "is required for engine azure-sql: give the logical server's name, e.g. tesoro-sql");
        if (v['resource-group'] === undefined)
            issues.add('resource-group', "is required for engine azure-sql: give the server's resource group");
    }
    if (v.database === undefined)
        issues.add('database', v.mode === 'restore'
            ? 'is required for engine azure-sql in mode restore: give the name of the database to create'
            : 'is required for engine azure-sql: give the name of the database to back up');
    else if (!/^[^<>*%&:\\/?]{1,128}$/.test(v.database) || /[. ]$/.test(v.database))
        issues.add('database', `must be an Azure SQL database name (1-128 characters, none of <>*%&:\\/?, not ending in . or space); got ${JSON.stringify(v.database.slice(0, 80))}`);
    const needsAdmin = v.mode === 'restore' || kind === 'export';
    if (!needsAdmin) {
        for (const k of ['azure-sql-admin-login', 'azure-sql-admin-password'])
            if (v[k] !== undefined)
                issues.add(k, 'is for export and import: a restore point needs no login');
    }
    else if (v.mode === 'backup' ||
        v['azure-sql-admin-login'] !== undefined ||
        v['azure-sql-admin-password'] !== undefined) {
        // mode restore needs them only for a bacpac, known once the manifest is read; given, they must come in pairs.
        if (v['azure-sql-admin-login'] === undefined)
            issues.add('azure-sql-admin-login', "is required for ARM's export and import: give the server's SQL administrator login");
        if (v['azure-sql-admin-password'] === undefined)
            issues.add('azure-sql-admin-password', "is required for ARM's export and import: give the SQL administrator's password (a secret)");
    }
    if (v.mode === 'restore' && v['azure-sql-backup'] !== 'export')
        issues.add('azure-sql-backup', 'is for mode backup: a restore uses the kind of backup its manifest records');
    const loc = c.location;
    if (loc && kind === 'export' && v.mode === 'backup') {
        if (loc.kind !== 'azure-blob')
            issues.add(c.locationInput, 'must be an Azure Blob destination for engine azure-sql: ARM exports the bacpac to Blob storage; give https://<account>.blob.core.windows.net/<container>/prefix with azure-connection-string');
        else if (v['azure-connection-string'] === undefined)
            issues.add('azure-connection-string', 'is required for an azure-sql export: the SAS that lets ARM write the bacpac (that one blob) is made from its account key');
    }
    if (v.compression !== 'zstd' || v['compression-level'] !== undefined)
        issues.add('compression', 'does not apply to engine azure-sql: a bacpac is a zip package already');
    // verify keeps its default (restore): for a bacpac that means the strongest check there is, reading it back whole.
    if (v.verify !== 'restore')
        issues.add('verify', 'does not apply to engine azure-sql: a bacpac is always read back and checked part by part');
    if (!c.auth || !loc || v.database === undefined || !v.mode)
        return undefined;
    return {
        mode: v.mode,
        kind,
        auth: c.auth,
        server: v['azure-sql-server'],
        resourceGroup: v['resource-group'],
        database: v.database,
        admin: v['azure-sql-admin-login'] !== undefined && v['azure-sql-admin-password'] !== undefined
            ? { login: v['azure-sql-admin-login'], password: v['azure-sql-admin-password'] }
            : undefined,
        timeoutMs: v['azure-sql-timeout'],
        location: loc,
        backupId: c.backupId,
        deploymentId: c.deploymentId,
        manifestKey: c.manifestKey,
    };
}
const USER_AGENT = 'deploy-actions-db-backup';
async function backupAzureSql(plan, store, v) {
    const started = performance.now();
    const server = new AzureSqlServer(plan.auth, plan.resourceGroup, plan.server, USER_AGENT);
    src/* log */.Rm.info(`Azure SQL: ${plan.auth.method}; server ${plan.server} in ${plan.resourceGroup}, database ${plan.database}`);
    const dir = (0,storage_src/* joinKey */.ID)(plan.location.prefix, plan.backupId);
    const manifestKey = (0,storage_src/* joinKey */.ID)(dir, 'manifest.json');
    let existing;
    let srv;
    let source;
    let at;
    try {
        srv = await server.server();
        ({ db: source, at } = await server.database(plan.database));
        existing = await store.size(manifestKey);
    }
    catch (err) {
        throw new src/* ActionFailure */.dR(`Backup ${plan.backupId} not started, nothing was stored: ${describeArmError(err)}`);
    }
    if (!source)
        throw new src/* ActionFailure */.dR(`Backup not started: server ${plan.server} has no database ${plan.database}; check database`);
    if (existing !== undefined)
        throw new src/* ActionFailure */.dR(`A backup with id ${plan.backupId} already exists (${store.uri(manifestKey)}): backups are never overwritten; give another deployment-id`);
    const facts = {
        subscriptionId: plan.auth.subscriptionId,
        resourceGroup: plan.resourceGroup,
        server: plan.server,
        database: plan.database,
        databaseId: source.id,
    };
    const versions = { server: `Azure SQL Database ${srv.version} (${srv.fqdn})`, client: `ARM Microsoft.Sql ${SQL_API}` };
    let object;
    let verified;
    if (plan.kind === 'restore-point') {
        const retentionDays = await server.retentionDays(plan.database).catch((err) => {
            throw new src/* ActionFailure */.dR(`Cannot read the short-term retention policy of ${plan.database}, so the restore point is not known to be covered: ${describeArmError(err)}`);
        });
        const earliest = source.earliestRestoreDate;
        const instant = at.toISOString();
        if (!earliest)
            throw new src/* ActionFailure */.dR(`No restore point: ${plan.database} has no earliestRestoreDate yet (no full backup has been taken; a new database gets one within minutes), so a point-in-time restore to ${instant} is not possible; use azure-sql-backup: export`);
        if (earliest.getTime() > at.getTime())
            throw new src/* ActionFailure */.dR(`No restore point: ${plan.database}'s earliest restore point ${earliest.toISOString()} is after ${instant}`);
        if (!retentionDays || retentionDays < 1)
            throw new src/* ActionFailure */.dR(`No restore point: the short-term retention of ${plan.database} is ${retentionDays ?? 'not set'} days`);
        const until = new Date(at.getTime() + retentionDays * 86_400_000).toISOString();
        facts.restorePoint = {
            at: instant,
            earliestRestoreDate: earliest.toISOString(),
            retentionDays,
            restorableUntil: until,
        };
        const detail = `restore point ${instant} (ARM's clock) covered: earliest restore point ${earliest.toISOString()}, ` +
            `short-term retention ${retentionDays} day(s), restorable until about ${until}; nothing was copied`;
        src/* log */.Rm.info(`Covered: ${detail}`);
        verified = { how: 'restore-point', detail, durationMs: Math.round(performance.now() - started) };
    }
    else {
        const key = (0,storage_src/* joinKey */.ID)(dir, `${plan.database}.bacpac`);
        if ((await store.size(key)) !== undefined)
            throw new src/* ActionFailure */.dR(`${store.uri(key)} already exists: backups are never overwritten; give another deployment-id`);
        const grant = await (0,storage_src/* blobSas */.PY)(v['azure-connection-string'], containerOf(plan.location), key, 'cw', new Date(Date.now() + plan.timeoutMs + 15 * 60_000));
        (0,src/* maskSecret */.$l)(grant.sas);
        (0,src/* maskSecret */.$l)(`?${grant.sas}`);
        src/* log */.Rm.info(`Exporting ${plan.database} (ARM database export) to ${grant.url}; ARM writes it with a SAS for that blob only`);
        try {
            await server.export(plan.database, { storageUri: grant.url, sas: grant.sas }, plan.admin, AbortSignal.timeout(plan.timeoutMs));
        }
        catch (err) {
            throw new src/* ActionFailure */.dR(`The export of ${plan.database} failed, no backup was made: ${explainArm(err, plan.timeoutMs)}`);
        }
        const exportMs = performance.now() - started;
        src/* log */.Rm.info(`ARM finished the export in ${(0,src/* formatDuration */.a3)(exportMs)}; reading the bacpac back`);
        const t = performance.now();
        const read = await readBack(store, key).catch((err) => {
            throw new src/* ActionFailure */.dR(`The bacpac at ${store.uri(key)} is NOT verified and no manifest was written (the blob is left for inspection; a restore refuses it): ${describe(err)}`);
        });
        object = { uri: store.uri(key), key, size: read.bytes, sha256: read.sha256 };
        facts.bacpac = {
            parts: read.check.parts,
            dataParts: read.check.dataParts,
            checksummed: read.check.checksummed,
            uncompressedBytes: read.check.bytes,
        };
        const detail = `read back ${(0,src/* formatBytes */.z3)(read.bytes)} (sha256 ${read.sha256}); bacpac package: ${read.check.parts} part(s), ` +
            `${read.check.dataParts} table data part(s), every part's CRC-32 and size match, Origin.xml's SHA-256 of ` +
            `${read.check.checksummed.join(', ')} match${read.check.containsData ? '' : '; Origin.xml says it holds NO table data'}`;
        src/* log */.Rm.info(`Verified (bacpac): ${detail}`);
        verified = { how: 'bacpac', detail, durationMs: Math.round(performance.now() - t) };
    }
    const manifest = {
        schema: 'db-backup-manifest/v1',
        backupId: plan.backupId,
        deploymentId: plan.deploymentId,
        createdAt: new Date().toISOString(),
        engine: 'azure-sql',
        kind: plan.kind === 'export' ? 'bacpac' : 'restore-point',
        database: plan.database,
        format: plan.kind === 'export' ? 'bacpac' : 'point-in-time-restore',
        compression: 'none',
        ...(object ? { object } : {}),
        versions,
        // Row counts need a SQL connection; ARM gives none.
        tables: {},
        rowCountsSnapshot: 'none',
        verified,
        durationMs: Math.round(performance.now() - started),
        source: (0,stored/* backupSource */.e3)(),
        azureSql: facts,
    };
    await store.put(manifestKey, (0,src/* redact */.E$)(JSON.stringify(manifest, null, 2)), { contentType: 'application/json' });
    src/* log */.Rm.info(`Manifest: ${store.uri(manifestKey)}`);
    await (0,src/* appendSummary */.fe)(summary('Database backup (Azure SQL)', manifest, store.uri(manifestKey)));
    (0,src/* setOutputs */.n0)(spec/* outputs */.V, {
        'backup-id': plan.backupId,
        uri: object?.uri ?? '',
        'manifest-uri': store.uri(manifestKey),
        size: object?.size ?? '',
        sha256: object?.sha256 ?? '',
        'duration-seconds': (manifest.durationMs / 1000).toFixed(1),
        verified: verified.how,
        'backup-kind': manifest.kind,
        'restore-point': facts.restorePoint?.at ?? '',
        manifest: JSON.stringify(manifest),
    });
}
async function restoreAzureSql(plan, store, v) {
    const started = performance.now();
    const manifestKey = plan.manifestKey;
    const manifest = await (0,stored/* readManifest */.WI)(store, manifestKey);
    if (manifest.schema !== 'db-backup-manifest/v1')
        throw new src/* ActionFailure */.dR(`${store.uri(manifestKey)} is not a db-backup manifest`);
    if (manifest.engine !== 'azure-sql' || !manifest.azureSql)
        throw new src/* ActionFailure */.dR(`Backup ${manifest.backupId} is a ${manifest.engine} backup but the engine is azure-sql`);
    const facts = manifest.azureSql;
    if (manifest.kind === 'bacpac' && !plan.admin)
        throw new src/* ActionFailure */.dR(`Backup ${manifest.backupId} is a bacpac: importing it needs azure-sql-admin-login and azure-sql-admin-password (the target server's SQL administrator)`);
    if (manifest.kind === 'bacpac' && store.kind !== 'azure-blob')
        throw new src/* ActionFailure */.dR(`Backup ${manifest.backupId} is a bacpac outside Azure Blob storage: ARM imports from Blob storage only`);
    if (manifest.kind === 'bacpac' && v['azure-connection-string'] === undefined)
        throw new src/* ActionFailure */.dR(`Importing a bacpac needs azure-connection-string: ARM reads the bacpac through a SAS made from its account key`);
    const serverName = plan.server ?? facts.server;
    const resourceGroup = plan.resourceGroup ?? facts.resourceGroup;
    if (manifest.kind === 'restore-point' && facts.subscriptionId !== plan.auth.subscriptionId)
        throw new src/* ActionFailure */.dR(`Backup ${manifest.backupId} is a restore point in subscription ${facts.subscriptionId}: sign in to that subscription (subscription-id); a point-in-time restore stays on its server`);
    if (manifest.kind === 'restore-point' && (serverName !== facts.server || resourceGroup !== facts.resourceGroup))
        throw new src/* ActionFailure */.dR(`Backup ${manifest.backupId} is a restore point of ${facts.server} (${facts.resourceGroup}): a point-in-time restore makes the new database on that server; leave azure-sql-server and resource-group unset or give those`);
    const server = new AzureSqlServer(plan.auth, resourceGroup, serverName, USER_AGENT);
    const what = manifest.kind === 'bacpac'
        ? `bacpac ${manifest.object?.uri ?? '?'} (sha256 ${manifest.object?.sha256 ?? '?'})`
        : `point in time ${facts.restorePoint?.at ?? '?'} of ${facts.server}/${facts.database}`;
    src/* log */.Rm.info(`Backup ${manifest.backupId}: ${manifest.database} from ${manifest.createdAt}, ${manifest.kind}, verified: ${manifest.verified.how}`);
    src/* log */.Rm.info(`Azure SQL: ${plan.auth.method}; server ${serverName} in ${resourceGroup}`);
    let target;
    try {
        await server.server();
        ({ db: target } = await server.database(plan.database));
    }
    catch (err) {
        throw new src/* ActionFailure */.dR(`Restore not started: ${describeArmError(err)}`);
    }
    if (target && !v['confirm-overwrite'])
        throw new src/* ActionFailure */.dR(`The database ${plan.database} already exists on ${serverName}: refusing to restore over it; give database a new name ` +
            `(the restore makes a new database), or set confirm-overwrite: true to restore under this name (the existing database is kept, renamed to ${plan.database}-replaced-${manifest.backupId})`);
    // With an existing target, the copy is made under a new name first: the live database is touched only once it exists.
    const making = target ? `${plan.database}-restoring-${manifest.backupId}`.slice(0, 128) : plan.database;
    const replacedName = `${plan.database}-replaced-${manifest.backupId}`.slice(0, 128);
    if (target && (await server.database(making)).db)
        throw new src/* ActionFailure */.dR(`${making} already exists on ${serverName} (a restore left half way?): drop or rename it first`);
    if (target && (await server.database(replacedName)).db)
        throw new src/* ActionFailure */.dR(`${replacedName} already exists on ${serverName}: the database it would replace cannot be kept under that name`);
    const signal = AbortSignal.timeout(plan.timeoutMs);
    if (manifest.kind === 'bacpac') {
        const object = manifest.object;
        if (!object?.sha256)
            throw new src/* ActionFailure */.dR(`${store.uri(manifestKey)} names no bacpac object`);
        // Read back and check before ARM sees it: a corrupted package must never become a database.
        const read = await readBack(store, object.key).catch((err) => {
            throw new src/* ActionFailure */.dR(`Restore refused, nothing was made: the bacpac ${object.uri} does not check out: ${describe(err)}`);
        });
        if (read.sha256 !== object.sha256 || read.bytes !== object.size)
            throw new src/* ActionFailure */.dR(`Restore refused, nothing was made: checksum mismatch for ${object.uri}: read ${read.bytes} bytes with sha256 ${read.sha256}, ` +
                `expected ${object.size} bytes with sha256 ${object.sha256}; the object is corrupted or was replaced`);
        src/* log */.Rm.info(`Checksum and package verified: ${(0,src/* formatBytes */.z3)(read.bytes)}, sha256 ${read.sha256}, ${read.check.parts} part(s)`);
        const grant = await (0,storage_src/* blobSas */.PY)(v['azure-connection-string'], containerOf(plan.location), object.key, 'r', new Date(Date.now() + plan.timeoutMs + 15 * 60_000));
        (0,src/* maskSecret */.$l)(grant.sas);
        (0,src/* maskSecret */.$l)(`?${grant.sas}`);
        src/* log */.Rm.info(`Importing into the new database ${making} on ${serverName} (ARM import)`);
        try {
            await server.import(making, { storageUri: grant.url, sas: grant.sas }, plan.admin, signal);
        }
        catch (err) {
            throw new src/* ActionFailure */.dR(`The import into ${making} failed: ${explainArm(err, plan.timeoutMs)}`);
        }
    }
    else {
        const point = facts.restorePoint;
        if (!point)
            throw new src/* ActionFailure */.dR(`${store.uri(manifestKey)} records no restore point`);
        if (Date.parse(point.restorableUntil) < Date.now())
            src/* log */.Rm.warning(`The restore point ${point.at} is past its retention (until about ${point.restorableUntil}): Azure may refuse it`);
        const { db: source } = await server.database(facts.database);
        if (!source)
            throw new src/* ActionFailure */.dR(`The source database ${facts.database} no longer exists on ${facts.server}: a point-in-time restore needs it (a dropped database is restored from restorableDroppedDatabases, not supported here)`);
        src/* log */.Rm.info(`Point-in-time restore of ${facts.database} at ${point.at} into the new database ${making}`);
        try {
            await server.restorePointInTime(making, source, point.at, signal);
        }
        catch (err) {
            throw new src/* ActionFailure */.dR(`The point-in-time restore into ${making} failed: ${explainArm(err, plan.timeoutMs)}`);
        }
    }
    const { db: made } = await server.database(making);
    if (!made || made.status !== 'Online')
        throw new src/* ActionFailure */.dR(`ARM reported success, but ${making} is ${made ? `${made.status ?? 'in no known state'}` : 'not there'}: the restore is not usable`);
    let replaced;
    if (target) {
        src/* log */.Rm.info(`confirm-overwrite: renaming ${plan.database} to ${replacedName}, then ${making} to ${plan.database}`);
        await server.rename(target, replacedName);
        replaced = replacedName;
        await server.rename(made, plan.database).catch((err) => {
            throw new src/* ActionFailure */.dR(`The restored copy is ${making} and the previous database is now ${replacedName}, but renaming ${making} to ${plan.database} failed: ${describeArmError(err)}`);
        });
    }
    const durationMs = Math.round(performance.now() - started);
    const result = `made ${plan.database} on ${serverName} from ${what}${replaced ? `; the previous ${plan.database} is kept as ${replaced}` : ''}`;
    src/* log */.Rm.info(`Restored in ${(0,src/* formatDuration */.a3)(durationMs)}: ${result}`);
    await (0,src/* appendSummary */.fe)(summary('Database restore (Azure SQL)', manifest, store.uri(manifestKey), result));
    (0,src/* setOutputs */.n0)(spec/* outputs */.V, {
        'backup-id': manifest.backupId,
        uri: manifest.object?.uri ?? '',
        'manifest-uri': store.uri(manifestKey),
        size: manifest.object?.size ?? '',
        sha256: manifest.object?.sha256 ?? '',
        'duration-seconds': (durationMs / 1000).toFixed(1),
        verified: 'restore',
        'backup-kind': manifest.kind,
        'restore-point': facts.restorePoint?.at ?? '',
        'restored-database': plan.database,
        manifest: JSON.stringify(manifest),
    });
}
/** Downloads the object to a temporary file while hashing it, then checks the package. */
async function readBack(store, key) {
    const temp = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(process.env.RUNNER_TEMP ?? (0,external_node_os_.tmpdir)(), 'db-backup-bacpac-'));
    try {
        const file = (0,external_node_path_.join)(temp, 'backup.bacpac');
        const hasher = new storage_src/* HashingStream */.$K();
        await (0,promises_.pipeline)(await store.download(key), hasher, (0,external_node_fs_.createWriteStream)(file));
        const check = await checkBacpac(file);
        return { bytes: hasher.bytes, sha256: hasher.digest(), check };
    }
    finally {
        (0,external_node_fs_.rmSync)(temp, { recursive: true, force: true });
    }
}
function summary(title, m, manifestUri, restored) {
    const f = m.azureSql;
    const rows = [
        ['Backup id', m.backupId],
        ['Kind', m.kind],
        ['Server', `${f.server} (${f.resourceGroup}), ${m.versions.server}`],
        ['Database', m.database],
        ...(m.object
            ? [
                ['Object', m.object.uri],
                ['Size', (0,src/* formatBytes */.z3)(m.object.size)],
                ['SHA-256', m.object.sha256],
            ]
            : []),
        ...(f.restorePoint
            ? [
                ['Restore point', f.restorePoint.at],
                [
                    'Covered by',
                    `earliest restore point ${f.restorePoint.earliestRestoreDate}, retention ${f.restorePoint.retentionDays} day(s)`,
                ],
            ]
            : []),
        ['Manifest', manifestUri],
        ['Verified', `${m.verified.how}: ${m.verified.detail}`],
        ...(restored ? [['Restore', restored]] : []),
    ];
    const what = m.object
        ? `${(0,src/* formatBytes */.z3)(m.object.size)} in ${m.object.uri}`
        : f.restorePoint
            ? `restore point ${f.restorePoint.at}, kept ${f.restorePoint.retentionDays} day(s)`
            : m.kind;
    const head = restored
        ? `✅ Backup ${m.backupId} of ${m.database} restored`
        : `✅ Backup of ${m.database} on ${f.server} verified: ${what}`;
    const next = restored
        ? '**What now:** point the application at the restored database if it is not already, and check it answers.'
        : `**What now:** nothing; to restore it, run db-backup with \`mode: restore\` and \`backup-id: ${m.backupId}\`.`;
    return [
        `### ${(0,src/* plainText */.wh)(head)}`,
        '',
        (0,src/* plainText */.wh)(restored ? `Restored: ${restored}.` : `Verification (${m.verified.how}): ${m.verified.detail}.`),
        '',
        next,
        '',
        `<details><summary>${title}: the record</summary>`,
        '',
        ...rows.map(([label, value]) => `- ${(0,src/* plainText */.wh)(`${String(label)}: ${String(value)}`)}`),
        '',
        '</details>',
        '',
    ].join('\n');
}
function containerOf(loc) {
    if (loc.kind !== 'azure-blob')
        throw new Error('not an Azure Blob location');
    return loc.container;
}
function explainArm(err, timeoutMs) {
    if (err instanceof Error && (err.name === 'AbortError' || err.name === 'TimeoutError'))
        return `it did not finish within azure-sql-timeout (${(0,src/* formatDuration */.a3)(timeoutMs)}); ARM may still be running it`;
    return describeArmError(err);
}
/** A bacpac's own finding is said as it is; anything else as one redacted line. */
function describe(err) {
    return err instanceof BacpacError ? err.message : (0,stored/* describe */.q0)(err);
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


/***/ })

};
