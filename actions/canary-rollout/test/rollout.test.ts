import assert from 'node:assert/strict'
import { describe, it } from '@jest/globals'
import type { Verdict } from '../src/gates.ts'
import { decideRound, decideStage, withMetrics } from '../src/rollout.ts'
import type { MetricVerdict } from '@deploy-actions/metrics'

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

describe('withMetrics', () => {
  const metric = (outcome: MetricVerdict['outcome'], over: Partial<MetricVerdict> = {}): MetricVerdict => ({
    gate: 'users',
    kind: 'prometheus',
    observeOnly: false,
    outcome,
    reasons: outcome === 'pass' ? [] : [`users ${outcome}`],
    notes: [],
    ...(outcome === 'fail' ? { stat: 'error-rate' } : {}),
    ...over,
  })
  it('without metric gates the probes decide alone', () => {
    const probes = verdict('pass')
    assert.equal(withMetrics(probes, []), probes)
    assert.equal(withMetrics(unsure, []).outcome, 'inconclusive')
  })
  it('an enforcing gate that fails fails the round, and names itself when the probes passed', () => {
    const v = withMetrics(verdict('pass'), [metric('fail')])
    assert.equal(v.outcome, 'fail')
    assert.equal(v.gate, 'users error-rate')
    assert.deepEqual(v.reasons, ['users: users fail'])
    const both = withMetrics(failed, [metric('fail')])
    assert.equal(both.gate, 'error-rate', 'the probes, failing too, decide first')
    assert.equal(both.reasons.length, 2)
    assert.equal(withMetrics(unsure, [metric('fail')]).outcome, 'fail', 'failing beats inconclusive probes')
  })
  it('an inconclusive enforcing gate makes a passing round inconclusive, never a failed one', () => {
    const v = withMetrics(verdict('pass'), [metric('inconclusive')])
    assert.equal(v.outcome, 'inconclusive')
    assert.deepEqual(v.reasons, ['users: users inconclusive'])
    assert.equal(withMetrics(failed, [metric('inconclusive')]).outcome, 'fail')
  })
  it('an observe-only gate never changes the outcome: its failure is a note', () => {
    const v = withMetrics(verdict('pass'), [
      metric('fail', { observeOnly: true }),
      metric('inconclusive', { observeOnly: true }),
    ])
    assert.equal(v.outcome, 'pass')
    assert.match(v.notes[0] ?? '', /^observe-only gate users would fail: users fail/)
    assert.equal(v.metrics?.length, 2, 'reported all the same')
  })
})
