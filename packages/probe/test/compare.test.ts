import assert from 'node:assert/strict'
import { describe, it } from '@jest/globals'
import { errorRateWorseP, normalCdf, slowerP } from '../src/compare.ts'

describe('normalCdf', () => {
  it('matches tabulated values', () => {
    assert.ok(Math.abs(normalCdf(0) - 0.5) < 1e-7)
    assert.ok(Math.abs(normalCdf(1.644854) - 0.95) < 1e-6)
    assert.ok(Math.abs(normalCdf(-2.326348) - 0.01) < 1e-6)
  })
})

describe('errorRateWorseP', () => {
  it('finds half the requests failing against none significant at 10 samples a side', () => {
    // pooled 0.25, se 0.1936, z 2.582 → p 0.0049
    assert.ok(Math.abs(errorRateWorseP(5, 10, 0, 10) - 0.0049) < 0.0002)
  })
  it('gives no evidence when neither side failed, or the canary failed less', () => {
    assert.equal(errorRateWorseP(0, 20, 0, 20), 1)
    assert.ok(errorRateWorseP(1, 20, 5, 20) > 0.9)
  })
  it('keeps one error in a few samples far from significance (low traffic is noise)', () => {
    assert.ok(errorRateWorseP(1, 4, 0, 4) > 0.1)
  })
  it('is 1 without samples', () => assert.equal(errorRateWorseP(0, 0, 0, 10), 1))
})

describe('slowerP', () => {
  it('finds a clearly slower sample set significant', () => {
    const fast = Array.from({ length: 20 }, (_, i) => 50 + i)
    const slow = Array.from({ length: 20 }, (_, i) => 300 + i)
    assert.ok(slowerP(slow, fast) < 0.001)
    assert.ok(slowerP(fast, slow) > 0.999)
  })
  it('finds identical distributions not significant, ties included', () => {
    const a = [10, 10, 11, 12, 12, 13, 14, 15, 15, 16]
    assert.ok(slowerP(a, [...a]) > 0.4)
    assert.equal(slowerP([5, 5, 5], [5, 5, 5]), 1)
  })
  it('agrees with the exact small-sample value within the approximation', () => {
    // a = [3,4,5], b = [1,2]: U = 6 (every a above every b), exact one-sided p = 1/10.
    const p = slowerP([3, 4, 5], [1, 2])
    assert.ok(p > 0.04 && p < 0.15, `p = ${p}`)
  })
})
