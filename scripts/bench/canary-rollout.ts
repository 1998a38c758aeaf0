/**
 * canary-rollout: how fast a fault in the canary becomes 100 % stable, against the detection bound
 * interval × failure-threshold measured in the same run (Flagger's bound; the seed pipeline's bar
 * is 30 s), and how many ARM requests a stage costs.
 */
import { CANARY, STABLE, startCanaryApp, until } from '@deploy-actions/harness/canary-app'
import { startPrometheus } from '@deploy-actions/harness/emulators/prometheus'
import { median, ms, printTable, round, type Section } from './lib.ts'

const RUNS = 3
const SETTINGS = [
  { interval: 1000, threshold: 3 },
  { interval: 2000, threshold: 2 },
]
/** The target: rolled back within the bound plus one second. */
const SLACK_MS = 1000

export const sections: Section[] = [
  {
    name: 'canaryRollback',
    title: 'canary-rollout: fault in the canary → 100 % stable, against interval × failure-threshold',
    run: benchRollback,
  },
  {
    name: 'canaryMetricRollback',
    title:
      'canary-rollout: first failing real request → 100 % stable by the Prometheus gate, against delay + scrape + interval × threshold',
    run: benchMetricRollback,
  },
  {
    name: 'canaryArmCalls',
    title: 'canary-rollout: ARM requests per stage (healthy 3-stage rollout)',
    run: benchArmCalls,
  },
]

async function benchRollback(): Promise<Record<string, unknown>> {
  const rows: string[][] = []
  const results: Array<Record<string, unknown>> = []
  for (const { interval, threshold } of SETTINGS) {
    const bound = interval * threshold
    const latencies: number[] = []
    const afterVerdict: number[] = []
    for (let run = 0; run < RUNS; run++) {
      const s = await startCanaryApp()
      try {
        const canary = await s.app.addRevision('v150')
        const step = s.rollout({
          revision: 'v150',
          stages: '50%:120s, 100%',
          interval: `${interval}ms`,
          'failure-threshold': String(threshold),
          'requests-per-interval': '10',
          'min-samples': '10',
        })
        await until(() => s.app.weights()[CANARY] === 50, 60_000, 'the 50 % stage')
        // Let a few healthy rounds pass, at a point within a round that varies run to run.
        await new Promise((r) => setTimeout(r, 2 * interval + (run * interval) / RUNS))
        const t0 = performance.now()
        canary.app.set({ errorRate: 1 })
        const restored = await until(() => s.app.weights()[STABLE] === 100, bound + 30_000, '100 % stable')
        const result = await step
        if (result.outputs.result !== 'rolled-back')
          throw new Error(`the rollout ended ${result.outputs.result}, not rolled-back:\n${result.log}`)
        latencies.push(restored - t0)
        const failed = (JSON.parse(result.outputs.timeline ?? '[]') as Array<{ rollbackMs?: number }>).find(
          (x) => x.rollbackMs !== undefined,
        )
        if (failed?.rollbackMs !== undefined) afterVerdict.push(failed.rollbackMs)
      } finally {
        await s.close()
      }
    }
    const worst = Math.max(...latencies)
    const met = worst <= bound + SLACK_MS
    rows.push([
      `${interval / 1000}s × ${threshold}`,
      ms(bound),
      ms(median(latencies)),
      ms(worst),
      latencies.map(ms).join(', '),
      ms(median(afterVerdict)),
      met ? 'met' : 'MISSED',
    ])
    results.push({
      intervalMs: interval,
      threshold,
      boundMs: bound,
      medianMs: round(median(latencies)),
      worstMs: round(worst),
      runsMs: latencies.map((v) => round(v)),
      verdictToRestoredMs: round(median(afterVerdict)),
      met,
    })
  }
  printTable(
    ['interval × threshold', 'bound', 'median', 'worst', 'runs', 'verdict → restored', `≤ bound + ${SLACK_MS / 1000}s`],
    rows,
  )
  return { targetSlackMs: SLACK_MS, settings: results, met: results.every((r) => r.met) }
}

