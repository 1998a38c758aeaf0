import assert from 'node:assert/strict'
import { describe, it } from '@jest/globals'
import type { StageRecord } from '../src/rollout.ts'
import { imageVersion, rolloutSummary, stoppedSummary, type SummaryInput } from '../src/summary.ts'

const T0 = Date.parse('2026-11-29T23:30:00Z')
const at = (s: number) => new Date(T0 + s * 1000).toISOString()
const side = (errors: number, samples: number, p95 = 40) => ({ samples, errors, errorRate: errors / samples, p95 })

/** A stage from `from` to `to` seconds after the first began. */
function stage(n: number, weight: number, from: number, to: number, more: Partial<StageRecord> = {}): StageRecord {
  return {
    stage: n,
    weight,
    bakeMs: (to - from) * 1000,
    startedAt: at(from),
    endedAt: at(to),
    durationMs: (to - from) * 1000,
    rounds: 3,
    verdict: 'passed',
    canary: side(0, 300),
    stable: side(0, 300),
    apiRequests: 5,
    ...more,
  }
}

const base: SummaryInput = {
  app: 'shop',
  mode: 'rollout',
  result: 'promoted',
  stable: 'shop--v151',
  canary: 'shop--v151',
  previous: 'shop--v150',
  versions: { 'shop--v151': 'v1.5.1', 'shop--v150': 'v1.5.0' },
  stages: [],
}

const rolledBack: SummaryInput = {
  ...base,
  result: 'rolled-back',
  stable: 'shop--v150',
  canary: 'shop--v151',
  previous: 'shop--v150',
  reason:
    'stage 2 (50%): error-rate failed 3 rounds in a row: error rate 4.1% (12 of 290, mostly status 500); ' +
    'stable 0.3% (1 of 290): worse than stable, unlikely by chance (p = 0.002; the bar is 0.05)',
  rollbackMs: 1200,
  stages: [
    stage(1, 5, 0, 300),
    stage(2, 50, 300, 490, { verdict: 'failed', canary: side(12, 290), stable: side(1, 290), reason: 'r' }),
  ],
  weights: [
    { at: at(1), canaryWeight: 5 },
    { at: at(301), canaryWeight: 50 },
    { at: at(491), canaryWeight: 0 },
  ],
}

const lines = (md: string) => md.split('\n')
/** Every table's column count: each must fit GitHub's run page (~880 px), the one in sight at most five. */
const tables = (md: string) =>
  lines(md)
    .filter((l) => /^\| --- /.test(l))
    .map((l) => l.split('|').length - 2)
const next = (md: string) => lines(md).find((l) => l.startsWith('**Next:**')) ?? ''

