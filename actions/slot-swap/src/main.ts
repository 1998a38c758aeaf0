import * as core from '@actions/core'
import { AppService, type CallContext } from '@deploy-actions/azure/app-service'
import { describeArmError } from '@deploy-actions/azure/arm'
import { type AzureAuth, resolveAzureAuth } from '@deploy-actions/azure/auth'
import {
  ActionFailure,
  appendSummary,
  CANCEL_SIGTERM_AFTER_MS,
  formatDuration,
  type InputIssues,
  InputIssues as Issues,
  onCancel,
  readInputs,
  setOutputs,
  sleep,
  type InputValues,
  log,
  logGroup,
  openGroup,
} from '@deploy-actions/core'
import type { Check } from '@deploy-actions/probe'
import { at, describeFailure, failedChecks, parseSlotChecks, parseVersionCheck, smoke, warmUp } from './checks.ts'
import {
  type Builds,
  describeBuilds,
  describeUnreadable,
  type Observation,
  type Pair,
  Slots,
  SwapTimeout,
  UNKNOWN_BUILD,
} from './slots.ts'
import { inputs, outputs } from './spec.ts'
import { swapSummary, type Timings } from './summary.ts'

export type Values = InputValues<typeof inputs>

/** The swap-back on cancel must be done before GitHub's SIGTERM, with a margin. */
export const CANCEL_BUDGET_MS = CANCEL_SIGTERM_AFTER_MS - 1_000
const CALL_BUDGET_MS = 60_000
const USER_AGENT = 'deploy-actions/slot-swap'
/** App Service names: 2-60 letters, digits and hyphens, not starting or ending with a hyphen. */
const APP_NAME = /^[a-zA-Z0-9][a-zA-Z0-9-]{0,58}[a-zA-Z0-9]$/
const SLOT_NAME = /^[a-zA-Z0-9][a-zA-Z0-9-]{0,58}$/
const RESOURCE_GROUP = /^[-\w.()]{0,89}[-\w()]$/

export type Result =
  'swapped' | 'already-swapped' | 'swapped-back' | 'unchanged' | 'not-swapped' | 'previewed' | 'reset' | 'swap-timeout'

export interface Report {
  result: Result
  builds?: Builds
  /** The slot of `builds` that answered no version (see Observation.unreadable). */
  unread?: 'production' | 'slot'
  swapped: boolean
  swappedBack: boolean
  timings: Timings
  reason?: string
  cancelled?: boolean
}

interface Run {
  v: Values
  auth: AzureAuth
  slots: Slots
  checks: Check[]
  cancel: AbortController
  ctx: CallContext
  timings: Timings
}

export async function run(): Promise<void> {
  const issues = new Issues()
  const v = await readInputs(inputs, issues)
  const auth = resolveAzureAuth(v, issues, { needsSubscription: true })
  validate(v, issues)
  const checks =
    v.checks === undefined
      ? []
      : parseSlotChecks(
          v.checks,
          {
            expectedVersion: v['expected-version'],
            requestTimeoutMs: v['request-timeout'],
            checkTimeoutMs: v['check-timeout'] ?? 0,
          },
          issues,
        )
  const versionCheck = parseVersionCheck(v['version-path'], v['version-field'], v['request-timeout'], issues)
  issues.throwIfAny()
  if (!auth || !versionCheck) throw new ActionFailure('no Azure credential') // reported above

  const cancel = onCancel({
    what: 'the swap',
    ifStuck: 'The swap-back did not finish in the cancel window; the post step will finish it',
  })
  const ctx: CallContext = {
    budgetMs: CALL_BUDGET_MS,
    signal: cancel.signal,
    onRetry: (line) => log.info(`  … ${line}`),
  }
  const app = new AppService(auth, v['resource-group'], v.app, USER_AGENT, { requestTimeoutMs: v['request-timeout'] })
  const slots = new Slots(app, v.slot, versionCheck, v['request-timeout'], (line) => log.info(line))
  const r: Run = { v, auth, slots, checks, cancel, ctx, timings: {} }
  logGroup(`Operation ${v.operation}: ${v.app}, slot ${v.slot}`, [
    `  Azure: ${auth.method}`,
    `  ARM: ${auth.armEndpoint}`,
  ])
  try {
    switch (v.operation) {
      case 'swap':
      case 'complete':
        return await swapFlow(r)
      case 'preview':
        return await previewFlow(r)
      case 'reset':
        return await resetFlow(r)
      case 'swap-back':
        return await swapBackFlow(r)
    }
  } catch (err) {
    if (cancel.signal.aborted && !(err instanceof ActionFailure))
      throw new ActionFailure(`Cancelled (${describeArmError(cancel.signal.reason)}) before anything was swapped`)
    throw err
  }
}

