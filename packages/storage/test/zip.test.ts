import { describe, test } from '@jest/globals'
import assert from 'node:assert/strict'
import { unzipBuffer, writeZip, ZipFormatError } from '@deploy-actions/storage/zip'

describe('zip in memory', () => {
  const parts = [
    { name: 'index.html', data: Buffer.from('<h1>v1.5.0</h1>') },
    { name: 'assets/app.js', data: Buffer.from('x()'.repeat(1000)) },
  ]

  test('what writeZip packs, unzipBuffer gives back byte for byte; the same parts give the same bytes', async () => {
    const zip = writeZip(parts)
    assert.deepEqual(writeZip(parts), zip)
    const files = await unzipBuffer(zip)
    assert.deepEqual([...files.keys()], ['index.html', 'assets/app.js'])
    for (const p of parts) assert.deepEqual(files.get(p.name), p.data)
  })

  test('a changed byte inside a part is refused by its CRC-32, a cut zip by its directory', async () => {
    const zip = writeZip([{ name: 'a.txt', data: Buffer.from('hello hello hello') }])
    const bad = Buffer.from(zip)
    // The deflated data starts after the 30-byte local header and the 5-byte name: zlib or the CRC-32 refuses it.
    bad[35 + 2] = (bad[35 + 2] as number) ^ 0xff
    await assert.rejects(unzipBuffer(bad), (err: unknown) => err instanceof Error)
    await assert.rejects(unzipBuffer(zip.subarray(0, zip.length - 10)), ZipFormatError)
  })
})