describe('the job summary, read at 2 a.m.', () => {
  it('a failed gate: the versions serving now, the cause with its figures, what to do next', () => {
    const md = rolloutSummary(rolledBack)
    assert.equal(lines(md)[0], '### ↩️ shop: v1.5.1 rolled back; v1.5.0 serving 100 %')
    assert.match(md, /^\*\*Why:\*\* Stage 2 \(50%\): .*4\.1% \(12 of 290, mostly status 500\).*unlikely by chance/m)
    assert.match(next(md), /Nothing to undo\. Fix v1\.5\.1 and deploy again; .*"Stage 2 \(50%\)"/)
    assert.deepEqual(tables(md)[0], 5)
    assert.match(md, /^\| 2 \| 50 % \| 3m10s \| 4\.1 % \/ 0\.3 % \| ❌ failed \|$/m)
    // Revision names, and every other figure, are in the details.
    assert.match(
      md,
      /<details>[\s\S]*`shop--v150` \(v1\.5\.0\)[\s\S]*canary: `shop--v151` \(v1\.5\.1\)[\s\S]*<\/details>/,
    )
    assert.ok(tables(md).every((n) => n <= 6))
  })

  it('charts the weight over real time: a 5-minute stage twice as wide as a stage half as long, then 0 %', () => {
    const md = rolloutSummary(rolledBack)
    assert.match(md, /x-axis "minutes since stage 1 began" 0 --> 8\.2/)
    const points = (/^ {2}line \[([\d, ]+)\]$/m.exec(md)?.[1] ?? '').split(', ').map(Number)
    const count = (w: number) => points.filter((p) => p === w).length
    assert.ok(Math.abs(count(5) / count(50) - 300 / 190) < 0.3, `5 %: ${count(5)} points, 50 %: ${count(50)}`)
    assert.equal(points.at(-1), 0)
    assert.match(md, /title "Canary share of traffic: failed at 8m10s, back to 0 % 1\.2s later"/)
  })

  it('promoted: the new version serves, and the command that undoes it', () => {
    const md = rolloutSummary({ ...base, stages: [stage(1, 100, 0, 60)], weights: [{ at: at(0), canaryWeight: 100 }] })
    assert.equal(lines(md)[0], '### ✅ shop: v1.5.1 promoted; serving 100 %')
    assert.match(next(md), /canary-rollout `mode: rollback` puts v1\.5\.0 back/)
    assert.doesNotMatch(md, /\*\*Why:\*\*/)
  })

  it('cancelled, an error, a promotion that did not complete: stable serves, nothing to undo', () => {
    const cancelled = rolloutSummary({ ...rolledBack, ended: 'cancelled', reason: 'the run was cancelled' })
    assert.equal(lines(cancelled)[0], '### ⏹️ shop: v1.5.1 cancelled; v1.5.0 serving 100 %')
    assert.match(next(cancelled), /Nothing to undo/)
    const error = rolloutSummary({ ...rolledBack, ended: 'error', reason: 'ARM refused the traffic change (409)' })
    assert.equal(lines(error)[0], '### ❌ shop: v1.5.1 stopped on an error; v1.5.0 serving 100 %')
    assert.match(error, /^\*\*Why:\*\* ARM refused the traffic change \(409\)\.$/m)
    const notPromoted = rolloutSummary({ ...rolledBack, ended: 'not-promoted' })
    assert.equal(lines(notPromoted)[0], '### ↩️ shop: v1.5.1 not promoted; v1.5.0 serving 100 %')
  })

  it('held: the split, its deadline as a clock time, and both ways on', () => {
    const md = rolloutSummary({
      ...rolledBack,
      result: 'held',
      hold: { stage: 1, weight: 5, deadline: new Date(Date.now() + 3_600_000).toISOString(), rest: '100% for 5m' },
      stages: [stage(1, 5, 0, 300)],
    })
    assert.match(
      lines(md)[0] ?? '',
      /^### ⏸️ shop: v1\.5\.1 held at 5 %, v1\.5\.0 serving 95 % until (\d+ \w+ )?\d\d:\d\d UTC$/,
    )
    assert.match(next(md), /`mode: promote` resumes \(100% for 5m\);.*`mode: rollback` ends the hold/)
  })

  it('plan: nothing changed, and the table of when each stage would start', () => {
    const md = rolloutSummary({
      ...rolledBack,
      result: 'planned',
      reason: 'plan only',
      stages: [{ ...stage(1, 5, 0, 300), verdict: 'running', startedAt: '+0s' }],
    })
    assert.equal(lines(md)[0], '### 🗓️ shop: plan to roll out v1.5.1; v1.5.0 serving 100 %, nothing changed')
    assert.match(md, /^\| Stage \| Weight \| Starts \| Bake \| Gate rounds \|$/m)
    assert.doesNotMatch(md, /mermaid/)
  })

  it('modes rollback and promote by hand, and nothing to change', () => {
    const back = rolloutSummary({
      ...base,
      result: 'rolled-back',
      ended: 'by-hand',
      stable: 'shop--v150',
      canary: 'shop--v151',
      previous: 'shop--v151',
      reason: 'manual rollback to shop--v150',
    })
    assert.equal(lines(back)[0], '### ↩️ shop: rolled back to v1.5.0; serving 100 %')
    assert.match(next(back), /v1\.5\.1 stays active at 0 %: `mode: promote` with `revision: shop--v151`/)
    const forward = rolloutSummary({ ...base, ended: 'by-hand', reason: 'promoted by hand (mode promote)' })
    assert.equal(lines(forward)[0], '### ✅ shop: v1.5.1 promoted by hand; serving 100 %')
    const already = rolloutSummary({ ...base, ended: 'unchanged', reason: 'already promoted' })
    assert.equal(lines(already)[0], '### ✅ shop: v1.5.1 already serving 100 %; nothing changed')
  })

  it('names revisions where no version is known, or two share one', () => {
    const md = rolloutSummary({ ...rolledBack, versions: { 'shop--v151': 'v1.5.0', 'shop--v150': 'v1.5.0' } })
    assert.equal(lines(md)[0], '### ↩️ shop: `shop--v151` rolled back; `shop--v150` serving 100 %')
  })

  it('reads a version from an image reference, never from `latest`', () => {
    assert.equal(imageVersion('ghcr.io/octo-org/shop:v1.5.0'), 'v1.5.0')
    assert.equal(imageVersion('DOCKER|localhost:5000/shop:2026.11.29'), '2026.11.29')
    assert.equal(imageVersion('localhost:5000/shop'), undefined)
    assert.equal(imageVersion('ghcr.io/octo-org/shop:latest'), undefined)
    assert.equal(imageVersion(`ghcr.io/octo-org/shop@sha256:${'ab'.repeat(32)}`), `sha256:${'ab'.repeat(6)}`)
  })

  it('a run stopped before any split: what served when read, the refusal, and that nothing needs undoing', () => {
    const md = stoppedSummary({
      app: 'shop',
      mode: 'rollout',
      message: 'revision shop--v151 did not become healthy within 5m; no traffic was moved',
      stable: { revision: 'shop--v150', version: 'v1.5.0' },
    })
    assert.equal(lines(md)[0], '### ⛔ shop: not rolled out; v1.5.0 serving 100 %')
    assert.match(md, /^\*\*Why:\*\* Revision shop--v151 did not become healthy within 5m; no traffic was moved\.$/m)
    assert.match(next(md), /Nothing to undo/)
    const split = stoppedSummary({ app: 'shop', mode: 'rollout', message: 'x; restoring failed too', left: 'split' })
    assert.equal(lines(split)[0], "### ⚠️ shop: traffic still split; this job's post step restores it")
    assert.match(next(split), /`mode: rollback`/)
  })
})
