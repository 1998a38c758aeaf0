/**
 * The validation window after a promotion (watch): the release serves 100 %, the previous revision
 * stays active at 0 %, and the stages' gates keep judging the release. A breach puts 100 % back on
 * the previous revision (read back) and fails with the figures; a clean window deactivates it; a
 * cancel or a killed step leaves the release promoted. Asserted on the emulator's weight history,
 * its revisions' active flags and the app's tags, through the bundle.
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
import { addAppService, PRODUCTION } from '@deploy-actions/harness/emulators/app-service'
import { startAzure } from '@deploy-actions/harness/emulators/azure'
import { runStep } from '@deploy-actions/harness/runner'
import { oneError } from './refusals.ts'

const MARKER = 'deploy-actions-rollout'
const PREVIOUS = 'deploy-actions-previous'
const PROMOTED = 'deploy-actions-promoted'
/** Another workflow run of the same repository: a later job that watches. */
const SECOND_RUN = { GITHUB_RUN_ID: '7000000002' }
const STAGES = '50%:2s, 100%'

interface MarkerValue {
  stable?: string
  canary?: string
  token?: string
  watch?: boolean
}
const marker = (s: CanaryApp) => JSON.parse(s.app.tags[MARKER] ?? '{}') as MarkerValue
interface TimelineEntry {
  stage: number
  name?: string
  weight: number
  verdict: string
  reason?: string
  canary?: { samples: number; errors: number }
  stable?: unknown
}
const timeline = (raw: string | undefined) => JSON.parse(raw ?? '[]') as TimelineEntry[]

const PROMOTED_HISTORY = [{ [STABLE]: 100 }, { [STABLE]: 50, [CANARY]: 50 }, { [CANARY]: 100 }]

