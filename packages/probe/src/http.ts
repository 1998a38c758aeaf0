import type { IncomingHttpHeaders, IncomingMessage } from 'node:http'
import { describeError, redact } from '@deploy-actions/core'

export interface ProbeRequest {
  url: URL
  method: string
  headers: Readonly<Record<string, string>>
  body?: string
  timeoutMs: number
  signal?: AbortSignal
}

export type ProbeResponse =
  | {
      ok: true
      status: number
      headers: ResponseHeaders
      /** The body as text, cut at MAX_BODY_BYTES. */
      body: string
      truncated: boolean
      /** From sending the request to the last byte of the body, redirects included. */
      latencyMs: number
      /** Set when a redirect was deliberately not followed; the 3xx response is what is judged. */
      redirectRefused?: string
      /** The Retry-After header of a 429/503, raw. */
      retryAfter?: string
    }
  | { ok: false; error: string; timedOut: boolean; latencyMs: number }

/** A response's headers, read as fetch's Headers reads them (a repeated header's values joined by ", "). */
export class ResponseHeaders {
  readonly #raw: IncomingHttpHeaders
  constructor(raw: IncomingHttpHeaders) {
    this.#raw = raw
  }
  get(name: string): string | null {
    const value = this.#raw[name.toLowerCase()]
    return value === undefined ? null : Array.isArray(value) ? value.join(', ') : value
  }
}

export const MAX_BODY_BYTES = 1024 * 1024
const MAX_REDIRECTS = 5

/**
 * Sends one request and reads the response, through node:http/node:https (keep-alive through
 * their global agents). Not the global fetch: its first call loads Node's own undici and compiles
 * its WebAssembly parser, which took longer than the rest of a one-check smoke-test (npm run
 * bench, cold start). Redirects are followed by hand: within the same host
 * (an http→https upgrade included), and to another host only when the check sends no headers of
 * its own — so a token for one host never travels to another, whatever its header name.
 */
export async function probe(req: ProbeRequest): Promise<ProbeResponse> {
  const started = performance.now()
  const timeout = AbortSignal.timeout(req.timeoutMs)
  const signal = req.signal ? AbortSignal.any([timeout, req.signal]) : timeout
  let url = req.url
  let method = req.method
  let body = req.body
  try {
    for (let hop = 0; ; hop++) {
      const res = await send(url, method, req.headers, body, signal)
      const headers = new ResponseHeaders(res.headers)
      const location = headers.get('location')
      let redirectRefused: string | undefined
      if (res.status >= 300 && res.status < 400 && location) {
        const next = new URL(location, url)
        const refusal =
          hop >= MAX_REDIRECTS
            ? `more than ${MAX_REDIRECTS} redirects; the last to ${next.host} not followed`
            : redirectRefusal(url, next, Object.keys(req.headers).length > 0)
        if (!refusal) {
          res.destroy()
          // 303, and 301/302 after a POST, turn into a GET without a body (as browsers do).
          if (res.status === 303 || ((res.status === 301 || res.status === 302) && method === 'POST')) {
            method = 'GET'
            body = undefined
          }
          url = next
          continue
        }
        redirectRefused = refusal
      }
      const read = await readCapped(res, signal)
      return {
        ok: true,
        status: res.status,
        headers,
        ...read,
        latencyMs: performance.now() - started,
        // A redirect not followed is answered as it came; any other answer may ask to wait.
        ...(redirectRefused !== undefined
          ? { redirectRefused }
          : { retryAfter: headers.get('retry-after') ?? undefined }),
      }
    }
  } catch (err) {
    const timedOut = timeout.aborted && !req.signal?.aborted
    const error = timedOut ? `no response within ${req.timeoutMs}ms` : describeError(err)
    return { ok: false, error: redact(error), timedOut, latencyMs: performance.now() - started }
  }
}

function redirectRefusal(from: URL, to: URL, hasHeaders: boolean): string | undefined {
  if (to.protocol !== 'http:' && to.protocol !== 'https:') return `redirect to ${to.protocol} not followed`
  if (from.protocol === 'https:' && to.protocol === 'http:')
    return `redirect from https to http (${to.host}) not followed`
  if (to.hostname !== from.hostname && hasHeaders) {
    return `redirect to another host (${to.host}) not followed: it would receive this check's headers`
  }
  return undefined
}

type Response = IncomingMessage & { status: number }

/** One request, no redirect followed; resolves with the response once its headers are in. */
function send(
  url: URL,
  method: string,
  headers: Readonly<Record<string, string>>,
  body: string | undefined,
  signal: AbortSignal,
): Promise<Response> {
  // getBuiltinModule rather than a static import: https (and tls with it) loads only for an
  // https URL, and an ESM import of node:http would evaluate its lazy getters, undici's among them.
  const { request } =
    url.protocol === 'https:'
      ? process.getBuiltinModule('node:https')
      : url.protocol === 'http:'
        ? process.getBuiltinModule('node:http')
        : { request: undefined }
  if (!request) return Promise.reject(new Error(`${url.protocol} URLs cannot be requested; use http: or https:`))
  return new Promise((resolve, reject) => {
    const sent = { ...headers }
    if (body !== undefined && !Object.keys(sent).some((h) => h.toLowerCase() === 'content-length'))
      sent['content-length'] = String(Buffer.byteLength(body))
    const clientRequest = request(url, { method, headers: sent, signal }, (res) =>
      resolve(Object.assign(res, { status: res.statusCode ?? 0 })),
    )
    clientRequest.on('error', reject)
    clientRequest.end(body)
  })
}

/**
 * The body as text, decoded as fetch decodes it (gzip, deflate and br content encodings), cut at
 * MAX_BODY_BYTES of decoded text.
 */
async function readCapped(res: Response, signal: AbortSignal): Promise<{ body: string; truncated: boolean }> {
  const encoding = (res.headers['content-encoding'] ?? '').trim().toLowerCase()
  let stream: AsyncIterable<Buffer> = res
  if (encoding && encoding !== 'identity') {
    const zlib = process.getBuiltinModule('node:zlib')
    const decoder =
      encoding === 'gzip' || encoding === 'x-gzip'
        ? zlib.createGunzip({ flush: zlib.constants.Z_SYNC_FLUSH, finishFlush: zlib.constants.Z_SYNC_FLUSH })
        : encoding === 'deflate'
          ? zlib.createInflate({ flush: zlib.constants.Z_SYNC_FLUSH, finishFlush: zlib.constants.Z_SYNC_FLUSH })
          : encoding === 'br'
            ? zlib.createBrotliDecompress()
            : undefined
    if (decoder) {
      res.on('error', (err) => decoder.destroy(err))
      stream = res.pipe(decoder)
    }
  }
  const chunks: Buffer[] = []
  let size = 0
  let truncated = false
  try {
    for await (const chunk of stream) {
      chunks.push(chunk)
      size += chunk.byteLength
      if (size > MAX_BODY_BYTES) {
        truncated = true
        break
      }
    }
  } finally {
    // A body cut short (or an abort) must not leave the socket in the pool half read.
    if (truncated || signal.aborted) res.destroy()
  }
  const buf = Buffer.concat(chunks)
  return { body: buf.subarray(0, MAX_BODY_BYTES).toString('utf8'), truncated }
}
