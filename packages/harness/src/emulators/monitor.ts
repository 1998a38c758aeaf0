/**
 * Azure Monitor platform metrics in the ARM emulator, counted from what the data plane really
 * served: `GET {resourceId}/providers/Microsoft.Insights/metrics` (api-version 2024-02-01, as
 * @azure/arm-monitor 8 sends it) answers, for a watched Container App or App Service site/slot, the
 * requests its builds answered (app.ts records each one's status and duration), in bins of the
 * requested grain, each request visible only `delayMs` after it was answered (the platform's
 * ingestion delay). Checked as the service checks them, and answered in its shapes:
 * - metric names per resource type (the supported-metrics reference: Microsoft.App/containerApps
 *   `Requests` with revisionName, podName, statusCodeCategory, statusCode; `ResponseTime` with only
 *   statusCodeCategory and statusCode; Microsoft.Web/sites and sites/slots `Requests`, `Http2xx`,
 *   `Http4xx`, `Http5xx`, `HttpResponseTime` (seconds) with `Instance`): another name is 400
 *   BadRequest "Failed to find metric configuration for provider: …, Valid metrics: …";
 * - `$filter` of `dim eq|ne|sw 'v'` terms joined by `and`, and `or` only between terms of one dimension
 *   (the API's documented rule); a dimension the metric lacks is 400 "does not support requested
 *   dimension combination"; every dimension named becomes a split of the answer (metadatavalues);
 * - `timespan` as start/end (ISO 8601), `interval` one of the supported grains, `aggregation` among
 *   the metric's; `metricnamespace`, when given, the resource's;
 * - a resource not watched is 404 (ARM's ResourceNotFound); an identity without Monitoring Reader
 *   on it (`deny`) gets ARM's 403 AuthorizationFailed for microsoft.insights/metrics/read.
 * Answers carry value[].name {value, localizedValue}, unit, timeseries[].metadatavalues and data[]
 * with timeStamp and the asked aggregations (total, average, count, minimum, maximum).
 */
import { armError, CLIENT_ID, PRINCIPAL_ID, type ArmReply, type Azure } from './azure.ts'
import type { RequestRecord } from './app.ts'
import type { ContainerAppHandle } from './container-apps.ts'
import { PRODUCTION, type AppServiceHandle } from './app-service.ts'
import type { App } from './app.ts'

/** One answered request as the platform's metrics pipeline sees it. */
interface Sample {
  /** When it was answered (ms since the epoch). */
  at: number
  status: number
  durationMs: number
  dims: Record<string, string>
}

interface MetricDef {
  unit: string
  aggregations: string[]
  primary: string
  dimensions: string[]
  /** The sample's value for this metric, or undefined when it does not count here. */
  value(s: Sample): number | undefined
}

interface Watched {
  id: string
  namespace: string
  location: string
  metrics: Record<string, MetricDef>
  samples(): Sample[]
}

export interface MonitorRequest {
  at: number
  resourceId: string
  query: URLSearchParams
  status: number
}

export interface Monitor {
  /** How long after a request is answered it shows in the metrics (Azure: about 1–3 minutes). */
  delayMs: number
  /** Every metrics request that reached the stand-in, with the status answered. */
  requests: MonitorRequest[]
  /** Serves the metrics of a Container App: its revisions' requests, by revisionName. */
  watchContainerApp(app: ContainerAppHandle): void
  /** Serves the metrics of a site and each of its slots (each its own resource). */
  watchAppService(site: AppServiceHandle): void
  /** The identity has no role that grants microsoft.insights/metrics/read on this resource (403). */
  deny(resourceId: string): void
}

const API_VERSION = '2024-02-01'
/** The grains Azure Monitor platform metrics accept (and FULL: one point for the whole timespan). */
const GRAINS: Record<string, number> = {
  PT1M: 60_000,
  PT5M: 300_000,
  PT15M: 900_000,
  PT30M: 1_800_000,
  PT1H: 3_600_000,
  PT6H: 21_600_000,
  PT12H: 43_200_000,
  P1D: 86_400_000,
}

const count = () => 1
const statusClass = (lo: number) => (s: Sample) => (s.status >= lo && s.status < lo + 100 ? 1 : undefined)

const CONTAINER_APP_METRICS: Record<string, MetricDef> = {
  Requests: {
    unit: 'Count',
    aggregations: ['Total', 'Average', 'Maximum', 'Minimum'],
    primary: 'Total',
    dimensions: ['revisionName', 'podName', 'statusCodeCategory', 'statusCode'],
    value: count,
  },
  // "Average Response Time (Preview)": no revisionName, so no per-revision latency from platform metrics.
  ResponseTime: {
    unit: 'MilliSeconds',
    aggregations: ['Average', 'Total', 'Maximum', 'Minimum'],
    primary: 'Average',
    dimensions: ['statusCodeCategory', 'statusCode'],
    value: (s) => s.durationMs,
  },
}

