import { describeArmError } from '@deploy-actions/azure/arm'
import { ActionFailure, formatDuration, log, type InputValues } from '@deploy-actions/core'
import { formatRate } from '@deploy-actions/probe'
import { CANCEL_RESTORE_BUDGET_MS } from './budgets.ts'
import type { GateConfig, SideFigures } from './gates.ts'
import { report } from './outcome.ts'
import { type RolloutOutcome, type RolloutTarget, runStages, SplitTakenOver, type StageRecord } from './rollout.ts'
import { rolloutOptions } from './run-options.ts'
import { saveSettled, saveWatch, type SplitState } from './saved-state.ts'
import type { inputs } from './spec.ts'

/**
 * The validation window after a promotion (`watch`): the release serves 100 %, the previous build
 * stays ready at 0 %, and the stages' own gates keep judging the release every interval — on the
 * thresholds alone, since the previous build takes no traffic to compare with. A breach (the
 * failure threshold of failed rounds, or a failed verdict at the end) puts the previous build back
 * at 100 % through the engine's rollback; a clean window retires the previous build. The same for
 * every platform: a platform gives the target and what beginning, ending and releasing mean there.
 */

export interface WatchPlatform {
  /** The release as the canary (judged), the previous build as stable (what restoreStable returns to). */
  target: RolloutTarget
  /** Where the post step finds the window (its `watch` is set here). */
  split: SplitState
  /** The build serving 100 % and the one before it, as the outputs name them. */
  current: string
  previous: string
  /** Records the window on the platform where the next run finds it (Container Apps: the watch marker). */
  begin?(signal: AbortSignal): Promise<void>
  /**
   * The window ended clean: the record cleared and the previous build retired. Says what was done
   * (for the log) and, when it changed, where that leaves the previous build (for the summary).
   */
  end?(signal: AbortSignal): Promise<{ done: string; previous?: string }>
  /** The window stopped without a breach (cancelled): its record cleared, the traffic left as it is. */
  release?(budgetMs: number): Promise<void>
  /** After a breach's return to the previous build (Container Apps: deactivate-on-rollback). */
  afterBreach?(): Promise<void>
}

type Values = InputValues<typeof inputs>

/**
 * Runs the window until `untilMs` (ms since the epoch; a window from the promotion, so a watch in a
 * later job gets what is left of it) and settles it: outputs, summary, the post step's state, and
 * the step's failure on a breach or a cancel. `stages` are the records of the stages before it.
 */
