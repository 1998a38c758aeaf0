/** smoke-test against a sequential curl loop, and its cold start against an empty node. */
import { startApp } from '@deploy-actions/harness/emulators/app'
import { runStep, type StepOptions, type StepResult } from '@deploy-actions/harness/runner'
import { defaultText, readActionMetadata } from '@deploy-actions/harness/actions'
import { median, missingCommand, ms, printTable, round, timeProcess, type Section } from './lib.ts'

const CHECK_COUNT = 100
const APP_LATENCY_MS = 100
const SMOKE_RUNS = 3
const SPEEDUP_TARGET = 6
const COLD_START_RUNS = 7

export const sections: Section[] = [
  {
    name: 'smokeTest',
    title: `${CHECK_COUNT} checks: smoke-test vs a sequential curl loop`,
    run: benchSmokeTest,
  },
  {
    name: 'coldStart',
    title: 'Cold start: smoke-test with one check vs node -e 0',
    run: benchColdStart,
  },
]

async function benchSmokeTest(): Promise<Record<string, unknown>> {
  // The runner applies action.yml's default, so not giving the input measures what users get.
  const concurrencyInput = readActionMetadata('smoke-test').inputs?.concurrency
  const concurrency = concurrencyInput && defaultText(concurrencyInput)
  if (concurrency === undefined)
    throw new Error('smoke-test/action.yml gives concurrency no default: the bench measures the default')
  const app = await startApp({ latencyMs: APP_LATENCY_MS })
  try {
    const paths = Array.from({ length: CHECK_COUNT }, (_, i) => `/api/item/${i + 1}`)
    const checks = paths.map((path, i) => ({
      name: `item ${i + 1}`,
      url: path,
      status: 200,
      json: { '$.status': 'healthy' },
    }))
    const urls = paths.map((path) => `${app.url}${path}`)
    const curlMissing = missingCommand('curl') ?? missingCommand('bash')

    const actionMs: number[] = []
    const curlLoopMs: number[] = []
    for (let run = 0; run < SMOKE_RUNS; run++) {
      const before = app.requests.length
      const step = await runPassingStep({ inputs: { checks: JSON.stringify(checks), 'base-url': app.url } })
      expectRequests(app.requests.length - before, 'smoke-test')
      actionMs.push(step.durationMs)

      if (curlMissing) continue
      const loopStart = app.requests.length
      curlLoopMs.push(await curlLoop(urls))
      expectRequests(app.requests.length - loopStart, 'the curl loop')
    }

    const action = median(actionMs)
    const curl = curlMissing ? undefined : median(curlLoopMs)
    const speedup = curl === undefined ? undefined : curl / action
    const met = speedup === undefined ? undefined : speedup >= SPEEDUP_TARGET
    printTable(
      ['', `median of ${SMOKE_RUNS}`, 'runs'],
      [
        [`smoke-test (concurrency ${concurrency}, action.yml default)`, ms(action), actionMs.map(ms).join(', ')],
        [
          'bash + curl, one URL after the other',
          curl === undefined ? `skipped: ${curlMissing}` : ms(curl),
          curlLoopMs.map(ms).join(', '),
        ],
      ],
    )
    console.log(
      `each request takes ${APP_LATENCY_MS} ms on the server; most requests in flight at once: ${app.maxInFlight}`,
    )
    console.log(
      speedup === undefined
        ? `speedup: not measured (${curlMissing})`
        : `speedup: ${speedup.toFixed(2)}× (target ≥ ${SPEEDUP_TARGET}×) — ${met ? 'target met' : 'TARGET MISSED'}`,
    )
    return {
      checks: CHECK_COUNT,
      concurrency: Number(concurrency),
      maxInFlight: app.maxInFlight,
      latencyMs: APP_LATENCY_MS,
      actionMs: round(action),
      curlLoopMs: curl === undefined ? null : round(curl),
      speedup: speedup === undefined ? null : round(speedup, 2),
      target: SPEEDUP_TARGET,
      met: met ?? null,
      ...(curlMissing ? { skipped: curlMissing } : {}),
      runs: { actionMs: actionMs.map((v) => round(v)), curlLoopMs: curlLoopMs.map((v) => round(v)) },
    }
  } finally {
    await app.close()
  }
}

async function benchColdStart(): Promise<Record<string, unknown>> {
  const app = await startApp({ latencyMs: 0 })
  try {
    const checks = JSON.stringify([{ name: 'health', url: `${app.url}/health` }])
    const actionMs: number[] = []
    const nodeMs: number[] = []
    // Round 0 warms the file cache and is not counted.
    for (let run = 0; run <= COLD_START_RUNS; run++) {
      const action = (await runPassingStep({ inputs: { checks } })).durationMs
      const node = await timeProcess(process.execPath, ['-e', '0'], 'node -e 0')
      if (run === 0) continue
      actionMs.push(action)
      nodeMs.push(node)
    }
    const action = median(actionMs)
    const node = median(nodeMs)
    printTable(
      ['', `median of ${COLD_START_RUNS}`, 'runs'],
      [
        ['smoke-test, one check (latency 0)', ms(action), actionMs.map(ms).join(', ')],
        [`node -e 0 (${process.version})`, ms(node), nodeMs.map(ms).join(', ')],
      ],
    )
    console.log(`smoke-test takes ${(action / node).toFixed(2)}× as long as an empty node, ${ms(action - node)} more`)
    return {
      runs: COLD_START_RUNS,
      actionMs: round(action),
      nodeMs: round(node),
      ratio: round(action / node, 2),
      differenceMs: round(action - node),
    }
  } finally {
    await app.close()
  }
}

/** Runs the smoke-test bundle and insists it passed: a failed run measures nothing. */
async function runPassingStep(opts: StepOptions): Promise<StepResult> {
  const step = await runStep('smoke-test', opts)
  if (step.exitCode !== 0 || step.outputs.passed !== 'true') {
    throw new Error(
      `smoke-test did not pass (exit ${step.exitCode ?? step.signal}, passed=${step.outputs.passed}):\n${step.log}\n${step.stderr}`,
    )
  }
  return step
}

function expectRequests(received: number, by: string): void {
  if (received !== CHECK_COUNT) throw new Error(`${by} sent ${received} request(s) for ${CHECK_COUNT} checks`)
}

/** What the seed pipelines do: one shell, one curl per URL, stopping at the first failure. */
function curlLoop(urls: string[]): Promise<number> {
  const script = 'for u in "$@"; do curl -fsS -o /dev/null "$u" || exit 1; done'
  return timeProcess('bash', ['-c', script, 'curl-loop', ...urls], 'the curl loop')
}
