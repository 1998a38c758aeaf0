import { type InputIssues, formatDuration } from '@deploy-actions/core'
import {
  errorRateWorseP,
  isPercentile,
  LATENCY_MARGIN,
  parseThreshold,
  THRESHOLD_FORM,
  type Threshold,
  within,
} from '@deploy-actions/probe'
import { binnedSlowerP } from './binned.ts'
import { type SourceContext, SOURCE_KINDS } from './registry.ts'
import type { MetricFigures, MetricSource, MetricWindow } from './source.ts'

/**
 * Metric gates: each reads a source's figures for the canary and for stable over the same window
 * and judges them with the statistics the probes use, so real users' traffic decides next to the
 * probes. A gate below its minimum request count is inconclusive; an observe-only gate is judged
 * and reported but never fails a stage.
 */

/** A gate as `metric-gates` gives it, before its source is made. */
export interface MetricGateSpec {
  name: string
  kind: string
  options: unknown
  thresholds: Threshold[]
  minRequests: number
  observeOnly: boolean
}

export interface MetricGate extends Omit<MetricGateSpec, 'options'> {
  source: MetricSource
}

export const FRAME_KEYS = ['name', 'source', 'thresholds', 'min-requests', 'observe-only']
export const DEFAULT_MIN_REQUESTS = 50
const DEFAULT_THRESHOLDS = ['error-rate<1%']

export const METRIC_GATES_FORM =
  `a YAML list of gates, each with source (${Object.keys(SOURCE_KINDS).join(', ')}), the source's options, ` +
  `and optionally name, thresholds (a list such as [error-rate<1%, p95<500ms]; default error-rate<1%), ` +
  `min-requests (default ${DEFAULT_MIN_REQUESTS}) and observe-only (true or false)`

/** Parses `metric-gates` (already YAML): every problem one line naming the input, the gate and the accepted form. */
export function parseMetricGates(doc: unknown, input: string, issues: InputIssues): MetricGateSpec[] {
  if (doc === null || doc === undefined || doc === '') return []
  if (!Array.isArray(doc)) {
    issues.add(input, `must be ${METRIC_GATES_FORM}`)
    return []
  }
  const gates: MetricGateSpec[] = []
  const names = new Set<string>()
  doc.forEach((item: unknown, i) => {
    if (typeof item !== 'object' || item === null || Array.isArray(item))
      return issues.add(input, `must be ${METRIC_GATES_FORM}`, `gate ${i + 1}`)
    const entry = item as Record<string, unknown>
    const kindName = entry.source
    const given = typeof entry.name === 'string' || typeof entry.name === 'number' ? String(entry.name) : undefined
    const where0 = given === undefined ? `gate ${i + 1}` : `gate ${i + 1} ${JSON.stringify(given)}`
    if (entry.name !== undefined && given === undefined)
      return issues.add(input, 'name must be text, such as checkout-errors', where0)
    const kind = typeof kindName === 'string' ? SOURCE_KINDS[kindName] : undefined
    if (!kind)
      return issues.add(
        input,
        `needs source: one of ${Object.keys(SOURCE_KINDS).join(', ')}${kindName === undefined ? '' : `; got ${JSON.stringify(kindName)}`}`,
        where0,
      )
    const name = given ?? `${kindName as string}${doc.length > 1 ? ` ${i + 1}` : ''}`
    const where = `gate ${i + 1} ${JSON.stringify(name)}`
    if (names.has(name))
      issues.add(input, `names ${JSON.stringify(name)} a second time; each gate needs its own name`, where)
    names.add(name)
    const problem = (message: string) => issues.add(input, message, where)
    for (const key of Object.keys(entry))
      if (!FRAME_KEYS.includes(key) && !kind.keys.includes(key))
        problem(
          `has the unknown key ${JSON.stringify(key)}; a ${kindName as string} gate takes ${FRAME_KEYS.join(', ')} and ${kind.form}`,
        )
    const own: Record<string, unknown> = {}
    for (const key of kind.keys) if (entry[key] !== undefined) own[key] = entry[key]
    const before = issues.count
    const options: unknown = kind.parse(own, issues, where)

    const rawThresholds = entry.thresholds ?? DEFAULT_THRESHOLDS
    const list = Array.isArray(rawThresholds) ? rawThresholds : [rawThresholds]
    const thresholds: Threshold[] = []
    for (const t of list) {
      try {
        const parsed = parseThreshold(String(t))
        if (parsed.stat === 'min' || parsed.stat === 'max')
          problem(`thresholds: ${parsed.text} is not read from metrics; use error-rate, p50, p90, p95, p99 or avg`)
        else thresholds.push(parsed)
      } catch (err) {
        const why = err instanceof Error && err.message ? `${err.message}; ` : ''
        problem(
          `thresholds: ${JSON.stringify(t)} is not ${THRESHOLD_FORM} (${why.replace(/; $/, '')})`.replace(' ()', ''),
        )
      }
    }
    let minRequests = DEFAULT_MIN_REQUESTS
    if (entry['min-requests'] !== undefined) {
      const n = Number(entry['min-requests'])
      if (!Number.isInteger(n) || n < 1 || n > 10_000_000)
        problem(`min-requests must be a whole number from 1, such as 100; got ${JSON.stringify(entry['min-requests'])}`)
      else minRequests = n
    }
    const observe = entry['observe-only']
    if (observe !== undefined && typeof observe !== 'boolean' && observe !== 'true' && observe !== 'false')
      problem(`observe-only must be true or false; got ${JSON.stringify(observe)}`)
    const observeOnly = observe === true || observe === 'true'
    if (issues.count === before && options !== undefined)
      gates.push({ name, kind: kindName as string, options, thresholds, minRequests, observeOnly })
  })
  return gates
}

