/**
 * Zip archives (PKZIP, stored or deflated entries, no ZIP64): what azure/webapps-deploy's stand-in
 * packs a build folder into and what Kudu's zip deploy on the App Service stand-in unpacks. The
 * reader goes by the central directory, as unzip does, and checks each entry's CRC-32, so a
 * truncated or corrupted package is refused instead of half deployed.
 */
import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib'

export interface ZipEntry {
  /** The entry's path inside the archive, `/`-separated. */
  name: string
  data: Buffer
}

const LOCAL = 0x04034b50
const CENTRAL = 0x02014b50
const END = 0x06054b50

/** One archive holding `entries`, each deflated. */
export function zip(entries: ZipEntry[]): Buffer {
  const locals: Buffer[] = []
  const centrals: Buffer[] = []
  let offset = 0
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8')
    const packed = deflateRawSync(e.data)
    const crc = crc32(e.data)
    const local = Buffer.alloc(30)
    local.writeUInt32LE(LOCAL, 0)
    local.writeUInt16LE(20, 4) // version needed: 2.0 (deflate)
    local.writeUInt16LE(0x0800, 6) // UTF-8 names
    local.writeUInt16LE(8, 8) // deflate
    local.writeUInt32LE(0, 10) // time and date: 1980-00-00
    local.writeUInt32LE(crc, 14)
    local.writeUInt32LE(packed.length, 18)
    local.writeUInt32LE(e.data.length, 22)
    local.writeUInt16LE(name.length, 26)
    locals.push(local, name, packed)
    const central = Buffer.alloc(46)
    central.writeUInt32LE(CENTRAL, 0)
    central.writeUInt16LE(0x031e, 4) // made by: Unix, 3.0
    central.writeUInt16LE(20, 6)
    central.writeUInt16LE(0x0800, 8)
    central.writeUInt16LE(8, 10)
    central.writeUInt32LE(crc, 16)
    central.writeUInt32LE(packed.length, 20)
    central.writeUInt32LE(e.data.length, 24)
    central.writeUInt16LE(name.length, 28)
    central.writeUInt32LE((0o100644 << 16) >>> 0, 38) // external attributes: a regular file, rw-r--r--
    central.writeUInt32LE(offset, 42)
    centrals.push(central, name)
    offset += local.length + name.length + packed.length
  }
  const directory = Buffer.concat(centrals)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(END, 0)
  end.writeUInt16LE(entries.length, 8)
  end.writeUInt16LE(entries.length, 10)
  end.writeUInt32LE(directory.length, 12)
  end.writeUInt32LE(offset, 16)
  return Buffer.concat([...locals, directory, end])
}

/** The archive's files (folders left out); throws, saying what is wrong, for anything that is not a sound zip. */
export function unzip(archive: Buffer): ZipEntry[] {
  let end = -1
  // The end record is in the last 22 bytes plus a comment of at most 65535.
  for (let i = archive.length - 22; i >= Math.max(0, archive.length - 22 - 0xffff); i--) {
    if (archive.readUInt32LE(i) === END) {
      end = i
      break
    }
  }
  if (end < 0) throw new Error('not a zip archive (no end of central directory record)')
  const count = archive.readUInt16LE(end + 10)
  const size = archive.readUInt32LE(end + 12)
  let at = archive.readUInt32LE(end + 16)
  if (at + size > end) throw new Error('the central directory lies outside the archive (truncated?)')
  const entries: ZipEntry[] = []
  for (let n = 0; n < count; n++) {
    if (archive.readUInt32LE(at) !== CENTRAL) throw new Error(`central directory entry ${n + 1} is damaged`)
    const method = archive.readUInt16LE(at + 10)
    const crc = archive.readUInt32LE(at + 16)
    const packedSize = archive.readUInt32LE(at + 20)
    const nameLength = archive.readUInt16LE(at + 28)
    const extra = archive.readUInt16LE(at + 30)
    const comment = archive.readUInt16LE(at + 32)
    const localAt = archive.readUInt32LE(at + 42)
    const name = archive.toString('utf8', at + 46, at + 46 + nameLength)
    at += 46 + nameLength + extra + comment
    if (archive.readUInt32LE(localAt) !== LOCAL) throw new Error(`the local header of ${name} is damaged`)
    const dataAt = localAt + 30 + archive.readUInt16LE(localAt + 26) + archive.readUInt16LE(localAt + 28)
    if (dataAt + packedSize > archive.length) throw new Error(`${name} runs past the end of the archive`)
    const packed = archive.subarray(dataAt, dataAt + packedSize)
    if (name.endsWith('/')) continue
    let data: Buffer
    if (method === 0) data = Buffer.from(packed)
    else if (method === 8) data = inflateRawSync(packed)
    else throw new Error(`${name} uses compression method ${method}, not stored or deflate`)
    if (crc32(data) !== crc) throw new Error(`${name} fails its CRC-32 check`)
    entries.push({ name, data })
  }
  return entries
}
