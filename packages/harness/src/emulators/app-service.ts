/**
 * Microsoft.Web/sites and their deployment slots in the ARM emulator, with a data plane. Every
 * slot has its own host name (`127.0.0.1:PORT`, given by ARM as defaultHostName) served by a proxy
 * to the build the slot holds: one local HTTPS app per build (version, error rate, latency settable
 * while a test runs). A swap is a long-running operation that exchanges which build two slots
 * serve when it completes; swap with preview (applySlotConfig) leaves the slot pending until a swap
 * completes it or resetSlotConfig cancels it, and while it is pending, or while a swap runs, other
 * swaps are refused with 409 as App Service refuses them; so is a change of the routing rules while
 * a swap runs (ExtendedCode 59203). App Service's own errors come in its shape
 * ({"Code","Message","Details":[…ErrorEntity.ExtendedCode]}), ARM's 404s in ARM's. Production's
 * routing rules (rampUpRules in its siteConfig.experiments) send that share of production's
 * requests to a slot, and are kept as sent, every field of them. While rules exist, production's
 * host name pins each client to where it sent it with the x-ms-routing-name cookie (Max-Age 3600,
 * `self` for production), and a pinned client keeps reaching that slot also once its rule is gone
 * (MicrosoftDocs/azure-docs#58514); `?x-ms-routing-name=` chooses explicitly. Each slot runs a
 * container image (siteConfig.linuxFxVersion `DOCKER|<image>:<version>`); setting a slot's image
 * makes it serve that build. Each slot also has its SCM (Kudu) site on a host name of its own, which
 * ARM names in hostNameSslStates (hostType Repository): a zip deploy there (POST /api/zipdeploy,
 * `isAsync=true` answered 202 with a Location to poll, GET /api/deployments/latest or /{id}) takes
 * an Entra bearer token for ARM (basic auth is refused, as with SCM basic auth disabled), refuses a
 * second deployment while one runs (409), unpacks the zip (CRC-checked) and restarts the slot on the
 * build it holds: `build.json` ({"version": …} and optionally latencyMs, errorRate, failFirst) says
 * what the stand-in's runtime serves; a package without one fails the deployment (status 3).
 */
