import { formatClock, formatDuration, markdownTable, plainText } from '@deploy-actions/core'
import type { SideFigures } from './gates.ts'
import type { StageRecord, WeightChange } from './rollout.ts'
import type { RecordedFigures } from '@deploy-actions/metrics'

/** How a run ended, as its outputs and its job summary give it. */
export interface RolloutReport {
  result: 'promoted' | 'rolled-back' | 'planned' | 'held'
  /**
   * What ended it when it is not the stages' own verdict: a cancel, an error (stable put back), a
   * promotion that did not complete, mode promote or rollback (by hand), or nothing to change.
   */
  ended?: 'cancelled' | 'error' | 'not-promoted' | 'by-hand' | 'unchanged'
  /** The revision (or slot) serving 100 % now, the canary, and the previous stable kept at 0 %. */
  stable: string
  canary: string
  previous: string
  /** The version each revision (or slot) serves, by its name, where it is known (its image's tag). */
  versions?: Record<string, string>
  stages: StageRecord[]
  /** The canary's weight changes, for the chart of its traffic over time. */
  weights?: WeightChange[]
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
  /** App Service: the canary is a slot, and a promotion is finished by swapping it (slot-swap). */
  platform?: 'container-apps' | 'app-service'
}

/**
 * The version an image reference names: its tag (`ghcr.io/org/shop:v1.5.0` → v1.5.0, an App
 * Service `DOCKER|…` too), else the start of its digest. None for no image or the tag `latest`,
 * which names no version: the summary then names the revision.
 */
export function imageVersion(image: string | undefined): string | undefined {
  if (!image) return undefined
  const ref = image.startsWith('DOCKER|') ? image.slice('DOCKER|'.length) : image
  const at = ref.indexOf('@')
  if (at >= 0) return ref.slice(at + 1, at + 1 + 'sha256:'.length + 12)
  const last = ref.slice(ref.lastIndexOf('/') + 1)
  const colon = last.lastIndexOf(':')
  const tag = colon >= 0 ? last.slice(colon + 1) : ''
  return tag && tag !== 'latest' ? tag : undefined
}

/**
 * Outside text (a reason quoting a response body, a version, a name) as Markdown that renders as
 * written, on one line, and never as workflow-command text: the output layer's `inert`, then `plainText`.
 */
const text = plainText

const VERDICT: Record<StageRecord['verdict'], string> = {
  passed: '✅ passed',
  'passed-inconclusive': '⚠️ no evidence',
  failed: '❌ failed',
  inconclusive: '❔ inconclusive',
  cancelled: '⏹️ cancelled',
  running: '🗓️ planned',
}

/** A revision's name as inline code (revision and slot names hold no backtick; a stray one is dropped). */
const code = (name: string) => `\`${name.replace(/`/g, '')}\``

/**
 * The job summary, for someone reading it at 2 a.m.: the first line says what serves now, by
 * version; then why, with its figures; then what to do next. Then a narrow stage table, the
 * canary's traffic over real time, and everything else folded in details.
 */
