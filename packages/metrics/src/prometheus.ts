import { formatDuration, maskSecret, oneLine, parseDuration } from '@deploy-actions/core'
import type { MetricFigures, MetricSource, MetricWindow } from './source.ts'
import type { SourceKind } from './registry.ts'
import { METRIC_GATES_INPUT, type SourceContext } from './source.ts'

/**
 * Prometheus over its HTTP API (`POST /api/v1/query` with `time`: prometheus.io/docs/prometheus/
 * latest/querying/api), Azure Monitor managed Prometheus included (its query endpoint takes an
 * Entra token for https://prometheus.monitor.azure.com). Each figure is one instant query evaluated
 * at the window's end, with `$revision` the build's name (escaped as a PromQL string) and `$window`
 * the window's length as a range (`[$window]`), so `increase(...[$window])` counts the window.
 */

/** The token scope of Azure Monitor managed Prometheus' query endpoint. */
export const MANAGED_PROMETHEUS_SCOPE = 'https://prometheus.monitor.azure.com/.default'

/**
 * The default queries, for services instrumented as the Prometheus client libraries name things:
 * a counter `http_requests_total` with `revision` and `code` labels and a histogram
 * `http_request_duration_seconds`. Errors are 5xx answers.
 */
export const DEFAULT_QUERIES = {
  requests: 'sum(increase(http_requests_total{revision="$revision"}[$window]))',
  errors: 'sum(increase(http_requests_total{revision="$revision",code=~"5.."}[$window]))',
  'latency-buckets': 'sum by (le) (increase(http_request_duration_seconds_bucket{revision="$revision"}[$window]))',
} as const

export interface PrometheusOptions {
  url: URL
  auth: 'none' | 'azure'
  scrapeIntervalMs: number
  ingestionDelayMs: number
  requests: string
  errors: string
  /** Undefined when latency is not read (`latency-buckets: none`). */
  latencyBuckets?: string
  timeoutMs: number
}

const KEYS = ['url', 'auth', 'scrape-interval', 'ingestion-delay', 'requests', 'errors', 'latency-buckets', 'timeout']

/** How long after a scrape a sample is queryable, beyond the scrape interval itself (rule evaluation, remote write). */
export const EVALUATION_SLACK_MS = 15_000

export const prometheus: SourceKind<PrometheusOptions> = {
  keys: KEYS,
  form:
    'url (the query endpoint), and optionally auth (none or azure), scrape-interval (default 30s), ingestion-delay ' +
    `(default scrape-interval + ${formatDuration(EVALUATION_SLACK_MS)}), requests, errors and latency-buckets (PromQL with $revision and $window, latency-buckets: none to skip latency)`,
  parse(options, issues, where) {
    const problem = (message: string) => issues.add(METRIC_GATES_INPUT, message, where)
    const text = (key: string): string | undefined => {
      const v = options[key]
      if (v === undefined || v === null) return undefined
      if (typeof v !== 'string') return void problem(`${key} must be text`)
      return v
    }
    const duration = (key: string, fallback: number): number => {
      const raw = options[key]
      if (raw === undefined) return fallback
      const ms = typeof raw === 'string' || typeof raw === 'number' ? parseDuration(String(raw)) : undefined
      if (ms === undefined || ms < 1000 || ms > 3_600_000) {
        problem(`${key} must be a duration from 1s to 1h, such as 30s; got ${JSON.stringify(raw)}`)
        return fallback
      }
      return ms
    }
    const rawUrl = text('url')
    let url: URL | undefined
    if (rawUrl === undefined) problem('needs url: the Prometheus query endpoint, such as http://prometheus:9090')
    else {
      try {
        url = new URL(rawUrl)
        if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error()
      } catch {
        problem(`url must be an http(s) URL such as http://prometheus:9090; got ${JSON.stringify(rawUrl)}`)
      }
    }
    const managed = url?.hostname.endsWith('.prometheus.monitor.azure.com') ?? false
    const auth = text('auth') ?? (managed ? 'azure' : 'none')
    if (auth !== 'none' && auth !== 'azure') problem(`auth must be none or azure (an Entra token); got ${auth}`)
    const scrapeIntervalMs = duration('scrape-interval', 30_000)
    const ingestionDelayMs = duration('ingestion-delay', scrapeIntervalMs + EVALUATION_SLACK_MS)
    const query = (key: keyof typeof DEFAULT_QUERIES): string | undefined => {
      const q = text(key) ?? DEFAULT_QUERIES[key]
      if (key === 'latency-buckets' && q.trim() === 'none') return undefined
      if (!q.includes('$revision'))
        problem(`${key} must contain $revision (where the build's name goes), e.g. ${DEFAULT_QUERIES[key]}`)
      return q
    }
    const options_: Partial<PrometheusOptions> = {
      url,
      auth: auth === 'azure' ? 'azure' : 'none',
      scrapeIntervalMs,
      ingestionDelayMs,
      requests: query('requests'),
      errors: query('errors'),
      latencyBuckets: query('latency-buckets'),
      timeoutMs: duration('timeout', 10_000),
    }
    return url ? (options_ as PrometheusOptions) : undefined
  },
  create: (options, ctx) => new PrometheusSource(options, ctx),
}

