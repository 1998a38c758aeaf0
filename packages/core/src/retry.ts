import { sleep } from './sleep.ts'

export interface RetryDecision {
  retry: boolean
  /** The server's Retry-After, in ms, when it gave one. */
  retryAfterMs?: number
}

export interface RetryOptions {
  /** Total attempts, the first included. */
  attempts: number
  baseDelayMs: number
  maxDelayMs: number
  /** Epoch ms after which no new attempt starts; a Retry-After past it fails at once. */
  deadline?: number
  signal?: AbortSignal
  /** Decides from the error whether another attempt may help. */
  classify: (err: unknown) => RetryDecision
  onRetry?: (info: { attempt: number; delayMs: number; error: unknown }) => void
  /** Injected for tests; defaults to Math.random. */
  random?: () => number
}

/** Full-jitter exponential backoff: a random wait in [0, min(max, base·2^n)]. */
export function backoffDelay(attempt: number, base: number, max: number, random = Math.random): number {
  return Math.floor(random() * Math.min(max, base * 2 ** attempt))
}

/**
 * Parses a Retry-After header (delta-seconds or an HTTP date) into ms from `now`;
 * undefined when absent or unreadable.
 */
export function parseRetryAfter(header: string | null | undefined, now = Date.now()): number | undefined {
  if (!header) return undefined
  const t = header.trim()
  if (/^\d+$/.test(t)) return Number(t) * 1000
  const at = Date.parse(t)
  return Number.isNaN(at) ? undefined : Math.max(0, at - now)
}

/**
 * Runs `fn` until it succeeds, the error is not retryable, the attempts are spent or the deadline
 * would pass. Waits honour Retry-After (never shorter than the server asked), are bounded by the
 * deadline and end at once when `signal` aborts. The last error is rethrown.
 */
export async function retry<T>(fn: (attempt: number) => Promise<T>, opts: RetryOptions): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    opts.signal?.throwIfAborted()
    try {
      return await fn(attempt)
    } catch (err) {
      if (opts.signal?.aborted) throw err
      const decision = opts.classify(err)
      if (!decision.retry || attempt + 1 >= opts.attempts) throw err
      const jitter = backoffDelay(attempt, opts.baseDelayMs, opts.maxDelayMs, opts.random)
      const delayMs = Math.max(jitter, decision.retryAfterMs ?? 0)
      if (opts.deadline !== undefined && Date.now() + delayMs >= opts.deadline) throw err
      opts.onRetry?.({ attempt: attempt + 1, delayMs, error: err })
      await sleep(delayMs, opts.signal)
    }
  }
}
