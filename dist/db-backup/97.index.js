export const id = 97;
export const ids = [97];
export const modules = {

/***/ 22097:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  s3Destination: () => (/* binding */ s3Destination)
});

// UNUSED EXPORTS: MIN_PART_SIZE

// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: external "node:stream/promises"
var promises_ = __webpack_require__(46466);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-s3/dist-cjs/index.js
var dist_cjs = __webpack_require__(53711);
// EXTERNAL MODULE: ./packages/core/src/index.ts + 7 modules
var src = __webpack_require__(91605);
;// CONCATENATED MODULE: ./packages/storage/src/s3-errors.ts

/**
 * S3's refusals said as what to do, in one place: a middleware on every command of the S3 store
 * adds the advice to the error's message (its name and $metadata stay, so NoSuchKey is still
 * told from a refusal). S3's AccessDenied often names no action ("Access Denied"): the IAM action
 * is then the one the refused command needs.
 */
/** The IAM action each command of the store needs. */
const IAM_ACTION = {
    PutObjectCommand: 's3:PutObject',
    CreateMultipartUploadCommand: 's3:PutObject',
    UploadPartCommand: 's3:PutObject',
    CompleteMultipartUploadCommand: 's3:PutObject',
    AbortMultipartUploadCommand: 's3:AbortMultipartUpload',
    GetObjectCommand: 's3:GetObject',
    HeadObjectCommand: 's3:GetObject',
    ListObjectsV2Command: 's3:ListBucket',
    DeleteObjectCommand: 's3:DeleteObject',
};
/** What to do about an S3 error from `command` on `bucket`/`key`; undefined when it says nothing new. */
function s3Advice(err, command, bucket, key) {
    const e = (err ?? {});
    const name = e.name ?? '';
    const message = (0,src/* errorChain */.eB)(err)
        .map((x) => x.message)
        .join('\n');
    const status = e.$metadata?.httpStatusCode;
    if (name === 'AccessDenied' || (status === 403 && !/Signature|AccessKey|Token/.test(name))) {
        const named = /perform: ((?:s3|kms):[A-Za-z]+)/.exec(message)?.[1];
        const action = named ?? IAM_ACTION[command] ?? 's3:*';
        const resource = action === 's3:ListBucket' || !key ? `arn:aws:s3:::${bucket}` : `arn:aws:s3:::${bucket}/${key}`;
        const missingKey = command === 'HeadObjectCommand' || command === 'GetObjectCommand'
            ? `; without s3:ListBucket on arn:aws:s3:::${bucket} S3 answers a missing key with 403 too`
            : '';
        const tagging = command === 'PutObjectCommand' || command === 'CreateMultipartUploadCommand';
        return (`the AWS identity may not ${action} on ${resource}: allow it in the IAM policy of the role or user this job ` +
            `signs in as${tagging && !named ? ' (with tags, s3:PutObjectTagging too; with SSE-KMS, kms:GenerateDataKey on the key)' : ''}` +
            `${missingKey}`);
    }
    if (name === 'NoSuchBucket')
        return `there is no bucket named ${bucket} at this endpoint: check the bucket name (exact, all lower case) and the account the credentials belong to`;
    const region = e.$response?.headers?.['x-amz-bucket-region'] ?? e.Region ?? /expecting '([a-z0-9-]+)'/.exec(message)?.[1];
    if (name === 'PermanentRedirect' || name === 'AuthorizationHeaderMalformed' || status === 301)
        return region
            ? `the bucket ${bucket} is in ${region}: set the region to ${region} (s3-region, or AWS_REGION)`
            : `the bucket ${bucket} is in another region: set its region (s3-region, or AWS_REGION)`;
    if (name === 'InvalidAccessKeyId')
        return 'AWS does not know this access key: check AWS_ACCESS_KEY_ID, or sign in with aws-actions/configure-aws-credentials (OIDC) before this step';
    if (name === 'SignatureDoesNotMatch')
        return 'AWS_SECRET_ACCESS_KEY does not belong to AWS_ACCESS_KEY_ID: store the pair again';
    if (name === 'ExpiredToken' || name === 'TokenRefreshRequired')
        return "the session credentials expired: make configure-aws-credentials' role-duration-seconds longer than the job";
    if (name === 'CredentialsProviderError')
        return 'this job has no AWS credentials: run aws-actions/configure-aws-credentials (OIDC) before this step, or set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY';
    return (0,src/* networkAdvice */.B0)(err);
}
/** The middleware that puts `s3Advice` into every error the store's client throws. */
function explainS3Errors(bucket) {
    return (next, context) => async (args) => {
        try {
            return await next(args);
        }
        catch (err) {
            const input = args.input;
            const advice = s3Advice(err, context.commandName ?? '', bucket, input.Key);
            if (advice && err instanceof Error && !err.message.includes(advice))
                // The SDK's wrapper of a socket error says so first: the socket's words are what matter.
                err.message = `${(0,src/* oneLine */.TN)(err.message).replace(/^AWS SDK error wrapper for \w*Error: /, '') || err.name} — ${advice}`;
            throw err;
        }
    };
}