function validate(v: Values, issues: InputIssues): void {
  if (v.app !== undefined && !APP_NAME.test(v.app))
    issues.add(
      'app',
      'must be an App Service app name: 2-60 letters, digits and hyphens, not starting or ending with a hyphen',
    )
  if (v['resource-group'] !== undefined && !RESOURCE_GROUP.test(v['resource-group']))
    issues.add(
      'resource-group',
      'must be a resource group name: up to 90 letters, digits, underscores, hyphens, periods and parentheses, not ending with a period',
    )
  if (v.slot !== undefined && (!SLOT_NAME.test(v.slot) || v.slot.toLowerCase() === 'production')) {
    issues.add(
      'slot',
      'must name a deployment slot other than production, such as staging (letters, digits and hyphens)',
    )
  }
  if (v.operation === 'swap-back' && v['expected-version'] === undefined) {
    issues.add(
      'expected-version',
      'is required for operation swap-back: the version production must serve afterwards (a retried swap-back then never swaps twice)',
    )
  }
  if (v.bake !== undefined && v['swap-timeout'] !== undefined && v.bake + 2 * v['swap-timeout'] > 6 * 3_600_000) {
    issues.add('bake', `with two swap-timeouts exceeds GitHub's 6-hour job limit: shorten the bake`)
  }
}

async function observe(r: Run, pair?: Pair): Promise<Observation> {
  const seen = await r.slots.observe(r.ctx, pair)
  log.info(
    `${r.v.app}: production (${r.slots.hosts.production.host}) serves ${seen.builds.production}; ` +
      `slot ${r.v.slot} (${r.slots.hosts.slot.host}) serves ${seen.builds.slot}${describeUnreadable(seen)}` +
      (seen.pending ? `; a swap with preview to ${seen.pending} is pending` : '') +
      (seen.inProgress ? `; a swap is under way (${seen.inProgress})` : ''),
  )
  return seen
}

/** Waits for a swap started elsewhere (an earlier run, a person) to finish, within swap-timeout. */
async function settle(r: Run, seen: Observation, pair?: Pair): Promise<Observation> {
  const until = Date.now() + r.v['swap-timeout']
  while (seen.inProgress) {
    if (Date.now() > until)
      throw new ActionFailure(
        `A swap started elsewhere (${seen.inProgress}) is still under way after ${formatDuration(r.v['swap-timeout'])}; nothing was changed`,
      )
    log.info(`A swap is already under way on ${r.v.app} (${seen.inProgress}): waiting for it before deciding anything`)
    await sleep(1000, r.cancel.signal)
    seen = await observe(r, pair)
  }
  return seen
}

