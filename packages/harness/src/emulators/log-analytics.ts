/**
 * The Azure Monitor Logs query API (Log Analytics, Application Insights) on its own loopback HTTPS
 * server, as LogsQueryClient (@azure/monitor-query-logs) calls it: `POST /v1/workspaces/{id}/query`
 * (table AppRequests) and the resource-centric `POST /v1/{resourceId}/query` on an Application
 * Insights component (table requests), body `{query, timespan}`. Rows are the requests the data
 * plane's builds really answered (app.ts records status and duration), each visible `delayMs` after
 * it was answered (ingestion latency). A request needs a bearer token Entra issued for this API's
 * scope (its origin + /.default, as https://api.loganalytics.io/.default for the real one); a
 * workspace or component the identity may not read (`deny`) is 403 InsufficientAccessError.
 *
 * The KQL it understands is the subset the built-in gate queries and simple user queries need:
 *   Table | where <predicate> | summarize [name =] agg(…), … [by column, …] | project column, …
 * predicates: comparisons (== != < <= > >=), startswith, contains, `and`, `or`, `not()`, parentheses,
 * over columns, literals (strings, numbers, true/false) and toint()/todouble()/tostring();
 * aggregations: count(), countif(pred), sum(x), avg(x), min(x), max(x), percentile(x, p) (nearest
 * rank). Anything else is answered 400 BadArgumentError as Azure answers a query it cannot parse
 * (innererror SyntaxError) or resolve (SemanticError, e.g. an unknown table or column), so a test
 * never passes on KQL the stand-in only pretends to run.
 */
import { randomBytes } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { createServer } from 'node:https'
import type { AddressInfo } from 'node:net'
import type { Azure } from './azure.ts'
import type { RequestRecord } from './app.ts'
import type { AppServiceHandle } from './app-service.ts'
import type { ContainerAppHandle } from './container-apps.ts'
import { slotRequests } from './monitor.ts'

/** Where a build's requests come from, and the names telemetry gives it. */
export interface TelemetrySource {
  /** cloud_RoleName / AppRoleName (the service name, OTEL_SERVICE_NAME). */
  roleName: string
  /** cloud_RoleInstance / AppRoleInstance (the replica: in Container Apps `<revision>-<hash>-<pod>`). */
  roleInstance: string
  /** application_Version / AppVersion, when the app reports one. */
  version?: string
  requests(): RequestRecord[]
}

export interface LogsQuery {
  at: number
  /** workspaces/<id> or the component's resource ID. */
  target: string
  query: string
  timespan?: string
  status: number
}

export interface LogAnalytics {
  /** https://127.0.0.1:PORT/v1: what LogsQueryClient's `endpoint` is given. */
  endpoint: string
  /** The token scope a client must ask for: the API's origin + /.default. */
  scope: string
  delayMs: number
  queries: LogsQuery[]
  /** A workspace (by its customer ID, a GUID) and an Application Insights component (by resource ID) over the same telemetry. */
  addWorkspace(workspaceId: string): void
  addComponent(resourceId: string): void
  /** Telemetry of a build, sent to every workspace and component. */
  feed(source: TelemetrySource): void
  /** Each revision of a Container App as its replicas report: role name the app's, instance `<revision>-…`. */
  watchContainerApp(app: ContainerAppHandle): void
  /**
   * Each slot of a site as its telemetry names it (`roleName(slot)`: a per-slot OTEL_SERVICE_NAME),
   * counting what the build it held at each request's arrival served.
   */
  watchAppService(site: AppServiceHandle, roleName: (slot: string) => string): void
  /** The identity has no Log Analytics Reader (or Reader) on this workspace or component: 403. */
  deny(target: string): void
  close(): Promise<void>
}

interface Column {
  name: string
  type: 'datetime' | 'string' | 'bool' | 'long' | 'real'
}

type Value = string | number | boolean | null
type Row = Record<string, Value>

const WORKSPACE_COLUMNS: Column[] = [
  { name: 'TimeGenerated', type: 'datetime' },
  { name: 'Name', type: 'string' },
  { name: 'Success', type: 'bool' },
  { name: 'ResultCode', type: 'string' },
  { name: 'DurationMs', type: 'real' },
  { name: 'AppRoleName', type: 'string' },
  { name: 'AppRoleInstance', type: 'string' },
  { name: 'AppVersion', type: 'string' },
]
const COMPONENT_COLUMNS: Column[] = [
  { name: 'timestamp', type: 'datetime' },
  { name: 'name', type: 'string' },
  { name: 'success', type: 'bool' },
  { name: 'resultCode', type: 'string' },
  { name: 'duration', type: 'real' },
  { name: 'cloud_RoleName', type: 'string' },
  { name: 'cloud_RoleInstance', type: 'string' },
  { name: 'application_Version', type: 'string' },
]