// EXTERNAL MODULE: ./packages/storage/src/ranged.ts
var ranged = __webpack_require__(4978);
// EXTERNAL MODULE: ./packages/storage/src/stream.ts
var stream = __webpack_require__(36457);
// EXTERNAL MODULE: ./packages/storage/src/store.ts
var store = __webpack_require__(9504);
;// CONCATENATED MODULE: ./packages/storage/src/s3.ts








const MIN_PART_SIZE = 5 * 1024 * 1024;
/** An S3 bucket (or an S3-compatible service) as a Store. */
function s3Destination(opts) {
    const compatible = opts.endpoint !== undefined;
    const timeoutMs = opts.timeoutMs ?? 60_000;
    const client = new dist_cjs/* S3Client */.YxF({
        region: opts.region ?? process.env.AWS_REGION ?? process.env.AWS_DEFAULT_REGION ?? 'us-east-1',
        ...(compatible
            ? {
                endpoint: opts.endpoint,
                forcePathStyle: true,
                requestChecksumCalculation: 'WHEN_REQUIRED',
                responseChecksumValidation: 'WHEN_REQUIRED',
            }
            : {}),
        ...(opts.credentials ? { credentials: opts.credentials } : {}),
        maxAttempts: opts.maxAttempts ?? 3,
        requestHandler: { connectionTimeout: Math.min(timeoutMs, 10_000), socketTimeout: timeoutMs },
    });
    const bucket = opts.bucket;
    const ranges = (0,ranged/* rangeReading */.U_)(opts);
    client.middlewareStack.add(explainS3Errors(bucket), { step: 'initialize', name: 'explainS3Errors' });
    const uri = (key) => `s3://${bucket}/${key}`;
    const common = (o = {}) => ({
        ContentType: o.contentType ?? 'application/octet-stream',
        ...(o.metadata ? { Metadata: o.metadata } : {}),
        ...(o.tags && Object.keys(o.tags).length > 0 ? { Tagging: new URLSearchParams(o.tags).toString() } : {}),
        ...(opts.serverSideEncryption ? { ServerSideEncryption: opts.serverSideEncryption } : {}),
        ...(opts.kmsKeyId ? { SSEKMSKeyId: opts.kmsKeyId } : {}),
        ...(opts.storageClass ? { StorageClass: opts.storageClass } : {}),
        ...(opts.objectLock
            ? { ObjectLockMode: opts.objectLock.mode, ObjectLockRetainUntilDate: opts.objectLock.retainUntil }
            : {}),
        // Object Lock requires an integrity header, and AWS S3 verifies each part with it. S3-compatible
        // services often reject or ignore x-amz-checksum-* headers (R2: 501), so they get none unless locking.
        ...(!compatible || opts.objectLock ? { ChecksumAlgorithm: 'CRC32' } : {}),
    });
    /** Aborts until S3 says the upload is gone: a part in flight during the first abort can land after it. */
    async function abortUpload(key, uploadId) {
        for (let attempt = 1; attempt <= 3; attempt++) {
            try {
                await client.send(new dist_cjs/* AbortMultipartUploadCommand */.tfP({ Bucket: bucket, Key: key, UploadId: uploadId }), {
                    abortSignal: AbortSignal.timeout(timeoutMs),
                });
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
            const hasher = new stream/* HashingStream */.$K();
            const flowing = (0,promises_.pipeline)(body, hasher).catch(() => { }); // errors reach the upload through hasher
            const parts = new PartWriter(client, { Bucket: bucket, Key: key }, common(o), {
                partSize: Math.max(opts.partSizeBytes ?? MIN_PART_SIZE, MIN_PART_SIZE),
                queueSize: opts.queueSize ?? 2,
                signal: o.signal,
                completeAfter: o.completeAfter,
            });
            try {
                for await (const chunk of hasher)
                    await parts.write(chunk);
                await parts.end();
                await flowing;
                return { bytes: hasher.bytes, sha256: hasher.digest(), uri: uri(key) };
            }
            catch (err) {
                body.destroy();
                hasher.destroy();
                const uploadId = await parts.fail();
                const abortProblem = uploadId ? await abortUpload(key, uploadId) : undefined;
                const reason = err instanceof Error ? err : new Error(String(err));
                if (abortProblem)
                    reason.message = `${reason.message}; ${abortProblem}`;
                throw reason;
            }
        },
        async put(key, data, o = {}) {
            await client.send(new dist_cjs/* PutObjectCommand */.wKZ({
                Bucket: bucket,
                Key: key,
                Body: typeof data === 'string' ? Buffer.from(data) : data,
                ...common(o),
            }), {
                abortSignal: o.signal ?? AbortSignal.timeout(timeoutMs),
            });
        },
        async download(key, signal) {
            const request = async (range, abortSignal) => {
                const r = await client.send(new dist_cjs/* GetObjectCommand */.jLs({
                    Bucket: bucket,
                    Key: key,
                    ...(range ? { Range: `bytes=${range.start}-${range.end}`, IfMatch: range.etag } : {}),
                }), { abortSignal });
                if (!(r.Body instanceof external_node_stream_.Readable))
                    throw new Error(`${uri(key)}: the response has no readable body`);
                return { body: r.Body, contentRange: r.ContentRange, etag: r.ETag };
            };
            try {
                return await (0,ranged/* readObject */.Ag)(uri(key), request, httpStatus, { ...ranges, signal });
            }
            catch (err) {
                if (isNotFound(err))
                    throw new store/* NotFound */.M(uri(key));
                throw err;
            }
        },
        async size(key, signal) {
            try {
                const r = await client.send(new dist_cjs/* HeadObjectCommand */.l81({ Bucket: bucket, Key: key }), {
                    abortSignal: signal ?? AbortSignal.timeout(timeoutMs),
                });
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
/** How long a CreateMultipartUpload may take: it is not cut short when the upload fails. */
const CREATE_TIMEOUT_MS = 30_000;
/**
 * A streamed object as S3 parts, from a fixed set of part buffers: bytes are copied into the
 * current buffer, a full one is sent as UploadPart while the next fills, and `write` waits while
 * all buffers are in flight. Memory is therefore (queueSize + 1) × partSize whatever the object's
 * size, and no part buffer is left for the garbage collector. An object smaller than one part is
 * one PutObject. Parts double in size every 1000 parts (S3 allows 10,000), and the SDK retries
 * each request (maxAttempts) with the same buffer, which is reused only after its request settled.
 */
class PartWriter {
    client;
    target;
    params;
    queueSize;
    controller = new AbortController();
    partSize;
    current;
    filled = 0;
    free = [];
    parts = 0;
    creating;
    inFlight = new Set();
    completed = [];
    failure;
    completeAfter;
    constructor(client, target, params, opts) {
        this.client = client;
        this.target = target;
        this.params = params;
        this.queueSize = Math.max(1, opts.queueSize);
        this.partSize = opts.partSize;
        this.current = Buffer.allocUnsafeSlow(this.partSize);
        this.completeAfter = opts.completeAfter;
        this.completeAfter?.catch(() => { }); // settled before end() awaits it, it is no unhandled rejection
        opts.signal?.addEventListener('abort', () => this.controller.abort(opts.signal?.reason), { once: true });
    }
    async write(chunk) {
        for (let at = 0; at < chunk.length;) {
            const n = chunk.copy(this.current, this.filled, at);
            this.filled += n;
            at += n;
            if (this.filled === this.current.length)
                await this.sendPart();
        }
    }
    /** Sends what is left and, once `completeAfter` resolved, completes the object. */
    async end() {
        if (this.creating === undefined) {
            // The whole object fits in one part: one PutObject.
            await this.allowed();
            await this.client.send(new dist_cjs/* PutObjectCommand */.wKZ({ ...this.params, ...this.target, Body: this.current.subarray(0, this.filled) }), this.options());
            return;
        }
        if (this.filled > 0)
            await this.sendPart();
        await Promise.all([...this.inFlight]);
        if (this.failure !== undefined)
            throw this.failure;
        await this.allowed();
        const Parts = [...this.completed].sort((a, b) => (a.PartNumber ?? 0) - (b.PartNumber ?? 0));
        await this.client.send(new dist_cjs/* CompleteMultipartUploadCommand */.Gym({ ...this.target, UploadId: await this.creating, MultipartUpload: { Parts } }), this.options());
    }
    /**
     * Resolves once `completeAfter` did; rejects with its reason, or with the abort's when the upload
     * is aborted first: a cancelled run does not wait for the check to end before the upload is aborted.
     */
    async allowed() {
        if (this.completeAfter)
            await Promise.race([this.completeAfter, (0,src/* whenAborted */.eG)(this.controller.signal)]);
    }
    /** Stops sending; resolves, once no part is in flight, with the multipart upload's id to abort. */
    async fail() {
        this.controller.abort(new Error('the upload failed'));
        await Promise.allSettled([...this.inFlight]);
        return this.creating?.catch(() => undefined);
    }
    /** A stalled request ends by the client's socket timeout (then retried, up to maxAttempts); `fail` ends them all. */
    options() {
        return { abortSignal: this.controller.signal };
    }
    async sendPart() {
        while (this.inFlight.size >= this.queueSize && this.failure === undefined)
            await Promise.race(this.inFlight);
        if (this.failure !== undefined)
            throw this.failure;
        const partNumber = ++this.parts;
        if (partNumber > 10_000)
            throw new Error("the object needs more than 10,000 parts, S3's limit");
        // Not aborted with the parts: a CreateMultipartUpload that reached S3 makes an upload that only
        // its id can abort, so `fail` waits for that id (this request's own timeout bounds the wait).
        this.creating ??= this.client
            .send(new dist_cjs/* CreateMultipartUploadCommand */.nG4({ ...this.params, ...this.target }), {
            abortSignal: AbortSignal.timeout(CREATE_TIMEOUT_MS),
        })
            .then((r) => {
            if (!r.UploadId)
                throw new Error('S3 returned no UploadId for CreateMultipartUpload');
            return r.UploadId;
        });
        const buffer = this.current;
        const body = buffer.subarray(0, this.filled);
        const checksum = this.params.ChecksumAlgorithm ? { ChecksumAlgorithm: this.params.ChecksumAlgorithm } : {};
        const sending = this.creating
            .then((UploadId) => this.client.send(new dist_cjs/* UploadPartCommand */.iVK({ ...this.target, UploadId, PartNumber: partNumber, Body: body, ...checksum }), this.options()))
            .then((r) => void this.completed.push({
            PartNumber: partNumber,
            ETag: r.ETag,
            ...(r.ChecksumCRC32 ? { ChecksumCRC32: r.ChecksumCRC32 } : {}),
        }))
            .catch((err) => void (this.failure ??= err instanceof Error ? err : new Error(String(err))))
            .finally(() => {
            this.inFlight.delete(sending);
            if (buffer.length === this.partSize)
                this.free.push(buffer);
        });
        this.inFlight.add(sending);
        if (partNumber % 1000 === 0) {
            this.partSize *= 2;
            this.free.length = 0; // smaller buffers are not reused: the next part is the new size
        }
        this.filled = 0;
        this.current = this.free.pop() ?? Buffer.allocUnsafeSlow(this.partSize);
    }
}
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