/** The sources of parsed gates, made with the run's context (its Azure sign-in). */
export function createMetricGates(specs: readonly MetricGateSpec[], ctx: SourceContext): MetricGate[] {
  return specs.map(({ options, ...spec }) => ({
    ...spec,
    source: (SOURCE_KINDS[spec.kind] as (typeof SOURCE_KINDS)[string]).create(options, ctx),
  }))
}

/** A build's figures as the record keeps them: no histogram (it is in the rank test's p-value). */
export type RecordedFigures = Omit<MetricFigures, 'buckets'> & { errorRate: number }

export interface MetricVerdict {
  gate: string
  kind: string
  observeOnly: boolean
  outcome: 'pass' | 'fail' | 'inconclusive'
  /** The statistic that failed (error-rate, p95 …). */
  stat?: string
  reasons: string[]
  notes: string[]
  /** The window judged (ISO), when one was. */
  window?: { start: string; end: string }
  canary?: RecordedFigures
  stable?: RecordedFigures
}

const pct = (v: number) => `${(v * 100).toFixed(2).replace(/\.?0+$/, '')}%`
const recorded = (f: MetricFigures): RecordedFigures => {
  const { buckets: _buckets, ...rest } = f
  return { ...rest, errorRate: f.requests === 0 ? 0 : f.errors / f.requests }
}

/**
 * Judges one gate's figures over a window, as judgeRounds judges probes: too few canary requests is
 * inconclusive; a broken threshold fails only when the canary is worse than stable beyond `alpha`
 * (error proportion test; latency by rank test on the histograms when both have them, else by
 * stable × (1 + margin)), or on the threshold alone when stable served too few requests to compare.
 */
