import { constants, createGunzip, createGzip, createZstdCompress, createZstdDecompress } from 'node:zlib'
import { createReadStream } from 'node:fs'
import { basename } from 'node:path'
import { PassThrough, Readable, Transform } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { findTool, type Upstream } from './proc.ts'

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

function decompressor(kind: Compression): Transform {
  if (kind === 'zstd') return createZstdDecompress({ chunkSize: CHUNK })
  if (kind === 'gzip') return createGunzip({ chunkSize: CHUNK })
  return new PassThrough()
}

/** The commands that decompress to stdout, and how: quiet, from stdin or the file named last. */
const TOOLS: Partial<Record<Compression, { names: string[]; args: string[] }>> = {
  zstd: { names: ['zstd'], args: ['-d', '-c', '-q'] },
  gzip: { names: ['gzip'], args: ['-d', '-c'] },
}

/**
 * What a restore tool reads: `source` (the stored bytes as a stream, or a file of them)
 * decompressed. By the `zstd` or `gzip` command when it is on PATH, whose stdout is the restore
 * tool's stdin: the decompressed bytes, 4–5× the stored ones, then never pass through Node. In
 * Node, each of them is a buffer for the garbage collector, and the restore verification beside
 * the upload cost 0.9 s more CPU on a 520 MB dump (db-backup/README.md, Measurements). In-process
 * (zlib) otherwise, as on a runner without those commands.
 */
export function decompressed(kind: Compression, source: Readable | { file: string }): Readable | Upstream {
  const tool = TOOLS[kind]
  const command = tool && findTool(tool.names)
  if (tool && command)
    return source instanceof Readable
      ? { command, args: tool.args, input: source }
      : { command, args: [...tool.args, '--', source.file] }
  const input = source instanceof Readable ? source : createReadStream(source.file)
  if (kind === 'none') return input
  const decompress = decompressor(kind)
  pipeline(input, decompress).catch(() => {}) // a failure destroys decompress, failing the restore
  return decompress
}

/** For the log: " (decompressed by zstd)", " (decompressed in-process)", or nothing. */
export function decompressedBy(kind: Compression, input: Readable | Upstream): string {
  if (kind === 'none') return ''
  return input instanceof Readable ? ' (decompressed in-process)' : ` (decompressed by ${basename(input.command)})`
}

/**
 * Output buffers of 256 KiB rather than zlib's 16 KiB: each full output buffer is one more trip to
 * the thread pool, and one more chunk through every stage after it (hashing, the upload's parts,
 * when restoring a write into pg_restore's pipe). Against 64 KiB, a 520 MB dump's backup took 0.1 s
 * less CPU and 0.3 s less time (db-backup/README.md, Measurements).
 */
const CHUNK = 256 * 1024
