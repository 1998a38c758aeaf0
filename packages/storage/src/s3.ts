import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import {
  AbortMultipartUploadCommand,
  GetObjectCommand,
  HeadObjectCommand,
  PutObjectCommand,
  S3Client,
  type PutObjectCommandInput,
  type StorageClass,
} from '@aws-sdk/client-s3'
import { Upload } from '@aws-sdk/lib-storage'
import { joinKey } from './location.ts'
import { HashingStream } from './stream.ts'
import { NotFound, type PutOptions, type Store, type UploadResult } from './store.ts'

export interface S3DestinationOptions {
  bucket: string
  region?: string
  /** An S3-compatible endpoint (path-style, checksums only when required); AWS S3 when absent. */
  endpoint?: string
  /** Static credentials; the SDK's default chain (env, OIDC web identity, profile...) when absent. */
  credentials?: { accessKeyId: string; secretAccessKey: string; sessionToken?: string }
  /** Idle time after which a request is given up (and retried, up to maxAttempts). */
  timeoutMs?: number
  maxAttempts?: number
  /** Multipart part size (≥ 5 MiB, default 8 MiB: objects up to ~78 GiB); memory is about partSize × (queueSize + 1). */
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
    ...(compatible ? { endpoint: opts.endpoint, forcePathStyle: true, requestChecksumCalculation: 'WHEN_REQUIRED', responseChecksumValidation: 'WHEN_REQUIRED' } : {}),
    ...(opts.credentials ? { credentials: opts.credentials } : {}),
    maxAttempts: opts.maxAttempts ?? 3,
    requestHandler: { connectionTimeout: Math.min(timeoutMs, 10_000), socketTimeout: timeoutMs },
  })
  const bucket = opts.bucket
  const uri = (key: string) => `s3://${bucket}/${key}`
  const common = (o: PutOptions = {}): Partial<PutObjectCommandInput> => ({
    ContentType: o.contentType ?? 'application/octet-stream',
    ...(o.metadata ? { Metadata: o.metadata } : {}),
    ...(o.tags && Object.keys(o.tags).length > 0 ? { Tagging: new URLSearchParams(o.tags).toString() } : {}),
    ...(opts.serverSideEncryption ? { ServerSideEncryption: opts.serverSideEncryption } : {}),
    ...(opts.kmsKeyId ? { SSEKMSKeyId: opts.kmsKeyId } : {}),
    ...(opts.storageClass ? { StorageClass: opts.storageClass as StorageClass } : {}),
    ...(opts.objectLock ? { ObjectLockMode: opts.objectLock.mode, ObjectLockRetainUntilDate: opts.objectLock.retainUntil } : {}),
    // Object Lock requires an integrity header, and AWS S3 verifies each part with it. S3-compatible
    // services often reject or ignore x-amz-checksum-* headers (R2: 501), so they get none unless locking.
    ...(!compatible || opts.objectLock ? { ChecksumAlgorithm: 'CRC32' as const } : {}),
  })

  /** Aborts until S3 says the upload is gone: a part in flight during the first abort can land after it. */
  async function abortUpload(key: string, uploadId: string): Promise<string | undefined> {
    for (let attempt = 1; attempt <= 3; attempt++) {
      try {
        await client.send(new AbortMultipartUploadCommand({ Bucket: bucket, Key: key, UploadId: uploadId }), { abortSignal: AbortSignal.timeout(timeoutMs) })
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
      const upload = new Upload({
        client,
        partSize: Math.max(opts.partSizeBytes ?? 8 * 1024 * 1024, MIN_PART_SIZE),
        queueSize: opts.queueSize ?? 2,
        // We abort ourselves: lib-storage's own abort would hide the real error behind the abort's.
        leavePartsOnError: true,
        params: { Bucket: bucket, Key: key, Body: hasher, ...common(o) },
      })
      const onAbort = () => void upload.abort().catch(() => {})
      o.signal?.addEventListener('abort', onAbort, { once: true })
      try {
        await upload.done()
        await flowing
        return { bytes: hasher.bytes, sha256: hasher.digest(), uri: uri(key) }
      } catch (err) {
        body.destroy()
        hasher.destroy()
        const uploadId = upload.uploadId
        const abortProblem = uploadId ? await abortUpload(key, uploadId) : undefined
        const reason = err instanceof Error ? err : new Error(String(err))
        if (abortProblem) reason.message = `${reason.message}; ${abortProblem}`
        throw reason
      } finally {
        o.signal?.removeEventListener('abort', onAbort)
      }
    },
    async put(key, data, o = {}) {
      await client.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: typeof data === 'string' ? Buffer.from(data) : data, ...common(o) }), {
        abortSignal: o.signal ?? AbortSignal.timeout(timeoutMs),
      })
    },
    async download(key, signal) {
      try {
        const r = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key }), { abortSignal: signal })
        if (!(r.Body instanceof Readable)) throw new Error(`${uri(key)}: the response has no readable body`)
        return r.Body
      } catch (err) {
        if (isNotFound(err)) throw new NotFound(uri(key))
        throw err
      }
    },
    async size(key, signal) {
      try {
        const r = await client.send(new HeadObjectCommand({ Bucket: bucket, Key: key }), { abortSignal: signal ?? AbortSignal.timeout(timeoutMs) })
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

/** `s3://bucket/prefix` + key. */
export const s3Key = (prefix: string, ...rest: string[]) => joinKey(prefix, ...rest)

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
