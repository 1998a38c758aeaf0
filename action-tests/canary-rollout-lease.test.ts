/**
 * The in-flight marker is a lease: a run that finds another run's live lease on the app leaves its
 * split alone and names that run (or waits for it, with lease-wait); only a lease whose run is gone
 * — expired, or of an earlier attempt of the same run — is repaired. The assertions are on the
 * weights the emulator recorded over time and the tags it holds.
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

const MARKER = 'deploy-actions-rollout'
const FIRST_RUN = 'octo-org/shop/actions/runs/7000000001/attempts/1'
/** Another workflow run of the same repository. */
const SECOND_RUN = { GITHUB_RUN_ID: '7000000002' }

const lease = (s: CanaryApp) => JSON.parse(s.app.tags[MARKER] ?? '{}') as { run?: string; expires?: string }

/** A rollout of shop--v150 killed (SIGKILL: a dead runner, no post step) once its first stage has 10 %. */
async function killMidStage(s: CanaryApp): Promise<StepResult> {
  await s.app.addRevision('v150')
  let pid = 0
  const step = s.rollout({ ...FAST, revision: 'v150', stages: '10%:30s, 100%' }, { onSpawn: (p) => (pid = p) })
  await until(() => s.app.weights()[CANARY] === 10, 30_000, 'the first stage')
  process.kill(pid, 'SIGKILL')
  return step
}

