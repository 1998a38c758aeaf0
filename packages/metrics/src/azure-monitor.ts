/**
 * Azure Monitor platform metrics as a gate's source, read through @azure/arm-monitor's
 * `metrics.list` on the build's resource at the ARM endpoint the action already signs in to (the
 * same token, the same sovereign-cloud endpoint; Monitoring Reader on the app grants
 * microsoft.insights/metrics/read). The regional `metrics:getBatch` endpoint of
 * @azure/monitor-query-metrics would need the app's region and a second endpoint per cloud, for
 * nothing a gate reading two builds needs.
 *
 * - Container Apps: `Requests` (Total) filtered to the revision (`revisionName eq '<rev>'`) and
 *   split by `statusCodeCategory`; errors are the `5xx` series. Container Apps' `ResponseTime` has
 *   no revisionName dimension, so this source gives no per-revision latency (probes or
 *   Application Insights do).
 * - App Service: each slot is its own resource (`sites/<app>/slots/<slot>`, production the site):
 *   `Requests` and `Http5xx` (Total), `HttpResponseTime` (Average, seconds) weighted by the
 *   requests of each minute into an average in ms.
 * Metrics come in 1-minute bins (PT1M), `ingestion-delay` late (Azure documents 1–3 minutes for
 * platform metrics; default 3m). A window is read as the whole minutes inside it: a window shorter
 * than a minute, or not covering one whole minute, reads no requests (and the gate is inconclusive).
 */
import type { MonitorClient } from '@azure/arm-monitor'
import { PRODUCTION } from '@deploy-actions/azure/app-service'
import { armClientOptions, armRetry, countAndBoundRequests } from '@deploy-actions/azure/arm'
import type { InputIssues } from '@deploy-actions/core'
import type { SourceKind } from './registry.ts'
import type { MetricFigures, MetricSource, MetricWindow, SourceContext } from './source.ts'
import { buildResourceId, gateError, readDelay, readName, restFailure } from './azure-options.ts'

export interface AzureMonitorOptions {
  /** Where the gate stands in the input, for errors: e.g. `gate "errors"`. */
  where: string
  ingestionDelayMs: number
  /** Container Apps: the metric counting requests, and the dimension that carries the revision. */
  requestsMetric: string
  revisionDimension: string
  /** App Service: the 5xx count and the average response time (seconds); '' reads no latency. */
  errorsMetric: string
  latencyMetric: string
}

export const AZURE_MONITOR_DEFAULT_DELAY_MS = 180_000
const MINUTE = 60_000
const METRIC_NAME = {
  pattern: /^[A-Za-z][A-Za-z0-9_./ -]{0,99}$/,
  says: 'a metric name as Azure Monitor lists it, such as Requests',
}
const LATENCY_NAME = {
  pattern: /^$|^[A-Za-z][A-Za-z0-9_./ -]{0,99}$/,
  says: "a metric name such as HttpResponseTime, or '' for none",
}
const DIMENSION_NAME = { pattern: /^[A-Za-z][A-Za-z0-9_.]{0,99}$/, says: 'a dimension name such as revisionName' }

/** Reads an azure-monitor gate's own keys (the gate frame reads the rest). */
export function parseAzureMonitorOptions(
  entry: Record<string, unknown>,
  issues: InputIssues,
  where: string,
): AzureMonitorOptions {
  return {
    where,
    ingestionDelayMs: readDelay(entry, 'ingestion-delay', AZURE_MONITOR_DEFAULT_DELAY_MS, issues, where),
    requestsMetric: readName(entry, 'requests-metric', 'Requests', METRIC_NAME, issues, where),
    revisionDimension: readName(entry, 'revision-dimension', 'revisionName', DIMENSION_NAME, issues, where),
    errorsMetric: readName(entry, 'errors-metric', 'Http5xx', METRIC_NAME, issues, where),
    latencyMetric: readName(entry, 'latency-metric', 'HttpResponseTime', LATENCY_NAME, issues, where),
  }
}

