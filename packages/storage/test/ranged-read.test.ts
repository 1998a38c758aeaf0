/**
 * Reading large objects in ranges: through the real SDKs against s3rver (behind the harness's proxy,
 * which answers If-Match as S3 does) and Azurite, and rangedRead's own retries and clean-up.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import { Readable } from 'node:stream'
import { buffer } from 'node:stream/consumers'
import { startAzurite, type Azurite } from '@deploy-actions/harness/emulators/azurite'
import { S3_ACCESS_KEY, S3_SECRET_KEY, startS3, type S3StandIn } from '@deploy-actions/harness/emulators/s3'
import { blobDestination, NotFound, ObjectChanged, s3Destination, type Store } from '../src/index.ts'
import { rangedRead } from '../src/ranged.ts'

const MiB = 1024 * 1024

describe('download in ranges', () => {
  let s3: S3StandIn
  let az: Azurite
  let stores: { name: string; store: Store }[]
  beforeAll(async () => {
    ;[s3, az] = await Promise.all([startS3(), startAzurite()])
    await Promise.all([s3.createBucket('bkt'), az.createContainer('ctr')])
    const credentials = { accessKeyId: S3_ACCESS_KEY, secretAccessKey: S3_SECRET_KEY }
    const ranges = { rangeSizeBytes: 1 * MiB, rangeConcurrency: 3 }
    stores = [
      { name: 'S3', store: await s3Destination({ bucket: 'bkt', endpoint: s3.endpoint, credentials, ...ranges }) },
      {
        name: 'Azure Blob',
        store: await blobDestination({ connectionString: az.connectionString }, { container: 'ctr', ...ranges }),
      },
    ]
  })
  afterAll(async () => {
    for (const s of stores ?? []) s.store.close()
    await Promise.all([s3?.close(), az?.close()])
  })

  test('every byte in order, whatever the size: many ranges, one, none; a missing object is NotFound', async () => {
    // 10.5 MiB and a few bytes: ranges of 1 MiB, the last one short.
    const large = randomBytes(10 * MiB + MiB / 2 + 7)
    for (const { name, store } of stores) {
      await store.upload('large', Readable.from([large]))
      assert.ok((await buffer(await store.download('large'))).equals(large), name)
      const oneRange = randomBytes(MiB)
      await store.put('exactly-one-range', oneRange)
      assert.ok((await buffer(await store.download('exactly-one-range'))).equals(oneRange), name)
      await store.put('small', 'hello')
      assert.equal((await buffer(await store.download('small'))).toString(), 'hello', name)
      // A range of an empty object is 416 on both services: the read falls back to the whole object.
      await store.put('empty', '')
      assert.equal((await buffer(await store.download('empty'))).length, 0, name)
      await expect(store.download('missing')).rejects.toBeInstanceOf(NotFound)
    }
  })

  test('an object replaced while it is read fails the read (If-Match) instead of mixing the two', async () => {
    for (const { name, store } of stores) {
      await store.upload('replaced', Readable.from([randomBytes(10 * MiB)]))
      const stream = await store.download('replaced')
      const chunks = stream[Symbol.asyncIterator]()
      assert.equal(((await chunks.next()).value as Buffer).length, MiB, name)
      await store.upload('replaced', Readable.from([randomBytes(10 * MiB)]))
      const rest = (async () => {
        for (let c = await chunks.next(); !c.done; c = await chunks.next());
      })()
      await expect(rest).rejects.toBeInstanceOf(ObjectChanged)
    }
  })
})

describe('rangedRead', () => {
  const object = randomBytes(5 * 1000 + 3)
  const slice = (start: number, end: number) => Readable.from([object.subarray(start, end + 1)])
  const options = { rangeSize: 1000, concurrency: 2, attempts: 3 }

  test('a range whose answer breaks off is asked for again, alone', async () => {
    const asked: string[] = []
    let broken = false
    const read = rangedRead(
      { body: slice(0, 999), size: object.length },
      async (start, end) => {
        asked.push(`${start}-${end}`)
        if (start === 3000 && !broken) {
          broken = true
          // Half the range, then the connection drops.
          return Readable.from(
            (async function* () {
              yield object.subarray(start, start + 500)
              throw new Error('socket hang up')
            })(),
          )
        }
        return slice(start, end)
      },
      options,
    )
    assert.ok((await buffer(read)).equals(object))
    assert.deepEqual(
      asked.sort(),
      ['1000-1999', '2000-2999', '3000-3999', '3000-3999', '4000-4999', '5000-5002'].sort(),
    )
  })

  test('a short or long answer is not taken for the range; the last failure ends the read', async () => {
    let tries = 0
    const read = rangedRead(
      { body: slice(0, 999), size: object.length },
      async (start, end) => {
        if (start !== 2000) return slice(start, end)
        tries++
        return slice(start, end - 1)
      },
      options,
    )
    await expect(buffer(read)).rejects.toThrow('the range ended after 999 of its 1000 bytes')
    assert.equal(tries, 3)
  })

  test('ObjectChanged is not retried; a consumer that goes away aborts the ranges in flight', async () => {
    const asked: number[] = []
    const changed = rangedRead(
      { body: slice(0, 999), size: object.length },
      async (start, end) => {
        asked.push(start)
        if (start < 2000) return slice(start, end)
        throw new ObjectChanged('s3://bkt/key')
      },
      options,
    )
    await expect(buffer(changed)).rejects.toBeInstanceOf(ObjectChanged)
    // Each range once: the ones in flight when 2000 failed, none again.
    assert.equal(new Set(asked).size, asked.length)
    assert.ok(asked.includes(2000))

    const aborted: string[] = []
    const hanging = rangedRead(
      { body: slice(0, 999), size: object.length },
      (start, _end, signal) =>
        new Promise<Readable>((_, reject) =>
          signal.addEventListener('abort', () => {
            aborted.push(String(start))
            reject(new Error('aborted'))
          }),
        ),
      options,
    )
    const first = (await hanging[Symbol.asyncIterator]().next()).value as Buffer
    assert.equal(first.length, 1000)
    hanging.destroy()
    await new Promise((r) => setImmediate(r))
    assert.deepEqual(aborted.sort(), ['1000', '2000'])
  })
})
