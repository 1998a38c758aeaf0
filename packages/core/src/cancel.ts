import { log } from './log.ts'

/** GitHub cancels a step with SIGINT, then SIGTERM this long after it… */
export const CANCEL_SIGTERM_AFTER_MS = 7_500
/** …then SIGKILL 2.5 s after that: this long after SIGINT. */
export const CANCEL_WINDOW_MS = 10_000

/**
 * `onCancel` turns the first signal into an abort of `what` (the caller's own flow then puts
 * production back in a safe state), and a watchdog ends the process with `ifStuck` said before
 * SIGKILL would end it silently, leaving the rest to the post step.
 */

export function onCancel(opts: { what: string; ifStuck: string }): AbortController {
  const cancel = new AbortController()
  const handler = (signal: NodeJS.Signals) => {
    if (cancel.signal.aborted) return
    log.warning(`Received ${signal}: cancelling ${opts.what}`)
    cancel.abort(new Error(`received ${signal}`))
    setTimeout(() => {
      log.error(opts.ifStuck)
      process.exit(1)
    }, CANCEL_WINDOW_MS - 1000).unref()
  }
  process.on('SIGINT', handler)
  process.on('SIGTERM', handler)
  return cancel
}
