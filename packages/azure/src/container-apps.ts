import type { ContainerApp, Revision, Template } from '@azure/arm-appcontainers'
import { createContainerAppsAPI, type ContainerAppsAPIContext } from '@azure/arm-appcontainers/api'
import { get, update } from '@azure/arm-appcontainers/api/containerApps'
import {
  activateRevision,
  deactivateRevision,
  getRevision,
  listRevisions,
} from '@azure/arm-appcontainers/api/containerAppsRevisions'
import { sleep } from '@deploy-actions/core'
import { armRetry } from './arm.ts'
import type { AzureAuth } from './auth.ts'

/**
 * One Container App over ARM: its traffic, revisions and template. Every write is a PATCH of only
 * what changes (never the GET body sent back, which lacks secret values) and is followed by a read.
 */

export interface TrafficEntry {
  revisionName?: string
  latestRevision?: boolean
  weight: number
  label?: string
}

export interface AppState {
  location: string
  provisioningState?: string
  mode: string
  traffic: TrafficEntry[]
  /** The app's own host name (its main URL), when ingress is enabled. */
  fqdn?: string
  tags: Record<string, string>
  latestRevisionName?: string
  template?: Template
}

export interface RevisionInfo {
  name: string
  active: boolean
  fqdn?: string
  createdTime?: Date
  healthState?: string
  provisioningState?: string
  runningState?: string
  replicas: number
  image?: string
  provisioningError?: string
}

export interface CallContext {
  signal?: AbortSignal
  budgetMs: number
  maxRetryAfterMs?: number
  onRetry?: (line: string) => void
}

/** The longest wait between reads of an app whose change is in progress: traffic changes finish in seconds. */
const POLL_MS = 1000

export class ContainerApps {
  readonly context: ContainerAppsAPIContext
  readonly resourceGroup: string
  readonly name: string
  /** ARM requests sent (attempts, polls included), for the timeline and the bench. */
  requests = 0

  constructor(auth: AzureAuth, resourceGroup: string, name: string, userAgent: string) {
    this.resourceGroup = resourceGroup
    this.name = name
    this.context = createContainerAppsAPI(auth.credential, auth.subscriptionId, {
      endpoint: auth.armEndpoint,
      credentials: { scopes: [auth.armScope] },
      retryOptions: { maxRetries: 0 },
      userAgentOptions: { userAgentPrefix: userAgent },
      additionalPolicies: [
        {
          position: 'perCall',
          policy: { name: 'countRequests', sendRequest: (req, next) => (this.requests++, next(req)) },
        },
      ],
    })
  }

  async get(ctx: CallContext): Promise<AppState> {
    const app = await armRetry((signal) => get(this.context, this.resourceGroup, this.name, { abortSignal: signal }), {
      what: `read app ${this.name}`,
      ...ctx,
    })
    return appState(app)
  }

  async revisions(ctx: CallContext): Promise<RevisionInfo[]> {
    return armRetry(
      async (signal) => {
        const out: RevisionInfo[] = []
        for await (const r of listRevisions(this.context, this.resourceGroup, this.name, { abortSignal: signal }))
          out.push(revisionInfo(r))
        return out
      },
      { what: `list revisions of ${this.name}`, ...ctx },
    )
  }

  async revision(name: string, ctx: CallContext): Promise<RevisionInfo> {
    const r = await armRetry(
      (signal) => getRevision(this.context, this.resourceGroup, this.name, name, { abortSignal: signal }),
      { what: `read revision ${name}`, ...ctx },
    )
    return revisionInfo(r)
  }

  /**
   * Sets the traffic block (and the tags, when given) in one PATCH, then reads the app until the
   * operation has finished, and returns what the read shows. The PATCH and the reads are retried
   * separately: a lost poll never re-sends the change, and re-sending the same weights after a
   * lost answer is harmless.
   */
  async setTraffic(
    location: string,
    traffic: TrafficEntry[],
    tags: Record<string, string> | undefined,
    ctx: CallContext,
  ): Promise<AppState> {
    const envelope: ContainerApp = { location, configuration: { ingress: { traffic } }, ...(tags ? { tags } : {}) }
    await armRetry(
      (signal) => update(this.context, this.resourceGroup, this.name, envelope, { abortSignal: signal }).submitted(),
      { what: `set traffic of ${this.name}`, ...ctx },
    )
    return this.settled(ctx)
  }