import { createHash, randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { createServer, type Server } from 'node:https'
import type { AddressInfo } from 'node:net'
import { openZip } from '@deploy-actions/storage/zip'
import { armError, SUBSCRIPTION, type ArmReply, type Azure } from './azure.ts'
import { startApp, type App, type Behaviour } from './app.ts'
import { type MetricsExporter, startMetricsExporter } from './metrics-exporter.ts'
import { type Choice, startFrontDoor, weightedPicker } from './data-plane.ts'

export const PRODUCTION = 'production'
/** The cookie (and query parameter) App Service pins a client to a slot with. */
export const ROUTING_COOKIE = 'x-ms-routing-name'

export interface RampUpRule {
  name?: string
  actionHostName?: string
  reroutePercentage?: number
  /** An automatic ramp-up (its other fields) is kept as sent. */
  changeStep?: number
  changeIntervalInMinutes?: number
  minReroutePercentage?: number
  maxReroutePercentage?: number
  changeDecisionCallbackUrl?: string
}

export interface SwapRecord {
  /** When ARM accepted the swap request. */
  startedAt: number
  /** When the swap completed. */
  at: number
  slot: string
  target: string
  /** The versions production and the slot serve after it. */
  production: string
  other: string
}

/** A Kudu deployment of a slot, as /api/deployments/{id} reports it (status 4 success, 3 failed). */
export interface KuduDeployment {
  id: string
  slot: string
  status: 0 | 1 | 2 | 3 | 4
  complete: boolean
  /** The version the package's build.json names, when it names one. */
  version?: string
  /** SHA-256 of the package as received. */
  sha256: string
  message: string
  receivedAt: number
  endAt?: number
}

export interface AppServiceHandle {
  name: string
  resourceGroup: string
  id: string
  /** The build each slot serves, by slot name (production included). */
  serving: Map<string, App>
  /** https://127.0.0.1:PORT of each slot (its host name). */
  url(slot: string): string
  /** The version each slot's build reports. */
  version(slot: string): string
  /** Slots with a pending swap with preview, and the slot it targets. */
  pending: Map<string, string>
  /** Site authentication (Easy Auth) on: swap with preview is refused (409). */
  authEnabled: boolean
  routing: RampUpRule[]
  /** Every swap that completed, in order. */
  swaps: SwapRecord[]
  /** Swap requests ARM accepted (a 202), completed or not. */
  swapRequests: number
  /** Every change of production's routing percentage to a slot: [{at, slot, percent}]. */
  routingHistory: Array<{ at: number; rules: Record<string, number> }>
  /** How long a swap runs before the slots are exchanged. */
  swapMs: number
  /** Each poll of a swap operation is answered this late (a poll that times out on the client). */
  pollStallMs: number
  /** The next swap fails at the end (warm-up failed on the platform): nothing is exchanged. */
  failNextSwap: boolean
  /** The next swap request is carried out, but its answer is lost (the connection drops). */
  dropNextSwapAnswer: boolean
  /** A swap under way (its operation id). */
  inProgress?: string
  /** Requests production's host name served, by version. */
  served: Record<string, number>
  /** Called when a swap completes (the slots were just exchanged), e.g. to break the new build. */
  onSwap?: (swap: SwapRecord) => void
  /** https://127.0.0.1:PORT of each slot's SCM (Kudu) site. */
  scmUrl(slot: string): string
  /** Every Kudu deployment, in order. */
  deployments: KuduDeployment[]
  /** How long a zip deployment runs (unpack, restart) before the slot serves the new build. */
  deployMs: number
  /**
   * The Prometheus scrape target (`host:port`, path /metrics) of every slot's requests, labelled
   * `revision` with the slot's name (production included): what canary-rollout's `$revision` is on
   * App Service. A swap exchanges the builds, so a slot's counters then restart from the other's.
   */
  metrics: MetricsExporter
}

export interface AppServiceOptions {
  name?: string
  resourceGroup?: string
  location?: string
  /** Each slot's build; production's is required. */
  slots?: Record<string, Partial<Behaviour>>
}

export async function addAppService(azure: Azure, opts: AppServiceOptions = {}): Promise<AppServiceHandle> {
  const name = opts.name ?? 'tesoro-web'
  const rg = opts.resourceGroup ?? 'rg-tesoro'
  const location = opts.location ?? 'West Europe'
  const id = `/subscriptions/${SUBSCRIPTION}/resourceGroups/${rg}/providers/Microsoft.Web/sites/${name}`
  const slotSpecs = opts.slots ?? { [PRODUCTION]: { version: 'v1.4.0' }, staging: { version: 'v1.5.0' } }
  const hosts = new Map<string, string>()
  const servers: Server[] = []
  let lastSwap: { timestampUtc: string; sourceSlotName: string; destinationSlotName: string } | undefined

  const handle: AppServiceHandle = {
    name,
    resourceGroup: rg,
    id,
    serving: new Map(),
    url: (slot) => `https://${host(slot)}`,
    version: (slot) => versionOf(app(slot)),
    pending: new Map(),
    authEnabled: false,
    routing: [],
    swaps: [],
    swapRequests: 0,
    routingHistory: [],
    swapMs: 300,
    pollStallMs: 0,
    failNextSwap: false,
    dropNextSwapAnswer: false,
    served: {},
    scmUrl: (slot) => {
      const h = scmHosts.get(slot)
      if (!h) throw new Error(`no slot ${slot}`)
      return `https://${h}`
    },
    deployments: [],
    deployMs: 200,
    metrics: undefined as unknown as MetricsExporter,
  }
  const scmHosts = new Map<string, string>()
  const versions = new Map<App, string>()
  /** Every build started, also one a slot no longer serves (its image replaced): all are closed at the end. */
  const started: App[] = []
  const versionOf = (a: App) => versions.get(a) ?? '?'
  const app = (slot: string) => {
    const a = handle.serving.get(slot)
    if (!a) throw new Error(`no slot ${slot}`)
    return a
  }
  const host = (slot: string) => {
    const h = hosts.get(slot)
    if (!h) throw new Error(`no slot ${slot}`)
    return h
  }

  for (const [slot, behaviour] of Object.entries(slotSpecs)) {
    const a = await startApp({ latencyMs: 5, ...behaviour }, { tls: azure.tls })
    started.push(a)
    versions.set(a, behaviour.version ?? 'v1.0.0')
    // A test that changes a build's version through set() is seen here too.
    const set = a.set.bind(a)
    a.set = (change, path) => {
      if (change.version !== undefined && path === undefined) versions.set(a, change.version)
      set(change, path)
    }
    handle.serving.set(slot, a)
  }
  if (!handle.serving.has(PRODUCTION)) throw new Error('the app needs a production slot')

  // The data plane: one front door per slot host name; production's splits by its routing rules.
  const pick = weightedPicker()
  const pickForProduction = (): string => {
    const shares: Record<string, number> = {}
    for (const r of handle.routing) {
      const slot = slotOfHost(r.actionHostName ?? '') ?? PRODUCTION
      shares[slot] = (shares[slot] ?? 0) + (r.reroutePercentage ?? 0)
    }
    shares[PRODUCTION] = 100 - Object.values(shares).reduce((s, p) => s + p, 0)
    return pick(shares) ?? PRODUCTION
  }
  const slotOfHost = (h: string) => [...hosts.entries()].find(([, v]) => v === h)?.[0]

  /** Production's front door: a pinned client goes where its cookie says; a new one by the rules, then pinned. */
  const routeProduction = (req: IncomingMessage): Choice => {
    const asked =
      new URL(req.url ?? '/', 'https://x').searchParams.get(ROUTING_COOKIE) ??
      /(?:^|;\s*)x-ms-routing-name=([^;]+)/.exec(req.headers.cookie ?? '')?.[1]
    const pinned = asked === 'self' ? PRODUCTION : asked && handle.serving.has(asked) ? asked : undefined
    const slot = pinned ?? pickForProduction()
    const target = app(slot)
    handle.served[versionOf(target)] = (handle.served[versionOf(target)] ?? 0) + 1
    const cookie = pinned !== undefined || handle.routing.length > 0
    return {
      upstream: target.url,
      headers: cookie
        ? { 'set-cookie': `${ROUTING_COOKIE}=${slot === PRODUCTION ? 'self' : slot}; Max-Age=3600; Path=/; HttpOnly` }
        : {},
    }
  }
  for (const slot of handle.serving.keys()) {
    const door = await startFrontDoor(azure.tls, (req) => (slot === PRODUCTION ? routeProduction(req) : app(slot).url))
    servers.push(door.server)
    hosts.set(slot, door.host)
  }

  // The SCM (Kudu) site of each slot.
  const armScope = `${azure.url}/.default`
  for (const slot of handle.serving.keys()) {
    const scm = createServer({ key: azure.tls.key, cert: azure.tls.cert }, (req, res) => {
      const chunks: Buffer[] = []
      req.on('data', (c: Buffer) => chunks.push(c))
      req.on('end', () => kudu(slot, req, res, Buffer.concat(chunks)))
    })
    await new Promise<void>((ready) => scm.listen(0, '127.0.0.1', ready))
    servers.push(scm)
    scmHosts.set(slot, `127.0.0.1:${(scm.address() as AddressInfo).port}`)
  }

  /** Kudu's deployment API on a slot's SCM site. */
  function kudu(slot: string, req: IncomingMessage, res: ServerResponse, body: Buffer): void {
    const url = new URL(req.url ?? '/', 'https://scm')
    const reply = (status: number, json?: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { ...(json === undefined ? {} : { 'content-type': 'application/json' }), ...headers })
      res.end(json === undefined ? undefined : JSON.stringify(json))
    }
    const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1]
    if (!token || azure.issued.scopes.get(token) !== armScope)
      return reply(401, undefined, { 'www-authenticate': 'Bearer realm="Kudu"' })
    const deploymentBody = (d: KuduDeployment) => ({
      id: d.id,
      status: d.status,
      status_text: d.status === 4 ? '' : d.status === 3 ? 'Failed' : 'Deploying',
      author: 'N/A',
      deployer: 'Push-Deployer',
      message: d.message,
      progress: '',
      received_time: new Date(d.receivedAt).toISOString(),
      start_time: new Date(d.receivedAt).toISOString(),
      end_time: d.endAt ? new Date(d.endAt).toISOString() : null,
      complete: d.complete,
      active: d.status === 4 && handle.deployments.filter((x) => x.slot === slot && x.status === 4).at(-1) === d,
      is_temp: false,
      is_readonly: true,
      url: `${handle.scmUrl(slot)}/api/deployments/${d.id}`,
      log_url: `${handle.scmUrl(slot)}/api/deployments/${d.id}/log`,
      site_name: slot === PRODUCTION ? name : `${name}__${slot}`,
    })
    const mine = handle.deployments.filter((d) => d.slot === slot)
    const byId = /^\/api\/deployments\/([^/]+)$/.exec(url.pathname)?.[1]
    if (req.method === 'GET' && byId) {
      const d = byId === 'latest' ? mine.at(-1) : mine.find((x) => x.id === byId)
      if (!d) return reply(404, { Message: `Deployment '${byId}' not found.` })
      return reply(d.complete ? 200 : 202, deploymentBody(d))
    }
    if (req.method === 'POST' && url.pathname === '/api/zipdeploy') {
      if (mine.some((d) => !d.complete))
        return reply(409, {
          Message: 'There is a deployment currently in progress. Please try again when it completes.',
        })
      if (body.length === 0) return reply(400, { Message: 'The request body is empty: send the zip package.' })
      const d: KuduDeployment = {
        id: randomBytes(16).toString('hex'),
        slot,
        status: 1,
        complete: false,
        sha256: createHash('sha256').update(body).digest('hex'),
        message: 'Created via a push deployment',
        receivedAt: Date.now(),
      }
      handle.deployments.push(d)
      const finished = deploy(slot, d, body)
      if (url.searchParams.get('isAsync') === 'true') {
        finished.catch(() => {})
        return reply(202, undefined, {
          location: `${handle.scmUrl(slot)}/api/deployments/latest?deployer=Push-Deployer&time=${Date.now()}`,
        })
      }
      void finished.then(() => (d.status === 4 ? reply(200) : reply(400, { Message: d.message })))
      return
    }
    return reply(404, { Message: `No route registered for '${url.pathname}'` })
  }

  /** Unpacks the package and restarts the slot on the build it holds, after deployMs. */
  async function deploy(slot: string, d: KuduDeployment, pkg: Buffer): Promise<void> {
    await new Promise((wake) => setTimeout(wake, handle.deployMs).unref())
    const fail = (why: string) => {
      d.status = 3
      d.message = why
      d.complete = true
      d.endAt = Date.now()
    }
    let behaviour: Partial<Behaviour>
    // Kudu extracts the package from disk; so does this stand-in (the zip reader checks every entry's CRC-32).
    const dir = mkdtempSync(join(tmpdir(), 'kudu-'))
    try {
      const file = join(dir, 'package.zip')
      writeFileSync(file, pkg)
      const zip = await openZip(file)
      let text: string | undefined
      try {
        for (const entry of zip.entries) {
          const chunks: Buffer[] = []
          for await (const c of await zip.read(entry)) chunks.push(c as Buffer)
          if (entry.name === 'build.json' || entry.name === './build.json')
            text = Buffer.concat(chunks).toString('utf8')
        }
      } finally {
        await zip.close()
      }
      if (text === undefined)
        return fail('The package has no build.json at its root: the runtime has nothing to start.')
      const parsed = JSON.parse(text) as Record<string, unknown>
      if (typeof parsed.version !== 'string' || parsed.version === '') return fail('build.json names no version.')
      behaviour = { version: parsed.version }
      for (const k of ['latencyMs', 'errorRate', 'failFirst'] as const)
        if (typeof parsed[k] === 'number') behaviour[k] = parsed[k]
    } catch (err) {
      return fail(`The package could not be extracted: ${(err as Error).message}`)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
    d.version = behaviour.version
    const build = await startApp({ latencyMs: 5, ...behaviour }, { tls: azure.tls })
    versions.set(build, behaviour.version as string)
    started.push(build)
    handle.serving.set(slot, build)
    d.status = 4
    d.complete = true
    d.endAt = Date.now()
  }

  const siteBody = (slot: string) => {
    const h = host(slot)
    const slotId = slot === PRODUCTION ? id : `${id}/slots/${slot}`
    return {
      id: slotId,
      name: slot === PRODUCTION ? name : `${name}/${slot}`,
      type: slot === PRODUCTION ? 'Microsoft.Web/sites' : 'Microsoft.Web/sites/slots',
      location,
      kind: 'app,linux',
      tags: {},
      properties: {
        state: 'Running',
        enabled: true,
        defaultHostName: h,
        hostNames: [h],
        enabledHostNames: [h, scmHosts.get(slot)],
        hostNameSslStates: [
          { name: h, sslState: 'Disabled', hostType: 'Standard' },
          { name: scmHosts.get(slot), sslState: 'Disabled', hostType: 'Repository' },
        ],
        httpsOnly: true,
        resourceGroup: rg,
        ...(handle.pending.has(slot) ? { targetSwapSlot: handle.pending.get(slot) } : {}),
        ...(handle.inProgress ? { inProgressOperationId: handle.inProgress } : {}),
        ...(lastSwap ? { slotSwapStatus: lastSwap } : {}),
        siteConfig: null,
      },
    }
  }
  /** The image a slot runs: its build's version as the tag. */
  const image = (slot: string) => `DOCKER|ghcr.io/octo-org/${name}:${handle.version(slot)}`
  const configBody = (slot = PRODUCTION) => ({
    id: slot === PRODUCTION ? `${id}/config/web` : `${id}/slots/${slot}/config/web`,
    name: 'web',
    type: slot === PRODUCTION ? 'Microsoft.Web/sites/config' : 'Microsoft.Web/sites/slots/config',
    properties: {
      alwaysOn: true,
      linuxFxVersion: image(slot),
      ...(slot === PRODUCTION ? { experiments: { rampUpRules: handle.routing } } : {}),
    },
  })
  const recordRouting = () => {
    const rules = Object.fromEntries(
      handle.routing.map((r) => [slotOfHost(r.actionHostName ?? '') ?? r.name ?? '?', r.reroutePercentage ?? 0]),
    )
    handle.routingHistory.push({ at: Date.now(), rules })
  }

  /** What App Service answers a change while a swap runs. */
  const siteBusy = () =>
    webError(
      409,
      'Conflict',
      `Cannot modify this site because another operation is in progress. Details: Id: ${handle.inProgress}, OperationName: SwapSiteSlots`,
      '59203',
    )

  const escaped = id.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
  const known = (slot: string) => handle.serving.has(slot)
  const notFound = (slot: string) =>
    armError(
      404,
      'ResourceNotFound',
      `The Resource 'Microsoft.Web/sites/${name}/slots/${slot}' under resource group '${rg}' was not found.`,
    )

  azure.route('GET', new RegExp(`^${escaped}$`), () => ({ status: 200, body: siteBody(PRODUCTION) }))
  azure.route('GET', new RegExp(`^${escaped}/slots$`), () => ({
    status: 200,
    body: { value: [...handle.serving.keys()].filter((s) => s !== PRODUCTION).map(siteBody) },
  }))
  azure.route('GET', new RegExp(`^${escaped}/slots/([^/]+)$`), ({ match }) => {
    const slot = match[1] as string
    return known(slot) && slot !== PRODUCTION ? { status: 200, body: siteBody(slot) } : notFound(slot)
  })

  const swap = (slot: string, body: unknown, resourcePath: string): ArmReply => {
    const entity = (body ?? {}) as { targetSlot?: unknown; preserveVnet?: unknown }
    const target = typeof entity.targetSlot === 'string' ? entity.targetSlot : undefined
    if (!target) return webError(400, 'BadRequest', "The parameter 'targetSlot' is required.")
    if (typeof entity.preserveVnet !== 'boolean')
      return webError(400, 'BadRequest', "The parameter 'preserveVnet' is required.")
    if (!known(slot)) return notFound(slot)
    if (!known(target)) return notFound(target)
    if (slot === target) return webError(400, 'BadRequest', 'Cannot swap a slot with itself.')
    if (handle.inProgress) return siteBusy()
    for (const [s, t] of handle.pending) {
      const same = (s === slot && t === target) || (s === target && t === slot)
      if (!same)
        return webError(
          409,
          'Conflict',
          `Cannot swap slots: slot '${s}' has a pending swap with preview to '${t}'. Complete or reset it first.`,
        )
    }
    const opId = `swap-${Date.now().toString(36)}-${handle.swapRequests}`
    handle.swapRequests++
    handle.inProgress = opId
    const startedAt = Date.now()
    let done = false
    let failure: ArmReply | undefined
    const fail = handle.failNextSwap
    handle.failNextSwap = false
    setTimeout(() => {
      handle.inProgress = undefined
      handle.pending.delete(slot)
      handle.pending.delete(target)
      if (fail) {
        failure = armError(
          500,
          'SwapFailed',
          `Swap of slot '${slot}' into '${target}' failed: the site did not respond to warm-up requests.`,
        )
      } else {
        const a = app(slot)
        handle.serving.set(slot, app(target))
        handle.serving.set(target, a)
        lastSwap = { timestampUtc: new Date().toISOString(), sourceSlotName: slot, destinationSlotName: target }
        const prodSide = target === PRODUCTION ? target : slot
        const record = {
          startedAt,
          at: Date.now(),
          slot,
          target,
          production: handle.version(PRODUCTION),
          other: handle.version(prodSide === target ? slot : target),
        }
        handle.swaps.push(record)
        handle.onSwap?.(record)
      }
      done = true
    }, handle.swapMs).unref()
    const dropAnswer = handle.dropNextSwapAnswer
    handle.dropNextSwapAnswer = false
    return {
      status: 202,
      dropAnswer,
      headers: azure.locationOperation(resourcePath, {
        done: () => done,
        failed: () => failure,
        stallMs: () => handle.pollStallMs,
      }),
    }
  }
  azure.route('POST', new RegExp(`^${escaped}/slots/([^/]+)/slotsswap$`), ({ match, body }) =>
    swap(match[1] as string, body, `${id}/slots/${match[1]}`),
  )
  azure.route('POST', new RegExp(`^${escaped}/slotsswap$`), ({ body }) => {
    const other = (body as { targetSlot?: string } | undefined)?.targetSlot
    return swap(PRODUCTION, { ...(body as object), targetSlot: other }, id)
  })

  azure.route('POST', new RegExp(`^${escaped}/slots/([^/]+)/applySlotConfig$`), ({ match, body }) => {
    const slot = match[1] as string
    const target = (body as { targetSlot?: unknown } | undefined)?.targetSlot
    if (typeof target !== 'string') return webError(400, 'BadRequest', "The parameter 'targetSlot' is required.")
    if (!known(slot)) return notFound(slot)
    if (!known(target)) return notFound(target)
    if (handle.authEnabled)
      return webError(
        409,
        'Conflict',
        'Swap with preview cannot be used when one of the slots has site authentication enabled.',
      )
    if (handle.inProgress) return siteBusy()
    for (const [s, t] of handle.pending) {
      if (s !== slot || t !== target)
        return webError(409, 'Conflict', `Slot '${s}' already has a pending swap with preview to '${t}'.`)
    }
    handle.pending.set(slot, target)
    return { status: 200 }
  })
  azure.route('POST', new RegExp(`^${escaped}/slots/([^/]+)/resetSlotConfig$`), ({ match }) => {
    const slot = match[1] as string
    if (!known(slot)) return notFound(slot)
    if (handle.inProgress) return siteBusy()
    handle.pending.delete(slot)
    return { status: 200 }
  })

  azure.route('GET', new RegExp(`^${escaped}/config/web$`), () => ({ status: 200, body: configBody() }))
  azure.route('PATCH', new RegExp(`^${escaped}/config/web$`), ({ body }) => {
    if (handle.inProgress) return siteBusy()
    const rules = (body as { properties?: { experiments?: { rampUpRules?: RampUpRule[] } } } | undefined)?.properties
      ?.experiments?.rampUpRules
    if (rules) {
      let sum = 0
      for (const r of rules) {
        const p = r.reroutePercentage ?? 0
        if (!(p >= 0 && p <= 100)) return webError(400, 'BadRequest', `reroutePercentage ${p} must be from 0 to 100.`)
        if (!slotOfHost(r.actionHostName ?? '') || slotOfHost(r.actionHostName ?? '') === PRODUCTION)
          return webError(
            400,
            'BadRequest',
            `actionHostName '${r.actionHostName}' is not the host name of a slot of ${name}.`,
          )
        sum += p
      }
      if (sum > 100) return webError(400, 'BadRequest', `The routing percentages add up to ${sum}, over 100.`)
      handle.routing = rules.map((r) => ({ ...r }))
      recordRouting()
    }
    return { status: 200, body: configBody() }
  })

  azure.route('GET', new RegExp(`^${escaped}/slots/([^/]+)/config/web$`), ({ match }) => {
    const slot = match[1] as string
    return known(slot) && slot !== PRODUCTION ? { status: 200, body: configBody(slot) } : notFound(slot)
  })
  azure.route('PATCH', new RegExp(`^${escaped}/slots/([^/]+)/config/web$`), async ({ match, body }) => {
    const slot = match[1] as string
    if (!known(slot) || slot === PRODUCTION) return notFound(slot)
    if (handle.inProgress) return siteBusy()
    const fx = (body as { properties?: { linuxFxVersion?: string } } | undefined)?.properties?.linuxFxVersion
    if (fx !== undefined) {
      const version = /^DOCKER\|[^:]+:([^:]+)$/.exec(fx)?.[1]
      if (!version) return webError(400, 'BadRequest', `linuxFxVersion '${fx}' is not DOCKER|<image>:<tag>.`)
      // The slot restarts on that image: it serves that build (the one already running it, or a new one).
      const running = [...handle.serving.values()].find((a) => versionOf(a) === version)
      if (running) handle.serving.set(slot, running)
      else {
        const build = await startApp({ latencyMs: 5, version }, { tls: azure.tls })
        versions.set(build, version)
        started.push(build)
        handle.serving.set(slot, build)
      }
    }
    return { status: 200, body: configBody(slot) }
  })

  handle.metrics = await startMetricsExporter(() =>
    [...handle.serving.entries()].map(([slot, a]) => ({ labels: { app: name, revision: slot }, requests: a.requests })),
  )
  const close = azure.close.bind(azure)
  azure.close = async () => {
    await handle.metrics.close()
    for (const s of servers) {
      s.closeAllConnections()
      await new Promise<void>((done) => s.close(() => done()))
    }
    for (const a of new Set([...handle.serving.values(), ...started])) await a.close()
    await close()
  }
  return handle
}

/** An error in App Service's own shape (PascalCase, with an ErrorEntity), as Microsoft.Web answers. */
export function webError(status: number, code: string, message: string, extendedCode = '01020'): ArmReply {
  return {
    status,
    body: {
      Code: code,
      Message: message,
      Target: null,
      Details: [
        { Message: message },
        { Code: code },
        {
          ErrorEntity: {
            ExtendedCode: extendedCode,
            MessageTemplate: message,
            Parameters: [],
            Code: code,
            Message: message,
          },
        },
      ],
      Innererror: null,
    },
  }
}
