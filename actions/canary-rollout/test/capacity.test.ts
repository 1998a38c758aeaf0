import assert from 'node:assert/strict'
import { describe, it } from '@jest/globals'
import type { AppState } from '@deploy-actions/azure'
import { FormatError } from '@deploy-actions/core'
import { canaryReplicasInput, mostNeeded, replicasNeeded } from '../src/capacity.ts'
import { canaryScale, SCALE_TAG } from '../src/container-app.ts'
import { parseStages } from '../src/stages.ts'

describe('canary-replicas', () => {
  const kind = canaryReplicasInput()

  it("reads 'scaled' and one minimum per stage; refuses anything else", () => {
    assert.deepEqual(kind.parse('scaled'), { kind: 'scaled' })
    assert.deepEqual(kind.parse('1, 3,6'), { kind: 'per-stage', minimums: [1, 3, 6] })
    for (const bad of ['lots', '1, two', '-1', '1.5', '1001', 'Scaled'])
      assert.throws(() => kind.parse(bad), FormatError, bad)
  })

  it('scaled: stable replicas × the share, rounded up, at least one for any share', () => {
    const stages = parseStages('10%:1m, 50%:1m, 100%')
    assert.deepEqual(
      stages.map((s, i) => replicasNeeded({ kind: 'scaled' }, i, s.weight, 6)),
      [1, 3, 6],
    )
    assert.equal(replicasNeeded({ kind: 'scaled' }, 0, 0, 6), 0, 'a 0% stage needs none')
    assert.equal(replicasNeeded({ kind: 'scaled' }, 0, 1, 0), 1, 'a stable scaled to zero: one')
    assert.equal(mostNeeded({ kind: 'scaled' }, stages, 6), 6)
    assert.equal(mostNeeded({ kind: 'per-stage', minimums: [2, 5, 4] }, stages, 6), 5)
  })
})

describe('canaryScale', () => {
  const state = (minReplicas: number, tags: Record<string, string> = {}): AppState => ({
    location: 'eastus',
    mode: 'Multiple',
    traffic: [],
    tags: { env: 'production', ...tags },
    template: { containers: [], scale: { minReplicas, maxReplicas: 10 } },
  })

  it('raises the minimum and records the configured one', () => {
    const { scale, tags } = canaryScale(state(1), 6)
    assert.deepEqual(scale, { minReplicas: 6, maxReplicas: 10 })
    assert.deepEqual(tags, { env: 'production', [SCALE_TAG]: '{"configured":1,"raised":6}' })
  })

  it('leaves scale and tags alone when nothing is needed', () => {
    assert.deepEqual(canaryScale(state(2), 0), { scale: { minReplicas: 2, maxReplicas: 10 }, tags: undefined })
    assert.deepEqual(canaryScale(state(4), 3).tags, undefined, 'the configured minimum already suffices')
  })

  it('creates the next revision with the configured minimum again, and clears the record', () => {
    const raised = state(6, { [SCALE_TAG]: '{"configured":1,"raised":6}' })
    assert.deepEqual(canaryScale(raised, 0), {
      scale: { minReplicas: 1, maxReplicas: 10 },
      tags: { env: 'production' },
    })
    assert.deepEqual(canaryScale(raised, 3).tags, {
      env: 'production',
      [SCALE_TAG]: '{"configured":1,"raised":3}',
    })
  })

  it("a minimum someone set since the raise stands (the record no longer matches the app's template)", () => {
    const changed = state(2, { [SCALE_TAG]: '{"configured":1,"raised":6}' })
    assert.deepEqual(canaryScale(changed, 0).scale, { minReplicas: 2, maxReplicas: 10 })
    assert.deepEqual(canaryScale(state(2, { [SCALE_TAG]: 'not json' }), 0).scale, { minReplicas: 2, maxReplicas: 10 })
  })
})
