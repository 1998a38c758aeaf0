import { ActionFailure, formatDuration, InputError, sleep } from '@deploy-actions/core'
import { judgeMetrics, type MetricGate, type MetricVerdict, unanswered } from '@deploy-actions/metrics'
import { CAPACITY_ROLLBACK_BUDGET_MS, ROLLBACK_BUDGET_MS } from './budgets.ts'
import {
  type GateConfig,
  judgeRounds,
  recentWindow,
  type Round,
  sampleRound,
  type Side,
  type SideFigures,
  type Targets,
  type Verdict,
} from './gates.ts'
import type { StageReplicas } from './capacity.ts'
import type { Stage } from './stages.ts'
import type { Check } from '@deploy-actions/probe'

/**
 * The rollout engine: stage by stage, shift the canary's weight, read it back, bake while gate
 * rounds run, and roll back at the first failed gate. It knows nothing of Azure: a target (one per
 * platform) moves the traffic, the engine decides when.
 */

/** What a platform provides to the engine. Every method reads back what it set. */
export interface RolloutTarget {
  /** For the log: "Container App shop (rg-shop)". */
  readonly description: string
  readonly stableName: string
  readonly canaryName: string
  /** The canary's and stable's own URLs, and the app's main URL. */
  readonly urls: { canary: URL; stable: URL; main?: URL }
  /**
   * Sets the canary's share (stable gets the rest) with the in-flight marker, and reads it back;
   * returns the replicas read back when the platform counts them.
   */
  setCanaryWeight(weight: number, signal: AbortSignal): Promise<StageReplicas | void>
  /**
   * Before a rollback: stable's capacity raised for at most `budgetMs` (it may have scaled down
   * during the bake); the line to log, if any. Never throws: the rollback goes on regardless.
   */
  readyStable?(budgetMs: number): Promise<string | undefined>
  /**
   * The rollback: 100 % stable, marker cleared, read back. Bounded so it fits a cancel window.
   * Throws SplitTakenOver, touching nothing, when another run holds the split now.
   */
  restoreStable(budgetMs: number): Promise<void>
  /** Requests sent to the platform's API so far. */
  apiRequests(): number
  /** The heartbeat of the platform's in-flight lease, called each gate round; it writes only when due. */
  renewLease?(signal: AbortSignal): Promise<void>
  /**
   * Several apps moved in lockstep (an API and its UI): each is judged on its own URLs with its own
   * checks every round, and a stage fails when any of them fails. Without it, `urls` is judged.
   */
  readonly apps?: readonly JudgedApp[]
}

/** One app of a rollout of several: its name, its URLs and, when it has its own, its checks. */
export interface JudgedApp {
  name: string
  urls: RolloutTarget['urls']
  checks?: Check[]
}

export type InconclusivePolicy = 'wait' | 'fail' | 'pass'

export interface RolloutOptions {
  stages: readonly Stage[]
  intervalMs: number
  failureThreshold: number
  inconclusive: InconclusivePolicy
  gates: GateConfig
  requestTimeoutMs: number
  probeMainUrl: boolean
  /** Aborted on cancel: the engine stops where it is and the caller restores stable. */
  signal: AbortSignal
  log(line: string): void
  /** A warning annotation, with its title. */
  warn(line: string, title: string): void
  /** Opens a collapsed group for a stage's gate rounds (the log's detail); returns its end. */
  group?(title: string): () => void
  /** Called once the traffic is split (or about to be), so a crash leaves a trace for the post step. */
  onSplit(): void
  /** Called when a stage failed, before stable is restored: a crash from here leaves the post step a rollback to finish. */
  onFailed?(): void
  /**
   * A held split this run resumes (mode promote): the canary has `weight` already, and `stages`
   * are the ones after stage `stage`, numbered on from it.
   */
  resume?: { stage: number; weight: number }
}