interface ApiReply {
  status?: 'success' | 'error'
  errorType?: string
  error?: string
  data?: { resultType?: string; result?: unknown }
}

type Series = { metric: Record<string, string>; value: [number, string] }

/** A query that Prometheus refused or answered in a shape the gate cannot read. */
export class QueryError extends Error {}

export class PrometheusSource implements MetricSource {
  readonly kind = 'prometheus'
  readonly description: string
  readonly ingestionDelayMs: number
  private readonly opts: PrometheusOptions
  private readonly ctx: SourceContext

  constructor(opts: PrometheusOptions, ctx: SourceContext) {
    this.opts = opts
    this.ctx = ctx
    this.ingestionDelayMs = opts.ingestionDelayMs
    this.description =
      `Prometheus at ${opts.url.origin}${opts.auth === 'azure' ? ' (Entra token)' : ''}: 5xx ratio` +
      `${opts.latencyBuckets ? ' and latency histogram' : ''}, figures ${formatDuration(opts.ingestionDelayMs)} late`
  }

  async verify(stable: string, signal: AbortSignal): Promise<void> {
    // A recent window long enough for increase() to see several scrapes of a build that serves now.
    const end = new Date()
    const window = { start: new Date(end.getTime() - Math.max(300_000, 10 * this.opts.scrapeIntervalMs)), end }
    const requests = await this.query('requests', this.opts.requests, stable, window, signal)
    if (requests.length === 0)
      throw new QueryError(
        `the requests query matches nothing for the stable build ${stable} over the last ${formatDuration(window.end.getTime() - window.start.getTime())} ` +
          `(check the metric and label names; the query was ${this.opts.requests})`,
      )
    await this.query('errors', this.opts.errors, stable, window, signal)
    if (this.opts.latencyBuckets) {
      const buckets = await this.query('latency-buckets', this.opts.latencyBuckets, stable, window, signal)
      if (buckets.some((s) => s.metric.le === undefined))
        throw new QueryError(
          `the latency-buckets query must return one series per le label (sum by (le) (...)); the query was ${this.opts.latencyBuckets}`,
        )
    }
  }

  async read(build: string, window: MetricWindow, signal: AbortSignal): Promise<MetricFigures> {
    const [requests, errors, buckets] = await Promise.all([
      this.query('requests', this.opts.requests, build, window, signal),
      this.query('errors', this.opts.errors, build, window, signal),
      this.opts.latencyBuckets
        ? this.query('latency-buckets', this.opts.latencyBuckets, build, window, signal)
        : Promise.resolve(undefined),
    ])
    // increase() extrapolates to the window's edges: counts are rounded, as a count is whole.
    const total = (series: Series[]) => Math.round(series.reduce((a, s) => a + Number(s.value[1]), 0))
    const figures: MetricFigures = { requests: total(requests), errors: total(errors) }
    if (buckets && buckets.length > 0) {
      const cumulative = buckets
        .map((s) => ({ leMs: Number(s.metric.le) * 1000, count: Math.round(Number(s.value[1])) }))
        .filter((b) => !Number.isNaN(b.leMs))
        .sort((a, b) => a.leMs - b.leMs)
      figures.buckets = cumulative
      const p95 = bucketQuantile(cumulative, 0.95)
      const p99 = bucketQuantile(cumulative, 0.99)
      if (p95 !== undefined) figures.p95Ms = p95
      if (p99 !== undefined) figures.p99Ms = p99
    }
    return figures
  }

