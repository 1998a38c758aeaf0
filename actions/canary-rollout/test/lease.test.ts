import assert from 'node:assert/strict'
import { describe, it } from '@jest/globals'
import { leaseTtlMs } from '../src/budgets.ts'
import {
  describeLease,
  encodeLease,
  leaseRenewalDue,
  leaseStanding,
  type Marker,
  readMarker,
  readPromotion,
  promotionTags,
  runUrl,
  TAG_VALUE_MAX,
  withoutPromotion,
} from '../src/container-app.ts'

const RUN = 'octo-org/shop/actions/runs/42/attempts/1'
const marker = (over: Partial<Marker>): Marker => ({
  stable: 'shop--v140',
  canary: 'shop--v150',
  run: RUN,
  since: '2026-11-29T10:00:00.000Z',
  ...over,
})
const at = (iso: string) => Date.parse(iso)

describe('the in-flight lease', () => {
  it('as a hold, stands until its deadline even for a later attempt of its run, and reads back', () => {
    const hold = { stage: 1, weight: 10, rest: '50%:600s,100%' }
    const m = marker({ expires: '2026-11-30T10:00:00Z', hold })
    const rerun = 'octo-org/shop/actions/runs/42/attempts/2'
    assert.equal(leaseStanding(m, at('2026-11-30T09:59:59.000Z'), rerun), 'live')
    assert.equal(leaseStanding(m, at('2026-11-30T10:00:00.000Z'), rerun), 'expired')
    assert.equal(leaseStanding({ ...m, hold: undefined }, at('2026-11-30T09:59:59.000Z'), rerun), 'expired')
    const tags = { 'deploy-actions-rollout': encodeLease(m, at('2026-11-30T10:00:00Z')) }
    assert.deepEqual(readMarker(tags)?.hold, hold)
    assert.throws(
      () => readMarker({ 'deploy-actions-rollout': JSON.stringify({ ...m, hold: { stage: 'one' } }) }),
      /is not a marker this action wrote/,
    )
  })

  it('is live until it expires, then expired', () => {
    const m = marker({ expires: '2026-11-29T10:10:00.000Z' })
    const other = 'octo-org/shop/actions/runs/43/attempts/1'
    assert.equal(leaseStanding(m, at('2026-11-29T10:09:59.000Z'), other), 'live')
    assert.equal(leaseStanding(m, at('2026-11-29T10:10:00.000Z'), other), 'expired')
  })
  it('without an expiry (written before leases) or with a broken one counts as expired', () => {
    assert.equal(leaseStanding(marker({}), 0, 'x/y/actions/runs/1/attempts/1'), 'expired')
    assert.equal(leaseStanding(marker({ expires: 'soon' }), 0, 'x/y/actions/runs/1/attempts/1'), 'expired')
  })
  it('of an earlier attempt of the same run is expired at once (a re-run starts after its run ended)', () => {
    const m = marker({ expires: '2026-11-29T10:10:00.000Z' })
    const now = at('2026-11-29T10:01:00.000Z')
    assert.equal(leaseStanding(m, now, 'octo-org/shop/actions/runs/42/attempts/2'), 'expired')
    assert.equal(leaseStanding({ ...m, run: 'actions/runs/42/attempts/1' }, now, `${RUN.slice(0, -1)}2`), 'expired')
    // The same attempt (another job of a matrix) and another run are live.
    assert.equal(leaseStanding(m, now, RUN), 'live')
    assert.equal(leaseStanding(m, now, 'octo-org/shop/actions/runs/43/attempts/2'), 'live')
  })
  it('is renewed after a third of it; it outlasts three gate intervals and two ARM calls', () => {
    assert.equal(leaseRenewalDue(0, 199_999, 600_000), false)
    assert.equal(leaseRenewalDue(0, 200_000, 600_000), true)
    assert.equal(leaseTtlMs(10_000), 600_000)
    assert.equal(leaseTtlMs(3_600_000), 3 * 3_600_000 + 180_000)
  })
  it("fits Azure's 256 characters of a tag value, shedding what it can spare for long names", () => {
    const expires = at('2026-11-29T10:10:00.000Z')
    const short = encodeLease(marker({ token: 'abc123' }), expires)
    assert.deepEqual(JSON.parse(short), { ...marker({ token: 'abc123' }), expires: '2026-11-29T10:10:00Z' })
    // The longest names Container Apps allows (54 characters for app and suffix) and a long repository.
    const longest = marker({
      stable: `a${'b'.repeat(30)}--${'c'.repeat(23)}`,
      canary: `a${'b'.repeat(30)}--${'d'.repeat(23)}`,
      run: `${'o'.repeat(39)}/${'r'.repeat(60)}/actions/runs/19000000000/attempts/12`,
      token: '0123456789ab',
    })
    const value = encodeLease(longest, expires)
    assert.ok(value.length <= TAG_VALUE_MAX, `${value.length} characters`)
    const read = readMarker({ 'deploy-actions-rollout': value })
    assert.deepEqual(
      [read?.stable, read?.canary, read?.token, read?.run, read?.expires],
      [longest.stable, longest.canary, longest.token, 'actions/runs/19000000000/attempts/12', '2026-11-29T10:10:00Z'],
    )
    assert.throws(
      () => encodeLease({ ...longest, stable: 'x'.repeat(120), canary: 'y'.repeat(120) }, expires),
      /too long for the deploy-actions-rollout tag \(Azure allows 256 characters in a tag value\); no traffic was moved/,
    )
  })
  it('reads back what it wrote, and names its run by URL', () => {
    const m = marker({ expires: '2026-11-29T10:10:00.000Z', token: 'abc123' })
    assert.deepEqual(readMarker({ 'deploy-actions-rollout': JSON.stringify(m) }), m)
    assert.equal(runUrl(RUN), `https://github.com/${RUN}`)
    assert.equal(runUrl('unknown'), 'unknown')
  })

  it('as a watch window, reads back with its flag and is described as a watch, not a split', () => {
    const m = marker({ expires: '2026-11-30T10:00:00Z', token: 'abc', watch: true })
    const read = readMarker({ 'deploy-actions-rollout': encodeLease(m, at('2026-11-30T10:00:00Z')) })
    assert.equal(read?.watch, true)
    assert.match(
      describeLease(m),
      /^watched after its promotion by https:\/\/github\.com\/.*\(shop--v150 100%, shop--v140 active at 0% to return to\)/,
    )
    assert.equal(readMarker({ 'deploy-actions-rollout': encodeLease(marker({}), 0) })?.watch, undefined)
  })
})

describe('the record of a promotion', () => {
  it('names the revision, the previous one and when; a value not of its shape is none', () => {
    const tags = promotionTags('shop--v150', 'shop--v140')
    assert.equal(tags['deploy-actions-previous'], 'shop--v140')
    const p = readPromotion(tags)
    assert.deepEqual([p?.revision, p?.previous], ['shop--v150', 'shop--v140'])
    assert.ok(Math.abs(Date.parse(p?.at ?? '') - Date.now()) < 2000)
    for (const bad of [
      '',
      'shop--v150',
      '{"revision":"a","previous":"b"}',
      '{"revision":1,"previous":"b","at":"2026-11-30T10:00:00Z"}',
    ])
      assert.equal(readPromotion({ 'deploy-actions-promoted': bad }), undefined, bad)
    assert.deepEqual(withoutPromotion({ ...tags, team: 'shop' }, false), {
      team: 'shop',
      'deploy-actions-previous': 'shop--v140',
    })
    assert.deepEqual(withoutPromotion({ ...tags, team: 'shop' }, true), { team: 'shop' })
  })
})
