/**
 * `completeAfter` through the real SDKs against s3rver and Azurite: every part is sent while it is
 * awaited, the object appears only once it resolved, and its rejection leaves no object and no
 * multipart upload; a cancellation ends the wait. Azure's watchdog does not take the wait for a dead
 * service.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import assert from 'node:assert/strict'
import { Readable } from 'node:stream'
import { setTimeout as sleep } from 'node:timers/promises'
import { startAzurite, type Azurite } from '@deploy-actions/harness/emulators/azurite'
import { S3_ACCESS_KEY, S3_SECRET_KEY, startS3, type S3StandIn } from '@deploy-actions/harness/emulators/s3'
import { blobDestination, s3Destination, type Store } from '../src/index.ts'

const MiB = 1024 * 1024
/** 12 MiB: three S3 parts of 5 MiB (the last shorter), two Azure blocks of 8 MiB. */
const body = () => Readable.from([Buffer.alloc(6 * MiB, 1), Buffer.alloc(6 * MiB, 2)])

/** A promise settled by hand, and when it was. */
function later() {
  let settle!: (err?: Error) => void
  const promise = new Promise<void>((resolve, reject) => (settle = (err) => (err ? reject(err) : resolve())))
  return { promise, settle }
}

describe('upload with completeAfter', () => {
  let s3: S3StandIn
  let az: Azurite
  let stores: { name: string; store: Store; objects: (prefix: string) => Promise<string[]> }[]
  beforeAll(async () => {
    ;[s3, az] = await Promise.all([startS3(), startAzurite()])
    await Promise.all([s3.createBucket('bkt'), az.createContainer('ctr')])
    const credentials = { accessKeyId: S3_ACCESS_KEY, secretAccessKey: S3_SECRET_KEY }
    stores = [
      {
        name: 'S3',
        store: await s3Destination({ bucket: 'bkt', endpoint: s3.endpoint, credentials }),
        objects: (prefix) => s3.keys('bkt', prefix),
      },
      {
        // timeoutMs 300: Azure's watchdog gives up after 900 ms without progress.
        name: 'Azure Blob',
        store: await blobDestination({ connectionString: az.connectionString }, { container: 'ctr', timeoutMs: 300 }),
        objects: (prefix) => az.blobs('ctr', prefix),
      },
    ]
  })
  afterAll(async () => {
    for (const s of stores ?? []) s.store.close()
    await Promise.all([s3?.close(), az?.close()])
  })

  test('the object appears only once it resolved, well after the last byte', async () => {
    for (const { name, store, objects } of stores) {
      const until = later()
      let done = false
      const uploading = store
        .upload('held/object', body(), { completeAfter: until.promise })
        .finally(() => (done = true))
      await sleep(1500)
      assert.equal(done, false, name)
      assert.deepEqual(await objects('held/'), [], `${name}: nothing before completeAfter resolved`)
      until.settle()
      const result = await uploading
      assert.equal(result.bytes, 12 * MiB, name)
      assert.deepEqual(await objects('held/'), ['held/object'], name)
    }
  })

  test('its rejection fails the upload with that reason: no object, no multipart upload left', async () => {
    for (const { name, store, objects } of stores) {
      const until = later()
      const uploading = store.upload('refused/object', body(), { completeAfter: until.promise })
      await sleep(300)
      until.settle(new Error('the restore failed'))
      await expect(uploading).rejects.toThrow('the restore failed')
      assert.deepEqual(await objects('refused/'), [], name)
    }
    assert.deepEqual(s3.pendingUploads('bkt'), [])
  })

  test('an upload cancelled while its completion waits ends at once: no object, no multipart upload left', async () => {
    for (const { name, store, objects } of stores) {
      const cancel = new AbortController()
      // A check that never ends: only the cancellation can end the upload.
      const uploading = store.upload('cancelled/object', body(), {
        completeAfter: new Promise<void>(() => {}),
        signal: cancel.signal,
      })
      uploading.catch(() => {})
      await sleep(1000)
      const cancelled = performance.now()
      cancel.abort(new Error('the run was cancelled'))
      await expect(uploading).rejects.toThrow('the run was cancelled')
      assert.ok(performance.now() - cancelled < 1000, `${name}: ended ${performance.now() - cancelled} ms after`)
      assert.deepEqual(await objects('cancelled/'), [], name)
    }
    assert.deepEqual(s3.pendingUploads('bkt'), [])
  })
})
