/**
 * Microsoft.App/containerApps in the ARM emulator, with a data plane: every revision is a local
 * HTTPS app (version, error rate, latency settable while a test runs) reachable at its own FQDN,
 * and the app's FQDN is a proxy that splits requests by the current traffic weights, so probes see
 * what users would see. Traffic rules are enforced as ARM enforces them (Multiple or Labels mode,
 * integers summing to 100, existing revisions, a label on one entry at most), and no further: Container Apps accepts weight on an
 * inactive revision and deactivating a revision that has weight (microsoft/azure-container-apps#1345,
 * #410), so the emulator does too. A `latestRevision` entry follows the latest *ready* revision
 * (latestReadyRevisionName), not the latest created. A template change creates a revision that
 * takes a while to provision; its name is checked as Container Apps checks it
 * (ContainerAppInvalidRevisionName). While an operation runs, another write is refused with 409
 * ContainerAppLockConflict, as ARM refuses it. Revisions of an app with `minReplicas: 0` scale to
 * zero when idle (no replicas, running state ScaledToZero) and wake on a request. Every weight
 * change is recorded with its time.
 *
 * Labels mode (deployment labels: learn.microsoft.com/azure/container-apps/deployment-labels; the
 * Microsoft.App specs: "Labels: Only revisions with labels are active. Traffic weights can be
 * applied to labels.", configuration.targetLabel): traffic goes to labels, so every entry carries one — by label alone (the revision it is on now) or with
 * revisionName (the label is put on that revision); a label names one revision. A template change
 * creates the revision under configuration.targetLabel (the PATCH's, else the app's; "Required in
 * labels revisions mode"): the label moves to the new revision with its weight — with the label
 * that carries production that is Azure's "auto swap", all traffic at once. A revision no longer
 * referenced by any label is shut down (deactivated), as the docs say. Each label has its own
 * front door (`<app>---<label>.<env domain>` in Azure; here a loopback port, handle.labelUrl), which
 * serves the revision the label is on.
 */
import { createServer, type AddressInfo } from 'node:net'
import { armError, SUBSCRIPTION, type Azure, type ArmReply } from './azure.ts'
import { startApp, type App, type Behaviour } from './app.ts'
import { type FrontDoor, startFrontDoor, weightedPicker } from './data-plane.ts'
import { type MetricsExporter, startMetricsExporter } from './metrics-exporter.ts'

export interface TrafficEntry {
  revisionName?: string
  latestRevision?: boolean
  weight: number
  label?: string
}

export interface RevisionState {
  name: string
  image: string
  createdTime: string
  active: boolean
  provisioningState: 'Provisioning' | 'Provisioned' | 'Failed'
  runningState: 'Processing' | 'Running' | 'Failed' | 'Degraded'
  healthState: 'Healthy' | 'Unhealthy' | 'None'
  replicas: number
  /** When it became ready (provisioned and healthy): what latestReadyRevisionName follows. */
  readyAt?: number
  /** The revision's own service. */
  app: App
  /** Its scale, fixed when it was created (template.scale is revision-scoped in Container Apps). */
  scale: RevisionScale
  /** Every change of its running replicas, first the one it started with. */
  replicaHistory: Array<{ at: number; replicas: number }>
  /** Since when the scaler has wanted more (or fewer) replicas than run: a change waits out its delay. */
  wantsMoreSince?: number
  wantsFewerSince?: number
}

/**
 * A revision's template.scale as Container Apps reads it: the limits, and the HTTP rule's
 * concurrentRequests (Container Apps' default rule has 10), which the platform compares with the
 * requests of the last window divided by the window's seconds.
 */
export interface RevisionScale {
  minReplicas: number
  maxReplicas: number
  concurrentRequests: number
}

/**
 * The scaler's timings, which Container Apps fixes (a 15 s window, 300 s cooldown before scaling
 * in, replica start-up of seconds) and a test shortens; and what one replica can serve.
 */
export interface ScalingKnobs {
  /** The window the HTTP rule counts requests over (Container Apps: 15 s). */
  windowMs: number
  /** From wanting more replicas to running them (replica start-up). */
  upDelayMs: number
  /** How long fewer replicas must be wanted before they are removed (cooldownPeriod, default 300 s). */
  downDelayMs: number
  /** Requests a second one replica serves; past replicas × this in the last second, the excess gets 503. */
  capacityPerReplica: number
}

