/**
 * Application Insights / Log Analytics as a gate's source: KQL through @azure/monitor-query-logs'
 * LogsQueryClient, over a workspace (`workspace-id`, table AppRequests) or resource-centric over an
 * Application Insights component (`resource`, table requests), for exactly the window judged (the
 * query API's timespan, no binning). The build's requests are picked by a column its telemetry
 * carries: by default the replica name (cloud_RoleInstance / AppRoleInstance), which in Container
 * Apps starts with the revision's name; or equal to it (`build-match: equals`), e.g. a version or
 * role name set per slot. Built-in figures: requests = count(), errors = 5xx (`errors: 5xx`, the
 * default) or every request Application Insights marks failed (`errors: failed`), p95 and average
 * duration in ms. Or the user's `query`, with `{build}` where the build's name goes (as a KQL string
 * literal), returning one row with columns `requests`, `errors` and optionally `p95`, `avg` (ms).
 * Roles: Log Analytics Reader on the workspace, or Reader on the Application Insights resource.
 */
import type { LogsQueryClient, LogsTable } from '@azure/monitor-query-logs'
import { armRetry, countAndBoundRequests } from '@deploy-actions/azure/arm'
import type { InputIssues } from '@deploy-actions/core'
import type { SourceKind } from './registry.ts'
import {
  METRIC_GATES_INPUT,
  type MetricFigures,
  type MetricSource,
  type MetricWindow,
  type SourceContext,
} from './source.ts'
import { gateError, readDelay, readName, restFailure } from './azure-options.ts'

export interface AppInsightsOptions {
  where: string
  ingestionDelayMs: number
  /** Exactly one: a Log Analytics workspace's ID (GUID), or an Application Insights component's ARM ID. */
  workspaceId?: string
  resource?: string
  /** The query API's base URL, /v1 included; by default the cloud's (from the ARM endpoint). */
  endpoint?: string
  buildColumn?: string
  buildMatch: 'prefix' | 'equals'
  /** What the column holds for a build, `{build}` its name: `{build}-` (prefix) or `{build}` (equals) by default. */
  buildValue?: string
  errors: '5xx' | 'failed'
  /** The user's query, `{build}` standing for the build's name as a KQL string literal. */
  query?: string
}

export const APP_INSIGHTS_DEFAULT_DELAY_MS = 300_000
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
const COMPONENT_ID =
  /^\/subscriptions\/[^/]+\/resourceGroups\/[^/]+\/providers\/microsoft\.insights\/components\/[^/]+$/i
const COLUMN = { pattern: /^[A-Za-z_][A-Za-z0-9_]{0,99}$/, says: 'a column name such as cloud_RoleInstance' }
/** The Logs query API of each cloud, by its ARM endpoint's host (KnownMonitorLogsQueryAudience). */
const LOGS_ENDPOINTS: Record<string, string> = {
  'management.usgovcloudapi.net': 'https://api.loganalytics.us/v1',
  'management.chinacloudapi.cn': 'https://api.loganalytics.azure.cn/v1',
}
const PUBLIC_LOGS_ENDPOINT = 'https://api.loganalytics.io/v1'

