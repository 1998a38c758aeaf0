import type { InputIssues } from '@deploy-actions/core'
import type { MetricSource, SourceContext } from './source.ts'
import { appInsights } from './app-insights.ts'
import { azureMonitor } from './azure-monitor.ts'
import { prometheus } from './prometheus.ts'

/**
 * A kind of metric source as `metric-gates` names it: the keys its gates may carry besides the
 * frame's own (name, source, thresholds, min-requests, observe-only), its options read from the
 * gate's entry (each problem added to `issues` as the metric-gates input's, at `where`, before any
 * side effect), and the source made from them.
 */
export interface SourceKind<O> {
  keys: readonly string[]
  /** The accepted form of its keys, for the unknown-key error. */
  form: string
  parse(entry: Record<string, unknown>, issues: InputIssues, where: string): O | undefined
  create(options: O, ctx: SourceContext): MetricSource
}

/** Every kind of source, by the name `source:` gives. A new kind is one import and one entry here. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const SOURCE_KINDS: Record<string, SourceKind<any>> = {
  prometheus,
  'azure-monitor': azureMonitor,
  'app-insights': appInsights,
}

export { METRIC_GATES_INPUT, type SourceContext } from './source.ts'
