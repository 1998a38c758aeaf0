import { createReadStream } from 'node:fs'
import { open } from 'node:fs/promises'
import { Readable, Transform } from 'node:stream'
import { crc32, createInflateRaw, deflateRawSync, inflateRawSync } from 'node:zlib'

/**
 * A small zip reader and writer (PKWARE APPNOTE 6.3): enough for bacpac packages, which are zip
 * (OPC) files with stored or deflated parts. The reader works on a file (random access through the
 * central directory, zip64 included, as large exports need), streams each part and checks its
 * CRC-32 and size against the central directory while it is read. The writer (deflate, no zip64)
 * makes packages in memory, for the stand-ins and tests.
 */

export interface ZipEntry {
  name: string
  /** 0 stored, 8 deflated; any other method is refused when the entry is read. */
  method: number
  crc32: number
  compressedSize: number
  size: number
  localHeaderOffset: number
}

export class ZipFormatError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ZipFormatError'
  }
}

const EOCD = 0x06054b50
const EOCD64 = 0x06064b50
const EOCD64_LOCATOR = 0x07064b50
const CENTRAL = 0x02014b50
const LOCAL = 0x04034b50

export interface ZipReader {
  entries: ZipEntry[]
  /** The entry's uncompressed bytes; the stream errors when its CRC-32 or size differ from the directory's. */
  read(entry: ZipEntry): Promise<Readable>
  close(): Promise<void>
}

export async function openZip(path: string): Promise<ZipReader> {
  const fh = await open(path, 'r')
  try {
    const { size } = await fh.stat()
    const at = async (offset: number, length: number): Promise<Buffer> => {
      if (offset < 0 || offset + length > size)
        throw new ZipFormatError(`truncated: ${length} bytes at ${offset} are past the end`)
      const buf = Buffer.alloc(length)
      const { bytesRead } = await fh.read(buf, 0, length, offset)
      if (bytesRead !== length) throw new ZipFormatError(`truncated: ${length} bytes at ${offset} could not be read`)
      return buf
    }
    const entries = await readDirectory(at, size)
    return {
      entries,
      async read(entry) {
        const local = await at(entry.localHeaderOffset, 30)
        if (local.readUInt32LE(0) !== LOCAL)
          throw new ZipFormatError(`${entry.name}: no local header where the directory says`)
        const start = entry.localHeaderOffset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28)
        if (start + entry.compressedSize > size)
          throw new ZipFormatError(`${entry.name}: its data runs past the end of the file`)
        if (entry.method !== 0 && entry.method !== 8)
          throw new ZipFormatError(`${entry.name}: compression method ${entry.method} is not stored or deflate`)
        const raw =
          entry.compressedSize === 0
            ? Readable.from([])
            : createReadStream(path, { start, end: start + entry.compressedSize - 1 })
        const checked = checkEntry(entry)
        raw.on('error', (e: Error) => checked.destroy(e))
        if (entry.method === 0) return raw.pipe(checked)
        const inflate = createInflateRaw().on('error', (e: Error) => checked.destroy(e))
        return raw.pipe(inflate).pipe(checked)
      },
      close: () => fh.close(),
    }
  } catch (err) {
    await fh.close()
    throw err
  }
}

