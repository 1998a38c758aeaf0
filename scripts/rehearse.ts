/**
 * `npm run rehearse:actions` (the action-by-action rehearsal; `npm run rehearse` runs the workflows,
 * scripts/rehearse-workflows.ts): the deployment pipeline replayed on this machine with embedded defaults.
 * It starts local stand-ins (a demo shop service that is "deployed" from v1.4.0 to v1.5.0), runs
 * the pipeline's actions against them as bundles, exactly as the GitHub runner runs them, and
 * prints what each did. Each step states what it must do; the rehearsal exits 0 only when every
 * step did exactly that, including the steps that are meant to fail (a broken endpoint must be
 * caught, not waved through).
 *
 * The steps and their order are in scripts/rehearsal/run.ts; `npm test` runs them too, with
 * short bakes (scripts/test/rehearsal.test.ts).
 */
import { printStep } from '@deploy-actions/harness/print-step'
import { ensureDist } from './build.ts'
import { ensureSystemPackages } from './lib/system-packages.ts'
import { rehearse } from './rehearsal/run.ts'
import { printVerdict, WATCHABLE_TIMINGS } from './rehearsal/step.ts'

ensureSystemPackages('rehearsal')
await ensureDist()
const outcomes = await rehearse({
  timings: WATCHABLE_TIMINGS,
  log: (line) => console.log(line),
  onStep(step, result, problems) {
    printStep(step.title, result)
    console.log(problems.length === 0 ? '  ✓ as expected' : problems.map((p) => `  ✗ ${p}`).join('\n'))
  },
})

process.exit(printVerdict('Rehearsal', outcomes, 'step'))