/** One stage as it happened: the row of the summary table and of the timeline output. */
export interface StageRecord {
  stage: number
  /** A stage that is not one of the stages input's: `watch`, the validation window after the promotion. */
  name?: Stage['name']
  weight: number
  bakeMs: number
  startedAt: string
  endedAt?: string
  durationMs?: number
  rounds: number
  verdict: 'passed' | 'passed-inconclusive' | 'failed' | 'inconclusive' | 'cancelled' | 'running'
  gate?: string
  reason?: string
  notes?: string[]
  canary?: SideFigures
  stable?: SideFigures
  main?: SideFigures
  /** Platform API requests this stage made (attempts and polls included). */
  apiRequests: number
  /** For the failed stage: from the verdict to stable confirmed at 100 %. */
  rollbackMs?: number
  /** In a rollout of several apps, each app's figures (the sides above are the deciding app's). */
  apps?: Record<string, Partial<Record<Side, SideFigures>>>
  /** The running replicas read back when this stage moved weight (capacity-aware runs). */
  replicas?: StageReplicas
  /** Each metric gate's verdict over the stage's window: canary and stable side by side, the window, the counts. */
  metrics?: MetricVerdict[]
}

/** How the log names a stage: "Stage 2 (50%)", or "The watch window" for the window after the promotion. */
function stageLabel(record: StageRecord, weight = true): string {
  if (record.name === 'watch') return 'The watch window'
  return `Stage ${record.stage}${weight ? ` (${record.weight}%)` : ''}`
}

export interface WeightChange {
  at: string
  canaryWeight: number
}

export interface RolloutOutcome {
  /** held: a stage marked hold passed, and the split stays as it is for a later run. */
  result: 'completed' | 'failed' | 'cancelled' | 'held'
  /** For a hold: the held stage (numbered as in the records), its weight and the stages after it. */
  held?: { stage: number; weight: number; rest: Stage[] }
  stages: StageRecord[]
  weights: WeightChange[]
  /** For a failure: the stage, gate and figures, in one line. */
  reason?: string
  /** From the failed verdict to stable confirmed at 100 %. */
  rollbackMs?: number
}

/** How long a "wait" for an inconclusive stage may extend its bake. */
export function inconclusiveWaitMs(stage: Stage, intervalMs: number): number {
  return Math.max(stage.bakeMs, intervalMs * 10)
}

export class Cancelled extends Error {}

/**
 * The split is no longer this run's: another run (or a person) took the app over while this one
 * worked. The run stops without touching traffic — it would undo the other's — and says whose it is.
 */
export class SplitTakenOver extends Error {}

/** What a stage's verdict over its samples means for the rollout, given the inconclusive policy. */
export type StageDecision =
  | { action: 'pass'; verdict: 'passed' | 'passed-inconclusive'; reason?: string }
  | { action: 'wait' }
  | { action: 'roll-back'; reason: string }

/**
 * The decision on a stage once its bake is over: pass, wait for more samples (while `canWait`,
 * with policy wait) or roll back. Pure, so every branch is unit-tested.
 */
export function decideStage(verdict: Verdict, policy: InconclusivePolicy, canWait: boolean): StageDecision {
  const reasons = verdict.reasons.join('; ')
  if (verdict.outcome === 'pass') return { action: 'pass', verdict: 'passed' }
  if (verdict.outcome === 'fail')
    return { action: 'roll-back', reason: `${verdict.gate ?? 'gate'} over the stage: ${reasons}` }
  if (policy === 'wait' && canWait) return { action: 'wait' }
  if (policy === 'pass') return { action: 'pass', verdict: 'passed-inconclusive', reason: reasons }
  return { action: 'roll-back', reason: `inconclusive: ${reasons} (inconclusive: ${policy})` }
}

/** The rollback reason once `failedInARow` rounds failed in a row, at the failure threshold; else none. */
export function decideRound(verdict: Verdict, failedInARow: number, failureThreshold: number): string | undefined {
  if (failedInARow < failureThreshold) return undefined
  return `${verdict.gate ?? 'gate'} failed ${failedInARow} rounds in a row: ${verdict.reasons.join('; ')}`
}

/** How one stage ended: passed, or failed with the reason and the verdict it was drawn from. */
type StageResult = { passed: true; summary?: string } | { passed: false; reason: string; verdict: Verdict }

/**
 * One stage's bake: gate rounds every interval until the bake is over (rolling back at the failure
 * threshold), then the stage's verdict over all its samples, waiting for more when the policy says so.
 */
