/**
 * LankaConnect's shape through deploy-production.yml: a push to main deploys the commit (its SHA is
 * the version and the images' tag), the API (`shop`) and the UI (`shop-ui`) are two Container Apps
 * released in one call with one record, and the database backup connects with the Npgsql string
 * read from Key Vault. Asserted on the stand-ins: both apps' weights, the backup in the bucket, the
 * record's revisions, and no password in the log.
 */
import assert from 'node:assert/strict'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, test } from '@jest/globals'
import { hexId } from '@deploy-actions/harness/emulators/github'
import type { ContainerAppHandle } from '@deploy-actions/harness/emulators/container-apps'
import {
  BUCKET,
  DATABASE,
  LANKA_CALLER,
  LANKA_ROLLBACK_CALLER,
  startShop,
  type Shop,
} from '@deploy-actions/harness/shop'

/** The revision at 100 % and its image. */
const serving = (app: ContainerAppHandle) => {
  const [name] = Object.entries(app.weights()).find(([, w]) => w === 100) ?? ['']
  return { name, image: app.revisions.get(name)?.image }
}

describe('deploy-production.yml from a push to main, two Container Apps (LankaConnect)', () => {
  let shop: Shop
  let ui: ContainerAppHandle
  beforeAll(async () => {
    shop = await startShop({
      secondApp: 'shop-ui',
      keyVault: true,
      callers: { 'deploy.yml': LANKA_CALLER, 'rollback.yml': LANKA_ROLLBACK_CALLER },
    })
    ui = shop.second as ContainerAppHandle
  })
  afterAll(() => shop?.close())

  /** A commit on main with green checks. */
  const commit = (name: string) => {
    const sha = hexId(name)
    shop.gh.addCheckRun(sha, { name: 'build' })
    shop.gh.addCheckRun(sha, { name: 'test' })
    return sha
  }
  const password = () => decodeURIComponent(new URL(shop.pg.url(DATABASE)).password)

  test('a push to main: the commit is the version; API and UI promoted together; backup with the Npgsql string from Key Vault; one record of both', async () => {
    const sha = commit('lanka main 1')
    const log: string[] = []
    const run = await shop.run('deploy.yml', { name: 'push', ref: 'refs/heads/main', sha }, (l) => log.push(l))
    assert.equal(run.conclusion, 'success', log.join('\n'))
    assert.equal(run.outputs.version, sha)
    assert.equal(run.outputs.result, 'promoted')

    for (const [app, image] of [
      [shop.app, 'ghcr.io/octo-org/shop'],
      [ui, 'ghcr.io/octo-org/shop-ui'],
    ] as const) {
      assert.equal(serving(app).image, `${image}:${sha}`, `${app.name} serves the commit's image`)
      assert.equal(app.weights()[`${app.name}--v140`], 0, `${app.name}'s previous revision kept at 0 %`)
      assert.equal(app.tags['deploy-actions-rollout'], undefined)
    }

    // The backup was taken through the Npgsql string Key Vault holds (no DATABASE_URL secret given).
    assert.ok(shop.keyVault?.requests.some((r) => r.path.includes('database-connection-string') && r.status === 200))
    const deploymentId = run.outputs['deployment-id'] as string
    const keys = await shop.s3.keys(BUCKET, `lanka/${deploymentId}/`)
    assert.ok(keys.some((k) => k.endsWith('manifest.json')) && keys.length >= 2, keys.join(', '))

    const artifact = join(run.artifactsDir, `deployment-record-${deploymentId}`)
    const recordFile = readdirSync(artifact).find((f) => f.endsWith('.json')) as string
    const record = JSON.parse(readFileSync(join(artifact, recordFile), 'utf8')) as {
      version: string
      services_deployed: string[]
      revisions: Array<{ service: string; revision: string; previous_revision: string | null }>
    }
    assert.equal(record.version, sha)
    assert.deepEqual(record.services_deployed, ['shop', 'shop-ui'])
    assert.deepEqual(record.revisions, [
      { service: 'shop', revision: serving(shop.app).name, previous_revision: 'shop--v140' },
      { service: 'shop-ui', revision: serving(ui).name, previous_revision: 'shop-ui--v140' },
    ])
    const all = `${log.join('\n')}\n${readFileSync(join(artifact, recordFile), 'utf8')}`
    assert.ok(!all.includes(password()), 'the database password is in no log line or record')
  })

  test("the next push breaks the UI: its canary fails the gate and both apps are back on the previous commit's revisions", async () => {
    const [api0, ui0] = [serving(shop.app).name, serving(ui).name]
    const sha = commit('lanka main 2')
    ui.nextRevision = { startupMs: 300, healthy: true, behaviour: { errorRate: 0.5 } }
    const log: string[] = []
    const run = await shop.run('deploy.yml', { name: 'push', ref: 'refs/heads/main', sha }, (l) => log.push(l))
    assert.equal(run.conclusion, 'failure')
    assert.equal(run.outputs.result, 'rolled-back', log.join('\n'))
    assert.equal(serving(shop.app).name, api0, 'the API is back on its stable revision')
    assert.equal(serving(ui).name, ui0, 'the UI is back on its stable revision')
    for (const app of [shop.app, ui]) {
      const canary = [...app.revisions.values()].find((r) => r.image.endsWith(`:${sha}`))
      assert.ok(canary, `${app.name} got a canary of the commit`)
      assert.equal(app.weights()[canary.name] ?? 0, 0)
      assert.deepEqual(
        app.history.slice(-2).map((h) => h.weights[canary.name] ?? 0),
        [10, 0],
        `${app.name} moved to 10 % with the other and back`,
      )
    }
    const deploymentId = run.outputs['deployment-id'] as string
    const artifact = join(run.artifactsDir, `deployment-record-${deploymentId}`)
    const files = readdirSync(artifact)
    const report = files.find((f) => /failure-report/.test(f)) as string
    assert.match(readFileSync(join(artifact, report), 'utf8'), /canary-rollout/)
    assert.ok(!log.join('\n').includes(password()))
  })

  test('a manual rollback through rollback.yml with apps: both apps back on the revisions before the release', async () => {
    const log: string[] = []
    const run = await shop.run(
      'rollback.yml',
      { name: 'workflow_dispatch', ref: 'refs/heads/main', sha: hexId('lanka dispatch'), inputs: {} },
      (l) => log.push(l),
    )
    assert.equal(run.conclusion, 'success', log.join('\n'))
    assert.equal(serving(shop.app).name, 'shop--v140')
    assert.equal(serving(ui).name, 'shop-ui--v140')
  })
})
