import { createWebSiteManagement, type WebSiteManagementContext } from '@azure/arm-appservice/api'
import {
  createZipDeploymentForStaticSite,
  createZipDeploymentForStaticSiteBuild,
  getStaticSiteBuild,
} from '@azure/arm-appservice/api/staticSites'
import { armRetry, countAndBoundRequests, armClientOptions } from './arm.ts'
import type { AzureAuth } from './auth.ts'
// A type only (erased): a bundle of this client does not carry the Container Apps SDK.
import type { CallContext } from './container-apps.ts'
import './sdk-log.ts'

export type { CallContext }

/**
 * One Static Web App over ARM: zip deployments (the zip at a URL the service fetches itself, e.g.
 * a Blob SAS URL) to its production environment or to a named environment, and each environment's
 * build (host name and status). Static Web Apps has no traffic split: an environment serves one
 * build, so a staging environment is where a release is seen before production.
 */

/** The production environment's build name. */
export const PRODUCTION_ENVIRONMENT = 'default'

export interface EnvironmentBuild {
  environment: string
  /** The environment's host name as ARM gives it (never built by hand). */
  hostname: string
  /** WaitingForDeployment, Uploading, Deploying, Ready, Failed, Deleting, Detached. */
  status: string
  lastUpdatedOn?: string
}

/** How often a deployment is polled: static deployments take seconds to minutes. */
const POLL_MS = 1000

export class StaticSite {
  readonly context: WebSiteManagementContext
  readonly resourceGroup: string
  readonly name: string
  /** ARM requests sent (attempts, polls included). */
  requests = 0

  constructor(
    auth: AzureAuth,
    resourceGroup: string,
    name: string,
    userAgent: string,
    opts: { requestTimeoutMs?: number } = {},
  ) {
    this.resourceGroup = resourceGroup
    this.name = name
    const timeout = opts.requestTimeoutMs ?? 30_000
    this.context = createWebSiteManagement(auth.credential, auth.subscriptionId, {
      ...armClientOptions(auth, userAgent, [countAndBoundRequests(timeout, () => this.requests++)]),
      credentials: { scopes: [auth.armScope] },
    })
  }

  /** An environment's build: its host name and status. */
  async build(environment: string, ctx: CallContext): Promise<EnvironmentBuild> {
    const b = await armRetry(
      (signal) => getStaticSiteBuild(this.context, this.resourceGroup, this.name, environment, { abortSignal: signal }),
      { what: `read environment ${environment} of ${this.name}`, ...ctx },
    )
    return {
      environment,
      hostname: b.hostname ?? '',
      status: b.status ?? 'unknown',
      lastUpdatedOn: b.lastUpdatedOn?.toISOString(),
    }
  }

  /**
   * Deploys the zip at `appZipUrl` to `environment` (production is `default`) and waits for the
   * operation to end. Sending it again after a lost answer deploys the same zip again: harmless,
   * hence retried like a read.
   */
  async zipDeploy(
    environment: string,
    appZipUrl: string,
    deploymentTitle: string,
    ctx: CallContext,
    pollMs = POLL_MS,
  ): Promise<void> {
    const envelope = { appZipUrl, deploymentTitle, provider: 'deploy-actions' }
    await armRetry(
      async (signal) => {
        const opts = { abortSignal: signal, updateIntervalInMs: pollMs }
        const poller =
          environment === PRODUCTION_ENVIRONMENT
            ? createZipDeploymentForStaticSite(this.context, this.resourceGroup, this.name, envelope, opts)
            : createZipDeploymentForStaticSiteBuild(
                this.context,
                this.resourceGroup,
                this.name,
                environment,
                envelope,
                opts,
              )
        await poller.pollUntilDone({ abortSignal: signal })
      },
      { what: `deploy to environment ${environment} of ${this.name}`, ...ctx, attempts: 3 },
    )
  }
}
