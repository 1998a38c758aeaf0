/**
 * Canary against baseline, in the spirit of Kayenta: is the canary worse than the stable build
 * beyond what chance explains? One-sided tests, because a canary better than stable never fails.
 * Small samples give large p-values, so noise at low traffic neither aborts a good canary nor,
 * with a minimum sample count in front, passes a bad one.
 */

/**
 * A canary's latency figure must also be this much above stable's to count as a regression (the
 * probes' gates and the metric gates alike), so a significant but negligible slowdown passes.
 */
export const LATENCY_MARGIN = 0.2

/**
 * P-value that the first error proportion (x1 of n1) is higher than the second (x2 of n2): the
 * pooled two-proportion z-test. 1 when there is no evidence at all (no errors on either side).
 */
export function errorRateWorseP(x1: number, n1: number, x2: number, n2: number): number {
  if (n1 === 0 || n2 === 0) return 1
  const p1 = x1 / n1
  const p2 = x2 / n2
  const pooled = (x1 + x2) / (n1 + n2)
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2))
  if (se === 0) return p1 > p2 ? 0 : 1
  return 1 - normalCdf((p1 - p2) / se)
}

/**
 * P-value that samples `a` tend to be larger than samples `b` (slower, for latencies): the
 * Mann-Whitney U test with average ranks for ties, tie-corrected variance and a continuity
 * correction, by its normal approximation (good from about 8 samples a side).
 */
export function slowerP(a: readonly number[], b: readonly number[]): number {
  const n1 = a.length
  const n2 = b.length
  if (n1 === 0 || n2 === 0) return 1
  const all = [...a.map((v) => ({ v, a: true })), ...b.map((v) => ({ v, a: false }))].sort((x, y) => x.v - y.v)
  let rankSumA = 0
  let tieTerm = 0
  for (let i = 0; i < all.length;) {
    let j = i
    while (j + 1 < all.length && (all[j + 1] as { v: number }).v === (all[i] as { v: number }).v) j++
    const rank = (i + j) / 2 + 1
    const size = j - i + 1
    tieTerm += size ** 3 - size
    for (let k = i; k <= j; k++) if ((all[k] as { a: boolean }).a) rankSumA += rank
    i = j + 1
  }
  const u = rankSumA - (n1 * (n1 + 1)) / 2
  const mean = (n1 * n2) / 2
  const n = n1 + n2
  const variance = ((n1 * n2) / 12) * (n + 1 - tieTerm / (n * (n - 1)))
  if (variance <= 0) return 1
  const z = (u - mean - 0.5) / Math.sqrt(variance)
  return 1 - normalCdf(z)
}

/** The standard normal CDF (erfc by the Numerical Recipes Chebyshev fit, relative error < 1.2e-7). */
export function normalCdf(z: number): number {
  return 0.5 * erfc(-z / Math.SQRT2)
}

function erfc(x: number): number {
  const t = 1 / (1 + 0.5 * Math.abs(x))
  const y =
    t *
    Math.exp(
      -x * x -
        1.26551223 +
        t *
          (1.00002368 +
            t *
              (0.37409196 +
                t *
                  (0.09678418 +
                    t *
                      (-0.18628806 +
                        t *
                          (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))),
    )
  return x >= 0 ? y : 2 - y
}