/** How the next revision created by a template change behaves. */
export interface NextRevision {
  /** Time until it is provisioned and running. */
  startupMs: number
  /** false: it never gets healthy (crash-looping container). */
  healthy: boolean
  behaviour?: Partial<Behaviour>
}

export interface ContainerAppHandle {
  name: string
  resourceGroup: string
  id: string
  /** The app's main URL: splits by the weights. */
  url: string
  mode: 'Multiple' | 'Single' | 'Labels'
  /** Labels mode: the label a newly created revision gets (configuration.targetLabel). */
  targetLabel: string | undefined
  /**
   * A PATCH's targetLabel is dropped, as by a service (an api-version) that does not know the field:
   * the revision is created under the app's own target label.
   */
  ignoreTargetLabel: boolean
  tags: Record<string, string>
  traffic: TrafficEntry[]
  revisions: Map<string, RevisionState>
  /** Every change of the weights, as [{revision: weight}], first the initial one. */
  history: Array<{ at: number; weights: Record<string, number> }>
  /** Requests the main URL sent to each revision. */
  served: Record<string, number>
  /** The current weights by revision name. */
  weights(): Record<string, number>
  /** The labels and the revision each is on, e.g. {stable: 'shop--v140', canary: 'shop--v150'}. */
  labels(): Record<string, string>
  /** The base URL of a label's own front door (its `<app>---<label>` host); it serves the revision the label is on. */
  labelUrl(label: string): string
  revision(name: string): RevisionState
  /**
   * Adds an active revision (e.g. an older one), healthy unless `how.healthy` is false (a newer
   * revision that never became ready: it crash-loops, every request to it fails).
   */
  addRevision(suffix: string, behaviour?: Partial<Behaviour>, how?: Partial<NextRevision>): Promise<RevisionState>
  nextRevision: NextRevision
  /** Delays the completion of long-running operations (traffic changes, template changes). */
  lroMs: number
  /** Another modification (someone else's, a scale change) holds the app's lock for `ms`: writes get 409. */
  busy(ms: number): void
  /** The next write's operation never finishes: it reads InProgress for ever (its change is applied). */
  stickNextOperation: boolean
  /** Up to `n` reads of the app while the next write's operation runs answer as before it (Succeeded, old traffic). */
  staleReadsAfterWrite: number
  /** The state the last operation left (Failed stays until an operation succeeds). */
  provisioningState: 'Succeeded' | 'Failed'
  /** Revisions' idle time before they scale to zero (when minReplicas is 0). */
  scaleToZeroAfterMs: number
  /** The scaler's timings and a replica's capacity (see ScalingKnobs). */
  scaling: ScalingKnobs
  /**
   * Simulated users on the main URL: `rps` requests a second split by the weights (0 stops them).
   * Each counts for its revision's scaling; those past its replicas' capacity are refused (usersRefused).
   */
  users(rps: number): void
  /**
   * The paths the simulated users ask for, in turn (default ['/']): each request is served by the
   * revision the weights pick, as that build answers it, so a canary broken on a path no probe
   * covers fails its users, and its metrics show it.
   */
  usersPaths: string[]
  /** The Prometheus scrape target (`host:port`, path /metrics) of every revision's requests, by status and latency. */
  metrics: MetricsExporter
  /** The simulated users' requests each revision served, and refused for want of replicas. */
  usersServed: Record<string, number>
  usersRefused: Record<string, number>
  /** The template.scale the next revision gets (the app's template). */
  scale: RevisionScale
  /**
   * What Container Apps accepted but leaves users of that share without an answer: weight given to
   * an inactive revision, a revision deactivated while it had weight. Only the action's own guards
   * keep this empty.
   */
  unservedShares: string[]
}

export interface ContainerAppOptions {
  name?: string
  resourceGroup?: string
  mode?: 'Multiple' | 'Single' | 'Labels'
  /**
   * Labels mode: the label the stable revision carries (default `stable`), and the app's
   * configuration.targetLabel (default that same label: a new revision would take production's
   * traffic at once unless the deployer names another label).
   */
  labels?: { stable?: string; target?: string }
  /** The running revision's suffix and behaviour; it takes 100 %. */
  stable?: { suffix: string; behaviour?: Partial<Behaviour> }
  location?: string
  /** The initial traffic: pinned to the stable revision by name (default), or `latestRevision: true`. */
  traffic?: 'pinned' | 'latest'
  /** The scale rule's minReplicas: Container Apps' default is 0 (idle revisions scale to zero). */
  minReplicas?: number
  /** The rest of the app's template.scale (defaults: maxReplicas 10, concurrentRequests 10, as Container Apps'). */
  maxReplicas?: number
  concurrentRequests?: number
  /**
   * false: internal ingress. The app's and revisions' host names then answer only inside the
   * environment's network; from here (a GitHub-hosted runner) nothing listens behind them.
   */
  external?: boolean
}

