import { log } from './log.ts'
import { ActionFailure, InvalidInputs, describeError } from './errors.ts'

/**
 * The entry point of every action bundle: runs `main` and turns whatever ends it into what the
 * runner shows. Invalid inputs give one error line each; any other error one line, never a stack
 * trace (that goes to the debug log).
 */
export async function runAction(main: () => Promise<void>): Promise<void> {
  try {
    await main()
  } catch (err) {
    reportFailure(err)
  }
}

export function reportFailure(err: unknown): void {
  if (err instanceof InvalidInputs) {
    for (const e of err.errors) log.error(e.message, { title: 'Invalid input' })
    process.exitCode = 1
    return
  }
  if (err instanceof Error && err.stack) log.debug(err.stack)
  log.failed(err instanceof ActionFailure ? err.message : describeError(err))
}
