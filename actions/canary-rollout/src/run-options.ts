import * as core from '@actions/core'
import { log, type InputValues } from '@deploy-actions/core'
import type { GateConfig } from './gates.ts'
import type { RolloutOptions } from './rollout.ts'
import type { inputs } from './spec.ts'

/**
 * The engine's options from the inputs, the same for every platform; `split` is what the post
 * step needs to restore stable if this step dies while traffic is split.
 */
export function rolloutOptions(
  v: InputValues<typeof inputs>,
  gates: GateConfig,
  signal: AbortSignal,
  split: { saveState: Record<string, string>; onSplit: () => void },
): RolloutOptions {
  return {
    stages: v.stages,
    intervalMs: v.interval,
    failureThreshold: v['failure-threshold'],
    inconclusive: v.inconclusive,
    gates,
    requestTimeoutMs: v['request-timeout'],
    probeMainUrl: v['probe-main-url'],
    signal,
    log: (line) => log.info(line),
    warn: (line) => log.warning(line),
    onSplit: () => {
      split.onSplit()
      core.saveState('split', JSON.stringify(split.saveState))
    },
  }
}