export async function addContainerApp(azure: Azure, opts: ContainerAppOptions = {}): Promise<ContainerAppHandle> {
  const name = opts.name ?? 'shop'
  const rg = opts.resourceGroup ?? 'rg-shop'
  const location = opts.location ?? 'eastus'
  const id = `/subscriptions/${SUBSCRIPTION}/resourceGroups/${rg}/providers/Microsoft.App/containerApps/${name}`
  const containers: Array<{ name: string; image: string; resources?: unknown }> = [
    { name: 'shop', image: 'ghcr.io/octo-org/shop:v1.4.0', resources: { cpu: 0.5, memory: '1Gi' } },
  ]
  let latestRevisionName = ''
  const minReplicas = opts.minReplicas ?? 1
  const external = opts.external ?? true
  /** What an internal host name is from outside the environment: a port where nothing listens. */
  const outside = external ? undefined : await closedPort()
  /** The newest revision that became ready: what a `latestRevision` entry sends traffic to. */
  const latestReady = () =>
    [...handle.revisions.values()]
      .filter((r) => r.readyAt !== undefined)
      .sort((a, b) => (a.readyAt as number) - (b.readyAt as number))
      .at(-1)?.name ?? ''

  const handle: ContainerAppHandle = {
    name,
    resourceGroup: rg,
    id,
    url: '',
    mode: opts.mode ?? 'Multiple',
    targetLabel: opts.mode === 'Labels' ? (opts.labels?.target ?? opts.labels?.stable ?? 'stable') : undefined,
    ignoreTargetLabel: false,
    tags: { env: 'production' },
    traffic: [],
    revisions: new Map(),
    history: [],
    served: {},
    weights: () => weightsOf(handle.traffic, latestReady()),
    labels: () =>
      Object.fromEntries(
        handle.traffic
          .filter((t) => t.label !== undefined)
          .map((t) => [t.label as string, t.revisionName ?? latestReady()]),
      ),
    labelUrl(label) {
      const door = labelDoors.get(label)
      if (!door) throw new Error(`no label ${label}`)
      return `https://${door.host}`
    },
    revision(rev) {
      const r = handle.revisions.get(rev)
      if (!r) throw new Error(`no revision ${rev}`)
      return r
    },
    async addRevision(suffix, behaviour, how = {}) {
      return createRevision(suffix, containers[0]?.image ?? '', { startupMs: 0, healthy: true, ...how, behaviour })
    },
    nextRevision: { startupMs: 300, healthy: true },
    lroMs: 200,
    busy(ms) {
      busyUntil = Math.max(busyUntil, Date.now() + ms)
    },
    stickNextOperation: false,
    staleReadsAfterWrite: 0,
    provisioningState: 'Succeeded',
    scaleToZeroAfterMs: 2000,
    unservedShares: [],
    scaling: { windowMs: 1000, upDelayMs: 300, downDelayMs: 2000, capacityPerReplica: 100 },
    users(rps) {
      usersRps = rps
    },
    usersServed: {},
    usersRefused: {},
    usersPaths: ['/'],
    metrics: undefined as unknown as MetricsExporter,
    scale: { minReplicas, maxReplicas: opts.maxReplicas ?? 10, concurrentRequests: opts.concurrentRequests ?? 10 },
  }

  async function createRevision(suffix: string, image: string, how: NextRevision): Promise<RevisionState> {
    const revName = `${name}--${suffix}`
    const version = /:([^:@/]+)$/.exec(image)?.[1] ?? suffix
    const app = await startApp({ version, latencyMs: 5, ...how.behaviour }, { tls: azure.tls })
    const rev: RevisionState = {
      name: revName,
      image,
      createdTime: new Date().toISOString(),
      active: true,
      provisioningState: 'Provisioning',
      runningState: 'Processing',
      healthState: 'None',
      replicas: 0,
      app,
      scale: { ...handle.scale },
      replicaHistory: [{ at: Date.now(), replicas: 0 }],
    }
    app.refuse = () => (overloaded(rev) ? 503 : undefined)
    handle.revisions.set(revName, rev)
    latestRevisionName = revName
    const settle = () => {
      if (how.healthy) {
        Object.assign(rev, {
          provisioningState: 'Provisioned',
          runningState: 'Running',
          healthState: 'Healthy',
          replicas: Math.max(rev.scale.minReplicas, 1),
          readyAt: Date.now(),
        })
        rev.replicaHistory.push({ at: Date.now(), replicas: rev.replicas })
      } else {
        Object.assign(rev, {
          provisioningState: 'Provisioned',
          runningState: 'Failed',
          healthState: 'Unhealthy',
          replicas: 0,
        })
        // A crash-looping container: nothing answers behind the revision's host name.
        app.set({ status: 503 })
      }
    }
    if (how.startupMs <= 0) settle()
    else setTimeout(settle, how.startupMs).unref()
    return rev
  }

  /** Records the weights when they changed (a PATCH sent again with the same weights is no change). */
  const recordWeights = () => {
    const weights = handle.weights()
    const last = handle.history.at(-1)?.weights
    if (!last || JSON.stringify(sorted(last)) !== JSON.stringify(sorted(weights)))
      handle.history.push({ at: Date.now(), weights })
  }

  const stable = await createRevision(opts.stable?.suffix ?? 'v140', containers[0]?.image ?? '', {
    startupMs: 0,
    healthy: true,
    behaviour: opts.stable?.behaviour,
  })
  handle.traffic =
    handle.mode === 'Labels'
      ? [{ revisionName: stable.name, weight: 100, label: opts.labels?.stable ?? 'stable' }]
      : handle.mode === 'Multiple' && opts.traffic !== 'latest'
        ? [{ revisionName: stable.name, weight: 100 }]
        : [{ latestRevision: true, weight: 100 }]
  recordWeights()

  /** Each label's own front door, opened when the label first appears: it serves the revision the label is on. */
  const labelDoors = new Map<string, FrontDoor>()
  const openLabelDoors = async () => {
    for (const label of Object.keys(handle.labels())) {
      if (labelDoors.has(label)) continue
      labelDoors.set(
        label,
        await startFrontDoor(azure.tls, () => {
          const target = handle.revisions.get(handle.labels()[label] ?? '')
          return target?.active ? target.app.url : undefined
        }),
      )
    }
  }
  await openLabelDoors()

  // The main URL: requests split by the weights, to active revisions only.
  const pick = weightedPicker()
  const { server: proxy, host: fqdn } = await startFrontDoor(azure.tls, () => {
    const rev = pick(handle.weights())
    const target = rev ? handle.revisions.get(rev) : undefined
    if (!rev || !target?.active) return undefined
    handle.served[rev] = (handle.served[rev] ?? 0) + 1
    return target.app.url
  })
  handle.url = `https://${fqdn}`

  /** Requests to a revision (its own URL, the main URL, simulated users: all in its requests) in the last `ms`. */
  const recentRequests = (r: RevisionState, ms: number) => {
    const since = Date.now() - ms
    let n = 0
    for (let i = r.app.requests.length - 1; i >= 0 && (r.app.requests[i] as { at: number }).at >= since; i--) n++
    return n
  }
  /** More requests in the last second than its running replicas serve (a revision at zero is woken instead). */
  function overloaded(r: RevisionState): boolean {
    return r.replicas > 0 && recentRequests(r, 1000) > r.replicas * handle.scaling.capacityPerReplica
  }
  /**
   * The scaler, as Container Apps' HTTP rule works: replicas wanted = requests over the window per
   * second ÷ concurrentRequests, within min/max; more are started after the start-up delay, fewer
   * only once fewer were wanted for the whole cooldown.
   */
  const scaleTick = () => {
    const now = Date.now()
    for (const r of handle.revisions.values()) {
      if (!r.active || r.readyAt === undefined || r.healthState !== 'Healthy') continue
      const perSecond = recentRequests(r, handle.scaling.windowMs) / (handle.scaling.windowMs / 1000)
      const wanted = Math.min(
        Math.max(Math.ceil(perSecond / r.scale.concurrentRequests), r.scale.minReplicas, 1),
        r.scale.maxReplicas,
      )
      if (wanted > r.replicas) {
        r.wantsFewerSince = undefined
        r.wantsMoreSince ??= now
        if (now - r.wantsMoreSince >= handle.scaling.upDelayMs) setReplicas(r, wanted)
      } else if (wanted < r.replicas) {
        r.wantsMoreSince = undefined
        r.wantsFewerSince ??= now
        if (now - r.wantsFewerSince >= handle.scaling.downDelayMs) setReplicas(r, wanted)
      } else r.wantsMoreSince = r.wantsFewerSince = undefined
    }
  }
  const setReplicas = (r: RevisionState, n: number) => {
    r.replicas = n
    r.wantsMoreSince = r.wantsFewerSince = undefined
    r.replicaHistory.push({ at: Date.now(), replicas: n })
  }
  const scaler = setInterval(scaleTick, 50)
  scaler.unref()
  let usersRps = 0
  let usersOwed = 0
  let usersSent = 0
  const usersPick = weightedPicker()
  /** The simulated users: every 50 ms their share of requests, each to a revision the weights pick. */
  const users = setInterval(() => {
    usersOwed += (usersRps * 50) / 1000
    for (; usersOwed >= 1; usersOwed--) {
      const rev = usersPick(handle.weights())
      const r = rev ? handle.revisions.get(rev) : undefined
      if (!rev || !r?.active) continue
      const path = handle.usersPaths[usersSent++ % handle.usersPaths.length] ?? '/'
      const { refused } = r.app.serve(path)
      const tally = refused ? handle.usersRefused : handle.usersServed
      tally[rev] = (tally[rev] ?? 0) + 1
    }
  }, 50)
  users.unref()
  handle.metrics = await startMetricsExporter(() =>
    [...handle.revisions.values()].map((r) => ({ labels: { app: name, revision: r.name }, requests: r.app.requests })),
  )

  /** When the running operation finishes: until then the app reads InProgress and writes get 409, as in ARM. */
  let busyUntil = 0
  /** What the next reads answer instead of the current state (a read ARM serves before it caught up). */
  let stale: { body: unknown; reads: number; until: number } | undefined
  const appBody = () => ({
    id,
    name,
    type: 'Microsoft.App/containerApps',
    location,
    tags: { ...handle.tags },
    properties: {
      provisioningState: Date.now() < busyUntil ? 'InProgress' : handle.provisioningState,
      runningStatus: 'Running',
      latestRevisionName,
      latestReadyRevisionName: latestReady() || undefined,
      latestRevisionFqdn: handle.revisions.get(latestRevisionName)?.app.url.replace('https://', ''),
      configuration: {
        activeRevisionsMode: handle.mode,
        ...(handle.targetLabel !== undefined ? { targetLabel: handle.targetLabel } : {}),
        maxInactiveRevisions: 100,
        ingress: {
          fqdn: outside ?? fqdn,
          external,
          targetPort: 8080,
          transport: 'Auto',
          traffic: handle.traffic.map((t) => ({ ...t })),
        },
      },
      template: { containers, scale: scaleBody(handle.scale) },
    },
  })
  const revisionBody = (r: RevisionState) => ({
    id: `${id}/revisions/${r.name}`,
    name: r.name,
    type: 'Microsoft.App/containerApps/revisions',
    properties: {
      createdTime: r.createdTime,
      lastActiveTime: r.createdTime,
      fqdn: outside ?? r.app.url.replace('https://', ''),
      template: { containers: [{ name: 'shop', image: r.image }], scale: scaleBody(r.scale) },
      active: r.active,
      ...scaled(r),
      trafficWeight: handle.weights()[r.name] ?? 0,
      healthState: r.healthState,
      provisioningState: r.provisioningState,
    },
  })
  /**
   * Replicas and running state as ARM reports them: with minReplicas 0 a ready revision that has
   * had no request for a while runs no replica (ScaledToZero); a request to it wakes it.
   */
  const scaled = (r: RevisionState): { replicas: number; runningState: string } => {
    if (r.scale.minReplicas > 0 || r.readyAt === undefined || !r.active)
      return { replicas: r.active ? r.replicas : 0, runningState: r.active ? r.runningState : 'Stopped' }
    const lastRequest = r.app.requests.at(-1)?.at ?? 0
    return Date.now() - lastRequest < handle.scaleToZeroAfterMs
      ? { replicas: Math.max(r.replicas, 1), runningState: 'Running' }
      : { replicas: 0, runningState: 'ScaledToZero' }
  }
  const lockConflict = (): ArmReply | undefined =>
    Date.now() < busyUntil
      ? armError(
          409,
          'ContainerAppLockConflict',
          `Cannot modify container App '${name}' because another modification is in progress. Please retry the operation.`,
        )
      : undefined
  const lro = (before: unknown): ArmReply => {
    const stuck = handle.stickNextOperation
    handle.stickNextOperation = false
    const ms = stuck ? Number.POSITIVE_INFINITY : handle.lroMs
    busyUntil = Date.now() + ms
    if (handle.staleReadsAfterWrite > 0) stale = { body: before, reads: handle.staleReadsAfterWrite, until: busyUntil }
    handle.staleReadsAfterWrite = 0
    // A finished operation leaves Succeeded (a Failed left by an earlier one is then gone).
    if (!stuck) setTimeout(() => (handle.provisioningState = 'Succeeded'), ms).unref()
    return {
      status: 202,
      body: appBody(),
      headers: azure.operation(location, () => ({ status: 200, body: appBody() }), ms),
    }
  }

  const escaped = id.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
  azure.route('GET', new RegExp(`^${escaped}$`), () => {
    if (stale && Date.now() < stale.until && stale.reads-- > 0) return { status: 200, body: stale.body }
    return { status: 200, body: appBody() }
  })
  azure.route('PATCH', new RegExp(`^${escaped}$`), async ({ body }) => {
    const conflict = lockConflict()
    if (conflict) return conflict
    const before = appBody()
    const patch = (body ?? {}) as {
      tags?: Record<string, string>
      properties?: {
        configuration?: { ingress?: { traffic?: TrafficEntry[] }; targetLabel?: string }
        template?: { containers?: typeof containers; revisionSuffix?: string; scale?: unknown }
      }
    }
    const patchTargetLabel = handle.ignoreTargetLabel ? undefined : patch.properties?.configuration?.targetLabel
    if (patchTargetLabel !== undefined) {
      if (handle.mode !== 'Labels')
        return armError(
          400,
          'ContainerAppInvalidTargetLabel',
          'A target label can only be set in Labels revision mode.',
        )
      const invalidLabel = labelNameProblem(patchTargetLabel)
      if (invalidLabel) return armError(400, 'ContainerAppInvalidTargetLabel', invalidLabel)
    }
    const traffic = patch.properties?.configuration?.ingress?.traffic
    if (traffic) {
      const invalid = validateTraffic(traffic)
      if (invalid) return armError(400, 'ContainerAppInvalidTrafficWeights', invalid)
    }
    const template = patch.properties?.template
    const targetLabel = patchTargetLabel ?? handle.targetLabel
    if (template?.containers && handle.mode === 'Labels' && targetLabel === undefined)
      return armError(400, 'ContainerAppInvalidTargetLabel', 'A target label is required in Labels revision mode.')
    if (patchTargetLabel !== undefined) handle.targetLabel = patchTargetLabel
    const scale = template?.scale === undefined ? undefined : parseScale(template.scale)
    if (typeof scale === 'string') return armError(400, 'ContainerAppInvalidScaleConfiguration', scale)
    if (template?.containers) {
      const suffix = template.revisionSuffix ?? `r${Date.now().toString(36)}`
      const invalidName = revisionNameProblem(name, suffix)
      if (invalidName) return armError(400, 'ContainerAppInvalidRevisionName', invalidName)
      if (handle.revisions.has(`${name}--${suffix}`)) {
        return armError(
          400,
          'ContainerAppRevisionSuffixConflict',
          `A revision with the suffix '${suffix}' already exists for the app '${name}'.`,
        )
      }
      containers.splice(0, containers.length, ...template.containers)
      if (scale) handle.scale = scale
      const how = handle.nextRevision
      handle.nextRevision = { startupMs: 300, healthy: true }
      await createRevision(suffix, template.containers[0]?.image ?? '', how)
      if (handle.mode === 'Single') {
        // Single mode: the new revision replaces the old one.
        for (const r of handle.revisions.values()) if (r.name !== latestRevisionName) r.active = false
      }
      if (handle.mode === 'Labels' && targetLabel !== undefined) {
        // The new revision is created under the target label: the label moves to it, with its weight.
        const entry = handle.traffic.find((t) => t.label === targetLabel)
        if (entry) {
          delete entry.latestRevision
          entry.revisionName = latestRevisionName
        } else handle.traffic.push({ revisionName: latestRevisionName, weight: 0, label: targetLabel })
        recordWeights()
        shutDownUnlabelled()
        await openLabelDoors()
      }
    }
    if (patch.tags) handle.tags = { ...patch.tags }
    if (traffic) {
      handle.traffic =
        handle.mode === 'Labels'
          ? traffic.map((t) => ({
              // A label alone means the revision it is on now; ARM reads it back with that revision's name.
              revisionName: t.revisionName ?? handle.labels()[t.label as string],
              weight: t.weight,
              label: t.label,
            }))
          : traffic.map((t) => ({ ...t }))
      recordWeights()
      if (handle.mode === 'Labels') {
        shutDownUnlabelled()
        await openLabelDoors()
      }
      for (const [rev, w] of Object.entries(handle.weights()))
        if (w > 0 && handle.revisions.get(rev)?.active === false)
          handle.unservedShares.push(`${w}% given to inactive ${rev}`)
    }
    return lro(before)
  })
  azure.route('GET', new RegExp(`^${escaped}/revisions$`), () => ({
    status: 200,
    body: { value: [...handle.revisions.values()].map(revisionBody) },
  }))
  azure.route('GET', new RegExp(`^${escaped}/revisions/([^/]+)$`), ({ match }) => {
    const r = handle.revisions.get(match[1] as string)
    return r
      ? { status: 200, body: revisionBody(r) }
      : armError(404, 'ContainerAppRevisionNotFound', `Revision '${match[1]}' was not found.`)
  })
  // A revision's running replicas (none while it is inactive or scaled to zero).
  azure.route('GET', new RegExp(`^${escaped}/revisions/([^/]+)/replicas$`), ({ match }) => {
    const r = handle.revisions.get(match[1] as string)
    if (!r) return armError(404, 'ContainerAppRevisionNotFound', `Revision '${match[1]}' was not found.`)
    const { replicas } = scaled(r)
    return {
      status: 200,
      body: {
        value: Array.from({ length: replicas }, (_, i) => ({
          id: `${id}/revisions/${r.name}/replicas/${r.name}-${i}`,
          name: `${r.name}-${i}`,
          type: 'Microsoft.App/containerApps/revisions/replicas',
          properties: {
            createdTime: r.readyAt === undefined ? r.createdTime : new Date(r.readyAt).toISOString(),
            runningState: 'Running',
            containers: [{ name: 'shop', ready: true, started: true, restartCount: 0, runningState: 'Running' }],
          },
        })),
      },
    }
  })
  azure.route('POST', new RegExp(`^${escaped}/revisions/([^/]+)/(activate|deactivate)$`), ({ match }) => {
    const r = handle.revisions.get(match[1] as string)
    if (!r) return armError(404, 'ContainerAppRevisionNotFound', `Revision '${match[1]}' was not found.`)
    const conflict = lockConflict()
    if (conflict) return conflict
    // Accepted even while the revision has weight (its share then answers nothing), as Container Apps does.
    const weight = handle.weights()[r.name] ?? 0
    if (match[2] === 'deactivate' && weight > 0) handle.unservedShares.push(`${r.name} deactivated at ${weight}%`)
    r.active = match[2] === 'activate'
    return { status: 200 }
  })

  /** Labels mode: a revision no label references any more is shut down, as the platform does. */
  function shutDownUnlabelled(): void {
    const labelled = new Set(Object.values(handle.labels()))
    for (const r of handle.revisions.values()) if (!labelled.has(r.name)) r.active = false
  }

  function validateTraffic(traffic: TrafficEntry[]): string | undefined {
    if (handle.mode === 'Single')
      return 'Traffic can only be split when the active revisions mode is Multiple or Labels.'
    let sum = 0
    const labels = new Set<string>()
    for (const t of traffic) {
      if (!Number.isInteger(t.weight) || t.weight < 0 || t.weight > 100)
        return `Traffic weight ${t.weight} must be an integer from 0 to 100.`
      if (t.label !== undefined) {
        if (labels.has(t.label)) return `The label '${t.label}' is given to more than one traffic entry.`
        labels.add(t.label)
        const invalidLabel = labelNameProblem(t.label)
        if (invalidLabel) return invalidLabel
      }
      if (handle.mode === 'Labels') {
        // Traffic goes to labels: each entry names one, and a label alone must be on a revision already.
        if (t.label === undefined) return 'In Labels revision mode every traffic entry must name a label.'
        if (t.latestRevision) return 'In Labels revision mode traffic cannot follow latestRevision; name a label.'
        if (t.revisionName === undefined && handle.labels()[t.label] === undefined)
          return `The label '${t.label}' is not on any revision; give its revisionName.`
        if (t.revisionName === undefined) {
          sum += t.weight
          continue
        }
      } else if ((t.revisionName === undefined) === (t.latestRevision !== true))
        return 'Each traffic entry names exactly one of revisionName or latestRevision.'
      if (t.revisionName !== undefined) {
        const r = handle.revisions.get(t.revisionName)
        if (!r) return `Revision '${t.revisionName}' was not found.`
        // An inactive revision may be given weight: Container Apps accepts it (its share then fails).
      }
      sum += t.weight
    }
    return sum === 100 ? undefined : `The sum of traffic weights must be 100; got ${sum}.`
  }

  const closeAzure = azure.close.bind(azure)
  azure.close = async () => {
    clearInterval(scaler)
    clearInterval(users)
    await handle.metrics.close()
    for (const door of [proxy, ...[...labelDoors.values()].map((d) => d.server)]) {
      door.closeAllConnections()
      await new Promise<void>((done) => door.close(() => done()))
    }
    for (const r of handle.revisions.values()) await r.app.close()
    await closeAzure()
  }
  return handle
}