/** operation swap (and complete): warm-up → smoke on the slot → verified swap → verification on production → swap back on failure. */
async function swapFlow(r: Run): Promise<void> {
  const { v, slots } = r
  let seen = await settle(r, await observe(r))
  seen = await clearRouting(r, seen)
  if (seen.pending) {
    const policy = v.operation === 'complete' ? 'complete' : v['pending-preview']
    if (seen.pending !== 'production' && policy === 'complete')
      throw new ActionFailure(
        `Slot ${v.slot} has a swap with preview to ${seen.pending} pending, not to production; reset it first (operation reset)`,
      )
    if (policy === 'fail')
      throw new ActionFailure(
        `Slot ${v.slot} has a pending swap with preview to ${seen.pending} (left by an earlier run?); nothing ` +
          `was changed. Complete it (operation complete) or reset it (operation reset)`,
      )
    if (policy === 'reset') {
      log.warning(
        `Slot ${v.slot} had a pending swap with preview to ${seen.pending}, left by an earlier run: resetting it before the swap (pending-preview: reset)`,
        { title: 'Pending swap with preview reset' },
      )
      await slots.app.resetSlotConfig(v.slot, r.ctx)
      seen = await observe(r)
      if (seen.pending)
        throw new ActionFailure(`Slot ${v.slot} still shows a pending swap with preview after the reset`)
      log.info(`Reset: slot ${v.slot} has its own configuration again (read back)`)
    } else {
      log.info(`Completing the pending swap with preview of ${v.slot} into production`)
    }
  } else if (v.operation === 'complete') {
    throw new ActionFailure(
      `No swap with preview is pending on slot ${v.slot}: nothing to complete (run operation preview first, or operation swap)`,
    )
  }

  const b = seen.builds
  const newBuild = v['expected-version'] ?? b.slot
  let already = false
  let oldBuild: string
  if (b.production === newBuild) {
    if (b.slot === newBuild) {
      log.info(`Production and slot ${v.slot} both serve ${newBuild}: nothing to swap`)
      return noSwap(r, 'unchanged', b, `both slots serve ${newBuild}`)
    }
    already = true
    oldBuild = b.slot
    log.notice(
      `Production already serves ${newBuild} and slot ${v.slot} serves ${oldBuild}: the swap happened before ` +
        `(an earlier run?). Not swapping again — a swap is a toggle; verifying production instead`,
      { title: 'Swap already done' },
    )
  } else {
    if (b.slot !== newBuild) {
      const refusal =
        `Slot ${v.slot} serves ${b.slot}, not the expected ${newBuild}: deploy ${newBuild} to the slot first ` +
        `(production serves ${b.production}); nothing was swapped`
      await noSwap(r, 'not-swapped', b, refusal)
      throw new ActionFailure(refusal)
    }
    oldBuild = b.production
  }
  const after: Builds = { production: newBuild, slot: oldBuild }
  const before: Builds = { production: oldBuild, slot: newBuild }

  if (!already) {
    try {
      await preSwapChecks(r, 'nothing was swapped')
    } catch (err) {
      if (!r.cancel.signal.aborted)
        await noSwap(r, 'not-swapped', before, err instanceof Error ? err.message : String(err))
      throw err
    }
    core.saveState('swap', JSON.stringify({ slot: v.slot, old: oldBuild, new: newBuild }))
    try {
      const res = await inGroup(`Swapping slot ${v.slot} (${newBuild}) into production (${oldBuild})`, () =>
        slots.swapTo(after, {
          trusted: oldBuild,
          budgetMs: v['swap-timeout'],
          pollMs: 1000,
          ctx: { onRetry: r.ctx.onRetry },
          signal: r.cancel.signal,
        }),
      )
      r.timings.swapMs = res.ms
      // Production not answering its version is the verification's to judge (and swap back on), not a stop.
      log.info(
        res.seen.unreadable
          ? `Swapped in ${formatDuration(res.ms)}: slot ${v.slot} serves ${oldBuild} (read back), so production holds ${newBuild}, ` +
              `which does not answer its version yet (${res.seen.unreadable.reason}); verifying it`
          : `Swapped in ${formatDuration(res.ms)}: production serves ${newBuild}, slot ${v.slot} serves ${oldBuild} (read back)`,
      )
    } catch (err) {
      if (r.cancel.signal.aborted) return cancelled(r, before, 'during the swap')
      if (err instanceof SwapTimeout) {
        core.saveState('finished', 'swap-timeout')
        const now = await slots.builds().catch(() => undefined)
        await report(r, {
          result: 'swap-timeout',
          builds: now,
          swapped: false,
          swappedBack: false,
          timings: r.timings,
          reason: err.message,
        })
        throw new ActionFailure(
          `${err.message}; Azure may still be swapping (now ${now ? describeBuilds(now) : 'unreadable'}). ` +
            `Re-running this step is safe: it reads what each slot serves and never swaps twice`,
        )
      }
      throw err
    }
  } else {
    core.saveState('swap', JSON.stringify({ slot: v.slot, old: oldBuild, new: newBuild }))
  }

  let verdict: Verdict
  try {
    verdict = await verify(r, newBuild)
  } catch (err) {
    if (r.cancel.signal.aborted) return cancelled(r, before, 'during the verification')
    throw err
  }
  if (verdict.passed) {
    core.saveState('finished', 'swapped')
    return report(r, {
      result: already ? 'already-swapped' : 'swapped',
      builds: after,
      swapped: !already,
      swappedBack: false,
      timings: r.timings,
    })
  }

  const failedAt = performance.now()
  log.info(`Post-swap verification failed: ${verdict.reason}`)
  const back = await inGroup(`Swapping back: production to ${oldBuild}`, () =>
    slots.swapTo(before, {
      trusted: oldBuild,
      budgetMs: v['swap-timeout'],
      pollMs: 500,
      ctx: { onRetry: r.ctx.onRetry },
    }),
  )
  r.timings.swapBackMs = back.ms
  r.timings.failedToRestoredMs = Math.round(performance.now() - failedAt)
  core.saveState('finished', 'swapped-back')
  log.info(
    `Swapped back in ${formatDuration(back.ms)}: production serves ${oldBuild} again (read back); ${newBuild} is in slot ${v.slot}` +
      (back.seen.unreadable ? `, which does not answer its version (${back.seen.unreadable.reason})` : ''),
  )
  await report(r, {
    result: 'swapped-back',
    builds: before,
    unread: back.seen.unreadable?.side,
    swapped: !already,
    swappedBack: true,
    timings: r.timings,
    reason: verdict.reason,
  })
  throw new ActionFailure(
    `Post-swap verification failed: ${verdict.reason}; swapped back: production serves ${oldBuild} again (read back)`,
  )
}

