export const id = 167;
export const ids = [167];
export const modules = {

/***/ 9167:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s3Destination: () => (/* binding */ s3Destination)
/* harmony export */ });
/* unused harmony exports MIN_PART_SIZE, s3Key */
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3711);
/* harmony import */ var _aws_sdk_lib_storage__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2358);
/* harmony import */ var _stream_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6457);
/* harmony import */ var _store_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9504);







const MIN_PART_SIZE = 5 * 1024 * 1024;
/** An S3 bucket (or an S3-compatible service) as a Store. */
function s3Destination(opts) {
    const compatible = opts.endpoint !== undefined;
    const timeoutMs = opts.timeoutMs ?? 60_000;
    const client = new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_5__.S3Client({
        region: opts.region ?? process.env.AWS_REGION ?? process.env.AWS_DEFAULT_REGION ?? 'us-east-1',
        ...(compatible ? { endpoint: opts.endpoint, forcePathStyle: true, requestChecksumCalculation: 'WHEN_REQUIRED', responseChecksumValidation: 'WHEN_REQUIRED' } : {}),
        ...(opts.credentials ? { credentials: opts.credentials } : {}),
        maxAttempts: opts.maxAttempts ?? 3,
        requestHandler: { connectionTimeout: Math.min(timeoutMs, 10_000), socketTimeout: timeoutMs },
    });
    const bucket = opts.bucket;
    const uri = (key) => `s3://${bucket}/${key}`;
    const common = (o = {}) => ({
        ContentType: o.contentType ?? 'application/octet-stream',
        ...(o.metadata ? { Metadata: o.metadata } : {}),
        ...(o.tags && Object.keys(o.tags).length > 0 ? { Tagging: new URLSearchParams(o.tags).toString() } : {}),
        ...(opts.serverSideEncryption ? { ServerSideEncryption: opts.serverSideEncryption } : {}),
        ...(opts.kmsKeyId ? { SSEKMSKeyId: opts.kmsKeyId } : {}),
        ...(opts.storageClass ? { StorageClass: opts.storageClass } : {}),
        ...(opts.objectLock ? { ObjectLockMode: opts.objectLock.mode, ObjectLockRetainUntilDate: opts.objectLock.retainUntil } : {}),
        // Object Lock requires an integrity header, and AWS S3 verifies each part with it. S3-compatible
        // services often reject or ignore x-amz-checksum-* headers (R2: 501), so they get none unless locking.
        ...(!compatible || opts.objectLock ? { ChecksumAlgorithm: 'CRC32' } : {}),
    });
    /** Aborts until S3 says the upload is gone: a part in flight during the first abort can land after it. */
    async function abortUpload(key, uploadId) {
        for (let attempt = 1; attempt <= 3; attempt++) {
            try {
                await client.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_5__.AbortMultipartUploadCommand({ Bucket: bucket, Key: key, UploadId: uploadId }), { abortSignal: AbortSignal.timeout(timeoutMs) });
            }
            catch (err) {
                if (err.name === 'NoSuchUpload' || httpStatus(err) === 404)
                    return undefined;
                return `the abort of multipart upload ${uploadId} failed too (${describe(err)}); a lifecycle rule AbortIncompleteMultipartUpload removes its parts`;
            }
            await new Promise((r) => setTimeout(r, 500 * attempt));
        }
        return undefined;
    }
    return {
        kind: 's3',
        uri,
        async upload(key, body, o = {}) {
            const hasher = new _stream_js__WEBPACK_IMPORTED_MODULE_3__/* .HashingStream */ .$();
            const flowing = (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_1__.pipeline)(body, hasher).catch(() => { }); // errors reach the upload through hasher
            const upload = new _aws_sdk_lib_storage__WEBPACK_IMPORTED_MODULE_2__/* .Upload */ ._({
                client,
                partSize: Math.max(opts.partSizeBytes ?? 8 * 1024 * 1024, MIN_PART_SIZE),
                queueSize: opts.queueSize ?? 2,
                // We abort ourselves: lib-storage's own abort would hide the real error behind the abort's.
                leavePartsOnError: true,
                params: { Bucket: bucket, Key: key, Body: hasher, ...common(o) },
            });
            const onAbort = () => void upload.abort().catch(() => { });
            o.signal?.addEventListener('abort', onAbort, { once: true });
            try {
                await upload.done();
                await flowing;
                return { bytes: hasher.bytes, sha256: hasher.digest(), uri: uri(key) };
            }
            catch (err) {
                body.destroy();
                hasher.destroy();
                const uploadId = upload.uploadId;
                const abortProblem = uploadId ? await abortUpload(key, uploadId) : undefined;
                const reason = err instanceof Error ? err : new Error(String(err));
                if (abortProblem)
                    reason.message = `${reason.message}; ${abortProblem}`;
                throw reason;
            }
            finally {
                o.signal?.removeEventListener('abort', onAbort);
            }
        },
        async put(key, data, o = {}) {
            await client.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_5__.PutObjectCommand({ Bucket: bucket, Key: key, Body: typeof data === 'string' ? Buffer.from(data) : data, ...common(o) }), {
                abortSignal: o.signal ?? AbortSignal.timeout(timeoutMs),
            });
        },
        async download(key, signal) {
            try {
                const r = await client.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_5__.GetObjectCommand({ Bucket: bucket, Key: key }), { abortSignal: signal });
                if (!(r.Body instanceof node_stream__WEBPACK_IMPORTED_MODULE_0__.Readable))
                    throw new Error(`${uri(key)}: the response has no readable body`);
                return r.Body;
            }
            catch (err) {
                if (isNotFound(err))
                    throw new _store_js__WEBPACK_IMPORTED_MODULE_4__/* .NotFound */ .M(uri(key));
                throw err;
            }
        },
        async size(key, signal) {
            try {
                const r = await client.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_5__.HeadObjectCommand({ Bucket: bucket, Key: key }), { abortSignal: signal ?? AbortSignal.timeout(timeoutMs) });
                return r.ContentLength;
            }
            catch (err) {
                if (isNotFound(err))
                    return undefined;
                throw err;
            }
        },
        async getText(key, signal) {
            const stream = await this.download(key, signal ?? AbortSignal.timeout(timeoutMs));
            const chunks = [];
            for await (const c of stream)
                chunks.push(c);
            return Buffer.concat(chunks).toString('utf8');
        },
        close() {
            client.destroy();
        },
    };
}
/** `s3://bucket/prefix` + key. */
const s3Key = (prefix, ...rest) => joinKey(prefix, ...rest);
function httpStatus(err) {
    return err.$metadata?.httpStatusCode;
}
function isNotFound(err) {
    const name = err.name;
    return name === 'NoSuchKey' || name === 'NotFound' || httpStatus(err) === 404;
}
function describe(err) {
    return err instanceof Error ? `${err.name}: ${err.message}` : String(err);
}


/***/ })

};
