/**
 * deploy-production.yml run through a caller on a tag push, by the workflow runner, against one
 * connected set of stand-ins (@deploy-actions/harness/shop). What is asserted is what the stand-ins hold
 * afterwards: the Container App's traffic weights and revisions, the backup objects in the bucket,
 * the database's columns, the GitHub Deployment's statuses, the Slack messages and the artifact.
 */
import assert from 'node:assert/strict'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, test } from '@jest/globals'
import { WorkflowRefusal } from '@deploy-actions/harness/workflow'
import { BUCKET, DATABASE, DEPLOY_CALLER, startShop, type Shop } from '@deploy-actions/harness/shop'

const slackTexts = (shop: Shop) => shop.webhook.to('/services/').map((r) => JSON.stringify(r.body))
const loyaltyColumn = (shop: Shop) =>
  shop.pg.sql(
    DATABASE,
    "SELECT count(*) FROM information_schema.columns WHERE table_name = 'customers' AND column_name = 'loyalty_points';",
  )

describe('deploy-production.yml on a tag push, through the caller', () => {
  let shop: Shop
  beforeAll(async () => {
    shop = await startShop()
  })
  afterAll(() => shop?.close())

  test('v1.5.0: gate, backup, Deployment, migration from the checkout, canary to 100 %, smoke, record, notifications', async () => {
    const sha = shop.release('v1.5.0')
    const log: string[] = []
    const run = await shop.run('deploy.yml', { name: 'push', ref: 'refs/tags/v1.5.0', sha }, (l) => log.push(l))
    assert.equal(run.conclusion, 'success', log.join('\n'))
    assert.equal(run.outputs.result, 'promoted')
    assert.equal(run.outputs.version, 'v1.5.0')
    const deploymentId = run.outputs['deployment-id'] as string

    // Traffic: the new revision, running the v1.5.0 image, takes 100 %; the old one stays at 0 % for a rollback.
    const weights = shop.app.weights()
    const serving = Object.entries(weights).filter(([, w]) => w === 100)
    assert.equal(serving.length, 1)
    const [revision] = serving[0] as [string, number]
    assert.equal(shop.app.revision(revision).image, 'ghcr.io/octo-org/shop:v1.5.0')
    assert.equal(weights['shop--v140'], 0)

    // The backup taken before the migration is in the bucket, with its manifest.
    const keys = await shop.s3.keys(BUCKET, `shop/${deploymentId}/`)
    assert.ok(keys.some((k) => k.endsWith('manifest.json')) && keys.length >= 2, keys.join(', '))

    // The migration ran from the caller's checkout against the database.
    assert.equal((await loyaltyColumn(shop)).trim(), '1')

    // GitHub holds a production Deployment of the commit whose latest status is success.
    const deployment = shop.gh.deployments.find((d) => d.sha === sha)
    assert.ok(deployment, 'a Deployment of the released commit')
    assert.equal(deployment.environment, 'production')
    assert.equal(shop.gh.latestStatus(deployment.id)?.state, 'success')
    assert.deepEqual(shop.gh.refusals, [], 'every job had the permissions its calls needed')

    // Slack heard "started" and "succeeded", both naming the version.
    const texts = slackTexts(shop)
    assert.equal(texts.length, 2)
    assert.match(texts[0] as string, /started.*v1\.5\.0|v1\.5\.0.*started/i)
    assert.match(texts[1] as string, /succeeded.*v1\.5\.0|v1\.5\.0.*succeeded/i)

    // The record is kept as an artifact.
    const artifact = join(run.artifactsDir, `deployment-record-${deploymentId}`)
    assert.ok(existsSync(artifact), 'the deployment-record artifact')
    const recordFile = readdirSync(artifact).find((f) => f.endsWith('.json')) as string
    const record = JSON.parse(readFileSync(join(artifact, recordFile), 'utf8')) as { version: string; status: string }
    assert.deepEqual([record.version, record.status], ['v1.5.0', 'success'])
    assert.doesNotMatch(log.join('\n'), /S3RVER|pg-s3cret-pw|s3cr3tSlackHookPart/, 'no secret in the run log')
  })

  test('a broken v1.5.1 is rolled back by the canary: v1.5.0 back at 100 %, failure report, Deployment failure, "rolled back" notified', async () => {
    const before = shop.app.weights()
    const [stable] = Object.entries(before).find(([, w]) => w === 100) as [string, number]
    const sha = shop.release('v1.5.1')
    shop.app.nextRevision = { startupMs: 300, healthy: true, behaviour: { errorRate: 0.5 } }
    const heard = slackTexts(shop).length
    const log: string[] = []
    const run = await shop.run('deploy.yml', { name: 'push', ref: 'refs/tags/v1.5.1', sha }, (l) => log.push(l))
    assert.equal(run.conclusion, 'failure')
    assert.equal(run.outputs.result, 'rolled-back', log.join('\n'))
    const deploymentId = run.outputs['deployment-id'] as string

    // Traffic is back on the v1.5.0 revision alone; the broken one serves nothing.
    const weights = shop.app.weights()
    assert.equal(weights[stable], 100)
    const broken = [...shop.app.revisions.values()].find((r) => r.image.endsWith(':v1.5.1'))
    assert.ok(broken)
    assert.equal(weights[broken.name] ?? 0, 0)

    // The Deployment of v1.5.1 ends in failure; the failure report and record are kept.
    const deployment = shop.gh.deployments.find((d) => d.sha === sha)
    assert.ok(deployment)
    assert.equal(shop.gh.latestStatus(deployment.id)?.state, 'failure')
    const jobs = run.jobs['deploy/deploy']
    assert.equal(jobs?.steps.find((s) => s.id === 'failure')?.conclusion, 'success')
    const artifact = join(run.artifactsDir, `deployment-record-${deploymentId}`)
    const files = readdirSync(artifact)
    assert.ok(
      files.some((f) => /failure-report/.test(f)),
      files.join(', '),
    )
    assert.match(
      readFileSync(join(artifact, files.find((f) => /failure-report/.test(f)) as string), 'utf8'),
      /canary-rollout/,
    )

    // Slack: "started", then "rolled back".
    const texts = slackTexts(shop).slice(heard)
    assert.equal(
      texts.length,
      2,
      `${texts.join('\n')}\n${log.slice(log.findIndex((l) => l.includes('Notify the outcome'))).join('\n')}`,
    )
    assert.match(texts[1] as string, /rolled.back/i)
  })

  test('a release the gate refuses (a red check): nothing deployed, no Deployment, no backup, the refusal notified', async () => {
    const sha = shop.release('v1.7.0', { red: true })
    const weights = shop.app.weights()
    const revisions = shop.app.revisions.size
    const deployments = shop.gh.deployments.length
    const objects = (await shop.s3.keys(BUCKET)).length
    const heard = slackTexts(shop).length
    const run = await shop.run('deploy.yml', { name: 'push', ref: 'refs/tags/v1.7.0', sha })
    assert.equal(run.conclusion, 'failure')
    assert.deepEqual(
      ['deploy/gate', 'deploy/deploy', 'deploy/refused'].map((j) => run.jobs[j]?.result),
      ['failure', 'skipped', 'success'],
    )
    assert.match(
      run.annotations.find((a) => a.level === 'error')?.message ?? '',
      /test/,
      'the gate names the red check',
    )
    assert.deepEqual(shop.app.weights(), weights)
    assert.equal(shop.app.revisions.size, revisions)
    assert.equal(shop.gh.deployments.length, deployments)
    assert.equal((await shop.s3.keys(BUCKET)).length, objects)
    const texts = slackTexts(shop).slice(heard)
    assert.equal(texts.length, 1)
    assert.match(texts[0] as string, /v1\.7\.0/)
    assert.match(texts[0] as string, /release-gate/)
  })

  test('a caller that grants too little is refused before any job runs, naming the scope', async () => {
    shop.writeWorkflow('deploy-read-only.yml', DEPLOY_CALLER.replace('deployments: write', 'deployments: read'))
    const requests = shop.gh.requests.length
    await assert.rejects(
      shop.run('deploy-read-only.yml', { name: 'push', ref: 'refs/tags/v1.5.0', sha: shop.release('v1.5.0') }),
      (e: Error) =>
        e instanceof WorkflowRefusal &&
        e.message ===
          "The nested job 'deploy' is requesting 'deployments: write', but is only allowed 'deployments: read'.",
    )
    assert.equal(shop.gh.requests.length, requests, 'nothing reached GitHub')
  })

  test('a failure before the Deployment (the backup cannot reach its database): failure report filed, "failed" at db-backup notified, nothing deployed', async () => {
    shop.writeWorkflow(
      'deploy-bad-db.yml',
      DEPLOY_CALLER.replace(
        '    secrets: inherit\n',
        [
          '    secrets:',
          "      DATABASE_URL: ${{ format('{0}_missing', secrets.DATABASE_URL) }}",
          '      AWS_ACCESS_KEY_ID: ${{ secrets.AWS_ACCESS_KEY_ID }}',
          '      AWS_SECRET_ACCESS_KEY: ${{ secrets.AWS_SECRET_ACCESS_KEY }}',
          '      SLACK_WEBHOOK_URL: ${{ secrets.SLACK_WEBHOOK_URL }}',
          '',
        ].join('\n'),
      ),
    )
    const weights = shop.app.weights()
    const deployments = shop.gh.deployments.length
    const heard = slackTexts(shop).length
    const run = await shop.run('deploy-bad-db.yml', {
      name: 'push',
      ref: 'refs/tags/v1.8.0',
      sha: shop.release('v1.8.0'),
    })
    assert.equal(run.conclusion, 'failure')
    const steps = Object.fromEntries((run.jobs['deploy/deploy']?.steps ?? []).map((s) => [s.id, s.conclusion]))
    assert.deepEqual(
      [steps.backup, steps.start, steps.canary, steps.failure],
      ['failure', 'skipped', 'skipped', 'success'],
    )
    assert.equal(shop.gh.deployments.length, deployments, 'no Deployment was created')
    assert.deepEqual(shop.app.weights(), weights)
    const artifact = join(run.artifactsDir, `deployment-record-${run.outputs['deployment-id'] ?? ''}`)
    const report = readdirSync(artifact).find((f) => /failure-report/.test(f))
    assert.ok(report, 'the failure report is kept')
    assert.match(readFileSync(join(artifact, report), 'utf8'), /db-backup/)
    const texts = slackTexts(shop).slice(heard)
    assert.equal(texts.length, 2)
    assert.match(texts[1] as string, /FAILED/)
    assert.match(texts[1] as string, /db-backup/)
  })

  test("release-gate's inputs reach it through the workflow: a pre-release is refused, and deployed with allow-prerelease", async () => {
    const sha = shop.release('v2.0.0-rc.1')
    const refused = await shop.run('deploy.yml', { name: 'push', ref: 'refs/tags/v2.0.0-rc.1', sha })
    assert.equal(refused.jobs['deploy/gate']?.result, 'failure')
    assert.match(refused.annotations.find((a) => a.level === 'error')?.message ?? '', /pre-release|prerelease/i)
    shop.writeWorkflow(
      'deploy-prerelease.yml',
      DEPLOY_CALLER.replace('      app: shop\n', '      app: shop\n      allow-prerelease: true\n'),
    )
    const log: string[] = []
    const run = await shop.run('deploy-prerelease.yml', { name: 'push', ref: 'refs/tags/v2.0.0-rc.1', sha }, (l) =>
      log.push(l),
    )
    assert.equal(run.conclusion, 'success', log.join('\n'))
    const [revision] = Object.entries(shop.app.weights()).find(([, w]) => w === 100) as [string, number]
    assert.equal(shop.app.revision(revision).image, 'ghcr.io/octo-org/shop:v2.0.0-rc.1')
  })
})