async function bakeStage(
  stage: Stage,
  record: StageRecord,
  judged: readonly Judged[],
  opts: RolloutOptions,
  heartbeat: RolloutTarget['renewLease'],
  builds: { canary: string; stable: string },
): Promise<StageResult> {
  /** Each judged app's rounds, in the order of `judged`. */
  const rounds: Round[][] = judged.map(() => [])
  /** The metric gates judge real traffic from here: the weight is read back, the stage's window opens. */
  const windowStart = Date.now()
  const metricGates = opts.gates.metrics ?? []
  let metrics: MetricVerdict[] = []
  let failedInARow = 0
  let lastRoundStart = performance.now()
  /** A round, judged over the recent window; a failure at the threshold ends the stage. */
  const gateRound = async (): Promise<StageResult | undefined> => {
    lastRoundStart = performance.now()
    await heartbeat?.(opts.signal)
    const sampled = await Promise.all(
      judged.map((j) => sampleRound(j.targets, j.gates, opts.requestTimeoutMs, opts.signal)),
    )
    sampled.forEach((round, k) => rounds[k]?.push(round))
    if (opts.signal.aborted) throw new Cancelled()
    // Each round: the metrics' window is the stage so far, so a verdict sharpens as figures arrive.
    metrics = await judgeMetricGates(metricGates, builds, windowStart, opts.gates.alpha, opts.signal)
    record.rounds = rounds[0]?.length ?? 0
    const roundVerdict = withMetrics(
      judgeApps(judged, (k) => recentWindow(rounds[k] ?? [], opts.gates.minSamples)),
      metrics,
    )
    const failed = roundVerdict.outcome === 'fail'
    failedInARow = failed ? failedInARow + 1 : roundVerdict.outcome === 'pass' ? 0 : failedInARow
    opts.log(
      `  round ${record.rounds}: ${roundLine(roundVerdict)}${failed ? ` — failed (${failedInARow} of ${opts.failureThreshold} in a row)` : ''}`,
    )
    const reason = decideRound(roundVerdict, failedInARow, opts.failureThreshold)
    return reason === undefined ? undefined : { passed: false, reason, verdict: roundVerdict }
  }
  // The next round starts one interval after the last one started (or at `until`).
  const waitForNextRound = async (until: number) => {
    const next = Math.min(lastRoundStart + opts.intervalMs, until)
    await sleep(Math.max(0, next - performance.now()), opts.signal)
  }

  const bakeEnd = performance.now() + stage.bakeMs
  while (performance.now() < bakeEnd) {
    const failed = await gateRound()
    if (failed) return failed
    await waitForNextRound(bakeEnd)
  }
  if (stage.bakeMs === 0) {
    record.verdict = 'passed'
    close(record, undefined)
    return { passed: true }
  }

  // The stage's verdict, over all its samples (and the metrics of its last round).
  let verdict = withMetrics(
    judgeApps(judged, (k) => rounds[k] ?? []),
    metrics,
  )
  let waitEnd: number | undefined
  let decision = decideStage(verdict, opts.inconclusive, true)
  while (decision.action === 'wait') {
    if (waitEnd === undefined) {
      waitEnd = performance.now() + inconclusiveWaitMs(stage, opts.intervalMs)
      opts.log(
        `  ${stageLabel(record, false).toLowerCase()} is inconclusive (${verdict.reasons.join('; ')}): waiting up ` +
          `to ${formatDuration(waitEnd - performance.now())} for more samples`,
      )
    }
    await waitForNextRound(waitEnd)
    const failed = await gateRound()
    if (failed) return failed
    verdict = withMetrics(
      judgeApps(judged, (k) => rounds[k] ?? []),
      metrics,
    )
    decision = decideStage(verdict, opts.inconclusive, performance.now() < waitEnd)
  }
  if (decision.action === 'roll-back') return { passed: false, reason: decision.reason, verdict }
  if (decision.verdict === 'passed-inconclusive') {
    opts.warn(
      `${stageLabel(record)} passed WITHOUT evidence: ${decision.reason} (inconclusive: pass)`,
      'Stage passed without evidence',
    )
    record.reason = decision.reason
  }
  record.verdict = decision.verdict
  close(record, verdict)
  return { passed: true, summary: roundLine(verdict) }
}

