/**
 * Microsoft.Cdn in the ARM emulator: an Azure Front Door (Standard/Premium) endpoint, or a classic
 * CDN endpoint, that is a caching proxy in front of an origin (e.g. a Static Web App's production
 * host). A GET it has not cached is fetched from the origin and kept (cache key: the path, query
 * strings ignored, as Front Door's default caching does); later GETs are served from the cache
 * (`x-cache: TCP_HIT`, an `age`) until purged, so a test sees the stale page before a purge and
 * the new one after. A purge (afdEndpoints/{e}/purge with AfdPurgeParameters, endpoints/{e}/purge
 * with PurgeParameters: contentPaths required, each a path from `/`, `/dir/*` or `/*` as a
 * wildcard) is a long-running operation answered 202 with Azure-AsyncOperation, as the SDK polls
 * it; the cached paths it names are dropped when the operation completes, not before.
 */
import { randomBytes } from 'node:crypto'
import { request as httpsRequest, createServer, type Server } from 'node:https'
import type { AddressInfo } from 'node:net'
import { armError, SUBSCRIPTION, type Azure } from './azure.ts'

export interface Purge {
  kind: 'afd' | 'cdn'
  contentPaths: string[]
  domains?: string[]
  requestedAt: number
  /** When the cached paths were dropped (the operation's end). */
  doneAt?: number
  /** The cached paths it dropped. */
  dropped: string[]
}

export interface CdnHandle {
  resourceGroup: string
  profile: string
  endpoint: string
  /** https://127.0.0.1:PORT: the endpoint's host name. */
  url: string
  hostname: string
  /** The cached answers, by path. */
  cache: Map<string, { status: number; headers: Record<string, string>; body: Buffer; at: number }>
  purges: Purge[]
  /** Requests the origin got from the CDN (cache misses), by path. */
  originFetches: string[]
  /** How long a purge runs before the cache is dropped. */
  purgeMs: number
  /**
   * Paths the edge answers 502 for while they are here (an origin group or WAF rule broken at the
   * edge): production fails through the CDN while the origin itself is fine.
   */
  failing: Set<string>
  close(): Promise<void>
}

export interface CdnOptions {
  resourceGroup?: string
  profile?: string
  endpoint?: string
  /** The origin's base URL (https, the test CA), read at each cache miss. */
  origin: () => string
}