const SITE_METRICS: Record<string, MetricDef> = {
  Requests: { unit: 'Count', aggregations: ['Total'], primary: 'Total', dimensions: ['Instance'], value: count },
  Http2xx: {
    unit: 'Count',
    aggregations: ['Total'],
    primary: 'Total',
    dimensions: ['Instance'],
    value: statusClass(200),
  },
  Http4xx: {
    unit: 'Count',
    aggregations: ['Total'],
    primary: 'Total',
    dimensions: ['Instance'],
    value: statusClass(400),
  },
  Http5xx: {
    unit: 'Count',
    aggregations: ['Total'],
    primary: 'Total',
    dimensions: ['Instance'],
    value: statusClass(500),
  },
  HttpResponseTime: {
    unit: 'Seconds',
    aggregations: ['Average', 'Maximum', 'Minimum'],
    primary: 'Average',
    dimensions: ['Instance'],
    value: (s) => s.durationMs / 1000,
  },
}

export function startMonitor(azure: Azure, opts: { delayMs?: number } = {}): Monitor {
  const watched = new Map<string, Watched>()
  const denied = new Set<string>()
  const monitor: Monitor = {
    delayMs: opts.delayMs ?? 120_000,
    requests: [],
    watchContainerApp(app) {
      const samples = (): Sample[] =>
        [...app.revisions.values()].flatMap((r) =>
          answered(r.app.requests).map(({ at, status, durationMs }) => ({
            at,
            status,
            durationMs,
            dims: {
              revisionName: r.name,
              podName: `${r.name}-7d9f8c6b5-x2k4p`,
              statusCodeCategory: `${Math.floor(status / 100)}xx`,
              statusCode: String(status),
            },
          })),
        )
      watched.set(key(app.id), {
        id: app.id,
        namespace: 'Microsoft.App/containerApps',
        location: 'eastus',
        metrics: CONTAINER_APP_METRICS,
        samples,
      })
    },
    watchAppService(site) {
      const requestsOf = slotRequests(site)
      for (const slot of site.serving.keys()) {
        const id = slot === PRODUCTION ? site.id : `${site.id}/slots/${slot}`
        const samples = (): Sample[] =>
          answered(requestsOf(slot)).map(({ at, status, durationMs }) => ({
            at,
            status,
            durationMs,
            dims: { Instance: 'lw0sdlwk0000A1' },
          }))
        watched.set(key(id), {
          id,
          namespace: slot === PRODUCTION ? 'Microsoft.Web/sites' : 'Microsoft.Web/sites/slots',
          location: 'West Europe',
          metrics: SITE_METRICS,
          samples,
        })
      }
    },
    deny(resourceId) {
      denied.add(key(resourceId))
    },
  }

  azure.route('GET', /^(\/subscriptions\/.+)\/providers\/Microsoft\.Insights\/metrics$/i, ({ match, query }) => {
    const resourceId = match[1] as string
    const reply = answer(resourceId, query)
    monitor.requests.push({ at: Date.now(), resourceId, query, status: reply.status })
    return reply
  })

  function answer(resourceId: string, query: URLSearchParams): ArmReply {
    if (query.get('api-version') !== API_VERSION)
      return bad(`The api-version '${query.get('api-version')}' is not supported; supported: ${API_VERSION}.`)
    const resource = watched.get(key(resourceId))
    if (!resource)
      return armError(404, 'ResourceNotFound', `The Resource '${resourceId.split('/providers/')[1]}' was not found.`)
    if (denied.has(key(resourceId)))
      return armError(
        403,
        'AuthorizationFailed',
        `The client '${CLIENT_ID}' with object id '${PRINCIPAL_ID}' does not have authorization to perform action 'microsoft.insights/metrics/read' over scope '${resourceId}/providers/microsoft.insights' or the scope is invalid. If access was recently granted, please refresh your credentials.`,
      )
    const ns = query.get('metricnamespace')
    if (ns !== null && ns.toLowerCase() !== resource.namespace.toLowerCase())
      return bad(`Failed to find metric namespace '${ns}' for resource type ${resource.namespace.toLowerCase()}.`)
    const [provider, ...type] = resource.namespace.toLowerCase().split('/')
    const names = (query.get('metricnames') ?? '').split(',').filter(Boolean)
    if (names.length === 0) return bad('metricnames is required.')
    const defs: Array<[string, MetricDef]> = []
    for (const n of names) {
      const found = Object.entries(resource.metrics).find(([m]) => m.toLowerCase() === n.toLowerCase())
      if (!found)
        return bad(
          `Failed to find metric configuration for provider: ${provider}, resource Type: ${type.join('/')}, metric: ${n}, Valid metrics: ${Object.keys(resource.metrics).join(',')}`,
        )
      defs.push(found)
    }
    const interval = query.get('interval') ?? 'PT1M'
    const grainMs = interval.toUpperCase() === 'FULL' ? undefined : GRAINS[interval.toUpperCase()]
    if (grainMs === undefined && interval.toUpperCase() !== 'FULL')
      return bad(`Invalid time grain '${interval}'. Supported time grains: ${Object.keys(GRAINS).join(', ')}, FULL.`)
    const span = parseTimespan(query.get('timespan'))
    if (typeof span === 'string') return bad(span)
    const filter = parseFilter(query.get('$filter'))
    if (typeof filter === 'string') return bad(filter)
    const now = Date.now()
    const visible = resource.samples().filter((s) => s.at + monitor.delayMs <= now)
    const value = []
    for (const [name, def] of defs) {
      const asked = (query.get('aggregation') ?? def.primary).split(',').filter(Boolean)
      for (const a of asked)
        if (!def.aggregations.some((x) => x.toLowerCase() === a.toLowerCase()) && a.toLowerCase() !== 'count')
          return bad(
            `Metric: ${name} does not support requested aggregation: ${a}, supported ones are: ${def.aggregations.join(',')}`,
          )
      const unknown = filter.map((f) => f.dimension).find((d) => !def.dimensions.some((x) => eqi(x, d)))
      if (unknown !== undefined)
        return bad(
          `Metric: ${name} does not support requested dimension combination: ${filter.map((f) => f.dimension).join(',')}, supported ones are: ${def.dimensions.join(',')}`,
        )
      // Align to the grain, as the service does: bins start on whole grains.
      const start = grainMs ? Math.floor(span.start / grainMs) * grainMs : span.start
      const step = grainMs ?? span.end - span.start
      const series = new Map<string, { meta: Array<[string, string]>; samples: Sample[] }>()
      for (const s of visible) {
        if (s.at < start || s.at >= span.end) continue
        if (def.value(s) === undefined) continue
        const meta: Array<[string, string]> = []
        let keep = true
        for (const f of filter) {
          const dim = def.dimensions.find((x) => eqi(x, f.dimension)) as string
          const v = s.dims[dim] ?? ''
          if (!f.terms.some((t) => termMatches(t, v))) keep = false
          meta.push([dim, v])
        }
        if (!keep) continue
        const k = JSON.stringify(meta)
        const entry = series.get(k) ?? { meta, samples: [] }
        entry.samples.push(s)
        series.set(k, entry)
      }
      if (filter.length === 0 && series.size === 0) series.set('[]', { meta: [], samples: [] })
      value.push({
        id: `${resource.id}/providers/Microsoft.Insights/metrics/${name}`,
        type: 'Microsoft.Insights/metrics',
        name: { value: name, localizedValue: name },
        displayDescription: `${name} of the resource`,
        unit: def.unit,
        errorCode: 'Success',
        timeseries: [...series.values()].map(({ meta, samples }) => ({
          metadatavalues: meta.map(([n, v]) => ({ name: { value: n.toLowerCase(), localizedValue: n }, value: v })),
          data: bins(start, span.end, step).map((t) =>
            point(
              t,
              samples.filter((s) => s.at >= t && s.at < t + step).map((s) => def.value(s) as number),
              asked,
            ),
          ),
        })),
      })
    }
    return {
      status: 200,
      body: {
        cost: 0,
        timespan: `${new Date(span.start).toISOString()}/${new Date(span.end).toISOString()}`,
        interval: grainMs ? interval.toUpperCase() : 'FULL',
        value,
        namespace: resource.namespace,
        resourceregion: resource.location.toLowerCase().replace(/ /g, ''),
      },
    }
  }

  return monitor
}

