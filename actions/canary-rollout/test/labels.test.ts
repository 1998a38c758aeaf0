/**
 * Labels mode's label swap (promotion, manual rollback): production's label goes with the 100 %,
 * and the revision it left keeps a label (so the platform keeps it active) whenever one is free.
 */
import assert from 'node:assert/strict'
import { describe, test } from '@jest/globals'
import { ActionFailure } from '@deploy-actions/core'
import { labelSwap } from '../src/container-app.ts'

const V1 = 'shop--v1'
const V2 = 'shop--v2'

describe('labelSwap', () => {
  test('promotion: production’s label to the canary, the canary label to the previous stable', () => {
    const traffic = [
      { revisionName: V1, weight: 100, label: 'prod' },
      { revisionName: V2, weight: 0, label: 'canary' },
    ]
    assert.deepEqual(labelSwap(traffic, V2, V1, 'canary'), [
      { revisionName: V2, weight: 100, label: 'prod' },
      { revisionName: V1, weight: 0, label: 'canary' },
    ])
  })

  test('rollback to a revision the platform shut down (no label): the one left gets the spare label', () => {
    const traffic = [{ revisionName: V2, weight: 100, label: 'prod' }]
    assert.deepEqual(labelSwap(traffic, V1, V2, 'canary'), [
      { revisionName: V1, weight: 100, label: 'prod' },
      { revisionName: V2, weight: 0, label: 'canary' },
    ])
  })

  test('no free label for the revision left: it is left out (and shut down by the platform), never given production’s', () => {
    const traffic = [{ revisionName: V2, weight: 100, label: 'prod' }]
    assert.deepEqual(labelSwap(traffic, V1, V2, 'prod'), [{ revisionName: V1, weight: 100, label: 'prod' }])
  })

  test('no label on the revision with the traffic: refused, nothing to send', () => {
    assert.throws(() => labelSwap([{ revisionName: V1, weight: 100 }], V2, V1, 'canary'), ActionFailure)
  })
})