export function rolloutSummary(s: SummaryInput): string {
  // Two revisions of one version (a configuration change) are told apart by their names.
  const named = [s.stable, s.canary, s.previous, ...(s.apps ?? []).flatMap((a) => [a.stable, a.canary, a.previous])]
  const versionsSeen = new Map<string, Set<string>>()
  for (const rev of named) {
    const v = s.versions?.[rev]
    if (rev && v) versionsSeen.set(v, (versionsSeen.get(v) ?? new Set()).add(rev))
  }
  /** A revision as people know it: its version, else (unknown, or shared with another) its name. */
  const shown = (rev: string) => {
    const v = s.versions?.[rev]
    return v && versionsSeen.get(v)?.size === 1 ? text(v) : rev ? code(rev) : 'nothing'
  }
  const many = s.apps !== undefined && s.apps.length > 1
  const lines = [`### ${headline(s, shown, many)}`, '']
  const why = cause(s)
  if (why) lines.push(`**Why:** ${why}`, '')
  const next = nextSteps(s, shown)
  if (next.length > 0) lines.push(`**Next:** ${next.join(' ')}`, '')
  if (many && s.apps)
    lines.push(
      markdownTable(
        ['App', 'Serving 100 %', 'Canary', 'Kept at 0 %'],
        s.apps.map((a) => [a.app, shown(a.stable), shown(a.canary), a.previous !== a.stable ? shown(a.previous) : '']),
      ),
      '',
    )
  if (s.stages.length > 0) {
    lines.push(s.result === 'planned' ? planTable(s.stages) : stageTable(s.stages), '')
    if (s.rollbackMs !== undefined)
      lines.push(
        `Rolled back in ${formatDuration(s.rollbackMs)}, from the failed verdict to 100 % on ${shown(s.stable)} (read back).`,
        '',
      )
    const chart = s.result === 'planned' ? '' : trafficChart(s)
    if (chart) lines.push(chart, '')
  }
  lines.push(...details(s, shown, many))
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
      return text(
        `- Stage ${r.name ?? r.stage}, ${m.gate}${m.observeOnly ? ' (observe-only)' : ''}: ${METRIC_OUTCOME[m.outcome]} ` +
          `canary ${side(m.canary)} · stable ${side(m.stable)}${window}${why}`,
      )
    }),
  )
}

type Shown = (rev: string) => string

function headline(s: SummaryInput, shown: Shown, many: boolean): string {
  const app = text(s.app)
  const canary = many ? 'the release' : shown(s.canary)
  const stable = many ? 'the apps\u2019 previous revisions' : shown(s.stable)
  const serving = `${stable} serving 100 %`
  if (s.ended === 'unchanged')
    return s.result === 'promoted'
      ? `✅ ${app}: ${shown(s.stable)} already serving 100 %; nothing changed`
      : `✅ ${app}: ${serving} already; nothing changed`
  switch (s.result) {
    case 'promoted':
      return s.ended === 'by-hand'
        ? `✅ ${app}: ${many ? 'promoted by hand' : `${shown(s.stable)} promoted by hand`}; serving 100 %`
        : s.platform === 'app-service'
          ? `✅ ${app}: slot ${text(s.canary)} serving 100 % of production's traffic (not swapped yet)`
          : `✅ ${app}: ${many ? 'the release' : shown(s.stable)} promoted; serving 100 %`
    case 'planned':
      return `🗓️ ${app}: plan to roll out ${canary}; ${serving}, nothing changed`
    case 'held':
      return (
        `⏸️ ${app}: ${canary} held at ${s.hold?.weight ?? '?'} %, ${stable} serving ${100 - (s.hold?.weight ?? 0)} % ` +
        `until ${s.hold ? formatClock(s.hold.deadline) : 'its deadline'}`
      )
    case 'rolled-back':
      if (s.ended === 'by-hand')
        return many ? `↩️ ${app}: rolled back by hand` : `↩️ ${app}: rolled back to ${shown(s.stable)}; serving 100 %`
      if (s.ended === 'cancelled') return `⏹️ ${app}: ${canary} cancelled; ${serving}`
      if (s.ended === 'error') return `❌ ${app}: ${canary} stopped on an error; ${serving}`
      if (s.ended === 'not-promoted') return `↩️ ${app}: ${canary} not promoted; ${serving}`
      return `↩️ ${app}: ${canary} rolled back; ${serving}`
  }
}

/** The cause in one sentence, with its figures: the reason the run gives (a failed gate's figures). */
function cause(s: SummaryInput): string | undefined {
  if (s.result === 'planned' || s.result === 'held' || s.ended === 'unchanged' || !s.reason) return undefined
  // A promoted release says why only when its watch window was cut short.
  if (s.result === 'promoted' && s.ended !== 'by-hand' && s.watch?.result !== 'cancelled') return undefined
  return text(s.reason.charAt(0).toUpperCase() + s.reason.slice(1)).replace(/\.?$/, '.')
}

