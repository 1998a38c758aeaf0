import { CdnManagementClient } from '@azure/arm-cdn'
import { armRetry, countAndBoundRequests, armClientOptions } from './arm.ts'
import type { AzureAuth } from './auth.ts'
// A type only (erased): a bundle of this client does not carry the Container Apps SDK.
import type { CallContext } from './container-apps.ts'
import './sdk-log.ts'

/**
 * Purging an Azure Front Door (Standard/Premium) endpoint or a classic Azure CDN endpoint over ARM:
 * a long-running operation, waited on until the edge has dropped the paths. A purge is idempotent
 * (purging twice drops nothing more), so a lost answer is safely sent again.
 */

export type CdnKind = 'front-door' | 'cdn'

/** How often a purge is polled: Front Door purges take seconds to minutes. */
const POLL_MS = 1000

export class CdnEndpoint {
  readonly client: CdnManagementClient
  readonly resourceGroup: string
  readonly profile: string
  readonly endpoint: string
  readonly kind: CdnKind
  requests = 0

  constructor(
    auth: AzureAuth,
    target: { resourceGroup: string; profile: string; endpoint: string; kind: CdnKind },
    userAgent: string,
    opts: { requestTimeoutMs?: number } = {},
  ) {
    this.resourceGroup = target.resourceGroup
    this.profile = target.profile
    this.endpoint = target.endpoint
    this.kind = target.kind
    const timeout = opts.requestTimeoutMs ?? 30_000
    this.client = new CdnManagementClient(auth.credential, auth.subscriptionId, {
      ...armClientOptions(auth, userAgent, [countAndBoundRequests(timeout, () => this.requests++)]),
      credentialScopes: [auth.armScope],
    })
  }

  /** Purges `paths` (and, on Front Door, only for `domains` when given) and waits until it is done. */
  async purge(paths: string[], domains: string[] | undefined, ctx: CallContext, pollMs = POLL_MS): Promise<void> {
    const opts = { updateIntervalInMs: pollMs }
    await armRetry(
      (signal) =>
        this.kind === 'front-door'
          ? this.client.afdEndpoints.beginPurgeContentAndWait(
              this.resourceGroup,
              this.profile,
              this.endpoint,
              { contentPaths: paths, ...(domains ? { domains } : {}) },
              { ...opts, abortSignal: signal },
            )
          : this.client.endpoints.beginPurgeContentAndWait(
              this.resourceGroup,
              this.profile,
              this.endpoint,
              { contentPaths: paths },
              { ...opts, abortSignal: signal },
            ),
      { what: `purge ${this.kind === 'front-door' ? 'Front Door' : 'CDN'} endpoint ${this.endpoint}`, ...ctx },
    )
  }
}
