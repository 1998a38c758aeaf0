import { createHash } from 'node:crypto'
import { Transform } from 'node:stream'

/**
 * A pass-through that counts and hashes (SHA-256) what goes through it. `digest()` is valid once
 * the stream ended.
 */
export class HashingStream extends Transform {
  bytes = 0
  private readonly hash = createHash('sha256')
  private hex: string | undefined

  override _transform(chunk: Buffer, _enc: BufferEncoding, cb: (err?: Error | null, data?: Buffer) => void): void {
    this.hash.update(chunk)
    this.bytes += chunk.length
    cb(null, chunk)
  }

  override _flush(cb: (err?: Error | null) => void): void {
    this.hex = this.hash.digest('hex')
    cb()
  }

  digest(): string {
    if (this.hex === undefined) throw new Error('the stream has not ended: no digest yet')
    return this.hex
  }
}

/**
 * A pass-through that refuses to end until `done` settles: when the producer's output reached EOF,
 * the stream ends only if `done` resolves (e.g. the dump process exited 0, its stderr drained), and
 * errors with `done`'s reason otherwise. An upload reading from it therefore never completes on a
 * truncated input: EOF of a pipe is not success.
 */
export function gate(done: Promise<void>): Transform {
  // Settled early or late, `done` must not become an unhandled rejection.
  done.catch(() => {})
  return new Transform({
    transform(chunk: Buffer, _enc, cb) {
      cb(null, chunk)
    },
    flush(cb) {
      done.then(
        () => cb(),
        (err: unknown) => cb(err instanceof Error ? err : new Error(String(err))),
      )
    },
  })
}
