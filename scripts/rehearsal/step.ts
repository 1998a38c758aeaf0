/**
 * What every rehearsal step shares. The rehearsal holds the stand-ins the pipeline deploys to and what
 * earlier steps handed on (a deployment id, a backup manifest, a canary timeline), as a real
 * pipeline passes step outputs along. Each action's steps live in scripts/rehearsal/<action>.ts.
 */
import type { App } from '@deploy-actions/harness/emulators/app'
import type { StepResult } from '@deploy-actions/harness/runner'

export const OLD_VERSION = 'v1.4.0'
export const NEW_VERSION = 'v1.5.0'

/** How long the steps that watch production take: the canary's stages and the swap's bake. */
export interface RehearsalTimings {
  /** canary-rollout's `stages` (three stages, 10 %, 50 % and 100 %) and `interval`. */
  canaryStages: string
  canaryInterval: string
  /** slot-swap's `bake` and `interval`. */
  swapBake: string
  swapInterval: string
}

/** What `npm run rehearse` shows a person: bakes long enough to watch the gates at work. */
export const WATCHABLE_TIMINGS: RehearsalTimings = {
  canaryStages: '10%:3s, 50%:3s, 100%:2s',
  canaryInterval: '1s',
  swapBake: '3s',
  swapInterval: '500ms',
}

export interface Rehearsal {
  /** The demo shop service, answering OLD_VERSION until a step deploys NEW_VERSION. */
  shop: App
  /** Outputs earlier steps handed on, by name (e.g. `deployment-id`, `timeline`). */
  handed: Map<string, string>
  /** Registers a stand-in's shutdown; the rehearsal runs them all at the end, last first. */
  onClose(close: () => Promise<void> | void): void
  timings: RehearsalTimings
  /** Where a step tells what it started (a stand-in's address); quiet in a test. */
  log(line: string): void
}

export interface RehearsalStep {
  title: string
  /** What the step must do, in a sentence; printed before it runs. */
  expect: string
  run(rehearsal: Rehearsal): Promise<StepResult>
  /** Problems with what happened; none means the step behaved as expected. */
  verify(result: StepResult, rehearsal: Rehearsal): string[]
}

/**
 * The closing lines of a rehearsal: one per step or scenario, ✓ or ✗, then the verdict. Returns the
 * exit code, 0 only when every one behaved as it must.
 */
export function printVerdict(
  title: string,
  outcomes: ReadonlyArray<{ title: string; problems: readonly string[] }>,
  noun: string,
): number {
  console.log(`\n${title}`)
  for (const o of outcomes) console.log(`  ${o.problems.length === 0 ? '✓' : '✗'} ${o.title}`)
  const wrong = outcomes.filter((o) => o.problems.length > 0).length
  console.log(
    wrong === 0
      ? `every ${noun} behaved as stated (${outcomes.length})`
      : `${wrong} of ${outcomes.length} ${noun}(s) did not behave as stated`,
  )
  return wrong === 0 ? 0 : 1
}
