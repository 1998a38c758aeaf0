/**
 * The archive reader against real pg_dump output: its row counts equal count(*) for the data that
 * trips a naive newline count (values with newlines and backslashes, a value `\.`, empty lines as
 * rows, large objects, partitions), however the stream is cut into chunks; and an archive cut short
 * anywhere, corrupted, or compressed gives no counts.
 */
import { afterAll, beforeAll, describe, test } from '@jest/globals'
import assert from 'node:assert/strict'
import { execFile } from 'node:child_process'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { promisify } from 'node:util'
import { startPostgres, type Postgres } from '@deploy-actions/harness/emulators/postgres'
import { ArchiveCounter } from '../src/pg-archive.ts'

const run = promisify(execFile)

/** Streams `bytes` through a counter in chunks of the given sizes (cycled) and returns its verdict. */
async function count(bytes: Buffer, sizes: number[] = [65536]): Promise<Record<string, number>> {
  const chunks: Buffer[] = []
  for (let at = 0, i = 0; at < bytes.length; i++) {
    const size = sizes[i % sizes.length] as number
    chunks.push(bytes.subarray(at, at + size))
    at += size
  }
  const counter = new ArchiveCounter()
  // The stream never errors on a bad archive: the verdict is `counts`.
  await pipeline(Readable.from(chunks), counter)
  return counter.counts
}

describe('ArchiveCounter on pg_dump -Fc -Z0 output', () => {
  let pg: Postgres
  let archive: Buffer
  let expected: Record<string, number>
  beforeAll(async () => {
    pg = await startPostgres()
    await pg.createDatabase('arch')
    await pg.sql(
      'arch',
      `CREATE TABLE lines (id int, t text);
       INSERT INTO lines SELECT g, E'first\\nsecond\\r\\nthird \\\\ back' || g FROM generate_series(1, 5000) g;
       INSERT INTO lines VALUES (0, E'\\\\.'), (-1, E'\\\\.\\n\\\\.'), (-2, NULL);
       CREATE TABLE blanks (t text); INSERT INTO blanks SELECT '' FROM generate_series(1, 7);
       CREATE TABLE empty (x int);
       CREATE SCHEMA "odd schema"; CREATE TABLE "odd schema"."a.b" (x bytea);
       INSERT INTO "odd schema"."a.b" SELECT decode('0a5c2e0a', 'hex') FROM generate_series(1, 300) g;
       CREATE TABLE parted (id int) PARTITION BY RANGE (id);
       CREATE TABLE parted_1 PARTITION OF parted FOR VALUES FROM (0) TO (1000);
       CREATE TABLE parted_2 PARTITION OF parted FOR VALUES FROM (1000) TO (2000);
       INSERT INTO parted SELECT g FROM generate_series(0, 1499) g;
       CREATE UNLOGGED TABLE scratchpad (x int); INSERT INTO scratchpad VALUES (1), (2);
       SELECT lo_from_bytea(0, decode(repeat('0a', 70000), 'hex'));
       SELECT lo_from_bytea(0, ''::bytea);`,
    )
    const { stdout } = await run(`${pg.binDir}/pg_dump`, ['-Fc', '-Z0', '-d', pg.url('arch')], {
      encoding: 'buffer',
      maxBuffer: 64 * 1024 * 1024,
    })
    archive = stdout
    expected = {}
    for (const line of (
      await pg.sql(
        'arch',
        `SELECT 'public.lines|' || (SELECT count(*) FROM lines) UNION ALL SELECT 'public.blanks|' || (SELECT count(*) FROM blanks)
         UNION ALL SELECT 'public.empty|0' UNION ALL SELECT 'odd schema.a.b|' || (SELECT count(*) FROM "odd schema"."a.b")
         UNION ALL SELECT 'public.parted_1|' || (SELECT count(*) FROM parted_1) UNION ALL SELECT 'public.parted_2|' || (SELECT count(*) FROM parted_2)
         UNION ALL SELECT 'public.scratchpad|' || (SELECT count(*) FROM scratchpad);`,
      )
    ).split('\n')) {
      const at = line.lastIndexOf('|')
      expected[line.slice(0, at)] = Number(line.slice(at + 1))
    }
  })
  afterAll(async () => {
    await pg?.stop()
  })

  test('the counts equal count(*) of every table, however the stream is chunked', async () => {
    assert.equal(expected['public.lines'], 5003)
    assert.deepEqual(await count(archive), expected)
    assert.deepEqual(await count(archive, [archive.length]), expected)
    // Every field split across chunks somewhere: sizes 1 to 7 cycled.
    assert.deepEqual(await count(archive, [1, 2, 3, 4, 5, 6, 7]), expected)
  })

  test('an archive cut short anywhere gives no counts', async () => {
    // Inside the header, inside the TOC, between data blocks and inside one.
    const cuts = [3, 40, 300, Math.floor(archive.length / 3), Math.floor(archive.length / 2), archive.length - 1]
    // The end of each data block but the last: the archive has no trailer, so the TOC must say.
    for (let at = archive.indexOf(Buffer.from([1, 0])); at > 0; at = archive.indexOf(Buffer.from([1, 0]), at + 1))
      if (at > archive.length / 2 && cuts.length < 40) cuts.push(at)
    for (const cut of cuts) {
      await assert.rejects(count(archive.subarray(0, cut)), /cut short|pg_dump archive/, `cut at ${cut}`)
    }
  })

  test('a corrupted data block, a foreign file and a compressed archive give no counts', async () => {
    // The first row of "lines" is the first chunk of its block: type byte, dump id, chunk length, row.
    const row = archive.indexOf('1\tfirst\\nsecond')
    const block = row - 5 - 5 - 1
    assert.equal(archive[block], 1, 'a data block starts there')
    const corrupt = (at: number, byte: number) => {
      const copy = Buffer.from(archive)
      copy.writeUInt8(byte, at)
      return copy
    }
    await assert.rejects(count(corrupt(block, 9)), /unknown data block type 9/)
    await assert.rejects(count(corrupt(block + 3, 0x7f)), /has a data block for entry \d+, which has no data/)
    // A chunk length made huge: the archive ends inside that chunk.
    await assert.rejects(count(corrupt(row - 1, 0x7f)), /cut short/)
    await assert.rejects(count(Buffer.from('-- PostgreSQL database dump\n')), /does not start with PGDMP/)
    const { stdout: compressed } = await run(`${pg.binDir}/pg_dump`, ['-Fc', '-Z1', '-d', pg.url('arch')], {
      encoding: 'buffer',
      maxBuffer: 64 * 1024 * 1024,
    })
    await assert.rejects(count(compressed), /is compressed/)
  })
})