async function benchArmCalls(): Promise<Record<string, unknown>> {
  const s = await startCanaryApp()
  try {
    await s.app.addRevision('v150')
    const r = await s.rollout({
      revision: 'v150',
      stages: '10%:3s, 50%:3s, 100%:3s',
      interval: '1s',
      'requests-per-interval': '10',
      'min-samples': '20',
    })
    if (r.exitCode !== 0) throw new Error(`the rollout failed:\n${r.log}`)
    const stages = JSON.parse(r.outputs.timeline ?? '[]') as Array<{
      stage: number
      weight: number
      apiRequests: number
      rounds: number
    }>
    printTable(
      ['stage', 'weight', 'gate rounds', 'ARM requests'],
      stages.map((x) => [String(x.stage), `${x.weight}%`, String(x.rounds), String(x.apiRequests)]),
    )
    const total = s.azure.calls.length
    console.log(
      `whole run, as the emulator counted them: ${total} ARM requests (reads, stage writes and their read-backs, promotion, cleanup; sign-in not counted)`,
    )
    return { perStage: stages.map((x) => ({ weight: x.weight, armRequests: x.apiRequests })), totalArmRequests: total }
  } finally {
    await s.close()
  }
}

/**
 * A canary that fails its users on a path no probe covers, caught only by the Prometheus gate: from
 * the first failing user request (as the canary recorded it) to 100 % stable (as the emulator
 * recorded it), against the bound the gate's figures allow: ingestion delay + one scrape + interval
 * × failure-threshold.
 */
async function benchMetricRollback(): Promise<Record<string, unknown>> {
  const interval = 1000
  const threshold = 3
  const scrapeMs = 1000
  const delayMs = 2000
  const bound = delayMs + scrapeMs + interval * threshold
  const latencies: number[] = []
  for (let run = 0; run < RUNS; run++) {
    const s = await startCanaryApp()
    const canary = await s.app.addRevision('v150')
    s.app.usersPaths = ['/', '/checkout']
    s.app.users(40)
    const prom = await startPrometheus({ targets: [s.app.metrics.target], scrapeIntervalMs: scrapeMs })
    try {
      await prom.scraped(3)
      const step = s.rollout({
        revision: 'v150',
        stages: '50%:120s, 100%',
        interval: `${interval}ms`,
        'failure-threshold': String(threshold),
        'requests-per-interval': '10',
        'min-samples': '10',
        checks: '- url: /health',
        'metric-gates': `- name: users\n  source: prometheus\n  url: ${prom.url}\n  scrape-interval: 1s\n  ingestion-delay: ${delayMs}ms\n  min-requests: 20\n`,
      })
      await until(() => s.app.weights()[CANARY] === 50, 60_000, 'the 50 % stage')
      // Healthy figures first (the window is the stage so far), at a point within a round that varies.
      await new Promise((r) => setTimeout(r, delayMs + 3 * interval + (run * interval) / RUNS))
      canary.app.set({ status: 500 }, '/checkout')
      await until(() => s.app.weights()[STABLE] === 100, bound + 60_000, '100 % stable')
      const restoredAt = s.app.history.at(-1)?.at ?? Date.now()
      const result = await step
      if (result.outputs.result !== 'rolled-back')
        throw new Error(`the rollout ended ${result.outputs.result}, not rolled-back:\n${result.log}`)
      const firstFailure = canary.app.requests.find((q) => q.path === '/checkout' && q.status === 500)?.at
      if (firstFailure === undefined) throw new Error('no failing user request was recorded')
      latencies.push(restoredAt - firstFailure)
    } finally {
      await prom.stop()
      await s.close()
    }
  }
  const worst = Math.max(...latencies)
  printTable(
    ['delay + scrape + interval × threshold', 'bound', 'median', 'worst', 'runs', 'median ÷ bound'],
    [
      [
        `${delayMs / 1000}s + ${scrapeMs / 1000}s + ${interval / 1000}s × ${threshold}`,
        ms(bound),
        ms(median(latencies)),
        ms(worst),
        latencies.map(ms).join(', '),
        (median(latencies) / bound).toFixed(2),
      ],
    ],
  )
  return {
    boundMs: bound,
    medianMs: round(median(latencies)),
    worstMs: round(worst),
    runsMs: latencies.map((v) => round(v)),
    ratio: round(median(latencies) / bound, 2),
    met: worst <= bound + SLACK_MS,
  }
}
