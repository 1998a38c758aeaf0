import { setTimeout as delay } from 'node:timers/promises'

/** Waits `ms`, or less when `signal` aborts (then rejects with the signal's reason). */
export async function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  if (ms <= 0) {
    signal?.throwIfAborted()
    return
  }
  await delay(ms, undefined, { signal })
}
