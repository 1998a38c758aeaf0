/**
 * slot-swap through its bundle, against the ARM emulator's Microsoft.Web part: every slot is a
 * local HTTPS build behind its own host name, a swap exchanges what two slots serve, and the tests
 * assert what production serves afterwards, how many swaps the emulator performed and what state
 * the slots were left in — not the log.
 */
import assert from 'node:assert/strict'
import { describe, test } from '@jest/globals'
import { addAppService, PRODUCTION, type AppServiceHandle } from '@deploy-actions/harness/emulators/app-service'
import { startAzure, type Azure } from '@deploy-actions/harness/emulators/azure'
import { runStep, type StepOptions } from '@deploy-actions/harness/runner'

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
    bake: '500ms',
    interval: '200ms',
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

const errors = (r: { annotations: Array<{ level: string; properties: Record<string, string> }> }) =>
  r.annotations.filter((a) => a.level === 'error')

function swapStep(
  azure: Azure,
  site: AppServiceHandle,
  extra: Record<string, string> = {},
  opts: StepOptions & { post?: boolean; state?: Record<string, string> } = {},
) {
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
      assert.deepEqual(
        [
          r.outputs.result,
          r.outputs['production-version'],
          r.outputs['slot-version'],
          r.outputs.swapped,
          r.outputs['swapped-back'],
        ],
        ['swapped', NEW, OLD, 'true', 'false'],
      )
      const staging = site.serving.get('staging')
      // Warm-up and smoke reached the new build before the swap (it now sits in production).
      const newBuild = site.serving.get(PRODUCTION)
      assert.ok((newBuild?.requests.filter((q) => q.headers['user-agent']?.includes('SiteWarmup')).length ?? 0) >= 3)
      assert.ok(staging)
      const timings = JSON.parse(r.outputs.timings ?? '{}') as Record<string, number>
      assert.ok(timings.swapMs !== undefined && timings.verifyMs !== undefined)
      // The summary's first line says what production serves now, by version; then how to undo it.
      const [headline] = r.summary.split('\n')
      assert.equal(headline, `### ✅ ${site.name}: \`v1.5.0\` swapped in and verified; serving production`)
      assert.match(
        r.summary,
        /^\*\*Next:\*\* To undo: slot-swap `operation: swap-back` with `expected-version: v1\.4\.0` \(that build waits in slot staging\)/m,
      )
      assert.match(r.summary, /<details>[\s\S]*\| Phase \| Took \|[\s\S]*<\/details>/)
    } finally {
      await azure.close()
    }
  })

  test('after a canary on App Service (100% routed to the slot), the routing rule is cleared before the swap', async () => {
    const { azure, site } = await fresh()
    try {
      site.routing = [
        { name: 'staging', actionHostName: site.url('staging').replace('https://', ''), reroutePercentage: 100 },
      ]
      const r = await swapStep(azure, site)
      assert.equal(r.exitCode, 0, r.log)
      assert.equal(r.outputs.result, 'swapped', 'not mistaken for a swap already done')
      assert.deepEqual(site.routing, [])
      assert.equal(site.swaps.length, 1)
      assert.equal(site.version(PRODUCTION), NEW)
      assert.ok(r.annotations.some((a) => a.level === 'warning' && /routing rule sends 100%/.test(a.message)))
    } finally {
      await azure.close()
    }
  })

  test('post-swap verification fails: swapped back, production serves the old build, the run names the check', async () => {
    const { azure, site } = await fresh()
    try {
      // The new build breaks once it serves production (e.g. production's settings): its orders endpoint fails.
      site.onSwap = () =>
        site.serving
          .get(PRODUCTION)
          ?.set({ status: 500, body: { error: 'database connection pool exhausted' } }, '/api/orders')
      const checks =
        '- name: health\n  url: /health\n  json:\n    $.status: healthy\n- name: orders\n  url: /api/orders\n'
      const r = await swapStep(azure, site, { checks })
      assert.equal(r.exitCode, 1, r.log)
      assert.equal(site.version(PRODUCTION), OLD)
      assert.equal(site.version('staging'), NEW)
      assert.equal(site.swaps.length, 2, 'swapped, then swapped back')
      assert.deepEqual(
        [r.outputs.result, r.outputs.swapped, r.outputs['swapped-back'], r.outputs['production-version']],
        ['swapped-back', 'true', 'true', OLD],
      )
      const failure = r.annotations.filter((a) => a.level === 'error').at(-1)?.message ?? ''
      assert.match(failure, /check "orders".*500/)
      assert.match(failure, /swapped back: production serves v1\.4\.0/)
      const timings = JSON.parse(r.outputs.timings ?? '{}') as Record<string, number>
      assert.ok((timings.failedToRestoredMs ?? 0) > 0)
      // The summary: the old build serves again, the failed check with its status, and where to look.
      const [headline] = r.summary.split('\n')
      assert.equal(headline, `### ↩️ ${site.name}: \`v1.5.0\` swapped back out; \`v1.4.0\` serving production`)
      assert.match(r.summary, /^\*\*Why:\*\* Production failed its checks after the swap: check "orders".*status 500/m)
      assert.match(r.summary, /^\*\*Next:\*\* Nothing to undo\. Fix `v1\.5\.0` .*"Verifying production"/m)
      assert.equal(errors(r).length, 1, 'one error annotation for the failure')
      assert.equal(errors(r)[0]?.properties.title, 'Slot swap failed')
    } finally {
      await azure.close()
    }
  })

  test('the new build answers 500 on the version path once in production: swapped back, and by the post step after a kill', async () => {
    const { azure, site } = await fresh()
    try {
      // The new build passes warm-up and smoke in the slot, then fails on production (e.g. its settings):
      // it never says which version it is there. Only the build itself breaks, wherever it moves.
      const newBuild = site.serving.get('staging')
      assert.ok(newBuild)
      const breakOnFirstSwap = () => {
        site.onSwap = () => {
          site.onSwap = undefined
          newBuild.set({ status: 500, body: { error: 'configuration missing' } }, '/health')
        }
      }
      breakOnFirstSwap()
      const r = await swapStep(azure, site)
      assert.equal(r.exitCode, 1, r.log)
      assert.equal(site.version(PRODUCTION), OLD, 'production serves the known-good build again')
      assert.equal(site.version('staging'), NEW)
      assert.equal(site.swaps.length, 2, 'swapped, then swapped back')
      assert.equal(r.state.finished, 'swapped-back', 'the post step has nothing left to do')
      assert.deepEqual(
        [r.outputs.result, r.outputs.swapped, r.outputs['swapped-back'], r.outputs['production-version']],
        ['swapped-back', 'true', 'true', OLD],
      )
      const errors = r.annotations.filter((a) => a.level === 'error')
      assert.equal(errors.length, 1, r.log)
      assert.match(errors[0]?.message ?? '', /status 500.*swapped back: production serves v1\.4\.0 again \(read back\)/)
      // The summary claims as read back only what was read: the broken build in the slot never answered.
      assert.match(
        r.summary,
        /Production serves `v1\.4\.0` \(read back\) · slot staging holds `v1\.5\.0` \(moved there/,
      )

      // Killed right after the swap: the post step puts the old build back, though the new one never answers.
      newBuild.set({ status: 200, body: undefined }, '/health') // healthy again, in the slot
      const swapsBefore = site.swaps.length
      breakOnFirstSwap()
      let pid = 0
      const watcher = setInterval(() => {
        if (pid && site.swaps.length > swapsBefore) {
          process.kill(pid, 'SIGKILL')
          pid = 0
        }
      }, 5)
      const main = await swapStep(
        azure,
        site,
        { bake: '60s', 'failure-threshold': '100' },
        { onSpawn: (p) => (pid = p) },
      )
      clearInterval(watcher)
      assert.equal(main.signal, 'SIGKILL', main.log)
      assert.equal(site.version(PRODUCTION), NEW, 'the runner died with the broken build in production')
      const post = await runStep('slot-swap', {
        post: true,
        state: main.state,
        inputs: inputsFor(azure, site, { bake: '60s' }),
        env: azure.env,
      })
      assert.equal(post.exitCode, 0, post.log)
      assert.equal(site.version(PRODUCTION), OLD)
      assert.equal(site.version('staging'), NEW)
      assert.equal(site.swaps.length, swapsBefore + 2)
    } finally {
      await azure.close()
    }
  })

  test('operation swap-back while production answers 500 on the version path: the build in the slot is swapped back in', async () => {
    const azure = await startAzure()
    const site = await addAppService(azure, { slots: { [PRODUCTION]: { version: NEW }, staging: { version: OLD } } })
    try {
      site.serving.get(PRODUCTION)?.set({ status: 500, body: { error: 'configuration missing' } }, '/health')
      const r = await swapStep(azure, site, { operation: 'swap-back', 'expected-version': OLD })
      assert.equal(r.exitCode, 0, r.log)
      assert.equal(site.version(PRODUCTION), OLD)
      assert.equal(site.version('staging'), NEW)
      assert.equal(site.swaps.length, 1)
      assert.deepEqual(
        [r.outputs.result, r.outputs['production-version'], r.outputs['slot-version'], r.outputs['swapped-back']],
        ['swapped-back', OLD, '', 'true'],
        'the slot-version is not claimed: the build there never answered',
      )
      // Run again: production serves OLD (read back), nothing is toggled.
      const again = await swapStep(azure, site, { operation: 'swap-back', 'expected-version': OLD })
      assert.equal(again.exitCode, 0, again.log)
      assert.equal(again.outputs.result, 'unchanged')
      assert.equal(again.outputs['slot-version'], '')
      assert.match(again.summary, /Production serves `v1\.4\.0` \(read back\) · slot staging answers no version/)
      assert.equal(site.swaps.length, 1)
    } finally {
      await azure.close()
    }
  })

  test('SIGINT while production serves a build that does not answer its version: swapped back within the cancel window', async () => {
    const { azure, site } = await fresh()
    try {
      const newBuild = site.serving.get('staging')
      assert.ok(newBuild)
      site.onSwap = () => {
        site.onSwap = undefined
        newBuild.set({ status: 503, body: { error: 'starting' } }, '/health')
      }
      let pid = 0
      let signalledAt = 0
      const watcher = setInterval(() => {
        const swap = site.swaps[0]
        if (!signalledAt && pid && swap && (newBuild.requests.filter((q) => q.at > swap.at).length ?? 0) >= 3) {
          signalledAt = performance.now()
          process.kill(pid, 'SIGINT')
        }
      }, 10)
      const r = await swapStep(azure, site, { bake: '60s', 'failure-threshold': '100' }, { onSpawn: (p) => (pid = p) })
      clearInterval(watcher)
      const exitedAfterMs = performance.now() - signalledAt
      assert.ok(signalledAt > 0, r.log)
      assert.equal(r.exitCode, 1, r.log)
      assert.equal(site.version(PRODUCTION), OLD)
      assert.equal(site.swaps.length, 2)
      assert.equal(r.state.finished, 'swapped-back')
      assert.ok(exitedAfterMs < 7500, `the step ended ${Math.round(exitedAfterMs)} ms after SIGINT`)
    } finally {
      await azure.close()
    }
  })

  test('warm-up fails (an auth redirect, a dead path) or the slot smoke fails: no swap at all', async () => {
    const { azure, site } = await fresh()
    try {
      const staging = site.serving.get('staging')
      assert.ok(staging)
      staging.set({ redirect: 'https://login.microsoftonline.com/common/oauth2/authorize' }, '/')
      let r = await swapStep(azure, site, { 'warmup-timeout': '1s' })
      assert.equal(r.exitCode, 1)
      assert.match(
        r.annotations.at(-1)?.message ?? '',
        /Warm-up of .* login\.microsoftonline\.com.*nothing was swapped/,
      )

      staging.set({ status: 503, redirect: undefined }, '/')
      r = await swapStep(azure, site, { 'warmup-timeout': '1s' })
      assert.equal(r.exitCode, 1)
      assert.match(r.annotations.at(-1)?.message ?? '', /Warm-up .*status 503.*nothing was swapped/)

      staging.set({ status: 200 }, '/')
      staging.set({ body: { status: 'degraded', version: NEW } }, '/health')
      r = await swapStep(azure, site)
      assert.equal(r.exitCode, 1)
      assert.match(
        r.annotations.at(-1)?.message ?? '',
        /Smoke check\(s\) failed on slot staging: check "health".*degraded.*nothing was swapped/,
      )
      assert.deepEqual(
        [r.outputs.result, r.outputs.swapped, r.outputs['production-version']],
        ['not-swapped', 'false', OLD],
      )
      assert.equal(
        r.summary.split('\n')[0],
        `### ⛔ ${site.name}: \`v1.5.0\` not swapped; \`v1.4.0\` serving production still`,
      )
      assert.match(r.summary, /^\*\*Why:\*\* Smoke check\(s\) failed on slot staging: check "health"/m)

      // A slot that does not serve the expected build is never swapped either.
      r = await swapStep(azure, site, { 'expected-version': 'v9.9.9' })
      assert.equal(r.exitCode, 1)
      assert.match(r.annotations.at(-1)?.message ?? '', /serves v1\.5\.0, not the expected v9\.9\.9/)
      assert.equal(
        r.summary.split('\n')[0],
        `### ⛔ ${site.name}: \`v1.5.0\` not swapped; \`v1.4.0\` serving production still`,
      )

      assert.equal(site.swapRequests, 0)
      assert.equal(azure.calls.filter((c) => c.method !== 'GET').length, 0, 'no ARM write of any kind')
      assert.equal(site.version(PRODUCTION), OLD)
    } finally {
      await azure.close()
    }
  })

  test('preview → complete and preview → reset; a pending preview from an earlier run is reset or completed; preview refused with auth on', async () => {
    const { azure, site } = await fresh()
    try {
      let r = await swapStep(azure, site, { operation: 'preview' })
      assert.equal(r.exitCode, 0, r.log)
      assert.equal(r.outputs.result, 'previewed')
      assert.equal(site.pending.get('staging'), PRODUCTION)
      assert.equal(site.swaps.length, 0)
      r = await swapStep(azure, site, { operation: 'complete' })
      assert.equal(r.exitCode, 0, r.log)
      assert.equal(site.pending.size, 0)
      assert.equal(site.swaps.length, 1)
      assert.equal(site.version(PRODUCTION), NEW)

      // Back to the old build for the next rounds (the rollback workflow's operation).
      r = await swapStep(azure, site, { operation: 'swap-back', 'expected-version': OLD })
      assert.equal(r.exitCode, 0, r.log)
      assert.equal(site.version(PRODUCTION), OLD)
      assert.equal(r.outputs['swapped-back'], 'true')
      r = await swapStep(azure, site, { operation: 'swap-back', 'expected-version': OLD })
      assert.equal(r.outputs.result, 'unchanged', 'a retried swap-back does not swap again')
      assert.equal(site.swaps.length, 2)

      r = await swapStep(azure, site, { operation: 'preview' })
      assert.equal(site.pending.get('staging'), PRODUCTION)
      r = await swapStep(azure, site, { operation: 'reset' })
      assert.equal(r.exitCode, 0, r.log)
      assert.equal(site.pending.size, 0)
      assert.equal(site.swaps.length, 2)
      assert.equal(site.version(PRODUCTION), OLD)

      // A preview left pending by an earlier run: a swap resets it first (the default), and says so.
      await swapStep(azure, site, { operation: 'preview' })
      const resetsBefore = azure.calls.filter((c) => c.path.endsWith('/resetSlotConfig')).length
      r = await swapStep(azure, site)
      assert.equal(r.exitCode, 0, r.log)
      assert.equal(azure.calls.filter((c) => c.path.endsWith('/resetSlotConfig')).length, resetsBefore + 1)
      assert.ok(r.annotations.some((a) => a.level === 'warning' && /pending swap with preview/.test(a.message)))
      assert.equal(site.version(PRODUCTION), NEW)
      assert.equal(site.pending.size, 0)

      // pending-preview: fail leaves it alone; complete finishes it with the swap.
      await swapStep(azure, site, { operation: 'swap-back', 'expected-version': OLD })
      await swapStep(azure, site, { operation: 'preview' })
      r = await swapStep(azure, site, { 'pending-preview': 'fail' })
      assert.equal(r.exitCode, 1)
      assert.equal(site.pending.get('staging'), PRODUCTION)
      const swaps: number = site.swaps.length
      r = await swapStep(azure, site, { 'pending-preview': 'complete' })
      assert.equal(r.exitCode, 0, r.log)
      assert.equal(site.swaps.length, swaps + 1)
      assert.equal(site.pending.size, 0)
      assert.equal(site.version(PRODUCTION), NEW)

      // Site authentication on: App Service refuses the preview (409); the action says what to do instead.
      await swapStep(azure, site, { operation: 'swap-back', 'expected-version': OLD })
      site.authEnabled = true
      r = await swapStep(azure, site, { operation: 'preview' })
      assert.equal(r.exitCode, 1)
      assert.match(r.annotations.at(-1)?.message ?? '', /site authentication is on.*use operation swap/)
      assert.equal(site.pending.size, 0)
    } finally {
      await azure.close()
    }
  })

  test('a swap whose operation times out is not swapped twice: not by the run, not by a retry of it', async () => {
    const { azure, site } = await fresh()
    try {
      // The swap takes longer than the step waits; the step gives up, Azure finishes it later.
      site.swapMs = 2500
      let r = await swapStep(azure, site, { 'swap-timeout': '1s' })
      assert.equal(r.exitCode, 1)
      assert.equal(r.outputs.result, 'swap-timeout')
      assert.match(r.annotations.at(-1)?.message ?? '', /did not complete within 1s.*never swaps twice/)
      // The post step waits for the operation to end and reads what production serves now.
      const post = await swapStep(azure, site, { 'swap-timeout': '1s' }, { post: true, state: r.state })
      assert.equal(post.exitCode, 0, post.log)
      assert.equal(site.swaps.length, 1, 'Azure finished the swap later')
      assert.match(
        post.annotations.find((a) => a.level === 'warning')?.message ?? '',
        new RegExp(`completed since: production ${NEW}, slot ${OLD} \\(read back\\)\\. This run did not verify ${NEW}`),
      )
      assert.equal(site.swapRequests, 1, 'the post step did not swap')
      // The job is re-run: it sees the swap already happened and verifies instead of toggling it back.
      r = await swapStep(azure, site)
      assert.equal(r.exitCode, 0, r.log)
      assert.equal(r.outputs.result, 'already-swapped')
      assert.equal(site.swapRequests, 1)
      assert.equal(site.swaps.length, 1)
      assert.equal(site.version(PRODUCTION), NEW)

      // Polls that hang: the step stops waiting on them and reads the slots; one swap, not two.
      await swapStep(azure, site, { operation: 'swap-back', 'expected-version': OLD })
      site.swapMs = 200
      site.pollStallMs = 10_000
      const requests = site.swapRequests
      r = await swapStep(azure, site, { 'request-timeout': '1s' })
      assert.equal(r.exitCode, 0, r.log)
      assert.equal(site.swapRequests, requests + 1)
      assert.equal(site.version(PRODUCTION), NEW)
      site.pollStallMs = 0

      // The swap request is carried out but its answer is lost: the step looks instead of sending it again.
      await swapStep(azure, site, { operation: 'swap-back', 'expected-version': OLD })
      site.dropNextSwapAnswer = true
      const accepted = site.swapRequests
      r = await swapStep(azure, site)
      assert.equal(r.exitCode, 0, r.log)
      assert.equal(site.swapRequests, accepted + 1, 'one swap request carried out, not two')
      assert.equal(site.version(PRODUCTION), NEW)

      // ARM throttling, 503s and connection resets on every kind of call: still exactly one swap.
      await swapStep(azure, site, { operation: 'swap-back', 'expected-version': OLD })
      const swaps = site.swaps.length
      azure.setFaults({ rate: 0.35, seed: 11, retryAfterSeconds: 0 })
      r = await swapStep(azure, site)
      azure.setFaults(undefined)
      assert.equal(r.exitCode, 0, r.log)
      assert.ok(
        azure.calls.some((c) => c.fault),
        'faults were injected',
      )
      assert.equal(site.swaps.length, swaps + 1)
      assert.equal(site.version(PRODUCTION), NEW)
    } finally {
      await azure.close()
    }
  })

  test('SIGINT during verification: swapped back within the cancel window', async () => {
    const { azure, site } = await fresh()
    try {
      let pid = 0
      let signalledAt = 0
      const watcher = setInterval(() => {
        const swap = site.swaps[0]
        const build = site.serving.get(PRODUCTION)
        // Verification is under way once production's new build answered /health after the swap.
        if (
          !signalledAt &&
          pid &&
          swap &&
          (build?.requests.filter((q) => q.at > swap.at && q.path === '/health').length ?? 0) >= 3
        ) {
          signalledAt = performance.now()
          process.kill(pid, 'SIGINT')
        }
      }, 10)
      const r = await swapStep(azure, site, { bake: '60s' }, { onSpawn: (p) => (pid = p) })
      clearInterval(watcher)
      const exitedAfterMs = performance.now() - signalledAt
      assert.ok(signalledAt > 0, 'verification was reached')
      assert.equal(r.exitCode, 1)
      assert.equal(site.version(PRODUCTION), OLD)
      assert.equal(site.swaps.length, 2)
      assert.equal(r.outputs['swapped-back'], 'true')
      assert.equal(r.state.finished, 'swapped-back', 'the post step has nothing left to do')
      assert.ok(
        exitedAfterMs < 7500,
        `GitHub sends SIGTERM 7.5 s after SIGINT; the step ended after ${Math.round(exitedAfterMs)} ms`,
      )
    } finally {
      await azure.close()
    }
  })

  test('SIGKILL during verification: the post step swaps back (or keeps the build when told to)', async () => {
    const { azure, site } = await fresh()
    try {
      const killed = async (extra: Record<string, string> = {}) => {
        let pid = 0
        const watcher = setInterval(() => {
          const swap = site.swaps.at(-1)
          const build = site.serving.get(PRODUCTION)
          if (
            pid &&
            swap &&
            swap.production === NEW &&
            (build?.requests.filter((q) => q.at > swap.at && q.path === '/health').length ?? 0) >= 3
          ) {
            process.kill(pid, 'SIGKILL')
            pid = 0
          }
        }, 10)
        const r = await swapStep(azure, site, { bake: '60s', ...extra }, { onSpawn: (p) => (pid = p) })
        clearInterval(watcher)
        assert.equal(r.signal, 'SIGKILL')
        assert.equal(site.version(PRODUCTION), NEW, 'the runner died with the new build in production')
        return r
      }
      let main = await killed()
      let post = await runStep('slot-swap', {
        post: true,
        state: main.state,
        inputs: inputsFor(azure, site, { bake: '60s' }),
        env: azure.env,
      })
      assert.equal(post.exitCode, 0, post.log)
      assert.equal(site.version(PRODUCTION), OLD)
      assert.equal(site.swaps.length, 2)
      assert.ok(post.annotations.some((a) => a.level === 'warning' && /swapping back to v1\.4\.0/.test(a.message)))
      // Run again (post of a step that settled itself, or that never swapped): nothing happens.
      post = await runStep('slot-swap', {
        post: true,
        state: main.state,
        inputs: inputsFor(azure, site, { bake: '60s' }),
        env: azure.env,
      })
      assert.equal(site.swaps.length, 2, 'production already serves the old build: not toggled again')

      main = await killed({ 'on-cancel': 'keep' })
      post = await runStep('slot-swap', {
        post: true,
        state: main.state,
        inputs: inputsFor(azure, site, { 'on-cancel': 'keep' }),
        env: azure.env,
      })
      assert.equal(post.exitCode, 0, post.log)
      assert.equal(site.version(PRODUCTION), NEW)
      assert.equal(site.swaps.length, 3)
      assert.ok(post.annotations.some((a) => a.level === 'warning' && /keeps it as told/.test(a.message)))
    } finally {
      await azure.close()
    }
  })

  test('bad inputs: one line each naming the input, all at once, nothing changed', async () => {
    const { azure, site } = await fresh()
    try {
      const r = await swapStep(azure, site, {
        operation: 'deploy',
        app: 'tesoro_web!',
        slot: 'production',
        'version-path': 'health',
        'version-field': 'version',
        'warmup-count': 'ten',
        'warmup-statuses': '2xx-ish',
        'warmup-timeout': 'forever',
        checks: '- url: https://tesoro.example.com/health',
        bake: '5 minutes',
        interval: '0',
        'failure-threshold': '0',
        'swap-timeout': '1ms',
        'pending-preview': 'ignore',
        'on-cancel': 'maybe',
        'subscription-id': 'not-a-guid',
      })
      assert.equal(r.exitCode, 1)
      const errors = r.annotations.filter((a) => a.level === 'error')
      const named = [
        'operation',
        'app',
        'slot',
        'version-path',
        'version-field',
        'warmup-count',
        'warmup-statuses',
        'warmup-timeout',
        'checks',
        'bake',
        'interval',
        'failure-threshold',
        'swap-timeout',
        'pending-preview',
        'on-cancel',
        'subscription-id',
      ]
      for (const input of named)
        assert.ok(
          errors.some((e) => e.message.startsWith(`Input '${input}'`)),
          `no error names ${input}: ${errors.map((e) => e.message).join(' | ')}`,
        )
      for (const e of errors) assert.doesNotMatch(e.message, /\n| {4}at /, 'one line, no stack trace')
      assert.equal(errors.length, named.length)
      assert.equal(azure.calls.length, 0, 'nothing was asked of ARM')
      assert.equal(site.serving.get('staging')?.requests.length, 0, 'nothing was sent to the slot')

      const swapBack = await swapStep(azure, site, { operation: 'swap-back', 'expected-version': '' })
      assert.equal(swapBack.exitCode, 1)
      assert.match(
        swapBack.annotations.find((a) => a.level === 'error')?.message ?? '',
        /^Input 'expected-version' is required for operation swap-back/,
      )
      assert.equal(site.swapRequests, 0)

      // A path that names another host (a network-path reference) or climbs is no path.
      for (const path of ['//other-host/x', '/\\other-host/x', '/a/../../b']) {
        const offHost = await swapStep(azure, site, { 'warmup-paths': `/health, ${path}` })
        assert.equal(offHost.exitCode, 1)
        const refused = offHost.annotations.filter((a) => a.level === 'error')
        assert.equal(refused.length, 1, refused.map((e) => e.message).join('\n'))
        assert.match(
          refused[0]?.message ?? '',
          /^Input 'warmup-paths' must be a comma- or newline-separated list of a path such as \/health \(item /,
        )
      }
      assert.equal(azure.calls.length, 0, 'nothing was asked of ARM')
    } finally {
      await azure.close()
    }
  })
})
