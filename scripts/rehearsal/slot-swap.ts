/**
 * slot-swap in the pipeline: the shop's App Service (on the ARM emulator, one local build per slot)
 * gets NEW_VERSION swapped in from staging and verified; then a broken hotfix deployed to staging is
 * swapped in, fails its post-swap check and is swapped back, production on NEW_VERSION again.
 */
import { addAppService, PRODUCTION, type AppServiceHandle } from '@deploy-actions/harness/emulators/app-service'
import { startAzure, type Azure } from '@deploy-actions/harness/emulators/azure'
import { runStep, type StepResult } from '@deploy-actions/harness/runner'
import { NEW_VERSION, OLD_VERSION, type RehearsalStep, type Rehearsal } from './step.ts'

const HOTFIX = 'v1.5.1'
const CHECKS = `
- name: health
  url: /health
  json:
    $.status: healthy
- name: orders
  url: /api/orders
`

let stand: { azure: Azure; site: AppServiceHandle } | undefined

/** The emulated App Service, started once for the rehearsal and shut down with it. */
async function appService(rehearsal: Rehearsal): Promise<{ azure: Azure; site: AppServiceHandle }> {
  if (stand) return stand
  const azure = await startAzure()
  rehearsal.onClose(() => azure.close())
  const site = await addAppService(azure, {
    name: 'shop-web',
    resourceGroup: 'rg-shop',
    slots: { [PRODUCTION]: { version: OLD_VERSION, latencyMs: 10 }, staging: { version: NEW_VERSION, latencyMs: 10 } },
  })
  site.swapMs = 800
  stand = { azure, site }
  rehearsal.log(
    `  App Service shop-web on the ARM emulator (${azure.url}): production ${site.url(PRODUCTION)} ` +
      `serves ${OLD_VERSION}, staging ${site.url('staging')} serves ${NEW_VERSION}`,
  )
  return stand
}

function swap(rehearsal: Rehearsal, azure: Azure, site: AppServiceHandle, expected: string): Promise<StepResult> {
  return runStep('slot-swap', {
    env: azure.env,
    inputs: {
      ...azure.authInputs,
      'resource-group': site.resourceGroup,
      app: site.name,
      slot: 'staging',
      'expected-version': expected,
      checks: CHECKS,
      'warmup-count': '5',
      bake: rehearsal.timings.swapBake,
      interval: rehearsal.timings.swapInterval,
      'failure-threshold': '2',
    },
  })
}

export const steps: RehearsalStep[] = [
  {
    title: `slot-swap: ${NEW_VERSION} swapped into production`,
    expect: `warms staging up, smoke-tests it, swaps it in, and verifies production serves ${NEW_VERSION} through the bake; ${OLD_VERSION} waits in staging`,
    async run(rehearsal) {
      const { azure, site } = await appService(rehearsal)
      return swap(rehearsal, azure, site, NEW_VERSION)
    },
    verify(result) {
      const { site } = stand as { site: AppServiceHandle }
      const problems: string[] = []
      if (result.exitCode !== 0) problems.push(`exit code ${result.exitCode}, expected 0`)
      if (result.outputs.result !== 'swapped') problems.push(`result=${result.outputs.result}, expected swapped`)
      if (site.version(PRODUCTION) !== NEW_VERSION)
        problems.push(`production serves ${site.version(PRODUCTION)} on the emulator, expected ${NEW_VERSION}`)
      if (site.version('staging') !== OLD_VERSION)
        problems.push(`staging serves ${site.version('staging')}, expected ${OLD_VERSION}`)
      if (site.swaps.length !== 1) problems.push(`${site.swaps.length} swaps on the emulator, expected 1`)
      return problems
    },
  },
  {
    title: `slot-swap: a broken ${HOTFIX} is swapped back`,
    expect:
      `swaps ${HOTFIX} in from staging, sees its orders endpoint fail on production, swaps back and ` +
      `fails naming the check; production serves ${NEW_VERSION} again`,
    async run(rehearsal) {
      const { azure, site } = await appService(rehearsal)
      // The hotfix lands in staging; with production's settings its orders endpoint fails.
      const hotfix = site.serving.get('staging')
      hotfix?.set({ version: HOTFIX })
      site.onSwap = (s) => {
        if (s.production === HOTFIX)
          hotfix?.set({ status: 500, body: { error: 'orders table missing' } }, '/api/orders')
      }
      return swap(rehearsal, azure, site, HOTFIX)
    },
    verify(result) {
      const { site } = stand as { site: AppServiceHandle }
      const problems: string[] = []
      if (result.exitCode !== 1) problems.push(`exit code ${result.exitCode}, expected 1`)
      if (result.outputs.result !== 'swapped-back')
        problems.push(`result=${result.outputs.result}, expected swapped-back`)
      if (!result.annotations.some((a) => a.level === 'error' && /check "orders".*500/.test(a.message)))
        problems.push('no error naming the orders check and its 500')
      if (site.version(PRODUCTION) !== NEW_VERSION)
        problems.push(`production serves ${site.version(PRODUCTION)} on the emulator, expected ${NEW_VERSION}`)
      if (site.swaps.length !== 3)
        problems.push(`${site.swaps.length} swaps on the emulator, expected 3 (swap, hotfix swap, swap-back)`)
      return problems
    },
  },
]