export async function startLogAnalytics(azure: Azure, opts: { delayMs?: number } = {}): Promise<LogAnalytics> {
  const workspaces = new Set<string>()
  const components = new Set<string>()
  const denied = new Set<string>()
  const sources: TelemetrySource[] = []
  const refreshers: Array<() => void> = []
  let origin = ''
  const logs: LogAnalytics = {
    endpoint: '',
    scope: '',
    delayMs: opts.delayMs ?? 180_000,
    queries: [],
    addWorkspace: (id) => void workspaces.add(id.toLowerCase()),
    addComponent: (id) => void components.add(id.toLowerCase().replace(/^\/+/, '')),
    feed: (source) => void sources.push(source),
    watchContainerApp(app) {
      const seen = new Set<string>()
      // Revisions created later are picked up at each query.
      const refresh = () => {
        for (const r of app.revisions.values()) {
          if (seen.has(r.name)) continue
          seen.add(r.name)
          sources.push({
            roleName: app.name,
            roleInstance: `${r.name}-7d9f8c6b5-x2k4p`,
            requests: () => r.app.requests,
          })
        }
      }
      refreshers.push(refresh)
    },
    watchAppService(site, roleName) {
      const requestsOf = slotRequests(site)
      for (const slot of site.serving.keys())
        sources.push({
          roleName: roleName(slot),
          roleInstance: `${site.name}-${slot}-lw0sdlwk0000A1`,
          requests: () => requestsOf(slot),
        })
    },
    deny: (target) => void denied.add(target.toLowerCase().replace(/^\/+/, '')),
    close: async () => {
      server.closeAllConnections()
      await new Promise<void>((done) => server.close(() => done()))
    },
  }

  const server = createServer({ key: azure.tls.key, cert: azure.tls.cert }, (req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => handle(req, res, Buffer.concat(chunks).toString('utf8')))
  })

  function handle(req: IncomingMessage, res: ServerResponse, raw: string): void {
    const path = decodeURIComponent(new URL(req.url ?? '/', origin).pathname)
    const m = /^\/v1\/(.+)\/query$/.exec(path)
    const entry: LogsQuery = { at: Date.now(), target: m?.[1] ?? path, query: '', status: 0 }
    logs.queries.push(entry)
    const reply = (status: number, body: unknown) => {
      entry.status = status
      send(res, status, body)
    }
    if (req.method !== 'POST' || !m)
      return reply(404, apiError('PathNotFoundError', 'The requested path does not exist'))
    const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1]
    if (!token)
      return reply(
        401,
        apiError('AuthenticationFailed', "Authentication failed. The 'Authorization' header is missing."),
      )
    if (azure.issued.scopes.get(token) !== logs.scope)
      return reply(
        403,
        apiError(
          'InvalidAuthenticationTokenAudience',
          `The access token has been obtained from wrong audience or resource. It should exactly match with the allowed audience '${origin}'.`,
        ),
      )
    const target = (m[1] as string).toLowerCase()
    const workspace = /^workspaces\/([^/]+)$/.exec(target)?.[1]
    const table = workspace !== undefined ? 'AppRequests' : 'requests'
    if (workspace !== undefined ? !workspaces.has(workspace) : !components.has(target))
      return reply(
        404,
        apiError(
          workspace !== undefined ? 'WorkspaceNotFoundError' : 'ResourceNotFoundError',
          `The ${workspace !== undefined ? 'workspace' : 'resource'} '${m[1]}' could not be found`,
        ),
      )
    if (denied.has(workspace !== undefined ? `workspaces/${workspace}` : target))
      return reply(
        403,
        apiError(
          'InsufficientAccessError',
          'The provided credentials have insufficient access to perform the requested operation',
        ),
      )
    let body: { query?: unknown; timespan?: unknown }
    try {
      body = JSON.parse(raw) as typeof body
    } catch {
      return reply(400, apiError('BadArgumentError', 'The request body is not valid JSON'))
    }
    if (typeof body.query !== 'string' || body.query.trim() === '')
      return reply(400, apiError('BadArgumentError', "The request had some invalid properties: 'query' is required"))
    entry.query = body.query
    entry.timespan = typeof body.timespan === 'string' ? body.timespan : undefined
    const span = entry.timespan !== undefined ? parseTimespan(entry.timespan) : undefined
    if (span === null) return reply(400, apiError('BadArgumentError', `Invalid timespan '${entry.timespan}'`))
    for (const r of refreshers) r()
    const now = Date.now()
    const rows: Row[] = []
    for (const s of sources)
      for (const q of s.requests()) {
        if (q.status === undefined || q.durationMs === undefined) continue
        const at = q.at + q.durationMs
        if (at + logs.delayMs > now) continue
        if (span && (at < span.start || at >= span.end)) continue
        rows.push(row(table, s, q, at))
      }
    try {
      const result = run(body.query, table, rows)
      reply(200, {
        tables: [
          {
            name: 'PrimaryResult',
            columns: result.columns,
            rows: result.rows.map((r) => result.columns.map((c) => r[c.name] ?? null)),
          },
        ],
      })
    } catch (err) {
      if (!(err instanceof KqlError)) throw err
      reply(400, {
        error: {
          message: 'The request had some invalid properties',
          code: 'BadArgumentError',
          correlationId: randomBytes(8).toString('hex'),
          innererror: {
            code: err.kind,
            message:
              err.kind === 'SyntaxError' ? 'A recognition error occurred in the query.' : 'A semantic error occurred.',
            innererror: { code: err.kind === 'SyntaxError' ? 'SYN0002' : 'SEM0100', message: err.message },
          },
        },
      })
    }
  }

  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready))
  origin = `https://127.0.0.1:${(server.address() as AddressInfo).port}`
  logs.endpoint = `${origin}/v1`
  logs.scope = `${origin}/.default`
  azure.allowScope(logs.scope)
  return logs
}

