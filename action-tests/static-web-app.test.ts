/**
 * static-web-app through its bundle, against the ARM emulator's Microsoft.Web/staticSites part and
 * Azurite: the deployment hands Static Web Apps a SAS URL that the stand-in really fetches from
 * Azurite, unzips and serves on the environment's own host name; the tests assert what each
 * environment serves, the kept builds and production's history in the bucket, not the log.
 */
import assert from 'node:assert/strict'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { getCACertificates, setDefaultCACertificates } from 'node:tls'
import { afterAll, beforeAll, describe, test } from '@jest/globals'
import { startAzure, type Azure } from '@deploy-actions/harness/emulators/azure'
import { startAzurite, type Azurite } from '@deploy-actions/harness/emulators/azurite'
import { addStaticSite, PRODUCTION_BUILD, type StaticSiteHandle } from '@deploy-actions/harness/emulators/static-sites'
import { runStep } from '@deploy-actions/harness/runner'
import { firstLine, visibleTableColumns } from './summary-shape.ts'
import { inputsNamed, oneError } from './refusals.ts'

const CONTAINER = 'swa-builds'

let azure: Azure
let azurite: Azurite
let site: StaticSiteHandle

beforeAll(async () => {
  azure = await startAzure()
  // This test reads the environments over HTTPS as the action does (which trusts the CA by NODE_EXTRA_CA_CERTS).
  setDefaultCACertificates([...getCACertificates('default'), azure.tls.ca])
  azurite = await startAzurite()
  await azurite.createContainer(CONTAINER)
  site = await addStaticSite(azure, { production: { '/index.html': '<h1>v1.4.0</h1>' } })
  site.stepMs = 50
}, 60_000)

afterAll(async () => {
  await site?.close()
  await azure?.close()
  await azurite?.close()
})

/** A built site in a workspace: index.html, version.json and an asset, all naming `version`. */
function builtSite(version: string): string {
  const workspace = mkdtempSync(join(tmpdir(), 'swa-ws-'))
  mkdirSync(join(workspace, 'dist', 'assets'), { recursive: true })
  writeFileSync(join(workspace, 'dist', 'index.html'), `<h1>${version}</h1>`)
  writeFileSync(join(workspace, 'dist', 'version.json'), JSON.stringify({ version }))
  writeFileSync(join(workspace, 'dist', 'assets', 'app.js'), `console.log(${JSON.stringify(version)})`)
  // Read by the platform, never served: deployed, not expected back.
  writeFileSync(join(workspace, 'dist', 'staticwebapp.config.json'), '{"navigationFallback":{"rewrite":"/index.html"}}')
  return workspace
}

function step(prefix: string, extra: Record<string, string>, workspace?: string) {
  return runStep('static-web-app', {
    inputs: {
      ...azure.authInputs,
      'resource-group': site.resourceGroup,
      name: site.name,
      'builds-location': `azblob://${CONTAINER}/${prefix}`,
      'azure-connection-string': azurite.connectionString,
      'deploy-timeout': '30s',
      'request-timeout': '5s',
      ...extra,
    },
    env: azure.env,
    workspace,
    timeoutMs: 60_000,
  })
}

const history = async (prefix: string) =>
  JSON.parse((await azurite.get(CONTAINER, `${prefix}/production.json`)).toString('utf8')) as {
    entries: Array<{ version: string; operation: string; previous?: string }>
  }

