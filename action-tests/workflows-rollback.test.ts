/**
 * rollback.yml run through the README's workflow_dispatch caller by the workflow runner, after
 * deploy-production.yml deployed v1.5.0 (with its migration) to the same stand-ins: inside the
 * rollback window the previous revision serves 100 % again, the database is restored from the
 * backup taken before the migration, production is smoke-tested and the rollback notified; after
 * the window the rollback is refused and production is left as it is.
 */
import assert from 'node:assert/strict'
import { afterAll, beforeAll, describe, test } from '@jest/globals'
import { DATABASE, startShop, type Shop } from '@deploy-actions/harness/shop'

const loyaltyColumn = async (shop: Shop) =>
  (
    await shop.pg.sql(
      DATABASE,
      "SELECT count(*) FROM information_schema.columns WHERE table_name = 'customers' AND column_name = 'loyalty_points';",
    )
  ).trim()

const dispatch = (inputs: Record<string, string>) =>
  ({
    name: 'workflow_dispatch',
    ref: 'refs/heads/main',
    sha: 'ffac537e6cbbf934b08745a378932722df287a53',
    inputs,
  }) as const

describe('rollback.yml by workflow_dispatch, through the caller', () => {
  let shop: Shop
  beforeAll(async () => {
    shop = await startShop()
  })
  afterAll(() => shop?.close())

  test('inside the window: the previous revision back at 100 %, the database restored, production smoke-tested, notified', async () => {
    const sha = shop.release('v1.5.0')
    const deployed = await shop.run('deploy.yml', { name: 'push', ref: 'refs/tags/v1.5.0', sha })
    assert.equal(deployed.conclusion, 'success', deployed.log.join('\n'))
    assert.equal(await loyaltyColumn(shop), '1', 'the migration ran')
    await shop.pg.sql(DATABASE, 'UPDATE customers SET loyalty_points = 7 WHERE id = 1;')
    const heard = shop.webhook.to('/services/').length

    const log: string[] = []
    const run = await shop.run(
      'rollback.yml',
      dispatch({ 'deployment-id': deployed.outputs['deployment-id'] as string, 'restore-database': 'true' }),
      (l) => log.push(l),
    )
    assert.equal(run.conclusion, 'success', log.join('\n'))
    // Traffic: the v1.4.0 revision alone, read back from the app.
    const weights = shop.app.weights()
    assert.equal(weights['shop--v140'], 100)
    assert.equal(Object.values(weights).filter((w) => w > 0).length, 1)
    // The database is as the backup before the migration had it: no loyalty column, every customer there.
    assert.equal(await loyaltyColumn(shop), '0')
    assert.equal((await shop.pg.sql(DATABASE, 'SELECT count(*) FROM customers;')).trim(), '500')
    // Smoke-tested after the traffic change, and Slack told "rolled back".
    const steps = run.jobs['rollback/rollback']?.steps ?? []
    assert.deepEqual(
      ['traffic', 'restore', 'smoke'].map((id) => steps.find((s) => s.id === id)?.conclusion),
      ['success', 'success', 'success'],
    )
    const texts = shop.webhook
      .to('/services/')
      .slice(heard)
      .map((r) => JSON.stringify(r.body))
    assert.equal(texts.length, 1)
    assert.match(texts[0] as string, /rolled.back/i)
    assert.deepEqual(shop.gh.refusals, [])
  })

  test('after the window: refused in one annotation, production left on the new revision, the failure notified', async () => {
    const sha = shop.release('v1.6.0')
    const deployed = await shop.run('deploy-no-window.yml', { name: 'push', ref: 'refs/tags/v1.6.0', sha })
    assert.equal(deployed.conclusion, 'success', deployed.log.join('\n'))
    const before = shop.app.weights()
    const changes = shop.app.history.length
    const heard = shop.webhook.to('/services/').length

    const run = await shop.run('rollback.yml', dispatch({ 'restore-database': 'true' }))
    assert.equal(run.conclusion, 'failure')
    const errors = run.annotations.filter((a) => a.level === 'error')
    assert.equal(errors.length, 1)
    assert.match(errors[0]?.message ?? '', /rollback window of v1\.6\.0 closed/)
    // Nothing moved: the same weights, no traffic change recorded; the database keeps its migration.
    assert.deepEqual(shop.app.weights(), before)
    assert.equal(shop.app.history.length, changes)
    assert.equal(await loyaltyColumn(shop), '1')
    const steps = run.jobs['rollback/rollback']?.steps ?? []
    assert.deepEqual(
      ['traffic', 'restore', 'smoke'].map((id) => steps.find((s) => s.id === id)?.conclusion),
      ['skipped', 'skipped', 'skipped'],
    )
    const texts = shop.webhook
      .to('/services/')
      .slice(heard)
      .map((r) => JSON.stringify(r.body))
    assert.equal(texts.length, 1)
    assert.match(texts[0] as string, /failed/i)
  })
})