export function judgeMetrics(
  gate: Pick<MetricGate, 'name' | 'kind' | 'thresholds' | 'minRequests' | 'observeOnly'>,
  window: MetricWindow,
  canary: MetricFigures,
  stable: MetricFigures | undefined,
  alpha: number,
): MetricVerdict {
  // What was judged is what the source read: whole minutes of the window, for Azure Monitor.
  window = canary.window ?? window
  const v: MetricVerdict = {
    gate: gate.name,
    kind: gate.kind,
    observeOnly: gate.observeOnly,
    outcome: 'pass',
    reasons: [],
    notes: [],
    window: { start: window.start.toISOString(), end: window.end.toISOString() },
    canary: recorded(canary),
    ...(stable ? { stable: recorded(stable) } : {}),
  }
  const span = `${formatDuration(window.end.getTime() - window.start.getTime())} to ${window.end.toISOString().slice(11, 19)}Z`
  if (window.end <= window.start) {
    v.outcome = 'inconclusive'
    v.reasons.push(
      `waiting for data: no whole interval of the ${gate.kind} source in the window to ${window.end.toISOString().slice(11, 19)}Z yet`,
    )
    return v
  }
  if (canary.requests < gate.minRequests) {
    v.outcome = 'inconclusive'
    v.reasons.push(`the canary served ${canary.requests} of the ${gate.minRequests} requests a verdict needs (${span})`)
    return v
  }
  const fail = (stat: string, reason: string) => {
    v.stat ??= stat
    v.reasons.push(reason)
  }
  const compare = stable !== undefined && stable.requests >= gate.minRequests
  if (!compare)
    v.notes.push(
      `stable served ${stable?.requests ?? 0} of ${gate.minRequests} requests: judged on the thresholds alone`,
    )
  const c = recorded(canary)
  const s = stable ? recorded(stable) : undefined
  const sig = String(Number(alpha.toPrecision(4)))

  const rateLimit = gate.thresholds.find((t) => t.stat === 'error-rate')
  if (rateLimit && !within(rateLimit, c.errorRate)) {
    const what = `error rate ${pct(c.errorRate)} (${c.errors} of ${c.requests}, ${span}) breaks ${rateLimit.text}`
    if (compare && s) {
      const p = errorRateWorseP(c.errors, c.requests, s.errors, s.requests)
      if (p < alpha)
        fail(
          'error-rate',
          `${what}; stable ${pct(s.errorRate)} of ${s.requests}: worse than stable (p=${p.toFixed(4)} < ${sig})`,
        )
      else
        v.notes.push(
          `${what}, but stable fails alike (${pct(s.errorRate)} of ${s.requests}, p=${p.toFixed(3)}): not blamed on the canary`,
        )
    } else fail('error-rate', what)
  }

  for (const t of gate.thresholds) {
    if (t.stat === 'error-rate') continue
    const cv = latencyOf(canary, t)
    if (cv === undefined) {
      v.notes.push(`${t.text}: the source gave no ${t.stat} for the canary`)
      continue
    }
    if (within(t, cv)) continue
    const what = `${t.stat} ${Math.round(cv)}ms breaks ${t.text}`
    const sv = stable ? latencyOf(stable, t) : undefined
    if (compare && stable && sv !== undefined) {
      const ranked = canary.buckets && stable.buckets ? binnedSlowerP(canary.buckets, stable.buckets) : undefined
      const slower = cv > sv * (1 + LATENCY_MARGIN) && (ranked === undefined || ranked < alpha)
      const test = ranked === undefined ? `more than ${LATENCY_MARGIN * 100}% above` : `p=${ranked.toFixed(4)}`
      if (slower) fail(t.stat, `${what}; stable ${t.stat} ${Math.round(sv)}ms: slower than stable (${test})`)
      else
        v.notes.push(
          `${what}, but stable is as slow (${t.stat} ${Math.round(sv)}ms${ranked === undefined ? '' : `, p=${ranked.toFixed(3)}`}): not blamed on the canary`,
        )
    } else fail(t.stat, what)
  }
  if (v.reasons.length > 0) v.outcome = 'fail'
  return v
}

/** A gate that could not be read (a query error, data not arrived yet): inconclusive, with the reason. */
export function unanswered(
  gate: Pick<MetricGate, 'name' | 'kind' | 'observeOnly'>,
  reason: string,
  window?: MetricWindow,
): MetricVerdict {
  return {
    gate: gate.name,
    kind: gate.kind,
    observeOnly: gate.observeOnly,
    outcome: 'inconclusive',
    reasons: [reason],
    notes: [],
    ...(window ? { window: { start: window.start.toISOString(), end: window.end.toISOString() } } : {}),
  }
}

function latencyOf(f: MetricFigures, t: Threshold): number | undefined {
  if (t.stat === 'avg') return f.avgMs
  if (!isPercentile(t)) return undefined
  if (t.stat === 'p95') return f.p95Ms
  if (t.stat === 'p99') return f.p99Ms
  return undefined
}
