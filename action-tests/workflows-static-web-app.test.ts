/**
 * deploy-static-web-app.yml and rollback-static-web-app.yml run through the README's callers by the
 * workflow runner, against one connected set of stand-ins (static-web-app-shop.ts): the assertions
 * are what production serves through the Front Door endpoint, what each environment serves, the
 * kept builds and production's history in Azurite, the GitHub Deployments, and the notifications
 * the Teams and Logic App receivers got (the latter with a valid HMAC signature).
 */
import assert from 'node:assert/strict'
import { createHmac } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, test } from '@jest/globals'
import { PRODUCTION_BUILD } from '@deploy-actions/harness/emulators/static-sites'
import type { StepSummary } from '@deploy-actions/harness/workflow'
import {
  BUILDS_CONTAINER,
  BUILDS_PREFIX,
  NOTIFY_WEBHOOK_SECRET,
  type SiteShop,
  startSiteShop,
} from '@deploy-actions/harness/static-web-app-shop'
import { checkSummaries } from '../scripts/lib/summary-render.ts'

const push = (shop: SiteShop, tag: string) =>
  ({ name: 'push', ref: `refs/tags/${tag}`, sha: shop.release(tag) }) as const
const dispatch = (inputs: Record<string, string>) =>
  ({
    name: 'workflow_dispatch',
    ref: 'refs/heads/main',
    sha: 'ffac537e6cbbf934b08745a378932722df287a53',
    inputs,
  }) as const

/** The Logic App's notifications since `from`, each checked as the Logic App checks it: the signature over the raw body. */
function signedEvents(shop: SiteShop, from: number): string[] {
  return shop.webhook
    .to('logicapp')
    .slice(from)
    .map((r) => {
      const expected = `sha256=${createHmac('sha256', NOTIFY_WEBHOOK_SECRET).update(r.raw).digest('hex')}`
      assert.equal(r.headers['x-deploy-signature-256'], expected, 'a valid signature')
      return `${(r.body as { event: string; version: string }).event} ${(r.body as { version: string }).version}`
    })
}

const servedVersion = async (shop: SiteShop) =>
  JSON.parse((await shop.throughCdn('/version.json')).text) as { version: string }
const history = async (shop: SiteShop) =>
  (
    JSON.parse((await shop.azurite.get(BUILDS_CONTAINER, `${BUILDS_PREFIX}/production.json`)).toString('utf8')) as {
      entries: Array<{ version: string; operation: string }>
    }
  ).entries.map((e) => `${e.operation} ${e.version}`)

