import { constants, createGunzip, createGzip, createZstdCompress, createZstdDecompress } from 'node:zlib'
import { PassThrough, Transform } from 'node:stream'

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
  return copying()
}

/**
 * Without compression, a copy: the dump's blocks are reused once the write callback ran (proc.ts
 * startDump), which zlib allows, having taken the bytes in by then, and a PassThrough does not: it
 * passes the block itself on.
 */
function copying(): Transform {
  return new Transform({
    transform(chunk: Buffer, _enc, cb) {
      cb(null, Buffer.from(chunk))
    },
  })
}

export function decompressor(kind: Compression): Transform {
  if (kind === 'zstd') return createZstdDecompress({ chunkSize: CHUNK })
  if (kind === 'gzip') return createGunzip({ chunkSize: CHUNK })
  return new PassThrough()
}

/**
 * Output buffers of 256 KiB rather than zlib's 16 KiB: each full output buffer is one more trip to
 * the thread pool, and one more chunk through every stage after it (hashing, the upload's parts,
 * when restoring a write into pg_restore's pipe). Against 64 KiB, a 520 MB dump's backup took 0.1 s
 * less CPU and 0.3 s less time (db-backup/README.md, Measurements).
 */
const CHUNK = 256 * 1024
