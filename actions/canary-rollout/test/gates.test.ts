import assert from 'node:assert/strict'
import { describe, it } from '@jest/globals'
import { parseThreshold } from '@deploy-actions/probe'
import { chance, type GateConfig, judgeRounds, recentWindow, type Round, type Sample } from '../src/gates.ts'

const ok = (latencyMs = 20): Sample => ({ ok: true, latencyMs })
const err = (latencyMs = 5): Sample => ({ ok: false, latencyMs, failure: 'status 500, expected 2xx' })
const many = (n: number, make: (i: number) => Sample) => Array.from({ length: n }, (_, i) => make(i))
const cfg = (over: Partial<GateConfig> = {}): GateConfig => ({
  checks: [],
  requestsPerRound: 10,
  minSamples: 20,
  thresholds: [parseThreshold('error-rate<1%')],
  baseline: true,
  alpha: 0.05,
  ...over,
})

describe('judgeRounds', () => {
  it('is inconclusive below min-samples, whatever the errors', () => {
    const v = judgeRounds([{ canary: many(10, err), stable: many(10, () => ok()) }], cfg())
    assert.equal(v.outcome, 'inconclusive')
    assert.deepEqual(v.reasons, ['10 of the 20 canary samples a verdict needs'])
  })
  it("fails a canary whose errors are significantly above stable's", () => {
    const v = judgeRounds([{ canary: many(20, (i) => (i % 2 ? err() : ok())), stable: many(20, () => ok()) }], cfg())
    assert.equal(v.outcome, 'fail')
    assert.equal(v.gate, 'error-rate')
    assert.match(
      v.reasons[0] ?? '',
      /error rate 50.0% \(10 of 20, mostly status 500, expected 2xx\) breaks error-rate<1%; stable 0.0% \(0 of 20\): worse than stable, unlikely by chance \(p < 0.001; the bar is 0.05\)/,
    )
  })
  it('says a p-value in words, against the bar confidence sets', () => {
    assert.equal(chance(0.0021, 0.05), 'unlikely by chance (p = 0.0021; the bar is 0.05)')
    assert.equal(chance(0.00001, 1 - 0.95), 'unlikely by chance (p < 0.001; the bar is 0.05)')
    assert.equal(chance(0.31, 0.05), 'could well be by chance (p = 0.31; the bar is 0.05)')
  })
  it('does not blame the canary for errors the stable build has too', () => {
    const half = (i: number) => (i % 2 ? err() : ok())
    const v = judgeRounds([{ canary: many(20, half), stable: many(20, half) }], cfg())
    assert.equal(v.outcome, 'pass')
    assert.match(v.notes[0] ?? '', /but stable fails alike/)
  })
  it('judges on the thresholds alone without a baseline', () => {
    const v = judgeRounds([{ canary: many(20, (i) => (i === 0 ? err() : ok())) }], cfg({ baseline: false }))
    assert.equal(v.outcome, 'fail')
  })
  it('fails a canary serving another version at once', () => {
    const v = judgeRounds(
      [
        {
          canary: many(20, (i) =>
            i === 3 ? { ok: false, latencyMs: 3, failure: 'version v1.4.0', wrongVersion: 'v1.4.0' } : ok(),
          ),
          stable: many(20, () => ok()),
        },
      ],
      cfg({ thresholds: [] }),
    )
    assert.equal(v.gate, 'version')
  })
  it('needs a latency regression to be significant and over the 20 % margin', () => {
    const t = [parseThreshold('p95<100ms')]
    const slow = judgeRounds(
      [{ canary: many(20, (i) => ok(200 + i)), stable: many(20, (i) => ok(20 + i)) }],
      cfg({ thresholds: t }),
    )
    assert.equal(slow.gate, 'p95')
    const alike = judgeRounds(
      [{ canary: many(20, (i) => ok(200 + i)), stable: many(20, (i) => ok(199 + i)) }],
      cfg({ thresholds: t }),
    )
    assert.equal(alike.outcome, 'pass')
  })
})

describe('recentWindow', () => {
  it('takes the newest rounds holding min-samples canary samples', () => {
    const rounds: Round[] = [
      { canary: many(10, () => ok()) },
      { canary: many(10, () => ok()) },
      { canary: many(10, () => err()) },
    ]
    assert.equal(recentWindow(rounds, 20).length, 2)
    assert.equal(recentWindow(rounds, 5).length, 1)
    assert.equal(recentWindow(rounds, 100).length, 3)
  })
})
