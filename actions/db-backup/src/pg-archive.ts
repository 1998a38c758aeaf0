/**
 * Reads a pg_dump custom-format archive as it streams by and counts the rows of every table's data,
 * so the manifest's row counts come from the dumped bytes themselves (exactly the dump's snapshot)
 * without a second scan of production.
 *
 * The layout is pg_dump's (src/bin/pg_dump/pg_backup_archiver.c WriteHead/WriteToc and
 * pg_backup_custom.c): the header, the TOC, then one data block per TOC entry that has data, in
 * archive versions 1.12 to 1.16 (PostgreSQL 9.x to 18). An integer is a sign byte and `intSize`
 * little-endian bytes; a string is its length (an integer, -1 for NULL) and its bytes. A data block
 * is a type byte (1 data, 3 large objects), the entry's dump id, then chunks (length, bytes) ended
 * by a zero length; large objects are (oid, chunks) pairs ended by oid 0. Written to a pipe, the
 * archive ends right after the last block: there is no trailer, so completeness is every data
 * entry of the TOC having had its block, each one ended by its end marker.
 *
 * Table data is COPY text format (pg_dump -Fc -Z0: uncompressed): every row ends with a newline and
 * a newline inside a value is written as `\n`, so rows = newlines of the block's chunks, less the
 * end-of-data line `\.` and the empty lines after it where pg_dump writes them (15 writes `\.` and two).
 * A row is never `\.` (a backslash in a value is doubled), so that line is always the marker.
 */
import { Writable } from 'node:stream'

/** Rows per table, keyed "schema.table". */
export type ArchiveCounts = Record<string, number>

export class ArchiveError extends Error {
  constructor(message: string) {
    super(`the pg_dump archive ${message}`)
    this.name = 'ArchiveError'
  }
}

const version = (major: number, minor: number) => (major * 256 + minor) * 256
const V1_12 = version(1, 12)
const V1_14 = version(1, 14)
const V1_15 = version(1, 15)
const V1_16 = version(1, 16)
const FORMAT_CUSTOM = 1
const BLK_DATA = 1
const BLK_BLOBS = 3
const OFFSET_NO_DATA = 3
/** Bytes kept of a block's end: the marker line, its newline before and a few empty lines after. */
const TAIL = 8
/** The end-of-data marker line, then empty lines, at the end of a block's COPY text. */
const END_OF_DATA = /(?:^|\n)\\\.\n(\n*)$/

interface TocEntry {
  dumpId: number
  desc: string
  tag: string
  namespace: string
  hasData: boolean
}

/** Thrown by the header reader when the bytes so far end inside a field (one instance). */
const NEED_MORE = new Error('the archive needs more bytes')

/** Reads fields from a byte buffer; throws NEED_MORE past its end. */
class FieldReader {
  pos = 0
  readonly buf: Buffer
  intSize: number
  offSize: number
  constructor(buf: Buffer, intSize: number, offSize: number) {
    this.buf = buf
    this.intSize = intSize
    this.offSize = offSize
  }
  byte(): number {
    if (this.pos >= this.buf.length) throw NEED_MORE
    return this.buf[this.pos++] as number
  }
  bytes(n: number): Buffer {
    if (this.pos + n > this.buf.length) throw NEED_MORE
    const out = this.buf.subarray(this.pos, this.pos + n)
    this.pos += n
    return out
  }
  int(): number {
    if (this.pos + 1 + this.intSize > this.buf.length) throw NEED_MORE
    const value = readInt(this.buf, this.pos, 1 + this.intSize)
    this.pos += 1 + this.intSize
    return value
  }
  str(): string | null {
    const len = this.int()
    if (len < 0) return null
    return this.bytes(len).toString('utf8')
  }
}

type DataState = 'blockType' | 'blockId' | 'chunkLen' | 'chunk' | 'loOid'

/**
 * A writable that parses the archive, one of the branches the dump is written to (see proc.ts
 * startDump); it is done with a chunk's bytes when its write callback runs. `counts` resolves once
 * the stream ended on a complete archive, and rejects on anything else: not a custom-format archive,
 * compressed data, an unknown block, a block twice, or a block missing or cut short. The stream
 * itself never errors, so that the other branches get every byte.
 */
export class ArchiveCounter extends Writable {
  readonly counts: Promise<ArchiveCounts>
  private settle!: { resolve: (c: ArchiveCounts) => void; reject: (e: Error) => void }
  /** Header and TOC bytes not parsed yet; undefined once the data blocks began. */
  private head: Buffer | undefined = Buffer.alloc(0)
  private headerRead = false
  private version = 0
  private intSize = 4
  private offSize = 8
  private tocLeft = 0
  private readonly entries = new Map<number, TocEntry>()
  private readonly tables = new Set<string>()
  private state: DataState = 'blockType'
  /** The first bytes of an integer split across two chunks of the stream. */
  private carry: Buffer | undefined
  private blockType = 0
  private block: TocEntry | undefined
  private chunkLeft = 0
  private rows = 0
  /** The last bytes of the current table data block, and how many it had. */
  private readonly tail = new Uint8Array(TAIL)
  private blockBytes = 0
  private readonly seen = new Set<number>()
  private readonly result: ArchiveCounts = {}
  private failure: Error | undefined

