import { log } from './log.ts'
import { ActionFailure, InvalidInputs, describeError } from './errors.ts'
import { appendSummary, plainText, summaryWritten } from './summary.ts'

/**
 * The entry point of every action bundle: runs `main` and turns whatever ends it into what the
 * runner shows. Invalid inputs give one error line each; any other error one line, never a stack
 * trace (that goes to the debug log). A run that ends this way without having written the job
 * summary gets one saying so (`title` is the action's name): a failure at 2 a.m. is read on the
 * run's page first, and a blank there reads as "nothing happened".
 */
export async function runAction(main: () => Promise<void>, title = 'This step'): Promise<void> {
  try {
    await main()
  } catch (err) {
    reportFailure(err, title)
    if (!summaryWritten()) await appendSummary(failureSummary(title, err)).catch(() => undefined)
  }
}

function failureSummary(title: string, err: unknown): string {
  if (err instanceof InvalidInputs)
    return [
      `### ⛔ ${title}: inputs refused, nothing was done`,
      '',
      ...err.errors.map((e) => `- ${plainText(e.message)}`),
      '',
      'Every input is checked before anything is touched; fix these and run again.',
      '',
    ].join('\n')
  const message = err instanceof ActionFailure ? err.message : describeError(err)
  // An explained SDK error says what happened, then " — " what to do (packages/azure/src/explain.ts,
  // packages/storage/src/s3-errors.ts): the reader at 2 a.m. gets the two apart.
  const cut = message.indexOf(' — ')
  const cause = cut > 0 ? message.slice(0, cut) : message
  const next = cut > 0 ? message.slice(cut + 3) : undefined
  return [
    `### ❌ ${title} failed`,
    '',
    plainText(cause),
    '',
    ...(next ? [`**What now:** ${plainText(next)}`, ''] : []),
  ].join('\n')
}

/** The run's one error annotation (its title names the action), or one per invalid input. */
export function reportFailure(err: unknown, title = 'This step'): void {
  if (err instanceof InvalidInputs) {
    for (const e of err.errors) log.error(e.message, { title: 'Invalid input' })
    process.exitCode = 1
    return
  }
  if (err instanceof Error && err.stack) log.debug(err.stack)
  log.failed(err instanceof ActionFailure ? err.message : describeError(err), { title: `${title} failed` })
}
