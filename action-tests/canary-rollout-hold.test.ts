/**
 * Hold and resume: a stage marked :hold leaves its split standing once its gates pass, recorded on
 * the app as a hold with a deadline; mode promote resumes it with the remaining stages, rollback
 * ends it, and after the deadline any run restores stable first. A hold is never taken for a dead
 * run's split, nor a dead run's split for a hold. The assertions are on the weights the emulator
 * recorded over time and the tag it holds.
 */
import assert from 'node:assert/strict'
import { describe, test } from '@jest/globals'
import {
  CANARY,
  FAST,
  STABLE,
  type CanaryApp,
  startCanaryApp,
  until,
  weightHistory,
} from '@deploy-actions/harness/canary-app'
import type { StepResult } from '@deploy-actions/harness/runner'
import { oneError } from './refusals.ts'

const MARKER = 'deploy-actions-rollout'
const PREVIOUS = 'deploy-actions-previous'
const HOLDING_RUN = 'octo-org/shop/actions/runs/7000000001/attempts/1'
/** Another workflow run of the same repository: the job that resumes, or any later run. */
const SECOND_RUN = { GITHUB_RUN_ID: '7000000002' }
const HOLD_STAGES = '10%:2s:hold, 50%:2s, 100%'

interface MarkerValue {
  run?: string
  expires?: string
  token?: string
  hold?: { stage: number; weight: number; rest: string }
}
const marker = (s: CanaryApp) => JSON.parse(s.app.tags[MARKER] ?? '{}') as MarkerValue
/** As if the hold's deadline had passed (the tests do not wait hold-for out). */
const expireHold = (s: CanaryApp) =>
  (s.app.tags[MARKER] = JSON.stringify({ ...marker(s), expires: new Date(Date.now() - 1000).toISOString() }))

/** A rollout of shop--v150 that holds at 10 % (stage 1) and exits. */
async function holdAt10(s: CanaryApp): Promise<StepResult> {
  await s.app.addRevision('v150')
  const r = await s.rollout({ ...FAST, revision: 'v150', stages: HOLD_STAGES })
  assert.equal(r.exitCode, 0, r.log)
  assert.deepEqual(s.app.weights(), { [STABLE]: 90, [CANARY]: 10 })
  return r
}