/** Ends a stage's record: its end, duration and, with a verdict, the figures it was judged on. */
function close(record: StageRecord, verdict: AppsVerdict | undefined): void {
  record.endedAt = new Date().toISOString()
  record.durationMs = Date.parse(record.endedAt) - Date.parse(record.startedAt)
  if (verdict) {
    record.canary = verdict.figures.canary
    record.stable = verdict.figures.stable
    record.main = verdict.figures.main
    if (verdict.notes.length > 0) record.notes = verdict.notes
    if (verdict.apps) record.apps = Object.fromEntries(verdict.apps.map(([name, v]) => [name, v.figures]))
    if (verdict.metrics && verdict.metrics.length > 0) record.metrics = verdict.metrics
  }
}

/** An app as the gates judge it: the sides probed and its gate configuration. */
interface Judged {
  name: string
  targets: Targets
  gates: GateConfig
}

/** A verdict over several apps: the deciding app's, with every app's own, and the metric gates' verdicts. */
type AppsVerdict = Verdict & { apps?: Array<[string, Verdict]>; metrics?: MetricVerdict[] }

/**
 * Each metric gate over the window from `since` to its source's ingestion delay ago, canary and
 * stable read alike. Until that window exists the gate is inconclusive (waiting for data): an empty
 * window is never judged because the figures have not arrived. A query error is inconclusive too,
 * with its reason; only the cancel stops the round.
 */
export async function judgeMetricGates(
  gates: readonly MetricGate[],
  builds: { canary: string; stable: string },
  since: number,
  alpha: number,
  signal: AbortSignal,
): Promise<MetricVerdict[]> {
  return Promise.all(
    gates.map(async (g) => {
      const delay = g.source.ingestionDelayMs
      const end = Date.now() - delay
      if (end <= since)
        return unanswered(
          g,
          `waiting for data: ${g.kind} figures arrive ${formatDuration(delay)} late, so the stage's window opens in ${formatDuration(since - end)}`,
        )
      const window = { start: new Date(since), end: new Date(end) }
      try {
        const [canary, stable] = await Promise.all([
          g.source.read(builds.canary, window, signal),
          g.source.read(builds.stable, window, signal),
        ])
        return judgeMetrics(g, window, canary, stable, alpha)
      } catch (err) {
        if (signal.aborted) throw new Cancelled()
        return unanswered(g, `could not be read: ${err instanceof Error ? err.message : String(err)}`, window)
      }
    }),
  )
}

/**
 * The probes' verdict with the metric gates': any enforcing gate's failure fails (the probes'
 * failure, if any, decides first); otherwise an inconclusive enforcing gate makes it inconclusive.
 * An observe-only gate never changes the outcome: its failure is a note.
 */
export function withMetrics(probes: AppsVerdict, metrics: readonly MetricVerdict[]): AppsVerdict {
  if (metrics.length === 0) return probes
  const v: AppsVerdict = { ...probes, reasons: [...probes.reasons], notes: [...probes.notes], metrics: [...metrics] }
  for (const m of metrics)
    if (m.observeOnly && m.outcome === 'fail')
      v.notes.push(`observe-only gate ${m.gate} would fail: ${m.reasons.join('; ')}`)
  const enforcing = metrics.filter((m) => !m.observeOnly)
  const failed = enforcing.filter((m) => m.outcome === 'fail')
  if (failed.length > 0) {
    if (probes.outcome !== 'fail') {
      v.outcome = 'fail'
      v.gate = `${failed[0]?.gate} ${failed[0]?.stat ?? ''}`.trim()
      v.reasons = []
    }
    v.reasons.push(...failed.map((m) => `${m.gate}: ${m.reasons.join('; ')}`))
    return v
  }
  if (probes.outcome === 'fail') return v
  const open = enforcing.filter((m) => m.outcome === 'inconclusive')
  if (open.length > 0) {
    if (probes.outcome === 'pass') v.reasons = []
    v.outcome = 'inconclusive'
    v.reasons.push(...open.map((m) => `${m.gate}: ${m.reasons.join('; ')}`))
  }
  return v
}