  /** One instant query at the window's end; its series (an empty vector is no series). */
  private async query(
    name: string,
    template: string,
    build: string,
    window: MetricWindow,
    signal: AbortSignal,
  ): Promise<Series[]> {
    const rangeMs = Math.max(1, Math.round(window.end.getTime() - window.start.getTime()))
    const promql = template.replaceAll('$revision', promString(build)).replaceAll('$window', `${rangeMs}ms`)
    const headers: Record<string, string> = {
      'content-type': 'application/x-www-form-urlencoded',
      'user-agent': this.ctx.userAgent,
    }
    if (this.opts.auth === 'azure') headers.authorization = `Bearer ${await this.token()}`
    const url = new URL('api/v1/query', this.opts.url.href.endsWith('/') ? this.opts.url : `${this.opts.url.href}/`)
    let res: Response
    try {
      res = await fetch(url, {
        method: 'POST',
        headers,
        body: new URLSearchParams({ query: promql, time: (window.end.getTime() / 1000).toFixed(3) }),
        signal: AbortSignal.any([signal, AbortSignal.timeout(this.opts.timeoutMs)]),
      })
    } catch (err) {
      throw new QueryError(
        `the ${name} query could not reach ${url.origin}: ${err instanceof Error ? err.message : String(err)}`,
      )
    }
    const body = (await res.json().catch(() => undefined)) as ApiReply | undefined
    if (!res.ok || body?.status !== 'success') {
      const why = body?.error ? `${body.errorType ?? 'error'}: ${body.error}` : `HTTP ${res.status}`
      const hint =
        res.status === 401 || res.status === 403
          ? ' (managed Prometheus needs the role Monitoring Data Reader on the Azure Monitor workspace, and auth: azure)'
          : ''
      throw new QueryError(oneLine(`Prometheus refused the ${name} query (${why})${hint}; the query was ${promql}`))
    }
    const type = body.data?.resultType
    if (type === 'scalar') {
      const v = body.data?.result as [number, string]
      return [{ metric: {}, value: v }]
    }
    if (type !== 'vector')
      throw new QueryError(
        `the ${name} query must return an instant vector or a scalar, not a ${type}; the query was ${promql}`,
      )
    return body.data?.result as Series[]
  }

  private async token(): Promise<string> {
    let t: { token: string } | null
    try {
      t = await this.ctx.auth.credential.getToken(MANAGED_PROMETHEUS_SCOPE)
    } catch (err) {
      throw new QueryError(
        `no Entra token for ${MANAGED_PROMETHEUS_SCOPE}: ${oneLine(err instanceof Error ? err.message : String(err))}`,
      )
    }
    if (!t) throw new QueryError(`no Entra token for ${MANAGED_PROMETHEUS_SCOPE}`)
    maskSecret(t.token)
    return t.token
  }
}

/** A PromQL string literal's contents: the build's name with \ and " escaped. */
function promString(v: string): string {
  return v.replace(/\\/g, '\\\\').replace(/"/g, '\\"')
}

/**
 * The q-quantile of a cumulative histogram, interpolated linearly inside its bucket, as PromQL's
 * histogram_quantile does (the lowest bucket from 0; a quantile in the +Inf bucket is the highest
 * finite bound). Undefined without observations.
 */
export function bucketQuantile(buckets: ReadonlyArray<{ leMs: number; count: number }>, q: number): number | undefined {
  const total = buckets.at(-1)?.count ?? 0
  if (total <= 0) return undefined
  const rank = q * total
  let prevLe = 0
  let prevCount = 0
  for (const b of buckets) {
    if (b.count >= rank) {
      if (b.leMs === Infinity) return prevLe
      if (b.count === prevCount) return b.leMs
      return prevLe + ((b.leMs - prevLe) * (rank - prevCount)) / (b.count - prevCount)
    }
    prevLe = b.leMs
    prevCount = b.count
  }
  return prevLe
}
