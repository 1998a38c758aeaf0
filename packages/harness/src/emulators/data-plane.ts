/**
 * The data plane's shared pieces: a front door that forwards each request to the build a chooser
 * picks (a revision, a slot), and the deterministic weighted pick that splits traffic as the
 * weights say — smooth weighted round robin, so 10 % is every tenth request, not a coin toss.
 */
import type { IncomingMessage } from 'node:http'
import { request as httpsRequest, createServer, type Server } from 'node:https'
import type { AddressInfo } from 'node:net'
import type { TestTls } from './tls.ts'

/** Picks among names by weight (zero weights never picked); undefined when nothing has weight. */
export function weightedPicker(): (weights: Readonly<Record<string, number>>) => string | undefined {
  const credit = new Map<string, number>()
  return (weights) => {
    const entries = Object.entries(weights).filter(([, w]) => w > 0)
    const total = entries.reduce((s, [, w]) => s + w, 0)
    let pick: string | undefined
    for (const [name, w] of entries) {
      credit.set(name, (credit.get(name) ?? 0) + w)
      if (pick === undefined || (credit.get(name) as number) > (credit.get(pick) as number)) pick = name
    }
    if (pick !== undefined) credit.set(pick, (credit.get(pick) as number) - total)
    return pick
  }
}

export interface FrontDoor {
  server: Server
  /** `127.0.0.1:PORT`, as an FQDN or default host name reads in ARM. */
  host: string
}

/** Where a front door sends a request: the upstream base URL, and headers added to the answer (a cookie). */
export type Choice = string | { upstream: string; headers?: Record<string, string> } | undefined

/** An HTTPS front door forwarding to `choose(req)`'s upstream base URL; 503 when it gives none. */
export async function startFrontDoor(tls: TestTls, choose: (req: IncomingMessage) => Choice): Promise<FrontDoor> {
  const server = createServer({ key: tls.key, cert: tls.cert }, (req, res) => {
    const choice = choose(req)
    const upstreamBase = typeof choice === 'string' ? choice : choice?.upstream
    const extra = typeof choice === 'object' ? (choice.headers ?? {}) : {}
    if (!upstreamBase) {
      res.writeHead(503, { 'content-type': 'text/plain' })
      res.end('nothing serves this host')
      return
    }
    const upstream = httpsRequest(
      `${upstreamBase}${req.url ?? '/'}`,
      { method: req.method, headers: req.headers, ca: tls.ca },
      (up) => {
        res.writeHead(up.statusCode ?? 502, { ...up.headers, ...extra })
        up.pipe(res)
      },
    )
    upstream.on('error', () => {
      if (!res.headersSent) res.writeHead(502)
      res.end()
    })
    req.pipe(upstream)
  })
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready))
  return { server, host: `127.0.0.1:${(server.address() as AddressInfo).port}` }
}
