import * as core from '@actions/core'
import { ContainerApps, resolveAzureAuth, weightsByRevision } from '@deploy-actions/azure'
import { InputIssues, readInputs, runAction } from '@deploy-actions/core'
import { describeWeights, MARKER_TAG, readMarker, restore } from './container-app.ts'
import { inputs } from './spec.ts'

/**
 * The post step (post-if: always()): when the main step split the traffic and did not finish —
 * killed, crashed, timed out — put 100 % back on the stable revision it recorded, and say so.
 */
await runAction(async () => {
  const split = core.getState('split')
  const finished = core.getState('finished')
  if (!split) return core.info('The main step did not split traffic: nothing to restore')
  if (finished) return core.info(`The main step settled the traffic itself (${finished}): nothing to restore`)
  const { stable, canary, ...appService } = JSON.parse(split) as {
    stable: string
    canary: string
    platform?: string
    slot: string
    slotHost: string
  }

  const issues = new InputIssues()
  const v = readInputs(inputs, issues)
  const auth = resolveAzureAuth(v, issues, { needsSubscription: true })
  if (!auth) return issues.throwIfAny()
  if (appService.platform === 'app-service')
    return (await import('./app-service.ts')).restoreAppService(v, auth, appService)
  const aca = new ContainerApps(auth, v['resource-group'], v.app, 'deploy-actions/canary-rollout-post')
  const ctx = { budgetMs: 60_000, onRetry: (line: string) => core.info(`  … ${line}`) }
  const state = await aca.get(ctx)
  const weights = weightsByRevision(state.traffic, state.latestReadyRevisionName)
  const marker = readMarker(state.tags)
  if (weights[stable] === 100 && !marker) return core.info(`${stable} already has 100%: nothing to restore`)
  if (marker && marker.canary !== canary) {
    return core.warning(
      `The ${MARKER_TAG} marker now belongs to another rollout (${marker.run}); leaving the traffic (${describeWeights(weights)}) to it`,
    )
  }
  core.warning(
    `The main step did not finish while traffic was split (${describeWeights(weights)}): restoring 100% to ${stable}`,
    { title: 'Traffic restored by the post step' },
  )
  await restore(aca, state.location, stable, canary, state.tags, ctx)
  core.info(`Restored: ${stable} has 100% (read back); ${canary} stays active at 0%`)
})
