export const id = 162;
export const ids = [162];
export const modules = {

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


/***/ }),

/***/ 74162:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   blobDestination: () => (/* binding */ blobDestination),
/* harmony export */   blobSas: () => (/* binding */ blobSas)
/* harmony export */ });
/* unused harmony export explainEntraError */
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(46466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _azure_storage_blob__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(70728);
/* harmony import */ var _deploy_actions_core__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(91605);
/* harmony import */ var _deploy_actions_azure_sdk_log__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(43728);
/* harmony import */ var _ranged_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4978);
/* harmony import */ var _stream_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(36457);
/* harmony import */ var _store_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9504);







/** An Azure Blob container as a Store. */
function blobDestination(auth, opts) {
    const timeoutMs = opts.timeoutMs ?? 60_000;
    const ranges = (0,_ranged_js__WEBPACK_IMPORTED_MODULE_4__/* .rangeReading */ .U_)(opts);
    const pipelineOptions = {
        retryOptions: {
            maxTries: opts.maxAttempts ?? 3,
            tryTimeoutInMs: timeoutMs,
            retryDelayInMs: 200,
            maxRetryDelayInMs: 2000,
        },
    };
    const service = 'connectionString' in auth
        ? _azure_storage_blob__WEBPACK_IMPORTED_MODULE_1__/* .BlobServiceClient */ .wS.fromConnectionString(auth.connectionString, pipelineOptions)
        : new _azure_storage_blob__WEBPACK_IMPORTED_MODULE_1__/* .BlobServiceClient */ .wS(auth.accountUrl, auth.credential, pipelineOptions);
    const container = service.getContainerClient(opts.container);
    const uri = (key) => `${container.url}/${key}`;
    // Only a signed-in identity gets the Entra ID explanations; shared-key errors stay as they are.
    const explain = 'credential' in auth
        ? (err, what) => explainEntraError(err, what, opts.container, auth.method)
        : (err) => err;
    const headers = (o) => ({
        blobHTTPHeaders: { blobContentType: o.contentType ?? 'application/octet-stream' },
        ...(o.metadata ? { metadata: o.metadata } : {}),
        ...(o.tags && Object.keys(o.tags).length > 0 ? { tags: o.tags } : {}),
        ...(opts.tier ? { tier: opts.tier } : {}),
    });
    return {
        kind: 'azure-blob',
        uri,
        async upload(key, body, o = {}) {
            const hasher = new _stream_js__WEBPACK_IMPORTED_MODULE_5__/* .HashingStream */ .$K();
            // uploadStream commits as the stream ends, so completeAfter holds the stream's end; while it
            // is awaited nothing need move, and the watchdog below must not take that for a dead service.
            let holding = false;
            const completeAfter = o.completeAfter;
            const held = completeAfter
                ? (0,_stream_js__WEBPACK_IMPORTED_MODULE_5__/* .gate */ .Gj)(completeAfter, () => {
                    holding = true;
                    const release = () => (holding = false);
                    completeAfter.then(release, release);
                })
                : undefined;
            const flowing = (held ? (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_0__.pipeline)(body, held, hasher) : (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_0__.pipeline)(body, hasher)).catch(() => { });
            const controller = new AbortController();
            const onAbort = () => controller.abort(o.signal?.reason);
            o.signal?.addEventListener('abort', onAbort, { once: true });
            // A failing body must fail the upload: uploadStream commits the block list only at a clean end,
            // so no blob appears (staged blocks stay uncommitted and Azure discards them after 7 days).
            let bodyError;
            hasher.on('error', (err) => {
                bodyError = err;
                controller.abort(err);
            });
            // The SDK's tryTimeoutInMs is only a server-side hint: a path that stops answering would hang
            // forever. A watchdog aborts when neither the body nor the staged blocks moved for that long.
            const idleLimit = timeoutMs * (opts.maxAttempts ?? 3);
            let seen = -1;
            let staged = 0;
            let lastMove = Date.now();
            const watchdog = setInterval(() => {
                if (hasher.bytes + staged !== seen || holding) {
                    seen = hasher.bytes + staged;
                    lastMove = Date.now();
                }
                else if (Date.now() - lastMove > idleLimit) {
                    controller.abort(new Error(`Azure Blob storage stopped answering: no progress for ${Math.round(idleLimit / 1000)}s`));
                }
            }, Math.max(50, Math.min(1000, idleLimit / 4)));
            try {
                const uploading = container
                    .getBlockBlobClient(key)
                    .uploadStream(hasher, opts.blockSizeBytes ?? 8 * 1024 * 1024, opts.concurrency ?? 4, {
                    ...headers(o),
                    abortSignal: controller.signal,
                    onProgress: (p) => (staged = p.loadedBytes),
                });
                uploading.catch(() => { });
                // uploadStream does not settle while a hung block request is outstanding, abort or not; the
                // commit it would send later carries the aborted signal, so no blob can appear after this.
                await Promise.race([uploading, (0,_deploy_actions_core__WEBPACK_IMPORTED_MODULE_2__/* .whenAborted */ .eG)(controller.signal)]);
                await flowing;
                if (bodyError)
                    throw toError(bodyError);
                return { bytes: hasher.bytes, sha256: hasher.digest(), uri: uri(key) };
            }
            catch (err) {
                body.destroy();
                hasher.destroy();
                const reason = controller.signal.aborted && !bodyError ? controller.signal.reason : undefined;
                throw toError(bodyError ?? reason ?? explain(err, `writing ${uri(key)}`));
            }
            finally {
                clearInterval(watchdog);
                o.signal?.removeEventListener('abort', onAbort);
            }
        },
        async put(key, data, o = {}) {
            const buf = typeof data === 'string' ? Buffer.from(data) : data;
            try {
                await container
                    .getBlockBlobClient(key)
                    .uploadData(buf, { ...headers(o), abortSignal: o.signal ?? AbortSignal.timeout(timeoutMs) });
            }
            catch (err) {
                throw explain(err, `writing ${uri(key)}`);
            }
        },
        async download(key, signal) {
            const blob = container.getBlobClient(key);
            // The SDK resumes an answer that breaks off (maxRetryRequests), from where it stopped.
            const request = async (range, abortSignal) => {
                let r;
                try {
                    r = await blob.download(range?.start ?? 0, range ? range.end - range.start + 1 : undefined, {
                        abortSignal,
                        maxRetryRequests: 3,
                        ...(range?.etag ? { conditions: { ifMatch: range.etag } } : {}),
                    });
                }
                catch (err) {
                    // The statuses readObject reads stay as they are; any other failure is explained here, for
                    // the ranges read while the stream is consumed too.
                    if ([404, 412, 416].includes(statusOf(err) ?? 0))
                        throw err;
                    throw explain(err, `reading ${uri(key)}`);
                }
                if (!r.readableStreamBody)
                    throw new Error(`${uri(key)}: the response has no body`);
                return { body: r.readableStreamBody, contentRange: r.contentRange, etag: r.etag };
            };
            try {
                return await (0,_ranged_js__WEBPACK_IMPORTED_MODULE_4__/* .readObject */ .Ag)(uri(key), request, statusOf, { ...ranges, signal });
            }
            catch (err) {
                if (statusOf(err) === 404)
                    throw new _store_js__WEBPACK_IMPORTED_MODULE_6__/* .NotFound */ .M(uri(key));
                throw err;
            }
        },
        async size(key, signal) {
            try {
                const p = await container
                    .getBlobClient(key)
                    .getProperties({ abortSignal: signal ?? AbortSignal.timeout(timeoutMs) });
                return p.contentLength;
            }
            catch (err) {
                if (statusOf(err) === 404)
                    return undefined;
                throw explain(err, `reading ${uri(key)}`);
            }
        },
        async getText(key, signal) {
            const stream = await this.download(key, signal ?? AbortSignal.timeout(timeoutMs));
            const chunks = [];
            for await (const c of stream)
                chunks.push(c);
            return Buffer.concat(chunks).toString('utf8');
        },
        async readUrl(key, ttlMs, signal) {
            const blob = container.getBlobClient(key);
            // A minute back: the service's clock may be behind the runner's.
            const startsOn = new Date(Date.now() - 60_000);
            const expiresOn = new Date(Date.now() + ttlMs);
            const permissions = _azure_storage_blob__WEBPACK_IMPORTED_MODULE_1__/* .BlobSASPermissions */ .vD.parse('r');
            try {
                if ('connectionString' in auth)
                    return await blob.generateSasUrl({ permissions, startsOn, expiresOn });
                const delegation = await service.getUserDelegationKey(startsOn, expiresOn, {
                    abortSignal: signal ?? AbortSignal.timeout(timeoutMs),
                });
                const sas = (0,_azure_storage_blob__WEBPACK_IMPORTED_MODULE_1__/* .generateBlobSASQueryParameters */ .WJ)({ containerName: opts.container, blobName: key, permissions, startsOn, expiresOn }, delegation, service.accountName);
                return `${blob.url}?${sas.toString()}`;
            }
            catch (err) {
                throw explain(err, `signing a read URL for ${uri(key)}`);
            }
        },
        close() { },
    };
}
/** See index.ts. */
async function blobSas(connectionString, container, key, permissions, expiresOn) {
    const blob = _azure_storage_blob__WEBPACK_IMPORTED_MODULE_1__/* .BlobServiceClient */ .wS.fromConnectionString(connectionString).getContainerClient(container).getBlobClient(key);
    const own = /(?:^|;)SharedAccessSignature=([^;]+)/i.exec(connectionString)?.[1];
    if (own)
        return { url: blob.url.split('?')[0], sas: own.replace(/^\?/, '') };
    // Start a few minutes back: the storage service's clock may be behind this runner's.
    const signed = await blob.generateSasUrl({
        permissions: _azure_storage_blob__WEBPACK_IMPORTED_MODULE_1__/* .BlobSASPermissions */ .vD.parse(permissions),
        startsOn: new Date(Date.now() - 5 * 60_000),
        expiresOn,
    });
    const at = signed.indexOf('?');
    return { url: signed.slice(0, at), sas: signed.slice(at + 1) };
}
/**
 * What went wrong for a signed-in identity, as one line saying what to do; any other error is
 * returned as it is. Entra refused the sign-in (an identity library error carrying AADSTS…);
 * storage refused the token (401/403 AuthenticationFailed, InvalidAuthenticationInfo: audience,
 * issuer, lifetime); or the identity has no data role (403 AuthorizationPermissionMismatch,
 * AuthorizationFailure): Owner or Contributor on the account do not grant data access. A HEAD
 * answer has no body: its code comes from the x-ms-error-code header (details.errorCode).
 */
