import assert from 'node:assert/strict'
import { describe, it } from '@jest/globals'
import { describeStages, formatStages, parseStages } from '../src/stages.ts'

describe('parseStages', () => {
  it("reads the seeds' forms", () => {
    assert.deepEqual(parseStages('5%:5m, 50%:10m, 100%:15m'), [
      { weight: 5, bakeMs: 300_000 },
      { weight: 50, bakeMs: 600_000 },
      { weight: 100, bakeMs: 900_000 },
    ])
    assert.deepEqual(parseStages('0%:2m, 10%:5m, 100%'), [
      { weight: 0, bakeMs: 120_000 },
      { weight: 10, bakeMs: 300_000 },
      { weight: 100, bakeMs: 0 },
    ])
    assert.deepEqual(parseStages('10:30s\n100'), [
      { weight: 10, bakeMs: 30_000 },
      { weight: 100, bakeMs: 0 },
    ])
    assert.deepEqual(parseStages('100%'), [{ weight: 100, bakeMs: 0 }])
  })
  it('says what is wrong', () => {
    assert.throws(() => parseStages('0%:1m, 0%:1m, 100%'), /does not rise above 0%/)
    assert.throws(() => parseStages(' , '), /no stages given/)
    assert.throws(() => parseStages('10%:1m:2m, 100%'), /stage 1: "1m:2m" is not a duration/)
    assert.throws(() => parseStages('10%;1m, 100%'), /stage 1 "10%;1m" is not weight:bake/)
  })
  it('reads a held stage, and refuses a hold that would hold nothing', () => {
    assert.deepEqual(parseStages('10%:5m:hold, 50%:10m, 100%'), [
      { weight: 10, bakeMs: 300_000, hold: true },
      { weight: 50, bakeMs: 600_000 },
      { weight: 100, bakeMs: 0 },
    ])
    assert.throws(() => parseStages('10%:hold, 100%'), /stage 1 \(10%\) needs a bake time, e.g. 10%:5m:hold/)
    assert.throws(() => parseStages('10%:1m, 100%:1m:hold'), /stage 2 \(100%\) cannot hold/)
    assert.throws(() => parseStages('0%:1m:hold, 100%'), /stage 1 \(0%\) cannot hold/)
    assert.throws(() => parseStages('10%:1m:wait, 100%'), /stage 1: "1m:wait" is not a duration/)
  })
  it('writes stages back in the form it reads', () => {
    const stages = parseStages('5%:90s:hold, 50%:10m, 100%:1h')
    assert.equal(formatStages(stages), '5%:90s:hold,50%:600s,100%:3600s')
    assert.deepEqual(parseStages(formatStages(stages)), stages)
  })
  it('describes a plan', () => assert.equal(describeStages(parseStages('5%:5m, 100%')), '5% for 5m00s → 100%'))
})
