import { backoffDelay, parseRetryAfter, pool, sleep } from '@deploy-actions/core'
import type { Check } from './checks.ts'
import { judge, type Judgement } from './expectations.ts'
import { probe, type ProbeResponse } from './http.ts'
import { latencyStats, type LatencyStats } from './stats.ts'
import { judgeThreshold, type ThresholdVerdict } from './thresholds.ts'

/** What one check did and found; this is the report's row, safe to print (no secrets). */
export interface CheckResult {
  name: string
  url: string
  method: string
  critical: boolean
  passed: boolean
  /** Set when the check was not run (e.g. a version gate failed first). */
  skipped?: boolean
  /** Requests until the check first passed (or gave up), warm-up excluded. */
  attempts: number
  warmup: number
  /** Responses by status code, and network errors as "error", over attempts and samples. */
  statuses: Record<string, number>
  samples: number
  failedSamples: number
  latency?: LatencyStats
  thresholds: ThresholdVerdict[]
  version?: { expected: string; served?: string }
  durationMs: number
  reason?: string
}

export interface RunOptions {
  concurrency: number
  /** Aborts everything still running (the overall deadline, a cancel). */
  signal?: AbortSignal
  onResult?: (r: CheckResult) => void
  /** Called before each retry, for the log. */
  onRetry?: (check: Check, attempt: number, delayMs: number, why: string) => void
}

const BASE_DELAY_MS = 250
const MAX_DELAY_MS = 5000

/**
 * Runs checks with at most `concurrency` at once. Checks with a version gate run first: until the
 * new version answers, every other check would only judge the old one, so when a critical gate
 * fails the rest are skipped, not run against the wrong build.
 */
export async function runChecks(checks: readonly Check[], opts: RunOptions): Promise<CheckResult[]> {
  const gates = checks.filter((c) => c.version)
  const rest = checks.filter((c) => !c.version)
  const results = new Map<Check, CheckResult>()
  const record = (c: Check, r: CheckResult) => {
    results.set(c, r)
    opts.onResult?.(r)
  }
  await pool(gates, opts.concurrency, async (c) => record(c, await runCheck(c, opts)))
  const failedGate = gates.find((c) => c.critical && !results.get(c)?.passed)
  if (failedGate) {
    for (const c of rest) record(c, skipped(c, `not run: version gate "${failedGate.name}" failed`))
  } else {
    await pool(rest, opts.concurrency, async (c) => record(c, await runCheck(c, opts)))
  }
  return checks.map((c) => results.get(c) as CheckResult)
}

function skipped(c: Check, reason: string): CheckResult {
  return {
    name: c.name,
    url: c.displayUrl,
    method: c.method,
    critical: c.critical,
    passed: false,
    skipped: true,
    attempts: 0,
    warmup: 0,
    statuses: {},
    samples: 0,
    failedSamples: 0,
    thresholds: [],
    durationMs: 0,
    reason,
  }
}

/**
 * One check: warm-up requests (not judged), then attempts until one passes or the check's own
 * deadline passes (retrying what may still turn good: errors, 5xx, 429, a version not yet live),
 * then the remaining samples, judged one by one and against the thresholds.
 */
export async function runCheck(c: Check, opts: Pick<RunOptions, 'signal' | 'onRetry'> = {}): Promise<CheckResult> {
  const started = performance.now()
  const deadline = Date.now() + c.checkTimeoutMs
  const statuses: Record<string, number> = {}
  const send = async (): Promise<ProbeResponse> => {
    const res = await probe({
      url: c.url,
      method: c.method,
      headers: c.headers,
      body: c.body,
      timeoutMs: c.requestTimeoutMs,
      signal: opts.signal,
    })
    const key = res.ok ? String(res.status) : 'error'
    statuses[key] = (statuses[key] ?? 0) + 1
    return res
  }
  const result = (
    verdict: Judgement,
    fields: Omit<Partial<CheckResult>, 'version'> & Pick<CheckResult, 'passed' | 'attempts'>,
  ): CheckResult => ({
    name: c.name,
    url: c.displayUrl,
    method: c.method,
    critical: c.critical,
    warmup: c.warmup,
    statuses,
    samples: 0,
    failedSamples: 0,
    thresholds: [],
    durationMs: Math.round(performance.now() - started),
    ...(c.version ? { version: { expected: c.version.expected, served: verdict.version } } : {}),
    ...fields,
  })

  for (let i = 0; i < c.warmup && !opts.signal?.aborted; i++) await send()

  // Until the check passes once.
  let attempts = 0
  let first: { res: ProbeResponse; verdict: Judgement }
  for (;;) {
    attempts++
    const res = await send()
    const verdict = judge(res, c)
    first = { res, verdict }
    if (verdict.failures.length === 0) break
    const why = verdict.failures.join('; ')
    if (opts.signal?.aborted) {
      return result(verdict, {
        passed: false,
        attempts,
        reason: `stopped by the overall timeout after ${attempts} attempt(s); last: ${why}`,
      })
    }
    if (!verdict.retryable)
      return result(verdict, { passed: false, attempts, reason: `${why} (not retried: a 4xx will not change)` })
    const retryAfter = res.ok ? parseRetryAfter(res.retryAfter) : undefined
    const delayMs = Math.max(backoffDelay(attempts - 1, BASE_DELAY_MS, MAX_DELAY_MS), retryAfter ?? 0)
    if (Date.now() + delayMs >= deadline) {
      const tried =
        c.checkTimeoutMs > 0
          ? ` after ${attempts} attempt(s) in ${Math.round((performance.now() - started) / 1000)}s`
          : ''
      return result(verdict, { passed: false, attempts, reason: `${why}${tried}` })
    }
    opts.onRetry?.(c, attempts, delayMs, why)
    try {
      await sleep(delayMs, opts.signal)
    } catch {
      return result(verdict, {
        passed: false,
        attempts,
        reason: `stopped by the overall timeout after ${attempts} attempt(s); last: ${why}`,
      })
    }
  }

  // The passing attempt is the first sample; take the rest.
  const latencies: number[] = [first.res.latencyMs]
  const sampleFailures: string[] = []
  let samples = 1
  for (; samples < c.samples && !opts.signal?.aborted; samples++) {
    const res = await send()
    if (res.ok) latencies.push(res.latencyMs)
    const v = judge(res, c)
    if (v.failures.length > 0) sampleFailures.push(v.failures.join('; '))
  }
  const errorRate = sampleFailures.length / samples
  const latency = latencyStats(latencies)
  const thresholds = c.thresholds.map((t) => judgeThreshold(t, latency, errorRate))
  const hasRateThreshold = c.thresholds.some((t) => t.stat === 'error-rate')
  const reasons: string[] = []
  if (sampleFailures.length > 0 && !hasRateThreshold) {
    reasons.push(`${sampleFailures.length} of ${samples} samples failed: ${mostCommon(sampleFailures)}`)
  }
  for (const t of thresholds) if (!t.passed) reasons.push(`${t.threshold} not met: ${t.actual}`)
  if (opts.signal?.aborted && samples < c.samples)
    reasons.push(`stopped by the overall timeout after ${samples} of ${c.samples} samples`)
  return result(first.verdict, {
    passed: reasons.length === 0,
    attempts,
    samples,
    failedSamples: sampleFailures.length,
    latency,
    thresholds,
    reason: reasons.length > 0 ? reasons.join('; ') : undefined,
  })
}

function mostCommon(items: readonly string[]): string {
  const counts = new Map<string, number>()
  for (const i of items) counts.set(i, (counts.get(i) ?? 0) + 1)
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? ''
}
