/**
 * A real Prometheus server (Debian's `prometheus` package, /usr/bin/prometheus, or PROMETHEUS_BIN)
 * in a temp folder, listening on 127.0.0.1 on a free port, scraping the given targets' /metrics
 * every `scrapeIntervalMs`. Tests query it over its HTTP API as the action does.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { freePort } from './procs.ts'

export interface Prometheus {
  /** Base URL, e.g. http://127.0.0.1:41234 */
  url: string
  scrapeIntervalMs: number
  /** Resolves once every target has been scraped successfully at least `times` times since start. */
  scraped(times?: number, timeoutMs?: number): Promise<void>
  stop(): Promise<void>
}

export function prometheusBin(): string {
  const bin = process.env.PROMETHEUS_BIN ?? '/usr/bin/prometheus'
  if (!existsSync(bin))
    throw new Error(`Prometheus not found at ${bin} (apt-get install prometheus) and PROMETHEUS_BIN is not set`)
  return bin
}

export async function startPrometheus(opts: { targets: string[]; scrapeIntervalMs?: number }): Promise<Prometheus> {
  const bin = prometheusBin()
  const scrapeIntervalMs = opts.scrapeIntervalMs ?? 1000
  const base = mkdtempSync(join(tmpdir(), 'prometheus-stand-in-'))
  const config = join(base, 'prometheus.yml')
  // JSON is YAML: the configuration written without a YAML library.
  writeFileSync(
    config,
    JSON.stringify({
      global: { scrape_interval: `${scrapeIntervalMs}ms`, evaluation_interval: `${scrapeIntervalMs}ms` },
      scrape_configs: [{ job_name: 'apps', static_configs: [{ targets: opts.targets }] }],
    }),
  )
  const port = await freePort()
  const url = `http://127.0.0.1:${port}`
  let stderr = ''
  const child: ChildProcess = spawn(
    bin,
    [
      `--config.file=${config}`,
      `--storage.tsdb.path=${join(base, 'data')}`,
      `--web.listen-address=127.0.0.1:${port}`,
      // No lookback beyond what the tests wrote, no console templates from the package's paths.
      '--storage.tsdb.retention.time=1h',
      '--web.console.templates=/nonexistent',
      '--web.console.libraries=/nonexistent',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  )
  child.stderr?.setEncoding('utf8').on('data', (d: string) => (stderr = (stderr + d).slice(-8000)))
  let exited = false
  const exit = new Promise<void>((done) =>
    child.on('exit', () => {
      exited = true
      done()
    }),
  )
  const stop = async () => {
    if (!exited) {
      child.kill('SIGTERM')
      let timer: NodeJS.Timeout | undefined
      await Promise.race([exit, new Promise((r) => (timer = setTimeout(r, 5000)))])
      clearTimeout(timer)
      if (!exited) child.kill('SIGKILL')
      await exit
    }
    rmSync(base, { recursive: true, force: true })
  }
  const deadline = Date.now() + 30_000
  try {
    for (;;) {
      if (exited) throw new Error(`prometheus exited: ${stderr.trim().split('\n').slice(-3).join(' ')}`)
      const ready = await fetch(`${url}/-/ready`).then(
        async (r) => (await r.arrayBuffer(), r.ok),
        () => false,
      )
      if (ready) break
      if (Date.now() > deadline) throw new Error(`prometheus was not ready in 30s: ${stderr.slice(-500)}`)
      await new Promise((r) => setTimeout(r, 100))
    }
  } catch (err) {
    await stop()
    throw err
  }
  return {
    url,
    scrapeIntervalMs,
    async scraped(times = 2, timeoutMs = 30_000) {
      const end = Date.now() + timeoutMs
      for (;;) {
        // `up` is 1 per successful scrape: its sum over the server's life counts them.
        const q = new URLSearchParams({ query: `min(sum_over_time(up{job="apps"}[1h]))` })
        const body = (await (await fetch(`${url}/api/v1/query?${q.toString()}`)).json()) as {
          data?: { result?: Array<{ value: [number, string] }> }
        }
        const n = Number(body.data?.result?.[0]?.value[1] ?? 0)
        if (n >= times) return
        if (Date.now() > end) throw new Error(`prometheus scraped the targets ${n} of ${times} times in ${timeoutMs}ms`)
        await new Promise((r) => setTimeout(r, 100))
      }
    },
    stop,
  }
}

/**
 * Azure Monitor managed Prometheus' query endpoint in front of a real Prometheus: every request must
 * carry `Authorization: Bearer <token>` that `valid` accepts (one Entra issued for the endpoint's
 * scope), else 401; with `forbidden` set, a valid token is answered 403 (the identity lacks
 * Monitoring Data Reader on the workspace). What passes goes to Prometheus unchanged.
 */
export interface QueryEndpoint {
  url: string
  authorized: number
  refused: number
  forbidden: boolean
  close(): Promise<void>
}

export async function startQueryEndpoint(prom: Prometheus, valid: (token: string) => boolean): Promise<QueryEndpoint> {
  const server = createServer((req, res) => {
    const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1]
    if (!token || !valid(token)) {
      endpoint.refused++
      res.writeHead(401, { 'content-type': 'application/json', 'www-authenticate': 'Bearer' })
      res.end(JSON.stringify({ status: 'error', errorType: 'unauthorized', error: 'a valid bearer token is required' }))
      return
    }
    if (endpoint.forbidden) {
      endpoint.refused++
      res.writeHead(403, { 'content-type': 'application/json' })
      res.end(JSON.stringify({ status: 'error', errorType: 'forbidden', error: 'the caller has no data access' }))
      return
    }
    endpoint.authorized++
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      const headers: Record<string, string> = {}
      if (req.headers['content-type']) headers['content-type'] = req.headers['content-type']
      fetch(`${prom.url}${req.url ?? '/'}`, {
        method: req.method,
        headers,
        ...(req.method === 'GET' ? {} : { body: Buffer.concat(chunks) }),
      }).then(
        async (up) => {
          res.writeHead(up.status, { 'content-type': up.headers.get('content-type') ?? 'application/json' })
          res.end(Buffer.from(await up.arrayBuffer()))
        },
        () => {
          res.writeHead(502)
          res.end()
        },
      )
    })
  })
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready))
  const endpoint: QueryEndpoint = {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    authorized: 0,
    refused: 0,
    forbidden: false,
    close: () => {
      server.closeAllConnections()
      return new Promise((done) => server.close(() => done()))
    },
  }
  return endpoint
}
