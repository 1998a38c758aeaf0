import { formatDuration, markdownTable } from '@deploy-actions/core'
import type { SideFigures } from './gates.ts'
import type { StageRecord } from './rollout.ts'
import type { RecordedFigures } from '@deploy-actions/metrics'

/** How a run ended, as its outputs and its job summary give it. */
export interface RolloutReport {
  result: 'promoted' | 'rolled-back' | 'planned' | 'held'
  /** The revision (or slot) serving 100 % now, the canary, and the previous stable kept at 0 %. */
  stable: string
  canary: string
  previous: string
  stages: StageRecord[]
  reason?: string
  rollbackMs?: number
  /** A held split: its stage and weight, its deadline (ISO) and the stages a promote resumes. */
  hold?: { stage: number; weight: number; deadline: string; rest: string }
  /** A rollout of several apps: each app's revisions (the fields above list them all, comma-separated). */
  apps?: AppRevisions[]
  /** The validation window after the promotion: how it ended and when it was to end (ISO). */
  watch?: {
    result: 'passed' | 'breached' | 'cancelled'
    until: string
    /** Where a clean window left the previous build, when not active at 0 % ("deactivated after the watch window"). */
    previous?: string
  }
}

/** One app's revisions after a run, as the `apps` output and the summary give them. */
export interface AppRevisions {
  app: string
  stable: string
  canary: string
  previous: string
}

export interface SummaryInput extends RolloutReport {
  app: string
  mode: string
}

const VERDICT: Record<StageRecord['verdict'], string> = {
  passed: '✅ passed',
  'passed-inconclusive': '⚠️ passed without evidence',
  failed: '❌ failed',
  inconclusive: '❔ inconclusive',
  cancelled: '⏹️ cancelled',
  running: '🗓️ planned',
}

