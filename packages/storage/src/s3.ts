import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import {
  AbortMultipartUploadCommand,
  CompleteMultipartUploadCommand,
  CreateMultipartUploadCommand,
  GetObjectCommand,
  HeadObjectCommand,
  PutObjectCommand,
  S3Client,
  UploadPartCommand,
  type CompletedPart,
  type PutObjectCommandInput,
  type StorageClass,
} from '@aws-sdk/client-s3'
import { whenAborted } from '@deploy-actions/core'
import { explainS3Errors } from './s3-errors.ts'
import { type ObjectRequest, type RangeOptions, rangeReading, readObject } from './ranged.ts'
import { HashingStream } from './stream.ts'
import { NotFound, type PutOptions, type Store, type UploadResult } from './store.ts'

export interface S3DestinationOptions extends RangeOptions {
  bucket: string
  region?: string
  /** An S3-compatible endpoint (path-style, checksums only when required); AWS S3 when absent. */
  endpoint?: string
  /** Static credentials; the SDK's default chain (env, OIDC web identity, profile...) when absent. */
  credentials?: { accessKeyId: string; secretAccessKey: string; sessionToken?: string }
  /** Idle time after which a request is given up (and retried, up to maxAttempts). */
  timeoutMs?: number
  maxAttempts?: number
  /**
   * First multipart part size (≥ 5 MiB, the default). It doubles every 1000 parts, so 10,000 parts
   * reach S3's 5 TiB object limit while memory stays partSize × (queueSize + 1) for objects up to
   * ~4.9 GiB.
   */
  partSizeBytes?: number
  /** Parts uploaded at once (default 2). */
  queueSize?: number
  serverSideEncryption?: 'AES256' | 'aws:kms'
  kmsKeyId?: string
  storageClass?: string
  objectLock?: { mode: 'GOVERNANCE' | 'COMPLIANCE'; retainUntil: Date }
}

export const MIN_PART_SIZE = 5 * 1024 * 1024