/** The central directory of a zip of `size` bytes, read through `at` (zip64 included). */
async function readDirectory(
  at: (offset: number, length: number) => Promise<Buffer>,
  size: number,
): Promise<ZipEntry[]> {
  // The end-of-central-directory record: 22 bytes plus a comment of up to 65535.
  const tailLength = Math.min(size, 22 + 65535)
  const tail = await at(size - tailLength, tailLength)
  let eocd = -1
  for (let i = tail.length - 22; i >= 0; i--) {
    if (tail.readUInt32LE(i) === EOCD && i + 22 + tail.readUInt16LE(i + 20) === tail.length) {
      eocd = i
      break
    }
  }
  if (eocd < 0) throw new ZipFormatError('not a zip file: no end-of-central-directory record')
  let count = tail.readUInt16LE(eocd + 10)
  let dirSize = tail.readUInt32LE(eocd + 12)
  let dirOffset = tail.readUInt32LE(eocd + 16)
  const eocdOffset = size - tailLength + eocd
  if (count === 0xffff || dirSize === 0xffffffff || dirOffset === 0xffffffff) {
    const locator = await at(eocdOffset - 20, 20)
    if (locator.readUInt32LE(0) !== EOCD64_LOCATOR)
      throw new ZipFormatError('zip64 end-of-central-directory locator missing')
    const rec = await at(Number(locator.readBigUInt64LE(8)), 56)
    if (rec.readUInt32LE(0) !== EOCD64) throw new ZipFormatError('zip64 end-of-central-directory record missing')
    count = Number(rec.readBigUInt64LE(32))
    dirSize = Number(rec.readBigUInt64LE(40))
    dirOffset = Number(rec.readBigUInt64LE(48))
  }
  const dir = await at(dirOffset, dirSize)
  const entries: ZipEntry[] = []
  let p = 0
  for (let i = 0; i < count; i++) {
    if (p + 46 > dir.length || dir.readUInt32LE(p) !== CENTRAL)
      throw new ZipFormatError(`central directory entry ${i + 1} of ${count} is malformed`)
    const flags = dir.readUInt16LE(p + 8)
    const nameLength = dir.readUInt16LE(p + 28)
    const extraLength = dir.readUInt16LE(p + 30)
    const commentLength = dir.readUInt16LE(p + 32)
    const name = dir.toString(flags & 0x800 ? 'utf8' : 'latin1', p + 46, p + 46 + nameLength)
    let size32 = dir.readUInt32LE(p + 24)
    let compressed32 = dir.readUInt32LE(p + 20)
    let offset32 = dir.readUInt32LE(p + 42)
    let [entrySize, compressedSize, localHeaderOffset] = [size32, compressed32, offset32]
    // zip64 extended information: only the fields whose 32-bit value is 0xffffffff, in this order.
    const extra = dir.subarray(p + 46 + nameLength, p + 46 + nameLength + extraLength)
    for (let e = 0; e + 4 <= extra.length;) {
      const id = extra.readUInt16LE(e)
      const len = extra.readUInt16LE(e + 2)
      if (id === 0x0001) {
        let q = e + 4
        const next = () => {
          const v = Number(extra.readBigUInt64LE(q))
          q += 8
          return v
        }
        if (size32 === 0xffffffff) entrySize = next()
        if (compressed32 === 0xffffffff) compressedSize = next()
        if (offset32 === 0xffffffff) localHeaderOffset = next()
        size32 = compressed32 = offset32 = 0
      }
      e += 4 + len
    }
    if (flags & 0x1) throw new ZipFormatError(`${name} is encrypted`)
    entries.push({
      name,
      method: dir.readUInt16LE(p + 10),
      crc32: dir.readUInt32LE(p + 16),
      compressedSize,
      size: entrySize,
      localHeaderOffset,
    })
    p += 46 + nameLength + extraLength + commentLength
  }
  return entries
}

/**
 * Every file of a zip held in memory (a site's build, say), each checked against the directory's
 * CRC-32 and size; folders' own entries are left out.
 */
