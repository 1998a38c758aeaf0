import { type AzureAuth, ContainerApps, resolveAzureAuth, weightsByRevision } from '@deploy-actions/azure'
import { InputIssues, readInputs, runAction, log } from '@deploy-actions/core'
import {
  describeLease,
  describeWeights,
  leaseStanding,
  MARKER_TAG,
  readMarker,
  restore,
  withoutMarker,
  withoutPromotion,
} from './container-app.ts'
import { POST_RESTORE_BUDGET_MS } from './budgets.ts'
import { readSavedState } from './saved-state.ts'
import { inputs } from './spec.ts'

/**
 * The post step (post-if: always()): when the main step split the traffic and did not finish —
 * killed, crashed, timed out — put 100 % back on the stable revision it recorded, and say so; for
 * a rollout of several apps, on every app.
 */
await runAction(async () => {
  const { split, settled } = readSavedState()
  if (!split) return log.info('The main step did not split traffic: nothing to restore')
  if (settled === 'held')
    return log.info('The main step held the split on purpose (recorded on the app with its deadline): left standing')
  if (settled) return log.info(`The main step settled the traffic itself (${settled}): nothing to restore`)
  const issues = new InputIssues()
  const values = await readInputs(inputs, issues)
  const auth = resolveAzureAuth(values, issues, { needsSubscription: true })
  if (!auth) return issues.throwIfAny()
  // Killed during a validation window before any gate broke: the release passed its stages and stands.
  if (split.watch === 'watching') {
    if (split.platform === 'app-service')
      return log.info(
        `The main step stopped during the watch window, before any gate broke: slot ${split.slot} stays promoted`,
      )
    return releaseWatch(auth, values['resource-group'], values.app ?? '', split.canary, split.token)
  }
  if (split.platform === 'app-service')
    return (await import('./app-service.ts')).restoreAppService({ ...values, app: values.app ?? '' }, auth, split)
  const apps = split.apps ?? [{ app: values.app ?? '', stable: split.stable, canary: split.canary }]
  // Every app is tried whatever the others do; the first failure is the step's error.
  const results = await Promise.allSettled(
    apps.map((a) => restoreApp(auth, values['resource-group'], a.app, a.stable, a.canary, split.token)),
  )
  const failed = results.find((r) => r.status === 'rejected')
  if (failed) throw failed.reason
}, 'Canary rollout (post step)')

async function restoreApp(
  auth: AzureAuth,
  resourceGroup: string,
  app: string,
  stable: string,
  canary: string,
  token: string,
): Promise<void> {
  const { aca, ctx } = postClient(auth, resourceGroup, app)
  const state = await aca.get(ctx)
  const weights = weightsByRevision(state.traffic, state.latestReadyRevisionName)
  const marker = readMarker(state.tags)
  if (weights[stable] === 100 && !marker) return log.info(`${stable} already has 100%: nothing to restore`)
  // Another run's lease: live, that run is working on the app; expired, the next run repairs it
  // from the stable revision that lease names, which may not be the one this step saved.
  if (marker && marker.token !== token) {
    return log.warning(
      `The ${MARKER_TAG} lease now belongs to another run (${describeLease(marker)}, ${leaseStanding(marker, Date.now())}); ` +
        `leaving the traffic (${describeWeights(weights)}) to it`,
      { title: 'Split left to another run' },
    )
  }
  // The main step recorded its hold on the app but died before it could tell this step: the app says so.
  if (marker?.hold && leaseStanding(marker, Date.now()) === 'live')
    return log.info(`The split is ${describeLease(marker)}, as the main step recorded it: left standing`)
  log.warning(
    `The main step did not finish while traffic was split (${describeWeights(weights)}): restoring 100% to ${stable}`,
    { title: 'Traffic restored by the post step' },
  )
  // After a breach of a watch window the promotion is undone: its record goes with the marker.
  await restore(
    aca,
    state.location,
    stable,
    canary,
    marker?.watch ? withoutPromotion(state.tags, true) : state.tags,
    ctx,
  )
  log.info(`Restored: ${stable} has 100% (read back); ${canary} stays active at 0%`)
}

/**
 * The main step stopped during a watch window before any gate broke: the release stays promoted and
 * the previous revision active at 0 %; only this step's watch marker is cleared, so the next run
 * need not wait for it to expire. Another run's marker is left to it.
 */
async function releaseWatch(
  auth: AzureAuth,
  resourceGroup: string,
  app: string,
  current: string,
  token: string,
): Promise<void> {
  const { aca, ctx } = postClient(auth, resourceGroup, app)
  const state = await aca.get(ctx)
  const marker = readMarker(state.tags)
  const mine = marker?.token === token
  if (mine) await aca.setTags(state.location, withoutMarker(state.tags), ctx)
  log.info(
    `The main step stopped during the watch window, before any gate broke: ${current} stays promoted ` +
      `(traffic ${describeWeights(weightsByRevision(state.traffic, state.latestReadyRevisionName))})` +
      (mine ? `; its watch marker cleared` : ''),
  )
}

/** The post step's client of the app, and the bounded call context of its one restore or release. */
function postClient(auth: AzureAuth, resourceGroup: string, app: string) {
  return {
    aca: new ContainerApps(auth, resourceGroup, app, 'deploy-actions/canary-rollout-post'),
    ctx: { budgetMs: POST_RESTORE_BUDGET_MS, onRetry: (line: string) => log.info(`  … ${line}`) },
  }
}
