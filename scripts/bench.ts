/**
 * Benchmarks that compare the actions with baselines measured in the same run, so the figures are
 * ratios that hold on any machine, never absolute timings.
 *
 *   node scripts/bench.ts        (npm run bench)
 *
 * Each section prints a table; the last line of output is one JSON object with a key per section.
 * A missed target is reported, not failed: the exit code is 1 only when a measurement could not be
 * made (a step failed, a check did not pass, a bundle is missing).
 */
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { startApp } from '../action-tests/emulators/app.ts'
import { runStep, type StepOptions, type StepResult } from '../action-tests/runner.ts'
import { quantile } from '@deploy-actions/probe'
import { ensureDist, entries } from './build.ts'
import { defaultText, readActionMetadata, root } from './lib/actions.ts'

interface Section {
  /** The section's key in the JSON line. */
  name: string
  title: string
  /** Measures, prints its table and returns its figures. */
  run(): Promise<Record<string, unknown>>
}

const CHECK_COUNT = 100
const APP_LATENCY_MS = 100
const SMOKE_RUNS = 3
const SPEEDUP_TARGET = 6
const COLD_START_RUNS = 7

const sections: Section[] = [
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
  {
    name: 'bundles',
    title: 'Bundle sizes (dist/)',
    run: benchBundles,
  },
]

async function benchSmokeTest(): Promise<Record<string, unknown>> {
  // The runner applies action.yml's default, so not giving the input measures what users get.
  const concurrencyInput = readActionMetadata('smoke-test').inputs?.concurrency
  const concurrency = concurrencyInput && defaultText(concurrencyInput)
  if (concurrency === undefined) throw new Error('smoke-test/action.yml gives concurrency no default: the bench measures the default')
  const app = await startApp({ latencyMs: APP_LATENCY_MS })
  try {
    const paths = Array.from({ length: CHECK_COUNT }, (_, i) => `/api/item/${i + 1}`)
    const checks = paths.map((path, i) => ({ name: `item ${i + 1}`, url: path, status: 200, json: { '$.status': 'healthy' } }))
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
        ['bash + curl, one URL after the other', curl === undefined ? `skipped: ${curlMissing}` : ms(curl), curlLoopMs.map(ms).join(', ')],
      ],
    )
    console.log(`each request takes ${APP_LATENCY_MS} ms on the server; most requests in flight at once: ${app.maxInFlight}`)
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
    for (let run = 0; run < COLD_START_RUNS; run++) {
      actionMs.push((await runPassingStep({ inputs: { checks } })).durationMs)
      nodeMs.push(await timeProcess(process.execPath, ['-e', '0'], 'node -e 0'))
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

function benchBundles(): Promise<Record<string, unknown>> {
  const dist = join(root, 'dist')
  const bundles = entries()
    .map((entry) => join(entry.out, 'index.js'))
    .filter((bundle) => existsSync(join(dist, bundle)))
    .map((bundle) => {
      const code = readFileSync(join(dist, bundle))
      return { bundle, bytes: code.length, gzipBytes: gzipSync(code).length }
    })
  if (bundles.length === 0) throw new Error('dist/ holds no bundle: run npm run build')
  const totalBytes = bundles.reduce((sum, b) => sum + b.bytes, 0)
  const totalGzipBytes = bundles.reduce((sum, b) => sum + b.gzipBytes, 0)
  printTable(
    ['bundle', 'bytes', 'MB', 'gzip bytes', 'gzip MB'],
    [
      ...bundles.map((b) => [`dist/${b.bundle}`, String(b.bytes), mb(b.bytes), String(b.gzipBytes), mb(b.gzipBytes)]),
      ['total', String(totalBytes), mb(totalBytes), String(totalGzipBytes), mb(totalGzipBytes)],
    ],
  )
  return Promise.resolve({ bundles, totalBytes, totalGzipBytes })
}

/** Runs the smoke-test bundle and insists it passed: a failed run measures nothing. */
async function runPassingStep(opts: StepOptions): Promise<StepResult> {
  const step = await runStep('smoke-test', opts)
  if (step.exitCode !== 0 || step.outputs.passed !== 'true') {
    throw new Error(`smoke-test did not pass (exit ${step.exitCode ?? step.signal}, passed=${step.outputs.passed}):\n${step.log}\n${step.stderr}`)
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

/** Wall time from spawn to exit, as runStep measures a step; a non-zero exit is an error. */
async function timeProcess(command: string, args: string[], label: string): Promise<number> {
  const started = performance.now()
  const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'] })
  let stderr = ''
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d))
  const code = await new Promise<number | null>((done, fail) => {
    child.on('error', fail)
    child.on('close', done)
  })
  const elapsed = performance.now() - started
  if (code !== 0) throw new Error(`${label} exited with ${code}: ${stderr.trim()}`)
  return elapsed
}

/** Why `command` cannot be run, or undefined when it can. */
function missingCommand(command: string): string | undefined {
  const probe = spawnSync(command, ['--version'], { stdio: 'ignore' })
  if (!probe.error) return undefined
  return (probe.error as NodeJS.ErrnoException).code === 'ENOENT' ? `${command} not found on PATH` : `${command} cannot be run: ${probe.error.message}`
}

const median = (values: number[]) => quantile([...values].sort((a, b) => a - b), 0.5)

function round(value: number, decimals = 1): number {
  const factor = 10 ** decimals
  return Math.round(value * factor) / factor
}

const ms = (value: number) => `${value.toFixed(1)} ms`
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(2)

function printTable(header: string[], rows: string[][]): void {
  const widths = header.map((h, col) => Math.max(h.length, ...rows.map((r) => (r[col] ?? '').length)))
  const line = (cells: string[]) => cells.map((c, col) => (col === 0 ? c.padEnd(widths[col] as number) : c.padStart(widths[col] as number))).join('  ')
  console.log(line(header).trimEnd())
  console.log(widths.map((w) => '-'.repeat(w)).join('  '))
  for (const row of rows) console.log(line(row).trimEnd())
}

const figures: Record<string, unknown> = { bench: 'deploy-actions' }
let failed = false
await ensureDist()
for (const section of sections) {
  console.log(`\n== ${section.title}`)
  try {
    figures[section.name] = await section.run()
  } catch (err) {
    // The other sections still run: one failed measurement should not hide the rest.
    const message = err instanceof Error ? err.message : String(err)
    console.error(`could not measure: ${message}`)
    figures[section.name] = { error: message.split('\n')[0] }
    failed = true
  }
}
console.log(JSON.stringify(figures))
if (failed) process.exitCode = 1