  /** Sets the tags alone. */
  async setTags(location: string, tags: Record<string, string>, ctx: CallContext): Promise<AppState> {
    await armRetry(
      (signal) =>
        update(this.context, this.resourceGroup, this.name, { location, tags }, { abortSignal: signal }).submitted(),
      { what: `set tags of ${this.name}`, ...ctx },
    )
    return this.settled(ctx)
  }

  /**
   * Sends a new template, which creates the revision `<app>--<suffix>`. A retry after a lost
   * answer finds the revision already there and stops: the template is never applied twice.
   */
  async updateTemplate(location: string, template: Template, ctx: CallContext): Promise<AppState> {
    const revisionName = `${this.name}--${template.revisionSuffix ?? ''}`
    await armRetry(
      async (signal) => {
        if (await this.revisionIfExists(revisionName, signal)) return
        await update(
          this.context,
          this.resourceGroup,
          this.name,
          { location, template },
          { abortSignal: signal },
        ).submitted()
      },
      { what: `create revision ${revisionName}`, ...ctx },
    )
    return this.settled(ctx)
  }

  /** Reads the app until no operation is in progress on it; a failed one is an error. */
  async settled(ctx: CallContext): Promise<AppState> {
    for (let poll = 0; ; poll++) {
      const state = await this.get(ctx)
      if (state.provisioningState === 'Failed' || state.provisioningState === 'Canceled') {
        throw new Error(`the change to ${this.name} ended ${state.provisioningState} (provisioningState)`)
      }
      if (state.provisioningState !== 'InProgress') return state
      await sleep(Math.min(POLL_MS, 100 * 2 ** poll), ctx.signal)
    }
  }

  async deactivate(revision: string, ctx: CallContext): Promise<void> {
    await armRetry(
      (signal) => deactivateRevision(this.context, this.resourceGroup, this.name, revision, { abortSignal: signal }),
      { what: `deactivate ${revision}`, ...ctx },
    )
  }

  async activate(revision: string, ctx: CallContext): Promise<void> {
    await armRetry(
      (signal) => activateRevision(this.context, this.resourceGroup, this.name, revision, { abortSignal: signal }),
      { what: `activate ${revision}`, ...ctx },
    )
  }

  private async revisionIfExists(name: string, signal: AbortSignal): Promise<Revision | undefined> {
    try {
      return await getRevision(this.context, this.resourceGroup, this.name, name, { abortSignal: signal })
    } catch (err) {
      if ((err as { statusCode?: number }).statusCode === 404) return undefined
      throw err
    }
  }
}

function appState(app: ContainerApp): AppState {
  return {
    location: app.location,
    provisioningState: app.provisioningState,
    mode: app.configuration?.activeRevisionsMode ?? 'Single',
    traffic: (app.configuration?.ingress?.traffic ?? []).map((t) => ({ ...t, weight: t.weight ?? 0 })),
    fqdn: app.configuration?.ingress?.fqdn,
    tags: { ...app.tags },
    latestRevisionName: app.latestRevisionName,
    template: app.template,
  }
}

function revisionInfo(r: Revision): RevisionInfo {
  return {
    name: r.name ?? '',
    active: r.active === true,
    fqdn: r.fqdn,
    createdTime: r.createdTime,
    healthState: r.healthState,
    provisioningState: r.provisioningState,
    runningState: r.runningState,
    replicas: r.replicas ?? 0,
    image: r.template?.containers?.[0]?.image,
    provisioningError: r.provisioningError,
  }
}

/** The weights by revision name; a `latestRevision` entry counts for `latest`. */
export function weightsByRevision(
  traffic: readonly TrafficEntry[],
  latest: string | undefined,
): Record<string, number> {
  const out: Record<string, number> = {}
  for (const t of traffic) {
    const rev = t.latestRevision ? latest : t.revisionName
    if (rev) out[rev] = (out[rev] ?? 0) + t.weight
  }
  return out
}
