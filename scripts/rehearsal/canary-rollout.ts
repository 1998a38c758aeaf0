/**
 * canary-rollout in the pipeline, against the ARM emulator: v1.5.0 goes out 10 % → 50 % → 100 %
 * and is promoted; then a broken build (v1.5.1, half its requests fail) is caught at 50 % and
 * rolled back to v1.5.0.
 */
import { startAzure, type Azure } from '@deploy-actions/harness/emulators/azure'
import { addContainerApp, type ContainerAppHandle } from '@deploy-actions/harness/emulators/container-apps'
import { runStep, type StepResult } from '@deploy-actions/harness/runner'
import { NEW_VERSION, type RehearsalStep, type Rehearsal } from './step.ts'

const BROKEN_VERSION = 'v1.5.1'
const CHECKS = '- url: /version\n  version: $.version\n- url: /health\n  json:\n    $.status: healthy'

let azure: Azure | undefined
let app: ContainerAppHandle | undefined

async function containerApp(rehearsal: Rehearsal): Promise<{ azure: Azure; app: ContainerAppHandle }> {
  if (!azure || !app) {
    azure = await startAzure()
    app = await addContainerApp(azure, { stable: { suffix: 'v140' } })
    rehearsal.onClose(() => azure?.close())
  }
  return { azure, app }
}

function rollout(rehearsal: Rehearsal, a: Azure, c: ContainerAppHandle, version: string): Promise<StepResult> {
  return runStep('canary-rollout', {
    env: a.env,
    inputs: {
      ...a.authInputs,
      'resource-group': c.resourceGroup,
      app: c.name,
      image: `ghcr.io/octo-org/shop:${version}`,
      'revision-suffix': version.replace(/\./g, '-'),
      stages: rehearsal.timings.canaryStages,
      interval: rehearsal.timings.canaryInterval,
      'expected-version': version,
      checks: CHECKS,
      thresholds: 'error-rate<1%, p95<500ms',
    },
  })
}

export const steps: RehearsalStep[] = [
  {
    title: `canary-rollout: ${NEW_VERSION} through 10% → 50% → 100%`,
    expect:
      'creates the revision, shifts traffic in three stages judged against stable, and promotes it; the old revision stays active at 0%',
    async run(rehearsal) {
      const { azure: a, app: c } = await containerApp(rehearsal)
      const result = await rollout(rehearsal, a, c, NEW_VERSION)
      if (result.outputs.timeline) rehearsal.handed.set('timeline', result.outputs.timeline)
      return result
    },
    verify(result) {
      const problems: string[] = []
      if (result.exitCode !== 0) problems.push(`exit code ${result.exitCode}, expected 0`)
      if (result.outputs.result !== 'promoted') problems.push(`result=${result.outputs.result}, expected promoted`)
      const canary = `shop--${NEW_VERSION.replace(/\./g, '-')}`
      const weights = app?.history.map((h) => h.weights[canary] ?? 0)
      if (JSON.stringify(weights) !== JSON.stringify([0, 10, 50, 100]))
        problems.push(`the canary's weights on ARM were ${JSON.stringify(weights)}, expected [0,10,50,100]`)
      if (!app?.revision('shop--v140').active) problems.push('the previous revision was not kept active')
      return problems
    },
  },
  {
    title: `canary-rollout: a broken ${BROKEN_VERSION} is rolled back`,
    expect: `fails half its requests from the 50% stage on; the gates catch it and traffic goes back to 100% ${NEW_VERSION}`,
    async run(rehearsal) {
      const { azure: a, app: c } = await containerApp(rehearsal)
      const canary = `shop--${BROKEN_VERSION.replace(/\./g, '-')}`
      const watch = setInterval(() => {
        if (c.weights()[canary] === 50) c.revision(canary).app.set({ errorRate: 0.5 })
      }, 20)
      try {
        return await rollout(rehearsal, a, c, BROKEN_VERSION)
      } finally {
        clearInterval(watch)
      }
    },
    verify(result) {
      const problems: string[] = []
      const stable = `shop--${NEW_VERSION.replace(/\./g, '-')}`
      if (result.exitCode !== 1) problems.push(`exit code ${result.exitCode}, expected 1`)
      if (result.outputs.result !== 'rolled-back')
        problems.push(`result=${result.outputs.result}, expected rolled-back`)
      if (!/^stage 2 \(50%\): error-rate/.test(result.outputs.reason ?? ''))
        problems.push(`reason "${result.outputs.reason}" does not name stage 2 and the error-rate gate`)
      if (app?.weights()[stable] !== 100)
        problems.push(`${stable} does not have 100% on ARM: ${JSON.stringify(app?.weights())}`)
      return problems
    },
  },
]
