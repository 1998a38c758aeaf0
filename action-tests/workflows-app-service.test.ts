/**
 * deploy-app-service.yml and rollback-app-service.yml run through the README's callers by the
 * workflow runner, against the connected stand-ins (@deploy-actions/harness/shop): the caller's
 * build job packs the site, azure/login signs in by OIDC, azure/webapps-deploy zip-deploys it to
 * the staging slot through Kudu, slot-swap swaps it in. What is asserted is what the stand-ins hold
 * afterwards: which build each slot serves (read from the slots' own host names), the Kudu
 * deployment, the backup objects and manifest in the bucket, the database, the GitHub Deployment
 * and its statuses, the record artifact and the Slack messages.
 */
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, test } from '@jest/globals'
import { createHash } from 'node:crypto'
import { request } from 'node:https'
import { writeZip } from '@deploy-actions/storage/zip'
import {
  BUCKET,
  DATABASE,
  startShop,
  TESORO_BACKUP_CONTAINER,
  TESORO_DATABASE,
  TESORO_SQL_SERVER,
  type Shop,
} from '@deploy-actions/harness/shop'
import type { AppServiceHandle } from '@deploy-actions/harness/emulators/app-service'

/** The version a slot's host name serves, asked over HTTPS as a user would. */
async function served(app: AppServiceHandle, slot: string, ca: string): Promise<string> {
  return new Promise((done, fail) => {
    request(`${app.url(slot)}/health`, { ca: readFileSync(ca) }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (c: Buffer) => chunks.push(c))
      res.on('end', () => done((JSON.parse(Buffer.concat(chunks).toString('utf8')) as { version: string }).version))
    })
      .on('error', fail)
      .end()
  })
}

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

