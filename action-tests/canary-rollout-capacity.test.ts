/**
 * Capacity-aware stages (issue 15, item 3): the stand-in's revisions scale with the requests they
 * receive (Container Apps' HTTP rule, shortened timings) and refuse what their replicas cannot
 * serve, while simulated users load the main URL. The assertions compare the weights the stand-in
 * recorded with each revision's replica history, and count the users' refused requests.
 */
import assert from 'node:assert/strict'
import { describe, test } from '@jest/globals'
import { CANARY, FAST, STABLE, type CanaryApp, startCanaryApp, until } from '@deploy-actions/harness/canary-app'
import type { RevisionState } from '@deploy-actions/harness/emulators/container-apps'

/** Users a second on the main URL: with concurrentRequests 10, stable runs 6 replicas for them. */
const USERS = 60
const SCALE_TAG = 'deploy-actions-scale'

/** Shortened platform timings; a replica serves 30 requests a second (3× the rule's target). */
async function loadedApp(): Promise<CanaryApp> {
  const s = await startCanaryApp({ minReplicas: 1 })
  s.app.scaling = { windowMs: 1000, upDelayMs: 800, downDelayMs: 1500, capacityPerReplica: 30 }
  s.app.users(USERS)
  await until(() => s.app.revision(STABLE).replicas >= 6, 20_000, 'stable scaled out for the users')
  return s
}

/** The revision's running replicas at `at` (ms since the epoch), from its history. */
function replicasAt(r: RevisionState, at: number): number {
  return r.replicaHistory.filter((h) => h.at <= at).at(-1)?.replicas ?? 0
}

/** Each weight change that gave the canary a share, with the canary's replicas at that moment. */
function canaryMoves(s: CanaryApp): Array<{ weight: number; replicas: number }> {
  return s.app.history
    .slice(1)
    .filter((h) => (h.weights[CANARY] ?? 0) > 0)
    .map((h) => ({ weight: h.weights[CANARY] as number, replicas: replicasAt(s.app.revision(CANARY), h.at) }))
}

