import { log, openGroup, type InputValues } from '@deploy-actions/core'
import type { GateConfig } from './gates.ts'
import type { RolloutOptions } from './rollout.ts'
import type { inputs } from './spec.ts'
import type { Stage } from './stages.ts'
import { CALL_BUDGET_MS } from './budgets.ts'

/** The engine's options from the inputs, the same for every platform. */
export function rolloutOptions(
  values: InputValues<typeof inputs>,
  gates: GateConfig,
  signal: AbortSignal,
  onSplit: () => void,
  resume?: { stage: number; weight: number; stages: readonly Stage[] },
): RolloutOptions {
  return {
    stages: resume?.stages ?? values.stages,
    ...(resume ? { resume: { stage: resume.stage, weight: resume.weight } } : {}),
    intervalMs: values.interval,
    failureThreshold: values['failure-threshold'],
    inconclusive: values.inconclusive,
    gates,
    requestTimeoutMs: values['request-timeout'],
    probeMainUrl: values['probe-main-url'],
    signal,
    log: (line) => log.info(line),
    warn: (line, title) => log.warning(line, { title }),
    group: (title) => openGroup(title),
    onSplit,
  }
}

/** The context of this step's ARM calls: a call's budget, the run's cancel signal, retries said in the log. */
export type Ctx = { budgetMs: number; signal: AbortSignal; onRetry: (l: string) => void }

export function callContext(signal: AbortSignal): Ctx {
  return { budgetMs: CALL_BUDGET_MS, signal, onRetry: (line) => log.info(`  … ${line}`) }
}
