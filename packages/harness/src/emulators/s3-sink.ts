/**
 * An S3 endpoint that keeps nothing: the storage's /dev/null, for measuring. `npm run bench`
 * compares db-backup with `pg_dump -Fc -Z0 > /dev/null`, whose output costs nothing to keep; on a
 * 2-core machine s3rver spends about a second of CPU per 117 MB it stores (receiving, MD5, writing),
 * taken from the backup it is measuring, where real S3 spends its own. Here the backup talks the
 * same protocol through the real SDK (CreateMultipartUpload, UploadPart, CompleteMultipartUpload,
 * HeadObject, PutObject, AbortMultipartUpload, path-style), and the bytes are counted and dropped.
 * Requests must be SigV4-signed; nothing is ever found (HEAD and GET answer 404). Not for tests of
 * behaviour: s3.ts is the stand-in that stores.
 */
import { randomBytes } from 'node:crypto'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface S3Sink {
  endpoint: string
  /** Bytes received per key, as UploadPart and PutObject bodies. */
  bytes(key: string): number
  /** Keys whose multipart upload was completed, in order. */
  completed: string[]
  close(): Promise<void>
}

const xml = (body: string) => `<?xml version="1.0" encoding="UTF-8"?>\n${body}`

export async function startS3Sink(opts: { onComplete?: (key: string, bytes: number) => void } = {}): Promise<S3Sink> {
  const received = new Map<string, number>()
  const uploads = new Map<string, string>()
  const completed: string[] = []
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://sink')
    const [, bucket = '', ...rest] = url.pathname.split('/')
    const key = decodeURIComponent(rest.join('/'))
    const answer = (status: number, headers: Record<string, string> = {}, body?: string) =>
      res.writeHead(status, { ...(body ? { 'content-type': 'application/xml' } : {}), ...headers }).end(body)
    let bytes = 0
    req.on('data', (chunk: Buffer) => (bytes += chunk.length))
    req.on('end', () => {
      if (!/^AWS4-HMAC-SHA256 Credential=/.test(req.headers.authorization ?? ''))
        return answer(403, {}, xml('<Error><Code>AccessDenied</Code><Message>Access Denied</Message></Error>'))
      const uploadId = url.searchParams.get('uploadId')
      const noSuchUpload = () =>
        answer(404, {}, xml(`<Error><Code>NoSuchUpload</Code><UploadId>${uploadId ?? ''}</UploadId></Error>`))
      if (req.method === 'HEAD' || req.method === 'GET') return answer(404)
      if (req.method === 'POST' && url.searchParams.has('uploads')) {
        const id = randomBytes(16).toString('hex')
        uploads.set(id, key)
        return answer(
          200,
          {},
          xml(
            `<InitiateMultipartUploadResult><Bucket>${bucket}</Bucket><Key>${key}</Key><UploadId>${id}</UploadId></InitiateMultipartUploadResult>`,
          ),
        )
      }
      if (uploadId !== null && uploads.get(uploadId) !== key) return noSuchUpload()
      if (req.method === 'PUT') {
        received.set(key, (received.get(key) ?? 0) + bytes)
        return answer(200, { etag: `"${randomBytes(16).toString('hex')}"` })
      }
      if (req.method === 'POST' && uploadId !== null) {
        uploads.delete(uploadId)
        completed.push(key)
        opts.onComplete?.(key, received.get(key) ?? 0)
        return answer(
          200,
          {},
          xml(
            `<CompleteMultipartUploadResult><Bucket>${bucket}</Bucket><Key>${key}</Key><ETag>"${randomBytes(16).toString('hex')}-1"</ETag></CompleteMultipartUploadResult>`,
          ),
        )
      }
      if (req.method === 'DELETE' && uploadId !== null) {
        uploads.delete(uploadId)
        return answer(204)
      }
      answer(501, {}, xml('<Error><Code>NotImplemented</Code></Error>'))
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    bytes: (key) => received.get(key) ?? 0,
    completed,
    async close() {
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
}