/** One or two concrete lines: what to run, or where to look. */
function nextSteps(s: SummaryInput, shown: Shown): string[] {
  const rollback = '`mode: rollback`'
  const promote = '`mode: promote`'
  const failed = s.stages.find((r) => r.verdict === 'failed')
  switch (s.result) {
    case 'planned':
      return ['Run it with `mode: rollout`; the table shows when each stage would start.']
    case 'held':
      return [
        `Before ${s.hold ? formatClock(s.hold.deadline) : 'the deadline'}: ${promote} resumes (${text(s.hold?.rest ?? 'the stages left')});`,
        `${rollback} ends the hold. After it, the next run puts ${shown(s.stable)} back to 100 %.`,
      ]
    case 'promoted':
      if (s.ended === 'unchanged') return []
      if (s.platform === 'app-service')
        return [
          `Swap slot ${text(s.canary)} into production with slot-swap (it clears the routing rule first),`,
          `or undo with canary-rollout ${rollback}.`,
        ]
      if (s.apps && s.apps.length > 1)
        return [`To undo: canary-rollout ${rollback} puts each app's previous revision back (active at 0 %).`]
      if (s.previous && s.previous !== s.stable && s.watch?.previous)
        return [
          `To undo: canary-rollout ${rollback} activates ${shown(s.previous)} again, waits for it to be healthy and puts it back.`,
        ]
      return s.previous && s.previous !== s.stable
        ? [
            `To undo: canary-rollout ${rollback} puts ${shown(s.previous)} back (still active at 0 %: one traffic change).`,
          ]
        : []
    case 'rolled-back':
      if (s.ended === 'unchanged') return []
      if (s.ended === 'by-hand')
        return s.previous
          ? [
              `${shown(s.previous)} stays active at 0 %: ${promote} with \`revision: ${s.previous}\` goes forward again.`,
            ]
          : []
      if (s.ended === 'cancelled') return ['Nothing to undo. Run the deployment again when it is wanted.']
      if (s.ended === 'error')
        return ['Nothing to undo. The error annotation says what failed; run again once that is fixed.']
      return [
        `Nothing to undo. Fix ${shown(s.canary)} and deploy again` +
          (failed
            ? `; its requests in stage ${failed.stage} are in the log group "Stage ${failed.stage} (${failed.weight}%)".`
            : '.'),
      ]
  }
}

const pct = (f: SideFigures | undefined) => (f ? `${Number((f.errorRate * 100).toFixed(1))} %` : '–')

/** The main table: five short columns, one figure (the error rates the gates compared). */
function stageTable(stages: readonly StageRecord[]): string {
  return markdownTable(
    ['Stage', 'Weight', 'Took', 'Errors canary / stable', 'Verdict'],
    stages.map((r) => [
      r.name ?? r.stage,
      `${r.weight} %`,
      r.durationMs !== undefined ? formatDuration(r.durationMs) : '',
      r.canary ? `${pct(r.canary)} / ${pct(r.stable)}` : '',
      VERDICT[r.verdict],
    ]),
  )
}

function planTable(stages: readonly StageRecord[]): string {
  return markdownTable(
    ['Stage', 'Weight', 'Starts', 'Bake', 'Gate rounds'],
    stages.map((r) => [
      r.name ?? r.stage,
      `${r.weight} %`,
      r.startedAt,
      r.bakeMs > 0 ? formatDuration(r.bakeMs) : '—',
      r.rounds,
    ]),
  )
}