describe('static-web-app', () => {
  test('deploy to staging, promote, deploy the next, roll back: each environment serves the kept build', async () => {
    const prefix = 'flow'
    const v15 = await step('flow', { version: 'v1.5.0', 'app-location': 'dist' }, builtSite('v1.5.0'))
    assert.equal(v15.exitCode, 0, v15.log)
    assert.equal(v15.outputs.result, 'deployed')
    assert.equal(v15.outputs['environment-url'], site.url('staging'))
    assert.equal(v15.outputs.files, '3')
    // staging serves the new build; production is untouched.
    assert.equal(site.text('staging', '/index.html'), '<h1>v1.5.0</h1>')
    assert.equal(site.text(PRODUCTION_BUILD, '/index.html'), '<h1>v1.4.0</h1>')
    const res = await fetch(`${site.url('staging')}/version.json`)
    assert.deepEqual(JSON.parse(await res.text()), { version: 'v1.5.0' })
    assert.deepEqual(await azurite.blobs(CONTAINER, prefix), [`${prefix}/builds/v1.5.0.zip`])
    // The service fetched the zip by a SAS URL (Azurite's, signed) — never printed.
    const deployment = site.deployments.at(-1)
    assert.ok(deployment)
    assert.ok(deployment.appZipUrl.includes('sig='))
    assert.ok(!v15.log.includes(new URL(deployment.appZipUrl).searchParams.get('sig') ?? '?'), 'the SAS is masked')
    assert.equal(deployment.result, 'Ready')

    const promoted = await step(prefix, { operation: 'promote', version: 'v1.5.0' })
    assert.equal(promoted.exitCode, 0, promoted.log)
    assert.equal(promoted.outputs.result, 'promoted')
    assert.equal(promoted.outputs['environment-url'], site.url(PRODUCTION_BUILD))
    assert.equal(site.text(PRODUCTION_BUILD, '/version.json'), JSON.stringify({ version: 'v1.5.0' }))
    // The same bytes reached production as staging.
    assert.equal(site.deployments.at(-1)?.sha256, deployment.sha256)

    const v16 = await step(prefix, { version: 'v1.6.0', 'app-location': 'dist' }, builtSite('v1.6.0'))
    assert.equal(v16.exitCode, 0, v16.log)
    const p16 = await step(prefix, { operation: 'promote', version: 'v1.6.0' })
    assert.equal(p16.exitCode, 0, p16.log)
    assert.equal(p16.outputs['previous-version'], 'v1.5.0')
    assert.equal(site.text(PRODUCTION_BUILD, '/index.html'), '<h1>v1.6.0</h1>')

    const back = await step(prefix, { operation: 'rollback' })
    assert.equal(back.exitCode, 0, back.log)
    assert.equal(back.outputs.result, 'rolled-back')
    assert.equal(back.outputs.version, 'v1.5.0')
    assert.equal(back.outputs['previous-version'], 'v1.6.0')
    assert.equal(site.text(PRODUCTION_BUILD, '/index.html'), '<h1>v1.5.0</h1>')
    // The first lines say what serves where, by version, and what to do next.
    assert.equal(firstLine(v15.summary), '### ✅ v1.5.0 deployed and serving on staging')
    assert.match(v15.summary, /\*\*What now:\*\* check .*, then promote it to production with `operation: promote`/)
    assert.equal(firstLine(p16.summary), '### ✅ v1.6.0 promoted and serving on production (was v1.5.0)')
    assert.equal(firstLine(back.summary), '### ✅ v1.5.0 serving on production again, v1.6.0 rolled back')
    assert.match(back.summary, /^All 3 file\(s\) read back from .* identical to the build\.$/m)
    for (const r of [v15, p16, back]) assert.deepEqual(visibleTableColumns(r.summary), [], 'no table of labels')
    assert.deepEqual(
      (await history(prefix)).entries.map((e) => [e.version, e.operation]),
      [
        ['v1.5.0', 'promote'],
        ['v1.6.0', 'promote'],
        ['v1.5.0', 'rollback'],
      ],
    )
  }, 120_000)

  test('a version kept with other bytes is refused before anything is deployed', async () => {
    const first = await step('immutable', { version: 'v2.0.0', 'app-location': 'dist' }, builtSite('v2.0.0'))
    assert.equal(first.exitCode, 0, first.log)
    const before = site.deployments.length
    const other = builtSite('v2.0.0')
    writeFileSync(join(other, 'dist', 'index.html'), '<h1>something else</h1>')
    const r = await step('immutable', { version: 'v2.0.0', 'app-location': 'dist' }, other)
    assert.match(oneError(r), /already has a kept build with other content/)
    assert.equal(site.deployments.length, before)
  }, 60_000)

  test('a platform failure leaves the environment serving what it served, and fails the step', async () => {
    const ok = await step(
      'failing',
      { version: 'v3.0.0', 'app-location': 'dist', environment: 'qa' },
      builtSite('v3.0.0'),
    )
    assert.equal(ok.exitCode, 0, ok.log)
    site.failNextDeployment = true
    const r = await step(
      'failing',
      { version: 'v3.1.0', 'app-location': 'dist', environment: 'qa' },
      builtSite('v3.1.0'),
    )
    assert.match(oneError(r), /Failed|failed/)
    assert.equal(site.text('qa', '/index.html'), '<h1>v3.0.0</h1>')
  }, 60_000)

  test('rollback with no previous release recorded is refused, production untouched', async () => {
    const before = site.deployments.length
    const r = await step('empty', { operation: 'rollback' })
    assert.match(oneError(r), /No previous release is recorded/)
    assert.equal(site.deployments.length, before)
  }, 30_000)

  test('bad inputs: every problem named at once, before any side effect', async () => {
    const before = { deployments: site.deployments.length, calls: azure.calls.length }
    const r = await step('bad', {
      name: '-bad-',
      environment: 'Staging!',
      version: 'v1 5',
      'builds-location': 's3://bucket/prefix',
      'deploy-timeout': 'soon',
    })
    assert.equal(r.exitCode, 1, r.log)
    assert.deepEqual(inputsNamed(r), [
      'app-location',
      'builds-location',
      'deploy-timeout',
      'environment',
      'name',
      'version',
    ])
    assert.equal(site.deployments.length, before.deployments)
    assert.equal(azure.calls.length, before.calls, 'no ARM call')
    assert.deepEqual(await azurite.blobs(CONTAINER, 'bad'), [])

    const noIndex = mkdtempSync(join(tmpdir(), 'swa-ws-'))
    mkdirSync(join(noIndex, 'dist'))
    const r2 = await step('bad', { version: 'v1.0.0', 'app-location': 'dist' }, noIndex)
    assert.match(oneError(r2), /Input 'app-location'.*index\.html/)
    const r3 = await step('bad', { operation: 'promote' })
    assert.match(oneError(r3), /Input 'version' is required for operation promote/)
  }, 60_000)
})