describe('canary-rollout: the in-flight lease', () => {
  test('a second run during a live rollout refuses, names the first run and changes nothing; the first completes unharmed', async () => {
    const s = await startCanaryApp()
    try {
      await s.app.addRevision('v150')
      await s.app.addRevision('v160')
      const first = s.rollout({ ...FAST, revision: 'v150', stages: '10%:4s, 50%:3s, 100%' })
      await until(() => s.app.weights()[CANARY] === 10, 30_000, 'the first stage')
      const atStage1 = lease(s)
      assert.equal(atStage1.run, FIRST_RUN)

      const second = await s.rollout({ ...FAST, revision: 'v160', stages: '50%:1s, 100%' }, { env: SECOND_RUN })
      assert.equal(second.exitCode, 1, second.log)
      const errors = second.annotations.filter((a) => a.level === 'error')
      assert.equal(errors.length, 1, errors.map((e) => e.message).join('\n'))
      assert.match(
        errors[0]?.message ?? '',
        new RegExp(
          String.raw`^Another run is rolling out shop \(https://github\.com/${FIRST_RUN.replaceAll('/', '\\/')}, since .*, lease until .*; ` +
            String.raw`traffic shop--v140 90%, shop--v150 10%\); nothing was changed\. Give lease-wait`,
        ),
      )
      assert.deepEqual(lease(s), atStage1, 'the first run’s lease is untouched')
      assert.equal(s.app.revision('shop--v160').app.requests.length, 0, 'the second run did not even probe')

      await until(() => s.app.weights()[CANARY] === 50, 30_000, 'the second stage')
      const atStage2 = lease(s)
      assert.ok(
        Date.parse(atStage2.expires ?? '') > Date.parse(atStage1.expires ?? ''),
        `the lease was renewed with the stage change (${atStage1.expires} → ${atStage2.expires})`,
      )
      const r = await first
      assert.equal(r.exitCode, 0, r.log)
      assert.deepEqual(weightHistory(s.app), [
        { [STABLE]: 100 },
        { [STABLE]: 90, [CANARY]: 10 },
        { [STABLE]: 50, [CANARY]: 50 },
        { [CANARY]: 100 },
      ])
      assert.equal(s.app.tags[MARKER], undefined, 'the lease is cleared at the end')
    } finally {
      await s.close()
    }
  })

  test('lease-wait: a second run waits for the first to finish, then rolls out from what it promoted', async () => {
    const s = await startCanaryApp()
    try {
      await s.app.addRevision('v150')
      await s.app.addRevision('v160')
      const first = s.rollout({ ...FAST, revision: 'v150', stages: '10%:3s, 100%' })
      await until(() => s.app.weights()[CANARY] === 10, 30_000, 'the first stage')
      const second = s.rollout(
        { ...FAST, revision: 'v160', stages: '50%:1s, 100%', 'lease-wait': '1m' },
        { env: SECOND_RUN },
      )
      const [a, b] = await Promise.all([first, second])
      assert.equal(a.exitCode, 0, a.log)
      assert.equal(b.exitCode, 0, b.log)
      assert.deepEqual(weightHistory(s.app), [
        { [STABLE]: 100 },
        { [STABLE]: 90, [CANARY]: 10 },
        { [CANARY]: 100 },
        { [CANARY]: 50, 'shop--v160': 50 },
        { 'shop--v160': 100 },
      ])
      assert.deepEqual([b.outputs['previous-revision'], b.outputs['stable-revision']], [CANARY, 'shop--v160'])
      assert.match(b.log, /waiting up to 1m00s \(lease-wait\) for it to finish/)
      assert.equal(s.app.tags[MARKER], undefined)
    } finally {
      await s.close()
    }
  })

  test('a re-run after a dead runner repairs at once: a lease of an earlier attempt of the same run is expired', async () => {
    const s = await startCanaryApp()
    try {
      await killMidStage(s)
      assert.ok(Date.parse(lease(s).expires ?? '') > Date.now(), 'the dead run’s lease has not expired yet')
      const rerun = await s.rollout(
        { ...FAST, revision: 'v150', stages: '50%:1s, 100%' },
        { env: { GITHUB_RUN_ATTEMPT: '2' } },
      )
      assert.equal(rerun.exitCode, 0, rerun.log)
      assert.deepEqual(weightHistory(s.app).slice(-4), [
        { [STABLE]: 90, [CANARY]: 10 },
        { [STABLE]: 100 },
        { [STABLE]: 50, [CANARY]: 50 },
        { [CANARY]: 100 },
      ])
    } finally {
      await s.close()
    }
  })

  test('a run that stalled past its lease and was taken over stops without touching the new owner’s traffic', async () => {
    const s = await startCanaryApp()
    try {
      await s.app.addRevision('v150')
      await s.app.addRevision('v160')
      const first = s.rollout({ ...FAST, revision: 'v150', stages: '10%:5s, 50%:2s, 100%' })
      // Once it bakes (its probes reach the canary: the 10 % was read back)...
      await until(() => s.app.revision(CANARY).app.requests.length > 0, 30_000, 'the first stage')
      // ...as if the first run had stalled for ten minutes without renewing: its lease is expired.
      s.app.tags[MARKER] = JSON.stringify({ ...lease(s), expires: new Date(Date.now() - 1000).toISOString() })
      const second = s.rollout({ ...FAST, revision: 'v160', stages: '10%:6s, 100%' }, { env: SECOND_RUN })

      const a = await first
      assert.equal(a.exitCode, 1, a.log)
      assert.match(
        a.annotations.find((x) => x.level === 'error')?.message ?? '',
        /^Stopped: (another run took shop over \(https:\/\/github\.com\/octo-org\/shop\/actions\/runs\/7000000002\/attempts\/1, .*\)|the deploy-actions-rollout lease of this run was removed from shop .*); its traffic was left as it is$/,
      )
      assert.equal(a.state.finished, 'taken-over', 'its post step has nothing to do either')
      const b = await second
      assert.equal(b.exitCode, 0, b.log)
      assert.deepEqual(weightHistory(s.app), [
        { [STABLE]: 100 },
        { [STABLE]: 90, [CANARY]: 10 },
        { [STABLE]: 100 },
        { [STABLE]: 90, 'shop--v160': 10 },
        { 'shop--v160': 100 },
      ])
    } finally {
      await s.close()
    }
  })

  test('the post step of a killed run leaves alone a split that another live run now owns', async () => {
    const s = await startCanaryApp()
    try {
      const killed = await killMidStage(s)
      await s.app.addRevision('v160')
      // The next run comes after the dead run's lease expired (as if its ten minutes had passed).
      s.app.tags[MARKER] = JSON.stringify({ ...lease(s), expires: new Date(Date.now() - 1000).toISOString() })
      const next = s.rollout({ ...FAST, revision: 'v160', stages: '10%:4s, 100%' }, { env: SECOND_RUN })
      await until(() => s.app.weights()['shop--v160'] === 10, 30_000, 'the next run’s first stage')

      const post = await s.rollout({ ...FAST, revision: 'v150' }, { post: true, state: killed.state })
      assert.equal(post.exitCode, 0, post.log)
      assert.ok(
        post.annotations.some(
          (a) =>
            a.level === 'warning' &&
            /lease now belongs to another run \(https:\/\/github\.com\/octo-org\/shop\/actions\/runs\/7000000002\/attempts\/1, .*, live\); leaving the traffic \(shop--v140 90%, shop--v160 10%\) to it/.test(
              a.message,
            ),
        ),
        post.log,
      )
      const r = await next
      assert.equal(r.exitCode, 0, r.log)
      assert.deepEqual(weightHistory(s.app), [
        { [STABLE]: 100 },
        { [STABLE]: 90, [CANARY]: 10 },
        { [STABLE]: 100 },
        { [STABLE]: 90, 'shop--v160': 10 },
        { 'shop--v160': 100 },
      ])
    } finally {
      await s.close()
    }
  })
})