/**
 * The requests a slot served: those that reached the build it held when each arrived. A swap or a
 * new image changes which build a slot holds (App Service counts per site worker); the changes are
 * seen from here on by wrapping the handle's `serving.set`, as app-service.ts itself wraps a build's
 * `set`. Shared by the metrics and the Logs stand-ins.
 */
export function slotRequests(site: AppServiceHandle): (slot: string) => RequestRecord[] {
  const history: Array<{ at: number; slot: string; app: App }> = [...site.serving].map(([slot, app]) => ({
    at: 0,
    slot,
    app,
  }))
  const set = site.serving.set.bind(site.serving)
  site.serving.set = (slot, app) => {
    history.push({ at: Date.now(), slot, app })
    return set(slot, app)
  }
  const holder = (slot: string, at: number) => {
    let current: App | undefined
    for (const h of history) if (h.slot === slot && h.at <= at) current = h.app
    return current
  }
  return (slot) =>
    [...new Set(history.filter((h) => h.slot === slot).map((h) => h.app))].flatMap((app) =>
      app.requests.filter((q) => holder(slot, q.at) === app),
    )
}

/** The requests answered, each at the time it was answered. */
function answered(requests: RequestRecord[]): Array<{ at: number; status: number; durationMs: number }> {
  const out: Array<{ at: number; status: number; durationMs: number }> = []
  for (const q of requests)
    if (q.status !== undefined && q.durationMs !== undefined)
      out.push({ at: q.at + q.durationMs, status: q.status, durationMs: q.durationMs })
  return out
}

