import { constants, createGunzip, createGzip, createZstdCompress, createZstdDecompress } from 'node:zlib'
import { PassThrough, type Transform } from 'node:stream'

export type Compression = 'zstd' | 'gzip' | 'none'

export const EXTENSION: Record<Compression, string> = { zstd: '.zst', gzip: '.gz', none: '' }

/** Default levels: zstd 3 (its own default), gzip 6 (gzip's). */
export function compressor(kind: Compression, level?: number): Transform {
  if (kind === 'zstd') return createZstdCompress({ params: { [constants.ZSTD_c_compressionLevel]: level ?? 3 } })
  if (kind === 'gzip') return createGzip({ level: Math.min(level ?? 6, 9) })
  return new PassThrough()
}

export function decompressor(kind: Compression): Transform {
  if (kind === 'zstd') return createZstdDecompress()
  if (kind === 'gzip') return createGunzip()
  return new PassThrough()
}
