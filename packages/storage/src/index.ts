export * from './location.ts'
export * from './stream.ts'
export * from './store.ts'
export { ObjectChanged } from './ranged.ts'
export type { S3DestinationOptions } from './s3.ts'
export type { BlobAuth, BlobDestinationOptions } from './blob.ts'
import type { BlobAuth, BlobDestinationOptions } from './blob.ts'
import type { S3DestinationOptions } from './s3.ts'
import type { Store } from './store.ts'

/**
 * The SDKs load only when their store is opened: the AWS and Azure SDKs together add tens of MB to
 * a process that needs one of them.
 */
export async function s3Destination(opts: S3DestinationOptions): Promise<Store> {
  const { s3Destination: open } = await import('./s3.ts')
  return open(opts)
}

/**
 * An Azure Blob container; `auth` is `{ connectionString }`, or `{ credential, accountUrl }` with a
 * TokenCredential (Entra ID / OIDC).
 */
export async function blobDestination(auth: BlobAuth, opts: BlobDestinationOptions): Promise<Store> {
  const { blobDestination: open } = await import('./blob.ts')
  return open(auth, opts)
}

/**
 * A SAS for one blob, made from the account key of `connectionString` (or its own SAS when it
 * carries one instead of a key): what ARM's SQL export and import are handed, so they can write or
 * read that blob and nothing else, until `expiresOn`. Returns the blob's URL (no query) and the SAS
 * (a query string without "?"). A secret: mask it.
 */
export async function blobSas(
  connectionString: string,
  container: string,
  key: string,
  permissions: string,
  expiresOn: Date,
): Promise<{ url: string; sas: string }> {
  const { blobSas: make } = await import('./blob.ts')
  return make(connectionString, container, key, permissions, expiresOn)
}
