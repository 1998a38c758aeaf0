import { type InputIssues, pool } from '@deploy-actions/core'
import type { MetricGate } from '@deploy-actions/metrics'
import {
  type Check,
  type CheckDefaults,
  errorRateWorseP,
  formatRate,
  isPercentile,
  judge,
  LATENCY_MARGIN,
  parseChecks,
  probe,
  quantile,
  slowerP,
  type Threshold,
  within,
} from '@deploy-actions/probe'

/**
 * The health gates of a rollout. Every gate round sends the same probes to the canary revision's
 * own URL (so a 0 % stage is judged too), to the stable revision's own URL (the baseline) and,
 * when asked, to the app's main URL; a verdict compares the canary with its thresholds and, where
 * a threshold is broken, with the stable build: the canary fails only when it is worse than
 * stable beyond the configured confidence, so a dependency that slows both builds is not blamed
 * on the canary, and noise at low sample counts is inconclusive, never a pass.
 */

export interface GateConfig {
  /** Checks with paths only: each is sent to every target's own origin. */
  checks: Check[]
  requestsPerRound: number
  minSamples: number
  thresholds: Threshold[]
  baseline: boolean
  /** 1 − confidence: how unlikely by chance a difference must be to fail the canary. */
  alpha: number
  /** The metric gates (metric-gates), judged each round next to the probes. */
  metrics?: MetricGate[]
}

export type Side = 'canary' | 'stable' | 'main'

export type Targets = { canary: URL } & Partial<Record<'stable' | 'main', URL>>

export interface Sample {
  ok: boolean
  /** Set when a response arrived (errors included), for latency. */
  latencyMs?: number
  failure?: string
  /** The version served, when a check's version gate read one that is not the expected one. */
  wrongVersion?: string
}

export type Round = Partial<Record<Side, Sample[]>>

export interface SideFigures {
  samples: number
  errors: number
  errorRate: number
  p95?: number
  p99?: number
  /** The most common failure, for the reason line. */
  failure?: string
}

export interface Verdict {
  outcome: 'pass' | 'fail' | 'inconclusive'
  /** The gate that failed: version, error-rate, p95 …, or the side (main URL). */
  gate?: string
  reasons: string[]
  /** Why a broken threshold did not fail the canary (it is no worse than stable). */
  notes: string[]
  figures: Partial<Record<Side, SideFigures>>
}

const PLACEHOLDER = 'https://revision.invalid'

/** Parses the checks; a check must be a path, since it is sent to each revision's own host. */
export function parseGateChecks(doc: unknown, defaults: Omit<CheckDefaults, 'baseUrl'>, issues: InputIssues): Check[] {
  const checks = parseChecks(doc, 'checks', { ...defaults, baseUrl: new URL(PLACEHOLDER) }, issues)
  for (const c of checks) {
    if (c.url.origin !== PLACEHOLDER) {
      issues.add(
        'checks',
        `must give paths such as /health, sent to each revision's own URL; got the absolute URL ${c.displayUrl}`,
        `check "${c.name}"`,
      )
    }
  }
  return checks
}

/** One gate round: `requestsPerRound` probes per target, cycling through the checks. */
export async function sampleRound(
  targets: Targets,
  cfg: GateConfig,
  timeoutMs: number,
  signal: AbortSignal,
): Promise<Round> {
  const round: Round = {}
  const sides = (Object.keys(targets) as Side[]).filter((s) => targets[s])
  await Promise.all(
    sides.map(async (side) => {
      const base = targets[side] as URL
      const samples: Sample[] = []
      const jobs = Array.from({ length: cfg.requestsPerRound }, (_, i) => cfg.checks[i % cfg.checks.length] as Check)
      await pool(jobs, 4, async (check) => {
        // Only the canary must serve the new version; the stable and the main URL serve the old one.
        const expectations = side === 'canary' ? check : { ...check, version: undefined }
        const url = new URL(check.url.pathname + check.url.search, base)
        const res = await probe({
          url,
          method: check.method,
          headers: check.headers,
          body: check.body,
          timeoutMs,
          signal,
        })
        if (signal.aborted) return
        const judgement = judge(res, expectations)
        // A version read and different; a failed response without one is an error, judged as such.
        const wrongVersion =
          expectations.version && judgement.version !== undefined && judgement.version !== expectations.version.expected
            ? judgement.version
            : undefined
        samples.push({
          ok: judgement.failures.length === 0,
          latencyMs: res.ok ? res.latencyMs : undefined,
          failure: judgement.failures[0],
          wrongVersion,
        })
      })
      round[side] = samples
    }),
  )
  return round
}

/** The samples of `side` over `rounds`. */
export function collect(rounds: readonly Round[], side: Side): Sample[] {
  return rounds.flatMap((r) => r[side] ?? [])
}

/** The newest rounds that together hold at least `minSamples` canary samples (all, if fewer). */
export function recentWindow(rounds: readonly Round[], minSamples: number): Round[] {
  let n = 0
  for (let i = rounds.length - 1; i >= 0; i--) {
    n += rounds[i]?.canary?.length ?? 0
    if (n >= minSamples) return rounds.slice(i)
  }
  return [...rounds]
}

export function figures(samples: readonly Sample[]): SideFigures {
  const errors = samples.filter((s) => !s.ok)
  const latencies = sortedLatencies(samples)
  const counts = new Map<string, number>()
  for (const e of errors) counts.set(e.failure ?? 'failed', (counts.get(e.failure ?? 'failed') ?? 0) + 1)
  const failure = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0]
  return {
    samples: samples.length,
    errors: errors.length,
    errorRate: samples.length === 0 ? 0 : errors.length / samples.length,
    ...(latencies.length > 0 ? { p95: round1(quantile(latencies, 0.95)), p99: round1(quantile(latencies, 0.99)) } : {}),
    ...(failure ? { failure } : {}),
  }
}

