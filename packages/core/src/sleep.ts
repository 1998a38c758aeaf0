import { setTimeout as delay } from 'node:timers/promises'

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