/** The job summary: the outcome, the stage table, and the canary's traffic over time. */
export function rolloutSummary(s: SummaryInput): string {
  const head =
    s.result === 'promoted'
      ? `### ✅ ${s.app}: ${s.canary} promoted to 100%`
      : s.result === 'planned'
        ? `### 🗓️ ${s.app}: rollout plan for ${s.canary} (nothing changed)`
        : s.hold
          ? `### ⏸️ ${s.app}: ${s.canary} held at ${s.hold.weight}% (stage ${s.hold.stage}) until ${s.hold.deadline}`
          : `### ↩️ ${s.app}: rolled back to ${s.stable}`
  const lines = [head, '']
  if (s.hold)
    lines.push(
      `Serving: \`${s.canary}\` ${s.hold.weight}%, \`${s.stable}\` ${100 - s.hold.weight}%, held on purpose. ` +
        `Mode promote resumes with ${s.hold.rest}; mode rollback ends the hold; after the deadline the next run restores \`${s.stable}\`.`,
      '',
    )
  else if (s.reason && s.result !== 'planned') lines.push(`**Why:** ${s.reason}`, '')
  if (s.rollbackMs !== undefined)
    lines.push(
      `Rollback took ${formatDuration(s.rollbackMs)} from the failed verdict to 100% on ${s.stable}, read back.`,
      '',
    )
  if (s.hold) {
    // The held split is said above.
  } else if (s.apps && s.apps.length > 1) {
    const code = (rev: string) => (rev ? `\`${rev}\`` : '')
    lines.push(
      markdownTable(
        ['App', 'Serving 100%', 'Canary', 'Previous (kept active at 0%)'],
        s.apps.map((a) => [a.app, code(a.stable), code(a.canary), a.previous !== a.stable ? code(a.previous) : '']),
      ),
      '',
    )
  } else
    lines.push(
      `Serving 100%: \`${s.stable}\`${s.previous && s.previous !== s.stable ? ` · previous: \`${s.previous}\` (${s.watch?.previous ?? 'kept active at 0%'})` : ''}`,
      '',
    )
  if (s.stages.length > 0) {
    const rate = (f: SideFigures | undefined) =>
      f ? `${(f.errorRate * 100).toFixed(1)}% (${f.errors}/${f.samples})` : ''
    const p95 = (f: SideFigures | undefined) => (f?.p95 !== undefined ? formatDuration(f.p95) : '')
    const rows = s.stages.map((r) => [
      r.name ?? r.stage,
      `${r.weight}%`,
      r.bakeMs > 0 ? formatDuration(r.bakeMs) : '—',
      r.durationMs !== undefined ? formatDuration(r.durationMs) : s.result === 'planned' ? r.startedAt : '',
      r.rounds,
      r.canary?.samples ?? '',
      rate(r.canary),
      rate(r.stable),
      p95(r.canary),
      p95(r.stable),
      VERDICT[r.verdict],
      r.reason ?? (r.notes ?? []).join('; '),
    ])
    // Capacity-aware runs: the replicas read back when each stage moved weight.
    const withReplicas = s.stages.some((r) => r.replicas)
    if (withReplicas)
      rows.forEach((row, i) => {
        const r = s.stages[i]?.replicas
        row.splice(2, 0, r ? `${r.canary}${r.needed !== undefined ? ` (≥ ${r.needed})` : ''} / ${r.stable}` : '')
      })
    lines.push(
      markdownTable(
        [
          'Stage',
          'Weight',
          ...(withReplicas ? ['Replicas (canary / stable)'] : []),
          'Bake',
          s.result === 'planned' ? 'Starts at' : 'Took',
          'Rounds',
          'Samples',
          'Canary errors',
          'Stable errors',
          'Canary p95',
          'Stable p95',
          'Verdict',
          'Notes',
        ],
        rows,
      ),
      '',
    )
    const metricLines = metricGateLines(s.stages)
    if (metricLines.length > 0)
      lines.push('**Metric gates** (real traffic, canary · stable over the same window):', '', ...metricLines, '')
    if (s.result !== 'planned') lines.push(trafficChart(s.stages, s.result, s.hold?.weight), '')
  }
  return lines.join('\n')
}

const METRIC_OUTCOME = { pass: '✅', fail: '❌', inconclusive: '❔' } as const

/** One line per stage and metric gate: its outcome, the canary's and stable's figures, the window. */
function metricGateLines(stages: readonly StageRecord[]): string[] {
  const side = (f: RecordedFigures | undefined) =>
    f
      ? `${(f.errorRate * 100).toFixed(2)}% errors (${f.errors}/${f.requests})${f.p95Ms !== undefined ? `, p95 ${formatDuration(f.p95Ms)}` : ''}`
      : '—'
  return stages.flatMap((r) =>
    (r.metrics ?? []).map((m) => {
      const window = m.window
        ? ` · window ${formatDuration(Date.parse(m.window.end) - Date.parse(m.window.start))} to ${m.window.end.slice(11, 19)}Z`
        : ''
      const why = m.outcome === 'pass' ? '' : ` — ${m.reasons.join('; ')}`
      return (
        `- Stage ${r.stage}, ${m.gate}${m.observeOnly ? ' (observe-only)' : ''}: ${METRIC_OUTCOME[m.outcome]} ` +
        `canary ${side(m.canary)} · stable ${side(m.stable)}${window}${why}`
      )
    }),
  )
}

/** The canary's weight over time, as a Mermaid chart GitHub renders: a step per change. */
function trafficChart(stages: StageRecord[], result: SummaryInput['result'], heldWeight?: number): string {
  const start = Date.parse(stages[0]?.startedAt ?? '')
  if (Number.isNaN(start)) return ''
  const points: Array<[number, number]> = []
  for (const st of stages) {
    const t0 = (Date.parse(st.startedAt) - start) / 1000
    const t1 = st.endedAt ? (Date.parse(st.endedAt) - start) / 1000 : t0
    points.push([t0, st.weight], [t1, st.weight])
  }
  const end = points.at(-1)?.[0] ?? 0
  points.push([end, heldWeight ?? (result === 'rolled-back' ? 0 : 100)])
  const x = points.map(([t]) => Number(t.toFixed(1)))
  return [
    '```mermaid',
    'xychart-beta',
    '  title "Canary share of traffic"',
    `  x-axis "seconds since the first stage" [${x.join(', ')}]`,
    '  y-axis "canary %" 0 --> 100',
    `  line [${points.map(([, w]) => w).join(', ')}]`,
    '```',
  ].join('\n')
}