export function createAzureMonitorSource(options: AzureMonitorOptions, ctx: SourceContext): MetricSource {
  const { app } = ctx
  let client: MonitorClient | undefined
  const monitor = async (): Promise<MonitorClient> => {
    // The Monitor SDK is large; a run that never reads a metric never loads it.
    const { MonitorClient } = await import('@azure/arm-monitor')
    client ??= new MonitorClient(ctx.auth.credential, ctx.auth.subscriptionId, {
      ...armClientOptions(ctx.auth, ctx.userAgent, [countAndBoundRequests(30_000, () => ctx.onRequest?.())]),
      credentials: { scopes: [ctx.auth.armScope] },
    })
    return client
  }
  const delay = options.ingestionDelayMs

  /** One metrics.list call, its failures said as the gate's: which input, which role, which name. */
  async function list(
    build: string,
    q: { timespan: string; metricnames: string; aggregation: string; filter?: string; metricnamespace: string },
    signal: AbortSignal,
  ) {
    const resourceId = buildResourceId(app, build)
    const c = await monitor()
    try {
      return await armRetry(
        (s) =>
          // The URL template is `/{+resourceUri}/providers/…`: the ID goes without its leading slash.
          c.metrics.list(resourceId.replace(/^\/+/, ''), { ...q, interval: 'PT1M', abortSignal: s }),
        { what: `read ${q.metricnames} of ${shortName(resourceId)}`, signal, budgetMs: 60_000 },
      )
    } catch (err) {
      const f = restFailure(err)
      if (f?.status === 403)
        throw gateError(
          options.where,
          `cannot read the metrics of ${resourceId} (${f.code ?? 'HTTP 403'}): assign the action's identity the Monitoring Reader role on ${app.kind === 'container-app' ? 'the Container App' : 'the web app'} or its resource group`,
          err,
        )
      if (f?.status === 404)
        throw gateError(options.where, `found no resource ${resourceId} to read metrics of (${f.message})`, err)
      if (f?.status === 400)
        throw gateError(
          options.where,
          `Azure Monitor refused the query ${q.metricnames}${q.filter ? ` where ${q.filter}` : ''} on ${shortName(resourceId)}: ${f.message} — ${app.kind === 'container-app' ? 'requests-metric and revision-dimension' : 'requests-metric, errors-metric and latency-metric'} must name what ${q.metricnamespace} has`,
          err,
        )
      throw err
    }
  }

  async function read(build: string, window: MetricWindow, signal: AbortSignal): Promise<MetricFigures> {
    // Whole minutes inside the window: a partial minute would count requests outside it.
    const start = Math.ceil(window.start.getTime() / MINUTE) * MINUTE
    const end = Math.floor(window.end.getTime() / MINUTE) * MINUTE
    const covered = { start: new Date(start), end: new Date(Math.max(start, end)) }
    if (end <= start) return { requests: 0, errors: 0, window: covered }
    const timespan = `${new Date(start).toISOString()}/${new Date(end).toISOString()}`
    if (app.kind === 'container-app') {
      const res = await list(
        build,
        {
          timespan,
          metricnames: options.requestsMetric,
          aggregation: 'Total',
          filter: `${options.revisionDimension} eq '${build.replace(/'/g, "''")}' and statusCodeCategory eq '*'`,
          metricnamespace: 'Microsoft.App/containerApps',
        },
        signal,
      )
      let requests = 0
      let errors = 0
      for (const m of res.value) {
        failedMetric(m)
        for (const ts of m.timeseries) {
          const category = ts.metadatavalues?.find((v) => v.name?.value?.toLowerCase() === 'statuscodecategory')?.value
          const n = (ts.data ?? []).reduce((s, d) => s + (d.total ?? 0), 0)
          requests += n
          if (category === '5xx') errors += n
        }
      }
      return { requests, errors, window: covered }
    }
    const namespace = build === PRODUCTION ? 'Microsoft.Web/sites' : 'Microsoft.Web/sites/slots'
    const counts = await list(
      build,
      {
        timespan,
        metricnames: `${options.requestsMetric},${options.errorsMetric}`,
        aggregation: 'Total',
        metricnamespace: namespace,
      },
      signal,
    )
    const perMinute = (name: string) => {
      const m = counts.value.find((x) => x.name.value.toLowerCase() === name.toLowerCase())
      if (m) failedMetric(m)
      const out = new Map<number, number>()
      for (const ts of m?.timeseries ?? [])
        for (const d of ts.data ?? [])
          out.set(d.timeStamp.getTime(), (out.get(d.timeStamp.getTime()) ?? 0) + (d.total ?? 0))
      return out
    }
    const requestsByMinute = perMinute(options.requestsMetric)
    const sum = (m: Map<number, number>) => [...m.values()].reduce((a, b) => a + b, 0)
    const figures: MetricFigures = {
      requests: sum(requestsByMinute),
      errors: sum(perMinute(options.errorsMetric)),
      window: covered,
    }
    if (options.latencyMetric !== '' && figures.requests > 0) {
      const latency = await list(
        build,
        { timespan, metricnames: options.latencyMetric, aggregation: 'Average', metricnamespace: namespace },
        signal,
      )
      // Each minute's average weighs as much as the requests of that minute.
      let weighted = 0
      let weight = 0
      for (const m of latency.value) {
        failedMetric(m)
        for (const ts of m.timeseries)
          for (const d of ts.data ?? []) {
            const n = requestsByMinute.get(d.timeStamp.getTime()) ?? 0
            if (d.average === undefined || n === 0) continue
            weighted += d.average * n
            weight += n
          }
      }
      if (weight > 0) figures.avgMs = (weighted / weight) * 1000
    }
    return figures
  }

  function failedMetric(m: { errorCode?: string; errorMessage?: string; name: { value: string } }): void {
    if (m.errorCode !== undefined && m.errorCode !== 'Success')
      throw gateError(
        options.where,
        `Azure Monitor could not read ${m.name.value}: ${m.errorCode} ${m.errorMessage ?? ''}`.trim(),
      )
  }

  const what =
    app.kind === 'container-app'
      ? `${options.requestsMetric} by ${options.revisionDimension} and statusCodeCategory (errors: 5xx) of Container App ${shortName(app.id)}`
      : `${options.requestsMetric}, ${options.errorsMetric}${options.latencyMetric ? ` and ${options.latencyMetric}` : ''} of each slot of web app ${shortName(app.id)}`
  return {
    kind: 'azure-monitor',
    description: `Azure Monitor ${what}: the whole minutes of each window, read once they are ${Math.round(delay / 1000)}s old`,
    ingestionDelayMs: delay,
    async verify(stable, signal) {
      // The last five minutes already ingested: proves the names, the filter and the role.
      const end = Math.floor((Date.now() - delay) / MINUTE) * MINUTE
      await read(stable, { start: new Date(end - 5 * MINUTE), end: new Date(end) }, signal)
    },
    read,
  }
}

function shortName(resourceId: string): string {
  return resourceId.split('/providers/')[1] ?? resourceId
}

/** The azure-monitor kind as `metric-gates` names it (registry.ts). */
export const azureMonitor: SourceKind<AzureMonitorOptions> = {
  keys: ['ingestion-delay', 'requests-metric', 'revision-dimension', 'errors-metric', 'latency-metric'],
  form:
    `optionally ingestion-delay (default ${AZURE_MONITOR_DEFAULT_DELAY_MS / 60_000}m), requests-metric (default Requests), ` +
    'revision-dimension (default revisionName), errors-metric (default Http5xx) and latency-metric (default HttpResponseTime)',
  parse: parseAzureMonitorOptions,
  create: createAzureMonitorSource,
}
