import type { Readable } from 'node:stream'

/** What a backup (or any artifact) is stored with, whatever the store. */
export interface PutOptions {
  contentType?: string
  /** User metadata (known before the upload starts). */
  metadata?: Record<string, string>
  /** Object tags (S3) or blob index tags (Azure). */
  tags?: Record<string, string>
  signal?: AbortSignal
  /**
   * upload: the object is completed (S3's CompleteMultipartUpload or its one PutObject, Azure's
   * block list commit) only once this resolves, every part being sent while it is awaited; its
   * rejection fails the upload, which is aborted, with that reason. A check of the same bytes that
   * ends after them (db-backup's restore beside the upload) decides whether the object appears.
   */
  completeAfter?: Promise<void>
}

export interface UploadResult {
  /** Bytes sent, counted as they were hashed. */
  bytes: number
  /** SHA-256 (hex) of exactly the bytes sent. */
  sha256: string
  uri: string
}

/**
 * A place to stream objects to and from. `upload` is all-or-nothing: the object appears at `key`
 * only when `body` ended without error; when the body errors (e.g. a gate saw the producer fail),
 * the store aborts (S3: AbortMultipartUpload; Azure: the block list is never committed) and
 * rejects with the body's error, not the abort's.
 */
export interface Store {
  readonly kind: 's3' | 'azure-blob'
  /** The URI of `key` as users write it (s3://bucket/key, https://account.blob.../container/key). */
  uri(key: string): string
  upload(key: string, body: Readable, opts?: PutOptions): Promise<UploadResult>
  put(key: string, data: string | Buffer, opts?: PutOptions): Promise<void>
  /**
   * The object as a stream; rejects when it does not exist (NotFound). One larger than a range (8 MiB
   * by default) is read in ranges a few at a time, in order, and fails with ObjectChanged if it is
   * replaced or deleted meanwhile.
   */
  download(key: string, signal?: AbortSignal): Promise<Readable>
  /** The object's size, or undefined when it does not exist. */
  size(key: string, signal?: AbortSignal): Promise<number | undefined>
  getText(key: string, signal?: AbortSignal): Promise<string>
  /**
   * A URL that reads the object without other credentials, valid for `ttlMs` (Azure Blob: a read-only
   * SAS, signed by the account key or, signed in with Entra ID, a user delegation key); a secret.
   */
  readUrl?(key: string, ttlMs: number, signal?: AbortSignal): Promise<string>
  close(): void
}

/** Thrown by Store.download/getText when the object does not exist. */
export class NotFound extends Error {
  constructor(uri: string) {
    super(`${uri} does not exist`)
    this.name = 'NotFound'
  }
}
