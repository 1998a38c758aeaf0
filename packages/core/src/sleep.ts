import { setTimeout as delay } from 'node:timers/promises'

/**
 * Rejects with `signal`'s reason once it aborts (at once if it has): what a wait races to end early.
 * Never resolves; its rejection is handled, so racing it is optional.
 */
export function whenAborted(signal: AbortSignal): Promise<never> {
  const aborted = new Promise<never>((_, reject) => {
    const fail = () => reject(signal.reason instanceof Error ? signal.reason : new Error('aborted'))
    if (signal.aborted) fail()
    else signal.addEventListener('abort', fail, { once: true })
  })
  aborted.catch(() => {})
  return aborted
}

/** Waits `ms`, or less when `signal` aborts: then rejects with the signal's reason. */
export async function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  signal?.throwIfAborted()
  if (ms <= 0) return
  try {
    await delay(ms, undefined, { signal })
  } catch (err) {
    // timers/promises wraps the reason in a generic AbortError; callers want the reason itself.
    if (signal?.aborted) throw signal.reason
    throw err
  }
}