/** An S3 bucket (or an S3-compatible service) as a Store. */
export function s3Destination(opts: S3DestinationOptions): Store {
  const compatible = opts.endpoint !== undefined
  const timeoutMs = opts.timeoutMs ?? 60_000
  const client = new S3Client({
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
  })
  const bucket = opts.bucket
  const ranges = rangeReading(opts)
  client.middlewareStack.add(explainS3Errors(bucket), { step: 'initialize', name: 'explainS3Errors' })
  const uri = (key: string) => `s3://${bucket}/${key}`
  const common = (o: PutOptions = {}): Partial<PutObjectCommandInput> => ({
    ContentType: o.contentType ?? 'application/octet-stream',
    ...(o.metadata ? { Metadata: o.metadata } : {}),
    ...(o.tags && Object.keys(o.tags).length > 0 ? { Tagging: new URLSearchParams(o.tags).toString() } : {}),
    ...(opts.serverSideEncryption ? { ServerSideEncryption: opts.serverSideEncryption } : {}),
    ...(opts.kmsKeyId ? { SSEKMSKeyId: opts.kmsKeyId } : {}),
    ...(opts.storageClass ? { StorageClass: opts.storageClass as StorageClass } : {}),
    ...(opts.objectLock
      ? { ObjectLockMode: opts.objectLock.mode, ObjectLockRetainUntilDate: opts.objectLock.retainUntil }
      : {}),
    // Object Lock requires an integrity header, and AWS S3 verifies each part with it. S3-compatible
    // services often reject or ignore x-amz-checksum-* headers (R2: 501), so they get none unless locking.
    ...(!compatible || opts.objectLock ? { ChecksumAlgorithm: 'CRC32' as const } : {}),
  })

  /** Aborts until S3 says the upload is gone: a part in flight during the first abort can land after it. */
  async function abortUpload(key: string, uploadId: string): Promise<string | undefined> {
    for (let attempt = 1; attempt <= 3; attempt++) {
      try {
        await client.send(new AbortMultipartUploadCommand({ Bucket: bucket, Key: key, UploadId: uploadId }), {
          abortSignal: AbortSignal.timeout(timeoutMs),
        })
      } catch (err) {
        if ((err as { name?: string }).name === 'NoSuchUpload' || httpStatus(err) === 404) return undefined
        return `the abort of multipart upload ${uploadId} failed too (${describe(err)}); a lifecycle rule AbortIncompleteMultipartUpload removes its parts`
      }
      await new Promise((r) => setTimeout(r, 500 * attempt))
    }
    return undefined
  }

  return {
    kind: 's3',
    uri,
    async upload(key, body, o = {}): Promise<UploadResult> {
      const hasher = new HashingStream()
      const flowing = pipeline(body, hasher).catch(() => {}) // errors reach the upload through hasher
      const parts = new PartWriter(client, { Bucket: bucket, Key: key }, common(o), {
        partSize: Math.max(opts.partSizeBytes ?? MIN_PART_SIZE, MIN_PART_SIZE),
        queueSize: opts.queueSize ?? 2,
        signal: o.signal,
        completeAfter: o.completeAfter,
      })
      try {
        for await (const chunk of hasher) await parts.write(chunk as Buffer)
        await parts.end()
        await flowing
        return { bytes: hasher.bytes, sha256: hasher.digest(), uri: uri(key) }
      } catch (err) {
        body.destroy()
        hasher.destroy()
        const uploadId = await parts.fail()
        const abortProblem = uploadId ? await abortUpload(key, uploadId) : undefined
        const reason = err instanceof Error ? err : new Error(String(err))
        if (abortProblem) reason.message = `${reason.message}; ${abortProblem}`
        throw reason
      }
    },
    async put(key, data, o = {}) {
      await client.send(
        new PutObjectCommand({
          Bucket: bucket,
          Key: key,
          Body: typeof data === 'string' ? Buffer.from(data) : data,
          ...common(o),
        }),
        {
          abortSignal: o.signal ?? AbortSignal.timeout(timeoutMs),
        },
      )
    },
    async download(key, signal) {
      const request: ObjectRequest = async (range, abortSignal) => {
        const r = await client.send(
          new GetObjectCommand({
            Bucket: bucket,
            Key: key,
            ...(range ? { Range: `bytes=${range.start}-${range.end}`, IfMatch: range.etag } : {}),
          }),
          { abortSignal },
        )
        if (!(r.Body instanceof Readable)) throw new Error(`${uri(key)}: the response has no readable body`)
        return { body: r.Body, contentRange: r.ContentRange, etag: r.ETag }
      }
      try {
        return await readObject(uri(key), request, httpStatus, { ...ranges, signal })
      } catch (err) {
        if (isNotFound(err)) throw new NotFound(uri(key))
        throw err
      }
    },
    async size(key, signal) {
      try {
        const r = await client.send(new HeadObjectCommand({ Bucket: bucket, Key: key }), {
          abortSignal: signal ?? AbortSignal.timeout(timeoutMs),
        })
        return r.ContentLength
      } catch (err) {
        if (isNotFound(err)) return undefined
        throw err
      }
    },
    async getText(key, signal) {
      const stream = await this.download(key, signal ?? AbortSignal.timeout(timeoutMs))
      const chunks: Buffer[] = []
      for await (const c of stream) chunks.push(c as Buffer)
      return Buffer.concat(chunks).toString('utf8')
    },
    close() {
      client.destroy()
    },
  }
}

/** How long a CreateMultipartUpload may take: it is not cut short when the upload fails. */
const CREATE_TIMEOUT_MS = 30_000

/**
 * A streamed object as S3 parts, from a fixed set of part buffers: bytes are copied into the
 * current buffer, a full one is sent as UploadPart while the next fills, and `write` waits while
 * all buffers are in flight. Memory is therefore (queueSize + 1) × partSize whatever the object's
 * size, and no part buffer is left for the garbage collector. An object smaller than one part is
 * one PutObject. Parts double in size every 1000 parts (S3 allows 10,000), and the SDK retries
 * each request (maxAttempts) with the same buffer, which is reused only after its request settled.
 */
class PartWriter {
  private readonly client: S3Client
  private readonly target: { Bucket: string; Key: string }
  private readonly params: Partial<PutObjectCommandInput>
  private readonly queueSize: number
  private readonly controller = new AbortController()
  private partSize: number
  private current: Buffer
  private filled = 0
  private readonly free: Buffer[] = []
  private parts = 0
  private creating: Promise<string> | undefined
  private readonly inFlight = new Set<Promise<void>>()
  private readonly completed: CompletedPart[] = []
  private failure: Error | undefined
  private readonly completeAfter: Promise<void> | undefined

  constructor(
    client: S3Client,
    target: { Bucket: string; Key: string },
    params: Partial<PutObjectCommandInput>,
    opts: { partSize: number; queueSize: number; signal?: AbortSignal; completeAfter?: Promise<void> },
  ) {
    this.client = client
    this.target = target
    this.params = params
    this.queueSize = Math.max(1, opts.queueSize)
    this.partSize = opts.partSize
    this.current = Buffer.allocUnsafeSlow(this.partSize)
    this.completeAfter = opts.completeAfter
    this.completeAfter?.catch(() => {}) // settled before end() awaits it, it is no unhandled rejection
    opts.signal?.addEventListener('abort', () => this.controller.abort(opts.signal?.reason), { once: true })
  }

