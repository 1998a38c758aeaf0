/**
 * Azure Blob stand-in: Azurite's blob service (npm) as a child process on a free loopback port,
 * with a fault proxy in front (see fault-proxy.ts). Spawned as `node .../blob/main.js` directly:
 * killing an npx wrapper leaves the server orphaned.
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { BlobServiceClient } from '@azure/storage-blob'
import { startFaultProxy } from './fault-proxy.ts'
import { freePort } from './procs.ts'

export const AZURITE_ACCOUNT = 'devstoreaccount1'
export const AZURITE_KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=='

export interface Azurite {
  /** Connection string through the fault proxy (what the action gets). */
  connectionString: string
  /** A client talking to Azurite directly. */
  service: BlobServiceClient
  createContainer(name: string): Promise<void>
  blobs(container: string, prefix?: string): Promise<string[]>
  get(container: string, name: string): Promise<Buffer>
  put(container: string, name: string, body: Buffer): Promise<void>
  hangAfter(bytes: number): void
  heal(): void
  close(): Promise<void>
}

const connection = (endpoint: string) =>
  `DefaultEndpointsProtocol=http;AccountName=${AZURITE_ACCOUNT};AccountKey=${AZURITE_KEY};BlobEndpoint=${endpoint}/${AZURITE_ACCOUNT};`

export async function startAzurite(): Promise<Azurite> {
  const dir = mkdtempSync(join(tmpdir(), 'azurite-stand-in-'))
  const main = join(dirname(createRequire(import.meta.url).resolve('azurite/package.json')), 'dist', 'src', 'blob', 'main.js')
  const port = await freePort()
  const child = spawn(process.execPath, [main, '--silent', '--blobHost', '127.0.0.1', '--blobPort', String(port), '--location', dir, '--skipApiVersionCheck', '--loose', '--disableProductStyleUrl'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let log = ''
  child.stdout.setEncoding('utf8').on('data', (d: string) => (log = (log + d).slice(-4000)))
  child.stderr.setEncoding('utf8').on('data', (d: string) => (log = (log + d).slice(-4000)))
  const exited = new Promise<number | null>((resolve) => child.on('close', resolve))
  const service = BlobServiceClient.fromConnectionString(connection(`http://127.0.0.1:${port}`))
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
        throw new Error(`could not start Azurite (${gone === 'running' ? 'not ready after 30s' : `exited with ${String(gone)}`}): ${log.trim() || String(err)}`, { cause: err })
      }
    }
  }
  const proxy = await startFaultProxy(port)
  return {
    connectionString: connection(proxy.url),
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
    heal: () => proxy.heal(),
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