/**
 * A routing rule sending part of production's traffic to the slot (a canary-rollout on App Service)
 * is cleared before anything else: production's host name would otherwise answer with the slot's
 * build (the builds could not be told apart), and after the swap the rule would send users to the
 * old build now in the slot. Until the swap, production's own build serves everyone.
 */
async function clearRouting(r: Run, seen: Observation): Promise<Observation> {
  const rules = await r.slots.app.routing(r.ctx)
  const toSlot = rules.filter((rule) => rule.actionHostName === r.slots.hosts.slot.host || rule.name === r.v.slot)
  const share = toSlot.reduce((sum, rule) => sum + rule.reroutePercentage, 0)
  if (share === 0) return seen
  log.warning(
    `Production's routing rule sends ${share}% of its traffic to slot ${r.v.slot}: setting it to 0% before ` +
      `the swap (afterwards the slot holds the previous build)`,
    { title: 'Routing rule cleared' },
  )
  await r.slots.app.setRouting(
    rules.filter((rule) => !toSlot.includes(rule)),
    r.ctx,
  )
  const left = (await r.slots.app.routing(r.ctx)).filter(
    (rule) => rule.actionHostName === r.slots.hosts.slot.host || rule.name === r.v.slot,
  )
  if (left.some((rule) => rule.reroutePercentage > 0))
    throw new ActionFailure(`ARM accepted the routing change but still routes traffic to slot ${r.v.slot}`)
  return observe(r)
}

/** Warm-up and smoke checks on the slot's own host name; a failure stops everything before any swap. */
async function preSwapChecks(r: Run, consequence: string): Promise<void> {
  const { v, slots } = r
  if (v['warmup-count'] > 0) {
    const started = performance.now()
    try {
      await inGroup(
        `Warming up slot ${v.slot}: ${v['warmup-count']} accepted response(s) within ${formatDuration(v['warmup-timeout'])}`,
        () => {
          log.info(
            `  ${slots.hosts.slot.host}: ${v['warmup-paths'].join(', ')}, accepting ${v['warmup-statuses'].text}`,
          )
          return warmUp(
            slots.hosts.slot,
            {
              paths: v['warmup-paths'],
              count: v['warmup-count'],
              statuses: v['warmup-statuses'],
              timeoutMs: v['warmup-timeout'],
              requestTimeoutMs: v['request-timeout'],
            },
            r.cancel.signal,
            (l) => log.info(l),
          )
        },
      )
    } catch (err) {
      if (r.cancel.signal.aborted) throw err
      throw new ActionFailure(`${err instanceof Error ? err.message : String(err)}; ${consequence}`)
    }
    r.timings.warmupMs = Math.round(performance.now() - started)
    log.info(`Slot ${v.slot} warmed up in ${formatDuration(r.timings.warmupMs)}`)
  }
  if (r.checks.length > 0) {
    const started = performance.now()
    const results = await inGroup(`Smoke checks on slot ${v.slot} (${slots.hosts.slot.host})`, () =>
      smoke(at(r.checks, slots.hosts.slot), r.cancel.signal, (l) => log.info(l)),
    )
    r.timings.smokeMs = Math.round(performance.now() - started)
    r.cancel.signal.throwIfAborted()
    const failed = failedChecks(results)
    if (failed.length > 0)
      throw new ActionFailure(
        `Smoke check(s) failed on slot ${v.slot}: ${failed.map(describeFailure).join('; ')}; ${consequence}`,
      )
    log.info(`Smoke checks passed on slot ${v.slot}: ${results.length} in ${formatDuration(r.timings.smokeMs)}`)
  }
}

