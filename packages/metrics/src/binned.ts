import { normalCdf } from '@deploy-actions/probe'

/**
 * The Mann-Whitney rank test of slowerP on histograms: each bucket is a group of tied values (every
 * request in a bucket ranks alike), so two cumulative histograms with the same bounds are compared
 * without their raw samples. One-sided p-value that `canary` tends to be slower than `stable`.
 */
export function binnedSlowerP(
  canary: ReadonlyArray<{ leMs: number; count: number }>,
  stable: ReadonlyArray<{ leMs: number; count: number }>,
): number | undefined {
  const bounds = [...new Set([...canary, ...stable].map((b) => b.leMs))].sort((a, b) => a - b)
  const at = (h: ReadonlyArray<{ leMs: number; count: number }>, le: number) => {
    let c = 0
    for (const b of h) if (b.leMs <= le) c = Math.max(c, b.count)
    return c
  }
  // The bounds must be the same on both sides, else a bucket's count is not comparable.
  const same = canary.length === stable.length && canary.every((b, i) => b.leMs === stable[i]?.leMs)
  if (!same) return undefined
  let prevA = 0
  let prevB = 0
  const groups: Array<[number, number]> = []
  for (const le of bounds) {
    const a = at(canary, le)
    const b = at(stable, le)
    groups.push([Math.max(0, a - prevA), Math.max(0, b - prevB)])
    prevA = Math.max(prevA, a)
    prevB = Math.max(prevB, b)
  }
  const n1 = groups.reduce((s, g) => s + g[0], 0)
  const n2 = groups.reduce((s, g) => s + g[1], 0)
  if (n1 === 0 || n2 === 0) return 1
  const n = n1 + n2
  let below = 0
  let rankSumA = 0
  let tieTerm = 0
  for (const [a, b] of groups) {
    const size = a + b
    if (size === 0) continue
    rankSumA += a * (below + (size + 1) / 2)
    tieTerm += size ** 3 - size
    below += size
  }
  const u = rankSumA - (n1 * (n1 + 1)) / 2
  const variance = ((n1 * n2) / 12) * (n + 1 - tieTerm / (n * (n - 1)))
  if (variance <= 0) return 1
  return 1 - normalCdf((u - (n1 * n2) / 2 - 0.5) / Math.sqrt(variance))
}
