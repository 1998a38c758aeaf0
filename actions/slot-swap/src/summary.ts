import { formatDuration, markdownTable } from '@deploy-actions/core'
import { type Builds, UNKNOWN_BUILD } from './slots.ts'

/** How long each phase took, in ms (the `timings` output). */
export interface Timings {
  warmupMs?: number
  smokeMs?: number
  swapMs?: number
  verifyMs?: number
  swapBackMs?: number
  /** From the failed post-swap verdict to production read back on the old build. */
  failedToRestoredMs?: number
}

export interface SummaryInput {
  app: string
  slot: string
  operation: string
  result: string
  builds?: Builds
  /** The slot of `builds` that answered no version: its build is the one this run moved there, not read. */
  unread?: 'production' | 'slot'
  swapped: boolean
  swappedBack: boolean
  timings: Timings
  reason?: string
}

const HEAD: Record<string, string> = {
  swapped: '✅ swapped',
  'already-swapped': '✅ already swapped (verified, not swapped again)',
  'swapped-back': '↩️ swapped back',
  unchanged: '⏸️ unchanged',
  'not-swapped': '⛔ not swapped',
  previewed: '🔍 swap with preview pending',
  reset: '🔄 preview reset',
  'swap-timeout': '⏳ swap did not complete in time',
}

/** The job summary: the outcome, what each slot serves, and the phases' timings. */
export function swapSummary(s: SummaryInput): string {
  const lines = [`### ${HEAD[s.result] ?? s.result}: ${s.app} (slot ${s.slot}, operation ${s.operation})`, '']
  if (s.reason) lines.push(`**${s.result === 'swapped-back' ? 'Why' : 'Note'}:** ${s.reason}`, '')
  if (s.builds) {
    const builds = s.builds
    const said = (side: 'production' | 'slot', name: string) =>
      s.unread !== side
        ? `${name} serves \`${builds[side]}\` (read back)`
        : builds[side] === UNKNOWN_BUILD
          ? `${name} answers no version`
          : `${name} holds \`${builds[side]}\` (moved there by this run; it answers no version)`
    lines.push(`${said('production', 'Production')} · ${said('slot', `slot ${s.slot}`)}`, '')
  }
  const phases: Array<[string, number | undefined]> = [
    ['Warm-up', s.timings.warmupMs],
    ['Smoke checks on the slot', s.timings.smokeMs],
    ['Swap', s.timings.swapMs],
    ['Verification on production', s.timings.verifyMs],
    ['Swap back', s.timings.swapBackMs],
    ['Failed check → old build serving', s.timings.failedToRestoredMs],
  ]
  const rows = phases.filter(([, ms]) => ms !== undefined).map(([name, ms]) => [name, formatDuration(ms as number)])
  if (rows.length > 0) lines.push(markdownTable(['Phase', 'Took'], rows), '')
  return lines.join('\n')
}
