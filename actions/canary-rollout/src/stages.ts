import { FormatError, formatDuration, type InputKind, parseDuration } from '@deploy-actions/core'

/** One step of a rollout: the canary's share of traffic, held for `bakeMs` while gates run. */
export interface Stage {
  weight: number
  bakeMs: number
  /**
   * Once its gates pass, the rollout stops at this stage and leaves its split standing (a hold),
   * for a later run in mode promote to resume from, or mode rollback to end.
   */
  hold?: true
  /** A stage that is not one of the stages input's: `watch`, the validation window after the promotion. */
  name?: 'watch'
}

export const STAGES_FORM =
  'a comma-separated list of weight:bake stages rising to 100%, such as 5%:5m, 50%:10m, 100%:15m, ' +
  'where a stage before the last may end in :hold (10%:5m:hold)'

/** `:hold` after the bake (or alone, where it is then missing). */
const HOLD = /(?:^|:)hold$/i

/**
 * Parses `5%:5m, 50%:10m, 100%:15m` (or `0%:2m, 10%:5m, 100%`). Weights are whole percentages that
 * rise stage by stage and end at 100 (Container Apps takes integer weights summing to 100); every
 * stage but the last needs a bake time, the last one's is how long 100 % is watched before the
 * previous build is let go.
 */
export function parseStages(raw: string): Stage[] {
  const parts = raw
    .split(/[,\n]/)
    .map((s) => s.trim())
    .filter((s) => s !== '')
  if (parts.length === 0) throw new FormatError('no stages given')
  const stages: Stage[] = []
  parts.forEach((part, i) => {
    const m = /^(\d+(?:\.\d+)?)%?\s*(?::\s*(\S+))?$/.exec(part)
    if (!m) throw new FormatError(`stage ${i + 1} ${JSON.stringify(part)} is not weight:bake`)
    const weight = Number(m[1])
    const hold = m[2] !== undefined && HOLD.test(m[2])
    const bake = hold ? m[2]?.replace(HOLD, '') || undefined : m[2]
    if (!Number.isInteger(weight)) throw new FormatError(`stage ${i + 1}: weights are whole percentages; got ${m[1]}%`)
    if (weight > 100) throw new FormatError(`stage ${i + 1}: ${weight}% is over 100%`)
    const last = i === parts.length - 1
    let bakeMs = 0
    if (bake !== undefined) {
      const ms = parseDuration(bake)
      if (ms === undefined)
        throw new FormatError(`stage ${i + 1}: ${JSON.stringify(bake)} is not a duration such as 90s or 5m`)
      bakeMs = ms
    } else if (!last) {
      throw new FormatError(`stage ${i + 1} (${weight}%) needs a bake time, e.g. ${weight}%:5m${hold ? ':hold' : ''}`)
    }
    // A hold stands on a split: at 0 % nothing is held, at 100 % the canary is promoted already.
    if (hold && (last || weight === 0))
      throw new FormatError(
        `stage ${i + 1} (${weight}%) cannot hold: only a stage that splits the traffic (1% to 99%, before the last) can`,
      )
    const previous = stages.at(-1)
    if (previous && weight <= previous.weight)
      throw new FormatError(`weights must rise: stage ${i + 1} (${weight}%) does not rise above ${previous.weight}%`)
    if (last && weight !== 100) throw new FormatError(`the last stage must be 100%; it is ${weight}%`)
    stages.push(hold ? { weight, bakeMs, hold } : { weight, bakeMs })
  })
  return stages
}

export const stagesInput = (): InputKind<Stage[]> => ({ accepted: STAGES_FORM, echo: true, parse: parseStages })

export function describeStages(stages: readonly Stage[]): string {
  return stages
    .map((s) => `${s.weight}%${s.bakeMs > 0 ? ` for ${formatDuration(s.bakeMs)}` : ''}${s.hold ? ', then hold' : ''}`)
    .join(' → ')
}

/**
 * Stages as parseStages reads them back, in whole seconds and without spaces (`50%:600s,100%`): the
 * form a hold records its remaining stages in, where every character counts (a tag value).
 */
export function formatStages(stages: readonly Stage[]): string {
  return stages
    .map((s) => `${s.weight}%${s.bakeMs > 0 ? `:${Math.round(s.bakeMs / 1000)}s` : ''}${s.hold ? ':hold' : ''}`)
    .join(',')
}