function bins(start: number, end: number, step: number): number[] {
  const out: number[] = []
  for (let t = start; t < end; t += step) out.push(t)
  return out
}

function point(t: number, values: number[], asked: string[]): Record<string, unknown> {
  const p: Record<string, unknown> = { timeStamp: new Date(t).toISOString() }
  const total = values.reduce((a, b) => a + b, 0)
  for (const a of asked.map((x) => x.toLowerCase())) {
    if (a === 'total') p.total = total
    else if (a === 'count') p.count = values.length
    else if (values.length > 0) {
      if (a === 'average') p.average = total / values.length
      if (a === 'minimum') p.minimum = Math.min(...values)
      if (a === 'maximum') p.maximum = Math.max(...values)
    }
  }
  return p
}

/** `start/end`, both ISO 8601 date-times, start before end; the service's other forms are not needed here. */
function parseTimespan(text: string | null): { start: number; end: number } | string {
  if (text === null) return 'timespan is required (start/end, ISO 8601).'
  const [a, b, extra] = text.split('/')
  const start = Date.parse(a ?? '')
  const end = Date.parse(b ?? '')
  if (extra !== undefined || Number.isNaN(start) || Number.isNaN(end))
    return `Invalid timespan '${text}': expected 'startDateTime_ISO/endDateTime_ISO'.`
  if (start >= end) return `Invalid timespan '${text}': the start must be before the end.`
  return { start, end }
}

/** One `dim op 'value'` of a $filter: eq ('*' for any value, a split), ne, sw (starts with). */
interface FilterTerm {
  op: 'eq' | 'ne' | 'sw'
  value: string
}

function termMatches(t: FilterTerm, v: string): boolean {
  if (t.op === 'eq') return t.value === '*' || eqi(t.value, v)
  if (t.op === 'ne') return !eqi(t.value, v)
  return v.toLowerCase().startsWith(t.value.toLowerCase())
}

/**
 * The $filter grammar of the metrics API: `dim eq|ne|sw 'value'` terms joined by `and`; `or` only
 * between terms of one dimension ("the logical or operator cannot separate two different metadata
 * names"). Every dimension named is a split of the answer.
 */
export function parseFilter(text: string | null): Array<{ dimension: string; terms: FilterTerm[] }> | string {
  if (text === null || text.trim() === '') return []
  const out: Array<{ dimension: string; terms: FilterTerm[] }> = []
  for (const group of text.split(/\s+and\s+/i)) {
    let dimension: string | undefined
    const terms: FilterTerm[] = []
    for (const term of group.replace(/^\s*\(\s*|\s*\)\s*$/g, '').split(/\s+or\s+/i)) {
      const m = /^\s*([A-Za-z_][\w.]*)\s+(eq|ne|sw)\s+'((?:[^']|'')*)'\s*$/i.exec(term)
      if (!m)
        return `Invalid $filter '${text}': expected terms of the form <dimension> eq|ne|sw '<value>' joined by and/or.`
      if (dimension !== undefined && !eqi(dimension, m[1] as string))
        return `Invalid $filter '${text}': the logical or operator cannot separate two different metadata names.`
      dimension = m[1]
      terms.push({
        op: (m[2] as string).toLowerCase() as FilterTerm['op'],
        value: (m[3] as string).replace(/''/g, "'"),
      })
    }
    if (out.some((f) => eqi(f.dimension, dimension as string)))
      return `Invalid $filter '${text}': dimension '${dimension}' appears twice.`
    out.push({ dimension: dimension as string, terms })
  }
  return out
}

function bad(message: string): ArmReply {
  // The metrics API's ErrorResponse: code and message at the top level, not under `error`.
  return { status: 400, body: { code: 'BadRequest', message } }
}

const key = (id: string) => id.toLowerCase().replace(/\/+$/, '')
const eqi = (a: string, b: string) => a.toLowerCase() === b.toLowerCase()