describe('deploy-app-service.yml and rollback-app-service.yml, through the callers', () => {
  let shop: Shop
  let ca: string
  const slots = async () => ({
    production: await served(shop.appService, 'production', ca),
    staging: await served(shop.appService, 'staging', ca),
  })
  beforeAll(async () => {
    shop = await startShop()
    ca = shop.azure.tls.caFile
  })
  afterAll(() => shop?.close())

  test('v1.5.0: gate, backup, Deployment, zip deploy to the slot, migration, swap, smoke, record, notifications', async () => {
    assert.deepEqual(await slots(), { production: 'v1.4.0', staging: 'v1.3.0' })
    const sha = shop.release('v1.5.0')
    const heard = shop.webhook.to('/services/').length
    const run = await shop.run('deploy-app-service.yml', { name: 'push', ref: 'refs/tags/v1.5.0', sha })
    assert.equal(run.conclusion, 'success', run.log.join('\n'))
    assert.equal(run.outputs.result, 'swapped')
    assert.equal(run.outputs.version, 'v1.5.0')
    const deploymentId = run.outputs['deployment-id'] as string

    // Kudu took one zip deploy on the staging slot, carrying the build the caller's job packed.
    const kudu = shop.appService.deployments
    assert.equal(kudu.length, 1)
    assert.deepEqual([kudu[0]?.slot, kudu[0]?.status, kudu[0]?.version], ['staging', 4, 'v1.5.0'])
    // One swap: production serves v1.5.0, the slot keeps v1.4.0 for a rollback (read from their host names).
    assert.deepEqual(await slots(), { production: 'v1.5.0', staging: 'v1.4.0' })
    assert.equal(shop.appService.swaps.length, 1)

    // The backup taken before the migration, with its manifest naming the deployment.
    const keys = await shop.s3.keys(BUCKET, `tesoro/${deploymentId}/`)
    const manifestKey = keys.find((k) => k.endsWith('manifest.json'))
    assert.ok(manifestKey && keys.length >= 2, keys.join(', '))
    const manifest = JSON.parse((await shop.s3.get(BUCKET, manifestKey)).toString('utf8')) as Record<string, unknown>
    assert.equal((manifest.verified as { how: string }).how, 'restore')
    assert.equal(await loyaltyColumn(shop), '1', 'the migration ran from the checkout')

    // GitHub: a production Deployment of the commit, in_progress then success; the record kept as an artifact.
    const deployment = shop.gh.deployments.find((d) => d.sha === sha)
    assert.ok(deployment)
    assert.equal(deployment.environment, 'production')
    assert.deepEqual(
      (shop.gh.statuses.get(deployment.id) ?? []).map((s) => s.state),
      ['success', 'in_progress'],
    )
    const record = JSON.parse(
      readFileSync(join(run.artifactsDir, `deployment-record-${deploymentId}`, 'deployment-record.json'), 'utf8'),
    ) as Record<string, unknown>
    assert.equal(record.version, 'v1.5.0')
    assert.deepEqual(record.services_deployed, ['tesoro-web'])
    // The record names the object the manifest describes, by URI and checksum.
    const object = manifest.object as { uri: string; sha256: string }
    assert.deepEqual(
      [(record.database_backup as { uri: string }).uri, (record.database_backup as { sha256: string }).sha256],
      [object.uri, object.sha256],
    )
    assert.deepEqual(shop.gh.refusals, [])

    const texts = shop.webhook
      .to('/services/')
      .slice(heard)
      .map((r) => JSON.stringify(r.body))
    assert.equal(texts.length, 2)
    assert.match(texts[1] as string, /succeeded/i)
  })

  test('v1.6.0 fails on production after the swap: swapped back by itself, production serves v1.5.0, failure recorded', async () => {
    // Healthy in the slot, broken on production (e.g. by production's settings): its rewards API answers 500 once
    // swapped in, and so does the version path (/health), so it never says which build it is there.
    shop.appService.onSwap = (swap) => {
      if (swap.production !== 'v1.6.0') return
      const build = shop.appService.serving.get('production')
      build?.set({ status: 500 }, '/api/rewards/status')
      build?.set({ status: 500 }, '/health')
    }
    const sha = shop.release('v1.6.0')
    const heard = shop.webhook.to('/services/').length
    const run = await shop.run('deploy-app-service.yml', { name: 'push', ref: 'refs/tags/v1.6.0', sha })
    shop.appService.onSwap = undefined
    assert.equal(run.conclusion, 'failure')
    assert.equal(run.outputs.result, 'swapped-back', run.log.join('\n'))
    // Two swaps (in, then back): production serves v1.5.0 again, v1.6.0 is in the slot.
    assert.deepEqual(
      shop.appService.swaps.slice(-2).map((s) => s.production),
      ['v1.6.0', 'v1.5.0'],
    )
    assert.equal(shop.appService.version('production'), 'v1.5.0')
    assert.equal(shop.appService.version('staging'), 'v1.6.0')
    // The Deployment's latest status is failure; Slack heard "rolled back".
    const deployment = shop.gh.deployments.find((d) => d.sha === sha)
    assert.ok(deployment)
    assert.equal(shop.gh.latestStatus(deployment.id)?.state, 'failure')
    const steps = run.jobs['deploy/deploy']?.steps ?? []
    assert.deepEqual(
      ['package', 'swap', 'smoke', 'finish', 'failure'].map((id) => steps.find((s) => s.id === id)?.conclusion),
      ['success', 'failure', 'skipped', 'skipped', 'success'],
    )
    const texts = shop.webhook
      .to('/services/')
      .slice(heard)
      .map((r) => JSON.stringify(r.body))
    assert.match(texts.at(-1) as string, /rolled.back/i)
  })

  test('manual rollback inside the window: v1.4.0 swapped back into production, the database restored, notified', async () => {
    // The latest successful deployment is v1.5.0 (v1.6.0 failed); the one before it v1.4.0… which this
    // shop never recorded: deploy v1.7.0 on top so the record names v1.5.0 as the previous version.
    const sha = shop.release('v1.7.0')
    const deployed = await shop.run('deploy-app-service.yml', { name: 'push', ref: 'refs/tags/v1.7.0', sha })
    assert.equal(deployed.conclusion, 'success', deployed.log.join('\n'))
    assert.deepEqual(await slots(), { production: 'v1.7.0', staging: 'v1.5.0' })
    await shop.pg.sql(DATABASE, 'UPDATE customers SET loyalty_points = 7 WHERE id = 1;')
    const heard = shop.webhook.to('/services/').length

    const run = await shop.run(
      'rollback-app-service.yml',
      dispatch({ 'deployment-id': deployed.outputs['deployment-id'] as string, 'restore-database': 'true' }),
    )
    assert.equal(run.conclusion, 'success', run.log.join('\n'))
    assert.deepEqual(await slots(), { production: 'v1.5.0', staging: 'v1.7.0' })
    // Restored from v1.7.0's backup (taken after v1.5.0's migration): the column is there, the update is gone.
    assert.equal((await shop.pg.sql(DATABASE, 'SELECT loyalty_points FROM customers WHERE id = 1;')).trim(), '0')
    const steps = run.jobs['rollback/rollback']?.steps ?? []
    assert.deepEqual(
      ['swap', 'restore', 'smoke'].map((id) => steps.find((s) => s.id === id)?.conclusion),
      ['success', 'success', 'success'],
    )
    assert.equal(steps.find((s) => s.id === 'swap')?.outputs.result, 'swapped-back')
    const texts = shop.webhook
      .to('/services/')
      .slice(heard)
      .map((r) => JSON.stringify(r.body))
    assert.equal(texts.length, 1)
    assert.match(texts[0] as string, /rolled.back/i)
  })

  test('after the window: refused in one annotation, production left on the new build, nothing swapped', async () => {
    const sha = shop.release('v1.8.0')
    const deployed = await shop.run('deploy-app-service-no-window.yml', { name: 'push', ref: 'refs/tags/v1.8.0', sha })
    assert.equal(deployed.conclusion, 'success', deployed.log.join('\n'))
    const swaps = shop.appService.swaps.length
    const run = await shop.run('rollback-app-service.yml', dispatch({}))
    assert.equal(run.conclusion, 'failure')
    const errors = run.annotations.filter((a) => a.level === 'error')
    assert.equal(errors.length, 1, JSON.stringify(errors))
    assert.match(errors[0]?.message ?? '', /rollback window of v1\.8\.0 closed/)
    assert.equal(shop.appService.swaps.length, swaps)
    assert.equal(await served(shop.appService, 'production', ca), 'v1.8.0')
  })

  test('the official actions and Kudu refuse what the real ones refuse: no id-token permission, no session, no bearer token, a package the runtime cannot start', async () => {
    const before = { deployments: shop.appService.deployments.length, staging: shop.appService.version('staging') }
    const login = `      - uses: azure/login@v2
        with:
          client-id: \${{ vars.AZURE_CLIENT_ID }}
          tenant-id: \${{ vars.AZURE_TENANT_ID }}
          subscription-id: \${{ vars.AZURE_SUBSCRIPTION_ID }}
`
    const deploy = (pkg: string) => `      - uses: azure/webapps-deploy@v3
        with:
          app-name: tesoro-web
          resource-group-name: rg-tesoro
          slot-name: staging
          package: ${pkg}
`
    shop.writeWorkflow(
      'refusals.yml',
      `name: refusals
on: push
jobs:
  no-id-token:
    runs-on: ubuntu-latest
    permissions:
      contents: read
    steps:
${login}
  no-session:
    runs-on: ubuntu-latest
    permissions:
      contents: read
    steps:
      - run: mkdir -p site && echo '{"version":"v9.9.9"}' > site/build.json
${deploy('site')}
  not-startable:
    runs-on: ubuntu-latest
    permissions:
      contents: read
      id-token: write
    steps:
      - run: mkdir -p site && echo '<h1>no build.json</h1>' > site/index.html
${login}${deploy('site')}
`,
    )
    const run = await shop.run('refusals.yml', {
      name: 'push',
      ref: 'refs/heads/main',
      sha: 'ffac537e6cbbf934b08745a378932722df287a53',
    })
    const errors = Object.fromEntries(run.annotations.filter((a) => a.level === 'error').map((a) => [a.job, a.message]))
    assert.match(errors['no-id-token'] ?? '', /azure\/login: .*id-token/)
    assert.match(errors['no-session'] ?? '', /azure\/webapps-deploy: .*no Azure CLI session/)
    assert.match(errors['not-startable'] ?? '', /azure\/webapps-deploy: .*no build\.json/)
    // Only the startable-looking package reached Kudu, and its deployment failed there (status 3): the slot is as it was.
    assert.deepEqual(
      shop.appService.deployments.slice(before.deployments).map((d) => d.status),
      [3],
    )
    assert.equal(shop.appService.version('staging'), before.staging)

    // Kudu itself: no token, a token Entra never issued, and basic credentials are all 401.
    const post = (headers: Record<string, string>) =>
      new Promise<number>((done, fail) => {
        request(
          `${shop.appService.scmUrl('staging')}/api/zipdeploy?isAsync=true`,
          { method: 'POST', headers, ca: readFileSync(ca) },
          (res) => {
            res.resume()
            done(res.statusCode ?? 0)
          },
        )
          .on('error', fail)
          .end('PK')
      })
    assert.deepEqual(
      [
        await post({}),
        await post({ authorization: 'Bearer arm-not-issued' }),
        await post({ authorization: `Basic ${Buffer.from('$tesoro-web__staging:pw').toString('base64')}` }),
      ],
      [401, 401, 401],
    )
    assert.equal(shop.appService.deployments.length, before.deployments + 1)

    // With a token Entra issued for ARM: a second zip deploy while one runs is refused (409), as Kudu refuses it.
    const arm = shop.azure.issued.accessTokens.find(
      (t) => shop.azure.issued.scopes.get(t) === `${shop.azure.url}/.default`,
    )
    assert.ok(arm)
    const pkg = writeZip([{ name: 'build.json', data: Buffer.from('{"version":"v0.0.1"}') }])
    const send = () =>
      new Promise<number>((done, fail) => {
        request(
          `${shop.appService.scmUrl('staging')}/api/zipdeploy?isAsync=true`,
          { method: 'POST', headers: { authorization: `Bearer ${arm}` }, ca: readFileSync(ca) },
          (res) => {
            res.resume()
            done(res.statusCode ?? 0)
          },
        )
          .on('error', fail)
          .end(pkg)
      })
    assert.deepEqual([await send(), await send()], [202, 409])
    while (shop.appService.deployments.at(-1)?.complete !== true) await new Promise((r) => setTimeout(r, 50))
    assert.equal(shop.appService.deployments.at(-1)?.status, 4)
    assert.equal(await served(shop.appService, 'staging', ca), 'v0.0.1')
  })
})

