/**
 * A `/metrics` endpoint in the Prometheus text exposition format (version 0.0.4), counted from what
 * each build really answered: its RequestRecords with their status and duration. The series are
 * the ones an instrumented HTTP service exports (the Prometheus client libraries' names):
 * `http_requests_total{revision,code}` and the histogram `http_request_duration_seconds`, with the
 * client libraries' default buckets. A request still in flight is not counted until it is answered.
 * Each build's series exist from its start (code 200 and the histogram at 0), as an instrumented
 * service that initialises its known labels exports them.
 */
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { RequestRecord } from './app.ts'

/** The Prometheus client libraries' default histogram buckets, in seconds. */
export const DEFAULT_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10]

/** One build whose requests are exported, with the labels that name it (e.g. {app, revision}). */
export interface ExportedBuild {
  labels: Record<string, string>
  requests: readonly RequestRecord[]
}

export interface MetricsExporter {
  /** The scrape target's `host:port`. */
  target: string
  /** Scrapes answered so far. */
  scrapes: number
  close(): Promise<void>
}

/** The exposition text for `builds` now. */
export function exposition(builds: readonly ExportedBuild[]): string {
  const lines = ['# HELP http_requests_total Requests answered, by status code.', '# TYPE http_requests_total counter']
  const hist = [
    '# HELP http_request_duration_seconds Time to answer a request.',
    '# TYPE http_request_duration_seconds histogram',
  ]
  for (const b of builds) {
    // Known label values start at 0 (Prometheus' instrumentation guide): a build that has not served
    // yet still has its series, so the first requests after a scrape count in increase().
    const codes = new Map<number, number>([[200, 0]])
    const counts = new Array<number>(DEFAULT_BUCKETS.length).fill(0)
    let n = 0
    let sum = 0
    for (const r of b.requests) {
      if (r.status === undefined || r.durationMs === undefined) continue
      codes.set(r.status, (codes.get(r.status) ?? 0) + 1)
      const s = r.durationMs / 1000
      n++
      sum += s
      DEFAULT_BUCKETS.forEach((le, i) => {
        if (s <= le) counts[i] = (counts[i] as number) + 1
      })
    }
    for (const [code, count] of [...codes.entries()].sort((x, y) => x[0] - y[0]))
      lines.push(`http_requests_total${labels({ ...b.labels, code: String(code) })} ${count}`)
    DEFAULT_BUCKETS.forEach((le, i) =>
      hist.push(`http_request_duration_seconds_bucket${labels({ ...b.labels, le: String(le) })} ${counts[i]}`),
    )
    hist.push(`http_request_duration_seconds_bucket${labels({ ...b.labels, le: '+Inf' })} ${n}`)
    hist.push(`http_request_duration_seconds_sum${labels(b.labels)} ${sum}`)
    hist.push(`http_request_duration_seconds_count${labels(b.labels)} ${n}`)
  }
  return [...lines, ...hist, ''].join('\n')
}

/** Serves `/metrics` on a loopback port from `builds()`, read at each scrape. */
export async function startMetricsExporter(builds: () => readonly ExportedBuild[]): Promise<MetricsExporter> {
  const server: Server = createServer((req, res) => {
    if ((req.url ?? '').split('?')[0] !== '/metrics') {
      res.writeHead(404, { 'content-type': 'text/plain' })
      res.end('not found')
      return
    }
    exporter.scrapes++
    res.writeHead(200, { 'content-type': 'text/plain; version=0.0.4; charset=utf-8' })
    res.end(exposition(builds()))
  })
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready))
  const exporter: MetricsExporter = {
    target: `127.0.0.1:${(server.address() as AddressInfo).port}`,
    scrapes: 0,
    close: () => {
      server.closeAllConnections()
      return new Promise((done) => server.close(() => done()))
    },
  }
  return exporter
}

/** `{a="x",b="y"}` with the values escaped as the exposition format says (\\, \", \n). */
function labels(l: Record<string, string>): string {
  const esc = (v: string) => v.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')
  return `{${Object.entries(l)
    .map(([k, v]) => `${k}="${esc(v)}"`)
    .join(',')}}`
}