describe('canary-rollout: the validation window after the promotion', () => {
  test('a breach during the window puts 100% back on the previous revision, read back, and fails with the figures', async () => {
    const s = await startCanaryApp()
    try {
      await s.app.addRevision('v150')
      const step = s.rollout({ ...FAST, revision: 'v150', stages: STAGES, watch: '60s' })
      await until(() => marker(s).watch === true, 30_000, 'the watch window')
      assert.deepEqual(marker(s), { ...marker(s), stable: STABLE, canary: CANARY })
      assert.deepEqual(weightHistory(s.app), PROMOTED_HISTORY)
      assert.equal(s.app.revision(STABLE).active, true, 'the previous revision waits at 0%, active')
      s.app.revision(CANARY).app.set({ errorRate: 1 })
      const r = await step
      // Within the window: before the 60s from the promotion were over.
      const promotedAt = s.app.history[2]?.at ?? 0
      const back = s.app.history.at(-1)?.at ?? Infinity
      assert.ok(back < promotedAt + 60_000, 'back on the previous revision within the window')

      const error = oneError(r)
      assert.match(
        error,
        /^Rolled back to shop--v140 \(read back\) during the watch window after the promotion: error-rate failed 3 rounds in a row: error rate 100\.0% \(\d+ of \d+, mostly .+\) breaks error-rate<1%$/,
      )
      // The log names the window as the window, not as one more 100% stage.
      assert.match(r.log, /^The watch window: gate rounds every 1s for 60s$/m)
      assert.match(r.log, /^The watch window failed: error-rate failed 3 rounds in a row/m)
      assert.doesNotMatch(r.log, /^Stage \d+ \(100%\) failed/m)
      assert.deepEqual(weightHistory(s.app), [...PROMOTED_HISTORY, { [STABLE]: 100 }])
      assert.equal(s.app.revision(STABLE).active, true)
      assert.equal(s.app.revision(CANARY).active, false, 'deactivate-on-rollback')
      assert.deepEqual(s.app.unservedShares, [])
      for (const tag of [MARKER, PROMOTED, PREVIOUS]) assert.equal(s.app.tags[tag], undefined, tag)
      assert.deepEqual(
        [r.outputs.result, r.outputs['watch-result'], r.outputs['stable-revision'], r.outputs['previous-revision']],
        ['rolled-back', 'breached', STABLE, STABLE],
      )
      const window = timeline(r.outputs.timeline).at(-1)
      assert.equal(window?.name, 'watch')
      assert.equal(window?.verdict, 'failed')
      assert.equal(window?.stable, undefined, 'no stable figures: the previous revision takes no traffic')
      assert.ok((window?.canary?.errors ?? 0) >= 20, JSON.stringify(window))
      assert.equal(r.state.finished, 'rolled-back', 'nothing left for the post step')
    } finally {
      await s.close()
    }
  })

  test('a clean window deactivates the previous revision at its end and clears its record', async () => {
    const s = await startCanaryApp()
    try {
      await s.app.addRevision('v150')
      const r = await s.rollout({ ...FAST, revision: 'v150', stages: STAGES, watch: '4s' })
      assert.equal(r.exitCode, 0, r.log)
      assert.deepEqual(weightHistory(s.app), PROMOTED_HISTORY)
      assert.equal(s.app.revision(STABLE).active, false, 'deactivated at the end of the window')
      assert.equal(s.app.revision(CANARY).active, true)
      assert.equal(s.app.tags[MARKER], undefined)
      assert.equal(s.app.tags[PROMOTED], undefined, 'nothing left to watch')
      assert.equal(s.app.tags[PREVIOUS], STABLE, 'mode rollback still knows where to go')
      assert.deepEqual(
        [r.outputs.result, r.outputs['watch-result'], r.outputs['stable-revision'], r.outputs['previous-revision']],
        ['promoted', 'passed', CANARY, STABLE],
      )
      const window = timeline(r.outputs.timeline).at(-1)
      assert.deepEqual([window?.stage, window?.name, window?.weight, window?.verdict], [3, 'watch', 100, 'passed'])
      assert.ok((window?.canary?.samples ?? 0) >= 20, 'judged by the gates')
      assert.match(window?.reason ?? '', /^shop--v150 0\/\d+ errors \(0\.0%\), p95 \d+ms over \d/)
      assert.equal(r.state.finished, 'promoted')
      assert.match(r.summary, /`shop--v140` deactivated after the watch window/)
      assert.match(r.summary, /activates `shop--v140` again/)

      // Nothing left to watch: mode watch refuses in one line, changing nothing.
      const again = await s.rollout({ ...FAST, mode: 'watch', watch: '30m' }, { env: SECOND_RUN })
      assert.match(
        oneError(again),
        /^No promotion to watch on shop: no deploy-actions-promoted tag .*; nothing was changed$/,
      )
      assert.deepEqual(weightHistory(s.app), PROMOTED_HISTORY)
    } finally {
      await s.close()
    }
  })

  test('mode watch in a later job watches the promoted release and restores the previous revision on a breach', async () => {
    const s = await startCanaryApp()
    try {
      const none = await s.rollout({ ...FAST, mode: 'watch', watch: '30m' })
      assert.match(oneError(none), /^No promotion to watch on shop: /)
      await s.app.addRevision('v150')
      const promoted = await s.rollout({ ...FAST, revision: 'v150', stages: STAGES })
      assert.equal(promoted.exitCode, 0, promoted.log)
      assert.equal(promoted.outputs['watch-result'], '')
      assert.equal(s.app.revision(STABLE).active, true)
      const recorded = JSON.parse(s.app.tags[PROMOTED] ?? '{}') as { revision?: string; previous?: string; at?: string }
      assert.deepEqual([recorded.revision, recorded.previous], [CANARY, STABLE])

      // A window shorter than the time since the promotion is over: refused, nothing changed.
      await new Promise((r) => setTimeout(r, 1100))
      const over = await s.rollout({ ...FAST, mode: 'watch', watch: '1s' }, { env: SECOND_RUN })
      assert.match(
        oneError(over),
        /^shop--v150 was promoted at .*, more than watch 1s ago: its window is over; nothing was changed$/,
      )

      const step = s.rollout({ ...FAST, mode: 'watch', watch: '2m' }, { env: SECOND_RUN })
      await until(() => marker(s).watch === true, 30_000, 'the watch window')
      s.app.revision(CANARY).app.set({ errorRate: 1 })
      const r = await step
      assert.match(
        oneError(r),
        /^Rolled back to shop--v140 \(read back\) during the watch window after the promotion: error-rate failed/,
      )
      assert.deepEqual(weightHistory(s.app), [...PROMOTED_HISTORY, { [STABLE]: 100 }])
      assert.equal(s.app.revision(CANARY).active, false)
      assert.equal(s.app.tags[MARKER], undefined)
      assert.deepEqual([r.outputs.result, r.outputs['watch-result']], ['rolled-back', 'breached'])
    } finally {
      await s.close()
    }
  })

  test('a cancel during the window leaves the release promoted and the previous revision active; the post step changes nothing', async () => {
    const s = await startCanaryApp()
    try {
      await s.app.addRevision('v150')
      let pid = 0
      const step = s.rollout(
        { ...FAST, revision: 'v150', stages: STAGES, watch: '2m' },
        { onSpawn: (p) => (pid = p), timeoutMs: 60_000 },
      )
      await until(() => marker(s).watch === true, 30_000, 'the watch window')
      process.kill(pid, 'SIGINT')
      const r = await step
      assert.equal(r.signal, null, 'the step ended by itself')
      assert.match(
        oneError(r),
        /^Cancelled during the watch window: shop--v150 stays promoted, shop--v140 active at 0%$/,
      )
      assert.deepEqual(weightHistory(s.app), PROMOTED_HISTORY)
      assert.equal(s.app.revision(STABLE).active, true)
      assert.equal(s.app.tags[MARKER], undefined, 'the watch marker is cleared')
      assert.ok(s.app.tags[PROMOTED], 'the promotion stays recorded: mode watch may watch the rest')
      assert.deepEqual([r.outputs.result, r.outputs['watch-result']], ['promoted', 'cancelled'])

      const post = await s.rollout({ ...FAST, revision: 'v150' }, { post: true, state: r.state })
      assert.equal(post.exitCode, 0, post.log)
      assert.deepEqual(weightHistory(s.app), PROMOTED_HISTORY)
    } finally {
      await s.close()
    }
  })

  test('a step killed during the window: its post step clears the watch and leaves the release promoted', async () => {
    const s = await startCanaryApp()
    try {
      await s.app.addRevision('v150')
      let pid = 0
      const step = s.rollout({ ...FAST, revision: 'v150', stages: STAGES, watch: '2m' }, { onSpawn: (p) => (pid = p) })
      await until(() => marker(s).watch === true, 30_000, 'the watch window')
      process.kill(pid, 'SIGKILL')
      const killed = await step
      assert.equal(killed.signal, 'SIGKILL')
      const post = await s.rollout({ ...FAST, revision: 'v150' }, { post: true, state: killed.state })
      assert.equal(post.exitCode, 0, post.log)
      assert.deepEqual(weightHistory(s.app), PROMOTED_HISTORY)
      assert.equal(s.app.tags[MARKER], undefined)
      assert.equal(s.app.revision(STABLE).active, true)
    } finally {
      await s.close()
    }
  })

  test('a window whose runner died is cleared by the next rollout, never taken for a split to restore', async () => {
    const s = await startCanaryApp()
    try {
      await s.app.addRevision('v150')
      let pid = 0
      const step = s.rollout({ ...FAST, revision: 'v150', stages: STAGES, watch: '2m' }, { onSpawn: (p) => (pid = p) })
      await until(() => marker(s).watch === true, 30_000, 'the watch window')
      process.kill(pid, 'SIGKILL')
      await step
      // No post step ran (the runner died with it); the lease has since expired.
      s.app.tags[MARKER] = JSON.stringify({ ...marker(s), expires: new Date(Date.now() - 1000).toISOString() })
      await s.app.addRevision('v160')
      const next = await s.rollout({ ...FAST, revision: 'v160', stages: STAGES }, { env: SECOND_RUN })
      assert.equal(next.exitCode, 0, next.log)
      assert.ok(
        next.annotations.some(
          (a) => a.level === 'warning' && a.properties.title === 'Cleared a watch window left behind',
        ),
        next.log,
      )
      assert.deepEqual(weightHistory(s.app), [
        ...PROMOTED_HISTORY,
        { [CANARY]: 50, 'shop--v160': 50 },
        { 'shop--v160': 100 },
      ])
    } finally {
      await s.close()
    }
  })

  test('mode rollback ends a window early; the watching step then stops without touching the traffic', async () => {
    const s = await startCanaryApp()
    try {
      await s.app.addRevision('v150')
      const step = s.rollout({ ...FAST, revision: 'v150', stages: STAGES, watch: '2m' })
      await until(() => marker(s).watch === true, 30_000, 'the watch window')
      const rollback = await s.rollout({ ...FAST, mode: 'rollback' }, { env: SECOND_RUN })
      assert.equal(rollback.exitCode, 0, rollback.log)
      assert.deepEqual(weightHistory(s.app), [...PROMOTED_HISTORY, { [STABLE]: 100 }])
      const r = await step
      // Seen at the next gate round, not at the window's end two minutes after the promotion.
      assert.ok(Date.now() < (s.app.history[2]?.at ?? 0) + 120_000, 'stopped before the window’s end')
      assert.match(
        oneError(r),
        /^The watch window stopped: the watch marker of this run was removed from shop .*; shop--v150 was left as it is/,
      )
      assert.deepEqual(
        weightHistory(s.app),
        [...PROMOTED_HISTORY, { [STABLE]: 100 }],
        'nothing written after the rollback',
      )
      assert.equal(s.app.revision(STABLE).active, true, 'the window’s end did not deactivate what serves now')
      assert.equal(s.app.tags[PROMOTED], undefined)
    } finally {
      await s.close()
    }
  })

  test('Labels mode: a breach moves production’s label back with the traffic, and the release keeps the canary label', async () => {
    const s = await startCanaryApp({ mode: 'Labels' })
    try {
      await s.app.addRevision('v150')
      const step = s.rollout({ ...FAST, revision: 'v150', stages: STAGES, watch: '60s' })
      await until(() => marker(s).watch === true, 30_000, 'the watch window')
      assert.deepEqual(s.app.labels(), { stable: CANARY, canary: STABLE })
      s.app.revision(CANARY).app.set({ errorRate: 1 })
      const r = await step
      assert.match(oneError(r), /^Rolled back to shop--v140 \(read back\) during the watch window/)
      assert.deepEqual(weightHistory(s.app).at(-1), { [STABLE]: 100 })
      assert.deepEqual(s.app.labels(), { stable: STABLE, canary: CANARY })
      assert.deepEqual(s.app.unservedShares, [])
    } finally {
      await s.close()
    }
  })

  test('App Service: a breach while the slot has 100% of production routes 0% to it again, before any swap', async () => {
    const azure = await startAzure()
    try {
      const site = await addAppService(azure, {
        slots: { [PRODUCTION]: { version: 'v1.4.0' }, staging: { version: 'v1.5.0' } },
      })
      const step = runStep('canary-rollout', {
        env: azure.env,
        timeoutMs: 90_000,
        inputs: {
          ...azure.authInputs,
          ...FAST,
          platform: 'app-service',
          'resource-group': site.resourceGroup,
          app: site.name,
          slot: 'staging',
          stages: STAGES,
          watch: '60s',
        },
      })
      const shares = () => site.routingHistory.map((h) => h.rules.staging ?? 0)
      await until(() => shares().at(-1) === 100, 30_000, 'the slot at 100%')
      site.serving.get('staging')?.set({ errorRate: 1 })
      const r = await step
      assert.match(
        oneError(r),
        /^Rolled back to production \(read back\) during the watch window after the promotion: /,
      )
      assert.deepEqual(shares(), [50, 100, 0])
      assert.equal(site.swaps.length, 0)
      assert.deepEqual([r.outputs.result, r.outputs['watch-result']], ['rolled-back', 'breached'])
    } finally {
      await azure.close()
    }
  })

  test.each([
    [
      'a watch that is not a duration',
      { revision: 'v150', watch: '5 min' },
      /^Input 'watch' must be a duration such as 500ms, 90s, 5m or 1h30m; got "5 min"$/,
    ],
    ['mode watch without watch', { mode: 'watch' }, /^Input 'watch' is required for mode watch: /],
    [
      'a watch with mode rollback',
      { mode: 'rollback', watch: '10m' },
      /^Input 'watch' is for modes rollout, promote and watch/,
    ],
  ])('%s is refused in one line before anything is read or changed', async (_what, inputs, error) => {
    const s = await startCanaryApp()
    try {
      await s.app.addRevision('v150')
      const r = await s.rollout({ ...FAST, stages: STAGES, ...inputs })
      assert.match(oneError(r), error)
      assert.deepEqual(weightHistory(s.app), [{ [STABLE]: 100 }])
      assert.equal(s.app.tags[MARKER], undefined)
      assert.deepEqual(s.azure.calls, [], 'no ARM call before the refusal')
    } finally {
      await s.close()
    }
  })
})