describe('deploy-app-service.yml with Azure SQL (a bacpac export before the swap)', () => {
  let shop: Shop
  beforeAll(async () => {
    shop = await startShop({ azureSql: true })
  })
  afterAll(() => shop?.close())

  test('v1.5.0: the database exported by ARM to Blob storage, read back and checked, recorded; the build swapped in', async () => {
    const sha = shop.release('v1.5.0')
    const run = await shop.run('deploy-app-service-azure-sql.yml', { name: 'push', ref: 'refs/tags/v1.5.0', sha })
    assert.equal(run.conclusion, 'success', run.log.join('\n'))
    assert.equal(run.outputs.result, 'swapped')
    const deploymentId = run.outputs['deployment-id'] as string
    assert.equal(shop.appService.version('production'), 'v1.5.0')

    // ARM's export wrote a bacpac into the container; the manifest beside it says it was read back and checked.
    const azurite = shop.azurite as NonNullable<Shop['azurite']>
    const blobs = await azurite.blobs(TESORO_BACKUP_CONTAINER, `tesoro/${deploymentId}/`)
    const bacpac = blobs.find((b) => b.endsWith('.bacpac'))
    const manifestName = blobs.find((b) => b.endsWith('manifest.json'))
    assert.ok(bacpac && manifestName, blobs.join(', '))
    const manifest = JSON.parse((await azurite.get(TESORO_BACKUP_CONTAINER, manifestName)).toString('utf8')) as {
      engine: string
      kind: string
      object: { sha256: string }
      azureSql: { server: string; database: string }
    }
    assert.deepEqual(
      [manifest.engine, manifest.kind, manifest.azureSql.server, manifest.azureSql.database],
      ['azure-sql', 'bacpac', TESORO_SQL_SERVER, TESORO_DATABASE],
    )
    const bytes = await azurite.get(TESORO_BACKUP_CONTAINER, bacpac)
    assert.equal(createHash('sha256').update(bytes).digest('hex'), manifest.object.sha256)
    assert.equal(shop.sql?.requests.filter((r) => r.kind === 'export').length, 1)

    // The record names that backup; neither the SQL password nor the storage key reached the log.
    const record = JSON.parse(
      readFileSync(join(run.artifactsDir, `deployment-record-${deploymentId}`, 'deployment-record.json'), 'utf8'),
    ) as { database_backup: { sha256: string; kind?: string } }
    assert.deepEqual([record.database_backup.sha256, record.database_backup.kind], [manifest.object.sha256, 'bacpac'])
    const log = run.log.join('\n')
    for (const secret of [shop.secrets.TESORO_SQL_ADMIN_PASSWORD, shop.secrets.TESORO_STORAGE_CONNECTION_STRING])
      assert.ok(secret && !log.includes(secret))
  })

  test('manual rollback with restore-database: v1.5.0 swapped back, the bacpac imported into a new database, the live one untouched', async () => {
    const sha = shop.release('v1.6.0')
    const deployed = await shop.run('deploy-app-service-azure-sql.yml', { name: 'push', ref: 'refs/tags/v1.6.0', sha })
    assert.equal(deployed.conclusion, 'success', deployed.log.join('\n'))
    const server = [...(shop.sql?.servers.values() ?? [])].find((s) => s.name === TESORO_SQL_SERVER)
    const live = server?.databases.get(TESORO_DATABASE)
    assert.ok(live)
    // What v1.6.0's backup holds; then a write after it that the restore must not bring back, nor undo on the live database.
    const backedUp = live.tables()
    const changed = { ...backedUp, rewards: [...(backedUp.rewards ?? []), { id: 9999, customer: 1, points: 1 }] }
    live.write(changed)

    const run = await shop.run('rollback-app-service-azure-sql.yml', dispatch({ 'restore-database': 'true' }))
    assert.equal(run.conclusion, 'success', run.log.join('\n'))
    assert.equal(shop.appService.version('production'), 'v1.5.0')
    // v1.6.0's bacpac imported into tesoro-rollback; tesoro itself is the same database, as it was.
    const restored = server?.databases.get(`${TESORO_DATABASE}-rollback`)
    assert.ok(restored, [...(server?.databases.keys() ?? [])].join(', '))
    assert.deepEqual(restored.tables(), backedUp)
    assert.equal(server?.databases.get(TESORO_DATABASE), live)
    assert.deepEqual(live.tables(), changed)
    assert.equal(shop.sql?.requests.filter((r) => r.kind === 'import').length, 1)
  })
})
