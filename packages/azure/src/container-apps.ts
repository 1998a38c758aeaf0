import type { ContainerApp, Revision, Template } from '@azure/arm-appcontainers'
import { createContainerAppsAPI, type ContainerAppsAPIContext } from '@azure/arm-appcontainers/api'
import { get, update } from '@azure/arm-appcontainers/api/containerApps'
import {
  activateRevision,
  deactivateRevision,
  getRevision,
  listRevisions,
} from '@azure/arm-appcontainers/api/containerAppsRevisions'
import { listReplicas } from '@azure/arm-appcontainers/api/containerAppsRevisionReplicas'
import { createHttpHeaders, type PipelineRequest, RestError, type SendRequest } from '@azure/core-rest-pipeline'
import { sleep } from '@deploy-actions/core'
import './sdk-log.ts'
import { armRetry, armClientOptions } from './arm.ts'
import type { AzureAuth } from './auth.ts'

/**
 * One Container App over ARM: its traffic, revisions and template. Every write is a PATCH of only
 * what changes (never the GET body sent back, which lacks secret values) and is followed by a read.
 */

/**
 * Labels revision mode (deployment labels, learn.microsoft.com/azure/container-apps/deployment-labels):
 * `configuration.activeRevisionsMode: "Labels"` ("Only revisions with labels are active. Traffic
 * weights can be applied to labels.") and `configuration.targetLabel` ("Required in labels revisions
 * mode. Label to apply to newly created revision."), in the Microsoft.App specs' preview
 * api-versions (the descriptions quoted from them). @azure/arm-appcontainers 4.0.0 (api-version 2026-07-01) passes the
 * mode through as the string it reads, but its Configuration model has no targetLabel: its
 * deserializer drops the field from a GET and its serializer from a PATCH. So the SDK still sends
 * every request, and this module reads targetLabel from the raw body (onResponse) and adds it to
 * the serialized PATCH body (configurationExtras below).
 */
export const LABELS_MODE = 'Labels'

/** A request header this client sets and its own policy removes again: configuration fields to add to a PATCH body. */
const CONFIGURATION_EXTRAS_HEADER = 'x-deploy-actions-configuration-extras'

/**
 * The pipeline policy behind CONFIGURATION_EXTRAS_HEADER: merges the header's fields into the JSON
 * body's properties.configuration (which the SDK serialized without them) and drops the header, so
 * ARM sees one ordinary PATCH.
 */
const configurationExtras = {
  name: 'configurationExtras',
  sendRequest: (req: PipelineRequest, next: SendRequest) => {
    const extras = req.headers.get(CONFIGURATION_EXTRAS_HEADER)
    if (extras === undefined) return next(req)
    req.headers.delete(CONFIGURATION_EXTRAS_HEADER)
    const body = JSON.parse(typeof req.body === 'string' ? req.body : '{}') as {
      properties?: { configuration?: Record<string, unknown> }
    }
    body.properties = body.properties ?? {}
    body.properties.configuration = { ...body.properties.configuration, ...(JSON.parse(extras) as object) }
    req.body = JSON.stringify(body)
    return next(req)
  },
}

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
  /** Labels mode: the label a newly created revision gets (configuration.targetLabel, read from the raw body). */
  targetLabel?: string
  /** false: internal ingress, reachable only inside the environment's network. */
  external?: boolean
  tags: Record<string, string>
  /**
   * The newest revision that became ready: where a `latestRevision: true` entry sends its traffic
   * (not latestRevisionName, which may be a newer revision that never got ready).
   */
  latestReadyRevisionName?: string
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
  /** Its own template.scale, fixed when it was created: the limits and the HTTP rule's concurrentRequests. */
  scale?: { minReplicas?: number; maxReplicas?: number; concurrentRequests?: number }
}

export interface CallContext {
  signal?: AbortSignal
  budgetMs: number
  maxRetryAfterMs?: number
  onRetry?: (line: string) => void
}

/** The longest wait between polls of an operation in progress: traffic changes finish in seconds. */
const POLL_MS = 1000

/** A long-running operation to poll: its Azure-AsyncOperation URL (a status body) or Location (202 until done). */
interface Operation {
  url: string
  kind: 'status' | 'location'
}

export class ContainerApps {
  readonly context: ContainerAppsAPIContext
  readonly resourceGroup: string
  readonly name: string
  /** ARM requests sent (attempts, polls included), for the timeline and the bench. */
  requests = 0
  /** The traffic block as last read: where the revision labels are, which every traffic write carries. */
  private lastTraffic: TrafficEntry[] | undefined

  constructor(auth: AzureAuth, resourceGroup: string, name: string, userAgent: string) {
    this.resourceGroup = resourceGroup
    this.name = name
    this.context = createContainerAppsAPI(auth.credential, auth.subscriptionId, {
      ...armClientOptions(auth, userAgent, [
        {
          position: 'perCall',
          policy: { name: 'countRequests', sendRequest: (req, next) => (this.requests++, next(req)) },
        },
        { position: 'perCall', policy: configurationExtras },
      ]),
      credentials: { scopes: [auth.armScope] },
    })
  }

