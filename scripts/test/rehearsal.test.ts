/**
 * `npm run rehearse`, the quick start's first command, run by `npm test` with short bakes: every
 * step of the pipeline must behave as it says it must (the failing ones fail as meant), so a change
 * to an action, a stand-in or the harness cannot break the rehearsal without a test failing.
 */
import assert from 'node:assert/strict'
import { beforeAll, describe, test } from '@jest/globals'
import { rehearse, steps, type StepOutcome } from '../rehearsal/run.ts'
import type { RehearsalTimings } from '../rehearsal/step.ts'

/**
 * The shortest bakes the inputs allow (canary-rollout's interval is at least 1s): each stage is
 * still judged over its samples, waiting for more when it has too few, so the broken canary is
 * caught at 50 % as in the full rehearsal.
 */
const QUICK: RehearsalTimings = {
  canaryStages: '10%:1s, 50%:1s, 100%:1s',
  canaryInterval: '1s',
  swapBake: '1s',
  swapInterval: '250ms',
}

describe('the rehearsal, with short bakes', () => {
  let outcomes: StepOutcome[] = []
  beforeAll(async () => {
    outcomes = await rehearse({ timings: QUICK })
  })

  test('runs every step, in pipeline order', () => {
    assert.deepEqual(
      outcomes.map((o) => o.title),
      steps.map((s) => s.title),
    )
  })

  for (const step of steps) {
    test(step.title, () => {
      const outcome = outcomes.find((o) => o.title === step.title)
      assert.ok(outcome, 'the step did not run')
      assert.deepEqual(outcome.problems, [], `must: ${step.expect}`)
    })
  }
})
