import { FormatError, formatDuration, parseDuration } from '@deploy-actions/core'
import type { LatencyStats } from './stats.ts'

/**
 * Thresholds in k6's spirit, written as `p95<500ms`, `p99<=1s`, `avg<200ms`, `max<2s` or
 * `error-rate<1%`. Percentile thresholds are judged only from enough samples (see `isPercentile`).
 */
export type ThresholdStat = 'p50' | 'p90' | 'p95' | 'p99' | 'avg' | 'min' | 'max' | 'error-rate'

export interface Threshold {
  readonly text: string
  readonly stat: ThresholdStat
  readonly inclusive: boolean
  /** Milliseconds, or a fraction (0..1) for error-rate. */
  readonly limit: number
}

export const THRESHOLD_FORM = 'a threshold such as p95<500ms, p99<=1s, avg<200ms, max<2s or error-rate<1%'

export function parseThreshold(text: string): Threshold {
  const m = /^\s*(p50|p90|p95|p99|avg|min|max|error-rate)\s*(<=?)\s*(\S+)\s*$/.exec(text)
  if (!m) throw new FormatError()
  const [, stat, op, value] = m as unknown as [string, ThresholdStat, string, string]
  let limit: number | undefined
  if (stat === 'error-rate') {
    const pct = /^(\d+(?:\.\d+)?)%$/.exec(value)
    limit = pct ? Number(pct[1]) / 100 : undefined
    if (limit === undefined || limit > 1) throw new FormatError('error-rate takes a percentage such as 1%')
  } else {
    limit = parseDuration(value)
    if (limit === undefined) throw new FormatError(`${JSON.stringify(value)} is not a duration such as 500ms or 1s`)
  }
  return { text: `${stat}${op}${value}`, stat, inclusive: op === '<=', limit }
}

/** Whether `value` (ms, or a fraction for error-rate) keeps within `t`: below it, or at it for `<=`. */
export function within(t: Threshold, value: number): boolean {
  return t.inclusive ? value <= t.limit : value < t.limit
}

/** An error rate (a fraction) as the log shows it: "1.5%". */
export function formatRate(fraction: number): string {
  return `${(fraction * 100).toFixed(1)}%`
}

export function isPercentile(t: Threshold): boolean {
  return /^p\d+$/.test(t.stat)
}

export interface ThresholdVerdict {
  threshold: string
  actual: string
  passed: boolean
}

export function judgeThreshold(t: Threshold, latency: LatencyStats | undefined, errorRate: number): ThresholdVerdict {
  const actual = t.stat === 'error-rate' ? errorRate : latency?.[t.stat]
  if (actual === undefined || Number.isNaN(actual)) return { threshold: t.text, actual: 'no samples', passed: false }
  const shown = t.stat === 'error-rate' ? formatRate(actual) : formatDuration(actual)
  return { threshold: t.text, actual: shown, passed: within(t, actual) }
}