  async get(ctx: CallContext): Promise<AppState> {
    let targetLabel: unknown
    const app = await armRetry(
      (signal) =>
        get(this.context, this.resourceGroup, this.name, {
          abortSignal: signal,
          // The SDK's model drops configuration.targetLabel (see LABELS_MODE): read it from the body.
          onResponse: (res) =>
            (targetLabel = (
              res.parsedBody as { properties?: { configuration?: { targetLabel?: unknown } } } | undefined
            )?.properties?.configuration?.targetLabel),
        }),
      { what: `read app ${this.name}`, ...ctx },
    )
    const state = appState(app)
    if (typeof targetLabel === 'string') state.targetLabel = targetLabel
    this.lastTraffic = state.traffic
    return state
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
   * The revision's replicas that are running with every container ready (its replicas list, not the
   * count on the revision, which includes replicas still starting).
   */
  async runningReplicas(name: string, ctx: CallContext): Promise<number> {
    const list = await armRetry(
      (signal) => listReplicas(this.context, this.resourceGroup, this.name, name, { abortSignal: signal }),
      { what: `list replicas of ${name}`, ...ctx },
    )
    return list.value.filter((r) => r.runningState === 'Running' && (r.containers ?? []).every((c) => c.ready === true))
      .length
  }

  /**
   * Sets the traffic block (and the tags, when given) in one PATCH, waits for its operation to end,
   * and returns what a read of the app then shows. The PATCH replaces the whole traffic array, and
   * revision labels live only there: the labels of the last read are carried into it (see withLabels).
   */
  async setTraffic(
    location: string,
    weights: TrafficEntry[],
    tags: Record<string, string> | undefined,
    ctx: CallContext,
  ): Promise<AppState> {
    const current = this.lastTraffic ?? (await this.get(ctx)).traffic
    const traffic = withLabels(current, weights)
    const envelope: ContainerApp = { location, configuration: { ingress: { traffic } }, ...(tags ? { tags } : {}) }
    return this.write(`set traffic of ${this.name}`, (signal) => this.patch(envelope, signal), ctx)
  }

  /** Sets the tags alone. */
  async setTags(location: string, tags: Record<string, string>, ctx: CallContext): Promise<AppState> {
    return this.write(`set tags of ${this.name}`, (signal) => this.patch({ location, tags }, signal), ctx)
  }

  /**
   * Sends a new template (and the tags, when given), which creates the revision `<app>--<suffix>`.
   * A retry after a lost answer finds the revision already there and stops: the template is never
   * applied twice. In Labels mode `targetLabel` goes in the same PATCH: the new revision is created
   * under that label, never under the one the app is set to (which may be the label that carries
   * production).
   */
  async updateTemplate(
    location: string,
    template: Template,
    ctx: CallContext,
    extra: { targetLabel?: string; tags?: Record<string, string> } = {},
  ): Promise<AppState> {
    const revisionName = `${this.name}--${template.revisionSuffix ?? ''}`
    const labelExtras = extra.targetLabel === undefined ? undefined : { targetLabel: extra.targetLabel }
    return this.write(
      `create revision ${revisionName}`,
      async (signal) =>
        (await this.revisionIfExists(revisionName, signal))
          ? undefined
          : this.patch({ location, template, ...(extra.tags ? { tags: extra.tags } : {}) }, signal, labelExtras),
      ctx,
    )
  }

  /** Labels mode: sets configuration.targetLabel alone (an application-scope change: no revision is created). */
  async setTargetLabel(location: string, targetLabel: string, ctx: CallContext): Promise<AppState> {
    return this.write(
      `set the target label of ${this.name}`,
      (signal) => this.patch({ location }, signal, { targetLabel }),
      ctx,
    )
  }

  /**
   * One write: the PATCH (retried on throttling, server trouble and ARM's "another modification is
   * in progress" 409), then its own operation (Azure-AsyncOperation, else Location) polled until it
   * is Succeeded, Failed or Canceled — never the app's provisioningState, which may still show an
   * earlier operation's Failed, or read Succeeded before ARM registered this one. The whole write
   * is bounded by ctx.budgetMs: an operation stuck InProgress ends in an error that says so. The
   * PATCH and each poll are retried separately: a lost poll never re-sends the change.
   */
  private async write(
    what: string,
    send: (signal: AbortSignal) => Promise<Operation | undefined>,
    ctx: CallContext,
  ): Promise<AppState> {
    const deadline = performance.now() + ctx.budgetMs
    const operation = await armRetry(send, { what, ...ctx })
    if (operation) await this.untilDone(operation, what, deadline, ctx)
    return this.get({ ...ctx, budgetMs: Math.max(Math.floor(deadline - performance.now()), 5000) })
  }

