/**
 * A webhook receiver standing in for Slack incoming webhooks, Teams workflow webhooks and Logic App
 * HTTP triggers (a generic signed webhook): it records
 * every request (path, headers, parsed JSON body) and answers as they do — Slack 200 "ok", a Teams
 * workflow 202 Accepted — or, on demand, a run of failures (500, 429 with Retry-After, 404
 * "no_service"), so a test asserts what the channel would have shown.
 */
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface Received {
  path: string
  headers: IncomingHttpHeaders
  body: unknown
  /** The body's bytes as sent (what a signature covers). */
  raw: string
  at: number
}

export interface WebhookReceiver {
  url: string
  /** A Slack-style webhook URL on this receiver (its path is the secret, as Slack's is). */
  slackUrl: string
  /** A Teams workflow-style webhook URL on this receiver. */
  teamsUrl: string
  /** A Logic App HTTP-trigger URL on this receiver (a generic signed webhook; 202 Accepted as Logic Apps answers). */
  logicAppUrl: string
  received: Received[]
  /** Requests to a path containing `match`. */
  to(match: string): Received[]
  /** The next `count` requests to a path containing `match` answer `status` (with `headers`, `body`). */
  failNext(
    match: string,
    count: number,
    status: number,
    opts?: { headers?: Record<string, string>; body?: string },
  ): void
  close(): Promise<void>
}

export async function startWebhook(): Promise<WebhookReceiver> {
  const faults: Array<{ match: string; count: number; status: number; headers: Record<string, string>; body: string }> =
    []
  const received: Received[] = []
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      const path = new URL(req.url ?? '/', 'http://x').pathname
      const text = Buffer.concat(chunks).toString('utf8')
      let body: unknown = text
      try {
        body = JSON.parse(text)
      } catch {
        // kept as text: a test sees what was sent
      }
      received.push({ path, headers: req.headers, body, raw: text, at: Date.now() })
      const fault = faults.find((f) => f.count > 0 && path.includes(f.match))
      if (fault) {
        fault.count--
        res.writeHead(fault.status, { 'content-type': 'text/plain', ...fault.headers })
        res.end(fault.body)
        return
      }
      if (req.method !== 'POST') {
        res.writeHead(405).end()
        return
      }
      if (path.startsWith('/workflows/')) {
        res.writeHead(202, { 'content-length': '0' }).end()
        return
      }
      if (typeof body !== 'object' || body === null) {
        res.writeHead(400, { 'content-type': 'text/plain' }).end('invalid_payload')
        return
      }
      res.writeHead(200, { 'content-type': 'text/html' }).end('ok')
    })
  })
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    url,
    slackUrl: `${url}/services/T0EMULATOR/B0EMULATOR/s3cr3tSlackHookPart0123456789`,
    teamsUrl: `${url}/workflows/0123abcd4567ef89/triggers/manual/paths/invoke?api-version=1&sig=s3cr3tTeamsSignature9876543210`,
    logicAppUrl: `${url}/workflows/logicapp5a7e/triggers/manual/paths/invoke?api-version=2016-10-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=s3cr3tLogicAppSignature0123456`,
    received,
    to: (match) => received.filter((r) => r.path.includes(match)),
    failNext(match, count, status, opts = {}) {
      faults.push({
        match,
        count,
        status,
        headers: opts.headers ?? {},
        body: opts.body ?? (status === 429 ? 'rate_limited' : 'server_error'),
      })
    },
    close: () => new Promise((done) => server.close(() => done())),
  }
}
