import { RequestError } from '@octokit/request-error'
import { backoffDelay, sleep } from '@deploy-actions/core'

/** Network failures that happen before a request reaches the server: sending again is safe. */
const NOT_SENT = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'UND_ERR_CONNECT_TIMEOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
])

/**
 * Whether a failed request may have been carried out all the same, its answer lost: a 5xx (a proxy
 * or GitHub failing after it acted), a timeout or a connection that broke after sending. A rate
 * limit (429, 403) or a connection never made means it was not.
 */
export function mayHaveActed(err: unknown): boolean {
  if (err instanceof RequestError) {
    if (err.response) return err.status >= 500
    let cause: unknown = err.cause
    while (cause instanceof Error) {
      const code = (cause as NodeJS.ErrnoException).code
      if (code && NOT_SENT.has(code)) return false
      cause = cause.cause
    }
    return true
  }
  // Anything else is not an answer lost on the way (a cancel, a refusal the action made itself).
  return err instanceof Error && err.name === 'TimeoutError'
}

export interface OnceOptions<T> {
  /** What is created, for messages: "the Deployment". */
  what: string
  /** Sends the POST once (the client does not retry a POST whose outcome is unknown). */
  send: () => Promise<T>
  /** Reads what a lost answer may have created; undefined when it is not there. */
  find: () => Promise<T | undefined>
  attempts?: number
  signal?: AbortSignal
  onRetry?: (message: string) => void
  describe: (err: unknown) => string
}

/**
 * Creates something with a POST at most once: when the answer is lost, it first looks for what the
 * POST may have created and takes that; only when it is not there does it send again. This is what
 * canary-rollout and slot-swap do for ARM writes (read back before writing again).
 */
export async function createOnce<T>(opts: OnceOptions<T>): Promise<T> {
  const attempts = opts.attempts ?? 4
  for (let attempt = 1; ; attempt++) {
    try {
      return await opts.send()
    } catch (err) {
      if (!mayHaveActed(err) || attempt >= attempts || opts.signal?.aborted) throw err
      opts.onRetry?.(`${opts.what}: ${opts.describe(err)}; reading back whether it was created before sending again`)
      const found = await opts.find()
      if (found !== undefined) {
        opts.onRetry?.(`${opts.what} was created all the same (read back): not sending it again`)
        return found
      }
      const delayMs = backoffDelay(attempt, 500, 8000)
      opts.onRetry?.(
        `${opts.what} is not there (read back): sending it again, attempt ${attempt + 1} of ${attempts} in ${delayMs}ms`,
      )
      await sleep(delayMs, opts.signal)
    }
  }
}
