/** Latency statistics of a set of samples, in milliseconds. */
export interface LatencyStats {
  n: number
  min: number
  p50: number
  p90: number
  p95: number
  p99: number
  max: number
  avg: number
}

/**
 * The p-quantile by linear interpolation between order statistics (R-7: numpy's default and
 * k6's), so figures match what k6 users expect. `sorted` must be ascending and non-empty.
 */
export function quantile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN
  const i = p * (sorted.length - 1)
  const lo = Math.floor(i)
  const hi = Math.ceil(i)
  const a = sorted[lo] as number
  const b = sorted[hi] as number
  return a + (b - a) * (i - lo)
}

export function latencyStats(samples: readonly number[]): LatencyStats | undefined {
  if (samples.length === 0) return undefined
  const s = [...samples].sort((x, y) => x - y)
  const round = (v: number) => Math.round(v * 10) / 10
  return {
    n: s.length,
    min: round(s[0] as number),
    p50: round(quantile(s, 0.5)),
    p90: round(quantile(s, 0.9)),
    p95: round(quantile(s, 0.95)),
    p99: round(quantile(s, 0.99)),
    max: round(s[s.length - 1] as number),
    avg: round(s.reduce((acc, v) => acc + v, 0) / s.length),
  }
}
