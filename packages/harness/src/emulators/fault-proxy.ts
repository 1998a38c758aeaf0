/**
 * An HTTP forwarder in front of a storage stand-in that can make the network path die: after
 * `hangAfter(bytes)`, once that many more request-body bytes went through, nothing more reaches the
 * server and no request is answered (connections stay open, as with a dead path), until `heal()`.
 * `intercept` may answer a request itself (e.g. an operation the stand-in lacks), and `opts.answer`
 * may replace the stand-in's answer to one (e.g. a condition it ignores). With `tls` it serves
 * HTTPS and forwards to an HTTPS stand-in, both with the test CA's certificate.
 */
import { createServer, request, type IncomingMessage, type RequestListener, type ServerResponse } from 'node:http'
import { createServer as createHttpsServer, request as httpsRequest } from 'node:https'
import type { Socket } from 'node:net'
import type { TestTls } from './tls.ts'

export interface FaultProxy {
  url: string
  hangAfter(bytes: number): void
  heal(): void
  close(): Promise<void>
}

/** An answer the proxy sends in place of the stand-in's. */
export interface ProxyAnswer {
  status: number
  headers: Record<string, string>
  body?: string
}

/** Sends `answer` as the response to a request. */
export function sendAnswer(res: ServerResponse, answer: ProxyAnswer): void {
  res.writeHead(answer.status, answer.headers).end(answer.body)
}

export async function startFaultProxy(
  backendPort: number,
  intercept?: (req: IncomingMessage, res: ServerResponse) => boolean,
  opts: {
    tls?: TestTls
    answer?: (req: IncomingMessage, upstream: IncomingMessage) => ProxyAnswer | undefined
  } = {},
): Promise<FaultProxy> {
  const { tls } = opts
  let budget = Infinity
  const hung = new Set<Socket>()
  const hang = (req: IncomingMessage) => {
    req.resume()
    hung.add(req.socket)
    req.socket.on('close', () => hung.delete(req.socket))
  }
  const forward: RequestListener = (req, res) => {
    if (budget <= 0) return hang(req)
    if (intercept?.(req, res)) return
    // A connection per request (agent: false): a pooled keep-alive socket to the backend would keep
    // the backend's close() waiting after the proxy itself is closed.
    const target = {
      host: '127.0.0.1',
      port: backendPort,
      method: req.method,
      path: req.url,
      headers: req.headers,
      agent: false,
    }
    const upstream = (tls ? httpsRequest({ ...target, ca: tls.ca }) : request(target)).on('response', (up) => {
      const instead = opts.answer?.(req, up)
      if (instead) {
        up.resume()
        sendAnswer(res, instead)
        return
      }
      res.writeHead(up.statusCode ?? 502, up.headers)
      up.pipe(res)
    })
    upstream.on('error', () => res.destroy())
    // A client that goes away mid-request (a killed step) takes its upstream request with it, as a
    // real network path does; left open, the backend would wait for the rest of the body forever.
    req.on('close', () => {
      if (!req.complete) upstream.destroy()
    })
    req.on('data', (chunk: Buffer) => {
      if (budget <= 0) return
      budget -= chunk.length
      if (budget <= 0) {
        upstream.destroy()
        hang(req)
        return
      }
      upstream.write(chunk)
    })
    req.on('end', () => {
      if (budget > 0) upstream.end()
    })
  }
  const proxy = tls ? createHttpsServer({ key: tls.key, cert: tls.cert }, forward) : createServer(forward)
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve))
  const address = proxy.address()
  const port = typeof address === 'object' && address ? address.port : 0
  return {
    url: `${tls ? 'https' : 'http'}://127.0.0.1:${port}`,
    hangAfter(bytes) {
      budget = bytes
    },
    heal() {
      budget = Infinity
      for (const s of hung) s.destroy()
      hung.clear()
    },
    async close() {
      for (const s of hung) s.destroy()
      proxy.closeAllConnections()
      await new Promise<void>((resolve) => proxy.close(() => resolve()))
    },
  }
}
