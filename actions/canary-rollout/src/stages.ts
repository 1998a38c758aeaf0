import { FormatError, formatDuration, type InputKind, parseDuration } from '@deploy-actions/core'

/** One step of a rollout: the canary's share of traffic, held for `bakeMs` while gates run. */
export interface Stage {
  weight: number
  bakeMs: number
}

export const STAGES_FORM =
  'a comma-separated list of weight:bake stages rising to 100%, such as 5%:5m, 50%:10m, 100%:15m'

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
    if (!Number.isInteger(weight)) throw new FormatError(`stage ${i + 1}: weights are whole percentages; got ${m[1]}%`)
    if (weight > 100) throw new FormatError(`stage ${i + 1}: ${weight}% is over 100%`)
    const last = i === parts.length - 1
    let bakeMs = 0
    if (m[2] !== undefined) {
      const ms = parseDuration(m[2])
      if (ms === undefined)
        throw new FormatError(`stage ${i + 1}: ${JSON.stringify(m[2])} is not a duration such as 90s or 5m`)
      bakeMs = ms
    } else if (!last) {
      throw new FormatError(`stage ${i + 1} (${weight}%) needs a bake time, e.g. ${weight}%:5m`)
    }
    const previous = stages.at(-1)
    if (previous && weight <= previous.weight)
      throw new FormatError(`weights must rise: stage ${i + 1} (${weight}%) does not rise above ${previous.weight}%`)
    if (last && weight !== 100) throw new FormatError(`the last stage must be 100%; it is ${weight}%`)
    stages.push({ weight, bakeMs })
  })
  return stages
}

export const stagesInput = (): InputKind<Stage[]> => ({ accepted: STAGES_FORM, echo: true, parse: parseStages })

export function describeStages(stages: readonly Stage[]): string {
  return stages.map((s) => `${s.weight}%${s.bakeMs > 0 ? ` for ${formatDuration(s.bakeMs)}` : ''}`).join(' → ')
}