function explainEntraError(err, what, container, method) {
    if (!(err instanceof Error))
        return err;
    const who = method ? ` (${method})` : '';
    if (/^(AuthenticationError|AuthenticationRequiredError|CredentialUnavailableError|AggregateAuthenticationError)$/.test(err.name)) {
        return new Error(`Signing in to Entra ID for Azure Blob storage${who} failed: ${(0,_deploy_actions_core__WEBPACK_IMPORTED_MODULE_2__/* .oneLine */ .TN)(err.message)}`);
    }
    const e = err;
    const code = e.code ?? e.details?.errorCode;
    const status = `HTTP ${e.statusCode} ${code}`;
    if (e.statusCode === 403 && (code === 'AuthorizationPermissionMismatch' || code === 'AuthorizationFailure')) {
        return new Error(`Azure Blob storage refused ${what} (${status}): the signed-in identity${who} has no data role for it; ` +
            `grant it Storage Blob Data Contributor on the container ${container} or its storage account (Storage ` +
            `Blob Data Reader is enough for reading; Owner or Contributor alone give no access to data)`);
    }
    if ((e.statusCode === 401 || e.statusCode === 403) &&
        (code === 'AuthenticationFailed' || code === 'InvalidAuthenticationInfo')) {
        const detail = e.details?.authenticationErrorDetail ? `: ${(0,_deploy_actions_core__WEBPACK_IMPORTED_MODULE_2__/* .oneLine */ .TN)(e.details.authenticationErrorDetail)}` : '';
        return new Error(`Azure Blob storage refused the Entra ID token${who} while ${what} (${status}${detail}); the token must ` +
            `be issued by the storage account's tenant for https://storage.azure.com`);
    }
    return err;
}
function toError(err) {
    return err instanceof Error ? err : new Error(String(err));
}
/** The HTTP status of a failed Azure request (RestError.statusCode). */
function statusOf(err) {
    return err.statusCode;
}


/***/ })

};
