/**
 * Benchmarks that compare the actions with baselines measured in the same run, so the figures are
 * ratios that hold on any machine, never absolute timings.
 *
 *   node scripts/bench.ts                 (npm run bench)
 *   node scripts/bench.ts db-backup ...   only these modules' sections
 *
 * Each section prints a table; the last line of output is one JSON object with a key per section.
 * Sections live in scripts/bench/<action>.ts, one module per action, listed below in run order.
 * A missed target is reported, not failed: the exit code is 1 only when a measurement could not be
 * made (a step failed, a check did not pass, a bundle is missing).
 */
import { ensureDist } from './build.ts'
import * as bundles from './bench/bundles.ts'
import * as canaryRollout from './bench/canary-rollout.ts'
import * as dbBackup from './bench/db-backup.ts'
import type { Section } from './bench/lib.ts'
import * as slotSwap from './bench/slot-swap.ts'
import * as smokeTest from './bench/smoke-test.ts'
import * as workflows from './bench/workflows.ts'

const modules: Record<string, Section[]> = {
  'smoke-test': smokeTest.sections,
  'db-backup': dbBackup.sections,
  'canary-rollout': canaryRollout.sections,
  'slot-swap': slotSwap.sections,
  workflows: workflows.sections,
  bundles: bundles.sections,
}
const wanted = process.argv.slice(2)
const unknown = wanted.filter((name) => !(name in modules))
if (unknown.length > 0) {
  console.error(`unknown bench module(s): ${unknown.join(', ')}; give any of ${Object.keys(modules).join(', ')}`)
  process.exit(2)
}
const sections: Section[] = Object.entries(modules).flatMap(([name, list]) =>
  wanted.length === 0 || wanted.includes(name) ? list : [],
)

const figures: Record<string, unknown> = { bench: 'deploy-actions' }
let failed = false
await ensureDist()
for (const section of sections) {
  console.log(`\n== ${section.title}`)
  try {
    figures[section.name] = await section.run()
  } catch (err) {
    // The other sections still run: one failed measurement should not hide the rest.
    const message = err instanceof Error ? err.message : String(err)
    console.error(`could not measure: ${message}`)
    figures[section.name] = { error: message.split('\n')[0] }
    failed = true
  }
}
console.log(JSON.stringify(figures))
if (failed) process.exitCode = 1
