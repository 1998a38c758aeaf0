/**
 * slot-swap through its bundle, against the ARM emulator's Microsoft.Web part: every slot is a
 * local HTTPS build behind its own host name, a swap exchanges what two slots serve, and the tests
 * assert what production serves afterwards, how many swaps the emulator performed and what state
 * the slots were left in — not the log.
 */
import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import { addAppService, PRODUCTION, type AppServiceHandle } from './emulators/app-service.ts'
import { startAzure, type Azure } from './emulators/azure.ts'
import { runStep, type StepOptions } from './runner.ts'

const OLD = 'v1.4.0'
const NEW = 'v1.5.0'

/** Fast timings: the behaviour is the same as with the defaults, only the clock is shorter. */
function inputsFor(azure: Azure, site: AppServiceHandle, extra: Record<string, string> = {}): Record<string, string> {
  return {
    ...azure.authInputs,
    'resource-group': site.resourceGroup,
    app: site.name,
    'expected-version': NEW,
    'warmup-count': '3',
    'warmup-timeout': '10s',
    'check-timeout': '2s',
    'request-timeout': '2s',
    bake: '1s',
    interval: '250ms',
    'failure-threshold': '2',
    'swap-timeout': '20s',
    ...extra,
  }
}

async function fresh(): Promise<{ azure: Azure; site: AppServiceHandle }> {
  const azure = await startAzure()
  const site = await addAppService(azure, { slots: { [PRODUCTION]: { version: OLD }, staging: { version: NEW } } })
  return { azure, site }
}

function swapStep(azure: Azure, site: AppServiceHandle, extra: Record<string, string> = {}, opts: StepOptions = {}) {
  return runStep('slot-swap', { inputs: inputsFor(azure, site, extra), env: azure.env, timeoutMs: 60_000, ...opts })
}

describe('slot-swap', () => {
  test('healthy swap: production serves the new build, staging the old; verified', async () => {
    const { azure, site } = await fresh()
    try {
      const r = await swapStep(azure, site)
      assert.equal(r.exitCode, 0, r.log)
      assert.equal(site.version(PRODUCTION), NEW)
      assert.equal(site.version('staging'), OLD)
      assert.equal(site.swaps.length, 1)
      assert.deepEqual([r.outputs.result, r.outputs['production-version'], r.outputs['slot-version'], r.outputs.swapped, r.outputs['swapped-back']], ['swapped', NEW, OLD, 'true', 'false'])
      const staging = site.serving.get('staging')
      // Warm-up and smoke reached the new build before the swap (it now sits in production).
      const newBuild = site.serving.get(PRODUCTION)
      assert.ok((newBuild?.requests.filter((q) => q.headers['user-agent']?.includes('SiteWarmup')).length ?? 0) >= 3)
      assert.ok(staging)
      const timings = JSON.parse(r.outputs.timings ?? '{}') as Record<string, number>
      assert.ok(timings.swapMs !== undefined && timings.verifyMs !== undefined)
      assert.match(r.summary, /swapped/)
    } finally {
      await azure.close()
    }
  })
})
