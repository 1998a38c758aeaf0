/**
 * canary-rollout through its bundle against the ARM emulator: stages, gates against the stable
 * baseline, rollback on a failed gate, the inconclusive policy. Every assertion is on what the
 * emulator saw (the weights over time, revisions active) or the action's outputs.
 */
import assert from 'node:assert/strict'
import { describe, test } from '@jest/globals'
import {
  CANARY,
  FAST,
  STABLE,
  startCanaryApp,
  until,
  VERSION_CHECKS,
  weightHistory,
} from '@deploy-actions/harness/canary-app'

interface StageEntry {
  stage: number
  weight: number
  verdict: string
  gate?: string
  reason?: string
  notes?: string[]
  canary?: { samples: number; errors: number }
}
const timeline = (json: string | undefined) => JSON.parse(json ?? '[]') as StageEntry[]

/** The summary's first line, and the header of its first table (the one in sight, before any details). */
const headline = (summary: string) => summary.split('\n')[0] ?? ''
const firstTableHeader = (summary: string) => (/^\|(.*)\|$/m.exec(summary)?.[1] ?? '').split('|').map((c) => c.trim())
/** The canary's share over time as the chart draws it: evenly spaced samples over a numeric time axis. */
const chartLine = (summary: string) => {
  const axis = /x-axis "(?:seconds|minutes) since stage 1 began" 0 --> ([\d.]+)/.exec(summary)
  const line = /^ {2}line \[([\d, ]+)\]$/m.exec(summary)
  return { span: Number(axis?.[1]), points: (line?.[1] ?? '').split(', ').map(Number) }
}