/** Reads an app-insights gate's own keys (the gate frame reads the rest). */
export function parseAppInsightsOptions(
  entry: Record<string, unknown>,
  issues: InputIssues,
  where: string,
): AppInsightsOptions {
  const str = (key: string): string | undefined => {
    const v = entry[key]
    if (v === undefined || v === null) return undefined
    if (typeof v !== 'string' || v.trim() === '') {
      issues.add(METRIC_GATES_INPUT, `${key} must be a non-empty string`, where)
      return undefined
    }
    return v.trim()
  }
  const workspaceId = str('workspace-id')
  const resource = str('resource')
  if ((workspaceId === undefined) === (resource === undefined))
    issues.add(
      METRIC_GATES_INPUT,
      'needs exactly one of workspace-id (the Log Analytics workspace ID, a GUID) or resource (the Application Insights resource ID, /subscriptions/…/providers/microsoft.insights/components/NAME)',
      where,
    )
  if (workspaceId !== undefined && !GUID.test(workspaceId))
    issues.add(
      METRIC_GATES_INPUT,
      "workspace-id must be the workspace's ID (a GUID, the Workspace ID on its Overview page)",
      where,
    )
  if (resource !== undefined && !COMPONENT_ID.test(resource))
    issues.add(
      METRIC_GATES_INPUT,
      'resource must be an Application Insights resource ID: /subscriptions/SUB/resourceGroups/RG/providers/microsoft.insights/components/NAME',
      where,
    )
  const endpoint = str('endpoint')
  if (endpoint !== undefined && !/^https:\/\/[^/?#@]+(\/[^?#]*)?$/.test(endpoint))
    issues.add(
      METRIC_GATES_INPUT,
      'endpoint must be the Logs query API base URL, https, such as https://api.loganalytics.io/v1',
      where,
    )
  const buildMatch = str('build-match') ?? 'prefix'
  if (buildMatch !== 'prefix' && buildMatch !== 'equals')
    issues.add(
      METRIC_GATES_INPUT,
      "build-match must be 'prefix' (the column starts with '<build>-') or 'equals'",
      where,
    )
  const errors = str('errors') ?? '5xx'
  if (errors !== '5xx' && errors !== 'failed')
    issues.add(
      METRIC_GATES_INPUT,
      "errors must be '5xx' (result code 500 and up) or 'failed' (success == false)",
      where,
    )
  const buildValue = str('build-value')
  if (buildValue !== undefined && !buildValue.includes('{build}'))
    issues.add(METRIC_GATES_INPUT, "build-value must contain {build}, such as 'tesoro-web-{build}'", where)
  const query = str('query')
  if (query !== undefined && !query.includes('{build}'))
    issues.add(
      METRIC_GATES_INPUT,
      "query must contain {build} where the build's name goes, and return columns requests and errors (optionally p95, avg in ms)",
      where,
    )
  return {
    where,
    ingestionDelayMs: readDelay(entry, 'ingestion-delay', APP_INSIGHTS_DEFAULT_DELAY_MS, issues, where),
    workspaceId,
    resource,
    endpoint: endpoint?.replace(/\/+$/, ''),
    buildColumn:
      entry['build-column'] === undefined ? undefined : readName(entry, 'build-column', '', COLUMN, issues, where),
    buildMatch: buildMatch as AppInsightsOptions['buildMatch'],
    buildValue,
    errors: errors as AppInsightsOptions['errors'],
    query,
  }
}

/** A KQL string literal: double quotes, backslash escapes. */
export function kqlString(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`
}

function buildValueTemplate(options: AppInsightsOptions): string {
  return options.buildValue ?? (options.buildMatch === 'prefix' ? '{build}-' : '{build}')
}

/** The KQL one build's figures are read with. */
export function appInsightsQuery(options: AppInsightsOptions, build: string): string {
  if (options.query !== undefined) return options.query.replaceAll('{build}', kqlString(build))
  const workspace = options.workspaceId !== undefined
  const c = workspace
    ? {
        table: 'AppRequests',
        instance: 'AppRoleInstance',
        code: 'ResultCode',
        success: 'Success',
        duration: 'DurationMs',
      }
    : {
        table: 'requests',
        instance: 'cloud_RoleInstance',
        code: 'resultCode',
        success: 'success',
        duration: 'duration',
      }
  const column = options.buildColumn ?? c.instance
  const value = buildValueTemplate(options).replaceAll('{build}', build)
  const match = `${column} ${options.buildMatch === 'prefix' ? 'startswith' : '=='} ${kqlString(value)}`
  const failed = options.errors === '5xx' ? `toint(${c.code}) >= 500` : `${c.success} == false`
  return (
    `${c.table} | where ${match} ` +
    `| summarize requests = count(), errors = countif(${failed}), p95 = percentile(${c.duration}, 95), avg = avg(${c.duration})`
  )
}

export function createAppInsightsSource(options: AppInsightsOptions, ctx: SourceContext): MetricSource {
  const endpoint = options.endpoint ?? LOGS_ENDPOINTS[new URL(ctx.auth.armEndpoint).hostname] ?? PUBLIC_LOGS_ENDPOINT
  const scope = `${new URL(endpoint).origin}/.default`
  const target = options.workspaceId !== undefined ? `workspace ${options.workspaceId}` : `${options.resource}`
  let client: LogsQueryClient | undefined
  const logs = async (): Promise<LogsQueryClient> => {
    const { LogsQueryClient } = await import('@azure/monitor-query-logs')
    client ??= new LogsQueryClient(ctx.auth.credential, {
      endpoint,
      credentials: { scopes: [scope] },
      retryOptions: { maxRetries: 0 },
      userAgentOptions: { userAgentPrefix: ctx.userAgent },
      additionalPolicies: [countAndBoundRequests(60_000, () => ctx.onRequest?.())],
    })
    return client
  }

  async function read(build: string, window: MetricWindow, signal: AbortSignal): Promise<MetricFigures> {
    const query = appInsightsQuery(options, build)
    const c = await logs()
    const timespan = { startTime: window.start, endTime: window.end }
    let result
    try {
      result = await armRetry(
        (s) =>
          options.workspaceId !== undefined
            ? c.queryWorkspace(options.workspaceId, query, timespan, { abortSignal: s })
            : // The URL template is `/{+resourceId}/query`: the ID goes without its leading slash.
              c.queryResource((options.resource as string).replace(/^\/+/, ''), query, timespan, { abortSignal: s }),
        { what: `query ${target}`, signal, budgetMs: 90_000 },
      )
    } catch (err) {
      const f = restFailure(err)
      if (f?.status === 403)
        throw gateError(
          options.where,
          `cannot query ${target} (${f.code ?? 'HTTP 403'}): assign the action's identity ${options.workspaceId !== undefined ? 'the Log Analytics Reader role on the workspace' : 'the Reader role on the Application Insights resource (or Log Analytics Reader on its workspace)'}`,
          err,
        )
      if (f?.status === 404) throw gateError(options.where, `found no ${target} to query (${f.message})`, err)
      if (f?.status === 400)
        throw gateError(
          options.where,
          `the Logs API refused the query on ${target}: ${innermost(err) ?? f.message} — query: ${query}`,
          err,
        )
      throw err
    }
    if ('partialError' in result)
      throw gateError(
        options.where,
        `the query on ${target} failed in part: ${result.partialError.message} — query: ${query}`,
      )
    return figuresOf(result.tables[0], options.where)
  }

  return {
    kind: 'app-insights',
    description:
      `Application Insights on ${target}: ` +
      (options.query !== undefined
        ? "the gate's own query"
        : `requests whose ${options.buildColumn ?? (options.workspaceId !== undefined ? 'AppRoleInstance' : 'cloud_RoleInstance')} ${options.buildMatch === 'prefix' ? 'starts with' : 'is'} '${buildValueTemplate(options).replaceAll('{build}', '<build>')}', errors ${options.errors === '5xx' ? '5xx' : 'failed'}, p95 and average duration`) +
      `, over each window read once it is ${Math.round(options.ingestionDelayMs / 1000)}s old`,
    ingestionDelayMs: options.ingestionDelayMs,
    async verify(stable, signal) {
      const end = Date.now() - options.ingestionDelayMs
      await read(stable, { start: new Date(end - 5 * 60_000), end: new Date(end) }, signal)
    },
    read,
  }
}