describe('deploy-static-web-app.yml and rollback-static-web-app.yml through the callers', () => {
  let shop: SiteShop
  /** Every run's job summaries, rendered at the end as GitHub's run page shows them. */
  const summaries: StepSummary[] = []
  beforeAll(async () => {
    shop = await startSiteShop()
    shop.site.stepMs = 50
    shop.cdn.purgeMs = 100
    const run = shop.run.bind(shop)
    shop.run = async (...args) => {
      const done = await run(...args)
      summaries.push(...done.summaries)
      return done
    }
  }, 60_000)
  afterAll(() => shop?.close())

  test('happy path: staged, smoke-tested, promoted, the CDN purged, production serves v1.5.0 through it; recorded and notified', async () => {
    // A user's browser warmed the CDN with v1.4.0.
    assert.equal((await servedVersion(shop)).version, 'v1.4.0')
    const heard = shop.webhook.to('logicapp').length
    const log: string[] = []
    const run = await shop.run('deploy-site.yml', push(shop, 'v1.5.0'), (l) => log.push(l))
    assert.equal(run.conclusion, 'success', log.join('\n'))
    assert.equal(run.outputs.result, 'promoted')
    // Through the CDN, the new build (the purge dropped the stale copy); staging serves it too.
    assert.equal((await servedVersion(shop)).version, 'v1.5.0')
    assert.equal((await shop.throughCdn('/')).text, '<!doctype html><h1>PhoenixVC v1.5.0</h1>\n')
    assert.equal(shop.site.text('staging', '/version.json'), '{"version":"v1.5.0"}')
    assert.equal(shop.cdn.purges.length, 1)
    assert.deepEqual(shop.cdn.purges[0]?.contentPaths, ['/*'])
    // The staging and production deployments fetched the same kept zip.
    const [staged, promoted] = shop.site.deployments.slice(-2)
    assert.equal(staged?.environment, 'staging')
    assert.equal(promoted?.environment, PRODUCTION_BUILD)
    assert.equal(staged?.sha256, promoted?.sha256)
    assert.deepEqual(await shop.azurite.blobs(BUILDS_CONTAINER, `${BUILDS_PREFIX}/builds/`), [
      `${BUILDS_PREFIX}/builds/v1.5.0.zip`,
    ])
    assert.deepEqual(await history(shop), ['promote v1.5.0'])
    // The GitHub Deployment ended success; Teams and the Logic App heard started and succeeded.
    const deployment = shop.gh.deployments[0] // newest first
    assert.ok(deployment)
    assert.equal(shop.gh.latestStatus(deployment.id)?.state, 'success')
    assert.deepEqual(signedEvents(shop, heard), ['started v1.5.0', 'succeeded v1.5.0'])
    assert.ok(shop.webhook.to('/workflows/0123abcd').length >= 2, 'Teams heard it too')
    // The record is kept as an artifact.
    const artifact = join(run.artifactsDir, `deployment-record-${run.outputs['deployment-id']}`)
    const recordFile = readdirSync(artifact).find((f) => f.endsWith('.json')) as string
    const record = JSON.parse(readFileSync(join(artifact, recordFile), 'utf8')) as {
      version: string
      status: string
      services: unknown
    }
    assert.deepEqual([record.version, record.status], ['v1.5.0', 'success'])
    // No secret in the run's log: the storage key, the SAS signatures, the webhook secret and URLs.
    const text = log.join('\n')
    for (const secret of [
      NOTIFY_WEBHOOK_SECRET,
      'sig=',
      's3cr3tLogicAppSignature',
      's3cr3tTeamsSignature',
      shop.secrets.AZURE_STORAGE_CONNECTION_STRING?.match(/AccountKey=([^;]+)/)?.[1] ?? '?',
    ])
      assert.ok(!text.includes(secret), `${secret.slice(0, 12)}… in the log`)
  }, 240_000)

  test('rolled back: a failing staging smoke test leaves production untouched; a failing production smoke test redeploys the previous build', async () => {
    // v1.5.1's health check fails: judged in staging, never promoted.
    shop.writeSource({ health: 'degraded' })
    const deployments = shop.site.deployments.length
    const heard = shop.webhook.to('logicapp').length
    const failed = await shop.run('deploy-site.yml', push(shop, 'v1.5.1'))
    assert.equal(failed.conclusion, 'failure')
    assert.equal(failed.outputs.result, 'failed')
    assert.deepEqual(
      shop.site.deployments.slice(deployments).map((d) => d.environment),
      ['staging'],
      'production was never deployed to',
    )
    assert.equal((await servedVersion(shop)).version, 'v1.5.0')
    assert.equal(shop.site.text('staging', '/version.json'), '{"version":"v1.5.1"}')
    assert.deepEqual(signedEvents(shop, heard), ['started v1.5.1', 'failed v1.5.1'])
    const failedBody = shop.webhook.to('logicapp').at(-1)?.body as { failedStage: string }
    assert.equal(failedBody.failedStage, 'staging smoke-test')
    // The failure report names the stage; the GitHub Deployment ended failure.
    const report = readdirSync(join(failed.artifactsDir, `deployment-record-${failed.outputs['deployment-id']}`))
    assert.ok(
      report.some((f) => f.endsWith('.md')),
      `a failure report among ${report.join(', ')}`,
    )
    assert.equal(shop.gh.latestStatus(shop.gh.deployments[0]?.id ?? 0)?.state, 'failure')

    // v1.6.0 is healthy at its origin, but the edge fails it: production smoke through the CDN fails.
    shop.writeSource({})
    shop.cdn.failing.add('/health.json')
    const heard2 = shop.webhook.to('logicapp').length
    const rolled = await shop.run('deploy-site.yml', push(shop, 'v1.6.0'))
    shop.cdn.failing.clear()
    assert.equal(rolled.conclusion, 'failure')
    assert.equal(rolled.outputs.result, 'rolled-back')
    assert.equal(shop.site.text(PRODUCTION_BUILD, '/version.json'), '{"version":"v1.5.0"}')
    assert.equal((await servedVersion(shop)).version, 'v1.5.0', 'the CDN was purged after the rollback')
    assert.deepEqual(await history(shop), ['promote v1.5.0', 'promote v1.6.0', 'rollback v1.5.0'])
    assert.deepEqual(signedEvents(shop, heard2), ['started v1.6.0', 'rolled-back v1.6.0'])
  }, 360_000)

  test('manual rollback: the previous release redeployed to production, purged, smoke-tested, recorded, notified', async () => {
    const ok = await shop.run('deploy-site.yml', push(shop, 'v1.7.0'))
    assert.equal(ok.conclusion, 'success')
    assert.equal((await servedVersion(shop)).version, 'v1.7.0')
    const heard = shop.webhook.to('logicapp').length
    const purges = shop.cdn.purges.length
    const log: string[] = []
    const run = await shop.run('rollback-site.yml', dispatch({}), (l) => log.push(l))
    assert.equal(run.conclusion, 'success', log.join('\n'))
    assert.equal((await servedVersion(shop)).version, 'v1.5.0')
    assert.equal(shop.cdn.purges.length, purges + 1)
    assert.deepEqual((await history(shop)).slice(-2), ['promote v1.7.0', 'rollback v1.5.0'])
    const recorded = shop.gh.deployments[0] // newest first
    assert.ok(recorded)
    assert.equal(shop.gh.latestStatus(recorded.id)?.state, 'success')
    // Recorded on the commit of v1.5.0's release, the deployment before the current one.
    assert.equal(recorded.sha, shop.release('v1.5.0'))
    assert.deepEqual(signedEvents(shop, heard), ['rolled-back v1.5.0'])
  }, 240_000)

  test("every run's job summaries render on GitHub's run page (static-web-app, cdn-purge, smoke-test, ...)", async () => {
    assert.ok(summaries.some((s) => s.action === 'static-web-app') && summaries.some((s) => s.action === 'cdn-purge'))
    assert.deepEqual(await checkSummaries('workflows-static-web-app', summaries), [])
  })
})
