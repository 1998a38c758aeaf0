import * as core from '@actions/core'
import { AppService } from '@deploy-actions/azure/app-service'
import { resolveAzureAuth } from '@deploy-actions/azure/auth'
import { InputIssues, readInputs, runAction, log, sleep } from '@deploy-actions/core'
import { parseVersionCheck } from './checks.ts'
import { type Builds, describeBuilds, describeUnreadable, same, Slots } from './slots.ts'
import { inputs } from './spec.ts'

/**
 * The post step (post-if: always()): when the main step sent a swap (or was verifying one) and did
 * not settle it — killed, crashed, timed out by the runner — production goes back to the build it
 * served before (on-cancel: swap-back) or keeps the new one (on-cancel: keep), and the log says
 * which. What each slot serves is read first, so a swap that never happened is not "undone".
 */
await runAction(async () => {
  const swap = core.getState('swap')
  const preview = core.getState('preview')
  const finished = core.getState('finished')
  // A swap the main step stopped waiting for is not settled: Azure may finish it later.
  const timedOut = finished === 'swap-timeout' && swap !== ''
  if (finished && !timedOut) return log.info(`The main step settled the slots itself (${finished}): nothing to do`)
  if (!swap && !preview) return log.info('The main step did not swap anything: nothing to do')

  const issues = new InputIssues()
  const v = await readInputs(inputs, issues)
  const auth = resolveAzureAuth(v, issues, { needsSubscription: true })
  const versionCheck = parseVersionCheck(v['version-path'], v['version-field'], v['request-timeout'], issues)
  if (!auth || !versionCheck) return issues.throwIfAny()
  const app = new AppService(auth, v['resource-group'], v.app, 'deploy-actions/slot-swap-post', {
    requestTimeoutMs: v['request-timeout'],
  })
  const ctx = { budgetMs: 60_000, onRetry: (line: string) => log.info(`  … ${line}`) }

  if (preview && !swap) {
    log.warning(`The main step left a swap with preview of ${preview} unfinished: resetting it`, {
      title: 'Preview reset by the post step',
    })
    await app.resetSlotConfig(preview, ctx)
    return log.info(`Reset: slot ${preview} has its own configuration again`)
  }

  const { slot, old, new: next } = JSON.parse(swap) as { slot: string; old: string; new: string }
  const slots = new Slots(app, slot, versionCheck, v['request-timeout'], (line) => log.info(line))
  // The build production served before is the one that must read back; the new one may not answer at all.
  const pair = { trusted: old, other: next }
  if (timedOut) return settleTimedOutSwap(slots, { production: old, slot: next }, v['swap-timeout'], ctx)
  const seen = await slots.observe(ctx, pair)
  log.info(
    `Now: ${describeBuilds(seen.builds)}${describeUnreadable(seen)}` +
      (seen.inProgress ? `; a swap is under way (${seen.inProgress})` : ''),
  )
  const before = { production: old, slot: next }
  if (same(seen.builds, before) && !seen.inProgress)
    return log.info(
      `Production serves ${old}, as before the main step: the swap never took effect, nothing to swap back`,
    )
  if (v['on-cancel'] === 'keep') {
    return log.warning(
      `The main step did not finish verifying ${next}; production keeps it as told (on-cancel: keep)`,
      { title: 'New build kept by the post step' },
    )
  }
  log.warning(`The main step did not finish verifying ${next} on production: swapping back to ${old}`, {
    title: 'Swapped back by the post step',
  })
  const back = await slots.swapTo(before, {
    trusted: old,
    budgetMs: Math.max(v['swap-timeout'], 30_000),
    pollMs: 500,
    ctx: { onRetry: ctx.onRetry },
  })
  log.info(
    back.seen.unreadable
      ? `Swapped back in ${Math.round(back.ms)}ms: production serves ${old} again (read back); slot ${slot} holds ${next}, which does not answer its version (${back.seen.unreadable.reason})`
      : `Swapped back in ${Math.round(back.ms)}ms: production serves ${old} again, slot ${slot} serves ${next} (read back)`,
  )
}, 'Slot swap (post step)')

/**
 * After a swap the main step stopped waiting for: wait (bounded) for the operation to end, then
 * read what production serves and say it — a swap Azure finished later put a build on production
 * that this run never verified, and only a re-run (which never swaps twice) or a swap-back settles it.
 */
async function settleTimedOutSwap(
  slots: Slots,
  before: Builds,
  swapTimeoutMs: number,
  ctx: { budgetMs: number; onRetry: (line: string) => void },
): Promise<void> {
  const deadline = performance.now() + Math.max(swapTimeoutMs, 30_000)
  const pair = { trusted: before.production, other: before.slot }
  let seen = await slots.observe(ctx, pair)
  while (seen.inProgress && performance.now() < deadline) {
    await sleep(1000)
    seen = await slots.observe(ctx, pair)
  }
  const now = `${describeBuilds(seen.builds)}${seen.unreadable ? describeUnreadable(seen) : ' (read back)'}`
  const title = { title: 'Swap settled after the main step' }
  if (seen.inProgress)
    return log.warning(
      `The swap the main step stopped waiting for is still under way (${seen.inProgress}); now ${now}. Re-run the job once it ends: it reads what each slot serves and never swaps twice`,
      title,
    )
  if (same(seen.builds, before))
    return log.info(`The swap the main step stopped waiting for did not take effect: ${now}; nothing to do`)
  if (same(seen.builds, { production: before.slot, slot: before.production }))
    return log.warning(
      `The swap the main step stopped waiting for completed since: ${now}. This run did not verify ${before.slot} on production: re-run the job to verify it (it never swaps twice), or run operation swap-back`,
      title,
    )
  log.warning(`Production and slot serve what no swap of this run explains: ${now}`, title)
}