interface Verdict {
  passed: boolean
  reason?: string
  rounds: number
}

/** Rounds of checks on production's host name through the bake window; failure-threshold failed rounds in a row fail it. */
async function verify(r: Run, newBuild: string): Promise<Verdict> {
  const { v, slots } = r
  const checks = at(r.checks, slots.hosts.production, { checkTimeoutMs: 0 })
  const started = performance.now()
  const endGroup = openGroup(
    `Verifying production for ${formatDuration(v.bake)}: a round every ${formatDuration(v.interval)}, ` +
      `${v['failure-threshold']} failed in a row swap back`,
  )
  try {
    return await verifyRounds(r, newBuild, checks, started, started + v.bake)
  } finally {
    endGroup()
    if (r.timings.verifyMs !== undefined) log.info(`Verification took ${formatDuration(r.timings.verifyMs)}`)
  }
}

async function verifyRounds(r: Run, newBuild: string, checks: Check[], started: number, end: number): Promise<Verdict> {
  const { v, slots } = r
  log.info(`  on ${slots.hosts.production.host}`)
  let consecutive = 0
  let rounds = 0
  for (;;) {
    const roundStart = performance.now()
    rounds++
    const failures: string[] = []
    try {
      const served = await slots.version(slots.hosts.production, r.cancel.signal, 0)
      if (served !== newBuild) failures.push(`production serves ${served}, not ${newBuild}`)
    } catch (err) {
      r.cancel.signal.throwIfAborted()
      failures.push(err instanceof Error ? err.message : String(err))
    }
    const results = checks.length > 0 ? await smoke(checks, r.cancel.signal, () => undefined) : []
    r.cancel.signal.throwIfAborted()
    failures.push(...failedChecks(results).map(describeFailure))
    consecutive = failures.length > 0 ? consecutive + 1 : 0
    log.info(
      `  round ${rounds}: ` +
        (failures.length === 0
          ? `passed (${newBuild}, ${results.length} check(s))`
          : `FAILED (${consecutive} of ${v['failure-threshold']} in a row): ${failures.join('; ')}`),
    )
    if (consecutive >= v['failure-threshold']) {
      r.timings.verifyMs = Math.round(performance.now() - started)
      return { passed: false, reason: failures.join('; '), rounds }
    }
    // A round that failed at the end of the bake is followed up until it passes or fails enough times.
    if (performance.now() >= end && consecutive === 0) break
    const next = performance.now() < end ? Math.min(roundStart + v.interval, end) : roundStart + v.interval
    await sleep(Math.max(0, next - performance.now()), r.cancel.signal)
  }
  r.timings.verifyMs = Math.round(performance.now() - started)
  log.info(`Production verified: ${rounds} round(s) passed`)
  return { passed: true, rounds }
}

