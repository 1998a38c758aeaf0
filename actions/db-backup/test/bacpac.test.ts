import { afterAll, describe, test } from '@jest/globals'
import assert from 'node:assert/strict'
import { createHash } from 'node:crypto'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { makeBacpac, readBacpac } from '@deploy-actions/harness/emulators/azure-sql'
import { openZip, writeZip } from '@deploy-actions/storage/zip'
import { BacpacError, checkBacpac } from '../src/bacpac.ts'

const dir = mkdtempSync(join(tmpdir(), 'bacpac-test-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
let n = 0
const file = (bytes: Buffer) => {
  const path = join(dir, `${++n}.bacpac`)
  writeFileSync(path, bytes)
  return path
}
const tables = {
  customers: Array.from({ length: 300 }, (_, i) => ({ id: i + 1, name: `customer ${i + 1}`, email: null })),
  orders: Array.from({ length: 900 }, (_, i) => ({ id: i + 1, customer: 1 + (i % 300), total: (i % 97) / 3 })),
  empty: [],
}
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex').toUpperCase()

describe('the zip reader', () => {
  test('reads back what the writer wrote, part by part, with CRC and size checked', async () => {
    const parts = [
      { name: 'a.txt', data: Buffer.from('hello '.repeat(1000)) },
      { name: 'dir/é.bin', data: createHash('sha512').update('x').digest() },
      { name: 'empty', data: Buffer.alloc(0) },
    ]
    const zip = await openZip(file(writeZip(parts)))
    try {
      assert.deepEqual(
        zip.entries.map((e) => [e.name, e.size]),
        parts.map((p) => [p.name, p.data.length]),
      )
      for (const [i, e] of zip.entries.entries()) {
        const chunks: Buffer[] = []
        for await (const c of await zip.read(e)) chunks.push(c as Buffer)
        assert.deepEqual(Buffer.concat(chunks), parts[i]?.data)
      }
    } finally {
      await zip.close()
    }
  })
})

describe('checkBacpac', () => {
  test('a package as the export writes it checks out: every part read, model.xml matches Origin.xml', async () => {
    const bytes = makeBacpac('shop', tables)
    const check = await checkBacpac(file(bytes))
    assert.deepEqual(check.checksummed, ['/model.xml'])
    assert.equal(check.dataParts, 3)
    assert.equal(check.parts, 7)
    assert.equal(check.containsData, true)
    // The stand-in's import reads the same package back into the same tables.
    assert.deepEqual(await readBacpac(bytes), tables)
  })

  test('model.xml changed after the export (its zip CRC consistent) fails on Origin.xml checksum', async () => {
    await assert.rejects(
      checkBacpac(file(makeBacpac('shop', tables, { corrupt: 'model.xml' }))),
      (err: Error) =>
        err instanceof BacpacError &&
        /^\/model\.xml does not match Origin\.xml's checksum: SHA-256 [0-9a-f]{64}, Origin\.xml says [0-9a-f]{64}/.test(
          err.message,
        ),
    )
  })

  test('a flipped byte in a deflated table data part fails (inflate error or CRC-32 mismatch)', async () => {
    const bytes = makeBacpac('shop', tables)
    const zip = await openZip(file(bytes))
    const entry = zip.entries.find((e) => e.name === 'Data/dbo.orders/TableData-000-00000.BCP')
    await zip.close()
    assert.ok(entry)
    const out = Buffer.from(bytes)
    const at = entry.localHeaderOffset + 30 + Buffer.byteLength(entry.name) + Math.floor(entry.compressedSize / 2)
    out[at] = (out[at] as number) ^ 0x55
    await assert.rejects(
      checkBacpac(file(out)),
      (err: Error) =>
        err instanceof BacpacError && /^part (Data\/dbo\.orders\/TableData-000-00000\.BCP)/.test(err.message),
    )
  })

  test('Origin.xml naming a part the package lacks, or no checksum at all, fails', async () => {
    const model = Buffer.from('<DataSchemaModel/>')
    const origin = (checksums: string) =>
      Buffer.from(`<DacOrigin xmlns="x"><Checksums>${checksums}</Checksums></DacOrigin>`)
    const base = [
      { name: '[Content_Types].xml', data: Buffer.from('<Types/>') },
      { name: 'model.xml', data: model },
    ]
    await assert.rejects(
      checkBacpac(
        file(
          writeZip([
            ...base,
            {
              name: 'Origin.xml',
              data: origin(
                `<Checksum Uri="/model.xml">${sha(model)}</Checksum><Checksum Uri="/Data/x.BCP">${sha(model)}</Checksum>`,
              ),
            },
          ]),
        ),
      ),
      /Origin\.xml lists a checksum for \/Data\/x\.BCP, which the package does not have/,
    )
    await assert.rejects(
      checkBacpac(file(writeZip([...base, { name: 'Origin.xml', data: origin('') }]))),
      /Origin\.xml lists no checksums/,
    )
    const ok = await checkBacpac(
      file(
        writeZip([
          ...base,
          { name: 'Origin.xml', data: origin(`<Checksum Uri="/model.xml">${sha(model)}</Checksum>`) },
        ]),
      ),
    )
    assert.deepEqual(ok.checksummed, ['/model.xml'])
    assert.equal(ok.containsData, false)
  })

  test('not a bacpac: a truncated file, a zip without Origin.xml', async () => {
    const bytes = makeBacpac('shop', tables)
    await assert.rejects(
      checkBacpac(file(bytes.subarray(0, bytes.length - 30))),
      /^BacpacError: not a bacpac package: /,
    )
    await assert.rejects(
      checkBacpac(file(writeZip([{ name: 'model.xml', data: Buffer.from('<x/>') }]))),
      /not a bacpac package: \[Content_Types\]\.xml, Origin\.xml missing/,
    )
    await assert.rejects(checkBacpac(file(Buffer.from('PK not really'))), /not a bacpac package: not a zip file/)
  })
})
