/**
 * The rehearsal's steps in pipeline order, run against one set of stand-ins: what
 * `npm run rehearse` shows a person and what scripts/test/rehearsal.test.ts runs with short bakes,
 * so the pipeline cannot break without a test failing. Each action's steps live in
 * scripts/rehearsal/<action>.ts.
 */
import { startApp } from '@deploy-actions/harness/emulators/app'
import type { StepResult } from '@deploy-actions/harness/runner'
import * as canaryRollout from './canary-rollout.ts'
import * as dbBackup from './db-backup.ts'
import * as deploymentRecord from './deployment-record.ts'
import * as keyvaultSecrets from './keyvault-secrets.ts'
import * as notify from './notify.ts'
import * as releaseGate from './release-gate.ts'
import * as slotSwap from './slot-swap.ts'
import * as smokeTest from './smoke-test.ts'
import { NEW_VERSION, OLD_VERSION, type RehearsalStep, type RehearsalTimings, type Rehearsal } from './step.ts'

export const steps: RehearsalStep[] = [
  ...releaseGate.steps,
  ...keyvaultSecrets.steps,
  ...dbBackup.steps,
  ...canaryRollout.steps,
  ...slotSwap.steps,
  ...smokeTest.steps,
  ...deploymentRecord.steps,
  ...notify.steps,
]

export interface StepOutcome {
  title: string
  /** What went other than the step said it must; empty when it behaved as expected. */
  problems: string[]
}

export interface RehearsalOptions {
  timings: RehearsalTimings
  /** Where the rehearsal tells a person what it does; nothing by default. */
  log?: (line: string) => void
  /** Called after each step with what it did, e.g. to print it. */
  onStep?: (step: RehearsalStep, result: StepResult, problems: string[]) => void
}

/** Runs every step in order on fresh stand-ins, closes them, and returns each step's outcome. */
export async function rehearse({ timings, log = () => {}, onStep }: RehearsalOptions): Promise<StepOutcome[]> {
  const closers: Array<() => Promise<void> | void> = []
  const rehearsal: Rehearsal = {
    shop: await startApp({ version: OLD_VERSION, latencyMs: 20 }),
    handed: new Map(),
    onClose: (close) => void closers.push(close),
    timings,
    log,
  }
  rehearsal.onClose(() => rehearsal.shop.close())
  log(`Rehearsal: the demo shop answers ${OLD_VERSION} at ${rehearsal.shop.url}; the pipeline deploys ${NEW_VERSION}.`)
  const outcomes: StepOutcome[] = []
  try {
    for (const step of steps) {
      log(`\n▶ ${step.title}\n  must: ${step.expect}`)
      const result = await step.run(rehearsal)
      const problems = step.verify(result, rehearsal)
      onStep?.(step, result, problems)
      outcomes.push({ title: step.title, problems })
    }
  } finally {
    for (const close of closers.reverse()) await close()
  }
  return outcomes
}