/** Cancelled after the swap was sent: swap back within the cancel window (or keep the new build when told to). */
async function cancelled(r: Run, before: Builds, when: string): Promise<void> {
  const { v, slots } = r
  if (v['on-cancel'] === 'keep') {
    core.saveState('finished', 'kept')
    log.warning(`Cancelled ${when}: keeping the new build on production as told (on-cancel: keep)`, {
      title: 'Cancelled',
    })
    await report(r, {
      result: 'swapped',
      swapped: true,
      swappedBack: false,
      timings: r.timings,
      reason: `cancelled ${when}; kept (on-cancel: keep)`,
    })
    throw new ActionFailure(`Cancelled ${when}: production keeps the new build (on-cancel: keep)`)
  }
  log.warning(
    `Cancelled ${when}: swapping back so production serves ${before.production} before the runner stops this step`,
    { title: 'Cancelled' },
  )
  const back = await inGroup(`Swapping back: production to ${before.production}`, () =>
    slots.swapTo(before, {
      trusted: before.production,
      budgetMs: CANCEL_BUDGET_MS,
      pollMs: 250,
      ctx: { maxRetryAfterMs: 1000, onRetry: r.ctx.onRetry },
    }),
  )
  if (back.sent === 0 && r.timings.swapMs === undefined) {
    // The swap never took effect: production still serves the previous build; nothing to undo.
    core.saveState('finished', 'not-swapped')
    await noSwap(r, 'not-swapped', before, `cancelled ${when}, before the swap took effect`)
    throw new ActionFailure(
      `Cancelled ${when}, before the swap took effect: production serves ${before.production} (read back); nothing to swap back`,
    )
  }
  r.timings.swapBackMs = back.ms
  core.saveState('finished', 'swapped-back')
  log.info(`Swapped back in ${formatDuration(back.ms)}: production serves ${before.production} (read back)`)
  await report(r, {
    result: 'swapped-back',
    builds: before,
    unread: back.seen.unreadable?.side,
    swapped: true,
    swappedBack: true,
    timings: r.timings,
    reason: `cancelled ${when}`,
    cancelled: true,
  })
  throw new ActionFailure(`Cancelled ${when}: swapped back; production serves ${before.production} (read back)`)
}

/** operation preview: production's settings applied to the slot (phase 1 of a swap with preview), then the slot is warmed up and checked. */
async function previewFlow(r: Run): Promise<void> {
  const { v, slots } = r
  const seen = await settle(r, await observe(r))
  if (seen.pending && seen.pending !== 'production')
    throw new ActionFailure(
      `Slot ${v.slot} has a swap with preview to ${seen.pending} pending; reset it first (operation reset)`,
    )
  if (seen.pending) {
    log.info(
      `A swap with preview of ${v.slot} into production is already pending (an earlier run?): checking the slot again`,
    )
  } else {
    try {
      await slots.app.applySlotConfig(v.slot, 'production', r.ctx)
    } catch (err) {
      const text = describeArmError(err)
      if ((err as { statusCode?: number }).statusCode === 409 && /authentication/i.test(text)) {
        throw new ActionFailure(
          `App Service refuses a swap with preview while site authentication is on (${text}); use operation ` +
            `swap, which warms up and checks the slot without a preview. Nothing was changed`,
        )
      }
      throw new ActionFailure(
        `Applying production's configuration to slot ${v.slot} failed: ${text}; nothing was changed`,
      )
    }
    const back = await observe(r)
    if (back.pending !== 'production')
      throw new ActionFailure(`ARM accepted the preview but slot ${v.slot} shows no pending swap with preview`)
    core.saveState('preview', v.slot)
    log.info(
      `Preview: production's slot settings applied to ${v.slot}, which restarted with them (read back: pending swap to production)`,
    )
  }
  try {
    await preSwapChecks(r, 'the preview was reset')
  } catch (err) {
    log.info(`Resetting the preview of ${v.slot}`)
    await slots.app.resetSlotConfig(v.slot, {
      ...r.ctx,
      signal: undefined,
      budgetMs: r.cancel.signal.aborted ? CANCEL_BUDGET_MS : CALL_BUDGET_MS,
    })
    core.saveState('finished', 'reset')
    if (r.cancel.signal.aborted) throw new ActionFailure('Cancelled during the preview checks: the preview was reset')
    throw err
  }
  core.saveState('finished', 'previewed')
  return report(r, {
    result: 'previewed',
    builds: seen.builds,
    swapped: false,
    swappedBack: false,
    timings: r.timings,
    reason: `swap with preview pending: complete it with operation complete, or cancel it with operation reset`,
  })
}