  async write(chunk: Buffer): Promise<void> {
    for (let at = 0; at < chunk.length;) {
      const n = chunk.copy(this.current, this.filled, at)
      this.filled += n
      at += n
      if (this.filled === this.current.length) await this.sendPart()
    }
  }

  /** Sends what is left and, once `completeAfter` resolved, completes the object. */
  async end(): Promise<void> {
    if (this.creating === undefined) {
      // The whole object fits in one part: one PutObject.
      await this.allowed()
      await this.client.send(
        new PutObjectCommand({ ...this.params, ...this.target, Body: this.current.subarray(0, this.filled) }),
        this.options(),
      )
      return
    }
    if (this.filled > 0) await this.sendPart()
    await Promise.all([...this.inFlight])
    if (this.failure !== undefined) throw this.failure
    await this.allowed()
    const Parts = [...this.completed].sort((a, b) => (a.PartNumber ?? 0) - (b.PartNumber ?? 0))
    await this.client.send(
      new CompleteMultipartUploadCommand({ ...this.target, UploadId: await this.creating, MultipartUpload: { Parts } }),
      this.options(),
    )
  }

  /**
   * Resolves once `completeAfter` did; rejects with its reason, or with the abort's when the upload
   * is aborted first: a cancelled run does not wait for the check to end before the upload is aborted.
   */
  private async allowed(): Promise<void> {
    if (this.completeAfter) await Promise.race([this.completeAfter, whenAborted(this.controller.signal)])
  }

  /** Stops sending; resolves, once no part is in flight, with the multipart upload's id to abort. */
  async fail(): Promise<string | undefined> {
    this.controller.abort(new Error('the upload failed'))
    await Promise.allSettled([...this.inFlight])
    return this.creating?.catch(() => undefined)
  }

  /** A stalled request ends by the client's socket timeout (then retried, up to maxAttempts); `fail` ends them all. */
  private options(): { abortSignal: AbortSignal } {
    return { abortSignal: this.controller.signal }
  }

  private async sendPart(): Promise<void> {
    while (this.inFlight.size >= this.queueSize && this.failure === undefined) await Promise.race(this.inFlight)
    if (this.failure !== undefined) throw this.failure
    const partNumber = ++this.parts
    if (partNumber > 10_000) throw new Error("the object needs more than 10,000 parts, S3's limit")
    // Not aborted with the parts: a CreateMultipartUpload that reached S3 makes an upload that only
    // its id can abort, so `fail` waits for that id (this request's own timeout bounds the wait).
    this.creating ??= this.client
      .send(new CreateMultipartUploadCommand({ ...this.params, ...this.target }), {
        abortSignal: AbortSignal.timeout(CREATE_TIMEOUT_MS),
      })
      .then((r) => {
        if (!r.UploadId) throw new Error('S3 returned no UploadId for CreateMultipartUpload')
        return r.UploadId
      })
    const buffer = this.current
    const body = buffer.subarray(0, this.filled)
    const checksum = this.params.ChecksumAlgorithm ? { ChecksumAlgorithm: this.params.ChecksumAlgorithm } : {}
    const sending: Promise<void> = this.creating
      .then((UploadId) =>
        this.client.send(
          new UploadPartCommand({ ...this.target, UploadId, PartNumber: partNumber, Body: body, ...checksum }),
          this.options(),
        ),
      )
      .then(
        (r) =>
          void this.completed.push({
            PartNumber: partNumber,
            ETag: r.ETag,
            ...(r.ChecksumCRC32 ? { ChecksumCRC32: r.ChecksumCRC32 } : {}),
          }),
      )
      .catch((err: unknown) => void (this.failure ??= err instanceof Error ? err : new Error(String(err))))
      .finally(() => {
        this.inFlight.delete(sending)
        if (buffer.length === this.partSize) this.free.push(buffer)
      })
    this.inFlight.add(sending)
    if (partNumber % 1000 === 0) {
      this.partSize *= 2
      this.free.length = 0 // smaller buffers are not reused: the next part is the new size
    }
    this.filled = 0
    this.current = this.free.pop() ?? Buffer.allocUnsafeSlow(this.partSize)
  }
}

function httpStatus(err: unknown): number | undefined {
  return (err as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode
}

function isNotFound(err: unknown): boolean {
  const name = (err as { name?: string }).name
  return name === 'NoSuchKey' || name === 'NotFound' || httpStatus(err) === 404
}

function describe(err: unknown): string {
  return err instanceof Error ? `${err.name}: ${err.message}` : String(err)
}