describe('canary-rollout: hold and resume', () => {
  test('a hold at 10% survives the step and its post step, refuses a rollout, and is promoted by a second run', async () => {
    const s = await startCanaryApp()
    try {
      const held = await holdAt10(s)
      const deadline = Date.parse(held.outputs['hold-deadline'] ?? '')
      assert.deepEqual(
        [held.outputs.result, held.outputs.held, held.outputs['held-stage']],
        ['held', 'true', '1'],
        held.log,
      )
      assert.deepEqual([held.outputs['stable-revision'], held.outputs['canary-revision']], [STABLE, CANARY])
      assert.ok(
        Math.abs(deadline - (Date.now() + 24 * 3_600_000)) < 120_000,
        `deadline ${held.outputs['hold-deadline']}`,
      )
      const recorded = marker(s)
      assert.equal(recorded.run, HOLDING_RUN)
      assert.deepEqual(recorded.hold, { stage: 1, weight: 10, rest: '50%:2s,100%' })
      assert.equal(
        Date.parse(recorded.expires ?? ''),
        Math.floor(deadline / 1000) * 1000,
        'the lease ends at the deadline',
      )
      const stage1 = JSON.parse(held.outputs.timeline ?? '[]') as Array<{
        verdict: string
        canary?: { samples: number }
      }>
      assert.equal(stage1.length, 1)
      assert.equal(stage1[0]?.verdict, 'passed', 'the held stage was judged before it was held')
      assert.ok((stage1[0]?.canary?.samples ?? 0) >= 20)
      assert.equal(held.state.finished, 'held')

      const post = await s.rollout(
        { ...FAST, revision: 'v150', stages: HOLD_STAGES },
        { post: true, state: held.state },
      )
      assert.equal(post.exitCode, 0, post.log)
      assert.deepEqual(s.app.weights(), { [STABLE]: 90, [CANARY]: 10 }, 'the post step left the held split standing')
      assert.deepEqual(marker(s), recorded)
      // Killed between recording the hold and saving that it did: the post step reads the hold on the app.
      const { finished: _finished, ...unsettled } = held.state
      const late = await s.rollout({ ...FAST, revision: 'v150', stages: HOLD_STAGES }, { post: true, state: unsettled })
      assert.equal(late.exitCode, 0, late.log)
      assert.deepEqual(s.app.weights(), { [STABLE]: 90, [CANARY]: 10 }, 'the hold on the app was respected')
      assert.deepEqual(marker(s), recorded)

      // Another rollout meanwhile is refused, naming the hold; a re-run of the holding run too.
      await s.app.addRevision('v160')
      for (const env of [SECOND_RUN, { GITHUB_RUN_ATTEMPT: '2' }]) {
        const other = await s.rollout({ ...FAST, revision: 'v160', stages: '50%:1s, 100%' }, { env })
        assert.equal(other.exitCode, 1, other.log)
        const errors = other.annotations.filter((a) => a.level === 'error').map((a) => a.message)
        assert.equal(errors.length, 1, errors.join('\n'))
        assert.match(
          errors[0] ?? '',
          /^shop is held on purpose by https:\/\/github\.com\/octo-org\/shop\/actions\/runs\/7000000001\/attempts\/1, at stage 1 \(shop--v150 10%, shop--v140 90%\), until .*; remaining stages 50% for 2s → 100% \(traffic shop--v140 90%, shop--v150 10%\); nothing was changed\. Resume it with mode promote or end it with mode rollback first$/,
        )
        assert.deepEqual(marker(s), recorded)
      }

      const canaryRequestsBefore = s.app.revision(CANARY).app.requests.length
      const promoted = await s.rollout({ ...FAST, mode: 'promote' }, { env: SECOND_RUN })
      assert.equal(promoted.exitCode, 0, promoted.log)
      assert.deepEqual(weightHistory(s.app), [
        { [STABLE]: 100 },
        { [STABLE]: 90, [CANARY]: 10 },
        { [STABLE]: 50, [CANARY]: 50 },
        { [CANARY]: 100 },
      ])
      const resumed = JSON.parse(promoted.outputs.timeline ?? '[]') as Array<{
        stage: number
        weight: number
        verdict: string
        canary?: { samples: number }
      }>
      assert.deepEqual(
        resumed.map((r) => [r.stage, r.weight, r.verdict]),
        [
          [2, 50, 'passed'],
          [3, 100, 'passed'],
        ],
      )
      assert.ok((resumed[0]?.canary?.samples ?? 0) >= 20, 'the remaining stage was judged by its gates')
      assert.ok(s.app.revision(CANARY).app.requests.length > canaryRequestsBefore)
      assert.deepEqual(
        [promoted.outputs.result, promoted.outputs.held, promoted.outputs['stable-revision']],
        ['promoted', 'false', CANARY],
      )
      assert.equal(s.app.tags[MARKER], undefined, 'the hold is cleared')
      assert.equal(s.app.tags[PREVIOUS], STABLE)
    } finally {
      await s.close()
    }
  })

  test.each([
    ['rollout', 0],
    ['promote', 1],
    ['rollback', 0],
  ] as const)('a hold past its deadline is restored first by a run in mode %s', async (mode, exitCode) => {
    const s = await startCanaryApp()
    try {
      await holdAt10(s)
      expireHold(s)
      await s.app.addRevision('v160')
      const inputs = mode === 'rollout' ? { ...FAST, revision: 'v160', stages: '50%:1s, 100%' } : { ...FAST, mode }
      const r = await s.rollout(inputs, { env: SECOND_RUN })
      assert.equal(r.exitCode, exitCode, r.log)
      const history = weightHistory(s.app)
      assert.deepEqual(history.slice(0, 3), [{ [STABLE]: 100 }, { [STABLE]: 90, [CANARY]: 10 }, { [STABLE]: 100 }])
      assert.ok(
        r.annotations.some((a) => a.level === 'warning' && /hold .*past its deadline/.test(a.message)),
        r.annotations.map((a) => a.message).join('\n'),
      )
      if (mode === 'rollout')
        assert.deepEqual(history.slice(3), [{ [STABLE]: 50, 'shop--v160': 50 }, { 'shop--v160': 100 }])
      else assert.equal(history.length, 3, 'nothing after stable was restored')
      if (mode === 'promote')
        assert.match(
          r.annotations.find((a) => a.level === 'error')?.message ?? '',
          /^The hold of shop--v150 at stage 1 ended at .*, before this promote: shop--v140 has 100% again \(read back\) and nothing was promoted/,
        )
      if (mode !== 'rollout') assert.equal(s.app.tags[MARKER], undefined)
    } finally {
      await s.close()
    }
  })

  test('a rollback ends a live hold: 100% stable, the hold cleared', async () => {
    const s = await startCanaryApp()
    try {
      await holdAt10(s)
      const r = await s.rollout({ ...FAST, mode: 'rollback' }, { env: SECOND_RUN })
      assert.equal(r.exitCode, 0, r.log)
      assert.deepEqual(weightHistory(s.app), [{ [STABLE]: 100 }, { [STABLE]: 90, [CANARY]: 10 }, { [STABLE]: 100 }])
      assert.equal(s.app.tags[MARKER], undefined)
      assert.deepEqual([r.outputs.result, r.outputs['stable-revision']], ['rolled-back', STABLE])
      assert.match(r.outputs.reason ?? '', /^hold at stage 1 ended by a rollback to shop--v140$/)
    } finally {
      await s.close()
    }
  })

  test('a holding job killed before the hold is recorded: its post step restores stable and says why', async () => {
    const s = await startCanaryApp()
    try {
      await s.app.addRevision('v150')
      let pid = 0
      const step = s.rollout({ ...FAST, revision: 'v150', stages: '10%:30s:hold, 100%' }, { onSpawn: (p) => (pid = p) })
      await until(() => s.app.revision(CANARY).app.requests.length > 0, 30_000, 'the held stage’s gates')
      process.kill(pid, 'SIGKILL')
      const killed = await step
      assert.equal(marker(s).hold, undefined, 'no hold was recorded')
      const post = await s.rollout({ ...FAST, revision: 'v150' }, { post: true, state: killed.state })
      assert.equal(post.exitCode, 0, post.log)
      assert.deepEqual(weightHistory(s.app), [{ [STABLE]: 100 }, { [STABLE]: 90, [CANARY]: 10 }, { [STABLE]: 100 }])
      assert.ok(
        post.annotations.some(
          (a) =>
            a.level === 'warning' &&
            /^The main step did not finish while traffic was split \(shop--v140 90%, shop--v150 10%\): restoring 100% to shop--v140$/.test(
              a.message,
            ),
        ),
        post.log,
      )
      assert.equal(s.app.tags[MARKER], undefined)
    } finally {
      await s.close()
    }
  })

  test('a dead run’s split is not taken for a hold: promote refuses it while its lease is live, a rollout repairs it once expired', async () => {
    const s = await startCanaryApp()
    try {
      await s.app.addRevision('v150')
      let pid = 0
      const step = s.rollout({ ...FAST, revision: 'v150', stages: '10%:30s, 100%' }, { onSpawn: (p) => (pid = p) })
      await until(() => s.app.weights()[CANARY] === 10, 30_000, 'the first stage')
      process.kill(pid, 'SIGKILL')
      await step
      const left = marker(s)
      assert.equal(left.hold, undefined)

      const promote = await s.rollout({ ...FAST, mode: 'promote' }, { env: SECOND_RUN })
      assert.equal(promote.exitCode, 1, promote.log)
      assert.match(
        promote.annotations.find((a) => a.level === 'error')?.message ?? '',
        /^Another run is rolling out shop \(https:\/\/github\.com\/octo-org\/shop\/actions\/runs\/7000000001\/attempts\/1, since .*, lease until .*; traffic shop--v140 90%, shop--v150 10%\); nothing was changed/,
      )
      assert.deepEqual(marker(s), left)

      s.app.tags[MARKER] = JSON.stringify({ ...left, expires: new Date(Date.now() - 1000).toISOString() })
      await s.app.addRevision('v160')
      const next = await s.rollout({ ...FAST, revision: 'v160', stages: '50%:1s, 100%' }, { env: SECOND_RUN })
      assert.equal(next.exitCode, 0, next.log)
      assert.ok(
        next.annotations.some((a) => a.level === 'warning' && a.properties.title === 'Repaired a split left behind'),
        next.log,
      )
      assert.ok(!/hold/i.test(next.annotations.map((a) => a.message).join('\n')), 'not called a hold')
      assert.deepEqual(weightHistory(s.app).slice(1), [
        { [STABLE]: 90, [CANARY]: 10 },
        { [STABLE]: 100 },
        { [STABLE]: 50, 'shop--v160': 50 },
        { 'shop--v160': 100 },
      ])
    } finally {
      await s.close()
    }
  })

  test.each([
    [
      'a hold on the last stage',
      { revision: 'v150', stages: '10%:1m, 100%:1m:hold' },
      /^Input 'stages' .*\(stage 2 \(100%\) cannot hold: only a stage that splits the traffic \(1% to 99%, before the last\) can\)/,
    ],
    [
      'a hold-for over a week',
      { revision: 'v150', stages: '10%:1m:hold, 100%', 'hold-for': '200h' },
      /^Input 'hold-for' must be a duration such as 500ms, 90s, 5m or 1h30m \(at most 7d\); got "200h"$/,
    ],
    [
      'a hold with App Service',
      { platform: 'app-service', stages: '10%:1m:hold, 100%' },
      /^Input 'stages' cannot hold a stage \(:hold\) with platform app-service; holds are for container-apps$/,
    ],
  ])('%s is refused in one line before anything is read or changed', async (_what, inputs, error) => {
    const s = await startCanaryApp()
    try {
      await s.app.addRevision('v150')
      const r = await s.rollout({ ...FAST, ...inputs })
      assert.match(oneError(r), error)
      assert.deepEqual(weightHistory(s.app), [{ [STABLE]: 100 }])
      assert.equal(s.app.tags[MARKER], undefined)
    } finally {
      await s.close()
    }
  })
})