  constructor() {
    super()
    this.counts = new Promise((resolve, reject) => (this.settle = { resolve, reject }))
    this.counts.catch(() => {})
  }

  override _write(chunk: Buffer, _enc: BufferEncoding, cb: (err?: Error | null) => void): void {
    // A problem is the verdict's (`counts`), not the stream's, so that the dump tool's own exit
    // status, which says more about a broken dump, is looked at first.
    if (!this.failure) {
      try {
        if (this.head) this.readHead(chunk)
        else this.readData(chunk)
      } catch (err) {
        this.failure = err instanceof Error ? err : new Error(String(err))
      }
    }
    cb()
  }

  override _final(cb: (err?: Error | null) => void): void {
    try {
      if (this.failure) throw this.failure
      this.finish()
      this.settle.resolve(this.result)
    } catch (err) {
      this.settle.reject(err instanceof Error ? err : new Error(String(err)))
    }
    cb()
  }

  override _destroy(err: Error | null, cb: (error?: Error | null) => void): void {
    this.settle.reject(err ?? new ArchiveError('stream was destroyed before its end'))
    cb(err)
  }

  /** The header, then the TOC entry by entry; what follows the TOC goes to readData. */
  private readHead(chunk: Buffer): void {
    const buf = this.head?.length ? Buffer.concat([this.head, chunk]) : chunk
    const r = new FieldReader(buf, this.intSize, this.offSize)
    let parsed = 0
    try {
      if (!this.headerRead) {
        this.readHeader(r)
        this.headerRead = true
        parsed = r.pos
      }
      for (; this.tocLeft > 0; this.tocLeft--) {
        this.readTocEntry(r)
        parsed = r.pos
      }
    } catch (err) {
      if (err !== NEED_MORE) throw err
      this.head = Buffer.from(buf.subarray(parsed))
      return
    }
    this.head = undefined
    // Table data of a table the archive does not create (an extension's configuration table, also
    // filled by CREATE EXTENSION) has no comparable count: only the archive's own tables count.
    for (const e of this.entries.values()) {
      const key = `${e.namespace}.${e.tag}`
      if (e.desc === 'TABLE DATA' && this.tables.has(key)) this.result[key] = 0
    }
    if (r.pos < buf.length) this.readData(buf.subarray(r.pos))
  }

  private readHeader(r: FieldReader): void {
    if (r.bytes(5).toString('latin1') !== 'PGDMP') throw new ArchiveError('does not start with PGDMP')
    const vmaj = r.byte()
    const vmin = r.byte()
    r.byte() // revision
    this.version = version(vmaj, vmin)
    if (this.version < V1_12 || this.version > V1_16)
      throw new ArchiveError(`has version ${vmaj}.${vmin}, which this reader does not know (1.12 to 1.16)`)
    r.intSize = r.byte()
    r.offSize = r.byte()
    if (r.intSize < 1 || r.intSize > 6 || r.offSize < 1 || r.offSize > 8)
      throw new ArchiveError(`has integers of ${r.intSize} and offsets of ${r.offSize} bytes`)
    const format = r.byte()
    if (format !== FORMAT_CUSTOM) throw new ArchiveError(`is format ${format}, not custom (-Fc)`)
    const compression = this.version >= V1_15 ? r.byte() : r.int()
    if (compression !== 0)
      throw new ArchiveError('is compressed: rows are counted in an uncompressed one only (pg_dump -Z0)')
    for (let i = 0; i < 7; i++) r.int() // creation time
    r.str() // database
    r.str() // server version
    r.str() // pg_dump version
    const entries = r.int()
    if (entries < 0) throw new ArchiveError(`has a TOC of ${entries} entries`)
    this.intSize = r.intSize
    this.offSize = r.offSize
    this.tocLeft = entries
  }

  private readTocEntry(r: FieldReader): void {
    const dumpId = r.int()
    r.int() // had a dumper
    r.str() // catalog table oid
    r.str() // oid
    const tag = r.str() ?? ''
    const desc = r.str() ?? ''
    r.int() // section
    r.str() // definition
    r.str() // drop statement
    r.str() // copy statement
    const namespace = r.str() ?? ''
    r.str() // tablespace
    if (this.version >= V1_14) r.str() // table access method
    if (this.version >= V1_16) r.int() // relkind
    r.str() // owner
    r.str() // with oids
    while (r.str() !== null); // dependencies, ended by NULL
    const dataState = r.byte() // the custom format's data offset: its state, then the offset
    r.bytes(r.offSize)
    if (dumpId <= 0 || this.entries.has(dumpId)) throw new ArchiveError(`has a TOC entry with id ${dumpId}`)
    this.entries.set(dumpId, { dumpId, desc, tag, namespace, hasData: dataState !== OFFSET_NO_DATA })
    if (desc === 'TABLE') this.tables.add(`${namespace}.${tag}`)
  }

