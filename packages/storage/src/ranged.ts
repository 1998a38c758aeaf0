import { Readable } from 'node:stream'

/** How a large object is read: in ranges of `rangeSize` bytes, `concurrency` of them at once. */
export interface RangedReadOptions {
  rangeSize: number
  concurrency: number
  /** Tries per range: a range whose answer breaks off is asked for again, alone. */
  attempts: number
  signal?: AbortSignal
}

/** Bytes start..end (inclusive) of the object the first range came from; ObjectChanged if it is gone. */
export type RangeFetch = (start: number, end: number, signal: AbortSignal) => Promise<Readable>

/** A store's choice of ranges, in its options. */
export interface RangeOptions {
  /** Objects larger than this are read in ranges of it (default 8 MiB), rangeConcurrency at once (4). */
  rangeSizeBytes?: number
  rangeConcurrency?: number
}

/** How a store reads its objects: its RangeOptions with the defaults, three tries per range. */
export function rangeReading(opts: RangeOptions): RangedReadOptions {
  return { rangeSize: opts.rangeSizeBytes ?? 8 * 1024 * 1024, concurrency: opts.rangeConcurrency ?? 4, attempts: 3 }
}

/**
 * The object was replaced or deleted between two ranges of one read (the ETag of the first answer
 * no longer matches: 412, or 404): its ranges would mix two objects, so the read fails.
 */
export class ObjectChanged extends Error {
  constructor(uri: string) {
    super(`${uri} changed while it was being read (its ETag no longer matches the first range's)`)
    this.name = 'ObjectChanged'
  }
}

/**
 * An object larger than one range, read as byte ranges asked for a few at a time and handed on in
 * order. One connection to S3 or Azure Blob carries a fraction of what several do (AWS's S3
 * performance guidelines: byte-range fetches in parallel), and a range whose answer breaks off is
 * asked for again on its own instead of failing the whole read. `first` is the answer to the first
 * range, which told the object's `size`; `fetch` asks for the others conditionally on its ETag.
 * Memory: at most `concurrency` ranges in flight plus the one being consumed, whatever the size.
 */
export function rangedRead(first: { body: Readable; size: number }, fetch: RangeFetch, o: RangedReadOptions): Readable {
  const controller = new AbortController()
  const stop = () => controller.abort(o.signal?.reason ?? new Error('the read was abandoned'))
  o.signal?.addEventListener('abort', stop, { once: true })
  const count = Math.ceil(first.size / o.rangeSize)
  let firstBody: Readable | undefined = first.body

  const range = async (index: number): Promise<Buffer[]> => {
    const start = index * o.rangeSize
    const end = Math.min(start + o.rangeSize, first.size) - 1
    for (let attempt = 1; ; attempt++) {
      try {
        const body = index === 0 && firstBody ? firstBody : await fetch(start, end, controller.signal)
        if (index === 0) firstBody = undefined
        return await collect(body, end - start + 1, controller.signal)
      } catch (err) {
        if (err instanceof ObjectChanged || controller.signal.aborted || attempt >= o.attempts) throw err
        await new Promise((r) => setTimeout(r, 200 * attempt))
      }
    }
  }

  const pending: Promise<Buffer[]>[] = []
  let next = 0
  const more = () => {
    while (next < count && pending.length < o.concurrency) {
      const p = range(next++)
      p.catch(() => {}) // taken in order below; an earlier failure ends the read before it
      pending.push(p)
    }
  }
  let pulling = false
  // Hands on the ranges in order while the consumer wants more; each one taken makes room for the next.
  const pull = async () => {
    if (pulling) return
    pulling = true
    try {
      for (let wanted = true; wanted;) {
        const p = pending.shift()
        if (!p) return void stream.push(null)
        const chunks = await p
        if (stream.destroyed) return
        more()
        for (const chunk of chunks) wanted = stream.push(chunk)
      }
    } catch (err) {
      stream.destroy(err instanceof Error ? err : new Error(String(err)))
    } finally {
      pulling = false
    }
  }
  // Not Readable.from(generator): destroying that waits for the generator's pending await, so a
  // consumer going away while a range hangs would neither stop it nor see its stream close.
  const stream = new Readable({
    read: () => void pull(),
    destroy: (err, cb) => {
      stop()
      firstBody?.destroy()
      o.signal?.removeEventListener('abort', stop)
      cb(err)
    },
  })
  more()
  return stream
}

/** The whole answer to one range, which must be exactly `length` bytes, as it came (no copy). */
async function collect(body: Readable, length: number, signal: AbortSignal): Promise<Buffer[]> {
  const chunks: Buffer[] = []
  let at = 0
  const onAbort = () => body.destroy(signal.reason instanceof Error ? signal.reason : new Error('aborted'))
  if (signal.aborted) onAbort()
  else signal.addEventListener('abort', onAbort, { once: true })
  try {
    for await (const chunk of body as AsyncIterable<Buffer>) {
      at += chunk.length
      if (at > length) throw new Error(`the range answered more than the ${length} bytes asked for`)
      chunks.push(chunk)
    }
  } finally {
    signal.removeEventListener('abort', onAbort)
    body.destroy()
  }
  if (at !== length) throw new Error(`the range ended after ${at} of its ${length} bytes`)
  return chunks
}

/** One GET of the whole object, or of bytes start..end of it only if its ETag is still `etag`. */
export type ObjectRequest = (
  range: { start: number; end: number; etag?: string } | undefined,
  signal: AbortSignal | undefined,
) => Promise<{ body: Readable; contentRange?: string; etag?: string }>

/**
 * An object read through `request`, whatever the store: the first range's answer tells the size
 * (Content-Range), and an object that fits in it is that answer alone; a larger one is read by
 * rangedRead, each later range conditional on the first answer's ETag. `status` tells a failed
 * request's HTTP status: 416 for the first range is an empty object (S3 and Azure answer a range of
 * one so), read whole; 412 or 404 for a later range is ObjectChanged. Other failures, a 404 for the
 * first range among them, are the store's to explain.
 */
export async function readObject(
  uri: string,
  request: ObjectRequest,
  status: (err: unknown) => number | undefined,
  o: RangedReadOptions,
): Promise<Readable> {
  let first
  try {
    first = await request({ start: 0, end: o.rangeSize - 1 }, o.signal)
  } catch (err) {
    if (status(err) !== 416) throw err
    return (await request(undefined, o.signal)).body
  }
  // A service that ignores Range answers 200 with the whole object and no Content-Range.
  const size = sizeFromContentRange(first.contentRange)
  if (size === undefined || size <= o.rangeSize) return first.body
  const etag = first.etag
  return rangedRead(
    { body: first.body, size },
    async (start, end, signal) => {
      try {
        return (await request({ start, end, etag }, signal)).body
      } catch (err) {
        const code = status(err)
        if (code === 412 || code === 404) throw new ObjectChanged(uri)
        throw err
      }
    },
    o,
  )
}

/** The object's size from a Content-Range answer ("bytes 0-8388607/123456789"); undefined without one. */
function sizeFromContentRange(contentRange: string | undefined): number | undefined {
  const total = /\/(\d+)$/.exec(contentRange ?? '')?.[1]
  return total === undefined ? undefined : Number(total)
}
