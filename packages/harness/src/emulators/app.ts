/**
 * A small HTTP service whose behaviour a test changes while it runs: the version it reports,
 * latency, error rate, a number of first requests that fail, per-path overrides. It stands for one
 * deployed build (a revision, a slot) and records every request it received.
 */
import { createServer, type IncomingHttpHeaders, type RequestListener, type Server } from 'node:http'
import { createServer as createTlsServer } from 'node:https'
import type { AddressInfo } from 'node:net'
import type { TestTls } from './tls.ts'

export interface Behaviour {
  version: string
  /** Added to every response. */
  latencyMs: number
  /** Fraction of requests answered 500, spread evenly (deterministic, no randomness). */
  errorRate: number
  /** The first N requests (per path) answer 503 with Retry-After: 1 (a service still starting). */
  failFirst: number
  /** Forces this status. */
  status?: number
  /** Replaces the JSON body. */
  body?: unknown
  /** Answers 302 with this Location. */
  redirect?: string
}

export interface RequestRecord {
  method: string
  path: string
  headers: IncomingHttpHeaders
  at: number
  /**
   * Set once answered: the status sent and how long the answer took, so what a build really served
   * (its errors, its latency) can be counted the way a platform's metrics count it.
   */
  status?: number
  durationMs?: number
}

export interface App {
  /** Base URL, e.g. http://127.0.0.1:41234 */
  url: string
  port: number
  requests: RequestRecord[]
  /** The most requests in progress at once. */
  maxInFlight: number
  /**
   * Asked at each request before anything else: a status to answer at once instead (e.g. 503 when
   * the replicas behind this build are overloaded), or undefined to serve it as the behaviour says.
   */
  refuse?: () => number | undefined
  /** Changes behaviour for every path, or for one path (`/api/orders`). */
  set(change: Partial<Behaviour>, path?: string): void
  /**
   * Applies `change` to every path once `count` requests to `path` have been answered: a rollout
   * that happens while the client watches, however long the client took to start.
   */
  changeAfter(path: string, count: number, change: Partial<Behaviour>): void
  /**
   * Serves one request of a simulated user without the network: the same decision the HTTP handler
   * makes (refusal, first failures, error rate, status, latency), recorded like any request, so
   * users' traffic counts in the build's figures as what the build really answered.
   */
  serve(path: string): { status: number; durationMs: number; refused: boolean }
  close(): Promise<void>
}

const DEFAULTS: Behaviour = { version: 'v1.0.0', latencyMs: 0, errorRate: 0, failFirst: 0 }

export interface AppOptions {
  host?: string
  /** Serve HTTPS with this identity (a revision's or slot's own URL is HTTPS, as in Azure). */
  tls?: TestTls
}

export async function startApp(
  initial: Partial<Behaviour> = {},
  { host = '127.0.0.1', tls }: AppOptions = {},
): Promise<App> {
  let base: Behaviour = { ...DEFAULTS, ...initial }
  const overrides = new Map<string, Partial<Behaviour>>()
  const counts = new Map<string, number>()
  const requests: RequestRecord[] = []
  const answered = new Map<string, number>()
  let triggers: Array<{ path: string; count: number; change: Partial<Behaviour> }> = []
  let inFlight = 0
  const app: App = {
    url: '',
    port: 0,
    requests,
    maxInFlight: 0,
    set(change, path) {
      if (path) overrides.set(path, { ...overrides.get(path), ...change })
      else base = { ...base, ...change }
    },
    changeAfter(path, count, change) {
      triggers.push({ path, count, change })
    },
    serve(path) {
      const record: RequestRecord = { method: 'GET', path, headers: {}, at: Date.now() }
      requests.push(record)
      const b: Behaviour = { ...base, ...overrides.get(path) }
      const refused = app.refuse?.()
      const status = refused ?? decide(path, b).status
      // Answered at once here; the duration is the latency the build would have taken.
      Object.assign(record, { status, durationMs: refused !== undefined ? 0 : b.latencyMs })
      if (refused === undefined && !b.redirect) onAnswered(path)
      return { status, durationMs: record.durationMs as number, refused: refused !== undefined }
    },
    close: () => close(server),
  }
  const onAnswered = (path: string) => {
    const n = (answered.get(path) ?? 0) + 1
    answered.set(path, n)
    const due = triggers.filter((t) => t.path === path && t.count <= n)
    if (due.length === 0) return
    triggers = triggers.filter((t) => !due.includes(t))
    for (const t of due) app.set(t.change)
  }

  /** What the build answers a request to `path` now (its count on that path taken): a redirect, a failure or a body. */
  const decide = (path: string, b: Behaviour): { status: number; kind: 'redirect' | 'starting' | 'error' | 'ok' } => {
    const n = counts.get(path) ?? 0
    counts.set(path, n + 1)
    if (b.redirect) return { status: 302, kind: 'redirect' }
    if (n < b.failFirst) return { status: 503, kind: 'starting' }
    if (Math.floor((n + 1) * b.errorRate) > Math.floor(n * b.errorRate)) return { status: 500, kind: 'error' }
    return { status: b.status ?? 200, kind: 'ok' }
  }

  const handler: RequestListener = (req, res) => {
    const path = (req.url ?? '/').split('?')[0] as string
    const record: RequestRecord = { method: req.method ?? 'GET', path, headers: req.headers, at: Date.now() }
    requests.push(record)
    res.on('finish', () => {
      record.status = res.statusCode
      record.durationMs = Date.now() - record.at
    })
    inFlight++
    app.maxInFlight = Math.max(app.maxInFlight, inFlight)
    const b: Behaviour = { ...base, ...overrides.get(path) }
    req.resume()
    const refused = app.refuse?.()
    if (refused !== undefined) {
      res.writeHead(refused, { 'content-type': 'text/plain', 'x-app-version': b.version })
      res.end('overloaded')
      inFlight--
      return
    }
    const answer = decide(path, b)
    const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      const text = JSON.stringify(body)
      res.writeHead(status, { 'content-type': 'application/json', 'x-app-version': b.version, ...headers })
      res.end(text)
      inFlight--
      onAnswered(path)
    }
    setTimeout(() => {
      if (answer.kind === 'redirect') {
        res.writeHead(302, { location: b.redirect })
        res.end()
        inFlight--
      } else if (answer.kind === 'starting')
        send(503, { status: 'starting', version: b.version }, { 'retry-after': '1' })
      else if (answer.kind === 'error') send(500, { status: 'error', error: 'injected failure' })
      else if (path === '/echo') send(answer.status, { headers: req.headers })
      else
        send(
          answer.status,
          b.body ?? { status: 'healthy', version: b.version, path, checks: [{ name: 'db', ok: true }] },
        )
    }, b.latencyMs)
  }
  const server: Server = tls ? createTlsServer({ key: tls.key, cert: tls.cert }, handler) : createServer(handler)
  server.keepAliveTimeout = 5000
  await new Promise<void>((ready) => server.listen(0, host, ready))
  const port = (server.address() as AddressInfo).port
  app.port = port
  app.url = `${tls ? 'https' : 'http'}://${host}:${port}`
  return app
}

function close(server: Server): Promise<void> {
  server.closeAllConnections()
  return new Promise((done) => server.close(() => done()))
}
