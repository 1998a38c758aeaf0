/**
 * cdn-purge through its bundle, against the ARM emulator's Microsoft.Cdn part: a caching proxy in
 * front of a Static Web App's production host. The tests see the stale page the CDN keeps after a
 * new build reached the origin, and the new one once the purge operation has completed.
 */
import assert from 'node:assert/strict'
import { getCACertificates, setDefaultCACertificates } from 'node:tls'
import { afterAll, beforeAll, describe, test } from '@jest/globals'
import { PRINCIPAL_ID, startAzure, SUBSCRIPTION, type Azure } from '@deploy-actions/harness/emulators/azure'
import { addCdn, type CdnHandle } from '@deploy-actions/harness/emulators/cdn'
import { runStep } from '@deploy-actions/harness/runner'
import { inputsNamed, oneError } from './refusals.ts'
import { firstLine, visibleTableColumns } from './summary-shape.ts'
import { addStaticSite, PRODUCTION_BUILD, type StaticSiteHandle } from '@deploy-actions/harness/emulators/static-sites'

let azure: Azure
let site: StaticSiteHandle
let cdn: CdnHandle

beforeAll(async () => {
  azure = await startAzure()
  setDefaultCACertificates([...getCACertificates('default'), azure.tls.ca])
  site = await addStaticSite(azure, { production: { '/index.html': 'old page', '/assets/app.js': 'old js' } })
  cdn = await addCdn(azure, { resourceGroup: site.resourceGroup, origin: () => site.url(PRODUCTION_BUILD) })
  cdn.purgeMs = 400
}, 60_000)

afterAll(async () => {
  await cdn?.close()
  await site?.close()
  await azure?.close()
})

const get = async (path: string) => (await fetch(`${cdn.url}${path}`)).text()

function purge(extra: Record<string, string>) {
  return runStep('cdn-purge', {
    inputs: {
      ...azure.authInputs,
      'resource-group': cdn.resourceGroup,
      profile: cdn.profile,
      endpoint: cdn.endpoint,
      'request-timeout': '5s',
      ...extra,
    },
    env: azure.env,
    timeoutMs: 60_000,
  })
}

describe('cdn-purge', () => {
  test('the CDN serves the stale page until the purge completes, then the new build', async () => {
    assert.equal(await get('/index.html'), 'old page')
    assert.equal(await get('/assets/app.js'), 'old js')
    // A new build reaches the origin; the edge still has the old one.
    const production = site.environments.get(PRODUCTION_BUILD)
    assert.ok(production)
    production.files.set('/index.html', Buffer.from('new page'))
    production.files.set('/assets/app.js', Buffer.from('new js'))
    assert.equal(await get('/index.html'), 'old page')

    const r = await purge({ paths: '/index.html' })
    assert.equal(r.exitCode, 0, r.log)
    assert.match(firstLine(r.summary), /^### ✅ 1 path\(s\) purged from Front Door endpoint .* in [\d.]+m?s$/)
    assert.deepEqual(visibleTableColumns(r.summary), [2])
    assert.deepEqual(JSON.parse(r.outputs['purged-paths'] ?? ''), ['/index.html'])
    // The step returned only after the operation completed (the stand-in drops paths at its end).
    const done = cdn.purges.at(-1)
    assert.ok(done?.doneAt !== undefined, 'the purge operation had completed when the step ended')
    assert.deepEqual(done.dropped, ['/index.html'])
    assert.ok(Number(r.outputs['duration-ms']) >= cdn.purgeMs)
    assert.equal(await get('/index.html'), 'new page')
    assert.equal(await get('/assets/app.js'), 'old js', 'a path not purged stays cached')

    const all = await purge({ paths: '/assets/*', domains: 'www.phoenixvc.example' })
    assert.equal(all.exitCode, 0, all.log)
    assert.deepEqual(cdn.purges.at(-1)?.domains, ['www.phoenixvc.example'])
    assert.equal(await get('/assets/app.js'), 'new js')
  }, 60_000)

  test('classic CDN endpoint: the same purge through profiles/endpoints', async () => {
    const r = await purge({ kind: 'cdn', paths: '/*' })
    assert.equal(r.exitCode, 0, r.log)
    assert.equal(cdn.purges.at(-1)?.kind, 'cdn')
    assert.equal(cdn.cache.size, 0)
  }, 60_000)

  test('an identity without a role on the profile: one error naming the role, the scope and the command; the summary says what now', async () => {
    const allow = azure.deny(/\/afdEndpoints\/[^/]+\/purge$/)
    const r = await purge({ paths: '/index.html' }).finally(allow)
    assert.equal(r.exitCode, 1, r.log)
    const scope = `/subscriptions/${SUBSCRIPTION}/resourceGroups/${cdn.resourceGroup}/providers/Microsoft.Cdn/profiles/${cdn.profile}/afdEndpoints/${cdn.endpoint}`
    assert.equal(
      oneError(r),
      `The purge of Front Door endpoint ${cdn.endpoint} (profile ${cdn.profile}) did not complete: HTTP 403 AuthorizationFailed — ` +
        `the signed-in identity may not Microsoft.Cdn/profiles/afdEndpoints/purge/action: assign it the role "CDN Profile Contributor" ` +
        `on ${scope} (az role assignment create --assignee-object-id ${PRINCIPAL_ID} --assignee-principal-type ServicePrincipal ` +
        `--role "CDN Profile Contributor" --scope ${scope}); a new assignment takes up to 10 minutes to apply`,
    )
    assert.equal(firstLine(r.summary), '### ❌ CDN purge failed')
    assert.match(
      r.summary,
      /^\*\*What now:\*\* the signed-in identity may not Microsoft\.Cdn\/profiles\/afdEndpoints\/purge\/action/m,
    )
  }, 30_000)

  test('an endpoint ARM does not know fails the step in one line', async () => {
    const r = await purge({ endpoint: 'nope' })
    assert.match(oneError(r), /HTTP 404/)
  }, 30_000)

  test('bad inputs: every problem named at once, before any ARM call', async () => {
    const calls = azure.calls.length
    const purges = cdn.purges.length
    const r = await purge({ paths: '/a*/b, index.html', domains: 'x', profile: '-p-', timeout: 'never' })
    assert.equal(r.exitCode, 1, r.log)
    assert.deepEqual(inputsNamed(r), ['domains', 'paths', 'profile', 'timeout'])
    assert.equal(azure.calls.length, calls)
    assert.equal(cdn.purges.length, purges)
    const classic = await purge({ kind: 'cdn', domains: 'www.phoenixvc.example' })
    assert.match(oneError(classic), /Input 'domains' .*only used with kind front-door/)
  }, 30_000)
})
