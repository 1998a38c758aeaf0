import assert from 'node:assert/strict'
import { describe, it } from '@jest/globals'
import { leaseTtlMs } from '../src/budgets.ts'
import { leaseRenewalDue, leaseStanding, type Marker, readMarker, runUrl } from '../src/container-app.ts'

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
    // The same attempt (another job of a matrix) and another repository's run 42 are live.
    assert.equal(leaseStanding(m, now, RUN), 'live')
    assert.equal(leaseStanding(m, now, 'octo-org/other/actions/runs/42/attempts/2'), 'live')
  })
  it('is renewed after a third of it; it outlasts three gate intervals and two ARM calls', () => {
    assert.equal(leaseRenewalDue(0, 199_999, 600_000), false)
    assert.equal(leaseRenewalDue(0, 200_000, 600_000), true)
    assert.equal(leaseTtlMs(10_000), 600_000)
    assert.equal(leaseTtlMs(3_600_000), 3 * 3_600_000 + 180_000)
  })
  it('reads back what it wrote, and names its run by URL', () => {
    const m = marker({ expires: '2026-11-29T10:10:00.000Z', token: 'abc123' })
    assert.deepEqual(readMarker({ 'deploy-actions-rollout': JSON.stringify(m) }), m)
    assert.equal(runUrl(RUN), `https://github.com/${RUN}`)
    assert.equal(runUrl('unknown'), 'unknown')
  })
})
