export * from './location.ts'
export * from './stream.ts'
export * from './store.ts'
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

/** An Azure Blob container; `auth` is a connection string or a TokenCredential (Entra ID / OIDC). */
export async function blobDestination(auth: BlobAuth, opts: BlobDestinationOptions): Promise<Store> {
  const { blobDestination: open } = await import('./blob.ts')
  return open(auth, opts)
}
