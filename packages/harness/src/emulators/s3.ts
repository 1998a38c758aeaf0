/**
 * S3 stand-in: s3rver (npm, filesystem store) behind a small front proxy on loopback, both on
 * ephemeral ports. s3rver lacks AbortMultipartUpload (405) and ListMultipartUploads, so the proxy
 * answers AbortMultipartUpload itself by removing the upload's parts from s3rver's store (what S3
 * does), and `pendingUploads()` reads that store: "no multipart upload left" is checked on disk.
 * The proxy also injects faults: `hangAfter(bytes)` stops answering once that many request-body
 * bytes went through, as a dead network path does. It answers If-Match and ranges of empty objects
 * as S3 does, where s3rver does not (answerAsS3). Clients must use path-style addressing and
 * checksums only when required (s3rver stores aws-chunked framing verbatim otherwise).
 */
import { createHash } from 'node:crypto'
import { mkdtempSync, readdirSync, rmSync, existsSync } from 'node:fs'
import { mkdir, open, readFile, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import type { IncomingMessage } from 'node:http'
import S3rver from 's3rver'
import S3Error from 's3rver/lib/models/error.js'
import { type ProxyAnswer, sendAnswer, startFaultProxy } from './fault-proxy.ts'
import {
  CreateBucketCommand,
  GetObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3'

export const S3_ACCESS_KEY = 'S3RVER'
export const S3_SECRET_KEY = 'S3RVER'

export interface S3StandIn {
  /** The endpoint to give the action (the proxy). */
  endpoint: string
  /** s3rver itself, without the fault proxy's extra hop (for measurements). */
  directEndpoint: string
  /** A client talking to s3rver directly (never through the fault proxy). */
  client: S3Client
  /** The environment an action needs for this endpoint (credentials, region). */
  env: Record<string, string>
  /**
   * A bucket; with `region`, requests signed for another region are refused as S3 refuses them
   * (400 AuthorizationHeaderMalformed "the region 'us-east-1' is wrong; expecting 'eu-west-1'").
   */
  createBucket(name: string, opts?: { region?: string }): Promise<void>
  keys(bucket: string, prefix?: string): Promise<string[]>
  get(bucket: string, key: string): Promise<Buffer>
  put(bucket: string, key: string, body: Buffer): Promise<void>
  /** Multipart uploads started and neither completed nor aborted, from s3rver's store. */
  pendingUploads(bucket: string): string[]
  /** From now on, requests stop being answered once `bytes` more request-body bytes went through. */
  hangAfter(bytes: number): void
  /**
   * Takes an IAM permission away (s3:PutObject, s3:GetObject, s3:ListBucket, s3:AbortMultipartUpload):
   * requests that need it are refused as S3 refuses them, 403 AccessDenied "Access Denied" (a HEAD
   * with no body), which names no action.
   */
  deny(action: string): void
  /** Back to normal forwarding; hung requests are dropped. */
  heal(): void
  /** How many AbortMultipartUpload requests the proxy answered. */
  aborts: number
  /** How many UploadPart requests went through the proxy. */
  partsReceived: number
  close(): Promise<void>
}

export async function startS3(): Promise<S3StandIn> {
  const dir = mkdtempSync(join(tmpdir(), 's3-stand-in-'))
  const server = new S3rver({ port: 0, address: '127.0.0.1', silent: true, directory: dir })
  completeAsS3(server.store)
  const { port: backendPort } = (await server.run()) as { port: number }
  const client = new S3Client({
    region: 'us-east-1',
    endpoint: `http://127.0.0.1:${backendPort}`,
    forcePathStyle: true,
    credentials: { accessKeyId: S3_ACCESS_KEY, secretAccessKey: S3_SECRET_KEY },
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  })
  const state = { aborts: 0, parts: 0 }
  const bucketRegions = new Map<string, string>()
  const deniedActions = new Set<string>()
  const uploadsDir = (bucket: string) => join(dir, bucket, '._S3rver_uploads')
  const aborted = new Set<string>()
  const partsInFlight = new Map<string, number>()
  const removals = new Map<string, () => void>()
  const proxy = await startFaultProxy(
    backendPort,
    (req, res) => {
      const url = new URL(req.url ?? '/', 'http://x')
      const expected = bucketRegions.get(url.pathname.split('/')[1] ?? '')
      // SigV4's credential scope: AKID/date/region/s3/aws4_request, in the header or a presigned URL.
      const credential =
        /Credential=([^,\s]+)/.exec(req.headers.authorization ?? '')?.[1] ??
        url.searchParams.get('X-Amz-Credential') ??
        ''
      const signed = credential.split('/')[2]
      if (expected && signed && signed !== expected) {
        req.resume()
        sendAnswer(
          res,
          s3Error(
            req,
            400,
            'AuthorizationHeaderMalformed',
            `The authorization header is malformed; the region '${signed}' is wrong; expecting '${expected}'`,
            `<Region>${expected}</Region>`,
            { 'x-amz-bucket-region': expected },
          ),
        )
        return true
      }
      if (deniedActions.size > 0 && deniedActions.has(iamAction(req.method ?? 'GET', url))) {
        req.resume()
        sendAnswer(res, s3Error(req, 403, 'AccessDenied', 'Access Denied'))
        return true
      }
      const uploadId = url.searchParams.get('uploadId')
      const noSuchUpload = () => {
        req.resume()
        res.writeHead(404, { 'content-type': 'application/xml' }).end('<Error><Code>NoSuchUpload</Code></Error>')
        return true
      }
      if (req.method === 'PUT' && uploadId && url.searchParams.has('partNumber')) {
        // A part of an aborted upload is refused as S3 refuses it (s3rver would write into a removed folder).
        if (aborted.has(uploadId)) return noSuchUpload()
        state.parts++
        partsInFlight.set(uploadId, (partsInFlight.get(uploadId) ?? 0) + 1)
        res.on('close', () => {
          const left = (partsInFlight.get(uploadId) ?? 1) - 1
          if (left > 0) return void partsInFlight.set(uploadId, left)
          partsInFlight.delete(uploadId)
          // s3rver may still be writing a part whose client went away: its folder goes a moment later.
          const remove = removals.get(uploadId)
          if (remove) setTimeout(remove, 200).unref()
        })
        return false
      }
      if (req.method !== 'DELETE' || !uploadId) return false
      // AbortMultipartUpload, which s3rver does not implement: drop the parts as S3 does. A part still
      // being received finishes first (S3: "part uploads in progress might or might not succeed"); its
      // folder goes once it has.
      const path = join(uploadsDir(url.pathname.split('/')[1] ?? ''), uploadId)
      if (!existsSync(path) || aborted.has(uploadId)) return noSuchUpload()
      req.resume()
      aborted.add(uploadId)
      const remove = () => {
        removals.delete(uploadId)
        rmSync(path, { recursive: true, force: true })
      }
      if (partsInFlight.has(uploadId)) removals.set(uploadId, remove)
      else remove()
      state.aborts++
      res.writeHead(204).end()
      return true
    },
    { answer: answerAsS3 },
  )

  return {
    endpoint: proxy.url,
    directEndpoint: `http://127.0.0.1:${backendPort}`,
    client,
    env: { AWS_ACCESS_KEY_ID: S3_ACCESS_KEY, AWS_SECRET_ACCESS_KEY: S3_SECRET_KEY, AWS_REGION: 'us-east-1' },
    get aborts() {
      return state.aborts
    },
    get partsReceived() {
      return state.parts
    },
    async createBucket(name, opts = {}) {
      await client.send(new CreateBucketCommand({ Bucket: name }))
      if (opts.region) bucketRegions.set(name, opts.region)
    },
    async keys(bucket, prefix) {
      const out: string[] = []
      let token: string | undefined
      do {
        const page = await client.send(
          new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix, ContinuationToken: token }),
        )
        for (const o of page.Contents ?? []) if (o.Key) out.push(o.Key)
        token = page.NextContinuationToken
      } while (token)
      return out.sort()
    },
    async get(bucket, key) {
      const r = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key }))
      return Buffer.from(await (r.Body as { transformToByteArray(): Promise<Uint8Array> }).transformToByteArray())
    },
    async put(bucket, key, body) {
      await client.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: body }))
    },
    pendingUploads(bucket) {
      const d = uploadsDir(bucket)
      // Copied into an array of the caller's realm: under jest, node:fs's array is another realm's,
      // which assert.deepEqual tells apart from a literal `[]`.
      // An aborted upload is gone as S3 lists it, even while a part that was in flight at the abort is
      // still being received (its folder goes once that part ends).
      return existsSync(d) ? [...readdirSync(d)].filter((id) => !aborted.has(id)) : []
    },
    hangAfter: (bytes) => proxy.hangAfter(bytes),
    heal: () => proxy.heal(),
    deny: (action) => void deniedActions.add(action),
    async close() {
      client.destroy()
      await proxy.close()
      // s3rver's close() waits for every open connection; nothing of a finished test may keep it.
      ;(server as unknown as { httpServer?: { closeAllConnections(): void } }).httpServer?.closeAllConnections()
      await server.close()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

/**
 * An S3 error as S3 writes it: an XML `<Error>` with its code, message and any `extra` elements
 * (none for a HEAD, whose answer has no body).
 */
function s3Error(
  req: IncomingMessage,
  status: number,
  code: string,
  message: string,
  extra = '',
  headers: Record<string, string> = {},
): ProxyAnswer {
  return {
    status,
    headers: { 'content-type': 'application/xml', ...headers },
    body:
      req.method === 'HEAD'
        ? undefined
        : `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${message}</Message>${extra}</Error>`,
  }
}

/**
 * Two answers to GetObject and HeadObject as S3 gives them, where s3rver's differ:
 * - with If-Match, 412 PreconditionFailed when the object's ETag is not the one given (or one of a
 *   list; `*` matches any), whatever the range;
 * - a range of an empty object is 416 InvalidRange with `Content-Range: bytes *\/0` (RFC 9110: no
 *   range overlaps nothing); s3rver answers 206 with a Content-Length of 1 and no byte, and the
 *   client waits for it until its timeout.
 */
function answerAsS3(req: IncomingMessage, up: IncomingMessage): ProxyAnswer | undefined {
  if (req.method !== 'GET' && req.method !== 'HEAD') return undefined
  if (up.statusCode !== 200 && up.statusCode !== 206) return undefined
  const wanted = req.headers['if-match']
  if (wanted) {
    const tags = wanted.split(',').map((t) => t.trim())
    if (!tags.includes('*') && !tags.includes(String(up.headers.etag)))
      return s3Error(
        req,
        412,
        'PreconditionFailed',
        'At least one of the pre-conditions you specified did not hold',
        '<Condition>If-Match</Condition>',
      )
  }
  if (up.statusCode === 206 && /\/0$/.test(String(up.headers['content-range'])))
    return s3Error(
      req,
      416,
      'InvalidRange',
      'The requested range is not satisfiable',
      `<RangeRequested>${req.headers.range ?? ''}</RangeRequested><ActualObjectSize>0</ActualObjectSize>`,
      { 'content-range': 'bytes */0' },
    )
  return undefined
}

const MIN_PART_BYTES = 5 * 1024 * 1024

/**
 * CompleteMultipartUpload as S3 answers it, in place of s3rver's. The parts listed must exist with
 * the ETags given (InvalidPart), in ascending order (InvalidPartOrder), each but the last at least
 * 5 MiB (EntityTooSmall); an unknown or finished upload is NoSuchUpload, where s3rver answered 500.
 * The object's ETag is S3's multipart one, the MD5 of the parts' binary MD5s with "-<part count>",
 * not the MD5 of the whole object. s3rver also re-read and re-hashed the whole object while the
 * client waited; this only joins the part files (on a 2-core bench that hashing was CPU taken from
 * the backup being measured).
 */
function completeAsS3(store: S3rver['store']): void {
  store.putObjectMultipart = async (bucket, uploadId, parts) => {
    const uploadDir = join(store.getResourcePath(bucket, undefined, 'uploads'), uploadId)
    if (!existsSync(uploadDir))
      throw new S3Error(
        'NoSuchUpload',
        'The specified upload does not exist. The upload ID may be invalid, or the upload may have been aborted or completed.',
        { UploadId: uploadId },
      )
    const partPath = (n: number) => join(uploadDir, String(n))
    // The list's order is checked first, before any part is looked at.
    if (parts.some((part, i) => i > 0 && part.number <= (parts[i - 1]?.number ?? 0)))
      throw new S3Error(
        'InvalidPartOrder',
        'The list of parts was not in ascending order. Parts must be ordered by part number.',
        { UploadId: uploadId },
      )
    const md5s: Buffer[] = []
    for (const [i, part] of parts.entries()) {
      const md5 = await readFile(`${partPath(part.number)}.md5`, 'utf8').catch(() => undefined)
      if (md5 === undefined || md5 !== part.etag)
        throw new S3Error(
          'InvalidPart',
          "One or more of the specified parts could not be found. The part might not have been uploaded, or the specified entity tag might not have matched the part's entity tag.",
          { UploadId: uploadId, PartNumber: String(part.number), ETag: part.etag },
        )
      const size = (await stat(partPath(part.number))).size
      if (i < parts.length - 1 && size < MIN_PART_BYTES)
        throw new S3Error('EntityTooSmall', 'Your proposed upload is smaller than the minimum allowed size', {
          ProposedSize: String(size),
          MinSizeAllowed: String(MIN_PART_BYTES),
          PartNumber: String(part.number),
          ETag: part.etag,
        })
      md5s.push(Buffer.from(md5, 'hex'))
    }
    const [key, metadata] = await Promise.all([
      readFile(join(uploadDir, 'key'), 'utf8'),
      readFile(join(uploadDir, 'metadata'), 'utf8').then((m) => JSON.parse(m) as Record<string, string>),
    ])
    const objectPath = store.getResourcePath(bucket, key, 'object')
    await mkdir(dirname(objectPath), { recursive: true })
    const out = await open(objectPath, 'w')
    let size = 0
    try {
      for (const part of parts) {
        const bytes = await readFile(partPath(part.number))
        await out.write(bytes)
        size += bytes.length
      }
    } finally {
      await out.close()
    }
    const etag = `${createHash('md5').update(Buffer.concat(md5s)).digest('hex')}-${parts.length}`
    await store.putMetadata(bucket, key, metadata, etag)
    await rm(uploadDir, { recursive: true, force: true })
    return { size, md5: etag }
  }
}

/** The IAM action S3 checks for a path-style request. */
function iamAction(method: string, url: URL): string {
  const hasKey = url.pathname.split('/').filter(Boolean).length > 1
  if (!hasKey) return method === 'GET' ? 's3:ListBucket' : `s3:${method}Bucket`
  if (method === 'DELETE') return url.searchParams.has('uploadId') ? 's3:AbortMultipartUpload' : 's3:DeleteObject'
  if (method === 'GET' || method === 'HEAD') return 's3:GetObject'
  return 's3:PutObject'
}