export async function watchWindow(
  w: WatchPlatform,
  values: Values,
  gates: GateConfig,
  cancel: AbortController,
  untilMs: number,
  stages: StageRecord[],
): Promise<void> {
  const windowMs = Math.max(0, untilMs - Date.now())
  const until = new Date(untilMs).toISOString()
  log.info(
    `Watching ${w.current} for ${formatDuration(windowMs)} after its promotion (until ${until}): gate rounds every ` +
      `${formatDuration(values.interval)} on the thresholds (${values.thresholds.map((t) => t.text).join(', ') || 'none'}); ` +
      `${values['failure-threshold']} failed round(s) in a row put 100% back on ${w.previous}, kept active at 0% until then`,
  )
  const report_ = (
    result: 'promoted' | 'rolled-back',
    verdict: 'passed' | 'breached' | 'cancelled',
    record: StageRecord | undefined,
    reason?: string,
    rollbackMs?: number,
    previous?: string,
  ) =>
    report(values, {
      result,
      stable: result === 'promoted' ? w.current : w.previous,
      canary: w.current,
      previous: w.previous,
      stages: record ? [...stages, record] : stages,
      ...(reason ? { reason } : {}),
      ...(rollbackMs !== undefined ? { rollbackMs } : {}),
      watch: { result: verdict, until, ...(previous ? { previous } : {}) },
    })
  const stopped = (err: SplitTakenOver): never => {
    saveSettled('taken-over')
    throw new ActionFailure(
      `The watch window stopped: ${err.message}; ${w.current} was left as it is (it passed its stages)`,
    )
  }

  /** Not a breach (ARM refused the marker, a read failed): the release stands, as it passed its stages. */
  const stoppedOnError = async (err: unknown): Promise<never> => {
    await w.release?.(CANCEL_RESTORE_BUDGET_MS).catch(() => undefined)
    saveSettled('promoted')
    await report_('promoted', 'cancelled', undefined, `the watch window stopped on an error: ${describeArmError(err)}`)
    throw new ActionFailure(
      `The watch window stopped on an error (${describeArmError(err)}); ${w.current} stays promoted and ` +
        `${w.previous} active at 0%: watch the rest with mode watch, or roll back with mode rollback`,
    )
  }

  saveWatch({ ...w.split, watch: 'watching' })
  let breached = false
  let outcome: RolloutOutcome
  try {
    await w.begin?.(cancel.signal)
    outcome = await runStages(w.target, {
      ...rolloutOptions(values, { ...gates, baseline: false }, cancel.signal, () => undefined, {
        stage: stages.length,
        weight: 100,
        stages: [{ weight: 100, bakeMs: windowMs, name: 'watch' }],
      }),
      onFailed: () => {
        breached = true
        saveWatch({ ...w.split, watch: 'breached' })
      },
    })
  } catch (err) {
    if (err instanceof SplitTakenOver) return stopped(err)
    // A gate broke and the return to the previous build failed: the post step (state `breached`) tries again.
    if (breached)
      throw new ActionFailure(
        `A gate broke during the watch window, and putting 100% back on ${w.previous} failed (${describeArmError(err)}); ` +
          `this job's post step tries again, or roll back with mode rollback`,
      )
    if (!cancel.signal.aborted) return stoppedOnError(err)
    // Cancelled while the window was being recorded: as a cancel during the window.
    outcome = { result: 'cancelled', stages: [], weights: [] }
  }
  const record = outcome.stages.at(-1)

  if (outcome.result === 'failed') {
    saveSettled('rolled-back')
    await w.afterBreach?.()
    const reason = `the watch window after the promotion: ${outcome.reason ?? 'a gate failed'}`
    await report_('rolled-back', 'breached', record, reason, outcome.rollbackMs)
    throw new ActionFailure(`Rolled back to ${w.previous} (read back) during ${reason}`)
  }
  if (outcome.result === 'cancelled') {
    log.warning(
      `Cancelled during the watch window: ${w.current} stays promoted (it passed its stages, and no gate broke); ` +
        `${w.previous} stays active at 0% for mode rollback`,
      { title: 'Watch window cancelled' },
    )
    try {
      await w.release?.(CANCEL_RESTORE_BUDGET_MS)
    } catch (err) {
      if (!(err instanceof SplitTakenOver))
        log.info(`The watch marker could not be cleared (${describeArmError(err)}); it expires on its own`)
    }
    saveSettled('promoted')
    await report_('promoted', 'cancelled', record, 'the watch window was cancelled before its end')
    throw new ActionFailure(
      `Cancelled during the watch window: ${w.current} stays promoted, ${w.previous} active at 0%`,
    )
  }

  if (record)
    record.reason = `${w.current} ${figuresLine(record.canary)} over ${formatDuration(record.durationMs ?? windowMs)}`
  let ended: { done: string; previous?: string } | undefined
  try {
    ended = await w.end?.(cancel.signal)
  } catch (err) {
    if (err instanceof SplitTakenOver) return stopped(err)
    log.warning(`The window passed, but ending it stopped (${describeArmError(err)}); ${w.current} stays promoted`)
  }
  saveSettled('promoted')
  log.info(`Watch window passed: ${record?.reason ?? w.current}${ended ? `; ${ended.done}` : ''}`)
  await report_('promoted', 'passed', record, undefined, undefined, ended?.previous)
}

/** A side's figures in a line: "0/240 errors (0.0%), p95 12ms". */
function figuresLine(f: SideFigures | undefined): string {
  if (!f) return 'judged on no samples'
  const p95 = f.p95 !== undefined ? `, p95 ${Math.round(f.p95)}ms` : ''
  return `${f.errors}/${f.samples} errors (${formatRate(f.errorRate)})${p95}`
}
