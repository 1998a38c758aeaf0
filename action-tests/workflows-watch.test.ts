/**
 * deploy-production.yml with `watch`: the caller's window reaches canary-rollout, which watches the
 * promoted revision before the job goes on. Asserted on what the stand-ins hold afterwards: the
 * Container App's weights and active flags, its tags, and the deployment record's rollout stages.
 */
import assert from 'node:assert/strict'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, test } from '@jest/globals'
import { DEPLOY_CALLER, startShop, type Shop } from '@deploy-actions/harness/shop'

const MARKER = 'deploy-actions-rollout'
/** The README's deploy caller with a window of `watch` after the promotion. */
const watchCaller = (watch: string) =>
  DEPLOY_CALLER.replace('      app: shop\n', `      app: shop\n      watch: ${watch}\n`)

interface RecordStage {
  stage: string
  traffic_percentage: number
  status: string
  reason?: string | null
}

/** The rollout stages of the record the run kept as its artifact. */
function recordStages(run: { artifactsDir: string; outputs: Record<string, unknown> }): RecordStage[] {
  const artifact = join(run.artifactsDir, `deployment-record-${String(run.outputs['deployment-id'])}`)
  const file = readdirSync(artifact).find((f) => f.endsWith('.json') && !/failure-report/.test(f)) as string
  return (JSON.parse(readFileSync(join(artifact, file), 'utf8')) as { rollout_stages: RecordStage[] }).rollout_stages
}

const revisionOf = (shop: Shop, tag: string) =>
  [...shop.app.revisions.values()].find((r) => r.image.endsWith(`:${tag}`))

describe('deploy-production.yml: a caller passing watch gets the validation window', () => {
  let shop: Shop
  beforeAll(async () => {
    shop = await startShop()
    shop.writeWorkflow('deploy-watch.yml', watchCaller('4s'))
    shop.writeWorkflow('deploy-watch-long.yml', watchCaller('2m'))
  })
  afterAll(() => shop?.close())

  test('v1.5.0 watched for 4s after its promotion: the previous revision deactivated, the window in the record', async () => {
    const sha = shop.release('v1.5.0')
    const log: string[] = []
    const run = await shop.run('deploy-watch.yml', { name: 'push', ref: 'refs/tags/v1.5.0', sha }, (l) => log.push(l))
    assert.equal(run.conclusion, 'success', log.join('\n'))
    assert.equal(run.outputs.result, 'promoted')
    const released = revisionOf(shop, 'v1.5.0')
    assert.ok(released)
    assert.equal(shop.app.weights()[released.name], 100)
    assert.equal(shop.app.revision('shop--v140').active, false, 'the clean window deactivated the previous revision')
    assert.equal(shop.app.tags[MARKER], undefined)
    const window = recordStages(run).at(-1)
    assert.deepEqual([window?.stage, window?.traffic_percentage, window?.status], ['watch', 100, 'passed'])
    assert.match(window?.reason ?? '', /^shop--\S+ 0\/\d+ errors \(0\.0%\)/)
  })

  test('v1.5.1 breaking during its window: v1.5.0 back at 100%, the deployment failed and rolled back', async () => {
    const stable = revisionOf(shop, 'v1.5.0')
    assert.ok(stable)
    const sha = shop.release('v1.5.1')
    const log: string[] = []
    const running = shop.run('deploy-watch-long.yml', { name: 'push', ref: 'refs/tags/v1.5.1', sha }, (l) =>
      log.push(l),
    )
    // Once the window is on the app, the new build starts failing every request.
    const started = Date.now()
    while (!/"watch":true/.test(shop.app.tags[MARKER] ?? '')) {
      assert.ok(Date.now() - started < 240_000, 'the window began')
      await new Promise((r) => setTimeout(r, 50))
    }
    const broken = revisionOf(shop, 'v1.5.1')
    assert.ok(broken)
    broken.app.set({ errorRate: 1 })
    const run = await running
    assert.equal(run.conclusion, 'failure', log.join('\n'))
    assert.equal(run.outputs.result, 'rolled-back')
    assert.equal(shop.app.weights()[stable.name], 100)
    assert.equal(shop.app.weights()[broken.name] ?? 0, 0)
    const deployment = shop.gh.deployments.find((d) => d.sha === sha)
    assert.ok(deployment)
    assert.equal(shop.gh.latestStatus(deployment.id)?.state, 'failure')
  })

  test('metric-gates reaches canary-rollout: a gate naming an unknown source fails in one line, no traffic moved', async () => {
    const before = shop.app.weights()
    const caller = DEPLOY_CALLER.replace(
      '      app: shop\n',
      '      app: shop\n      metric-gates: |\n        - name: users\n          source: graphite\n',
    )
    shop.writeWorkflow('deploy-metric-gates.yml', caller)
    const sha = shop.release('v1.5.2')
    const log: string[] = []
    const run = await shop.run('deploy-metric-gates.yml', { name: 'push', ref: 'refs/tags/v1.5.2', sha }, (l) =>
      log.push(l),
    )
    assert.equal(run.conclusion, 'failure', log.join('\n'))
    assert.ok(
      log.some((l) =>
        /Input 'metric-gates' \(gate 1 "users"\) needs source: one of prometheus, azure-monitor, app-insights/.test(l),
      ),
      log.join('\n'),
    )
    assert.deepEqual(shop.app.weights(), before, 'the traffic never moved')
  })
})
