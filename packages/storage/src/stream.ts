import { createHash } from 'node:crypto'
import { Transform, Writable } from 'node:stream'

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
 * truncated input: EOF of a pipe is not success. `onHold` is called when the input ended and the
 * wait for `done` begins.
 */
export function gate(done: Promise<void>, onHold?: () => void): Transform {
  // Settled early or late, `done` must not become an unhandled rejection.
  done.catch(() => {})
  return new Transform({
    transform(chunk: Buffer, _enc, cb) {
      cb(null, chunk)
    },
    flush(cb) {
      onHold?.()
      done.then(
        () => cb(),
        (err: unknown) => cb(err instanceof Error ? err : new Error(String(err))),
      )
    },
  })
}

/**
 * Calls `onFail` with the index of a branch that errors, or closes before it was ended (its
 * consumer gone: whoever writes to the others would otherwise wait for it for ever), and why. It
 * may be called again for the same branch (an error, then its close): `onFail` ignores what it
 * already handled. The wiring of Tee and of db-backup's dump into its targets.
 */
export function onBranchFailure(branches: readonly Writable[], onFail: (index: number, err: Error) => void): void {
  branches.forEach((branch, index) => {
    branch.on('error', (err: Error) => onFail(index, err))
    branch.on('close', () => {
      if (!branch.writableEnded) onFail(index, new Error(`the stream's branch ${index} closed before its end`))
    })
  })
}

/**
 * A writable that hands every chunk to each of `branches` and takes the next chunk only once all of
 * them accepted it: the slowest branch sets the pace, so memory stays at the branches' own buffers
 * (what `Readable.pipe` to two destinations does, with the failures wired). Its end ends every
 * branch. A branch that errors, or closes before it was ended, destroys the tee and through it every
 * other branch, so no consumer waits for bytes that will not come; `failedBranch` is the index of
 * the branch that failed first (undefined when the tee was destroyed by its writer, or not at all).
 */
export class Tee extends Writable {
  failedBranch: number | undefined
  private readonly branches: readonly Writable[]

  constructor(branches: readonly Writable[]) {
    super()
    this.branches = branches
    onBranchFailure(branches, (index, err) => {
      if (this.destroyed || this.writableFinished) return
      this.failedBranch = index
      this.destroy(err)
    })
  }

  override _write(chunk: Buffer, _enc: BufferEncoding, cb: (err?: Error | null) => void): void {
    let waiting = 1
    const accepted = () => {
      if (--waiting === 0) cb()
    }
    for (const branch of this.branches) {
      if (!branch.write(chunk)) {
        waiting++
        branch.once('drain', accepted)
      }
    }
    accepted()
  }

  override _final(cb: (err?: Error | null) => void): void {
    for (const branch of this.branches) branch.end()
    cb()
  }

  override _destroy(err: Error | null, cb: (err?: Error | null) => void): void {
    // Also called once the tee finished (autoDestroy): the branches then still drain what they hold.
    if (err || !this.writableFinished)
      for (const branch of this.branches)
        if (!branch.destroyed) branch.destroy(err ?? new Error('the stream was destroyed before its end'))
    cb(err)
  }
}
