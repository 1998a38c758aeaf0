import { describeArmError } from '@deploy-actions/azure/arm'
import {
  ActionFailure,
  appendSummary,
  formatClock,
  formatDuration,
  setOutputs,
  type InputValues,
  log,
  openGroup,
} from '@deploy-actions/core'
import { CANCEL_RESTORE_BUDGET_MS, ROLLBACK_BUDGET_MS } from './budgets.ts'
import type { GateConfig } from './gates.ts'
import { type RolloutOutcome, type RolloutTarget, runStages, SplitTakenOver } from './rollout.ts'
import { rolloutOptions } from './run-options.ts'
import { saveSettled, saveSplit, type SplitState } from './saved-state.ts'
import { inputs, outputs } from './spec.ts'
import { describeStages, type Stage } from './stages.ts'
import { type RolloutReport, rolloutSummary } from './summary.ts'
import { type WatchPlatform, watchWindow } from './watch.ts'

/**
 * How a rollout ends, the same for every platform: the engine's outcome (or its error) turned into
 * the traffic left safe, the state the post step reads, the outputs and the job summary, and the
 * step's failure when it did not promote.
 */

/** The run stopped with traffic still split: putting stable back failed too (the post step tries again). */
export class SplitLeftBehind extends ActionFailure {}
/** The run stopped because another run took the split over; its traffic is the other run's. */
export class LeftToOwner extends ActionFailure {}

/** The outputs and the job summary of a run, whatever its mode. */
export async function report(values: InputValues<typeof inputs>, r: RolloutReport): Promise<void> {
  setOutputs(outputs, {
    result: r.result,
    'stable-revision': r.stable,
    'canary-revision': r.canary,
    'previous-revision': r.previous,
    timeline: JSON.stringify(r.stages),
    reason: r.reason ?? '',
    held: r.hold ? 'true' : 'false',
    'held-stage': r.hold ? String(r.hold.stage) : '',
    'hold-deadline': r.hold?.deadline ?? '',
    'watch-result': r.watch?.result ?? '',
    apps: JSON.stringify(
      r.apps ?? [{ app: values.app ?? '', stable: r.stable, canary: r.canary, previous: r.previous }],
    ),
  })
  const app = r.apps ? r.apps.map((a) => a.app).join(', ') : (values.app ?? '')
  await appendSummary(rolloutSummary({ ...r, app, mode: values.mode, platform: values.platform }))
}

/** What settling a rollout needs from a platform: its target, its split state and its words. */
export interface RolloutPlatform {
  target: RolloutTarget
  split: SplitState
  /** The outputs' names of the stable build and the canary (a revision, or production and a slot). */
  stable: string
  canary: string
  /** The version each of them serves, by name, where it is known (see RolloutReport.versions). */
  versions?: Record<string, string>
  /** How the platform says each safe state, e.g. "restoring 100% to shop--v140". */
  words: {
    restoring: string
    restoredAfterError: string
    stableAgain: string
    cancelled: string
    rolledBack: string
    promoted: string
  }
  /**
   * What production serves now, read back, for the error when putting stable back failed too
   * (e.g. "traffic is still split: shop--v140 50%, shop--v150 50% (read back)").
   */
  serving(): Promise<string>
  /** A rollout of several apps: each app's stable and canary (`stable` and `canary` above list them all). */
  apps?: Array<{ app: string; stable: string; canary: string }>
  /** Who repairs a split this step could not: "the next canary-rollout run of this app repairs it first". */
  repairedNext: string
  /** Makes a rollout whose stages all passed final (Container Apps: the canary 100 %, marker cleared). */
  promote?(signal: AbortSignal): Promise<void>
  /** After a failed stage's rollback (Container Apps: deactivate-on-rollback). */
  afterRollback?(): Promise<void>
  /** After the promotion (Container Apps: cleanup); its failure does not undo the promotion. */
  afterPromotion?(): Promise<void>
  /**
   * Leaves a held stage's split standing until `deadline` (ms since the epoch), recorded where the
   * next run finds it (Container Apps: the marker, now a hold). A platform without it cannot hold.
   */
  hold?(held: NonNullable<RolloutOutcome['held']>, deadline: number, signal: AbortSignal): Promise<void>
  /** A held split this run resumes (mode promote): the stage and weight it stands at, and the stages after it. */
  resume?: { stage: number; weight: number; stages: readonly Stage[] }
  /** The validation window after the promotion (input watch), once promoted. A platform without it cannot watch. */
  watch?(): WatchPlatform
}