function row(table: string, s: TelemetrySource, q: RequestRecord, at: number): Row {
  const status = q.status as number
  // Application Insights marks an HTTP request failed from 400 up (a 401 too).
  const success = status < 400
  return table === 'AppRequests'
    ? {
        TimeGenerated: new Date(at).toISOString(),
        Name: `${q.method} ${q.path}`,
        Success: success,
        ResultCode: String(status),
        DurationMs: q.durationMs as number,
        AppRoleName: s.roleName,
        AppRoleInstance: s.roleInstance,
        AppVersion: s.version ?? '',
      }
    : {
        timestamp: new Date(at).toISOString(),
        name: `${q.method} ${q.path}`,
        success,
        resultCode: String(status),
        duration: q.durationMs as number,
        cloud_RoleName: s.roleName,
        cloud_RoleInstance: s.roleInstance,
        application_Version: s.version ?? '',
      }
}

function parseTimespan(text: string): { start: number; end: number } | null {
  const [a, b, extra] = text.split('/')
  const start = Date.parse(a ?? '')
  const end = Date.parse(b ?? '')
  return extra !== undefined || Number.isNaN(start) || Number.isNaN(end) || start >= end ? null : { start, end }
}

function apiError(code: string, message: string): unknown {
  return { error: { message, code, correlationId: randomBytes(8).toString('hex') } }
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'x-ms-request-id': randomBytes(8).toString('hex'),
  })
  res.end(JSON.stringify(body))
}

// ---- the KQL subset -------------------------------------------------------------------------------

export class KqlError extends Error {
  readonly kind: 'SyntaxError' | 'SemanticError'
  constructor(kind: 'SyntaxError' | 'SemanticError', message: string) {
    super(message)
    this.kind = kind
  }
}

type Token = { t: 'id' | 'str' | 'num' | 'op'; v: string; pos: number }