/** The figures of the query's one row, by the documented column names. */
function figuresOf(table: LogsTable | undefined, where: string): MetricFigures {
  const names = (table?.columnDescriptors ?? []).map((c) => (c.name ?? '').toLowerCase())
  const col = (n: string) => names.indexOf(n)
  if (!table || col('requests') < 0 || col('errors') < 0)
    throw gateError(
      where,
      `query must return columns requests and errors (optionally p95, avg in ms); it returned ${names.join(', ') || 'no table'}`,
    )
  if (table.rows.length > 1)
    throw gateError(where, `query must return one row (summarize without by); it returned ${table.rows.length}`)
  const row = table.rows[0]
  if (!row) return { requests: 0, errors: 0 }
  const num = (n: string) => {
    const i = col(n)
    const v = i < 0 ? undefined : row[i]
    return typeof v === 'number' && Number.isFinite(v) ? v : undefined
  }
  const figures: MetricFigures = { requests: num('requests') ?? 0, errors: num('errors') ?? 0 }
  const p95 = num('p95')
  const avg = num('avg')
  if (p95 !== undefined) figures.p95Ms = p95
  if (avg !== undefined) figures.avgMs = avg
  return figures
}

/** The Logs API says what is wrong with a query in its innermost error (SYN…/SEM…): that one. */
function innermost(err: unknown): string | undefined {
  let e = (err as { details?: { error?: { message?: string; innererror?: unknown } } }).details?.error
  let message: string | undefined
  while (e) {
    if (e.message) message = e.message
    e = e.innererror as typeof e
  }
  return message?.replace(/\s+/g, ' ').trim()
}

/** The app-insights kind as `metric-gates` names it (registry.ts). */
export const appInsights: SourceKind<AppInsightsOptions> = {
  keys: [
    'workspace-id',
    'resource',
    'endpoint',
    'build-column',
    'build-match',
    'build-value',
    'errors',
    'query',
    'ingestion-delay',
  ],
  form:
    'workspace-id (a Log Analytics workspace GUID) or resource (an Application Insights resource ID), and optionally ' +
    `endpoint, build-column, build-match (prefix or equals), build-value, errors (5xx or failed), query and ingestion-delay (default ${APP_INSIGHTS_DEFAULT_DELAY_MS / 60_000}m)`,
  parse: parseAppInsightsOptions,
  create: createAppInsightsSource,
}
