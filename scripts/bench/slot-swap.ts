/**
 * slot-swap: how long production serves a build that fails its post-swap check, measured against
 * the emulator's own swap latency in the same run. From the first failing answer production gave
 * (the new build breaks as it lands there) to the swap-back completing on the emulator — production
 * serving the old version again — divided by the time the emulator itself takes for a swap: the
 * ratio is the action's overhead (detection rounds, polling, read-back) in units of swaps.
 */
import { addAppService, PRODUCTION } from '@deploy-actions/harness/emulators/app-service'
import { startAzure } from '@deploy-actions/harness/emulators/azure'
import { runStep } from '@deploy-actions/harness/runner'
import { median, ms, printTable, round, type Section } from './lib.ts'

const RUNS = 3
const SWAP_MS = 1000
const INTERVAL = '250ms'
/** Detection takes at most one round interval; the swap-back then a swap plus a poll and a read-back. */
const RATIO_TARGET = 3

export const sections: Section[] = [
  {
    name: 'slotSwapBack',
    title: `slot-swap: failed post-swap check → old build serving again, vs the emulator's swap latency (${SWAP_MS} ms)`,
    run: benchSwapBack,
  },
]

async function benchSwapBack(): Promise<Record<string, unknown>> {
  const azure = await startAzure()
  const site = await addAppService(azure, {
    slots: { [PRODUCTION]: { version: 'v1.4.0' }, staging: { version: 'v1.5.0' } },
  })
  site.swapMs = SWAP_MS
  const rows: string[][] = []
  const restoreMs: number[] = []
  const swapLatencyMs: number[] = []
  const actionMs: number[] = []
  try {
    for (let run = 0; run < RUNS; run++) {
      const broken = site.serving.get('staging')
      if (!broken) throw new Error('no staging slot')
      broken.set({ status: 200 }, '/api/orders')
      let swappedAt = 0
      // The new build fails its orders endpoint from the moment it serves production.
      site.onSwap = (swap) => {
        if (swap.production !== 'v1.5.0') return
        swappedAt = swap.at
        broken.set({ status: 500, body: { error: 'orders table missing' } }, '/api/orders')
      }
      const swapsBefore = site.swaps.length
      const step = await runStep('slot-swap', {
        env: azure.env,
        inputs: {
          ...azure.authInputs,
          'resource-group': site.resourceGroup,
          app: site.name,
          'expected-version': 'v1.5.0',
          checks: '- url: /health\n- url: /api/orders',
          'warmup-count': '1',
          bake: '60s',
          interval: INTERVAL,
          'failure-threshold': '1',
        },
      })
      const back = site.swaps[swapsBefore + 1]
      if (step.exitCode !== 1 || !back || site.version(PRODUCTION) !== 'v1.4.0')
        throw new Error(
          `run ${run + 1}: expected a swap-back (exit ${step.exitCode}): ${step.log.split('\n').slice(-3).join(' ')}`,
        )
      const firstFailure = broken.requests.find((q) => q.path === '/api/orders' && q.at >= swappedAt)
      if (!firstFailure) throw new Error('production never answered the orders check after the swap')
      const restore = back.at - firstFailure.at
      const latency = back.at - back.startedAt
      const timings = JSON.parse(step.outputs.timings ?? '{}') as { failedToRestoredMs?: number }
      restoreMs.push(restore)
      swapLatencyMs.push(latency)
      actionMs.push(timings.failedToRestoredMs ?? NaN)
      rows.push([
        `run ${run + 1}`,
        ms(restore),
        ms(latency),
        round(restore / latency, 2).toFixed(2),
        ms(timings.failedToRestoredMs ?? NaN),
      ])
      site.onSwap = undefined
      // Back to the starting point: production on the old build, the new one in staging.
      broken.set({ status: 200 }, '/api/orders')
    }
  } finally {
    await azure.close()
  }
  const restore = median(restoreMs)
  const latency = median(swapLatencyMs)
  const ratio = restore / latency
  rows.push(['median', ms(restore), ms(latency), round(ratio, 2).toFixed(2), ms(median(actionMs))])
  printTable(
    ['', 'failing answer → old build serving', "emulator's swap latency", 'ratio', 'action: verdict → read back'],
    rows,
  )
  const met = ratio <= RATIO_TARGET
  console.log(
    `target: production back on the old build within ${RATIO_TARGET}× the platform's own swap time of the ` +
      `first failing answer (round interval ${INTERVAL}, failure-threshold 1): ${met ? 'met' : 'NOT met'}`,
  )
  return {
    runs: RUNS,
    failingToRestoredMs: round(restore),
    emulatorSwapMs: round(latency),
    ratio: round(ratio, 2),
    actionVerdictToReadBackMs: round(median(actionMs)),
    target: RATIO_TARGET,
    met,
  }
}
