/**
 * The S3 stand-in's CompleteMultipartUpload answers as S3 does (the multipart ETag, InvalidPart,
 * InvalidPartOrder, EntityTooSmall, NoSuchUpload), and the S3 sink takes what the SDK uploads and
 * keeps nothing; both through the real AWS SDK.
 */
import { afterAll, beforeAll, describe, test } from '@jest/globals'
import assert from 'node:assert/strict'
import { createHash } from 'node:crypto'
import { Readable } from 'node:stream'
import {
  CompleteMultipartUploadCommand,
  CreateMultipartUploadCommand,
  HeadObjectCommand,
  UploadPartCommand,
} from '@aws-sdk/client-s3'
import { s3Destination } from '@deploy-actions/storage'
import { startS3, S3_ACCESS_KEY, S3_SECRET_KEY, type S3StandIn } from '../src/emulators/s3.ts'
import { startS3Sink } from '../src/emulators/s3-sink.ts'

const MiB = 1024 * 1024
const md5 = (b: Buffer) => createHash('md5').update(b).digest()
const credentials = { accessKeyId: S3_ACCESS_KEY, secretAccessKey: S3_SECRET_KEY }

describe('the S3 stand-in completes a multipart upload as S3 does', () => {
  let s3: S3StandIn
  const part1 = Buffer.alloc(5 * MiB, 1)
  const part2 = Buffer.from('the last part may be small')
  beforeAll(async () => {
    s3 = await startS3()
    await s3.createBucket('multipart')
  })
  afterAll(() => s3.close())

  /** Starts an upload of `parts` and returns its id and the parts' ETags as S3 returned them. */
  async function uploadParts(key: string, parts: Buffer[]): Promise<{ UploadId: string; etags: string[] }> {
    const { UploadId } = await s3.client.send(new CreateMultipartUploadCommand({ Bucket: 'multipart', Key: key }))
    assert.ok(UploadId)
    const etags: string[] = []
    for (const [i, Body] of parts.entries()) {
      const r = await s3.client.send(
        new UploadPartCommand({ Bucket: 'multipart', Key: key, UploadId, PartNumber: i + 1, Body }),
      )
      etags.push(r.ETag ?? '')
    }
    return { UploadId, etags }
  }
  const complete = (key: string, UploadId: string, Parts: Array<{ PartNumber: number; ETag: string }>) =>
    s3.client.send(
      new CompleteMultipartUploadCommand({ Bucket: 'multipart', Key: key, UploadId, MultipartUpload: { Parts } }),
    )
  const refusal = async (p: Promise<unknown>) => {
    const err = (await p.then(
      () => assert.fail('S3 accepted it'),
      (e: unknown) => e,
    )) as { name: string; $metadata?: { httpStatusCode?: number } }
    return { code: err.name, status: err.$metadata?.httpStatusCode }
  }

  test("the object is the parts joined, its ETag the MD5 of the parts' MD5s and the part count", async () => {
    const { UploadId, etags } = await uploadParts('ok', [part1, part2])
    assert.deepEqual(etags, [`"${md5(part1).toString('hex')}"`, `"${md5(part2).toString('hex')}"`])
    const done = await complete('ok', UploadId, [
      { PartNumber: 1, ETag: etags[0] as string },
      { PartNumber: 2, ETag: etags[1] as string },
    ])
    const etag = `"${md5(Buffer.concat([md5(part1), md5(part2)])).toString('hex')}-2"`
    assert.equal(done.ETag, etag)
    assert.equal((await s3.client.send(new HeadObjectCommand({ Bucket: 'multipart', Key: 'ok' }))).ETag, etag)
    assert.ok((await s3.get('multipart', 'ok')).equals(Buffer.concat([part1, part2])))
    assert.deepEqual(s3.pendingUploads('multipart'), [])
  })

  test('a wrong ETag, parts out of order, a small part before the last, an unknown upload: refused as S3 does', async () => {
    const { UploadId, etags } = await uploadParts('bad', [part1, part2])
    const [e1, e2] = etags as [string, string]
    assert.deepEqual(await refusal(complete('bad', UploadId, [{ PartNumber: 1, ETag: e2 }])), {
      code: 'InvalidPart',
      status: 400,
    })
    assert.deepEqual(
      await refusal(
        complete('bad', UploadId, [
          { PartNumber: 2, ETag: e2 },
          { PartNumber: 1, ETag: e1 },
        ]),
      ),
      { code: 'InvalidPartOrder', status: 400 },
    )
    const small = await uploadParts('small', [part2, part1])
    assert.deepEqual(
      await refusal(
        complete('small', small.UploadId, [
          { PartNumber: 1, ETag: small.etags[0] as string },
          { PartNumber: 2, ETag: small.etags[1] as string },
        ]),
      ),
      { code: 'EntityTooSmall', status: 400 },
    )
    assert.deepEqual(await refusal(complete('bad', 'no-such-upload', [{ PartNumber: 1, ETag: e1 }])), {
      code: 'NoSuchUpload',
      status: 404,
    })
    // Refused completions leave the uploads as they were: they still complete.
    await complete('bad', UploadId, [
      { PartNumber: 1, ETag: e1 },
      { PartNumber: 2, ETag: e2 },
    ])
    assert.ok((await s3.get('multipart', 'bad')).equals(Buffer.concat([part1, part2])))
  })
})

describe('the S3 sink', () => {
  test("takes the store's multipart upload and its manifest, counts the bytes and keeps none", async () => {
    const sink = await startS3Sink()
    try {
      const store = await s3Destination({ bucket: 'bench', region: 'us-east-1', endpoint: sink.endpoint, credentials })
      const body = Buffer.alloc(12 * MiB, 7)
      const r = await store.upload('db/x.zst', Readable.from([body.subarray(0, 6 * MiB), body.subarray(6 * MiB)]))
      assert.equal(r.bytes, body.length)
      assert.equal(r.sha256, createHash('sha256').update(body).digest('hex'))
      assert.equal(sink.bytes('db/x.zst'), body.length)
      assert.deepEqual(sink.completed, ['db/x.zst'])
      await store.put('db/manifest.json', '{}')
      assert.equal(sink.bytes('db/manifest.json'), 2)
      assert.equal(await store.size('db/x.zst'), undefined, 'nothing is kept')
      store.close()
      const unsigned = await fetch(`${sink.endpoint}/bench/k`, { method: 'PUT', body: 'x' })
      assert.equal(unsigned.status, 403)
    } finally {
      await sink.close()
    }
  })
})
