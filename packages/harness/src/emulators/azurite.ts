/**
 * Azure Blob stand-in: Azurite's blob service (npm) as a child process on a free loopback port,
 * with a fault proxy in front (see fault-proxy.ts). Spawned as `node .../blob/main.js` directly:
 * killing an npx wrapper leaves the server orphaned.
 *
 * With `oauth`, Azurite serves HTTPS with the test CA's certificate (tls.ts; an action trusts it
 * through NODE_EXTRA_CA_CERTS, see `env`) and accepts Entra ID bearer tokens (`--oauth basic`):
 * it decodes the JWT without checking its signature, and checks its issuer (a known Entra issuer
 * such as https://sts.windows.net/<tenant>/), audience (https://storage.azure.com or the account's
 * blob endpoint) and nbf/exp. The Azure emulator (azure.ts) issues such tokens for Storage's
 * scope. Shared-key requests (the connection string, the test's own client) keep working.
 */
import { spawn } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { getCACertificates, setDefaultCACertificates } from 'node:tls'
import { BlobServiceClient } from '@azure/storage-blob'
import { startFaultProxy } from './fault-proxy.ts'
import { freePort } from './procs.ts'
import { testTls } from './tls.ts'

export const AZURITE_ACCOUNT = 'devstoreaccount1'
export const AZURITE_KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=='

export interface AzuriteOptions {
  /** HTTPS with the test CA, and Entra ID bearer tokens accepted (see above). */
  oauth?: boolean
}

export interface Azurite {
  /** Connection string through the fault proxy (what the action gets). */
  connectionString: string
  /** The account's URL through the fault proxy, path style: http(s)://127.0.0.1:PORT/devstoreaccount1. */
  accountUrl: string
  /** What the action's environment needs to reach it (with oauth: trust in the test CA). */
  env: Record<string, string>
  /** A client talking to Azurite directly. */
  service: BlobServiceClient
  createContainer(name: string): Promise<void>
  blobs(container: string, prefix?: string): Promise<string[]>
  get(container: string, name: string): Promise<Buffer>
  put(container: string, name: string, body: Buffer): Promise<void>
  hangAfter(bytes: number): void
  /**
   * Answers requests of `methods` (every request when none are given) with 403
   * AuthorizationPermissionMismatch, as Azure Storage answers a signed-in identity without a data
   * role that allows them (Azurite has no role assignments); until heal().
   */
  forbid(methods?: string[]): void
  heal(): void
  close(): Promise<void>
}

const connection = (endpoint: string) =>
  `DefaultEndpointsProtocol=${endpoint.startsWith('https:') ? 'https' : 'http'};` +
  `AccountName=${AZURITE_ACCOUNT};AccountKey=${AZURITE_KEY};BlobEndpoint=${endpoint}/${AZURITE_ACCOUNT};`

export async function startAzurite(opts: AzuriteOptions = {}): Promise<Azurite> {
  const dir = mkdtempSync(join(tmpdir(), 'azurite-stand-in-'))
  const main = join(
    dirname(createRequire(import.meta.url).resolve('azurite/package.json')),
    'dist',
    'src',
    'blob',
    'main.js',
  )
  const port = await freePort()
  const tls = opts.oauth ? testTls() : undefined
  const oauthArgs = tls ? ['--cert', tls.certFile, '--key', tls.keyFile, '--oauth', 'basic'] : []
  const child = spawn(
    process.execPath,
    [
      main,
      '--silent',
      '--blobHost',
      '127.0.0.1',
      '--blobPort',
      String(port),
      '--location',
      dir,
      '--skipApiVersionCheck',
      '--loose',
      '--disableProductStyleUrl',
      ...oauthArgs,
    ],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
  let log = ''
  child.stdout.setEncoding('utf8').on('data', (d: string) => (log = (log + d).slice(-4000)))
  child.stderr.setEncoding('utf8').on('data', (d: string) => (log = (log + d).slice(-4000)))
  const exited = new Promise<number | null>((resolve) => child.on('close', resolve))
  // The test's own client trusts the test CA as the action does through NODE_EXTRA_CA_CERTS, which
  // Node reads only when a process starts (and the storage SDK takes no CA of its own).
  if (tls && !getCACertificates('default').includes(tls.ca))
    setDefaultCACertificates([...getCACertificates('default'), tls.ca])
  const service = BlobServiceClient.fromConnectionString(connection(`${tls ? 'https' : 'http'}://127.0.0.1:${port}`))
  const deadline = Date.now() + 30_000
  for (;;) {
    try {
      await service.getProperties({ abortSignal: AbortSignal.timeout(2000) })
      break
    } catch (err) {
      const gone = await Promise.race([exited, new Promise((r) => setTimeout(() => r('running'), 200))])
      if (gone !== 'running' || Date.now() > deadline) {
        child.kill('SIGKILL')
        rmSync(dir, { recursive: true, force: true })
        throw new Error(
          `could not start Azurite (${gone === 'running' ? 'not ready after 30s' : `exited with ${String(gone)}`}): ${log.trim() || String(err)}`,
          { cause: err },
        )
      }
    }
  }
  let forbidden: string[] | 'all' | undefined
  const proxy = await startFaultProxy(
    port,
    (req, res) => {
      if (!forbidden || (forbidden !== 'all' && !forbidden.includes(req.method ?? ''))) return false
      req.resume()
      const requestId = randomUUID()
      const message =
        `This request is not authorized to perform this operation using this ` +
        `permission.\nRequestId:${requestId}\nTime:${new Date().toISOString()}`
      res.writeHead(403, {
        'content-type': 'application/xml',
        'x-ms-error-code': 'AuthorizationPermissionMismatch',
        'x-ms-request-id': requestId,
      })
      res.end(
        req.method === 'HEAD'
          ? undefined
          : `<?xml version="1.0" encoding="utf-8"?><Error><Code>AuthorizationPermissionMismatch</Code><Message>${message}</Message></Error>`,
      )
      return true
    },
    { tls },
  )
  return {
    connectionString: connection(proxy.url),
    accountUrl: `${proxy.url}/${AZURITE_ACCOUNT}`,
    env: tls ? { NODE_EXTRA_CA_CERTS: tls.caFile } : {},
    service,
    async createContainer(name) {
      await service.getContainerClient(name).create()
    },
    async blobs(container, prefix) {
      const out: string[] = []
      for await (const b of service.getContainerClient(container).listBlobsFlat({ prefix })) out.push(b.name)
      return out.sort()
    },
    async get(container, name) {
      return service.getContainerClient(container).getBlobClient(name).downloadToBuffer()
    },
    async put(container, name, body) {
      await service.getContainerClient(container).getBlockBlobClient(name).uploadData(body)
    },
    hangAfter: (bytes) => proxy.hangAfter(bytes),
    forbid(methods) {
      forbidden = methods ?? 'all'
    },
    heal() {
      forbidden = undefined
      proxy.heal()
    },
    async close() {
      await proxy.close()
      child.kill('SIGTERM')
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000)
      await exited
      clearTimeout(timer)
      rmSync(dir, { recursive: true, force: true })
    },
  }
}