/** Everything a reader opens when they need it: revisions, per-side figures, notes, API requests. */
function details(s: SummaryInput, shown: Shown, many: boolean): string[] {
  const out: string[] = []
  const revisions = (
    many && s.apps ? s.apps : [{ app: s.app, stable: s.stable, canary: s.canary, previous: s.previous }]
  ).map((a) => {
    const named = (rev: string) => (s.versions?.[rev] ? `${code(rev)} (${text(s.versions[rev])})` : code(rev))
    const parts = [`serving 100 %: ${a.stable ? named(a.stable) : 'unknown'}`]
    if (a.canary && a.canary !== a.stable) parts.push(`canary: ${named(a.canary)}`)
    if (a.previous && a.previous !== a.stable && a.previous !== a.canary)
      parts.push(
        s.watch?.previous ? `${named(a.previous)} ${text(s.watch.previous)}` : `kept at 0 %: ${named(a.previous)}`,
      )
    else if (a.previous && a.previous !== a.stable) parts.push('kept active at 0 % for an instant rollback')
    return `- ${many ? `${text(a.app)}: ` : ''}${parts.join(' · ')}`
  })
  out.push(...revisions)
  const done = s.stages.filter((r) => r.verdict !== 'running')
  if (done.length > 0) {
    const p95 = (f: SideFigures | undefined) => (f?.p95 !== undefined ? formatDuration(f.p95) : '–')
    const withReplicas = done.some((r) => r.replicas)
    out.push(
      '',
      markdownTable(
        [
          'Stage',
          'Started',
          'Requests canary / stable',
          'p95 canary / stable',
          ...(withReplicas ? ['Replicas canary / stable'] : []),
          'API requests',
        ],
        done.map((r) => [
          r.name ?? r.stage,
          formatClock(r.startedAt, { seconds: true, now: Date.parse(r.startedAt) }),
          r.canary
            ? `${r.canary.errors} of ${r.canary.samples} failed / ${r.stable ? `${r.stable.errors} of ${r.stable.samples}` : '–'}`
            : '',
          r.canary ? `${p95(r.canary)} / ${p95(r.stable)}` : '',
          ...(withReplicas
            ? [
                r.replicas
                  ? `${r.replicas.canary}${r.replicas.needed !== undefined ? ` (≥ ${r.replicas.needed})` : ''} / ${r.replicas.stable}`
                  : '',
              ]
            : []),
          r.apiRequests,
        ]),
      ),
    )
    const perApp = done.flatMap((r) =>
      Object.entries(r.apps ?? {}).map(([app, f]) => [
        r.stage,
        app,
        `${pct(f.canary)} / ${pct(f.stable)}`,
        `${f.canary?.p95 !== undefined ? formatDuration(f.canary.p95) : '–'} / ${f.stable?.p95 !== undefined ? formatDuration(f.stable.p95) : '–'}`,
      ]),
    )
    if (perApp.length > 0)
      out.push('', markdownTable(['Stage', 'App', 'Errors canary / stable', 'p95 canary / stable'], perApp))
    // Notes: what a passing verdict overlooked and why; the failed stage's reason is the "Why" above.
    const notes = done.flatMap((r) => [
      ...(r.verdict === 'passed-inconclusive' && r.reason
        ? [`stage ${r.stage} passed without evidence: ${r.reason}`]
        : []),
      ...(r.notes ?? []).map((n) => `stage ${r.stage}: ${n}`),
    ])
    if (notes.length > 0) out.push('', ...notes.map((n) => `- ${text(n)}`))
    const metricLines = metricGateLines(done)
    if (metricLines.length > 0)
      out.push('', '**Metric gates** (real traffic, canary · stable over the same window):', '', ...metricLines)
  }
  if (out.length === 0) return []
  return ['<details><summary>Revisions and figures per stage</summary>', '', ...out, '', '</details>', '']
}

/** GitHub's red (Primer's danger colour): the canary's line, clear on the light page. */
const LINE_COLOUR = '#cf222e'

/** Points in the chart: enough for a step to look like one, few enough to stay a short line of text. */
const CHART_POINTS = 49