/** operation reset: cancels a pending swap with preview. */
async function resetFlow(r: Run): Promise<void> {
  const { v, slots } = r
  const seen = await settle(r, await observe(r))
  if (!seen.pending) {
    log.info(`No swap with preview is pending on slot ${v.slot}: nothing to reset`)
    return report(r, {
      result: 'reset',
      builds: seen.builds,
      swapped: false,
      swappedBack: false,
      timings: r.timings,
      reason: 'nothing was pending',
    })
  }
  await slots.app.resetSlotConfig(v.slot, r.ctx)
  const back = await observe(r)
  if (back.pending)
    throw new ActionFailure(`Slot ${v.slot} still shows a pending swap with preview to ${back.pending} after the reset`)
  log.info(
    `Reset: the swap with preview to ${seen.pending} is cancelled; slot ${v.slot} has its own configuration again (read back)`,
  )
  return report(r, {
    result: 'reset',
    builds: back.builds,
    swapped: false,
    swappedBack: false,
    timings: r.timings,
    reason: `cancelled the swap with preview to ${seen.pending}`,
  })
}

/** operation swap-back (the rollback workflow): production back to expected-version, once. */
async function swapBackFlow(r: Run): Promise<void> {
  const { v, slots } = r
  const want = v['expected-version'] as string
  // Production may be the broken build, answering no version at all: the slot serving `want` is what counts.
  const pair = { trusted: want }
  const seen = await settle(r, await observe(r, pair), pair)
  const b = seen.builds
  if (b.production === want) {
    log.info(`Production already serves ${want}: nothing to swap back`)
    return noSwap(r, 'unchanged', b, `production already serves ${want}`, seen.unreadable?.side)
  }
  if (b.slot !== want)
    throw new ActionFailure(
      `Slot ${v.slot} serves ${b.slot}, not ${want}: swapping back would not bring ${want} to production; nothing was changed`,
    )
  if (seen.pending) {
    log.warning(`Resetting the pending swap with preview of ${v.slot} before swapping back`, {
      title: 'Pending swap with preview reset',
    })
    await slots.app.resetSlotConfig(v.slot, r.ctx)
  }
  const target = { production: want, slot: b.production }
  const res = await inGroup(`Swapping back: slot ${v.slot} (${want}) into production (${b.production})`, () =>
    slots.swapTo(target, {
      trusted: want,
      budgetMs: v['swap-timeout'],
      pollMs: 1000,
      ctx: { onRetry: r.ctx.onRetry },
      signal: r.cancel.signal,
    }),
  )
  r.timings.swapBackMs = res.ms
  log.info(
    `Swapped back in ${formatDuration(res.ms)}: production serves ${want} (read back), slot ${v.slot} serves ` +
      `${res.seen.builds.slot}${res.seen.unreadable ? describeUnreadable(res.seen) : ' (read back)'}`,
  )
  return report(r, {
    result: 'swapped-back',
    builds: target,
    unread: res.seen.unreadable?.side,
    swapped: false,
    swappedBack: true,
    timings: r.timings,
  })
}

/** A run that swapped nothing: it found nothing to do (unchanged), or stopped before the swap (not-swapped). */
function noSwap(
  r: Run,
  result: 'unchanged' | 'not-swapped',
  builds: Report['builds'],
  reason: string,
  unread?: Report['unread'],
): Promise<void> {
  return report(r, { result, builds, unread, swapped: false, swappedBack: false, timings: r.timings, reason })
}

/** An output names a build only when one answered its version. */
function shown(build: string | undefined): string {
  return build === undefined || build === UNKNOWN_BUILD ? '' : build
}

async function report(r: Run, rep: Report): Promise<void> {
  setOutputs(outputs, {
    result: rep.result,
    'production-version': shown(rep.builds?.production),
    'slot-version': shown(rep.builds?.slot),
    swapped: rep.swapped,
    'swapped-back': rep.swappedBack,
    timings: JSON.stringify(rep.timings),
    reason: rep.reason ?? '',
  })
  await appendSummary(swapSummary({ app: r.v.app, slot: r.v.slot, operation: r.v.operation, ...rep }))
}

/** A phase whose lines (retries, polls, rounds) fold under its title; its outcome is said after, in sight. */
async function inGroup<T>(title: string, phase: () => Promise<T>): Promise<T> {
  const endGroup = openGroup(title)
  try {
    return await phase()
  } finally {
    endGroup()
  }
}
