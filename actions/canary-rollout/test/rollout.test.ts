import assert from 'node:assert/strict'
import { describe, it } from '@jest/globals'
import type { Verdict } from '../src/gates.ts'
import { decideRound, decideStage } from '../src/rollout.ts'

const verdict = (outcome: Verdict['outcome'], over: Partial<Verdict> = {}): Verdict => ({
  outcome,
  reasons: [],
  notes: [],
  figures: {},
  ...over,
})
const failed = verdict('fail', { gate: 'error-rate', reasons: ['error rate 50.0% (10 of 20) breaks error-rate<1%'] })
const unsure = verdict('inconclusive', { reasons: ['10 of the 20 canary samples a verdict needs'] })

describe('decideStage', () => {
  it('passes a stage whose verdict passes, whatever the policy', () => {
    for (const policy of ['wait', 'fail', 'pass'] as const)
      assert.deepEqual(decideStage(verdict('pass'), policy, false), { action: 'pass', verdict: 'passed' })
  })
  it('rolls back a failed stage, naming the gate over the stage', () => {
    assert.deepEqual(decideStage(failed, 'wait', true), {
      action: 'roll-back',
      reason: 'error-rate over the stage: error rate 50.0% (10 of 20) breaks error-rate<1%',
    })
  })
  it('waits on an inconclusive stage while policy wait has time left, then rolls it back', () => {
    assert.deepEqual(decideStage(unsure, 'wait', true), { action: 'wait' })
    assert.deepEqual(decideStage(unsure, 'wait', false), {
      action: 'roll-back',
      reason: 'inconclusive: 10 of the 20 canary samples a verdict needs (inconclusive: wait)',
    })
  })
  it('rolls an inconclusive stage back at once with policy fail', () => {
    assert.deepEqual(decideStage(unsure, 'fail', true), {
      action: 'roll-back',
      reason: 'inconclusive: 10 of the 20 canary samples a verdict needs (inconclusive: fail)',
    })
  })
  it('passes an inconclusive stage without evidence with policy pass, keeping why', () => {
    assert.deepEqual(decideStage(unsure, 'pass', true), {
      action: 'pass',
      verdict: 'passed-inconclusive',
      reason: '10 of the 20 canary samples a verdict needs',
    })
  })
})

describe('decideRound', () => {
  it('rolls back once the failed rounds in a row reach the threshold, not before', () => {
    assert.equal(decideRound(failed, 2, 3), undefined)
    assert.equal(
      decideRound(failed, 3, 3),
      'error-rate failed 3 rounds in a row: error rate 50.0% (10 of 20) breaks error-rate<1%',
    )
  })
})