/**
 * Runs the stages on the platform's target and settles the outcome: whatever happens once traffic
 * is split (a failed gate, an error, a cancel, a promotion that does not complete), stable is put
 * back and read back before the step fails, and the post step is told there is nothing left to do.
 */
export async function settleRollout(
  platform: RolloutPlatform,
  values: InputValues<typeof inputs>,
  gates: GateConfig,
  cancel: AbortController,
): Promise<void> {
  const { target, words } = platform
  /** Stable put back, its retries folded under one line that says so. */
  const restoreInGroup = async (budgetMs: number) => {
    const endGroup = openGroup(`${words.restoring.charAt(0).toUpperCase()}${words.restoring.slice(1)}`)
    try {
      await target.restoreStable(budgetMs)
    } finally {
      endGroup()
    }
  }
  const restoreBudgetMs = () => (cancel.signal.aborted ? CANCEL_RESTORE_BUDGET_MS : ROLLBACK_BUDGET_MS)
  const rolledBack = (
    outcome: Pick<RolloutOutcome, 'stages' | 'weights' | 'rollbackMs'>,
    reason: string | undefined,
    ended?: RolloutReport['ended'],
  ) =>
    report(values, {
      result: 'rolled-back',
      ...(ended ? { ended } : {}),
      stable: platform.stable,
      canary: platform.canary,
      previous: platform.stable,
      ...(platform.versions ? { versions: platform.versions } : {}),
      stages: outcome.stages,
      weights: outcome.weights,
      reason,
      ...(outcome.rollbackMs !== undefined ? { rollbackMs: outcome.rollbackMs } : {}),
      ...(platform.apps ? { apps: platform.apps.map((a) => ({ ...a, previous: a.stable })) } : {}),
    })

  /** The split is another run's now: touch nothing, and tell the post step so. */
  const leaveToOwner = (err: SplitTakenOver): never => {
    saveSettled('taken-over')
    throw new LeftToOwner(`Stopped: ${err.message}; its traffic was left as it is`)
  }

  /**
   * Puts stable back after `why`. When that fails too, the one error of the run says what production
   * serves now (read back, not assumed) and who repairs it: the post step (no settled state is
   * saved), or else the next run.
   */
  const restoreOrSay = async (why: string, budgetMs: number) => {
    try {
      await restoreInGroup(budgetMs)
    } catch (restoreErr) {
      if (restoreErr instanceof SplitTakenOver) return leaveToOwner(restoreErr)
      let now: string
      try {
        now = await platform.serving()
      } catch (readErr) {
        now = `what is serving now could not be read (${describeArmError(readErr)})`
      }
      throw new SplitLeftBehind(
        `${why}; ${words.restoring} failed too (${describeArmError(restoreErr)}): ${now}. ` +
          `This job's post step restores it, or else ${platform.repairedNext}`,
      )
    }
  }

  let splitStarted = false
  let outcome: RolloutOutcome
  try {
    outcome = await runStages(
      target,
      rolloutOptions(
        values,
        gates,
        cancel.signal,
        () => {
          splitStarted = true
          saveSplit(platform.split)
        },
        platform.resume,
      ),
    )
  } catch (err) {
    if (err instanceof SplitTakenOver) return leaveToOwner(err)
    // An error mid-rollout (ARM refused, a read-back differed): never leave the traffic split.
    if (!splitStarted) throw err
    // One error per failure: this line says what is being tried, the error says how it ended.
    log.info(`The rollout stopped on an error: ${describeArmError(err)}; ${words.restoring}`)
    await restoreOrSay(describeArmError(err), restoreBudgetMs())
    saveSettled('restored')
    await rolledBack({ stages: [], weights: [] }, describeArmError(err), 'error')
    throw new ActionFailure(`${describeArmError(err)}; ${words.restoredAfterError}`)
  }

  if (outcome.result === 'cancelled') {
    if (splitStarted) {
      log.warning(`Cancelled: ${words.restoring} before the runner stops this step`, { title: 'Cancelled' })
      await restoreInGroup(CANCEL_RESTORE_BUDGET_MS).catch((err: unknown) => {
        throw err instanceof SplitTakenOver ? leaveToOwner(err) : err
      })
      saveSettled('restored')
      outcome.weights.push({ at: new Date().toISOString(), canaryWeight: 0 })
      log.info(`Cancelled: ${words.stableAgain}`)
    }
    await rolledBack(outcome, 'the run was cancelled', 'cancelled')
    throw new ActionFailure(`Cancelled at stage ${outcome.stages.length}: ${words.cancelled}`)
  }
  if (outcome.result === 'failed') {
    saveSettled('rolled-back')
    await platform.afterRollback?.()
    await rolledBack(outcome, outcome.reason)
    throw new ActionFailure(`${words.rolledBack}: ${outcome.reason ?? 'a gate failed'}`)
  }

  if (outcome.result === 'held') return holdSplit(platform, outcome, values, cancel, restoreOrSay, leaveToOwner)

  try {
    await platform.promote?.(cancel.signal)
  } catch (err) {
    if (err instanceof SplitTakenOver) return leaveToOwner(err)
    // Not promoted (cancelled, or ARM refused): the split is still there, so go back to stable.
    const cause = cancel.signal.aborted ? 'cancelled' : describeArmError(err)
    log.info(`The promotion did not complete (${cause}); ${words.restoring}`)
    await restoreOrSay(`the promotion did not complete (${cause})`, restoreBudgetMs())
    saveSettled('restored')
    outcome.weights.push({ at: new Date().toISOString(), canaryWeight: 0 })
    await rolledBack(outcome, `the promotion did not complete (${cause})`, 'not-promoted')
    throw new ActionFailure(`Every stage passed but the promotion did not complete; ${words.restoredAfterError}`)
  }
  saveSettled('promoted')
  log.info(words.promoted)
  const promotedAt = Date.now()
  await platform.afterPromotion?.()
  if (values.watch !== undefined && platform.watch)
    return watchWindow(platform.watch(), values, gates, cancel, promotedAt + values.watch, outcome.stages)
  await report(values, {
    result: 'promoted',
    stable: platform.canary,
    canary: platform.canary,
    previous: platform.stable,
    ...(platform.versions ? { versions: platform.versions } : {}),
    stages: outcome.stages,
    weights: outcome.weights,
    ...(platform.apps
      ? { apps: platform.apps.map((a) => ({ app: a.app, stable: a.canary, canary: a.canary, previous: a.stable })) }
      : {}),
  })
}

