/**
 * canary-rollout with platform app-service, through its bundle: the same stages and gates as for
 * Container Apps, moving production's routing rule to a deployment slot instead of revision
 * weights. Asserted on the ARM emulator: the routing percentages set, in order, and where they end.
 */
import assert from 'node:assert/strict'
import { describe, test } from '@jest/globals'
import { addAppService, PRODUCTION, type AppServiceHandle } from '@deploy-actions/harness/emulators/app-service'
import { startAzure, type Azure } from '@deploy-actions/harness/emulators/azure'
import { runStep } from '@deploy-actions/harness/runner'

function canary(azure: Azure, site: AppServiceHandle, extra: Record<string, string> = {}) {
  return runStep('canary-rollout', {
    env: azure.env,
    timeoutMs: 60_000,
    inputs: {
      ...azure.authInputs,
      platform: 'app-service',
      'resource-group': site.resourceGroup,
      app: site.name,
      slot: 'staging',
      stages: '10%:2s, 50%:2s, 100%:1s',
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

const shares = (site: AppServiceHandle) => site.routingHistory.map((h) => h.rules.staging ?? 0)

describe('canary-rollout on App Service', () => {
  test('healthy ramp 10% → 50% → 100% of production traffic to the slot, read back at each stage', async () => {
    const azure = await startAzure()
    try {
      const site = await addAppService(azure, {
        slots: { [PRODUCTION]: { version: 'v1.4.0' }, staging: { version: 'v1.5.0' } },
      })
      const r = await canary(azure, site)
      assert.equal(r.exitCode, 0, r.log)
      assert.deepEqual(shares(site), [10, 50, 100])
      assert.equal(r.outputs.result, 'promoted')
      assert.equal(site.swaps.length, 0, 'promotion is slot-swap’s job')
      // Production's host name really split: both builds answered it.
      assert.ok((site.served['v1.5.0'] ?? 0) > 0 && (site.served['v1.4.0'] ?? 0) > 0, JSON.stringify(site.served))
      const timeline = JSON.parse(r.outputs.timeline ?? '[]') as Array<{ weight: number; verdict: string }>
      assert.deepEqual(
        timeline.map((s) => [s.weight, s.verdict]),
        [
          [10, 'passed'],
          [50, 'passed'],
          [100, 'passed'],
        ],
      )
    } finally {
      await azure.close()
    }
  })

  test('a failing canary is reset to 0%; a split left behind is repaired first; rollback mode sets 0%', async () => {
    const azure = await startAzure()
    try {
      const site = await addAppService(azure, {
        slots: { [PRODUCTION]: { version: 'v1.4.0' }, staging: { version: 'v1.5.0', errorRate: 0.5 } },
      })
      const r = await canary(azure, site)
      assert.equal(r.exitCode, 1, r.log)
      assert.deepEqual(shares(site), [10, 0])
      assert.equal(r.outputs.result, 'rolled-back')
      assert.match(r.annotations.at(-1)?.message ?? '', /Rolled back: slot staging gets 0%.*error-rate/)

      // A run died at 50%: the next rollout resets the split before its first stage.
      site.routing = [
        { name: 'staging', actionHostName: site.url('staging').replace('https://', ''), reroutePercentage: 50 },
      ]
      site.serving.get('staging')?.set({ errorRate: 0 })
      const again = await canary(azure, site, { stages: '10%:1s, 100%:1s' })
      assert.equal(again.exitCode, 0, again.log)
      assert.deepEqual(shares(site).slice(2), [0, 10, 100])
      assert.ok(again.annotations.some((a) => a.level === 'warning' && /left by an earlier run/.test(a.message)))

      const back = await canary(azure, site, { mode: 'rollback' })
      assert.equal(back.exitCode, 0, back.log)
      assert.equal(shares(site).at(-1), 0)
      assert.equal(site.routing.length, 0)
    } finally {
      await azure.close()
    }
  })
})