/**
 * The canary's share of traffic over real time, as a Mermaid xychart. Its x-axis is a numeric
 * range over which Mermaid spaces the points evenly, so the weight is sampled at even times: a
 * 10-minute stage is twice as wide as a 5-minute one, and the verdict and the rollback fall where
 * they happened. None when there is no span of time to draw.
 */
function trafficChart(s: SummaryInput): string {
  const start = Date.parse(s.stages[0]?.startedAt ?? '')
  const changes = (s.weights ?? []).map((w) => ({ t: Date.parse(w.at) - start, weight: w.canaryWeight }))
  const ends = s.stages.map((r) => (r.endedAt ? Date.parse(r.endedAt) - start : 0))
  const spanMs = Math.max(0, ...ends, ...changes.map((c) => c.t))
  if (Number.isNaN(start) || changes.length === 0 || spanMs < 1000) return ''
  // Before its first change the canary had 0 %, or the weight of the hold this run resumed.
  const first = s.stages[0]?.weight ?? 0
  const initial = changes[0]?.weight === first ? 0 : first
  const weightAt = (t: number) => changes.reduce((w, c) => (c.t <= t ? c.weight : w), initial)
  const minutes = spanMs >= 120_000
  const unit = minutes ? 60_000 : 1000
  const span = Number((spanMs / unit).toFixed(1))
  const points = Array.from({ length: CHART_POINTS }, (_, i) => weightAt((spanMs * i) / (CHART_POINTS - 1)))
  const failed = s.stages.find((r) => r.verdict === 'failed')
  const verdictAt = failed?.endedAt ? Date.parse(failed.endedAt) - start : undefined
  const title =
    verdictAt !== undefined
      ? `Canary share of traffic: failed at ${formatDuration(verdictAt)}, back to 0 % ${formatDuration(s.rollbackMs ?? 0)} later`
      : 'Canary share of traffic'
  return [
    '```mermaid',
    // Mermaid's default line colour is barely visible on GitHub's light page.
    `%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "${LINE_COLOUR}"}}}}%%`,
    'xychart-beta',
    `  title "${title}"`,
    `  x-axis "${minutes ? 'minutes' : 'seconds'} since stage 1 began" 0 --> ${span}`,
    '  y-axis "canary %" 0 --> 100',
    `  line [${points.join(', ')}]`,
    '```',
  ].join('\n')
}

/** A run that stopped without a report of its own: what it knew, why it stopped, what now. */
export interface Stopped {
  app: string
  mode: string
  message: string
  /** Traffic left split (putting stable back failed too), or left to the run that took it over. */
  left?: 'split' | 'to-owner'
  /** The revision that had 100 % when this run read it (mode rollout and plan), and its version. */
  stable?: { revision: string; version?: string }
}

export function stoppedSummary(s: Stopped): string {
  const app = text(s.app)
  const stable = s.stable ? (s.stable.version ? text(s.stable.version) : code(s.stable.revision)) : undefined
  const [head, next] =
    s.left === 'split'
      ? [
          `⚠️ ${app}: traffic still split; this job's post step restores it`,
          'Check the post step of this job; if it fails too, canary-rollout `mode: rollback` (or the next run of this app) restores it.',
        ]
      : s.left === 'to-owner'
        ? [
            `⏹️ ${app}: stopped; another run owns the traffic now`,
            'Follow the run named above: its summary says how it ended.',
          ]
        : s.mode === 'rollout' || s.mode === 'plan'
          ? [
              `⛔ ${app}: not rolled out; ${stable ? `${stable} serving 100 %` : 'no canary traffic moved'}`,
              'Nothing to undo. The reason above says what to change; then run again.',
            ]
          : [
              `⛔ ${app}: mode ${text(s.mode)} did not complete`,
              'The reason above says what serves and what to change; then run again.',
            ]
  const why = text(s.message.charAt(0).toUpperCase() + s.message.slice(1)).replace(/\.?$/, '.')
  return [`### ${head}`, '', `**Why:** ${why}`, '', `**Next:** ${next}`, ''].join('\n')
}