export async function unzipBuffer(zip: Buffer): Promise<Map<string, Buffer>> {
  const at = (offset: number, length: number): Promise<Buffer> => {
    if (offset < 0 || offset + length > zip.length)
      return Promise.reject(new ZipFormatError(`truncated: ${length} bytes at ${offset} are past the end`))
    return Promise.resolve(zip.subarray(offset, offset + length))
  }
  const files = new Map<string, Buffer>()
  for (const entry of await readDirectory(at, zip.length)) {
    if (entry.name.endsWith('/')) continue
    const local = await at(entry.localHeaderOffset, 30)
    if (local.readUInt32LE(0) !== LOCAL)
      throw new ZipFormatError(`${entry.name}: no local header where the directory says`)
    const start = entry.localHeaderOffset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28)
    const raw = await at(start, entry.compressedSize)
    if (entry.method !== 0 && entry.method !== 8)
      throw new ZipFormatError(`${entry.name}: compression method ${entry.method} is not stored or deflate`)
    const data = entry.method === 0 ? Buffer.from(raw) : inflateRawSync(raw)
    if (data.length !== entry.size)
      throw new ZipFormatError(`${entry.name}: ${data.length} bytes, the directory says ${entry.size}`)
    if (crc32(data) >>> 0 !== entry.crc32 >>> 0)
      throw new ZipFormatError(
        `${entry.name}: CRC-32 ${hex8(crc32(data))} does not match the directory's ${hex8(entry.crc32)}`,
      )
    files.set(entry.name, data)
  }
  return files
}

/** Passes an entry's bytes through, failing at the end when their CRC-32 or count differ from the directory's. */
function checkEntry(entry: ZipEntry): Transform {
  let crc = 0
  let bytes = 0
  return new Transform({
    transform(chunk: Buffer, _enc, cb) {
      crc = crc32(chunk, crc)
      bytes += chunk.length
      cb(null, chunk)
    },
    flush(cb) {
      if (bytes !== entry.size)
        return cb(new ZipFormatError(`${entry.name}: ${bytes} bytes, the directory says ${entry.size}`))
      if (crc >>> 0 !== entry.crc32 >>> 0)
        return cb(
          new ZipFormatError(
            `${entry.name}: CRC-32 ${hex8(crc)} does not match the directory's ${hex8(entry.crc32)} (the part is corrupted)`,
          ),
        )
      cb()
    },
  })
}

const hex8 = (n: number) => (n >>> 0).toString(16).padStart(8, '0')

/** A zip file of `parts` (deflated), in memory; no zip64 (under 4 GiB and 65535 parts). */
export function writeZip(parts: Array<{ name: string; data: Buffer }>): Buffer {
  const locals: Buffer[] = []
  const centrals: Buffer[] = []
  let offset = 0
  // 1980-01-01 00:00 in DOS time: packages made here are reproducible.
  const dosDate = (0 << 9) | (1 << 5) | 1
  for (const part of parts) {
    const name = Buffer.from(part.name, 'utf8')
    const data = deflateRawSync(part.data)
    const crc = crc32(part.data)
    const local = Buffer.alloc(30)
    local.writeUInt32LE(LOCAL, 0)
    local.writeUInt16LE(20, 4)
    local.writeUInt16LE(0x800, 6)
    local.writeUInt16LE(8, 8)
    local.writeUInt16LE(0, 10)
    local.writeUInt16LE(dosDate, 12)
    local.writeUInt32LE(crc, 14)
    local.writeUInt32LE(data.length, 18)
    local.writeUInt32LE(part.data.length, 22)
    local.writeUInt16LE(name.length, 26)
    local.writeUInt16LE(0, 28)
    const central = Buffer.alloc(46)
    central.writeUInt32LE(CENTRAL, 0)
    central.writeUInt16LE(20, 4)
    central.writeUInt16LE(20, 6)
    central.writeUInt16LE(0x800, 8)
    central.writeUInt16LE(8, 10)
    central.writeUInt16LE(0, 12)
    central.writeUInt16LE(dosDate, 14)
    central.writeUInt32LE(crc, 16)
    central.writeUInt32LE(data.length, 20)
    central.writeUInt32LE(part.data.length, 24)
    central.writeUInt16LE(name.length, 28)
    central.writeUInt32LE(offset, 42)
    locals.push(local, name, data)
    centrals.push(central, name)
    offset += local.length + name.length + data.length
  }
  const dir = Buffer.concat(centrals)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(EOCD, 0)
  end.writeUInt16LE(parts.length, 8)
  end.writeUInt16LE(parts.length, 10)
  end.writeUInt32LE(dir.length, 12)
  end.writeUInt32LE(offset, 16)
  return Buffer.concat([...locals, dir, end])
}
