/**
 * `npm run rehearse:actions` (the action-by-action rehearsal; `npm run rehearse` runs the workflows,
 * scripts/rehearse-workflows.ts): the deployment pipeline replayed on this machine with embedded defaults.
 * It starts local stand-ins (a demo shop service that is "deployed" from v1.4.0 to v1.5.0), runs
 * the pipeline's actions against them as bundles, exactly as the GitHub runner runs them, and
 * prints what each did. Each step states what it must do; the rehearsal exits 0 only when every
 * step did exactly that, including the steps that are meant to fail (a broken endpoint must be
 * caught, not waved through).
 *
 * Each action's steps live in scripts/rehearsal/<action>.ts; `steps` lists them in pipeline order.
 */
import { startApp } from '../action-tests/emulators/app.ts'
import { ensureDist } from './build.ts'
import { printStep } from './lib/print-step.ts'
import * as canaryRollout from './rehearsal/canary-rollout.ts'
import * as dbBackup from './rehearsal/db-backup.ts'
import * as deploymentRecord from './rehearsal/deployment-record.ts'
import * as keyvaultSecrets from './rehearsal/keyvault-secrets.ts'
import * as notify from './rehearsal/notify.ts'
import * as releaseGate from './rehearsal/release-gate.ts'
import * as slotSwap from './rehearsal/slot-swap.ts'
import * as smokeTest from './rehearsal/smoke-test.ts'
import { NEW_VERSION, OLD_VERSION, type RehearsalStep, type Stage } from './rehearsal/stage.ts'

const steps: RehearsalStep[] = [
  ...releaseGate.steps,
  ...keyvaultSecrets.steps,
  ...dbBackup.steps,
  ...canaryRollout.steps,
  ...slotSwap.steps,
  ...smokeTest.steps,
  ...deploymentRecord.steps,
  ...notify.steps,
]

await ensureDist()
const closers: Array<() => Promise<void> | void> = []
const stage: Stage = {
  shop: await startApp({ version: OLD_VERSION, latencyMs: 20 }),
  handed: new Map(),
  onClose: (close) => void closers.push(close),
}
stage.onClose(() => stage.shop.close())
console.log(
  `Rehearsal: the demo shop answers ${OLD_VERSION} at ${stage.shop.url}; the pipeline deploys ${NEW_VERSION}.`,
)
const outcomes: Array<{ title: string; problems: string[] }> = []
try {
  for (const step of steps) {
    console.log(`\n▶ ${step.title}\n  must: ${step.expect}`)
    const result = await step.run(stage)
    printStep(step.title, result)
    const problems = step.verify(result, stage)
    outcomes.push({ title: step.title, problems })
    console.log(problems.length === 0 ? '  ✓ as expected' : problems.map((p) => `  ✗ ${p}`).join('\n'))
  }
} finally {
  for (const close of closers.reverse()) await close()
}

console.log('\nRehearsal')
for (const o of outcomes) console.log(`  ${o.problems.length === 0 ? '✓' : '✗'} ${o.title}`)
const wrong = outcomes.filter((o) => o.problems.length > 0).length
console.log(
  wrong === 0
    ? `every step behaved as expected (${outcomes.length})`
    : `${wrong} of ${outcomes.length} step(s) did not behave as expected`,
)
process.exit(wrong === 0 ? 0 : 1)
