import { constants, createGunzip, createGzip, createZstdCompress, createZstdDecompress } from 'node:zlib'
import { PassThrough, type Transform } from 'node:stream'

export type Compression = 'zstd' | 'gzip' | 'none'

export const EXTENSION: Record<Compression, string> = { zstd: '.zst', gzip: '.gz', none: '' }

/**
 * Default levels: zstd 1, gzip 6 (gzip's own). zstd 1 rather than zstd's own 3: the dump is on a
 * deploy's critical path, and on a 2-core runner the pipeline is CPU-bound, where level 3 only
 * matched `pg_dump -Fc` and level 1 ran 1.7× faster (db-backup/README.md, Measurements).
 */
export function compressor(kind: Compression, level?: number): Transform {
  if (kind === 'zstd')
    return createZstdCompress({ chunkSize: CHUNK, params: { [constants.ZSTD_c_compressionLevel]: level ?? 1 } })
  if (kind === 'gzip') return createGzip({ chunkSize: CHUNK, level: Math.min(level ?? 6, 9) })
  return new PassThrough()
}

export function decompressor(kind: Compression): Transform {
  if (kind === 'zstd') return createZstdDecompress({ chunkSize: CHUNK })
  if (kind === 'gzip') return createGunzip({ chunkSize: CHUNK })
  return new PassThrough()
}

/**
 * Output buffers of 64 KiB rather than zlib's 16 KiB: a pipe from pg_dump delivers 64 KiB reads, and
 * each output buffer is one more trip to the thread pool and, when restoring, one more write into
 * pg_restore's pipe.
 */
const CHUNK = 64 * 1024
