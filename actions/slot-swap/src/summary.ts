import { formatDuration, inert, markdownTable, plainText } from '@deploy-actions/core'
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
  /** The run was cancelled (what it did then is in result). */
  cancelled?: boolean
}

/**
 * The job summary, for someone reading it at 2 a.m.: the first line says what production serves
 * now, by version; then why, in one sentence; then what to do next; the phases' timings and what
 * each slot holds are folded in details.
 */
export function swapSummary(s: SummaryInput): string {
  const lines = [`### ${headline(s)}`, '']
  const failedVerification = s.result === 'swapped-back' && s.operation !== 'swap-back' && !s.cancelled
  const why = s.reason && failedVerification ? `production failed its checks after the swap: ${s.reason}` : s.reason
  if (why) lines.push(`**${s.result === 'swapped' ? 'Note' : 'Why'}:** ${sentence(why)}`, '')
  const next = nextStep(s)
  if (next) lines.push(`**Next:** ${next}`, '')
  const details: string[] = []
  if (s.builds) {
    const builds = s.builds
    const said = (side: 'production' | 'slot', name: string) =>
      s.unread !== side
        ? `${name} serves ${build(builds[side])} (read back)`
        : builds[side] === UNKNOWN_BUILD
          ? `${name} answers no version`
          : `${name} holds ${build(builds[side])} (moved there by this run; it answers no version)`
    details.push(`${said('production', 'Production')} · ${said('slot', `slot ${text(s.slot)}`)}`, '')
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
  if (rows.length > 0) details.push(markdownTable(['Phase', 'Took'], rows), '')
  if (details.length > 0)
    lines.push(
      `<details><summary>Slots and phases (operation ${text(s.operation)})</summary>`,
      '',
      ...details,
      '</details>',
      '',
    )
  return lines.join('\n')
}

/** Outside text as Markdown that renders as written, on one line, never as workflow-command text. */
const text = plainText

/**
 * A build as people know it: its version, as a code span on one line (what the app answered is
 * outside text: a backtick would end the span, a line break or control character break the line).
 */
const build = (version: string | undefined) =>
  version === undefined || version === UNKNOWN_BUILD ? 'a build that answers no version' : `\`${oneLine(version)}\``

/** Outside text on one line that is never workflow-command text (the output layer's `inert`), for a code span. */
const oneLine = (value: string) => inert(value).replace(/`/g, "'")

/** Outside text as one sentence (`inert` keeps it on one line: a line break cannot start a heading or a list). */
const sentence = (value: string) => text(value.charAt(0).toUpperCase() + value.slice(1)).replace(/\.?$/, '.')

function headline(s: SummaryInput): string {
  const app = text(s.app)
  const slot = `slot ${text(s.slot)}`
  const prod = build(s.builds?.production)
  const inSlot = build(s.builds?.slot)
  const serving = s.builds ? `${prod} serving production` : 'production as it was'
  switch (s.result) {
    case 'swapped':
      return s.builds
        ? `✅ ${app}: ${prod} swapped in and verified; serving production`
        : `✅ ${app}: swapped; the new build kept on production (${text(s.reason ?? '')})`
    case 'already-swapped':
      return `✅ ${app}: ${prod} already serving production (verified, not swapped again)`
    case 'swapped-back':
      return s.operation === 'swap-back'
        ? `↩️ ${app}: swapped back; ${serving}`
        : s.cancelled
          ? `⏹️ ${app}: cancelled, ${inSlot} swapped back out; ${serving}`
          : `↩️ ${app}: ${inSlot} swapped back out; ${serving}`
    case 'not-swapped':
      return `⛔ ${app}: ${inSlot} not swapped; ${serving} still`
    case 'unchanged':
      return `✅ ${app}: ${serving} already; nothing to swap`
    case 'previewed':
      return `🔍 ${app}: swap with preview of ${inSlot} pending; ${serving}`
    case 'reset':
      return `🔄 ${app}: ${slot} has its own settings again; ${serving}`
    case 'swap-timeout':
      return `⏳ ${app}: the swap did not complete in time; ${s.builds ? `${serving} (read back)` : 'production unreadable'}`
    default:
      return `${app}: ${text(s.result)}`
  }
}

/** One concrete line: what to run, or where to look. */
function nextStep(s: SummaryInput): string | undefined {
  const slot = `slot ${text(s.slot)}`
  switch (s.result) {
    case 'swapped':
    case 'already-swapped':
      return s.builds && s.builds.slot !== UNKNOWN_BUILD
        ? `To undo: slot-swap \`operation: swap-back\` with \`expected-version: ${oneLine(s.builds.slot)}\` ` +
            `(that build waits in ${slot}), or the rollback-app-service workflow.`
        : 'To undo: the rollback-app-service workflow.'
    case 'swapped-back':
      return s.operation === 'swap-back'
        ? undefined
        : s.cancelled
          ? 'Nothing to undo. Run the deployment again when it is wanted.'
          : `Nothing to undo. Fix ${build(s.builds?.slot)} (now in ${slot}), deploy it there and swap again; ` +
            'the failing rounds are in the log group "Verifying production".'
    case 'not-swapped':
      return `Nothing to undo. Fix the build in ${slot} (the failing check is in the log) and run again.`
    case 'previewed':
      return '`operation: complete` swaps it in; `operation: reset` cancels the preview.'
    case 'swap-timeout':
      return 'Re-run this step: it reads what each slot serves and never swaps twice.'
    default:
      return undefined
  }
}