/**
 * A label's name, as its host `<app>---<label>` needs it: lower-case letters, digits and '-',
 * starting with a letter, ending with a letter or digit, no '--' (the az CLI's rule for labels).
 */
export function labelNameProblem(label: string): string | undefined {
  return /^[a-z]([a-z0-9-]*[a-z0-9])?$/.test(label) && !label.includes('--')
    ? undefined
    : `Label '${label}' is invalid. A label must consist of lower case alphanumeric characters or '-', start with a letter, end with an alphanumeric character, and cannot have '--'.`
}

/**
 * Container Apps' rule for a revision name (ContainerAppInvalidRevisionName): lower-case letters,
 * digits and '-', starting with a letter, ending with a letter or digit, no '--' in the suffix, and
 * the app name and the suffix together at most 54 characters.
 */
export function revisionNameProblem(app: string, suffix: string): string | undefined {
  const valid =
    /^[a-z]([a-z0-9-]*[a-z0-9])?$/.test(suffix) && !suffix.includes('--') && app.length + suffix.length <= 54
  return valid
    ? undefined
    : `Revision name has an invalid value '${suffix}'. A revision name must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character. The length of the revision name must not be more than a combined 54 characters with the container app name.`
}

/** template.scale as ARM returns it: the limits and the HTTP rule. */
function scaleBody(s: RevisionScale) {
  return {
    minReplicas: s.minReplicas,
    maxReplicas: s.maxReplicas,
    rules: [{ name: 'http-scaler', http: { metadata: { concurrentRequests: String(s.concurrentRequests) } } }],
  }
}

