/**
 * static-web-app with the kept builds in Azure Blob signed in by GitHub OIDC (no connection
 * string): the zip is written with an Entra token, and the URL Static Web Apps fetches it by is a
 * user delegation SAS (Azurite in OAuth mode); the stand-in really fetches it.
 */
import assert from 'node:assert/strict'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, test } from '@jest/globals'
import { STORAGE_SCOPE, startAzure, type Azure } from '@deploy-actions/harness/emulators/azure'
import { startAzurite, type Azurite } from '@deploy-actions/harness/emulators/azurite'
import { addStaticSite, type StaticSiteHandle } from '@deploy-actions/harness/emulators/static-sites'
import { runStep } from '@deploy-actions/harness/runner'

const CONTAINER = 'swa-builds'

describe('static-web-app with builds signed in by OIDC', () => {
  let azure: Azure
  let az: Azurite
  let site: StaticSiteHandle
  beforeAll(async () => {
    ;[azure, az] = await Promise.all([startAzure(), startAzurite({ oauth: true })])
    azure.allowScope(STORAGE_SCOPE)
    await az.createContainer(CONTAINER)
    site = await addStaticSite(azure)
    site.stepMs = 50
  }, 60_000)
  afterAll(async () => {
    await site?.close()
    await Promise.all([az?.close(), azure?.close()])
  })

  test('deploy to staging: the zip kept with an Entra token, fetched by a user delegation SAS', async () => {
    const workspace = mkdtempSync(join(tmpdir(), 'swa-ws-'))
    mkdirSync(join(workspace, 'dist'))
    writeFileSync(join(workspace, 'dist', 'index.html'), '<h1>v1.5.0</h1>')
    const r = await runStep('static-web-app', {
      inputs: {
        ...azure.authInputs,
        'resource-group': site.resourceGroup,
        name: site.name,
        version: 'v1.5.0',
        'app-location': 'dist',
        'builds-location': `${az.accountUrl}/${CONTAINER}/oidc`,
        'request-timeout': '5s',
      },
      env: { ...azure.env, ...az.env },
      workspace,
      timeoutMs: 60_000,
    })
    assert.equal(r.exitCode, 0, r.log)
    assert.equal(site.text('staging', '/index.html'), '<h1>v1.5.0</h1>')
    assert.deepEqual(await az.blobs(CONTAINER, 'oidc'), ['oidc/builds/v1.5.0.zip'])
    const url = new URL(site.deployments.at(-1)?.appZipUrl ?? '')
    // A user delegation SAS carries the delegating identity's object id (skoid), not the account key.
    assert.ok(url.searchParams.get('skoid'), url.search)
    assert.equal(url.searchParams.get('sp'), 'r')
    assert.ok(!r.log.includes(url.searchParams.get('sig') ?? '?'))
  }, 60_000)
})
