import { createHash } from 'node:crypto'
import { openZip, ZipFormatError } from '@deploy-actions/storage/zip'

/**
 * The structure of a .bacpac (a DAC package: a zip/OPC file), checked on the bytes read back from
 * storage. Every part is read in full and its CRC-32 and size compared with the zip's central
 * directory (a flipped byte in table data fails here); `Origin.xml` carries SHA-256 checksums of
 * parts (DacFx writes one for /model.xml, the schema), and each listed checksum is compared with the
 * part's bytes. The parts a package cannot do without ([Content_Types].xml, model.xml, Origin.xml)
 * must be there.
 */

export interface BacpacCheck {
  parts: number
  /** Parts under Data/ (table data, BCP). */
  dataParts: number
  /** Uncompressed bytes of all parts. */
  bytes: number
  /** The parts whose SHA-256 Origin.xml lists and that matched, e.g. ['/model.xml']. */
  checksummed: string[]
  /** Whether Origin.xml says the package carries table data (a bacpac; a dacpac does not). */
  containsData: boolean
}

export class BacpacError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'BacpacError'
  }
}

const REQUIRED = ['[Content_Types].xml', 'model.xml', 'Origin.xml']

export async function checkBacpac(file: string): Promise<BacpacCheck> {
  let zip
  try {
    zip = await openZip(file)
  } catch (err) {
    throw new BacpacError(`not a bacpac package: ${(err as Error).message}`)
  }
  try {
    const names = new Set(zip.entries.map((e) => e.name))
    const missing = REQUIRED.filter((n) => !names.has(n))
    if (missing.length > 0) throw new BacpacError(`not a bacpac package: ${missing.join(', ')} missing`)
    const sha = new Map<string, string>()
    let origin = ''
    let bytes = 0
    for (const entry of zip.entries) {
      const hash = createHash('sha256')
      const chunks: Buffer[] = []
      try {
        for await (const chunk of await zip.read(entry)) {
          hash.update(chunk as Buffer)
          bytes += (chunk as Buffer).length
          if (entry.name === 'Origin.xml') chunks.push(chunk as Buffer)
        }
      } catch (err) {
        if (err instanceof ZipFormatError) throw new BacpacError(`part ${err.message}`)
        throw new BacpacError(`part ${entry.name} cannot be read: ${(err as Error).message}`)
      }
      sha.set(`/${entry.name}`, hash.digest('hex'))
      if (entry.name === 'Origin.xml') origin = Buffer.concat(chunks).toString('utf8')
    }
    if (!/<DacOrigin[\s>]/.test(origin)) throw new BacpacError('Origin.xml is not a DacOrigin document')
    const listed = [...origin.matchAll(/<Checksum\s+Uri="([^"]*)"\s*>\s*([0-9A-Fa-f]*)\s*<\/Checksum>/g)]
    if (listed.length === 0) throw new BacpacError('Origin.xml lists no checksums: the package cannot be checked')
    const checksummed: string[] = []
    for (const [, rawUri, expected] of listed) {
      const uri = decodeXml(rawUri as string)
      const got = sha.get(uri)
      if (got === undefined)
        throw new BacpacError(`Origin.xml lists a checksum for ${uri}, which the package does not have`)
      if (got !== (expected as string).toLowerCase())
        throw new BacpacError(
          `${uri} does not match Origin.xml's checksum: SHA-256 ${got}, Origin.xml says ${(expected as string).toLowerCase()} (the part was changed or corrupted)`,
        )
      checksummed.push(uri)
    }
    if (!checksummed.includes('/model.xml'))
      throw new BacpacError("Origin.xml lists no checksum for /model.xml, the package's schema")
    return {
      parts: zip.entries.length,
      dataParts: zip.entries.filter((e) => e.name.startsWith('Data/')).length,
      bytes,
      checksummed,
      containsData: /<ContainsExportedData>\s*true\s*<\/ContainsExportedData>/i.test(origin),
    }
  } finally {
    await zip.close()
  }
}

function decodeXml(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&')
}