/**
 * A held stage passed: the split is recorded as a hold (until hold-for from now) and left standing,
 * and the step succeeds with outputs a later job resumes from. Until the hold is recorded the split
 * is this run's like any other: a failure (or a cancel) to record it puts stable back.
 */
async function holdSplit(
  platform: RolloutPlatform,
  outcome: RolloutOutcome,
  values: InputValues<typeof inputs>,
  cancel: AbortController,
  restoreOrSay: (why: string, budgetMs: number) => Promise<void>,
  leaveToOwner: (err: SplitTakenOver) => never,
): Promise<void> {
  const held = outcome.held
  if (!held || !platform.hold) throw new Error('a hold on a platform that cannot hold') // validate() refuses it
  const deadline = Date.now() + values['hold-for']
  try {
    await platform.hold(held, deadline, cancel.signal)
  } catch (err) {
    if (err instanceof SplitTakenOver) return leaveToOwner(err)
    const cause = cancel.signal.aborted ? 'cancelled' : describeArmError(err)
    log.info(`The hold could not be recorded (${cause}); ${platform.words.restoring}`)
    await restoreOrSay(
      `the hold could not be recorded (${cause})`,
      cancel.signal.aborted ? CANCEL_RESTORE_BUDGET_MS : ROLLBACK_BUDGET_MS,
    )
    saveSettled('restored')
    await report(values, {
      result: 'rolled-back',
      ended: 'error',
      stable: platform.stable,
      canary: platform.canary,
      previous: platform.stable,
      ...(platform.versions ? { versions: platform.versions } : {}),
      stages: outcome.stages,
      reason: `stage ${held.stage} passed but the hold could not be recorded (${cause})`,
    })
    throw new ActionFailure(
      `Stage ${held.stage} passed but the hold could not be recorded (${cause}); ${platform.words.restoredAfterError}`,
    )
  }
  saveSettled('held')
  const until = new Date(deadline).toISOString()
  log.notice(
    `Held on purpose at stage ${held.stage} (${platform.canary} ${held.weight}%, ${platform.stable} ${100 - held.weight}%) until ${formatClock(deadline)} ` +
      `(hold-for ${formatDuration(values['hold-for'])}). Run mode promote to resume (${describeStages(held.rest)}) or mode rollback to end it; ` +
      `after the deadline the next run of this app restores ${platform.stable}`,
    { title: 'Held on purpose' },
  )
  await report(values, {
    result: 'held',
    stable: platform.stable,
    canary: platform.canary,
    previous: platform.stable,
    ...(platform.versions ? { versions: platform.versions } : {}),
    stages: outcome.stages,
    weights: outcome.weights,
    reason: `held at stage ${held.stage} (${held.weight}%) until ${until}`,
    hold: { stage: held.stage, weight: held.weight, deadline: until, rest: describeStages(held.rest) },
  })
}