  /** Sends the PATCH and returns the operation ARM started (none when it answered 200 at once). */
  private async patch(
    envelope: ContainerApp,
    signal: AbortSignal,
    configuration?: Record<string, string>,
  ): Promise<Operation | undefined> {
    let operation: Operation | undefined
    await update(this.context, this.resourceGroup, this.name, envelope, {
      abortSignal: signal,
      ...(configuration
        ? { requestOptions: { headers: { [CONFIGURATION_EXTRAS_HEADER]: JSON.stringify(configuration) } } }
        : {}),
      onResponse: (res) => {
        if (res.status !== 201 && res.status !== 202) return
        const status = res.headers.get('azure-asyncoperation')
        const location = res.headers.get('location')
        operation = status
          ? { url: status, kind: 'status' }
          : location
            ? { url: location, kind: 'location' }
            : undefined
      },
    }).submitted()
    return operation
  }

  private async untilDone(operation: Operation, what: string, deadline: number, ctx: CallContext): Promise<void> {
    for (let poll = 0; ; poll++) {
      const left = Math.floor(deadline - performance.now())
      if (left <= 0)
        throw new Error(
          `${what} did not finish within ${Math.round(ctx.budgetMs / 1000)}s: ARM accepted the change, but its operation still reads InProgress`,
        )
      await sleep(Math.min(POLL_MS, 100 * 2 ** poll, left), ctx.signal)
      const status = await armRetry((signal) => this.operationStatus(operation, signal), {
        what: `${what} (operation status)`,
        ...ctx,
        budgetMs: Math.max(left, 1000),
      })
      if (status.done) return
      if (status.failed) throw new Error(`${what} ended ${status.failed}`)
    }
  }

  /** One read of an operation: done, failed (with ARM's words), or still running. */
  private async operationStatus(
    operation: Operation,
    signal: AbortSignal,
  ): Promise<{ done: boolean; failed?: string }> {
    const res = await this.context.pathUnchecked(operation.url).get({ abortSignal: signal })
    const code = Number(res.status)
    if (code !== 200 && code !== 201 && code !== 202 && code !== 204) {
      const error = (res.body as { error?: { code?: string; message?: string } } | undefined)?.error
      throw new RestError(error?.message ?? `the operation status answered HTTP ${code}`, {
        statusCode: code,
        code: error?.code,
        response: { headers: createHttpHeaders(res.headers), request: res.request, status: code },
      })
    }
    if (operation.kind === 'location') return { done: code !== 202 }
    const body = res.body as { status?: string; error?: { code?: string; message?: string } } | undefined
    const status = body?.status ?? 'InProgress'
    if (status === 'Succeeded') return { done: true }
    if (status === 'Failed' || status === 'Canceled')
      return {
        done: false,
        failed: `${status}${body?.error ? `: ${body.error.code ?? ''} ${body.error.message ?? ''}`.trimEnd() : ''}`,
      }
    return { done: false }
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
    external: app.configuration?.ingress?.external,
    tags: { ...app.tags },
    latestReadyRevisionName: app.latestReadyRevisionName,
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
    scale: scaleInfo(r.template?.scale),
  }
}

function scaleInfo(scale: Template['scale']): RevisionInfo['scale'] {
  if (!scale) return undefined
  const http = scale.rules?.find((r) => r.http)?.http?.metadata?.concurrentRequests
  return {
    minReplicas: scale.minReplicas,
    maxReplicas: scale.maxReplicas,
    ...(http !== undefined && Number.isInteger(Number(http)) ? { concurrentRequests: Number(http) } : {}),
  }
}

/**
 * The wanted weights with the labels of `current` kept: a label stays on its revision (on the
 * wanted entry of that revision, or on an entry of its own at 0 %). A label is how users reach a
 * revision at its `<app>---<label>` URL; a traffic write that drops it breaks that URL.
 */
export function withLabels(current: readonly TrafficEntry[], wanted: readonly TrafficEntry[]): TrafficEntry[] {
  const out = wanted.map((w) => ({ ...w }))
  for (const c of current) {
    if (!c.label || out.some((o) => o.label === c.label)) continue
    const same = (o: TrafficEntry) =>
      c.latestRevision ? o.latestRevision === true : !o.latestRevision && o.revisionName === c.revisionName
    const entry = out.find((o) => same(o) && o.label === undefined)
    if (entry) entry.label = c.label
    else
      out.push({
        ...(c.latestRevision ? { latestRevision: true } : { revisionName: c.revisionName }),
        weight: 0,
        label: c.label,
      })
  }
  return out
}

/** The weights by revision name; a `latestRevision` entry counts for `latestReady` (see AppState). */
export function weightsByRevision(
  traffic: readonly TrafficEntry[],
  latestReady: string | undefined,
): Record<string, number> {
  const out: Record<string, number> = {}
  for (const t of traffic) {
    const rev = t.latestRevision ? latestReady : t.revisionName
    if (rev) out[rev] = (out[rev] ?? 0) + t.weight
  }
  return out
}
