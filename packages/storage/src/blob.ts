import type { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import type { TokenCredential } from '@azure/core-auth'
import {
  BlobSASPermissions,
  BlobServiceClient,
  generateBlobSASQueryParameters,
  type StoragePipelineOptions,
} from '@azure/storage-blob'
import { oneLine, whenAborted } from '@deploy-actions/core'
import '@deploy-actions/azure/sdk-log'
import { type ObjectRequest, type RangeOptions, rangeReading, readObject } from './ranged.ts'
import { gate, HashingStream } from './stream.ts'
import { NotFound, type PutOptions, type Store, type UploadResult } from './store.ts'

/**
 * How to reach a storage account: a connection string (Azurite, shared keys) or a TokenCredential
 * (Entra ID, e.g. GitHub OIDC through @deploy-actions/azure) with the account URL. With a
 * credential the SDK asks for tokens for https://storage.azure.com/.default (the same in every
 * cloud); `method` says how it signs in (AzureAuth.method), for error messages.
 */
export type BlobAuth =
  { connectionString: string } | { credential: TokenCredential; accountUrl: string; method?: string }

export interface BlobDestinationOptions extends RangeOptions {
  container: string
  /** Idle/attempt time after which a request is given up (and retried, up to maxAttempts). */
  timeoutMs?: number
  maxAttempts?: number
  /** Block size; memory is about blockSize × concurrency. */
  blockSizeBytes?: number
  concurrency?: number
  /** Access tier of the blob (Hot, Cool, Cold, Archive). */
  tier?: string
}

/** An Azure Blob container as a Store. */
export function blobDestination(auth: BlobAuth, opts: BlobDestinationOptions): Store {
  const timeoutMs = opts.timeoutMs ?? 60_000
  const ranges = rangeReading(opts)
  const pipelineOptions: StoragePipelineOptions = {
    retryOptions: {
      maxTries: opts.maxAttempts ?? 3,
      tryTimeoutInMs: timeoutMs,
      retryDelayInMs: 200,
      maxRetryDelayInMs: 2000,
    },
  }
  const service =
    'connectionString' in auth
      ? BlobServiceClient.fromConnectionString(auth.connectionString, pipelineOptions)
      : new BlobServiceClient(auth.accountUrl, auth.credential, pipelineOptions)
  const container = service.getContainerClient(opts.container)
  const uri = (key: string) => `${container.url}/${key}`
  // Only a signed-in identity gets the Entra ID explanations; shared-key errors stay as they are.
  const explain =
    'credential' in auth
      ? (err: unknown, what: string) => explainEntraError(err, what, opts.container, auth.method)
      : (err: unknown) => err
  const headers = (o: PutOptions) => ({
    blobHTTPHeaders: { blobContentType: o.contentType ?? 'application/octet-stream' },
    ...(o.metadata ? { metadata: o.metadata } : {}),
    ...(o.tags && Object.keys(o.tags).length > 0 ? { tags: o.tags } : {}),
    ...(opts.tier ? { tier: opts.tier } : {}),
  })
  return {
    kind: 'azure-blob',
    uri,
    async upload(key, body, o = {}): Promise<UploadResult> {
      const hasher = new HashingStream()
      // uploadStream commits as the stream ends, so completeAfter holds the stream's end; while it
      // is awaited nothing need move, and the watchdog below must not take that for a dead service.
      let holding = false
      const completeAfter = o.completeAfter
      const held = completeAfter
        ? gate(completeAfter, () => {
            holding = true
            const release = () => (holding = false)
            completeAfter.then(release, release)
          })
        : undefined
      const flowing = (held ? pipeline(body, held, hasher) : pipeline(body, hasher)).catch(() => {})
      const controller = new AbortController()
      const onAbort = () => controller.abort(o.signal?.reason)
      o.signal?.addEventListener('abort', onAbort, { once: true })
      // A failing body must fail the upload: uploadStream commits the block list only at a clean end,
      // so no blob appears (staged blocks stay uncommitted and Azure discards them after 7 days).
      let bodyError: unknown
      hasher.on('error', (err) => {
        bodyError = err
        controller.abort(err)
      })
      // The SDK's tryTimeoutInMs is only a server-side hint: a path that stops answering would hang
      // forever. A watchdog aborts when neither the body nor the staged blocks moved for that long.
      const idleLimit = timeoutMs * (opts.maxAttempts ?? 3)
      let seen = -1
      let staged = 0
      let lastMove = Date.now()
      const watchdog = setInterval(
        () => {
          if (hasher.bytes + staged !== seen || holding) {
            seen = hasher.bytes + staged
            lastMove = Date.now()
          } else if (Date.now() - lastMove > idleLimit) {
            controller.abort(
              new Error(`Azure Blob storage stopped answering: no progress for ${Math.round(idleLimit / 1000)}s`),
            )
          }
        },
        Math.max(50, Math.min(1000, idleLimit / 4)),
      )
      try {
        const uploading = container
          .getBlockBlobClient(key)
          .uploadStream(hasher, opts.blockSizeBytes ?? 8 * 1024 * 1024, opts.concurrency ?? 4, {
            ...headers(o),
            abortSignal: controller.signal,
            onProgress: (p) => (staged = p.loadedBytes),
          })
        uploading.catch(() => {})
        // uploadStream does not settle while a hung block request is outstanding, abort or not; the
        // commit it would send later carries the aborted signal, so no blob can appear after this.
        await Promise.race([uploading, whenAborted(controller.signal)])
        await flowing
        if (bodyError) throw toError(bodyError)
        return { bytes: hasher.bytes, sha256: hasher.digest(), uri: uri(key) }
      } catch (err) {
        body.destroy()
        hasher.destroy()
        const reason: unknown = controller.signal.aborted && !bodyError ? controller.signal.reason : undefined
        throw toError(bodyError ?? reason ?? explain(err, `writing ${uri(key)}`))
      } finally {
        clearInterval(watchdog)
        o.signal?.removeEventListener('abort', onAbort)
      }
    },
    async put(key, data, o = {}) {
      const buf = typeof data === 'string' ? Buffer.from(data) : data
      try {
        await container
          .getBlockBlobClient(key)
          .uploadData(buf, { ...headers(o), abortSignal: o.signal ?? AbortSignal.timeout(timeoutMs) })
      } catch (err) {
        throw explain(err, `writing ${uri(key)}`)
      }
    },
    async download(key, signal) {
      const blob = container.getBlobClient(key)
      // The SDK resumes an answer that breaks off (maxRetryRequests), from where it stopped.
      const request: ObjectRequest = async (range, abortSignal) => {
        let r
        try {
          r = await blob.download(range?.start ?? 0, range ? range.end - range.start + 1 : undefined, {
            abortSignal,
            maxRetryRequests: 3,
            ...(range?.etag ? { conditions: { ifMatch: range.etag } } : {}),
          })
        } catch (err) {
          // The statuses readObject reads stay as they are; any other failure is explained here, for
          // the ranges read while the stream is consumed too.
          if ([404, 412, 416].includes(statusOf(err) ?? 0)) throw err
          throw explain(err, `reading ${uri(key)}`)
        }
        if (!r.readableStreamBody) throw new Error(`${uri(key)}: the response has no body`)
        return { body: r.readableStreamBody as Readable, contentRange: r.contentRange, etag: r.etag }
      }
      try {
        return await readObject(uri(key), request, statusOf, { ...ranges, signal })
      } catch (err) {
        if (statusOf(err) === 404) throw new NotFound(uri(key))
        throw err
      }
    },
    async size(key, signal) {
      try {
        const p = await container
          .getBlobClient(key)
          .getProperties({ abortSignal: signal ?? AbortSignal.timeout(timeoutMs) })
        return p.contentLength
      } catch (err) {
        if (statusOf(err) === 404) return undefined
        throw explain(err, `reading ${uri(key)}`)
      }
    },
    async getText(key, signal) {
      const stream = await this.download(key, signal ?? AbortSignal.timeout(timeoutMs))
      const chunks: Buffer[] = []
      for await (const c of stream) chunks.push(c as Buffer)
      return Buffer.concat(chunks).toString('utf8')
    },
    async readUrl(key, ttlMs, signal) {
      const blob = container.getBlobClient(key)
      // A minute back: the service's clock may be behind the runner's.
      const startsOn = new Date(Date.now() - 60_000)
      const expiresOn = new Date(Date.now() + ttlMs)
      const permissions = BlobSASPermissions.parse('r')
      try {
        if ('connectionString' in auth) return await blob.generateSasUrl({ permissions, startsOn, expiresOn })
        const delegation = await service.getUserDelegationKey(startsOn, expiresOn, {
          abortSignal: signal ?? AbortSignal.timeout(timeoutMs),
        })
        const sas = generateBlobSASQueryParameters(
          { containerName: opts.container, blobName: key, permissions, startsOn, expiresOn },
          delegation,
          service.accountName,
        )
        return `${blob.url}?${sas.toString()}`
      } catch (err) {
        throw explain(err, `signing a read URL for ${uri(key)}`)
      }
    },
    close() {},
  }
}

/** See index.ts. */
export async function blobSas(
  connectionString: string,
  container: string,
  key: string,
  permissions: string,
  expiresOn: Date,
): Promise<{ url: string; sas: string }> {
  const blob = BlobServiceClient.fromConnectionString(connectionString).getContainerClient(container).getBlobClient(key)
  const own = /(?:^|;)SharedAccessSignature=([^;]+)/i.exec(connectionString)?.[1]
  if (own) return { url: blob.url.split('?')[0] as string, sas: own.replace(/^\?/, '') }
  // Start a few minutes back: the storage service's clock may be behind this runner's.
  const signed = await blob.generateSasUrl({
    permissions: BlobSASPermissions.parse(permissions),
    startsOn: new Date(Date.now() - 5 * 60_000),
    expiresOn,
  })
  const at = signed.indexOf('?')
  return { url: signed.slice(0, at), sas: signed.slice(at + 1) }
}

/**
 * What went wrong for a signed-in identity, as one line saying what to do; any other error is
 * returned as it is. Entra refused the sign-in (an identity library error carrying AADSTS…);
 * storage refused the token (401/403 AuthenticationFailed, InvalidAuthenticationInfo: audience,
 * issuer, lifetime); or the identity has no data role (403 AuthorizationPermissionMismatch,
 * AuthorizationFailure): Owner or Contributor on the account do not grant data access. A HEAD
 * answer has no body: its code comes from the x-ms-error-code header (details.errorCode).
 */
export function explainEntraError(err: unknown, what: string, container: string, method?: string): unknown {
  if (!(err instanceof Error)) return err
  const who = method ? ` (${method})` : ''
  if (
    /^(AuthenticationError|AuthenticationRequiredError|CredentialUnavailableError|AggregateAuthenticationError)$/.test(
      err.name,
    )
  ) {
    return new Error(`Signing in to Entra ID for Azure Blob storage${who} failed: ${oneLine(err.message)}`)
  }
  const e = err as Error & {
    statusCode?: number
    code?: string
    details?: { errorCode?: string; authenticationErrorDetail?: string }
  }
  const code = e.code ?? e.details?.errorCode
  const status = `HTTP ${e.statusCode} ${code}`
  if (e.statusCode === 403 && (code === 'AuthorizationPermissionMismatch' || code === 'AuthorizationFailure')) {
    return new Error(
      `Azure Blob storage refused ${what} (${status}): the signed-in identity${who} has no data role for it; ` +
        `grant it Storage Blob Data Contributor on the container ${container} or its storage account (Storage ` +
        `Blob Data Reader is enough for reading; Owner or Contributor alone give no access to data)`,
    )
  }
  if (
    (e.statusCode === 401 || e.statusCode === 403) &&
    (code === 'AuthenticationFailed' || code === 'InvalidAuthenticationInfo')
  ) {
    const detail = e.details?.authenticationErrorDetail ? `: ${oneLine(e.details.authenticationErrorDetail)}` : ''
    return new Error(
      `Azure Blob storage refused the Entra ID token${who} while ${what} (${status}${detail}); the token must ` +
        `be issued by the storage account's tenant for https://storage.azure.com`,
    )
  }
  return err
}

function toError(err: unknown): Error {
  return err instanceof Error ? err : new Error(String(err))
}

/** The HTTP status of a failed Azure request (RestError.statusCode). */
function statusOf(err: unknown): number | undefined {
  return (err as { statusCode?: number }).statusCode
}
