/**
 * `npm run rehearse`, the quick start's first command, run by `npm test` with short bakes: every
 * step of the pipeline must behave as it says it must (the failing ones fail as meant), so a change
 * to an action, a stand-in or the harness cannot break the rehearsal without a test failing.
 *
 * The job summary each step writes (eight actions, passing and failing) is then rendered as GitHub's
 * run page shows it (scripts/lib/summary-render.ts): one problem per Mermaid error, block wider than
 * the page, empty table or raw workflow command. Summaries and pictures stay in
 * artifacts/summaries/rehearsal-actions/.
 */
import assert from 'node:assert/strict'
import { beforeAll, describe, test } from '@jest/globals'
import type { StepSummary } from '@deploy-actions/harness/workflow'
import { checkSummaries } from '../lib/summary-render.ts'
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
  const summaries: StepSummary[] = []
  beforeAll(async () => {
    outcomes = await rehearse({
      timings: QUICK,
      onStep: (step, result) => {
        if (result.summary)
          summaries.push({
            job: 'rehearsal',
            step: step.title,
            action: step.title.split(':')[0],
            markdown: result.summary,
          })
      },
    })
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

  test("every step's job summary renders on GitHub's run page", async () => {
    assert.ok(summaries.length >= 8, `only ${summaries.length} summaries written`)
    assert.deepEqual(await checkSummaries('rehearsal-actions', summaries), [])
  })
})
