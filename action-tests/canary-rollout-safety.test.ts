/**
 * canary-rollout never leaves production split: a cancel (SIGINT, as GitHub sends it) restores
 * stable inside the cancel window, a killed step is repaired by the post step, a dead runner's
 * split by the next run; a never-healthy revision gets no traffic; a flaky ARM changes nothing.
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

/** A rollout of shop--v150 killed (SIGKILL: a dead runner) once its first stage has 10 %. */
async function killMidStage(s: CanaryApp): Promise<StepResult> {
  await s.app.addRevision('v150')
  let pid = 0
  const step = s.rollout({ ...FAST, revision: 'v150', stages: '10%:30s, 100%' }, { onSpawn: (p) => (pid = p) })
  await until(() => s.app.weights()[CANARY] === 10, 30_000, 'the first stage')
  process.kill(pid, 'SIGKILL')
  return step
}

/** GitHub's cancel: SIGINT, then SIGTERM 7.5 s later (and SIGKILL 2.5 s after that). */
const SIGTERM_AFTER_MS = 7500

describe('canary-rollout under cancel, crash and a flaky ARM', () => {
  test('SIGINT mid-stage: 100 % stable again within the 7.5 s before SIGTERM (measured on the emulator)', async () => {
    const s = await startCanaryApp()
    try {
      await s.app.addRevision('v150')
      let pid = 0
      const step = s.rollout(
        { ...FAST, revision: 'v150', stages: '10%:30s, 100%' },
        { onSpawn: (p) => (pid = p), timeoutMs: 60_000 },
      )
      await until(() => s.app.weights()[CANARY] === 10, 30_000, 'the first stage')
      await new Promise((r) => setTimeout(r, 1500)) // mid-stage, gate rounds running
      const sent = performance.now()
      process.kill(pid, 'SIGINT')
      const restored = await until(() => s.app.weights()[STABLE] === 100, SIGTERM_AFTER_MS, '100 % stable after SIGINT')
      const r = await step
      assert.ok(restored - sent < SIGTERM_AFTER_MS, `restored ${Math.round(restored - sent)}ms after SIGINT`)
      assert.equal(r.signal, null, 'the step ended by itself, not killed')
      assert.equal(r.exitCode, 1)
      assert.equal(s.app.tags['deploy-actions-rollout'], undefined)
      assert.equal(r.outputs.result, 'rolled-back')
      assert.equal(r.state.finished, 'restored', 'the post step will know there is nothing left to do')
      assert.match(
        r.annotations.find((a) => a.level === 'error')?.message ?? '',
        /^Cancelled at stage 1: traffic is 100% on shop--v140$/,
      )
    } finally {
      await s.close()
    }
  })

  test('SIGKILL mid-stage: the post step restores stable from the state the main step saved', async () => {
    const s = await startCanaryApp()
    try {
      const killed = await killMidStage(s)
      assert.equal(killed.signal, 'SIGKILL')
      assert.deepEqual(weightHistory(s.app).at(-1), { [STABLE]: 90, [CANARY]: 10 }, 'left split by the kill')
      assert.ok(killed.state.split)

      const post = await s.rollout({ ...FAST, revision: 'v150' }, { post: true, state: killed.state })
      assert.equal(post.exitCode, 0, post.log)
      assert.deepEqual(weightHistory(s.app).at(-1), { [STABLE]: 100 })
      assert.equal(s.app.tags['deploy-actions-rollout'], undefined)
      assert.ok(
        post.annotations.some(
          (a) =>
            a.level === 'warning' &&
            /did not finish while traffic was split \(shop--v140 90%, shop--v150 10%\): restoring 100% to shop--v140/.test(
              a.message,
            ),
        ),
      )
    } finally {
      await s.close()
    }
  })

  test('a split left by a dead runner (no post step) is repaired by the next run once its lease expired', async () => {
    const s = await startCanaryApp()
    try {
      await killMidStage(s)
      const marker = s.app.tags['deploy-actions-rollout'] ?? ''
      assert.match(marker, /"stable":"shop--v140","canary":"shop--v150"/)
      // The next run comes after the dead run's lease expired (as if its ten minutes had passed).
      s.app.tags['deploy-actions-rollout'] = JSON.stringify({
        ...(JSON.parse(marker) as object),
        expires: new Date(Date.now() - 1000).toISOString(),
      })

      const next = await s.rollout({ ...FAST, revision: 'v150', stages: '50%:2s, 100%' })
      assert.equal(next.exitCode, 0, next.log)
      assert.deepEqual(weightHistory(s.app).slice(-4), [
        { [STABLE]: 90, [CANARY]: 10 },
        { [STABLE]: 100 },
        { [STABLE]: 50, [CANARY]: 50 },
        { [CANARY]: 100 },
      ])
      assert.ok(
        next.annotations.some(
          (a) =>
            a.level === 'warning' &&
            new RegExp(
              String.raw`Found traffic split by an unfinished run ` +
                String.raw`\(https:\/\/github\.com\/octo-org\/shop\/actions\/runs\/7000000001\/attempts\/1, since .*, lease until .*; ` +
                String.raw`expired, so its run is gone\): shop--v140 90%, shop--v150 10%\. Repairing it first`,
            ).test(a.message),
        ),
      )
    } finally {
      await s.close()
    }
  })

  test('a revision that never gets healthy fails the run with no traffic moved', async () => {
    const s = await startCanaryApp()
    try {
      s.app.nextRevision = { startupMs: 200, healthy: false }
      const r = await s.rollout({
        ...FAST,
        image: 'ghcr.io/octo-org/shop:v1.5.0',
        'revision-suffix': 'v150',
        'healthy-timeout': '5s',
      })
      assert.equal(r.exitCode, 1)
      assert.deepEqual(weightHistory(s.app), [{ [STABLE]: 100 }], 'the weights never changed')
      assert.equal(s.app.revision(CANARY).active, false, 'the broken revision is deactivated')
      assert.match(
        r.annotations.find((a) => a.level === 'error')?.message ?? '',
        new RegExp(
          String.raw`^Revision shop--v150 did not become healthy within 5s \(provisioning Provisioned, running Failed, ` +
            String.raw`health Unhealthy, 0 replica\(s\)\); no traffic was moved$`,
        ),
      )
    } finally {
      await s.close()
    }
  })

  test('ARM refuses every write (409) mid-rollout: one error that says traffic is still split (read back) and who repairs it; the post step does', async () => {
    const s = await startCanaryApp()
    try {
      await s.app.addRevision('v150')
      // Once the first stage has 10 %, the next two writes — stage 2 and the restore — are refused.
      void until(() => s.app.weights()[CANARY] === 10, 30_000).then(() =>
        s.azure.failNext(2, '409', { method: 'PATCH' }),
      )
      const r = await s.rollout({ ...FAST, revision: 'v150', stages: '10%:2s, 50%:2s, 100%' })
      assert.equal(r.exitCode, 1, r.log)
      assert.deepEqual(
        weightHistory(s.app).at(-1),
        { [STABLE]: 90, [CANARY]: 10 },
        'still split: nothing restored it yet',
      )
      const errors = r.annotations.filter((a) => a.level === 'error')
      assert.equal(errors.length, 1, errors.map((e) => e.message).join('\n'))
      assert.match(
        errors[0]?.message ?? '',
        /restoring 100% to shop--v140 failed too \(.*409.*\): traffic is still split: shop--v140 90%, shop--v150 10% \(read back\)\. This job's post step restores it/,
      )
      assert.ok(!r.state.finished, 'the post step is left to repair it')

      const post = await s.rollout({ ...FAST, revision: 'v150' }, { post: true, state: r.state })
      assert.equal(post.exitCode, 0, post.log)
      assert.deepEqual(weightHistory(s.app).at(-1), { [STABLE]: 100 })
    } finally {
      await s.close()
    }
  })

  test('a rollback is not held up by a 60 s Retry-After: the wait is capped, production is restored at once', async () => {
    const s = await startCanaryApp()
    try {
      const canary = await s.app.addRevision('v150')
      let injected = 0
      void until(() => s.app.weights()[CANARY] === 50, 60_000).then(() => {
        canary.app.set({ errorRate: 1 })
        // The next two writes — the rollback — are throttled with a minute's Retry-After.
        s.azure.failNext(2, '429', { method: 'PATCH', retryAfterSeconds: 60 })
        injected = performance.now()
      })
      const r = await s.rollout({ ...FAST, revision: 'v150', stages: '50%:30s, 100%', 'min-samples': '10' })
      const restoredAfter = (s.app.history.at(-1)?.at ?? 0) - (performance.timeOrigin + injected)
      assert.equal(r.exitCode, 1, r.log)
      assert.deepEqual(weightHistory(s.app).at(-1), { [STABLE]: 100 })
      assert.equal(s.azure.calls.filter((c) => c.fault === '429' && c.method === 'PATCH').length, 2)
      assert.ok(
        restoredAfter < 60_000,
        `restored ${Math.round(restoredAfter)}ms after the fault: it waited out the Retry-After`,
      )
      const failed = (JSON.parse(r.outputs.timeline ?? '[]') as Array<{ rollbackMs?: number }>).find(
        (x) => x.rollbackMs !== undefined,
      )
      assert.ok(failed?.rollbackMs !== undefined && failed.rollbackMs < 60_000)
    } finally {
      await s.close()
    }
  })

  for (const kind of ['promotion', 'rollback'] as const) {
    test(`30 % of ARM calls answered 429 + Retry-After, 503 or a reset (seeded): the same ${kind} as without faults`, async () => {
      const s = await startCanaryApp()
      try {
        const canary = await s.app.addRevision('v150')
        s.azure.setFaults({
          rate: 0.3,
          kinds: ['429', '503', 'reset'],
          retryAfterSeconds: 1,
          seed: kind === 'promotion' ? 7 : 11,
        })
        if (kind === 'rollback')
          void until(() => s.app.weights()[CANARY] === 50, 60_000).then(() => canary.app.set({ errorRate: 0.5 }))
        const r = await s.rollout({ ...FAST, revision: 'v150', stages: '10%:2s, 50%:5s, 100%:1s' })
        const faults = s.azure.calls.filter((c) => c.fault)
        assert.ok(faults.length >= 3, `only ${faults.length} faults were injected`)
        assert.deepEqual(new Set(faults.map((f) => f.fault)).size >= 2, true)
        if (kind === 'promotion') {
          assert.equal(r.exitCode, 0, r.log)
          assert.deepEqual(weightHistory(s.app), [
            { [STABLE]: 100 },
            { [STABLE]: 90, [CANARY]: 10 },
            { [STABLE]: 50, [CANARY]: 50 },
            { [CANARY]: 100 },
          ])
        } else {
          assert.equal(r.exitCode, 1, r.log)
          assert.deepEqual(weightHistory(s.app).at(-1), { [STABLE]: 100 })
          assert.match(r.outputs.reason ?? '', /^stage 2 \(50%\): error-rate/)
        }
        assert.match(r.log, /attempt 1 failed \(HTTP (429|503)|attempt 1 failed \(ECONNRESET|connection reset/)
      } finally {
        await s.close()
      }
    })
  }
})