function tokenize(text: string): Token[] {
  const out: Token[] = []
  const re = /\s*(?:([A-Za-z_][\w]*)|"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'|(\d+(?:\.\d+)?)|(==|!=|<=|>=|[<>=(),|]))/y
  let i = 0
  while (i < text.length) {
    if (/^\s*$/.test(text.slice(i))) break
    re.lastIndex = i
    const m = re.exec(text)
    if (!m) {
      const at = i + (text.slice(i).length - text.slice(i).trimStart().length)
      throw new KqlError('SyntaxError', `Query could not be parsed at '${text[at]}' on line [1,${at}]`)
    }
    const pos = m.index + (m[0].length - m[0].trimStart().length)
    if (m[1] !== undefined) out.push({ t: 'id', v: m[1], pos })
    else if (m[2] !== undefined) out.push({ t: 'str', v: m[2].replace(/\\(.)/g, '$1'), pos })
    else if (m[3] !== undefined) out.push({ t: 'str', v: m[3].replace(/\\(.)/g, '$1'), pos })
    else if (m[4] !== undefined) out.push({ t: 'num', v: m[4], pos })
    else out.push({ t: 'op', v: m[5] as string, pos })
    i = re.lastIndex
  }
  return out
}

type Expr =
  | { k: 'lit'; v: Value }
  | { k: 'col'; name: string }
  | { k: 'call'; fn: string; args: Expr[] }
  | { k: 'bin'; op: string; a: Expr; b: Expr }

interface Agg {
  name: string
  fn: string
  args: Expr[]
}

const SCALAR_FUNCTIONS = new Set(['toint', 'todouble', 'tostring', 'tolong', 'not'])
const AGG_FUNCTIONS = new Set(['count', 'countif', 'sum', 'avg', 'min', 'max', 'percentile'])
const COMPARISONS = new Set(['==', '!=', '<', '<=', '>', '>=', 'startswith', 'contains'])

/** Runs `query` over `rows` of `table`; the result's columns in order. */
export function run(query: string, table: string, rows: Row[]): { columns: Column[]; rows: Row[] } {
  const toks = tokenize(query)
  let p = 0
  const peek = () => toks[p]
  const syntax = (tok: Token | undefined): never => {
    throw new KqlError(
      'SyntaxError',
      tok
        ? `Query could not be parsed at '${tok.v}' on line [1,${tok.pos}]`
        : 'Query could not be parsed: unexpected end of query',
    )
  }
  const take = (v?: string): Token => {
    const tok = toks[p]
    if (!tok || (v !== undefined && tok.v !== v)) syntax(tok)
    p++
    return tok as Token
  }
  const first = take()
  if (first.t !== 'id') syntax(first)
  const columnsOf: Record<string, Column[]> = { AppRequests: WORKSPACE_COLUMNS, requests: COMPONENT_COLUMNS }
  if (first.v !== table)
    throw new KqlError(
      'SemanticError',
      `'${first.v}' could not be resolved: Failed to resolve table or column expression named '${first.v}'`,
    )
  let columns = columnsOf[table] as Column[]
  let data = rows

  const expr = (): Expr => or()
  const or = (): Expr => {
    let a = and()
    while (peek()?.v === 'or') {
      p++
      a = { k: 'bin', op: 'or', a, b: and() }
    }
    return a
  }
  const and = (): Expr => {
    let a = cmp()
    while (peek()?.v === 'and') {
      p++
      a = { k: 'bin', op: 'and', a, b: cmp() }
    }
    return a
  }
  const cmp = (): Expr => {
    const a = unary()
    const op = peek()
    if (op && COMPARISONS.has(op.v)) {
      p++
      return { k: 'bin', op: op.v, a, b: unary() }
    }
    return a
  }
  const unary = (): Expr => {
    const tok = take()
    if (tok.t === 'str') return { k: 'lit', v: tok.v }
    if (tok.t === 'num') return { k: 'lit', v: Number(tok.v) }
    if (tok.v === '(') {
      const e = expr()
      take(')')
      return e
    }
    if (tok.t !== 'id') return syntax(tok)
    if (tok.v === 'true' || tok.v === 'false') return { k: 'lit', v: tok.v === 'true' }
    if (peek()?.v === '(') {
      if (!SCALAR_FUNCTIONS.has(tok.v))
        throw new KqlError(
          'SemanticError',
          `Failed to resolve scalar expression named '${tok.v}' (not in the stand-in's KQL subset)`,
        )
      return { k: 'call', fn: tok.v, args: args() }
    }
    if (!columns.some((c) => c.name === tok.v))
      throw new KqlError('SemanticError', `Failed to resolve scalar expression named '${tok.v}'`)
    return { k: 'col', name: tok.v }
  }
  const args = (): Expr[] => {
    take('(')
    const out: Expr[] = []
    while (peek()?.v !== ')') {
      out.push(expr())
      if (peek()?.v === ',') p++
      else break
    }
    take(')')
    return out
  }

  while (p < toks.length) {
    take('|')
    const op = take()
    if (op.v === 'where') {
      const pred = expr()
      data = data.filter((r) => truthy(evaluate(pred, r)))
    } else if (op.v === 'summarize') {
      const aggs: Agg[] = []
      do {
        if (aggs.length > 0) take(',')
        let name: string | undefined
        if (toks[p + 1]?.v === '=') {
          name = take().v
          take('=')
        }
        const fn = take()
        if (!AGG_FUNCTIONS.has(fn.v))
          throw new KqlError(
            'SemanticError',
            `summarize operator: Failed to resolve aggregation named '${fn.v}' (not in the stand-in's KQL subset)`,
          )
        const a = args()
        const argName = a[0]?.k === 'col' ? `_${a[0].name}` : ''
        aggs.push({
          name: name ?? `${fn.v}${argName}${fn.v === 'percentile' ? `_${String((a[1] as { v?: Value })?.v)}` : ''}`,
          fn: fn.v,
          args: a,
        })
      } while (peek()?.v === ',')
      const by: string[] = []
      if (peek()?.v === 'by') {
        p++
        do {
          if (by.length > 0) take(',')
          const c = take()
          if (!columns.some((x) => x.name === c.v))
            throw new KqlError('SemanticError', `Failed to resolve scalar expression named '${c.v}'`)
          by.push(c.v)
        } while (peek()?.v === ',')
      }
      const groups = new Map<string, Row[]>()
      for (const r of data) {
        const k = JSON.stringify(by.map((b) => r[b]))
        groups.set(k, [...(groups.get(k) ?? []), r])
      }
      if (by.length === 0 && groups.size === 0) groups.set('[]', [])
      const next: Row[] = []
      for (const [k, group] of groups) {
        const out: Row = {}
        by.forEach((b, i) => (out[b] = (JSON.parse(k) as Value[])[i] ?? null))
        for (const a of aggs) out[a.name] = aggregate(a, group)
        next.push(out)
      }
      columns = [
        ...by.map((b) => columns.find((c) => c.name === b) as Column),
        ...aggs.map((a): Column => ({ name: a.name, type: a.fn === 'count' || a.fn === 'countif' ? 'long' : 'real' })),
      ]
      data = next
    } else if (op.v === 'project') {
      const keep: string[] = []
      do {
        if (keep.length > 0) take(',')
        const c = take()
        if (!columns.some((x) => x.name === c.v))
          throw new KqlError('SemanticError', `Failed to resolve scalar expression named '${c.v}'`)
        keep.push(c.v)
      } while (peek()?.v === ',')
      columns = keep.map((k) => columns.find((c) => c.name === k) as Column)
    } else {
      throw new KqlError(
        'SyntaxError',
        `Query could not be parsed at '${op.v}' on line [1,${op.pos}] (operator not in the stand-in's KQL subset)`,
      )
    }
  }
  return { columns, rows: data }
}

function truthy(v: Value): boolean {
  return v === true
}

function evaluate(e: Expr, r: Row): Value {
  switch (e.k) {
    case 'lit':
      return e.v
    case 'col':
      return r[e.name] ?? null
    case 'call': {
      const v = evaluate(e.args[0] as Expr, r)
      if (e.fn === 'not') return !truthy(v)
      if (e.fn === 'tostring') return v === null ? '' : String(v)
      const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN
      if (Number.isNaN(n)) return null
      return e.fn === 'todouble' ? n : Math.trunc(n)
    }
    case 'bin': {
      if (e.op === 'and') return truthy(evaluate(e.a, r)) && truthy(evaluate(e.b, r))
      if (e.op === 'or') return truthy(evaluate(e.a, r)) || truthy(evaluate(e.b, r))
      const a = evaluate(e.a, r)
      const b = evaluate(e.b, r)
      if (e.op === 'startswith')
        return String(a ?? '')
          .toLowerCase()
          .startsWith(String(b ?? '').toLowerCase())
      if (e.op === 'contains')
        return String(a ?? '')
          .toLowerCase()
          .includes(String(b ?? '').toLowerCase())
      if (a === null || b === null) return e.op === '!=' ? a !== b : false
      switch (e.op) {
        case '==':
          return a === b
        case '!=':
          return a !== b
        case '<':
          return a < b
        case '<=':
          return a <= b
        case '>':
          return a > b
        default:
          return a >= b
      }
    }
  }
}

function aggregate(a: Agg, rows: Row[]): Value {
  if (a.fn === 'count') return rows.length
  if (a.fn === 'countif') return rows.filter((r) => truthy(evaluate(a.args[0] as Expr, r))).length
  const values = rows.map((r) => evaluate(a.args[0] as Expr, r)).filter((v): v is number => typeof v === 'number')
  if (a.fn === 'sum') return values.reduce((x, y) => x + y, 0)
  if (values.length === 0) return null
  if (a.fn === 'avg') return values.reduce((x, y) => x + y, 0) / values.length
  if (a.fn === 'min') return Math.min(...values)
  if (a.fn === 'max') return Math.max(...values)
  // percentile(x, p): the nearest rank over the sorted values.
  const pct = (a.args[1] as { v?: Value } | undefined)?.v
  if (typeof pct !== 'number' || pct < 0 || pct > 100)
    throw new KqlError('SemanticError', 'percentile(): the second argument must be a number between 0 and 100')
  const sorted = [...values].sort((x, y) => x - y)
  return sorted[Math.max(0, Math.ceil((pct / 100) * sorted.length) - 1)] as number
}