/**
 * The verdict of a round or a stage over every judged app: one app alone is its own verdict; with
 * several, any failure fails (the first failing app decides, named in the gate), else any
 * inconclusive app makes it inconclusive, else it passes.
 */
function judgeApps(judged: readonly Judged[], roundsOf: (k: number) => readonly Round[]): AppsVerdict {
  const verdicts = judged.map((j, k): [string, Verdict] => [j.name, judgeRounds(roundsOf(k), j.gates)])
  const [only] = verdicts
  if (!only || verdicts.length === 1)
    return only?.[1] ?? { outcome: 'inconclusive', reasons: [], notes: [], figures: {} }
  const deciding =
    verdicts.find(([, v]) => v.outcome === 'fail') ?? verdicts.find(([, v]) => v.outcome === 'inconclusive') ?? only
  const [name, v] = deciding
  const others = verdicts.filter(([, o]) => o.outcome !== 'pass')
  return {
    outcome: v.outcome,
    ...(v.outcome !== 'pass' ? { gate: `${name} ${v.gate ?? 'gate'}` } : {}),
    reasons: others.flatMap(([n, o]) => o.reasons.map((r) => `${n}: ${r}`)),
    notes: verdicts.flatMap(([n, o]) => o.notes.map((r) => `${n}: ${r}`)),
    figures: v.figures,
    apps: verdicts,
  }
}

export async function runStages(target: RolloutTarget, opts: RolloutOptions): Promise<RolloutOutcome> {
  const stages: StageRecord[] = []
  const weights: WeightChange[] = []
  const judged: Judged[] = (target.apps ?? [{ name: target.description, urls: target.urls }]).map((app) => {
    const targets: Targets = { canary: app.urls.canary }
    if (opts.gates.baseline) targets.stable = app.urls.stable
    if (opts.probeMainUrl && app.urls.main) targets.main = app.urls.main
    return { name: app.name, targets, gates: app.checks ? { ...opts.gates, checks: app.checks } : opts.gates }
  })
  let current = opts.resume?.weight ?? 0
  const first = opts.resume?.stage ?? 0
  // A resumed split is this run's to restore from the start.
  if (current > 0) opts.onSplit()

  // Before any traffic moves: every metric gate's queries run once, so a wrong one stops the run here.
  for (const g of opts.gates.metrics ?? []) {
    try {
      await g.source.verify(target.stableName, opts.signal)
    } catch (err) {
      if (opts.signal.aborted) throw err
      // A source's InputError names the input and the gate already.
      const said =
        err instanceof InputError
          ? err.message
          : `Input 'metric-gates' gate ${JSON.stringify(g.name)} (${g.kind}): ${err instanceof Error ? err.message : String(err)}`
      throw new ActionFailure(`${said}; nothing was changed`)
    }
    opts.log(`Metric gate ${g.name}: ${g.source.description} (verified on ${target.stableName})`)
  }

  try {
    for (const [i, stage] of opts.stages.entries()) {
      const requestsBefore = target.apiRequests()
      const record: StageRecord = {
        stage: first + i + 1,
        weight: stage.weight,
        bakeMs: stage.bakeMs,
        startedAt: new Date().toISOString(),
        rounds: 0,
        verdict: 'running',
        apiRequests: 0,
        ...(stage.name ? { name: stage.name } : {}),
      }
      stages.push(record)
      if (stage.weight !== current) {
        if (current === 0) opts.onSplit()
        const replicas = await target.setCanaryWeight(stage.weight, opts.signal)
        if (replicas) record.replicas = replicas
        current = stage.weight
        weights.push({ at: new Date().toISOString(), canaryWeight: stage.weight })
        opts.log(
          `${stageLabel(record, false)}: ${target.canaryName} ${stage.weight}%, ${target.stableName} ${100 - stage.weight}% (read back)`,
        )
      } else {
        opts.log(`${stageLabel(record, false)}: ${target.canaryName} stays at ${stage.weight}%`)
      }

      // The rounds are the detail (one line each, every interval): collapsed, the verdict after them is not.
      const endGroup = opts.group?.(
        `${stageLabel(record)}: gate rounds every ${formatDuration(opts.intervalMs)}` +
          (stage.bakeMs > 0 ? ` for ${formatDuration(stage.bakeMs)}` : ''),
      )
      let result: StageResult
      try {
        result = await bakeStage(stage, record, judged, opts, target.renewLease?.bind(target), {
          canary: target.canaryName,
          stable: target.stableName,
        })
      } finally {
        endGroup?.()
      }
      if (result.passed && result.summary) opts.log(`${stageLabel(record, false)} passed: ${result.summary}`)
      if (!result.passed) {
        const rollbackMs = await rollBack(target, record, result, opts)
        weights.push({ at: new Date().toISOString(), canaryWeight: 0 })
        return {
          result: 'failed',
          stages,
          weights,
          // The watch window's reason is said by watch.ts, which names the window itself.
          reason: record.name ? result.reason : `stage ${record.stage} (${record.weight}%): ${result.reason}`,
          rollbackMs,
        }
      }
      record.apiRequests = target.apiRequests() - requestsBefore
      if (stage.hold)
        return {
          result: 'held',
          stages,
          weights,
          held: { stage: record.stage, weight: stage.weight, rest: opts.stages.slice(i + 1) },
        }
    }
    return { result: 'completed', stages, weights }
  } catch (err) {
    const running = stages.at(-1)
    if (running && running.verdict === 'running') {
      running.verdict = opts.signal.aborted ? 'cancelled' : 'failed'
      close(running, undefined)
    }
    if (opts.signal.aborted) return { result: 'cancelled', stages, weights, reason: 'the run was cancelled' }
    throw err
  }
}