/** Judges the canary over `rounds` (a window of a stage, or the whole stage). */
export function judgeRounds(rounds: readonly Round[], cfg: GateConfig): Verdict {
  const canary = collect(rounds, 'canary')
  const stable = collect(rounds, 'stable')
  const main = collect(rounds, 'main')
  const verdict: Verdict = { outcome: 'pass', reasons: [], notes: [], figures: { canary: figures(canary) } }
  if (stable.length > 0) verdict.figures.stable = figures(stable)
  if (main.length > 0) verdict.figures.main = figures(main)
  const c = verdict.figures.canary as SideFigures
  if (canary.length < cfg.minSamples) {
    return {
      ...verdict,
      outcome: 'inconclusive',
      reasons: [`${canary.length} of the ${cfg.minSamples} canary samples a verdict needs`],
    }
  }
  const fail = (gate: string, reason: string) => {
    verdict.gate ??= gate
    verdict.reasons.push(reason)
  }

  const wrong = canary.find((s) => s.wrongVersion !== undefined)
  if (wrong) fail('version', `the canary serves version ${wrong.wrongVersion}, not the expected one`)

  // The baseline counts only with enough samples of its own; otherwise the thresholds alone judge.
  const compare = cfg.baseline && stable.length >= cfg.minSamples
  if (cfg.baseline && !compare)
    verdict.notes.push(`stable had ${stable.length} of ${cfg.minSamples} samples: judged on the thresholds alone`)
  const s = verdict.figures.stable

  const rateLimit = cfg.thresholds.find((t) => t.stat === 'error-rate')
  const rateBroken = rateLimit ? !within(rateLimit, c.errorRate) : false
  if (rateBroken || (!rateLimit && c.errors > 0)) {
    const what =
      `error rate ${formatRate(c.errorRate)} (${c.errors} ` +
      `of ${c.samples}${c.failure ? `, mostly ${c.failure}` : ''})${rateLimit ? ` breaks ${rateLimit.text}` : ''}`
    if (compare && s) {
      const p = errorRateWorseP(c.errors, c.samples, s.errors, s.samples)
      const worse = p < cfg.alpha && (rateLimit !== undefined || c.errorRate - s.errorRate >= 0.01)
      if (worse)
        fail(
          'error-rate',
          `${what}; stable ${formatRate(s.errorRate)} (${s.errors} of ${s.samples}): worse than stable, ${chance(p, cfg.alpha)}`,
        )
      else
        verdict.notes.push(
          `${what}, but stable fails alike (${formatRate(s.errorRate)}, ${s.errors} of ${s.samples}; ${chance(p, cfg.alpha)}): not blamed on the canary`,
        )
    } else if (rateLimit) {
      fail('error-rate', what)
    }
  }

  for (const t of cfg.thresholds) {
    if (t.stat === 'error-rate') continue
    const cv = statOf(canary, t)
    if (cv === undefined || within(t, cv)) continue
    const what = `${t.stat} ${Math.round(cv)}ms breaks ${t.text}`
    if (compare) {
      const sv = statOf(stable, t) ?? 0
      const p = slowerP(latencies(canary), latencies(stable))
      if (p < cfg.alpha && cv > sv * (1 + LATENCY_MARGIN))
        fail(t.stat, `${what}; stable ${t.stat} ${Math.round(sv)}ms: slower than stable, ${chance(p, cfg.alpha)}`)
      else
        verdict.notes.push(
          `${what}, but stable is as slow (${t.stat} ${Math.round(sv)}ms; ${chance(p, cfg.alpha)}): not blamed on the canary`,
        )
    } else {
      fail(t.stat, what)
    }
  }

  // The main URL is what users get: judged on the thresholds (it mixes both builds, so no baseline).
  if (main.length >= cfg.minSamples) {
    const m = verdict.figures.main as SideFigures
    if (rateLimit && !within(rateLimit, m.errorRate)) {
      fail(
        'main-url',
        `the main URL's error rate ${formatRate(m.errorRate)} (${m.errors} of ${m.samples}) breaks ${rateLimit.text}`,
      )
    }
  }
  if (verdict.reasons.length > 0) verdict.outcome = 'fail'
  return verdict
}

function sortedLatencies(samples: readonly Sample[]): number[] {
  return latencies(samples).sort((a, b) => a - b)
}

function latencies(samples: readonly Sample[]): number[] {
  return samples.flatMap((s) => (s.latencyMs === undefined ? [] : [s.latencyMs]))
}

function statOf(samples: readonly Sample[], t: Threshold): number | undefined {
  const l = sortedLatencies(samples)
  if (l.length === 0) return undefined
  if (isPercentile(t)) return quantile(l, Number(t.stat.slice(1)) / 100)
  if (t.stat === 'avg') return l.reduce((a, b) => a + b, 0) / l.length
  if (t.stat === 'min') return l[0]
  return l[l.length - 1]
}

const round1 = (v: number) => Math.round(v * 10) / 10

/** 1 − 0.95 is 0.050000000000000044 in floating point; people read 0.05. */
const significance = (alpha: number) => String(Number(alpha.toPrecision(4)))

/**
 * A test's p-value in words people use: how likely a difference this large is by chance alone,
 * against the bar that `confidence` sets ("unlikely by chance (p = 0.002; the bar is 0.05)").
 */
export function chance(p: number, alpha: number): string {
  const shown = p < 0.001 ? 'p < 0.001' : `p = ${Number(p.toPrecision(2))}`
  return `${p < alpha ? 'unlikely' : 'could well be'} by chance (${shown}; the bar is ${significance(alpha)})`
}