  /** The data blocks, the hot path: a field or a chunk at a time, no copies. */
  private readData(buf: Buffer): void {
    const n = buf.length
    const intBytes = 1 + this.intSize
    let pos = 0
    if (this.carry) {
      // An integer split across chunks: complete it from the start of this one.
      const need = intBytes - this.carry.length
      if (n < need) {
        this.carry = Buffer.concat([this.carry, buf])
        return
      }
      const whole = Buffer.concat([this.carry, buf.subarray(0, need)])
      this.carry = undefined
      this.onInt(readInt(whole, 0, intBytes))
      pos = need
    }
    while (pos < n) {
      const state = this.state
      if (state === 'chunk') {
        const end = Math.min(n, pos + this.chunkLeft)
        if (this.blockType === BLK_DATA) {
          let at = buf.indexOf(10, pos)
          while (at !== -1 && at < end) {
            this.rows++
            at = buf.indexOf(10, at + 1)
          }
          this.keepTail(buf, pos, end)
        }
        this.chunkLeft -= end - pos
        pos = end
        if (this.chunkLeft === 0) this.state = 'chunkLen'
      } else if (state === 'blockType') {
        this.blockType = buf[pos++] as number
        if (this.blockType !== BLK_DATA && this.blockType !== BLK_BLOBS)
          throw new ArchiveError(`has an unknown data block type ${this.blockType}`)
        this.state = 'blockId'
      } else if (n - pos < intBytes) {
        this.carry = Buffer.from(buf.subarray(pos))
        return
      } else {
        this.onInt(readInt(buf, pos, intBytes))
        pos += intBytes
      }
    }
  }

  /** An integer of the data section, in the current state. */
  private onInt(value: number): void {
    switch (this.state) {
      case 'blockId': {
        const entry = this.entries.get(value)
        if (!entry?.hasData) throw new ArchiveError(`has a data block for entry ${value}, which has no data`)
        if (this.seen.has(value)) throw new ArchiveError(`has two data blocks for entry ${value}`)
        this.seen.add(value)
        this.block = entry
        this.rows = 0
        this.blockBytes = 0
        this.state = this.blockType === BLK_BLOBS ? 'loOid' : 'chunkLen'
        return
      }
      case 'chunkLen':
        if (value < 0) throw new ArchiveError(`has a chunk of negative length ${value}`)
        if (value > 0) {
          this.chunkLeft = value
          this.state = 'chunk'
        } else if (this.blockType === BLK_BLOBS) {
          this.state = 'loOid' // the end of one large object
        } else {
          this.endBlock()
        }
        return
      case 'loOid':
        if (value === 0) this.endBlock()
        else this.state = 'chunkLen'
        return
      default:
        throw new Error(`unexpected integer in state ${this.state}`)
    }
  }

  /** Keeps the last TAIL bytes of the block's data, `buf[start, end)` being its newest. */
  private keepTail(buf: Buffer, start: number, end: number): void {
    const t = this.tail
    const len = end - start
    this.blockBytes += len
    if (len >= TAIL) {
      for (let k = 0; k < TAIL; k++) t[k] = buf[end - TAIL + k] as number
    } else {
      t.copyWithin(0, len)
      for (let k = 0; k < len; k++) t[TAIL - len + k] = buf[start + k] as number
    }
  }

  private endBlock(): void {
    const b = this.block as TocEntry
    const key = `${b.namespace}.${b.tag}`
    if (b.desc === 'TABLE DATA' && key in this.result) {
      const kept = Math.min(TAIL, this.blockBytes)
      const end = END_OF_DATA.exec(Buffer.from(this.tail.subarray(TAIL - kept)).toString('latin1'))
      // A match at the start of the kept bytes is a line start only if they are the whole block.
      const marker = end !== null && (end[0].startsWith('\n') || this.blockBytes <= TAIL)
      this.result[key] = this.rows - (marker ? 1 + (end[1] ?? '').length : 0)
    }
    this.block = undefined
    this.state = 'blockType'
  }

  private finish(): void {
    if (this.head) throw new ArchiveError('ended inside its header or table of contents: it is cut short')
    if (this.state !== 'blockType' || this.carry)
      throw new ArchiveError(`ended inside the data of entry ${this.block?.dumpId ?? '?'}: it is cut short`)
    const missing = [...this.entries.values()].filter((e) => e.hasData && !this.seen.has(e.dumpId))
    if (missing.length > 0)
      throw new ArchiveError(
        `ended before the data of ${missing.length} entr${missing.length === 1 ? 'y' : 'ies'} (` +
          missing
            .slice(0, 3)
            .map((e) => `${e.desc} ${e.namespace ? `${e.namespace}.` : ''}${e.tag}`)
            .join(', ') +
          '): it is cut short',
      )
  }
}

/** An archive integer at `pos`: a sign byte, then little-endian magnitude bytes. */
function readInt(buf: Buffer, pos: number, intBytes: number): number {
  let value = 0
  for (let i = intBytes - 1; i >= 1; i--) value = value * 256 + (buf[pos + i] as number)
  return buf[pos] ? -value : value
}