/** The failed stage closed and stable restored (read back); returns how long that took from the verdict. */
async function rollBack(
  target: RolloutTarget,
  record: StageRecord,
  failure: { reason: string; verdict: Verdict },
  opts: RolloutOptions,
): Promise<number> {
  const verdictAt = performance.now()
  record.verdict = 'failed'
  record.reason = failure.reason
  if (failure.verdict.gate) record.gate = failure.verdict.gate
  close(record, failure.verdict)
  // Said once: the step's error names the stage and the reason; here the log says what happens next.
  opts.log(`${stageLabel(record)} failed: ${failure.reason}`)
  opts.onFailed?.()
  const endGroup = opts.group?.(`Rolling back: 100% to ${target.stableName}`)
  try {
    const capacity = await target.readyStable?.(CAPACITY_ROLLBACK_BUDGET_MS)
    if (capacity) opts.log(`  ${capacity}`)
    await target.restoreStable(ROLLBACK_BUDGET_MS)
  } finally {
    endGroup?.()
  }
  const rollbackMs = Math.round(performance.now() - verdictAt)
  record.rollbackMs = rollbackMs
  opts.log(`Rolled back in ${formatDuration(rollbackMs)}: ${target.stableName} has 100% again (read back)`)
  return rollbackMs
}

function roundLine(verdict: AppsVerdict): string {
  if (verdict.apps) return verdict.apps.map(([name, v]) => `${name}: ${roundLine(v)}`).join(' | ')
  const side = (name: Side) => {
    const f = verdict.figures[name]
    if (!f) return undefined
    const p95 = f.p95 !== undefined ? `, p95 ${Math.round(f.p95)}ms` : ''
    return `${name} ${f.errors} of ${f.samples} failed${p95}`
  }
  const parts: string[] = (['canary', 'stable', 'main'] as const).map(side).filter((p) => p !== undefined)
  for (const m of verdict.metrics ?? [])
    parts.push(
      m.canary
        ? `${m.gate}${m.observeOnly ? ' (observe-only)' : ''} canary ${m.canary.errors}/${m.canary.requests}, stable ${m.stable?.errors ?? 0}/${m.stable?.requests ?? 0} ${m.outcome}`
        : `${m.gate} ${m.outcome}`,
    )
  const tail = verdict.outcome === 'inconclusive' ? ` — inconclusive: ${verdict.reasons.join('; ')}` : ''
  return `${parts.join('; ')}${tail}`
}