export async function addCdn(azure: Azure, opts: CdnOptions): Promise<CdnHandle> {
  const rg = opts.resourceGroup ?? 'rg-phoenixvc'
  const profile = opts.profile ?? 'phoenixvc-fd'
  const endpoint = opts.endpoint ?? 'phoenixvc'
  const profileId = `/subscriptions/${SUBSCRIPTION}/resourceGroups/${rg}/providers/Microsoft.Cdn/profiles/${profile}`
  const handle: CdnHandle = {
    resourceGroup: rg,
    profile,
    endpoint,
    url: '',
    hostname: '',
    cache: new Map(),
    purges: [],
    originFetches: [],
    purgeMs: 300,
    failing: new Set(),
    close: async () => {
      server.closeAllConnections()
      await new Promise<void>((done) => server.close(() => done()))
    },
  }

  const server: Server = createServer({ key: azure.tls.key, cert: azure.tls.cert }, (req, res) => {
    const path = new URL(req.url ?? '/', 'https://x').pathname
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405).end()
      return
    }
    if (handle.failing.has(path)) {
      res.writeHead(502, { 'content-type': 'text/plain', 'x-cache': 'CONFIG_NOCACHE' })
      res.end("Our services aren't available right now")
      return
    }
    const hit = handle.cache.get(path)
    if (hit) {
      res.writeHead(hit.status, {
        ...hit.headers,
        'x-cache': 'TCP_HIT',
        age: String(Math.floor((Date.now() - hit.at) / 1000)),
      })
      res.end(req.method === 'HEAD' ? undefined : hit.body)
      return
    }
    handle.originFetches.push(path)
    const upstream = httpsRequest(`${opts.origin()}${path}`, { method: 'GET', ca: azure.tls.ca }, (up) => {
      const chunks: Buffer[] = []
      up.on('data', (c: Buffer) => chunks.push(c))
      up.on('end', () => {
        const body = Buffer.concat(chunks)
        const headers: Record<string, string> = {}
        for (const h of ['content-type', 'etag', 'cache-control'])
          if (typeof up.headers[h] === 'string') headers[h] = up.headers[h]
        // Only successful answers are cached (Front Door's default for a 404 is a short cache; none here).
        if (up.statusCode === 200) handle.cache.set(path, { status: 200, headers, body, at: Date.now() })
        res.writeHead(up.statusCode ?? 502, { ...headers, 'x-cache': 'TCP_MISS' })
        res.end(req.method === 'HEAD' ? undefined : body)
      })
    })
    upstream.on('error', () => {
      if (!res.headersSent) res.writeHead(502)
      res.end()
    })
    upstream.end()
  })
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready))
  handle.hostname = `127.0.0.1:${(server.address() as AddressInfo).port}`
  handle.url = `https://${handle.hostname}`

  const operations = new Map<string, Purge>()
  azure.route('GET', /^\/subscriptions\/[^/]+\/providers\/Microsoft\.Cdn\/operationStatuses\/([^/]+)$/, ({ match }) => {
    const op = operations.get(match[1] as string)
    if (!op) return armError(404, 'NotFound', 'no such operation')
    const done = op.doneAt !== undefined
    return {
      status: 200,
      body: {
        id: match[1],
        name: match[1],
        status: done ? 'Succeeded' : 'InProgress',
        startTime: new Date(op.requestedAt).toISOString(),
        ...(done ? { endTime: new Date(op.doneAt as number).toISOString() } : {}),
      },
    }
  })

  const purge = (kind: 'afd' | 'cdn', body: unknown) => {
    const b = body as { contentPaths?: unknown; domains?: unknown } | undefined
    const paths = b?.contentPaths
    if (!Array.isArray(paths) || paths.length === 0)
      return armError(400, 'BadRequest', 'ContentPaths is required and must contain at least one path.')
    for (const p of paths)
      if (typeof p !== 'string' || !p.startsWith('/'))
        return armError(400, 'BadRequest', `The content path ${JSON.stringify(p)} is invalid: it must start with '/'.`)
    if (kind === 'cdn' && b?.domains !== undefined)
      return armError(400, 'BadRequest', 'Domains is not a property of PurgeParameters.')
    if (b?.domains !== undefined && (!Array.isArray(b.domains) || b.domains.some((d) => typeof d !== 'string')))
      return armError(400, 'BadRequest', 'Domains must be a list of host names.')
    const op: Purge = {
      kind,
      contentPaths: paths as string[],
      domains: b?.domains as string[] | undefined,
      requestedAt: Date.now(),
      dropped: [],
    }
    handle.purges.push(op)
    const opId = randomBytes(8).toString('hex')
    operations.set(opId, op)
    setTimeout(() => {
      for (const cached of [...handle.cache.keys()]) {
        const matches = op.contentPaths.some((p) =>
          p.endsWith('/*') ? cached.startsWith(p.slice(0, -1)) : cached === p,
        )
        if (matches) {
          handle.cache.delete(cached)
          op.dropped.push(cached)
        }
      }
      op.doneAt = Date.now()
    }, handle.purgeMs).unref()
    return {
      status: 202,
      headers: {
        'azure-asyncoperation': `${azure.url}/subscriptions/${SUBSCRIPTION}/providers/Microsoft.Cdn/operationStatuses/${opId}?api-version=2024-02-01`,
      },
    }
  }
  const escaped = profileId.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
  const notFound = (what: string, name: string) =>
    armError(404, 'NotFound', `The ${what} ${name} of profile ${profile} was not found.`)
  azure.route('POST', new RegExp(`^${escaped}/afdEndpoints/([^/]+)/purge$`), ({ match, body }) =>
    match[1] === endpoint ? purge('afd', body) : notFound('AFD endpoint', match[1] as string),
  )
  azure.route('POST', new RegExp(`^${escaped}/endpoints/([^/]+)/purge$`), ({ match, body }) =>
    match[1] === endpoint ? purge('cdn', body) : notFound('endpoint', match[1] as string),
  )
  return handle
}
