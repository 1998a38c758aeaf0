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
      headers: Headers
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

export const MAX_BODY_BYTES = 1024 * 1024
const MAX_REDIRECTS = 5

/**
 * Sends one request and reads the response. Redirects are followed by hand: within the same host
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
      const res = await fetch(url, { method, headers: req.headers, body, redirect: 'manual', signal })
      const location = res.headers.get('location')
      if (res.status >= 300 && res.status < 400 && location) {
        const next = new URL(location, url)
        const refusal =
          hop >= MAX_REDIRECTS
            ? `more than ${MAX_REDIRECTS} redirects; the last to ${next.host} not followed`
            : redirectRefusal(url, next, Object.keys(req.headers).length > 0)
        if (!refusal) {
          await res.body?.cancel()
          // 303, and 301/302 after a POST, turn into a GET without a body (as browsers do).
          if (res.status === 303 || ((res.status === 301 || res.status === 302) && method === 'POST')) {
            method = 'GET'
            body = undefined
          }
          url = next
          continue
        }
        const read = await readCapped(res)
        return {
          ok: true,
          status: res.status,
          headers: res.headers,
          ...read,
          latencyMs: performance.now() - started,
          redirectRefused: refusal,
        }
      }
      const read = await readCapped(res)
      const retryAfter = res.headers.get('retry-after') ?? undefined
      return {
        ok: true,
        status: res.status,
        headers: res.headers,
        ...read,
        latencyMs: performance.now() - started,
        retryAfter,
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

async function readCapped(res: Response): Promise<{ body: string; truncated: boolean }> {
  if (!res.body) return { body: '', truncated: false }
  const chunks: Uint8Array[] = []
  let size = 0
  let truncated = false
  for await (const chunk of res.body) {
    const bytes = chunk as Uint8Array
    chunks.push(bytes)
    size += bytes.byteLength
    if (size > MAX_BODY_BYTES) {
      truncated = true
      break
    }
  }
  const buf = Buffer.concat(chunks)
  return { body: buf.subarray(0, MAX_BODY_BYTES).toString('utf8'), truncated }
}
