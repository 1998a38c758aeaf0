import { isMainThread, Worker } from 'node:worker_threads'

/**
 * Like runAction, for an action that streams hundreds of MB through Node (db-backup): the action
 * runs in a worker thread whose young generation is capped at `youngGenerationMb`. Under a
 * streaming allocation rate V8 grows the young generation's semispaces to 16 MB each and lets the
 * chunks' buffers pile up between scavenges, so the process's peak RSS rose with the size of the
 * stream (a 2 GB database: 171 MB, against 125 MB capped). A worker's resourceLimits are the one
 * control over that a bundle has: the runner starts it without node flags.
 *
 * The bundle's own file is the worker's entry (`entry`: its import.meta.url). This module imports
 * nothing else, so the main thread loads no more than it needs to wait; `load` imports the action
 * in the worker only. Resolves in the main thread once the worker ended, its exit code set.
 */
export async function runActionInWorker(
  entry: string,
  load: () => Promise<() => Promise<void>>,
  title: string,
  youngGenerationMb = 2,
): Promise<void> {
  if (!isMainThread) {
    const { runAction } = await import('./action.ts')
    await runAction(async () => (await load())(), title)
    return
  }
  const worker = new Worker(new URL(entry), { resourceLimits: { maxYoungGenerationSizeMb: youngGenerationMb } })
  const failure = await new Promise<Error | undefined>((resolve) => {
    worker.on('error', resolve)
    worker.on('exit', (code) => {
      if (code !== 0) process.exitCode = code
      resolve(undefined)
    })
  })
  // An error the action did not catch (it reports its own), e.g. the worker ran out of memory.
  if (failure) (await import('./action.ts')).reportFailure(failure)
}