/**
 * A template.scale sent in a PATCH, checked as Container Apps checks it (replicas 0 to 1000 at
 * most, maxReplicas at least 1 and not below minReplicas); a problem as ARM words it.
 */
export function parseScale(raw: unknown): RevisionScale | string {
  const s = (raw ?? {}) as {
    minReplicas?: unknown
    maxReplicas?: unknown
    rules?: Array<{ http?: { metadata?: { concurrentRequests?: unknown } } }>
  }
  const min = s.minReplicas ?? 0
  const max = s.maxReplicas ?? 10
  if (typeof min !== 'number' || !Number.isInteger(min) || min < 0 || min > 1000)
    return `minReplicas must be an integer from 0 to 1000; got ${JSON.stringify(min)}.`
  if (typeof max !== 'number' || !Number.isInteger(max) || max < 1 || max > 1000)
    return `maxReplicas must be an integer from 1 to 1000; got ${JSON.stringify(max)}.`
  if (min > max) return `minReplicas (${min}) cannot be greater than maxReplicas (${max}).`
  const concurrent = Number(s.rules?.find((r) => r.http)?.http?.metadata?.concurrentRequests ?? 10)
  if (!Number.isInteger(concurrent) || concurrent < 1) return `concurrentRequests must be an integer of at least 1.`
  return { minReplicas: min, maxReplicas: max, concurrentRequests: concurrent }
}

/** A loopback host:port where nothing listens (bound, then released). */
async function closedPort(): Promise<string> {
  const server = createServer()
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready))
  const { port } = server.address() as AddressInfo
  await new Promise<void>((done) => server.close(() => done()))
  return `127.0.0.1:${port}`
}

function sorted(w: Record<string, number>): Array<[string, number]> {
  return Object.entries(w)
    .filter(([, v]) => v > 0)
    .sort(([a], [b]) => a.localeCompare(b))
}

function weightsOf(traffic: readonly TrafficEntry[], latest: string): Record<string, number> {
  const out: Record<string, number> = {}
  for (const t of traffic) {
    const rev = t.latestRevision ? latest : t.revisionName
    if (rev) out[rev] = (out[rev] ?? 0) + t.weight
  }
  return out
}