describe('canary-rollout rollout', () => {
  test('a healthy canary is promoted through three stages; the previous revision stays active at 0 %', async () => {
    const s = await startCanaryApp()
    try {
      // An older revision left active at 0 % by an earlier rollout: the cleanup rule deactivates it.
      const older = await s.app.addRevision('v130')
      const r = await s.rollout({
        ...FAST,
        image: 'ghcr.io/octo-org/shop:v1.5.0',
        'revision-suffix': 'v150',
        stages: '5%:2s, 50%:2s, 100%:1s',
        'expected-version': 'v1.5.0',
        checks: VERSION_CHECKS,
      })
      assert.equal(r.exitCode, 0, r.log)
      assert.deepEqual(weightHistory(s.app), [
        { [STABLE]: 100 },
        { [STABLE]: 95, [CANARY]: 5 },
        { [STABLE]: 50, [CANARY]: 50 },
        { [CANARY]: 100 },
      ])
      assert.equal(
        s.app.revision(STABLE).active,
        true,
        'the previous stable revision stays active for an instant rollback',
      )
      assert.equal(older.active, false, 'other revisions at 0 % are deactivated')
      // The plan is four short lines (it was one of ~290 characters).
      const plan = r.log.split('\n').filter((l) => /^(Mode rollout: | {2}Gates: | {2}A failure | {2}Compared )/.test(l))
      assert.equal(plan.length, 4, r.log)
      for (const line of plan) assert.ok(line.length <= 120, `a plan line of ${line.length} characters: ${line}`)
      // Each stage's gate rounds are one collapsed group in the runner's log; its verdict follows it, visible.
      // (The raw command escapes % as %25; the runner shows "Stage 1 (5%)".)
      const groups = [
        ...r.stdout.matchAll(
          /^::group::Stage (\d) \((\d+)%25\): gate rounds every .*\n((?:(?!::).*\n)*?)::endgroup::\nStage \1 passed: /gm,
        ),
      ]
      assert.deepEqual(
        groups.map((g) => [g[1], g[2]]),
        [
          ['1', '5'],
          ['2', '50'],
          ['3', '100'],
        ],
      )
      for (const g of groups) assert.match(g[3] ?? '', /^ {2}round 1: /m, 'the rounds are inside the group')
      assert.equal(s.app.weights()[STABLE], 0)
      assert.equal(s.app.tags['deploy-actions-previous'], STABLE)
      assert.equal(s.app.tags['deploy-actions-rollout'], undefined, 'the in-flight marker is cleared')
      assert.deepEqual(
        [r.outputs.result, r.outputs['stable-revision'], r.outputs['canary-revision'], r.outputs['previous-revision']],
        ['promoted', CANARY, CANARY, STABLE],
      )
      const stages = timeline(r.outputs.timeline)
      assert.deepEqual(
        stages.map((x) => [x.weight, x.verdict]),
        [
          [5, 'passed'],
          [50, 'passed'],
          [100, 'passed'],
        ],
      )
      assert.ok(
        stages.every((x) => (x.canary?.samples ?? 0) >= 20),
        'every stage was judged from at least min-samples',
      )
      // The canary was judged through its own URL, the baseline through stable's: both saw probes.
      assert.ok(s.app.revision(CANARY).app.requests.some((q) => q.path === '/version'))
      assert.ok(s.app.revision(STABLE).app.requests.length >= 60)
      // The summary says what serves now by version (the image tags), and how to undo it.
      assert.equal(headline(r.summary), '### ✅ shop: v1.5.0 promoted; serving 100 %')
      assert.match(r.summary, /^\*\*Next:\*\* To undo: canary-rollout `mode: rollback` puts v1\.4\.0 back/m)
      assert.deepEqual(firstTableHeader(r.summary), ['Stage', 'Weight', 'Took', 'Errors canary / stable', 'Verdict'])
      assert.match(r.summary, /^\| 2 \| 50 % \| [\d.]+s \| 0 % \/ 0 % \| ✅ passed \|$/m)
      // The chart samples the weight at even times over a numeric axis: each step as long as it lasted.
      const chart = chartLine(r.summary)
      assert.ok(chart.span >= 4 && chart.span < 10, `the chart spans ${chart.span}s`)
      const steps = chart.points.filter((w, i) => w !== chart.points[i - 1])
      assert.deepEqual(steps, [0, 5, 50, 100])
      const share = (w: number) => chart.points.filter((p) => p === w).length / chart.points.length
      assert.ok(share(5) > share(100), 'the 2 s stage at 5 % is drawn wider than the 1 s one at 100 %')
    } finally {
      await s.close()
    }
  })

  test('a canary failing half its requests in stage 2 is rolled back: 100 % stable, the run fails naming stage and gate', async () => {
    const s = await startCanaryApp()
    try {
      const canary = await s.app.addRevision('v150')
      s.app.revision(CANARY).active = true
      // The fault arrives when stage 2 (50 %) begins.
      void until(() => s.app.weights()[CANARY] === 50, 60_000).then(() => canary.app.set({ errorRate: 0.5 }))
      const r = await s.rollout({ ...FAST, revision: 'v150', stages: '10%:2s, 50%:6s, 100%:1s' })
      assert.equal(r.exitCode, 1, r.log)
      assert.deepEqual(weightHistory(s.app).at(-1), { [STABLE]: 100 })
      assert.ok(!weightHistory(s.app).some((w) => w[CANARY] === 100), 'the canary never reached 100 %')
      assert.equal(s.app.revision(CANARY).active, false, 'the canary is deactivated after the rollback')
      assert.equal(s.app.tags['deploy-actions-rollout'], undefined)
      assert.equal(r.outputs.result, 'rolled-back')
      assert.equal(r.outputs['stable-revision'], STABLE)
      assert.match(
        r.outputs.reason ?? '',
        /^stage 2 \(50%\): error-rate failed 3 rounds in a row: error rate [\d.]+% \(\d+ of \d+, mostly status 500/,
      )
      const failed = timeline(r.outputs.timeline).find((x) => x.verdict === 'failed')
      assert.equal(failed?.stage, 2)
      // One annotation for the failure: the step's error (the stage's verdict is not said twice).
      assert.deepEqual(
        r.annotations.map((a) => a.level),
        ['error'],
      )
      const error = r.annotations.find((a) => a.level === 'error')
      assert.match(error?.message ?? '', /^Rolled back to shop--v140: stage 2 \(50%\): error-rate/)
      assert.equal(error?.properties.title, 'Canary rollout failed')
      // The summary: what serves now (both revisions run one image, so they are named), the cause with its
      // figures in words, what to do next; the failed stage in the table, the rollback at the chart's end.
      assert.equal(headline(r.summary), '### ↩️ shop: `shop--v150` rolled back; `shop--v140` serving 100 %')
      assert.match(
        r.summary,
        /^\*\*Why:\*\* Stage 2 \(50%\): error-rate failed .*stable 0\.0% \(0 of \d+\): worse than stable, unlikely by chance \(p (?:&lt;|=) [\d.]+; the bar is 0\.05\)\.$/m,
      )
      assert.match(
        r.summary,
        /^\*\*Next:\*\* Nothing to undo\. Fix `shop--v150` and deploy again; .*"Stage 2 \(50%\)"/m,
      )
      assert.match(r.summary, /^\| 2 \| 50 % \| [\d.]+s \| 50 % \/ 0 % \| ❌ failed \|$/m)
      assert.equal(chartLine(r.summary).points.at(-1), 0)
      assert.doesNotMatch(r.stderr + r.stdout, /\n\s+at /, 'no stack trace')
    } finally {
      await s.close()
    }
  })

  test('a p95 latency regression is rolled back; a canary as slow as stable is not', async () => {
    const slow = await startCanaryApp()
    try {
      await slow.app.addRevision('v150', { latencyMs: 250 })
      const r = await slow.rollout({
        ...FAST,
        revision: 'v150',
        stages: '50%:4s, 100%',
        thresholds: 'error-rate<1%, p95<150ms',
      })
      assert.equal(r.exitCode, 1, r.log)
      assert.deepEqual(weightHistory(slow.app).at(-1), { [STABLE]: 100 })
      assert.match(r.outputs.reason ?? '', /p95 \d+ms breaks p95<150ms; stable p95 \d+ms: slower than stable/)
    } finally {
      await slow.close()
    }

    const alike = await startCanaryApp({ stable: { suffix: 'v140', behaviour: { latencyMs: 250 } } })
    try {
      await alike.app.addRevision('v150', { latencyMs: 250 })
      const r = await alike.rollout({
        ...FAST,
        revision: 'v150',
        stages: '50%:3s, 100%',
        thresholds: 'error-rate<1%, p95<150ms',
      })
      assert.equal(r.exitCode, 0, r.log)
      assert.deepEqual(weightHistory(alike.app).at(-1), { [CANARY]: 100 })
      const notes = timeline(r.outputs.timeline)[0]?.notes ?? []
      assert.ok(
        notes.some((n) => /p95 \d+ms breaks p95<150ms, but stable is as slow/.test(n)),
        notes.join('\n'),
      )
    } finally {
      await alike.close()
    }
  })

  test('too few samples is inconclusive: policy fail rolls back, policy pass goes on and says it had no evidence', async () => {
    const low = { ...FAST, 'requests-per-interval': '2', stages: '10%:2s, 100%' }
    const failing = await startCanaryApp()
    try {
      await failing.app.addRevision('v150')
      const r = await failing.rollout({ ...low, revision: 'v150', inconclusive: 'fail' })
      assert.equal(r.exitCode, 1, r.log)
      assert.deepEqual(weightHistory(failing.app).at(-1), { [STABLE]: 100 })
      assert.match(
        r.outputs.reason ?? '',
        /^stage 1 \(10%\): inconclusive: \d of the 20 canary samples a verdict needs \(inconclusive: fail\)$/,
      )
    } finally {
      await failing.close()
    }
    const passing = await startCanaryApp()
    try {
      await passing.app.addRevision('v150')
      const r = await passing.rollout({ ...low, revision: 'v150', inconclusive: 'pass' })
      assert.equal(r.exitCode, 0, r.log)
      assert.equal(timeline(r.outputs.timeline)[0]?.verdict, 'passed-inconclusive')
      assert.ok(
        r.annotations.some(
          (a) =>
            a.level === 'warning' &&
            a.properties.title === 'Stage passed without evidence' &&
            /passed WITHOUT evidence/.test(a.message),
        ),
      )
    } finally {
      await passing.close()
    }
  })

  test('policy wait: a noisy low-traffic canary is not aborted; the stage bakes on until it has the samples, then judges', async () => {
    const s = await startCanaryApp()
    try {
      // One request in ten fails: over the 1 % limit, but at 20 samples not significantly worse than stable.
      await s.app.addRevision('v150', { errorRate: 0.1 })
      const r = await s.rollout({
        ...FAST,
        'requests-per-interval': '4',
        revision: 'v150',
        stages: '10%:2s, 100%',
        inconclusive: 'wait',
      })
      assert.equal(r.exitCode, 0, r.log)
      const first = timeline(r.outputs.timeline)[0] as StageEntry
      assert.equal(first.verdict, 'passed')
      assert.ok((first.canary?.samples ?? 0) >= 20, `judged from ${first.canary?.samples} samples`)
      assert.ok((first.canary?.errors ?? 0) >= 1, 'the canary did fail some requests')
      assert.ok(first.notes?.some((n) => /not blamed on the canary/.test(n)))
    } finally {
      await s.close()
    }
  })
})