describe('canary-rollout: capacity-aware stages', () => {
  test('without canary-replicas the stand-in shows the harm: 100% on a one-replica canary refuses users', async () => {
    const s = await loadedApp()
    try {
      await s.app.addRevision('v150')
      const r = await s.rollout({ ...FAST, revision: 'v150', stages: '100%:3s', 'failure-threshold': '100' })
      assert.deepEqual(canaryMoves(s)[0], { weight: 100, replicas: 1 })
      assert.ok((s.app.usersRefused[CANARY] ?? 0) > 0, `users refused: ${JSON.stringify(s.app.usersRefused)}`)
      assert.ok(r.exitCode === 0 || r.exitCode === 1, r.log)
    } finally {
      s.app.users(0)
      await s.close()
    }
  })

  test('scaled: no stage moves weight to an existing canary below its replica minimum; users are served', async () => {
    const s = await loadedApp()
    try {
      await s.app.addRevision('v150')
      const r = await s.rollout({
        ...FAST,
        revision: 'v150',
        'canary-replicas': 'scaled',
        stages: '25%:2s, 50%:2s, 100%:1s',
      })
      assert.equal(r.exitCode, 0, r.log)
      // Stable ran 6: the canary needs ⌈6 × share⌉ before each move, and had fewer before (it was raised).
      const needed: Record<number, number> = { 25: 2, 50: 3, 100: 6 }
      const moves = canaryMoves(s)
      assert.deepEqual(
        moves.map((m) => m.weight),
        [25, 50, 100],
      )
      for (const m of moves) assert.ok(m.replicas >= (needed[m.weight] ?? 0), `moved ${JSON.stringify(m)}`)
      assert.equal(s.app.revision(CANARY).replicaHistory.find((h) => h.replicas > 0)?.replicas, 1)
      assert.equal(s.app.usersRefused[CANARY] ?? 0, 0, `users refused: ${JSON.stringify(s.app.usersRefused)}`)
      // The timeline (and the summary) carry the replicas read back at each stage.
      const timeline = JSON.parse(r.outputs.timeline ?? '[]') as Array<{
        replicas?: { canary: number; needed: number }
      }>
      assert.deepEqual(
        timeline.map((t) => t.replicas?.needed),
        [2, 3, 6],
      )
      assert.ok(timeline.every((t) => (t.replicas?.canary ?? 0) >= (t.replicas?.needed ?? 1)))
      // The replicas read back are in the summary's details, not in the five columns in sight.
      assert.match(
        r.summary,
        /<details>[\s\S]*\| Replicas canary \/ stable \|[\s\S]*\| \d+ \(≥ \d+\) \/ \d+ \|[\s\S]*<\/details>/,
      )
    } finally {
      s.app.users(0)
      await s.close()
    }
  })

  test('a canary that cannot get its replicas in capacity-timeout gets no more weight: stable is put back', async () => {
    const s = await loadedApp()
    try {
      // Its own scale allows 2 replicas at most: 100% (6 needed) can never be had.
      const canary = await s.app.addRevision('v150')
      canary.scale = { ...canary.scale, maxReplicas: 2 }
      const r = await s.rollout({
        ...FAST,
        revision: 'v150',
        'canary-replicas': '1, 2, 6',
        'capacity-timeout': '3s',
        stages: '10%:1s, 25%:1s, 100%',
      })
      assert.equal(r.exitCode, 1, r.log)
      assert.deepEqual(
        canaryMoves(s).map((m) => m.weight),
        [10, 25],
      )
      assert.deepEqual(s.app.weights(), { [STABLE]: 100, [CANARY]: 0 })
      const errors = r.annotations.filter((a) => a.level === 'error')
      assert.equal(errors.length, 1, r.log)
      assert.match(
        errors[0]?.message ?? '',
        /shop--v150 runs 2 of the 6 replica\(s\) it needs for 100% after 3s \(capacity-timeout\); no more traffic was moved to it/,
      )
    } finally {
      s.app.users(0)
      await s.close()
    }
  })

  test('a rollback raises a stable that scaled down during the bake before moving the traffic back', async () => {
    const s = await loadedApp()
    try {
      const canary = await s.app.addRevision('v150')
      const stable = s.app.revision(STABLE)
      // Once stable has scaled in on its 50% share (users and the gates' baseline probes), the canary fails.
      void until(() => s.app.weights()[CANARY] === 50, 60_000)
        .then(() => until(() => stable.replicas < 6, 30_000, 'stable scaling in'))
        .then(() => canary.app.set({ errorRate: 1 }))
      const r = await s.rollout({
        ...FAST,
        revision: 'v150',
        'canary-replicas': 'scaled',
        stages: '50%:60s, 100%',
      })
      assert.equal(r.exitCode, 1, r.log)
      assert.equal(r.outputs.result, 'rolled-back')
      const back = s.app.history.at(-1)
      assert.deepEqual(back?.weights, { [STABLE]: 100, [CANARY]: 0 })
      const scaledOut = stable.replicaHistory.findIndex((h) => h.replicas >= 6)
      const scaledIn = stable.replicaHistory.findIndex((h, i) => i > scaledOut && h.replicas < 6)
      assert.ok(scaledOut >= 0 && scaledIn > scaledOut, 'stable had scaled in during the bake')
      const raised = stable.replicaHistory.slice(scaledIn).find((h) => h.replicas >= 6)
      assert.ok(raised, `stable was raised again: ${JSON.stringify(stable.replicaHistory)}`)
      assert.ok(
        raised.at <= (back?.at ?? 0),
        `6 replicas at ${raised.at}, before the traffic moved back at ${back?.at}`,
      )
    } finally {
      s.app.users(0)
      await s.close()
    }
  })

  test('mode rollback: the revision taking 100% back is raised to the replicas serving now before the traffic moves', async () => {
    const s = await loadedApp()
    try {
      await s.app.addRevision('v150')
      // shop--v150 was promoted earlier and serves the users; shop--v140 at 0% scaled in to its minimum.
      s.app.traffic = [
        { revisionName: CANARY, weight: 100 },
        { revisionName: STABLE, weight: 0 },
      ]
      s.app.history.push({ at: Date.now(), weights: s.app.weights() })
      const old = s.app.revision(STABLE)
      await until(() => old.replicas === 1 && s.app.revision(CANARY).replicas >= 6, 30_000, 'the scale-in')
      const refusedBefore = s.app.usersRefused[STABLE] ?? 0
      const r = await s.rollout({ mode: 'rollback', revision: 'v140', 'canary-replicas': 'scaled' })
      assert.equal(r.exitCode, 0, r.log)
      const back = s.app.history.at(-1)
      assert.deepEqual(back?.weights, { [STABLE]: 100, [CANARY]: 0 })
      const scaledIn = old.replicaHistory.findLastIndex((h) => h.replicas === 1)
      const raised = old.replicaHistory.slice(scaledIn).find((h) => h.replicas >= 6)
      assert.ok(raised && raised.at <= (back?.at ?? 0), `raised before the move: ${JSON.stringify(old.replicaHistory)}`)
      assert.equal(
        (s.app.usersRefused[STABLE] ?? 0) - refusedBefore,
        0,
        'no user refused by the revision rolled back to',
      )
    } finally {
      s.app.users(0)
      await s.close()
    }
  })

  test('a canary from an image is created with the minimum it needs; the configured minimum comes back with the next revision', async () => {
    const s = await loadedApp()
    try {
      const r = await s.rollout({
        ...FAST,
        image: 'ghcr.io/octo-org/shop:v1.5.0',
        'revision-suffix': 'v150',
        'canary-replicas': 'scaled',
        stages: '50%:2s, 100%',
      })
      assert.equal(r.exitCode, 0, r.log)
      assert.equal(s.app.revision(CANARY).scale.minReplicas, 6, 'created with the most any stage needs')
      assert.ok(canaryMoves(s).every((m) => m.replicas >= 6))
      assert.deepEqual(JSON.parse(s.app.tags[SCALE_TAG] ?? '{}'), { configured: 1, raised: 6 })

      // The next rollout, without canary-replicas: its revision gets the minimum the user configured.
      const next = await s.rollout({
        ...FAST,
        image: 'ghcr.io/octo-org/shop:v1.6.0',
        'revision-suffix': 'v160',
        stages: '50%:1s, 100%',
      })
      assert.equal(next.exitCode, 0, next.log)
      assert.equal(s.app.revision('shop--v160').scale.minReplicas, 1)
      assert.equal(s.app.scale.minReplicas, 1, "the app's template is back to the configured scale")
      assert.equal(s.app.tags[SCALE_TAG], undefined)
    } finally {
      s.app.users(0)
      await s.close()
    }
  })

  test('canary-replicas is checked before anything is changed', async () => {
    const s = await startCanaryApp()
    try {
      await s.app.addRevision('v150')
      const r = await s.rollout({
        ...FAST,
        revision: 'v150',
        'canary-replicas': '1, 2',
        stages: '10%:1s, 50%:1s, 100%',
      })
      assert.equal(r.exitCode, 1)
      const errors = r.annotations.filter((a) => a.level === 'error')
      assert.match(errors[0]?.message ?? '', /canary-replicas/)
      assert.match(errors[0]?.message ?? '', /gives 2 minimum\(s\) for 3 stage\(s\)/)
      assert.equal(s.app.history.length, 1, 'no traffic moved')
      const bad = await s.rollout({ ...FAST, revision: 'v150', 'canary-replicas': 'lots' })
      assert.match(bad.annotations.find((a) => a.level === 'error')?.message ?? '', /canary-replicas.*'scaled'/)
    } finally {
      await s.close()
    }
  })
})
