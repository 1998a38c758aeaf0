/**
 * The App Service actions against Microsoft.Web as it really behaves (issue 12): a change while a
 * swap runs is answered 409 "another operation is in progress" (ExtendedCode 59203) in App
 * Service's own error shape, routing rules carry more than a host name and a percentage, and a
 * client App Service pinned to a slot keeps reaching it after its rule is gone.
 */
import assert from 'node:assert/strict'
import type { IncomingHttpHeaders } from 'node:http'
import { request } from 'node:https'
import { describe, test } from '@jest/globals'
import { addAppService, PRODUCTION, type AppServiceHandle } from '@deploy-actions/harness/emulators/app-service'
import { startAzure, type Azure } from '@deploy-actions/harness/emulators/azure'
import { runStep } from '@deploy-actions/harness/runner'

function canary(azure: Azure, site: AppServiceHandle, extra: Record<string, string> = {}) {
  return runStep('canary-rollout', {
    env: azure.env,
    timeoutMs: 90_000,
    inputs: {
      ...azure.authInputs,
      platform: 'app-service',
      'resource-group': site.resourceGroup,
      app: site.name,
      slot: 'staging',
      stages: '10%:2s, 50%:30s, 100%:1s',
      interval: '1s',
      'requests-per-interval': '10',
      'min-samples': '10',
      'failure-threshold': '2',
      inconclusive: 'fail',
      'request-timeout': '2s',
      ...extra,
    },
  })
}

const host = (site: AppServiceHandle, slot: string) => site.url(slot).replace('https://', '')
const until = async (predicate: () => boolean, what: string) => {
  const started = performance.now()
  while (!predicate()) {
    if (performance.now() - started > 60_000) throw new Error(`timed out waiting for ${what}`)
    await new Promise((r) => setTimeout(r, 10))
  }
}

describe('App Service as it really behaves', () => {
  test('a rollback sent while a swap runs on the site (409, ExtendedCode 59203) is retried until the routing is back at 0%', async () => {
    const azure = await startAzure()
    try {
      const site = await addAppService(azure, {
        slots: { [PRODUCTION]: { version: 'v1.4.0' }, staging: { version: 'v1.5.0' } },
      })
      void until(() => site.routing.some((r) => r.reroutePercentage === 50), 'the 50% stage').then(() => {
        site.serving.get('staging')?.set({ errorRate: 1 })
        // Someone swaps another pair meanwhile: App Service refuses every change to the site until it ends.
        site.inProgress = 'swap-by-someone-else'
        setTimeout(() => (site.inProgress = undefined), 5000).unref()
      })
      const r = await canary(azure, site)
      assert.equal(r.exitCode, 1, r.log)
      assert.equal(r.outputs.result, 'rolled-back')
      assert.deepEqual(site.routing, [], 'the slot gets 0% again')
      assert.ok(
        azure.calls.some((c) => c.method === 'PATCH' && c.path.endsWith('/config/web') && c.status === 409),
        'the rollback met the running swap at least once',
      )
    } finally {
      await azure.close()
    }
  })

  test("another slot's automatic ramp-up rule keeps every field through the canary's routing writes", async () => {
    const azure = await startAzure()
    try {
      const site = await addAppService(azure, {
        slots: { [PRODUCTION]: { version: 'v1.4.0' }, staging: { version: 'v1.5.0' }, preview: { version: 'v1.6.0' } },
      })
      const rampUp = {
        name: 'preview',
        actionHostName: host(site, 'preview'),
        reroutePercentage: 5,
        changeStep: 5,
        changeIntervalInMinutes: 10,
        minReroutePercentage: 5,
        maxReroutePercentage: 20,
        changeDecisionCallbackUrl: 'https://decide.example.com/api/ramp',
      }
      site.routing = [{ ...rampUp }]
      // The canary fails: its rule goes 0% → 10% → gone, two rewrites of the whole list.
      site.serving.get('staging')?.set({ errorRate: 1 })
      const r = await canary(azure, site)
      assert.equal(r.exitCode, 1, r.log)
      assert.deepEqual(
        site.routingHistory.map((h) => h.rules.staging ?? 0),
        [10, 0],
      )
      assert.deepEqual(site.routing, [rampUp], 'the ramp-up rule is as its owner left it')
    } finally {
      await azure.close()
    }
  })

  test('a client App Service pinned to the slot (x-ms-routing-name cookie) gets the stable build after the rollback', async () => {
    const azure = await startAzure()
    try {
      const site = await addAppService(azure, {
        slots: { [PRODUCTION]: { version: 'v1.4.0' }, staging: { version: 'v1.5.0', errorRate: 1 } },
      })
      // A user while the slot has 10 %: App Service routes them to the slot and pins them there.
      let pinned: string | undefined
      void until(() => site.routing.some((r) => r.reroutePercentage === 10), 'the 10% stage').then(async () => {
        for (let i = 0; i < 50 && !pinned; i++) {
          const res = await get(azure, site.url(PRODUCTION))
          const cookie = /x-ms-routing-name=[^;]+/.exec(String(res.headers['set-cookie'] ?? ''))?.[0]
          if (cookie === 'x-ms-routing-name=staging') pinned = cookie
        }
      })
      const r = await canary(azure, site)
      assert.equal(r.exitCode, 1, r.log)
      assert.deepEqual(site.routing, [])
      assert.ok(pinned, 'a client was pinned to the slot during the canary')
      const after = await get(azure, site.url(PRODUCTION), { cookie: pinned })
      assert.equal(after.status, 200)
      assert.equal(after.headers['x-app-version'], 'v1.4.0', 'the pinned client gets the stable build')
      assert.equal(site.version('staging'), 'v1.4.0', "the slot runs production's image")
    } finally {
      await azure.close()
    }
  })
})

/** One GET through the emulator's TLS, as a browser without a cookie jar of its own would send it. */
function get(
  azure: Azure,
  url: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: IncomingHttpHeaders }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers, ca: azure.tls.ca }, (res) => {
      res.resume()
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers }))
    })
    req.on('error', reject)
    req.end()
  })
}
