import type { CallContext, ContainerApps } from '@deploy-actions/azure'
import { FormatError, formatDuration, type InputKind, sleep } from '@deploy-actions/core'
import { probe } from '@deploy-actions/probe'
import type { Stage } from './stages.ts'

/**
 * Capacity-aware stages on Container Apps. Each revision scales on its own share of traffic, and
 * its scale (template.scale: min/max replicas, rules) is fixed when the revision is created: ARM
 * has no call that raises an existing revision's minimum (a scale change makes a new revision).
 * So a canary created from an image gets its minimum in the template that creates it, and an
 * existing revision (a canary given by name, the stable before a rollback) is brought up the one
 * way the platform allows: requests to its own URL, which its HTTP scale rule counts, until its
 * replicas list shows enough replicas running.
 */

/** How many replicas the canary needs at each stage: scaled from stable, or one minimum per stage. */
export type CanaryReplicas = { kind: 'scaled' } | { kind: 'per-stage'; minimums: number[] }

export const CANARY_REPLICAS_FORM =
  "'scaled' (the stable revision's running replicas × the stage's share, rounded up) or one minimum per stage, such as 1, 2, 4"

export const canaryReplicasInput = (): InputKind<CanaryReplicas> => ({
  accepted: CANARY_REPLICAS_FORM,
  echo: true,
  parse(raw) {
    const text = raw.trim()
    if (text === 'scaled') return { kind: 'scaled' }
    const minimums = text.split(/[,\s]+/).map(Number)
    if (minimums.length === 0 || !minimums.every((n) => Number.isInteger(n) && n >= 0 && n <= 1000))
      throw new FormatError()
    return { kind: 'per-stage', minimums }
  },
})

/** The canary's replicas needed at stage `index` (of `weight` %), with stable running `stableReplicas` before the rollout. */
export function replicasNeeded(spec: CanaryReplicas, index: number, weight: number, stableReplicas: number): number {
  if (spec.kind === 'per-stage') return spec.minimums[index] ?? 0
  return weight === 0 ? 0 : Math.max(1, Math.ceil((stableReplicas * weight) / 100))
}

/** The most any stage needs: what a canary created from an image gets as its minReplicas. */
export function mostNeeded(spec: CanaryReplicas, stages: readonly Stage[], stableReplicas: number): number {
  return Math.max(0, ...stages.map((s, i) => replicasNeeded(spec, i, s.weight, stableReplicas)))
}

/** Replicas read back when a stage moved weight: the summary's per-stage column. */
export interface StageReplicas {
  canary: number
  stable: number
  /** What the canary needed at this stage (capacity-aware runs only). */
  needed?: number
}

/** Requests a second warm-up sends at most: a runner's share, and a bound on what it adds to production. */
export const WARM_UP_MAX_RPS = 200
/** How often the replicas list is read while waiting. */
const REPLICAS_POLL_MS = 1000

/**
 * Reads `revision`'s running replicas until there are at least `needed`, or `deadline`
 * (performance.now()) passes. While short, it sends warm-up GETs to the revision's own URL. The
 * HTTP rule wants ⌈requests a second ÷ concurrentRequests⌉ replicas (Container Apps' default rule:
 * 10); a revision running `running` replicas already sees up to running × concurrentRequests, so
 * the warm-up starts at (needed − running) × concurrentRequests a second — asking for what is
 * missing without piling load on replicas that serve users — and adds concurrentRequests more at
 * each read that shows no new replica. Returns the replicas last read; the caller decides what a
 * shortfall means.
 */
export async function raiseReplicas(
  aca: ContainerApps,
  revision: string,
  url: URL,
  needed: number,
  deadline: number,
  ctx: CallContext,
  log: (line: string) => void,
  /** Called at each read while waiting (the lease's heartbeat: a wait may outlast a renewal). */
  onPoll?: () => Promise<void>,
): Promise<number> {
  let running = await aca.runningReplicas(revision, ctx)
  if (running >= needed) return running
  const info = await aca.revision(revision, ctx)
  const concurrent = info.scale?.concurrentRequests ?? 10
  const max = info.scale?.maxReplicas
  if (max !== undefined && max < needed)
    log(`  ${revision}: its maxReplicas is ${max}, under the ${needed} needed; waiting for what it can reach`)
  log(
    `  ${revision} runs ${running} of ${needed} replica(s) needed: warming it up through its own URL for up to ` +
      `${formatDuration(Math.max(0, deadline - performance.now()))}`,
  )
  const stop = new AbortController()
  const signal = ctx.signal ? AbortSignal.any([stop.signal, ctx.signal]) : stop.signal
  let rps = Math.min((needed - running) * concurrent, WARM_UP_MAX_RPS)
  const warming = warmUp(url, () => rps, signal)
  try {
    while (running < needed && performance.now() < deadline) {
      await sleep(Math.min(REPLICAS_POLL_MS, Math.max(0, deadline - performance.now())), ctx.signal)
      await onPoll?.()
      const before = running
      running = await aca.runningReplicas(revision, ctx)
      if (running <= before) rps = Math.min(rps + concurrent, WARM_UP_MAX_RPS)
    }
  } finally {
    stop.abort()
    await warming
  }
  return running
}

/** GETs to `url` at `rate()` a second until `signal` aborts; answers are not judged (the gates do that). */
async function warmUp(url: URL, rate: () => number, signal: AbortSignal): Promise<void> {
  const inFlight = new Set<Promise<unknown>>()
  let owed = 0
  const tickMs = 100
  while (!signal.aborted) {
    owed += (rate() * tickMs) / 1000
    for (; owed >= 1 && inFlight.size < WARM_UP_MAX_RPS; owed--) {
      const p = probe({ url, method: 'GET', headers: {}, timeoutMs: 5000, signal }).catch(() => undefined)
      inFlight.add(p)
      void p.finally(() => inFlight.delete(p))
    }
    await sleep(tickMs, signal).catch(() => undefined)
  }
  await Promise.allSettled(inFlight)
}
